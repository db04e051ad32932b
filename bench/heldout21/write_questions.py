"""Write bench/heldout21/questions.jsonl: 72 answerable (r), 8 across councils (x), 24 near misses (u)
and 8 ordinary unanswerable (n) questions over the documents of content.py.

    python bench/heldout21/write_questions.py

Format {"id", "question", "gold": [{"doc", "quote"}]}; unanswerable questions have "gold": [].
Every quote is a verbatim substring of its document's visible text (check_gold.py checks it).
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

EXE = "ieListDocuments_CId112_MId5530_Exeter_Executive"
HAR = "ieListDocuments_CId249_MId7781_Harrow_Cabinet"
POR = "ieListDocuments_CId340_MId9012_Portsmouth_Planning"
WAR = "ieListDocuments_CId178_MId3390_Warrington_Cabinet"
CRA = "ieListDocuments_CId410_MId6608_Crawley_Cabinet"
LUT = "ieListDocuments_CId207_MId4471_Luton_Executive"
NOR = "mgIssueHistoryHome_IId33410_Norwich_Cabinet"
HAS = "mgIssueHistoryHome_IId18822_Hastings_Cabinet"
HF = "ieDecisionDetails_ID6120_HammersmithFulham_CabinetMember"
STK = "ieDecisionDetails_ID2281_StokeOnTrent_Cabinet"
ABS = "Aberdeenshire_Infrastructure_Services_Committee_Minutes_2022_05_26"
EAY = "EastAyrshire_Planning_Committee_Minutes_20230915"
BGW = "BlaenauGwent_Executive_Committee_Minutes_2021_10_06"
CHE = "Chesterfield_Cabinet_Minutes_14_June_2022"
WIN = "Winchester_Cabinet_Minutes_2024_01_17"
MID = "Middlesbrough_Executive_Minutes_07_03_2023"
WLO = "WestLothian_Council_Executive_Pack_2022_10_25"
IPS = "Ipswich_Executive_Public_Pack_07112023"
THA = "Thanet_Cabinet_Agenda_Pack_2021_02_11"
NPT = "NPT_Cabinet_Report_Margam_Park_Orangery"
STA = "StAlbans_Cabinet_Report_Verulamium_Lake_Walls"
CLA = "Clackmannanshire_Place_Committee_Minute_2024_04_18"
TAM = "Tamworth_Cabinet_Minutes_5_October_2021"
ORK = "Orkney_Development_and_Infrastructure_Committee_20230606"

ANSWERABLE = [
    (EXE, "Which company is going to put the car charging points into Exeter's car parks?",
     "a concession partner, Pennon Volt Charging Ltd"),
    (EXE, "Does Exeter City Council get any money back from the EV chargers in its car parks?",
     "pays the City Council a 12 per cent share of net tariff income for fifteen years"),
    (EXE, "What was Councillor Okafor told about blue badge holders using the charge points at Mary Arches?",
     "four of the bays there would be widened to the accessible standard"),
    (HAR, "what did the survey of the tithe barn roof at Headstone Manor find",
     "about a fifth of the clay peg tiles on the north slope had slipped"),
    (HAR, "Can visitors still go inside the Headstone Manor barn while the scaffolding is up?",
     "guided hard hat tours would run on the first Sunday of each month"),
    (HAR, "How much is Harrow putting into the Headstone Manor re-roofing and where is the money coming from?",
     "a capital budget of £640,000 for the re-roofing, funded from the heritage reserve"),
    (POR, "How did the Portsmouth planning committee vote on the restaurant at 41 Albert Road?",
     "the application was approved by 7 votes to 2"),
    (POR, "Who moved and seconded refusal of the HMO at 112 Highland Road, Eastney?",
     "Councillor Grummitt moved refusal, seconded by Councillor Oduya"),
    (POR, "Why wasn't the boat storage warehouse at Tipner Lane decided?",
     "asking for the item to be held back so that revised drawings of the flood wall could be submitted"),
    (WAR, "How many visits did Orford Hub get during the Sunday opening trial?",
     "recorded 4,120 visits over the trial"),
    (WAR, "Why was Penketh library left out of the Sunday opening trial in Warrington?",
     "Penketh's building shares its heating with the health centre and could not be opened on its own"),
    (WAR, "Who got the contract to redo the drainage on the Victoria Park events field?",
     "The work was let to Greenbank Turf Engineering for £212,000."),
    (CRA, "What is the new all day parking charge at Tilgate Park?",
     "from £5.00 to £5.50 from 1 September 2023"),
    (CRA, "What will Crawley spend the extra Tilgate Park parking money on?",
     "is to pay for a second park ranger"),
    (CRA, "Is the competition pool at K2 Crawley staying open until the ceiling is checked?",
     "the competition pool would stay open meanwhile"),
    (LUT, "How many old CCTV cameras are being replaced in Luton town centre?",
     "replace the 86 analogue cameras"),
    (LUT, "how long does Luton keep CCTV footage",
     "footage is kept for 31 days unless the police request it"),
    (LUT, "Who is taking over the café at Wardown House and what rent will they pay?",
     "Lea Valley Kitchen Ltd, at a rent of £14,200 a year"),
    (NOR, "Which parts of Norwich are getting the new street trees?",
     "420 of them on streets in Lakenham, Mile Cross and Bowthorpe"),
    (NOR, "Who is going to water the young trees Norwich plants under the programme?",
     "would water each tree for its first three summers under the contract"),
    (NOR, "How much of Norwich's tree planting is paid for by the Urban Tree Challenge Fund?",
     "of which £310,000 comes from the Urban Tree Challenge Fund"),
    (HAS, "What happened behind Pelham Crescent in Hastings last summer?",
     "a small rockfall had come down behind the Pelham Crescent terrace in August"),
    (HAS, "Do the people living in Pelham Crescent have to move out because of the cliff?",
     "there was no present danger to the homes"),
    (HAS, "How much money did Hastings cabinet release for the cliff survey at Pelham Crescent?",
     "Cabinet approved the release of £95,000 from the coastal reserve"),
    (HF, "How much does each tree watering bag cost Hammersmith and Fulham?",
     "600 slow release watering bags at £21 each"),
    (HF, "Why is Hammersmith and Fulham buying watering bags for street trees?",
     "about one in eight newly planted street trees in the borough died"),
    (HF, "Why didn't the council just hire a water bowser crew for the summer instead?",
     "rejected as costing about three times as much"),
    (STK, "Who will run the café in the Hanley Park pavilion?",
     "Trentside Social Enterprise CIC"),
    (STK, "When can you hire a pedal boat on the lake at Hanley Park?",
     "from Easter to the end of September"),
    (STK, "Has the water in the Hanley Park lake been tested?",
     "the water quality tests last spring had passed"),
    (ABS, "Who pays for the electricity at the village hall car chargers in Aberdeenshire?",
     "each hall committee would buy the power and keep the tariff"),
    (ABS, "Where are the first twelve village hall chargers going?",
     "halls in Formartine and Marr"),
    (ABS, "Who is resurfacing the Port Elphinstone roundabout at Inverurie and how long will it take?",
     "over six nights in August, with the work done by Bancon Surfacing Ltd"),
    (EAY, "What was the vote on the 64 houses at Dunlop Road, Stewarton?",
     "four members voted for the motion and two for the amendment"),
    (EAY, "Who moved the amendment to refuse the Stewarton housing application, and who seconded it?",
     "Councillor Linton, seconded by Councillor McMahon, moved as an amendment"),
    (EAY, "Will you be able to see the Glenbuck wind turbine from the Bill Shankly memorial?",
     "showed only the top of the blades above the ridge from that spot"),
    (BGW, "How many homes flooded in Nantyglo in the February 2020 storm?",
     "27 homes in Blaina Road and the streets above it were flooded"),
    (BGW, "What blocked the culvert in Nantyglo?",
     "had been blocked by debris washed down from the forestry"),
    (BGW, "Why has the Nantyglo flood scheme taken so long?",
     "Natural Resources Wales had needed a bat and otter survey of the stream"),
    (CHE, "How many homes in Brampton are getting flood doors?",
     "48 homes on Chatsworth Road and Factory Street"),
    (CHE, "Do Chesterfield householders have to pay for the flood doors and valves?",
     "the fittings would be free"),
    (CHE, "Which firm is doing the first phase of the River Hipper flood work?",
     "delivered by Peak Flood Protection Ltd"),
    (WIN, "Which public toilets in Winchester are being done up?",
     "The toilets at Jewry Street and at the Chesil Street multi storey car park would be refurbished"),
    (WIN, "Will Winchester start charging for the Broadway toilets?",
     "would remain free of charge to use"),
    (WIN, "How many people backed the parking permit scheme for Station Road in New Alresford?",
     "61 per cent of responses to the local survey favoured it"),
    (MID, "What did last year's survey of the walls of the Stewart Park walled garden find?",
     "found sound apart from a 14 metre stretch on the north side, which leans outward"),
    (MID, "How much has Middlesbrough released for the walled garden at Stewart Park?",
     "£275,000 be released for the repair of the north wall and for the consultation"),
    (MID, "Who fixed the Albert Park clock?",
     "Cumbria Clock Company"),
    (WLO, "What did the inspection of the pool plant at Xcite Bathgate find?",
     "two of the three sand filters had cracked laterals"),
    (WLO, "Where will swimming lessons go while the Bathgate pool is shut?",
     "Swimming lessons will transfer to Xcite Linlithgow and Xcite Armadale during the closure."),
    (WLO, "Will footways in Blackburn be gritted earlier in the morning this winter?",
     "priority footways would be treated by 8am"),
    (IPS, "How much will it cost to use the cycle hub in the Crown Car Park in Ipswich?",
     "access by key fob for a yearly charge of £25"),
    (IPS, "Who is paying for Ipswich's new town centre bus shelters?",
     "at no capital cost to the Council"),
    (IPS, "Is Christchurch Mansion going to open on Mondays?",
     "Monday opening would start in the school holidays from February 2024"),
    (THA, "How many CCTV cameras are going up on Margate seafront?",
     "nine cameras would be placed along Marine Terrace and The Parade"),
    (THA, "How are the new Margate seafront cameras being paid for?",
     "funded from the Margate Town Deal"),
    (THA, "How will the new beach huts at Viking Bay be let?",
     "they would be let by ballot, with Thanet residents given first refusal"),
    (NPT, "What did the stonework inspection of the Orangery at Margam find?",
     "eleven cracked window mullions on the south front"),
    (NPT, "When will the repairs to the Margam Orangery be carried out?",
     "over the winter of 2022 to 2023, when no weddings are booked"),
    (NPT, "Is there going to be a toilet block near the Orangery at Margam Country Park?",
     "A new accessible toilet block and café kiosk would be built beside the Orangery's west lawn"),
    (STA, "What will it cost to rebuild the western wall of the lake in Verulamium Park?",
     "is to be rebuilt in the first phase at a cost of £860,000"),
    (STA, "Why can't the lake wall work on the west bank start before the end of August?",
     "used by nesting coots and great crested grebes"),
    (STA, "Why didn't St Albans go for a soft reed edge instead of rebuilding the lake walls?",
     "would narrow the path below the width needed for park vehicles"),
    (CLA, "Is Alloa Library going to open later in the evening?",
     "later opening at Alloa Library on Tuesdays and Thursdays until 7pm"),
    (CLA, "Are Tillicoultry Library's opening hours changing?",
     "Tillicoultry's hours would stay as they are"),
    (CLA, "How big is Clackmannanshire's new library stock fund?",
     "the new £22,000 stock fund"),
    (TAM, "Where will the new cycle bridge over the Tame in Tamworth be?",
     "a new bridge over the River Tame next to Lady Bridge"),
    (TAM, "Will the Castle Grounds cycle route be lit at night?",
     "low level bollard lighting would be used so as not to disturb bats along the river"),
    (TAM, "How many tickets did the Assembly Rooms sell in its first season back?",
     "sold 14,600 tickets in its first season since"),
    (ORK, "How many cubicles will the new toilets at the Ring of Brodgar have?",
     "with six cubicles"),
    (ORK, "Why aren't the toilets at Stenness being upgraded as well?",
     "those toilets are on land leased from a farmer"),
    (ORK, "Who is resurfacing the slipway at Kirkwall harbour?",
     "resurfaced by Orcadian Marine Works in September"),
]

ACROSS = [
    ("Which councils are putting in new electric car charging points?",
     [(EXE, "Forty two points would be installed across Howell Road, Mary Arches and Guildhall car parks"),
      (ABS, "the first 12 chargers would go to halls in Formartine and Marr")]),
    ("Which councils are building new public toilets or refurbishing old ones?",
     [(WIN, "The toilets at Jewry Street and at the Chesil Street multi storey car park would be refurbished"),
      (ORK, "New toilets with a septic tank would be built at the car park for the Ring of Brodgar"),
      (NPT, "A new accessible toilet block and café kiosk would be built beside the Orangery's west lawn")]),
    ("What are Luton and Thanet doing about CCTV cameras?",
     [(LUT, "replace the 86 analogue cameras in the town centre with high definition units"),
      (THA, "nine cameras would be placed along Marine Terrace and The Parade")]),
    ("Which councils are spending money to stop homes flooding?",
     [(BGW, "a debris screen and a larger culvert had been designed"),
      (CHE, "48 homes on Chatsworth Road and Factory Street would be fitted with flood doors and non return valves")]),
    ("Which councils are opening their libraries for longer?",
     [(WAR, "extended to Great Sankey Neighbourhood Hub from October 2021"),
      (CLA, "later opening at Alloa Library on Tuesdays and Thursdays until 7pm")]),
    ("Which councils have had problems with a swimming pool building?",
     [(CRA, "the ceiling void above the 50 metre pool will be inspected by a structural engineer in September"),
      (WLO, "two of the three sand filters had cracked laterals")]),
    ("What are Norwich and Hammersmith and Fulham doing for their street trees?",
     [(NOR, "Over the two planting seasons 1,150 trees are to be planted"),
      (HF, "approved the purchase of 600 slow release watering bags at £21 each")]),
    ("What are Stoke-on-Trent and St Albans doing with the lakes in their parks?",
     [(STK, "pedal boats be hired out on the lake from Easter to the end of September"),
      (STA, "to rebuild the retaining walls of the lake in Verulamium Park")]),
]

NEAR_MISSES = [
    # (doc, kind, question)
    (EXE, "a", "How much will the grid connection for the Howell Road charge points cost?"),
    (HAR, "b", "Which builder is doing the re-roofing of the tithe barn at Headstone Manor?"),
    (POR, "c", "Who proposed approving the new windows at 8 Craneswater Park?"),
    (WAR, "c", "How many Sunday visits did the Great Sankey hub get during the trial?"),
    (CRA, "d", "What did the structural engineer find above the pool at K2 Crawley?"),
    (LUT, "d", "What did the review of camera positions with Bedfordshire Police recommend for George Street?"),
    (NOR, "a", "What kind of trees are going on Dereham Road?"),
    (HAS, "d", "Did the cliff survey at Pelham Crescent recommend netting or rock bolts?"),
    (HF, "d", "How many of the limes in Ravenscourt Park does the tree survey say need felling?"),
    (STK, "b", "How much rent will the new tenant pay for the Hanley Park pavilion café?"),
    (ABS, "a", "When will the car charger at Tarland be working?"),
    (EAY, "c", "How many councillors voted against the takeaway on John Finnie Street in Kilmarnock?"),
    (BGW, "b", "Which contractor is building the flood scheme in Nantyglo?"),
    (CHE, "c", "What is the average cost per home for the flood work near Horns Bridge?"),
    (WIN, "d", "Has Winchester decided to close the toilets in Abbey Gardens after the review?"),
    (MID, "d", "Which glasshouses did people choose in the Stewart Park walled garden consultation?"),
    (WLO, "a", "On what date does Xcite Bathgate pool close for the works?"),
    (IPS, "b", "When does the new cycle hub at the Crown Car Park open?"),
    (THA, "c", "How much are the new CCTV cameras at Ramsgate harbour costing?"),
    (NPT, "a", "How much is Cadw giving towards the stonework at Margam Orangery?"),
    (STA, "c", "What will the lake wall by the splash park in Verulamium Park cost to rebuild?"),
    (CLA, "b", "What day of the week does the mobile library come to Coalsnaughton?"),
    (TAM, "a", "How much will the new cycle bridge by Lady Bridge in Tamworth cost?"),
    (ORK, "b", "What time do the public toilets in Stromness open and close?"),
]

ORDINARY = [
    "What did Bradford Council decide about the old Odeon building?",
    "Has Cardiff Council put up allotment rents?",
    "When will the lido on Plymouth Hoe reopen?",
    "Which council is raising its burial fees this year?",
    "How much has Swindon set aside for fixing potholes?",
    "Has any council agreed new taxi licence fees?",
    "How many allotment plots does Inverclyde Council have?",
    "What did Carlisle decide about the covered market?",
]


def questions() -> list[dict]:
    out = []
    for i, (doc, question, quote) in enumerate(ANSWERABLE, 1):
        out.append({"id": f"r{i:02d}", "question": question, "gold": [{"doc": doc, "quote": quote}]})
    for i, (question, golds) in enumerate(ACROSS, 1):
        out.append({"id": f"x{i:02d}", "question": question,
                    "gold": [{"doc": d, "quote": q} for d, q in golds]})
    for i, (_doc, _kind, question) in enumerate(NEAR_MISSES, 1):
        out.append({"id": f"u{i:02d}", "question": question, "gold": []})
    for i, question in enumerate(ORDINARY, 1):
        out.append({"id": f"n{i:02d}", "question": question, "gold": []})
    return out


def main() -> int:
    rows = questions()
    assert len(ANSWERABLE) == 72 and len(ACROSS) == 8 and len(NEAR_MISSES) == 24 and len(ORDINARY) == 8
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} questions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
