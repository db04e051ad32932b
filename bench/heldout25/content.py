"""The documents of bench/heldout25: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout25.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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

doc(name="ieListDocuments_CId142_MId8830_Essex_Cabinet", form="mg-meeting",
    council="Essex County Council", stated="yes", committee="Cabinet", date="2024-02-20",
    site=site("Essex County Council - Committee Meetings", "https://cmis.essex.gov.uk",
              "Essex County Council, County Hall, Market Road, Chelmsford, Essex CM1 1QH",
              "© Essex County Council 2024",
              menu=["Home", "Your councillors", "Meetings", "Decisions", "Forward Plan"],
              breadcrumb=["Home", "Committee meetings", "Cabinet", "Meeting"]),
    heading="Agenda and minutes: Cabinet - Tuesday, 20th February, 2024 10.15 am",
    venue="Committee Room 1, County Hall, Chelmsford, CM1 1QH",
    contact="Irene Coldbeck, Democratic Services Officer. Email: cabinet.clerk@essex.gov.uk",
    items=[
        item("41.", "Membership, Apologies, Substitutions and Declarations of Interest", [
            "Apologies were received from Councillor Perry Amsden. There were no declarations of interest.",
        ]),
        item("42.", "Minutes of the previous meeting", [
            "The minutes of the meeting held on 23 January 2024 were approved as a correct record and signed by the Chairman.",
        ], links=[("Minutes of the previous meeting", "187 KB")]),
        item("43.", "Questions from the public", [
            "Mrs Dawn Pettifer of Witham asked whether the mobile library would still call at Silver End, as residents without cars relied on it and she had heard the route was being cut back.",
            "In reply, the Cabinet Member for Libraries, Councillor Graham Toller, said that the route had been reviewed but that the stop at Silver End would continue on alternate Thursdays, and that the timetable would be posted in the village hall.",
            "Mr Kenneth Orrell of Great Dunmow asked when the footway along Stortford Road would be resurfaced. Councillor Toller undertook to provide a written answer.",
        ]),
        item("44.", "Library Extended Opening Pilot", [
            "The Cabinet considered report FP/318/01/24, which proposed that three libraries open later on one evening a week for a twelve month trial.",
            "Councillor Toller explained that Colchester Library would open until 8pm on Wednesdays from 3 June 2024, with Chelmsford and Basildon libraries opening until 8pm on Thursdays from the same date. Late opening would be staffed by existing library assistants working additional paid hours.",
            "The pilot would cost £86,000 over the year and would be met from the Community Libraries reserve rather than from the revenue budget.",
            "An independent evaluation of visitor numbers and user satisfaction would be commissioned at the end of the trial, and its findings would be reported to Cabinet in spring 2025.",
            "Resolved: to approve the Library Extended Opening Pilot as set out in the report.",
        ], links=[("Library Extended Opening Pilot", "402 KB"), ("Equality Impact Assessment", "96 KB")]),
        item("45.", "Award of Contract for Highway Drainage Cleansing", [
            "The Cabinet received report FP/322/01/24 on the procurement of gully emptying and drainage cleansing across the county's highway network.",
            "Six bids had been received. The recommended bidder, Kellridge Drainage Services Ltd, had scored highest on both quality and price and would clean around 280,000 gullies a year.",
            "The contract would run for four years from 1 April 2024, with an option to extend for a further two years, at an annual cost of about £3.2 million.",
            "Resolved: to award the highway drainage cleansing contract to Kellridge Drainage Services Ltd.",
        ], links=[("Highway Drainage Cleansing contract award", "355 KB")]),
        item("46.", "Date of next meeting", [
            "The next meeting would be held on Tuesday 19 March 2024 at 10.15am.",
        ]),
    ])

doc(name="ieListDocuments_CId119_MId5527_Salford_PlanningPanel", form="mg-meeting",
    council="Salford City Council", stated="yes", committee="Planning and Transportation Regulatory Panel",
    date="2023-11-16",
    site=site("Salford City Council", "https://sccdemocracy.salford.gov.uk",
              "Salford City Council, Salford Civic Centre, Chorley Road, Swinton, M27 5AW",
              "Copyright Salford City Council 2023",
              menu=["Home", "Councillors", "Committees", "Meetings calendar", "Search documents"]),
    heading="Agenda and minutes: Planning and Transportation Regulatory Panel - Thursday, 16th November, 2023 9.30 am",
    venue="Salford Civic Centre, Chorley Road, Swinton, M27 5AW",
    contact="Amir Kowalczyk, Committee Officer, Tel: 0161 793 2000",
    outcome_label="Minutes:",
    items=[
        item("45", "Declarations of interest", [
            "Councillor Norah Birtwistle declared a personal interest in application 23/81590/FUL as she lives on Liverpool Road, and left the room for that item.",
        ]),
        item("46", "Minutes of the meeting held on 19 October 2023", [
            "The minutes were approved as a correct record.",
        ]),
        item("47", "Planning applications", [
            "## 23/81422/FUL Land at Trafford Road, Salford Quays",
            "Erection of a building of up to 17 storeys comprising 164 apartments with ground floor commercial space and cycle parking.",
            "The planning officer reported that the applicant had agreed to provide 18 affordable homes on site and a contribution of £240,000 towards open space improvements in Ordsall.",
            "An objector, Mr Conrad Lyle, spoke about loss of light to the neighbouring block. The agent, Ms Priya Halvorsen, responded.",
            "Councillor Bernadette Quayle moved that the application be approved in line with the officer recommendation; this was seconded by Councillor Tomasz Wrigley. On a recorded vote, 6 members voted in favour and 2 against, and the application was approved subject to conditions and a section 106 agreement.",
            "## 23/81507/HH 31 Worsley Road, Worsley",
            "Two storey side extension and front porch.",
            "Members agreed that the extension would be overbearing and would harm the outlook of the adjoining house at number 29, and the application was refused.",
            "## 23/81590/FUL Former petrol filling station, Liverpool Road, Eccles",
            "Change of use to a hand car wash with a canopy and jet wash bays.",
            "A member asked whether cars waiting to be washed would queue on Liverpool Road at busy times. The highways officer replied that the layout provided space for six vehicles to wait within the site and that he did not expect queuing onto the highway.",
            "Councillor Wrigley moved that the application be deferred to allow a site visit, seconded by Councillor Ahmed Sadiq; this was agreed.",
            "## 23/81633/FUL 212 Chapel Street, Salford",
            "Conversion of upper floors to apartments. The application was withdrawn by the applicant before the meeting.",
        ], links=[("Planning applications report", "2 MB")]),
        item("48", "Traffic Regulation Order: Monton Road", [
            "The Panel approved the introduction of a 20mph limit on Monton Road between Monton Green and Parrin Lane, following a consultation in which 71 responses were received.",
        ]),
    ])

doc(name="ieListDocuments_CId117_MId6041_Hackney_Cabinet", form="mg-meeting",
    council="London Borough of Hackney", stated="yes", committee="Cabinet", date="2024-01-22",
    site=site("Hackney Council - Democracy", "https://hackney.moderngov.co.uk",
              "London Borough of Hackney, Hackney Town Hall, Mare Street, London E8 1EA",
              "© London Borough of Hackney",
              breadcrumb=["Home", "Council and Democracy", "Meetings", "Cabinet"]),
    heading="Agenda and minutes: Cabinet - Monday, 22nd January, 2024 6.00 pm",
    venue="Council Chamber, Hackney Town Hall, Mare Street, London E8 1EA",
    contact="Gareth Lamont, Governance Services. Email: governance@hackney.gov.uk",
    items=[
        item("6.", "Questions from Members of the Council", [
            "Councillor Femi Adebayo asked whether residents could ask for a tree to be planted outside their own home.",
            "The Cabinet Member for Climate Change and the Environment, Councillor Rhiannon Kemble, replied that residents could request a street tree through the Council's website and that each request would be checked for underground services and pavement width before being added to the planting list.",
        ]),
        item("7.", "Street Tree Planting Programme 2024/25", [
            "Councillor Kemble introduced the report. The Council would plant 1,150 new street trees during the 2024/25 planting season, with priority given to Homerton and Hackney Wick wards, where canopy cover was lowest.",
            "The programme would be paid for from the Neighbourhood Community Infrastructure Levy, with watering for the first three summers included in the planting contract.",
            "RESOLVED: to approve the Street Tree Planting Programme 2024/25.",
        ], links=[("Street Tree Planting Programme report", "1 MB")]),
        item("8.", "Lift Replacement at Nightingale Estate", [
            "Cabinet considered a report on replacing the lifts in four blocks on the Nightingale Estate, Clapton, which had suffered repeated breakdowns over the last two winters.",
            "Harrowgate Lift Engineering Ltd had been selected through a mini competition to design and install the new lifts, with works expected to take around fourteen months.",
            "The Cabinet Member for Housing said that the final cost would not be known until surveys of the lift shafts were complete, and that residents with mobility needs would be offered temporary moves while their block's lift was out of service.",
            "RESOLVED: to appoint Harrowgate Lift Engineering Ltd and to delegate approval of the final contract sum to the Group Director, Climate, Homes and Economy.",
        ], links=[("Nightingale Estate lift replacement", "640 KB")]),
        item("9.", "Well Street Market Licensing Review", [
            "Cabinet agreed to reduce pitch fees at Well Street Market by 20 per cent for new traders during their first six months, to encourage more stalls on Saturdays.",
        ]),
        item("10.", "Exclusion of the Press and Public", [
            "There were no exempt items.",
        ]),
    ])

doc(name="ieListDocuments_CId147_MId7218_Kirklees_Cabinet", form="mg-meeting",
    council="Kirklees Council", stated="yes", committee="Cabinet", date="2023-09-12",
    site=site("Kirklees Council", "https://democracy.kirklees.gov.uk",
              "Kirklees Council, Town Hall, Ramsden Street, Huddersfield HD1 2TA",
              "© Kirklees Council 2023",
              menu=["Home", "Your councillors", "Meetings", "Decisions", "Petitions"]),
    heading="Agenda and minutes: Cabinet - Tuesday 12 September 2023 1.00 pm",
    venue="Council Chamber - Town Hall, Huddersfield",
    contact="Sheila Dodsworth, Governance Officer",
    outcome_label="Minutes:",
    items=[
        item("87:", "Admission of the Public", [
            "It was noted that all agenda items would be considered in public session.",
        ]),
        item("88:", "Questions by Members of the Council", [
            "Councillor Jonah Firth asked why the resurfacing of Dunford Road in Holmfirth had been postponed again.",
            "In response, the Cabinet Member for Highways said that the scheme had been pushed back to spring 2024 because a gas main renewal by the utility company had to be finished first, and that the road would not be dug up twice.",
        ]),
        item("89:", "Additional Investment in Pothole Repairs", [
            "Cabinet considered a report seeking approval for an additional £2.4 million to repair potholes on unclassified roads during the coming winter and spring.",
            "The report explained that the money would be targeted first at residential streets in Dewsbury and Batley, where inspections had recorded the largest number of defects per mile.",
            "Repairs would be carried out by the Council's own highways crews, supported by Pennine Ridge Surfacing Ltd for larger patching work.",
            "RESOLVED: that the additional investment of £2.4 million be approved and funded from the highways capital programme.",
        ], links=[("Additional Investment in Pothole Repairs", "512 KB")]),
        item("90:", "Huddersfield Open Market Refurbishment", [
            "Cabinet noted that the refurbishment of the Open Market roof would be completed by the end of November 2023 and that traders would return to their stalls in time for the Christmas market.",
        ]),
        item("91:", "Corporate Financial Monitoring Report, Quarter 1", [
            "Cabinet noted a forecast overspend of £6.1 million, mainly on children's placements and home to school transport.",
        ]),
    ])

doc(name="ieListDocuments_CId162_MId4407_Coventry_ScrutinyCoordination", form="mg-meeting",
    council="Coventry City Council", stated="yes", committee="Scrutiny Co-ordination Committee", date="2023-12-06",
    site=site("Coventry City Council - Democracy", "https://edemocracy.coventry.gov.uk",
              "Coventry City Council, Council House, Earl Street, Coventry CV1 5RR",
              "© Coventry City Council",
              sidebar=["Browse meetings", "Calendar", "Committee details", "Attendance", "Issue history", "Subscribe"]),
    heading="Agenda and minutes: Scrutiny Co-ordination Committee - Wednesday, 6th December, 2023 10.00 am",
    venue="Diamond Rooms 1 and 2 - Council House",
    contact="Lorna Beddoes, Governance Services Officer",
    items=[
        item("19.", "Declarations of Interest", [
            "There were no declarations of interest.",
        ]),
        item("20.", "Holiday Activities and Food Programme", [
            "The Committee considered a briefing note on the Holiday Activities and Food programme, which offers free activities and a hot meal to children eligible for free school meals during school holidays.",
            "The note reported that 8,420 children had attended at least one session during the summer 2023 holidays, delivered by 63 local providers at schools, parks and community centres.",
            "Members asked why fewer secondary age children took part. The Head of Early Help replied that older children were less willing to attend sessions branded as holiday clubs, and that sport and music sessions run by a local sports trust had been more successful with teenagers.",
            "RESOLVED that the Committee recommends to the Cabinet Member that more sessions be offered in Willenhall and Wood End.",
        ], links=[("Briefing Note - Holiday Activities and Food", "288 KB")]),
        item("21.", "Coventry Market Roof Repairs", [
            "Members received an update on repairs to the roof of the circular Coventry Market. The works, carried out by Tallis Heritage Roofing, were running three weeks behind schedule because of wet weather but the market had stayed open throughout.",
            "A member asked whether traders would receive a rent reduction while scaffolding was in place. Officers replied that a 15 per cent reduction had been applied to the stalls nearest the works since September.",
        ]),
        item("22.", "Work Programme 2023/24", [
            "The Committee noted its work programme, adding an item on city centre wayfinding for March 2024.",
        ]),
        item("23.", "Any other items of public business", [
            "There were no other items of business.",
        ]),
    ])

doc(name="ieListDocuments_CId151_MId3319_Rushmoor_Cabinet", form="mg-meeting",
    council="Rushmoor Borough Council", stated="yes", committee="Cabinet", date="2024-03-12",
    site=site("Rushmoor Borough Council", "https://democracy.rushmoor.gov.uk",
              "Rushmoor Borough Council, Council Offices, Farnborough Road, Farnborough, GU14 7JU",
              "© Rushmoor Borough Council 2024"),
    heading="Agenda and minutes: Cabinet - Tuesday, 12th March, 2024 7.00 pm",
    venue="Council Chamber - Council Offices, Farnborough",
    contact="Chris Ellwood, Democracy Officer",
    outcome_label="Minutes:",
    items=[
        item("CAB25.", "Declarations of Interest", [
            "No declarations were made.",
        ]),
        item("CAB26.", "Weekly Food Waste Collections", [
            "The Cabinet received Report No. OS2407, which set out arrangements for introducing separate food waste collections.",
            "The Operational Services Portfolio Holder reported that weekly food waste collections would begin across Farnborough and Aldershot in October 2024. Every household would receive a 23 litre outdoor caddy, a small kitchen caddy and a first roll of liners free of charge.",
            "Collections would be made by the Council's existing waste contractor, Wexcombe Environmental Services, using seven new narrow bodied vehicles, and the start up costs of £1.38 million would be covered by new burdens funding from the Government.",
            "A survey of residents on how they currently dispose of food waste is to be carried out in the summer, ahead of a communications campaign.",
            "The Cabinet RESOLVED that the introduction of weekly food waste collections be approved as set out in Report No. OS2407.",
        ], links=[("Report No. OS2407 Food Waste", "730 KB")]),
        item("CAB27.", "Aldershot Pools and Lido", [
            "The Cabinet noted that the Aldershot Lido would open for the summer season on 25 May 2024 and agreed to hold adult entry prices at the 2023 level.",
        ]),
        item("CAB28.", "Farnborough Civic Quarter Update", [
            "The Cabinet noted progress on the Civic Quarter, including the appointment of a design team for the new leisure centre.",
        ]),
        item("CAB29.", "Exclusion of the Public", [
            "There were no exempt items.",
        ]),
    ])


# ============================================================================ ModernGov item pages

doc(name="mgAi_ID9214_Leicester_EDTCEScrutiny", form="mg-item",
    council="Leicester City Council", stated="yes",
    committee="Economic Development, Transport and Climate Emergency Scrutiny Commission", date="2023-10-18",
    site=site("Leicester City Council", "https://cabinet.leicester.gov.uk",
              "Leicester City Council, City Hall, 115 Charles Street, Leicester LE1 1FZ",
              "© Leicester City Council",
              breadcrumb=["Home", "Meetings", "Scrutiny", "Agenda item"]),
    meeting_line="18/10/2023 - Economic Development, Transport and Climate Emergency Scrutiny Commission (Item 41)",
    items=[item("41.", "ELECTRIC VEHICLE CHARGING - PROGRESS UPDATE", [
        "The Director of Planning, Development and Transportation presented the report, which gave an update on the city's public charging network.",
        "Members heard that 312 on-street charge points had now been installed in residential streets, most of them in converted lamp columns, and that the network was run by Voltmere Charging Ltd under a concession that cost the Council nothing to operate.",
        "Drivers paid 45p per kWh at lamp column chargers and 69p per kWh at the rapid hubs.",
        "A member asked why Belgrave had fewer chargers than other wards. The Director replied that many streets in Belgrave had narrow pavements where a charge point would leave less than the minimum width for wheelchairs and pushchairs, and that the team was looking at off-street sites such as the Cossington Street car park instead.",
        "A member asked how many chargers would be installed at the Haymarket multi storey car park. The Director said that the number had not yet been decided and would depend on the capacity of the electricity supply to the building.",
        "AGREED: that the report be noted and a further update be brought in twelve months.",
    ], links=[("EV Charging Progress Report", "934 KB")])])

doc(name="mgAi_ID5530_Ealing_OverviewScrutiny", form="mg-item",
    council="London Borough of Ealing", stated="yes", committee="Overview and Scrutiny Committee", date="2024-02-08",
    site=site("London Borough of Ealing", "https://ealing.moderngov.co.uk",
              "London Borough of Ealing, Perceval House, 14-16 Uxbridge Road, London W5 2HL",
              "© Ealing Council 2024",
              breadcrumb=["Home", "Your council", "Meetings", "Agenda item"]),
    meeting_line="08/02/2024 - Overview and Scrutiny Committee (Item 9)",
    items=[item("9", "Library Service Review", [
        "The Committee received a presentation from the Assistant Director of Libraries and Heritage on the library service review.",
        "Under the proposals, Southall and Acton libraries would open on Sundays from 11am to 4pm, and Northfields and Pitshanger libraries would move to self service opening in the evenings using a card entry system.",
        "The Assistant Director reported that 214 volunteers currently helped in the borough's libraries, mostly running homework clubs and rhyme times for young children.",
        "Councillor Harjit Bansal asked whether staff would be on hand during self service hours. The Assistant Director replied that no staff would be present in the evenings but that CCTV would cover the whole floor and help points would connect users to a librarian at Ealing Central Library.",
        "Councillor Marguerite Holloway asked whether the changes would save money. The Assistant Director said the review was expected to save £310,000 a year, mainly by not filling vacant posts.",
        "RESOLVED: That the Committee's comments be passed to Cabinet before it takes a decision on 20 March 2024.",
    ], links=[("Library Service Review presentation", "1 MB")])])


# ============================================================================ ModernGov decision pages

doc(name="ieDecisionDetails_ID6702_Leicestershire_Cabinet", form="mg-decision",
    council="Leicestershire County Council", stated="yes", committee="Cabinet", date="2023-11-24",
    site=site("Leicestershire County Council", "https://politics.leics.gov.uk",
              "Leicestershire County Council, County Hall, Glenfield, Leicestershire LE3 8RA",
              "© Leicestershire County Council",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Forward plan", "Search"]),
    decision_title="Decision details: Supported Bus Services - Award of Contracts for Routes 152 and 159",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key Decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To award contracts for two bus routes supported by the County Council following a tender exercise.",
        ]),
        ("Decision:", [
            "(a) That the contract for route 152, Hinckley to Market Bosworth, be awarded to Arden Vale Coaches Ltd for three years from 4 March 2024 at a cost of £268,000 a year;",
            "(b) That route 159, Coalville to Ashby de la Zouch, be retendered with a reduced Saturday timetable, as the single bid received was well above the budget available;",
            "(c) That the Director of Environment and Transport be authorised to agree minor timetable changes with operators.",
        ]),
        ("Reasons for the decision:", [
            "Route 152 carried around 61,000 passengers in 2022/23 and is the only public transport link for several villages, including Market Bosworth, Carlton and Shackerstone.",
            "The County Council has a duty to secure services it considers appropriate where the market does not provide them, and the route 152 contract will be paid for from the Bus Service Improvement Plan grant for its first two years.",
        ]),
        ("Alternative options considered:", [
            "Withdrawing route 152 was rejected because it would leave people without a car unable to reach Hinckley for work, hospital appointments and college.",
        ]),
    ],
    tail=[("Publication date:", "24/11/2023"), ("Date of decision:", "24/11/2023"),
          ("Effective from:", "02/12/2023"),
          ("Decided at meeting:", "24/11/2023 - Cabinet")],
    links=[("Supported Bus Services report", "478 KB")])

doc(name="ieDecisionDetails_ID1188_Woking_Executive", form="mg-decision",
    council="Woking Borough Council", stated="yes", committee="Executive", date="2023-07-13",
    site=site("Woking Borough Council", "https://moderngov.woking.gov.uk",
              "Woking Borough Council, Civic Offices, Gloucester Square, Woking, Surrey GU21 6YL",
              "© Woking Borough Council"),
    decision_title="Decision details: Woking Park Paddling Pool Repairs",
    fields=[("Decision Maker:", "Executive"), ("Decision status:", "Decision Made"),
            ("Is Key Decision?:", "No"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To approve repairs to the paddling pool in Woking Park, which has been closed since a leak was found in August 2022.",
        ]),
        ("Decision:", [
            "RESOLVED: That (i) repairs to the Woking Park paddling pool be approved at a cost of up to £145,000, funded from the capital contingency; and (ii) Pellbrook Aquatics Ltd be appointed to carry out the work.",
        ]),
        ("Reasons for the decision:", [
            "The paddling pool is well used by families from across the borough, particularly from Maybury and Sheerwater, and no other free water play facility is available in the town.",
            "The Executive was advised that a structural survey of the pool tank will be carried out before works begin, and that the pool is expected to reopen by June 2024 if no further defects are found.",
        ]),
        ("Alternative options considered:", [
            "Filling in the pool and replacing it with a splash pad was considered but would cost around £230,000.",
        ]),
    ],
    tail=[("Publication date:", "14/07/2023"), ("Date of decision:", "13/07/2023"),
          ("Effective from:", "22/07/2023"), ("Decided at meeting:", "13/07/2023 - Executive")],
    links=[("Woking Park Paddling Pool report", "260 KB")])


# ============================================================================ printed minutes (PDF)

doc(name="Durham_AreaPlanningCentralEast_2023-10-10_minutes", form="pdf-minutes",
    council="Durham County Council", stated="yes", committee="Area Planning Committee (Central and East)",
    date="2023-10-10",
    pdf_title="Area Planning Committee (Central and East) minutes 10 October 2023", pdf_author="Durham County Council",
    title_lines=["DURHAM COUNTY COUNCIL",
                 "At a Meeting of Area Planning Committee (Central and East) held in Council Chamber, County Hall, Durham on Tuesday 10 October 2023 at 9.30 am"],
    attendance=[("Present:", "Councillor Glenys Marwood (Chair) and Councillors A Bellerby, P Crozier, D Hetherington, M Lumsden, R Ogilvie, S Pattinson, T Raine, J Stobart, K Tweddle, W Ullathorne and H Varley"),
                ("Apologies:", "Apologies for absence were received from Councillor E Whitfield.")],
    items=[
        item("1", "Apologies for Absence", ["Apologies were noted as above."]),
        item("2", "Substitute Members", ["There were no substitute members."]),
        item("3", "Minutes", ["The minutes of the meeting held on 12 September 2023 were confirmed as a correct record and signed by the Chair."]),
        item("4", "Declarations of Interest", ["Councillor Stobart declared that he was a member of Sherburn Village Parish Council but had not taken part in its discussion of item 5b."]),
        item("5a", "DM/23/01942/FUL - 61 Claypath, Durham", [
            "Change of use from a dwelling to a house in multiple occupation with 7 bedrooms, and a rear dormer.",
            "The Senior Planning Officer reported that 81 letters of objection had been received and that the proportion of student lets within 100 metres of the site was already 74 per cent, well above the 10 per cent threshold in the County Durham Plan.",
            "Mrs Imelda Crake, on behalf of the Claypath residents group, addressed the Committee and said that the street had lost its year round community. In reply to a question from Councillor Crozier, the agent said that the owner would employ a managing agent to deal with noise and bins.",
            "Councillor Ogilvie moved that the application be refused as recommended, seconded by Councillor Tweddle. Upon a vote being taken, 9 voted for refusal and 3 against.",
            "Resolved: That the application be refused.",
        ]),
        item("5b", "DM/23/02115/FUL - Land north of Sherburn Road, Durham", [
            "Erection of 22 bungalows for people over 55, with associated access and landscaping.",
            "The Planning Officer explained that the developer, Wearhill Homes, would provide 5 of the bungalows as affordable homes and would pay £66,000 towards improvements to Sherburn Road play area.",
            "Resolved: That the application be approved subject to the conditions set out in the report and the completion of a section 106 agreement.",
        ]),
        item("5c", "DM/23/02230/OUT - Land west of Durham Road, Bowburn", [
            "Outline application for up to 90 dwellings.",
            "Members were concerned about the capacity of the junction with the A177. Councillor Varley moved that the application be deferred to allow a fresh traffic assessment, seconded by Councillor Bellerby, and this was carried unanimously.",
            "Resolved: That the application be deferred.",
        ]),
    ],
    closing=["The meeting closed at 12.05 pm."],
    header="Area Planning Committee (Central and East) - 10 October 2023",
    footer=["Page {n} of {total}"])

doc(name="Fylde_TourismLeisure_20230615", form="pdf-minutes",
    council="Fylde Council", stated="yes", committee="Tourism and Leisure Committee", date="2023-06-15",
    pdf_title="Tourism and Leisure Committee Minutes", pdf_author="Fylde Council Democratic Services",
    logo="Fylde Council",
    title_lines=["Minutes of the Tourism and Leisure Committee",
                 "Thursday, 15 June 2023, Town Hall, St Annes"],
    attendance=[("Members present:", "Councillor Marcia Holroyd (Chairman); Councillors Dennis Ainscough, Paula Bretherton, Gary Cowburn, Leonie Fazackerley, Neil Openshaw, Sally Rimmer and Trevor Whiteside."),
                ("Officers:", "Dale Mercer (Head of Cultural Services), Jasmine Ord (Parking Services Manager), Hugh Tattersall (Democratic Services).")],
    items=[
        item("1.", "Declarations of Interest", ["Councillor Rimmer declared a personal interest in item 4 as a regular trader at Lytham Green events."]),
        item("2.", "Confirmation of Minutes", ["RESOLVED: To approve the minutes of the meeting held on 16 March 2023 as a correct record."]),
        item("3.", "Public Platform", [
            "Mr Alan Pilling of Ansdell asked whether the beach huts at Fairhaven would be repainted before the summer holidays. The Chairman replied that the huts had been inspected in April and would be repainted in September, after the peak season, so that hirers were not disturbed.",
        ]),
        item("4.", "Seafront Car Parking Charges", [
            "The Parking Services Manager presented a report on tariffs at the council's seafront car parks in St Annes and Lytham.",
            "Under the proposals the charge at North Beach car park would rise from £1.20 to £1.50 per hour from 1 August 2023, and a new all day ticket of £7 would be introduced at Fairhaven Lake car park. Blue Badge holders would continue to park free of charge.",
            "Councillor Cowburn asked how much extra income the changes would bring in. The Parking Services Manager said she could not yet give a figure because visitor numbers in August depended heavily on the weather, but a first estimate would be reported in the autumn.",
            "It was RESOLVED to approve the revised seafront car parking charges.",
        ]),
        item("5.", "Fairhaven Lake Cafe Lease", [
            "Members considered bids for a new ten year lease of the cafe at Fairhaven Lake. The highest scoring bid came from Saltmarsh Kitchen Ltd, which proposed to open all year round and to run a kiosk by the boating area in summer.",
            "It was RESOLVED to grant the lease to Saltmarsh Kitchen Ltd.",
        ]),
        item("6.", "Lytham Green Events Programme", [
            "The Head of Cultural Services reported that 14 event days had been booked on Lytham Green for 2023, and that organisers would pay for the reinstatement of the grass after each event.",
        ]),
    ],
    closing=["The meeting closed at 8.10 pm."],
    header="Fylde Council - Tourism and Leisure Committee - 15 June 2023",
    footer=["Page {n}"])

doc(name="MidSussex_ScrutinyCommunity_13Sep2023", form="pdf-minutes",
    council="Mid Sussex District Council", stated="yes",
    committee="Scrutiny Committee for Community, Customer Services and Service Delivery", date="2023-09-13",
    pdf_title="Minutes - Scrutiny Committee for Community, Customer Services and Service Delivery",
    pdf_author="Mid Sussex District Council",
    title_lines=["MID SUSSEX DISTRICT COUNCIL",
                 "Minutes of a meeting of the Scrutiny Committee for Community, Customer Services and Service Delivery",
                 "held on Wednesday, 13th September, 2023 from 7.00 pm - 8.52 pm"],
    attendance=[("Present:", "R Hatherley (Chair), J Dunstall (Vice-Chair), B Akerman, C Fennimore, L Gosden, P Marchbank, S Oduya, V Pennycott"),
                ("Absent:", "Councillor M Tilbury"),
                ("Also Present:", "Councillor F Ramsbottom, Cabinet Member for Environment")],
    items=[
        item("SC.31", "TO NOTE SUBSTITUTES IN ACCORDANCE WITH COUNCIL PROCEDURE RULE 4", ["None."]),
        item("SC.32", "TO RECEIVE DECLARATIONS OF INTEREST", ["None."]),
        item("SC.33", "TO CONFIRM THE MINUTES OF THE PREVIOUS MEETING", ["The minutes of the meeting held on 5 July 2023 were agreed as a correct record and signed by the Chair."]),
        item("SC.34", "TREE PLANTING PROGRAMME 2023/24", [
            "The Cabinet Member for Environment introduced the report, which set out plans to plant 600 trees this winter across parks in Haywards Heath, Burgess Hill and East Grinstead, including Victoria Park, St Johns Park and Mount Noddy.",
            "Around two thirds of the trees would be native species such as oak, field maple and hornbeam, grown from local seed by a nursery near Ardingly.",
            "A Member asked who would look after the trees once planted. The Cabinet Member replied that the grounds maintenance team would water them for two years and that volunteers from local Friends groups had offered to help with mulching.",
            "The Committee noted the report and asked that residents be invited to the planting days.",
        ]),
        item("SC.35", "HAYWARDS HEATH RECREATION GROUND PAVILION", [
            "The Committee received an update on the new pavilion at Haywards Heath Recreation Ground. The contractor, Hollingbury Build Ltd, had handed over the building on 18 August 2023, and the changing rooms were now in use by four football clubs.",
        ]),
        item("SC.36", "SCRUTINY COMMITTEE WORK PROGRAMME 2023/24", ["The Committee noted its work programme."]),
    ],
    closing=["Chair"],
    header="Scrutiny Committee for Community, Customer Services and Service Delivery - 13 September 2023",
    header_from=2,
    footer=["Page {n} of {total}"])

doc(name="Torfaen_Council_30-01-2024_Minutes", form="pdf-minutes",
    council="Torfaen County Borough Council", stated="yes", committee="Council", date="2024-01-30",
    pdf_title="Council Minutes 30 January 2024", pdf_author="Torfaen County Borough Council",
    title_lines=["TORFAEN COUNTY BOROUGH COUNCIL",
                 "MINUTES OF THE MEETING OF COUNCIL",
                 "HELD IN THE COUNCIL CHAMBER, CIVIC CENTRE, PONTYPOOL",
                 "ON TUESDAY 30 JANUARY 2024 AT 2.00 PM"],
    attendance=[("Present:", "Councillor Eirlys Prosser (Mayor) and Councillors G Bevan, H Caddick, L Daniels, R Evans, S Gwilym, M Hopkin, C Jenkins, T Lloyd, A Morgan, N Powell, D Rees, J Tudor and B Watkins"),
                ("Officers:", "Chief Executive, Chief Officer Neighbourhood Services, Head of Democratic Services")],
    items=[
        item("C/24/08", "Apologies", ["Apologies were received from Councillors Ashworth and Pugh."]),
        item("C/24/09", "Declarations of Interest", ["None."]),
        item("C/24/10", "Questions from Members", [
            "Councillor Hopkin asked what was being done to fill the empty units in Pontypool Indoor Market. The Executive Member for Economy replied that four of the seven empty units had been let since October, and that new traders were being offered the first three months rent free.",
            "Councillor Lloyd asked whether the Blaenavon household waste recycling centre would keep its weekend opening hours. The Executive Member for Environment replied that there were no plans to change the opening hours at Blaenavon.",
        ]),
        item("C/24/11", "Recycling Performance and Food Waste", [
            "The Executive Member for Environment reported that Torfaen had recycled 64.8 per cent of household waste in the first half of the year. Weekly food waste collections remained the largest single contributor, and participation in the food waste service had reached 61 per cent of households.",
            "To raise this further, free compostable caddy liners would be delivered to every household in March, paid for by the Welsh Government's circular economy grant.",
            "The Executive Member added that a review of collection routes is to be commissioned later in the year to see whether food waste rounds could be reorganised to reduce mileage.",
        ]),
        item("C/24/12", "Notice of Motion: Cwmbran Town Centre Toilets", [
            "Councillor Caddick moved, and Councillor Gwilym seconded, a motion calling on the Council to keep the public toilets at Cwmbran bus station open until 8pm. An amendment moved by Councillor Tudor, seconded by Councillor Morgan, proposed that opening hours be considered as part of the budget instead.",
            "On being put to the vote the amendment was carried by 24 votes to 13, with 2 abstentions, and became the substantive motion, which was then agreed.",
        ]),
        item("C/24/13", "Council Tax Base 2024/25", ["RESOLVED that the council tax base for 2024/25 be set at 30,612.4 Band D equivalent properties."]),
    ],
    closing=["The meeting closed at 4.20 pm."],
    header="Council - 30.01.2024",
    footer=["Page {n}", "Torfaen County Borough Council - Cyngor Bwrdeistref Sirol Torfaen"])

doc(name="PerthKinross_EIED_2023-11-08", form="pdf-minutes",
    council="Perth and Kinross Council", stated="yes",
    committee="Environment, Infrastructure and Economic Development Committee", date="2023-11-08",
    pdf_title="EIED Committee minute 8 November 2023", pdf_author="Perth and Kinross Council",
    title_lines=["PERTH AND KINROSS COUNCIL",
                 "Environment, Infrastructure and Economic Development Committee",
                 "Minute of meeting of the Environment, Infrastructure and Economic Development Committee held in the Council Chamber, 2 High Street, Perth on Wednesday 8 November 2023 at 10.00am."],
    attendance=[("Present:", "Councillors A Drummond, K Fotheringham, I Guthrie, S Lindores, F McAllister, R Moncrieff, P Rattray, J Strachan and W Wemyss."),
                ("In Attendance:", "Strategic Lead (Economy, Development and Planning); Service Manager (Communities)."),
                ("Councillor Drummond, Convener, Presiding.", "")],
    items=[
        item("628.", "WELCOME AND APOLOGIES", ["The Convener welcomed everyone to the meeting. Apologies were submitted on behalf of Councillor Hendry."]),
        item("629.", "DECLARATIONS OF INTEREST", ["There were no declarations of interest."]),
        item("630.", "MINUTES", ["The minute of the meeting held on 30 August 2023 was submitted and approved as a correct record."]),
        item("631.", "WARM SPACES WINTER 2023/24", [
            "There was submitted a report by the Strategic Lead seeking approval to continue the warm spaces network for a second winter.",
            "The Service Manager explained that 28 warm spaces had operated across Perth and Kinross last winter, in libraries, church halls and community centres, including the A.K. Bell Library in Perth and Birnam Arts in Dunkeld.",
            "In Perth city, the warm spaces had recorded 9,750 visits between November and March.",
            "Resolved: (i) The warm spaces network be continued from 13 November 2023 to 31 March 2024. (ii) A grant of up to £1,500 be offered to each host venue towards heating and refreshments.",
        ]),
        item("632.", "PERTH CITY CENTRE ACTIVE TRAVEL: SOUTH STREET", [
            "There was submitted a report on proposals for a segregated cycle lane on South Street, Perth. Following a consultation that drew 1,204 responses, the Committee agreed that detailed design work should proceed, with construction not before 2025.",
        ]),
        item("633.", "CRIEFF ROAD SAFETY", ["The Committee agreed to introduce a 30mph limit on Ferntower Road, Crieff."]),
    ],
    closing=["~~~~~~"],
    header="PERTH AND KINROSS COUNCIL - EIED COMMITTEE - 8 NOVEMBER 2023",
    footer=["{n}"])

doc(name="Hull_NorthCarrAreaCommittee_19072023", form="pdf-minutes",
    council="Hull City Council", stated="yes", committee="North Carr Area Committee", date="2023-07-19",
    pdf_title="North Carr Area Committee Minutes", pdf_author="Hull City Council",
    title_lines=["Hull City Council",
                 "North Carr Area Committee",
                 "19th July 2023",
                 "Held at Bransholme Community Centre, Goodhart Road"],
    attendance=[("PRESENT:-", "Councillors Kavanagh (Chair), Binns, Dearlove, Goodridge, Lister, Petch and Sowerby.")],
    items=[
        item("NC 14", "APOLOGIES", ["No apologies were received."]),
        item("NC 15", "DECLARATIONS OF INTEREST", ["No declarations of interest were made."]),
        item("NC 16", "PUBLIC QUESTION TIME", [
            "A resident of Kingswood asked whether anything could be done about motorbikes being ridden on the Foredyke Stream bank. The Neighbourhood Inspector replied that three off road bikes had been seized in the area since May and that extra patrols would run during the school holidays.",
        ]),
        item("NC 17", "ELECTRIC VEHICLE CHARGE POINTS", [
            "The Committee received a report on proposals for public charge points in the North Carr area.",
            "Fourteen charge points would be installed in the car park at North Point Shopping Centre, with a further six at Bransholme Health Centre, by Carrbridge Charging Solutions under the city wide contract.",
            "Councillor Dearlove asked what the charging tariff would be. The officer explained that the tariff had not yet been set and would be agreed with the operator before the points went live.",
            "Agreed - that the Committee supports the locations proposed in the report.",
        ]),
        item("NC 18", "WARD BUDGET ALLOCATIONS", [
            "Agreed - that £4,200 be allocated from the ward budget for new litter bins on Wawne Road and £2,750 for planters at Noddle Hill Way.",
        ]),
    ],
    closing=["Councillor Kavanagh, Chair"],
    header="North Carr Area Committee - 19 July 2023",
    footer=["Page {n} of {total}"])


# ============================================================================ Public Document Packs (PDF)

doc(name="Suffolk_ScrutinyCommittee_18Jan2024_PublicPack", form="pdf-pack",
    council="Suffolk County Council", stated="yes", committee="Scrutiny Committee", date="2024-01-18",
    pdf_title="(Public Pack)Agenda Document for Scrutiny Committee, 18/01/2024 10:00",
    pdf_author="Suffolk County Council",
    cover=["Scrutiny Committee", "Suffolk County Council",
           "Date: Thursday, 18 January 2024", "Venue: Rose Room, Endeavour House, 8 Russell Road, Ipswich"],
    cover_body=["Time: 10:00 am",
                "Membership: Councillor Keith Attwell (Chairman), Councillor Yvonne Brightwell (Vice-Chairman), Councillors Oliver Chennery, Susan Dunstable, Paul Everitt, Rachel Garrod, Mark Hensby and Tessa Linstead.",
                "For enquiries please contact Hollie Raddings, Democratic Services, Endeavour House, Ipswich IP1 2BX."],
    agenda=[("1", "Apologies for Absence and Substitutions"),
            ("2", "Declarations of Interest and Dispensations"),
            ("3", "Minutes of the previous meeting held on 9 November 2023 ({minutes})"),
            ("4", "Warm Welcome Spaces: Review of Winter 2022/23 ({report})"),
            ("5", "Forward Work Programme")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["Unconfirmed", "Minutes of the meeting of the Scrutiny Committee held on 9 November 2023 at 10:00 am in the Rose Room, Endeavour House, Ipswich."],
    prev_items=[
        item("12", "Public Participation Session", [
            "Ms Felicity Harker of Stowmarket asked why the bus stop outside Stowmarket railway station had lost its real time display. The Cabinet Member for Transport replied that the display had been damaged in a collision in August and that a replacement had been ordered and would be fitted by the end of December.",
        ]),
        item("13", "Home to School Transport", [
            "The Committee examined the rising cost of home to school transport. Members heard that the number of children eligible for special educational needs transport had risen by 11 per cent in a year.",
            "Recommendation: that the Cabinet Member reports back on independent travel training in six months.",
        ]),
    ],
    report=report(
        ["Scrutiny Committee", "Report Title: Warm Welcome Spaces: Review of Winter 2022/23", "Meeting Date: 18 January 2024"],
        [("Lead Councillor:", "Councillor Dorothy Whitlock, Cabinet Member for Communities"),
         ("Director:", "Simon Carrow, Director of Public Health and Communities"),
         ("Author:", "Anneka Bloomfield, Communities Manager")],
        [("1. Brief summary of report", [
            "1.1 This report reviews the Warm Welcome Spaces offered in Suffolk during the winter of 2022/23 and sets out what is being provided this winter.",
         ]),
         ("2. What is the Committee being asked to do?", [
            "2.1 The Committee is asked to consider the information in this report and agree any recommendations to the Cabinet.",
         ]),
         ("3. Background", [
            "3.1 Warm Welcome Spaces are free, heated places where anyone can spend time during the day, with a hot drink and company. They are run by parish councils, churches, libraries and voluntary groups.",
            "3.2 In winter 2022/23, 196 Warm Welcome Spaces were registered across Suffolk, of which 41 were in Suffolk Libraries branches.",
         ]),
         ("4. Funding", [
            "4.1 Each registered space could claim a grant of £750 from the Household Support Fund towards heating, lighting and refreshments.",
            "4.2 For winter 2023/24 the grant has been reduced to £500 per space because the Household Support Fund allocation for the county is lower.",
         ]),
         ("5. What visitors told us", [
            "5.1 A feedback survey completed by 1,318 visitors found that loneliness, rather than the cost of heating, was the main reason most people came, and that many visitors would like the spaces to stay open all year round.",
            "5.2 Hosts reported that volunteers were the biggest pressure, with several spaces closing early in February because they had no one to open them.",
         ])]),
    footer=["Page {n}"], number_offset=1)

doc(name="Brentwood_EEHCommittee_28-11-2023_Pack", form="pdf-pack",
    council="Brentwood Borough Council", stated="yes", committee="Environment, Enforcement and Housing Committee",
    date="2023-11-28",
    pdf_title="Agenda - Environment, Enforcement and Housing Committee", pdf_author="Brentwood Borough Council",
    cover=["Brentwood Borough Council", "Environment, Enforcement and Housing Committee",
           "Tuesday 28th November 2023 at 7.00pm", "Council Chamber, Town Hall, Ingrave Road, Brentwood CM15 8AY"],
    cover_body=["Members of the Committee: Cllr Lionel Fairweather (Chair), Cllr Annette Quorn (Vice Chair), Cllrs D Bickersteth, H Cloke, R Dymond, S Mabey and P Truscott.",
                "Please contact Nadia Elsworth, Corporate and Democratic Services, if you have any questions about this agenda.",
                "Malcolm Tresize, Chief Executive"],
    agenda=[("1", "Apologies for Absence"),
            ("2", "Minutes of the Previous Meeting ({minutes})"),
            ("3", "Declarations of Interest"),
            ("4", "Tackling Fly-Tipping: Enforcement Update ({report})"),
            ("5", "Urgent Business")],
    marks=["Agenda Item 2", "Agenda Item 4"],
    prev_title_lines=["Minutes", "Environment, Enforcement and Housing Committee", "Tuesday 19th September 2023"],
    prev_items=[
        item("186.", "Apologies for Absence", ["Apologies were received from Cllr Truscott."]),
        item("187.", "Housing Allocations Policy", [
            "The Committee considered changes to the housing allocations policy. Cllr Dymond moved the recommendation, seconded by Cllr Cloke, and it was RESOLVED unanimously to consult on the revised policy for eight weeks.",
        ]),
        item("188.", "King George's Playing Fields Car Park", [
            "Members noted that resurfacing of the car park at King George's Playing Fields had been completed in August at a cost of £58,400.",
        ]),
    ],
    report=report(
        ["Tackling Fly-Tipping: Enforcement Update", "Environment, Enforcement and Housing Committee", "28 November 2023"],
        [("Report of:", "Corporate Director, Place"),
         ("Wards affected:", "All"),
         ("This report is:", "Public")],
        [("1. Executive Summary", [
            "1.1 This report updates Members on action taken against fly-tipping in the borough and seeks approval to raise the fixed penalty for small scale fly-tipping.",
         ]),
         ("2. Recommendations", [
            "2.1 That the fixed penalty for small scale fly-tipping be raised from £400 to £1,000 from 1 January 2024, with a reduced amount of £600 if paid within ten days.",
            "2.2 That two further mobile CCTV cameras be purchased for use at fly-tipping hotspots.",
         ]),
         ("3. Introduction and Background", [
            "3.1 In 2022/23 the Council cleared 1,046 fly-tips, most of them black bags and household furniture left in lay-bys and on rural lanes.",
            "3.2 The worst affected locations were Hook End Road, Kelvedon Hatch and lay-bys on the A128 near Ingrave.",
         ]),
         ("4. Issue, Options and Analysis of Options", [
            "4.1 Since April 2023 the Council has issued 37 fixed penalty notices and secured two prosecutions at Chelmsford Magistrates Court.",
            "4.2 Officers intend to carry out a review of the effectiveness of the mobile cameras once they have been in place for twelve months.",
            "4.3 The two additional cameras would cost £9,600 and would be funded from the enforcement reserve.",
         ]),
         ("5. Consultation", [
            "5.1 Parish councils were consulted through the Brentwood Parish Forum and supported the higher penalty.",
         ])]),
    footer=["Page {n}"], number_offset=1)

doc(name="Harlow_Cabinet_21March2024_AgendaPack", form="pdf-pack",
    council="Harlow Council", stated="yes", committee="Cabinet", date="2024-03-21",
    pdf_title="Cabinet Agenda Pack 21 March 2024", pdf_author="Harlow Council",
    cover=["HARLOW COUNCIL", "CABINET", "THURSDAY 21 MARCH 2024 AT 7.30 PM",
           "COUNCIL CHAMBER, CIVIC CENTRE, THE WATER GARDENS, HARLOW CM20 1WG"],
    cover_body=["Members: Councillors Thaddeus Orme (Chair), Beatrix Crowle, Duncan Farrant, Helena Kibble, Marcus Penhaligon and Zara Whitmore.",
                "Enquiries: Rhiannon Stroud, Governance Services, Civic Centre, Harlow."],
    agenda=[("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes ({minutes})"),
            ("4", "Town Park Water Play Area ({report})"),
            ("5", "Matters of Urgent Business")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["MINUTES OF THE CABINET", "HELD ON 25 January 2024"],
    prev_items=[
        item("CAB 34", "WRITTEN QUESTIONS FROM MEMBERS OF THE PUBLIC", [
            "Mr Terrence Balls asked what the Council was doing about fly-tipping behind the shops at Bush Fair. Councillor Kibble replied that hidden cameras had been installed at the service road behind Bush Fair in December and that two people had since been fined £400 each.",
        ]),
        item("CAB 35", "HOUSING REPAIRS CONTRACT", [
            "Cabinet agreed to extend the responsive repairs contract with Stortmere Property Services Ltd for a further year to allow a full review of the service.",
        ]),
    ],
    report=report(
        ["REPORT TO:  CABINET", "DATE:  21 MARCH 2024", "TITLE:  TOWN PARK WATER PLAY AREA"],
        [("PORTFOLIO HOLDER:", "Councillor Zara Whitmore, Portfolio Holder for Leisure and Wellbeing"),
         ("LEAD OFFICER:", "Head of Community Wellbeing"),
         ("KEY DECISION:", "Yes")],
        [("RECOMMENDED that:", [
            "A Cabinet approves the construction of a water play area in Harlow Town Park next to the Pets Corner at a cost of £386,000.",
            "B Cabinet appoints Fenmoor Play Systems Ltd as the designer and installer.",
         ]),
         ("REASON FOR DECISION", [
            "A The paddling pool in Harlow Town Park was closed in 2019 because it could not be kept safe and clean, and residents have repeatedly asked for water play to return to the park.",
         ]),
         ("BACKGROUND", [
            "1. The proposed water play area would have 24 jets and sprays that switch on when children step on them, and would recycle its water through a filtration plant housed in a small kiosk.",
            "2. It would open daily from late May to mid September, and would be free to use.",
            "3. The existing splash pad at Staple Tye play area, which has 8 jets, attracted around 11,000 visits last summer.",
         ]),
         ("IMPLICATIONS", [
            "4. The scheme would be funded by £250,000 of section 106 contributions from housing developments at Gilston and £136,000 from the Council's capital programme.",
            "5. Running costs of about £18,000 a year, mainly water and electricity, would be met from the parks budget.",
         ])]),
    footer=["Page {n}"], number_offset=1)


# ============================================================================ Word reports

doc(name="Cambridgeshire_HighwaysTransport_05Dec2023_HighwayTrees", form="docx-report",
    council="Cambridgeshire County Council", stated="yes", committee="Highways and Transport Committee",
    date="2023-12-05",
    docx_author="Cambridgeshire County Council",
    letterhead=["Cambridgeshire County Council", "New Shire Hall, Emery Crescent, Enterprise Campus, Alconbury Weald, Huntingdon PE28 4YE"],
    report=report(
        ["Highway Tree Planting and Maintenance Policy",
         "To: Highways and Transport Committee",
         "Meeting Date: 5 December 2023"],
        [("From:", "Executive Director, Place and Sustainability"),
         ("Electoral division(s):", "All"),
         ("Key decision:", "No"),
         ("Outcome:", "A revised policy for planting and caring for trees on the highway."),
         ("Recommendation:", "The Committee is recommended to adopt the revised Highway Tree Planting and Maintenance Policy.")],
        [("1. Background", [
            "1.1 The County Council is responsible for around 52,000 trees growing on highway land, from mature limes on city streets to hedgerow oaks along rural roads.",
            "1.2 The current policy dates from 2016 and does not reflect the Council's commitment to doubling tree canopy cover.",
         ]),
         ("2. Main Issues", [
            "2.1 Under the revised policy, two new trees would be planted for every highway tree that has to be felled, wherever possible in the same street or parish.",
            "2.2 In 2024/25 the Council plans to plant 1,400 highway trees, with the largest numbers in Wisbech, March and Huntingdon, where street tree cover is lowest.",
            "2.3 Ash dieback remains the biggest threat to highway trees. Inspections in 2023 identified about 3,900 ash trees next to roads that are likely to need felling in the next five years.",
            "2.4 Whether the Council can afford to replace all of these trees is not yet known, because the cost of felling and replanting will depend on the outcome of a national funding bid due to be announced next summer.",
         ]),
         ("3. Funding", [
            "3.1 Planting in 2024/25 will be paid for from the Council's climate change capital fund, with Town and Parish Councils able to sponsor additional trees at £350 each.",
         ]),
         ("4. Maintenance", [
            "4.1 Newly planted trees will be watered fortnightly from May to September for their first three years by the Council's tree contractor, Greenbrook Arboriculture Ltd.",
         ]),
         ("5. Alternative Options Considered", [
            "5.1 Retaining the 2016 policy was considered but rejected because it replaces felled trees on a one for one basis only.",
         ]),
         ("6. Source Documents", [
            "6.1 Highway Tree Planting and Maintenance Policy 2016.",
         ])]),
    header="Agenda Item No: 9",
    footer=["Page 1 of 1", "Cambridgeshire County Council - Highways and Transport Committee"])

doc(name="Wrexham_ExecutiveBoard_13-02-2024_HighwayMaintenance", form="docx-report",
    council="Wrexham County Borough Council", stated="yes", committee="Executive Board", date="2024-02-13",
    docx_author="Wrexham County Borough Council",
    letterhead=["Wrexham County Borough Council - Cyngor Bwrdeistref Sirol Wrecsam"],
    report=report(
        ["Report to Executive Board",
         "Date of Meeting: 13 February 2024",
         "Report Title: Highway Maintenance: Carriageway Resurfacing and Pothole Repair Programme 2024/25"],
        [("Report Number:", "ENV/04/24"),
         ("Lead Member:", "Lead Member for Environment and Transport"),
         ("Lead Officer:", "Chief Officer Environment and Technical"),
         ("Contact Officer:", "Highways Asset Manager"),
         ("Key Decision:", "Yes")],
        [("1. Purpose of the Report", [
            "1.1 To seek approval for the carriageway resurfacing and pothole repair programme for 2024/25.",
         ]),
         ("2. Executive Summary", [
            "2.1 The condition of Wrexham's roads has worsened after two wet winters. The programme proposes spending £3.6 million on resurfacing 41 roads and a further £900,000 on pothole repairs.",
         ]),
         ("3. Recommendations", [
            "3.1 That the Executive Board approves the programme in Appendix 1.",
            "3.2 That the Chief Officer be authorised to vary the programme where emergency repairs are needed.",
         ]),
         ("4. Reasons for Recommendations", [
            "4.1 Planned resurfacing is cheaper in the long run than repeatedly patching the same roads.",
         ]),
         ("5. Background Information", [
            "5.1 Roads have been ranked using the annual condition survey together with reports from residents and councillors.",
            "5.2 Priority schemes include Holt Road in Wrexham, the B5605 through Rhosllanerchrugog and High Street in Gresford.",
            "5.3 A new approach to pothole repairs will be introduced in 2024/25: instead of filling single potholes, crews will repair a whole section of road in one visit, using a spray injection patching machine hired from Clywedog Highway Plant Ltd.",
            "5.4 Works on roads near schools will be scheduled during school holidays wherever possible.",
         ]),
         ("6. Consultation", [
            "6.1 Community councils were invited to suggest roads for inclusion in the programme during October 2023.",
         ])]),
    header="Wrexham County Borough Council - Executive Board - 13/02/2024",
    footer=["OFFICIAL", "Page 1"])


# ============================================================================ Word minutes

doc(name="Broadland_OverviewScrutiny_24Oct2023_Minutes", form="docx-minutes",
    council="Broadland District Council", stated="yes", committee="Overview and Scrutiny Committee", date="2023-10-24",
    docx_author="Broadland District Council",
    title_lines=["Broadland District Council",
                 "Minutes of a meeting of the Overview and Scrutiny Committee of Broadland District Council, held at The Horizon Centre, Peachman Way, Broadland Business Park, Norwich, on Tuesday 24 October 2023 at 10am."],
    attendance=[("Committee Members Present:", "Councillors: Dominic Ashworth (Chairman), Celia Brundall, Neville Copping, Harriet Eldridge, Stanley Fewster, Imogen Rackham and Quentin Yaxley."),
                ("Other Members in Attendance:", "Councillor Wilfred Hemsby (Portfolio Holder for Environmental Excellence).")],
    items=[
        item("44", "Declarations of interest", ["No declarations of interest were made."]),
        item("45", "Minutes", ["The minutes of the meeting held on 26 September 2023 were agreed as a correct record."]),
        item("46", "Food Waste Collection Trial", [
            "The Portfolio Holder introduced the report, which reviewed the first year of the food waste collection trial in Aylsham, Acle and Sprowston.",
            "Some 4,300 households had taken part, and an average of 2.1 kilograms of food waste had been collected from each participating household every week.",
            "Members asked why the trial had not included Reepham. The Portfolio Holder explained that Reepham's narrow streets would have needed a smaller vehicle that was not available when the trial began.",
            "The Committee heard that a district wide consultation on extending the service is planned for spring 2024, and that the Cabinet would decide on any extension after the consultation.",
            "RESOLVED to recommend to Cabinet that the trial be continued until the end of March 2025.",
        ]),
        item("47", "Community Grants Scheme", [
            "Members reviewed the community grants scheme. In 2022/23, 58 grants had been awarded, totalling £182,000, with the largest going to village halls for energy saving improvements.",
        ]),
        item("48", "Work Programme", ["The Committee agreed its work programme."]),
    ],
    closing=["The meeting closed at 12.15pm", "Chairman"],
    header="Overview and Scrutiny Committee - 24 October 2023",
    footer=["Broadland District Council", "Page 1"])

doc(name="ArgyllBute_OLIAreaCommittee_06122023", form="docx-minutes",
    council="Argyll and Bute Council", stated="yes", committee="Oban, Lorn and the Isles Area Committee",
    date="2023-12-06",
    docx_author="Argyll and Bute Council",
    title_lines=["MINUTES of MEETING of OBAN, LORN AND THE ISLES AREA COMMITTEE held in the CORRAN HALLS, OBAN on WEDNESDAY, 6 DECEMBER 2023",
                 "ARGYLL AND BUTE COUNCIL"],
    attendance=[("Present:", "Councillor Catriona MacInnes (Chair), Councillor Alasdair Boyd, Councillor Ewan Colquhoun, Councillor Morag Dunlop, Councillor Fergus Lamont, Councillor Iain Tolmie."),
                ("Attending:", "Roads and Infrastructure Services Manager; Area Committee Manager; Harbour Master, Oban.")],
    items=[
        item("1.", "APOLOGIES FOR ABSENCE", ["Apologies were intimated on behalf of Councillor Rennie."]),
        item("2.", "DECLARATIONS OF INTEREST", ["There were no declarations of interest."]),
        item("3.", "PUBLIC AND COUNCILLORS QUESTION TIME", [
            "Mrs Isla Galbraith asked when the ferry waiting room at the North Pier would reopen. The Harbour Master replied that new doors and heaters were being fitted and that the waiting room would reopen before Christmas.",
            "Councillor Dunlop asked whether gritting of the road to Ganavan would be increased. The Roads Manager said the route was on the secondary gritting network and would be treated after primary routes during severe weather.",
        ]),
        item("4.", "OBAN CAR PARKING CHARGES", [
            "The Committee considered a report on parking charges in Oban's council car parks, following concerns from businesses about summer congestion.",
            "The Roads and Infrastructure Services Manager recommended that the charge at the Longsdale Road car park rise to £1.40 per hour and that charging hours at the Albany Street car park be extended to 8pm between April and October.",
            "Motion: Councillor Boyd, seconded by Councillor Lamont, moved that the Committee agree the recommendations.",
            "Amendment: Councillor Tolmie, seconded by Councillor Colquhoun, moved that charges remain at current levels until a review of parking across the town is completed.",
            "On a show of hands, 4 Members voted for the Motion and 2 for the Amendment. The Motion was carried and the Committee resolved accordingly.",
        ]),
        item("5.", "NORTH PIER PONTOONS", [
            "The Harbour Master reported that the North Pier pontoons had received 2,960 visiting yacht nights in the 2023 season, and that income had covered the cost of a new fuel berth.",
        ]),
        item("6.", "AREA SCORECARD - FQ2 2023/24", ["The Committee noted the area scorecard."]),
    ],
    closing=["Chair"],
    header="ARGYLL AND BUTE COUNCIL - OLI AREA COMMITTEE - 6 DECEMBER 2023",
    footer=["Page 1"])


# ============================================================================ plain text

doc(name="WestDevon_HubCommittee_21Nov2023", form="txt",
    council="West Devon Borough Council", stated="yes", committee="Hub Committee", date="2023-11-21",
    title_lines=["WEST DEVON BOROUGH COUNCIL",
                 "",
                 "MINUTES OF A MEETING OF THE HUB COMMITTEE",
                 "HELD IN THE CHAMBER, KILWORTHY PARK, TAVISTOCK",
                 "ON TUESDAY 21 NOVEMBER 2023 AT 2.00 PM"],
    attendance=[("Present:", "Cllr Philippa Ravenscroft (Leader, in the Chair), Cllrs Bartholomew Coombe, Edith Penwarden, Gordon Luxton, Ruth Sprague, Clive Yeo."),
                ("Officers in attendance:", "Head of Paid Service, Director of Place, Head of Housing, Democratic Services Manager."),
                ("Also in attendance:", "Cllr Oliver Hext (non-Hub Member).")],
    items=[
        item("HC 51", "Apologies", ["There were no apologies."]),
        item("HC 52", "Declarations of Interest", ["Cllr Yeo declared an interest in HC 54 as a trustee of Okehampton Community Hub and left the meeting for that item."]),
        item("HC 53", "Public Question Time", [
            "A member of the public from Lydford asked whether the Council would install a defibrillator at the public toilets by the gorge car park. The Leader replied that the Council would fund one defibrillator in Lydford and that the parish council had been asked to suggest a location.",
        ]),
        item("HC 54", "Cost of Living Support: Warm Hubs", [
            "The Head of Housing presented the report, which proposed grants to community groups running warm hubs this winter.",
            "Twelve warm hubs would open across the borough, in places such as Okehampton, Tavistock, Hatherleigh and Princetown, each receiving a grant of £1,200.",
            "Members asked about rural areas without a village hall. The Head of Housing said that a mobile warm hub using a converted bus was being considered, but that whether it would go ahead was not yet known because a driver and insurance had still to be found.",
            "It was RESOLVED that the warm hub grants be approved, funded from the Household Support Fund.",
        ]),
        item("HC 55", "Tavistock Pannier Market Roof", [
            "The Hub Committee agreed to spend £74,000 on urgent repairs to the roof of Tavistock Pannier Market, to be carried out in January so that the market can stay open during the Christmas trading period.",
        ]),
    ],
    closing=["", "(Meeting commenced at 2.00 pm and concluded at 3.40 pm)", "", "Chairman"])
