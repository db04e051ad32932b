"""Write bench/heldout52/questions.jsonl: 112 questions over the 24 documents of content.py.

    python bench/heldout52/write_questions.py

r01-r72 answerable (three per document, in the README's table order), x01-x08 across councils,
u01-u24 near misses (one per document), n01-n08 ordinary unanswerable. Gold quotes are exact text of
the documents; check_gold.py checks them.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

HAC = "ieListDocuments_CId397_MId6158_Hackney_Cabinet"
SHE = "ieListDocuments_CId612_MId9284_Sheffield_Housing"
BOL = "ieListDocuments_CId143_MId4470_Bolton_Cabinet"
LEE = "ieListDocuments_CId102_MId12561_Leeds_ExecutiveBoard"
WAL = "ieListDocuments_CId145_MId3382_Walsall_Cabinet"
POR = "ieListDocuments_CId148_MId5627_Portsmouth_Cabinet"
KIR = "mgAi_ID71934_Kirklees_Scrutiny"
GRE = "mgAi_ID58213_Greenwich_OSC"
CAM = "ieDecisionDetails_ID9182_Camden_SchoolStreets"
DER = "ieDecisionDetails_ID6620_Derby_CCTV"
OLD = "Oldham_Cabinet_Minutes_2023-10-23"
WIR = "Wirral_ECET_Committee_Minutes_2024-01-16"
GAT = "Gateshead_Cabinet_Minutes_2025-01-21"
DUD = "Dudley_Cabinet_Minutes_2023-03-15"
CAR = "Cardiff_Cabinet_Minutes_2024-06-13"
YOR = "York_Executive_Minutes_2024-12-17"
SUN = "Sunderland_Cabinet_Pack_2024-03-12"
NEW = "Newport_Cabinet_Pack_2023-07-12"
MER = "Merton_Cabinet_Pack_2024-09-16"
TOR = "Torbay_Cabinet_Report_Highways_Pothole_Fund"
LDN = "LDNPA_Report_Flood_Resilience_Rights_of_Way"
ISL = "Islington_Environment_Scrutiny_Minutes_2023-02-07"
BRI = "Bridgend_Cabinet_Minutes_2025-04-08"
RED = "Redbridge_Cabinet_Minutes_2023-12-12"

R = [
    # Hackney
    ("How many children can get a place on Hackney's summer holiday food and activities scheme this year?", [(HAC, "Places would be offered to 6,800 children eligible for benefits related free school meals, an increase of 900 on the summer of 2023.")]),
    ("Which builder is doing the Forest Road youth hub job in Hackney?", [(HAC, "The contractor for the Forest Road works would be Halwell Build Ltd")]),
    ("Why did some of Hackney's summer holiday places go unused last year?", [(HAC, "the unused places were mostly in the final week, when many families travelled abroad")]),
    # Sheffield
    ("Who is fixing the broken door entry systems on the Gleadless Valley estate, and when will they work again?", [(SHE, "a contractor, Cutler Access Systems, had been instructed on 14 November and all four blocks would have working entry systems by Christmas")]),
    ("What did the housing survey in Parson Cross and Southey turn up?", [(SHE, "had found that 18 per cent had condensation damage, mostly in bathrooms without extractor fans")]),
    ("Who proposed and seconded Sheffield's 7.7% council rent rise, and how did the vote go?", [(SHE, "The original recommendation, moved by the Chair, Councillor Helen Castellano, and seconded by Councillor Owain Briggs, was then carried by 8 votes to 3, with 1 abstention.")]),
    # Bolton
    ("How much extra will Bolton make from the new car park prices and where does the money go?", [(BOL, "The changes were expected to raise an additional £310,000 a year, which would be put towards highway maintenance.")]),
    ("Does Bolton Council have to pay for the first chargepoints in Farnworth, Horwich and Westhoughton?", [(BOL, "would be paid for from the government's Local Electric Vehicle Infrastructure Fund, allocated through Greater Manchester, at no cost to the council")]),
    ("Why is Sunday parking at Moor Lane in Bolton staying free?", [(BOL, "Moor Lane served the market and that traders had asked for free Sunday parking to be kept while the market's new opening hours were tested")]),
    # Leeds
    ("How many houses will the Kirkstall flood defence phase protect?", [(LEE, "The scheme would protect 1,048 homes and 474 businesses.")]),
    ("How much of the Leeds flood scheme's cost is the Environment Agency paying?", [(LEE, "£22 million would come from the Environment Agency's Flood Defence Grant in Aid")]),
    ("Of the Leeds residents helped into work, how many are paid the real Living Wage?", [(LEE, "The Director replied that 61 per cent did, based on a follow-up survey of 900 residents.")]),
    # Walsall
    ("How many of Walsall's town centre CCTV cameras are broken?", [(WAL, "and 37 of them were no longer working")]),
    ("Who is taking over the cafe by the lake at Walsall Arboretum?", [(WAL, "Cabinet considered the grant of a 15 year lease of the lakeside café at Walsall Arboretum to Mellow Leaf Hospitality, the only bidder.")]),
    ("How long does Walsall take to fix a pothole once it's reported?", [(WAL, "Officers said that dangerous potholes were made safe within 24 hours and others repaired within 28 days.")]),
    # Portsmouth
    ("Who is paying to repaint the Eastney beach huts in Portsmouth?", [(POR, "repainting would take place in the winter of 2023 and would be paid for from the fee income")]),
    ("Where are Portsmouth's new CCTV cameras going and who is funding them?", [(POR, "to install 22 new cameras in Fratton Road, Buckland and Arundel Street, funded by a Safer Streets grant of £470,000 from the Home Office")]),
    ("Which company built the sea defences at Tipner West, and how many homes do they protect?", [(POR, "Cabinet noted that the coastal defence work at Tipner West had been completed in March 2023 by Solent Marine Works at a cost of £5.8 million, protecting 200 homes in Stamshaw from tidal flooding.")]),
    # Kirklees
    ("How many potholes did Kirklees fill in 2023/24?", [(KIR, "In 2023/24 the service had repaired 24,611 potholes, compared with 17,200 the year before")]),
    ("What did the survey of Kirklees' main roads show about their condition?", [(KIR, "had found that 6 per cent of A roads and 9 per cent of B roads needed structural maintenance")]),
    ("How much did Kirklees pay drivers for pothole damage to their cars?", [(KIR, "Officers said that 412 claims had been received in 2023/24 and 131 paid, at a total cost of £58,300.")]),
    # Greenwich
    ("Who actually runs the libraries in Greenwich?", [(GRE, "The libraries are run on the council's behalf by Meridian Library Trust under a contract that ends in March 2026.")]),
    ("Why was Blackheath picked for Monday closures?", [(GRE, "Monday visits there averaged 61 a day, the lowest of any library in the borough")]),
    ("Will Woolwich library still be open on Sundays?", [(GRE, "Woolwich Centre Library would keep its Sunday opening.")]),
    # Camden
    ("How many of Camden's trial school streets are being kept for good?", [(CAM, "agreed to make permanent the traffic orders at five of the six schools")]),
    ("Why is Camden dropping the school street at Netley Primary?", [(CAM, "At Netley Primary School, the closure moved traffic onto William Road, where queues at the junction with Hampstead Road made it unsafe for pupils to cross.")]),
    ("What's the fine for driving into a Camden school street?", [(CAM, "the penalty charge is £130, reduced to £65 if paid within 14 days")]),
    # Derby
    ("How much will Derbyshire police pay Derby council for watching the CCTV?", [(DER, "under which the police will pay the council £145,000 a year towards the cost of monitoring")]),
    ("Which firm will replace the equipment in Derby's CCTV control room?", [(DER, "to be carried out by Trent Valley Security Systems")]),
    ("What was wrong with Derby's CCTV according to the independent review?", [(DER, "found that the control room equipment was at the end of its life and that 23 per cent of camera faults took more than a month to fix")]),
    # Oldham
    ("How many stalls will the new Oldham market hall have?", [(OLD, "The market hall would have 94 stalls and a food court of 12 units.")]),
    ("How many Tommyfield traders have agreed to move to the new market hall?", [(OLD, "71 of the 83 traders had signed agreements")]),
    ("What did the evaluation of Oldham's warm spaces last winter find?", [(OLD, "had found that 62 per cent of visitors had come mainly for company rather than warmth")]),
    # Wirral
    ("When will the storm damaged shelters on Hoylake promenade be repaired?", [(WIR, "repairs would be completed by Easter 2024")]),
    ("Who put forward and seconded the extra pothole money at Wirral's committee, and what was the vote?", [(WIR, "On a motion by Councillor Hardcastle, seconded by Councillor Whitmarsh, it was RESOLVED (9:0) that the additional spending be approved.")]),
    ("Why does Birkenhead Road in Meols keep getting patched instead of fixed properly?", [(WIR, "the road needed full reconstruction and had been included in the resurfacing programme for the summer of 2024")]),
    # Gateshead
    ("Why has the cost of the Gateshead Quays arena gone up?", [(GAT, "The council's share of construction cost had risen from £138 million to £151 million because of higher prices for steel and cladding.")]),
    ("Who is paying for the new cameras at the Teams and Dunston riverside in Gateshead?", [(GAT, "The cost of £236,000 would be shared equally between the council and Northumbria Police")]),
    ("When can people use the boating lake at Saltwell Park again?", [(GAT, "The boating lake at Saltwell Park would reopen at Easter 2025 after dredging, carried out by Tyne Aquatic Services for £188,000.")]),
    # Dudley
    ("How much is Dudley putting towards the new road to the Black Country Living Museum?", [(DUD, "The council would contribute £1.9 million of the £6.3 million cost")]),
    ("Who proposed Dudley's town centre parking charges and who seconded them?", [(DUD, "The Cabinet Member for Highways and Public Realm, Councillor Coldicott, proposed that the first hour of parking remain free in all three towns"), (DUD, "The proposal was seconded by Councillor Jukes.")]),
    ("Which company fixed the roof at Himley Hall?", [(DUD, "the roof repairs at Himley Hall had been completed by Sedgley Heritage Roofing at a cost of £640,000")]),
    # Cardiff
    ("Which company will run Cardiff's neighbourhood charging hubs, and what does the council get out of it?", [(CAR, "The hubs would be built and run by Dragonfly Charge Ltd under a 15 year concession, with the council receiving 8 per cent of revenue.")]),
    ("What did the inspection of the Roath Park Lake dam find?", [(CAR, "had found that the dam could fail in an extreme flood and that its spillway needed to be enlarged")]),
    ("How can I get to Penarth while the barrage path is shut?", [(CAR, "A shuttle bus between Mermaid Quay and Penarth Marina would run every 20 minutes during the closure, free of charge.")]),
    # York
    ("Who is buying the council's land at Bootham Park in York, and for how many homes?", [(YOR, "to Ouse Valley Homes for 118 homes, 40 per cent of them affordable")]),
    ("What will happen to the old hospital chapel at Bootham Park?", [(YOR, "the chapel would be transferred to a community trust on a 99 year lease at a peppercorn rent")]),
    ("How is York paying for the new chargers at its park and ride sites?", [(YOR, "the chargers would cost £1.05 million, met from the council's Climate Change Reserve")]),
    # Sunderland
    ("How many children went to Sunderland's holiday activities and food sessions in 2023/24?", [(SUN, "In 2023/24 it provided 41,600 sessions to 9,200 children at 58 venues across Sunderland")]),
    ("What did the University of Sunderland's evaluation of the summer 2023 holiday programme find?", [(SUN, "found that 87 per cent of parents said their child was more active, and that attendance was lowest among secondary school pupils")]),
    ("How many of the first homes at Riverside Sunderland will be for social rent?", [(SUN, "the Director confirmed that 28 of the homes would be for social rent")]),
    # Newport
    ("How much is Newport council itself putting into the summer Food and Fun scheme?", [(NEW, "Of this, £470,000 is provided by the Welsh Government and £142,000 by the council from its education budget.")]),
    ("How many Newport schools will run the holiday enrichment programme in 2023?", [(NEW, "For 2023 the programme will be extended to 26 schools and run for 12 days over four weeks from 31 July.")]),
    ("Who cooks the meals for Newport's summer holiday programme?", [(NEW, "Meals will be prepared by the council's school catering service, Usk Valley School Meals")]),
    # Merton
    ("Can I pay for a street tree outside my house in Merton, and how much would it be?", [(MER, "Residents will be able to sponsor a street tree for £250, which covers the tree and three years of watering.")]),
    ("Which parts of Merton have the fewest trees?", [(MER, "found that canopy cover was lowest in Pollards Hill and Figges Marsh at under 10 per cent")]),
    ("Who owns the land around Morden station that is being redeveloped?", [(MER, "officers said that Transport for London owned 40 per cent of the land")]),
    # Torbay
    ("How many potholes were reported in Torbay over the winter?", [(TOR, "Between November and March the council received 2,460 reports of potholes, compared with 1,510 a year earlier.")]),
    ("Which contractor will carry out Torbay's resurfacing work?", [(TOR, "to instruct the council's highways contractor, Bayside Highway Services Ltd, to carry out the works")]),
    ("Will the Babbacombe Road be dug up during the day?", [(TOR, "Resurfacing the Babbacombe Road will take six weeks and will be done at night, from 8pm to 6am, to avoid disruption to buses and businesses.")]),
    # Lake District
    ("How much money has the government given the Lake District for storm repairs to paths and bridges?", [(LDN, "Defra has provided an emergency grant of £1.2 million.")]),
    ("When did the Rattlebeck footbridge in Glenridding reopen?", [(LDN, "including the footbridge over Glenridding Beck at Rattlebeck, which reopened on 16 December 2024")]),
    ("How will the replacement footbridges be different from the old ones?", [(LDN, "Replacement bridges will be built with longer spans and higher decks, so that they stand clear of the level of the 2015 flood.")]),
    # Islington
    ("What does it cost Islington to plant one street tree?", [(ISL, "Each new street tree cost about £800 to plant in a paved pit, rising to £2,500 where underground services had to be diverted.")]),
    ("What did officers say when tree wardens complained that young trees in Islington were dying?", [(ISL, "the council's watering contractor, Greenway Arboricultural Ltd, watered each new tree fortnightly for three years, and that losses had fallen to 6 per cent")]),
    ("Are fewer bin collections being missed in Islington since the rounds changed?", [(ISL, "missed collections had fallen from 1,100 a month to 640 a month since new rounds were introduced in October 2022")]),
    # Bridgend
    ("How much will a day's parking at Rest Bay in Porthcawl cost from May?", [(BRI, "Charges at Salt Lake, Hillsboro Place and Rest Bay car parks would rise from £5 to £6 for a full day from 1 May 2025")]),
    ("Do disabled drivers with a blue badge have to pay in Bridgend's car parks?", [(BRI, "blue badge holders would continue to park free of charge in all council car parks")]),
    ("Who won the contract to redevelop the Grand Pavilion in Porthcawl?", [(BRI, "The main contract had been awarded to Ogmore Vale Construction at a cost of £17.8 million")]),
    # Redbridge
    ("Which Redbridge libraries will people be able to use when no staff are there?", [(RED, "at Aldborough Hatch, Hainault and Woodford Green libraries, so that members could use them from 8am to 8pm seven days a week")]),
    ("Did the unstaffed opening trial at Hainault library work?", [(RED, "a trial at Hainault Library since April 2023 had increased visits by 34 per cent, with no incidents of damage")]),
    ("Who moved and seconded noting the Ilford High Road works report?", [(RED, "Councillor Ingleby moved that the report be noted; Councillor Hartigan seconded.")]),
]

X = [
    ("How many trees are Islington and Merton councils planting?",
     [(ISL, "The council planted 1,000 trees in the 2022/23 season, including 320 along the Holloway Road and the Caledonian Road."),
      (MER, "The council will plant 1,200 street trees a year, compared with about 700 in recent years")]),
    ("What changes to library opening are Greenwich and Redbridge making?",
     [(GRE, "Officers proposed to close Blackheath Library on Mondays and to open Eltham Centre Library until 8pm on Thursdays instead."),
      (RED, "The report proposed to install self service technology, known as open library, at Aldborough Hatch, Hainault and Woodford Green libraries")]),
    ("What are Bolton, Dudley and Bridgend changing about car parking charges?",
     [(BOL, "The Le Mans Crescent and Topp Way car parks would move to a flat evening rate of £2 after 6pm, and Sunday parking at Moor Lane would remain free."),
      (DUD, "Resolved that the charges be introduced from 1st June, 2023, with the first hour free"),
      (BRI, "Charges at Salt Lake, Hillsboro Place and Rest Bay car parks would rise from £5 to £6 for a full day from 1 May 2025")]),
    ("What flood work are Leeds City Council and the Lake District National Park Authority planning?",
     [(LEE, "The works would include a flood wall along Kirkstall Road, the planting of 38 hectares of woodland in the upper catchment and the removal of the weir at Newlay."),
      (LDN, "Replacement bridges will be built with longer spans and higher decks, so that they stand clear of the level of the 2015 flood.")]),
    ("Which councils are adding public charging points for electric cars?",
     [(HAC, "412 lamp column chargers had been installed since April 2023, against a target of 500 by March 2025"),
      (BOL, "There were currently 64 public chargepoints in the borough, and the strategy aimed for 600 by 2030"),
      (CAR, "the report proposed 14 neighbourhood charging hubs in council car parks and district centres"),
      (YOR, "Rawcliffe Bar and Askham Bar would each gain 20 fast chargers, and Monks Cross 12, in addition to the 48 already in place.")]),
    ("Which councils talked about fixing potholes?",
     [(WAL, "Of this, £1.1 million was set aside for pothole repairs"),
      (KIR, "The council had started using a patching machine, the Roadmender, which could repair a pothole in under eight minutes."),
      (WIR, "Since 1 October 2023 the council had received 3,912 reports of potholes, 41 per cent more than in the same period of 2022."),
      (TOR, "The council's Pothole Action Fund allocation for 2024/25 is £1.36 million.")]),
    ("Which councils run free activities and meals for children in the school holidays?",
     [(HAC, "The programme would run for four weeks from 22 July 2024 at 31 sites across the borough"),
      (SUN, "The programme offers free activities and a healthy meal to children in receipt of free school meals."),
      (NEW, "In the summer of 2022 the programme ran in 19 schools, including Maindee Primary, Pillgwenlly Primary and Lliswerry High School, and reached 1,140 children.")]),
    ("Which councils are spending money on CCTV cameras?",
     [(WAL, "The upgrade to digital cameras would cost £1.35 million."),
      (POR, "The cameras would be monitored from the council's control room at the Civic Offices, which would extend its hours to cover Friday and Saturday nights."),
      (GAT, "Cabinet considered a proposal to install 18 cameras along the Teams and Dunston riverside paths and at the Metrocentre bus station"),
      (DER, "To approve capital spending of £960,000 on replacing the control room equipment and 64 cameras")]),
]

U = [
    "What will the opening hours of the new Pembury Estate youth hub in Hackney be?",
    "How much has Sheffield paid out altogether to tenants whose belongings were damaged by damp and mould?",
    "What will the evening parking rate be at Moor Lane car park in Bolton?",
    "How much compensation will Bridge Road residents get while the Kirkstall flood works are going on?",
    "How many police investigations did the Bloxwich town centre cameras help with in 2024?",
    "What did people say in the consultation on where Portsmouth's new Fratton and Buckland cameras should go?",
    "Which roads is Kirklees going to resurface in 2025/26?",
    "What did the options appraisal recommend about bringing Greenwich's libraries back under council control?",
    "Did more children walk or cycle to Netley Primary after Camden closed its street at school times?",
    "How much will Derby's 12 redeployable cameras cost?",
    "What did the survey of the glazing at the Alexandra Park conservatory in Oldham find?",
    "Who seconded the final decision to bring in summer parking charges at Kings Parade in New Brighton?",
    "What did the feasibility study conclude about turning Saltwell Towers into a wedding venue?",
    "How much will it cost to park all day in Stourbridge under Dudley's new charges?",
    "What will drivers pay per kWh at Cardiff's new neighbourhood charging hubs?",
    "What did the review of the Foss Barrier pumping station in York find?",
    "Is Sunderland's holiday activities and food programme funded beyond March 2025?",
    "How much will tickets to the Transporter Bridge visitor centre in Newport cost?",
    "How many of Merton's new street trees will be planted in Pollards Hill?",
    "What proportion of Torbay's A roads are in poor condition?",
    "What did the engineer's assessment of the Seathwaite footbridge in Borrowdale find?",
    "What canopy cover target has Islington set for its trees?",
    "How many parking spaces are there at Rest Bay car park in Porthcawl?",
    "Which firm is restoring Valentines Mansion in Ilford?",
]

N = [
    "What did Bristol City Council decide about its Clean Air Zone charges?",
    "How much are allotment rents going up in Norwich?",
    "When will Swansea Council reopen the Patti Pavilion?",
    "What did the council agree about the Stray in Harrogate?",
    "How much does a burial plot cost in the council's cemeteries?",
    "Did any council change its rules for taxi drivers?",
    "What is the fine for not picking up after your dog in the park?",
    "Which council is bringing in a public spaces protection order against street drinking?",
]


def rows() -> list[dict]:
    out = []
    for i, (q, gold) in enumerate(R, 1):
        out.append({"id": f"r{i:02d}", "question": q, "gold": [{"doc": d, "quote": t} for d, t in gold]})
    for i, (q, gold) in enumerate(X, 1):
        out.append({"id": f"x{i:02d}", "question": q, "gold": [{"doc": d, "quote": t} for d, t in gold]})
    for i, q in enumerate(U, 1):
        out.append({"id": f"u{i:02d}", "question": q, "gold": []})
    for i, q in enumerate(N, 1):
        out.append({"id": f"n{i:02d}", "question": q, "gold": []})
    return out


def main() -> None:
    data = rows()
    assert len(R) == 72 and len(X) == 8 and len(U) == 24 and len(N) == 8, (len(R), len(X), len(U), len(N))
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for row in data:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(data)} questions")


if __name__ == "__main__":
    main()
