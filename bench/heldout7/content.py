"""The documents of bench/heldout7: invented business of real UK councils.

Every word of the business, the people (names made up, mostly from place names) and the figures is
invented; the councils, their towns and buildings are real, and the layouts are heldout5's forms.
make_heldout7.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
truth.csv is written from `council`, `stated` (how the text names the council: `yes` in full,
`short` only a short form or abbreviation), `committee` (alternatives separated by `|`) and `date`
(the meeting's, ISO). The content format is heldout5's (see bench/heldout5/content.py).
"""
from __future__ import annotations


def site(name: str, url: str, address: str, copyright_line: str, menu=None, breadcrumb=None, logo_alt=None,
         sidebar=None) -> dict:
    """A ModernGov site's frame: masthead, menu, breadcrumb, sidebar and footer."""
    return {
        "name": name, "url": url, "address": address, "copyright": copyright_line,
        "logo_alt": logo_alt or f"{name} logo",
        "menu": menu or ["Home", "Council and democracy", "Your councillors", "Contact the council"],
        "breadcrumb": breadcrumb or ["Home", "Council and democracy", "Agendas, reports and minutes"],
        "footer_links": ["Accessibility", "Cookie policy", "Privacy notice", "Site map"],
        "sidebar": sidebar or ["Browse meetings", "Meeting calendar", "Committee details", "Attendance details",
                               "Issue history"],
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
    name="ieListDocuments_CId112_MId5530_Tendring_Cabinet", form="mg-meeting", council="Tendring District Council",
    stated="yes", committee="Cabinet", date="2023-09-15",
    site=site("Tendring District Council", "https://tdcdemocracy.tendringdc.gov.uk",
              "Town Hall, Station Road, Clacton-on-Sea, Essex, CO15 1SE", "© Tendring District Council 2023",
              breadcrumb=["Home", "Council and democracy", "Committees", "Cabinet"]),
    heading="Cabinet - Friday, 15th September, 2023 10.30 am",
    venue="Princes Theatre, Town Hall, Station Road, Clacton-on-Sea, CO15 1SE",
    contact="Keith Weeley, Committee Services Officer. Email: democraticservices@tendringdc.gov.uk",
    items=[
        item("41.", "Apologies for absence and substitutions", [
            "Apologies for absence were submitted on behalf of Councillor Gina Frinton."]),
        item("42.", "Minutes of the last meeting", [
            "RESOLVED that the minutes of the meeting of the Cabinet held on Friday 21 July 2023 be approved as a "
            "correct record."]),
        item("43.", "Announcements by the Leader of the Council", [
            "The Leader announced that the Clacton Airshow in August had drawn an estimated 160,000 visitors over "
            "its two days, the largest crowd since the event began."]),
        item("44.", "Waste and Street Cleansing Contract: Weekly Food Waste Collections", [
            "The Portfolio Holder for the Environment, Councillor Martin Kirby, presented the report. The new waste "
            "and street cleansing contract would include a weekly collection of food waste from every household in "
            "the district, with residents given a 23 litre kerbside caddy and a 5 litre kitchen caddy.",
            "The contractor would order 12 new food waste vehicles. The start date for the food waste service would "
            "be confirmed once the new vehicles had been delivered.",
            "Councillor Ben Alresford asked how much food was currently thrown away in the black sacks. Officers "
            "said a waste analysis in 2022 had found that food made up 34 per cent of the weight of the rubbish "
            "collected.",
            "RESOLVED that Cabinet (a) approves the inclusion of weekly food waste collections in the waste and street "
            "cleansing contract; and (b) agrees a capital budget of £1.35 million for containers and the first year "
            "of caddy liners."],
            links=[("Food waste collections report", "488 KB"), ("Appendix A - Service design", "172 KB")]),
        item("45.", "Beach Huts: Fees and Charges 2024/25 and Waiting List", [
            "The Portfolio Holder for Leisure and Tourism reported that the council owned 1,078 beach huts and beach "
            "hut sites between Harwich and Jaywick, and that 642 people were on the waiting list for a site.",
            "The report proposed increasing the annual site licence fee by 6 per cent, taking the fee for a standard "
            "site at Frinton to £462 a year, and closing the waiting list to new names for two years.",
            "Councillor Sarah Walton asked whether hut owners could sublet their huts for holiday lets. "
            "The Portfolio Holder said that subletting would remain prohibited under the licence terms.",
            "RESOLVED that the beach hut fees for 2024/25 be approved and that the waiting list be closed to new "
            "applicants from 1 October 2023 until 30 September 2025."],
            links=[("Beach huts report", "301 KB")]),
        item("46.", "Jaywick Sands Covered Market: Six-Month Review", [
            "The Cabinet noted that the covered market in Brooklands, Jaywick Sands, which opened in March 2023, "
            "had 27 of its 32 stalls let and had recorded 41,000 visits in its first six months.",
            "RESOLVED that the review be noted and that the introductory rent of £15 a day be kept until March 2024."],
            links=[("Covered market review", "205 KB")]),
    ],
)

doc(
    name="ieListDocuments_CId208_MId4471_Teignbridge_Planning", form="mg-meeting",
    council="Teignbridge District Council", stated="yes", committee="Planning Committee", date="2024-02-06",
    site=site("Teignbridge District Council", "https://democracy.teignbridge.gov.uk",
              "Forde House, Brunel Road, Newton Abbot, Devon, TQ12 4XX", "© Teignbridge District Council",
              menu=["Home", "Council and democracy", "Planning", "Contact us"]),
    heading="Planning Committee - Tuesday, 6th February, 2024 10.00 am",
    venue="Council Chamber, Forde House, Brunel Road, Newton Abbot, TQ12 4XX",
    contact="Tamsin Ogwell, Democratic Services Officer, 01626 215113",
    items=[
        item("88.", "Minutes", [
            "The minutes of the meeting held on 9 January 2024 were approved as a correct record and signed by the "
            "Chair."]),
        item("89.", "Declarations of interest", [
            "Councillor Peter Bishopsteignton declared that he had been lobbied on application 23/01877/MAJ."]),
        item("90.", "23/01877/MAJ - Land at Sandy Lane, Kingsteignton", [
            "The Committee considered an outline application for up to 135 homes, a local shop and public open space "
            "on farmland to the north of Sandy Lane.",
            "The Planning Officer, Rhian Chudleigh, said that 30 per cent of the homes would be affordable and that "
            "the site was allocated for housing in the Local Plan. Devon County Council as highway authority had no "
            "objection subject to a new roundabout on the B3193.",
            "Kingsteignton Town Council objected on the grounds of traffic and the loss of farmland. A total of 58 "
            "objections had been received from residents.",
            "Councillor Anna Ideford moved that the application be approved as recommended, and Councillor Joe "
            "Kenn seconded.",
            "A recorded vote was taken. For: Councillors Bishopsteignton, Ideford, Kenn, Lustleigh, Powderham, Shaldon, "
            "Starcross, Teigngrace and Whitstone (9). Against: Councillors Haccombe, Kingskerswell and Ugbrooke (3). "
            "Abstained: Councillor Dunchideock (1).",
            "RESOLVED that outline planning permission be granted subject to a section 106 agreement and the "
            "conditions set out in the report, including a condition limiting construction deliveries to between "
            "9.30 am and 3.00 pm on weekdays."],
            links=[("23/01877/MAJ report", "1 MB"), ("Update sheet", "58 KB")]),
        item("91.", "23/02104/FUL - The Boathouse Cafe, Marine Parade, Dawlish", [
            "The Committee considered an application for a first floor extension to the cafe with a roof terrace "
            "facing the sea wall.",
            "Members were concerned about the effect of the terrace on the listed shelter next to the cafe and "
            "wished to see the site for themselves.",
            "RESOLVED that the application be deferred for a site inspection by the Committee, the date of which "
            "would be arranged by the Democratic Services Officer."],
            links=[("23/02104/FUL report", "640 KB")]),
        item("92.", "Appeal decisions", [
            "The Committee noted that since its last meeting the Planning Inspectorate had allowed one appeal and "
            "dismissed four, including the appeal for 9 holiday lodges at Haldon Forest."]),
    ],
)

