"""Writes bench/heldout14/questions.jsonl (the questions' source; run once, the output is committed).

    python bench/heldout14/write_questions.py

r01-r72 three per document in the table order of README.md, x01-x08 across councils, u01-u24 near
misses (one per document, in table order; each one's kind is in a comment here and in README.md, not
in questions.jsonl), n01-n08 ordinary unanswerable.
"""
import json
from pathlib import Path
D = {
 1: "ieListDocuments_CId128_MId2871_Babergh_Cabinet",
 2: "ieListDocuments_CId141_MId6113_Basildon_Cabinet",
 3: "ieListDocuments_CId294_MId1502_Bolsover_Executive",
 4: "ieListDocuments_CId133_MId4470_CastlePoint_Cabinet",
 5: "ieListDocuments_CId156_MId1844_EpsomEwell_Environment",
 6: "ieListDocuments_CId148_MId9326_WestLancashire_Cabinet",
 7: "mgAi_ID31207_Hertsmere_Executive",
 8: "mgAi_ID7719_Blaby_Cabinet_Executive",
 9: "ieDecisionDetails_ID4406_Stratford_Leisure_Centre",
 10: "ieDecisionDetails_ID3051_ReigateBanstead_Priory_Park_Cafe",
 11: "Cabinet_08_July_2021_Minutes_FoDDC",
 12: "Cabinet_14022023_Minutes_SouthHolland",
 13: "Executive_20_June_2023_Minutes_SurreyHeath",
 14: "Cabinet_Minutes_21012025_NWLDC",
 15: "Cabinet_6th_September_2021_Minutes_EStaffs",
 16: "Worthing_Cabinet_2_December_2024_Minutes",
 17: "Cabinet_09102023_Agenda_Pack_EFDC",
 18: "EDS_Committee_11042019_Agenda_Pack_SouthDerbyshire",
 19: "Executive_03092024_Agenda_Pack_Waverley",
 20: "Cabinet_7_February_2020_Abbey_Meadow_Splash_Park_Report_VWHDC",
 21: "Executive_15_March_2023_Witney_Pump_Track_Report_WODC",
 22: "Cabinet_Minutes_27112019_NBBC",
 23: "Executive_Minutes_05_February_2025_Rochford",
 24: "Operational_Services_Committee_Minutes_30_September_2024_ECDC",
}
R = [
 (1, "What did the survey of the learner pool at the Kingfisher Leisure Centre in Sudbury find?", "pipework under the poolside was leaking about 4,000 litres a day"),
 (1, "Which company is doing the learner pool works at the Kingfisher Leisure Centre?", "Stour Aquatic Engineering"),
 (1, "How long will the learner pool in Sudbury be shut?", "close for 11 weeks from January 2022"),
 (2, "What did families ask for in the consultation on the new play area at Wat Tyler Country Park?", "a zip wire and equipment that children in wheelchairs could use"),
 (2, "Who is building the new adventure play area at Wat Tyler Country Park in Pitsea?", "Timberfort Play Ltd has been appointed"),
 (2, "Who seconded the Wat Tyler play area proposal at Basildon's cabinet?", "seconded by Councillor Ruth Vange"),
 (3, "How much will it cost to repair the mill dam at Pleasley Vale?", "£620,000"),
 (3, "Did any Bolsover councillor vote against the Pleasley Vale dam repairs?", "Councillor Langwith voted against"),
 (3, "Why does the dam at Pleasley Vale need repairing?", "the spillway had been cracked and water was seeping through the face of the dam"),
 (4, "Did Castle Point's cabinet agree to put solar panels on Waterside Farm Leisure Centre?", "a 620-panel solar array be installed at Waterside Farm Leisure Centre"),
 (4, "How much will the solar panels at Waterside Farm save each year?", "around £48,000 a year"),
 (4, "Who is installing the solar panels at the Canvey Island leisure centre?", "Estuary Renewables"),
 (5, "How much will a garden waste bin cost in Epsom and Ewell from April 2022?", "£78 a year for the first bin"),
 (5, "How many households pay for Epsom and Ewell's garden waste collection?", "11,300 subscribers"),
 (5, "Which councillors voted against putting up the garden waste charge in Epsom and Ewell?", "Councillors Alex Cuddington and Janet Stoneleigh voting against"),
 (6, "How much of the path in Tawd Valley Park is being resurfaced?", "1.8 kilometres"),
 (6, "Which contractor is doing the Tawd Valley Park path works in Skelmersdale?", "a contract with Ribble Civils Limited"),
 (6, "Why is West Lancashire doing up the path through Tawd Valley Park?", "in winter it was dark, muddy and avoided by women walking alone"),
 (7, "How much will the new changing pavilion at the Furzefield Centre in Potters Bar cost?", "£1.1 million"),
 (7, "How many changing rooms will the new Furzefield pavilion have?", "eight team changing rooms"),
 (7, "What's wrong with the old changing pavilion at Furzefield?", "Its roof sheets contain asbestos"),
 (8, "How much is the new bird hide at Fosse Meadows costing?", "£64,000"),
 (8, "Will the path to the new bird hide at Fosse Meadows be OK for wheelchairs?", "a firm, level path 1.5 metres wide"),
 (8, "Where at Fosse Meadows is the new bird hide going?", "overlooking the lake"),
 (9, "Who is designing Stratford-upon-Avon's new leisure centre?", "Arden Architecture Partnership"),
 (9, "What size pool will the new Stratford leisure centre have?", "an eight-lane 25-metre pool"),
 (9, "Why does Stratford-upon-Avon need a new leisure centre?", "costs about £310,000 a year more to run"),
 (10, "Who will run the café in Priory Park, Reigate from 2024?", "Hillside Kitchen will operate the Priory Park pavilion café"),
 (10, "How much rent will the Priory Park café pay the council?", "£32,000 a year"),
 (10, "How long is the new Priory Park café deal for?", "for ten years from 1 February 2024"),
 (11, "What did the divers find when they inspected the lock gates at Lydney Harbour?", "the timber of the outer lock gates had rotted through at the waterline"),
 (11, "Which firm will make the new lock gates for Lydney Harbour?", "awarded to Wye Marine Engineering"),
 (11, "How much will the new Lydney Harbour lock gates cost?", "£780,000"),
 (12, "How much will the repairs to the garden walls at Ayscoughfee Hall cost?", "£156,000"),
 (12, "Who is repairing the walls at Ayscoughfee Hall in Spalding?", "Welland Lime and Stone"),
 (12, "How many visitors did Ayscoughfee Hall have in 2022?", "41,000 visitors in 2022"),
 (13, "How many seats are being replaced at the Camberley Theatre?", "all 398 seats"),
 (13, "Who seconded the Camberley Theatre auditorium decision?", "seconded by Councillor Helen Frimley"),
 (13, "How much is Surrey Heath spending on the Camberley Theatre auditorium?", "£390,000"),
 (14, "How many council bungalows in North West Leicestershire are getting heat pumps?", "64 of the Council's bungalows"),
 (14, "Which company is fitting heat pumps in North West Leicestershire's council bungalows?", "the contract goes to Midland Heat Pumps Limited"),
 (14, "Will tenants have to move out while the heat pumps are fitted?", "tenants could remain at home"),
 (15, "What did the inspection of the clock tower on Burton Town Hall find?", "the lead covering of the tower roof had split along two seams"),
 (15, "How much will the Burton Town Hall clock tower repairs cost?", "£238,000"),
 (15, "When will the scaffolding go up on Burton Town Hall's clock tower?", "Scaffolding would go up in January 2022"),
 (16, "What did the underwater inspection of Worthing Pier find?", "corrosion on 37 of the pier's 120 cast-iron piles"),
 (16, "Which company is repairing the piles under Worthing Pier?", "Channel Coastal Engineering was chosen"),
 (16, "What did the Director say about whether Worthing Pier would close during the repairs?", "the pier deck would stay open"),
 (17, "How much will the new roof and learning room at the museum in Waltham Abbey cost?", "£745,000"),
 (17, "How many school pupils visit the Epping Forest District Museum each year?", "About 4,800 school pupils"),
 (17, "How much is Arts Council England giving towards the museum's learning room?", "a grant of £250,000"),
 (18, "How many visits does Rosliston Forestry Centre get a year?", "about 250,000 visits a year"),
 (18, "How much did the holiday cabins at Rosliston earn in 2018/19?", "£186,000"),
 (18, "When does the current management agreement for Rosliston Forestry Centre end?", "31 March 2020"),
 (19, "How much will it cost to park at Frensham Great Pond from April 2025?", "£4 a day"),
 (19, "What did the visitor survey at Frensham Great Pond find?", "the lack of toilets was the most common complaint"),
 (19, "How much will the new toilets at Frensham Great Pond cost?", "£260,000"),
 (20, "How much will the splash park at Abbey Meadow in Abingdon cost?", "£285,000"),
 (20, "What did the inspection of the Abbey Meadow paddling pool find?", "its filtration could not keep the water clear on busy days"),
 (20, "How many water features will the Abbey Meadow splash park have?", "18 water features"),
 (21, "Which company is building the pump track at The Leys in Witney?", "Ridgeway Trails Ltd"),
 (21, "What did the consultation on the Witney pump track find?", "84% said that they or their children would use the track"),
 (21, "How much will the pump track in Witney cost?", "£180,000"),
 (22, "How much is the new play area and outdoor gym at Whittleford Park costing?", "£118,000"),
 (22, "Which councillors voted against the Whittleford Park play area?", "against, 2 (Councillors Exhall and Galley Common)"),
 (22, "Who is installing the play equipment at Whittleford Park in Nuneaton?", "let to Anker Play Systems"),
 (23, "Who is making the new sails for Rayleigh Windmill?", "Dengie Millwrights"),
 (23, "Why were the sails taken off Rayleigh Windmill?", "the stocks that hold them had rotted"),
 (23, "How much will the new sails for Rayleigh Windmill cost?", "£96,000"),
 (24, "How long is the new boardwalk at Ely Country Park?", "340 metres long"),
 (24, "Why is the Ely Country Park boardwalk being rebuilt in recycled plastic rather than timber?", "recycled plastic did not rot and should last at least 40 years"),
 (24, "When will the boardwalk at Ely Country Park reopen?", "expected to reopen in April 2025"),
]
X = [
 ("What are Babergh, Worthing and Rochford doing about defibrillators?",
  [(1, "15 public access defibrillators"), (16, "defibrillators be fitted at the pier entrance"),
   (23, "six more community defibrillators")]),
 ("Are Castle Point and Nuneaton and Bedworth improving their skate parks?",
  [(4, "the skate park at the Paddocks on Canvey Island be resurfaced"),
   (22, "the concrete skate park in Miners' Welfare Park, Bedworth be extended")]),
 ("How much are Basildon and South Holland councils giving to food banks?",
  [(2, "£25,000 from the hardship fund be granted to the food banks"),
   (12, "grants totalling £12,000 be made to the food banks")]),
 ("What are Epsom and Ewell and Waverley doing about graffiti?",
  [(5, "remove graffiti free of charge from shop fronts"),
   (19, "a rapid graffiti response team be funded for two years")]),
 ("Are Bolsover, Surrey Heath and East Cambridgeshire leaving grass uncut for wildflowers?",
  [(3, "30 roadside verges"), (13, "be managed as wildflower meadows"),
   (24, "to allow wildflower verges to establish")]),
 ("Are the Forest of Dean and East Staffordshire putting up new CCTV cameras?",
  [(11, "replaced with 18 high-definition cameras"), (15, "12 new CCTV cameras be installed in Uttoxeter")]),
 ("Where are Epping Forest and North West Leicestershire putting drinking water fountains?",
  [(17, "drinking water fountains be installed in Epping High Street"),
   (14, "three drinking water fountains be installed")]),
 ("What are West Lancashire and South Derbyshire doing to their tennis courts?",
  [(6, "the four tennis courts in Coronation Park be resurfaced"),
   (18, "the two tennis courts at Maurice Lea Park be refurbished")]),
]
# near misses, one per document in table order; kind recorded in the README only
U = [
 (1, "How many visits did the Kingfisher Leisure Centre in Sudbury have in 2020/21?"),             # c
 (2, "When will the new adventure play area at Wat Tyler Country Park open?"),                     # a
 (3, "What did the bat survey at the Pleasley Vale mill dam find?"),                               # d
 (4, "Will Waterside Farm Leisure Centre have to close while the solar panels are put on?"),       # b
 (5, "What did Epsom and Ewell's trial of three-weekly garden waste collections show?"),           # d
 (6, "Will the new lights along the Tawd Valley Park path stay on all night?"),                    # a
 (7, "How much will new changing rooms at The Venue in Borehamwood cost?"),                        # c
 (8, "Do dogs have to be kept on leads at Fosse Meadows?"),                                        # b
 (9, "Which site for the new Stratford leisure centre came out on top in the public consultation?"),  # d
 (10, "Will the Priory Park café in Reigate open in the evenings?"),                               # a
 (11, "How much does Lydney Harbour cost the Forest of Dean council to run each year?"),           # b
 (12, "How much will it cost to repair the wall beside the lake at Ayscoughfee Hall?"),            # c
 (13, "When will the Camberley Theatre reopen after the auditorium works?"),                       # a
 (14, "What did the review of tenants' heating bills after the heat pumps went in find?"),         # d
 (15, "Will Burton Town Hall be closed while the clock tower is repaired?"),                       # b
 (16, "When does the second phase of the Worthing Pier pile repairs start?"),                      # c
 (17, "How long will the Epping Forest District Museum be closed for the roof work?"),             # a
 (18, "Which company won the contract to manage Rosliston Forestry Centre?"),                      # d
 (19, "Can blue badge holders park for free at Frensham Great Pond?"),                             # b
 (20, "How much will the splash park at Betjeman Park in Wantage cost?"),                          # c
 (21, "What did the inspection of the footbridge from Langel Common in Witney find?"),             # d
 (22, "Will there be toilets by the new Whittleford Park play area?"),                             # a
 (23, "How many people visited Rayleigh Windmill in 2024?"),                                       # c
 (24, "Will the new boardwalk at Ely Country Park be lit at night?"),                              # b
]
N = [
 "Has Tendring council agreed to repair Clacton pier?",
 "What did Rushcliffe decide about parking charges in West Bridgford?",
 "How much is Tamworth spending on its snowdome?",
 "Did Gedling approve a new swimming pool in Arnold?",
 "Which council is bringing in a tourist tax for overnight visitors?",
 "Has any council banned sky lanterns?",
 "Has any council agreed to put up a statue of a local hero?",
 "When will the new crematorium open?",
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
