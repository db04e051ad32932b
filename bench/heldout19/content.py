"""The documents of bench/heldout19: invented business of real UK councils.

Every word of the business, the people and the figures is invented for this set; the councils,
their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout19.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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
    name="ieListDocuments_CId733_MId13120_York_Executive", form="mg-meeting",
    council="City of York Council", stated="yes", committee="Executive", date="2022-06-16",
    site=site("City of York Council", "https://democracy.york.gov.uk", "West Offices, Station Rise, York YO1 6GA",
              "© City of York Council 2022",
              menu=["Home", "Your councillors", "Meetings and decisions", "Forward plan", "Have your say"],
              breadcrumb=["Home", "Meetings and decisions", "Executive"]),
    heading="Executive - Thursday, 16th June, 2022 5.30 pm",
    venue="The George Hudson Board Room - 1st Floor West Offices (F045)",
    contact="Democracy Officer: Imogen Thackray",
    items=[
        item("1.", "Declarations of Interest", [
            "Members were asked to declare any personal, prejudicial or disclosable pecuniary interests in the "
            "business on the agenda. None were declared."]),
        item("2.", "Minutes", [
            "Resolved: That the minutes of the Executive meeting held on 19 May 2022 be approved and signed by "
            "the Chair as a correct record."], links=[("Minutes of the previous meeting", "214 KB")]),
        item("3.", "Public Participation", [
            "It was reported that there had been two registrations to speak at the meeting under the Council's "
            "Public Participation Scheme.",
            "Mr Oswin Garside, a resident of Wilton Rise, spoke in support of the Holgate residents' parking "
            "scheme, saying that commuters left cars on the street for days at a time.",
            "Ms Pauline Etherby spoke on the Hull Road Park item, asking that the old paddling pool's benches be "
            "kept for the families who used the park every summer."]),
        item("4.", "Replacement of the Paddling Pool at Hull Road Park", [
            "The Executive considered a report seeking approval to replace the paddling pool at Hull Road Park, "
            "closed since August 2021 after its tank cracked, with a splash pad.",
            "Following a tender, the preferred bidder was Aqualine Play Systems Ltd, whose bid of £412,000 "
            "scored highest on quality and price. The scheme would be funded from the capital programme "
            "(£262,000) and £150,000 of developer contributions held for the Hull Road ward.",
            "The Executive Member for Culture, Leisure and Communities confirmed that the splash pad would "
            "include a shaded seating area for parents and a changing places toilet, and that the existing "
            "benches would be refurbished and put back.",
            "Cllr Dunwell asked when families could expect to use the splash pad. The Director of Environment, "
            "Transport and Planning replied that no opening date had yet been fixed: a ground survey had still "
            "to be completed and the contractor's programme would follow from it."],
            links=[("Hull Road Park splash pad report", "412 KB"), ("Annex A - site plan", "1 MB"),
                   ("Annex B - tender evaluation", "96 KB")],
            decision=["Resolved: (i) That the contract for the Hull Road Park splash pad be awarded to Aqualine "
                      "Play Systems Ltd. (ii) That the Director of Environment, Transport and Planning be "
                      "authorised to agree the final design with ward members.",
                      "Reason: To restore a free water play facility for children in the east of the city."]),
        item("5.", "Holgate Residents' Parking Zone", [
            "The Executive Member for Transport presented the results of the statutory consultation on a "
            "residents' parking zone for the streets between Holgate Road and Poppleton Road.",
            "The consultation, which ran from 7 March to 4 April 2022, drew replies from 318 of the 702 "
            "households in the proposed zone; 61 per cent of the households that replied supported the scheme.",
            "Permits would cost £107.50 a year for a first vehicle. Cllr Dunwell asked whether visitors would "
            "be provided for. The Executive Member said each household could buy up to 60 visitor permits a "
            "year."], links=[("Holgate parking report", "388 KB")],
            decision=["Resolved: That residents' parking zone R62 be introduced in the Holgate area from 1 "
                      "October 2022.",
                      "Reason: To respond to the views of residents and to reduce long stay commuter parking."]),
        item("6.", "Electric Vehicle Charging at Union Terrace", [
            "The Executive received an update on the council's public charging network, which now had 73 "
            "points across the city."], links=[("EV charging update", "201 KB")],
            decision=["Resolved: That the installation of 24 fast chargers at Union Terrace car park be approved, "
                      "to be completed by March 2023 and funded from the council's EV charging grant of "
                      "£380,000."]),
    ],
)

doc(
    name="ieListDocuments_CId134_MId4012_Islington_Executive", form="mg-meeting",
    council="London Borough of Islington", stated="yes", committee="Executive", date="2019-11-14",
    site=site("London Borough of Islington", "https://democracy.islington.gov.uk",
              "Islington Town Hall, Upper Street, London N1 2UD", "Copyright London Borough of Islington",
              breadcrumb=["Home", "Committees", "Executive", "Meeting"]),
    heading="Executive - Thursday, 14th November, 2019 7.00 pm",
    venue="Committee Room 4, Islington Town Hall, Upper Street, N1 2UD",
    contact="Mehmet Arslanoglu, Democratic Services",
    outcome_label="Minutes:",
    items=[
        item("1", "Apologies for absence", ["Apologies were received from Councillor Whitcombe."]),
        item("2", "Declarations of interest", ["None."]),
        item("3", "Minutes of the previous meeting", [
            "RESOLVED: That the minutes of the meeting held on 17 October 2019 be confirmed as a correct record "
            "and the Chair be authorised to sign them."]),
        item("4", "Questions from members of the public", [
            "Ms Rhiannon Feltham asked when the lift at Finsbury Library would be repaired, as it had been out of "
            "use for most of the year and she could not reach the first floor.",
            "The Executive Member for Community Development replied that a replacement lift had been ordered "
            "and would be installed during the refurbishment of the library, which was on this evening's "
            "agenda."]),
        item("5", "Finsbury Library refurbishment", [
            "The Executive Member for Community Development introduced the report. The refurbishment would "
            "cost £1.35 million and would be carried out by Brennock Building Services Ltd, the lowest "
            "compliant tenderer.",
            "The library would close for 14 weeks from 3 February 2020, during which a temporary service would "
            "run from the community room at the Finsbury Leisure Centre. When it reopened, the library would "
            "open until 8pm on weekdays, two hours later than at present."],
            links=[("Finsbury Library report", "522 KB"), ("Equalities impact assessment", "140 KB")],
            decision=["RESOLVED: (a) That the contract for the refurbishment of Finsbury Library be awarded to "
                      "Brennock Building Services Ltd. (b) That the temporary arrangements in paragraph 3.4 of "
                      "the report be noted."]),
        item("6", "Highbury Fields tennis courts: booking arrangements", [
            "The Executive considered a report on the management of the tennis courts at Highbury Fields, "
            "which had been run until now on a first come, first served basis, leading to long queues on summer "
            "evenings and complaints from players and neighbours.",
            "The report proposed that an online booking system be introduced, run by CourtLine Bookings Ltd "
            "under a three year concession. Courts would be bookable online up to seven days in advance, from "
            "7am to 9pm in summer.",
            "Councillor Okafor-Reid asked how people without smartphones would book. The Executive Member for "
            "Environment and Transport said bookings could also be made by telephone, and that two courts "
            "would remain free to use on a turn-up-and-play basis at all times.",
            "Members welcomed the proposal to offer coaching sessions for children from schools in Highbury "
            "and Holloway during term time."],
            links=[("Highbury Fields tennis report", "310 KB")],
            decision=["RESOLVED: That the concession for booking the tennis courts at Highbury Fields be awarded "
                      "to CourtLine Bookings Ltd for three years from 1 March 2020."]),
        item("7", "Food waste collections from flats", [
            "The Executive noted the success of the trial of communal food waste bins on the Andover Estate."],
            decision=["RESOLVED: That weekly food waste collections be extended to 4,200 further flats from "
                      "April 2020."]),
    ],
)

doc(
    name="ieListDocuments_CId251_MId6644_Tameside_Executive_Cabinet", form="mg-meeting",
    council="Tameside Metropolitan Borough Council", stated="yes", committee="Executive Cabinet",
    date="2023-03-22",
    site=site("Tameside Metropolitan Borough Council", "https://tameside.moderngov.co.uk",
              "Tameside One, Market Place, Ashton-under-Lyne OL6 6BH",
              "© 2023 Tameside Metropolitan Borough Council",
              menu=["Home", "Councillors", "Committees", "Calendar", "Forward plans", "Search documents"]),
    heading="Executive Cabinet - Wednesday, 22nd March, 2023 1.00 pm",
    venue="Tameside One, Market Place, Ashton-under-Lyne OL6 6BH",
    contact="Executive Support: Lorraine Kenwright",
    outcome_label="Minutes:",
    items=[
        item("85.", "Declarations of Interest", ["There were no declarations of interest."]),
        item("86.", "Minutes of Previous Meeting", [
            "RESOLVED: That the minutes of the meeting of Executive Cabinet held on 22 February 2023 be approved "
            "as a correct record."]),
        item("87.", "Ashton Market Hall: Roof and Glazing Repairs", [
            "The Executive Member (Finance and Economic Growth) presented a report on the condition of the "
            "Market Hall roof. A condition survey carried out by Pellow and Strand Surveyors in October 2022 "
            "found that 40 per cent of the roof glazing panels were cracked or had failed seals, and that water "
            "was reaching the stalls along the north aisle in heavy rain.",
            "The works were estimated at £2.1 million and would be paid for with £1.4 million from the Levelling "
            "Up Fund allocation and £700,000 of council borrowing. The hall would stay open throughout, with "
            "scaffolding moved bay by bay.",
            "The report recorded that footfall at the Market Hall had reached 1.9 million visits in 2019, the "
            "last full year before the pandemic, and set out the hall's importance to the town centre.",
            "Councillor Gareth Penhallow asked how many traders would be affected. The Executive Member replied "
            "that 58 of the 64 stalls were let, and that no trader would have to close for more than two days."],
            links=[("Market Hall report", "640 KB"), ("Appendix 1 - survey summary", "2 MB")],
            decision=["RESOLVED: That the roof and glazing works at Ashton Market Hall be approved at a cost of "
                      "£2.1 million."]),
        item("88.", "Play Area Improvement Programme 2023/24", [
            "The Executive Member (Towns and Communities) reported on the next phase of play area investment.",
            "The main scheme was a £145,000 refurbishment of the play area at Stamford Park, including a "
            "wheelchair accessible roundabout and new safer surfacing."],
            links=[("Play area programme", "280 KB")],
            decision=["RESOLVED: That the 2023/24 play area programme be approved."]),
        item("89.", "Urgent Items", ["There were no urgent items."]),
    ],
)

doc(
    name="ieListDocuments_CId126_MId3875_Southampton_Cabinet", form="mg-meeting",
    council="Southampton City Council", stated="yes", committee="Cabinet", date="2021-09-21",
    site=site("Southampton City Council", "https://www.southampton.gov.uk/modernGov",
              "Civic Centre, Southampton SO14 7LY", "© Southampton City Council",
              breadcrumb=["Home", "Council and democracy", "Meetings", "Cabinet"]),
    heading="Cabinet - Tuesday, 21st September, 2021 4.30 pm",
    venue="Conference Room 3 and 4 - Civic Centre",
    contact="Judy Cordingley, Cabinet Administrator",
    note="Members of the public may attend in person or watch the webcast.",
    items=[
        item("25", "Executive Business", ["The Leader reported on the Council's preparations for the winter."]),
        item("26", "Record of the Previous Decision Making", [
            "RESOLVED that the Record of the Decision Making held on 17 August 2021 be approved and signed as a "
            "correct record."]),
        item("27", "Questions and Deputations", [
            "Mr Colin Ashbury asked why the public toilets in Bitterne Precinct had been shut for two months.",
            "Councillor Marguerite Lane, Cabinet Member for Communities and Customer Engagement, replied that "
            "they had been closed in July after repeated vandalism, and would reopen once a new door entry "
            "system had been fitted.",
            "Mr Ashbury asked, as a supplementary question, whether a toilet attendant would be employed. "
            "Councillor Lane said that was not proposed."]),
        item("28", "Parking Charges in Council Car Parks", [
            "Cabinet considered the report of the Cabinet Member for Transport on car parking charges.",
            "The hourly charge in city centre car parks would rise from £1.60 to £1.80 from 1 November 2021. "
            "Charges at district centre car parks would not change."],
            links=[("Parking charges report", "356 KB"), ("Appendix 1 - tariff schedule", "77 KB")],
            decision=["RESOLVED that the revised tariffs for city centre car parks be approved."]),
        item("29", "Southampton Sports Centre: Athletics Track", [
            "The Cabinet Member for Culture and Heritage explained that the eight lane track had last been "
            "resurfaced in 2007 and now failed to meet the standard needed to host county championships.",
            "The resurfacing would be carried out by Trackform Surfaces Ltd at a cost of £560,000, during the "
            "winter when the track was least used."],
            links=[("Athletics track report", "298 KB")],
            decision=["RESOLVED that the contract for resurfacing the athletics track be awarded to Trackform "
                      "Surfaces Ltd."]),
        item("30", "Bus Lanes in the City", [
            "The Cabinet Member for Transport reported that bus operators and cycling groups had asked the "
            "Council to look again at the operating hours of the bus lanes on Portswood Road and Shirley Road.",
            "Cabinet agreed to commission an independent review of the city's bus lanes, to be carried out over "
            "the winter and reported to Cabinet in spring 2022."],
            decision=["RESOLVED that an independent review of the city's bus lanes be commissioned."]),
    ],
)

doc(
    name="ieListDocuments_CId142_MId5530_Maidstone_Planning", form="mg-meeting",
    council="Maidstone Borough Council", stated="yes", committee="Planning Committee", date="2024-01-25",
    site=site("Maidstone Borough Council", "https://meetings.maidstone.gov.uk",
              "Maidstone House, King Street, Maidstone ME15 6JQ", "© Maidstone Borough Council 2024",
              sidebar=["Browse meetings", "Planning Committee", "Agenda frontsheet", "Printed minutes",
                       "Attendance", "Public speaking"]),
    heading="Planning Committee - Thursday, 25th January, 2024 6.00 pm",
    venue="Town Hall, High Street, Maidstone",
    contact="Democratic Services: Harvey Lennox-Brett",
    items=[
        item("175.", "Apologies for Absence", ["Apologies for absence were received from Councillor Ashby."]),
        item("176.", "Notification of Substitute Members",
             ["Councillor Grieveson was present as substitute member for Councillor Ashby."]),
        item("177.", "Disclosures by Members and Officers", [
            "Councillor Farrant said that she had been lobbied on application 23/502290/OUT but had not "
            "expressed a view."]),
        item("178.", "Minutes of the meeting held on 14 December 2023",
             ["RESOLVED: That the Minutes of the meeting held on 14 December 2023 be approved as a correct record "
              "and signed."]),
        item("179.", "23/503871/FULL - Land south of Pattenden Lane, Marden, Kent", [
            "Erection of 46 dwellings with access from Pattenden Lane, open space and drainage ponds.",
            "The Major Projects Manager introduced the report. Mr Desmond Quaile, an objector, said that the "
            "site flooded every winter. Ms Harriet Winstanley, the agent, said that the ponds would hold water "
            "back for a one in a hundred year storm.",
            "Members asked about the school places. The officer said that the legal agreement would secure a "
            "contribution of £412,000 towards Marden Primary School."],
            decision=["RESOLVED: That permission be granted subject to the conditions in the report and a legal "
                      "agreement securing 40% affordable housing.",
                      "Voting: For 8, Against 3, Abstentions 1.",
                      "Proposed by Councillor Hebden, seconded by Councillor Marsh-Kelly."]),
        item("180.", "23/504402/FULL - The Old Forge, Headcorn Road, Staplehurst, Kent", [
            "Change of use of former workshop to a café with outdoor seating.",
            "The Principal Planning Officer said that the parish council supported the scheme. Members welcomed "
            "the re-use of a building that had stood empty for six years."],
            decision=["RESOLVED: That permission be granted subject to the conditions set out in the report, "
                      "with an additional condition limiting opening hours to 8am to 6pm."]),
        item("181.", "23/502290/OUT - Land at Lenham Road, Headcorn, Kent", [
            "Outline application for up to 120 dwellings with all matters reserved except access.",
            "Officers recommended approval. Several members disagreed, noting that Lenham Road was narrow and "
            "had no footway for much of its length."],
            decision=["RESOLVED: That permission be refused because the additional traffic would exceed the "
                      "capacity of the Lenham Road and Kings Road junction, to the detriment of highway safety.",
                      "Voting: For 9, Against 2, Abstentions 0.",
                      "Proposed by Councillor Farrant, seconded by Councillor Lisle."]),
        item("182.", "23/505017/HOUSE - 14 The Street, Bearsted, Kent", [
            "Two storey side extension and new front porch."],
            decision=["RESOLVED: That consideration of this application be deferred to allow members to visit "
                      "the site."]),
        item("183.", "Duration of Meeting", ["6.00 p.m. to 8.47 p.m."]),
    ],
)

doc(
    name="ieListDocuments_CId188_MId7702_Newport_Cabinet", form="mg-meeting",
    council="Newport City Council", stated="yes", committee="Cabinet", date="2020-02-12",
    site=site("Newport City Council", "https://democracy.newport.gov.uk",
              "Civic Centre, Godfrey Road, Newport NP20 4UR", "Newport City Council © 2020",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Cymraeg"]),
    heading="Cabinet - Wednesday, 12th February, 2020 4.00 pm",
    venue="Committee Room 1 - Civic Centre",
    contact="Governance Team: Eleri Prothero",
    outcome_label="Minutes:",
    items=[
        item("1.", "Apologies for Absence", ["None."]),
        item("2.", "Declarations of Interest", ["None received."]),
        item("3.", "Minutes of the Last Meeting", [
            "The minutes of the meeting held on 15 January 2020 were confirmed as a true record."]),
        item("4.", "Newport Transporter Bridge: Visitor Centre and Restoration", [
            "The Leader introduced the report on the restoration of the Transporter Bridge and the building of a "
            "new visitor centre on the east bank.",
            "The project budget was £12.4 million, of which £8.75 million had been secured from the National "
            "Lottery Heritage Fund. The new visitor centre would include a viewing gallery and a learning room "
            "for school groups.",
            "Councillor Aled Pritchard asked when people would be able to ride the gondola again. The Leader "
            "said the bridge would stay closed during the works."],
            links=[("Transporter Bridge report", "1 MB")],
            decision=["Cabinet agreed: (i) to approve the revised project budget of £12.4 million; (ii) that the "
                      "date for reopening the bridge to visitors be agreed only once the main contractor has "
                      "been appointed and has set out a programme."]),
        item("5.", "Belle Vue Park Tearooms", [
            "The Cabinet Member for Assets reported that three bids had been received to run the tearooms at "
            "Belle Vue Park. The highest scoring bid came from Pontfaen Hospitality Ltd, which offered to open "
            "seven days a week from Easter to October."],
            decision=["Cabinet agreed to grant a lease of the tearooms to Pontfaen Hospitality Ltd for a term of "
                      "10 years."]),
        item("6.", "Food Waste Recycling", [
            "The Cabinet Member for City Services reported that food waste tonnages had risen by 9 per cent "
            "since the introduction of three weekly residual collections.",
            "To encourage more households to take part, free compostable caddy liners would be delivered to "
            "every household in the city each spring."],
            decision=["Cabinet noted the report."]),
        item("7.", "Work Programme", ["The Cabinet work programme was noted."]),
    ],
)


# =========================================================================== ModernGov item and decision pages

doc(
    name="mgAi_ID40918_Trafford_Executive", form="mg-item",
    council="Trafford Council", stated="yes", committee="Executive", date="2022-10-24",
    site=site("Trafford Council", "https://democratic.trafford.gov.uk",
              "Trafford Town Hall, Talbot Road, Stretford M32 0TH", "© Trafford Council",
              breadcrumb=["Home", "Committees", "Executive", "Agenda item"]),
    meeting_line="24/10/2022 - Executive (Item 48)",
    items=[item("48.", "Future of Altrincham Leisure Centre", intro=(
        "To consider the report of the Executive Member for Culture and Leisure."), body=[
        "The Executive Member for Culture and Leisure introduced the report, which set out the options for "
        "Altrincham Leisure Centre following the consultation held in the summer.",
        "The preferred option was a new centre on the existing site with an eight-lane 25-metre pool, a learner "
        "pool and a 100 station gym, at an estimated £31.5 million.",
        "The consultation had drawn 2,140 responses, and 78 per cent favoured rebuilding on the current site "
        "rather than moving the centre to the Oakfield Road car park.",
        "Councillor Joanne Wickersley asked whether swimmers would lose their pool during the building work. "
        "The Executive Member replied that the existing pool would remain open until the new building was "
        "ready, as the new centre would be built on the present car park.",
        "Councillor Ravi Sandhu asked about the state of the current building. The Executive Member said that a "
        "structural survey of the pool hall roof had been commissioned and would be carried out in November, "
        "with the results to be reported to the Executive in the new year.",
        "RESOLVED: (1) That the rebuilding of Altrincham Leisure Centre on its existing site be approved as the "
        "preferred option. (2) That officers prepare a full business case."],
        links=[("Altrincham Leisure Centre report", "880 KB"), ("Consultation findings", "1 MB")])],
)

doc(
    name="mgAi_ID172240_Staffordshire_Cabinet", form="mg-item",
    council="Staffordshire County Council", stated="yes", committee="Cabinet", date="2023-07-19",
    site=site("Staffordshire County Council", "https://moderngov.staffordshire.gov.uk",
              "Staffordshire Place, Tipping Street, Stafford ST16 2DH", "© Staffordshire County Council 2023",
              menu=["Home", "Your councillors", "Committee meetings", "Decisions", "Petitions"]),
    meeting_line="19/07/2023 - Cabinet (Item 7)",
    items=[item("7.", "Street Lighting LED Conversion - Phase 3", intro=(
        "Decision Notice: Cabinet Member for Highways and Transport"), body=[
        "The Cabinet Member for Highways and Transport presented the report on the third and final phase of "
        "the conversion of the county's street lights to LED lanterns.",
        "Phase 3 would replace 38,000 lanterns, the last of the old sodium units, and would be carried out by "
        "Lumenway Highways Ltd under the existing highways term contract.",
        "Once complete, the programme as a whole was expected to save £1.1 million a year in energy costs and "
        "to cut the carbon emitted by street lighting by more than half.",
        "Councillor Bernard Yelland asked whether lights that were switched off between midnight and 5.30am "
        "would stay off. The Cabinet Member replied that, once converted, street lights on residential roads "
        "would be lit all night at a lower level.",
        "The Cabinet Member added that the work would be funded from the highways capital programme and from "
        "the energy savings already made in phases 1 and 2.",
        "Decision - (a) That Phase 3 of the LED conversion programme be approved. (b) That the Director for "
        "Economy, Infrastructure and Skills be authorised to instruct the contractor."],
        links=[("Street lighting report", "540 KB"), ("Community impact assessment", "120 KB")])],
)

doc(
    name="ieDecisionDetails_ID5521_Westminster_Street_Trees", form="mg-decision",
    council="Westminster City Council", stated="yes", committee="Cabinet Member for Environment and City Management",
    date="2020-07-06",
    site=site("Westminster City Council", "https://committees.westminster.gov.uk",
              "Westminster City Hall, 64 Victoria Street, London SW1E 6QP", "© Westminster City Council 2020",
              breadcrumb=["Home", "Decisions", "Decision details"]),
    decision_title="Street Tree Planting Programme 2020-2022",
    fields=[("Decision Maker:", "Cabinet Member for Environment and City Management"),
            ("Decision status:", "Implemented"), ("Is Key decision?:", "Yes"),
            ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To approve a programme to plant street trees across the city over the 2020-21 and "
                      "2021-22 planting seasons."]),
        ("Decision:", [
            "The Cabinet Member approved the planting of 1,200 street trees across the city over two planting "
            "seasons, at a total cost of £1.02 million including three years of watering and aftercare.",
            "The trees will be supplied by Hollinbrook Nurseries Ltd under a two year framework agreement.",
            "The species to be planted in each street has not yet been decided; it will be chosen with ward "
            "members once utility surveys of each pit are complete."]),
        ("Reasons for the decision:", [
            "Tree canopy cover in parts of Pimlico, Church Street and Queen's Park is below 10 per cent. Street "
            "trees provide shade, reduce surface water flooding and improve air quality."]),
        ("Alternative options considered:", [
            "Planting only in parks and open spaces was rejected because it would do nothing to shade the streets "
            "with the least canopy cover."]),
    ],
    tail=[("Publication date:", "06/07/2020"), ("Date of decision:", "06/07/2020"),
          ("Effective from:", "14/07/2020")],
    links=[("Street tree planting report", "702 KB")],
)

doc(
    name="ieDecisionDetails_ID9913_Medway_Park_Floor", form="mg-decision",
    council="Medway Council", stated="yes", committee="Cabinet", date="2022-11-29",
    site=site("Medway Council", "https://democracy.medway.gov.uk",
              "Gun Wharf, Dock Road, Chatham ME4 4TR", "© Medway Council",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Forward plan", "Petitions"]),
    decision_title="Medway Park Sports Hall Floor Replacement",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To award a contract to replace the sprung floor of the main sports hall at Medway Park, "
                      "Gillingham."]),
        ("Decision:", [
            "The Cabinet agreed to award the contract for the replacement of the sports hall floor at Medway "
            "Park to Kestrel Sports Flooring Ltd, at a cost of £340,000.",
            "The Cabinet noted that the hall would close for nine weeks from 9 January 2023 and that bookings "
            "would move to Strood Sports Centre and the Splashes centre in Rainham where possible."]),
        ("Reasons for the decision:", [
            "An inspection in June 2022 found 47 areas where the sprung floor had failed, and two basketball "
            "leagues had been told that the hall could not be used for national fixtures.",
            "The floor at Strood Sports Centre was replaced in 2019 and is in good condition; it is not part of "
            "this decision."]),
        ("Alternative options considered:", [
            "Patch repairs were considered but rejected, since the failures were spread across the whole hall."]),
    ],
    tail=[("Publication date:", "01/12/2022"), ("Date of decision:", "29/11/2022"),
          ("Decided at meeting:", "29/11/2022 - Cabinet"), ("Effective from:", "09/12/2022")],
    links=[("Medway Park floor report", "455 KB")],
)


# =========================================================================== printed minutes (PDF)

doc(
    name="Planning_Committee_31032021_Minutes_Falkirk", form="pdf-minutes",
    council="Falkirk Council", stated="yes", committee="Planning Committee", date="2021-03-31",
    pdf_title="Planning Committee minute 31 March 2021", pdf_author="Falkirk Council",
    title_lines=["FALKIRK COUNCIL",
                 "Minute of meeting of the PLANNING COMMITTEE held remotely on Wednesday 31 March 2021 at 9.30 a.m."],
    attendance=[("Councillors:", "Aitken-Moore, Dalgleish, Gow, Lindores, MacAulay, McCrindle, Nimmo, "
                                 "Ormiston, Rennie, Sellar and Tulloch (Convener)."),
                ("Officers:", "Fiona Bracewell, Development Management Co-ordinator; Ewan Lochhead, Solicitor; "
                              "Shona Kerrigan, Committee Services Officer.")],
    items=[
        {"num": "P71.", "title": "Apologies", "body": ["There were no apologies."]},
        {"num": "P72.", "title": "Declarations of Interest", "body": ["No declarations were made."]},
        {"num": "P73.", "title": "Erection of 32 Dwellinghouses, Land to the West of Carronshore Road, "
                                 "Carronshore for Larbert Homes Ltd - P/20/0588/FUL",
         "body": [
             "The committee considered a report by the Director of Development Services on an application for "
             "full planning permission for 32 houses with associated roads and open space.",
             "The Development Management Co-ordinator advised that 46 objections had been received, mainly about "
             "traffic on Carronshore Road and the loss of a field used for walking dogs.",
             "Councillor Aitken-Moore, seconded by Councillor Dalgleish, moved that permission be refused on the "
             "grounds of road safety.",
             "As an amendment, Councillor Lindores, seconded by Councillor MacAulay, moved that permission be "
             "granted in accordance with the recommendation.",
             "On a division, 4 members voted for the motion and 7 for the amendment.",
             "Decision: The committee agreed to grant planning permission subject to the conditions in the "
             "report and to the prior conclusion of a Section 75 agreement securing a contribution towards "
             "Carronshore Primary School."]},
        {"num": "P74.", "title": "Change of Use from Bank (Class 2) to Hot Food Takeaway, 41 Main Street, "
                                 "Stenhousemuir - P/20/0702/FUL",
         "body": [
             "The committee considered a report on an application to change the use of a former bank to a hot "
             "food takeaway with a flue to the rear.",
             "Members noted that three takeaways already traded within 200 metres of the site.",
             "Decision: The committee refused planning permission because the proposal would add to an "
             "over-concentration of hot food takeaways in the town centre, contrary to the Local Development "
             "Plan."]},
        {"num": "P75.", "title": "Erection of Wind Turbine, Easter Greengairs Farm, Limerigg - P/21/0034/FUL",
         "body": [
             "The committee considered a report on an application for a single turbine of 67 metres to blade tip "
             "to supply the farm and its grain dryer.",
             "Members asked about noise at the nearest houses. The Development Management Co-ordinator said that "
             "a condition would limit noise to 35 decibels at any house not owned by the applicant.",
             "Decision: The committee agreed to grant planning permission subject to conditions, including the "
             "removal of the turbine after 25 years."]},
        {"num": "P76.", "title": "Site Visits", "body": [
            "The committee agreed that no site visits were required for the next meeting."]},
    ],
    closing=["The meeting closed at 11.42 a.m."],
    header="Planning Committee - 31 March 2021", header_right="P71 - P76",
    footer=["{n}"],
)

doc(
    name="Executive_20052019_Minutes_Anglesey", form="pdf-minutes",
    council="Isle of Anglesey County Council", stated="yes", committee="Executive", date="2019-05-20",
    pdf_title="Executive minutes 20 May 2019", pdf_author="Isle of Anglesey County Council",
    logo="CYNGOR SIR YNYS MÔN / ISLE OF ANGLESEY COUNTY COUNCIL",
    title_lines=["Minutes of the meeting held on 20 May 2019",
                 "THE EXECUTIVE",
                 "Council Chamber, Council Offices, Llangefni, 10.00 am"],
    attendance=[("PRESENT:", "Councillor Llinos Gwenallt (Chair); Councillors Eurig Bodfan, Sioned Carreg, "
                             "Huw Machraeth, Rhodri Penrhos, Gareth Tregaian."),
                ("IN ATTENDANCE:", "Chief Executive, Head of Highways, Waste and Property, Committee Officer "
                                   "(Nia Llewelyn-Hughes)."),
                ("APOLOGIES:", "None.")],
    items=[
        {"num": "1", "title": "DECLARATION OF INTEREST", "body": ["No declaration of interest was received."]},
        {"num": "2", "title": "MINUTES", "body": [
            "The minutes of the previous meeting of the Executive held on 29 April 2019 were presented for "
            "confirmation.", "It was resolved that the minutes be confirmed as correct."]},
        {"num": "3", "title": "CAR PARKING CHARGES 2019/20", "body": [
            "The report of the Head of Highways, Waste and Property was presented, setting out the car parking "
            "charges for the coming season.",
            "The daily charge at the Benllech, Trearddur Bay and Rhosneigr beach car parks would rise from £4.00 "
            "to £5.00, the first increase since 2015. Blue Badge holders would continue to park free of charge "
            "in all Council car parks.",
            "It was resolved to approve the charges as set out in Appendix A of the report."]},
        {"num": "4", "title": "BREAKWATER COUNTRY PARK, HOLYHEAD - CAFÉ CONCESSION", "body": [
            "The Portfolio Holder for Economic Development reported that the café at the visitor centre had been "
            "closed since October. Following an advertisement, two expressions of interest had been received.",
            "It was resolved to grant a five year concession to run the café to Môr a Mynydd Cyf, a local "
            "social enterprise, from 1 July 2019."]},
        {"num": "5", "title": "PUBLIC CONVENIENCES", "body": [
            "The Portfolio Holder for Highways reported that the Council ran 38 public toilets across the island "
            "and that several needed significant repairs before the summer.",
            "It was resolved that a review of all public conveniences on the island be undertaken over the "
            "summer, looking at usage, condition and running costs, with a report to the Executive in the "
            "autumn."]},
        {"num": "6", "title": "QUESTION FROM A MEMBER", "body": [
            "Councillor Huw Machraeth asked why the school bus from Llanfaethlu to Ysgol Syr Thomas Jones had "
            "arrived late on eleven occasions since Easter.",
            "The Portfolio Holder for Education replied that the operator had been short of drivers, and that a "
            "second vehicle had been provided from 13 May to cover the route."]},
    ],
    closing=["The meeting concluded at 11.35 am", "COUNCILLOR LLINOS GWENALLT", "CHAIR"],
    header="Pwyllgor Gwaith / The Executive - 20.05.2019",
    footer=["Tudalen {n} / Page {n}"],
)

doc(
    name="City_Development_Committee_24092018_Minutes_Dundee", form="pdf-minutes",
    council="Dundee City Council", stated="yes", committee="City Development Committee", date="2018-09-24",
    pdf_title="City Development Committee 24 September 2018", pdf_author="Dundee City Council",
    title_lines=["DUNDEE CITY COUNCIL",
                 "At a MEETING of the CITY DEVELOPMENT COMMITTEE held at Dundee on 24th September, 2018.",
                 "Present:-"],
    attendance=[("Lord Provost", "Isobel McTaggart"),
                ("BAILIES", "Morag TULLOCH and Gordon BALGAY"),
                ("COUNCILLORS", "Kirsty STRATHMARTINE, Ewan INVERGOWRIE, Alison KINGENNIE and Derek MAINS."),
                ("", "Councillor Kirsty STRATHMARTINE, Convener, in the Chair.")],
    items=[
        {"num": "I", "title": "DECLARATION OF INTEREST", "body": [
            "There were no declarations of interest."]},
        {"num": "II", "title": "COLDSIDE LIBRARY - OPENING HOURS", "body": [
            "There was submitted Report No 301-2018 by the Executive Director of Neighbourhood Services on "
            "changes to the opening hours of Coldside Library.",
            "The Committee noted that a survey of 1,046 library users had found that 58 per cent wanted weekend "
            "opening, and that Saturday afternoons were the most requested time.",
            "The Committee agreed that Coldside Library would open on Saturday afternoons from 6 October 2018, "
            "with Wednesday evening opening ended to meet the cost."]},
        {"num": "III", "title": "SLESSOR GARDENS - EVENTS PROGRAMME 2019", "body": [
            "There was submitted Report No 305-2018 by the Executive Director of City Development on the events "
            "programme for Slessor Gardens in 2019.",
            "The report proposed up to 12 event days between May and September, with a capacity of 15,000 for "
            "the largest concerts. Events would be promoted by Tay Live Events Ltd under a three year agreement.",
            "The Committee noted that a noise limit of 75 decibels would apply at the nearest homes, that events "
            "would finish by 10.30 pm, and that stewards would manage the routes to the railway station and the "
            "bus station.",
            "Bailie Balgay asked how damage to the grass would be dealt with. The Convener replied that the "
            "promoter would pay for any reinstatement, and that a bond would be held by the Council.",
            "The Committee agreed the events programme."]},
        {"num": "IV", "title": "BROUGHTY FERRY - BEACH SAFETY", "body": [
            "Bailie Morag Tulloch asked what was being done about the loss of lifeguard cover on the beach at "
            "Broughty Ferry.",
            "The Convener replied that lifeguards would be on duty at weekends and during school holidays from "
            "June to August 2019, and that new safety signs had been placed at the three main access points."]},
    ],
    closing=["Kirsty STRATHMARTINE, Convener."],
    header="City Development Committee - 24.09.18",
    footer=["Page {n} of {total}"],
)

doc(
    name="Cabinet_27022023_Minutes_Rochdale", form="pdf-minutes",
    council="Rochdale Borough Council", stated="yes", committee="Cabinet", date="2023-02-27",
    pdf_title="Cabinet minutes", pdf_author="Rochdale Borough Council",
    title_lines=["ROCHDALE BOROUGH COUNCIL", "CABINET",
                 "MINUTES OF MEETING Monday, 27 February 2023",
                 "Held at Number One Riverside, Rochdale, 5.00 pm"],
    attendance=[("PRESENT:", "Councillor Shabana Rizvi (Chair); Councillors Bowker, Halliwell, Naseer, Ogden "
                             "and Whitworth."),
                ("OFFICERS:", "Director of Neighbourhoods, Director of Resources, Democratic Services "
                              "(Callum Fairbrother).")],
    items=[
        {"num": "CA.98", "title": "DECLARATIONS OF INTEREST", "body": ["There were no declarations of interest."]},
        {"num": "CA.99", "title": "MINUTES", "body": [
            "DECIDED - That the minutes of the meeting of Cabinet held on 30 January 2023 be approved as a correct "
            "record."]},
        {"num": "CA.100", "title": "ELECTRIC VEHICLE CHARGING IN COUNCIL CAR PARKS", "body": [
            "The Cabinet Member for Climate Change and Environment presented a report on the provision of public "
            "charging for electric vehicles.",
            "DECIDED - (1) That 48 charge points be installed in 12 council car parks during 2023/24. (2) That the "
            "contract be awarded to VoltBay Charging Ltd, which will recover its costs from users' charges under a "
            "fifteen year concession, at no capital cost to the Council.",
            "Reason for decision: To meet the growing demand for public charging in the borough's town "
            "centres."]},
        {"num": "CA.101", "title": "HOLLINGWORTH LAKE VISITOR CENTRE", "body": [
            "The Director of Neighbourhoods reported that water had entered the visitor centre through the ground "
            "floor during the flooding of 17 January 2023, damaging the exhibition room and the café kitchen. A "
            "temporary kiosk had been opened by the car park.",
            "Councillor Ogden asked when the visitor centre would reopen, since the Easter holidays were the "
            "busiest time at the lake. The Cabinet Member replied that it was not yet possible to give a "
            "reopening date, because the building was still drying out and the insurers had not finished "
            "assessing the claim.",
            "DECIDED - That the report be noted."]},
        {"num": "CA.102", "title": "TOWN CENTRE SHOPFRONT GRANTS", "body": [
            "The Cabinet Member for Regeneration introduced a scheme for shopfront improvements in the borough's "
            "smaller town centres.",
            "DECIDED - That shopfront improvement grants of up to £5,000 be made available to businesses in "
            "Heywood, Middleton and Littleborough, with applicants to contribute at least a quarter of the cost."]},
    ],
    closing=["The meeting closed at 6.10 pm."],
    header="Cabinet 27.02.23", header_from=2,
    footer=["Rochdale Borough Council - Cabinet", "Page {n}"],
)

doc(
    name="Cabinet_18062024_Minutes_Chelmsford", form="pdf-minutes",
    council="Chelmsford City Council", stated="yes", committee="Cabinet", date="2024-06-18",
    pdf_title="Cabinet 18 June 2024", pdf_author="Chelmsford City Council",
    title_lines=["MINUTES", "of the", "CABINET", "held on 18 June 2024 at 7.00pm",
                 "Council Chamber, Civic Centre, Duke Street, Chelmsford"],
    attendance=[("Present:", "Councillor Margaret Ashdown (Leader), Councillors Pryce, Quilter, Stebbing, "
                             "Tennant and Vellacott."),
                ("Also present:", "Councillors Denise Preston and Colm Ridley.")],
    items=[
        {"num": "Minute 1.", "title": "Apologies for Absence", "body": ["There were no apologies."]},
        {"num": "Minute 2.", "title": "Declarations of Interest", "body": ["None were made."]},
        {"num": "Minute 3.", "title": "Minutes", "body": [
            "The minutes of the meeting on 14 May 2024 were confirmed as a correct record."]},
        {"num": "Minute 4.", "title": "Public Question Time", "body": [
            "Mrs Eileen Saffery asked why the fountain in the lake at Central Park had not worked since March.",
            "Councillor Pryce, Cabinet Member for a Greener Chelmsford, replied that its pump had failed and a "
            "replacement had been ordered at a cost of £18,400, which was expected to be fitted in July.",
            "Councillor Denise Preston asked whether the fountain would run through the night. Councillor Pryce "
            "said it would run from 8am to 8pm to save energy."]},
        {"num": "Minute 5.", "title": "Hylands Park - Proposed Events Field", "body": [
            "The Cabinet considered a report on a proposal to bring the field north of the walled garden at "
            "Hylands Park into use for large events, relieving pressure on the main parkland.",
            "Members noted that the field had been grazed for many years and might support ground nesting "
            "birds. The Cabinet agreed that an ecological survey of the field be commissioned this summer, and "
            "that no decision on the events field be taken until its findings had been reported to Cabinet.",
            "RESOLVED that an ecological survey of the proposed events field be commissioned."]},
        {"num": "Minute 6.", "title": "Garden Waste Service Charges", "body": [
            "The Cabinet considered a report on the annual subscription charge for the garden waste service, which "
            "had 41,300 subscribers.",
            "RESOLVED that the garden waste subscription charge be set at £60 a year from 1 April 2025."]},
        {"num": "Minute 7.", "title": "Evening Parking Tariff", "body": [
            "RESOLVED that a flat evening charge of £2.00 after 6pm be introduced in all council car parks in the "
            "city centre from 1 September 2024."]},
    ],
    closing=["The meeting closed at 8.34pm.", "Chair"],
    header="Cabinet - 18 June 2024",
    footer=["Chelmsford City Council", "{n}"],
)

doc(
    name="Cabinet_02102019_Minutes_EastDevon", form="pdf-minutes",
    council="East Devon District Council", stated="yes", committee="Cabinet", date="2019-10-02",
    pdf_title="Minutes of Cabinet", pdf_author="East Devon District Council",
    title_lines=["EAST DEVON DISTRICT COUNCIL",
                 "Minutes of the meeting of Cabinet held at Blackdown House, Honiton, on Wednesday 2 October 2019",
                 "Attendance list at end of document"],
    attendance=[("", "The meeting started at 5.30pm and ended at 7.52pm.")],
    items=[
        {"num": "58", "title": "Public speaking", "body": [
            "Mr Nigel Ferrars spoke about the state of the shelters on Exmouth seafront, which he said were "
            "used by older visitors every day of the year."]},
        {"num": "59", "title": "Minutes of the previous meeting", "body": [
            "The minutes of the Cabinet meeting held on 4 September 2019 were confirmed as a true record."]},
        {"num": "60", "title": "Declarations of interest", "body": [
            "Minute 62. Councillor Hollowell, Personal, Owns a beach hut on Exmouth seafront."]},
        {"num": "61", "title": "Seaton Hole - Rock Revetment", "body": [
            "The Portfolio Holder for Coast, Country and Environment reported that storms in March 2019 had "
            "displaced much of the rock armour protecting the cliff at Seaton Hole.",
            "RESOLVED: that £730,000 for repairs to the rock revetment at Seaton Hole be added to the capital "
            "programme, to be carried out before the winter of 2020."]},
        {"num": "62", "title": "New Beach Huts at Exmouth", "body": [
            "Cabinet considered a report on proposals to provide 24 new beach huts on Queen's Drive, Exmouth, "
            "on the site of the former putting green.",
            "The huts would be built in two rows with a shared boardwalk and ramp, painted in a range of colours "
            "agreed with the Exmouth Town Council, and would be allocated by ballot among East Devon residents "
            "who had not held a hut before.",
            "The huts would be offered on leases of five years, with no right to sublet. The report expected "
            "the huts to repay their building cost within eight years.",
            "Councillor Marsden asked whether the waiting list for the existing huts would be used. The "
            "Portfolio Holder replied that a ballot was fairer, since some people had been on the list for more "
            "than twenty years while others had never known it existed.",
            "RESOLVED: that the building of 24 new beach huts at Queen's Drive, Exmouth be approved."]},
        {"num": "63", "title": "Honiton Market", "body": [
            "RESOLVED: that the Tuesday market in Honiton High Street continue for a further year under the "
            "existing arrangements."]},
    ],
    closing=["Attendance List", "Councillors present: Paul Otterhead (Chair), Susan Hollowell, Andrew Marsden, "
             "Jane Otterton, Kieran Sidwell", "Chairman ........................ Date ......................"],
    header="Cabinet 2 October 2019", header_right="East Devon District Council",
    footer=["Page {n} of {total}"],
)


# =========================================================================== Public Document Packs (PDF)

doc(
    name="Executive_14042021_Agenda_Pack_Bedford", form="pdf-pack",
    council="Bedford Borough Council", stated="yes", committee="Executive", date="2021-04-14",
    pdf_title="Agenda - Executive - 14 April 2021", pdf_author="Bedford Borough Council",
    cover=["Bedford Borough Council", "Executive", "Wednesday, 14 April 2021 at 6.30 pm",
           "Virtual meeting - to be broadcast on the Council's website"],
    cover_body=["To: The Mayor and the Members of the Executive.",
                "Dear Member, you are summoned to attend a meeting of the Executive to transact the business set "
                "out in the agenda below.",
                "Contact: Philippa Stagsden, Committee Services, Borough Hall, Cauldwell Street, Bedford MK42 9AP."],
    agenda=[("1", "Apologies for Absence"), ("2", "Declarations of Disclosable Pecuniary Interests"),
            ("3", "Minutes - to approve the minutes of the meeting held on 10 March 2021 ({minutes})"),
            ("4", "Public Questions"),
            ("5", "Weekly Food Waste Collections - report of the Director of Environment ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["MINUTES OF THE MEETING OF THE EXECUTIVE HELD ON WEDNESDAY 10 MARCH 2021 AT 6.30 PM",
                      "Present: The Mayor (Chair); Councillors Bromham, Elstow, Renhold and Wilden"],
    prev_items=[
        {"num": "61.", "title": "Apologies for Absence", "body": ["There were no apologies for absence."]},
        {"num": "62.", "title": "Bedford Park Bandstand", "body": [
            "The Portfolio Holder for Environment reported on the condition of the bandstand in Bedford Park.",
            "An inspection in January 2021 had found corrosion to six of the eight cast iron columns and rot in "
            "the timber roof boards. The bandstand had been fenced off as a precaution.",
            "Councillor Renhold asked whether the summer concerts would go ahead. The Mayor replied that the "
            "concerts would move to the lawn beside the pavilion for the 2021 season.",
            "RESOLVED: That £96,000 be released from the capital programme for the repair of the bandstand."]},
        {"num": "63.", "title": "Town Centre Public Realm", "body": [
            "RESOLVED: That the design for new paving and seating on Silver Street be approved for consultation."]},
    ],
    report=report(
        ["Report for Executive", "14 April 2021", "Introduction of Weekly Food Waste Collections"],
        [("Report of", "Director of Environment"), ("Report author", "Gwen Turvey, Head of Waste Services"),
         ("Subject", "Weekly Food Waste Collections"), ("Key decision", "Yes"), ("Wards affected", "All")],
        [("1. Executive Summary", [
            "1.1 This report seeks approval to introduce a weekly food waste collection for every household in "
            "the borough.",
            "1.2 A six month trial in Kempston showed that food waste can be collected cheaply alongside the "
            "existing rounds."]),
         ("2. Recommendations", [
             "2.1 That weekly food waste collections be introduced to every household from 4 October 2021.",
             "2.2 That each household be given a kitchen caddy and a lockable outdoor bin."]),
         ("3. Background", [
             "3.1 Residual waste per household in the borough was 512 kg in 2019/20, above the average for "
             "similar councils. Analysis of black bins showed that around a third of their contents was food.",
             "3.2 During the Kempston trial, 64 per cent of households took part in at least one week in four, "
             "and 1.9 kg of food was collected per taking part household each week.",
             "3.3 Food waste will be taken to the anaerobic digestion plant at Twinwoods under the existing "
             "treatment contract."]),
         ("4. Financial Implications", [
             "4.1 The start up cost of £1.1 million, mainly for caddies, bins and four new vehicles, will be "
             "met from the government's new burdens funding. Running costs are expected to be offset by lower "
             "disposal costs within three years."]),
        ]),
    footer=["Page {n}"], number_offset=1,
)

doc(
    name="Economy_Resources_30082022_Agenda_Pack_DumfriesGalloway", form="pdf-pack",
    council="Dumfries and Galloway Council", stated="yes", committee="Economy and Resources Committee",
    date="2022-08-30",
    pdf_title="Economy and Resources Committee 30 August 2022", pdf_author="Dumfries and Galloway Council",
    cover=["Dumfries and Galloway Council", "ECONOMY AND RESOURCES COMMITTEE",
           "Tuesday 30 August 2022 at 10.30am", "Council Chamber, Council Offices, English Street, Dumfries"],
    cover_body=["Members of the Committee are requested to attend the meeting for the business below.",
                "Enquiries to: Ailsa Kirkconnell, Democratic Services Officer."],
    agenda=[("1", "Sederunt and Apologies"), ("2", "Declarations of Interest"),
            ("3", "Minute of meeting of 14 June 2022 ({minutes})"),
            ("4", "Stranraer Marina - Replacement of Pontoons ({report})"),
            ("5", "Any other business")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["DUMFRIES AND GALLOWAY COUNCIL",
                      "ECONOMY AND RESOURCES COMMITTEE",
                      "14 June 2022 at 10.30am, Council Chamber, Dumfries"],
    prev_items=[
        {"num": "1.", "title": "SEDERUNT AND APOLOGIES", "body": [
            "Councillors Balmaclellan (Chair), Carsphairn, Dalry, Glencaple, Kirkbean and Penpont."]},
        {"num": "2.", "title": "STREET LIGHTING - LED REPLACEMENT", "body": [
            "The Committee considered a report on the final stage of the street lighting replacement programme.",
            "Decision: the Committee agreed that the remaining 9,400 sodium lanterns be replaced with LED units "
            "by March 2024, funded by a loan from the Scottish Government's energy efficiency fund."]},
        {"num": "3.", "title": "KIRKCUDBRIGHT HARBOUR", "body": [
            "Councillor Dalry asked when the silt at the fish quay in Kirkcudbright would be cleared, since the "
            "scallop boats could only land at high water.",
            "The Chair replied that the dredging had been booked for October, when the dredger was next in the "
            "Solway, and would take about ten days.",
            "Decision: the Committee noted the update."]},
    ],
    report=report(
        ["DUMFRIES AND GALLOWAY COUNCIL", "ECONOMY AND RESOURCES COMMITTEE - 30 AUGUST 2022",
         "STRANRAER MARINA - REPLACEMENT OF PONTOONS"],
        [("Report by", "Head of Economic Development"), ("Contact", "Duncan Glenluce, Harbours Manager"),
         ("Ward", "Stranraer and the Rhins")],
        [("1. Purpose of Report", [
            "1.1 This report seeks approval to award the contract for the replacement of the pontoons at "
            "Stranraer Marina."]),
         ("2. Recommendations", [
             "2.1 Members are asked to award the contract for the replacement of the pontoons to Solway Marine "
             "Works Ltd at a cost of £1.26 million."]),
         ("3. Background", [
             "3.1 The pontoons were installed in 1996 and have reached the end of their life; two fingers were "
             "lost in the storms of February 2022.",
             "3.2 The new layout will provide 112 berths, 18 more than at present, including six berths for "
             "visiting yachts of up to 15 metres.",
             "3.3 The marina will remain open, with work phased so that at least half the berths are available "
             "at any time."]),
         ("4. Charges", [
             "4.1 The berthing charges for 2023 have not yet been set; they will be brought to this Committee in "
             "November, once the running costs of the new pontoons are known."]),
         ("5. Resource Implications", [
             "5.1 The cost will be met from the Council's harbours capital budget and a grant of £400,000 from "
             "the South of Scotland Enterprise marine tourism fund."]),
        ]),
    footer=["Page {n}"], number_offset=1,
)

doc(
    name="ECET_Committee_17012023_Agenda_Pack_Wirral", form="pdf-pack",
    council="Wirral Council", stated="yes", committee="Environment, Climate Emergency and Transport Committee",
    date="2023-01-17",
    pdf_title="Public reports pack 17/01/2023", pdf_author="Wirral Council",
    cover=["Wirral Council", "Environment, Climate Emergency and Transport Committee",
           "Date: Tuesday, 17 January 2023", "Time: 6.00 p.m.", "Venue: Birkenhead Town Hall"],
    cover_body=["Contact Officer: Dominic Thurstaston", "Tel: 0151 691 8000",
                "This meeting will be webcast at https://wirral.public-i.tv/"],
    agenda=[("1.", "Welcome and Introduction"), ("2.", "Apologies"), ("3.", "Members' Code of Conduct - "
             "Declarations of Interest"), ("4.", "Minutes ({minutes})"),
            ("5.", "Coastal Defences at Hoylake and Meols ({report})")],
    marks=["Agenda Item 4", "Agenda Item 5"],
    prev_title_lines=["ENVIRONMENT, CLIMATE EMERGENCY AND TRANSPORT COMMITTEE",
                      "Tuesday, 22 November 2022",
                      "Present: Councillor E Caldy (Chair); Councillors Frankby, Greasby, Irby, Pensby and Upton"],
    prev_items=[
        {"num": "34", "title": "PUBLIC QUESTIONS", "body": [
            "Ms Valerie Moreton asked why the litter bins on the promenade at New Brighton had been emptied less "
            "often since September.",
            "The Chair replied that the summer rota, with bins emptied twice a day, had ended on 4 September as "
            "planned, and that bins were now emptied once a day, with extra collections after events."]},
        {"num": "35", "title": "WEST KIRBY MARINE LAKE", "body": [
            "Members received an update on the repair of the marine lake wall.",
            "Resolved - That the update be noted and that the lake reopen for sailing from 1 April 2023."]},
    ],
    report=report(
        ["ENVIRONMENT, CLIMATE EMERGENCY AND TRANSPORT COMMITTEE", "17 January 2023",
         "COASTAL DEFENCES AT HOYLAKE AND MEOLS"],
        [("Report of", "Director of Neighbourhood Services"), ("Key decision", "Yes"),
         ("Report author", "Gethin Saughall, Coastal Engineer")],
        [("1.0 REPORT SUMMARY", [
            "1.1 This report sets out proposals to repair the sea wall and promenade between Hoylake and Meols, "
            "damaged in the storms of February 2022."]),
         ("2.0 RECOMMENDATION", [
             "2.1 That the repairs to the Hoylake and Meols promenade, estimated at £2.4 million, be approved."]),
         ("3.0 BACKGROUND", [
             "3.1 The sea wall at Meols was built in the 1890s. A survey in April 2022 found voids behind the "
             "wall at 14 locations and scour at the toe along 300 metres.",
             "3.2 The works will fill the voids, place rock at the toe of the wall and resurface the promenade.",
             "3.3 A condition inspection of the Leasowe sea wall is scheduled for March 2023, and its findings "
             "will be reported to a future meeting of this Committee."]),
         ("4.0 FINANCIAL IMPLICATIONS", [
             "4.1 The scheme will be paid for with £1.9 million of flood and coastal erosion grant and £500,000 "
             "from the Council's capital programme."]),
        ]),
    footer=["Page {n}"], number_offset=1,
)


# =========================================================================== Word reports

doc(
    name="Neighbourhood_Services_14_March_2022_Seaton_Carew_Report_Hartlepool", form="docx-report",
    council="Hartlepool Borough Council", stated="yes", committee="Neighbourhood Services Committee",
    date="2022-03-14", docx_author="Hartlepool Borough Council",
    letterhead=["HARTLEPOOL BOROUGH COUNCIL", "NEIGHBOURHOOD SERVICES COMMITTEE", "14 March 2022"],
    report=report(
        ["Report of: Director of Neighbourhoods and Regulatory Services",
         "Subject: SEATON CAREW PROMENADE - NEW PUBLIC TOILETS AND CHANGING PLACES FACILITY"],
        [("Type of decision", "Key Decision (test (i) applies)"), ("Forward Plan reference", "NRS 04/22"),
         ("Ward", "Seaton")],
        [("1. PURPOSE OF REPORT", [
            "1.1 To seek approval to build new public toilets, including a Changing Places facility, on the "
            "promenade at Seaton Carew, replacing the block next to the bus station that was demolished in "
            "2020."]),
         ("2. BACKGROUND", [
             "2.1 Seaton Carew is the borough's busiest seaside destination, and the lack of toilets on the "
             "promenade has been the most common complaint from visitors and traders since the old block closed.",
             "2.2 A public consultation ran from 1 November to 12 December 2021 and drew 1,204 responses. It "
             "found that 87 per cent of respondents wanted the new toilets to be open all year round, and that "
             "the site beside the Longscar car park was the most popular location.",
             "2.3 The Changing Places facility would be the first on the Hartlepool coast. The nearest at "
             "present is in the town centre."]),
         ("3. PROPOSALS", [
             "3.1 The new building would contain four unisex cubicles, one accessible toilet and a Changing "
             "Places facility with a hoist and adult changing bench.",
             "3.2 The building would be clad in timber and would have a green roof, in keeping with the "
             "conservation area.",
             "3.3 The toilets would be free to use."]),
         ("4. FINANCIAL CONSIDERATIONS", [
             "4.1 The estimated cost of the scheme is £385,000. This will be met from the Coastal Communities "
             "Fund award of £250,000 and £135,000 from the Council's capital receipts.",
             "4.2 A grant of £30,000 towards the Changing Places facility has been applied for; if it is awarded, "
             "the call on capital receipts will fall accordingly."]),
         ("5. RECOMMENDATIONS", [
             "5.1 That the Committee approves the building of new public toilets and a Changing Places facility "
             "beside the Longscar car park, Seaton Carew.",
             "5.2 That the Committee notes the funding set out in section 4."]),
         ("6. CONTACT OFFICER", [
             "Keith Greatham, Assistant Director (Place Management), Civic Centre, Hartlepool TS24 8AY"]),
        ]),
    header="Neighbourhood Services Committee - 14.03.22", footer=["6.1 HBC"],
)

doc(
    name="Cabinet_12_September_2023_Street_Trees_Report_WalthamForest", form="docx-report",
    council="London Borough of Waltham Forest", stated="yes", committee="Cabinet", date="2023-09-12",
    docx_author="London Borough of Waltham Forest",
    letterhead=["London Borough of Waltham Forest"],
    report=report(
        ["Street Tree Planting Programme 2023-24", "Cabinet, 12 September 2023"],
        [("Report of", "Strategic Director, Place"), ("Cabinet portfolio", "Cabinet Member for Climate and Air "
          "Quality"), ("Key decision", "Yes"), ("Wards", "All"), ("Appendices", "Appendix A - Survival survey "
          "2021-22 planting")],
        [("1. SUMMARY", [
            "1.1 This report proposes the planting of 650 new street trees in the 2023-24 planting season, "
            "continuing the borough's commitment to raise canopy cover to 20 per cent by 2035."]),
         ("2. RECOMMENDATIONS", [
             "2.1 Cabinet is recommended to approve the planting of 650 new street trees in the 2023-24 season.",
             "2.2 Cabinet is recommended to award the planting and aftercare contract to Greenfold "
             "Arboriculture Ltd for two years, with an option to extend by one year."]),
         ("3. PROPOSALS", [
             "3.1 Trees will be planted between November 2023 and March 2024, in existing empty pits and in new "
             "pits cut into wide pavements.",
             "3.2 The list of streets has not yet been finalised. Ward councillors will be consulted in October, "
             "and residents on each street will be written to before any new pit is dug.",
             "3.3 Residents will be able to adopt a tree and water it in dry spells, as 1,100 households already "
             "do."]),
         ("4. EVIDENCE", [
             "4.1 A survey of the trees planted in the 2021-22 season, carried out in June 2023, found that 91 per "
             "cent had survived, against 83 per cent for the 2019-20 planting.",
             "4.2 The improvement is put down to the use of watering bags and a longer aftercare period."]),
         ("5. FINANCE", [
             "5.1 The programme will cost £468,000. Of this, £210,000 will come from the Mayor of London's tree "
             "planting grant and the remainder from the Council's climate capital budget."]),
        ]),
    header="Cabinet 12 September 2023 - Agenda Item 9", footer=["OFFICIAL", "Page"],
)


# =========================================================================== Word minutes

doc(
    name="Community_Committee_Minutes_10_September_2024_RibbleValley", form="docx-minutes",
    council="Ribble Valley Borough Council", stated="yes", committee="Community Committee", date="2024-09-10",
    docx_author="Ribble Valley Borough Council",
    title_lines=["Minutes of Community Committee", "Meeting Date: Tuesday, 10 September 2024, starting at 6.30pm",
                 "Present: Councillor H Chatburn (Chair)"],
    attendance=[("Councillors:", "S Bowland, R Dunsop, K Grindleton, M Pendleton, J Sawley, "
                                 "T Waddington."),
                ("In attendance:", "Head of Cultural and Leisure Services, Principal Accountant, Committee Clerk "
                                   "(Olivia Downham).")],
    items=[
        {"num": "312", "title": "APOLOGIES", "body": ["Apologies were received from Councillor Bashall."]},
        {"num": "313", "title": "MINUTES", "body": [
            "The minutes of the meeting held on 11 June 2024 were approved as a correct record and signed by "
            "the Chair."]},
        {"num": "314", "title": "EDISFORD PLAYING FIELDS PLAY AREA", "body": [
            "The Head of Cultural and Leisure Services reported on the tender for the new play area at Edisford "
            "Playing Fields, Clitheroe.",
            "Four bids had been received. The recommended bid was from Pennine Playscapes Ltd, at £96,000, which "
            "included a zip wire, a sensory garden and a basket swing.",
            "RESOLVED: That the contract for the Edisford play area be awarded to Pennine Playscapes Ltd."]},
        {"num": "315", "title": "RIBBLE VALLEY SWIMMING POOL - CHARGES", "body": [
            "The Committee considered proposed charges for the swimming pool for 2025/26.",
            "RESOLVED: That the adult swim charge rise from £4.40 to £4.70 from 1 April 2025, with the junior and "
            "concessionary charges unchanged."]},
        {"num": "316", "title": "CLITHEROE CASTLE MUSEUM - PERFORMANCE", "body": [
            "The Committee received the annual performance report for the Castle Museum.",
            "Visitor numbers at Clitheroe Castle Museum were 31,200 in 2023, up from 27,900 in 2022, helped by "
            "the exhibition on the Pendle witch trials.",
            "Councillor Pendleton asked what time the toilets in the castle grounds would open, given complaints "
            "that they were locked until 10am. The Head of Cultural and Leisure Services replied that from 1 "
            "October they would be unlocked at 8am every day.",
            "RESOLVED: That the report be noted."]},
    ],
    closing=["The meeting closed at 7.48pm.",
             "If you have any queries on these minutes please contact the Committee Clerk."],
    header="Community Committee 10.9.24", footer=["Minutes - Community Committee"],
)

doc(
    name="Cabinet_Minutes_3_December_2018_Harborough", form="docx-minutes",
    council="Harborough District Council", stated="yes", committee="Cabinet", date="2018-12-03",
    docx_author="Harborough District Council",
    title_lines=["HARBOROUGH DISTRICT COUNCIL", "MINUTES OF A MEETING OF THE CABINET",
                 "Held at The Symington Building, Adam and Eve Street, Market Harborough",
                 "Monday 3rd December 2018, commencing at 4.30pm"],
    attendance=[("Present:", "Councillor Rosalind Kibworth (Leader) (Chair), Councillors Foxton, Gumley, "
                             "Husbands and Lubenham."),
                ("Officers present:", "Chief Executive; Director of Community Services; Democratic Services "
                                      "Officer (Piers Welham).")],
    items=[
        {"num": "CAB/18/61", "title": "DECLARATIONS OF MEMBERS' INTERESTS", "body": ["None."]},
        {"num": "CAB/18/62", "title": "WELLAND PARK PLAY AREA", "body": [
            "The Cabinet considered a report on the replacement of the main play area at Welland Park, Market "
            "Harborough.",
            "The annual inspection in July 2018 had rated eleven pieces of equipment as high risk, and three had "
            "already been taken out of use.",
            "RESOLVED that £180,000 be allocated from the capital programme for a new play area at Welland Park, "
            "to include equipment for disabled children."]},
        {"num": "CAB/18/63", "title": "COMMUNITY GRANTS 2019/20", "body": [
            "RESOLVED that community grants of up to £10,000 be made available to village halls and community "
            "buildings in the district in 2019/20, with a closing date for bids of 31 March 2019."]},
        {"num": "CAB/18/64", "title": "LUTTERWORTH TOWN CENTRE PARKING", "body": [
            "The Cabinet discussed concerns raised by traders that shoppers could not find spaces in Lutterworth "
            "on market days.",
            "Councillor Husbands asked whether charges would be introduced at the Bank Street car park. The Leader "
            "replied that no change would be considered until a parking survey of the town centre had been "
            "carried out; the survey would take place over two weeks in January 2019, including a market day.",
            "RESOLVED that a parking survey of Lutterworth town centre be carried out in January 2019 and its "
            "results reported to Cabinet."]},
        {"num": "CAB/18/65", "title": "QUESTIONS FROM COUNCILLORS", "body": [
            "Councillor Gumley asked when the Christmas lights in Market Harborough would be switched on. The "
            "Leader replied that the switch-on would be at 5pm on Saturday 8 December in The Square."]},
    ],
    closing=["The meeting ended at 5.55pm."],
    header="Cabinet - 3 December 2018", footer=["Harborough District Council", "Cabinet Minutes"],
)


# =========================================================================== plain text

doc(
    name="Environment_Transport_Committee_Minutes_21_May_2025_Shetland", form="txt",
    council="Shetland Islands Council", stated="yes", committee="Environment and Transport Committee",
    date="2025-05-21",
    title_lines=["Shetland Islands Council", "",
                 "Minute of Environment and Transport Committee",
                 "Council Chamber, Town Hall, Lerwick",
                 "Wednesday 21 May 2025 at 10am"],
    attendance=[("Present:", "Mr R Voe, Ms A Cullivoe, Mr T Hamnavoe, Ms L Whalsay, Mr J Burravoe, "
                             "Ms K Vidlin."),
                ("In attendance (Officers):", "Executive Manager - Ferry Operations; Team Leader - Transport "
                 "Planning; Committee Officer (Morven Tresta)."),
                ("Chair:", "Mr R Voe, Chair of the Committee, presided.")],
    items=[
        {"num": "14/25", "title": "Declarations of Interest", "body": ["None."]},
        {"num": "15/25", "title": "Inter-Island Ferry Fares 2025/26", "body": [
            "The Committee considered a report by the Executive Manager - Ferry Operations on fares for the "
            "coming year.",
            "Decision: The Committee agreed that the adult return fare on the Yell Sound route rise from £5.90 "
            "to £6.50 from 1 July 2025, and that fares for car and driver rise by the same proportion."]},
        {"num": "16/25", "title": "Bressay Ferry Replacement", "body": [
            "The Committee considered a report on the design of a new vessel for the Lerwick to Bressay route, to "
            "replace the ferry that has served the route since 1992.",
            "The Executive Manager said that the design work had been awarded to Nordavind Marine Design AS, "
            "which had designed similar ferries for routes in western Norway.",
            "The new ferry would have space for 20 cars, compared with 16 on the present vessel, and a larger "
            "passenger lounge with step free access from the car deck.",
            "Ms Cullivoe asked whether the new vessel would fit the existing linkspans. The Executive Manager "
            "said that it had been designed to do so, so that no work to the piers would be needed.",
            "Mr Hamnavoe asked about the crossing in winter gales. The Executive Manager said the hull had been "
            "shaped to cope better with the swell at the south end of the sound.",
            "Decision: The Committee noted the design and agreed that a business case be prepared."]},
        {"num": "17/25", "title": "Any Other Business", "body": ["There was no other business."]},
    ],
    closing=["The meeting concluded at 11.40am.", "", "Chair"],
)
