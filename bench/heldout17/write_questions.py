"""Writes bench/heldout17/questions.jsonl (the questions' source; run once, the output is committed).

    python bench/heldout17/write_questions.py

r01-r72 three per document in the table order of README.md, x01-x08 across councils, u01-u24 near
misses (one per document, in table order; each one's kind is in a comment here and in README.md, not
in questions.jsonl), n01-n08 ordinary unanswerable.
"""
import json
from pathlib import Path
D = {
 1: "ieListDocuments_CId144_MId6120_Worcestershire_Cabinet",
 2: "ieListDocuments_CId152_MId4873_Sandwell_Cabinet",
 3: "ieListDocuments_CId133_MId9012_Redbridge_Cabinet",
 4: "ieListDocuments_CId120_MId3306_SouthGloucestershire_Cabinet",
 5: "ieListDocuments_CId123_MId7741_Charnwood_Plans_Committee",
 6: "ieListDocuments_CId129_MId2288_Caerphilly_Cabinet",
 7: "mgAi_ID48215_Bury_Cabinet",
 8: "mgAi_ID30917_Bromley_Executive",
 9: "ieDecisionDetails_ID6614_Solihull_Shirley_Library",
 10: "ieDecisionDetails_ID5270_WestBerkshire_EV_Charging",
 11: "Cabinet_04032024_Minutes_Pembrokeshire",
 12: "Cabinet_08092022_Minutes_StocktonOnTees",
 13: "SPAC_21022023_Minutes_Highland",
 14: "Cabinet_14022023_Minutes_Cheltenham",
 15: "Cabinet_11062019_Minutes_Sunderland",
 16: "Cabinet_22032022_Minutes_EastRiding",
 17: "Cabinet_05102021_Agenda_Pack_Dorset",
 18: "Cabinet_Committee_15062023_Agenda_Pack_Fife",
 19: "ESTC_24112022_Agenda_Pack_Sutton",
 20: "Cabinet_11_April_2023_Eirias_Park_Play_Report_Conwy",
 21: "Cabinet_2_September_2024_Cromer_Pier_Report_NorthNorfolk",
 22: "Cabinet_Minutes_11_October_2021_Calderdale",
 23: "Cabinet_Minutes_7_June_2022_Midlothian",
 24: "Cabinet_Minutes_6_February_2020_Lewes",
}
R = [
 (1, "Why is the car park at Worcester Woods Country Park being made bigger?", "recorded 640 cars trying to park against 210 marked spaces"),
 (1, "Which firm is building the extra parking at Worcester Woods?", "Teme Valley Surfacing Ltd had offered the best combination of price and quality"),
 (1, "Who is paying for the Worcester Woods car park extension?", "£310,000 would come from developer contributions"),
 (2, "What did people tell Sandwell in the Forge Mill Lake consultation?", "71 per cent said the path around the lake was too muddy to use between November and March"),
 (2, "How much lottery money is going into the Forge Mill Lake scheme?", "The National Lottery Heritage Fund had awarded £420,000"),
 (2, "Who is doing the path and bird hide work at Forge Mill Lake?", "the works would be carried out by Black Country Landscapes Ltd"),
 (3, "How many visits did Valentines Park get in 2022?", "Valentines Park had received 1.8 million visits in 2022"),
 (3, "Why does the boating lake in Valentines Park need dredging?", "Silt had built up in the boating lake to the point where the pedalos could no longer be used"),
 (3, "Which company will dredge the Valentines Park lake?", "carried out by Roding Waterways Ltd"),
 (4, "How many people use the Railway Path at Warmley?", "recorded 1.3 million walking and cycling trips in the twelve months to June 2021"),
 (4, "Why is the Railway Path between Warmley and Mangotsfield being resurfaced?", "the roots of the trees planted along the old railway had lifted the tarmac"),
 (4, "Where's the money for the Railway Path improvements coming from?", "£1.1 million would come from the Department for Transport's Active Travel Fund"),
 (5, "What did the neighbour who spoke against the Iveshead Road houses in Shepshed object to?", "raising the speed of traffic on Iveshead Road"),
 (5, "Why did Charnwood turn down the bar at 8 Market Place in Loughborough?", "noise from amplified music would harm the living conditions of the residents"),
 (5, "How did the vote go on the four houses at 114 Melton Road, Syston?", "There were 7 votes for and 5 against"),
 (6, "Where do the visitors to Parc Cwm Darran come from?", "three in five visitors came from outside the county borough"),
 (6, "How many camping pods are going in at Parc Cwm Darran?", "Twelve camping pods would be built on the terrace above the lake"),
 (6, "Who is building the pods at Parc Cwm Darran?", "supplied and built by Rhymney Timber Structures Ltd"),
 (7, "What was wrong with the old play area at Burrs Country Park?", "found rotting timber in the main climbing frame"),
 (7, "Who's paying for the new play area at Burrs?", "section 106 contributions from housing developments in Bury North"),
 (7, "Which company will build the Burrs Country Park play area?", "awarded to Greenhalgh Play Ltd"),
 (8, "What did the survey of the Italian terrace steps at Crystal Palace Park find?", "frost had split 140 of the original treads"),
 (8, "How much is Historic England giving for the Crystal Palace Park steps?", "Historic England had agreed a grant of £300,000"),
 (8, "Is a local firm doing the stonework at Crystal Palace Park?", "Penge Stone Masonry Ltd, was based within two miles of the park"),
 (9, "Why is Shirley Library leaving its building on Church Road?", "needs a new roof, windows and heating, estimated at £1.1 million"),
 (9, "What did library users say about moving Shirley Library?", "68 per cent of users would visit more often if the library were in Parkgate"),
 (9, "Where is Shirley Library moving to?", "Shirley Library move to Unit 14, Parkgate, on a fifteen-year lease"),
 (10, "Who will run the new car park chargers in West Berkshire?", "Kennet Charge Ltd be appointed to install and run the charge points"),
 (10, "How much will it cost to charge an electric car in West Berkshire's car parks?", "drivers be charged 45p per kWh"),
 (10, "What did the survey of electric car owners in West Berkshire find?", "58 per cent had been unable to find a free charger in Newbury town centre"),
 (11, "Why are the coast path tunnels at Saundersfoot shut?", "a fall of rock in the middle tunnel in November 2023"),
 (11, "What did the engineer's inspection of the Saundersfoot tunnels find?", "water running through joints in the roof had loosened several large blocks of sandstone"),
 (11, "How much is the Welsh Government putting towards the Saundersfoot tunnel repairs?", "The Welsh Government had confirmed £450,000 from its Local Transport Fund"),
 (12, "Why was the lake at Ropner Park drained?", "drained in 2021 after the clay lining failed"),
 (12, "What did people want in the Ropner Park consultation?", "Eighty-three per cent wanted the fountain working again"),
 (12, "Who is restoring the Ropner Park fountain?", "The main contractor would be Tees Heritage Builders Ltd"),
 (13, "When will the committee visit the site of the Drumnadrochit holiday lodges?", "to be held on Tuesday 14 March 2023"),
 (13, "What was the vote on the Milton of Leys houses in Inverness?", "there were 9 votes for the motion and 4 for the amendment"),
 (13, "Why did Highland refuse the holiday let at 14 Grampian Road in Aviemore?", "the loss of a family home to holiday letting would reduce the housing available"),
 (14, "Why does the Pittville Pump Room roof need work?", "Water had been coming through the roof of the Pump Room above the east colonnade"),
 (14, "How many weddings were held at the Pump Room in 2022?", "The Pump Room had hosted 86 weddings in 2022"),
 (14, "How will Cheltenham pay for the Pump Room roof and dome?", "the remainder would be funded by prudential borrowing"),
 (15, "What did the consultation on beach huts at Seaburn find?", "64 per cent supported beach huts on the upper promenade"),
 (15, "What were people on Whitburn Road worried about with the Seaburn beach huts?", "concerned about views of the sea being blocked"),
 (15, "Who is making the Seaburn beach huts?", "made and installed by Wearside Modular Ltd"),
 (16, "What damage did the February storms do to Hornsea promenade?", "waves had lifted and broken about 300 metres of the promenade surface"),
 (16, "How many people were on Hornsea promenade on the August bank holiday?", "recorded 14,500 people on the promenade"),
 (16, "Who's paying for the Hornsea promenade works?", "the Environment Agency's flood and coastal erosion grant (£1.2 million)"),
 (17, "Why does the coast path at Durlston have to be moved?", "The cliffs between Durlston Castle and Anvil Point are retreating faster than expected"),
 (17, "When will work start on the new coast path at Durlston?", "Works would start in January 2022"),
 (17, "Who's putting money into the new Durlston coast path?", "Natural England's National Trails grant (£95,000)"),
 (18, "How many visits did Lochore Meadows get in 2022?", "with 410,000 visits in 2022"),
 (18, "What did the survey of Lochore Meadows users find?", "62 per cent would walk round the whole loch if there were a firm path all the way"),
 (18, "How long will the new path round Loch Ore be?", "The path would be 4.8 kilometres long and three metres wide"),
 (19, "What's wrong with the River Wandle in Beddington Park?", "the River Wandle runs in a straight concrete channel laid in the 1930s"),
 (19, "What did the fish survey of the Wandle in Beddington Park find?", "found only three species of fish in this stretch"),
 (19, "Why was the footbridge near Carew Manor closed?", "closed in 2020 after an inspection found rot in both main beams"),
 (20, "What did children ask for in the Eirias Park play consultation?", "The splash pad was the most popular choice, followed by a zip wire"),
 (20, "How many water jets will the splash pad at Eirias Park have?", "The splash pad will have 18 ground-level water jets"),
 (20, "Who is paying for the new play area in Eirias Park?", "funded by the UK Shared Prosperity Fund (£300,000)"),
 (21, "What did the inspection of Cromer Pier find?", "about 30 per cent of the hardwood deck boards had rotted"),
 (21, "Which firm is replacing the deck on Cromer Pier?", "Anglia Marine Structures Ltd submitted the most advantageous of four tenders"),
 (21, "When will the work on Cromer Pier be done?", "The works would be done between October 2024 and March 2025"),
 (22, "How many visitors did Shibden Park have in 2020/21?", "Shibden Park had welcomed about 520,000 visitors in 2020/21"),
 (22, "Why is the lake path at Shibden Park being raised?", "had been under water for weeks at a time after the Boxing Day floods of 2020"),
 (22, "Who is paying for the Shibden Park lake path works?", "West Yorkshire Combined Authority had agreed £290,000 from its flood resilience programme"),
 (23, "What did the Vogrie Country Park consultation find?", "was supported by 79 per cent"),
 (23, "Who will run the walled garden at Vogrie?", "run in partnership with Dalkeith Community Growers"),
 (23, "How much government money is going into Vogrie Country Park?", "£450,000 would come from the Scottish Government's Regeneration Capital Grant Fund"),
 (24, "How many people visited Newhaven Fort in 2019?", "Newhaven Fort had attracted 61,000 visitors in 2019"),
 (24, "What did the survey of Newhaven Fort find?", "the brick lining of the caponier, the gun gallery at the foot of the cliff, was coming away from the chalk"),
 (24, "Who was brought in to prop up Newhaven Fort?", "Sussex Flint and Brick Ltd, of Newhaven, had already been appointed to carry out the emergency propping"),
]
X = [
 ("Which councils are getting electric bin lorries?",
  [(12, "four electric refuse collection vehicles be bought at a cost of £1.6 million"),
   (15, "two electric refuse vehicles be leased for a two-year trial"),
   (17, "three electric refuse collection vehicles be bought for the rounds in Dorchester, Weymouth and Bridport")]),
 ("Which councils are replacing worn-out play areas in their parks?",
  [(3, "replaced with a new play area for children up to twelve, costing £340,000"),
   (7, "A new play area would be built on the same site with equipment for children with disabilities"),
   (20, "approves the new play area and splash pad at Eirias Park at a cost of £480,000")]),
 ("Which councils are putting in more charging points for electric cars?",
  [(1, "96 on-street electric vehicle charge points be installed in Malvern, Bromsgrove and Evesham"),
   (10, "52 new charge points be installed in Council car parks")]),
 ("Which councils are moving a library into another building?",
  [(9, "Shirley Library move to Unit 14, Parkgate, on a fifteen-year lease"),
   (18, "Burntisland Library move into the ground floor of the Burgh Chambers")]),
 ("Which councils are spending money on their swimming pools?",
  [(2, "the pool hall roof at Portway Lifestyle Centre be replaced at a cost of £1.2 million"),
   (11, "the pool changing village at Tenby Leisure Centre be refurbished at a cost of £410,000"),
   (23, "the pool tank at Lasswade be relined and its filtration plant replaced at a cost of £560,000")]),
 ("Which councils are letting verges and park grass grow as wildflower meadows?",
  [(6, "42 kilometres of road verges across the county borough be managed as wildflower meadows"),
   (19, "25 hectares of grass in the borough's parks, including parts of Oaks Park and Roundshaw Downs, be managed as wildflower meadow"),
   (22, "60 road verges and parts of 14 parks be managed as wildflower meadows in 2022")]),
 ("Where are councils knocking down old public toilets and building new ones?",
  [(4, "the public toilets in the St Mary Street car park, Thornbury, be demolished and replaced"),
   (16, "the public conveniences on Withernsea's North Promenade be demolished and replaced")]),
 ("Which councils have put their car park charges up, and by how much?",
  [(14, "rise by 20p an hour from 1 April 2023"),
   (24, "rise by 10 per cent from 1 April 2020")]),
]
U = [
 (1, "When is the café at Worcester Woods Country Park reopening?"),                          # a
 (2, "What did the bat survey of the barn at Forge Mill Farm turn up?"),                       # d
 (3, "How many people visit Fairlop Waters Country Park in a year?"),                          # c
 (4, "Will there be CCTV cameras on the Railway Path between Warmley and Mangotsfield?"),       # b
 (5, "How many councillors voted against the bar at 8 Market Place, Loughborough?"),           # c
 (6, "What did the divers find when they inspected the dam outlet at Parc Cwm Darran?"),       # d
 (7, "When will the riverside path at Burrs Country Park open again?"),                         # a
 (8, "How long will the Italian terraces at Crystal Palace Park be shut for the repairs?"),     # b
 (9, "What changes did the disability forum's access audit of the Parkgate unit ask for?"),     # d
 (10, "How many charging sessions did West Berkshire's car park chargers have in 2019?"),       # c
 (11, "When can walkers go through the tunnels between Coppet Hall and Wiseman's Bridge again?"), # a
 (12, "Is a café being built at Ropner Park as part of the lake restoration?"),                  # b
 (13, "When are councillors going to visit the distillery site at Carrbridge?"),                # c
 (14, "What did the specialist survey of the Pump Room's plaster ceiling find?"),               # d
 (15, "How much does it cost to hire a beach hut at Seaburn?"),                                 # a
 (16, "Will the new lifeguard station at Hornsea be staffed all year round?"),                  # b
 (17, "What did the ground investigation at Anvil Point show about the cliff top?"),            # d
 (18, "Which company is building the extension to the outdoor education centre at Lochore Meadows?"),  # c
 (19, "When does work on the River Wandle in Beddington Park begin?"),                          # a
 (20, "Will families have to pay to use the splash pad at Eirias Park?"),                       # b
 (21, "How much will the repairs to Mundesley's sea wall cost?"),                               # c
 (22, "What did the review of parking charges at Shibden Park recommend?"),                     # d
 (23, "When can people start using the bike track at Vogrie Country Park?"),                    # a
 (24, "How much is a ticket to get into Newhaven Fort?"),                                       # b
]
N = [
 "Has Cornwall Council agreed to repair the Jubilee Pool in Penzance?",
 "What did Leicester City Council decide about the boating lake in Abbey Park?",
 "How much is Kirklees Council spending on Huddersfield Town Hall?",
 "Has Brighton and Hove City Council approved new beach huts in Hove?",
 "Which council has banned barbecues in its parks?",
 "Has any council put up the charge for collecting garden waste?",
 "How much are allotment rents going up?",
 "Which councils are bringing in 20mph speed limits?",
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
assert [d for d, *_ in R] == [d for d in range(1, 25) for _ in range(3)]
assert [d for d, _ in U] == list(range(1, 25))
with open(Path(__file__).resolve().parent / "questions.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out))
