"""Write bench/heldout47/questions.jsonl: 112 questions on the invented documents of content.py.

    python bench/heldout47/write_questions.py

r01-r72 answerable (three per document, in the README's table order), x01-x08 across councils
(one gold quote per relevant document), u01-u24 near misses (one per document, six of each kind:
see README.md) and n01-n08 ordinary unanswerable questions. Every gold quote is exact text of its
document; check_gold.py checks them against the built corpus.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

BRENT = "ieListDocuments_CId456_MId8123_Brent_Cabinet"
WYRE = "ieListDocuments_CId148_MId3390_Wyre_Planning"
BHAM = "ieListDocuments_CId140_MId25531_Birmingham_Cabinet"
SHROP = "ieListDocuments_CId167_MId5402_Shropshire_NorthernPlanning"
CROY = "ieListDocuments_CId151_MId4418_Croydon_Cabinet"
WARKS = "ieListDocuments_CId155_MId3027_Warwickshire_Cabinet"

ANSWERABLE = [
    # Brent
    ("Which company is going to manage the leased temporary homes for Brent?",
     [(BRENT, "the preferred managing agent was Kelbrook Residential Lettings Ltd")]),
    ("Where are most of the Brent families who have been housed outside London living?",
     [(BRENT, "212 households were placed outside London, most of them in Luton and Thurrock")]),
    ("Will the Roundwood Park café shut over the winter months?",
     [(BRENT, "the lease required the café to open every day from 8am to 4pm between November and February and until 6pm for the rest of the year")]),
    # Wyre
    ("Who proposed turning down the 140 houses off Garstang Road East, and who backed the motion?",
     [(WYRE, "Councillor Quennell moved that the application be refused, contrary to the officer recommendation, on the grounds of harm to highway safety and the loss of open countryside. This was seconded by Councillor Jonah Pettigrew.")]),
    ("How much will it cost to rent one of the new Cleveleys beach huts for the season?",
     [(WYRE, "the huts would be let at £1,150 for a season")]),
    ("Could someone live permanently in one of the Preesall holiday lodges?",
     [(WYRE, "a condition would stop any lodge being occupied as anyone's sole or main residence")]),
    # Birmingham
    ("Who won the contract to do up the Sutton Park visitor centre?",
     [(BHAM, "the highest scoring was from Northfold Construction Ltd at £1.84m")]),
    ("Why has the Sutton Park visitor centre been shut?",
     [(BHAM, "The visitor centre at Town Gate had been closed to the public since a roof failure in February 2023.")]),
    ("Have Saturday queues at the Birmingham tips got shorter since booking started?",
     [(BHAM, "average queueing time on Saturdays had fallen from 47 minutes to 9 minutes")]),
    # Shropshire
    ("How will the lorries serving the Whixall chicken sheds be kept away from the school?",
     [(SHROP, "a condition requiring a traffic management plan, with vehicles routed via the B5476 only, had been added")]),
    ("What will happen to the manure from the Hinton Farm poultry units?",
     [(SHROP, "manure would be taken off site by covered trailer to an anaerobic digestion plant near Market Drayton")]),
    ("What was the vote on the poultry units at Whixall?",
     [(SHROP, "Councillor Rowntree moved approval, seconded by Councillor Dominic Fairweather, and the application was approved by 8 votes to 2.")]),
    # Croydon
    ("How far from Croydon could the homes bought for homeless families be?",
     [(CROY, "the programme would buy only in Croydon and in the neighbouring boroughs of Sutton and Merton, and that no home would be more than a 45 minute journey by public transport from Croydon town centre")]),
    ("Can teenagers use Croydon's unstaffed library hours on their own?",
     [(CROY, "children under 16 could not use the service unless with an adult")]),
    ("How much will Croydon get each year from the company running Fairfield Halls?",
     [(CROY, "the operator would pay the council a management fee of £250,000 a year, rising with inflation")]),
    # Warwickshire
    ("By how much is Warwickshire expected to overspend on taking children to school this year?",
     [(WARKS, "Spending on home to school transport was forecast to exceed the budget by £4.6m in 2024/25")]),
    ("How many pupils did independent travel training in Warwickshire last year?",
     [(WARKS, "48 pupils had completed independent travel training last year and the target for the coming year was 80")]),
    ("Why is the adventure playground at Kingsbury Water Park being replaced?",
     [(WARKS, "had failed its annual inspection in 2023, when three pieces of equipment were removed")]),
]

NEAR = [
    ("What will it cost per kWh to charge a car at Brent's new lamp post chargers?", "a",
     "the tariff had not yet been agreed with the operator"),
    ("How many councillors voted for the holiday lodges at Pilling Lane in Preesall?", "c",
     "a vote count (7 to 4) is given only for Garstang Road East; Preesall approved with no vote recorded"),
    ("What did Birmingham residents say in the consultation on cutting library opening hours?", "d",
     "the consultation was to run from 18 March to 28 April 2024, after the meeting"),
    ("How many lorry trips a week will the new Whixall poultry units bring?", "b",
     "traffic, routing and lorries discussed at length; no number of vehicle movements"),
    ("How many people used the unstaffed opening hours at Sanderstead library?", "c",
     "the figure (6,870 visits in unstaffed hours) is given only for Selsdon; Sanderstead only its start date"),
    ("How many post-16 students in Warwickshire will get the new travel grant?", "a",
     "not yet known: applications open only in August"),
]

TAND = "mgAi_ID61842_Tandridge_StrategyResources"
ENF = "mgAi_ID30975_Enfield_OverviewScrutiny"
SURREY = "ieDecisionDetails_ID9871_Surrey_BusContracts"
KENT = "ieDecisionDetails_ID27714_Kent_SchoolTransport"

ANSWERABLE += [
    # Tandridge
    ("How much more will an hour's parking in Oxted cost from next April?",
     [(TAND, "the charge for up to one hour in the Oxted and Caterham valley car parks rise from £1.00 to £1.30")]),
    ("What would it cost Tandridge to make parking free on the Saturdays before Christmas?",
     [(TAND, "a free parking offer for the four Saturdays before Christmas would cost about £22,000 in lost income")]),
    ("Did councillors agree to give Johnsdale car park a free half hour too?",
     [(TAND, "Councillor Garroway proposed an amendment that the free 30 minutes be extended to the Johnsdale car park in Oxted. This was seconded by Councillor Oakhanger and was lost by 5 votes to 7.")]),
    # Enfield
    ("How much is homeless accommodation expected to cost Enfield this year compared with what was budgeted?",
     [(ENF, "The net cost of temporary accommodation to the council's general fund was forecast to reach £31.4m in 2023/24, against a budget of £22m.")]),
    ("Has Enfield stopped using any hotels for homeless families after checking them?",
     [(ENF, "two hotels in Edmonton had been removed from the list in 2023 after inspections found damp and broken fire doors")]),
    ("What help does Enfield give so that children in hotels can stay at their school?",
     [(ENF, "a dedicated education liaison officer had been appointed in September 2023 to arrange travel passes and school places for children placed away from their schools")]),
    # Surrey
    ("Which bus company will run the supported routes around Guildford and Godalming from September?",
     [(SURREY, "to award contracts for routes 46, 53, 63, 65, 71, 503 and 523 to Hillbrook Coaches Ltd for five years")]),
    ("Why are the evening 71 buses to Cranleigh being swapped for a bookable minibus?",
     [(SURREY, "Passenger counts on the route 71 evening journeys averaged four people a journey in 2023")]),
    ("Why didn't Surrey just scrap the evening 71 journeys altogether?",
     [(SURREY, "it would leave Cranleigh without any evening public transport link to Guildford")]),
    # Kent
    ("How much has Kent's spending on transport for children with special needs gone up?",
     [(KENT, "has risen from £52m in 2019/20 to a forecast £81m in 2023/24")]),
    ("Why didn't Kent just extend the existing school transport contracts for another year?",
     [(KENT, "the extension prices quoted by operators were on average 23% higher than the tendered prices")]),
    ("Did the councillors' cabinet committee back the Swale and Thanet transport contracts?",
     [(KENT, "on 14 November 2023 endorsed the proposed decision by 9 votes to 2")]),
]

NEAR += [
    ("What did the parking survey in Caterham on the Hill find about commuters parking all day?", "d",
     "an independent parking usage survey was to be commissioned over the winter"),
    ("On average, how long do Enfield families stay in a hotel or B&B before moving on?", "b",
     "hotel placements, inspections and costs discussed at length; no length of stay"),
    ("How much will a single journey cost on the new bookable minibus between Guildford and Cranleigh?", "a",
     "the fares have not yet been set"),
    ("How much will the new Thanet special needs transport contracts save Kent each year?", "c",
     "the saving (£412,000 a year) is given only for the Swale routes"),
]

OXON = "OCC_Cabinet_Minutes_17Oct2023"
SSTAFFS = "SSDC_Planning_Committee_21May2024"
NYORKS = "NYC_Executive_Minutes_20240220"
SOM = "Somerset_Executive_Minutes_04092024"
CONWY = "Conwy_Cabinet_Minutes_09-04-2024"
PEMBS = "PCC_Cabinet_Minutes_04-12-2023"

ANSWERABLE += [
    # Oxfordshire
    ("How many potholes have been fixed on the A4074 since the spring?",
     [(OXON, "318 defects had been repaired on that road since April")]),
    ("Who is paying to put the chargers in at Oxford's park and ride car parks?",
     [(OXON, "The company would meet the full installation cost of about £1.7m and pay the council a share of the income, so that there would be no capital cost to the county council.")]),
    ("Was there any support for 20mph limits in the Oxfordshire consultation, and how did the Cabinet vote?",
     [(OXON, "Of the 2,905 responses, 64% supported a 20mph limit in their own area."),
      (OXON, "On being put to the vote, the recommendations were carried by 6 votes to 1.")]),
    # South Staffordshire
    ("How much money will the Orton Lane developer give towards the Wombourne doctors' surgery?",
     [(SSTAFFS, "a contribution of £58,400 towards extra rooms at the surgery would be secured through the legal agreement")]),
    ("Who moved and seconded approval of the Orton Lane homes, and what was the vote?",
     [(SSTAFFS, "Councillor Ellerby moved that the application be approved in line with the officer recommendation, seconded by Councillor Dunmore. The motion was carried by 6 votes to 2.")]),
    ("Why was the Codsall Garden Centre café extension turned down?",
     [(SSTAFFS, "on the grounds of harm to the openness of the Green Belt")]),
    # North Yorkshire
    ("How does bus use on the Wensleydale services compare with before Covid?",
     [(NYORKS, "Passenger numbers on the Wensleydale services to Hawes had recovered to 92% of the level before the pandemic")]),
    ("Who is carrying out the repairs at Scarborough Spa, and when?",
     [(NYORKS, "would be carried out by Whitcliffe Marine and Civil Ltd between October 2024 and April 2025, outside the main summer season")]),
    ("What did the 2023 surveys find wrong at Scarborough Spa?",
     [(NYORKS, "Surveys in 2023 had found corroded steelwork in the roof and voids behind the sea wall that had been opened by winter storms.")]),
    # Somerset
    ("What did families say in the consultation on Somerset's school travel policy?",
     [(SOM, "1,140 families had responded to the consultation, of whom 71% disagreed with the nearest school proposal")]),
    ("Will children who already get free transport in Somerset lose it under the new policy?",
     [(SOM, "Pupils already receiving free travel would keep it until they left their current school.")]),
    ("How much will the second homes premium raise in Somerset, and does the council keep all of it?",
     [(SOM, "Charging a 100% premium from April 2025 was expected to raise about £9.3m a year, of which the council would keep around 75% and the rest would go to the police, fire authority and parish councils.")]),
    # Conwy
    ("How many properties flooded when the sea came over the wall at Rhos-on-Sea this winter?",
     [(CONWY, "had been overtopped in storms in January 2024, flooding 11 properties on Marine Drive")]),
    ("Will the new Rhos-on-Sea sea wall spoil the view from the prom?",
     [(CONWY, "the wall would be raised by 0.6 metres at most and that glass panels would be used in front of the shelters")]),
    ("Can a petrol car park in one of Conwy's charging bays?",
     [(CONWY, "a penalty charge would apply to any vehicle parked in a charging bay without charging")]),
    # Pembrokeshire
    ("How old is Pembrokeshire's mobile library van and what would a new one cost?",
     [(PEMBS, "The mobile library van was 15 years old and needed replacing, at a cost of around £190,000.")]),
    ("Will Tenby library lose weekday hours if it opens on Saturday mornings?",
     [(PEMBS, "weekday hours would fall by three hours a week at each of the three libraries")]),
    ("What happened in the Milford Haven trial of less frequent black bag collections?",
     [(PEMBS, "a trial on 3,000 homes in Milford Haven had cut residual waste by 9% without any rise in fly tipping")]),
]

NEAR += [
    ("Will Blue Badge holders be able to charge for free at Oxford's park and ride chargers?", "b",
     "the park and ride charge points are discussed at length (number, types, operator, cost, phasing, failure); nothing on Blue Badge holders or free charging"),
    ("How many affordable homes will the Church Hill development in Kinver include?", "c",
     "the affordable housing figure (40%, 26 homes) is given only for Orton Lane, Wombourne"),
    ("What did the review of supported bus routes in Ryedale recommend?", "d",
     "the review was to be carried out over the summer of 2024 and reported in the autumn"),
    ("How many school transport routes will Somerset withdraw because of the nearest school rule?", "a",
     "could not be known until the admissions data for September 2025 was available"),
    ("When will work start on the new sea defences at Rhos-on-Sea?", "b",
     "the scheme is discussed at length (cause, design, cost, funding, exhibition, view); no start date"),
    ("What did the independent review of Pembrokeshire's mobile library recommend?", "d",
     "the review was to be commissioned in the new year and reported by the summer"),
]

LPOOL = "Liverpool_Cabinet_Pack_22Nov2024"
MONM = "Monmouthshire_Cabinet_Pack_06032024"
GMCA = "GMCA_Pack_28June2024"

ANSWERABLE += [
    # Liverpool
    ("How long was the Newsham Park boating lake shut because of algae last year?",
     [(LPOOL, "the boating lake was closed to the public for 37 days in 2023 because of blue green algae")]),
    ("Who is paying for the restoration of the lakes in Newsham Park and Greenbank Park?",
     [(LPOOL, "Of this, £900,000 would come from the council's parks capital programme, £410,000 from a grant by the Environment Agency's Water Environment Improvement Fund")]),
    ("What did the cabinet member tell the Anfield man whose bins kept being missed?",
     [(LPOOL, "missed collections reported online were now collected within two working days in 88% of cases")]),
    # Monmouthshire
    ("What change did Monmouthshire residents most want at their community hubs?",
     [(MONM, "longer opening at weekends was the change most wanted, followed by more activities for children")]),
    ("When is the Borough Theatre in Abergavenny expected to put on its first show again?",
     [(MONM, "the first public performance was planned for the end of May 2024")]),
    ("How is Monmouthshire paying for the extra Saturday afternoon opening?",
     [(MONM, "Saturday afternoon opening will cost £27,000 a year, which will be met by reducing the hours of customer service staff at the counters.")]),
    # Greater Manchester
    ("Are the franchised buses in Wigan and Bolton running on time more often than before?",
     [(GMCA, "punctuality improved from 64% of buses on time in the year before franchising to 74% in May 2024")]),
    ("What happens to the brownfield housing money if a site doesn't get going in time?",
     [(GMCA, "any funding not committed by March 2025 would be returned to a pot and offered to other schemes in Greater Manchester")]),
    ("What's causing buses to be cancelled on the Bee Network?",
     [(GMCA, "The main causes of lost mileage were driver shortages at two depots and road works on the A580 East Lancashire Road.")]),
]

NEAR += [
    ("How much silt is going to be dredged out of the Greenbank Park lake?", "c",
     "the silt volume (14,000 cubic metres) is given only for the Newsham Park lake"),
    ("Is Usk's library hub moving into Usk Town Hall?", "a",
     "no decision has yet been made on whether the hub will move; options still being compared"),
    ("What did passengers on the Oldham and Rochdale Bee Network buses say in the satisfaction survey?", "d",
     "the independent survey of Tranche 2 was to be carried out in the autumn of 2024"),
]

WILTS = "Wiltshire_Cabinet_Report_EV_Charging_July2024"
VOG = "VoG_Cabinet_Report_Coastal_Erosion_250124"
BCP = "BCP_Environment_Place_OSC_Minutes_2023-11-20"
NFNPA = "NFNPA_Planning_Committee_Minutes_16April2024"
COL = "CityOfLondon_EppingForest_Commons_2023-07-10"

ANSWERABLE += [
    # Wiltshire
    ("Which firm is Wiltshire choosing to install and run its public car chargers?",
     [(WILTS, "the highest scoring was from Chalkdown Energy Ltd, which offered the largest number of charge points and a revenue share of 12% to the council once the company's installation costs had been recovered")]),
    ("Will I have to pay for parking while I charge my car in a Wiltshire council car park?",
     [(WILTS, "drivers using them will not pay for parking while charging for up to four hours")]),
    ("What did Wiltshire's survey about charging find?",
     [(WILTS, "The survey found that 58% of respondents who did not yet own an electric car would consider buying one in the next five years if there were a public charger within a five minute walk of their home.")]),
    # Vale of Glamorgan
    ("How much came down in the cliff fall near Penarth Pier?",
     [(VOG, "about 300 tonnes of rock and clay came down onto the foreshore")]),
    ("Who is paying for the new rock armour at Col-huw beach?",
     [(VOG, "The Col-huw works will be funded 85% by the Welsh Government's Coastal Risk Management Programme and 15% from the council's capital programme.")]),
    ("Why will the Col-huw work be done in the spring rather than later in the year?",
     [(VOG, "working between April and June 2024 to avoid winter storms and the main holiday season")]),
    # BCP
    ("How long is the wait for a council beach hut in Bournemouth, Christchurch and Poole?",
     [(BCP, "The waiting list for an annual let had 4,300 names and the average wait was more than ten years.")]),
    ("Do owners of the beach huts wrecked in the October storm still have to pay their licence fee?",
     [(BCP, "owners would not be charged the site licence fee for the months their hut could not be used")]),
    ("Who moved the recommendation to scrap the beach hut waiting list, and how did the vote go?",
     [(BCP, "Moved by Cllr Lamb, seconded by Cllr Oyelaran; carried, 5 in favour, 2 against.")]),
    # New Forest National Park
    ("Why did the National Park turn down the two houses on Rhinefield Road?",
     [(NFNPA, "the houses would be too large for the plot and would harm the wooded character of Rhinefield Road")]),
    ("Will the new café at the Old Forge in Lyndhurst be allowed to play music outside?",
     [(NFNPA, "conditions limiting opening to 8am to 6pm and preventing amplified music in the courtyard")]),
    ("Why do New Forest commoners need extra fields away from the open forest?",
     [(NFNPA, "ponies and cattle turned out on the open forest had to be brought in during the winter or when they were unwell")]),
    # City of London
    ("How are the cattle in Epping Forest kept in without fences?",
     [(COL, "the cattle were now controlled by an invisible fencing system, in which a buried cable or GPS boundary triggered a sound from a collar worn by each animal")]),
    ("What does it now cost to park at Burnham Beeches at the weekend?",
     [(COL, "RESOLVED, that the weekend charge be increased to £7.00 from 1 September 2023.")]),
    ("How many fires were there in Epping Forest during the dry spell in June?",
     [(COL, "there had been 11 fires, the largest burning about 2 hectares of grassland at Chingford Plain")]),
]

NEAR += [
    ("How many electric cars are registered in Wiltshire at the moment?", "b",
     "charging, the survey, sites, operator, funding and risks discussed at length; no count of electric cars registered"),
    ("How far back from the cliff edge did the Penarth survey say the coastal path must move?", "d",
     "the cliff stability survey was to be commissioned in the spring of 2024, findings expected in the autumn"),
    ("What will a council beach hut at Southbourne cost to rent for 2025?", "a",
     "the 2025 charges had not yet been set; to be decided in the February 2024 budget"),
    ("How many objections were sent in about the café at the Old Forge in Lyndhurst?", "c",
     "the objection count (37 letters) is given only for Rhinefield Road, Brockenhurst"),
    ("How much did the invisible fencing collars for the Epping Forest cattle cost?", "b",
     "the grazing programme and the invisible fencing are discussed at length; no cost is given"),
]

CROSS = [
    ("What have Wyre and BCP decided about beach huts?",
     [(WYRE, "Application by the council's Coast and Countryside service for 24 timber beach huts on the upper promenade north of Jubilee Gardens."),
      (BCP, "RESOLVED that the Committee recommends to Cabinet that the waiting list be closed and a ballot introduced for vacant huts.")]),
    ("What did the City of London and the New Forest National Park Authority discuss about grazing cattle?",
     [(COL, "The herd would be increased from 60 to 85 animals over the five years."),
      (NFNPA, "The Committee considered an application for a field shelter and hay store on 6 hectares of land at Bisterne Close to be used as back-up grazing by commoners.")]),
    ("How many households are in temporary accommodation in Brent, Croydon and Enfield?",
     [(BRENT, "1,742 households were living in temporary accommodation arranged by Brent at the end of November 2023"),
      (CROY, "2,411 households were in temporary accommodation arranged by Croydon in December 2023"),
      (ENF, "3,560 households were in temporary accommodation arranged by Enfield at the end of December 2023")]),
    ("What are Conwy and the Vale of Glamorgan doing to protect their coastlines?",
     [(CONWY, "the preferred option was a rock revetment in front of a raised wall, protecting around 320 homes and businesses"),
      (VOG, "the rock armour would be rebuilt and extended by 80 metres to the west by Breakwater Coastal Engineering Ltd")]),
    ("Which councils are putting in more public charging points for electric cars?",
     [(BRENT, "To approve the installation of 420 lamp column charge points by Voltaro Street Charging Ltd"),
      (OXON, "Cabinet considered a report proposing the installation of 96 charge points across the Thornhill, Redbridge and Pear Tree park and ride sites."),
      (CONWY, "RESOLVED: That the installation of 58 charge points be approved."),
      (WILTS, "The proposal is for 260 charge points at 45 sites")]),
    ("Which councils are struggling with the rising cost of getting children to school?",
     [(WARKS, "Spending on home to school transport was forecast to exceed the budget by £4.6m in 2024/25"),
      (KENT, "Spending on transport for pupils with special educational needs in Kent has risen from £52m in 2019/20 to a forecast £81m in 2023/24."),
      (SOM, "The council expected to spend £38.2m on home to school travel in 2024/25, £5.9m more than budgeted")]),
    ("Which councils have been changing their library opening hours?",
     [(BHAM, "The report set out three options for reducing hours at 17 of them while keeping the Library of Birmingham open six days a week."),
      (CROY, "The report proposed installing the system at Norbury, Thornton Heath and Coulsdon libraries"),
      (PEMBS, "The report also proposed aligning opening hours at Tenby, Fishguard and Narberth libraries so that each opened on Saturday mornings."),
      (MONM, "That Cabinet approves the installation of self service kiosks at all six hubs and the extension of library opening on Saturday afternoons at Abergavenny and Chepstow.")]),
    ("Which councils made decisions about supported bus routes or bus fares?",
     [(NYORKS, "That the £2 fare cap on supported routes be continued until 31 December 2024."),
      (SURREY, "to award contracts for routes 46, 53, 63, 65, 71, 503 and 523 to Hillbrook Coaches Ltd for five years"),
      (GMCA, "The £2 single fare for adults and the £5 day ticket will continue on all franchised and commercial services until at least the end of 2024.")]),
]

ORDINARY = [
    "How much has Leicester City Council put up its taxi licence fees?",
    "What did Swansea Council decide about the new skate park?",
    "How much does a burial plot cost in Wrexham?",
    "When will Carlisle's new swimming pool open?",
    "Which councils have put up their allotment rents?",
    "Is any council bringing in a tourist tax on overnight stays?",
    "What is the fine for not picking up after your dog?",
    "Has any council agreed to put in public drinking water fountains?",
]


def questions() -> list[dict]:
    assert len(ANSWERABLE) == 72 and len(CROSS) == 8 and len(NEAR) == 24 and len(ORDINARY) == 8
    out = []
    for prefix, rows in (("r", ANSWERABLE), ("x", CROSS)):
        for n, (question, gold) in enumerate(rows, 1):
            out.append({"id": f"{prefix}{n:02d}", "question": question,
                        "gold": [{"doc": d, "quote": q} for d, q in gold]})
    for n, (question, _kind, _note) in enumerate(NEAR, 1):
        out.append({"id": f"u{n:02d}", "question": question, "gold": []})
    for n, question in enumerate(ORDINARY, 1):
        out.append({"id": f"n{n:02d}", "question": question, "gold": []})
    return out


def main() -> int:
    rows = questions()
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} questions to {HERE / 'questions.jsonl'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
