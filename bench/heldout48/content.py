"""The documents of bench/heldout48: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout48.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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

doc(name="ieListDocuments_CId140_MId6218_Mansfield_Cabinet", form="mg-meeting",
    council="Mansfield District Council", stated="yes", committee="Cabinet", date="2024-07-16",
    site=site("Mansfield District Council", "https://www.mansfield.gov.uk",
              "Mansfield District Council, Civic Centre, Chesterfield Road South, Mansfield, Nottinghamshire NG19 7BH",
              "© Mansfield District Council 2024", menu=["Home", "Your council", "Councillors", "Meetings", "Have your say"]),
    heading="Agenda and minutes: Cabinet - Tuesday, 16th July, 2024 10.00 am",
    venue="Council Chamber, Civic Centre, Chesterfield Road South, Mansfield, NG19 7BH",
    contact="Corinne Halsall, Democratic Services Officer",
    items=[
        item("1", "Apologies for Absence", ["Apologies were received from Councillor Dawn Pilkerton."]),
        item("2", "Declarations of Interest", ["Councillor Ruairi Stenhouse declared a non-pecuniary interest in item 5 as a trustee of a Mansfield heritage charity and took no part in that item."]),
        item("3", "Minutes of the meeting held on 11 June 2024", ["The minutes of the meeting held on 11 June 2024 were approved as a correct record."]),
        item("4", "Public Spaces Protection Order (Dog Control) 2024", [
            "The Portfolio Holder for Neighbourhood Safety, Councillor Anwen Gatterick, introduced the report, which sought approval to renew the district's Public Spaces Protection Order for dog control for a further three years from 1 September 2024, with two changes.",
            "The Community Safety Manager, Fergal Oxtoby, said the eight-week consultation had closed on 24 May and had drawn 1,146 responses, of which 71 per cent supported the proposals. The first change would require dogs to be kept on leads in the children's play areas and around the bowling greens of Titchfield Park and Yeoman Hill Park. The second would limit any one person to walking no more than four dogs at a time on council land.",
            "Councillor Bryony Keswick asked whether anybody would actually enforce the order at weekends, when most complaints arose. Mr Oxtoby replied that weekend patrols would be carried out by Greyfield Patrol Services under the existing enforcement contract from the start of September, at no extra cost to the council.",
            "Members noted that the fixed penalty for a breach of the order would stay at £100, reduced to £60 if paid within ten days.",
            "RESOLVED that the Public Spaces Protection Order (Dog Control) 2024 be made as set out in Appendix A, to take effect on 1 September 2024.",
        ], links=[("Report: PSPO Dog Control", "412 KB"), ("Appendix A draft order", "198 KB"), ("Appendix B consultation results", "287 KB")]),
        item("5", "Old Town Hall Restoration: Progress Report", [
            "The Director of Place, Imogen Brackley, reported on the restoration of the Old Town Hall in the Market Place, funded largely from the Levelling Up Fund at an estimated cost of £4.2 million.",
            "A structural survey carried out in April had found wet rot in the main roof timbers above the former assembly room and cracking in two of the stone columns on the Market Place frontage. The survey had also confirmed that the clock tower was sound. The added cost of the roof and column repairs was put at £310,000, to be met from the project contingency.",
            "Councillor Keswick asked who would carry out the works. The Director said that the main contractor had not yet been chosen: four firms had bid, and the tender evaluation would not conclude until October, after which a recommendation would come back to Cabinet.",
            "The building was expected to reopen in the spring of 2026 with a visitor centre on the ground floor and flexible workspace above.",
            "RESOLVED that the progress report be noted and the use of £310,000 of contingency be approved.",
        ], links=[("Old Town Hall progress report", "356 KB")]),
        item("6", "Exclusion of the Press and Public", ["There were no exempt items."]),
    ])

doc(name="ieListDocuments_CId132_MId9841_Stockport_Planning", form="mg-meeting",
    council="Stockport Metropolitan Borough Council", stated="yes", committee="Planning and Highways Regulation Committee",
    date="2023-11-09",
    site=site("Stockport Metropolitan Borough Council", "https://democracy.stockport.gov.uk",
              "Stockport Metropolitan Borough Council, Town Hall, Edward Street, Stockport SK1 3XE",
              "Copyright Stockport Council 2023", breadcrumb=["Home", "Committees", "Planning and Highways Regulation Committee"]),
    heading="Agenda and minutes: Planning and Highways Regulation Committee - Thursday, 9th November, 2023 6.00 pm",
    venue="Committee Room 1, Town Hall, Edward Street, Stockport SK1 3XE",
    contact="Jonah Pellew, Democratic Services",
    items=[
        item("1.", "Minutes", ["The Minutes (copies of which had been circulated) of the meeting held on 12 October 2023 were approved as a correct record and signed by the Chair."]),
        item("2.", "Declarations of Interest", ["Councillor Marguerite Oyelaran declared that she had been lobbied on application DC/089412 but had kept an open mind."]),
        item("3.", "DC/089412 - 166 Wellington Road South, Stockport", [
            "A representative of the Director of Place Management submitted a report on an application to demolish the vacant former tyre centre at 166 Wellington Road South and erect a six-storey block of 36 flats, 11 of which would be affordable homes for social rent.",
            "An objector, Mr Selwyn Harte, spoke on behalf of residents of Greek Street, who feared the block would overshadow their gardens. The applicant's agent, Ms Priya Donnachie, replied that the top floor had been set back by three metres after earlier consultation and that a daylight study showed no garden would lose more than an hour of sun in March.",
            "Members questioned the absence of parking. The planning officer, Teodor Abernethy, said the site was within five minutes' walk of Stockport station and that the applicant would fund a car club space and 40 cycle spaces.",
            "Councillor Dermot Quayle moved that planning permission be granted as recommended, and this was seconded by Councillor Hanna Brisco. On being put to the vote, eight members voted in favour and four against.",
            "RESOLVED that planning permission be granted subject to the conditions in the report and a legal agreement securing the affordable homes.",
        ]),
        item("4.", "DC/088977 - Land off Torkington Road, Hazel Grove", [
            "The committee considered an outline application for up to 14 houses on a paddock off Torkington Road, Hazel Grove. Because the site was below the threshold for on-site affordable housing in this location, the applicant had offered a commuted sum of £210,000 towards affordable housing elsewhere in the borough.",
            "A ward councillor, Councillor Phyllida Marsh, spoke against the scheme, saying that the field flooded each winter. The Lead Local Flood Authority officer explained that the drainage strategy included an attenuation tank sized for a one in one hundred year storm plus 40 per cent for climate change.",
            "RESOLVED that outline planning permission be granted subject to conditions, including the approval of drainage details before any work starts on site.",
        ]),
        item("5.", "DC/090155 - 9 Bridge Lane, Bramhall", [
            "The application for a two-storey side extension and a detached garage was deferred at the request of the Chair so that members could visit the site and see its relationship to the neighbouring bungalow.",
        ]),
        item("6.", "Appeals and Enforcement Update", ["The committee noted that two appeals had been dismissed since the last meeting and one enforcement notice had been served on an unauthorised advertisement hoarding on Hillgate."]),
    ])

doc(name="ieListDocuments_CId139_MId8106_Lewisham_MayorCabinet", form="mg-meeting",
    council="London Borough of Lewisham", stated="yes", committee="Mayor and Cabinet", date="2024-03-06",
    site=site("London Borough of Lewisham", "https://councilmeetings.lewisham.gov.uk",
              "Lewisham Council, Civic Suite, Catford Road, London SE6 4RU",
              "© 2024 London Borough of Lewisham", menu=["Home", "Councillors", "Committees", "Meetings", "Forward plans", "Search documents"]),
    heading="Agenda and minutes: Mayor and Cabinet - Wednesday, 6th March, 2024 6.00 pm",
    venue="Civic Suite, Lewisham Town Hall, Catford Road, London SE6 4RU",
    contact="Adaeze Whitlock, Committee Officer",
    items=[
        item("1.", "Declarations of interests", ["There were no declarations of interest."]),
        item("2.", "Minutes", ["The minutes of the meeting held on 7 February 2024 were agreed as an accurate record."]),
        item("3.", "Damp and Mould in Council Homes: Action Plan", [
            "The Cabinet Member for Housing Management, Councillor Tobias Nwachukwu, introduced the report. He said the council had received 2,340 reports of damp and mould from its tenants during 2023, more than double the number received in 2021.",
            "The Director of Housing, Rosalind Fairweather, explained that every report would now be triaged within 24 hours, and that homes where a child or a person with a breathing condition lived would have an inspection within five working days. A new specialist contractor, Brightwell Property Care, had started on 1 February under a two-year contract worth £3.6 million.",
            "Councillor Esi Mandeville asked how tenants would know what was happening with their case. The Director replied that each tenant would be given a named case officer and a written timetable of works after the inspection.",
            "RESOLVED that the damp and mould action plan be approved and that progress be reported to the Housing Select Committee every six months.",
        ]),
        item("4.", "Ladywell Fields Play Area Renewal", [
            "The Mayor noted that the play area near the Ladywell Fields cafe had been closed for part of the summer because of worn equipment. Cabinet agreed to spend £380,000 from the parks capital budget on new equipment, including an accessible roundabout and a water play feature, with works to finish by July 2024.",
            "RESOLVED that the Ladywell Fields play area scheme be approved.",
        ]),
        item("5.", "Catford Broadway: Public Realm Proposals", [
            "The Cabinet Member for Inclusive Regeneration, Councillor Lucinda Ormerod, presented early proposals to close Catford Broadway to through traffic and widen the pavements around the market stalls.",
            "She said the council would run a public consultation on the proposals from 15 April to 10 June 2024, with drop-in sessions at Catford Library and the Broadway Theatre, and that a final scheme would come back to Mayor and Cabinet in the autumn once the responses had been analysed.",
            "Councillor Mandeville asked whether market traders would be consulted separately. Councillor Ormerod confirmed that there would be two meetings with the traders during the consultation period.",
            "RESOLVED that the proposals be approved for public consultation.",
        ]),
    ])

doc(name="ieListDocuments_CId147_MId5532_Eastbourne_Cabinet", form="mg-meeting",
    council="Eastbourne Borough Council", stated="yes", committee="Cabinet", date="2023-09-13",
    site=site("Eastbourne Borough Council", "https://democracy.eastbourne.gov.uk",
              "Eastbourne Borough Council, 1 Grove Road, Eastbourne BN21 4TW",
              "© Eastbourne Borough Council"),
    heading="Agenda and decisions: Cabinet - Wednesday, 13th September, 2023 6.00 pm",
    page_title="Agenda, decisions and minutes",
    venue="Court Room, Town Hall, Grove Road, Eastbourne, BN21 4UG",
    contact="Lowri Penhaligon, Committee Officer",
    items=[
        item("17", "Minutes of the meeting held on 12 July 2023.", ["The minutes of the meeting held on 12 July 2023 were submitted and approved and the Chair was authorised to sign them as a correct record."]),
        item("18", "Apologies for absence.", ["None were reported."]),
        item("19", "New beach huts at Holywell and Royal Parade", [
            "Cabinet considered the report of the Head of Tourism and Leisure, Matthias Carrow, proposing 42 new beach huts: 26 on the lower promenade at Holywell and 16 on Royal Parade east of the Redoubt.",
            "Mr Carrow said the waiting list for a council beach hut stood at 612 names, and some people had been waiting since 2016. The new huts would be let on annual licences at £1,450 a year for Holywell and £1,180 a year for Royal Parade, and were expected to bring in about £56,000 a year once all were let.",
            "Councillor Josiah Fennimore asked how the huts would stand up to winter storms. Mr Carrow replied that the huts would be fixed to new concrete bases and that the Royal Parade huts would be moved to the Fort Fun store each November and returned before Easter.",
            "The capital cost of £388,000 would be met by prudential borrowing repaid from the licence income over ten years.",
            "Resolved (key decision): (1) To approve the installation of 42 new beach huts as set out in the report. (2) To delegate the allocation policy for the new huts to the Head of Tourism and Leisure in consultation with the Cabinet member.",
        ]),
        item("20", "Redoubt Fortress roof repairs", [
            "Cabinet noted that water had been entering the casemates of the Redoubt Fortress through the gun platform. The repairs were estimated at £265,000, of which £180,000 would come from a heritage grant and the remainder from the council's repairs reserve.",
            "Resolved: To approve the repair scheme and accept the grant.",
        ]),
        item("21", "Corporate performance, quarter 1 2023/24", [
            "Cabinet noted that 94 per cent of household planning applications had been decided in time, and that the average time to relet an empty council home had fallen to 31 days.",
        ]),
    ])

doc(name="ieListDocuments_CId113_MId4470_Tamworth_Cabinet", form="mg-meeting",
    council="Tamworth Borough Council", stated="yes", committee="Cabinet", date="2024-01-25",
    site=site("Tamworth Borough Council", "https://democracy.tamworth.gov.uk",
              "Tamworth Borough Council, Marmion House, Lichfield Street, Tamworth, Staffordshire B79 7BZ",
              "Tamworth Borough Council © 2024"),
    heading="Agenda and minutes: Cabinet - Thursday, 25th January, 2024 6.00 pm",
    venue="Council Chamber, Marmion House",
    contact="Democratic Services: Harriet Quenby",
    items=[
        item("112", "Apologies for Absence", ["Apologies were received from Councillor Neville Prothero."]),
        item("113", "Minutes of the Previous Meeting", ["The minutes of the meeting held on 14th December 2023 were approved and signed as a correct record (moved by Councillor Sabine Arkwright and seconded by Councillor Callum Dewsbury)."]),
        item("114", "Question Time", ["Question from Councillor Ottilie Brennand to the Portfolio Holder for Town Centre: \"When will the Assembly Rooms reopen?\" Answer: \"The Assembly Rooms are due to reopen in April 2024, with the first public performance booked for 20 April.\""]),
        item("115", "Electric Vehicle Charge Points in Council Car Parks", [
            "The Portfolio Holder for Environment and Climate Change, Councillor Sabine Arkwright, presented the report on a concession to install public charge points in council car parks.",
            "The Assistant Director for Assets, Benedict Ransome, said that after a procurement exercise the preferred operator was Voltaro Charging Ltd, which would install 24 charge points across the Spinning School Lane, Marmion Street and Castle car parks at its own cost under a 15 year concession. The council would receive 10 per cent of the net income from each charge point.",
            "Councillor Dewsbury asked what drivers would pay. Mr Ransome said the price per kilowatt hour had not been fixed: the operator would set its tariff nearer the go-live date and the council would only have a right to be consulted on it.",
            "Six of the charge points would be rapid chargers, and installation was expected to be complete by October 2024.",
            "RESOLVED that: 1. the concession be awarded to Voltaro Charging Ltd; and 2. the Assistant Director for Assets be authorised to complete the lease of the charging bays.",
        ]),
        item("116", "Castle Grounds Events Programme 2024", [
            "Cabinet approved a programme of 18 events in the Castle Grounds for 2024, including the Tamworth Food Festival on 1 and 2 June. The programme would cost £142,000, offset by £61,000 of expected sponsorship and stall income.",
            "RESOLVED that the programme be approved.",
        ]),
    ])

doc(name="ieListDocuments_CId160_MId2288_Guildford_Executive", form="mg-meeting",
    council="Guildford Borough Council", stated="yes", committee="Executive", date="2024-10-22",
    site=site("Guildford Borough Council", "https://democracy.guildford.gov.uk",
              "Guildford Borough Council, Millmead House, Millmead, Guildford, Surrey GU2 4BB",
              "© Guildford Borough Council 2024"),
    heading="Agenda and minutes: Executive - Tuesday, 22nd October, 2024 7.00 pm",
    venue="Council Chamber, Millmead House, Millmead, Guildford, Surrey GU2 4BB",
    contact="Kestrel Amberley, Committee Officer",
    items=[
        item("EX41", "Apologies for absence", ["There were no apologies for absence."]),
        item("EX42", "Minutes", ["The Executive confirmed the minutes of the meeting held on 24 September 2024."]),
        item("EX43", "Housing Stock Condition Survey and Damp Response", [
            "The Lead Councillor for Housing, Councillor Wilhelmina Strand, introduced the findings of the stock condition survey of the council's 5,200 homes, which had been completed by surveyors in the summer.",
            "The survey found damp or mould in 412 homes, 38 of them serious enough to be a category one hazard, and estimated that £61 million would need to be spent on the housing stock over the next ten years to keep it to the decent homes standard.",
            "The Executive Head of Housing, Jerome Tavistock, said the 38 homes with the worst conditions had all been visited, and that all tenants in those homes had been offered a temporary move while work was done. Ventilation and insulation works would be carried out first at the Bellfields and Park Barn estates.",
            "Councillor Ishaan Colville asked whether tenants would be charged for the works. Councillor Strand confirmed they would not: the works would be paid for from the Housing Revenue Account.",
            "RESOLVED: That the findings of the survey be noted and the damp and mould response plan be adopted.",
        ]),
        item("EX44", "Review of Car Parking Charges", [
            "The Executive considered proposals to change charges in council car parks from 1 January 2025. The charge for three hours at the York Road multi storey car park would rise from £6.20 to £6.80. Smaller increases were proposed at the Bright Hill and Millbrook car parks, where demand had been lower since 2023.",
            "Councillor Colville asked whether evening charges would change. The Lead Councillor for Transport, Councillor Ptolemy Haverford, said that the flat evening charge of £2 after 6pm would stay the same in all car parks.",
            "RESOLVED: That the revised charges be approved.",
        ]),
        item("EX45", "Stoke Park: Tennis Courts Resurfacing", [
            "The Executive approved £136,000 to resurface and floodlight the six public tennis courts in Stoke Park, with works to start in November 2024 so that the courts can reopen for the spring.",
        ]),
    ])

# ============================================================================ ModernGov item pages

doc(name="mgAi_ID61944_Hertsmere_OverviewScrutiny", form="mg-item",
    council="Hertsmere Borough Council", stated="yes", committee="Overview and Scrutiny Committee", date="2024-11-20",
    site=site("Hertsmere Borough Council", "https://www5.hertsmere.gov.uk/democracy",
              "Hertsmere Borough Council, Civic Offices, Elstree Way, Borehamwood, Hertfordshire WD6 1WA",
              "© Hertsmere Borough Council"),
    meeting_line="20/11/2024 - Overview and Scrutiny Committee (Item 7)",
    items=[item("7", "Public Spaces Protection Orders: Dog Control and Borehamwood Town Centre", [
        "The Committee received a report from the Head of Community Safety, Leontyne Fairbrass, on the two Public Spaces Protection Orders in force in the borough: the dog control order covering all council parks and open spaces, and the Borehamwood town centre order covering street drinking and aggressive begging in Shenley Road.",
        "Ms Fairbrass said that the dog control order had been in place since 2021 and required dogs to be on leads in Aberford Park, Meadow Park and the Bushey Rose Garden, and excluded dogs altogether from fenced play areas. In the twelve months to September 2024, officers had issued 47 fixed penalty notices for dog fouling and 19 for dogs off leads.",
        "Councillor Aurelio Whitcombe asked why so few notices were issued in Potters Bar. Ms Fairbrass replied that the warden team had been one post short for most of the year, and that the vacancy had been filled in October, so patrols in Potters Bar and Radlett would increase over the winter.",
        "On the town centre order, Ms Fairbrass reported that the order would lapse in July 2025. An independent review of whether it had reduced street drinking in Shenley Road would be commissioned in the new year and reported to the Committee in the spring, before any decision on renewal was taken.",
        "Councillor Greta Lindqvist asked whether the dog control order could be extended to Bushey Heath. The Chair, Councillor Marcus Penwarden, suggested this be considered as part of the order's renewal in 2027.",
        "RESOLVED that the report be noted and that the review of the Borehamwood town centre order be reported to the Committee before a decision on renewal.",
    ], intro="Report of the Head of Community Safety.",
        links=[("PSPO update report", "301 KB"), ("Appendix 1 - enforcement figures", "88 KB")])])

doc(name="mgAi_ID33871_Halton_EUR_PPB", form="mg-item",
    council="Halton Borough Council", stated="yes", committee="Environment and Urban Renewal Policy and Performance Board",
    date="2023-06-21",
    site=site("Halton Borough Council", "https://councillors.halton.gov.uk",
              "Halton Borough Council, Municipal Building, Kingsway, Widnes WA8 7QF",
              "© Copyright Halton Borough Council", menu=["Home", "Councillors", "Committees", "Meetings", "Library"]),
    meeting_line="21/06/2023 - Environment and Urban Renewal Policy and Performance Board (Item 5)",
    items=[item("5", "Dog Control in Parks and Open Spaces", [
        "The Board considered a report of the Executive Director, Environment and Regeneration, on complaints about dogs in the borough's parks and a proposal to replace the old dog control byelaws with a Public Spaces Protection Order.",
        "The Open Spaces Manager, Crispin Holroyd, said that the old byelaws dated from 1998 and covered only some parks. Complaints about dogs in Victoria Park, Widnes and Town Park, Runcorn had risen from 84 in 2021 to 139 in 2022, mostly about dogs running loose near children's play areas and the Victoria Park bandstand.",
        "The proposed order would require dogs to be on leads in Victoria Park, Town Park and Phoenix Park, exclude dogs from all fenced play areas and sports pitches, and require anyone in charge of a dog to pick up after it anywhere in the borough.",
        "Councillor Mairead Tolland asked about the exemption for assistance dogs. Mr Holroyd confirmed that assistance dogs would be exempt from every part of the order, as under the byelaws.",
        "Councillor Osric Bamford said that the Spike Island and Wigg Island nature areas should stay open to dogs off leads, as they were popular with walkers. Mr Holroyd agreed that no lead requirement was proposed there.",
        "RESOLVED: That the Board supports a six-week public consultation on the draft order and asks for the results to be reported back to the Board in the autumn.",
    ], intro="The Board considered a report of the Executive Director, Environment and Regeneration.",
        links=[("Dog Control report", "244 KB"), ("Draft PSPO plan", "1 MB")])])

# ============================================================================ ModernGov decision pages

doc(name="ieDecisionDetails_ID8873_Gloucestershire_Potholes", form="mg-decision",
    council="Gloucestershire County Council", stated="yes", committee="Cabinet Member for Highways and Flood",
    date="2024-03-28",
    site=site("Gloucestershire County Council", "https://glostext.gloucestershire.gov.uk",
              "Gloucestershire County Council, Shire Hall, Westgate Street, Gloucester GL1 2TG",
              "© Gloucestershire County Council 2024", breadcrumb=["Home", "Decisions", "Decision details"]),
    decision_title="Additional Pothole and Carriageway Repair Programme 2024/25",
    fields=[("Decision Maker:", "Cabinet Member for Highways and Flood"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes"),
            ("Divisions affected:", "(All Divisions);")],
    sections=[
        ("Purpose:", ["To approve an additional programme of pothole repairs and carriageway patching for 2024/25, funded from the one off highways allocation announced in the county council's budget in February 2024."]),
        ("Decision:", [
            "The Cabinet Member for Highways and Flood, Councillor Everard Lamplugh, having considered the report and the views of officers, DECIDED to:",
            "- approve additional spending of £3.5 million on pothole repairs and carriageway patching in 2024/25;",
            "- award the work as a variation to the existing highways term contract held by Marlwood Highways Ltd;",
            "- prioritise the A38 between Gloucester and the Severn Vale, the A4135 near Dursley and the B4060 through Wotton-under-Edge for early patching works between May and July 2024.",
        ]),
        ("Reasons for the decision:", [
            "The winter of 2023/24 was one of the wettest on record in the county. Highway inspectors recorded 14,870 reported potholes between October and February, 42 per cent more than in the same period a year earlier, and claims against the council for vehicle damage rose to 611.",
            "Patching whole lengths of road rather than filling single holes lasts longer and is expected to reduce repeat visits by about a third.",
            "The programme for the Forest of Dean and Cotswold districts has not yet been drawn up: the roads to be treated there will be chosen once the spring condition surveys are finished in late April, and the lists will be published on the council's website.",
        ]),
        ("Alternative options considered:", ["Spreading the money over two years was rejected because the deterioration seen over the winter would worsen and cost more to repair later."]),
        ("Interests and Nature of Interests Declared:", ["None."]),
        ("Report author:", ["Saoirse Bellingham, Head of Highways Asset Management"]),
    ],
    tail=[("Publication date:", "28/03/2024"), ("Date of decision:", "28/03/2024"), ("Effective from:", "06/04/2024")],
    links=[("Additional pothole programme 2024/25 - decision report", "534 KB")])

doc(name="ieDecisionDetails_ID5127_Cherwell_BanburyMarket", form="mg-decision",
    council="Cherwell District Council", stated="yes", committee="Executive", date="2024-09-02",
    site=site("Cherwell District Council", "https://modgov.cherwell.gov.uk",
              "Cherwell District Council, Bodicote House, Bodicote, Banbury, Oxfordshire OX15 4AA",
              "© Cherwell District Council"),
    decision_title="Banbury Market: Relocation and New Operating Arrangements",
    fields=[("Decision Maker:", "Executive"), ("Decision status:", "Implemented"), ("Is Key decision?:", "Yes"),
            ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To agree the return of Banbury's Thursday and Saturday markets to the Market Place, and new arrangements for running them from April 2025."]),
        ("Decision:", [
            "Resolved",
            "(1) That the Thursday and Saturday markets be moved from Bridge Street back to the Market Place from 3 April 2025, with space for up to 48 stalls on each market day.",
            "(2) That the council run the markets directly when the current operator's contract ends on 31 March 2025, and that a part-time market officer post be created.",
            "(3) That stall fees be frozen at £28 a day for the first year, with a 50 per cent discount for new traders for their first three months.",
        ]),
        ("Reasons for the decision:", [
            "Trader numbers have fallen from 41 regular stalls in 2019 to 23 in 2024. Traders told the council in a survey earlier this year that Bridge Street was too narrow and had too little passing trade. The Market Place offers more space and shelter and is close to the Castle Quay shopping centre.",
            "The Portfolio Holder for Economy, Councillor Delphine Radwell, told the Executive that the move would be judged against footfall in the town centre. A footfall study covering the Market Place, Parsons Street and Castle Quay will be commissioned in early 2025, before the move, and repeated a year later.",
        ]),
        ("Alternative options considered:", [
            "Option 1: Leave the markets in Bridge Street and retender the operator contract. Rejected, as traders said they would leave.",
            "Option 2: Close the Saturday market. Rejected, as Saturday remains the busier market day.",
        ]),
        ("Report author:", ["Caspian Ellery, Economic Growth Manager"]),
    ],
    tail=[("Publication date:", "04/09/2024"), ("Date of decision:", "02/09/2024"), ("Decided at meeting:", "02/09/2024 - Executive"), ("Effective from:", "12/09/2024")],
    links=[("Banbury Market relocation report", "402 KB")])

# ============================================================================ printed PDF minutes

doc(name="CBC_Cabinet_Minutes_27Feb2024", form="pdf-minutes",
    council="Chesterfield Borough Council", stated="yes", committee="Cabinet", date="2024-02-27",
    pdf_title="Cabinet minutes 27 February 2024", pdf_author="Democratic Services",
    title_lines=["CHESTERFIELD BOROUGH COUNCIL", "CABINET",
                 "Minutes of the meeting held on Tuesday, 27 February 2024 at 10.30 am in Committee Room 1, Town Hall, Rose Hill, Chesterfield"],
    attendance=[("Present:", "Councillor Gwendolen Ashcombe (Chair); Councillors Barnaby Holloway, Nkechi Ferrand, Teague Ormsby and Lilias Cartwright."),
                ("Also present:", "Councillor Hamish Dunstable (Leader of the Opposition).")],
    items=[
        item("84", "DECLARATIONS OF MEMBERS' AND OFFICERS' INTERESTS", ["No declarations of interest were made."]),
        item("85", "MINUTES", ["RESOLVED: That the minutes of the meeting of Cabinet held on 30 January 2024 be approved as a correct record and signed by the Chair."]),
        item("86", "QUEEN'S PARK SPORTS CENTRE: POOL IMPROVEMENTS", [
            "The Cabinet Member for Health and Wellbeing, Councillor Nkechi Ferrand, presented a report on improvements to the learner pool at Queen's Park Sports Centre.",
            "The Leisure Services Manager, Ambrose Kettering, reported that the learner pool was now booked to capacity for swimming lessons, with 1,380 children on lessons each week and a waiting list of 260. A moveable floor would allow the depth of the learner pool to be changed for lessons, aqua fitness and sessions for people with disabilities.",
            "The scheme would cost £1.1 million, of which £450,000 would come from the Swimming Pool Support Fund and the rest from the council's capital programme. The pool would close for fourteen weeks from June 2024.",
            "Councillor Dunstable asked whether the main pool would stay open during the works. Mr Kettering confirmed that the main pool would remain open throughout, with some lessons moved to evening sessions.",
            "RESOLVED: That the learner pool scheme at Queen's Park Sports Centre be approved and added to the capital programme.",
        ]),
        item("87", "PARKS AND OPEN SPACES: TREE PLANTING 2024/25", [
            "Cabinet considered the tree planting programme for the coming season. In Eastwood Park, 120 new trees would be planted along the southern boundary, and a further 40 would replace ash trees lost to ash dieback. Holmebrook Valley Park would receive new planting along the lake, and Poolsbrook Country Park would see hedgerow restoration.",
            "The Cabinet Member for Climate Change, Councillor Teague Ormsby, said that the whole programme would be carried out with volunteers from local schools and friends groups during National Tree Week.",
            "RESOLVED: That the tree planting programme for 2024/25 be approved.",
        ]),
        item("88", "CHESTERFIELD MARKET: STALL FEES", [
            "Cabinet agreed that stall fees on the open market should be held at 2023/24 levels for a further year, to support traders while footfall recovers. The Market Hall would remain open on Mondays, Fridays and Saturdays.",
            "RESOLVED: That the market fees for 2024/25 be approved.",
        ]),
    ],
    closing=["The meeting closed at 11.42 am."],
    header="Cabinet - 27.02.24", header_right="Minutes 84 - 88", footer=["Page {n} of {total}"])

doc(name="CPBC_Cabinet_Minutes_2023-06-21", form="pdf-minutes",
    council="Castle Point Borough Council", stated="yes", committee="Cabinet", date="2023-06-21",
    pdf_title="Cabinet - 21 June 2023", pdf_author="Castle Point Borough Council",
    logo="Castle Point Borough Council",
    title_lines=["CABINET", "MINUTES OF THE MEETING HELD ON WEDNESDAY 21ST JUNE 2023",
                 "Castle Point Borough Council, Council Offices, Kiln Road, Thundersley, Benfleet"],
    attendance=[("PRESENT:", "Councillors Philippa Corran (Chair), Ashby Mulready, Tamsin Greathead, Rowland Yeats and Dorcas Finchley."),
                ("APOLOGIES:", "Councillor Quentin Bairstow.")],
    items=[
        item("1.", "MINUTES", ["The Minutes of the meeting held on 22nd March 2023 were taken as read and signed as a correct record."]),
        item("2.", "PUBLIC CAR PARKS: ELECTRIC VEHICLE CHARGING", [
            "The Cabinet received a report on installing public charge points for electric vehicles in council car parks. The Cabinet Member for Environment, Councillor Tamsin Greathead, said that there were only nine public charge points in the whole borough and that residents without driveways had asked for more.",
            "The proposal was to install 16 charge points: six at the Richmond Avenue car park on Canvey Island, six at the Hadleigh Library car park and four at the Kiln Road offices for public use outside office hours. The works would be paid for in full from the Local Electric Vehicle Infrastructure fund administered by Essex County Council.",
            "Councillor Yeats asked whether the bays would take away spaces from other drivers. The Head of Operations, Gideon Marchbanks, replied that the charging bays would be marked out of existing spaces but the car parks were rarely more than two thirds full, so drivers would not notice a shortage.",
            "Resolved: That the installation of 16 public charge points be approved and the Head of Operations be authorised to agree the site layouts.",
        ]),
        item("3.", "CANVEY ISLAND SEAFRONT ENTERTAINMENTS AREA", [
            "The Cabinet considered proposals to improve the seafront entertainments area at Canvey Island, including new lighting along Western Esplanade, resurfacing of the promenade near Concord Beach and new shelters.",
            "The Leader, Councillor Philippa Corran, said the works would be paid for from the council's share of the UK Shared Prosperity Fund, totalling £520,000. Councillor Finchley moved that the scheme be approved, seconded by Councillor Mulready.",
            "Resolved unanimously: That the seafront improvement scheme be approved.",
        ]),
        item("4.", "HADLEIGH COUNTRY PARK ACCESS", ["The Cabinet noted a report on footpath improvements at Hadleigh Country Park and agreed to respond to the Essex County Council consultation on the Benfleet Downs paths."]),
    ],
    closing=["Chairman", "The meeting closed at 8.05 pm."],
    header="Cabinet 21st June 2023", footer=["Page {n} of {total}"])

doc(name="Burnley_Executive_Minutes_12062024", form="pdf-minutes",
    council="Burnley Borough Council", stated="yes", committee="Executive", date="2024-06-12",
    pdf_title="Executive Minutes", pdf_author="Burnley Borough Council",
    title_lines=["BURNLEY BOROUGH COUNCIL", "EXECUTIVE",
                 "BURNLEY TOWN HALL", "Wednesday, 12th June, 2024 at 6.30 pm"],
    attendance=[("PRESENT", "MEMBERS: Councillors Yusuf Kenworthy (Chair), Rhiannon Blakey, Zahid Hartington, Petra Lonsdale and Conall Brierfield."),
                ("OFFICERS", "Ingrid Thwaite, Chief Operating Officer; Samson Ockleton, Head of Green Spaces and Amenities; Farida Nolan, Democracy Officer.")],
    items=[
        item("12.", "Minutes", ["The Minutes of the last meeting held on 22nd May 2024 were confirmed as a correct record and signed by the Chair."]),
        item("13.", "St Peter's Leisure Centre Roof and Pool Hall", [
            "Purpose: To seek approval for the replacement of the pool hall roof at St Peter's Leisure Centre.",
            "Reason for decision: A condition survey of the leisure centre, carried out in March, found that the roof covering over the pool hall had reached the end of its life and that condensation was corroding the steel roof beams. Without repair, the pool would have to close within two years.",
            "The Chief Operating Officer said that the replacement roof would be insulated to a much higher standard and fitted with solar panels, cutting the building's energy bills by an estimated £48,000 a year.",
            "The total cost was estimated at £2.9 million. Councillor Lonsdale asked when the pool would have to close for the work. Ms Thwaite said the closure dates had not been settled: they would depend on the contractor's programme and on agreeing arrangements with swimming clubs, and would be announced once the contract was signed.",
            "Decision: That the Executive approve the replacement of the pool hall roof at St Peter's Leisure Centre at an estimated cost of £2.9 million, and recommend Full Council to add the scheme to the capital programme.",
        ]),
        item("14.", "Towneley Park Events and Concessions", [
            "Purpose: To agree the events programme for Towneley Park for summer 2024.",
            "Mr Ockleton reported that the Towneley Park summer festival would be held on 3 and 4 August, with funfair rides and a food village. Catering concessions in the park would be let to Harrowgate Street Food for three years at a rent of £14,500 a year.",
            "Councillor Hartington asked whether local traders had been given a fair chance. Mr Ockleton replied that seven bids had been received and four of them were from businesses based in Burnley.",
            "Decision: That the events programme and the catering concession be approved.",
        ]),
        item("15.", "Pioneer Place: Leisure Scheme Update", [
            "Purpose: To update the Executive on the cinema and restaurant scheme at Pioneer Place on Curzon Street.",
            "The Executive noted that the cinema was now open and that five of the seven restaurant units had been let.",
            "Decision: That the update be noted.",
        ]),
    ],
    closing=["Chair"],
    header="EXECUTIVE 12/06/2024", footer=["{n}"])

doc(name="ELDC_Planning_Committee_Minutes_24Aug2023", form="pdf-minutes",
    council="East Lindsey District Council", stated="yes", committee="Planning Committee", date="2023-08-24",
    pdf_title="Planning Committee Minutes 24 August 2023", pdf_author="ELDC Democratic Services",
    title_lines=["EAST LINDSEY DISTRICT COUNCIL",
                 "Minutes of a Meeting of the Planning Committee held in the Council Chamber, The Hub, Mareham Road, Horncastle, on Thursday, 24th August, 2023 at 10.00am."],
    attendance=[("PRESENT", "Councillor Barnabas Whitmore (Chairman), Councillor Eliza Coningsby (Vice Chairman), Councillors Gervase Tothill, Wanda Kirkstead, Alfie Saltfleet, Morwenna Hagworth, Oswin Spilsby and Petula Grainger."),
                ("In Attendance:", "Delphine Ashby (Development Management Lead), Rufus Tattersall (Senior Planning Officer), Cordelia Burwell (Legal Advisor) and Melvyn Stain (Democratic Services Officer).")],
    items=[
        item("31.", "APOLOGIES FOR ABSENCE:", ["There were no apologies for absence."]),
        item("32.", "MINUTES:", ["The Minutes of the meeting held on 27th July 2023 were approved as a correct record."]),
        item("33.", "S/188/01214/23: SUTTON ON SEA, PROMENADE NEAR BROADBEACH GARDENS", [
            "Application Type: Full Planning Permission. Proposal: Siting of 30 beach huts on the promenade, with access ramp. Applicant: East Lindsey District Council.",
            "The Senior Planning Officer explained that the huts would be arranged in two rows of fifteen on the lower promenade near the Sutton on Sea colonnade, and would be let to visitors by the day or week. The Environment Agency had raised no objection, provided the huts were taken off the promenade between November and March.",
            "Mr Hedley Pinchbeck spoke against the application on behalf of residents of the High Street, saying the huts would block views of the sea from the promenade benches. Councillor Kirkstead said that the huts would bring more visitors into the village out of season.",
            "Following a proposal by Councillor Tothill, seconded by Councillor Saltfleet, and upon being put to the vote, the application was approved by 7 votes for and 1 against.",
            "RESOLVED: That planning permission be granted subject to conditions, including the seasonal removal of the huts.",
        ]),
        item("34.", "N/110/00876/23: INGOLDMELLS, SEA LANE, HOLIDAY CARAVAN PARK EXTENSION", [
            "Application Type: Full Planning Permission. Proposal: Extension of a holiday caravan park to provide 64 static caravans, with landscaping. Applicant: Seacroft Leisure Parks Ltd.",
            "The Development Management Lead said the site lay in flood zone three and the applicant had agreed a flood warning and evacuation plan and a condition restricting occupation to between 1 March and 30 November each year.",
            "Following a proposal by Councillor Coningsby, seconded by Councillor Hagworth, the application was approved.",
            "RESOLVED: That planning permission be granted subject to the conditions in the report.",
        ]),
        item("35.", "N/105/01502/23: LOUTH, KENWICK ROAD, 22 DWELLINGS", [
            "Application Type: Reserved Matters. Proposal: Erection of 22 dwellings. Members expressed concern about the width of the access road and the lack of a footpath link to the town. The applicant's agent asked for the application to be withdrawn so that the layout could be revised, and the Committee noted the withdrawal.",
        ]),
    ],
    closing=["The meeting closed at 12.25 pm."],
    header="Planning Committee", header_right="24 August 2023", footer=["Page {n}"])

doc(name="GYBC_Environment_Committee_040924", form="pdf-minutes",
    council="Great Yarmouth Borough Council", stated="yes", committee="Environment Committee", date="2024-09-04",
    pdf_title="Environment Committee 04.09.24", pdf_author="Great Yarmouth Borough Council",
    title_lines=["Environment Committee", "Minutes", "Wednesday, 04 September 2024 at 18:00",
                 "Great Yarmouth Borough Council, Town Hall, Hall Plain, Great Yarmouth"],
    attendance=[("PRESENT:-", "Councillor Ferdinand Scrope (in the Chair); Councillors Hollis Bramwell, Jacintha Moss, Eamon Rackheath, Verity Somerleyton and Lorcan Hemsby."),
                ("Officers:", "Mrs Adelaide Crome (Head of Environment and Sustainability), Mr Tobiah Fenn (Seafront and Tourism Manager) and Ms Nerys Ludham (Democratic Services Officer).")],
    items=[
        item("1", "APOLOGIES FOR ABSENCE", ["Apologies for absence were received from Councillor Perpetua Breydon."]),
        item("2", "DECLARATIONS OF INTEREST", ["Councillor Moss declared a personal interest in item 4 as she rents a beach hut at Gorleston."]),
        item("3", "MINUTES", ["The minutes of the meeting held on 3 July 2024 were confirmed."]),
        item("4", "GORLESTON BEACH HUTS AND CHALETS", [
            "The Seafront and Tourism Manager reported that the council owned 88 beach huts on the Lower Esplanade at Gorleston and 24 chalets near the Pier Gardens. All were let on annual licences, and income in 2023/24 had been £131,000.",
            "Mr Fenn said that storms in the previous winter had damaged the sea wall steps next to the southern row of huts and that 11 huts had needed new doors. Members asked about the long term future of the southern row, which stands closest to the sea wall.",
            "Mr Fenn explained that the council would commission a coastal engineering survey of the Lower Esplanade and the sea wall this winter, looking at whether the southern row could stay where it was. The survey would report to the committee in March 2025, and no decision on the southern row would be taken until then.",
            "Councillor Rackheath proposed that licence fees rise by 5 per cent from April 2025. This was seconded by Councillor Somerleyton and, on being put to the vote, was carried.",
            "RESOLVED: That the report be noted and that beach hut and chalet licence fees rise by 5 per cent from 1 April 2025.",
        ]),
        item("5", "WATERWAYS GARDENS MAINTENANCE", [
            "The Head of Environment and Sustainability reported that the restored Venetian Waterways gardens on North Drive had been visited by an estimated 310,000 people in 2023. Maintenance would continue to be carried out by the council's own parks team, with volunteers from the Friends of the Waterways helping with bedding displays.",
            "RESOLVED: That the report be noted.",
        ]),
        item("6", "LITTER ON THE GOLDEN MILE", [
            "Members discussed litter on Marine Parade over the summer. The Head of Environment and Sustainability said that extra litter bins had been placed along the Golden Mile in July and that bins were now emptied three times a day in August. Councillor Hemsby asked for the same service on Gorleston's Marine Parade; Mrs Crome agreed to look at this for 2025.",
        ]),
    ],
    closing=["The meeting ended at 19:40."],
    header="Environment Committee - 04 September 2024", footer=["Page {n} of {total}", "Chair's initials ........"])

doc(name="Redditch_Executive_Minutes_2025-01-14", form="pdf-minutes",
    council="Redditch Borough Council", stated="yes", committee="Executive Committee", date="2025-01-14",
    pdf_title="Executive Committee 14th January 2025", pdf_author="Redditch Borough Council",
    title_lines=["REDDITCH BOROUGH COUNCIL", "Executive Committee", "Tuesday, 14th January, 2025", "MINUTES"],
    attendance=[("Present:", "Councillor Lysander Greaves (Chair), Councillor Ottoline Beoley (Vice Chair) and Councillors Caradoc Webheath, Imelda Feckenham, Rajiv Matchborough and Sunniva Astwood."),
                ("Officers:", "Thaddeus Crabbs (Executive Director), Odile Headless (Leisure and Cultural Services Manager) and Priscilla Winyates (Democratic Services Officer).")],
    items=[
        item("54.", "APOLOGIES", ["There were no apologies for absence."]),
        item("55.", "MINUTES", ["RESOLVED that the minutes of the Executive Committee meeting held on 3rd December 2024 be approved as a true and correct record and signed by the Chair."]),
        item("56.", "ABBEY STADIUM LEISURE CENTRE: HEATING AND POOL PLANT", [
            "The Leisure and Cultural Services Manager presented a report on replacing the gas boilers and pool plant at Abbey Stadium leisure centre. The boilers were over twenty years old and had broken down four times in 2024, closing the pool for a total of nine days.",
            "The scheme would replace the boilers with air source heat pumps and install new pool filters and pool covers. It would cost £3.4 million, of which £2.6 million would come from the Public Sector Decarbonisation Scheme and the remainder from council borrowing. Carbon emissions from the building were expected to fall by 62 per cent.",
            "Councillor Feckenham asked whether the pool would stay open during the work. The officer replied that most of the plant would be installed in the plant room and car park, and the pool was expected to close for no more than three weeks in the summer holidays.",
            "Councillor Webheath proposed the recommendations and Councillor Astwood seconded them.",
            "RESOLVED that the Abbey Stadium decarbonisation scheme be approved, and that Council be recommended to add £800,000 to the capital programme.",
        ]),
        item("57.", "TOWN HALL HUB: CUSTOMER SERVICES", [
            "The Executive Director reported that the Town Hall Hub, which had brought customer services, the job centre and health services together on the ground floor of Redditch Town Hall, had received 41,000 visits in its first year.",
            "RESOLVED that the report be noted.",
        ]),
        item("58.", "ARROW VALLEY COUNTRY PARK: VISITOR CENTRE CAFE", [
            "Members agreed to offer a new ten year lease of the visitor centre cafe at Arrow Valley Country Park to the current tenant, at a rent to be agreed by the Executive Director.",
        ]),
    ],
    closing=["The Meeting commenced at 6.30 pm and closed at 7.52 pm"],
    header="Executive Committee", header_right="14th January 2025", footer=["Page {n}"])

# ============================================================================ Public Document Packs

doc(name="HCC_Cabinet_Pack_2024-12-10", form="pdf-pack",
    council="Hampshire County Council", stated="yes", committee="Cabinet", date="2024-12-10",
    pdf_title="Cabinet agenda pack 10 December 2024", pdf_author="Hampshire County Council",
    cover=["Cabinet", "Hampshire County Council", "Date: Tuesday, 10 December 2024", "Time: 2.00 pm",
           "Place: Ashburton Hall, Elizabeth II Court, The Castle, Winchester"],
    cover_body=["Members of the Cabinet are summoned to attend the meeting for the transaction of the business set out in the agenda below.",
                "Enquiries to: Wilfred Strangways, Democratic and Member Services. This agenda is available on the county council's website.",
                "Membership: Councillor Honoria Pettigrew (Chairman), Councillors Leofric Danbury, Maude Sherfield, Barnaby Kingsclere, Ione Tadley and Cuthbert Oakhanger."],
    agenda=[("1", "APOLOGIES FOR ABSENCE"), ("2", "DECLARATIONS OF INTEREST"),
            ("3", "MINUTES OF PREVIOUS MEETING ({minutes}): To confirm the minutes of the meeting held on 15 October 2024."),
            ("4", "DEPUTATIONS"),
            ("5", "COUNTRY PARKS: CAR PARKING CHARGES ({report}): To consider a report of the Director of Universal Services.")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["HAMPSHIRE COUNTY COUNCIL", "Cabinet",
                      "Minutes of a meeting of the Cabinet held at Ashburton Hall, Winchester on Tuesday, 15th October, 2024"],
    prev_items=[
        {"num": "81.", "title": "APOLOGIES FOR ABSENCE", "body": ["Apologies were received from Councillor Ione Tadley."]},
        {"num": "82.", "title": "HIGHWAYS MAINTENANCE: WINTER DAMAGE AND POTHOLES", "body": [
            "The Cabinet received a report of the Director of Universal Services on the condition of the county's roads after the wet winter and spring. The Executive Member for Highways, Councillor Maude Sherfield, said that more than 38,000 potholes had been repaired between January and August 2024.",
            "Cabinet agreed to add £7.2 million from reserves to the highways budget for 2025/26 for pothole repairs and surface dressing, on top of the government's allocation.",
            "Councillor Barnaby Kingsclere asked how residents could report a pothole. Councillor Sherfield replied that the online reporting tool had been updated so residents could upload a photograph and follow the repair through to completion.",
            "RESOLVED: That the additional £7.2 million for highways maintenance be approved.",
        ]},
        {"num": "83.", "title": "HOME TO SCHOOL TRANSPORT", "body": [
            "The Cabinet noted that the cost of home to school transport for children with special educational needs had risen to £74 million a year, and agreed to consult on a new travel assistance policy.",
            "RESOLVED: That consultation on the draft policy be approved.",
        ]},
    ],
    report=report(
        ["HAMPSHIRE COUNTY COUNCIL", "Decision Report",
         "Country Parks: Car Parking Charges from April 2025"],
        [("Decision Maker:", "Cabinet"), ("Date:", "10 December 2024"), ("Title:", "Country Parks: Car Parking Charges"),
         ("Report From:", "Director of Universal Services"), ("Contact name:", "Rosamund Ellingham, Head of Countryside"),
         ("Email:", "countryside@hants.gov.uk")],
        [("1. Recommendations", [
            "1.1 That the Cabinet approves the new car parking charges at Queen Elizabeth Country Park and Royal Victoria Country Park set out in section 4, to take effect from 1 April 2025.",
            "1.2 That the Cabinet notes that proposals for Lepe Country Park will follow in a later report."]),
         ("2. Executive Summary", [
            "2.1 The county council's country parks receive around 2.4 million visits a year. Parking income pays for most of their running costs, which have risen by 19 per cent since 2021, mainly because of energy and staff costs.",
            "2.2 This report proposes an increase to the daily parking charge at two parks and the introduction of a cheaper annual pass for regular visitors."]),
         ("3. Contextual information", [
            "3.1 Parking charges were last changed in April 2022. Since then, the cost of maintaining the car parks, toilets and visitor centres has risen sharply, and the parks have needed £680,000 of repairs to paths and play areas after storm damage.",
            "3.2 A survey of 1,920 visitors in the summer of 2024 found that 64 per cent came to the parks at least once a month, and that most of them would buy an annual pass if it cost less than £60."]),
         ("4. Proposed charges", [
            "4.1 At Queen Elizabeth Country Park, the all day charge will rise from £4.50 to £5.20. At Royal Victoria Country Park in Netley, the all day charge will rise from £4.00 to £4.80.",
            "4.2 An annual pass valid at both parks will be introduced at £55, with a reduced rate of £40 for holders of a Blue Badge.",
            "4.3 At Lepe Country Park, the charges and the date from which they would apply have not yet been decided. The park's car parks are being redesigned as part of the coastal path works, and officers will bring forward proposals once the new layout is settled."]),
         ("5. Finance", [
            "5.1 The new charges are expected to raise an extra £310,000 a year, which will be used to maintain the country parks."]),
         ("6. Consultation and Equalities", [
            "6.1 Visitors were consulted through the summer survey described in paragraph 3.2. The annual pass and the Blue Badge rate are intended to reduce the impact of the increase on regular and disabled visitors."]),
        ]),
    footer=["Page {n}"], number_offset=1)

doc(name="Charnwood_Cabinet_Pack_12Oct2023", form="pdf-pack",
    council="Charnwood Borough Council", stated="yes", committee="Cabinet", date="2023-10-12",
    pdf_title="Cabinet 12 October 2023 - agenda pack", pdf_author="Charnwood Borough Council",
    cover=["CABINET", "Charnwood Borough Council", "THURSDAY, 12TH OCTOBER 2023 at 6.00 pm",
           "Council Chamber, Southfields, Loughborough"],
    cover_body=["To: Members of the Cabinet. You are summoned to attend the meeting of the Cabinet to be held at the time and place shown above.",
                "Chief Executive, Southfields, Loughborough, LE11 2TX. Contact: Ellery Quorn, Democratic Services.",
                "Cabinet members: Councillors Jocasta Barrow (Leader), Anselm Rothley, Philippa Sileby, Torin Woodhouse, Marigold Shepshed and Eldric Anstey."],
    agenda=[("1.", "Apologies"), ("2.", "Declarations of Interest"),
            ("3.", "Minutes of Previous Meeting ({minutes}). To approve the minutes of the meeting held on 14th September 2023."),
            ("4.", "Questions under Cabinet Procedure 10.7"),
            ("5.", "Loughborough Leisure Centre: Refurbishment ({report}). A report of the Head of Leisure and Culture. Key Decision.")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["CABINET", "14TH SEPTEMBER 2023",
                      "PRESENT: Councillors Jocasta Barrow (Chair), Anselm Rothley, Philippa Sileby, Torin Woodhouse and Marigold Shepshed."],
    prev_items=[
        {"num": "24.", "title": "MINUTES OF PREVIOUS MEETING", "body": ["The minutes of the meeting held on 17th August 2023 were confirmed as a correct record and signed."]},
        {"num": "25.", "title": "QUESTIONS UNDER CABINET PROCEDURE 10.7", "body": [
            "Councillor Griselda Hathern asked the Cabinet Lead Member for Community Support what help was available for residents struggling with energy bills this winter. Councillor Philippa Sileby replied that the council had set aside £150,000 for a winter support grant of up to £300 per household, which would open for applications on 1 November through the Charnwood Community Hub.",
        ]},
        {"num": "26.", "title": "CHARNWOOD WATER FESTIVAL AND QUEEN'S PARK EVENTS", "body": [
            "The Cabinet considered a report on the events programme at Queen's Park, Loughborough and the Charnwood Water festival, which had drawn an estimated 23,000 visitors in June. The Cabinet agreed that the festival should be held again in 2024.",
            "RESOLVED that the events report be noted and the 2024 Charnwood Water festival be approved.",
        ]},
    ],
    report=report(
        ["CABINET - 12TH OCTOBER 2023", "Report of the Head of Leisure and Culture", "Lead Member: Councillor Torin Woodhouse",
         "Part A", "ITEM 5 LOUGHBOROUGH LEISURE CENTRE: REFURBISHMENT"],
        [("Purpose of Report", "To seek approval to refurbish the changing village, sports hall and main pool at Loughborough Leisure Centre."),
         ("Key Decision", "Yes"), ("Wards affected", "All"),
         ("Report author", "Hereward Swithland, Leisure Contract Manager")],
        [("Recommendations", [
            "1. That the refurbishment of Loughborough Leisure Centre at a cost of £5.8 million be approved.",
            "2. That the Head of Leisure and Culture be authorised to agree with the leisure operator a closure plan for the works."]),
         ("Reasons", [
            "1. The centre on Browns Lane was built in 1974 and its pool hall and changing rooms have not been refurbished since 2002. The council has a duty under the leisure contract to keep the building in good repair.",
            "2. The refurbishment will allow the centre to keep up its usage and its income to the council."]),
         ("Background", [
            "3. The borough council owns three leisure centres, at Loughborough, Soar Valley in Mountsorrel and Shepshed, which are run by an operator under a ten year contract that started in 2020.",
            "4. In 2022/23, Loughborough Leisure Centre recorded 612,000 visits, making it the busiest of the three. Usage of the pool alone was 27 per cent higher than before the pandemic.",
            "5. Soar Valley Leisure Centre is on a school site and its future is being discussed with the school and Leicestershire County Council. It is not included in this refurbishment."]),
         ("The works", [
            "6. The works will include a new changing village for the pool with 18 private cubicles and an accessible changing place, new lighting and floor in the sports hall, and retiling of the main pool tank.",
            "7. The main pool would close for about sixteen weeks, and the works are planned to start in April 2024 and finish in December 2024."]),
         ("Financial implications", [
            "8. The cost of £5.8 million would be met from prudential borrowing, repaid from savings in the management fee paid by the operator and from higher income. A grant of £420,000 has been secured from Sport England towards the changing places facility."]),
         ("Risk management", [
            "9. The main risk is that building costs rise during the works. A contingency of 10 per cent is included in the cost."]),
        ]),
    footer=["Page {n}"], number_offset=1)

doc(name="RCC_Cabinet_Agenda_Pack_21_May_2024", form="pdf-pack",
    council="Rutland County Council", stated="yes", committee="Cabinet", date="2024-05-21",
    pdf_title="Cabinet agenda 21 May 2024", pdf_author="Rutland County Council Governance",
    cover=["Rutland County Council", "Catmose, Oakham, Rutland LE15 6HP", "Cabinet",
           "Tuesday 21 May 2024 at 10.00 am", "Council Chamber, Catmose"],
    cover_body=["Notice is hereby given that a meeting of the Cabinet will be held in the Council Chamber at Catmose, Oakham on Tuesday 21 May 2024 commencing at 10.00 am.",
                "Persons wishing to speak on an agenda item should contact the Governance team by 12 noon two working days before the meeting. Contact: Rowena Edith Weston, Governance Officer.",
                "Membership: Councillors Perdita Langham (Chair), Aldous Ketton, Clemency Braunston, Jude Barrowden and Sorrel Whissendine."],
    agenda=[("1)", "APOLOGIES"), ("2)", "ANNOUNCEMENTS FROM THE CHAIR AND/OR HEAD OF PAID SERVICE"),
            ("3)", "DECLARATIONS OF INTEREST"),
            ("4)", "RECORD OF DECISIONS ({minutes}) To confirm the record of decisions made at the meeting held on 16 April 2024."),
            ("5)", "ELECTRIC VEHICLE CHARGING STRATEGY ({report}) Report No. 71/2024 from the Strategic Director of Places.")],
    marks=["Agenda Item 4", "Agenda Item 5"],
    prev_title_lines=["Rutland County Council", "Minutes of the MEETING of the CABINET held in the Council Chamber, Catmose, Oakham on Tuesday, 16th April, 2024 at 10.00 am",
                      "PRESENT: Councillors Perdita Langham (Chair), Aldous Ketton, Clemency Braunston and Jude Barrowden."],
    prev_items=[
        {"num": "1", "title": "OAKHAM CASTLE: GREAT HALL CONSERVATION", "body": [
            "Report No. 58/2024 was received from the Strategic Director of Places. Councillor Clemency Braunston said that repairs to the stonework of the Great Hall at Oakham Castle would cost £215,000, funded by a National Lottery Heritage Fund grant of £160,000 and £55,000 from the council's heritage reserve.",
            "Councillor Ketton asked whether the castle would stay open to visitors during the repairs. Councillor Braunston replied that the Great Hall would close for six weeks in September, but the castle grounds and the horseshoe collection display would stay open.",
            "RESOLVED that Cabinet approved the conservation works and accepted the grant.",
        ]},
        {"num": "2", "title": "HOME TO SCHOOL TRANSPORT CONTRACTS", "body": [
            "Cabinet approved the award of eleven home to school transport contracts for September 2024 to local operators, at a combined annual value of £1.3 million.",
        ]},
    ],
    report=report(
        ["Report No: 71/2024", "PUBLIC REPORT", "CABINET", "21 May 2024", "ELECTRIC VEHICLE CHARGING STRATEGY"],
        [("Report of the Strategic Director of Places", ""), ("Strategic Aim:", "Sustainable lives"),
         ("Key Decision:", "Yes"), ("Exempt Information", "No"),
         ("Cabinet Member(s) Responsible:", "Councillor Jude Barrowden, Portfolio Holder for Environment and Transport"),
         ("Contact Officer(s):", "Lucius Empingham, Transport Strategy Manager")],
        [("1 PURPOSE OF THE REPORT", [
            "1.1 To approve the county's first electric vehicle charging strategy and the first phase of public charge points in Oakham and Uppingham."]),
         ("2 BACKGROUND AND MAIN CONSIDERATIONS", [
            "2.1 Rutland has one of the highest rates of car ownership in England, and 3.1 per cent of cars registered in the county are now fully electric. There are currently 14 public charge points in the county, most of them at Rutland Water and at hotels.",
            "2.2 About a third of homes in Oakham and Uppingham town centres have no off street parking, and residents there cannot charge a car at home.",
            "2.3 The first phase would install 20 charge points: 12 in the Church Street and South Street car parks in Oakham and 8 in the North Street East car park in Uppingham. They would be paid for from the council's Local Electric Vehicle Infrastructure allocation of £612,000, with no cost to council tax payers."]),
         ("3 CONSULTATION", [
            "3.1 A second phase would add kerbside charge points on residential streets in Uppingham. Residents of the streets affected will be consulted in June and July 2024 on where the charge points should go, and the results will be brought back to Cabinet in the autumn before any kerbside sites are chosen."]),
         ("4 ALTERNATIVE OPTIONS", [
            "4.1 Cabinet could leave the provision of charge points entirely to the market. This is not recommended, as private operators have shown little interest in a rural county."]),
         ("5 FINANCIAL IMPLICATIONS", [
            "5.1 The charge point operator will be chosen through a regional framework led by Leicestershire County Council, and will pay the council a share of the income."]),
         ("6 RECOMMENDATIONS", [
            "6.1 That Cabinet approves the Electric Vehicle Charging Strategy.",
            "6.2 That Cabinet approves the first phase of 20 charge points in Oakham and Uppingham."]),
        ]),
    footer=["Page {n}"], number_offset=1)

# ============================================================================ Word reports

doc(name="CDC_Cabinet_Report_EV_Charging_Cirencester", form="docx-report",
    council="Cotswold District Council", stated="yes", committee="Cabinet", date="2024-11-07",
    docx_author="Cotswold District Council",
    letterhead=["Cotswold District Council", "Trinity Road, Cirencester, Gloucestershire GL7 1PX"],
    report=report(
        ["COTSWOLD DISTRICT COUNCIL", "Name and date of Committee: CABINET - 7 NOVEMBER 2024",
         "Subject: ELECTRIC VEHICLE CHARGING IN COUNCIL CAR PARKS: PHASE TWO"],
        [("Wards affected", "Cirencester Beeches; Cirencester Park; Moreton East; Stow"),
         ("Accountable member", "Councillor Lavinia Coberley, Cabinet Member for Climate Change and Digital"),
         ("Accountable officer", "Augustin Siddington, Assistant Director for Property"),
         ("Report author", "Nell Ampney, Climate Change Lead"),
         ("Summary/Purpose", "To approve a second phase of public charge points in council car parks."),
         ("Annexes", "Annex A - Site plans; Annex B - Usage data"),
         ("Recommendation(s)", "That Cabinet resolves to: 1. Approve the installation of 28 charge points in the car parks set out in section 3; 2. Delegate authority to the Assistant Director for Property to agree the lease.")],
        [("1. BACKGROUND", [
            "1.1 The Council installed its first 20 charge points in 2022, in the Waterloo and Brewery car parks in Cirencester and the Maugersbury Road car park in Stow. These have been well used: in the year to September 2024 they delivered 186,000 kilowatt hours of electricity, enough for about 700,000 miles of driving.",
            "1.2 Many visitors to the Cotswolds arrive by car, and hotels and businesses in the district have told the Council that the lack of charge points is putting some visitors off."]),
         ("2. MAIN POINTS", [
            "2.1 The Council wants to spread charge points more evenly across the district, so that no market town is left without one.",
            "2.2 Demand at the Waterloo car park has outgrown supply: at busy times drivers now queue for a charger, and the usage data in Annex B shows the chargers there are in use for 71 per cent of daylight hours."]),
         ("3. PROPOSED SITES", [
            "3.1 Phase two would install 28 charge points: 10 at the Beeches car park in Cirencester, 8 more at the Waterloo car park, 6 at the Moreton in Marsh Station Road car park and 4 at the Bourton on the Water Rissington Road car park.",
            "3.2 All of the new points would be 22 kilowatt fast chargers, except four rapid chargers at the Waterloo car park."]),
         ("4. FINANCIAL IMPLICATIONS", [
            "4.1 The Council's share of the capital cost would be £94,000, with the balance of £270,000 met from the Gloucestershire Local Electric Vehicle Infrastructure fund. The Council would receive a share of the income through its lease."]),
         ("5. ENVIRONMENTAL AND CLIMATE CHANGE IMPLICATIONS", [
            "5.1 The scheme supports the Council's aim of becoming carbon neutral by 2030."]),
         ("6. ALTERNATIVE OPTIONS", [
            "6.1 Not to proceed. This would leave Moreton in Marsh and Bourton on the Water without public charge points in council car parks."]),
        ]),
    header="Cotswold District Council | Cabinet 7 November 2024 | Agenda Item 9",
    footer=["OFFICIAL"])

doc(name="HDC_Cabinet_Report_Horsham_Market", form="docx-report",
    council="Horsham District Council", stated="yes", committee="Cabinet", date="2023-07-20",
    docx_author="Horsham District Council",
    letterhead=["Horsham District Council", "Parkside, Chart Way, Horsham, West Sussex RH12 1RL"],
    report=report(
        ["Report to Cabinet", "20 July 2023",
         "By the Cabinet Member for Local Economy", "DECISION REQUIRED: Horsham Town Centre Markets"],
        [("Not exempt", ""), ("Report Author", "Ottavia Rusper, Town Centre Manager"),
         ("Date of meeting", "20 July 2023"), ("Key Decision", "Yes"), ("Wards affected", "Denne; Forest; Trafalgar")],
        [("Executive Summary", [
            "Horsham's markets trade in the Carfax and West Street on Thursdays and Saturdays, with a farmers' market on the first Saturday of each month. This report sets out proposals to bring the markets back under direct council management and to add a Sunday market in the Carfax.",
            "Recommendations: Cabinet is recommended: i) to approve direct management of the Horsham markets from 1 January 2024; ii) to approve a trial Sunday market in the Carfax from March 2024; iii) to approve a budget of £85,000 for new gazebos and power points."]),
         ("1 Introduction and background", [
            "1.1 The markets are run by an external operator whose contract expires on 31 December 2023. The Thursday and Saturday markets together had an average of 34 stalls in 2022, down from 52 in 2018.",
            "1.2 The farmers' market is run separately by a local producers' group, and would continue under its own arrangements."]),
         ("2 Relevant Council policy", [
            "2.1 The Council's Economic Strategy commits to a vibrant town centre, and the Horsham Town Centre Vision identifies the markets as a reason for people to visit the Carfax."]),
         ("3 Details", [
            "3.1 A survey of 412 market shoppers carried out in May 2023 found that 58 per cent would visit the town centre more often if the markets had more food stalls, and that a Sunday market was the most popular new idea.",
            "3.2 Under direct management, the council would buy 40 matching gazebos and install power points in the Carfax, so traders would not need generators.",
            "3.3 The pitch fees for the trial Sunday market have not been set. They will be proposed by the Town Centre Manager after talks with traders in the autumn, and will be agreed by the Cabinet Member."]),
         ("4 Next steps", [
            "4.1 If approved, officers would recruit a markets officer in the autumn and write to all existing traders."]),
         ("5 Outcome of consultations", [
            "5.1 The Horsham District Traders' Association supported the proposals, and asked that the Thursday market stay in West Street."]),
         ("6 Financial consequences", [
            "6.1 The cost of direct management, about £62,000 a year, is expected to be covered by pitch fees within two years."]),
        ]),
    header="Cabinet - 20 July 2023 - Horsham Town Centre Markets",
    footer=["Horsham District Council", "OFFICIAL"])

# ============================================================================ Word minutes

doc(name="SDC_Cleaner_Greener_Advisory_Minutes_2024-02-06", form="docx-minutes",
    council="Sevenoaks District Council", stated="yes", committee="Cleaner and Greener Advisory Committee",
    date="2024-02-06", docx_author="Democratic Services",
    title_lines=["SEVENOAKS DISTRICT COUNCIL", "CLEANER AND GREENER ADVISORY COMMITTEE",
                 "Minutes of the meeting held on 6 February 2024 commencing at 7.00 pm at the Council Offices, Argyle Road, Sevenoaks"],
    attendance=[("Present:", "Cllr Winifred Otford (Chairman), Cllr Lachlan Kemsing (Vice Chairman), Cllrs Beatrix Halstead, Cosmo Eynsford, Saffron Dunton, Gideon Penshurst and Hestia Chiddingstone."),
                ("Apologies for absence were received from", "Cllr Rupert Westerham.")],
    items=[
        {"num": "34.", "title": "Minutes", "body": ["Resolved: That the Minutes of the meeting of the Committee held on 7 November 2023 be approved and signed by the Chairman as a correct record."]},
        {"num": "35.", "title": "Declarations of interest", "body": ["There were none."]},
        {"num": "36.", "title": "Dog Control Public Spaces Protection Order - proposed variation", "body": [
            "The Environmental Health Manager, Mr Percival Crockenhill, presented the report, which proposed varying the district's dog control order to add new areas where dogs must be kept on a lead.",
            "He explained that in Knole Park the lead requirement was a matter for the National Trust, but complaints about dogs chasing sheep and deer on council land at Swanley Park and at Fort Halstead had risen. At Swanley Park the council had recorded 27 incidents of dogs chasing wildfowl around the boating lake in 2023. The report proposed that dogs be kept on leads within 20 metres of the lake and in the miniature railway area.",
            "The Committee also heard that the Lullingstone Country Park visitor centre and Bradbourne Lakes were popular with dog walkers. Members asked whether restrictions were planned there; Mr Crockenhill said that the order would apply to Bradbourne Lakes only in its children's play area.",
            "Cllr Eynsford asked how many professional dog walkers worked in the district. Mr Crockenhill replied that the council did not license dog walkers, but the order would limit anyone to six dogs at once.",
            "Public Sector Equality Duty: Members noted that there was no perceived impact on end users.",
            "Resolved: That it be recommended to Cabinet that public consultation on the variation of the Dog Control Public Spaces Protection Order be carried out for six weeks.",
        ]},
        {"num": "37.", "title": "Waste and recycling performance", "body": [
            "The Head of Direct Services, Ms Ysolde Brasted, reported that the recycling rate for the district had been 46.8 per cent in the first three quarters of 2023/24. Garden waste subscriptions had risen to 24,300 households.",
            "In response to a question from Cllr Dunton, she said missed bin collections had fallen to 38 per 100,000 collections after new routes were introduced in September.",
            "Resolved: That the report be noted.",
        ]},
        {"num": "38.", "title": "Work plan", "body": ["The work plan was noted, with the addition of an item on tree planting for the June meeting."]},
    ],
    closing=["THE MEETING WAS CONCLUDED AT 8.48 PM", "CHAIRMAN"],
    header="Cleaner and Greener Advisory Committee - 6 February 2024",
    footer=["Sevenoaks District Council", "Page 1"])

doc(name="Ceredigion_Cabinet_Minutes_14_11_2023", form="docx-minutes",
    council="Ceredigion County Council", stated="yes", committee="Cabinet", date="2023-11-14",
    docx_author="Ceredigion County Council",
    title_lines=["CEREDIGION COUNTY COUNCIL",
                 "Minutes of the Meeting of the CABINET held in the Council Chamber, Penmorfa, Aberaeron and remotely via video conference on Tuesday, 14 November 2023",
                 "Date of Meeting: 14 November 2023"],
    attendance=[("PRESENT:", "Councillor Eirwen ap Dyfan (Chair), Councillors Gwenllian Rhydlewis, Ifor Llanbadarn, Heledd Penparcau, Macsen Talybont and Nia Borth."),
                ("ALSO PRESENT:", "Councillor Cadfael Morgan-Ystwyth (Chair, Overview and Scrutiny Coordinating Committee).")],
    items=[
        {"num": "1.", "title": "Apologies", "body": ["Apologies were received from Councillor Dafydd Tregaron."]},
        {"num": "2.", "title": "Disclosures of personal interest", "body": ["Councillor Macsen Talybont declared a personal interest in item 3 as a boat owner in Aberaeron harbour, and left the meeting for that item."]},
        {"num": "3.", "title": "Aberaeron Harbour: new pontoon berths", "body": [
            "Councillor Nia Borth, Cabinet Member for Economy and Regeneration, presented the report on the proposed floating pontoon in the inner harbour at Aberaeron. The pontoon would provide 24 new berths for leisure boats up to 10 metres long, in addition to the existing 86 drying moorings.",
            "The Harbourmaster, Mr Tegid Cadwgan, said that there were currently 57 people on the waiting list for a berth in Aberaeron and 31 for New Quay. Berth fees on the pontoon would be £95 per metre per year.",
            "The scheme would cost £740,000, funded by the Welsh Government's coastal tourism grant and the council's harbour reserve.",
            "Before works start, a marine ecology survey of the inner harbour will be carried out in the spring of 2024 to assess the effect on the seagrass and on wading birds, as required by Natural Resources Wales. The findings will be reported to the Cabinet before the marine licence application is submitted.",
            "It was RESOLVED to approve the scheme in principle and to submit the marine licence application once the survey has been considered.",
        ]},
        {"num": "4.", "title": "Aberystwyth promenade shelters", "body": [
            "Councillor Ifor Llanbadarn reported that the four Victorian shelters on Aberystwyth promenade had been repaired after the storms of January 2023, at a cost of £96,000. Councillor Heledd Penparcau asked whether the bandstand would also be repaired; Councillor Llanbadarn said a report on the bandstand would come to Cabinet in February.",
            "It was RESOLVED to note the report.",
        ]},
        {"num": "5.", "title": "Welsh language standards: annual report", "body": [
            "Cabinet approved the annual report on compliance with the Welsh language standards for publication. Councillor Gwenllian Rhydlewis noted that 62 per cent of staff now had Welsh language skills at level 3 or above.",
        ]},
    ],
    closing=["Confirmed at the Meeting of the Cabinet held on 5 December 2023", "Chairman:", "Date:"],
    header="Cabinet - Cabinet 14.11.23",
    footer=["Cyngor Sir Ceredigion County Council", "Page 1"])

# ============================================================================ plain text

doc(name="Broads_Authority_Planning_Committee_2024-04-12", form="txt",
    council="Broads Authority", stated="yes", committee="Planning Committee", date="2024-04-12",
    title_lines=["Broads Authority",
                 "Planning Committee",
                 "Minutes of the meeting held on 12 April 2024",
                 "Yare House, 62-64 Thorpe Road, Norwich NR1 1RY"],
    attendance=[("Present:", "Ambrose Ludham (Chair), Temperance Horning (Vice Chair), Reuben Stalham, Millicent Acle, Barnaby Ranworth, Evangeline Hickling and Osborne Thurne."),
                ("In attendance:", "Gwendoline Potter - Head of Planning; Emrys Hoveton - Planning Officer; Sidonie Martham - Governance Officer."),
                ("Apologies:", "Philomena Reedham.")],
    items=[
        {"num": "1.", "title": "Declarations of interest and introductions", "body": ["Temperance Horning declared an interest in item 3 as she keeps a boat at Wroxham and took no part in the decision."]},
        {"num": "2.", "title": "Minutes of last meeting", "body": ["The minutes of the meeting held on 15 March 2024 were approved as a correct record and signed by the Chair."]},
        {"num": "3.", "title": "BA/2024/0041/FUL - Hoveton, land at Granary Staithe", "body": [
            "Erection of a pontoon with 18 visitor moorings, quay heading repairs and a new pump out station. Applicant: Riverbend Marine Holdings.",
            "The Planning Officer said that the pontoon would run for 96 metres along the River Bure opposite Wroxham Bridge and would be available to all boats, with a maximum stay of 24 hours. The existing timber quay heading had failed along a length of 40 metres and was leaking soil into the river.",
            "Hoveton Parish Council supported the application but asked that the pontoon not obstruct the turning area used by hire boats. The Navigation Committee had raised no objection.",
            "A local resident, Mr Crispin Belaugh, spoke against the lighting on the pontoon, which he said would disturb bats. The officer replied that a condition would require low level lighting switched off at 11pm.",
            "Reuben Stalham proposed, seconded by Millicent Acle, and it was resolved by 6 votes for and 0 against to approve the application subject to conditions.",
        ]},
        {"num": "4.", "title": "BA/2023/0377/FUL - Thurne, riverside chalet replacement", "body": [
            "Replacement of a riverside holiday chalet on Thurne Dyke. Members were concerned that the new chalet would be a third larger than the old one and higher above the water. The application was refused because of its impact on the open landscape of the Thurne valley.",
        ]},
        {"num": "5.", "title": "Enforcement update", "body": ["The Committee noted the enforcement update, including progress on unauthorised moorings at Ferry Road, Horning."]},
    ],
    closing=["", "The meeting ended at 11.52am.", "Signed by", "Chair"])
