"""Write bench/heldout51/questions.jsonl: 112 questions over the 24 documents of content.py.

    python bench/heldout51/write_questions.py

r01-r72 answerable (three per document, in the Documents table's order), x01-x08 across councils
(one gold quote per relevant document), u01-u24 near misses (one per document, kinds a-d, see
README.md), n01-n08 ordinary unanswerable. Gold quotes are exact text of their documents; check
them with check_gold.py.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHE = "ieListDocuments_CId128_MId4471_Chelmsford_Cabinet"
GOS = "ieListDocuments_CId142_MId3305_Gosport_PolicyOrganisation"
MAI = "ieListDocuments_CId135_MId5902_Maidstone_Planning"
ROS = "ieListDocuments_CId121_MId2718_Rossendale_Cabinet"
LEI = "ieListDocuments_CId135_MId7320_Leicestershire_Cabinet"
VAL = "ieListDocuments_CId507_MId3381_Vale_Cabinet"
HER = "mgAi_ID61942_Hertfordshire_HighwaysPanel"
THA = "mgAi_ID28710_Thanet_OSPanel_Seafront"
ESS = "ieDecisionDetails_ID8812_Essex_SchoolTransport"
TRV = "ieDecisionDetails_ID1147_ThreeRivers_EVCharging"
HAV = "Havant_Cabinet_Minutes_2024-02-14"
EDE = "EDDC_Cabinet_Minutes_2023-06-07"
EPP = "EFDC_Cabinet_Minutes_2024-10-14"
FOD = "FoDDC_Cabinet_Minutes_2023-03-09"
WLI = "WLDC_CPR_Committee_Minutes_2024-09-26"
NPT = "NPT_Cabinet_Minutes_2025-01-22"
SUF = "Suffolk_Cabinet_Pack_2024-03-12"
UTT = "Uttlesford_Cabinet_Pack_2023-10-19"
KLW = "BCKLWN_Cabinet_Pack_2024-09-03"
SHA = "SHDC_Executive_Report_Coastal_Toilets"
HIN = "HBBC_Executive_Report_Market_Relocation"
NDE = "NDC_Strategy_Resources_Minutes_2024-02-05"
WEA = "Wealden_Cabinet_Minutes_2023-07-12"
WMC = "WMCA_Board_Minutes_2025-05-16"

ANSWERABLE = [
    # Chelmsford
    ("Why did Chelmsford cut the Saturday opening hours at the museum in Oaklands Park?", CHE,
     "visitor counts before noon on Saturdays had averaged eleven people over the previous summer"),
    ("Who is making the steelwork for the new footbridge at Chelmer Waterside, and what is it costing?", CHE,
     "the steel fabrication contract had been let to Brennan Marsh Engineering for £2.3 million"),
    ("Is Chelmsford paying for the Chelmer Waterside bridge out of its own capital budget?", CHE,
     "The bridge will be funded from the Housing Infrastructure Fund grant, with no call on the council's own capital programme."),
    # Gosport
    ("Who won the bid to run the café at the Alver Valley Country Park in Gosport?", GOS,
     "the highest scoring bid came from Seahorse Kitchens Ltd"),
    ("Will the Alver Valley café stay open over the winter?", GOS,
     "the tenant had committed to opening every day from March to October and at weekends for the rest of the year"),
    ("How many of the desks in Gosport Town Hall are actually being used?", GOS,
     "on average only 38 per cent of desks on the third to sixth floors were in use"),
    # Maidstone
    ("Who proposed approving the new houses off Heath Road in Coxheath, and who backed the motion?", MAI,
     "Councillor Fenella Roakes moved and Councillor Ajay Bhattar seconded that permission be granted as recommended."),
    ("Why did Maidstone's planning committee turn down the conversion of the Old Forge in Loose?", MAI,
     "that the application be refused because of the harm to the conservation area"),
    ("What was Coxheath Parish Council's objection to the 64 homes?", MAI,
     "which objected because the village primary school was already full"),
    # Rossendale
    ("Where are children going for swimming lessons while the Haslingden pool is shut?", ROS,
     "swimming lessons had been moved to Marl Pits pool in Rawtenstall, with a free minibus for primary schools"),
    ("Will I have to pay to use the toilets at Rawtenstall bus station?", ROS,
     "a 20p charge be introduced at Rawtenstall bus station"),
    ("How many Bacup shop fronts have been done up with heritage money?", ROS,
     "17 shop fronts on Market Street and Yorkshire Street had been restored with grants of up to £25,000 each"),
    # Leicestershire
    ("Which firm is building the northern and eastern part of the Melton Mowbray relief road?", LEI,
     "the preferred bidder was Hallbrook Civils Ltd with a price of £61.7 million"),
    ("How much traffic is the Melton distributor road expected to take out of the town?", LEI,
     "the road would take about 4,000 vehicles a day out of the town centre"),
    ("How many potholes has Leicestershire County Council fixed this year?", LEI,
     "31,200 potholes had been repaired in the year to October 2023"),
    # Vale of White Horse
    ("Who is relining the Abbey Meadow pool in Abingdon, and for how much?", VAL,
     "the replacement would be carried out by Tidewell Pools Ltd for £348,000"),
    ("When does the outdoor pool in Abingdon open this season, and why is it late?", VAL,
     "The pool would open on 24 May 2025, two weeks later than usual, so that the new membrane could cure."),
    ("How many homes in Wootton and Botley were offered help to flood proof their houses?", VAL,
     "property flood resilience grants of up to £7,500 had been offered to 52 households in Wootton and Botley"),
    # Hertfordshire
    ("Which council-subsidised bus in Hertfordshire is the busiest?", HER,
     "route 390 between Stevenage and Hertford carried 1,240 passengers a week, the highest of any supported route"),
    ("Who is paying to keep the evening buses running between Harlow and Hatfield?", HER,
     "the University of Hertfordshire had agreed to pay £85,000 a year towards them"),
    ("What happened to the attempt to save the Royston 16 bus until March 2025?", HER,
     "this was seconded by Councillor Ashcombe and lost on the Chairman's casting vote"),
    # Thanet
    ("How much will it cost to rent a beach hut at Minnis Bay for a year?", THA,
     "taking an annual licence for a standard hut at Minnis Bay to £1,187"),
    ("How long do you have to wait for a beach hut at Joss Bay?", THA,
     "the average wait for a hut at Joss Bay was more than seven years"),
    ("Who pays for the beach inspectors at Viking Bay in Broadstairs?", THA,
     "whose cost of £96,000 a year was met from car parking income"),
    # Essex
    ("Which company got the biggest share of the special needs school transport routes in Essex?", ESS,
     "58 routes in Braintree and Uttlesford, goes to Colne Valley Minicoaches Ltd"),
    ("Why doesn't Essex just run the SEND school routes with its own vehicles?", ESS,
     "Running the routes with the council's own fleet was rejected because the council owns only 19 accessible vehicles."),
    ("How long do the new Essex SEND transport contracts last?", ESS,
     "for three years from 2 September 2024"),
    # Three Rivers
    ("Who is going to put in the car park charging points in Three Rivers?", TRV,
     "28 charge points be installed by Chargewell Networks Ltd under a fifteen year concession"),
    ("What did the Three Rivers survey find about people buying electric cars?", TRV,
     "61 per cent of respondents without a driveway would consider buying an electric car if they could charge within a short walk of home"),
    ("Who proposed and seconded the Three Rivers charge point decision?", TRV,
     "Councillor Marcus Delahaye proposed the recommendation and Councillor Harriet Ingleby seconded it."),
    # Havant
    ("How much of the beach at Eastoke was washed away over the winter?", HAV,
     "the shingle beach in front of Eastoke had lost about 30,000 cubic metres over the winter storms"),
    ("Who is knocking down the old leisure centre in Havant?", HAV,
     "the demolition contract had been let to Portsdown Demolition Ltd"),
    ("Has the Waterlooville market lost traders?", HAV,
     "the Friday market in Waterlooville precinct had 22 regular traders in January 2024, compared with 31 a year earlier"),
    # East Devon
    ("How much is a council beach hut in Exmouth going to cost for 2024?", EDE,
     "The annual fee for a council hut at Exmouth would rise from £960 to £1,010"),
    ("How did the East Devon cabinet vote on leasing the Seaton Jurassic building at a peppercorn rent?", EDE,
     "This was carried with six votes for and two against."),
    ("Who wants to take on the ground floor of Seaton Jurassic?", EDE,
     "a community trust, Seaton Wetlands Friends, had asked to take a lease of the ground floor"),
    # Epping Forest
    ("Who is the builder on the new Epping leisure centre?", EPP,
     "The main contractor, Forrester Grange Construction, started on site in May 2024."),
    ("Why has Waltham Abbey swimming pool been closed?", EPP,
     "an inspection found corroded steel purlins above the main pool"),
    ("How is Epping Forest paying for the next 51 council homes?", EPP,
     "with £4.2 million from Homes England grant and the rest from the Housing Revenue Account"),
    # Forest of Dean
    ("Which public toilet in the Forest of Dean gets the most use?", FOD,
     "the block at the Coleford bus station was used by more than 900"),
    ("Is Coleford getting a Changing Places toilet, and who is paying for it?", FOD,
     "a Changing Places facility would be included in the Coleford refurbishment, funded by a government grant of £30,000"),
    ("Which businesses have bought land at the Cinderford Northern Quarter?", FOD,
     "two plots had been sold to Dean Heritage Bakeries and Hartpury Forge Engineering"),
    # West Lindsey
    ("What did the Gainsborough market review find about the number of shoppers?", WLI,
     "footfall in the Market Place had fallen by 11 per cent since 2019"),
    ("Did the market traders support moving the Saturday market to Church Street?", WLI,
     "19 of the 31 regular traders had returned the questionnaire and that most supported the move"),
    ("What was the vote on the Gainsborough market changes?", WLI,
     "the motion was carried, with 6 votes for and 1 abstention"),
    # Neath Port Talbot
    ("How much would it cost to put Pontardawe pool right?", NPT,
     "needs an estimated £2.9 million of work to its plant and roof"),
    ("Is Pontardawe pool closing while its future is looked at?", NPT,
     "The Head of Service said it would, with its opening hours unchanged."),
    ("Who is taking the stables at Margam Country Park, and for what rent?", NPT,
     "to Tir Morgannwg Events Ltd for weddings and conferences, for a term of 15 years at a rent of £32,000 a year rising with inflation"),
    # Suffolk
    ("When will the A1120 at Stowupland be resurfaced?", SUF,
     "would be resurfaced in the summer school holidays"),
    ("How much does a special needs school taxi cost Suffolk per day now?", SUF,
     "The average daily cost of a taxi route for a child with special educational needs is now £118, compared with £82 three years ago."),
    ("How much might sixth formers in Suffolk have to pay for school transport?", SUF,
     "charging £750 a year for post 16 transport for students who are not from low income families"),
    # Uttlesford
    ("Why were bin collections in Thaxted missed in August?", UTT,
     "two of the four refuse lorries had been off the road at the same time because of gearbox faults"),
    ("What's wrong with the unit where Saffron Walden Museum keeps its stored collections?", UTT,
     "found relative humidity above 70 per cent on 93 days of the year"),
    ("How much will it cost to turn the old depot into the museum store?", UTT,
     "approves capital spending of £735,000 to convert the former depot into a collections store"),
    # King's Lynn and West Norfolk
    ("Who is paying for the new railings on Hunstanton's sea wall?", KLW,
     "the cost of £220,000 would be met from the borough's coastal reserve"),
    ("What did King's Lynn market traders want changed about Tuesday market hours?", KLW,
     "71 per cent of traders wanted the Tuesday market to finish at 4 pm rather than 3 pm"),
    ("Which company is supplying the gazebos for the King's Lynn markets?", KLW,
     "A contract for new gazebos and power bollards has been offered to Fenland Market Supplies Ltd at a cost of £96,500"),
    # South Hams
    ("Who will be cleaning South Hams' public toilets from 2025?", SHA,
     "awards the toilet cleaning contract for 2025 to 2030 to Kingsbridge Facilities Services Ltd"),
    ("How much money do South Hams' pay toilets bring in?", SHA,
     "Income from charges was £118,000 in 2023/24."),
    ("Is the toilet at Mayor's Avenue in Dartmouth being refurbished?", SHA,
     "Dartmouth Mayor's Avenue was refurbished in 2023 and is not included."),
    # Hinckley and Bosworth
    ("How did the Castle Street trial market in Hinckley go?", HIN,
     "the footfall counter outside the Crescent recorded 18 per cent more visitors than on the same days in 2022"),
    ("What will a stall on Hinckley's Saturday market cost?", HIN,
     "Pitch fees will stay at £22 a day on Mondays and £28 on Saturdays for the first year."),
    ("Who is supplying the new market stalls in Hinckley?", HIN,
     "The stalls will be supplied by Brookmead Stall Systems Ltd"),
    # North Devon
    ("How much are North Devon cafés and pubs paid to let people use their toilets?", NDE,
     "would be paid £600 a year each to let the public use their toilets without buying anything"),
    ("Are the toilets on Caen Street car park in Braunton closing?", NDE,
     "they would stay open, and that Braunton Parish Council had agreed to pay for a daily extra clean in summer"),
    ("How often will Ilfracombe harbour be dredged from now on?", NDE,
     "the harbour would now be dredged every two years instead of every three"),
    # Wealden
    ("Who will build the changing pavilion at Western Road recreation ground in Hailsham?", WEA,
     "to be built by Cuckmere Timber Structures"),
    ("Why was the grant for the Uckfield Civic Centre roof put off?", WEA,
     "was deferred until the town council had confirmed its own contribution"),
    ("Why isn't all the Ashdown Forest money being spent on more wardens?", WEA,
     "the remaining money had to last in perpetuity under the agreement with Natural England"),
    # West Midlands Combined Authority
    ("How many people used the Sprint buses in their first year?", WMC,
     "carried 2.6 million passengers in its first full year"),
    ("Who is going to build the homes on the old Holloway Tube works site in Wednesbury?", WMC,
     "to allow 420 homes to be built by Tipton Gate Developments Ltd"),
    ("How long will the £2 bus fare last in the West Midlands?", WMC,
     "the £2 single fare would continue until December 2025"),
]

ACROSS = [
    ("What have Gosport and Havant done to protect homes from the sea?", [
        (GOS, "the rock revetment west of the sailing club had been completed in August, protecting 140 homes and the Stokes Bay Road from overtopping"),
        (HAV, "An emergency recharge of 25,000 cubic metres of shingle would take place in March 2024 at a cost of £1.4 million, met by the Environment Agency.")]),
    ("What is happening to the cost of school transport for children with special needs in Essex, Suffolk and Leicestershire?", [
        (ESS, "Spending on home to school transport for pupils with special educational needs rose from £41 million in 2021/22 to £58 million in 2023/24."),
        (SUF, "The forecast outturn is £49.8 million, an overspend of £8.5 million."),
        (LEI, "Home to school transport for pupils with special educational needs was forecast to cost £38.2 million, £5.1 million more than budgeted")]),
    ("Are Chelmsford and Maidstone putting their car parking charges up?", [
        (CHE, "the hourly charge at High Chelmer multi-storey will rise from £1.60 to £1.80"),
        (MAI, "the increase in car park charges at Lockmeadow, from £1.40 to £1.60 an hour, had been approved by the Cabinet")]),
    ("What will beach huts cost in Thanet and East Devon?", [
        (THA, "Beach hut licences at Minnis Bay, Westbrook and Joss Bay would rise by 6 per cent"),
        (EDE, "The annual fee for a council hut at Exmouth would rise from £960 to £1,010, and the daily hire of a hut at Seaton would stay at £25.")]),
    ("Which councils are putting electric car charging points into their car parks?", [
        (CHE, "a further 20 charging points be installed at Coval Lane and Townfield Street car parks during 2024/25"),
        (VAL, "Sixteen charging points will be installed in Portway car park, Wantage, and ten in Southampton Street car park, Faringdon"),
        (TRV, "The locations are Talbot Road car park, Rickmansworth (10), Causeway House car park, Abbots Langley (6), Chorleywood Common car park (6) and Oxhey Drive car park, South Oxhey (6)."),
        (EDE, "the car park now had eight electric vehicle charging points")]),
    ("Which councils have been making decisions about their public toilets?", [
        (ROS, "The Cabinet considered proposals for the public toilets at Rawtenstall bus station and St James Square, Bacup."),
        (FOD, "introduced the public toilet strategy, which covers the council's eleven public toilet blocks"),
        (NDE, "The Committee considered a report by the Head of Environmental Enhancement on the council's 34 public toilets."),
        (SHA, "The council runs 29 public toilets, 17 of them in coastal villages and towns.")]),
    ("Which councils have swimming pools that are closed or need expensive repairs?", [
        (ROS, "had been closed since a roof leak in February 2024"),
        (VAL, "the pool tank membrane had failed in several places"),
        (EPP, "The pool was closed from 2 September 2024 and is expected to reopen by mid December 2024."),
        (NPT, "needs an estimated £2.9 million of work to its plant and roof")]),
    ("Which councils have reported how many traders or stalls their markets get?", [
        (HAV, "the Friday market in Waterlooville precinct had 22 regular traders in January 2024"),
        (WLI, "the Tuesday market had an average of 14 stalls, the Saturday market 26 stalls"),
        (KLW, "In 2023/24 the Tuesday market had an average of 42 stalls and the Friday market 29 stalls."),
        (HIN, "The Monday market averaged 23 traders and the Saturday market 31 traders in the first half of 2023")]),
]

NEAR_MISSES = [
    "When will the Chelmsford Museum go back to longer opening hours on Saturdays?",          # a
    "How many councillors voted for the Alver Valley café lease in Gosport?",                # b
    "What was the vote on the extension to the café at Mote Park in Maidstone?",             # c
    "What did the structural survey of the roof at Haslingden Sports Centre find?",          # d
    "Is Leicestershire going to dip into its reserves to cover this year's overspend?",      # a
    "What share of the charging income will VoltaWay UK pay the Vale council?",              # b
    "How many passengers a week use the 724 bus between Harlow and Hatfield?",               # c
    "What did Thanet's beach hut owners say in the consultation on the hut transfer policy?",  # d
    "Are the new SEND transport contracts going to bring down what Essex spends on school transport?",  # a
    "How much will Chargewell pay Three Rivers each year to use the car parks?",             # b
    "How many homes does the new flood wall at Langstone protect?",                          # c
    "What state did the survey find East Devon's beach huts in at Jacob's Ladder?",          # d
    "When is the new leisure centre in Epping opening?",                                     # a
    "How much does the Forest of Dean spend each year on cleaning its public toilets?",      # b
    "How many stalls does Caistor market usually have?",                                     # c
    "Did the feasibility study recommend repairing Pontardawe pool or building a new one?",  # d
    "How much will Suffolk save by charging for post 16 school transport?",                  # a
    "How much rent does Uttlesford pay for the museum store at Shire Hill?",                 # b
    "How many stalls are there on the Saturday market in King's Lynn?",                      # c
    "What did South Hams' review of toilet charges decide?",                                 # d
    "Is Hinckley's Thursday farmers' market moving to Castle Street as well?",               # a
    "Which contractor is doing the repairs to the Pannier Market roof in Barnstaple?",       # b
    "What was the vote on the grant for the Hailsham changing pavilion?",                    # c
    "What did the audit of the West Midlands bus franchising plans say about the cost?",     # d
]

ORDINARY = [
    "What did Bristol City Council decide about extending its clean air zone?",
    "Has Cornwall Council agreed to build a new park and ride at Truro?",
    "How much will a residents' parking permit cost in Cambridge from April?",
    "What has Brighton and Hove City Council agreed about the seafront arches?",
    "How much are allotment rents going up by?",
    "Is the council opening a new cemetery or burial ground?",
    "What will the fine be for dog fouling under the new public spaces protection order?",
    "How many fixed penalty notices were handed out for fly tipping last year?",
]


def questions() -> list[dict]:
    out = []
    for i, (question, document, quote) in enumerate(ANSWERABLE, 1):
        out.append({"id": f"r{i:02d}", "question": question, "gold": [{"doc": document, "quote": quote}]})
    for i, (question, golds) in enumerate(ACROSS, 1):
        out.append({"id": f"x{i:02d}", "question": question, "gold": [{"doc": d, "quote": q} for d, q in golds]})
    for i, question in enumerate(NEAR_MISSES, 1):
        out.append({"id": f"u{i:02d}", "question": question, "gold": []})
    for i, question in enumerate(ORDINARY, 1):
        out.append({"id": f"n{i:02d}", "question": question, "gold": []})
    return out


def main() -> int:
    rows = questions()
    assert len(rows) == 112, len(rows)
    assert len(ANSWERABLE) == 72 and len(NEAR_MISSES) == 24
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} questions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
