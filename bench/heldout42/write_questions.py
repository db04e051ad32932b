"""Write bench/heldout42/questions.jsonl: 112 questions on the forty-second held-out corpus.

    python bench/heldout42/write_questions.py

r01-r72 answerable (three per document, in the order of content.DOCUMENTS), x01-x08 across
councils (one gold quote per relevant document), u01-u24 near misses (one per document, six each of
the four kinds in README.md), n01-n08 ordinary unanswerable questions. Gold quotes are exact text of
the documents; check them with check_gold.py.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

WAK = "ieListDocuments_CId144_MId8120_Wakefield_Cabinet"
SWA = "ieListDocuments_CId152_MId3391_Swale_Planning"
GED = "ieListDocuments_CId131_MId4402_Gedling_Cabinet"
ARU = "ieListDocuments_CId287_MId1964_Arun_Environment"
DAR = "ieListDocuments_CId409_MId5577_Dartford_Cabinet"
CHO = "ieListDocuments_CId117_MId2280_Chorley_ExecutiveCabinet"
LIC = "mgAi_ID30715_Lichfield_OverviewScrutiny"
TES = "mgAi_ID51204_TestValley_Cabinet"
NOR = "ieDecisionDetails_ID8831_Northumberland_Buses"
CWC = "ieDecisionDetails_ID12290_CWaC_Trees"
MDV = "MDDC_Cabinet_Minutes_2023-09-05"
HYN = "Hyndburn_Cabinet_Minutes_200324"
BRE = "Breckland_Cabinet_Minutes_2023-06-12"
RUG = "RBC_Cabinet_Minutes_2024-10-21"
BRA = "BDC_Cabinet_Minutes_08Jan2024"
TVC = "TVCA_Cabinet_Minutes_2023-11-24"
FAR = "Fareham_Executive_Pack_2024-06-03"
PEN = "Pendle_Executive_Pack_2023-09-14"
AMB = "AVBC_Cabinet_Pack_2025-02-05"
DAC = "Dacorum_Cabinet_Report_Gadebridge_Park"
WEL = "WHBC_Cabinet_Report_Food_Waste"
ROT = "Rother_Cabinet_Minutes_2024-04-08"
ASH = "ABC_Cabinet_Minutes_2023-07-13"
TOR = "Torridge_Full_Council_Minutes_2023-03-27"

ANSWERABLE = [
    # Wakefield
    ("How many households signed up for Wakefield's paid brown bin collections in the first year?", WAK,
     "Since the service began in April 2023, 41,260 households had subscribed, against a forecast of 38,000."),
    ("Why won't Wakefield give a cheaper garden waste rate to people on Council Tax Support?", WAK,
     "a concessionary rate had been modelled but would cost about £180,000 a year in lost income"),
    ("Who is paying for the new surface on the running track at Thornes Park?", WAK,
     "Of this, £250,000 would come from a grant awarded by the athletics governing body's facilities fund and the remainder from the Council's capital programme."),
    # Swale
    ("How did Swale's planning committee vote on the 64 homes off Ospringe Road in Faversham, and who proposed approving them?", SWA,
     "Councillor Rowena Pilbeam moved the officer recommendation to grant planning permission and this was seconded by Councillor Trevor Maybank. On being put to the vote the motion was carried by 9 votes to 4."),
    ("The flats planned at the old Bell Garage in Sheerness have no parking - what did the planning officer say about that?", SWA,
     "the site was 300 metres from Sheerness station and that the applicant would fund two years of car club membership for each flat"),
    ("Why was the housing scheme at Lower Road in Minster put off?", SWA,
     "deferred to allow the applicant to provide a shadow habitats assessment"),
    # Gedling
    ("Is Gedling putting up the price of a garden waste bin for 2024/25?", GED,
     "The charge for the garden waste service would stay at £38 per bin for 2024/25, the third year without an increase, because the round had been reorganised to run with one fewer vehicle."),
    ("Where will Gedling's new food waste lorries be kept?", GED,
     "Officers proposed to buy seven 7.5 tonne food waste vehicles, to be based at the Jockey Lane depot."),
    ("Who is paying for next year's events in Arnold Market Place?", GED,
     "The programme would cost £46,000, met from the UK Shared Prosperity Fund."),
    # Arun
    ("How many of the trees Arun planted in 2021 and 2022 have survived?", ARU,
     "87 per cent of the trees planted in 2021 and 2022 were still alive at the last count"),
    ("Which firm will water Arun's new street trees, and for how long?", ARU,
     "Each street tree would be watered for three summers by the grounds maintenance contractor, Coastal Grounds Services Ltd."),
    ("How much will it cost per year to have one of the new beach huts in Littlehampton?", ARU,
     "The annual licence fee for the new huts would be £1,150."),
    # Dartford
    ("Does Dartford council have to pay anything towards the new charging points in its car parks?", DAR,
     "the Council would pay nothing towards the installation, but would lose the use of 42 spaces for cars that are not electric"),
    ("Who is fixing the vandalised bandstand in Dartford's Central Park, and what will it cost?", DAR,
     "The work, costing £37,500, would be carried out by Brennan Heritage Joinery and would be finished before the summer concert season."),
    ("How many people were fined for dumping rubbish in Dartford in 2022/23?", DAR,
     "213 fixed penalty notices for fly-tipping had been issued in 2022/23, up from 131 in the previous year"),
    # Chorley
    ("How much is going on the play area in Astley Park?", CHO,
     "The Astley Park play area would receive £210,000, with new inclusive equipment including a wheelchair accessible roundabout."),
    ("Why isn't Chorley council doing up the play areas in Buckshaw Village?", CHO,
     "the play areas there were maintained by a management company, not the Council"),
    ("How many visits did the Market Walk shopping centre get in 2024?", CHO,
     "footfall in 2024 was 6.1 million visits, up 4 per cent on 2023"),
    # Lichfield
    ("Who is paying for the extra car chargers at Lombard Street and Cross Keys in Lichfield?", LIC,
     "paid for entirely by the Staffordshire County Council on street and car park charging programme"),
    ("Did Lichfield's scrutiny committee back an hour's free parking in Burntwood?", LIC,
     "On being put to the vote the proposal was lost, 4 votes for and 7 against."),
    ("How did the cabinet member justify the higher charges at Friary Outer?", LIC,
     "the tariffs had not changed for four years and that the Friary Outer car park was full on Saturdays between 10am and 2pm"),
    # Test Valley
    ("Where is the money for the new play area at War Memorial Park in Romsey coming from?", TES,
     "The new play area would cost £285,000 and would be paid for from developer contributions collected from housing sites in Romsey."),
    ("How many people had their say on the Romsey play area designs, and which one won?", TES,
     "in which 640 people took part and the adventure and climbing design was the most popular of three options"),
    ("Will a café business run the kiosk at the War Memorial Park pavilion?", TES,
     "the kiosk would be run by the Council's own leisure team for the first year"),
    # Northumberland
    ("Which bus companies will run Northumberland's subsidised rural routes from January 2025?", NOR,
     "Tynedale Coaches Ltd and Coquet Valley Travel for three years from 6 January 2025"),
    ("Is there going to be a Sunday bus to Kielder?", NOR,
     "that the Kielder route would run on Sundays between Easter and October."),
    ("Why can't Northumberland just leave these rural bus routes to the bus companies?", NOR,
     "Without support, operators had said that none of the 11 routes would be run commercially."),
    # Cheshire West and Chester
    ("Which company is doing Cheshire West and Chester's urban tree planting in 2024/25, and who pays?", CWC,
     "That the work be carried out by the Council's arboricultural contractor, Ridgeway Tree Care Ltd, at a cost of £334,000, met from the Council's climate emergency budget and the Mersey Forest partnership grant."),
    ("How much of Cheshire West and Chester does the council want covered by trees, and by when?", CWC,
     "aims to increase tree canopy cover in the borough from 12.9 per cent to 15 per cent by 2045"),
    ("Why not just plant the new trees in parks rather than streets?", CWC,
     "Planting only in parks was considered but rejected because street trees give more shade and cooling in town centres."),
    # Mid Devon
    ("Did handing out free caddy liners in Crediton make any difference?", MDV,
     "Participation in the trial area rose from 48 per cent to 61 per cent of households setting out a caddy."),
    ("Who proposed and seconded free food caddy liners at Mid Devon's cabinet?", MDV,
     "Proposed by Cllr H Dunsford and seconded by Cllr E Yeoland"),
    ("Will traders in Tiverton's Pannier Market pay less rent while the roof is being repaired?", MDV,
     "traders whose stalls were moved would pay half rent for the period of the move"),
    # Hyndburn
    ("How much money went out in the first round of Accrington's shop front grants?", HYN,
     "In the first round, 23 businesses on Blackburn Road, Abbey Street and Broadway had received grants, with a total of £318,000 paid out."),
    ("Can a shop in Accrington use the grant to put up roller shutters?", HYN,
     "solid roller shutters would not be funded, but open lattice shutters inside the shop window could be"),
    ("Which firm got the job of improving Oak Hill Park?", HYN,
     "That the improvements to Oak Hill Park be approved and the contract be awarded to Pennine Landscapes Ltd."),
    # Breckland
    ("Who is buying Breckland's land at Swaffham Enterprise Park, and what do they want it for?", BRE,
     "The preferred offer, of £795,000, was from Brecks Logistics Ltd, which intended to build a distribution warehouse and expected to employ about 60 people."),
    ("Will lorries from the new Swaffham warehouse go through the market place?", BRE,
     "access would be from the A1065 roundabout and that lorries would be routed away from the town centre"),
    ("How much electricity would the solar panels over the Thetford leisure centre car park produce?", BRE,
     "The canopy would generate about 180,000 kWh a year"),
    # Rugby
    ("What will it cost each year to run the new water play at Caldecott Park?", RUG,
     "running costs would be about £11,000 a year for water, electricity and daily cleaning"),
    ("Will the Caldecott Park water play be on all year round?", RUG,
     "the water play feature would only run between May and September"),
    ("How quickly did Rugby council deal with complaints in 2023/24?", RUG,
     "412 complaints had been received in 2023/24, of which 73 per cent had been answered within ten working days"),
    # Braintree
    ("When is the Braintree depot getting the power supply it needs for the new chargers?", BRA,
     "UK Power Networks had offered a connection date of July 2024"),
    ("Can council staff charge their own cars at the Springwood Drive depot?", BRA,
     "staff use would not be allowed, for tax reasons"),
    ("Which builder is putting up the new pavilion in Witham Town Park?", BRA,
     "Two tenders were received, and the lower, £1.12 million from Colne Build Ltd, was recommended."),
    # Tees Valley
    ("How much will a day's bus travel cost a 19 year old in the Tees Valley from January 2024?", TVC,
     "anyone aged 21 or under would pay a single fare of £1 on any bus in the Tees Valley, and a day ticket would cost £2"),
    ("How do young people prove they can get the cheap bus fare in Teesside?", TVC,
     "a free photocard would be issued through the Tees Valley travel app and that a school or college pass would also be accepted"),
    ("Who is paying for the bigger Teesworks Skills Academy?", TVC,
     "would cost £4.8 million, with £3.2 million from the Authority's investment plan and £1.6 million from employers"),
    # Fareham
    ("How often were the first car park chargers in Fareham used in 2023?", FAR,
     "These were used for 48,700 charging sessions in 2023."),
    ("What cut of the charging income does Fareham get under the new phase?", FAR,
     "the Council will receive 15 per cent of net income, compared with 10 per cent under phase one"),
    ("Is the café at Fareham Live losing money?", FAR,
     "the café had covered its costs in the first six months but that bar income had been lower than forecast"),
    # Pendle
    ("When will the toilets in Barrowford Park be open again?", PEN,
     "they would reopen by the end of August 2023 once a new door and fittings had been fitted"),
    ("What was the vote on paying for new heating at Barnoldswick pool?", PEN,
     "The motion was carried, 5 votes in favour and none against."),
    ("How many shop fronts in Nelson and Colne are in a bad state?", PEN,
     "A condition survey in spring 2023 found that 63 shop fronts in the two centres were in poor condition."),
    # Amber Valley
    ("Where will Amber Valley's collected food waste end up?", AMB,
     "will take the food waste to an anaerobic digestion plant at Sinfin, Derby"),
    ("The government grant doesn't cover Amber Valley's food waste lorries and caddies - who makes up the difference?", AMB,
     "The cost of the vehicles and containers is estimated at £1.96 million, with the shortfall met from the Council's capital reserve."),
    ("When will the bandstand in Belper's River Gardens be fixed?", AMB,
     "the work would be complete by the end of March 2025"),
    # Dacorum
    ("What did visitors moan about most in Gadebridge Park?", DAC,
     "found that the most common complaints were the condition of the paths near the splash park and the lack of toilets at the northern end of the park"),
    ("What happens to the River Gade restoration if Dacorum doesn't win the grants?", DAC,
     "If the grant bids are unsuccessful, the river restoration will be delayed rather than cut from the plan."),
    ("Why are so many new trees going into Gadebridge Park?", DAC,
     "to replace trees lost to ash dieback"),
    # Welwyn Hatfield
    ("Which company collects the bins in Welwyn Hatfield?", WEL,
     "That Cabinet agrees a two year extension of the contract with Verdant Urban Services Ltd."),
    ("Why don't the flats above shops in Welwyn Garden City have food waste collections?", WEL,
     "About 1,900 flats above shops do not currently have a food waste collection because there is no space for caddies on the street."),
    ("Were town centre residents in favour of the new food waste collections for flats?", WEL,
     "212 residents replied, and 74 per cent of them were in favour"),
    # Rother
    ("Who is repairing the Colonnade in Bexhill, and when?", ROT,
     "The repairs would cost £548,000 and would be carried out by Seaboard Structural Ltd between October 2024 and March 2025, so as to avoid the summer season."),
    ("What's wrong with the Colonnade on Bexhill seafront?", ROT,
     "the concrete in four of the arches was spalling and that the steel reinforcement was corroding"),
    ("Who pays for the new CCTV cameras in Battle High Street?", ROT,
     "Battle Town Council would pay for three new CCTV cameras on the High Street, and that Rother would pay for monitoring them"),
    # Ashford
    ("Can landlords apply for Ashford's shop front grants, or only tenants?", ASH,
     "both could apply, but that a tenant would need the landlord's written consent"),
    ("When does the Stour Centre's main pool shut for retiling, and for how long?", ASH,
     "The main pool would close for re-tiling from 4 September 2023 for ten weeks."),
    ("Why can't the Stour Centre pool work be done over Christmas?", ASH,
     "the contractor, Kent Leisure Build Ltd, was not available then and that a later start would push the work into the busy January period"),
    # Torridge
    ("Why wasn't the Clovelly Road land put on the open market?", TOR,
     "the land had been advertised for twelve months in 2021 and 2022 without a reasonable offer, and that the price had been checked by an independent valuer"),
    ("How did Torridge councillors vote on selling the Clovelly Road land?", TOR,
     "On being put to the vote the motion was CARRIED, 14 votes for, 2 against and 1 abstention."),
    ("How many second homes are there in Torridge?", TOR,
     "there were 1,092 second homes registered for council tax in Torridge at the start of the year"),
]

ACROSS = [
    ("What are Northumberland and Tees Valley doing to keep bus fares down?",
     [(NOR, "to keep the £2 single fare on all supported routes for as long as the national fare cap continues, with the Council paying the difference to operators"),
      (TVC, "anyone aged 21 or under would pay a single fare of £1 on any bus in the Tees Valley")]),
    ("Who are Breckland Council and Torridge District Council selling land to, and for how much?",
     [(BRE, "The preferred offer, of £795,000, was from Brecks Logistics Ltd"),
      (TOR, "The Council had received an offer of £410,000 from Torridge Marine Engineering Ltd")]),
    ("How many trees are Dacorum, Cheshire West and Chester and Arun planting?",
     [(DAC, "A total of 950 trees will be planted in the park over three winters"),
      (CWC, "so that 1,850 trees are planted across the borough between November 2024 and March 2025"),
      (ARU, "Over the two planting seasons the Council would plant 3,400 trees")]),
    ("What do Wakefield and Gedling charge for a garden waste bin in 2024/25?",
     [(WAK, "The annual charge for one brown bin would rise from £40 to £44 from 1 April 2024"),
      (GED, "The charge for the garden waste service would stay at £38 per bin for 2024/25")]),
    ("Which councils are putting in charging points for electric vehicles?",
     [(DAR, "In total 38 fast charge points and 4 rapid charge points would be installed."),
      (LIC, "A further 20 charge points would be installed at Lombard Street and Cross Keys car parks by September 2024"),
      (BRA, "18 charge points would be installed at the depot to serve the Council's vans and two electric refuse vehicles"),
      (FAR, "Phase two would add 24 charge points at Portchester Precinct, Titchfield Community Centre and Stubbington Village car parks, and at Holly Hill Leisure Centre.")]),
    ("Which councils are spending money on children's play areas?",
     [(CHO, "Play areas at Astley Park, Coppull Recreation Ground and Harpers Lane would be refurbished in 2025/26 at a total cost of £395,000."),
      (TES, "The new play area would cost £285,000"),
      (RUG, "At Caldecott Park the toddler area would be rebuilt and a new water play feature added, at a cost of £240,000.")]),
    ("Which councils collect food waste every week, or are getting ready to?",
     [(GED, "introducing weekly separate food waste collections across the borough from April 2026"),
      (MDV, "The weekly food waste collection had been in place across the district since 2022"),
      (AMB, "To approve the arrangements for starting weekly food waste collections across Amber Valley on 6 April 2026."),
      (WEL, "Weekly food waste collections began in Welwyn Hatfield in 2019."),
      (ROT, "preparations for weekly food waste collections, which would begin in Rother in April 2026")]),
    ("Which councils are offering shops grants to do up their shop fronts, and how much?",
     [(HYN, "grants of up to 80 per cent of the cost of works, with a maximum of £20,000 for each property"),
      (PEN, "The scheme would offer grants of up to 70 per cent of the cost of works, up to a maximum of £15,000 for each property."),
      (ASH, "The scheme would give grants of up to £10,000, covering up to 60 per cent of costs, for new shop fronts and signage in Bank Street, North Street, New Rents and High Street.")]),
]

NEAR_MISSES = [  # one per document, in the order of content.DOCUMENTS; kinds in README.md
    "How long will the Thornes Park athletics track be shut while it is resurfaced?",                      # a
    "What was the vote when Swale's planning committee deferred the Lower Road housing scheme in Minster?",  # c
    "How much will Gedling's weekly food waste collections cost to run each year?",                         # b
    "What did the coastal engineering review of Littlehampton promenade conclude about the new beach huts?",  # d
    "How much rent will the new tenant of Acacia Hall in Central Park pay Dartford council?",               # a
    "How many of Chorley's play areas were rated poor when they were inspected in 2023?",                    # c
    "What did the occupancy survey of Lichfield's car parks show about how full they are on weekdays?",     # d
    "Which contractor is building the new play area at War Memorial Park in Romsey?",                       # b
    "How much Bus Service Improvement Plan money will Northumberland get from April 2026?",                 # a
    "What did the University of Chester's aerial survey find about tree cover in Northwich and Winsford?",  # d
    "Which company supplies the compostable caddy liners Mid Devon is giving out?",                          # b
    "How many empty homes did Hyndburn bring back into use in 2021/22?",                                     # c
    "How many years will it take the solar canopy at Thetford's leisure centre to pay for itself?",          # a
    "What did the November 2024 traffic and pedestrian count on Regent Street in Rugby show?",               # d
    "How many people visit Witham's high street each week?",                                                 # c
    "How many young people are expected to use the £1 bus fare in the Tees Valley?",                         # b
    "What did the electricity network survey find about putting chargers in Stubbington Village car park?",  # d
    "How many shops will get a grant from Pendle's Colne and Nelson shop front scheme?",                     # a
    "How many tonnes of food waste a year is Amber Valley's new weekly collection expected to pick up?",    # c
    "How much will the new toilets in Gadebridge Park cost to build?",                                       # b
    "Did the contractor's study of collection rounds find that Welwyn Hatfield needs another food waste lorry?",  # d
    "How much money did the Camber Central car park bring in for Rother in 2023/24?",                        # c
    "What rent will the operator of the new café in Victoria Park pay Ashford council?",                     # a
    "When will Torridge Marine Engineering's new workshop at Clovelly Road be finished?",                    # b
]

ORDINARY = [
    "What did Leeds City Council decide about its garden waste charge?",
    "Has Exeter City Council put up its allotment rents?",
    "Is Bristol extending its e-scooter trial?",
    "When will Harrogate's new swimming pool open?",
    "How much does a burial plot in the council cemetery cost?",
    "Which councils are changing their taxi licensing fees?",
    "What has been decided about building a new crematorium?",
    "Which library branches is the council planning to close?",
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
    (HERE / "questions.jsonl").write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in qs), encoding="utf-8")
    print(f"wrote {len(qs)} questions, {sum(len(q['gold']) for q in qs)} gold quotes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
