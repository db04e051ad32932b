"""Write bench/heldout38/questions.jsonl: 112 questions on the thirty-eighth held-out corpus.

    python bench/heldout38/write_questions.py

r01-r72 answerable (three per document, in README.md's table order), x01-x08 across councils (one
gold quote per relevant document), u01-u24 near misses (one per document, kinds a-d, see README.md),
n01-n08 ordinary unanswerable. Gold quotes are exact text of the documents (check_gold.py checks).
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

WAR = "ieListDocuments_CId142_MId8821_Warrington_DevControl"
HF = "ieListDocuments_CId105_MId7730_HammersmithFulham_Cabinet"
STO = "ieListDocuments_CId140_MId9412_Stoke_Cabinet"
COT = "ieListDocuments_CId127_MId4305_Cotswold_Cabinet"
BRF = "ieListDocuments_CId102_MId15620_BracknellForest_Executive"
IPS = "ieListDocuments_CId119_MId6611_Ipswich_Executive"
LUT = "mgAi_ID51288_Luton_Scrutiny_EmptyHomes"
HUN = "mgAi_ID33019_Huntingdonshire_Scrutiny_FoodWaste"
POR = "ieDecisionDetails_ID6120_Portsmouth_BusFares"
GUI = "ieDecisionDetails_ID2874_Guildford_AirQuality"
REN = "Renfrewshire_ILE_Board_Minute_20112024"
BEL = "Belfast_SPR_Committee_Minutes_23Feb2024"
ORK = "Orkney_DI_Committee_Minute_2024-09-03"
EAY = "EAC_Cabinet_Minutes_12June2024"
NMD = "NMDDC_Planning_Committee_Minutes_16-10-2024"
FEN = "Fenland_Cabinet_Minutes_18March2024"
EXE = "Exeter_Executive_Pack_2024-10-08"
BG = "BlaenauGwent_Cabinet_Pack_24-07-2024"
MID = "Middlesbrough_Executive_Pack_06112024"
WMCA = "WMCA_Board_Report_Bus_Fares_2025-26"
TAM = "Tamworth_Cabinet_Report_Wilnecote_Leisure_Pool"
WL = "WestLothian_Council_Executive_Minute_10092024"
NOR = "Norwich_Cabinet_Minutes_13_November_2024"
THA = "Thanet_Cabinet_Minutes_25_July_2024"

ANSWERABLE = [
    # Warrington
    ("Which housing association would run the new affordable homes on the old petrol station site in Great Sankey?", WAR,
     "The applicant is Mersey Vale Homes, a registered provider, which would manage all 36 homes, 22 for social rent and 14 for shared ownership."),
    ("Who proposed turning down the takeaway on Knutsford Road in Latchford, who backed the motion, and how did the vote go?", WAR,
     "Councillor Ashworth moved that the application be refused for the reason given in the report, which was seconded by Councillor Dutton. The motion was carried by 7 votes to 4."),
    ("What did the planning officer tell the Hood Lane resident who was worried the new flats in Great Sankey would look into the bungalow gardens?", WAR,
     "In reply, Mr Okafor said that the nearest window facing the bungalows would be 24 metres from their rear walls, more than the 21 metres the council's design guide asks for, and that the landing windows on that side would be obscure glazed."),
    # Hammersmith and Fulham
    ("Who is paying for the extra pollution sensors near Hammersmith and Fulham's primary schools?", HF,
     "Councillor Amankwah explained that £120,000 would come from the council's Clean Air Neighbourhoods budget and the remaining £66,000 from section 106 contributions paid by developers of the Earls Court and White City schemes."),
    ("Which firm won the job of doing up the Ravenscourt Park tennis courts, and what is it being paid?", HF,
     "The contract would be awarded to Baseline Sports Surfaces Ltd, whose bid of £412,000 scored highest on both quality and price."),
    ("What did parents at the third round of School Streets schools in Hammersmith and Fulham think of closing the roads?", HF,
     "A survey of 1,340 parents at the schools in phase three found that 71 per cent supported the closures and that the share of children walking or cycling to school had risen from 58 per cent to 69 per cent."),
    # Stoke-on-Trent
    ("What did the survey of the Fenton Manor pool find wrong with it?", STO,
     "A condition survey carried out in the spring had found that the main pool tank was leaking around 9,000 litres of water a day through cracks in its base, and that the air handling plant serving the pool hall was beyond its design life."),
    ("Where will kids' swimming lessons go while the pool at Fenton Manor is shut?", STO,
     "Swimming lessons and club bookings would move to Dimensions Leisure Centre in Burslem and to Shelton Pool during the closure."),
    ("Are the Stoke tips going to shut earlier in the winter, and what would that save?", STO,
     "It was proposed that from November to February both sites close at 4pm instead of 6pm, saving around £46,000 a year."),
    # Cotswold
    ("Who pays for putting the new chargers into Cotswold council car parks, and does the council get anything out of it?", COT,
     "Voltra Charging Ltd would pay for the installation, the grid connections and the maintenance, at no capital cost to the council, and would pay the council 8 per cent of its charging revenue from each site."),
    ("What will it cost a coach to park for the day in Bourton-on-the-Water from January 2025?", COT,
     "It was proposed to raise the daily charge for a coach from £20 to £25 from 1 January 2025."),
    ("How many homes were flooded in Moreton-in-Marsh at the start of 2024?", COT,
     "The Cabinet Member for Environment reported on the work with the county council and the Environment Agency following the flooding of 63 homes in Moreton-in-Marsh in January 2024."),
    # Bracknell Forest
    ("How is Bracknell Forest paying for chargers on lamp posts?", BRF,
     "A bid to the Local Electric Vehicle Infrastructure fund had secured £1.34 million, which would pay for 120 chargers fitted to lamp columns and 16 fast chargers in car parks at Great Hollands, Harmans Water, Crowthorne and Sandhurst."),
    ("How many visitors did The Look Out get in 2023/24, compared with before Covid?", BRF,
     "The Executive considered options for The Look Out Discovery Centre after visitor numbers fell to 112,000 in 2023/24 from 160,000 before the pandemic."),
    ("Will the café and the woodland play area at The Look Out stay open once the trust takes over?", BRF,
     "The Executive Member for Culture replied that both were part of the lease and the trust had committed to keep them open all year."),
    # Ipswich
    ("Where will Ipswich's food scraps end up once the weekly collections start?", IPS,
     "Councillor Haddon replied that it would be taken to an anaerobic digestion plant near Stowmarket under a county-wide contract, where it would be turned into biogas and fertiliser."),
    ("What did the check on the Regent Theatre's roof turn up?", IPS,
     "The Portfolio Holder for Culture reported that a structural inspection in February had found corroded steel in the fly tower roof of the Regent Theatre and slipped slates over the auditorium."),
    ("Which roofers are fixing the Regent Theatre in Ipswich?", IPS,
     "The contractor, Orwell Heritage Roofing Ltd, had carried out the repairs to the roof of the Corn Exchange in 2021 and was appointed under the council's framework for works to listed buildings."),
    # Luton
    ("How many houses that had stood empty for a long time did Luton get lived in again in 2023/24?", LUT,
     "During 2023/24 the team had brought 87 long-term empty homes back into use through advice, loans and enforcement."),
    ("What has Luton done about owners of empty homes who ignore the council's letters?", LUT,
     "Mr Oyelaran replied that the team had used empty dwelling management orders twice in the past year, taking over the management of a house in Wardown Crescent and a flat on Park Street, and was preparing a compulsory purchase order for a house in Farley Hill that had been empty since 2011."),
    ("Are owners paying back the loans Luton gives them to do up empty homes?", LUT,
     "Mr Oyelaran said that the council had lent £1.05 million since 2022 in interest-free loans of up to £25,000 per home, and that every loan due so far had been repaid, in return for the owner letting the home through the council's lettings agency at a local housing allowance rent for five years."),
    # Huntingdonshire
    ("Who has to buy the bags for the kitchen food bins in Huntingdonshire?", HUN,
     "Mr Lowther said that the council would give every household a free roll of liners at the start, and that after that residents would buy their own, as the Government's funding did not cover liners."),
    ("Will Huntingdonshire still empty black bins every fortnight once food waste is collected weekly?", HUN,
     "Mr Lowther replied that there were no plans to change the frequency of residual waste collections, although the Council would monitor how much lighter the black bins became."),
    ("How much food waste were the homes in the St Neots trial putting out each week?", HUN,
     "Mr Lowther reported that in the first ten weeks an average of 2.1 kilograms of food waste had been collected per household per week and that 64 per cent of households had put their caddy out at least once a fortnight."),
    # Portsmouth
    ("How much will a 16 year old pay for a bus ride in Portsmouth from April 2025?", POR,
     "To fund a flat single fare of £1 for passengers aged 5 to 19 on all local bus services within the city from 1 April 2025 to 31 March 2026, at an estimated cost of £640,000."),
    ("Why were routes 1 and 2 picked for later evening buses in Portsmouth?", POR,
     "The evening services were chosen because the operators had reported that the last buses on routes 1 and 2 were often full, while shift workers at Queen Alexandra Hospital had asked for later buses home."),
    ("Why didn't Portsmouth go for a £1.50 fare for under 19s instead?", POR,
     "A fare of £1.50 for under 19s was considered but rejected because it would have saved only £95,000 while keeping the fare above what the trial had shown young people would pay."),
    # Guildford
    ("How polluted was the air in Compton village in 2023?", GUI,
     "Annual mean nitrogen dioxide in The Street, Compton, was 38 micrograms per cubic metre in 2023, just below the legal limit of 40, having exceeded it in four of the previous six years."),
    ("Why didn't Guildford just keep using diffusion tubes to measure pollution?", GUI,
     "Relying only on diffusion tubes was rejected because they show monthly averages and cannot show peaks at school times."),
    ("Is Guildford looking at a 20mph limit anywhere?", GUI,
     "(3) That officers work with Surrey County Council on a trial of a lower speed limit of 20mph through Compton village."),
    # Renfrewshire
    ("If a grit bin in Renfrewshire runs empty, how quickly will it be topped up?", REN,
     "Mr Rennie replied that all grit bins had been filled in October and would be refilled on request within five working days."),
    ("Did giving caddies and a visit to flats in Ferguslie and Shortroods make any difference to food recycling?", REN,
     "Monitoring after three months showed that food waste put out at the communal bins had increased by 70 per cent."),
    ("Who wanted an hour's waiting limit in Johnstone town centre, and how did that vote go?", REN,
     "Councillor Lennon, seconded by Councillor Dalgleish, moved as an amendment that the waiting limit be 60 minutes. On a vote being taken, 3 members voted for the amendment and 4 for the motion."),
    # Belfast
    ("How much more will an average Belfast house pay in rates in 2024/25?", BEL,
     "He explained that the increase would add around £39 a year to the rates bill of an average house in the city, and that without it the Council would have a gap of £6.8 million arising mainly from pay awards and energy costs."),
    ("Who moved and seconded Belfast's 5.99 per cent rate rise, and what was the vote?", BEL,
     "Moved by Councillor Nesbitt, seconded by Councillor McAteer, that the Committee recommend a district rate increase of 5.99 per cent. On a vote, 11 members voted for the proposal and 3 against and it was declared carried."),
    ("Will Belfast still have a Christmas market at City Hall in 2024?", BEL,
     "The Director confirmed that the Council intended to hold a market in 2024, with its size and operator to be decided after the review."),
    # Orkney
    ("Will the roads to the schools on Orkney's isles be gritted before the school buses run?", ORK,
     "Cara Groat confirmed that routes used by school transport on the isles had been moved up to priority one this year, at the request of the head teachers."),
    ("Where are Orkney's new car charging points going to be?", ORK,
     "Alan Tulloch explained that usage had doubled in two years and that the council would install 12 further rapid and fast charge points during 2025, at Pickaquoy Centre car park and Junction Road in Kirkwall, at Ferry Road in Stromness, and on Westray, Sanday and Hoy."),
    ("Who is mending the paving at the Pier Head in Stromness, and when?", ORK,
     "The Committee noted that the works, costing £86,000, would be carried out by Hamnavoe Stoneworks Ltd between October and December 2024."),
    # East Ayrshire
    ("What price will East Ayrshire pay owners for the empty houses it buys?", EAY,
     "Mr Kennedy replied that the council would pay the value given by the District Valuer, less the cost of repairs where the house was in poor condition."),
    ("How many people came to the new Dean Castle visitor centre in its first year?", EAY,
     "The report stated that the centre had welcomed 296,000 visitors in its first year, that the café had taken £410,000, and that 62 school groups had used the learning room."),
    ("Why is the rural life museum at Dean Castle shut on Mondays?", EAY,
     "The Chief Executive replied that it was staffed by volunteers and that a volunteer recruitment drive was under way."),
    # Newry, Mourne and Down
    ("Why did the planners advise against the takeaway at 27 Main Street, Newcastle?", NMD,
     "Mr Fegan presented the application, which officers recommended for refusal because the extraction flue would be visible from the Newcastle Area of Townscape Character and because of the number of hot food takeaways already in the lower part of Main Street."),
    ("Who proposed refusing the Main Street takeaway in Newcastle, and how did the councillors vote?", NMD,
     "Councillor Coulter proposed to accept the officer recommendation to refuse, seconded by Councillor Dunlop. A vote was taken and the result was: FOR: 5, AGAINST: 3, ABSTENTIONS: 0."),
    ("Why was the plan for 18 houses off Ballydugan Road in Downpatrick put back?", NMD,
     "Ms McAlinden reported that the Department for Infrastructure Roads had asked for a revised visibility splay at the junction with Ballydugan Road."),
    # Fenland
    ("Who is funding Fenland's car park chargers?", FEN,
     "The installation would cost £312,000, of which £198,000 would come from the Cambridgeshire and Peterborough Combined Authority and the remainder from the council's capital programme."),
    ("Has anyone taken the shop in the rebuilt 11-12 High Street in Wisbech?", FEN,
     "Councillor Ashdown said that a bookshop and café, The Fenland Page Ltd, had signed a five year lease from 1 April 2024."),
    ("Which company will dredge the river at the Port of Wisbech, and at what price?", FEN,
     "The contract for 2024 to 2027 would be awarded to Ouse Dredging Services Ltd at £148,000 a year, to remove around 40,000 cubic metres of silt each year."),
    # Exeter
    ("How is the Exeter Quay makeover being paid for?", EXE,
     "That the Executive approves a budget of £3.6 million, funded by £2.2 million from the Levelling Up Fund and £1.4 million from the council's capital programme."),
    ("What did people visiting Exeter Quay say in the 2023 survey?", EXE,
     "A survey of 620 visitors to the Quay in summer 2023 found that 58 per cent thought there was too little seating and that parked cars spoiled the view of the river."),
    ("Will Exeter's housing company build any homes for social rent?", EXE,
     "The Portfolio Holder for Housing replied that the company's next scheme, 44 homes on the former garage site at Vaughan Road, would include 16 homes at social rent, the first the company had built."),
    # Blaenau Gwent
    ("What did the engineer find when the Ebbw Vale pool was inspected in March 2024?", BG,
     "In March 2024 an engineer's inspection found that the filtration plant was at risk of failing at any time, that the pool tiles had come away in several places and that the pool hall roof lining was letting in rain."),
    ("Who pays for doing up the Ebbw Vale pool?", BG,
     "Option 1 would be funded by £1.9 million from the Welsh Government's Sustainable Communities for Learning programme, because of the pool's use by schools, and £1.2 million of prudential borrowing by the council."),
    ("Do households on low incomes in Blaenau Gwent get help with the higher charge for collecting bulky rubbish?", BG,
     "The Corporate Director replied that households receiving council tax reduction would continue to pay half the charge."),
    # Middlesbrough
    ("What did people in North Ormesby say was the worst problem in their street?", MID,
     "A door to door survey of 430 households in North Ormesby in June 2024 found that 7 in 10 residents named empty and boarded up houses as the main problem in their street."),
    ("Where is the money for Middlesbrough's empty homes scheme coming from?", MID,
     "The scheme has a budget of £6 million over three years, of which £3.6 million comes from the Tees Valley Combined Authority's Brownfield Housing Fund and £2.4 million from council borrowing, to be repaid from rents."),
    ("Will the bigger car park at Stewart Park eat into the wildflower meadow?", MID,
     "The Executive Member replied that the extension would use the former nursery yard, and no meadow or trees would be lost."),
    # WMCA
    ("What will a bus day ticket cost in the West Midlands from April 2025?", WMCA,
     "That the £4 day ticket rises to £4.50, the first increase since 2023, to help meet the cost of the package."),
    ("Where does the money come from to keep West Midlands bus fares down in 2025/26?", WMCA,
     "Of this, £19 million will come from the Bus Service Improvement Plan grant, £6 million from the City Region Sustainable Transport Settlement and £2.5 million from the mayoral precept."),
    ("Do care leavers have to pay for the bus in the West Midlands under the new fares?", WMCA,
     "That the young person's single fare of £1 for those aged 16 to 18 continues, and that the fare for care leavers aged up to 25 falls to zero."),
    # Tamworth
    ("What did the survey of Wilnecote Leisure Centre find about the pool hall roof?", TAM,
     "A condition survey in January 2024 found that the timber roof of the pool hall had rotted in several places because of condensation, and recommended that it be replaced within two years."),
    ("What does the leisure operator get for putting money into the Wilnecote works?", TAM,
     "The operator has agreed to contribute £500,000 towards the works, in return for a two year extension of its contract."),
    ("Can I still use the gym at Wilnecote while the pool is being done up?", TAM,
     "The gym and the sports hall will stay open throughout the works."),
    # West Lothian
    ("How much has West Lothian set aside for gritting and snow clearing this winter?", WL,
     "The Head of Operational Services said that the winter budget had been set at £3.1 million, with any overspend met from the council's contingency."),
    ("Why isn't the Sunday bus to Stoneyburn coming back?", WL,
     "The Head of Planning, Economic Development and Regeneration replied that the tender for a Sunday service had received no bids and that the council would retender it in the new year."),
    ("Who put forward the amendment about a Sunday service for Stoneyburn, and how many backed it?", WL,
     "Councillor Lyall, seconded by Councillor Dickie, moved as an amendment that the council also fund the Stoneyburn Sunday service through a demand responsive service. On a roll call vote, 3 members voted for the amendment and 5 for the motion, and the motion was carried."),
    # Norwich
    ("What was the Mile Cross resident told about when his block on Aylsham Road would get a food waste bin?", NOR,
     "Councillor Haverley, cabinet member for climate change and environment, replied that the council had so far provided communal food waste bins at 310 of its 980 blocks of flats, and that the remaining blocks, including those on Aylsham Road, would have them by the end of June 2025 under the programme in item 3 of the agenda."),
    ("Won't the shared food bins outside Norwich flats bring rats?", NOR,
     "Councillor Haverley said that the communal bins would have lockable lids and would be emptied weekly, and that they would be placed on hardstanding away from doors and windows."),
    ("Will the bowls clubs at Eaton Park have to move out while the pavilions are repaired?", NOR,
     "Councillor Egerton replied that the works would be done between October and March, outside the bowls season."),
    # Thanet
    ("How many empty homes did Thanet get back into use last year?", THA,
     "The council's empty homes team had brought 132 homes back into use in 2023/24, more than any other district in Kent."),
    ("How much can an owner in Thanet borrow to do up an empty home, and over how long?", THA,
     "The report proposed a further £2 million from the Kent County Council No Use Empty loan scheme, which lends owners up to £35,000 per home, interest free over three years, to bring empty homes back into use."),
    ("Which firm is resurfacing the Dreamland car park in Margate, and what will it cost?", THA,
     "Cabinet considered the award of the contract for resurfacing the Dreamland car park in Margate to Isle Surfacing Contractors Ltd at a cost of £218,000."),
]

ACROSS = [
    ("What did Warrington and Newry, Mourne and Down decide about the hot food takeaways that came to their planning committees?", [
        (WAR, "Resolved, That application 2024/45015 be refused because the takeaway would be within 400 metres of a secondary school, contrary to the supplementary planning document, and would undermine the council's aim to reduce childhood obesity in Latchford."),
        (NMD, "Councillor Coulter proposed to accept the officer recommendation to refuse, seconded by Councillor Dunlop."),
    ]),
    ("How much are Hammersmith and Fulham and Guildford spending on new air quality monitors?", [
        (HF, "RESOLVED: That Cabinet approves the expansion of the real-time air quality monitoring network by 22 sensors at a total cost of £186,000 over three years."),
        (GUI, "(2) That £95,000 be allocated from the Climate Change Reserve for six real-time nitrogen dioxide and particle monitors, to be placed in Compton, Shalford, on the gyratory at Friary Bridge and outside three schools near the A3."),
    ]),
    ("What are Portsmouth City Council and the WMCA doing to keep bus fares down from April 2025?", [
        (POR, "To fund a flat single fare of £1 for passengers aged 5 to 19 on all local bus services within the city from 1 April 2025 to 31 March 2026, at an estimated cost of £640,000."),
        (WMCA, "That the £2 single fare continues until 31 March 2026 on all services within the region."),
    ]),
    ("How many gritters do Orkney, Renfrewshire and West Lothian have ready for the winter?", [
        (ORK, "The Committee noted that 14 gritters and 4 tractor mounted spreaders would cover the Mainland, Hoy, Sanday, Stronsay, Westray and Shapinsay, with salt stocks of 4,200 tonnes held at Hatston and on the isles."),
        (REN, "The report stated that the council had 9,500 tonnes of salt in stock at the start of the season across the depots at Underwood Road and Barochan, and 18 gritters, including two smaller vehicles for footways in Paisley town centre."),
        (WL, "The report explained that 26 gritters would operate from the depot at Whitehill, Bathgate, treating 58 per cent of the 1,040 kilometre road network on priority routes."),
    ]),
    ("Which councils are putting in more public charging points for electric cars?", [
        (COT, "RESOLVED: That Cabinet awards a 15 year concession for electric vehicle charge points in nine council car parks to Voltra Charging Ltd."),
        (BRF, "RESOLVED that the procurement of an operator for 136 on-street and car park chargers, funded by the Local Electric Vehicle Infrastructure fund, be approved."),
        (ORK, "The Committee resolved to approve the installation of 12 additional public charge points during 2025."),
        (FEN, "Proposed by Councillor Sutterby, seconded by Councillor Ashdown and AGREED to approve the installation of 26 electric vehicle charge points in six council car parks."),
    ]),
    ("Which councils are refurbishing a public swimming pool?", [
        (STO, "Resolved: That the refurbishment of the swimming pools at Fenton Manor Sports Complex be approved within a budget of £4.2 million."),
        (BG, "To seek Cabinet approval to refurbish the swimming pool at Ebbw Vale Sports Centre and to close the pool while the works are carried out."),
        (TAM, "That Cabinet approves the works at Wilnecote Leisure Centre at a total cost of £2.75 million."),
    ]),
    ("Which councils talked about collecting food waste separately from households?", [
        (IPS, "RESOLVED: That the introduction of a weekly food waste collection service from April 2026 be approved, and that the purchase of eight vehicles and the caddies be funded from the Government's capital grant."),
        (HUN, "RESOLVED that the Panel notes the progress on mobilising separate food waste collections and asks for the trial results and the survey findings to be reported in June 2025."),
        (REN, "There was submitted a report on a project to increase food waste recycling in tenement flats in Paisley and Renfrew."),
        (NOR, "RESOLVED to approve the roll out of communal food waste bins to all council blocks of flats by the end of June 2025."),
    ]),
    ("Which councils have schemes to get long-term empty homes lived in again?", [
        (LUT, "During 2023/24 the team had brought 87 long-term empty homes back into use through advice, loans and enforcement."),
        (EAY, "The Cabinet agreed (i) to approve the Empty Homes Purchase and Repair Programme; and (ii) otherwise to note the report."),
        (MID, "That the Executive approves the North Ormesby and Newport Empty Homes Scheme and the budget of £6 million."),
        (THA, "Councillor Loveridge proposed, Councillor Sale seconded and Cabinet agreed to approve the continuation of the Empty Homes Programme for 2024 to 2027."),
    ]),
]

# near misses, one per document in README.md's table order: (a) said not yet known, (b) never
# mentioned, (c) a neighbouring thing, (d) announced and asked as if done
NEAR_MISSES = [
    "How loud will the cooling fans at the Birchwood Park battery site be at the houses on Admirals Road?",  # a Warrington
    "Which company is supplying the 22 new air quality sensors in Hammersmith and Fulham?",  # b H&F
    "How much will it cost to restore the lodge at Burslem Park?",  # c Stoke
    "What did the parking study of Bourton-on-the-Water find about how many coach spaces are needed?",  # d Cotswold
    "What will it cost per kilowatt hour to charge a car at Bracknell Forest's new lamp post chargers?",  # a Bracknell
    "How long will the Regent Theatre in Ipswich have to shut while its roof is repaired?",  # b Ipswich
    "How many homes in Farley ward in Luton have been empty for more than six months?",  # c Luton
    "What did households in the St Neots food waste trial say in the survey about the size of the caddies?",  # d Huntingdonshire
    "Are the Sunday buses on routes 1 and 2 in Portsmouth going to run more often?",  # a Portsmouth
    "How many people responded to Guildford's consultation on the draft air quality action plan?",  # b Guildford
    "How much salt did Renfrewshire get through in winter 2023/24?",  # c Renfrewshire
    "What did the independent review of the City Hall Christmas market conclude about its effect on Belfast's city centre traders?",  # d Belfast
    "How much will Orkney's first two new North Isles ferries cost?",  # a Orkney
    "How much extra council tax do owners of long-term empty homes pay in East Ayrshire?",  # b East Ayrshire
    "How many councillors voted for and against the new house at Shore Road, Killough, at the Newry, Mourne and Down planning committee?",  # c NMD
    "What did Fenland's study of rapid chargers for taxis and delivery vans at Nene Parade in Wisbech recommend?",  # d Fenland
    "When do the works on Exeter Quay start?",  # a Exeter
    "How many swims a year does the pool at Ebbw Vale Sports Centre get?",  # b Blaenau Gwent
    "How many homes in Newport ward in Middlesbrough have been empty for more than six months?",  # c Middlesbrough
    "Did the evaluation of the West Midlands £2 bus fare cap show that people switched from their cars to the bus?",  # d WMCA
    "On what dates will the pool at Wilnecote Leisure Centre be closed for the new roof?",  # a Tamworth
    "How many grit bins does West Lothian Council put out for residents?",  # b West Lothian
    "How much food waste per flat has been collected in Mile Cross since the communal bins went in?",  # c Norwich
    "What did the study of Cliftonville's empty hotels and guest houses find?",  # d Thanet
]

ORDINARY = [
    "What did Bristol City Council decide about the charges in its clean air zone?",
    "When will Dundee City Council reopen the Olympia leisure centre?",
    "What did Wrexham's executive board agree about school transport?",
    "Has Lisburn and Castlereagh approved its new leisure centre in Lisburn?",
    "How much does it cost to rent an allotment plot in Ipswich?",
    "What are the new cremation fees at the council's crematorium?",
    "How many new CCTV cameras are being put up in the town centre?",
    "Where is the new skate park going to be built?",
]


def questions() -> list[dict]:
    out = []
    for n, (question, doc, quote) in enumerate(ANSWERABLE, 1):
        out.append({"id": f"r{n:02d}", "question": question, "gold": [{"doc": doc, "quote": quote}]})
    for n, (question, golds) in enumerate(ACROSS, 1):
        out.append({"id": f"x{n:02d}", "question": question, "gold": [{"doc": d, "quote": q} for d, q in golds]})
    for n, question in enumerate(NEAR_MISSES, 1):
        out.append({"id": f"u{n:02d}", "question": question, "gold": []})
    for n, question in enumerate(ORDINARY, 1):
        out.append({"id": f"n{n:02d}", "question": question, "gold": []})
    return out


def main() -> int:
    qs = questions()
    assert len(ANSWERABLE) == 72 and len(ACROSS) == 8 and len(NEAR_MISSES) == 24 and len(ORDINARY) == 8, \
        (len(ANSWERABLE), len(ACROSS), len(NEAR_MISSES), len(ORDINARY))
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for q in qs:
            handle.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"wrote {len(qs)} questions to {HERE / 'questions.jsonl'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
