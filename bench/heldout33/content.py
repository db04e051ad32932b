"""The documents of bench/heldout33: invented business of real UK councils.

Every word of the business, the people and the figures is invented for this set; the councils,
their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout33.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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

doc(name="ieListDocuments_CId251_MId6618_WalthamForest_Cabinet", form="mg-meeting",
    council="London Borough of Waltham Forest", stated="yes", committee="Cabinet", date="2024-02-13",
    site=site("London Borough of Waltham Forest", "https://democracy.walthamforest.gov.uk",
              "Waltham Forest Town Hall, Forest Road, Walthamstow, London E17 4JF",
              "© London Borough of Waltham Forest 2024"),
    heading="Agenda and minutes: Cabinet - Tuesday, 13th February, 2024 7.00 pm",
    venue="Committee Room 1, Waltham Forest Town Hall, Forest Road, Walthamstow E17 4JF",
    contact="Orla Pennick, Democratic Services Officer",
    items=[
        item("64.", "Minutes", ["The minutes of the meeting held on 16 January 2024 were agreed as a correct record."]),
        item("65.", "Questions from the public", [
            "Mr Desmond Achterberg of Chingford asked why the lamp column chargers promised for Kings Road had not appeared.",
            "Councillor Ruth Okonjo, Cabinet Member for Climate, replied that the supplier had been held up by UK Power Networks, which had to upgrade the feeder cable under Kings Road first, and that the twelve Kings Road chargers would now be fitted once that cable work was finished.",
            "Ms Fenella Rourke asked whether residents without a driveway would pay more to charge. Councillor Okonjo said the tariff on lamp column chargers was the same as on the rapid hubs, 49p per kilowatt hour, for every user.",
        ], links=[("Public questions", "88 KB")]),
        item("66.", "Electric Vehicle Charging Programme 2024-2026", [
            "The Cabinet considered a report on the next phase of public charging. Since 2021 the borough had installed 742 lamp column chargers and four rapid hubs.",
            "The next phase would add 380 lamp column chargers across Leyton, Leytonstone and Walthamstow and two rapid hubs, at Lea Bridge Road and Highams Park station car park.",
            "The programme would be delivered by Voltbridge Street Charging Ltd under a concession, with Voltbridge meeting the installation cost and the council receiving 11 per cent of charging income.",
            "Asked when the Highams Park hub would open, officers said a start date could not be set until Network Rail had agreed the lease of the car park land.",
        ], links=[("EV Charging Programme report", "412 KB"), ("Appendix A - site list", "156 KB")],
            decision=["RESOLVED to approve the 2024-2026 charging programme and the concession with Voltbridge Street Charging Ltd."]),
        item("67.", "Lloyd Park Lakeside Café", [
            "The Cabinet agreed a ten year lease of the Lloyd Park lakeside café to Hollow Oak Kitchens at a rent of £18,500 a year, after a tender that drew five bids.",
        ]),
    ])

doc(name="ieListDocuments_CId142_MId3907_Reading_Planning", form="mg-meeting",
    council="Reading Borough Council", stated="yes", committee="Planning Applications Committee", date="2023-11-29",
    site=site("Reading Borough Council", "https://democracy.reading.gov.uk",
              "Civic Offices, Bridge Street, Reading RG1 2LU", "© Reading Borough Council"),
    heading="Agenda and minutes: Planning Applications Committee - Wednesday 29 November 2023 6.30 pm",
    venue="Council Chamber, Civic Offices, Bridge Street, Reading RG1 2LU",
    contact="Imran Selworthy, Committee Services",
    items=[
        item("41.", "Declarations of Interest", ["Councillor Patel declared that she lived near the Oxford Road site and took no part in item 43."]),
        item("42.", "211 Caversham Road - change of use to a 9 bedroom house in multiple occupation (230914/FUL)", [
            "The Committee heard from a neighbour, Mrs Lavinia Thorogood, who said the street already had too many shared houses and not enough parking.",
            "The planning officer replied that the street's share of licensed shared houses was 7 per cent, under the council's 10 per cent threshold, and that the site was within walking distance of Reading station.",
            "Councillor Hamblin moved that the application be granted as recommended; Councillor Dyas seconded.",
            "On being put to the vote, 8 members voted in favour and 3 against, and the application was granted subject to conditions.",
        ]),
        item("43.", "Former Garage, 402 Oxford Road - 24 flats (230688/FUL)", [
            "The applicant, Kennetside Homes, had offered 6 of the 24 flats as affordable homes.",
            "Members were concerned that the five storey block would overshadow the gardens of Wilson Road. The application was refused for the reason set out in the officer's update, on the overbearing effect on Wilson Road.",
        ]),
        item("44.", "Land at Kenavon Drive - 61 homes (230455/FUL)", [
            "Councillor Moreau moved deferral so that the flood risk assessment could be checked by the Environment Agency; Councillor Hamblin seconded, and the motion to defer was carried.",
        ]),
    ])

doc(name="ieListDocuments_CId709_MId4460_Brent_Scrutiny", form="mg-meeting",
    council="London Borough of Brent", stated="yes", committee="Resources and Public Realm Scrutiny Committee",
    date="2024-01-17",
    site=site("London Borough of Brent", "https://democracy.brent.gov.uk",
              "Brent Civic Centre, 32 Engineers Way, Wembley HA9 0FJ", "© Brent Council"),
    heading="Agenda and draft minutes: Resources and Public Realm Scrutiny Committee - Wednesday 17 January 2024 6.00 pm",
    venue="Conference Hall, Brent Civic Centre, Engineers Way, Wembley HA9 0FJ",
    contact="Thandiwe Marlow, Governance Officer",
    items=[
        item("1", "Apologies for absence and clarification of alternate members", ["Apologies were received from Councillor Vasquez."]),
        item("2", "School Streets Programme Review", [
            "The Committee reviewed the school streets scheme, under which roads outside schools close to motor traffic at the start and end of the school day. There were now 31 school streets in Brent.",
            "Members asked how the closures were enforced. The Head of Highways said that 19 of the 31 were enforced by cameras and the rest by volunteer marshals with barriers.",
            "Councillor Deshpande asked whether the scheme would reach Wembley Park. The officer replied that Ark Elvin Academy and Preston Park Primary would join in September, subject to consultation with residents.",
            "The Committee heard that air monitoring outside Byron Court Primary had shown nitrogen dioxide falling by 18 per cent in the year after its school street began.",
        ]),
        item("3", "Fly-tipping Enforcement", [
            "The Committee was told that the contract with Veolia for clearing dumped waste had been extended to 2026. Fixed penalty notices issued rose from 1,240 in 2022 to 2,015 in 2023.",
            "Members asked why Harlesden had the most reports. The Operational Director said the number of flats above shops without their own bin storage was the main reason.",
        ]),
    ])

doc(name="ieListDocuments_CId249_MId7731_Harrow_Cabinet", form="mg-meeting",
    council="London Borough of Harrow", stated="yes", committee="Cabinet", date="2023-10-19",
    site=site("London Borough of Harrow", "https://moderngov.harrow.gov.uk",
              "Harrow Council, Forward Drive, Harrow HA3 8FL", "© London Borough of Harrow"),
    heading="Agenda and minutes: Cabinet - Thursday, 19th October, 2023 6.30 pm",
    venue="Harrow Council Hub, Kenmore Avenue, Harrow HA3 8LU",
    contact="Bartholomew Quaye, Senior Democratic and Electoral Services Officer",
    items=[
        item("311.", "Declarations of Interest", ["None were declared."]),
        item("312.", "Petitions", [
            "A petition of 640 signatures from parents at Whitchurch Primary asked for a school street on Wemborough Road.",
            "The Portfolio Holder said the request would be assessed with the others received, and that Harrow already ran school streets at nine schools, each closed for 45 minutes at the start and end of the day.",
        ]),
        item("313.", "Harrow Leisure Centre Refurbishment", [
            "Cabinet agreed £2.1 million to replace the roof and the air handling plant of the Harrow Leisure Centre sports hall.",
            "The contract was awarded to Pellingham Construction, which had scored highest on both price and quality.",
        ], links=[("Report", "320 KB")]),
        item("314.", "Headstone Manor Car Park Charges", [
            "Cabinet agreed to introduce charges of £1.20 an hour at the Headstone Manor car park. The first hour would stay free for visitors to the museum.",
            "Asked by a member whether the charges applied to the Harrow Recreation Ground car park, the Portfolio Holder said that car park was not part of this decision.",
        ]),
    ])

doc(name="ieListDocuments_CId133_MId9255_RBWM_Cabinet", form="mg-meeting",
    council="Royal Borough of Windsor and Maidenhead", stated="yes", committee="Cabinet", date="2024-03-27",
    site=site("Royal Borough of Windsor and Maidenhead", "https://rbwm.moderngov.co.uk",
              "Town Hall, St Ives Road, Maidenhead SL6 1RF", "© Royal Borough of Windsor and Maidenhead"),
    heading="Agenda and minutes: Cabinet - Wednesday 27th March 2024 7.00 pm",
    venue="Grey Room - York House, Windsor",
    contact="Priyanka Aldous, Democratic Services",
    items=[
        item("102.", "Public Questions", [
            "Mr Aldo Venturini of Cookham asked when the Cookham Moor causeway footpath would reopen after the winter floods.",
            "The Cabinet Member for Highways replied that the footpath's surface was being assessed and that no reopening date could be given until the engineers' findings were received.",
            "Ms Kerys Boateng asked what the council would charge for parking at the new Vicus Way car park in Maidenhead. The Cabinet Member replied that the charge would be £1.50 for up to two hours, matching the town centre rate.",
        ]),
        item("103.", "Braywick Leisure Centre Solar Canopy", [
            "Cabinet approved a solar canopy over the Braywick Leisure Centre car park, expected to supply 38 per cent of the centre's electricity.",
            "The £840,000 cost will be met from the Public Sector Decarbonisation Scheme grant, with no borrowing by the Royal Borough.",
        ]),
        item("104.", "Windsor Town Centre Public Realm", [
            "Cabinet agreed to repave Peascod Street in granite setts over eleven weeks from January 2025, avoiding the summer tourist season.",
        ]),
    ])

doc(name="ieListDocuments_CId147_MId2818_Warwick_Executive", form="mg-meeting",
    council="Warwick District Council", stated="yes", committee="Executive", date="2023-09-06",
    site=site("Warwick District Council", "https://estates8.warwickdc.gov.uk",
              "Town Hall, Parade, Royal Leamington Spa CV32 4AT", "© Warwick District Council"),
    heading="Agenda and minutes: Executive - Wednesday, 6th September, 2023 6.00 pm",
    venue="Town Hall, Royal Leamington Spa",
    contact="Graeme Ashdown, Committee Services",
    items=[
        item("28.", "Newbold Comyn Leisure Centre Pool", [
            "The Executive considered a report on the learner pool at Newbold Comyn Leisure Centre, closed since April after tiles came away from the pool floor.",
            "Councillor Sasha Lindqvist asked what the closure had cost. The Portfolio Holder for Culture replied that lost swimming lesson income was about £6,000 a month.",
            "The Executive agreed £365,000 to retile the learner pool and replace its filtration, with reopening planned for February 2024.",
            "A structural survey of the main pool hall roof will be commissioned over the winter.",
        ]),
        item("29.", "Kenilworth Abbey Fields Car Park", [
            "Councillor Rupert Hale moved that charges at Abbey Fields car park be held at 2023 rates; Councillor Meera Shah seconded. The motion was carried by 6 votes to 2.",
        ]),
        item("30.", "Community Grants", [
            "The Executive agreed grants of £12,000 to Lillington Youth Club and £8,500 to Whitnash Food Share.",
        ]),
    ])

# =========================================================================== ModernGov item pages

doc(name="mgAi_ID51203_StAlbans_CELE", form="mg-item",
    council="St Albans City and District Council", stated="yes",
    committee="Climate, Environment and Local Economy Committee", date="2023-07-11",
    site=site("St Albans City and District Council", "https://stalbans.moderngov.co.uk",
              "St Albans City and District Council, Civic Centre, St Peter's Street, St Albans AL1 3JE",
              "© St Albans City and District Council"),
    meeting_line="11/07/2023 - Climate, Environment and Local Economy Committee (Item 9)",
    items=[item("9.", "Tree Planting Programme 2023/24", [
        "The Committee received a report on tree planting for the coming season. In the 2022/23 season the Council planted 1,150 trees, of which 86 per cent had survived the dry summer.",
        "For 2023/24 the Council intends to plant 1,400 trees, chiefly in Verulamium Park, Clarence Park and along Hatfield Road, and a further 300 whips in Harpenden Common hedgerows.",
        "Councillor Osei asked who would water the young trees. The Head of Parks replied that watering would be carried out by the grounds maintenance contractor, Greenward Landscapes, twice a week from May to September.",
        "Members asked whether residents could sponsor a tree. Officers said a sponsorship scheme at £150 per tree would open in the autumn.",
        "RESOLVED that the Tree Planting Programme 2023/24 be approved.",
    ])])

doc(name="mgAi_ID28744_Basingstoke_CEP", form="mg-item",
    council="Basingstoke and Deane Borough Council", stated="yes",
    committee="Community, Environment and Partnerships Committee", date="2024-02-01",
    site=site("Basingstoke and Deane Borough Council", "https://democracy.basingstoke.gov.uk",
              "Civic Offices, London Road, Basingstoke RG21 4AH", "© Basingstoke and Deane Borough Council"),
    meeting_line="01/02/2024 - Community, Environment and Partnerships Committee (Item 7)",
    items=[item("7", "Urban Canopy Strategy", [
        "The committee considered the draft Urban Canopy Strategy, which aims to raise tree cover in Basingstoke town from 14 per cent to 18 per cent by 2035.",
        "The strategy proposes planting 5,000 trees over ten years, starting with War Memorial Park, Popley and South Ham.",
        "Councillor Dunmore asked why Popley had been chosen first. The Parks Manager replied that Popley had the lowest tree cover of any ward, at 7 per cent.",
        "The cost of the first two years, £240,000, will be paid from developer contributions collected under section 106 agreements.",
        "A public consultation on the draft strategy will run in the spring before the strategy returns to Cabinet.",
    ])])

# =========================================================================== ModernGov decision pages

doc(name="ieDecisionDetails_ID8817_Kent_Potholes", form="mg-decision",
    council="Kent County Council", stated="yes", committee="Cabinet Member for Highways and Transport",
    date="2024-01-22",
    site=site("Kent County Council", "https://democracy.kent.gov.uk",
              "Kent County Council, Sessions House, County Road, Maidstone ME14 1XQ", "© Kent County Council"),
    decision_title="Decision details: 24/00006 - Highway Maintenance: Pothole Action Fund 2024/25",
    fields=[("Decision Maker:", "Cabinet Member for Highways and Transport"),
            ("Decision status:", "Implemented"),
            ("Is Key decision?:", "Yes"),
            ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To allocate the pothole funding for 2024/25 across Kent's highway network."]),
        ("Decision:", [
            "To allocate £11.4 million to pothole repair in 2024/25, of which £3.2 million is for permanent patching on the A28 and A256 corridors.",
            "To extend the contract with Amey for highway repairs until March 2026.",
        ]),
        ("Reasons for the decision:", [
            "The council received 41,800 pothole reports in 2023, nearly double the previous year, after a wet winter.",
            "Permanent patching of larger areas lasts longer than repeated small repairs and costs less over five years.",
            "The allocation for rural C class roads in the Weald has not yet been settled and will follow when the condition survey results are in.",
        ]),
        ("Alternative options considered:", ["Spreading the money evenly across districts was rejected because need differs sharply between them."]),
    ],
    tail=[("Publication date:", "22/01/2024"), ("Date of decision:", "22/01/2024"),
          ("Effective from:", "30/01/2024")],
    links=[("Record of Decision", "94 KB"), ("Pothole Action Fund report", "510 KB")])

doc(name="ieDecisionDetails_ID4410_Wiltshire_Buses", form="mg-decision",
    council="Wiltshire Council", stated="yes", committee="Cabinet", date="2023-12-05",
    site=site("Wiltshire Council", "https://cms.wiltshire.gov.uk",
              "Wiltshire Council, County Hall, Bythesea Road, Trowbridge BA14 8JN", "© Wiltshire Council"),
    decision_title="Decision details: Supported Bus Services Review",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Decision Made"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To decide the future of the bus services the council pays for."]),
        ("Decision:", [
            "Cabinet resolved to keep all 37 supported bus routes running until March 2025, at a cost of £4.6 million a year.",
            "Route 55 between Marlborough and Devizes will be replaced by a demand responsive minibus service run by Kennet Link Travel.",
            "An independent review of passenger numbers on the Salisbury Park and Ride sites will be commissioned in the new year.",
        ]),
        ("Reasons:", [
            "Fare income had not recovered to pre-pandemic levels, and 14 of the routes carried fewer than five passengers a trip.",
            "Cabinet heard that many passengers on rural routes had no other way of reaching hospital appointments in Salisbury and Swindon.",
        ]),
        ("Alternative options considered:", ["Withdrawing the 14 least used routes was considered and rejected."]),
    ],
    tail=[("Publication date:", "07/12/2023"), ("Date of decision:", "05/12/2023"),
          ("Decided at meeting:", "05/12/2023 - Cabinet"), ("Effective from:", "15/12/2023")],
    links=[("Supported Bus Services Review report", "620 KB")])

# =========================================================================== printed PDF minutes

doc(name="WDC_Planning_Committee_Minutes_2023-08-23", form="pdf-minutes",
    council="West Dunbartonshire Council", stated="yes", committee="Planning Committee", date="2023-08-23",
    pdf_title="Planning Committee minutes 23 August 2023", pdf_author="Committee Services",
    title_lines=["WEST DUNBARTONSHIRE COUNCIL", "MINUTES OF MEETING OF THE PLANNING COMMITTEE",
                 "Minutes of Meeting of the Planning Committee held in the Civic Space, 16 Church Street, Dumbarton on Wednesday, 23 August 2023 at 10.00 a.m."],
    attendance=[("Present:", "Councillors Moira Dunsmuir (Chair), Callum Reekie, Hamish Torrance, Agnes Lavery, Declan Mirren and Fiona Strachan."),
                ("Attending:", "Niall Ferguson-Bain, Planning Manager; Lorna Cadell, Legal Officer."),
                ("Apologies:", "Councillor Stewart Kyle.")],
    items=[
        {"num": "1", "title": "DECLARATIONS OF INTEREST", "body": ["No declarations of interest were made."]},
        {"num": "2", "title": "PLANNING APPLICATIONS", "body": [
            "## (a) DC23/114: Erection of 48 flats at the former Playdrome site, Abbotsford Road, Clydebank, by Clydeside Living Ltd",
            "The Planning Manager explained that 12 of the 48 flats would be for social rent through Dunbritton Housing Association.",
            "Councillor Reekie, seconded by Councillor Lavery, moved that the application be granted. Councillor Torrance, seconded by Councillor Mirren, moved as an amendment that it be refused because of the loss of parking.",
            "On a vote being taken, 4 Members voted for the motion and 2 for the amendment. The motion was accordingly carried and the application granted.",
            "## (b) DC23/131: Drive through coffee shop at Glencairn Retail Park, Dumbarton",
            "The Committee heard that Transport Scotland had raised no objection. Having heard the Planning Manager, the Committee agreed to grant the application subject to a condition limiting opening to 6 a.m. to 10 p.m.",
            "## (c) DC23/140: Change of use of church hall to gym, Main Street, Alexandria",
            "The Committee agreed to continue consideration of the application to allow a site visit, because members wished to see the parking arrangements on Main Street.",
        ]},
        {"num": "3", "title": "ENFORCEMENT UPDATE", "body": [
            "The Committee noted that 27 enforcement cases were open, the oldest a timber yard in Old Kilpatrick where a notice had been served in March.",
        ]},
    ],
    closing=["The meeting closed at 11.40 a.m."],
    header="Planning Committee – 23 August 2023", header_right="West Dunbartonshire Council",
    footer=["Page {n} of {total}"])

doc(name="WCC_Cabinet_Minutes_2023-12-13", form="pdf-minutes",
    council="Winchester City Council", stated="yes", committee="Cabinet", date="2023-12-13",
    pdf_title="Cabinet Minutes", pdf_author="Democratic Services",
    title_lines=["Winchester City Council", "CABINET", "Wednesday, 13 December 2023",
                 "Attendance:"],
    attendance=[("Councillors", "Hambleden (Chairperson), Fairweather, Oxenbould, Lisle, Pennycott and Durrant."),
                ("Apologies for Absence:", "Councillor Stilwell")],
    items=[
        {"num": "1.", "title": "PUBLIC PARTICIPATION", "body": [
            "Mrs Gwendolen Ashby of Stanmore asked whether the warm spaces would open on Sundays this year.",
            "The Cabinet Member for Community replied that only the Stanmore and Winnall warm spaces would open on Sundays, because volunteers were not available at the other halls.",
        ]},
        {"num": "2.", "title": "WARM SPACES WINTER 2023/24", "body": [
            "Cabinet agreed grants of £1,200 each to eleven community halls to act as warm spaces from December to March, including Winnall Community Centre, Stanmore Hub and Kings Worthy Village Hall.",
            "The grants would be paid from the UK Shared Prosperity Fund allocation.",
            "Officers would carry out a survey of warm space users at the end of the winter to judge whether the scheme should continue.",
        ]},
        {"num": "3.", "title": "STATION APPROACH REGENERATION", "body": [
            "Cabinet appointed Harcourt Greave Architects to prepare designs for the Station Approach area, after a procurement in which seven firms bid.",
            "The designs would cover the public realm between the railway station and the Worthy Lane car park.",
        ]},
        {"num": "4.", "title": "RIVER PARK LEISURE CENTRE SITE", "body": [
            "Cabinet agreed that the former River Park Leisure Centre building would be marketed for a community use for twelve weeks before any sale was considered.",
        ]},
    ],
    closing=["The meeting commenced at 9.30 am and concluded at 11.05 am", "Chairperson"],
    header="Cabinet 13.12.23", footer=["{n}"])

doc(name="SBC_Cabinet_Minutes_18-09-2023", form="pdf-minutes",
    council="Slough Borough Council", stated="yes", committee="Cabinet", date="2023-09-18",
    pdf_title="Cabinet - 18 September 2023", pdf_author="Slough Borough Council",
    title_lines=["Slough Borough Council", "Minutes of the Meeting of the Cabinet held on Monday, 18th September, 2023."],
    attendance=[("Present:-", "Councillors Harjit Bhamra (Chair), Ellerby, Quartey, Sandhu, Loveridge and Pimenta"),
                ("Also present under Rule 30:-", "Councillor Amrik Dhillon")],
    items=[
        {"num": "28.", "title": "Declarations of Interest", "body": ["None."]},
        {"num": "29.", "title": "Weekly Food Waste Collections", "body": [
            "The Lead Member for Environment introduced the report. Weekly food waste collections would start in Langley, Cippenham and Britwell in April 2024 and reach the rest of the borough by October 2024.",
            "Each household would receive a 23 litre kerbside caddy and a kitchen caddy. The food waste would be processed at an anaerobic digestion plant run by Thamesmead Organics near Reading.",
            "The cost of the caddies and the eight new vehicles, £1.9 million, would be met from the government's new burdens funding.",
            "Councillor Dhillon asked whether flats would be included. The Lead Member replied that flats with communal bins would be included in a second phase from 2025.",
        ]},
        {"num": "30.", "title": "Salt Hill Park Play Area", "body": [
            "Cabinet agreed to rebuild the Salt Hill Park play area with equipment for disabled children, at a cost of £310,000.",
        ]},
    ],
    closing=["Chair", "(Note: The Meeting opened at 6.30 pm and closed at 7.55 pm)"],
    header="Cabinet - 18.09.23", footer=["Page {n}"])

doc(name="GCC_Cabinet_Minutes_10January2024", form="pdf-minutes",
    council="Gloucester City Council", stated="yes", committee="Cabinet", date="2024-01-10",
    pdf_title="CABINET MINUTES", pdf_author="Democratic and Electoral Services",
    title_lines=["GLOUCESTER CITY COUNCIL", "CABINET",
                 "MEETING : Wednesday, 10th January 2024",
                 "PRESENT : Cllrs. Brindley (Chair), Okafor, Pendry, Lushington, Varley and Whitcombe"],
    attendance=[("Others in Attendance", "Head of Place; Climate Change Manager; Democratic and Electoral Services Officer"),
                ("APOLOGIES :", "None")],
    items=[
        {"num": "55.", "title": "QUESTIONS BY MEMBERS", "body": [
            "55.1 Councillor Dunstable asked when the car park chargers at Kings Walk would be working again.",
            "55.2 The Cabinet Member for Environment replied that a date could not be given because the replacement parts had to come from the manufacturer in Norway and no delivery date had been confirmed.",
        ]},
        {"num": "56.", "title": "ELECTRIC VEHICLE CHARGING IN COUNCIL CAR PARKS", "body": [
            "56.1 Cabinet considered a report on adding charge points in council car parks. There were 26 public charge points in the city's car parks at present.",
            "56.2 Forty more charge points would be installed at Westgate, Great Western Road and Eastgate car parks by Severnside Charge Solutions, which had won the tender.",
            "56.3 Cabinet Members asked who would pay. The Climate Change Manager explained that the installation cost would be covered by the Local Electric Vehicle Infrastructure fund, with Severnside taking the operating risk.",
            "56.4 RESOLVED that the charge point expansion be approved.",
        ]},
        {"num": "57.", "title": "GLOUCESTER DOCKS LIGHTING", "body": [
            "57.1 Cabinet agreed £95,000 for new lighting along the Docks quayside, after reports from residents of people feeling unsafe walking there at night.",
        ]},
    ],
    closing=["Time of commencement: 6.00 pm", "Time of conclusion: 7.10 pm", "Chair"],
    header="CABINET", header_right="10.01.24", footer=["{n}"])

doc(name="BBC_Executive_Minutes_2023-11-01", form="pdf-minutes",
    council="Bedford Borough Council", stated="yes", committee="Executive", date="2023-11-01",
    pdf_title="Executive minutes", pdf_author="Bedford Borough Council",
    title_lines=["BEDFORD BOROUGH COUNCIL", "MINUTES OF THE MEETING OF THE EXECUTIVE",
                 "HELD ON WEDNESDAY 1 NOVEMBER 2023 AT 5.30 PM"],
    attendance=[("PRESENT:", "Mayor (Chair), Councillors Ravensworth, Chaudhry, Felbrigg, Toller and Amesbury"),
                ("APOLOGIES:", "Councillor Kettleby")],
    items=[
        {"num": "EX/41", "title": "Food Waste Collection Service", "body": [
            "The Executive received a report on introducing a separate weekly food waste collection across the Borough from June 2025.",
            "The Portfolio Holder for Environment said that food made up about a third of what was in residents' black bins.",
            "The Executive agreed to buy 14 new food waste vehicles, at a cost of £2.6 million, to be funded by borrowing and repaid from savings in disposal costs.",
        ]},
        {"num": "EX/42", "title": "Bedford Embankment Bandstand", "body": [
            "The Executive agreed to repaint and repair the Embankment bandstand for £64,000, funded from the Heritage Lottery grant secured in the summer.",
            "Councillor Amesbury asked how many events the bandstand had hosted in 2023. Officers said it had hosted 34 concerts between May and September 2023.",
        ]},
        {"num": "EX/43", "title": "Kempston Market", "body": [
            "The Executive agreed to move Kempston's Saturday market from Bedford Road to the Addison Howard Park car park from January, after traders asked for more space.",
        ]},
    ],
    closing=["Mayor", "(The meeting ended at 6.45 pm)"],
    header="Executive – 1 November 2023", footer=["Page {n} of {total}"])

doc(name="HBC_Cabinet_Minutes_04032024", form="pdf-minutes",
    council="Hastings Borough Council", stated="yes", committee="Cabinet", date="2024-03-04",
    pdf_title="Cabinet minutes 4 March 2024", pdf_author="Democratic Services",
    title_lines=["HASTINGS BOROUGH COUNCIL", "CABINET", "4 MARCH 2024"],
    attendance=[("Present:", "Councillors Marchetti (Chair), Ogunleye, Pevensey-Hart, Rendle, Sowerby and Tolhurst")],
    items=[
        {"num": "C.78", "title": "MINUTES OF LAST MEETING", "body": ["The minutes of the meeting held on 5 February 2024 were approved as a true record."]},
        {"num": "C.79", "title": "SUMMERFIELDS LEISURE CENTRE", "body": [
            "The Leader reported that the main pool at Summerfields Leisure Centre needed a new pool hall ventilation system and a new boiler.",
            "Cabinet agreed £1.35 million for the works, to be met from the council's capital reserve, with the pool closing for about nine weeks in the summer holidays.",
            "An independent condition survey of the Summerfields building as a whole will be carried out later in the year to inform a decision on its long term future.",
            "Councillor Sowerby asked where swimming clubs would train during the closure. The Leader said that Hastings Seagulls Swimming Club had been offered pool time at the Bexhill Leisure Pool.",
        ]},
        {"num": "C.80", "title": "PELHAM BEACH HUTS", "body": [
            "Cabinet agreed to let ten new beach huts on Pelham Beach at £1,100 a year each.",
        ]},
    ],
    closing=["(The Chair declared the meeting closed at 7.32 pm)"],
    header="CABINET", header_right="4 MARCH 2024", footer=["{n}"])

# =========================================================================== Public Document Packs

doc(name="Devon_Cabinet_Pack_2024-02-14", form="pdf-pack",
    council="Devon County Council", stated="yes", committee="Cabinet", date="2024-02-14",
    pdf_title="Agenda - Cabinet, 14 February 2024", pdf_author="Devon County Council",
    cover=["Cabinet", "Devon County Council", "Wednesday, 14 February 2024 at 10.30 am",
           "Committee Suite, County Hall, Topsham Road, Exeter"],
    cover_body=["To: The Members of the Cabinet",
                "Membership: Councillors M Penhallow (Chair), T Ockenden, R Vellacott, S Trebilcock, J Moysey, A Rundle, K Yeo and P Widgery",
                "Contact: Wilhelmina Coker, Democratic Services, 01392 382296",
                "Chief Executive, County Hall, Exeter"],
    agenda=[("1", "Apologies"), ("2", "Minutes - to approve the minutes of the meeting held on 10 January 2024 ({minutes})"),
            ("3", "Items Requiring Urgent Attention"),
            ("4", "Highway Maintenance: Carriageway Repairs Programme 2024/25 - report of the Director of Climate Change, Environment and Transport ({report})")],
    marks=["Agenda Item 2", "Agenda Item 4"],
    prev_title_lines=["CABINET", "10 January 2024",
                      "Present: Councillors M Penhallow (Chair), T Ockenden, R Vellacott, S Trebilcock, J Moysey, A Rundle and P Widgery"],
    prev_items=[
        {"num": "*381", "title": "Questions from Members of the Public", "body": [
            "Mr Gerwyn Tallis of Crediton asked why the A377 at Copplestone had been patched three times in a year.",
            "The Cabinet Member for Highway Management replied that the patches had been temporary repairs made in wet weather, and that a permanent resurfacing of the Copplestone section was booked for the summer.",
        ]},
        {"num": "*382", "title": "Exe Estuary Trail", "body": [
            "The Cabinet agreed to resurface 2.4 kilometres of the Exe Estuary Trail between Exminster and Turf Lock, at a cost of £410,000 from Active Travel England.",
        ]},
    ],
    report={"title_lines": ["CET/24/12", "Cabinet", "14 February 2024",
                            "Highway Maintenance: Carriageway Repairs Programme 2024/25",
                            "Report of the Director of Climate Change, Environment and Transport"],
            "cover": [("Recommendation:", "That the Cabinet approves the carriageway repairs programme for 2024/25."),
                      ("Key decision:", "Yes"), ("Electoral divisions:", "All")],
            "sections": [
                {"title": "1. Summary", "body": ["1.1 This report sets out how £72 million of highway maintenance funding will be spent in 2024/25."]},
                {"title": "2. Background", "body": [
                    "2.1 Devon has the longest road network in England, some 12,800 kilometres, much of it narrow rural lanes.",
                    "2.2 The number of potholes repaired rose from 71,000 in 2022/23 to an expected 98,000 in 2023/24.",
                ]},
                {"title": "3. Proposals", "body": [
                    "3.1 A new pothole repair machine, the Roadmender 3, would be hired for the year to fill potholes in a single pass on rural lanes around Holsworthy and Okehampton.",
                    "3.2 Repairs on main roads would be carried out by Milestone Infrastructure under the existing highways contract.",
                    "3.3 £5 million would be set aside for drainage, because water under the road surface is the main cause of potholes in Devon.",
                ]},
                {"title": "4. Financial Considerations", "body": ["4.1 The programme is funded from the Department for Transport's maintenance block grant and the council's own capital budget."]},
            ]},
    footer=["Page {n}"], number_offset=1)

doc(name="Shropshire_Cabinet_Pack_2023-10-18", form="pdf-pack",
    council="Shropshire Council", stated="yes", committee="Cabinet", date="2023-10-18",
    pdf_title="Cabinet agenda 18 October 2023", pdf_author="Shropshire Council",
    cover=["Cabinet", "Shropshire Council", "Date: Wednesday, 18 October 2023", "Time: 10.30 am",
           "Venue: Shrewsbury Room, Shirehall, Abbey Foregate, Shrewsbury, Shropshire, SY2 6ND"],
    cover_body=["You are requested to attend the above meeting.",
                "Members of the Cabinet: Annabel Corvedale (Leader), Hugh Pritchard-Lowe, Gethin Mainwaring, Colin Ashford, Ruth Bellamy, Owen Tasker",
                "Your Committee Officer is: Hollis Penberthy, Committee Officer, tel 01743 257713"],
    agenda=[("1", "Apologies for Absence"), ("2", "Minutes of the meeting held on 13 September 2023 ({minutes})"),
            ("3", "Public Question Time"), ("4", "Pothole Repair Programme and Road Condition ({report})")],
    marks=["Agenda Item 2", "Agenda Item 4"],
    prev_title_lines=["Minutes of the meeting of the Cabinet held on 13 September 2023",
                      "In the Shrewsbury Room, Shirehall, Shrewsbury"],
    prev_items=[
        {"num": "41", "title": "Public Question Time", "body": [
            "A question was received from Mrs Henrietta Blunden about the closure of the Ludlow Assembly Rooms café. The Portfolio Holder replied that the café had closed because the operator's lease had ended, and that a new operator was being sought.",
        ]},
        {"num": "42", "title": "Oswestry Mile End Roundabout", "body": [
            "Cabinet agreed to widen the Mile End roundabout in Oswestry, using £3.8 million from the Marches Growth Fund.",
        ]},
    ],
    report={"title_lines": ["Cabinet", "18 October 2023", "Pothole Repair Programme and Road Condition"],
            "cover": [("Responsible Officer:", "Executive Director of Place"),
                      ("Email:", "highways.reports@shropshire.gov.uk"),
                      ("Portfolio Holder:", "Cabinet Member for Highways")],
            "sections": [
                {"title": "1. Synopsis", "body": ["1.1 This report updates Cabinet on pothole repairs and asks it to approve an extra £4 million for the rest of the year."]},
                {"title": "2. Executive Summary", "body": [
                    "2.1 Since April the council has repaired 23,400 potholes. On A and B roads, 82 per cent were repaired within the target time of 28 days.",
                    "2.2 On unclassified roads in the south west of the county, around Bishop's Castle and Clun, only 61 per cent were repaired within 28 days.",
                ]},
                {"title": "3. Recommendations", "body": [
                    "3.1 That Cabinet approves an additional £4 million for pothole repairs, funded from the Highways Reserve.",
                    "3.2 That three additional repair gangs are hired through Kier Highways, the council's term contractor, until March 2024.",
                ]},
                {"title": "4. Report", "body": [
                    "4.1 A road condition survey in the spring found that 9 per cent of B roads in Shropshire should be considered for maintenance, compared with 6 per cent three years ago.",
                    "4.2 The council will use a spray injection patcher on rural lanes, which is quicker than hand patching.",
                ]},
            ]},
    footer=["Page {n}"], number_offset=1)

doc(name="Charnwood_Cabinet_Pack_2023-12-07", form="pdf-pack",
    council="Charnwood Borough Council", stated="yes", committee="Cabinet", date="2023-12-07",
    pdf_title="Cabinet 7 December 2023", pdf_author="Charnwood Borough Council",
    cover=["CABINET", "Charnwood Borough Council", "THURSDAY, 7TH DECEMBER 2023 AT 6.00 PM",
           "Council Chamber, Southfield Road, Loughborough"],
    cover_body=["Members of the Cabinet are summoned to attend.",
                "Contact: Lucinda Frame, Democratic Services Officer, 01509 634787",
                "Chief Executive, Southfield Road, Loughborough, Leicestershire LE11 2TX"],
    agenda=[("1", "Apologies"), ("2", "Minutes of Previous Meeting - 9 November 2023 ({minutes})"),
            ("3", "Declarations of Interest"), ("4", "Questions under Cabinet Procedure 10.7"),
            ("5", "Electric Vehicle Charging in Charnwood Car Parks ({report})")],
    marks=["Agenda Item 2", "Agenda Item 5"],
    prev_title_lines=["CABINET", "9TH NOVEMBER 2023",
                      "PRESENT: The Leader (Councillor Quenby) (Chair), Councillors Aldwinckle, Fernyhough, Gadsby, Hemsley, Oakshott, Pridmore and Wragg"],
    prev_items=[
        {"num": "49.", "title": "QUESTIONS UNDER CABINET PROCEDURE 10.7", "body": [
            "Councillor Ashcroft asked when the Loughborough Town Hall box office would reopen at weekends. The Cabinet Lead Member replied that weekend opening had stopped because of staff shortages, and that no reopening date could yet be given.",
        ]},
        {"num": "50.", "title": "SHEPSHED TOWN CENTRE", "body": [
            "Cabinet agreed to spend £180,000 from the UK Shared Prosperity Fund on shopfront grants in Shepshed, with up to £5,000 available for each shop.",
        ]},
    ],
    report={"title_lines": ["CABINET - 7TH DECEMBER 2023",
                            "Report of the Head of Cleansing and Open Spaces",
                            "Lead Member: Councillor Oakshott", "Part A",
                            "ITEM 5 ELECTRIC VEHICLE CHARGING IN CHARNWOOD CAR PARKS"],
            "cover": [("Purpose of Report", "To seek approval to install charge points in council car parks."),
                      ("Recommendation", "That the installation of 34 charge points be approved."),
                      ("Reason", "To support residents and visitors who are switching to electric vehicles.")],
            "sections": [
                {"title": "1. Background", "body": ["1.1 The council currently has 8 public charge points, all at the Granby Street car park in Loughborough."]},
                {"title": "2. Proposal", "body": [
                    "2.1 It is proposed to install 34 charge points at Browns Lane, Beehive Lane and Southfield Road car parks in Loughborough, and at Hall Croft in Shepshed.",
                    "2.2 Midshires Power Networks would install and run the charge points for fifteen years.",
                    "2.3 Two of the charge points at each car park would be wide bays for disabled drivers.",
                ]},
                {"title": "3. Financial Implications", "body": [
                    "3.1 The charge points would cost the council nothing to install, because the cost would be met by Midshires Power Networks in return for the charging income.",
                    "3.2 The council would receive a fixed fee of £250 per charge point a year.",
                ]},
                {"title": "4. Timetable", "body": ["4.1 A start date for the Hall Croft installation has not yet been agreed, because the car park's electricity supply must first be upgraded."]},
            ]},
    footer=["Page {n}"], number_offset=1)

# =========================================================================== Word reports

doc(name="MCC_Cabinet_Report_Grassroutes_Buses", form="docx-report",
    council="Monmouthshire County Council", stated="yes", committee="Cabinet", date="2024-03-06",
    docx_author="Passenger Transport Unit",
    letterhead=["Monmouthshire County Council", "Cyngor Sir Fynwy"],
    report=report(
        ["SUBJECT: LOCAL BUS SERVICES AND GRASSROUTES DEMAND RESPONSIVE TRANSPORT",
         "MEETING: Cabinet", "DATE: 6th March 2024", "DIVISION/WARDS AFFECTED: All"],
        [("Report author", "Ffion Garrod-Wyn, Passenger Transport Manager"),
         ("Cabinet Member", "Cabinet Member for Climate Change and the Environment"),
         ("Key decision", "Yes")],
        [("1. PURPOSE", [
            "1.1 To agree the council's support for local bus services and the Grassroutes community transport service from April 2024.",
         ]),
         ("2. RECOMMENDATIONS", [
            "2.1 That Cabinet continues to fund the 65 bus between Monmouth and Chepstow and the 83 between Abergavenny and Monmouth.",
            "2.2 That Grassroutes minibuses run six days a week instead of five, adding Saturday journeys in the Usk and Raglan area.",
         ]),
         ("3. KEY ISSUES", [
            "3.1 The Welsh Government's Bus Transition Fund, which paid for much of the support since the pandemic, ends in March 2025.",
            "3.2 Grassroutes carried 21,600 passenger journeys in 2022/23, most of them older people travelling to shops and health appointments.",
            "3.3 The bus operator Wyedean Coaches has given notice that it will stop running the 83 on Sundays from May.",
         ]),
         ("4. REASONS", [
            "4.1 Many villages in Monmouthshire have no other public transport, and residents told the council that losing their bus would leave them cut off.",
         ]),
         ("5. RESOURCE IMPLICATIONS", [
            "5.1 The additional cost of Saturday Grassroutes journeys, £58,000 a year, will be met from the Passenger Transport budget.",
         ]),
         ("6. BACKGROUND PAPERS", ["Cabinet report, Bus Services Support, 8 February 2023."])]),
    header="Monmouthshire County Council – Cabinet – 6 March 2024",
    footer=["Page 1 | Public"])

doc(name="BCP_Cabinet_Report_Urban_Forest", form="docx-report",
    council="BCP Council", stated="yes", committee="Cabinet", date="2023-10-25",
    docx_author="Parks and Open Spaces",
    letterhead=["BCP Council", "Bournemouth, Christchurch and Poole"],
    report=report(
        ["CABINET", "Report subject: Urban Forest Plan",
         "Meeting date: 25 October 2023", "Status: Public Report"],
        [("Executive summary", "This report proposes an Urban Forest Plan to plant 10,000 trees across Bournemouth, Christchurch and Poole over the next five years."),
         ("Recommendations", "It is RECOMMENDED that Cabinet adopts the Urban Forest Plan."),
         ("Portfolio Holder", "Portfolio Holder for Climate Response, Environment and Energy"),
         ("Wards", "Council-wide")],
        [("Background", [
            "1. Tree cover across BCP Council's area is 15 per cent, but it is much lower in parts of Boscombe, Poole town centre and Kinson. The plan aims to plant 10,000 trees by 2028.",
            "2. Most of the planting would be in parks and along streets, including Kings Park, Poole Park and Christchurch Quay.",
         ]),
         ("Options Appraisal", [
            "3. Planting only in parks would be cheaper but would not bring shade to the streets where residents feel the summer heat most.",
         ]),
         ("Summary of financial implications", [
            "4. The plan will cost £1.8 million over five years, with half coming from the Forestry Commission's Local Authority Treescapes Fund and half from the council's capital programme.",
            "5. A tree survey of the whole conurbation using aerial mapping will be carried out next year to set a baseline for measuring progress.",
         ]),
         ("Summary of environmental impact", [
            "6. Trees planted under the plan will be chosen to cope with hotter summers and salt winds near the coast, such as holm oak and Turkish hazel.",
         ]),
         ("Appendices", ["Appendix 1: Urban Forest Plan; Appendix 2: Planting locations."])]),
    header="Agenda Item 9", footer=["BCP Council – Cabinet – 25 October 2023"])

# =========================================================================== Word minutes

doc(name="Clacks_Place_Committee_Minutes_2023-11-02", form="docx-minutes",
    council="Clackmannanshire Council", stated="yes", committee="Place Committee", date="2023-11-02",
    docx_author="Committee Services",
    title_lines=["CLACKMANNANSHIRE COUNCIL",
                 "MINUTES OF MEETING of the PLACE COMMITTEE held within the Council Chamber, Kilncraigs, Greenside Street, Alloa, FK10 1EB, on THURSDAY 2 NOVEMBER 2023 at 9.30 am."],
    attendance=[("PRESENT", "Councillor Isla Drummond-Kerr (Chair), Councillor Fergus Lennie, Councillor Ailsa Moncrieff, Councillor Torquil Baird, Councillor Rhona Guthrie"),
                ("IN ATTENDANCE", "Senior Manager, Development; Team Leader, Libraries and Heritage; Clerk to the Committee")],
    items=[
        {"num": "PLA(23)17", "title": "APOLOGIES", "body": ["Apologies were received from Councillor Calum Menzies."]},
        {"num": "PLA(23)18", "title": "WARM SPACES AND LIBRARY OPENING", "body": [
            "The Committee considered a report on warm spaces for the winter. Alloa, Tillicoultry and Alva libraries would open until 7 pm on Mondays and Thursdays from November to March and offer hot drinks free of charge.",
            "The extra hours would cost £23,000, funded from the Scottish Government's Cost of Living funding.",
            "Councillor Moncrieff asked how many people had used the warm spaces last winter. The Team Leader said that Alloa Library had recorded 3,100 visits to its warm space between November and March.",
            "Decision: The Committee agreed the extended opening hours.",
        ]},
        {"num": "PLA(23)19", "title": "FORTH VALLEY REGION ACTIVE TRAVEL", "body": [
            "The Committee agreed that a new shared path between Menstrie and Tullibody be designed by Ochil Path Engineers, with construction funded by Sustrans.",
        ]},
    ],
    closing=["ENDS 10.50 am"],
    header="Place Committee 02.11.23", footer=["Clackmannanshire Council", "Page 1"])

doc(name="Stirling_Community_Wellbeing_Minutes_2024-01-25", form="docx-minutes",
    council="Stirling Council", stated="yes", committee="Community Wellbeing Committee", date="2024-01-25",
    docx_author="Governance",
    title_lines=["STIRLING COUNCIL",
                 "MINUTES of MEETING of the COMMUNITY WELLBEING COMMITTEE held in the COUNCIL CHAMBERS, OLD VIEWFORTH, STIRLING on THURSDAY 25 JANUARY 2024 at 10.00 am"],
    attendance=[("Present:", "Councillor Elspeth Kinnaird (Convener), Councillors Gregor Abernethy, Alasdair Strathie, Jean Rattray-Bell, Ewan Lochhead, Shona Dalgleish"),
                ("In Attendance:", "Chief Officer, Communities and Performance; Leisure Services Manager; Committee Officer")],
    items=[
        {"num": "CW73", "title": "DECLARATIONS OF INTEREST", "body": ["There were no declarations of interest."]},
        {"num": "CW74", "title": "THE PEAK POOL REPAIRS", "body": [
            "The Leisure Services Manager reported that the 25 metre pool at The Peak, Stirling Sports Village, had been closed since November because of a leak in the pool tank.",
            "Councillor Strathie asked when the pool would reopen. The Leisure Services Manager replied that it was not yet possible to give a date, because the extent of the leak would only be known once the pool had been drained and inspected.",
            "Councillor Lochhead asked whether swimming lessons would continue. Members were told that lessons for around 900 children had moved to the Dunblane Centre and Bannockburn High School pool.",
            "The Committee agreed to meet the repair cost from the leisure repairs fund, up to £420,000.",
        ]},
        {"num": "CW75", "title": "CALLANDER COMMUNITY HUB", "body": [
            "The Committee agreed to transfer the lease of the Callander community hub to the McLaren Community Trust for 25 years at a peppercorn rent.",
        ]},
    ],
    closing=["The Convener closed the meeting at 11.15 am"],
    header="STIRLING COUNCIL – COMMUNITY WELLBEING COMMITTEE – 25 JANUARY 2024",
    footer=["OFFICIAL"])

# =========================================================================== plain text

doc(name="Hartlepool_Neighbourhood_Services_Minutes_2023-06-26", form="txt",
    council="Hartlepool Borough Council", stated="yes", committee="Neighbourhood Services Committee",
    date="2023-06-26",
    title_lines=["HARTLEPOOL BOROUGH COUNCIL", "NEIGHBOURHOOD SERVICES COMMITTEE",
                 "MINUTES AND DECISION RECORD", "26 June 2023",
                 "The meeting commenced at 10.00 am in the Civic Centre, Hartlepool"],
    attendance=[("Present:", "Councillor Maureen Tindall (In the Chair); Councillors Derek Hesleden, Paula Coatham, Stephen Elwick, Janice Greatham, Neil Brierton"),
                ("Officers:", "Assistant Director, Place Management; Waste Services Manager; Democratic Services Team")],
    items=[
        {"num": "9.", "title": "Food Waste Collections", "body": [
            "Type of decision: Key decision.",
            "The Waste Services Manager reported on plans to introduce a separate weekly food waste collection from April 2026, as the Environment Act will require.",
            "Food waste will be taken to the Teesside Energy Recovery Facility partners' new anaerobic digestion plant at Haverton Hill once that plant opens.",
            "A Member asked what would happen to residents who did not want a food caddy. The Waste Services Manager replied that taking part would be voluntary, but that crews would leave a leaflet with any household whose black bin held a lot of food.",
            "Decision: That the introduction of weekly food waste collections from April 2026 be approved.",
        ]},
        {"num": "10.", "title": "Seaton Carew Promenade Shelters", "body": [
            "The Committee agreed to repair the three Victorian shelters on the Seaton Carew promenade at a cost of £140,000, because storm damage had left two of them unsafe.",
        ]},
        {"num": "11.", "title": "Ward Jackson Park Bandstand", "body": [
            "The Committee noted that the Friends of Ward Jackson Park had organised 18 Sunday concerts for the summer.",
        ]},
    ],
    closing=["The meeting concluded at 11.20 am.", "CHAIR"])
