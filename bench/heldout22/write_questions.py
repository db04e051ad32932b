"""Write bench/heldout22/questions.jsonl: 72 answerable (r), 8 across councils (x), 24 near misses
(u, one per document, six of each kind a-d, see README.md) and 8 ordinary unanswerable (n).

    python bench/heldout22/write_questions.py

Every gold quote is a verbatim substring of its document's visible text (check_gold.py checks).
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

D = {
    "HIL": "ieListDocuments_CId112_MId7391_Hillingdon_Cabinet",
    "STH": "ieListDocuments_CId140_MId5820_StHelens_Cabinet",
    "HUN": "ieListDocuments_CId150_MId8244_Huntingdonshire_Development_Management",
    "TEN": "ieListDocuments_CId128_MId4417_Tendring_Cabinet",
    "ERE": "ieListDocuments_CId139_MId2901_EastRenfrewshire_Cabinet",
    "BUC": "ieListDocuments_CId295_MId16120_Buckinghamshire_Cabinet",
    "HUL": "mgAi_ID81277_Hull_Cabinet",
    "NNT": "mgAi_ID31902_NorthNorthamptonshire_Executive",
    "BRA": "ieDecisionDetails_ID4482_BracknellForest_Food_Waste",
    "RIC": "ieDecisionDetails_ID7766_Richmond_Tree_Planting",
    "GLA": "City_Administration_Committee_10112022_Minutes_Glasgow",
    "WAL": "Cabinet_08122021_Minutes_Walsall",
    "GUI": "Licensing_SubCommittee_14062023_Minutes_Guildford",
    "DON": "Cabinet_19042023_Minutes_Doncaster",
    "MON": "Cabinet_06072022_Minutes_Monmouthshire",
    "FEN": "Cabinet_24012022_Minutes_Fenland",
    "WDU": "IRED_Committee_29052024_Agenda_Pack_WestDunbartonshire",
    "COT": "Cabinet_05092022_Agenda_Pack_Cotswold",
    "BEX": "Cabinet_14032023_Agenda_Pack_Bexley",
    "NLI": "Cabinet_11_October_2021_Brigg_Market_Place_Report_NorthLincolnshire",
    "DOV": "Cabinet_7_March_2022_Public_Toilets_Report_Dover",
    "WEF": "Cabinet_Minutes_20_February_2024_WestmorlandFurness",
    "CER": "Cabinet_Minutes_2_May_2023_Ceredigion",
    "SLA": "Community_Enterprise_Resources_Committee_Minutes_12_August_2020_SouthLanarkshire",
}

R = [
    ("Which firm is putting in the new on-street car chargers in Hayes and Yiewsley?", [("HIL", "The supplier selected after the mini competition was Voltbridge Street Charging Ltd")]),
    ("Why isn't Northwood getting any of Hillingdon's new kerbside chargers?", [("HIL", "the pavements there were too narrow for cable gullies")]),
    ("How long will Uxbridge Lido be shut while the changing rooms are redone?", [("HIL", "the Lido would close to swimmers from 2 October to 15 December 2023")]),
    ("How much of the St Helens town centre camera replacement comes from the Safer Streets fund?", [("STH", "of which £200,000 came from the Safer Streets fund")]),
    ("Is St Helens putting any cameras on Ormskirk Street after the shop break-ins?", [("STH", "two new dome cameras would be placed at the Ormskirk Street and Bridge Street junction")]),
    ("Why has the café at Sherdley Park been shut since August?", [("STH", "the previous tenant had surrendered the lease after a rise in energy costs")]),
    ("How did councillors vote on the rowing club boathouse extension at The Waits in St Ives?", [("HUN", "there were 9 votes in favour, 2 against and 1 abstention")]),
    ("Who proposed and who seconded putting off the decision on the 64 homes at Low Road, Fenstanton?", [("HUN", "Councillor Minter moved that the application be deferred until the traffic count was available; this was seconded by Councillor Peter Gadsby")]),
    ("On what grounds did a councillor try to refuse the restaurant at 3 Market Hill, Huntingdon?", [("HUN", "on the ground of cooking odours affecting the flats")]),
    ("Will the new Clacton seafront toilets at Marine Parade East be suitable for disabled adults who need a hoist?", [("TEN", "a changing places room with a hoist and adult-sized bench")]),
    ("How late will the public toilets at Harwich stay open in the summer?", [("TEN", "the Harwich and Walton blocks would remain open until 10pm from May to September")]),
    ("Will Tendring's seafront toilet rebuild be paid for out of council tax?", [("TEN", "with no call on Council Tax")]),
    ("What size of swimming pool will the new Eastwood Park leisure centre have?", [("ERE", "a 25 metre six lane pool")]),
    ("Which company is clearing the silt out of the boating pond at Rouken Glen?", [("ERE", "the work being carried out by Clydeside Aquatic Services at a cost of £93,400")]),
    ("What will be done with the mud dredged from the Rouken Glen boating pond?", [("ERE", "dewatered on site and spread on the park's former nursery ground")]),
    ("Who got Buckinghamshire's gully cleaning contract, and for how long?", [("BUC", "awarded to Chiltern Drainage Services Ltd for four years at £2.1 million a year")]),
    ("Can my 14 year old use Marlow library on her own when no staff are there?", [("BUC", "under 16s would only be admitted with an adult during those hours")]),
    ("What council tax increase did Buckinghamshire's cabinet put forward for 2024/25?", [("BUC", "a Council Tax rise of 4.99 per cent")]),
    ("Where is the money for the East Park splash park in Hull coming from?", [("HUL", "the splash park would be met from the Council's capital receipts")]),
    ("What did the first phase of the East Park lake wall rebuild cost?", [("HUL", "rebuilt 380 metres of the lake walls at a cost of £1.26 million")]),
    ("Is the animal education centre at East Park closing during the works?", [("HUL", "it would stay open throughout the works")]),
    ("Which coach company is taking Rushden and Higham Ferrers children to school this autumn?", [("NNT", "An interim arrangement had been made with Nene Valley Coaches for the autumn term")]),
    ("How many pupils are entitled to free school transport on the Rushden and Higham Ferrers routes?", [("NNT", "412 pupils were eligible for free transport on these routes")]),
    ("Why did North Northamptonshire only tell parents about the bus change days before term started?", [("NNT", "the operator's notice had arrived on 26 August")]),
    ("What share of households joined in during the Harmans Water food waste pilot?", [("BRA", "31 per cent of households took part after six months")]),
    ("Why were flats left out of Bracknell's food waste collections in the first place?", [("BRA", "bin stores in many older blocks, especially in Priestwood and Great Hollands, lacked space for another container")]),
    ("When will food waste collections reach the rest of the flats in Bracknell Forest?", [("BRA", "between January and June 2024")]),
    ("Which contractor is planting Richmond's trees this winter?", [("RIC", "The planting contractor is Thameside Arboriculture Ltd")]),
    ("How much does it cost to sponsor a tree in Richmond, and until when?", [("RIC", "sponsorship at £250 a tree was open through the Council's website until the end of December")]),
    ("Why didn't Richmond go for planting fewer but bigger trees?", [("RIC", "Planting fewer, larger trees was rejected because of the higher watering cost.")]),
    ("How many of the young trees planted by the People's Palace survived?", [("GLA", "of which 86 per cent had survived the summer")]),
    ("Will the new saplings on Glasgow Green have plastic guards round them?", [("GLA", "spiral guards had been dropped because they added plastic litter to the river")]),
    ("What does the Kelvingrove bandstand operator pay Glasgow each year?", [("GLA", "at a fee of £12,500 a year")]),
    ("Are the police chipping in for the extra CCTV staff in Walsall?", [("WAL", "West Midlands Police had agreed to pay for one of the four additional operator posts")]),
    ("How many of Walsall's new cameras are going in Willenhall?", [("WAL", "the largest group being 9 in Willenhall Market Place")]),
    ("What would a landlord in Caldmore pay for a selective licence?", [("WAL", "The licence fee proposed is £640 for five years.")]),
    ("Who moved and seconded the grant of the licence for The Boatyard Bar at Millbrook, and how did the vote go?", [("GUI", "Councillor Shalford moved that the licence be granted with the terrace to close at 10pm, seconded by Councillor Send"), ("GUI", "The vote was 2 in favour and 1 against.")]),
    ("Why was the Nightjar Club's licence in North Street reviewed?", [("GUI", "recorded noise levels of 61 decibels inside a neighbouring flat at 2am")]),
    ("What happened to the licence application for the Stoke Park summer fair?", [("GUI", "The application was withdrawn by the organiser before the hearing")]),
    ("Who is installing Doncaster's first 120 public charge points, and what does it cost the council?", [("DON", "by Yorkshire Chargepoint Partners, at no capital cost to the Council")]),
    ("How much is parking at Cusworth Hall going to be?", [("DON", "a charge of £3 a day at the visitor car park at Cusworth Hall, with the first hour free")]),
    ("When will the chargers in the Frenchgate car park work again?", [("DON", "the chargers should be back in use within four weeks")]),
    ("Why did the pool at Monmouth Leisure Centre close?", [("MON", "after tiles lifted from the pool floor")]),
    ("Where are Monmouth school pupils having their swimming lessons while the pool is shut?", [("MON", "pupils would be bussed to Caldicot Leisure Centre at the Council's expense")]),
    ("Who will run events on the meadows below Chepstow Castle and what will they pay?", [("MON", "awarded to Wye Valley Live Ltd, which will pay the Council £8,000 a year")]),
    ("How much can a flooded household in Wisbech claim under Fenland's resilience grants?", [("FEN", "Households would be able to claim up to £7,500")]),
    ("How many homes did the engineers' survey find eligible for the Fenland flood grants?", [("FEN", "146 eligible homes")]),
    ("Why is the footpath by the Sixteen Foot Drain closed?", [("FEN", "the Middle Level Commissioners had closed it for bank repairs")]),
    ("What did the underwater inspection of the quay wall by the Titan Crane find?", [("WDU", "the timber fenders had rotted")]),
    ("Which contractor won the Titan Crane quay repairs and at what price?", [("WDU", "Repairs will be carried out by Forth Marine Civils Ltd, the lowest of four tenderers, at £2.65 million.")]),
    ("How many shops applied for the Alexandria shopfront grants?", [("WDU", "the Economic Development Manager said 19")]),
    ("Who actually empties the bins in the Cotswolds?", [("COT", "Ubico Ltd collects waste on the Council's behalf.")]),
    ("How much is Cotswold paying for each electric food waste lorry?", [("COT", "eight electric food waste vehicles at £156,000 each")]),
    ("Will Cirencester Leisure Centre's pool close while the heating is replaced?", [("COT", "the work would be done at night and the pool would stay open")]),
    ("Which company is doing Bexley's third phase of LED street light conversion?", [("BEX", "Kentish Lighting Services Ltd")]),
    ("How many street lights will Bexley convert in the north of the borough?", [("BEX", "Phase three will convert 7,400 lights")]),
    ("Will park users still be able to get into the Danson Park stable yard after it is leased?", [("BEX", "the Cabinet Member confirmed they would, during park opening hours")]),
    ("What did the footfall count in Wrawby Street, Brigg show?", [("NLI", "an average of 4,300 people a day in Wrawby Street, down from 5,900 in 2018")]),
    ("Where will Brigg's market go while the Market Place is repaved?", [("NLI", "moving to the Cary Lane car park while the Market Place is paved")]),
    ("How long will the Brigg Market Place works last?", [("NLI", "The works will take 34 weeks, starting in January 2022.")]),
    ("Who will be cleaning Dover district's public toilets and for how much?", [("DOV", "Kentway Hygiene Services Ltd, on a five year contract at £412,000 a year")]),
    ("Is Dover bringing in a 20p charge at the Deal Pier toilets?", [("DOV", "officers advised that the income would not cover the cost of payment equipment")]),
    ("How often will the Dover district toilets be cleaned in summer?", [("DOV", "Cleaning will be twice a day from April to October and once a day in winter.")]),
    ("How many properties does the finished Appleby flood scheme protect?", [("WEF", "it cost £4.2 million and protects 178 homes and businesses")]),
    ("When should work start on the flood walls on Aynam Road in Kendal?", [("WEF", "aiming to start the Aynam Road walls in the summer of 2025")]),
    ("Why are the toilets at Penrith bus station closed?", [("WEF", "damaged by vandalism in January")]),
    ("Who is making the new railings for Aberystwyth promenade?", [("CER", "replaced in cast iron by Cambrian Foundry Ltd, at a cost of £286,000")]),
    ("How much of the prom railing did the January storm tear away in Aberystwyth?", [("CER", "140 metres of railings near the bandstand")]),
    ("By how much are stall rents at Cardigan Guildhall market being cut?", [("CER", "reduce stall rents at the Guildhall market in Cardigan by a quarter for twelve months")]),
    ("How long were returned books kept aside when South Lanarkshire libraries reopened?", [("SLA", "returned books held for 72 hours before going back on the shelves")]),
    ("Could people use the library computers in South Lanarkshire after reopening?", [("SLA", "half the public computers would be available in 45 minute sessions")]),
    ("Who is supplying the adventure play equipment at Chatelherault?", [("SLA", "supplied by Playcraft Caledonia Ltd at a cost of £118,000")]),
]

X = [
    ("Which councils are putting in more public electric car charge points?", [("HIL", "Ninety lamp column chargers and fourteen fast chargers would be installed"), ("DON", "aiming for 600 public charge points by 2027")]),
    ("Which councils are rebuilding or refurbishing public toilets?", [("TEN", "to rebuild the public toilets at Marine Parade East"), ("DOV", "proposes refurbishing nine of them")]),
    ("Which councils are spending money on town centre CCTV cameras?", [("STH", "31 of the 58 town centre cameras were analogue units"), ("WAL", "extending public space CCTV to Bloxwich, Brownhills and Willenhall district centres")]),
    ("Which councils have had structural problems with a leisure centre swimming pool?", [("ERE", "whose pool hall roof had been found by a structural engineer"), ("MON", "which had closed in May after tiles lifted from the pool floor")]),
    ("Which councils offer grants to make individual homes more resistant to flooding?", [("FEN", "property flood resilience grants for homes in Wisbech and Whittlesey"), ("WEF", "property flood resilience grants of up to £5,000")]),
    ("Which councils have approved big tree planting programmes?", [("RIC", "the planting of 1,150 trees this winter"), ("GLA", "Phase two will plant 4,100 whips")]),
    ("Which councils made decisions about when their libraries open?", [("BUC", "extend opening at Chesham, Marlow and Princes Risborough libraries"), ("SLA", "would reopen on 24 August 2020 for browsing by appointment")]),
    ("What are Bracknell Forest and Cotswold doing about food waste collections?", [("BRA", "weekly food waste collections be extended to all blocks of flats"), ("COT", "buy eight electric food waste vehicles")]),
]

# near misses, one per document in the order of D; kind in README.md
U = [
    "How much will it cost per hour to charge my car at the new lamp post chargers in Hillingdon?",  # a
    "Did the bat survey of the walls at Sherdley Park walled garden find any roosts?",  # d
    "How many councillors voted for the rear extension at 14 Church Lane, Hemingford Grey?",  # c
    "How much is Tendring spending on the new seafront toilets?",  # b
    "What will the new Eastwood Park leisure centre cost in the end?",  # a
    "What did the Marlow library self service trial show about who used it?",  # d
    "How much is the second phase of the East Park lake walls in Hull costing?",  # c
    "How much is North Northamptonshire paying Nene Valley Coaches for the stopgap school buses?",  # b
    "Will Bracknell keep giving out free caddy liners to flats?",  # a
    "What did the check of underground pipes and cables in Old Deer Park turn up?",  # d
    "How much does a second resident's parking permit in Hyndland cost?",  # c
    "Which company will install Walsall's new CCTV cameras in Bloxwich and Brownhills?",  # b
    "How many residents objected to the later alcohol sales at Shere Village Stores?",  # c
    "What will it cost per kWh to use Doncaster's new public chargers?",  # a
    "What did the survey of the Monmouth Leisure Centre pool tank find?",  # d
    "What is the total budget for Fenland's flood resilience grants?",  # b
    "When does the new riverside walkway at the Titan Crane in Clydebank open?",  # a
    "Which bin collection days changed after Cotswold's route optimisation review?",  # d
    "How much will phase three of Bexley's LED street light conversion cost?",  # c
    "How much is the Brigg Market Place and Wrawby Street repaving going to cost?",  # b
    "Which toilet blocks did Dover's condition survey say should be refurbished next?",  # d
    "How much will the Kendal flood scheme on the River Kent cost?",  # c
    "When will the roof of the Castle Point shelter on Aberystwyth prom be repaired?",  # a
    "What opening hours did Hamilton Town House library have when it reopened after lockdown?",  # b
]

N = [
    "Which firm is resurfacing the council car parks in Swindon?",
    "What did Leicester City Council decide about the indoor market?",
    "How much are allotment rents going up next year?",
    "Has Perth and Kinross Council changed its gritting routes?",
    "Is the council building a new crematorium?",
    "When will the new bus lanes in Cardiff come into force?",
    "How many potholes were filled in Norwich last year?",
    "What is the fine for not picking up after your dog?",
]


def main() -> int:
    assert len(R) == 72 and len(X) == 8 and len(U) == 24 and len(N) == 8
    rows = []
    for prefix, group in (("r", R), ("x", X)):
        for i, (question, gold) in enumerate(group, 1):
            rows.append({"id": f"{prefix}{i:02d}", "question": question,
                         "gold": [{"doc": D[k], "quote": q} for k, q in gold]})
    for prefix, group in (("u", U), ("n", N)):
        for i, question in enumerate(group, 1):
            rows.append({"id": f"{prefix}{i:02d}", "question": question, "gold": []})
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} questions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
