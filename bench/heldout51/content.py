"""The documents of bench/heldout51: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout51.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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


# ------------------------------------------------------------------ 1 Chelmsford (mg-meeting)
doc(name="ieListDocuments_CId128_MId4471_Chelmsford_Cabinet", form="mg-meeting",
    council="Chelmsford City Council", stated="yes", committee="Cabinet", date="2024-01-23",
    site=site("Chelmsford City Council", "https://democracy.chelmsford.gov.uk",
              "Civic Centre, Duke Street, Chelmsford, Essex CM1 1JE", "© Chelmsford City Council 2024"),
    heading="Agenda and minutes: Cabinet - Tuesday, 23rd January, 2024 7.00 pm",
    venue="Council Chamber, Civic Centre, Duke Street, Chelmsford",
    contact="Democratic Services, 01245 606923",
    items=[
        item("1.", "Apologies for Absence", ["Apologies were received from Councillor Tamsin Oduya."]),
        item("2.", "Public Question Time", [
            "Mr Bernard Falloway of Springfield asked why the Saturday opening hours at the Chelmsford Museum in Oaklands Park had been cut to four hours.",
            "The Cabinet Member for Culture, Councillor Rhiannon Velde, replied that visitor counts before noon on Saturdays had averaged eleven people over the previous summer and that the staff time had been moved to the school holiday programme.",
            "Mr Falloway asked a supplementary question about volunteers. Councillor Velde said that a volunteer rota was being discussed with the Friends of Chelmsford Museums but that no date had been agreed for longer Saturday hours to return.",
        ]),
        item("3.", "Car Parking Tariffs 2024/25", [
            "The Cabinet considered a report on charges in the council's car parks from 1 April 2024.",
            "The Director of Connected Chelmsford explained that the cost of running the car parks had risen by 14 per cent in two years, mainly because of business rates and the card payment contract with Parkwise Systems Ltd.",
            "Under the proposals the hourly charge at High Chelmer multi-storey will rise from £1.60 to £1.80, while the evening flat rate of £2.00 after 6pm will not change.",
            "Councillor Osric Hallam asked whether the Sandford Road park and ride would be affected. The Director said park and ride fares were set by the bus operator and were outside the scope of the report.",
            "RESOLVED that the tariffs in Appendix A be approved from 1 April 2024.",
        ], links=[("Car parking tariffs report", "412 KB"), ("Appendix A - tariff tables", "96 KB")]),
        item("4.", "Chelmer Waterside Footbridge", [
            "The Cabinet received an update on the footbridge over the River Chelmer linking the Chelmer Waterside site to Wharf Road.",
            "The Cabinet Member for Sustainable Development, Councillor Priya Anstruther, reported that the steel fabrication contract had been let to Brennan Marsh Engineering for £2.3 million and that the bridge deck would be lifted into place over two nights in October 2024.",
            "The bridge will be funded from the Housing Infrastructure Fund grant, with no call on the council's own capital programme.",
            "In answer to a question, officers said the towpath would be closed for up to three weeks during the lift.",
            "RESOLVED that the update be noted.",
        ]),
        item("5.", "Electric Vehicle Charging in Council Car Parks", [
            "Councillor Anstruther reported that 36 fast charging points were now working in the council's car parks, including 12 at Riverside Leisure Centre.",
            "RESOLVED that a further 20 charging points be installed at Coval Lane and Townfield Street car parks during 2024/25.",
        ]),
    ])

# ------------------------------------------------------------------ 2 Gosport (mg-meeting)
doc(name="ieListDocuments_CId142_MId3305_Gosport_PolicyOrganisation", form="mg-meeting",
    council="Gosport Borough Council", stated="yes", committee="Policy and Organisation Board", date="2023-09-27",
    site=site("Gosport Borough Council", "https://democracy.gosport.gov.uk",
              "Town Hall, High Street, Gosport, Hampshire PO12 1EB", "Copyright Gosport Borough Council",
              menu=["Home", "Your councillors", "Committees", "Calendar", "Library"]),
    heading="Agenda and minutes: Policy and Organisation Board - Wednesday 27 September 2023 6.00 pm",
    venue="Council Chamber, Town Hall, High Street, Gosport",
    contact="Committee Services, democratic.services@gosport.gov.uk",
    items=[
        item("21", "Minutes of the previous meeting", ["The minutes of the meeting held on 19 July 2023 were approved as a correct record."]),
        item("22", "Alver Valley Country Park Café", [
            "The Board considered a report on letting the café building at the Alver Valley Country Park.",
            "The Head of Property said that three bids had been received and that the highest scoring bid came from Seahorse Kitchens Ltd, a local firm already running a kiosk on Stokes Bay.",
            "The lease would run for ten years at an annual rent of £18,500, with a rent review after five years.",
            "Councillor Gerald Pinkney asked whether the café would open in the winter. The Head of Property replied that the tenant had committed to opening every day from March to October and at weekends for the rest of the year.",
            "It was moved by Councillor Pinkney, seconded by Councillor Aileen Trusscott and RESOLVED that the lease be granted to Seahorse Kitchens Ltd.",
        ]),
        item("23", "Stokes Bay Coastal Defences", [
            "The Board received an update on the coastal defence scheme at Stokes Bay.",
            "The Coastal Partnership Manager reported that the rock revetment west of the sailing club had been completed in August, protecting 140 homes and the Stokes Bay Road from overtopping.",
            "The scheme cost £6.8 million, of which £6.1 million came from the Environment Agency and the rest from the council's capital reserves.",
            "Members asked about the shingle recharge planned for the eastern frontage. The Manager said the work would be carried out in the winter of 2023/24 using shingle dredged from the Solent approaches.",
            "RESOLVED that the update be noted.",
        ]),
        item("24", "Town Hall Accommodation Review", [
            "The Chief Executive introduced a report on the use of the Town Hall after the move to hybrid working.",
            "Occupancy counts taken on twenty days in May and June 2023 had found that on average only 38 per cent of desks on the third to sixth floors were in use.",
            "The report proposed letting the fifth and sixth floors to public sector partners. Councillor Trusscott asked whether the Hampshire Constabulary had shown interest; the Chief Executive said discussions were taking place with two partners but that he could not name them in public session.",
            "The Board discussed the cost of heating the building, which had risen to £212,000 a year, and the poor insulation of the 1960s tower.",
            "RESOLVED that officers market the fifth and sixth floors to public sector partners and report back in March 2024.",
        ]),
    ])

# ------------------------------------------------------------------ 3 Maidstone (mg-meeting, planning)
doc(name="ieListDocuments_CId135_MId5902_Maidstone_Planning", form="mg-meeting",
    council="Maidstone Borough Council", stated="yes", committee="Planning Committee", date="2024-03-21",
    site=site("Maidstone Borough Council", "https://meetings.maidstone.gov.uk",
              "Maidstone House, King Street, Maidstone, Kent ME15 6JQ", "© Maidstone Borough Council"),
    heading="Agenda and minutes: Planning Committee - Thursday, 21st March, 2024 6.00 pm",
    venue="Town Hall, High Street, Maidstone",
    contact="Democratic Services Officer, 01622 602899",
    items=[
        item("101.", "Disclosures by Members and Officers", ["Councillor Hugo Dankworth said that he knew the applicant for item 103 through a local cricket club and would not take part in that item."]),
        item("102.", "23/504118/FULL - Land south of Heath Road, Coxheath", [
            "The Committee considered an application for 64 dwellings, 40 per cent of them affordable, with a new access from Heath Road.",
            "The Principal Planning Officer said that Kent County Council as highway authority had raised no objection subject to a right turn lane and a contribution of £96,000 towards bus services.",
            "Mrs Lorna Ketteridge spoke for Coxheath Parish Council, which objected because the village primary school was already full.",
            "Councillor Fenella Roakes moved and Councillor Ajay Bhattar seconded that permission be granted as recommended.",
            "RESOLVED that permission be granted subject to the conditions in the report and a section 106 agreement. Voting: For 8, Against 3, Abstentions 1.",
        ]),
        item("103.", "23/505560/FULL - The Old Forge, Linton Road, Loose", [
            "The Committee considered an application to convert a former forge into a single dwelling with a two storey rear extension.",
            "Members were concerned about the loss of a heritage asset in the Loose conservation area.",
            "Councillor Roakes moved, and Councillor Dorcas Plumley seconded, that the application be refused because of the harm to the conservation area.",
            "RESOLVED that permission be refused. Voting: For 9, Against 2, Abstentions 0.",
        ]),
        item("104.", "24/500211/FULL - Mote Park Visitor Centre, Mote Avenue", [
            "The Committee considered an application from the council's own leisure team for a timber extension to the café at Mote Park.",
            "The Planning Officer said the extension would add 48 covers and that the Tree Officer was satisfied that no trees would be lost.",
            "RESOLVED that permission be granted as set out in the report.",
        ]),
        item("105.", "Car Parking at Lockmeadow", [
            "The Committee noted a written update that the increase in car park charges at Lockmeadow, from £1.40 to £1.60 an hour, had been approved by the Cabinet and would not need planning permission.",
        ]),
    ])

# ------------------------------------------------------------------ 4 Rossendale (mg-meeting)
doc(name="ieListDocuments_CId121_MId2718_Rossendale_Cabinet", form="mg-meeting",
    council="Rossendale Borough Council", stated="yes", committee="Cabinet", date="2024-06-12",
    site=site("Rossendale Borough Council", "https://democracy.rossendale.gov.uk",
              "The Business Centre, Futures Park, Bacup OL13 0BB", "© Rossendale Borough Council 2024"),
    heading="Agenda and decisions: Cabinet - Wednesday, 12th June, 2024 6.30 pm",
    venue="Council Chamber, The Business Centre, Futures Park, Bacup",
    contact="Committee Officer, 01706 252422",
    outcome_label="Minutes:",
    items=[
        item("C1", "Apologies and Declarations of Interest", ["There were no apologies. Councillor Nadia Ellerby declared an interest in item C4 as a trustee of a Bacup charity."]),
        item("C2", "Haslingden Sports Centre", [
            "The Cabinet considered a report on the future of Haslingden Sports Centre, which had been closed since a roof leak in February 2024.",
            "The Director of Economic Development said that an independent structural survey of the roof and the pool hall had been commissioned from Pendle Ashworth Consulting and would be carried out in July 2024.",
            "Councillor Tobias Greenhalgh asked how long the swimming pool would stay closed. The Director said the council would not know until the survey had been received and costed.",
            "In the meantime swimming lessons had been moved to Marl Pits pool in Rawtenstall, with a free minibus for primary schools.",
            "RESOLVED that the survey findings be reported to Cabinet in September 2024.",
        ]),
        item("C3", "Public Toilets in Rawtenstall and Bacup", [
            "The Cabinet considered proposals for the public toilets at Rawtenstall bus station and St James Square, Bacup.",
            "The Head of Operations said the two blocks cost £41,000 a year to clean and maintain and that Bacup Town Council had offered to take over the Bacup block from April 2025.",
            "RESOLVED that the Bacup block be transferred to Bacup Town Council and that a 20p charge be introduced at Rawtenstall bus station.",
        ]),
        item("C4", "Bacup Heritage Action Zone Grants", [
            "The Cabinet noted that 17 shop fronts on Market Street and Yorkshire Street had been restored with grants of up to £25,000 each, and that the scheme closes in March 2025.",
        ]),
    ])

# ------------------------------------------------------------------ 5 Leicestershire (mg-meeting)
doc(name="ieListDocuments_CId135_MId7320_Leicestershire_Cabinet", form="mg-meeting",
    council="Leicestershire County Council", stated="yes", committee="Cabinet", date="2023-11-24",
    site=site("Leicestershire County Council", "https://politics.leics.gov.uk",
              "County Hall, Glenfield, Leicestershire LE3 8RA", "© Leicestershire County Council",
              breadcrumb=["Home", "Council and democracy", "Meetings"]),
    heading="Agenda and minutes: Cabinet - Friday, 24 November 2023 2.00 pm",
    venue="Sparkenhoe Committee Room, County Hall, Glenfield",
    contact="Democratic Services, 0116 305 6098",
    items=[
        item("54.", "Minutes", ["The minutes of the meeting held on 20 October 2023 were taken as read, confirmed and signed."]),
        item("55.", "Medium Term Financial Strategy - Monitoring", [
            "The Director of Corporate Resources reported a forecast overspend of £9.4 million for 2023/24, most of it in children's social care placements and special educational needs transport.",
            "Home to school transport for pupils with special educational needs was forecast to cost £38.2 million, £5.1 million more than budgeted, because of a 22 per cent rise in the number of pupils eligible for transport.",
            "Councillor Margery Stainsby asked whether the overspend would be met from reserves. The Director said that a decision on using the budget equalisation reserve had not yet been taken and would depend on the position at the end of the third quarter.",
            "RESOLVED that the position be noted.",
        ]),
        item("56.", "Melton Mowbray Distributor Road - Northern and Eastern Section", [
            "The Cabinet considered the award of the construction contract for the northern and eastern section of the Melton Mowbray Distributor Road.",
            "Following a tender, the preferred bidder was Hallbrook Civils Ltd with a price of £61.7 million; work would start in January 2024 and the road would open in summer 2026.",
            "The Lead Member for Highways, Councillor Dennis Oakshott, said the road would take about 4,000 vehicles a day out of the town centre.",
            "RESOLVED that the contract be awarded to Hallbrook Civils Ltd.",
        ]),
        item("57.", "Pothole and Carriageway Repairs", [
            "The Cabinet noted that 31,200 potholes had been repaired in the year to October 2023, and that an extra £3 million from the Department for Transport would be spent on resurfacing the A47 at Earl Shilton and the A6 near Loughborough.",
        ]),
    ])

# ------------------------------------------------------------------ 6 Vale of White Horse (mg-meeting)
doc(name="ieListDocuments_CId507_MId3381_Vale_Cabinet", form="mg-meeting",
    council="Vale of White Horse District Council", stated="yes", committee="Cabinet", date="2025-02-07",
    site=site("Vale of White Horse District Council", "https://data.whitehorsedc.gov.uk",
              "Abbey House, Abbey Close, Abingdon, OX14 3JE", "© Vale of White Horse District Council"),
    heading="Agenda and minutes: Cabinet - Friday, 7 February 2025 10.00 am",
    venue="Meeting Room 1, Abbey House, Abbey Close, Abingdon",
    contact="Democratic Services, 01235 422520",
    items=[
        item("38", "Declarations of interest", ["None."]),
        item("39", "Abbey Meadow Outdoor Pool", [
            "Cabinet considered a report on repairs to the Abbey Meadow outdoor pool in Abingdon before the 2025 season.",
            "The Head of Leisure said the pool tank membrane had failed in several places and that the replacement would be carried out by Tidewell Pools Ltd for £348,000.",
            "The pool would open on 24 May 2025, two weeks later than usual, so that the new membrane could cure.",
            "Councillor Imogen Tarrant asked about the cost of heating the water. The Head of Leisure explained that the pool was heated by air source heat pumps installed in 2022 and that the gas boiler had been removed.",
            "RESOLVED that the repairs be funded from the leisure capital programme.",
        ]),
        item("40", "Electric Vehicle Charging Points in Wantage and Faringdon", [
            "Cabinet received a report on the second phase of public electric vehicle charging.",
            "Sixteen charging points will be installed in Portway car park, Wantage, and ten in Southampton Street car park, Faringdon, by the operator VoltaWay UK, which will pay the council a share of its income.",
            "Councillor Lionel Fairweather asked how much of the income the council would receive and how long the operator's contract would last.",
            "Cabinet noted the answer that the operator would meet the whole cost of installation and that charging tariffs would be reviewed each year.",
            "RESOLVED that the concession be awarded to VoltaWay UK.",
        ]),
        item("41", "Botley Road and Wootton Flooding", [
            "Cabinet noted that property flood resilience grants of up to £7,500 had been offered to 52 households in Wootton and Botley after the flooding of January 2024.",
        ]),
    ])

# ------------------------------------------------------------------ 7 Hertfordshire (mg-item)
doc(name="mgAi_ID61942_Hertfordshire_HighwaysPanel", form="mg-item",
    council="Hertfordshire County Council", stated="yes", committee="Highways and Transport Cabinet Panel",
    date="2024-07-04",
    site=site("Hertfordshire County Council", "https://democracy.hertfordshire.gov.uk",
              "County Hall, Pegs Lane, Hertford, SG13 8DQ", "© Hertfordshire County Council",
              breadcrumb=["Home", "Meetings", "Highways and Transport Cabinet Panel", "Agenda item"]),
    meeting_line="04/07/2024 - Highways and Transport Cabinet Panel (Item 5)",
    items=[item("5.", "Bus Service Improvement Plan: Supported Bus Network Review", [
        "The Panel received a report from the Head of Passenger Transport on the review of the supported bus network.",
        "The review had looked at 47 routes which the county council pays operators to run. Passenger counts in October 2023 found that route 390 between Stevenage and Hertford carried 1,240 passengers a week, the highest of any supported route, while route 16 in Royston carried fewer than 60.",
        "Under the proposals the subsidy for route 16 would end in September 2024 and a demand responsive minibus service would be extended to cover Royston and the villages to its east.",
        "Members asked about evening services. The Head of Passenger Transport said that evening journeys on route 724 between Harlow and Hatfield would be kept because the University of Hertfordshire had agreed to pay £85,000 a year towards them.",
        "Councillor Wendell Ashcombe asked how many people would lose a bus service altogether. Officers said that the new minibus would reach every village that currently has a supported route, but that journeys would need to be booked at least an hour ahead.",
        "Councillor Frances Eldridge moved an amendment that route 16 be kept until March 2025; this was seconded by Councillor Ashcombe and lost on the Chairman's casting vote.",
        "The Panel recommended to the Executive Member that the changes set out in the report be approved.",
    ], intro="Report of the Director of Highways and Environment",
        links=[("Supported bus network review report", "623 KB"), ("Appendix B - route data", "210 KB")])])

# ------------------------------------------------------------------ 8 Thanet (mg-item)
doc(name="mgAi_ID28710_Thanet_OSPanel_Seafront", form="mg-item",
    council="Thanet District Council", stated="yes", committee="Overview and Scrutiny Panel", date="2024-11-19",
    site=site("Thanet District Council", "https://democracy.thanet.gov.uk",
              "Cecil Street, Margate, Kent CT9 1XZ", "Copyright Thanet District Council 2024",
              breadcrumb=["Home", "Committees", "Overview and Scrutiny Panel", "Item"]),
    meeting_line="19/11/2024 - Overview and Scrutiny Panel (Item 7)",
    items=[item("7.", "Seafront Charges and Beach Hut Review", [
        "The Panel considered the report of the Head of Coastal and Public Realm on seafront fees and charges for 2025/26.",
        "Beach hut licences at Minnis Bay, Westbrook and Joss Bay would rise by 6 per cent, taking an annual licence for a standard hut at Minnis Bay to £1,187.",
        "The waiting list for a beach hut stood at 418 names, and the average wait for a hut at Joss Bay was more than seven years.",
        "The Head of Coastal and Public Realm told the Panel that a consultation with hut owners on a new transfer policy would open in January 2025 and close at the end of February.",
        "Councillor Yvette Marchbank asked what hut owners had said about selling huts privately. The officer replied that their views would be gathered through the consultation.",
        "Members also discussed the seasonal beach inspectors at Viking Bay, Broadstairs, whose cost of £96,000 a year was met from car parking income.",
        "The Panel agreed to ask Cabinet to publish the waiting list numbers for each bay on the council's website.",
    ], intro="Report of the Head of Coastal and Public Realm",
        links=[("Seafront charges report", "389 KB")])])

# ------------------------------------------------------------------ 9 Essex (mg-decision)
doc(name="ieDecisionDetails_ID8812_Essex_SchoolTransport", form="mg-decision",
    council="Essex County Council", stated="yes", committee="Cabinet Member for Education Excellence, Lifelong Learning and Employability",
    date="2024-08-15",
    site=site("Essex County Council", "https://cmis.essex.gov.uk",
              "County Hall, Market Road, Chelmsford, Essex CM1 1QH", "© Essex County Council",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Forward Plan", "Contact"]),
    decision_title="Decision details: Home to School Transport - Award of Contracts for Special Educational Needs Routes 2024-2027",
    fields=[("Decision Maker:", "Cabinet Member for Education Excellence, Lifelong Learning and Employability"),
            ("Decision status:", "Recommendations approved"), ("Is Key Decision?:", "Yes"),
            ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To award contracts for 312 home to school transport routes for children and young people with special educational needs and disabilities in Essex from September 2024."]),
        ("Decision:", [
            "The Cabinet Member for Education Excellence, Lifelong Learning and Employability agreed:",
            "- to award 312 route contracts to the 41 operators listed in the confidential appendix, for three years from 2 September 2024, at an estimated total cost of £54.6 million;",
            "- that the largest single share, 58 routes in Braintree and Uttlesford, goes to Colne Valley Minicoaches Ltd;",
            "- to delegate to the Director of Education authority to award any routes not filled at the start of term.",
        ]),
        ("Reasons:", [
            "The previous contracts end on 31 August 2024. Spending on home to school transport for pupils with special educational needs rose from £41 million in 2021/22 to £58 million in 2023/24.",
            "The tender was split into smaller lots so that local taxi and minibus firms could bid. Whether the new contracts will bring the overall cost down has not yet been established, because route numbers for September depend on assessments still under way.",
        ]),
        ("Alternative options considered:", [
            "Running the routes with the council's own fleet was rejected because the council owns only 19 accessible vehicles.",
        ]),
    ],
    tail=[("Publication date:", "15/08/2024"), ("Date of decision:", "15/08/2024"), ("Effective from:", "23/08/2024")],
    links=[("Home to School Transport SEND Routes Decision Report", "388 KB")])

# ------------------------------------------------------------------ 10 Three Rivers (mg-decision)
doc(name="ieDecisionDetails_ID1147_ThreeRivers_EVCharging", form="mg-decision",
    council="Three Rivers District Council", stated="yes", committee="Policy and Resources Committee",
    date="2023-12-04",
    site=site("Three Rivers District Council", "https://moderngov.threerivers.gov.uk",
              "Three Rivers House, Northway, Rickmansworth, Herts WD3 1RL", "© Three Rivers District Council"),
    decision_title="Decision details: Electric Vehicle Charge Points in Council Car Parks",
    fields=[("Decision Maker:", "Policy and Resources Committee"), ("Decision status:", "Decision Made"),
            ("Is Key Decision?:", "No"), ("Is subject to call in?:", "No")],
    sections=[
        ("Purpose:", ["To agree the installation of public electric vehicle charge points in four council car parks in Rickmansworth, Abbots Langley, Chorleywood and South Oxhey."]),
        ("Decision:", [
            "The Committee agreed that 28 charge points be installed by Chargewell Networks Ltd under a fifteen year concession.",
            "The locations are Talbot Road car park, Rickmansworth (10), Causeway House car park, Abbots Langley (6), Chorleywood Common car park (6) and Oxhey Drive car park, South Oxhey (6).",
        ]),
        ("Reasons:", [
            "A survey of residents carried out in summer 2023 found that 61 per cent of respondents without a driveway would consider buying an electric car if they could charge within a short walk of home.",
            "The operator will install, maintain and power the charge points and pay the council an annual site fee. Two charge points at each site will be reserved for the council's own fleet of pool cars overnight.",
            "Councillor Marcus Delahaye proposed the recommendation and Councillor Harriet Ingleby seconded it. The Committee agreed the recommendation unanimously.",
        ]),
        ("Alternative options considered:", ["The council could buy and run the charge points itself, but it does not have the staff or the capital to do so."]),
    ],
    tail=[("Publication date:", "06/12/2023"), ("Date of decision:", "04/12/2023"), ("Decided at meeting:", "04/12/2023 - Policy and Resources Committee")],
    links=[("EV charge points report", "254 KB")])

# ------------------------------------------------------------------ 11 Havant (pdf-minutes)
doc(name="Havant_Cabinet_Minutes_2024-02-14", form="pdf-minutes",
    council="Havant Borough Council", stated="yes", committee="Cabinet", date="2024-02-14",
    pdf_title="Cabinet minutes 14 February 2024", pdf_author="Democratic Services",
    title_lines=["HAVANT BOROUGH COUNCIL", "CABINET", "Minutes of the meeting held on Wednesday 14 February 2024 at 5.00 pm in the Hurstwood Room, Public Service Plaza, Havant"],
    attendance=[("Present:", "Councillor Leonard Ashdown (Chairman); Councillors Beatrix Colquhoun, Samir Dewhurst, Ophelia Grange and Cyril Mountjoy"),
                ("Also present:", "Councillor Winifred Hale")],
    items=[
        item("CAB 41", "Hayling Island Seafront Defences", [
            "The Cabinet Lead for Coastal Management, Councillor Grange, introduced a report on the Hayling Island seafront strategy.",
            "Beach monitoring had shown that the shingle beach in front of Eastoke had lost about 30,000 cubic metres over the winter storms, leaving 320 homes at higher risk of flooding.",
            "An emergency recharge of 25,000 cubic metres of shingle would take place in March 2024 at a cost of £1.4 million, met by the Environment Agency.",
            "At Langstone, by contrast, the new flood wall along the A3023 had been finished in December 2023 at a cost of £3.9 million, of which Havant Borough Council paid £450,000.",
            "RESOLVED that the emergency recharge at Eastoke be approved.",
        ]),
        item("CAB 42", "Havant Town Centre Regeneration", [
            "The Cabinet considered proposals for the former Leisure Centre site on Civic Centre Road.",
            "Councillor Dewhurst said that the demolition contract had been let to Portsdown Demolition Ltd and that the site would be cleared by July 2024.",
            "Councillor Hale, not a member of the Cabinet, asked how many homes would be built. Councillor Dewhurst said that the development partner had proposed 190 homes, 30 per cent of them affordable.",
            "RESOLVED that the outline business case be approved.",
        ]),
        item("CAB 43", "Waterlooville Market", [
            "The Cabinet noted that the Friday market in Waterlooville precinct had 22 regular traders in January 2024, compared with 31 a year earlier, and that pitch fees would be halved for new traders for six months.",
        ]),
    ],
    closing=["The meeting closed at 6.25 pm."],
    header="Havant Borough Council - Cabinet 14.02.24", footer=["Page {n} of {total}"])

# ------------------------------------------------------------------ 12 East Devon (pdf-minutes)
doc(name="EDDC_Cabinet_Minutes_2023-06-07", form="pdf-minutes",
    council="East Devon District Council", stated="yes", committee="Cabinet", date="2023-06-07",
    pdf_title="Minutes of Cabinet", pdf_author="East Devon District Council",
    logo="East Devon District Council",
    title_lines=["Minutes of the meeting of Cabinet held at Blackdown House, Honiton on 7 June 2023",
                 "Attendance list at end of document",
                 "The meeting started at 6.00 pm and ended at 8.40 pm"],
    items=[
        item("1", "Public speaking", [
            "Ms Cressida Whitlock of Sidmouth spoke about the state of the beach huts at Jacob's Ladder beach. She said that owners had been told in 2022 that the huts would be repaired but nothing had happened.",
            "The Portfolio Holder for Coast, Country and Environment, Councillor Anselm Trevarrow, thanked her and said that a condition survey of all 72 council beach huts in Sidmouth, Exmouth and Seaton had been ordered and would take place in September 2023.",
        ]),
        item("2", "Beach Hut Fees 2024", [
            "Cabinet considered a report on beach hut fees. The annual fee for a council hut at Exmouth would rise from £960 to £1,010, and the daily hire of a hut at Seaton would stay at £25.",
            "Cabinet was told that the results of the condition survey would be used to decide which huts would be replaced.",
            "RESOLVED that the fees for 2024 be approved.",
        ]),
        item("3", "Seaton Jurassic Building", [
            "Cabinet considered the future use of the Seaton Jurassic visitor building. The Assistant Director for Place said that a community trust, Seaton Wetlands Friends, had asked to take a lease of the ground floor.",
            "Councillor Dulcie Pengelly moved, and Councillor Trevarrow seconded, that officers negotiate a lease at a peppercorn rent. This was carried with six votes for and two against.",
        ]),
        item("4", "Exmouth Queen's Drive Car Park", [
            "Cabinet noted that 214 new spaces had opened at Queen's Drive, Exmouth, and that the car park now had eight electric vehicle charging points.",
        ]),
    ],
    closing=["Attendance List", "Cabinet Members present: Councillors Anselm Trevarrow, Dulcie Pengelly, Hamish Corbyn-Lyle, Rosalind Ware, Tobias Finch, Yasmin Kettering, Neville Shawcross, Oona Pettigrew"],
    header="Cabinet 7 June 2023", footer=["{n}"])

# ------------------------------------------------------------------ 13 Epping Forest (pdf-minutes)
doc(name="EFDC_Cabinet_Minutes_2024-10-14", form="pdf-minutes",
    council="Epping Forest District Council", stated="yes", committee="Cabinet", date="2024-10-14",
    pdf_title="Cabinet Minutes", pdf_author="Epping Forest District Council",
    title_lines=["EPPING FOREST DISTRICT COUNCIL", "COMMITTEE MINUTES",
                 "Committee: Cabinet     Date: Monday, 14 October 2024",
                 "Place: Council Chamber, Civic Offices, High Street, Epping     Time: 7.00 - 9.05 pm"],
    attendance=[("Members Present:", "Councillors Ambrose Quayle (Leader of Council), Delphine Rusk (Deputy Leader), Ivor Bassingthwaite, Marjorie Ockenden, Percival Dray and Saskia Vantongeren"),
                ("Officers Present:", "Chief Executive, Strategic Director (Place), Service Manager (Leisure), Democratic Services Officer")],
    items=[
        item("44.", "EPPING SPORTS CENTRE REPLACEMENT", [
            "The Leisure and Culture Portfolio Holder, Councillor Ockenden, presented an update on the new leisure centre on the former Cottis Lane car park site in Epping.",
            "The centre will have a six lane 25 metre swimming pool, a learner pool, a 100 station gym and two studios. The main contractor, Forrester Grange Construction, started on site in May 2024.",
            "Councillor Dray asked when residents would be able to use the new pool. The Service Manager (Leisure) said that an opening date had not been fixed, because the connection of the new electricity substation by the electricity network operator was still awaited.",
            "The old Epping Sports Centre on Hemnall Street will stay open until the new centre is ready, and its site will then be sold for housing.",
            "Decision: That the progress on the new leisure centre be noted.",
        ]),
        item("45.", "WALTHAM ABBEY SWIMMING POOL ROOF", [
            "The Cabinet agreed to spend £286,000 on emergency repairs to the roof of Waltham Abbey Swimming Pool on Roundhills, after an inspection found corroded steel purlins above the main pool.",
            "The pool was closed from 2 September 2024 and is expected to reopen by mid December 2024.",
        ]),
        item("46.", "COUNCIL HOUSEBUILDING PROGRAMME - PHASE 4", [
            "Councillor Rusk reported that 38 new council homes at Burton Road, Loughton, had been handed over in August 2024, and that phase 4 would provide 51 homes on five garage sites in Ongar, Buckhurst Hill and North Weald Bassett.",
            "The contract for phase 4 was awarded to Whitmore Lodge Homes Ltd at a cost of £17.9 million, with £4.2 million from Homes England grant and the rest from the Housing Revenue Account.",
            "Decision: That the contract for phase 4 be awarded to Whitmore Lodge Homes Ltd.",
        ]),
        item("47.", "QUARTERLY FINANCIAL MONITORING", [
            "The Finance Portfolio Holder reported a forecast underspend of £312,000 on the general fund for 2024/25, mainly from higher interest on investments.",
        ]),
    ],
    closing=["CHAIRMAN"],
    header="Cabinet", header_right="14 October 2024", footer=["Page {n}"])

# ------------------------------------------------------------------ 14 Forest of Dean (pdf-minutes)
doc(name="FoDDC_Cabinet_Minutes_2023-03-09", form="pdf-minutes",
    council="Forest of Dean District Council", stated="yes", committee="Cabinet", date="2023-03-09",
    pdf_title="Minutes - Cabinet - 9 March 2023", pdf_author="Democratic Services",
    title_lines=["Forest of Dean District Council", "Minutes of a meeting of the Cabinet held in the Council Chamber, Council Offices, High Street, Coleford on Thursday 9 March 2023 at 2.00 pm"],
    attendance=[("Present:", "Councillor Gwendolyn Abernethy (Leader), Councillors Rufus Tennant, Lavinia Hoskins, Declan Moorcroft, Philippa Stroud-Evans"),
                ("Apologies:", "Councillor Barnaby Iredale")],
    items=[
        item("CAB.88", "Public Toilet Strategy", [
            "The Cabinet Member for Environment, Councillor Tennant, introduced the public toilet strategy, which covers the council's eleven public toilet blocks.",
            "A usage count carried out over the summer of 2022 had found that the blocks at Mill Pond, Lydney and Bream were used by fewer than 30 people a week, while the block at the Coleford bus station was used by more than 900.",
            "The strategy proposes that the blocks at Newent, Cinderford Triangle and Coleford be refurbished with accessible cubicles and baby changing, at a total cost of £412,000, and that the council ask town and parish councils to take over the lower use blocks.",
            "Councillor Hoskins asked whether a Changing Places toilet would be provided. Councillor Tennant said that a Changing Places facility would be included in the Coleford refurbishment, funded by a government grant of £30,000.",
            "RESOLVED to approve the public toilet strategy and the refurbishment programme.",
        ]),
        item("CAB.89", "Lydney Harbour Improvements", [
            "The Cabinet considered a report on the next phase of improvements at Lydney Harbour, including a new slipway and a footpath link to Lydney Town station.",
            "The Cabinet Member for Economic Development, Councillor Moorcroft, said that the Canal and River Trust had agreed to manage the harbour gates for a further five years.",
            "RESOLVED to approve the design of phase 2 and to bid to the Levelling Up Fund for its construction.",
        ]),
        item("CAB.90", "Cinderford Northern Quarter", [
            "The Cabinet noted progress on the Cinderford Northern Quarter, where the new Gloucestershire College campus opened in September 2022 and the spine road is complete.",
            "Councillor Stroud-Evans reported that two plots had been sold to Dean Heritage Bakeries and Hartpury Forge Engineering, who together expect to create 85 jobs.",
        ]),
    ],
    closing=["The meeting closed at 3.40 pm.", "Chairman"],
    header="Cabinet - 9 March 2023", footer=["Page {n} of {total}", "Chairman's initials ......"])

# ------------------------------------------------------------------ 15 West Lindsey (pdf-minutes)
doc(name="WLDC_CPR_Committee_Minutes_2024-09-26", form="pdf-minutes",
    council="West Lindsey District Council", stated="yes", committee="Corporate Policy and Resources Committee",
    date="2024-09-26",
    pdf_title="Corporate Policy and Resources Committee 26 September 2024", pdf_author="West Lindsey District Council",
    title_lines=["WEST LINDSEY DISTRICT COUNCIL",
                 "MINUTES of the Meeting of the Corporate Policy and Resources Committee held in the Council Chamber - The Guildhall, Gainsborough on Thursday, 26 September 2024 commencing at 6.30 pm."],
    attendance=[("Present:", "Councillor Edwina Lockyer (Chairman), Councillor Roderick Maplethorpe (Vice-Chairman), Councillors Stanley Burrage, Cecily Dunwoody, Ferdinand Holyoake, Kirsty Mabbott and Osborne Wragg"),
                ("In Attendance:", "Director of Planning, Regeneration and Communities; Financial Services Manager; Democratic and Civic Officer")],
    items=[
        item("41", "Gainsborough Market Review", [
            "Members considered the findings of the review of Gainsborough market.",
            "The review found that the Tuesday market had an average of 14 stalls, the Saturday market 26 stalls, and that footfall in the Market Place had fallen by 11 per cent since 2019.",
            "The Director of Planning, Regeneration and Communities recommended moving the Saturday market into Church Street on a trial basis and starting a monthly street food evening from April 2025.",
            "Councillor Burrage asked whether traders had been consulted. The Director said that 19 of the 31 regular traders had returned the questionnaire and that most supported the move.",
            "It was moved by Councillor Maplethorpe and seconded by Councillor Mabbott that the recommendations be approved. On being put to the vote the motion was carried, with 6 votes for and 1 abstention.",
        ]),
        item("42", "Caistor Market Place Enhancement", [
            "The Committee approved a grant of £180,000 from the UK Shared Prosperity Fund for new paving and seating in Caistor Market Place. The Caistor works will be carried out by Wolds Paving Ltd and are due to finish in March 2025.",
            "No vote was recorded on this item as the grant had already been approved in principle in June.",
        ]),
        item("43", "Trinity Arts Centre", [
            "Members received an update on Trinity Arts Centre in Gainsborough, where ticket sales had risen to 41,000 in 2023/24. The Committee agreed to fund a new stage lighting rig costing £64,000.",
        ]),
        item("44", "Budget and Treasury Monitoring - Period 4", [
            "The Financial Services Manager reported a forecast surplus of £128,000 on the revenue budget and that investment income was £210,000 above budget.",
            "RESOLVED that the report be accepted.",
        ]),
    ],
    closing=["The meeting concluded at 8.02 pm.", "Chairman"],
    header="Corporate Policy and Resources Committee - 26 September 2024", footer=["{n}"])

# ------------------------------------------------------------------ 16 Neath Port Talbot (pdf-minutes)
doc(name="NPT_Cabinet_Minutes_2025-01-22", form="pdf-minutes",
    council="Neath Port Talbot Council", stated="yes", committee="Cabinet", date="2025-01-22",
    pdf_title="Cabinet 22.01.2025", pdf_author="Neath Port Talbot Council",
    title_lines=["CABINET", "(Multi-Location Meeting - Council Chamber, Port Talbot Civic Centre & Microsoft Teams)",
                 "Members Present: 22 January 2025"],
    attendance=[("Leader:", "Councillor Caradog Meredith"),
                ("Councillors:", "Eirlys Pumphrey, Gethin Llewelyn-Price, Nerys Bowditch, Ifor Thackeray and Rhodri Alcock"),
                ("Officers In Attendance:", "Chief Executive, Director of Environment and Regeneration, Head of Leisure, Tourism, Heritage and Culture, Democratic Services Officer")],
    items=[
        item("1.", "APPOINTMENT OF CHAIRPERSON", ["Agreed that Councillor Caradog Meredith be appointed Chairperson for the meeting."]),
        item("2.", "PONTARDAWE SWIMMING POOL AND LEISURE PROVISION", [
            "Cabinet considered the report of the Head of Leisure, Tourism, Heritage and Culture on swimming provision in the Swansea Valley.",
            "Pontardawe Swimming Pool, built in 1974, needs an estimated £2.9 million of work to its plant and roof. Cabinet was told that a feasibility study comparing repair of the existing pool with a new building beside Pontardawe Leisure Centre would be commissioned in February 2025 and reported in the summer.",
            "Councillor Bowditch asked whether the pool would remain open while the study was carried out. The Head of Service said it would, with its opening hours unchanged.",
            "Attendance at Aberavon Leisure and Fitness Centre had risen to 412,000 visits in 2023/24 after the new flume was installed.",
            "Decision: That the commissioning of the feasibility study be approved.",
        ]),
        item("3.", "MARGAM COUNTRY PARK - CASTLE STABLES", [
            "Cabinet agreed to let the restored stable block at Margam Country Park to Tir Morgannwg Events Ltd for weddings and conferences, for a term of 15 years at a rent of £32,000 a year rising with inflation.",
            "Councillor Thackeray proposed and Councillor Alcock seconded the recommendation, which was agreed unanimously.",
        ]),
        item("4.", "STEEL TRANSITION SUPPORT FUND", [
            "Cabinet noted that 146 local firms in the Port Talbot steelworks supply chain had applied for support from the transition board's fund, and that grants averaging £18,000 had been paid to 63 of them.",
            "Decision: That the report be noted.",
        ]),
    ],
    closing=["CHAIRPERSON"],
    header="220125", footer=["- {n} -"])

# ------------------------------------------------------------------ 17 Suffolk (pdf-pack)
doc(name="Suffolk_Cabinet_Pack_2024-03-12", form="pdf-pack",
    council="Suffolk County Council", stated="yes", committee="Cabinet", date="2024-03-12",
    pdf_title="Agenda - Cabinet 12 March 2024", pdf_author="Suffolk County Council",
    cover=["Cabinet", "Date: Tuesday, 12 March 2024", "Venue: Rose Room, Endeavour House, 8 Russell Road, Ipswich",
           "Time: 2:00 pm"],
    cover_body=["Suffolk County Council",
                "Membership: Councillor Harriet Blenkinsop (Chairman), Councillors Aldous Penrose, Theodora Sayle, Crispin Mulvaney, Geraldine Fothergill, Lucian Ashbee and Winifred Catchpole.",
                "For more information about this meeting, including access arrangements and facilities for people with disabilities, please contact Mina Haverhill, Democratic Services Officer, on 01473 265108."],
    agenda=[("1", "Apologies for Absence"), ("2", "Declarations of Interest"),
            ("3", "Minutes of the meeting held on 13 February 2024 ({minutes})"),
            ("4", "Public Questions"),
            ("5", "Home to School Travel: Budget Pressures and Policy Review ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["Unconfirmed", "Minutes of the meeting of the Cabinet held on 13 February 2024 at 2:00 pm in the Rose Room, Endeavour House, Ipswich."],
    prev_items=[
        item("12.", "Public Questions", [
            "Mr Leopold Tuddenham of Stowmarket asked when the A1120 through Stowupland would be resurfaced.",
            "The Cabinet Member for Highways, Councillor Penrose, replied that the stretch between Church Road and the A14 junction was in the 2024/25 programme and would be resurfaced in the summer school holidays.",
        ]),
        item("13.", "Household Support Fund", [
            "The Cabinet agreed to spend the final £2.1 million of the Household Support Fund on food vouchers for children eligible for free school meals during the Easter and May half term holidays.",
        ]),
        item("14.", "Lowestoft Gull Wing Bridge", [
            "The Cabinet noted that the Gull Wing bridge had carried an average of 11,800 vehicles a day in its first four months, and that traffic on the Bascule Bridge had fallen by a third.",
        ]),
    ],
    report=report(
        ["Suffolk County Council", "Cabinet", "Report Title: Home to School Travel: Budget Pressures and Policy Review"],
        [("Meeting Date:", "12 March 2024"), ("Lead Councillor(s):", "Councillor Theodora Sayle, Cabinet Member for Education and Skills"),
         ("Director:", "Executive Director of Children and Young People's Services"),
         ("Author:", "Ottoline Prentice, Head of Passenger Transport, 01473 260455")],
        [("1. Brief summary of report", [
            "1.1 This report sets out why spending on home to school travel has grown and asks Cabinet to agree a public consultation on changes to the post 16 travel policy.",
            "1.2 The budget for home to school travel in 2023/24 is £41.3 million. The forecast outturn is £49.8 million, an overspend of £8.5 million.",
        ]), ("2. Reasons for the increase", [
            "2.1 The number of children with an education, health and care plan who receive council transport has risen from 2,640 in 2020/21 to 3,910 in 2023/24.",
            "2.2 Contract prices have also risen. The average daily cost of a taxi route for a child with special educational needs is now £118, compared with £82 three years ago.",
            "2.3 Fewer firms are bidding for routes in rural west Suffolk, and some routes around Haverhill and Mildenhall attract only one bid.",
        ]), ("3. Proposals", [
            "3.1 Cabinet is asked to agree a consultation, running from 18 March to 28 April 2024, on charging £750 a year for post 16 transport for students who are not from low income families.",
            "3.2 It is too early to say how much the charge would save, because the number of students who would stop using the service is not known. An estimate will be included in the report to Cabinet in June 2024.",
            "3.3 Independent travel training will be offered to 150 more young people, paid for from the transformation reserve.",
        ]), ("4. Recommendations", [
            "4.1 That Cabinet approves the consultation described in section 3.",
            "4.2 That Cabinet notes the forecast overspend.",
        ])]),
    footer=["Page {n}"], number_offset=1)

# ------------------------------------------------------------------ 18 Uttlesford (pdf-pack)
doc(name="Uttlesford_Cabinet_Pack_2023-10-19", form="pdf-pack",
    council="Uttlesford District Council", stated="yes", committee="Cabinet", date="2023-10-19",
    pdf_title="Cabinet agenda pack 19 October 2023", pdf_author="Uttlesford District Council",
    cover=["Cabinet", "Date: Thursday, 19th October, 2023", "Time: 7.00 pm",
           "Venue: Council Chamber - Council Offices, London Road, Saffron Walden, CB11 4ER"],
    cover_body=["Members: Councillors Josephine Kettleburgh (Chair), Barnaby Quilter, Esther Dunmore, Alistair Penhallow, Marigold Ferris, Quentin Albright",
                "Public Speaking: At the start of the meeting there will be an opportunity of up to 15 minutes for members of the public to ask questions and make statements subject to having given notice by 12 noon two working days before the meeting.",
                "Uttlesford District Council"],
    agenda=[("1", "Apologies for absence and declarations of interest"),
            ("2", "Minutes of the previous meeting ({minutes})"),
            ("3", "Questions or statements from the public"),
            ("4", "Saffron Walden Museum Collections Store ({report})")],
    marks=["Agenda Item 2", "Agenda Item 4"],
    prev_title_lines=["CABINET MEETING held at COUNCIL CHAMBER - COUNCIL OFFICES, LONDON ROAD, SAFFRON WALDEN, CB11 4ER, on THURSDAY, 7TH SEPTEMBER, 2023 at 7.00 pm"],
    prev_items=[
        item("CAB21", "PUBLIC SPEAKING", [
            "Mrs Henrietta Lowbury of Thaxted asked why the bin collections in Thaxted had been missed three weeks running in August.",
            "The Portfolio Holder for Environment, Councillor Dunmore, apologised and said that two of the four refuse lorries had been off the road at the same time because of gearbox faults, and that a hired vehicle had since been brought in.",
        ]),
        item("CAB22", "GREAT DUNMOW SKATE PARK", [
            "Cabinet agreed a grant of £45,000 to Great Dunmow Town Council towards a new skate park on the Recreation Ground.",
        ]),
    ],
    report=report(
        ["Committee: Cabinet", "Title: Saffron Walden Museum Collections Store", "Date: Thursday, 19 October 2023"],
        [("Report Author:", "Cordelia Ashwell, Museum Curator"), ("Portfolio Holder:", "Councillor Alistair Penhallow, Portfolio Holder for Communities"),
         ("Key decision:", "Yes"), ("Wards affected:", "Saffron Walden Audley, Castle and Shire")],
        [("Summary", [
            "1. The museum's reserve collections are stored in a rented industrial unit at Shire Hill, Saffron Walden. The lease ends in March 2025 and the landlord will not renew it.",
            "2. This report asks Cabinet to approve the fitting out of the former depot building at Little Walden Road as a new collections store.",
        ]), ("Recommendations", [
            "3. That Cabinet approves capital spending of £735,000 to convert the former depot into a collections store.",
            "4. That Cabinet asks officers to apply to the National Lottery Heritage Fund for up to half of the cost.",
        ]), ("Situation", [
            "5. The museum holds about 170,000 objects, of which fewer than 3 per cent are on display. The collection includes natural history specimens gathered by local collectors in the nineteenth century.",
            "6. An environmental survey of the Shire Hill unit in 2022 found relative humidity above 70 per cent on 93 days of the year, which puts the textiles and the herbarium at risk of mould.",
            "7. The former depot at Little Walden Road is a steel framed building of 1,100 square metres. It would be fitted with insulation, a new roof, mobile racking and a humidity control system designed by Corvid Conservation Engineering.",
            "8. Moving the collections would take about six months and would be carried out by museum staff and trained volunteers from the Saffron Walden Museum Society.",
        ]), ("Risk Analysis", [
            "9. If the store is not ready when the lease ends, the collections would have to be put in commercial storage at a cost of about £60,000 a year.",
        ])]),
    footer=["Page {n}"], number_offset=1)

# ------------------------------------------------------------------ 19 King's Lynn and West Norfolk (pdf-pack)
doc(name="BCKLWN_Cabinet_Pack_2024-09-03", form="pdf-pack",
    council="Borough Council of King's Lynn and West Norfolk", stated="yes", committee="Cabinet", date="2024-09-03",
    pdf_title="Cabinet 3 September 2024 - agenda", pdf_author="Democratic Services",
    cover=["CABINET", "Tuesday, 3rd September, 2024 at 4.30 pm", "Council Chamber, Town Hall, Saturday Market Place, King's Lynn"],
    cover_body=["Borough Council of King's Lynn and West Norfolk",
                "Cabinet Members: Councillors Tristram Holloway (Leader), Araminta Bagge, Florian Mottram, Rosamund Tilney, Kester Wormald, Hester Osgood",
                "Contact: Democratic Services, Borough Council of King's Lynn and West Norfolk, King's Court, Chapel Street, King's Lynn PE30 1EX. Telephone: 01553 616394"],
    agenda=[("1", "Apologies"), ("2", "Minutes ({minutes})"), ("3", "Declarations of Interest"),
            ("4", "Urgent Business"), ("5", "Tuesday Market Place and Markets Strategy ({report})")],
    marks=["Agenda Item 2", "Agenda Item 5"],
    prev_title_lines=["BOROUGH COUNCIL OF KING'S LYNN & WEST NORFOLK", "CABINET",
                      "Minutes from the Meeting of the Cabinet held on Tuesday, 16th July, 2024 at 4.30 pm in the Council Chamber, Town Hall, Saturday Market Place, King's Lynn"],
    prev_items=[
        item("CAB31:", "HUNSTANTON SEAFRONT", [
            "Cabinet considered proposals for the Hunstanton seafront, including the Esplanade Gardens and the former bus station site.",
            "Councillor Mottram asked who would pay for the new sea wall railings. The Portfolio Holder for Tourism, Councillor Tilney, said that the cost of £220,000 would be met from the borough's coastal reserve.",
            "RESOLVED: That the Esplanade Gardens landscaping scheme be approved.",
        ]),
        item("CAB32:", "DOWNHAM MARKET TOWN HALL", [
            "Cabinet noted that the number of market stalls at the Friday and Saturday markets in Downham Market had averaged 18 during the spring.",
        ]),
    ],
    report=report(
        ["REPORT TO CABINET", "Tuesday Market Place and Markets Strategy", "Date of meeting: 3 September 2024"],
        [("Portfolio:", "Business, Culture and Heritage"), ("Cabinet Member:", "Councillor Kester Wormald"),
         ("Lead officer:", "Isadora Penfold, Markets and Events Manager"), ("Key decision:", "Yes")],
        [("1. Background", [
            "1.1 King's Lynn has held markets on the Tuesday Market Place and the Saturday Market Place for more than eight hundred years.",
            "1.2 In 2023/24 the Tuesday market had an average of 42 stalls and the Friday market 29 stalls. Income from pitch fees was £186,000, against running costs of £171,000.",
        ]), ("2. Consultation findings", [
            "2.1 A survey of 640 shoppers and 57 traders was carried out in May and June 2024.",
            "2.2 The survey found that shoppers wanted more food stalls and better seating, and that 71 per cent of traders wanted the Tuesday market to finish at 4 pm rather than 3 pm.",
        ]), ("3. Proposals", [
            "3.1 The market will be reorganised so that food and hot drink stalls are grouped at the north end of the Tuesday Market Place, near the Corn Exchange.",
            "3.2 A contract for new gazebos and power bollards has been offered to Fenland Market Supplies Ltd at a cost of £96,500, paid from the UK Shared Prosperity Fund.",
            "3.3 Pitch fees will rise by 3 per cent from April 2025. New traders will pay half fees for their first three months.",
        ]), ("4. Recommendations", [
            "4.1 That Cabinet approves the markets strategy set out in section 3.",
        ])]),
    footer=["Page {n}"], number_offset=1)

# ------------------------------------------------------------------ 20 South Hams (docx-report)
doc(name="SHDC_Executive_Report_Coastal_Toilets", form="docx-report",
    council="South Hams District Council", stated="yes", committee="Executive", date="2025-03-20",
    docx_author="Democratic Services",
    letterhead=["South Hams District Council", "Follaton House, Plymouth Road, Totnes TQ9 5NE"],
    report=report(
        ["Report to: Executive", "Title: Coastal Public Toilets - Seasonal Opening and Investment", "Date: 20 March 2025"],
        [("Portfolio Area:", "Environment Services"), ("Wards Affected:", "Salcombe and Thurlestone, Dartmouth and East Dart, Wembury and Brixton"),
         ("Urgent Decision:", "N"), ("Author:", "Clementine Ruddock, Head of Environment Services"),
         ("Contact:", "clementine.ruddock@swdevon.gov.uk")],
        [("1. Executive summary", [
            "1.1 The council runs 29 public toilets, 17 of them in coastal villages and towns. The cost of running them has risen to £684,000 a year.",
            "1.2 This report asks the Executive to approve a new cleaning contract, summer opening hours and a programme of refurbishment at Salcombe, Bantham and Hope Cove.",
        ]), ("2. Recommendations", [
            "2.1 That the Executive awards the toilet cleaning contract for 2025 to 2030 to Kingsbridge Facilities Services Ltd.",
            "2.2 That the toilets at Whitestrand, Salcombe, and Bantham beach open from 7 am to 9 pm between 1 May and 30 September.",
            "2.3 That the Executive notes that a review of charging at all 29 toilets will be carried out in the summer of 2025 and reported in the autumn.",
        ]), ("3. Background", [
            "3.1 In 2019 the council introduced a 40p charge at twelve toilets, using contactless card readers. Income from charges was £118,000 in 2023/24.",
            "3.2 Complaints about the condition of the toilets at Hope Cove and Bantham have risen each summer, with 63 complaints in 2024.",
        ]), ("4. The cleaning contract", [
            "4.1 Four tenders were received. The preferred bid from Kingsbridge Facilities Services Ltd scored highest on quality and price, at £2.28 million over five years.",
            "4.2 The contractor will clean the busiest coastal toilets three times a day in August and will report faults within two hours through a mobile app.",
        ]), ("5. Refurbishment", [
            "5.1 Salcombe Whitestrand, Bantham and Hope Cove will be refurbished between October 2025 and April 2026 at a cost of £540,000, including a Changing Places toilet at Whitestrand.",
            "5.2 Dartmouth Mayor's Avenue was refurbished in 2023 and is not included.",
        ]), ("6. Implications", [
            "6.1 Financial: the refurbishment will be paid for from the capital programme and the earmarked reserve for coastal assets.",
            "6.2 Climate change: new fittings will include low flow taps and waterless urinals, reducing water use by an estimated 40 per cent.",
        ])]),
    header="South Hams District Council - Executive - 20 March 2025", footer=["OFFICIAL"])

# ------------------------------------------------------------------ 21 Hinckley and Bosworth (docx-report)
doc(name="HBBC_Executive_Report_Market_Relocation", form="docx-report",
    council="Hinckley and Bosworth Borough Council", stated="yes", committee="Executive", date="2023-10-18",
    docx_author="Hinckley and Bosworth Borough Council",
    letterhead=["Hinckley & Bosworth Borough Council", "A Borough to be proud of"],
    report=report(
        ["Hinckley and Bosworth Borough Council", "Forward timetable of consultation and decision making",
         "Executive 18 October 2023", "Hinckley Market: Relocation to Castle Street"],
        [("Wards affected:", "Hinckley Castle, Hinckley Clarendon"), ("Report of:", "Head of Street Scene and Town Centre Services"),
         ("Executive Member:", "Councillor Wilfred Hanbury, Executive Member for Town Centres"),
         ("Date of Meeting:", "18 October 2023")],
        [("1. Purpose of report", [
            "1.1 To seek approval to move the Monday and Saturday markets from the Market Place to Castle Street and to buy new stall frames.",
        ]), ("2. Recommendations", [
            "2.1 That the markets move to Castle Street from April 2024.",
            "2.2 That £128,000 be allocated from the UK Shared Prosperity Fund for new stalls, lighting and signs.",
        ]), ("3. Background to the report", [
            "3.1 The Monday market averaged 23 traders and the Saturday market 31 traders in the first half of 2023, compared with 44 on Saturdays in 2018.",
            "3.2 Town centre traders have said that the markets in the Market Place are hidden from Castle Street, where most shoppers walk.",
            "3.3 A trial market on Castle Street on three Saturdays in July 2023 was attended by 36 traders, and the footfall counter outside the Crescent recorded 18 per cent more visitors than on the same days in 2022.",
            "3.4 The stalls will be supplied by Brookmead Stall Systems Ltd, the firm that supplied the stalls for the trial.",
            "3.5 Whether the Thursday farmers' market will also move to Castle Street has not been decided; the organisers, Sparkenhoe Growers CIC, will make their choice after the first six months.",
        ]), ("4. Financial implications", [
            "4.1 Pitch fees will stay at £22 a day on Mondays and £28 on Saturdays for the first year. The new stall frames cost £96,000 and the lighting and signs £32,000.",
        ]), ("5. Legal implications", [
            "5.1 A traffic regulation order will be needed to close Castle Street to vehicles between 7 am and 5 pm on market days. Leicestershire County Council is the highway authority.",
        ])]),
    header="Hinckley and Bosworth Borough Council - Executive - 18 October 2023", footer=["Page 1", "Hinckley Hub, Rugby Road, Hinckley LE10 0FR"])

# ------------------------------------------------------------------ 22 North Devon (docx-minutes)
doc(name="NDC_Strategy_Resources_Minutes_2024-02-05", form="docx-minutes",
    council="North Devon Council", stated="yes", committee="Strategy and Resources Committee", date="2024-02-05",
    docx_author="Corporate and Community Services",
    title_lines=["North Devon Council", "Minutes of a meeting of Strategy and Resources Committee held in the Barum Room, Brynsworthy Environment Centre, Roundswell, Barnstaple on Monday, 5th February, 2024 at 10.00 am"],
    attendance=[("PRESENT:", "Members: Councillor Perpetua Lock (Chair), Councillors Alwyn Braund, Genevieve Dimmock, Hector Rawle, Isolde Trebilcock and Jasper Yelland"),
                ("Officers:", "Chief Executive, Director of Resources and Deputy Chief Executive, Head of Environmental Enhancement, Senior Solicitor and Monitoring Officer")],
    items=[
        item("98.", "PUBLIC TOILETS: COMMUNITY TOILET SCHEME AND COASTAL BLOCKS", [
            "The Committee considered a report by the Head of Environmental Enhancement on the council's 34 public toilets.",
            "The Head of Environmental Enhancement said that the blocks at Woolacombe Esplanade, Croyde Bay and Lynmouth Harbour were the busiest in the district, with queues in August.",
            "Under the Community Toilet Scheme, 14 cafés and pubs in Barnstaple, Ilfracombe and South Molton would be paid £600 a year each to let the public use their toilets without buying anything.",
            "Councillor Dimmock asked whether Braunton's toilets on Caen Street car park would close. The Head of Environmental Enhancement replied that they would stay open, and that Braunton Parish Council had agreed to pay for a daily extra clean in summer.",
            "RESOLVED (unanimous) that the Community Toilet Scheme be introduced from 1 April 2024.",
        ]),
        item("99.", "BARNSTAPLE PANNIER MARKET ROOF", [
            "The Director of Resources reported that repairs to the glass roof of the Pannier Market would cost £1.15 million and would be carried out in phases so that the market could stay open.",
            "Councillor Rawle moved and Councillor Trebilcock seconded that the repairs be added to the capital programme. The motion was carried, with 5 votes for and 1 against.",
        ]),
        item("100.", "ILFRACOMBE HARBOUR DREDGING", [
            "The Committee noted that 8,000 tonnes of silt had been dredged from Ilfracombe Harbour in November 2023 by Bideford Marine Works, and that the spoil had been licensed for disposal at sea by the Marine Management Organisation.",
            "The Chief Executive said the harbour would now be dredged every two years instead of every three.",
        ]),
        item("101.", "QUARTER 3 PERFORMANCE AND FINANCIAL MANAGEMENT", [
            "The Director of Resources reported that the forecast revenue outturn for 2023/24 was an underspend of £74,000.",
            "RESOLVED that the report be noted.",
        ]),
    ],
    closing=["The meeting ended at 12.10 pm.", "NOTE: These minutes will be confirmed as a correct record at the next meeting of the Committee."],
    header="Strategy and Resources Committee - 5 February 2024", footer=["North Devon Council", "Page 1"])

# ------------------------------------------------------------------ 23 Wealden (docx-minutes)
doc(name="Wealden_Cabinet_Minutes_2023-07-12", form="docx-minutes",
    council="Wealden District Council", stated="yes", committee="Cabinet", date="2023-07-12",
    docx_author="Democratic Services",
    title_lines=["WEALDEN DISTRICT COUNCIL", "Minutes of a meeting of Cabinet held at the Civic Centre, Vicarage Lane, Hailsham on Wednesday, 12 July 2023 at 10.00 am",
                 "Date of Meeting: 12 July 2023"],
    attendance=[("Present:", "Councillor Montague Fairbrass (Leader), Councillors Beryl Hastings-Crowe, Cosmo Idris, Lettice Pargeter, Reuben Stallard and Wilhelmina Yateley"),
                ("Also present:", "Councillor Anton Prewitt")],
    items=[
        item("CA16", "Hailsham Leisure Hub and Town Centre Grants", [
            "Cabinet considered applications to the Community Infrastructure Levy fund.",
            "A grant of £150,000 was approved for the new changing pavilion at Hailsham Western Road recreation ground, to be built by Cuckmere Timber Structures.",
            "A grant of £48,000 was approved for a community garden at Crowborough Pine Grove. Councillor Idris proposed and Councillor Pargeter seconded the Crowborough grant, which was agreed with five votes for and one abstention.",
            "A grant of £72,000 for a new roof at Uckfield Civic Centre hall was deferred until the town council had confirmed its own contribution.",
        ]),
        item("CA17", "Ashdown Forest Recreation Mitigation", [
            "The Director of Planning reported that contributions from new housing towards managing visitor pressure on Ashdown Forest had reached £3.4 million.",
            "Councillor Prewitt asked why the money was not being spent on more wardens. The Director replied that two extra rangers had been funded from April 2023 and that the remaining money had to last in perpetuity under the agreement with Natural England.",
        ]),
        item("CA18", "Waste Collection Contract Performance", [
            "Cabinet noted that missed bin collections had fallen from 1,920 in March 2023 to 610 in June 2023 after new routes were introduced by the contractor, Weald Resource Services.",
            "The Portfolio Holder, Councillor Stallard, said that garden waste subscriptions had risen to 31,400 households.",
        ]),
    ],
    closing=["The meeting closed at 11.48 am.", "Leader"],
    header="Wealden District Council Cabinet 12.07.23", footer=["Page 1", "OFFICIAL"])

# ------------------------------------------------------------------ 24 West Midlands Combined Authority (txt)
doc(name="WMCA_Board_Minutes_2025-05-16", form="txt",
    council="West Midlands Combined Authority", stated="yes", committee="WMCA Board", date="2025-05-16",
    title_lines=["West Midlands Combined Authority", "WMCA Board", "Friday 16 May 2025 at 11.00 am",
                 "Minutes", "Venue: WMCA, 16 Summer Lane, Birmingham B19 3SD"],
    attendance=[("Present:", "The Mayor (in the Chair); Councillor Ebenezer Clatworthy (Coventry City Council), Councillor Philomena Drage (Dudley Metropolitan Borough Council), Councillor Pritam Bhaskaran (Sandwell Metropolitan Borough Council), Councillor Gideon Whitcombe (Solihull Metropolitan Borough Council)"),
                ("In attendance:", "Chief Executive; Executive Director of Transport for West Midlands; Director of Finance"),
                ("Apologies:", "Councillor Mirabel Easthope (Walsall Council)")],
    items=[
        item("Item 1.", "Bus Franchising Assessment", [
            "The Executive Director of Transport for West Midlands presented the outline of the bus franchising assessment.",
            "She said that an independent audit of the assessment would be commissioned from a firm of accountants in June 2025, and that a public consultation would follow in the autumn.",
            "Councillor Whitcombe asked what the auditors had found about the cost of franchising. The Executive Director said that the audit had not yet begun.",
            "Bus patronage in the West Midlands had reached 87 per cent of its 2019 level, and the £2 single fare would continue until December 2025.",
            "Resolved: that the Board notes the timetable for the franchising assessment.",
        ]),
        item("Item 2.", "Sprint Bus Rapid Transit - A45 and A34", [
            "The Board noted that the Sprint route along the A34 Walsall Road and the A45 Coventry Road to Birmingham Airport carried 2.6 million passengers in its first full year.",
            "The cost of the Sprint programme was £88 million, funded by the Transforming Cities Fund and the Department for Transport.",
        ]),
        item("Item 3.", "Brownfield Land and Housing Fund", [
            "The Board approved £9.8 million for remediation of the former Holloway Tube works at Wednesbury, to allow 420 homes to be built by Tipton Gate Developments Ltd.",
            "The motion was moved by Councillor Bhaskaran and seconded by Councillor Drage, and carried unanimously.",
        ]),
        item("Item 4.", "Adult Skills Fund Allocations 2025/26", [
            "The Board agreed allocations of £142 million to colleges and training providers, with £6.5 million ring fenced for construction skills linked to the Commonwealth Games legacy sites.",
        ]),
    ],
    closing=["The meeting ended at 12.35 pm.", "", "Chair"])
