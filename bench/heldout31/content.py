"""The documents of bench/heldout31: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout31.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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

doc(
    name="ieListDocuments_CId171_MId24603_Liverpool_Cabinet", form="mg-meeting",
    council="Liverpool City Council", stated="yes", committee="Cabinet", date="2023-11-17",
    site=site("Liverpool City Council", "https://councillors.liverpool.gov.uk",
              "Liverpool City Council, Cunard Building, Water Street, Liverpool L3 1AH",
              "© Liverpool City Council 2023",
              menu=["Home", "Your councillors", "Meetings and agendas", "Forward plan", "Search documents"]),
    heading="Agenda and minutes: Cabinet - Friday, 17th November, 2023 10.00 am",
    venue="Council Chamber, Liverpool Town Hall, High Street, Liverpool L2 3SW",
    contact="Deborah Kinsella, Committee Services Officer, 0151 233 4170",
    items=[
        item("44.", "Declarations of interest", [
            "Councillor Marcus Oyelaran declared a personal interest in minute 47 as a trustee of a "
            "business association on Lodge Lane and took no part in that item."]),
        item("45.", "Questions from members of the public", [
            "Mrs Yvonne Carrick of Aigburth asked why the litter bins along the lakeside paths of Sefton Park "
            "were overflowing every weekend since the summer. Councillor Harriet Blay, Cabinet Member for "
            "Neighbourhoods, replied that 40 additional bins would be put in along the lakeside and near the "
            "Palm House before Easter 2024, and that weekend emptying would move from one visit to two from "
            "the first weekend in December.",
            "Mr Desmond Quayle asked whether the Everton Park viewpoint would get lighting. Councillor Blay "
            "said that lighting there was being looked at as part of the wider parks lighting review."]),
        item("46.", "On-street electric vehicle charging: award of contract", [
            "The Cabinet considered the report of the Director of Highways on the installation of 120 "
            "on-street charge points in terraced streets without off-street parking, mainly in Walton, "
            "Anfield, Kensington and Toxteth. Following a competitive tender, Merseyvolt Charging Limited had "
            "submitted the most advantageous bid. The installation would be paid for by a government grant "
            "of £1.94 million from the Local Electric Vehicle Infrastructure fund, with no contribution from "
            "the Council's capital budget, and the operator would meet the running costs over the 15 year "
            "concession in return for a share of the income. Drivers would pay a tariff of 55p per kWh, "
            "which the operator could review once a year.",
            "RESOLVED: That the contract for on-street charge points be awarded to Merseyvolt Charging "
            "Limited for a concession of 15 years."]),
        item("47.", "Lodge Lane shopfront improvement scheme", [
            "The Cabinet Member for Regeneration introduced the scheme, under which 34 shops between "
            "Smithdown Road and Granby Street would be offered grants of up to £12,000 each towards new "
            "shutters, signs and painted frontages, with owners paying at least 10 per cent of the cost. "
            "Asked when the last of the shopfronts would be finished, the Cabinet Member said that no end "
            "date could be set until the conservation officer had signed off the designs, which would be "
            "taken one block at a time.",
            "RESOLVED: That the Lodge Lane shopfront improvement scheme be approved."]),
        item("48.", "Revenue budget monitoring: quarter two", [
            "The Cabinet noted a forecast overspend of £6.3 million, mainly on children's placements and "
            "home to school transport, and agreed that directors would bring forward savings in the third "
            "quarter."]),
    ],
)

doc(
    name="ieListDocuments_CId412_MId8830_Sutton_Environment", form="mg-meeting",
    council="London Borough of Sutton", stated="yes", committee="Environment and Sustainable Transport Committee",
    date="2024-02-08",
    site=site("London Borough of Sutton", "https://moderngov.sutton.gov.uk",
              "London Borough of Sutton, Civic Offices, St Nicholas Way, Sutton SM1 1EA",
              "Copyright London Borough of Sutton",
              breadcrumb=["Home", "Committees", "Environment and Sustainable Transport Committee", "Meeting"]),
    heading="Agenda and minutes: Environment and Sustainable Transport Committee - Thursday, 8th February, 2024 7.00 pm",
    venue="Council Chamber, Civic Offices, St Nicholas Way, Sutton SM1 1EA",
    contact="Ravinder Sohal, Committee Services, 020 8770 4990",
    outcome_label="Minutes:",
    items=[
        item("52.", "Minutes of the previous meeting", [
            "The minutes of the meeting held on 23 November 2023 were agreed as a correct record."]),
        item("53.", "Carshalton Ponds: water quality", [
            "The Head of Parks reported on the sampling carried out at both Carshalton Ponds in October 2023. "
            "The samples showed phosphate at roughly three times the target level, most of it washed in "
            "from the roads around the ponds after heavy rain, and very little oxygen in the deeper water "
            "below the town pond's north bank. Officers proposed floating reed beds, two solar aerators and "
            "gulley traps on North Street and the High Street, with the work done in the autumn when the "
            "water fowl have finished nesting. Members welcomed the plan; Councillor Petra Lindqvist asked "
            "whether the Wandle Trust had been involved and was told that its volunteers would plant the reed "
            "beds.",
            "RESOLVED: That the improvement works at Carshalton Ponds be approved."]),
        item("54.", "Worcester Park controlled parking zone: consultation results", [
            "Officers reported that 1,812 households had been consulted on a controlled parking zone in the "
            "roads north of Worcester Park station and that 61 per cent of those who replied were against "
            "it, mainly because they did not want to pay for a permit to park outside their own homes. "
            "Officers therefore recommended that the zone should not go ahead.",
            "Councillor Dominic Hart moved an amendment, seconded by Councillor Lorna Ekwueme, that a smaller "
            "zone be introduced in Cromwell Road and Longfield Avenue alone, where most residents had said "
            "yes. On being put to the vote the amendment was lost by 4 votes to 7. The original "
            "recommendation was then agreed without a vote.",
            "RESOLVED: That the Worcester Park controlled parking zone does not proceed."]),
        item("55.", "Questions from councillors", [
            "Councillor Hart asked when the broken bollards at the Cheam Village crossroads would be "
            "replaced. The Chair replied that new bollards had been ordered and would be fitted in the week "
            "beginning 4 March."]),
    ],
)

doc(
    name="ieListDocuments_CId118_MId10477_Haringey_Cabinet", form="mg-meeting",
    council="London Borough of Haringey", stated="yes", committee="Cabinet", date="2024-03-12",
    site=site("London Borough of Haringey", "https://www.minutes.haringey.gov.uk",
              "Haringey Council, George Meehan House, 294 High Road, Wood Green, London N22 8JZ",
              "© Haringey Council"),
    heading="Agenda and minutes: Cabinet - Tuesday, 12th March, 2024 6.30 pm",
    venue="Civic Centre, High Road, Wood Green, London N22 8LE",
    contact="Nazreen Ubhi, Principal Committee Coordinator",
    items=[
        item("911.", "Deputations, petitions and questions", [
            "A deputation led by Ms Orla Fennimore of the Lordship Rec Users Forum asked the Cabinet to keep "
            "the café at Lordship Recreation Ground in community hands when its lease ends. The Cabinet "
            "Member for Culture replied that the Council would not put the café lease out to open tender, "
            "and would offer the users forum the first chance to run it on a new five year lease at the "
            "same rent."]),
        item("912.", "Street tree planting programme 2024 to 2026", [
            "The Cabinet Member for Climate Action reported that 1,200 new street trees would be planted "
            "over the next two winters, mostly in Tottenham and Wood Green where tree cover was lowest. The "
            "Greater London Authority had agreed to pay £340,000 of the £512,000 cost, and the rest would come "
            "from the Council's own climate budget. Residents would be able to sponsor a tree on their road.",
            "RESOLVED: To approve the street tree planting programme."]),
        item("913.", "Bruce Castle Museum: roof and chimney repairs", [
            "The Cabinet considered a report on urgent repairs to the roof, chimneys and leadwork of Bruce "
            "Castle, a Grade I listed building. Three firms had tendered and Pellow and Garnet Conservation "
            "Limited had offered the best value at £786,400. The museum would stay open during the works, "
            "with scaffolding over the main entrance until October. Officers explained that the floors of "
            "the east wing had moved, and that a structural survey of the east wing would be carried out "
            "during the summer once the scaffolding was up; any further works would come back to Cabinet.",
            "RESOLVED: To award the roof and chimney repair contract to Pellow and Garnet Conservation "
            "Limited."]),
        item("914.", "Hornsey Town Hall community use agreement", [
            "The Cabinet noted that the community use agreement would give local groups 40 days a year in "
            "the assembly hall at a reduced rate."]),
    ],
)

doc(
    name="ieListDocuments_CId301_MId5526_Dorset_NorthernPlanning", form="mg-meeting",
    council="Dorset Council", stated="yes", committee="Northern Area Planning Committee", date="2023-09-05",
    site=site("Dorset Council", "https://moderngov.dorsetcouncil.gov.uk",
              "Dorset Council, County Hall, Colliton Park, Dorchester DT1 1XJ", "© Dorset Council 2023",
              breadcrumb=["Home", "Committees", "Northern Area Planning Committee", "Meeting"]),
    heading="Agenda and minutes: Northern Area Planning Committee - Tuesday 5 September 2023 10.00 am",
    venue="Council Chamber, South Walks House, South Walks Road, Dorchester DT1 1UZ",
    contact="Elaine Tibble, Democratic Services Officer",
    outcome_label="Minutes:",
    items=[
        item("31", "Declarations of interest", [
            "Councillor Belinda Ridout declared that she had spoken on application P/FUL/2023/01874 as ward "
            "member and would not vote on it."]),
        item("32", "P/OUT/2023/00612 - Land at Park Farm, Gillingham", [
            "Outline application for up to 46 dwellings with access from Shaftesbury Road. The case officer "
            "explained that 16 of the homes, or 35 per cent, would be affordable, and that the developer would "
            "pay £188,000 towards places at the town's primary schools. A neighbour spoke against the scheme "
            "because of flooding on the lane. Councillor Graham Pettit proposed that the application be "
            "approved as recommended, seconded by Councillor Jean Hollings; on being put to the vote this "
            "was carried by 7 votes to 3.",
            "Decision: That the application be granted subject to a section 106 agreement."]),
        item("33", "P/FUL/2023/01874 - 19 High Street, Shaftesbury", [
            "Change of use of the former bank to a café with seating upstairs. Members were pleased to see "
            "the building back in use and agreed that the original counter should be kept.",
            "Decision: That planning permission be granted subject to the conditions in the report."]),
        item("34", "P/FUL/2023/02219 - Newland House Care Home, Newland, Sherborne", [
            "Application for a two storey extension adding 14 bedrooms. Members considered that the "
            "extension would be too bulky next to the listed almshouse cottages and would harm the "
            "Sherborne conservation area, and that the loss of the garden would leave residents with too "
            "little outdoor space. Councillor Pettit proposed refusal against the officer's recommendation, "
            "seconded by Councillor Carole Jennings, and this was agreed unanimously.",
            "Decision: That planning permission be refused."]),
        item("35", "P/FUL/2023/01502 - Station Road, Sturminster Newton", [
            "The application had been withdrawn by the applicant before the meeting."]),
    ],
)

doc(
    name="ieListDocuments_CId139_MId3318_SouthGlos_Cabinet", form="mg-meeting",
    council="South Gloucestershire Council", stated="yes", committee="Cabinet", date="2023-07-10",
    site=site("South Gloucestershire Council", "https://council.southglos.gov.uk",
              "South Gloucestershire Council, Badminton Road Offices, Yate BS37 5AF",
              "© South Gloucestershire Council",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Petitions"]),
    heading="Agenda and decisions: Cabinet - Monday, 10th July, 2023 2.00 pm",
    page_title="Agenda and decisions",
    venue="Council Chamber, Badminton Road Offices, Yate BS37 5AF",
    contact="Tessa Marwick, Democratic Services",
    outcome_label="Decision:",
    items=[
        item("14", "Public participation", [
            "Mr Colin Ashworth of Staple Hill asked whether the Cabinet would bring back the Sunday bus to "
            "Page Park. The Cabinet Member for Transport said the Council had no budget to fund the route "
            "itself, but that it would be included in the next bid to the West of England Combined Authority "
            "for supported services."]),
        item("15", "Woodland creation programme", [
            "Cabinet agreed a programme to plant 27,000 trees on 18 hectares of council land over three "
            "planting seasons, starting at Lyde Green and on the edge of Thornbury. The planting would be "
            "carried out by Severnside Forestry Services under the existing grounds maintenance framework, "
            "and volunteers from schools would plant the hedgerows."]),
        item("16", "Kingswood High Street improvements", [
            "Cabinet noted the designs for wider pavements and new seating on Regent Street, Kingswood. The "
            "Cabinet Member was asked when work would start, and said that this was not yet known because "
            "the Council was still waiting to hear whether its bid to the government's levelling up fund "
            "had succeeded."]),
        item("17", "Library opening hours", [
            "Cabinet agreed to extend the staffed opening hours at Bradley Stoke and Yate libraries, and to "
            "trial self-service opening from 8am to 8pm at Bradley Stoke for six months from September."]),
    ],
)

doc(
    name="ieListDocuments_CId1045_MId9921_Wirral_ECET", form="mg-meeting",
    council="Wirral Council", stated="yes", committee="Environment, Climate Emergency and Transport Committee",
    date="2024-01-24",
    site=site("Wirral Council", "https://democracy.wirral.gov.uk",
              "Wirral Council, Treasury Building, Argyle Street, Birkenhead CH41 6BU", "© Wirral Council",
              breadcrumb=["Home", "Committees", "Browse meetings", "Environment, Climate Emergency and Transport Committee"]),
    heading="Agenda and minutes: Environment, Climate Emergency and Transport Committee - Wednesday, 24th January, 2024 6.00 pm",
    venue="Committee Room 1, Wallasey Town Hall, Brighton Street, Wallasey CH44 8ED",
    contact="Kyle Anders, Democratic Services Officer, 0151 691 8000",
    items=[
        item("61", "Public questions", [
            "Ms Jocelyn Pryor asked when the flooded footpath by the Lower Lake in Birkenhead Park would be "
            "repaired. The Chair answered that a new drain would be laid under the path in February and the "
            "path resurfaced straight afterwards, at a cost of £38,000 from the parks capital budget."]),
        item("62", "Electric vehicle charging in council car parks", [
            "The Committee received a report on 40 fast charge points to be put into council car parks at "
            "West Kirby, Hoylake, New Brighton and Heswall. The charge points would be installed by Wirral "
            "Grid Services and were expected to be working by the end of June 2024. Members asked that the "
            "bays be painted green and kept for charging only.",
            "Resolved: That the installation of charge points in council car parks be approved."]),
        item("63", "Fly-tipping enforcement", [
            "The Committee considered proposals to raise the fixed penalty for fly-tipping from £400 to "
            "£1,000, reduced to £600 if paid within ten days, and to move eight mobile cameras around the "
            "worst hotspots in Birkenhead, Seacombe and Rock Ferry. Councillor Gwen Talbot moved the "
            "recommendations, seconded by Councillor Steve Ferrier. Councillor Ian Roscoe asked that the "
            "names of the streets covered by cameras be published, and officers said that signs would be "
            "put up at each site but the list of sites would not be published. The recommendations were "
            "carried by 9 votes to 2.",
            "Resolved: That the fixed penalty for fly-tipping be raised to £1,000 from 1 April 2024."]),
        item("64", "New Brighton promenade railings", [
            "Members noted that the railings between the Floral Pavilion and Vale Park would be repainted "
            "in the spring."]),
    ],
)

# =========================================================================== ModernGov item pages

doc(
    name="mgAi_ID62318_Elmbridge_Scrutiny", form="mg-item",
    council="Elmbridge Borough Council", stated="yes", committee="Overview and Scrutiny Committee",
    date="2023-11-14",
    site=site("Elmbridge Borough Council", "https://mygov.elmbridge.gov.uk",
              "Elmbridge Borough Council, Civic Centre, High Street, Esher KT10 9SD",
              "© Elmbridge Borough Council",
              breadcrumb=["Home", "Committees", "Overview and Scrutiny Committee", "Agenda item"]),
    meeting_line="14/11/2023 - Overview and Scrutiny Committee (Item 6)",
    items=[item("6.", "Leisure contract: first six months", [
        "The Committee received a presentation on the first six months of the leisure contract, under which "
        "Brightwater Active Leisure had taken over the Xcel Leisure Complex in Walton-on-Thames and the "
        "Hersham pool from 1 April 2023 on a ten year contract.",
        "The Leisure Services Manager reported that visits were up by 14 per cent on the same months of "
        "2022 and that gym memberships had passed 4,300.",
        "Councillor Amelia Radcliffe asked why more than 600 children were on the waiting list for swimming "
        "lessons. The operator's contract manager replied that the waiting list was down to a shortage of "
        "qualified swimming teachers, and that the operator was paying for twelve local people to train as "
        "teachers this winter.",
        "Councillor Kenneth Obi asked about the leaks over the pool hall. Officers explained that the roof "
        "had been patched in September and that an independent condition survey of the pool hall roof had "
        "been commissioned, with the findings expected in March 2024.",
        "Councillor Radcliffe asked whether the operator could close the Hersham pool without the Council's "
        "agreement. Officers replied that it could not: any closure or change to opening hours needed the "
        "Council's written consent under the contract.",
        "RESOLVED: That the presentation be noted and that the operator return to the Committee in a year."],
        links=[("Leisure contract update presentation", "1 MB"), ("Appendix A - performance figures", "212 KB")])],
)

doc(
    name="mgAi_ID80422_York_Executive", form="mg-item",
    council="City of York Council", stated="yes", committee="Executive", date="2023-10-19",
    site=site("City of York Council", "https://democracy.york.gov.uk",
              "City of York Council, West Offices, Station Rise, York YO1 6GA", "© City of York Council",
              breadcrumb=["Home", "Committees", "Executive", "Agenda item"]),
    meeting_line="19/10/2023 - Executive (Item 42)",
    items=[item("42.", "Review of Residents' Parking Permit Charges", [
        "The Executive considered a report on charges for residents' parking permits, which had not "
        "changed since 2019.",
        "The Executive Member for Transport explained that the cost of enforcing the 94 residents' parking "
        "zones had risen by more than a third since the charges were last set, and that the permits no "
        "longer covered the cost of running the scheme.",
        "Members noted that a first permit would rise from £104 to £126 a year and a second permit from "
        "£188 to £226, and that the discount for the cleanest vehicles would end.",
        "Officers said that the Clementhorpe zone alone had 1,430 permits on issue, and that Heworth, "
        "Fishergate and South Bank had the longest waiting lists for new zones.",
        "Councillor Eleanor Varley asked whether carers' permits would be charged. The Executive Member "
        "replied that carers' permits would stay free.",
        "Resolved: That the new permit charges take effect from 1 January 2024."],
        links=[("Report: Residents' Parking Permit Charges", "402 KB")])],
)

# =========================================================================== ModernGov decision pages

doc(
    name="ieDecisionDetails_ID7715_Norfolk_Dereham_Library", form="mg-decision",
    council="Norfolk County Council", stated="yes",
    committee="Cabinet Member for Communities and Partnerships", date="2023-06-22",
    site=site("Norfolk County Council", "https://www.norfolk.gov.uk",
              "Norfolk County Council, County Hall, Martineau Lane, NR1 2DH", "© Norfolk County Council",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Forward plan"]),
    decision_title="Decision details: Dereham Library refurbishment and extended access",
    fields=[("Decision Maker:", "Cabinet Member for Communities and Partnerships"),
            ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "No"),
            ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To approve the refurbishment of Dereham Library on Church Street and the introduction "
                      "of extended access using the Open+ system."]),
        ("Decision:", [
            "The Cabinet Member approved the award of the refurbishment works to Breckland Interiors Limited "
            "for £412,000. Arts Council England will contribute £250,000 through its Libraries Improvement "
            "Fund, and the remaining £162,000 will come from the County Council's capital programme.",
            "The library will close during the works. The date on which it reopens cannot yet be confirmed, "
            "because the contractor's programme depends on when the new heating plant can be delivered."]),
        ("Reasons for the decision:", [
            "Extended access will let members use the library with their card and PIN from 8am to 8pm every "
            "day, including when no staff are on duty, more than doubling the hours it is open."]),
        ("Alternative options considered:", [
            "Moving the library into the Dereham Memorial Hall was rejected because the hall could not offer "
            "enough space for the children's library."]),
    ],
    tail=[("Publication date:", "22/06/2023"), ("Date of decision:", "22/06/2023"),
          ("Effective from:", "30/06/2023")],
    links=[("Dereham Library refurbishment - decision report", "355 KB")],
)

doc(
    name="ieDecisionDetails_ID9240_Cardiff_FlyTipping", form="mg-decision",
    council="Cardiff Council", stated="yes", committee="Cabinet", date="2023-09-21",
    site=site("Cardiff Council", "https://cardiff.moderngov.co.uk",
              "Cardiff Council, County Hall, Atlantic Wharf, Cardiff CF10 4UW", "© Cardiff Council",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Cymraeg"]),
    decision_title="Decision details: Fly-tipping enforcement: fixed penalties and mobile cameras",
    fields=[("Decision Maker:", "Cabinet"),
            ("Decision status:", "Implemented"),
            ("Is Key decision?:", "Yes"),
            ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To strengthen enforcement against fly-tipping across the city."]),
        ("Decision:", [
            "Cabinet agreed to raise the fixed penalty notice for small scale fly-tipping to £500, and "
            "to buy twelve mobile cameras to be placed in back lanes in Splott, "
            "Adamsdown, Cathays and Ely.",
            "The camera pilot will run for twelve months with Keep Wales Tidy, after which a review of the "
            "pilot will be reported to Cabinet."]),
        ("Reasons for the decision:", [
            "Reported fly-tips had risen to 11,200 in 2022/23, and clearing them cost the Council about £1.1 "
            "million a year."]),
        ("Alternative options considered:", [
            "Fixed cameras were rejected because offenders soon learn where they are and move on."]),
    ],
    tail=[("Publication date:", "22/09/2023"), ("Date of decision:", "21/09/2023"),
          ("Effective from:", "30/09/2023"), ("Decided at meeting:", "21/09/2023 - Cabinet")],
    links=[("Cabinet report: fly-tipping enforcement", "688 KB")],
)

# =========================================================================== printed PDF minutes

doc(
    name="NNDC_Cabinet_Minutes_04122023", form="pdf-minutes",
    council="North Norfolk District Council", stated="yes", committee="Cabinet", date="2023-12-04",
    pdf_title="Cabinet minutes 4 December 2023", pdf_author="Democratic Services",
    title_lines=["NORTH NORFOLK DISTRICT COUNCIL",
                 "Minutes of the meeting of the Cabinet held on Monday, 4 December 2023 in the Council "
                 "Chamber, Council Offices, Holt Road, Cromer at 10.00 am"],
    attendance=[("Members present:", "Cllr T Adeyemi (Chair), Cllr R Blackwood, Cllr S Carrow, Cllr P Doughty, "
                 "Cllr H Ellwood, Cllr M Fairbrother"),
                ("Officers in attendance:", "Chief Executive, Director for Place, Leisure and Locality "
                 "Services Manager, Democratic Services Officer")],
    items=[
        item("78.", "PUBLIC QUESTIONS AND STATEMENTS", [
            "Mrs Patricia Sowerby of Mundesley asked why the car park above the beach at Mundesley was "
            "still fenced off. Cllr Carrow replied that the cliff edge had moved to within eight metres of "
            "the car park wall during the storms in October, that the fence would stay until the "
            "engineers were satisfied the cliff had stopped moving, and that the 20 spaces nearest the "
            "road would reopen before Christmas."]),
        item("79.", "MINUTES", ["The minutes of the meeting held on 6 November 2023 were approved as a correct record."]),
        item("80.", "LEISURE CENTRE OPERATOR CONTRACT", [
            "Cllr Ellwood introduced the report on the new operating contract for The Reef in Sheringham, "
            "Fakenham Sports and Fitness Centre and Victory Swim and Fitness Centre in North Walsham. "
            "Coastal Active Trust had submitted the only compliant tender. The contract would run for ten "
            "years from 1 April 2024, with an option to extend by five, and the Council would pay a "
            "management fee that fell each year, from £310,000 in the first year to nothing by the sixth.",
            "Members asked whether prices would go up. The Director for Place said that swimming prices "
            "were fixed in the contract until April 2025 and could then rise by no more than inflation.",
            "RESOLVED to award the leisure operating contract to Coastal Active Trust."]),
        item("81.", "MUNDESLEY COASTAL ADAPTATION", [
            "Cabinet received an update on the coastal adaptation scheme at Mundesley, under which homes "
            "at risk from cliff erosion within twenty years would be bought and demolished and their "
            "owners helped to move inland. Eleven homes on Cliff Road and Marina Road were in the first "
            "group; the owners had been written to in September and seven had asked for a valuation. "
            "Land at the top of Trunch Road had been identified for replacement homes and the scheme "
            "was funded by the Environment Agency's coastal transition programme.",
            "RESOLVED to note the progress of the scheme."]),
        item("82.", "CROMER PIER SEASON REVIEW", [
            "Cabinet noted that the end of the pier show had sold 91 per cent of its seats over the summer season."]),
    ],
    closing=["The meeting closed at 11.42 am.", "CHAIRMAN"],
    header="Cabinet 4 December 2023", footer=["Page {n} of {total}"],
)

doc(
    name="Teignbridge_Planning_Committee_Minutes_16012024", form="pdf-minutes",
    council="Teignbridge District Council", stated="yes", committee="Planning Committee", date="2024-01-16",
    pdf_title="Planning Committee Minutes", pdf_author="Teignbridge District Council",
    logo="Teignbridge District Council",
    title_lines=["PLANNING COMMITTEE",
                 "Minutes of the meeting held in the Council Chamber, Forde House, Brunel Road, Newton Abbot "
                 "on Tuesday 16th January 2024 starting at 10am"],
    attendance=[("Present:", "Councillors Hamlyn (Chair), Trevelyan (Vice Chair), Ashcroft, Bellamy, Coombes, "
                 "Dunstan, Gregory, Matravers, Penhale, Stokes"),
                ("Apologies:", "Councillors Lovell and Rundle")],
    items=[
        item("PC 112.", "Minutes", ["The minutes of the meeting held on 12 December 2023 were confirmed and signed."]),
        item("PC 113.", "23/01488/MAJ Dawlish - Land off Secmaton Lane", [
            "Reserved matters for 72 dwellings. The Business Manager explained that 22 of the homes would be "
            "affordable and that the developer would pay £412,000 towards secondary school places in "
            "Dawlish. The town council spoke against the scheme because of the extra traffic at the "
            "junction with Exeter Road. It was proposed by Councillor Trevelyan and seconded by Councillor "
            "Stokes that the application be approved as recommended. A vote was taken: 7 for, 2 against "
            "and 1 abstention.",
            "Resolved: Permission granted subject to the conditions set out in the report."]),
        item("PC 114.", "23/01901/FUL Bovey Tracey - Pludda Barn, Hind Street", [
            "Conversion of a stone barn into two holiday lets. Members were satisfied that the bat survey "
            "had been done and that the roost would be kept in the roof space.",
            "Resolved: Permission granted."]),
        item("PC 115.", "23/02033/FUL Teignmouth - 8 Powderham Terrace", [
            "Conversion of a guest house into six flats. Members were concerned that no parking would be "
            "provided and asked for more information on the bin store and on whether the flats would meet "
            "the national space standards.",
            "Resolved: Deferred to a future meeting so that the applicant can answer the Committee's "
            "concerns about bin storage and room sizes."]),
        item("PC 116.", "23/01655/FUL Kingsteignton - Broadway Garage", [
            "This application was withdrawn by the applicant on 10 January 2024."]),
        item("PC 117.", "Appeal decisions", [
            "Members noted that the inspector had allowed the appeal for the replacement dwelling at Haldon "
            "Hill and dismissed the appeal for the shop sign in Ashburton."]),
    ],
    closing=["The meeting ended at 1.15pm.", "Chair"],
    header="Planning Committee 16.01.2024", footer=["Page {n}"],
)

doc(
    name="Gravesham_Cabinet_Minutes_9Oct2023", form="pdf-minutes",
    council="Gravesham Borough Council", stated="yes", committee="Cabinet", date="2023-10-09",
    pdf_title="Cabinet - 9 October 2023 - Minutes", pdf_author="Committee Services",
    title_lines=["Gravesham Borough Council",
                 "Cabinet",
                 "Minutes of a meeting held at the Civic Centre, Windmill Street, Gravesend on 9th October 2023 at 7.00 pm"],
    attendance=[("Present:", "Cllr Naveen Sandhu (Leader), Cllr Bethany Crouch, Cllr Ewan Macready, "
                 "Cllr Sunita Dhaliwal, Cllr Lawrence Prewett"),
                ("In attendance:", "Cllr Frank Winstanley (Leader of the Opposition)")],
    items=[
        item("C41.", "Questions from the public", [
            "Mr Harold Beeching asked when the lights in the underpass below the A2 at Istead Rise would be "
            "fixed. Cllr Macready answered that the lights belonged to the highway authority, that the "
            "Council had reported the fault three times and that National Highways had promised a repair "
            "by the end of October."]),
        item("C42.", "Warm Spaces Winter 2023/24", [
            "Cabinet agreed to open warm spaces at the Woodville, Northfleet Library and four community "
            "centres from 6 November until the end of March, each open at least three days a week with hot "
            "drinks, soup and phone charging. The £46,000 cost would be met from the UK Shared Prosperity "
            "Fund, and volunteers from local churches had offered to help at the Northfleet site."]),
        item("C43.", "Windmill Hill", [
            "Cabinet approved new paths and seating on Windmill Hill. The Leader said a heritage "
            "assessment of the old mill site would be carried out in the new year, before any decision "
            "was taken on whether to rebuild a windmill there."]),
        item("C44.", "Gravesend Town Pier pontoon moorings", [
            "Cabinet agreed to charge visiting boats £2.50 per metre per night at the Town Pier pontoon "
            "from April 2024, rising to £3.00 in the summer months."]),
        item("C45.", "Council Tax Support Scheme 2024/25", [
            "Cabinet recommended to Council that the scheme stay the same for 2024/25."]),
        item("C46.", "Cascades Leisure Centre Changing Rooms", [
            "Cabinet approved the refurbishment of the poolside changing rooms at Cascades Leisure Centre, "
            "with the work to be done in two halves so that swimming could continue. Cllr Crouch said that "
            "family cubicles and two accessible changing places would be added, and that the lockers would "
            "take contactless payment."]),
        item("C47.", "Meopham Green Car Park", [
            "Cabinet agreed to resurface the car park by Meopham Green and to mark out four disabled bays, "
            "after complaints from the cricket club and from parents at the nearby school about potholes. "
            "The work would be done during the February half term."]),
        item("C48.", "Exclusion of the Public", [
            "Cabinet resolved to exclude the press and public for the following item, which contained "
            "information about the financial affairs of a named company.",
            "C49. Northfleet Industrial Estate Lease Renewal: Cabinet agreed the terms set out in the exempt "
            "report."]),
    ],
    closing=["The meeting ended at 8.20 pm."],
    header="Cabinet - 9 October 2023", header_right="Minutes C41 - C49", footer=["Page {n} of {total}"],
)

doc(
    name="Lancaster_Cabinet_Minutes_2023-11-14", form="pdf-minutes",
    council="Lancaster City Council", stated="yes", committee="Cabinet", date="2023-11-14",
    pdf_title="Cabinet minutes", pdf_author="Lancaster City Council",
    title_lines=["LANCASTER CITY COUNCIL",
                 "CABINET",
                 "Minutes of the meeting of Cabinet held on Tuesday 14th November 2023 at 6.00 pm in the "
                 "Morecambe Suite, Morecambe Town Hall"],
    attendance=[("Present:", "Councillors Yasmin Hirst (Chair), Oliver Brannigan, Carys Dunmore, Rashid Malik, "
                 "Tom Whitlock"),
                ("Apologies:", "Councillor Fiona Ledger")],
    items=[
        item("61", "Residents' Parking Permit Charges", [
            "Councillor Brannigan presented the report. The charge for a residents' parking permit would "
            "go up from £30 to £45 a year from 1 February 2024, the first rise for nine years, and visitor "
            "permits from £10 to £15 for a book of twenty. The extra income would pay for two more civil "
            "enforcement officers in the Lancaster zones.",
            "Resolved unanimously: That the new permit charges be approved."]),
        item("62", "Fly-tipping Fixed Penalty Notices", [
            "Cabinet agreed to raise the fixed penalty for fly-tipping to £800, with no discount for early "
            "payment, and to take every unpaid notice to court. Councillor Dunmore said that 212 notices "
            "had been issued in the year to September, mostly in the West End of Morecambe and around "
            "Skerton.",
            "Resolved: That the new fixed penalty be approved."]),
        item("63", "Ashton Memorial, Williamson Park", [
            "Cabinet noted that scaffolding had gone up around the dome of the Ashton Memorial after stone "
            "fell from the parapet. Asked when the memorial would reopen for weddings, the Chief Officer "
            "said it was too soon to give a date until the stonemasons had removed all the loose stone and "
            "reported on the state of the dome. The work was being done by Pennine Heritage Masonry."]),
        item("64", "Happy Mount Park Splash Park", [
            "Cabinet agreed that the splash park should open from 10am to 6pm every day in the school "
            "summer holidays."]),
        item("65", "Morecambe Promenade Events Programme 2024", [
            "Cabinet approved a programme of eleven events on the promenade between the Midland Hotel and "
            "the Clock Tower, including a kite festival in May and a vintage bus rally in September. "
            "Councillor Whitlock said that local traders would be given first refusal on food stalls at "
            "every event.",
            "Resolved: That the events programme be approved."]),
        item("66", "Treasury Management Mid Year Review", [
            "Cabinet noted that the Council's investments had earned an average return of 4.9 per cent in the "
            "first half of the year and that no new borrowing had been taken out.",
            "Resolved: That the report be referred to Council."]),
        item("67", "Carnforth Market Street Shop Grants", [
            "Cabinet agreed that the remaining £48,000 of the heritage shop grants in Carnforth be offered to "
            "the seven shops on Market Street that had missed the first round.",
            "Resolved: That the grants be offered."]),
    ],
    closing=["Chair", "(The meeting ended at 7.35 pm)"],
    header="CABINET 14TH NOVEMBER 2023", footer=["Page {n} of {total}", "Any queries regarding these Minutes, please contact Democratic Services"],
)

doc(
    name="Highland_EconomyInfrastructure_Minutes_22Feb2024", form="pdf-minutes",
    council="The Highland Council", stated="yes", committee="Economy and Infrastructure Committee",
    date="2024-02-22",
    pdf_title="Economy and Infrastructure Committee 22 February 2024", pdf_author="The Highland Council",
    title_lines=["The Highland Council",
                 "Minutes of Meeting of the Economy and Infrastructure Committee held in the Council Chamber, "
                 "Council Headquarters, Glenurquhart Road, Inverness on Thursday, 22nd February, 2024 at 10.30 am."],
    attendance=[("Present:", "Mr K Drummond (Chair), Ms F MacAskill, Mr A Morrison, Mrs J Sutherland, "
                 "Mr R Grant, Ms L Urquhart, Mr D MacLeod"),
                ("In attendance:", "Executive Chief Officer Infrastructure, Environment and Economy; Head of "
                 "Roads and Transport; Licensing Manager")],
    header_from=2,
    items=[
        item("4.", "Short-term Let Licensing", [
            "The Licensing Manager reported that 4,912 applications for short term let licences had been "
            "received since the scheme began, of which 1,130 were on the Isle of Skye. Most had been "
            "granted; 58 had been refused, mainly because of fire safety or poor water supply. Mr "
            "Morrison said that in parts of Skye one house in four was now a holiday let, and asked "
            "whether a control area could be created there. The Licensing Manager replied that this was a "
            "planning matter and that a report on a control area would go to the Skye and Raasay Area "
            "Committee in the summer.",
            "The Committee NOTED the report."]),
        item("5.", "Thurso to Wick Bus Service", [
            "The Head of Roads and Transport reported that the evening journeys between Thurso and Wick "
            "would now be run by the Council's own bus fleet, after the commercial operator gave notice "
            "that it would withdraw them. Passenger numbers on the evening journeys had grown to an "
            "average of 23 a trip.",
            "The Committee AGREED to fund the evening journeys until March 2025."]),
        item("6.", "Fort William Town Centre Public Realm", [
            "The Committee approved the design for the High Street in Fort William, with new paving, "
            "seating and planting, costing £1.6 million from the Place Based Investment Programme."]),
        item("7.", "Aviemore Winter Gritting", [
            "Members asked that the route to the Cairngorm ski road be treated first on snow days; the Head "
            "of Roads agreed to look at the gritting order."]),
        item("8.", "Dingwall Harbour Road Bridge", [
            "The Head of Roads and Transport reported that the weight limit on the bridge over the River "
            "Peffery on Harbour Road in Dingwall would stay at 7.5 tonnes until it was strengthened. "
            "Heavy vehicles would continue to use the signed diversion.",
            "The Committee NOTED the position."]),
        item("9.", "Portree Harbour Berthing Charges", [
            "The Committee agreed to keep berthing charges for fishing boats at Portree harbour at this "
            "year's level for 2024/25, and to raise charges for cruise ship tenders by 5 per cent. Ms "
            "MacAskill asked that the harbour master report on the number of cruise calls booked for the "
            "summer.",
            "The Committee AGREED the charges."]),
        item("10.", "Capital Programme Monitoring", [
            "The Committee noted that spending on roads and bridges was on track, with £19.2 million spent by "
            "the end of January."]),
    ],
    closing=["The meeting ended at 12.50 pm."],
    header="Economy and Infrastructure Committee, 22 February 2024", footer=["{n}"],
)

doc(
    name="NAC_Cabinet_Minutes_30-01-24", form="pdf-minutes",
    council="North Ayrshire Council", stated="yes", committee="Cabinet", date="2024-01-30",
    pdf_title="Cabinet Minutes 30 January 2024", pdf_author="Committee Services",
    title_lines=["North Ayrshire Council",
                 "Cabinet",
                 "30 January 2024",
                 "Irvine, 30 January 2024 - At a Meeting of the Cabinet of North Ayrshire Council at 2.30 p.m. "
                 "in the Council Chambers, Cunninghame House, Irvine."],
    attendance=[("Present:", "Rhona Kerr, Alasdair McNeish, Morag Gilmour, Euan Carswell and Fiona Lindsay."),
                ("In Attendance:", "Head of Finance, Head of Housing and Public Protection, Committee Services Officer.")],
    items=[
        item("1.", "Declarations of Interest", ["There were no declarations of interest."]),
        item("2.", "Council Tax Premium on Second Homes", [
            "Submitted a report by the Head of Finance on charging double council tax on second homes from "
            "1 April 2024. There were 1,046 second homes in North Ayrshire, three quarters of them on Arran "
            "and Cumbrae. Homes let for at least 140 nights a year and homes tied to a job would not pay the "
            "premium. The money raised would go into the Council's affordable housing account and be "
            "spent first on homes for rent on Arran and in Millport.",
            "Members asked how owners would be told. The Head of Finance replied that every owner would get a "
            "letter in February with their new bill.",
            "The Cabinet agreed to charge the premium from 1 April 2024."]),
        item("3.", "Largs Promenade Sea Wall", [
            "Submitted a report on repairs to the sea wall between the Pencil and the pier at Largs. "
            "Clydeside Marine Civils Ltd had won the tender for £2.3 million, and work would start in "
            "April and take about seven months.",
            "The Cabinet agreed to award the contract."]),
        item("4.", "Saltcoats Town Hall", [
            "The Cabinet noted that the community asset transfer of Saltcoats Town Hall to a local "
            "heritage trust would complete in March."]),
        item("5.", "Kilwinning Community Sports Hub", [
            "Submitted a report on a new 3G pitch and changing pavilion at the Kilwinning Community Sports "
            "Hub. Members asked whether local clubs would get priority bookings; the Head of Service replied "
            "that clubs based in Kilwinning would be able to book a season ahead of others.",
            "The Cabinet agreed to the design and to a start on site in June."]),
        item("6.", "Ardrossan Harbour Ferry Terminal", [
            "The Cabinet noted an update on the redevelopment of the ferry terminal at Ardrossan and agreed "
            "that the Leader write to the Scottish Government asking for a decision on the timetable."]),
        item("7.", "Brodick Public Realm", [
            "Submitted a report on new seating, bins and planters along the shore front at Brodick. The "
            "Cabinet agreed the design, with the work to be done after the end of the summer ferry season."]),
    ],
    closing=["The meeting ended at 3.40 p.m."],
    header="Cabinet 30/01/24", footer=["- {n} -"],
)

# =========================================================================== Public Document Packs

doc(
    name="SDC_Cabinet_Pack_2024-03-11", form="pdf-pack",
    council="Stratford-on-Avon District Council", stated="yes", committee="Cabinet", date="2024-03-11",
    pdf_title="Cabinet 11 March 2024 - Public Document Pack", pdf_author="Democratic Services",
    cover=["Cabinet", "Stratford-on-Avon District Council",
           "Monday 11 March 2024 at 6.00 pm",
           "Council Chamber, Elizabeth House, Church Street, Stratford-upon-Avon CV37 6HX"],
    cover_body=["Members of the Cabinet are summoned to attend the meeting to transact the business set out below.",
                "Membership: Councillors Lowther (Leader), Ashdown, Clutterbuck, Farrant, Ingleby and Quarrie.",
                "Contact: Jemima Coyle, Democratic Services, 01789 260208"],
    agenda=[("1", "Apologies for absence"), ("2", "Declarations of interest"),
            ("3", "Minutes of the meeting held on 5 February 2024 ({minutes})"),
            ("4", "Public questions"),
            ("5", "Leisure Management Contract ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["STRATFORD-ON-AVON DISTRICT COUNCIL",
                      "Minutes of the Cabinet held on Monday 5 February 2024"],
    prev_items=[
        item("CAB/74", "Public Questions", [
            "Mrs Gwendolyn Aske of Alcester asked why the Bleachfield Street car park had been closed "
            "since November.",
            "The Cabinet Member for Environment replied that a sinkhole had opened under the exit, that "
            "the drains beneath it were being relined, and that the car park would reopen on 26 February."]),
        item("CAB/75", "Shipston-on-Stour Flood Alleviation", [
            "The Cabinet noted that 38 homes in Shipston had been fitted with flood doors and air brick "
            "covers under the property resilience grant.",
            "RESOLVED: That the report be noted."]),
    ],
    report=report(
        ["Stratford-on-Avon District Council", "Cabinet - 11 March 2024", "Leisure Management Contract"],
        [("Lead Officer", "Head of Communities"), ("Portfolio Holder", "Cllr Ingleby"),
         ("Wards affected", "All"), ("Key decision", "Yes")],
        [("1. Summary", ["1.1 This report seeks approval to award the contract to run Stratford Leisure "
                         "Centre, Studley Leisure Centre and Shipston Leisure Centre from 1 July 2024."]),
         ("2. Recommendation", ["2.1 That the Leisure Management Contract be awarded to Ardenvale Leisure "
                                "Community Trust for ten years, with an option to extend for a further five."]),
         ("3. Background", ["3.1 The current contract ends on 30 June 2024. Four bidders took part in the "
                            "procurement, and Ardenvale Leisure Community Trust scored highest on both "
                            "quality and price.",
                            "3.2 A full condition survey of the three centres will be completed by the "
                            "end of June 2024, before the new operator takes over, so that the repair "
                            "responsibilities of each party are clear."]),
         ("4. Financial implications", ["4.1 Under the new contract the operator would pay the Council "
                                        "£185,000 a year for the right to run the centres, instead of the "
                                        "Council paying a subsidy of £240,000 a year as it does now.",
                                        "4.2 The operator would pay for the first £25,000 of any repair; the "
                                        "Council would remain responsible for the roofs and structure."]),
         ("5. Risks", ["5.1 Energy prices remain the largest risk; they would be shared equally between the "
                       "Council and the operator above an agreed base level."])]),
    footer=["Page {n}"], number_offset=1,
)

doc(
    name="ERYC_Cabinet_Agenda_Pack_21112023", form="pdf-pack",
    council="East Riding of Yorkshire Council", stated="yes", committee="Cabinet", date="2023-11-21",
    pdf_title="Public reports pack 21112023 Cabinet", pdf_author="ERYC",
    cover=["East Riding of Yorkshire Council", "Cabinet",
           "Tuesday, 21 November 2023 at 10.00 am",
           "Council Chamber, County Hall, Cross Street, Beverley HU17 9BA"],
    cover_body=["Dear Councillor, you are invited to attend a meeting of the Cabinet at the time and place shown.",
                "Please contact Gareth Lumb, Committee Manager, on 01482 393206 with any queries."],
    agenda=[("1", "Declarations of pecuniary and non-pecuniary interests"),
            ("2", "Minutes of the meeting held on 24 October 2023 ({minutes})"),
            ("3", "Warm Hubs Winter 2023/24 ({report})")],
    marks=["Agenda Item 2", "Agenda Item 3"],
    prev_title_lines=["EAST RIDING OF YORKSHIRE COUNCIL", "CABINET",
                      "Minutes of the meeting held on Tuesday, 24 October 2023 at County Hall, Beverley"],
    prev_items=[
        item("4217", "Goole Market Hall", [
            "Councillor Pickersgill, a Goole ward member, asked whether the empty units in Goole Market "
            "Hall could be let rent free to new traders. The Portfolio Holder for Economic Development "
            "replied that new traders would be offered the first six months rent free from January 2024.",
            "Resolved: That the Goole Market Hall lettings policy be approved."]),
        item("4218", "Bridlington Harbour Top", [
            "Cabinet noted that the new harbour top seating and shelters had been finished in September, "
            "three weeks late because of the weather.",
            "Resolved: That the update be noted."]),
    ],
    report=report(
        ["East Riding of Yorkshire Council", "Report to Cabinet, 21 November 2023",
         "Warm Hubs Winter 2023/24"],
        [("Report of", "Director of Communities and Environment"), ("Portfolio Holder", "Councillor Margaret Ellery"),
         ("Key decision", "No")],
        [("1. Purpose", ["1.1 To agree the warm hubs offer for this winter."]),
         ("2. The offer", ["2.1 Thirty eight warm hubs will open from 1 December 2023 to 31 March 2024 in "
                           "libraries, customer service centres and village halls, including in Hornsea, "
                           "Withernsea, Driffield and Pocklington.",
                           "2.2 Each hub will offer a warm seat, hot drinks, free wifi and advice on energy "
                           "bills from the Council's energy advice team."]),
         ("3. Funding", ["3.1 The £95,000 cost will be met from the Household Energy Support grant, and "
                         "village halls will receive £600 each towards their heating bills."]),
         ("4. Future years", ["4.1 It is not yet possible to say whether warm hubs can be offered next "
                              "winter, because the grant has only been confirmed until March 2024."]),
         ("5. Recommendation", ["5.1 That Cabinet approves the warm hubs offer for winter 2023/24."])]),
    footer=["Page {n}"], number_offset=1,
)

doc(
    name="CDC_Cabinet_Pack_05-12-2023", form="pdf-pack",
    council="Chichester District Council", stated="yes", committee="Cabinet", date="2023-12-05",
    pdf_title="Agenda Cabinet 5 December 2023", pdf_author="Chichester District Council",
    cover=["Chichester District Council", "Cabinet",
           "Tuesday 5 December 2023 at 9.30 am",
           "Committee Rooms, East Pallant House, Chichester PO19 1TY"],
    cover_body=["Members: Councillors Hartigan (Leader), Banfield, Colebrook, Dimmock, Everitt and Sayce.",
                "Contact: Tamsin Rowe, Democratic Services, 01243 534684",
                "This meeting will be webcast."],
    agenda=[("1", "Chair's announcements"), ("2", "Approval of minutes of 7 November 2023 ({minutes})"),
            ("3", "Declarations of interest"), ("4", "Public question time"),
            ("5", "Midhurst car park charges ({report})")],
    marks=["Agenda Item 2", "Agenda Item 5"],
    prev_title_lines=["Minutes of the meeting of the Cabinet held in Committee Rooms, East Pallant House "
                      "on Tuesday 7 November 2023 at 9.30 am"],
    prev_items=[
        item("201", "Public Question Time", [
            "Mr Leonard Vickery of Selsey asked whether the Council would put up a second ramp for "
            "wheelchairs onto the beach at East Beach. Councillor Everitt replied that a second ramp had "
            "been costed at £48,000 and would be added to the capital bid for 2024/25."]),
        item("202", "Beach Huts at Bracklesham and East Wittering", [
            "Cabinet approved the addition of 24 new beach huts on the promenade at Bracklesham, to be "
            "let on five year licences, with first offers going to the 190 people on the waiting list in "
            "the order they had joined it.",
            "RESOLVED: That the new beach huts be approved."]),
    ],
    report=report(
        ["Chichester District Council", "Cabinet 5 December 2023", "Midhurst Car Park Charges"],
        [("Report of", "Director of Place"), ("Contact officer", "Paul Greenaway, Parking Manager"),
         ("Wards", "Midhurst; Easebourne")],
        [("1. Recommendation", ["1.1 That the tariffs in section 3 are approved from 1 April 2024."]),
         ("2. Background", ["2.1 The Council runs three car parks in Midhurst: North Street, the Grange "
                            "and Capron House. Charges have not changed since 2019.",
                            "2.2 Occupancy surveys in July 2023 found that North Street was full on most "
                            "weekday mornings, while the Grange car park was seldom more than half full."]),
         ("3. Proposed tariffs", ["3.1 At North Street the charge for up to one hour would rise from £1.20 "
                                  "to £1.50, with a maximum stay of three hours.",
                                  "3.2 Tariffs at the Grange and Capron House would be set later, once "
                                  "the town council had been consulted on a long stay offer for workers."]),
         ("4. Alternatives", ["4.1 Keeping the current charges was rejected because they no longer cover "
                              "the cost of maintaining the car parks."]),
         ("5. Financial implications", ["5.1 The new North Street tariff is expected to raise an extra "
                                        "£36,000 a year."])]),
    footer=["Page {n}"], number_offset=1,
)

# =========================================================================== Word reports

doc(
    name="HDC_Cabinet_Report_HVO_Fleet_Fuel", form="docx-report",
    council="Harborough District Council", stated="yes", committee="Cabinet", date="2023-09-04",
    docx_author="Harborough District Council",
    letterhead=["Harborough District Council", "The Symington Building, Adam and Eve Street, Market Harborough LE16 7AG"],
    report=report(
        ["Cabinet Report", "Meeting date: Monday 4th September 2023",
         "Switching the Waste Collection Fleet to Hydrotreated Vegetable Oil"],
        [("Report of", "Director of Environment"), ("Portfolio Holder", "Cllr Imogen Sallis"),
         ("Status", "Open"), ("Key decision", "Yes"), ("Wards affected", "All")],
        [("1. Purpose of the report", [
            "1.1 To seek approval to run the Council's waste collection vehicles on hydrotreated vegetable "
            "oil (HVO) instead of diesel from 1 November 2023."]),
         ("2. Recommendations", [
            "2.1 That Cabinet approves the switch of the waste collection fleet to HVO.",
            "2.2 That the extra fuel cost is met from the climate emergency reserve for the first two years."]),
         ("3. Background", [
            "3.1 The Council's 31 refuse and recycling lorries, based at the Lutterworth Road depot, use "
            "about 610,000 litres of diesel a year and account for most of the Council's own carbon "
            "emissions.",
            "3.2 HVO can be used in the existing engines without any changes, and the manufacturer's "
            "warranty remains valid.",
            "3.3 The fuel would be bought through the regional fuel framework, and the existing tank at "
            "the depot would be cleaned before the first delivery."]),
         ("4. Options considered", [
            "4.1 Electric refuse lorries were considered but rejected for now: each costs around twice as "
            "much as a diesel lorry, and the longest rural rounds, out to Husbands Bosworth and the Welland "
            "valley villages, are beyond the range of the current models.",
            "4.2 Staying on diesel was rejected because it would not meet the Council's 2030 net zero target."]),
         ("5. Financial implications", [
            "5.1 HVO currently costs about 18p a litre more than diesel, which would add around £110,000 a "
            "year to the fleet's fuel bill."]),
         ("6. Risks", [
            "6.1 Supply of HVO could be interrupted; the depot will keep enough diesel for a week's rounds "
            "as a reserve."])]),
    header="Harborough District Council - Cabinet - 4 September 2023",
    footer=["OFFICIAL", "Page 1"],
)

doc(
    name="IoACC_Executive_Report_Premiums_Jan2024", form="docx-report",
    council="Isle of Anglesey County Council", stated="yes", committee="Executive", date="2024-01-23",
    docx_author="Isle of Anglesey County Council",
    letterhead=["ISLE OF ANGLESEY COUNTY COUNCIL"],
    report=report(
        ["Report to: The Executive", "Date: 23 January 2024",
         "Subject: Council Tax Premiums on Second Homes and Long-term Empty Homes 2024/25"],
        [("Portfolio Holder", "Councillor Gwenllian Parry"), ("Head of Service", "Director of Function (Resources)"),
         ("Report author", "Owain Bebb, Revenues and Benefits Manager"), ("Local members", "All members")],
        [("1. Recommendations", [
            "1.1 That the premium on second homes stays at 100 per cent for 2024/25.",
            "1.2 That the premium on homes empty for more than two years rises from 100 per cent to 150 "
            "per cent from 1 April 2024."]),
         ("2. Background", [
            "2.1 There are 2,278 second homes on the Island, with the highest numbers in Rhosneigr, "
            "Trearddur Bay and Benllech, and 498 homes that have been empty for more than six months.",
            "2.2 The premiums raised £3.4 million in 2023/24."]),
         ("3. Use of the money", [
            "3.1 The money from the premiums will continue to be spent on helping local people buy their "
            "first home, on bringing empty homes back into use and on building council houses.",
            "3.2 Since 2021 the first time buyer scheme has helped 87 households to buy a home on the "
            "Island."]),
         ("4. Further work", [
            "4.1 The Council will commission an independent study of how the premiums have affected the "
            "local housing market during 2024/25, and will report the findings to the Executive."]),
         ("5. Consultation", [
            "5.1 Town and community councils were consulted in November 2023; most of those that replied "
            "supported a higher premium on empty homes."])]),
    header="Executive 23.01.2024",
    footer=["Page 1", "CC-19542-LB/712453"],
)

# =========================================================================== Word minutes

doc(
    name="STC_People_Select_Committee_Minutes_07122023", form="docx-minutes",
    council="South Tyneside Council", stated="yes", committee="People Select Committee", date="2023-12-07",
    docx_author="Democratic Services",
    title_lines=["SOUTH TYNESIDE COUNCIL",
                 "People Select Committee",
                 "Minutes of the meeting held in the Town Hall and Civic Offices, Westoe Road, South Shields on "
                 "Thursday 7 December 2023 at 5.30 pm"],
    attendance=[("Present:", "Councillor Leanne Tindle (Chair); Councillors Ashby, Brannen, Corrigan, Forster, "
                 "Heslop and Ogunbiyi"),
                ("Also present:", "Strategic Lead for Communities; Libraries Manager")],
    items=[
        item("PSC/31", "Declarations of Interest", ["None were made."]),
        item("PSC/32", "Warm Spaces", [
            "The Strategic Lead for Communities reported that 27 warm spaces were open this winter across "
            "the borough, in libraries, church halls and community centres in South Shields, Jarrow, "
            "Hebburn and the Boldons. The Word in South Shields had received 3,140 visits to its warm "
            "space in November alone.",
            "Councillor Corrigan asked whether there was a warm space open on Sundays. The Strategic Lead "
            "replied that St Mark's church hall in Jarrow would open on Sunday afternoons from 10 December.",
            "The Committee noted the report."]),
        item("PSC/33", "Holiday Activities and Food Programme", [
            "The Committee heard that 2,650 children had taken part in the summer programme, which was "
            "paid for by the Department for Education. Councillor Heslop asked why places in Hebburn had "
            "filled in two days. Officers explained that only two providers in Hebburn had applied for "
            "funding, and that the Council would approach youth groups there before Easter.",
            "The Committee noted the report."]),
        item("PSC/34", "South Marine Park Lake", [
            "The Chair reported that the boating lake would be drained in January so that the silt could "
            "be removed, and refilled by Easter."]),
    ],
    closing=["Chair"],
    header="People Select Committee - 7 December 2023",
    footer=["South Tyneside Council", "Page 1"],
)

doc(
    name="EBC_Community_Scrutiny_Minutes_2023-06-27", form="docx-minutes",
    council="Erewash Borough Council", stated="yes", committee="Community Scrutiny Committee", date="2023-06-27",
    docx_author="Erewash Borough Council",
    title_lines=["EREWASH BOROUGH COUNCIL",
                 "MINUTES of the meeting of the COMMUNITY SCRUTINY COMMITTEE held at Ilkeston Town Hall, "
                 "Wharncliffe Road, Ilkeston on TUESDAY 27 JUNE 2023"],
    attendance=[("PRESENT:", "Councillor D Haywood (Chair); Councillors P Arkwright, S Bexley, M Chadda, "
                 "J Fenwick, R Holroyd"),
                ("APOLOGIES:", "Councillor T Pask")],
    items=[
        item("6.", "TREE PLANTING IN PARKS", [
            "The Head of Parks reported that 850 trees had been planted last winter in West Park, Long "
            "Eaton, and Victoria Park, Ilkeston, including a new avenue of limes along the main path in "
            "West Park. 96 per cent had survived the dry spring thanks to watering by the Friends groups. "
            "Councillor Chadda asked who paid for the trees; the Head of Parks replied that the Trees for "
            "Climate grant had covered the cost of the trees and the Council had paid for the planting."]),
        item("7.", "ILKESTON TOWN HALL ACCESS", [
            "Members asked when the lift at Ilkeston Town Hall would be working again. The Head of "
            "Property said a date could not be given yet, because the replacement motor had to be made to "
            "order and the manufacturer had not confirmed when it would be ready. In the meantime meetings "
            "needing step free access were being held at Long Eaton Town Hall."]),
        item("8.", "SANDIACRE LOCK PLAY AREA", [
            "The Committee received a petition with 412 signatures asking for a new play area near "
            "Sandiacre Lock. The Head of Parks explained that the land belonged to the Canal and River "
            "Trust, and that the Council had asked the Trust for a lease.",
            "RESOLVED that the petition be referred to the Cabinet."]),
        item("9.", "WORK PROGRAMME", ["The Committee agreed to look at allotment waiting lists in October."]),
    ],
    closing=["Chair", "Meeting closed at 8.05 pm"],
    header="Community Scrutiny Committee 27.06.2023",
    footer=["Page 1"],
)

# =========================================================================== plain text

doc(
    name="LDC_Cabinet_Minutes_2023-07-20", form="txt",
    council="Lewes District Council", stated="yes", committee="Cabinet", date="2023-07-20",
    title_lines=["LEWES DISTRICT COUNCIL",
                 "",
                 "Minutes of a meeting of the Cabinet held in the Council Chamber, County Hall,",
                 "St Anne's Crescent, Lewes on Thursday 20 July 2023 at 6.00pm",
                 "",
                 "Cabinet Minutes 20/07/2023"],
    attendance=[("Present:", "Councillor Zoe Northcott (Chair), Councillors Alfie Brandreth, Priya Mistry, "
                 "Gideon Rook and Wendy Saltmarsh"),
                ("Officers:", "Deputy Chief Executive, Head of Regeneration, Committee Officer"),
                ("Apologies:", "Councillor Hugh Delacroix")],
    items=[
        item("18", "Questions from members of the public", [
            "Ms Rosalind Fitt of Peacehaven asked whether the steps down to the undercliff walk at "
            "Peacehaven would reopen this summer. Councillor Saltmarsh replied that the steps would stay "
            "closed until the cliff face above them had been netted, which was booked for September."]),
        item("19", "Seaford Beach Huts", [
            "The Head of Regeneration reported on the plan to place 30 new beach huts on the seafront "
            "between the Martello Tower and Splash Point. The huts would be built locally from timber "
            "grown in the Weald, raised on steel legs to keep them above the shingle in storms, and let "
            "each year by ballot to Seaford residents first. There were 260 names on the waiting list.",
            "Councillor Rook moved the recommendation, seconded by Councillor Mistry, and it was agreed "
            "by 4 votes to 1.",
            "Resolved: That the Seaford beach huts be approved."]),
        item("20", "Newhaven Fort", [
            "Cabinet noted that the Fort had welcomed 41,000 visitors in 2022, and agreed to extend the "
            "opening season to the end of November."]),
        item("21", "Cost of living grants", [
            "Cabinet agreed grants of £5,000 each to four food banks in the district, to be paid in "
            "October."]),
    ],
    closing=["", "The meeting ended at 7.15pm.", "Councillor Zoe Northcott, Chair"],
)
