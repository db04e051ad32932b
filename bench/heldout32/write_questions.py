"""Write bench/heldout32/questions.jsonl: the questions of the thirty-second held-out set.

    python bench/heldout32/write_questions.py

112 questions in heldout24's format (`{"id", "question", "gold": [{"doc", "quote"}]}`; unanswerable
ones have `"gold": []`): r01-r72 answerable, three per document in content.py's order; x01-x08 across
councils, one gold quote per relevant document; u01-u24 near misses, one per document; n01-n08
ordinary unanswerable questions. Every gold quote is checked by check_gold.py.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

MAN = "ieListDocuments_CId147_MId5120_Manchester_Executive"
NCL = "ieListDocuments_CId358_MId6633_Newcastle_Planning"
BRO = "ieListDocuments_CId559_MId7204_Bromley_ECS_PDS"
RED = "ieListDocuments_CId134_MId9902_Redbridge_Cabinet"
TH = "ieListDocuments_CId331_MId14871_TowerHamlets_OSC"
SOS = "ieListDocuments_CId120_MId4455_Southend_Cabinet"
TAM = "mgAi_ID31220_Tameside_ExecutiveCabinet"
STK = "mgAi_ID8874_Stockton_Cabinet"
ROC = "ieDecisionDetails_ID5561_Rochdale_FlyTippingCameras"
PBO = "ieDecisionDetails_ID3920_Peterborough_TreePlanting"
SWA = "Swansea_Cabinet_Minutes_16112023"
STR = "Stroud_Environment_Committee_29June2023"
CAR = "Carmarthenshire_Planning_Committee_Minutes_21092023"
MER = "MerthyrTydfil_RPP_Scrutiny_07Feb2024"
CHE = "Chelmsford_Policy_Board_12October2023"
NF = "NewForest_Cabinet_06122023_Minutes"
SEV = "Sevenoaks_CleanerGreener_AC_Pack_05032024"
TEW = "Tewkesbury_Executive_Committee_Pack_26072023"
WEA = "Wealden_Cabinet_Agenda_Pack_13Sep2023"
NEW = "Newport_Cabinet_Report_FlyTipping_Dec2023"
ED = "EastDevon_Cabinet_Report_FoodWasteRounds_Jan2024"
WL = "WestLancashire_Cabinet_Minutes_14Nov2023"
TAN = "Tandridge_Strategy_Resources_Minutes_25Jan2024"
SM = "StaffsMoorlands_Community_OSP_04Oct2023"

# (question, doc, quote), three per document in content.py's order
ANSWERABLE = [
    ("Which firm will be putting in Manchester's next batch of on-street charging posts?", MAN,
     "the installation and ten years of maintenance would be carried out by Halvorsen Grid Services Ltd"),
    ("Will Manchester have to spend any of its own capital money on the new charging posts?", MAN,
     "the whole cost of the phase would be met by the Local Electric Vehicle Infrastructure grant from the "
     "Department for Transport"),
    ("What's happening with the cafe in Alexandra Park that has been shut since the autumn?", MAN,
     "the tenant had handed back the lease early and the Council would advertise the cafe to new operators in March"),
    ("Who proposed approving the Jesmond Road student block in Newcastle, and what was the vote?", NCL,
     "Councillor Hartley moved approval as recommended, seconded by Councillor Mensah. On being put to the vote, "
     "there were 9 votes for and 3 against"),
    ("Why was the takeaway on Shields Road in Byker turned down?", NCL,
     "because it would leave fewer than half the units in the parade in shop use"),
    ("Why did Newcastle's planning committee put off deciding the Gosforth depot housing scheme?", NCL,
     "so that members could visit the site and see the access from Station Road for themselves"),
    ("How many potholes did Bromley fix over the spring and summer of 2023?", BRO,
     "the reactive repair service had fixed 3,412 potholes between April and August"),
    ("Which contractor fills potholes for Bromley now?", BRO,
     "the repairs had been done by Ridgeway Highways Ltd under the new term contract"),
    ("Is the pavement on Croydon Road by Beckenham Place Park going to be resurfaced?", BRO,
     "a full resurfacing was listed for the 2024/25 programme"),
    ("How many homes in Redbridge have been sitting empty for over two years?", RED,
     "612 homes in the borough that had stood empty for more than two years"),
    ("How much can a landlord get from Redbridge to do up an empty property?", RED,
     "grants of up to £15,000 for owners who repair an empty home"),
    ("What will Redbridge do about owners of empty homes who won't respond to the council?", RED,
     "the Council would use empty dwelling management orders where an owner ignored three letters"),
    ("How many fines for dumping rubbish did Tower Hamlets give out in the six months up to September?", TH,
     "Enforcement officers had issued 1,870 fixed penalty notices for fly-tipping"),
    ("How does Tower Hamlets decide where its enforcement officers go on patrol?", TH,
     "patrols followed the hotspot map, which was updated every week from residents' reports"),
    ("What time do concerts in Victoria Park have to stop?", TH,
     "the licence required music to end at 10.30pm"),
    ("Who is doing the new decking on Southend Pier?", SOS,
     "The work would be carried out by Thamesbank Marine Engineering Ltd"),
    ("Will the pier train still run while the decking is being replaced?", SOS,
     "The pier train would keep running throughout"),
    ("When are the toilets at Shoebury Common going to be open again?", SOS,
     "the toilets would reopen by the August bank holiday once new fittings arrived"),
    ("How many homes in Tameside have stood empty for more than six months?", TAM,
     "1,140 homes in Tameside had been empty for more than six months"),
    ("Where is the money for Tameside's empty homes loans coming from?", TAM,
     "The fund of £500,000 would come from the Greater Manchester Combined Authority's housing investment fund"),
    ("What happens if an owner sells the house before an empty homes loan from Tameside is paid off?", TAM,
     "the balance would be recovered from the sale"),
    ("How much is Stockton spending on road resurfacing in 2024/25, and on how many roads?", STK,
     "worth £3.6m and covering 47 roads"),
    ("Why were Thornaby Road, Durham Road and Yarm Road picked for resurfacing?", STK,
     "because their condition scores were the worst in the borough"),
    ("Who fills the potholes in Stockton in between resurfacing schemes?", STK,
     "pothole repairs would continue to be done by the Council's own highways team from the Cowpen Lane depot"),
    ("Which company is Rochdale buying its fly-tipping cameras from?", ROC,
     "25 deployable CCTV cameras from Vantor Surveillance Ltd"),
    ("Why did Rochdale go for cameras that can be moved around rather than fixed ones?", ROC,
     "Fixed cameras had failed because offenders learned where they were"),
    ("Why didn't Rochdale just hire the cameras instead of buying them?", ROC,
     "the hire charge over three years would be greater than the purchase price"),
    ("How many trees is Peterborough putting in this winter?", PBO,
     "approved the planting of 4,800 trees this winter"),
    ("Who is paying for Peterborough's winter tree planting?", PBO,
     "The cost of £96,000 would be met by the Urban Tree Challenge Fund"),
    ("Why isn't Peterborough waiting until the spring to plant the trees?", PBO,
     "bare root trees take best when planted in winter"),
    ("When will the learner pool at Penlan Leisure Centre open again?", SWA,
     "the learner pool would reopen on 8 January"),
    ("Why is Penlan the first of Swansea's leisure centres to be done up?", SWA,
     "a condition survey in the spring had found corroded steel in the pool hall roof"),
    ("What help with rent are traders in Swansea Market getting?", SWA,
     "stallholders at Swansea Market receive a 20 per cent rent reduction for the first three months of 2024"),
    ("How many trees did Stroud plant on its own land last season?", STR,
     "6,200 trees had been planted on council land in the last season"),
    ("What did the checks in May find about the young trees at Stratford Park?", STR,
     "about one in eight of the young trees planted at Stratford Park had died"),
    ("Who suggested getting volunteers to water Stroud's new trees over the summer?", STR,
     "Councillor Lomax proposed that watering by volunteers be organised for all new plantings during the summer"),
    ("What was the vote on the 24 houses off Heol Goffa in Llanelli?", CAR,
     "with 8 members in favour and 1 against, the application was approved"),
    ("Why was the side extension on Wind Street in Ammanford refused?", CAR,
     "it would cause an unacceptable loss of light to the house next door"),
    ("What did the bat survey at the Lammas Street chapel in Carmarthen turn up?", CAR,
     "the bat survey had found a roost in the roof space"),
    ("How many potholes did the January storms cause in Merthyr?", MER,
     "the storms in January had opened up 780 potholes in three weeks"),
    ("What has Merthyr done to get potholes fixed faster?", MER,
     "The Council had bought a second jet patching machine, so that two crews could work at the same time"),
    ("How long will the main pool at Merthyr Leisure Centre be closed?", MER,
     "the main pool at Merthyr Leisure Centre would close for eight weeks from 4 March"),
    ("How much food waste has Chelmsford collected since the service began?", CHE,
     "crews had collected 6,400 tonnes of food waste"),
    ("When will flats with communal bins in Chelmsford get a food waste collection?", CHE,
     "flats with shared bins would be added last, from spring 2024"),
    ("Will parking at Hylands Park still be free for the first hour?", CHE,
     "the first hour should remain free"),
    ("Which company will run the new charging bays in New Forest council car parks?", NF,
     "The bays would be built and run by Solent Volt Charging Ltd under a concession"),
    ("How many charging bays are going into the Bath Road car park in Lymington?", NF,
     "12 of them at the Bath Road car park in Lymington"),
    ("How much more will beach hut owners at Barton on Sea pay from April 2024?", NF,
     "Licence fees for existing huts at Barton on Sea would rise by 6 per cent"),
    ("Who will supply and run the extra charging points in Sevenoaks car parks?", SEV,
     "The points would be supplied and operated by Weald Charge Networks Ltd"),
    ("What will Sevenoaks council itself have to pay for under the car park charging plan?", SEV,
     "the Council would pay only for upgrading the electricity supply at Buckhurst Lane"),
    ("What was said about litter bins overflowing on Sevenoaks High Street at weekends?", SEV,
     "a Sunday emptying round would be added from January"),
    ("What did the play safety inspection in March find about Tewkesbury's play areas?", TEW,
     "rated nine of them as in poor condition"),
    ("How is Tewkesbury paying for its play area improvements?", TEW,
     "funded from developer contributions collected under section 106 agreements"),
    ("What equipment did the schoolchildren in Tewkesbury most want?", TEW,
     "a zip wire came top at both Tewkesbury schools"),
    ("When will weekly food waste collections start in Hailsham?", WEA,
     "Weekly food waste collections would start in Hailsham, Polegate and Uckfield in October 2024"),
    ("Who pays for Wealden's new food waste lorries and caddies?", WEA,
     "paid for from the capital grant the Government has given to councils for food waste"),
    ("Who proposed freezing the charges at Luxford Field car park in Uckfield?", WEA,
     "Councillor Pemberton moved, and Councillor Ashdown seconded, that the Luxford Field car park charges be "
     "frozen for a year"),
    ("How many fly-tipping incidents did Newport have in 2022/23?", NEW,
     "There were 4,950 fly-tipping incidents in Newport in 2022/23"),
    ("Who is funding Newport's extra enforcement officers?", NEW,
     "paid for by a grant from the Welsh Government's Fly-tipping Action Wales programme"),
    ("What is Newport doing about the back lanes in Maindee?", NEW,
     "alley gates will be fitted to 12 back lanes"),
    ("Which company collects the bins for East Devon?", ED,
     "The service is run for the Council by Coastline Recycling Services Ltd"),
    ("Why is East Devon changing its collection rounds?", ED,
     "the crews serving Cranbrook now finish after 6pm on most days"),
    ("How will people in East Devon find out about their new collection day?", ED,
     "They will be sent a letter and a calendar in March"),
    ("Which parks in West Lancashire are first in line for new play equipment?", WL,
     "The first sites would be Tawd Valley Park in Skelmersdale and Coronation Park in Ormskirk"),
    ("Who is paying for the play area renewal in West Lancashire?", WL,
     "The £410,000 cost would be met from the UK Shared Prosperity Fund allocation"),
    ("Why were three of West Lancashire's play areas closed?", WL,
     "three had been closed after safety inspections"),
    ("How many trees are going on the green at Smallfield, and what sort?", TAN,
     "120 trees would be planted there in February by the Council's grounds team, with oak and field maple "
     "chosen to suit the clay soil"),
    ("Who is supplying the new play equipment at Master Park in Oxted?", TAN,
     "The play equipment at Master Park would be supplied by Greensand Play Ltd"),
    ("How did Tandridge councillors vote on doing Master Park first?", TAN,
     "The motion was carried, with 8 votes in favour and 1 abstention"),
    ("How many visits did Brough Park Leisure Centre in Leek get in the year?", SM,
     "Visits to Brough Park Leisure Centre in Leek had reached 412,000 in the year"),
    ("Why was the pool at Biddulph Valley Leisure Centre shut over the summer?", SM,
     "had been closed for five weeks in the summer to repair the pool tank"),
    ("Will the leisure centre in Cheadle open earlier on Sundays?", SM,
     "the operator would open at 8am on Sundays from January if the trial in Leek showed enough demand"),
]

# (question, [(doc, quote), ...]); x01-x04 name the councils, x05-x08 ask "which councils"
ACROSS = [
    ("What are Manchester, Sevenoaks and the New Forest each doing about charging points for electric cars?",
     [(MAN, "The report proposed 140 further charging posts"),
      (SEV, "It is proposed to add 24 charging points in 2024/25"),
      (NF, "36 fast charging bays would be installed in council car parks")]),
    ("How are Rochdale, Newport and Tower Hamlets tackling fly-tipping?",
     [(ROC, "Cabinet approved the purchase of 25 deployable CCTV cameras"),
      (NEW, "The Council will employ four additional enforcement officers"),
      (TH, "Enforcement officers had issued 1,870 fixed penalty notices for fly-tipping")]),
    ("Compare Swansea and Merthyr on the work being done to their leisure centre pools.",
     [(SWA, "At Penlan Leisure Centre the pool hall roof would be replaced"),
      (MER, "the main pool at Merthyr Leisure Centre would close for eight weeks from 4 March so that the "
            "filtration plant could be replaced")]),
    ("What are Redbridge and Southend each doing with empty homes?",
     [(RED, "grants of up to £15,000 for owners who repair an empty home"),
      (SOS, "a scheme to lease 30 empty privately owned homes for five years")]),
    ("Which councils are bringing in or changing food waste collections?",
     [(CHE, "The Board received a report on the weekly food waste service"),
      (WEA, "Weekly food waste collections would start in Hailsham, Polegate and Uckfield in October 2024"),
      (ED, "Redrawing the rounds means one extra food waste vehicle")]),
    ("Which councils are spending money on children's play areas?",
     [(TEW, "It is proposed to refurbish six play areas over two years"),
      (WL, "The £410,000 cost would be met from the UK Shared Prosperity Fund allocation"),
      (TAN, "that the play areas capital programme of £275,000 be approved")]),
    ("Which councils have been planting trees, and how many?",
     [(STR, "6,200 trees had been planted on council land in the last season"),
      (PBO, "approved the planting of 4,800 trees this winter"),
      (TAN, "120 trees would be planted there in February")]),
    ("Which councils have reported on fixing potholes?",
     [(BRO, "the reactive repair service had fixed 3,412 potholes between April and August"),
      (MER, "the storms in January had opened up 780 potholes in three weeks"),
      (STK, "pothole repairs would continue to be done by the Council's own highways team")]),
]

# (question, doc, kind), one per document in content.py's order (kinds: README.md)
NEAR_MISSES = [
    ("Which Manchester streets are getting the first 40 posts in the new charging phase?", MAN, "a"),
    ("How many councillors voted against the Shields Road takeaway in Byker?", NCL, "c"),
    ("What does it cost Bromley on average to repair a pothole?", BRO, "b"),
    ("What reasons did owners give in Redbridge's door-to-door survey of empty homes in Ilford?", RED, "d"),
    ("How many of the fly-tipping fines issued by Tower Hamlets have actually been paid?", TH, "b"),
    ("On which days will Southend Pier be closed completely during the decking work?", SOS, "a"),
    ("How long had the empty house in Hyde been empty before it was lived in again?", TAM, "c"),
    ("What did the independent engineer's review of how Stockton ranks roads for resurfacing conclude?", STK, "d"),
    ("How many fly-tipping incidents were reported in Rochdale last year?", ROC, "b"),
    ("What kinds of trees are being planted on the verges in Orton?", PBO, "a"),
    ("What did the energy audit of Morriston Leisure Centre recommend?", SWA, "d"),
    ("How much did Stroud's tree planting cost last season?", STR, "b"),
    ("What was the vote on turning the Lammas Street chapel in Carmarthen into flats?", CAR, "c"),
    ("When is Pant Road in Merthyr going to be resurfaced?", MER, "a"),
    ("What did Chelmsford's doorstep campaign find out about why people in Springfield don't use their food "
     "waste bin?", CHE, "d"),
    ("What is the charging tariff per kilowatt hour at the new bays in Ringwood?", NF, "c"),
    ("How much will drivers pay to use the rapid chargers at Buckhurst Lane in Sevenoaks?", SEV, "b"),
    ("Which contractor will refurbish the Vineyards play area in Tewkesbury?", TEW, "a"),
    ("How much food waste did Wealden's trial in Heathfield collect?", WEA, "d"),
    ("Will bulky waste collections be free in Maindee during 2024?", NEW, "c"),
    ("How many extra collection staff will East Devon need for its new rounds?", ED, "b"),
    ("When will the play area at Beacon Country Park be renewed?", WL, "a"),
    ("What did the independent survey of Tandridge's play areas find?", TAN, "d"),
    ("How many visits did Biddulph Valley Leisure Centre get last year?", SM, "c"),
]

ORDINARY = [
    "What did Nottingham City Council decide about its bus station?",
    "Has Bristol agreed its new residents' parking zones?",
    "When does the ice rink open in Guildford this winter?",
    "What is Wolverhampton doing about fly-tipping?",
    "How much does a council charge for a street trading licence?",
    "Which council is paying for Christmas lights on its high street?",
    "Has any council banned sky lanterns on its land?",
    "What are the opening hours of the household waste recycling centre in Aberdeen?",
]


def questions() -> list[dict]:
    out = [{"id": f"r{i:02d}", "question": q, "gold": [{"doc": d, "quote": quote}]}
           for i, (q, d, quote) in enumerate(ANSWERABLE, 1)]
    out += [{"id": f"x{i:02d}", "question": q, "gold": [{"doc": d, "quote": quote} for d, quote in golds]}
            for i, (q, golds) in enumerate(ACROSS, 1)]
    out += [{"id": f"u{i:02d}", "question": q, "gold": []} for i, (q, _d, _k) in enumerate(NEAR_MISSES, 1)]
    out += [{"id": f"n{i:02d}", "question": q, "gold": []} for i, q in enumerate(ORDINARY, 1)]
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
