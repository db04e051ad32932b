"""The documents of bench/heldout13: invented business of real UK councils.

Every word of the business, the people and the figures is invented for this set; the councils,
their towns and buildings are real, and the layouts are heldout5's forms. make_heldout13.py draws
each dict by its `form` with bench/heldout5/make_heldout5.py's renderers; truth.csv is written from
`council`, `stated` (how the text names the council: `yes` in full, `short` only a short form or
abbreviation), `committee` (alternatives separated by `|`) and `date` (the meeting's, ISO). The
content format is heldout5's (as in heldout12's content.py); the words are this set's own.
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
    name="ieListDocuments_CId117_MId5824_Stockport_Cabinet", form="mg-meeting",
    council="Stockport Metropolitan Borough Council", stated="yes", committee="Cabinet", date="2022-06-14",
    site=site("Stockport Metropolitan Borough Council", "https://democracy.stockport.gov.uk",
              "Town Hall, Edward Street, Stockport, SK1 3XE", "© Stockport Metropolitan Borough Council 2022",
              menu=["Home", "Your councillors", "Meetings", "Decisions", "Forward Plan", "Search"],
              breadcrumb=["Home", "Meetings", "Cabinet"]),
    heading="Cabinet - Tuesday, 14th June, 2022 6.00 pm",
    venue="Committee Room 1, Town Hall, Stockport",
    contact="Marcus Heaton Moor, Democratic Services. Tel: 0161 474 3215",
    items=[
        item("7.", "Minutes", [
            "The minutes of the meeting held on 17 May 2022 were approved as a correct record and signed by "
            "the Chair."]),
        item("8.", "Woodbank Park: Restoration of the Lake", [
            "The Cabinet Member for Parks, Highways and Transport Services reported that the lake at Woodbank "
            "Park had silted up so badly that during the dry weeks of last summer much of it had been less than "
            "20 centimetres deep, and that fish had died when the shallow water warmed.",
            "Some 6,500 cubic metres of silt would be dredged out, dried on the meadow beyond the lake and then "
            "spread there, and the stone edging on the eastern bank would be rebuilt. Five firms had bid, and "
            "the contract would go to Pennine Waterscapes Ltd at a price of £312,000.",
            "Councillor Aisha Bramhall asked what would happen to the kingfishers that nest on the island. The "
            "Cabinet Member said that no work would take place near the island between March and August, and "
            "that an ecologist would be on site throughout.",
            "Members also discussed the footbridge on the riverside path in Vernon Park, which had been shut "
            "since the winter storms. Its replacement would be taken forward separately, as part of the "
            "highways structures programme.",
            "The recommendation was moved by Councillor Keith Offerton and seconded by Councillor Bramhall.",
            "RESOLVED that the contract for the restoration of the lake at Woodbank Park be awarded to Pennine "
            "Waterscapes Ltd."],
            links=[("Woodbank Park lake report", "418 KB"), ("Tender evaluation (exempt)", "96 KB")]),
        item("9.", "Electric Vehicle Charging in Council Car Parks", [
            "RESOLVED that 40 electric vehicle charging points be installed across eight council car parks, "
            "including those at Cheadle and Marple, funded from the Local Electric Vehicle Infrastructure "
            "fund."]),
    ],
)

doc(
    name="ieListDocuments_CId152_MId1187_ThreeRivers_Policy_and_Resources", form="mg-meeting",
    council="Three Rivers District Council", stated="yes", committee="Policy and Resources Committee",
    date="2021-10-04",
    site=site("Three Rivers District Council", "https://moderngov.threerivers.gov.uk",
              "Three Rivers House, Northway, Rickmansworth, WD3 1RL", "© Three Rivers District Council 2021",
              menu=["Home", "Committees", "Councillors", "Meetings", "Calendar"]),
    heading="Policy and Resources Committee - Monday, 4th October, 2021 7.30 pm",
    venue="Penn Chamber, Three Rivers House, Northway, Rickmansworth, WD3 1RL",
    contact="Committee Team. Email: committeeteam@threerivers.gov.uk",
    items=[
        item("PR 40/21", "Minutes", [
            "The minutes of the meeting held on 12 July 2021 were confirmed as a correct record and signed by "
            "the Chair."]),
        item("PR 41/21", "Rickmansworth Aquadrome: Visitor Hub", [
            "The Lead Member for Leisure introduced proposals for a visitor hub at the main entrance to the "
            "Aquadrome, with a café, public toilets and an office and store for the rangers and volunteers who "
            "look after the nature reserve.",
            "The building would cost £1.4 million, of which £500,000 would come from the Community "
            "Infrastructure Levy. Because the site lies beside Batchworth Lake and the River Colne, it would "
            "stand on raised piles so that floodwater could pass beneath it.",
            "Councillor Imogen Croxley said she was worried that the hub would bring more cars down Frogmore "
            "Lane. The Lead Member replied that the car park would be resurfaced but not enlarged, and that a "
            "new path would link the hub to Rickmansworth station.",
            "Asked who would run the café, the Lead Member said that this had still to be settled: officers "
            "were weighing whether to run it in-house or to let it, and would report back once the building "
            "had planning permission.",
            "A recorded vote was requested. For the recommendation: Councillors Chorleywood, Maple Cross, "
            "Oxhey Hall, Abbots, Leavesden, Moor Park, Carpenders, Bedmond and Eastbury (9). Against: "
            "Councillors Imogen Croxley, Paul Mapleton and Sarah Batchworth (3). Abstaining: Councillor "
            "Dev Moor (1).",
            "RESOLVED: that the visitor hub be approved and a planning application be submitted."],
            links=[("Aquadrome visitor hub report", "1 MB"), ("Site plan", "612 KB")]),
        item("PR 42/21", "Allotment Rents 2022/23", [
            "RESOLVED: that allotment rents for 2022/23 be held at £42 for a standard plot, and that the water "
            "troughs at the Berry Lane allotments be replaced."]),
    ],
)

doc(
    name="ieListDocuments_CId225_MId9143_Lambeth_Cabinet", form="mg-meeting",
    council="London Borough of Lambeth", stated="yes", committee="Cabinet", date="2024-01-22",
    site=site("Lambeth Council", "https://moderngov.lambeth.gov.uk",
              "Lambeth Town Hall, Brixton Hill, London, SW2 1RW", "© London Borough of Lambeth 2024",
              logo_alt="London Borough of Lambeth logo",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Petitions"],
              breadcrumb=["Home", "Committees", "Cabinet", "Meeting"]),
    heading="Cabinet - Monday, 22nd January, 2024 5.00 pm",
    venue="Room 8, Lambeth Town Hall, Brixton Hill, London, SW2 1RW",
    contact="Jide Kennington, Democratic Services. Tel: 020 7926 0029",
    items=[
        item("4.", "Minutes", [
            "RESOLVED: That the minutes of the meeting held on 11 December 2023 be agreed as a correct record."]),
        item("5.", "The Rookery, Streatham Common: Restoration", [
            "The Cabinet Member for Clean Air and Sustainable Transport introduced the report. The Rookery's "
            "walled gardens, ponds and rockery had been laid out in the 1910s and many of the walls were now "
            "leaning or cracked; the stream that fed the ponds had been dry for most of the last two summers.",
            "The restoration would cost £780,000. The National Lottery Heritage Fund had awarded £425,000 and "
            "the rest would come from the council's parks capital budget and the Friends of Streatham Common.",
            "Following a tender, the works would be carried out by Hatherley Landscapes, starting in April "
            "2024. The gardens would be closed for nine months while the walls were rebuilt and a new pump "
            "returned water to the ponds.",
            "A public consultation on the planting of the Old English Garden would open in February, and the "
            "Friends group would run planting days once the works were complete.",
            "Councillor Tamsin Thornton asked whether the café on the Common would stay open during the works. "
            "The Cabinet Member confirmed that it would, as it sits outside the walled area.",
            "RESOLVED: That the restoration of the Rookery be approved and the contract be awarded to "
            "Hatherley Landscapes."],
            links=[("Rookery restoration report", "2 MB"), ("Equality impact assessment", "188 KB")]),
        item("6.", "Community Murals Programme", [
            "RESOLVED: That £60,000 be set aside for community murals on railway bridges in Brixton, Herne Hill "
            "and Loughborough Junction, with the designs chosen by pupils of nearby schools."]),
    ],
)

doc(
    name="ieListDocuments_CId141_MId14210_Wiltshire_Cabinet", form="mg-meeting",
    council="Wiltshire Council", stated="yes", committee="Cabinet", date="2023-03-07",
    site=site("Wiltshire Council", "https://cms.wiltshire.gov.uk",
              "County Hall, Bythesea Road, Trowbridge, BA14 8JN", "© Wiltshire Council 2023",
              menu=["Home", "Councillors", "Committees", "Meetings", "Forward plan", "Search"],
              sidebar=["Browse meetings", "Calendar", "Committee details", "Attendance", "Issue history",
                       "Printed minutes"]),
    heading="Cabinet - Tuesday, 7th March, 2023 10.00 am",
    venue="Kennet Room - County Hall, Bythesea Road, Trowbridge, BA14 8JN",
    contact="Stuart Collingbourne, Democratic Services Officer. Tel: 01225 718 234",
    items=[
        item("27", "Minutes of the Previous Meeting", [
            "The minutes of the meeting held on 7 February 2023 were approved as a true and correct record."]),
        item("28", "Olympiad Leisure Centre, Chippenham: Pool Hall Roof", [
            "The Cabinet Member for Leisure reported that an inspection in the autumn had found corrosion in "
            "the steel frame above the pool, caused by years of warm, damp air and a failing ventilation "
            "system. Temporary props had been installed in January as a precaution.",
            "The roof covering and the affected steelwork would be replaced and a new ventilation system "
            "fitted with heat recovery, at a cost of £2.1 million from the capital programme. The pool would "
            "have to close for 14 weeks from September; the gym and sports hall would stay open.",
            "Councillor Julia Lacock asked what would happen to the swimming clubs and school lessons. The "
            "Cabinet Member said that they would move to Calne Leisure Centre and Corsham Springfield during "
            "the closure, and that transport would be provided for school groups.",
            "The sports hall roof, which was built at the same time, was due to have a structural survey in "
            "the summer, and any work needed would be reported to Cabinet separately.",
            "Resolved: That the replacement of the pool hall roof and ventilation at the Olympiad Leisure "
            "Centre be approved."],
            links=[("Olympiad roof report", "743 KB")]),
        item("29", "Rural Bus Shelters", [
            "Resolved: That 25 bus shelters on rural routes be replaced, beginning with those in the Pewsey Vale "
            "and around Tisbury, at a cost of £180,000."]),
    ],
)

doc(
    name="ieListDocuments_CId1162_MId2309_Fylde_Tourism_and_Leisure", form="mg-meeting",
    council="Fylde Borough Council", stated="yes", committee="Tourism and Leisure Committee", date="2021-06-30",
    site=site("Fylde Council", "https://fylde.cmis.uk.com", "Town Hall, St Annes Road West, Lytham St Annes, FY8 1LW",
              "© Fylde Borough Council 2021", logo_alt="Fylde Borough Council logo",
              menu=["Home", "Meetings", "Councillors", "Agendas", "Contact"],
              breadcrumb=["Home", "Meetings", "Tourism and Leisure Committee"]),
    heading="Tourism and Leisure Committee - Wednesday, 30th June, 2021 6.30 pm",
    venue="Town Hall, Lytham St Annes",
    contact="Nadia Wrea, Democratic Services Executive. Tel: 01253 658 478",
    items=[
        item("11.", "Declarations of Interest", [
            "Councillor Ansdell declared a personal interest in item 12 as a regular customer of one of the "
            "bidders; he took part in the discussion."]),
        item("12.", "Lowther Gardens, Lytham: Pavilion Café", [
            "The Head of Cultural Services reported on the tender for a new lease of the café in the pavilion "
            "at Lowther Gardens, which had been empty since the previous tenant gave up the lease during the "
            "first lockdown.",
            "Four bids had been received. The panel recommended the Driftwood Coffee Company, which already "
            "runs a kiosk on St Annes promenade, on a 15-year lease at a rent of £18,500 a year, with a rent "
            "review every five years.",
            "The tenant would refit the kitchen at its own cost and open from 8.00 am to 6.00 pm every day "
            "between Easter and October, and at weekends through the winter.",
            "Councillor Freckleton asked whether the toilets in the pavilion would remain open to park users "
            "who did not buy anything. The Head of Cultural Services said that the lease required it.",
            "RESOLVED: 1. To grant a 15-year lease of the Lowther Gardens pavilion café to the Driftwood Coffee "
            "Company. 2. To delegate the final terms to the Head of Cultural Services."],
            links=[("Lowther Gardens café report", "284 KB")]),
        item("13.", "Beach Huts, St Annes", [
            "RESOLVED: That 12 new beach huts be placed on the promenade at St Annes near the Beach Terrace "
            "Café, to be let at £950 a season."]),
    ],
)

doc(
    name="ieListDocuments_CId136_MId3990_Broxbourne_Cabinet", form="mg-meeting",
    council="Broxbourne Borough Council", stated="yes", committee="Cabinet", date="2025-02-11",
    site=site("Broxbourne Borough Council", "https://democracy.broxbourne.gov.uk",
              "Borough Offices, Bishops' College, Churchgate, Cheshunt, EN8 9XQ",
              "© Broxbourne Borough Council 2025",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Elections"]),
    heading="Cabinet - Tuesday, 11th February, 2025 7.30 pm",
    venue="Council Chamber, Borough Offices, Bishops' College, Churchgate, Cheshunt, EN8 9XQ",
    contact="Democratic Services. Email: democratic.services@broxbourne.gov.uk",
    items=[
        item("CAB.87", "Minutes", [
            "The minutes of the meeting held on 14 January 2025 were agreed and signed as a correct record."]),
        item("CAB.88", "Grundy Park Leisure Centre: Gym and Studio Extension", [
            "The Cabinet Member for Leisure and Culture said that the gym at Grundy Park Leisure Centre in "
            "Cheshunt was full at peak times and that people were being turned away from classes.",
            "In 2023/24 the centre had 6,240 gym members, up by a fifth on the year before. A two-storey "
            "extension on the side of the building would add 400 square metres, with room for 90 more "
            "exercise stations and a second studio for spin and yoga classes.",
            "The extension would cost £1.75 million and would be repaid over 15 years from the extra income. "
            "Parkwise Leisure, which runs the centre for the council, would contribute £250,000 towards the "
            "equipment.",
            "Councillor Daniel Turnford asked whether the car park could cope. The Cabinet Member said that "
            "the overflow car park at the rear would be resurfaced and marked out, giving 40 extra spaces.",
            "Resolved - that the extension of Grundy Park Leisure Centre be approved and added to the capital "
            "programme."],
            links=[("Grundy Park extension report", "536 KB")]),
        item("CAB.89", "Dog Control: Public Spaces Protection Order", [
            "Resolved - that the Public Spaces Protection Order requiring dogs to be kept on leads in cemeteries "
            "and excluding them from children's play areas be renewed for three years."]),
    ],
)


# =========================================================================== ModernGov item pages

doc(
    name="mgAi_ID48812_Camden_Cabinet", form="mg-item",
    council="London Borough of Camden", stated="yes", committee="Cabinet", date="2023-09-20",
    site=site("Camden Council", "https://democracy.camden.gov.uk",
              "5 Pancras Square, London, N1C 4AG", "© London Borough of Camden 2023",
              logo_alt="London Borough of Camden logo",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Search"],
              breadcrumb=["Home", "Committees", "Cabinet", "Agenda item"]),
    meeting_line="20/09/2023 - Cabinet (Item 7.)",
    items=[
        item("42.", "Solar Panels on Council Housing Estates", [
            "The Cabinet Member for Better Homes introduced the report, which proposed fitting solar panels "
            "to the roofs of 28 blocks on Camden's council estates in Kentish Town, Gospel Oak and Somers Town, "
            "generating about 1.2 megawatts at peak.",
            "The electricity would first supply the lifts, lighting and heating pumps in the communal areas, "
            "and the surplus would be offered to tenants in the blocks through a local supply arrangement.",
            "Following a competitive tender, the design and installation contract would be awarded to Brightgrid "
            "Energy, at a cost of £3.6 million, with all 28 blocks to be fitted by the end of 2024.",
            "Councillor Ruth Belsize asked how much tenants would save. The Cabinet Member replied that no "
            "figure could be given yet: the saving would depend on the tariff to be agreed with an energy "
            "supplier for the surplus power, and negotiations had not begun.",
            "Councillor Omar Fitzjohn asked whether leaseholders would be charged. The Cabinet Member said that "
            "the cost would be met from the housing capital programme and would not be recharged to "
            "leaseholders.",
            "RESOLVED - (i) that solar panels be installed on 28 blocks as set out in the report; (ii) that the "
            "contract be awarded to Brightgrid Energy."],
            links=[("Solar panels report", "964 KB"), ("Appendix A - list of blocks", "122 KB")]),
    ],
)

doc(
    name="mgAi_ID9920_DerbyshireDales_Community_and_Environment", form="mg-item",
    council="Derbyshire Dales District Council", stated="yes", committee="Community and Environment Committee",
    date="2020-11-12",
    site=site("Derbyshire Dales District Council", "https://derbyshiredales.moderngov.co.uk",
              "Town Hall, Bank Road, Matlock, DE4 3NN", "© Derbyshire Dales District Council 2020",
              menu=["Home", "Committees", "Councillors", "Meetings", "Your council"]),
    meeting_line="12/11/2020 - Community and Environment Committee (Item 9)",
    items=[
        item("243/20", "Matlock Bath Illuminations 2021", [
            "This meeting was held remotely. The Committee considered a report on the Matlock Bath "
            "Illuminations, which had been cancelled in 2020 because of the pandemic.",
            "It was proposed that the Illuminations return in 2021 over six weekends from early September, "
            "with the illuminated boats on the River Derwent and the fireworks on the final Saturday. Entry "
            "to Derwent Gardens would be by ticket bought in advance, at £6 for adults and £2 for children, "
            "so that numbers could be controlled.",
            "The budget for the event would be £84,000, and the Head of Community and Environmental Services "
            "said that the boat builders' club had already begun repairing the lights on the older boats.",
            "Councillor Mary Tansley said that the advance tickets would put off people who turn up on the "
            "day, and moved that tickets also be sold at the gate. This was not seconded.",
            "The recommendation was put to the vote and carried by 12 votes to 2, Councillors Tansley and "
            "Winster voting against.",
            "RESOLVED that the Matlock Bath Illuminations take place in 2021 as set out in the report."],
            links=[("Illuminations report", "402 KB")]),
    ],
)


# =========================================================================== ModernGov decision pages

doc(
    name="ieDecisionDetails_ID2214_Sheffield_Crookes_Road", form="mg-decision",
    council="Sheffield City Council", stated="yes", committee="Transport, Regeneration and Climate Policy Committee",
    date="2022-12-14",
    site=site("Sheffield City Council", "https://democracy.sheffield.gov.uk",
              "Town Hall, Pinstone Street, Sheffield, S1 2HH", "© Sheffield City Council 2022",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Search"],
              breadcrumb=["Home", "Decisions", "Decision details"],
              sidebar=["Decisions", "Forward plan", "Committee details", "Issue history"]),
    decision_title="Crookes and Walkley: Active Travel Scheme",
    fields=[("Decision Maker:", "Transport, Regeneration and Climate Policy Committee"),
            ("Decision status:", "Recommendations Approved"), ("Is Key decision?:", "Yes"),
            ("Is subject to call in?:", "No")],
    sections=[
        ("Purpose:", [
            "To approve protected cycle lanes, wider pavements and a bus gate on Crookes Road and Howard Road, "
            "and to award the construction contract."]),
        ("Decision:", [
            "The Committee resolved:",
            "(a) that protected cycle lanes be built on both sides of Crookes Road between Crookesmoor Road and "
            "Northumberland Road, with wider pavements at the shops;",
            "(b) that the scheme, costing £2.4 million, be funded from the City Region's active travel "
            "allocation;",
            "(c) that the construction contract be awarded to Don Valley Highways Limited, with work to begin "
            "in February 2023;",
            "(d) that a bus gate on Howard Road be introduced for a six-month trial from the spring of 2023, "
            "with a report on its effect on traffic in neighbouring streets to come back to the Committee "
            "after the trial."]),
        ("Reasons for the decision:", [
            "Crookes Road is one of the busiest cycling routes between the university and the western suburbs, "
            "but there have been 19 collisions involving cyclists on it in the last five years. Separating cycles "
            "from traffic is expected to make the route safer and to encourage more people to cycle to work and "
            "school."]),
        ("Alternative options considered:", [
            "Painted advisory lanes were rejected because they would offer no physical protection. Removing all "
            "on-street parking was rejected after objections from traders."]),
    ],
    tail=[("Publication date:", "16/12/2022"), ("Date of decision:", "14/12/2022"),
          ("Decided at meeting:", "14/12/2022 - Transport, Regeneration and Climate Policy Committee"),
          ("Effective from:", "14/12/2022")],
    links=[("Crookes and Walkley active travel report", "1 MB"), ("Scheme drawings", "3 MB")],
)

doc(
    name="ieDecisionDetails_ID7731_Warwickshire_HWRC_Contract", form="mg-decision",
    council="Warwickshire County Council", stated="yes", committee="Cabinet", date="2024-07-11",
    site=site("Warwickshire County Council", "https://democracy.warwickshire.gov.uk",
              "Shire Hall, Market Place, Warwick, CV34 4RL", "© Warwickshire County Council 2024",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Forward plan"],
              breadcrumb=["Home", "Decisions", "Cabinet decisions"]),
    decision_title="Household Waste Recycling Centres: Operating Contract 2025-2032",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To award the contract to run the county's nine household waste recycling centres from 1 April 2025, "
            "when the present contract ends."]),
        ("Decision:", [
            "That Cabinet:",
            "1. Awards the contract to operate the household waste recycling centres for seven years from "
            "1 April 2025, with an option to extend by up to three years, to Sherbourne Waste Services "
            "Limited, at an estimated value of £28 million.",
            "2. Approves longer summer opening at the Hunters Lane, Rugby and Princes Drive, Leamington Spa "
            "sites, until 7.00 pm from April to September.",
            "3. Approves a trial of a booking system for vans and trailers at all nine sites."]),
        ("Reasons for the decision:", [
            "Sherbourne Waste Services scored highest on both quality and price of the three bidders. Its bid "
            "promises to raise the share of material sent for reuse or recycling from 68% to 75% by 2028, "
            "partly through a reuse shop at each of the three largest sites."]),
        ("Alternative options considered:", [
            "Bringing the service in-house was considered but would require the council to buy vehicles and "
            "plant at a cost of about £3 million."]),
    ],
    tail=[("Publication date:", "15/07/2024"), ("Date of decision:", "11/07/2024"),
          ("Decided at meeting:", "11/07/2024 - Cabinet"), ("Effective from:", "23/07/2024")],
    links=[("HWRC contract award report", "688 KB")],
)


# =========================================================================== printed minutes (PDF)

doc(
    name="Cabinet_23_March_2021_Minutes_Powys", form="pdf-minutes",
    council="Powys County Council", stated="yes", committee="Cabinet", date="2021-03-23",
    logo="Powys County Council / Cyngor Sir Powys",
    title_lines=["MINUTES OF A MEETING OF THE CABINET",
                 "HELD BY MICROSOFT TEAMS ON TUESDAY, 23 MARCH 2021"],
    attendance=[("PRESENT:", "County Councillor Rosemary Llanidloes (Chair), County Councillors Crickhowell, "
                             "Rhayader, Talgarth, Llanfyllin, Knighton and Presteigne."),
                ("In attendance:", "Chief Executive; Director of Education; Head of Property.")],
    items=[
        item("CAB 111", "MINUTES", [
            "The Leader was authorised to sign the minutes of the meeting held on 9 March 2021 as a correct "
            "record."]),
        item("CAB 112", "WELSHPOOL: NEW WELSH-MEDIUM PRIMARY SCHOOL", [
            "The Portfolio Holder for Education presented the full business case for a new building for Ysgol "
            "Gymraeg y Trallwng, which has outgrown its site and teaches some classes in temporary units.",
            "The new school would have 150 places and a 30-place nursery, and would be built to net zero "
            "carbon standards on land at Maesydre. It would cost £9.2 million, of which 65% would come from "
            "the Welsh Government's Sustainable Communities for Learning programme.",
            "The building contract would be let to Hafren Build Ltd, selected through the regional "
            "construction framework. The school was expected to move into its new building in September 2023.",
            "County Councillor Talgarth asked about the other project in the report's appendix, a new primary "
            "school for the Ystradgynlais area. The Portfolio Holder said that the options for that school "
            "were still being worked up and would come to Cabinet at a later meeting.",
            "County Councillor Knighton asked how pupils would get to the new site. The Director of Education "
            "said that a new footway along the B4381 would allow most pupils to walk.",
            "RESOLVED that the full business case for Ysgol Gymraeg y Trallwng be approved and submitted to "
            "the Welsh Government."]),
        item("CAB 113", "ELECTRIC VEHICLE CHARGING POINTS", [
            "RESOLVED that 12 rapid charging points for electric vehicles be installed in town centre car parks "
            "in Brecon, Builth Wells and Machynlleth, funded by a grant from the Welsh Government."]),
    ],
    closing=["The meeting closed at 12.15 pm.", "County Councillor R Llanidloes (Chair)"],
    header="Cabinet 23.03.2021", header_right="Powys County Council",
    footer=["Page {n} of {total}"],
    pdf_title="Cabinet minutes 23 March 2021",
)

doc(
    name="Communities_Committee_Minute_29082023_Angus", form="pdf-minutes",
    council="Angus Council", stated="yes", committee="Communities Committee", date="2023-08-29",
    logo="ANGUS COUNCIL",
    title_lines=["COMMUNITIES COMMITTEE",
                 "MINUTE of MEETING of the COMMUNITIES COMMITTEE held in the Town and County Hall, Forfar on "
                 "Tuesday 29 August 2023 at 2.00 pm."],
    attendance=[("Present:", "Councillors Kirriemuir (Convener), Brechin, Monifieth, Carnoustie, Edzell, "
                             "Letham, Arbroath West, Montrose and Friockheim."),
                ("Councillor KIRRIEMUIR, Convener, in the Chair.", "")],
    items=[
        item("1.", "APOLOGIES", [
            "An apology for absence was intimated on behalf of Councillor Glamis."]),
        item("2.", "ARBROATH HARBOUR: REPLACEMENT OF PONTOONS", [
            "There was submitted Report No 241/23 by the Director of Infrastructure and Environment seeking "
            "approval to replace the pontoons in the inner basin at Arbroath Harbour.",
            "The Committee noted that the existing pontoons, installed in 1994, were rotting and that three "
            "had broken free in the storms of last winter. New pontoons would provide 38 berths for leisure "
            "craft, six more than at present, at a cost of £640,000.",
            "Berthing charges would rise by 6% from 1 April 2024 to help meet the cost.",
            "The Committee further noted that a dive survey of the harbour wall in the inner basin was planned "
            "for October 2023, to check its condition before the new pontoons were anchored to it.",
            "Councillor Montrose, seconded by Councillor Letham, moved as an amendment that the berthing "
            "charges be held for a year. On a division, 4 members voted for the amendment and 6 for the "
            "motion. The motion was accordingly carried.",
            "The Committee agreed to approve the replacement of the pontoons and the increase in berthing "
            "charges as set out in the Report."]),
        item("3.", "ALLOTMENTS", [
            "The Committee agreed that 30 new allotment plots be created on council land at Lochside, Forfar, "
            "to reduce the waiting list."]),
    ],
    closing=[],
    header="Communities Committee - 29 August 2023",
    footer=["{n}"],
    pdf_title="Minute of Communities Committee 29 August 2023",
)

doc(
    name="Cabinet_2nd_November_2022_Minutes_Bromsgrove", form="pdf-minutes",
    council="Bromsgrove District Council", stated="yes", committee="Cabinet", date="2022-11-02",
    logo="BROMSGROVE DISTRICT COUNCIL",
    title_lines=["MEETING OF THE CABINET",
                 "WEDNESDAY 2ND NOVEMBER 2022, AT 6.00 P.M.",
                 "PRESENT: Councillors Alvechurch (Leader), Hagley (Deputy Leader), Catshill, Wythall, Belbroughton "
                 "and Rubery."],
    attendance=[("Officers:", "Mr Kevin Fairfield, Ms Anna Lickey and Mrs Joan Barnt Green.")],
    items=[
        item("52/22", "MINUTES", [
            "The minutes of the meeting of the Cabinet held on 5th October 2022 were submitted.",
            "RESOLVED that the minutes be approved as a correct record."]),
        item("53/22", "SANDERS PARK BANDSTAND", [
            "The Portfolio Holder for Leisure and Cultural Services presented a report on the bandstand in "
            "Sanders Park, which had been fenced off since 2019 after its cast iron columns were found to be "
            "cracked.",
            "The bandstand would be taken down, its ironwork repaired off site and re-erected on a new base "
            "with a ramp, at a cost of £95,000. Heritage Ironcraft of Walsall had given the lowest of three "
            "quotes.",
            "Once restored, the bandstand would host a summer season of 20 free Sunday concerts by local bands "
            "and choirs. Members asked when the first of these would be; officers said that this could not be "
            "fixed until the ironwork had been assessed in the workshop.",
            "Councillor Rubery welcomed the report and asked that school choirs be invited to perform.",
            "RESOLVED that the restoration of the Sanders Park bandstand be approved and a budget of £95,000 be "
            "included in the capital programme."]),
        item("54/22", "ELECTRIC VEHICLE CHARGING POINTS", [
            "RESOLVED that six electric vehicle charging points be installed in the Recreation Road South car "
            "park, with charges to be set at the same rate as in neighbouring districts."]),
    ],
    closing=["The meeting closed at 6.48 p.m.", "Chairman"],
    header="Cabinet", header_right="2nd November 2022",
    footer=["- {n} -"],
    pdf_title="Cabinet 2 November 2022 minutes",
)

doc(
    name="Environment_and_Sustainability_19_March_2024_Minutes_Spelthorne", form="pdf-minutes",
    council="Spelthorne Borough Council", stated="yes", committee="Environment and Sustainability Committee",
    date="2024-03-19",
    logo="Spelthorne Borough Council",
    title_lines=["Minutes of the Environment and Sustainability Committee",
                 "19 March 2024",
                 "Council Chamber, Council Offices, Knowle Green, Staines-upon-Thames"],
    attendance=[("Present:", "Councillor S. Laleham (Chair), Councillor T. Shepperton (Vice-Chair), Councillors "
                             "Ashford, Sunbury, Stanwell, Halliford and Charlton."),
                ("Apologies:", "Councillor Littleton.")],
    items=[
        item("18/24", "Minutes", [
            "The minutes of the meeting held on 23 January 2024 were approved as a correct record."]),
        item("19/24", "Staines-upon-Thames: Riverside Moorings", [
            "The Committee considered a report on visitor moorings on the Thames beside the Memorial Gardens "
            "in Staines-upon-Thames, where boats often stay for weeks at a time and leave little room for "
            "visitors.",
            "It was proposed to mark out 14 visitor moorings along the gardens. Boats could moor free of charge "
            "for the first 24 hours, after which a charge of £10 a night would apply, up to a maximum stay of "
            "five nights.",
            "New mooring rings and signs would cost £38,000, to be paid from the Community Infrastructure Levy.",
            "Councillor Halliford asked whether boats could take on water. The Group Head of Neighbourhood "
            "Services said that a water point and an electricity bollard would be installed at the downstream "
            "end.",
            "Resolved that the Committee approves the riverside moorings scheme and the charges set out in the "
            "report, to start on 1 May 2024."]),
        item("20/24", "Dog Fouling at Laleham Park", [
            "Resolved that six additional dog waste bins be installed in Laleham Park and that they be emptied "
            "daily from April to September."]),
    ],
    closing=["The meeting ended at 8.05pm", "Chair"],
    header="Environment and Sustainability Committee, 19 March 2024",
    footer=["Spelthorne Borough Council", "Page {n}"],
    pdf_title="Environment and Sustainability Committee minutes",
)

doc(
    name="Cabinet_18_October_2022_Minutes_WSCC", form="pdf-minutes",
    council="West Sussex County Council", stated="yes", committee="Cabinet", date="2022-10-18",
    logo="West Sussex County Council",
    title_lines=["Cabinet",
                 "18 October 2022 - At a meeting of the Cabinet held at 10.00 am at County Hall, Chichester, "
                 "PO19 1RQ."],
    attendance=[("Present:", "Cllr Bosham (Chairman), Cllr Arundel, Cllr Midhurst, Cllr Petworth, Cllr Selsey, "
                             "Cllr Steyning and Cllr Storrington.")],
    items=[
        item("34.", "Minutes", [
            "Resolved - That the minutes of the meeting held on 20 September 2022 be approved as a correct "
            "record and that they be signed by the Chairman."]),
        item("35.", "Home to School Transport: Electric Minibuses", [
            "35.1 The Cabinet Member for Learning and Skills introduced a report proposing that the county "
            "council buy its own fleet of electric minibuses for pupils with special educational needs, rather "
            "than relying only on taxis hired for each route.",
            "35.2 Thirty electric minibuses would be bought at a cost of £2.7 million and based at depots in "
            "Crawley, Horsham and Lancing. The supplier would be Coastline Fleet, chosen from a national "
            "framework. Each minibus would carry up to eight pupils, and four of the fleet would take "
            "wheelchairs.",
            "35.3 The Cabinet Member said the council expected to save about £640,000 a year on taxi costs "
            "once the fleet was running.",
            "35.4 In response to a question, the Director of Children's Services said the manufacturer had not "
            "yet confirmed its delivery dates, so the date when the whole fleet would be in service could not "
            "be given; the first vehicles were hoped for in the spring term.",
            "35.5 Resolved - That the purchase of 30 electric minibuses be approved."]),
        item("36.", "Warm Spaces", [
            "Resolved - That grants of up to £1,500 be offered to community groups opening warm spaces this "
            "winter, and that libraries act as warm spaces during their opening hours."]),
    ],
    closing=["The meeting ended at 11.40 am", "Chairman"],
    header="Cabinet", header_right="18 October 2022",
    footer=["{n}"],
    pdf_title="Cabinet 18 October 2022",
)

doc(
    name="Cabinet_14042025_Minutes_Rotherham", form="pdf-minutes",
    council="Rotherham Metropolitan Borough Council", stated="yes", committee="Cabinet", date="2025-04-14",
    logo="ROTHERHAM METROPOLITAN BOROUGH COUNCIL",
    title_lines=["CABINET", "Monday 14 April 2025",
                 "Present:- Councillor Maltby (in the Chair); Councillors Brinsworth, Dinnington, Kimberworth, "
                 "Rawmarsh, Swinton and Wickersley."],
    attendance=[("Also in attendance:", "Councillor Thurcroft (Chair of the Overview and Scrutiny "
                                        "Management Board).")],
    items=[
        item("112.", "MINUTES OF THE PREVIOUS MEETING HELD ON 17 MARCH 2025", [
            "Resolved:- That the minutes of the meeting held on 17 March 2025 be approved as a true and correct "
            "record."]),
        item("113.", "ROTHER VALLEY COUNTRY PARK: WATERSPORTS CENTRE", [
            "Consideration was given to a report which set out plans for a new watersports centre on the "
            "northern shore of the main lake at Rother Valley Country Park, replacing the cabins used since the "
            "1980s.",
            "The centre would include changing rooms, a boat store, a first-floor café looking over the lake "
            "and a training room. It would cost £3.2 million, funded from the Levelling Up Fund.",
            "Once built, the centre would be run by Waterline Adventures under a ten-year concession, offering "
            "sailing, paddleboarding and kayaking and free taster sessions for Rotherham schools. It was "
            "expected to open in the summer of 2026.",
            "Councillor Kimberworth asked whether the centre would still be used by the sailing club. The "
            "Cabinet Member confirmed that the club would keep its base and its boat storage under the new "
            "arrangements.",
            "Resolved:- That the construction of the watersports centre at Rother Valley Country Park be "
            "approved, and that a ten-year concession be granted to Waterline Adventures."]),
        item("114.", "BUS SHELTERS", [
            "Resolved:- That 60 bus shelters in Maltby, Wath and Dinnington be fitted with solar-powered "
            "lighting."]),
    ],
    closing=["Chair"],
    header="CABINET - 14/04/25",
    footer=["Page {n}"],
    pdf_title="Cabinet 14 April 2025",
)


# =========================================================================== Public Document Packs (PDF)

doc(
    name="Cabinet_08122020_Agenda_Pack_Southwark", form="pdf-pack",
    council="London Borough of Southwark", stated="yes", committee="Cabinet", date="2020-12-08",
    cover=["Southwark Council", "Cabinet", "Tuesday 8 December 2020 at 11.00 am",
           "Online/Virtual: MS Teams"],
    cover_body=[
        "Open Agenda. Membership: Councillor Kieran Peckham (Chair), Councillors Bermondsey, Camberwell, "
        "Dulwich, Nunhead, Rotherhithe, Walworth and Borough.",
        "Contact: Sofia Elephant, Constitutional Officer, 020 7525 7055",
        "London Borough of Southwark, 160 Tooley Street, London SE1 2QH"],
    agenda=[("1", "Apologies"), ("2", "Notification of any items of business which the chair deems urgent"),
            ("3", "Minutes ({minutes})"), ("4", "Deputations / petitions"),
            ("5", "Cycle Hangars: Secure Residential Cycle Parking ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["CABINET",
                      "MINUTES of the OPEN section of the Cabinet held on Tuesday 10 November 2020 at 11.00 am. "
                      "This meeting was held online."],
    attendance=[("PRESENT:", "Councillor Kieran Peckham (Chair), Councillors Bermondsey, Camberwell, Dulwich, "
                             "Nunhead, Rotherhithe and Walworth.")],
    prev_items=[
        item("1.", "APOLOGIES", ["Apologies for absence were received from Councillor Borough."]),
        item("7.", "WALWORTH ROAD MURALS", [
            "RESOLVED: That the commissioning of five murals along Walworth Road, designed with local artists "
            "and residents, be approved at a cost of £45,000."]),
        item("8.", "BURGESS PARK: TENNIS COURTS", [
            "RESOLVED: That the six tennis courts in Burgess Park be resurfaced and floodlit, and that booking "
            "be free for under-18s."]),
    ],
    report={
        "title_lines": ["Item No. 5.", "CABINET - 8 DECEMBER 2020",
                        "CYCLE HANGARS: SECURE RESIDENTIAL CYCLE PARKING",
                        "Ward(s) or groups affected: All wards",
                        "Cabinet Member: Councillor Camberwell, Environment, Transport and the Climate Emergency"],
        "cover": [("Classification:", "Open"), ("Date:", "8 December 2020"),
                  ("Report of:", "Strategic Director of Environment and Leisure")],
        "sections": [
            ("RECOMMENDATIONS", [
                "1. That the Cabinet approves the installation of 300 further cycle hangars on residential "
                "streets over the next two years.",
                "2. That the contract to supply, install and manage the hangars be awarded to Kerbside Cycle "
                "Storage Ltd."]),
            ("BACKGROUND INFORMATION", [
                "3. Many Southwark residents live in flats with no room to keep a bicycle. A cycle hangar is a "
                "locked shelter that takes up half a car parking space and holds six bicycles.",
                "4. There are 412 hangars on Southwark's streets, and the waiting list for a space stands at "
                "over 4,700 people.",
                "5. Residents will pay £72 a year for a space, or £36 if they receive council tax reduction."]),
            ("KEY ISSUES FOR CONSIDERATION", [
                "6. The first 150 hangars will go to the streets with the longest waiting lists, in Peckham, "
                "Camberwell and Walworth. Where the second 150 will go is still to be decided: residents will "
                "be asked to request hangars for their streets in a consultation during 2021.",
                "7. The hangars will cost £1.1 million over two years, paid for from parking income."]),
        ],
    },
    header="", footer=["Page {n}"], number_offset=2,
    pdf_title="Cabinet 8 December 2020 agenda pack",
)

doc(
    name="Cabinet_08102024_Agenda_Pack_SMDC", form="pdf-pack",
    council="Staffordshire Moorlands District Council", stated="yes", committee="Cabinet", date="2024-10-08",
    cover=["STAFFORDSHIRE MOORLANDS DISTRICT COUNCIL", "CABINET", "8 October 2024",
           "Council Chamber, Moorlands House, Stockwell Street, Leek, ST13 6HQ, at 2.00 pm"],
    cover_body=[
        "To: Members of the Cabinet - Councillors Cheadle (Leader), Biddulph, Leek East, Ipstones, Alton and "
        "Werrington.",
        "Democratic Services contact: Harriet Rudyard, 01538 395 612"],
    agenda=[("1", "Apologies for absence"), ("2", "Declarations of interest"),
            ("3", "Minutes of the previous meeting ({minutes})"),
            ("4", "Biddulph Valley Leisure Centre: Decarbonisation ({report})")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["STAFFORDSHIRE MOORLANDS DISTRICT COUNCIL",
                      "Minutes of a meeting of the CABINET held on Tuesday 10th September 2024 at 2.00 pm"],
    attendance=[("PRESENT:", "Councillor Cheadle (Chair), Councillors Biddulph, Leek East, Ipstones and Alton."),
                ("APOLOGIES:", "Councillor Werrington.")],
    prev_items=[
        item("CAB 21", "MINUTES", [
            "RESOLVED: That the minutes of the meeting held on 6 August 2024 be approved as a correct record."]),
        item("CAB 22", "DOG CONTROL ORDER", [
            "RESOLVED: That a consultation be held on a Public Spaces Protection Order requiring dogs to be on "
            "leads in Brough Park, Leek, and on the Biddulph Grange Country Park lakeside paths."]),
        item("CAB 23", "CHEADLE TOWN CENTRE SHOP FRONTS", [
            "RESOLVED: That grants of up to £5,000 be offered for the restoration of traditional shop fronts in "
            "Cheadle town centre."]),
    ],
    report={
        "title_lines": ["STAFFORDSHIRE MOORLANDS DISTRICT COUNCIL", "Report to Cabinet",
                        "8 October 2024",
                        "TITLE: Biddulph Valley Leisure Centre: Decarbonisation",
                        "PORTFOLIO HOLDER: Councillor Biddulph, Climate Change and Leisure"],
        "cover": [("Wards affected:", "Biddulph North, Biddulph East, Biddulph South, Biddulph West"),
                  ("Key decision:", "Yes")],
        "sections": [
            ("1. Reason for the Report", [
                "1.1 To approve replacing the gas boilers at Biddulph Valley Leisure Centre with air source "
                "heat pumps, and fitting solar panels to the sports hall roof."]),
            ("2. Recommendations", [
                "2.1 That Cabinet approves the decarbonisation works at Biddulph Valley Leisure Centre at a "
                "cost of £1.9 million, and accepts a grant of £1.3 million from the Public Sector "
                "Decarbonisation Scheme."]),
            ("3. Executive Summary", [
                "3.1 The leisure centre's boilers are 24 years old and are the largest single source of the "
                "council's carbon emissions. The works would cut emissions at the centre by about 210 tonnes "
                "of carbon dioxide a year.",
                "3.2 The pool would close for three weeks in January 2025 while the new plant is connected; "
                "the gym and sports hall would stay open.",
                "3.3 Leek Leisure Centre also has old gas boilers. Officers intend to prepare a separate "
                "grant bid for that centre in a later round of the scheme.",
                "3.4 The council's remaining contribution of £600,000 would come from the climate change "
                "reserve."]),
        ],
    },
    header="", footer=["Page {n}"], number_offset=2,
    pdf_title="Cabinet 8 October 2024 agenda pack",
)

doc(
    name="Cabinet_10012023_Agenda_Pack_EastSuffolk", form="pdf-pack",
    council="East Suffolk Council", stated="yes", committee="Cabinet", date="2023-01-10",
    cover=["EAST SUFFOLK COUNCIL", "CABINET", "Tuesday, 10 January 2023 at 6.30 pm",
           "Deben Conference Room, East Suffolk House, Station Road, Melton, Woodbridge, IP12 1RT"],
    cover_body=[
        "Members: Councillor Aldeburgh (Leader), Councillors Beccles, Bungay, Framlingham, Halesworth, Kessingland, "
        "Saxmundham and Southwold.",
        "Contact: Democratic Services, 01502 523 521, democraticservices@eastsuffolk.gov.uk"],
    agenda=[("1", "Apologies for Absence"), ("2", "Declarations of Interest"),
            ("3", "Minutes ({minutes})"),
            ("4", "Felixstowe Seafront Shelters ({report})")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["Minutes of a Meeting of the Cabinet held in the Deben Conference Room, East Suffolk House, "
                      "on Tuesday, 6 December 2022 at 6.30pm"],
    attendance=[("Members of the Cabinet present:", "Councillor Aldeburgh (Chairman), Councillors Beccles, "
                                                    "Bungay, Framlingham, Halesworth and Southwold.")],
    prev_items=[
        item("1", "Apologies for Absence", [
            "Apologies for absence were received from Councillors Kessingland and Saxmundham."]),
        item("5", "Beach Huts at Southwold and Felixstowe", [
            "RESOLVED: That the annual licence fee for council-owned beach huts at Southwold and Felixstowe be "
            "increased by 5% from April 2023, and that 8 new beach huts be provided at Felixstowe South "
            "seafront."]),
        item("6", "Lowestoft Sparrow's Nest Gardens", [
            "RESOLVED: That the bowling green at Sparrow's Nest Gardens be converted to a lawn for community "
            "events."]),
    ],
    report={
        "title_lines": ["CABINET", "Tuesday, 10 January 2023", "FELIXSTOWE SEAFRONT SHELTERS"],
        "cover": [("Report by:", "Councillor Framlingham, Cabinet Member for the Seafronts"),
                  ("Supporting officer:", "Head of Operations"),
                  ("Is the report Open or Exempt?", "OPEN"),
                  ("Wards affected:", "Felixstowe North, Felixstowe South, Orwell and Villages")],
        "sections": [
            ("PURPOSE OF THE REPORT", [
                "1.1 To agree the replacement of the seafront shelters between Felixstowe Pier and the Spa "
                "Pavilion, and the consultation on their design."]),
            ("RECOMMENDATIONS", [
                "That Cabinet approves a budget of £410,000 for the replacement of nine seafront shelters at "
                "Felixstowe, and a public consultation on three design options."]),
            ("BACKGROUND", [
                "2.1 The nine shelters date from the 1950s. Their concrete roofs are spalling and two have been "
                "closed off. They are well used by older visitors and by people waiting for the land train.",
                "2.2 Three designs have been prepared: a copy of the existing shelters, a timber design with a "
                "green roof, and a glazed design with built-in seating facing the sea.",
                "2.3 The public consultation on the three designs will open in February 2023 and run for six "
                "weeks, with exhibitions at the Spa Pavilion and Felixstowe library. The preferred design will "
                "be brought back to Cabinet with the results.",
                "2.4 The new shelters are to be in place before the summer season of 2024."]),
        ],
    },
    header="", footer=["{n}"], number_offset=2,
    pdf_title="Cabinet 10 January 2023 agenda pack",
)


# =========================================================================== Word reports

doc(
    name="Cabinet_23_May_2024_Barry_Island_Changing_Places_Report_VoG", form="docx-report",
    council="Vale of Glamorgan Council", stated="yes", committee="Cabinet", date="2024-05-23",
    letterhead=["THE VALE OF GLAMORGAN COUNCIL", "CABINET: 23 MAY 2024",
                "REFERENCE FROM: Director of Environment and Housing"],
    report={
        "title_lines": ["BARRY ISLAND: CHANGING PLACES TOILET AND BEACH WHEELCHAIRS"],
        "cover": [("Purpose of the Report", "To seek approval for a Changing Places toilet at Barry Island and "
                                            "for a free beach wheelchair loan scheme."),
                  ("Report Owner", "Cabinet Member for Neighbourhood and Building Services"),
                  ("Responsible Officer", "Director of Environment and Housing"),
                  ("Elected Member and Officer Consultation", "Ward members for Baruc have been consulted."),
                  ("Policy Framework", "This is a matter for Executive decision.")],
        "sections": [
            ("Executive Summary", [
                "The nearest Changing Places toilet to Barry Island beach is in Cardiff. Families who need one "
                "told the Council that they could not stay at the beach for more than an hour or two.",
                "This report proposes building a Changing Places toilet, with a hoist, an adult-sized changing "
                "bench and a shower, in the former kiosk at the eastern end of the Promenade."]),
            ("Recommendations", [
                "1. That Cabinet approves the conversion of the eastern Promenade kiosk into a Changing Places "
                "toilet at a cost of £180,000.",
                "2. That Cabinet approves the purchase of four beach wheelchairs to be lent free of charge."]),
            ("Relevant Issues and Options", [
                "2.1 The Welsh Government has offered a grant of £120,000 towards the toilet; the remaining "
                "£60,000 would come from the Council's coastal budget.",
                "2.2 The toilet would be opened with a RADAR key or by the seafront staff, and would be "
                "available whenever the Promenade toilets are open. It is planned to open by Easter 2025.",
                "2.3 The four beach wheelchairs have wide balloon tyres for use on sand. How the loans will be "
                "managed, and by whom, is still being discussed with the RNLI lifeguards and the Barry Island "
                "traders; a booking system is expected to be in place before the wheelchairs arrive."]),
            ("Resources and Legal Considerations", [
                "3.1 Cleaning and maintenance would cost about £6,500 a year, to be met from the seafront "
                "budget."]),
            ("Background Papers", ["None."]),
        ],
    },
    header="Agenda Item: 9", footer=["Vale of Glamorgan Council - Cabinet 23 May 2024"],
    docx_author="Environment and Housing",
)

doc(
    name="Cabinet_16_February_2022_Dingle_Restoration_Report_Shropshire", form="docx-report",
    council="Shropshire Council", stated="yes", committee="Cabinet", date="2022-02-16",
    letterhead=["Shropshire Council", "Committee and Date", "Cabinet", "16th February 2022"],
    report={
        "title_lines": ["Quarry Park, Shrewsbury: Restoration of the Dingle"],
        "cover": [("Responsible Officer:", "Head of Outdoor Partnerships"),
                  ("Email:", "outdoor.partnerships@shropshire.gov.uk"),
                  ("Portfolio Holder:", "Councillor Edmund Bayston, Culture, Leisure and Tourism")],
        "sections": [
            ("1. Synopsis", [
                "1.1 The Dingle is the sunken garden at the heart of the Quarry in Shrewsbury. Its pools, "
                "cascade and stonework need repair, and this report seeks approval to restore them."]),
            ("2. Executive Summary", [
                "2.1 The pools in the Dingle have leaked for several years and have to be topped up with mains "
                "water through the summer. Several of the stone steps and the rockwork around the cascade have "
                "become unsafe and are fenced off.",
                "2.2 The pools would be drained and relined with clay, the cascade rebuilt with its original "
                "stone, and the steps and paths relaid. The stonework would be carried out by Severn "
                "Stoneworks, a specialist conservation contractor.",
                "2.3 The works would cost £460,000 and would take place between October 2022 and March 2023, "
                "when the bedding displays are at their quietest. The Dingle would be closed during the "
                "works; the rest of the Quarry would stay open."]),
            ("3. Recommendations", [
                "3.1 That Cabinet approves the restoration of the Dingle at a cost of £460,000, funded from "
                "the capital programme.",
                "3.2 That two additional seasonal gardeners be employed from April 2023 to care for the "
                "restored garden."]),
            ("4. Risk Assessment and Opportunities Appraisal", [
                "4.1 If the pools are not repaired, the loss of water will continue to undermine the rockwork, "
                "and parts of the garden may have to be closed permanently."]),
        ],
    },
    header="Cabinet, 16th February 2022; Quarry Park: the Dingle", footer=["Shropshire Council"],
    docx_author="Outdoor Partnerships",
)


# =========================================================================== Word minutes

doc(
    name="Environment_and_Housing_Committee_Minutes_02092021_Stirling", form="docx-minutes",
    council="Stirling Council", stated="yes", committee="Environment and Housing Committee", date="2021-09-02",
    title_lines=["Stirling Council",
                 "MINUTES of MEETING of the ENVIRONMENT AND HOUSING COMMITTEE held by video conference on "
                 "THURSDAY 2 SEPTEMBER 2021 at 10.00 am"],
    attendance=[("Present:", "Councillor Callander (in the Chair), Councillors Dunblane, Bridge of Allan, "
                             "Balfron, Killin, Bannockburn, Cowie, Fallin, Plean, Doune and Strathblane."),
                ("In Attendance:", "Senior Manager, Environment and Place; Committee Officer.")],
    items=[
        item("EH98", "DECLARATIONS OF INTEREST", ["There were no declarations of interest."]),
        item("EH99", "CAMBUSBARRON COMMUNITY WOODLAND", [
            "A report by the Senior Manager, Environment and Place, sought approval to extend the community "
            "woodland on the edge of Cambusbarron onto 12 hectares of former grazing land next to the existing "
            "wood.",
            "18,000 native trees, mostly oak, birch, rowan and hazel, would be planted over two winters, with "
            "help from local schools and the community woodland group. A grant of £210,000 from Scottish "
            "Forestry would meet most of the cost.",
            "The report also mentioned that land near Plean Country Park might be suitable for a second "
            "woodland in future years; no proposals had yet been drawn up for it.",
            "Councillor Balfron, seconded by Councillor Killin, moved an amendment that part of the site be kept "
            "as open grassland for walkers. On a vote being taken, 5 members voted for the amendment and 6 "
            "for the motion. The motion was accordingly carried.",
            "Decision",
            "The Committee agreed to approve the extension of the Cambusbarron community woodland as set out in "
            "the report."]),
        item("EH100", "CHANGING PLACES TOILETS", [
            "The Committee agreed that a Changing Places toilet be installed in the pavilion at King's Park, "
            "Stirling, and that a second be sought at the Engine Shed."]),
    ],
    closing=["The Chair declared the meeting closed at 11.20 am."],
    header="Environment and Housing Committee - 2 September 2021", footer=["Stirling Council", "{n}"],
    docx_author="Committee Services",
)

doc(
    name="Planning_Committee_Minutes_25042023_NKDC", form="docx-minutes",
    council="North Kesteven District Council", stated="yes", committee="Planning Committee", date="2023-04-25",
    title_lines=["NORTH KESTEVEN DISTRICT COUNCIL",
                 "PLANNING COMMITTEE",
                 "Minutes of a meeting held in the Council Chamber, Kesteven Street, Sleaford on Tuesday, "
                 "25 April 2023 at 2.00pm"],
    attendance=[("Present:", "Councillor Navenby (Chairman), Councillor Heckington (Vice-Chairman), Councillors "
                             "Billinghay, Bracebridge Heath, Branston, Cranwell, Leasingham, Metheringham, "
                             "Ruskington, Skellingthorpe, Waddington and Washingborough.")],
    items=[
        item("82.", "MINUTES", [
            "The minutes of the meeting held on 28 March 2023 were confirmed as a correct record."]),
        item("83.", "22/1534/FUL - SOLAR FARM, LAND WEST OF THE A15, DIGBY HEATH", [
            "The Committee considered an application for a solar farm of about 49 megawatts on 78 hectares of "
            "arable land west of the A15 near Digby, with battery storage and a substation, for 40 years.",
            "The Development Management Team Leader said that 312 letters of objection and 41 letters of "
            "support had been received. Digby Parish Council objected on the grounds of the loss of farmland "
            "and the effect on views from the village.",
            "Councillor Cranwell moved that the application be granted subject to a landscaping condition, "
            "and this was seconded by Councillor Leasingham.",
            "On being put to the vote, the motion was carried by 8 votes to 3, with 1 abstention. Councillors "
            "Billinghay, Metheringham and Waddington voted against.",
            "RESOLVED that planning permission be granted subject to the conditions set out in the report, "
            "with an additional condition requiring a hedge to be planted along the A15 before the panels are "
            "installed."]),
        item("84.", "23/0187/FUL - 24 DWELLINGS, LAND OFF MANOR STREET, RUSKINGTON", [
            "The Committee received a presentation on an application for 24 houses and bungalows, eight of "
            "them affordable, on a paddock off Manor Street, Ruskington.",
            "Members raised concerns about the width of the access lane and about surface water flooding on "
            "Manor Street. It was agreed that the application be deferred so that members could visit the "
            "site, and no vote was taken on it."]),
        item("85.", "23/0240/HOUS - 4 THE GREEN, WASHINGBOROUGH", [
            "The application was withdrawn by the applicant before the meeting."]),
    ],
    closing=["The meeting closed at 4.10pm.", "Chairman"],
    header="Planning Committee 25 April 2023", footer=["North Kesteven District Council"],
    docx_author="Democratic Services",
)


# =========================================================================== plain text

doc(
    name="Cabinet_Minutes_18_June_2025_Swindon", form="txt",
    council="Swindon Borough Council", stated="yes", committee="Cabinet", date="2025-06-18",
    title_lines=["SWINDON BOROUGH COUNCIL", "", "MINUTES OF THE CABINET MEETING",
                 "held on Wednesday 18th June 2025 at 6.00 p.m.", "Committee Room 6, Civic Offices, Euclid Street, Swindon"],
    attendance=[("Present:", "Councillors Gorse Hill (Chair), Penhill, Walcot, Covingham, Wroughton, Highworth "
                             "and Lydiard."),
                ("Also present:", "Councillor Blunsdon.")],
    items=[
        item("Cab.14", "Minutes", [
            "Resolved - That the minutes of the meeting held on 21st May 2025 be confirmed as a true record."]),
        item("Cab.15", "Coate Water Diving Board", [
            "The Cabinet Member for Heritage and Green Spaces introduced a report on the concrete diving "
            "board at Coate Water, which was built in 1935 and is listed at Grade II. Pieces of concrete have "
            "been falling from the underside of the platforms, and the structure has been fenced off since "
            "last autumn.",
            "The repairs would involve cutting out the damaged concrete, treating the steel reinforcement "
            "and recasting the lost sections to match the original. The work would cost £145,000 and would be "
            "carried out by Wessex Concrete Repair, who had carried out similar work on listed lidos.",
            "Historic England is due to inspect the structure with the council's engineers in July, before "
            "listed building consent is sought.",
            "Councillor Walcot asked whether swimming would return to the lake. The Cabinet Member said that "
            "the report was about the structure only and that swimming was not proposed.",
            "Resolved - That the repair of the Coate Water diving board be approved, subject to listed "
            "building consent."]),
        item("Cab.16", "Warm Spaces", [
            "The Cabinet noted that 34 warm spaces had opened in libraries, churches and community centres "
            "last winter.",
            "Resolved - That the warm spaces programme continue next winter, with grants of up to £800 for "
            "each venue."]),
    ],
    closing=["", "The meeting closed at 7.02 p.m.", ""],
)


# Reports above are written as (title, body) pairs; the renderers take report()'s dicts.
for _document in DOCUMENTS:
    if "report" in _document:
        _document["report"]["sections"] = [
            s if isinstance(s, dict) else {"title": s[0], "body": s[1]} for s in _document["report"]["sections"]]
