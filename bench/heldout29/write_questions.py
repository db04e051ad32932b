"""Write bench/heldout29/questions.jsonl: 112 questions on the documents of content.py.

    python bench/heldout29/write_questions.py

r01-r72 answerable (three per document, in README.md's table order), x01-x08 across councils (one
gold quote per relevant document), u01-u24 near misses (one per document; kinds in README.md),
n01-n08 ordinary unanswerable. Unanswerable questions have "gold": []. Every gold quote is checked
by check_gold.py against the text extracted with pypdf, BeautifulSoup and python-docx.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

WOR = "ieListDocuments_CId117_MId3906_Worthing_Cabinet"
HAV = "ieListDocuments_CId142_MId6218_Havant_Cabinet"
EPP = "ieListDocuments_CId160_MId11472_EppingForest_Cabinet"
HER = "ieListDocuments_CId153_MId8840_Hertsmere_Planning"
SPE = "ieListDocuments_CId131_MId4417_Spelthorne_CPRC"
BRO = "ieListDocuments_CId109_MId5063_Bromsgrove_Cabinet"
TRI = "mgAi_ID51928_ThreeRivers_PR"
RED = "mgAi_ID30744_Redditch_Executive"
EHE = "ieDecisionDetails_ID7719_EastHerts_Executive"
VAL = "ieDecisionDetails_ID2586_Vale_CabinetMember"
WOX = "WODC_Executive_Minutes_2023-09-13"
HIN = "HBBC_Planning_Committee_2024-02-06"
CAS = "CPBC_Cabinet_Minutes_181023"
MEL = "Melton_Cabinet_Minutes_Jan2024"
ROC = "RDC_Executive_2023-06-21"
SHO = "SouthHolland_Cabinet_Minutes_2022-11-08"
NWL = "NWLDC_Cabinet_Pack_2023-10-24"
EST = "ESBC_Cabinet_Pack_2024-03-18"
REI = "RBBC_Executive_Pack_2023-07-13"
ROS = "Rossendale_Cabinet_Report_FlyTipping"
SRI = "SRBC_Cabinet_Report_Bulky_Waste"
DDA = "DDDC_Community_Environment_2023-04-20"
FOD = "FoDDC_Cabinet_Minutes_2024-01-11"
ESU = "EastSuffolk_Scrutiny_Minutes_2023-02-16"

ANSWERABLE = [
    # 1 Worthing
    ("Which firm is going to build the new beach huts on Goring Greensward, and who pays?", WOR,
     "to be built by Shoreline Timber Structures at a cost of £296,000 met from the beach hut reserve"),
    ("When should the storm-damaged shelter near Splash Point be back in use?", WOR,
     "the shelter was expected to reopen by the end of January 2024"),
    ("What did the survey of the Brooklands Park lake find?", WOR,
     "found silt up to 1.4 metres deep in the northern basin"),
    # 2 Havant
    ("How many parking tickets were handed out at Beachlands on Hayling over the summer?", HAV,
     "1,146 penalty charge notices had been issued between June and September"),
    ("Who is building the new pavilion at Emsworth Rec, and what will it cost?", HAV,
     "would be built by Meonbridge Construction for £410,000"),
    ("Why was the old pavilion at Emsworth Recreation Ground shut?", HAV,
     "which had been closed since a survey found asbestos in the roof"),
    # 3 Epping Forest
    ("Why were the Saturday morning swimming lessons at Loughton stopped?", EPP,
     "the operator had been unable to recruit enough lifeguards"),
    ("How is the heat pump for the Waltham Abbey pool being funded?", EPP,
     "funded by a grant of £1.2 million from the Public Sector Decarbonisation Scheme together with £260,000 from the council's climate reserve"),
    ("How many stallholders does the Monday market in Epping have these days?", EPP,
     "The number of traders had fallen from 41 in 2019 to 26"),
    # 4 Hertsmere
    ("Who proposed and who seconded approval of the flats above the shops on Shenley Road?", HER,
     "Councillor Gregory Pettifer moved and Councillor Aneesa Rahim seconded that the application be granted"),
    ("Why were the 14 houses behind Darkes Lane in Potters Bar turned down?", HER,
     "the loss of the protected oaks would harm the character of the area"),
    ("Will the neighbours in Drayton Road still get sun in their gardens if the Shenley Road flats go ahead?", HER,
     "every neighbouring garden would keep at least two hours of sun on 21 March"),
    # 5 Spelthorne
    ("Is the defibrillator outside Shepperton library working again?", SPE,
     "a replacement cabinet with a stronger lock had been fitted on 20 March, and that it was now working again"),
    ("Where is the money for Spelthorne's eight new defibrillators coming from?", SPE,
     "£19,200 from the Community Infrastructure Levy neighbourhood fund"),
    ("How much will it cost to put the Staines town centre cameras onto fibre?", SPE,
     "the 14 cameras in Staines town centre would be moved onto a fibre network in the summer, at a cost of £86,000"),
    # 6 Bromsgrove
    ("Which company will install the new car charging points in Bromsgrove's car parks?", BRO,
     "They would be installed and run by Midlands Voltcharge Ltd under a 15 year concession"),
    ("Do I still have to buy a parking ticket while my electric car is charging in a Bromsgrove car park?", BRO,
     "the normal parking tariff would apply while a car was charging"),
    ("How much can a shop in Rubery get towards doing up its frontage?", BRO,
     "grants of up to £5,000 for shopfront improvements on New Road, Rubery"),
    # 7 Three Rivers
    ("Who is putting the solar panels on the roof of William Penn Leisure Centre?", TRI,
     "to be installed by Chiltern Solar Installations for £214,000"),
    ("Is the roof at William Penn strong enough to take the solar panels?", TRI,
     "confirmed that it could, once two of the old rooflights had been removed and sealed"),
    ("How did the committee vote on the leisure centre solar scheme?", TRI,
     "which were agreed by 11 votes to none, with 2 abstentions"),
    # 8 Redditch
    ("How many public charge points for electric cars are there in Redditch?", RED,
     "Redditch had 31 public charging points"),
    ("Where will Redditch put its first rapid chargers?", RED,
     "rapid chargers be installed first in the car parks at the Abbey Stadium and Arrow Valley Country Park visitor centre"),
    ("I live in Winyates with no driveway: how will I charge an electric car?", RED,
     "the county's scheme for chargers built into lamp columns would be extended to those estates in 2025"),
    # 9 East Hertfordshire
    ("Which contractor got the job of replacing the Castle Gardens footbridge in Bishop's Stortford?", EHE,
     "be awarded to Lea Crossing Engineering Ltd for £385,000"),
    ("What was found wrong with the old footbridge in Castle Gardens?", EHE,
     "corrosion of the steel beams had reduced their load capacity by about a third"),
    ("Why didn't East Herts just repair the old bridge?", EHE,
     "the repairs would cost about £240,000 and extend its life by only ten years"),
    # 10 Vale of White Horse
    ("Who is supplying the new play equipment at Abbey Meadows in Abingdon?", VAL,
     "supplied and installed by Cotswold Play Systems Ltd for £148,000"),
    ("How long will the Abbey Meadows playground be shut for the works?", VAL,
     "The playground will be closed from 4 September 2023 for about ten weeks"),
    ("How did they choose the design of the new Abbey Meadows play area?", VAL,
     "The design was chosen after 214 children from local primary schools voted between three options"),
    # 11 West Oxfordshire
    ("Has the council taken away the benches in Witney Market Square?", WOX,
     "the benches had been moved, not removed, to make room for the Thursday market"),
    ("Who is paying for the water refill stations in West Oxfordshire?", WOX,
     "of which £24,000 would be met by a grant from the Oxfordshire Refill Partnership and the rest from the council's climate action budget"),
    ("Who is taking the ground floor of Elmfield, and at what rent?", WOX,
     "be let to the Cotswold Counselling Trust for five years at a rent of £42,000 a year"),
    # 12 Hinckley and Bosworth
    ("How many affordable homes will there be in the Mill Lane scheme at Earl Shilton?", HIN,
     "30 of the homes would be affordable"),
    ("What will be done about the queues where Mill Lane meets the A47?", HIN,
     "the developer would pay for a signal controlled junction there, to be in place before the 50th home was occupied"),
    ("Who moved refusal of the holiday lodges at Market Bosworth?", HIN,
     "It was moved by Councillor Priddy and seconded by Councillor Sohal that permission be refused"),
    # 13 Castle Point
    ("Are the verges on Kiln Road going to be mown more often?", CAS,
     "this would rise to eight cuts from the 2024 season"),
    ("Who is paying for the new play equipment at Furtherwick Park?", CAS,
     "£20,000 would be a donation from a local housebuilder, Thames Estuary Homes, and the rest would come from the play area reserve"),
    ("Will the new Furtherwick Park playground be fenced to keep dogs out?", CAS,
     "it would be fully fenced with two self closing gates, to keep dogs out"),
    # 14 Melton
    ("Who will run Melton's cattle market under the new lease, and for how long?", MEL,
     "The report proposed a new 20 year lease to the present operator, Wreake Valley Auctioneers"),
    ("What happens to the cattle market if the operator pulls out early?", MEL,
     "the lease would allow the council to take the site back and run the market itself"),
    ("How much is Melton giving towards the community hub in Asfordby?", MEL,
     "The Cabinet approved a grant of £35,000 towards the refurbishment of the village hall in Asfordby"),
    # 15 Rochford
    ("Whose job is it to fix the lights in the Spa Road underpass in Hockley?", ROC,
     "the lights belonged to Essex County Council, which had been asked to replace them with LED fittings"),
    ("How many defibrillators open to the public are there in Rochford district?", ROC,
     "had found 37 defibrillators available to the public"),
    ("Who is funding Rochford's six new defibrillators?", ROC,
     "funded by the Rochford District Community Lottery"),
    # 16 South Holland
    ("How many empty homes did South Holland get back into use last year?", SHO,
     "47 long term empty homes had been brought back into use"),
    ("What did Spalding market traders think of moving the Saturday market?", SHO,
     "were worried about the move to the Sheep Market, which had less passing trade"),
    ("Is the Saturday market definitely moving to the Sheep Market?", SHO,
     "the move to the Sheep Market be trialled for six months before a final decision"),
    # 17 North West Leicestershire
    ("Which firm is repairing the roof of Coalville Market Hall?", NWL,
     "be repaired by Charnwood Roofing Contractors for £178,000"),
    ("How soon will the council look at mould in a flat where a toddler lives?", NWL,
     "within two working days where a child under five or a person with a lung condition lives in the home"),
    ("What did the tenant survey in July find about mould?", NWL,
     "one in eight households said they had mould in at least one room"),
    # 18 East Staffordshire
    ("When was the Washlands path from Stapenhill due to reopen after the floods?", EST,
     "the path had been cleared of debris and would reopen on 1 March, once the lighting had been tested"),
    ("What did the council's inspections of rented homes in Shobnall and Anglesey find?", EST,
     "The survey found serious hazards in 118 of the homes in Shobnall and 64 in Anglesey"),
    ("How much would a landlord in Shobnall pay for a licence under the proposed scheme?", EST,
     "The proposed fee is £640 per property"),
    # 19 Reigate and Banstead
    ("Who is paying for the new planters in Banstead High Street?", REI,
     "paid for by the Banstead Village traders' association"),
    ("How often was algae found in the lake at Priory Park?", REI,
     "found blue green algae on eleven occasions"),
    ("Does the council pay anything for the bigger café terrace at Priory Park?", REI,
     "The cost of the terrace, about £68,000, would be met entirely by the operator"),
    # 20 Rossendale
    ("How many fly-tips did Rossendale have to clear last year?", ROS,
     "The council's crews cleared 1,287 fly-tips in 2022/23, up from 904 in 2020/21"),
    ("Which company is supplying Rossendale's fly-tipping cameras?", ROS,
     "The cameras will be supplied by Pennine Surveillance Systems for £27,500"),
    ("Will the fly-tipping cameras come out of council tax?", ROS,
     "will be paid for from the Environment Agency's fly-tipping grant awarded to the council in July 2023"),
    # 21 South Ribble
    ("What did a bulky waste collection cost in South Ribble before the trial?", SRI,
     "Until September 2023 residents paid £25 for the collection of up to three bulky items"),
    ("Who supplies the extra vehicle for South Ribble's bulky waste trial?", SRI,
     "the extra crew and vehicle hired from Ribble Fleet Hire Ltd"),
    ("Are residents happy with the free bulky waste collections?", SRI,
     "93 per cent were satisfied"),
    # 22 Derbyshire Dales
    ("Will the Saturday garden waste rounds come back this summer in the Dales?", DDA,
     "they would not return this year"),
    ("How did the committee vote on the Bakewell market proposals?", DDA,
     "Voting: 6 For, 0 Against, 1 Abstention"),
    ("Who is repainting the bandstand in Hall Leys Park?", DDA,
     "The bandstand work would be done by Peak Heritage Decorators in May"),
    # 23 Forest of Dean
    ("How much is the district council putting towards desilting Lydney Harbour?", FOD,
     "the council would meet half of the £46,000 cost of the work"),
    ("Which firm will fit the covers on the Lydney and Five Acres pools?", FOD,
     "The covers would be supplied and fitted by Severnside Pool Services for £38,000"),
    ("Who proposed free parking after 3pm in Cinderford, and what was the vote?", FOD,
     "Councillor Parkend moved and Councillor Soudley seconded that free parking after 3.00 pm be introduced in the Heywood Road and Market Street car parks for a twelve month trial. On a vote the motion was carried, 5 for and 1 against."),
    # 24 East Suffolk
    ("How much litter was picked up along the East Suffolk seafronts in summer 2022?", ESU,
     "212 tonnes of litter had been collected from the seafronts between May and September"),
    ("Can the Lowestoft beach cleaning machine be used at Southwold?", ESU,
     "it could not, because the beach at Southwold is mostly shingle and the machine only works on sand"),
    ("What is being done about overflowing bins on the prom at Felixstowe?", ESU,
     "40 larger bins with built in compactors would be placed along the promenade for the 2023 season"),
]

ACROSS = [
    ("What are Worthing and Havant each doing about beach huts?", [
        (WOR, "The report proposed 38 new beach huts on the eastern end of Goring Greensward"),
        (HAV, "that the 24 beach huts lost at Eastoke be replaced before the Easter holidays")]),
    ("Compare Bromsgrove and Redditch on putting electric car chargers in council car parks.", [
        (BRO, "The report proposed 22 new charging points in the Recreation Road South, Churchfields and School Drive car parks in Bromsgrove"),
        (RED, "rapid chargers be installed first in the car parks at the Abbey Stadium and Arrow Valley Country Park visitor centre")]),
    ("What are Rossendale and South Ribble each doing to tackle fly-tipping?", [
        (ROS, "That the fixed penalty for fly-tipping be raised from £400 to £1,000"),
        (SRI, "Since 1 October 2023 the collection has been free, once a year for each household")]),
    ("How are Epping Forest, Three Rivers and the Forest of Dean each trying to cut the energy costs of their leisure centres?", [
        (EPP, "The report recommended that an air source heat pump be installed at Waltham Abbey Swimming Pool"),
        (TRI, "The report proposed 310 solar panels on the flat roof of William Penn Leisure Centre"),
        (FOD, "The report proposed fitting insulated covers to the swimming pools at Lydney Leisure Centre and Five Acres Leisure Centre")]),
    ("Which councils are putting in places to refill water bottles for free?", [
        (WOX, "free drinking water refill stations in Witney Market Square, Chipping Norton Market Place and Carterton town centre"),
        (MEL, "two drinking water fountains with bottle refill points, one in Play Close and one at the entrance to Egerton Park"),
        (ESU, "free drinking water refill points would be installed on the seafronts at Lowestoft, Southwold and Felixstowe")]),
    ("Which councils are replacing the equipment in a children's playground?", [
        (VAL, "To replace the play equipment at Abbey Meadows with new equipment"),
        (CAS, "The report proposed replacing the play equipment at Furtherwick Park, Canvey Island"),
        (SHO, "proposed replacing the play equipment in the play area at Ayscoughfee Hall Gardens, Spalding")]),
    ("Which councils are paying for new defibrillators?", [
        (SPE, "The Committee considered a report proposing eight more public access defibrillators across the borough"),
        (ROC, "The report proposed that six new defibrillators be installed"),
        (DDA, "The Committee agreed to grant £1,200 each to the parish councils of Youlgreave, Hartington and Parwich towards new defibrillators")]),
    ("Which councils have been looking at damp and mould in people's homes?", [
        (NWL, "Between April and September 2023 the council received 386 reports of damp and mould from tenants"),
        (EST, "Damp and mould was the most common hazard")]),
]

NEAR_MISSES = [  # (question, document, kind)
    ("How much will the new decking on Worthing Pier cost?", WOR, "a"),
    ("What will a summer day's parking cost at the Eastoke Corner car park on Hayling?", HAV, "c"),
    ("How much will the Waltham Abbey heat pump save on the pool's energy bills each year?", EPP, "b"),
    ("What was the vote on the roof extension at 7 The Avenue in Radlett?", HER, "c"),
    ("What did the condition survey of the Lammas Park pavilion roof find?", SPE, "d"),
    ("How many homes in Wythall were flooded in October?", BRO, "a"),
    ("What did the energy audit of South Oxhey Leisure Centre show?", TRI, "d"),
    ("How much will drivers pay per kilowatt hour at Redditch's new chargers?", RED, "b"),
    ("When will the riverside path in Castle Gardens be closed for the bridge works?", EHE, "a"),
    ("How much will the new play area at the Betjeman Millennium Park in Wantage cost?", VAL, "c"),
    ("What did people in Burford say in the consultation on a coach drop off point?", WOX, "d"),
    ("How many of the Lutterworth Road homes in Burbage will be affordable?", HIN, "c"),
    ("How much will it cost to repair the Thorney Bay slipway?", CAS, "a"),
    ("What rent does Wreake Valley Auctioneers pay for Melton cattle market?", MEL, "b"),
    ("What did the review of parking in Rochford Market Square recommend?", ROC, "d"),
    ("How much does a trader pay to hire a stall at Spalding market?", SHO, "b"),
    ("How many North West Leicestershire tenants will have to move out while damp and mould is treated?", NWL, "a"),
    ("How many rented homes in Horninglow were found to have serious hazards?", EST, "c"),
    ("What did the ecological survey of the islands in Priory Park lake find?", REI, "d"),
    ("How many people has Rossendale prosecuted in court for fly-tipping?", ROS, "b"),
    ("Have the free bulky waste collections cut fly-tipping in South Ribble?", SRI, "a"),
    ("How many stalls are there at the Farmers' Market in Bakewell?", DDA, "c"),
    ("What did the feasibility study on heat pumps for Lydney Leisure Centre conclude?", FOD, "d"),
    ("How much will East Suffolk's two extra summer litter crews cost?", ESU, "b"),
]

ORDINARY = [
    "What has Exeter City Council decided about its bus station?",
    "Did Swansea Council agree new parking charges for its seafront?",
    "What is Gateshead doing about empty shops on its high street?",
    "When does Stoke-on-Trent plan to reopen its museum?",
    "Which council is building a new skate park, and where?",
    "How much is the fine for not clearing up dog fouling?",
    "What has been done to remove graffiti from underpasses and walls?",
    "Has any council agreed to twin with a town abroad?",
]


def questions() -> list[dict]:
    out = []
    for n, (question, document, quote) in enumerate(ANSWERABLE, 1):
        out.append({"id": f"r{n:02d}", "question": question, "gold": [{"doc": document, "quote": quote}]})
    for n, (question, golds) in enumerate(ACROSS, 1):
        out.append({"id": f"x{n:02d}", "question": question, "gold": [{"doc": d, "quote": q} for d, q in golds]})
    for n, (question, _document, _kind) in enumerate(NEAR_MISSES, 1):
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
