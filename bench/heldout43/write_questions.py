"""Write bench/heldout43/questions.jsonl: 112 questions on the documents of content.py.

    python bench/heldout43/write_questions.py

r01-r72 answerable (three per document, in the documents' order), x01-x08 across councils,
u01-u24 near misses (one per document, kinds a-d, see README.md), n01-n08 ordinary unanswerable.
Every gold quote is exact text of its document; check with check_gold.py.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

HAV = "ieListDocuments_CId142_MId3871_Havant_Cabinet"
TRI = "ieListDocuments_CId115_MId1990_ThreeRivers_PR"
EPP = "ieListDocuments_CId161_MId11872_EppingForest_APSCWest"
ROS = "ieListDocuments_CId134_MId4410_Rossendale_Cabinet"
WOR = "ieListDocuments_CId287_MId6102_Worcester_PlaceEconomy"
HAB = "ieListDocuments_CId140_MId5533_HinckleyBosworth_Executive"
SRB = "mgAi_ID31877_SouthRibble_Scrutiny"
HER = "mgAi_ID22643_Hertsmere_Executive"
WSU = "ieDecisionDetails_ID5218_WestSuffolk_CommunityChest"
VWH = "ieDecisionDetails_ID3307_Vale_CaddyLiners"
CAN = "CCDC_Cabinet_Minutes_2024-07-18"
STA = "SBC_Planning_Committee_Minutes_050325"
WYC = "Wychavon_Executive_Board_16Oct2024"
CPB = "CPBC_Cabinet_Minutes_20_November_2024"
MEL = "MBC_Cabinet_Minutes_10_September_2024"
SHO = "SHDC_Cabinet_Minutes_25022025"
KLW = "KLWN_Cabinet_Pack_2025-04-08"
ROC = "Rochford_Executive_Pack_2025-03-12"
NWL = "NWLDC_Cabinet_Pack_14_January_2025"
FOD = "FoDDC_Cabinet_Report_Five_Acres_Pool"
WOX = "WODC_Executive_Report_Caddy_Liner_Trial"
DDA = "DDDC_Community_Environment_Minutes_07112024"
EHE = "EHDC_Overview_Scrutiny_Minutes_21_Jan_2025"
ADU = "Adur_Council_Minutes_18_July_2024"

R = [
    # Havant
    ("Which firm is going to build the new beach huts on Hayling Island?", HAV,
     "The huts would be built and installed by Solent Timber Structures Ltd"),
    ("What was wrong with the roof at Leigh Park Community Centre, according to the survey?", HAV,
     "A structural survey carried out in May 2024 found that the felt roof had reached the end of its life and that two of the steel roof beams above the main hall were corroded where water had pooled."),
    ("Could someone pay extra to get one of the new Hayling beach huts ahead of people on the waiting list?", HAV,
     "Councillor Marchbanks replied that offers would be made strictly in waiting list order and that nobody would be able to jump the queue by paying more."),
    # Three Rivers
    ("Who pays for the chargers going into Three Rivers car parks, and what does the council get out of it?", TRI,
     "The operator would pay for the chargers, their installation and maintenance, and the council would receive 15 per cent of the income from every charging session."),
    ("Who proposed and seconded keeping the council tax reduction minimum contribution at 8.5 per cent in Three Rivers?", TRI,
     "The recommendation was moved by Councillor Glenys Mortlake and seconded by Councillor Peter Haverstock."),
    ("Why did the local family business win the café at Leavesden Country Park?", TRI,
     "because it offered the longest opening hours, including winter weekends, and proposed to employ young people from the local area"),
    # Epping Forest
    ("How did councillors vote on the 14 homes off Sewardstone Road in Waltham Abbey?", EPP,
     "On a vote, 8 voted in favour and 2 against, and the motion was carried."),
    ("Why were the houses on the old glasshouse site in Nazeing turned down?", EPP,
     "The committee agreed with the officer that the scheme would harm the openness of the Green Belt and that the site was too far from shops and bus stops."),
    ("Why didn't Epping Forest councillors make a decision on the Roydon barn holiday let?", EPP,
     "It was agreed that the application be deferred so that members could visit the site and see the access lane for themselves before reaching a decision."),
    # Rossendale
    ("Where is the money for Rossendale's play area upgrades coming from?", ROS,
     "The money would come from developer contributions of £255,000 and £165,000 from the UK Shared Prosperity Fund, so no borrowing would be needed."),
    ("Which contractor got the job of repairing the shop fronts and resurfacing the market square in Bacup?", ROS,
     "had been awarded to Pennine Stoneworks Ltd after a tender with six bidders"),
    ("When should the Bacup heritage work be finished, and will the Saturday market carry on?", ROS,
     "Work would start in April 2025 and was due to be finished by the end of October 2025, with the square kept open for the Saturday market throughout."),
    # Worcester
    ("When will Worcester start collecting food waste every week?", WOR, "Collections would begin in April 2026."),
    ("How much is fixing the splash pad in Gheluvelt Park going to cost, and when will it reopen?", WOR,
     "The repair would cost £64,000, met from the parks maintenance budget, and the splash pad would reopen by the end of June."),
    ("What happens to an event booked on Pitchcroft if the racecourse floods?", WOR,
     "The Events Manager replied that every event organiser had to name a reserve date, and that in a flood the council refunded the hire fee in full if no reserve date could be found."),
    # Hinckley and Bosworth
    ("What will the fine for fly tipping be in Hinckley and Bosworth?", HAB,
     "It was proposed that the fixed penalty for fly tipping be raised to £600, reduced to £400 if paid within ten days."),
    ("How many fixed penalty notices did Hinckley and Bosworth hand out in 2022/23?", HAB,
     "312 fixed penalty notices had been issued for environmental offences"),
    ("Who is paying for the refurbishment of the Burbage Common visitor centre?", HAB,
     "It would cost £495,000, of which £300,000 would come from the UK Shared Prosperity Fund and the rest from the council's capital programme."),
    # South Ribble
    ("How much is the new play area at Worden Park in Leyland costing?", SRB,
     "The committee heard that the largest scheme was a new play area at Worden Park, costing £310,000, which would replace equipment installed in 2004."),
    ("What problems did the inspection of the Worden Park play area turn up?", SRB,
     "The annual inspection of the Worden Park play area in August 2023 had found two pieces of equipment rated high risk, the rope climbing frame and the basket swing, and both had been taped off."),
    ("Will children in wheelchairs be able to use the new play equipment at Worden Park?", SRB,
     "The Cabinet Member said that at least a quarter of the equipment at Worden Park would be accessible, including a roundabout set flush with the ground and a wide slide."),
    # Hertsmere
    ("How many public chargers is Hertsmere getting, and in which towns?", HER,
     "Meridian Charge UK Ltd had been chosen to install 40 chargers across 9 car parks in Borehamwood, Potters Bar, Bushey and Radlett."),
    ("How long will Meridian Charge run the chargers in Hertsmere's car parks?", HER,
     "RESOLVED that Meridian Charge UK Ltd be appointed to provide public chargers in council car parks on a fifteen year concession."),
    ("Does Hertsmere council have to pay to install the car park chargers?", HER,
     "The company would pay for the chargers and their installation in full and would hold a concession for fifteen years, paying the council 12 per cent of the income."),
    # West Suffolk
    ("How much is West Suffolk giving out in Community Chest grants each year, and to how many groups?", WSU,
     "Cabinet approved Community Chest grants totalling £412,000 a year to 38 voluntary and community organisations"),
    ("Which organisation gets the biggest Community Chest grant in West Suffolk?", WSU,
     "The largest single grant, £36,000 a year, goes to the Haverhill debt advice service run by the local Citizens Advice."),
    ("Why did West Suffolk switch to two-year grants for voluntary groups?", WSU,
     "Two year grants let small organisations plan ahead and keep staff, rather than reapplying each autumn."),
    # Vale of White Horse
    ("Which company will supply food caddy liners in the Vale of White Horse, and for how much?", VWH,
     "To award the contract for caddy liners and replacement caddies to Thameside Polymers Ltd for three years from 1 December 2023, at a total cost of £146,000."),
    ("Why was Thameside Polymers picked for the Vale's caddy contract?", VWH,
     "Thameside Polymers Ltd submitted the lowest price of the five tenders and its caddies are made with 80 per cent recycled plastic."),
    ("Did the Vale think about no longer giving out free liners, and why didn't it?", VWH,
     "Stopping free liners was considered and rejected because a trial in another district had seen food waste tonnages fall after liners were withdrawn."),
    # Cannock Chase
    ("Who is paying for the new changing rooms for the pool at Chase Leisure Centre?", CAN,
     "The cost would be shared, with the council paying £700,000 from its capital programme and the leisure operator, Wellspring Leisure Partnership, paying £500,000, to be recovered from a longer contract."),
    ("How many cameras is Cannock Chase buying to catch fly tippers, and where will they go?", CAN,
     "Six cameras would be bought and moved between hotspots, including lay bys on the A460 and lanes near Norton Canes."),
    ("Can footage from Cannock Chase's fly tipping cameras be used in court?", CAN,
     "The Head of Environment replied that the cameras met the evidence standard and that footage had already helped to secure two convictions in Staffordshire."),
    # Stafford
    ("How did the Stafford planning committee vote on the Beaconside warehouse, and who proposed it?", STA,
     "Councillor Hixon moved approval and Councillor Salt seconded. On being put to the vote, 9 voted for and 2 against."),
    ("Why were the 32 homes off Newcastle Road in Stone refused?", STA,
     "Councillor Weston moved refusal, contrary to the officer recommendation, because the access would be unsafe for drivers and pedestrians, and Councillor Doxey seconded."),
    ("What hours can deliveries be made to the new Beaconside warehouse?", STA,
     "deliveries be limited to the hours of 7am to 10pm Monday to Saturday"),
    # Wychavon
    ("What will an hour's parking cost in Wychavon's car parks?", WYC,
     "It was agreed that the charge for up to one hour would rise from £1.00 to £1.20, and that the charge for up to three hours would rise to £2.80."),
    ("Which firm is retiling around the pool at Droitwich Spa Lido?", WYC,
     "Marlbrook Pool Services Ltd had been engaged to retile the pool surround at a cost of £92,000 before the 2025 season."),
    ("Will Droitwich Spa Lido open on time in 2025?", WYC,
     "The Head of Leisure said the work would finish in April and the Lido would open as usual on the first Saturday in May."),
    # Castle Point
    ("How much will a beach hut plot on Canvey Island cost in 2025/26?", CPB,
     "The report proposed that the annual licence fee rise by 5 per cent, from £400 to £420, to meet the cost of repairing the sea wall steps."),
    ("Who moved and seconded the beach hut fee rise in Castle Point?", CPB,
     "Councillor Ormond moved the recommendation and Councillor Cottis seconded it."),
    ("How much electricity money will the new Waterside Farm roof save?", CPB,
     "Solar panels would be fitted on the south facing slope, and the saving on electricity was expected to be about £21,000 a year."),
    # Melton
    ("How much will two hours' parking in Melton Mowbray town centre cost?", MEL,
     "It was proposed that the charge for up to two hours rise from £1.50 to £1.80, and that free parking after 3pm on Saturdays in December continue."),
    ("How many children are waiting for swimming lessons at Waterfield Leisure Centre?", MEL,
     "The Assistant Director said that 140 children were waiting and two extra teachers would be recruited by January."),
    ("Who proposed and seconded the new car park charges in Melton?", MEL,
     "Cllr Bottesford moved the recommendation and Cllr Scalford seconded it."),
    # South Holland
    ("Which company hands out littering fines for South Holland, and how many did it issue?", SHO,
     "The council's enforcement partner, Fenland Patrol Services Ltd, had issued 1,926 fixed penalty notices for littering in 2024, and 87 fly tippers had been prosecuted."),
    ("How much of each littering fine does South Holland's enforcement company keep?", SHO,
     "The Portfolio Holder replied that the partner kept 60 per cent of each paid fine and the council received the rest, which paid for extra street cleaning in Spalding."),
    ("Who is paying for the new artificial pitch at the Castle Sports Complex in Spalding?", SHO,
     "Cabinet agreed to replace the artificial pitch at the Castle Sports Complex at a cost of £265,000, of which £160,000 would be a grant from the Football Foundation."),
    # King's Lynn and West Norfolk
    ("What did the survey of the seafront shelters in Hunstanton find?", KLW,
     "A condition survey in January 2025 had found that the roof timbers of the two northern shelters were rotten and that the southern shelter needed only painting."),
    ("What did the review of King's Lynn and West Norfolk's community grants show about where the money went?", KLW,
     "An evaluation of the scheme by the council's policy team in late 2024 found that three quarters of the grants had gone to groups in King's Lynn itself, and that rural parishes had applied far less often."),
    ("Will the Hunstanton promenade shelters be open for Easter?", KLW,
     "the southern shelter would be, but the two northern shelters would stay fenced off until the end of May"),
    # Rochford
    ("How long will the pools at Clements Hall be closed for the plant works, and when?", ROC,
     "The pools will close for about eight weeks, and the work will be timed for the autumn when swimming lessons are fewest."),
    ("Who has to clear rubbish dumped on farmland in Rochford district?", ROC,
     "The Portfolio Holder replied that the landowner was responsible for clearing waste on private land, but that the council would investigate and prosecute where there was evidence."),
    ("When will the Hockley Woods car park be resurfaced?", ROC,
     "The Executive agreed to resurface the car park at Hockley Woods at a cost of £58,000, with the work to be done in September 2025 to avoid the summer holidays."),
    # North West Leicestershire
    ("Who is paying for the improvements to Coalville Market Hall?", NWL,
     "The Levelling Up Fund will pay £250,000 and the council will meet the remaining £135,000 from its capital programme."),
    ("What did shoppers say they wanted from Coalville Market Hall?", NWL,
     "A survey of 412 shoppers in the autumn found that most wanted longer opening hours on Fridays, a place to sit and eat, and better lighting."),
    ("Who moved and seconded the Community Focus grants in North West Leicestershire?", NWL,
     "It was moved by Councillor Measham, seconded by Councillor Kegworth and RESOLVED that the Community Focus grants be awarded as set out in the report"),
    # Forest of Dean
    ("What did investigators find wrong with the pool at Five Acres?", FOD,
     "Investigations in the winter of 2023 found cracks in the base of the pool tank and that water had been escaping into the ground beneath it for some time."),
    ("How would a new pool at Five Acres be paid for?", FOD,
     "The preferred option of a new pool hall would be paid for by £1.5 million from Sport England's Swimming Pool Support Fund, which has been applied for but not yet awarded, and by borrowing of £1.9 million."),
    ("Why not just repair the old pool at Five Acres instead of building a new one?", FOD,
     "The repair option would give the pool no more than fifteen years of further life, while a new pool would last at least forty years and would cost far less to heat."),
    # West Oxfordshire
    ("Did handing out free caddy liners in Witney and Carterton mean more food waste was collected?", WOX,
     "In the trial areas the amount of food waste collected rose by 18 per cent compared with the same months a year earlier, while in the rest of the district it rose by 2 per cent."),
    ("Did the free liner trial save West Oxfordshire money?", WOX,
     "The saving in disposal costs from the extra food waste was about £2.60 per household, so the trial cost the council more than it saved."),
    ("How is West Oxfordshire paying for keeping the liner trial going?", WOX,
     "The extension will cost £37,000, which will be met from the waste reserve."),
    # Derbyshire Dales
    ("How much will four hours in a Derbyshire Dales long stay car park cost from April 2025?", DDA,
     "The committee agreed that the charge for up to four hours in the long stay car parks would rise from £5.00 to £5.50 from 1 April 2025."),
    ("What was the vote on the Derbyshire Dales parking charges, and who proposed them?", DDA,
     "It was moved by Councillor Tansley, seconded by Councillor Winster and RESOLVED (8 for, 2 against) that the charges be approved."),
    ("How will small parishes in the Derbyshire Dales hear about the community grants?", DDA,
     "The Community Development Officer replied that she would visit each of the district's parish council clusters in the new year."),
    # East Herts
    ("What share of household waste did East Herts recycle or compost in 2023/24?", EHE,
     "In 2023/24 the council recycled or composted 51.2 per cent of household waste"),
    ("Why do so many food caddies go missing in East Herts?", EHE,
     "The Head of Operations replied that most losses were from windy collection days and that crews had been told to put caddies back behind gates."),
    ("What is holding up the electric car chargers promised for Ware?", EHE,
     "The Executive Member said the Ware scheme was waiting for the power company to upgrade the supply."),
    # Adur
    ("What is happening to the beach huts at Lancing Beach Green, and will tenants keep them?", ADU,
     "the 22 council beach huts at Lancing would be replaced with new timber huts over the winter, and that the current tenants would be offered the new huts at the same rent for the first year"),
    ("Why was the footpath at Widewater Lagoon closed?", ADU,
     "Councillor Sompting said the path had been undermined by shingle moving in the winter storms and was unsafe."),
    ("How much is Adur putting towards repairing Shoreham Fort?", ADU,
     "The Council agreed to support a bid to the National Lottery Heritage Fund of £640,000 to repair the walls of Shoreham Fort, with the council contributing £60,000."),
]

X = [
    ("What have Havant, Castle Point and Adur councils decided about beach huts?", [
        (HAV, "The report proposed 40 new huts, 24 at Eastoke and 16 at Beachlands, on council land behind the promenade."),
        (CPB, "The report proposed that the annual licence fee rise by 5 per cent, from £400 to £420, to meet the cost of repairing the sea wall steps."),
        (ADU, "the 22 council beach huts at Lancing would be replaced with new timber huts over the winter")]),
    ("How much are Rossendale and South Ribble spending on children's play areas?", [
        (ROS, "The programme would spend £420,000 over two years on twelve play areas, starting with Whitaker Park in Rawtenstall and Stubbylee Park in Bacup."),
        (SRB, "The committee heard that the largest scheme was a new play area at Worden Park, costing £310,000, which would replace equipment installed in 2004.")]),
    ("How are car parking charges changing in Wychavon, Melton and the Derbyshire Dales?", [
        (WYC, "It was agreed that the charge for up to one hour would rise from £1.00 to £1.20, and that the charge for up to three hours would rise to £2.80."),
        (MEL, "It was proposed that the charge for up to two hours rise from £1.50 to £1.80, and that free parking after 3pm on Saturdays in December continue."),
        (DDA, "The committee agreed that the charge for up to four hours in the long stay car parks would rise from £5.00 to £5.50 from 1 April 2025.")]),
    ("What cut of the charging income do Three Rivers District Council and Hertsmere Borough Council get from the car park chargers?", [
        (TRI, "the council would receive 15 per cent of the income from every charging session"),
        (HER, "paying the council 12 per cent of the income")]),
    ("Which councils are cracking down on fly tipping?", [
        (HAB, "It was proposed that the fixed penalty for fly tipping be raised to £600, reduced to £400 if paid within ten days."),
        (CAN, "RESOLVED: That six cameras be bought for fly tipping hotspots."),
        (SHO, "The council's enforcement partner, Fenland Patrol Services Ltd, had issued 1,926 fixed penalty notices for littering in 2024, and 87 fly tippers had been prosecuted."),
        (ROC, "Resolved: That lockable gates be offered to farmers at half cost in the worst affected lanes.")]),
    ("Which councils are putting heat pumps or solar panels into their leisure centres?", [
        (HAB, "The Executive noted that air source heat pumps had been fitted to the pool at Hinckley Leisure Centre, and that gas use had fallen by 41 per cent in the first six months."),
        (CPB, "Solar panels would be fitted on the south facing slope, and the saving on electricity was expected to be about £21,000 a year."),
        (ROC, "It is proposed to replace the filters, the boilers, the chemical dosing equipment and the pumps, and to add a heat pump to reduce gas use.")]),
    ("Which councils have been dealing with food waste collections?", [
        (WOR, "Collections would begin in April 2026."),
        (VWH, "To award the contract for caddy liners and replacement caddies to Thameside Polymers Ltd for three years from 1 December 2023, at a total cost of £146,000."),
        (WOX, "West Oxfordshire already collects food waste weekly from every household."),
        (EHE, "food waste collections from flats had been extended to a further 1,600 flats in Bishop's Stortford")]),
    ("Which councils have agreed grants for local voluntary and community groups?", [
        (WSU, "Cabinet approved Community Chest grants totalling £412,000 a year to 38 voluntary and community organisations"),
        (KLW, "The budget for 2025/26 will be £150,000, the same as last year."),
        (NWL, "Twenty one groups in Ashby de la Zouch had been offered grants totalling £28,500, including £4,000 to a dementia café at Ashby."),
        (DDA, "The committee approved community grants totalling £46,200 to 17 groups")]),
]

U = [
    "When will the ban on dogs on the Hayling Island beaches come into force?",
    "How much rent will the new café tenant at Leavesden Country Park pay?",
    "How many of the houses on the Nazeing Road glasshouse site would have been affordable homes?",
    "Which sites did Rossendale's survey of council land pick out for new tree planting?",
    "Where will Worcester's new food waste lorries be based?",
    "When is the refurbishment of the Burbage Common visitor centre due to be finished?",
    "What did the latest safety inspection of the play area at Hurst Grange Park in Penwortham find?",
    "What did residents along Elstree Way say in the consultation on on-street chargers?",
    "How much will the youth project at Mildenhall Hub get from West Suffolk's Community Chest?",
    "How many caddy liners does each household in the Vale of White Horse get a year?",
    "How much will the improvements at Rugeley Leisure Centre cost?",
    "What did the noise assessment for the Beaconside warehouse in Stafford conclude about lorries at night?",
    "From what date do the new parking charges apply in Evesham, Droitwich Spa and Pershore?",
    "How long will the sports hall at Waterside Farm Leisure Centre be shut while the roof is replaced?",
    "How much money did Melton's town centre car parks bring in during 2022/23?",
    "What did the independent review of Spalding's markets recommend on pitch fees?",
    "How much will King's Lynn and West Norfolk's community grants budget be in 2026/27?",
    "Which contractor is replacing the pool plant at Clements Hall Leisure Centre?",
    "How much did groups in Castle Donington get in North West Leicestershire's Community Focus grants?",
    "What did the condition survey of the Forest of Dean's leisure centre in Lydney find?",
    "Will every household in West Oxfordshire get free caddy liners from 2026?",
    "How many disabled parking bays are there at the Agricultural Business Centre car park in Bakewell?",
    "What share of households in Bishop's Stortford put out their food caddy?",
    "What did the coastal erosion study at Widewater find?",
]

N = [
    "What did Basildon Council decide about its leisure centres?",
    "How much will Tewkesbury Borough Council charge for garden waste bins next year?",
    "What did Dacorum decide about Hemel Hempstead market?",
    "Has Chelmsford City Council agreed new beach hut fees?",
    "Has any council put up allotment rents?",
    "What are the new burial fees at the council cemeteries?",
    "Is any council raising taxi licence fees?",
    "Did any council agree to commission a new statue or sculpture?",
]


def questions() -> list[dict]:
    out = []
    for i, (q, d, quote) in enumerate(R, 1):
        out.append({"id": f"r{i:02d}", "question": q, "gold": [{"doc": d, "quote": quote}]})
    for i, (q, golds) in enumerate(X, 1):
        out.append({"id": f"x{i:02d}", "question": q, "gold": [{"doc": d, "quote": t} for d, t in golds]})
    for i, q in enumerate(U, 1):
        out.append({"id": f"u{i:02d}", "question": q, "gold": []})
    for i, q in enumerate(N, 1):
        out.append({"id": f"n{i:02d}", "question": q, "gold": []})
    return out


def main() -> None:
    qs = questions()
    assert len(R) == 72 and len(X) == 8 and len(U) == 24 and len(N) == 8, (len(R), len(X), len(U), len(N))
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for q in qs:
            handle.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"wrote {len(qs)} questions to {HERE / 'questions.jsonl'}")


if __name__ == "__main__":
    main()
