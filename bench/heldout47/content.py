"""The documents of bench/heldout47: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout47.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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


def pitem(num: str, title: str, body: list[str]) -> dict:
    """A numbered minute of a printed, Word or text document."""
    return {"num": num, "title": title, "body": body}


def report(title_lines, cover, sections) -> dict:
    return {"title_lines": title_lines, "cover": cover,
            "sections": [{"title": t, "body": b} for t, b in sections]}


# =========================================================================== ModernGov meeting pages

doc(
    name="ieListDocuments_CId456_MId8123_Brent_Cabinet",
    form="mg-meeting", council="London Borough of Brent", stated="yes", committee="Cabinet", date="2024-01-15",
    site=site("London Borough of Brent", "https://democracy.brent.gov.uk",
              "Brent Civic Centre, 32 Engineers Way, Wembley HA9 0FJ", "© London Borough of Brent 2024",
              menu=["Home", "Your councillors", "Meetings", "Forward plan", "Decisions"]),
    heading="Agenda and minutes: Cabinet - Monday, 15th January, 2024 10.00 am",
    venue="Conference Hall, Brent Civic Centre, Engineers Way, Wembley, HA9 0FJ",
    contact="Tobias Wrenfield, Governance Officer, 020 8937 4120",
    items=[
        item("1.", "Apologies for absence and clarification of alternate members", [
            "Apologies for absence were received from Councillor Delphine Arkwright (Cabinet Member for Regeneration)."]),
        item("2.", "Declarations of interest", [
            "Councillor Rohan Castellane declared a personal interest in Item 5 as a regular user of Roundwood Park and a member of the Friends of Roundwood Park; he remained in the meeting."]),
        item("3.", "Minutes of the previous meeting", [
            "RESOLVED that the minutes of the previous meeting held on Monday 11 December 2023 be approved as a correct record."]),
        item("4.", "Temporary Accommodation: Private Sector Leasing Scheme 2024-29", [
            "Councillor Imogen Salterthwaite (Cabinet Member for Housing) introduced the report, which sought approval to lease up to 300 homes from private landlords through a managing agent for five years. She reminded Cabinet that 1,742 households were living in temporary accommodation arranged by Brent at the end of November 2023, of whom 488 were in nightly paid rooms, and that the forecast overspend on nightly paid accommodation for the year stood at £9.1m.",
            "Lorcan Abernethy (Director of Housing Needs) explained that, following a competitive tender, the preferred managing agent was Kelbrook Residential Lettings Ltd, which would lease the homes from landlords, carry out repairs and manage the tenancies, with the council paying a fixed weekly charge per home. The homes would be within Brent or neighbouring boroughs and each would be inspected by the council before a family moved in.",
            "Councillor Marguerite Oduya asked how many families were currently placed outside London. The Director replied that 212 households were placed outside London, most of them in Luton and Thurrock, and that the leasing scheme was intended to bring families with children in Brent schools back into the borough first.",
            "Councillor Oduya further asked what the scheme would save. In reply, the Director advised that each leased home was expected to cost around £71 a week less than a nightly paid room, a saving of roughly £1.1m a year once all 300 homes were in use.",
        ], links=[("Temporary accommodation leasing report", "412 KB"), ("Appendix A - Equality analysis", "188 KB")],
            decision=["(1) To approve the award of a five year contract for the leasing and management of up to 300 homes to Kelbrook Residential Lettings Ltd.",
                      "(2) To delegate the finalising of the lease terms to the Corporate Director of Resident Services in consultation with the Cabinet Member for Housing."]),
        item("5.", "On-street Electric Vehicle Charging: Lamp Column Programme Phase 2", [
            "Councillor Rohan Castellane (Cabinet Member for Environment and Transport) introduced the report, which proposed installing 420 further charge points in lamp columns on residential streets. He noted that a survey of residents carried out in the autumn had found that 61% of households in Brent had no off-street parking and that the lack of a charger near home was the main reason given for not switching to an electric car.",
            "The cost of the installation, £2.3m, would be met from the government's Local Electric Vehicle Infrastructure fund, with no contribution from the council's own budget. The operator, Voltaro Street Charging Ltd, would maintain the chargers and pay the council 18% of the income from each charger.",
            "In response to a question from Councillor Sunil Bhattamore on pricing, officers explained that the tariff per kilowatt hour that residents would pay at the new chargers had not yet been agreed with the operator and would be set before the first chargers went live.",
            "The first streets to receive chargers were expected to be in Willesden Green, Kilburn and Neasden, where the survey had shown the highest demand.",
        ], links=[("EV charging phase 2 report", "356 KB")],
            decision=["To approve the installation of 420 lamp column charge points by Voltaro Street Charging Ltd, funded from the Local Electric Vehicle Infrastructure fund."]),
        item("6.", "Roundwood Park Café: Grant of Lease", [
            "The Cabinet considered a report seeking approval to grant a 15 year lease of the café and kiosk in Roundwood Park to Greenleaf Kitchens CIC, a community interest company which already ran cafés in two parks in north west London.",
            "The Cabinet Member for Environment and Transport explained that the operator would pay a rent of £28,500 a year, reviewed every five years, and would keep the public toilets in the park open whenever the café was open. Greenleaf Kitchens had also committed to offering paid work placements to young people from Harlesden.",
            "Councillor Oduya asked whether the lease would allow the café to close in winter. The Cabinet Member replied that the lease required the café to open every day from 8am to 4pm between November and February and until 6pm for the rest of the year.",
        ], decision=["To grant a 15 year lease of Roundwood Park café to Greenleaf Kitchens CIC on the terms set out in the report."]),
    ],
)

doc(
    name="ieListDocuments_CId148_MId3390_Wyre_Planning",
    form="mg-meeting", council="Wyre Council", stated="yes", committee="Planning Committee", date="2024-03-06",
    site=site("Wyre Council", "https://wyre.moderngov.co.uk", "Civic Centre, Breck Road, Poulton-le-Fylde FY6 7PU",
              "Copyright Wyre Council 2024"),
    heading="Agenda and minutes: Planning Committee - Wednesday, 6th March, 2024 2.00 pm",
    venue="Council Chamber, Civic Centre, Breck Road, Poulton-le-Fylde FY6 7PU",
    contact="Petra Lindqvist-Hale, Democratic Services, 01253 887 431",
    items=[
        item("56", "Declarations of interest", [
            "Councillor Ewan Mortlake declared a prejudicial interest in application 24/00034/FUL as he lives on Pilling Lane, and left the room for that item."]),
        item("57", "Application 23/00955/OULMAJ - Land off Garstang Road East, Poulton-le-Fylde", [
            "Outline application for up to 140 dwellings with access from Garstang Road East. The Senior Planning Officer, Callum Treharne, recommended approval subject to a legal agreement securing 30% affordable housing and a contribution of £412,000 towards primary school places.",
            "Three residents and a representative of Carleton Parish Council spoke against the scheme, citing queues at the Skippool junction and flooding of the fields in winter. The applicant's agent spoke in support.",
            "Councillor Harriet Quennell said the committee could not accept a further 140 homes while the highway authority had still not agreed a scheme for the junction with the A585. Councillor Quennell moved that the application be refused, contrary to the officer recommendation, on the grounds of harm to highway safety and the loss of open countryside. This was seconded by Councillor Jonah Pettigrew.",
            "On being put to the vote, 7 members voted for refusal and 4 against, with no abstentions.",
        ], decision=["Refused, contrary to the officer recommendation, for the reasons given by the committee."]),
        item("58", "Application 23/00812/FUL - Cleveleys Promenade, Cleveleys", [
            "Application by the council's Coast and Countryside service for 24 timber beach huts on the upper promenade north of Jubilee Gardens. The huts would be painted in alternating blue, yellow and white and let for a season from April to October.",
            "The Coast and Countryside Manager, Niamh Oystermouth, told members that the huts would be let at £1,150 for a season, and that a waiting list opened in January had already attracted 96 names. Members asked whether the huts would block the sea wall walkway; the officer confirmed that a clear width of 4 metres would be kept for pedestrians and mobility scooters.",
            "The application was approved unanimously.",
        ], decision=["Approved, subject to the conditions in the report."]),
        item("59", "Application 24/00034/FUL - Land at Pilling Lane, Preesall", [
            "Full application for 12 holiday lodges, a reception building and a wildlife pond on a former grazing field. The Planning Officer explained that the lodges would be used for holiday purposes only and that a condition would stop any lodge being occupied as anyone's sole or main residence.",
            "Members asked about drainage to the nearby dyke; the officer advised that the Lead Local Flood Authority had no objection subject to a condition requiring surface water to be held back on site at the greenfield rate.",
            "Members supported the scheme as bringing visitors to Preesall and Knott End outside the summer months.",
        ], decision=["Approved, subject to conditions including a holiday occupancy condition and a register of lodge occupiers."]),
    ],
)

doc(
    name="ieListDocuments_CId140_MId25531_Birmingham_Cabinet",
    form="mg-meeting", council="Birmingham City Council", stated="yes", committee="Cabinet", date="2024-03-12",
    site=site("Birmingham City Council", "https://birmingham.cmis.uk.com", "Council House, Victoria Square, Birmingham B1 1BB",
              "© Birmingham City Council", menu=["Home", "Councillors", "Committees", "Meetings", "Forward plan", "Contact"]),
    heading="Agenda and minutes: Cabinet - Tuesday, 12th March, 2024 10.00 am",
    venue="Committee Rooms 3 & 4, Council House, Victoria Square, Birmingham B1 1BB",
    contact="Joanna Featherstonehaugh, Committee Services, 0121 303 1147",
    outcome_label="Minutes:",
    items=[
        item("1", "Notice of recording / webcast", [
            "The Chair advised that the meeting would be webcast for live and subsequent broadcast via the council's meeting website."]),
        item("2", "Sutton Park Visitor Centre Refurbishment - Award of Contract", [
            "The Cabinet Member for Environment, Councillor Ravinder Holloway-Dunn, presented the report. The visitor centre at Town Gate had been closed to the public since a roof failure in February 2023. Four tenders had been received and the highest scoring was from Northfold Construction Ltd at £1.84m.",
            "The refurbishment would be paid for by £1.1m from the National Lottery Heritage Fund and £740,000 from the council's capital programme. Works were expected to start in May 2024 and last 38 weeks.",
            "In answer to a question, the Head of Parks, Gideon Marchbanks, said the centre would reopen with a new classroom for school visits and an exhibition about the park's history as a National Nature Reserve.",
        ], decision=["That the contract for the refurbishment of Sutton Park Visitor Centre be awarded to Northfold Construction Ltd in the sum of £1,840,000."]),
        item("3", "Community Libraries: Opening Hours Review", [
            "The Cabinet Member for Digital, Culture, Heritage and Tourism introduced the report. The city's 35 community libraries currently opened for a combined 1,260 hours a week. The report set out three options for reducing hours at 17 of them while keeping the Library of Birmingham open six days a week.",
            "Cabinet agreed that no decision on hours would be taken until residents had been asked for their views. A public consultation on the three options would run from 18 March to 28 April 2024, online and on paper in every library, and its results would be reported to Cabinet in June.",
            "Councillor Adaeze Umberfield asked whether any library would close outright. The Cabinet Member replied that none of the three options involved closing a library building.",
        ], decision=["That a public consultation on the three options for community library opening hours be approved, to run from 18 March to 28 April 2024."]),
        item("4", "Household Recycling Centres: Booking System", [
            "Cabinet received a report on the trial of a booking system for cars at the Tyseley, Castle Bromwich and Kings Norton household recycling centres, which had run since September 2023. A survey of 2,140 users had found that 72% were satisfied or very satisfied with booking and that average queueing time on Saturdays had fallen from 47 minutes to 9 minutes.",
            "Officers recommended making booking permanent at all five sites. Residents would be able to book up to two visits a week, and vans and trailers would still need a permit.",
        ], decision=["That booking be made permanent at all five household recycling centres from 1 May 2024."]),
    ],
)

doc(
    name="ieListDocuments_CId167_MId5402_Shropshire_NorthernPlanning",
    form="mg-meeting", council="Shropshire Council", stated="yes", committee="Northern Planning Committee", date="2024-09-10",
    site=site("Shropshire Council", "https://shropshire.gov.uk/committee-services", "Shirehall, Abbey Foregate, Shrewsbury SY2 6ND",
              "© Shropshire Council 2024"),
    heading="Agenda and minutes: Northern Planning Committee - Tuesday, 10th September, 2024 2.00 pm",
    venue="Shrewsbury Room, Shirehall, Abbey Foregate, Shrewsbury, Shropshire, SY2 6ND",
    contact="Ellery Brackenbury, Committee Officer, 01743 257 719",
    items=[
        item("31", "Minutes", [
            "RESOLVED: That the minutes of the meeting held on 13 August 2024 be approved as a correct record and signed by the Chairman."]),
        item("32", "Public Question Time", [
            "There were no public questions."]),
        item("33", "Proposed Poultry Units, Land at Hinton Farm, Whixall, Whitchurch (24/01187/FUL)", [
            "The Principal Planning Officer, Rosalind Thwaite, introduced the application for two poultry units housing broiler chickens, with feed bins, a biomass boiler and a new access on to the B5476. She explained that the Environment Agency would regulate emissions under a permit and that an ammonia assessment had shown no significant effect on Whixall Moss, part of the Fenn's, Whixall and Bettisfield Mosses National Nature Reserve.",
            "A neighbour spoke against, saying lorries carrying feed and birds already used the narrow lanes around Whixall at night. The applicant, Mr Anselm Corbridge, said that manure would be taken off site by covered trailer to an anaerobic digestion plant near Market Drayton and that the units would create two full time jobs.",
            "Members discussed the traffic at length. Councillor Philippa Rowntree asked for a routing plan to keep lorries off the lane past Whixall primary school, and the Highways Officer confirmed that a condition requiring a traffic management plan, with vehicles routed via the B5476 only, had been added. Members also asked about odour; the officer explained that the permit required odour to be managed and that the nearest house not connected to the farm was 410 metres away.",
            "Councillor Rowntree moved approval, seconded by Councillor Dominic Fairweather, and the application was approved by 8 votes to 2.",
        ], decision=["Planning permission granted subject to conditions, including a traffic management plan and landscaping along the northern boundary."]),
        item("34", "Solar Farm, Land East of Sandford Road, Prees (24/00642/FUL)", [
            "Application for a 38 hectare ground mounted solar farm with battery storage for a period of 40 years. The officer reported that the land was mostly grade 3b agricultural land and that sheep would graze between the panels.",
            "Members were concerned about glint and glare for users of the A49; the officer confirmed that the applicant's glint and glare study found no effect on drivers after the proposed hedgerow planting had grown.",
        ], decision=["Planning permission granted, subject to conditions including removal of the panels after 40 years."]),
        item("35", "Conversion of Barn to Dwelling, Lower Hordley, Ellesmere (24/02011/FUL)", [
            "The application had been withdrawn by the applicant before the meeting and was not considered."]),
    ],
)

doc(
    name="ieListDocuments_CId151_MId4418_Croydon_Cabinet",
    form="mg-meeting", council="London Borough of Croydon", stated="yes", committee="Cabinet", date="2024-01-24",
    site=site("London Borough of Croydon", "https://democracy.croydon.gov.uk", "Bernard Weatherill House, 8 Mint Walk, Croydon CR0 1EA",
              "© Croydon Council 2024"),
    heading="Agenda and minutes: Cabinet - Wednesday, 24th January, 2024 6.30 pm",
    venue="Council Chamber, Town Hall, Katharine Street, Croydon CR0 1NX",
    contact="Aurelia Penrose, Democratic Services, 020 8726 6000 x 47320",
    items=[
        item("8/24", "Disclosure of Interests", ["There were no disclosures of interest."]),
        item("9/24", "Housing Acquisitions Programme for Temporary Accommodation", [
            "The Cabinet Member for Homes introduced the report, which proposed buying 150 homes on the open market over two years for use as temporary accommodation, funded by borrowing of £48m and a grant from the Greater London Authority of £12.5m.",
            "The Corporate Director of Housing, Benedict Strathallan, reported that 2,411 households were in temporary accommodation arranged by Croydon in December 2023, and that the average nightly cost of an emergency room had risen to £58. Buying homes would let the council house families at a lower cost than paying nightly rates to hotels and hostels.",
            "The Leader of the Opposition asked whether the homes would be bought outside the borough. The Director replied that the programme would buy only in Croydon and in the neighbouring boroughs of Sutton and Merton, and that no home would be more than a 45 minute journey by public transport from Croydon town centre.",
        ], decision=["Approved the Housing Acquisitions Programme of up to 150 homes and the associated borrowing of £48m."]),
        item("10/24", "Libraries: Extended Access Hours", [
            "The Cabinet Member for Culture and Communities presented a report on the open access system, which lets library members enter using their card and PIN when staff are not on duty. The system had been running at Selsdon Library since April 2023 and at Sanderstead Library since October 2023.",
            "At Selsdon Library, 6,870 visits had been made during unstaffed hours in the first six months, mostly in the early evening and on Sunday mornings.",
            "The report proposed installing the system at Norbury, Thornton Heath and Coulsdon libraries, at a cost of £96,000 from the libraries capital budget. Councillor Winifred Achebe-Lyle asked about safety; the Head of Libraries, Otis Kerrigan, said cameras and an intercom to a monitoring centre were in place and that children under 16 could not use the service unless with an adult.",
        ], decision=["Approved the extension of open access hours to Norbury, Thornton Heath and Coulsdon libraries."]),
        item("11/24", "Fairfield Halls: Operator Contract Extension", [
            "Cabinet considered extending the operator contract for Fairfield Halls by three years to March 2028. The operator's attendance had reached 412,000 visitors in 2022-23. Under the extension the operator would pay the council a management fee of £250,000 a year, rising with inflation, and would fund the repair of the stage lifts.",
        ], decision=["Agreed the three year extension of the Fairfield Halls operator contract."]),
    ],
)

doc(
    name="ieListDocuments_CId155_MId3027_Warwickshire_Cabinet",
    form="mg-meeting", council="Warwickshire County Council", stated="yes", committee="Cabinet", date="2024-06-13",
    site=site("Warwickshire County Council", "https://democracy.warwickshire.gov.uk", "Shire Hall, Market Square, Warwick CV34 4RL",
              "© Warwickshire County Council"),
    heading="Agenda and minutes: Cabinet - Thursday, 13th June, 2024 1.45 pm",
    venue="Committee Room 2, Shire Hall, Warwick",
    contact="Ingrid Ashworth-Boyle, Democratic Services Officer, 01926 412 376",
    items=[
        item("1.", "General", [
            "(1) Apologies: Councillor Barnaby Stroud.",
            "(2) Disclosures of pecuniary and non-pecuniary interests: None.",
            "(3) Minutes of the previous meeting: The minutes of the meeting held on 16 May 2024 were agreed as a true record."]),
        item("2.", "Home to School Transport: Budget Pressures and Route Retender", [
            "Councillor Felicity Amberley, Portfolio Holder for Children and Families, introduced the report. Spending on home to school transport was forecast to exceed the budget by £4.6m in 2024/25, driven mainly by transport for children with special educational needs, where the number of pupils carried had risen from 1,690 to 2,215 in three years.",
            "The Assistant Director for Education Services, Crispin Hallowell, explained that 143 routes would be retendered in July using a new dynamic purchasing system, with contracts starting in September 2024. He expected the retender to save between £600,000 and £900,000 a year.",
            "Councillor Amberley noted that the council was also changing its policy for students aged 16 to 19. It was not yet known how many post-16 students would be eligible for the new travel grant, as applications would only open in August.",
            "Councillor Jasper Fenwick asked whether the council would train more pupils to travel independently. The Assistant Director replied that 48 pupils had completed independent travel training last year and the target for the coming year was 80.",
        ], decision=["(1) Cabinet notes the forecast overspend on home to school transport.", "(2) Cabinet approves the retender of 143 routes through the dynamic purchasing system."]),
        item("3.", "Kingsbury Water Park: New Play Area and Café Kiosk", [
            "Councillor Marcus Delahaye, Portfolio Holder for Environment, introduced the report. The existing adventure playground at Kingsbury Water Park was 24 years old and had failed its annual inspection in 2023, when three pieces of equipment were removed.",
            "A new play area would be built by Playcraft Timber Structures Ltd for £318,000, funded from park car parking income and a £75,000 grant from HS2's community fund. Work would begin in October so the play area could open for the Easter holidays in 2025.",
        ], decision=["Cabinet approves the award of the contract for the new play area at Kingsbury Water Park to Playcraft Timber Structures Ltd."]),
        item("4.", "Reports containing confidential or exempt information", [
            "Resolved that members of the public be excluded from the meeting for the item on the sale of land at Ryton on Dunsmore, on the grounds that it involves exempt information."]),
    ],
)


# =========================================================================== ModernGov item pages

doc(
    name="mgAi_ID61842_Tandridge_StrategyResources",
    form="mg-item", council="Tandridge District Council", stated="yes", committee="Strategy and Resources Committee",
    date="2024-10-10",
    site=site("Tandridge District Council", "https://tandridge.moderngov.co.uk",
              "Tandridge District Council, Council Offices, 8 Station Road East, Oxted, Surrey RH8 0BT",
              "Copyright Tandridge District Council", breadcrumb=["Home", "Meetings", "Committee details", "Agenda item"]),
    meeting_line="10/10/2024 - Strategy and Resources Committee (Item 24)",
    items=[item("24", "Review of car parking charges 2025/26", [
        "The Committee considered a report by the Head of Operational Services, Fenella Gathercole, reviewing charges in the council's 14 pay and display car parks in Oxted, Caterham, Lingfield, Godstone and Warlingham. Charges had not changed since April 2022, while the cost of running the car parks, including business rates, cleansing and the maintenance of the machines, had risen by 31% over the same period.",
        "The report proposed that the charge for up to one hour in the Oxted and Caterham valley car parks rise from £1.00 to £1.30, and that the first 30 minutes in the Lingfield and Godstone car parks remain free to support local shops. Season tickets for commuters at Station Road West in Oxted would rise from £720 to £790 a year. The increases were expected to bring in an additional £186,000 in a full year.",
        "Councillor Leonie Garroway asked why the council did not offer free parking in December to help traders. The Head of Operational Services replied that a free parking offer for the four Saturdays before Christmas would cost about £22,000 in lost income, which was not in the budget, but that members could choose to fund it from the economic development reserve.",
        "Councillor Tristram Oakhanger raised the shortage of spaces around Caterham on the Hill, where residents reported that commuters parked all day. The Head of Operational Services explained that the council would commission an independent parking usage survey for Caterham on the Hill over the winter, and that its findings would come back to the Committee before any new restrictions were proposed.",
        "Councillor Garroway proposed an amendment that the free 30 minutes be extended to the Johnsdale car park in Oxted. This was seconded by Councillor Oakhanger and was lost by 5 votes to 7. The original recommendations were then moved by the Chair, Councillor Hamish Cotterell, seconded by Councillor Beatrix Lumsden, and carried by 9 votes to 2 with 1 abstention.",
        "RESOLVED that the car parking charges set out at Appendix A be approved to take effect from 1 April 2025, subject to the statutory notice procedure.",
    ], intro="Report of the Head of Operational Services.",
        links=[("Car parking charges review 2025-26", "298 KB"), ("Appendix A - Proposed tariffs", "74 KB")])],
)

doc(
    name="mgAi_ID30975_Enfield_OverviewScrutiny",
    form="mg-item", council="London Borough of Enfield", stated="yes", committee="Overview and Scrutiny Committee",
    date="2024-02-08",
    site=site("London Borough of Enfield", "https://governance.enfield.gov.uk", "Civic Centre, Silver Street, Enfield EN1 3XA",
              "© London Borough of Enfield", breadcrumb=["Home", "Committee structure", "Meetings", "Agenda item"]),
    meeting_line="08/02/2024 - Overview and Scrutiny Committee (Item 5)",
    items=[item("5", "Temporary Accommodation: Demand, Costs and Placements", [
        "The Chair, Councillor Oluwaseun Brightwater, welcomed Councillor Ilse Marchetti, Cabinet Member for Housing, and Darius Penhallow, Head of Housing Options, who presented the report.",
        "Members heard that 3,560 households were in temporary accommodation arranged by Enfield at the end of December 2023, an increase of 14% on a year earlier. Around 1 in 5 had been placed in hotels or bed and breakfast rooms, many of them in Edmonton and Ponders End. The net cost of temporary accommodation to the council's general fund was forecast to reach £31.4m in 2023/24, against a budget of £22m.",
        "The Head of Housing Options explained that the main causes were landlords selling up or raising rents beyond local housing allowance rates, and families being evicted by friends or relatives. Lea Valley Lettings Ltd, a company owned by the council, had bought 96 homes in the past year to let to homeless families at local housing allowance rents.",
        "Councillor Ferdinand Kulsoom asked how the council checked that hotel rooms were fit for families. The Head of Housing Options replied that every hotel used by the council was inspected before its first placement and then every six months, and that two hotels in Edmonton had been removed from the list in 2023 after inspections found damp and broken fire doors.",
        "Councillor Nadia Haverstock asked whether families placed in hotels were helped to keep their children in the same school. The Cabinet Member replied that a dedicated education liaison officer had been appointed in September 2023 to arrange travel passes and school places for children placed away from their schools.",
        "The Committee agreed to recommend to Cabinet that a target be set for reducing the number of households in hotels, and that quarterly figures on the use of hotels be reported to the Housing Scrutiny Panel.",
    ], intro="Report of the Executive Director of Housing and Regeneration.",
        links=[("Temporary accommodation report February 2024", "521 KB")])],
)


# =========================================================================== ModernGov decision pages

doc(
    name="ieDecisionDetails_ID9871_Surrey_BusContracts",
    form="mg-decision", council="Surrey County Council", stated="yes",
    committee="Cabinet Member for Highways, Transport and Economic Growth", date="2024-07-22",
    site=site("Surrey County Council", "https://mycouncil.surreycc.gov.uk", "Woodhatch Place, 11 Cockshot Hill, Reigate RH2 8EF",
              "© Surrey County Council", menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Forward plans"]),
    decision_title="Decision details: Award of Local Bus Service Contracts - Guildford and Waverley",
    fields=[("Decision Maker:", "Cabinet Member for Highways, Transport and Economic Growth"),
            ("Decision status:", "Recommendations approved"), ("Is Key decision?:", "Yes"),
            ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To award contracts for seven supported local bus routes serving Guildford, Godalming, Farnham and Cranleigh from 1 September 2024, when the current contracts end."]),
        ("Decision:", [
            "The Cabinet Member for Highways, Transport and Economic Growth agreed to award contracts for routes 46, 53, 63, 65, 71, 503 and 523 to Hillbrook Coaches Ltd for five years, with an option to extend for a further two years, at a total cost of £6.9m over five years.",
            "The Cabinet Member also agreed to replace the evening journeys on route 71 between Guildford and Cranleigh with a demand responsive minibus service, which passengers will book by app or telephone. The fares for the demand responsive service have not yet been set and will be agreed by the Director of Transport before the service starts.",
        ]),
        ("Reasons for Decision:", [
            "Hillbrook Coaches Ltd submitted the most economically advantageous tender for all seven routes. Its bid included 12 new low emission vehicles and real time information on every vehicle.",
            "Passenger counts on the route 71 evening journeys averaged four people a journey in 2023, and a demand responsive service is expected to cost £84,000 a year less to run while still covering the villages of Bramley and Shalford.",
        ]),
        ("Alternative options considered:", [
            "Withdrawing the route 71 evening journeys altogether was rejected because it would leave Cranleigh without any evening public transport link to Guildford."]),
    ],
    tail=[("Publication date:", "22/07/2024"), ("Date of decision:", "22/07/2024"),
          ("Effective from:", "30/07/2024")],
    links=[("Report - Local bus service contracts Guildford and Waverley", "402 KB")],
)

doc(
    name="ieDecisionDetails_ID27714_Kent_SchoolTransport",
    form="mg-decision", council="Kent County Council", stated="yes",
    committee="Cabinet Member for Education and Skills", date="2023-11-27",
    site=site("Kent County Council", "https://democracy.kent.gov.uk", "Sessions House, County Road, Maidstone ME14 1XQ",
              "© Kent County Council 2023"),
    decision_title="Decision details: 23/00098 - Award of Special Educational Needs Transport Contracts, Swale and Thanet",
    fields=[("Decision Maker:", "Cabinet Member for Education and Skills"),
            ("Decision status:", "Implemented"), ("Is Key decision?:", "Yes"),
            ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To award contracts for home to school transport for pupils with special educational needs and disabilities in Swale and Thanet from January 2024, following a tender run through the council's transport framework."]),
        ("Decision:", [
            "As Cabinet Member for Education and Skills, I agree to award contracts for 112 home to school transport routes in Swale and Thanet to the operators listed in the exempt appendix, for the period January 2024 to July 2027, and delegate to the Director of Education the authority to vary routes as pupils join and leave schools.",
        ]),
        ("Reasons for the decision:", [
            "Spending on transport for pupils with special educational needs in Kent has risen from £52m in 2019/20 to a forecast £81m in 2023/24. The routes were last tendered in 2019 and many were now run under short extensions at high daily rates.",
            "In Swale, the 58 routes tendered attracted 214 bids and the new contracts are expected to cost £412,000 a year less than the current arrangements. The 54 Thanet routes were awarded on the same terms, with operators required to provide passenger assistants who have completed the council's safeguarding training.",
            "The Cabinet Member took into account the views of the Children's, Young People and Education Cabinet Committee, which on 14 November 2023 endorsed the proposed decision by 9 votes to 2.",
        ]),
        ("Alternative options considered:", [
            "Extending the existing contracts for a further year was considered and rejected, as the extension prices quoted by operators were on average 23% higher than the tendered prices."]),
    ],
    tail=[("Publication date:", "27/11/2023"), ("Date of decision:", "27/11/2023"),
          ("Effective from:", "05/12/2023")],
    links=[("23-00098 Record of Decision", "131 KB"), ("Exempt appendix - tender evaluation", "exempt")],
)


# =========================================================================== printed PDF minutes

doc(
    name="OCC_Cabinet_Minutes_17Oct2023",
    form="pdf-minutes", council="Oxfordshire County Council", stated="yes", committee="Cabinet", date="2023-10-17",
    pdf_title="Cabinet minutes 17 October 2023", pdf_author="Oxfordshire County Council",
    title_lines=["OXFORDSHIRE COUNTY COUNCIL", "CABINET",
                 "MINUTES of the meeting held on Tuesday, 17 October 2023 commencing at 2.00 pm and finishing at 4.25 pm",
                 "County Hall, New Road, Oxford OX1 1ND"],
    attendance=[("Present:", "Councillor Gwendolyn Hartigan (Chair); Councillors Amos Kettleby, Serena Valcourt, Thaddeus Orme, Priya Wetherall, Lucan Morrow and Beatrice Tancred."),
                ("Other Members in Attendance:", "Councillors Hugo Blanchflower and Rosamund Ives (for Minute 128/23)."),
                ("Officers:", "Chief Executive; Director of Environment and Highways (Ottilie Grange); Head of Democratic Services.")],
    items=[
        pitem("126/23", "Apologies for Absence", ["There were no apologies for absence."]),
        pitem("127/23", "Minutes", ["The minutes of the meeting held on 19 September 2023 were approved and signed as a correct record."]),
        pitem("128/23", "Questions from County Councillors", [
            "Councillor Hugo Blanchflower asked how many potholes had been repaired on the A4074 between Oxford and Wallingford since April. Councillor Amos Kettleby, Cabinet Member for Highways Management, replied that 318 defects had been repaired on that road since April, and that a 2.4 kilometre section near Shillingford would be resurfaced in the spring.",
            "Councillor Rosamund Ives asked when the temporary traffic lights on the Botley Road would be removed. The Cabinet Member replied that the lights were needed until the utility company finished moving a water main, which it expected to complete by the end of November.",
        ]),
        pitem("129/23", "Electric Vehicle Charging at Park and Ride Sites", [
            "Cabinet considered a report proposing the installation of 96 charge points across the Thornhill, Redbridge and Pear Tree park and ride sites. The Director of Environment and Highways explained that the charge points would be a mix of fast 22 kilowatt chargers for all day parking and six rapid chargers for taxis and shorter stays.",
            "The charge points would be installed and run by Ampwell Charging Ltd under a 15 year concession. The company would meet the full installation cost of about £1.7m and pay the council a share of the income, so that there would be no capital cost to the county council. Installation would take place in phases between January and June 2024 so that no more than 40 parking spaces were out of use at any one time.",
            "Councillor Priya Wetherall welcomed the scheme but asked what would happen if the company failed. The Director replied that the concession required the chargers to pass to the council at no cost if the operator ceased trading, and that the council had checked the company's finances as part of the tender.",
            "RESOLVED: to approve the award of a 15 year concession to Ampwell Charging Ltd for charge points at the three park and ride sites.",
        ]),
        pitem("130/23", "20mph Speed Limits: Phase 3", [
            "The Cabinet Member for Travel and Development Strategy presented the outcome of the consultation on 20mph limits in 27 further towns and villages, including parts of Witney, Bicester, Kidlington and Thame. Of the 2,905 responses, 64% supported a 20mph limit in their own area. Thames Valley Police had not objected but asked that the limits be supported by signs at every entrance to a village.",
            "Councillor Thaddeus Orme moved the recommendations, seconded by Councillor Serena Valcourt. On being put to the vote, the recommendations were carried by 6 votes to 1.",
            "RESOLVED: to approve the 20mph limits for the 27 places listed in Annex 1 and to delegate the making of the traffic orders to the Director of Environment and Highways.",
        ]),
    ],
    closing=["in the Chair", "Date of signing"],
    header="Cabinet - 17 October 2023", header_right="CA126/23 - CA130/23",
    footer=["Page {n} of {total}"],
)

doc(
    name="SSDC_Planning_Committee_21May2024",
    form="pdf-minutes", council="South Staffordshire Council", stated="yes", committee="Planning Committee", date="2024-05-21",
    pdf_title="Planning Committee Minutes", pdf_author="Democratic Services",
    logo="South Staffordshire Council",
    title_lines=["Minutes of the Meeting of the Planning Committee of South Staffordshire Council",
                 "held in the Council Chamber, Council Offices, Wolverhampton Road, Codsall, on Tuesday 21 May 2024 at 6.30pm"],
    attendance=[("Present:", "Councillor Clementine Haworth (Chairman), Councillors Geraint Ashdown, Poppy Ellerby, Leofric Dunmore, Wilhelmina Stokes, Barnabas Yearwood, Octavia Redfern and Cyril Mannering."),
                ("In attendance:", "Kieran Fothergill (Team Manager, Development Management), Saffron Delaney (Planning Officer), Legal Advisor.")],
    items=[
        pitem("PC24/15", "Minutes", ["RESOLVED: that the minutes of the meeting held on 16 April 2024 be approved and signed by the Chairman."]),
        pitem("PC24/16", "Declarations of Interest", ["Councillor Yearwood declared that he had been lobbied on application 24/00118/FUL but had not expressed a view."]),
        pitem("PC24/17", "23/00987/OUT - Land off Orton Lane, Wombourne", [
            "Outline application for 64 dwellings with access from Orton Lane. The Team Manager reported that the site was allocated for housing in the Local Plan and that the scheme would provide 40% affordable housing, 26 homes in total, together with a new footpath link to the village centre and the planting of 180 trees along the southern boundary.",
            "Wombourne Parish Council spoke against the application, raising the pressure on the doctors' surgery and the width of Orton Lane. The Team Manager advised that a contribution of £58,400 towards extra rooms at the surgery would be secured through the legal agreement.",
            "Councillor Ellerby moved that the application be approved in line with the officer recommendation, seconded by Councillor Dunmore. The motion was carried by 6 votes to 2.",
            "RESOLVED: that the application be approved subject to a Section 106 agreement and the conditions in the report.",
        ]),
        pitem("PC24/18", "24/00118/FUL - Land at Church Hill, Kinver", [
            "Full application for 9 dwellings on a former paddock within the village. The Planning Officer explained that the site lay within the Kinver Conservation Area and that the design had been amended to use local red brick and clay tiles. The Conservation Officer raised no objection to the amended scheme.",
            "Members discussed the loss of a hedgerow at the front of the site. The applicant agreed to replant the hedgerow behind the new visibility splay.",
            "RESOLVED: that the application be approved subject to conditions.",
        ]),
        pitem("PC24/19", "24/00203/FUL - Codsall Garden Centre, Wergs Hall Road, Codsall", [
            "Application for an extension to the garden centre café and 38 additional parking spaces. The site lay in the Green Belt. The Planning Officer considered the extension to be disproportionate and recommended refusal.",
            "Councillor Stokes moved refusal, seconded by Councillor Mannering, on the grounds of harm to the openness of the Green Belt. The motion was carried unanimously.",
            "RESOLVED: that the application be refused.",
        ]),
    ],
    closing=["The meeting ended at 8.05pm", "CHAIRMAN"],
    header="Planning Committee 21 May 2024", footer=["Page {n}"],
)

doc(
    name="NYC_Executive_Minutes_20240220",
    form="pdf-minutes", council="North Yorkshire Council", stated="yes", committee="Executive", date="2024-02-20",
    pdf_title="Executive - Minutes - 20 February 2024", pdf_author="North Yorkshire Council",
    title_lines=["North Yorkshire Council", "Executive",
                 "Minutes of the meeting held in the Grand Meeting Room, County Hall, Northallerton on Tuesday, 20 February 2024 commencing at 11.00 am."],
    attendance=[("Present:", "Councillor Augustus Wilberforce-Penn (in the Chair); Councillors Henrietta Blackmore, Silas Dewhurst, Eleanor Kirkby, Torin Metcalfe and Winifred Hesketh."),
                ("Apologies:", "Councillor Ambrose Fairholme.")],
    items=[
        pitem("88", "Minutes", ["Resolved - That the minutes of the meeting held on 23 January 2024 be confirmed and signed as a correct record."]),
        pitem("89", "Supported Bus Services in the Yorkshire Dales and North York Moors", [
            "Considered - A report of the Corporate Director of Environment, presented by Councillor Silas Dewhurst, Executive Member for Highways and Transportation, on the supported bus services that link the Dales and Moors to market towns.",
            "The Executive Member explained that the council currently paid for 41 supported routes at a cost of £3.8m a year. Passenger numbers on the Wensleydale services to Hawes had recovered to 92% of the level before the pandemic, while use of the Sunday service between Pickering and Malton remained low.",
            "The report proposed that the £2 single fare cap be continued on all supported routes until December 2024, using the government's Bus Service Improvement Plan money, and that route 156 between Leyburn and Richmond be extended to run hourly on Saturdays.",
            "Councillor Kirkby asked about the villages in Ryedale that had lost services in 2023. The Executive Member replied that a full review of all supported routes in the Ryedale area would be carried out over the summer of 2024, looking at demand responsive services as well as fixed routes, and that its findings would be reported to the Executive in the autumn.",
            "Resolved - (a) That the £2 fare cap on supported routes be continued until 31 December 2024. (b) That the extension of route 156 on Saturdays be approved.",
        ]),
        pitem("90", "Scarborough Spa: Roof and Sea Wall Repairs", [
            "Considered - A report on urgent repairs to the roof of the Grand Hall at Scarborough Spa and the sea wall in front of it. Surveys in 2023 had found corroded steelwork in the roof and voids behind the sea wall that had been opened by winter storms.",
            "The repairs would cost £4.2m, to be met from the council's capital programme, and would be carried out by Whitcliffe Marine and Civil Ltd between October 2024 and April 2025, outside the main summer season. The Spa would remain open for events during the works except for the Grand Hall.",
            "Resolved - That the repairs be approved and the contract awarded to Whitcliffe Marine and Civil Ltd.",
        ]),
        pitem("91", "Winter Maintenance Update", [
            "Considered - A report on the winter maintenance season to date. The council had carried out 74 full gritting runs by the end of January, using 38,000 tonnes of salt, and the salt barns at Thirsk and Skipton had been restocked in January.",
            "Resolved - That the report be noted.",
        ]),
    ],
    closing=["The meeting concluded at 12.40 pm.", "HB"],
    header="NORTH YORKSHIRE COUNCIL - EXECUTIVE - 20 FEBRUARY 2024", header_from=2,
    footer=["OFFICIAL - Page {n}"],
)

doc(
    name="Somerset_Executive_Minutes_04092024",
    form="pdf-minutes", council="Somerset Council", stated="yes", committee="Executive", date="2024-09-04",
    pdf_title="Minutes - Executive 4 September 2024", pdf_author="Somerset Council",
    title_lines=["Somerset Council", "Minutes of a Meeting of the Executive",
                 "held in the Luttrell Room, County Hall, Taunton TA1 4DY, on Wednesday 4 September 2024 at 10.00 am"],
    attendance=[("Present:", "Cllr Rosalind Yarcombe (Chair), Cllr Edmund Pollard, Cllr Janette Pellow, Cllr Ivor Brandish, Cllr Mabel Trewin, Cllr Fitzgerald Anstey."),
                ("In attendance:", "Cllr Solomon Hatchard (Leader of the Opposition).")],
    items=[
        pitem("31", "Apologies for Absence - Agenda Item 1", ["There were no apologies."]),
        pitem("32", "Minutes from the Previous Meeting - Agenda Item 2", ["Resolved that the minutes of the Executive held on 7 August 2024 be confirmed as a correct record."]),
        pitem("33", "Home to School Travel Assistance Policy 2025/26 - Agenda Item 5", [
            "The Lead Member for Children and Families, Cllr Janette Pellow, introduced the report. The council expected to spend £38.2m on home to school travel in 2024/25, £5.9m more than budgeted, and in a county of Somerset's size many pupils travelled long distances on contracted coaches and taxis.",
            "The proposed policy would provide free travel only to the nearest suitable school, rather than to the catchment school, for pupils starting school from September 2025. Pupils already receiving free travel would keep it until they left their current school.",
            "The Leader of the Opposition asked how many routes would be withdrawn as a result. The Service Director, Harriet Coldwell, said that this could not be known until the admissions data for September 2025 was available in the spring, because it depended on which schools families chose.",
            "The Executive also noted that 1,140 families had responded to the consultation, of whom 71% disagreed with the nearest school proposal, with the most common concern being the effect on rural families near Exmoor and the Blackdown Hills.",
            "Resolved that the Executive approve the Home to School Travel Assistance Policy for 2025/26 as set out in Appendix A. The Chair moved the recommendation, seconded by Cllr Pollard; 5 voted in favour and 1 against.",
        ]),
        pitem("34", "Council Tax Premium on Second Homes - Agenda Item 6", [
            "Cllr Edmund Pollard, Lead Member for Resources, presented the report. There were 4,760 second homes in Somerset, most of them in West Somerset around Minehead and Porlock. Charging a 100% premium from April 2025 was expected to raise about £9.3m a year, of which the council would keep around 75% and the rest would go to the police, fire authority and parish councils.",
            "Resolved to recommend to Full Council that a 100% premium on second homes be introduced from 1 April 2025.",
        ]),
        pitem("35", "Yeovil Refuse Depot Relocation - Agenda Item 7", [
            "The Executive approved moving the Yeovil refuse depot from Lufton to a new site at Houndstone, at a cost of £2.6m, so that the lease at Lufton could end in 2026. Work would be carried out by Brindlecombe Building Services Ltd.",
        ]),
    ],
    closing=["The meeting ended at 12.15 pm", "CHAIR"],
    header="Executive - 4 September 2024", footer=["Page {n} of {total}", "Somerset Council"],
)

doc(
    name="Conwy_Cabinet_Minutes_09-04-2024",
    form="pdf-minutes", council="Conwy County Borough Council", stated="yes", committee="Cabinet", date="2024-04-09",
    pdf_title="Cabinet 09.04.2024 Minutes", pdf_author="Conwy County Borough Council",
    title_lines=["CONWY COUNTY BOROUGH COUNCIL", "CABINET",
                 "Minutes of a meeting of the Cabinet held in Coed Pella, Conway Road, Colwyn Bay and remotely on Tuesday, 9 April 2024 at 10.00 am"],
    attendance=[("PRESENT:", "Councillor Morwenna Pryce-Jenkins (Leader, Chair); Councillors Iolo Garnant, Sioned Mathias, Bedwyr Llewelyn, Gwenllian Orchard, Caradog Heulyn and Teleri Vaughan-Dee."),
                ("ALSO PRESENT:", "Chief Executive; Strategic Director for Economy and Place (Rhodri Penmaen); Head of Environment, Roads and Facilities.")],
    items=[
        pitem("1.", "APOLOGIES FOR ABSENCE", ["None."]),
        pitem("2.", "DECLARATIONS OF INTEREST", ["None."]),
        pitem("3.", "RHOS-ON-SEA COASTAL DEFENCE SCHEME", [
            "Cabinet considered a report on the outline business case for a new coastal defence scheme along the promenade at Rhos-on-Sea, between the harbour and Colwyn Bay. The existing sea wall, built in the early twentieth century, had been overtopped in storms in January 2024, flooding 11 properties on Marine Drive.",
            "The Strategic Director explained that the preferred option was a rock revetment in front of a raised wall, protecting around 320 homes and businesses. The scheme was estimated to cost £22.6m, with 85% expected from the Welsh Government's Coastal Risk Management Programme and the remaining 15% from the council's capital budget.",
            "A public exhibition had been held at the Rhos-on-Sea community centre in February, attended by 340 people. Councillor Heulyn asked whether the new wall would block the view from the promenade. The Strategic Director said the wall would be raised by 0.6 metres at most and that glass panels would be used in front of the shelters.",
            "RESOLVED: That the outline business case be approved and submitted to the Welsh Government for detailed design funding.",
        ]),
        pitem("4.", "ELECTRIC VEHICLE CHARGING IN COUNCIL CAR PARKS", [
            "Councillor Gwenllian Orchard, Cabinet Member for Environment, introduced a report on the installation of 58 charge points in 14 council car parks, including Llandudno Builder Street, Conwy Vicarage Gardens, Llanrwst and Betws-y-Coed Station Road. The charge points would be supplied by Glyndwr Charge Networks Ltd and paid for by a Welsh Government Ultra Low Emission Vehicle Transformation Fund grant of £640,000.",
            "Members noted that use of the existing rapid chargers in Betws-y-Coed had doubled in a year, and that visitors often queued in summer. Councillor Sioned Mathias asked whether charging bays would be kept free for electric cars; officers confirmed that a penalty charge would apply to any vehicle parked in a charging bay without charging.",
            "RESOLVED: That the installation of 58 charge points be approved.",
        ]),
        pitem("5.", "HOUSEHOLD WASTE: TEXTILES AND SMALL ELECTRICALS COLLECTION", [
            "Cabinet noted the first year of the weekly collection of textiles and small electrical items, which had collected 212 tonnes. RESOLVED: That the report be noted.",
        ]),
    ],
    closing=["The meeting closed at 11.50 am."],
    header="Cabinet 09.04.2024", footer=["Page {n}", "Cyngor Bwrdeistref Sirol Conwy | Conwy County Borough Council"],
)

doc(
    name="PCC_Cabinet_Minutes_04-12-2023",
    form="pdf-minutes", council="Pembrokeshire County Council", stated="yes", committee="Cabinet", date="2023-12-04",
    pdf_title="Cabinet Minutes 4 December 2023", pdf_author="Pembrokeshire County Council",
    title_lines=["PEMBROKESHIRE COUNTY COUNCIL", "CABINET",
                 "Minutes of the meeting held in the Council Chamber, County Hall, Haverfordwest, on Monday 4 December 2023 at 10.00 am (hybrid meeting)"],
    attendance=[("Present:", "Councillor Elinor Carew-Hopkins (Leader, Chair); Councillors Emrys Gwynfor-Lloyd, Nerys Bowden, Rhydian Teague, Tegwen Ashford and Osian Mabley."),
                ("Also present:", "Councillors Dilys Corran and Hywel Prothero.")],
    items=[
        pitem("C/23/61", "Minutes", ["The minutes of the Cabinet meeting held on 6 November 2023 were confirmed as a correct record."]),
        pitem("C/23/62", "Library Service: Mobile Library and Opening Hours", [
            "The Cabinet Member for Culture and Leisure, Councillor Tegwen Ashford, presented the report. The library service had 14 branch libraries and one mobile library, which stopped at 96 villages on a three weekly timetable. The mobile library van was 15 years old and needed replacing, at a cost of around £190,000.",
            "Cabinet agreed that an independent review of the mobile library service, looking at replacing the van, moving to a smaller vehicle or offering a home delivery service instead, would be commissioned in the new year and reported back by the summer.",
            "The report also proposed aligning opening hours at Tenby, Fishguard and Narberth libraries so that each opened on Saturday mornings. Councillor Hywel Prothero asked whether this meant fewer weekday hours; the Cabinet Member replied that weekday hours would fall by three hours a week at each of the three libraries.",
            "RESOLVED: that the changes to opening hours at Tenby, Fishguard and Narberth libraries be approved from 1 February 2024, and that the review of the mobile library service be commissioned.",
        ]),
        pitem("C/23/63", "Residual Waste Collections", [
            "Cabinet considered proposals to collect black bags every four weeks rather than every three. The Cabinet Member for Residents' Services said that recycling in Pembrokeshire had reached 72%, and that a trial on 3,000 homes in Milford Haven had cut residual waste by 9% without any rise in fly tipping. The proposal was moved by Councillor Emrys Gwynfor-Lloyd and seconded by Councillor Rhydian Teague, and was agreed by 5 votes to 1.",
            "RESOLVED: that four weekly residual collections be introduced across the county from June 2024.",
        ]),
        pitem("C/23/64", "Pembroke Dock Commercial Row Regeneration", [
            "Cabinet approved the appointment of Cleddau Heritage Builders Ltd to restore four listed buildings on Commercial Row at a cost of £2.1m, funded by the Levelling Up Fund. Councillor Dilys Corran asked when the work would finish; the Director of Community Services said the programme was 18 months, ending in summer 2025.",
        ]),
    ],
    closing=["The meeting ended at 12.20 pm."],
    header="Cabinet - 04.12.2023", header_right="C/23/61 - C/23/64", footer=["Page {n} of {total}"],
)


# =========================================================================== Public Document Packs

doc(
    name="Liverpool_Cabinet_Pack_22Nov2024",
    form="pdf-pack", council="Liverpool City Council", stated="yes", committee="Cabinet", date="2024-11-22",
    pdf_title="Agenda document for Cabinet, 22/11/2024", pdf_author="Liverpool City Council",
    cover=["Cabinet", "Friday, 22nd November, 2024 at 10.00 am", "Venue: Committee Room, Cunard Building, Water Street, Liverpool L3 1AH",
           "Liverpool City Council"],
    cover_body=["Members of the Cabinet are summoned to attend the meeting at the time and place shown above to transact the business on the agenda.",
                "Membership: Councillors Evangeline Marsh-Tobin (Chair), Declan Whitlow, Harriet Ormsby, Joseph Cattermole, Ruth Kenyon-Tate, Cormac Reddish.",
                "Contact: Siobhan Tullett, Committee and Member Services, tel 0151 233 3000, email committees@liverpool.gov.uk"],
    agenda=[("1", "Apologies for absence"), ("2", "Declarations of interest"),
            ("3", "Minutes of the previous meeting held on 25 October 2024 ({minutes})"),
            ("4", "Public questions"), ("5", "Parks Lakes Restoration Programme: Newsham Park and Greenbank Park ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["LIVERPOOL CITY COUNCIL - CABINET", "Minutes of the meeting held on Friday 25 October 2024",
                      "Present: Councillors Marsh-Tobin (Chair), Whitlow, Ormsby, Cattermole, Kenyon-Tate and Reddish"],
    prev_items=[
        pitem("41.", "Public Questions", [
            "Mr Aloysius Brennan of Anfield asked why missed bin collections in his street were taking a week to be put right. Councillor Declan Whitlow, Cabinet Member for Neighbourhoods, replied that missed collections reported online were now collected within two working days in 88% of cases, and apologised that this had not happened in Mr Brennan's street. He undertook to meet Mr Brennan and the crew supervisor.",
        ]),
        pitem("42.", "Council Tax Support Scheme 2025/26", [
            "Councillor Harriet Ormsby, Cabinet Member for Finance, introduced the proposed scheme. Around 62,000 households in Liverpool received council tax support. The proposal kept the maximum support for working age households at 91.5% of the bill, and introduced a simpler income banded scheme so that people with changing wages did not receive repeated new bills.",
            "RESOLVED: That the proposed scheme be recommended to Council for approval.",
        ]),
        pitem("43.", "Pier Head Winter Lights", [
            "Cabinet agreed a grant of £65,000 towards a winter light trail at the Pier Head and Royal Albert Dock from 29 November 2024 to 5 January 2025, to be run by Merseyglow Events Ltd.",
        ]),
    ],
    report=report(
        ["Report to Cabinet", "Parks Lakes Restoration Programme: Newsham Park and Greenbank Park", "22 November 2024"],
        [("Report of:", "Director of Neighbourhoods (Finbar Strand)"), ("Portfolio:", "Cabinet Member for Neighbourhoods"),
         ("Wards affected:", "Tuebrook and Stoneycroft; Greenbank"), ("Key decision:", "Yes")],
        [
            ("1. Purpose of the report", [
                "1.1 This report seeks approval for the first phase of a programme to restore the lakes in Newsham Park and Greenbank Park, including desilting, new reed beds and repairs to the lake edges."]),
            ("2. Background", [
                "2.1 Both lakes have suffered from low water levels and algae in recent summers. At Newsham Park the boating lake was closed to the public for 37 days in 2023 because of blue green algae, and fishing was suspended for the same period.",
                "2.2 A bathymetric survey of the Newsham Park lake in March 2024 found up to 1.2 metres of silt in the deepest part, leaving an average water depth of only 45 centimetres. Greenbank Park's lake is smaller and was surveyed at the same time; it has silt of a similar depth, and its edges have collapsed in several places."]),
            ("3. Proposals", [
                "3.1 About 14,000 cubic metres of silt would be removed from the Newsham Park lake. The silt would be dried on site and reused to form planted banks at the western end of the lake, avoiding the cost of taking it to landfill.",
                "3.2 At Greenbank Park the works would rebuild the lake edges in timber and create two reed bed islands for nesting birds.",
                "3.3 The contract would be awarded to Mersey Waterscapes Ltd, whose tender scored highest on quality and price. Work would take place between September 2025 and February 2026, outside the bird nesting season."]),
            ("4. Financial implications", [
                "4.1 The total cost of the first phase is £1.46m. Of this, £900,000 would come from the council's parks capital programme, £410,000 from a grant by the Environment Agency's Water Environment Improvement Fund, and £150,000 from the Friends of Newsham Park's fundraising over the past four years."]),
            ("5. Consultation", [
                "5.1 A drop in event at the Newsham Park boathouse in June 2024 was attended by 210 people, and 86% of those who completed a feedback form supported the proposals."]),
            ("6. Recommendations", [
                "6.1 That Cabinet approves the first phase of the Parks Lakes Restoration Programme and the award of the contract to Mersey Waterscapes Ltd."]),
        ]),
    footer=["Page {n}"], number_offset=1,
)

doc(
    name="Monmouthshire_Cabinet_Pack_06032024",
    form="pdf-pack", council="Monmouthshire County Council", stated="yes", committee="Cabinet", date="2024-03-06",
    pdf_title="Agenda - Cabinet - 6 March 2024", pdf_author="Monmouthshire County Council",
    cover=["Cabinet", "Wednesday, 6th March, 2024 at 5.00 pm",
           "Council Chamber, County Hall, The Rhadyr, Usk, NP15 1GA and remote attendance", "Monmouthshire County Council | Cyngor Sir Fynwy"],
    cover_body=["Notice is hereby given that a meeting of the Cabinet will be held at the time and place shown above.",
                "Cabinet Members: County Councillors Carys Meredith-Vaughan (Leader), Gethin Arwel, Anwen Gruffydd-Hale, Percival Oakes, Lowri Bevington, Ifor Maddocks.",
                "Contact: Democratic Services, County Hall, Usk. Telephone 01633 644 219."],
    agenda=[("1", "Apologies for absence"), ("2", "Declarations of interest"),
            ("3", "To confirm the minutes of the meeting held on 7 February 2024 ({minutes})"),
            ("4", "Forward planner"), ("5", "Community Hubs and Libraries: Future Service Model ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["MONMOUTHSHIRE COUNTY COUNCIL", "MINUTES OF THE MEETING OF CABINET HELD AT COUNTY HALL, USK ON WEDNESDAY 7TH FEBRUARY, 2024 AT 5.00 P.M.",
                      "PRESENT: County Councillor C. Meredith-Vaughan (Chair); County Councillors G. Arwel, A. Gruffydd-Hale, P. Oakes, L. Bevington and I. Maddocks"],
    prev_items=[
        pitem("1.", "Declarations of interest", ["None."]),
        pitem("2.", "Abergavenny Borough Theatre: Reopening", [
            "Cabinet received an update on the Borough Theatre in Abergavenny Town Hall, closed since 2021 for refurbishment. County Councillor Oakes asked when the theatre would reopen; the Chief Officer for Communities, Bronwen Ellery, replied that the contractor expected to hand over the building in April and that the first public performance was planned for the end of May 2024.",
            "Decision: Cabinet noted the update.",
        ]),
        pitem("3.", "Replacement of the Monnow Street Bins, Monmouth", [
            "Cabinet approved the replacement of 22 litter bins in Monnow Street with solar compacting bins at a cost of £61,600, funded by Monmouth Town Council and the Shared Prosperity Fund. Proposed by County Councillor Bevington and seconded by County Councillor Gruffydd-Hale; agreed unanimously.",
        ]),
    ],
    report=report(
        ["SUBJECT: COMMUNITY HUBS AND LIBRARIES: FUTURE SERVICE MODEL", "MEETING: CABINET", "DATE: 6th March 2024"],
        [("DIVISIONS/WARDS AFFECTED:", "All"), ("Author:", "Bronwen Ellery, Chief Officer for Communities"),
         ("Cabinet Member:", "County Councillor Anwen Gruffydd-Hale")],
        [
            ("1. PURPOSE", [
                "1.1 To agree a future model for the county's six community hubs, which combine a library with council customer services, at Abergavenny, Caldicot, Chepstow, Monmouth, Usk and Gilwern."]),
            ("2. RECOMMENDATIONS", [
                "2.1 That Cabinet approves the installation of self service kiosks at all six hubs and the extension of library opening on Saturday afternoons at Abergavenny and Chepstow.",
                "2.2 That Cabinet notes that no decision has yet been made on the future location of the Usk hub, and that options will be brought back to Cabinet."]),
            ("3. KEY ISSUES", [
                "3.1 Visits to the hubs had reached 412,000 in 2022/23, close to the level before the pandemic, while customer service enquiries in person had fallen by 30% as more people contacted the council online.",
                "3.2 A residents' survey in autumn 2023, answered by 1,870 people, found that longer opening at weekends was the change most wanted, followed by more activities for children. Only 12% of respondents used the hubs mainly to contact the council.",
                "3.3 The Usk hub currently operates from a shared building on Maryport Street whose lease ends in 2026. Moving the hub into Usk Town Hall has been suggested by the town council, but no decision has yet been made on whether the hub will move and officers are still comparing the options."]),
            ("4. RESOURCE IMPLICATIONS", [
                "4.1 The self service kiosks will cost £84,000, met from the Welsh Government's libraries capital grant. Saturday afternoon opening will cost £27,000 a year, which will be met by reducing the hours of customer service staff at the counters."]),
            ("5. CONSULTEES", [
                "5.1 People Scrutiny Committee, 20 February 2024, which supported the recommendations."]),
        ]),
    footer=["Page {n}"], number_offset=1,
)

doc(
    name="GMCA_Pack_28June2024",
    form="pdf-pack", council="Greater Manchester Combined Authority", stated="yes",
    committee="Greater Manchester Combined Authority", date="2024-06-28",
    pdf_title="Agenda - GMCA - 28 June 2024", pdf_author="Greater Manchester Combined Authority",
    cover=["Greater Manchester Combined Authority", "Date: Friday, 28 June 2024", "Time: 10.30 am",
           "Venue: Tootal Buildings, 56 Oxford Street, Manchester M1 6EU"],
    cover_body=["Members of the Greater Manchester Combined Authority are requested to attend the meeting at the time and place shown.",
                "Membership: The Mayor of Greater Manchester (Chair) and the leaders of the ten Greater Manchester councils, or their substitutes.",
                "Governance and Scrutiny Team, 0161 778 7000, governance@greatermanchester-ca.gov.uk"],
    agenda=[("1", "Apologies"), ("2", "Declarations of interest"),
            ("3", "Minutes of the GMCA meeting held on 31 May 2024 ({minutes})"),
            ("4", "Mayor's announcements"), ("5", "Bee Network: Franchised Bus Services Performance Report ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["MINUTES OF THE MEETING OF THE GREATER MANCHESTER COMBINED AUTHORITY HELD ON FRIDAY 31 MAY 2024 AT THE TOOTAL BUILDINGS, MANCHESTER",
                      "PRESENT: The Mayor of Greater Manchester (in the Chair), Councillor Aldous Fennimore (Bolton), Councillor Maeve Tolland (Bury), Councillor Tobias Wrigglesworth (Tameside), Councillor Zainab Qadri-Moss (Rochdale), Councillor Ephraim Shuttleworth (Wigan)"],
    prev_items=[
        pitem("GMCA 51/24", "Greater Manchester Brownfield Housing Fund", [
            "Councillor Fennimore introduced a report allocating £14.2m of brownfield housing money to nine sites, which would bring forward 1,310 homes, of which 420 would be affordable. The largest allocation was £3.9m towards 380 homes on the former gasworks at Bury Road.",
            "Councillor Tolland asked whether the money would be lost if the sites did not start on time. The Chief Executive's representative replied that any funding not committed by March 2025 would be returned to a pot and offered to other schemes in Greater Manchester.",
            "RESOLVED: To approve the allocations set out in the report.",
        ]),
        pitem("GMCA 52/24", "Greater Manchester Good Employment Charter", [
            "The GMCA noted that 1,084 employers had now joined the charter, employing around 290,000 people, and that 41% of members paid at least the real Living Wage.",
        ]),
    ],
    report=report(
        ["GREATER MANCHESTER COMBINED AUTHORITY", "Bee Network: Franchised Bus Services Performance Report", "Date: 28 June 2024"],
        [("Subject:", "Performance of franchised bus services, Tranches 1 and 2"), ("Report of:", "Commissioner for Transport (Lavinia Sheard)"),
         ("Purpose of report:", "To update the GMCA on punctuality, patronage and reliability of franchised services"), ("Key decision:", "No")],
        [
            ("1. Introduction", [
                "1.1 Franchised bus services in Tranche 1 (Wigan, Bolton and parts of Salford and Bury) began in September 2023, and Tranche 2 (Oldham, Rochdale, Bury and parts of Salford and Manchester) in March 2024."]),
            ("2. Performance", [
                "2.1 In Tranche 1 areas, punctuality improved from 64% of buses on time in the year before franchising to 74% in May 2024. Patronage on franchised services in Tranche 1 rose by 5% compared with the same months of the previous year.",
                "2.2 Lost mileage, meaning scheduled journeys that did not run, fell to 1.8% of scheduled mileage in May 2024, against a target of 2%. The main causes of lost mileage were driver shortages at two depots and road works on the A580 East Lancashire Road."]),
            ("3. Customer satisfaction", [
                "3.1 An independent passenger satisfaction survey of Tranche 2 services will be carried out in the autumn of 2024, once the services have been running for six months, and its results will be reported to the GMCA early in 2025.",
                "3.2 Complaints to the Bee Network contact centre fell from 2,650 in October 2023 to 1,920 in May 2024. The most common complaint remained buses not turning up."]),
            ("4. Fares", [
                "4.1 The £2 single fare for adults and the £5 day ticket will continue on all franchised and commercial services until at least the end of 2024. The 16 to 21 year olds' fare of £1 for a single journey is unchanged."]),
            ("5. Recommendations", [
                "5.1 The GMCA is requested to note the report."]),
        ]),
    footer=["Page {n}"], number_offset=1,
)


# =========================================================================== Word reports

doc(
    name="Wiltshire_Cabinet_Report_EV_Charging_July2024",
    form="docx-report", council="Wiltshire Council", stated="yes", committee="Cabinet", date="2024-07-09",
    docx_author="Democratic Services",
    letterhead=["Wiltshire Council", "County Hall, Bythesea Road, Trowbridge, Wiltshire BA14 8JN"],
    report=report(
        ["Wiltshire Council", "Cabinet", "9 July 2024"],
        [("Subject:", "Public Electric Vehicle Charging Infrastructure: Award of Concession"),
         ("Cabinet Member:", "Councillor Rupert Mallinson - Cabinet Member for Climate Change, Environment and Transport"),
         ("Key Decision:", "KD 2024/31"),
         ("Report author:", "Delphine Marchant, Head of Sustainable Transport")],
        [
            ("Purpose of Report", [
                "1. To seek approval to award a 15 year concession for the installation and operation of public electric vehicle charge points in council car parks and on residential streets across Wiltshire."]),
            ("Background", [
                "2. Wiltshire has fewer public charge points per head of population than the average for England, and many towns have terraced streets where residents cannot charge at home.",
                "3. In 2023 the council ran an online survey about charging, which received 3,412 responses. The survey found that 58% of respondents who did not yet own an electric car would consider buying one in the next five years if there were a public charger within a five minute walk of their home.",
                "4. The government has allocated Wiltshire £3.1m from its Local Electric Vehicle Infrastructure fund for charging on streets and in car parks."]),
            ("Main Considerations for the Council", [
                "5. The proposal is for 260 charge points at 45 sites, in council car parks in towns including Trowbridge, Chippenham, Salisbury, Devizes, Marlborough, Warminster and Calne, and in on-street hubs in residential streets without off-street parking.",
                "6. A tender was run through a national framework. Four bids were received, and the highest scoring was from Chalkdown Energy Ltd, which offered the largest number of charge points and a revenue share of 12% to the council once the company's installation costs had been recovered.",
                "7. Each site will have at least one charge point with a wide bay suitable for disabled drivers. Charge points in car parks will be available 24 hours a day, and drivers using them will not pay for parking while charging for up to four hours."]),
            ("Safeguarding, Public Health and Environmental Impact", [
                "8. Increasing the use of electric cars will reduce emissions of nitrogen dioxide in the air quality management areas in Bradford on Avon, Salisbury and Westbury."]),
            ("Financial Implications", [
                "9. The £3.1m grant will be passed to the concessionaire to meet part of the installation cost, and Chalkdown Energy Ltd will fund the remainder. There is no capital cost to the council, which will pay only for officer time to manage the contract, estimated at £45,000 a year and met from existing budgets."]),
            ("Risks", [
                "10. The main risk is that the concessionaire is unable to get connections from the electricity network operator in time. To manage this, the first 90 charge points have been placed at sites where the network operator has confirmed capacity."]),
            ("Proposal", [
                "11. That Cabinet:",
                "- a) approves the award of a 15 year concession to Chalkdown Energy Ltd for the installation and operation of public charge points;",
                "- b) delegates authority to the Director of Highways and Transport to agree the final list of sites with the Cabinet Member."]),
        ]),
    header="Wiltshire Council - Cabinet - 9 July 2024 - Agenda Item 8",
    footer=["Wiltshire Council | Cabinet | 9 July 2024"],
)

doc(
    name="VoG_Cabinet_Report_Coastal_Erosion_250124",
    form="docx-report", council="Vale of Glamorgan Council", stated="yes", committee="Cabinet", date="2024-01-25",
    docx_author="Vale of Glamorgan Council",
    letterhead=["The Vale of Glamorgan Council", "Civic Offices, Holton Road, Barry CF63 4RU"],
    report=report(
        ["Meeting of: Cabinet", "Date of Meeting: Thursday, 25 January 2024",
         "Report Title: Coastal Erosion and Cliff Safety at Penarth, Llantwit Major and Barry"],
        [("Relevant Scrutiny Committee:", "Environment and Regeneration"),
         ("Purpose of Report:", "To approve works and studies to manage coastal erosion and cliff falls"),
         ("Report Owner:", "Cabinet Member for Neighbourhood and Building Services"),
         ("Responsible Officer:", "Tegid Bowen-Price, Operational Manager Highways and Engineering"),
         ("Elected Members Consulted:", "Ward members for Plymouth, Llantwit Major and Baruc")],
        [
            ("Executive Summary", [
                "The Vale of Glamorgan coast is largely made up of cliffs of limestone and mudstone, which erode naturally and are prone to sudden falls, especially after wet winters. This report sets out proposals for the coastal path and cliff top at Penarth, for the sea defences at Col-huw beach, Llantwit Major, and for Barry Island's eastern promenade."]),
            ("Recommendations", [
                "1. That Cabinet approves the rebuilding of the rock armour at Col-huw beach at a cost of £1.2m.",
                "2. That Cabinet approves the commissioning of a cliff stability survey at Penarth.",
                "3. That Cabinet notes the temporary closure of part of the coastal path south of Penarth Head."]),
            ("Background", [
                "4. Part of the cliff south of Penarth Pier fell onto the beach in November 2023 after heavy rain. Nobody was hurt, but about 300 tonnes of rock and clay came down onto the foreshore, and the coastal path above was fenced off for 120 metres.",
                "5. At Col-huw, storms in the winter of 2022 to 2023 moved large parts of the rock armour protecting the car park and the access road, and the beach level has dropped by around a metre since 2019."]),
            ("Proposals", [
                "6. A specialist cliff stability survey at Penarth will be commissioned in the spring of 2024, using drone mapping and boreholes, to assess how far back from the edge the coastal path needs to be moved. Its findings are expected in the autumn and will be reported to Cabinet before any permanent change to the path is made.",
                "7. At Col-huw, the rock armour would be rebuilt and extended by 80 metres to the west by Breakwater Coastal Engineering Ltd, working between April and June 2024 to avoid winter storms and the main holiday season.",
                "8. At Barry Island, the eastern promenade will continue to be monitored by quarterly inspections, which have not found any significant movement since 2021."]),
            ("Resources and Legal Considerations", [
                "9. The Col-huw works will be funded 85% by the Welsh Government's Coastal Risk Management Programme and 15% from the council's capital programme. The Penarth survey, at an estimated £65,000, will be met from the highways revenue budget.",
                "10. The council has powers under the Coast Protection Act 1949 to carry out coast protection works and to close paths temporarily where there is danger to the public."]),
            ("Background Papers", [
                "Shoreline Management Plan 2 (Lavernock Point to St Ann's Head); Coastal monitoring reports 2019 to 2023."]),
        ]),
    header="Agenda Item: 9",
    footer=["Vale of Glamorgan Council - Cabinet - 25 January 2024", "Cyngor Bro Morgannwg"],
)


# =========================================================================== Word minutes

doc(
    name="BCP_Environment_Place_OSC_Minutes_2023-11-20",
    form="docx-minutes", council="BCP Council", stated="yes", committee="Environment and Place Overview and Scrutiny Committee",
    date="2023-11-20", docx_author="Democratic Services",
    title_lines=["BCP Council", "Minutes of the Meeting of the Environment and Place Overview and Scrutiny Committee held in the Committee Suite, BCP Civic Centre, Bournemouth BH2 6DY on Monday, 20 November 2023 at 6.00 pm"],
    attendance=[("Present:", "Cllr Octavian Pelham (Chair), Cllr Lavinia Crouch (Vice-Chair), Cllr Horatio Beale, Cllr Melisande Fry, Cllr Jethro Lamb, Cllr Imelda Rooke, Cllr Ruben Oyelaran."),
                ("Also in attendance:", "Cllr Agatha Penberthy (Portfolio Holder for Destination, Leisure and Commercial Operations); Sebastian Cray (Head of Seafront Services).")],
    items=[
        {"num": "31.", "title": "Apologies", "body": ["Apologies were received from Cllr Dorian Hext."]},
        {"num": "32.", "title": "Declarations of Interests", "body": ["Cllr Rooke declared that she rents a council beach hut at Southbourne and took no part in the vote on that item."]},
        {"num": "33.", "title": "Seafront Beach Huts: Review of Charges and Waiting Lists", "body": [
            "The Head of Seafront Services presented the report. The council owned 1,180 beach huts for letting and licensed a further 2,050 privately owned huts on council land between Sandbanks and Hengistbury Head. Income from beach huts had reached £3.9m in 2022/23.",
            "The waiting list for an annual let had 4,300 names and the average wait was more than ten years. The report proposed closing the waiting list to new names and instead offering vacant huts by an annual ballot, with a limit of one hut per household.",
            "Cllr Beale asked what the annual charge for a council hut at Southbourne would be in 2025. The Head of Seafront Services explained that the 2025 charges had not yet been set and would be decided as part of the budget in February 2024, but that the report modelled increases of between 5% and 8%.",
            "Cllr Fry asked whether hut owners would be helped after the storm damage in October. The Portfolio Holder replied that 46 privately owned huts at Boscombe had been damaged, and that owners would not be charged the site licence fee for the months their hut could not be used.",
            "RESOLVED that the Committee recommends to Cabinet that the waiting list be closed and a ballot introduced for vacant huts. Moved by Cllr Lamb, seconded by Cllr Oyelaran; carried, 5 in favour, 2 against.",
        ]},
        {"num": "34.", "title": "Seafront Water Safety Season Review", "body": [
            "The Committee received a report on the 2023 summer season. Lifeguards had patrolled 15 beaches from May to September and carried out 312 rescues. The Chair asked about jet ski incidents near Poole Quay; the Head of Seafront Services said that a byelaw on speed near the beaches was being enforced with Dorset Police and Poole Harbour Commissioners, and that 19 warnings had been given.",
            "RESOLVED that the report be noted.",
        ]},
        {"num": "35.", "title": "Work Plan", "body": ["The Committee agreed to add the Bournemouth Pier zip wire lease to the work plan for March 2024."]},
    ],
    closing=["Duration of the meeting: 6.00 pm - 8.12 pm", "Chairman at the meeting on Monday, 20 November 2023"],
    header="ENVIRONMENT AND PLACE OVERVIEW AND SCRUTINY COMMITTEE 20 November 2023",
    footer=["BCP Council"],
)

doc(
    name="NFNPA_Planning_Committee_Minutes_16April2024",
    form="docx-minutes", council="New Forest National Park Authority", stated="yes", committee="Planning Committee",
    date="2024-04-16", docx_author="New Forest National Park Authority",
    title_lines=["NEW FOREST NATIONAL PARK AUTHORITY", "Minutes of the Planning Committee meeting held at Lymington Town Hall, Avenue Road, Lymington SO41 9ZG on Tuesday 16 April 2024"],
    attendance=[("Present:", "Gideon Hartsford (Chairman), Marcella Quarrendon, Hamish Ottley, Perpetua Vane, Alaric Pennefather, Venetia Langridge, Crispin Maddox."),
                ("Officers:", "Tamsin Everleigh (Head of Development Management), Julius Penhale (Planning Officer), Solicitor.")],
    items=[
        {"num": "24", "title": "Minutes", "body": ["The minutes of the meeting held on 19 March 2024 were signed as a correct record."]},
        {"num": "25", "title": "Application 23/00912: Land at Rhinefield Road, Brockenhurst", "body": [
            "Demolition of a bungalow and erection of two detached houses. The Planning Officer reported that 37 letters of objection had been received from local residents, mainly about the size of the houses and the loss of two oak trees, and that Brockenhurst Parish Council recommended refusal.",
            "Members agreed that the houses would be too large for the plot and would harm the wooded character of Rhinefield Road. Proposed by Marcella Quarrendon, seconded by Alaric Pennefather, the application was refused by 6 votes to 1.",
        ]},
        {"num": "26", "title": "Application 24/00087: The Old Forge, High Street, Lyndhurst", "body": [
            "Change of use of a former forge and shop to a café with outdoor seating. The Planning Officer recommended approval subject to conditions limiting opening to 8am to 6pm and preventing amplified music in the courtyard. Lyndhurst Parish Council supported the application.",
            "Members welcomed the reuse of the building. The application was approved unanimously.",
        ]},
        {"num": "27", "title": "Back-up Grazing Land for Commoners: Land at Bisterne Close, Burley", "body": [
            "The Committee considered an application for a field shelter and hay store on 6 hectares of land at Bisterne Close to be used as back-up grazing by commoners. The Head of Development Management explained that back-up land was essential to commoning, because ponies and cattle turned out on the open forest had to be brought in during the winter or when they were unwell.",
            "A commoner, Mr Barnaby Stainer, told the Committee that he turned out 14 ponies and 9 cattle on the forest and that the lack of back-up land was the main reason young commoners gave up. The Authority's Commoning Officer confirmed that the number of commoners turning out animals had been stable at around 700 for five years.",
            "The application was approved subject to a condition tying the land to use by a commoner with registered rights of common pasture.",
        ]},
    ],
    closing=["The meeting ended at 12.35 pm.", "Chairman"],
    header="Planning Committee 16 April 2024",
    footer=["New Forest National Park Authority", "Page 1"],
)


# =========================================================================== text

doc(
    name="CityOfLondon_EppingForest_Commons_2023-07-10",
    form="txt", council="City of London Corporation", stated="yes", committee="Epping Forest and Commons Committee",
    date="2023-07-10",
    title_lines=["CITY OF LONDON CORPORATION",
                 "EPPING FOREST AND COMMONS COMMITTEE",
                 "Monday, 10 July 2023",
                 "Minutes of the meeting of the Epping Forest and Commons Committee held at Guildhall, EC2 on Monday, 10 July 2023 at 11.00 am",
                 ""],
    attendance=[("Present", "Members: Cornelius Fairbairn (Chairman), Philippa Eastwood (Deputy Chairman), Deputy Ignatius Pemberton-Rolfe, Rosalind Acheson, Barnaby Quiller, Verity Hollins, Alderman Magnus Threlfall."),
                ("Officers:", "Executive Director, Environment; Superintendent of Epping Forest (Gregory Haslam); Head of Conservation (Ursula Brackley); Town Clerk's Department."),
                ("Apologies", "Apologies were received from Anthea Drummond-Pike.")],
    items=[
        {"num": "1.", "title": "Minutes", "body": ["RESOLVED, that the public minutes and non-public summary of the meeting held on 15 May 2023 be approved as a correct record."]},
        {"num": "2.", "title": "Epping Forest Grazing Programme 2023-2028", "body": [
            "The Committee considered a report of the Executive Director, Environment, on the next five years of conservation grazing in Epping Forest. English Longhorn cattle had grazed parts of the Forest since 2002, keeping wood pasture and heath open and controlling birch and bracken.",
            "The Head of Conservation explained that the cattle were now controlled by an invisible fencing system, in which a buried cable or GPS boundary triggered a sound from a collar worn by each animal. This allowed grazing on areas such as Fairmead and Long Running without putting up fences that would block public access. The herd would be increased from 60 to 85 animals over the five years.",
            "A Member asked how dog walkers were kept informed. The Superintendent replied that signs were put up at car parks and paths whenever cattle were grazing an area, and that the rangers had received no reports of dogs being injured by cattle in 2022.",
            "Members discussed the welfare of the cattle, the condition of the heathland at Long Running and the response of visitors, which had been mostly positive. The Deputy Chairman asked that the next report include the effect of grazing on ground nesting birds.",
            "RESOLVED, that the grazing programme for 2023 to 2028 be approved.",
        ]},
        {"num": "3.", "title": "Burnham Beeches: Car Park Charges", "body": [
            "The Committee received a report on the car park at Burnham Beeches. Charges had been introduced in 2019 and had raised £213,000 in 2022/23, all of which was spent on the management of the Beeches. The report proposed raising the daily charge on weekends from £6.00 to £7.00, while keeping the weekday charge at £5.00.",
            "RESOLVED, that the weekend charge be increased to £7.00 from 1 September 2023.",
        ]},
        {"num": "4.", "title": "Questions on matters relating to the work of the Committee", "body": [
            "A Member asked about the number of fires in the Forest during the dry weather in June. The Superintendent said there had been 11 fires, the largest burning about 2 hectares of grassland at Chingford Plain, and that the London Fire Brigade had responded to all of them.",
        ]},
    ],
    closing=["", "The meeting ended at 12.48 pm", "Chairman", "Contact Officer: Theodora Kemble, tel. no. 020 7332 3000"],
)
