"""Write bench/heldout30/questions.jsonl: 112 questions on the documents of content.py.

    python bench/heldout30/write_questions.py

r01-r72 answerable (three per document, in content.py's order), x01-x08 across councils (one gold
quote per relevant document), u01-u24 near misses (one per document, kinds in README.md), n01-n08
ordinary unanswerable. Gold quotes are verbatim in the documents' visible text (check_gold.py).
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

MK = "ieListDocuments_CId118_MId6203_MiltonKeynes_Cabinet"
NT = "ieListDocuments_CId142_MId5518_NorthTyneside_Planning"
KI = "ieListDocuments_CId611_MId9047_Kingston_Place"
WO = "ieListDocuments_CId130_MId4471_Wokingham_Executive"
EA = "ieListDocuments_CId305_MId3382_Eastleigh_BHH_LAC"
WA = "ieListDocuments_CId139_MId4805_Waverley_Executive"
HA = "mgAi_ID27714_Halton_EUR_PPB"
DA = "mgAi_ID18855_Darlington_EconomyScrutiny"
IW = "ieDecisionDetails_ID4219_IsleOfWight_Bonchurch"
BA = "ieDecisionDetails_ID2987_BathNES_Keynsham"
SH = "Minutes_SurreyHeath_PlanningApplications_15Feb2024"
HT = "Hart_OverviewScrutiny_Minutes_190324"
NB = "NBBC_EnvironmentBoard_Minutes_2023-10-04"
NW = "NWBC_CommunityEnvironment_Board_Minutes_Jan2024"
SD = "SDDC_EDS_Committee_Minutes_2023-11-09"
BL = "Blaby_Council_Minutes_27Feb2024"
EE = "Epsom_Ewell_Environment_Committee_Pack_23Jan2024"
BG = "Babergh_Cabinet_Agenda_Pack_11032024"
OW = "OWBC_Service_Delivery_Committee_Pack_2023-09-12"
BX = "Broxbourne_Cabinet_Report_Public_Toilets"
EC = "EastCambs_Operational_Services_Report_Toilets_Ely"
MV = "MoleValley_Cabinet_Minutes_2023-10-10"
NK = "NKDC_Executive_Board_Minutes_14Dec2023"
BO = "Bolsover_Executive_minutes_2023-11-27"

ANSWERABLE = [
    # Milton Keynes
    ("Which firm will be putting in the public car charging points in Milton Keynes?", MK,
     "The preferred bidder was Voltaro Charging Ltd"),
    ("What cut of the charging income does Milton Keynes council get back from the operator?", MK,
     "pay the council 12 per cent of net revenue from each charge point"),
    ("What did the cabinet member tell the Water Eaton resident about the unlit canal path?", MK,
     "The cable between Water Eaton and Fenny Stratford would be dug out and renewed in April, and the lamps on that stretch would then be replaced with LED lanterns by the end of June 2024"),
    # North Tyneside
    ("How did the vote go on the Tynemouth Front Street café bar, and who proposed approval?", NT,
     "Councillor Blaydon moved that permission be granted with the extra condition on the outside seating; Councillor Orde seconded the motion. On being put to the vote, 8 members voted for and 2 against."),
    ("Why was the Whitley Bay extension with the roof terrace put off?", NT,
     "Councillor Orde moved that the application be deferred so that members could visit the site and see the overlooking for themselves"),
    ("How much is the Wallsend housing developer putting towards school places?", NT,
     "the developer had agreed to pay £61,500 towards extra primary school places in Wallsend"),
    # Kingston
    ("How much is Kingston spending to get the Canbury Gardens loos working again, and when will they open?", KI,
     "Members agreed to spend £185,000 refurbishing the Canbury Gardens block so that it could reopen by Easter"),
    ("Why are Saturday stall rents at Kingston market going up when Thursday's aren't?", KI,
     "Saturday takings were about twice those of a Thursday, and that the higher Saturday rent would pay for the new canopies"),
    ("Did closing the road outside Burlington Junior School at drop off actually reduce the traffic?", KI,
     "the number of vehicles passing the school gate at drop off fell by around 70 per cent"),
    # Wokingham
    ("Who is going to run Wokingham's new rapid charging hubs?", WO,
     "The hubs would be operated by Tollgrid Energy Ltd under a ten year agreement"),
    ("Where is the money for Wokingham's rapid car chargers coming from?", WO,
     "the government's Local Electric Vehicle Infrastructure fund had awarded the borough £1.2 million"),
    ("Why is the swimming price at Loddon Valley going up by less than inflation?", WO,
     "the increase was smaller than inflation because the operator had cut its energy bills by fitting solar panels on the Loddon Valley roof"),
    # Eastleigh
    ("How much rock is going on Hamble Foreshore and what will it cost?", EA,
     "place 1,200 tonnes of rock armour along the most exposed 150 metres, costing £420,000"),
    ("What answer did the resident get who suggested a park and ride from Hamble station?", EA,
     "a park and ride would need a bus operator and a subsidy that the Committee did not have"),
    ("What kinds of trees are being planted at Manor Farm Country Park, and how many?", EA,
     "plant 400 native trees, mostly oak, field maple and hazel"),
    # Waverley
    ("By how much will an hour in Waverley's short stay car parks go up from April?", WA,
     "From 1 April 2024 the hourly charge in all short stay car parks would rise by 10p"),
    ("What reason did Waverley give for putting parking charges up?", WA,
     "income had fallen by £280,000 since 2019 while costs of business rates, cleaning and cash collection had grown"),
    ("How many Farnham residents have a car park season ticket?", WA,
     "there were 1,146 such season tickets in Farnham at the end of December"),
    # Halton
    ("How many trees is Halton planting this winter, and in which parks?", HA,
     "Halton Borough Council would plant 1,150 trees this season, most of them in Victoria Park in Widnes and Phoenix Park in Runcorn"),
    ("Who foots the bill for the new trees in Halton?", HA,
     "would be met from the Mersey Forest's Trees for Climate grant"),
    ("Can a resident in Halton ask for a tree to be planted in front of their house?", HA,
     "requests could be made through the council's website and would be considered for next year's programme, provided the pavement was at least two metres wide"),
    # Darlington
    ("Which company runs the Covered Market in Darlington?", DA,
     "The market was operated by Hallmark Market Partners Ltd under a twenty year lease"),
    ("How full is Darlington's Covered Market now compared with last year?", DA,
     "31 of the 44 units in Darlington Covered Market were now let, compared with 19 a year earlier"),
    ("Why did the Monday market move away from High Row?", DA,
     "traders had asked to be closer to the Covered Market entrance, where customers crossed between the two"),
    # Isle of Wight
    ("Which contractor is fixing the sea wall at Monks Bay, and for how much?", IW,
     "£1.34 million to Solent Marine Civils Ltd to rebuild 90 metres of sea wall"),
    ("Who is paying for the Bonchurch sea defence repairs?", IW,
     "The works would be paid for by the Environment Agency's flood and coastal erosion grant, with £150,000 from the Isle of Wight Council's own capital programme"),
    ("Why didn't the Isle of Wight just let the coast at Monks Bay retreat?", IW,
     "Managed retreat was considered but rejected because the wall protects the only road access to several properties"),
    # Bath and North East Somerset
    ("How much is going on the river wall in Keynsham Memorial Park?", BA,
     "The Cabinet Member agreed to spend £265,000 rebuilding 40 metres of the collapsed river wall below the bandstand"),
    ("What made the river wall in Keynsham fall down?", BA,
     "the wall had been undermined by scouring at its base during high flows"),
    ("How long will the riverside path in Keynsham Memorial Park be shut for the works?", BA,
     "The path would be closed for about ten weeks during the work"),
    # Surrey Heath
    ("Who tried to get the London Road flats in Camberley refused, and how did that vote go?", SH,
     "Cllr Ashworth moved that the application be refused on the grounds of its height and bulk; this was seconded by Cllr Dolan. The motion was put to the vote and was lost, with 3 votes for and 6 against."),
    ("What will the developer of the Camberley office site pay towards affordable homes?", SH,
     "a payment of £212,000 towards affordable housing elsewhere in the borough"),
    ("Why was the Frimley Green housing scheme held back?", SH,
     "because the Highway Authority had asked for a further assessment of the junction with Beach Road"),
    # Hart
    ("What's the fine in Hart for leaving dog mess?", HT,
     "fixed penalty for failing to pick up after a dog had been raised to £100, reduced to £75 if paid within ten days"),
    ("What is the new Fleet Pond boardwalk made of and how long should it last?", HT,
     "The new boardwalk would be built from recycled plastic boards, which the Countryside Manager said should last at least 40 years"),
    ("Are they putting any more dog bins in Hook?", HT,
     "six new bins would be installed on the village green and along Station Road in Hook before the summer"),
    # Nuneaton and Bedworth
    ("How many fly-tips were reported in Nuneaton and Bedworth last year?", NB,
     "There had been 2,310 reported incidents in 2022/23, up from 1,985 the year before"),
    ("Why were the mattresses by the Miners Welfare Park path left there so long?", NB,
     "the rubbish had been on land owned by a housing association, not the council, which had delayed its removal"),
    ("How many people came to the summer concerts at the Riversley Park bandstand?", NB,
     "the summer concerts had drawn around 3,500 visitors over eight Sundays"),
    # North Warwickshire
    ("Which company did North Warwickshire buy its fly tipping cameras from, and for how much?", NW,
     "at a cost of £26,400, from Sentinel Rural Cameras Ltd"),
    ("When will the new changing rooms at Atherstone Leisure Complex open?", NW,
     "the new changing village at Atherstone Leisure Complex would open on 4 March 2024"),
    ("What will a day's parking at Pooley Country Park cost from April?", NW,
     "increase the car parking charge at Pooley Country Park from £1.50 to £2 for a full day from 1 April 2024"),
    # South Derbyshire
    ("How many trees is South Derbyshire planting, and over what period?", SD,
     "South Derbyshire District Council would plant 6,000 trees over three planting seasons on council land"),
    ("Who is paying for South Derbyshire's new woodland?", SD,
     "the National Forest Company, which had agreed to pay £84,000 towards the trees and their protection"),
    ("Do people on council tax support get money off the garden waste charge in South Derbyshire?", SD,
     "with a discount of £10 for households in receipt of council tax support"),
    # Blaby
    ("Who proposed using reserves to keep the Narborough Road car park free on Saturdays?", BL,
     "An amendment was moved by Cllr. Greaves and seconded by Cllr. Halloran that £60,000 be taken from reserves to keep the Narborough Road free car park open on Saturdays"),
    ("When will the toddler pool at Huncote Leisure Centre be open again?", BL,
     "so that the pool could reopen at the start of March"),
    ("What is Blaby's Band D council tax for 2024/25?", BL,
     "a Band D council tax for Blaby District Council of £199.81, an increase of 2.99 per cent"),
    # Epsom and Ewell
    ("What will two hours in the Ashley Centre car park cost after April?", EE,
     "the charge for up to two hours at the Ashley Centre car park rise from £3.20 to £3.50"),
    ("Is Ewell Village going to get a water refill station?", EE,
     "the council was talking to the same business about one near Bourne Hall, but no site had been chosen"),
    ("Why are the leaves left on the paths in Horton Country Park?", EE,
     "the paths in the country park were left unswept on purpose, because the leaves fed the woodland"),
    # Babergh
    ("How much is Lavenham Village Hall getting, and what will it spend it on?", BG,
     "The largest grant proposed is £25,000 to Lavenham Village Hall for an air source heat pump and roof insulation"),
    ("When are the floodlights at the Kingfisher tennis courts in Sudbury being fixed?", BG,
     "would be fitted before the start of the summer coaching season in April, at a cost of £17,800"),
    ("Do council tax payers fund Babergh's community building grants?", BG,
     "The grants would be paid from the Community Infrastructure Levy, so there would be no cost to council tax payers"),
    # Oadby and Wigston
    ("How big is the fine for dumping rubbish in Oadby and Wigston?", OW,
     "the fixed penalty for small scale fly tipping in Oadby and Wigston has been £500, reduced to £350 if paid within ten days"),
    ("What did it cost Oadby and Wigston to clear up dumped rubbish in 2022/23?", OW,
     "The cost of clearing fly tipping in 2022/23 was £38,700"),
    ("What is happening to the bottle banks in the Paddock Street car park?", OW,
     "The recycling banks at Paddock Street will be moved closer to the entrance, where they can be seen from the street, during October"),
    # Broxbourne
    ("How much does Broxbourne want to spend on the park toilets in Cedars Park and Grundy Park?", BX,
     "capital spending of £240,000 on the refurbishment of the toilet blocks in Cedars Park and Grundy Park"),
    ("Why do Hoddesdon traders want the town centre toilets open later?", BX,
     "which traders say is too early for people visiting the restaurants in the evening"),
    ("Will the Broxbourne park toilets be left open overnight?", BX,
     "The toilets would be locked at dusk by the park patrol team and reopened at 8am"),
    # East Cambridgeshire
    ("Who is getting the contract to clean East Cambridgeshire's public toilets?", EC,
     "the new cleaning and maintenance contract be awarded to Fenland Hygiene Services Ltd for three years"),
    ("Will it cost money to use the Ship Lane toilets in Ely?", EC,
     "a charge of 30p be introduced at the Ship Lane toilets in Ely from 1 April 2024"),
    ("Roughly how many people use the Ship Lane toilets each year?", EC,
     "are used by around 180,000 people a year"),
    # Mole Valley
    ("How much did Westcott Village Hall get, and what is it for?", MV,
     "Cabinet agreed to award £15,000 to Westcott Village Hall for a new kitchen"),
    ("Is anything being done to keep dogs out of the Meadowbank play area in Dorking?", MV,
     "a low fence and two self closing gates would be installed before Christmas at a cost of about £14,000"),
    ("Who is paying for the new paving in Church Street, Leatherhead?", MV,
     "Cabinet agreed to spend £1.1 million on new paving and lighting in Church Street, Leatherhead, funded by the UK Shared Prosperity Fund"),
    # North Kesteven
    ("Why was Bassingham Village Hall refused a grant?", NK,
     "its request was turned down because car parks were outside the fund's rules"),
    ("Who is building the replacement bird hide at Whisby Nature Park and what will it cost?", NK,
     "The new hide would be built by Lincolnshire Timber Frames Ltd for £46,000"),
    ("What time will Sleaford Leisure Centre open on weekdays from January?", NK,
     "Sleaford Leisure Centre would open at 6am on weekdays from January 2024"),
    # Bolsover
    ("What will the dog fouling fine be in Bolsover from January?", BO,
     "would rise from £100 to £150 from 1 January 2024"),
    ("How much is Bolsover contributing to the footpath to Creswell Crags?", BO,
     "The Executive agreed to contribute £75,000 towards a new footpath and crossing on the B6042 Crags Road"),
    ("Which firm replaces kitchens and bathrooms in Bolsover's council houses?", BO,
     "extend the kitchen and bathroom replacement contract with Ashgate Building Services Ltd for a further two years"),
]

ACROSS = [
    ("What are Milton Keynes and Wokingham each doing about public charging for electric cars?", [
        (MK, "The preferred bidder was Voltaro Charging Ltd, which would install 240 charge points over three years at its own cost"),
        (WO, "eight rapid chargers at the Carnival Hub car park in Wokingham town centre and four at Dinton Pastures Country Park")]),
    ("How big are the dog mess fines in Hart, Blaby and Bolsover?", [
        (HT, "fixed penalty for failing to pick up after a dog had been raised to £100"),
        (BL, "the fixed penalty for dog fouling in Blaby district would rise from £80 to £100 from 1 April"),
        (BO, "the fixed penalty for failing to clear up after a dog in Bolsover District would rise from £100 to £150")]),
    ("Compare what the Isle of Wight and Eastleigh are doing to hold back the sea.", [
        (IW, "rebuild 90 metres of sea wall and to reset the rock revetment at Monks Bay"),
        (EA, "The Committee agreed a scheme to place 1,200 tonnes of rock armour along the most exposed 150 metres")]),
    ("What are Epsom and Waverley doing to their car parking charges this April?", [
        (EE, "the charge for up to two hours at the Ashley Centre car park rise from £3.20 to £3.50"),
        (WA, "From 1 April 2024 the hourly charge in all short stay car parks would rise by 10p")]),
    ("Which councils are planting trees this winter, and how many?", [
        (HA, "Halton Borough Council would plant 1,150 trees this season"),
        (SD, "South Derbyshire District Council would plant 6,000 trees over three planting seasons"),
        (EA, "plant 400 native trees, mostly oak, field maple and hazel")]),
    ("Which councils have been deciding what to do about their public toilets?", [
        (KI, "Members agreed to spend £185,000 refurbishing the Canbury Gardens block"),
        (BX, "capital spending of £240,000 on the refurbishment of the toilet blocks in Cedars Park and Grundy Park"),
        (EC, "a charge of 30p be introduced at the Ship Lane toilets in Ely from 1 April 2024")]),
    ("Which councils are using cameras or fines to catch fly-tippers?", [
        (NB, "Eight mobile cameras were moved between known dumping sites"),
        (NW, "The council had bought four covert cameras and two automatic number plate recognition cameras"),
        (OW, "the fixed penalty for small scale fly tipping in Oadby and Wigston has been £500")]),
    ("Which councils are handing out grants to village halls?", [
        (BG, "grants totalling £212,400 be awarded to the eleven community buildings"),
        (MV, "gives village and community halls in Mole Valley up to £15,000 for improvements"),
        (NK, "The Board agreed grants of £20,000 to Navenby Village Hall towards a new roof")]),
]

NEAR_MISSES = [
    "When will the first of the new car chargers in Milton Keynes be switched on?",
    "How many councillors voted for and against the 36 affordable homes at Station Road in Wallsend?",
    "How much will a Saturday pitch in Kingston Market Place cost from April?",
    "How many chargers are there at the Crockhamwell Road car park in Woodley?",
    "How many trees are being planted at Royal Victoria Country Park this winter?",
    "What did the independent review recommend for Cranleigh Leisure Centre?",
    "How many ash trees will Halton have to fell because of ash dieback?",
    "What did Darlington's town centre footfall survey find on Skinnergate?",
    "What did the ground investigation of the cliff behind Monks Bay show?",
    "Which contractor will rebuild the river wall in Keynsham Memorial Park?",
    "How many councillors voted for the care home at The Cedars in Bagshot?",
    "Is Hart going to renew its environmental enforcement contract when it runs out in July?",
    "Which company supplied Nuneaton and Bedworth's mobile fly-tipping cameras?",
    "How many vans without a waste carrier's licence were caught in the police checks on the A446?",
    "How many of the trees planted at Rosliston Forestry Centre last winter died in the drought?",
    "How many dog fouling fines did Blaby hand out last year?",
    "What will two hours at the Hook Road car park in Epsom cost from April?",
    "How much is Babergh giving Hadleigh Old Town Hall for its windows?",
    "What did Oadby and Wigston residents say in the survey about getting rid of bulky items?",
    "Which builder will refurbish the toilets in Cedars Park?",
    "What did the condition survey of the Fountain Lane toilets in Soham find?",
    "How much is Charlwood Village Hall getting for its solar panels?",
    "How much is North Kesteven giving to Heckington village hall?",
    "What is the total cost of the new footpath and crossing to Creswell Crags?",
]

ORDINARY = [
    "What has Stockport Council decided about fortnightly bin collections?",
    "Is Swansea closing any of its libraries?",
    "What did Exeter's planning committee decide about the student flats on Sidwell Street?",
    "How much does a stall at Perth's farmers' market cost?",
    "Has any council banned feeding the pigeons in its town centre?",
    "What are councils charging for beach huts this summer?",
    "Is any council building a new skate park?",
    "How quickly do councils remove graffiti from private walls?",
]


def questions() -> list[dict]:
    out = []
    for n, (q, d, quote) in enumerate(ANSWERABLE, 1):
        out.append({"id": f"r{n:02d}", "question": q, "gold": [{"doc": d, "quote": quote}]})
    for n, (q, golds) in enumerate(ACROSS, 1):
        out.append({"id": f"x{n:02d}", "question": q, "gold": [{"doc": d, "quote": s} for d, s in golds]})
    for n, q in enumerate(NEAR_MISSES, 1):
        out.append({"id": f"u{n:02d}", "question": q, "gold": []})
    for n, q in enumerate(ORDINARY, 1):
        out.append({"id": f"n{n:02d}", "question": q, "gold": []})
    return out


def main() -> int:
    qs = questions()
    assert len(ANSWERABLE) == 72 and len(ACROSS) == 8 and len(NEAR_MISSES) == 24 and len(ORDINARY) == 8
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for q in qs:
            handle.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"wrote {len(qs)} questions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
