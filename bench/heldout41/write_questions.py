"""Write bench/heldout41/questions.jsonl: 112 questions on the forty-first held-out corpus.

    python bench/heldout41/write_questions.py

r01-r72 answerable (three per document, in the documents' order), x01-x08 across councils (one gold
quote per relevant document), u01-u24 near misses (one per document, kinds a-d, see README.md),
n01-n08 ordinary unanswerable. Gold quotes are verbatim text of the documents; check them with
check_gold.py.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

NEWHAM = "ieListDocuments_CId163_MId8120_Newham_Cabinet"
KIRKLEES = "ieListDocuments_CId168_MId7044_Kirklees_HeavyWoollenPlanning"
COVENTRY = "ieListDocuments_CId129_MId14230_Coventry_Cabinet"
TORFAEN = "ieListDocuments_CId140_MId3612_Torfaen_Cabinet"
EALING = "ieListDocuments_CId135_MId6588_Ealing_Cabinet"
MIDSUFFOLK = "ieListDocuments_CId138_MId3305_MidSuffolk_Cabinet"
LEICS = "mgAi_ID71532_Leicestershire_ScrutinyCommission"
SALFORD = "mgAi_ID48209_Salford_ScrutinyHousing"
ESSEX = "ieDecisionDetails_ID6630_Essex_SchoolTransport"
DURHAM = "ieDecisionDetails_ID17021_Durham_HighwayMaintenance"
BASSETLAW = "BDC_Cabinet_Minutes_04062024"
BROXTOWE = "Broxtowe_Housing_Committee_Minutes_2023-10-04"
WYRE = "WFDC_Cabinet_Minutes_15_October_2024"
LINCOLN = "CoLC_Executive_24_July_2023_Minutes"
NEWCASTLE = "NuLBC_Planning_Committee_Minutes_09042024"
HARROGATE = "HBC_Cabinet_Minutes_09_02_2022"
CAMBS = "CCC_Highways_Transport_Committee_Pack_12032024"
SUFFOLK = "SCC_Cabinet_Agenda_Pack_14-11-2023"
WREXHAM = "WCBC_Executive_Board_Pack_13_02_2024"
MALDON = "MDC_SR_Committee_Report_EV_Charging_Car_Parks"
LEICESTER = "LCC_Executive_Decision_Report_Tree_Strategy"
HACKNEY = "Hackney_Living_in_Hackney_Scrutiny_Minutes_22Jan2024"
RUSHCLIFFE = "RBC_Growth_Development_Scrutiny_Group_06122023"
SCILLY = "IoS_Full_Council_Minutes_21May2024"

ANSWERABLE = [
    # Newham
    ("Which company will be fixing damp and mould in Newham's council homes?", NEWHAM,
     "The report recommended the award of a two year damp and mould remediation contract to Kestrel Property Care Ltd, at a value of £4.2 million"),
    ("How many of the Newham council homes that were surveyed had the worst level of damp?", NEWHAM,
     "Of the homes inspected, 412 had damp or mould serious enough to be a category 1 hazard"),
    ("Where is the money for the new outdoor gym in Plashet Park coming from?", NEWHAM,
     "Officers explained that £180,000 would come from planning contributions paid by housing developments around Green Street, and the remaining £85,000 from the council's parks capital budget."),
    # Kirklees
    ("Who put forward the motion to approve the 38 houses in Mirfield at the Kirklees planning meeting?", KIRKLEES,
     "A motion to approve the application in line with the officer recommendation was moved by Councillor Brearley and seconded by Councillor Firth."),
    ("Why did Kirklees councillors turn down the takeaway in Heckmondwike when officers had recommended it?", KIRKLEES,
     "on the grounds that a further takeaway would harm the mix of uses in Heckmondwike town centre and that the flue would harm the living conditions of neighbouring residents"),
    ("Does the developer of the Mirfield housing site have to pay anything towards the Three Nuns junction?", KIRKLEES,
     "the applicant would pay £45,000 towards new signals at the Three Nuns junction"),
    # Coventry
    ("Who is supplying the card-entry system for Coventry's libraries?", COVENTRY,
     "The preferred supplier, identified through a national framework, was Lendmark Access Systems Ltd, who would also maintain the equipment for five years."),
    ("How much longer will Earlsdon library be open each week?", COVENTRY,
     "Earlsdon library would open for 62 hours a week instead of 38, including Sunday afternoons"),
    ("What was found wrong with the roof of Coventry Market?", COVENTRY,
     "A structural inspection carried out in March 2024 had found corrosion on about 40 per cent of the steel purlins and water getting in around the central rooflight, although the roof was not at risk of collapse."),
    # Torfaen
    ("Which firm is putting in the new playground equipment in Torfaen?", TORFAEN,
     "Valleyside Play Solutions Ltd had been selected to design and install the equipment"),
    ("How is Torfaen paying for its £1.1m play area programme?", TORFAEN,
     "Of this, £640,000 would come from the Welsh Government's play sufficiency grant and £460,000 from the council's capital programme."),
    ("Will the refurbished play parks in Torfaen have anything for children in wheelchairs?", TORFAEN,
     "every refurbished play area would include at least one piece of inclusive equipment, such as a wheelchair accessible roundabout or a basket swing"),
    # Ealing
    ("How many street trees is Ealing planting this season, and where?", EALING,
     "In the 2024/25 planting season the council would plant 2,400 street trees, most of them in Southall and Acton, where canopy cover was lowest."),
    ("Who ends up paying for Ealing's new street trees?", EALING,
     "The planting would cost £1.3 million, met from the council's carbon offset fund, paid by developers whose buildings could not meet the zero carbon standard on site."),
    ("Who is going to water all the new trees in Ealing?", EALING,
     "the planting contractor was required to water each new tree every fortnight from April to September for its first three years"),
    # Mid Suffolk
    ("Who pays for the new lorries and caddies for Mid Suffolk's food waste rounds?", MIDSUFFOLK,
     "the start up costs, estimated at £1.9 million for vehicles and caddies, would be met by the Government's new burdens funding"),
    ("Where will Mid Suffolk's collected food waste end up?", MIDSUFFOLK,
     "it would be taken to an anaerobic digestion plant under the county council's disposal contract"),
    ("Who wanted the first hour at Needham Lake car park to be free, and how did the vote go?", MIDSUFFOLK,
     "Councillor Gosling proposed an amendment that the first hour be free, to support visitors to Needham Market's shops. This was seconded by Councillor Everitt and, on being put to the vote, was carried by 6 votes to 3."),
    # Leicestershire
    ("What did Leicestershire's review of its volunteer-run libraries find?", LEICS,
     "It found that most groups were financially stable, but that 11 of the 36 had fewer than 15 regular volunteers and were at risk of having to cut their opening hours."),
    ("Is Leicestershire going to let any of its community libraries close?", LEICS,
     "no community managed library had closed since the scheme began and that the council would step in with extra support where a group was struggling, rather than let a library close"),
    ("How many new books does a Leicestershire community library get each year?", LEICS,
     "each community library received an annual refresh of about 1,500 new titles"),
    # Salford
    ("How many improvement notices has Salford served on private landlords over damp and mould?", SALFORD,
     "Officers had inspected 730 homes and served 96 improvement notices on landlords."),
    ("Can a landlord in Salford evict a tenant for complaining about mould?", SALFORD,
     "a landlord who had been served with an improvement notice could not serve a no fault eviction notice for six months"),
    ("What was the biggest fine Salford gave a landlord who didn't do the damp repairs?", SALFORD,
     "The largest single penalty was £9,000."),
    # Essex
    ("Which coach company won the most school transport routes in Essex?", ESSEX,
     "the largest share of routes, 74, be awarded to Blackwater Coaches Ltd"),
    ("Why has home to school transport in Essex become so expensive?", ESSEX,
     "mostly because of the growing number of children with special educational needs who travel to schools outside their home area and because of higher fuel and driver costs"),
    ("Why doesn't Essex run more of the school routes with its own minibuses?", ESSEX,
     "Running more routes with the council's own fleet was considered and rejected, because the council has only 23 vehicles and recruiting drivers has proved difficult."),
    # Durham
    ("Which roads in County Durham will be the first to get the extra pothole money?", DURHAM,
     "the additional £4.9 million of pothole funding be used for patching and resurfacing on the roads listed in Appendix 3, beginning with the A689 between Rushyford and Bishop Auckland and the B6282 through Evenwood"),
    ("What share of Durham's minor roads need maintenance according to the latest survey?", DURHAM,
     "The latest condition survey shows that 28 per cent of the county's unclassified roads should be considered for maintenance, up from 22 per cent in 2021."),
    ("Why is Durham buying a second jet patcher?", DURHAM,
     "A second jet patching machine will let the council treat rural roads in the west of the county, such as those around Teesdale and Weardale, more quickly."),
    # Bassetlaw
    ("How many households actually used their caddy in Bassetlaw's food waste trial?", BASSETLAW,
     "58 per cent of the households in the trial area had put out their food caddy at least once a month"),
    ("Who is doing up the bandstand in Kings Park, Retford?", BASSETLAW,
     "The bandstand work would be carried out by Trentside Heritage Builders Ltd, who had restored ironwork in several historic parks."),
    ("When will the Kings Park bandstand be ready to use again?", BASSETLAW,
     "the bandstand would be ready for the first summer concert in May 2025"),
    # Broxtowe
    ("On average, how long does Broxtowe take to finish the work after a tenant reports damp?", BROXTOWE,
     "The average time from report to completed work was 47 days, against a target of 60 days."),
    ("Who proposed and seconded the damp and mould recommendation at Broxtowe's Housing Committee?", BROXTOWE,
     "It was proposed by Councillor D K Wragby and seconded by Councillor T Curzon that the recommendation be approved."),
    ("How many of the garages on Broxtowe's three garage sites are actually rented out?", BROXTOWE,
     "The sites had 61 garages between them, of which only 14 were let."),
    # Wyre Forest
    ("Who will own and run the new car park chargers in Wyre Forest?", WYRE,
     "The charging points would be installed, owned and run by Amberline Charge Ltd under a 15 year concession, at no capital cost to the council."),
    ("Will the new charging bays take away ordinary parking spaces in Wyre Forest's car parks?", WYRE,
     "Officers said the bays would replace existing spaces but the six car parks were rarely more than three quarters full."),
    ("How many families did Wyre Forest put in bed and breakfast last year?", WYRE,
     "the council had placed nine families in bed and breakfast in the last year, the longest stay being 11 weeks"),
    # Lincoln
    ("How much lottery money is going into the Boultham Park lake work?", LINCOLN,
     "The National Lottery Heritage Fund had awarded a grant of £980,000"),
    ("What happens to the fish in Boultham Park lake while the work is done?", LINCOLN,
     "the fish would be moved to a holding pond by a specialist before the lake was drained"),
    ("Do you still pay for parking while charging an electric car in Lincoln's council car parks?", LINCOLN,
     "drivers would pay the normal car park tariff as well as the charging fee"),
    # Newcastle-under-Lyme
    ("How did the committee vote on the student housing off Keele Road?", NEWCASTLE,
     "The vote was 7 in favour, 2 against and 1 abstention."),
    ("Will students at the new Keele Road accommodation be allowed to have cars?", NEWCASTLE,
     "a planning condition would require a travel plan that prevented students from bringing cars to the site, except for disabled students"),
    ("What happened to the planning application for 14 Church Street in Audley?", NEWCASTLE,
     "the applicant had withdrawn the application on the day of the meeting, and it was not considered"),
    # Harrogate
    ("What would the new Harrogate Convention Centre plan cost?", HARROGATE,
     "The preferred option would replace halls D, E and F with a single new hall of 6,000 square metres and refurbish the main auditorium, at a cost of £49 million."),
    ("How much did the Harrogate Convention Centre lose during the pandemic?", HARROGATE,
     "The centre had lost £2.1 million in 2020/21 while it served as a Nightingale hospital and during lockdowns"),
    ("When is the Sun Colonnade in Valley Gardens being repaired?", HARROGATE,
     "Work would take place in October and November 2022 to avoid the summer season."),
    # Cambridgeshire
    ("How much extra has the government given Cambridgeshire for road repairs this year?", CAMBS,
     "The Department for Transport has allocated the County Council an extra £3.6 million for road repairs in 2024/25"),
    ("Why isn't Cambridgeshire using the extra money just to fill individual potholes?", CAMBS,
     "Spending the extra money on filling individual potholes was considered but rejected, because single repairs often fail within a year."),
    ("Who will fix the cracked roads on peat in the Fens?", CAMBS,
     "will be carried out by Fenland Surfacing Ltd under the council's highways services contract"),
    # Suffolk
    ("How much would a post-16 student from a low income family pay for school transport under Suffolk's proposal?", SUFFOLK,
     "Under the proposal, students from families receiving free school meals or universal credit would pay £390 instead."),
    ("Did people support Suffolk's plan to charge low income students less for travel to college?", SUFFOLK,
     "Of these, 72 per cent supported the reduced contribution for students on low incomes."),
    ("Will any mobile library stops be dropped when Suffolk gets its new vans?", SUFFOLK,
     "no stops would be removed and that the new vans had a range of 160 miles, enough for the longest route"),
    # Wrexham
    ("Who got the contract to install Wrexham's new play equipment, and at what price?", WREXHAM,
     "The highest scoring tender was from Clwyd Play and Leisure Ltd, at £681,000."),
    ("What did the latest inspection of Wrexham's play areas find?", WREXHAM,
     "An independent annual inspection in 2023 rated 19 of them as poor, mostly because of worn safety surfacing and wooden equipment that had started to rot."),
    ("Why did the Bryn Lane waste transfer station in Wrexham cost more than planned?", WREXHAM,
     "extra steelwork had been needed after the old floor slab was found to be cracked"),
    # Maldon
    ("Which company will provide the car park chargers in Maldon?", MALDON,
     "the charging points be provided by Saltmarsh Energy Solutions Ltd under a 12 year agreement"),
    ("Will Maldon District Council have to pay anything towards the new chargers?", MALDON,
     "The council would pay for the electricity connection at Foundry Lane, estimated at £14,500, because the supply there is too weak."),
    ("Which car parks in the Maldon district are getting charging points?", MALDON,
     "The proposed locations are the White Horse Lane and Wantz Road car parks in Maldon, Bentalls car park in Heybridge and the Foundry Lane car park in Burnham on Crouch."),
    # Leicester
    ("How many trees does Leicester plan to plant by 2030?", LEICESTER,
     "plant 15,000 trees in Leicester between 2024 and 2030"),
    ("Where is Leicester getting its new trees from?", LEICESTER,
     "The trees will be supplied by Charnwood Tree Nurseries Ltd, which won the supply contract in a tender this summer."),
    ("Can I ask Leicester City Council to plant a tree outside my house?", LEICESTER,
     "Residents will be able to ask for a tree outside their home through a form on the council's website."),
    # Hackney
    ("How many reports of damp and mould did Hackney get in 2023?", HACKNEY,
     "the council had received 3,870 reports of damp and mould in 2023, more than twice as many as in 2021"),
    ("How long are Hackney council tenants waiting for damp repairs to be finished?", HACKNEY,
     "The Director said the average was 38 working days from report to completed repair, and the target was 20."),
    ("Why are flats in Hackney's older blocks getting mouldy?", HACKNEY,
     "In many older blocks, windows had been replaced without trickle vents, so that moisture could not escape."),
    # Rushcliffe
    ("How much are the chargers at Rushcliffe Arena actually used?", RUSHCLIFFE,
     "the four chargers at Rushcliffe Arena were in use for an average of 9 hours a day"),
    ("Why hasn't Rushcliffe put any chargers in Radcliffe on Trent?", RUSHCLIFFE,
     "the Council did not own a public car park in the village"),
    ("Who repairs Rushcliffe's car chargers when they break, and how quickly?", RUSHCLIFFE,
     "they were maintained by Trentvale EV Services Ltd under a five year contract, which required any fault to be fixed within 48 hours"),
    # Isles of Scilly
    ("How long was St Mary's airport shut to planes while the runway was resurfaced?", SCILLY,
     "with the airport closed to fixed wing flights for 19 days"),
    ("Will bigger planes be able to fly into Scilly now the runway has been redone?", SCILLY,
     "the length of the runway was unchanged, and the surface had been designed for the aircraft currently in use"),
    ("Who will get priority for the new affordable homes at Porthmellon?", SCILLY,
     "priority would go to people who had lived or worked on the islands for at least three years and who could not afford to rent or buy on the open market"),
]

ACROSS = [
    ("How much extra pothole and road repair money have Durham and Cambridgeshire had from the government?", [
        (DURHAM, "the additional £4.9 million of pothole funding be used for patching and resurfacing"),
        (CAMBS, "The Department for Transport has allocated the County Council an extra £3.6 million for road repairs in 2024/25")]),
    ("What are Essex and Suffolk County Councils spending on home to school transport?", [
        (ESSEX, "at a total annual cost of £21.4 million"),
        (SUFFOLK, "Spending on home to school transport in Suffolk reached £48.6 million in 2022/23, an increase of £7.2 million on the previous year.")]),
    ("Which firms are doing the playground work for Torfaen, Ealing and Wrexham?", [
        (TORFAEN, "Valleyside Play Solutions Ltd had been selected to design and install the equipment"),
        (EALING, "the work would be done by Greenfold Leisure Ltd, appointed in January"),
        (WREXHAM, "The highest scoring tender was from Clwyd Play and Leisure Ltd, at £681,000.")]),
    ("How many trees will be planted under the plans agreed in Ealing, Leicester and Kirklees?", [
        (EALING, "In the 2024/25 planting season the council would plant 2,400 street trees"),
        (LEICESTER, "plant 15,000 trees in Leicester between 2024 and 2030"),
        (KIRKLEES, "A planning condition would require a landscaping scheme including the planting of 60 trees along the Huddersfield Road frontage and the western boundary.")]),
    ("Which councils are putting electric car charging points in their car parks?", [
        (WYRE, "The report proposed 36 new charging points across six car parks"),
        (LINCOLN, "Twenty four fast charging points would be installed"),
        (MALDON, "That Members approve the installation of 20 electric vehicle charging points at the car parks listed in Appendix A"),
        (RUSHCLIFFE, "the Council had installed 16 charging points in its own car parks since 2021, in West Bridgford, Bingham and Cotgrave")]),
    ("Which councils have been dealing with damp and mould in people's homes?", [
        (NEWHAM, "Of the homes inspected, 412 had damp or mould serious enough to be a category 1 hazard"),
        (SALFORD, "Between April and October 2023 the private sector housing team had received 1,120 complaints about damp and mould, compared with 640 in the same months of 2022."),
        (BROXTOWE, "Since January 2023 the council had received 893 reports of damp or mould from tenants."),
        (HACKNEY, "the council had received 3,870 reports of damp and mould in 2023, more than twice as many as in 2021")]),
    ("Which councils are looking at collecting food waste separately from households?", [
        (MIDSUFFOLK, "how the council would introduce separate weekly food waste collections from every household in the district by April 2026"),
        (BASSETLAW, "the food waste collection service be extended to all households in the district from April 2026"),
        (HARROGATE, "That a feasibility study of weekly food waste collections be commissioned, at a cost of up to £45,000.")]),
    ("Which councils have taken decisions about their library services?", [
        (COVENTRY, "approves the introduction of open access technology at Tile Hill, Earlsdon and Canley libraries"),
        (LEICS, "a review of the support the County Council gives to the 36 community managed libraries in Leicestershire"),
        (SUFFOLK, "Decision: Cabinet approved the purchase of two electric mobile library vans.")]),
]

NEAR_MISSES = [
    "What will the minimum council tax contribution be for working-age households in Newham in 2025/26?",
    "Which housebuilder is building the 38 homes off Huddersfield Road in Mirfield?",
    "How many visits did Canley library get in 2023/24?",
    "How much did the condition survey say it would cost to repair the Blaenavon World Heritage Centre building?",
    "When will the playground in Southall Park reopen?",
    "What colour are the food waste caddies Mid Suffolk is handing out to households?",
    "How much did Leicestershire County Council pay in grants to community managed libraries in 2022/23?",
    "What did Salford's survey of privately rented homes in Eccles and Pendleton find about damp?",
    "How much will Essex spend on school transport for children starting school in September 2025?",
    "How many potholes did Durham County Council repair last year?",
    "What proportion of Retford households put out their food waste caddy in Bassetlaw's trial?",
    "What did the independent review of Broxtowe's repairs call centre say about how long tenants wait on the phone?",
    "How much per kilowatt hour will it cost to charge an electric car at Pike Mills car park in Kidderminster?",
    "Which company has Lincoln hired to dredge the silt out of Boultham Park lake?",
    "What was the vote on turning the old brickworks office on Liverpool Road, Kidsgrove, into flats?",
    "What did the feasibility study say weekly food waste collections across the Harrogate district would cost?",
    "When will Mill Road in Cambridge be resurfaced?",
    "How many post-16 students in Suffolk currently pay the £780 travel contribution?",
    "How many children took part in choosing the new play equipment for Ponciau Banks?",
    "What did the summer parking survey at Promenade Park in Maldon find about how long visitors stay?",
    "How much a year will it cost Leicester to look after its new trees once they are established after 2027?",
    "How much is Hackney spending on the humidity sensors it is fitting in council homes?",
    "How many hours a day are the council's EV chargers in Bingham in use?",
    "Did the Civil Aviation Authority's inspection find any problems with the new runway surface at St Mary's Airport?",
]

ORDINARY = [
    "What did Norwich City Council decide about the Christmas lights in the city centre?",
    "Has Cornwall Council agreed new fees for taxi licences?",
    "What did Aberdeen City Council decide about bus gates on Union Street?",
    "How long is the waiting list for allotments in Cheltenham?",
    "Which councils have put up the price of burial plots this year?",
    "Which councils have brought in new public space protection orders?",
    "When will the new skate park open?",
    "How much is the council spending on graffiti removal this year?",
]


def questions() -> list[dict]:
    assert len(ANSWERABLE) == 72 and len(ACROSS) == 8 and len(NEAR_MISSES) == 24 and len(ORDINARY) == 8
    out = [{"id": f"r{i:02d}", "question": q, "gold": [{"doc": d, "quote": quote}]}
           for i, (q, d, quote) in enumerate(ANSWERABLE, 1)]
    out += [{"id": f"x{i:02d}", "question": q, "gold": [{"doc": d, "quote": quote} for d, quote in golds]}
            for i, (q, golds) in enumerate(ACROSS, 1)]
    out += [{"id": f"u{i:02d}", "question": q, "gold": []} for i, q in enumerate(NEAR_MISSES, 1)]
    out += [{"id": f"n{i:02d}", "question": q, "gold": []} for i, q in enumerate(ORDINARY, 1)]
    return out


def main() -> int:
    qs = questions()
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for q in qs:
            handle.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"wrote {len(qs)} questions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
