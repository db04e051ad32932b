"""The documents of bench/heldout17: invented business of real UK councils.

Every word of the business, the people and the figures is invented for this set; the councils,
their towns, parks and buildings are real, and the layouts are heldout5's forms. make_heldout17.py
draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers; truth.csv is written
from `council`, `stated` (how the text names the council: `yes` in full), `committee` and `date` (the
meeting's, ISO). The content format is heldout5's (as in heldout16's content.py); the words are this
set's own.
"""
from __future__ import annotations


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


DOCUMENTS: list[dict] = []


def doc(**fields) -> None:
    DOCUMENTS.append(fields)


# =========================================================================== ModernGov meeting pages

doc(
    name="ieListDocuments_CId144_MId6120_Worcestershire_Cabinet", form="mg-meeting",
    council="Worcestershire County Council", stated="yes", committee="Cabinet", date="2022-06-16",
    site=site("Worcestershire County Council", "https://worcestershire.moderngov.co.uk",
              "County Hall, Spetchley Road, Worcester, WR5 2NP", "© Worcestershire County Council 2022",
              menu=["Home", "Your councillors", "Meetings", "Forward plan", "Decisions", "Search"],
              breadcrumb=["Home", "Committees", "Cabinet", "Meeting"]),
    heading="Cabinet - Thursday, 16th June, 2022 10.00 am",
    venue="Council Chamber, County Hall, Worcester",
    contact="Legal and Democratic Services. Email: democraticservices@worcestershire.gov.uk",
    items=[
        item("1", "Apologies and Declarations of Interest", [
            "Apologies were received from Councillor Ombersley. No interests were declared."]),
        item("4", "Worcester Woods Country Park - Car Park Extension and Visitor Centre Works", [
            "The Cabinet Member with Responsibility for Environment introduced the report. Worcester Woods "
            "Country Park, beside County Hall, had become far busier since 2020, and on fine weekends the car "
            "park was regularly full by ten in the morning.",
            "A count carried out by officers on a Sunday in May had recorded 640 cars trying to park against 210 "
            "marked spaces, with the overflow left on the verges of Spetchley Road and Nunnery Way.",
            "The scheme would add an extra 150 spaces on the grassed area south of the visitor centre, laid "
            "with a reinforced grass system rather than tarmac, together with 12 blue badge bays beside the "
            "entrance path.",
            "Five bids had been received. Teme Valley Surfacing Ltd had offered the best combination of price "
            "and quality and had laid similar grass-reinforced car parks at two National Trust properties.",
            "The works were estimated at £865,000. Of this, £310,000 would come from developer contributions "
            "paid for housing at Worcester South, and the remainder from the Council's capital programme.",
            "Councillor Hallow asked when the café in the visitor centre would open its doors again, as it had "
            "been closed since the previous tenant left in the autumn. The Cabinet Member replied that no "
            "reopening date could be given: a new operator had still to be found, and the lease would be "
            "advertised over the summer.",
            "RESOLVED that:",
            "(a) the car park extension at Worcester Woods Country Park be approved at an estimated cost of "
            "£865,000;",
            "(b) the contract be awarded to Teme Valley Surfacing Ltd."],
            links=[("Worcester Woods car park report", "912 KB"), ("Layout plan", "1 MB")]),
        item("5", "On-Street Electric Vehicle Charging", [
            "Cabinet considered a report on charging points for residents without driveways.",
            "RESOLVED that 96 on-street electric vehicle charge points be installed in Malvern, Bromsgrove "
            "and Evesham during 2022/23, funded from the Government's On-street Residential Chargepoint Scheme."],
            links=[("On-street charging report", "356 KB")]),
    ],
)

doc(
    name="ieListDocuments_CId152_MId4873_Sandwell_Cabinet", form="mg-meeting",
    council="Sandwell Metropolitan Borough Council", stated="yes", committee="Cabinet", date="2022-01-19",
    site=site("Sandwell Metropolitan Borough Council", "https://sandwell.moderngov.co.uk",
              "Sandwell Council House, Freeth Street, Oldbury, B69 3DE",
              "© Sandwell Metropolitan Borough Council 2022",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Petitions"],
              breadcrumb=["Home", "Meetings", "Cabinet", "Agenda and minutes"]),
    heading="Cabinet - Wednesday, 19th January, 2022 3.30 pm",
    venue="Council Chamber, Sandwell Council House, Oldbury",
    contact="Democratic Services Unit. Tel: 0121 569 3896",
    items=[
        item("6/22", "Minutes", [
            "Resolved that the minutes of the meeting held on 15 December 2021 be confirmed as a correct record."]),
        item("7/22", "Sandwell Valley Country Park - Forge Mill Lake Access Improvements", [
            "The Cabinet Member for Leisure and Tourism presented proposals to improve the paths and bird "
            "watching facilities around Forge Mill Lake in Sandwell Valley.",
            "A public consultation had been held in the autumn. Of the 1,130 people who took part, 71 per cent "
            "said the path around the lake was too muddy to use between November and March, and many asked for "
            "more benches along the northern shore.",
            "The scheme would resurface 2.4 kilometres of path, replace the two timber bird hides on the "
            "eastern bank and add an accessible viewing platform near the RSPB visitor centre.",
            "The National Lottery Heritage Fund had awarded £420,000 towards the scheme, and the Council would "
            "add £185,000 from its own capital budget.",
            "Following a tender exercise, the works would be carried out by Black Country Landscapes Ltd, which "
            "had submitted the most economically advantageous bid.",
            "The old barn at Forge Mill Farm, which it was hoped to convert into a classroom for school "
            "visits, was also discussed. Before any work on its roof could be agreed, a bat survey will be "
            "carried out in April by the Council's ecologist, and a further report will come to Cabinet once "
            "the survey is complete.",
            "Resolved:",
            "(1) that the Forge Mill Lake access improvements be approved at a total cost of £605,000;",
            "(2) that the contract be awarded to Black Country Landscapes Ltd."],
            links=[("Forge Mill Lake report", "1 MB"), ("Consultation summary", "540 KB")]),
        item("8/22", "Portway Lifestyle Centre - Pool Hall Roof", [
            "Cabinet considered the condition of the roof over the main pool at Portway Lifestyle Centre in "
            "Oldbury, where leaks had closed the pool on several days in the winter.",
            "Resolved that the pool hall roof at Portway Lifestyle Centre be replaced at a cost of £1.2 million, "
            "with the pool closed from May to August 2022 while the work is done."],
            links=[("Portway roof report", "420 KB")]),
    ],
)

doc(
    name="ieListDocuments_CId133_MId9012_Redbridge_Cabinet", form="mg-meeting",
    council="London Borough of Redbridge", stated="yes", committee="Cabinet", date="2023-03-14",
    site=site("London Borough of Redbridge", "https://democracy.redbridge.gov.uk",
              "Town Hall, 128-142 High Road, Ilford, IG1 1DD", "© London Borough of Redbridge 2023",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Consultations", "Contact us"],
              breadcrumb=["Home", "Meetings", "Cabinet"]),
    heading="Cabinet - Tuesday, 14th March, 2023 7.00 pm",
    venue="Council Chamber, Town Hall, Ilford",
    contact="Committee Services. Email: committee.services@redbridge.gov.uk",
    outcome_label="Decision:",
    items=[
        item("91.", "Declarations of Interest", ["There were none."]),
        item("94.", "Parks Investment Programme 2023/24", [
            "The Cabinet Member for Culture, Leisure and Heritage introduced the programme of work in the "
            "borough's parks for the coming year.",
            "Valentines Park had received 1.8 million visits in 2022, more than any other park in the borough. "
            "Silt had built up in the boating lake to the point where the pedalos could no longer be used at its "
            "shallow western end, and the lake would be dredged in the autumn at a cost of £275,000.",
            "At Clayhall Park the old play area, which had been closed in part since a fire in 2021, would be "
            "replaced with a new play area for children up to twelve, costing £340,000.",
            "A new surfaced cycle path would also be laid around the lakes at Fairlop Waters Country Park, to "
            "link up with the existing route from Hainault Forest.",
            "The programme would be paid for from the Council's capital budget and the Strategic Community "
            "Infrastructure Levy.",
            "Having considered the report, Cabinet agreed:",
            "(1) the Parks Investment Programme 2023/24 as set out in Appendix A;",
            "(2) that the dredging of the Valentines Park boating lake be carried out by Roding Waterways Ltd."],
            links=[("Parks Investment Programme report", "1 MB"), ("Appendix A - Schemes", "210 KB")]),
        item("95.", "School Streets - Phase 3", [
            "Having considered the report, Cabinet agreed that eleven more School Streets be introduced from "
            "September 2023, closing roads outside primary schools to through traffic at the start and end of "
            "the school day."],
            links=[("School Streets report", "380 KB")]),
    ],
)