doc(
    name="ieListDocuments_CId130_MId9208_SGC_Scrutiny", form="mg-meeting", council="South Gloucestershire Council",
    stated="yes", committee="Scrutiny Commission", date="2022-07-08",
    site=site("South Gloucestershire Council", "https://council.southglos.gov.uk",
              "Council Offices, Badminton Road, Yate, Bristol, BS37 5AF", "© South Gloucestershire Council 2022",
              breadcrumb=["Home", "Council and democracy", "Committees", "Scrutiny Commission"]),
    heading="Scrutiny Commission - Friday, 8th July, 2022 10.00 am",
    venue="Council Chamber, Badminton Road Offices, Yate, BS37 5AF",
    contact="Lucy Frampton, Democratic Services. Email: committee.services@southglos.gov.uk",
    items=[
        item("17.", "Apologies for absence", [
            "Apologies were received from Councillor Dan Thornbury. Councillor Kate Winterbourne substituted."]),
        item("18.", "Public participation", [
            "Mrs Alveston, a parent from Patchway, asked about transport for children with special educational "
            "needs who had been left without a taxi at the start of the summer term. The Cabinet Member for "
            "Children and Young People apologised and said that 14 routes had been affected when one operator "
            "handed back its contracts at short notice."]),
        item("19.", "Special Educational Needs and Disabilities: Education, Health and Care Plans", [
            "The Director of Children's Services, Marcus Filton, presented the report. The number of children and "
            "young people with an Education, Health and Care Plan had risen to 2,460 in January 2022, an increase "
            "of 11 per cent in a year.",
            "In 2021 only 38 per cent of new plans had been issued within the 20-week legal limit, compared with 59 "
            "per cent nationally. The service had recruited four more educational psychologists since April.",
            "Councillor Ellen Pucklechurch asked how many children were currently waiting longer than 20 weeks for "
            "their plan. The Director said that he did not have the current figure with him and would provide it to "
            "members in writing after the meeting.",
            "RESOLVED that the Commission (1) notes the report; and (2) asks to receive an update on the timeliness of "
            "plans at its meeting in January 2023."],
            links=[("SEND EHCP report", "716 KB")]),
        item("20.", "Libraries: Extended Access", [
            "The Commission received a report on the extended access system, under which library members aged 18 "
            "and over can use a library with their card and PIN when no staff are present.",
            "Extended access was now in place at 9 of the 13 libraries, and the hours libraries were open to the "
            "public had risen from 392 to 611 a week. Members asked about safety, and officers said that every "
            "building had cameras and a help point connected to the council's control room.",
            "RESOLVED that the Commission supports extending the system to the remaining libraries."],
            links=[("Libraries extended access report", "420 KB")]),
        item("21.", "Work programme", ["The Commission agreed its work programme for 2022/23."]),
    ],
)

doc(
    name="ieListDocuments_CId121_MId3388_Horsham_Cabinet", form="mg-meeting", council="Horsham District Council",
    stated="yes", committee="Cabinet", date="2023-03-23",
    site=site("Horsham District Council", "https://horsham.moderngov.co.uk",
              "Parkside, Chart Way, Horsham, West Sussex, RH12 1RL", "© Horsham District Council",
              breadcrumb=["Home", "Council", "Councillors and meetings", "Cabinet"]),
    heading="Cabinet - Thursday, 23rd March, 2023 5.30 pm",
    venue="Conference Room, Parkside, Chart Way, Horsham",
    contact="Charlotte Billingshurst, Democratic Services Officer",
    items=[
        item("CAB/67", "Minutes", [
            "The minutes of the meeting of the Cabinet held on 26 January 2023 were approved as a correct record."]),
        item("CAB/68", "Public Spaces Protection Order: Dog Control", [
            "The Cabinet Member for Environment and Rural Affairs, Councillor Lucy Cowfold, presented the report on "
            "the renewal of the district's Public Spaces Protection Order for dog control, which was due to expire in "
            "April 2023.",
            "The consultation had received 1,214 responses, and 81 per cent of those responding supported keeping the "
            "requirement to keep dogs on leads in cemeteries and children's play areas.",
            "The renewed order would also require anyone walking more than four dogs at a time in Horsham Park or "
            "Chesworth Farm to have a commercial dog walking registration. The level of the fixed penalty for a "
            "breach of the order would be set by the Head of Environmental Health at a later date.",
            "RESOLVED that the Public Spaces Protection Order for dog control be renewed for three years from 1 May "
            "2023, with the addition of the restriction on walking more than four dogs."],
            links=[("PSPO dog control report", "355 KB"), ("Consultation results", "118 KB")]),
        item("CAB/69", "Car Parking Charges 2023/24", [
            "The Cabinet considered proposals for charges in the council's car parks. The charge for one hour at "
            "Piries Place and Swan Walk would rise from £1.40 to £1.60, and the first hour at Forum car park in "
            "Horsham would remain free on Saturdays.",
            "Councillor Nick Southwater asked whether charges would be introduced in Storrington. The Cabinet "
            "Member for Finance said there were no plans to charge in the Storrington car parks in 2023/24.",
            "RESOLVED that the car parking charges set out in Appendix 1 be approved from 1 May 2023."],
            links=[("Car parking charges report", "290 KB"), ("Appendix 1 - tariffs", "66 KB")]),
        item("CAB/70", "Community Grants 2023/24", [
            "The Cabinet agreed community grants of £186,500 to 37 voluntary organisations, including £12,000 to the "
            "Henfield Community Transport scheme and £8,500 to a new youth club in Southwater.",
            "RESOLVED that the grants listed in the report be approved."]),
    ],
)

doc(
    name="ieListDocuments_CId164_MId2213_StHelens_Cabinet", form="mg-meeting", council="St Helens Borough Council",
    stated="yes", committee="Cabinet", date="2024-01-17",
    site=site("St Helens Council", "https://moderngov.sthelens.gov.uk",
              "Town Hall, Victoria Square, St Helens, WA10 1HP", "© St Helens Borough Council 2024"),
    heading="Cabinet - Wednesday, 17th January, 2024 4.00 pm",
    venue="Town Hall, Victoria Square, St Helens, WA10 1HP",
    contact="Joanne Eccleston, Democratic Services, 01744 676210",
    items=[
        item("74", "Declarations of interest", ["No declarations of interest were made."]),
        item("75", "Minutes of the previous meeting", [
            "RESOLVED: That the minutes of the meeting held on 13 December 2023 be approved as a correct record."]),
        item("76", "Public Space CCTV: Upgrade and Control Room", [
            "The Cabinet Member for Safer and Stronger Communities, Councillor Peter Haydock, presented the report.",
            "The borough has 214 public space cameras, of which 67 are analogue cameras more than ten years old. "
            "The report proposed replacing all analogue cameras with high definition cameras, adding 22 new "
            "cameras in Earlestown and Newton-le-Willows, and moving the control room to the Town Hall.",
            "The council had run a procurement exercise for the supply and maintenance of the cameras, and the "
            "contract would be awarded to the highest scoring bidder once the standstill period had ended.",
            "Councillor Anne Rainford asked how often footage was used by the police. Officers said that Merseyside "
            "Police had requested footage 1,350 times in 2023.",
            "RESOLVED: That Cabinet (1) approves the CCTV upgrade programme at a total capital cost of £1.72 million; "
            "and (2) delegates the award of the contract to the Executive Director of Place Services."],
            links=[("CCTV upgrade report", "540 KB")]),
        item("77", "Earlestown Town Deal: Market Square", [
            "The Cabinet received an update on the Market Square works in Earlestown funded through the Town Deal. "
            "The square would be resurfaced, and a new canopy would be built over 24 market pitches.",
            "Councillor Jo Billinge asked about the market traders during the works. The Cabinet Member said the "
            "market would move temporarily to Bridge Street car park from April 2024.",
            "RESOLVED: That the update be noted and the contract for the works be awarded to Ashurst Civil "
            "Engineering Ltd at a cost of £3.08 million."],
            links=[("Earlestown Market Square report", "612 KB")]),
        item("78", "Council Tax Reduction Scheme 2024/25", [
            "RESOLVED: That Council be recommended to adopt a council tax reduction scheme for 2024/25 under which "
            "working-age households on the lowest incomes receive up to 90 per cent support, up from 80 per cent."]),
    ],
)

