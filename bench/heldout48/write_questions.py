"""Write bench/heldout48/questions.jsonl: 112 questions on the forty-eighth held-out corpus.

    python bench/heldout48/write_questions.py

r01-r72 answerable (three per document, in README.md's table order), x01-x08 across councils (one
gold quote per relevant document), u01-u24 near misses (one per document, six of each kind, see
README.md), n01-n08 ordinary unanswerable. Gold quotes are exact text of the documents (check them
with check_gold.py); unanswerable questions have an empty gold list.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

M = "ieListDocuments_CId140_MId6218_Mansfield_Cabinet"
ST = "ieListDocuments_CId132_MId9841_Stockport_Planning"
LW = "ieListDocuments_CId139_MId8106_Lewisham_MayorCabinet"
EB = "ieListDocuments_CId147_MId5532_Eastbourne_Cabinet"
TM = "ieListDocuments_CId113_MId4470_Tamworth_Cabinet"
GU = "ieListDocuments_CId160_MId2288_Guildford_Executive"
HE = "mgAi_ID61944_Hertsmere_OverviewScrutiny"
HA = "mgAi_ID33871_Halton_EUR_PPB"
GL = "ieDecisionDetails_ID8873_Gloucestershire_Potholes"
CH = "ieDecisionDetails_ID5127_Cherwell_BanburyMarket"
CB = "CBC_Cabinet_Minutes_27Feb2024"
CP = "CPBC_Cabinet_Minutes_2023-06-21"
BU = "Burnley_Executive_Minutes_12062024"
EL = "ELDC_Planning_Committee_Minutes_24Aug2023"
GY = "GYBC_Environment_Committee_040924"
RE = "Redditch_Executive_Minutes_2025-01-14"
HC = "HCC_Cabinet_Pack_2024-12-10"
CW = "Charnwood_Cabinet_Pack_12Oct2023"
RU = "RCC_Cabinet_Agenda_Pack_21_May_2024"
CO = "CDC_Cabinet_Report_EV_Charging_Cirencester"
HO = "HDC_Cabinet_Report_Horsham_Market"
SE = "SDC_Cleaner_Greener_Advisory_Minutes_2024-02-06"
CE = "Ceredigion_Cabinet_Minutes_14_11_2023"
BR = "Broads_Authority_Planning_Committee_2024-04-12"

ANSWERABLE = [
    # Mansfield
    ("Who is going to patrol Mansfield's parks at weekends to enforce the new dog rules?", M,
     "weekend patrols would be carried out by Greyfield Patrol Services under the existing enforcement contract from the start of September"),
    ("What problems turned up when Mansfield's Old Town Hall was surveyed?", M,
     "A structural survey carried out in April had found wet rot in the main roof timbers above the former assembly room and cracking in two of the stone columns on the Market Place frontage."),
    ("Is there a limit on how many dogs one person can walk at once on Mansfield council land?", M,
     "The second would limit any one person to walking no more than four dogs at a time on council land."),
    # Stockport
    ("Who proposed and seconded the flats at 166 Wellington Road South, and how did the vote go?", ST,
     "Councillor Dermot Quayle moved that planning permission be granted as recommended, and this was seconded by Councillor Hanna Brisco. On being put to the vote, eight members voted in favour and four against."),
    ("What did the developer's agent say to the Greek Street neighbours worried about losing sunlight in their gardens?", ST,
     "the top floor had been set back by three metres after earlier consultation and that a daylight study showed no garden would lose more than an hour of sun in March"),
    ("Why wasn't a decision made on the extension at Bridge Lane in Bramhall?", ST,
     "deferred at the request of the Chair so that members could visit the site and see its relationship to the neighbouring bungalow"),
    # Lewisham
    ("Which firm has Lewisham hired to tackle damp and mould in its flats, and what is the contract worth?", LW,
     "A new specialist contractor, Brightwell Property Care, had started on 1 February under a two-year contract worth £3.6 million."),
    ("If my child lives in a damp council home in Lewisham, how soon will someone come to inspect it?", LW,
     "homes where a child or a person with a breathing condition lived would have an inspection within five working days"),
    ("How much is Lewisham spending on the Ladywell Fields playground, and what's going in?", LW,
     "Cabinet agreed to spend £380,000 from the parks capital budget on new equipment, including an accessible roundabout and a water play feature, with works to finish by July 2024."),
    # Eastbourne
    ("How many people are waiting for a beach hut in Eastbourne?", EB,
     "the waiting list for a council beach hut stood at 612 names, and some people had been waiting since 2016"),
    ("What happens to the Royal Parade beach huts over the winter?", EB,
     "the Royal Parade huts would be moved to the Fort Fun store each November and returned before Easter"),
    ("Who is paying to fix the leaks at the Redoubt Fortress?", EB,
     "The repairs were estimated at £265,000, of which £180,000 would come from a heritage grant and the remainder from the council's repairs reserve."),
    # Tamworth
    ("Which company is putting electric car chargers into Tamworth's car parks?", TM,
     "the preferred operator was Voltaro Charging Ltd, which would install 24 charge points across the Spinning School Lane, Marmion Street and Castle car parks at its own cost under a 15 year concession"),
    ("What share of the charging income does Tamworth council get?", TM,
     "The council would receive 10 per cent of the net income from each charge point."),
    ("When are Tamworth's Assembly Rooms opening again?", TM,
     "The Assembly Rooms are due to reopen in April 2024, with the first public performance booked for 20 April."),
    # Guildford
    ("How many of Guildford's council homes were found to have damp or mould?", GU,
     "The survey found damp or mould in 412 homes, 38 of them serious enough to be a category one hazard"),
    ("Will Guildford council tenants be charged for the damp repairs?", GU,
     "Councillor Strand confirmed they would not: the works would be paid for from the Housing Revenue Account."),
    ("Is the evening parking charge in Guildford going up?", GU,
     "the flat evening charge of £2 after 6pm would stay the same in all car parks"),
    # Hertsmere
    ("How many fines did Hertsmere hand out for dog mess?", HE,
     "officers had issued 47 fixed penalty notices for dog fouling and 19 for dogs off leads"),
    ("Why were so few dog fines issued in Potters Bar?", HE,
     "the warden team had been one post short for most of the year, and that the vacancy had been filled in October"),
    ("When does the Borehamwood town centre order run out?", HE,
     "On the town centre order, Ms Fairbrass reported that the order would lapse in July 2025."),
    # Halton
    ("Have complaints about dogs in the Widnes and Runcorn parks gone up?", HA,
     "Complaints about dogs in Victoria Park, Widnes and Town Park, Runcorn had risen from 84 in 2021 to 139 in 2022"),
    ("Will guide dogs and other assistance dogs be exempt from Halton's proposed dog order?", HA,
     "Mr Holroyd confirmed that assistance dogs would be exempt from every part of the order, as under the byelaws."),
    ("Will dogs still be allowed off the lead on Spike Island?", HA,
     "Councillor Osric Bamford said that the Spike Island and Wigg Island nature areas should stay open to dogs off leads, as they were popular with walkers. Mr Holroyd agreed that no lead requirement was proposed there."),
    # Gloucestershire
    ("Which contractor will carry out Gloucestershire's extra pothole repairs?", GL,
     "award the work as a variation to the existing highways term contract held by Marlwood Highways Ltd"),
    ("How many potholes were reported in Gloucestershire last winter?", GL,
     "Highway inspectors recorded 14,870 reported potholes between October and February, 42 per cent more than in the same period a year earlier, and claims against the council for vehicle damage rose to 611."),
    ("Why didn't Gloucestershire spread the pothole money over two years?", GL,
     "Spreading the money over two years was rejected because the deterioration seen over the winter would worsen and cost more to repair later."),
    # Cherwell
    ("Where is Banbury market going, and from when?", CH,
     "That the Thursday and Saturday markets be moved from Bridge Street back to the Market Place from 3 April 2025, with space for up to 48 stalls on each market day."),
    ("What will it cost a trader to take a stall on Banbury market?", CH,
     "That stall fees be frozen at £28 a day for the first year, with a 50 per cent discount for new traders for their first three months."),
    ("What did Banbury's market traders dislike about Bridge Street?", CH,
     "Traders told the council in a survey earlier this year that Bridge Street was too narrow and had too little passing trade."),
    # Chesterfield
    ("How much will the new floor for the learner pool at Queen's Park Sports Centre cost, and where is the money coming from?", CB,
     "The scheme would cost £1.1 million, of which £450,000 would come from the Swimming Pool Support Fund and the rest from the council's capital programme."),
    ("Can I still use the main pool at Queen's Park while the learner pool is shut?", CB,
     "Mr Kettering confirmed that the main pool would remain open throughout, with some lessons moved to evening sessions."),
    ("How many trees is Chesterfield planting in Eastwood Park?", CB,
     "In Eastwood Park, 120 new trees would be planted along the southern boundary, and a further 40 would replace ash trees lost to ash dieback."),
    # Castle Point
    ("Where are Castle Point's new electric car chargers going?", CP,
     "six at the Richmond Avenue car park on Canvey Island, six at the Hadleigh Library car park and four at the Kiln Road offices for public use outside office hours"),
    ("Who is paying for the new charge points in Castle Point?", CP,
     "The works would be paid for in full from the Local Electric Vehicle Infrastructure fund administered by Essex County Council."),
    ("Who proposed and seconded the Canvey Island seafront improvements?", CP,
     "Councillor Finchley moved that the scheme be approved, seconded by Councillor Mulready."),
    # Burnley
    ("What was wrong with the roof at St Peter's Leisure Centre?", BU,
     "found that the roof covering over the pool hall had reached the end of its life and that condensation was corroding the steel roof beams"),
    ("How much will Burnley save on energy once the St Peter's pool roof is replaced?", BU,
     "cutting the building's energy bills by an estimated £48,000 a year"),
    ("Who won the catering contract at Towneley Park, and what rent will they pay?", BU,
     "Catering concessions in the park would be let to Harrowgate Street Food for three years at a rent of £14,500 a year."),
    # East Lindsey
    ("How did East Lindsey's planning committee vote on the Sutton on Sea beach huts, and who proposed approval?", EL,
     "Following a proposal by Councillor Tothill, seconded by Councillor Saltfleet, and upon being put to the vote, the application was approved by 7 votes for and 1 against."),
    ("What was the objection to the beach huts at Sutton on Sea?", EL,
     "saying the huts would block views of the sea from the promenade benches"),
    ("Can the new caravans at Sea Lane, Ingoldmells be used all year round?", EL,
     "a condition restricting occupation to between 1 March and 30 November each year"),
    # Great Yarmouth
    ("How many beach huts does Great Yarmouth council have at Gorleston?", GY,
     "the council owned 88 beach huts on the Lower Esplanade at Gorleston and 24 chalets near the Pier Gardens"),
    ("Who proposed putting up the Gorleston beach hut fees, and by how much?", GY,
     "Councillor Rackheath proposed that licence fees rise by 5 per cent from April 2025."),
    ("Who looks after the Venetian Waterways gardens in Great Yarmouth?", GY,
     "Maintenance would continue to be carried out by the council's own parks team, with volunteers from the Friends of the Waterways helping with bedding displays."),
    # Redditch
    ("How is the new heating at Abbey Stadium being paid for?", RE,
     "It would cost £3.4 million, of which £2.6 million would come from the Public Sector Decarbonisation Scheme and the remainder from council borrowing."),
    ("Will the pool at Abbey Stadium have to close while the heat pumps go in?", RE,
     "the pool was expected to close for no more than three weeks in the summer holidays"),
    ("How often did the old boilers at Abbey Stadium break down?", RE,
     "The boilers were over twenty years old and had broken down four times in 2024, closing the pool for a total of nine days."),
    # Hampshire
    ("How many potholes has Hampshire filled this year?", HC,
     "more than 38,000 potholes had been repaired between January and August 2024"),
    ("How much will a day's parking at Queen Elizabeth Country Park cost from April 2025?", HC,
     "At Queen Elizabeth Country Park, the all day charge will rise from £4.50 to £5.20."),
    ("What did Hampshire's survey of country park visitors show?", HC,
     "A survey of 1,920 visitors in the summer of 2024 found that 64 per cent came to the parks at least once a month, and that most of them would buy an annual pass if it cost less than £60."),
    # Charnwood
    ("What help is Charnwood giving residents with their energy bills this winter?", CW,
     "the council had set aside £150,000 for a winter support grant of up to £300 per household, which would open for applications on 1 November through the Charnwood Community Hub"),
    ("How long will the main pool at Loughborough Leisure Centre be shut?", CW,
     "The main pool would close for about sixteen weeks, and the works are planned to start in April 2024 and finish in December 2024."),
    ("Is anyone else contributing to the new changing places facility in Loughborough?", CW,
     "A grant of £420,000 has been secured from Sport England towards the changing places facility."),
    # Rutland
    ("Where will Rutland's first public chargers be installed?", RU,
     "The first phase would install 20 charge points: 12 in the Church Street and South Street car parks in Oakham and 8 in the North Street East car park in Uppingham."),
    ("Will Rutland's council tax payers have to fund the new charge points?", RU,
     "They would be paid for from the council's Local Electric Vehicle Infrastructure allocation of £612,000, with no cost to council tax payers."),
    ("Will Oakham Castle close while the Great Hall stonework is repaired?", RU,
     "Councillor Braunston replied that the Great Hall would close for six weeks in September, but the castle grounds and the horseshoe collection display would stay open."),
    # Cotswold
    ("How much have Cotswold's existing car park chargers been used?", CO,
     "in the year to September 2024 they delivered 186,000 kilowatt hours of electricity, enough for about 700,000 miles of driving"),
    ("What will the second phase of chargers cost Cotswold District Council itself?", CO,
     "The Council's share of the capital cost would be £94,000, with the balance of £270,000 met from the Gloucestershire Local Electric Vehicle Infrastructure fund."),
    ("Why does the Waterloo car park in Cirencester need more chargers?", CO,
     "at busy times drivers now queue for a charger, and the usage data in Annex B shows the chargers there are in use for 71 per cent of daylight hours"),
    # Horsham
    ("What did shoppers tell Horsham council about its markets?", HO,
     "A survey of 412 market shoppers carried out in May 2023 found that 58 per cent would visit the town centre more often if the markets had more food stalls, and that a Sunday market was the most popular new idea."),
    ("What did Horsham's traders' association make of the market proposals?", HO,
     "The Horsham District Traders' Association supported the proposals, and asked that the Thursday market stay in West Street."),
    ("Will market traders in the Carfax still have to bring generators?", HO,
     "the council would buy 40 matching gazebos and install power points in the Carfax, so traders would not need generators"),
    # Sevenoaks
    ("How often were dogs caught chasing birds at Swanley Park?", SE,
     "At Swanley Park the council had recorded 27 incidents of dogs chasing wildfowl around the boating lake in 2023."),
    ("Does Sevenoaks council license professional dog walkers?", SE,
     "the council did not license dog walkers, but the order would limit anyone to six dogs at once"),
    ("Are fewer bins being missed in Sevenoaks since the rounds changed?", SE,
     "missed bin collections had fallen to 38 per 100,000 collections after new routes were introduced in September"),
    # Ceredigion
    ("How much will it cost to keep a boat on the new Aberaeron pontoon?", CE,
     "Berth fees on the pontoon would be £95 per metre per year."),
    ("How many people are on the waiting list for a berth at Aberaeron?", CE,
     "there were currently 57 people on the waiting list for a berth in Aberaeron and 31 for New Quay"),
    ("What did it cost to repair the shelters on Aberystwyth seafront?", CE,
     "the four Victorian shelters on Aberystwyth promenade had been repaired after the storms of January 2023, at a cost of £96,000"),
    # Broads
    ("How long can a boat stay on the new pontoon at Hoveton?", BR,
     "would be available to all boats, with a maximum stay of 24 hours"),
    ("Why was the new chalet at Thurne turned down?", BR,
     "The application was refused because of its impact on the open landscape of the Thurne valley."),
    ("What will be done about the worry that the pontoon lights would disturb bats?", BR,
     "a condition would require low level lighting switched off at 11pm"),
]

ACROSS = [
    ("How much extra money have Gloucestershire and Hampshire put into fixing potholes?", [
        (GL, "approve additional spending of £3.5 million on pothole repairs and carriageway patching in 2024/25"),
        (HC, "Cabinet agreed to add £7.2 million from reserves to the highways budget for 2025/26 for pothole repairs and surface dressing, on top of the government's allocation.")]),
    ("How many council homes with damp and mould problems have Lewisham and Guildford found?", [
        (LW, "He said the council had received 2,340 reports of damp and mould from its tenants during 2023, more than double the number received in 2021."),
        (GU, "The survey found damp or mould in 412 homes, 38 of them serious enough to be a category one hazard")]),
    ("How many stalls have the Banbury and Horsham markets had in recent years, according to Cherwell and Horsham councils?", [
        (CH, "Trader numbers have fallen from 41 regular stalls in 2019 to 23 in 2024."),
        (HO, "The Thursday and Saturday markets together had an average of 34 stalls in 2022, down from 52 in 2018.")]),
    ("How many new boat moorings or berths are Ceredigion Council and the Broads Authority looking at?", [
        (CE, "The pontoon would provide 24 new berths for leisure boats up to 10 metres long, in addition to the existing 86 drying moorings."),
        (BR, "Erection of a pontoon with 18 visitor moorings, quay heading repairs and a new pump out station.")]),
    ("Which councils are putting electric car charge points into their car parks?", [
        (TM, "the preferred operator was Voltaro Charging Ltd, which would install 24 charge points across the Spinning School Lane, Marmion Street and Castle car parks at its own cost under a 15 year concession"),
        (CP, "The Cabinet received a report on installing public charge points for electric vehicles in council car parks."),
        (RU, "The first phase would install 20 charge points: 12 in the Church Street and South Street car parks in Oakham and 8 in the North Street East car park in Uppingham."),
        (CO, "Phase two would install 28 charge points: 10 at the Beeches car park in Cirencester, 8 more at the Waterloo car park, 6 at the Moreton in Marsh Station Road car park and 4 at the Bourton on the Water Rissington Road car park.")]),
    ("Which councils have been deciding things about beach huts?", [
        (EB, "proposing 42 new beach huts: 26 on the lower promenade at Holywell and 16 on Royal Parade east of the Redoubt"),
        (EL, "Proposal: Siting of 30 beach huts on the promenade, with access ramp."),
        (GY, "the council owned 88 beach huts on the Lower Esplanade at Gorleston and 24 chalets near the Pier Gardens")]),
    ("Which councils are spending money on the swimming pools at their leisure centres?", [
        (CB, "presented a report on improvements to the learner pool at Queen's Park Sports Centre"),
        (BU, "Purpose: To seek approval for the replacement of the pool hall roof at St Peter's Leisure Centre."),
        (RE, "The Leisure and Cultural Services Manager presented a report on replacing the gas boilers and pool plant at Abbey Stadium leisure centre."),
        (CW, "That the refurbishment of Loughborough Leisure Centre at a cost of £5.8 million be approved.")]),
    ("Which councils are bringing in or changing rules about dogs in their parks?", [
        (M, "sought approval to renew the district's Public Spaces Protection Order for dog control for a further three years from 1 September 2024, with two changes"),
        (HE, "the dog control order had been in place since 2021 and required dogs to be on leads in Aberford Park, Meadow Park and the Bushey Rose Garden, and excluded dogs altogether from fenced play areas"),
        (HA, "The proposed order would require dogs to be on leads in Victoria Park, Town Park and Phoenix Park, exclude dogs from all fenced play areas and sports pitches, and require anyone in charge of a dog to pick up after it anywhere in the borough."),
        (SE, "which proposed varying the district's dog control order to add new areas where dogs must be kept on a lead")]),
]

NEAR_MISSES = [
    "Which building firm is restoring Mansfield's Old Town Hall?",
    "How many Stockport committee members voted against the houses off Torkington Road in Hazel Grove?",
    "What did people tell Lewisham in the consultation on closing Catford Broadway to through traffic?",
    "Which company is building the new beach huts at Holywell and Royal Parade in Eastbourne?",
    "How much per kWh will drivers pay at the new chargers in Tamworth's council car parks?",
    "What will three hours' parking at Guildford's Bright Hill car park cost from January 2025?",
    "Did the independent review find that the Borehamwood town centre order reduced street drinking on Shenley Road?",
    "How much is the fine for having a dog off the lead in Victoria Park, Widnes under Halton's new order?",
    "Which roads in the Forest of Dean are getting patched with Gloucestershire's extra pothole money?",
    "What did the footfall study of Banbury's Market Place and Parsons Street show?",
    "How many trees is Chesterfield planting at Holmebrook Valley Park this season?",
    "Which company will run the new charge points in Castle Point's car parks?",
    "On what dates will the pool at St Peter's Leisure Centre in Burnley close for the roof replacement?",
    "How many East Lindsey councillors voted for the caravan park extension at Sea Lane, Ingoldmells?",
    "What did the coastal engineering survey conclude about the southern row of beach huts at Gorleston?",
    "Which contractor is fitting the air source heat pumps at Abbey Stadium in Redditch?",
    "How much will it cost to park all day at Lepe Country Park from April 2025?",
    "How many visits did Soar Valley Leisure Centre in Mountsorrel have in 2022/23?",
    "Which Uppingham streets did residents choose for kerbside charge points in Rutland's consultation?",
    "Which company operates the electric car chargers in Cotswold District Council's car parks?",
    "How much will a pitch cost at the new Sunday market in Horsham's Carfax?",
    "How many incidents of dogs chasing sheep or deer were recorded at Fort Halstead?",
    "What did the marine ecology survey find about the seagrass in Aberaeron harbour?",
    "How much will it cost to moor overnight at the new Granary Staithe pontoon in Hoveton?",
]

ORDINARY = [
    "What did Bristol City Council decide about the Clifton Suspension Bridge toll?",
    "Has Swansea Council approved new berths in Swansea Marina?",
    "What is West Northamptonshire Council doing with Northampton's Market Square?",
    "How much is the City of Lincoln Council spending on Brayford Pool?",
    "How much does an allotment plot cost to rent from the council?",
    "Have any councils put up their burial fees at the cemetery?",
    "What are the new taxi licence fees for hackney carriage drivers?",
    "When will the new skate park open?",
]


def questions() -> list[dict]:
    out = []
    for n, (question, doc, quote) in enumerate(ANSWERABLE, 1):
        out.append({"id": f"r{n:02d}", "question": question, "gold": [{"doc": doc, "quote": quote}]})
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
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for q in qs:
            handle.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"wrote {len(qs)} questions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