doc(
    name="ieListDocuments_CId120_MId3306_SouthGloucestershire_Cabinet", form="mg-meeting",
    council="South Gloucestershire Council", stated="yes", committee="Cabinet", date="2021-09-06",
    site=site("South Gloucestershire Council", "https://council.southglos.gov.uk",
              "Council Offices, Badminton Road, Yate, Bristol, BS37 5AF", "© South Gloucestershire Council 2021",
              menu=["Home", "Councillors", "Committees", "Meetings", "Forward plans", "Search documents"],
              breadcrumb=["Home", "Committees", "Cabinet", "Meeting details"]),
    heading="Cabinet - Monday, 6th September, 2021 2.00 pm",
    venue="Kingswood Civic Centre, High Street, Kingswood",
    contact="Democratic Services. Tel: 01454 868686",
    items=[
        item("CAB 31", "Minutes of the previous meeting", [
            "The minutes of the meeting held on 12 July 2021 were approved and signed."]),
        item("CAB 33", "Bristol and Bath Railway Path - Warmley to Mangotsfield Improvements", [
            "The Cabinet Member for Communities and Local Place introduced the report on the stretch of the "
            "Bristol and Bath Railway Path between Warmley and Mangotsfield.",
            "The automatic counter at Warmley station had recorded 1.3 million walking and cycling trips in the "
            "twelve months to June 2021, a rise of a third on the year before.",
            "The surface had broken up in many places where the roots of the trees planted along the old "
            "railway had lifted the tarmac, and there had been 26 reported falls from bicycles in two years.",
            "It was proposed to relay 3.1 kilometres of path, widen it to four metres where the old "
            "embankment allowed, and add low-level solar studs along the edges so that the route could be "
            "followed after dark without street lighting.",
            "The scheme would cost £1.48 million, of which £1.1 million would come from the Department for "
            "Transport's Active Travel Fund and the rest from the Council's highways capital programme.",
            "RESOLVED: That the Railway Path improvements between Warmley and Mangotsfield be approved, and that "
            "the Director of Environment and Community Services be authorised to award the contract."],
            links=[("Railway Path report", "1 MB"), ("Route plan", "2 MB")]),
        item("CAB 34", "Public Toilets in Thornbury and Kingswood", [
            "Cabinet considered a report on the two public toilet blocks still run by the Council.",
            "RESOLVED: That the public toilets in the St Mary Street car park, Thornbury, be demolished and "
            "replaced with a new block including a Changing Places toilet, at a cost of £290,000, and that the "
            "Kingswood toilets be refurbished."],
            links=[("Public toilets report", "298 KB")]),
    ],
)

doc(
    name="ieListDocuments_CId123_MId7741_Charnwood_Plans_Committee", form="mg-meeting",
    council="Charnwood Borough Council", stated="yes", committee="Plans Committee", date="2023-02-09",
    site=site("Charnwood Borough Council", "https://charnwood.moderngov.co.uk",
              "Southfield Road, Loughborough, Leicestershire, LE11 2TX", "© Charnwood Borough Council 2023",
              menu=["Home", "Councillors", "Meetings", "Planning", "Contact"],
              breadcrumb=["Home", "Meetings", "Plans Committee", "Meeting"]),
    heading="Plans Committee - Thursday, 9th February, 2023 6.00 pm",
    venue="Council Chamber, Southfield Road, Loughborough",
    contact="Democratic Services. Tel: 01509 634785",
    items=[
        item("57.", "Declarations", [
            "Councillor Woodhouse declared that she had spoken at a public meeting about application "
            "P/22/1651/2 and would not take part in the item."]),
        item("58.", "P/22/1651/2 - Land off Iveshead Road, Shepshed", [
            "Reserved matters for 118 dwellings, with public open space and a pumping station, following "
            "outline permission granted on appeal.",
            "The Principal Planning Officer reported that the layout had been changed since publication so that "
            "the play area sat further from the Iveshead Road frontage.",
            "A neighbour spoke against the application, raising the speed of traffic on Iveshead Road. The "
            "agent for the applicant, Soar Vale Homes Ltd, spoke in support.",
            "It was proposed by Councillor Barrow and seconded by Councillor Rearsby that the application "
            "be approved. On being put to the vote there were 8 votes for, 4 against and 1 abstention.",
            "RESOLVED that reserved matters be approved subject to the conditions in the report."]),
        item("59.", "P/22/1920/2 - 8 Market Place, Loughborough", [
            "Change of use of the former bank on the ground floor to a bar with live music, and installation of "
            "an extraction flue at the rear.",
            "Two residents of the flats in Biggin Street spoke against the application. Members discussed "
            "whether a closing time of 11 pm would be enough to protect the flats.",
            "RESOLVED that planning permission be refused because noise from amplified music would harm the "
            "living conditions of the residents of the flats above and beside the building."]),
        item("60.", "P/22/2034/2 - Quorn Village Hall, Station Road, Quorn", [
            "Single-storey extension to the side of the hall to form a kitchen and accessible toilet.",
            "RESOLVED that planning permission be granted subject to the conditions in the report."]),
        item("61.", "P/22/2107/2 - 114 Melton Road, Syston", [
            "Erection of four houses in the rear garden with access from Barkby Road.",
            "Members raised concerns about overlooking of the bungalows in Barkby Road. It was proposed by "
            "Councillor Cossington and seconded by Councillor Seagrave that the application be approved in line "
            "with the officer recommendation. There were 7 votes for and 5 against.",
            "RESOLVED that planning permission be granted subject to the conditions in the report, with a further "
            "condition requiring obscure glazing in the rear first-floor windows."]),
    ],
)

doc(
    name="ieListDocuments_CId129_MId2288_Caerphilly_Cabinet", form="mg-meeting",
    council="Caerphilly County Borough Council", stated="yes", committee="Cabinet", date="2019-07-10",
    site=site("Caerphilly County Borough Council", "https://democracy.caerphilly.gov.uk",
              "Penallta House, Tredomen Park, Ystrad Mynach, Hengoed, CF82 7PG",
              "© Caerphilly County Borough Council 2019",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Cymraeg"],
              breadcrumb=["Home", "Meetings", "Cabinet", "Agenda and decisions"]),
    heading="Cabinet - Wednesday, 10th July, 2019 10.30 am",
    venue="Sirhowy Room, Penallta House, Tredomen, Ystrad Mynach",
    contact="Committee Services. Tel: 01443 864000",
    items=[
        item("1.", "Apologies for Absence", [
            "Apologies for absence were received from Councillor Bedwas."]),
        item("5.", "Parc Cwm Darran - Camping Pods and Visitor Facilities", [
            "The Cabinet Member for Leisure Services presented a report seeking approval to develop overnight "
            "accommodation at Parc Cwm Darran, the country park on the site of the former Ogilvie colliery near "
            "Deri.",
            "A visitor survey carried out over the Easter holidays had shown that three in five visitors came "
            "from outside the county borough, and that the lack of anywhere to stay meant most left by "
            "mid-afternoon.",
            "Twelve camping pods would be built on the terrace above the lake, with a new shower block and a "
            "small shop in the existing visitor centre. The total cost was £520,000.",
            "The Welsh Government had offered £250,000 from its tourism amenity fund, and the remaining £270,000 "
            "would be met from the Council's reserves, to be paid back from the income of the pods.",
            "The pods would be supplied and built by Rhymney Timber Structures Ltd, appointed through the "
            "regional framework.",
            "Members asked about the condition of the dam at the southern end of the lake. Officers explained "
            "that a diver inspection of the dam outlet will take place in September under the Reservoirs Act, "
            "and its findings will be reported to the Cabinet Member when they are known.",
            "RESOLVED that the camping pods and visitor facilities at Parc Cwm Darran be approved at a cost of "
            "£520,000."],
            links=[("Parc Cwm Darran report", "802 KB")]),
        item("6.", "Roadside Verges - Pollinator Management", [
            "Cabinet received a report on changing the way the Council's roadside verges are cut to help bees "
            "and other pollinators.",
            "RESOLVED that 42 kilometres of road verges across the county borough be managed as wildflower "
            "meadows, with cutting reduced to once a year in September except where visibility splays are needed "
            "for safety."],
            links=[("Verge management report", "264 KB")]),
    ],
)

