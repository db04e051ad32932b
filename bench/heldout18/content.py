"""The documents of bench/heldout18: invented business of real UK councils.

Every word of the business, the people, the firms and the figures is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout18.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
truth.csv is written from `council`, `stated` (how the text names the council: `yes` in full),
`committee` and `date` (the meeting's, ISO). The content format is heldout5's (as in heldout16's
content.py); the words are this set's own.
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
    name="ieListDocuments_CId118_MId6120_Stockport_Cabinet", form="mg-meeting",
    council="Stockport Metropolitan Borough Council", stated="yes", committee="Cabinet", date="2023-03-14",
    site=site("Stockport Metropolitan Borough Council", "https://democracy.stockport.gov.uk",
              "Town Hall, Edward Street, Stockport, SK1 3XE", "© Stockport Metropolitan Borough Council",
              menu=["Home", "Your councillors", "Meetings", "Decisions", "Forward plan"],
              breadcrumb=["Home", "Meetings", "Cabinet", "14 March 2023"]),
    heading="Cabinet - Tuesday, 14th March, 2023 6.00 pm",
    venue="Committee Room 1, Town Hall, Stockport",
    contact="Democratic Services. Tel: 0161 555 0194",
    items=[
        item("1.", "Declarations of interest", [
            "Councillor Gareth Pennock declared a personal interest in item 4 as a trustee of a Reddish "
            "angling club which uses the river bank below the bridge."]),
        item("2.", "Minutes", [
            "The minutes of the meeting held on 7 February 2023 were approved as a correct record."]),
        item("3.", "On-Street Electric Vehicle Charging - Contract Award", [
            "The Cabinet Member for Climate and Highways (Councillor Ruth Allinson) presented a report on the "
            "procurement of chargers for residents who have no driveway. Three bids had been received and "
            "evaluated on price, reliability and the share of income returned to the council.",
            "The preferred bidder, Voltway Charging Ltd, would install 120 on-street charge points, mostly "
            "lamp-column chargers, in Heaton Moor, Edgeley, Cheadle Hulme and Marple over two years.",
            "The capital cost was met from the government's on-street charging grant, and Voltway would carry "
            "the cost of maintenance and back-office software for the fifteen-year life of the contract.",
            "Councillor Samira Dhillon asked what residents would pay per unit of electricity at the new "
            "chargers. Councillor Allinson replied that the tariff had not been set; it would be fixed "
            "with Voltway nearer the first installations and reported to the scrutiny committee.",
            "Councillor Dhillon also asked whether the cables would cross pavements. The Cabinet Member said "
            "that no trailing cables would be allowed and that channel covers would be fitted where needed.",
            "RESOLVED - That the contract be awarded to Voltway Charging Ltd."],
            links=[("Report - On-street EV charging", "412 KB"), ("Appendix A - Bid evaluation", "96 KB")]),
        item("4.", "Woodbank Park Footbridge", [
            "The Cabinet received a report on the steel footbridge over the River Goyt in Woodbank Park, which "
            "has been closed to the public since December.",
            "The principal inspection in January found corrosion to the lower steel beams and missing bolts "
            "on the eastern bearing, and the bridge could not safely reopen without repair.",
            "Repairs were estimated at £186,000, funded from the highways structures budget, with work "
            "starting in May once the nesting season survey had been completed.",
            "Councillor Ian Marchbank asked whether a temporary diversion would be signed. The Director of "
            "Place Management confirmed a signed route via Turncroft Lane would remain in place.",
            "RESOLVED - That the repair of the footbridge be approved."],
            links=[("Woodbank Park footbridge report", "230 KB")]),
        item("5.", "Exclusion of the public", [
            "No items were considered in private."]),
    ],
)

doc(
    name="ieListDocuments_CId225_MId4871_Lambeth_Cabinet", form="mg-meeting",
    council="London Borough of Lambeth", stated="yes", committee="Cabinet", date="2022-07-11",
    site=site("London Borough of Lambeth", "https://moderngov.lambeth.gov.uk",
              "Lambeth Town Hall, Brixton Hill, London SW2 1RW", "© London Borough of Lambeth 2022",
              breadcrumb=["Home", "Committees", "Cabinet", "Meeting"]),
    heading="Cabinet - Monday, 11th July, 2022 5.00 pm",
    venue="Room 8, Lambeth Town Hall, Brixton Hill",
    contact="Democratic Services, Tel: 020 7926 0000",
    outcome_label="Decision:",
    items=[
        item("1", "Declaration of Pecuniary Interests", ["None were declared."]),
        item("2", "Minutes", ["RESOLVED: That the minutes of the meeting held on 13 June 2022 be approved."]),
        item("3", "Brockwell Park Playground Refurbishment", [
            "Cabinet approved the refurbishment of the Brockwell Park playground at a cost of £410,000, "
            "including new accessible swings, a sand and water area and resurfacing under the climbing frames.",
            "The scheme is funded from Community Infrastructure Levy receipts, so that no money is taken "
            "from the parks maintenance budget.",
            "The playground will close in October and is expected to reopen in April 2023.",
            "Councillor Tomasz Rydell, Cabinet Member for Sustainable Lambeth and Clean Air, said the old "
            "equipment had been in place for twenty years and two pieces had already been removed."],
            links=[("Brockwell Park playground report", "1 MB")]),
        item("4", "Norwood Road Protected Cycle Lane", [
            "Cabinet agreed to make permanent the protected cycle lane on Norwood Road between Herne Hill and "
            "the South Circular, introduced under an experimental order last year.",
            "Officers reported that cycle counts had risen and that kerb build-outs near the bus stops would be "
            "adjusted. A Stage 3 road safety audit will be carried out once the adjustment works are complete "
            "in the autumn, and its recommendations will be brought back to the Cabinet Member.",
            "Ward councillors for Herne Hill and Loughborough had asked that loading bays outside the parade of "
            "shops be kept, and this was agreed."]),
        item("5", "Kennington Park Road - Controlled Parking Zone", [
            "The consultation on a new controlled parking zone around Kennington Park Road received 412 "
            "responses, of which a majority of those living in the streets nearest the Oval supported it.",
            "Cabinet agreed to introduce the zone in those streets only, with hours of 8.30am to 6.30pm on "
            "weekdays, and to leave the remaining streets as they are."],
            links=[("CPZ consultation report", "640 KB"), ("Consultation responses map", "2 MB")]),
    ],
)

doc(
    name="ieListDocuments_CId142_MId3955_Lancaster_Planning_Regulatory", form="mg-meeting",
    council="Lancaster City Council", stated="yes", committee="Planning Regulatory Committee", date="2023-05-22",
    site=site("Lancaster City Council", "https://committeeadmin.lancaster.gov.uk",
              "Town Hall, Dalton Square, Lancaster, LA1 1PJ", "© Lancaster City Council",
              menu=["Home", "Councillors", "Committees", "Calendar", "Library"],
              breadcrumb=["Home", "Committees", "Planning Regulatory Committee"]),
    heading="Planning Regulatory Committee - Monday, 22nd May, 2023 10.30 am",
    venue="Morecambe Town Hall",
    contact="Democratic Support. Tel: 01524 555 112",
    items=[
        item("101", "Apologies for Absence", ["Apologies were received from Councillor Denise Whitfield."]),
        item("102", "Minutes", ["The minutes of the meeting held on 24 April 2023 were signed by the Chair."]),
        item("103", "A5 23/00412/FUL - Land off Aldcliffe Road, Lancaster", [
            "Erection of 14 dwellings with a new access from Aldcliffe Road.",
            "Two members of the public spoke against the application, raising the loss of the field and "
            "traffic near the canal bridge. The agent spoke in support.",
            "It was proposed by Councillor Margaret Fennell and seconded by Councillor Raj Sandhu that the "
            "application be approved subject to the conditions in the report.",
            "Upon being put to the vote, 9 Members voted in favour, 3 against and 1 abstained, whereupon the "
            "Chair declared the proposal carried.",
            "Resolved: That the application be approved."]),
        item("104", "A6 23/00188/FUL - 17 Queen Street, Morecambe", [
            "Change of use of the former bank to a café with outdoor seating on the forecourt.",
            "Members welcomed bringing the empty building back into use. The application was approved "
            "unanimously.",
            "Resolved: That the application be approved subject to conditions on opening hours and the "
            "removal of the night safe."]),
        item("105", "A7 22/01390/OUT - Land east of Scotland Road, Carnforth", [
            "Outline application for up to 40 dwellings.",
            "Members were concerned about the visibility at the junction with Scotland Road and the number of "
            "heavy vehicles using the road to the quarry.",
            "It was proposed by Councillor Peter Ashworth and seconded by Councillor Linda Oduya that the "
            "application be refused, contrary to the officer recommendation, because the access would be "
            "harmful to highway safety at the junction.",
            "Upon being put to the vote, 8 Members voted in favour of refusal and 5 against.",
            "Resolved: That the application be refused."]),
        item("106", "A8 23/00251/LB - 4 Castle Hill, Lancaster", [
            "Listed building consent for replacement timber sash windows and repairs to the front door case.",
            "The Conservation Officer confirmed the windows would match the originals in profile and glazing "
            "bars.",
            "Resolved: That listed building consent be granted."]),
        item("107", "Delegated Planning Decisions", ["The list of delegated decisions was noted."]),
    ],
)

doc(
    name="ieListDocuments_CId134_MId2290_Chichester_Cabinet", form="mg-meeting",
    council="Chichester District Council", stated="yes", committee="Cabinet", date="2022-11-01",
    site=site("Chichester District Council", "https://chichester.moderngov.co.uk",
              "East Pallant House, 1 East Pallant, Chichester, PO19 1TY", "© Chichester District Council",
              breadcrumb=["Home", "Meetings", "Cabinet"]),
    heading="Cabinet - Tuesday, 1st November, 2022 9.30 am",
    venue="Committee Rooms, East Pallant House",
    contact="Democratic Services Officer. Tel: 01243 555 020",
    items=[
        item("241", "Minutes", ["The minutes of the meeting of 4 October 2022 were agreed."]),
        item("242", "Car Parking Charges 2023-2024", [
            "The Cabinet Member for Growth, Place and Regeneration introduced the annual review of charges.",
            "Cabinet agreed an increase of 20p per hour at Northgate and Avenue de Chartres car parks, and "
            "no change to charges in Midhurst and Petworth, where footfall had not recovered.",
            "The new charges will take effect from 1 April 2023, after the statutory notice period.",
            "Councillor Bernard Holloway asked whether season tickets would rise. The Cabinet Member replied "
            "that season ticket prices would be held at this year's level."],
            links=[("Parking charges report", "510 KB")]),
        item("243", "Priory Park Café - New Lease", [
            "Cabinet considered the outcome of the marketing of the café in Priory Park, which had been empty "
            "since the previous operator left in the spring.",
            "Five expressions of interest had been received. The panel recommended Lavant Kitchen Ltd, whose "
            "proposal included year-round opening, a children's menu and use of local suppliers.",
            "The lease would run for ten years, with a break clause at year five, and the tenant would be "
            "responsible for internal repairs and fitting out the kitchen.",
            "Members asked about the bowling club's use of the toilets in the building; officers confirmed "
            "that access would be written into the lease.",
            "Councillor Nadia Whitcombe said she was pleased that a local business had been chosen and that "
            "the café would open in the winter months for the first time.",
            "RESOLVED: That a lease of the Priory Park café be granted to Lavant Kitchen Ltd."]),
        item("243a", "Chichester Festival Theatre Car Park Lighting", [
            "Cabinet noted a report on replacing the lighting in the car park next to the theatre with LED "
            "units, which will cut its electricity use by about half."]),
    ],
)

doc(
    name="ieListDocuments_CId141_MId7713_Wiltshire_Cabinet", form="mg-meeting",
    council="Wiltshire Council", stated="yes", committee="Cabinet", date="2024-01-30",
    site=site("Wiltshire Council", "https://cms.wiltshire.gov.uk",
              "County Hall, Bythesea Road, Trowbridge, BA14 8JN", "© Wiltshire Council 2024",
              menu=["Home", "Councillors", "Meetings", "Search", "Help"],
              breadcrumb=["Home", "Meetings", "Cabinet"]),
    heading="Cabinet - Tuesday 30 January 2024 10.00 am",
    venue="Council Chamber - County Hall, Bythesea Road, Trowbridge",
    contact="Democratic Services, democracy@wiltshire.gov.uk",
    items=[
        item("7", "Public Participation and Questions from Councillors", [
            "Councillor Yvonne Stillwell asked when the new bus shelters at Chippenham bus station would be "
            "installed. The Cabinet Member for Transport replied that the new shelters would be installed by "
            "the end of June, once the electricity supply for the timetable screens had been connected.",
            "A member of the public asked about the future of the toilets in Marlborough High Street; this "
            "was answered under item 8."]),
        item("8", "Public Toilets - Transfer to Town Councils", [
            "Cabinet agreed the transfer of public toilets to Marlborough Town Council and Devizes Town Council, "
            "which had each offered to take over the running costs from 1 April 2024.",
            "This will keep the toilets at Marlborough and Devizes open, whereas closure had been one of the "
            "savings options in the draft budget.",
            "A one-off payment of £12,000 to each town council would cover urgent repairs before transfer."],
            links=[("Public toilets report", "300 KB")]),
        item("9", "Trowbridge Town Hall - Roof", [
            "Cabinet received an update on the roof of Trowbridge Town Hall, where slates had slipped in the "
            "November storms and scaffolding had been put up on the Market Street side.",
            "Cabinet approved £95,000 for temporary propping and weatherproofing of the roof.",
            "A full structural survey of the roof is to be commissioned in the spring, and a further report "
            "on permanent repairs will follow when it has been completed.",
            "The Cabinet Member for Assets said the building would stay open to its tenants throughout."],
            links=[("Trowbridge Town Hall report", "210 KB")]),
        item("10", "Salisbury Market Place - Events Programme", [
            "Cabinet noted the programme of markets and events for 2024 and agreed that the Charter Market "
            "would continue on Tuesdays and Saturdays."]),
    ],
)

doc(
    name="ieListDocuments_CId110_MId5046_Bridgend_Cabinet", form="mg-meeting",
    council="Bridgend County Borough Council", stated="yes", committee="Cabinet", date="2021-10-19",
    site=site("Bridgend County Borough Council", "https://democratic.bridgend.gov.uk",
              "Civic Offices, Angel Street, Bridgend, CF31 4WB", "© Bridgend County Borough Council",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Cymraeg"],
              breadcrumb=["Home", "Meetings", "Cabinet"]),
    heading="Cabinet - Tuesday, 19th October, 2021 14:30",
    venue="Remotely via Microsoft Teams",
    contact="Democratic Services, cabinet_committee@bridgend.gov.uk",
    items=[
        item("341.", "Declarations of Interest", ["None."]),
        item("342.", "Llynfi Road Culvert, Maesteg - Flood Alleviation Scheme", [
            "The Corporate Director Communities reported on flooding in Maesteg during Storm Dennis, when "
            "31 homes flooded in Llynfi Road and Castle Street after the culvert under the road was blocked.",
            "The scheme would replace the culvert and add a debris screen at its inlet, at a total cost "
            "of £740,000.",
            "Councillor Eirian Pryce asked who would pay for the scheme. The Cabinet Member for Communities "
            "replied that a Welsh Government grant covering 85 per cent would meet most of the cost, with the "
            "council paying the rest from its capital programme.",
            "Councillor Pryce then asked when residents could expect the work to be finished. The Cabinet "
            "Member said that a start date depends on a consent from Natural Resources Wales, and that no "
            "completion date could be given yet.",
            "RESOLVED: That Cabinet approve the scheme and its inclusion in the capital programme."],
            links=[("Report - Llynfi Road culvert", "380 KB")]),
        item("343.", "Porthcawl Seafront Shelters", [
            "Cabinet considered tenders for repairs to the Victorian shelters on the Esplanade at Porthcawl.",
            "The contract was awarded to Ogmore Build Ltd, the lowest compliant tender, at £162,400.",
            "The work would be timed to avoid the summer season."]),
        item("344.", "Urgent Items", ["There were no urgent items."]),
    ],
)


# =========================================================================== ModernGov item pages

doc(
    name="mgAi_ID98231_Camden_Cabinet", form="mg-item",
    council="London Borough of Camden", stated="yes", committee="Cabinet", date="2023-02-08",
    site=site("London Borough of Camden", "https://democracy.camden.gov.uk",
              "5 Pancras Square, London N1C 4AG", "© London Borough of Camden",
              breadcrumb=["Home", "Meetings", "Cabinet", "Agenda item"]),
    meeting_line="08/02/2023 - Cabinet (Item 9)",
    items=[item("9", "Holiday Food Support for Families 2023", [
        "The Cabinet Member for Best Start for Children and Families, Councillor Priya Haldane, introduced the "
        "report, which sets out how the council will support families whose children receive free school "
        "meals during the school holidays in 2023.",
        "Holiday food vouchers of £15 per child per week would be provided over the Easter and summer "
        "holidays. About 11,200 children are expected to be eligible, including those in families with no "
        "recourse to public funds.",
        "In summer 2022, vouchers were claimed for 9,800 children, and the report noted that take-up had been "
        "lowest in Kilburn and Gospel Oak.",
        "The scheme will be run by the Camden Food Hub, a partnership of local food banks and community "
        "kitchens based in Kentish Town, which will also give out vouchers to families who are not known to "
        "schools.",
        "Councillor Jonah Feltham asked whether vouchers could be used in local shops as well as "
        "supermarkets. Councillor Haldane replied that the Camden Food Hub was talking to shops in Queen's "
        "Crescent market about taking part.",
        "RESOLVED - That the holiday food support scheme for 2023 be approved."],
        links=[("Holiday food support report", "340 KB"), ("Equality impact assessment", "120 KB")])],
)

doc(
    name="mgAi_ID40517_Peterborough_Cabinet", form="mg-item",
    council="Peterborough City Council", stated="yes", committee="Cabinet", date="2021-06-21",
    site=site("Peterborough City Council", "https://democracy.peterborough.gov.uk",
              "Sand Martin House, Bittern Way, Fletton Quays, Peterborough, PE2 8TY",
              "© Peterborough City Council", breadcrumb=["Home", "Meetings", "Agenda item"]),
    meeting_line="21/06/2021 - Cabinet (Item 6.)",
    items=[item("6.", "Library Opening Hours", [
        "Cabinet received a report proposing new opening hours across the city's libraries following a "
        "public consultation held in March and April.",
        "The consultation found that 61 per cent of respondents preferred later evening opening over early "
        "morning opening, and many asked for Sunday opening at the Central Library.",
        "Under the proposals, Central Library will open on Sundays from 11am to 3pm, and Stanground and Eye "
        "libraries will close on Mondays, when they are least used.",
        "The changes would save £84,000 a year towards the council's budget gap.",
        "Members discussed the effect on staff. The Cabinet Member for Communities explained that staff would "
        "be consulted on new rotas, and that the self-service machines at Bretton and Werrington would "
        "allow those libraries to keep their current hours.",
        "Cabinet RESOLVED to approve the new opening hours from 1 September 2021."],
        links=[("Library opening hours report", "450 KB"), ("Consultation findings", "800 KB")])],
)


# =========================================================================== ModernGov decision pages

doc(
    name="ieDecisionDetails_ID6612_Warwickshire_Roadside_Trees", form="mg-decision",
    council="Warwickshire County Council", stated="yes", committee="Cabinet", date="2022-09-13",
    site=site("Warwickshire County Council", "https://democracy.warwickshire.gov.uk",
              "Shire Hall, Market Place, Warwick, CV34 4RL", "© Warwickshire County Council",
              breadcrumb=["Home", "Decisions", "Decision details"]),
    decision_title="Roadside Tree Planting Programme 2022/23",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To approve a programme of tree planting on highway verges across the county during the "
            "winter of 2022/23."]),
        ("Decision:", [
            "1. That the Council plant 12,500 trees along county roads this winter, mainly hedgerow trees and "
            "small groups of native species on wide verges.",
            "2. That the planting contract be awarded to Arden Greenworks Ltd for the sum of £318,000.",
            "3. That the programme be funded from the Climate Action Capital Fund."]),
        ("Reasons for the decision:", [
            "The programme contributes to the Council's commitment to increase tree cover in Warwickshire.",
            "Arden Greenworks Ltd submitted the most economically advantageous tender and offers a three-year "
            "aftercare and replacement guarantee.",
            "The list of roads has not yet been drawn up; it will be agreed with the district and borough "
            "councils and parish councils by the end of October, avoiding verges used by utilities."]),
        ("Alternative options considered:", [
            "Planting only on Council-owned land was rejected because it would reach fewer communities, and "
            "planting whips without aftercare was rejected because of high losses in previous dry summers."]),
    ],
    tail=[("Publication date:", "15/09/2022"), ("Date of decision:", "13/09/2022"),
          ("Decided at meeting:", "13/09/2022 - Cabinet"), ("Effective from:", "23/09/2022")],
    links=[("Roadside tree planting report", "620 KB")],
)

doc(
    name="ieDecisionDetails_ID3109_WestBerkshire_Recycling_Booking", form="mg-decision",
    council="West Berkshire Council", stated="yes", committee="Executive", date="2023-12-14",
    site=site("West Berkshire Council", "https://decisionmaking.westberks.gov.uk",
              "Council Offices, Market Street, Newbury, RG14 5LD", "© West Berkshire Council",
              breadcrumb=["Home", "Decisions", "Decision details"]),
    decision_title="Household Waste Recycling Centre - Booking System",
    fields=[("Decision Maker:", "Executive"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "No"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To decide whether to keep the booking system at the Newtown Road Household Waste Recycling Centre "
            "in Newbury, introduced during the pandemic."]),
        ("Decision:", [
            "(1) That the booking system at Newtown Road be retained, with households allowed six visits per "
            "month and same-day booking made available online and by phone.",
            "(2) That an independent review of the booking system will report to the Executive in summer "
            "2024, covering accessibility for residents without the internet and any effect on fly-tipping."]),
        ("Reasons for the decision:", [
            "Before bookings were introduced, queues on the A339 had stretched back past the retail park at "
            "weekends; since bookings began, queues on the A339 had ended.",
            "The site is operated under contract by Kennet Resource Services, which reported that staff could "
            "now help residents sort their waste, raising the share recycled."]),
        ("Alternative options considered:", [
            "Returning to open access was rejected because of the risk of traffic queues returning."]),
    ],
    tail=[("Publication date:", "18/12/2023"), ("Date of decision:", "14/12/2023"),
          ("Decided at meeting:", "14/12/2023 - Executive"), ("Effective from:", "29/12/2023")],
    links=[("HWRC booking report", "280 KB")],
)


# =========================================================================== printed PDF minutes

doc(
    name="Planning_Panel_14062022_Minutes_Stirling", form="pdf-minutes",
    council="Stirling Council", stated="yes", committee="Planning and Regulation Panel", date="2022-06-14",
    logo="STIRLING COUNCIL",
    title_lines=["MINUTES of MEETING of the PLANNING AND REGULATION PANEL held in the COUNCIL CHAMBERS, OLD "
                 "VIEWFORTH, STIRLING on TUESDAY 14 JUNE 2022 at 10.00 am"],
    attendance=[("Present:", "Councillor Fiona Drummond (in the Chair), Councillors Hamish Tait, Morag Ross, "
                 "Callum Brodie, Anne Kettles, Douglas Fyfe, Iain Rennie, Shona Baird and Peter Lindores"),
                ("In Attendance:", "Service Manager - Planning; Senior Planning Officer; Solicitor; "
                 "Committee Officer")],
    items=[
        item("PRP41", "APOLOGIES AND SUBSTITUTIONS", ["There were no apologies."]),
        item("PRP42", "DECLARATIONS OF INTERESTS", [
            "Councillor Kettles declared an interest in item PRP45 as she lives in Bridge of Allan and left "
            "the meeting for that item."]),
        item("PRP43", "22/00145/FUL - ERECTION OF 8 FLATS, LAND AT 40 BAKER STREET, STIRLING", [
            "The Panel considered a report recommending approval of a four storey block of flats on a gap "
            "site in the Town Centre Conservation Area.",
            "Motion: Councillor Drummond, seconded by Councillor Tait, moved that the application be approved "
            "as recommended.",
            "Amendment: Councillor Ross, seconded by Councillor Brodie, moved that the application be refused "
            "because the height would harm views of the Old Town.",
            "On a division, 6 members voted for the motion and 3 for the amendment. The motion was carried.",
            "Decision: The Panel agreed to grant planning permission subject to conditions."]),
        item("PRP44", "22/00201/FUL - 12 HOLIDAY LODGES, LAND WEST OF CALLANDER", [
            "The Panel considered an application for 12 holiday lodges with a reception building and "
            "parking on land off the A84 west of Callander.",
            "Members asked about the path to the town along the old railway line, and were told the "
            "applicant would surface it as part of the scheme.",
            "Decision: The Panel agreed to grant planning permission subject to conditions."]),
        item("PRP45", "21/00788/PPP - RESIDENTIAL DEVELOPMENT, BRIDGE OF ALLAN", [
            "The application sought planning permission in principle for up to 25 homes on land by the Allan "
            "Water north of the town.",
            "The Scottish Environment Protection Agency had objected. Members were told that part of the site "
            "lies within the functional flood plain of the Allan Water.",
            "Decision: The Panel agreed unanimously to refuse planning permission in principle on grounds of "
            "flood risk from the Allan Water."]),
        item("PRP46", "22/00310/FUL - CHANGE OF USE TO DENTAL SURGERY, HIGH STREET, DUNBLANE", [
            "The Panel was asked to consider the change of use of a vacant shop to a dental surgery.",
            "Decision: The Panel agreed to continue consideration of the application to allow a site visit "
            "on 28 June 2022."]),
    ],
    closing=["The Chair declared the meeting closed at 12.05 pm."],
    header="Planning and Regulation Panel 14/06/22", header_right="", footer=["{n}"],
    pdf_title="Planning and Regulation Panel minute 14 June 2022",
)

doc(
    name="Cabinet_19092023_Minutes_Powys", form="pdf-minutes",
    council="Powys County Council", stated="yes", committee="Cabinet", date="2023-09-19",
    logo="POWYS COUNTY COUNCIL / CYNGOR SIR POWYS",
    title_lines=["MINUTES OF A MEETING OF THE CABINET HELD AT COUNTY HALL, LLANDRINDOD WELLS AND BY "
                 "VIDEO CONFERENCE ON TUESDAY, 19 SEPTEMBER 2023"],
    attendance=[("PRESENT:", "County Councillor Carys Bevan-Lloyd (Chair), County Councillors Rhodri "
                 "Maddox, Elin Tudor, Gwilym Harries, Bethan Cadwgan and Owain Prosser")],
    items=[
        item("1.", "APOLOGIES", ["There were no apologies for absence."]),
        item("2.", "LIBRARY SERVICE - OPENING HOURS", [
            "The Cabinet Member for a Learning Powys presented the report. Following the review of the "
            "library service, Cabinet agreed that Newtown Library will open from 9.30am to 5pm on weekdays "
            "and from 9.30am to 1pm on Saturdays.",
            "Saturday opening at Brecon Library would be extended to 4pm, using volunteers alongside staff.",
            "Cabinet also discussed the move of Llanidloes library into the town hall. The Cabinet Member "
            "explained that the ground floor of the town hall would be adapted so that the library, the "
            "council's customer service point and the town council office share one counter, and that "
            "the present library building would be released. Members welcomed the longer hours this would "
            "allow and asked that the children's section be kept at ground level.",
            "RESOLVED that the revised opening hours be implemented from 6 November 2023."]),
        item("3.", "HOME TO SCHOOL TRANSPORT - BUILTH WELLS", [
            "Cabinet considered the re-tendering of school bus routes serving Builth Wells High School after "
            "the previous operator withdrew.",
            "The contracts for the four routes were awarded to Irfon Coaches, which will carry 164 pupils "
            "from the surrounding villages.",
            "County Councillor Harries asked whether the buses would have seat belts. The Cabinet Member "
            "confirmed that all vehicles would have seat belts and CCTV."]),
        item("4.", "EXEMPT ITEMS", ["There were no exempt items."]),
    ],
    closing=["County Councillor C Bevan-Lloyd (Chair)"],
    header="", header_right="", footer=["Cabinet 19.09.2023", "Page {n}"],
    pdf_title="Cabinet minutes 19 September 2023",
)

doc(
    name="Cabinet_17012022_Minutes_Rotherham", form="pdf-minutes",
    council="Rotherham Metropolitan Borough Council", stated="yes", committee="Cabinet", date="2022-01-17",
    logo="ROTHERHAM METROPOLITAN BOROUGH COUNCIL",
    title_lines=["CABINET", "Monday, 17th January, 2022"],
    attendance=[("Present:", "Councillor Sharon Redfern (in the Chair); Councillors Aziz, Colbourne, "
                 "Hepworth, Lister and Tranmere.")],
    items=[
        item("88.", "DECLARATIONS OF INTEREST", ["There were no declarations of interest."]),
        item("89.", "QUESTIONS FROM MEMBERS OF THE PUBLIC", [
            "A resident of Catcliffe asked when the footbridge over the River Rother would reopen. The "
            "Cabinet Member for Transport and Environment replied that a principal inspection of the Catcliffe "
            "footbridge is programmed for March 2022, and a decision on reopening would follow."]),
        item("90.", "WHISTON BROOK FLOOD ALLEVIATION SCHEME", [
            "Consideration was given to the report which sought approval to proceed to construction of the "
            "Whiston Brook scheme, which includes a storage area upstream of the village and raised walls "
            "along the brook.",
            "The scheme will protect 214 homes and 12 businesses. The total cost is £3.4 million, towards "
            "which the Environment Agency contributes £1.2 million and the Council the remainder.",
            "Resolved: That the scheme be approved and the contract be let."]),
        item("91.", "CLIFTON PARK WATER PLAY AREA", [
            "Cabinet noted that the resurfacing and pump replacement at the water play area would be finished "
            "in the spring, and that the water play area will reopen on 28 May 2022, for the half-term "
            "holiday.",
            "Resolved: That the report be noted."]),
    ],
    closing=["Chair's initials ........"],
    header="", header_right="", footer=["{n}C"],
    pdf_title="Cabinet 17 January 2022",
)

doc(
    name="Cabinet_04102023_Minutes_NewForest", form="pdf-minutes",
    council="New Forest District Council", stated="yes", committee="Cabinet", date="2023-10-04",
    logo="NEW FOREST DISTRICT COUNCIL",
    title_lines=["CABINET", "Minutes of a meeting of the Cabinet held on Wednesday, 4 October 2023"],
    attendance=[("Present:", "Cllr Jill Ashcombe (Leader), Cllrs Martin Keswell, Sarah Oakhanger, "
                 "Dominic Pryor and Helen Wardour.")],
    items=[
        item("31", "MINUTES", ["RESOLVED: That the minutes of the meeting of 6 September 2023 be signed."]),
        item("32", "CAR PARKING TARIFFS", [
            "Cabinet considered the review of off-street parking charges. In Lymington and Ringwood car parks "
            "the all-day tariff rises from £6.00 to £6.80, and the one-hour tariff is unchanged.",
            "Cllr Oakhanger asked when charging would begin at the Hythe Pier car park, which is currently "
            "free. The Portfolio Holder replied that talks with the landowner were continuing and no start "
            "date has yet been agreed for charging at the Hythe Pier car park.",
            "RESOLVED: That the new tariffs be introduced from 1 January 2024."]),
        item("33", "BEACH HUT FEES AND WAITING LIST", [
            "The waiting list for a council beach hut at Milford on Sea stood at 1,140 people.",
            "Cabinet agreed a 5 per cent rise in annual licence fees, to fund repairs to the Milford on Sea "
            "promenade, where the concrete had been undercut by storms.",
            "RESOLVED: That the fees for 2024/25 be approved."]),
    ],
    closing=["CHAIRMAN"],
    header="Cabinet 4 October 2023", header_right="", footer=["- {n} -"],
    pdf_title="Cabinet minutes 4 October 2023",
)

doc(
    name="ERC_28042022_Minutes_Inverclyde", form="pdf-minutes",
    council="Inverclyde Council", stated="yes", committee="Environment and Regeneration Committee",
    date="2022-04-28",
    logo="INVERCLYDE COUNCIL",
    title_lines=["Environment & Regeneration Committee - 28 April 2022",
                 "Meeting held in the Municipal Buildings, Greenock"],
    attendance=[("Present:", "Councillors Kirsty Lamont (Convener), Ross Carnegie, Moira Auchterlonie, "
                 "Gavin Ardgowan and Lorna McPhail."),
                ("In attendance:", "Head of Roads and Environmental Services, Legal Services Manager.")],
    items=[
        item("251", "Kip Water Flood Protection, Inverkip", [
            "There was submitted a report on the flood protection scheme for Kip Water in Inverkip, which "
            "includes new walls at Main Street and the replacement of the footbridge.",
            "The estimated cost is £2.3 million, of which 80 per cent is met by Scottish Government flood "
            "funding.",
            "Decided: that the Committee approve the scheme."]),
        item("252", "Gourock Outdoor Pool - 2022 Season", [
            "There was submitted a report on the reopening of Gourock outdoor pool after repairs to the "
            "heating and the pool liner.",
            "The pool will reopen on 4 June 2022, with extended opening on summer evenings and a programme of "
            "lessons for local primary schools. Members discussed admission arrangements, including family "
            "sessions and free swimming for under-16s during the school holidays, and the booking system "
            "for lane swimming.",
            "Decided: that the report be noted."]),
        item("253", "Greenock Esplanade Railings", [
            "The contract to replace 600 metres of railings on Greenock Esplanade was awarded to Clyde "
            "Fabrication Ltd.",
            "Decided: that the contract award be noted."]),
    ],
    closing=[],
    header="", header_right="", footer=["Page {n} of {total}"],
    pdf_title="Environment and Regeneration Committee 28 April 2022",
)

doc(
    name="Cabinet_11032021_Minutes_Cumbria", form="pdf-minutes",
    council="Cumbria County Council", stated="yes", committee="Cabinet", date="2021-03-11",
    logo="CUMBRIA COUNTY COUNCIL",
    title_lines=["CABINET", "Minutes of a Meeting of the Cabinet held on Thursday, 11 March 2021 at 10.00 am "
                 "as a virtual meeting"],
    attendance=[("PRESENT:", "Mr R Thwaite (Chair), Mrs E Grisedale, Mr T Ambleside, Ms K Naylor, "
                 "Mr J Pattinson, Mrs S Birkett")],
    items=[
        item("142", "ELECTRIC VEHICLE CHARGE POINTS IN COUNTY CAR PARKS", [
            "Cabinet considered a report on the installation of 60 charge points in county council car parks: "
            "24 in Kendal, 20 in Keswick and 16 in Penrith.",
            "The Office for Zero Emission Vehicles grant would meet 75 per cent of the cost, with the balance "
            "from the Council's climate change budget.",
            "The installation contract was awarded to Fellside Power Ltd.",
            "RESOLVED, that the installation programme be approved."]),
        item("143", "A591 RESURFACING, GRASMERE TO DUNMAIL RAISE", [
            "Mrs Birkett asked how long the road would be closed. The Cabinet Member for Highways replied that "
            "the A591 would be closed overnight for 14 nights, with a signed diversion via the A66 and A5091.",
            "RESOLVED, that the scheme be noted."]),
    ],
    closing=["The meeting ended at 11.20 am"],
    header="Cabinet 11 March 2021", header_right="", footer=["{n}"],
    pdf_title="Cabinet 11 March 2021",
)


# =========================================================================== Public Document Packs

doc(
    name="Cabinet_12092022_Agenda_Pack_StaffsMoorlands", form="pdf-pack",
    council="Staffordshire Moorlands District Council", stated="yes", committee="Cabinet", date="2022-09-12",
    cover=["Staffordshire Moorlands District Council", "Cabinet", "Monday, 12 September 2022 at 2.00 pm",
           "Council Chamber, Moorlands House, Stockwell Street, Leek, ST13 6HQ"],
    cover_body=["Members of the Cabinet are summoned to attend the meeting to transact the business set out "
                "in the agenda.",
                "Contact: Member Services, 01538 555 300. Membership: Councillors Buxton (Leader), Ipstones, "
                "Hollinshead, Mayfield, Whiston and Kettering-Shaw."],
    agenda=[("1", "Apologies for absence"), ("2", "Declarations of interest"),
            ("3", "Minutes of the meeting held on 19 July 2022 ({minutes})"),
            ("4", "Leek Buttermarket Refurbishment ({report})")],
    marks=["Agenda Item 3", "Agenda Item 4"], number_offset=2,
    prev_title_lines=["STAFFORDSHIRE MOORLANDS DISTRICT COUNCIL", "CABINET - 19 JULY 2022"],
    attendance=[("PRESENT:", "Councillor A Buxton (Chair), Councillors Ipstones, Hollinshead, Mayfield and "
                 "Whiston")],
    prev_items=[
        item("CAB/22/14", "BIDDULPH VALLEY WAY - COMMUNITY GRANT", [
            "Cabinet considered a request from the Friends of Biddulph Valley Way for help with resurfacing "
            "the section of the old railway path between Biddulph and Brown Lees.",
            "RESOLVED: That a grant of £25,000 be made to the Friends of Biddulph Valley Way, proposed by "
            "Councillor Hollinshead and seconded by Councillor Mayfield."]),
        item("CAB/22/15", "CHEADLE MARKET", [
            "Cabinet agreed to move the Friday market in Cheadle to the High Street for a six-month trial "
            "from September."]),
    ],
    report=report(
        ["STAFFORDSHIRE MOORLANDS DISTRICT COUNCIL", "Report to Cabinet", "12 September 2022",
         "LEEK BUTTERMARKET REFURBISHMENT"],
        [("Report of", "Head of Assets and Regeneration"), ("Portfolio Holder", "Leader of the Council"),
         ("Key decision", "Yes")],
        [("1. Reason for the report", [
            "1.1 To seek approval for the refurbishment of the Buttermarket in Leek and the funding package.",
            "1.2 The Buttermarket houses the indoor market on Wednesdays, Fridays and Saturdays and is used for "
            "antiques and craft fairs."]),
         ("2. Recommendations", [
            "2.1 That the refurbishment of the Buttermarket at an estimated cost of £1.35 million be approved.",
            "2.2 That the scheme be funded from the UK Shared Prosperity Fund (£600,000) and council "
            "borrowing for the balance."]),
         ("3. Background", [
            "3.1 The building has suffered from leaks, poor lighting and cold conditions in winter, and traders "
            "report falling footfall.",
            "3.2 The works comprise new heating, LED lighting, redecoration, new stall layouts and "
            "accessible toilets."]),
         ("4. Condition of the roof", [
            "4.1 The roof coverings and glazed lantern are original in places. A condition survey of the "
            "Buttermarket roof will be undertaken in October 2022 by an independent surveyor, and any roof "
            "works it identifies will be the subject of a further report.",
            "4.2 The cost estimate in paragraph 2.1 therefore excludes roof repairs."]),
         ("5. Implications", [
            "5.1 Traders will be relocated to the Market Place during the works, which are programmed to "
            "take nine months from January 2023."])]),
    header="", footer=["Page {n}"], pdf_title="Cabinet agenda pack 12 September 2022",
)

doc(
    name="Cabinet_15112023_Agenda_Pack_Southwark", form="pdf-pack",
    council="London Borough of Southwark", stated="yes", committee="Cabinet", date="2023-11-15",
    cover=["Southwark Council", "Cabinet", "Wednesday 15 November 2023, 11.00 am",
           "Ground Floor Meeting Rooms G01, G02 and G03 - 160 Tooley Street, London SE1 2QH"],
    cover_body=["Open Agenda. Membership: Councillor Kemi Adewale (Chair), Councillors Dominic Hartwell, "
                "Rosa Quintero, Felix Ambrose, Tunde Okafor and Grace Melling.",
                "Contact: Constitutional Team, 020 7525 0000. Date: 7 November 2023."],
    agenda=[("1", "Apologies"), ("2", "Notification of any items of business which the chair deems urgent"),
            ("3", "Minutes of the meeting held on 17 October 2023 ({minutes})"),
            ("4", "Deputation requests"),
            ("5", "Free School Meals in the Winter Holidays ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"], number_offset=2,
    prev_title_lines=["London Borough of Southwark", "CABINET",
                      "MINUTES of the Cabinet held on Tuesday 17 October 2023 at 11.00 am at 160 Tooley Street"],
    attendance=[("PRESENT:", "Councillor Kemi Adewale (Chair), Councillor Dominic Hartwell, Councillor Rosa "
                 "Quintero, Councillor Felix Ambrose and Councillor Grace Melling")],
    prev_items=[
        item("7.", "BURGESS PARK - LAKE WATER QUALITY", [
            "Councillor Ambrose reported that algae in the lake had been treated with barley straw and new "
            "aerators, and that fishing would resume in the spring.",
            "RESOLVED: That the works to the lake, costing £58,000, be noted."]),
        item("8.", "PECKHAM RYE LANE - LOADING RESTRICTIONS", [
            "Cabinet agreed loading restrictions on Rye Lane between 7am and 10am to keep the bus lane clear."]),
    ],
    report=report(
        ["Item No. 5", "Classification: Open", "Decision taker: Cabinet",
         "Report title: Free School Meals in the Winter Holidays"],
        [("Ward(s) or groups affected", "All"), ("Cabinet Member", "Councillor Grace Melling, Children, "
          "Education and Refugees")],
        [("RECOMMENDATIONS", [
            "1. That supermarket vouchers of £20 per child per week be provided to families of children "
            "eligible for free school meals for the two weeks of the Christmas holiday.",
            "2. That the scheme be funded from the Household Support Fund."]),
         ("BACKGROUND INFORMATION", [
            "3. There are currently 14,600 children eligible for benefits-related free school meals in "
            "Southwark schools.",
            "4. Vouchers will be sent to families by schools, and families not in school can apply through "
            "the council's website."]),
         ("KEY ISSUES FOR CONSIDERATION", [
            "5. The Household Support Fund runs until 31 March 2024. Funding beyond March 2024 has not been "
            "confirmed by the government, and so the council cannot yet say whether vouchers will be "
            "provided in the Easter or summer holidays of 2024.",
            "6. Schools have reported that demand on local food banks rose sharply last winter."]),
         ("Policy framework implications", [
            "7. The scheme is consistent with the council's cost of living strategy."])]),
    header="", footer=["{n}"], pdf_title="Cabinet agenda 15 November 2023",
)

doc(
    name="Cabinet_07062022_Agenda_Pack_NorthAyrshire", form="pdf-pack",
    council="North Ayrshire Council", stated="yes", committee="Cabinet", date="2022-06-07",
    cover=["North Ayrshire Council", "Cabinet", "Tuesday 7 June 2022 at 14:30",
           "Council Chambers, Ground Floor, Cunninghame House, Irvine"],
    cover_body=["A meeting of the Cabinet of North Ayrshire Council will be held in the Council Chambers, "
                "Cunninghame House, Irvine and by remote link.",
                "Business: as set out below. Contact: Committee Services, 01294 555 160."],
    agenda=[("1", "Declarations of Interest"), ("2", "Minutes ({minutes})"), ("3", "Public Conveniences ({report})")],
    marks=["Agenda Item 2", "Agenda Item 3"], number_offset=2,
    prev_title_lines=["Cabinet", "10 May 2022", "IRVINE, 10 May 2022 - At a Meeting of the Cabinet of North "
                      "Ayrshire Council at 2.30 p.m."],
    attendance=[("Present", "Catriona Gilmour, Robert Kilwinning, Moira Shewalton, Alasdair Dreghorn and "
                 "Fraser Montgomerie.")],
    prev_items=[
        item("1.", "Irvine Beach Park - Play and Events Area", [
            "The Cabinet agreed to create an events area and new play equipment at Irvine Beach Park, "
            "at a cost of £480,000, funded from the Ayrshire Growth Deal allocation for the coast."]),
        item("2.", "Arran Ferry Disruption", [
            "The Cabinet noted the impact of ferry cancellations on Arran businesses and agreed to write to "
            "the Scottish Government."]),
    ],
    report=report(
        ["NORTH AYRSHIRE COUNCIL", "Cabinet", "7 June 2022"],
        [("Title:", "Public Conveniences"), ("Purpose:", "To agree the reopening of public toilets at Largs, "
          "Millport and Ardrossan and a new cleaning contract."),
         ("Recommendation:", "That Cabinet agrees the reopening and awards the cleaning contract.")],
        [("1. Executive Summary", [
            "1.1 The public toilets at Largs, Millport and Ardrossan were closed in 2020 and have not reopened.",
            "1.2 This report proposes reopening them for the 2022 season."]),
         ("2. Background", [
            "2.1 The toilets at Largs promenade will open from 8am to 8pm between April and September and from "
            "9am to 5pm in winter.",
            "2.2 The cleaning contract was tendered and the most economically advantageous tender was from "
            "Cumbrae Facilities Ltd."]),
         ("3. Proposals", [
            "3.1 That the three toilets reopen from 1 July 2022, with a charge of 40p at Largs only.",
            "3.2 The annual cost of the cleaning contract is £96,000, met from the Streetscene budget."]),
         ("4. Implications", [
            "4.1 There are no legal or equality implications beyond those noted in the equality impact "
            "assessment."])]),
    header="", footer=["Page {n}"], pdf_title="Cabinet 7 June 2022",
)


# =========================================================================== Word reports

doc(
    name="Cabinet_23_May_2024_Barry_Island_Shelters_Report_ValeofGlamorgan", form="docx-report",
    council="Vale of Glamorgan Council", stated="yes", committee="Cabinet", date="2024-05-23",
    letterhead=["The Vale of Glamorgan Council", "Cabinet Meeting: 23 May 2024",
                "Report of the Cabinet Member for Leisure, Sport and Wellbeing"],
    report=report(
        ["Barry Island Eastern Promenade - Shelters and Seating"],
        [("Purpose of the Report", "To seek approval for the replacement of the shelters and seating on the "
          "Eastern Promenade at Barry Island."),
         ("Recommendations", "1. That the scheme be approved. 2. That the Head of Finance be authorised to "
          "include the scheme in the capital programme."),
         ("Ward Affected", "Baruc")],
        [("Executive Summary", [
            "1. The three shelters on the Eastern Promenade date from the 1960s and are in poor condition.",
            "2. The scheme would replace them with four new shelters and 40 benches, at a cost of £525,000."]),
         ("Background", [
            "3. A public consultation was held in February 2024. The consultation found that most respondents "
            "wanted more seating facing the sea and better shelter from the wind.",
            "4. Car parking on the Eastern Promenade was also raised by many respondents, who asked that the "
            "spaces by the shelters be kept for blue badge holders and that coaches be directed to the Nell's "
            "Point car park. Officers have proposed that parking along the promenade be rearranged during the "
            "works and reviewed after the first summer."]),
         ("Relevant Issues and Options", [
            "5. The shelters would be designed by Tidewrack Design Ltd, appointed following a competition "
            "for local and regional firms.",
            "6. Options to repair the existing shelters were considered but rejected because the concrete "
            "frames are cracked."]),
         ("Resources and Legal Considerations", [
            "7. The scheme is funded by a £400,000 grant from Visit Wales with the balance from the council's "
            "capital reserves.",
            "8. Works would take place between October 2024 and March 2025, outside the main visitor season."])]),
    header="", footer=["Agenda Item: 6"], docx_author="Democratic Services",
)

doc(
    name="Cabinet_10_July_2019_Severn_Riverside_Report_Shropshire", form="docx-report",
    council="Shropshire Council", stated="yes", committee="Cabinet", date="2019-07-10",
    letterhead=["Shropshire Council", "Committee and Date: Cabinet, 10 July 2019",
                "Item: 9", "Public"],
    report=report(
        ["Shrewsbury Riverside Path - Frankwell to Castlefields"],
        [("Responsible Officer", "Director of Place"), ("Contact", "Tel: 01743 555 800")],
        [("1. Summary", [
            "1.1 This report seeks approval for improvements to the riverside path along the River Severn "
            "in Shrewsbury between Frankwell and Castlefields, at a cost of £1.1 million."]),
         ("2. Recommendations", [
            "2.1 That Cabinet approve the scheme.",
            "2.2 That 3,000 trees be planted along the river corridor as part of the scheme."]),
         ("3. Risk Assessment and Opportunities Appraisal", [
            "3.1 The path is regularly flooded and the surface has broken up in several places.",
            "3.2 An otter survey will be carried out in August before any works start, and the design may be "
            "changed to reflect its results."]),
         ("4. Financial Implications", [
            "4.1 The scheme will be funded from the Local Growth Fund and Section 106 contributions from "
            "developments in Frankwell."]),
         ("5. Background", [
            "5.1 The scheme was designed by Wrekin Landscape Partnership, who also designed the Quarry "
            "park paths.",
            "5.2 Works would start in January 2020 and take six months."])]),
    header="Shropshire Council", footer=["Cabinet 10 July 2019"], docx_author="Shropshire Council",
)


# =========================================================================== Word minutes

doc(
    name="Cabinet_Minutes_5_March_2024_Midlothian", form="docx-minutes",
    council="Midlothian Council", stated="yes", committee="Cabinet", date="2024-03-05",
    title_lines=["Minute of Meeting", "Cabinet", "Tuesday 5 March 2024",
                 "Council Chambers, Midlothian House, Dalkeith"],
    attendance=[("Present:", "Councillor Ewan Lasswade (Chair), Councillors Jennifer Roslin, Kenneth "
                 "Pathhead and Margaret Soutra")],
    items=[
        item("1", "Play Parks Investment Programme", [
            "The Cabinet considered a report on the play parks programme. In 2023/24 the council spent "
            "£310,000 on play parks, and the 2024/25 budget is £450,000.",
            "New play equipment will be installed at Vogrie Country Park and Ironmills Park, Dalkeith, "
            "with an inclusive roundabout and a zip line at Vogrie.",
            "Councillor Roslin asked how the parks were chosen. The Chair replied that they were chosen on "
            "the condition scores from the annual play inspection and on feedback from community councils.",
            "Decision: The Cabinet approved the programme."]),
        item("2", "Newtongrange Library Roof", [
            "The contract for the new roof at Newtongrange Library was awarded to Esk Valley Roofing Ltd, "
            "at £88,500.",
            "Decision: The Cabinet noted the award."]),
        item("3", "Penicuik High Street Parking", [
            "Cabinet agreed a trial of 30-minute free parking on Penicuik High Street for six months.",
            "Decision: The Cabinet agreed the trial."]),
    ],
    closing=["The meeting ended at 12.40 pm."],
    header="", footer=["Midlothian Council - Cabinet 5 March 2024"], docx_author="Democratic Services",
)

doc(
    name="Cabinet_Minutes_18_October_2023_SouthTyneside", form="docx-minutes",
    council="South Tyneside Council", stated="yes", committee="Cabinet", date="2023-10-18",
    title_lines=["South Tyneside Council", "Cabinet",
                 "Minutes of the meeting held at South Shields Town Hall on Wednesday 18 October 2023"],
    attendance=[("Present:", "Councillor Norah Cleadon (Leader), Councillors Boldon, Harton, Whitburn "
                 "and Fellgate"), ("Also present:", "Councillor Derek Simonside")],
    items=[
        item("45.", "Holiday Activities and Food Programme", [
            "Cabinet received a report on the summer holiday programme, which provided free meals at 42 "
            "holiday clubs across the borough for children receiving free school meals.",
            "Councillor Simonside asked how much government funding the programme would receive next year. "
            "The Cabinet Member replied that the Department for Education has not yet told councils their "
            "allocations for 2024/25.",
            "Resolved - That the report be noted and the Christmas programme be approved."]),
        item("46.", "South Shields Sea Front - Ocean Beach Pleasure Park Lease", [
            "Cabinet agreed to extend the lease of land at the sea front to Sandhaven Leisure Ltd for a "
            "further 15 years.",
            "Resolved - That the lease extension be approved."]),
        item("47.", "Jarrow Hall Car Park", [
            "Cabinet approved resurfacing of the car park at Jarrow Hall at a cost of £64,000, because of "
            "potholes and drainage problems reported by visitors.",
            "Resolved - That the works be approved."]),
    ],
    closing=["Chair"],
    header="Cabinet 18.10.23", footer=["South Tyneside Council"], docx_author="Democratic Services",
)


# =========================================================================== plain text

doc(
    name="Cabinet_Minutes_9_February_2022_Oldham", form="txt",
    council="Oldham Council", stated="yes", committee="Cabinet", date="2022-02-09",
    title_lines=["OLDHAM COUNCIL", "CABINET", "09/02/2022 at 6.00 pm"],
    attendance=[("Present:", "Councillor Sadia Rafiq (Chair), Councillors Bury, Chadderton, Hollinwood and "
                 "Moorside")],
    items=[
        item("1", "Apologies for absence", ["Apologies were received from Councillor Royton."]),
        item("2", "Alexandra Park Play Area", [
            "The Cabinet considered a report on the refurbishment of the Alexandra Park play area, costing "
            "£260,000, including a new accessible play frame and a toddler area.",
            "Councillor Chadderton asked where residents could see the designs. The Chair replied that the "
            "designs would be displayed in the park lodge and on the council website for three weeks.",
            "The refurbishment is funded from developer contributions and the council's capital programme.",
            "Residents had asked for better fencing and more seating around the play area, and the "
            "design includes both. The work would be staged so that the existing swings stay open for as "
            "long as possible.",
            "RESOLVED: That the refurbishment be approved."]),
        item("3", "Tommyfield Market Relocation", [
            "The Cabinet noted that traders would move to the new market hall in the former Spindles "
            "shopping centre in the autumn, and that 55 traders had signed leases.",
            "RESOLVED: That the update be noted."]),
        item("4", "Winter Gritting", [
            "The Cabinet noted that 14,800 tonnes of salt were in stock at the depot."]),
    ],
    closing=["The meeting started at 6.00 pm and ended at 6.55 pm."],
)
