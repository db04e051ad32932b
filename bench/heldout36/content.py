"""The documents of bench/heldout36: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout36.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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
    name="ieListDocuments_CId102_MId13377_Leeds_ExecutiveBoard", form="mg-meeting",
    council="Leeds City Council", stated="yes", committee="Executive Board", date="2024-09-18",
    site=site("Leeds City Council", "https://democracy.leeds.gov.uk", "Civic Hall, Calverley Street, Leeds LS1 1UR",
              "© Leeds City Council 2024", menu=["Home", "Councillors", "Committees", "Forward plan", "Decisions", "Your MP"]),
    heading="Executive Board - Wednesday, 18th September, 2024 1.00 pm",
    venue="Civic Hall, Leeds, LS1 1UR",
    contact="Governance Services, 0113 378 8669",
    items=[
        item("41", "Declarations of Interests", [
            "Councillor Rachel Gaskin declared an other registrable interest in agenda item 43 as a trustee of a Kirkstall community trust that uses the abbey grounds for fundraising walks, and took no part in the discussion of that item.",
        ]),
        item("42", "Kirkstall Abbey Visitor Centre: Roof Repairs and Cafe Concession", [
            "The Director of Communities, Housing and Environment submitted a report seeking approval to repair the visitor centre roof at Kirkstall Abbey and to let the ground floor cafe under a new concession from January 2025.",
            "The report set out that water had been coming through the slate roof above the exhibition gallery since the storms of the previous winter, and that the repair, including new lead valleys and the replacement of 340 slates, was estimated at £212,000.",
            "Following an open procurement exercise which attracted five bids, the concession had been recommended for award to Abbey Larder Ltd, a Horsforth based catering business, for five years at an annual rent of £38,500 plus 6 per cent of turnover above £400,000.",
            "Responding to a question from Councillor Asif Bhatti about whether local residents would still be able to get a cheap cup of tea, the Executive Member for Culture confirmed that the concession terms required a value menu to remain available, with hot drinks priced no higher than those in the Council's other park cafes.",
            "Councillor Bhatti also asked whether the cafe would open in the evenings. The Chief Officer for Culture and Economy replied that evening opening would be required on the nights of the abbey's outdoor concerts and ghost walks, but otherwise the cafe would close at 5pm in winter and 6pm in summer.",
        ], links=[("Kirkstall Abbey cafe and roof report", "412 KB"), ("Appendix A - concession evaluation summary", "187 KB")],
            decision=["RESOLVED - (a) That the roof repairs at Kirkstall Abbey visitor centre be approved at an estimated cost of £212,000. (b) That the cafe concession be awarded to Abbey Larder Ltd for a term of five years."]),
        item("43", "On-Street Electric Vehicle Charging: Second Phase", [
            "The Director of City Development submitted a report on the second phase of the on-street electric vehicle charging programme, which would install 120 charge points in residential streets without off-street parking, starting in Headingley, Chapel Allerton and Armley.",
            "Members were informed that the charge points would be installed and run by VoltKerb UK Ltd under a fifteen year concession, and that the capital cost of £2.4 million would be met from the Government's Local Electric Vehicle Infrastructure fund, so that no council borrowing was needed.",
            "In response to a Member's enquiry about what drivers would pay, officers explained that the tariff per kilowatt hour had not yet been set and would be agreed with the operator before the first charge points went live next spring.",
            "Councillor Gaskin asked about pavement clutter. The Chief Officer for Highways and Transportation said the charge points would be fitted into the kerb line rather than on posts, leaving at least 1.5 metres of clear footway, and that cable channels would be trialled on 20 streets.",
        ], links=[("On-street EV charging phase 2", "655 KB")],
            decision=["RESOLVED - That the second phase of on-street charging be approved, and that the Director of City Development be authorised to enter into the concession with VoltKerb UK Ltd."]),
        item("44", "Roundhay Park: Events Framework 2025 to 2027", [
            "The Executive Board considered a report setting out a new framework for large events at Roundhay Park following complaints from residents of Princes Avenue and Street Lane about noise and parking during the summer of 2024.",
            "Under the framework, no more than 12 ticketed events with an attendance above 5,000 would be permitted in the park in any calendar year, and amplified music would have to stop by 10.30pm on Sundays to Thursdays and 11pm on Fridays and Saturdays.",
            "Event organisers would pay a park restoration bond of £25,000 for each major event, returned once the Parks and Countryside service had confirmed the grass on Soldiers' Field had been reinstated.",
            "Members noted that the number of events had been 17 in 2024, and that the lower cap would mean a loss of income of around £140,000 a year, to be partly offset by the higher bond and by a new charge for event traffic management.",
        ], decision=["RESOLVED - That the Roundhay Park events framework for 2025 to 2027 be approved."]),
        item("45", "Financial Health Monitoring 2024/25: Month 4", [
            "The Chief Officer Financial Services presented the month 4 position, showing a projected overspend of £9.7 million, mainly on children's social care placements and home to school transport.",
            "Members noted the actions being taken to bring spending back within budget, including a freeze on non essential recruitment and a review of all agency staff contracts by the end of October.",
        ], decision=["RESOLVED - That the projected financial position for 2024/25 at month 4 be noted."]),
    ],
)

doc(
    name="ieListDocuments_CId134_MId8821_Sunderland_Cabinet", form="mg-meeting",
    council="Sunderland City Council", stated="yes", committee="Cabinet", date="2024-12-10",
    site=site("Sunderland City Council", "https://committees.sunderland.gov.uk",
              "City Hall, Plater Way, Sunderland SR1 3AA", "© Sunderland City Council"),
    heading="Cabinet - Tuesday, 10th December, 2024 2.00 pm",
    venue="Council Chamber, City Hall, Plater Way, Sunderland, SR1 3AA",
    contact="Democratic Services. Tel: 0191 561 1008",
    items=[
        item("58.", "Minutes", [
            "The minutes of the meeting of the Cabinet held on 12 November 2024 were confirmed and signed as a correct record.",
        ]),
        item("59.", "Mowbray Park Play Area Refurbishment", [
            "The Executive Director of Neighbourhoods submitted a report seeking approval to refurbish the play area in Mowbray Park, which had last been replaced in 2006 and where several pieces of equipment had been taken out of use following the annual safety inspection.",
            "Consultation on three design options had run for six weeks in the autumn and had received 1,140 responses, of which 72 per cent favoured the option with a sand and water play zone and a wheelchair accessible roundabout.",
            "The contract for the works, valued at £640,000, had been awarded through the regional framework to Northern Playscape Ltd, and the play area would be closed from February to the end of June 2025 while the work was carried out.",
            "Councillor Joanne Pelling asked whether the toilets next to the park would be open for families using the new play area. The Portfolio Holder for Clean, Green City said that the toilets would be refurbished at the same time and would open daily from 9am until dusk, with a baby changing room added.",
            "Councillor Pelling also asked how the scheme would be paid for. The Cabinet was advised that £400,000 would come from developer contributions from housing sites in the city centre and the remaining £240,000 from the Council's capital programme.",
        ], links=[("Mowbray Park play area report", "502 KB"), ("Consultation results", "231 KB")],
            decision=["RESOLVED that the refurbishment of the Mowbray Park play area be approved as set out in option B."]),
        item("60.", "Roker and Seaburn Seafront Illuminations 2025", [
            "Cabinet considered a report proposing that the seafront illuminations between Roker Pier and Seaburn be extended by three weeks in 2025, to run from 29 August until 9 November.",
            "The extension would cost £85,000, to be met from the Council's events reserve, and would include 40 new low energy light features along Whitburn Bents Road.",
            "In reply to a question, the Director of Culture explained that the switch-on event would move to Seaburn this year because the Roker promenade works would not be finished in time.",
        ], decision=["RESOLVED that the extended illuminations programme for 2025 be approved."]),
        item("61.", "Keel Square Market Licence", [
            "The Cabinet received a report on the licence for the weekly market in Keel Square, which had been operated since 2022 by an independent market company. The licence expired in March 2025.",
            "It was reported that the market had averaged 31 stalls on a Saturday over the past year, and that traders had asked for a covered area for food stalls during the winter months.",
            "Cabinet agreed to extend the licence by two years on the existing terms, and asked officers to look at whether temporary gazebos could be provided from the city centre budget.",
        ], decision=["RESOLVED that the Keel Square market licence be extended until March 2027."]),
        item("62.", "Response to the Scrutiny Review of Home to School Transport", [
            "The Cabinet considered its response to the eight recommendations made by the Children, Education and Skills Scrutiny Committee following its review of home to school transport for pupils with special educational needs.",
            "Six of the recommendations were accepted in full, including the recommendation that parents be given at least ten school days' notice of any change of driver or route. The recommendation to provide a dedicated transport officer in every special school was not accepted because of its cost.",
        ], decision=["RESOLVED that the response to the scrutiny review be approved and sent to the Scrutiny Committee."]),
    ],
)

doc(
    name="ieListDocuments_CId456_MId4190_Horsham_PlanningNorth", form="mg-meeting",
    council="Horsham District Council", stated="yes", committee="Planning Committee North", date="2025-03-04",
    site=site("Horsham District Council", "https://horsham.moderngov.co.uk",
              "Parkside, Chart Way, Horsham, West Sussex RH12 1RL", "Copyright Horsham District Council",
              breadcrumb=["Home", "Committees", "Planning Committee North", "Meetings"]),
    heading="Planning Committee North - Tuesday, 4th March, 2025 5.30 pm",
    venue="Conference Room, Parkside, Chart Way, Horsham",
    contact="Committee Services, 01403 215465",
    note="Members of the public who have registered to speak should arrive by 5.15pm.",
    items=[
        item("PCN/61", "Apologies for absence", [
            "Apologies were received from Councillors Kevin Darrow and Sally Ormerod.",
        ]),
        item("PCN/62", "DC/24/1567 - Land North of Old Guildford Road, Broadbridge Heath", [
            "The Head of Development and Building Control reported that the application sought full permission for 64 dwellings with a new access from Old Guildford Road, a children's play space and a pond to hold surface water.",
            "The site lay outside the built up area boundary but was allocated in the Broadbridge Heath neighbourhood plan. Of the 64 homes, 35 per cent would be affordable, with 16 for social rent and 6 for shared ownership.",
            "Speaking against the application, a resident of Wickhurst Lane said that traffic queued back from the A264 roundabout every morning. The applicant's agent replied that a contribution of £180,000 would be paid towards improving the roundabout signals.",
            "West Sussex County Council as highway authority had raised no objection subject to conditions. A member asked how the pond would be looked after; officers said a management company funded by a charge on residents would maintain it.",
            "Councillor Penny Cardew proposed that the application be approved as recommended and this was seconded by Councillor Graham Lusted. On being put to the vote there were 8 votes for and 3 against.",
            "RESOLVED That planning permission be granted subject to the conditions in the report and the completion of a legal agreement securing the affordable housing and the highway contribution.",
        ]),
        item("PCN/63", "DC/24/1890 - 61 High Street, Billingshurst", [
            "The Committee considered an application to change the use of a vacant shop to a cafe with six tables on the pavement, and to put up a new shopfront.",
            "The Parish Council had objected on the grounds that the pavement tables would narrow the footway outside the bus stop. Officers advised that the tables would be licensed separately by the County Council and that the width remaining would be 2.1 metres.",
            "Members welcomed the reuse of the empty unit, which had been vacant since the bank branch closed in 2021.",
            "RESOLVED That planning permission be granted subject to the conditions in the report, with an additional condition limiting deliveries to between 7am and 10am.",
        ]),
        item("PCN/64", "DC/24/2011 - Byfleets Lane Farm, Warnham", [
            "The application sought permission for a barn of 1,200 square metres for the storage of hay and machinery and for an indoor riding arena.",
            "The Head of Development and Building Control recommended approval. Several members expressed concern that the building would be visible from the public footpath to Warnham Mill Pond and that its size was out of proportion with the holding.",
            "Councillor Colin Merriott moved that the application be refused because of its harm to the character of the countryside. This was seconded by Councillor Alison Threlfall. The motion was carried with 6 votes for, 5 against and no abstentions.",
            "RESOLVED That planning permission be refused because the scale and height of the building would cause harm to the rural landscape.",
        ]),
        item("PCN/65", "DC/25/0042 - Land at Worthing Road, Southwater", [
            "The Chair announced that the application had been withdrawn by the applicant on 28 February 2025 and would not be considered.",
        ]),
    ],
)

doc(
    name="ieListDocuments_CId147_MId5533_Sefton_Cabinet", form="mg-meeting",
    council="Sefton Council", stated="yes", committee="Cabinet", date="2025-02-06",
    site=site("Sefton Council", "https://modgov.sefton.gov.uk", "Bootle Town Hall, Oriel Road, Bootle L20 7AE",
              "© Sefton Council", menu=["Home", "Councillors", "Meetings", "Forward plan", "Petitions"]),
    heading="Cabinet - Thursday, 6th February, 2025 10.00 am",
    venue="Committee Room, Bootle Town Hall, Oriel Road, Bootle",
    contact="Democratic Services, 0151 934 2068",
    items=[
        item("101", "Minutes of the Previous Meeting", [
            "Decision Made: That the minutes of the Cabinet meeting held on 9 January 2025 be confirmed as a correct record.",
        ]),
        item("102", "Litter and Fly-tipping Enforcement Pilot", [
            "The Cabinet considered the report of the Assistant Director of Operational In-House Services on an 18 month pilot of environmental enforcement by an external provider in Bootle, Litherland and Southport town centre.",
            "The report explained that the Council had only four enforcement officers and had issued 212 fixed penalty notices in 2023/24. Civic Patrol Services Ltd would provide eight uniformed officers at no cost to the Council, recovering its costs from the fines paid.",
            "The fixed penalty for fly-tipping would rise to £400, reduced to £250 if paid within ten days, and the penalty for dropping litter would be £100.",
            "Councillor Carol Bibby asked how the Council would stop the officers targeting easy cases rather than fly-tippers. The Cabinet Member for Locality Services said the contract would include a rule that at least a quarter of the officers' patrol hours be spent on fly-tipping hot spots and that officers would not be paid per ticket.",
            "Decision Made: (1) That the pilot of environmental enforcement be approved. (2) That the contract be awarded to Civic Patrol Services Ltd for 18 months from 1 April 2025.",
        ]),
        item("103", "Southport Pier: Next Steps", [
            "The Cabinet received an update on Southport Pier, which had been closed to the public since structural defects were found in the decking at the seaward end.",
            "The Head of Economic Growth reported that temporary props had been installed at four of the worst trestles and that the pier entrance building would reopen as a cafe at Easter.",
            "A full structural survey of the pier would be commissioned in April 2025, covering the iron columns, the decking and the tram track, and its findings and repair options would be brought back to Cabinet in the autumn.",
            "Members asked whether the pier could be fully reopened in time for the 2026 summer season. The Cabinet Member for Regeneration said that no commitment could be given until the survey had been completed.",
            "Decision Made: That the update be noted and that £150,000 be released from reserves to commission the structural survey.",
        ]),
        item("104", "Crosby Lakeside Adventure Centre Fees and Charges 2025/26", [
            "The Cabinet considered proposed fees for the watersports centre at Crosby Marine Lake. The adult taster session in sailing or paddleboarding would rise from £32 to £35, and the junior holiday course would rise from £120 to £130 for five days.",
            "In answer to a question from Councillor Dermot Hanlon, the Chief Leisure Officer confirmed that Sefton residents holding a Leisure Card would continue to receive a 20 per cent discount.",
            "Decision Made: That the fees and charges for 2025/26 be approved.",
        ]),
    ],
)

doc(
    name="ieListDocuments_CId271_MId7718_Havering_Cabinet", form="mg-meeting",
    council="London Borough of Havering", stated="yes", committee="Cabinet", date="2024-11-13",
    site=site("London Borough of Havering", "https://democracy.havering.gov.uk",
              "Town Hall, Main Road, Romford RM1 3BB", "© London Borough of Havering"),
    heading="Cabinet - Wednesday, 13th November, 2024 7.30 pm",
    venue="Council Chamber - Town Hall",
    contact="Committee Administration Team, 01708 433100",
    items=[
        item("28", "Declarations of Interest", [
            "There were no declarations of interest.",
        ]),
        item("29", "Damp and Mould in Council Homes: Progress Report", [
            "Cabinet received a report from the Director of Housing and Property on progress in tackling damp and mould in the Council's 9,200 homes.",
            "The Council had received 1,260 reports of damp and mould in 2023/24, more than double the number two years earlier. Dryline Property Care had been appointed in April 2024 to carry out treatments, including mould washes, extractor fans and repairs to guttering.",
            "The target was now to inspect every report within 10 working days and to complete the works within 28 days. In September 2024, 83 per cent of inspections had met the target.",
            "The Cabinet Member for Housing and Property said that tenants in Harold Hill had told her they were not told when the contractor would call. The Director replied that a text message booking system would be introduced in January 2025.",
            "Cabinet agreed to fund two additional damp surveyors from the Housing Revenue Account at a cost of £96,000 a year.",
        ], links=[("Damp and mould progress report", "388 KB")]),
        item("30", "Romford Market: Pitch Fees", [
            "Cabinet considered a proposal to reduce pitch fees at Romford Market for a year to attract more traders. There were 38 regular traders on Saturdays, compared with more than 100 ten years ago.",
            "The daily pitch fee would be cut from £45 to £30 from January 2025, and new traders would get their first four weeks free.",
            "A member asked what the reduction would cost. Officers estimated a loss of fee income of £41,000, which they hoped would be recovered if 15 more traders took pitches.",
        ]),
        item("31", "Harrow Lodge Park Lake: Desilting", [
            "Cabinet received a report on the condition of the lake in Harrow Lodge Park, Hornchurch, where silt had built up to the point that the lake was less than half a metre deep in places and algae had killed fish in the summer.",
            "The Assistant Director of Environment said that officers could not yet say what the desilting would cost, because sediment samples taken in October were still being analysed for contamination and the cost of disposal depended on the results.",
            "The work would be programmed for the autumn of 2025, outside the bird nesting season, and the Friends of Harrow Lodge Park would be consulted on the design of new reed beds.",
        ]),
        item("32", "Upminster Windmill: Lease to Trust", [
            "Cabinet agreed to grant a 25 year lease of Upminster Windmill and its visitor centre to the Hornchurch and Upminster Windmill Trust at a peppercorn rent, so that the trust could apply for heritage grants.",
        ]),
    ],
)

doc(
    name="ieListDocuments_CId144_MId10922_Oldham_Cabinet", form="mg-meeting",
    council="Oldham Council", stated="yes", committee="Cabinet", date="2025-03-24",
    site=site("Oldham Council", "https://committees.oldham.gov.uk", "Civic Centre, West Street, Oldham OL1 1UT",
              "© Oldham Council", menu=["Home", "Councillors", "Meetings", "Decisions", "Constitution"]),
    heading="Cabinet - Monday, 24th March, 2025 6.00 pm",
    venue="Lees Suite, Civic Centre, West Street, Oldham, OL1 1UT",
    contact="Constitutional Services, 0161 770 5151",
    outcome_label="Minutes:",
    items=[
        item("1", "Apologies For Absence", [
            "Apologies for absence were received from Councillor Nadia Rehman.",
        ]),
        item("2", "Spindles Town Square: New Market Hall", [
            "The Cabinet considered a report of the Director of Economy on the design of the new market hall in the former Spindles Town Square shopping centre, which would replace the Tommyfield Market hall.",
            "The market hall would occupy the ground floor of the former department store unit and would include a food court with twelve kitchens, a seating area for 300 people and a stage for events.",
            "The estimated cost had risen from £13.1 million to £15.6 million because of inflation in steel and mechanical works, and the gap would be met from the Council's capital programme and a grant from the Government's Town Fund.",
            "Councillor Bernard Ashworth asked whether the existing traders would be offered a place. The Cabinet Member for Regeneration said that every trader at Tommyfield had been written to and offered first refusal, with a two year rent freeze in the new hall.",
            "RESOLVED: That the revised design and budget for the new market hall be approved.",
        ]),
        item("3", "Damp and Mould in Private Rented Homes", [
            "The Cabinet received a report on enforcement against damp and mould in private rented housing following the new duties placed on landlords.",
            "In the twelve months to January 2025, officers had carried out 412 inspections of private rented homes where tenants had reported damp and mould, and had served 96 improvement notices on landlords.",
            "The Director of Public Health said that children in homes with mould were at greater risk of breathing problems and that health visitors would now refer families directly to the housing enforcement team.",
            "RESOLVED: That the report be noted and that two further environmental health officers be funded from the civil penalty income.",
        ]),
        item("4", "Bus Shelter Replacement Programme", [
            "The Cabinet considered a proposal to replace 140 bus shelters across the borough as part of the Bee Network improvements.",
            "The new shelters would be supplied and maintained by Transit Street Furniture Ltd under a fifteen year contract, and would be paid for entirely by advertising revenue from digital panels in 38 of the shelters, so there would be no cost to the Council.",
            "Members asked about shelters in Shaw and Royton, which had been damaged repeatedly. Officers confirmed that those shelters would be among the first to be replaced and would have toughened glass.",
            "RESOLVED: That the contract with Transit Street Furniture Ltd be approved.",
        ]),
        item("5", "Alexandra Park Conservatory", [
            "The Cabinet noted that the Victorian glasshouse in Alexandra Park would reopen in May 2025 following the replacement of its heating system, and that volunteers from the park's friends group would run guided tours on Sundays.",
        ]),
    ],
)

# =========================================================================== ModernGov item pages

doc(
    name="mgAi_ID61247_MidSussex_Scrutiny", form="mg-item",
    council="Mid Sussex District Council", stated="yes",
    committee="Scrutiny Committee for Community, Customer Services and Service Delivery", date="2025-01-15",
    site=site("Mid Sussex District Council", "https://midsussex.moderngov.co.uk",
              "Oaklands, Oaklands Road, Haywards Heath, West Sussex RH16 1SS", "© Mid Sussex District Council 2025",
              breadcrumb=["Home", "Committees", "Scrutiny Committee for Community, Customer Services and Service Delivery", "Item"]),
    meeting_line="15/01/2025 - Scrutiny Committee for Community, Customer Services and Service Delivery (Item 7.)",
    items=[item("7.", "Ash Dieback and Tree Management in Parks", [
        "The Parks and Landscapes Manager introduced the report, which described the Council's response to ash dieback in its parks and open spaces. A survey of 212 ash trees in Council parks had been completed in the summer of 2024.",
        "At Beech Hurst Gardens in Haywards Heath, 48 ash trees had been felled since October because they were within falling distance of paths, the miniature railway or the play area. The felling had been carried out by Weald Arboriculture Ltd, which held the Council's tree works contract until 2027.",
        "The Council intended to plant 150 replacement trees across its parks over the next two winters, including 60 at Beech Hurst Gardens, 20 at Clair Park and the rest in Burgess Hill and East Grinstead. The replacements would be a mix of small leaved lime, field maple, hornbeam and wild cherry rather than a single species.",
        "A Member asked why some healthy looking ash trees had been taken down. The Parks and Landscapes Manager explained that the disease weakened the roots and the base of the trunk before the crown showed much sign of it, so a tree could appear healthy and still be dangerous.",
        "Another Member asked who would pay for the replanting. The Cabinet Member for Environment said the trees would be paid for from a grant of £38,000 from the Local Authority Treescapes Fund, with the Council paying for watering for the first three summers.",
        "The Committee asked how residents had been told about the felling. Officers said notices had been put on each tree two weeks in advance and a page had been added to the Council's website, but accepted that more could be done to explain the work to users of the gardens.",
        "RESOLVED that the Committee noted the report and asked that a summary of the tree works programme be sent to town and parish councils each autumn.",
    ], intro="Report of the Director of Communities.",
        links=[("Ash dieback report", "290 KB"), ("Appendix 1 - tree survey summary", "1 MB")])],
)

doc(
    name="mgAi_ID55310_Bury_Scrutiny", form="mg-item",
    council="Bury Council", stated="yes", committee="Overview and Scrutiny Committee", date="2024-06-05",
    site=site("Bury Council", "https://councildecisions.bury.gov.uk", "Town Hall, Knowsley Street, Bury BL9 0SW",
              "© Bury Council", breadcrumb=["Home", "Committees", "Overview and Scrutiny Committee", "Agenda item"]),
    meeting_line="05/06/2024 - Overview and Scrutiny Committee (Item 6)",
    items=[item("OSC.6", "Street Cleansing and Environmental Enforcement", [
        "The Director of Operations presented a report on street cleansing standards and on the first year of the environmental enforcement contract with Greenline Enforcement Ltd, which had begun in May 2023.",
        "During 2023/24 the contractor's officers had issued 1,930 fixed penalty notices, of which 1,702 were for dropped litter and cigarette ends, 143 were for fly-tipping and 85 were for dog fouling. About 71 per cent of the notices had been paid.",
        "The contract cost the Council nothing to run: Greenline Enforcement Ltd kept £45 from each fixed penalty that was paid, and the rest of the income came to the Council to spend on street cleansing.",
        "Councillor Lorna Whitehead said that residents in Ramsbottom had seen enforcement officers only in the town centre and never on the estates where fly-tipping was worst. The Director replied that patrols would be moved to follow the fly-tipping reports from the Council's app, and that Ramsbottom would get two patrol days a week from July.",
        "Members asked whether the contractor's officers were fair to people who could not pay. The Director said vulnerable people could be referred to the Council's welfare team, and that 60 notices had been cancelled on appeal in the year.",
        "The Director confirmed that Internal Audit would review the enforcement contract in the autumn, looking at how patrols were chosen and how appeals were handled, and that its findings would be reported to the Committee early in 2025.",
        "RESOLVED: That the report be noted and that the Committee receive the Internal Audit findings when they are available.",
    ], intro="The Committee considered a report of the Director of Operations.",
        links=[("Street cleansing and enforcement report", "344 KB")])],
)

# =========================================================================== ModernGov decision pages

doc(
    name="ieDecisionDetails_ID7731_Calderdale_NorthBridge", form="mg-decision",
    council="Calderdale Council", stated="yes", committee="Cabinet", date="2024-09-02",
    site=site("Calderdale Council", "https://calderdale.moderngov.co.uk", "Town Hall, Crossley Street, Halifax HX1 1UJ",
              "© Calderdale Metropolitan Borough Council", menu=["Home", "Councillors", "Meetings", "Decisions", "Calendar", "Libraries"]),
    decision_title="North Bridge Leisure Centre - Pool Hall Roof Replacement",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To approve the replacement of the roof over the pool hall at North Bridge Leisure Centre, Halifax, and the temporary closure of the swimming pools while the work is carried out.",
        ]),
        ("Decision:", [
            "(a) That the replacement of the pool hall roof at North Bridge Leisure Centre at a total cost of £2.87 million be approved.",
            "(b) That the contract for the works be awarded to Pennine Roofing Contractors Ltd, following a competitive tender in which four bids were received.",
            "(c) That the cost be met from a grant of £450,000 from Sport England's Swimming Pool Support Fund and the remainder from prudential borrowing.",
            "(d) That the gym, sports hall and studios remain open throughout the works.",
        ]),
        ("Reasons for the decision:", [
            "An inspection of the roof in March 2024 found that the steel purlins supporting the roof panels had corroded badly because of moisture from the pool hall, and that several panels had moved. The structural engineer advised that repairing the existing roof would give no more than five more years of use.",
            "The pools have been closed since the inspection as a precaution. The date on which swimming can resume has not been fixed, because it depends on how long the steel supplier takes to deliver the new purlins and on a further inspection once the old roof is stripped.",
            "During the closure, swimming lessons have moved to Brighouse Sports Centre and Sowerby Bridge Pool, and the Council has provided a free bus from North Bridge for the junior swimming club.",
        ]),
        ("Alternative options considered:", [
            "Patching the roof was rejected because of its short life. Closing the pools permanently was rejected because North Bridge is the only pool in the borough with a diving board and it is used by 2,300 swimmers a week.",
        ]),
    ],
    tail=[("Publication date:", "04/09/2024"), ("Date of decision:", "02/09/2024"),
          ("Decided at meeting:", "02/09/2024 - Cabinet"), ("Effective from:", "12/09/2024")],
    links=[("North Bridge pool hall roof report", "611 KB")],
)

doc(
    name="ieDecisionDetails_ID9914_Sandwell_DampMould", form="mg-decision",
    council="Sandwell Metropolitan Borough Council", stated="yes", committee="Cabinet Member for Housing", date="2024-07-22",
    site=site("Sandwell Metropolitan Borough Council", "https://sandwell.moderngov.co.uk",
              "Sandwell Council House, Freeth Street, Oldbury B69 3DE", "© Sandwell Metropolitan Borough Council"),
    decision_title="Damp and Mould Remediation Framework 2024 to 2027",
    fields=[("Decision Maker:", "Cabinet Member for Housing"), ("Decision status:", "Implemented"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To appoint contractors to a framework for the treatment of damp and mould in council homes across Sandwell, so that repairs can be ordered quickly without a separate tender for each job.",
        ]),
        ("Decision:", [
            "1. That Midland Damp Solutions Ltd and Castlegate Building Services Ltd be appointed to the damp and mould remediation framework for three years from 1 September 2024.",
            "2. That spending under the framework be capped at £6.2 million over the three years, funded from the Housing Revenue Account.",
            "3. That work be allocated between the two contractors by area, with Midland Damp Solutions Ltd covering West Bromwich, Wednesbury and Tipton and Castlegate Building Services Ltd covering Oldbury, Smethwick and Rowley Regis.",
        ]),
        ("Reasons for the decision:", [
            "At the end of June 2024 there were 3,400 open cases of damp and mould in council homes, and the average time to complete treatment was 61 days. The Housing Ombudsman had made findings of severe maladministration against the Council in two damp cases in the previous year.",
            "The framework is expected to reduce the average time to complete treatment to 20 days by allowing surveyors to order works directly from the contractor on the day of inspection. Each contractor must provide a follow up visit six weeks after treatment to check that the mould has not returned.",
            "The treatments covered by the framework include mould washing, anti mould paint, mechanical ventilation, insulation of cold walls and repairs to roofs, windows and gutters.",
        ]),
        ("Alternative options considered:", [
            "Carrying out all the work with the Council's own repairs team was rejected because the team does not have enough trained operatives. A single contractor was rejected because it would leave the Council without cover if that contractor failed.",
        ]),
    ],
    tail=[("Publication date:", "23/07/2024"), ("Date of decision:", "22/07/2024"), ("Effective from:", "31/07/2024")],
    links=[("Damp and mould framework report", "470 KB")],
)

# =========================================================================== printed PDF minutes

doc(
    name="TMBC_Area1_Planning_Minutes_2024-05-16", form="pdf-minutes",
    council="Tonbridge and Malling Borough Council", stated="yes", committee="Area 1 Planning Committee",
    date="2024-05-16", pdf_title="Area 1 Planning Committee minutes 16 May 2024", pdf_author="Democratic Services",
    logo="TONBRIDGE AND MALLING BOROUGH COUNCIL",
    title_lines=["AREA 1 PLANNING COMMITTEE",
                 "MINUTES",
                 "Thursday, 16th May, 2024",
                 "Council Chamber, Gibson Building, Kings Hill, West Malling"],
    attendance=[("Present:", "Cllr Fiona Castellane (Chair), Cllr Roger Ibbotson (Vice Chair), Cllrs Mark Delahunt, Sunita Varma, Peter Hollingbury, Janet Kewley, Anthony Orrin, Claire Busby and Dominic Ffrench."),
                ("Apologies:", "Apologies for absence were received from Cllrs Lesley Marchant and Owen Pryde.")],
    items=[
        item("AP1 24/21", "DECLARATIONS OF INTEREST", [
            "Cllr Hollingbury declared that he lived in Riding Lane, Hildenborough, and withdrew from the meeting during the consideration of application TM/24/00310/FL.",
        ]),
        item("AP1 24/22", "TM/23/02219/FL: 152 High Street, Tonbridge", [
            "Change of use of the ground floor from a shop to a hot food takeaway, with a new extraction flue at the rear.",
            "The Planning Officer reported that the Tonbridge Civic Society had objected because there were already seven takeaways within 200 metres. Officers considered that the proposal would not undermine the shopping function of the High Street, as the unit had been empty for over two years.",
            "A neighbour in Bank Street spoke about cooking smells from the flue. The applicant's agent said that a carbon filter system would be fitted and serviced every three months, and officers had added a condition to secure this.",
            "Cllr Delahunt moved, and Cllr Varma seconded, that the application be approved. On being put to the vote, 7 members voted in favour and 2 against.",
            "RESOLVED: That the application be APPROVED subject to the conditions set out in the report of the Director of Planning, Housing and Environmental Health.",
        ]),
        item("AP1 24/23", "TM/24/00310/FL: Land east of Riding Lane, Hildenborough", [
            "Erection of nine detached houses with 18 parking spaces and a new access from Riding Lane.",
            "The site lay within the Metropolitan Green Belt. The applicant argued that very special circumstances existed because the scheme included two bungalows for older residents of the village.",
            "Members considered that the provision of two bungalows did not outweigh the harm to the openness of the Green Belt and to the rural character of the lane, which had no footway.",
            "Cllr Kewley moved, and Cllr Orrin seconded, that the application be refused, and this was agreed unanimously.",
            "RESOLVED: That the application be REFUSED because it was inappropriate development in the Green Belt and no very special circumstances had been shown.",
        ]),
        item("AP1 24/24", "TM/24/00451/FL: 3 The Square, Hadlow", [
            "Change of use of a former estate agency to a cafe with seating for 24 customers.",
            "Hadlow Parish Council supported the application, which would bring an empty unit in the conservation area back into use. Members asked about noise from early morning deliveries.",
            "RESOLVED: That the application be APPROVED subject to conditions, including a condition that the cafe shall only be open to customers between 8am and 6pm on Mondays to Saturdays and between 9am and 4pm on Sundays and Bank Holidays.",
        ]),
        item("AP1 24/25", "ENFORCEMENT UPDATE", [
            "The Committee noted the quarterly list of enforcement cases, including the notice served on the owner of land at Tudeley Lane requiring the removal of stored vehicles by 30 June 2024.",
        ]),
    ],
    closing=["The meeting ended at 9.12 pm"],
    header="Area 1 Planning Committee", header_right="16 May 2024",
    footer=["Page {n} of {total}"],
)

doc(
    name="NEDDC_Cabinet_Minutes_27June2024", form="pdf-minutes",
    council="North East Derbyshire District Council", stated="yes", committee="Cabinet", date="2024-06-27",
    pdf_title="Cabinet Minutes 27 June 2024", pdf_author="Governance Team",
    title_lines=["NORTH EAST DERBYSHIRE DISTRICT COUNCIL",
                 "MINUTES OF MEETING OF THE CABINET",
                 "Held on Thursday, 27 June 2024 at 1.00 pm in the Council Chamber, District Council Offices, 2013 Mill Lane, Wingerworth"],
    attendance=[("Present:", "Councillor Graham Tansley (Leader) in the Chair; Councillors Marian Abell, Stuart Fenwick, Rosalind Keble and Trevor Wragg."),
                ("Also Present:", "The Chief Executive, the Director of Growth and Assets, the Head of Environmental Health and the Governance Officer.")],
    items=[
        item("CAB/24/31", "Clay Cross Town Centre: Market Street Improvements", [
            "The Portfolio Holder for Growth presented a report seeking approval to award the contract for improvements to Market Street and the area around the Parish Church in Clay Cross, as part of the Clay Cross Town Deal.",
            "The scheme would widen pavements, replace the street lighting, add 14 street trees and create a space for events outside the former Co op building. Five tenders had been received, and the most economically advantageous was from Brimington Civils Ltd at £1.92 million.",
            "Councillor Keble asked whether businesses would stay open during the works. The Director of Growth and Assets replied that the work would be carried out in four phases so that no more than one side of Market Street would be closed at any time, and that every shop would keep a pedestrian entrance.",
            "Moved by Councillor Abell, seconded by Councillor Fenwick.",
            "RESOLVED that the contract for the Market Street improvements be awarded to Brimington Civils Ltd.",
        ]),
        item("CAB/24/32", "Tackling Fly Tipping: Enforcement Approach", [
            "The Head of Environmental Health reported on the Council's enforcement against fly tipping. Reported incidents had risen to 1,418 in 2023/24, with the highest numbers in Eckington, Killamarsh and the lanes around Holymoorside.",
            "The Council had bought 16 deployable CCTV cameras at a cost of £48,000, which could be moved between hot spots every few weeks. The footage had already led to 27 fixed penalty notices and 4 prosecutions since January.",
            "The report proposed raising the fixed penalty for fly tipping from £400 to £1,000, the highest level allowed, with a reduced amount of £600 for payment within ten days.",
            "Councillor Wragg asked whether residents who had paid someone to take their rubbish away and found it dumped would be fined. The Head of Environmental Health said that householders had a duty to check that the person was a registered waste carrier, but the Council would always look first at who had dumped the waste.",
            "Moved by Councillor Wragg, seconded by Councillor Keble.",
            "RESOLVED that the fixed penalty for fly tipping be set at £1,000, reduced to £600 if paid within ten days, from 1 August 2024.",
        ]),
        item("CAB/24/33", "Dronfield Leisure Provision", [
            "The Leader reported that Dronfield Sports Centre was now over 50 years old and that its running costs had risen by 40 per cent in three years.",
            "Cabinet agreed that a feasibility study into options for leisure provision in Dronfield, including refurbishment of the existing centre and a new building on a different site, be commissioned over the summer, with the findings to come back to Cabinet in December 2024.",
            "Moved by Councillor Tansley, seconded by Councillor Abell.",
            "RESOLVED that a budget of £75,000 be approved for the feasibility study.",
        ]),
        item("CAB/24/34", "Exclusion of the Public", [
            "RESOLVED that the public be excluded from the meeting for the following item on the grounds that it involved the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.",
        ]),
    ],
    closing=["The meeting concluded at 2.35 pm.", "Chair ........................................"],
    header="Cabinet 27.06.24",
    footer=["Page {n}"],
)

doc(
    name="Wyre_Cabinet_Minutes_2024-10-02", form="pdf-minutes",
    council="Wyre Council", stated="yes", committee="Cabinet", date="2024-10-02",
    pdf_title="Cabinet minutes", pdf_author="Wyre Council",
    title_lines=["Wyre Council",
                 "Cabinet",
                 "Minutes of the meeting held on Wednesday, 2 October 2024 at the Civic Centre, Breck Road, Poulton-le-Fylde"],
    attendance=[("Members present:", "Councillors Linda Entwistle (Leader), Shaun Halliwell, Barbara Mountford, Derek Saxby and Amanda Trickett."),
                ("Officers present:", "Ruth Calland, Chief Executive; Neil Oddie, Head of Built Environment; Hannah Luckett, Democratic Services Officer.")],
    items=[
        item("CAB.23", "Confirmation of minutes", [
            "The minutes of the Cabinet meeting held on 4 September 2024 were confirmed as a correct record.",
        ]),
        item("CAB.24", "Car parking charges 2025", [
            "The Resources Portfolio Holder presented the report of the Head of Built Environment proposing changes to charges in the Council's pay and display car parks from 1 January 2025.",
            "The all day charge in the seafront car parks at Fleetwood and Cleveleys would rise from £5.00 to £6.00, while the one hour charge would stay at £1.20. Charges at Garstang High Street car park would be unchanged, to support the market town.",
            "An annual season ticket for residents would be introduced at £60, valid in all Council car parks except Marine Hall. The increase was expected to raise an extra £115,000 a year towards the cost of maintaining the promenade.",
            "Councillor Trickett asked whether blue badge holders would still park free. The Head of Built Environment confirmed that blue badge holders would continue to park free of charge in all Council car parks.",
            "Councillor Saxby proposed the recommendations, seconded by Councillor Mountford, and they were agreed.",
            "Decision taken: That the car parking charges for 2025 be approved as set out in the report.",
        ]),
        item("CAB.25", "Fleetwood Market", [
            "The Cabinet considered a report on the future of Fleetwood Market, which had 46 traders in the market hall and a further 22 on the outdoor market on Tuesdays and Fridays.",
            "The report recommended the repair of the market hall glazing at an estimated cost of £310,000, funded by the UK Shared Prosperity Fund, and a campaign to attract younger traders, with the first three months' rent free for new businesses.",
            "Councillor Halliwell asked whether the market would open on Sundays. Officers said a trial of Sunday opening in the summer had attracted too few shoppers to continue.",
            "Decision taken: That the repair of the market hall glazing and the campaign for new traders be approved.",
        ]),
        item("CAB.26", "Knott End to Fleetwood ferry", [
            "The Leader reported that the Council's subsidy to the operator of the passenger ferry across the River Wyre would end in March 2025 and that a tender for a new operating contract had been advertised.",
            "The level of subsidy for 2025 could not yet be confirmed, as the tender had closed only the previous week and the three bids received were still being evaluated.",
            "Members stressed the importance of the ferry to residents of Knott End and Preesall who worked or went to college in Fleetwood.",
            "Decision taken: That the Leader be authorised to award the ferry contract following the evaluation of bids.",
        ]),
    ],
    closing=["The meeting started at 4.00pm and finished at 5.05pm.", "Date of publication: 4 October 2024"],
    header="Wyre Council Cabinet, 2 October 2024",
    footer=["Page {n} of {total}"],
)

doc(
    name="SNC_Cabinet_Minutes_2024-09-09", form="pdf-minutes",
    council="South Norfolk Council", stated="yes", committee="Cabinet", date="2024-09-09",
    pdf_title="Minutes of Cabinet", pdf_author="Democratic Services",
    title_lines=["SOUTH NORFOLK COUNCIL",
                 "CABINET",
                 "Minutes of a meeting of the Cabinet of South Norfolk Council held at the Horizon Centre, Peachman Way, Broadland Business Park, on Monday 9 September 2024 at 10am."],
    attendance=[("Committee Members Present:", "Councillors: Kieran Stannard (Chairman), Daphne Quarles, Ian Burroughs, Melanie Tofts and Patrick Sibley."),
                ("Officers in Attendance:", "The Managing Director, the Director of Place, the Assistant Director for Economic Growth and the Democratic Services Officer (HB).")],
    items=[
        item("1423", "DECLARATIONS OF INTEREST", [
            "No declarations were made.",
        ]),
        item("1424", "ELECTRIC VEHICLE CHARGING IN COUNCIL CAR PARKS", [
            "The Portfolio Holder for Clean and Safe Environment introduced the report, which proposed the installation of electric vehicle charge points in six Council car parks in the market towns.",
            "A total of 44 charge points would be installed: 12 at Mere Street car park in Diss, 10 at Market Street car park in Wymondham, 8 at Bullock Fair car park in Harleston and the remainder in Loddon, Hingham and Long Stratton. Four of the charge points at Diss would be rapid chargers.",
            "The charge points would be installed and operated by Anglia ChargeNet Ltd under a twelve year agreement, with the Council receiving 8 per cent of the income from each charge point. The Assistant Director explained that the operator would pay for the installation and for the electricity connections.",
            "Members discussed the loss of ordinary parking spaces. The Director of Place said that charging bays would be marked but that petrol and diesel vehicles would be allowed to use them on market days until demand grew.",
            "Councillor Tofts asked whether the charge points could be powered by solar panels on the car park. Officers replied that this had been looked at for Diss, but the cost of the canopies could not be justified at present.",
            "RESOLVED: To approve the installation of electric vehicle charge points in Council car parks and to enter into the agreement with Anglia ChargeNet Ltd.",
        ]),
        item("1425", "WYMONDHAM LEISURE CENTRE: GYM EXTENSION", [
            "Cabinet considered a proposal to extend the gym at Wymondham Leisure Centre by converting an underused squash court, at a cost of £265,000. Membership of the gym had grown to 2,150, and it was full at peak times.",
            "RESOLVED: To approve the gym extension at Wymondham Leisure Centre, to be funded from the leisure capital reserve.",
        ]),
        item("1426", "HOMELESSNESS AND TEMPORARY ACCOMMODATION", [
            "The Cabinet received a report on the rising use of temporary accommodation. There were 61 households in temporary accommodation at the end of July 2024, compared with 34 a year earlier.",
            "Cabinet agreed to buy six homes in Diss and Long Stratton for use as temporary accommodation, so that families would not have to be placed in hotels outside the district.",
            "RESOLVED: To approve a budget of £1.6 million for the purchase of six homes for use as temporary accommodation.",
        ]),
    ],
    closing=["(The meeting concluded at 11.40am)", "_____________ Chairman"],
    header="Cabinet", header_right="9 September 2024",
    footer=["{n}"],
)

doc(
    name="Inverclyde_EnvRegen_Committee_29Aug2024", form="pdf-minutes",
    council="Inverclyde Council", stated="yes", committee="Environment and Regeneration Committee", date="2024-08-29",
    pdf_title="Environment and Regeneration Committee", pdf_author="Legal, Democratic, Digital and Customer Services",
    title_lines=["Inverclyde Council",
                 "Environment and Regeneration Committee",
                 "Thursday 29 August 2024 at 3pm"],
    attendance=[("Present:", "Councillors Moira Galbraith (Convener), Hector Lindsay, Euan Carswell, Shona Kinnaird, Alistair Dunlop, Fraser Munn, Karen Tosh, Iain McCready, Lesley Rennie and Ross Aitken."),
                ("In attendance:", "Director Environment and Regeneration, Head of Physical Assets, Interim Head of Regeneration, Roads Service Manager and Committee Officer.")],
    items=[
        item("412", "Electric Vehicle Charging Tariff", [
            "There was submitted a report by the Director Environment and Regeneration proposing an increase in the tariff at the Council's public electric vehicle charge points, which had been unchanged since April 2022 while the price the Council paid for electricity had almost doubled.",
            "The report recommended that the tariff at standard charge points rise from 30p to 45p per kilowatt hour, that the tariff at rapid charge points rise from 40p to 55p per kilowatt hour, and that an overstay fee of £10 be introduced for vehicles left on a rapid charger for more than 90 minutes.",
            "Councillor Lindsay moved that the recommendations in the report be approved. Councillor Carswell moved as an amendment that the standard tariff be set at 35p per kilowatt hour for a further year to support residents without driveways.",
            "On a vote, 4 Members voted for the amendment and 8 Members voted for the motion, which was declared carried.",
            "Decided: that the new tariffs and the overstay fee be introduced from 1 October 2024.",
        ]),
        item("413", "Greenock Town Centre Regeneration Update", [
            "There was submitted a report by the Interim Head of Regeneration on progress with the Greenock town centre action plan, including the demolition of the former Oak Mall extension and the new public square at Clyde Square.",
            "Footfall in Greenock town centre had risen by 6 per cent in the year to June 2024, helped by the new events programme in Clyde Square and the reopening of two large units on Cathcart Street.",
            "In answer to a question from Councillor Tosh, the Interim Head of Regeneration advised that the square would be finished in March 2025 and that the contractor had agreed to keep a route open to the Municipal Buildings throughout.",
            "Decided: that the progress be noted.",
        ]),
        item("414", "Port Glasgow Town Centre: Shopfront Improvement Scheme", [
            "There was submitted a report on a shopfront improvement scheme for Princes Street and John Wood Street in Port Glasgow, offering grants of up to 75 per cent of the cost of new shopfronts and signage, to a maximum of £15,000 for each property.",
            "Councillor Dunlop welcomed the scheme and asked that owners of empty shops also be able to apply. The Interim Head of Regeneration agreed that vacant units would be eligible if the owner committed to letting them within a year.",
            "Decided: that the shopfront improvement scheme be approved with a budget of £250,000 from the Regeneration Fund.",
        ]),
        item("415", "Roads and Footways Capital Programme 2024/25: Additional Works", [
            "There was submitted a report on additional resurfacing works funded by an underspend in the winter maintenance budget. The works included the resurfacing of Kempock Street in Gourock at a cost of £186,000 and footway renewal on Drumfrochar Road in Greenock.",
            "Decided: that the additional works be added to the programme.",
        ]),
    ],
    header="ENVIRONMENT AND REGENERATION COMMITTEE", header_right="29 AUGUST 2024",
    footer=["{n}"],
)

doc(
    name="DCSDC_Environment_Regeneration_Minutes_Oct2024", form="pdf-minutes",
    council="Derry City and Strabane District Council", stated="yes", committee="Environment and Regeneration Committee",
    date="2024-10-08", pdf_title="Environment and Regeneration Committee minutes", pdf_author="Democratic Services",
    title_lines=["Derry City and Strabane District Council",
                 "Environment and Regeneration Committee",
                 "Minutes of Environment and Regeneration Committee held in the Council Chamber, Guildhall, Derry and remotely via Microsoft Teams on Tuesday 8 October 2024 at 4.00pm."],
    attendance=[("Present:", "Councillor Declan Harkin (Chair); Aldermen Rhonda McClintock and Norman Steele; Councillors Siobhan Devine, Ciaran Mullan, Aine Corrigan, Bernadette Quigg, Eamon Farren, Padraig Lynch and Sean Tully."),
                ("In Attendance:", "Director of Environment and Regeneration, Head of Environment, Lead Officer for Parks and Open Spaces and Democratic Services Officer.")],
    items=[
        item("ER312/24", "Notice of Recording", [
            "The Chair read the notice stating that the meeting was being audio recorded and that members joining remotely were reminded to keep their cameras on.",
        ]),
        item("ER313/24", "Play Park Investment Programme 2024/25", [
            "The Lead Officer for Parks and Open Spaces presented the report on the play park investment programme, which had a budget of £780,000 for the year.",
            "The play park at Brooke Park would be refurbished at a cost of £210,000, with new climbing equipment and a sensory garden, and the play park at the Canal Basin in Strabane would be replaced at a cost of £185,000. Both contracts had been awarded to Foyleside Play Systems Ltd.",
            "The Lead Officer explained that the play park in St Columb's Park was also due for replacement. A public consultation on its design would open in November and run for eight weeks, and the results would be reported to the Committee in the new year.",
            "Councillor Quigg asked whether the new equipment would include swings suitable for children who use wheelchairs. The Lead Officer confirmed that both Brooke Park and the Canal Basin would have a wheelchair accessible swing and a roundabout set flush with the ground.",
            "Proposed by Councillor Mullan, seconded by Alderman Steele and RESOLVED that the programme be approved.",
        ]),
        item("ER314/24", "Halloween Festival: Cleansing Arrangements", [
            "The Head of Environment reported on the cleansing plan for the Halloween festival. Last year crews had removed 60 tonnes of litter from the city centre and the riverfront over the festival weekend.",
            "This year an extra 40 litter bins would be placed along the Foyle Embankment and at Ebrington Square, and crews would work through the night after the parade so that the streets were clear by 7am.",
            "Alderman McClintock asked whether any of the litter would be recycled. The Head of Environment said that bottles and cans would be sorted at the depot and that 14 per cent of last year's total had been recycled.",
            "The Committee noted the report.",
        ]),
        item("ER315/24", "Household Recycling Centres: Winter Opening Hours", [
            "The Committee considered a proposal to open the household recycling centres from 9am to 5pm during the winter months instead of 8am to 8pm. Proposed by Councillor Devine, seconded by Councillor Farren.",
            "An amendment that the centres stay open until 6pm on Thursdays was proposed by Councillor Lynch and seconded by Councillor Tully. On a vote, 5 members voted for the amendment and 7 against, and the amendment fell.",
            "The substantive proposal was then put and RESOLVED that the winter opening hours be approved from 1 November 2024.",
        ]),
    ],
    closing=["This concluded the business and the meeting ended at 6.10pm."],
    header="Environment and Regeneration Committee 08.10.2024",
    footer=["Page {n}"],
)

# =========================================================================== Public Document Packs

doc(
    name="Hull_Cabinet_Pack_2025-01-27", form="pdf-pack",
    council="Hull City Council", stated="yes", committee="Cabinet", date="2025-01-27",
    pdf_title="Agenda document for Cabinet, 27/01/2025", pdf_author="Democratic Services",
    cover=["Cabinet", "Hull City Council", "Monday, 27 January 2025 at 2.00 pm",
           "Venue: The Banqueting Room, The Guildhall, Alfred Gelder Street, Hull, HU1 2AA"],
    cover_body=["Members of the Cabinet are summoned to attend the meeting to transact the business set out in the agenda below.",
                "Members: Councillors Andrew Sherburn (Leader), Colette Haigh, Farid Osei, Julian Prest, Maureen Lowther and Tom Kirkby.",
                "For further information please contact Lydia Maddox, Democratic Services Officer, on 01482 613456."],
    agenda=[("1", "Apologies for Absence"), ("2", "Declarations of Interest"),
            ("3", "Minutes of the meeting held on 16 December 2024 ({minutes})"),
            ("4", "Council Housing Damp and Mould Action Plan ({report})"),
            ("5", "Exclusion of the Public and Press")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["HULL CITY COUNCIL", "CABINET",
                      "Minutes of the meeting held on Monday, 16 December 2024, at The Guildhall, Hull. Present: Councillor Sherburn (in the Chair), Councillors Haigh, Osei, Prest, Lowther and Kirkby."],
    prev_items=[
        item("112", "Queen's Gardens Restoration", [
            "The Cabinet considered a report on the final phase of the restoration of Queen's Gardens, which would restore the sunken garden, repair the ponds and install new lighting on the paths to Wilberforce Monument.",
            "Councillor Lowther asked how the Council would stop the new planting being damaged. The Director of Property and Assets replied that a park warden would be based in the gardens from 8am to 8pm every day for the first two years, paid for from the scheme budget.",
            "Agreed that the final phase of works be approved at a cost of £3.4 million.",
        ]),
        item("113", "Pickering Park Lake Safety", [
            "The Cabinet noted that new lifebuoys and signage had been installed at Pickering Park lake after a review by the Royal Society for the Prevention of Accidents recommended that the water safety equipment be improved.",
            "Agreed that the report be noted.",
        ]),
        item("114", "Winter Support for Residents", [
            "The Cabinet received an update on the warm spaces network, which now included 42 libraries, community centres and churches. Councillor Osei asked whether the warm spaces would stay open over the Christmas holiday. The Leader said that 18 of them would open on the days between Christmas and New Year.",
            "Agreed that the update be noted.",
        ]),
    ],
    report=report(
        ["HULL CITY COUNCIL", "Report to Cabinet, 27 January 2025", "Council Housing Damp and Mould Action Plan"],
        [("Report of:", "Director of Housing"), ("Portfolio Holder:", "Portfolio Holder for Housing and Neighbourhoods"),
         ("Wards affected:", "All"), ("Key decision:", "Yes"), ("Status:", "Open")],
        [
            ("1. Purpose of the Report", [
                "1.1 To ask Cabinet to approve an action plan for tackling damp and mould in the Council's housing stock of about 23,500 homes, and to approve funding for its first phase.",
            ]),
            ("2. Recommendations", [
                "2.1 That Cabinet approves the Damp and Mould Action Plan at Appendix A.",
                "2.2 That Cabinet approves a budget of £4.8 million for phase one of the plan in 2025/26, funded from the Housing Revenue Account capital programme.",
            ]),
            ("3. Background", [
                "3.1 The Council received 2,870 reports of damp and mould from tenants in 2023/24. Almost half came from homes built with solid walls before 1945, many of them in the Newington, Drypool and Marfleet areas.",
                "3.2 A sample survey of 600 homes carried out in autumn 2024 found that 22 per cent had some damp or mould, and that in most cases the main cause was poor ventilation combined with cold external walls.",
                "3.3 The Regulator of Social Housing has made clear that landlords must have a full picture of the condition of their homes. A stock condition survey of every council home will begin in April 2025 and take around two years.",
            ]),
            ("4. Phase One", [
                "4.1 Phase one will install continuous mechanical ventilation in 3,000 homes with a history of damp reports, insulate the external walls of 250 solid wall homes in Marfleet, and train every repairs operative to record damp and mould on each visit.",
                "4.2 Tenants reporting damp and mould will be visited within ten working days, and homes with children under five or residents with a lung condition will be visited within three working days.",
            ]),
            ("5. Phase Two", [
                "5.1 Phase two will deal with the homes identified by the stock condition survey. Its cost cannot be estimated yet, because the scale of the work will not be known until the survey results are available.",
            ]),
            ("6. Financial Implications", [
                "6.1 Phase one will be funded from the Housing Revenue Account. The Council has also applied for £1.2 million from the Warm Homes Social Housing Fund for the wall insulation in Marfleet; a decision on the bid is expected in March 2025.",
            ]),
            ("7. Consultation", [
                "7.1 The Tenants' Forum was consulted on the plan in November 2024 and asked that tenants be given a named officer for each case. This has been included in the plan.",
            ]),
        ]),
    footer=["Page {n}"], number_offset=1,
)

doc(
    name="Ashfield_Cabinet_Pack_2025-03-17", form="pdf-pack",
    council="Ashfield District Council", stated="yes", committee="Cabinet", date="2025-03-17",
    pdf_title="Cabinet agenda pack 17 March 2025", pdf_author="Ashfield District Council",
    cover=["CABINET", "Ashfield District Council", "Date: Monday, 17th March, 2025", "Time: 10.00 am",
           "Venue: Council Chamber, Council Offices, Urban Road, Kirkby in Ashfield"],
    cover_body=["Dear Councillor, you are hereby summoned to attend the meeting of the Cabinet on the date and at the time shown above.",
                "Membership: Councillors Jason Arkwright (Chair), Dale Pilling, Helen Borrowdale, Samantha Kerr, Vincent Oakes and Martin Gresley.",
                "Contact: Democratic Services, Council Offices, Urban Road, Kirkby in Ashfield. Telephone 01623 450000."],
    agenda=[("1", "Apologies for Absence"), ("2", "Declarations of Disclosable Pecuniary or Other Interests"),
            ("3", "To receive and approve as a correct record the minutes of the meeting held on 10 February 2025 ({minutes})"),
            ("4", "Play Area Improvement Programme 2025/26 ({report})")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["CABINET", "Meeting held on Monday, 10th February, 2025 at 10.00 am",
                      "Present: Councillor Jason Arkwright in the Chair; Councillors Helen Borrowdale, Martin Gresley, Samantha Kerr, Vincent Oakes and Dale Pilling."],
    prev_items=[
        item("C.61", "Lammas Leisure Centre: Energy Improvements", [
            "Cabinet considered a report on the installation of air source heat pumps and 180 solar panels at Lammas Leisure Centre in Sutton in Ashfield, funded by a grant of £1.1 million from the Public Sector Decarbonisation Scheme.",
            "Councillor Kerr asked whether the pool would have to close while the work was done. The Director of Place and Communities replied that the pool would close for two weeks in August, during the annual maintenance shutdown, and that no other closures were planned.",
            "RESOLVED that the energy improvements at Lammas Leisure Centre be approved.",
        ]),
        item("C.62", "Hucknall Town Centre: Market Place Events", [
            "Cabinet approved a programme of eight events in Hucknall Market Place between May and December 2025, including a food festival and a Christmas lights switch on, at a total cost of £46,000 from the Shared Prosperity Fund.",
            "Councillor Oakes asked whether local businesses would be given stalls at the food festival. The Executive Lead Member for Town Centres said that Hucknall businesses would be offered stalls before any traders from outside the district.",
            "RESOLVED that the events programme be approved.",
        ]),
        item("C.63", "Council Tax Support Scheme", [
            "RESOLVED that the Council Tax Support Scheme for 2025/26 be recommended to Council without change.",
        ]),
    ],
    report=report(
        ["ASHFIELD DISTRICT COUNCIL", "Report To: Cabinet", "Play Area Improvement Programme 2025/26"],
        [("Date:", "17th March 2025"), ("Heading:", "Play Area Improvement Programme 2025/26"),
         ("Executive Lead Member:", "Executive Lead Member for Parks, Town Centres and Markets"),
         ("Ward/s:", "Various"), ("Key Decision:", "Yes"), ("Subject to Call-In:", "Yes")],
        [
            ("Purpose of Report", [
                "To seek approval for the play area improvement programme for 2025/26 and the contractors to carry it out.",
            ]),
            ("Recommendation(s)", [
                "Cabinet approves the play area improvement programme for 2025/26 at a total cost of £520,000.",
                "Cabinet approves the award of the contract to Greenwood Leisure Installations Ltd, who submitted the most economically advantageous tender.",
            ]),
            ("Reasons for Recommendation(s)", [
                "The Council manages 58 play areas. The annual independent inspection carried out in October 2024 rated nine of them as poor, mainly because of worn safety surfacing and ageing timber equipment.",
            ]),
            ("Detailed Information", [
                "1. The programme will replace the equipment in four play areas: Titchfield Park in Hucknall, Portland Park in Kirkby in Ashfield, Sutton Lawn in Sutton in Ashfield and the play area on Coxmoor Road in Sutton.",
                "2. The largest scheme is at Titchfield Park, where the existing play area will be replaced with a new one for children up to 14, including a zip wire, a climbing tower and a separate toddler area, at a cost of £210,000.",
                "3. Residents and children were asked about the designs through a survey in the autumn, which received 860 responses. The most requested items were zip wires, swings for older children and more seating for parents.",
                "4. Four tenders were received. Greenwood Leisure Installations Ltd scored highest on both price and quality and has carried out similar schemes for other councils in the East Midlands.",
            ]),
            ("Implications", [
                "Finance: The programme will be funded by £320,000 from developer contributions collected under section 106 agreements and £200,000 from the Council's capital programme.",
                "Legal: The contract has been procured in accordance with the Council's Contract Procedure Rules.",
                "Risk: There is a risk that the cost of timber and steel rises further, which has been allowed for by a contingency of 5 per cent.",
            ]),
            ("Background Papers", [
                "Play area inspection report, October 2024.",
            ]),
        ]),
    footer=["Page {n}"], number_offset=1,
)

doc(
    name="WYCA_Transport_Committee_Pack_14June2024", form="pdf-pack",
    council="West Yorkshire Combined Authority", stated="yes", committee="Transport Committee", date="2024-06-14",
    pdf_title="Transport Committee 14 June 2024", pdf_author="West Yorkshire Combined Authority",
    cover=["Transport Committee", "West Yorkshire Combined Authority",
           "Friday, 14 June 2024 at 10.00 am", "Committee Room 1, Wellington House, 40 to 50 Wellington Street, Leeds"],
    cover_body=["The meeting will be held in public and webcast on the Combined Authority's website.",
                "Membership: Councillor Shabana Akhtar (Chair), Councillor Peter Greaves, Councillor Denise Ruddock, Councillor Omar Farooq, Councillor Julia Pennock, Councillor Gavin Thursby and Councillor Angela Marr.",
                "Governance Services, Wellington House. Email: governanceservices@westyorks-ca.gov.uk"],
    agenda=[("1", "Apologies for absence"), ("2", "Declarations of disclosable pecuniary interests"),
            ("3", "Minutes of the meeting of the Transport Committee held on 8 March 2024 ({minutes})"),
            ("4", "Bus Shelter Renewal and Real Time Information ({report})")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["MINUTES OF THE MEETING OF THE TRANSPORT COMMITTEE HELD ON FRIDAY, 8 MARCH 2024 AT WELLINGTON HOUSE, LEEDS",
                      "Present: Councillor Shabana Akhtar (Chair), Councillor Peter Greaves, Councillor Denise Ruddock, Councillor Omar Farooq, Councillor Julia Pennock and Councillor Angela Marr."],
    prev_items=[
        item("44.", "Bus Network Performance", [
            "The Committee received an update on bus punctuality. Across West Yorkshire, 79 per cent of buses had run on time in the last quarter of 2023, compared with 74 per cent a year before.",
            "Councillor Greaves asked why services on the Huddersfield to Dewsbury corridor were still often late. The Director of Transport Operations replied that roadworks at Ravensthorpe had added up to 12 minutes to journeys and that the operator had been asked to put on an extra bus at peak times.",
            "Resolved: That the update be noted.",
        ]),
        item("45.", "Fare Capping", [
            "Members noted that the £2 single fare cap had been used for more than 60 million journeys since its introduction, and that the Combined Authority had agreed to continue the cap until the end of December 2024.",
            "Resolved: That the continuation of the fare cap be noted.",
        ]),
        item("46.", "Accessible Bus Stations", [
            "Councillor Marr asked when the lifts at Halifax bus station would be repaired. The Head of Bus Stations said the replacement parts had been ordered and the lifts would be back in use by the end of April.",
            "Resolved: That the response be noted.",
        ]),
    ],
    report=report(
        ["Report to:", "Transport Committee", "Bus Shelter Renewal and Real Time Information"],
        [("Date:", "14 June 2024"), ("Director:", "Director of Transport Operations and Passenger Experience"),
         ("Author:", "Head of Bus Infrastructure"), ("Is this a key decision?", "Yes"),
         ("Is the decision eligible for call in?", "Yes")],
        [
            ("1. Purpose of this report", [
                "1.1 To seek approval for a programme to renew bus shelters across West Yorkshire and to install real time information displays at the busiest stops.",
            ]),
            ("2. Information", [
                "2.1 The Combined Authority owns or maintains about 6,800 bus shelters. A condition survey in 2023 found that around 1,400 were in poor condition, with broken glass, leaking roofs or no lighting.",
                "2.2 The programme will replace 600 shelters over three years. In the first year, 150 shelters will be replaced in Bradford and 120 in Kirklees, because those districts have the highest share of shelters in poor condition.",
                "2.3 The new shelters will be supplied by Northgate Shelter Systems Ltd, which was appointed through a regional framework. Each shelter will have solar powered lighting and a seat designed for people who cannot stand for long.",
                "2.4 Real time information displays will be installed at 250 of the busiest stops, showing the expected arrival time of the next buses based on their live location.",
            ]),
            ("3. Financial implications", [
                "3.1 The programme will cost £14.5 million and will be funded from the City Region Sustainable Transport Settlement. No contribution is sought from the district councils.",
            ]),
            ("4. Consultation and engagement", [
                "4.1 The Combined Authority's Transport Accessibility Group was consulted on the shelter design and asked for a clearer timetable display with larger print, which has been included.",
            ]),
            ("5. Recommendations", [
                "5.1 That the Committee approves the bus shelter renewal programme at a cost of £14.5 million.",
                "5.2 That the Committee notes that the supplier has been appointed through a regional framework.",
            ]),
        ]),
    footer=["Page {n}"], number_offset=1,
)

# =========================================================================== Word reports

doc(
    name="EHDC_Cabinet_Report_EV_Charging_Dec2024", form="docx-report",
    council="East Hampshire District Council", stated="yes", committee="Cabinet", date="2024-12-12",
    docx_author="Parking Services",
    letterhead=["East Hampshire District Council", "Penns Place, Petersfield, Hampshire GU31 4EX"],
    report=report(
        ["Cabinet", "Thursday 12 December 2024",
         "Electric vehicle charging in council car parks: phase two"],
        [("Report of:", "Director of Environment and Place"), ("Portfolio Holder:", "Portfolio Holder for Climate and Environment"),
         ("Key decision:", "Yes"), ("Exempt:", "No"), ("Wards affected:", "Alton, Petersfield, Liphook, Horndean and Whitehill and Bordon")],
        [
            ("1. Purpose", [
                "1.1 This report asks Cabinet to approve a second phase of public electric vehicle charge points in the Council's car parks and to appoint an operator.",
            ]),
            ("2. Recommendations", [
                "2.1 That Cabinet approves the installation of 52 further charge points in nine Council car parks.",
                "2.2 That Cabinet agrees to appoint Solent Charge Networks Ltd to install and operate the charge points for a period of 15 years.",
            ]),
            ("3. Background", [
                "3.1 The first phase, completed in 2022, installed 24 charge points in Festival Hall car park in Petersfield and Lower Turk Street car park in Alton. Use of those charge points has grown every quarter, and in the three months to September 2024 they delivered 61,000 kilowatt hours of electricity.",
                "3.2 The Council's Climate and Environment Strategy commits it to make charging available within a short walk of every town centre in the district. There are currently no public charge points in Council car parks in Liphook, Horndean or Whitehill and Bordon.",
            ]),
            ("4. Proposal", [
                "4.1 Phase two would add 52 charge points: 16 in Chapel Street car park in Petersfield, 12 in Lower Turk Street car park in Alton, and the rest in smaller car parks in Liphook, Horndean, Clanfield and Whitehill and Bordon.",
                "4.2 Six of the new charge points would be rapid chargers, able to add around 100 miles of range in 30 minutes. The remainder would be 22 kilowatt fast chargers suited to shoppers and visitors.",
                "4.3 Solent Charge Networks Ltd would meet the full cost of installation and grid connection, estimated at £1.1 million, and would pay the Council 10 per cent of its income from the charge points. The Council would receive no less than £18,000 a year from the third year of the contract.",
                "4.4 The operator would set the tariff, which could not exceed the average charged by the five largest public networks in the South East.",
            ]),
            ("5. Parking capacity", [
                "5.1 Some town councils and businesses in Petersfield have raised concerns that dedicating spaces to electric vehicles will make it harder for other visitors to park. An occupancy survey of all Petersfield car parks will be carried out in January 2025, and the number of bays reserved for charging in Chapel Street will be reviewed in the light of its findings.",
            ]),
            ("6. Financial implications", [
                "6.1 There is no capital cost to the Council. The Council will lose the parking fees from the reserved bays, estimated at £9,000 a year, which will be more than offset by the share of charging income.",
            ]),
            ("7. Risks", [
                "7.1 The main risk is that the operator fails during the contract. The agreement will transfer ownership of the charge points to the Council in that event, so that another operator can be appointed.",
            ]),
            ("8. Appendices", [
                "Appendix 1: Map of proposed charge point locations.",
                "Appendix 2: Evaluation summary (exempt).",
            ]),
        ]),
    header="East Hampshire District Council | Cabinet | 12 December 2024",
    footer=["OFFICIAL"],
)

doc(
    name="SODC_Cabinet_Report_Parking_Charges_2025", form="docx-report",
    council="South Oxfordshire District Council", stated="yes", committee="Cabinet", date="2025-02-06",
    docx_author="Parking Team",
    letterhead=["South Oxfordshire District Council", "Abbey House, Abbey Close, Abingdon OX14 3JE"],
    report=report(
        ["Cabinet Report", "Date of Meeting: 6 February 2025",
         "Car parking charges 2025/26"],
        [("Report of Head of Service:", "Head of Housing and Environment"), ("Report author:", "Parking Services Manager"),
         ("Cabinet member responsible:", "Cabinet Member for Environment"), ("To:", "Cabinet"),
         ("Date:", "6 February 2025")],
        [
            ("Purpose of report", [
                "1. To set the charges in the Council's pay and display car parks for the financial year 2025/26.",
            ]),
            ("Recommendations", [
                "2. That Cabinet approves the charges set out in Appendix A, to take effect from 1 April 2025.",
                "3. That Cabinet delegates to the Head of Housing and Environment the decision on whether to introduce Sunday charging in Thame, in consultation with the Cabinet Member for Environment.",
            ]),
            ("Background", [
                "4. The Council runs 14 pay and display car parks in Henley on Thames, Thame, Wallingford and Didcot. Charges were last increased in April 2023. Since then the cost of running the car parks, including business rates, cleaning and card payment fees, has risen by 18 per cent.",
                "5. Car park income in 2023/24 was £3.2 million, around £260,000 less than budgeted, mainly because fewer people were parking all day in Henley since the change to office working.",
            ]),
            ("Proposed charges", [
                "6. In Henley, the charge for up to two hours in Greys Road and King's Road car parks will rise from £2.20 to £2.60, and the all day charge will rise from £8.00 to £9.00.",
                "7. In Wallingford and Thame, the first hour will remain free, to support the town centres, and the charge for up to three hours will rise from £2.50 to £2.80.",
                "8. In Didcot, where parking is used mainly by rail commuters, the all day charge at the Council's Station Road car park will rise from £6.50 to £7.00.",
            ]),
            ("Sunday charging in Thame", [
                "9. Thame Town Council has asked the district council to introduce charges on Sundays in the Cattle Market car park, to stop it being filled by walkers and visitors to the weekly Sunday events. Whether to introduce Sunday charges in Thame has not yet been decided; officers are discussing with the town council how the income would be shared and what hours would be covered.",
            ]),
            ("Consultation", [
                "10. The town councils and the chambers of trade were consulted in December 2024. Henley Chamber of Trade objected to the rise in the two hour charge, saying it would send shoppers to Reading and Marlow. Officers consider that the charges remain lower than in those towns.",
            ]),
            ("Financial implications", [
                "11. The new charges are expected to raise an additional £310,000 a year, which will be used to maintain the car parks and to support the Council's budget.",
            ]),
            ("Climate and ecological implications", [
                "12. Keeping the first hour free in Wallingford and Thame encourages short visits to local shops instead of longer car journeys to out of town centres.",
            ]),
        ]),
    header="Cabinet 6 February 2025 - Car parking charges 2025/26",
    footer=["South Oxfordshire District Council", "Page 1"],
)

# =========================================================================== Word minutes

doc(
    name="NHDC_Overview_Scrutiny_Minutes_2024-07-09", form="docx-minutes",
    council="North Hertfordshire District Council", stated="yes", committee="Overview and Scrutiny Committee",
    date="2024-07-09", docx_author="Committee Services",
    title_lines=["NORTH HERTFORDSHIRE DISTRICT COUNCIL",
                 "OVERVIEW AND SCRUTINY COMMITTEE",
                 "MEETING HELD IN THE COUNCIL CHAMBER, DISTRICT COUNCIL OFFICES, LETCHWORTH GARDEN CITY ON TUESDAY, 9TH JULY, 2024 AT 7.30 PM"],
    attendance=[("PRESENT:", "Councillors Rebecca Hallworth (Chair), Stephen Vyse (Vice Chair), Nadia Crabtree, Ollie Benfield, Jasmine Attwood, Gordon Pell, Priya Shah and Victor Ransome."),
                ("IN ATTENDANCE:", "Service Director: Place, Greenspace Manager, Waste and Recycling Manager and Committee, Member and Scrutiny Officer.")],
    items=[
        item("21", "MINUTES - 11 JUNE 2024", [
            "RESOLVED: That the Minutes of the Meeting of the Committee held on 11 June 2024 be approved as a true record of the proceedings and be signed by the Chair.",
        ]),
        item("22", "PLAY AREA STRATEGY AND HOWARD PARK SPLASH PARK", [
            "The Greenspace Manager presented the report on the Council's play area strategy. The Council managed 71 play areas, and an independent inspection in March had found that 11 of them needed major work within three years.",
            "The report proposed a new splash park at Howard Park in Letchworth Garden City to replace the paddling pool, which had been closed since 2022 because its filtration plant no longer met water quality standards.",
            "The splash park would have ground level jets and water features with no standing water, which would make it safer for young children and remove the need for a lifeguard. Water would be recycled through a filtration system and the jets would run only when a child pressed a button.",
            "Councillor Benfield asked whether the old paddling pool could be kept as a heritage feature. The Greenspace Manager said that the pool's outline would be kept in the paving, with an information board about its history since the 1920s.",
            "Councillor Attwood asked how the Council would choose which of the other play areas to improve first. The Greenspace Manager said priority would go to play areas in the worst condition and in areas with the fewest alternatives, starting with the play areas at Walsworth Common in Hitchin and Royston Heath in Royston.",
            "RESOLVED: That the Committee supports the play area strategy and recommends it to Cabinet.",
        ]),
        item("23", "WASTE AND RECYCLING CONTRACT PERFORMANCE", [
            "The Waste and Recycling Manager reported on the performance of the joint waste contract with Ridgeway Environmental Services Ltd. Missed collections had fallen to 42 per 100,000 collections, below the target of 50.",
            "The recycling rate for 2023/24 was 57 per cent. Councillor Pell asked why food waste tonnages had fallen. The Waste and Recycling Manager replied that a survey of bins had shown that many households had stopped using their food caddies, and that a leaflet and free caddy liners would be sent to every household in September.",
            "RESOLVED: That the report be noted.",
        ]),
        item("24", "HITCHIN TOWN HALL", [
            "The Service Director: Place updated the Committee on the lease of Hitchin Town Hall to a community trust. The trust had taken over the building in April and had booked 120 events by the end of June.",
            "RESOLVED: That the update be noted.",
        ]),
    ],
    closing=["The meeting closed at 9.02 pm", "Chair"],
    header="Overview and Scrutiny Committee - 9 July 2024",
    footer=["North Hertfordshire District Council"],
)

doc(
    name="SSC_Wellbeing_Select_Committee_Minutes_Nov2023", form="docx-minutes",
    council="South Staffordshire Council", stated="yes", committee="Wellbeing Select Committee", date="2023-11-21",
    docx_author="Democratic Services",
    title_lines=["SOUTH STAFFORDSHIRE COUNCIL",
                 "MINUTES OF THE MEETING OF THE WELLBEING SELECT COMMITTEE HELD IN THE COUNCIL CHAMBER, COUNCIL OFFICES, WOLVERHAMPTON ROAD, CODSALL ON TUESDAY 21 NOVEMBER 2023 AT 6.30 PM"],
    attendance=[("Present:", "Councillor Miriam Eastwood (Chairman), Councillors Dennis Royle, Kate Farthing, Luke Oldroyd, Barbara Hessey, Anil Chauhan, Philip Nunney and Gwen Staite."),
                ("Officers:", "Director of Partnerships and Wellbeing, Leisure Contract Manager, Lead Officer for Community Safety, Democratic Services Officer.")],
    items=[
        item("13", "LEISURE CENTRES: CONTRACT PERFORMANCE AND INVESTMENT", [
            "The Leisure Contract Manager presented the annual report on the leisure contract with Arena Community Leisure Ltd, which ran the Council's leisure centres at Wombourne, Codsall, Penkridge, Cheslyn Hay and Kinver.",
            "Wombourne Leisure Centre had received 186,000 visits in 2022/23 and Codsall Leisure Centre 143,000. Both were now above the numbers seen before the pandemic.",
            "The pool at Wombourne would close from 8 January to 29 March 2024 for the replacement of the pool tank lining and the changing village, at a cost of £1.3 million. The Council would pay £900,000 and the operator £400,000 under the terms of the contract.",
            "Councillor Oldroyd asked where swimming lessons would go during the closure. The Leisure Contract Manager said that lessons would move to Codsall, and that a free minibus would run from Wombourne on Saturday mornings for children on the swimming lesson programme.",
            "At Penkridge, the sports hall floor would be replaced in the summer of 2024, and the operator had agreed to add a further 20 gym stations.",
            "Councillor Farthing asked about the cost of energy. The Leisure Contract Manager explained that the Council had agreed to share the increase in energy costs with the operator for two years, and that its share in 2022/23 had been £212,000.",
            "RESOLVED: That the report be noted and the investment at Wombourne be supported.",
        ]),
        item("14", "HEALTH AND WELLBEING: SOCIAL PRESCRIBING", [
            "The Director of Partnerships and Wellbeing reported that the social prescribing service had received 940 referrals from GP practices in the year, most often for loneliness and low mood. Walking groups in Kinver and Perton had been the most popular activity.",
            "Councillor Chauhan asked whether the service would continue after March 2024. The Director said that funding from the primary care network had been confirmed for a further two years.",
            "RESOLVED: That the report be noted.",
        ]),
        item("15", "COMMUNITY SAFETY: ANTI SOCIAL BEHAVIOUR IN PERTON", [
            "The Lead Officer for Community Safety reported that complaints about anti social behaviour around Perton Library and the village centre had fallen by 30 per cent since two new youth clubs had opened on Friday evenings.",
            "RESOLVED: That the Committee thanked the youth workers and Staffordshire Police for their work.",
        ]),
    ],
    closing=["The meeting closed at 8.05 pm", "CHAIRMAN"],
    header="Wellbeing Select Committee 21 November 2023",
    footer=["South Staffordshire Council", "Page"],
)

# =========================================================================== plain text

doc(
    name="CoL_Epping_Forest_Commons_Minutes_2024-07-08", form="txt",
    council="City of London Corporation", stated="yes", committee="Epping Forest and Commons Committee", date="2024-07-08",
    title_lines=["CITY OF LONDON CORPORATION",
                 "EPPING FOREST AND COMMONS COMMITTEE",
                 "Monday, 8 July 2024",
                 "",
                 "Minutes of the meeting of the Epping Forest and Commons Committee held at Committee Room 1, Guildhall on Monday, 8 July 2024 at 11.00 am"],
    attendance=[("Present", "Members: Deputy Hugo Fairclough (Chairman), Alderman Clarissa Penrose (Deputy Chairman), Deputy Miles Ashcombe, Jocelyn Thwaite, Deputy Rupert Lisle, Verity Oakhampton and Benedict Carrow."),
                ("Officers:", "Executive Director, Environment; Superintendent of Epping Forest; Head of Conservation, Epping Forest; Town Clerk's Department."),
                ("", "")],
    items=[
        item("1.", "Apologies", [
            "Apologies were received from Deputy Imogen Raikes.",
        ]),
        item("2.", "Minutes", [
            "RESOLVED, that the public minutes of the meeting held on 13 May 2024 be approved as an accurate record.",
        ]),
        item("3.", "Ash Dieback: Tree Safety Works in Epping Forest", [
            "The Committee received a report of the Executive Director, Environment, on the safety works needed because of ash dieback. Around 320 ash trees along roads and paths near High Beach and Theydon Bois would be felled this winter, because they were within falling distance of the public highway or of busy paths.",
            "The Head of Conservation explained that trees away from paths would be left to decline naturally, as standing and fallen deadwood was valuable for beetles and fungi. Felled timber would be left in the Forest where it was safe to do so.",
            "A Member asked whether the felling would affect the roads. The Superintendent replied that Epping New Road would need two weekends of lane closures, agreed with Essex County Council, and that the works would be completed before the bird nesting season began in March.",
            "The work would be carried out by Lea Valley Tree Surgery Ltd at a cost of £285,000, paid from the Corporation's City's Cash budget for the Forest.",
            "RESOLVED, that the report be received.",
        ]),
        item("4.", "Car Park Charges in Epping Forest", [
            "The Committee considered a report on the charges at the Forest's 11 charged car parks, which had been introduced in 2021. The income in 2023/24 had been £412,000, all of which went back into looking after the Forest.",
            "It was proposed that the charge for up to four hours at Connaught Water, High Beach and the Warren car parks rise from £3.00 to £3.50, and that the all day charge stay at £6.00. The annual permit would rise from £65 to £70.",
            "A Member asked whether verge parking had increased since the charges were introduced. The Superintendent said that it had, in some places near Chingford, and that wooden posts would be installed on the worst affected verges.",
            "RESOLVED, that the revised car park charges be approved from 1 September 2024.",
        ]),
        item("5.", "Visitor Survey 2024", [
            "The Superintendent reported that a visitor survey would be carried out at 20 locations across the Forest during the school summer holidays, asking visitors how they travelled to the Forest, what they came for and what they thought of the facilities. The results would be reported to the Committee in November 2024.",
            "RESOLVED, that the report be noted.",
        ]),
        item("6.", "Grazing at Chingford Plain", [
            "The Head of Conservation reported that the herd of English Longhorn cattle had returned to Chingford Plain in May, kept within the grazing area by buried boundary cables and GPS collars. Nine calves had been born in the spring.",
            "A Member asked about dogs chasing the cattle. The Head of Conservation said that signs had been put up at each entrance, and that three incidents had been reported so far this year, none of them serious.",
            "RESOLVED, that the report be noted.",
        ]),
    ],
    closing=["", "The meeting ended at 12.48 pm", "Chairman"],
)
