"""Write bench/heldout28/questions.jsonl: the questions of the twenty-eighth held-out set.

    python bench/heldout28/write_questions.py

112 questions in heldout24's format (`{"id", "question", "gold": [{"doc", "quote"}]}`): r01-r72
answerable, three per document in content.py's order; x01-x08 across councils, one gold quote per
relevant document; u01-u24 near misses, one per document in the same order (kinds in README.md);
n01-n08 ordinary unanswerable. Every gold quote is checked by check_gold.py against the text of the
built corpus (pypdf plain and layout, BeautifulSoup, python-docx, plain text).
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

STAFFORD = "ieListDocuments_CId118_MId4873_Stafford_Cabinet"
GATESHEAD = "ieListDocuments_CId131_MId9902_Gateshead_Planning"
HOUNSLOW = "ieListDocuments_CId146_MId12240_Hounslow_Cabinet"
WIGAN = "ieListDocuments_CId207_MId6155_Wigan_EconomyPlaceScrutiny"
TELFORD = "ieListDocuments_CId152_MId3318_TelfordWrekin_Cabinet"
WELHAT = "ieListDocuments_CId640_MId2761_WelwynHatfield_EnvironmentPanel"
TESTVALLEY = "mgAi_ID8841_TestValley_OverviewScrutiny"
KNOWSLEY = "mgAi_ID15520_Knowsley_Cabinet"
WARWICKS = "ieDecisionDetails_ID6127_Warwickshire_Potholes"
LEWISHAM = "ieDecisionDetails_ID9214_Lewisham_SchoolStreets"
TORRIDGE = "Torridge_Plans_Committee_Minutes_09112023"
WYCHAVON = "Wychavon_Executive_Board_20Sep2023"
ADUR = "Adur_Council_Minutes_14_December_2023"
AMBER = "AmberValley_HousingCommunities_28-06-2023"
CHORLEY = "Chorley_Executive_Cabinet_14_March_2024"
FIFE = "Fife_Cowdenbeath_Area_Committee_23082023"
ASHFORD = "Ashford_Cabinet_Agenda_Pack_12Oct2023"
BRAINTREE = "Braintree_Cabinet_Agenda_Pack_06112023"
RUTLAND = "Rutland_GIR_Scrutiny_Pack_11Jan2024"
DARTFORD = "Dartford_Cabinet_Report_Fairfield_Leisure_Centre"
NSOMERSET = "NorthSomerset_Executive_Report_Tree_Strategy"
CANNOCK = "CannockChase_Cabinet_Minutes_21_09_2023"
WORCS = "Worcestershire_Cabinet_Minutes_7_December_2023"
VALE = "ValeofGlamorgan_Cabinet_Minutes_16Oct2023"

ANSWERABLE = [
    # Stafford
    ("Which firm is going to restore the bandstand in Victoria Park, Stafford?", STAFFORD,
     "The recommended tender, from Harcastle Heritage Joinery Ltd, was £186,400"),
    ("What was wrong with the Victoria Park bandstand in Stafford when it was checked?", STAFFORD,
     "a structural inspection in February found corrosion in four of the eight columns"),
    ("Why is Stafford keeping parking prices at Gaol Square the same next year?", STAFFORD,
     "because weekday occupancy at Gaol Square had fallen to 58 per cent and a rise was likely to push shoppers "
     "to out of town retail parks"),
    # Gateshead
    ("Which housebuilder is behind the 46 homes off Durham Road in Birtley?", GATESHEAD,
     "an application by Wardlow Homes Ltd for the erection of 46 dwellings"),
    ("Who proposed approving the Birtley housing scheme at Gateshead's planning committee, and how did the vote go?",
     GATESHEAD, "It was moved by Councillor Ian Pedley and seconded by Councillor Ayesha Lund that the application be "
     "granted. On a recorded vote, 9 members voted in favour and 4 against."),
    ("Why did Gateshead turn down the hot food takeaway on Front Street in Whickham?", GATESHEAD,
     "the change would result in more than 10 per cent of the units in Whickham district centre being hot food "
     "takeaways"),
    # Hounslow
    ("Has air quality improved outside the Hounslow schools that already have school streets?", HOUNSLOW,
     "air quality monitoring outside those schools had shown lower readings at the start and end of the school day"),
    ("How many cows are going onto Hounslow Heath, and for how long?", HOUNSLOW,
     "a three year trial in which 14 Dexter cattle would graze two fenced compartments of the heath"),
    ("What did Hounslow's housing lead say when asked about council tenants in Feltham waiting for repairs?",
     HOUNSLOW, "the average time to complete a non urgent repair had come down from 38 days to 26 days since June"),
    # Wigan
    ("Who is doing the road resurfacing on Warrington Road in Ince?", WIGAN,
     "was being delivered by Kelbrook Surfacing Ltd under a four year term contract"),
    ("Why do the filled holes on Wigan Lane keep breaking up?", WIGAN,
     "the worst of those repairs had been temporary ones made in wet weather and that crews were returning to "
     "replace them with permanent repairs before the winter"),
    ("Is Haigh Hall keeping the rain out now?", WIGAN,
     "Emergency propping of the east wing had been completed and the building was now weathertight."),
    # Telford and Wrekin
    ("Will Telford and Wrekin stop charging for parking at Telford Town Park on weekdays?", TELFORD,
     "the Town Park car parks remained free for the first two hours on every day of the week and that the charge "
     "after that paid for the park rangers, so there were no plans to change it"),
    ("Which builder won the job of refurbishing the theatre in Oakengates, and for how much?", TELFORD,
     "to Marrick Construction (Midlands) Ltd, at a cost of £2.1 million"),
    ("How much is it costing Telford and Wrekin to let Wellington Market traders off their rent?", TELFORD,
     "waive stall rents at Wellington Market for January to March 2024, at a cost of £18,500"),
    # Welwyn Hatfield
    ("How many homes in Hatfield are getting weekly food waste collections in the trial?", WELHAT,
     "1,900 households in Hatfield would take part in a weekly food waste collection trial from October"),
    ("Why was Hatfield chosen for Welwyn Hatfield's food waste trial?", WELHAT,
     "the trial area mixed flats and houses, which would show how well the service worked for both"),
    ("When are the bigger litter bins going in near the Howard Centre?", WELHAT,
     "four larger bins had been ordered and would be in place by the end of August"),
    # Test Valley
    ("How far have Test Valley Borough Council's own emissions come down?", TESTVALLEY,
     "The Council's own carbon emissions had fallen by 11 per cent compared with 2021/22"),
    ("Is Test Valley going to run the rest of its bin lorries on vegetable oil?", TESTVALLEY,
     "the remaining vehicles would be moved over as their maintenance contracts came up for renewal"),
    ("How many Test Valley homes have had their lofts or walls insulated through the council since April?",
     TESTVALLEY, "212 homes had received loft or cavity wall insulation through the Council's scheme since April"),
    # Knowsley
    ("How much can an owner borrow from Knowsley to do up an empty house?", KNOWSLEY,
     "an interest free Empty Homes Loan of up to £15,000 per property"),
    ("Where is the money for Knowsley's empty property loans coming from?", KNOWSLEY,
     "The loan scheme would be paid for from a £600,000 allocation in the Council's capital programme"),
    ("Can Knowsley take over empty houses whose owners won't cooperate?", KNOWSLEY,
     "the Council would consider compulsory purchase as a last resort and already had two cases in Prescot under "
     "review"),
    # Warwickshire
    ("Which contractor is carrying out Warwickshire's extra pothole work?", WARWICKS,
     "the existing highways term contract with Corrick Highways Ltd"),
    ("Is Warwickshire dipping into its reserves to pay for the extra pothole repairs?", WARWICKS,
     "The additional money comes from the Government's highways maintenance grant top up and does not draw on the "
     "County Council's reserves."),
    ("Why didn't Warwickshire share the pothole money out equally across the districts?", WARWICKS,
     "because defect numbers are highest in North Warwickshire and Nuneaton and Bedworth"),
    # Lewisham
    ("Who can still drive into Lewisham's new school streets during the restricted times?", LEWISHAM,
     "Blue Badge holders, carers of disabled residents and the emergency services will be exempt"),
    ("How is Lewisham funding its 2024 school streets, and what will they cost?", LEWISHAM,
     "paid for from the Council's parking account surplus, at an estimated cost of £268,000"),
    ("Why didn't Lewisham just use volunteers with barriers outside the schools?", LEWISHAM,
     "because schools could not staff them every day"),
    # Torridge
    ("Who proposed and seconded the holiday lodges at Westward Ho!, and what was the vote?", TORRIDGE,
     "It was proposed by Councillor Josie Penhale and seconded by Councillor Mark Trewin that the application be "
     "approved. Upon being put to the vote there were 9 votes in favour, 2 against and 1 abstention."),
    ("What was the planning officer's answer to residents' drainage worries about the Westward Ho! lodges?",
     TORRIDGE, "South West Water and the Lead Local Flood Authority had both accepted the drainage scheme"),
    ("How much is the developer at Calf Street putting towards school places in Great Torrington?", TORRIDGE,
     "the developer had agreed to pay £78,000 towards extra places at Great Torrington School"),
    # Wychavon
    ("Which company is building the visitor moorings at Vines Park in Droitwich Spa?", WYCHAVON,
     "The works would be carried out by Teme Waterways Ltd"),
    ("Where is Wychavon getting the money for the new play equipment?", WYCHAVON,
     "The money would come from developer contributions already held by the Council for play"),
    ("How much parking income will Wychavon give up with free Sundays in Evesham?", WYCHAVON,
     "the cost of the trial, about £21,000 in lost income"),
    # Adur
    ("How many people are waiting for a beach hut in Lancing?", ADUR,
     "the waiting list for a beach hut at Lancing stood at 214 names"),
    ("Who put forward the motion on water testing at Widewater, and who backed it?", ADUR,
     "It was moved by Councillor Sam Delaney and seconded by Councillor Rita Oyelaran"),
    ("Is Adur changing council tax support for working age residents in 2024/25?", ADUR,
     "the Council Tax Support scheme for working age residents remains unchanged for 2024/25"),
    # Amber Valley
    ("From when will Amber Valley charge extra council tax on homes left empty for over a year?", AMBER,
     "the council tax premium on homes empty for more than one year be introduced from April 2024"),
    ("How much did Amber Valley spend on home adaptations for disabled people in 2022/23?", AMBER,
     "Disabled Facilities Grants totalling £1.34 million had been completed for 151 households"),
    ("Why wasn't the grass cut at Belper River Gardens in May?", AMBER,
     "a mower had been off the road for repairs"),
    # Chorley
    ("Who is carrying out the next stage of repairs at Astley Hall?", CHORLEY,
     "appoint Pennine Conservation Builders Ltd to carry out the second phase of repairs to Astley Hall"),
    ("Who is paying for phase two of the Astley Hall work?", CHORLEY,
     "The £1.6 million cost would be met by a National Lottery Heritage Fund grant of £950,000, with the rest from "
     "the Council's capital programme."),
    ("What did Chorley say about getting the evening bus from Euxton back?", CHORLEY,
     "offering to meet the cost of a six month trial of an evening service on Wigan Road if the operator would run it"),
    # Fife
    ("What will drivers pay to use the new chargers at the Lochgelly Centre?", FIFE,
     "the charging tariff would be 45p per kWh"),
    ("Why has less grass been cut in Kelty this summer?", FIFE,
     "part of a trial of leaving some verges uncut until August for pollinators"),
    ("Why is part of the boardwalk at Lochore Meadows closed?", FIFE,
     "been closed after storm damage in June"),
    # Ashford
    ("Who built the Finberry houses that Ashford is buying?", ASHFORD, "built by Oakhurst Living Ltd"),
    ("What price has Ashford agreed for the 24 homes at Finberry?", ASHFORD,
     "The agreed purchase price for the 24 homes at Finberry is £7.9 million"),
    ("When will the broken railings by the river in Victoria Park, Ashford be replaced?", ASHFORD,
     "would be fitted during the October half term"),
    # Braintree
    ("Which contractor is doing up Halstead Leisure Centre?", BRAINTREE,
     "the contract be awarded to Fulbrook Leisure Build Ltd"),
    ("How is Braintree paying for the Halstead Leisure Centre works?", BRAINTREE,
     "funded by a Sport England grant of £500,000 and by £2.25 million from the Council's capital programme"),
    ("Do Blue Badge holders have to pay the new Sunday parking charge in Witham?", BRAINTREE,
     "Blue Badge holders would continue to park free"),
    # Rutland
    ("Who will run the charge points in Rutland's car parks, and for how many years?", RUTLAND,
     "provided by Gridway Charge Ltd under a 15 year concession"),
    ("Will Rutland County Council have to pay for the car park charge points?", RUTLAND,
     "paid for with £412,000 of government grant and the operator's own investment, at no cost to the Council"),
    ("Can Rutland County Council do anything about parking charges at Rutland Water?", RUTLAND,
     "the car parks belonged to the water company, not the Council"),
    # Dartford
    ("Who is Dartford appointing to fit the heat pumps at Fairfield Leisure Centre?", DARTFORD,
     "it is proposed to appoint Thamesreach Building Services Ltd"),
    ("How much did Fairfield Leisure Centre's energy bill go up by?", DARTFORD,
     "Energy costs at the centre rose from £310,000 in 2021/22 to £585,000 in 2022/23."),
    ("Who is paying for the low carbon heating at Fairfield Leisure Centre?", DARTFORD,
     "will be met by a Public Sector Decarbonisation Scheme grant of £1.9 million and £500,000 from the Council's "
     "climate reserve"),
    # North Somerset
    ("Where will North Somerset put its biggest new wood?", NSOMERSET,
     "on land next to the Strawberry Line between Yatton and Congresbury"),
    ("What did people think of North Somerset's draft tree strategy?", NSOMERSET,
     "received 642 responses, of which 81 per cent supported the planting target"),
    ("What is happening to the elm trees lost in Grove Park, Weston?", NSOMERSET,
     "the three elms lost last year will be replaced by disease resistant varieties"),
    # Cannock Chase
    ("Which company is supplying the new gym equipment for Cannock Chase's leisure centres?", CANNOCK,
     "The equipment would be supplied by Vantor Fitness Ltd"),
    ("Will the gyms at Chase and Rugeley close while the machines are swapped?", CANNOCK,
     "the equipment would be changed over two weekends at each centre so that the gyms would stay open on weekdays"),
    ("Who moved the lease of the Hednesford Park pavilion, and was it agreed?", CANNOCK,
     "moved by Councillor Kynaston and seconded by Councillor Sohal, and carried unanimously"),
    # Worcestershire
    ("Is the subsidised bus between Malvern and Upton upon Severn safe?", WORCS,
     "the service was funded until the end of August 2024 and that passenger numbers would decide whether it "
     "continued after that"),
    ("How many hours a week will Redditch library be open from April 2024?", WORCS,
     "reduced from 52 to 44 hours a week from April 2024"),
    ("Which firm got Worcestershire's home to school transport routes in Wyre Forest?", WORCS,
     "to Severnside Travel Ltd for three years from September 2024"),
    # Vale of Glamorgan
    ("How long will the Romilly Park play area in Barry be shut?", VALE,
     "closed for ten weeks from January"),
    ("When will Barry Island get parking machines that take cards?", VALE,
     "all 14 machines at Barry Island would be replaced with card and phone payment machines before Easter 2024"),
    ("How long has the Penarth Pier Pavilion lease been extended for?", VALE,
     "for a further ten years from April 2024"),
]

ACROSS = [
    ("What are Wigan and Warwickshire each doing about potholes?",
     [(WIGAN, "6,842 potholes had been repaired between April and September"),
      (WARWICKS, "an additional £3.2 million will be spent on pothole repairs")]),
    ("Compare Rutland and Fife on public chargers for electric cars.",
     [(RUTLAND, "the installation of 40 fast charge points in council car parks in Oakham and Uppingham"),
      (FIFE, "Four rapid electric vehicle chargers would be installed at the Lochgelly Centre car park this winter")]),
    ("What are Hounslow and Lewisham each doing to keep traffic away from school gates?",
     [(HOUNSLOW, "nine further school streets would begin operating in January 2024"),
      (LEWISHAM, "eight new School Streets will start in April 2024")]),
    ("Compare Dartford, Braintree and Cannock Chase on their leisure centres.",
     [(DARTFORD, "Fairfield Leisure Centre attracted 612,000 visits in 2022/23"),
      (BRAINTREE, "Halstead Leisure Centre will close for 14 weeks from January 2024"),
      (CANNOCK, "replace the gym equipment at Chase Leisure Centre and Rugeley Leisure Centre at a total cost of "
                "£380,000")]),
    ("Which councils are trying to get empty houses lived in again?",
     [(KNOWSLEY, "1,146 homes in Knowsley had been empty for more than six months"),
      (AMBER, "512 long term empty homes in Amber Valley"),
      (CHORLEY, "There were 287 homes in Chorley that had been empty for over two years")]),
    ("Which councils have been tackling rubbish dumped illegally?",
     [(STAFFORD, "37 fixed penalty notices for fly tipping"),
      (TELFORD, "six mobile CCTV cameras to tackle fly tipping hotspots in Donnington and Hadley"),
      (ADUR, "the Council had cleared 412 fly tipping incidents in Lancing in the last twelve months")]),
    ("Which councils are spending money on children's playgrounds?",
     [(WELHAT, "The new play area would be installed by Brightplay Leisure Ltd at a cost of £132,000"),
      (WYCHAVON, "Executive Board agreed to spend £245,000 replacing worn equipment at eleven play areas"),
      (VALE, "The total programme of £410,000 covered nine sites")]),
    ("Which councils have said how many trees they have planted or plan to plant?",
     [(TESTVALLEY, "planted 2,350 trees across the borough during the 2022/23 planting season"),
      (NSOMERSET, "The Council aims to plant 30,000 trees by 2030"),
      (WORCS, "the County Council has planted 41,000 trees since 2020")]),
]

NEAR_MISSES = [  # one per document, in content.py's order; kinds in README.md
    "When will work actually start on the Victoria Park bandstand in Stafford?",
    "How many of the bungalows on Main Road in Ryton will be affordable homes?",
    "How much will the cattle grazing on Hounslow Heath cost the council?",
    "What is the final bill for the roof repairs at Haigh Hall?",
    "How much is the stall rent waiver for Newport market traders in Telford worth?",
    "What did the survey of bank erosion at Stanborough Lakes find?",
    "How much more does the vegetable oil fuel cost Test Valley than diesel?",
    "How many empty homes will Knowsley's loan scheme bring back into use?",
    "What did Warwickshire's survey of its C class roads show?",
    "What did people living on Dartmouth Road say in Lewisham's school street consultation?",
    "What was the vote on the barn conversion near Holsworthy?",
    "How many boats will be able to moor at the new Vines Park moorings?",
    "What did the water quality testing at Widewater Lagoon in Lancing show?",
    "How many regular traders does Heanor market have?",
    "What did traders and shoppers say about opening Chorley's covered market until 8pm?",
    "How much will it cost to repair the Lochore Meadows boardwalk?",
    "How much is Ashford paying for the ten homes in Tenterden?",
    "How many new members does Braintree expect the refurbished Halstead Leisure Centre to attract?",
    "How many on street chargers will Rutland install for people without driveways?",
    "How long will the pool at Fairfield Leisure Centre be closed while the heat pumps go in?",
    "What did North Somerset's ash dieback survey in Portishead and Nailsea find?",
    "Did Cannock Chase get the money to redevelop the old indoor market site?",
    "How many hours a week will Bromsgrove library be open from next April?",
    "What rent will the operator of Penarth Pier Pavilion pay under the new lease?",
]

ORDINARY = [
    "How much does a residents' parking permit cost in Harrogate?",
    "What did Stirling Council decide about the car park at the Wallace Monument?",
    "Has Swansea Council approved a skate park in Mumbles?",
    "When will the new ice rink in Exeter open?",
    "Which councils have raised their fines for dog fouling?",
    "Which council is paying for new Christmas lights in its town centre this year?",
    "What are councils doing about graffiti in underpasses?",
    "How much do councils charge for a pest control visit for rats?",
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
    rows = questions()
    assert len(ANSWERABLE) == 72 and len(ACROSS) == 8 and len(NEAR_MISSES) == 24 and len(ORDINARY) == 8
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} questions to {HERE / 'questions.jsonl'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
