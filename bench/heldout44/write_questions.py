"""Write bench/heldout44/questions.jsonl: 112 questions on the heldout44 corpus.

    python bench/heldout44/write_questions.py

r01-r72 answerable (three per document, in the Documents table's order), x01-x08 across councils,
u01-u24 near misses (one per document, kinds a-d, see README.md), n01-n08 ordinary unanswerable.
Gold quotes are exact text of the document; check them with check_gold.py.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

SP = "ieListDocuments_CId132_MId4418_Spelthorne_Environment"
BO = "ieListDocuments_CId145_MId2307_Bolsover_Executive"
HA = "ieListDocuments_CId128_MId3391_Hart_Cabinet"
MV = "ieListDocuments_CId141_MId5580_MoleValley_Cabinet"
ER = "ieListDocuments_CId137_MId6102_Erewash_Executive"
ES = "ieListDocuments_CId176_MId1944_EastSuffolk_Cabinet"
RE = "mgAi_ID51873_Redditch_Planning"
BL = "mgAi_ID30215_Blaby_Scrutiny"
EA = "ieDecisionDetails_ID7712_Eastleigh_Parking"
WA = "ieDecisionDetails_ID5520_Waverley_Grounds"
EST = "ESBC_Cabinet_Minutes_2023-06-26"
WO = "WBC_JSC_Minutes_2024-07-09"
SD = "SDDC_Environment_Committee_Minutes_Nov2023"
BX = "Broxbourne_Cabinet_Minutes_2024-09-17"
NK = "NKDC_Executive_Board_Minutes_2023-02-16"
NB = "NBBC_Cabinet_Minutes_2025-03-12"
RB = "RBBC_Executive_Pack_2024-03-21"
BA = "Babergh_Cabinet_Pack_2023-10-09"
SH = "SHBC_Executive_Pack_2024-11-19"
BR = "BDC_Cabinet_Report_Car_Parks_EV"
EE = "EEBC_Community_Wellbeing_Report_TA"
EC = "ECDC_Operational_Services_Minutes_2024-01-29"
NW = "NWBC_Planning_Development_Minutes_2023-08-07"
OW = "OWBC_Service_Delivery_Minutes_2023-03-07"

R = [
    # Spelthorne
    ("Which firm is going to run the new car park chargers in Staines, Shepperton and Sunbury?", SP,
     "The chargers would be supplied and run by Voltwell Charging Ltd under a fifteen year concession"),
    ("What cut of the charging money does Spelthorne get from the new chargers?", SP,
     "the Council would receive 12 per cent of net charging income, paid quarterly"),
    ("How many flats in Ashford and Stanwell actually signed up to food waste collections?", SP,
     "Take up had reached 41 per cent of the flats, against a target of 35 per cent."),
    # Bolsover
    ("Who is paying for the Clowne pool refurbishment?", BO,
     "Of this, £740,000 would come from the Swimming Pool Support Fund grant awarded by Sport England and the remaining £525,000 would be borrowed by the Council and repaid over 25 years."),
    ("Where will children have their swimming lessons while the Clowne pool is shut?", BO,
     "Swimming lessons for the 620 children enrolled would move to Kissingate Leisure Centre in Shirebrook during the closure"),
    ("How many households in Bolsover get help with their council tax?", BO,
     "5,947 households received support, of whom 3,310 were of working age"),
    # Hart
    ("Have the hidden cameras in Hart actually reduced fly-tipping?", HA,
     "Recorded fly tips had fallen from 812 in 2022/23 to 604 in 2023/24."),
    ("How much more will an hour at the Victoria Road car park in Fleet cost?", HA,
     "In Fleet the charge at Victoria Road car park would rise from £1.20 to £1.40 for the first hour."),
    ("Was the vote on the Hartley Wintney hub lease unanimous?", HA,
     "The recommendation was carried with six in favour and one abstention."),
    # Mole Valley
    ("Who is building the new Meadowbank playground in Dorking?", MV,
     "the contract be awarded to Grovecraft Play Ltd"),
    ("Why is the Meadowbank play equipment being replaced?", MV,
     "The equipment dated from 2004 and two pieces had been taken out of use after the annual safety inspection."),
    ("How many tickets did Dorking Halls sell last year compared with the year before?", MV,
     "ticket sales at Dorking Halls had reached 96,400 in 2022/23, up from 71,200 the year before"),
    # Erewash
    ("What does Erewash currently pay for running Victoria Park Leisure Centre each year?", ER,
     "the annual management fee, which was £412,000 in 2024/25"),
    ("How many empty shops in Long Eaton have been filled again thanks to the grants?", ER,
     "nine vacant units on Market Place and High Street had been reoccupied since the scheme began"),
    ("Who proposed and backed the council house rent rise in Erewash?", ER,
     "Moved by Councillor Asquith and seconded by Councillor Bethan Okonedo."),
    # East Suffolk
    ("Will locals get first dibs on the new Felixstowe beach huts?", ES,
     "half of the huts would be offered first to residents of the district through a ballot"),
    ("How is the Lowestoft and Leiston camera upgrade being paid for?", ES,
     "The cost of £296,000 would be met by £190,000 from the Police and Crime Commissioner and £106,000 from the Council."),
    ("What share of homes in Southwold are second homes or holiday lets?", ES,
     "In Southwold, 34 per cent of homes were second homes or holiday lets."),
    # Redditch
    ("How did the vote go on the Far Moor Lane housing scheme?", RE,
     "On being put to the vote, the motion was carried with 7 votes in favour and 3 against."),
    ("How much must the Winyates Green developer pay towards school places?", RE,
     "£148,000 towards primary school places"),
    ("Is there parking for the new flats at Matchborough Centre?", RE,
     "eight spaces would be allocated in the existing centre car park"),
    # Blaby
    ("Which Blaby play areas did the inspector rate as poor?", BL,
     "had rated four as poor: Fosse Meadows play area, the play area at Leicester Forest East Recreation Ground, Huncote Leisure Centre play area and the play area off Warren Park Way in Enderby"),
    ("How much money has Blaby put aside for its play areas?", BL,
     "The Cabinet had set aside £420,000 over three years."),
    ("How often are Blaby's playgrounds checked?", BL,
     "council staff carried out a visual check every week and a more detailed operational inspection every month"),
    # Eastleigh
    ("How much will an hour at the Swan Centre car park cost from January?", EA,
     "The charge for one hour at Swan Centre multi storey car park in Eastleigh would rise from £1.30 to £1.50."),
    ("What will a residents' parking permit in Eastleigh cost?", EA,
     "Residents' parking permits would rise from £45 to £52 a year."),
    ("Why didn't Eastleigh just keep car park charges the same?", EA,
     "Leaving charges unchanged was rejected because it would leave a budget gap of £190,000."),
    # Waverley
    ("Who won Waverley's parks maintenance contract?", WA,
     "the grounds maintenance contract be awarded to Greenacre Landscapes Ltd from 1 April 2024"),
    ("How often will the grass in Waverley's parks be cut?", WA,
     "at least fourteen times a year"),
    ("How long is the Waverley grounds maintenance deal?", WA,
     "The contract would run for eight years, with an option to extend by two further years."),
    # East Staffordshire
    ("What did the survey of East Staffordshire's play areas find?", EST,
     "The survey found that 11 play areas had equipment that would need replacing within two years."),
    ("Why can't the Uttoxeter play area be done sooner?", EST,
     "the Oakfield Way works needed developer contributions that would not be received until the spring of 2024"),
    ("How much will the company running the Burton food court pay the council?", EST,
     "the company would pay the Council a fixed rent of £36,000 a year"),
    # Worthing
    ("How is Worthing paying for the 160 new street chargers?", WO,
     "funded by £1.1 million from the government's Local Electric Vehicle Infrastructure fund"),
    ("What did the inspection of Worthing Pier find?", WO,
     "A structural inspection in May 2024 had found corrosion on nine of the supporting columns."),
    ("Which company is fixing the pier?", WO,
     "Solent Marine Engineering Ltd had been appointed after a tender"),
    # South Derbyshire
    ("Who will cut South Derbyshire's verges and sports pitches, and for how much?", SD,
     "The Committee was asked to approve the award of a four year contract for the cutting of highway verges and sports pitches to Midshires Turf Care Ltd, at a cost of £286,000 a year."),
    ("Who proposed and seconded the verge cutting contract?", SD,
     "Councillor Fairweather moved the recommendation and Councillor Ashbury seconded it."),
    ("Will the Rosliston Forestry Centre café stay open?", SD,
     "the café, play area and lodges would stay open throughout"),
    # Broxbourne
    ("Does the enforcement firm in Broxbourne earn money from each fine it issues?", BX,
     "the contractor was paid a fixed monthly fee of £9,500 and received no payment per notice"),
    ("How much has fly-tipping gone up in Broxbourne?", BX,
     "Fly tipping incidents had risen from 1,104 in 2022/23 to 1,380 in 2023/24"),
    ("When will the Cedars Park works be finished?", BX,
     "work would start in January 2025 and finish in the summer of 2026"),
    # North Kesteven
    ("Will the council pay for the electricity at the new chargers in North Kesteven?", NK,
     "the Council would pay nothing for electricity or maintenance"),
    ("How many people visited the National Centre for Craft and Design in 2022?", NK,
     "visitors to the National Centre for Craft and Design at Navigation Wharf, Sleaford, had reached 84,000 in 2022"),
    ("How was the vote on North Kesteven's 2023/24 budget?", NK,
     "Councillor Pilbeam moved the recommendation, which was seconded by Councillor Tarrant and carried with four votes in favour and one against."),
    # Nuneaton and Bedworth
    ("What does clearing fly tips cost Nuneaton and Bedworth?", NB,
     "Cleansing crews had cleared 2,215 fly tips in 2023/24, and the cost of clearance had been £238,000."),
    ("How many people have joined the new Pingles Leisure Centre?", NB,
     "Memberships had reached 4,120 by the end of February 2025."),
    ("How long will Bedworth Civic Hall be shut and what is being done?", NB,
     "The hall would close for six months from July 2025 for a new roof, stage lighting and seating, at a cost of £1.45 million."),
    # Reigate and Banstead
    ("Who pays for the new CCTV cameras in Horley?", RB,
     "Eight new CCTV cameras will be installed at a cost of £112,000, which will be paid for by the Council from its capital programme."),
    ("Did insurance cover the Banstead pool floor repair?", RB,
     "the insurers had agreed to pay £61,000 of the cost"),
    ("How much is Surrey County Council putting into the Horley High Street scheme?", RB,
     "Surrey County Council will contribute £600,000"),
    # Babergh
    ("Where does the money for the Hadleigh and Sudbury play areas come from?", BA,
     "The works will be paid for from Community Infrastructure Levy receipts held by the Council, and no money will be borrowed."),
    ("Who picked the equipment for the Belle Vue Park play area?", BA,
     "Pupils from Pot Kiln Primary School chose the equipment for Belle Vue Park."),
    ("When does work on Sudbury bus station start?", BA,
     "the work would start in January 2024 and last twelve weeks"),
    # Surrey Heath
    ("What did users of the Arena Leisure Centre say in the survey?", SH,
     "found that 81 per cent were satisfied or very satisfied with the centre, and that the most common complaint was the condition of the changing rooms"),
    ("Why extend the Arena contract rather than tender it now?", SH,
     "A full procurement now would be held while energy prices are uncertain, which would be likely to lead to higher bids."),
    ("Has the share of empty shops in Camberley gone down?", SH,
     "it had fallen from 17 per cent to 11 per cent"),
    # Bromsgrove
    ("Who will install the new chargers in Bromsgrove's car parks?", BR,
     "The charging points will be installed and maintained by Severnside EV Solutions Ltd, which was chosen through the Worcestershire County Council framework."),
    ("Will Bromsgrove lose parking money because of the charging bays?", BR,
     "The loss of 26 paid spaces is expected to reduce parking income by about £19,000 a year."),
    ("How much will the solar canopy study cost and who pays?", BR,
     "The feasibility study will cost about £28,000 and will be funded from the Climate Change reserve."),
    # Epsom and Ewell
    ("How much did Epsom and Ewell spend on nightly paid accommodation last year?", EE,
     "Nightly paid accommodation cost the Council £2.9 million in 2023/24, compared with £1.2 million in 2021/22."),
    ("How much does each home the council buys save?", EE,
     "Each home purchased saves the Council about £21,000 a year compared with nightly paid accommodation."),
    ("How will the home buying programme be funded?", EE,
     "The programme will cost up to £6.75 million, funded by borrowing from the Public Works Loan Board."),
    # East Cambridgeshire
    ("What happens when an empty home owner in East Cambridgeshire won't cooperate?", EC,
     "the Council could serve an improvement notice, and had done so on two homes in Soham during the year"),
    ("What will the brown bin cost in East Cambridgeshire in 2024/25?", EC,
     "It was resolved that the garden waste charge for 2024/25 be £59 a year."),
    ("Did anyone try to freeze the garden waste charge?", EC,
     "An amendment by Councillor Melkridge to hold the charge at £55, seconded by Councillor Coppersmith, fell by 3 votes to 2."),
    # North Warwickshire
    ("How many jobs will the Birch Coppice warehouse bring?", NW,
     "An application for a distribution warehouse of 28,000 square metres, creating about 340 jobs."),
    ("Why was the Water Orton housing application turned down?", NW,
     "on the grounds that no very special circumstances had been shown"),
    ("Why did the landowner at Hartshill Hayes want to fell the oaks?", NW,
     "the owner had applied to remove two of them to extend a garden"),
    # Oadby and Wigston
    ("Is Oadby and Wigston using cameras to catch fly-tippers?", OW,
     "two mobile cameras would be bought for £6,800 and moved between hot spots"),
    ("Who runs the café at Brocks Hill now?", OW,
     "The visitor centre café had been let to a new tenant, The Hedgerow Kitchen, from January 2023, on a three year lease."),
    ("Is my Oadby bin day changing?", OW,
     "About 4,300 households in Oadby would move from a Tuesday to a Thursday collection."),
]

X = [
    ("Who is paying for the new CCTV cameras in Horley (Reigate and Banstead) and in Lowestoft (East Suffolk)?",
     [(RB, "Eight new CCTV cameras will be installed at a cost of £112,000, which will be paid for by the Council from its capital programme."),
      (ES, "The cost of £296,000 would be met by £190,000 from the Police and Crime Commissioner and £106,000 from the Council.")]),
    ("Which contractors did Waverley and South Derbyshire pick for grass cutting?",
     [(WA, "the grounds maintenance contract be awarded to Greenacre Landscapes Ltd from 1 April 2024"),
      (SD, "RESOLVED that the contract be awarded to Midshires Turf Care Ltd from 1 March 2024.")]),
    ("How many households are in temporary accommodation in Worthing and in Epsom and Ewell?",
     [(WO, "318 households were in temporary accommodation at the end of June 2024"),
      (EE, "At the end of August 2024, 186 households were living in temporary accommodation arranged by the Council.")]),
    ("How many long-term empty homes are there in Babergh and East Cambridgeshire?",
     [(BA, "The Cabinet noted that 214 homes in the district had been empty for more than six months."),
      (EC, "There were 382 homes in the district that had been empty for more than six months, 48 fewer than a year earlier.")]),
    ("Which councils have agreed to put in more electric car chargers in their car parks or streets?",
     [(SP, "Resolved that the award of the charging concession to Voltwell Charging Ltd be approved."),
      (WO, "RESOLVED that the next phase be approved and that the Director for Place agree the list of streets after the survey."),
      (NK, "DECISION: That the installation of the charging points be approved."),
      (BR, "1.1 That Cabinet approves the installation of 26 electric vehicle charging points in the Council's car parks.")]),
    ("Which councils discussed swimming pools at their leisure centres?",
     [(BO, "The Portfolio Holder for Leisure, Councillor Gideon Marwood, presented the report on the refurbishment of the swimming pool hall and changing village at Clowne Leisure Centre."),
      (ER, "Councillor Asquith replied that the future of the Sandiacre pool had not been decided"),
      (NB, "The centre had opened in November 2024 with a 25 metre pool, a learner pool and a gym."),
      (RB, "the swimming pool at Banstead Leisure Centre had reopened after the repair of its moveable floor"),
      (SH, "The purpose of this report is to extend the contract for the management of the Arena Leisure Centre in Camberley, which includes a 25 metre swimming pool, a sports hall and a gym.")]),
    ("Which councils are cracking down on fly-tipping?",
     [(HA, "DECISION: That the pilot be made permanent and the two enforcement officer posts be funded from the base budget."),
      (BX, "RESOLVED that the contract with Civicwatch Enforcement Ltd be extended to 31st March 2026 and varied to include fly tipping."),
      (NB, "RESOLVED that the action plan be adopted."),
      (OW, "two mobile cameras would be bought for £6,800 and moved between hot spots")]),
    ("Which councils are spending money on new or refurbished children's play areas?",
     [(MV, "The new play area would cost £236,000, with £180,000 from developer contributions and £56,000 from the Council's capital programme."),
      (BL, "The Fosse Meadows and Huncote play areas would be replaced first, in the spring of 2024, at a cost of £165,000."),
      (EST, "RESOLVED that the programme be approved, with a total budget of £600,000 over three years."),
      (BA, "2.1 That the play area schemes be approved at a total cost of £310,000.")]),
]

# near misses, one per document in the table's order: (question, kind, what the text has)
U = [
    ("When will the River Colne footpath by Staines Moor reopen?", "a",
     "the date of reopening had not yet been set (Environment Agency permit question open)"),
    ("What will a swim cost at Clowne Leisure Centre once the pool reopens?", "b",
     "pool works, cost, funding, closure and lessons; no admission price"),
    ("By how much did fly-tipping reports fall in Fleet?", "c",
     "the largest fall is given only for Yateley (38 per cent); borough totals"),
    ("What did the Leatherhead town centre study conclude about the Swan Centre?", "d",
     "the study would be commissioned in January 2024 and report in summer 2024"),
    ("Is the pool at Sandiacre Friesland Sports Centre going to close?", "a",
     "the future of the Sandiacre pool had not been decided, pending a condition survey"),
    ("When will the new Felixstowe beach huts be ready to rent?", "b",
     "number, cost, income, payback and the ballot; no completion or letting date"),
    ("How much will the Matchborough Centre developer contribute to school places?", "c",
     "£148,000 for school places is on the Winyates Green application only"),
    ("What equipment did families in Enderby ask for in the play area consultation?", "d",
     "the consultation would open in January 2024 and decide the equipment"),
    ("How much will it cost to charge an electric car in Eastleigh's council car parks next year?", "a",
     "charging bay charges to be reviewed later; no date for the review agreed"),
    ("Will the current grounds staff in Waverley transfer to Greenacre Landscapes?", "b",
     "contract, price, term, cutting, meadows and machinery; nothing on staff transfer"),
    ("How many Market Hall stalls in Burton were let in 2021?", "c",
     "stall numbers given for 2019 (42) and 2023 (27) only"),
    ("Which streets in Durrington did Worthing's residents' survey pick for chargers?", "d",
     "the survey would be carried out in September 2024"),
    ("Who will run Rosliston Forestry Centre once the current lease ends?", "a",
     "not yet agreed; talks with three possible operators continuing"),
    ("How much is the fine for fly-tipping in Broxbourne?", "b",
     "enforcement contract, contractor fee, incident figures; no penalty amount"),
    ("How many charging points is North Kesteven putting in at Metheringham?", "c",
     "numbers given for Sleaford (12) and North Hykeham (8) only; the rest split between two villages"),
    ("What did the consultants recommend after their review of Nuneaton and Bedworth's fly-tipping enforcement?", "d",
     "the review would be carried out between April and June 2025"),
    ("When do the phase two works on Horley High Street start?", "a",
     "the start date has not been fixed; the County Council has not given road closure dates"),
    ("When will the new Belle Vue Park play area open?", "b",
     "cost, features, designers, funding and risks; no opening date"),
    ("How many visits did the Arena Leisure Centre have in 2022/23?", "c",
     "visits given for 2023/24 only (612,000)"),
    ("Did the study find solar canopies would work over Bromsgrove's car parks?", "d",
     "the feasibility study would be commissioned in May 2024 and report in the autumn"),
    ("How much grant has Epsom and Ewell got from the Local Authority Housing Fund?", "a",
     "the outcome of the application is not yet known"),
    ("How much is the long-term empty homes premium in East Cambridgeshire?", "b",
     "counts of empty homes, premium charged on 96 homes, loans; no premium rate"),
    ("What was the vote on the Coleshill library café application?", "c",
     "votes recorded for the Birch Coppice warehouse (5 to 1) only; the café simply granted"),
    ("Did Oadby and Wigston's consultation support raising the fly-tipping fine to £500?", "d",
     "the consultation would open on 1 April 2023 and report in the summer"),
]

N = [
    "What did Tewkesbury Borough Council decide about its car park charges?",
    "How many fly-tipping fines were issued in Basingstoke last year?",
    "Who won the leisure centre contract in Mansfield?",
    "What is Guildford Borough Council doing about beach huts?",
    "How much will a new burial plot cost at the council's cemetery?",
    "Is the council changing its taxi licence fees?",
    "How long is the waiting list for an allotment?",
    "Are disposable barbecues being banned in the parks?",
]

COUNCIL_OF = {SP: "Spelthorne", BO: "Bolsover", HA: "Hart", MV: "Mole Valley", ER: "Erewash", ES: "East Suffolk",
              RE: "Redditch", BL: "Blaby", EA: "Eastleigh", WA: "Waverley", EST: "East Staffordshire", WO: "Worthing",
              SD: "South Derbyshire", BX: "Broxbourne", NK: "North Kesteven", NB: "Nuneaton and Bedworth",
              RB: "Reigate and Banstead", BA: "Babergh", SH: "Surrey Heath", BR: "Bromsgrove", EE: "Epsom and Ewell",
              EC: "East Cambridgeshire", NW: "North Warwickshire", OW: "Oadby and Wigston"}
ORDER = list(COUNCIL_OF)


def questions() -> list[dict]:
    out = []
    assert len(R) == 72 and len(X) == 8 and len(U) == 24 and len(N) == 8
    for i, (q, d, quote) in enumerate(R, 1):
        assert d == ORDER[(i - 1) // 3], (i, d)
        out.append({"id": f"r{i:02d}", "question": q, "gold": [{"doc": d, "quote": quote}]})
    for i, (q, golds) in enumerate(X, 1):
        out.append({"id": f"x{i:02d}", "question": q, "gold": [{"doc": d, "quote": s} for d, s in golds]})
    for i, (q, _kind, _has) in enumerate(U, 1):
        out.append({"id": f"u{i:02d}", "question": q, "gold": []})
    for i, q in enumerate(N, 1):
        out.append({"id": f"n{i:02d}", "question": q, "gold": []})
    return out


def main() -> None:
    qs = questions()
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for q in qs:
            handle.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"wrote {len(qs)} questions")


if __name__ == "__main__":
    main()