# =========================================================================== ModernGov item pages

doc(
    name="mgAi_ID48215_Bury_Cabinet", form="mg-item",
    council="Bury Metropolitan Borough Council", stated="yes", committee="Cabinet", date="2022-11-23",
    site=site("Bury Metropolitan Borough Council", "https://councildecisions.bury.gov.uk",
              "Town Hall, Knowsley Street, Bury, BL9 0SW", "© Bury Metropolitan Borough Council 2022",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Search"],
              breadcrumb=["Home", "Meetings", "Cabinet", "Agenda item"]),
    meeting_line="23/11/2022 - Cabinet (Item 8)",
    items=[
        item("CA.412", "Burrs Country Park - Play Area and Riverside Path", [
            "The Cabinet Member for Culture, the Economy and Skills presented a report on new play equipment "
            "and repairs to the riverside path at Burrs Country Park.",
            "The existing play area beside the Brown Cow car park was more than twenty years old, and a safety "
            "inspection in the summer had found rotting timber in the main climbing frame, which had been "
            "fenced off since August.",
            "A new play area would be built on the same site with equipment for children with disabilities, "
            "including a wheelchair roundabout and a sensory trail, at a cost of £215,000.",
            "The cost would be met from section 106 contributions from housing developments in Bury North "
            "(£140,000) and from the Council's parks capital budget (£75,000).",
            "The River Irwell had washed away part of the riverside path below Burrs Mill in the floods of "
            "February 2022. The path would be rebuilt behind a stone gabion wall, but the Cabinet Member "
            "said that it was too early to say when the path would open again, because the Environment Agency "
            "had not yet given consent for work in the river.",
            "Decision:",
            "1. The new play area at Burrs Country Park be approved at a cost of £215,000.",
            "2. The contract for the play area be awarded to Greenhalgh Play Ltd.",
            "3. The riverside path repairs be approved, subject to the consent of the Environment Agency."],
            links=[("Burrs Country Park report", "702 KB"), ("Play area design", "1 MB")]),
    ],
)

doc(
    name="mgAi_ID30917_Bromley_Executive", form="mg-item",
    council="London Borough of Bromley", stated="yes", committee="Executive", date="2024-01-17",
    site=site("London Borough of Bromley", "https://cds.bromley.gov.uk",
              "Bromley Civic Centre, Churchill Court, 2 Westmoreland Road, Bromley, BR1 1AS",
              "© London Borough of Bromley 2024",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Search"],
              breadcrumb=["Home", "Meetings", "Executive", "Agenda item"]),
    meeting_line="17/01/2024 - Executive (Item 11)",
    items=[
        item("406", "Crystal Palace Park - Repairs to the Italian Terrace Steps", [
            "The Portfolio Holder for Renewal, Recreation and Housing introduced the report on the stone steps "
            "of the upper and lower Italian terraces at Crystal Palace Park, which are listed at Grade II*.",
            "A condition survey by the Council's heritage consultants had found that frost had split 140 of "
            "the original treads, and that the balustrade on the central flight was leaning outwards by up to "
            "seventy millimetres.",
            "The repairs would re-use sound stone from the terraces wherever possible, with new treads cut from "
            "matching sandstone. The works were costed at £780,000 and would start in April 2024.",
            "Historic England had agreed a grant of £300,000, and the remaining £480,000 would be met from the "
            "Crystal Palace Park Trust's endowment and the Council's capital programme.",
            "Councillor Keston asked whether local stonemasons had bid. Officers confirmed that the preferred "
            "contractor, Penge Stone Masonry Ltd, was based within two miles of the park.",
            "RESOLVED that the Executive:",
            "(1) approve the repairs to the Italian terrace steps at a total cost of £780,000;",
            "(2) award the contract to Penge Stone Masonry Ltd."],
            links=[("Italian Terraces report", "1 MB"), ("Condition survey summary", "612 KB")]),
    ],
)

# =========================================================================== ModernGov decision pages

doc(
    name="ieDecisionDetails_ID6614_Solihull_Shirley_Library", form="mg-decision",
    council="Solihull Metropolitan Borough Council", stated="yes", committee="Cabinet", date="2021-03-11",
    site=site("Solihull Metropolitan Borough Council", "https://eservices.solihull.gov.uk/mgInternet",
              "Council House, Manor Square, Solihull, B91 3QB", "© Solihull Metropolitan Borough Council 2021",
              menu=["Home", "Councillors", "Committees", "Decisions", "Forward plan"],
              breadcrumb=["Home", "Decisions", "Decision details"]),
    decision_title="Shirley Library - Relocation to Parkgate",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To agree the move of Shirley Library from its building on Church Road into a unit at the Parkgate "
            "shopping centre, and the fitting out of the new library."]),
        ("Decision:", [
            "Cabinet agreed:",
            "(i) that Shirley Library move to Unit 14, Parkgate, on a fifteen-year lease;",
            "(ii) a budget of £640,000 for fitting out the new library, to be met from the sale of the Church "
            "Road building;",
            "(iii) that the fit-out contract be awarded to Arden Interiors Ltd.",
            "The date on which the library will close in Church Road and open at Parkgate has not yet been set; "
            "it depends on when the landlord completes the shell works to the unit."]),
        ("Reasons for the decision:", [
            "The Church Road building dates from 1961 and needs a new roof, windows and heating, estimated at "
            "£1.1 million, and it is on the edge of the shopping area.",
            "A library users' survey held in November 2020 found that 68 per cent of users would visit more often "
            "if the library were in Parkgate, where most of them already shop.",
            "The new library would be on one floor and open seven days a week, with space for the Citizens "
            "Advice outreach service.",
            "An access audit of the Parkgate unit by Solihull's disability forum is to be carried out before "
            "the fit-out design is finalised, and its recommendations will be taken into account."]),
        ("Alternative options considered:", [
            "Repairing the Church Road building was rejected because of the cost and because the building would "
            "still not be accessible on its upper floor."]),
    ],
    tail=[("Publication date:", "12/03/2021"), ("Date of decision:", "11/03/2021"),
          ("Decided at meeting:", "11/03/2021 - Cabinet"), ("Effective from:", "20/03/2021")],
    links=[("Shirley Library relocation report", "940 KB")],
)

doc(
    name="ieDecisionDetails_ID5270_WestBerkshire_EV_Charging", form="mg-decision",
    council="West Berkshire Council", stated="yes", committee="Executive", date="2022-05-12",
    site=site("West Berkshire Council", "https://decisionmaking.westberks.gov.uk",
              "Council Offices, Market Street, Newbury, RG14 5LD", "© West Berkshire Council 2022",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Forward plan", "Petitions"],
              breadcrumb=["Home", "Decisions", "Decision details"]),
    decision_title="Electric Vehicle Charging in Council Car Parks - Phase 2",
    fields=[("Decision Maker:", "Executive"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To approve the second phase of electric vehicle charge points in the Council's car parks and the "
            "appointment of an operator."]),
        ("Decision:", [
            "The Executive resolved:",
            "1. That 52 new charge points be installed in Council car parks as set out below.",
            "| Car park | Town | New charge points |",
            "| Northcroft Lane | Newbury | 24 |",
            "| Kennet Centre multi-storey | Newbury | 12 |",
            "| Kingsland Centre | Thatcham | 10 |",
            "| Church Street | Hungerford | 6 |",
            "2. That Kennet Charge Ltd be appointed to install and run the charge points under a twelve-year "
            "concession, at no capital cost to the Council, with the Council receiving 15 per cent of the income.",
            "3. That drivers be charged 45p per kWh, with no overstay fee for the first four hours."]),
        ("Reasons for the decision:", [
            "Use of the existing chargers has grown quickly: the 14 chargers installed in phase 1 were used for "
            "3,100 charging sessions in 2020 and 9,800 in 2021.",
            "A survey of electric vehicle owners in the district in January 2022 found that 58 per cent had "
            "been unable to find a free charger in Newbury town centre at least once in the past month.",
            "The Council declared a climate emergency in 2019 and has committed to being carbon neutral by 2030."]),
        ("Alternative options considered:", [
            "Buying and running the chargers itself was rejected because of the capital cost of about £600,000 "
            "and the risk of the equipment becoming out of date."]),
    ],
    tail=[("Publication date:", "13/05/2022"), ("Date of decision:", "12/05/2022"),
          ("Decided at meeting:", "12/05/2022 - Executive"), ("Effective from:", "21/05/2022")],
    links=[("EV charging phase 2 report", "750 KB"), ("Appendix - site plans", "2 MB")],
)

