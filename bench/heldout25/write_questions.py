"""Write bench/heldout25/questions.jsonl: the questions on the twenty-fifth held-out corpus.

    python bench/heldout25/write_questions.py

Format as heldout24's: one JSON object a line, `{"id", "question", "gold": [{"doc", "quote"}]}`;
unanswerable questions have `"gold": []`. Every quote is verbatim in its document's visible text
(check with check_gold.py). r01-r72 answerable (three per document, in content.py's order), x01-x08
across councils, u01-u24 near misses (one per document), n01-n08 ordinary unanswerable.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

D = {
    "essex": "ieListDocuments_CId142_MId8830_Essex_Cabinet",
    "salford": "ieListDocuments_CId119_MId5527_Salford_PlanningPanel",
    "hackney": "ieListDocuments_CId117_MId6041_Hackney_Cabinet",
    "kirklees": "ieListDocuments_CId147_MId7218_Kirklees_Cabinet",
    "coventry": "ieListDocuments_CId162_MId4407_Coventry_ScrutinyCoordination",
    "rushmoor": "ieListDocuments_CId151_MId3319_Rushmoor_Cabinet",
    "leicester": "mgAi_ID9214_Leicester_EDTCEScrutiny",
    "ealing": "mgAi_ID5530_Ealing_OverviewScrutiny",
    "leics": "ieDecisionDetails_ID6702_Leicestershire_Cabinet",
    "woking": "ieDecisionDetails_ID1188_Woking_Executive",
    "durham": "Durham_AreaPlanningCentralEast_2023-10-10_minutes",
    "fylde": "Fylde_TourismLeisure_20230615",
    "midsussex": "MidSussex_ScrutinyCommunity_13Sep2023",
    "torfaen": "Torfaen_Council_30-01-2024_Minutes",
    "perth": "PerthKinross_EIED_2023-11-08",
    "hull": "Hull_NorthCarrAreaCommittee_19072023",
    "suffolk": "Suffolk_ScrutinyCommittee_18Jan2024_PublicPack",
    "brentwood": "Brentwood_EEHCommittee_28-11-2023_Pack",
    "harlow": "Harlow_Cabinet_21March2024_AgendaPack",
    "cambs": "Cambridgeshire_HighwaysTransport_05Dec2023_HighwayTrees",
    "wrexham": "Wrexham_ExecutiveBoard_13-02-2024_HighwayMaintenance",
    "broadland": "Broadland_OverviewScrutiny_24Oct2023_Minutes",
    "argyll": "ArgyllBute_OLIAreaCommittee_06122023",
    "westdevon": "WestDevon_HubCommittee_21Nov2023",
}

ANSWERABLE = [
    # Essex County Council, Cabinet
    ("Which firm is going to be emptying the road gullies in Essex?", "essex",
     "The recommended bidder, Kellridge Drainage Services Ltd, had scored highest on both quality and price"),
    ("Is the mobile library going to keep stopping at Silver End?", "essex",
     "the stop at Silver End would continue on alternate Thursdays"),
    ("Where is the money for the later library opening in Essex coming from?", "essex",
     "would be met from the Community Libraries reserve rather than from the revenue budget"),
    # Salford City Council, Planning and Transportation Regulatory Panel
    ("How did the Salford panel vote on the Trafford Road tower, and who proposed approving it?", "salford",
     "Councillor Bernadette Quayle moved that the application be approved in line with the officer recommendation; this was seconded by Councillor Tomasz Wrigley. On a recorded vote, 6 members voted in favour and 2 against"),
    ("Why was the extension at 31 Worsley Road turned down?", "salford",
     "the extension would be overbearing and would harm the outlook of the adjoining house at number 29"),
    ("What did the highways officer say about cars backing up onto the road from the Eccles car wash?", "salford",
     "the layout provided space for six vehicles to wait within the site and that he did not expect queuing onto the highway"),
    # London Borough of Hackney, Cabinet
    ("Who is putting in the new lifts on the Nightingale Estate?", "hackney",
     "Harrowgate Lift Engineering Ltd had been selected through a mini competition to design and install the new lifts"),
    ("How many street trees is Hackney putting in next season, and which areas come first?", "hackney",
     "The Council would plant 1,150 new street trees during the 2024/25 planting season, with priority given to Homerton and Hackney Wick wards"),
    ("Can I ask Hackney to plant a tree outside my house?", "hackney",
     "residents could request a street tree through the Council's website"),
    # Kirklees Council, Cabinet
    ("Why has the Dunford Road resurfacing in Holmfirth been put off again?", "kirklees",
     "because a gas main renewal by the utility company had to be finished first"),
    ("How much extra is Kirklees putting into fixing potholes?", "kirklees",
     "an additional £2.4 million to repair potholes on unclassified roads"),
    ("Which contractor is helping Kirklees with the bigger patching jobs?", "kirklees",
     "supported by Pennine Ridge Surfacing Ltd for larger patching work"),
    # Coventry City Council, Scrutiny Co-ordination Committee
    ("How many children went to Coventry's free holiday activity and meal sessions last summer?", "coventry",
     "8,420 children had attended at least one session during the summer 2023 holidays"),
    ("Why aren't more teenagers taking part in Coventry's holiday food programme?", "coventry",
     "older children were less willing to attend sessions branded as holiday clubs"),
    ("Are Coventry Market traders getting a discount on rent while the roof is repaired?", "coventry",
     "a 15 per cent reduction had been applied to the stalls nearest the works since September"),
    # Rushmoor Borough Council, Cabinet
    ("When will food waste start being collected in Farnborough and Aldershot?", "rushmoor",
     "weekly food waste collections would begin across Farnborough and Aldershot in October 2024"),
    ("Who is paying to set up Rushmoor's food waste service?", "rushmoor",
     "the start up costs of £1.38 million would be covered by new burdens funding from the Government"),
    ("What date does the lido in Aldershot open this year?", "rushmoor",
     "the Aldershot Lido would open for the summer season on 25 May 2024"),
    # Leicester City Council, EDTCE Scrutiny Commission
    ("Why are there so few places to charge an electric car in Belgrave?", "leicester",
     "many streets in Belgrave had narrow pavements where a charge point would leave less than the minimum width for wheelchairs and pushchairs"),
    ("What does it cost to charge my car from a lamp post in Leicester?", "leicester",
     "Drivers paid 45p per kWh at lamp column chargers"),
    ("Which company runs Leicester's street charging points?", "leicester",
     "the network was run by Voltmere Charging Ltd"),
    # London Borough of Ealing, Overview and Scrutiny Committee
    ("Will Southall library be open on a Sunday?", "ealing",
     "Southall and Acton libraries would open on Sundays from 11am to 4pm"),
    ("Will any staff be around in Northfields library in the evenings once it goes self service?", "ealing",
     "no staff would be present in the evenings but that CCTV would cover the whole floor"),
    ("How much money will Ealing save from changing its libraries?", "ealing",
     "the review was expected to save £310,000 a year, mainly by not filling vacant posts"),
    # Leicestershire County Council, Cabinet decision
    ("Which bus operator won the Hinckley to Market Bosworth contract?", "leics",
     "be awarded to Arden Vale Coaches Ltd for three years from 4 March 2024"),
    ("What's happening with the Coalville to Ashby bus after the tender?", "leics",
     "be retendered with a reduced Saturday timetable, as the single bid received was well above the budget available"),
    ("Why didn't the county just withdraw the 152 bus?", "leics",
     "it would leave people without a car unable to reach Hinckley for work, hospital appointments and college"),
    # Woking Borough Council, Executive decision
    ("How much will fixing the Woking Park paddling pool cost, and where is the money coming from?", "woking",
     "at a cost of up to £145,000, funded from the capital contingency"),
    ("When should the paddling pool in Woking Park be open again?", "woking",
     "the pool is expected to reopen by June 2024 if no further defects are found"),
    ("Did Woking look at putting in a splash pad instead of repairing the pool?", "woking",
     "replacing it with a splash pad was considered but would cost around £230,000"),
    # Durham County Council, Area Planning Committee (Central and East)
    ("How did the vote go on the Claypath house in multiple occupation, and who moved refusal?", "durham",
     "Councillor Ogilvie moved that the application be refused as recommended, seconded by Councillor Tweddle. Upon a vote being taken, 9 voted for refusal and 3 against."),
    ("How many of the over 55s bungalows off Sherburn Road will be affordable?", "durham",
     "would provide 5 of the bungalows as affordable homes"),
    ("Why was the Bowburn housing application put off?", "durham",
     "Members were concerned about the capacity of the junction with the A177."),
    # Fylde Council, Tourism and Leisure Committee
    ("How much will it cost per hour to park at North Beach from August?", "fylde",
     "would rise from £1.20 to £1.50 per hour from 1 August 2023"),
    ("Who is taking on the cafe at Fairhaven Lake?", "fylde",
     "The highest scoring bid came from Saltmarsh Kitchen Ltd"),
    ("When are the Fairhaven beach huts getting a new coat of paint?", "fylde",
     "would be repainted in September, after the peak season"),
    # Mid Sussex District Council, Scrutiny Committee
    ("How many trees is Mid Sussex planting this winter, and where?", "midsussex",
     "plant 600 trees this winter across parks in Haywards Heath, Burgess Hill and East Grinstead"),
    ("Who will look after the young trees once they are in the ground in Mid Sussex?", "midsussex",
     "the grounds maintenance team would water them for two years"),
    ("Which builder put up the new pavilion at Haywards Heath Recreation Ground?", "midsussex",
     "The contractor, Hollingbury Build Ltd"),
    # Torfaen County Borough Council, Council
    ("What proportion of Torfaen households use the food waste collection?", "torfaen",
     "participation in the food waste service had reached 61 per cent of households"),
    ("Did the amendment on the Cwmbran bus station toilets pass, and by how many votes?", "torfaen",
     "On being put to the vote the amendment was carried by 24 votes to 13, with 2 abstentions"),
    ("Are the weekend hours at the Blaenavon tip changing?", "torfaen",
     "there were no plans to change the opening hours at Blaenavon"),
    # Perth and Kinross Council, EIED Committee
    ("How many warm spaces were open across Perth and Kinross last winter?", "perth",
     "28 warm spaces had operated across Perth and Kinross last winter"),
    ("How much money can a venue get for hosting a warm space in Perth and Kinross?", "perth",
     "A grant of up to £1,500 be offered to each host venue towards heating and refreshments."),
    ("When could building work on the South Street cycle lane in Perth start?", "perth",
     "with construction not before 2025"),
    # Hull City Council, North Carr Area Committee
    ("How many car chargers are going in at North Point Shopping Centre?", "hull",
     "Fourteen charge points would be installed in the car park at North Point Shopping Centre"),
    ("What are the police doing about motorbikes on the Foredyke Stream bank?", "hull",
     "three off road bikes had been seized in the area since May and that extra patrols would run during the school holidays"),
    ("How much ward money went on litter bins for Wawne Road?", "hull",
     "£4,200 be allocated from the ward budget for new litter bins on Wawne Road"),
    # Suffolk County Council, Scrutiny Committee pack
    ("What did visitors to Suffolk's Warm Welcome Spaces say in the feedback survey?", "suffolk",
     "loneliness, rather than the cost of heating, was the main reason most people came"),
    ("How much grant can a Warm Welcome Space in Suffolk claim this winter?", "suffolk",
     "the grant has been reduced to £500 per space"),
    ("What happened to the live bus times display outside Stowmarket station?", "suffolk",
     "the display had been damaged in a collision in August and that a replacement had been ordered"),
    # Brentwood Borough Council, EEH Committee pack
    ("How big will Brentwood's fine for dumping rubbish be?", "brentwood",
     "be raised from £400 to £1,000 from 1 January 2024"),
    ("Where does rubbish get dumped most in Brentwood?", "brentwood",
     "The worst affected locations were Hook End Road, Kelvedon Hatch"),
    ("What did resurfacing the King George's Playing Fields car park cost?", "brentwood",
     "had been completed in August at a cost of £58,400"),
    # Harlow Council, Cabinet pack
    ("How much is the new water play area in Harlow Town Park going to cost?", "harlow",
     "construction of a water play area in Harlow Town Park next to the Pets Corner at a cost of £386,000"),
    ("Why did the old paddling pool in Harlow Town Park shut?", "harlow",
     "closed in 2019 because it could not be kept safe and clean"),
    ("What was the answer about rubbish dumped behind the shops at Bush Fair?", "harlow",
     "hidden cameras had been installed at the service road behind Bush Fair in December and that two people had since been fined £400 each"),
    # Cambridgeshire County Council, Highways and Transport Committee report
    ("If Cambridgeshire cuts down a roadside tree, how many does it plant back?", "cambs",
     "two new trees would be planted for every highway tree that has to be felled"),
    ("How many ash trees beside Cambridgeshire roads will probably have to come down?", "cambs",
     "identified about 3,900 ash trees next to roads that are likely to need felling in the next five years"),
    ("Can our parish council pay for extra roadside trees in Cambridgeshire, and what would it cost?", "cambs",
     "Town and Parish Councils able to sponsor additional trees at £350 each"),
    # Wrexham County Borough Council, Executive Board report
    ("How much is Wrexham spending on road resurfacing in 2024/25?", "wrexham",
     "spending £3.6 million on resurfacing 41 roads and a further £900,000 on pothole repairs"),
    ("Which roads are at the top of Wrexham's resurfacing list?", "wrexham",
     "Priority schemes include Holt Road in Wrexham, the B5605 through Rhosllanerchrugog and High Street in Gresford"),
    ("Who is Wrexham hiring its pothole patching machine from?", "wrexham",
     "a spray injection patching machine hired from Clywedog Highway Plant Ltd"),
    # Broadland District Council, Overview and Scrutiny Committee
    ("Why was Reepham left out of the food waste trial?", "broadland",
     "Reepham's narrow streets would have needed a smaller vehicle that was not available when the trial began"),
    ("How much food waste does a household in the Broadland trial put out each week?", "broadland",
     "an average of 2.1 kilograms of food waste had been collected from each participating household every week"),
    ("How many community grants did Broadland hand out in 2022/23, and how much did they add up to?", "broadland",
     "58 grants had been awarded, totalling £182,000"),
    # Argyll and Bute Council, Oban, Lorn and the Isles Area Committee
    ("How did the Oban area committee vote on the car parking charges?", "argyll",
     "On a show of hands, 4 Members voted for the Motion and 2 for the Amendment."),
    ("When will the ferry waiting room on Oban's North Pier be open again?", "argyll",
     "the waiting room would reopen before Christmas"),
    ("Will the road out to Ganavan be gritted more often?", "argyll",
     "the route was on the secondary gritting network and would be treated after primary routes during severe weather"),
    # West Devon Borough Council, Hub Committee
    ("How many warm hubs is West Devon helping to fund this winter?", "westdevon",
     "Twelve warm hubs would open across the borough"),
    ("Is Lydford getting a defibrillator?", "westdevon",
     "the Council would fund one defibrillator in Lydford"),
    ("Why is the Tavistock Pannier Market roof being done in January?", "westdevon",
     "so that the market can stay open during the Christmas trading period"),
]

ACROSS = [
    ("What are Kirklees and Wrexham each doing about potholes?", [
        ("kirklees", "an additional £2.4 million to repair potholes on unclassified roads"),
        ("wrexham", "instead of filling single potholes, crews will repair a whole section of road in one visit")]),
    ("Compare Hull and Leicester on charging points for electric cars.", [
        ("hull", "Fourteen charge points would be installed in the car park at North Point Shopping Centre"),
        ("leicester", "312 on-street charge points had now been installed in residential streets")]),
    ("How are Harlow and Brentwood dealing with people dumping rubbish?", [
        ("harlow", "hidden cameras had been installed at the service road behind Bush Fair in December"),
        ("brentwood", "the Council has issued 37 fixed penalty notices and secured two prosecutions")]),
    ("What are Fylde and Argyll and Bute each doing to their car park charges?", [
        ("fylde", "the charge at North Beach car park would rise from £1.20 to £1.50 per hour"),
        ("argyll", "the charge at the Longsdale Road car park rise to £1.40 per hour")]),
    ("Which councils are changing when their libraries are open?", [
        ("essex", "Colchester Library would open until 8pm on Wednesdays from 3 June 2024"),
        ("ealing", "Southall and Acton libraries would open on Sundays from 11am to 4pm")]),
    ("Which councils are planting more trees?", [
        ("hackney", "The Council would plant 1,150 new street trees during the 2024/25 planting season"),
        ("midsussex", "plant 600 trees this winter across parks in Haywards Heath, Burgess Hill and East Grinstead"),
        ("cambs", "the Council plans to plant 1,400 highway trees")]),
    ("Which councils have been talking about collecting food waste?", [
        ("rushmoor", "weekly food waste collections would begin across Farnborough and Aldershot in October 2024"),
        ("torfaen", "Weekly food waste collections remained the largest single contributor"),
        ("broadland", "reviewed the first year of the food waste collection trial in Aylsham, Acle and Sprowston")]),
    ("Which councils are giving people somewhere warm to go this winter?", [
        ("suffolk", "Warm Welcome Spaces are free, heated places where anyone can spend time during the day"),
        ("perth", "The warm spaces network be continued from 13 November 2023 to 31 March 2024."),
        ("westdevon", "Twelve warm hubs would open across the borough")]),
]

# one per document, in content.py's order; kinds: (a) said not yet known, (b) never mentioned,
# (c) a neighbouring thing, (d) announced and asked as if done
NEAR_MISSES = [
    ("What did the evaluation of Colchester library's late opening find?", "d"),
    ("How many flats were approved at 212 Chapel Street?", "c"),
    ("What will the Nightingale Estate lift replacement cost altogether?", "a"),
    ("How many potholes did Kirklees fill last year?", "b"),
    ("How much does Coventry spend on the holiday activities and food programme?", "b"),
    ("What did Rushmoor's survey of residents about food waste show?", "d"),
    ("How many chargers are going into the Haymarket car park in Leicester?", "a"),
    ("How many people visit Ealing's libraries each year?", "b"),
    ("How many passengers used the Coalville to Ashby bus last year?", "c"),
    ("What did the structural survey of the Woking Park paddling pool tank find?", "d"),
    ("How many objections were there to the Bowburn housing scheme?", "c"),
    ("How much extra money will the higher seafront parking charges bring Fylde?", "a"),
    ("How much is the Mid Sussex tree planting costing?", "b"),
    ("What did Torfaen's review of its food waste collection rounds conclude?", "d"),
    ("How many visits did the warm space at Birnam Arts in Dunkeld get last winter?", "c"),
    ("What will it cost to charge a car at the new North Point charge points in Hull?", "a"),
    ("What hours are Suffolk's Warm Welcome Spaces open?", "b"),
    ("What did Brentwood's review of its mobile fly-tipping cameras find?", "d"),
    ("How many visits is Harlow's new Town Park water play area expected to get?", "c"),
    ("Will Cambridgeshire be able to afford to replace all the ash trees it has to fell?", "a"),
    ("How many potholes does Wrexham expect to fix in 2024/25?", "b"),
    ("What did residents say in Broadland's consultation on rolling out food waste collections everywhere?", "d"),
    ("What does an hour's parking cost at the Albany Street car park in Oban?", "c"),
    ("Is West Devon going ahead with the mobile warm hub bus?", "a"),
]

ORDINARY = [
    "What has Plymouth City Council decided about its bus station?",
    "What did Swansea Council agree about beach cleaning?",
    "How is Aberdeen City Council spending its roads budget?",
    "Has Bolton Council approved any new primary schools?",
    "How much does the council charge for a pest control visit?",
    "What are councils doing about dog fouling fines?",
    "Which councils are building new skate parks?",
    "How much is a garden waste bin subscription?",
]


def questions() -> list[dict]:
    out = []
    for n, (question, key, quote) in enumerate(ANSWERABLE, 1):
        out.append({"id": f"r{n:02d}", "question": question, "gold": [{"doc": D[key], "quote": quote}]})
    for n, (question, golds) in enumerate(ACROSS, 1):
        out.append({"id": f"x{n:02d}", "question": question, "gold": [{"doc": D[k], "quote": q} for k, q in golds]})
    for n, (question, _kind) in enumerate(NEAR_MISSES, 1):
        out.append({"id": f"u{n:02d}", "question": question, "gold": []})
    for n, question in enumerate(ORDINARY, 1):
        out.append({"id": f"n{n:02d}", "question": question, "gold": []})
    return out


def main() -> int:
    rows = questions()
    assert len(ANSWERABLE) == 72 and len(ACROSS) == 8 and len(NEAR_MISSES) == 24 and len(ORDINARY) == 8
    (HERE / "questions.jsonl").write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in rows),
                                          encoding="utf-8")
    print(f"wrote {len(rows)} questions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
