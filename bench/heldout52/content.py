"""The documents of bench/heldout52: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout52.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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


# 1 Hackney: mg-meeting, Cabinet
doc(name="ieListDocuments_CId397_MId6158_Hackney_Cabinet", form="mg-meeting",
    council="London Borough of Hackney", stated="yes", committee="Cabinet", date="2024-07-15",
    site=site("London Borough of Hackney", "https://hackney.moderngov.co.uk", "Hackney Town Hall, Mare Street, London E8 1EA",
              "© London Borough of Hackney 2024"),
    heading="Agenda and minutes: Cabinet - Monday, 15th July, 2024 6.30 pm",
    venue="Council Chamber, Hackney Town Hall, Mare Street, London E8 1EA",
    contact="Ruth Okonedo, Governance Officer, 020 8356 4417",
    items=[
        item("1", "Apologies for Absence", ["Apologies for absence were received from Councillor Imran Sadeghi."]),
        item("2", "Declarations of Interest", ["Councillor Delia Marchetti declared a non-pecuniary interest in item 5 as a trustee of a youth charity that had applied for funding; she took no part in that item."]),
        item("4", "Summer Holiday Activities and Food Programme 2024", [
            "The Cabinet Member for Children and Education, Councillor Rowena Achterberg, introduced the report. The programme would run for four weeks from 22 July 2024 at 31 sites across the borough, including Clissold Leisure Centre, Haggerston Park and the Britannia Leisure Centre.",
            "Places would be offered to 6,800 children eligible for benefits related free school meals, an increase of 900 on the summer of 2023. Each child would receive a hot lunch on every day of attendance.",
            "The programme was funded by a Department for Education grant of £1.94 million, with a further £120,000 from the council's Cost of Living Reserve to cover children with special educational needs who needed a one to one worker.",
            "Councillor Tobias Wren asked how many of last year's places had gone unused. The Director of Education, Ms Harriet Ngozi, replied that take-up had been 84 per cent, and that the unused places were mostly in the final week, when many families travelled abroad; this year the final week had been shortened to three days.",
            "RESOLVED: To approve the delivery plan for the Summer Holiday Activities and Food Programme 2024 and delegate the award of provider grants to the Director of Education.",
        ]),
        item("5", "Youth Hubs Capital Programme", [
            "The Cabinet considered a report on the refurbishment of three youth hubs: Forest Road Youth Hub, the Concorde Centre and a new hub at Pembury Estate. The total capital cost was estimated at £4.2 million.",
            "The Group Director Finance, Mr Oliver Pennington, explained that £2.6 million would come from the Mayor of London's Young Londoners Fund and the rest from council borrowing.",
            "The contractor for the Forest Road works would be Halwell Build Ltd, appointed through the London Construction Programme framework. Works at the Concorde Centre would be tendered in the autumn.",
            "Councillor Wren asked whether the Pembury hub would open in the evenings at weekends. The Cabinet Member replied that the opening hours had not yet been set and would be agreed with the young people's advisory board once the operator was chosen.",
            "RESOLVED: To approve the capital budget of £4.2 million and the award of the Forest Road contract to Halwell Build Ltd.",
        ]),
        item("6", "Electric Vehicle Charging: Lamp Column Chargers", [
            "The Cabinet Member for Climate Change and Transport reported that 412 lamp column chargers had been installed since April 2023, against a target of 500 by March 2025.",
            "The operator, Voltrail Networks, paid the council a concession fee of 12 per cent of net charging income. Residents had complained about cables crossing the pavement; the operator would provide cable channels free of charge from September 2024.",
            "RESOLVED: To note the progress report.",
        ]),
    ])

# 2 Sheffield: mg-meeting, Housing Policy Committee
doc(name="ieListDocuments_CId612_MId9284_Sheffield_Housing", form="mg-meeting",
    council="Sheffield City Council", stated="yes", committee="Housing Policy Committee", date="2023-11-23",
    site=site("Sheffield City Council", "https://democracy.sheffield.gov.uk", "Town Hall, Pinstone Street, Sheffield S1 2HH",
              "© Sheffield City Council"),
    heading="Agenda and minutes: Housing Policy Committee - Thursday, 23rd November, 2023 2.00 pm",
    venue="Town Hall, Pinstone Street, Sheffield, S1 2HH",
    contact="Abigail Thorncroft, Principal Democratic Services Officer, 0114 273 4091",
    items=[
        item("26.", "Apologies for Absence", ["Apologies for absence were received from Councillor Farid Lowther, with Councillor Gemma Ashdown attending as substitute."]),
        item("27.", "Public Questions and Petitions", [
            "A petition with 611 signatures was received from tenants of the Gleadless Valley estate asking for the repair of communal door entry systems. Mrs Sandra Pilkington, who presented it, said that doors at four blocks had been broken since the spring.",
            "The Director of Housing, Mr Daniel Oyelaran, responded that a contractor, Cutler Access Systems, had been instructed on 14 November and all four blocks would have working entry systems by Christmas.",
        ]),
        item("28.", "Damp and Mould in Council Homes: Progress Report", [
            "The committee received a report on damp and mould in council homes. Since January 2023 the service had received 3,214 reports, of which 2,870 had been inspected within ten working days.",
            "A stock condition survey of 4,000 homes in Parson Cross and Southey, carried out by Hallam Surveyors, had found that 18 per cent had condensation damage, mostly in bathrooms without extractor fans.",
            "As a result, 1,100 extractor fans would be fitted during 2024 at an estimated cost of £880,000, met from the Housing Revenue Account.",
            "Councillor Ashdown asked whether tenants would be compensated for damaged belongings. The Director replied that claims were considered case by case and that 96 payments had been made so far.",
            "RESOLVED: That the committee notes the progress report and approves the extractor fan programme.",
        ]),
        item("29.", "Council Housing Rents and Service Charges 2024/25", [
            "The committee considered proposals to increase council rents by 7.7 per cent from April 2024, in line with the government's rent cap. Service charges for concierge blocks would rise by £1.10 a week.",
            "Councillor Ashdown moved an amendment to freeze service charges for one year; this was seconded by Councillor Rhys Maddern. On being put to the vote the amendment was lost, 4 votes for and 8 against.",
            "The original recommendation, moved by the Chair, Councillor Helen Castellano, and seconded by Councillor Owain Briggs, was then carried by 8 votes to 3, with 1 abstention.",
            "RESOLVED: That the committee recommends to the Strategy and Resources Policy Committee a rent increase of 7.7 per cent for 2024/25.",
        ]),
    ])

# 3 Bolton: mg-meeting, Cabinet
doc(name="ieListDocuments_CId143_MId4470_Bolton_Cabinet", form="mg-meeting",
    council="Bolton Council", stated="yes", committee="Cabinet", date="2024-02-12",
    site=site("Bolton Council", "https://bolton.moderngov.co.uk", "Town Hall, Victoria Square, Bolton BL1 1RU",
              "Copyright Bolton Council 2024", menu=["Home", "Your councillors", "Meetings", "Decisions", "Forward plan"]),
    heading="Agenda and decisions: Cabinet - Monday, 12th February, 2024 5.00 pm",
    page_title="Agenda and decisions", outcome_label="Decision:",
    venue="Council Chamber, Town Hall, Bolton BL1 1RU",
    contact="Michael Trevithick, Democratic Services Manager, 01204 331 8820",
    items=[
        item("38", "Minutes", ["The minutes of the meeting held on 8 January 2024 were agreed as a correct record."]),
        item("39", "Bolton Town Centre Car Parking Tariffs", [
            "The Executive Cabinet Member for Highways and Transport, Councillor Graham Pickavance, presented proposals to change tariffs at council car parks from 1 April 2024. The Le Mans Crescent and Topp Way car parks would move to a flat evening rate of £2 after 6pm, and Sunday parking at Moor Lane would remain free.",
            "The changes were expected to raise an additional £310,000 a year, which would be put towards highway maintenance.",
            "Councillor Yvonne Ashburn asked why the Moor Lane car park was being treated differently. Councillor Pickavance replied that Moor Lane served the market and that traders had asked for free Sunday parking to be kept while the market's new opening hours were tested.",
            "Decision: That the new tariffs be approved with effect from 1 April 2024.",
        ], links=[("Car parking tariffs report", "412 KB"), ("Appendix A - tariff table", "96 KB")]),
        item("40", "Public Electric Vehicle Charging Strategy", [
            "The Cabinet considered the council's first public electric vehicle charging strategy. There were currently 64 public chargepoints in the borough, and the strategy aimed for 600 by 2030, mostly on residential streets without off-street parking.",
            "The first phase, 120 chargepoints in Farnworth, Horwich and Westhoughton, would be paid for from the government's Local Electric Vehicle Infrastructure Fund, allocated through Greater Manchester, at no cost to the council.",
            "A supplier would be appointed following a procurement exercise to be run in the summer of 2024.",
            "Decision: That the strategy be adopted and the Director of Place be authorised to begin procurement for the first phase.",
        ]),
        item("41", "Queen's Park Restoration: Stage Two", [
            "The Cabinet received an update on the restoration of Queen's Park. The bandstand and the Chadwick Museum terrace had been repaired during 2023 at a cost of £735,000.",
            "Stage two would restore the lake and its paths. A condition survey of the lake wall by Irwell Civil Engineering had found that 40 metres of wall needed rebuilding, and that the lake had silted to an average depth of only 60 centimetres.",
            "Decision: That a bid of £1.2 million be submitted to the National Lottery Heritage Fund, with match funding of £250,000 from the council.",
        ]),
    ])

# 4 Leeds: mg-meeting, Executive Board
doc(name="ieListDocuments_CId102_MId12561_Leeds_ExecutiveBoard", form="mg-meeting",
    council="Leeds City Council", stated="yes", committee="Executive Board", date="2023-09-20",
    site=site("Leeds City Council", "https://democracy.leeds.gov.uk", "Civic Hall, Calverley Street, Leeds LS1 1UR",
              "© Leeds City Council 2023"),
    heading="Agenda and minutes: Executive Board - Wednesday, 20th September, 2023 1.00 pm",
    venue="Civic Hall, Leeds, LS1 1UR",
    contact="Simon Rushworth-Kane, Governance Services, 0113 378 8847",
    items=[
        item("51", "Exempt Information - Possible Exclusion of the Press and Public", ["There were no exempt items."]),
        item("52", "Leeds Flood Alleviation Scheme: Phase Three at Kirkstall", [
            "The Executive Member for Infrastructure and Climate, Councillor Nadia Farrowdale, introduced the report on phase three of the flood alleviation scheme on the River Aire, covering Kirkstall Road and the Newlay area. The scheme would protect 1,048 homes and 474 businesses.",
            "The estimated cost was £31.5 million, of which £22 million would come from the Environment Agency's Flood Defence Grant in Aid, £6 million from the West Yorkshire Combined Authority and £3.5 million from the council's capital programme.",
            "The works would include a flood wall along Kirkstall Road, the planting of 38 hectares of woodland in the upper catchment and the removal of the weir at Newlay.",
            "Councillor Barry Hesketh asked whether residents of Bridge Road would be compensated during construction. Councillor Farrowdale replied that a compensation scheme was still being drawn up with the Environment Agency and details were not yet available.",
            "RESOLVED: (a) To approve the outline business case; (b) To authorise the Director of City Development to procure a main contractor.",
        ]),
        item("53", "Inclusive Growth Strategy: Annual Report", [
            "The Board received the annual report. Unemployment in the city had fallen to 3.9 per cent, and 2,400 residents had entered work through the Employment and Skills service in 2022/23.",
            "Councillor Hesketh asked how many of those jobs paid the real Living Wage. The Director replied that 61 per cent did, based on a follow-up survey of 900 residents.",
            "RESOLVED: To note the annual report.",
        ]),
        item("54", "Household Waste Sites: Booking System", [
            "The Board considered whether to keep the booking system at the council's household waste sites at Kirkstall, Seacroft and East Leeds. Since 2022, 71 per cent of users had said they preferred booking, according to a survey carried out by the council in June 2023.",
            "The Executive Member for Environment, Councillor Priya Haworth, said queues on the Kirkstall Road approach had almost ended.",
            "RESOLVED: To retain the booking system for a further two years and review it in 2025.",
        ]),
    ])

# 5 Walsall: mg-meeting, Cabinet
doc(name="ieListDocuments_CId145_MId3382_Walsall_Cabinet", form="mg-meeting",
    council="Walsall Council", stated="yes", committee="Cabinet", date="2025-03-19",
    site=site("Walsall Council", "https://go.walsall.gov.uk/democracy", "Civic Centre, Darwall Street, Walsall WS1 1TP",
              "© Walsall Council 2025"),
    heading="Agenda and minutes: Cabinet - Wednesday, 19th March, 2025 6.00 pm",
    venue="Conference Room 2, Council House, Lichfield Street, Walsall WS1 1TW",
    contact="Kiran Bhogal-Whitlock, Democratic Services Officer, 01922 654 203",
    items=[
        item("112", "Declarations of Interest", ["There were no declarations of interest."]),
        item("113", "Town Centre CCTV Upgrade", [
            "The Portfolio Holder for Community, Leisure and Culture, Councillor Adebayo Kettleborough, presented the report. The council's 148 town centre cameras in Walsall, Bloxwich, Willenhall and Darlaston used analogue equipment installed in 2009, and 37 of them were no longer working.",
            "The upgrade to digital cameras would cost £1.35 million. West Midlands Police would contribute £200,000 and the balance would come from the council's capital programme.",
            "A review by the council's Community Safety Team had found that cameras in Park Street and Bradford Place had helped in 212 police investigations in 2024.",
            "Councillor Leonie Shadbolt asked whether the control room would be staffed overnight. The Portfolio Holder confirmed that it would be staffed 24 hours a day from October 2025.",
            "RESOLVED: That the upgrade be approved and the contract be awarded to Blackcountry Vision Systems Ltd.",
        ]),
        item("114", "Walsall Arboretum: Lakeside Café Lease", [
            "Cabinet considered the grant of a 15 year lease of the lakeside café at Walsall Arboretum to Mellow Leaf Hospitality, the only bidder. The rent would be £18,500 a year, with a rent free period of six months while the tenant refitted the kitchen.",
            "RESOLVED: That the lease be granted on the terms set out in the report.",
        ]),
        item("115", "Highways Maintenance Programme 2025/26", [
            "The Portfolio Holder for Transport reported that £6.8 million would be spent on roads and footways in 2025/26. Of this, £1.1 million was set aside for pothole repairs, and the remainder for resurfacing schemes including Broadway North and Mellish Road.",
            "Councillor Shadbolt asked how long residents waited for a pothole to be repaired. Officers said that dangerous potholes were made safe within 24 hours and others repaired within 28 days.",
            "RESOLVED: That the programme be approved.",
        ]),
    ])

# 6 Portsmouth: mg-meeting, Cabinet
doc(name="ieListDocuments_CId148_MId5627_Portsmouth_Cabinet", form="mg-meeting",
    council="Portsmouth City Council", stated="yes", committee="Cabinet", date="2023-06-06",
    site=site("Portsmouth City Council", "https://democracy.portsmouth.gov.uk", "Civic Offices, Guildhall Square, Portsmouth PO1 2AL",
              "© Portsmouth City Council"),
    heading="Agenda and minutes: Cabinet - Tuesday, 6th June, 2023 12.00 pm",
    venue="The Executive Meeting Room - Third Floor, The Guildhall",
    contact="Lorna Featherstone, Local Democracy Officer, 023 9268 8102",
    items=[
        item("17", "Apologies", ["Apologies were received from Councillor Dominic Ravensworth."]),
        item("18", "Southsea Seafront: Beach Huts and Kiosks", [
            "Cabinet considered the renewal of licences for 96 beach huts at Eastney and the kiosks along Clarence Esplanade. Hut licence fees would rise from £1,150 to £1,240 a year from April 2024.",
            "A deputation was made by Mr Alistair Quenby on behalf of the Eastney Beach Hut Owners' Association, who said that the huts had not been repainted by the council since 2016. The Cabinet Member for Culture, Leisure and Economic Development, Councillor Yasmin Elderfield, replied that repainting would take place in the winter of 2023 and would be paid for from the fee income.",
            "RESOLVED: That the new licence fees be approved.",
        ]),
        item("19", "Public Space CCTV in Fratton and Buckland", [
            "The Cabinet Member for Community Safety, Councillor Martin Cobbold, introduced proposals to install 22 new cameras in Fratton Road, Buckland and Arundel Street, funded by a Safer Streets grant of £470,000 from the Home Office.",
            "The cameras would be monitored from the council's control room at the Civic Offices, which would extend its hours to cover Friday and Saturday nights.",
            "A public consultation on the locations of the cameras would open in July 2023 and run for six weeks.",
            "RESOLVED: That the scheme be approved, subject to the outcome of the consultation.",
        ]),
        item("20", "Tipner West Shoreline", [
            "Cabinet noted that the coastal defence work at Tipner West had been completed in March 2023 by Solent Marine Works at a cost of £5.8 million, protecting 200 homes in Stamshaw from tidal flooding.",
            "Councillor Cobbold asked whether the footpath along the shoreline would reopen. Officers confirmed that it would reopen on 1 July 2023.",
            "RESOLVED: That the report be noted.",
        ]),
    ])

# 7 Kirklees: mg-item, Economy and Neighbourhoods Scrutiny Panel
doc(name="mgAi_ID71934_Kirklees_Scrutiny", form="mg-item",
    council="Kirklees Council", stated="yes", committee="Economy and Neighbourhoods Scrutiny Panel", date="2024-10-03",
    site=site("Kirklees Council", "https://democracy.kirklees.gov.uk", "Huddersfield Town Hall, Ramsden Street, Huddersfield HD1 2TA",
              "© Kirklees Council 2024", breadcrumb=["Home", "Meetings", "Economy and Neighbourhoods Scrutiny Panel", "Agenda item"]),
    meeting_line="03/10/2024 - Economy and Neighbourhoods Scrutiny Panel (Item 14)",
    items=[item("14.", "Highways Asset Management: Potholes and Road Condition", [
        "The Panel received a presentation from the Head of Highways, Mr Graham Eastwood-Pryce, and the Cabinet Member for Highways and Waste, Councillor Tahira Bellingham.",
        "The Panel was informed that the council maintained 1,930 miles of road. In 2023/24 the service had repaired 24,611 potholes, compared with 17,200 the year before, following the wettest winter on record in the Colne and Holme valleys.",
        "A machine survey of the A and B road network, carried out in May 2024 by Pennine Road Data, had found that 6 per cent of A roads and 9 per cent of B roads needed structural maintenance, with the worst lengths on the A629 Halifax Road and the B6108 through Meltham.",
        "The council had started using a patching machine, the Roadmender, which could repair a pothole in under eight minutes. It was leased from Calder Plant Hire for £96,000 a year.",
        "Councillor Martin Kellingley asked whether the council would publish a list of roads to be resurfaced next year. The Head of Highways replied that the 2025/26 programme would not be settled until the government's highways maintenance allocation was announced, probably in December.",
        "Councillor Saima Latchford asked how many claims for vehicle damage had been paid. Officers said that 412 claims had been received in 2023/24 and 131 paid, at a total cost of £58,300.",
        "RESOLVED: (1) That the presentation be noted. (2) That the Panel recommends that the Cabinet publishes a map of planned resurfacing schemes each spring.",
    ], intro="To receive a presentation on the condition of the highway network and the pothole repair programme.",
        links=[("Highways presentation", "1 MB"), ("Road condition data 2023-24", "220 KB")])])

# 8 Greenwich: mg-item, Overview and Scrutiny Committee
doc(name="mgAi_ID58213_Greenwich_OSC", form="mg-item",
    council="Royal Borough of Greenwich", stated="yes", committee="Overview and Scrutiny Committee", date="2023-05-24",
    site=site("Royal Borough of Greenwich", "https://committees.royalgreenwich.gov.uk", "The Woolwich Centre, 35 Wellington Street, London SE18 6HQ",
              "© Royal Borough of Greenwich", breadcrumb=["Home", "Council meetings", "Overview and Scrutiny Committee", "Agenda item"]),
    meeting_line="24/05/2023 - Overview and Scrutiny Committee (Item 7)",
    items=[item("7", "Library Service Review", [
        "The Cabinet Member for Culture and Communities, Councillor Beatrice Olufunmi, and the Assistant Director, Libraries and Leisure, Ms Clare Winterbottom, presented the report.",
        "The libraries are run on the council's behalf by Meridian Library Trust under a contract that ends in March 2026. Visits in 2022/23 were 1.46 million, still 22 per cent below 2019.",
        "Officers proposed to close Blackheath Library on Mondays and to open Eltham Centre Library until 8pm on Thursdays instead. Woolwich Centre Library would keep its Sunday opening.",
        "Councillor Kwame Ashbury asked why Blackheath had been chosen. Ms Winterbottom replied that Monday visits there averaged 61 a day, the lowest of any library in the borough.",
        "Councillor Fenella Drury asked whether the council would bring the service back in house when the contract ended. The Cabinet Member said that no decision had been taken and an options appraisal would be reported to Cabinet in 2024.",
        "RESOLVED: That the Committee notes the report and recommends that Cabinet consults library users before any change to opening hours.",
    ], intro="To consider the findings of the review of the library service.",
        links=[("Library Service Review report", "640 KB")])])

# 9 Camden: mg-decision, Cabinet Member for a Sustainable Camden
doc(name="ieDecisionDetails_ID9182_Camden_SchoolStreets", form="mg-decision",
    council="London Borough of Camden", stated="yes", committee="Cabinet Member for a Sustainable Camden", date="2024-05-09",
    site=site("London Borough of Camden", "https://democracy.camden.gov.uk", "5 Pancras Square, London N1C 4AG",
              "© London Borough of Camden", menu=["Home", "Councillors", "Committees", "Decisions", "Forward Plan", "Petitions"]),
    decision_title="Decision details: Healthy School Streets - Permanent Traffic Orders (Phase 4)",
    fields=[("Decision Maker:", "Cabinet Member for a Sustainable Camden"),
            ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"),
            ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To decide whether to make permanent the experimental traffic orders for six school streets introduced in September 2023 at Brecknock Primary School, Christopher Hatton Primary School, Rhyl Primary School, Torriano Primary School, Fleet Primary School and Netley Primary School."]),
        ("Decision:", [
            "The Cabinet Member for a Sustainable Camden, Councillor Lucinda Varga, agreed to make permanent the traffic orders at five of the six schools.",
            "The order at Netley Primary School will not be made permanent; the street will reopen to through traffic at school times from 22 July 2024.",
            "Exemptions will continue for blue badge holders, emergency vehicles and residents of the closed streets, who will be able to apply for a permit free of charge.",
        ]),
        ("Reasons for the decision:", [
            "Monitoring carried out by the council's transport team between October 2023 and March 2024 found that traffic in the closed streets at school times fell by 78 per cent on average, and that the share of pupils walking, cycling or scooting to the five schools rose from 64 per cent to 73 per cent.",
            "At Netley Primary School, the closure moved traffic onto William Road, where queues at the junction with Hampstead Road made it unsafe for pupils to cross.",
            "Of 1,214 responses to the statutory consultation, 67 per cent supported the closures. The cameras that enforce the closures are operated by the council and the penalty charge is £130, reduced to £65 if paid within 14 days.",
        ]),
        ("Alternative options considered:", ["To end all six experimental orders. This was rejected because the monitoring showed clear benefits at five schools."]),
    ],
    tail=[("Publication date:", "09/05/2024"), ("Date of decision:", "09/05/2024"), ("Effective from:", "17/05/2024")],
    links=[("Healthy School Streets Phase 4 report", "1 MB")])

# 10 Derby: mg-decision, Cabinet
doc(name="ieDecisionDetails_ID6620_Derby_CCTV", form="mg-decision",
    council="Derby City Council", stated="yes", committee="Cabinet", date="2024-11-13",
    site=site("Derby City Council", "https://democracy.derby.gov.uk", "The Council House, Corporation Street, Derby DE1 2FS",
              "© Derby City Council 2024"),
    decision_title="Decision details: Community Safety CCTV Partnership with Derbyshire Constabulary",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To approve a new partnership agreement for the monitoring of public space CCTV in Derby city centre, Normanton and Alvaston, and the replacement of the control room equipment at the Council House."]),
        ("Decision:", [
            "1. To approve a five year partnership agreement with Derbyshire Constabulary from 1 April 2025, under which the police will pay the council £145,000 a year towards the cost of monitoring.",
            "2. To approve capital spending of £960,000 on replacing the control room equipment and 64 cameras, to be carried out by Trent Valley Security Systems.",
            "3. To install 12 redeployable cameras for use in areas with reports of fly tipping and antisocial behaviour.",
        ]),
        ("Reasons for the decision:", [
            "An independent review of the CCTV service by Castlegate Consulting in 2024 found that the control room equipment was at the end of its life and that 23 per cent of camera faults took more than a month to fix.",
            "Cameras in the city centre had led to 1,380 incidents being reported to the police in 2023/24.",
        ]),
        ("Alternative options considered:", ["To transfer the control room to the police. This was rejected because the council would lose the use of the cameras for parking and highways."]),
    ],
    tail=[("Publication date:", "14/11/2024"), ("Date of decision:", "13/11/2024"), ("Effective from:", "22/11/2024")],
    links=[("Cabinet report - CCTV partnership", "2 MB")])

# 11 Oldham: pdf-minutes, Cabinet
doc(name="Oldham_Cabinet_Minutes_2023-10-23", form="pdf-minutes",
    council="Oldham Council", stated="yes", committee="Cabinet", date="2023-10-23",
    pdf_title="Cabinet minutes 23 October 2023", pdf_author="Constitutional Services",
    title_lines=["OLDHAM COUNCIL", "CABINET", "Minutes of the meeting held on Monday, 23rd October, 2023 at 6.00 pm",
                 "Crompton Suite, Civic Centre, Oldham"],
    attendance=[("Present:", "Councillor Shabana Dewhirst (Chair); Councillors Ashcroft-Nunn, Brearley, Haque, Mottershead and Quayle."),
                ("Also in attendance:", "Harriet Lindqvist (Chief Executive), Colin Ramsbottom (Director of Finance), Ayesha Penhaligon (Director of Economy).")],
    items=[
        item("1", "APOLOGIES FOR ABSENCE", ["Apologies for absence were received from Councillor Jeremy Fairclough."]),
        item("2", "URGENT BUSINESS", ["There were no items of urgent business."]),
        item("3", "MINUTES OF PREVIOUS MEETING", ["RESOLVED that the minutes of the meeting held on 25 September 2023 be approved as a correct record."]),
        item("6", "TOMMYFIELD MARKET: NEW MARKET HALL FIT OUT", [
            "Consideration was given to a report of the Director of Economy on the fit out of the new market hall in the former Debenhams building on the Spindles site, following the decision to move Tommyfield Market.",
            "The market hall would have 94 stalls and a food court of 12 units. Traders moving from the existing market would pay no rent for the first six months. The fit out contract, worth £7.4 million, was recommended for award to Penmore Interiors Ltd.",
            "Councillor Brearley asked how many existing traders had agreed to move. The Director of Economy said that 71 of the 83 traders had signed agreements, and that talks were continuing with the rest.",
            "Options considered: to refurbish the existing market, which was rejected because the roof and drainage were beyond economic repair.",
            "RESOLVED that the fit out contract be awarded to Penmore Interiors Ltd and that the new market hall open in the spring of 2025.",
        ]),
        item("7", "WARM SPACES AND COST OF LIVING SUPPORT 2023/24", [
            "The Cabinet considered proposals for the second winter of the warm spaces network. There would be 46 warm spaces in libraries, community centres and churches in Oldham, Chadderton, Failsworth, Royton and Saddleworth, open from 1 November 2023 until 31 March 2024.",
            "Grants of up to £1,500 would be available to each host organisation, funded from the Household Support Fund.",
            "In reply to a question from Councillor Quayle, the Director of Finance said that an evaluation of last winter's scheme by the University of Salford had found that 62 per cent of visitors had come mainly for company rather than warmth.",
            "RESOLVED that the warm spaces programme be approved.",
        ]),
        item("8", "ALEXANDRA PARK CONSERVATORY", [
            "The Cabinet noted that the conservatory at Alexandra Park had been closed since June 2023 after a structural inspection found corrosion in its iron frame. A further detailed survey of the glazing would be commissioned in the new year before any repair cost could be estimated.",
            "RESOLVED that the report be noted.",
        ]),
    ],
    closing=["The meeting started at 6.00 pm and ended at 7.12 pm."],
    header="Cabinet - 23 October 2023", header_right="Oldham Council", footer=["Page {n} of {total}"])

# 12 Wirral: pdf-minutes, Environment, Climate Emergency and Transport Committee
doc(name="Wirral_ECET_Committee_Minutes_2024-01-16", form="pdf-minutes",
    council="Wirral Council", stated="yes", committee="Environment, Climate Emergency and Transport Committee", date="2024-01-16",
    pdf_title="ECET Committee Minutes", pdf_author="Democratic Services",
    logo="Wirral Council",
    title_lines=["ENVIRONMENT, CLIMATE EMERGENCY AND TRANSPORT COMMITTEE", "Tuesday, 16 January 2024",
                 "Wallasey Town Hall, Brighton Street, Wallasey"],
    attendance=[("Present:", "Councillor Lesley Hardcastle (Chair); Councillors D Ormerod, K Sefton-Blair, P Varley, J Whitmarsh, A Yeardley, R Zangwill and M Cordingley."),
                ("Apologies:", "Councillor T Burkinshaw.")],
    items=[
        item("64", "DECLARATIONS OF INTEREST", ["No declarations were made."]),
        item("65", "PUBLIC QUESTIONS", [
            "Mr Rupert Lovell of Hoylake asked when the Hoylake promenade shelters, damaged in the storm of November 2023, would be repaired. The Chair replied that an engineer had inspected the shelters and that repairs would be completed by Easter 2024.",
        ]),
        item("66", "HIGHWAY MAINTENANCE: POTHOLES AND WINTER DAMAGE", [
            "The Director of Neighbourhood Services introduced a report on the condition of the highway following the storms of the autumn. Since 1 October 2023 the council had received 3,912 reports of potholes, 41 per cent more than in the same period of 2022.",
            "An additional £750,000 from the council's highways reserve would be spent on a pothole blitz between February and April 2024, using two extra repair gangs supplied by Mersey Surfacing Ltd.",
            "Councillor Varley asked why Birkenhead Road in Meols had been patched three times. The Assistant Director for Highways explained that the road needed full reconstruction and had been included in the resurfacing programme for the summer of 2024.",
            "On a motion by Councillor Hardcastle, seconded by Councillor Whitmarsh, it was RESOLVED (9:0) that the additional spending be approved.",
        ]),
        item("67", "NEW BRIGHTON: MARINE POINT CAR PARK AND COASTAL PATH", [
            "The Committee considered proposals to introduce pay and display charges at the Kings Parade car park, New Brighton, at £1.50 for two hours, to fund the upkeep of the coastal path.",
            "Councillor Sefton-Blair moved an amendment that charges should apply only from April to September. The amendment was seconded by Councillor Zangwill. On being put to the vote the amendment was carried (5:4).",
            "RESOLVED (6:3) that summer charges be introduced at Kings Parade car park, from April to September each year.",
        ]),
        item("68", "TREE STRATEGY: ANNUAL UPDATE", [
            "The Committee noted that 21,000 trees had been planted in 2022/23, mostly on the Arrowe Park and Royden Park estates. A survey of ash dieback across the borough would start in March 2024.",
        ]),
    ],
    closing=["The meeting closed at 8.05 pm."],
    header="Environment, Climate Emergency and Transport Committee", header_right="16 January 2024",
    footer=["Page {n}", "Chair's initials ........"])

# 13 Gateshead: pdf-minutes, Cabinet
doc(name="Gateshead_Cabinet_Minutes_2025-01-21", form="pdf-minutes",
    council="Gateshead Council", stated="yes", committee="Cabinet", date="2025-01-21",
    pdf_title="Cabinet 21 January 2025", pdf_author="Corporate Services and Governance",
    title_lines=["GATESHEAD COUNCIL", "CABINET MEETING", "Tuesday, 21 January 2025",
                 "PRESENT: Councillor Moira Fenwick-Doyle (Chair)"],
    attendance=[("Councillors:", "C Allonby, J Bewick, T Crozier, L Dunstable, H Errington, P Gallon and S Heslop"),
                ("Apologies:", "Councillor K Iveson")],
    items=[
        item("C81", "MINUTES", ["The minutes of the meeting held on 17 December 2024 were approved as a correct record and signed by the Chair."]),
        item("C82", "GATESHEAD QUAYS: ARENA AND CONFERENCE CENTRE", [
            "Cabinet received a progress report on the arena and conference centre at Gateshead Quays. The steel frame had been completed in December 2024 and the building was expected to open in the autumn of 2026.",
            "The council's share of construction cost had risen from £138 million to £151 million because of higher prices for steel and cladding. The increase would be met from prudential borrowing, repaid from the operator's rent.",
            "Councillor Crozier asked whether any local firms had been given work. The Strategic Director, Economy, Innovation and Growth said that 58 firms based in Gateshead had won subcontracts worth £21 million in total.",
            "RESOLVED: (i) That the revised budget be approved. (ii) That progress be noted.",
        ]),
        item("C83", "SAFER STREETS: CCTV AT METROCENTRE AND TEAMS", [
            "Cabinet considered a proposal to install 18 cameras along the Teams and Dunston riverside paths and at the Metrocentre bus station, following complaints about antisocial behaviour and motorcycle nuisance.",
            "The cost of £236,000 would be shared equally between the council and Northumbria Police, with the police funding met from the Police and Crime Commissioner's Safer Communities Fund.",
            "Councillor Errington asked whether residents had been consulted. The Service Director, Community Safety replied that a drop in session at Dunston Hill Community Centre had been attended by 94 people, of whom most supported the cameras.",
            "RESOLVED: That the installation of cameras be approved.",
        ]),
        item("C84", "SALTWELL PARK TOWERS AND BOATING LAKE", [
            "Cabinet noted a report on the future of Saltwell Towers. The building had been closed to the public since 2020. A feasibility study into reopening it as a wedding and events venue would be commissioned in the spring of 2025.",
            "The boating lake at Saltwell Park would reopen at Easter 2025 after dredging, carried out by Tyne Aquatic Services for £188,000.",
            "RESOLVED: That the report be noted.",
        ]),
    ],
    closing=["Chair ......................"],
    header="GATESHEAD COUNCIL CABINET - 21.01.25", footer=["Page {n} of {total}"])

# 14 Dudley: pdf-minutes, Cabinet
doc(name="Dudley_Cabinet_Minutes_2023-03-15", form="pdf-minutes",
    council="Dudley Metropolitan Borough Council", stated="yes", committee="Cabinet", date="2023-03-15",
    pdf_title="Minutes of the Cabinet", pdf_author="Democratic Services",
    title_lines=["Dudley Metropolitan Borough Council", "Minutes of the Cabinet",
                 "Wednesday 15th March, 2023 at 6.00 pm in the Council Chamber, The Council House, Dudley"],
    attendance=[("Present:", "Councillor Reginald Hollingworth (Leader) (Chair); Councillor Naomi Tibbits (Deputy Leader); Councillors F Bagshaw, A Coldicott, I Dhaliwal, S Feeney-Grant, G Hodgetts and W Jukes."),
                ("Officers:", "Chief Executive, Director of Finance and Legal, Director of Regeneration and Enterprise and Democratic Services Manager.")],
    items=[
        item("92", "Declarations of Interest", ["Councillor Hodgetts declared a pecuniary interest in minute 95 as the owner of a business in Stourbridge and left the meeting during that item."]),
        item("93", "Minutes", ["Resolved that the minutes of the meeting held on 8th February, 2023 be approved as a correct record and signed."]),
        item("94", "Black Country Living Museum: Forging Ahead Access Road", [
            "A report of the Director of Regeneration and Enterprise was submitted on the new access road to the Black Country Living Museum from Tipton Road. The council would contribute £1.9 million of the £6.3 million cost, with the remainder from the museum and the West Midlands Combined Authority.",
            "Councillor Bagshaw asked whether the road would take traffic off Castle Hill. The Director said that traffic modelling predicted a reduction of 30 per cent in coaches using Castle Hill.",
            "Resolved that the council's contribution be approved.",
        ]),
        item("95", "Car Parking Charges in Town Centres", [
            "The Cabinet considered the results of a consultation on introducing charges in council car parks in Stourbridge, Halesowen and Brierley Hill, which had received 2,318 responses, 81 per cent of them opposed.",
            "The Cabinet Member for Highways and Public Realm, Councillor Coldicott, proposed that the first hour of parking remain free in all three towns and that charges of £1 for up to three hours apply after that. The proposal was seconded by Councillor Jukes.",
            "Councillor Dhaliwal moved that the charges be dropped entirely; there was no seconder and the motion fell.",
            "Resolved that the charges be introduced from 1st June, 2023, with the first hour free; the income, estimated at £420,000 a year, to be used for town centre events and maintenance.",
        ]),
        item("96", "Himley Hall and Park", [
            "The Cabinet noted that the roof repairs at Himley Hall had been completed by Sedgley Heritage Roofing at a cost of £640,000, funded from the council's capital programme and a grant from Historic England.",
        ]),
    ],
    closing=["The meeting ended at 7.20 pm.", "LEADER OF THE COUNCIL"],
    header="Cabinet/92-96", header_right="15.03.23", footer=["{n}"])

# 15 Cardiff: pdf-minutes, Cabinet
doc(name="Cardiff_Cabinet_Minutes_2024-06-13", form="pdf-minutes",
    council="Cardiff Council", stated="yes", committee="Cabinet", date="2024-06-13",
    pdf_title="Cabinet Minutes 13 June 2024", pdf_author="Democratic Services",
    title_lines=["CARDIFF COUNCIL", "CYNGOR CAERDYDD", "CABINET MEETING: 13 JUNE 2024",
                 "Cabinet Members Present: Councillor Gwenllian Prosser-Hale (Chair), Councillors Aled Bowditch, Nia Carrow, Rhodri Eames, Sioned Fairweather, Huw Garnett and Tegan Hollis"],
    attendance=[("Observers:", "Councillors Iestyn Lloyd-Marsh and Catrin Merriman"),
                ("Officers:", "Paul Treharne-Vickers, Chief Executive; Eleri Norbury, Section 151 Officer; Gareth Oakley, Monitoring Officer")],
    items=[
        item("1", "MINUTES OF THE CABINET MEETING HELD ON 16 MAY 2024", ["The minutes of the meeting held on 16 May 2024 were approved."]),
        item("2", "ELECTRIC VEHICLE CHARGING: NEIGHBOURHOOD HUBS", [
            "Cabinet considered a report on the next phase of public charging. Cardiff had 362 public chargepoints, and the report proposed 14 neighbourhood charging hubs in council car parks and district centres, including Whitchurch Road, Crwys Road and Splott Road.",
            "The hubs would be built and run by Dragonfly Charge Ltd under a 15 year concession, with the council receiving 8 per cent of revenue. The capital cost of £3.1 million would be met by the operator and by the Welsh Government's Ultra Low Emission Vehicle Transformation Fund.",
            "The Cabinet Member for Transport and Strategic Planning said that a survey of 1,600 residents in 2023 had found that 58 per cent of those without a driveway would consider an electric car if charging were available within a five minute walk.",
            "RESOLVED: that the concession be awarded to Dragonfly Charge Ltd.",
        ]),
        item("3", "ROATH PARK LAKE RESERVOIR WORKS", [
            "Cabinet received an update on the works required at Roath Park Lake under the Reservoirs Act. An inspection by the council's panel engineer in 2023 had found that the dam could fail in an extreme flood and that its spillway needed to be enlarged.",
            "The works would cost £6.8 million and were expected to start in 2025. The Friends of Roath Park had asked that the Scott Memorial lighthouse be protected during the works, which officers confirmed.",
            "RESOLVED: that the preferred design be approved for further public engagement.",
        ]),
        item("4", "CARDIFF BAY BARRAGE PATHWAY", [
            "Cabinet noted that the path across the Cardiff Bay Barrage to Penarth would close for resurfacing from 2 September to 25 October 2024. A shuttle bus between Mermaid Quay and Penarth Marina would run every 20 minutes during the closure, free of charge.",
        ]),
    ],
    closing=["The meeting terminated at 3.45 pm."],
    header="Cardiff Council Cabinet 13 June 2024", footer=["Page {n}"])

# 16 York: pdf-minutes, Executive
doc(name="York_Executive_Minutes_2024-12-17", form="pdf-minutes",
    council="City of York Council", stated="yes", committee="Executive", date="2024-12-17",
    pdf_title="Executive - Minutes", pdf_author="Democracy Officer",
    title_lines=["City of York Council", "Committee Minutes", "Meeting: Executive", "Date: 17 December 2024",
                 "Present: Councillors Halloran-Pike (Chair), Brompton, Cuthbertson, Devereux, Ellerby, Fortescue and Gledhill",
                 "In attendance: Councillor Hatterick (Leader of the Opposition)"],
    items=[
        item("64.", "Declarations of Interest", ["Members were asked to declare any interests. None were declared."]),
        item("65.", "Public Participation", [
            "It was reported that there had been three registrations to speak. Ms Philippa Underhill, representing the Bootham Park Residents Group, spoke on the Bootham Park site, asking that the old hospital chapel be kept for community use.",
        ]),
        item("66.", "Bootham Park: Disposal of Council Land", [
            "The Executive considered a report on the sale of the council's land at the Bootham Park site to Ouse Valley Homes for 118 homes, 40 per cent of them affordable. The sale price of £4.6 million would be ring fenced for the council's housing delivery programme.",
            "The Executive Member for Housing, Planning and Safer Communities said the chapel would be transferred to a community trust on a 99 year lease at a peppercorn rent.",
            "Resolved: That the sale be approved.",
            "Reason: To deliver new homes, including affordable homes, on a brownfield site close to the city centre.",
        ]),
        item("67.", "Electric Vehicle Charging: Park and Ride Sites", [
            "The Executive considered a report on the expansion of charging at the council's park and ride sites. Rawcliffe Bar and Askham Bar would each gain 20 fast chargers, and Monks Cross 12, in addition to the 48 already in place.",
            "The Executive Member for Transport, Councillor Devereux, said that the chargers would cost £1.05 million, met from the council's Climate Change Reserve, and that the tariff would be reviewed once the new chargers had been in use for a year.",
            "Resolved: That the expansion be approved.",
        ]),
        item("68.", "Flood Defences at Clementhorpe", [
            "The Executive noted that the Environment Agency's scheme at Clementhorpe was complete. A review of the Foss Barrier pumping station, which protects homes on the River Foss, would be carried out by the Environment Agency during 2025.",
        ]),
    ],
    closing=["Cllr Halloran-Pike, Chair", "[The meeting started at 5.30 pm and finished at 7.02 pm]."],
    header="City of York Council Executive 17.12.2024", footer=["Page {n} of {total}"])

# 17 Sunderland: pdf-pack, Cabinet
doc(name="Sunderland_Cabinet_Pack_2024-03-12", form="pdf-pack",
    council="Sunderland City Council", stated="yes", committee="Cabinet", date="2024-03-12",
    pdf_title="Cabinet agenda pack 12 March 2024", pdf_author="Governance Services",
    cover=["Sunderland City Council", "CABINET", "Tuesday, 12 March 2024 at 2.00 pm",
           "Committee Room 1, City Hall, Plater Way, Sunderland SR1 3AA"],
    cover_body=["Membership: Councillors Kerr-Lambton (Chair), Atkinson-Rowe, Blenkinsop, Chilton, Dodds-Mather, Farrier, Gowland and Hebburn.",
                "Contact: Janine Ovington, Governance Services Team Leader, 0191 561 1047.",
                "Information contained in this agenda can be made available in other languages and formats on request."],
    agenda=[("1", "Receipt of Declarations of Interest (if any)"),
            ("2", "Apologies for Absence"),
            ("3", "Minutes of the last meeting of the Cabinet held on 13 February 2024 ({minutes})"),
            ("4", "Holiday Activities and Food Programme 2024 to 2025: report of the Director of Children's Services ({report})")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["At a meeting of the CABINET held in CITY HALL on TUESDAY, 13th FEBRUARY, 2024 at 2.00 p.m.",
                      "Present: Councillor Kerr-Lambton in the Chair; Councillors Atkinson-Rowe, Blenkinsop, Chilton, Dodds-Mather, Farrier and Gowland."],
    prev_items=[
        item("", "Riverside Sunderland: Housing Innovation and Construction Skills Academy", [
            "Consideration was given to a report of the Director of Housing on the first 140 homes at Riverside Sunderland, to be built by Wearmouth Living LLP on the former Vaux brewery site.",
            "In response to a question from Councillor Chilton, the Director confirmed that 28 of the homes would be for social rent.",
            "RESOLVED that the development agreement be approved.",
        ]),
        item("", "Budget and Council Tax 2024/2025", [
            "The Cabinet agreed to recommend to Council a council tax increase of 4.99 per cent, including 2 per cent for adult social care.",
        ]),
    ],
    report=report(["Item No. 4", "CABINET MEETING 12 MARCH 2024", "HOLIDAY ACTIVITIES AND FOOD PROGRAMME 2024 TO 2025"],
                  [("Author(s):", "Director of Children's Services"), ("Purpose of Report:", "To seek approval for the delivery of the Holiday Activities and Food Programme in 2024/25."),
                   ("Description of Decision:", "Cabinet is recommended to approve the programme and the grant awards."),
                   ("Is the decision consistent with the Budget/Policy Framework?", "Yes")],
                  [("1. Purpose of the Report", ["1.1 This report seeks approval to deliver the Holiday Activities and Food Programme during the Easter, summer and Christmas holidays of 2024/25."]),
                   ("2. Background", ["2.1 The programme offers free activities and a healthy meal to children in receipt of free school meals. In 2023/24 it provided 41,600 sessions to 9,200 children at 58 venues across Sunderland, including the Washington Leisure Centre, Hetton Centre and Silksworth Sports Complex.",
                                      "2.2 An evaluation of the summer 2023 programme by the University of Sunderland found that 87 per cent of parents said their child was more active, and that attendance was lowest among secondary school pupils."]),
                   ("3. Proposals", ["3.1 It is proposed that sessions for pupils aged 11 to 16 be run by the Wearside Youth Partnership in partnership with the Roker Community Sports Trust, to raise attendance among older children.",
                                     "3.2 Grants to delivery partners will be awarded through an open application round, with a maximum award of £35,000 per partner."]),
                   ("4. Financial Implications", ["4.1 The programme will be funded by a Department for Education grant of £2.87 million. There is no cost to the council's general fund.",
                                                  "4.2 The Department for Education has not yet confirmed whether the programme will continue beyond March 2025."]),
                   ("5. Recommendations", ["5.1 Cabinet is recommended to approve the delivery of the programme for 2024/25 and to delegate the award of grants to the Director of Children's Services."])]),
    footer=["Page {n}"], number_offset=1)

# 18 Newport: pdf-pack, Cabinet
doc(name="Newport_Cabinet_Pack_2023-07-12", form="pdf-pack",
    council="Newport City Council", stated="yes", committee="Cabinet", date="2023-07-12",
    pdf_title="Cabinet Agenda 12 July 2023", pdf_author="Democratic Services",
    cover=["Newport City Council", "Cyngor Dinas Casnewydd", "Cabinet",
           "Date: Wednesday, 12 July 2023   Time: 4.00 pm   Venue: Committee Room 1, Civic Centre, Newport NP20 4UR"],
    cover_body=["To: Councillors Delyth Ap Rhys-Morgan (Leader), Carwyn Bassett, Efa Cadwallader, Dylan Everett, Ffion Gethin, Lowri Hywel and Morgan Islwyn.",
                "For further information contact: Bethan Jellicoe, Democratic Services, 01633 656 656.",
                "Please note that this meeting will be filmed for live and subsequent broadcast on the council's website."],
    agenda=[("1", "Agenda Item 1: Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes of the Last Meeting ({minutes})"),
            ("4", "School Holiday Enrichment and Food and Fun Programme 2023 ({report})"),
            ("5", "Live Event")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["Minutes", "Cabinet", "Date: 14 June 2023", "Time: 4.00 pm", "Present: Councillors D Ap Rhys-Morgan (Chair), C Bassett, E Cadwallader, D Everett, F Gethin and L Hywel"],
    prev_items=[
        item("1", "Newport Market Arcade and Indoor Market", [
            "The Cabinet Member for Regeneration reported that the Indoor Market had 63 traders and that occupancy had reached 92 per cent since the reopening.",
            "A Cabinet Member asked about the condition of the Market Arcade. The Head of Regeneration said that repairs to 14 shopfronts funded by the Transforming Towns programme had been completed in May.",
        ]),
        item("2", "Transporter Bridge Visitor Centre", [
            "Cabinet noted that the Transporter Bridge would reopen to visitors in the spring of 2024. Asked about ticket prices, the Head of Culture said that prices had not yet been agreed and would be set by the trust that will run the visitor centre.",
        ]),
    ],
    report=report(["Report", "Cabinet", "Part 1"],
                  [("Date:", "12 July 2023"), ("Subject:", "School Holiday Enrichment and Food and Fun Programme 2023"),
                   ("Purpose:", "To agree the summer holiday programme for children in Newport."), ("Author:", "Head of Education Inclusion")],
                  [("1. Summary", ["1.1 The Food and Fun School Holiday Enrichment Programme gives pupils in eligible schools meals, physical activity and learning during the summer holidays."]),
                   ("2. Background", ["2.1 In the summer of 2022 the programme ran in 19 schools, including Maindee Primary, Pillgwenlly Primary and Lliswerry High School, and reached 1,140 children.",
                                      "2.2 Feedback from head teachers showed that pupils who attended returned to school in September with better reading scores than those who did not."]),
                   ("3. Proposal", ["3.1 For 2023 the programme will be extended to 26 schools and run for 12 days over four weeks from 31 July.",
                                    "3.2 Meals will be prepared by the council's school catering service, Usk Valley School Meals, and transport will be provided for children from the Ringland and Alway areas."]),
                   ("4. Financial Summary", ["4.1 The total cost is £612,000. Of this, £470,000 is provided by the Welsh Government and £142,000 by the council from its education budget."]),
                   ("5. Risks", ["5.1 The main risk is the recruitment of enough play workers. Schools will be asked to release staff, who will be paid at overtime rates."]),
                   ("6. Recommendation", ["6.1 Cabinet is asked to approve the programme and its funding for 2023."])]),
    footer=["Page {n}"], number_offset=1)

# 19 Merton: pdf-pack, Cabinet
doc(name="Merton_Cabinet_Pack_2024-09-16", form="pdf-pack",
    council="London Borough of Merton", stated="yes", committee="Cabinet", date="2024-09-16",
    pdf_title="Cabinet 16 September 2024", pdf_author="Democracy Services",
    cover=["London Borough of Merton", "Cabinet", "Date: 16 September 2024", "Time: 7.15 pm", "Venue: Committee Rooms C, D and E, Merton Civic Centre, London Road, Morden SM4 5DX"],
    cover_body=["Members: Councillors Rosalind Achebe-Turner (Chair), Felix Brannigan, Claudette Dimmock, Ewan Fairbairn, Marguerite Gillow and Bilal Hanratty.",
                "For more information contact: democratic.services@merton.gov.uk, 020 8545 3356.",
                "Press and public: all are welcome to attend this meeting."],
    agenda=[("1", "Apologies for absence"), ("2", "Declarations of pecuniary interest"),
            ("3", "Minutes of the previous meeting ({minutes})"),
            ("4", "Urban Forest Strategy 2024 to 2034 ({report})")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["CABINET", "15 JULY 2024", "(7.15 pm - 8.40 pm)", "PRESENT: Councillors Rosalind Achebe-Turner (in the Chair), Felix Brannigan, Claudette Dimmock, Ewan Fairbairn and Marguerite Gillow"],
    prev_items=[
        item("31", "MORDEN TOWN CENTRE REGENERATION", [
            "The Cabinet Member for Housing and Sustainable Development introduced the report on the partnership with Wandle Vale Developments for the regeneration of Morden town centre, including 1,500 homes around Morden station.",
            "In answer to a question from Councillor Brannigan, officers said that Transport for London owned 40 per cent of the land.",
            "RESOLVED: That the partnership agreement be approved.",
        ]),
        item("32", "POLKA THEATRE GRANT", ["RESOLVED: That a grant of £75,000 be made to the Polka Theatre in Wimbledon towards its schools programme."]),
    ],
    report=report(["Committee: Cabinet", "Date: 16 September 2024", "Subject: Urban Forest Strategy 2024 to 2034"],
                  [("Lead officer:", "Executive Director, Environment, Civic Pride and Climate"), ("Lead member:", "Cabinet Member for Local Environment, Green Spaces and Climate Change"),
                   ("Contact officer:", "Tree and Landscape Manager"), ("Recommendations:", "To adopt the Urban Forest Strategy.")],
                  [("1 PURPOSE OF REPORT AND EXECUTIVE SUMMARY", ["1.1 This report asks Cabinet to adopt the Urban Forest Strategy, which sets a target of raising tree canopy cover in Merton from 17.6 per cent to 20 per cent by 2034."]),
                   ("2 DETAILS", ["2.1 A canopy survey of the borough using aerial photographs, carried out in 2023 by Treeline Mapping, found that canopy cover was lowest in Pollards Hill and Figges Marsh at under 10 per cent, and highest in Wimbledon Common and Cannon Hill.",
                                  "2.2 The council will plant 1,200 street trees a year, compared with about 700 in recent years, giving priority to wards with the lowest canopy cover.",
                                  "2.3 Residents will be able to sponsor a street tree for £250, which covers the tree and three years of watering."]),
                   ("3 ALTERNATIVE OPTIONS", ["3.1 To continue planting at current levels. This is not recommended because canopy cover would fall as older trees die."]),
                   ("4 FINANCIAL, RESOURCE AND PROPERTY IMPLICATIONS", ["4.1 The planting programme will cost £540,000 a year. Of this, £300,000 will come from the council's capital programme, with the rest from the Greater London Authority's Green and Resilient Spaces Fund and from sponsorship."]),
                   ("5 CONSULTATION", ["5.1 A public consultation on the draft strategy ran for eight weeks in the spring of 2024 and received 742 responses."])]),
    footer=["Page {n}"], number_offset=1)

# 20 Torbay: docx-report, Cabinet
doc(name="Torbay_Cabinet_Report_Highways_Pothole_Fund", form="docx-report",
    council="Torbay Council", stated="yes", committee="Cabinet", date="2024-04-23",
    docx_author="Highways Asset Manager",
    letterhead=["Torbay Council", "Town Hall, Castle Circus, Torquay TQ1 3DR"],
    report=report(["Meeting: Cabinet   Date: 23 April 2024", "Wards affected: All wards",
                   "Report Title: Highways Resurfacing Programme and Pothole Action Fund 2024/25"],
                  [("When does the decision need to be implemented?", "From 1 May 2024"),
                   ("Cabinet Member Contact Details:", "Councillor Morwenna Trelawney, Cabinet Member for Pride in Place, Transport and Parking"),
                   ("Director Contact Details:", "Director of Pride in Place"),
                   ("Supporting Officer:", "Highways Asset Manager")],
                  [("1. Purpose of Report", ["1.1 This report sets out the Highways Resurfacing Programme for 2024/25 and how the council will spend its share of the government's Pothole Action Fund."]),
                   ("2. Reason for Proposal and its benefits", ["2.1 Torbay's roads suffered badly in the wet winter of 2023/24. Between November and March the council received 2,460 reports of potholes, compared with 1,510 a year earlier.",
                                                               "2.2 The council's Pothole Action Fund allocation for 2024/25 is £1.36 million. Together with £2.1 million from the Local Transport Plan, the total budget for road maintenance is £3.46 million."]),
                   ("3. Recommendation(s) / Proposed Decision", ["3.1 That the Highways Resurfacing Programme 2024/25 be approved.",
                                                                "3.2 That the Director of Pride in Place be authorised to instruct the council's highways contractor, Bayside Highway Services Ltd, to carry out the works."]),
                   ("4. Background Information", ["4.1 A condition survey of the whole network, carried out in January 2024 by Westcountry Highways Surveys, found that 11 per cent of unclassified roads were in poor condition, with the worst in Brixham and the Watcombe area of Torquay.",
                                                 "4.2 The programme includes resurfacing of the Babbacombe Road between Wellswood and St Marychurch, the Dartmouth Road in Churston and Windy Corner junction, Shiphay.",
                                                 "4.3 Resurfacing the Babbacombe Road will take six weeks and will be done at night, from 8pm to 6am, to avoid disruption to buses and businesses.",
                                                 "4.4 In addition, a trial of a spray injection patching machine will run in Paignton for three months from June 2024. The trial machine will be supplied free of charge by Jetpatch South West."]),
                   ("5. Options under consideration", ["5.1 The alternative of spending the whole budget on pothole patching was rejected because patched roads fail again within two years."]),
                   ("6. Financial Opportunities and Implications", ["6.1 The programme is funded entirely by government grant and places no demand on the council's revenue budget."]),
                   ("Appendices", ["Appendix 1: Highways Resurfacing Programme 2024/25 (list of schemes)", "Appendix 2: Road condition survey summary"])]),
    header="Torbay Council - Cabinet 23 April 2024", footer=["OFFICIAL"])

# 21 Lake District: docx-report, Authority
doc(name="LDNPA_Report_Flood_Resilience_Rights_of_Way", form="docx-report",
    council="Lake District National Park Authority", stated="yes", committee="Park Authority", date="2025-02-05",
    docx_author="Ranger Services",
    letterhead=["Lake District National Park Authority", "Murley Moss, Oxenholme Road, Kendal LA9 7RL"],
    report=report(["Park Authority", "5 February 2025", "Flood Resilience of Rights of Way and Bridges"],
                  [("Report of:", "Head of Ranger Services"), ("Agenda item:", "9"),
                   ("Purpose:", "To update Members on the repair of footpaths and bridges damaged by flooding and to approve a programme of resilience work."),
                   ("Recommendation:", "That Members approve the programme set out in section 4.")],
                  [("1. Summary", ["1.1 Storms in the autumn of 2024 damaged 27 footpath bridges and about 14 kilometres of rights of way, most seriously in the Glenridding, Patterdale and Borrowdale valleys."]),
                   ("2. Damage and repairs so far", ["2.1 Eleven bridges have been repaired or replaced, including the footbridge over Glenridding Beck at Rattlebeck, which reopened on 16 December 2024.",
                                                    "2.2 The bridge at Seathwaite in Borrowdale remains closed. An engineer's assessment of its abutments will be carried out in the spring, once river levels have fallen."]),
                   ("3. Funding", ["3.1 Repairs are estimated to cost £1.9 million. Defra has provided an emergency grant of £1.2 million. The rest will come from the Authority's reserves and from donations to the Fells Repair Appeal, which had raised £86,000 by the end of January 2025."]),
                   ("4. Proposed resilience programme", ["4.1 Replacement bridges will be built with longer spans and higher decks, so that they stand clear of the level of the 2015 flood.",
                                                        "4.2 Work will be carried out by the Authority's own ranger teams and by Fellside Bridge Engineering, appointed after a tender in November 2024.",
                                                        "4.3 Where a bridge cannot be rebuilt in the same place, rights of way will be diverted, subject to public consultation."]),
                   ("5. Volunteers", ["5.1 Volunteers gave 2,300 days of work on rights of way repairs in 2024, mainly rebuilding stone steps and clearing drains."]),
                   ("6. Recommendation", ["6.1 That Members approve the resilience programme and the use of £400,000 from reserves."])]),
    header="Park Authority - 5 February 2025 - Agenda Item 9", footer=["Lake District National Park Authority", "www.lakedistrict.gov.uk"])

# 22 Islington: docx-minutes, Environment and Climate Change Scrutiny Committee
doc(name="Islington_Environment_Scrutiny_Minutes_2023-02-07", form="docx-minutes",
    council="London Borough of Islington", stated="yes", committee="Environment and Climate Change Scrutiny Committee", date="2023-02-07",
    docx_author="Democratic Services",
    title_lines=["London Borough of Islington", "Environment and Climate Change Scrutiny Committee - 7 February 2023",
                 "Minutes of the meeting held at Islington Town Hall, Upper Street, N1 2UD on 7 February 2023 at 7.30 pm."],
    attendance=[("Present:", "Councillors: Hollis-Akande (Chair), Blackwood, Carrington, Desai-Morrow, Ellingham and Fothergill."),
                ("Also present:", "Councillor Pascale Grimaldi, Executive Member for Environment, Air Quality and Transport.")],
    items=[
        item("124", "Introductions", ["The Chair introduced Members and officers."]),
        item("125", "Minutes of the Previous Meeting", ["RESOLVED: That the minutes of the meeting held on 10 January 2023 be confirmed as an accurate record of proceedings and the Chair be authorised to sign them."]),
        item("126", "Scrutiny Review: Greening Islington's Streets - Witness Evidence", [
            "The Committee received evidence from the Tree Services Manager, Mr Desmond Arkwright, and from Ms Lena Sobieski of the Islington Tree Wardens.",
            "Mr Arkwright said that the borough had around 37,000 trees, of which 19,000 were street trees. The council planted 1,000 trees in the 2022/23 season, including 320 along the Holloway Road and the Caledonian Road.",
            "Each new street tree cost about £800 to plant in a paved pit, rising to £2,500 where underground services had to be diverted.",
            "Ms Sobieski said that too many young trees died in their first summer. Mr Arkwright replied that the council's watering contractor, Greenway Arboricultural Ltd, watered each new tree fortnightly for three years, and that losses had fallen to 6 per cent.",
            "A Member asked whether the council would adopt a target for canopy cover. The Executive Member said that no target had been agreed yet; it would depend on the canopy mapping data due later in the year.",
            "RESOLVED: That the evidence be noted.",
        ]),
        item("127", "Waste and Recycling: Performance Update", [
            "The Committee noted that the recycling rate had been 30.4 per cent in 2021/22. Food waste collections had been extended to 3,400 flats on the Andover and Packington estates in 2022.",
            "In reply to a question, the Head of Street Environment Services said that missed collections had fallen from 1,100 a month to 640 a month since new rounds were introduced in October 2022.",
        ]),
    ],
    closing=["The meeting ended at 9.40 pm.", "CHAIR"],
    header="Environment and Climate Change Scrutiny Committee - 7 February 2023", footer=["Page {n}", "Islington Council"])

# 23 Bridgend: docx-minutes, Cabinet
doc(name="Bridgend_Cabinet_Minutes_2025-04-08", form="docx-minutes",
    council="Bridgend County Borough Council", stated="yes", committee="Cabinet", date="2025-04-08",
    docx_author="Democratic Services",
    title_lines=["MINUTES OF A MEETING OF THE CABINET HELD IN HYBRID IN THE COUNCIL CHAMBER - CIVIC OFFICES, ANGEL STREET, BRIDGEND, CF31 4WB ON TUESDAY, 8 APRIL 2025 AT 14:30",
                 "Bridgend County Borough Council"],
    attendance=[("Present:", "Councillor Huw Llewellyn-Bryce - Chairperson; Councillors Gethin Aubrey, Mair Cadogan, Rhian Dafydd, Owain Ellis-Pryce and Elin Ffoulkes-Bevan."),
                ("Officers:", "Chief Executive; Corporate Director - Communities; Chief Officer - Finance, Housing and Change; Democratic Services Officer - Committees.")],
    items=[
        item("241.", "DECLARATIONS OF INTEREST", ["None."]),
        item("242.", "CAR PARKING CHARGES: PORTHCAWL AND COASTAL CAR PARKS", [
            "The Corporate Director - Communities presented a report on car parking at Porthcawl. Charges at Salt Lake, Hillsboro Place and Rest Bay car parks would rise from £5 to £6 for a full day from 1 May 2025, and a seasonal permit for residents of the county borough would be introduced at £40.",
            "The charges were expected to raise £190,000 a year, to be spent on beach cleaning, lifeguards and toilets at Rest Bay and Trecco Bay.",
            "A Cabinet Member asked whether blue badge holders would pay. The Corporate Director replied that blue badge holders would continue to park free of charge in all council car parks.",
            "The Leader moved the recommendations and Councillor Cadogan seconded. RESOLVED: That Cabinet approved the new charges and the residents' seasonal permit.",
        ]),
        item("243.", "GRAND PAVILION, PORTHCAWL: REDEVELOPMENT", [
            "Cabinet received an update on the redevelopment of the Grand Pavilion. The main contract had been awarded to Ogmore Vale Construction at a cost of £17.8 million, funded by the UK Government's Levelling Up Fund and the council.",
            "Works would begin in June 2025 and the Pavilion would close for about two years. Performances would move temporarily to the Hi-Tide site and to Maesteg Town Hall.",
            "RESOLVED: That Cabinet noted the update.",
        ]),
        item("244.", "SCHOOL MODERNISATION: MYNYDD CYNFFIG PRIMARY", [
            "Cabinet considered the outcome of the statutory consultation on a new 420 place school to replace Mynydd Cynffig Primary School in Kenfig Hill. Of 312 responses, 79 per cent supported the proposal.",
            "RESOLVED: That Cabinet approved the proposal and the publication of the statutory notice.",
        ]),
    ],
    closing=["The meeting closed at 15:55."],
    header="CABINET - TUESDAY, 8 APRIL 2025", footer=["Bridgend County Borough Council"])

# 24 Redbridge: txt, Cabinet
doc(name="Redbridge_Cabinet_Minutes_2023-12-12", form="txt",
    council="London Borough of Redbridge", stated="yes", committee="Cabinet", date="2023-12-12",
    title_lines=["LONDON BOROUGH OF REDBRIDGE", "CABINET", "MINUTES", "Date of Meeting: Tuesday 12 December 2023, 7.00 pm",
                 "Venue: Council Chamber, Town Hall, 128-142 High Road, Ilford IG1 1DD"],
    attendance=[("Present:", "Councillor Jaswinder Ahluwalia-Brooke (Leader) (Chair); Councillors Bernadette Calloway, Tariq Dunmore, Esther Feinstein-Cole, Kamal Gorringe, Priyanka Hartigan and Oliver Ingleby."),
                ("Also present:", "Councillor Nathaniel Jessop (Leader of the Opposition)."),
                ("Officers:", "Chief Executive; Corporate Director of People; Director of Culture and Leisure; Head of Committee Services.")],
    items=[
        item("C/23/71", "Apologies for Absence", ["There were no apologies for absence."]),
        item("C/23/72", "Library Service: Opening Hours and Self Service", [
            "The Cabinet Member for Culture and Leisure, Councillor Feinstein-Cole, introduced the report. Redbridge had 11 libraries, run by Roding Culture and Leisure Trust until its services returned to the council in 2022.",
            "The report proposed to install self service technology, known as open library, at Aldborough Hatch, Hainault and Woodford Green libraries, so that members could use them from 8am to 8pm seven days a week with their library card and PIN, including when no staff were present.",
            "The Director of Culture and Leisure said a trial at Hainault Library since April 2023 had increased visits by 34 per cent, with no incidents of damage.",
            "Councillor Jessop asked whether any staff posts would be lost. The Cabinet Member replied that no library assistant posts would be deleted and that staff would be moved to run children's activities at busier times.",
            "The capital cost of £285,000 would be met from the Libraries Improvement Fund grant awarded by Arts Council England.",
            "RESOLVED: That the installation of open library technology at the three libraries be approved.",
        ]),
        item("C/23/73", "Valentines Mansion and Park", [
            "The Cabinet approved the award of a contract for the restoration of the walled garden at Valentines Park to Essex Garden Restorations Ltd, at a cost of £412,000.",
            "Councillor Dunmore asked about the Valentines Mansion cafe. Officers said a new operator, Cranbrook Kitchen, would take over in March 2024.",
        ]),
        item("C/23/74", "Ilford Town Centre: Public Realm Works", [
            "The Cabinet received an update on public realm improvements to Ilford High Road and Cranbrook Road. The works, by Lea Valley Paving, were due to be completed in June 2024 at a cost of £3.9 million, paid for by Transport for London and the council.",
            "Councillor Ingleby moved that the report be noted; Councillor Hartigan seconded. The report was noted unanimously.",
        ]),
    ],
    closing=["The meeting closed at 8.47 pm.", "", "Chair ..........................", "Date ..........................."])