# =========================================================================== printed PDF minutes

doc(
    name="Cabinet_04032024_Minutes_Pembrokeshire", form="pdf-minutes",
    council="Pembrokeshire County Council", stated="yes", committee="Cabinet", date="2024-03-04",
    logo="PEMBROKESHIRE COUNTY COUNCIL / CYNGOR SIR PENFRO",
    title_lines=["CABINET",
                 "Minutes of a meeting of the Cabinet held in the Council Chamber, County Hall, Haverfordwest, "
                 "and by remote attendance, on Monday 4 March 2024 at 10.00am."],
    attendance=[("Present:", "Councillor Huw Nevern (Leader, in the Chair); Councillors Ann Manorbier, Gareth "
                 "Solva, Sian Penally, Rhys Cilgerran, Delyth Crymych and Tom Lamphey."),
                ("Apologies:", "Councillor Mererid Clynderwen.")],
    items=[
        item("112.", "DECLARATIONS OF INTEREST", ["None."]),
        item("115.", "SAUNDERSFOOT COAST PATH TUNNELS", [
            "The Cabinet Member for Infrastructure presented a report on the three former tramway tunnels that "
            "carry the coast path between Coppet Hall and Wiseman's Bridge, which had been closed since a fall "
            "of rock in the middle tunnel in November 2023.",
            "An inspection by a geotechnical engineer in December had found that water running through joints in "
            "the roof had loosened several large blocks of sandstone, and that the portal of the northern tunnel "
            "was also cracked.",
            "Repairs would involve scaling off loose rock, bolting and netting the tunnel roofs and rebuilding "
            "the northern portal in stone. The works were estimated at £690,000.",
            "The Welsh Government had confirmed £450,000 from its Local Transport Fund, with the balance to be "
            "met from the Council's capital programme.",
            "Cleddau Rock Engineering Ltd had submitted the most economically advantageous tender.",
            "Councillor Solva said that businesses in Saundersfoot were asking when walkers would be able to "
            "use the tunnels again. The Cabinet Member said that he could not give a date at this stage; the "
            "contractor's programme would depend on the nesting season and on the tides, and an opening date "
            "would be published once the programme had been agreed.",
            "RESOLVED:",
            "(a) that the repair of the Saundersfoot coast path tunnels be approved at an estimated cost of "
            "£690,000;",
            "(b) that the contract be awarded to Cleddau Rock Engineering Ltd."]),
        item("116.", "TENBY LEISURE CENTRE - POOL CHANGING VILLAGE", [
            "Cabinet considered a report on the changing rooms serving the pool at Tenby Leisure Centre, which "
            "had not been refurbished since the centre opened.",
            "RESOLVED that the pool changing village at Tenby Leisure Centre be refurbished at a cost of "
            "£410,000, with the pool remaining open throughout the works."]),
    ],
    closing=["The meeting ended at 11.45am.", "CHAIR"],
    header="Cabinet - 04.03.2024", header_right="",
    footer=["Page {n} of {total}"],
    pdf_title="Cabinet minutes 4 March 2024",
)

doc(
    name="Cabinet_08092022_Minutes_StocktonOnTees", form="pdf-minutes",
    council="Stockton-on-Tees Borough Council", stated="yes", committee="Cabinet", date="2022-09-08",
    logo="Stockton-on-Tees Borough Council",
    title_lines=["Cabinet",
                 "A meeting of Cabinet was held on Thursday, 8th September, 2022.",
                 "Held in the Jim Cooke Conference Suite, Stockton Central Library, Stockton-on-Tees"],
    attendance=[("Present:", "Cllr Robert Eaglescliffe (Chair), Cllr Lisa Hartburn, Cllr Mark Elton, Cllr Nigel "
                 "Wolviston, Cllr Pauline Coatham and Cllr Steve Grangefield."),
                ("Officers:", "Director of Community Services, Environment and Culture; Head of Finance; "
                 "Democratic Services Officer.")],
    items=[
        item("CAB/41/22", "Declarations of Interest", ["There were no interests declared."]),
        item("CAB/43/22", "Ropner Park - Restoration of the Fountain and Lake", [
            "Cabinet considered a report on restoring the Victorian fountain and the ornamental lake at Ropner "
            "Park, which had been drained in 2021 after the clay lining failed.",
            "A consultation over the summer had drawn 2,400 responses. Eighty-three per cent wanted the fountain "
            "working again, and the most common request after that was for the lake to be made safer for "
            "small children.",
            "The work would reline the lake, restore the cast-iron fountain on the island and rebuild the "
            "boathouse steps. The cost was estimated at £760,000.",
            "The National Lottery Heritage Fund had awarded £500,000, and the Council would meet the rest from "
            "its Parks Improvement Programme.",
            "The main contractor would be Tees Heritage Builders Ltd, which had restored the bandstand in the "
            "same park in 2019.",
            "RESOLVED that:",
            "1. the restoration of the fountain and lake at Ropner Park be approved at an estimated cost of "
            "£760,000;",
            "2. the contract be awarded to Tees Heritage Builders Ltd."]),
        item("CAB/44/22", "Waste Fleet - Electric Refuse Vehicles", [
            "Cabinet received a report on replacing part of the refuse collection fleet.",
            "RESOLVED that four electric refuse collection vehicles be bought at a cost of £1.6 million, "
            "replacing diesel lorries on the rounds in Stockton town centre and Thornaby."]),
    ],
    closing=["The meeting closed at 5.10 pm."],
    header="Cabinet 8 September 2022", header_right="",
    footer=["{n}"],
    pdf_title="Cabinet minutes 8 September 2022",
)

doc(
    name="SPAC_21022023_Minutes_Highland", form="pdf-minutes",
    council="The Highland Council", stated="yes", committee="South Planning Applications Committee",
    date="2023-02-21",
    logo="THE HIGHLAND COUNCIL",
    title_lines=["SOUTH PLANNING APPLICATIONS COMMITTEE",
                 "Minutes of Meeting of the South Planning Applications Committee held in the Council Chamber, "
                 "Glenurquhart Road, Inverness on Tuesday, 21 February 2023 at 10.30 am."],
    attendance=[("Present:", "Mr J Foyers (Chair), Mr A Tomatin, Ms M Farr, Mr D Croy, Mrs C Dores, "
                 "Mr K Ardersier, Ms H Kiltarlity, Mr P Dalcross, Mrs E Moy, Mr R Daviot, Mr T Alness, Ms L Inchmore, "
                 "Mr N Glendoe."),
                ("In attendance:", "Area Planning Manager - South; Principal Solicitor; Committee Officer.")],
    items=[
        item("1.", "Apologies for Absence / Leisgeulan", ["There were no apologies."]),
        item("2.", "Declarations of Interest / Foillseachaidhean Com-pàirt", [
            "Item 5.3: Mrs C Dores (non-financial) and left the Chamber for the item."]),
        item("5.1", "Applicant: Leys Developments Ltd (22/04567/FUL) (PLS/009/23) Location: Land 200m "
             "South East of Milton of Leys Primary School, Inverness", [
            "Nature of Development: Erection of 46 houses, formation of access road and open space.",
            "Recommendation: Grant.",
            "The Area Planning Manager - South explained that six of the houses would be affordable homes for "
            "rent. Members raised the capacity of Milton of Leys Primary School and the lack of a bus service "
            "on the new road.",
            "Mr A Tomatin, seconded by Ms M Farr, moved to grant the application as recommended. Mr D Croy, "
            "seconded by Mr P Dalcross, moved as an amendment that it be refused because of the pressure on the "
            "school.",
            "On a vote being taken, there were 9 votes for the motion and 4 for the amendment, and the motion "
            "was therefore carried.",
            "Decision: The Committee agreed to GRANT planning permission subject to the conditions in the "
            "report and a section 75 agreement."]),
        item("5.2", "Applicant: Mr S Anderson (22/05012/FUL) (PLS/010/23) Location: 14 Grampian Road, "
             "Aviemore", [
            "Nature of Development: Change of use of dwellinghouse to short-term holiday let.",
            "Recommendation: Refuse.",
            "Members noted that Aviemore was within the Cairngorms National Park and that the Park Authority had "
            "not called in the application.",
            "Decision: The Committee agreed to REFUSE planning permission because the loss of a family home to "
            "holiday letting would reduce the housing available to people who live and work in Aviemore."]),
        item("5.3", "Applicant: Dulnain Spirits Ltd (23/00118/FUL) (PLS/011/23) Location: Former Sawmill, "
             "Station Road, Carrbridge", [
            "Nature of Development: Erection of a distillery and visitor centre with parking for 40 cars.",
            "Recommendation: Grant.",
            "Decision: The Committee agreed to GRANT planning permission subject to the conditions in the "
            "report."]),
        item("5.4", "Applicant: Loch Ness Lodges Ltd (23/00290/FUL) (PLS/012/23) Location: Land at Borlum, "
             "Drumnadrochit", [
            "Nature of Development: Erection of 8 holiday lodges with associated access and drainage.",
            "Recommendation: Grant.",
            "Members wished to see how visible the lodges would be from the A82 and from Urquhart Bay.",
            "Decision: The Committee agreed to DEFER the application for a site visit, to be held on "
            "Tuesday 14 March 2023."]),
    ],
    closing=["The meeting ended at 1.05 pm."],
    header="South Planning Applications Committee - 21 February 2023", header_right="",
    footer=["{n}"],
    pdf_title="SPAC minutes 21 February 2023",
)