doc(
    name="ieListDocuments_CId140_MId7712_Charnwood_Plans", form="mg-meeting", council="Charnwood Borough Council",
    stated="yes", committee="Plans Committee", date="2022-11-10",
    site=site("Charnwood Borough Council", "https://charnwood.moderngov.co.uk",
              "Southfield Road, Loughborough, Leicestershire, LE11 2TX", "© Charnwood Borough Council",
              menu=["Home", "Council and democracy", "Planning and building", "Contact us"]),
    heading="Plans Committee - Thursday, 10th November, 2022 6.00 pm",
    venue="Council Chamber, Southfield Road, Loughborough, LE11 2TX",
    contact="Laura Quorn, Democratic Services Officer, 01509 634787",
    items=[
        item("34.", "Minutes of previous meeting", [
            "The minutes of the meeting held on 13 October 2022 were confirmed as a correct record."]),
        item("35.", "P/22/1106/2 - 41-47 Ashby Road, Loughborough", [
            "The Committee considered an application for the demolition of four houses and the erection of a five "
            "storey building providing 148 student bedrooms in cluster flats.",
            "The case officer, Hannah Barrow, reported that the site was within walking distance of the University "
            "and that a management plan would require students to arrive and leave at set times at the start and "
            "end of term. The Committee was told that 23 letters of objection had been received.",
            "Councillor Mark Rothley moved that the application be refused because of the height of the building "
            "next to the terraced houses on Ashby Square. The motion was seconded by Councillor Sue Anstey.",
            "On being put to the vote, the motion to refuse was lost, with 5 members voting for it and 8 against.",
            "RESOLVED that planning permission be granted subject to the conditions in the report."],
            links=[("P/22/1106/2 report", "921 KB")]),
        item("36.", "P/22/0874/2 - Land off Charnwood Road, Shepshed", [
            "The Committee considered an application for 210 homes with access from Charnwood Road.",
            "Officers said that 63 homes would be affordable and that the developer would pay £1.1 million towards "
            "a new classroom block at a Shepshed primary school and £240,000 towards bus services. A contribution "
            "towards local health services had been requested by the Integrated Care Board; its amount would be "
            "agreed before the section 106 agreement was signed.",
            "RESOLVED that the Head of Planning be authorised to grant permission once the section 106 agreement had "
            "been completed."],
            links=[("P/22/0874/2 report", "1 MB")]),
        item("37.", "Enforcement update", [
            "The Committee noted that 96 enforcement complaints had been received in the quarter and that two "
            "enforcement notices had been served, one of them on an unauthorised car wash in Syston."]),
    ],
)

# =========================================================================== ModernGov agenda item pages

doc(
    name="mgAi_ID40127_IOW_Cabinet", form="mg-item", council="Isle of Wight Council", stated="yes",
    committee="Cabinet", date="2024-03-14",
    site=site("Isle of Wight Council", "https://iow.moderngov.co.uk",
              "County Hall, High Street, Newport, Isle of Wight, PO30 1UD", "© Isle of Wight Council"),
    meeting_line="14/03/2024 - Cabinet (Item 9.)",
    items=[item("9.", "Public Toilets: Future Operating Model", [
        "The Cabinet Member for Regulatory Services and Community Protection presented the report. The council "
        "runs 41 public toilets across the island at a net cost of £1.26 million a year.",
        "The report proposed that the 16 toilets with the fewest users be offered to town and parish councils to "
        "run from April 2025, that charges of 40p be introduced at the 12 busiest seaside toilets, and that the "
        "rest be kept open by the council.",
        "Officers said letters had been sent to every town and parish council and that their responses were "
        "expected by the end of May 2024.",
        "Councillor Claire Brading asked what would happen to a toilet that no parish took on. The Cabinet "
        "Member said it would stay open until at least March 2025, and a further report would come back to "
        "Cabinet before any closure.",
        "RESOLVED: That Cabinet approves the introduction of charges of 40p at the 12 seaside toilets listed in "
        "Appendix 2 from 1 June 2024 and the offer of the other 16 toilets to town and parish councils."],
        intro="Wards: All",
        links=[("Public toilets report", "712 KB"), ("Appendix 2 - charging sites", "94 KB")])],
)

doc(
    name="mgAi_ID21503_Sevenoaks_Cabinet", form="mg-item", council="Sevenoaks District Council", stated="yes",
    committee="Cabinet", date="2023-12-07",
    site=site("Sevenoaks District Council", "https://cds.sevenoaks.gov.uk",
              "Council Offices, Argyle Road, Sevenoaks, Kent, TN13 1HG", "© Sevenoaks District Council"),
    meeting_line="07/12/2023 - Cabinet (Item 6.)",
    items=[item("6.", "Council Tax Premiums on Second Homes and Long-Term Empty Homes", [
        "The Cabinet Member for Finance and Investment presented the report, which set out the new powers in the "
        "Levelling-up and Regeneration Act 2023.",
        "The council could charge a premium of up to 100 per cent on second homes from 1 April 2025, provided "
        "that it decided to do so at least a year beforehand, and could charge the 100 per cent premium on empty "
        "homes after one year rather than two from 1 April 2024.",
        "At present 412 homes in the district had been empty for more than one year. The number of second homes "
        "that would pay the premium would be confirmed once a review of the council tax base was complete.",
        "Councillor Tom Edenbridge asked whether the premium would apply to annexes used by family members. "
        "Officers said annexes were exempt under the regulations.",
        "Resolved: That it be recommended to Council that (a) a 100 per cent premium be charged on second homes "
        "from 1 April 2025; and (b) the 100 per cent premium on empty homes apply after one year from 1 April 2024."],
        links=[("Council tax premiums report", "389 KB")])],
)

# =========================================================================== ModernGov decision pages

doc(
    name="ieDecisionDetails_ID4422_BracknellForest", form="mg-decision", council="Bracknell Forest Council",
    stated="yes", committee="Executive", date="2023-06-20",
    site=site("Bracknell Forest Council", "https://democratic.bracknell-forest.gov.uk",
              "Time Square, Market Street, Bracknell, RG12 1JD", "© Bracknell Forest Council 2023"),
    decision_title="Coral Reef Waterworld: Refurbishment of the Pool Hall and Plant",
    fields=[("Decision Maker:", "Executive"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To approve the refurbishment of the pool hall, flumes and plant room at Coral Reef "
                      "Waterworld, the council's leisure pool in Bracknell."]),
        ("Decision:", [
            "The Executive RESOLVED:",
            "(1) To approve a capital budget of £6.4 million for the replacement of the pool hall roof, the three "
            "flumes and the water treatment plant at Coral Reef Waterworld;",
            "(2) To close Coral Reef Waterworld to the public while the works are carried out, with the date of "
            "reopening to be announced once the contractor's programme has been agreed; and",
            "(3) To offer holders of Coral Reef annual passes free use of the pool at Bracknell Leisure Centre "
            "while Coral Reef is closed."]),
        ("Reasons for the decision:", [
            "Coral Reef Waterworld opened in 1989 and received 382,000 visits in 2022/23. A survey found that the "
            "roof covering and the filtration plant were at the end of their lives."]),
        ("Alternative options considered:", [
            "Building a new leisure pool on another site was estimated to cost £28 million and was rejected."]),
    ],
    tail=[("Publication date:", "22/06/2023"), ("Date of decision:", "20/06/2023"),
          ("Decided at meeting:", "20/06/2023 - Executive"), ("Effective from:", "30/06/2023")],
    links=[("Coral Reef refurbishment report", "1 MB")],
)

doc(
    name="ieDecisionDetails_ID1796_NELC", form="mg-decision", council="North East Lincolnshire Council",
    stated="yes", committee="Cabinet", date="2023-02-08",
    site=site("North East Lincolnshire Council", "https://democracy.nelincs.gov.uk",
              "Municipal Offices, Town Hall Square, Grimsby, DN31 1HU", "© North East Lincolnshire Council"),
    decision_title="UK Shared Prosperity Fund: Year 2 Delivery Plan",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Decision Made"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To agree how the council will spend its UK Shared Prosperity Fund allocation in 2023/24."]),
        ("Decision:", [
            "Cabinet resolved that:",
            "(a) the UK Shared Prosperity Fund delivery plan for 2023/24, totalling £1.87 million, be approved;",
            "(b) £520,000 be allocated to a business growth grant scheme offering grants of between £5,000 and "
            "£25,000 to small firms in the borough;",
            "(c) £310,000 be allocated to an open call for community grants, with the successful projects to be "
            "reported to a future meeting of Cabinet; and",
            "(d) £180,000 be allocated to the Cleethorpes seafront events programme for the summer of 2023."]),
        ("Reasons for the decision:", [
            "North East Lincolnshire has been allocated £3.9 million from the fund for the three years to March "
            "2025. In 2022/23 the council spent £680,000, mainly on skills courses at the Grimsby Institute."]),
        ("Alternative options considered:", ["To pass the whole allocation to a single delivery partner. This "
                                               "was rejected because it would limit local choice."]),
    ],
    tail=[("Publication date:", "10/02/2023"), ("Date of decision:", "08/02/2023"),
          ("Decided at meeting:", "08/02/2023 - Cabinet"), ("Effective from:", "18/02/2023")],
    links=[("UKSPF Year 2 delivery plan", "608 KB")],
)

# =========================================================================== printed PDF minutes

