"""Write bench/heldout50/questions.jsonl: 112 questions on the fiftieth held-out corpus.

    python bench/heldout50/write_questions.py

r01-r72 answerable (three per document, in README.md's table order), x01-x08 across councils (one
gold quote per relevant document), u01-u24 near misses (one per document, kinds in README.md),
n01-n08 ordinary unanswerable. Gold quotes are exact text of the documents; check them with
check_gold.py.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

WAT = "ieListDocuments_CId142_MId3381_Watford_Cabinet"
PRE = "ieListDocuments_CId117_MId5562_Preston_Planning"
MED = "ieListDocuments_CId115_MId6620_Medway_Cabinet"
OXF = "ieListDocuments_CId223_MId7419_Oxford_Cabinet"
TEN = "ieListDocuments_CId131_MId4405_Tendring_Cabinet"
HUN = "ieListDocuments_CId143_MId8826_Huntingdonshire_OSP"
CHE = "mgAi_ID52213_Cheltenham_OSC_Parking"
IPS = "mgAi_ID30518_Ipswich_Executive_TA"
WSX = "ieDecisionDetails_ID7731_WestSussex_A29"
LUT = "ieDecisionDetails_ID4187_Luton_PSPO"
NFK = "Norfolk_Cabinet_Minutes_2024-04-08"
STS = "SCC_Cabinet_Minutes_20231018"
DDA = "DDDC_Community_Environment_Minutes_14-03-2024"
EXE = "Exeter_Executive_Minutes_05112024"
BOS = "BBC_Cabinet_Minutes_2023-06-21"
PDN = "PDNPA_Planning_Committee_Minutes_2024-05-10"
WIN = "Winchester_Cabinet_Pack_2023-12-13"
CAN = "Canterbury_Community_Committee_Pack_2024-07-03"
HAR = "HDC_Cabinet_Agenda_Pack_02092024"
LEW = "LDC_Cabinet_Report_Newhaven_Fish_Quay"
STA = "SBC_Cabinet_Report_Victoria_Park_Trees"
NWC = "Norwich_Cabinet_Minutes_2025-02-12"
FLI = "Flintshire_Env_Economy_OSC_Minutes_2023-03-14"
ADU = "Adur_Council_Minutes_2023-07-20"

ANSWERABLE = [
    # Watford
    ("Which company will run the electric car chargers in Watford's council car parks?", WAT,
     "the preferred bidder, Voltway Charging Ltd, would install and maintain 46 charging points at no capital cost to the council"),
    ("What happens if the chargers in Watford's car parks keep breaking down?", WAT,
     "the contract set a target of 97 per cent availability, with service credits payable to the council if that was missed in any quarter"),
    ("How much would raising council tax support to 80 per cent cost Watford each year?", WAT,
     "the change would cost the council around £96,000 a year in its share of the tax"),
    # Preston
    ("Who proposed approving the 64 homes off Garstang Road in Broughton, and how did the vote go?", PRE,
     "Councillor Peter Haighton moved that the application be approved as recommended; this was seconded by Councillor Lucy Brannan. On being put to the vote there were 8 votes for, 3 against and 1 abstention."),
    ("Why was the takeaway at 112 Fishergate turned down?", PRE,
     "the proposal would leave a run of three takeaways within 40 metres on that side of Fishergate, and that the Environmental Health officer had concerns about odour affecting the flats above"),
    ("What time will the floodlights on the new pitch at Moor Park have to go off?", PRE,
     "the lights would be switched off by 9.30 pm"),
    # Medway
    ("How many fines did the litter enforcement firm hand out in Medway during the pilot?", MED,
     "Kestrel Environmental Services had issued 3,412 fixed penalty notices, 91 per cent of them for dropping cigarette ends"),
    ("Why is the Strood riverside walk costing more than planned?", MED,
     "the tender for the works had come in at £2.84 million against a budget of £2.5 million, mainly because of the cost of piling along the river wall"),
    ("How much will a post-16 travel pass cost Medway families who get free school meals?", MED,
     "with a reduced rate of £270 for families receiving free school meals"),
    # Oxford
    ("Who is responsible for the towpath on the Oxford Canal where the lights don't work?", OXF,
     "the Canal and River Trust owned the towpath"),
    ("How much money is Oxford City Council giving the Cowley Road Carnival?", OXF,
     "The Cabinet agreed a grant of £45,000 a year for three years to the Cowley Road Carnival"),
    ("Which Oxford council estates are worst hit by damp and mould?", OXF,
     "the Barton estate and the Wood Farm flats accounted for almost a third of all cases"),
    # Tendring
    ("How long is the queue for a beach hut in Frinton and Walton?", TEN,
     "2,370 people on the waiting list, some of whom had waited more than twelve years"),
    ("Can Frinton beach hut owners rent their huts out to day visitors?", TEN,
     "The Portfolio Holder replied that sub-letting would stay forbidden."),
    ("What did the inspection of the seafront toilets in Clacton and Jaywick find?", TEN,
     "the Pier Gap block needed a new roof and that the Jaywick block was beyond economic repair"),
    # Huntingdonshire
    ("How many households were in temporary accommodation in Huntingdonshire in autumn 2023?", HUN,
     "There were 163 households in temporary accommodation at the end of October 2023, compared with 98 a year earlier"),
    ("What is the main reason more people are becoming homeless in Huntingdonshire?", HUN,
     "the main cause was private landlords selling up or ending tenancies, which accounted for 46 per cent of cases"),
    ("Why was the Priory Park footbridge dropped from the St Neots scheme?", HUN,
     "The new footbridge scheme at Priory Park had been removed from the programme after costs rose to £4.1 million."),
    # Cheltenham
    ("What will an hour's parking cost in central Cheltenham under the new prices?", CHE,
     "to raise the hourly rate in the central car parks from £1.60 to £1.80"),
    ("How did the cabinet member answer the complaint that Sunday parking charges would hurt churchgoers in Cheltenham?", CHE,
     "Councillor Everitt replied that Sunday was now the second busiest day in the car parks and that most other towns in the county already charged on Sundays"),
    ("Does Cheltenham Borough Council decide the fares at the Arle Court Park and Ride?", CHE,
     "the Park and Ride was run by Gloucestershire County Council and that the borough council did not set its fares"),
    # Ipswich
    ("How much is Ipswich spending each week on nightly paid rooms for homeless households?", IPS,
     "the council was spending about £48,000 a week on nightly paid accommodation"),
    ("Will the council buying 40 homes push up house prices for first time buyers in Ipswich?", IPS,
     "40 homes over two years was less than 1 per cent of sales in the borough and would not move prices"),
    ("How much does Ipswich save when a family moves from B&B into a home the council owns?", IPS,
     "each family moved out of bed and breakfast into a council owned home saved around £14,500 a year"),
    # West Sussex
    ("How many crashes have there been on the A29 through Pulborough?", WSX,
     "following 11 injury collisions in the five years to December 2023, two of them serious"),
    ("Why isn't West Sussex putting a zebra crossing on London Road in Pulborough?", WSX,
     "A zebra crossing was considered but rejected because traffic speeds measured at the site averaged 41mph, above the level at which a zebra crossing is advised."),
    ("Where is the money for the Pulborough crossing coming from?", WSX,
     "funded from the Integrated Transport Block and a contribution of £40,000 from developer funds for the Glebelands housing site"),
    # Luton
    ("What is the fine for not picking up after your dog in Luton?", LUT,
     "A fixed penalty of £100 will be charged for dog fouling and for breaching the order."),
    ("Did people in Luton back the dog fouling rule when they were asked?", LUT,
     "Of these, 84 per cent supported the dog fouling rule"),
    ("Who objected to keeping dogs out of the play areas in Stockwood Park?", LUT,
     "The Kennel Club objected to the exclusion of dogs from play areas in Stockwood Park"),
    # Norfolk
    ("Which Norfolk towns are getting the new public car chargers first?", NFK,
     "The first towns to benefit would be Swaffham, North Walsham, Diss and Wymondham, with 92 chargers planned across them."),
    ("How many potholes were filled in Norfolk in 2023?", NFK,
     "pothole repairs had risen to 61,000 in 2023, the highest number for five years, after the wet winter"),
    ("Is it safe to use a Norfolk Open Library when there are no staff there?", NFK,
     "every Open Library had CCTV and an intercom to the county contact centre"),
    # Staffordshire
    ("Which company got the contract to change Staffordshire's remaining street lights to LED?", STS,
     "the contract be awarded to Brightline Highways Ltd"),
    ("Will Staffordshire switch its street lights off in the middle of the night?", STS,
     "The new lanterns would dim to 50 per cent of full output between midnight and 5.30am, but would not be switched off."),
    ("How much will the extra classrooms at Chancel Primary in Rugeley cost, and who pays?", STS,
     "The expansion would add four classrooms and cost £3.9 million, of which £2.2 million would come from developer contributions."),
    # Derbyshire Dales
    ("Why aren't parking prices going up in Wirksworth?", DDA,
     "because the Town Council had asked for them to stay the same while the Market Place works were completed"),
    ("Who proposed and seconded the Derbyshire Dales car park charges for 2024/25?", DDA,
     "It was moved by Councillor Hulland, seconded by Councillor Vardy and RESOLVED (unanimously) that the car park charges for 2024/25 be approved."),
    ("What was found to be wrong with the public toilets in Hartington?", DDA,
     "the Hartington toilets had failing drainage and a leaking roof"),
    # Exeter
    ("Who will look after the new street trees in Exeter city centre while they get established?", EXE,
     "the planting contract included three years of watering and aftercare"),
    ("Why did the Riverside Leisure Centre refurbishment in Exeter cost more than budgeted?", EXE,
     "because asbestos had been found in the roof void"),
    ("What will an adult pay for a swim at Riverside Leisure Centre?", EXE,
     "a swim for an adult would cost £5.40, the same as at the Pyramids"),
    # Boston
    ("How many stalls trade on Boston Market Place on a Saturday?", BOS,
     "on a typical Saturday there were 71"),
    ("Did Boston's market traders support the lower pitch fee for newcomers?", BOS,
     "44 traders had replied to a questionnaire in April, and that 80 per cent of them had supported the cheaper fee for new traders"),
    ("What has been done about trouble in Pump Square in Boston?", BOS,
     "two CCTV cameras had been added and that the police had reported a fall in incidents since the square reopened"),
    # Peak District
    ("How did the vote go on turning the barn at Lane Head Farm, Hartington into a holiday let, and who proposed it?", PDN,
     "The officer recommendation of approval was moved by Mr Pike and seconded by Cllr Fogarty. The motion was put to the vote and carried by 7 votes to 1."),
    ("How often was the Monsal Head car park full last summer?", PDN,
     "showed the car park full on 19 of 31 days"),
    ("Why was the farm shed at Upper Booth Farm in Edale refused?", PDN,
     "the size had not been justified by the farm's livestock numbers and that the site was prominent in views from the Pennine Way"),
    # Winchester
    ("Which firm will put the new chargers into Winchester's car parks?", WIN,
     "It is proposed that phase 2 be delivered under a contract with Chargewell UK Ltd, selected through the Hampshire framework."),
    ("Is there a limit on what drivers can be charged at Winchester's new car park chargers?", WIN,
     "capped at 65p per kWh under the contract"),
    ("What did the archaeologists find on the old Winchester bus station site?", WIN,
     "had found the remains of a Roman street and part of a medieval tannery"),
    # Canterbury
    ("How many litter fines did Canterbury's own enforcement team give out in its first year?", CAN,
     "issued 1,264 fixed penalty notices for littering, 147 for fly tipping and 38 for dog fouling"),
    ("Will Herne Bay Pier have to shut because of the corroded piles?", CAN,
     "the pier could stay open, but that the weight limit for vehicles on the deck would be reduced to 3.5 tonnes until the repairs were done"),
    ("Who is taking over the café in Westgate Gardens?", CAN,
     "the tender for the café at Westgate Gardens be awarded to Stour Kitchen Ltd, which had offered the highest rent of £31,500 a year"),
    # Harborough
    ("What did the building survey of the Market Hall in Market Harborough find?", HAR,
     "found that the roof coverings were at the end of their life, that the heating system had failed, and that the goods lift did not meet current safety standards"),
    ("Where will the Market Hall traders go while the building work is done?", HAR,
     "the traders will be moved to temporary stalls in the Commons car park"),
    ("What were people in Lutterworth most worried about in the early survey on the town centre plan?", HAR,
     "the biggest concern raised was the shortage of parking near the health centre"),
    # Lewes
    ("How many fishing boats land their catch at Newhaven?", LEW,
     "with 27 vessels under 10 metres landing at the East Quay"),
    ("Who is paying for the cold store and ice plant at Newhaven?", LEW,
     "Of this, £2.9 million comes from the Levelling Up Fund award for Newhaven, and £700,000 from the council's capital programme."),
    ("What did the ground tests on Newhaven's East Quay show?", LEW,
     "A ground investigation in October 2023 found soft clay to a depth of 9 metres"),
    # Stafford
    ("How far has Stafford got towards planting 50,000 trees?", STA,
     "Some 18,400 had been planted by March 2024."),
    ("Who is paying for the new trees in Victoria Park, Stafford?", STA,
     "of which £61,000 comes from the Urban Tree Challenge Fund and the rest from the council's climate change budget"),
    ("Why have trees been cut down in Victoria Park in recent years?", STA,
     "23 trees have been felled in the last five years because of disease or decay"),
    # Norwich
    ("When will the felled trees on Unthank Road be replaced?", NWC,
     "Eleven replacement trees will be planted on Unthank Road in March"),
    ("Do Norwich Market stallholders have to pay towards the new canopies?", NWC,
     "The stallholders would not be asked to pay towards the works, and rents would be frozen for 2025/26."),
    ("How many of Norwich's council tower blocks have sprinklers?", NWC,
     "sprinklers had been fitted in four of the city's fourteen tower blocks"),
    # Flintshire
    ("How much did Flintshire pay for street lighting electricity in 2022/23?", FLI,
     "from £610,000 in 2021/22 to £1.02 million in 2022/23"),
    ("Who put forward the part night lighting trial on the A5119, and who backed it?", FLI,
     "Councillor Moelfre moved that the Committee support a trial of part night lighting on the A5119 only; this was seconded by Councillor Gronant."),
    ("What happens in Flintshire if I leave extra rubbish bags next to my black bin?", FLI,
     "from June crews would leave a sticker on any black bin with extra bags beside it, and the bags would not be collected"),
    # Adur
    ("Why have the toilets at Widewater Lagoon been closed?", ADU,
     "the toilets had been vandalised twice in March and that new stainless steel fittings had been ordered"),
    ("How many people are waiting for a council beach hut in Adur?", ADU,
     "there were 512 names on the waiting list"),
    ("How did the council vote on building new beach huts at Lancing?", ADU,
     "On a vote, 19 members voted for, 6 against, with 2 abstentions."),
]

ACROSS = [
    ("How are car parking charges changing in Cheltenham and in the Derbyshire Dales?", [
        (CHE, "to introduce a flat Sunday charge of £2 for the day in place of free parking"),
        (DDA, "It was proposed to increase the tariff for up to three hours in the Matlock Bath car parks from £4.50 to £5.00"),
    ]),
    ("How far have Staffordshire and Flintshire got with changing their street lights to LED?", [
        (STS, "86,000 of the county's 114,000 street lights had already been converted to LED"),
        (FLI, "97 per cent of the Council's 19,400 street lights now had LED lanterns"),
    ]),
    ("What does it cost each year to have a council beach hut in Tendring and in Adur?", [
        (TEN, "The annual site licence fee for a hut on the Frinton Greensward would rise by 6 per cent to £742 from April 2024."),
        (ADU, "The annual rent for a council hut would be £1,150 from April 2024."),
    ]),
    ("How many homeless households were in bed and breakfast in Ipswich and in Huntingdonshire?", [
        (IPS, "The number of households placed in bed and breakfast by Ipswich Borough Council had reached 94 in December 2023"),
        (HUN, "41 of them were in bed and breakfast hotels, mostly in Huntingdon and St Neots"),
    ]),
    ("Which councils are putting electric vehicle charging points in their car parks or streets?", [
        (WAT, "a concession contract for rapid and fast electric vehicle charging points in four council car parks"),
        (OXF, "which would add 180 charging points at 30 hubs in Headington, Marston, Rose Hill and Blackbird Leys"),
        (NFK, "Cabinet RESOLVED to approve the procurement of a charge point operator for a concession of up to 15 years."),
        (WIN, "adding 64 fast chargers in eight car parks"),
    ]),
    ("Which councils are spending money to repair, rebuild or add public toilets?", [
        (TEN, "It was RESOLVED that the Pier Gap roof be repaired at a cost of up to £38,000 and that officers seek quotations for a modular replacement at Jaywick Sands."),
        (DDA, "The cost of the repairs was estimated at £27,500."),
        (PDN, "The application sought to add 38 spaces to the car park and build a toilet block with an accessible toilet."),
        (ADU, "the council had bid for £90,000 from the Changing Places Fund to build one beside the beach green car park"),
    ]),
    ("Which councils have set the fine for dropping litter?", [
        (MED, "The fixed penalty for littering would rise from £100 to £150, with a reduction to £100 for payment within ten days"),
        (LUT, "The fixed penalty for dropping litter will be £150, reduced to £90 if paid within 14 days."),
        (CAN, "The fixed penalty for littering is £150, reduced to £100 if paid within ten days."),
    ]),
    ("Which councils are planting trees, and how many?", [
        (MED, "planting of 120 trees"),
        (DDA, "1,500 trees had been planted on council land at Hurst Farm in December 2023 by 64 volunteers"),
        (EXE, "Some 340 new street trees would be planted in the first five years"),
        (STA, "The programme would plant 260 trees in Victoria Park and on the river meadows"),
        (NWC, "as part of this winter's planting of 420 street and park trees across the city"),
    ]),
]

NEAR_MISSES = [
    "How much rent will the new café operator at Cassiobury Park pay Watford council?",                        # a
    "How many councillors voted for the floodlit 3G pitch at Moor Park in Deepdale?",                           # c
    "How much was Kestrel Environmental Services paid for running Medway's enforcement pilot?",                # b
    "Which streets did the parking survey rule out for Oxford's new on-street charging hubs?",                 # d
    "How much will the new modular toilet block at Jaywick Sands cost?",                                       # a
    "What did the advisers' study say about Huntingdonshire buying up to 30 homes for temporary accommodation?",  # d
    "How many parking spaces are there altogether in Cheltenham's council car parks?",                         # b
    "How much did Ipswich Borough Council pay for the six houses in the Chantry area?",                        # c
    "What did people say in the consultation on cutting the A29 Pulborough speed limit to 40mph?",             # d
    "How many extra enforcement officers is Luton taking on to police the dog and litter rules?",             # a
    "What share of Norfolk's unclassified roads did the 2023 condition survey find in need of repair?",       # c
    "How much will Staffordshire save each year on its electricity bill from the LED street lights?",         # b
    "How much extra income will the higher Matlock Bath parking charges bring in?",                           # a
    "What did the survey of the trees in Exeter's parks and cemeteries find?",                                # d
    "How many stalls were trading on Boston Market Place on a typical Saturday in 2019?",                     # c
    "How big is the barn being turned into a holiday let at Lane Head Farm in Hartington?",                   # c
    "When will the new chargers in Winchester's car parks be switched on?",                                   # b
    "What did residents say in the consultation on when the summer dog ban on Herne Bay and Tankerton beaches should start?",  # d
    "How long will the Market Hall in Market Harborough be closed for the refurbishment?",                    # a
    "How much will Newhaven fishermen be charged for a tonne of ice from the new plant?",                     # b
    "What did the Wildlife Trust's survey of the River Sow in Stafford find about otters and water voles?",  # d
    "Which Norwich Market traders will have to move out first when the canopy works start?",                  # a
    "What was the recycling rate at the Greenfield household recycling centre in 2021/22?",                   # c
    "How big will each of the new beach huts on Lancing promenade be?",                                        # b
]

ORDINARY = [
    "What did Bristol City Council decide about residents' parking zones?",
    "How much will Leicester City Council charge for garden waste bins next year?",
    "What did Swansea Council agree about the seafront at Mumbles?",
    "When will the new crematorium open?",
    "How much does it cost to rent an allotment plot?",
    "Are taxi licence fees going up?",
    "Has any council banned disposable barbecues in its parks?",
    "What was decided about the skate park in Carlisle?",
]


def questions() -> list[dict]:
    assert len(ANSWERABLE) == 72 and len(ACROSS) == 8 and len(NEAR_MISSES) == 24 and len(ORDINARY) == 8
    out = [{"id": f"r{i:02d}", "question": q, "gold": [{"doc": d, "quote": s}]}
           for i, (q, d, s) in enumerate(ANSWERABLE, 1)]
    out += [{"id": f"x{i:02d}", "question": q, "gold": [{"doc": d, "quote": s} for d, s in golds]}
            for i, (q, golds) in enumerate(ACROSS, 1)]
    out += [{"id": f"u{i:02d}", "question": q, "gold": []} for i, q in enumerate(NEAR_MISSES, 1)]
    out += [{"id": f"n{i:02d}", "question": q, "gold": []} for i, q in enumerate(ORDINARY, 1)]
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
