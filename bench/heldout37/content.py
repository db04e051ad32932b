"""The documents of bench/heldout37: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout37.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
truth.csv is written from `council`, `stated` (how the text names the council: `yes` in full),
`committee` and `date` (the meeting's, ISO). The content format is heldout5's; the words are this
set's own.
"""
from __future__ import annotations

DOCUMENTS: list[dict] = []


def doc(**fields) -> None:
    DOCUMENTS.append(fields)


def site(name: str, url: str, address: str, copyright_line: str, menu=None, breadcrumb=None, logo_alt=None,
         sidebar=None, footer_links=None) -> dict:
    """A ModernGov site's frame: masthead, menu, breadcrumb, sidebar and footer."""
    return {
        "name": name, "url": url, "address": address, "copyright": copyright_line,
        "logo_alt": logo_alt or f"{name} logo",
        "menu": menu or ["Home", "Councillors", "Meetings", "Decisions", "Contact us"],
        "breadcrumb": breadcrumb or ["Home", "Meetings", "Browse meetings"],
        "footer_links": footer_links or ["Accessibility statement", "Cookies", "Privacy", "Terms of use"],
        "sidebar": sidebar or ["Browse meetings", "Calendar", "Committee details", "Attendance", "Issue history"],
    }


def item(num: str, title: str, body: list[str], intro: str = "", links=(), decision=None) -> dict:
    return {"num": num, "title": title, "body": body, "intro": intro, "links": list(links),
            "decision": decision}


def pitem(num: str, title: str, body: list[str]) -> dict:
    """An item of printed, Word or text minutes."""
    return {"num": num, "title": title, "body": body}


def report(title_lines, cover, sections) -> dict:
    return {"title_lines": title_lines, "cover": cover,
            "sections": [{"title": t, "body": b} for t, b in sections]}


# =========================================================================== ModernGov meeting pages

doc(name="ieListDocuments_CId122_MId8893_Southampton_Cabinet", form="mg-meeting",
    council="Southampton City Council", stated="yes", committee="Cabinet", date="2024-02-13",
    site=site("Southampton City Council", "https://www.southampton.gov.uk",
              "Southampton City Council, Civic Centre, Southampton, SO14 7LY",
              "© Southampton City Council 2024",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Forward plan"],
              breadcrumb=["Home", "Council and democracy", "Meetings", "Cabinet"]),
    heading="Agenda and minutes: Cabinet - Tuesday, 13th February, 2024 4.30 pm",
    venue="Conference Room 3 and 4, Civic Centre, Southampton",
    contact="Judith Mallory, Democratic Support Officer 023 8083 2419",
    items=[
        item("54", "Apologies and Changes in Membership (if any)", [
            "Apologies were received from Councillor Pettifer (Cabinet Member for Children and Learning)."]),
        item("55", "Record of the Previous Decision Making", [
            "RESOLVED that the record of the decision making held on 16 January 2024 be approved and signed as a correct record."]),
        item("56", "On-Street Electric Vehicle Charging: Award of Concession", [
            "Cabinet considered the report of the Cabinet Member for Environment and Transport seeking approval to award a twelve year concession for the installation and operation of on-street charge points across the city.",
            "The Head of Transport explained that the procurement had attracted five bids and that the highest scoring bidder was Voltaris Charge Ltd, which would install 240 lamp column and kerbside charge points in Shirley, Portswood, Bitterne and Woolston between summer 2024 and March 2026. Locations had been chosen where more than 70 per cent of homes had no off-street parking.",
            "The installation would be paid for by the government's Local Electric Vehicle Infrastructure fund grant of £2.1 million together with £1.4 million of private investment by the operator, so the Council would not contribute capital of its own. In return the Council would receive 8 per cent of the operator's net charging revenue for the life of the concession.",
            "Councillor Okafor asked whether residents would be able to object to a charger outside their home. The Cabinet Member replied that every street would receive a letter at least four weeks before works and that objections would be considered through the usual traffic regulation order process.",
            "RESOLVED:",
            "- (i) That the concession for on-street electric vehicle charging be awarded to Voltaris Charge Ltd for a term of twelve years.",
            "- (ii) That authority be delegated to the Executive Director Place to agree the final site list following consultation with ward councillors.",
        ], links=[("Report", "318 KB"), ("Appendix 1 - Site long list", "1 MB"), ("Appendix 2 - ESIA", "204 KB")]),
        item("57", "Southampton Sports Centre: Ski Slope and Pavilion Condition", [
            "Cabinet received a report on the condition of the dry ski slope and the main pavilion at Southampton Sports Centre, Bassett, following a structural and building condition survey carried out by consulting engineers in November 2023.",
            "The survey found that the matting on the upper third of the main slope had worn beyond safe use and that two of the steel support columns beneath the nursery slope showed corrosion that needed treatment within twelve months. The pavilion roof was found to be sound, but its heating plant was at the end of its working life.",
            "The Cabinet Member for Leisure said that the slope had welcomed 31,500 visits in 2022/23 and was one of only a handful of dry slopes left in the south of England. Repairs to the matting and columns were estimated at £465,000 and would be met from the leisure capital programme.",
            "RESOLVED that the repair works set out in paragraph 9 of the report be approved and added to the capital programme at a cost of £465,000.",
        ], links=[("Report", "276 KB")]),
        item("58", "Itchen Bridge Tolls: Review of Charges", [
            "The Cabinet Member for Environment and Transport introduced a report setting out the income and maintenance costs of the Itchen Bridge. Toll income in 2022/23 had been £3.36 million against running and maintenance costs of £3.9 million, and a major bearing replacement was expected within five years.",
            "Cabinet agreed to consult residents, businesses and bridge users on options for the toll structure, including the discount for Smartcities card holders and the overnight charge. The Cabinet Member stressed that no decision had been made on new prices, and that the level of any change to the tolls would be settled only after the consultation closed and would be brought back to Cabinet in the summer.",
            "Councillor Denholm asked whether cyclists would continue to cross free of charge. The Cabinet Member confirmed that there was no proposal to charge cyclists or pedestrians.",
            "RESOLVED that an eight week public consultation on the Itchen Bridge toll structure be approved.",
        ], links=[("Report", "241 KB"), ("Appendix - Toll income 2018 to 2023", "96 KB")]),
    ])

doc(name="ieListDocuments_CId135_MId5521_Islington_Planning", form="mg-meeting",
    council="London Borough of Islington", stated="yes", committee="Planning Committee", date="2023-11-07",
    site=site("Islington Council", "https://democracy.islington.gov.uk",
              "Islington Town Hall, Upper Street, London N1 2UD",
              "Copyright London Borough of Islington 2023",
              logo_alt="London Borough of Islington logo",
              breadcrumb=["Home", "Committees", "Planning Committee"]),
    heading="Agenda and minutes: Planning Committee - Tuesday 7 November 2023 7.30 pm",
    venue="Council Chamber, Islington Town Hall, Upper Street, N1 2UD",
    contact="Marcus Adeyemi, Democratic Services Officer Tel: 020 7527 6148",
    items=[
        item("A1", "Introductions", [
            "Councillor Fenwick welcomed everyone to the meeting. Members of the Committee and officers introduced themselves and the Chair outlined the procedure for the meeting."]),
        item("A2", "Declarations of Interest", [
            "Councillor Baptiste declared that she had attended a public meeting about the Junction Road proposal but had not expressed a view, and would take part in the item with an open mind."]),
        item("B1", "Land to the rear of 201-215 Hornsey Road, London N7", [
            "Redevelopment of a vacant former garage and car repair yard to provide a part four, part five storey building of 28 homes, of which 14 would be for social rent, with cycle storage and a communal garden.",
            "The planning officer reported that 50 per cent of the homes would be affordable, all at social rent, and that the scheme would be car free apart from two accessible bays. Two neighbours addressed the Committee with concerns about overlooking of gardens in Tollington Way and noise from the refuse store.",
            "In response to a question from Councillor Ozturk, the planning officer said that the rear windows facing Tollington Way would be obscure glazed up to 1.7 metres and that the refuse store would be enclosed and set back from the boundary.",
            "Councillor Ozturk moved that planning permission be granted as recommended, with an additional condition requiring a construction noise plan. This was seconded by Councillor Lavender. On being put to the vote, six members voted in favour and two against.",
            "RESOLVED: That planning permission be granted subject to the conditions and informatives set out in the officer's report, the additional condition on construction noise, and a section 106 agreement securing the affordable housing.",
        ], links=[("Officer report - Hornsey Road", "2 MB")]),
        item("B2", "1 Junction Road, Archway, London N19", [
            "Change of use of the first to fifth floors from offices to a 64 bedroom hotel, with a ground floor café retained.",
            "The planning officer advised that the building had been fully let as offices until 2021 and that the applicant's marketing had lasted only seven months. Officers recommended refusal because the proposal would lose business floorspace in the Archway town centre without convincing evidence that there was no demand for it.",
            "The applicant's agent told the Committee that three tenants had left during the pandemic and that a hotel would bring visitors to the Archway shops. Members noted the agent's comments but agreed with officers that the marketing had been too short.",
            "RESOLVED: That planning permission be refused for the reasons set out in the officer's report.",
        ], links=[("Officer report - Junction Road", "1 MB")]),
        item("B3", "Flats 1-9, 22 Gillespie Road, London N5", [
            "Erection of a single storey roof extension to provide two additional flats.",
            "Residents of Gillespie Road and Avenell Road raised concerns about loss of daylight to the homes opposite. Members asked for an independent daylight and sunlight review of the windows opposite before coming to a view.",
            "RESOLVED: That consideration of the application be deferred to the meeting of the Committee on 12 December 2023 so that an independent daylight and sunlight review can be carried out.",
        ], links=[("Officer report - Gillespie Road", "864 KB")]),
    ])

