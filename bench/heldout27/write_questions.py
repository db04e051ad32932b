"""Write bench/heldout27/questions.jsonl: 112 questions on the heldout27 corpus.

    python bench/heldout27/write_questions.py

r01-r72 answerable (three per document, in content.py's order), x01-x08 across councils (one gold
quote per relevant document), u01-u24 near misses (one per document: kinds a-d, see README.md) and
n01-n08 ordinary unanswerable questions. Unanswerable questions have an empty gold list. Every gold
quote is checked verbatim against the extracted text by check_gold.py.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ARUN = "ieListDocuments_CId134_MId2287_Arun_Planning"
DACORUM = "ieListDocuments_CId110_MId3419_Dacorum_Cabinet"
GEDLING = "ieListDocuments_CId95_MId1802_Gedling_Cabinet"
LICHFIELD = "ieListDocuments_CId151_MId4170_Lichfield_OandS"
GLOS = "ieListDocuments_CId702_MId9931_Gloucestershire_EnvScrutiny"
TORBAY = "ieListDocuments_CId165_MId2654_Torbay_Council"
HERTS = "mgAi_ID18824_Hertfordshire_Cabinet_SEND_Transport"
MERTON = "mgAi_ID5532_Merton_SustainableCommunities_StreetTrees"
CWAC = "ieDecisionDetails_ID6120_CheshireWestandChester_RefuseFleet"
BURY = "ieDecisionDetails_ID4471_Bury_UrbanTrees"
BRECKLAND = "Breckland_Planning_Committee_Minutes_02092024"
FAREHAM = "Fareham_Executive_Minutes_8_July_2024"
HYNDBURN = "Hyndburn_Cabinet_Minutes_10_January_2024"
MIDDEVON = "MidDevon_EconomyPDG_Minutes_14_March_2024"
BORDERS = "ScottishBorders_Executive_Minute_05112024"
BRIDGEND = "Bridgend_Cabinet_Minutes_16042024"
PENDLE = "Pendle_Executive_Public_Pack_21112024"
BARNSLEY = "Barnsley_Cabinet_Agenda_Pack_05062024"
RUGBY = "Rugby_Cabinet_Agenda_Pack_02122024"
SWALE = "Swale_PandR_Report_Parking_Charges_2025-26"
DUDLEY = "Dudley_Cabinet_Report_Fly-tipping_Enforcement"
ROTHER = "Rother_Cabinet_Minutes_3_June_2024"
HEREFORD = "Herefordshire_EnvSustainability_Scrutiny_Minutes_12022024"
CITY = "CityofLondon_EppingForest_Commons_Minutes_08072024"

ANSWERABLE = [
    # Arun
    ("Who put forward approval of the flats on the old garage site in Canada Grove, Bognor Regis, and how did the vote go?",
     ARUN, "Councillor Tessa Brayford proposed that the application be approved as recommended and Councillor Owen Hallett seconded. On being put to the vote there were 7 votes for, 4 against and 1 abstention."),
    ("How much does the Canada Grove developer in Bognor have to hand over for school places?",
     ARUN, "the developer would pay £214,000 towards extra school places at Bognor Regis"),
    ("Why did Arun's planners put off a decision on the 135 homes off Water Lane in Angmering?",
     ARUN, "deferred so that the applicant could carry out winter groundwater monitoring and submit a revised drainage strategy"),
    # Dacorum
    ("Which firm got the contract to rebuild Dacorum's playgrounds?",
     DACORUM, "the contract would be awarded to Brackenwood Play Ltd, which had scored highest on both price and quality"),
    ("Why did the garden waste bins in Berkhamsted go uncollected for three weeks in June?",
     DACORUM, "two of the four garden waste lorries had been off the road with gearbox faults at the same time"),
    ("How much of the Dacorum playground programme is being funded by developers?",
     DACORUM, "The works would cost £780,000, of which £510,000 would come from developer contributions"),
    # Gedling
    ("How many people got fined for dumping rubbish in Gedling last year?",
     GEDLING, "187 fixed penalty notices had been issued for fly-tipping in 2023/24"),
    ("How long will the sports hall at Calverton be out of use while its roof is replaced?",
     GEDLING, "the hall would close for eight weeks from late August"),
    ("What is Gedling's fine for fly-tipping going up to?",
     GEDLING, "The fixed penalty for fly-tipping would rise from £400 to £500 from 1 July"),
    # Lichfield
    ("Is Lichfield going to start charging in the Burntwood car parks?",
     LICHFIELD, "the car parks in Burntwood would stay free, because the town centre was still recovering from the closure of its supermarket"),
    ("What will the money from Lichfield's new evening parking charge be spent on?",
     LICHFIELD, "which would pay for the upkeep of the Friary multi-storey car park, where the deck waterproofing needed replacing"),
    ("How many screens will the new cinema at Lichfield's Birmingham Road site have?",
     LICHFIELD, "The building would have five screens and four restaurant units"),
    # Gloucestershire
    ("What did the summer check of Gloucestershire's new roadside trees find in the Forest of Dean?",
     GLOS, "about one in eight of the trees planted in the Forest of Dean had died, mostly where they had been planted close to the road and were scorched by salt in the winter"),
    ("Why did Gloucestershire miss its tree planting target?",
     GLOS, "The shortfall was put down to the wet spring, which had made many verges too soft to work on."),
    ("How many potholes and other road defects has Gloucestershire fixed since April?",
     GLOS, "31,200 defects had been repaired between April and September"),
    # Torbay
    ("What is Torbay budgeting this year to get children with SEND to school?",
     TORBAY, "the budget for special needs school transport was £7.9 million, up from £5.6 million two years ago"),
    ("Who brought the Oldway Mansion motion to Torbay's full council?",
     TORBAY, "Councillor Alan Penwarden moved and Councillor Gail Ridout seconded a motion asking the Cabinet to seek a partner to restore Oldway Mansion"),
    ("Why has the Geoplay Park in Paignton been fenced off?",
     TORBAY, "the climbing frame had failed its annual inspection because of rot in two of its main posts"),
    # Hertfordshire
    ("Which company will teach older SEND pupils in Hertfordshire to travel on their own, and what is the contract worth?",
     HERTS, "the training would be delivered by Wayfinder Learning Ltd under a contract worth £1.2 million over four years"),
    ("My son already gets SEND transport in Hertfordshire. Will the new policy take it away?",
     HERTS, "pupils already receiving transport would keep their present arrangements until the end of their current school phase"),
    ("How many children use Hertfordshire's special needs school transport now?",
     HERTS, "5,340 children now used it, 900 more than three years earlier"),
    # Merton
    ("What happens in Merton if a newly planted street tree dies?",
     MERTON, "any tree that died within that time was replaced by the contractor free of charge"),
    ("Why were some Wimbledon Park residents turned down when they asked for a street tree?",
     MERTON, "trees could not be planted where gas or water pipes ran under the pavement, or where the pavement would be left narrower than 1.5 metres for wheelchair users"),
    ("How many residents asked Merton for a tree outside their home?",
     MERTON, "640 requests had been received"),
    # Cheshire West and Chester
    ("Who is Cheshire West and Chester buying its new bin lorries from?",
     CWAC, "The vehicles will be bought from Marlbrook Municipal Vehicles Ltd through a national purchasing framework."),
    ("How is Cheshire West paying for the replacement refuse vehicles at Winsford?",
     CWAC, "to be funded from prudential borrowing repaid from the waste service budget over eight years"),
    ("Why didn't Cheshire West and Chester lease the new bin lorries instead?",
     CWAC, "Leasing the vehicles was considered but rejected because it would cost about £600,000 more over eight years."),
    # Bury
    ("Where is Bury putting its big new woodland?",
     BURY, "a new woodland of 5,000 trees on council land next to Philips Park in Whitefield"),
    ("Who is paying for Bury's tree planting this winter?",
     BURY, "paid for by a grant of £265,000 from the regional community forest fund"),
    ("How much tree cover does Bury want by 2035?",
     BURY, "raise tree cover in the borough from 14 per cent to 18 per cent by 2035"),
    # Breckland
    ("Who proposed the Shipdham Road homes in Dereham at Breckland's planning committee, and what was the vote?",
     BRECKLAND, "Councillor Lingwood proposed approval and Councillor Coveney seconded. On a vote there were 6 votes in favour and 3 against."),
    ("Why was the Norwich Road housing in Watton turned down?",
     BRECKLAND, "unlike the Dereham scheme, the applicant had not yet secured nutrient credits. Officers recommended refusal on that ground and because the site lay outside the settlement boundary"),
    ("Will there still be a shop at 22 Market Place in Swaffham once the flats go in upstairs?",
     BRECKLAND, "The Senior Planning Officer confirmed that the shop on the ground floor would stay."),
    # Fareham
    ("Which company is putting electric car chargers into Fareham's car parks?",
     FAREHAM, "installed and run by Solent Plugin Ltd"),
    ("Will Fareham council have to pay anything for the car park chargers?",
     FAREHAM, "The company would meet the full cost of installation and pay the council 12 per cent of its charging income, so there would be no capital cost to the council."),
    ("How many tickets has Ferneham Hall sold since it reopened?",
     FAREHAM, "the venue had sold 41,000 tickets in its first six months since reopening"),
    # Hyndburn
    ("How many homes in Hyndburn have been standing empty for over six months?",
     HYNDBURN, "There were 1,146 homes in the borough that had been empty for more than six months"),
    ("Who fixed the roof of Accrington Market Hall and how much did it cost?",
     HYNDBURN, "The roof repairs had been finished in December by Pennine Heritage Builders Ltd at a cost of £274,000"),
    ("Are the free holiday swims for children in Hyndburn carrying on?",
     HYNDBURN, "The Cabinet Member for Leisure confirmed that the sessions would continue through 2024."),
    # Mid Devon
    ("How many regular stallholders does Tiverton's Pannier Market have these days?",
     MIDDEVON, "now had 64 regular traders, up from 51 a year earlier"),
    ("What explains the rise in traders at the Pannier Market in Tiverton?",
     MIDDEVON, "the pitch fee for new traders had been halved for their first three months"),
    ("How much grant money went on doing up the shop fronts in Cullompton?",
     MIDDEVON, "Grants of up to 75 per cent of the cost had been given, totalling £318,000."),
    # Scottish Borders
    ("Who wanted parking at the Galashiels interchange car park to stay free?",
     BORDERS, "Councillor Pringle, seconded by Councillor Veitch, moved as an amendment that parking remain free."),
    ("Why did the Hawick flood defences end up costing more than estimated?",
     BORDERS, "mainly because of extra work to the foundations of the walls beside the River Teviot near Commercial Road"),
    ("Which contractor is repairing the public slipway at Eyemouth?",
     BORDERS, "would be carried out by Berwick Marine Civils Ltd in February"),
    # Bridgend
    ("When will there be lifeguards at Rest Bay this year?",
     BRIDGEND, "Lifeguards would be on duty at Rest Bay and Trecco Bay every day from 25 May to 8 September."),
    ("Why is the Maesteg Town Hall refurbishment running late?",
     BRIDGEND, "because asbestos had been found in the roof space and under the stage floor"),
    ("Will the refurbished Maesteg Town Hall have a lift?",
     BRIDGEND, "a lift to all three floors was part of the refurbishment"),
    # Pendle
    ("What did the inspection of Pendle's playgrounds find?",
     PENDLE, "An independent inspection in June 2024 rated 11 of them as poor, because of worn safety surfacing and equipment near the end of its life."),
    ("Who is taking on the café in Colne Market Hall, and at what rent?",
     PENDLE, "to let the vacant café unit in Colne Market Hall to Boulsworth Bakehouse Ltd for five years at a rent of £9,500 a year"),
    ("What did Pendle's Leader say when asked about bringing in food waste collections?",
     PENDLE, "the Council was waiting to hear how much government funding it would receive for the lorries and caddies before it could set a start date"),
    # Barnsley
    ("How many homes in Barnsley have been empty for more than two years?",
     BARNSLEY, "of which 486 had been empty for more than two years"),
    ("What help can a Barnsley owner get if they let an empty house through the council's lettings agency?",
     BARNSLEY, "will be offered a grant of up to £10,000 towards repairs"),
    ("How many people signed the petition for a crossing near Darfield Primary School?",
     BARNSLEY, "A petition signed by 612 residents"),
    # Rugby
    ("Which parts of Rugby are getting the first street chargers for electric cars?",
     RUGBY, "will be installed in the New Bilton, Benn and Brownsover areas, where the fewest homes have driveways"),
    ("Who is paying for Rugby's on-street chargers?",
     RUGBY, "The capital cost of £486,000 will be met by a government grant for local electric vehicle infrastructure, with no cost to the council."),
    ("Who will build the new toilets in Caldecott Park?",
     RUGBY, "to be built by Avon Dale Construction Ltd"),
    # Swale
    ("What will it cost to park for two hours in Faversham from next April?",
     SWALE, "for two hours from £2.60 to £3.00"),
    ("Why has Swale been taking less money from its car parks?",
     SWALE, "because fewer people were parking for a whole day since more office staff began working from home"),
    ("Did Faversham Town Council back the higher parking charges?",
     SWALE, "Faversham Town Council objected to the rise in Faversham, saying that it would drive visitors to Canterbury."),
    # Dudley
    ("What will Dudley fine people for fly-tipping from November?",
     DUDLEY, "That the fixed penalty for fly-tipping be set at £600 from 1 November 2024."),
    ("Where in Dudley borough is fly-tipping worst?",
     DUDLEY, "The highest number of fly-tips was in Brierley Hill, with 1,320 in the year"),
    ("How will Dudley pay for its new fly-tipping enforcement officers?",
     DUDLEY, "paid for by the income from fixed penalties"),
    # Rother
    ("Who moved the Bexhill play area refurbishment at Rother's Cabinet, and what was the vote?",
     ROTHER, "Councillor Hemsley proposed and Councillor Duvall seconded the recommendation. On being put to the vote it was carried by 5 votes to 1."),
    ("Who is taking over the public toilets at Battle Abbey Green?",
     ROTHER, "Battle Town Council had agreed to take over the toilets"),
    ("How much of the money for the Egerton Park and Sidley play areas comes from developers?",
     ROTHER, "£190,000 would be paid from developer contributions"),
    # Herefordshire
    ("How many homes in Leominster got planning permission thanks to the Luston wetland?",
     HEREFORD, "phosphate credits from the Luston wetland had allowed planning permission for 64 homes in Leominster"),
    ("What does a housebuilder pay Herefordshire for a phosphate credit?",
     HEREFORD, "410 credits had been sold so far at £25,000 each for a typical home"),
    ("Whose job is it to monitor the River Wye, according to the Cabinet Member?",
     HEREFORD, "river monitoring was the responsibility of the Environment Agency and Natural England"),
    # City of London
    ("How are the young trees in Epping Forest being protected from deer?",
     CITY, "the planting areas had been fenced with deer fencing two metres high, which would be kept for at least ten years"),
    ("Why is the car park at High Beach shut at night?",
     CITY, "after repeated reports of car meets and littering"),
    ("What kind of cattle will be grazing Chingford Plain?",
     CITY, "a herd of twelve English Longhorn cattle would graze the plain from August"),
]

CROSS = [
    ("What are Fareham and Rugby each doing about charging points for electric cars?", [
        (FAREHAM, "fast chargers would be installed across eight council car parks"),
        (RUGBY, "This report proposes a first phase of charging points on residential streets.")]),
    ("Compare Hyndburn and Barnsley on getting empty homes lived in again.", [
        (HYNDBURN, "58 empty homes had been brought back into use with help from the Council"),
        (BARNSLEY, "The strategy aims to bring 150 empty homes back into use each year.")]),
    ("How are Gedling and Dudley each tackling fly-tipping?", [
        (GEDLING, "The council would buy six more mobile cameras, bringing its total to fourteen"),
        (DUDLEY, "Twenty covert cameras will be bought and moved between hotspots.")]),
    ("What are Herefordshire and Breckland doing about phosphate pollution in rivers holding up new housing?", [
        (HEREFORD, "The council had built two wetlands, at Luston and at Tarrington, which cleaned treated water from sewage works before it reached the river."),
        (BRECKLAND, "The applicant had bought nutrient credits from the Norfolk nutrient mitigation scheme")]),
    ("Which councils are paying to refurbish children's play areas?", [
        (DACORUM, "Nine play areas would be rebuilt over two years"),
        (PENDLE, "That the Executive approves the refurbishment of the four play areas listed in paragraph 4.2 at a total cost of £362,000."),
        (ROTHER, "The works would cost £295,000 in total")]),
    ("Which councils are bringing in new or higher car parking charges?", [
        (LICHFIELD, "The charge for up to two hours would rise from £2.20 to £2.50"),
        (SWALE, "The charge for one hour in Faversham town centre car parks would rise from £1.40 to £1.60"),
        (BORDERS, "AGREED that a charge of £1 for up to four hours be introduced at the car park from 1 April 2025")]),
    ("Which councils have been planting trees, and how many?", [
        (GLOS, "14,600 trees had been planted on highway verges and council land across the county"),
        (MERTON, "This winter 1,150 new street trees had been planted"),
        (BURY, "Cabinet approved a first programme to plant 9,000 trees this winter"),
        (CITY, "During the past winter 3,400 native trees, mostly oak, hornbeam and wild cherry, had been planted")]),
    ("Which councils have reported on the rising cost of school transport for children with special needs?", [
        (HERTS, "The cost of transport for children with special educational needs had risen to £61 million a year"),
        (TORBAY, "the budget for special needs school transport was £7.9 million, up from £5.6 million two years ago")]),
]

# one per document, in content.py's order; kinds in README.md
NEAR_MISSES = [
    "How many councillors voted for the café and bar at 14 Pier Road in Littlehampton?",
    "When are the toilets by the paddling pool in Gadebridge Park going to reopen?",
    "What did Gedling's review of the lighting and CCTV in Carlton Square car park find?",
    "Which company is going to run the cinema on Lichfield's Birmingham Road site?",
    "When will the A4173 at Upton St Leonards be open again?",
    "What was the vote on letting the Torre Abbey gardens café to Redcliffe Kitchen?",
    "What did Hertfordshire's independent review of SEND transport route planning recommend?",
    "How much did Merton spend on this winter's street tree planting?",
    "When will Cheshire West's new bin lorries arrive at the Winsford depot?",
    "What did Bury's ash dieback survey of its woodlands show?",
    "How many councillors voted to refuse the Norwich Road homes in Watton?",
    "How much per kWh will drivers pay at Fareham's new car park chargers?",
    "When is the footbridge over the canal at Church going to be repaired?",
    "What did the survey of Pannier Market shoppers in Tiverton show about where they come from?",
    "How did councillors vote on handing Kelso Town Hall over to the trust?",
    "How much does Bridgend pay for the beach lifeguard service?",
    "How much will the new play area at Ball Grove Park in Colne cost?",
    "Will Barnsley put a lollipop person outside Darfield Primary School while the crossing is decided?",
    "What did residents say in Rugby's consultation on where the second phase of street chargers should go?",
    "How much will the new card-taking pay machines in Swale's car parks cost?",
    "How many fly-tipping prosecutions have the cameras produced in Brierley Hill?",
    "When will the potholed Rye Salts car park be resurfaced?",
    "What did the ecological survey of the Kingsland wetland site in Herefordshire find?",
    "How many volunteers helped plant the new trees in Epping Forest?",
]

ORDINARY = [
    "What has Swansea Council decided about the seafront at Mumbles?",
    "When does the Christmas market in Carlisle open this year?",
    "Which councils have raised the fines for dog fouling?",
    "Which councils are bringing in licensing for houses in multiple occupation?",
    "Has any council agreed to build a new skate park?",
    "What did Ipswich Borough Council agree about the waterfront?",
    "Which councils are paying for public defibrillators?",
    "How much is Blackpool spending on the illuminations this year?",
]


def questions() -> list[dict]:
    out = [{"id": f"r{i:02d}", "question": q, "gold": [{"doc": d, "quote": quote}]}
           for i, (q, d, quote) in enumerate(ANSWERABLE, 1)]
    out += [{"id": f"x{i:02d}", "question": q, "gold": [{"doc": d, "quote": quote} for d, quote in golds]}
            for i, (q, golds) in enumerate(CROSS, 1)]
    out += [{"id": f"u{i:02d}", "question": q, "gold": []} for i, q in enumerate(NEAR_MISSES, 1)]
    out += [{"id": f"n{i:02d}", "question": q, "gold": []} for i, q in enumerate(ORDINARY, 1)]
    return out


def main() -> None:
    qs = questions()
    assert len(ANSWERABLE) == 72 and len(CROSS) == 8 and len(NEAR_MISSES) == 24 and len(ORDINARY) == 8
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for q in qs:
            handle.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"wrote {len(qs)} questions")


if __name__ == "__main__":
    main()