doc(
    name="Council_Minutes_29_June_2023_Clacks", form="pdf-minutes", council="Clackmannanshire Council", stated="yes",
    committee="Council|Clackmannanshire Council", date="2023-06-29",
    logo="CLACKMANNANSHIRE COUNCIL",
    title_lines=["MINUTES OF MEETING of the CLACKMANNANSHIRE COUNCIL held in the Council Chamber, Kilncraigs, "
                 "Alloa, on THURSDAY 29 JUNE 2023 at 9.30 am"],
    attendance=[("PRESENT:", "Provost Fiona Tullibody (In the Chair); Councillors Craig Dollar, Ellen Menstrie, Ross "
                             "Sauchie, Martha Alva, Denis Tillicoultry, Iain Coalsnaughton, Kirsty Muckhart, Jean "
                             "Forestmill, Scott Kennet, Graham Clackmannan and Rhona Devonside."),
                ("IN ATTENDANCE:", "Nikki Cambus, Chief Executive; Lee Fishcross, Strategic Director (Place); "
                                   "Gordon Blackgrange, Clerk to the Council.")],
    items=[
        item("CC(23)41", "APOLOGIES", ["Apologies were received from Councillor Alan Harviestoun."]),
        item("CC(23)42", "MINUTES OF MEETING: CLACKMANNANSHIRE COUNCIL 18 MAY 2023", [
            "The minutes of the meeting of Clackmannanshire Council held on 18 May 2023 were submitted for approval. "
            "Moved by Provost Tullibody. Seconded by Councillor Dollar.",
            "Decision: The minutes were agreed as a correct record and signed by the Provost."]),
        item("CC(23)43", "ELECTRIC VEHICLE CHARGING: EXPANSION OF THE PUBLIC NETWORK", [
            "The report, submitted by the Strategic Director (Place), sought approval to expand the council's public "
            "electric vehicle charging network using the Scottish Government's Electric Vehicle Infrastructure Fund.",
            "The council operates 46 public charge points, which supplied 388,000 kilowatt hours of electricity in "
            "2022/23. The report proposed 38 further charge points by March 2026, including four rapid chargers at "
            "the Alloa Leisure Bowl car park, with the council's share of the cost estimated at £410,000.",
            "The tariff for council chargers would rise from 30p to 38p per kilowatt hour from 1 August 2023 to "
            "cover the higher cost of electricity.",
            "Motion: That Council agrees the recommendations set out in the report. Moved by Councillor Ellen "
            "Menstrie. Seconded by Councillor Ross Sauchie.",
            "Decision: The Council agreed unanimously the recommendations in the report."]),
        item("CC(23)44", "NOTICE OF MOTION: LOCAL BUS SERVICES", [
            "Councillor Martha Alva moved the following motion, which was seconded by Councillor Denis "
            "Tillicoultry: Council notes with concern the withdrawal of the evening bus service between Alloa and "
            "Dollar, and agrees that the Leader write to the Scottish Government to ask for bus service improvement "
            "funding to be made available to Clackmannanshire.",
            "Amendment: Councillor Iain Coalsnaughton, seconded by Councillor Kirsty Muckhart, moved that the words "
            "'and to the bus operator' be added after 'Scottish Government'.",
            "Voting on the amendment: the amendment was accepted by the mover of the motion.",
            "A roll call vote was taken on the motion as amended. For the motion (11): Provost Tullibody, "
            "Councillors Dollar, Menstrie, Sauchie, Alva, Tillicoultry, Coalsnaughton, Muckhart, Forestmill, "
            "Clackmannan and Devonside. Against the motion (1): Councillor Kennet.",
            "Decision: The motion as amended was carried by 11 votes to 1. The Leader will report the reply to a "
            "future meeting of the Council."]),
        item("CC(23)45", "CLACKMANNANSHIRE WELLBEING HUB: PROGRESS", [
            "The Council noted that the design of the Wellbeing Hub at the former Lornshill Academy playing fields "
            "had reached RIBA stage 3 and that the estimated cost had risen from £38 million to £43.5 million."]),
    ],
    closing=["ENDS 12.15 pm"],
    header="Clackmannanshire Council - 29 June 2023", footer=["{n}"],
    pdf_title="Council minutes 29 June 2023", pdf_author="Governance",
)

doc(
    name="Cabinet_Minutes_24_January_2024_EAC", form="pdf-minutes", council="East Ayrshire Council", stated="yes",
    committee="Cabinet", date="2024-01-24",
    logo="East Ayrshire Council",
    title_lines=["Minute of meeting of the Cabinet", "Wednesday 24 January 2024 at 10.00 am",
                 "Council Chambers, Council Headquarters, London Road, Kilmarnock"],
    attendance=[("Present:", "Councillors Douglas Stewarton (Chair), Rona Galston, Ian Darvel, Mary Hurlford, Jim "
                             "Catrine and Claire Muirkirk."),
                ("Attending:", "Eileen Dalmellington, Chief Executive; Alan Mauchline, Head of Finance and ICT; "
                               "Fiona Cumnock, Head of Education; Derek Crosshouse, Democratic Services.")],
    items=[
        item("1.", "DECLARATIONS OF INTEREST", ["There were no declarations of interest."]),
        item("2.", "COUNCIL TAX ON SECOND HOMES", [
            "There was submitted a report by the Head of Finance and ICT on the power given to Scottish councils to "
            "charge up to double the standard council tax on second homes from 1 April 2024.",
            "The report stated that 318 properties in East Ayrshire were registered as second homes, many of them "
            "in Loch Doon and the villages of the Doon Valley, and that charging the full premium would raise an "
            "estimated £395,000 a year.",
            "Councillor Hurlford asked whether owners would simply register their homes as holiday lets instead. "
            "The Head of Finance and ICT said that a property must be available to let for 140 days and actually "
            "let for 70 days in a year to be treated as a business.",
            "The Cabinet agreed (i) to charge a 100 per cent premium on second homes from 1 April 2024; and (ii) "
            "that the income be used to support affordable housing in the areas where the second homes are."]),
        item("3.", "RAAC IN SCHOOL BUILDINGS: UPDATE", [
            "There was submitted a report by the Head of Education on reinforced autoclaved aerated concrete (RAAC) "
            "in the council's schools.",
            "Surveys had been completed at 39 of the council's 43 schools, and RAAC had been found in parts of two: "
            "the dining hall at Loudoun Academy and a classroom block at Hurlford Primary School. Both areas had been "
            "closed and propped. The results of the surveys at the remaining four schools were awaited.",
            "The Cabinet agreed to note the position and to receive a further report at its next meeting."]),
        item("4.", "KILMARNOCK TOWN CENTRE: JOHNNIE WALKER BOND", [
            "The Cabinet noted that the council had agreed to buy the former Johnnie Walker bond building on Strand "
            "Street for £1, with £2.6 million from the Regeneration Capital Grant Fund to make it wind and "
            "watertight.",
            "The Cabinet agreed to seek expressions of interest from community and business groups for the future "
            "use of the building, with a closing date of 31 March 2024."]),
    ],
    closing=["The meeting ended at 11.20 am."],
    header="Cabinet: 24 January 2024", footer=["Page {n} of {total}"],
    pdf_title="Cabinet minute 24 January 2024",
)

doc(
    name="Cabinet_Minutes_18_September_2023_Fenland", form="pdf-minutes", council="Fenland District Council",
    stated="yes", committee="Cabinet", date="2023-09-18",
    logo="Fenland District Council",
    title_lines=["MINUTES OF THE CABINET MEETING HELD ON MONDAY, 18 SEPTEMBER 2023 AT 1.00 PM",
                 "Council Chamber, Fenland Hall, County Road, March, PE15 8NQ"],
    attendance=[("PRESENT:", "Councillor Chris Boxworth (Leader), Councillor Jan Chatteris (Portfolio Holder for "
                             "Leisure), Councillor Sam Doddington, Councillor Peter Elm, Councillor Ian Guyhirn, "
                             "Councillor Dee Manea and Councillor Rob Parson Drove."),
                ("OFFICERS IN ATTENDANCE:", "Paul Tydd (Chief Executive), Alison Whittlesey (Head of Leisure "
                                            "Services), Elaine Wimblington (Member Services).")],
    items=[
        item("CAB31/23", "PREVIOUS MINUTES", [
            "The minutes of the meeting of 24 July 2023 were confirmed and signed."]),
        item("CAB32/23", "LEISURE CENTRES: PROCUREMENT OF A NEW OPERATOR", [
            "Members considered a report on the procurement of a new operator for the council's four leisure "
            "centres, at Wisbech, March, Chatteris and Whittlesey, whose current contract ends on 31 March 2024.",
            "Councillor Chatteris said that three companies had submitted final tenders. The preferred bidder "
            "would be named once the standstill period had ended and the contract had been signed.",
            "The new contract would run for ten years and was expected to reduce the council's subsidy from £620,000 "
            "a year to a payment to the council averaging £85,000 a year over the term.",
            "The Hudson Leisure Centre in Wisbech had recorded 298,000 visits in 2022/23, more than any other of the "
            "four centres. The swimming pool at the George Campbell Leisure Centre in March would have its changing "
            "rooms refurbished in the first year of the new contract.",
            "Councillor Manea asked whether prices for children's swimming lessons would rise. Officers said the "
            "tender had required lesson prices to be frozen for the first two years.",
            "RESOLVED that the contract be awarded to the preferred bidder identified in the confidential appendix, "
            "subject to the standstill period."]),
        item("CAB33/23", "MARCH FUTURE HIGH STREETS FUND: BROAD STREET", [
            "Members noted that work on the Broad Street scheme in March had started on 4 September 2023 and was "
            "expected to take 40 weeks. The fountain would be moved to the riverside and Broad Street would become "
            "one lane in each direction.",
            "RESOLVED that the progress update be noted."]),
        item("CAB34/23", "EXCLUSION OF PRESS AND PUBLIC", [
            "RESOLVED that the public be excluded for the confidential appendix to item CAB32/23 under paragraph 3 "
            "of Part 1 of Schedule 12A of the Local Government Act 1972."]),
    ],
    closing=["(1.00 pm - 2.12 pm)", "Chairman"],
    header="Cabinet 18 September 2023", footer=["{n}"],
    pdf_title="Cabinet minutes", pdf_author="Member Services",
)