doc(name="ieListDocuments_CId148_MId4037_Trafford_Executive", form="mg-meeting",
    council="Trafford Council", stated="yes", committee="Executive", date="2024-07-22",
    site=site("Trafford Council", "https://democratic.trafford.gov.uk",
              "Trafford Council, Trafford Town Hall, Talbot Road, Stretford, M32 0TH",
              "© Trafford Council",
              menu=["Home", "Your councillors", "Meetings", "Forward plan", "Decisions", "Petitions"]),
    heading="Agenda and minutes: Executive - Monday, 22nd July, 2024 6.30 pm",
    venue="Committee Rooms 2 and 3, Trafford Town Hall, Talbot Road, Stretford, M32 0TH",
    contact="Priya Lakhani, Governance Officer",
    items=[
        item("12.", "Declarations of Interest", [
            "Councillor Whitely declared a personal interest in Minute 14 as a volunteer at Stretford Library."]),
        item("13.", "Questions from Members of the Public", [
            "A resident of Urmston asked when the gullies on Flixton Road would next be cleaned, as the road had flooded twice in June. The Executive Member for Highways replied that the gullies had been jetted on 3 July and that a camera survey had been booked to find whether there was a collapsed pipe further down the system."]),
        item("14.", "Library Service: Opening Hours from October 2024", [
            "The Executive Member for Culture and Leisure introduced the report, which followed a consultation in the spring that received 2,214 responses. The proposals would move Sale, Altrincham and Stretford libraries to a common pattern of six days a week, closing all day on Wednesdays, while the smaller libraries at Hale, Timperley and Partington would open on four days a week.",
            "The new pattern would save £186,000 a year, mainly by not filling vacant posts, and no library would close. Self service access with a library card would be trialled at Timperley Library in the evenings.",
            "Councillor Baines asked how the Council would know whether the new hours suited people. The Executive Member said that a survey of library users on the new opening hours would run from January to March 2025, once the pattern had settled, and its results would be reported to the Executive.",
            "RESOLVED:",
            "- (1) That the revised library opening hours set out in Appendix 2 be approved, to take effect from 7 October 2024.",
            "- (2) That the evening self service trial at Timperley Library be approved.",
        ], links=[("Library opening hours report", "402 KB"), ("Appendix 1 - Consultation results", "733 KB"),
                  ("Appendix 2 - Opening hours", "85 KB")]),
        item("15.", "Altrincham Leisure Centre Redevelopment: Contract Award", [
            "The Executive considered a report on the award of the main construction contract for the new Altrincham Leisure Centre on Oakfield Road, which will have a six lane pool, a learner pool, a sports hall and a gym.",
            "Following a mini competition through a regional framework, Halden Construct Ltd was the preferred contractor, at a fixed price of £27.4 million. Work would start in September 2024 and the centre was expected to open in spring 2026, with the old centre staying open until the new one was ready.",
            "In answer to a question from Councillor Ryecroft, the Director of Leisure said that the contract included a target of 30 per cent of spend with firms based in Greater Manchester.",
            "RESOLVED that the main construction contract be awarded to Halden Construct Ltd at a fixed price of £27.4 million.",
        ], links=[("Report", "512 KB")]),
    ])

doc(name="ieListDocuments_CId141_MId12204_Derby_Cabinet", form="mg-meeting",
    council="Derby City Council", stated="yes", committee="Cabinet", date="2023-09-13",
    site=site("Derby City Council", "https://democracy.derby.gov.uk",
              "Derby City Council, The Council House, Corporation Street, Derby DE1 2FS",
              "© Derby City Council 2023"),
    heading="Agenda and minutes: Cabinet - Wednesday, 13th September, 2023 2.00 pm",
    venue="Committee Room 1, The Council House, Corporation Street, Derby, DE1 2FS",
    contact="Fiona Staniforth, Democratic Services Tel: 01332 643 655",
    items=[
        item("38/23", "Apologies for Absence", ["Apologies were received from Councillor Ashbourne."]),
        item("39/23", "Highways Maintenance: Pothole Repairs and Resurfacing 2023/24", [
            "The Cabinet Member for Streetpride, Highways and Transport presented the report, which set out how the additional £3.4 million received from the Department for Transport would be spent. In 2022/23 the Council's crews had repaired 12,870 potholes, a third more than in the year before, largely because of the cold spell in December.",
            "Most of the new money would go on resurfacing whole lengths of road rather than patching, including Kedleston Road, Nottingham Road in Chaddesden and Stenson Road. A second find and fix crew would also be set up so that clusters of small defects could be repaired in a single visit.",
            "Councillor Hallam asked why Burton Road had not been included. The Cabinet Member replied that Burton Road had been resurfaced in 2019 and scored better on the condition survey than the roads chosen, but that it would be looked at again next year.",
            "Decision",
            "- 1. To approve the resurfacing programme at Appendix 1.",
            "- 2. To approve the creation of a second find and fix crew for the remainder of 2023/24.",
        ], links=[("Report - Highways maintenance", "467 KB"), ("Appendix 1 - Resurfacing programme", "211 KB")]),
        item("40/23", "Libraries: Revised Opening Hours", [
            "The Cabinet Member for Culture and Leisure introduced proposals to change opening hours at Alvaston, Chaddesden and Mackworth libraries, where visits were still below their levels before the pandemic. From November those three libraries would open on Tuesdays, Thursdays, Fridays and Saturdays, closing on Mondays and Wednesdays.",
            "The Derby Central Library in the Riverside Library at the Council House would keep its current hours. The changes would save £92,000 a year.",
            "Councillor Pendleton asked whether the Council had spoken to schools, as some classes visited on Wednesdays. The Cabinet Member said that schools would be offered visits on the open days and that the home library service would not be affected.",
            "Decision",
            "- 1. To approve the revised opening hours for Alvaston, Chaddesden and Mackworth libraries from 6 November 2023.",
        ], links=[("Report - Libraries", "289 KB")]),
        item("41/23", "Assembly Rooms: Design Team Appointment", [
            "Cabinet received an update on the rebuilding of the Assembly Rooms in the Market Place as a venue for concerts, conferences and events. The project would be paid for by the Levelling Up Fund grant of £15.1 million, with the Council borrowing a further £3.2 million to be repaid from the venue's income.",
            "Decision",
            "- 1. To appoint Harrow Lane Architects as lead designer for the Assembly Rooms at a fee of £1.06 million.",
        ], links=[("Report - Assembly Rooms", "342 KB")]),
    ])

doc(name="ieListDocuments_CId423_MId7319_Oxford_Cabinet", form="mg-meeting",
    council="Oxford City Council", stated="yes", committee="Cabinet", date="2024-10-16",
    site=site("Oxford City Council", "https://mycouncil.oxford.gov.uk",
              "Oxford City Council, Town Hall, St Aldate's, Oxford OX1 1BX",
              "© Oxford City Council",
              menu=["Home", "Councillors", "Meetings", "Calendar", "Decisions", "Search documents"]),
    heading="Agenda and decisions: Cabinet - Wednesday 16 October 2024 6.00 pm",
    venue="Long Room, Oxford Town Hall",
    contact="Emily Castleford, Committee and Members Services Officer email: democraticservices@oxford.gov.uk",
    outcome_label="Minutes:",
    items=[
        item("61.", "Declarations of Interest", ["None."]),
        item("62.", "Blackbird Leys Leisure Centre: Heat Decarbonisation", [
            "The Cabinet Member for Healthy Oxford presented a report seeking approval to replace the gas boilers at Blackbird Leys Leisure Centre with air source heat pumps and to add solar panels to the sports hall roof.",
            "The scheme would cost £2.32 million. A grant of £1.9 million had been offered by the Public Sector Decarbonisation Scheme, and the Council would fund the remaining £420,000 from its capital programme. The heat pumps were expected to cut the centre's carbon emissions by around 480 tonnes a year.",
            "Councillor Brightman asked whether the pool would have to close while the work was done. The Head of Community Services said that the plant would be changed over in stages and that the pool would close for no more than ten days, which would be timed for the summer half term when school bookings were lowest.",
            "Resolved to approve the scheme and to accept the grant offer.",
        ], decision=["Cabinet approved the heat decarbonisation works at Blackbird Leys Leisure Centre and accepted the Public Sector Decarbonisation Scheme grant."]),
        item("63.", "Covered Market: Leasing Strategy", [
            "The Cabinet Member for Planning and Culture introduced the updated leasing strategy for the Covered Market. Rent income in 2023/24 had been £1.32 million, and five of the 52 units were empty at the end of September, compared with eleven two years earlier.",
            "The strategy would favour independent food traders and makers, offer shorter leases of up to three years for new businesses, and allow evening opening on Thursdays and Fridays. Traders had been consulted through the Covered Market Traders' Association.",
            "Councillor Harrow asked whether rents would rise. The Cabinet Member replied that rents would be reviewed at the end of each lease in line with the market, but that there would be no across the board increase in 2025.",
            "Resolved to approve the Covered Market leasing strategy 2024 to 2029.",
        ]),
        item("64.", "Community Impact Grants 2025/26", [
            "Cabinet agreed to open the community impact grants round for 2025/26 with a budget of £480,000, with priority for advice services and for projects in Blackbird Leys, Rose Hill and Barton.",
        ]),
    ])

doc(name="ieListDocuments_CId133_MId6610_Blackpool_Executive", form="mg-meeting",
    council="Blackpool Council", stated="yes", committee="Executive", date="2025-01-20",
    site=site("Blackpool Council", "https://democracy.blackpool.gov.uk",
              "Blackpool Council, PO Box 4, Blackpool, FY1 1NA",
              "© Blackpool Council 2025",
              breadcrumb=["Home", "Committee structure", "Executive"]),
    heading="Agenda and minutes: Executive - Monday, 20th January, 2025 6.00 pm",
    venue="Committee Room A, Town Hall, Blackpool FY1 1GB",
    contact="Yvonne Burnett, Democratic Governance Senior Adviser",
    items=[
        item("1", "Declarations of Interest", [
            "Councillor Collett declared a prejudicial interest in item 3 as a landlord of a property in the Claremont ward and left the room for that item."]),
        item("2", "Stanley Park Play Area Refurbishment", [
            "The Executive considered a report on the refurbishment of the main play area at Stanley Park, next to the café, which had last been renewed in 2008. An inspection by the Council's play team in 2024 had found that eleven of the twenty pieces of equipment were near the end of their life.",
            "The new play area would include equipment for disabled children, a sensory garden and a larger area for under fives. Brightplay Leisure Ltd had submitted the best quality and price tender and would carry out the work at a cost of £385,000, paid for from the Council's capital programme and a £60,000 donation from the Friends of Stanley Park.",
            "Councillor Marsden asked whether the play area would close over the summer. The Cabinet Member for Leisure said work would start in March and finish before the Whitsun holidays, so the play area would be open for the summer.",
            "The Executive resolved to award the contract to Brightplay Leisure Ltd.",
        ], links=[("Stanley Park play area report", "358 KB")]),
        item("3", "Additional Licensing of Houses in Multiple Occupation", [
            "The Executive considered a report setting out the results of the consultation on a scheme of additional licensing for smaller houses in multiple occupation in the Claremont, Talbot and Bloomfield wards, which was held between August and October 2024.",
            "The consultation received 612 responses. It found that 61 per cent of respondents agreed with the proposed scheme, with support strongest among residents, while most landlords who responded were against it, mainly because of the fee. The proposed fee would be £750 for a five year licence, with a discount of £100 for members of an accredited landlord scheme.",
            "The Director of Communities said that the scheme would be introduced once the licensing team had been recruited. The start date of the scheme had not yet been fixed and would be announced at least three months ahead, so that landlords could prepare their applications.",
            "Councillor Hutton asked what would happen to landlords who did not apply. The Director replied that the Council could prosecute or issue a civil penalty of up to £30,000 and could apply for rent repayment orders.",
            "The Executive resolved to designate the Claremont, Talbot and Bloomfield wards as an area for additional licensing for five years.",
        ], links=[("Additional licensing report", "590 KB"), ("Consultation report", "1 MB")]),
        item("4", "Illuminations 2025", [
            "The Executive agreed the programme for the 2025 Illuminations. The lights would be switched on on 29 August 2025 and would run until 3 January 2026, and four new features would be added between Gynn Square and the Pleasure Beach.",
        ]),
    ])

