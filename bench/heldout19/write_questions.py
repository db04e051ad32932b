"""Write bench/heldout19/questions.jsonl: 112 questions on the nineteenth held-out corpus.

    python bench/heldout19/write_questions.py

r01-r72 answerable (three per document, in truth.csv's order), x01-x08 across councils (one gold
quote per document), u01-u24 near misses (one per document, in truth.csv's order; the kind of each
is in README.md's table: a said not yet known, b never mentioned, c a neighbouring thing, d announced
and asked as if done), n01-n08 ordinary unanswerable. Unanswerable questions have no gold. Every
gold quote is verbatim in its document's visible text: check with check_gold.py.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

YORK = "ieListDocuments_CId733_MId13120_York_Executive"
ISLINGTON = "ieListDocuments_CId134_MId4012_Islington_Executive"
TAMESIDE = "ieListDocuments_CId251_MId6644_Tameside_Executive_Cabinet"
SOUTHAMPTON = "ieListDocuments_CId126_MId3875_Southampton_Cabinet"
MAIDSTONE = "ieListDocuments_CId142_MId5530_Maidstone_Planning"
NEWPORT = "ieListDocuments_CId188_MId7702_Newport_Cabinet"
TRAFFORD = "mgAi_ID40918_Trafford_Executive"
STAFFORDSHIRE = "mgAi_ID172240_Staffordshire_Cabinet"
WESTMINSTER = "ieDecisionDetails_ID5521_Westminster_Street_Trees"
MEDWAY = "ieDecisionDetails_ID9913_Medway_Park_Floor"
FALKIRK = "Planning_Committee_31032021_Minutes_Falkirk"
ANGLESEY = "Executive_20052019_Minutes_Anglesey"
DUNDEE = "City_Development_Committee_24092018_Minutes_Dundee"
ROCHDALE = "Cabinet_27022023_Minutes_Rochdale"
CHELMSFORD = "Cabinet_18062024_Minutes_Chelmsford"
EAST_DEVON = "Cabinet_02102019_Minutes_EastDevon"
BEDFORD = "Executive_14042021_Agenda_Pack_Bedford"
DUMFRIES = "Economy_Resources_30082022_Agenda_Pack_DumfriesGalloway"
WIRRAL = "ECET_Committee_17012023_Agenda_Pack_Wirral"
HARTLEPOOL = "Neighbourhood_Services_14_March_2022_Seaton_Carew_Report_Hartlepool"
WALTHAM_FOREST = "Cabinet_12_September_2023_Street_Trees_Report_WalthamForest"
RIBBLE_VALLEY = "Community_Committee_Minutes_10_September_2024_RibbleValley"
HARBOROUGH = "Cabinet_Minutes_3_December_2018_Harborough"
SHETLAND = "Environment_Transport_Committee_Minutes_21_May_2025_Shetland"

# (question, [(doc, quote), ...]): three per document, in truth.csv's order
ANSWERABLE = [
    ("Which company is going to build the splash pad at Hull Road Park?",
     [(YORK, "the preferred bidder was Aqualine Play Systems Ltd")]),
    ("Did residents back the Holgate parking zone in the consultation?",
     [(YORK, "61 per cent of the households that replied supported the scheme")]),
    ("Will the new Hull Road Park splash pad have a changing places toilet?",
     [(YORK, "a shaded seating area for parents and a changing places toilet")]),

    ("Who is carrying out the refurbishment of Finsbury Library?",
     [(ISLINGTON, "carried out by Brennock Building Services Ltd")]),
    ("How long will Finsbury Library be shut for the works?",
     [(ISLINGTON, "The library would close for 14 weeks from 3 February 2020")]),
    ("Can you still just turn up and play tennis at Highbury Fields, or will every court have to be booked?",
     [(ISLINGTON, "two courts would remain free to use on a turn-up-and-play basis at all times")]),

    ("What did the survey of the Ashton Market Hall roof find?",
     [(TAMESIDE, "40 per cent of the roof glazing panels were cracked or had failed seals")]),
    ("How is Tameside paying for the Market Hall roof repairs?",
     [(TAMESIDE, "£1.4 million from the Levelling Up Fund allocation and £700,000 of council borrowing")]),
    ("How many stalls in Ashton Market Hall are let at the moment?",
     [(TAMESIDE, "58 of the 64 stalls were let")]),

    ("Why have the toilets in Bitterne Precinct been closed?",
     [(SOUTHAMPTON, "closed in July after repeated vandalism")]),
    ("When was the track at Southampton Sports Centre last resurfaced?",
     [(SOUTHAMPTON, "had last been resurfaced in 2007")]),
    ("Which firm got the contract to resurface the athletics track in Southampton?",
     [(SOUTHAMPTON, "carried out by Trackform Surfaces Ltd at a cost of £560,000")]),

    ("Who proposed and seconded approval of the 46 homes off Pattenden Lane in Marden?",
     [(MAIDSTONE, "Proposed by Councillor Hebden, seconded by Councillor Marsh-Kelly.")]),
    ("Why did Maidstone's planning committee turn down the 120 homes on Lenham Road in Headcorn?",
     [(MAIDSTONE, "the additional traffic would exceed the capacity of the Lenham Road and Kings Road junction")]),
    ("What was decided about the extension at 14 The Street in Bearsted?",
     [(MAIDSTONE, "deferred to allow members to visit the site")]),

    ("Will the new visitor centre at the Transporter Bridge have somewhere for school groups?",
     [(NEWPORT, "a learning room for school groups")]),
    ("Who is taking over the tearooms at Belle Vue Park in Newport?",
     [(NEWPORT, "The highest scoring bid came from Pontfaen Hospitality Ltd")]),
    ("How long is the Belle Vue Park tearooms lease for?",
     [(NEWPORT, "for a term of 10 years")]),

    ("What did people say in the consultation on Altrincham Leisure Centre?",
     [(TRAFFORD, "78 per cent favoured rebuilding on the current site")]),
    ("Will swimmers in Altrincham keep their pool while the new leisure centre is built?",
     [(TRAFFORD, "the existing pool would remain open until the new building was ready")]),
    ("How much is the new Altrincham leisure centre expected to cost?",
     [(TRAFFORD, "at an estimated £31.5 million")]),

    ("Which contractor will fit the new LED street lights in Staffordshire?",
     [(STAFFORDSHIRE, "carried out by Lumenway Highways Ltd")]),
    ("How much will Staffordshire save each year from the LED street lighting?",
     [(STAFFORDSHIRE, "save £1.1 million a year in energy costs")]),
    ("Will the street lights that go off after midnight stay off once they are changed to LED?",
     [(STAFFORDSHIRE, "would be lit all night at a lower level")]),

    ("How many street trees is Westminster going to plant?",
     [(WESTMINSTER, "the planting of 1,200 street trees across the city over two planting seasons")]),
    ("Who will supply Westminster's new street trees?",
     [(WESTMINSTER, "supplied by Hollinbrook Nurseries Ltd")]),
    ("Why didn't Westminster just plant the new trees in its parks?",
     [(WESTMINSTER, "it would do nothing to shade the streets with the least canopy cover")]),

    ("Which company is replacing the sports hall floor at Medway Park?",
     [(MEDWAY, "Kestrel Sports Flooring Ltd")]),
    ("What did the inspection of the Medway Park sports hall floor find?",
     [(MEDWAY, "47 areas where the sprung floor had failed")]),
    ("How long will the sports hall at Medway Park be closed?",
     [(MEDWAY, "the hall would close for nine weeks from 9 January 2023")]),

    ("Who moved the amendment to approve the houses at Carronshore?",
     [(FALKIRK, "Councillor Lindores, seconded by Councillor MacAulay")]),
    ("How did Falkirk's planning committee vote on the 32 houses off Carronshore Road?",
     [(FALKIRK, "4 members voted for the motion and 7 for the amendment")]),
    ("How tall will the wind turbine at Limerigg be?",
     [(FALKIRK, "67 metres to blade tip")]),

    ("Do Blue Badge holders still park for free in Anglesey's car parks?",
     [(ANGLESEY, "Blue Badge holders would continue to park free of charge")]),
    ("Who will run the café at Breakwater Country Park in Holyhead?",
     [(ANGLESEY, "Môr a Mynydd Cyf, a local social enterprise")]),
    ("Why has the school bus from Llanfaethlu been turning up late?",
     [(ANGLESEY, "the operator had been short of drivers")]),

    ("What did the survey of Coldside Library users show?",
     [(DUNDEE, "58 per cent wanted weekend opening")]),
    ("How many people can the biggest concerts in Slessor Gardens hold?",
     [(DUNDEE, "a capacity of 15,000 for the largest concerts")]),
    ("Will there be lifeguards on the beach at Broughty Ferry next summer?",
     [(DUNDEE, "lifeguards would be on duty at weekends and during school holidays")]),

    ("Which company is putting electric car charge points into Rochdale's car parks?",
     [(ROCHDALE, "VoltBay Charging Ltd")]),
    ("What damaged the Hollingworth Lake visitor centre?",
     [(ROCHDALE, "during the flooding of 17 January 2023")]),
    ("How much can a business in Heywood get towards a new shopfront?",
     [(ROCHDALE, "grants of up to £5,000")]),

    ("Why isn't the fountain in the Central Park lake in Chelmsford working?",
     [(CHELMSFORD, "its pump had failed")]),
    ("What will the new pump for the Central Park fountain cost?",
     [(CHELMSFORD, "at a cost of £18,400")]),
    ("How much will Chelmsford charge for garden waste collections from April 2025?",
     [(CHELMSFORD, "£60 a year from 1 April 2025")]),

    ("How many beach huts are planned for Queen's Drive in Exmouth?",
     [(EAST_DEVON, "24 new beach huts on Queen's Drive, Exmouth")]),
    ("How will the new Exmouth beach huts be given out?",
     [(EAST_DEVON, "allocated by ballot")]),
    ("How long will the leases on the new Exmouth beach huts run?",
     [(EAST_DEVON, "leases of five years")]),

    ("When do weekly food waste collections start in Bedford?",
     [(BEDFORD, "introduced to every household from 4 October 2021")]),
    ("What did the food waste trial in Kempston show?",
     [(BEDFORD, "64 per cent of households took part")]),
    ("What did the inspection of the bandstand in Bedford Park find?",
     [(BEDFORD, "corrosion to six of the eight cast iron columns")]),

    ("Who will replace the pontoons at Stranraer Marina?",
     [(DUMFRIES, "Solway Marine Works Ltd")]),
    ("How many berths will Stranraer Marina have once the pontoons are replaced?",
     [(DUMFRIES, "112 berths, 18 more than at present")]),
    ("When is the silt at the Kirkcudbright fish quay going to be dredged?",
     [(DUMFRIES, "the dredging had been booked for October")]),

    ("How much will the repairs to the promenade between Hoylake and Meols cost?",
     [(WIRRAL, "estimated at £2.4 million")]),
    ("What did the survey of the Meols sea wall find?",
     [(WIRRAL, "voids behind the wall at 14 locations")]),
    ("Why are the bins on the promenade at New Brighton being emptied less often?",
     [(WIRRAL, "the summer rota, with bins emptied twice a day, had ended on 4 September")]),

    ("What did the consultation on new toilets at Seaton Carew find?",
     [(HARTLEPOOL, "87 per cent of respondents wanted the new toilets to be open all year round")]),
    ("Will the new toilets at Seaton Carew have a hoist for disabled users?",
     [(HARTLEPOOL, "a Changing Places facility with a hoist and adult changing bench")]),
    ("How much will the Seaton Carew toilets cost to build?",
     [(HARTLEPOOL, "The estimated cost of the scheme is £385,000")]),

    ("How many new street trees does Waltham Forest want to plant in 2023-24?",
     [(WALTHAM_FOREST, "the planting of 650 new street trees in the 2023-24 planting season")]),
    ("How many of the street trees Waltham Forest planted in 2021-22 have survived?",
     [(WALTHAM_FOREST, "found that 91 per cent had survived")]),
    ("Which company will plant and look after Waltham Forest's new street trees?",
     [(WALTHAM_FOREST, "Greenfold Arboriculture Ltd")]),

    ("Who is building the new play area at Edisford Playing Fields?",
     [(RIBBLE_VALLEY, "The recommended bid was from Pennine Playscapes Ltd")]),
    ("Will the new Edisford play area have a zip wire?",
     [(RIBBLE_VALLEY, "included a zip wire, a sensory garden and a basket swing")]),
    ("What time will the toilets in the Clitheroe Castle grounds be unlocked?",
     [(RIBBLE_VALLEY, "from 1 October they would be unlocked at 8am every day")]),

    ("Why does the play area in Welland Park need replacing?",
     [(HARBOROUGH, "rated eleven pieces of equipment as high risk")]),
    ("How much can a village hall in Harborough district get from the community grants?",
     [(HARBOROUGH, "community grants of up to £10,000")]),
    ("When are the Christmas lights in Market Harborough being switched on?",
     [(HARBOROUGH, "at 5pm on Saturday 8 December in The Square")]),

    ("How much is the return fare on the Yell Sound ferry going up by?",
     [(SHETLAND, "rise from £5.90 to £6.50 from 1 July 2025")]),
    ("Who is designing the new Bressay ferry?",
     [(SHETLAND, "Nordavind Marine Design AS")]),
    ("Will the piers need work to take the new Bressay ferry?",
     [(SHETLAND, "no work to the piers would be needed")]),
]

CROSS = [
    ("Which councils are putting in more electric vehicle charge points, and how many?",
     [(YORK, "24 fast chargers at Union Terrace car park"),
      (ROCHDALE, "48 charge points be installed in 12 council car parks")]),
    ("Which councils are keeping their libraries open for longer?",
     [(ISLINGTON, "open until 8pm on weekdays"),
      (DUNDEE, "Coldside Library would open on Saturday afternoons from 6 October 2018")]),
    ("How much are councils spending on new or refurbished children's play areas?",
     [(TAMESIDE, "£145,000 refurbishment of the play area at Stamford Park"),
      (RIBBLE_VALLEY, "Pennine Playscapes Ltd, at £96,000"),
      (HARBOROUGH, "£180,000 be allocated from the capital programme for a new play area at Welland Park")]),
    ("What are councils spending on repairing sea defences?",
     [(EAST_DEVON, "£730,000 for repairs to the rock revetment at Seaton Hole"),
      (WIRRAL, "repairs to the Hoylake and Meols promenade, estimated at £2.4 million")]),
    ("Which councils are putting up car parking charges, and by how much?",
     [(SOUTHAMPTON, "would rise from £1.60 to £1.80"),
      (ANGLESEY, "would rise from £4.00 to £5.00"),
      (CHELMSFORD, "a flat evening charge of £2.00 after 6pm")]),
    ("What are councils doing to get more people recycling their food waste?",
     [(ISLINGTON, "weekly food waste collections be extended to 4,200 further flats"),
      (NEWPORT, "free compostable caddy liners would be delivered to every household"),
      (BEDFORD, "That weekly food waste collections be introduced to every household")]),
    ("Which councils are switching their remaining street lights to LED?",
     [(STAFFORDSHIRE, "Phase 3 would replace 38,000 lanterns"),
      (DUMFRIES, "the remaining 9,400 sodium lanterns be replaced with LED units by March 2024")]),
    ("How many street trees are councils planning to plant?",
     [(WESTMINSTER, "1,200 street trees"),
      (WALTHAM_FOREST, "650 new street trees")]),
]

# one per document, in truth.csv's order; the kinds (a-d) are in README.md
NEAR_MISSES = [
    "When will the splash pad at Hull Road Park open?",                                         # York a
    "How much will it cost to book a tennis court at Highbury Fields?",                        # Islington b
    "What was the footfall at Ashton Market Hall in 2022?",                                     # Tameside c
    "What did the independent review of Southampton's bus lanes recommend?",                   # Southampton d
    "How did the committee vote on the café at the Old Forge in Staplehurst?",                 # Maidstone c
    "When will the Transporter Bridge in Newport reopen to visitors?",                          # Newport a
    "Is the pool hall roof at Altrincham Leisure Centre sound, according to the structural survey?",  # Trafford d
    "Which towns in Staffordshire will get the new LED lanterns first?",                        # Staffordshire b
    "Which kinds of tree are being planted in Westminster's streets?",                          # Westminster a
    "How much is Medway spending on the sports hall floor at Strood Sports Centre?",           # Medway c
    "How many objections were there to the takeaway on Main Street in Stenhousemuir?",         # Falkirk c
    "Which of Anglesey's public toilets did the review recommend closing?",                    # Anglesey d
    "How much will tickets cost for the 2019 concerts in Slessor Gardens?",                     # Dundee b
    "When will the Hollingworth Lake visitor centre reopen?",                                   # Rochdale a
    "What did the ecological survey of the proposed events field at Hylands Park find?",       # Chelmsford d
    "Will the new beach huts in Exmouth have electricity?",                                     # East Devon b
    "What was the residual waste per household in Bedford Borough in 2020/21?",                 # Bedford c
    "What will it cost to berth a boat at Stranraer Marina in 2023?",                           # Dumfries a
    "What state is the Leasowe sea wall in after its inspection?",                              # Wirral d
    "Who will be responsible for cleaning the new toilets at Seaton Carew?",                    # Hartlepool b
    "Which streets in Waltham Forest are getting new trees this season?",                       # Waltham Forest a
    "How many people visited Clitheroe Castle Museum in 2021?",                                 # Ribble Valley c
    "Did the Lutterworth parking survey show that the Bank Street car park is full on market days?",  # Harborough d
    "How many passengers used the Bressay ferry last year?",                                    # Shetland b
]

UNANSWERABLE = [
    "What did Cornwall Council decide about car parking charges in Truro?",
    "How much are allotment rents going up in Swansea?",
    "Which firm won the contract to run the crematoria in Leeds?",
    "When will the new swimming pool in Inverness open?",
    "Has the council agreed a licensing policy for pedicabs?",
    "How much does the council charge for a burial plot?",
    "Who is the new chief executive of Norfolk County Council?",
    "How many potholes did Bristol fill last winter?",
]


def questions() -> list[dict]:
    out = []
    for prefix, group in (("r", ANSWERABLE), ("x", CROSS)):
        for n, (question, gold) in enumerate(group, 1):
            out.append({"id": f"{prefix}{n:02d}", "question": question,
                        "gold": [{"doc": d, "quote": q} for d, q in gold]})
    for prefix, group in (("u", NEAR_MISSES), ("n", UNANSWERABLE)):
        out += [{"id": f"{prefix}{n:02d}", "question": q, "gold": []} for n, q in enumerate(group, 1)]
    return out


def main() -> int:
    qs = questions()
    assert len(ANSWERABLE) == 72 and len(CROSS) == 8 and len(NEAR_MISSES) == 24 and len(UNANSWERABLE) == 8
    (HERE / "questions.jsonl").write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in qs),
                                          encoding="utf-8")
    print(f"wrote {len(qs)} questions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
