"""Writes bench/heldout15/questions.jsonl (the questions' source; run once, the output is committed).

    python bench/heldout15/write_questions.py

r01-r72 three per document in the table order of README.md, x01-x08 across councils, u01-u24 near
misses (one per document, in table order; each one's kind is in a comment here and in README.md, not
in questions.jsonl), n01-n08 ordinary unanswerable.
"""
import json
from pathlib import Path
D = {
 1: "ieListDocuments_CId117_MId8804_Barnsley_Cabinet",
 2: "ieListDocuments_CId146_MId3927_Merton_Cabinet",
 3: "ieListDocuments_CId251_MId7631_Herefordshire_Cabinet",
 4: "ieListDocuments_CId124_MId5566_Calderdale_Cabinet",
 5: "ieListDocuments_CId132_MId4102_Conwy_Cabinet",
 6: "ieListDocuments_CId283_MId6019_Horsham_Planning_North",
 7: "mgAi_ID40218_Gateshead_Cabinet",
 8: "mgAi_ID2875_Rutland_Cabinet",
 9: "ieDecisionDetails_ID6612_Lincolnshire_Lincoln_Castle_Wall_Walk",
 10: "ieDecisionDetails_ID1904_Greenwich_Bowling_Greens",
 11: "Central_West_Planning_Committee_22032023_Minutes_Fife",
 12: "Cabinet_06122021_Minutes_Pembrokeshire",
 13: "Cabinet_9_February_2023_Minutes_TelfordWrekin",
 14: "EIED_Committee_31082022_Minutes_PerthKinross",
 15: "Cabinet_Minutes_10_July_2023_Hampshire",
 16: "Cabinet_03092020_Minutes_Sefton",
 17: "Cabinet_24042024_Agenda_Pack_Cornwall",
 18: "Executive_06112019_Agenda_Pack_NorthSomerset",
 19: "EDIS_Committee_15032022_Agenda_Pack_Moray",
 20: "Cabinet_18_June_2024_Beach_Huts_Report_Torbay",
 21: "Cabinet_6_October_2021_Caldicot_Castle_Play_Report_Monmouthshire",
 22: "DMC_Minutes_18_January_2024_Sevenoaks",
 23: "Cabinet_Minutes_13_July_2022_Enfield",
 24: "Environment_Committee_Minutes_14_March_2024_Stroud",
}
R = [
 (1, "What did the structural survey of the Newcomen engine house at Elsecar find?", "the chimney was leaning 140 millimetres out of true"),
 (1, "Which firm is repairing the Newcomen engine house in Elsecar?", "received from Dearne Heritage Masonry Ltd"),
 (1, "How much is Barnsley spending on the Elsecar engine house repairs?", "The total cost was £395,000"),
 (2, "How many more schools in Merton are getting a school street?", "school streets at eight further schools"),
 (2, "What did air quality monitoring at Merton's school streets find?", "nitrogen dioxide at the school gates had fallen by an average of 17 per cent"),
 (2, "When do the new school streets in Merton start?", "from the start of the summer term on 25 April 2022"),
 (3, "How many new homes will the Tarrington wetland make room for?", "enough phosphate credits for about 400 new homes"),
 (3, "Who is building the phosphate wetland at Tarrington?", "Groundworks would be let to Lugg Valley Groundworks"),
 (3, "Did anyone on Herefordshire's cabinet vote against the Tarrington wetland?", "carried by six votes to one, Councillor Bromyard voting against"),
 (4, "What did the survey of the lake at Shibden Park find?", "silt now filled most of the lake, leaving an average depth of only 40 centimetres"),
 (4, "Where is the silt dredged out of the Shibden Park lake going to go?", "spread on the estate's own fields to the east of the hall"),
 (4, "Has Calderdale agreed to dredge the lake at Shibden Park?", "the dredging of the lake at Shibden Park and repairs to its outfall be approved"),
 (5, "How much will it cost to resurface the running track at Eirias Park?", "The cost was £410,000"),
 (5, "Which company is resurfacing the athletics track at Eirias Park in Colwyn Bay?", "the work has been awarded to Clwyd Sports Surfaces Ltd"),
 (5, "Why does the Eirias Park track need resurfacing?", "The surface had worn through to the base on the bends of lanes one and two"),
 (6, "How many homes were approved on the land off Forest Road in Roffey?", "permission for 48 dwellings"),
 (6, "Which councillors voted against the Roffey housing scheme?", "3 against (Councillors Kilnwood, Lambs Green and Broadbridge)"),
 (6, "Why did Horsham turn down the barn conversion at Bell Farm in Warnham?", "would harm the character of the listed barn and its rural setting"),
 (7, "What did the inspection of the east stand roof at Gateshead International Stadium find?", "many of the bolts fixing the roof sheets to the steel frame had corroded"),
 (7, "Who is doing the roof repairs at Gateshead International Stadium?", "Tyne Structural Steel Ltd"),
 (7, "How many seats are under the east stand roof at the Gateshead stadium?", "covers 3,300 of the stadium's seats"),
 (8, "How many new charging points is Rutland putting in its car parks?", "26 new charging points"),
 (8, "Which company will run the new car park chargers in Oakham and Uppingham?", "Welland Charge Networks was the only bidder to meet every requirement"),
 (8, "Will it be free to charge an electric car in Rutland's council car parks?", "Drivers would pay 45p per kilowatt hour on the standard chargers"),
 (9, "Who got the contract to redo the wall walk at Lincoln Castle?", "the award of the contract to Witham Conservation Joinery"),
 (9, "Why is the wall walk at Lincoln Castle being renewed?", "caused 23 reported trips in two years"),
 (9, "When will the Medieval Wall Walk at Lincoln Castle be shut?", "shut from November 2023 until Easter 2024"),
 (10, "Which bowling greens is Greenwich council keeping?", "the Council keep the bowling greens at Charlton Park, Eltham Park South, Maryon Park and Well Hall Pleasaunce"),
 (10, "What did Greenwich's consultation on its bowling greens find?", "71 per cent wanted the greens kept for bowls"),
 (10, "When will the bowls clubs take over the Plumstead Common and Avery Hill greens?", "from the start of the 2022 season"),
 (11, "How many houses did Fife approve on the edge of north Dunfermline in March 2023?", "Erection of 132 dwellinghouses"),
 (11, "How did the vote go on the north Dunfermline housing application?", "For the Motion - 8 votes"),
 (11, "Why was the takeaway at 31 High Street, Inverkeithing refused?", "would result in an over-concentration of such uses"),
 (12, "What did the inspection of Saundersfoot sea wall find?", "the concrete had spalled along a 60-metre length"),
 (12, "Which contractor is repairing the sea wall at Saundersfoot?", "Cleddau Coastal Civils Ltd"),
 (12, "When will the Saundersfoot sea wall work start?", "Work would start in February 2022"),
 (13, "What did monitoring of the slope above The Wharfage in Ironbridge find?", "the slope was creeping downhill by about 8 millimetres a year"),
 (13, "How much government money is there for the Ironbridge slope works?", "£2.4 million had been secured from the Government's land stability programme"),
 (13, "Who seconded the Ironbridge slope stabilisation at Telford and Wrekin's cabinet?", "seconded by Councillor Ketley"),
 (14, "What did the 20mph trial in Crieff and Aberfeldy find?", "average speeds on the streets covered had fallen by 3.1 mph"),
 (14, "How many bus shelters is Perth and Kinross replacing in 2022/23?", "That 35 bus shelters be replaced in 2022/23"),
 (14, "How did the committee vote on keeping the 20mph limits in Crieff and Aberfeldy?", "9 members voted for the Motion"),
 (15, "What did the audit of the sailing fleet at Calshot find?", "40 of the centre's 110 dinghies were beyond economic repair"),
 (15, "Who is supplying the new dinghies for Calshot Activities Centre?", "supplied by the Solent Dinghy Company"),
 (15, "How many young people went to Calshot in 2022?", "38,500 young people"),
 (16, "How much of Southport Pier's decking is being replaced?", "replace 420 metres of timber decking"),
 (16, "Why did Southport Pier have to close?", "deck boards along much of the pier had rotted from beneath"),
 (16, "What did the Cabinet Member say about the Southport Pier tram?", "the pier tram would not run again in its present form"),
 (17, "How much of the Great Flat Lode Trail is going to be resurfaced?", "11.2 kilometres"),
 (17, "Which contractor is recommended for the Great Flat Lode Trail work?", "Kernow Trailworks scored highest on quality and price"),
 (17, "What did the survey of people using the Great Flat Lode Trail find?", "the loose stone surface and the potholes on the climbs above Wheal Frances were the main complaints"),
 (18, "What did the inspection of the Marine Lake causeway in Weston-super-Mare find?", "sea water was flowing through two holes under the causeway"),
 (18, "How much will repairing the Marine Lake causeway cost?", "estimated cost of £865,000"),
 (18, "Why not just patch the holes in the Marine Lake causeway again?", "water would find another way through within a few winters"),
 (19, "How long will the new East Beach bridge at Lossiemouth be?", "120 metres long and 3 metres wide"),
 (19, "Who is building the new Lossiemouth East Beach bridge?", "the appointment of Speyside Bridges Ltd as design and build contractor"),
 (19, "When is the new Lossiemouth East Beach bridge expected to open?", "expected to open in early summer 2023"),
 (20, "What did the survey of the beach huts at Broadsands and Goodrington find?", "58 huts, nearly all on the lower promenade at Broadsands, had rot in their floor joists or frames"),
 (20, "How much is Torbay spending on replacing the Broadsands beach huts?", "up to £493,000"),
 (20, "Who is building the new beach huts at Broadsands?", "Dart Timber Buildings"),
 (21, "How much will the new play area at Caldicot Castle cost?", "at a cost of £347,000"),
 (21, "Who designed the new play area at Caldicot Castle?", "The design is by Usk Valley Landscape Design"),
 (21, "Why is Monmouthshire building a play area at Caldicot Castle?", "To give families a reason to visit and stay longer"),
 (22, "How many flats were approved at the old bus garage in Swanley?", "a five-storey building of 36 flats"),
 (22, "Who voted against the flats at the Swanley bus garage?", "4 votes against the motion (Cllrs. Halstead, Leigh, Seal and Weald)"),
 (22, "Why was the Old Forge conversion in Westerham refused?", "the size and bulk of the rear extension would harm the character of the listed building"),
 (23, "Who is building the learning barn at Forty Hall Farm?", "built by Lea Valley Timber Frame Ltd"),
 (23, "How many school pupils visited Forty Hall Farm in 2019?", "About 6,800 pupils had visited in 2019"),
 (23, "Can community groups use the new Forty Hall Farm barn in the evenings?", "keep two evenings a week free for local groups at no charge"),
 (24, "What did the early-morning swims pilot at Stratford Park Lido find?", "2,300 swims were taken in the early sessions over ten weeks"),
 (24, "Which company is relining the pool at Stratford Park Lido in Stroud?", "The relining would be done by Severn Aquatic Linings"),
 (24, "How much water was the Stroud lido losing?", "about 40,000 litres a week"),
]
X = [
 ("Are Barnsley, Rutland and Monmouthshire putting in electric car charging points?", [
     (1, "40 electric vehicle charging points be installed across six council car parks"),
     (8, "26 new charging points"),
     (21, "Two electric vehicle charging points would be added in the castle car park")]),
 ("What have Conwy and Torbay decided about beach huts?", [
     (5, "20 new beach huts be provided on the promenade"),
     (20, "58 beach huts at Broadsands be replaced with new huts in time for the 2025 season")]),
 ("What are Merton and Calderdale doing about their allotments?", [
     (2, "allotment rents for 2022/23 rise by 4 per cent"),
     (4, "the Council take back direct management of the allotments at Savile Park and Ovenden")]),
 ("Are Perth and Kinross and North Somerset replacing bus shelters?", [
     (14, "35 bus shelters be replaced in 2022/23"),
     (18, "14 bus shelters on the A370 between Congresbury and Weston-super-Mare be replaced")]),
 ("What are Moray and Enfield councils paying for Christmas lights?", [
     (19, "Christmas lights grant for community groups be continued at £1,500 a town"),
     (23, "fund Christmas lights in Enfield Town")]),
 ("What are Herefordshire, Telford and Wrekin, and Sefton doing about fly-tipping?", [
     (3, "two further mobile cameras be bought for use at fly-tipping hotspots"),
     (13, "fly-tipping enforcement team be increased by two officers"),
     (16, "fly-tipping and litter enforcement contract be extended for one year")]),
 ("What have Greenwich and North Somerset decided about their bowling greens?", [
     (10, "greens at Plumstead Common and Avery Hill Park be leased to the bowls clubs"),
     (18, "bowling greens at Clarence Park and Grove Park be leased to the clubs")]),
 ("What are Pembrokeshire, Cornwall and Stroud doing with their public toilets?", [
     (12, "public toilets at Tenby South Beach, Newgale and Fishguard Square stay open through the winter"),
     (17, "28 public toilets had now been taken on by town and parish councils"),
     (24, "keep the public toilets at Stratford Park, Nailsworth and Dursley open all year")]),
]
U = [
 (1, "When can visitors go back inside the Newcomen engine house at Elsecar?"),                   # a
 (2, "What did Merton's trial of cameras instead of marshals at school streets show?"),           # d
 (3, "How much will the planned wetland near Kington cost Herefordshire?"),                       # c
 (4, "How much does it cost to park at Shibden Park?"),                                            # b
 (5, "What did the athletics clubs and schools say in the Eirias Park track consultation?"),      # d
 (6, "How did Horsham's planning committee vote on the Orchard Cottage application in Rusper?"),  # c
 (7, "Will athletics meetings go ahead at Gateshead International Stadium in summer 2022?"),      # a
 (8, "Will any of Rutland's new chargers have bays kept for disabled drivers?"),                   # b
 (9, "What did the structural audit of the Observatory Tower at Lincoln Castle find?"),          # d
 (10, "How much would it cost to bring the Plumstead Common bowling green back up to standard?"),# c
 (11, "Who voted against the Kincardine wind turbine at Fife's planning committee?"),             # c
 (12, "Will the harbour car park in Saundersfoot close while the sea wall is repaired?"),         # b
 (13, "Will The Wharfage in Ironbridge be shut to traffic during the slope works?"),              # a
 (14, "What did the 20mph trial in Pitlochry find?"),                                              # d
 (15, "Is Hampshire replacing the dry ski slope at Calshot as well?"),                             # b
 (16, "When will Southport Pier reopen?"),                                                         # a
 (17, "How many trips were made on the Great Flat Lode Trail in 2023?"),                          # c
 (18, "Which contractor won the job of repairing the Marine Lake causeway?"),                      # d
 (19, "Are dogs allowed on the new Lossiemouth East Beach bridge?"),                               # b
 (20, "How much will a licence for one of the new Broadsands beach huts cost?"),                  # a
 (21, "What did the ecology survey of the moat at Caldicot Castle find?"),                        # d
 (22, "Which councillors voted against the 14 houses at Mill Hill, Edenbridge?"),                  # c
 (23, "Will the new learning barn at Forty Hall Farm have a café?"),                               # b
 (24, "What date does Stratford Park Lido open for the 2024 season?"),                            # a
]
N = [
 "Has Swansea Council approved new lifeguard huts on Swansea Bay?",
 "What did Norwich City Council decide about its market?",
 "How much is Dundee spending on its waterfront?",
 "Has Kirklees approved a new market hall in Huddersfield?",
 "Has any council banned disposable barbecues in its parks?",
 "Which council is building an ice rink?",
 "Has any council agreed to twin with a town in Ukraine?",
 "What is the council doing about pigeons in the town centre?",
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
