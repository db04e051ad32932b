"""Write bench/heldout33/questions.jsonl: 112 questions on the documents of content.py.

    python bench/heldout33/write_questions.py

r01-r72 answerable (three per document, in content.py's order), x01-x08 across councils (one gold
quote per relevant document), u01-u24 near misses (one per document; kinds in README.md), n01-n08
ordinary unanswerable. Unanswerable questions have "gold": []. check_gold.py checks every quote.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

WF = "ieListDocuments_CId251_MId6618_WalthamForest_Cabinet"
RDG = "ieListDocuments_CId142_MId3907_Reading_Planning"
BRENT = "ieListDocuments_CId709_MId4460_Brent_Scrutiny"
HARROW = "ieListDocuments_CId249_MId7731_Harrow_Cabinet"
RBWM = "ieListDocuments_CId133_MId9255_RBWM_Cabinet"
WARW = "ieListDocuments_CId147_MId2818_Warwick_Executive"
STA = "mgAi_ID51203_StAlbans_CELE"
BDBC = "mgAi_ID28744_Basingstoke_CEP"
KENT = "ieDecisionDetails_ID8817_Kent_Potholes"
WILTS = "ieDecisionDetails_ID4410_Wiltshire_Buses"
WDC = "WDC_Planning_Committee_Minutes_2023-08-23"
WINCH = "WCC_Cabinet_Minutes_2023-12-13"
SLOUGH = "SBC_Cabinet_Minutes_18-09-2023"
GLOS = "GCC_Cabinet_Minutes_10January2024"
BED = "BBC_Executive_Minutes_2023-11-01"
HAST = "HBC_Cabinet_Minutes_04032024"
DEVON = "Devon_Cabinet_Pack_2024-02-14"
SHROP = "Shropshire_Cabinet_Pack_2023-10-18"
CHARN = "Charnwood_Cabinet_Pack_2023-12-07"
MON = "MCC_Cabinet_Report_Grassroutes_Buses"
BCP = "BCP_Cabinet_Report_Urban_Forest"
CLACKS = "Clacks_Place_Committee_Minutes_2023-11-02"
STIR = "Stirling_Community_Wellbeing_Minutes_2024-01-25"
HPOOL = "Hartlepool_Neighbourhood_Services_Minutes_2023-06-26"

R = [
    (WF, "Which company is going to put in Waltham Forest's next lot of street chargers?",
     "delivered by Voltbridge Street Charging Ltd under a concession"),
    (WF, "Why are the chargers on Kings Road in Chingford still not there?",
     "the supplier had been held up by UK Power Networks, which had to upgrade the feeder cable under Kings Road first"),
    (WF, "If I charge my car from a lamp post in Waltham Forest, do I pay more than at a rapid hub?",
     "the tariff on lamp column chargers was the same as on the rapid hubs, 49p per kilowatt hour"),
    (RDG, "What was the vote on the shared house at 211 Caversham Road in Reading?",
     "8 members voted in favour and 3 against"),
    (RDG, "Why did Reading's planners turn down the flats on the old garage site on Oxford Road?",
     "on the overbearing effect on Wilson Road"),
    (RDG, "Who wanted the Kenavon Drive housing decision put off, and what for?",
     "Councillor Moreau moved deferral so that the flood risk assessment could be checked by the Environment Agency"),
    (BRENT, "How many of Brent's school streets are policed by cameras?",
     "19 of the 31 were enforced by cameras"),
    (BRENT, "Has the school street at Byron Court Primary made the air any cleaner?",
     "nitrogen dioxide falling by 18 per cent"),
    (BRENT, "Why does Harlesden get more dumped rubbish reports than anywhere else in Brent?",
     "the number of flats above shops without their own bin storage was the main reason"),
    (HARROW, "Who is doing the building work on the Harrow Leisure Centre sports hall?",
     "The contract was awarded to Pellingham Construction"),
    (HARROW, "For how long is the road shut at a Harrow school street each morning and afternoon?",
     "each closed for 45 minutes at the start and end of the day"),
    (HARROW, "Will museum visitors have to pay from the moment they park at Headstone Manor?",
     "The first hour would stay free for visitors to the museum"),
    (RBWM, "What will it cost me to park for an hour or two at the new Vicus Way car park in Maidenhead?",
     "the charge would be £1.50 for up to two hours"),
    (RBWM, "Where is the money for the solar canopy at Braywick coming from?",
     "The £840,000 cost will be met from the Public Sector Decarbonisation Scheme grant"),
    (RBWM, "When is Peascod Street in Windsor being dug up for new paving, and why then?",
     "repave Peascod Street in granite setts over eleven weeks from January 2025, avoiding the summer tourist season"),
    (WARW, "How much income is Warwick losing while the learner pool at Newbold Comyn is shut?",
     "lost swimming lesson income was about £6,000 a month"),
    (WARW, "When should the small pool at Newbold Comyn be back in use?",
     "with reopening planned for February 2024"),
    (WARW, "Who proposed freezing the parking charges at Abbey Fields in Kenilworth, and how did the vote go?",
     "Councillor Rupert Hale moved that charges at Abbey Fields car park be held at 2023 rates; Councillor Meera Shah seconded. The motion was carried by 6 votes to 2."),
    (STA, "How many of the trees St Albans planted last season made it through the dry summer?",
     "of which 86 per cent had survived the dry summer"),
    (STA, "Who will water the young trees St Albans is planting, and how often?",
     "watering would be carried out by the grounds maintenance contractor, Greenward Landscapes, twice a week from May to September"),
    (STA, "Can residents in St Albans pay for a tree to be planted, and what would it cost?",
     "a sponsorship scheme at £150 per tree would open in the autumn"),
    (BDBC, "Why is Popley getting the first of Basingstoke's new trees?",
     "Popley had the lowest tree cover of any ward, at 7 per cent"),
    (BDBC, "Who pays for the first couple of years of Basingstoke's tree canopy plan?",
     "will be paid from developer contributions collected under section 106 agreements"),
    (BDBC, "How much tree cover does Basingstoke want to reach, and by when?",
     "from 14 per cent to 18 per cent by 2035"),
    (KENT, "Which contractor repairs Kent's roads?",
     "To extend the contract with Amey for highway repairs until March 2026"),
    (KENT, "How many potholes were reported to Kent County Council in 2023?",
     "41,800 pothole reports in 2023"),
    (KENT, "Why is Kent spending on larger permanent patches rather than filling individual holes?",
     "Permanent patching of larger areas lasts longer than repeated small repairs and costs less over five years"),
    (WILTS, "Who will run the minibus that replaces the Marlborough to Devizes bus?",
     "run by Kennet Link Travel"),
    (WILTS, "What does Wiltshire pay each year to keep its subsidised buses on the road?",
     "at a cost of £4.6 million a year"),
    (WILTS, "Why didn't Wiltshire just scrap its quietest bus routes?",
     "many passengers on rural routes had no other way of reaching hospital appointments in Salisbury and Swindon"),
    (WDC, "How many of the new flats on the old Playdrome site in Clydebank will be for social rent?",
     "12 of the 48 flats would be for social rent through Dunbritton Housing Association"),
    (WDC, "How did the planning committee split on the Playdrome flats?",
     "4 Members voted for the motion and 2 for the amendment"),
    (WDC, "Why was the decision on turning the Alexandria church hall into a gym put back?",
     "because members wished to see the parking arrangements on Main Street"),
    (WINCH, "How much is Winchester giving each hall that opens as a warm space?",
     "grants of £1,200 each to eleven community halls"),
    (WINCH, "Can I use a Winchester warm space on a Sunday?",
     "only the Stanmore and Winnall warm spaces would open on Sundays, because volunteers were not available at the other halls"),
    (WINCH, "Which firm is drawing up the designs for Station Approach in Winchester?",
     "appointed Harcourt Greave Architects"),
    (SLOUGH, "When will households in Langley start having their food waste collected?",
     "Weekly food waste collections would start in Langley, Cippenham and Britwell in April 2024"),
    (SLOUGH, "What happens to Slough's food waste once it has been collected?",
     "processed at an anaerobic digestion plant run by Thamesmead Organics near Reading"),
    (SLOUGH, "I live in a block of flats with shared bins in Slough. Will I get a food waste collection?",
     "flats with communal bins would be included in a second phase from 2025"),
    (GLOS, "Which company got the job of putting more chargers in Gloucester's car parks?",
     "by Severnside Charge Solutions, which had won the tender"),
    (GLOS, "Is the city council paying to install the new car park chargers in Gloucester?",
     "the installation cost would be covered by the Local Electric Vehicle Infrastructure fund"),
    (GLOS, "Why is Gloucester putting new lights along the Docks?",
     "after reports from residents of people feeling unsafe walking there at night"),
    (BED, "How is Bedford paying for the lorries for its food waste collections?",
     "to be funded by borrowing and repaid from savings in disposal costs"),
    (BED, "How many concerts were there on the Embankment bandstand in Bedford last summer?",
     "34 concerts between May and September 2023"),
    (BED, "Why is the Kempston Saturday market changing location?",
     "after traders asked for more space"),
    (HAST, "How much is Hastings spending on the Summerfields pool and where is the money from?",
     "£1.35 million for the works, to be met from the council's capital reserve"),
    (HAST, "Where will the Hastings Seagulls swim while Summerfields is shut?",
     "offered pool time at the Bexhill Leisure Pool"),
    (HAST, "What is the yearly rent for one of the new beach huts on Pelham Beach?",
     "at £1,100 a year each"),
    (DEVON, "What explanation did Devon give for the A377 at Copplestone being patched three times?",
     "the patches had been temporary repairs made in wet weather"),
    (DEVON, "According to Devon, what mainly causes its potholes?",
     "water under the road surface is the main cause of potholes in Devon"),
    (DEVON, "Which contractor fixes Devon's main roads?",
     "carried out by Milestone Infrastructure under the existing highways contract"),
    (SHROP, "How quickly has Shropshire been mending potholes on its A and B roads?",
     "82 per cent were repaired within the target time of 28 days"),
    (SHROP, "What did Shropshire's spring survey of road condition show for B roads?",
     "9 per cent of B roads in Shropshire should be considered for maintenance"),
    (SHROP, "Why did the café at the Ludlow Assembly Rooms close?",
     "the café had closed because the operator's lease had ended"),
    (CHARN, "Who is going to install and run the new charge points in Loughborough's car parks?",
     "Midshires Power Networks would install and run the charge points for fifteen years"),
    (CHARN, "Will Charnwood have to pay to put in the car park charge points?",
     "would cost the council nothing to install"),
    (CHARN, "How much can a Shepshed shop owner get towards a new shopfront?",
     "with up to £5,000 available for each shop"),
    (MON, "Which bus company is dropping the Sunday 83 service in Monmouthshire?",
     "Wyedean Coaches has given notice that it will stop running the 83 on Sundays from May"),
    (MON, "How many trips did people make on Grassroutes in 2022/23?",
     "21,600 passenger journeys in 2022/23"),
    (MON, "What will the Saturday Grassroutes minibuses cost, and which budget pays?",
     "£58,000 a year, will be met from the Passenger Transport budget"),
    (BCP, "Who is funding BCP's urban forest plan?",
     "half coming from the Forestry Commission's Local Authority Treescapes Fund and half from the council's capital programme"),
    (BCP, "Why doesn't BCP just plant the new trees in its parks?",
     "would not bring shade to the streets where residents feel the summer heat most"),
    (BCP, "What sort of trees will BCP plant near the coast?",
     "such as holm oak and Turkish hazel"),
    (CLACKS, "How late will Alloa library stay open this winter?",
     "would open until 7 pm on Mondays and Thursdays from November to March"),
    (CLACKS, "How much use did the Alloa library warm space get last winter?",
     "Alloa Library had recorded 3,100 visits to its warm space"),
    (CLACKS, "Who will design the new path between Menstrie and Tullibody, and who pays to build it?",
     "be designed by Ochil Path Engineers, with construction funded by Sustrans"),
    (STIR, "Why has the pool at The Peak in Stirling been shut?",
     "because of a leak in the pool tank"),
    (STIR, "Where have children's swimming lessons gone while The Peak pool is closed?",
     "lessons for around 900 children had moved to the Dunblane Centre and Bannockburn High School pool"),
    (STIR, "How long is the lease on the Callander community hub, and who gets it?",
     "to the McLaren Community Trust for 25 years at a peppercorn rent"),
    (HPOOL, "Will Hartlepool residents be made to use a food waste caddy?",
     "taking part would be voluntary"),
    (HPOOL, "Why are the shelters on Seaton Carew promenade being repaired?",
     "because storm damage had left two of them unsafe"),
    (HPOOL, "Where will Hartlepool's food waste go?",
     "new anaerobic digestion plant at Haverton Hill"),
]

X = [
    ("How many new public charge points are Waltham Forest, Gloucester and Charnwood each adding?",
     [(WF, "The next phase would add 380 lamp column chargers across Leyton, Leytonstone and Walthamstow and two rapid hubs"),
      (GLOS, "Forty more charge points would be installed at Westgate, Great Western Road and Eastgate car parks"),
      (CHARN, "It is proposed to install 34 charge points at Browns Lane, Beehive Lane and Southfield Road car parks")]),
    ("What are Harrow and Brent each doing about school streets?",
     [(HARROW, "Harrow already ran school streets at nine schools"),
      (BRENT, "There were now 31 school streets in Brent")]),
    ("Compare Wiltshire and Monmouthshire on keeping their country bus services going.",
     [(WILTS, "Cabinet resolved to keep all 37 supported bus routes running until March 2025"),
      (MON, "That Cabinet continues to fund the 65 bus between Monmouth and Chepstow and the 83 between Abergavenny and Monmouth")]),
    ("What are Winchester and Clackmannanshire doing to give people somewhere warm to go this winter?",
     [(WINCH, "Cabinet agreed grants of £1,200 each to eleven community halls to act as warm spaces from December to March"),
      (CLACKS, "Alloa, Tillicoultry and Alva libraries would open until 7 pm on Mondays and Thursdays from November to March")]),
    ("Which councils are bringing in weekly food waste collections, and from when?",
     [(SLOUGH, "Weekly food waste collections would start in Langley, Cippenham and Britwell in April 2024"),
      (BED, "introducing a separate weekly food waste collection across the Borough from June 2025"),
      (HPOOL, "introduce a separate weekly food waste collection from April 2026")]),
    ("Which councils have had a swimming pool out of action, and why?",
     [(WARW, "closed since April after tiles came away from the pool floor"),
      (STIR, "had been closed since November because of a leak in the pool tank"),
      (HAST, "needed a new pool hall ventilation system and a new boiler")]),
    ("Which councils are putting more money into pothole repairs?",
     [(KENT, "To allocate £11.4 million to pothole repair in 2024/25"),
      (DEVON, "This report sets out how £72 million of highway maintenance funding will be spent in 2024/25"),
      (SHROP, "That Cabinet approves an additional £4 million for pothole repairs, funded from the Highways Reserve")]),
    ("Which councils plan to plant more trees, and how many?",
     [(STA, "the Council intends to plant 1,400 trees"),
      (BDBC, "The strategy proposes planting 5,000 trees over ten years"),
      (BCP, "The plan aims to plant 10,000 trees by 2028")]),
]

U = [
    "When is the rapid charging hub at Highams Park station going to open?",
    "How did councillors vote on the flats at the old garage on Oxford Road in Reading?",
    "How much are the enforcement cameras for school streets costing Brent?",
    "What are the parking charges at the Harrow Recreation Ground car park?",
    "When will the footpath across Cookham Moor be open again?",
    "What did the survey of the main pool hall roof at Newbold Comyn turn up?",
    "What is the budget for this season's tree planting in St Albans?",
    "What did people say in the consultation on Basingstoke's tree canopy strategy?",
    "How much is Kent giving to mend the C roads in the Weald?",
    "What did the review of passenger numbers at Salisbury's park and ride sites show?",
    "How did councillors vote on the drive through coffee shop at Glencairn Retail Park?",
    "What did Winchester's survey of people using its warm spaces find?",
    "How many households in Slough will get the new food waste caddies?",
    "When will the chargers in the Kings Walk car park in Gloucester be working again?",
    "How many concerts were held at the Bedford Park bandstand last summer?",
    "What did the condition survey of the Summerfields Leisure Centre building conclude?",
    "Which company is Devon hiring the Roadmender pothole machine from?",
    "What share of Shropshire's A roads need maintenance, according to the road survey?",
    "When will the charge points at Hall Croft car park in Shepshed be installed?",
    "How much does Monmouthshire pay to keep the 65 and 83 buses running?",
    "What did BCP's aerial survey of tree cover find?",
    "How many people used the warm space at Tillicoultry library last winter?",
    "When will the 25 metre pool at The Peak in Stirling reopen?",
    "How much will Hartlepool's weekly food waste collections cost to run?",
]

N = [
    "What is Sunderland doing about the seafront lighting at Roker?",
    "How much is Bristol City Council spending on repairing its harbour walls?",
    "What are Aberdeen's plans for a tram line?",
    "How big is the fine for not picking up after your dog?",
    "When are the Christmas lights being switched on this year?",
    "Is any council selling off one of its public golf courses?",
    "How quickly does the council remove graffiti once it is reported?",
    "What do the council's rules say about houseboat moorings on the river?",
]


def questions() -> list[dict]:
    out = [{"id": f"r{i:02d}", "question": q, "gold": [{"doc": d, "quote": quote}]}
           for i, (d, q, quote) in enumerate(R, 1)]
    out += [{"id": f"x{i:02d}", "question": q, "gold": [{"doc": d, "quote": quote} for d, quote in golds]}
            for i, (q, golds) in enumerate(X, 1)]
    out += [{"id": f"u{i:02d}", "question": q, "gold": []} for i, q in enumerate(U, 1)]
    out += [{"id": f"n{i:02d}", "question": q, "gold": []} for i, q in enumerate(N, 1)]
    return out


def main() -> int:
    qs = questions()
    assert len(R) == 72 and len(X) == 8 and len(U) == 24 and len(N) == 8
    (HERE / "questions.jsonl").write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in qs),
                                          encoding="utf-8")
    print(f"wrote {len(qs)} questions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
