"""The documents of bench/heldout26: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout26.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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


def report(title_lines, cover, sections) -> dict:
    return {"title_lines": title_lines, "cover": cover,
            "sections": [{"title": t, "body": b} for t, b in sections]}


# =========================================================================== ModernGov meeting pages

# 1. Tonbridge and Malling: a planning committee deciding four applications
doc(
    name="ieListDocuments_CId148_MId6921_Tonbridge_Malling_Area2_Planning",
    form="mg-meeting", council="Tonbridge and Malling Borough Council", stated="yes",
    committee="Area 2 Planning Committee", date="2024-02-14",
    site=site("Tonbridge and Malling Borough Council", "https://democracy.tmbc.gov.uk",
              "Gibson Building, Gibson Drive, Kings Hill, West Malling, Kent ME19 4LZ",
              "© Tonbridge and Malling Borough Council",
              menu=["Home", "Your councillors", "Committees", "Meetings calendar", "Planning", "Search documents"],
              breadcrumb=["Home", "Committees", "Area 2 Planning Committee", "Meeting"]),
    page_title="Agenda, decisions and minutes",
    heading="Area 2 Planning Committee - Wednesday, 14th February, 2024 7.30 pm",
    venue="Council Chamber, Gibson Building, Kings Hill, West Malling",
    contact="Committee Services, 01732 844522",
    outcome_label="Minutes:",
    items=[
        item("AP2 24/5", "Declarations of interest",
             ["Councillor R Halloran declared that he lived on Sevenoaks Road, Borough Green, but had no interest in "
              "any application before the Committee and took part in all items."]),
        item("AP2 24/6", "Minutes",
             ["RESOLVED: That the Minutes of the meeting held on 10 January 2024 be approved as a correct record "
              "and signed by the Chair."]),
        item("AP2 24/7", "TM/23/01142/FL - Former coach depot, Quarry Hill Road, Borough Green",
             ["Demolition of the depot buildings and erection of 14 dwellings with parking and a new access. "
              "The Principal Planning Officer reported that five of the 14 homes would be affordable, four for "
              "social rent and one for shared ownership.",
              "Mr G Pennycott, a neighbour, spoke against the application, saying that lorries from the quarry "
              "already made the road unsafe for children walking to school. Mrs D Akinola spoke for the applicant.",
              "Councillor S Vaughan asked whether the entrance would be wide enough for two cars to pass. The "
              "Principal Planning Officer replied that Kent County Council as highway authority had asked for a "
              "carriageway of 5.5 metres with a footway on the north side, and the plans now showed both.",
              "Councillor M Oduya moved and Councillor P Tremlett seconded that the application be approved in "
              "line with the recommendation. On being put to the vote the application was granted by 8 votes "
              "to 4.",
              "RESOLVED: That planning permission be GRANTED subject to the conditions set out in the report and "
              "a legal agreement securing the affordable housing."]),
        item("AP2 24/8", "TM/23/01377/FL - 61 High Street, West Malling",
             ["Change of use of the ground floor from a shop to a micropub with opening until 10.30 pm. The "
              "Committee noted that the Conservation Officer raised no objection to the replacement shopfront.",
              "RESOLVED: That planning permission be GRANTED subject to a condition limiting opening hours and a "
              "condition preventing amplified music."]),
        item("AP2 24/9", "TM/23/00988/OA - Land north of Tower View, Kings Hill",
             ["Outline application for up to 38 dwellings with all matters reserved except access.",
              "Councillor L Brightwell moved and Councillor R Halloran seconded that the application be deferred "
              "so that Members could visit the site and see for themselves how close the new homes would come to "
              "the bridleway. The motion was carried.",
              "RESOLVED: That the application be DEFERRED for a Members' site inspection."]),
        item("AP2 24/10", "TM/23/01501/FL - Oakdene, Wrotham Road, Wrotham",
             ["The Chair announced that this application for a two storey side extension had been withdrawn by "
              "the applicant on the day of the meeting and would not be considered."]),
    ],
)

# 2. Calderdale: Cabinet
doc(
    name="Calderdale_Cabinet_04Mar2024_ieListDocuments_MId2291",
    form="mg-meeting", council="Calderdale Council", stated="yes", committee="Cabinet", date="2024-03-04",
    site=site("Calderdale Council", "https://calderdale.moderngov.co.uk",
              "Town Hall, Crossley Street, Halifax HX1 1UJ", "Copyright Calderdale Council 2024",
              menu=["Home", "Councillors", "Committees", "Meetings", "Forward plan", "Petitions"]),
    heading="Cabinet - Monday, 4th March, 2024 6.00 pm",
    venue="Council Chamber, Town Hall, Halifax",
    contact="Democratic Services, democratic.services@calderdale.gov.uk",
    outcome_label="Minutes:",
    items=[
        item("71.", "Apologies for absence",
             ["Apologies were received from Councillor F Mistry."]),
        item("72.", "Questions from members of the public",
             ["Ms H Crabtree of Hebden Bridge asked whether the Council intended to put up the price of parking "
              "in the town's car parks, which she said were already driving visitors away from independent "
              "shops.",
              "The Cabinet Member for Regeneration replied that no increase in parking charges in Hebden Bridge "
              "would be made before April 2025, and that any future change would be put to a public "
              "consultation first."]),
        item("73.", "Electric vehicle charging points in Council car parks",
             ["The Cabinet considered a report on the first phase of the public charging network. Officers "
              "proposed to install 64 fast charging points in 13 Council car parks in Halifax, Brighouse, "
              "Elland, Sowerby Bridge and Todmorden.",
              "Following a procurement exercise, the contract to supply, install and maintain the charging "
              "points for eight years was to be awarded to Pennine Volt Networks Ltd, who scored highest on "
              "both price and quality.",
              "The capital cost of £1.3 million would be met from the Local Electric Vehicle Infrastructure "
              "grant, so that no Council borrowing would be needed. The operator would share a proportion of "
              "the income with the Council.",
              "RESOLVED: That the contract be awarded as set out in the report."]),
        item("74.", "Shibden Park play area",
             ["The Cabinet agreed a scheme to replace the worn play equipment beside the boating lake at "
              "Shibden Park at a cost of £245,000, including a fully accessible roundabout and a new "
              "surface.",
              "RESOLVED: That the scheme be approved and the works be programmed for the autumn."]),
        item("75.", "Revenue budget monitoring, quarter 3",
             ["The Cabinet noted a forecast overspend of £3.9 million, mainly in children's placements and "
              "home to school transport, and agreed that directors draw up recovery plans."]),
    ],
)

# 3. Sefton: scrutiny committee
doc(
    name="ieListDocuments_CId389_MId17402_Sefton_OSC_Regeneration_Skills",
    form="mg-meeting", council="Sefton Council", stated="yes",
    committee="Overview and Scrutiny Committee (Regeneration and Skills)", date="2024-01-16",
    site=site("Sefton Council", "https://modgov.sefton.gov.uk", "Bootle Town Hall, Oriel Road, Bootle L20 7AE",
              "© Sefton Council", breadcrumb=["Home", "Committee structure", "Overview and Scrutiny", "Meeting"]),
    heading="Overview and Scrutiny Committee (Regeneration and Skills) - Tuesday, 16th January, 2024 6.30 pm",
    venue="Committee Room, Bootle Town Hall",
    contact="Paul Fairclough, Democratic Services Officer, 0151 934 2046",
    outcome_label="Minutes:",
    items=[
        item("41.", "Minutes of the previous meeting",
             ["RESOLVED: That the Minutes of the meeting held on 7 November 2023 be confirmed as a correct "
              "record."]),
        item("42.", "Southport Pier structural survey",
             ["The Committee received a report on the structural survey of Southport Pier carried out by "
              "consulting engineers in the autumn. The survey found serious corrosion in 41 of the pier's 96 "
              "cast iron columns, most of them on the section over the Marine Lake.",
              "The Assistant Director said that the pier would stay closed while a repair scheme was costed."]),
        item("43.", "Sefton Coast: coastal defences at Hightown",
             ["Members were updated on erosion at Hightown, where the dunes had lost up to six metres in the "
              "last two winters. The Council was to place 9,500 tonnes of rock armour along the front of the "
              "dunes north of the River Alt to protect homes on Alt Road.",
              "The works were funded by the Environment Agency and would start in May, outside the bird nesting "
              "season for the areas closest to the estuary."]),
        item("44.", "Sefton@work employment service",
             ["Councillor J Ashworth asked how many young people the service had helped into jobs in the last "
              "year. The Employment and Learning Manager replied that 214 people aged 16 to 24 had started work "
              "through the service in 2022/23, and 63 of them had started apprenticeships.",
              "RESOLVED: That the update be noted and a further report be brought in July."]),
        item("45.", "Bootle Strand",
             ["The Committee was told that a public consultation on the future of the Strand shopping centre "
              "would begin in March and run for eight weeks, and that its findings would be reported to Cabinet "
              "in the summer.",
              "RESOLVED: That the Committee receive the consultation findings when available."]),
    ],
)

# 4. Enfield: Cabinet
doc(
    name="Enfield_Cabinet_ieListDocuments_CId143_MId16088",
    form="mg-meeting", council="London Borough of Enfield", stated="yes", committee="Cabinet", date="2024-02-07",
    site=site("London Borough of Enfield", "https://governance.enfield.gov.uk",
              "Civic Centre, Silver Street, Enfield EN1 3XA", "© London Borough of Enfield",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Forward plan"]),
    heading="Cabinet - Wednesday, 7th February, 2024 7.00 pm",
    venue="Conference Room, Civic Centre, Silver Street, Enfield, EN1 3XA",
    contact="Jane Creer, Secretary, 020 8132 1211",
    outcome_label="Minutes:",
    items=[
        item("1", "Apologies for absence",
             ["Apologies for absence were received from Councillor Leaver."]),
        item("2", "Deputations and questions",
             ["Mr T Okonkwo, on behalf of residents of Church Street, Edmonton, asked what the Council was doing "
              "about fly tipping in the alleyways behind the shops.",
              "The Cabinet Member for Environment replied that two additional enforcement officers had been "
              "assigned to Edmonton from January and that the alleyways would be gated by the end of the summer "
              "where the owners agreed."]),
        item("3", "School Streets programme: phase 3",
             ["The Cabinet agreed to introduce nine more School Streets from the start of the summer term, "
              "bringing the borough's total to 34. Roads outside the schools would be closed to through traffic "
              "for 45 minutes at the start and end of the school day, enforced by camera.",
              "Officers reported that the monitoring of the first phase showed traffic outside the schools "
              "falling by 47 per cent in the closure times."]),
        item("4", "Broomfield House: stabilisation works",
             ["The Cabinet approved the award of the contract to stabilise the remains of Broomfield House in "
              "Broomfield Park to Ashdown Conservation Builders Ltd at a price of £2.1 million.",
              "The works would be paid for from a National Lottery Heritage Fund grant of £1.6 million with the "
              "remainder from the Council's capital programme.",
              "A completion date would be fixed once the contractor's programme had been agreed, because the "
              "extent of the timber decay would not be known until the scaffolding was up."]),
        item("5", "Temporary accommodation acquisitions",
             ["The Cabinet agreed to buy up to 45 homes on the open market for use as temporary accommodation, "
              "to reduce the use of nightly paid hotels."]),
    ],
)

# 5. Greenwich: Cabinet
doc(
    name="ieListDocuments_RBG_Cabinet_MId5730",
    form="mg-meeting", council="Royal Borough of Greenwich", stated="yes", committee="Cabinet", date="2024-03-20",
    site=site("Royal Borough of Greenwich", "https://committees.royalgreenwich.gov.uk",
              "Woolwich Centre, 35 Wellington Street, London SE18 6HQ", "© Royal Borough of Greenwich 2024",
              breadcrumb=["Home", "Council and democracy", "Meetings", "Cabinet"]),
    page_title="Agenda and minutes",
    heading="Cabinet - Wednesday, 20th March, 2024 7.00 pm",
    venue="Council Chamber, Woolwich Town Hall, Wellington Street, Woolwich, SE18 6PW",
    contact="Committee Services, committees@royalgreenwich.gov.uk",
    outcome_label="Minutes:",
    items=[
        item("7.", "Declarations of interest",
             ["There were no declarations of interest."]),
        item("8.", "Questions from members",
             ["Councillor K Abara asked why the Council was raising the charge for bulky waste collections. "
              "The Cabinet Member for Environment replied that the charge had not changed since 2019 and the "
              "new charge of £40 for up to five items still covered only about two thirds of the cost of the "
              "collection."]),
        item("9.", "Damp and mould in council homes",
             ["The Cabinet received the results of the stock condition survey carried out in the autumn. The "
              "survey found damp or mould in 318 of the 1,950 council homes inspected, most of them in older "
              "blocks in Plumstead and Abbey Wood.",
              "The Cabinet agreed a programme of ventilation and insulation works and that every tenant "
              "reporting mould would be visited within ten working days."]),
        item("10.", "School Streets expansion",
             ["The Cabinet approved School Streets at 11 more primary schools, including schools in Eltham, "
              "Charlton and Kidbrooke. The roads would be closed to motor traffic at drop off and pick up "
              "times on school days only, with exemptions for residents and blue badge holders."]),
        item("11.", "Eltham High Street improvements",
             ["The Cabinet agreed to spend £850,000 on wider pavements, new crossings and seating on Eltham High "
              "Street between Passey Place and Court Road."]),
    ],
)

# 6. Wakefield: Cabinet
doc(
    name="Wakefield_Cabinet_12Dec2023_ieListDocuments_MId9140",
    form="mg-meeting", council="Wakefield Council", stated="yes", committee="Cabinet", date="2023-12-12",
    site=site("Wakefield Council", "https://mg.wakefield.gov.uk", "Wakefield One, Burton Street, Wakefield WF1 2EB",
              "© Wakefield Council", menu=["Home", "Councillors", "Meetings", "Decisions", "Library", "Contact"]),
    heading="Cabinet - Tuesday, 12th December, 2023 10.30 am",
    venue="Council Chamber, County Hall, Wakefield",
    contact="Democratic Services, 01924 305027",
    outcome_label="Decision:",
    items=[
        item("88.", "Minutes of the previous meeting",
             ["RESOLVED: That the minutes of the meeting held on 14 November 2023 be approved."]),
        item("89.", "On street electric vehicle charging points",
             ["Cabinet agreed to install 150 on street charging points in residential streets in Ossett, "
              "Castleford, Pontefract and Hemsworth where homes have no driveways, using lamp columns where "
              "possible.",
              "Residents would be able to request a charging point near their home through an online form, and "
              "the first 40 would be installed by the end of June 2024."]),
        item("90.", "Castleford Civic Centre",
             ["Cabinet agreed to spend £1.75 million on a new roof and windows for Castleford Civic Centre, "
              "after a condition survey found water getting into the building in several places.",
              "The contract would go to Aire Valley Roofing Ltd, which submitted the lowest compliant tender."]),
        item("91.", "Featherstone community hub",
             ["Cabinet agreed to move the Featherstone library and the customer service point into a single "
              "community hub in the former bank on Station Lane.",
              "A review of how the hub was used would be carried out twelve months after it opened and reported "
              "to Cabinet."]),
        item("92.", "Winter support for residents",
             ["Cabinet agreed that £600,000 of the Household Support Fund be spent on energy vouchers for "
              "pensioners on low incomes over the winter."]),
    ],
)


# =========================================================================== ModernGov item pages

# 7. Northumberland: one Cabinet item
doc(
    name="mgAi_Northumberland_Cabinet_Item112_ID4471",
    form="mg-item", council="Northumberland County Council", stated="yes", committee="Cabinet", date="2024-03-05",
    site=site("Northumberland County Council", "https://northumberland.moderngov.co.uk",
              "County Hall, Morpeth, Northumberland NE61 2EF", "© Northumberland County Council",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Search"],
              breadcrumb=["Home", "Meetings", "Cabinet", "Agenda item"]),
    meeting_line="05/03/2024 - Cabinet (Item 112.)",
    items=[item("112.", "Supporting Rural Bus Services in West Northumberland",
                ["The Cabinet Member for Transport introduced the report, which proposed to keep three rural bus "
                 "routes running after their commercial operator gave notice that it would withdraw them in April: "
                 "the 688 from Hexham to Allendale, the 869 from Hexham to Bellingham and the 690 from Haltwhistle "
                 "to Greenhead.",
                 "Following a tender, the three routes would be run for three years by Tynedale Wheels Ltd, the "
                 "only bidder able to provide low floor vehicles on all three.",
                 "The £412,000 a year cost would be met from the Bus Service Improvement Plan grant from the "
                 "Department for Transport for the first two years, with the third year to be funded from the "
                 "Council's own transport budget.",
                 "Councillor E Charlton asked whether a Sunday service to Allendale would be restored. The Cabinet "
                 "Member replied that the operator had been asked to price one, but that a start date for any "
                 "Sunday buses could not yet be given because it depended on drivers being recruited.",
                 "Councillor P Dodds asked how many passengers used the routes. Officers replied that the three "
                 "routes together carried around 1,900 passenger journeys a week, two thirds of them by people "
                 "with concessionary passes.",
                 "RESOLVED: That the contract be awarded to Tynedale Wheels Ltd as set out in the report."],
                links=[("Rural bus services report", "318 KB"), ("Appendix A - route maps", "1 MB")])],
)

# 8. South Oxfordshire: one Cabinet item
doc(
    name="mgAi_SODC_Cabinet_18Jan2024_Item54",
    form="mg-item", council="South Oxfordshire District Council", stated="yes", committee="Cabinet",
    date="2024-01-18",
    site=site("South Oxfordshire District Council", "https://democratic.southoxon.gov.uk",
              "Abbey House, Abbey Close, Abingdon OX14 3JE", "© South Oxfordshire District Council",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Forward plan", "Constitution"]),
    meeting_line="18/01/2024 - Cabinet (Item 54)",
    items=[item("54", "Didcot street tree planting programme",
                ["Cabinet considered a report on planting street trees in Didcot, as part of the Garden Town "
                 "delivery plan. The programme would plant 460 trees along residential streets and main roads "
                 "in Didcot over the next two planting seasons.",
                 "The planting, watering and three years of aftercare would be carried out by Chiltern "
                 "Treescapes Ltd, appointed following a quotation exercise run by the Council's procurement "
                 "team.",
                 "The cost of £690,000 would be met from developer contributions collected for the Garden Town, "
                 "so there would be no cost to council tax payers.",
                 "The Cabinet member explained that a survey of underground cables and pipes would be carried "
                 "out along each street before any tree pits were dug, and that its results would decide the "
                 "final planting locations.",
                 "Trees would be chosen for drought tolerance, with species such as field maple and hornbeam, "
                 "and each would be watered weekly through its first two summers.",
                 "RESOLVED: To approve the Didcot street tree planting programme and the appointment of the "
                 "contractor."],
                links=[("Cabinet report - Didcot street trees", "402 KB")])],
)


# =========================================================================== ModernGov decision pages

# 9. Lincolnshire: an Executive Councillor's decision
doc(
    name="ieDecisionDetails_Lincolnshire_ID5982",
    form="mg-decision", council="Lincolnshire County Council", stated="yes",
    committee="Executive Councillor for Environment and Planning", date="2024-03-11",
    site=site("Lincolnshire County Council", "https://lincolnshire.moderngov.co.uk",
              "County Offices, Newland, Lincoln LN1 1YL", "© Lincolnshire County Council",
              breadcrumb=["Home", "Decisions", "Decision details"]),
    decision_title="Household Waste Recycling Centres - winter opening days",
    fields=[("Decision Maker:", "Executive Councillor for Environment and Planning"),
            ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"),
            ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To decide the opening days of the Council's Household Waste Recycling Centres between "
                      "October and March."]),
        ("Decision:", ["That from 1 October 2024 the Household Waste Recycling Centres at Bourne, Horncastle, "
                       "Mablethorpe and Kirton in Lindsey close on Wednesdays and Thursdays between 1 October and "
                       "31 March each year, with the other sites keeping their current days.",
                       "That opening hours at Boston, Grantham, Lincoln, Louth, Skegness, Sleaford and Spalding "
                       "remain 8am to 4pm daily in the winter."]),
        ("Reasons for the decision:", ["Visitor counts showed that the four smaller sites received fewer than "
                                       "90 visits a day on winter weekdays, against more than 400 at the larger "
                                       "sites.",
                                       "The change would save an estimated £285,000 a year in staffing and "
                                       "haulage costs, which would help to close the waste budget gap."]),
        ("Alternative options considered:", ["Closing one of the four sites altogether was rejected because it "
                                             "would leave residents in the Wolds more than 20 miles from a "
                                             "site."]),
    ],
    tail=[("Publication date:", "12/03/2024"), ("Date of decision:", "11/03/2024"),
          ("Effective from:", "20/03/2024")],
    links=[("Report - HWRC winter opening days", "356 KB")],
)

# 10. Cornwall: a Cabinet decision
doc(
    name="ieDecisionDetails_Cornwall_Cabinet_ID12807",
    form="mg-decision", council="Cornwall Council", stated="yes", committee="Cabinet", date="2024-02-21",
    site=site("Cornwall Council", "https://democracy.cornwall.gov.uk",
              "New County Hall, Treyew Road, Truro TR1 3AY", "© Cornwall Council 2024",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Your council"],
              breadcrumb=["Home", "Decisions", "Decision details"]),
    decision_title="Council tax premium on second homes",
    fields=[("Decision Maker:", "Cabinet"),
            ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"),
            ("Is subject to call in?:", "No")],
    sections=[
        ("Purpose:", ["To recommend to Full Council a premium on the council tax of furnished homes with no one "
                      "living in them as their main residence."]),
        ("Decision:", ["Cabinet recommended that a council tax premium of 100 per cent be charged on second homes "
                       "in Cornwall from 1 April 2025, so that owners pay double the usual bill.",
                       "That homes which are genuinely on the market for sale or let be exempt for up to twelve "
                       "months, in line with national guidance."]),
        ("Reasons for the decision:", ["There are around 13,400 second homes in Cornwall, and the premium was "
                                       "estimated to raise £23.8 million a year, of which the Council's share "
                                       "would be about £19 million.",
                                       "The extra income would be spent on housing for local people, including "
                                       "help for families in temporary accommodation.",
                                       "An independent study of how many second homes switch to business rates "
                                       "as holiday lets would be commissioned in 2025/26, once a full year of "
                                       "the premium had been charged."]),
        ("Alternative options considered:", ["A 50 per cent premium was considered but rejected as it would raise "
                                             "too little to make a difference to the housing waiting list."]),
    ],
    tail=[("Publication date:", "22/02/2024"), ("Date of decision:", "21/02/2024"),
          ("Decided at meeting:", "21/02/2024 - Cabinet")],
    links=[("Cabinet report - second homes premium", "611 KB")],
)


# =========================================================================== printed PDF minutes

# 11. North East Derbyshire: a planning committee deciding four applications
doc(
    name="NEDDC_Planning_Committee_Minutes_23_January_2024",
    form="pdf-minutes", council="North East Derbyshire District Council", stated="yes",
    committee="Planning Committee", date="2024-01-23",
    pdf_title="Planning Committee minutes 23 January 2024", pdf_author="Governance",
    title_lines=["NORTH EAST DERBYSHIRE DISTRICT COUNCIL",
                 "MINUTES OF MEETING OF THE PLANNING COMMITTEE",
                 "Held at the District Council Offices, 2013 Mill Lane, Wingerworth",
                 "on Tuesday 23 January 2024 at 1.00 pm"],
    attendance=[("Present:", "Councillor T Braithwaite (Chair), Councillors J Allcock, C Beresford, N Fidler, "
                             "K Gascoyne, D Hollins, R Lomas, S Padley, M Ridgway, A Swift, L Wragg and P Yeomans."),
                ("Also present:", "A Moorcroft (Planning Manager), J Ellis (Senior Planning Officer) and "
                                  "S Thorpe (Governance Officer).")],
    items=[
        {"num": "PLA/45/23-24", "title": "Apologies for Absence",
         "body": ["Apologies for absence were received from Councillor H Dakin."]},
        {"num": "PLA/46/23-24", "title": "Declarations of Interest",
         "body": ["Councillor R Lomas declared that he had spoken publicly about application 23/00812/FL and took "
                  "no part in its consideration."]},
        {"num": "PLA/47/23-24", "title": "23/00812/FL - Land off Pilsley Road, Danesmoor, Clay Cross",
         "body": ["The Committee considered an application for 52 dwellings on a former grazing field. The "
                  "Senior Planning Officer recommended approval.",
                  "Members raised concerns that the site lay outside the settlement boundary in the Local Plan and "
                  "that the only access was on a bend of Pilsley Road.",
                  "Councillor N Fidler moved and Councillor S Padley seconded that the application be refused. "
                  "Councillor A Swift moved and Councillor C Beresford seconded an amendment that the decision be "
                  "deferred for further highways information. On being put to the vote the amendment was lost "
                  "by 5 votes to 7. The motion to refuse was then carried by 8 votes to 3.",
                  "RESOLVED: That the application be refused because the site lies outside the settlement "
                  "boundary and the access on the bend would not give drivers safe visibility."]},
        {"num": "PLA/48/23-24", "title": "23/00930/FL - Unit 4, Woodall Way, Killamarsh",
         "body": ["Change of use of an industrial unit to a dog day care centre. The Planning Manager reported "
                  "that no more than 30 dogs would be on site at any one time and that all dogs would be indoors "
                  "by 6.00 pm.",
                  "RESOLVED: That the application be approved subject to conditions."]},
        {"num": "PLA/49/23-24", "title": "23/00677/FL - 14 Gosforth Lane, Dronfield Woodhouse",
         "body": ["Two storey rear extension and dormer. The Committee heard from the neighbour at number 12, who "
                  "was concerned about loss of light to her kitchen. Officers confirmed the extension met the 45 "
                  "degree guidance.",
                  "RESOLVED: That the application be approved."]},
        {"num": "PLA/50/23-24", "title": "23/01044/OL - Land at Sheffield Road, Eckington",
         "body": ["The Planning Manager reported that this outline application for nine dwellings had been "
                  "withdrawn by the agent on 19 January 2024."]},
    ],
    closing=["The meeting concluded at 3.10 pm.", "Chair ____________________"],
    header="Planning Committee - 23 January 2024", footer=["Page {n} of {total}"],
)

# 12. Ashfield: Cabinet
doc(
    name="Ashfield_Cabinet_Minutes_070324",
    form="pdf-minutes", council="Ashfield District Council", stated="yes", committee="Cabinet",
    date="2024-03-07",
    pdf_title="Cabinet Minutes", pdf_author="Democratic Services",
    logo="Ashfield District Council",
    title_lines=["CABINET", "Meeting held in the Council Chamber, Council Offices, Urban Road, Kirkby-in-Ashfield",
                 "on Thursday, 7th March, 2024 at 10.00 am"],
    attendance=[("Present:", "Councillor J Fenwick in the Chair; Councillors D Arbuckle, H Cresswell, M Lindley, "
                             "K Oakes and T Spendlove."),
                ("Officers Present:", "R Brough, C Hemsley, L Kettle and P Ward.")],
    items=[
        {"num": "C.42", "title": "Declarations of Disclosable Pecuniary or Personal Interests",
         "body": ["There were no declarations of interest."]},
        {"num": "C.43", "title": "Lammas Leisure Centre - Pool Hall Roof and Plant Replacement",
         "body": ["The Cabinet considered a report on the replacement of the pool hall roof at Lammas Leisure "
                  "Centre in Sutton-in-Ashfield, together with the pool heating and filtration plant, which was "
                  "more than 30 years old.",
                  "The work would be carried out by Sherwood Build Services Ltd, appointed through a regional "
                  "framework, at a cost of £2.4 million.",
                  "The pools at Lammas would close for 14 weeks from 3 June 2024 while the roof was replaced. "
                  "Hucknall Leisure Centre would stay open throughout and offer extra lane swimming and lessons.",
                  "Of the cost, £1.1 million would come from the Public Sector Decarbonisation Scheme because "
                  "the new plant would run on air source heat pumps, and the rest from the Council's capital "
                  "programme.",
                  "RESOLVED that the scheme and the appointment of the contractor be approved."]},
        {"num": "C.44", "title": "Brierley Forest Park Visitor Centre Cafe",
         "body": ["The Cabinet agreed to lease the cafe at Brierley Forest Park visitor centre to a local "
                  "social enterprise for five years at a rent of £9,000 a year."]},
        {"num": "C.45", "title": "Question from Councillor R Sisson",
         "body": ["Councillor Sisson asked how many homes in the district had been empty for more than two years. "
                  "The Portfolio Holder for Housing replied that there were 287 such homes, and that the Council "
                  "had charged the long term empty premium on all of them since April 2023.",
                  "RESOLVED that the question and answer be noted."]},
        {"num": "C.46", "title": "Kirkby Town Centre Shopfront Grants",
         "body": ["The Cabinet agreed to extend the shopfront grant scheme on Station Street and Kingsway to March "
                  "2025, with grants of up to £7,500 per business."]},
    ],
    closing=["The meeting closed at 11.05 am.", "Chairman."],
    header="Cabinet - 7 March 2024", header_right="Minutes C.42 - C.46", footer=["Page {n}"],
)

# 13. Wyre: Cabinet
doc(
    name="Wyre_Cabinet_Minutes_6_Dec_2023",
    form="pdf-minutes", council="Wyre Council", stated="yes", committee="Cabinet", date="2023-12-06",
    pdf_title="Minutes of Cabinet", pdf_author="Wyre Council",
    title_lines=["Cabinet Minutes", "Wyre Council",
                 "Minutes of the meeting of Cabinet held on Wednesday 6 December 2023 at 6pm in the Council "
                 "Chamber, Civic Centre, Breck Road, Poulton-le-Fylde"],
    attendance=[("Cabinet members present:", "Councillor A Whitworth (Leader), Councillors C Birtwistle, "
                                             "G Fazakerley, S Hoyle, L Pennington and J Rawcliffe."),
                ("Apologies:", "None."),
                ("Officers present:", "Chief Executive, Corporate Director Resources, Head of Engineering Services "
                                      "and Democratic Services Officer.")],
    items=[
        {"num": "CAB.31", "title": "Declarations of interest",
         "body": ["None."]},
        {"num": "CAB.32", "title": "Sea wall at Rossall and Cleveleys",
         "body": ["The Head of Engineering Services reported the findings of the annual inspection of the coast "
                  "defences. The inspection found cracking and loss of concrete along 260 metres of the wave "
                  "return wall at Cleveleys, south of the Mythic Coast sculptures.",
                  "Temporary repairs would be made before the spring tides. A full repair scheme would be put to "
                  "the Environment Agency for grant aid, and the Council could not yet set a start date for the "
                  "permanent works until the Agency had confirmed the funding.",
                  "Decision made: That the inspection findings be noted and the temporary repairs be approved at "
                  "a cost of up to £95,000 from the coast protection reserve."]},
        {"num": "CAB.33", "title": "Garstang car parks",
         "body": ["Cabinet agreed to resurface the High Street and Windsor Road car parks in Garstang in February. "
                  "The car parks would close one at a time for about a week each."]},
        {"num": "CAB.34", "title": "Question from a member",
         "body": ["Councillor M Gornall asked whether the Council would support the Fleetwood Festival of "
                  "Transport again next year. Councillor Birtwistle replied that the Council would give the "
                  "organisers a grant of £12,000 and help with traffic management, as it had done this year."]},
        {"num": "CAB.35", "title": "Thornton household recycling collections",
         "body": ["Cabinet noted that collections in Thornton had moved to Tuesdays from 1 November and that "
                  "missed collections had fallen to fewer than 20 a week.",
                  "Decision made: That the report be noted."]},
    ],
    closing=["The meeting started at 6.00 pm and finished at 6.52 pm."],
    header="Cabinet 06.12.2023", header_from=2, footer=["Page {n} of {total}", "Wyre Council - Cabinet minutes"],
)

# 14. Maldon: committee with a recorded vote
doc(
    name="Maldon_Strategy_Resources_Minutes_25-01-2024",
    form="pdf-minutes", council="Maldon District Council", stated="yes",
    committee="Strategy and Resources Committee", date="2024-01-25",
    pdf_title="Minutes - Strategy and Resources Committee", pdf_author="Committee Services",
    title_lines=["MALDON DISTRICT COUNCIL",
                 "MINUTES of the STRATEGY AND RESOURCES COMMITTEE",
                 "THURSDAY 25 JANUARY 2024",
                 "COUNCIL CHAMBER, PRINCES ROAD, MALDON"],
    attendance=[("PRESENT", "Chairman Councillor W Sargeant; Vice-Chairman Councillor E Mayhew; Councillors "
                            "B Cotgrove, F Harlow, J Keable, A Lusted, P Northcott, G Rolfe, S Tiptree, V Ussher, "
                            "K Webley and C Yardley.")],
    items=[
        {"num": "815.", "title": "CHAIRMAN'S NOTICES",
         "body": ["The Chairman went through the notices for the meeting."]},
        {"num": "816.", "title": "APOLOGIES FOR ABSENCE",
         "body": ["There were none."]},
        {"num": "817.", "title": "PROMENADE PARK PUBLIC TOILETS",
         "body": ["The Committee considered the report of the Director of Service Delivery on the public toilets "
                  "by the splash park at Promenade Park, which had been closed since October after repeated "
                  "vandalism.",
                  "The report proposed to rebuild the block with six unisex cubicles, a changing places room and "
                  "steel fittings, at a cost of £184,000 from the Promenade Park reserve.",
                  "Councillor Keable proposed and Councillor Lusted seconded that the recommendation be agreed. "
                  "Councillor Rolfe requested a recorded vote. The votes were: For, 9; Against, 2; Abstentions, 1.",
                  "RESOLVED that the Promenade Park toilets be rebuilt as set out in the report, with the work to "
                  "be completed before Easter 2025."]},
        {"num": "818.", "title": "FEES AND CHARGES 2024 / 25",
         "body": ["The Committee reviewed the fees and charges schedule. Charges at the Council's long stay car "
                  "parks in Maldon and Burnham-on-Crouch would go up by 20p per day from 1 April 2024, and the "
                  "charge for a resident's annual permit would stay at £120.",
                  "RESOLVED that the fees and charges for 2024/25 be recommended to Council."]},
        {"num": "819.", "title": "HEYBRIDGE BASIN MOORINGS",
         "body": ["Members agreed to license 12 visitor moorings at Heybridge Basin to the Blackwater Boating "
                  "Club for three years.",
                  "RESOLVED that the licence be granted."]},
    ],
    closing=["There being no further items of business the Chairman closed the meeting at 8.41 pm.",
             "W SARGEANT", "CHAIRMAN"],
    header="Strategy and Resources Committee - 25 January 2024", footer=["- {n} -"],
)

# 15. Newcastle-under-Lyme: scrutiny committee
doc(
    name="NuLBC_Economy_Place_Scrutiny_Minutes_08012024",
    form="pdf-minutes", council="Newcastle-under-Lyme Borough Council", stated="yes",
    committee="Economy and Place Scrutiny Committee", date="2024-01-08",
    pdf_title="Economy and Place Scrutiny Committee - 08/01/24", pdf_author="Democratic Services",
    title_lines=["Newcastle-under-Lyme Borough Council", "Economy and Place Scrutiny Committee - 08/01/24",
                 "Castle House, Barracks Road, Newcastle-under-Lyme"],
    attendance=[("Present:", "Councillor I Wainwright (Chair), Councillors D Bloor, F Colclough, G Hambleton, "
                             "S Maddock, R Plant and T Shenton."),
                ("Officers:", "Head of Operations, Sustainability Manager and Scrutiny Officer.")],
    items=[
        {"num": "1.", "title": "APOLOGIES", "body": ["Apologies were received from Councillor J Bagguley."]},
        {"num": "2.", "title": "MINUTES OF A PREVIOUS MEETING",
         "body": ["Resolved: That the minutes of the meeting held on 23 October 2023 be agreed as a correct "
                  "record."]},
        {"num": "3.", "title": "URBAN TREE PLANTING PROGRAMME",
         "body": ["The Sustainability Manager reported on the second year of the urban tree planting programme. "
                  "In the 2022/23 planting season the Council had planted 1,250 trees in Kidsgrove and 940 trees "
                  "in Audley, mostly along verges and in small parks.",
                  "Trees had also been planted in Silverdale and in the Lyme Valley, where local volunteers had "
                  "helped with the planting days.",
                  "Members were told that around one in eight young trees had died in the dry summer, and that "
                  "they would be replaced free of charge by the supplier under the three year guarantee.",
                  "Resolved: That the report be noted and the Committee visit a planting site in the spring."]},
        {"num": "4.", "title": "KIDSGROVE TOWN DEAL: CANAL SIDE PATH",
         "body": ["The Committee received an update on the Town Deal projects in Kidsgrove. The Head of Operations "
                  "said that the new canal side path linking the station to the town centre would open in April.",
                  "Resolved: That the update be noted."]},
        {"num": "5.", "title": "PUBLIC CAR PARKS",
         "body": ["Members asked why the Midway car park in Newcastle town centre was so little used. The Head of "
                  "Operations explained that the upper floors were closed in 2022 after a structural inspection "
                  "and would stay closed until the building was replaced.",
                  "Resolved: That a report on options for the Midway be brought to the March meeting."]},
        {"num": "6.", "title": "WORK PROGRAMME", "body": ["Resolved: That the work programme be agreed."]},
    ],
    closing=["Councillor I Wainwright, Chair", "Meeting concluded at 8.05 pm"],
    header="Economy and Place Scrutiny Committee - 08/01/24", footer=["Page {n}"],
)

# 16. Conwy: Cabinet, bilingual footer
doc(
    name="Conwy_Cabinet_Cofnodion_Minutes_12-03-2024",
    form="pdf-minutes", council="Conwy County Borough Council", stated="yes", committee="Cabinet",
    date="2024-03-12",
    pdf_title="Cabinet Minutes 12 March 2024", pdf_author="Conwy CBC",
    title_lines=["CONWY COUNTY BOROUGH COUNCIL", "CABINET",
                 "Minutes of a meeting of the Cabinet held in the Council Chamber, Bodlondeb, Conwy on Tuesday, "
                 "12 March 2024 at 10.30 am"],
    attendance=[("PRESENT:", "Councillor G Pritchard (Leader) (Chair); Councillors S Bellis, A Ellis-Hughes, "
                             "M Gwilym, D Roberts and H Vaughan."),
                ("ALSO PRESENT:", "Councillor T Llewelyn.")],
    items=[
        {"num": "CAB 147", "title": "DECLARATIONS OF INTEREST", "body": ["None."]},
        {"num": "CAB 148", "title": "PUBLIC CONVENIENCES",
         "body": ["The Cabinet Member for Environment presented a report on the future of the Council's public "
                  "toilets. The Council ran 24 toilet blocks, and the cost of cleaning and repairs had risen to "
                  "£640,000 a year.",
                  "It was proposed to keep all the toilets on the promenades at Llandudno and Colwyn Bay open all "
                  "year, and to pass eight smaller blocks in villages to town and community councils willing to "
                  "run them.",
                  "Councillor Llewelyn asked what would happen if a community council would not take a block on. "
                  "The Cabinet Member replied that the block would stay open in the summer only, from Easter to "
                  "the end of October, rather than close.",
                  "RESOLVED: That the proposals be approved."]},
        {"num": "CAB 149", "title": "CAR PARKING CHARGES",
         "body": ["The Cabinet agreed that a full review of car parking charges in the county would be started in "
                  "April, looking at tariffs, permits and the use of each car park, with the findings to be "
                  "reported in the autumn.",
                  "RESOLVED: That the review be started."]},
        {"num": "CAB 150", "title": "VENUE CYMRU",
         "body": ["The Cabinet noted that Venue Cymru had sold 212,000 tickets in 2023 and agreed a grant of "
                  "£150,000 towards new seating in the theatre."]},
        {"num": "CAB 151", "title": "SCHOOL TRANSPORT",
         "body": ["The Cabinet agreed that school transport contracts for Abergele and Llanrwst be retendered "
                  "with effect from September 2024."]},
    ],
    closing=["The meeting closed at 12.15 pm."],
    header="Cabinet - 12.03.2024",
    footer=["Tudalen {n} / Page {n}", "Cyngor Bwrdeistref Sirol Conwy / Conwy County Borough Council"],
)


# =========================================================================== Public Document Packs

# 17. South Norfolk: Cabinet pack (previous minutes 11 December 2023)
doc(
    name="South_Norfolk_Cabinet_Public_Pack_15012024",
    form="pdf-pack", council="South Norfolk Council", stated="yes", committee="Cabinet", date="2024-01-15",
    pdf_title="(Public Pack)Agenda Document for Cabinet, 15/01/2024 09:00", pdf_author="South Norfolk Council",
    cover=["Cabinet", "South Norfolk Council",
           "Members of the Cabinet are summoned to a meeting on Monday 15 January 2024 at 9.00 am",
           "Colman and Cavell Rooms, The Horizon Centre, Peachman Way, Broadland Business Park"],
    cover_body=["Members of the Cabinet: Councillor D Fairweather (Chairman), Councillors K Elsworth, "
                "M Gedge, A Howlett, R Quinton and S Thurlow.",
                "For further information please contact Democratic Services on 01508 533601."],
    agenda=[("1", "Apologies for absence"),
            ("2", "Declarations of interest"),
            ("3", "Minutes of the meeting held on 11 December 2023 ({minutes})"),
            ("4", "Garden Waste Collection Service 2024/25 ({report})"),
            ("5", "Exclusion of the press and public")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["SOUTH NORFOLK COUNCIL",
                      "Minutes of a meeting of the Cabinet held on Monday 11 December 2023 at 9.00 am"],
    prev_items=[
        {"num": "3498", "title": "DECLARATIONS OF INTEREST", "body": ["No declarations were made."]},
        {"num": "3499", "title": "PUBLIC QUESTION TIME",
         "body": ["Mr B Lacey of Harleston asked when the street lights on Station Hill would be replaced, as "
                  "several had been out for months.",
                  "The Portfolio Holder for Clean and Safe Environment replied that the Council had ordered "
                  "LED lanterns for the whole of Station Hill and that they would be fitted in the week of 22 "
                  "January."]},
        {"num": "3500", "title": "DISS HERITAGE TRIANGLE",
         "body": ["Cabinet agreed to fund new heritage signs and seating on St Nicholas Street and Mere Street "
                  "in Diss at a cost of £48,000.",
                  "RESOLVED: To approve the scheme."]},
    ],
    report={
        "title_lines": ["Agenda Item: 4", "Cabinet", "15 January 2024"],
        "cover": [("Report title", "Garden Waste Collection Service 2024/25"),
                  ("Portfolio", "Clean and Safe Environment"),
                  ("Report author", "M Sandling, Waste Services Manager"),
                  ("Wards affected", "All")],
        "sections": [
            ("1. Summary", ["1.1 This report sets out proposed changes to the garden waste collection service "
                            "from 1 April 2024, including the annual charge and the replacement of bins.",
                            "1.2 The service has 31,600 subscribers, about 45 per cent of households in the "
                            "district."]),
            ("2. Charges", ["2.1 It is proposed that the annual charge for one garden waste bin rises from £50 "
                            "to £55 from 1 April 2024, with a discount of £5 for customers who renew online by "
                            "the end of February.",
                            "2.2 A second bin at the same address would continue to cost half the first bin's "
                            "charge."]),
            ("3. Replacement bins", ["3.1 Around 8,000 of the oldest brown bins are cracked or have broken "
                                     "lids. New bins made from recycled plastic would be bought from Broadland "
                                     "Containers Ltd under an existing framework contract.",
                                     "3.2 A date for delivering the new bins could not yet be confirmed, as the "
                                     "supplier was waiting for a new mould to be made and would only then give "
                                     "a lead time."]),
            ("4. Financial implications", ["4.1 The changes would bring in around £160,000 more each year, "
                                           "which would cover the cost of the replacement bins over three "
                                           "years."]),
            ("5. Recommendation", ["5.1 That Cabinet agree the garden waste charge of £55 for 2024/25 and the "
                                   "purchase of replacement bins."]),
        ],
    },
    footer=["Page {n}"], number_offset=1,
)

# 18. West Suffolk: Cabinet pack (previous minutes 5 December 2023)
doc(
    name="WSC_Cabinet_06-02-2024_Agenda_Pack",
    form="pdf-pack", council="West Suffolk Council", stated="yes", committee="Cabinet", date="2024-02-06",
    pdf_title="Cabinet agenda pack 6 February 2024", pdf_author="Democratic Services",
    cover=["Cabinet", "West Suffolk Council", "Tuesday 6 February 2024 at 10am",
           "Conference Chamber, West Suffolk House, Western Way, Bury St Edmunds IP33 3YU"],
    cover_body=["Membership: Councillor C Banham (Chair), Councillors L Dunlop, P Grimwood, N Kerrison, "
                "J Mildenhall, T Orford and B Wickham.",
                "Quorum: Three Members.",
                "Committee administrator: Helen Royle, Democratic Services Officer, 01284 757612."],
    agenda=[("1", "Apologies for absence"),
            ("2", "Minutes: to confirm the minutes of the meeting held on 5 December 2023 ({minutes})"),
            ("3", "Declarations of interests"),
            ("4", "Review of street markets in Bury St Edmunds and Haverhill ({report})"),
            ("5", "Date of next meeting")],
    marks=["Agenda Item 2", "Agenda Item 4"],
    prev_title_lines=["Cabinet", "Minutes of a meeting of the Cabinet held on Tuesday 5 December 2023 at 10am "
                                 "at West Suffolk House, Bury St Edmunds"],
    prev_items=[
        {"num": "312.", "title": "Open forum",
         "body": ["Councillor R Hammond, a non Cabinet member, asked whether the Council would help Mildenhall "
                  "Hub users after the bus route to Beck Row was cut back. The Portfolio Holder for Operations "
                  "replied that the Council was funding a community minibus on Tuesdays and Fridays until the "
                  "end of March while a longer term answer was found."]},
        {"num": "313.", "title": "Brandon Country Park car park",
         "body": ["Cabinet agreed to resurface the main car park at Brandon Country Park and add 20 spaces, at a "
                  "cost of £130,000."]},
    ],
    report={
        "title_lines": ["Report number: CAB/WS/24/004", "Review of street markets in Bury St Edmunds and "
                                                         "Haverhill", "Cabinet, 6 February 2024"],
        "cover": [("Report to", "Cabinet"),
                  ("Portfolio holder", "Councillor P Grimwood, Portfolio Holder for Growth"),
                  ("Lead officer", "Daniel Ashcroft, Markets and Town Centres Manager"),
                  ("Decisions plan", "Yes")],
        "sections": [
            ("1. Decisions being recommended", ["1.1 That Cabinet approves the changes to market pitch fees and "
                                                "trading days set out in section 3."]),
            ("2. Background", ["2.1 The Council runs the Wednesday and Saturday markets in Bury St Edmunds and "
                               "the Friday and Saturday markets in Haverhill.",
                               "2.2 The Bury St Edmunds market now averages 58 traders on a Saturday, down from "
                               "about 80 before 2020, while the number of food stalls has grown."]),
            ("3. Proposals", ["3.1 Pitch fees would be frozen for 2024/25 and new traders would pay no fee for "
                              "their first eight weeks, to help fill empty pitches.",
                              "3.2 The Haverhill Friday market would move from Jubilee Walk to the Market Square "
                              "to bring it closer to the shops.",
                              "3.3 A themed evening market would be tried in Bury St Edmunds on the last Friday of "
                              "each month from May to September."]),
            ("4. Consultation", ["4.1 Traders were consulted in November. Of the 71 who replied, 52 supported "
                                 "the fee freeze and the free trial period."]),
            ("5. Financial implications", ["5.1 The fee freeze and free weeks would reduce income by around "
                                           "£22,000 in 2024/25, to be met from the town centre recovery "
                                           "budget."]),
        ],
    },
    footer=["Page {n}"], number_offset=1,
)

# 19. Pembrokeshire: Cabinet pack (previous minutes 6 November 2023)
doc(
    name="Pembrokeshire_Cabinet_Pack_04-12-2023",
    form="pdf-pack", council="Pembrokeshire County Council", stated="yes", committee="Cabinet",
    date="2023-12-04",
    pdf_title="Public Pack Cabinet 04/12/2023", pdf_author="Pembrokeshire County Council",
    cover=["Cabinet", "Pembrokeshire County Council", "Cyngor Sir Penfro",
           "Monday, 4 December 2023 10.00 am", "Council Chamber, County Hall, Haverfordwest SA61 1TP"],
    cover_body=["To: Councillor B Tudor (Leader) and Members of the Cabinet.",
                "Enquiries: Democratic Services, 01437 775840."],
    agenda=[("1", "Apologies"),
            ("2", "Declarations of interest"),
            ("3", "Minutes of the meeting held on 6 November 2023 ({minutes})"),
            ("4", "Council Tax Premiums on Second Homes 2024-25 ({report})"),
            ("5", "Any other business")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["PEMBROKESHIRE COUNTY COUNCIL", "CABINET",
                      "Minutes of the meeting held on Monday, 6 November 2023"],
    prev_items=[
        {"num": "Min. 201", "title": "Questions from Members",
         "body": ["Councillor A Rees asked why the Haverfordwest bus station had been closed for so long. The "
                  "Cabinet Member for Residents' Services replied that the new interchange was due to open in "
                  "spring 2024 and that temporary stops on Cartlett Road would remain until then."]},
        {"num": "Min. 202", "title": "Fishguard Town Hall lease",
         "body": ["Cabinet agreed to grant a 25 year lease of the upper floor of Fishguard Town Hall to the town "
                  "council.",
                  "RESOLVED: That the lease be granted."]},
    ],
    report={
        "title_lines": ["PEMBROKESHIRE COUNTY COUNCIL", "Cabinet, 4 December 2023",
                        "Council Tax Premiums on Second Homes 2024-25"],
        "cover": [("Cabinet Member", "Cabinet Member for Corporate Finance"),
                  ("Report by", "Head of Revenue and Benefits"),
                  ("Reason for report", "To recommend the level of premium for 2024-25")],
        "sections": [
            ("1. Recommendation", ["That Cabinet recommends to Council that the council tax premium on second "
                                   "homes in Pembrokeshire is increased from 100 per cent to 150 per cent from 1 "
                                   "April 2024."]),
            ("2. Background", ["There are 3,980 properties in Pembrokeshire charged as second homes, over a third "
                               "of them in the Pembrokeshire Coast National Park, mostly around Tenby, Saundersfoot "
                               "and St Davids.",
                               "Since 2023 Welsh councils may charge a premium of up to 300 per cent."]),
            ("3. Consultation", ["A public consultation ran for six weeks in September and October and received "
                                 "1,460 responses. Of these, 61 per cent supported a higher premium."]),
            ("4. Financial implications", ["The increase is expected to raise a further £2.9 million a year. The "
                                           "Council intends to use this money to bring empty homes back into use "
                                           "and to help first time buyers in the county."]),
            ("5. Risks", ["Some owners may let their properties as holiday lets for enough nights to pay business "
                          "rates instead, which would reduce the income expected."]),
        ],
    },
    footer=["Page {n}"], number_offset=1,
)


# =========================================================================== Word reports

# 20. North Hertfordshire: Cabinet report
doc(
    name="NHDC_Cabinet_19Mar24_Tree_Planting_Report",
    form="docx-report", council="North Hertfordshire District Council", stated="yes", committee="Cabinet",
    date="2024-03-19",
    docx_author="Greenspace Service",
    letterhead=["North Hertfordshire District Council", "Council Offices, Gernon Road, Letchworth Garden City"],
    report=report(
        ["Cabinet", "19 March 2024", "Public document: Tree planting programme 2024 to 2027"],
        [("Report of", "Service Director: Place"),
         ("Executive Member", "Executive Member for Environment"),
         ("Wards affected", "All"),
         ("Key decision", "Yes"),
         ("Date of meeting", "19 March 2024")],
        [("1. Summary", ["1.1 This report sets out a three year programme to plant new trees on land owned by "
                         "the Council in Hitchin, Letchworth Garden City, Baldock and Royston."]),
         ("2. Recommendations", ["2.1 That Cabinet approves the tree planting programme for 2024 to 2027.",
                                 "2.2 That Cabinet delegates the choice of planting sites in each year to the "
                                 "Service Director: Place."]),
         ("3. Reasons for recommendations", ["3.1 The Council declared a climate emergency in 2019 and its "
                                             "Climate Change Strategy commits it to increase tree cover on its own "
                                             "land."]),
         ("4. Background", ["4.1 The programme would plant 7,500 trees over three winters, including small "
                            "woodlands on Walsworth Common in Hitchin and on Norton Common in Letchworth Garden "
                            "City, and street trees in Baldock and Royston.",
                            "4.2 A survey of tree canopy cover across the whole district would be commissioned "
                            "during 2024/25, so that later years of planting could be focused on the wards with "
                            "the least cover.",
                            "4.3 Local schools and volunteer groups would be invited to help at public planting "
                            "days in November and February."]),
         ("5. Financial implications", ["5.1 The programme would cost £312,000 over three years. Of this, "
                                        "£180,000 would come from the Local Authority Treescapes Fund, with the "
                                        "rest from the Council's climate change reserve.",
                                        "5.2 The watering of new trees for their first three summers is included "
                                        "in the grounds maintenance contract."]),
         ("6. Risks", ["6.1 The main risk is the loss of young trees in dry summers. The planting specification "
                       "allows for replacing up to 15 per cent of trees at no extra cost."])],
    ),
    header="NHDC Cabinet - 19 March 2024 - Agenda Item 11",
    footer=["North Hertfordshire District Council - Public"],
)

# 21. East Hampshire: Cabinet report
doc(
    name="EHDC_Cabinet_Report_Taro_Leisure_Centre_Feb2024",
    form="docx-report", council="East Hampshire District Council", stated="yes", committee="Cabinet",
    date="2024-02-22",
    docx_author="EHDC",
    letterhead=["East Hampshire District Council"],
    report=report(
        ["Taro Leisure Centre, Petersfield: pool hall refurbishment", "Cabinet",
         "Thursday 22nd February 2024"],
        [("Report of", "Director of Community"),
         ("Portfolio Holder", "Portfolio Holder for Health and Leisure"),
         ("Key decision", "Yes"),
         ("Exempt", "No"),
         ("Ward", "Petersfield St Peter's")],
        [("1. Purpose", ["1.1 To seek approval for the refurbishment of the pool hall at Taro Leisure Centre "
                         "in Petersfield and the replacement of its gas boilers."]),
         ("2. Recommendations", ["2.1 That Cabinet approves capital spending of £3.2 million on the pool hall "
                                 "refurbishment and new heating system."]),
         ("3. Background", ["3.1 The centre is run for the Council by Meon Valley Leisure Trust under a "
                            "contract that runs until 2031. Its main pool and learner pool are used by around "
                            "4,300 people a week.",
                            "3.2 The pool hall ceiling and the tiles around the main pool are in poor condition, "
                            "and the gas boilers are at the end of their life."]),
         ("4. Proposal", ["4.1 The works would replace the ceiling, retile the pool surround and replace the gas "
                          "boilers with air source heat pumps and solar panels on the roof.",
                          "4.2 The pools would need to close while the works take place. A reopening date cannot "
                          "yet be given, because it depends on the contractor's survey of the pool tank, which "
                          "can only be done once the pool is drained."]),
         ("5. Financial implications", ["5.1 Of the £3.2 million, £1.4 million would come from the Swimming Pool "
                                        "Support Fund and the rest from the Council's capital receipts.",
                                        "5.2 The switch away from gas would cut the centre's energy bills by an "
                                        "estimated £95,000 a year."]),
         ("6. Reasons", ["6.1 Doing nothing would risk the pools closing without warning if the boilers "
                         "failed, as parts for them are no longer made."])],
    ),
    header="Cabinet - 22 February 2024",
    footer=["Agenda Item 8", "East Hampshire District Council"],
)


# =========================================================================== Word minutes

# 22. South Staffordshire: select committee with a motion
doc(
    name="South_Staffs_Wellbeing_Select_Committee_Minutes_21112023",
    form="docx-minutes", council="South Staffordshire Council", stated="yes",
    committee="Wellbeing Select Committee", date="2023-11-21",
    docx_author="Member Services",
    title_lines=["South Staffordshire Council",
                 "Minutes of the meeting of the Wellbeing Select Committee held in the Council Chamber, Council "
                 "Offices, Codsall on Tuesday, 21 November 2023 at 6.30 pm"],
    attendance=[("Present:", "Councillor L Aston (Chairman), Councillors M Bayliss, J Cope, R Devey, S Fereday, "
                             "A Hollinshead, K Perks and W Tonks."),
                ("Officers:", "Housing Strategy Manager, Community Safety Officer and Member Services Officer.")],
    items=[
        {"num": "WSC 14/23", "title": "Apologies", "body": ["Apologies were received from Councillor P Jukes."]},
        {"num": "WSC 15/23", "title": "Minutes",
         "body": ["The minutes of the meeting held on 19 September 2023 were approved as a correct record."]},
        {"num": "WSC 16/23", "title": "Disabled Facilities Grants",
         "body": ["The Housing Strategy Manager reported that 131 home adaptations had been completed in "
                  "2022/23, most of them level access showers and stairlifts.",
                  "Councillor Cope asked why residents were waiting so long for adaptations. The Housing Strategy "
                  "Manager replied that the average wait from referral to completion was 21 weeks, mainly "
                  "because of a shortage of occupational therapists to carry out assessments.",
                  "The Committee agreed to ask the County Council what it was doing to recruit more occupational "
                  "therapists."]},
        {"num": "WSC 17/23", "title": "South Staffordshire Community Lottery",
         "body": ["Members heard that the lottery, run for the Council by Good Causes Draws Ltd, had raised "
                  "£38,400 for 64 local groups in its second year, including scout groups in Wombourne and "
                  "Perton."]},
        {"num": "WSC 18/23", "title": "Warm Spaces",
         "body": ["The Community Safety Officer reported that 17 warm spaces had opened in village halls and "
                  "churches last winter, with the busiest in Kinver and Brewood.",
                  "Councillor Devey moved and Councillor Tonks seconded that the Committee recommend to Cabinet "
                  "that grants of up to £500 be offered to each warm space again this winter. The motion was "
                  "carried unanimously."]},
    ],
    closing=["The meeting closed at 8.02 pm.", "CHAIRMAN"],
    header="Wellbeing Select Committee - 21 November 2023",
    footer=["South Staffordshire Council", "Wellbeing Select Committee minutes - OFFICIAL"],
)

# 23. City of Lincoln: Executive
doc(
    name="CoLC_Executive_Minutes_22-01-24",
    form="docx-minutes", council="City of Lincoln Council", stated="yes", committee="Executive",
    date="2024-01-22",
    docx_author="Democratic Services",
    title_lines=["City of Lincoln Council", "Executive", "22 January 2024",
                 "Present: Councillor N Wrightson (in the Chair)"],
    attendance=[("Councillors:", "B Ashby, T Carlisle, F Hewson and D Pryor."),
                ("Apologies for Absence:", "Councillor J Kellett.")],
    items=[
        {"num": "88.", "title": "Confirmation of Minutes - 18 December 2023",
         "body": ["RESOLVED that the minutes of the meeting held on 18 December 2023 be confirmed."]},
        {"num": "89.", "title": "Lincoln Central Market: Stall Rents and Food Hall",
         "body": ["The Executive considered a report on the first year of trading at the refurbished Lincoln "
                  "Central Market. Of the market's 32 permanent stalls, 27 were now let.",
                  "It was proposed that stall rents stay at £95 a week for 2024/25 and that the Council seek an "
                  "operator for a food hall at the Sincil Street end of the building.",
                  "It was not yet known when an operator would be in place, as the Council would first test "
                  "interest through a soft market exercise in the spring.",
                  "RESOLVED that the stall rents be frozen and the search for a food hall operator be approved."]},
        {"num": "90.", "title": "Hartsholme Country Park Campsite",
         "body": ["The Executive agreed to add 12 electric hook up pitches to the campsite at Hartsholme Country "
                  "Park, to be paid for from the campsite's own income reserve."]},
        {"num": "91.", "title": "Council Housing Rents 2024/25",
         "body": ["The Executive agreed to recommend a rent increase of 7.7 per cent for council homes, in line "
                  "with the government's rent cap, with the average weekly rent rising to £91.40."]},
        {"num": "92.", "title": "Boultham Park Lake",
         "body": ["The Executive noted that the lake at Boultham Park had been desilted in the autumn and that "
                  "the new footbridge would be installed by the end of February."]},
    ],
    closing=["The meeting ended at 6.40 pm."],
    header="Executive 22.01.24",
    footer=["City of Lincoln Council"],
)


# =========================================================================== plain text

# 24. East Lothian: Cabinet minutes saved as text
doc(
    name="East_Lothian_Cabinet_13_February_2024_minutes",
    form="txt", council="East Lothian Council", stated="yes", committee="Cabinet", date="2024-02-13",
    title_lines=["EAST LOTHIAN COUNCIL", "",
                 "MINUTES OF THE MEETING OF THE CABINET",
                 "TUESDAY 13 FEBRUARY 2024",
                 "COUNCIL CHAMBER, TOWN HOUSE, HADDINGTON"],
    attendance=[("Committee Members Present:", "Councillor A McGarvie (Convener), Councillor N Drummond, "
                                               "Councillor F Hislop, Councillor R Lennie, Councillor S Yule."),
                ("Council Officials Present:", "Executive Director for Council Resources, Head of Finance, "
                                               "Revenues Manager, Team Manager Democratic Services."),
                ("Apologies:", "None.")],
    items=[
        {"num": "1.", "title": "Minutes for approval",
         "body": ["The minutes of the meeting of the Cabinet of 9 January 2024 were approved."]},
        {"num": "2.", "title": "Council tax on second homes",
         "body": ["A report was submitted by the Executive Director for Council Resources seeking approval to "
                  "charge a 100 per cent premium on second homes from 1 April 2024, as Scottish councils are now "
                  "allowed to do.",
                  "The Revenues Manager advised that there were 1,120 second homes in East Lothian. North Berwick "
                  "alone had 410 of them, with others mostly in Dunbar, Gullane and Aberlady.",
                  "The premium was expected to raise £1.6 million a year, which would be put towards building "
                  "affordable homes in the county.",
                  "Councillor Hislop asked whether owners who let their homes to tourists could avoid the charge. "
                  "The Revenues Manager replied that properties let for at least 70 nights a year would pay "
                  "non domestic rates instead, and would need a short term let licence.",
                  "Decision: The Cabinet agreed to recommend the premium to the Council meeting on 27 February."]},
        {"num": "3.", "title": "Musselburgh flood protection scheme: land access",
         "body": ["The Cabinet agreed that officers negotiate access to private land along the River Esk for "
                  "ground investigations in the summer.",
                  "Decision: The Cabinet agreed the recommendation."]},
        {"num": "4.", "title": "Haddington Corn Exchange",
         "body": ["The Cabinet approved a grant of £75,000 to the Haddington Corn Exchange Trust for a new lift "
                  "and accessible entrance, on condition that the trust raised the rest of the £210,000 cost."]},
        {"num": "5.", "title": "Winter maintenance",
         "body": ["The Cabinet noted that 9,400 tonnes of salt had been spread on roads by the end of January, "
                  "compared with 7,100 tonnes the previous winter."]},
    ],
    closing=["", "Signed ........................", "Councillor A McGarvie", "Convener of Cabinet"],
)


# the packs' reports above are written as plain dicts with (title, body) sections: give them report()'s form
for _document in DOCUMENTS:
    _report = _document.get("report")
    if _report and _report["sections"] and isinstance(_report["sections"][0], tuple):
        _document["report"] = report(_report["title_lines"], _report["cover"], _report["sections"])
