"""Write bench/heldout35/questions.jsonl: 112 questions on the twenty-four documents of content.py.

    python bench/heldout35/write_questions.py

r01-r72 answerable (three per document, in the README's table order), x01-x08 across councils
(one gold quote per relevant document), u01-u24 near misses (one per document, kinds a-d, see
README.md), n01-n08 ordinary unanswerable. Gold quotes are exact text of the documents, checked by
check_gold.py in both pypdf modes.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

BRISTOL = "ieListDocuments_CId135_MId9412_Bristol_Cabinet"
BARNET = "ieListDocuments_CId712_MId11873_Barnet_Housing"
SURREY = "ieListDocuments_CId120_MId10644_Surrey_Cabinet"
CHESHIRE_EAST = "ieListDocuments_CId271_MId9918_CheshireEast_SPB"
WOKING = "ieListDocuments_CId118_MId2207_Woking_Executive"
RUNNYMEDE = "ieListDocuments_CId140_MId1735_Runnymede_Community"
OXFORDSHIRE = "mgAi_ID51873_Oxfordshire_PlaceScrutiny"
HARLOW = "mgAi_ID22915_Harlow_Cabinet_Leisurezone"
BIRMINGHAM = "ieDecisionDetails_ID7731_Birmingham_CAZ"
LANCASHIRE = "ieDecisionDetails_ID14906_Lancashire_Potholes"
DERBYSHIRE = "DCC_Cabinet_Minutes_2024-07-11"
GWYNEDD = "Gwynedd_Cabinet_Minutes_10_12_2024"
FYLDE = "Fylde_Planning_Committee_Minutes_020823"
RUSHMOOR = "Rushmoor_Cabinet_Minutes_13022024"
CAUSEWAY = "CCGBC_Environmental_Services_10_October_2023"
CUMBERLAND = "Cumberland_Executive_Minutes_19March2024"
NOTTS = "Notts_Cabinet_Pack_14092023"
PLYMOUTH = "Plymouth_Cabinet_Agenda_Pack_15_January_2024"
BROADLAND = "Broadland_Cabinet_Agenda_09-07-2024"
GMCA = "GMCA_Report_Bee_Network_Fares_2024"
PEAK = "PDNPA_Report_Ash_Dieback_Tree_Safety"
EAST_SUSSEX = "ESCC_Place_Scrutiny_Minutes_2024-03-21"
BRENTWOOD = "Brentwood_CHH_Committee_Minutes_22Nov2023"
WEST_DEVON = "WDBC_Hub_Committee_Minutes_4_June_2024"

# (question, [(doc, quote), ...])
ANSWERABLE = [
    # Bristol
    ("Which firm won the contract to put new lamp posts in Castle Park in Bristol?",
     [(BRISTOL, "The contract was awarded to Halden Electrical Services Ltd, which submitted the lowest compliant bid of £1,240,000 and scored highest on quality.")]),
    ("What was wrong with the old lighting columns in Castle Park when they were checked?",
     [(BRISTOL, "A structural inspection in autumn 2023 found that 31 of the 84 columns had corroded at the base and were unsafe")]),
    ("If Bristol opens its libraries on Sundays, will they open for fewer hours during the week?",
     [(BRISTOL, "no weekday hours would be cut at any of the three libraries and that the pilot was additional to the existing timetable")]),
    # Barnet
    ("Who is paying for the next round of insulation and new windows on Barnet's council estates?",
     [(BARNET, "will be paid for by a grant of £5.1 million from the government's Social Housing Decarbonisation Fund, with the council adding £4.7 million from the Housing Revenue Account.")]),
    ("Who proposed going ahead with the second phase of Barnet's council homes retrofit, and how close was the vote?",
     [(BARNET, "Councillor Abrahams moved that the second phase be approved and that tenants be offered a choice of window colour. Councillor Priscilla Mbeki seconded the motion."),
      (BARNET, "Upon being put to the vote, the motion was carried by 7 votes to 4.")]),
    ("What was the Grahame Park tenant who complained about mould told would be done about it?",
     [(BARNET, "a contractor would replace the failed extractor fans in all twelve flats by the end of October")]),
    # Surrey
    ("Which company is going to put electric car chargers in Surrey's streets?",
     [(SURREY, "the concession was awarded to Voltaris Charging Ltd for fifteen years")]),
    ("How much has Surrey saved by reorganising school taxis around Guildford and Woking?",
     [(SURREY, "The review re-planned 212 routes in Guildford and Woking, combining taxi journeys into minibus routes where children were going to the same school, and saved £640,000 a year.")]),
    ("My house in Surrey flooded in January. How much could I get towards flood doors?",
     [(SURREY, "will be able to claim up to £7,500 each for flood doors, airbricks and non-return valves")]),
    # Cheshire East
    ("How did the planning board vote on the 96 homes off Fence Avenue in Macclesfield?",
     [(CHESHIRE_EAST, "A recorded vote was requested. The motion was carried by 8 votes to 3.")]),
    ("Who wanted the Middlewich Road housing scheme in Sandbach put off, and who backed them?",
     [(CHESHIRE_EAST, "It was moved by Councillor Morgan and seconded by Councillor Beverley Naylor that the application be deferred until the road safety audit had been received and a site visit held.")]),
    ("Why did the board not decide the distribution depot at the old dairy in Holmes Chapel?",
     [(CHESHIRE_EAST, "The application was withdrawn by the applicant on 12 January 2024 and was not considered.")]),
    # Woking
    ("Is Woking council paying for the new car chargers in its car parks?",
     [(WOKING, "The chargepoints will be installed and paid for by the operator, Amperlink UK Ltd, which will share 15 per cent of the income with the council over a twelve year lease.")]),
    ("Why is Woking getting rid of the Brewery Road car park?",
     [(WOKING, "its average occupancy in 2023/24 was 38 per cent, and it cost the council £146,000 a year more to run than it earned")]),
    ("Will I still be able to swim at the Pool in the Park while the roof is being replaced?",
     [(WOKING, "the main pool would stay open throughout and only the learner pool would close, for about fourteen weeks from April 2025")]),
    # Runnymede
    ("What will the new changing rooms at Addlestone One cost the council once the insurers have paid?",
     [(RUNNYMEDE, "The replacement changing village will cost £1.85 million, of which £600,000 will be recovered from the original builder's insurers under a settlement agreed in April.")]),
    ("Who proposed the dogs on leads rule for Runnymede Pleasure Grounds, and what was the vote?",
     [(RUNNYMEDE, "Councillor Martin Blaydon moved and Councillor Choudhury seconded that the order be made for three years. The motion was carried by 9 votes to 1.")]),
    ("Will my mum's new Runnymede alarm still work if her broadband goes down?",
     [(RUNNYMEDE, "the digital units contain a mobile SIM card which switches to the strongest network when the broadband fails")]),
    # Oxfordshire
    ("What did Oxfordshire's latest road survey say about the state of minor roads?",
     [(OXFORDSHIRE, "found that 14 per cent of the county's unclassified roads were in poor condition and should be considered for repair, compared with 11 per cent two years earlier")]),
    ("Whose machines did Oxfordshire use for most of its extra pothole repairs?",
     [(OXFORDSHIRE, "Most of the additional repairs were made by two patching machines hired from Thermapatch Ltd")]),
    ("Why do potholes I report in Oxfordshire show as fixed when they've only had paint sprayed round them?",
     [(OXFORDSHIRE, "a painted outline meant the defect had been inspected and listed for a repair, not that it had been repaired")]),
    # Harlow
    ("Who is paying for the heat pumps and solar panels at Harlow Leisurezone?",
     [(HARLOW, "A grant of £2.8 million has been offered by the Public Sector Decarbonisation Scheme, and the council will pay the remaining £800,000 from its capital programme.")]),
    ("How much should the Leisurezone's energy bills come down after the works in Harlow?",
     [(HARLOW, "cut the building's carbon emissions by 58 per cent and its energy bills by about £240,000 a year")]),
    ("Will the pools at Harlow Leisurezone shut while the heat pumps go in?",
     [(HARLOW, "the main pool would stay open throughout, although the diving pool would close for about six weeks in summer 2024")]),
    # Birmingham
    ("Which company runs Birmingham's scrappage scheme for old cars and vans?",
     [(BIRMINGHAM, "£3.1 million to continue the scrappage scheme for older cars and vans, administered by Exigo Fleet Services Ltd")]),
    ("Why did Birmingham decide to give 16 to 18 year olds free buses?",
     [(BIRMINGHAM, "the travel survey of 2023 found that one in three students at sixth form colleges had been driven to college by a parent")]),
    ("Couldn't Birmingham have spent its clean air zone money fixing roads inside the Ring Road?",
     [(BIRMINGHAM, "A proposal to spend £5 million on resurfacing roads within the Ring Road was rejected because resurfacing would not reduce emissions.")]),
    # Lancashire
    ("How much extra did Lancashire get for road repairs in 2023/24, and who gave it?",
     [(LANCASHIRE, "an additional allocation of £4.6 million for highway maintenance in 2023/24, announced by the Department for Transport in November 2023")]),
    ("Is Leyland Lane on Lancashire's list of roads to be resurfaced?",
     [(LANCASHIRE, "including the A59 Liverpool Road at Hutton, the A682 at Gisburn and the B5256 Leyland Lane")]),
    ("Why didn't Lancashire just share the pothole money equally between the districts?",
     [(LANCASHIRE, "Spreading the money evenly between the twelve districts was rejected because road condition varies between them.")]),
    # Derbyshire
    ("Which firm is doing the surface dressing on Derbyshire's roads this summer?",
     [(DERBYSHIRE, "The work will be carried out by the Council's term contractor, Redfern Surfacing Ltd, between July and September")]),
    ("If a dying ash tree on a farmer's land next to a Derbyshire road isn't felled, who ends up paying?",
     [(DERBYSHIRE, "the Council will fell the tree and recharge the cost to the landowner")]),
    ("Who will be running Woodville Library from the autumn of 2024?",
     [(DERBYSHIRE, "The library will be run from 1 October 2024 by Woodville Community Library CIO, a charity set up by local residents")]),
    # Gwynedd
    ("How many homes in Gwynedd were paying the second homes premium in autumn 2024?",
     [(GWYNEDD, "5,012 homes were liable to the second homes premium in October 2024, 340 fewer than a year earlier")]),
    ("Why does the entrance to the marina at Pwllheli need dredging?",
     [(GWYNEDD, "A hydrographic survey in August 2024 found that the entrance channel was 0.8 metres shallower than its designed depth")]),
    ("How long will the pool at Dwyfor Leisure Centre be shut for the new filtration plant?",
     [(GWYNEDD, "The pool will close from January to March 2025 while the work is done.")]),
    # Fylde
    ("Who proposed holding back the decision on the Blackpool Road houses in Kirkham, and how did the vote go?",
     [(FYLDE, "It was proposed by Councillor Sumner and seconded by Councillor Redmayne that the application be deferred until the viability assessment had been checked."),
      (FYLDE, "Following a vote the motion was carried, 8 members voting for and 4 against.")]),
    ("What hours can people sit outside at the Fairhaven Lake cafe once it is extended?",
     [(FYLDE, "a condition would limit the use of the outdoor seating area to between 8am and 9pm")]),
    ("Why were the nine houses on Ribby Road in Wrea Green turned down?",
     [(FYLDE, "the site lies outside the settlement boundary of Wrea Green and would harm the open character of the countryside")]),
    # Rushmoor
    ("Do blue badge holders still park for free in Rushmoor after the new charges?",
     [(RUSHMOOR, "blue badge holders would continue to park free of charge in all the Council's car parks")]),
    ("Is Rushmoor paying for the car chargers in the High Street multi storey in Aldershot?",
     [(RUSHMOOR, "The Council would pay nothing towards the installation.")]),
    ("How late will Aldershot Lido stay open in the summer?",
     [(RUSHMOOR, "the lido would open until 8.00 pm on weekdays in July and August so that people could swim after work")]),
    # Causeway Coast and Glens
    ("How much will holiday let owners in Portrush have to pay to have their bins emptied?",
     [(CAUSEWAY, "at an annual charge of £285 for a general waste bin and £120 for a recycling bin")]),
    ("Who proposed keeping on the dog fouling wardens, and what happened to the attempt to cut the extension to six months?",
     [(CAUSEWAY, "Proposed by Alderman Boyd, Seconded by Councillor Wylie"),
      (CAUSEWAY, "The amendment was put to the vote: 5 members voted For, 9 members voted Against. The amendment fell.")]),
    ("Does the enforcement firm in Coleraine get paid more the more fines it hands out?",
     [(CAUSEWAY, "The company is paid a fixed monthly fee and not according to the number of fines issued.")]),
    # Cumberland
    ("Where is the money for Cumberland's chargers in rural car parks coming from?",
     [(CUMBERLAND, "using £1.9 million from the Local Electric Vehicle Infrastructure fund")]),
    ("Why has the Carlisle Southern Link Road gone over budget?",
     [(CUMBERLAND, "because of inflation in the price of steel and concrete and the discovery of old mine workings near Durdar")]),
    ("When should drivers be able to use the Carlisle Southern Link Road?",
     [(CUMBERLAND, "The road is expected to open to traffic in summer 2025.")]),
    # Nottinghamshire
    ("What did Nottinghamshire's road inspection find about the condition of its roads?",
     [(NOTTS, "The Council's annual highway inspection found that 3 per cent of A roads, 6 per cent of B and C roads and 17 per cent of unclassified roads were in poor condition.")]),
    ("Which company fills in potholes for Nottinghamshire County Council?",
     [(NOTTS, "Repairs are carried out by Trentline Highway Services, the Council's highway maintenance contractor, under a contract which runs until March 2026.")]),
    ("Won't hourly parking at Rufford Abbey mean less money for the gardens?",
     [(NOTTS, "modelling based on the ticket machines' records showed the income would rise slightly, because most visitors stayed for more than three hours")]),
    # Plymouth
    ("Who pays to keep bus fares in Plymouth at £2?",
     [(PLYMOUTH, "The Council will use £2.6 million of the funding to keep the adult single fare on all bus services within the city at £2 until March 2025, paid to operators to make up the difference from their commercial fares.")]),
    ("Why are the grass pitches in Central Park being replaced with an artificial one?",
     [(PLYMOUTH, "a pitch assessment had found the grass pitches were waterlogged so often that a third of matches were cancelled each winter")]),
    ("What is the point of the night bus Plymouth is trying out?",
     [(PLYMOUTH, "so that people working late shifts in hospitality and at the hospital can get home safely")]),
    # Broadland
    ("How much food waste did each home put out in Broadland's trial?",
     [(BROADLAND, "The trial collected an average of 1.6 kilograms of food waste per household each week.")]),
    ("Who is paying for Broadland's food waste lorries and caddies?",
     [(BROADLAND, "The Government has given the Council £1.34 million towards the cost of the vehicles and caddies.")]),
    ("Will any trees come down to make the car park at Broadland Country Park bigger?",
     [(BROADLAND, "the new spaces would be laid with a permeable gravel surface and that no trees would be removed")]),
    # GMCA
    ("Who pays for keeping Bee Network bus fares at £2 in 2025, and how much will it cost?",
     [(GMCA, "The £2 single fare and the £5 day ticket on Bee Network buses will be paid for from the City Region Sustainable Transport Settlement and the Bus Service Improvement Plan grant, at an estimated cost of £17 million in 2025.")]),
    ("Will bus drivers in Stockport and Tameside lose their jobs when franchising starts?",
     [(GMCA, "Drivers employed by the current operators will transfer to the new contract holders under the TUPE regulations, and no reduction in the number of drivers is expected.")]),
    ("How much will a week's travel on Bee Network buses cost?",
     [(GMCA, "A weekly ticket for £21 will be introduced")]),
    # Peak District
    ("Who has been hired to cut down the diseased ash trees on the Monsal Trail?",
     [(PEAK, "The work will be done by Dalesedge Arboriculture Ltd, which was appointed after a tender in September.")]),
    ("How many trees along the Monsal Trail were found to be dying?",
     [(PEAK, "found that 1,140 ash trees were dead or in serious decline and should be felled within two years")]),
    ("How long will stretches of the Monsal Trail be shut during the tree felling?",
     [(PEAK, "with each section closed for up to two weeks and a signed diversion")]),
    # East Sussex
    ("How much does a bus ticket cost for a teenager in East Sussex?",
     [(EAST_SUSSEX, "a young person's single fare of £1 had been introduced for people aged under 20")]),
    ("Why do some villages in Wealden still have no ordinary weekday bus?",
     [(EAST_SUSSEX, "those villages were served by the Flexibus service, which could be booked by phone or app a day in advance")]),
    ("How often does East Sussex cut the grass on country verges now?",
     [(EAST_SUSSEX, "reduced the mowing of 130 kilometres of rural verges to one cut a year in September")]),
    # Brentwood
    ("Which Brentwood councillors voted against buying homes for homeless families?",
     [(BRENTWOOD, "AGAINST: Cllrs Murtagh, Chalmers (2).")]),
    ("How many council homes are going up at Brookfield Close in Hutton?",
     [(BRENTWOOD, "the Council would build 24 homes for social rent on the site of a block of garages")]),
    ("Who funds disabled facilities grants in Brentwood?",
     [(BRENTWOOD, "The grants are paid for by the Better Care Fund through Essex County Council.")]),
    # West Devon
    ("Who put forward the second homes council tax premium at West Devon's Hub Committee?",
     [(WEST_DEVON, "It was then proposed by Cllr Hollett and seconded by Cllr Bidwell")]),
    ("Will commuters have to pay to park at the new car park by Okehampton station?",
     [(WEST_DEVON, "parking would be free for the first two years to encourage people to use the train")]),
    ("What was found wrong with the roof of the Pannier Market in Tavistock?",
     [(WEST_DEVON, "the lead flashings were failing and that water was getting into the timber frame of the market hall")]),
]

ACROSS = [
    ("How are Bristol and Birmingham spending their clean air zone money on buses?",
     [(BRISTOL, "Cabinet agreed that £1.6 million of the Clean Air Zone's net proceeds would support evening bus services to Hartcliffe and Lawrence Weston for two years."),
      (BIRMINGHAM, "The Cabinet Member agreed that £6.2 million of the Clean Air Zone's net revenue would pay for free bus travel for young people aged 16 to 18.")]),
    ("How much do Barnet and Brentwood each expect to spend on temporary accommodation this year?",
     [(BARNET, "the council expected to spend £38.6 million on temporary accommodation in 2023/24, £7.2 million more than budgeted"),
      (BRENTWOOD, "Members heard that Brentwood expected to spend £1.9 million on temporary accommodation in 2023/24, against a budget of £1.1 million.")]),
    ("What have Gwynedd, West Devon and Causeway Coast and Glens decided about second homes or holiday lets?",
     [(GWYNEDD, "To recommend to the Full Council that the premium on second homes remain at 150 per cent for 2025/26"),
      (WEST_DEVON, "that it be RECOMMENDED to Council that a premium of 100 per cent be charged on second homes from 1 April 2025"),
      (CAUSEWAY, "The committee agreed that from April 2024 owners of holiday lets would have to pay for a commercial waste collection")]),
    ("What are Derbyshire County Council and the Peak District National Park Authority doing about ash dieback?",
     [(DERBYSHIRE, "In 2023/24 the Council felled 2,840 dead or dying ash trees next to roads in the High Peak and the Derbyshire Dales"),
      (PEAK, "The felling on the Monsal Trail will be carried out in sections between November 2023 and March 2024")]),
    ("Which councils are putting in chargers for electric cars, in car parks or on streets?",
     [(SURREY, "The company will install at least 1,160 on-street chargepoints by March 2027"),
      (WOKING, "Amperlink will install 22 fast chargers at Victoria Way car park and 10 at Heathside Crescent car park by June 2025"),
      (RUSHMOOR, "24 charging points would be installed on the ground floor by Chargewell Networks Ltd"),
      (CUMBERLAND, "RESOLVED, that the Executive approves the installation of 44 chargepoints in council car parks and the award of the contract to Lakeland Charge Ltd."),
      (WEST_DEVON, "It will include 12 spaces with electric vehicle chargers and a secure shelter for 30 bicycles.")]),
    ("Which councils have been dealing with potholes, and what did they report or decide?",
     [(OXFORDSHIRE, "The Head of Highway Maintenance said that 41,600 potholes had been repaired in 2023/24, a third more than in the year before."),
      (LANCASHIRE, "(ii) £1.2 million for an additional pothole repair gang in each of the three highway areas from January to March 2024"),
      (DERBYSHIRE, "Between January and May 2024 the Council's highway teams repaired 47,300 potholes, compared with 29,800 in the same months of 2023."),
      (NOTTS, "Between April and August 2023 the Council repaired 26,900 potholes, of which 92 per cent were repaired within the target time.")]),
    ("Which councils are paying for work on indoor swimming pools at their leisure centres?",
     [(HARLOW, "The report proposed replacing the gas boilers that heat the pools with air source heat pumps"),
      (WOKING, "The Portfolio Holder for Leisure reported that the roof of the Pool in the Park at Woking Park was leaking over the learner pool and needed to be replaced at a cost of £2.3 million."),
      (RUNNYMEDE, "The replacement changing village will cost £1.85 million"),
      (GWYNEDD, "To approve the replacement of the pool filtration plant and pool hall ventilation at Dwyfor Leisure Centre at a cost of £1.45 million.")]),
    ("Which councils are keeping adult bus fares at £2?",
     [(GMCA, "The GMCA proposes to keep the single fare on Bee Network buses at £2 for all of 2025."),
      (PLYMOUTH, "That Cabinet approves the use of £2.6 million of Bus Service Improvement Plan funding for the £2 adult fare and £540,000 for the night bus pilot."),
      (EAST_SUSSEX, "the County Council had kept a flat fare of £2 for adult single journeys")]),
]

NEAR_MISSES = [
    "When will the work to relight Castle Park in Bristol get started?",                                  # u01 Bristol (a)
    "What is the most an owner can get from Barnet's relaunched empty homes grant?",                      # u02 Barnet (b)
    "How much has Surrey saved by re-planning school transport routes in Tandridge?",                     # u03 Surrey (c)
    "What did the road safety audit of the Middlewich Road site access in Sandbach conclude?",            # u04 Cheshire East (d)
    "What price did Woking Borough Council get for the Brewery Road car park?",                           # u05 Woking (a)
    "How much do Runnymede residents pay each week for the community alarm service?",                      # u06 Runnymede (b)
    "What share of urgent potholes in South Oxfordshire were fixed within 28 days?",                      # u07 Oxfordshire (c)
    "What did the condition survey of the pool hall roof at Harlow Leisurezone find?",                     # u08 Harlow (d)
    "How much money is Birmingham's clean air zone expected to bring in during 2024/25?",                  # u09 Birmingham (a)
    "Which contractor is doing Lancashire's extra resurfacing, like the A59 at Hutton?",                    # u10 Lancashire (b)
    "How many dead ash trees did Derbyshire fell beside roads in Erewash in 2023/24?",                     # u11 Derbyshire (c)
    "What did Bangor University's study find about the second homes premium and house prices in Dwyfor?",  # u12 Gwynedd (d)
    "How many of the 62 new homes on Blackpool Road in Kirkham will be affordable?",                      # u13 Fylde (a)
    "How much will an hour's parking cost in Farnborough town centre from April 2024?",                   # u14 Rushmoor (b)
    "How many incidents did the lifeguards at Whiterocks beach deal with in summer 2023?",                # u15 Causeway Coast and Glens (c)
    "What did Cumberland's review of recycling centre opening hours recommend?",                          # u16 Cumberland (d)
    "How many roads is Nottinghamshire going to resurface in 2024/25?",                                   # u17 Nottinghamshire (a)
    "What time does the last night bus leave Plymouth city centre on a Saturday?",                        # u18 Plymouth (b)
    "What percentage of Drayton households put out a food caddy in Broadland's food waste trial?",        # u19 Broadland (c)
    "What did the independent evaluation of Greater Manchester's £2 bus fare cap conclude?",              # u20 GMCA (d)
    "How much will it cost to fell the ash trees along the Tissington and High Peak Trails?",            # u21 Peak District (a)
    "How much money has East Sussex saved by mowing rural verges only once a year?",                      # u22 East Sussex (b)
    "How many homes will Brentwood build on the William Hunter Way site?",                                # u23 Brentwood (c)
    "What did West Devon's survey of second home owners in Okehampton and Tavistock find?",               # u24 West Devon (d)
]

ORDINARY = [
    "What did Leeds City Council decide about charging lorries to enter the city centre?",
    "How much is Cornwall Council spending on new park and ride buses?",
    "What has Cardiff Council agreed about building a new bus station?",
    "How much will Kent County Council charge for garden waste collections next year?",
    "Which councils have put up allotment rents?",
    "How much does a council charge for a burial plot in its cemeteries?",
    "Are any councils closing public toilets to save money?",
    "Has any council agreed to bring in a tourist tax or visitor levy?",
]


def questions() -> list[dict]:
    out = []
    for prefix, rows in (("r", ANSWERABLE), ("x", ACROSS)):
        for n, (question, gold) in enumerate(rows, 1):
            out.append({"id": f"{prefix}{n:02d}", "question": question,
                        "gold": [{"doc": d, "quote": q} for d, q in gold]})
    for prefix, rows in (("u", NEAR_MISSES), ("n", ORDINARY)):
        for n, question in enumerate(rows, 1):
            out.append({"id": f"{prefix}{n:02d}", "question": question, "gold": []})
    return out


def main() -> int:
    qs = questions()
    assert len(ANSWERABLE) == 72 and len(ACROSS) == 8 and len(NEAR_MISSES) == 24 and len(ORDINARY) == 8, \
        (len(ANSWERABLE), len(ACROSS), len(NEAR_MISSES), len(ORDINARY))
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for q in qs:
            handle.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"wrote {len(qs)} questions to {HERE / 'questions.jsonl'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
