"""Writes bench/heldout13/questions.jsonl (the questions' source; run once, the output is committed).

    python bench/heldout13/write_questions.py

r01-r72 three per document in the table order of README.md, x01-x08 across councils, u01-u24 near
misses (one per document, in table order; each one's kind is in a comment here and in README.md, not
in questions.jsonl), n01-n08 ordinary unanswerable.
"""
import json
from pathlib import Path
D = {
 1: "ieListDocuments_CId117_MId5824_Stockport_Cabinet",
 2: "ieListDocuments_CId152_MId1187_ThreeRivers_Policy_and_Resources",
 3: "ieListDocuments_CId225_MId9143_Lambeth_Cabinet",
 4: "ieListDocuments_CId141_MId14210_Wiltshire_Cabinet",
 5: "ieListDocuments_CId1162_MId2309_Fylde_Tourism_and_Leisure",
 6: "ieListDocuments_CId136_MId3990_Broxbourne_Cabinet",
 7: "mgAi_ID48812_Camden_Cabinet",
 8: "mgAi_ID9920_DerbyshireDales_Community_and_Environment",
 9: "ieDecisionDetails_ID2214_Sheffield_Crookes_Road",
 10: "ieDecisionDetails_ID7731_Warwickshire_HWRC_Contract",
 11: "Cabinet_23_March_2021_Minutes_Powys",
 12: "Communities_Committee_Minute_29082023_Angus",
 13: "Cabinet_2nd_November_2022_Minutes_Bromsgrove",
 14: "Environment_and_Sustainability_19_March_2024_Minutes_Spelthorne",
 15: "Cabinet_18_October_2022_Minutes_WSCC",
 16: "Cabinet_14042025_Minutes_Rotherham",
 17: "Cabinet_08122020_Agenda_Pack_Southwark",
 18: "Cabinet_08102024_Agenda_Pack_SMDC",
 19: "Cabinet_10012023_Agenda_Pack_EastSuffolk",
 20: "Cabinet_23_May_2024_Barry_Island_Changing_Places_Report_VoG",
 21: "Cabinet_16_February_2022_Dingle_Restoration_Report_Shropshire",
 22: "Environment_and_Housing_Committee_Minutes_02092021_Stirling",
 23: "Planning_Committee_Minutes_25042023_NKDC",
 24: "Cabinet_Minutes_18_June_2025_Swindon",
}
R = [
 (1, "Which firm got the job of dredging the lake in Woodbank Park, Stockport?", "Pennine Waterscapes Ltd"),
 (1, "How much silt is being dug out of the Woodbank Park lake?", "Some 6,500 cubic metres of silt"),
 (1, "Who seconded the Woodbank Park lake decision at Stockport's cabinet?", "seconded by Councillor Bramhall"),
 (2, "How much is the new visitor hub at the Rickmansworth Aquadrome going to cost?", "£1.4 million"),
 (2, "Which Three Rivers councillors voted against the Aquadrome visitor hub?", "Councillors Imogen Croxley, Paul Mapleton and Sarah Batchworth"),
 (2, "Why is the Aquadrome visitor building going to be raised up off the ground?", "so that floodwater could pass beneath it"),
 (3, "Who is doing the restoration work at the Rookery on Streatham Common?", "carried out by Hatherley Landscapes"),
 (3, "How long will the Rookery gardens in Streatham be shut for the works?", "closed for nine months"),
 (3, "How much lottery money did Lambeth get for fixing up the Rookery?", "£425,000"),
 (4, "How long will the pool at the Olympiad in Chippenham be closed while the roof is replaced?", "close for 14 weeks"),
 (4, "Where will the swimming clubs go while the Olympiad pool is shut?", "Calne Leisure Centre and Corsham Springfield"),
 (4, "What's wrong with the roof over the Olympiad pool in Chippenham?", "corrosion in the steel frame above the pool"),
 (5, "Which company is taking over the café at Lowther Gardens in Lytham?", "Driftwood Coffee Company"),
 (5, "How much rent will the new Lowther Gardens café pay Fylde council?", "£18,500 a year"),
 (5, "Will I still be able to use the toilets in the Lowther Gardens pavilion without buying anything?", "the lease required it"),
 (6, "What will the extension at Grundy Park Leisure Centre in Cheshunt cost?", "£1.75 million"),
 (6, "Who runs Grundy Park Leisure Centre for Broxbourne council?", "Parkwise Leisure, which runs the centre for the council"),
 (6, "Will there be any more parking at Grundy Park when the gym is extended?", "giving 40 extra spaces"),
 (7, "How many blocks of council flats in Camden are getting solar panels?", "28 blocks"),
 (7, "Which company won Camden's contract to put solar panels on its estates?", "Brightgrid Energy"),
 (7, "Will Camden leaseholders have to pay towards the solar panels on their blocks?", "would not be recharged to leaseholders"),
 (8, "How much are tickets for the Matlock Bath Illuminations in 2021?", "£6 for adults and £2 for children"),
 (8, "Who voted against the plans for the 2021 Matlock Bath Illuminations?", "Councillors Tansley and Winster voting against"),
 (8, "For how many weekends will the Matlock Bath Illuminations run in 2021?", "over six weekends"),
 (9, "Who has been given the contract to build the Crookes Road cycle lanes in Sheffield?", "Don Valley Highways Limited"),
 (9, "How much is the Crookes Road cycle lane scheme costing?", "£2.4 million"),
 (9, "Why is Sheffield putting protected bike lanes on Crookes Road?", "19 collisions involving cyclists"),
 (10, "Which company will run Warwickshire's tips from 2025?", "Sherbourne Waste Services Limited"),
 (10, "How long is Warwickshire's new contract for running the recycling centres?", "seven years from 1 April 2025"),
 (10, "Will the Hunters Lane tip in Rugby stay open later in the summer?", "until 7.00 pm from April to September"),
 (11, "How many children will the new Welsh-medium primary school in Welshpool take?", "150 places"),
 (11, "Which builder is building the new Ysgol Gymraeg y Trallwng?", "Hafren Build Ltd"),
 (11, "When is the new Welshpool Welsh-medium school supposed to open?", "September 2023"),
 (12, "How many boats will the new pontoons at Arbroath Harbour take?", "38 berths"),
 (12, "Who seconded the amendment to freeze the berthing charges at Arbroath?", "seconded by Councillor Letham"),
 (12, "By how much are harbour berthing charges in Arbroath going up?", "rise by 6%"),
 (13, "How much will it cost to do up the Sanders Park bandstand in Bromsgrove?", "£95,000"),
 (13, "Which firm gave the cheapest quote for repairing the Sanders Park bandstand?", "Heritage Ironcraft of Walsall"),
 (13, "How many concerts are planned at the Sanders Park bandstand once it's restored?", "20 free Sunday concerts"),
 (14, "How many visitor moorings will there be by the Memorial Gardens in Staines?", "14 visitor moorings"),
 (14, "What will it cost to moor a boat overnight in Staines after the first day?", "£10 a night"),
 (14, "When do the new visitor moorings in Staines-upon-Thames start?", "to start on 1 May 2024"),
 (15, "How many electric minibuses is West Sussex buying for taking children to school?", "Thirty electric minibuses"),
 (15, "Who is supplying the county council's electric school minibuses in West Sussex?", "The supplier would be Coastline Fleet"),
 (15, "How much does West Sussex expect to save by running its own minibuses?", "about £640,000 a year"),
 (16, "How much will the new watersports centre at Rother Valley Country Park cost?", "£3.2 million"),
 (16, "Which company will run the new watersports centre at Rother Valley?", "run by Waterline Adventures"),
 (16, "When is the Rother Valley watersports centre expected to open?", "summer of 2026"),
 (17, "How many bikes fit in one of Southwark's cycle hangars?", "holds six bicycles"),
 (17, "How much does a space in a cycle hangar cost per year in Southwark?", "£72 a year"),
 (17, "How many people are on the waiting list for a bike hangar space in Southwark?", "over 4,700 people"),
 (18, "How much carbon will the Biddulph Valley Leisure Centre heat pumps save?", "about 210 tonnes"),
 (18, "How much grant is Staffordshire Moorlands getting for the Biddulph leisure centre works?", "£1.3 million"),
 (18, "Will the pool at Biddulph Valley Leisure Centre have to close for the new heating?", "close for three weeks in January 2025"),
 (19, "How many seafront shelters are being replaced in Felixstowe?", "nine seafront shelters"),
 (19, "What is the budget for the new Felixstowe seafront shelters?", "£410,000"),
 (19, "When should the new shelters on Felixstowe seafront be ready?", "before the summer season of 2024"),
 (20, "How much will the Changing Places toilet at Barry Island cost?", "£180,000"),
 (20, "When is the Barry Island Changing Places toilet meant to open?", "open by Easter 2025"),
 (20, "How many beach wheelchairs will be available at Barry Island?", "four beach wheelchairs"),
 (21, "How much will restoring the Dingle in the Quarry, Shrewsbury, cost?", "£460,000"),
 (21, "Which firm is doing the stonework in the Dingle?", "Severn Stoneworks"),
 (21, "Why do the pools in the Dingle need repairing?", "have leaked for several years"),
 (22, "How many trees are being planted at the Cambusbarron community woodland?", "18,000 native trees"),
 (22, "What was the vote on the amendment to keep some of the Cambusbarron site as grassland?", "5 members voted for the amendment and 6 for the motion"),
 (22, "How much is Scottish Forestry giving towards the Cambusbarron woodland?", "£210,000"),
 (23, "Did the solar farm near Digby get planning permission?", "planning permission be granted"),
 (23, "Which North Kesteven councillors voted against the Digby Heath solar farm?", "Billinghay, Metheringham and Waddington voted against"),
 (23, "How many objections were sent in about the solar farm near Digby?", "312 letters of objection"),
 (24, "How old is the diving board at Coate Water?", "built in 1935"),
 (24, "Which company is going to repair the Coate Water diving board?", "Wessex Concrete Repair"),
 (24, "What did the Swindon cabinet member say about swimming coming back to Coate Water?", "swimming was not proposed"),
]
X = [
 ("Are Stockport, Bromsgrove and Powys putting in electric car charging points?",
  [(1, "40 electric vehicle charging points"), (13, "six electric vehicle charging points"), (11, "12 rapid charging points")]),
 ("What have Three Rivers and Angus councils decided about allotments?",
  [(2, "allotment rents for 2022/23 be held at £42"), (12, "30 new allotment plots")]),
 ("What murals are Lambeth and Southwark paying for?",
  [(3, "£60,000 be set aside for community murals"), (17, "five murals along Walworth Road")]),
 ("What are Wiltshire and Rotherham doing about bus shelters?",
  [(4, "25 bus shelters on rural routes be replaced"), (16, "60 bus shelters in Maltby, Wath and Dinnington")]),
 ("Are there new beach huts coming in Fylde and East Suffolk?",
  [(5, "12 new beach huts"), (19, "8 new beach huts be provided at Felixstowe South")]),
 ("What have Spelthorne, Broxbourne and Staffordshire Moorlands decided about dogs?",
  [(14, "six additional dog waste bins"), (6, "requiring dogs to be kept on leads in cemeteries"),
   (18, "requiring dogs to be on leads in Brough Park")]),
 ("What are West Sussex and Swindon doing about warm spaces in winter?",
  [(15, "grants of up to £1,500 be offered to community groups opening warm spaces"),
   (24, "warm spaces programme continue next winter")]),
 ("Where are Stirling and the Vale of Glamorgan putting Changing Places toilets?",
  [(22, "in the pavilion at King's Park"), (20, "the eastern Promenade kiosk into a Changing Places toilet")]),
]
# near misses, one per document in table order; kind recorded in the README only
U = [
 (1, "How much will it cost to replace the footbridge in Vernon Park, Stockport?"),               # c
 (2, "Who is going to run the café at the new Aquadrome visitor hub in Rickmansworth?"),          # a
 (3, "What did people say in the consultation on the planting of the Rookery's Old English Garden?"),  # d
 (4, "What did the structural survey of the Olympiad sports hall roof find?"),                    # d
 (5, "Will the new café in Lowther Gardens be allowed to sell alcohol?"),                         # b
 (6, "How many gym members does Grundy Park Leisure Centre have in 2024/25?"),                    # c
 (7, "How much will Camden council tenants save on their energy bills from the solar panels?"),   # a
 (8, "How many people went to the Matlock Bath Illuminations in 2019?"),                          # b
 (9, "What did the trial of the Howard Road bus gate show about traffic in nearby streets?"),     # d
 (10, "Will Warwickshire charge people for taking DIY rubble to the tip?"),                       # b
 (11, "How much will the new primary school for the Ystradgynlais area cost?"),                   # c
 (12, "What did the divers find when they surveyed the harbour wall at Arbroath?"),              # d
 (13, "When is the first concert at the restored Sanders Park bandstand?"),                       # a
 (14, "Who will enforce the time limits on the Staines visitor moorings?"),                       # b
 (15, "When will all of West Sussex's electric school minibuses be on the road?"),                # a
 (16, "How many parking spaces will the new Rother Valley watersports centre have?"),             # b
 (17, "Which streets will get the second batch of 150 cycle hangars in Southwark?"),              # a
 (18, "How much carbon would new heating at Leek Leisure Centre save?"),                          # c
 (19, "Which design for the new Felixstowe shelters did people choose in the consultation?"),     # d
 (20, "Who will look after lending out the beach wheelchairs at Barry Island?"),                  # a
 (21, "How many visitors does the Dingle in Shrewsbury get each year?"),                          # b
 (22, "How many trees will be planted in the new woodland near Plean?"),                          # c
 (23, "Was the planning application for 24 homes off Manor Street in Ruskington approved?"),      # c
 (24, "What did Historic England say after inspecting the Coate Water diving board?"),            # d
]
N = [
 "Has Harlow council agreed to rebuild the Harlow Playhouse?",
 "What has Rushmoor decided about parking in Farnborough during the airshow?",
 "How much is Mid Sussex spending on the car park at Haywards Heath station?",
 "Did Tonbridge and Malling approve a new swimming pool in Tonbridge?",
 "Which council is bringing in bigger fines for fly-tipping?",
 "Are any councils moving their staff to a four-day working week?",
 "Which council has agreed to twin with a town in France?",
 "When is the Christmas lights switch-on and who is doing it?",
]
out = []
for i, (d, q, quote) in enumerate(R, 1):
    out.append({"id": f"r{i:02d}", "question": q, "gold": [{"doc": D[d], "quote": quote}]})
for i, (q, golds) in enumerate(X, 1):
    out.append({"id": f"x{i:02d}", "question": q, "gold": [{"doc": D[d], "quote": s} for d, s in golds]})
for i, (d, q) in enumerate(U, 1):
    out.append({"id": f"u{i:02d}", "question": q, "gold": []})
for i, q in enumerate(N, 1):
    out.append({"id": f"n{i:02d}", "question": q, "gold": []})
assert len(R) == 72 and len(out) == 112
with open(Path(__file__).resolve().parent / "questions.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out))