doc(
    name="Cabinet_04072023_Minutes_Bassetlaw", form="pdf-minutes", council="Bassetlaw District Council",
    stated="yes", committee="Cabinet", date="2023-07-04",
    logo="BASSETLAW DISTRICT COUNCIL",
    title_lines=["CABINET", "Minutes of the Meeting held on Tuesday, 4th July, 2023 at 6.30 p.m.",
                 "in the Council Chamber, Queen's Buildings, Potter Street, Worksop"],
    attendance=[("Present:", "Councillor J Clumber (Chair), Councillors A Harworth, B Misterton, S Ranskill, "
                             "T Tuxford and K Blyth."),
                ("Officers:", "N Carlton (Head of Regeneration), H Sutton (Environmental Health Manager), "
                              "M Lound (Democratic Services).")],
    items=[
        item("12", "MINUTES", [
            "The minutes of the meeting of Cabinet held on 6th June, 2023 were approved as a correct record."]),
        item("13", "ELECTRIC VEHICLE CHARGING STRATEGY", [
            "The Cabinet considered the council's first electric vehicle charging strategy, which set a target of "
            "300 public charge points in the district by 2030. There were currently 61, most of them in Worksop and "
            "Retford.",
            "The first phase would install 24 chargers in nine council car parks, including Newgate Street in "
            "Worksop and Chapelgate in Retford, using £480,000 from the Local Electric Vehicle Infrastructure fund.",
            "A second phase would provide chargers in rural villages. The locations of the rural chargers would be "
            "decided after consultation with parish councils later in the year.",
            "Councillor Misterton asked what drivers would pay. The Head of Regeneration said the tariff would be "
            "set by the charge point operator and would be capped at 65p per kilowatt hour.",
            "RESOLVED that (a) the Electric Vehicle Charging Strategy be adopted; and (b) the first phase of 24 "
            "chargers be approved."]),
        item("14", "WORKSOP TOWN DEAL: BRIDGE PLACE", [
            "The Cabinet received an update on the Bridge Place project, which would turn the former Bridge Street "
            "shops into a business centre with 32 small units. The Town Deal Board had approved a further £750,000 "
            "because of higher building costs, bringing the total to £4.15 million.",
            "RESOLVED that the revised budget for Bridge Place be approved."]),
        item("15", "HOUSE IN MULTIPLE OCCUPATION LICENSING FEES", [
            "RESOLVED that the fee for a five-year licence for a house in multiple occupation be increased from "
            "£890 to £960 from 1st August, 2023."]),
    ],
    closing=["The meeting closed at 7.48 p.m.", "Chair: ________________________  Date: ____________"],
    header="Cabinet - 4 July 2023", footer=["Page {n} of {total}"],
    pdf_title="Cabinet 04072023 minutes",
)

doc(
    name="Cabinet_Minutes_06022023_Hastings", form="pdf-minutes", council="Hastings Borough Council", stated="yes",
    committee="Cabinet", date="2023-02-06",
    logo="Hastings Borough Council",
    title_lines=["CABINET", "6 FEBRUARY 2023",
                 "Present: Councillors Ore (Chair), Bulverhythe, Clive Vale, Silverhill, Hollington and St Leonards."],
    attendance=[("In attendance:", "Jane Fairlight, Chief Finance Officer; Kevin Tressell, Head of "
                                   "Environment and Place; Marcus Wishing, Democratic Services Officer.")],
    items=[
        item("112.", "MINUTES OF THE LAST MEETING", [
            "RESOLVED that the minutes of the meeting held on 9 January 2023 be approved and signed by the Chair as "
            "a correct record."]),
        item("113.", "SEAFRONT PUBLIC CONVENIENCES", [
            "The Lead Member for Environment reported on the condition of the council's 14 public toilets, 9 of "
            "them on the seafront. The toilets at Rock-a-Nore had been closed since October 2022 after the roof was "
            "damaged in a storm, and the cost of reopening them was still being assessed by the council's "
            "surveyor.",
            "A new cleaning contract would keep the seafront toilets open until 8 pm from April to September, two "
            "hours later than at present, at an extra cost of £38,000 a year.",
            "RESOLVED that (1) the extended summer opening hours be approved; and (2) a report on the future of "
            "the Rock-a-Nore toilets be brought to Cabinet when the survey is complete."]),
        item("114.", "BEACH HUTS AND CHALETS", [
            "The Cabinet considered the licence fees for the council's 194 beach huts and chalets at Marina and "
            "West Marina. The fee for a standard hut would increase from £610 to £665 a year.",
            "Councillor Silverhill proposed that existing licensees be allowed to pass their hut to a member of "
            "their family. This was agreed.",
            "RESOLVED that the beach hut fees for 2023/24 be approved, and that the transfer of a licence to a "
            "family member be permitted once in the life of a licence."]),
        item("115.", "BOTTLE ALLEY LIGHTING", [
            "The Cabinet noted that the new lighting in Bottle Alley had been switched on in December 2022 and "
            "that reports of anti-social behaviour in the lower promenade had fallen from 61 in the autumn of 2021 "
            "to 22 in the autumn of 2022."]),
    ],
    closing=["(The Chair declared the meeting closed at 7.02 pm)"],
    header="CABINET", header_right="6 FEBRUARY 2023", footer=["{n}"],
    pdf_title="Cabinet minutes 6 February 2023", pdf_author="Democratic Services",
)

doc(
    name="Cabinet_Minutes_14_November_2023_RCBC", form="pdf-minutes", council="Redcar and Cleveland Borough Council",
    stated="yes", committee="Cabinet", date="2023-11-14",
    logo="Redcar & Cleveland Borough Council",
    title_lines=["CABINET", "A meeting of Redcar and Cleveland Borough Council's Cabinet was held on 14 November 2023 "
                 "at Redcar & Cleveland House, Kirkleatham Street, Redcar."],
    attendance=[("PRESENT:", "Councillor Alec Marske (Chair), Councillors Lynn Saltburn, Ray Guisborough, Carol "
                             "Eston, Paul Skelton and Dawn Loftus."),
                ("OFFICIALS:", "G Ormesby, S Brotton, K Yearby.")],
    items=[
        item("C 48/23", "MINUTES", ["The minutes of the meeting held on 17 October 2023 were confirmed as a correct "
                                    "record."]),
        item("C 49/23", "COMMUNITY SAFETY CCTV", [
            "The Cabinet Member for Community Safety, Councillor Lynn Saltburn, presented a report on the public "
            "space CCTV system, which had 148 cameras monitored from the control room at Redcar & Cleveland House.",
            "The report proposed 18 redeployable cameras that could be moved to areas of fly-tipping and "
            "anti-social behaviour, including Grangetown and South Bank, at a cost of £126,000 from the Safer "
            "Streets fund.",
            "Councillor Ray Guisborough asked how many prosecutions had come from evidence captured by the cameras. "
            "Councillor Saltburn said she did not have that figure to hand and would circulate it to members.",
            "AGREED that the purchase of 18 redeployable cameras be approved."]),
        item("C 50/23", "KIRKLEATHAM MUSEUM: NATIONAL LOTTERY HERITAGE FUND GRANT", [
            "The Cabinet was informed that the National Lottery Heritage Fund had awarded £1.94 million towards the "
            "restoration of the Turner Mausoleum and the walled garden at Kirkleatham, with the council adding "
            "£460,000.",
            "AGREED that the grant be accepted and that the works start in spring 2024."]),
        item("C 51/23", "REDCAR ESPLANADE: SEAFRONT KIOSKS", [
            "Cabinet considered a proposal to let four new seafront kiosks on the Esplanade at Redcar. The Leader said this would be brought back in "
            "the new year after further work on costs.",
            "AGREED that the item be deferred to a future meeting."]),
    ],
    closing=["Chair"],
    header="Cabinet 14 November 2023", footer=["Page {n}"],
    pdf_title="Cabinet minutes 14.11.23",
)

