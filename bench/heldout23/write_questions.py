"""Write bench/heldout23/questions.jsonl (run from anywhere; deterministic).

    python bench/heldout23/write_questions.py

r01-r72 answerable (three per document, in content.py's order), x01-x08 across councils, u01-u24
near misses (one per document, kinds a-d in README.md), n01-n08 ordinary unanswerable questions.
Every gold quote is checked by check_gold.py against the built corpus.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

BOL = "ieListDocuments_CId118_MId4471_Bolton_Cabinet"
WAN = "ieListDocuments_CId402_MId9230_Wandsworth_Executive"
THU = "ieListDocuments_CId140_MId5512_Thurrock_Cabinet"
MAN = "ieListDocuments_CId131_MId2847_Mansfield_Planning_Committee"
WSX = "ieListDocuments_CId133_MId1120_WestSussex_Cabinet"
BWD = "ieListDocuments_CId160_MId3312_BlackburnDarwen_Executive_Board"
BAD = "mgAi_ID88412_BarkingDagenham_Cabinet"
WNO = "mgAi_ID15530_WestNorthamptonshire_Cabinet"
RBKC = "ieDecisionDetails_ID7734_KensingtonChelsea_Holland_Park"
CBC = "ieDecisionDetails_ID4402_CentralBedfordshire_Bus_Shelters"
SAY = "Regulatory_Panel_Licensing_05092019_Minutes_SouthAyrshire"
FLI = "Cabinet_17102023_Minutes_Flintshire"
EDU = "PNCA_Committee_08022024_Minutes_EastDunbartonshire"
RED = "Cabinet_10122019_Minutes_RedcarCleveland"
WOR = "Environment_Committee_14062022_Minutes_Worcester"
EAS = "Cabinet_11032020_Minutes_Eastbourne"
NEL = "Cabinet_16112022_Agenda_Pack_NorthEastLincolnshire"
NLA = "Environment_Transportation_24082021_Agenda_Pack_NorthLanarkshire"
GOS = "Community_Environment_Board_06032025_Agenda_Pack_Gosport"
BUR = "Executive_20_January_2021_Towneley_Park_Report_Burnley"
WAT = "Cabinet_4_July_2022_Parking_and_EV_Report_Watford"
BOS = "Cabinet_Minutes_8_September_2021_Boston"
MAL = "Executive_Committee_Minutes_7_February_2023_MalvernHills"
CNE = "Sustainable_Development_Committee_Minutes_29_April_2020_EileanSiar"

R = [
    # Bolton
    ("Which firm will run Bolton's new on-street car charging points?", BOL,
     "The contract for supply and maintenance would go to Northvolt Kerbside Energy Ltd"),
    ("I don't have a drive - can I book the charging bay outside my house in Farnworth?", BOL,
     "bays would not be reservable, but a maximum stay of four hours would apply between 8am and 8pm"),
    ("Where is the money for the new Moss Bank Park play area coming from?", BOL,
     "£120,000 came from developer contributions and the balance from the Council's parks capital programme"),
    # Wandsworth
    ("How many trees is Wandsworth planting in its streets this winter?", WAN,
     "A total of 830 new trees would be planted in streets and estates"),
    ("Why is Wandsworth planting different kinds of trees now?", WAN,
     "after ash dieback and a run of dry summers had caused losses among younger plane trees"),
    ("Will the new lights in King George's Park disturb the bats along the Wandle?", WAN,
     "lamps near the river would be shielded on the water side"),
    # Thurrock
    ("When are the toilets at Grays Beach going to open again?", THU,
     "the block would reopen before the October half term"),
    ("Who won the contract for the Tilbury Riverside promenade works, and at what price?", THU,
     "The main works contract had been awarded to Ashbrook Civil Engineering Ltd at £1.38 million"),
    ("What did Thurrock's survey of parking outside schools find?", THU,
     "had recorded 640 vehicles stopping on zigzags over two weeks"),
    # Mansfield
    ("How did the Mansfield planning committee vote on the 64 houses off Clipstone Road West?", MAN,
     "there were 8 votes for, 2 against and 1 abstention"),
    ("What happened to the outline plans for 120 homes at Rainworth Road, and why?", MAN,
     "deferred for the Lead Local Flood Authority to comment on a revised drainage strategy"),
    ("Who proposed refusing the extension at 14 Berry Hill Lane, and who seconded it?", MAN,
     "Councillor Millership moved refusal on the grounds that the extension would overshadow the "
     "neighbouring garden, seconded by Councillor Walkden"),
    # West Sussex
    ("How much does a bus ticket cost for under-22s in West Sussex?", WSX,
     "fares for under-22s had been capped at £1 per journey"),
    ("Why wasn't the 99 bus to Selsey given later evening buses?", WSX,
     "the route had been reviewed but its evening demand had been too low"),
    ("How long will the Horsham fire crews work from temporary buildings?", WSX,
     "crews would operate from temporary accommodation on the same site for around eleven months"),
    # Blackburn with Darwen
    ("Which company is putting in the new CCTV cameras in Blackburn and Darwen?", BWD,
     "The installer would be Pennine Vision Security Ltd."),
    ("Do the police get to see the town centre CCTV pictures in Blackburn?", BWD,
     "Lancashire Constabulary had a live link and staff at the control room"),
    ("How is the Witton Country Park visitor centre extension being funded?", BWD,
     "The extension would be paid for from a £350,000 capital allocation"),
    # Barking and Dagenham
    ("How many fly-tipping incidents did Barking and Dagenham have in 2021/22?", BAD,
     "had recorded 11,900 fly-tipping incidents in 2021/22"),
    ("How many people were successfully prosecuted for fly-tipping in Barking and Dagenham?", BAD,
     "there had been 37 successful prosecutions and 1,420 fixed penalty notices issued"),
    ("Will the new fly-tipping cameras be able to identify vans?", BAD,
     "the cameras could read number plates and would be moved between sites every few weeks"),
    # West Northamptonshire
    ("How long will Brackley swimming pool be shut for the works?", WNO,
     "with the pool closed for about fourteen weeks from January 2024"),
    ("Is the leisure operator paying anything towards the Brackley pool refit?", WNO,
     "Everyone Active would pay a quarter of the Brackley costs under the existing contract"),
    ("Could solar panels go on the roof at Lings Forum?", WNO,
     "the roof was suitable and a bid to the public sector decarbonisation fund would be made"),
    # Kensington and Chelsea
    ("Who is carrying out the work on the Kyoto Garden pond in Holland Park?", RBKC,
     "The works will be carried out by Greenway Landscapes Ltd"),
    ("What will happen to the fish in the Kyoto Garden while the pond is relined?", RBKC,
     "The koi carp will be moved to holding tanks at the park's nursery"),
    ("What did the leak test at the Kyoto Garden pond show?", RBKC,
     "a leak test found that the old liner had split below the waterfall"),
    # Central Bedfordshire
    ("Which company is supplying Central Bedfordshire's new bus shelters?", CBC,
     "The supply and installation contract was awarded to Trueform Street Furniture Ltd."),
    ("How busy is the bus stop on High Street North in Dunstable?", CBC,
     "is used by about 900 passengers a day"),
    ("Who pays for keeping the new bus shelters clean?", CBC,
     "Advertising panels on 20 of the town centre shelters will bring in income which will cover the cost "
     "of cleaning all shelters in the programme."),
    # South Ayrshire
    ("Did the taxi firm in Troon get its operator licence?", SAY,
     "There being no amendment, the licence was granted unanimously."),
    ("What did the licensing inspection at the Main Street shop in Prestwick find?", SAY,
     "an inspection of the premises in July had found the register of purchases was incomplete for two "
     "months of the previous year"),
    ("How did the councillors vote on the holiday let at 7 Sandgate in Ayr?", SAY,
     "On a vote, 3 members voted for the motion and 2 for the amendment"),
    # Flintshire
    ("Which company will run the charge points in Flintshire's car parks?", FLI,
     "The charge points would be installed and run by Celtic Volt Networks Ltd"),
    ("How many charging bays are planned across Flintshire's car parks?", FLI,
     "giving 52 charging bays in total"),
    ("Are more children eating the free school meals in Flintshire?", FLI,
     "at the schools already served had reached 86 per cent"),
    # East Dunbartonshire
    ("Who will water the new trees along the canal in dry weather?", EDU,
     "the canal trust had agreed to water them for the first two years"),
    ("How much money would moving Bearsden library into the hall save?", EDU,
     "the move would cut annual costs by about £61,000"),
    ("Where would I park if the library moves to Bearsden Hall?", EDU,
     "the Kilmardinny car park would be available to library users free for two hours"),
    # Redcar and Cleveland
    ("Why did the Saltburn cliff lift close early?", RED,
     "after a fault in the water balance tanks"),
    ("How long is CCTV footage kept in Redcar and Cleveland?", RED,
     "footage would be kept for 31 days"),
    ("How many CCTV cameras will there be after the upgrade in Redcar, Eston and Guisborough?", RED,
     "The number of cameras would rise from 58 to 72"),
    # Worcester
    ("How many trees are going in at Gheluvelt Park and what will they cost?", WOR,
     "At Gheluvelt Park 35 trees would be planted along the river path at a cost of £18,500"),
    ("What was found when the Diglis moorings were inspected?", WOR,
     "found loose mooring rings and a damaged section of the timber edge"),
    ("How often will the solar compacting bins in St John's have to be emptied?", WOR,
     "about once a week rather than daily"),
    # Eastbourne
    ("Is there going to be a charge for the toilets on Eastbourne seafront?", EAS,
     "a 20p charge would apply only at the Wish Tower"),
    ("Can the anglers still fish at Hampden Park lake this summer?", EAS,
     "the angling club would keep its licence while the study took place"),
    ("Which company is running the food festival in Devonshire Park?", EAS,
     "The festival would be run with Seaside Kitchen Events Ltd"),
    # North East Lincolnshire
    ("What did the inspection of the Cleethorpes sea wall find?", NEL,
     "found voids behind the sea wall near the boating lake steps"),
    ("Who will do the repairs to the promenade at Cleethorpes?", NEL,
     "The works would be carried out by Humber Marine Contracting Ltd"),
    ("Will the People's Park glasshouse be open for the summer?", NEL,
     "it would stay closed until the frame was repaired"),
    # North Lanarkshire
    ("Do blue badge holders have to pay to park at Strathclyde Country Park?", NLA,
     "blue badge holders would park free of charge"),
    ("How many fly-tipping incidents were reported in North Lanarkshire in 2020/21?", NLA,
     "In 2020/21 there were 9,240"),
    ("Who will empty the collection banks for old electrical goods?", NLA,
     "emptied by Clydeside Reuse Partnership, a social enterprise"),
    # Gosport
    ("Can the model yacht club keep sailing at Walpole Park during the lake works?", GOS,
     "the club could sail at the south end of the lake during the works"),
    ("How many people went to the Stokes Bay drop-in sessions?", GOS,
     "and 212 people attended"),
    ("Which engineering firm is designing the Stokes Bay scheme?", GOS,
     "The design is being developed with Solent Shoreline Engineering Ltd"),
    # Burnley
    ("What did visitors to Towneley Park say they wanted in the survey?", BUR,
     "found that 64 per cent wanted better paths and 48 per cent wanted more seating near the hall"),
    ("Is Burnley going to start charging for parking at Towneley Park?", BUR,
     "Parking charges at the main car park are not proposed, and parking will remain free."),
    ("Who is paying for the Towneley Park improvements?", BUR,
     "£300,000 will come from the Council's capital programme and £240,000 from a grant secured from a "
     "heritage funder"),
    # Watford
    ("Who will run the rapid chargers in Watford town centre car parks?", WAT,
     "supplied and operated by Colne Valley Charging Ltd"),
    ("Does Watford council make any money from the new rapid chargers?", WAT,
     "will share 20 per cent of net income with the Council"),
    ("Why are the rapid chargers going on the ground floor of the car parks?", WAT,
     "so that larger vehicles and vans can reach them"),
    # Boston
    ("How long is the main pool at the Geoff Moulder Leisure Complex closing for?", BOS,
     "would close for eight weeks from 1 November 2021 to replace its filtration plant"),
    ("Will swim members get their money back while the Boston pool is shut?", BOS,
     "monthly memberships would be frozen during the closure at no cost"),
    ("Do local traders pay for a stall at the Boston Christmas market?", BOS,
     "stalls at the Christmas market would be free for businesses based in the borough"),
    # Malvern Hills
    ("Who is building the splash pad in Priory Park?", MAL,
     "the preferred bidder was Malvern Aqua Play Ltd, chosen from three tenders"),
    ("Is there any help for Tenbury residents to buy flood doors?", MAL,
     "grants of up to £5,000 per household were available"),
    ("What has been done to the bus shelters on Old Street in Upton?", MAL,
     "the two shelters on Old Street had been repainted in January by the parish council"),
    # Comhairle nan Eilean Siar
    ("Will parking be free at the bigger ferry car park in Stornoway?", CNE,
     "it would be free for the first three hours"),
    ("How much has the Castlebay hall committee raised for the roof?", CNE,
     "The hall committee had raised £40,000 and sought £90,000 from the Comhairle."),
    ("Who will look after the new yacht pontoons at Tarbert?", CNE,
     "managed by the Harris Marina Trust, which would set the fees and keep the income"),
]

X = [
    ("Which councils are putting in new electric car charge points?", [
        (BOL, "Forty-four dual-headed posts would be installed"),
        (FLI, "Charge points would be fitted at 11 council car parks"),
        (WAT, "the installation of 24 rapid charge points at the Church car park and the Gade car park")]),
    ("Which councils talked about public toilets?", [
        (THU, "when the public toilets at Grays Beach Riverside Park would reopen"),
        (EAS, "The blocks at the Wish Tower and the Redoubt would be refurbished"),
        (BOS, "A new accessible toilet would be built next to the café")]),
    ("What did Blackburn with Darwen and Redcar and Cleveland decide about CCTV?", [
        (BWD, "would be replaced with 36 high definition cameras linked to the control room"),
        (RED, "AGREED that the upgrade be approved at a cost of £495,000.")]),
    ("Which councils made decisions about swimming?", [
        (WNO, "Brackley Swimming Pool would have its learner pool retiled"),
        (BWD, "The Board agreed to continue free swimming sessions for under-16s"),
        (BOS, "the main pool at the Geoff Moulder Leisure Complex would close for eight weeks")]),
    ("Which councils have approved tree planting schemes?", [
        (WAN, "That the programme be approved at a cost of £412,000"),
        (WOR, "RESOLVED: That the planting plan be approved."),
        (EDU, "Following discussion, the Committee approved the planting scheme.")]),
    ("What are Cleethorpes and Gosport doing about their sea walls?", [
        (NEL, "approve urgent repairs to the sea wall and promenade at Cleethorpes"),
        (GOS, "Its results will decide whether the wall can be raised or must be rebuilt.")]),
    ("Which councils are buying cameras to catch fly-tippers?", [
        (BAD, "The plan proposed eight new covert cameras"),
        (NLA, "Six new deployable cameras would be bought and placed at hotspots")]),
    ("Which councils discussed bus shelters?", [
        (WSX, "New real-time information screens were being fitted at 60 bus shelters"),
        (CBC, "a three year programme to replace bus shelters"),
        (MAL, "the two shelters on Old Street had been repainted")]),
]

U = [
    "How much is it going to cost to restore the bandstand in Queen's Park, Bolton?",
    "Which company is putting up the new lights in King George's Park?",
    "What will the river taxi pontoon at Tilbury Riverside cost?",
    "What was the vote on turning the Old Bakery in Warsop into a café?",
    "How much will the refurbishment of Horsham fire station cost?",
    "How much will it cost to resurface Whalley New Road?",
    "When is the free bulky waste collection day in Becontree?",
    "What did the survey of the Mounts Baths roof find?",
    "How long will the Kyoto Garden be closed to visitors while the pond is relined?",
    "Which village bus shelters did Central Bedfordshire's survey say need replacing?",
    "How many councillors voted to renew the second hand dealer licence on Main Street, Prestwick?",
    "How much of the Wepre Park storm clean-up are the insurers paying for?",
    "What did the inspection of the paving in Milngavie precinct find?",
    "How much did it cost to repair the Saltburn cliff lift?",
    "How much is the tree planting at Cripplegate Park costing?",
    "What did the water quality study of Hampden Park lake find?",
    "How much will the work on the Kingsway frontage at Cleethorpes cost the council?",
    "How much did it cost to clear up fly-tipping in Coatbridge?",
    "What did the ground investigation at Stokes Bay show about the old sea wall?",
    "When does work start on the new car park at Towneley Park?",
    "What did Watford's review of parking charges recommend?",
    "When will the new accessible toilet in Central Park, Boston, be built?",
    "Who will run the 363 bus between Malvern and Upton after March?",
    "How much will the Stornoway ferry car park extension cost?",
]

N = [
    "What did Cornwall Council decide about the park and ride at Truro?",
    "How much are allotment rents going up in Sheffield?",
    "Has Swansea Council approved the new arena car park?",
    "What are the charges for a burial plot this year?",
    "What did the Highland Council say about parking at Inverness station?",
    "When is Norwich getting new recycling bins?",
    "How much has the council set aside for fixing potholes?",
    "What are the fines for dog fouling in the parks?",
]


def questions() -> list[dict]:
    out = []
    for n, (question, doc, quote) in enumerate(R, 1):
        out.append({"id": f"r{n:02d}", "question": question, "gold": [{"doc": doc, "quote": quote}]})
    for n, (question, golds) in enumerate(X, 1):
        out.append({"id": f"x{n:02d}", "question": question, "gold": [{"doc": d, "quote": q} for d, q in golds]})
    for n, question in enumerate(U, 1):
        out.append({"id": f"u{n:02d}", "question": question, "gold": []})
    for n, question in enumerate(N, 1):
        out.append({"id": f"n{n:02d}", "question": question, "gold": []})
    return out


def main() -> int:
    qs = questions()
    assert len(R) == 72 and len(X) == 8 and len(U) == 24 and len(N) == 8, (len(R), len(X), len(U), len(N))
    (HERE / "questions.jsonl").write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in qs),
                                          encoding="utf-8")
    print(f"wrote {len(qs)} questions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