doc(
    name="Cabinet_14022023_Minutes_Cheltenham", form="pdf-minutes",
    council="Cheltenham Borough Council", stated="yes", committee="Cabinet", date="2023-02-14",
    logo="Cheltenham Borough Council",
    title_lines=["Cabinet",
                 "Tuesday, 14th February, 2023",
                 "6.00 - 7.40 pm",
                 "Pillar Room, Municipal Offices, Promenade, Cheltenham"],
    attendance=[("Attendees", "Councillors: Anna Prestbury (Chair), Victoria Hatherley, Mike Benhall, Iain Warden, "
                 "Alisha Arle, Clare Battledown, Peter Oakley and Max Springbank")],
    items=[
        item("Minute No. 86", "Apologies", ["There were none."]),
        item("Minute No. 88", "Pittville Pump Room - Roof and Dome Repairs", [
            "The Cabinet Member for Culture, Wellbeing and Business introduced the report. Water had been "
            "coming through the roof of the Pump Room above the east colonnade for several winters, and "
            "lead had been stolen from the dome in 2021.",
            "The Pump Room had hosted 86 weddings in 2022 and was booked for most Saturdays of 2023, so the "
            "work would be phased to keep the main room open.",
            "The works would renew the lead on the dome, replace the flat roofs over both colonnades and "
            "repair the stone balustrade. They were costed at £1.35 million.",
            "Historic England had offered £250,000, and the remainder would be funded by prudential borrowing, "
            "to be repaid from the Pump Room's hire income.",
            "The contract would go to Leckhampton Conservation Ltd, which had scored highest on quality and "
            "price.",
            "Members asked about the plaster ceiling of the main room, where cracks had been seen. The Cabinet "
            "Member said that a specialist survey of the ceiling will be carried out in the summer, while "
            "scaffolding is up for the dome, and that what it finds will be reported to Cabinet in the autumn.",
            "RESOLVED that",
            "1. the roof and dome repairs at the Pittville Pump Room be approved at a cost of £1.35 million;",
            "2. the contract be awarded to Leckhampton Conservation Ltd."]),
        item("Minute No. 89", "Car Parking Charges 2023/24", [
            "Cabinet considered the annual review of charges in the Council's car parks.",
            "RESOLVED that charges in the Council's town centre car parks, including Royal Well and North "
            "Place, rise by 20p an hour from 1 April 2023, and that evening parking after 6 pm stay at a flat "
            "rate of £2."]),
    ],
    closing=["Chairman"],
    header="", header_right="",
    footer=["Cabinet - 14 February 2023", "- {n} -"],
    pdf_title="Cabinet 14 February 2023 minutes",
)

doc(
    name="Cabinet_11062019_Minutes_Sunderland", form="pdf-minutes",
    council="Sunderland City Council", stated="yes", committee="Cabinet", date="2019-06-11",
    logo="SUNDERLAND CITY COUNCIL",
    title_lines=["CABINET MEETING",
                 "At a meeting of the CABINET held in the CIVIC CENTRE, SUNDERLAND on TUESDAY, 11TH JUNE, "
                 "2019 at 2.00 p.m."],
    attendance=[("Present:", "Councillor G. Fulwell in the Chair; Councillors Ryhope, Hylton, Silksworth, "
                 "Pallion, Southwick, Doxford and Grindon.")],
    items=[
        item("", "Minutes", [
            "1. RESOLVED that the minutes of the meeting of the Cabinet held on 14th May, 2019 be confirmed "
            "and signed as a correct record."]),
        item("", "Seafront Regeneration - Beach Huts and Shelters at Seaburn", [
            "The Executive Director of City Development submitted a report seeking approval for new beach huts "
            "and the restoration of two Victorian shelters on the upper promenade at Seaburn.",
            "2. Consultation on the proposals had been held at the Seaburn Centre and online in March. Of the "
            "900 people who responded, 64 per cent supported beach huts on the upper promenade, while a number "
            "of residents of Whitburn Road were concerned about views of the sea being blocked.",
            "3. 24 beach huts would be installed in two rows below the level of Whitburn Road, so that views "
            "from the houses would not be affected. They would be made and installed by Wearside Modular Ltd.",
            "4. The cost of the scheme was £540,000, of which £380,000 would come from the Coastal Communities "
            "Fund and the rest from the Council's capital programme.",
            "5. Councillor Pallion asked how much it would cost to hire a beach hut. The Cabinet Secretary said "
            "that the hire charges had not been set yet; they would be decided later in the year, after the "
            "Council had looked at what other resorts on the north east coast charged.",
            "6. RESOLVED that the beach huts and shelter restoration at Seaburn be approved at a cost of "
            "£540,000."]),
        item("", "Refuse Collection Fleet", [
            "7. Cabinet considered a report on the refuse collection fleet.",
            "8. RESOLVED that two electric refuse vehicles be leased for a two-year trial on rounds in the "
            "city centre and Hendon, alongside the existing diesel fleet."]),
    ],
    closing=["(Signed) G. FULWELL,", "Chairman."],
    header="", header_right="",
    footer=["{n}"],
    pdf_title="Cabinet 11 June 2019",
)

doc(
    name="Cabinet_22032022_Minutes_EastRiding", form="pdf-minutes",
    council="East Riding of Yorkshire Council", stated="yes", committee="Cabinet", date="2022-03-22",
    logo="EAST RIDING OF YORKSHIRE COUNCIL",
    title_lines=["CABINET",
                 "22 March 2022",
                 "PRESENT: Councillors Sancton (Chairman), Bempton, Flamborough, Skirlaugh, Nafferton, Walkington, Leven and "
                 "Brandesburton.",
                 "The meeting was held at County Hall, Beverley at 10.00 am."],
    attendance=[],
    items=[
        item("1821", "DECLARATIONS OF INTEREST", [
            "Councillor Skirlaugh declared a personal interest in Minute 1824 as a trustee of Hornsea Lifeboat."]),
        item("1823", "HORNSEA SEAFRONT - PROMENADE RESURFACING AND LIFEGUARD STATION", [
            "The Director of Planning and Economic Regeneration submitted a report on works to the Hornsea "
            "promenade between the Marine Hotel and the Hornsea Lifeboat Station.",
            "During the storms of February 2022, waves had lifted and broken about 300 metres of the "
            "promenade surface, and the steps down to the beach at Newbegin had been washed out.",
            "The promenade would be resurfaced in concrete with a new handrail, the beach steps rebuilt and a "
            "new two-storey lifeguard station built beside the slipway to replace the portable cabin used "
            "since 2015.",
            "The works would cost £1.9 million, met by the Environment Agency's flood and coastal erosion "
            "grant (£1.2 million) and the Council's capital programme (£700,000).",
            "A visitor count on the August bank holiday Monday of 2021 had recorded 14,500 people on the "
            "promenade, the highest figure since counting began.",
            "The main contractor would be Holderness Marine Civils Ltd, appointed from the Council's coastal "
            "works framework.",
            "Resolved - (a) that the works to Hornsea promenade and the new lifeguard station be approved at a "
            "cost of £1.9 million, and (b) that the contract be awarded to Holderness Marine Civils Ltd."]),
        item("1824", "PUBLIC CONVENIENCES - WITHERNSEA AND BRIDLINGTON", [
            "Resolved - that the public conveniences on Withernsea's North Promenade be demolished and "
            "replaced with a new block with six cubicles and a Changing Places toilet, and that the toilets "
            "at Bridlington's Leisure World be refurbished."]),
    ],
    closing=[],
    header="Cabinet - 22 March 2022", header_right="",
    footer=["{n}"],
    pdf_title="Cabinet minutes 22 March 2022",
)

