"""Writes bench/heldout16/questions.jsonl (the questions' source; run once, the output is committed).

    python bench/heldout16/write_questions.py

r01-r72 three per document in the table order of README.md, x01-x08 across councils, u01-u24 near
misses (one per document, in table order; each one's kind is in a comment here and in README.md, not
in questions.jsonl), n01-n08 ordinary unanswerable.
"""
import json
from pathlib import Path
D = {
 1: "ieListDocuments_CId141_MId5208_Wigan_Cabinet",
 2: "ieListDocuments_CId139_MId5981_Lewisham_Mayor_and_Cabinet",
 3: "ieListDocuments_CId130_MId4417_Wokingham_Executive",
 4: "ieListDocuments_CId163_MId3390_Knowsley_Cabinet",
 5: "ieListDocuments_CId187_MId7023_Wealden_Planning_North",
 6: "ieListDocuments_CId116_MId4528_Denbighshire_Cabinet",
 7: "mgAi_ID61207_Dudley_Cabinet",
 8: "mgAi_ID3314_Darlington_Cabinet",
 9: "ieDecisionDetails_ID4730_Hertfordshire_Ayot_Greenway",
 10: "ieDecisionDetails_ID8852_Hounslow_Trees_Green_Spaces",
 11: "PBS_Committee_02122019_Minute_ScottishBorders",
 12: "Cabinet_01112022_Minutes_Ceredigion",
 13: "Executive_Board_14032019_Minutes_Halton",
 14: "Cabinet_09052023_Minutes_EastLothian",
 15: "Cabinet_27032024_Minutes_Gloucestershire",
 16: "Cabinet_14092020_Minutes_NorthTyneside",
 17: "Cabinet_06062023_Agenda_Pack_MiltonKeynes",
 18: "Cabinet_09122021_Agenda_Pack_IsleofWight",
 19: "EDI_Committee_30082018_Agenda_Pack_ArgyllBute",
 20: "Cabinet_13_February_2025_Royal_Victoria_Park_Report_BathNES",
 21: "Cabinet_21_January_2020_Talacre_Dunes_Report_Flintshire",
 22: "Corporate_Resources_Committee_Minutes_27_October_2020_Kingston",
 23: "Executive_Minutes_2_July_2024_Teignbridge",
 24: "Executive_Committee_Minutes_6_June_2018_Tewkesbury",
}
R = [
 (1, "Why is the path round Pennington Flash under water?", "mining subsidence had lowered two stretches of the path"),
 (1, "Which contractor got the Pennington Flash path job?", "Glazebury Ground Engineering Ltd submitted the lowest compliant price"),
 (1, "What's the Pennington Flash lakeside path going to cost?", "The scheme was costed at £612,000"),
 (2, "Is the water in the Beckenham Place Park lake clean enough to swim in?", "found E. coli well within bathing water standards in every sample"),
 (2, "How many people will be allowed in the lake at Beckenham Place Park at once?", "up to 250 swimmers at any one time"),
 (2, "Who is running the swimming at Beckenham Place Park?", "Ravensbourne Swim Co-operative"),
 (3, "How much is the new visitor hub at Dinton Pastures costing?", "the new visitor hub and boardwalk at Dinton Pastures be approved at a cost of £1.45 million"),
 (3, "How busy was Dinton Pastures in 2021?", "1.1 million visits in 2021"),
 (3, "Will the play area at California Country Park be replaced?", "the play area at California Country Park be replaced at a cost of £180,000"),
 (4, "Why has the walled garden in Court Hey Park been shut?", "the north wall was found to be bulging and the garden was closed to the public"),
 (4, "How much lottery money did Knowsley get for the Court Hey walled garden?", "£740,000 from the National Lottery Heritage Fund"),
 (4, "When is the Court Hey Park walled garden due to reopen?", "expected to reopen in spring 2024"),
 (5, "How many houses can be built on the Station Road site in Heathfield?", "Outline permission for up to 65 dwellings"),
 (5, "Which councillors opposed the Heathfield housing at Wealden's planning committee?", "3 against (Councillors Mayfield, Buxted and Framfield)"),
 (5, "Why did Wealden refuse the flat at 41 High Street, Uckfield?", "would lead to the loss of a ground-floor shop unit in the primary shopping frontage"),
 (6, "What did the roof inspection at Ruthin Gaol find?", "slates had slipped on the north range and rainwater was reaching the cells below"),
 (6, "How much is Cadw putting towards the Ruthin Gaol roof?", "of which Cadw had offered £95,000"),
 (6, "Who is repairing the roof of Ruthin Gaol?", "awards the contract to Berwyn Heritage Roofing Ltd"),
 (7, "What was the engineer worried about at the Himley Park dam?", "seepage through the downstream face of the dam"),
 (7, "How much will the dam works at Himley cost?", "at an estimated cost of £920,000"),
 (7, "How much water is in the Great Pool at Himley?", "about 60,000 cubic metres of water"),
 (8, "What did the skate park consultation in Darlington find?", "78 per cent wanted a concrete park rather than steel ramps"),
 (8, "Which company is building the new skate park in South Park?", "Tees Concrete Skateparks Ltd"),
 (8, "What did Councillor Cockerton say about the old South Park skate ramps?", "the old metal ramps had become so noisy"),
 (9, "How much of the Ayot Greenway is being resurfaced?", "4.7 kilometres"),
 (9, "Why isn't the Ayot Greenway being tarmacked?", "rejected because horse riders share the path"),
 (9, "How many people use the Ayot Greenway?", "recorded 96,000 trips on the Greenway in 2020"),
 (10, "How many street trees will Hounslow plant this winter?", "To plant 1,200 street trees"),
 (10, "How much is Hounslow spending on the Lampton Park play area?", "To replace the play area at Lampton Park at a cost of £275,000"),
 (10, "What did the survey of Hounslow's street trees find?", "found 2,100 empty tree pits"),
 (11, "How many homes were approved at Wilton Dean in Hawick?", "Erection of 24 dwellinghouses"),
 (11, "How did the vote go on the Wilton Dean houses?", "Motion - 7 votes"),
 (11, "Why was the pub in the old bank in Peebles turned down?", "unacceptable noise and disturbance to the flats above"),
 (12, "What did divers find at the south pier in Aberaeron?", "voids up to a metre deep behind the stone facing"),
 (12, "Is the Welsh Government paying for the Aberaeron pier repairs?", "85 per cent of the cost would be met by the Welsh"),
 (12, "Who is doing the work on Aberaeron's south pier?", "Teifi Marine Works Ltd"),
 (13, "What did the inspection of the lock gates at Spike Island find?", "the lower gates had rotted at the heel posts and no longer held water"),
 (13, "How much are the new Spike Island lock gates?", "New oak gates, made to the original pattern, would cost £380,000"),
 (13, "Where is Halton trying out weekly food waste collections?", "2,000 homes in Hale Village and Halebank"),
 (14, "What happened to the Biel Water footbridge in John Muir Country Park?", "the storm of 18 November 2022 washed away the central span"),
 (14, "How long will the new footbridge at John Muir Country Park be?", "48 metres long"),
 (14, "How much will East Lothian spend on replacing the Biel Water bridge?", "at a cost of £610,000"),
 (15, "What did the inspection of Haw Bridge find?", "the bearings at both abutments had seized"),
 (15, "How much will fixing Haw Bridge cost?", "£4.6 million"),
 (15, "What weight limit is on Haw Bridge at the moment?", "A 7.5 tonne weight limit"),
 (16, "What's wrong with the causeway out to St Mary's Lighthouse?", "undermined by the sea at two points"),
 (16, "How many visitors did St Mary's Lighthouse get in 2019?", "72,000 visitors in 2019"),
 (16, "What did the Elected Mayor say about St Mary's Lighthouse?", "the picture on every postcard of the coast"),
 (17, "What state are Milton Keynes' Redways in?", "34 per cent of the network was in poor or very poor condition"),
 (17, "Who will do the Redway resurfacing in Milton Keynes?", "Ouzel Surfacing Ltd"),
 (17, "How much is Milton Keynes spending on Redway repairs this year?", "be approved at a cost of £1.54 million"),
 (18, "Is the sea wall at Ventnor's Eastern Esplanade moving?", "the wall had tilted seaward by 45 millimetres since 2019"),
 (18, "How many homes does the Eastern Esplanade sea wall at Ventnor protect?", "It protects 58 homes and the road"),
 (18, "How much is the Environment Agency giving for the Ventnor coastal scheme?", "£2.7 million from the Environment Agency"),
 (19, "How many yachts used the North Pier pontoons in Oban in their first year?", "2,400 yacht visits"),
 (19, "How many more berths will the Oban pontoon extension add?", "40 additional berths"),
 (19, "Why does Oban need more pontoon berths?", "Boats were turned away on 61 nights last summer"),
 (20, "What did the survey of the Royal Victoria Park pond find?", "silt now reaches within 30 centimetres of the surface over half the pond"),
 (20, "Who designed the new play area in Royal Victoria Park?", "designed by Avon Valley Play Design"),
 (20, "When will the new Royal Victoria Park play area open?", "in time for the summer holidays of 2026"),
 (21, "How long is the boardwalk planned at Talacre?", "600 metres boardwalk"),
 (21, "Why does Flintshire want a boardwalk over the Talacre dunes?", "visitors walking straight across the dunes had worn bare sand paths"),
 (21, "How many people visit Talacre beach?", "around 400,000 visits a year"),
 (22, "What did the divers find under the Queen's Promenade wall in Kingston?", "the timber piles under a 150-metre length had rotted"),
 (22, "Was the vote on rebuilding the Queen's Promenade river wall close?", "carried by 7 votes to 3"),
 (22, "How much will it cost to rebuild the river wall at Queen's Promenade?", "£2.35 million"),
 (23, "Who is building the new visitor centre at Dawlish Warren?", "built by Haldon Timber Construction"),
 (23, "Why does the Dawlish Warren visitor centre need replacing?", "The present centre had flooded four times since 2020"),
 (23, "Did everyone on Teignbridge's Executive back the new Dawlish Warren visitor centre?", "carried with 7 votes for and 1 abstention"),
 (24, "How much is the Football Foundation giving towards the Bishop's Cleeve pitch?", "The Football Foundation had offered £450,000"),
 (24, "How many junior football teams in Bishop's Cleeve have no home pitch?", "14 junior teams had no home pitch"),
 (24, "When should the new 3G pitch at Bishop's Cleeve be ready?", "ready for the start of the 2019/20 season"),
]
X = [
 ("How many trees are Wigan, Hounslow and East Lothian planting?", [
     (1, "18,000 trees be planted across the borough this winter"),
     (10, "To plant 1,200 street trees"),
     (14, "9,000 trees be planted at Wallyford and Blindwells")]),
 ("Are Wokingham and Halton collecting food waste?", [
     (3, "food waste caddies be provided to the 3,800 flats"),
     (13, "weekly food waste collection trial covering 2,000 homes")]),
 ("What are Ceredigion, the Isle of Wight and Teignbridge charging for car parking?", [
     (12, "daily charge in the Council's coastal car parks rise from £5 to £6"),
     (18, "seafront car parks at Sandown and Shanklin be set at £1.70 an hour"),
     (23, "held at £1.50 an hour")]),
 ("Did Lewisham and North Tyneside give families food vouchers in the school holidays?", [
     (2, "holiday food vouchers of £15 a week per child"),
     (16, "holiday meal vouchers of £15 per child per week")]),
 ("Which of Denbighshire, Gloucestershire and Argyll and Bute are switching street lights to LED, and how many?", [
     (6, "the remaining 4,100 street lights to LED"),
     (15, "the remaining 11,000 street lights to LED"),
     (19, "LED replacement of the 3,200 remaining street lights")]),
 ("Have Kingston and Tewkesbury given money to food banks?", [
     (22, "a grant of £60,000 be made to the Kingston Foodbank network"),
     (24, "grants of £8,000 be made to each of the borough's two food banks")]),
 ("Are Knowsley and Milton Keynes running warm spaces?", [
     (4, "14 libraries and community centres be opened as warm spaces"),
     (17, "warm spaces programme run in 21 community venues")]),
 ("What are Darlington, Wokingham and Bath and North East Somerset spending on play areas and skate parks?", [
     (8, "at a cost of £260,000"),
     (3, "the play area at California Country Park be replaced at a cost of £180,000"),
     (20, "The new play area, costing £420,000")]),
]
U = [
 (1, "When are the bird hides on the west side of Pennington Flash opening again?"),          # a
 (2, "How did the winter swimming trial at Beckenham Place Park go?"),                         # d
 (3, "What is Wokingham going to spend on the pavilion at Woodford Park?"),                    # c
 (4, "Is there going to be a café in the Court Hey Park walled garden?"),                      # b
 (5, "Who proposed approving the hay barn at Brambletye Farm, Forest Row?"),                   # c
 (6, "Will Ruthin Gaol be open to visitors in 2019?"),                                          # a
 (7, "What wildlife did the ecological survey of the Great Pool at Himley turn up?"),          # d
 (8, "Will the new South Park skate park have floodlights?"),                                   # b
 (9, "How long will the Ayot Greenway be shut for the bridge repairs?"),                       # a
 (10, "How many street trees will Hounslow plant in winter 2024/25?"),                         # c
 (11, "What was the vote on the Springwood caravan park extension in Kelso?"),                 # c
 (12, "Is Ceredigion putting new lighting on Aberaeron's south pier?"),                        # b
 (13, "Were bats found in the lock keeper's cottage at Spike Island?"),                        # d
 (14, "When will walkers be able to cross the new Biel Water bridge?"),                       # a
 (15, "Will Haw Bridge get a cycle lane after the repairs?"),                                  # b
 (16, "What did the structural survey of the St Mary's Lighthouse tower find?"),               # d
 (17, "How much will Milton Keynes spend on the Redways in Olney?"),                           # c
 (18, "When can cars use Ventnor's Eastern Esplanade again?"),                                 # a
 (19, "What did the seabed survey at Oban North Pier show?"),                                  # d
 (20, "Will the new Royal Victoria Park play area have an accessible toilet?"),                # b
 (21, "When does building the Talacre boardwalk start?"),                                      # a
 (22, "How many people used the Queen's Promenade riverside path in 2020?"),                   # c
 (23, "What did people say in Teignbridge's consultation on parking at Dawlish Warren?"),       # d
 (24, "Will the Bishop's Cleeve 3G pitch come with changing rooms?"),                          # b
]
N = [
 "Has Plymouth City Council approved a new lido on the Hoe?",
 "What did Leeds City Council decide about its tram scheme?",
 "How much is Cardiff spending on its castle?",
 "Has Sheffield agreed to close any libraries?",
 "Has any council banned fireworks on its land?",
 "Which council is building a new crematorium?",
 "Has any council opened a new cemetery?",
 "What is the council doing about seagulls?",
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
