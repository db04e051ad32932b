"""Write bench/heldout34/questions.jsonl: 112 questions over the 24 documents of content.py.

    python bench/heldout34/write_questions.py

r01-r72 answerable (three per document, in content.py's order), x01-x08 across councils (one gold
quote per relevant document), u01-u24 near misses (one per document, kinds a-d as README.md says),
n01-n08 ordinary unanswerable. Gold quotes are verbatim in each document's extracted text
(check_gold.py checks them).
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

COL = "ieListDocuments_CId130_MId2291_Colchester_Planning"
CRO = "ieListDocuments_CId183_MId4102_Croydon_Cabinet"
CAM = "ieListDocuments_CId175_MId4630_Cambridge_Environment_Scrutiny"
SOL = "ieListDocuments_CId411_MId1877_Solihull_Economy_Infrastructure"
MED = "ieListDocuments_CId132_MId6218_Medway_RCE_Scrutiny"
BRI = "ieListDocuments_CId1166_MId11502_Brighton_Culture_Committee"
CHE = "mgIssueHistoryHome_IId3390_Cheltenham_Overview_Scrutiny"
BEX = "mgAi_ID4471_Bexley_Places_Scrutiny"
CAN = "ieDecisionDetails_ID2210_Canterbury_Beach_Huts"
BAS = "ieDecisionDetails_ID1732_Basildon_Parking"
NPT = "Printed_minutes_09th-Apr-2024_NPT_Planning"
GY = "Minutes_Environment_Committee_24012024_GreatYarmouth"
DOV = "Cabinet_Minutes_04032024_Dover"
ABE = "Banff_Buchan_Area_Committee_Minutes_21May2024_Aberdeenshire"
SHE = "Environment_Transport_Minutes_11Sep2024_Shetland"
NY = "Minutes_Harrogate_Knaresborough_ACC_18July2024_NorthYorkshire"
CHER = "Agenda_Executive_05Feb2024_Cherwell"
TEN = "Agenda_Community_Leadership_OSC_15Jul2024_Tendring"
SOM = "Agenda_Scrutiny_Climate_Place_11Dec2024_Somerset"
BRA = "Executive_Report_Council_Housing_Voids_05Mar2024_Bradford"
SL = "Report_Community_Enterprise_27Aug2024_SouthLanarkshire"
WF = "Cabinet_Minutes_23Apr2024_WestmorlandFurness"
CRA = "Minutes_Overview_Scrutiny_Commission_04Nov2024_Crawley"
CHES = "Cabinet_Minutes_16_January_2024_Chesterfield"

ANSWERABLE = [
    (COL, "Which developer wants to build the flats on the old bus depot site in Magdalen Street, Colchester?",
     "The applicant was Hythe Quay Living Limited."),
    (COL, "Who put forward and seconded approval of the Magdalen Street bus depot flats, and what was the vote?",
     "Councillor Pellow proposed that the application be approved, seconded by Councillor Mannion. On being put to the vote, the proposal was carried, eight voting in favour and three against."),
    (COL, "Why did Colchester's planners put off deciding the drive through coffee shop at Stanway?",
     "Councillor Sunnucks proposed that the application be deferred so that the applicant could provide a queuing survey covering two Saturdays in April"),
    (CRO, "Who is footing the bill for installing Croydon's new lamp post car chargers?",
     "with the company meeting the full installation cost and the council receiving 12 per cent of the income"),
    (CRO, "Are the toilets in Norbury Park going to open again?",
     "they would reopen in April once a new door entry system had been fitted"),
    (CRO, "Why have fly tipping fines in Croydon more than doubled?",
     "The rise was put down to eleven new mobile cameras moved between hotspots every fortnight."),
    (CAM, "What did Cambridge find when it checked on the young street trees it has planted?",
     "had found that 9 per cent of young trees planted since 2020 had died, mostly from drought in their second summer"),
    (CAM, "What did it cost to fix the paddling pool at Coleridge Rec, and when does it open?",
     "a new pump had been bought for £18,500, so it would open on 1 July"),
    (CAM, "How much is a Jesus Green Lido season ticket going to be?",
     "Season tickets would rise from £98 to £104."),
    (SOL, "Who will look after the new woodland at Babbs Mill once it is planted, and who is paying?",
     "Arden Canopy Services had been engaged for three years of aftercare, paid for from the West Midlands Combined Authority grant"),
    (SOL, "How long will the Lode Lane resurfacing in Solihull last?",
     "would take eleven weeks and would be done overnight"),
    (SOL, "How many shop units are standing empty in Mell Square?",
     "A vacancy survey in November had found 14 empty units in the square."),
    (MED, "Where is the money for Medway's food waste lorries and caddies coming from?",
     "The cost of the vehicles and caddies, £3.4 million, would be met by the government's new burdens funding."),
    (MED, "How much cheaper is it for Medway to get rid of food waste than to burn it?",
     "food waste would go to anaerobic digestion at £28 a tonne, against £104 a tonne for incineration"),
    (MED, "Why are the shelters at the Chatham Waterfront bus station being changed?",
     "because the glass panels had been broken 37 times in a year"),
    (BRI, "Which firm is doing the work on the Madeira Terrace arches in Brighton, and when will it be done?",
     "restoration of the first thirty arches would be carried out by Kemptown Ironworks Limited and was due to finish in the autumn of 2025"),
    (BRI, "Did the Madeira Terrace survey say the old columns could be saved?",
     "A condition survey in 2023 had found that 41 of the original cast iron columns could be repaired rather than recast."),
    (BRI, "Can local small businesses rent the restored Madeira Terrace arches, and on what terms?",
     "the first twelve restored arches would be offered on ten year leases at a discounted rent for the first two years"),
    (CHE, "What will an hour in the Regent Arcade car park cost from April?",
     "would rise from £1.60 to £1.80"),
    (CHE, "What is Cheltenham going to spend the extra parking income on?",
     "which would go towards the repair of the Regent Arcade car park deck"),
    (CHE, "How did the cabinet member justify charging in the evenings when the night time economy is still struggling?",
     "the Royal Well car park was full most Saturday evenings and the charge would be £2 flat rate, lower than any other town centre car park"),
    (BEX, "How long do Bexley residents have to wait for a street tree to be pruned?",
     "1,260 pruning requests were outstanding and that the average wait was fourteen months"),
    (BEX, "Why is Bexley not renewing its tree maintenance contract?",
     "The tree maintenance contract with Greenhithe Arboriculture Limited would end in March 2026 and would not be extended, because of the backlog."),
    (BEX, "What is being done to stop the new trees on Bexleyheath Broadway being damaged?",
     "Tree guards made of steel would be fitted to the replacements."),
    (CAN, "How much does a beach hut licence at Tankerton cost now?",
     "will be £520, up from £455"),
    (CAN, "Why has Canterbury put up beach hut fees?",
     "The fee had not risen since 2021 while the cost of clearing shingle and repairing the promenade steps had almost doubled."),
    (CAN, "If I join the beach hut waiting list now, how long could I expect to wait?",
     "officers estimated that a person joining it now would wait over thirty years"),
    (BAS, "Will blue badge holders have to pay to park in Billericay's council car parks?",
     "Blue badge holders will continue to park free of charge in all three car parks."),
    (BAS, "Why is Basildon bringing in charges at Lake Meadows and Western Road?",
     "Surveys in June found the car parks were full by 9.30am on weekdays, mostly with commuters to Billericay and Wickford stations, leaving no space for shoppers."),
    (BAS, "From what date do drivers have to pay in the Market Road car park in Wickford?",
     "be introduced from 4 November 2024 in the Market Road car park in Wickford"),
    (NPT, "Who moved refusal of the wind turbine above Margam, and how did the vote go?",
     "It was moved by Councillor Bevan and seconded by Councillor Hopkins that the application be refused because of its effect on views from the park. Upon a vote, five voted for refusal and three against"),
    (NPT, "Were any bats found at the old infants school in Briton Ferry?",
     "the bat survey carried out in August 2023 had found a roost of common pipistrelles in the roof void"),
    (NPT, "What happened to the takeaway application on Station Road in Port Talbot?",
     "This application was withdrawn by the applicant before the meeting."),
    (GY, "Who will be cleaning Great Yarmouth's refurbished seafront toilets?",
     "cleaning would stay with the council's own company, Great Yarmouth Norse, under the existing contract"),
    (GY, "How are the new play areas at Gorleston Cliffs and the Barrack Estate being paid for?",
     "at a total cost of £175,000 from section 106 contributions"),
    (GY, "Why didn't Great Yarmouth just buy a second hand beach cleaner?",
     "a second hand machine would have no warranty and that a new machine would be leased for five years at £31,000 a year"),
    (DOV, "Which company will Dover sign up with for the car park chargers?",
     "the Strategic Director be authorised to sign the agreement with Chargeway Kent Limited"),
    (DOV, "Who is taking on the Deal Pier cafe, and for how long?",
     "to grant a new 25 year lease of the cafe at the end of Deal Pier to Saltwater Kitchens Limited"),
    (DOV, "How many years before the solar panels at Dover Leisure Centre pay for themselves?",
     "expected to pay back in seven years"),
    (ABE, "Why is the Law Park play park in Macduff being done first?",
     "the inspection in March had found rot in the climbing frame and that it had been taken out of use"),
    (ABE, "Where is the money for the three Macduff play parks coming from?",
     "The cost of £96,000 would come from the Regeneration Fund and the Scottish Government play park renewal money."),
    (ABE, "How full was the Banff Links caravan park in 2023?",
     "there were 93 pitches and that occupancy in 2023 had been 71 per cent"),
    (SHE, "How many potholes were filled in Shetland last year compared with the year before?",
     "4,380 potholes had been repaired across the islands in the year to March, compared with 3,150 the year before"),
    (SHE, "Why did Shetland pick the Sunday Bluemull Sound sailing to cut?",
     "it carried an average of four vehicles, the lowest of any sailing in the week"),
    (SHE, "Who is paying for the LED runway lights at Tingwall Airport?",
     "funded by the council's capital programme"),
    (NY, "When is the zebra crossing at Bond End in Knaresborough going in?",
     "the crossing would be built in the October half term, when fewer children would be walking to school"),
    (NY, "Can North Yorkshire hold on to any of the Harrogate Station Gateway grant?",
     "The Area Manager replied that none could, as the grant conditions did not allow it."),
    (NY, "How long will the Knaresborough Castle toilets be closed?",
     "would close for six weeks in the autumn for new drainage"),
    (CHER, "How did the food waste trial in Kidlington go?",
     "found that 64 per cent of households used the new caddy every week, and that food waste in the grey bin fell by almost half"),
    (CHER, "How is Cherwell paying for its food waste lorries and caddies?",
     "Defra has confirmed capital funding of £2.4 million; the remaining £500,000 will be met from the council's waste reserve."),
    (CHER, "Has the parish council been given the chance to take over the Kidlington toilets?",
     "Kidlington Parish Council had been offered it for a peppercorn rent and had until March to decide"),
    (TEN, "How many beach patrol staff will Tendring have on the beaches this summer?",
     "eight seasonal beach patrol officers would be employed from the late May bank holiday to the end of September, two more than last year"),
    (TEN, "How much could charging people to use the busiest seafront toilets raise?",
     "which would raise about £60,000 a year towards the repairs"),
    (TEN, "Who manages the covered market at Jaywick Sands?",
     "the managing agent, Brooklands Markets Limited, would run a Sunday market from August"),
    (SOM, "What did the inspections of Somerset's play areas turn up?",
     "found that 63 play areas had equipment at the end of its life, and that 11 should close within a year unless repaired"),
    (SOM, "Why has the Rodden Road bridge in Frome been closed?",
     "the bridge had failed a load assessment in May and that strengthening works by Mendip Structures Limited would start in January"),
    (SOM, "How many parish and town councils want to take over play areas from Somerset Council?",
     "38 have so far said they wish to take on play areas"),
    (BRA, "Which contractor will do up Bradford's empty council homes?",
     "Empty homes will now be repaired by Airedale Property Services Limited under a two year contract"),
    (BRA, "What did Bradford find when it checked homes that had just been relet?",
     "found that a quarter had been let with faults that should have been fixed before the new tenant moved in"),
    (BRA, "How much does each empty council home cost Bradford a week?",
     "Each empty home costs the council about £95 a week in lost rent and council tax."),
    (SL, "What condition are the empty cottages at Chatelherault in?",
     "A structural survey in May 2024 found the roofs sound but the timber floors affected by wet rot."),
    (SL, "Who will be offered the Chatelherault cottages once they are done up?",
     "will be let to households on the council's housing list, giving priority to families in temporary accommodation in Hamilton"),
    (SL, "Is the country parks budget paying for the cottage works?",
     "will be met from the Housing Investment Programme, not from the Country Parks budget"),
    (WF, "Will households in Westmorland and Furness have to buy their own food waste caddies?",
     "caddies would be free to every household"),
    (WF, "Who moved and seconded the waste collection proposals at Westmorland and Furness's cabinet?",
     "It was moved by Councillor Taylor and seconded by Councillor Thornton that the proposals be approved."),
    (WF, "Why is the roof of the Dock Museum in Barrow being replaced?",
     "after leaks had damaged part of the ship model collection in the winter"),
    (CRA, "What's holding up the reletting of empty council homes in Crawley?",
     "the main reason was a shortage of electricians, as Crawley Homes had four vacancies for electricians that had been advertised three times without success"),
    (CRA, "How much did the Tilgate Park parking charges raise in their first year?",
     "Income had been £640,000, and visitor numbers had fallen by only 3 per cent."),
    (CRA, "How many of Crawley's empty council homes are in Broadfield and Bewbush?",
     "of which 31 were in Broadfield and Bewbush"),
    (CHES, "What will drivers pay to charge an electric car at Chesterfield's council car parks?",
     "Drivers would pay 55p per kilowatt hour"),
    (CHES, "Will disabled children be able to use the new play equipment at Poolsbrook?",
     "half of the new pieces would be fully accessible, including a wheelchair roundabout"),
    (CHES, "Is the Market Hall in Chesterfield going to open on Sundays?",
     "the Market Hall would open on Sundays from March on a trial basis of six months, because stallholders had asked for it"),
]

ACROSS = [
    ("What are Great Yarmouth and Tendring each doing about their seafront toilets?",
     [(GY, "The blocks at the Jetty and at Wellington Pier would be refurbished before Easter at a cost of £148,000"),
      (TEN, "The total cost of the works identified is £612,000, to be spread over three years.")]),
    ("How many trees are Bexley, Cambridge and Solihull each planting this winter?",
     [(BEX, "This winter the Council would plant 740 street trees"),
      (CAM, "Over the coming planting season 1,150 trees would be planted"),
      (SOL, "In the winter of 2023 to 2024 the Council would plant 2,600 trees")]),
    ("Compare Cheltenham and Basildon on how they are changing their car park charges.",
     [(CHE, "The standard hourly rate in the Regent Arcade and North Place car parks would rise from £1.60 to £1.80"),
      (BAS, "charges of 80p for the first hour and £2.50 for up to four hours")]),
    ("How many potholes have Shetland and North Yorkshire fixed?",
     [(SHE, "4,380 potholes had been repaired across the islands in the year to March"),
      (NY, "2,915 potholes had been repaired in the Harrogate and Knaresborough area between April and June")]),
    ("Which councils are putting in more charging points for electric cars?",
     [(CRO, "320 additional on street electric vehicle charging points"),
      (DOV, "48 fast electric vehicle charge points in eight council car parks"),
      (CHES, "install 24 electric vehicle charging points")]),
    ("Which councils are starting weekly food waste collections, and when?",
     [(MED, "weekly food waste collections would start across Medway in April 2026"),
      (CHER, "That weekly food waste collections start in Banbury and Bicester in October 2025 and in the villages in January 2026."),
      (WF, "Weekly food waste collections would begin in South Lakeland in June 2025 and in the rest of the area in 2026.")]),
    ("Which councils have empty homes they want to get back into use as council housing?",
     [(BRA, "At the end of January, 87 council homes were empty"),
      (CRA, "There were 118 empty council homes on 30 September"),
      (SL, "the four empty estate cottages at Chatelherault Country Park be refurbished and let as council homes")]),
    ("Which councils are spending money on children's play areas?",
     [(ABE, "The cost of £96,000 would come from the Regeneration Fund"),
      (GY, "The Committee agreed to replace the equipment at the Gorleston Cliffs play area and the Barrack Estate play area"),
      (BRI, "The committee agreed to spend £260,000 on a new play area at Hove Lagoon"),
      (CHES, "The Cabinet approved £420,000 for new play equipment at Eastwood Park, Holmebrook Valley Park and Poolsbrook Country Park."),
      (SOM, "The council will keep and renew 60 strategic play areas")]),
]

# near misses, one per document in content.py's order: (doc, question, kind, what the text has)
NEAR_MISSES = [
    (COL, "Colchester", "What did the queuing survey for the Stanway coffee shop show?", "d",
     "the application was deferred so that the applicant could provide a queuing survey of two Saturdays in April (meeting 14 March 2024)"),
    (CRO, "Croydon", "When will the lifts at the Whitgift Centre car park in Croydon be working again?", "a",
     "the car park is private; the Cabinet Member \"had written to the owner asking for a date\""),
    (CAM, "Cambridge", "Which kinds of tree is Cambridge planting along Chesterton Road?", "b",
     "numbers, places, the survey of young trees, watering bags and the adoption scheme; no species"),
    (SOL, "Solihull", "How much is Solihull paying Arden Canopy Services to look after the Babbs Mill trees?", "b",
     "the firm, three years of aftercare and the grant that pays are named; no sum"),
    (MED, "Medway", "Where will Medway keep its new food waste lorries?", "a",
     "\"a depot had not yet been chosen, as the lease on the Strood depot ran out in 2026\""),
    (BRI, "Brighton and Hove", "How did councillors vote on the new Hove Lagoon play area?", "c",
     "the play area was agreed with no vote recorded; the 6-2 vote is on the seafront events fees (49)"),
    (CHE, "Cheltenham", "What did the review of the Royal Well evening parking charge find?", "d",
     "the Committee asked Cabinet to review the evening charge after six months (meeting 26 February 2024, before the charge began)"),
    (BEX, "Bexley", "How much is Bexley's tree maintenance contract with Greenhithe Arboriculture worth?", "b",
     "the contractor, its end date and why it will not be extended; no value"),
    (CAN, "Canterbury", "When is the ballot for the new beach hut sites at Herne Bay?", "a",
     "\"The date of the ballot for the Herne Bay sites has not yet been fixed.\""),
    (BAS, "Basildon", "How many parking spaces does the Market Road car park in Wickford have?", "b",
     "charges, dates, blue badges, surveys and income are given; no number of spaces"),
    (NPT, "Neath Port Talbot", "How many councillors voted for the Cwmafan rugby clubhouse extension?", "c",
     "granted without a vote; the 5-3 vote is on the Mynydd Margam wind turbine (2.)"),
    (GY, "Great Yarmouth", "How much will the changing places toilet at the Marina Centre cost?", "c",
     "£148,000 is for the Jetty and Wellington Pier blocks; no cost for the Marina Centre replacement"),
    (DOV, "Dover", "What did the geotechnical survey under the Kearsney Abbey car park find?", "d",
     "\"A geotechnical survey would be commissioned in the spring to find the cause\" (meeting 4 March 2024)"),
    (ABE, "Aberdeenshire", "How much will the sea wall repairs on Harbour Road in Fraserburgh cost?", "b",
     "start month, twenty weeks and the closure to heavy goods vehicles; no cost"),
    (SHE, "Shetland", "What did the study into a new bus station in Lerwick recommend?", "d",
     "\"a study of a new bus station at the Viking Bus Station site would report in 2025\""),
    (NY, "North Yorkshire", "Which month in 2025 will Skipton Road in Harrogate be resurfaced?", "a",
     "\"The gas company had not yet confirmed when its work would be done, so no month in 2025 could be given.\""),
    (CHER, "Cherwell", "Which company runs the anaerobic digestion plant at Ardley that will take Cherwell's food waste?", "b",
     "the plant and the seven year contract are named; no operator"),
    (TEN, "Tendring", "What did Tendring's condition survey find at the Dovercourt toilets?", "c",
     "findings are given for Holland Haven, Walton Naze and the Clacton Pier Gap; Dovercourt is not mentioned"),
    (SOM, "Somerset", "When will the new pumps at Northmoor pumping station be fitted?", "a",
     "\"The Environment Agency had not yet said when the new pumps would be installed.\" (previous minutes)"),
    (BRA, "Bradford", "When does Airedale Property Services start work on Bradford's empty council homes?", "a",
     "\"The start date of the contract has not yet been agreed with the contractor.\""),
    (SL, "South Lanarkshire", "How many visits did Strathclyde Country Park have last year?", "c",
     "visits are given for Calderglen (612,000) and Chatelherault (488,000) only"),
    (WF, "Westmorland and Furness", "What did the structural engineer say about the sports hall roof at Penrith Leisure Centre?", "d",
     "the decision was deferred \"to allow the structural engineer's report to be completed\""),
    (CRA, "Crawley", "What did Crawley decide when it reviewed the Tilgate Park parking charges in 2025?", "d",
     "\"Members noted the charges would be reviewed again in 2025\" (meeting 4 November 2024)"),
    (CHES, "Chesterfield", "How many chargers are going in at the Beetwell Street car park in Chesterfield?", "c",
     "24 points at Saltergate, Holywell Cross and Queens Park Annexe; Beetwell Street is not mentioned"),
]

UNANSWERABLE = [
    "What has Derby City Council decided about its new bus station?",
    "How much does Swansea charge to park at the beach in summer?",
    "When will the new park and ride in Ipswich open?",
    "What did Perth and Kinross Council agree about school transport?",
    "How much is the street trading licence for an ice cream van?",
    "Which councils are bringing in a tourist tax on overnight stays?",
    "Are any councils banning sky lanterns on their land?",
    "What are councils doing about noise from leaf blowers?",
]


def questions() -> list[dict]:
    out = []
    for n, (doc, question, quote) in enumerate(ANSWERABLE, 1):
        out.append({"id": f"r{n:02d}", "question": question, "gold": [{"doc": doc, "quote": quote}]})
    for n, (question, golds) in enumerate(ACROSS, 1):
        out.append({"id": f"x{n:02d}", "question": question, "gold": [{"doc": d, "quote": q} for d, q in golds]})
    for n, (_doc, _council, question, _kind, _has) in enumerate(NEAR_MISSES, 1):
        out.append({"id": f"u{n:02d}", "question": question, "gold": []})
    for n, question in enumerate(UNANSWERABLE, 1):
        out.append({"id": f"n{n:02d}", "question": question, "gold": []})
    return out


def main() -> None:
    assert len(ANSWERABLE) == 72 and len(ACROSS) == 8 and len(NEAR_MISSES) == 24 and len(UNANSWERABLE) == 8
    assert sorted(k for *_, k, _ in NEAR_MISSES) == sorted("abcd" * 6)
    rows = questions()
    (HERE / "questions.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                          encoding="utf-8")
    print(f"wrote {len(rows)} questions")


if __name__ == "__main__":
    main()
