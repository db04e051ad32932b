"""The documents of bench/heldout27: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout27.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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


# ============================================================================ ModernGov meeting pages

doc(name="ieListDocuments_CId134_MId2287_Arun_Planning", form="mg-meeting",
    council="Arun District Council", stated="yes", committee="Planning Committee", date="2024-09-11",
    site=site("Arun District Council", "https://www.arun.gov.uk",
              "Arun District Council, Civic Centre, Maltravers Road, Littlehampton, West Sussex, BN17 5LF",
              "© Arun District Council 2024",
              menu=["Home", "Your councillors", "Committees", "Meetings calendar", "Forward plan", "Search documents"],
              breadcrumb=["Home", "Committees", "Planning Committee"]),
    heading="Agenda and minutes: Planning Committee - Wednesday, 11th September, 2024 2.30 pm",
    venue="Council Chamber, Arun Civic Centre, Maltravers Road, Littlehampton, BN17 5LF",
    contact="Committee Services  01903 737000",
    items=[
        item("241.", "Declarations of Interest", [
            "Councillor Naomi Pettigrew declared a personal interest in application A/58/24/OUT as a member of Angmering Parish Council; she had taken no part in the parish council's discussion of it and remained in the meeting.",
        ]),
        item("242.", "BR/131/24/PL - Former Moreland Motors site, Canada Grove, Bognor Regis", [
            "The Principal Planning Officer presented the application for 42 flats in two blocks of four and five storeys on the vacant former garage site, with 21 parking spaces and a secure store for 60 cycles. Eleven of the flats would be affordable, all for shared ownership.",
            "Mr Duncan Threlfall spoke against the application on behalf of residents of Canada Grove, who were worried about the height of the taller block and the loss of afternoon light to the gardens behind. Ms Erin Castleford of Sandpiper Homes Ltd, the applicant, spoke in support.",
            "Members asked whether 21 spaces were enough. The Highways officer replied that the site was a short walk from Bognor Regis station and the bus routes on the High Street, and that the county council had raised no objection provided residents were not eligible for on-street parking permits.",
            "Under a planning obligation the developer would pay £214,000 towards extra school places at Bognor Regis and £38,500 towards improving the pedestrian crossing at the junction of Canada Grove and Station Road.",
            "Councillor Tessa Brayford proposed that the application be approved as recommended and Councillor Owen Hallett seconded. On being put to the vote there were 7 votes for, 4 against and 1 abstention.",
            "RESOLVED that the application be APPROVED subject to the conditions in the report and the completion of the planning obligation.",
        ]),
        item("243.", "LU/96/24/PL - 14 Pier Road, Littlehampton", [
            "The application was to change the ground floor of the former amusement arcade to a café and bar with seating for 40 people inside and a terrace facing the river. The officer reported that the opening hours proposed had been cut back at the request of the Environmental Health team, so that the terrace would close at 9pm and the inside at 11pm.",
            "One member asked about deliveries. The officer said that a condition would stop deliveries before 7am on any day.",
            "RESOLVED that the application be APPROVED subject to the conditions set out in the report.",
        ]),
        item("244.", "A/58/24/OUT - Land north of Water Lane, Angmering", [
            "The outline application sought permission for up to 135 homes, a play area and a surface water pond on farmland north of Water Lane. The officer recommended approval.",
            "Several members said that the fields flooded every winter and that the drainage assessment relied on borehole tests taken in a dry summer. Councillor Ivan Sotherby proposed that the application be deferred so that the applicant could carry out winter groundwater monitoring and submit a revised drainage strategy, and Councillor Naomi Pettigrew seconded.",
            "On being put to the vote there were 8 votes for deferral and 4 against.",
            "RESOLVED that the application be DEFERRED for winter groundwater monitoring and a revised drainage strategy.",
        ]),
        item("245.", "Y/41/24/PL - The Old Forge, Main Road, Yapton", [
            "The Chair reported that the applicant had withdrawn the application on 6 September 2024, so it was not considered.",
        ]),
    ])

doc(name="ieListDocuments_CId110_MId3419_Dacorum_Cabinet", form="mg-meeting",
    council="Dacorum Borough Council", stated="yes", committee="Cabinet", date="2024-07-23",
    site=site("Dacorum Borough Council", "https://www.dacorum.gov.uk",
              "Dacorum Borough Council, The Forum, Marlowes, Hemel Hempstead, HP1 1DN",
              "Copyright Dacorum Borough Council",
              breadcrumb=["Home", "Council and democracy", "Meetings", "Cabinet"]),
    heading="Agenda and minutes: Cabinet - Tuesday, 23rd July, 2024 7.30 pm",
    venue="Council Chamber, The Forum, Marlowes, Hemel Hempstead, HP1 1DN",
    contact="Member Support  01442 228000",
    items=[
        item("CA/58/24", "Public Participation", [
            "Ms Harriet Lowden of Warners End asked when the public toilets by the paddling pool in Gadebridge Park would reopen, as they had been shut since May and families were leaving the park early.",
            "The Portfolio Holder for Neighbourhood Services replied that the toilets had been closed after a collapsed drain was found under the block. The drain had been surveyed, but a reopening date could not be given until the repair had been priced by the council's drainage contractor. He apologised and said that portable toilets would be placed by the pool until the block reopened.",
            "Mr Rupert Dacre of Berkhamsted asked why the council had stopped collecting garden waste from his street for three weeks in June. The Portfolio Holder replied that two of the four garden waste lorries had been off the road with gearbox faults at the same time, and that the missed collections had been made up on the following Saturdays.",
        ]),
        item("CA/59/24", "Play Area Improvement Programme 2024-2026", [
            "The Portfolio Holder for Neighbourhood Services introduced a report on the second phase of the play area programme. Nine play areas would be rebuilt over two years, beginning with Chaulden Adventure Playground, Highfield and Bennetts End in the autumn.",
            "The works would cost £780,000, of which £510,000 would come from developer contributions and the rest from the council's capital programme. Following a tender, the contract would be awarded to Brackenwood Play Ltd, which had scored highest on both price and quality.",
            "Members welcomed the inclusion of a wheelchair-accessible roundabout and sensory panels at each site, which had been asked for by parents during the consultation in the spring.",
            "RESOLVED that the programme be approved and the contract be awarded to Brackenwood Play Ltd.",
        ]),
        item("CA/60/24", "Hemel Hempstead Market - Relocation", [
            "The Cabinet noted progress on moving the market from Marlowes to the Water Gardens. Twenty-six traders had signed licences for the new pitches. Members asked when the move would take place; the Assistant Director said that no date for the move could yet be set, because the electricity supply to the new pitches still had to be agreed with UK Power Networks.",
            "RESOLVED that the update be noted.",
        ]),
    ])

doc(name="ieListDocuments_CId95_MId1802_Gedling_Cabinet", form="mg-meeting",
    council="Gedling Borough Council", stated="yes", committee="Cabinet", date="2024-06-06",
    site=site("Gedling Borough Council", "https://www.gedling.gov.uk",
              "Gedling Borough Council, Civic Centre, Arnot Hill Park, Arnold, Nottingham, NG5 6LU",
              "© Gedling Borough Council",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Elections"]),
    heading="Agenda and minutes: Cabinet - Thursday, 6th June, 2024 6.00 pm",
    venue="Council Chamber, Civic Centre, Arnot Hill Park, Arnold",
    contact="Democratic Services  0115 901 3901",
    items=[
        item("9", "Questions from Members", [
            "Councillor Keeley Arbuthnot asked how many people had been fined for fly-tipping in the borough over the past year. The Portfolio Holder for Environment replied that 187 fixed penalty notices had been issued for fly-tipping in 2023/24, against 121 the year before, and that eleven cases had been taken to court.",
            "Councillor Arbuthnot asked a supplementary question about the lane behind the shops on Front Street, Arnold. The Portfolio Holder said that a camera would be moved there in July.",
        ]),
        item("10", "Fly-tipping Enforcement", [
            "The Portfolio Holder for Environment introduced a report on tackling fly-tipping. The council would buy six more mobile cameras, bringing its total to fourteen, which would be moved between the borough's worst hotspots every few weeks.",
            "The fixed penalty for fly-tipping would rise from £400 to £500 from 1 July, with a reduction to £350 for payment within ten days. The Portfolio Holder said that most dumped waste found by the cameras came from vans and that the council would publish the number plates of vans seen tipping where the owner could not be traced.",
            "RESOLVED to approve the purchase of six mobile cameras and the increased fixed penalty.",
        ]),
        item("11", "Carlton Square Car Park", [
            "The Cabinet considered complaints from traders about anti-social behaviour in Carlton Square car park after dark. The Portfolio Holder said that a review of the lighting and CCTV cover in the car park would be carried out over the summer by the council's engineers, and that the findings would come back to Cabinet in the autumn.",
            "RESOLVED that the review be carried out as set out.",
        ]),
        item("12", "Calverton Leisure Centre - Roof Replacement", [
            "The Cabinet approved spending of £326,000 to replace the sports hall roof at Calverton Leisure Centre, which had leaked into the hall during the winter and forced the cancellation of 64 bookings. The contract would go to Trentvale Roofing Ltd, and the hall would close for eight weeks from late August.",
            "RESOLVED that the spending be approved.",
        ]),
    ])

doc(name="ieListDocuments_CId151_MId4170_Lichfield_OandS", form="mg-meeting",
    council="Lichfield District Council", stated="yes", committee="Overview and Scrutiny Committee",
    date="2024-09-17",
    site=site("Lichfield District Council", "https://www.lichfielddc.gov.uk",
              "Lichfield District Council, District Council House, Frog Lane, Lichfield, Staffordshire, WS13 6YY",
              "© 2024 Lichfield District Council",
              breadcrumb=["Home", "Your council", "Meetings", "Overview and Scrutiny Committee"]),
    heading="Agenda and minutes: Overview and Scrutiny Committee - Tuesday, 17th September, 2024 6.00 pm",
    venue="Committee Room, District Council House, Frog Lane, Lichfield, WS13 6YY",
    contact="Committee Services  01543 308000",
    items=[
        item("18.", "Car Parking Charges Review", [
            "The Cabinet Member for Economic Development presented proposals for parking charges in Lichfield city centre. The charge for up to two hours would rise from £2.20 to £2.50, and a flat evening charge of £1.50 would apply after 6pm in the Friary Outer, Bird Street and Lombard Street car parks, which were currently free in the evening.",
            "Members questioned the evening charge. The Cabinet Member said that the evening charge would raise about £95,000 a year, which would pay for the upkeep of the Friary multi-storey car park, where the deck waterproofing needed replacing.",
            "Councillor Megan Ashworth asked whether Burntwood car parks would also start charging. The Cabinet Member replied that the car parks in Burntwood would stay free, because the town centre was still recovering from the closure of its supermarket.",
            "RESOLVED that the Committee supports the proposals, subject to the evening charge being reviewed after twelve months.",
        ]),
        item("19.", "Birmingham Road Site - Progress Report", [
            "The Committee received an update on the development of the Birmingham Road site. Demolition of the former bus station canopy had finished in July. The cinema and restaurant building would be built first, with work starting in spring 2025 and the cinema opening in late 2026. The building would have five screens and four restaurant units, and a public square would be laid out between the building and the railway station.",
            "Members asked about the cost of the scheme. The Head of Regeneration said that the council had set aside £18.4 million and that £6.2 million of this had come from the government's Levelling Up Fund.",
            "RESOLVED that the progress be noted.",
        ]),
        item("20.", "Work Programme", [
            "The Committee agreed to add a review of the district's public toilets to the work programme for January.",
        ]),
    ])

doc(name="ieListDocuments_CId702_MId9931_Gloucestershire_EnvScrutiny", form="mg-meeting",
    council="Gloucestershire County Council", stated="yes", committee="Environment Scrutiny Committee",
    date="2024-10-09",
    site=site("Gloucestershire County Council", "https://www.gloucestershire.gov.uk",
              "Gloucestershire County Council, Shire Hall, Westgate Street, Gloucester, GL1 2TG",
              "Copyright © Gloucestershire County Council 2024",
              menu=["Home", "Councillors", "Committees", "Calendar", "Decisions", "Petitions"]),
    heading="Agenda and minutes: Environment Scrutiny Committee - Wednesday, 9th October, 2024 10.00 am",
    venue="Council Chamber - Shire Hall, Westgate Street, Gloucester, GL1 2TG",
    contact="Democratic Services  01452 425000",
    items=[
        item("31", "Roadside Tree Planting", [
            "The Lead Cabinet Member for Environment reported that 14,600 trees had been planted on highway verges and council land across the county during the last planting season, well short of the target of 20,000. The shortfall was put down to the wet spring, which had made many verges too soft to work on.",
            "Members asked how many of the young trees had died. The Tree Officer said that a survey in August had found that about one in eight of the trees planted in the Forest of Dean had died, mostly where they had been planted close to the road and were scorched by salt in the winter, while losses in the Cotswolds were under one in twenty.",
            "The planting this winter would be done by Oakhanger Landscapes Ltd under a three-year contract.",
        ]),
        item("32", "Pothole Repairs", [
            "The Committee questioned officers on the number of potholes reported since April. The Head of Highways said that 31,200 defects had been repaired between April and September, and that 92 per cent of the most dangerous ones had been made safe within 24 hours.",
            "Councillor Jonah Marchbank asked when the A4173 at Upton St Leonards would reopen after the collapse of the retaining wall. The Head of Highways said that the reopening date could not be confirmed until the engineers had finished their ground tests behind the wall and the design of the new wall was agreed.",
        ]),
        item("33", "Flood Recovery Grants", [
            "The Committee noted that 412 households in Tewkesbury, Gloucester and Cheltenham had received the flood recovery grant of £500 following the floods of January 2024, and that the scheme closed on 30 June.",
        ]),
    ])

doc(name="ieListDocuments_CId165_MId2654_Torbay_Council", form="mg-meeting",
    council="Torbay Council", stated="yes", committee="Council", date="2024-07-25",
    site=site("Torbay Council", "https://www.torbay.gov.uk",
              "Torbay Council, Town Hall, Castle Circus, Torquay, TQ1 3DR",
              "© Torbay Council",
              menu=["Home", "Councillors", "Committees", "Meetings", "Forward Plan", "Constitution"]),
    heading="Agenda and minutes: Council - Thursday, 25th July, 2024 5.30 pm",
    venue="Rosetor Room, Riviera International Conference Centre, Chestnut Avenue, Torquay, TQ2 5LZ",
    contact="Governance Support  01803 207013",
    items=[
        item("27.", "Members' Questions", [
            "Councillor Belinda Quarrie asked how much the council expected to spend this year on taking children with special educational needs to school. The Cabinet Member for Children's Services replied that the budget for special needs school transport was £7.9 million, up from £5.6 million two years ago, because more children were travelling to schools outside Torbay, some as far as Exeter.",
            "Councillor Quarrie asked whether parents could be paid to drive their own children. The Cabinet Member said yes, a mileage allowance of 45p a mile was already offered, and 83 families had taken it up.",
            "Councillor Simon Trebilcock asked why the Paignton Geoplay Park had been fenced off. The Cabinet Member for Place replied that the climbing frame had failed its annual inspection because of rot in two of its main posts.",
        ]),
        item("28.", "Notice of Motion - Oldway Mansion", [
            "Councillor Alan Penwarden moved and Councillor Gail Ridout seconded a motion asking the Cabinet to seek a partner to restore Oldway Mansion and reopen its ground floor rooms to the public by 2027.",
            "An amendment moved by Councillor Trebilcock, to remove the date of 2027, was lost.",
            "On a recorded vote the motion was carried by 22 votes to 13 with 2 abstentions.",
        ]),
        item("29.", "Torre Abbey Gardens - Catering Concession", [
            "The Council approved a ten-year concession for the café in Torre Abbey gardens to be let to Redcliffe Kitchen Ltd, which would pay a rent of £42,000 a year and open the café all year round.",
            "RESOLVED that the concession be approved.",
        ]),
    ])

# ============================================================================ ModernGov item pages

doc(name="mgAi_ID18824_Hertfordshire_Cabinet_SEND_Transport", form="mg-item",
    council="Hertfordshire County Council", stated="yes", committee="Cabinet", date="2024-07-15",
    site=site("Hertfordshire County Council", "https://www.hertfordshire.gov.uk",
              "Hertfordshire County Council, County Hall, Pegs Lane, Hertford, SG13 8DQ",
              "© Hertfordshire County Council",
              breadcrumb=["Home", "Meetings", "Cabinet", "Agenda item"]),
    meeting_line="15/07/2024 - Cabinet (Item 6.)",
    items=[item("6.", "Home to School Transport for Children with Special Educational Needs", [
        "The Executive Member for Education introduced the report. The cost of transport for children with special educational needs had risen to £61 million a year, and 5,340 children now used it, 900 more than three years earlier. Most of the rise was in single-child taxi journeys.",
        "Members asked whether the council could do more to help older pupils travel on their own. The Executive Member said that independent travel training would be offered to every pupil aged 14 or over who was assessed as able to benefit, and that the training would be delivered by Wayfinder Learning Ltd under a contract worth £1.2 million over four years.",
        "The Executive Member added that an independent review of how routes were planned and shared would be commissioned in September, and that its recommendations would be brought to Cabinet next year.",
        "Councillor Rosalind Fenwick asked whether the policy would change for pupils already using transport. The Executive Member said no: pupils already receiving transport would keep their present arrangements until the end of their current school phase.",
        "RESOLVED that the revised policy be approved to take effect from September 2025.",
    ], intro="Report of the Director of Children's Services.",
        links=[("SEND transport policy report", "412 KB"), ("Appendix A - revised policy", "296 KB"),
               ("Appendix B - equality impact assessment", "188 KB")])])

doc(name="mgAi_ID5532_Merton_SustainableCommunities_StreetTrees", form="mg-item",
    council="London Borough of Merton", stated="yes",
    committee="Sustainable Communities Overview and Scrutiny Panel", date="2024-03-04",
    site=site("London Borough of Merton", "https://www.merton.gov.uk",
              "London Borough of Merton, Civic Centre, London Road, Morden, SM4 5DX",
              "© London Borough of Merton",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Search"]),
    meeting_line="04/03/2024 - Sustainable Communities Overview and Scrutiny Panel (Item 5)",
    items=[item("5", "Street Tree Planting Programme", [
        "The Head of Greenspaces presented the report. This winter 1,150 new street trees had been planted, more than half of them in Mitcham, Pollards Hill and Figges Marsh, where tree cover was lowest. Residents had been able to request a tree outside their home through an online form, and 640 requests had been received.",
        "A member asked what was done when a young tree died. The Head of Greenspaces replied that every tree was covered by a three-year watering and aftercare contract, and that any tree that died within that time was replaced by the contractor free of charge.",
        "Another member asked why some residents in Wimbledon Park had been refused a tree. The officer explained that trees could not be planted where gas or water pipes ran under the pavement, or where the pavement would be left narrower than 1.5 metres for wheelchair users.",
        "The Panel asked whether the council would consider trees in front gardens. The officer said that a pilot offering free trees to residents for their own front gardens would start in the autumn in Morden.",
        "RESOLVED that the report be noted and that the Panel receives an update in twelve months.",
    ], links=[("Street tree planting report", "530 KB"), ("Map of planting sites", "1 MB")])])

# ============================================================================ ModernGov decision pages

doc(name="ieDecisionDetails_ID6120_CheshireWestandChester_RefuseFleet", form="mg-decision",
    council="Cheshire West and Chester Council", stated="yes",
    committee="Cabinet Member for Environment, Highways and Strategic Transport", date="2024-10-21",
    site=site("Cheshire West and Chester Council", "https://www.cheshirewestandchester.gov.uk",
              "Cheshire West and Chester Council, HQ, 58 Nicholas Street, Chester, CH1 2NP",
              "© Cheshire West and Chester Council",
              breadcrumb=["Home", "Decisions", "Decision details"]),
    decision_title="Decision details: Replacement of refuse collection vehicles at Winsford depot",
    fields=[("Decision Maker:", "Cabinet Member for Environment, Highways and Strategic Transport"),
            ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"),
            ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To approve the purchase of eighteen refuse collection vehicles to replace lorries at the Winsford depot that have reached the end of their working life.",
        ]),
        ("Decision:", [
            "The Cabinet Member approved the purchase of eighteen refuse collection vehicles, of which six will be fully electric and twelve will run on hydrotreated vegetable oil, at a total cost of £5.37 million, to be funded from prudential borrowing repaid from the waste service budget over eight years.",
            "The vehicles will be bought from Marlbrook Municipal Vehicles Ltd through a national purchasing framework.",
            "The delivery dates for the vehicles have not yet been confirmed by the manufacturer, and the existing lorries will remain in service until the new ones arrive.",
        ]),
        ("Reasons for the decision:", [
            "The present lorries are eleven years old. Breakdowns have risen to an average of nine a week across the Winsford fleet, causing missed collections in Winsford, Middlewich and the villages around them, and repair costs reached £412,000 last year.",
            "Charging points for the six electric lorries will be installed at the Winsford depot, where the electricity supply was upgraded in 2023.",
        ]),
        ("Alternative options considered:", [
            "Leasing the vehicles was considered but rejected because it would cost about £600,000 more over eight years.",
        ]),
    ],
    tail=[("Publication date:", "21/10/2024"), ("Date of decision:", "21/10/2024"),
          ("Effective from:", "29/10/2024"), ("Contact:", "Waste and Recycling Manager")],
    links=[("Decision report - refuse vehicles", "318 KB")])

doc(name="ieDecisionDetails_ID4471_Bury_UrbanTrees", form="mg-decision",
    council="Bury Council", stated="yes", committee="Cabinet", date="2024-11-27",
    site=site("Bury Council", "https://councildecisions.bury.gov.uk",
              "Bury Council, Town Hall, Knowsley Street, Bury, BL9 0SW",
              "© Bury Council",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Forward plan", "Petitions"]),
    decision_title="Decision details: Urban Tree and Woodland Strategy 2025-2035",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To adopt an Urban Tree and Woodland Strategy for the borough and approve a first planting programme.",
        ]),
        ("Decision:", [
            "Cabinet adopted the Urban Tree and Woodland Strategy 2025-2035, which aims to raise tree cover in the borough from 14 per cent to 18 per cent by 2035.",
            "Cabinet approved a first programme to plant 9,000 trees this winter, including a new woodland of 5,000 trees on council land next to Philips Park in Whitefield and 300 street trees in Radcliffe and Bury town centre.",
            "The programme will be paid for by a grant of £265,000 from the regional community forest fund, with the council meeting the aftercare costs for the first three years.",
            "A survey of ash dieback across the council's woodlands will be carried out over the winter, and a felling and replanting plan will be prepared once the survey is complete.",
        ]),
        ("Reasons for the decision:", [
            "Tree cover in Radcliffe and Bury town centre is among the lowest in Greater Manchester, and the wards with the fewest trees are also those where summer temperatures are highest.",
        ]),
        ("Alternative options considered:", [
            "Planting only on land already managed as woodland was rejected because it would not add trees where people live.",
        ]),
    ],
    tail=[("Publication date:", "28/11/2024"), ("Date of decision:", "27/11/2024"),
          ("Effective from:", "06/12/2024"),
          ("Decided at meeting:", "27/11/2024 - Cabinet")],
    links=[("Cabinet report - Urban Tree and Woodland Strategy", "804 KB"),
           ("Appendix 1 - Strategy", "2 MB")])

# ============================================================================ printed PDF minutes

doc(name="Breckland_Planning_Committee_Minutes_02092024", form="pdf-minutes",
    council="Breckland Council", stated="yes", committee="Planning Committee", date="2024-09-02",
    pdf_title="Minutes - Planning Committee - 2 September 2024", pdf_author="Breckland Council",
    title_lines=["BRECKLAND COUNCIL", "PLANNING COMMITTEE",
                 "Minutes of a meeting of the Planning Committee held in the Anglia Room, Elizabeth House, Walpole Loke, Dereham on Monday 2 September 2024 at 9.30 am"],
    attendance=[("Present:", "Councillor Graham Tolhurst (Chair), Councillor Philippa Evenden (Vice-Chair), Councillors Marcus Lingwood, Sally Coveney, Dean Harkness, Amira Boswell, Trevor Quantrill, Helen Dovey and Rory Appleyard."),
                ("Officers:", "Principal Planning Officer (North), Senior Planning Officer, Planning Lawyer, Democratic Services Officer.")],
    items=[
        {"num": "112/24", "title": "MINUTES", "body": [
            "The minutes of the meeting held on 5 August 2024 were confirmed as a correct record and signed by the Chair."]},
        {"num": "113/24", "title": "3PL/2024/0388/F: LAND OFF SHIPDHAM ROAD, DEREHAM", "body": [
            "Full application for 76 dwellings, including 19 affordable homes, with access from Shipdham Road.",
            "The Principal Planning Officer explained that the site lay in the catchment of the River Wensum, where new housing could only be permitted if it did not add to nutrient pollution of the river. The applicant had bought nutrient credits from the Norfolk nutrient mitigation scheme, which would fund wetland works to remove phosphates and nitrates, so that the development would be nutrient neutral.",
            "Mr Conrad Whitlock, for Dereham Town Council, objected because of the traffic on Shipdham Road at school times. Ms Paula Greaves of Fenbridge Homes Ltd spoke for the applicant.",
            "Councillor Lingwood proposed approval and Councillor Coveney seconded. On a vote there were 6 votes in favour and 3 against.",
            "RESOLVED that the application be approved subject to conditions and a legal agreement securing the affordable housing and a contribution of £152,000 to primary school places in Dereham."]},
        {"num": "114/24", "title": "3PL/2024/0511/F: 22 MARKET PLACE, SWAFFHAM", "body": [
            "Change of use of the upper floors of a listed building from offices to four flats.",
            "Members welcomed the reuse of empty floors above the shop. The Senior Planning Officer confirmed that the shop on the ground floor would stay.",
            "RESOLVED that the application be approved."]},
        {"num": "115/24", "title": "3PL/2024/0467/O: LAND AT NORWICH ROAD, WATTON", "body": [
            "Outline application for up to 48 dwellings.",
            "Members noted that the site also drained towards the River Wensum and that, unlike the Dereham scheme, the applicant had not yet secured nutrient credits. Officers recommended refusal on that ground and because the site lay outside the settlement boundary.",
            "Councillor Harkness proposed refusal and Councillor Boswell seconded.",
            "RESOLVED that the application be refused for the reasons set out in the report."]},
        {"num": "116/24", "title": "3PL/2024/0290/F: THE MALTINGS, THETFORD", "body": [
            "The Chair announced that this application had been deferred before the meeting at the request of the applicant so that amended plans could be submitted."]},
    ],
    closing=["The meeting closed at 12.05 pm.", "CHAIR"],
    header="Planning Committee - 2 September 2024", header_right="Breckland Council",
    footer=["Page {n} of {total}"])

doc(name="Fareham_Executive_Minutes_8_July_2024", form="pdf-minutes",
    council="Fareham Borough Council", stated="yes", committee="Executive", date="2024-07-08",
    pdf_title="Executive minutes 08-07-2024", pdf_author="Democratic Services",
    title_lines=["FAREHAM BOROUGH COUNCIL", "Minutes of the Executive",
                 "(to be confirmed at the next meeting)",
                 "Date: Monday, 8 July 2024", "Venue: Collingwood Room, Civic Offices, Fareham"],
    attendance=[("PRESENT:", "Councillor Miriam Lockhart, Executive Leader (Chair); Councillors Jason Prowse (Housing), Faye Orchard (Leisure and Community), Declan Ashby (Streetscene), Louise Carrow (Planning and Development)."),
                ("Also in attendance:", "Councillor Ben Holloway.")],
    items=[
        {"num": "1.", "title": "APOLOGIES FOR ABSENCE", "body": ["There were no apologies for absence."]},
        {"num": "2.", "title": "DEPUTATIONS", "body": [
            "The Executive received a deputation from Mrs Annette Birling of Portchester on the proposed public charging points for electric vehicles. She asked whether residents without driveways in Portchester would be able to charge near their homes.",
            "The Executive Member for Streetscene replied that the first phase would put chargers in council car parks, and that on-street charging would be looked at once the usage figures from the car parks were known."]},
        {"num": "3.", "title": "ELECTRIC VEHICLE CHARGING IN COUNCIL CAR PARKS", "body": [
            "The Executive considered a report on installing public chargers for electric vehicles. Thirty-two fast chargers would be installed across eight council car parks, including Osborn Road multi-storey, Westbury Manor and Castle Street in Portchester.",
            "The chargers would be installed and run by Solent Plugin Ltd under a fifteen-year concession. The company would meet the full cost of installation and pay the council 12 per cent of its charging income, so there would be no capital cost to the council.",
            "RESOLVED that the concession be awarded to Solent Plugin Ltd."]},
        {"num": "4.", "title": "FERNEHAM HALL", "body": [
            "The Executive Member for Leisure and Community reported that the refurbishment of Ferneham Hall was complete and that the venue had sold 41,000 tickets in its first six months since reopening, well ahead of the 30,000 expected.",
            "Councillor Holloway asked how much the refurbishment had cost in the end. The Executive Member said that the final account had not been settled, but that it was expected to be within the approved budget.",
            "RESOLVED that the update be noted."]},
        {"num": "5.", "title": "HOUSING REVENUE ACCOUNT - DAMP AND MOULD", "body": [
            "The Executive noted that 238 reports of damp and mould in council homes had been received in 2023/24. Every report had been inspected within ten working days, and 61 homes had needed new ventilation fans.",
            "RESOLVED that the report be noted."]},
    ],
    closing=["(The meeting started at 6.00 pm and ended at 7.12 pm)"],
    header="Executive - 8 July 2024", footer=["- {n} -"])

doc(name="Hyndburn_Cabinet_Minutes_10_January_2024", form="pdf-minutes",
    council="Hyndburn Borough Council", stated="yes", committee="Cabinet", date="2024-01-10",
    pdf_title="Cabinet Minutes 10 January 2024", pdf_author="Hyndburn Borough Council",
    title_lines=["Hyndburn Borough Council", "Cabinet",
                 "Wednesday, 10th January, 2024 at 6.00 pm",
                 "Present: Councillor Kirsty Mellor (in the Chair), Councillors Asif Rahman, Colin Haworth, Janine Broadley, Stuart Pickup and Tariq Mahmood"],
    attendance=[("In attendance:", "Chief Executive, Executive Director (Legal and Democratic Services), Head of Regeneration and Housing, Committee Officer.")],
    items=[
        {"num": "402", "title": "Questions from Members of the Public", "body": [
            "Mr Geoffrey Tattersall of Oswaldtwistle asked when the footbridge over the canal at Church would be mended, as it had been closed since October. The Cabinet Member for Environment replied that the bridge belonged to the Canal and River Trust and not to the Council. The Council had written to the Trust, but the Trust had not yet said when the repair would be done.",
            "Ms Rukhsana Begum asked whether the Council would keep the free swimming sessions for children at the Hyndburn Leisure Centre pool in the school holidays. The Cabinet Member for Leisure confirmed that the sessions would continue through 2024."]},
        {"num": "403", "title": "Empty Homes Action Plan", "body": [
            "The Cabinet Member for Housing introduced a report setting out progress on bringing empty homes back into use. There were 1,146 homes in the borough that had been empty for more than six months, most of them terraced houses in Accrington, Church and Great Harwood.",
            "During the last year 58 empty homes had been brought back into use with help from the Council, 14 of them through loans of up to £15,000 to owners for repairs, repaid when the house was sold or let.",
            "The Council would in future charge double council tax on homes empty for more than one year, rather than two, from April 2024.",
            "RESOLVED that the action plan be approved."]},
        {"num": "404", "title": "Accrington Market Hall", "body": [
            "The Cabinet received an update on the market hall. Forty-three of the fifty-two stalls were let. The roof repairs had been finished in December by Pennine Heritage Builders Ltd at a cost of £274,000, funded by the Council's capital programme.",
            "RESOLVED that the update be noted."]},
        {"num": "405", "title": "Exclusion of the Public", "body": [
            "RESOLVED that the public be excluded from the meeting for the next item on the grounds that it involved the likely disclosure of exempt information."]},
    ],
    closing=["Signed: ........................................", "Chair: Date:"],
    header="Cabinet 10.01.24", footer=["www.hyndburnbc.gov.uk", "Page {n}"])

doc(name="MidDevon_EconomyPDG_Minutes_14_March_2024", form="pdf-minutes",
    council="Mid Devon District Council", stated="yes", committee="Economy Policy Development Group",
    date="2024-03-14",
    pdf_title="Economy PDG - Minutes - 14 March 2024", pdf_author="Mid Devon District Council",
    title_lines=["MID DEVON DISTRICT COUNCIL",
                 "MINUTES of a MEETING of the ECONOMY POLICY DEVELOPMENT GROUP held on 14 March 2024 at 5.30 pm",
                 "Phoenix Chamber, Phoenix House, Tiverton"],
    attendance=[("Present", "Councillors Darren Quick (Chairman), Eloise Marwood, Howard Pengelly, Claire Bastow, Felix Dunning and Jocelyn Tapp"),
                ("Apologies", "Councillor Noel Vickery"),
                ("Officers Present", "Director of Place and Economy, Economic Development Team Leader, Town Centre and Market Manager, Democratic Services Officer")],
    items=[
        {"num": "EPDG.38", "title": "PUBLIC QUESTION TIME", "body": [
            "There were no members of the public present."]},
        {"num": "EPDG.39", "title": "TIVERTON PANNIER MARKET", "body": [
            "The Town Centre and Market Manager reported on the Pannier Market. The general market on Tuesdays and Saturdays now had 64 regular traders, up from 51 a year earlier, and the Friday flea market had an average of 38 stalls.",
            "A member asked why the number of traders had grown. The Manager said that the pitch fee for new traders had been halved for their first three months, and that the market had been promoted on social media and at agricultural shows in the district.",
            "The Manager added that a survey of shoppers would be carried out in the summer to find out where visitors to the market came from and how they travelled, and that the results would come to the Group in the autumn."]},
        {"num": "EPDG.40", "title": "CULLOMPTON SHOP FRONT GRANTS", "body": [
            "The Economic Development Team Leader reported that the repair of shop fronts on Fore Street, Cullompton, had been completed at eleven properties. Grants of up to 75 per cent of the cost had been given, totalling £318,000.",
            "Members asked about the Walronds, and were told that the garden restoration had been finished and that the garden would open to the public on Saturdays from May."]},
        {"num": "EPDG.41", "title": "CREDITON BUSINESS UNITS", "body": [
            "The Group was informed that all nine of the council's small business units at Crediton had been let, and that there was a waiting list of six businesses.",
            "The Group RECOMMENDED to the Cabinet that a site for further units in Crediton be sought."]},
    ],
    closing=["(The meeting ended at 6.48 pm)", "CHAIRMAN"],
    header="Economy Policy Development Group - 14 March 2024", footer=["{n}"])

doc(name="ScottishBorders_Executive_Minute_05112024", form="pdf-minutes",
    council="Scottish Borders Council", stated="yes", committee="Executive Committee", date="2024-11-05",
    pdf_title="Executive Committee Minute 5 November 2024", pdf_author="Scottish Borders Council",
    title_lines=["SCOTTISH BORDERS COUNCIL", "EXECUTIVE COMMITTEE",
                 "MINUTE of Meeting of the EXECUTIVE COMMITTEE held in the Council Chamber, Council Headquarters, Newtown St Boswells and via Microsoft Teams on Tuesday, 5 November 2024 at 10.00 am"],
    attendance=[("Present:", "Councillors R. Lauder (Chair), F. Cranston, M. Dalgetty, J. Elphinstone, A. Haig, K. Mather, S. Pringle, T. Rutherford, E. Scobie, D. Turnbull, W. Veitch."),
                ("Apologies:", "Councillor L. Oliver."),
                ("In Attendance:", "Director Infrastructure and Environment, Director Resilient Communities, Chief Legal Officer, Democratic Services Officer.")],
    items=[
        {"num": "1.", "title": "HAWICK FLOOD PROTECTION SCHEME - FINAL ACCOUNT", "body": [
            "There had been circulated copies of a report by the Director Infrastructure and Environment giving the final cost of the Hawick Flood Protection Scheme. The scheme had been completed at a cost of £92.6 million, £2.1 million above the last estimate, mainly because of extra work to the foundations of the walls beside the River Teviot near Commercial Road.",
            "The Director explained that the scheme now protected about 900 homes and 330 businesses, and that the defences had held during the high river levels of October 2023 without any flooding of property in the town.",
            "DECISION: NOTED the final account."]},
        {"num": "2.", "title": "GALASHIELS TRANSPORT INTERCHANGE - CAR PARK CHARGES", "body": [
            "There had been circulated copies of a report proposing charges at the car park next to Galashiels Transport Interchange.",
            "Councillor Cranston, seconded by Councillor Mather, moved that a charge of £1 for up to four hours be introduced, with free parking for rail season ticket holders.",
            "Councillor Pringle, seconded by Councillor Veitch, moved as an amendment that parking remain free.",
            "On a division, Members voted as follows: Motion - 7 votes; Amendment - 4 votes. The Motion was accordingly carried.",
            "DECISION: AGREED that a charge of £1 for up to four hours be introduced at the car park from 1 April 2025."]},
        {"num": "3.", "title": "KELSO TOWN HALL - COMMUNITY ASSET TRANSFER", "body": [
            "There had been circulated copies of a report on a request by the Kelso Town Hall Trust, a newly formed charity, to take ownership of the Town Hall in the Square under a community asset transfer.",
            "The Trust intended to reopen the main hall for events and to let the ground floor rooms as offices, and had been offered a grant of £180,000 towards repairs.",
            "DECISION: AGREED to transfer the Town Hall to the Kelso Town Hall Trust for £1."]},
        {"num": "4.", "title": "EYEMOUTH HARBOUR SLIPWAY", "body": [
            "The Committee noted that repairs to the public slipway at Eyemouth harbour would cost £64,000 and would be carried out by Berwick Marine Civils Ltd in February.",
            "DECISION: NOTED."]},
    ],
    closing=["The meeting concluded at 11.40 am."],
    header="SCOTTISH BORDERS COUNCIL - EXECUTIVE COMMITTEE - 5 NOVEMBER 2024", footer=["{n}"])

doc(name="Bridgend_Cabinet_Minutes_16042024", form="pdf-minutes",
    council="Bridgend County Borough Council", stated="yes", committee="Cabinet", date="2024-04-16",
    pdf_title="Cabinet - 16 April 2024 - Minutes", pdf_author="Bridgend County Borough Council",
    title_lines=["MINUTES OF A MEETING OF THE CABINET HELD IN HYBRID IN THE COUNCIL CHAMBER - CIVIC OFFICES, ANGEL STREET, BRIDGEND, CF31 4WB ON TUESDAY, 16 APRIL 2024 AT 14:30"],
    attendance=[("Present", "Councillor Huw Penrose - Chairperson; Councillors Carys Bevan, Rhodri Lewis-Mason, Eleri Probert, Gwyn Tanner, Anwen Hopkin"),
                ("Officers:", "Chief Executive, Corporate Director - Communities, Head of Finance, Democratic Services Officer")],
    items=[
        {"num": "178.", "title": "QUESTIONS FROM MEMBERS OF THE PUBLIC", "body": [
            "Mrs Delyth Morgan of Porthcawl asked why there would be no lifeguards at Rest Bay in the Easter holidays this year. The Cabinet Member for Community Safety replied that the lifeguard service was provided by a charity under contract, and that it could not recruit enough qualified lifeguards before the end of May. Lifeguards would be on duty at Rest Bay and Trecco Bay every day from 25 May to 8 September.",
            "Mr Ieuan Price of Maesteg asked whether the Maesteg Town Hall would have a lift. The Cabinet Member for Regeneration said yes: a lift to all three floors was part of the refurbishment."]},
        {"num": "179.", "title": "MAESTEG TOWN HALL REFURBISHMENT", "body": [
            "The Corporate Director - Communities reported that the refurbishment of Maesteg Town Hall was now expected to be finished in October 2024, seven months later than planned, because asbestos had been found in the roof space and under the stage floor.",
            "The extra cost of removing the asbestos, £1.1 million, would be met from the council's capital contingency. The main contractor remained Llynfi Construction Ltd.",
            "RESOLVED: That Cabinet approved the additional budget of £1.1 million."]},
        {"num": "180.", "title": "SCHOOL HOLIDAY ENRICHMENT PROGRAMME", "body": [
            "The Cabinet Member for Education reported that free holiday clubs with a hot lunch had been run at fourteen schools across the county borough over the summer and Easter holidays, and that 2,380 children had attended at least one day.",
            "RESOLVED: That Cabinet approved the continuation of the programme in the summer of 2024."]},
    ],
    closing=["The meeting closed at 15:41."],
    header="Cabinet - 16 April 2024",
    footer=["Bridgend County Borough Council | Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr", "Page {n} of {total}"])

# ============================================================================ Public Document Packs

doc(name="Pendle_Executive_Public_Pack_21112024", form="pdf-pack",
    council="Pendle Borough Council", stated="yes", committee="Executive", date="2024-11-21",
    pdf_title="Agenda - Executive - 21 November 2024", pdf_author="Pendle Borough Council",
    cover=["Executive", "Pendle Borough Council"],
    cover_body=["Date: Thursday, 21st November, 2024", "Time: 7.00 p.m.",
                "Venue: Council Chamber, Nelson Town Hall, Market Street, Nelson, BB9 7LG",
                "Membership: Councillors Y. Akhtar (Leader), P. Blackledge, H. Crabtree, N. Fazal, D. Hartley and M. Whitaker",
                "Contact: Committee Administrator, Nelson Town Hall, telephone 01282 661661"],
    agenda=[("1", "Apologies for absence"), ("2", "Declarations of interest"),
            ("3", "Minutes of the meeting held on 17 October 2024 ({minutes})"),
            ("4", "Public question time"),
            ("5", "Play Area Investment Programme 2025/26 ({report})"),
            ("6", "Any other business")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["PENDLE BOROUGH COUNCIL", "EXECUTIVE",
                      "Minutes of the meeting held at Nelson Town Hall on 17 October 2024"],
    prev_items=[
        {"num": "E.41", "title": "PUBLIC QUESTION TIME", "body": [
            "Mr Keith Sagar of Barnoldswick asked whether the Council would bring back a weekly bin collection for food waste. The Leader replied that separate food waste collections would have to start by April 2026 under national rules, and that the Council was waiting to hear how much government funding it would receive for the lorries and caddies before it could set a start date.",
            "Ms Lorraine Hindle of Colne asked about the condition of the footpath through Alkincoats Park. The Executive Member for Environment said it would be resurfaced in the spring."]},
        {"num": "E.42", "title": "COLNE MARKET HALL", "body": [
            "The Executive agreed to let the vacant café unit in Colne Market Hall to Boulsworth Bakehouse Ltd for five years at a rent of £9,500 a year."]},
        {"num": "E.43", "title": "NELSON TOWN CENTRE PUBLIC REALM", "body": [
            "RESOLVED that the contract for new paving and lighting in Leeds Road, Nelson be awarded to Ribble Valley Streetworks Ltd at a cost of £1.34 million."]},
    ],
    report=report(
        ["REPORT FROM: DIRECTOR OF PLACE", "TO: EXECUTIVE", "DATE: 21 NOVEMBER 2024"],
        [("Report author", "Parks and Open Spaces Manager"), ("Tel. No.", "01282 661661"),
         ("E-mail", "parks@pendle.gov.uk"), ("Key decision", "Yes")],
        [("1. PURPOSE OF REPORT", [
            "1.1 To agree the play areas to be refurbished in 2025/26."]),
         ("2. RECOMMENDATIONS", [
            "2.1 That the Executive approves the refurbishment of the four play areas listed in paragraph 4.2 at a total cost of £362,000."]),
         ("3. BACKGROUND", [
            "3.1 The Council manages 58 play areas. An independent inspection in June 2024 rated 11 of them as poor, because of worn safety surfacing and equipment near the end of its life.",
            "3.2 The inspection found that the worst condition was at Victoria Park in Nelson, where the safety surfacing under the swings had worn through to the concrete in several places."]),
         ("4. PROPOSALS", [
            "4.1 Play areas were ranked by their condition, the number of children living nearby and whether there was another play area within walking distance.",
            "4.2 It is proposed to refurbish Victoria Park in Nelson, Ball Grove Park in Colne, Letcliffe Park in Barnoldswick and the play area at Holt Square in Brierfield.",
            "4.3 At Ball Grove Park the new equipment will include a zip wire and a basket swing suitable for disabled children."]),
         ("5. FINANCIAL IMPLICATIONS", [
            "5.1 The cost of £362,000 will be met from developer contributions of £214,000 and the Council's capital programme of £148,000.",
            "5.2 At Victoria Park alone the work is estimated at £118,000."]),
         ("6. CONSULTATION", [
            "6.1 Children at six primary schools near the four sites were asked to vote on the choice of equipment, and 1,270 votes were received."]),
        ]),
    footer=["Page {n}"], number_offset=1)

doc(name="Barnsley_Cabinet_Agenda_Pack_05062024", form="pdf-pack",
    council="Barnsley Metropolitan Borough Council", stated="yes", committee="Cabinet", date="2024-06-05",
    pdf_title="Cabinet 05/06/2024 agenda pack", pdf_author="Barnsley Metropolitan Borough Council",
    cover=["Cabinet", "Barnsley Metropolitan Borough Council"],
    cover_body=["To the Chair and Members of the Cabinet:",
                "You are summoned to a meeting of the Cabinet to be held in the Reception Room, Barnsley Town Hall, Church Street, Barnsley, S70 2TA on Wednesday 5 June 2024 at 10.00 am.",
                "Cabinet Members: Councillors A. Kettlewell (Chair), Brammall, Dransfield, Fenby, Lindley, Sowerby, Stainrod and Wragg.",
                "Enquiries to Governance Officer, tel. 01226 773000"],
    agenda=[("1", "Declaration of pecuniary and non-pecuniary interests"),
            ("2", "Leader - Call-in of Cabinet decisions"),
            ("3", "Minutes of the previous meeting held on 22 May 2024 ({minutes})"),
            ("4", "Petitions received under Standing Order 44"),
            ("5", "Empty Homes Strategy 2024-2029 ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["MEETING: Cabinet", "DATE: Wednesday 22 May 2024", "TIME: 10.00 am",
                      "VENUE: Reception Room, Barnsley Town Hall"],
    prev_items=[
        {"num": "1.", "title": "Declaration of pecuniary and non-pecuniary interests", "body": [
            "There were no declarations of interest."]},
        {"num": "2.", "title": "Petitions received under Standing Order 44", "body": [
            "A petition signed by 612 residents asking for a pedestrian crossing on Doncaster Road near Darfield Primary School was reported. The Cabinet Spokesperson for Regeneration said that a speed survey had been done in April, and that a decision on a crossing would follow once the county-wide list of crossing requests had been ranked in the autumn.",
            "The petitioners' lead, Mrs Joanne Fretwell, asked whether a crossing patrol could be provided in the meantime. The Spokesperson replied that the council could not yet say whether a patrol would be possible, as recruitment for crossing patrols across the borough was still under way."]},
        {"num": "3.", "title": "Penistone Market Barn - lease renewal (Cab.22.5.2024/3)", "body": [
            "RESOLVED that the lease of the Penistone Market Barn to the Penistone Community Market Trust be renewed for ten years at a rent of £6,000 a year."]},
    ],
    report=report(
        ["Report of the Executive Director Growth and Sustainability to Cabinet on 5 June 2024",
         "EMPTY HOMES STRATEGY 2024-2029"],
        [("Cabinet Spokesperson", "Regeneration"), ("Key decision", "Yes"), ("Public or private", "Public"),
         ("Wards affected", "All")],
        [("1. PURPOSE OF THE REPORT", [
            "1.1 This report seeks approval of a new Empty Homes Strategy for the period 2024 to 2029."]),
         ("2. RECOMMENDATIONS", [
            "2.1 That Cabinet approves the Empty Homes Strategy 2024-2029.",
            "2.2 That Cabinet approves the use of compulsory purchase powers as a last resort for homes that have been empty for more than five years."]),
         ("3. INTRODUCTION", [
            "3.1 In April 2024 there were 2,217 homes in Barnsley that had been empty for more than six months, of which 486 had been empty for more than two years.",
            "3.2 The greatest numbers were in Kendray, Worsbrough and Goldthorpe, where many of the empty homes were terraced houses owned by landlords who lived outside the borough."]),
         ("4. PROPOSAL", [
            "4.1 The strategy aims to bring 150 empty homes back into use each year.",
            "4.2 An empty homes officer will be appointed for the Dearne area, paid for from the council tax premium charged on long-term empty homes.",
            "4.3 Owners who agree to let their homes through the council's social lettings agency for five years will be offered a grant of up to £10,000 towards repairs."]),
         ("5. FINANCIAL IMPLICATIONS", [
            "5.1 The grants will be funded from a budget of £400,000 over the five years of the strategy. The council tax premium on long-term empty homes raised £1.9 million in 2023/24."]),
        ]),
    footer=["Page {n}"], number_offset=1)

doc(name="Rugby_Cabinet_Agenda_Pack_02122024", form="pdf-pack",
    council="Rugby Borough Council", stated="yes", committee="Cabinet", date="2024-12-02",
    pdf_title="Cabinet - 2 December 2024 - Agenda", pdf_author="Rugby Borough Council",
    cover=["Agenda", "Rugby Borough Council - Cabinet"],
    cover_body=["Dear Councillor,",
                "A meeting of the Cabinet will be held at 5.30pm on Monday 2 December 2024 in the Council Chamber, Town Hall, Evreux Way, Rugby, CV21 2RR.",
                "Chief Executive",
                "Membership: Councillors T. Ellwood (Chair), R. Ashcombe, L. Brind, S. Dhillon, G. Falconer and J. Yeo."],
    agenda=[("1", "Apologies"), ("2", "Declaration of interests"),
            ("3", "Minutes of the meeting held on 4 November 2024 ({minutes})"),
            ("4", "Question Time"),
            ("5", "On-Street Electric Vehicle Charging ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["CABINET", "4 November 2024",
                      "PRESENT: Councillors Ellwood (Chair), Ashcombe, Brind, Dhillon, Falconer and Yeo."],
    prev_items=[
        {"num": "42.", "title": "QUESTION TIME", "body": [
            "Councillor Harwood asked what was being done about speeding lorries in Dunchurch. The Portfolio Holder for Communities replied that the borough council was not the highway authority, but that it had asked the county council to install a speed camera on the A426 through the village."]},
        {"num": "43.", "title": "QUEEN'S DIAMOND JUBILEE CENTRE - FUTURE OPERATION", "body": [
            "Cabinet considered the future running of the Queen's Diamond Jubilee Centre after the present operator's contract ends in March 2025.",
            "RESOLVED that the Centre be run directly by the council from April 2025."]},
        {"num": "44.", "title": "CALDECOTT PARK", "body": [
            "Cabinet agreed to spend £96,000 on new toilets and a baby changing room at Caldecott Park, to be built by Avon Dale Construction Ltd."]},
    ],
    report=report(
        ["Report Title: On-Street Electric Vehicle Charging", "Cabinet, 2 December 2024"],
        [("Name of Committee", "Cabinet"), ("Date of meeting", "2 December 2024"),
         ("Report Director", "Chief Officer - Operations and Traded Services"),
         ("Portfolio", "Operations and Traded Services"), ("Ward relevance", "All"),
         ("Key decision", "Yes")],
        [("1. Summary", [
            "1.1 About a third of homes in Rugby have no off-street parking, so their owners cannot charge an electric car at home. This report proposes a first phase of charging points on residential streets."]),
         ("2. Proposal", [
            "2.1 Forty lamp-post chargers and twelve fast chargers on bays marked for electric vehicles will be installed in the New Bilton, Benn and Brownsover areas, where the fewest homes have driveways.",
            "2.2 The chargers will be supplied and operated by Kerbside Volt Ltd, which was chosen through a regional framework.",
            "2.3 Residents will be able to suggest further streets through a request form, and a public consultation on the locations of a second phase will be held in the spring of 2025."]),
         ("3. Financial implications", [
            "3.1 The capital cost of £486,000 will be met by a government grant for local electric vehicle infrastructure, with no cost to the council. The operator will pay the council a share of the income after the first three years."]),
         ("4. Recommendation", [
            "4.1 That Cabinet approves the first phase of on-street charging and the appointment of Kerbside Volt Ltd."]),
        ]),
    footer=["Page {n}"], number_offset=1)

# ============================================================================ Word reports

doc(name="Swale_PandR_Report_Parking_Charges_2025-26", form="docx-report",
    council="Swale Borough Council", stated="yes", committee="Policy and Resources Committee",
    date="2024-09-25", docx_author="Swale Borough Council",
    letterhead=["Swale Borough Council", "Policy and Resources Committee", "Meeting Date: 25 September 2024"],
    report=report(
        ["Parking Charges 2025/26"],
        [("Meeting Date", "25 September 2024"), ("Report Title", "Parking Charges 2025/26"),
         ("Lead Officer", "Head of Environment and Leisure"), ("Classification", "Open"),
         ("Recommendations", "1. To approve the parking charges in Appendix I from 1 April 2025. 2. To keep free parking in Sheerness on Sundays.")],
        [("1. Purpose of report and executive summary", [
            "1.1 This report sets out proposed charges in the council's car parks in Sittingbourne, Faversham, Sheerness and Queenborough for 2025/26.",
            "1.2 Income from car parks fell short of the budget by £310,000 in 2023/24, because fewer people were parking for a whole day since more office staff began working from home."]),
         ("2. Background", [
            "2.1 Charges were last raised in April 2022. Since then the cost of running the car parks has risen by about 19 per cent, mostly because of the card payment fees charged by banks and the cost of electricity for lighting."]),
         ("3. Proposals", [
            "3.1 The charge for one hour in Faversham town centre car parks would rise from £1.40 to £1.60, and for two hours from £2.60 to £3.00.",
            "3.2 In Sittingbourne, the Forum and Central car parks would move to a flat charge of £1 for up to three hours, to encourage shoppers back to the High Street.",
            "3.3 In Sheerness, where the town centre is struggling, charges would not change and parking on Sundays would stay free.",
            "3.4 Pay and display machines that take only coins would be replaced by machines that also accept cards, and payment by phone would continue."]),
         ("4. Alternative options", [
            "4.1 Leaving all charges unchanged was rejected because the shortfall would have to be met from other services."]),
         ("5. Consultation undertaken or proposed", [
            "5.1 Faversham Town Council and the Sittingbourne town centre traders were consulted in August. Faversham Town Council objected to the rise in Faversham, saying that it would drive visitors to Canterbury."]),
         ("6. Implications", [
            "6.1 The proposals are expected to raise an extra £265,000 a year.",
            "6.2 An equality impact assessment found no significant effect on disabled drivers, who would continue to park free in marked bays with a Blue Badge."]),
         ("7. Appendices", [
            "Appendix I: Proposed parking charges 2025/26"]),
        ]),
    header="Policy and Resources Committee - 25 September 2024",
    footer=["Swale Borough Council | Policy and Resources Committee | Open"])

doc(name="Dudley_Cabinet_Report_Fly-tipping_Enforcement", form="docx-report",
    council="Dudley Metropolitan Borough Council", stated="yes", committee="Cabinet", date="2024-10-10",
    docx_author="Dudley MBC",
    letterhead=["Dudley Metropolitan Borough Council", "Cabinet - 10th October 2024"],
    report=report(
        ["Meeting of the Cabinet - 10th October 2024",
         "Report of the Director of Environment",
         "Tackling Fly-tipping: Enforcement Plan 2024-2026"],
        [("Purpose of report", "To approve a plan for tackling fly-tipping across the borough."),
         ("Key decision", "Yes"), ("Wards affected", "All")],
        [("Recommendations", [
            "1. That Cabinet approves the Enforcement Plan in Appendix 1.",
            "2. That the fixed penalty for fly-tipping be set at £600 from 1 November 2024."]),
         ("Background", [
            "3. In 2023/24 the council cleared 6,840 fly-tips, costing £1.1 million. Most were household rubbish and builders' waste left in alleyways and on the edges of parks.",
            "4. The highest number of fly-tips was in Brierley Hill, with 1,320 in the year, followed by Dudley town centre with 970."]),
         ("Proposals", [
            "5. A team of four enforcement officers will be created, paid for by the income from fixed penalties. The team will work evenings and weekends, when most tipping takes place.",
            "6. Twenty covert cameras will be bought and moved between hotspots. In the last year, cameras placed by the council in Netherton led to 46 prosecutions.",
            "7. Residents who report fly-tipping through the council's app will be told the outcome of their report."]),
         ("Finance", [
            "8. The start-up cost of the cameras and vehicles is £148,000, to be met from the environment reserve."]),
         ("Law", [
            "9. The council's powers to issue fixed penalties for fly-tipping come from section 33ZA of the Environmental Protection Act 1990."]),
         ("Appendices", [
            "Appendix 1 - Fly-tipping Enforcement Plan 2024-2026"]),
        ]),
    header="Dudley Metropolitan Borough Council - Cabinet 10.10.2024",
    footer=["OFFICIAL - Dudley MBC"])

# ============================================================================ Word minutes

doc(name="Rother_Cabinet_Minutes_3_June_2024", form="docx-minutes",
    council="Rother District Council", stated="yes", committee="Cabinet", date="2024-06-03",
    docx_author="Democratic Services",
    title_lines=["Rother District Council", "CABINET",
                 "Minutes of the meeting of the Cabinet held at the Town Hall, Bexhill-on-Sea on Monday 3 June 2024 at 6:30pm"],
    attendance=[("Cabinet Members:", "Councillors Lorna Sawbridge (Leader), Peter Hemsley, Carla Duvall, Graham Fennimore, Imogen Rushworth and Victor Amblin."),
                ("Advisory Officers:", "Chief Executive, Director - Place and Climate Change, Chief Finance Officer, Democratic Services Manager.")],
    items=[
        {"num": "CB24/8.", "title": "PUBLIC QUESTIONS", "body": [
            "Mr Neville Oakes of Rye asked when the Rye Salts car park would be resurfaced, since the potholes had got worse over the winter. The Cabinet Portfolio Holder for Environment replied that the resurfacing was in this year's programme, but that a start date had not yet been fixed because the work had to avoid the busy summer season.",
            "Ms Tamsin Greer of Battle asked whether the council would support the reopening of the public toilets at Battle Abbey Green. The Portfolio Holder replied that Battle Town Council had agreed to take over the toilets, and that the transfer should complete in the autumn."]},
        {"num": "CB24/9.", "title": "PLAY AREA REFURBISHMENT - EGERTON PARK AND SIDLEY RECREATION GROUND", "body": [
            "Cabinet considered a report on the refurbishment of two play areas in Bexhill. The equipment at Egerton Park dated from 2004 and had been partly removed after failing safety checks.",
            "The works would cost £295,000 in total, of which £190,000 would be paid from developer contributions and £105,000 from the council's capital programme. The contract had been offered to Downland Playscapes Ltd after a tender that attracted five bids.",
            "Councillor Hemsley proposed and Councillor Duvall seconded the recommendation. On being put to the vote it was carried by 5 votes to 1.",
            "RESOLVED: That the refurbishment of both play areas be approved and the contract awarded to Downland Playscapes Ltd."]},
        {"num": "CB24/10.", "title": "BEXHILL LEISURE CENTRE", "body": [
            "The Leader reported that negotiations with the preferred developer for the new leisure centre at Bexhill were continuing, and that the financial terms could not yet be reported to Cabinet.",
            "RESOLVED: That the update be noted."]},
    ],
    closing=["CHAIRMAN", "The meeting closed at 7:42pm"],
    header="Rother District Council - Cabinet - 3 June 2024",
    footer=["RDC Cabinet minutes 03.06.24", "Cabinet - 3 June 2024 (Minutes CB24/8 - CB24/10)"])

doc(name="Herefordshire_EnvSustainability_Scrutiny_Minutes_12022024", form="docx-minutes",
    council="Herefordshire Council", stated="yes",
    committee="Environment and Sustainability Scrutiny Committee", date="2024-02-12",
    docx_author="Herefordshire Council",
    title_lines=["Herefordshire Council",
                 "Minutes of the meeting of Environment and Sustainability Scrutiny Committee held at Conference Room 1 - Herefordshire Council, Plough Lane Offices, Hereford, HR4 0LE on Monday 12 February 2024 at 2.00 pm"],
    attendance=[("Present:", "Councillor Bridget Tallis (chairperson), Councillor Owen Farquhar (vice-chairperson); Councillors Amelia Croft, Hugh Penberthy, Nina Lacey, Ravi Devereux and Shona Whitcombe."),
                ("In attendance:", "Cabinet Member for Environment; Service Director Planning and Regulatory; Principal Ecologist.")],
    items=[
        {"num": "44.", "title": "Questions from members of the public", "body": [
            "Mr Angus Peploe of Hay-on-Wye asked whether the council had measured phosphate levels in the River Wye below the poultry farms near Bredwardine. The Cabinet Member for Environment replied that river monitoring was the responsibility of the Environment Agency and Natural England, but that the council's own volunteer monitoring group had taken monthly samples at nine points on the Wye and the Lugg since 2022.",
            "Mrs Carys Holman of Leominster asked when the first homes would be built using the new wetlands. The Cabinet Member said that phosphate credits from the Luston wetland had allowed planning permission for 64 homes in Leominster, and that building had begun on the first of them in January."]},
        {"num": "45.", "title": "River Wye and River Lugg: Phosphates and Housing Delivery", "body": [
            "The Service Director Planning and Regulatory introduced the report. Since 2019, applications for about 3,200 homes had been held up because new housing in the Lugg catchment had to show that it would not add phosphate to the river.",
            "The council had built two wetlands, at Luston and at Tarrington, which cleaned treated water from sewage works before it reached the river. Credits from the wetlands were sold to housebuilders, and 410 credits had been sold so far at £25,000 each for a typical home.",
            "A third wetland near Kingsland would be designed this year. The Principal Ecologist said that an ecological survey of the Kingsland site would be carried out in the spring, and that the design would depend on what it found.",
            "The committee RESOLVED to recommend to the Cabinet that the council lobby the water company to bring forward phosphate removal at the Leominster sewage works."]},
        {"num": "46.", "title": "Work programme", "body": [
            "The committee agreed its work programme, adding an item on the council's fleet of electric pool cars for the July meeting."]},
    ],
    closing=["The meeting ended at 4.15 pm", "Chairperson"],
    header="Environment and Sustainability Scrutiny Committee - Monday 12 February 2024",
    footer=["Minutes - Environment and Sustainability Scrutiny Committee - 12 February 2024"])

# ============================================================================ plain text

doc(name="CityofLondon_EppingForest_Commons_Minutes_08072024", form="txt",
    council="City of London Corporation", stated="yes", committee="Epping Forest and Commons Committee",
    date="2024-07-08",
    title_lines=["CITY OF LONDON CORPORATION",
                 "EPPING FOREST AND COMMONS COMMITTEE",
                 "Monday, 8 July 2024",
                 "Minutes of the meeting of the Epping Forest and Commons Committee held at Guildhall, EC2 on Monday, 8 July 2024 at 11.00 am"],
    attendance=[("Present", "Members: Deputy Harriet Maycock (Chairman), Anselm Coverdale (Deputy Chairman), Tobias Ferrier, Deputy Iona Bracewell, Lucinda Pargeter, Nathaniel Haskins, Verity Stroud. Verderers: Grace Whitmore, Felix Ambrose."),
                ("Officers", "Executive Director, Environment; Superintendent of Epping Forest; Head of Operations, The Commons; Committee Clerk.")],
    items=[
        {"num": "1.", "title": "Apologies", "body": ["Apologies were received from Basil Northcott."]},
        {"num": "2.", "title": "Questions on matters relating to the work of the committee", "body": [
            "A Member asked why the car park at High Beach had been closed at night. The Superintendent replied that the car park had been closed between 10pm and 6am since April after repeated reports of car meets and littering, and that reports of anti-social behaviour there had fallen by two-thirds since the closure.",
            "A Verderer asked whether grazing cattle would return to Chingford Plain this summer. The Superintendent confirmed that a herd of twelve English Longhorn cattle would graze the plain from August, kept in by invisible fencing."]},
        {"num": "3.", "title": "Epping Forest - Tree Planting and Woodland Restoration", "body": [
            "The Committee received a report of the Executive Director, Environment on the replanting of areas where trees had died in the droughts of recent summers.",
            "During the past winter 3,400 native trees, mostly oak, hornbeam and wild cherry, had been planted in glades near Theydon Bois and Loughton, grown from seed collected in the Forest itself.",
            "A Member asked how the young trees would be protected from deer. The Superintendent said that the planting areas had been fenced with deer fencing two metres high, which would be kept for at least ten years.",
            "The planting was paid for by a legacy of £210,000 left to the Forest by a local resident, together with volunteers' time worth an estimated £35,000.",
            "RESOLVED - That the report be noted."]},
        {"num": "4.", "title": "Burnham Beeches - Visitor Survey", "body": [
            "The Committee noted the headline results of the visitor survey at Burnham Beeches. About 600,000 visits were made each year, and 71 per cent of visitors arrived by car.",
            "RESOLVED - That the results be noted."]},
    ],
    closing=["The meeting ended at 12.35 pm", "", "Chairman", "", "Contact Officer: Committee Clerk, Town Clerk's Department"])
