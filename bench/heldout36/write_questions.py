"""Write bench/heldout36/questions.jsonl: 112 questions on the heldout36 corpus.

    python bench/heldout36/write_questions.py

r01-r72 answerable (three per document, in the README's table order), x01-x08 across councils
(one gold quote per relevant document), u01-u24 near misses (one per document, six of each kind:
a said not yet known, b never mentioned, c a neighbouring thing, d announced and asked as if done),
n01-n08 ordinary unanswerable. Gold quotes are exact text of the documents (check_gold.py checks
them in both pypdf modes); no PDF quote has a hyphen and none is inside a table.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

LEEDS = "ieListDocuments_CId102_MId13377_Leeds_ExecutiveBoard"
SUNDERLAND = "ieListDocuments_CId134_MId8821_Sunderland_Cabinet"
HORSHAM = "ieListDocuments_CId456_MId4190_Horsham_PlanningNorth"
SEFTON = "ieListDocuments_CId147_MId5533_Sefton_Cabinet"
HAVERING = "ieListDocuments_CId271_MId7718_Havering_Cabinet"
OLDHAM = "ieListDocuments_CId144_MId10922_Oldham_Cabinet"
MIDSUSSEX = "mgAi_ID61247_MidSussex_Scrutiny"
BURY = "mgAi_ID55310_Bury_Scrutiny"
CALDERDALE = "ieDecisionDetails_ID7731_Calderdale_NorthBridge"
SANDWELL = "ieDecisionDetails_ID9914_Sandwell_DampMould"
TMBC = "TMBC_Area1_Planning_Minutes_2024-05-16"
NEDDC = "NEDDC_Cabinet_Minutes_27June2024"
WYRE = "Wyre_Cabinet_Minutes_2024-10-02"
SNC = "SNC_Cabinet_Minutes_2024-09-09"
INVERCLYDE = "Inverclyde_EnvRegen_Committee_29Aug2024"
DCSDC = "DCSDC_Environment_Regeneration_Minutes_Oct2024"
HULL = "Hull_Cabinet_Pack_2025-01-27"
ASHFIELD = "Ashfield_Cabinet_Pack_2025-03-17"
WYCA = "WYCA_Transport_Committee_Pack_14June2024"
EHDC = "EHDC_Cabinet_Report_EV_Charging_Dec2024"
SODC = "SODC_Cabinet_Report_Parking_Charges_2025"
NHDC = "NHDC_Overview_Scrutiny_Minutes_2024-07-09"
SSC = "SSC_Wellbeing_Select_Committee_Minutes_Nov2023"
COL = "CoL_Epping_Forest_Commons_Minutes_2024-07-08"

# (question, doc, quote), three per document in table order
ANSWERABLE = [
    # Leeds
    ("Who's going to be running the cafe at Kirkstall Abbey?", LEEDS,
     "the concession had been recommended for award to Abbey Larder Ltd, a Horsforth based catering business"),
    ("Is Leeds having to borrow money to pay for the new chargers for electric cars on residential streets?", LEEDS,
     "the capital cost of £2.4 million would be met from the Government's Local Electric Vehicle Infrastructure fund, so that no council borrowing was needed"),
    ("How many big ticketed events will Roundhay Park be allowed to host in a year from 2025?", LEEDS,
     "no more than 12 ticketed events with an attendance above 5,000 would be permitted in the park in any calendar year"),
    # Sunderland
    ("Which firm got the job of redoing the playground in Mowbray Park?", SUNDERLAND,
     "had been awarded through the regional framework to Northern Playscape Ltd"),
    ("How much of the money for the new Mowbray Park play area is coming from housing developers?", SUNDERLAND,
     "£400,000 would come from developer contributions from housing sites in the city centre and the remaining £240,000 from the Council's capital programme"),
    ("Will the loos next to Mowbray Park be open for families using the new playground?", SUNDERLAND,
     "the toilets would be refurbished at the same time and would open daily from 9am until dusk, with a baby changing room added"),
    # Horsham
    ("How did councillors vote on the 64 new homes off Old Guildford Road in Broadbridge Heath?", HORSHAM,
     "On being put to the vote there were 8 votes for and 3 against."),
    ("Who proposed throwing out the plans for the big barn and riding arena at Warnham, and on what grounds?", HORSHAM,
     "Councillor Colin Merriott moved that the application be refused because of its harm to the character of the countryside."),
    ("What is the Broadbridge Heath housing developer paying towards the traffic problems at the A264 roundabout?", HORSHAM,
     "a contribution of £180,000 would be paid towards improving the roundabout signals"),
    # Sefton
    ("How big a fine will someone caught dumping rubbish in Sefton face?", SEFTON,
     "The fixed penalty for fly-tipping would rise to £400, reduced to £250 if paid within ten days"),
    ("Will the private enforcement officers in Bootle and Southport get paid for every ticket they issue?", SEFTON,
     "the contract would include a rule that at least a quarter of the officers' patrol hours be spent on fly-tipping hot spots and that officers would not be paid per ticket"),
    ("Do Leisure Card holders still get money off sailing and paddleboarding at Crosby Marine Lake?", SEFTON,
     "Sefton residents holding a Leisure Card would continue to receive a 20 per cent discount"),
    # Havering
    ("How many tenants in Havering complained about damp and mould in 2023/24?", HAVERING,
     "The Council had received 1,260 reports of damp and mould in 2023/24, more than double the number two years earlier."),
    ("Harold Hill tenants never know when the damp contractor will turn up. What is Havering doing about it?", HAVERING,
     "a text message booking system would be introduced in January 2025"),
    ("How much does a stallholder pay per day at Romford Market from January 2025?", HAVERING,
     "The daily pitch fee would be cut from £45 to £30 from January 2025"),
    # Oldham
    ("Who will install and look after Oldham's new bus shelters?", OLDHAM,
     "The new shelters would be supplied and maintained by Transit Street Furniture Ltd under a fifteen year contract"),
    ("How much is the new market hall at Spindles going to cost now, and why has it gone up?", OLDHAM,
     "The estimated cost had risen from £13.1 million to £15.6 million because of inflation in steel and mechanical works"),
    ("How many Oldham landlords were given improvement notices over damp and mould?", OLDHAM,
     "had served 96 improvement notices on landlords"),
    # Mid Sussex
    ("Which tree surgeons took down the ash trees in Beech Hurst Gardens?", MIDSUSSEX,
     "The felling had been carried out by Weald Arboriculture Ltd, which held the Council's tree works contract until 2027."),
    ("Why did Mid Sussex cut down ash trees that looked perfectly healthy?", MIDSUSSEX,
     "the disease weakened the roots and the base of the trunk before the crown showed much sign of it, so a tree could appear healthy and still be dangerous"),
    ("Who is paying for the replacement trees in the Mid Sussex parks?", MIDSUSSEX,
     "the trees would be paid for from a grant of £38,000 from the Local Authority Treescapes Fund, with the Council paying for watering for the first three summers"),
    # Bury
    ("How many litter fines did Bury's enforcement contractor hand out in 2023/24?", BURY,
     "of which 1,702 were for dropped litter and cigarette ends"),
    ("How does the company doing Bury's litter enforcement get paid?", BURY,
     "Greenline Enforcement Ltd kept £45 from each fixed penalty that was paid, and the rest of the income came to the Council to spend on street cleansing"),
    ("Will the litter patrols ever come out to Ramsbottom?", BURY,
     "Ramsbottom would get two patrol days a week from July"),
    # Calderdale
    ("Which company is putting the new roof on North Bridge Leisure Centre?", CALDERDALE,
     "That the contract for the works be awarded to Pennine Roofing Contractors Ltd"),
    ("What was actually wrong with the roof over the pool at North Bridge?", CALDERDALE,
     "An inspection of the roof in March 2024 found that the steel purlins supporting the roof panels had corroded badly because of moisture from the pool hall, and that several panels had moved."),
    ("Where are children's swimming lessons happening while North Bridge is shut?", CALDERDALE,
     "swimming lessons have moved to Brighouse Sports Centre and Sowerby Bridge Pool"),
    # Sandwell
    ("Which contractor will fix damp in council houses in Tipton?", SANDWELL,
     "Midland Damp Solutions Ltd covering West Bromwich, Wednesbury and Tipton"),
    ("On average, how long were Sandwell tenants waiting for their damp to be treated?", SANDWELL,
     "the average time to complete treatment was 61 days"),
    ("Will anyone come back to check the mould hasn't returned after the treatment?", SANDWELL,
     "Each contractor must provide a follow up visit six weeks after treatment to check that the mould has not returned."),
    # Tonbridge and Malling
    ("How many councillors backed the takeaway at 152 High Street, Tonbridge?", TMBC,
     "On being put to the vote, 7 members voted in favour and 2 against."),
    ("Why were the nine houses in Riding Lane, Hildenborough turned down?", TMBC,
     "Members considered that the provision of two bungalows did not outweigh the harm to the openness of the Green Belt and to the rural character of the lane, which had no footway."),
    ("What will be done about cooking smells from the Tonbridge High Street takeaway?", TMBC,
     "a carbon filter system would be fitted and serviced every three months"),
    # North East Derbyshire
    ("Which contractor is doing the Market Street scheme in Clay Cross, and at what price?", NEDDC,
     "the most economically advantageous was from Brimington Civils Ltd at £1.92 million"),
    ("How much will a fly tipper be fined in North East Derbyshire from August 2024?", NEDDC,
     "RESOLVED that the fixed penalty for fly tipping be set at £1,000, reduced to £600 if paid within ten days, from 1 August 2024."),
    ("Will the shops on Market Street in Clay Cross have to close while the roadworks go on?", NEDDC,
     "the work would be carried out in four phases so that no more than one side of Market Street would be closed at any time, and that every shop would keep a pedestrian entrance"),
    # Wyre
    ("What will a full day's parking on the seafront at Cleveleys cost from January 2025?", WYRE,
     "The all day charge in the seafront car parks at Fleetwood and Cleveleys would rise from £5.00 to £6.00"),
    ("Who seconded the new parking charges at Wyre's Cabinet?", WYRE,
     "Councillor Saxby proposed the recommendations, seconded by Councillor Mountford, and they were agreed."),
    ("Is Fleetwood Market going to start opening on Sundays?", WYRE,
     "a trial of Sunday opening in the summer had attracted too few shoppers to continue"),
    # South Norfolk
    ("How many charging points are going into the Mere Street car park in Diss?", SNC,
     "A total of 44 charge points would be installed: 12 at Mere Street car park in Diss"),
    ("Does South Norfolk Council have to pay to put the car chargers in?", SNC,
     "the operator would pay for the installation and for the electricity connections"),
    ("How many households did South Norfolk have in temporary accommodation in summer 2024?", SNC,
     "There were 61 households in temporary accommodation at the end of July 2024, compared with 34 a year earlier."),
    # Inverclyde
    ("What will it cost per kWh to use a rapid charger in Inverclyde from October 2024?", INVERCLYDE,
     "the tariff at rapid charge points rise from 40p to 55p per kilowatt hour"),
    ("Which councillor tried to keep Inverclyde's standard charging price lower, and at what level?", INVERCLYDE,
     "Councillor Carswell moved as an amendment that the standard tariff be set at 35p per kilowatt hour for a further year to support residents without driveways."),
    ("How much can a shop owner in Port Glasgow get towards a new shopfront?", INVERCLYDE,
     "offering grants of up to 75 per cent of the cost of new shopfronts and signage, to a maximum of £15,000 for each property"),
    # Derry and Strabane
    ("Who is building the new play parks at Brooke Park and in Strabane?", DCSDC,
     "Both contracts had been awarded to Foyleside Play Systems Ltd."),
    ("How much rubbish was picked up after last year's Halloween festival in Derry?", DCSDC,
     "Last year crews had removed 60 tonnes of litter from the city centre and the riverfront over the festival weekend."),
    ("Did the idea of keeping the recycling centres open until 6pm on Thursdays get through?", DCSDC,
     "On a vote, 5 members voted for the amendment and 7 against, and the amendment fell."),
    # Hull
    ("How many council tenants in Hull reported damp or mould in 2023/24?", HULL,
     "The Council received 2,870 reports of damp and mould from tenants in 2023/24."),
    ("What did Hull's sample survey of council homes find about damp?", HULL,
     "found that 22 per cent had some damp or mould, and that in most cases the main cause was poor ventilation combined with cold external walls"),
    ("Were any of Hull's warm spaces open between Christmas and New Year?", HULL,
     "The Leader said that 18 of them would open on the days between Christmas and New Year."),
    # Ashfield
    ("Where is the money for Ashfield's new play equipment coming from?", ASHFIELD,
     "The programme will be funded by £320,000 from developer contributions collected under section 106 agreements and £200,000 from the Council's capital programme."),
    ("What did kids and parents in Ashfield ask for most for the new play areas?", ASHFIELD,
     "The most requested items were zip wires, swings for older children and more seating for parents."),
    ("Will the pool at Lammas Leisure Centre have to shut for the heat pump work?", ASHFIELD,
     "the pool would close for two weeks in August, during the annual maintenance shutdown, and that no other closures were planned"),
    # West Yorkshire Combined Authority
    ("Which firm is supplying the new bus shelters for West Yorkshire?", WYCA,
     "The new shelters will be supplied by Northgate Shelter Systems Ltd, which was appointed through a regional framework."),
    ("Do the district councils have to chip in for West Yorkshire's bus shelter programme?", WYCA,
     "No contribution is sought from the district councils."),
    ("Why were buses between Huddersfield and Dewsbury so often late?", WYCA,
     "roadworks at Ravensthorpe had added up to 12 minutes to journeys"),
    # East Hampshire
    ("Which company will run East Hampshire's new car park chargers, and for how long?", EHDC,
     "That Cabinet agrees to appoint Solent Charge Networks Ltd to install and operate the charge points for a period of 15 years."),
    ("Does East Hampshire have to pay to install the new charge points?", EHDC,
     "Solent Charge Networks Ltd would meet the full cost of installation and grid connection, estimated at £1.1 million"),
    ("How many chargers are planned for Chapel Street car park in Petersfield?", EHDC,
     "16 in Chapel Street car park in Petersfield"),
    # South Oxfordshire
    ("What will two hours in a Henley car park cost from April 2025?", SODC,
     "the charge for up to two hours in Greys Road and King's Road car parks will rise from £2.20 to £2.60"),
    ("Why is South Oxfordshire putting its parking charges up?", SODC,
     "Since then the cost of running the car parks, including business rates, cleaning and card payment fees, has risen by 18 per cent."),
    ("What did Henley's traders make of the parking increase?", SODC,
     "Henley Chamber of Trade objected to the rise in the two hour charge, saying it would send shoppers to Reading and Marlow."),
    # North Herts
    ("Why has the paddling pool in Howard Park been shut?", NHDC,
     "which had been closed since 2022 because its filtration plant no longer met water quality standards"),
    ("Which North Herts play areas are first in line for improvement?", NHDC,
     "starting with the play areas at Walsworth Common in Hitchin and Royston Heath in Royston"),
    ("What is North Herts doing to get people using their food waste caddies again?", NHDC,
     "a leaflet and free caddy liners would be sent to every household in September"),
    # South Staffordshire
    ("Who runs South Staffordshire's leisure centres?", SSC,
     "the leisure contract with Arena Community Leisure Ltd, which ran the Council's leisure centres at Wombourne, Codsall, Penkridge, Cheslyn Hay and Kinver"),
    ("How is the cost of the Wombourne pool works split between the council and the operator?", SSC,
     "The Council would pay £900,000 and the operator £400,000 under the terms of the contract."),
    ("Is social prescribing in South Staffordshire carrying on after March 2024?", SSC,
     "funding from the primary care network had been confirmed for a further two years"),
    # City of London
    ("Who is felling the diseased ash trees in Epping Forest, and what will it cost?", COL,
     "The work would be carried out by Lea Valley Tree Surgery Ltd at a cost of £285,000"),
    ("How much will an annual parking permit for Epping Forest cost?", COL,
     "The annual permit would rise from £65 to £70."),
    ("How are the longhorn cattle on Chingford Plain kept from wandering off?", COL,
     "kept within the grazing area by buried boundary cables and GPS collars"),
]

ACROSS = [
    ("What work is being done on the swimming pools at Calderdale's North Bridge Leisure Centre and South Staffordshire's Wombourne Leisure Centre?", [
        (CALDERDALE, "(a) That the replacement of the pool hall roof at North Bridge Leisure Centre at a total cost of £2.87 million be approved."),
        (SSC, "The pool at Wombourne would close from 8 January to 29 March 2024 for the replacement of the pool tank lining and the changing village, at a cost of £1.3 million."),
    ]),
    ("How are car park charges changing in Wyre, South Oxfordshire and the City of London's Epping Forest?", [
        (WYRE, "The all day charge in the seafront car parks at Fleetwood and Cleveleys would rise from £5.00 to £6.00, while the one hour charge would stay at £1.20."),
        (SODC, "In Henley, the charge for up to two hours in Greys Road and King's Road car parks will rise from £2.20 to £2.60, and the all day charge will rise from £8.00 to £9.00."),
        (COL, "It was proposed that the charge for up to four hours at Connaught Water, High Beach and the Warren car parks rise from £3.00 to £3.50, and that the all day charge stay at £6.00."),
    ]),
    ("How many bus shelters are Oldham and the West Yorkshire Combined Authority replacing?", [
        (OLDHAM, "The Cabinet considered a proposal to replace 140 bus shelters across the borough as part of the Bee Network improvements."),
        (WYCA, "The programme will replace 600 shelters over three years."),
    ]),
    ("How many ash trees have had to come down because of ash dieback in Mid Sussex and in the City of London's Epping Forest?", [
        (MIDSUSSEX, "At Beech Hurst Gardens in Haywards Heath, 48 ash trees had been felled since October because they were within falling distance of paths, the miniature railway or the play area."),
        (COL, "Around 320 ash trees along roads and paths near High Beach and Theydon Bois would be felled this winter, because they were within falling distance of the public highway or of busy paths."),
    ]),
    ("Which councils made decisions about public charge points for electric cars?", [
        (LEEDS, "RESOLVED - That the second phase of on-street charging be approved, and that the Director of City Development be authorised to enter into the concession with VoltKerb UK Ltd."),
        (SNC, "RESOLVED: To approve the installation of electric vehicle charge points in Council car parks and to enter into the agreement with Anglia ChargeNet Ltd."),
        (INVERCLYDE, "the tariff at standard charge points rise from 30p to 45p per kilowatt hour"),
        (EHDC, "That Cabinet approves the installation of 52 further charge points in nine Council car parks."),
    ]),
    ("Which councils are doing up or replacing children's play areas?", [
        (SUNDERLAND, "RESOLVED that the refurbishment of the Mowbray Park play area be approved as set out in option B."),
        (ASHFIELD, "Cabinet approves the play area improvement programme for 2025/26 at a total cost of £520,000."),
        (DCSDC, "The play park at Brooke Park would be refurbished at a cost of £210,000, with new climbing equipment and a sensory garden, and the play park at the Canal Basin in Strabane would be replaced at a cost of £185,000."),
        (NHDC, "priority would go to play areas in the worst condition and in areas with the fewest alternatives, starting with the play areas at Walsworth Common in Hitchin and Royston Heath in Royston"),
    ]),
    ("Which councils have been dealing with damp and mould in people's homes, and how big is the problem?", [
        (HAVERING, "The Council had received 1,260 reports of damp and mould in 2023/24, more than double the number two years earlier."),
        (OLDHAM, "In the twelve months to January 2025, officers had carried out 412 inspections of private rented homes where tenants had reported damp and mould, and had served 96 improvement notices on landlords."),
        (SANDWELL, "At the end of June 2024 there were 3,400 open cases of damp and mould in council homes, and the average time to complete treatment was 61 days."),
        (HULL, "The Council received 2,870 reports of damp and mould from tenants in 2023/24."),
    ]),
    ("Which councils are stepping up enforcement against fly-tipping, and how?", [
        (SEFTON, "The fixed penalty for fly-tipping would rise to £400, reduced to £250 if paid within ten days, and the penalty for dropping litter would be £100."),
        (BURY, "During 2023/24 the contractor's officers had issued 1,930 fixed penalty notices, of which 1,702 were for dropped litter and cigarette ends, 143 were for fly-tipping and 85 were for dog fouling."),
        (NEDDC, "The Council had bought 16 deployable CCTV cameras at a cost of £48,000, which could be moved between hot spots every few weeks."),
    ]),
]

# one per document in table order; kinds a, b, c, d in turn (see README)
NEAR_MISSES = [
    "How much per kWh will drivers pay at Leeds's new on-street charge points in Headingley?",
    "How long is the guarantee on the new play equipment at Mowbray Park?",
    "How many councillors voted against the cafe at 61 High Street in Billingshurst?",
    "What did the structural survey of Southport Pier find wrong with the iron columns?",
    "How much is it going to cost to desilt the lake in Harrow Lodge Park?",
    "How many market stalls will the new market hall in Spindles have?",
    "How many ash trees had to be felled in Clair Park in Haywards Heath?",
    "What did Internal Audit conclude about how Bury's litter enforcement patrols are chosen?",
    "When will the pools at North Bridge Leisure Centre reopen?",
    "Will Sandwell tenants have to move out of their homes while the damp and mould work is done?",
    "What opening hours were set for the new takeaway at 152 High Street in Tonbridge?",
    "Did the Dronfield leisure feasibility study recommend refurbishing the sports centre or building a new one?",
    "How much will Wyre pay the operator to run the Knott End to Fleetwood ferry in 2025?",
    "How many of the new electric vehicle charging bays in South Norfolk's car parks will be for disabled drivers?",
    "By how much did footfall go up in Port Glasgow town centre last year?",
    "What did people ask for in the consultation on the new play park at St Columb's Park?",
    "How much will the second phase of Hull's damp and mould plan cost?",
    "Will the new play areas in Ashfield have equipment that children in wheelchairs can use?",
    "How many bus shelters will be replaced in Wakefield in the first year of the West Yorkshire programme?",
    "What did the January occupancy survey of Petersfield's car parks show?",
    "Will people have to pay to park in the Cattle Market car park in Thame on Sundays?",
    "How much will the new splash park at Howard Park in Letchworth cost?",
    "How many visits did Penkridge Leisure Centre have in 2022/23?",
    "What did this summer's visitor survey find about how people travel to Epping Forest?",
]

ORDINARY = [
    "What did Plymouth City Council agree about the opening hours of Tinside Lido?",
    "How much is Swansea Council spending on the Copr Bay development?",
    "When will Dundee City Council move bin collections to every three weeks?",
    "Did Cornwall Council approve the council tax premium on second homes?",
    "Which councils have talked about the waiting lists for allotments?",
    "Has any council put up its fees for burials or cemetery plots?",
    "Has any council banned sky lanterns or balloon releases on its land?",
    "How much are taxi driver licence fees going up?",
]


def questions() -> list[dict]:
    pdfs = {TMBC, NEDDC, WYRE, SNC, INVERCLYDE, DCSDC, HULL, ASHFIELD, WYCA}
    out = []
    assert len(ANSWERABLE) == 72 and len(ACROSS) == 8 and len(NEAR_MISSES) == 24 and len(ORDINARY) == 8
    for n, (question, doc, quote) in enumerate(ANSWERABLE, 1):
        out.append({"id": f"r{n:02d}", "question": question, "gold": [{"doc": doc, "quote": quote}]})
    for n, (question, golds) in enumerate(ACROSS, 1):
        out.append({"id": f"x{n:02d}", "question": question, "gold": [{"doc": d, "quote": q} for d, q in golds]})
    for n, question in enumerate(NEAR_MISSES, 1):
        out.append({"id": f"u{n:02d}", "question": question, "gold": []})
    for n, question in enumerate(ORDINARY, 1):
        out.append({"id": f"n{n:02d}", "question": question, "gold": []})
    for q in out:
        for gold in q["gold"]:
            assert not (gold["doc"] in pdfs and "-" in gold["quote"]), (q["id"], gold["quote"])
    return out


def main() -> int:
    rows = questions()
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} questions to {HERE / 'questions.jsonl'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
