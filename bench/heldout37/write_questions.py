"""Write bench/heldout37/questions.jsonl: 112 questions on this set's 24 documents.

    python bench/heldout37/write_questions.py

r01-r72 answerable (three per document, in the README's table order), x01-x08 across councils (one
gold quote per relevant document), u01-u24 near misses (one per document, kinds in README.md),
n01-n08 ordinary unanswerable. Gold quotes are exact text of the documents; check_gold.py checks them.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

SOU = "ieListDocuments_CId122_MId8893_Southampton_Cabinet"
ISL = "ieListDocuments_CId135_MId5521_Islington_Planning"
TRA = "ieListDocuments_CId148_MId4037_Trafford_Executive"
DER = "ieListDocuments_CId141_MId12204_Derby_Cabinet"
OXF = "ieListDocuments_CId423_MId7319_Oxford_Cabinet"
BLA = "ieListDocuments_CId133_MId6610_Blackpool_Executive"
WES = "mgAi_ID51873_Westminster_CETPS"
MAI = "mgAi_ID29406_Maidstone_ERL_PAC"
STA = "ieDecisionDetails_ID17342_Staffordshire_Highways"
NOT = "ieDecisionDetails_ID6281_Nottingham_ExecBoard"
DUN = "Dundee_City_Development_Minutes_2024-03-04"
FAL = "Falkirk_Planning_Committee_2023-08-30"
RVB = "RVBC_Community_Services_2024-01-09"
NSD = "NSDC_Cabinet_Minutes_2024-06-18"
STE = "SBC_Executive_Minutes_131223"
MUD = "MUDC_Environment_Committee_2024-04-09"
TWB = "TWBC_Cabinet_Pack_2024-09-26"
RCT = "RCT_Cabinet_Pack_2023-10-18"
AVD = "AVDC_Cabinet_Pack_2019-10-08"
LDN = "LDNPA_Report_Glenridding_Flood_Resilience"
ABE = "ACC_Report_LEZ_First_Year"
EDI = "CEC_Transport_Environment_Minutes_2023-11-02"
PRE = "PCC_Planning_Committee_Minutes_2024-02-01"
DGC = "DGC_Wigtown_Area_Committee_2023-05-24"

ANSWERABLE = [
    # Southampton
    ("Which firm is going to put in the new on-street car chargers in Southampton?", SOU,
     "the highest scoring bidder was Voltaris Charge Ltd, which would install 240 lamp column and kerbside charge points in Shirley, Portswood, Bitterne and Woolston"),
    ("Is Southampton City Council putting any of its own money into the street charge points?", SOU,
     "The installation would be paid for by the government's Local Electric Vehicle Infrastructure fund grant of £2.1 million together with £1.4 million of private investment by the operator, so the Council would not contribute capital of its own."),
    ("What shape is the dry ski slope at the Sports Centre in Bassett in, according to the engineers who looked at it?", SOU,
     "The survey found that the matting on the upper third of the main slope had worn beyond safe use and that two of the steel support columns beneath the nursery slope showed corrosion that needed treatment within twelve months."),
    # Islington
    ("How did the vote go on the Hornsey Road flats, and who proposed approving them?", ISL,
     "Councillor Ozturk moved that planning permission be granted as recommended, with an additional condition requiring a construction noise plan. This was seconded by Councillor Lavender. On being put to the vote, six members voted in favour and two against."),
    ("Why did Islington turn down the hotel plan for the office block at Archway?", ISL,
     "Officers recommended refusal because the proposal would lose business floorspace in the Archway town centre without convincing evidence that there was no demand for it."),
    ("When will Islington's planning committee decide on the extra flats on the roof in Gillespie Road?", ISL,
     "That consideration of the application be deferred to the meeting of the Committee on 12 December 2023 so that an independent daylight and sunlight review can be carried out."),
    # Trafford
    ("How much money will Trafford save by cutting library hours?", TRA,
     "The new pattern would save £186,000 a year, mainly by not filling vacant posts, and no library would close."),
    ("Who is building the new leisure centre in Altrincham and what's the price?", TRA,
     "Following a mini competition through a regional framework, Halden Construct Ltd was the preferred contractor, at a fixed price of £27.4 million."),
    ("What answer did the Urmston resident get about the flooding on Flixton Road?", TRA,
     "The Executive Member for Highways replied that the gullies had been jetted on 3 July and that a camera survey had been booked to find whether there was a collapsed pipe further down the system."),
    # Derby
    ("How many potholes were filled in Derby in 2022/23?", DER,
     "In 2022/23 the Council's crews had repaired 12,870 potholes, a third more than in the year before, largely because of the cold spell in December."),
    ("Which days will Mackworth library be shut under the new hours?", DER,
     "From November those three libraries would open on Tuesdays, Thursdays, Fridays and Saturdays, closing on Mondays and Wednesdays."),
    ("Where is the money for rebuilding Derby's Assembly Rooms coming from?", DER,
     "The project would be paid for by the Levelling Up Fund grant of £15.1 million, with the Council borrowing a further £3.2 million to be repaid from the venue's income."),
    # Oxford
    ("Who is paying for the heat pumps at Blackbird Leys Leisure Centre?", OXF,
     "A grant of £1.9 million had been offered by the Public Sector Decarbonisation Scheme, and the Council would fund the remaining £420,000 from its capital programme."),
    ("Will the swimming pool at Blackbird Leys have to shut while the heating is replaced?", OXF,
     "the plant would be changed over in stages and that the pool would close for no more than ten days, which would be timed for the summer half term when school bookings were lowest"),
    ("How many shops are standing empty in Oxford's Covered Market?", OXF,
     "five of the 52 units were empty at the end of September, compared with eleven two years earlier"),
    # Blackpool
    ("What did people tell Blackpool in the consultation on licensing smaller shared houses?", BLA,
     "It found that 61 per cent of respondents agreed with the proposed scheme, with support strongest among residents, while most landlords who responded were against it, mainly because of the fee."),
    ("Which company got the job of redoing the Stanley Park playground?", BLA,
     "Brightplay Leisure Ltd had submitted the best quality and price tender and would carry out the work at a cost of £385,000"),
    ("When do the 2025 Blackpool Illuminations finish?", BLA,
     "The lights would be switched on on 29 August 2025 and would run until 3 January 2026"),
    # Westminster
    ("What is Westminster doing about Leicester Square looking filthy first thing in the morning?", WES,
     "the worst litter was left between 4am and 6am by people leaving late venues, so a new early morning shift would start at 5am from April to sweep the square and Gerrard Street before the morning rush"),
    ("How many homes in Westminster get their food waste collected now?", WES,
     "The Director reported that weekly food waste collections now reached 61,400 households, around half of the homes in the city, mostly in street properties with their own front doors."),
    ("By when should every block of flats in Westminster have food waste collections?", WES,
     "the remaining blocks would be added in phases through 2024 and 2025, with the last of them due by December 2025"),
    # Maidstone
    ("What will an hour in a Maidstone town centre car park cost from April 2024?", MAI,
     "Officers proposed to raise the hourly tariff in the town centre car parks by 10p, from £1.60 to £1.70"),
    ("How full do Maidstone's town centre car parks get, according to the count done in the summer?", MAI,
     "An occupancy survey carried out in June 2023 found that the town centre car parks at Lockmeadow, King Street and Sittingbourne Road were on average 58 per cent full on weekdays and 81 per cent full on Saturdays, while Brooking Road was rarely more than a third full."),
    ("Who tried to drop the Sunday charge at Lockmeadow, and did it work?", MAI,
     "Councillor Rhodes moved, and Councillor Naghi seconded, that the Sunday charge at Lockmeadow be removed from the proposals. The amendment was lost by 3 votes to 5."),
    # Staffordshire
    ("Which contractor will be filling potholes in the north of Staffordshire?", STA,
     "That the contract for highway patching and pothole repairs, Lot 1 (North), be awarded to Midshire Surfacing Ltd for a period of four years from 1 July 2024, with an option to extend for up to two further years."),
    ("How quickly will the worst potholes in north Staffordshire have to be repaired under the new contract?", STA,
     "That the contract include a target of repairing 90 per cent of category 1 defects within 32 hours of being reported."),
    ("Why isn't Staffordshire doing the pothole work with its own workforce?", STA,
     "Bringing the work in house was considered and rejected, because the Council does not own the plant and vehicles needed and could not recruit the skilled operatives in time for the 2024 season."),
    # Nottingham
    ("How much will a Nottingham landlord have to pay to license a shared house?", NOT,
     "To set the licence fee at £1,150 for a five year licence, payable in two parts, with a reduced fee of £850 for landlords accredited with the Nottingham Rental Standard."),
    ("What did council inspectors find when they visited shared houses in Nottingham?", NOT,
     "Inspections under the current scheme found serious hazards, most often fire safety failings, damp and mould, and overcrowding, in four out of ten of the shared houses visited."),
    ("Why didn't Nottingham just license HMOs in the student areas?", NOT,
     "A scheme limited to the wards with the most student housing was considered but rejected, as the inspections found poor conditions in shared houses in every part of the city."),
    # Dundee
    ("What share of vehicles driving into Dundee's low emission zone failed the standards when the cameras checked in January?", DUN,
     "camera surveys carried out in January 2024 found that 4.1 per cent of vehicles entering the zone did not meet the emission standards, compared with 11 per cent in the baseline survey of 2021"),
    ("Is the Central Library in Dundee going to open on Sundays?", DUN,
     "The Committee agreed that the Central Library in the Wellgate Centre would open on Sundays from 12 noon to 4pm from 7th April, 2024"),
    ("Who proposed selling Waterfront Plot 6 to Taybank Developments?", DUN,
     "Councillor Paton, seconded by Councillor Abernethy, moved that the offer from Taybank Developments Ltd be accepted."),
    # Falkirk
    ("How did Falkirk councillors vote on the 64 houses off Maddiston Road in Brightons?", FAL,
     "On a division, 7 members voted for the motion and 3 voted for the amendment."),
    ("Why was the takeaway in the old bank in La Porte Precinct refused?", FAL,
     "the proposal would add to an over concentration of hot food takeaways in Grangemouth town centre and would harm its vitality"),
    ("How much does the Brightons housing developer have to pay towards school places?", FAL,
     "the developer would pay an education contribution of £412,000 towards an extension at Wallacestone Primary School, which would be paid before the twentieth house was occupied"),
    # Ribble Valley
    ("How many people went to Clitheroe Castle Museum in 2023?", RVB,
     "Clitheroe Castle Museum had welcomed 48,260 visitors in 2023, up from 41,900 in 2022"),
    ("Which builder is doing up Ribblesdale Pool and how much will it cost?", RVB,
     "Tenders had been received from four contractors and the lowest compliant tender, from Pennine Build and Maintenance Ltd, was £612,000."),
    ("Where will the school swimming lessons go while Ribblesdale Pool is shut?", RVB,
     "lessons for primary schools would be moved to Longridge and Whalley during the closure and that the Council would provide the coaches"),
    # Newark and Sherwood
    ("Who is paying to put the car chargers into the council car parks in Newark and Ollerton?", NSD,
     "A total of 32 charge points would be installed by Amperlink Networks Ltd under a fifteen year lease of the spaces, with the company meeting the full cost of installation, electricity connections and maintenance."),
    ("How is the Newark Castle Gatehouse project being paid for?", NSD,
     "It would be paid for by a National Lottery Heritage Fund grant of £3.1 million, £900,000 from the Council's capital programme and £300,000 raised by the Newark Castle Trust."),
    ("Will the new charging bays eat up a lot of parking in Newark on market days?", NSD,
     "The Portfolio Holder replied that no more than four spaces would be used in any one car park and that the Riverside car park had spare capacity even on Saturdays."),
    # Stevenage
    ("Who won the contract to build the second phase of SG1 in Stevenage?", STE,
     "Following a two stage tender, Corrigan and Blake Construction Ltd had been selected."),
    ("What did Stevenage's survey of its council houses find about damp and mould?", STE,
     "A stock condition survey of all 7,900 council homes, completed in October 2023, had found damp or mould in 612 homes, of which 74 were classed as severe and given priority."),
    ("How are the pilot charging points in Bedwell and Shephall being funded?", STE,
     "The cost of the pilots would be met by a £1.2 million grant from the Local Electric Vehicle Infrastructure fund."),
    # Mid Ulster
    ("How many houses flooded in Coagh and Moneymore in October 2023?", MUD,
     "Thirty one homes had been flooded in Coagh and Moneymore and the Council had paid the emergency household payment of £1,000 to twenty nine of them."),
    ("How many fines for dog fouling did Mid Ulster hand out in 2023/24?", MUD,
     "the Council's enforcement officers had issued 142 fixed penalty notices for dog fouling in 2023/24, compared with 96 the year before"),
    ("Can Mid Ulster put up the £80 dog fouling fine?", MUD,
     "The Head of Environmental Services replied that the amount was set by the Department and that the Council could not change it."),
    # Tunbridge Wells
    ("What will two hours in the Crescent Road car park cost from next April?", TWB,
     "At Crescent Road car park, the busiest of the Council's car parks, the charge for up to two hours would rise from £3.40 to £3.80."),
    ("How many visitors has The Amelia Scott had so far?", TWB,
     "It had received 612,000 visits in its first two years, against a target of 500,000."),
    ("What was Councillor Baird told about the running costs of The Amelia Scott?", TWB,
     "The Cabinet Member for Culture replied that the net cost to the Council in 2023/24 had been £1.18 million, shared with Kent County Council under the partnership agreement."),
    # Rhondda Cynon Taf
    ("How many playgrounds is RCT doing up this year, and what will it cost?", RCT,
     "It is recommended that the Cabinet approve the refurbishment of the 27 play areas listed in Appendix 1 at a total cost of £1.2 million."),
    ("What did the spring safety check of Rhondda Cynon Taf's play areas show?", RCT,
     "The annual independent safety inspection in spring 2023 found that 31 play areas had equipment that would need replacing within two years."),
    ("How many homes will the flood works in Treforest protect?", RCT,
     "The Director replied that the works on Cemetery Road and Fothergill Street would reduce the risk of flooding to 93 homes and 11 businesses."),
    # Aylesbury Vale
    ("Which company runs the Waterside Theatre in Aylesbury?", AVD,
     "That the operating agreement with Stagecraft Venues Ltd be extended for three years from 1 January 2020"),
    ("Why didn't Aylesbury Vale put the running of the Waterside Theatre out to tender again?", AVD,
     "A full procurement was considered but was not recommended, because it could not be completed before the current agreement ends and because bidders would be uncertain about the new council's plans."),
    ("What did the Leader say about keeping Aylesbury Vale's reserves for local projects after Buckinghamshire Council takes over?", AVD,
     "The Leader replied that the Implementation Executive had agreed that commitments already made by the district would be honoured, but that unallocated reserves would pass to the new council."),
    # Lake District
    ("How much is the National Park Authority putting into the Glenridding flood scheme, and from which budgets?", LDN,
     "It is proposed that the Authority contributes up to £240,000 to the scheme, of which £150,000 would come from the Authority's capital reserve and £90,000 from the Ullswater recreation fund."),
    ("Why does Glenridding keep flooding?", LDN,
     "Gravel washed down Glenridding Beck builds up under the bridges in the village and raises flood levels, so that even moderate storms now threaten properties on the main street."),
    ("When will the washed out path up to Lanty's Tarn be fixed, and who is doing it?", LDN,
     "The Lanty's Tarn path would be repaired first, by the Authority's own rangers and volunteers, by Easter 2025."),
    # Aberdeen
    ("How many LEZ fines did Aberdeen issue in the first year?", ABE,
     "In the first twelve months of enforcement, 9,412 penalty charge notices were issued, most of them in the first three months."),
    ("Has the air got cleaner at Wellington Place since Aberdeen's LEZ came in?", ABE,
     "At the Wellington Place monitoring site, the annual mean concentration of nitrogen dioxide fell from 38 to 31 micrograms per cubic metre, comfortably below the legal limit of 40."),
    ("What is Aberdeen allowed to spend the LEZ penalty money on?", ABE,
     "By law, this income may only be used to support the aims of the zone."),
    # Edinburgh
    ("From when will Edinburgh start enforcing the pavement parking ban?", EDI,
     "An update was provided on preparations to enforce the national ban on pavement parking, dropped kerb parking and double parking, which the Council would begin enforcing on 11 December 2023."),
    ("How many councillors backed giving drivers a month of warnings before pavement parking fines in Edinburgh?", EDI,
     "For the amendment: 3 votes (Councillors Bruce, Munro and Orr)."),
    ("Will the George Street building works in Edinburgh stop the festival events?", EDI,
     "the works would be phased so that the street could host events in August each year"),
    # Preston
    ("Why was the house share on Deepdale Road refused?", PRE,
     "That planning permission be refused because the proposal would lead to an over concentration of houses in multiple occupation in the area, harming the character of the street and the living conditions of neighbours."),
    ("Who would have lived in the Deepdale Road house, according to the applicant?", PRE,
     "The applicant spoke in support, saying that the house would be let to nurses and junior doctors working at the Royal Preston Hospital."),
    ("What happened with the appeal over the drive through on Blackpool Road in Preston?", PRE,
     "the appeal against the refusal of a drive through restaurant on Blackpool Road had been dismissed on 9 January 2024"),
    # Dumfries and Galloway
    ("How many properties will the Newton Stewart flood scheme protect?", DGC,
     "254 properties in Newton Stewart and Minnigaff would be protected"),
    ("How long will the roadworks on the A746 between Whithorn and the Isle of Whithorn last?", DGC,
     "the resurfacing of the A746 between Whithorn and the Isle of Whithorn, which would take place over four weeks from 11 September 2023 with a convoy system in place"),
    ("How much did the Wigtown Book Festival get from the area committee?", DGC,
     "The Committee agreed awards of £4,500 to the Wigtown Book Festival for its schools programme"),
]

ACROSS = [
    ("What are Maidstone and Tunbridge Wells doing to their car park charges?", [
        (MAI, "Officers proposed to raise the hourly tariff in the town centre car parks by 10p, from £1.60 to £1.70"),
        (TWB, "It is proposed that the hourly tariff in the town centre car parks rises by 20p."),
    ]),
    ("How are Dundee and Aberdeen getting on with their low emission zones?", [
        (DUN, "camera surveys carried out in January 2024 found that 4.1 per cent of vehicles entering the zone did not meet the emission standards"),
        (ABE, "Compliance with the emission standards among vehicles entering the zone rose from 92 per cent in the month before enforcement to 98.4 per cent in May 2025."),
    ]),
    ("What are Staffordshire County Council and Derby City Council doing about potholes?", [
        (STA, "The County Council's own inspections in the winter of 2023/24 found more than 41,000 potholes and other defects across the county, around a fifth more than the previous winter, so additional planned patching capacity is needed."),
        (DER, "A second find and fix crew would also be set up so that clusters of small defects could be repaired in a single visit."),
    ]),
    ("What have Blackpool, Nottingham and Preston decided about houses in multiple occupation?", [
        (BLA, "The Executive resolved to designate the Claremont, Talbot and Bloomfield wards as an area for additional licensing for five years."),
        (NOT, "To designate the whole of the City of Nottingham as an area subject to additional licensing of houses in multiple occupation for five years, starting on 1 December 2024."),
        (PRE, "That planning permission be refused because the proposal would lead to an over concentration of houses in multiple occupation in the area"),
    ]),
    ("Which councils are putting in public charging points for electric cars?", [
        (SOU, "That the concession for on-street electric vehicle charging be awarded to Voltaris Charge Ltd for a term of twelve years."),
        (NSD, "AGREED (unanimously) that Cabinet approve the lease of car parking spaces to Amperlink Networks Ltd for the provision of public electric vehicle charging."),
        (STE, "The strategy proposed 180 charge points in parking courts and neighbourhood centres by 2027, starting with pilots at Bedwell, Shephall and The Oval."),
        (ABE, "It is proposed to add 30 rapid charge points at six new hubs by March 2027, funded by the Local Electric Vehicle Infrastructure fund and a private operator, to be chosen by tender."),
    ]),
    ("Which councils are renewing children's play areas?", [
        (BLA, "The new play area would include equipment for disabled children, a sensory garden and a larger area for under fives."),
        (FAL, "The committee considered an application by Falkirk Council for replacement play equipment at the Callendar Park play area, including an accessible roundabout, a zip wire of 40 metres and new fencing."),
        (RCT, "Each will have new surfacing and at least one piece of inclusive equipment suitable for children with disabilities."),
    ]),
    ("Which councils are changing when their libraries are open?", [
        (TRA, "The proposals would move Sale, Altrincham and Stretford libraries to a common pattern of six days a week, closing all day on Wednesdays, while the smaller libraries at Hale, Timperley and Partington would open on four days a week."),
        (DER, "The Cabinet Member for Culture and Leisure introduced proposals to change opening hours at Alvaston, Chaddesden and Mackworth libraries, where visits were still below their levels before the pandemic."),
        (DUN, "The Committee agreed that the Central Library in the Wellgate Centre would open on Sundays from 12 noon to 4pm from 7th April, 2024"),
    ]),
    ("Which councils are dealing with homes at risk of flooding from rivers and becks?", [
        (MUD, "Thirty one homes had been flooded in Coagh and Moneymore"),
        (RCT, "the works on Cemetery Road and Fothergill Street would reduce the risk of flooding to 93 homes and 11 businesses"),
        (LDN, "Sixty properties in Glenridding are at risk from a flood with a one in a hundred chance of happening in any year."),
        (DGC, "The Flood Risk Management Team Leader gave an update on the Newton Stewart flood protection scheme for the River Cree, which would protect homes and businesses on Riverside Road, Arthur Street and Queen Street."),
    ]),
]

NEAR_MISSES = [
    "How much more will it cost to drive over the Itchen Bridge once the toll review is done?",  # SOU a
    "How many councillors voted against the hotel at 1 Junction Road in Archway?",  # ISL c
    "What did library users in Trafford say about the new opening hours when they were surveyed?",  # TRA d
    "How quickly does Derby promise to fix a pothole once someone reports it?",  # DER b
    "How much rent did Oxford's Covered Market bring in during 2022/23?",  # OXF c
    "When does Blackpool's licensing scheme for smaller HMOs start?",  # BLA a
    "How much is Westminster spending on rolling out food waste collections?",  # WES b
    "What did the independent review of parking at Mote Park recommend?",  # MAI d
    "How much is Staffordshire's pothole contract for the southern districts worth?",  # STA c
    "How many shared houses in Nottingham will need a licence under the new scheme?",  # NOT b
    "Did Dundee's study find that the low emission zone has pushed traffic onto the streets around its edge?",  # DUN d
    "How many councillors voted against the hot food takeaway in Grangemouth?",  # FAL c
    "When is Ribblesdale Pool in Clitheroe reopening after the refurbishment?",  # RVB a
    "What future use did the options appraisal recommend for the Buttermarket in Newark?",  # NSD d
    "How many tenants complained to Stevenage about damp and mould last year?",  # STE b
    "Is DfI Rivers going to pay for a flood scheme to protect Coagh?",  # MUD a
    "What will two hours in the Torrington car park in Tunbridge Wells cost from April 2025?",  # TWB c
    "What did the accessibility survey of Rhondda Cynon Taf's play areas find?",  # RCT d
    "How much management fee does Aylesbury Vale pay the company that runs the Waterside Theatre?",  # AVD b
    "How high will the new flood walls along Glenridding Beck be?",  # LDN a
    "How far has nitrogen dioxide fallen on Market Street in Aberdeen since the LEZ started?",  # ABE c
    "What did Edinburgh's review of the bin hubs on Leith Walk find?",  # EDI d
    "Did the developer win the appeal over the 38 homes at Fishergate Hill in Preston?",  # PRE a
    "How much will the Newton Stewart flood protection scheme cost?",  # DGC b
]

ORDINARY = [
    "What did Leeds City Council decide about its bus lanes?",
    "How much is Cardiff charging for bulky waste collections?",
    "Has Norwich agreed to build a new swimming pool?",
    "What has the Highland Council decided about the Inverness Christmas market?",
    "How much does it cost to rent an allotment plot?",
    "Is the council putting up its cremation fees?",
    "What are the new taxi licence fees?",
    "Which councils have banned disposable barbecues in their parks?",
]


def questions() -> list[dict]:
    out = []
    for n, (question, name, quote) in enumerate(ANSWERABLE, 1):
        out.append({"id": f"r{n:02d}", "question": question, "gold": [{"doc": name, "quote": quote}]})
    for n, (question, golds) in enumerate(ACROSS, 1):
        out.append({"id": f"x{n:02d}", "question": question, "gold": [{"doc": d, "quote": q} for d, q in golds]})
    for n, question in enumerate(NEAR_MISSES, 1):
        out.append({"id": f"u{n:02d}", "question": question, "gold": []})
    for n, question in enumerate(ORDINARY, 1):
        out.append({"id": f"n{n:02d}", "question": question, "gold": []})
    return out


def main() -> int:
    qs = questions()
    assert len(ANSWERABLE) == 72 and len(ACROSS) == 8 and len(NEAR_MISSES) == 24 and len(ORDINARY) == 8
    (HERE / "questions.jsonl").write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in qs),
                                          encoding="utf-8")
    print(f"wrote {len(qs)} questions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
