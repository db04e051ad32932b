"""The documents of bench/heldout30: invented business of real UK councils.

Every word of the business, the people and the figures is invented for this set; the councils,
their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout30.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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

doc(name="ieListDocuments_CId118_MId6203_MiltonKeynes_Cabinet", form="mg-meeting",
    council="Milton Keynes City Council", stated="yes", committee="Cabinet", date="2024-03-05",
    site=site("Milton Keynes City Council", "https://milton-keynes.moderngov.co.uk",
              "Civic, 1 Saxon Gate East, Central Milton Keynes, MK9 3EJ",
              "© Milton Keynes City Council 2024",
              menu=["Home", "Your councillors", "Meetings and agendas", "Decisions", "Petitions"]),
    heading="Agenda and minutes: Cabinet - Tuesday, 5th March, 2024 6.30 pm",
    venue="Council Chamber, Civic, 1 Saxon Gate East, Central Milton Keynes, MK9 3EJ",
    contact="Tamsin Redfern, Democratic Services Officer, 01908 254117",
    items=[
        item("91", "Apologies for absence", ["Apologies were received from Councillor Okafor."]),
        item("92", "Questions from members of the public", [
            "Ms Priya Hollins of Water Eaton asked when the broken lamps along the redway beside the Grand Union Canal would be put right, since the path had been in darkness most evenings since November and she no longer felt able to walk home that way from Bletchley station.",
            "Councillor Faraday (Cabinet member for Public Realm) replied that the fault lay in an underground cable rather than the lamps themselves. The cable between Water Eaton and Fenny Stratford would be dug out and renewed in April, and the lamps on that stretch would then be replaced with LED lanterns by the end of June 2024.",
            "Mr Oliver Brandt asked whether the council would reopen the public footbridge at Willen Lake North during the summer. Councillor Faraday said the bridge had failed its structural inspection in January and would stay closed until repairs costing about £86,000 had been carried out.",
        ], links=[("Public questions", "88 KB")]),
        item("93", "Public Electric Vehicle Charge Point Concession", [
            "Councillor Mensah (Cabinet member for Climate and Sustainability) introduced the report. The council had run an open procurement for a partner to design, install, run and maintain public charge points in council car parks and at neighbourhood centres across the city. Four bids had been received.",
            "The preferred bidder was Voltaro Charging Ltd, which would install 240 charge points over three years at its own cost, so that the council would put in no capital. In return the company would hold a fifteen year concession and pay the council 12 per cent of net revenue from each charge point.",
            "Members asked about the first sites. The Director of Environment and Property explained that the first tranche would cover Campbell Park, the Bletchley Leisure Centre car park and the Wolverton Agora site. He said that a go live date for the first chargers could not yet be set because the distribution network operator had still to confirm when each grid connection could be made.",
            "A member asked whether residents without driveways would benefit. Councillor Mensah said that 60 of the charge points would be placed in residential parking courts in the older grid squares, where most homes had no off street parking.",
            "RESOLVED: That the concession contract be awarded to Voltaro Charging Ltd on the terms set out in the report.",
        ], links=[("EV concession report", "412 KB"), ("Appendix A Site list", "96 KB")]),
        item("94", "Wolverton Library Roof", [
            "The Cabinet agreed to release £318,000 from the capital programme to replace the roof of Wolverton Library, which had leaked into the children's section twice during the winter. Work would be done while the library stayed open, with the children's section moved temporarily to the first floor.",
        ]),
    ])

doc(name="ieListDocuments_CId142_MId5518_NorthTyneside_Planning", form="mg-meeting",
    council="North Tyneside Council", stated="yes", committee="Planning Committee", date="2023-11-14",
    site=site("North Tyneside Council", "https://democracy.northtyneside.gov.uk",
              "Quadrant, The Silverlink North, Cobalt Business Park, North Tyneside, NE27 0BY",
              "Copyright North Tyneside Council",
              menu=["Home", "Councillors", "Committees", "Meetings", "Forward plan"],
              breadcrumb=["Home", "Committees", "Planning Committee"]),
    heading="Agenda and minutes: Planning Committee - Tuesday 14 November 2023 10.00 am",
    venue="Chamber, Quadrant, The Silverlink North, Cobalt Business Park, NE27 0BY",
    contact="Democratic Services, democraticsupport@northtyneside.gov.uk",
    items=[
        item("PQ41/23", "Apologies and Substitute Members", ["Apologies were received from Councillor Ferris; Councillor Dunmore attended as substitute."]),
        item("PQ42/23", "Declarations of Interest", ["Councillor Garrity declared that she knew the applicant for item PQ45/23 and would not take part in that item."]),
        item("PQ43/23", "23/01044/FUL - 14 Front Street, Tynemouth", [
            "Change of use of the ground floor from a shop to a café bar, with six tables on the pavement outside until 9pm.",
            "A neighbour addressed the Committee, concerned about noise late in the evening. The agent said the applicant would accept a condition closing the outside seating at 9pm every day.",
            "Councillor Blaydon moved that permission be granted with the extra condition on the outside seating; Councillor Orde seconded the motion. On being put to the vote, 8 members voted for and 2 against.",
            "RESOLVED: That permission be granted subject to the conditions in the report and an additional condition closing the outside seating at 9pm.",
        ]),
        item("PQ44/23", "23/00871/FUL - Land at Station Road, Wallsend", [
            "Erection of 36 affordable homes with parking and a play area.",
            "Officers reported that the developer had agreed to pay £61,500 towards extra primary school places in Wallsend and £18,200 towards the upkeep of the Rising Sun Country Park.",
            "RESOLVED: That the Committee was minded to grant permission, subject to a section 106 agreement securing the contributions and to the conditions in the report.",
        ]),
        item("PQ45/23", "23/01190/HOU - 27 Park Avenue, Whitley Bay", [
            "Two storey rear extension and a roof terrace.",
            "Members were concerned that the roof terrace would look straight down into the garden of number 29. Councillor Orde moved that the application be deferred so that members could visit the site and see the overlooking for themselves; Councillor Shona Garrity seconded. The motion was carried.",
            "RESOLVED: That the application be deferred for a site visit.",
        ]),
        item("PQ46/23", "23/00915/FUL - Former garage, Citadel East, Killingworth", [
            "The Committee noted that the applicant had withdrawn the application on 10 November 2023, and no decision was needed.",
        ]),
    ])

doc(name="ieListDocuments_CId611_MId9047_Kingston_Place", form="mg-meeting",
    council="Royal Borough of Kingston upon Thames", stated="yes", committee="Place Committee", date="2024-01-24",
    site=site("Royal Borough of Kingston upon Thames", "https://moderngov.kingston.gov.uk",
              "Guildhall, High Street, Kingston upon Thames, KT1 1EU",
              "© Royal Borough of Kingston upon Thames",
              menu=["Home", "Find my councillor", "Committees", "Meetings calendar", "Decisions"]),
    heading="Agenda and minutes: Place Committee - Wednesday, 24th January, 2024 7.30 pm",
    venue="Guildhall 2, Kingston upon Thames, KT1 1EU",
    contact="Callum Petrie, Democratic Support, 020 8547 4619",
    items=[
        item("37", "Apologies for absence and attendance of substitutes", ["None."]),
        item("38", "Petitions and public questions", [
            "Mrs Hannah Oduya, a trader in Kingston Market Place, asked why stallholders would pay more for the Saturday pitch from April while the Thursday pitch stayed the same.",
            "The Portfolio Holder for Economy replied that Saturday takings were about twice those of a Thursday, and that the higher Saturday rent would pay for the new canopies; traders would be able to pay monthly instead of a quarter in advance.",
            "Mr Desmond Faulkes asked whether the river path at Canbury Gardens would be gritted in icy weather. The Portfolio Holder said the path was now on the council's secondary gritting route and would be treated whenever the main roads were.",
        ]),
        item("39", "Public toilets in parks and town centres", [
            "The Committee considered a report on the condition of the borough's public toilets. The block at Canbury Gardens had been closed since a burst pipe in 2022, and the facilities at Tolworth Broadway were open only on weekdays.",
            "Members agreed to spend £185,000 refurbishing the Canbury Gardens block so that it could reopen by Easter, with a changing places room for disabled visitors. Under the community toilet scheme, the council would also pay businesses in Surbiton and New Malden £600 a year each to let the public use their toilets without buying anything.",
            "RESOLVED: That the refurbishment and the community toilet scheme be approved.",
        ], links=[("Public toilets report", "233 KB")]),
        item("40", "School Streets in New Malden", [
            "The Committee agreed to make permanent the school street outside Burlington Junior School, where motor traffic had been barred at the start and end of the school day since an experiment began in June 2023. Monitoring had found that the number of vehicles passing the school gate at drop off fell by around 70 per cent.",
        ]),
    ])

doc(name="ieListDocuments_CId130_MId4471_Wokingham_Executive", form="mg-meeting",
    council="Wokingham Borough Council", stated="yes", committee="Executive", date="2023-09-28",
    site=site("Wokingham Borough Council", "https://wokingham.moderngov.co.uk",
              "Shute End, Wokingham, RG40 1BN", "Copyright 2023 Wokingham Borough Council",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Petitions", "Elections"]),
    heading="Agenda and minutes: Executive - Thursday 28 September 2023 7.00 pm",
    venue="David Hicks 1 - Civic Offices, Shute End, Wokingham, RG40 1BN",
    contact="Neil Carter, Democratic and Electoral Services Specialist",
    items=[
        item("46.", "Apologies", ["There were no apologies."]),
        item("47.", "Public Question Time", ["No public questions had been received."]),
        item("48.", "Rapid charging hubs for electric vehicles", [
            "The Executive Member for Climate Emergency reported that the government's Local Electric Vehicle Infrastructure fund had awarded the borough £1.2 million. This would pay for rapid charging hubs in two council car parks: eight rapid chargers at the Carnival Hub car park in Wokingham town centre and four at Dinton Pastures Country Park.",
            "Members asked about Woodley, where residents had asked for chargers for some years. The Executive Member said that Crockhamwell Road car park in Woodley already had slow chargers installed in 2021 and was not part of this bid.",
            "The hubs would be operated by Tollgrid Energy Ltd under a ten year agreement, with the council keeping the right to set the price per kilowatt hour at the end of each year.",
            "RESOLVED: That the grant be accepted and the rapid charging hubs be delivered as set out in the report.",
        ], links=[("Rapid charging report", "301 KB")]),
        item("49.", "Leisure fees and charges 2024/25", [
            "The Executive agreed new leisure prices from 1 January 2024. A pay as you go adult swim at Loddon Valley Leisure Centre would rise from £5.10 to £5.40. Under 18s would continue to swim free in the school holidays.",
            "The Executive Member for Active Borough explained that the increase was smaller than inflation because the operator had cut its energy bills by fitting solar panels on the Loddon Valley roof.",
            "RESOLVED: That the fees and charges be approved.",
        ]),
    ])

doc(name="ieListDocuments_CId305_MId3382_Eastleigh_BHH_LAC", form="mg-meeting",
    council="Eastleigh Borough Council", stated="yes",
    committee="Bursledon, Hamble-le-Rice and Hound Local Area Committee", date="2023-10-16",
    site=site("Eastleigh Borough Council", "https://meetings.eastleigh.gov.uk",
              "Eastleigh House, Upper Market Street, Eastleigh, SO50 9YN", "© Eastleigh Borough Council",
              breadcrumb=["Home", "Committees", "Local Area Committees"]),
    heading="Agenda and minutes: Bursledon, Hamble-le-Rice and Hound Local Area Committee - Monday, 16th October, 2023 7.00 pm",
    venue="Hamble Village Memorial Hall, High Street, Hamble-le-Rice",
    contact="Leanne Whitcombe, Local Democracy Officer",
    items=[
        item("22", "Minutes", ["The minutes of the meeting held on 17 July 2023 were agreed."]),
        item("23", "Public Participation", [
            "Mr Colin Ashdown asked why the car park at Hamble Square filled by nine in the morning on summer weekends and whether a park and ride could be run from the Hamble railway station car park.",
            "The Chair replied that a park and ride would need a bus operator and a subsidy that the Committee did not have. Instead, a new sign on Hamble Lane would show how many spaces were free at Hamble Square and at the Foreshore car park, so that drivers could turn back before reaching the village.",
        ]),
        item("24", "Hamble Foreshore erosion", [
            "The Coastal Partners engineer reported that the shingle bank at Hamble Foreshore had retreated by about four metres since 2019, and at the northern end the footpath to the ferry pontoon was now within two metres of the edge.",
            "The Committee agreed a scheme to place 1,200 tonnes of rock armour along the most exposed 150 metres, costing £420,000. Of this, £340,000 would come from the Environment Agency's flood and coastal erosion grant and the rest from the Committee's developer contributions.",
            "The footpath from Hamble Foreshore to Hamble Common would be closed while the rock was placed.",
        ]),
        item("25", "Tree planting at Manor Farm Country Park", [
            "Members welcomed a plan to plant 400 native trees, mostly oak, field maple and hazel, on the former arable field at Manor Farm Country Park this winter, with volunteers from Bursledon schools helping on two planting days.",
            "The Countryside Manager added that at Royal Victoria Country Park, which belongs to the county council, 60 trees had been lost to storms in 2022.",
        ]),
    ])

doc(name="ieListDocuments_CId139_MId4805_Waverley_Executive", form="mg-meeting",
    council="Waverley Borough Council", stated="yes", committee="Executive", date="2024-02-06",
    site=site("Waverley Borough Council", "https://modgov.waverley.gov.uk",
              "The Burys, Godalming, Surrey, GU7 1HR", "© Waverley Borough Council 2024"),
    heading="Agenda and minutes: Executive - Tuesday, 6th February, 2024 6.00 pm",
    venue="Council Chamber, The Burys, Godalming",
    contact="Democratic Services, committees@waverley.gov.uk",
    items=[
        item("EXE 88/23", "Questions from Members", [
            "Councillor Brightwell asked how many Farnham residents held a resident's season ticket for council car parks. The Portfolio Holder for Environment replied that there were 1,146 such season tickets in Farnham at the end of December.",
        ]),
        item("EXE 89/23", "Car Parking Charges 2024/25", [
            "The Executive considered proposals for charges in the council's pay and display car parks. From 1 April 2024 the hourly charge in all short stay car parks would rise by 10p. In Haslemere, the first 30 minutes at the High Street car park would stay free to help the town's shops.",
            "The Portfolio Holder explained that the rise was needed because income had fallen by £280,000 since 2019 while costs of business rates, cleaning and cash collection had grown.",
            "Evening parking after 6pm in Godalming's Crown Court car park would become free from the same date.",
            "RESOLVED: That the charges set out in Annexe 1 be approved.",
        ], links=[("Parking charges report", "355 KB"), ("Annexe 1 Tariffs", "74 KB")]),
        item("EXE 90/23", "Cranleigh Leisure Centre", [
            "The Executive noted that the existing Cranleigh Leisure Centre was approaching the end of its life. It agreed to commission an independent review of the options for its replacement, including refurbishment, a new building on the same site, and a building shared with the village's schools. The review would report to the Executive in the autumn.",
        ]),
        item("EXE 91/23", "Frensham Great Pond", [
            "The Executive agreed to spend £94,000 on a new fence and gates to keep cattle off the beach at Frensham Great Pond, following complaints from visitors about cattle on the sand in the summer.",
        ]),
    ])


# ============================================================================ ModernGov item pages

doc(name="mgAi_ID27714_Halton_EUR_PPB", form="mg-item",
    council="Halton Borough Council", stated="yes",
    committee="Environment and Urban Renewal Policy and Performance Board", date="2023-11-22",
    site=site("Halton Borough Council", "https://councillors.halton.gov.uk",
              "Municipal Building, Kingsway, Widnes, WA8 7QF", "© Halton Borough Council",
              menu=["Home", "Councillors", "Committees", "Meetings", "Library"]),
    meeting_line="22/11/2023 - Environment and Urban Renewal Policy and Performance Board (Item 31)",
    items=[item("31", "Urban Tree Planting Programme 2023/24", [
        "The Board received a report on the winter tree planting programme. Halton Borough Council would plant 1,150 trees this season, most of them in Victoria Park in Widnes and Phoenix Park in Runcorn, with smaller groups along Halton Lea and Moor Lane.",
        "The cost of the trees, stakes and guards would be met from the Mersey Forest's Trees for Climate grant, while the council's own open spaces team would do the planting and water the young trees through their first two summers.",
        "Councillor Rowlinson asked how many mature ash trees in the borough would have to be felled because of ash dieback. The Divisional Manager for Open Spaces replied that the survey of council land was only half complete, and the number of trees to be felled would not be known until it was finished in the spring.",
        "Councillor Patel asked whether residents could ask for a street tree outside their home. The officer said requests could be made through the council's website and would be considered for next year's programme, provided the pavement was at least two metres wide.",
        "RESOLVED: That the report be noted.",
    ], links=[("Tree planting report", "204 KB"), ("Planting sites map", "1 MB")])])

doc(name="mgAi_ID18855_Darlington_EconomyScrutiny", form="mg-item",
    council="Darlington Borough Council", stated="yes", committee="Economy and Resources Scrutiny Committee",
    date="2023-12-07",
    site=site("Darlington Borough Council", "https://democracy.darlington.gov.uk",
              "Town Hall, Feethams, Darlington, DL1 5QT", "Copyright Darlington Borough Council"),
    meeting_line="07/12/2023 - Economy and Resources Scrutiny Committee (Item 28)",
    items=[item("28", "Darlington Covered Market and the Town Centre", [
        "The Head of Economic Initiatives reported that 31 of the 44 units in Darlington Covered Market were now let, compared with 19 a year earlier, after the reopening of the refurbished hall. The market was operated by Hallmark Market Partners Ltd under a twenty year lease, and the council received a share of the rent from traders.",
        "Members asked about footfall on Skinnergate and High Row. The officer said that the council had commissioned a footfall and visitor survey across the town centre, which would begin in the new year and run for twelve months, with sensors at six points including High Row and Skinnergate.",
        "Councillor Haddock asked why the outdoor Monday market had been moved from High Row to the Market Place. The officer replied that traders had asked to be closer to the Covered Market entrance, where customers crossed between the two.",
        "It was agreed that a further report on evening opening of the Covered Market be brought to the March meeting.",
        "RESOLVED: That the report be noted.",
    ], links=[("Town centre report", "512 KB")])])


# ============================================================================ ModernGov decision pages

doc(name="ieDecisionDetails_ID4219_IsleOfWight_Bonchurch", form="mg-decision",
    council="Isle of Wight Council", stated="yes", committee="Cabinet Member for Highways and Transport",
    date="2024-04-18",
    site=site("Isle of Wight Council", "https://iow.moderngov.co.uk",
              "County Hall, High Street, Newport, Isle of Wight, PO30 1UD", "© Isle of Wight Council",
              breadcrumb=["Home", "Decisions", "Decision details"]),
    decision_title="Decision details: Monks Bay, Bonchurch: coastal defence repairs",
    fields=[("Decision Maker:", "Cabinet Member for Highways and Transport"),
            ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"),
            ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To approve repairs to the coastal defences at Monks Bay, Bonchurch, where the sea wall and rock revetment were damaged by storms in the winter of 2023/24.",
        ]),
        ("Decision:", [
            "The Cabinet Member approved the award of a contract for £1.34 million to Solent Marine Civils Ltd to rebuild 90 metres of sea wall and to reset the rock revetment at Monks Bay.",
            "The works would be paid for by the Environment Agency's flood and coastal erosion grant, with £150,000 from the Isle of Wight Council's own capital programme.",
            "A ground investigation of the cliff behind the wall would be carried out in the summer, before the main works begin in September 2024.",
        ]),
        ("Reasons for the decision:", [
            "Without repair, further storms could breach the wall and expose the cliff foot to erosion, putting at risk the coastal path and the properties on Bonchurch Shute.",
        ]),
        ("Alternative options considered:", [
            "Doing nothing was rejected because of the risk to the coastal path and homes. Managed retreat was considered but rejected because the wall protects the only road access to several properties.",
        ]),
    ],
    tail=[("Publication date:", "18/04/2024"), ("Date of decision:", "18/04/2024"),
          ("Effective from:", "26/04/2024")],
    links=[("Monks Bay decision report", "287 KB")])

doc(name="ieDecisionDetails_ID2987_BathNES_Keynsham", form="mg-decision",
    council="Bath and North East Somerset Council", stated="yes",
    committee="Cabinet Member for Built Environment and Sustainable Development", date="2023-08-10",
    site=site("Bath and North East Somerset Council", "https://democracy.bathnes.gov.uk",
              "Guildhall, High Street, Bath, BA1 5AW", "© Bath and North East Somerset Council",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Forward Plan", "Petitions"]),
    decision_title="Decision details: Keynsham Memorial Park: river wall and path improvements",
    fields=[("Decision Maker:", "Cabinet Member for Built Environment and Sustainable Development"),
            ("Decision status:", "Implemented"),
            ("Is Key decision?:", "No"),
            ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To decide how to repair the river wall along the River Chew in Keynsham Memorial Park and improve the path beside it.",
        ]),
        ("Decision:", [
            "The Cabinet Member agreed to spend £265,000 rebuilding 40 metres of the collapsed river wall below the bandstand and resurfacing the riverside path with a bound gravel surface suitable for wheelchairs and buggies.",
            "The work would be funded from the Community Infrastructure Levy collected in Keynsham, on the advice of the Keynsham Town Council.",
            "The path would be closed for about ten weeks during the work, with a signed diversion through the upper park.",
        ]),
        ("Reasons for the decision:", [
            "Part of the wall fell into the river in February 2023 and the path above it has been fenced off since then. An engineer's inspection found that the wall had been undermined by scouring at its base during high flows.",
        ]),
        ("Alternative options considered:", [
            "Leaving the path closed and planting the bank was rejected because the path is the main walking route between the town centre and the Keynsham leisure centre.",
        ]),
    ],
    tail=[("Publication date:", "10/08/2023"), ("Date of decision:", "10/08/2023"),
          ("Effective from:", "18/08/2023")],
    links=[("Decision report", "198 KB")])


# ============================================================================ printed minutes (PDF)

doc(name="Minutes_SurreyHeath_PlanningApplications_15Feb2024", form="pdf-minutes",
    council="Surrey Heath Borough Council", stated="yes", committee="Planning Applications Committee",
    date="2024-02-15", pdf_title="Planning Applications Committee minutes 15 February 2024",
    pdf_author="Democratic Services",
    title_lines=["Surrey Heath Borough Council",
                 "Minutes of a Meeting of the Planning Applications Committee held at Surrey Heath House, Knoll Road, Camberley on 15 February 2024"],
    attendance=[("+ Cllr Helen Wardrop (Chair)", ""),
                ("+ Cllr Adebayo Ince (Vice Chair)", ""),
                ("Present:", "Cllrs Ashworth, Bellamy, Cheung, Dolan, Fairclough, Greenhalgh, Ince, Merriott and Wardrop"),
                ("Apologies:", "Cllr Tomlin")],
    items=[
        item("61/P", "Minutes of Previous Meeting", ["The minutes of the meeting held on 18 January 2024 were confirmed and signed by the Chair."]),
        item("62/P", "Application Number: 23/0712/FFU - 201 London Road, Camberley", [
            "The application was for the demolition of a vacant office building and the erection of a five storey block of 48 flats with basement parking.",
            "Members heard from the Town Centre Manager that the office had been empty for six years. Some members felt that five storeys was too tall next to the two storey houses on Kings Ride.",
            "Cllr Ashworth moved that the application be refused on the grounds of its height and bulk; this was seconded by Cllr Dolan. The motion was put to the vote and was lost, with 3 votes for and 6 against.",
            "Cllr Ince then proposed that the officer's recommendation to grant be agreed, and this was seconded by Cllr Cheung. Voting in favour: 6. Voting against: 3.",
            "RESOLVED that application 23/0712/FFU be granted subject to a legal agreement securing a payment of £212,000 towards affordable housing elsewhere in the borough.",
        ]),
        item("63/P", "Application Number: 23/0988/FFU - The Cedars, Guildford Road, Bagshot", [
            "The application was for a 72 bed care home in the grounds of The Cedars.",
            "The Committee was told that the developer would pay £38,500 towards mitigation for the Thames Basin Heaths Special Protection Area. Members asked about staff parking; the applicant said there would be 30 spaces on site.",
            "RESOLVED that application 23/0988/FFU be granted subject to conditions.",
        ]),
        item("64/P", "Application Number: 23/1104/FFU - Land east of Beach Road, Frimley Green", [
            "This application for 14 houses was deferred at the request of the Head of Planning, because the Highway Authority had asked for a further assessment of the junction with Beach Road.",
        ]),
        item("65/P", "Application Number: 23/0644/HOU - 12 Guildford Road, Lightwater", [
            "The application for a detached garage had been called in by the ward councillor. Members noted that the applicant had since reduced the height of the roof.",
            "RESOLVED that application 23/0644/HOU be granted.",
        ]),
    ],
    closing=["Chair", "The meeting closed at 9.12 pm."],
    header="Planning Applications Committee, 15 February 2024", header_right="Minutes 61/P - 65/P",
    footer=["Page {n} of {total}"])

doc(name="Hart_OverviewScrutiny_Minutes_190324", form="pdf-minutes",
    council="Hart District Council", stated="yes", committee="Overview and Scrutiny Committee",
    date="2024-03-19", pdf_title="OS minutes 19.03.24", pdf_author="Hart District Council",
    title_lines=["HART DISTRICT COUNCIL",
                 "MINUTES OF THE OVERVIEW AND SCRUTINY COMMITTEE",
                 "Date and Time: Tuesday 19 March 2024 at 7pm",
                 "Place: Council Chamber, Civic Offices, Harlington Way, Fleet"],
    attendance=[("Present:", "Councillor Quarrie (Chair), Councillors Boyd, Collard, Hennessy, Lomax, Pym and Whitfield"),
                ("Officers:", "Head of Environment, Environmental Services Manager, Committee Services Officer")],
    items=[
        item("OS71", "MINUTES OF THE PREVIOUS MEETING", ["The minutes of 20 February 2024 were confirmed and signed as a correct record."]),
        item("OS72", "ENVIRONMENTAL ENFORCEMENT: DOG FOULING AND LITTER", [
            "The Environmental Services Manager reported on the first year of the council's enforcement partnership. Hart District Council's fixed penalty for failing to pick up after a dog had been raised to £100, reduced to £75 if paid within ten days.",
            "In the year, officers had issued 43 fixed penalties for dog fouling, most of them around Fleet Pond and on the paths to Calthorpe Park. Only 3 had gone unpaid and been taken to court.",
            "Councillor Lomax asked whether the enforcement contract would be renewed when it ended in July. The Head of Environment replied that Cabinet had not yet decided whether to renew it, bring the work in house or end it, and that no recommendation had been made.",
            "Councillor Pym asked why there were so few dog bins in Hook. The officer said that six new bins would be installed on the village green and along Station Road in Hook before the summer.",
        ]),
        item("OS73", "FLEET POND BOARDWALK", [
            "Members received an update on the replacement of the boardwalk on the north side of Fleet Pond. The old timber boardwalk had been closed in October because several boards had rotted through.",
            "The new boardwalk would be built from recycled plastic boards, which the Countryside Manager said should last at least 40 years, and would be paid for by a £128,000 grant from the Fleet Pond Society and developer contributions.",
        ]),
        item("OS74", "WORK PROGRAMME", ["The Committee agreed to add a review of the council's car park in Odiham to its work programme for June."]),
    ],
    closing=["The meeting closed at 8.41 pm"],
    header="Overview and Scrutiny Committee 19.03.24",
    footer=["Hart District Council", "Page {n}"])

doc(name="NBBC_EnvironmentBoard_Minutes_2023-10-04", form="pdf-minutes",
    council="Nuneaton and Bedworth Borough Council", stated="yes",
    committee="Environment and Climate Change Board", date="2023-10-04",
    pdf_title="Environment and Climate Change Board", pdf_author="Democratic Services",
    title_lines=["NUNEATON AND BEDWORTH BOROUGH COUNCIL",
                 "Environment and Climate Change Board",
                 "4th October 2023",
                 "A meeting of the Environment and Climate Change Board was held at the Town Hall, Coton Road, Nuneaton on Wednesday, 4th October 2023"],
    attendance=[("Present", "Councillor K. Ambrose (Chair), Councillors B. Dhillon, L. Frost, M. Haworth, T. Jukes, R. Kaur and S. Pargeter")],
    items=[
        item("ECC14", "Apologies", ["Apologies were received from Councillor P. Noon."]),
        item("ECC15", "Public Participation", [
            "Mr Graham Trewin of Bedworth asked why a pile of dumped mattresses and furniture beside the path into the Miners Welfare Park had been left for three weeks.",
            "The Portfolio Holder for Environment replied that the rubbish had been on land owned by a housing association, not the council, which had delayed its removal; it had now been cleared, and the council would in future clear such dumping first and recharge the landowner.",
        ]),
        item("ECC16", "Fly-tipping Action Plan", [
            "The Board considered the annual report on fly-tipping. There had been 2,310 reported incidents in 2022/23, up from 1,985 the year before, with the worst areas being the back alleys of Abbey Green and the lanes around Bulkington.",
            "The council had prosecuted 11 people in the year and issued 64 fixed penalty notices of £400 each. Eight mobile cameras were moved between known dumping sites, and footage from them had led to four of the prosecutions.",
            "Members supported a proposal to offer a free bulky waste collection to each household once a year, paid for from a £45,000 allocation in the budget, in the hope that fewer people would dump large items.",
            "RESOLVED that the action plan be endorsed and the free annual bulky waste collection be recommended to Cabinet.",
        ]),
        item("ECC17", "Riversley Park Bandstand", [
            "The Board noted that the repainting of the bandstand in Riversley Park had been finished in August, and that the summer concerts had drawn around 3,500 visitors over eight Sundays.",
        ]),
    ],
    closing=["Chair", "The meeting closed at 7.48 p.m."],
    header="Environment and Climate Change Board - 4th October 2023",
    footer=["- {n} -"])

doc(name="NWBC_CommunityEnvironment_Board_Minutes_Jan2024", form="pdf-minutes",
    council="North Warwickshire Borough Council", stated="yes", committee="Community and Environment Board",
    date="2024-01-22", pdf_title="Community and Environment Board 22 January 2024", pdf_author="NWBC",
    title_lines=["North Warwickshire Borough Council",
                 "Community and Environment Board",
                 "22 January 2024",
                 "Present: Councillor Hardwick in the Chair"],
    attendance=[("", "Councillors Ball, Clews, Dunkley, Jephcott, Morson, Tandy and Yeats")],
    items=[
        item("33", "Disclosable Pecuniary and Non-Pecuniary Interests", ["None were declared at the meeting."]),
        item("34", "Fly Tipping in the Rural Lanes", [
            "The Streetscene Manager reported that fly tipping in North Warwickshire was concentrated in the narrow lanes between Coleshill, Water Orton and Kingsbury, where loads were often dumped from vans at night.",
            "The council had bought four covert cameras and two automatic number plate recognition cameras, at a cost of £26,400, from Sentinel Rural Cameras Ltd. The cameras would be moved between hot spots each month.",
            "A joint operation with Warwickshire Police to stop and check waste carriers' licences on the A446 and A51 was planned for the spring. The results would be reported to the Board once it had taken place.",
            "Resolved: That the report be noted and the purchase of the cameras be endorsed.",
        ]),
        item("35", "Atherstone Leisure Complex", [
            "The Board was told that the new changing village at Atherstone Leisure Complex would open on 4 March 2024. The pool would be closed for the final two weeks of February while the old changing rooms were taken out.",
        ]),
        item("36", "Pooley Country Park", [
            "Members agreed to increase the car parking charge at Pooley Country Park from £1.50 to £2 for a full day from 1 April 2024, the first increase since 2017. The income would be spent on the park's footpaths and the visitor centre.",
        ]),
    ],
    closing=["Chairman"],
    header="Community and Environment Board (22.1.2024)",
    footer=["{n}"])

doc(name="SDDC_EDS_Committee_Minutes_2023-11-09", form="pdf-minutes",
    council="South Derbyshire District Council", stated="yes",
    committee="Environmental and Development Services Committee", date="2023-11-09",
    pdf_title="EDS Committee Minutes", pdf_author="South Derbyshire District Council",
    title_lines=["South Derbyshire District Council",
                 "ENVIRONMENTAL AND DEVELOPMENT SERVICES COMMITTEE",
                 "9th November 2023",
                 "PRESENT:-"],
    attendance=[("Conservative Group", "Councillor Hewlett (Chair) and Councillors Anand, Blackwood and Corran"),
                ("Labour Group", "Councillor Mistry (Vice-Chair) and Councillors Buckley, Oyelaran and Whitt"),
                ("Independent Group", "Councillor Fenwick")],
    items=[
        item("EDS/44", "DECLARATIONS OF INTEREST", ["The Committee was informed that no declarations of interest had been received."]),
        item("EDS/45", "QUESTIONS FROM MEMBERS OF THE PUBLIC PURSUANT TO COUNCIL PROCEDURE RULE NO 10", [
            "The Committee was informed that no questions from members of the public had been received.",
        ]),
        item("EDS/46", "WOODLAND CREATION AND TREE PLANTING 2023 TO 2026", [
            "The Head of Cultural and Community Services presented the report. South Derbyshire District Council would plant 6,000 trees over three planting seasons on council land, including new woodland at Eureka Park and on the edges of Maurice Lea Memorial Park in Church Gresley.",
            "Most of the cost would be met by the National Forest Company, which had agreed to pay £84,000 towards the trees and their protection, while the Council would pay for maintenance for the first five years.",
            "A Member asked how many of the trees planted last winter at Rosliston Forestry Centre had died in the summer drought. The Head of Service replied that the survival count would be carried out in the spring, when the trees came into leaf, and that the number of losses was not yet known.",
            "RESOLVED: That the woodland creation programme be approved.",
        ]),
        item("EDS/47", "GARDEN WASTE CHARGE", [
            "Members approved a garden waste collection charge of £48 a year from April 2024, an increase of £3, with a discount of £10 for households in receipt of council tax support.",
        ]),
    ],
    closing=["The meeting terminated at 7.02pm.", "COUNCILLOR J HEWLETT", "CHAIR"],
    header="Environmental and Development Services Committee - 9th November 2023",
    footer=["Page {n} of {total}"])

doc(name="Blaby_Council_Minutes_27Feb2024", form="pdf-minutes",
    council="Blaby District Council", stated="yes", committee="Council", date="2024-02-27",
    pdf_title="Council minutes", pdf_author="Blaby District Council",
    title_lines=["BLABY DISTRICT COUNCIL",
                 "MINUTES OF A MEETING OF COUNCIL",
                 "HELD AT THE COUNCIL OFFICES, NARBOROUGH",
                 "ON TUESDAY, 27 FEBRUARY 2024"],
    attendance=[("Present:", "Cllr. Nigel Eardley (Chairman), Cllr. Sunita Vaid (Vice-Chairman) and 31 other Members"),
                ("Officers present:", "Chief Executive, Executive Director (S.151 Officer), Monitoring Officer, Senior Democratic Services Officer")],
    items=[
        item("412.", "APOLOGIES FOR ABSENCE", ["Apologies were received from Cllrs. Burrows, Devine and Kirkham."]),
        item("413.", "QUESTIONS FROM MEMBERS", [
            "Cllr. Halloran asked the Leader why the toddler pool at Huncote Leisure Centre had been closed since December.",
            "The Leader replied that a crack had been found in the pool tank during routine maintenance, and the contractor would repair it during the February half term so that the pool could reopen at the start of March.",
            "Cllr. Stephens asked what the Council was doing about dog fouling on the footpaths around Enderby and Whetstone. The Portfolio Holder for Neighbourhood Services replied that the fixed penalty for dog fouling in Blaby district would rise from £80 to £100 from 1 April, and that two new enforcement officers had been recruited to patrol the worst areas on evenings and weekends.",
        ]),
        item("414.", "COUNCIL TAX SETTING 2024/25", [
            "It was moved by Cllr. Marston and seconded by Cllr. Vaid that the budget and council tax for 2024/25 be approved, with a Band D council tax for Blaby District Council of £199.81, an increase of 2.99 per cent.",
            "An amendment was moved by Cllr. Greaves and seconded by Cllr. Halloran that £60,000 be taken from reserves to keep the Narborough Road free car park open on Saturdays. Upon being put to the vote, the amendment was LOST with 11 votes for and 21 against.",
            "A recorded vote was then taken on the substantive motion: For 22; Against 9; Abstentions 1.",
            "RESOLVED that the budget and council tax for 2024/25 be approved.",
        ]),
        item("415.", "MOTION ON THE FOSSE PARK BUS LINK", [
            "Cllr. Jaspal moved and Cllr. Orton seconded a motion asking the Council to press Leicestershire County Council for an hourly evening bus between Glenfield, Fosse Park and Enderby. The motion was CARRIED unanimously.",
        ]),
    ],
    closing=["CHAIRMAN"],
    header="Council 27.02.24", header_right="Minutes 412 - 415",
    footer=["Page {n}", "Blaby District Council"])


# ============================================================================ Public Document Packs

doc(name="Epsom_Ewell_Environment_Committee_Pack_23Jan2024", form="pdf-pack",
    council="Epsom and Ewell Borough Council", stated="yes", committee="Environment Committee",
    date="2024-01-23", pdf_title="Environment Committee agenda pack", pdf_author="Epsom and Ewell Borough Council",
    cover=["Environment Committee", "Tuesday, 23rd January, 2024 at 7.30 pm", "Place: Council Chamber, Epsom Town Hall"],
    cover_body=[
        "Epsom and Ewell Borough Council",
        "The members listed below are summoned to attend the Environment Committee meeting, on the day and at the time and place stated, to consider the business set out in this agenda.",
        "Councillor Rosalind Feltham (Chair); Councillor Marcus Pleydell (Vice-Chair); Councillors Abara, Dorrington, Kemble, Lutterworth, Naseem and Sowerby",
        "For further information, please contact Democratic Services, democraticservices@epsom-ewell.gov.uk or tel: 01372 732000",
    ],
    agenda=[("1", "QUESTION TIME"), ("2", "DECLARATIONS OF INTEREST"),
            ("3", "MINUTES OF THE PREVIOUS MEETING ({minutes})"), ("4", "PARKING FEES AND CHARGES 2024/25 ({report})")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["Minutes of the Meeting of the ENVIRONMENT COMMITTEE held at the Council Chamber, Epsom Town Hall on 14 November 2023"],
    prev_items=[
        item("21", "Question Time", [
            "Mrs Yvonne Castellan asked whether the council would install a water refill station in Ewell Village, as it had done at The Parade in Epsom town centre.",
            "The Chair replied that the refill station at The Parade had been paid for by a local business and that the council was talking to the same business about one near Bourne Hall, but no site had been chosen.",
            "Mr Tariq Holloway asked why the leaves on the Horton Country Park paths had not been cleared. The Chair said the paths in the country park were left unswept on purpose, because the leaves fed the woodland, but the surfaced cycle route would be swept monthly.",
        ]),
        item("22", "Street Cleansing Performance", [
            "The Committee noted that the council's street cleansing inspections had found 96 per cent of streets at an acceptable standard in the quarter, against a target of 92 per cent.",
        ]),
    ],
    report=report(
        ["Epsom and Ewell Borough Council", "PARKING FEES AND CHARGES 2024/25", "Head of Place Development"],
        [("Wards affected", "All wards"), ("Urgent decision?", "No"), ("Appendices", "Appendix 1: Proposed tariffs")],
        [
            ("1 Reason for Report", [
                "1.1 To set the charges for the council's car parks for 2024/25.",
            ]),
            ("2 Recommendations", [
                "2.1 That the Committee agrees the tariffs in Appendix 1 to take effect from 1 April 2024.",
            ]),
            ("3 Background", [
                "3.1 The council runs eleven car parks. The largest is the Ashley Centre multi storey car park, which accounts for over half of all parking income.",
                "3.2 Parking income in 2022/23 was £3.9 million, still about £400,000 lower than before the pandemic.",
            ]),
            ("4 Proposals", [
                "4.1 It is proposed that the charge for up to two hours at the Ashley Centre car park rise from £3.20 to £3.50.",
                "4.2 At Hook Road car park, the Sunday tariff would be brought into line with Saturdays, and the long stay season ticket would continue to be offered to workers in the town centre.",
                "4.3 Free parking for blue badge holders in the council's surface car parks would continue.",
            ]),
            ("5 Financial Implications", [
                "5.1 The changes are expected to bring in about £185,000 extra a year, which would help close the gap in the council's budget for 2024/25.",
            ]),
        ]),
    footer=["Page {n}"], number_offset=1)

doc(name="Babergh_Cabinet_Agenda_Pack_11032024", form="pdf-pack",
    council="Babergh District Council", stated="yes", committee="Babergh Cabinet", date="2024-03-11",
    pdf_title="Babergh Cabinet 11/03/2024", pdf_author="Babergh District Council",
    cover=["BABERGH CABINET", "DATE: MONDAY, 11 MARCH 2024 5.30 PM", "VENUE: KING EDMUND CHAMBER, ENDEAVOUR HOUSE, 8 RUSSELL ROAD, IPSWICH"],
    cover_body=[
        "Babergh District Council",
        "Members: Councillor Darrell Pettigrew (Chair), Councillors Ayesha Lindqvist, Robert Crouchley, Miriam Osei, Samuel Tewkesbury and Frances Whitlow",
        "Members of the public may attend and observe the meeting. Please contact the Governance Officer, Hollie Marchant, on 01449 724930.",
    ],
    agenda=[("1", "APOLOGIES FOR ABSENCE"), ("2", "DECLARATION OF INTERESTS BY COUNCILLORS"),
            ("3", "BCa/23/41 TO CONFIRM THE MINUTES OF THE MEETING HELD ON 12 FEBRUARY 2024 ({minutes})"),
            ("4", "BCa/23/42 COMMUNITY BUILDINGS CAPITAL GRANTS ({report})")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["BABERGH DISTRICT COUNCIL",
                      "MINUTES OF A MEETING OF THE BABERGH CABINET HELD IN THE KING EDMUND CHAMBER, ENDEAVOUR HOUSE, 8 RUSSELL ROAD, IPSWICH ON MONDAY, 12 FEBRUARY 2024"],
    prev_items=[
        item("96", "QUESTIONS BY COUNCILLORS", [
            "96.1 Councillor Penrose asked when the broken floodlights at the Kingfisher Leisure Centre tennis courts in Sudbury would be repaired.",
            "96.2 The Cabinet Member for Leisure replied that the replacement lights had been ordered and would be fitted before the start of the summer coaching season in April, at a cost of £17,800.",
        ]),
        item("97", "BELLE VUE PARK, SUDBURY", [
            "97.1 Cabinet agreed that a café be built beside the play area at Belle Vue Park, to be run by a tenant under a ten year lease.",
        ]),
    ],
    report=report(
        ["BABERGH DISTRICT COUNCIL", "TO: Cabinet", "REPORT NUMBER: BCa/23/42", "SUBJECT: Community Buildings Capital Grants 2024/25"],
        [("FROM:", "Cabinet Member for Communities"), ("DATE OF MEETING:", "11 March 2024"),
         ("KEY DECISION REF NO.", "CAB512")],
        [
            ("1. PURPOSE OF REPORT", [
                "1.1 To agree the second round of capital grants for village halls and community buildings in Babergh.",
            ]),
            ("2. RECOMMENDATIONS", [
                "2.1 That grants totalling £212,400 be awarded to the eleven community buildings listed in Appendix A.",
            ]),
            ("3. KEY INFORMATION", [
                "3.1 Babergh District Council's community buildings fund gives grants of up to £25,000 towards improvements that cut energy use or make buildings more accessible. Applicants must find at least a quarter of the cost themselves.",
                "3.2 The largest grant proposed is £25,000 to Lavenham Village Hall for an air source heat pump and roof insulation. Glemsford Village Hall would receive £18,600 for a level access entrance and wider doors to the main hall.",
                "3.3 Hadleigh Old Town Hall has also applied for help with its windows. Its application has been held over because the listed building consent needed for the works has not yet been decided, and the amount of any grant cannot be set until it is known which works are allowed.",
            ]),
            ("4. FINANCIAL IMPLICATIONS", [
                "4.1 The grants would be paid from the Community Infrastructure Levy, so there would be no cost to council tax payers.",
            ]),
        ]),
    footer=["Page {n}"], number_offset=1)

doc(name="OWBC_Service_Delivery_Committee_Pack_2023-09-12", form="pdf-pack",
    council="Oadby and Wigston Borough Council", stated="yes", committee="Service Delivery Committee",
    date="2023-09-12", pdf_title="Service Delivery Committee", pdf_author="Democratic Services",
    cover=["Service Delivery Committee", "Tuesday, 12 September 2023 at 7.00 pm",
           "Council Chamber, Brocks Hill Council Offices, Washbrook Lane, Oadby, LE2 5JJ"],
    cover_body=[
        "Oadby and Wigston Borough Council",
        "Dear Sir or Madam, I summon you to attend a meeting of the Service Delivery Committee at the time and place above.",
        "Members: Councillor Lakhani (Chair), Councillor Bramley (Vice-Chair), Councillors Crane, Darby, Ellwood, Jethwa, Nuttall and Quinlan",
        "Chief Executive",
    ],
    agenda=[("1", "Apologies for Absence"), ("2", "Declarations of Interest"),
            ("3", "Minutes of the Previous Meeting ({minutes})"), ("4", "Environmental Crime and Fly-Tipping Update ({report})")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["MINUTES OF THE MEETING OF THE SERVICE DELIVERY COMMITTEE HELD AT THE COUNCIL OFFICES, BROCKS HILL, ON TUESDAY 13 JUNE 2023 COMMENCING AT 7.00 PM"],
    prev_items=[
        item("5.", "BROCKS HILL COUNTRY PARK", [
            "The Committee noted that the Brocks Hill Country Park visitor centre would stay open until 6pm on summer weekends, and that the Friends of Brocks Hill had raised £3,200 for new benches.",
        ]),
        item("6.", "STREET NAMING IN SOUTH WIGSTON", [
            "The Committee agreed the names Mercia Close and Blaby Road Mews for the new streets off Blaby Road, South Wigston.",
        ]),
    ],
    report=report(
        ["Oadby and Wigston Borough Council", "Service Delivery Committee", "Tuesday, 12 September 2023",
         "Environmental Crime and Fly-Tipping Update"],
        [("Report Author(s):", "Neighbourhood Services Manager"), ("Purpose of Report:", "To update Members on environmental crime"),
         ("Report Implications:", "Financial, Legal, Environment")],
        [
            ("1. Recommendations", [
                "1.1 That Members note the contents of this report.",
            ]),
            ("2. Information", [
                "2.1 Reports of fly tipping in the borough fell from 612 in 2021/22 to 548 in 2022/23. Most dumping happened in the back lanes of Wigston Magna and beside the recycling banks at the Paddock Street car park.",
                "2.2 Since April 2023 the fixed penalty for small scale fly tipping in Oadby and Wigston has been £500, reduced to £350 if paid within ten days.",
                "2.3 The council intends to carry out a survey of residents' views on how easy it is to dispose of bulky items, to help decide whether a second free bulky waste collection should be offered. The survey will run in November and December 2023.",
                "2.4 The recycling banks at Paddock Street will be moved closer to the entrance, where they can be seen from the street, during October.",
            ]),
            ("3. Financial Implications", [
                "3.1 The cost of clearing fly tipping in 2022/23 was £38,700, met from the street cleansing budget.",
            ]),
        ]),
    footer=["Page {n}"], number_offset=1)


# ============================================================================ Word reports

doc(name="Broxbourne_Cabinet_Report_Public_Toilets", form="docx-report",
    council="Broxbourne Borough Council", stated="yes", committee="Cabinet", date="2023-07-18",
    docx_author="Head of Parks and Leisure",
    letterhead=["Broxbourne Borough Council", "Bishops' College, Churchgate, Cheshunt, Hertfordshire EN8 9XQ"],
    report=report(
        ["CABINET", "18 July 2023", "PUBLIC TOILETS IN PARKS: REFURBISHMENT AND OPENING HOURS",
         "Report of the Cabinet Member for Leisure and Culture"],
        [("Wards affected:", "Rosedale and Bury Green; Hoddesdon Town and Rye Park; Waltham Cross"),
         ("Key decision:", "Yes"), ("Contact officer:", "Head of Parks and Leisure")],
        [
            ("1. Summary", [
                "1.1 This report proposes the refurbishment of the public toilets in Cedars Park and in Grundy Park, and longer opening hours at the toilets in Hoddesdon town centre.",
            ]),
            ("2. Recommendations", [
                "2.1 That the Cabinet approves capital spending of £240,000 on the refurbishment of the toilet blocks in Cedars Park and Grundy Park.",
                "2.2 That the toilets in Hoddesdon town centre stay open until 8pm from April to September.",
            ]),
            ("3. Background", [
                "3.1 The toilet block in Cedars Park was built in the 1970s and has been repaired many times. It was closed for eleven weeks in 2022 after vandals broke the basins and doors.",
                "3.2 Residents' surveys of park users have repeatedly put clean, open toilets at the top of the list of improvements people want.",
                "3.3 The Grundy Park block serves the football pitches and the leisure centre car park, and is used heavily on Saturday mornings.",
            ]),
            ("4. Proposals", [
                "4.1 Both blocks would be rebuilt inside their existing walls with stainless steel fittings that are harder to damage, and each would gain a baby changing room.",
                "4.2 The toilets would be locked at dusk by the park patrol team and reopened at 8am, so that they are not left open and unsupervised overnight.",
                "4.3 Hoddesdon's town centre toilets are currently closed at 5pm, which traders say is too early for people visiting the restaurants in the evening.",
            ]),
            ("5. Financial implications", [
                "5.1 The capital cost would be met from the council's capital programme. The longer opening hours in Hoddesdon would add about £6,500 a year to revenue costs, which would be found from within the Parks and Leisure budget.",
            ]),
            ("6. Background papers", ["6.1 Parks user survey 2022."]),
        ]),
    header="Cabinet 18 July 2023 - Agenda Item 9",
    footer=["Broxbourne Borough Council", "OFFICIAL"])

doc(name="EastCambs_Operational_Services_Report_Toilets_Ely", form="docx-report",
    council="East Cambridgeshire District Council", stated="yes", committee="Operational Services Committee",
    date="2024-01-29", docx_author="Open Spaces and Facilities Manager",
    letterhead=["EAST CAMBRIDGESHIRE DISTRICT COUNCIL", "The Grange, Nutholt Lane, Ely, Cambridgeshire CB7 4EE"],
    report=report(
        ["TITLE: PUBLIC CONVENIENCES IN ELY, SOHAM AND LITTLEPORT",
         "Committee: Operational Services Committee",
         "Date: 29 January 2024",
         "Author: Open Spaces and Facilities Manager"],
        [("Report number:", "Y112"), ("Contact officer:", "Open Spaces and Facilities Manager, Room 104, The Grange")],
        [
            ("1.0 ISSUE", [
                "1.1 To consider the future of the council's public conveniences, following the end of the cleaning contract in March 2024.",
            ]),
            ("2.0 RECOMMENDATIONS", [
                "2.1 Members are requested to agree that the new cleaning and maintenance contract be awarded to Fenland Hygiene Services Ltd for three years.",
                "2.2 Members are requested to agree that a charge of 30p be introduced at the Ship Lane toilets in Ely from 1 April 2024.",
            ]),
            ("3.0 BACKGROUND", [
                "3.1 The council runs four public conveniences: Ship Lane and Barton Road car park in Ely, Fountain Lane in Soham, and Main Street in Littleport.",
                "3.2 The Ship Lane toilets, beside the riverside at Ely, are used by around 180,000 people a year, many of them visitors to the cathedral and the river.",
            ]),
            ("4.0 ARGUMENTS AND CONCLUSIONS", [
                "4.1 Fenland Hygiene Services Ltd submitted the lowest of three tenders, at £71,300 a year.",
                "4.2 The 30p charge would be paid by contactless card at the door and is expected to raise about £32,000 a year, which would cover the cost of cleaning Ship Lane.",
                "4.3 Officers intend to carry out a condition survey of the Fountain Lane toilets in Soham during the spring, and to bring a report on whether to refurbish or replace them to a later meeting.",
            ]),
            ("5.0 FINANCIAL IMPLICATIONS", [
                "5.1 The new contract would cost £4,100 a year more than the present one, which is included in the draft budget for 2024/25.",
            ]),
            ("6.0 APPENDICES", ["6.1 Appendix 1: Tender evaluation (exempt)."]),
        ]),
    header="Agenda Item 8",
    footer=["Y112 - Operational Services Committee 29/01/24"])


# ============================================================================ Word minutes

doc(name="MoleValley_Cabinet_Minutes_2023-10-10", form="docx-minutes",
    council="Mole Valley District Council", stated="yes", committee="Cabinet", date="2023-10-10",
    docx_author="Democratic Services",
    title_lines=["Mole Valley District Council",
                 "Minutes of a meeting of the Cabinet held on 10 October 2023 at 7pm in the Council Chamber, Pippbrook, Dorking"],
    attendance=[("Present:", "Councillor Sheila Maybury (Chair), Councillors Agnew, Fairweather, Iqbal, Leggett and Roper"),
                ("Also present:", "Councillors Duffield and Thornhill")],
    items=[
        item("C/23/51", "Public Questions", [
            "Ms Anita Groombridge asked whether the council would put up fencing around the play area at Meadowbank in Dorking, because dogs often ran into it from the recreation ground.",
            "The Cabinet Member for Leisure replied that a low fence and two self closing gates would be installed before Christmas at a cost of about £14,000, and that the play area would be a dog free zone.",
        ]),
        item("C/23/52", "Community Halls Grant Scheme", [
            "The Cabinet considered the first round of applications to the Community Halls Grant Scheme, which gives village and community halls in Mole Valley up to £15,000 for improvements.",
            "Cabinet agreed to award £15,000 to Westcott Village Hall for a new kitchen and £9,400 to Brockham Village Hall for double glazing. A grant to Charlwood Village Hall for solar panels was agreed in principle, but its amount would not be fixed until the hall had obtained quotes from installers.",
            "Councillor Fairweather noted that several halls in the south of the district had not applied, and asked officers to visit them before the second round opened.",
            "RESOLVED: That the grants be awarded as set out in the report.",
        ]),
        item("C/23/53", "Leatherhead Town Centre", [
            "Cabinet agreed to spend £1.1 million on new paving and lighting in Church Street, Leatherhead, funded by the UK Shared Prosperity Fund. Work would begin in January and take about six months, with the street kept open to pedestrians throughout.",
        ]),
    ],
    closing=["The meeting closed at 8.32 pm", "Chair"],
    header="Cabinet - 10 October 2023",
    footer=["Mole Valley District Council, Pippbrook, Dorking, RH4 1SJ"])

doc(name="NKDC_Executive_Board_Minutes_14Dec2023", form="docx-minutes",
    council="North Kesteven District Council", stated="yes", committee="Executive Board", date="2023-12-14",
    docx_author="Democratic Services",
    title_lines=["NORTH KESTEVEN DISTRICT COUNCIL",
                 "EXECUTIVE BOARD",
                 "Minutes of a meeting of the Executive Board held in the Council Chamber, District Council Offices, Kesteven Street, Sleaford on Thursday 14 December 2023 at 10.00am"],
    attendance=[("Present:", "Councillors Richard Wragg (Leader), Lindsey Cawrey, Mervyn Head, Sally Tarry and Ian Carrington"),
                ("In attendance:", "Chief Executive, Deputy Chief Executive, Corporate Manager Communities")],
    items=[
        item("66.", "Apologies", ["No apologies were received."]),
        item("67.", "Rural Community Buildings Fund", [
            "The Corporate Manager Communities presented the report on the Rural Community Buildings Fund, which helps village halls, church halls and sports pavilions in North Kesteven pay for repairs and improvements.",
            "The Board agreed grants of £20,000 to Navenby Village Hall towards a new roof and £12,750 to Heckington Sports Pavilion towards new changing rooms. Bassingham Village Hall had asked for help with its car park, but its request was turned down because car parks were outside the fund's rules.",
            "The fund would be paid from the UK Shared Prosperity Fund's rural allocation, and a further round would open in April 2024.",
            "RESOLVED: That the grants be approved.",
        ]),
        item("68.", "Whisby Nature Park", [
            "The Board agreed to replace the bird hide on Grebe Lake at Whisby Nature Park, which had been damaged in a fire in August. The new hide would be built by Lincolnshire Timber Frames Ltd for £46,000, of which £30,000 would come from the insurance claim.",
        ]),
        item("69.", "Sleaford Leisure Centre Opening Hours", [
            "The Board agreed that Sleaford Leisure Centre would open at 6am on weekdays from January 2024, an hour earlier than now, after members of the gym asked to train before work.",
        ]),
    ],
    closing=["The meeting closed at 11.05am"],
    header="Executive Board 14.12.2023",
    footer=["North Kesteven District Council - Executive Board"])


# ============================================================================ plain text

doc(name="Bolsover_Executive_minutes_2023-11-27", form="txt",
    council="Bolsover District Council", stated="yes", committee="Executive", date="2023-11-27",
    title_lines=["BOLSOVER DISTRICT COUNCIL",
                 "",
                 "Minutes of a meeting of the Executive of the Bolsover District Council held in",
                 "the Council Chamber, The Arc, Clowne, on Monday 27th November 2023 at 1000 hours.",
                 ""],
    attendance=[("PRESENT:-", "Members: Councillor Jane Yeomans in the Chair. Councillors Dunsmore, Kirkby, Lacey, Renshaw and Sutcliffe."),
                ("Officers:-", "Chief Executive, Assistant Director of Streetscene, Governance and Civic Manager.")],
    items=[
        item("EX411-23/24", "Apologies", ["There were no apologies for absence."]),
        item("EX412-23/24", "Questions from Members", [
            "Councillor Lacey asked the Portfolio Holder for Streetscene why dog fouling on the playing fields in Shirebrook had got worse in the autumn.",
            "The Portfolio Holder replied that the dog warden service had been short of an officer since August. A new warden had started on 13 November, and the fixed penalty for failing to clear up after a dog in Bolsover District would rise from £100 to £150 from 1 January 2024.",
            "Councillor Renshaw asked whether more bins would be provided along the Pleasley Trail. The Portfolio Holder said that eight dual use litter and dog bins would be added along the trail by the end of January.",
        ]),
        item("EX413-23/24", "Creswell Crags Visitor Access", [
            "The Executive agreed to contribute £75,000 towards a new footpath and crossing on the B6042 Crags Road, so that visitors arriving by bus could walk safely to Creswell Crags. The remaining cost would be paid by Derbyshire County Council.",
            "The Portfolio Holder explained that the road had no footway and visitors currently had to walk in the carriageway for around 300 metres.",
            "RESOLVED that the contribution be approved.",
        ]),
        item("EX414-23/24", "Housing Repairs Contract", [
            "The Executive agreed to extend the kitchen and bathroom replacement contract with Ashgate Building Services Ltd for a further two years, during which around 420 council homes would receive new kitchens.",
        ]),
    ],
    closing=["The meeting concluded at 1047 hours."])
