"""Write bench/heldout20/questions.jsonl: 112 questions on the documents of content.py.

    python bench/heldout20/write_questions.py

r01-r72 answerable (three per document, in content.py's order), x01-x08 across councils (one gold
quote per relevant document), u01-u24 near misses (one per document, six of each kind: see
README.md), n01-n08 ordinary unanswerable. Every gold quote is verbatim visible text of its
document; check_gold.py checks them.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

D = {
    "derby": "ieListDocuments_CId142_MId9815_Derby_Cabinet",
    "preston": "ieListDocuments_CId118_MId5521_Preston_Cabinet",
    "brent": "ieListDocuments_CId456_MId7219_Brent_Cabinet",
    "glos": "ieListDocuments_CId548_MId10204_Gloucester_Planning",
    "basing": "ieListDocuments_CId127_MId3390_Basingstoke_Cabinet",
    "notts": "ieListDocuments_CId177_MId8840_Nottingham_ExecutiveBoard",
    "cam": "mgAi_ID41230_Cambridge_EnvironmentCommunity",
    "abdn": "mgAi_ID88712_Aberdeen_NetZeroTransport",
    "reading": "ieDecisionDetails_ID5871_Reading_Graffiti",
    "slough": "ieDecisionDetails_ID3304_Slough_DogControl",
    "edin": "Edinburgh_Culture_and_Communities_Committee_minutes_2019-09-17",
    "oxford": "Oxford_West_Area_Planning_Committee_Minutes_11May2021",
    "bpool": "Blackpool_Executive_minutes_2018-10-08",
    "belfast": "Belfast_People_and_Communities_Committee_Minutes_Tuesday_7th_June_2022",
    "rct": "RCT_Cabinet_Minutes_24-11-2020",
    "colch": "Colchester_Cabinet_Minutes_2023-01-25",
    "canty": "Agenda_Document_Pack_Community_Committee_12th-Feb-2020_Canterbury",
    "renf": "Renfrewshire_ILE_Policy_Board_30_August_2023_pack",
    "cherwell": "Cherwell_Executive_Agenda_Pack_01042019",
    "stev": "Stevenage_Executive_Report_Swimming_Centre_2024-06-12",
    "warwick": "Warwick_Cabinet_Report_EV_Charging_2023-09-07",
    "newark": "Newark_Sherwood_Cabinet_Minutes_2022-03-08",
    "tw": "TWBC_Cabinet_Minutes_13_October_2022",
    "gy": "GYBC_Policy_and_Resources_Committee_minutes_2020-07-28",
}

ANSWERABLE = [
    # Derby
    ("Which firm got the contract to do up Derby's public toilets?", "derby", "The works contract was awarded to Brackenlow Washroom Services Ltd"),
    ("How much did Derby council spend repairing its public toilet blocks in 2022/23?", "derby", "£61,200 in 2022/23"),
    ("Will the new toilets at Darley Park have a Changing Places room?", "derby", "the Darley Park block would include a Changing Places room with a hoist and an adult changing bench"),
    # Preston
    ("Who is paying for the glass screens and lighting on Preston's outdoor market canopy?", "preston", "at a cost of £238,000 from the Towns Fund"),
    ("What was stall occupancy like on Preston's outdoor market in 2021?", "preston", "61 per cent in 2021"),
    ("Where will the outdoor market traders in Preston go while the canopy is being worked on?", "preston", "traders would move temporarily to the covered market hall, where 14 stalls had been held empty for them"),
    # Brent
    ("Which company is upgrading the CCTV cameras in Brent?", "brent", "carried out by Meridale Security Systems Ltd under a five year contract worth £1.94 million"),
    ("Is anyone going to watch Brent's CCTV footage live? What did the councillor say?", "brent", "the control room at the Civic Centre would be staffed around the clock from April"),
    ("How many fly-tipping fines did Brent give out in 2021/22?", "brent", "4,310 fixed penalty notices for fly-tipping in 2021/22"),
    # Gloucester
    ("How did the vote go on the 48 houses on Bristol Road in Hempsted?", "glos", "8 members voted for the motion and 3 against"),
    ("Who proposed turning down the bar at 17 Westgate Street in Gloucester, and who seconded it?", "glos", "Councillor Brightwell proposed refusal on the grounds of harm to neighbours' amenity, seconded by Councillor Tunnicliffe"),
    ("Why wasn't the old Tredworth Road garage application decided?", "glos", "had been withdrawn by the applicant, Severnvale Homes Ltd, on 2 February 2024"),
    # Basingstoke
    ("How many days was the pool at Basingstoke Sports Centre shut in 2021/22?", "basing", "lost 19 days of opening in 2021/22 through plant failures"),
    ("Who is doing the condition survey of the Basingstoke Sports Centre pool?", "basing", "commissioned from Tavistock Building Consultancy"),
    ("How is the War Memorial Park bandstand restoration being paid for?", "basing", "with a grant of £62,000 from the Heritage Fund"),
    # Nottingham
    ("Which company is replacing Nottingham's bus shelters?", "notts", "The contract was awarded to Trentlane Street Furniture Ltd"),
    ("How many bus shelters in Nottingham were vandalised in 2019?", "notts", "72 shelters had been damaged by vandalism in 2019 at a repair cost of £94,000"),
    ("How long will the desilting of the Arboretum lake take?", "notts", "over eight weeks in February and March"),
    # Cambridge
    ("What did the survey of shoppers on Market Square find?", "cam", "64 per cent wanted more seating and 41 per cent wanted a covered area for eating"),
    ("How much does a trader pay for a pitch on Cambridge market?", "cam", "£24 a day for a standard pitch"),
    ("Where will Cambridge market stalls go while the works are done?", "cam", "with the rest moved to Peas Hill"),
    # Aberdeen
    ("How many visits did the Winter Gardens at Duthie Park get in 2022?", "abdn", "with 284,000 visits in 2022"),
    ("Who replaced the cracked glass at the Duthie Park Winter Gardens?", "abdn", "160 panes had been replaced by Granite City Glazing Ltd at a cost of £38,400"),
    ("Is it still free to get into the Winter Gardens in Aberdeen?", "abdn", "entry to the Winter Gardens would remain free of charge"),
    # Reading
    ("Who has the contract for cleaning off graffiti in Reading?", "reading", "awarded to Kennetside Surface Cleaning Ltd for three years from 1 April 2021"),
    ("How quickly does Reading council remove offensive graffiti?", "reading", "Graffiti that is offensive be removed within 24 hours of being reported"),
    ("How many graffiti reports did Reading get in 2020/21?", "reading", "2,215 in 2020/21"),
    # Slough
    ("What's the fine in Slough for not picking up after your dog?", "slough", "raised from £80 to £100, reduced to £75 if paid within ten days"),
    ("Can dogs go on the splash pad at Salt Hill Park?", "slough", "excluded from the splash pad at Salt Hill Park"),
    ("How many dog fouling fines did Slough issue in 2022/23?", "slough", "In 2022/23 officers issued 146 fixed penalty notices for dog fouling."),
    # Edinburgh
    ("Why was the play park at Leith Links partly closed?", "edin", "after the timber climbing frame failed a safety check"),
    ("Which schools will help design the new Leith Links play park?", "edin", "pupils from Leith Primary School and Leith Walk Primary School would be invited to two design workshops in November"),
    ("Is Central Library in Edinburgh going to open on Sundays?", "edin", "a trial of Sunday opening at Central Library on George IV Bridge from 1pm to 5pm for six months from January 2020"),
    # Oxford
    ("Who proposed and seconded approving the student rooms on Oxpens Road?", "oxford", "Councillor Aldous proposed and Councillor Okoro seconded the officer recommendation to approve"),
    ("How many cycle spaces will the Oxpens Road student building have?", "oxford", "200 cycle spaces would be provided"),
    ("Why was the 44 Botley Road application put off?", "oxford", "so that the applicant could provide a revised plan for bin and cycle storage in the rear garden"),
    # Blackpool
    ("How many times were the North Pier toilets used in 2017?", "bpool", "The toilets at North Pier recorded 212,000 uses in the 2017 season"),
    ("Which company got the Stanley Park boating lake concession?", "bpool", "Fylde Coast Leisure Boats Ltd for five years from March 2019"),
    ("What is happening to the pedalos on the Stanley Park lake?", "bpool", "the pedalos would be replaced with electric boats in the first year of the concession"),
    # Belfast
    ("How many sites did Belfast council clear of graffiti in 2021?", "belfast", "removed graffiti from 3,870 sites across the city"),
    ("Who is helping pay for the Ormeau Park tennis courts to be resurfaced?", "belfast", "funded jointly with the Ulster Lawn Tennis Trust"),
    ("How many people can go to each of the Palm House concerts in Botanic Gardens?", "belfast", "subject to a limit of 120 people at each concert"),
    # Rhondda Cynon Taf
    ("How many homes flooded in Rhondda Cynon Taf in the February 2020 storms?", "rct", "which had flooded 1,476 homes in the county borough"),
    ("If I report a blocked gully in RCT, how soon will it be looked at?", "rct", "every report would be inspected within five working days"),
    ("Who repaired the boating lake wall in Aberdare Park?", "rct", "completed in October by Cynon Valley Stonework Ltd"),
    # Colchester
    ("When is the learner pool at Leisure World in Colchester reopening?", "colch", "the learner pool would reopen on 13 February 2023"),
    ("Will the main pool at Leisure World close while the heat pumps are put in?", "colch", "so the main pool would stay open throughout"),
    ("How much gas did Colchester's Leisure World use in 2021/22?", "colch", "Leisure World used 3.1 gigawatt hours of gas in 2021/22"),
    # Canterbury
    ("Which company runs the winter lights trail in the Dane John Gardens?", "canty", "run by Stourside Events Ltd"),
    ("Are the toilets on Herne Bay Pier open in winter?", "canty", "they would open at weekends from November to February, and daily during school holidays"),
    ("What did the consultation on banning dogs from Tankerton beach find?", "canty", "received 1,312 responses, with 69 per cent in favour of the extension"),
    # Renfrewshire
    ("How much did Renfrewshire's subsidised bus services cost in 2022/23?", "renf", "In 2022/23 these supported services cost £612,000"),
    ("Where can the model yacht club sail while the Barshaw Park pond is being relined?", "renf", "offered the use of the Robertson Park pond in Renfrew until the works finished"),
    ("What happens if nobody bids to run the 38 bus between Paisley and Erskine?", "renf", "officers will ask Strathclyde Partnership for Transport to run a demand responsive service in its place"),
    # Cherwell
    ("Will the new play area in People's Park in Banbury work for wheelchair users?", "cherwell", "would include a wheelchair accessible roundabout and a sensory garden"),
    ("How full was Claremont car park in Bicester on Saturdays in 2018?", "cherwell", "Occupancy at Claremont car park on Saturdays averaged 97 per cent in 2018"),
    ("How much will the Bicester parking review cost?", "cherwell", "The review is expected to cost £28,000"),
    # Stevenage
    ("What did the condition survey of the Stevenage pool find?", "stev", "the pool tank leaked about 9,000 litres of water a day"),
    ("How long will it take to build the new swimming centre in Stevenage?", "stev", "Construction is expected to take 26 months"),
    ("Will the new Stevenage swimming centre have solar panels?", "stev", "solar panels would be fitted across the whole roof"),
    # Warwick
    ("Which company will put in the new charge points in Warwick District Council's car parks?", "warwick", "awards a 15 year concession to Voltbridge Charging Ltd"),
    ("Do I need an app to use the new car charging points in Leamington?", "warwick", "Every charge point would accept contactless payment, so drivers would not need an app or membership card."),
    ("How many charging sessions were there at Covent Garden car park in 2022/23?", "warwick", "14,210 charging sessions at Covent Garden"),
    # Newark and Sherwood
    ("How many households have had flood resilience grants in Newark and Sherwood?", "newark", "had been paid to 212 households"),
    ("Can the flood grant be used for flood doors?", "newark", "flood doors, air brick covers and non return valves were all eligible"),
    ("Who is refurbishing the skatepark at Sconce and Devon Park?", "newark", "by Trent Ramps Ltd at a cost of £92,000"),
    # Tunbridge Wells
    ("Why did the café in Calverley Grounds close?", "tw", "after the operator, Pantiles Coffee House Ltd, gave up its lease"),
    ("What happens to the fish while Dunorlan Park lake is dredged?", "tw", "the fish would be netted and moved to a holding pond in the park"),
    ("How many dog fouling fines were issued in Tunbridge Wells in 2021/22?", "tw", "In 2021/22, 63 fixed penalty notices for dog fouling were issued."),
    # Great Yarmouth
    ("Who is installing the new CCTV cameras on Marine Parade in Great Yarmouth?", "gy", "Sixteen new cameras would be installed by Broadland Vision Systems Ltd"),
    ("Will the Marine Parade cameras read number plates?", "gy", "The cameras would have automatic number plate recognition switched off."),
    ("Is Gorleston getting anything out of the Great Yarmouth CCTV contract?", "gy", "four cameras on Gorleston High Street would be upgraded to high definition in the same contract"),
]

ACROSS = [
    ("Which councils are refurbishing public toilets?", [
        ("derby", "refurbishing four public toilet blocks"),
        ("bpool", "The toilets at North Pier and Central Pier would be refurbished over the winter")]),
    ("Which councils are putting in new public CCTV cameras?", [
        ("brent", "replacing the borough's public space CCTV cameras"),
        ("gy", "extending the public space CCTV system along Marine Parade")]),
    ("Which councils have had their swimming pools closed by breakdowns or repairs?", [
        ("basing", "lost 19 days of opening in 2021/22 through plant failures"),
        ("colch", "the closure of the learner pool at Leisure World"),
        ("stev", "The pool was closed for 41 days in 2023 because of plant breakdowns.")]),
    ("What did Nottingham and Renfrewshire councils decide about buses?", [
        ("notts", "RESOLVED to award the contract for ten years."),
        ("renf", "approves a new tender")]),
    ("Which councils are dealing with homes that flooded?", [
        ("rct", "which had flooded 1,476 homes in the county borough"),
        ("newark", "flood resilience grant scheme for homes flooded in the storms of 2019 and 2020")]),
    ("Which councils are tackling graffiti?", [
        ("reading", "The contract for graffiti removal be awarded to Kennetside Surface Cleaning Ltd"),
        ("belfast", "a new rapid response team of four operatives would start in July")]),
    ("Which councils have put the dog fouling fine up to £100?", [
        ("slough", "raised from £80 to £100"),
        ("canty", "will rise from £75 to £100"),
        ("tw", "raise the fixed penalty for dog fouling in the borough's parks to £100")]),
    ("What have Preston and Cambridge councils decided about their markets?", [
        ("preston", "to approve the canopy improvement works and the temporary relocation of traders"),
        ("cam", "approved a design competition for demountable stalls")]),
]

NEAR_MISSES = [  # (question, document, kind) in content.py's order; README.md says what each text has
    ("When will the toilets at Markeaton Park open again?", "derby", "a"),
    ("When will the work on Preston's outdoor market canopy be finished?", "preston", "b"),
    ("How many new CCTV cameras are going up on Wembley High Road?", "brent", "c"),
    ("Who proposed approving the visitor hub at Robinswood Hill?", "glos", "c"),
    ("What did the survey of the pool at Basingstoke Sports Centre find?", "basing", "d"),
    ("What share of the bus shelter advertising money will Nottingham council get?", "notts", "a"),
    ("When are the new market stalls going in on Market Square in Cambridge?", "cam", "b"),
    ("What did the inspection of the glasshouse frames at the Duthie Park Winter Gardens find?", "abdn", "d"),
    ("How much is being spent on Oxford Road between Waylen Street and Bedford Road?", "reading", "c"),
    ("Which private company will do the dog enforcement patrols in Slough's parks?", "slough", "a"),
    ("What did the ground survey at the Leith Links play park show?", "edin", "d"),
    ("How much rent will students pay in the new Oxpens Road building?", "oxford", "b"),
    ("How many people used the Gynn Square toilets in 2017?", "bpool", "c"),
    ("When does Belfast's app for reporting graffiti launch?", "belfast", "a"),
    ("What problems did the camera survey of the culverts in Treorchy turn up?", "rct", "d"),
    ("How much carbon will the heat pumps at Leisure World save each year?", "colch", "b"),
    ("How many dog fouling complaints did Canterbury council get about Herne Bay in 2019?", "canty", "c"),
    ("Which bus company will run the evening 38 between Paisley and Erskine after October 2023?", "renf", "a"),
    ("What did the Bicester town centre parking review recommend?", "cherwell", "d"),
    ("How much will a swim cost at the new Stevenage swimming centre?", "stev", "b"),
    ("How many charging sessions were there at Abbey Fields car park in Kenilworth in 2022/23?", "warwick", "c"),
    ("What did the drainage survey in Lowdham find?", "newark", "d"),
    ("When is the café in Calverley Grounds opening again?", "tw", "a"),
    ("How long will footage from the new Marine Parade CCTV cameras be kept?", "gy", "b"),
]

ORDINARY = [
    "How much does Sheffield City Council charge for a garden waste bin?",
    "When is Cardiff Council reopening the Roath Park boathouse?",
    "What did Leeds City Council decide about the Kirkgate Market roof?",
    "How long is the waiting list for an allotment in Derby?",
    "How much are crematorium fees going up in Colchester?",
    "Has Norwich City Council approved a bus lane on Prince of Wales Road?",
    "How many potholes did Nottingham fill last year?",
    "What did Swansea Council decide about the Mumbles seafront?",
]


def questions() -> list[dict]:
    out = []
    for i, (q, d, quote) in enumerate(ANSWERABLE, 1):
        out.append({"id": f"r{i:02d}", "question": q, "gold": [{"doc": D[d], "quote": quote}]})
    for i, (q, golds) in enumerate(ACROSS, 1):
        out.append({"id": f"x{i:02d}", "question": q, "gold": [{"doc": D[d], "quote": quote} for d, quote in golds]})
    for i, (q, _d, _kind) in enumerate(NEAR_MISSES, 1):
        out.append({"id": f"u{i:02d}", "question": q, "gold": []})
    for i, q in enumerate(ORDINARY, 1):
        out.append({"id": f"n{i:02d}", "question": q, "gold": []})
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
