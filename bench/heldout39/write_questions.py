"""Write bench/heldout39/questions.jsonl: 112 questions on the heldout39 corpus.

    python bench/heldout39/write_questions.py

r01-r72 answerable (three per document, in truth.csv's order), x01-x08 across councils (one gold
quote per relevant document), u01-u24 near misses (one per document, kinds a-d in turn, see
README.md), n01-n08 ordinary unanswerable. Gold quotes are exact text of the documents, checked by
check_gold.py.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

D = {
    "WAL": "ieListDocuments_CId142_MId6821_Walsall_Cabinet",
    "HIL": "ieListDocuments_CId113_MId7742_Hillingdon_Cabinet",
    "RIC": "ieListDocuments_CId161_MId5583_Richmond_Planning",
    "STH": "ieListDocuments_CId128_MId4490_StHelens_Cabinet",
    "WAT": "ieListDocuments_CId183_MId3377_Watford_Cabinet",
    "NNC": "ieListDocuments_CId140_MId1922_NorthNorthants_Executive",
    "BUC": "mgAi_ID61205_Buckinghamshire_Communities_Select",
    "GOS": "mgAi_ID22870_Gosport_Community_Board",
    "DON": "ieDecisionDetails_ID5517_Doncaster_Bentley_Flood",
    "EAS": "ieDecisionDetails_ID3981_Eastbourne_Seafront_PSPO",
    "AND": "AND_Place_Prosperity_Committee_03042024",
    "FOD": "FODC_Regeneration_Community_Minutes_May2023",
    "LCC": "LCCC_Planning_Committee_Minutes_05082024",
    "MEA": "MEABC_Borough_Growth_Committee_Minutes_13Jan2025",
    "BUR": "Burnley_Executive_Minutes_161024",
    "MHD": "MHDC_Executive_Committee_27_June_2023",
    "ANB": "ANBC_Community_Planning_Committee_Pack_181124",
    "MAN": "Mansfield_Cabinet_Pack_18032025",
    "LCR": "LCRCA_Combined_Authority_Pack_26July2024",
    "NLC": "NLC_Cabinet_Report_Food_Waste_Collections",
    "BOS": "BBC_Cabinet_Report_Geoff_Moulder_Pool",
    "ERC": "ERC_Cabinet_Minutes_29_February_2024",
    "ABC": "ABC_Leisure_Community_Services_Minutes_13112023",
    "GCC": "GCC_City_Administration_Committee_26Sep2024",
}

# (question, [(doc key, quote), ...])
ANSWERABLE = [
    # Walsall
    ("Which company is going to take Walsall's food waste once the weekly collections start?",
     [("WAL", "a five year contract with Brownhills Bio Energy Ltd would take the waste to its anaerobic digestion plant at Pelsall")]),
    ("Will the new café at Walsall Arboretum stay open through the winter?",
     [("WAL", "the lease required opening from 9am to 4pm every day of the year except Christmas Day")]),
    ("Who proposed and who seconded going ahead with the Palfrey community hub in Walsall?",
     [("WAL", "It was moved by Councillor Tranter, seconded by Councillor Lanyon, and resolved unanimously")]),
    # Hillingdon
    ("Which firm got the job of doing up the car park and beach at Ruislip Lido?",
     [("HIL", "The contract for the works, valued at £1.26 million, would be awarded to Colne Valley Civils Ltd")]),
    ("Did closing the roads outside Hillingdon schools at drop-off time actually cut traffic?",
     [("HIL", "the monitoring at the four phase 2 schools had recorded a fall in traffic during closure times of between 61 and 78 per cent")]),
    ("Why did the first lot of paving works in Hayes town centre finish late?",
     [("HIL", "two weeks late because of a delay in delivering granite kerbs from the supplier")]),
    # Richmond upon Thames
    ("Who seconded approval of the restaurant and flats in the old boathouse on Water Lane in Twickenham, and what was the vote?",
     [("RIC", "The application was approved by 7 votes to 2, on the proposal of Councillor Ashdown, seconded by Councillor Mistry")]),
    ("Why were the three houses behind Sheen Lane in East Sheen turned down?",
     [("RIC", "The officer recommendation was refusal on the grounds of the loss of light to the gardens of 16 and 18 Sheen Lane and the poor access for refuse vehicles.")]),
    ("Will it cost anything to use the new toilets at the Old Deer Park car park in Richmond?",
     [("RIC", "The Head of Parks said that entry would be free, as in all the council's park toilets.")]),
    # St Helens
    ("Why is St Helens bringing in food waste collections ahead of the government deadline?",
     [("STH", "because the council's residual waste treatment contract with Merseyside Recycling Partnership ended that month and a new contract could be let for lower tonnages")]),
    ("How much food waste does St Helens expect to keep out of grey bins each year?",
     [("STH", "the council expected to divert 7,800 tonnes a year")]),
    ("When is Rainford Road in St Helens due to be resurfaced, and what will it cost?",
     [("STH", "the section between Windle Island and Crank Road was programmed for the spring of 2024 at a cost of £480,000")]),
    # Watford
    ("Who is paying to put the new electric car chargers into Watford's car parks?",
     [("WAT", "The company would bear the whole cost of installation, estimated at £820,000")]),
    ("What did Watford Market traders say was their biggest worry?",
     [("WAT", "a survey of traders in June 2024 had found that rent was the main concern of 27 of the 35 traders who replied")]),
    ("How many days were the Cassiobury Park paddling pools open in summer 2024?",
     [("WAT", "the paddling pools in Cassiobury Park had opened for 74 days in the summer of 2024")]),
    # North Northamptonshire
    ("What did North Northamptonshire's drainage review find when it checked the drains on the roads that flooded?",
     [("NNC", "38 per cent of the gullies inspected on the flooded roads were more than half full of silt")]),
    ("In North Northamptonshire, who has to keep private culverts clear?",
     [("NNC", "owners of land next to a watercourse remained responsible for keeping culverts clear")]),
    ("How many visits did Corby International Pool, Kettering Swimming Pool and Lodge Park Sports Centre get between them in 2022/23?",
     [("NNC", "the three sites had recorded 1.3 million visits in 2022/23")]),
    # Buckinghamshire
    ("What was the biggest single grant handed out by a Buckinghamshire community board in 2023/24?",
     [("BUC", "The largest single award was £60,000 to the Chesham Youth Centre Trust towards a new roof and kitchen at the youth centre on Chartridge Lane.")]),
    ("Do community groups in Buckinghamshire find it easy to apply for community board money?",
     [("BUC", "71 per cent rated the process as easy or very easy")]),
    ("Why had some Buckinghamshire community boards not spent all their budget?",
     [("BUC", "mostly because larger projects such as play area replacements had been delayed by planning and supply problems rather than a lack of demand")]),
    # Gosport
    ("Where in Gosport is dog mess the worst problem?",
     [("GOS", "the worst areas reported were Alver Valley Country Park and the footpaths around Bury Road")]),
    ("How much would you be fined in Gosport for not picking up after your dog?",
     [("GOS", "the draft order proposed keeping the fixed penalty at £100, reduced to £75 if paid within ten days")]),
    ("Which part of Stokes Bay would dogs be kept off, and when?",
     [("GOS", "from the beach at Stokes Bay west of the Diving Museum between 1 May and 30 September")]),
    # Doncaster
    ("How much is Doncaster council itself putting into the Bentley and Toll Bar flood scheme?",
     [("DON", "agreed a council contribution of £2.2 million towards a total estimated cost of £14.6 million")]),
    ("Is Yorkshire Water chipping in for the Bentley flood defences?",
     [("DON", "a contribution of £800,000 from Yorkshire Water")]),
    ("Why didn't Doncaster go for the smaller option of just raising the Ea Beck bank?",
     [("DON", "the modelling showed that it would leave 410 homes in Toll Bar at high risk")]),
    # Eastbourne
    ("How late will the seafront toilets in Eastbourne be open in the summer?",
     [("EAS", "would open until 8pm from April to September, instead of 6pm")]),
    ("How many people answered Eastbourne's consultation on dogs on the seafront?",
     [("EAS", "The consultation on the renewal, held in September and October 2023, received 1,136 responses.")]),
    ("Why weren't dogs banned from the beach at Holywell as well?",
     [("EAS", "61 per cent of those responding from the Meads area opposed it")]),
    # Ards and North Down
    ("Who is paying for the greenway between Comber and Newtownards?",
     [("AND", "The Department for Infrastructure would meet 90 per cent of the cost of £4.3 million from its Active Travel programme, with the Council paying the remaining 10 per cent.")]),
    ("Will the Comber to Newtownards greenway have street lights?",
     [("AND", "low level solar studs would be used along the rural sections, rather than lamp posts, to protect bats")]),
    ("What happened to Councillor Smart's idea of keeping the Bangor Marina price rise to 4 per cent?",
     [("AND", "On a vote being taken, 4 voted for the proposal and 8 against, and the proposal fell.")]),
    # Fermanagh and Omagh
    ("Which firm will design the Omagh to Fintona greenway, and how long will it take?",
     [("FOD", "the design work would be carried out by Lurgan Engineering Partnership and would take about fourteen months")]),
    ("Is the roof of the Strule Arts Centre still under guarantee?",
     [("FOD", "the roof guarantee had expired in 2017")]),
    ("How do I get to the picnic concert at Castle Coole without a car?",
     [("FOD", "a free bus would run every twenty minutes from the Fairgreen car park")]),
    # Lisburn and Castlereagh
    ("How did the vote go on the 46 houses off Ballymacash Road in Lisburn?",
     [("LCC", "there were 7 votes in favour and 3 against and the application was approved")]),
    ("Why did planners recommend refusing the leisure building at Drumbeg?",
     [("LCC", "as the building would be harmful to the open character of the Lagan Valley Regional Park")]),
    ("What time will the new takeaway on Main Street in Moira have to shut?",
     [("LCC", "subject to a condition that the premises close at 11pm")]),
    # Mid and East Antrim
    ("Which builder is putting up the new toilets at Carnlough Harbour, and when will they open?",
     [("MEA", "The contract had been awarded to Glens Building Contractors Ltd and the block was due to open by Easter 2025.")]),
    ("How much does free Saturday parking cost Mid and East Antrim council?",
     [("MEA", "the scheme cost the Council about £3,200 each Saturday in lost income")]),
    ("How long are the leases on the new business units at the Market Yard in Larne?",
     [("MEA", "they were for three years with a break clause after the first year")]),
    # Burnley
    ("What did the engineers find wrong with the roof over the main pool at St Peter's Leisure Centre?",
     [("BUR", "some of the timber roof beams above the main pool had been weakened by damp and chlorine")]),
    ("When is the main pool at St Peter's in Burnley expected to reopen?",
     [("BUR", "with the main pool expected to reopen in June 2025")]),
    ("Are stall rents in Burnley Market Hall going up in 2025/26?",
     [("BUR", "rents would be held at the 2024/25 level for a further year")]),
    # Malvern Hills
    ("Who will look after the new car charging points in Malvern Hills' car parks?",
     [("MHD", "the supplier, Severn EV Services Ltd, would maintain them for ten years and would share the income with the Council after the first two years")]),
    ("How popular was the Priory Park splash pad when it first opened?",
     [("MHD", "estimated 18,500 people in its first month")]),
    ("Can Tenbury Wells residents still apply for a flood grant from Malvern Hills?",
     [("MHD", "the scheme would close to new applications on 30 September 2023")]),
    # Antrim and Newtownabbey
    ("Did the motion sensor lights on the Six Mile Water path cut antisocial behaviour?",
     [("ANB", "police figures for the area had fallen from 23 reported incidents in the six months before the pilot to 9 in the six months after it")]),
    ("When do applications open and close for Antrim and Newtownabbey's community grants for 2025/26?",
     [("ANB", "It is proposed that the programme open on 2 December 2024 and close on 7 February 2025, five weeks later than in previous years, to give groups more time.")]),
    ("What did the review of Antrim and Newtownabbey's 2024/25 grants find?",
     [("ANB", "groups valued the quick decisions on small grants, but that the deadline in January left little time for groups which met only monthly")]),
    # Mansfield
    ("How many Mansfield council homes are still waiting for big damp and mould repairs?",
     [("MAN", "131 homes were awaiting major works such as new ventilation or roof repairs")]),
    ("Is anyone else helping Mansfield pay for the new town centre CCTV?",
     [("MAN", "The Office of the Police and Crime Commissioner for Nottinghamshire has agreed to contribute £150,000 towards the cost.")]),
    ("Will Mansfield town centre be without CCTV while the cameras are swapped?",
     [("MAN", "with the old and new systems running side by side so that there is no loss of coverage")]),
    # Liverpool City Region
    ("Why is the new Mersey ferry running a year late?",
     [("LCR", "because of changes to the design of the passenger deck")]),
    ("Which group is getting the largest Community Environment Fund grant in round three, and what for?",
     [("LCR", "The largest recommended award is £40,000 to the Kirkby Community Growers to convert an unused bowling green into a community orchard and market garden.")]),
    ("How busy has Headbolt Lane station been since it opened?",
     [("LCR", "it had been used for 184,000 journeys in its first six months")]),
    # North Lincolnshire
    ("Where will North Lincolnshire's collected food waste end up?",
     [("NLC", "Collected food waste will be taken to an anaerobic digestion plant operated by Humber Organics Ltd near Brigg, under a seven year contract.")]),
    ("How much of what goes into North Lincolnshire's black bins is food?",
     [("NLC", "showed that 31 per cent of their weight was food")]),
    ("Which places in North Lincolnshire get food waste collections first, as a trial?",
     [("NLC", "to run a trial in around 2,000 homes in Barton upon Humber and Winterton from September 2024 to February 2025")]),
    # Boston
    ("What did the building survey find at the Geoff Moulder Leisure Complex pool?",
     [("BOS", "the pool plant room equipment was beyond economic repair, and that the floor of the changing village was letting water into the plant room below")]),
    ("Who is paying for the repairs to Boston's swimming pool?",
     [("BOS", "Of this, £612,000 will come from the Swimming Pool Support Fund, for which the council's bid was successful, and the rest from the council's capital reserves.")]),
    ("Where will Boston's swimming clubs train while the pool is shut?",
     [("BOS", "Swimming clubs will be offered time at pools in Spalding and Sleaford")]),
    # East Renfrewshire
    ("How many homes will the Levern Water flood walls in Barrhead protect?",
     [("ERC", "It would protect 286 homes and 34 businesses.")]),
    ("Why has the new Eastwood Park leisure centre come in over budget?",
     [("ERC", "which was £1.9 million above the budget, mainly because of the price of steel and of the heat pumps")]),
    ("Will the old Eastwood Park leisure centre stay open while the new one is built?",
     [("ERC", "it would remain open until the new building was complete")]),
    # Armagh City, Banbridge and Craigavon
    ("Will the Newry Canal towpath be shut while it is being resurfaced?",
     [("ABC", "it would be closed in sections of no more than two kilometres at a time, with diversions signed along local roads")]),
    ("How many members does the Craigavon Lakes Sailing Club have?",
     [("ABC", "it had 240 members, including 90 junior members")]),
    ("What was the vote on buying new gym equipment for Banbridge Leisure Centre?",
     [("ABC", "it was AGREED by 7 votes to 1 that the equipment be purchased from FitLine Ireland Ltd")]),
    # Glasgow
    ("Why is the public toilet in St Enoch Square out of action?",
     [("GCC", "The automated toilet in St Enoch Square had been out of use since May 2024 after a fire.")]),
    ("Who is running Glasgow's winter night shelter this year?",
     [("GCC", "The shelter would be run by the Glasgow City Mission with a grant of £210,000 from the council.")]),
    ("What happened to the call to hold off the Sauchiehall Street works until after Christmas?",
     [("GCC", "Councillor Moffat's motion to delay the works until after Christmas 2024 was defeated by 6 votes to 3.")]),
]

ACROSS = [
    ("How many electric car charging points are Watford and Malvern Hills putting in their car parks?",
     [("WAT", "proposed 64 new electric vehicle charging points across five council car parks"),
      ("MHD", "to install 26 fast charging points in its car parks")]),
    ("What rules about dogs have Eastbourne and Gosport brought in or proposed?",
     [("EAS", "Dogs would continue to be excluded from the beach between the Wish Tower and the Pier from 1 May to 30 September"),
      ("GOS", "The draft order would require anyone in charge of a dog to pick up after it anywhere in Gosport")]),
    ("What has gone wrong at the swimming pools in Boston and Burnley?",
     [("BOS", "The pool's main filter and the boiler serving the pool failed in August 2023."),
      ("BUR", "some of the timber roof beams above the main pool had been weakened by damp and chlorine")]),
    ("When do weekly food waste collections start in Walsall, St Helens and North Lincolnshire?",
     [("WAL", "weekly food waste collections would begin across the borough on 6 April 2026"),
      ("STH", "The council would start weekly food waste collections in October 2025"),
      ("NLC", "Weekly food waste collections for every household will start on 30 March 2026.")]),
    ("Which councils are working on greenways for walking and cycling?",
     [("AND", "The Greenways Officer reported that the 5.8 kilometre route, which would follow the line of the old railway from Comber to the Portaferry Road in Newtownards, had received planning approval in January 2024."),
      ("FOD", "presented a report on the proposed greenway from Omagh to Fintona along the route of the former Great Northern Railway"),
      ("ABC", "the towpath of the Newry Canal between Portadown and Scarva, a distance of 13 kilometres, would be resurfaced between January and April 2024"),
      ("ANB", "agreed that the lighting be extended along the greenway to Dunsilly")]),
    ("Which councils have been dealing with public toilets?",
     [("RIC", "The council's own application proposed replacing the 1970s public toilet block at the Old Deer Park car park"),
      ("EAS", "the public toilets at Holywell, the Wish Tower and Fisherman's Green would open until 8pm from April to September"),
      ("MEA", "A new block with three cubicles, an accessible toilet and an outdoor shower for sea swimmers would be built on the same site"),
      ("MHD", "The nearby public toilets had struggled with the numbers"),
      ("GCC", "the council operated 14 public toilet sites, of which 9 were in parks")]),
    ("Which councils are doing something about homes being flooded?",
     [("DON", "protecting 1,240 homes that flooded or were cut off in November 2019"),
      ("NNC", "when 164 homes in Kettering, Burton Latimer and Raunds reported water entering their properties"),
      ("ERC", "which had flooded homes on Main Street and in the Dovecothall area in August 2023"),
      ("MHD", "43 households and 11 businesses in Tenbury Wells had received grants of up to £5,000 each for flood doors, airbricks and pumps")]),
    ("Which councils hand out grants to community groups, and how much?",
     [("BUC", "Across the county the boards had approved 412 grants in 2023/24, worth £2.38 million in total."),
      ("ANB", "In 2024/25 the Council awarded 286 community grants worth £742,000"),
      ("LCR", "The panel recommends 39 grants, worth £1,246,500.")]),
]

NEAR_MISSES = [
    "How much government money will Walsall get each year to pay for its food waste collection crews?",
    "How much will it cost to park at Ruislip Lido once the car park has been redone?",
    "How far above the flood level will the floor of the new Old Deer Park toilets in Richmond be raised?",
    "What did the Sherdley Park visitor centre study recommend doing with the building?",
    "What will the cheaper overnight charging rate be for Watford residents who can't charge at home?",
    "How much will North Northamptonshire's second gully jetting vehicle cost?",
    "How much did the Wycombe community board give out in grants in 2023/24?",
    "What did people tell Gosport council in the consultation on its dog control order?",
    "When will building work on the Bentley and Toll Bar flood defences begin?",
    "How many fines for dog fouling did Eastbourne hand out last year?",
    "How many trips were counted on the Comber Greenway in 2023?",
    "What did the condition survey find wrong with the Strule Arts Centre roof?",
    "When will Lisburn and Castlereagh's planning committee make its decision on the Drumbeg leisure building?",
    "Will people have to pay to use the new toilets at Carnlough Harbour?",
    "How much will it cost to replace the roof at Padiham Leisure Centre?",
    "Did the Malvern Hills car parking review recommend free parking after 3pm?",
    "What is the total budget for Antrim and Newtownabbey's community grants in 2025/26?",
    "How many years will Sherwood Security Systems' contract for Mansfield's CCTV run?",
    "How many of the round three Community Environment Fund grants went to the most deprived neighbourhoods?",
    "What share of households took part in North Lincolnshire's food waste trial in Barton upon Humber?",
    "How long will Boston's swimming pool be closed for the works at the Geoff Moulder Leisure Complex?",
    "When is the new Eastwood Park leisure centre in Giffnock expected to open?",
    "How much did use of the Newry Canal towpath between Portadown and Scarva go up after it was resurfaced?",
    "Where did the study say Glasgow city centre most needs new public toilets?",
]

ORDINARY = [
    "What did Leicester City Council decide about bus lanes on the A6?",
    "How much is Cornwall Council spending on beach lifeguards this summer?",
    "What did Belfast City Council agree about the Christmas market at City Hall?",
    "Has Aberdeen City Council approved its low emission zone?",
    "Which councils have put up the rent for allotment plots?",
    "What are the new fees for taxi driver licences?",
    "How much does a garden waste bin subscription cost this year?",
    "Has any council agreed to extend a cemetery or open a new burial ground?",
]


def rows() -> list[dict]:
    out = []
    for n, (question, gold) in enumerate(ANSWERABLE, 1):
        out.append({"id": f"r{n:02d}", "question": question, "gold": [{"doc": D[k], "quote": q} for k, q in gold]})
    for n, (question, gold) in enumerate(ACROSS, 1):
        out.append({"id": f"x{n:02d}", "question": question, "gold": [{"doc": D[k], "quote": q} for k, q in gold]})
    for n, question in enumerate(NEAR_MISSES, 1):
        out.append({"id": f"u{n:02d}", "question": question, "gold": []})
    for n, question in enumerate(ORDINARY, 1):
        out.append({"id": f"n{n:02d}", "question": question, "gold": []})
    return out


def main() -> int:
    assert len(ANSWERABLE) == 72 and len(ACROSS) == 8 and len(NEAR_MISSES) == 24 and len(ORDINARY) == 8
    data = rows()
    (HERE / "questions.jsonl").write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in data),
                                          encoding="utf-8")
    print(f"wrote {len(data)} questions to {HERE / 'questions.jsonl'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
