"""Write bench/heldout46/questions.jsonl: 112 questions on the forty-sixth held-out corpus.

    python bench/heldout46/write_questions.py

r01-r72 answerable (three per document, in the README's table order), x01-x08 across councils (one
gold quote per relevant document), u01-u24 near misses (one per document, kinds a-d, see README.md),
n01-n08 ordinary unanswerable. Gold quotes are exact text of their documents; check_gold.py checks
them in both pypdf modes.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

TH = "ieListDocuments_CId320_MId15884_TowerHamlets_Cabinet"
BRI = "ieListDocuments_CId702_MId11234_Bristol_Transport"
MAN = "ieListDocuments_CId147_MId4021_Manchester_Executive"
BRE = "ieListDocuments_CId205_MId3310_Brentwood_PRED"
RUN = "ieListDocuments_CId140_MId2987_Runnymede_Planning"
LAN = "ieListDocuments_CId122_MId6650_Lancashire_Cabinet"
NCL = "mgAi_ID61873_Newcastle_Cabinet_EVCharging"
NH = "mgAi_ID29941_NorthHerts_OS_TreeStrategy"
NOT = "ieDecisionDetails_ID9120_Notts_Highways"
WE = "ieDecisionDetails_ID2214_WECA_BusServices"
ES = "ESCC_Cabinet_Minutes_26092023"
WD = "WDBC_Hub_Committee_Minutes_19_March_2024"
SN = "SNC_Cabinet_Minutes_12_June_2023"
SA = "SDC_Cabinet_Minutes_2024-07-22"
CUM = "Cumberland_Executive_Minutes_14052024"
EX = "ENPA_Planning_Committee_Minutes_07Nov2023"
SWA = "Swansea_Cabinet_Pack_18Jan2024"
HUL = "Hull_Cabinet_Agenda_Pack_23102023"
BRA = "Bradford_Executive_Pack_5March2024"
SO = "SODC_Cabinet_Report_EV_Charging_CarParks"
TM = "TMBC_Cabinet_Report_Rural_Bus_Services"
EH = "EHDC_Cabinet_Minutes_9_March_2023"
WL = "WLBC_Cabinet_Minutes_12_November_2024"
WY = "Wycombe_DC_Cabinet_Minutes_16_September_2019"

ANSWERABLE = [
    # Tower Hamlets
    ("Which firm will carry out the damp and mould repairs in Tower Hamlets council homes?", TH,
     "to be delivered by Harrowgate Property Care Ltd under the council's existing responsive repairs framework"),
    ("Will Tower Hamlets leaseholders have to pay anything towards the damp and mould work?", TH,
     "leaseholders would not be charged for work inside their own flats, but the cost of communal ventilation would be recharged through service charges in the normal way"),
    ("How much is the fine for driving into one of the new school streets in Tower Hamlets?", TH,
     "a penalty charge of £160 would apply, reduced to £80 if paid within 14 days"),
    # Bristol
    ("Has the Bedminster residents' parking scheme actually freed up spaces on the street?", BRI,
     "counts on 12 streets showed that spaces free at 10am had risen from 9 per cent before the scheme to 24 per cent"),
    ("Who proposed and seconded keeping Bristol's Bedminster parking scheme, and how did the vote go?", BRI,
     "Councillor Melody Oyelaran moved the recommendations and Councillor Gareth Pomfrey seconded them. On being put to the vote, the recommendations were carried by 7 votes to 2."),
    ("Why are Bristol's new charging hubs not aimed at people in the inner suburbs who have no driveway?", BRI,
     "lamp column chargers in residential streets would be the subject of a separate report in the spring, and that the hubs were aimed at taxi drivers and commuters"),
    # Manchester
    ("How long were Manchester council tenants waiting for someone to come and look at damp, and has it improved?", MAN,
     "The average time from a report to the first inspection had fallen from 31 days in January to 9 days in June."),
    ("Can I still visit Heaton Hall while the roof is being repaired?", MAN,
     "the ground floor would open on summer weekends but the first floor would be closed until the roof was finished"),
    ("When will the work at Ardwick Green Park begin, and how long will it go on?", MAN,
     "Work would start in January 2024 and last about five months."),
    # Brentwood
    ("Who is putting the electric car chargers into Brentwood's car parks, and what does the council get out of it?", BRE,
     "In total 26 fast chargers would be installed by Voltarra Charging Ltd at no capital cost to the council, with the company keeping the income and paying a fixed fee of £310 per charger each year."),
    ("How much has Brentwood council spent so far on the William Hunter Way car park scheme?", BRE,
     "£412,000 had been spent on design and legal advice since 2021"),
    ("If part of Brentwood Town Hall is let to a health body, will councillors lose their committee rooms?", BRE,
     "the committee rooms on the first floor were unaffected"),
    # Runnymede
    ("What did the applicant say about the Egham High Street flats overshadowing gardens on Manor Farm Lane?", RUN,
     "daylight testing showed all gardens would keep at least two hours of sun on 21 March"),
    ("Who moved approval of the Egham High Street flats, and what was the vote?", RUN,
     "Cllr Moira Tennant proposed that the application be granted and Cllr Lewin Pettifer seconded. On a vote of 8 in favour and 3 against, planning permission was GRANTED subject to a section 106 agreement."),
    ("Why did Runnymede refuse the two new houses behind Guildford Street in Chertsey?", RUN,
     "the access drive would pass within 1.5 metres of the side wall of number 44 and would harm its occupiers through noise and headlights"),
    # Lancashire
    ("How much extra is Lancashire County Council putting into road repairs in 2024/25?", LAN,
     "An extra £5 million of county council money would be added to the highways maintenance budget for 2024/25, alongside the government's pothole funding."),
    ("Is any of Lancashire's extra road money going on pavements?", LAN,
     "£600,000 of it was reserved for footway repairs near schools and GP surgeries"),
    ("How many people go to the day centre in Chorley that is moving to Water Street?", LAN,
     "Forty two people currently used the centre"),
    # Newcastle
    ("What will it cost to charge an electric car at Newcastle's new on-street chargers?", NCL,
     "The company would charge drivers 45p per kilowatt hour at first, with the council able to review the tariff every year."),
    ("Will there be charging cables lying across the pavement in Newcastle streets?", NCL,
     "all chargers would use channels cut into the pavement so that no cable lay across the footway"),
    ("How did Newcastle decide where to put the new street charge points?", NCL,
     "The locations had been chosen from 1,150 requests made by residents through the council's online map."),
    # North Herts
    ("Did North Hertfordshire hit its tree planting target last season?", NH,
     "In the 2023/24 planting season 2,300 trees had been planted on council land, against a target of 2,000"),
    ("Who is watering the young trees North Herts has planted, and what does that cost?", NH,
     "Watering had since been contracted to Hertsgreen Arboriculture for the first three summers after planting, at a cost of £36,000 a year."),
    ("Is North Herts council cutting down more trees than it plants?", NH,
     "410 council trees had been felled in the year, mostly for safety reasons, so the net gain was about 1,890 trees"),
    # Nottinghamshire
    ("What did the 2023 survey of Nottinghamshire's roads show?", NOT,
     "found that the proportion of unclassified roads needing repair had risen from 19 per cent to 24 per cent, largely because of the wet winter"),
    ("Why didn't Nottinghamshire just spend all the extra highways money on filling potholes?", NOT,
     "Spending all of the money on patching was rejected because patched roads tend to fail again within two winters."),
    ("How many Nottinghamshire roads are getting resurfaced with the additional money?", NOT,
     "That £4.1 million be allocated to resurfacing 57 roads identified as being in the worst condition by the 2023 condition survey."),
    # West of England
    ("How much is the West of England spending to keep its subsidised buses going until spring 2025?", WE,
     "To extend the contracts for 31 supported bus services to 31 March 2025 at a cost of £8.9 million"),
    ("Why has the subsidy per passenger on West of England supported buses gone up?", WE,
     "the average subsidy per passenger journey had risen to £3.30, mainly because of higher driver wages and fuel costs"),
    ("Did the combined authority consider scrapping its quietest bus routes instead?", WE,
     "Withdrawing the least used 10 routes was considered but rejected, because it would save only £1.1 million and leave several villages without a bus."),
    # East Sussex
    ("How many potholes were reported in East Sussex in August 2023?", ES,
     "1,460 potholes had been reported in August, about a third fewer than in August 2022"),
    ("Why isn't the A26 between Lewes and Uckfield being resurfaced?", ES,
     "the A26 had been patched in the spring and would be considered for full resurfacing in 2024/25 once its skid resistance had been measured again"),
    ("Can parents in East Sussex turn down travel training without their child losing school transport?", ES,
     "The Lead Member for Education and Inclusion, Councillor Whitlock, said that the training was voluntary"),
    # West Devon
    ("How many homes were flooded in Tavistock in November 2022?", WD,
     "In November 2022 water had entered 27 homes and 9 businesses around Bannawell Street and Plymouth Road."),
    ("How much money is West Devon putting towards flood protection in Tavistock?", WD,
     "The Council's contribution was proposed at £250,000 from the Strategic Change reserve"),
    ("Do local businesses get first choice of units at the Okehampton Business Hub?", WD,
     "businesses based within West Devon were offered first refusal of any unit for four weeks before it was advertised more widely"),
    # South Norfolk
    ("What did people think of the plans for Wymondham Market Place?", SN,
     "58 per cent of respondents supported the scheme, but many traders were worried about losing parking, and 140 comments asked for the loading bay to be kept"),
    ("Who moved the Wymondham Market Place scheme at South Norfolk's Cabinet, and was it unanimous?", SN,
     "Cllr Raeburn proposed the recommendations, seconded by Cllr Coxall, and on being put to the vote they were carried, with four votes for and one against."),
    ("What will the brown bin garden waste service cost in South Norfolk from 2024?", SN,
     "the annual charge for the garden waste collection service would rise from £52 to £56 from January 2024"),
    # Stratford-on-Avon
    ("How many free trees has Stratford district council handed out?", SA,
     "Over the last two winters the Council had given away 9,600 free trees to residents, schools and parish councils, and planted 1,200 larger trees on its own land."),
    ("Will parish councils be asked before trees are planted on roadside verges around Stratford?", SA,
     "every site on a verge would be agreed with the parish council and Warwickshire County Council as highway authority before planting"),
    ("Will the Bancroft Gardens toilets start charging after the refurbishment?", SA,
     "the toilets would remain free to use"),
    # Cumberland
    ("Why are the A595 road repairs in Cumberland being done at night?", CUM,
     "night working avoided closing one of the main routes to the Sellafield site during the day, although it cost about 20 per cent more"),
    ("Are stallholders' rents at Carlisle Market Hall going up when the council takes over?", CUM,
     "rents would be frozen for the first twelve months of council management"),
    ("What was wrong with the North Pier at Whitehaven harbour?", CUM,
     "an inspection by divers in February found that stones had been washed out of the pier below the water line"),
    # Exmoor
    ("How many homes will the higher river wall in Lynmouth protect?", EX,
     "The works would protect 32 homes and 11 businesses."),
    ("How long will the riverside footpath in Lynmouth be closed?", EX,
     "the path would be closed for about four months from January 2024 and a signed diversion would be provided through the village"),
    ("How did the votes go on the cafe extension at Porlock Weir?", EX,
     "The motion was lost by 2 votes to 5. Mr Yeandle then proposed approval, seconded by Mrs Tapscott, and this was carried by 5 votes to 2."),
    # Swansea
    ("Where do swimming lessons go while the Morriston pool is shut?", SWA,
     "swimming lessons would move to Penlan Leisure Centre and the LC, with free transport provided for school groups"),
    ("Will any Swansea library close or any library staff be made redundant?", SWA,
     "No library will close and no member of staff will be made redundant; the savings will be made by not filling vacant posts."),
    ("Which Swansea libraries will open late in the evening?", SWA,
     "late opening until 7pm will be introduced one evening a week at Morriston, Gorseinon and Sketty libraries"),
    # Hull
    ("Why was the pool at Ennerdale Leisure Centre closed?", HUL,
     "The pool was closed when a structural inspection found corrosion in the steel beams that support the roof over the pool hall."),
    ("How is Hull paying for the repairs to Ennerdale pool?", HUL,
     "The cost of Option 1 will be met from prudential borrowing of £2.9 million and £800,000 from the council's leisure reserve."),
    ("What can Hull council tenants do about damp while they wait for a surveyor?", HUL,
     "tenants could ask for a free dehumidifier, and that 430 had already been handed out"),
    # Bradford
    ("Will the Mirror Pool in Bradford's City Park be working again by the summer?", BRA,
     "the contractor expected to finish by the end of May 2024"),
    ("Would people in Bradford rather have shorter library hours than lose libraries?", BRA,
     "Seventy per cent of respondents said they would accept shorter opening hours if it meant that no library closed."),
    ("What support will Bradford give to a community group that takes on its local library?", BRA,
     "the council will provide the books, computers and the library management system free of charge for at least five years"),
    # South Oxfordshire
    ("How much of South Oxfordshire's car park charging scheme is paid for by government grant?", SO,
     "Of this, £310,000 will come from the Office for Zero Emission Vehicles grant and the remaining £166,000 from the council's capital programme."),
    ("How many chargers are going in at the Kings Road car park in Henley?", SO,
     "14 charging points in the Kings Road car park in Henley"),
    ("Why is Wallingford getting fewer charging points than Henley or Thame?", SO,
     "The number at Wallingford is lower because the local electricity supply is limited."),
    # Tonbridge and Malling
    ("Which bus company runs the 58 and 151 services that Tonbridge and Malling is helping to pay for?", TM,
     "The operator, Hadlow Weald Coaches Ltd, has agreed to keep the current timetable."),
    ("What did the survey of people on the evening 58 bus find?", TM,
     "44 per cent of evening passengers on route 58 were travelling to or from work and that most had no car available"),
    ("Could Tonbridge and Malling stop paying towards these buses if too few people use them?", TM,
     "If passenger numbers fall below 1,200 journeys a month, the Council may withdraw its contribution with three months' notice."),
    # East Hampshire
    ("What went wrong with Petersfield's Heath Pond in 2022?", EH,
     "in the hot summer of 2022 large areas of the pond had become shallow and choked with algae, and fish had died"),
    ("Will the Heath Pond works get in the way of the Petersfield Heath fair?", EH,
     "the works would be timed to avoid the fair in October, and that the common would stay open throughout"),
    ("Who put forward the new 50p parking charge in Alton, and how did the vote go?", EH,
     "Councillor Arbuthnot proposed, and Councillor Goldring seconded, that a charge of 50p for the first hour be introduced at the Cross and Pillory Lane car park in Alton. On a vote, four members were in favour and one against."),
    # West Lancashire
    ("Who will look after and water the new street trees in Ormskirk and Burscough?", WL,
     "the tree supplier would water them and replace any that died for three years after planting"),
    ("Can I stop West Lancashire planting a street tree outside my house?", WL,
     "trees would not be planted in front of a home where the occupier objected unless there was no other suitable place"),
    ("Which firm won West Lancashire's contract for new council house kitchens and bathrooms?", WL,
     "Councillor Threlfall moved that the contract be awarded to Wardle & Pike Building Services Ltd, which had scored highest on quality and price."),
    # Wycombe
    ("How much would it cost to bring the Rye Lido in High Wycombe fully back into use?", WY,
     "a full restoration costing about £4.5 million"),
    ("Could a community group take over the Rye Lido in High Wycombe?", WY,
     "the council would welcome a bid from the Rye Pool Community Trust, provided the group could show it had the money to run it for at least ten years"),
    ("Will children's swimming lessons stop while the learner pool at Wycombe Leisure Centre is being fixed?", WY,
     "lessons would be moved into the main pool during that time"),
]

ACROSS = [
    ("How are Swansea and Bradford changing the opening hours of their libraries?", [
        (SWA, "each branch library opens on five days a week instead of six, closing on either Monday or Wednesday"),
        (BRA, "Eleven smaller libraries will open for three days a week, including one Saturday morning each month.")]),
    ("What is being done about flooding in West Devon and on Exmoor?", [
        (WD, "The Committee considered a report on a joint scheme with the Environment Agency and Devon County Council to reduce flooding from the River Tavy and the Fishlake stream in Tavistock."),
        (EX, "an application by the Environment Agency to raise the height of the river wall on Riverside Road by up to 600mm over a length of 140 metres")]),
    ("How many trees are North Herts, Stratford-on-Avon and West Lancashire councils aiming to plant?", [
        (NH, "a recommendation to Cabinet that the planting target for 2024/25 be raised to 2,500"),
        (SA, "The report proposed a new target of 15,000 trees over three years"),
        (WL, "For 2024/25 the report proposed planting 180 larger street trees in Ormskirk and Burscough, where tree cover was lowest, and a new woodland of four hectares at Abbey Lane playing fields in Burscough.")]),
    ("How much are the West of England Combined Authority and Tonbridge and Malling putting into keeping bus services running?", [
        (WE, "To extend the contracts for 31 supported bus services to 31 March 2025 at a cost of £8.9 million"),
        (TM, "It is proposed that the Borough Council contributes £64,000 a year for two years towards the cost of the two services, with Kent County Council paying the rest.")]),
    ("Which councils are installing electric vehicle charging points, and how many?", [
        (BRI, "Together the hubs would provide 48 rapid charging bays"),
        (BRE, "In total 26 fast chargers would be installed by Voltarra Charging Ltd"),
        (NCL, "Phase two would install 140 charge points on lamp columns and in small kerbside clusters."),
        (SO, "That Cabinet approves the installation of 34 charging points in council car parks in Henley, Thame and Wallingford.")]),
    ("Which councils have been dealing with potholes and road resurfacing?", [
        (LAN, "The extra money would pay for patching crews working on whole sections of road rather than single potholes, with priority given to the A roads and bus routes."),
        (NOT, "To approve how an additional £7.4 million of highways funding for 2024/25 will be spent on pothole repairs and road resurfacing across Nottinghamshire."),
        (ES, "Work planned for the rest of the year included 3.2 miles of resurfacing in Seaford and 2.1 miles in Newhaven, mostly on estate roads."),
        (CUM, "The council had repaired 8,940 potholes in the Carlisle area and 6,120 in the Allerdale area during 2023/24, and had resurfaced 61 miles of road across Cumberland.")]),
    ("Which councils have a swimming pool that is closed or needs major repairs?", [
        (SWA, "the main pool at Morriston Leisure Centre had closed in October after tiles came away from the floor of the pool"),
        (HUL, "To seek approval for works to reopen the 25 metre pool at Ennerdale Leisure Centre on Ennerdale Link Road, which has been closed since March 2023."),
        (WY, "the open air swimming pool on the Rye in High Wycombe, which had been closed since the end of the 2017 season")]),
    ("Which councils reported on damp and mould in their council homes?", [
        (TH, "the condition survey of 2,140 council homes carried out between October 2023 and January 2024 had found 312 homes with a category 1 damp and mould hazard"),
        (MAN, "4,870 reports of damp and mould had been logged, of which 3,960 had been closed"),
        (HUL, "a stock condition survey of 1,500 council homes in Bransholme, Orchard Park and Longhill had found signs of damp or mould in 21 per cent of them")]),
]

NEAR_MISSES = [  # one per document, in table order; kinds a, b, c, d in turn (see README.md)
    "When will the new lockable storage units for Whitechapel Market traders be ready?",
    "What will drivers pay per kilowatt hour at Bristol's new rapid charging hubs?",
    "How many visits did Heaton Park get in 2022?",
    "What did the parking demand study for William Hunter Way conclude about how many spaces Brentwood town centre needs?",
    "Which housing association will take on the affordable flats in the Egham High Street development?",
    "How many potholes did Lancashire County Council repair last year?",
    "How many on-street charge points is Newcastle putting in Heaton?",
    "What did the ash dieback survey on Norton Common in Letchworth find?",
    "Which roads in Newark and Sherwood are getting surface dressing in 2024?",
    "How much will a single fare be on the West of England's supported bus routes?",
    "How many miles of road are being resurfaced in Peacehaven this year?",
    "What did the Environment Agency's new flood model of the River Tavy show?",
    "When do the works on Wymondham Market Place start?",
    "Which contractor is refurbishing the Bancroft Gardens toilets?",
    "How many potholes were repaired in the Copeland area of Cumberland in 2023/24?",
    "Were bats found in the survey of the barn at Higher Thornworthy, Exford?",
    "Is Swansea getting rid of its mobile library van?",
    "How much will a swim cost at Ennerdale Leisure Centre once the pool reopens?",
    "How many visits did Shipley Library get in 2022/23?",
    "What did the grid capacity study find about putting rapid chargers in Wallingford's Cattle Market car park?",
    "Will Kent County Council keep paying its share for the 58 and 151 buses after March 2026?",
    "How long will the Heath Pond desilting work in Petersfield take?",
    "How many trees did West Lancashire council plant in 2022/23?",
    "What did residents say in the consultation on the future of the Rye Lido?",
]

ORDINARY = [
    "What has Leeds City Council decided about the roof of Kirkgate Market?",
    "How much is Cardiff Council spending on new cycle lanes?",
    "Has Sunderland City Council approved the new ice rink?",
    "What did the Highland Council agree about ferry fares to Inverness?",
    "How long is the waiting list for an allotment?",
    "How much does a burial plot cost in the council's cemeteries?",
    "What is the fine for not picking up after your dog?",
    "Is the council putting on a fireworks display this year?",
]


def questions() -> list[dict]:
    out = [{"id": f"r{i:02d}", "question": q, "gold": [{"doc": d, "quote": quote}]}
           for i, (q, d, quote) in enumerate(ANSWERABLE, 1)]
    out += [{"id": f"x{i:02d}", "question": q, "gold": [{"doc": d, "quote": quote} for d, quote in golds]}
            for i, (q, golds) in enumerate(ACROSS, 1)]
    out += [{"id": f"u{i:02d}", "question": q, "gold": []} for i, q in enumerate(NEAR_MISSES, 1)]
    out += [{"id": f"n{i:02d}", "question": q, "gold": []} for i, q in enumerate(ORDINARY, 1)]
    return out


def main() -> int:
    qs = questions()
    assert len(ANSWERABLE) == 72 and len(ACROSS) == 8 and len(NEAR_MISSES) == 24 and len(ORDINARY) == 8
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for q in qs:
            handle.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"wrote {len(qs)} questions to {HERE / 'questions.jsonl'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