# =========================================================================== Public Document Packs

doc(
    name="Cabinet_05102021_Agenda_Pack_Dorset", form="pdf-pack",
    council="Dorset Council", stated="yes", committee="Cabinet", date="2021-10-05",
    cover=["Dorset Council", "Cabinet", "Date: Tuesday, 5 October 2021", "Time: 10.00 am",
           "Venue: Council Chamber, County Hall, Colliton Park, Dorchester, DT1 1XJ"],
    cover_body=[
        "Membership: Simon Cerne (Chairman), Philippa Wool (Vice-Chairman), Ray Bere, Tony Corfe, "
        "Laura Studland, Andrew Bovington, Jill Osmington, Graham Chaldon, David Winfrith, Gary Langton.",
        "Members of the public are welcome to attend this meeting, apart from any items listed in the "
        "exempt part of this agenda.",
        "For easy access to all the council's committee agendas and minutes download the free public app "
        "Mod.gov for use on your iPad, Android and Windows tablet.",
        "Enquiries: Democratic Services, County Hall, Dorchester."],
    agenda=[("1", "Apologies"), ("2", "Declarations of interest"),
            ("3", "Minutes of the meeting held on 7 September 2021 ({minutes})"),
            ("4", "Public Participation"),
            ("5", "Durlston Country Park - Realignment of the South West Coast Path ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["DORSET COUNCIL - CABINET",
                      "MINUTES OF MEETING HELD ON TUESDAY 7 SEPTEMBER 2021"],
    attendance=[("Present:", "Cllrs Simon Cerne (Chairman), Philippa Wool (Vice-Chairman), Ray Bere, Tony "
                 "Corfe, Laura Studland, Andrew Bovington, Jill Osmington, Graham Chaldon, David Winfrith and Gary "
                 "Langton.")],
    prev_items=[
        item("49.", "Minutes", [
            "The minutes of the meeting held on 3 August 2021 were confirmed and signed."]),
        item("52.", "Waste Fleet Replacement", [
            "The Portfolio Holder for Customer and Community Services introduced the report on vehicles coming "
            "to the end of their lives.",
            "Decision: That three electric refuse collection vehicles be bought for the rounds in Dorchester, "
            "Weymouth and Bridport, and that the Crookhill depot at Chickerell be fitted with chargers for them."]),
    ],
    report=report(
        ["Cabinet", "5 October 2021", "Durlston Country Park - Realignment of the South West Coast Path"],
        [("For Decision", ""), ("Portfolio Holder:", "Cllr L Studland, Customer and Community Services"),
         ("Local Councillor(s):", "Cllr Ben Harman, Cllr Ruth Acton"),
         ("Executive Director:", "M Tyneham, Executive Director of Place")],
        [("Recommendation:", [
            "That Cabinet approves the realignment of 650 metres of the South West Coast Path inland of the cliff "
            "edge at Durlston Country Park, at a cost of £420,000, and the award of the contract to Purbeck "
            "Stone and Civils Ltd."]),
         ("Reason for Recommendation:", [
            "The cliffs between Durlston Castle and Anvil Point are retreating faster than expected. A fall in "
            "February 2021 took away part of the path, and for most of the year walkers have been sent round a "
            "temporary diversion across the Lighthouse Road.",
            "Durlston Country Park had 286,000 visitors in 2020/21 even with the pandemic closures, and the "
            "coast path is the most used route in the park."]),
         ("1. Proposal", [
            "The new line of the path would be set back between 15 and 30 metres from the cliff edge, with a "
            "stone-pitched surface, three new benches and a timber viewing platform above Tilly Whim Caves.",
            "The cost of £420,000 would be met by Natural England's National Trails grant (£95,000), a "
            "contribution from the Durlston Friends (£25,000) and the Council's capital programme (£300,000)."]),
         ("2. Next steps", [
            "A ground investigation of the cliff top at Anvil Point, where the new path would come closest to "
            "the edge, is due to be carried out in November 2021 by the Council's geotechnical consultants. Its "
            "results will determine whether the last section of the path has to move further inland.",
            "Works would start in January 2022 and avoid the bird nesting season on the cliff ledges."]),
        ]),
    header="", footer=["Page {n}"], number_offset=2,
    pdf_title="Cabinet 5 October 2021 agenda pack",
)

doc(
    name="Cabinet_Committee_15062023_Agenda_Pack_Fife", form="pdf-pack",
    council="Fife Council", stated="yes", committee="Cabinet Committee", date="2023-06-15",
    cover=["Fife Council", "Cabinet Committee",
           "Thursday, 15 June 2023 - 10.00 am",
           "Council Chamber, Fife House, North Street, Glenrothes"],
    cover_body=[
        "Members are reminded that the meeting will be webcast and that the public may attend in person.",
        "If you have any queries about this agenda, please contact Committee Services, Fife House, "
        "Glenrothes."],
    agenda=[("1.", "Apologies for Absence"), ("2.", "Declarations of Interest"),
            ("3.", "Minute of meeting of Cabinet Committee of 18 May 2023 ({minutes})"),
            ("4.", "Lochore Meadows Country Park - Lochside Path and Outdoor Education Centre ({report})")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["THE FIFE COUNCIL - CABINET COMMITTEE - BLENDED MEETING",
                      "Fife House, Glenrothes / Microsoft Teams",
                      "18 May 2023 10.00 a.m. - 12.15 p.m."],
    attendance=[("PRESENT:", "Councillors Ewan Kinglassie (Convener), Morag Pitlessie, Alan Kennoway, Jean "
                 "Markinch, Gordon Lundin, Fiona Strathmiglo, Rose Ceres and Neil Balmullo.")],
    prev_items=[
        item("2023 CC 71.", "MINUTE", [
            "The Committee considered the minute of the meeting of the Cabinet Committee of 20 April 2023.",
            "Decision: The Committee agreed to approve the minute."]),
        item("2023 CC 74.", "BURNTISLAND LIBRARY", [
            "The Committee considered a report on the future of Burntisland Library, whose building on High "
            "Street has a failing roof.",
            "Decision: The Committee agreed that Burntisland Library move into the ground floor of the Burgh "
            "Chambers, which would be refurbished at a cost of £380,000, and that the present building be "
            "declared surplus."]),
    ],
    report=report(
        ["Cabinet Committee", "15 June 2023", "Agenda Item No. 4",
         "Lochore Meadows Country Park - Lochside Path and Outdoor Education Centre"],
        [("Report by:", "Head of Communities and Neighbourhoods Service"),
         ("Wards Affected:", "Ward 8 - Lochgelly, Cardenden and Benarty")],
        [("Purpose", [
            "To seek approval for a new surfaced path around Loch Ore and an extension to the outdoor education "
            "centre at Lochore Meadows Country Park."]),
         ("Recommendation(s)", [
            "The Committee is asked to:",
            "(1) approve the lochside path at a cost of £610,000 and award the contract to Benarty Groundworks "
            "Ltd; and",
            "(2) approve the extension to the outdoor education centre at a cost of £1.3 million."]),
         ("1.0 Background", [
            "1.1 Lochore Meadows was created on the site of former coal workings and is now one of Fife's most "
            "visited places, with 410,000 visits in 2022.",
            "1.2 The informal path around the north and west of the loch is grass and ash and is often flooded "
            "in winter. A survey of park users in March 2023 found that 62 per cent would walk round the whole "
            "loch if there were a firm path all the way."]),
         ("2.0 Proposals", [
            "2.1 The path would be 4.8 kilometres long and three metres wide, with a surface suitable for "
            "wheelchairs and bikes, and would include a new bridge over the Kelty Burn.",
            "2.2 The outdoor education centre extension would add a second classroom, a drying room and "
            "twenty more bed spaces, so that schools could book residential stays of two nights.",
            "2.3 The path would be funded by Sustrans Places for Everyone (£400,000) and the Council's capital "
            "plan (£210,000). The extension would be funded from the capital plan."]),
        ]),
    header="", footer=["{n}"], number_offset=2,
    pdf_title="Cabinet Committee 15 June 2023",
)

doc(
    name="ESTC_24112022_Agenda_Pack_Sutton", form="pdf-pack",
    council="London Borough of Sutton", stated="yes", committee="Environment and Sustainable Transport Committee",
    date="2022-11-24",
    cover=["London Borough of Sutton", "Environment and Sustainable Transport Committee",
           "Date: Thursday 24 November 2022", "Time: 7.30 pm",
           "Place: Council Chamber, Civic Offices, St Nicholas Way, Sutton, SM1 1EA"],
    cover_body=[
        "Members: Councillor Jenny Cheam (Chair), Councillor Paul Wrythe (Vice-Chair), Councillors "
        "Sunita Belmont, Tom Woodcote, Eleanor Rosehill, Hamid Benhilton and Kate Hackbridge.",
        "A meeting of the Environment and Sustainable Transport Committee will be held on the date and at "
        "the place shown above. The agenda for the meeting is set out below.",
        "Enquiries to: Committee Services, Civic Offices."],
    agenda=[("1.", "Welcome and introductions"), ("2.", "Apologies for absence"),
            ("3.", "Minutes of the previous meeting ({minutes})"),
            ("4.", "Declarations of interest"),
            ("5.", "River Wandle in Beddington Park - Restoration and Footbridge ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["Environment and Sustainable Transport Committee",
                      "29 September 2022",
                      "ENVIRONMENT AND SUSTAINABLE TRANSPORT COMMITTEE",
                      "29 September 2022 at 7.30 pm"],
    attendance=[("MEMBERS:", "Councillor Jenny Cheam (Chair), Councillor Paul Wrythe (Vice-Chair) and "
                 "Councillors Sunita Belmont, Tom Woodcote, Eleanor Rosehill and Kate Hackbridge"),
                ("ABSENT:", "Councillor Hamid Benhilton")],
    prev_items=[
        item("22.", "MINUTES OF THE PREVIOUS MEETING", [
            "RESOLVED: that the minutes of the meeting held on 14 July 2022 be agreed as an accurate record."]),
        item("24.", "MEADOW GRASSLAND IN PARKS AND OPEN SPACES", [
            "The Committee received a report on letting grass grow longer in parks to help wildlife.",
            "RESOLVED: that 25 hectares of grass in the borough's parks, including parts of Oaks Park and Roundshaw "
            "Downs, be managed as wildflower meadow, cut once a year in late summer, with mown paths kept through "
            "them."]),
    ],
    report=report(
        ["London Borough of Sutton", "Report to: Environment and Sustainable Transport Committee",
         "Date: 24 November 2022",
         "Report title: River Wandle in Beddington Park - Restoration and Footbridge"],
        [("Ward(s) affected:", "Wallington North; Beddington"),
         ("Report author:", "Strategic Director, Environment, Housing and Neighbourhoods"),
         ("Open/exempt:", "Open")],
        [("1. Summary", [
            "1.1 In Beddington Park the River Wandle runs in a straight concrete channel laid in the 1930s. "
            "This report proposes breaking out 400 metres of the concrete, giving the river a natural bed and "
            "banks again, and replacing the footbridge near the Carew Manor car park."]),
         ("2. Recommendations", [
            "2.1 That the Committee approves the Wandle restoration and footbridge scheme at a cost of £720,000.",
            "2.2 That the works contract be awarded to Wandle Valley Rivercare Ltd."]),
         ("3. Background", [
            "3.1 An electrofishing survey carried out in 2021 found only three species of fish in this stretch, "
            "compared with eleven in the restored river upstream at Wilderness Island.",
            "3.2 The timber footbridge was closed in 2020 after an inspection found rot in both main beams."]),
         ("4. Funding and timetable", [
            "4.1 The scheme would be funded by the Greater London Authority's Green and Resilient Spaces Fund "
            "(£350,000), the Environment Agency (£220,000) and the Council's capital programme (£150,000).",
            "4.2 A start date for the works has not been fixed. Work in the river cannot begin until the "
            "Environment Agency has issued a flood risk activity permit, and no date for that has been given; "
            "the timetable will be brought back to the Committee once the permit is in hand."]),
        ]),
    header="", footer=["Page {n}"], number_offset=2,
    pdf_title="ESTC agenda 24 November 2022",
)

# =========================================================================== Word reports

doc(
    name="Cabinet_11_April_2023_Eirias_Park_Play_Report_Conwy", form="docx-report",
    council="Conwy County Borough Council", stated="yes", committee="Cabinet", date="2023-04-11",
    letterhead=["Conwy County Borough Council / Cyngor Bwrdeistref Sirol Conwy",
                "Report to: Cabinet",
                "Date of Meeting: 11 April 2023"],
    report=report(
        ["Eirias Park, Colwyn Bay - New Play Area and Splash Pad",
         "Report Owner: Cabinet Member for Economy and Tourism",
         "Responsible Officer: Head of Regulatory and Housing Services"],
        [("Purpose of Report", "To seek approval for a new play area and splash pad at Eirias Park."),
         ("Wards", "Colwyn; Eirias; Glyn"),
         ("Background papers", "None")],
        [("1. Summary", [
            "1.1 The play area at Eirias Park is the largest in the county borough, but most of its equipment "
            "dates from 2003 and several pieces have been taken out after failing inspection. It is proposed "
            "to replace it with a new play area and a splash pad beside the Dingle."]),
         ("2. Recommendations", [
            "2.1 That Cabinet approves the new play area and splash pad at Eirias Park at a cost of £480,000.",
            "2.2 That the contract be awarded to Clwyd Play Structures Ltd."]),
         ("3. Consultation", [
            "3.1 Officers visited eleven primary schools in Colwyn Bay and Old Colwyn in January 2023 and asked "
            "1,450 pupils what they wanted. The splash pad was the most popular choice, followed by a zip wire "
            "and a high climbing tower.",
            "3.2 Parents asked for the play area to be fenced so that younger children could not run onto the "
            "main drive."]),
         ("4. Design", [
            "4.1 The new play area will have separate zones for under-sixes and older children, a 40-metre zip "
            "wire, a climbing tower and equipment that wheelchair users can use.",
            "4.2 The splash pad will have 18 ground-level water jets and will be laid on the site of the old "
            "paddling pool, which was filled in in 2012."]),
         ("5. Financial implications", [
            "5.1 The scheme will be funded by the UK Shared Prosperity Fund (£300,000) and the Council's "
            "capital programme (£180,000). The splash pad's water will be recycled through a filtration plant "
            "to keep running costs down."]),
         ("6. Welsh language", [
            "6.1 All signs in the new play area will be bilingual, with Welsh first."]),
        ]),
    header="Conwy County Borough Council", footer=["Cabinet - 11 April 2023"],
    docx_author="Conwy County Borough Council",
)

doc(
    name="Cabinet_2_September_2024_Cromer_Pier_Report_NorthNorfolk", form="docx-report",
    council="North Norfolk District Council", stated="yes", committee="Cabinet", date="2024-09-02",
    letterhead=["NORTH NORFOLK DISTRICT COUNCIL",
                "CABINET",
                "Monday 2nd September 2024"],
    report=report(
        ["Cromer Pier - Deck Replacement and Pile Repairs",
         "Executive Summary"],
        [("Options considered", "Patch repairs only; full deck replacement (recommended); closing the seaward end "
          "of the pier."),
         ("Consultation(s)", "Cromer Town Council; the pier's theatre operator; Cromer lifeboat station"),
         ("Recommendations", "That Cabinet approves the replacement of the pier deck and repairs to the piles at "
          "a cost of £1.6 million, and awards the contract to Anglia Marine Structures Ltd."),
         ("Reasons for recommendations", "To keep the pier safe and open for the 2025 season."),
         ("Cabinet Member(s)", "Portfolio Holder for Coast"),
         ("Ward(s) affected", "Cromer Town; Suffield Park")],
        [("1. Introduction", [
            "1.1 Cromer Pier is owned by the Council and is one of the best known landmarks on the Norfolk "
            "coast. Its Pavilion Theatre sold 42,000 tickets for the summer show in 2023."]),
         ("2. Condition of the pier", [
            "2.1 A deck and underwater inspection in April 2024 found that about 30 per cent of the hardwood deck "
            "boards had rotted and that two of the cast-iron piles at the seaward end were cracked.",
            "2.2 Mundesley's sea wall and promenade were inspected by the same engineers in May and were found "
            "to be in fair condition, with minor repairs to be carried out by the Council's own coastal team."]),
         ("3. Proposed works", [
            "3.1 The whole deck would be replaced with new boards of sustainably sourced ekki timber, and the two "
            "cracked piles would be encased in steel sleeves. The works would be done between October 2024 and "
            "March 2025, when the theatre is closed.",
            "3.2 Anglia Marine Structures Ltd submitted the most advantageous of four tenders."]),
         ("4. Financial and resource implications", [
            "4.1 The cost of £1.6 million would be met from the Council's Major Repairs Reserve (£1.1 million) "
            "and an insurance claim for storm damage in 2023 (£500,000)."]),
        ]),
    header="", footer=["North Norfolk District Council", "Cabinet 2 September 2024"],
    docx_author="Democratic Services",
)

# =========================================================================== Word minutes

doc(
    name="Cabinet_Minutes_11_October_2021_Calderdale", form="docx-minutes",
    council="Calderdale Metropolitan Borough Council", stated="yes", committee="Cabinet", date="2021-10-11",
    title_lines=["Calderdale Metropolitan Borough Council",
                 "CABINET",
                 "Monday, 11 October 2021 at 6.00 pm, Council Chamber, Town Hall, Halifax"],
    attendance=[("Present:", "Councillor Heptonstall (Chair), Councillors Ripponden, Luddenden, Mytholmroyd, "
                 "Stainland, Warley and Northowram."),
                ("Also present:", "Councillor Wainhouse (Opposition Group Leader).")],
    items=[
        item("39", "Declarations of interest", ["None."]),
        item("41", "Shibden Park - Lake Path and Miniature Railway", [
            "The Cabinet Member for Public Services and Communities presented a report on the path around the "
            "boating lake at Shibden Park and the miniature railway.",
            "Shibden Park had welcomed about 520,000 visitors in 2020/21, most of them on the lakeside path, "
            "which had been under water for weeks at a time after the Boxing Day floods of 2020.",
            "It was proposed to raise the path on the southern side of the lake by half a metre, add a drainage "
            "channel to the Red Beck, and extend the miniature railway line by 300 metres along the new "
            "embankment.",
            "The scheme would cost £470,000. West Yorkshire Combined Authority had agreed £290,000 from its "
            "flood resilience programme, and the Council would fund the rest from its capital programme.",
            "Following a competitive tender, the works would be carried out by Calder Valley Civils Ltd.",
            "Councillor Wainhouse asked about the parking charges at Shibden Park, which several residents had "
            "complained about. The Cabinet Member said that a review of the charges would be carried out over "
            "the winter, looking at season tickets for local people, and that Cabinet would receive the "
            "outcome of the review in the spring.",
            "RESOLVED that (a) the Shibden Park lake path and railway scheme be approved at a cost of £470,000; "
            "and (b) the contract be awarded to Calder Valley Civils Ltd."]),
        item("42", "Wildflower Verges and Parks", [
            "The Cabinet Member for Climate Action reported on the first year of managing some verges and park "
            "edges for wildlife.",
            "RESOLVED that 60 road verges and parts of 14 parks be managed as wildflower meadows in 2022, with "
            "seed sown by volunteers from Calderdale's Friends of Parks groups."]),
    ],
    closing=["The meeting closed at 7.15 pm.", "Chair"],
    header="", footer=["Calderdale MBC - Cabinet - 11 October 2021"],
    docx_author="Democratic and Partnership Services",
)

doc(
    name="Cabinet_Minutes_7_June_2022_Midlothian", form="docx-minutes",
    council="Midlothian Council", stated="yes", committee="Cabinet", date="2022-06-07",
    title_lines=["Minute of Meeting",
                 "Cabinet",
                 "Date: Tuesday 7 June 2022   Time: 11.00 am   Venue: Council Chambers, Midlothian House, Dalkeith / "
                 "Hybrid"],
    attendance=[("Present:", "Councillor Lasswade (Chair), Councillor Roslin, Councillor Gorebridge, Councillor "
                 "Pathhead and Councillor Loanhead."),
                ("In attendance:", "Executive Director Place; Chief Officer Place; Democratic Services Officer.")],
    items=[
        item("1.", "Apologies", ["Apologies were received from Councillor Rosewell."]),
        item("4.1", "Vogrie Country Park - Walled Garden and Bike Skills Track", [
            "Outline of report: The report set out plans to restore the walled garden at Vogrie Country Park "
            "near Pathhead and to build a new bike skills track in the woodland beside Vogrie House.",
            "A consultation held in March and April 2022 received 870 responses; the restoration of the walled "
            "garden as a community growing space was supported by 79 per cent, and families asked above all for "
            "more things for older children to do.",
            "The total cost was £690,000, of which £450,000 would come from the Scottish Government's Regeneration "
            "Capital Grant Fund and £240,000 from the Council's capital plan.",
            "The walled garden would be run in partnership with Dalkeith Community Growers, a local charity that "
            "already runs two community gardens in the town.",
            "Members asked when the bike skills track would open. The Chief Officer Place explained that it was not "
            "possible to say yet, because the design would be chosen from the bids received and the tender "
            "process had not started.",
            "Decision: The Cabinet agreed to approve the restoration of the walled garden and the new bike skills track at "
            "Vogrie Country Park at a cost of £690,000."]),
        item("4.2", "Lasswade Swimming Pool", [
            "Outline of report: The report set out the condition of the pool at Lasswade High School Centre.",
            "Decision: The Cabinet agreed that the pool tank at Lasswade be relined and its filtration plant "
            "replaced at a cost of £560,000, with the pool closing for ten weeks over the summer of 2023."]),
    ],
    closing=["The meeting terminated at 12.20 pm."],
    header="Cabinet 7 June 2022", footer=["Midlothian Council"],
    docx_author="Democratic Services",
)

# =========================================================================== plain text

doc(
    name="Cabinet_Minutes_6_February_2020_Lewes", form="txt",
    council="Lewes District Council", stated="yes", committee="Cabinet", date="2020-02-06",
    title_lines=["LEWES DISTRICT COUNCIL", "",
                 "Minutes of a meeting of the Cabinet held in the Ditchling Room, Southover House, Southover Road, "
                 "Lewes,",
                 "on Thursday 6 February 2020 at 2.30pm", ""],
    attendance=[("Present:", "Councillor Z Firle (Chair), Councillors M Iford, J Kingston, C Rodmell, J Denton "
                 "and W Glynde."),
                ("Officers in attendance:", "Director of Regeneration and Planning; Head of Tourism and "
                 "Enterprise; Committee Officer.")],
    items=[
        item("61", "Minutes", [
            "The minutes of the meeting held on 9 January 2020 were submitted and approved, and the Chair was "
            "authorised to sign them as a correct record."]),
        item("63", "Newhaven Fort - Repairs to the Ramparts and Caponier", [
            "The Cabinet considered a report on Newhaven Fort, the Victorian fort on Castle Hill owned by the "
            "Council and run as a visitor attraction.",
            "Newhaven Fort had attracted 61,000 visitors in 2019, its best year since it reopened after the last "
            "major repairs, and school bookings had doubled in three years.",
            "A structural survey in the autumn had found that the brick lining of the caponier, the gun gallery "
            "at the foot of the cliff, was coming away from the chalk behind it, and that two sections of the "
            "western rampart wall were unstable. The caponier had been closed to visitors since October.",
            "The repairs were estimated at £1.2 million. The National Lottery Heritage Fund had given a "
            "development grant and a full bid for £850,000 would be submitted in March; the rest would come from "
            "the Council's capital programme.",
            "Councillor Iford asked whether the work would be done by local firms. The Head of Tourism and "
            "Enterprise said that the specialist masonry work would be tendered, but that Sussex Flint and Brick "
            "Ltd, of Newhaven, had already been appointed to carry out the emergency propping.",
            "Resolved:",
            "  1. That the repairs to the ramparts and caponier at Newhaven Fort be approved at an estimated cost of "
            "£1.2 million.",
            "  2. That a bid of £850,000 be made to the National Lottery Heritage Fund."]),
        item("64", "Car Park Charges 2020/21", [
            "The Cabinet considered the annual review of car park charges.",
            "Resolved:",
            "  1. That charges in the Council's pay and display car parks in Lewes, Seaford and Newhaven rise by "
            "10 per cent from 1 April 2020, rounded to the nearest 10p.",
            "  2. That the free first hour at the Seaford seafront car parks be kept."]),
    ],
    closing=["", "The meeting ended at 4.05pm", "", "Z Firle", "Chair"],
)
