"""The documents of bench/heldout28: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout28.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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

doc(name="ieListDocuments_CId118_MId4873_Stafford_Cabinet", form="mg-meeting",
    council="Stafford Borough Council", stated="yes", committee="Cabinet", date="2023-11-02",
    site=site("Stafford Borough Council", "https://www.staffordbc.gov.uk",
              "Civic Centre, Riverside, Stafford, ST16 3AQ", "© Stafford Borough Council 2023",
              menu=["Home", "Your councillors", "Committee meetings", "Forward plan", "Search documents"]),
    heading="Agenda and minutes: Cabinet - Thursday, 2nd November, 2023 6.30 pm",
    venue="Craddock Room, Civic Centre, Riverside, Stafford",
    contact="Democratic Services, 01785 619000",
    items=[
        item("41.", "Apologies", ["Apologies for absence were received from Councillor M Thornbury."]),
        item("42.", "Declarations of Interest", ["Councillor J Pearce declared a personal interest in minute 44 as a "
             "member of the Friends of Victoria Park and took no part in the discussion."]),
        item("43.", "Question from a Member of the Public", [
            "Mr Dennis Aldous of Stone asked what the Council was doing about rubbish being dumped in lay-bys "
            "and car parks around Stone, which he said had got noticeably worse over the summer.",
            "In reply, the Cabinet Member for Environment, Councillor Ruth Halloran, said that the Council had "
            "issued 37 fixed penalty notices for fly tipping in the first six months of the year and would put "
            "two additional camera units at Westbridge Park in Stone before Christmas. She encouraged residents "
            "to report incidents online with a photograph where it was safe to take one.",
            "Mr Aldous asked a supplementary question about the Newcastle Road lay-by. Councillor Halloran "
            "undertook to ask the enforcement team to visit the site within a fortnight."]),
        item("44.", "Victoria Park Bandstand Restoration", [
            "The Cabinet Member for Leisure presented the report on the restoration of the bandstand in Victoria "
            "Park, Stafford, which had been fenced off since a structural inspection in February found corrosion "
            "in four of the eight columns.",
            "Three tenders had been received. The recommended tender, from Harcastle Heritage Joinery Ltd, was "
            "£186,400 and scored highest on both quality and price.",
            "Members were told that the cost would be met from the Shared Prosperity Fund allocation together with "
            "a £40,000 contribution raised by the Friends of Victoria Park over the last three years.",
            "In answer to a question, the Head of Operations said that the start date for the works could not yet "
            "be confirmed, because the foundry making the replacement cast iron columns had not given a delivery date.",
            "RESOLVED: That the contract for the restoration of Victoria Park bandstand be awarded to Harcastle "
            "Heritage Joinery Ltd."]),
        item("45.", "Car Parking Charges 2024/25", [
            "The Cabinet Member for Resources presented the annual review of off street car parking charges.",
            "The report recommended that charges at Gaol Square multi storey car park be held at their current "
            "level for a further year because weekday occupancy at Gaol Square had fallen to 58 per cent and a "
            "rise was likely to push shoppers to out of town retail parks.",
            "Charges at the other town centre car parks would rise by 10p per hour from 1 April 2024.",
            "RESOLVED: That the charges set out in Appendix 1 be approved."]),
        item("46.", "Exclusion of the Public", ["There was no exempt business."]),
    ])

doc(name="ieListDocuments_CId131_MId9902_Gateshead_Planning", form="mg-meeting",
    council="Gateshead Council", stated="yes", committee="Planning and Development Committee", date="2024-01-17",
    site=site("Gateshead Council", "https://democracy.gateshead.gov.uk",
              "Civic Centre, Regent Street, Gateshead, NE8 1HH", "© Gateshead Council",
              breadcrumb=["Home", "Council and democracy", "Committees", "Planning and Development Committee"]),
    heading="Agenda and minutes: Planning and Development Committee - Wednesday, 17th January, 2024 10.00 am",
    venue="Bewick Suite, Civic Centre",
    contact="Kerry Bellerby, Democratic Services Officer",
    items=[
        item("PD/37", "Apologies for Absence", ["Apologies were received from Councillors R Oakes and P Whitfield."]),
        item("PD/38", "Minutes", ["The minutes of the meeting held on 13 December 2023 were approved as a correct "
             "record."]),
        item("PD/39", "DC/23/00841/FUL - Land south of Durham Road, Birtley", [
            "The Committee considered an application by Wardlow Homes Ltd for the erection of 46 dwellings with "
            "access from Durham Road, Birtley, and associated landscaping.",
            "The Development Manager reported that 14 of the 46 homes would be affordable, and that the developer "
            "would pay £92,000 towards additional places at local primary schools under a Section 106 agreement.",
            "Mrs Lorna Bewley, a neighbouring resident, spoke in objection, raising the speed of traffic on Durham "
            "Road. In response, the Development Manager said that the highway authority had asked for a new "
            "pedestrian crossing and a 30mph limit extension, both secured by condition.",
            "It was moved by Councillor Ian Pedley and seconded by Councillor Ayesha Lund that the application be "
            "granted. On a recorded vote, 9 members voted in favour and 4 against.",
            "RESOLVED: That permission be granted subject to the conditions in the report and the completion of "
            "the Section 106 agreement."]),
        item("PD/40", "DC/23/01012/COU - 22 Front Street, Whickham", [
            "The Committee considered an application for the change of use of a vacant shop at 22 Front Street, "
            "Whickham, to a hot food takeaway.",
            "Officers recommended refusal because the change would result in more than 10 per cent of the units "
            "in Whickham district centre being hot food takeaways, contrary to the Council's planning policy.",
            "The applicant's agent said the unit had been empty for two years. Members noted the length of "
            "vacancy but agreed with the officer recommendation.",
            "RESOLVED: That permission be refused for the reason set out in the report."]),
        item("PD/41", "DC/23/00905/FUL - Land at Main Road, Ryton", [
            "The Committee considered an application for 8 bungalows for older people on land at Main Road, Ryton.",
            "Several members wished to see the site before reaching a decision, given concerns about the "
            "gradient of the access.",
            "It was moved by Councillor Hollis Dunn and seconded by Councillor Marion Tate that consideration be "
            "deferred to allow a site visit. The motion was carried.",
            "RESOLVED: That the application be deferred for a site visit."]),
        item("PD/42", "Enforcement Update", ["The Committee noted the quarterly enforcement report, which showed "
             "63 new cases opened and 58 closed between October and December 2023."]),
    ])

doc(name="ieListDocuments_CId146_MId12240_Hounslow_Cabinet", form="mg-meeting",
    council="London Borough of Hounslow", stated="yes", committee="Cabinet", date="2023-09-12",
    site=site("London Borough of Hounslow", "https://democraticservices.hounslow.gov.uk",
              "Hounslow House, 7 Bath Road, Hounslow, TW3 3EB", "Copyright London Borough of Hounslow"),
    heading="Agenda and minutes: Cabinet - Tuesday, 12th September, 2023 7.00 pm",
    venue="Council Chamber, Hounslow House, 7 Bath Road, Hounslow, TW3 3EB",
    contact="Cabinet Clerk, 020 8583 2000",
    items=[
        item("287", "Apologies for Absence and Declarations of Interest", [
            "Apologies were received from Councillor Harjit Bains. There were no declarations of interest."]),
        item("288", "School Streets Programme: Phase Four", [
            "The Cabinet Member for Transport introduced the report. Eleven school streets were already running "
            "in the borough and air quality monitoring outside those schools had shown lower readings at the start "
            "and end of the school day.",
            "Cabinet agreed that nine further school streets would begin operating in January 2024, including "
            "streets outside schools on Wellington Road South and Hanworth Road.",
            "Enforcement would be by automatic number plate recognition cameras supplied and maintained by "
            "Orbitline Traffic Systems under the existing London wide framework.",
            "RESOLVED: That the nine school streets listed in Appendix A be approved."]),
        item("289", "Hounslow Heath Conservation Grazing", [
            "The Cabinet Member for Climate and Environment presented proposals to bring back grazing to the "
            "heathland on Hounslow Heath Local Nature Reserve.",
            "The heather and acid grassland had been steadily lost to birch scrub and bramble, and cutting by "
            "machine had not kept pace with regrowth.",
            "Cabinet agreed a three year trial in which 14 Dexter cattle would graze two fenced compartments of "
            "the heath between October and March each year, with a local grazier checking the animals daily.",
            "Members asked about dogs. Officers said the compartments would have gates at every path and signs "
            "asking owners to keep dogs on leads inside them.",
            "RESOLVED: That the grazing trial be approved."]),
        item("290", "Questions from Members", [
            "Councillor Priya Sandhu asked what was being done about the time tenants were waiting for repairs "
            "to council homes in Feltham.",
            "Councillor Tom Belvoir, Cabinet Member for Housing, replied that the average time to complete a "
            "non urgent repair had come down from 38 days to 26 days since June, after two extra repair teams "
            "were recruited, and that he expected a further fall by the end of the year."]),
        item("291", "Forward Plan", ["Cabinet noted the forward plan of key decisions."]),
    ])

doc(name="ieListDocuments_CId207_MId6155_Wigan_EconomyPlaceScrutiny", form="mg-meeting",
    council="Wigan Council", stated="yes", committee="Economy and Place Scrutiny Committee", date="2023-10-24",
    site=site("Wigan Council", "https://democracy.wigan.gov.uk",
              "Town Hall, Library Street, Wigan, WN1 1YN", "© Wigan Council 2023",
              menu=["Home", "Councillors", "Committees", "Meetings calendar", "Decisions", "Petitions"]),
    heading="Agenda and minutes: Economy and Place Scrutiny Committee - Tuesday 24 October 2023 5.00 pm",
    venue="The Old Courts, Crawford Street, Wigan, WN1 1NJ",
    contact="Scrutiny Support Officer",
    items=[
        item("EP.14", "Declarations of Interest", ["None were made."]),
        item("EP.15", "Highways Maintenance Half Year Report", [
            "The Assistant Director for Highways presented the half year report.",
            "Members heard that 6,842 potholes had been repaired between April and September, and that 91 per "
            "cent of the most dangerous defects had been made safe within 24 hours of being reported.",
            "The carriageway resurfacing programme, which this year included Warrington Road in Ince and "
            "Atherleigh Way in Leigh, was being delivered by Kelbrook Surfacing Ltd under a four year term contract.",
            "Councillor Sandra Whittle asked why repaired patches on Wigan Lane seemed to break up within weeks. "
            "The Assistant Director replied that the worst of those repairs had been temporary ones made in wet "
            "weather and that crews were returning to replace them with permanent repairs before the winter.",
            "RESOLVED: That the report be noted."]),
        item("EP.16", "Haigh Woodland Park and Haigh Hall", [
            "The Director of Place updated the Committee on works at Haigh Hall following the return of the building "
            "to the Council.",
            "Emergency propping of the east wing had been completed and the building was now weathertight.",
            "Asked how much the roof repairs would cost in total, the Director said that the final figure was not "
            "yet known, because the specialist survey of the roof structure would not be complete until the new year.",
            "Visitor numbers at Haigh Woodland Park had held up well, with the walled garden and the miniature railway busy "
            "through the summer holidays.",
            "RESOLVED: That the update be noted and a further report be brought to the March meeting."]),
        item("EP.17", "Work Programme", ["The Committee agreed its work programme, adding an item on Leigh bus "
             "station for January 2024."]),
    ])

doc(name="ieListDocuments_CId152_MId3318_TelfordWrekin_Cabinet", form="mg-meeting",
    council="Telford and Wrekin Council", stated="yes", committee="Cabinet", date="2024-02-08",
    site=site("Telford and Wrekin Council", "https://democracy.telford.gov.uk",
              "Addenbrooke House, Ironmasters Way, Telford, TF3 4NT", "© Telford & Wrekin Council"),
    page_title="Agenda and decisions",
    heading="Agenda and decisions: Cabinet - Thursday, 8th February, 2024 10.00 am",
    venue="Meeting Rooms G3/G4, Addenbrooke House, Ironmasters Way, Telford, TF3 4NT",
    contact="Democratic and Scrutiny Services, 01952 380000",
    outcome_label="Decision:",
    items=[
        item("C.86", "Declarations of Interest", ["None."]),
        item("C.87", "Public Questions", [
            "Ms Carol Hewitt asked whether the Council would stop charging at the Telford Town Park car parks on "
            "weekdays, as families on low incomes were being put off visiting.",
            "The Cabinet Member for Leisure replied that the Town Park car parks remained free for the first two "
            "hours on every day of the week and that the charge after that paid for the park rangers, so there "
            "were no plans to change it."]),
        item("C.88", "Tackling Fly Tipping: Mobile CCTV", [
            "Cabinet approved the purchase of six mobile CCTV cameras to tackle fly tipping hotspots in Donnington "
            "and Hadley, at a cost of £54,000 from the enforcement reserve.",
            "The cameras would be moved every six weeks on the basis of reports from residents and the street "
            "cleansing crews."]),
        item("C.89", "The Place, Oakengates: Refurbishment Contract", [
            "Cabinet awarded the contract for the refurbishment of The Place theatre in Oakengates to Marrick "
            "Construction (Midlands) Ltd, at a cost of £2.1 million.",
            "The work covers new seating, a replacement heating system and an enlarged foyer bar. The theatre "
            "will stay open for its pantomime season and close from February 2025 until the works are finished."]),
        item("C.90", "Support for Market Traders", [
            "Cabinet agreed to waive stall rents at Wellington Market for January to March 2024, at a cost of "
            "£18,500, while the market hall roof is repaired.",
            "Traders at Newport would be considered separately once their lease position was clear."]),
    ])

doc(name="ieListDocuments_CId640_MId2761_WelwynHatfield_EnvironmentPanel", form="mg-meeting",
    council="Welwyn Hatfield Borough Council", stated="yes", committee="Cabinet Environment Panel",
    date="2023-07-06",
    site=site("Welwyn Hatfield Borough Council", "https://democracy.welhat.gov.uk",
              "Council Offices, The Campus, Welwyn Garden City, Herts, AL8 6AE",
              "© Welwyn Hatfield Borough Council"),
    heading="Agenda and minutes: Cabinet Environment Panel - Thursday 6 July 2023 7.30 pm",
    venue="Council Chamber, Campus East, Welwyn Garden City, Herts, AL8 6AE",
    contact="Governance Services, 01707 357000",
    items=[
        item("1.", "Substitution of Members", ["There were no substitutions."]),
        item("2.", "Apologies", ["Apologies were received from Councillor F Thomson."]),
        item("3.", "Stanborough Park Play Area", [
            "The Panel received a report on the replacement of the play area at Stanborough Park, whose timber "
            "equipment had reached the end of its life.",
            "The new play area would be installed by Brightplay Leisure Ltd at a cost of £132,000, with equipment "
            "for children with disabilities and a separate toddler section.",
            "A survey of bank erosion along the north shore of Stanborough Lakes would be carried out in the autumn, "
            "and the results brought back to the Panel before any path works were agreed.",
            "RESOLVED: That the Panel recommends the play area contract to the Executive Member."]),
        item("4.", "Food Waste Collection Trial", [
            "Officers explained that 1,900 households in Hatfield would take part in a weekly food waste collection "
            "trial from October, using kitchen caddies and a separate vehicle.",
            "Members asked why Hatfield had been chosen. Officers said the trial area mixed flats and houses, "
            "which would show how well the service worked for both.",
            "RESOLVED: That the trial be noted."]),
        item("5.", "Questions from Members", [
            "Councillor Lena Paige asked when larger litter bins would be put near the Howard Centre in Welwyn "
            "Garden City.",
            "The Executive Member for Environment replied that four larger bins had been ordered and would be in "
            "place by the end of August, and that emptying there would increase to twice a day at weekends."]),
    ])


# ============================================================================ ModernGov item pages

doc(name="mgAi_ID8841_TestValley_OverviewScrutiny", form="mg-item",
    council="Test Valley Borough Council", stated="yes", committee="Overview and Scrutiny Committee",
    date="2023-12-13",
    site=site("Test Valley Borough Council", "https://testvalley.moderngov.co.uk",
              "Beech Hurst, Weyhill Road, Andover, Hampshire, SP10 3AJ", "© Test Valley Borough Council"),
    meeting_line="13/12/2023 - Overview and Scrutiny Committee (Item 7)",
    items=[item("7.", "Climate Emergency Action Plan - Annual Progress Report", [
        "The Climate Change Officer presented the annual progress report on the Climate Emergency Action Plan.",
        "The Council's own carbon emissions had fallen by 11 per cent compared with 2021/22, mainly because of "
        "lower gas use at Beech Hurst after the boilers were replaced and because four refuse collection vehicles "
        "had been switched from diesel to hydrotreated vegetable oil in May.",
        "The Council and volunteers had planted 2,350 trees across the borough during the 2022/23 planting season, "
        "including 600 at Charlton Lakes in Andover and a new hedge along the edge of the War Memorial Park in Romsey.",
        "Councillor Gemma Farrant asked whether the switch to vegetable oil fuel would be extended to the rest of the "
        "fleet. The Head of Environmental Services replied that the remaining vehicles would be moved over as their "
        "maintenance contracts came up for renewal, and that the supplier had confirmed the fuel was made from waste "
        "cooking oil rather than crops.",
        "Councillor Derek Hale asked about grants for households. Officers said 212 homes had received loft or cavity "
        "wall insulation through the Council's scheme since April.",
        "RESOLVED: That the progress report be noted and the Committee's comments be passed to Cabinet."],
        intro="To consider the annual progress report.",
        links=[("Climate Emergency Action Plan Annual Report 2023", "412 KB"), ("Appendix A Action Tracker", "96 KB")])])

doc(name="mgAi_ID15520_Knowsley_Cabinet", form="mg-item",
    council="Knowsley Metropolitan Borough Council", stated="yes", committee="Cabinet", date="2023-11-15",
    site=site("Knowsley Metropolitan Borough Council", "https://democracy.knowsley.gov.uk",
              "Municipal Buildings, Archway Road, Huyton, Knowsley, L36 9YU",
              "© Knowsley Metropolitan Borough Council",
              menu=["Home", "Find my councillor", "Meetings", "Decisions", "Forward plan"]),
    meeting_line="15/11/2023 - Cabinet (Item 52)",
    items=[item("52.", "Bringing Empty Homes Back into Use", [
        "The Cabinet Member for Housing introduced the report, which set out a new approach to long term empty "
        "properties in the borough.",
        "The report showed that 1,146 homes in Knowsley had been empty for more than six months, the largest "
        "numbers being in Kirkby and Huyton.",
        "Cabinet agreed to launch an interest free Empty Homes Loan of up to £15,000 per property, repayable when "
        "the property is sold or after five years, for owners who bring a home back into use and let it at an "
        "affordable rent.",
        "The loan scheme would be paid for from a £600,000 allocation in the Council's capital programme, with "
        "repaid loans recycled into new ones.",
        "Councillor Alan Mercer asked how many homes the scheme was expected to bring back into use. The Cabinet "
        "Member said that it was too early to give a figure, as that would depend on how many owners came forward "
        "in the first year.",
        "Councillor Jean Ashby asked whether owners who refused to engage could face enforcement. The Cabinet Member "
        "replied that the Council would consider compulsory purchase as a last resort and already had two cases in "
        "Prescot under review.",
        "RESOLVED: That the Empty Homes Loan scheme be approved."],
        links=[("Empty Homes report", "288 KB")])])

# ============================================================================ ModernGov decision pages

doc(name="ieDecisionDetails_ID6127_Warwickshire_Potholes", form="mg-decision",
    council="Warwickshire County Council", stated="yes", committee="Portfolio Holder for Transport and Planning",
    date="2023-10-19",
    site=site("Warwickshire County Council", "https://democracy.warwickshire.gov.uk",
              "Shire Hall, Market Place, Warwick, CV34 4RL", "© Warwickshire County Council"),
    decision_title="Highway Maintenance: Pothole Repair Programme 2023/24 Additional Funding",
    fields=[("Decision Maker:", "Portfolio Holder for Transport and Planning"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To approve additional spending on the repair of potholes on the county's roads."]),
        ("Decision:", [
            "That an additional £3.2 million will be spent on pothole repairs before the end of March 2024, "
            "concentrating on B and C class roads in the north of the county.",
            "That the work be instructed through the existing highways term contract with Corrick Highways Ltd.",
            "Priority routes include the B4455 Fosse Way and the A423 south of Southam, where the highest numbers of "
            "defect reports were received last winter."]),
        ("Reasons for the decision:", [
            "The wet winter of 2022/23 caused a sharp rise in potholes, and reports from the public rose by 37 per "
            "cent compared with the year before. The additional money comes from the Government's highways maintenance "
            "grant top up and does not draw on the County Council's reserves.",
            "A condition survey of the whole C class road network will be commissioned in early 2024 to decide how "
            "next year's budget is spread between areas."]),
        ("Alternative options considered:", [
            "Spreading the money evenly across all districts was rejected because defect numbers are highest in North "
            "Warwickshire and Nuneaton and Bedworth."]),
    ],
    tail=[("Publication date:", "19/10/2023"), ("Date of decision:", "19/10/2023"),
          ("Effective from:", "27/10/2023")],
    links=[("Pothole Repair Programme Additional Funding report", "214 KB")])

doc(name="ieDecisionDetails_ID9214_Lewisham_SchoolStreets", form="mg-decision",
    council="London Borough of Lewisham", stated="yes", committee="Mayor and Cabinet", date="2024-01-24",
    site=site("London Borough of Lewisham", "https://councilmeetings.lewisham.gov.uk",
              "Lewisham Town Hall, 1 Catford Road, London, SE6 4RU", "© London Borough of Lewisham"),
    decision_title="Healthy Neighbourhoods: School Streets Expansion 2024",
    fields=[("Decision Maker:", "Mayor and Cabinet"), ("Decision status:", "Recommendations Approved (subject to call-in)"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To agree the next group of School Streets in the borough."]),
        ("Decision:", [
            "Mayor and Cabinet agreed that eight new School Streets will start in April 2024, including streets "
            "outside schools on Dartmouth Road in Forest Hill and Honor Oak Park.",
            "Blue Badge holders, carers of disabled residents and the emergency services will be exempt from the "
            "restrictions, which apply for 45 minutes at the start and end of each school day.",
            "The schemes will be paid for from the Council's parking account surplus, at an estimated cost of "
            "£268,000 including signs and cameras."]),
        ("Reasons for the decision:", [
            "School Streets reduce traffic and pollution at the school gate and make walking and cycling to school "
            "safer. Headteachers at all eight schools asked to join the programme.",
            "A consultation with residents of Dartmouth Road will take place in February before the scheme there starts, "
            "and its timing may be adjusted in the light of what residents say."]),
        ("Alternative options considered:", [
            "Relying on volunteer marshals with temporary barriers was rejected because schools could not staff them "
            "every day."]),
    ],
    tail=[("Publication date:", "25/01/2024"), ("Date of decision:", "24/01/2024"),
          ("Effective from:", "02/02/2024"), ("Decided at meeting:", "24/01/2024 - Mayor and Cabinet")],
    links=[("School Streets Expansion 2024 report", "356 KB")])

# ============================================================================ printed PDF minutes

doc(name="Torridge_Plans_Committee_Minutes_09112023", form="pdf-minutes",
    council="Torridge District Council", stated="yes", committee="Plans Committee", date="2023-11-09",
    pdf_title="Plans Committee Minutes 9 November 2023", pdf_author="Torridge District Council",
    title_lines=["TORRIDGE DISTRICT COUNCIL", "MINUTES OF THE MEETING OF THE PLANS COMMITTEE",
                 "held in the Council Chamber, Riverbank House, Bideford",
                 "on Thursday, 9 November 2023 at 10.30 am"],
    attendance=[("PRESENT:", "Councillor Josie Penhale (Chair); Councillors A Braund, C Heywood, P Lock, "
                 "S Mallett, D Quance, K Rowe, M Trewin, E Vosper, L Yeo, G Ashton and R Beer."),
                ("Officers:", "Head of Planning, Principal Planning Officer, Legal Adviser and Democratic "
                 "Services Officer.")],
    items=[
        {"num": "P.61", "title": "APOLOGIES FOR ABSENCE", "body": ["Apologies were received from Councillor T Inch."]},
        {"num": "P.62", "title": "DECLARATIONS OF INTEREST", "body": [
            "Councillor D Quance declared that he had been lobbied on application 1/0388/2023/FUL."]},
        {"num": "P.63", "title": "1/0388/2023/FUL - LAND OFF ATLANTIC WAY, WESTWARD HO!", "body": [
            "Erection of 18 holiday lodges with a reception building and car parking.",
            "Mr Graham Stacey spoke against the application on behalf of nearby residents, who were worried about "
            "drainage onto the coast path. In response, the Principal Planning Officer said that South West Water and "
            "the Lead Local Flood Authority had both accepted the drainage scheme, which would hold rainwater in two "
            "attenuation ponds before releasing it slowly.",
            "Members sought assurance that the lodges would not become permanent homes. The officer confirmed that a "
            "condition would limit occupation to holiday use, with a register of guests kept on site.",
            "It was proposed by Councillor Josie Penhale and seconded by Councillor Mark Trewin that the application "
            "be approved. Upon being put to the vote there were 9 votes in favour, 2 against and 1 abstention.",
            "RESOLVED: That the application be APPROVED subject to conditions."]},
        {"num": "P.64", "title": "1/0512/2023/FUL - BARN AT THORNE PARK FARM, NEAR HOLSWORTHY", "body": [
            "Conversion of a stone barn to a four bedroom dwelling.",
            "The application was refused because the site lies in open countryside more than a mile from Holsworthy "
            "and the barn would need to be largely rebuilt, so it did not count as a conversion under the Local Plan.",
            "RESOLVED: That the application be REFUSED."]},
        {"num": "P.65", "title": "1/0601/2023/OUT - LAND AT CALF STREET, GREAT TORRINGTON", "body": [
            "Outline application for up to 35 dwellings with all matters reserved except access.",
            "The Principal Planning Officer reported that 30 per cent of the homes would be affordable, and that "
            "the developer had agreed to pay £78,000 towards extra places at Great Torrington School.",
            "Councillor Kevin Rowe proposed refusal on the grounds of traffic in Calf Street, seconded by Councillor "
            "Ellen Vosper. The motion was lost by 5 votes to 7.",
            "It was then proposed by Councillor Lesley Yeo and seconded by Councillor Adam Braund that the application "
            "be approved. This was carried by 7 votes to 5.",
            "RESOLVED: That the application be APPROVED subject to a Section 106 agreement."]},
        {"num": "P.66", "title": "APPEALS", "body": [
            "The Committee noted that two appeals had been dismissed since the last meeting."]},
    ],
    closing=["The meeting closed at 12.55 pm.", "Chair ..............................."],
    header="Plans Committee - 9 November 2023", header_right="Minutes P.61 - P.66",
    footer=["Page {n} of {total}"])

doc(name="Wychavon_Executive_Board_20Sep2023", form="pdf-minutes",
    council="Wychavon District Council", stated="yes", committee="Executive Board", date="2023-09-20",
    pdf_title="Executive Board minutes", pdf_author="Democratic Services",
    logo="Wychavon District Council",
    title_lines=["EXECUTIVE BOARD",
                 "Minutes of the meeting held at the Civic Centre, Queen Elizabeth Drive, Pershore on Wednesday "
                 "20 September 2023 at 6.00pm"],
    attendance=[("Present:", "Councillor Graham Ledbury (Chair), Councillors Nadia Croft, Emma Stokes, "
                 "Ray Tudor, Tom Noyes and Ann Wells."),
                ("Also present:", "Councillor Holly Brent (Chair of Overview and Scrutiny).")],
    items=[
        {"num": "EB 27/23", "title": "Apologies for Absence", "body": ["None."]},
        {"num": "EB 28/23", "title": "Play Area Improvement Programme", "body": [
            "The Executive Member for Parks presented the report on the condition of the Council's play areas.",
            "Executive Board agreed to spend £245,000 replacing worn equipment at eleven play areas, including Abbey "
            "Park in Evesham and Lido Park in Droitwich Spa, with the work to be finished by Easter 2024.",
            "The money would come from developer contributions already held by the Council for play, so there "
            "was no call on the general fund.",
            "RESOLVED: That the programme be approved."]},
        {"num": "EB 29/23", "title": "Visitor Moorings at Vines Park, Droitwich Spa", "body": [
            "The Board considered proposals for new visitor moorings on the Droitwich Canal at Vines Park, with "
            "a water point and a small pontoon for day boats.",
            "The works would be carried out by Teme Waterways Ltd, who had built the moorings at Hanbury Wharf in 2019, "
            "for a fixed price of £96,000.",
            "Members welcomed the scheme as a way of bringing boaters into the town centre, and asked that the "
            "moorings be promoted with local traders.",
            "RESOLVED: That the contract be awarded to Teme Waterways Ltd."]},
        {"num": "EB 30/23", "title": "Evesham Town Centre Car Parks", "body": [
            "The Board agreed to introduce a free Sunday parking offer in all Council car parks in Evesham from "
            "1 November 2023 for a six month trial, to support the Sunday market and shops.",
            "The Deputy Leader said the cost of the trial, about £21,000 in lost income, would be reviewed against "
            "footfall figures in May."]},
        {"num": "EB 31/23", "title": "Urgent Business", "body": ["There was no urgent business."]},
    ],
    closing=["The meeting closed at 7.14pm."],
    header="Executive Board 20 September 2023",
    footer=["Wychavon District Council | Page {n}"])

doc(name="Adur_Council_Minutes_14_December_2023", form="pdf-minutes",
    council="Adur District Council", stated="yes", committee="Council", date="2023-12-14",
    pdf_title="Adur District Council - Council minutes", pdf_author="Adur & Worthing Councils",
    title_lines=["ADUR DISTRICT COUNCIL", "Meeting of Council",
                 "Shoreham Centre, Pond Road, Shoreham-by-Sea", "14 December 2023 at 7.00 pm"],
    attendance=[("Present:", "Councillor Keith Marlow (Chairman), Councillor Lucy Fenwick (Vice-Chairman) and "
                 "24 other Councillors."),
                ("Apologies:", "Councillors N Arnold and K Goddard.")],
    items=[
        {"num": "C/44/23", "title": "Declarations of Interest", "body": ["There were none."]},
        {"num": "C/45/23", "title": "Questions from the Public", "body": [
            "Mrs Angela Rudd of Lancing asked what the Council was doing about rubbish dumped along the lanes north "
            "of Lancing and on the edge of Lancing Beach Green.",
            "The Cabinet Member for Environment replied that the Council had cleared 412 fly tipping incidents in "
            "Lancing in the last twelve months, had prosecuted two offenders, and was sharing evidence with the "
            "police where vans could be identified."]},
        {"num": "C/46/23", "title": "Questions from Members", "body": [
            "Councillor Paul Sterling asked how long residents were waiting for a beach hut.",
            "The Cabinet Member for Leisure replied that the waiting list for a beach hut at Lancing stood at 214 "
            "names and that a new row of ten huts at Southwick beach was being considered for 2025."]},
        {"num": "C/47/23", "title": "Notice of Motion: Bathing Water at Widewater", "body": [
            "It was moved by Councillor Sam Delaney and seconded by Councillor Rita Oyelaran that the Council asks "
            "officers to commission independent water quality testing at Widewater Lagoon in Lancing during 2024, "
            "with the results to be reported to the Joint Strategic Committee in the autumn.",
            "Councillor Delaney said that residents and wild swimmers had raised concerns about discharges "
            "into the lagoon after heavy rain.",
            "An amendment moved by Councillor Philip Greaves to refer the motion to the Joint Strategic Committee "
            "without a decision was lost by 9 votes to 16.",
            "Upon the substantive motion being put to the vote, it was carried by 17 votes to 8."]},
        {"num": "C/48/23", "title": "Council Tax Support Scheme 2024/25", "body": [
            "The Council agreed that the Council Tax Support scheme for working age residents remains unchanged for "
            "2024/25, with the maximum award kept at 80 per cent of the bill."]},
    ],
    closing=["The Chairman declared the meeting closed at 8.52 pm."],
    header="Adur District Council - Council - 14 December 2023",
    footer=["{n}"])

doc(name="AmberValley_HousingCommunities_28-06-2023", form="pdf-minutes",
    council="Amber Valley Borough Council", stated="yes", committee="Housing and Communities Committee",
    date="2023-06-28",
    pdf_title="Minutes", pdf_author="Amber Valley Borough Council",
    title_lines=["AMBER VALLEY BOROUGH COUNCIL",
                 "Minutes of the Housing and Communities Committee held at the Town Hall, Ripley on 28 June 2023"],
    attendance=[("Present:", "Councillor Sue Radcliffe (in the Chair); Councillors D Birkin, P Cooke, L Gough, "
                 "J Hartshorn, M Naylor and T Wain."),
                ("Officers:", "Executive Director (Operations), Housing Manager, Committee Officer.")],
    items=[
        {"num": "HC/12", "title": "Apologies", "body": ["Councillor F Oakley sent apologies."]},
        {"num": "HC/13", "title": "Empty Properties", "body": [
            "The Housing Manager reported that there were 512 long term empty homes in Amber Valley, about a third of "
            "them in Alfreton and Heanor.",
            "The Committee agreed to recommend to Council that the council tax premium on homes empty for more than one "
            "year be introduced from April 2024, rather than after two years as at present.",
            "Members asked how owners would be told. Officers said letters would go to every affected owner in the "
            "autumn with details of the help available."]},
        {"num": "HC/14", "title": "Disabled Facilities Grants", "body": [
            "The Committee noted that Disabled Facilities Grants totalling £1.34 million had been completed for 151 "
            "households in 2022/23, mostly for level access showers and stairlifts.",
            "The average wait from referral to completion had fallen to 19 weeks."]},
        {"num": "HC/15", "title": "Markets Update", "body": [
            "The Committee received an update on the Council's markets. Ripley market now had 19 regular traders on "
            "a Friday and Saturday, up from 12 a year earlier, following the reduced rent offer.",
            "A review of the market at Heanor was continuing and would come to a future meeting."]},
        {"num": "HC/16", "title": "Question from a Member of the Public", "body": [
            "Mr Keith Ollerton asked why the grass at Belper River Gardens had not been cut for several weeks in May.",
            "The Executive Director replied that a mower had been off the road for repairs and that a hired machine "
            "had since cleared the backlog; the Gardens were now on a fortnightly cut until September."]},
        {"num": "HC/17", "title": "Exclusion of Press and Public", "body": ["Not required."]},
    ],
    closing=["The meeting ended at 8.05pm."],
    header="Housing and Communities Committee 28/06/2023",
    header_right="HC/12 - HC/17",
    footer=["Page {n}"])

doc(name="Chorley_Executive_Cabinet_14_March_2024", form="pdf-minutes",
    council="Chorley Council", stated="yes", committee="Executive Cabinet", date="2024-03-14",
    pdf_title="Executive Cabinet minutes", pdf_author="Chorley Council",
    title_lines=["Chorley Council", "Minutes of Executive Cabinet", "Meeting date Thursday, 14 March 2024",
                 "Council Chamber, Town Hall, Market Street, Chorley"],
    attendance=[("Members present:", "Councillor Maureen Ashcroft (Executive Leader, in the Chair), Councillors "
                 "Neil Catterall, Dawn Whiteside, Owen Pilling, Ruth Haworth and Simon Eaves."),
                ("Officers:", "Chief Executive, Director of Communities, Director of Change and Delivery.")],
    items=[
        {"num": "24.EC.18", "title": "Minutes of meeting Thursday, 15 February 2024 of Executive Cabinet", "body": [
            "Resolved: That the minutes be approved as a correct record."]},
        {"num": "24.EC.19", "title": "Public Questions", "body": [
            "Mr Daniel Firth of Euxton asked whether the Council would help restore the evening bus from Euxton to "
            "Chorley town centre.",
            "The Executive Member for Transport replied that the Council did not run buses but had written to the "
            "County Council and the operator, offering to meet the cost of a six month trial of an evening service "
            "on Wigan Road if the operator would run it."]},
        {"num": "24.EC.20", "title": "Empty Homes Action Plan", "body": [
            "The Executive Member for Homes presented the plan. There were 287 homes in Chorley that had been empty "
            "for over two years, and the Council would employ an Empty Homes Officer for two years to contact every owner.",
            "Resolved: That the action plan be approved."]},
        {"num": "24.EC.21", "title": "Astley Hall Restoration: Phase Two", "body": [
            "The Executive Cabinet agreed to appoint Pennine Conservation Builders Ltd to carry out the second phase "
            "of repairs to Astley Hall, covering the stonework of the south front and the leaded windows.",
            "The £1.6 million cost would be met by a National Lottery Heritage Fund grant of £950,000, with the "
            "rest from the Council's capital programme.",
            "The Hall would stay open to visitors while the work was carried out, with some rooms closed in turn."]},
        {"num": "24.EC.22", "title": "Chorley Market Opening Hours", "body": [
            "Members considered a proposal to open the covered market until 8pm on Fridays.",
            "Resolved: That a consultation with market traders and shoppers on later opening be held during April, "
            "and the results reported to a future meeting before any change is made."]},
    ],
    closing=["Chair", "Date"],
    header="Executive Cabinet Thursday, 14 March 2024",
    footer=["Agenda Page {n}", "Chorley Council"])

doc(name="Fife_Cowdenbeath_Area_Committee_23082023", form="pdf-minutes",
    council="Fife Council", stated="yes", committee="Cowdenbeath Area Committee", date="2023-08-23",
    pdf_title="Cowdenbeath Area Committee minute", pdf_author="Fife Council",
    title_lines=["THE FIFE COUNCIL - COWDENBEATH AREA COMMITTEE",
                 "Lochgelly Centre, Bank Street, Lochgelly", "23rd August, 2023 10.00 a.m. - 12.10 p.m."],
    attendance=[("PRESENT:", "Councillors Iain Moffat (Convener), Shona Dalgety, Callum Rennie, "
                 "Morag Lumsden, Elspeth Kerr and Gavin Tosh."),
                ("ATTENDING:", "Area Programme Manager; Lead Officer, Roads and Transportation Services; "
                 "Committee Officer.")],
    items=[
        {"num": "45.", "title": "DECLARATIONS OF INTEREST", "body": ["No declarations of interest were submitted."]},
        {"num": "46.", "title": "ELECTRIC VEHICLE CHARGING - COWDENBEATH AREA", "body": [
            "The Committee considered a report on public electric vehicle charging in the area.",
            "Four rapid electric vehicle chargers would be installed at the Lochgelly Centre car park this winter, "
            "with two more at the park and ride site at Kelty, and the charging tariff would be 45p per kWh.",
            "A councillor asked whether residents of flats would be helped to charge. The Lead Officer advised that "
            "the Council was looking at lamp post chargers in streets without driveways and would report back.",
            "Decision: The Committee noted the report."]},
        {"num": "47.", "title": "AREA ROADS PROGRAMME 2023-24", "body": [
            "The Committee noted progress on the area roads programme, including footway works on Main Street, "
            "Lochgelly, and new drop kerbs on Station Road, Cowdenbeath.",
            "Decision: The Committee noted the report."]},
        {"num": "48.", "title": "LOCHORE MEADOWS COUNTRY PARK", "body": [
            "The Area Programme Manager reported that part of the boardwalk around the loch at Lochore Meadows had "
            "been closed after storm damage in June.",
            "Asked what the repairs would cost, he said that the cost was not yet known, because the condition of the "
            "timber piles under the water had still to be checked by divers.",
            "Decision: The Committee noted the position."]},
        {"num": "49.", "title": "QUESTIONS FROM MEMBERS", "body": [
            "Councillor Callum Rennie asked why grass cutting in Kelty had been reduced this summer.",
            "The Area Programme Manager replied that the reduction was part of a trial of leaving some verges uncut "
            "until August for pollinators, and that sports pitches had not been affected."]},
    ],
    closing=["Convener"],
    header="2023 C.A.C. 45", header_right="COWDENBEATH AREA COMMITTEE",
    footer=["Page {n}"])

# ============================================================================ Public Document Packs

doc(name="Ashford_Cabinet_Agenda_Pack_12Oct2023", form="pdf-pack",
    council="Ashford Borough Council", stated="yes", committee="Cabinet", date="2023-10-12",
    pdf_title="Agenda Document for Cabinet, 12/10/2023 19:00", pdf_author="Ashford Borough Council",
    cover=["Cabinet", "Thursday, 12th October, 2023 at 7.00 pm",
           "Council Chamber, Civic Centre, Tannery Lane, Ashford", "Ashford Borough Council"],
    cover_body=["To: The Leader and Members of the Cabinet. You are summoned to attend the meeting of the Cabinet "
                "to transact the business set out below.",
                "Members: Councillors Hollins (Leader), Barrow, Kemsley, Pattenden, Quill, Sandford and Whitlock.",
                "Contact: Member Services, 01233 331111. Issued on 4 October 2023."],
    agenda=[("1", "Apologies"), ("2", "Declarations of Interest"),
            ("3", "Minutes - To approve the Minutes of the Meeting of the Cabinet held on the 14th September 2023 "
                  "({minutes})"),
            ("4", "Leader's Announcements"),
            ("5", "Acquisition of 24 Homes at Finberry for Council Housing ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["Cabinet", "Minutes of a Meeting of the Cabinet held in the Council Chamber, Civic Centre, "
                      "Tannery Lane, Ashford on the 14th September 2023."],
    prev_items=[
        {"num": "138", "title": "Declarations of Interest", "body": ["None were made."]},
        {"num": "139", "title": "Public Questions", "body": [
            "Mrs Julia Penfold asked when the broken railings along the riverside path in Victoria Park would be replaced.",
            "The Portfolio Holder for Environment replied that new railings had been ordered and would be fitted during "
            "the October half term, when the path could be closed with least disruption."]},
        {"num": "140", "title": "Tenterden Town Centre Parking", "body": [
            "The Cabinet agreed to introduce two hour free parking at the Station Road car park in Tenterden on "
            "Saturdays from November until the end of January, to support town centre shops over the winter.",
            "Resolved: That the proposal be approved."]},
    ],
    report=report(["Agenda Item No: 5", "Report To: Cabinet", "Date of Meeting: 12 October 2023"],
            [("Report Title:", "Acquisition of 24 Homes at Finberry for Council Housing"),
                      ("Report Author:", "Head of Housing Development"),
                      ("Portfolio Holder:", "Portfolio Holder for Housing"),
                      ("Summary:", "To approve the purchase of 24 new homes for affordable rent.")],
            [
                ("1. Introduction", [
                    "1.1 This report seeks approval to buy 24 new homes at Finberry from the developer to let as "
                    "council homes at affordable rents.",
                    "1.2 There are currently 1,420 households on the Council's housing register."]),
                ("2. The Proposal", [
                    "2.1 The homes comprise 10 two bedroom houses, 8 three bedroom houses and 6 one bedroom flats, all "
                    "built by Oakhurst Living Ltd and due to be completed in spring 2024.",
                    "2.2 The agreed purchase price for the 24 homes at Finberry is £7.9 million, which is below the "
                    "independent valuation.",
                    "2.3 A separate offer of ten homes at Tenterden is still being negotiated and is not part of this report."]),
                ("3. Financial Implications", [
                    "3.1 The purchase would be paid for with £2.37 million of Right to Buy receipts and borrowing within "
                    "the Housing Revenue Account, repaid from the rents.",
                    "3.2 The homes will be let at no more than 80 per cent of local market rents."]),
                ("4. Recommendation", [
                    "4.1 That the Cabinet approves the purchase of the 24 homes at Finberry."]),
            ]),
    footer=["Page {n}"], number_offset=1)

doc(name="Braintree_Cabinet_Agenda_Pack_06112023", form="pdf-pack",
    council="Braintree District Council", stated="yes", committee="Cabinet", date="2023-11-06",
    pdf_title="Agenda Document for Cabinet, 06/11/2023 19:15", pdf_author="Braintree District Council",
    cover=["Cabinet", "AGENDA", "Monday, 6 November 2023 at 7.15pm",
           "Council Chamber, Causeway House, Bocking End, Braintree, CM7 9HB", "Braintree District Council"],
    cover_body=["Members of the Cabinet are requested to attend this meeting to transact the business set out in "
                "the Agenda.",
                "Membership: Councillor Kirby (Leader), Councillors Dunsford, Everard, Hensman, Loweth, Mathers and "
                "Rowland. Governance and Members Team, 01376 552525."],
    agenda=[("1", "Apologies for Absence"), ("2", "Declarations of Interest"),
            ("3", "Minutes of the Previous Meeting - 9 October 2023 ({minutes})"),
            ("4", "Public Question Time"),
            ("5", "Halstead Leisure Centre Refurbishment ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["BRAINTREE DISTRICT COUNCIL", "MINUTES OF THE CABINET MEETING HELD ON 9 OCTOBER 2023"],
    prev_items=[
        {"num": "62", "title": "PUBLIC QUESTION TIME", "body": [
            "Mr Roy Dwyer of Witham asked whether the Council would reconsider the new Sunday charges at the Lockram "
            "Lane car park in Witham.",
            "The Cabinet Member for Transport replied that the Sunday charge of £1 for the whole day had been set after "
            "consulting the town council and would be reviewed in April, but that Blue Badge holders would continue "
            "to park free."]},
        {"num": "63", "title": "BRAINTREE TOWN CENTRE MARKET", "body": [
            "Cabinet agreed a six month trial moving the Wednesday market from Great Square to the High Street.",
            "DECISION: That the trial be approved."]},
    ],
    report=report(["Halstead Leisure Centre Refurbishment", "Cabinet", "6 November 2023"],
            [("Portfolio:", "Cabinet Member for Communities"),
                      ("Report Presented by:", "Corporate Director (Growth)"),
                      ("Key Decision:", "Yes")],
            [
                ("1. Executive Summary", [
                    "1.1 This report asks Cabinet to approve the refurbishment of Halstead Leisure Centre and award "
                    "the building contract.",
                    "1.2 Halstead Leisure Centre will close for 14 weeks from January 2024 so that the pool hall roof, "
                    "changing rooms and air handling plant can be replaced."]),
                ("2. Background", [
                    "2.1 The centre opened in 1992. Its pool hall roof has leaked for several winters and the changing "
                    "rooms no longer meet the needs of families or disabled users.",
                    "2.2 A procurement exercise was run through a national construction framework and three bids were "
                    "received."]),
                ("3. Contract Award", [
                    "3.1 It is recommended that the contract be awarded to Fulbrook Leisure Build Ltd, whose bid of "
                    "£2.75 million offered the shortest closure period."]),
                ("4. Financial Implications", [
                    "4.1 The project will be funded by a Sport England grant of £500,000 and by £2.25 million from "
                    "the Council's capital programme, already approved by Full Council in February."]),
                ("5. Recommendations", [
                    "5.1 That Cabinet approves the refurbishment and awards the contract to Fulbrook Leisure Build Ltd."]),
            ]),
    footer=["Page {n}"], number_offset=1)

doc(name="Rutland_GIR_Scrutiny_Pack_11Jan2024", form="pdf-pack",
    council="Rutland County Council", stated="yes",
    committee="Growth, Infrastructure and Resources Scrutiny Committee", date="2024-01-11",
    pdf_title="Agenda Pack", pdf_author="Rutland County Council",
    cover=["Growth, Infrastructure and Resources Scrutiny Committee", "Thursday, 11 January 2024 at 7.00 pm",
           "Council Chamber, Catmose, Oakham, Rutland, LE15 6HP", "Rutland County Council"],
    cover_body=["Notice is hereby given that a meeting of the Growth, Infrastructure and Resources Scrutiny Committee "
                "will be held as shown above.",
                "Members: Councillors Abbott, Ellison, Harvey, Lambourne, Pickering, Stanyon and Venner.",
                "Governance Team, 01572 722577."],
    agenda=[("1", "Apologies"), ("2", "Declarations of Interest"),
            ("3", "Record of Meeting held on 16 November 2023 ({minutes})"),
            ("4", "Questions with Notice from Members"),
            ("5", "Electric Vehicle Charging Strategy ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["Rutland County Council",
                      "Minutes of the Growth, Infrastructure and Resources Scrutiny Committee held in the Council "
                      "Chamber, Catmose on Thursday, 16th November 2023"],
    prev_items=[
        {"num": "GIR 41", "title": "Questions with Notice from Members", "body": [
            "Councillor Helen Venner asked whether the County Council had any say over parking charges at the car "
            "parks around Rutland Water.",
            "The Portfolio Holder replied that the car parks belonged to the water company, not the Council, but that "
            "officers met the company twice a year and had asked it to keep winter charges down."]},
        {"num": "GIR 42", "title": "Oakham Enterprise Park", "body": [
            "The Committee noted that 94 per cent of the units at Oakham Enterprise Park were let, and asked for a "
            "report on the waiting list for larger workshops."]},
    ],
    report=report(["Report No: 7/2024", "GROWTH, INFRASTRUCTURE AND RESOURCES SCRUTINY COMMITTEE",
                            "11 January 2024"],
            [("Report Title:", "Electric Vehicle Charging Strategy"),
                      ("Strategic Aim:", "Sustainable lives"),
                      ("Contact Officer:", "Head of Highways and Transport")],
            [
                ("1. PURPOSE OF THE REPORT", [
                    "1.1 To ask the Committee to comment on the draft Electric Vehicle Charging Strategy before it "
                    "goes to Cabinet."]),
                ("2. PROPOSALS", [
                    "2.1 The strategy proposes the installation of 40 fast charge points in council car parks in Oakham "
                    "and Uppingham by the end of 2025.",
                    "2.2 The charge points would be provided by Gridway Charge Ltd under a 15 year concession, with the "
                    "company maintaining them and sharing a proportion of the income with the Council.",
                    "2.3 The number of on street chargers for residents without driveways has not yet been decided and "
                    "will depend on the outcome of the Council's bid to the Local Electric Vehicle Infrastructure fund."]),
                ("3. FINANCIAL IMPLICATIONS", [
                    "3.1 The car park charge points would be paid for with £412,000 of government grant and the "
                    "operator's own investment, at no cost to the Council."]),
                ("4. RECOMMENDATIONS", [
                    "4.1 That the Committee notes the draft strategy and makes any comments to Cabinet."]),
            ]),
    footer=["Page {n}"], number_offset=1)

# ============================================================================ Word reports

doc(name="Dartford_Cabinet_Report_Fairfield_Leisure_Centre", form="docx-report",
    council="Dartford Borough Council", stated="yes", committee="Cabinet", date="2023-07-20",
    docx_author="Dartford Borough Council",
    letterhead=["DARTFORD BOROUGH COUNCIL"],
    report=report(["CABINET - 20 JULY 2023", "FAIRFIELD LEISURE CENTRE: DECARBONISATION WORKS",
                            "Report of the Strategic Director (Corporate Services)"],
            [("Report of:", "Strategic Director (Corporate Services)"),
                      ("Cabinet Portfolio:", "Leisure, Culture and Heritage"),
                      ("Key decision:", "Yes"),
                      ("Wards affected:", "All wards"),
                      ("Exempt:", "No")],
            [
                ("1. SUMMARY", [
                    "1.1 This report seeks approval to replace the gas boilers at Fairfield Leisure Centre with air "
                    "source heat pumps and to install solar panels on the sports hall roof.",
                    "1.2 Fairfield Leisure Centre attracted 612,000 visits in 2022/23 and is the Council's largest "
                    "single user of gas."]),
                ("2. BACKGROUND", [
                    "2.1 The centre's boilers are more than twenty years old and heating the pool accounts for about "
                    "two thirds of the building's energy use.",
                    "2.2 Energy costs at the centre rose from £310,000 in 2021/22 to £585,000 in 2022/23."]),
                ("3. PROPOSAL", [
                    "3.1 Following a competitive tender, it is proposed to appoint Thamesreach Building Services Ltd "
                    "to design and install the heat pumps and solar panels.",
                    "3.2 The new system is expected to cut the centre's carbon emissions by around 540 tonnes a year."]),
                ("4. FINANCIAL IMPLICATIONS", [
                    "4.1 The total cost of £2.4 million will be met by a Public Sector Decarbonisation Scheme grant of "
                    "£1.9 million and £500,000 from the Council's climate reserve."]),
                ("5. CONSULTATION", [
                    "5.1 The leisure operator and Dartford Swimming Club have been briefed on the proposals."]),
                ("6. RECOMMENDATIONS", [
                    "6.1 That Cabinet approves the works and the appointment of Thamesreach Building Services Ltd.",
                    "6.2 That the Strategic Director be authorised to accept the grant offer."]),
            ]),
    header="Dartford Borough Council - Cabinet - 20 July 2023",
    footer=["Agenda Item 9"])

doc(name="NorthSomerset_Executive_Report_Tree_Strategy", form="docx-report",
    council="North Somerset Council", stated="yes", committee="Executive", date="2024-02-07",
    docx_author="North Somerset Council",
    letterhead=["North Somerset Council", "Report to the Executive"],
    report=report(["Tree and Woodland Strategy 2024 to 2034", "Date of Meeting: 7 February 2024",
                            "Subject of Report: Tree and Woodland Strategy"],
            [("Town or Parish:", "All"),
                      ("Officer/Member Presenting:", "Executive Member for Climate, Environment and Waste"),
                      ("Key Decision:", "Yes"),
                      ("Reason:", "Affects all wards"),
                      ("Recommendations:", "That the Executive adopts the Tree and Woodland Strategy.")],
            [
                ("1. Summary of Report", [
                    "1.1 The strategy sets out how the Council will look after its existing trees and increase tree "
                    "cover across the district over the next ten years.",
                    "1.2 The Council aims to plant 30,000 trees by 2030 on its own land, with the largest new woodland "
                    "on land next to the Strawberry Line between Yatton and Congresbury."]),
                ("2. Policy", [
                    "2.1 The strategy supports the Council's climate emergency declaration and its aim of doubling "
                    "tree canopy cover."]),
                ("3. Details", [
                    "3.1 Street trees felled for safety reasons will be replaced on a two for one basis, starting in "
                    "Weston-super-Mare and Clevedon.",
                    "3.2 In Grove Park, Weston, the three elms lost last year will be replaced by disease resistant varieties.",
                    "3.3 An ash dieback survey of council land in Portishead and Nailsea will be undertaken in spring 2024, "
                    "after which a felling and replanting programme will be drawn up."]),
                ("4. Consultation", [
                    "4.1 Public consultation on the draft strategy ran for eight weeks and received 642 responses, "
                    "of which 81 per cent supported the planting target."]),
                ("5. Financial Implications", [
                    "5.1 Planting costs for the first three years will be met from a £750,000 Woodland Creation Fund "
                    "grant, and maintenance for the first five years after planting is included in the grant."]),
                ("6. Recommendations", [
                    "6.1 That the Executive adopts the strategy and delegates the planting programme to the Director "
                    "of Place."]),
            ]),
    header="North Somerset Council", footer=["Executive 7 February 2024", "OFFICIAL"])

# ============================================================================ Word minutes

doc(name="CannockChase_Cabinet_Minutes_21_09_2023", form="docx-minutes",
    council="Cannock Chase District Council", stated="yes", committee="Cabinet", date="2023-09-21",
    docx_author="Democratic Services",
    title_lines=["Cannock Chase District Council",
                 "Minutes of the Meeting of the Cabinet held on Thursday 21 September 2023 at 4.00 pm in the "
                 "Esperance Room, Civic Centre, Beecroft Road, Cannock"],
    attendance=[("Present:", "Councillors Owen Farley (Leader), Bernadette Kynaston, Ravi Sohal, Claire Ingram, "
                 "Mick Deakin and Jane Orchard."),
                ("Also in attendance:", "Councillor P Tunnicliffe (Chair of Scrutiny).")],
    items=[
        {"num": "31.", "title": "Apologies", "body": ["None."]},
        {"num": "32.", "title": "Declarations of Interests", "body": ["None declared."]},
        {"num": "33.", "title": "Leisure Centres: Investment in Gym Equipment", "body": [
            "The Portfolio Leader for Culture and Sport presented the report.",
            "Cabinet agreed to replace the gym equipment at Chase Leisure Centre and Rugeley Leisure Centre at a total "
            "cost of £380,000, to be paid back over seven years from higher membership income.",
            "The equipment would be supplied by Vantor Fitness Ltd, who would also service it for the first three years.",
            "Councillor Ingram asked whether members would lose access during the changeover. Officers replied that "
            "the equipment would be changed over two weekends at each centre so that the gyms would stay open on weekdays.",
            "Resolved: That the investment be approved."]},
        {"num": "34.", "title": "Cannock Town Centre Regeneration", "body": [
            "The Leader reported that the Council had submitted a bid for funding to redevelop the former indoor "
            "market site in Cannock town centre.",
            "In answer to a question, the Leader said the outcome of the bid was not yet known and that the Government "
            "had not said when it would announce the successful schemes.",
            "Resolved: That the report be noted."]},
        {"num": "35.", "title": "Hednesford Park: Lease to Community Group", "body": [
            "Cabinet agreed to grant a 25 year lease of the pavilion at Hednesford Park to the Hednesford Park "
            "Community Association, at a peppercorn rent, so that it can reopen the building as a cafe and meeting room.",
            "The motion to approve the lease was moved by Councillor Kynaston and seconded by Councillor Sohal, and "
            "carried unanimously.",
            "Resolved: That the lease be granted."]},
        {"num": "36.", "title": "Question from a Member of the Public", "body": [
            "Mrs Patricia Holt asked when the street lights on Lichfield Road in Cannock would be repaired.",
            "The Portfolio Leader replied that the lights belonged to the County Council, which had told the District "
            "Council that a new cable would be laid by the end of October."]},
    ],
    closing=["The meeting closed at 5.20 pm.", "Leader"],
    header="Cabinet 21/09/23",
    footer=["Cannock Chase District Council", "Page 1"])

doc(name="Worcestershire_Cabinet_Minutes_7_December_2023", form="docx-minutes",
    council="Worcestershire County Council", stated="yes", committee="Cabinet", date="2023-12-07",
    docx_author="Worcestershire County Council",
    title_lines=["Worcestershire County Council", "Cabinet",
                 "Thursday, 7 December 2023, County Hall, Worcester - 10.00 am",
                 "Minutes"],
    attendance=[("Present:", "Mr G Whitmore (Chairman), Mrs L Haddon, Mr K Brough, Ms T Ansell, Mr P Kettle "
                 "and Mrs S Morrow."),
                ("Available papers:", "The members had before them the Cabinet agenda papers.")],
    items=[
        {"num": "1721", "title": "Apologies and Declarations of Interest", "body": ["None."]},
        {"num": "1722", "title": "Public Participation", "body": [
            "Mr Howard Pryce of Malvern asked whether the County Council would keep funding the subsidised bus "
            "service between Malvern and Upton upon Severn.",
            "The Cabinet Member for Highways and Transport replied that the service was funded until the end of "
            "August 2024 and that passenger numbers would decide whether it continued after that."]},
        {"num": "1723", "title": "Natural Environment Progress Report", "body": [
            "The Cabinet Member for Environment reported that the County Council has planted 41,000 trees since 2020, "
            "mostly along the A449 and on the Council's farm estate near Bromsgrove.",
            "RESOLVED that the progress report be noted."]},
        {"num": "1724", "title": "Library Service Opening Hours", "body": [
            "Cabinet agreed that opening hours at Redditch library would be reduced from 52 to 44 hours a week from "
            "April 2024, with Saturday opening kept in full.",
            "The decision on Bromsgrove library was deferred until discussions with the district council about "
            "sharing the building had concluded.",
            "RESOLVED that the changes at Redditch library be approved."]},
        {"num": "1725", "title": "Home to School Transport Contracts", "body": [
            "Cabinet approved the award of 38 home to school transport routes in the Wyre Forest area to Severnside "
            "Travel Ltd for three years from September 2024.",
            "The Cabinet Member explained that routes had been combined where possible, saving about £310,000 a year."]},
    ],
    closing=["The meeting ended at 11.35 am.", "Chairman ......................................."],
    header="Cabinet - Thursday, 7 December 2023",
    footer=["Page 1 of 3"])

# ============================================================================ plain text

doc(name="ValeofGlamorgan_Cabinet_Minutes_16Oct2023", form="txt",
    council="Vale of Glamorgan Council", stated="yes", committee="Cabinet", date="2023-10-16",
    title_lines=["THE VALE OF GLAMORGAN COUNCIL", "",
                 "CABINET: 16TH OCTOBER, 2023", "",
                 "Minutes of a meeting held in the Council Chamber, Civic Offices, Holton Road, Barry.",
                 "Present: Councillor Gareth Probert (Chair); Councillors Nia Rhydderch, Huw Bevan, Eirian Jenkins and Tomos Lloyd."],
    attendance=[("Also present:", "Councillors M. Ellery and S. Pugh."),
                ("Apologies:", "Councillor C. Tudor-Price.")],
    items=[
        {"num": "C112", "title": "Minutes", "body": [
            "RESOLVED - T H A T the minutes of the meeting held on 25th September, 2023 be approved as a correct record."]},
        {"num": "C113", "title": "Play Area Refurbishment Programme 2023/24", "body": [
            "The Cabinet Member for Neighbourhood Services presented the report.",
            "The largest scheme this year was the replacement of the Romilly Park play area in Barry, which would be "
            "closed for ten weeks from January while new equipment and safety surfacing were installed.",
            "The total programme of £410,000 covered nine sites and would be funded from the Council's capital "
            "programme and Section 106 money from housing developments in Barry and Penarth.",
            "RESOLVED - That the programme be approved."]},
        {"num": "C114", "title": "Penarth Pier Pavilion Lease", "body": [
            "Cabinet agreed to extend the lease of Penarth Pier Pavilion to the current operator for a further ten "
            "years from April 2024, with the operator taking on responsibility for repairs to the glazing.",
            "Reason for decision: to secure the future of the building as a venue for arts and community use."]},
        {"num": "C115", "title": "Question from Councillor M. Ellery", "body": [
            "Councillor Ellery asked what was being done about the pay and display machines at Barry Island that "
            "did not take cards.",
            "The Cabinet Member replied that all 14 machines at Barry Island would be replaced with card and phone "
            "payment machines before Easter 2024, and that until then the phone app could be used in every bay."]},
        {"num": "C116", "title": "Cowbridge Livestock Market Site", "body": [
            "Cabinet considered proposals for the future use of the former livestock market site in Cowbridge.",
            "RESOLVED - That officers prepare a development brief for the site, with at least half of the land kept "
            "for a public car park."]},
    ],
    closing=["", "[End of minutes]"])
