"""Write bench/heldout18/questions.jsonl: 112 questions over the 24 documents of content.py.

    python bench/heldout18/write_questions.py

r01-r72 answerable (three per document, in truth.csv's order), x01-x08 across councils (one gold
quote per document), u01-u24 near misses (one per document, in the same order; kinds a-d as in
README.md), n01-n08 ordinary unanswerable questions. A gold quote is short and verbatim in its
document's visible text (check_gold.py checks every one); near misses and unanswerable questions
have no gold.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

D = {
    "stockport": "ieListDocuments_CId118_MId6120_Stockport_Cabinet",
    "lambeth": "ieListDocuments_CId225_MId4871_Lambeth_Cabinet",
    "lancaster": "ieListDocuments_CId142_MId3955_Lancaster_Planning_Regulatory",
    "chichester": "ieListDocuments_CId134_MId2290_Chichester_Cabinet",
    "wiltshire": "ieListDocuments_CId141_MId7713_Wiltshire_Cabinet",
    "bridgend": "ieListDocuments_CId110_MId5046_Bridgend_Cabinet",
    "camden": "mgAi_ID98231_Camden_Cabinet",
    "peterborough": "mgAi_ID40517_Peterborough_Cabinet",
    "warwickshire": "ieDecisionDetails_ID6612_Warwickshire_Roadside_Trees",
    "westberks": "ieDecisionDetails_ID3109_WestBerkshire_Recycling_Booking",
    "stirling": "Planning_Panel_14062022_Minutes_Stirling",
    "powys": "Cabinet_19092023_Minutes_Powys",
    "rotherham": "Cabinet_17012022_Minutes_Rotherham",
    "newforest": "Cabinet_04102023_Minutes_NewForest",
    "inverclyde": "ERC_28042022_Minutes_Inverclyde",
    "cumbria": "Cabinet_11032021_Minutes_Cumbria",
    "moorlands": "Cabinet_12092022_Agenda_Pack_StaffsMoorlands",
    "southwark": "Cabinet_15112023_Agenda_Pack_Southwark",
    "nayrshire": "Cabinet_07062022_Agenda_Pack_NorthAyrshire",
    "vale": "Cabinet_23_May_2024_Barry_Island_Shelters_Report_ValeofGlamorgan",
    "shropshire": "Cabinet_10_July_2019_Severn_Riverside_Report_Shropshire",
    "midlothian": "Cabinet_Minutes_5_March_2024_Midlothian",
    "stynes": "Cabinet_Minutes_18_October_2023_SouthTyneside",
    "oldham": "Cabinet_Minutes_9_February_2022_Oldham",
}

# (doc, question, quote): three per document, in truth.csv's order
ANSWERABLE = [
    ("stockport", "Which company is putting in the on-street electric car chargers in Stockport?",
     "The preferred bidder, Voltway Charging Ltd"),
    ("stockport", "What did the inspection of the Woodbank Park footbridge find?",
     "found corrosion to the lower steel beams and missing bolts"),
    ("stockport", "How much will it cost to repair the footbridge in Woodbank Park?",
     "Repairs were estimated at £186,000"),
    ("lambeth", "Who is paying for the new Brockwell Park playground?",
     "funded from Community Infrastructure Levy receipts"),
    ("lambeth", "When will the Brockwell Park playground open again?",
     "expected to reopen in April 2023"),
    ("lambeth", "How many people responded to the Kennington Park Road parking zone consultation?",
     "received 412 responses"),
    ("lancaster", "Who proposed approving the 14 houses off Aldcliffe Road?",
     "proposed by Councillor Margaret Fennell and seconded by Councillor Raj Sandhu"),
    ("lancaster", "Why did the committee turn down the 40 homes at Scotland Road in Carnforth?",
     "the access would be harmful to highway safety at the junction"),
    ("lancaster", "Did the old bank on Queen Street in Morecambe get permission to become a cafe?",
     "The application was approved unanimously."),
    ("chichester", "Who has been picked to run the cafe in Priory Park?",
     "The panel recommended Lavant Kitchen Ltd"),
    ("chichester", "How long is the Priory Park cafe lease for?",
     "The lease would run for ten years, with a break clause at year five"),
    ("chichester", "From when do the higher parking charges in Chichester apply?",
     "The new charges will take effect from 1 April 2023"),
    ("wiltshire", "Which town councils are taking over the public loos?",
     "transfer of public toilets to Marlborough Town Council and Devizes Town Council"),
    ("wiltshire", "How much money did Cabinet put towards the Trowbridge Town Hall roof?",
     "Cabinet approved £95,000 for temporary propping and weatherproofing"),
    ("wiltshire", "When are the new bus shelters at Chippenham bus station going in?",
     "the new shelters would be installed by the end of June"),
    ("bridgend", "Who is funding the Llynfi Road culvert scheme in Maesteg?",
     "a Welsh Government grant covering 85 per cent would meet most of the cost"),
    ("bridgend", "Which contractor will repair the Porthcawl seafront shelters?",
     "The contract was awarded to Ogmore Build Ltd"),
    ("bridgend", "How many houses flooded in Maesteg during Storm Dennis?",
     "31 homes flooded in Llynfi Road and Castle Street"),
    ("camden", "How much will Camden families get in holiday food vouchers for each child?",
     "Holiday food vouchers of £15 per child per week"),
    ("camden", "How many children in Camden are expected to qualify for the holiday food vouchers?",
     "About 11,200 children are expected to be eligible"),
    ("camden", "Who will run Camden's holiday food scheme?",
     "The scheme will be run by the Camden Food Hub"),
    ("peterborough", "What did the library consultation in Peterborough show?",
     "61 per cent of respondents preferred later evening opening"),
    ("peterborough", "Which Peterborough libraries will shut on Mondays?",
     "Stanground and Eye libraries will close on Mondays"),
    ("peterborough", "How much will the new library hours save?",
     "The changes would save £84,000 a year"),
    ("warwickshire", "What money is paying for the roadside tree planting in Warwickshire?",
     "funded from the Climate Action Capital Fund"),
    ("warwickshire", "Which firm got the county's tree planting contract?",
     "the planting contract be awarded to Arden Greenworks Ltd"),
    ("warwickshire", "Why did Warwickshire rule out planting whips without aftercare?",
     "rejected because of high losses in previous dry summers"),
    ("westberks", "How many trips to the Newtown Road tip can a household book each month?",
     "households allowed six visits per month"),
    ("westberks", "Who runs the recycling centre at Newtown Road?",
     "operated under contract by Kennet Resource Services"),
    ("westberks", "Why is West Berkshire keeping the tip booking system?",
     "since bookings began, queues on the A339 had ended"),
    ("stirling", "What was the vote on the Baker Street flats in Stirling?",
     "6 members voted for the motion and 3 for the amendment"),
    ("stirling", "Why were the homes by the Allan Water at Bridge of Allan refused?",
     "on grounds of flood risk from the Allan Water"),
    ("stirling", "How many holiday lodges were approved near Callander?",
     "12 holiday lodges with a reception building"),
    ("powys", "What will the opening hours be at Newtown Library?",
     "Newtown Library will open from 9.30am to 5pm on weekdays"),
    ("powys", "Who won the Builth Wells school bus contracts?",
     "awarded to Irfon Coaches"),
    ("powys", "How many pupils will the Builth Wells school buses carry?",
     "will carry 164 pupils"),
    ("rotherham", "How much is the Environment Agency putting into the Whiston Brook scheme?",
     "the Environment Agency contributes £1.2 million"),
    ("rotherham", "How many homes will the Whiston flood scheme protect?",
     "The scheme will protect 214 homes and 12 businesses"),
    ("rotherham", "When does the water play area in Clifton Park reopen?",
     "will reopen on 28 May 2022"),
    ("newforest", "What will all-day parking cost in Lymington now?",
     "the all-day tariff rises from £6.00 to £6.80"),
    ("newforest", "How long is the waiting list for a beach hut at Milford on Sea?",
     "stood at 1,140 people"),
    ("newforest", "Why are New Forest beach hut fees going up?",
     "to fund repairs to the Milford on Sea promenade"),
    ("inverclyde", "How much of the Kip Water flood scheme does the Scottish Government pay?",
     "80 per cent is met by Scottish Government flood funding"),
    ("inverclyde", "When does Gourock outdoor pool reopen?",
     "The pool will reopen on 4 June 2022"),
    ("inverclyde", "Who is replacing the railings on Greenock Esplanade?",
     "awarded to Clyde Fabrication Ltd"),
    ("cumbria", "How many car park charge points is Keswick getting?",
     "20 in Keswick"),
    ("cumbria", "Who is paying for the county car park charge points in Cumbria?",
     "The Office for Zero Emission Vehicles grant would meet 75 per cent of the cost"),
    ("cumbria", "How long will the A591 be shut for the resurfacing?",
     "closed overnight for 14 nights"),
    ("moorlands", "How much did Cabinet give the Friends of Biddulph Valley Way?",
     "a grant of £25,000 be made to the Friends of Biddulph Valley Way"),
    ("moorlands", "What will the Leek Buttermarket refurbishment cost?",
     "at an estimated cost of £1.35 million"),
    ("moorlands", "Where is the money for the Buttermarket works coming from?",
     "UK Shared Prosperity Fund (£600,000) and council borrowing"),
    ("southwark", "How much are the Christmas food vouchers per child in Southwark?",
     "supermarket vouchers of £20 per child per week"),
    ("southwark", "How many Southwark children get benefits-related free school meals?",
     "There are currently 14,600 children eligible"),
    ("southwark", "What was done about the algae in the Burgess Park lake?",
     "treated with barley straw and new aerators"),
    ("nayrshire", "Which company will clean the reopened toilets in North Ayrshire?",
     "the most economically advantageous tender was from Cumbrae Facilities Ltd"),
    ("nayrshire", "Will people have to pay to use the reopened toilets in North Ayrshire?",
     "with a charge of 40p at Largs only"),
    ("nayrshire", "How much is the Irvine Beach Park play and events area costing?",
     "at a cost of £480,000"),
    ("vale", "How much will the new Barry Island promenade shelters cost?",
     "at a cost of £525,000"),
    ("vale", "What did people say in the Eastern Promenade consultation?",
     "most respondents wanted more seating facing the sea"),
    ("vale", "Who is designing the new shelters at Barry Island?",
     "designed by Tidewrack Design Ltd"),
    ("shropshire", "What is the Frankwell to Castlefields riverside path scheme going to cost?",
     "at a cost of £1.1 million"),
    ("shropshire", "Who designed the Shrewsbury riverside path scheme?",
     "designed by Wrekin Landscape Partnership"),
    ("shropshire", "How long will the works on the riverside path take?",
     "Works would start in January 2020 and take six months"),
    ("midlothian", "Which parks are getting new play equipment in Midlothian?",
     "Vogrie Country Park and Ironmills Park, Dalkeith"),
    ("midlothian", "Who got the Newtongrange Library roof contract?",
     "awarded to Esk Valley Roofing Ltd"),
    ("midlothian", "How did the council choose which play parks to upgrade?",
     "chosen on the condition scores from the annual play inspection"),
    ("stynes", "How many holiday clubs gave out free meals in South Tyneside this summer?",
     "free meals at 42 holiday clubs"),
    ("stynes", "How long has the sea front lease to Sandhaven Leisure been extended for?",
     "for a further 15 years"),
    ("stynes", "Why is the car park at Jarrow Hall being resurfaced?",
     "because of potholes and drainage problems reported by visitors"),
    ("oldham", "How much will the Alexandra Park play area refurbishment cost?",
     "costing £260,000"),
    ("oldham", "Where can I see the designs for the new play area in Alexandra Park?",
     "displayed in the park lodge and on the council website"),
    ("oldham", "How many traders have signed up for the new Tommyfield market hall?",
     "55 traders had signed leases"),
]

# (question, [(doc, quote), ...]): across councils
ACROSS = [
    ("Which councils have agreed contracts for new electric vehicle charge points, and how many?",
     [("stockport", "120 on-street charge points"), ("cumbria", "installation of 60 charge points")]),
    ("Where are councils refurbishing or re-equipping children's play areas?",
     [("lambeth", "refurbishment of the Brockwell Park playground"),
      ("midlothian", "New play equipment will be installed at Vogrie Country Park"),
      ("oldham", "refurbishment of the Alexandra Park play area")]),
    ("Which councils have put up their car park charges, and by how much?",
     [("chichester", "an increase of 20p per hour"),
      ("newforest", "the all-day tariff rises from £6.00 to £6.80")]),
    ("What flood protection schemes have councils approved?",
     [("bridgend", "The scheme would replace the culvert and add a debris screen"),
      ("rotherham", "proceed to construction of the Whiston Brook scheme"),
      ("inverclyde", "flood protection scheme for Kip Water in Inverkip")]),
    ("Which councils are changing library opening hours?",
     [("peterborough", "Central Library will open on Sundays from 11am to 3pm"),
      ("powys", "Saturday opening at Brecon Library would be extended to 4pm")]),
    ("Are any councils keeping or reopening public toilets?",
     [("wiltshire", "keep the toilets at Marlborough and Devizes open"),
      ("nayrshire", "the three toilets reopen from 1 July 2022")]),
    ("What help with food are councils giving children on free school meals during the holidays?",
     [("camden", "£15 per child per week"), ("southwark", "£20 per child per week"),
      ("stynes", "free meals at 42 holiday clubs")]),
    ("How many trees are councils planning to plant?",
     [("warwickshire", "plant 12,500 trees along county roads"),
      ("shropshire", "3,000 trees be planted along the river corridor")]),
]

# (doc, question, kind): one per document, in truth.csv's order; kinds as in README.md
NEAR_MISSES = [
    ("stockport", "How much per kWh will it cost to charge a car at the new Stockport street chargers?", "a"),
    ("lambeth", "What did the road safety audit of the Norwood Road cycle lane find?", "d"),
    ("lancaster", "How did the councillors vote on the Castle Hill windows in Lancaster?", "c"),
    ("chichester", "What rent will Lavant Kitchen pay for the Priory Park cafe?", "b"),
    ("wiltshire", "What did the structural survey of Trowbridge Town Hall's roof show?", "d"),
    ("bridgend", "When will the Maesteg culvert works be finished?", "a"),
    ("camden", "How many children claimed Camden's holiday food vouchers at Easter 2022?", "c"),
    ("peterborough", "How many library staff will lose their jobs because of the new hours in Peterborough?", "b"),
    ("warwickshire", "Which roads in Warwickshire are getting the new trees?", "a"),
    ("westberks", "What did the independent review of the Newbury tip booking system recommend?", "d"),
    ("stirling", "When is the site visit for the Callander holiday lodges?", "c"),
    ("powys", "How much will it cost to move Llanidloes library into the town hall?", "b"),
    ("rotherham", "Is the Catcliffe footbridge safe? What did its inspection find?", "d"),
    ("newforest", "When do parking charges start at the Hythe Pier car park?", "a"),
    ("inverclyde", "How much is an adult swim at Gourock outdoor pool this year?", "b"),
    ("cumbria", "How many of the new charge points will be in Ambleside?", "c"),
    ("moorlands", "What condition is the Leek Buttermarket roof in according to the survey?", "d"),
    ("southwark", "Will Southwark give food vouchers in the Easter holidays in 2024?", "a"),
    ("nayrshire", "What are the opening hours of the Millport toilets?", "c"),
    ("vale", "How many parking spaces will go on Barry Island's Eastern Promenade?", "b"),
    ("shropshire", "Were any otters found along the Shrewsbury riverside path?", "d"),
    ("midlothian", "How much did Midlothian spend on play parks in 2022/23?", "c"),
    ("stynes", "How much holiday food funding is South Tyneside getting from the government for 2024/25?", "a"),
    ("oldham", "When does work start on the Alexandra Park play area?", "b"),
]

UNANSWERABLE = [
    "What did Leeds City Council decide about the Kirkgate Market roof?",
    "Which company won the contract to run the council crematorium?",
    "How much are allotment rents going up next year?",
    "Has Cardiff Council approved the new bus interchange?",
    "What did Norfolk County Council say about the Great Yarmouth third river crossing?",
    "Are there new rules on dogs on the beaches this summer?",
    "How many responses did the consultation on the Aberdeen beachfront masterplan get?",
    "When will the council tax reduction scheme change in Kirklees?",
]


def questions() -> list[dict]:
    out = []
    for n, (key, question, quote) in enumerate(ANSWERABLE, 1):
        out.append({"id": f"r{n:02d}", "question": question, "gold": [{"doc": D[key], "quote": quote}]})
    for n, (question, golds) in enumerate(ACROSS, 1):
        out.append({"id": f"x{n:02d}", "question": question,
                    "gold": [{"doc": D[key], "quote": quote} for key, quote in golds]})
    for n, (key, question, _kind) in enumerate(NEAR_MISSES, 1):
        out.append({"id": f"u{n:02d}", "question": question, "gold": []})
    for n, question in enumerate(UNANSWERABLE, 1):
        out.append({"id": f"n{n:02d}", "question": question, "gold": []})
    return out


def main() -> int:
    assert len(ANSWERABLE) == 72 and len(ACROSS) == 8 and len(NEAR_MISSES) == 24 and len(UNANSWERABLE) == 8
    keys = list(D)
    assert [k for k, *_ in ANSWERABLE] == [k for k in keys for _ in range(3)]
    assert [k for k, *_ in NEAR_MISSES] == keys
    assert all(sum(k == kind for *_, k in NEAR_MISSES) == 6 for kind in "abcd")
    rows = questions()
    (HERE / "questions.jsonl").write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in rows),
                                          encoding="utf-8")
    print(f"wrote {len(rows)} questions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
