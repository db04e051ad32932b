"""Write bench/heldout26/questions.jsonl: the questions of the twenty-sixth held-out set.

    python bench/heldout26/write_questions.py

112 questions in heldout24's format (`{"id", "question", "gold": [{"doc", "quote"}]}`):
r01-r72 answerable (three per document, in content.py's order), x01-x08 across councils (one gold
quote per relevant document), u01-u24 near misses (one per document, kinds a-d, see README.md) and
n01-n08 ordinary unanswerable questions. Unanswerable questions have `"gold": []`. Every gold quote
is checked by check_gold.py against the text extracted with pypdf, BeautifulSoup and python-docx.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

TMBC = "ieListDocuments_CId148_MId6921_Tonbridge_Malling_Area2_Planning"
CALD = "Calderdale_Cabinet_04Mar2024_ieListDocuments_MId2291"
SEF = "ieListDocuments_CId389_MId17402_Sefton_OSC_Regeneration_Skills"
ENF = "Enfield_Cabinet_ieListDocuments_CId143_MId16088"
RBG = "ieListDocuments_RBG_Cabinet_MId5730"
WAK = "Wakefield_Cabinet_12Dec2023_ieListDocuments_MId9140"
NCC = "mgAi_Northumberland_Cabinet_Item112_ID4471"
SODC = "mgAi_SODC_Cabinet_18Jan2024_Item54"
LCC = "ieDecisionDetails_Lincolnshire_ID5982"
CORN = "ieDecisionDetails_Cornwall_Cabinet_ID12807"
NED = "NEDDC_Planning_Committee_Minutes_23_January_2024"
ASH = "Ashfield_Cabinet_Minutes_070324"
WYRE = "Wyre_Cabinet_Minutes_6_Dec_2023"
MAL = "Maldon_Strategy_Resources_Minutes_25-01-2024"
NUL = "NuLBC_Economy_Place_Scrutiny_Minutes_08012024"
CON = "Conwy_Cabinet_Cofnodion_Minutes_12-03-2024"
SNC = "South_Norfolk_Cabinet_Public_Pack_15012024"
WSC = "WSC_Cabinet_06-02-2024_Agenda_Pack"
PEM = "Pembrokeshire_Cabinet_Pack_04-12-2023"
NHDC = "NHDC_Cabinet_19Mar24_Tree_Planting_Report"
EHDC = "EHDC_Cabinet_Report_Taro_Leisure_Centre_Feb2024"
SST = "South_Staffs_Wellbeing_Select_Committee_Minutes_21112023"
COL = "CoLC_Executive_Minutes_22-01-24"
ELC = "East_Lothian_Cabinet_13_February_2024_minutes"

# (question, [(doc, quote), ...]) in id order
ANSWERABLE = [
    # Tonbridge and Malling
    ("How did the vote go on the 14 new homes at the old coach depot in Borough Green?",
     [(TMBC, "On being put to the vote the application was granted by 8 votes to 4.")]),
    ("Will the way into the Quarry Hill Road development be wide enough for two cars to pass each other?",
     [(TMBC, "Kent County Council as highway authority had asked for a carriageway of 5.5 metres with a footway "
             "on the north side, and the plans now showed both")]),
    ("Why did the Malling planning committee put off deciding the housing scheme at Kings Hill?",
     [(TMBC, "so that Members could visit the site and see for themselves how close the new homes would come to "
             "the bridleway")]),
    # Calderdale
    ("Which firm is putting in and looking after the new chargers in Calderdale's car parks?",
     [(CALD, "the contract to supply, install and maintain the charging points for eight years was to be awarded "
             "to Pennine Volt Networks Ltd")]),
    ("Are they going to put the parking charges up in Hebden Bridge?",
     [(CALD, "no increase in parking charges in Hebden Bridge would be made before April 2025")]),
    ("What is the new play equipment at Shibden Park going to cost?",
     [(CALD, "replace the worn play equipment beside the boating lake at Shibden Park at a cost of £245,000")]),
    # Sefton
    ("What did the engineers' inspection of Southport Pier turn up?",
     [(SEF, "The survey found serious corrosion in 41 of the pier's 96 cast iron columns")]),
    ("How much rock is going in at Hightown to protect the dunes?",
     [(SEF, "The Council was to place 9,500 tonnes of rock armour along the front of the dunes north of the "
            "River Alt")]),
    ("How many young people got into work through Sefton@work last year?",
     [(SEF, "214 people aged 16 to 24 had started work through the service in 2022/23")]),
    # Enfield
    ("Who has Enfield picked to shore up the ruins of Broomfield House, and at what price?",
     [(ENF, "Ashdown Conservation Builders Ltd at a price of £2.1 million")]),
    ("Who is footing the bill for the Broomfield House works?",
     [(ENF, "The works would be paid for from a National Lottery Heritage Fund grant of £1.6 million with the "
            "remainder from the Council's capital programme")]),
    ("What did the Cabinet Member tell Edmonton residents about rubbish being dumped behind the Church Street "
     "shops?",
     [(ENF, "two additional enforcement officers had been assigned to Edmonton from January and that the "
            "alleyways would be gated by the end of the summer where the owners agreed")]),
    # Greenwich
    ("How bad is damp and mould in Greenwich council housing according to the latest survey?",
     [(RBG, "The survey found damp or mould in 318 of the 1,950 council homes inspected")]),
    ("Why is Greenwich putting up what it charges to take away bulky rubbish?",
     [(RBG, "the charge had not changed since 2019 and the new charge of £40 for up to five items still covered "
            "only about two thirds of the cost of the collection")]),
    ("How much is being spent on doing up Eltham High Street?",
     [(RBG, "The Cabinet agreed to spend £850,000 on wider pavements, new crossings and seating on Eltham High "
            "Street")]),
    # Wakefield
    ("Who won the contract to reroof Castleford Civic Centre?",
     [(WAK, "The contract would go to Aire Valley Roofing Ltd, which submitted the lowest compliant tender.")]),
    ("Why does Castleford Civic Centre need a new roof and windows?",
     [(WAK, "after a condition survey found water getting into the building in several places")]),
    ("How soon will the first residential street chargers be in across Wakefield, and how many?",
     [(WAK, "the first 40 would be installed by the end of June 2024")]),
    # Northumberland
    ("Which bus company will run the 688, 869 and 690 routes in Northumberland?",
     [(NCC, "the three routes would be run for three years by Tynedale Wheels Ltd")]),
    ("Who pays to keep the rural buses around Hexham running?",
     [(NCC, "The £412,000 a year cost would be met from the Bus Service Improvement Plan grant from the "
            "Department for Transport for the first two years")]),
    ("How many people actually use the three West Northumberland bus routes?",
     [(NCC, "the three routes together carried around 1,900 passenger journeys a week")]),
    # South Oxfordshire
    ("How many street trees is South Oxfordshire planting in Didcot?",
     [(SODC, "The programme would plant 460 trees along residential streets and main roads in Didcot over the "
             "next two planting seasons.")]),
    ("Which contractor will plant and look after the Didcot trees?",
     [(SODC, "The planting, watering and three years of aftercare would be carried out by Chiltern Treescapes "
             "Ltd")]),
    ("Will council tax payers have to pay for the Didcot street trees?",
     [(SODC, "The cost of £690,000 would be met from developer contributions collected for the Garden Town, so "
             "there would be no cost to council tax payers.")]),
    # Lincolnshire
    ("Which Lincolnshire tips will be shut on Wednesdays and Thursdays over the winter?",
     [(LCC, "the Household Waste Recycling Centres at Bourne, Horncastle, Mablethorpe and Kirton in Lindsey "
            "close on Wednesdays and Thursdays")]),
    ("How much does Lincolnshire save by cutting the winter opening days at the tips?",
     [(LCC, "The change would save an estimated £285,000 a year in staffing and haulage costs")]),
    ("Why didn't Lincolnshire just close one of the smaller recycling centres instead?",
     [(LCC, "it would leave residents in the Wolds more than 20 miles from a site")]),
    # Cornwall
    ("How much extra will people with a second home in Cornwall pay, and from when?",
     [(CORN, "a council tax premium of 100 per cent be charged on second homes in Cornwall from 1 April 2025, so "
             "that owners pay double the usual bill")]),
    ("What will Cornwall do with the extra money from second home owners?",
     [(CORN, "The extra income would be spent on housing for local people, including help for families in "
             "temporary accommodation.")]),
    ("Why did Cornwall's Cabinet turn down a half rate premium?",
     [(CORN, "it would raise too little to make a difference to the housing waiting list")]),
    # North East Derbyshire
    ("Who moved refusing the 52 houses off Pilsley Road in Danesmoor, and who seconded it?",
     [(NED, "Councillor N Fidler moved and Councillor S Padley seconded that the application be refused.")]),
    ("Why were the Danesmoor houses turned down?",
     [(NED, "the site lies outside the settlement boundary and the access on the bend would not give drivers "
            "safe visibility")]),
    ("How many dogs can the Killamarsh doggy day care have in at once?",
     [(NED, "no more than 30 dogs would be on site at any one time")]),
    # Ashfield
    ("Which builder is doing the Lammas Leisure Centre roof, and for how much?",
     [(ASH, "The work would be carried out by Sherwood Build Services Ltd, appointed through a regional "
            "framework, at a cost of £2.4 million.")]),
    ("How much of the Lammas pool work is covered by a grant?",
     [(ASH, "£1.1 million would come from the Public Sector Decarbonisation Scheme")]),
    ("How many homes in Ashfield have stood empty for over two years?",
     [(ASH, "there were 287 such homes")]),
    # Wyre
    ("What did the yearly check of Wyre's sea defences find at Cleveleys?",
     [(WYRE, "The inspection found cracking and loss of concrete along 260 metres of the wave return wall at "
             "Cleveleys")]),
    ("Is Wyre going to back the Fleetwood Festival of Transport next year?",
     [(WYRE, "the Council would give the organisers a grant of £12,000 and help with traffic management")]),
    ("Where is the money for the stopgap sea wall repairs at Cleveleys coming from?",
     [(WYRE, "repairs be approved at a cost of up to £95,000 from the coast protection reserve")]),
    # Maldon
    ("How did the recorded vote on rebuilding the Promenade Park toilets go?",
     [(MAL, "The votes were: For, 9; Against, 2; Abstentions, 1.")]),
    ("Why have the toilets by the splash park in Maldon been shut?",
     [(MAL, "which had been closed since October after repeated vandalism")]),
    ("How much dearer will a day's parking be in Maldon and Burnham from April?",
     [(MAL, "would go up by 20p per day from 1 April 2024")]),
    # Newcastle-under-Lyme
    ("How many trees went in at Kidsgrove last planting season?",
     [(NUL, "the Council had planted 1,250 trees in Kidsgrove and 940 trees in Audley")]),
    ("Who pays to replace the young trees that died in the dry summer?",
     [(NUL, "they would be replaced free of charge by the supplier under the three year guarantee")]),
    ("Why are the top floors of the Midway car park closed?",
     [(NUL, "the upper floors were closed in 2022 after a structural inspection")]),
    # Conwy
    ("What happens to a Conwy village toilet block if no community council will take it on?",
     [(CON, "the block would stay open in the summer only, from Easter to the end of October, rather than "
            "close")]),
    ("What does Conwy spend each year keeping its public toilets clean and repaired?",
     [(CON, "the cost of cleaning and repairs had risen to £640,000 a year")]),
    ("How many tickets did Venue Cymru sell last year?",
     [(CON, "Venue Cymru had sold 212,000 tickets in 2023")]),
    # South Norfolk
    ("What will a garden waste bin cost in South Norfolk from April?",
     [(SNC, "the annual charge for one garden waste bin rises from £50 to £55 from 1 April 2024")]),
    ("Who is supplying the replacement brown bins in South Norfolk?",
     [(SNC, "New bins made from recycled plastic would be bought from Broadland Containers Ltd under an existing "
            "framework contract.")]),
    ("When will the street lights that are out on Station Hill in Harleston be sorted?",
     [(SNC, "the Council had ordered LED lanterns for the whole of Station Hill and that they would be fitted in "
            "the week of 22 January")]),
    # West Suffolk
    ("How many traders does the Bury St Edmunds market get on a Saturday these days?",
     [(WSC, "The Bury St Edmunds market now averages 58 traders on a Saturday")]),
    ("Where is the Haverhill Friday market moving to?",
     [(WSC, "The Haverhill Friday market would move from Jubilee Walk to the Market Square")]),
    ("What is West Suffolk doing for people getting to the Mildenhall Hub now the Beck Row bus has been cut?",
     [(WSC, "the Council was funding a community minibus on Tuesdays and Fridays until the end of March")]),
    # Pembrokeshire
    ("What premium will Pembrokeshire put on second homes from next April?",
     [(PEM, "increased from 100 per cent to 150 per cent from 1 April 2024")]),
    ("How many people answered Pembrokeshire's consultation on the second homes premium, and were they for it?",
     [(PEM, "received 1,460 responses. Of these, 61 per cent supported a higher premium")]),
    ("When is the new Haverfordwest bus interchange supposed to open?",
     [(PEM, "the new interchange was due to open in spring 2024")]),
    # North Hertfordshire
    ("Where is North Herts going to plant its new small woods?",
     [(NHDC, "including small woodlands on Walsworth Common in Hitchin and on Norton Common in Letchworth Garden "
             "City")]),
    ("Who is paying for North Hertfordshire's tree planting programme?",
     [(NHDC, "£180,000 would come from the Local Authority Treescapes Fund, with the rest from the Council's "
             "climate change reserve")]),
    ("What happens if a lot of the new trees die in a dry summer?",
     [(NHDC, "The planting specification allows for replacing up to 15 per cent of trees at no extra cost.")]),
    # East Hampshire
    ("Who runs the Taro Leisure Centre for East Hampshire, and for how long?",
     [(EHDC, "The centre is run for the Council by Meon Valley Leisure Trust under a contract that runs until "
             "2031.")]),
    ("How much grant is going into the Taro pool hall works?",
     [(EHDC, "£1.4 million would come from the Swimming Pool Support Fund")]),
    ("Why not just keep the old boilers going at the Taro centre?",
     [(EHDC, "Doing nothing would risk the pools closing without warning if the boilers failed, as parts for them "
             "are no longer made.")]),
    # South Staffordshire
    ("Why are people in South Staffordshire waiting so long for adaptations to their homes?",
     [(SST, "the average wait from referral to completion was 21 weeks, mainly because of a shortage of "
            "occupational therapists to carry out assessments")]),
    ("Which company runs the South Staffordshire community lottery?",
     [(SST, "run for the Council by Good Causes Draws Ltd")]),
    ("Who put forward the warm spaces grants, and did it go through?",
     [(SST, "Councillor Devey moved and Councillor Tonks seconded that the Committee recommend to Cabinet"),
      (SST, "The motion was carried unanimously.")]),
    # City of Lincoln
    ("How many of the stalls at Lincoln Central Market are let?",
     [(COL, "Of the market's 32 permanent stalls, 27 were now let.")]),
    ("What will traders pay for a stall at Lincoln Central Market next year?",
     [(COL, "stall rents stay at £95 a week for 2024/25")]),
    ("How are the new electric pitches at the Hartsholme campsite being paid for?",
     [(COL, "to be paid for from the campsite's own income reserve")]),
    # East Lothian
    ("How much will East Lothian's second homes premium bring in?",
     [(ELC, "The premium was expected to raise £1.6 million a year")]),
    ("Can people who let their East Lothian property to holidaymakers get out of the second homes charge?",
     [(ELC, "properties let for at least 70 nights a year would pay non domestic rates instead, and would need a "
            "short term let licence")]),
    ("How much is East Lothian giving towards the lift at the Haddington Corn Exchange?",
     [(ELC, "The Cabinet approved a grant of £75,000 to the Haddington Corn Exchange Trust for a new lift")]),
]

ACROSS = [
    ("What are Wyre and Sefton each doing about their sea defences?",
     [(WYRE, "Temporary repairs would be made before the spring tides. A full repair scheme would be put to the "
             "Environment Agency for grant aid"),
      (SEF, "The Council was to place 9,500 tonnes of rock armour along the front of the dunes north of the River "
            "Alt to protect homes on Alt Road.")]),
    ("Compare Calderdale and Wakefield on chargers for electric cars.",
     [(CALD, "Officers proposed to install 64 fast charging points in 13 Council car parks"),
      (WAK, "Cabinet agreed to install 150 on street charging points in residential streets")]),
    ("What are Enfield and Greenwich each doing with School Streets?",
     [(ENF, "The Cabinet agreed to introduce nine more School Streets from the start of the summer term, bringing "
            "the borough's total to 34."),
      (RBG, "The Cabinet approved School Streets at 11 more primary schools")]),
    ("How do Cornwall, Pembrokeshire and East Lothian compare on council tax for second homes?",
     [(CORN, "a council tax premium of 100 per cent be charged on second homes in Cornwall from 1 April 2025"),
      (PEM, "the council tax premium on second homes in Pembrokeshire is increased from 100 per cent to 150 per "
            "cent"),
      (ELC, "charge a 100 per cent premium on second homes from 1 April 2024")]),
    ("Which councils are making changes to their public toilets?",
     [(MAL, "the Promenade Park toilets be rebuilt as set out in the report"),
      (CON, "to pass eight smaller blocks in villages to town and community councils willing to run them")]),
    ("Which councils have tree planting programmes on the go?",
     [(SODC, "Cabinet considered a report on planting street trees in Didcot"),
      (NUL, "the second year of the urban tree planting programme"),
      (NHDC, "The programme would plant 7,500 trees over three winters")]),
    ("Which councils are spending money on the swimming pools at their leisure centres?",
     [(ASH, "The pools at Lammas would close for 14 weeks from 3 June 2024 while the roof was replaced."),
      (EHDC, "approves capital spending of £3.2 million on the pool hall refurbishment and new heating system")]),
    ("Which councils are looking at how their markets are run and what traders pay?",
     [(WSC, "Pitch fees would be frozen for 2024/25 and new traders would pay no fee for their first eight weeks"),
      (COL, "It was proposed that stall rents stay at £95 a week for 2024/25")]),
]

NEAR_MISSES = [  # one per document, in content.py's order; kinds in README.md
    "By how many votes was the micropub on West Malling High Street approved?",                     # c
    "What will Calderdale charge drivers per kilowatt hour at the new car park chargers?",           # b
    "What did people say in the consultation on the future of Bootle Strand?",                       # d
    "When will the Broomfield House stabilisation be finished?",                                      # a
    "How much will the ventilation and insulation work on Greenwich council homes cost?",            # b
    "What did the review of how people use the Featherstone community hub show?",                    # d
    "When do the Sunday buses to Allendale start again?",                                             # a
    "What did the survey of cables and pipes under the Didcot streets find?",                         # d
    "How many staff at the Lincolnshire recycling centres will lose their jobs over the winter change?",  # b
    "What did Cornwall's study of second homes switching over to business rates find?",               # d
    "What was the vote on the Gosforth Lane extension in Dronfield Woodhouse?",                      # c
    "How much can a shop in Hucknall get from Ashfield's shopfront grants?",                          # c
    "When does work start on the permanent sea wall repairs at Cleveleys?",                          # a
    "How much will it cost to use the rebuilt toilets at Promenade Park?",                            # b
    "How many trees were planted in Silverdale?",                                                     # c
    "What did Conwy's review of car parking charges conclude?",                                       # d
    "When will South Norfolk deliver the new garden waste bins?",                                     # a
    "How many traders come to the Haverhill market on a Saturday?",                                   # c
    "How many second home owners in Pembrokeshire have already switched to paying business rates?",  # b
    "What did the tree canopy survey across North Herts show?",                                       # d
    "When will the pools at the Taro Leisure Centre reopen after the works?",                         # a
    "What is the average Disabled Facilities Grant paid in South Staffordshire?",                    # b
    "When will the food hall operator at Lincoln Central Market be in place?",                        # a
    "How many second homes are there in Gullane?",                                                    # c
]

ORDINARY = [
    "What has Exeter City Council decided about its bus station?",
    "Is Swansea Council raising its council tax premium on second homes?",
    "What did Dundee City Council agree about free school meals?",
    "How much is Bristol City Council spending on the harbourside?",
    "Which councils are cracking down on chewing gum on pavements?",
    "What do councils charge for a pest control visit for rats or wasps?",
    "Has any council set a budget for a bonfire night fireworks display?",
    "Is any town getting an ice rink or new Christmas lights this winter?",
]


def questions() -> list[dict]:
    out = []

    def add(prefix: str, n: int, question: str, gold) -> None:
        out.append({"id": f"{prefix}{n:02d}", "question": question,
                    "gold": [{"doc": d, "quote": q} for d, q in gold]})

    for n, (question, gold) in enumerate(ANSWERABLE, 1):
        add("r", n, question, gold)
    for n, (question, gold) in enumerate(ACROSS, 1):
        add("x", n, question, gold)
    for n, question in enumerate(NEAR_MISSES, 1):
        add("u", n, question, [])
    for n, question in enumerate(ORDINARY, 1):
        add("n", n, question, [])
    return out


def main() -> int:
    qs = questions()
    assert len(ANSWERABLE) == 72 and len(ACROSS) == 8 and len(NEAR_MISSES) == 24 and len(ORDINARY) == 8
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for q in qs:
            handle.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"wrote {len(qs)} questions, {sum(len(q['gold']) for q in qs)} gold quotes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