# =========================================================================== ModernGov item pages

doc(name="mgAi_ID51873_Westminster_CETPS", form="mg-item",
    council="Westminster City Council", stated="yes",
    committee="Climate, Environment and Transport Policy and Scrutiny Committee", date="2024-03-11",
    site=site("Westminster City Council", "https://committees.westminster.gov.uk",
              "Westminster City Council, 64 Victoria Street, London SW1E 6QP",
              "© Westminster City Council 2024",
              breadcrumb=["Home", "Committees", "Climate, Environment and Transport Policy and Scrutiny Committee", "Agenda item"]),
    meeting_line="11/03/2024 - Climate, Environment and Transport Policy and Scrutiny Committee (Item 6)",
    items=[item("6.", "Waste, Recycling and Street Cleansing: Update", [
        "The Committee received a presentation from the Cabinet Member for Climate Action, Regeneration and Renters and the Director of Environment on the first year of the new food waste collection service and on street cleansing in the West End.",
        "The Director reported that weekly food waste collections now reached 61,400 households, around half of the homes in the city, mostly in street properties with their own front doors. Estates and mansion blocks were harder to serve because bins had to be fitted into shared bin stores, and the remaining blocks would be added in phases through 2024 and 2025, with the last of them due by December 2025.",
        "Tonnages had been better than expected: 4,870 tonnes of food waste had been collected in the first twelve months, which was sent for anaerobic digestion instead of incineration. Contamination of the food waste bins was low, at under 3 per cent.",
        "Councillor Mendoza asked why Leicester Square and Chinatown still looked dirty first thing in the morning, despite overnight cleansing. The Director replied that the overnight crews finished at 6am and that the worst litter was left between 4am and 6am by people leaving late venues, so a new early morning shift would start at 5am from April to sweep the square and Gerrard Street before the morning rush.",
        "Members also asked about the contract with Cleanway Urban Services, the Council's waste and cleansing contractor. The Director said the contract ran until 2029 and that performance payments were linked to street inspections, in which 94 per cent of streets had met the standard in the last quarter.",
        "Councillor Ashworth asked whether residents would get a say on where new communal food waste bins were placed. The Cabinet Member confirmed that the managing agent and residents of each block would be consulted before bins were installed.",
        "RESOLVED: That the update be noted and that the Committee receive a further report on the estates roll out in November 2024.",
    ], intro="Report of the Executive Director of Environment and City Management.",
        links=[("Waste and cleansing update report", "426 KB"), ("Presentation slides", "2 MB")])])

doc(name="mgAi_ID29406_Maidstone_ERL_PAC", form="mg-item",
    council="Maidstone Borough Council", stated="yes",
    committee="Economic Regeneration and Leisure Policy Advisory Committee", date="2023-09-05",
    site=site("Maidstone Borough Council", "https://meetings.maidstone.gov.uk",
              "Maidstone Borough Council, Maidstone House, King Street, Maidstone, Kent ME15 6JQ",
              "Copyright Maidstone Borough Council",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Forward plan"],
              breadcrumb=["Home", "Committees", "Economic Regeneration and Leisure Policy Advisory Committee", "Item"]),
    meeting_line="05/09/2023 - Economic Regeneration and Leisure Policy Advisory Committee (Item 74.)",
    items=[item("74.", "Car Parking Fees and Charges 2024/25", [
        "The Parking Services Manager introduced the report, which set out proposed fees for the Council's pay and display car parks from 1 April 2024. Income from the car parks had fallen by 9 per cent since 2019 and the costs of cleaning, lighting and maintaining them had risen.",
        "An occupancy survey carried out in June 2023 found that the town centre car parks at Lockmeadow, King Street and Sittingbourne Road were on average 58 per cent full on weekdays and 81 per cent full on Saturdays, while Brooking Road was rarely more than a third full.",
        "Officers proposed to raise the hourly tariff in the town centre car parks by 10p, from £1.60 to £1.70, to introduce Sunday charging at Lockmeadow of £2 for the day, and to keep the first hour free at Mote Park for visitors to the park.",
        "Councillor Springett asked whether the Council had looked again at charges at Mote Park, where parking on nearby residential streets had increased. The Parking Services Manager said that an independent review of parking at Mote Park and in the surrounding streets would be commissioned this autumn, and its recommendations would be brought to the Committee in spring 2024.",
        "Councillor Rhodes moved, and Councillor Naghi seconded, that the Sunday charge at Lockmeadow be removed from the proposals. The amendment was lost by 3 votes to 5.",
        "RESOLVED to RECOMMEND to the Cabinet Member for Economic Regeneration and Leisure: That the car parking fees and charges set out at Appendix 1 to the report be approved to take effect from 1 April 2024.",
        "Voting: For 6 Against 2 Abstentions 0",
    ], intro="Report of the Head of Regulatory Services.",
        links=[("Car Parking Fees and Charges 2024/25", "318 KB"), ("Appendix 1 - Tariff schedule", "72 KB")])])

# =========================================================================== ModernGov decision pages

