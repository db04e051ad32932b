"""The documents of bench/heldout11: invented business of real UK councils.

Every word of the business, the people and the figures is invented for this set; the councils,
their towns and buildings are real, and the layouts are heldout5's forms. make_heldout11.py draws
each dict by its `form` with bench/heldout5/make_heldout5.py's renderers; truth.csv is written from
`council`, `stated` (how the text names the council: `yes` in full, `short` only a short form or
abbreviation), `committee` (alternatives separated by `|`) and `date` (the meeting's, ISO). The
content format is heldout5's (as in heldout9's content.py); the words are this set's own.
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
    name="ieListDocuments_CId152_MId3187_Arun_Cabinet", form="mg-meeting",
    council="Arun District Council", stated="yes", committee="Cabinet", date="2022-06-13",
    site=site("Arun District Council", "https://democracy.arun.gov.uk",
              "Arun Civic Centre, Maltravers Road, Littlehampton, BN17 5LF", "© Arun District Council 2022",
              menu=["Home", "Councillors", "Committees", "Meetings", "Search documents"]),
    heading="Cabinet - Monday, 13th June, 2022 5.00 pm",
    venue="Council Chamber, Arun Civic Centre, Maltravers Road, Littlehampton, BN17 5LF",
    contact="Danielle Ferring, Committee Services. Tel: 01903 737 612",
    items=[
        item("112.", "Declarations of interest", [
            "Councillor Hollis declared a personal interest in item 114 as a member of the Mewsbrook Park "
            "Friends group."]),
        item("113.", "Bognor Regis Promenade: Additional Beach Huts", [
            "The Cabinet Member for Leisure and Wellbeing told members that the 48 council beach huts east of "
            "the pier were let every season and that the waiting list now held 260 names, some of them going "
            "back six years.",
            "It was proposed to place 36 new beach huts on the east promenade towards Felpham, in two "
            "staggered rows so that the sea view from the benches behind would be kept. The huts would be "
            "timber, painted in the five colours already used along the front, at a total cost of £198,000.",
            "The letting charge for a standard hut would be £720 a year, with a smaller hut at £540.",
            "Councillor Rosalind Yapton asked whether local people would lose out to visitors from further "
            "afield. The Cabinet Member replied that half of the new huts would be offered first to Arun "
            "residents on the waiting list.",
            "Members asked when the huts could be let. No date could yet be given, as the planning application "
            "for the huts had still to be determined and the timetable would follow from that.",
            "RESOLVED that the additional huts and the charges be approved."],
            links=[("Beach huts report", "388 KB"), ("Plan of the east promenade", "1 MB")]),
        item("114.", "Mewsbrook Park: Boating Lake", [
            "RESOLVED that £64,000 be allocated to remove silt from the boating lake at Mewsbrook Park, "
            "Littlehampton, and to repair its concrete edging."]),
        item("115.", "Littlehampton Seafront: Coach Parking", [
            "RESOLVED that coach parking on Banjo Road be limited to four hours between April and September."]),
    ],
)

doc(
    name="ieListDocuments_CId131_MId2768_BDBC_Cabinet", form="mg-meeting",
    council="Basingstoke and Deane Borough Council", stated="short", committee="Cabinet", date="2023-02-14",
    site=site("Basingstoke & Deane", "https://democracy.basingstoke.gov.uk",
              "Civic Offices, London Road, Basingstoke, RG21 4AH", "© BDBC 2023",
              menu=["Home", "Council meetings", "Your councillors", "Forward plan"],
              breadcrumb=["Home", "Committee structure", "Cabinet"]),
    heading="Cabinet - Tuesday, 14th February, 2023 7.00 pm",
    venue="Council Chamber, Civic Offices, London Road, Basingstoke, RG21 4AH",
    contact="Oliver Tadley, Committee Administrator. Email: committees@basingstoke.gov.uk",
    items=[
        item("CAB 61", "Minutes", [
            "The minutes of the meeting held on 17 January 2023 were agreed."]),
        item("CAB 62", "Top of Town: Shopfront Improvement Grants", [
            "The Cabinet Member for Regeneration said that the older streets at the top of the town, Church "
            "Street, London Street and Winton Square, had suffered as trade moved into Festival Place, and "
            "that many shopfronts were shabby or covered in roller shutters.",
            "Independent businesses would be able to claim grants of up to £10,000 each towards new shopfronts, "
            "signs and lighting, provided they matched the grant with their own money.",
            "A first round last autumn had drawn interest from 27 businesses, of which 11 had finished their "
            "works. Councillor Ashok Kempshott asked whether landlords of empty units could apply. The Cabinet "
            "Member said that landlords could apply if the unit was let within six months of the works.",
            "RESOLVED that a grant budget of £400,000 be approved for the next two years."],
            links=[("Shopfront grants report", "342 KB"), ("Design guide", "2 MB")]),
        item("CAB 63", "War Memorial Park: Aviary", [
            "RESOLVED that the aviary in War Memorial Park be rebuilt at a cost of £72,000, with new "
            "enclosures and a viewing shelter."]),
        item("CAB 64", "Council Tax Support 2023/24", [
            "RESOLVED that the council tax support scheme be recommended to Council with a maximum award of 85 "
            "per cent."]),
    ],
)

doc(
    name="ieListDocuments_CId117_MId4120_Breckland_Cabinet", form="mg-meeting",
    council="Breckland Council", stated="yes", committee="Cabinet", date="2024-01-22",
    site=site("Breckland Council", "https://democracy.breckland.gov.uk",
              "Elizabeth House, Walpole Loke, Dereham, NR19 1EE", "© Breckland Council 2024"),
    heading="Cabinet - Monday, 22nd January, 2024 10.00 am",
    venue="Anglia Room, Elizabeth House, Walpole Loke, Dereham, NR19 1EE",
    contact="Harriet Scoulton, Democratic Services. Tel: 01362 656 348",
    items=[
        item("1/24", "Minutes", [
            "The minutes of the meeting held on 27 November 2023 were confirmed as a correct record."]),
        item("2/24", "Thetford: Butten Island Footbridges", [
            "The Executive Member for Place explained that the two timber footbridges linking Butten Island "
            "with the riverside walks in Thetford had been shut since October, after an inspection found that "
            "the decking had rotted through in places.",
            "The bridges carried walkers between the Haling Path and the town centre, and their closure meant a "
            "detour of almost half a mile. Both would be replaced with galvanised steel spans and composite "
            "decking, at an estimated cost of £520,000, to be met from the capital programme.",
            "Councillor Gideon Threxton asked how people would reach the island in the meantime. The Executive "
            "Member said that a temporary route had been signed along Bridge Street.",
            "Who would carry out the work was not known at this stage: tenders would be invited in the spring "
            "and the contract awarded under delegated powers.",
            "RESOLVED that the replacement of both footbridges be approved."],
            links=[("Butten Island report", "421 KB")]),
        item("3/24", "Dereham: Cowper Road Car Park", [
            "RESOLVED that the surface of Cowper Road car park be renewed and its bays re-lined, at a cost of "
            "£47,500."]),
    ],
)

doc(
    name="ieListDocuments_CId126_MId1833_Dacorum_Cabinet", form="mg-meeting",
    council="Dacorum Borough Council", stated="yes", committee="Cabinet", date="2021-07-20",
    site=site("Dacorum Borough Council", "https://democracy.dacorum.gov.uk",
              "The Forum, Marlowes, Hemel Hempstead, HP1 1DN", "© Dacorum Borough Council 2021",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Have your say"]),
    heading="Cabinet - Tuesday, 20th July, 2021 7.30 pm",
    venue="Council Chamber, The Forum, Marlowes, Hemel Hempstead, HP1 1DN",
    contact="Lucinda Bovingdon, Member Support. Tel: 01442 228 209",
    items=[
        item("CA/71/21", "Minutes", [
            "The minutes of the meeting held on 22 June 2021 were agreed by the members present."]),
        item("CA/72/21", "Electric Vehicle Charging Points in Council Car Parks", [
            "The Portfolio Holder for Climate and Ecological Emergency reported that very few public chargers "
            "existed in the borough outside the big food stores, and that residents without driveways had asked "
            "for somewhere to charge near their homes.",
            "A specialist provider would install 64 charging points across 11 council car parks in Hemel "
            "Hempstead, Berkhamsted and Tring, at no cost to the council, in return for a 15-year concession.",
            "Drivers would pay 35p per kWh, and the council would receive a share of the income once the "
            "provider had recovered its costs.",
            "Councillor Marian Northchurch asked whether the bays could be taken by cars that were not charging. "
            "The Portfolio Holder said that a stay of four hours would be allowed, enforced by the civil "
            "enforcement officers.",
            "RESOLVED that the concession be awarded and the charging points installed."],
            links=[("Charging points report", "512 KB")]),
        item("CA/73/21", "Gadebridge Park: Roman Villa Markers", [
            "RESOLVED that the outline of the Roman villa in Gadebridge Park be marked out in the grass with "
            "low stone edging and an information board, at a cost of £21,000."]),
    ],
)

doc(
    name="ieListDocuments_CId134_MId2290_Chichester_Cabinet", form="mg-meeting",
    council="Chichester District Council", stated="yes", committee="Cabinet", date="2025-03-04",
    site=site("Chichester District Council", "https://chichester.moderngov.co.uk",
              "East Pallant House, 1 East Pallant, Chichester, PO19 1TY", "© Chichester District Council 2025",
              breadcrumb=["Home", "Council and democracy", "Committee meetings", "Cabinet"]),
    heading="Cabinet - Tuesday, 4th March, 2025 9.30 am",
    venue="Committee Rooms, East Pallant House, 1 East Pallant, Chichester, PO19 1TY",
    contact="Nadia Bosham, Democratic Services Officer. Tel: 01243 534 708",
    items=[
        item("489", "Declarations of interests", [
            "No declarations were made."]),
        item("490", "Priory Park: Guildhall Conservation Works", [
            "The Cabinet Member for Culture said that the Guildhall in Priory Park, the chancel of the old "
            "Greyfriars church, was one of the oldest buildings in the city, and that damp was now showing on "
            "the inside walls because rainwater was getting behind the flint facing.",
            "The works would repoint the flintwork, renew the lead gutters and repair the east window, at a "
            "cost of £310,000. A bid for £180,000 had been made to the National Lottery Heritage Fund; the "
            "Fund had yet to reach its decision, which was not expected before the summer.",
            "Councillor Lorna Apuldram asked whether the building would still be used for weddings. The Cabinet "
            "Member said that ceremonies booked for this year would be moved to the Council Chamber at East "
            "Pallant House.",
            "RESOLVED that the conservation works be approved, with the council's share of £130,000 met from "
            "reserves."],
            links=[("Guildhall report", "488 KB"), ("Condition survey", "3 MB")]),
        item("491", "Midhurst: Grange Road Car Park", [
            "RESOLVED that the first hour of parking at the Grange Road car park in Midhurst be made free from "
            "1 April 2025."]),
    ],
)

doc(
    name="ieListDocuments_CId140_MId1552_Hyndburn_Cabinet", form="mg-meeting",
    council="Hyndburn Borough Council", stated="yes", committee="Cabinet", date="2022-11-09",
    site=site("Hyndburn Borough Council", "https://democracy.hyndburnbc.gov.uk",
              "Scaitcliffe House, Ormerod Street, Accrington, BB5 0PF", "© Hyndburn Borough Council 2022",
              menu=["Home", "Meetings", "Councillors", "Library"]),
    heading="Cabinet - Wednesday, 9th November, 2022 6.00 pm",
    venue="Council Chamber, Accrington Town Hall, Blackburn Road, Accrington, BB5 1LA",
    contact="Bethany Rishton, Democratic Services. Tel: 01254 380 127",
    items=[
        item("34", "Minutes of the last meeting", [
            "The minutes of the meeting held on 12 October 2022 were signed as a correct record."]),
        item("35", "Hyndburn Leisure Centre: Swimming Pool Running Costs", [
            "The Portfolio Holder for Leisure reported that the gas bill for heating the swimming pools at "
            "Hyndburn Leisure Centre was now forecast at £590,000 for the year, against £210,000 the year "
            "before.",
            "To hold the cost down, the water in the main pool would be kept at 28 degrees, one degree cooler "
            "than now, and pool covers would be used overnight. Solar panels would be fitted to the roof of "
            "the pool hall at a cost of £275,000.",
            "Councillor Judith Huncoat asked whether swimming sessions would be cut. The Portfolio Holder said "
            "that no sessions would be cut this winter, although that would be looked at again in the spring.",
            "RESOLVED that the measures be approved and the solar panels added to the capital programme."],
            links=[("Leisure centre report", "367 KB")]),
        item("36", "Haworth Art Gallery: Loan of Glass", [
            "RESOLVED that six pieces from the Tiffany glass collection at the Haworth Art Gallery be lent to "
            "a touring exhibition for twelve months."]),
    ],
)


# =========================================================================== ModernGov item pages

doc(
    name="mgAi_ID5174_Lichfield_Cabinet", form="mg-item", council="Lichfield District Council", stated="yes",
    committee="Cabinet", date="2023-09-12",
    site=site("Lichfield District Council", "https://democracy.lichfielddc.gov.uk",
              "District Council House, Frog Lane, Lichfield, WS13 6YU", "© Lichfield District Council 2023"),
    meeting_line="12/09/2023 - Cabinet (Item 6)",
    items=[item("38", "Electric Vehicle Charging: Lombard Street and Burntwood", [
        "The Cabinet Member for Climate Change reported that a government grant of £340,000 had been secured "
        "to put public charging points into council car parks.",
        "A charging hub with eight rapid chargers would be built at the Lombard Street car park in Lichfield, "
        "and 12 fast charge points would be installed at Sankey's Corner in Burntwood, close to the shops.",
        "The price drivers would pay per unit had not yet been set; it would be agreed with the operator "
        "once the equipment had been chosen.",
        "Councillor Petra Whittington asked about drivers with disabilities. The Cabinet Member said that two "
        "bays at each site would be wider for disabled drivers and would have a dropped kerb.",
        "RESOLVED that the grant be accepted and the charging points procured."],
        links=[("Charging hub report", "295 KB"), ("Site plans", "1 MB")])],
)

doc(
    name="mgAi_ID9032_Maidstone_Cabinet", form="mg-item", council="Maidstone Borough Council", stated="yes",
    committee="Cabinet", date="2021-12-08",
    site=site("Maidstone Borough Council", "https://meetings.maidstone.gov.uk",
              "Maidstone House, King Street, Maidstone, ME15 6JQ", "© Maidstone Borough Council",
              menu=["Home", "Meetings", "Councillors", "Decisions", "Consultations"]),
    meeting_line="08/12/2021 - Cabinet (Item 14.)",
    items=[item("104.", "Town Centre CCTV: Camera Replacement", [
        "The Cabinet Member for Communities explained that the town centre had 58 public space CCTV cameras, "
        "watched from the control room in Maidstone House. Of these, 41 analogue cameras were more than "
        "twelve years old and gave pictures too poor to identify faces at night.",
        "They would be replaced with high-definition cameras linked by fibre, at a cost of £760,000 over two "
        "years, and the control room would be refitted with new screens.",
        "Councillor Graham Boxley asked whether Mote Park would be covered. The Cabinet Member said that four "
        "new cameras would cover the Mote Park car park and the main gate on Willington Street.",
        "RESOLVED that the camera replacement programme be approved and funded from the capital programme."],
        links=[("CCTV report", "318 KB")])],
)


# =========================================================================== ModernGov decision pages

doc(
    name="ieDecisionDetails_ID2719_WHBC_CCTV", form="mg-decision", council="Welwyn Hatfield Borough Council",
    stated="short", committee="Cabinet", date="2024-06-11",
    site=site("Welwyn Hatfield", "https://democracy.welhat.gov.uk",
              "Council Offices, The Campus, Welwyn Garden City, AL8 6AE", "© WHBC 2024",
              menu=["Home", "Meetings", "Councillors", "Decisions", "Petitions"]),
    decision_title="CCTV: Move to a Shared Monitoring Centre",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To agree that the borough's CCTV cameras be watched from a monitoring centre shared "
                      "with neighbouring councils in Hertfordshire."]),
        ("Decision:", [
            "Cabinet agreed:",
            "(a) that the 96 cameras in Welwyn Garden City, Hatfield town centre and the Galleria be monitored "
            "from the shared centre in Hertford;",
            "(b) that the council's control room at the Campus be closed once the cameras have been switched "
            "over;",
            "(c) that the date of the transfer be fixed by the partnership board, since it has not yet been "
            "agreed between the partners."]),
        ("Reasons for the decision:", [
            "The shared centre has operators on duty around the clock, which the council's own room cannot "
            "afford, and the move will save about £85,000 a year."]),
        ("Alternative options considered:", [
            "Keeping the council's own room open at night only was rejected, as it would still need new "
            "equipment within two years."]),
    ],
    tail=[("Publication date:", "13/06/2024"), ("Date of decision:", "11/06/2024"),
          ("Decided at meeting:", "11/06/2024 - Cabinet"), ("Effective from:", "21/06/2024")],
    links=[("Shared monitoring report", "260 KB")],
)

doc(
    name="ieDecisionDetails_ID4408_Fareham_Leisure_Centre", form="mg-decision",
    council="Fareham Borough Council", stated="yes", committee="Executive", date="2025-02-03",
    site=site("Fareham Borough Council", "https://moderngov.fareham.gov.uk",
              "Civic Offices, Civic Way, Fareham, PO16 7AZ", "© Fareham Borough Council 2025",
              menu=["Home", "Meetings", "Councillors", "Contact"]),
    decision_title="Fareham Leisure Centre: Pool Hall Roof Replacement",
    fields=[("Decision Maker:", "Executive"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To approve the replacement of the roof over the swimming pool hall at Fareham Leisure "
                      "Centre, Park Lane."]),
        ("Decision:", [
            "The Executive agreed:",
            "1. That the pool hall roof be replaced at a cost of £1.9 million, funded by borrowing.",
            "2. That the main pool and the learner pool close for 14 weeks from September 2025 while the work "
            "is done.",
            "3. That the learner pool be fitted with a movable floor during the closure, so that its depth can "
            "be changed for lessons and for older swimmers."]),
        ("Reasons for the decision:", [
            "A survey found corrosion in the steel roof beams caused by the warm, damp air of the pool hall, "
            "and the roof cannot be relied upon for more than another two winters."]),
        ("Alternative options considered:", [
            "Patching the beams was rejected because it would only add about five years to the roof's life."]),
    ],
    tail=[("Publication date:", "05/02/2025"), ("Date of decision:", "03/02/2025"),
          ("Decided at meeting:", "03/02/2025 - Executive"), ("Effective from:", "13/02/2025")],
    links=[("Pool hall roof report", "445 KB")],
)


# =========================================================================== printed minutes (PDF)

doc(
    name="Cabinet_7_April_2022_Minutes_Gedling", form="pdf-minutes", council="Gedling Borough Council",
    stated="yes", committee="Cabinet", date="2022-04-07",
    logo="GEDLING BOROUGH COUNCIL",
    title_lines=["MINUTES",
                 "CABINET",
                 "Thursday 7 April 2022",
                 "Council Chamber, Civic Centre, Arnot Hill Park, Arnold, NG5 6LU, at 2.00 pm"],
    attendance=[("Present:", "Councillor Redhill (Chair), Councillors Porchester, Daybrook, Carlton Hill, "
                             "Colwick and Netherfield."),
                ("Officers in attendance:", "Chief Executive; Head of Parks and Street Care; Democratic "
                                            "Services Officer.")],
    items=[
        item("88", "Minutes", [
            "RESOLVED: to approve the minutes of the meeting held on 3 March 2022 as a correct record."]),
        item("89", "Allotments: New Site at Killisick", [
            "The Portfolio Holder for Public Protection reported that the council's 14 allotment sites were "
            "full and that 340 people were waiting for a plot, some of them for more than three years.",
            "A field owned by the council off Killisick Road could be laid out as 30 new plots, with a "
            "hard-standing car park and a secure store for tools.",
            "The cost of connecting a mains water supply to the new site was not yet known, as Severn Trent "
            "had not given a quotation; the Portfolio Holder would report it once received.",
            "RESOLVED: to approve the new allotment site at Killisick, and that the rent for a full plot be "
            "£38 a year from 1 October 2022."]),
        item("90", "Carlton Square: Improvements", [
            "RESOLVED: to approve new seating, planters and lighting at Carlton Square at a cost of £56,000."]),
        item("91", "Bestwood Country Park: Winding House", [
            "The Cabinet noted that the Winding House at Bestwood would open to visitors on the first Sunday "
            "of each month from May."]),
    ],
    closing=["The meeting finished at 2.45 pm", "Signed by Chair:", "Date:"],
    header="Cabinet - 7 April 2022", footer=["{n}"],
    pdf_title="Cabinet minutes 7 April 2022",
)

doc(
    name="Executive_23_May_2023_Minutes_Guildford", form="pdf-minutes", council="Guildford Borough Council",
    stated="yes", committee="Executive", date="2023-05-23",
    logo="Guildford Borough Council",
    title_lines=["EXECUTIVE",
                 "23 May 2023",
                 "* Councillor Eliza Merrow (Leader of the Council)",
                 "Millmead House, Millmead, Guildford, Surrey GU2 4BB, 7.00 pm"],
    attendance=[("", "Councillors Tom Shalford, Amira Onslow, Peter Burpham and Kezia Worplesdon."),
                ("", "*Present")],
    items=[
        item("EX1", "DECLARATIONS OF INTEREST", [
            "There were no disclosures of interest."]),
        item("EX2", "URBAN TREE PLANTING PROGRAMME", [
            "The Lead Councillor for Climate Change introduced a programme to plant 5,000 trees in parks, "
            "verges and open spaces across the borough over four planting seasons, starting at Stoke Park and "
            "along the river corridor.",
            "Native species such as oak, hawthorn and wild cherry would be used in the parks, with smaller "
            "street varieties on the verges. The programme would cost £240,000, of which £90,000 would come "
            "from developer contributions.",
            "Councillor Onslow asked who would look after the young trees in dry summers. The Lead Councillor "
            "said that volunteer tree wardens in each ward would water the saplings for their first two "
            "summers, supported by the parks team.",
            "RESOLVED: That the urban tree planting programme be approved."]),
        item("EX3", "GUILDFORD CASTLE: GREAT TOWER", [
            "The Executive noted that the Great Tower of Guildford Castle had reopened for the season with a "
            "new display on the castle's time as a royal palace."]),
        item("EX4", "SHALFORD PARK: PAVILION", [
            "RESOLVED: That a lease of the pavilion at Shalford Park be granted to the local cricket club for 25 "
            "years."]),
    ],
    closing=["The meeting finished at 8.10 pm", "Signed ............................ Date ............",
             "Leader"],
    header="Executive: 23 May 2023", footer=["Page {n}"],
    pdf_title="Executive 23 May 2023 minutes",
)

doc(
    name="Cabinet_1_October_2024_Minutes_MDDC", form="pdf-minutes", council="Mid Devon District Council",
    stated="yes", committee="Cabinet", date="2024-10-01",
    logo="MID DEVON DISTRICT COUNCIL",
    title_lines=["MINUTES of a MEETING of the CABINET held on 1 October 2024 at 10.00 am",
                 "Phoenix Chamber, Phoenix House, Phoenix Lane, Tiverton, EX16 6PP"],
    attendance=[("Present", "Councillors Hannah Cullompton (Leader), Joseph Bampton, Ruth Halberton, "
                            "Nigel Sampford and Clare Uffculme"),
                ("Apologies", "Councillor Owen Morchard")],
    items=[
        item("60", "MINUTES OF THE PREVIOUS MEETING (00:03:10)", [
            "The minutes of the meeting held on 3 September 2024 were approved as a correct record and signed "
            "by the Leader."]),
        item("61", "GARDEN WASTE COLLECTION: CHARGES FOR 2025/26 (00:05:40)", [
            "The Cabinet Member for the Environment reported that 14,200 households now subscribed to the "
            "fortnightly garden waste collection, which was paid for by those who used it.",
            "The subscription would rise from £58 to £62 a year from April 2025 to cover higher fuel and "
            "vehicle costs. Residents could pay online or by telephone.",
            "Councillor Bampton asked whether households receiving council tax reduction would be offered a "
            "lower rate. The Cabinet Member said that this was being looked at and that no decision had yet "
            "been reached; officers would report back in January.",
            "RESOLVED that the garden waste subscription be set at £62 a year for 2025/26."]),
        item("62", "CREDITON: TOWN SQUARE SEATING (00:31:15)", [
            "RESOLVED that £18,500 be spent on new seating and cycle stands in the town square at Crediton."]),
        item("63", "TIVERTON: PHOENIX LANE CAR PARK (00:36:02)", [
            "The Cabinet noted that the parking tariff at Phoenix Lane car park would stay unchanged."]),
    ],
    closing=["(The meeting ended at 11.05 am)", "LEADER"],
    header="", footer=["{n}"],
    pdf_title="Cabinet 1 October 2024",
)

doc(
    name="Cabinet_Minutes_01092021_NFDC", form="pdf-minutes", council="New Forest District Council",
    stated="yes", committee="Cabinet", date="2021-09-01",
    logo="NEW FOREST DISTRICT COUNCIL",
    title_lines=["Minutes of a meeting of the Cabinet held in the Council Chamber, Appletree Court, Beaulieu "
                 "Road, Lyndhurst, SO43 7PA on Wednesday, 1 September 2021"],
    attendance=[("p", "Cllr Rhys Pennington (Chairman)"),
                ("p", "Cllr Martha Bransgore (Vice-Chairman)"),
                ("", "Councillors: p Cllr Alan Fordingbridge, p Cllr Susan Hythe-Marsh, Cllr Ian Bolderwood"),
                ("", "Officers attending: Chief Executive; Service Manager - Coastal; Democratic Services")],
    items=[
        item("21", "MINUTES", [
            "RESOLVED: That the minutes of the meeting held on 4 August 2021 be confirmed."]),
        item("22", "MILFORD ON SEA: REBUILDING THE BEACH HUTS", [
            "Cllr Fordingbridge, Portfolio Holder for Environment and Coastal Services, reminded members that "
            "119 beach huts on the seafront at Milford on Sea had been wrecked by the storm of the previous "
            "winter, and that the promenade behind them had been undermined.",
            "The huts would be rebuilt on a raised concrete platform, stepped back from the shingle and high "
            "enough to sit above the reach of the waves in all but the worst storms. The cost of the platform "
            "and the huts was estimated at £2.2 million.",
            "Hut owners whose huts had been destroyed would be offered a new hut on the same licence, at an "
            "annual charge of £1,200.",
            "RESOLVED: (a) That the rebuilding of the beach huts be approved; (b) That the scheme be funded "
            "from the coastal protection reserve and borrowing."]),
        item("23", "LYMINGTON: QUAY HILL RESURFACING", [
            "RESOLVED: That the cobbles of Quay Hill, Lymington be lifted and relaid at a cost of £84,000."]),
    ],
    closing=["CHAIRMAN", "(The meeting ended at 11.20 am)"],
    header="Cabinet 1 September 2021", footer=["- {n} -"],
    pdf_title="Cabinet minutes 1 September 2021",
)

doc(
    name="Executive_19_June_2025_Minutes_Pendle", form="pdf-minutes", council="Pendle Borough Council",
    stated="yes", committee="Executive", date="2025-06-19",
    logo="PENDLE BOROUGH COUNCIL",
    title_lines=["EXECUTIVE",
                 "19th June, 2025",
                 "Nelson Town Hall, Nelson, BB9 7LG",
                 "PRESENT - Councillor Harold Trawden (Chair)"],
    attendance=[("Councillors", "Fiona Barrowford, Adnan Brierfield, Gillian Earby and Stephen Foulridge"),
                ("Officers present", "Chief Executive; Environmental Services Manager; Committee Administrator")],
    items=[
        item("15.", "MINUTES", [
            "RESOLVED That the Minutes of the meeting held on 22nd May, 2025 be approved as a correct record."]),
        item("16.", "ALLOTMENTS: RENTS AND SECURITY", [
            "The Environmental Services Manager reported that the council let plots on nine allotment sites "
            "in Nelson, Colne and Brierfield, and that break-ins and arson had damaged sheds and greenhouses at "
            "the Walverden allotments three times since March.",
            "Those responsible had not been identified; the police were still making enquiries and no arrests "
            "had yet been made.",
            "Councillor Brierfield asked what could be done to protect the site. The Manager said that "
            "palisade fencing could be put up along the Walverden Road side for £22,000.",
            "RESOLVED (1) That the rent for a full plot be increased to £45 a year from 1 October 2025. "
            "(2) That £22,000 be released for fencing at Walverden."]),
        item("17.", "COLNE: DOCKRAY CAR PARK", [
            "RESOLVED That the Dockray car park in Colne be resurfaced at a cost of £39,000."]),
    ],
    closing=["Chair"],
    header="Executive (19.06.2025)", footer=["{n}"], header_from=1,
    pdf_title="Executive 19 June 2025",
)

doc(
    name="Cabinet_4_August_2022_Minutes_SBC", form="pdf-minutes", council="Stafford Borough Council",
    stated="yes", committee="Cabinet", date="2022-08-04",
    logo="STAFFORD BOROUGH COUNCIL",
    title_lines=["Minutes of the Cabinet held at the Civic Centre, Riverside, Stafford on Thursday 4 August "
                 "2022"],
    attendance=[("Chairman -", "Councillor Patrick Weeping Cross"),
                ("Councillors Present (Members of the Cabinet):", "A Baswich, J Rowley, M Tixall and "
                                                                  "F Gnosall")],
    items=[
        item("CAB24", "Stafford Market Hall", [
            "The Cabinet Member for Economic Development said that 17 of the 44 stalls in Stafford Market Hall "
            "were empty and that footfall had not recovered since the pandemic.",
            "New traders would pay half rent for the first year, and the Saturday outdoor market would move "
            "from the car park behind the hall into the Market Square, where shoppers could see it.",
            "Councillor Tixall asked whether the hall would open on Sundays. The Cabinet Member said that the "
            "hall would not open on Sundays, as most traders had said they did not want to.",
            "DECISION - That the changes to the market be agreed."]),
        item("CAB25", "Victoria Park: Bandstand Concerts", [
            "DECISION - That a summer programme of bandstand concerts in Victoria Park be held again in 2023."]),
        item("CAB26", "Stone: Crown Street Public Realm", [
            "DECISION - That £110,000 be spent on paving and seating in Crown Street, Stone."]),
    ],
    closing=["Chairman"],
    header="", footer=["{n}"],
    pdf_title="Cabinet 4 August 2022 minutes",
)


# =========================================================================== Public Document Packs

doc(
    name="Cabinet_02102023_Agenda_Pack_Rugby", form="pdf-pack", council="Rugby Borough Council",
    stated="yes", committee="Cabinet", date="2023-10-02",
    cover=["Cabinet", "Monday 2 October 2023 at 6.00 pm",
           "Council Chamber, Town Hall, Evreux Way, Rugby, CV21 2RR"],
    cover_body=["Rugby Borough Council",
                "Membership: Councillor Hillmorton (Leader), Councillors Bilton, Brownsover, Dunchurch, "
                "Eastlands, Newbold and Paddox.",
                "Contact: Verity Clifton, Democratic Services, 01788 533 525"],
    agenda=[("1", "Minutes ({minutes})"), ("2", "Apologies"), ("3", "Declarations of interest"),
            ("4", "Urban Tree Strategy ({report})"), ("5", "Motions referred by Council")],
    marks=["Agenda Item 1", "Agenda Item 4"],
    prev_title_lines=["Minutes of Cabinet", "4 September 2023",
                      "Present: Councillors Hillmorton (Chair), Bilton, Brownsover, Dunchurch, Eastlands and "
                      "Paddox."],
    attendance=[("Officers:", "Chief Executive; Chief Officer - Leisure and Wellbeing")],
    prev_items=[
        item("24.", "Minutes", [
            "The minutes of the meeting held on 31 July 2023 were approved and signed by the Leader."]),
        item("25.", "Caldecott Park: Bowls Pavilion", [
            "Cabinet considered a report on the bowls pavilion in Caldecott Park, whose roof leaked and whose "
            "changing rooms no longer met the needs of the club's older members.",
            "Resolved that the pavilion be refurbished at a cost of £85,000, with a new roof and an accessible "
            "changing room."]),
        item("26.", "Great Central Walk: Lighting", [
            "Resolved that solar studs be fitted along the Great Central Walk between Hillmorton Road and "
            "Ashlawn Road."]),
    ],
    report=report(
        ["AGENDA MANAGEMENT SHEET", "Report Title: Urban Tree Strategy", "Name of Committee: Cabinet",
         "Date of Meeting: 2 October 2023", "Report Director: Chief Officer - Leisure and Wellbeing"],
        [("Portfolio:", "Leisure and Wellbeing"), ("Ward Relevance:", "All"),
         ("Summary:", "The report sets out a strategy to increase the number of trees in the urban area.")],
        [("Recommendation", [
            "Cabinet approves the Urban Tree Strategy and a budget of £150,000 to 2030."]),
         ("1. Introduction", [
            "1.1 Trees cover about 14 per cent of the town, less than in many towns of its size, and cover is "
            "lowest in Brownsover and New Bilton.",
            "1.2 The strategy aims to raise canopy cover to 18 per cent by 2040 by planting 3,000 trees by "
            "2030 on verges, in parks and on school grounds.",
            "1.3 An application for £60,000 has been made to the Woodland Trust towards the cost."]),
         ("2. Where Trees Will Be Planted", [
            "2.1 The streets to be planted first have yet to be chosen. Ward councillors will be asked for "
            "suggestions over the winter, and a list will follow once the underground services have been "
            "checked."])]),
    header="", footer=["Page {n}"], number_offset=4,
)

doc(
    name="Policy_and_Resources_20032024_Agenda_Pack_Swale", form="pdf-pack", council="Swale Borough Council",
    stated="yes", committee="Policy and Resources Committee", date="2024-03-20",
    cover=["Policy and Resources Committee", "Meeting Date: Wednesday, 20 March 2024",
           "Time: 7.00 pm", "Venue: Council Chamber, Swale House, East Street, Sittingbourne, ME10 3HT"],
    cover_body=["Membership: Councillors Milton Regis (Chair), Teynham (Vice-Chair), Boughton, Eastchurch, "
                "Faversham Abbey, Iwade, Murston and Sheppey Central.",
                "Quorum = 6", "Swale Borough Council",
                "Information for the Public: Naomi Bapchild, Democratic Services Officer, 01795 417 262"],
    agenda=[("1.", "Emergency Evacuation Procedure"), ("2.", "Apologies for Absence"),
            ("3.", "Minutes ({minutes})"), ("4.", "Declarations of Interest"),
            ("5.", "Public Toilets: Future Provision ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["Policy and Resources Committee",
                      "MINUTES of the Meeting held in the Council Chamber, Swale House, East Street, "
                      "Sittingbourne, ME10 3HT on Wednesday, 24 January 2024 from 7.00 pm - 8.25 pm."],
    attendance=[("PRESENT:", "Councillors Milton Regis (Chair), Teynham (Vice-Chair), Boughton, Eastchurch, "
                             "Iwade and Murston."),
                ("OFFICERS PRESENT:", "Chief Executive; Head of Environment and Leisure")],
    prev_items=[
        item("611", "Minutes", [
            "The Minutes of the Meeting held on 29 November 2023 (Minute Nos. 540 - 556) were taken as read, "
            "approved and signed by the Chair as a correct record."]),
        item("612", "Faversham Recreation Ground: Bandstand", [
            "The Head of Environment and Leisure reported that the bandstand at the Recreation Ground in "
            "Faversham needed its roof and ironwork restoring.",
            "Resolved: (1) That the restoration of the bandstand be approved at a cost of £48,000."]),
        item("613", "Sheerness: Beachfields Park Events", [
            "Resolved: (1) That the events programme for Beachfields Park in 2024 be agreed."]),
    ],
    report=report(
        ["Policy and Resources Committee", "Meeting Date: 20 March 2024",
         "Report Title: Public Toilets: Future Provision", "EMT Lead: Director of Regeneration and "
         "Neighbourhoods", "Lead Officer: Head of Environment and Leisure"],
        [("Recommendations:", "1. To agree a charge of 50p at the busiest council toilets. 2. To offer three "
                              "blocks to town and parish councils.")],
        [("1 Purpose of Report and Executive Summary", [
            "1.1 The council runs 13 public toilet blocks across Sittingbourne, Faversham and the Isle of "
            "Sheppey, at a cost of £410,000 a year for cleaning, repairs and utilities."]),
         ("2 Background", [
            "2.1 The blocks at Leysdown, Minster Leas and Sheerness seafront are the busiest in summer. A "
            "charge of 50p would be made at these three, payable by card or phone.",
            "2.2 The blocks at Queenborough, Eastchurch and Newington would be offered to the town and parish "
            "councils, with a dowry equal to one year's running costs.",
            "2.3 All blocks would stay open during the changes, and opening hours would not be reduced."])]),
    header="", footer=["Page {n}"], number_offset=2,
)

doc(
    name="Cabinet_10032021_Agenda_Pack_TVBC", form="pdf-pack", council="Test Valley Borough Council",
    stated="yes", committee="Cabinet", date="2021-03-10",
    cover=["CABINET", "WEDNESDAY 10 MARCH 2021", "Time: 5.30 pm", "Place: Virtual meeting on Zoom"],
    cover_body=["TEST VALLEY BOROUGH COUNCIL",
                "Cabinet Members: Councillor Charlotte Abbotts Ann (Leader); Councillors Kimpton, Nursling, "
                "Stockbridge, Chilworth and Valley Park.",
                "For further information or enquiries please contact: Eleanor Wherwell, 01264 368 014"],
    agenda=[("1", "Apologies"), ("2", "Public Participation"), ("3", "Declarations of Interest"),
            ("4", "Urgent Items"), ("5", "Minutes of the meeting held on 10 February 2021 ({minutes})"),
            ("6", "Crosfield Hall, Romsey: Replacement ({report})")],
    marks=["Agenda Item 5", "Agenda Item 6"],
    prev_title_lines=["Minutes of the CABINET Meeting held virtually on Wednesday 10 February 2021 at 5.30 pm"],
    attendance=[("Attendance:", "Councillor Abbotts Ann (Chairman); Councillors Kimpton, Nursling, "
                                "Stockbridge and Chilworth")],
    prev_items=[
        item("84", "Minutes of the meeting held on 13 January 2021", [
            "Resolved: That the minutes of the meeting held on 13 January 2021 be confirmed and signed as a "
            "correct record."]),
        item("85", "Andover: Walled Garden", [
            "Consideration was given to a report on the former walled kitchen garden off Vigo Road in Andover, "
            "which volunteers wished to restore as a community garden.",
            "Resolved: That a grant of £35,000 be made towards new paths, raised beds and a tool store."]),
        item("86", "Andover Vision: Town Centre Masterplan", [
            "Resolved: That public engagement on the draft town centre masterplan be carried out in the spring."]),
    ],
    report=report(
        ["TEST VALLEY BOROUGH COUNCIL - CABINET - 10 MARCH 2021", "CROSFIELD HALL, ROMSEY: REPLACEMENT",
         "Report of the Community and Leisure Portfolio Holder"],
        [("Recommended:", "That Cabinet approves the replacement of the Crosfield Hall with a new community "
                          "hall on the same site, at an estimated cost of £6.8 million.")],
        [("1. Summary", [
            "1.1 The Crosfield Hall on Broadwater Road in Romsey was built in the 1970s and is now costly to "
            "heat and hard to adapt. It is hired by 42 groups, from dance schools to the Romsey Show committee."]),
         ("2. The Proposal", [
            "2.1 The new hall would have a main hall seating 300, three meeting rooms and a kitchen large "
            "enough for community lunches.",
            "2.2 No temporary venue has yet been identified for the groups who use the hall while it is "
            "rebuilt; officers are in talks with local churches and schools."])]),
    header="", footer=["Page {n}"], number_offset=2,
)


# =========================================================================== Word reports

doc(
    name="Community_and_Resources_26_September_2022_Public_Conveniences_Report_TDC", form="docx-report",
    council="Torridge District Council", stated="yes", committee="Community and Resources Committee",
    date="2022-09-26",
    letterhead=["TORRIDGE DISTRICT COUNCIL", "Community and Resources Committee", "26 September 2022",
                "Agenda Item 8"],
    report=report(
        ["Subject: Public Conveniences - Refurbishment and Charging"],
        [("Report by:", "Public Realm Manager"),
         ("Ward(s) affected:", "Westward Ho!; Appledore; Bideford East; Northam"),
         ("Contact officer:", "Rhiannon Abbotsham, Public Realm Manager, 01237 428 860")],
        [("1. Purpose", [
            "1.1 To seek approval for the refurbishment of six toilet blocks and the introduction of a charge "
            "at the busiest of them."]),
         ("2. Recommendations", [
            "2.1 That the refurbishment of six toilet blocks at Westward Ho!, Appledore and Bideford be "
            "approved at a cost of £290,000.",
            "2.2 That a contactless charge of 40p be introduced at the Westward Ho! slipway and Appledore Quay "
            "toilets."]),
         ("3. Background", [
            "3.1 The public toilets along the coast are used heavily by visitors and surfers in the summer and "
            "have suffered from damp, blocked drains and vandalism. Several cubicles have been out of use for "
            "most of the season.",
            "3.2 The refurbished blocks would have stainless steel fittings, better ventilation and lighting "
            "that switches off when not needed. The Westward Ho! slipway block would stay open until 10.00 pm "
            "in the summer."]),
         ("4. Financial Implications", [
            "4.1 The works would be funded from the council's capital programme. The charge is expected to "
            "cover the cost of cleaning at the two charging sites."])]),
    header="Community and Resources Committee 26.09.22", footer=["Torridge District Council"],
    docx_author="Public Realm",
)

doc(
    name="Executive_Board_4_December_2024_EV_Charging_Report_Wychavon", form="docx-report",
    council="Wychavon District Council", stated="yes", committee="Executive Board", date="2024-12-04",
    letterhead=["Wychavon District Council", "Executive Board", "4 December 2024",
                "Report of the Executive Board Member for Climate and Sustainability"],
    report=report(
        ["Electric Vehicle Charging Points in District Council Car Parks"],
        [("Relevant Portfolio Holder:", "Councillor Lydia Fladbury"),
         ("Relevant Head of Service:", "Head of Sustainable Communities"),
         ("Key Decision:", "Yes")],
        [("1. Purpose", [
            "1.1 To approve a partnership with a charging operator to provide electric vehicle charging "
            "points in council car parks."]),
         ("2. Recommendation", [
            "2.1 The Executive Board is asked to approve a 12-year agreement under which the operator installs "
            "40 charging points in car parks in Evesham, Pershore and Droitwich Spa."]),
         ("3. Background", [
            "3.1 The operator would pay for the equipment and the connections to the grid, and the council "
            "would receive 10 per cent of income from the charging points.",
            "3.2 The income the council can expect from its share is not yet known; it will depend on how "
            "quickly drivers take up the service.",
            "3.3 The largest groups of charging points would be at the Merstow Green car park in Evesham and "
            "the Saturday car park in Droitwich Spa."])]),
    header="", footer=["Executive Board - 4 December 2024"],
    docx_author="Sustainable Communities",
)


# =========================================================================== Word minutes

doc(
    name="Cabinet_Minutes_18012023_BBC", form="docx-minutes", council="Boston Borough Council",
    stated="yes", committee="Cabinet", date="2023-01-18",
    title_lines=["BOSTON BOROUGH COUNCIL",
                 "Minutes of a meeting of the CABINET held in the Committee Room, Municipal Buildings, West "
                 "Street, Boston, PE21 8QR, on Wednesday, 18th January, 2023 at 6.30 pm."],
    attendance=[("Present:", "Councillor Edwin Kirton, in the Chair. Councillors Wyberton, Frampton, "
                             "Fishtoft and Swineshead."),
                ("Officers:", "Deputy Chief Executive; Markets Manager; Democratic Services Officer.")],
    items=[
        item("42", "MINUTES", [
            "The minutes of the meeting held on 14 December 2022 were approved and signed by the Chair."]),
        item("43", "BOSTON MARKET: PITCHES AND CHARGES", [
            "The Markets Manager reported that the Wednesday and Saturday markets in the Market Place had 72 "
            "pitches, and that traders had asked for power so that they could run lights and card readers.",
            "Overhead electricity points would be put in along the length of the Market Place, and the daily "
            "pitch fee would rise to £18 a day from 1 April 2023 to cover their cost.",
            "Councillor Frampton asked whether traders who paid for a whole year would get a discount. The "
            "Markets Manager said that traders booking for the year would have every tenth day free.",
            "RESOLVED: That the pitch fees and the electricity points be approved."]),
        item("44", "BOSTON GUILDHALL: VISITOR NUMBERS", [
            "RESOLVED: That the report on visitor numbers at Boston Guildhall be noted and that the Guildhall "
            "open on Sundays in August."]),
    ],
    closing=["The Meeting ended at 7.20 pm.", "Chair"],
    header="", footer=["Cabinet 18 January 2023"],
    docx_author="Democratic Services",
)

doc(
    name="Policy_and_Finance_9_September_2025_Minutes_RVBC", form="docx-minutes",
    council="Ribble Valley Borough Council", stated="yes", committee="Policy and Finance Committee",
    date="2025-09-09",
    title_lines=["Minutes of Policy and Finance Committee",
                 "Meeting Date: Tuesday, 9 September 2025, starting at 6.30 pm",
                 "Present: Councillor Agnes Waddington (Chair)"],
    attendance=[("Councillors:", "D Chatburn, R Sabden, M Longridge, P Whalley and J Read"),
                ("In attendance:", "Chief Executive, Director of Resources and Head of Cultural and Leisure "
                                   "Services")],
    items=[
        item("310", "MINUTES", [
            "The minutes of the meeting held on 24 June 2025 were approved as a correct record and signed by "
            "the Chair."]),
        item("311", "CLITHEROE CASTLE MUSEUM: LIFT AND ACCESS", [
            "The Head of Cultural and Leisure Services reported that Clitheroe Castle Museum had welcomed "
            "54,000 visitors in 2024/25, but that visitors who could not manage stairs could reach only the "
            "ground floor galleries.",
            "A glass lift would be added at the rear of the museum to serve all three floors, at a cost of "
            "£260,000, of which £100,000 would come from a legacy left to the museum.",
            "Members asked when the lift would be in use. Officers could not yet say, as listed building "
            "consent for the lift was still awaited.",
            "RESOLVED THAT COMMITTEE approve the lift scheme and its funding."]),
        item("312", "EDISFORD BRIDGE CAR PARK", [
            "RESOLVED THAT COMMITTEE agree a charge of £3 for the day at the Edisford Bridge car park from "
            "April 2026."]),
    ],
    closing=["The meeting closed at 7.40 pm.",
             "If you have any queries on these minutes please contact the committee clerk, Tel: 01200 414 408."],
    header="Ribble Valley Borough Council", footer=["Policy and Finance Committee 9.9.25"],
    docx_author="Committee Services",
)


# =========================================================================== plain text

doc(
    name="Cabinet_29_July_2024_Rother", form="txt", council="Rother District Council",
    stated="yes", committee="Cabinet", date="2024-07-29",
    title_lines=["Rother District Council", "",
                 "CABINET", "",
                 "Minutes of the meeting of the Cabinet held at the Town Hall, London Road, Bexhill-on-Sea, "
                 "TN39 3JX on Monday 29 July 2024 at 6.00 pm", ""],
    attendance=[("Committee Members present:", "Councillors Lucy Sidley (Leader), Ben Catsfield, Clara "
                                               "Ticehurst, Dominic Northiam and Elaine Winchelsea."),
                ("Advisory Officers in attendance:", "Chief Executive, Director - Place and Climate Change, "
                                                     "Democratic Services Officer.")],
    items=[
        item("CB24/18.", "MINUTES", [
            "The minutes of the meeting held on 1 July 2024 were approved as a correct record of the "
            "proceedings."]),
        item("CB24/19.", "DE LA WARR PAVILION: BALCONY AND TERRACE REPAIRS", [
            "The Director - Place and Climate Change reported that the concrete of the south balconies and the "
            "roof terrace of the De La Warr Pavilion had cracked, letting salt water reach the steel inside, "
            "and that parts of the terrace had been fenced off.",
            "The repairs would cost £870,000. They would be carried out in phases so that the Pavilion could "
            "stay open for concerts and exhibitions throughout.",
            "Councillor Ticehurst asked whether the original colours would be kept. The Director said that the "
            "balconies would be repainted to match the 1935 finish, following advice from Historic England.",
            "RESOLVED: That the balcony and terrace repairs be approved at a cost of £870,000."]),
        item("CB24/20.", "RYE: STRAND QUAY MOORINGS", [
            "RESOLVED: That the overnight mooring fee at Strand Quay, Rye be set at £1.50 a metre."]),
    ],
    closing=["", "The meeting closed at 6.52 pm", "", "Leader"],
)