# =========================================================================== Public Document Packs

doc(
    name="Environment_Committee_07032024_Agenda_Pack_Stroud", form="pdf-pack", council="Stroud District Council",
    stated="yes", committee="Environment Committee", date="2024-03-07",
    cover=["Environment Committee", "Thursday, 7 March 2024 at 7.00 pm",
           "Council Chamber, Ebley Mill, Ebley Wharf, Stroud, GL5 4UB"],
    cover_body=["STROUD DISTRICT COUNCIL",
                "Members of the Environment Committee: Councillors Helen Minchinhampton (Chair), Rob Nailsworth "
                "(Vice-Chair), Anna Painswick, Jo Bisley, Sam Stonehouse, Ken Dursley, Liz Wotton and Tim Berkeley.",
                "Contact: Democratic Services, Tel: 01453 754351, Email: democratic.services@stroud.gov.uk",
                "Date of publication: 28 February 2024"],
    agenda=[("1", "Apologies"), ("2", "Declarations of Interest"),
            ("3", "Minutes of the meeting held on 14 December 2023 ({minutes})"),
            ("4", "Public Questions"),
            ("5", "Fly-Tipping and Littering Enforcement ({report})"),
            ("6", "Member Questions")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["STROUD DISTRICT COUNCIL", "ENVIRONMENT COMMITTEE",
                      "Council Chamber, Ebley Mill, Stroud", "14 December 2023", "7.00 pm - 9.05 pm"],
    attendance=[("Members Present:", "Councillors Minchinhampton (Chair), Nailsworth, Painswick, Bisley, "
                                     "Stonehouse, Dursley and Wotton."),
                ("Officers in Attendance:", "Strategic Director of Place; Head of Environmental Services; "
                                            "Democratic Services Officer.")],
    prev_items=[
        item("ENV.021", "MINUTES", ["RESOLVED That the Minutes of the meeting held on 12 October 2023 are approved as "
                                    "a correct record."]),
        item("ENV.022", "WASTE AND RECYCLING PERFORMANCE", [
            "The Head of Environmental Services reported that the district's recycling rate for 2022/23 was 61.3 per "
            "cent, among the highest in England. The weekly food waste collection collected 5,840 tonnes in "
            "2022/23, and 72 per cent of households were using their food caddy at least once a month.",
            "Councillor Painswick asked why food waste tonnages had fallen since 2021. The Head of Environmental "
            "Services said that households appeared to be wasting less food as prices rose.",
            "Councillor Stonehouse moved that officers prepare a report on the costs and effects of changing "
            "black bin collections to every three weeks. On being put to the vote, the motion was carried.",
            "RESOLVED To note the performance report."]),
        item("ENV.023", "CANAL TOWPATH: STROUDWATER NAVIGATION", [
            "The Committee noted that the resurfacing of the towpath between Ebley Mill and Wallbridge had been "
            "completed, and that cycle counters had recorded 2,300 trips a week in November 2023."]),
    ],
    report=report(
        ["Stroud District Council", "Environment Committee", "7 March 2024",
         "Fly-Tipping and Littering Enforcement"],
        [("Report of", "Head of Environmental Services"), ("Chair", "Councillor Helen Minchinhampton"),
         ("Purpose", "To approve a new enforcement policy and fixed penalty levels for fly-tipping and littering."),
         ("Decision(s)", "The Committee RESOLVES to approve the enforcement policy in Appendix A and the fixed penalty "
                         "levels in paragraph 3.2."),
         ("Consultation", "Gloucestershire Joint Waste Team; Town and Parish Councils")],
        [("1. Background", [
            "1.1 Reported fly-tipping incidents in the district rose from 1,102 in 2021/22 to 1,386 in 2022/23. "
            "The most common items dumped were household bags, furniture and builders' waste.",
            "1.2 In 2022/23 the council issued 38 fixed penalty notices for fly-tipping and brought two "
            "prosecutions."]),
         ("2. Proposals", [
            "2.1 A dedicated enforcement officer will be appointed for two years, funded from the Environmental "
            "Protection reserve at a cost of £46,000 a year.",
            "2.2 Six covert cameras will be bought to be used at the sites where fly-tipping happens most often."]),
         ("3. Fixed Penalty Levels", [
            "3.1 The Government has raised the maximum fixed penalties that councils may set.",
            "3.2 It is proposed that the fixed penalty for fly-tipping be set at £1,000, reduced to £600 if paid "
            "within 10 days, and that the fixed penalty for littering be set at £250.",
            "3.3 Income from fixed penalties must be spent on tackling littering and fly-tipping."])]),
    header="", footer=["Page {n}"], number_offset=2,
)

doc(
    name="Executive_Board_09112023_Public_Document_Pack_BwD", form="pdf-pack",
    council="Blackburn with Darwen Borough Council", stated="yes", committee="Executive Board", date="2023-11-09",
    cover=["EXECUTIVE BOARD", "THURSDAY, 9TH NOVEMBER, 2023 at 6.00 P.M.",
           "Council Chamber, Blackburn Town Hall, King William Street, Blackburn, BB1 7DY"],
    cover_body=["Blackburn with Darwen Borough Council",
                "MEMBERS: Councillors Phil Ewood (Chair), Sara Livesey, Mo Audley, Ann Pleasington, Tom Witton, "
                "Julie Mill Hill and Ray Feniscowles.",
                "Enquiries to: Sonia Tockholes, Democratic Services, 01254 585912"],
    agenda=[("1", "Welcome and Apologies"), ("2", "Minutes of the Previous Meeting ({minutes})"),
            ("3", "Declarations of Interest"), ("4", "Household Support Fund 2023/24: Winter Allocation ({report})"),
            ("5", "Forward Plan")],
    marks=["Agenda Item 2", "Agenda Item 4"],
    prev_title_lines=["EXECUTIVE BOARD", "Thursday, 12th October, 2023", "Blackburn Town Hall"],
    attendance=[("PRESENT:", "Councillors Ewood (in the Chair), Livesey, Audley, Pleasington, Witton and Mill Hill.")],
    prev_items=[
        item("32", "Minutes of the Previous Meeting", [
            "RESOLVED - That the minutes of the meeting held on 14th September 2023 be agreed as a correct record."]),
        item("33", "Darwen Market: Refurbishment", [
            "The Executive Member for Growth and Development reported on the refurbishment of Darwen Market Hall, "
            "funded from the Darwen Town Deal. The market hall would close on 8th January 2024 for 20 weeks, and the "
            "19 traders would move to a temporary market on The Circus.",
            "RESOLVED - That the refurbishment of Darwen Market Hall at a cost of £2.35 million be approved."]),
        item("34", "Blackburn Cathedral Quarter: Car Park Tariffs", [
            "RESOLVED - That the all-day tariff at the Cathedral Quarter car park be held at £4.50 for 2024."]),
    ],
    report=report(
        ["Blackburn with Darwen Borough Council", "EXECUTIVE BOARD DECISION",
         "Household Support Fund 2023/24: Winter Allocation"],
        [("REPORT OF:", "Executive Member for Health and Adult Social Care; Strategic Director of Adults and Health"),
         ("DATE:", "Thursday, 9th November 2023"), ("PORTFOLIO/S AFFECTED:", "Health and Adult Social Care"),
         ("WARD/S AFFECTED:", "(All Wards);"), ("KEY DECISION:", "YES")],
        [("1. PURPOSE OF THE REPORT", [
            "To agree how the remaining Household Support Fund for 2023/24 will be spent over the winter."]),
         ("2. RECOMMENDATIONS", [
            "That the Executive Board approves:",
            "- food vouchers of £60 per child for families with children entitled to free school meals in the "
            "Christmas and February half-term holidays;",
            "- £400,000 for an energy support scheme administered by the council's welfare rights team; and",
            "- £150,000 for food banks and community pantries in the borough."]),
         ("3. BACKGROUND", [
            "The council received £3.32 million from the Household Support Fund for 2023/24, of which £1.88 "
            "million has been spent. In the first half of the year the fund helped 21,400 households.",
            "The Government has not yet said whether the Household Support Fund will continue after 31 March 2024. "
            "Services funded by it have been told that no funding can be promised beyond that date."]),
         ("4. RISKS", [
            "Demand for energy support is expected to exceed the £400,000 available; applications will be "
            "prioritised for households with a disabled member or a child under five."])]),
    header="", footer=["Page {n}"], number_offset=2,
)

doc(
    name="IRED_Committee_22_November_2023_Agenda_WDC", form="pdf-pack", council="West Dunbartonshire Council",
    stated="yes", committee="Infrastructure, Regeneration and Economic Development Committee", date="2023-11-22",
    cover=["Infrastructure, Regeneration and Economic Development Committee",
           "Date: Wednesday, 22 November 2023", "Time: 10:00",
           "Venue: Civic Space, 16 Church Street, Dumbarton"],
    cover_body=["WEST DUNBARTONSHIRE COUNCIL",
                "Dear Member, Please attend a meeting of the Infrastructure, Regeneration and Economic Development "
                "Committee as detailed above. The business is shown on the attached agenda.",
                "Members: Councillor Mairi Renton (Chair), Councillor Dougie Bonhill (Vice Chair), Councillors Iain "
                "Alexandria, June Balloch, Gary Clydebank, Chris Duntocher and Karen Hardgate.",
                "For information on the above agenda please contact: Ailsa Dalmuir, Committee Officer, Regulatory "
                "and Regeneration."],
    agenda=[("1", "APOLOGIES"), ("2", "DECLARATIONS OF INTEREST"),
            ("3", "MINUTES OF PREVIOUS MEETING ({minutes})"),
            ("4", "LEVENGROVE PARK RESTORATION: HERITAGE FUND BID ({report})")],
    marks=["Item 3", "Item 4"],
    prev_title_lines=["INFRASTRUCTURE, REGENERATION AND ECONOMIC DEVELOPMENT COMMITTEE",
                      "At a Meeting of the Infrastructure, Regeneration and Economic Development Committee held in "
                      "the Civic Space, 16 Church Street, Dumbarton on Wednesday, 23 August 2023 at 10.00 a.m."],
    attendance=[("Present:", "Councillors Renton, Bonhill, Alexandria, Balloch, Clydebank and Duntocher."),
                ("Attending:", "Peter Gavinburn, Chief Officer - Roads and Neighbourhood; Ailsa Dalmuir, "
                               "Committee Officer.")],
    prev_items=[
        item("", "QUEENS QUAY DISTRICT HEATING NETWORK", [
            "A report was submitted by the Chief Officer on the district heating network at Queens Quay in "
            "Clydebank, which takes heat from the River Clyde using water source heat pumps.",
            "The Committee noted that 1,140 homes and the Clydebank Health and Care Centre were now connected and "
            "that the network had saved an estimated 1,950 tonnes of carbon dioxide in 2022/23.",
            "After discussion, the Committee agreed the tariff of 8.9p per kilowatt hour for 2023/24."]),
        item("", "ROADS: WINTER MAINTENANCE PLAN 2023/24", [
            "The Committee agreed the winter maintenance plan, under which 46 per cent of the road network will be "
            "treated on a priority basis, and noted that 4,800 tonnes of salt were in store."]),
    ],
    report=report(
        ["WEST DUNBARTONSHIRE COUNCIL", "Report by the Chief Officer - Roads and Neighbourhood",
         "Infrastructure, Regeneration and Economic Development Committee: 22 November 2023",
         "Subject: Levengrove Park Restoration: Heritage Fund Bid"],
        [("Purpose", "To seek approval of the council's contribution to a bid to the National Lottery Heritage Fund "
                     "for the restoration of Levengrove Park, Dumbarton."),
         ("Recommendations", "The Committee is asked to approve a council contribution of £650,000 and to note the "
                             "submission of the bid.")],
        [("3. Background", [
            "3.1 Levengrove Park was gifted to the people of Dumbarton in 1885. Its bandstand, drinking fountains "
            "and the ruins of the old parish church are listed, and several are on the Buildings at Risk Register."]),
         ("4. Main Issues", [
            "4.1 The total cost of the restoration is estimated at £3.4 million. The bid asks the Heritage Fund for "
            "£2.75 million, with the council providing the rest.",
            "4.2 The first-round application was successful in March 2023 and a development grant of £142,000 was "
            "used to prepare the full bid, which was submitted on 31 October 2023. A decision by the Heritage Fund is "
            "expected in spring 2024.",
            "4.3 A public consultation in June 2023 received 876 responses; 91 per cent of respondents wanted the "
            "bandstand restored and used for events."]),
         ("5. People Implications", [
            "5.1 A park activity officer would be employed for five years if the bid is successful."])]),
    header="", footer=["Page {n}"], number_offset=2,
)

# =========================================================================== Word reports

doc(
    name="Cabinet_17_October_2023_Food_Waste_Report_WFDC", form="docx-report",
    council="Wyre Forest District Council", stated="yes", committee="Cabinet", date="2023-10-17",
    letterhead=["WYRE FOREST DISTRICT COUNCIL", "CABINET", "17th October 2023"],
    report=report(
        ["Introduction of Weekly Food Waste Collections"],
        [("OPEN", ""), ("CABINET MEMBER:", "Councillor Helen Bewdley, Cabinet Member for Operational Services"),
         ("RESPONSIBLE OFFICER:", "Head of Community and Environment"),
         ("CONTACT OFFICER:", "Greg Stourport, Waste Services Manager, Wyre Forest House, Finepoint Way, "
                              "Kidderminster"),
         ("APPENDICES:", "Appendix 1 - Vehicle and container costs")],
        [("1. PURPOSE OF REPORT", [
            "1.1 To set out how the council will introduce weekly collections of food waste from all households by "
            "31 March 2026, as the Environment Act 2021 requires."]),
         ("2. RECOMMENDATIONS", [
            "Cabinet is asked to DECIDE to:",
            "2.1 Approve the introduction of a weekly food waste collection service from October 2025;",
            "2.2 Approve the purchase of 7 food waste collection vehicles, to be funded from the capital grant "
            "of £1,062,000 awarded by the Department for Environment, Food and Rural Affairs; and",
            "2.3 Approve the creation of 14 posts of driver and loader."]),
         ("3. BACKGROUND", [
            "3.1 The council collects household waste from around 47,500 homes in Kidderminster, Stourport-on-Severn, "
            "Bewdley and the surrounding villages. The residual waste is taken to the EnviroSort and EnviroSource "
            "facilities of the Worcestershire and Herefordshire waste partnership.",
            "3.2 A sample analysis in May 2023 found that food waste made up 29 per cent of the contents of the "
            "district's green-lidded residual bins."]),
         ("4. KEY ISSUES", [
            "4.1 Each household will receive a 7 litre kitchen caddy and a 23 litre outdoor caddy. Flats with shared "
            "bins will be given communal 140 litre bins.",
            "4.2 The Government has confirmed capital funding but the amount of revenue funding to meet the running "
            "costs of the new service has not yet been announced. Officers estimate the running costs at £640,000 "
            "a year.",
            "4.3 The food waste will be taken to an anaerobic digestion plant under a contract to be procured by "
            "Worcestershire County Council."]),
         ("5. FINANCIAL IMPLICATIONS", [
            "5.1 The capital grant is expected to cover the full cost of the vehicles and containers."])]),
    header="Agenda Item No. 8", footer=["Wyre Forest District Council - Cabinet 17.10.23"],
    docx_author="Community and Environment",
)

doc(
    name="Report_Enterprise_Fair_Work_Committee_Coatbridge_Town_Centre", form="docx-report",
    council="North Lanarkshire Council", stated="yes", committee="Enterprise and Fair Work Committee",
    date="2022-08-25",
    letterhead=["North Lanarkshire Council", "Report"],
    report=report(
        ["Enterprise and Fair Work Committee", "Coatbridge Town Centre: Acquisition and Redevelopment"],
        [("From", "Stuart Gartcosh, Chief Officer (Assets and Procurement)"),
         ("Date", "25 August 2022"), ("Ref", "SG/KM/EFW0822"),
         ("Telephone", "Karen Moodiesburn (01698 302222)"),
         ("Executive Summary", "This report seeks approval to buy a shopping centre in Coatbridge town centre as "
                               "part of the council's town centre action plan.")],
        [("1. Background", [
            "1.1 The council's town centre action plan for Coatbridge, agreed in 2021, proposed reducing the amount "
            "of retail floor space and bringing more homes and public services into the town centre.",
            "1.2 Around 31 per cent of the ground-floor shop units in the Main Street area are vacant, the highest "
            "rate of the eight town centres in North Lanarkshire."]),
         ("2. Report", [
            "2.1 The owners of the shopping centre have offered it for sale. The price agreed, subject to the "
            "Committee's approval, is set out in the exempt appendix, as it is commercially sensitive.",
            "2.2 The council intends to demolish part of the centre and build 96 homes for social rent, together "
            "with a new health and social care hub.",
            "2.3 The 22 tenants with leases in the centre have been told of the council's plans and will be offered "
            "help to relocate within the town centre."]),
         ("3. Recommendations", [
            "3.1 The Committee is asked to (i) approve the purchase of the shopping centre on the terms in the exempt "
            "appendix; and (ii) instruct officers to prepare a masterplan for consultation in spring 2023."]),
         ("4. Measures of success", [
            "4.1 A reduction in the vacancy rate of the Main Street area to below 20 per cent by 2027."])]),
    header="", footer=["North Lanarkshire Council", "Enterprise and Fair Work Committee 25.08.22"],
    docx_author="Assets and Procurement",
)

# =========================================================================== Word minutes

doc(
    name="Prosperous_Communities_Committee_Minutes_18072023", form="docx-minutes",
    council="West Lindsey District Council", stated="yes", committee="Prosperous Communities Committee",
    date="2023-07-18",
    title_lines=["WEST LINDSEY DISTRICT COUNCIL",
                 "MINUTES of the Meeting of the Prosperous Communities Committee held in the Council Chamber - The "
                 "Guildhall, Gainsborough on 18 July 2023 commencing at 6.30 pm."],
    attendance=[("Present:", "Councillor Owen Caistor (Chairman), Councillor Matt Saxilby (Vice-Chairman), "
                             "Councillors Trish Nettleham, Lesley Scotter, Diane Sturton, Paul Welton and Eve "
                             "Dunholme."),
                ("In Attendance:", "Sally Lea, Director of Planning, Regeneration and Communities; Grant Morton, "
                                   "Economic Growth Manager; Ed Torksey, Democratic and Civic Officer.")],
    items=[
        item("12", "MINUTES OF PREVIOUS MEETING", [
            "RESOLVED that the minutes of the meeting of the Prosperous Communities Committee held on 6 June 2023 "
            "be confirmed and signed as a correct record."]),
        item("13", "UK SHARED PROSPERITY FUND AND RURAL ENGLAND PROSPERITY FUND: PROGRESS", [
            "The Economic Growth Manager presented the report. West Lindsey had been allocated £2.9 million from the "
            "UK Shared Prosperity Fund and £1.6 million from the Rural England Prosperity Fund for the period to "
            "March 2025.",
            "The rural fund had so far paid capital grants to 14 rural businesses, including a farm shop at "
            "Market Rasen and a brewery at Caistor. The Gainsborough business support programme had helped 62 "
            "businesses since it started in January 2023.",
            "Councillor Scotter asked whether village halls could apply. Officers said that community buildings in "
            "villages could apply for grants of up to £30,000 from the rural fund for energy efficiency works.",
            "On being put to the vote, the recommendations were carried.",
            "RESOLVED that (a) the progress report be noted; and (b) £250,000 of the UK Shared Prosperity Fund be "
            "moved from the skills theme to the village halls energy grants."]),
        item("14", "GAINSBOROUGH MARKET PLACE", [
            "Members received an update on the new market canopy in Gainsborough Market Place, which had been "
            "completed in May 2023. Average trader numbers on a Saturday had risen from 18 to 31.",
            "RESOLVED that the update be noted."]),
        item("15", "COMMITTEE WORK PLAN", ["The work plan was noted."]),
    ],
    closing=["The meeting concluded at 8.02 pm.", "Chairman"],
    header="Prosperous Communities Committee - 18 July 2023", footer=["West Lindsey District Council"],
    docx_author="Democratic Services",
)

doc(
    name="Cabinet_Minutes_12_October_2022_STC", form="docx-minutes", council="South Tyneside Council", stated="yes",
    committee="Cabinet", date="2022-10-12",
    title_lines=["SOUTH TYNESIDE COUNCIL", "CABINET", "Wednesday, 12 October 2022",
                 "Town Hall and Civic Offices, Westoe Road, South Shields"],
    attendance=[("Present:", "Councillor Tracey Jarrow (in the Chair), Councillors Ruth Hebburn, Joe Boldon, Mark "
                             "Whitburn, Anne Cleadon, Neil Harton and Lisa Biddick."),
                ("Also present:", "Jon Westoe, Chief Executive; Sue Fellgate, Corporate Director Regeneration and "
                                  "Environment.")],
    items=[
        item("1.", "Minutes", ["The minutes of the meeting held on 14 September 2022 were agreed as a correct record."]),
        item("2.", "UK Shared Prosperity Fund: Investment Plan", [
            "The Lead Member for Economic Growth and Transport introduced the report. The council had been "
            "allocated £5.3 million from the UK Shared Prosperity Fund for 2022 to 2025, to be spent under the "
            "themes of communities and place, supporting local business, and people and skills.",
            "The investment plan had been approved by the Government in principle. It included a town centre "
            "events fund for South Shields and Jarrow, and a grants scheme for businesses moving into empty shops.",
            "Councillor Whitburn asked how much would go to adult numeracy. Officers said that £960,000 of the "
            "allocation was ring-fenced for the Multiply numeracy programme.",
            "RESOLVED that Cabinet approves the UK Shared Prosperity Fund investment plan."]),
        item("3.", "South Shields Foreshore Improvements", [
            "The Lead Member for Culture and Leisure reported on plans to improve the foreshore between the Groyne "
            "and Sandhaven beach, including a new promenade, play areas and seating.",
            "A public consultation on the plans had opened on 3 October 2022 and would close on 14 November 2022. "
            "The responses would be reported to Cabinet before a final scheme was agreed.",
            "RESOLVED that the consultation be noted."]),
        item("4.", "Jarrow Hall: New Operator", [
            "Cabinet agreed that the Anglo-Saxon farm and museum at Jarrow Hall be leased to the Bede's World "
            "Trust for 25 years at a peppercorn rent, with a grant of £90,000 a year for the first three years."]),
    ],
    closing=["The meeting closed at 3.05 pm.", "CHAIR"],
    header="Cabinet 12 October 2022", footer=["South Tyneside Council"],
    docx_author="Democratic Services",
)

# =========================================================================== text

doc(
    name="Policy_and_Resources_Committee_4_March_2024_SIC", form="txt", council="Shetland Islands Council",
    stated="yes", committee="Policy and Resources Committee", date="2024-03-04",
    title_lines=["Shetland Islands Council", "", "MINUTE - PUBLIC", "",
                 "Policy and Resources Committee", "Council Chamber, Town Hall, Lerwick",
                 "Monday 4 March 2024 at 10am", ""],
    attendance=[("Present:", "E Brae, M Cunningsburgh, J Scalloway, R Sandwick, A Tingwall, K Unst, L Whalsay, "
                             "P Yell."),
                ("In attendance (Officers):", "S Bressay, Chief Executive; T Mossbank, Director of Corporate "
                                              "Services; H Sumburgh, Executive Manager - Ferry Operations; "
                                              "C Voe, Committee Officer."),
                ("Chair:", "Mr Brae, Leader of the Council, presided.")],
    items=[
        item("08/24", "Declarations of Interest", [
            "Mr Sandwick declared an interest in item 10/24 as the owner of a property in Yell used as a second "
            "home by his family. He took no part in that item."]),
        item("09/24", "Inter-Island Ferries: Fares and Replacement Vessels", [
            "The Committee considered a report by the Executive Manager - Ferry Operations on fares for 2024/25 "
            "and the replacement of the ageing ferry fleet.",
            "Mr Sumburgh reported that the council's inter-island ferries had carried 742,000 passengers and "
            "386,000 cars in 2023, and that 7 of the 12 vessels in the fleet were more than 35 years old.",
            "The report proposed that fares rise by 5 per cent from 1 April 2024, which would take a single car "
            "and driver fare on the Yell Sound route to £8.40.",
            "The outline business case for replacing the vessels serving Yell and Unst had been sent to Transport "
            "Scotland in 2023. The Scottish Government's decision on funding for the replacement ferries was still "
            "awaited.",
            "Decision: The Committee approved the fares for 2024/25 and asked the Leader to continue to press for a "
            "decision on ferry funding."]),
        item("10/24", "Council Tax: Second Homes and Long-Term Empty Properties", [
            "The Committee considered a report by the Director of Corporate Services. There were 356 second homes "
            "and 271 long-term empty properties in Shetland.",
            "Mr Tingwall moved that the Committee recommend a 100 per cent premium on second homes from 1 April "
            "2024. Mr Whalsay seconded. Mr Unst moved as an amendment that the premium be 50 per cent in the first "
            "year, seconded by Mr Yell.",
            "On a vote being taken, 5 members voted for the motion and 2 for the amendment. The motion was carried.",
            "Decision: The Committee RECOMMENDED to the Council that a 100 per cent premium be charged on second "
            "homes from 1 April 2024."]),
        item("11/24", "Crofting Development Grants", [
            "The Committee agreed to continue the croft house improvement grant at a maximum of £12,000 per croft, "
            "with a budget of £180,000 for 2024/25."]),
    ],
    closing=["", "The meeting concluded at 12.25pm.", "", "Chair"],
)