doc(name="ieDecisionDetails_ID17342_Staffordshire_Highways", form="mg-decision",
    council="Staffordshire County Council", stated="yes",
    committee="Cabinet Member for Highways and Transport", date="2024-05-14",
    site=site("Staffordshire County Council", "https://moderngov.staffordshire.gov.uk",
              "Staffordshire County Council, Staffordshire Place, Tipping Street, Stafford ST16 2DH",
              "© Staffordshire County Council",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Forward plan", "Your MPs"]),
    decision_title="Decision details: Highway Patching and Pothole Repairs Contract, Lot 1 (North)",
    fields=[("Decision Maker:", "Cabinet Member for Highways and Transport"),
            ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"),
            ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To award the contract for planned patching and pothole repairs on roads in the north of Staffordshire, covering the districts of Newcastle under Lyme, Staffordshire Moorlands and Stafford Borough."]),
        ("Decision:", [
            "That the contract for highway patching and pothole repairs, Lot 1 (North), be awarded to Midshire Surfacing Ltd for a period of four years from 1 July 2024, with an option to extend for up to two further years.",
            "That the estimated contract value of £9.8 million over the initial four years be noted.",
            "That the contract include a target of repairing 90 per cent of category 1 defects within 32 hours of being reported.",
            "The contract for Lot 2, covering the southern districts, was the subject of a separate decision on 2 April 2024.",
        ]),
        ("Reasons for the decision:", [
            "Midshire Surfacing Ltd submitted the most economically advantageous tender, scoring highest on both quality and price. Its bid included the use of a thermal road repair machine that recycles the existing surface, which is expected to reduce the number of repeat repairs and the amount of material sent to landfill.",
            "The County Council's own inspections in the winter of 2023/24 found more than 41,000 potholes and other defects across the county, around a fifth more than the previous winter, so additional planned patching capacity is needed.",
        ]),
        ("Alternative options considered:", [
            "Bringing the work in house was considered and rejected, because the Council does not own the plant and vehicles needed and could not recruit the skilled operatives in time for the 2024 season.",
            "Extending the current contract was not possible, as it has already used all of its extension periods.",
        ]),
    ],
    tail=[("Publication date:", "14/05/2024"), ("Date of decision:", "14/05/2024"),
          ("Effective from:", "22/05/2024")],
    links=[("Highway Patching and Pothole Repairs Contract Lot 1 report", "281 KB")])

doc(name="ieDecisionDetails_ID6281_Nottingham_ExecBoard", form="mg-decision",
    council="Nottingham City Council", stated="yes", committee="Executive Board", date="2023-11-21",
    site=site("Nottingham City Council", "https://committee.nottinghamcity.gov.uk",
              "Nottingham City Council, Loxley House, Station Street, Nottingham NG2 3NG",
              "© Nottingham City Council 2023",
              menu=["Home", "Meetings", "Councillors", "Decisions", "Forward plan", "Petitions"]),
    decision_title="Decision details: Additional Licensing Scheme for Houses in Multiple Occupation 2024",
    fields=[("Decision Maker:", "Executive Board"),
            ("Decision status:", "Implemented"),
            ("Is Key decision?:", "Yes"),
            ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To decide whether to make a new designation for additional licensing of houses in multiple occupation across the city when the current scheme ends, following public consultation."]),
        ("Decision:", [
            "To designate the whole of the City of Nottingham as an area subject to additional licensing of houses in multiple occupation for five years, starting on 1 December 2024.",
            "To set the licence fee at £1,150 for a five year licence, payable in two parts, with a reduced fee of £850 for landlords accredited with the Nottingham Rental Standard.",
            "To delegate authority to the Corporate Director for Communities, Environment and Resident Services to publish the designation notice.",
        ]),
        ("Reasons for the decision:", [
            "Inspections under the current scheme found serious hazards, most often fire safety failings, damp and mould, and overcrowding, in four out of ten of the shared houses visited. Without a scheme the Council would lose the licence conditions it relies on to require fire doors, working alarms and adequate kitchens and bathrooms in shared houses.",
            "The consultation ran for twelve weeks from 3 July 2023 and received 1,318 responses. Tenants and residents largely supported renewal; landlords and agents largely opposed it, mainly because of the fee, and several asked for a longer licence for good landlords.",
            "The fee only covers the cost of running the licensing scheme. It cannot be used for any other purpose.",
        ]),
        ("Alternative options considered:", [
            "Letting the scheme end and relying on enforcement alone was rejected, because enforcement without licensing depends on tenants making complaints, and many tenants in shared houses are reluctant to complain.",
            "A scheme limited to the wards with the most student housing was considered but rejected, as the inspections found poor conditions in shared houses in every part of the city.",
        ]),
    ],
    tail=[("Publication date:", "22/11/2023"), ("Date of decision:", "21/11/2023"),
          ("Effective from:", "30/11/2023")],
    links=[("Additional Licensing Scheme report and consultation findings", "1 MB")])

# =========================================================================== printed PDF minutes

doc(name="Dundee_City_Development_Minutes_2024-03-04", form="pdf-minutes",
    council="Dundee City Council", stated="yes", committee="City Development Committee", date="2024-03-04",
    pdf_title="City Development Committee 4 March 2024", pdf_author="Committee Services",
    title_lines=["DUNDEE CITY COUNCIL",
                 "CITY DEVELOPMENT COMMITTEE",
                 "At a MEETING of the CITY DEVELOPMENT COMMITTEE held at Dundee on 4th March, 2024."],
    attendance=[("Present:-", "Lord Provost Ailsa ROBB, Depute Lord Provost Kenneth MUIR, Bailies Morag LINDSAY and Hamish CRAIGIE, Councillors Fraser DUTHIE, Lesley McTAVISH, Iain BRAID, Shona KINNEAR, Dorothy ABERNETHY and Graeme PATON."),
                ("", "Councillor Fraser DUTHIE, Convener, in the Chair.")],
    items=[
        pitem("I", "DECLARATION OF INTEREST", [
            "Bailie Lindsay declared a non-financial interest in Article IV by virtue of being a member of the board of Leisure and Culture Dundee and withdrew from the meeting during consideration of that item."]),
        pitem("II", "LOW EMISSION ZONE - ENFORCEMENT PREPARATIONS", [
            "There was submitted Report No 58-2024 by the Executive Director of City Development, updating the Committee on preparations for the enforcement of the Dundee Low Emission Zone, which will begin on 30th May, 2024 after the end of the two year grace period.",
            "The report advised that camera surveys carried out in January 2024 found that 4.1 per cent of vehicles entering the zone did not meet the emission standards, compared with 11 per cent in the baseline survey of 2021. Non compliant cars were most often seen on Seagate and the Marketgait in the early evening.",
            "The initial penalty charge would be £60, halved if paid within fourteen days, and would double with each further breach by the same vehicle within ninety days. Blue badge holders and emergency vehicles would be exempt.",
            "The Executive Director also advised that an independent study of whether traffic had been displaced onto streets around the zone boundary would be commissioned once enforcement had run for six months, and would be reported to the Committee thereafter.",
            "In answer to a question from Councillor Braid, the Executive Director advised that 27 signs had been installed at the entry points and that a further publicity campaign would run on local radio during April and May.",
            "The Committee noted the contents of the report and agreed the communications plan set out in Appendix 2.",
        ]),
        pitem("III", "LIBRARY AND COMMUNITY CENTRE OPENING HOURS", [
            "There was submitted Report No 61-2024 by the Executive Director of Neighbourhood Services seeking approval for changes to the opening hours of libraries operated by Leisure and Culture Dundee.",
            "The Committee agreed that the Central Library in the Wellgate Centre would open on Sundays from 12 noon to 4pm from 7th April, 2024, funded by closing Broughty Ferry and Lochee libraries on Monday mornings, where the hours were the least used.",
            "Councillor Kinnear asked whether the Monday closures would affect the job clubs held at Lochee Library. The Head of Service advised that the job clubs would move to Monday afternoons.",
        ]),
        pitem("IV", "WATERFRONT PLOT 6 - DISPOSAL", [
            "There was submitted Report No 64-2024 by the Executive Director of City Development on offers received for Plot 6 at the Waterfront, next to Slessor Gardens.",
            "It was reported that four offers had been received. The Executive Director recommended acceptance of the offer from Taybank Developments Ltd of £2.45 million for a mixed use building with offices, a hotel and ground floor restaurants.",
            "Councillor Paton, seconded by Councillor Abernethy, moved that the offer from Taybank Developments Ltd be accepted. As an amendment, Councillor McTavish, seconded by Councillor Kinnear, moved that the disposal be deferred so that the plot could be marketed again with a requirement for affordable housing.",
            "On a division, there voted for the motion, Councillor Paton, Councillor Abernethy, Lord Provost Robb, Depute Lord Provost Muir, Bailie Craigie and Councillor Duthie (6); and for the amendment, Councillor McTavish, Councillor Kinnear and Councillor Braid (3), whereupon the motion was declared carried.",
        ]),
    ],
    closing=["Fraser DUTHIE, Convener."],
    header="City Development Committee - 4th March, 2024", footer=["{n}"])

doc(name="Falkirk_Planning_Committee_2023-08-30", form="pdf-minutes",
    council="Falkirk Council", stated="yes", committee="Planning Committee", date="2023-08-30",
    pdf_title="Planning Committee minute 30 August 2023", pdf_author="Falkirk Council",
    title_lines=["FALKIRK COUNCIL",
                 "MINUTE of MEETING of the PLANNING COMMITTEE held in the MUNICIPAL BUILDINGS, FALKIRK on WEDNESDAY 30 AUGUST 2023 at 9.30 a.m."],
    attendance=[("COUNCILLORS:", "Gordon Blackwood (Convener), Siobhan Carruthers, Alan Dewar, Fiona Henderson, Euan Kilpatrick, Morven Leckie, Donald McIlwraith, Isla Rennie, Rowan Sutherland, Thomas Weir and Jean Whitelaw."),
                ("OFFICERS:", "Douglas Frame, Development Management Co-ordinator; Karen Aitken, Senior Planning Officer; Moira Gilchrist, Solicitor; and Stuart Lennox, Committee Services Officer.")],
    items=[
        pitem("P21.", "Apologies", ["There were no apologies."]),
        pitem("P22.", "Declarations of Interest", [
            "Councillor Leckie declared a non financial interest in item P23 as a member of Brightons Community Council and took no part in its consideration."]),
        pitem("P23.", "Erection of 64 Dwellinghouses and Associated Infrastructure, Land to the West of Maddiston Road, Brightons - P/22/0561/FUL", [
            "The committee considered a report by the Director of Place Services on an application for full planning permission for 64 houses, including 16 affordable homes, a play area and a landscaped path link to Polmont station.",
            "The Senior Planning Officer advised that the site was allocated for housing in the Local Development Plan and that the roads authority had no objection subject to a new footway along Maddiston Road. There had been 87 objections, most about school capacity and traffic at the Maddiston Road and Main Street junction.",
            "In response to a question from Councillor Weir, the applicant's agent said that the developer would pay an education contribution of £412,000 towards an extension at Wallacestone Primary School, which would be paid before the twentieth house was occupied.",
            "Councillor Dewar, seconded by Councillor Rennie, moved that planning permission be granted subject to the conditions in the report and a legal agreement securing the education contribution.",
            "By way of an amendment, Councillor Carruthers, seconded by Councillor Sutherland, moved that the application be refused on the grounds that the local road network could not safely take the additional traffic.",
            "On a division, 7 members voted for the motion and 3 voted for the amendment. Decision: The committee agreed to grant planning permission subject to the conditions in the report and the conclusion of a legal agreement.",
        ]),
        pitem("P24.", "Change of Use from Bank to Hot Food Takeaway, 12 La Porte Precinct, Grangemouth - P/23/0210/FUL", [
            "The committee considered a report on an application to change the use of a former bank to a hot food takeaway with opening hours of 11am to midnight.",
            "The Senior Planning Officer advised that there were already nine hot food takeaways within 400 metres of the site and that the proposal would conflict with the policy on the concentration of takeaways in town centres.",
            "Decision: The committee agreed to refuse planning permission because the proposal would add to an over concentration of hot food takeaways in Grangemouth town centre and would harm its vitality, and because the late opening hours would harm the amenity of flats above neighbouring shops.",
        ]),
        pitem("P25.", "Replacement Play Equipment and Zip Wire, Callendar Park, Falkirk - P/23/0344/FUL", [
            "The committee considered an application by Falkirk Council for replacement play equipment at the Callendar Park play area, including an accessible roundabout, a zip wire of 40 metres and new fencing.",
            "The Senior Planning Officer advised that Historic Environment Scotland had raised no objection, as the works were well away from Callendar House, and that the equipment would be installed in muted colours.",
            "Decision: The committee agreed to grant planning permission subject to the conditions in the report.",
        ]),
    ],
    closing=[], header="Planning Committee - 30.08.23", footer=["Page {n} of {total}"])

doc(name="RVBC_Community_Services_2024-01-09", form="pdf-minutes",
    council="Ribble Valley Borough Council", stated="yes", committee="Community Services Committee",
    date="2024-01-09",
    pdf_title="Community Services Committee Minutes", pdf_author="Ribble Valley Borough Council",
    logo="Ribble Valley Borough Council",
    title_lines=["Minutes of Community Services Committee",
                 "Meeting Date: Tuesday, 9 January 2024, starting at 6.30pm",
                 "Present: Councillor Rosalind Tattersall (Chair)"],
    attendance=[("Councillors:", "N Bradshaw, J Clitheroe, M Hargreaves, P Ingham, D Lofthouse, S Marsden, K Pilling, A Sowerbutts and T Whittaker."),
                ("In attendance:", "Director of Community Services, Head of Cultural and Leisure Services, Head of Engineering Services and Democratic Services Officer."),
                ("Not in attendance:", "Councillor R Ashworth.")],
    items=[
        pitem("612", "APOLOGIES", ["Apologies for absence were received from Councillor R Ashworth."]),
        pitem("613", "CLITHEROE CASTLE MUSEUM ANNUAL REPORT", [
            "The Head of Cultural and Leisure Services reported that Clitheroe Castle Museum had welcomed 48,260 visitors in 2023, up from 41,900 in 2022, helped by the temporary exhibition on the Pendle witch trials and by free entry for children during the school holidays.",
            "Councillor Pilling asked whether the museum café was making a profit. The Head of Service replied that the café had covered its costs in 2023 for the first time since it reopened.",
            "RESOLVED: That Committee note the report.",
        ]),
        pitem("614", "RIBBLESDALE POOL REFURBISHMENT", [
            "The Director of Community Services submitted a report on the refurbishment of the changing rooms and the pool hall ceiling at Ribblesdale Pool, Clitheroe. Tenders had been received from four contractors and the lowest compliant tender, from Pennine Build and Maintenance Ltd, was £612,000.",
            "The Director explained that the pool would need to close while the ceiling was replaced. The contractor had proposed a programme of about fourteen weeks, but the date on which the pool could reopen could not yet be confirmed, as it depended on what was found once the ceiling was opened up.",
            "Members asked about swimming lessons. The Head of Cultural and Leisure Services said that lessons for primary schools would be moved to Longridge and Whalley during the closure and that the Council would provide the coaches.",
            "Councillor Sowerbutts proposed and Councillor Hargreaves seconded that the tender be accepted. The proposal was carried unanimously.",
            "RESOLVED: That Committee accept the tender of Pennine Build and Maintenance Ltd in the sum of £612,000 for the refurbishment works at Ribblesdale Pool.",
        ]),
        pitem("615", "EDISFORD BRIDGE CAR PARK AND RIVERSIDE", [
            "The Head of Engineering Services reported on complaints of antisocial behaviour and litter at Edisford Bridge during the summer. The car park had been full on 23 days between June and August, and the Council had emptied the riverside bins twice daily at weekends.",
            "RESOLVED: That Committee agree to lock the car park gates at 9pm from May to September 2024 as a trial.",
        ]),
    ],
    closing=["The meeting closed at 7.52pm.",
             "If you have any queries on these minutes please contact the Director of Community Services."],
    header="Community Services Committee 9.1.24", header_right="Minutes 612 - 615",
    footer=["Page {n} of {total}"])

doc(name="NSDC_Cabinet_Minutes_2024-06-18", form="pdf-minutes",
    council="Newark and Sherwood District Council", stated="yes", committee="Cabinet", date="2024-06-18",
    pdf_title="Cabinet 18 June 2024 minutes", pdf_author="Democratic Services",
    title_lines=["NEWARK AND SHERWOOD DISTRICT COUNCIL",
                 "Minutes of the Meeting of Cabinet held in the Civic Suite, Castle House, Great North Road, Newark, NG24 1BY on Tuesday, 18 June 2024 at 6.00 pm."],
    attendance=[("PRESENT:", "Councillor P Fenton (Chair), Councillor R Eastwood (Vice Chair), Councillor L Brazier, Councillor C Penfold, Councillor S Haynes and Councillor E Ward."),
                ("ALSO IN ATTENDANCE:", "Councillor D Lloyd and Councillor K Melton.")],
    items=[
        pitem("1", "DECLARATIONS OF INTERESTS FROM MEMBERS AND OFFICERS", ["There were no declarations of interest."]),
        pitem("2", "ELECTRIC VEHICLE CHARGING IN COUNCIL CAR PARKS (Key Decision)", [
            "The Portfolio Holder for Climate and the Environment presented a report on the installation of public electric vehicle charge points in six Council car parks, including London Road and Riverside in Newark, Church Street in Southwell and the Forest Road car park in Ollerton.",
            "A total of 32 charge points would be installed by Amperlink Networks Ltd under a fifteen year lease of the spaces, with the company meeting the full cost of installation, electricity connections and maintenance. The Council would receive a rent for each space and a share of income once usage passed an agreed level.",
            "Councillor Melton asked whether the charging spaces would reduce the parking available on market days. The Portfolio Holder replied that no more than four spaces would be used in any one car park and that the Riverside car park had spare capacity even on Saturdays.",
            "AGREED (unanimously) that Cabinet approve the lease of car parking spaces to Amperlink Networks Ltd for the provision of public electric vehicle charging.",
        ]),
        pitem("3", "NEWARK CASTLE GATEHOUSE PROJECT", [
            "The Portfolio Holder for Heritage, Culture and the Arts updated Cabinet on the Newark Castle Gatehouse project, which would reopen the upper floors of the gatehouse to visitors and create a new learning space in the castle grounds.",
            "The project would cost £4.3 million. It would be paid for by a National Lottery Heritage Fund grant of £3.1 million, £900,000 from the Council's capital programme and £300,000 raised by the Newark Castle Trust. Work was due to start in January 2025.",
            "AGREED that Cabinet approve the updated budget for the Newark Castle Gatehouse project and add £900,000 to the capital programme.",
        ]),
        pitem("4", "THE BUTTERMARKET, NEWARK: FUTURE OPTIONS", [
            "The Portfolio Holder for Economic Development reported that the lease of the main retail unit in the Buttermarket had ended in March and that four of its eleven smaller units were empty. Consultants were to be appointed to prepare an options appraisal for the future use of the Buttermarket, to be completed by November 2024, including food hall, workspace and leisure uses.",
            "Councillor Lloyd asked whether the Buttermarket would stay open in the meantime. The Portfolio Holder said it would, and that free short term lets would be offered to local makers for the Christmas period.",
            "AGREED that Cabinet approve a budget of £45,000 for the options appraisal.",
        ]),
        pitem("5", "VICAR WATER COUNTRY PARK CAFÉ", [
            "Cabinet agreed to grant a five year lease of the café at Vicar Water Country Park, Clipstone, to a local social enterprise, Clipstone Kitchen CIC, at a rent of £6,500 a year.",
        ]),
    ],
    closing=["Meeting closed at 7.10 pm.", "Chair"],
    header="Cabinet - 18 June 2024", footer=["Page {n}"])

doc(name="SBC_Executive_Minutes_131223", form="pdf-minutes",
    council="Stevenage Borough Council", stated="yes", committee="Executive", date="2023-12-13",
    pdf_title="Executive Minutes 13 December 2023", pdf_author="Stevenage Borough Council",
    title_lines=["STEVENAGE BOROUGH COUNCIL",
                 "EXECUTIVE MINUTES",
                 "Date: Wednesday, 13 December 2023",
                 "Time: 2.00pm",
                 "Place: Council Chamber, Daneshill House, Danestrete, Stevenage"],
    attendance=[("Present:", "Councillors: Rebecca Hale (Chair), Jim Cotterell (Vice Chair), Nadia Banerjee, Lloyd Forrester, Carol Mapp, Oliver Pym and Simone Quarrie."),
                ("Start / End Time:", "Start Time: 2.00pm End Time: 3.24pm")],
    items=[
        pitem("1", "APOLOGIES FOR ABSENCE AND DECLARATIONS OF INTEREST", [
            "Apologies for absence were submitted on behalf of Councillor T Abbott. There were no declarations of interest."]),
        pitem("2", "RESIDENTIAL ELECTRIC VEHICLE CHARGING STRATEGY", [
            "The Portfolio Holder for Environment and Performance presented the report, which set out a plan to provide charging for residents who cannot charge at home. Around 40 per cent of homes in Stevenage have no driveway, and many of the town's neighbourhoods have shared parking courts rather than on-street parking.",
            "The strategy proposed 180 charge points in parking courts and neighbourhood centres by 2027, starting with pilots at Bedwell, Shephall and The Oval. The cost of the pilots would be met by a £1.2 million grant from the Local Electric Vehicle Infrastructure fund.",
            "Members asked about the price of charging. The Portfolio Holder said that the Council would set a maximum price per kilowatt hour in the operator's contract, which would be reviewed each year.",
            "It was RESOLVED that the Residential Electric Vehicle Charging Strategy be approved.",
        ]),
        pitem("3", "DAMP AND MOULD IN COUNCIL HOMES", [
            "The Portfolio Holder for Housing and Housing Development introduced a report on the Council's response to damp and mould in its homes. A stock condition survey of all 7,900 council homes, completed in October 2023, had found damp or mould in 612 homes, of which 74 were classed as severe and given priority.",
            "The report explained that a dedicated damp and mould team of six officers had been set up, that every severe case would be inspected within five working days, and that £2.8 million would be added to the housing capital programme for ventilation, insulation and roof repairs.",
            "Councillor Forrester asked whether tenants in flats above the shops in the town centre had been included. The Assistant Director of Housing replied that they had, and that the worst problems were in flats with single glazed windows that were being replaced in 2024.",
            "It was RESOLVED that the damp and mould action plan be approved and the additional capital budget of £2.8 million be added to the Housing Revenue Account capital programme.",
        ]),
        pitem("4", "SG1 REGENERATION: PHASE 2 CONTRACT", [
            "The Executive considered the award of the contract for the second phase of the SG1 town centre regeneration, which would provide 212 homes, a public square and a new health centre on the site of the former Swingate House.",
            "Following a two stage tender, Corrigan and Blake Construction Ltd had been selected. The Strategic Director said that the phase would take about three years to build, with the first homes ready in 2026.",
            "It was RESOLVED that the contract for SG1 phase 2 be awarded to Corrigan and Blake Construction Ltd.",
        ]),
    ],
    closing=["CHAIR"], header="Executive - 13 December 2023", footer=["Page {n}"])

doc(name="MUDC_Environment_Committee_2024-04-09", form="pdf-minutes",
    council="Mid Ulster District Council", stated="yes", committee="Environment Committee", date="2024-04-09",
    pdf_title="Environment Committee Minutes 9 April 2024", pdf_author="Mid Ulster District Council",
    title_lines=["Minutes of Meeting of the Environment Committee of Mid Ulster District Council held on Tuesday 9 April 2024 in the Council Offices, Burn Road, Cookstown and by virtual means"],
    attendance=[("Members Present", "Councillor Quinn, Chair; Councillors Bell, Cuddy, Doris, Gillespie, Hughes, Kerr, McAleer, McGinley, Monteith, O'Neill and Wilson."),
                ("Officers in Attendance", "Mr Lavery, Strategic Director of Environment; Ms Devlin, Head of Environmental Services; Mr Kearney, Head of Technical Services; Mrs Grogan, Democratic Services Officer.")],
    items=[
        pitem("E060/24", "Apologies", ["Councillor Mallon."]),
        pitem("E061/24", "Declarations of Interest", ["None."]),
        pitem("E062/24", "Flooding at Coagh and Moneymore, October 2023", [
            "The Head of Technical Services reported on the Council's response to the flooding of October 2023, when the Ballinderry River and the Moneymore Burn burst their banks. Thirty one homes had been flooded in Coagh and Moneymore and the Council had paid the emergency household payment of £1,000 to twenty nine of them.",
            "He advised that DfI Rivers had started a study of flood risk on the lower Ballinderry, but that DfI Rivers had not yet confirmed whether a flood alleviation scheme for Coagh would be taken forward or funded.",
            "Councillor Hughes said that residents in Coagh had been flooded three times in ten years and wanted certainty. Proposed by Councillor Hughes, Seconded by Councillor McAleer and Resolved that the Council write to the Minister for Infrastructure seeking a meeting on flood protection for Coagh.",
        ]),
        pitem("E063/24", "Dog Fouling Enforcement", [
            "The Head of Environmental Services reported that the Council's enforcement officers had issued 142 fixed penalty notices for dog fouling in 2023/24, compared with 96 the year before. Most had been issued in Dungannon and Magherafelt following complaints about the Dungannon Park paths and the Meadowbank area.",
            "Councillor Kerr asked whether the fixed penalty of £80 would be increased. The Head of Environmental Services replied that the amount was set by the Department and that the Council could not change it.",
            "Proposed by Councillor Kerr, Seconded by Councillor Gillespie and Resolved that the Committee approve a summer campaign of night patrols in the three main towns.",
        ]),
        pitem("E064/24", "Recycling Centre Opening Hours", [
            "The Head of Environmental Services presented proposals to extend summer opening at the Magherafelt Recycling Centre to 8pm on Tuesdays and Thursdays from May to August.",
            "Proposed by Councillor Doris, Seconded by Councillor Monteith and Resolved that the extended summer opening hours be approved.",
        ]),
    ],
    closing=["The meeting ended at 8.05 pm.", "Chair _______________________", "Date ________________________"],
    header="Environment Committee (09.04.24)", footer=["{n}"])

# =========================================================================== Public Document Packs

doc(name="TWBC_Cabinet_Pack_2024-09-26", form="pdf-pack",
    council="Tunbridge Wells Borough Council", stated="yes", committee="Cabinet", date="2024-09-26",
    pdf_title="Cabinet agenda pack 26 September 2024", pdf_author="Democratic Services",
    cover=["Cabinet",
           "Tunbridge Wells Borough Council",
           "Thursday 26 September 2024 at 6.30 pm",
           "Council Chamber, Town Hall, Royal Tunbridge Wells, TN1 1RS"],
    cover_body=["Members: Councillor Ben Pickering (Chair), Councillor Hugo Latham, Councillor Rhiannon Tate, Councillor Justine Moss, Councillor Alan Baird and Councillor Gemma Crowhurst.",
                "Quorum: 3 members.",
                "Contact: Caroline Tilley, Democratic Services Officer, committee@tunbridgewells.gov.uk, 01892 554 180.",
                "Published: Wednesday 18 September 2024."],
    agenda=[("1", "Apologies for absence"),
            ("2", "Declarations of interest"),
            ("3", "Minutes of the meeting dated 25 July 2024 ({minutes})"),
            ("4", "Notification of persons registered to speak"),
            ("5", "Car Parking Fees and Charges 2025/26 ({report})"),
            ("6", "Urgent business")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["MINUTES OF THE CABINET MEETING HELD AT THE TOWN HALL, ROYAL TUNBRIDGE WELLS, ON THURSDAY 25 JULY 2024",
                      "PRESENT: Councillor Pickering (Chair), Councillors Baird, Crowhurst, Latham, Moss and Tate."],
    prev_items=[
        pitem("CAB31", "APOLOGIES FOR ABSENCE", ["There were no apologies for absence."]),
        pitem("CAB32", "THE AMELIA SCOTT: FIRST TWO YEARS", [
            "Cabinet considered a report on the performance of The Amelia Scott, the combined library, museum, gallery and visitor centre on Mount Pleasant Road. It had received 612,000 visits in its first two years, against a target of 500,000.",
            "Councillor Baird asked how much the building cost to run. The Cabinet Member for Culture replied that the net cost to the Council in 2023/24 had been £1.18 million, shared with Kent County Council under the partnership agreement.",
            "RESOLVED: That the report be noted.",
        ]),
        pitem("CAB33", "CALVERLEY GROUNDS: TREE WORKS", [
            "Cabinet noted that a tree survey of Calverley Grounds in June had identified nine trees with ash dieback that would be felled in the autumn, and that eighteen replacement trees of mixed native species would be planted in the winter.",
        ]),
    ],
    report={"title_lines": ["Cabinet", "26 September 2024", "Car Parking Fees and Charges 2025/26"],
            "cover": [("Summary", "Proposed tariffs for the Council's off street car parks from April 2025"),
                      ("Lead Member", "Councillor Hugo Latham, Cabinet Member for Economic Development"),
                      ("Lead Director", "Director of Economic Development and Property"),
                      ("Key Decision", "Yes"),
                      ("Wards affected", "All")],
            "sections": [
                {"title": "1. Introduction and Background", "body": [
                    "1.1 The Council operates eleven off street car parks in Royal Tunbridge Wells, Paddock Wood, Cranbrook and Southborough. Charges were last increased in April 2023.",
                    "1.2 Income from parking in 2023/24 was £5.9 million, which is still around 7 per cent below the level of 2019/20, as more people work from home on Mondays and Fridays."]},
                {"title": "2. Proposals", "body": [
                    "2.1 It is proposed that the hourly tariff in the town centre car parks rises by 20p. At Crescent Road car park, the busiest of the Council's car parks, the charge for up to two hours would rise from £3.40 to £3.80.",
                    "2.2 The charges at Torrington car park, Great Hall car park and Meadow Road car park would rise by the same proportion, as set out in Appendix A.",
                    "2.3 Evening parking would remain at a flat rate after 6pm to support the town's theatres and restaurants.",
                    "2.4 Season tickets for people working in the town centre would be held at their current prices for a further year."]},
                {"title": "3. Consultation", "body": [
                    "3.1 The Royal Tunbridge Wells Together business improvement district was consulted and asked that Saturday charges be kept down. In response, the Saturday tariff in the Royal Victoria Place car park is proposed to stay at its current level."]},
                {"title": "4. Financial Implications", "body": [
                    "4.1 The proposals are expected to raise about £340,000 of additional income in 2025/26, which has been assumed in the Medium Term Financial Strategy."]},
                {"title": "5. Recommendation", "body": [
                    "5.1 That Cabinet approves the car parking fees and charges for 2025/26 set out in Appendix A, to take effect from 1 April 2025."]},
            ]},
    footer=["Page {n}"], number_offset=1)

doc(name="RCT_Cabinet_Pack_2023-10-18", form="pdf-pack",
    council="Rhondda Cynon Taf County Borough Council", stated="yes", committee="Cabinet", date="2023-10-18",
    pdf_title="Cabinet agenda 18 October 2023", pdf_author="Council Business Unit",
    cover=["Cabinet",
           "Rhondda Cynon Taf County Borough Council",
           "Wednesday, 18th October, 2023 at 10.00 am",
           "Council Chamber, The Pavilions, Clydach Vale, and by remote means"],
    cover_body=["Dear Councillor, you are summoned to attend a meeting of the Cabinet to transact the business set out in the agenda below.",
                "Members of the Cabinet: County Borough Councillor A. Morgan (Leader), M. Webber, R. Lewis, C. Leyshon, B. Harris, A. Crimmings, G. Hopkins and M. Norris.",
                "Contact: Emma Wilkins, Council Business Unit, 01443 424 110."],
    agenda=[("1", "DECLARATION OF INTEREST"),
            ("2", "MINUTES: To approve the minutes of the meeting held on the 19th September, 2023 as an accurate record. ({minutes})"),
            ("3", "PLAY AREA INVESTMENT PROGRAMME 2023/24 ({report})"),
            ("4", "URGENT BUSINESS")],
    marks=["Agenda Item 2", "Agenda Item 3"],
    prev_title_lines=["RHONDDA CYNON TAF COUNTY BOROUGH COUNCIL",
                      "Minutes of the meeting of the Cabinet held at the Council Chamber, The Pavilions, Clydach Vale and by remote means on Tuesday, 19 September 2023 at 10.00 am.",
                      "Present: County Borough Councillor A. Morgan (Chair) and the members of the Cabinet."],
    prev_items=[
        pitem("31", "DECLARATIONS OF INTEREST", ["In accordance with the Code of Conduct, there were no declarations made pertaining to the agenda."]),
        pitem("32", "FLOOD ALLEVIATION AND CULVERT WORKS", [
            "The Director of Highways, Streetcare and Transportation updated the Cabinet on flood alleviation works since Storm Dennis. Works at Treorchy and Pentre had been completed, including a new culvert inlet at Pentre Road, and a further 14 culverts had been upgraded across the County Borough in 2022/23.",
            "The Cabinet Member for Environment asked how many homes would be protected by the Treforest scheme. The Director replied that the works on Cemetery Road and Fothergill Street would reduce the risk of flooding to 93 homes and 11 businesses.",
            "RESOLVED to note the progress of the flood alleviation programme.",
        ]),
        pitem("33", "LIDO PONTY: 2023 SEASON", [
            "The Cabinet noted that Lido Ponty in Ynysangharad War Memorial Park had welcomed 52,300 swimmers and visitors during the 2023 season, despite the wet weather in July.",
        ]),
    ],
    report={"title_lines": ["RHONDDA CYNON TAF COUNTY BOROUGH COUNCIL", "CABINET 18th OCTOBER 2023",
                            "PLAY AREA INVESTMENT PROGRAMME 2023/24"],
            "cover": [("REPORT OF", "Director of Frontline Services in discussion with the Cabinet Member for Environment and Leisure"),
                      ("AUTHOR", "Gareth Pritchard, Head of Parks Services, 01443 425 010"),
                      ("WARDS", "Various")],
            "sections": [
                {"title": "1. PURPOSE OF THE REPORT", "body": [
                    "1.1 The purpose of this report is to set out the play areas to be refurbished in the 2023/24 programme and to seek approval for the allocation of funding."]},
                {"title": "2. RECOMMENDATIONS", "body": [
                    "2.1 It is recommended that the Cabinet approve the refurbishment of the 27 play areas listed in Appendix 1 at a total cost of £1.2 million."]},
                {"title": "3. REASONS FOR RECOMMENDATIONS", "body": [
                    "3.1 The Council maintains 252 play areas. The annual independent safety inspection in spring 2023 found that 31 play areas had equipment that would need replacing within two years."]},
                {"title": "4. PROPOSALS", "body": [
                    "4.1 The 27 play areas in the programme include Aberdare Park, Mountain Ash Ffrwd Crescent, Tonypandy Llwynypia Road and Llantrisant Common Road. Each will have new surfacing and at least one piece of inclusive equipment suitable for children with disabilities.",
                    "4.2 An accessibility survey of all 252 play areas will be carried out over the winter of 2023/24, so that the programme for 2024/25 can give priority to the sites that are hardest for disabled children to use.",
                    "4.3 Work on the first sites will begin in November 2023, and all 27 play areas are expected to be completed by the end of June 2024."]},
                {"title": "5. FINANCIAL IMPLICATIONS", "body": [
                    "5.1 The programme will be funded from the Council's capital programme, which includes £1.2 million for play areas in 2023/24."]},
            ]},
    footer=["Page {n}"], number_offset=1)

doc(name="AVDC_Cabinet_Pack_2019-10-08", form="pdf-pack",
    council="Aylesbury Vale District Council", stated="yes", committee="Cabinet", date="2019-10-08",
    pdf_title="Cabinet 8 October 2019", pdf_author="Aylesbury Vale District Council",
    cover=["Cabinet",
           "Aylesbury Vale District Council",
           "Tuesday 8 October 2019 at 6.30 pm",
           "Room 1, The Gateway, Gatehouse Road, Aylesbury, HP19 8FF"],
    cover_body=["Membership: Councillors A Macpherson (Leader), S Bateman, J Blake, A Brown, P Strachan and H Mordue.",
                "If you have any queries about this agenda please contact Bill Ashton, Democratic Services, 01296 585 043.",
                "Aylesbury Vale District Council will be replaced by Buckinghamshire Council on 1 April 2020."],
    agenda=[("1", "Apologies"),
            ("2", "Minutes ({minutes}) To approve as a correct record the Minutes of the meeting held on 10 September 2019."),
            ("3", "Declarations of interest"),
            ("4", "Waterside Theatre: Future Operation ({report})")],
    marks=["Agenda Item 2", "Agenda Item 4"],
    prev_title_lines=["CABINET",
                      "10 SEPTEMBER 2019",
                      "PRESENT: Councillor Macpherson (Leader); Councillors Bateman, Blake, Brown, Mordue and Strachan."],
    prev_items=[
        pitem("1.", "MINUTES", ["RESOLVED - That the Minutes of the meeting held on 16 July 2019 be approved as a correct record."]),
        pitem("2.", "TRANSITION TO BUCKINGHAMSHIRE COUNCIL", [
            "Cabinet received an update on the work to prepare for the new unitary council. The Chief Executive reported that 146 members of staff had so far been matched to posts in the new council's structure, and that the Aylesbury Vale customer service centre at The Gateway would remain open after vesting day.",
            "Councillor Blake asked whether the district's reserves would be protected for Aylesbury Vale projects. The Leader replied that the Implementation Executive had agreed that commitments already made by the district would be honoured, but that unallocated reserves would pass to the new council.",
            "RESOLVED - That the update be noted.",
        ]),
        pitem("3.", "GARDEN WASTE SUBSCRIPTIONS", [
            "Cabinet agreed that the annual garden waste subscription would stay at £48 for 2020, and noted that 41,200 households had subscribed in 2019, the highest number since the charge was introduced.",
        ]),
    ],
    report={"title_lines": ["Cabinet", "8 October 2019", "WATERSIDE THEATRE: FUTURE OPERATION"],
            "cover": [("Cabinet Member", "Councillor Paul Strachan, Cabinet Member for Leisure, Communities and Civic Amenities"),
                      ("Contact Officer", "Rachel Drinkwater, Culture and Leisure Manager, 01296 585 317"),
                      ("Wards affected", "All, mainly Aylesbury town wards")],
            "sections": [
                {"title": "1. Purpose", "body": [
                    "1.1 To seek Cabinet's agreement to extend the agreement with the current operator of the Aylesbury Waterside Theatre, so that the theatre can pass to Buckinghamshire Council with an operator in place."]},
                {"title": "2. Recommendations", "body": [
                    "2.1 That the operating agreement with Stagecraft Venues Ltd be extended for three years from 1 January 2020, on the revised terms set out in confidential Appendix A.",
                    "2.2 That the extension be reported to the Buckinghamshire Council Implementation Executive."]},
                {"title": "3. Background", "body": [
                    "3.1 The Waterside Theatre opened in 2010 on Exchange Street, with a main auditorium of 1,200 seats and a studio. It is owned by the Council and run by an operator under an agreement which ends on 31 December 2019.",
                    "3.2 Attendance at shows in 2018/19 was 286,000, the highest since the theatre opened. Pantomime accounted for about a third of ticket sales."]},
                {"title": "4. Options", "body": [
                    "4.1 A full procurement was considered but was not recommended, because it could not be completed before the current agreement ends and because bidders would be uncertain about the new council's plans.",
                    "4.2 An extension gives stability for the theatre's staff and programme while Buckinghamshire Council decides its longer term approach to its cultural venues."]},
                {"title": "5. Resource implications", "body": [
                    "5.1 The revised terms reduce the management fee paid to the operator. The extension would be met from the existing theatre budget."]},
            ]},
    footer=["Page {n}"], number_offset=1)

# =========================================================================== Word reports

doc(name="LDNPA_Report_Glenridding_Flood_Resilience", form="docx-report",
    council="Lake District National Park Authority", stated="yes", committee="Park Authority",
    date="2024-11-27", docx_author="Committee Services",
    letterhead=["Lake District National Park Authority", "Murley Moss, Oxenholme Road, Kendal, Cumbria LA9 7RL"],
    report=report(
        ["Park Authority", "Date of Meeting: 27 November 2024",
         "Glenridding and Patterdale: Flood Resilience and Access Repairs"],
        [("Report of", "Director of Sustainable Development"),
         ("Contact officer", "Helen Braithwaite, Strategy Lead for Rivers and Access"),
         ("Agenda item", "9"),
         ("Purpose", "To agree the Authority's contribution to flood resilience works on Glenridding Beck and the repair of routes damaged in Storm Babet and later storms"),
         ("Recommendation", "That the Authority contributes up to £240,000 and approves the footpath repair programme")],
        [
            ("1. Background", [
                "1.1 Glenridding and Patterdale have flooded repeatedly since Storm Desmond in December 2015. Gravel washed down Glenridding Beck builds up under the bridges in the village and raises flood levels, so that even moderate storms now threaten properties on the main street.",
                "1.2 The Environment Agency is leading a flood risk management scheme for Glenridding Beck, working with Westmorland and Furness Council, the Authority and the Ullswater community. The Authority owns land on both banks of the lower beck.",
            ]),
            ("2. The Environment Agency's proposals", [
                "2.1 The Environment Agency has consulted on options that include a gravel trap above the village, raising parts of the beck walls and replacing the bridge by the Glenridding Hotel with a wider span.",
                "2.2 The final design has not yet been agreed. The Environment Agency expects to choose its preferred option in the spring of 2025, after further modelling, so the height of any new walls and the cost of the scheme are not yet known.",
                "2.3 Sixty properties in Glenridding are at risk from a flood with a one in a hundred chance of happening in any year.",
            ]),
            ("3. The Authority's contribution", [
                "3.1 It is proposed that the Authority contributes up to £240,000 to the scheme, of which £150,000 would come from the Authority's capital reserve and £90,000 from the Ullswater recreation fund.",
                "3.2 The contribution would be paid in stages once the Environment Agency has approved the outline business case.",
            ]),
            ("4. Footpath and bridleway repairs", [
                "4.1 Storms in 2023 and 2024 damaged 14 rights of way in the Ullswater valley. The worst was the path from Glenridding to Lanty's Tarn, where a 60 metre section was washed away, and the lakeshore path between Howtown and Sandwick.",
                "4.2 Repairs to all 14 routes are estimated at £186,000, funded by a grant from the Farming in Protected Landscapes programme and by the Authority's access budget. The Lanty's Tarn path would be repaired first, by the Authority's own rangers and volunteers, by Easter 2025.",
            ]),
            ("5. Risks", [
                "5.1 If the flood scheme is not delivered, the Authority's land would continue to be damaged by gravel deposits and the main route into the valley for visitors would remain at risk of closure.",
            ]),
            ("6. Recommendations", [
                "6.1 That the Authority agrees to contribute up to £240,000 to the Glenridding Beck flood risk management scheme.",
                "6.2 That the footpath and bridleway repair programme in section 4 is approved.",
            ]),
        ]),
    header="Lake District National Park Authority - Park Authority 27 November 2024",
    footer=["Agenda item 9"])

doc(name="ACC_Report_LEZ_First_Year", form="docx-report",
    council="Aberdeen City Council", stated="yes", committee="Net Zero, Environment and Transport Committee",
    date="2025-08-26", docx_author="Committee Services",
    letterhead=["ABERDEEN CITY COUNCIL", "Marischal College, Broad Street, Aberdeen AB10 1AB"],
    report=report(
        ["ABERDEEN CITY COUNCIL", "COMMITTEE: Net Zero, Environment and Transport",
         "DATE: 26 August 2025",
         "REPORT TITLE: Low Emission Zone - First Year of Enforcement and Public Charging Network"],
        [("REPORT NUMBER", "CR&E/25/187"),
         ("EXECUTIVE DIRECTOR", "Executive Director of City Regeneration and Environment"),
         ("CHIEF OFFICER", "Chief Officer Strategic Place Planning"),
         ("REPORT AUTHOR", "Callum Ferguson, Team Leader Transport Strategy"),
         ("TERMS OF REFERENCE", "1.1.2")],
        [
            ("1. PURPOSE OF REPORT", [
                "1.1 This report reviews the first year of enforcement of the Aberdeen Low Emission Zone, which began on 1 June 2024, and updates the Committee on the Council's public electric vehicle charging network.",
            ]),
            ("2. RECOMMENDATIONS", [
                "That the Committee:",
                "2.1 notes the findings of the first year of enforcement;",
                "2.2 agrees that surplus penalty income be used for the bus priority measures listed in Appendix B; and",
                "2.3 approves the expansion of the public charging network set out in section 5.",
            ]),
            ("3. ENFORCEMENT IN THE FIRST YEAR", [
                "3.1 In the first twelve months of enforcement, 9,412 penalty charge notices were issued, most of them in the first three months. The number of notices issued each month fell from 2,150 in June 2024 to 310 in May 2025.",
                "3.2 Compliance with the emission standards among vehicles entering the zone rose from 92 per cent in the month before enforcement to 98.4 per cent in May 2025.",
                "3.3 Net income from penalties, after the costs of cameras and processing, was £186,000. By law, this income may only be used to support the aims of the zone.",
            ]),
            ("4. AIR QUALITY", [
                "4.1 At the Wellington Place monitoring site, the annual mean concentration of nitrogen dioxide fell from 38 to 31 micrograms per cubic metre, comfortably below the legal limit of 40.",
                "4.2 Monitoring also continues on Union Street, Market Street and King Street. A full air quality report for 2024 will be published with the Council's annual progress report to the Scottish Government.",
                "4.3 Officers have found no evidence so far that traffic has moved to streets outside the zone, although this will continue to be monitored.",
            ]),
            ("5. PUBLIC CHARGING NETWORK", [
                "5.1 The Council runs 56 public charge points at 22 sites, including the Bridge of Don and Kingswells park and ride sites. Use of the network rose by 41 per cent in 2024/25.",
                "5.2 It is proposed to add 30 rapid charge points at six new hubs by March 2027, funded by the Local Electric Vehicle Infrastructure fund and a private operator, to be chosen by tender. The tariff would remain at 45p per kilowatt hour until the new hubs open.",
            ]),
            ("6. FINANCIAL IMPLICATIONS", [
                "6.1 There are no additional costs to the Council's revenue budget from the recommendations in this report.",
            ]),
        ]),
    header="Net Zero, Environment and Transport Committee - 26 August 2025", footer=["OFFICIAL"])

# =========================================================================== Word minutes

doc(name="CEC_Transport_Environment_Minutes_2023-11-02", form="docx-minutes",
    council="City of Edinburgh Council", stated="yes", committee="Transport and Environment Committee",
    date="2023-11-02", docx_author="Committee Services",
    title_lines=["Transport and Environment Committee",
                 "10.00am, Thursday 2 November 2023",
                 "The City of Edinburgh Council, City Chambers, High Street, Edinburgh"],
    attendance=[("Present:", "Councillors Arthur (Convener), Macinnes (Vice-Convener), Bruce, Dobbin, Gardiner, Jones, McKenzie, Munro, Orr and Thornley."),
                ("Officers:", "Executive Director of Place; Service Director, Operational Services; Head of Network Management and Enforcement; Committee Officer.")],
    items=[
        pitem("1.", "Deputations", [
            "The Committee heard a deputation from the Leith Links Community Council on communal bin hubs. The deputation said that some hubs on Leith Walk had been placed too close to shop entrances and that bins were overflowing at weekends."]),
        pitem("2.", "Communal Bin Review: Progress Report", [
            "Details were provided on the progress of the communal bin review, under which mixed recycling, glass, food waste and general waste bins were being grouped into hubs across the city. Hubs had been installed in Leith, Gorgie, Dalry and the New Town, and the remaining phases in Marchmont and Bruntsfield were due by summer 2024.",
            "The Service Director reported that 1,940 hubs were now in place and that missed collections had fallen by a quarter since the hubs were introduced.",
            "In response to the deputation, the Service Director said that a review of hub locations on Leith Walk would be carried out with residents and traders, to be completed by March 2024, and any hubs found to be causing problems would be moved.",
            "Decision",
            "1) To note the progress of the communal bin review.",
            "2) To note that a review of hub locations on Leith Walk would be reported to Committee in spring 2024.",
        ]),
        pitem("3.", "Pavement Parking Prohibition: Enforcement", [
            "An update was provided on preparations to enforce the national ban on pavement parking, dropped kerb parking and double parking, which the Council would begin enforcing on 11 December 2023. The penalty would be £100, reduced to £50 if paid within fourteen days.",
            "Officers had assessed over 6,000 streets and recommended no exemptions, as no street in the city was found to need pavement parking to keep the road open to emergency vehicles.",
            "Motion",
            "To approve the enforcement approach set out in the report.",
            "moved by Councillor Arthur, seconded by Councillor Macinnes",
            "Amendment",
            "To approve the enforcement approach, but to issue warning notices rather than penalties for the first month.",
            "moved by Councillor Bruce, seconded by Councillor Munro",
            "Voting",
            "For the motion: 7 votes (Councillors Arthur, Dobbin, Gardiner, Jones, Macinnes, McKenzie and Thornley). For the amendment: 3 votes (Councillors Bruce, Munro and Orr).",
            "Decision",
            "To approve the motion by Councillor Arthur.",
        ]),
        pitem("4.", "Meadows to George Street: Construction Update", [
            "The Committee noted that construction of the first phase on George Street would start in April 2024 and last about two years, and that the city's contribution to the phase was £12.4 million, with the rest funded by Sustrans.",
            "Councillor Orr asked whether the George Street festival events would continue during the works. The Executive Director of Place said that the works would be phased so that the street could host events in August each year.",
        ]),
    ],
    closing=[], header="Transport and Environment Committee - 2 November 2023",
    footer=["The City of Edinburgh Council"])

doc(name="PCC_Planning_Committee_Minutes_2024-02-01", form="docx-minutes",
    council="Preston City Council", stated="yes", committee="Planning Committee", date="2024-02-01",
    docx_author="Democratic Services",
    title_lines=["Preston City Council",
                 "Minutes of the Planning Committee held on Thursday, 1st February, 2024 at 10.00 am in the Council Chamber, Town Hall, Lancaster Road, Preston"],
    attendance=[("Present:", "Councillor Hassan (Chair), Councillor Bretherton (Vice Chair), Councillors Akbar, Desai, Eccleston, Molyneux, Parkinson, Rahman, Singleton and Walmsley."),
                ("Officers:", "Development Manager, Principal Planning Officer, Highways Development Control Engineer and Democratic Services Officer.")],
    items=[
        pitem("PC52", "Declarations of Interest", ["No declarations of interest were made."]),
        pitem("PC53", "06/2023/0841 - 117 Deepdale Road, Preston", [
            "Change of use of a six bedroom house to a nine bedroom house in multiple occupation with an extension to the rear.",
            "The Principal Planning Officer said that there were already eleven houses in multiple occupation within 100 metres of the site, more than the 10 per cent limit in the Council's supplementary planning document. There had been 23 objections, mainly about parking on Deepdale Road on match days and about bins left on the street.",
            "The applicant spoke in support, saying that the house would be let to nurses and junior doctors working at the Royal Preston Hospital. In reply to a question from Councillor Desai, the applicant said that the house would have an on site manager visiting twice a week.",
            "It was proposed by Councillor Eccleston and seconded by Councillor Walmsley that the application be refused. Upon being put to the vote, there were 8 votes for, 1 against and 1 abstention.",
            "RESOLVED - That planning permission be refused because the proposal would lead to an over concentration of houses in multiple occupation in the area, harming the character of the street and the living conditions of neighbours.",
        ]),
        pitem("PC54", "06/2023/0512 - Former Harris Institute Annexe, Corporation Street, Preston", [
            "Conversion of the vacant annexe to 46 studio flats for students, with cycle storage for 30 bicycles.",
            "The Development Manager said that there was no objection from the University of Central Lancashire and that the building would be managed under the university's accommodation code.",
            "RESOLVED - That planning permission be granted subject to the conditions in the report.",
        ]),
        pitem("PC55", "Planning Appeals", [
            "The Development Manager reported that an appeal had been lodged against the Committee's refusal in October 2023 of the application for 38 homes on land off Fishergate Hill. The appeal would be decided by written representations, and the Inspector's decision was still awaited.",
            "Members were also informed that the appeal against the refusal of a drive through restaurant on Blackpool Road had been dismissed on 9 January 2024.",
            "RESOLVED - That the report be noted.",
        ]),
    ],
    closing=["The meeting closed at 12.05 pm."],
    header="Planning Committee, 1 February 2024", footer=["Preston City Council"])

# =========================================================================== plain text

doc(name="DGC_Wigtown_Area_Committee_2023-05-24", form="txt",
    council="Dumfries and Galloway Council", stated="yes", committee="Wigtown Area Committee",
    date="2023-05-24",
    title_lines=["DUMFRIES AND GALLOWAY COUNCIL",
                 "WIGTOWN AREA COMMITTEE",
                 "MINUTE of Meeting held in the McMillan Hall, Dashwood Square, Newton Stewart",
                 "24 May 2023 at 10.30am",
                 ""],
    attendance=[("Present:", "Councillors Alexander McColm (Chair), Fiona Agnew, Ross Hannay, Jean McCubbin, Graham Milligan, Iain Rankin and Katie Sloan."),
                ("In Attendance:", "Ward Officer (Wigtown), Flood Risk Management Team Leader, Principal Roads Officer and Committee Officer."),
                ("Apology:", "Councillor Donald Shennan.")],
    items=[
        pitem("1.", "Sederunt and Apologies", ["7 Members present and 1 apology."]),
        pitem("2.", "Newton Stewart Flood Protection Scheme: Progress", [
            "The Flood Risk Management Team Leader gave an update on the Newton Stewart flood protection scheme for the River Cree, which would protect homes and businesses on Riverside Road, Arthur Street and Queen Street.",
            "He reported that the scheme would include flood walls, embankments and a pumping station at Riverside Road, and that 254 properties in Newton Stewart and Minnigaff would be protected. Ground investigation had been completed in March and the outline design would be published in the autumn.",
            "Councillor Agnew asked whether the Cree Bridge would be affected. The Team Leader replied that the listed bridge would not be altered and that the walls would be finished in local stone near the bridge.",
            "Members asked about temporary protection in the meantime. The Team Leader said that sandbags and flood gates would continue to be offered to residents on Arthur Street and Riverside Road, and that the Council had funded property level protection for 38 homes since 2019.",
            "Decision: The Committee noted the update.",
        ]),
        pitem("3.", "Whithorn Roads and Harbour Car Park", [
            "The Principal Roads Officer reported on the resurfacing of the A746 between Whithorn and the Isle of Whithorn, which would take place over four weeks from 11 September 2023 with a convoy system in place.",
            "Councillor Sloan said that the Isle of Whithorn harbour car park had been full on summer weekends and motorhomes were parking overnight. It was proposed by Councillor Sloan and seconded by Councillor Hannay that officers report on options to control overnight motorhome parking. This was agreed unanimously.",
            "Decision: The Committee agreed that officers bring a report on overnight motorhome parking to the next meeting.",
        ]),
        pitem("4.", "Area Committee Discretionary Budget", [
            "The Ward Officer presented applications to the Area Committee discretionary budget. The Committee agreed awards of £4,500 to the Wigtown Book Festival for its schools programme, £2,800 to the Stranraer and District Pipe Band and £3,200 to the Port William harbour regatta.",
            "Decision: The Committee approved the awards set out in the report, totalling £10,500.",
        ]),
    ],
    closing=["", "Alexander McColm", "Chair, Wigtown Area Committee"])
