"""Write bench/heldout49/questions.jsonl: 112 questions over the 24 documents of content.py.

    python bench/heldout49/write_questions.py

r01-r72 answerable (three per document, in content.py's order), x01-x08 across councils, u01-u24
near misses (one per document, kinds a-d, see README.md), n01-n08 ordinary unanswerable. Gold quotes
are exact text of the documents; check_gold.py finds each in its document.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

CAM = "ieListDocuments_CId1290_MId2215_Cambridgeshire_Highways"
STE = "ieListDocuments_CId147_MId3881_Stevenage_Executive"
LAN = "ieListDocuments_CId297_MId6120_Lancaster_Cabinet"
CRA = "ieListDocuments_CId132_MId4470_Crawley_Cabinet"
DAR = "ieListDocuments_CId140_MId5561_Darlington_Planning"
HAS = "ieListDocuments_CId119_MId4302_Hastings_Cabinet"
TEI = "mgAi_ID51877_Teignbridge_Scrutiny"
FOL = "mgAi_ID33409_FolkestoneHythe_OSC"
WOR = "ieDecisionDetails_ID5128_Worcestershire_Bus"
BAT = "ieDecisionDetails_ID9952_BathNES_Cabinet_RPZ"
LIN = "LCC_Executive_Minutes_04062024"
FEN = "Fenland_Cabinet_Minutes_18-09-23"
COL = "Colchester_ESP_Minutes_14Nov2024"
STR = "SDC_Environment_Committee_2023-06-22"
MEL = "Melton_Cabinet_Minutes_15_01_2025"
CAN = "CCDC_Cabinet_Minutes_20July2023"
BAS = "BDBC_Cabinet_Pack_2024-10-08"
NNO = "NNDC_Cabinet_Agenda_Pack_02-06-2025"
SYM = "SYMCA_Board_Pack_2024-03-18"
HPK = "HPBC_Executive_Report_Car_Parking_Strategy"
WYC = "Wychavon_Executive_Board_EV_Charging_Report"
SHO = "SHDC_Cabinet_Minutes_2024-04-16"
NSD = "NSDC_Cabinet_Minutes_05_November_2024"
POW = "Powys_Cabinet_Minutes_2023-02-28"

ANSWERABLE = [
    # Cambridgeshire
    ("How fast were drivers actually going on the B1049 near Histon when the county measured it?", CAM,
     "a speed survey carried out over seven days in November 2023 had recorded a mean speed of 38mph and an 85th percentile speed of 44mph northbound"),
    ("Which firm is going to put in and run Cambridgeshire's on-street car chargers, and does the county pay for them?", CAM,
     "The concession will be awarded to Voltbridge Networks Ltd, which will supply, install and operate the chargers for eight years at no capital cost to the Council."),
    ("Who put forward the amendment to switch money from surface dressing to market town pavements, and how did the vote go?", CAM,
     "Councillor Corrigall moved an amendment, seconded by Councillor Treloar, to move £400,000 from surface dressing to footway reconstruction in market towns. The amendment was lost by 5 votes to 8."),
    # Stevenage
    ("How many visits did the Fairlands Valley sailing centre get last year?", STE,
     "6,300 visits had been recorded in 2023, of which just under half were pupils from Stevenage primary schools on the taster programme"),
    ("Will cabbies get cheaper electricity at the new rapid chargers in the St George's Way car park?", STE,
     "licensed Stevenage hackney carriage and private hire drivers would pay 10p per kilowatt hour less than the public tariff for the first three years"),
    ("How much has the garage refurbishment cut the number of empty council garages in Stevenage?", STE,
     "the void rate had fallen from 31 per cent to 14 per cent"),
    # Lancaster
    ("Why is Lancaster putting its parking charges up?", LAN,
     "Income from the Council's pay and display car parks had fallen by 6 per cent since 2019/20, while the cost of enforcement, machine maintenance and card fees had risen by 22 per cent."),
    ("Why aren't the solar panels going on the roof of Salt Ayre Leisure Centre instead of over the car park?", LAN,
     "a structural assessment had found the sports hall roof could not take the extra load without steel strengthening that would cost more than the canopy itself"),
    ("What will the money made from the Williamson Park events be spent on?", LAN,
     "Cabinet agreed that the surplus be ring-fenced for repairs to the Butterfly House."),
    # Crawley
    ("Why has the diving pool at K2 Crawley been shut?", CRA,
     "water had been found coming through the roof above the diving boards and the pool had been closed as a precaution"),
    ("How much does Crawley expect to save a year on each home it buys for temporary accommodation?", CRA,
     "each purchased home would save around £19,000 a year"),
    ("Where will the homes Crawley buys for homeless families be?", CRA,
     "all 40 would be within the borough, mostly two bedroom flats in Broadfield, Bewbush and Southgate"),
    # Darlington
    ("Will neighbours in Feethams be kept awake by the heat pumps at the Dolphin Centre?", DAR,
     "A noise assessment had shown levels at the nearest flats in Feethams would be below the background level at night."),
    ("Who proposed turning down the Snipe Lane housing scheme at Hurworth Moor, and what was the vote?", DAR,
     "Councillor Ashbourne moved refusal on the grounds of harm to the character of the countryside, seconded by Councillor Gideon Tancred. On a vote, the motion to refuse was carried by 7 votes to 4."),
    ("What happened to the car wash plan for the old garage on Yarm Road?", DAR,
     "The application was withdrawn by the applicant before the meeting."),
    # Hastings
    ("What state were the Rock-a-Nore beach huts found to be in?", HAS,
     "A survey by the Council's building surveyors in July 2023 found that 19 of the huts at Rock-a-Nore needed new floors and that 7 had roofs beyond repair."),
    ("How many people are waiting for a beach hut in Hastings?", HAS,
     "there were 212 names on the waiting list, and that a hut typically became free about once every two years"),
    ("Is the dam wall at the Alexandra Park reservoir safe?", HAS,
     "the reservoir panel engineer had inspected it and found it in satisfactory condition, with minor repointing to be carried out next year"),
    # Teignbridge
    ("How much is Teignbridge hoping to make from charging at the Den toilets in Teignmouth?", TEI,
     "The charge at the Den was expected to raise £38,000 a year after the cost of the payment units."),
    ("Why is Dawlish Lawn being left out of the toilet charging plan?", TEI,
     "Dawlish Lawn was not part of the charging proposal because the block would be rebuilt as part of the Dawlish seafront works"),
    ("Has Bovey Tracey said it will take over its toilets, and on what terms?", TEI,
     "Bovey Tracey Town Council had already written to say it was willing to take the Mary Street block, provided the Council carried out roof repairs first"),
    # Folkestone and Hythe
    ("How long is the queue for a beach hut in Hythe?", FOL,
     "the waiting list for Hythe stood at 340 names, and occupancy had been 100 per cent for the last three seasons"),
    ("Will the Princes Parade beach huts have to go because of the sea defence works?", FOL,
     "the 22 huts there would be moved for one season only, in 2026, and placed back on new timber platforms"),
    ("How much does it cost to rent a chalet at Sandgate?", FOL,
     "a standard Hythe hut licence was £1,120 a year for 2025/26, and the Sandgate chalets £1,480"),
    # Worcestershire
    ("Which bus company won the contracts for the 294, 297, 308 and 309 routes in Worcestershire?", WOR,
     "awarded the contracts for routes 294, 297, 308 and 309 to Severn Vale Coaches Ltd for four years;"),
    ("How is Worcestershire paying for the higher cost of the new bus contracts?", WOR,
     "the difference will be met from the Bus Service Improvement Plan grant in 2024/25"),
    ("Why was the Sunday bus on route 362 cut?", WOR,
     "the Sunday service on route 362 be withdrawn, as no bid within the budget was received"),
    # Bath and North East Somerset
    ("What hours will the Larkhall residents' parking zone run?", BAT,
     "to operate from 9am to 8pm Monday to Saturday"),
    ("How much will a second parking permit cost a Larkhall household?", BAT,
     "The first permit for each household will cost £140 a year, with a second permit at £230"),
    ("Why did Bath decide against a parking zone in Lyncombe?", BAT,
     "In Lyncombe only 41 per cent of the households that replied were in favour, and residents of Greenway Lane and Entry Hill objected to the loss of spaces for visitors."),
    # Lincolnshire
    ("How many trips did people make on CallConnect buses across Lincolnshire last year?", LIN,
     "the service had carried 212,000 passenger journeys in 2023/24"),
    ("Can people who don't have a smartphone still book CallConnect?", LIN,
     "about a third of bookings were still made by telephone and that this option would remain in the new contract"),
    ("Did booking slots at the Skegness and Louth tips cut the queues?", LIN,
     "Average queuing time on Saturdays had fallen from 26 minutes to 7 minutes, but 11 per cent of booked slots were not used."),
    # Fenland
    ("How many market traders has Fenland lost since 2019?", FEN,
     "The number of traders had fallen from 87 in 2019 to 61 in 2023"),
    ("Who built the new 24 High Street in Wisbech and did it come in on budget?", FEN,
     "by Marshwood Builders Ltd at a final cost of £1.36m, £54,000 under budget"),
    ("What does Fenland pay each year for sharing CCTV monitoring with Peterborough?", FEN,
     "at an annual cost to Fenland of £148,000"),
    # Colchester
    ("Did the trees Colchester planted in 2022/23 survive last summer's drought?", COL,
     "86 per cent of the trees planted in the winter of 2022/23 had survived the dry summer, after volunteers from the Colchester Tree Wardens watered them weekly"),
    ("Where is the money for Colchester's winter tree planting coming from?", COL,
     "the programme would cost £212,000, of which £150,000 came from the Forestry Commission's Local Authority Treescapes Fund and the rest from the Council's climate reserve"),
    ("Why isn't the Castle Park lake being dredged?", COL,
     "dredging had been costed at £260,000 in 2021 and was not affordable this year"),
    # Stroud
    ("How many ash trees in Stroud have to come down because of ash dieback?", STR,
     "The Council's inspectors had surveyed 2,300 ash trees on Council land and along the Stroud valleys, and classed 410 of them as needing to be felled within two years for public safety."),
    ("Will the felled ash trees in Stroud be replanted, and with what?", STR,
     "the strategy required three new trees for every tree felled, using a mix of field maple, small leaved lime and hornbeam"),
    ("Where was the worst air pollution reading in Stroud district?", STR,
     "The highest reading, 33 micrograms per cubic metre, was on the A419 at Dudbridge."),
    # Melton
    ("Why won't the Cattle Market car park in Melton get electric car chargers?", MEL,
     "the site's electricity supply could not support them without a new substation"),
    ("What does Melton get paid by the company running the car park chargers?", MEL,
     "they would be installed and operated by Chargewell UK Ltd, with the Council receiving a site fee of £450 per charging point per year"),
    ("Who moved and seconded the charging point recommendations at Melton's Cabinet, and was it unanimous?", MEL,
     "Councillor Hatherley moved the recommendations and Councillor Ridd seconded them. The recommendations were carried with four votes in favour and one against."),
    # Cannock Chase
    ("How much water is the Chase Leisure Centre pool leaking?", CAN,
     "the pool tank was losing about 12,000 litres of water a week"),
    ("Will the Chase Leisure Centre pool stay open while they look at replacing it?", CAN,
     "it would stay open and that the operator, Beecroft Leisure Trust, would continue to inspect the roof props every month"),
    ("How much will parking cost on the site of the old Church Street multi-storey in Cannock?", CAN,
     "That a temporary charge of £1 for up to four hours be applied to the site."),
    # Basingstoke and Deane
    ("How many families have been kept in B&Bs in Basingstoke longer than the law allows?", BAS,
     "23 families with children have been in bed and breakfast for longer than the six week legal limit"),
    ("What is the main reason people become homeless in Basingstoke and Deane?", BAS,
     "The largest single cause of homelessness in the borough is the end of a private tenancy, accounting for 44 per cent of cases in 2023/24."),
    ("Will the War Memorial Park bandstand be fixed in time for Remembrance?", BAS,
     "contractors had been appointed and that the repairs would be finished before the Remembrance service in November"),
    # North Norfolk
    ("What did North Norfolk's inspection of its beach huts find?", NNO,
     "They found that the 1960s concrete chalets at Cromer West Promenade are generally sound, but that 31 of the timber huts at Sheringham need new frames because of rot caused by spray and sand."),
    ("Which company is replacing the Sheringham beach huts, and for how much?", NNO,
     "The replacement of the 31 Sheringham huts will be carried out over two winters by Saltmarsh Joinery Ltd, which was the lowest of four tenderers, at a contract sum of £297,600."),
    ("When will the cliff path at Mundesley reopen after the landslip?", NNO,
     "the path would stay closed until at least the end of the summer while the cliff was monitored by drone each month"),
    # South Yorkshire
    ("How many people answered the South Yorkshire bus franchising consultation, and did they back it?", SYM,
     "received 7,412 responses. Of these, 83 per cent supported franchising"),
    ("How much more would franchising cost than sticking with an enhanced partnership?", SYM,
     "franchising would cost the Authority £79m more over the first ten years than an enhanced partnership"),
    ("Who checked the franchising assessment, and were they happy with it?", SYM,
     "The independent auditor, Pennine Assurance LLP, concluded that the assessment was prepared in line with the Department for Transport's guidance and that the financial assumptions were reasonable."),
    # High Peak
    ("How much will three hours' parking at Pavilion Gardens in Buxton cost from June?", HPK,
     "The charge for up to three hours in the Buxton long stay car parks, including Pavilion Gardens and Sylvan Park, would rise from £3.20 to £3.50."),
    ("Will Glossop shoppers still get free parking?", HPK,
     "In Glossop, the first hour at Norfolk Square and Howard Town would remain free, to support the town centre traders while the Howard Town mill redevelopment is under way."),
    ("Why didn't High Peak review Sunday parking charges in Buxton as the Town Team asked?", HPK,
     "this has not been proposed because Sunday income is needed to balance the budget"),
    # Wychavon
    ("Which company is getting the contract for car park chargers in Wychavon?", WYC,
     "The Executive Board is asked to award the concession to Orchard Grid Charging Ltd for fifteen years."),
    ("What cut of the charging revenue will Wychavon get?", WYC,
     "The Council will receive 8 per cent of the revenue from every charge, rising to 15 per cent after year seven."),
    ("How much parking income will Wychavon lose to the charging bays?", WYC,
     "The loss of parking income from the bays used for charging has been estimated at £9,500 a year."),
    # South Holland
    ("How far has the number of Saturday traders at Spalding market dropped?", SHO,
     "on a Saturday from 31 to 19"),
    ("Did the Spalding market traders back the cheaper pitch rents?", SHO,
     "a large majority had supported the lower rent, but some had opposed the Sunday market because it might draw shoppers from the weekday markets"),
    ("Who did the Church Street works in Holbeach?", SHO,
     "Work to widen the footways and plant twelve street trees had been completed in March by Fenway Civils Ltd."),
    # Newark and Sherwood
    ("What went wrong at the Newark Sports and Fitness Centre pool?", NSD,
     "needed its pool hall ceiling and the moveable floor replaced after corrosion had been found in the ceiling supports in July 2024"),
    ("Where will children have swimming lessons while the Newark pool is shut?", NSD,
     "swimming lessons would be moved to the Blidworth Leisure Centre and Dukeries Leisure Centre pools during the closure"),
    ("Why does the Newark pool need a moving floor at all?", NSD,
     "it allowed the pool to be used for lessons for young children and for aqua therapy sessions"),
    # Powys
    ("How much does Powys spend a year keeping bus routes running?", POW,
     "the Council supported 58 bus routes at a cost of £4.7m a year"),
    ("Who is building the new highways depot at Welshpool?", POW,
     "The contract was awarded to Breidden Construction Ltd."),
    ("What will happen to the old Severn Road depot?", POW,
     "it would be offered for affordable housing"),
]

ACROSS = [
    ("What do market traders pay for a pitch in Fenland and in South Holland?", [
        (FEN, "the daily pitch fee for a standard 3 metre pitch be frozen at £18 in Wisbech and March and reduced to £12 in Whittlesey and Chatteris"),
        (SHO, "the daily rent for a standard pitch be reduced from £22 to £15 for a trial year")]),
    ("How many trees have Colchester and Stroud been planting?", [
        (COL, "The Council will plant 3,200 trees this winter"),
        (STR, "In the 2022/23 season the Council and its partners planted 4,750 trees, against a target of 4,000")]),
    ("What is the new all-day parking charge in Lancaster and in High Peak?", [
        (LAN, "the all-day charge in the Lancaster city centre car parks, including St Nicholas Arcades and Nelson Street, rise from £6.50 to £7.50"),
        (HPK, "The all day charge would rise from £5.80 to £6.30.")]),
    ("How many households do Crawley Borough Council and Basingstoke and Deane have in temporary accommodation?", [
        (CRA, "The number of households in temporary accommodation had risen to 412 at the end of January 2024"),
        (BAS, "The number of households the Council has placed in temporary accommodation has risen from 129 in April 2022 to 268 in August 2024.")]),
    ("Which councils are planning new public charging points for electric cars?", [
        (CAM, "The pilot will install 60 on-street charging points in Cambridge, St Neots and Ely"),
        (STE, "The Executive considered a proposal to install 24 rapid charging bays for electric vehicles on the ground floor of the St George's Way multi-storey car park."),
        (MEL, "The report proposed 16 fast charging points at the Wilton Road car park and 8 at the Scalford Road car park."),
        (HPK, "the strategy proposes further points at the Pavilion Gardens car park once a grid connection has been secured"),
        (WYC, "Orchard Grid Charging Ltd will install 96 charging points, of which 12 will be rapid chargers, at no cost to the Council.")]),
    ("Which councils have been looking at their beach huts?", [
        (HAS, "Cabinet considered a report on the Council's 68 beach huts."),
        (FOL, "the Council let 154 beach huts and 26 chalets"),
        (NNO, "The Council owns 276 beach huts and chalets on the promenades at Cromer, Sheringham and Mundesley.")]),
    ("Which councils made decisions about paying for or reorganising local bus services?", [
        (WOR, "To award contracts for the supported bus services whose current contracts end on 31 August 2024"),
        (LIN, "RESOLVED: (1) that the procurement of the CallConnect service in nine zones be approved"),
        (SYM, "That the Board recommends that the Mayor makes the franchising scheme."),
        (POW, "RESOLVED that the consultation on the local bus network be approved.")]),
    ("Which councils discussed repairs to, or the future of, a swimming pool?", [
        (CRA, "a full condition survey of the diving pool roof would be commissioned in the spring"),
        (DAR, "to house new filtration and heat pump plant for the main and teaching pools"),
        (CAN, "a feasibility study into a replacement swimming pool be commissioned"),
        (NSD, "AGREED (unanimously) that the refurbishment of the pool be approved and added to the capital programme.")]),
]

NEAR_MISSES = [
    "When will residents in Ely be able to start using the new on-street car chargers?",
    "How much is the refurbishment of the Fairlands Valley Park sailing centre going to cost?",
    "What will the all-day parking charge be on Morecambe seafront from April 2024?",
    "What did the survey of the diving pool roof at K2 Crawley find?",
    "When is the teaching pool at Darlington's Dolphin Centre due to reopen after the plant room works?",
    "How much did the National Lottery Heritage Fund give towards restoring the Alexandra Park lakes?",
    "What does Teignbridge spend each year on cleaning the toilets on Dawlish Lawn?",
    "What did the independent condition survey of the Hythe and Sandgate beach huts find?",
    "Will Worcestershire still have the Bus Service Improvement Plan grant for its supported buses after March 2025?",
    "How much will a visitor permit cost in the new Larkhall residents' parking zone?",
    "How many CallConnect journeys were made in the Sleaford area in 2023/24?",
    "What did market traders tell Fenland in the consultation on market charges?",
    "Which streets in Colchester are getting new street trees in the winter of 2025/26?",
    "How much did Stroud District Council spend on planting trees in 2022/23?",
    "How many charging sessions a month are there at Melton's Scalford Road car park?",
    "What did the feasibility study recommend for replacing the pool at Chase Leisure Centre?",
    "How much will it cost Basingstoke and Deane to turn Sarum House into flats for homeless households?",
    "How many people are on the waiting list for a beach hut in Cromer?",
    "What share of people in Rotherham backed bus franchising in the South Yorkshire consultation?",
    "What did High Peak's survey of parking demand in Glossop town centre find?",
    "How much per kilowatt hour will drivers pay at Wychavon's new car park chargers?",
    "What times will the Sunday market in Spalding's Sheep Market open and close?",
    "How many swims were there at Blidworth Leisure Centre in 2023/24?",
    "What did people in Powys say in the consultation on the new bus network?",
]

ORDINARY = [
    "What did Norwich City Council decide about allotment rents?",
    "When will Exeter's new bus station open?",
    "How much does a burial plot in the council's cemeteries cost?",
    "Has the council granted a licence for a new casino?",
    "Which councils have banned disposable barbecues in their parks?",
    "What did Ipswich Borough Council agree about its Christmas lights?",
    "How many planning enforcement notices did Swansea issue last year?",
    "What is the council doing about fly-tipping in country lanes?",
]


def questions() -> list[dict]:
    out = []
    for n, (question, docname, quote) in enumerate(ANSWERABLE, 1):
        out.append({"id": f"r{n:02d}", "question": question, "gold": [{"doc": docname, "quote": quote}]})
    for n, (question, golds) in enumerate(ACROSS, 1):
        out.append({"id": f"x{n:02d}", "question": question, "gold": [{"doc": d, "quote": q} for d, q in golds]})
    for n, question in enumerate(NEAR_MISSES, 1):
        out.append({"id": f"u{n:02d}", "question": question, "gold": []})
    for n, question in enumerate(ORDINARY, 1):
        out.append({"id": f"n{n:02d}", "question": question, "gold": []})
    return out


def main() -> int:
    qs = questions()
    assert len(ANSWERABLE) == 72 and len(ACROSS) == 8 and len(NEAR_MISSES) == 24 and len(ORDINARY) == 8
    (HERE / "questions.jsonl").write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in qs),
                                          encoding="utf-8")
    print(f"wrote {len(qs)} questions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
