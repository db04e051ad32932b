"""The documents of bench/heldout49: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout49.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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


# ---------------------------------------------------------------- 1 Cambridgeshire (mg-meeting)
doc(
    name="ieListDocuments_CId1290_MId2215_Cambridgeshire_Highways",
    form="mg-meeting", council="Cambridgeshire County Council", stated="yes",
    committee="Highways and Transport Committee", date="2024-03-12",
    site=site("Cambridgeshire County Council", "https://cambridgeshire.cmis.uk.com",
              "New Shire Hall, Emery Crescent, Enterprise Campus, Alconbury Weald, Huntingdon PE28 4YE",
              "© Cambridgeshire County Council 2024",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Petitions"]),
    heading="Agenda and minutes: Highways and Transport Committee - Tuesday, 12th March, 2024 10.00 am",
    venue="Red Kite Room, New Shire Hall, Alconbury Weald",
    contact="Committee clerk: Tamsin Ollerenshaw  01223 706114",
    items=[
        item("37.", "Minutes and Action Log", [
            "The minutes of the meeting held on 23 January 2024 were agreed as a correct record and signed by the Chair, Councillor Rufus Hembury. The action log was noted.",
        ]),
        item("38.", "Petition: Speed Limit on the B1049 at Histon and Impington", [
            "Mrs Gwenda Pargeter presented a petition of 1,184 signatures asking for the 40mph limit on the B1049 between the Histon Road junction and the Guided Busway crossing to be lowered to 30mph. She said that children walking to Impington Village College had to cross four lanes of traffic at the morning peak.",
            "The Assistant Director of Highways, Mr Olusegun Brackley, replied that a speed survey carried out over seven days in November 2023 had recorded a mean speed of 38mph and an 85th percentile speed of 44mph northbound. He said the stretch met the Council's criteria for a lower limit and that a Traffic Regulation Order would be advertised in the summer.",
            "Councillor Elspeth Corrigall asked whether a crossing patrol could be provided in the meantime. Mr Brackley said the school crossing patrol service had no vacancy funding this year, but the Local Highway Improvement budget for the division could meet the cost of a temporary vehicle activated sign.",
            "It was resolved to note the petition and to ask officers to bring forward the Traffic Regulation Order for the 30mph limit.",
        ], links=[("Petition B1049 Histon", "214 KB")]),
        item("39.", "On-street Electric Vehicle Charging Pilot", [
            "The Committee received a report on the award of a concession for a pilot of on-street electric vehicle charging in residential streets without off-street parking. The pilot will install 60 on-street charging points in Cambridge, St Neots and Ely, with the lamp-column and kerbside units chosen after a street-by-street assessment.",
            "The concession will be awarded to Voltbridge Networks Ltd, which will supply, install and operate the chargers for eight years at no capital cost to the Council. In return the operator will pay the Council 12 per cent of its net revenue from the sites.",
            "Members asked when residents would be able to use the first chargers. The Transport Strategy Manager, Ms Delyth Fanshawe, said the order of installation depended on the distribution network operator's connection offers, and that the date on which the first points would be switched on had not yet been fixed.",
            "Councillor Hamish Treloar asked what would happen to the pavement space. Ms Fanshawe said that kerbside units would be placed so as to leave at least 1.5 metres of clear footway, and that cable channels across the pavement would not be used in the pilot.",
            "On being put to the vote the recommendations were carried, with 11 votes in favour and 2 abstentions.",
        ], links=[("EV Charging Pilot report", "488 KB"), ("Appendix A Site list", "96 KB")]),
        item("40.", "Highway Maintenance Capital Programme 2024/25", [
            "The Committee considered the proposed programme of carriageway, footway and drainage works for 2024/25, totalling £41.6m, of which £9.2m comes from the Department for Transport's additional pothole allocation.",
            "Councillor Corrigall moved an amendment, seconded by Councillor Treloar, to move £400,000 from surface dressing to footway reconstruction in market towns. The amendment was lost by 5 votes to 8.",
            "The substantive recommendations, moved by the Chair and seconded by Councillor Marguerite Ashdown, were carried by 9 votes to 4.",
        ]),
    ],
)

# ---------------------------------------------------------------- 2 Stevenage (mg-meeting)
doc(
    name="ieListDocuments_CId147_MId3881_Stevenage_Executive",
    form="mg-meeting", council="Stevenage Borough Council", stated="yes",
    committee="Executive", date="2024-07-17",
    site=site("Stevenage Borough Council", "https://democracy.stevenage.gov.uk",
              "Stevenage Borough Council, Daneshill House, Danestrete, Stevenage SG1 1HN",
              "Copyright Stevenage Borough Council"),
    heading="Agenda and minutes: Executive - Wednesday, 17th July, 2024 2.00 pm",
    venue="Council Chamber, Daneshill House, Danestrete, Stevenage",
    contact="Democratic Services: Corinne Abernathy  01438 242819",
    outcome_label="Minutes:",
    items=[
        item("1.", "Apologies for Absence and Declarations of Interest", [
            "Apologies were received from Councillor Desmond Yarrow. There were no declarations of interest.",
        ]),
        item("2.", "Fairlands Valley Park Sailing Centre", [
            "The Portfolio Holder for Environment and Performance, Councillor Philippa Rendcombe, introduced a report on the future of the sailing centre at Fairlands Valley Park. The building dates from 1974, its timber cladding has rotted along the lake side and the changing rooms have been closed since February because of a failed heating system.",
            "The report set out three options: patch repairs to keep the centre open for five more seasons; a full refurbishment, including new changing rooms, an accessible slipway and a first floor training room; or closure and the transfer of dinghy hire to a concession. Officers recommended the full refurbishment, to be designed in partnership with the Fairlands Valley Sailing Club and the centre's schools programme.",
            "Councillor Tobias Lanyon asked how many people used the centre. The Assistant Director for Stevenage Direct Services, Mr Idris Fennimore, said that 6,300 visits had been recorded in 2023, of which just under half were pupils from Stevenage primary schools on the taster programme.",
            "Councillor Rendcombe said that the design work would be paid for from the Council's Leisure and Culture reserve and that the club had offered volunteer labour for the fitting out of the training room.",
            "RESOLVED: that the full refurbishment option be approved in principle and that officers prepare a detailed design and a planning application.",
        ], links=[("Sailing Centre report", "702 KB")]),
        item("3.", "Rapid Charging Hub, St George's Way Multi-Storey Car Park", [
            "The Executive considered a proposal to install 24 rapid charging bays for electric vehicles on the ground floor of the St George's Way multi-storey car park. The bays will be funded by a grant of £310,000 from the Local Electric Vehicle Infrastructure Fund, with the remainder met by the operator, Amperlane Charging Ltd.",
            "Councillor Lanyon asked whether taxi drivers would get a discounted rate. Mr Fennimore said that licensed Stevenage hackney carriage and private hire drivers would pay 10p per kilowatt hour less than the public tariff for the first three years.",
            "RESOLVED: that the lease of the ground floor bays to Amperlane Charging Ltd for fifteen years be agreed.",
        ]),
        item("4.", "Garage Improvement Programme", [
            "The Executive noted that 412 council garages had been refurbished since 2021 and that the void rate had fallen from 31 per cent to 14 per cent. The last phase, covering the blocks at Bedwell Crescent and Shephall Green, will start in October 2024.",
            "Councillor Lanyon asked whether rents would rise once the blocks were finished. Mr Fennimore said that refurbished garages were let at £14.20 a week, against £11.60 for an unimproved garage, and that existing tenants would be offered the lower rent for their first year.",
            "RESOLVED: that the progress of the programme be noted.",
        ]),
    ],
)

# ---------------------------------------------------------------- 3 Lancaster (mg-meeting)
doc(
    name="ieListDocuments_CId297_MId6120_Lancaster_Cabinet",
    form="mg-meeting", council="Lancaster City Council", stated="yes",
    committee="Cabinet", date="2023-12-05",
    site=site("Lancaster City Council", "https://committeeadmin.lancaster.gov.uk",
              "Lancaster City Council, Town Hall, Dalton Square, Lancaster LA1 1PJ",
              "© Lancaster City Council"),
    heading="Agenda and decisions: Cabinet - Tuesday, 5th December, 2023 6.00 pm",
    venue="Morecambe Town Hall, Marine Road East, Morecambe",
    contact="Democratic Support: Ffion Hardacre  01524 582903",
    outcome_label="Minutes:",
    items=[
        item("71", "Car Parking Fees and Charges 2024/25", [
            "(Cabinet Member with Special Responsibility: Councillor Barnaby Quigley)",
            "Cabinet received a report of the Director for Communities and Environment on parking tariffs from April 2024. Income from the Council's pay and display car parks had fallen by 6 per cent since 2019/20, while the cost of enforcement, machine maintenance and card fees had risen by 22 per cent.",
            "The report proposed that the all-day charge in the Lancaster city centre car parks, including St Nicholas Arcades and Nelson Street, rise from £6.50 to £7.50. In Morecambe the hourly charge on the seafront car parks would rise by 20p, and the free winter Sundays scheme would continue.",
            "Councillor Quigley proposed, and Councillor Odette Marwood seconded, that the recommendations be approved. Councillor Marwood said that the Morecambe changes had been kept small because of the work at the Eden Project Morecambe site.",
            "Resolved unanimously: that the tariffs set out in Appendix A be approved from 1 April 2024.",
        ], links=[("Parking Fees report", "355 KB"), ("Appendix A Tariffs", "120 KB")]),
        item("72", "Salt Ayre Leisure Centre: Solar Canopy", [
            "Cabinet considered a proposal to build a solar canopy over 140 spaces of the Salt Ayre Leisure Centre car park. The scheme would generate about 410 megawatt hours a year, around 30 per cent of the centre's electricity use.",
            "Councillor Marwood asked why the Council was not using the roof. The Climate Change Officer, Mr Lachlan Brereton, replied that a structural assessment had found the sports hall roof could not take the extra load without steel strengthening that would cost more than the canopy itself.",
            "Resolved: that £1.28m be added to the capital programme, funded by prudential borrowing repaid from energy savings.",
        ]),
        item("73", "Williamson Park: Ashton Memorial Events", [
            "Cabinet noted the results of the summer events season at Williamson Park, where 23 ticketed events had been held around the Ashton Memorial with a net surplus of £48,000. Cabinet agreed that the surplus be ring-fenced for repairs to the Butterfly House.",
            "Councillor Quigley asked whether residents of the district would continue to get a discount. The Head of Cultural Services, Ms Rosamund Eckersley, said that residents with a Lancaster district leisure card had received 20 per cent off every event and that this would continue in 2024.",
        ]),
        item("74", "Budget and Policy Framework: Draft Revenue Budget 2024/25", [
            "Cabinet considered the first draft of the revenue budget for 2024/25. The Chief Finance Officer, Mr Hadrian Sowerby, reported a gap of £2.3m before savings, after allowing for a pay award of 4 per cent and the increase in the cost of temporary accommodation.",
            "Savings of £1.4m had been identified, including the closure of the customer service desk at Morecambe Town Hall on Wednesdays and a review of grass cutting on highway verges.",
            "Resolved: that the draft budget proposals be referred to the Budget and Performance Panel for comment before the Cabinet meeting in January 2024.",
        ]),
    ],
)

# ---------------------------------------------------------------- 4 Crawley (mg-meeting)
doc(
    name="ieListDocuments_CId132_MId4470_Crawley_Cabinet",
    form="mg-meeting", council="Crawley Borough Council", stated="yes",
    committee="Cabinet", date="2024-03-06",
    site=site("Crawley Borough Council", "https://democracy.crawley.gov.uk",
              "Crawley Borough Council, Town Hall, The Boulevard, Crawley RH10 1UZ",
              "© Crawley Borough Council 2024"),
    heading="Agenda and minutes: Cabinet - Wednesday, 6th March, 2024 7.00 pm",
    venue="Committee Rooms A & B, Town Hall, The Boulevard, Crawley",
    contact="Democracy team: Rhiannon Scattergood  01293 438731",
    items=[
        item("88.", "Public Question Time", [
            "Mr Augustin Pellow asked why the diving pool at K2 Crawley had been closed since January. The Cabinet Member for Wellbeing, Councillor Naveen Ostrowski, said water had been found coming through the roof above the diving boards and the pool had been closed as a precaution.",
            "He said a full condition survey of the diving pool roof would be commissioned in the spring and that a decision on repairs would follow once the survey report had been received. The main pool, the learner pool and the gym remained open.",
        ]),
        item("89.", "Temporary Accommodation Acquisitions Programme", [
            "The Cabinet Member for Housing, Councillor Harriet Quenby, introduced the report. The number of households in temporary accommodation had risen to 412 at the end of January 2024, of whom 137 were placed in bed and breakfast or nightly paid accommodation outside the borough.",
            "The report proposed buying 40 homes on the open market over two years, to be used as temporary accommodation, at a total cost of £14.8m. Councillor Quenby said the average nightly rate paid to private providers had reached £96, and that each purchased home would save around £19,000 a year.",
            "Councillor Barrington Ledsham asked whether the homes would be in Crawley. Councillor Quenby said that all 40 would be within the borough, mostly two bedroom flats in Broadfield, Bewbush and Southgate.",
            "RESOLVED: that the acquisitions programme be approved and that the Head of Strategic Housing be authorised to agree purchases within the budget.",
        ], links=[("Temporary Accommodation report", "611 KB")]),
        item("90.", "Tilgate Park Nature Centre Fees", [
            "Cabinet agreed that the adult entry charge at the Tilgate Nature Centre rise from £6.00 to £6.75 from 1 April 2024, with children under three admitted free and the annual family pass held at £45.",
        ]),
        item("91.", "Budget Monitoring 2023/24: Quarter 3", [
            "The Cabinet Member for Resources, Councillor Elinor Waddilove, presented the quarter 3 monitoring report. The General Fund was forecast to overspend by £684,000, mainly because of the cost of temporary accommodation, partly offset by higher interest on the Council's cash balances.",
            "Councillor Ledsham asked whether the overspend would affect the capital programme. Councillor Waddilove said it would not, as the capital programme was funded separately, but that the Council's general reserve would fall to £3.1m at the year end if no further savings were found.",
            "RESOLVED: that the forecast outturn be noted.",
        ]),
    ],
)

# ---------------------------------------------------------------- 5 Darlington (mg-meeting)
doc(
    name="ieListDocuments_CId140_MId5561_Darlington_Planning",
    form="mg-meeting", council="Darlington Borough Council", stated="yes",
    committee="Planning Applications Committee", date="2024-01-10",
    site=site("Darlington Borough Council", "https://democracy.darlington.gov.uk",
              "Darlington Borough Council, Town Hall, Feethams, Darlington DL1 5QT",
              "© Darlington Borough Council"),
    heading="Agenda and minutes: Planning Applications Committee - Wednesday, 10th January, 2024 1.30 pm",
    venue="Council Chamber, Town Hall, Feethams, Darlington",
    contact="Democratic Officer: Lowri Kettlewell  01325 405933",
    items=[
        item("PA54", "Dolphin Centre, Horsemarket: Pool Plant Room Extension (23/00981/DC)", [
            "The Committee considered an application by the Council's own Leisure Services for a single storey extension to the east side of the Dolphin Centre, to house new filtration and heat pump plant for the main and teaching pools.",
            "The Planning Officer, Mr Cormac Idlewood, said the extension would be clad in brick to match the 1982 building and that two objections had been received about noise from the air source heat pumps. A noise assessment had shown levels at the nearest flats in Feethams would be below the background level at night.",
            "Councillor Verity Ashbourne asked when the teaching pool would reopen. Mr Idlewood said the building contract had not yet been let and that Leisure Services had not yet set a date for the teaching pool to close for the works, nor to reopen.",
            "RESOLVED: that planning permission be granted subject to the conditions in the report, including a limit of 40dB at the boundary between 11pm and 7am.",
        ]),
        item("PA55", "Land at Snipe Lane, Hurworth Moor: 65 Dwellings (22/01150/FUL)", [
            "The Committee considered an application by Tarnfield Homes Ltd for 65 homes, of which 13 would be affordable. There had been 94 objections, mostly about traffic on the A167 and the loss of the field used by walkers.",
            "Mrs Annabel Stroud, a local resident, spoke against the application. Mr Piers Hollingworth spoke for the applicant.",
            "Councillor Ashbourne moved refusal on the grounds of harm to the character of the countryside, seconded by Councillor Gideon Tancred. On a vote, the motion to refuse was carried by 7 votes to 4.",
            "RESOLVED: that planning permission be refused.",
        ]),
        item("PA56", "12 Coniscliffe Road: Change of Use to Hot Food Takeaway (23/00702/FUL)", [
            "Councillor Tancred moved, and Councillor Ivor Penhallow seconded, that the application be granted with a condition limiting opening hours to 11am to 11pm. On a vote, the motion was carried by 8 votes to 3.",
            "RESOLVED: that planning permission be granted.",
        ]),
        item("PA57", "Former Garage Site, Yarm Road: Car Wash (23/00845/FUL)", [
            "The application was withdrawn by the applicant before the meeting.",
        ]),
    ],
)

# ---------------------------------------------------------------- 6 Hastings (mg-meeting)
doc(
    name="ieListDocuments_CId119_MId4302_Hastings_Cabinet",
    form="mg-meeting", council="Hastings Borough Council", stated="yes",
    committee="Cabinet", date="2023-10-02",
    site=site("Hastings Borough Council", "https://hastings.moderngov.co.uk",
              "Hastings Borough Council, Muriel Matters House, Breeds Place, Hastings TN34 3UY",
              "© Hastings Borough Council"),
    heading="Agenda and minutes: Cabinet - Monday, 2nd October, 2023 6.00 pm",
    venue="Council Chamber, Muriel Matters House, Breeds Place, Hastings",
    contact="Democratic Services: Kezia Lumbard  01424 451066",
    note="This meeting was broadcast live and the recording is available on the Council's website.",
    items=[
        item("41.", "Beach Huts at Rock-a-Nore and Marina", [
            "Cabinet considered a report on the Council's 68 beach huts. A survey by the Council's building surveyors in July 2023 found that 19 of the huts at Rock-a-Nore needed new floors and that 7 had roofs beyond repair.",
            "The report proposed replacing the 7 worst huts with new huts on raised concrete bases, and raising the annual licence fee for a standard hut from £780 to £860. Holders of a licence who have kept a hut for more than ten years would be offered first refusal on the new huts.",
            "Councillor Matilda Fairweather asked how long the waiting list was. The Head of Amenities, Mr Osian Trevelyan, said there were 212 names on the waiting list, and that a hut typically became free about once every two years.",
            "RESOLVED: that the replacement of seven beach huts and the revised licence fees be approved.",
        ]),
        item("42.", "Alexandra Park Lakes Restoration", [
            "Cabinet received an update on the restoration of the lakes in Alexandra Park. Silt removal from the Shornden reservoir and the boating lake had been finished in August, and 4,800 cubic metres of silt had been taken away.",
            "The Lead Member for Environment, Councillor Anselm Dorrington, said the project had been paid for by a grant from the National Lottery Heritage Fund with match funding from the Council's capital programme, and that the Friends of Alexandra Park had raised £16,500 towards new planting.",
            "Councillor Fairweather asked about the condition of the dam wall. Councillor Dorrington said the reservoir panel engineer had inspected it and found it in satisfactory condition, with minor repointing to be carried out next year.",
            "Cabinet noted the update.",
        ]),
        item("43.", "Hastings Town Deal: White Rock Gardens", [
            "Cabinet approved the release of £1.1m of Town Deal funding for the landscaping of White Rock Gardens and new paths linking the gardens to the seafront at White Rock.",
            "Councillor Fairweather asked whether the crazy golf course in the gardens would be kept. Councillor Dorrington said that the course would stay and that its lease had been renewed for five years.",
        ]),
    ],
)

# ---------------------------------------------------------------- 7 Teignbridge (mg-item)
doc(
    name="mgAi_ID51877_Teignbridge_Scrutiny",
    form="mg-item", council="Teignbridge District Council", stated="yes",
    committee="Overview and Scrutiny Committee", date="2024-09-03",
    site=site("Teignbridge District Council", "https://democracy.teignbridge.gov.uk",
              "Teignbridge District Council, Forde House, Brunel Road, Newton Abbot TQ12 4XX",
              "© Teignbridge District Council 2024",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions"],
              breadcrumb=["Home", "Committees", "Overview and Scrutiny Committee", "Agenda item"]),
    meeting_line="03/09/2024 - Overview and Scrutiny Committee (Item 6.)",
    items=[
        item("6.", "Public Toilets Review", [
            "The Committee considered the report of the Head of Place and Commercial Services on the review of the Council's 31 public toilets, which had been commissioned after the Council's budget for 2024/25 required savings of £210,000 from the service.",
            "## Findings of the review",
            "The review found that the toilets at Teignmouth Den, Dawlish Lawn and Newton Abbot Market Walk were the most used, each with more than 150,000 visits a year, and that the five least used blocks, including those at Bovey Tracey Mary Street and Chudleigh Market Way, were used fewer than 9,000 times a year each.",
            "The review recommended that the Den block at Teignmouth have a 50p charge introduced from April 2025, and that four rural blocks be offered to town and parish councils. The charge at the Den was expected to raise £38,000 a year after the cost of the payment units. Cleaning the Den block had cost £46,500 in 2023/24, the highest of any block in the district.",
            "## Questions from members",
            "Councillor Ottoline Berriman asked whether Dawlish Lawn would also be charged for. The Head of Service, Ms Morwenna Cattermole, said that Dawlish Lawn was not part of the charging proposal because the block would be rebuilt as part of the Dawlish seafront works.",
            "Councillor Jago Rowsell asked what would happen if the parish councils did not take the rural blocks. Ms Cattermole said the blocks would then be closed at the end of September 2025, with notices posted three months in advance.",
            "Councillor Fenella Vosper said that Bovey Tracey Town Council had already written to say it was willing to take the Mary Street block, provided the Council carried out roof repairs first.",
            "## Recommendation",
            "The Committee RESOLVED to recommend to the Executive that the review's proposals be accepted, with the addition that the Changing Places toilet at Newton Abbot Market Walk remain free of charge.",
        ], intro="Report of the Head of Place and Commercial Services",
            links=[("Public Toilets Review report", "842 KB"), ("Appendix 1 Usage data", "131 KB")]),
    ],
)

# ---------------------------------------------------------------- 8 Folkestone and Hythe (mg-item)
doc(
    name="mgAi_ID33409_FolkestoneHythe_OSC",
    form="mg-item", council="Folkestone and Hythe District Council", stated="yes",
    committee="Overview and Scrutiny Committee", date="2025-02-11",
    site=site("Folkestone and Hythe District Council", "https://folkestone-hythe.moderngov.co.uk",
              "Folkestone and Hythe District Council, Civic Centre, Castle Hill Avenue, Folkestone CT20 2QY",
              "© Folkestone and Hythe District Council",
              breadcrumb=["Home", "Committees", "Overview and Scrutiny Committee", "Agenda item"]),
    meeting_line="11/02/2025 - Overview and Scrutiny Committee (Item 61.)",
    items=[
        item("61.", "Seafront Assets: Beach Huts and Chalets", [
            "The Committee considered a report on the beach huts, chalets and kiosks owned by the Council along the seafront at Hythe, Sandgate and Folkestone's Coastal Park.",
            "The Assistant Director for Property, Mr Hugo Kilbride, said the Council let 154 beach huts and 26 chalets. Demand was high: the waiting list for Hythe stood at 340 names, and occupancy had been 100 per cent for the last three seasons.",
            "He said the Council intended to commission an independent condition survey of all the huts and chalets in April 2025, which would inform a ten year replacement plan to be brought back to the Committee in the autumn.",
            "Councillor Sabine Aldridge asked whether the huts at Princes Parade would be affected by the coastal defence works. Mr Kilbride said the 22 huts there would be moved for one season only, in 2026, and placed back on new timber platforms.",
            "Councillor Rory Quantock asked about the fees. Mr Kilbride said a standard Hythe hut licence was £1,120 a year for 2025/26, and the Sandgate chalets £1,480. There would be no increase beyond inflation for existing licence holders.",
            "Councillor Aldridge proposed, seconded by Councillor Quantock, that the Committee ask Cabinet to consider a concessionary rate for community groups. This was agreed by 8 votes to 1.",
            "RESOLVED: that the report be noted, and that Cabinet be asked to consider a concessionary rate for community groups.",
        ], intro="Report C/24/58 of the Director of Place",
            links=[("C/24/58 Seafront Assets", "577 KB")]),
    ],
)

# ---------------------------------------------------------------- 9 Worcestershire (mg-decision)
doc(
    name="ieDecisionDetails_ID5128_Worcestershire_Bus",
    form="mg-decision", council="Worcestershire County Council", stated="yes",
    committee="Cabinet Member with Responsibility for Highways and Transport", date="2024-06-20",
    site=site("Worcestershire County Council", "https://worcestershire.moderngov.co.uk",
              "Worcestershire County Council, County Hall, Spetchley Road, Worcester WR5 2NP",
              "© Worcestershire County Council",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Forward Plan", "Petitions"]),
    decision_title="Decision details: Supported Bus Services: Contract Awards from September 2024",
    fields=[
        ("Decision Maker:", "Cabinet Member with Responsibility for Highways and Transport"),
        ("Decision status:", "Recommendations Approved"),
        ("Is Key decision?:", "Yes"),
        ("Is subject to call in?:", "Yes"),
    ],
    sections=[
        ("Purpose:", [
            "To award contracts for the supported bus services whose current contracts end on 31 August 2024, following a tender exercise for 14 routes in the Wyre Forest, Malvern Hills and Wychavon districts.",
        ]),
        ("Decision:", [
            "The Cabinet Member with Responsibility for Highways and Transport, Councillor Araminta Goldhawk:",
            "- awarded the contracts for routes 294, 297, 308 and 309 to Severn Vale Coaches Ltd for four years;",
            "- awarded the contracts for routes 42 and 44 between Malvern and Upton upon Severn to Teme Valley Travel for four years;",
            "- agreed that route 144 between Worcester and Bromsgrove continue as a commercial service with a de minimis payment;",
            "- agreed that the Sunday service on route 362 be withdrawn, as no bid within the budget was received.",
        ]),
        ("Reasons for the decision:", [
            "The tenders were evaluated on 60 per cent price and 40 per cent quality. The total cost of the awarded contracts is £1.94m a year, which is £186,000 more than the current contracts; the difference will be met from the Bus Service Improvement Plan grant in 2024/25.",
            "Whether the grant will continue after March 2025 has not yet been confirmed by the Department for Transport, and the Council will review the contracts if it is not.",
            "Passenger counts taken in March 2024 showed that the route 362 Sunday journeys carried an average of four passengers each.",
        ]),
        ("Alternative options considered:", [
            "Extending the current contracts by six months was considered and rejected, because two of the current operators had said they would not continue beyond August.",
        ]),
    ],
    tail=[
        ("Publication date:", "20/06/2024"),
        ("Date of decision:", "20/06/2024"),
        ("Effective from:", "28/06/2024"),
    ],
    links=[("Supported Bus Services Contract Awards report", "402 KB")],
)

# ---------------------------------------------------------------- 10 Bath and North East Somerset (mg-decision)
doc(
    name="ieDecisionDetails_ID9952_BathNES_Cabinet_RPZ",
    form="mg-decision", council="Bath and North East Somerset Council", stated="yes",
    committee="Cabinet", date="2023-11-09",
    site=site("Bath and North East Somerset Council", "https://democracy.bathnes.gov.uk",
              "Bath and North East Somerset Council, Guildhall, High Street, Bath BA1 5AW",
              "© Bath and North East Somerset Council"),
    decision_title="Decision details: Residents' Parking Zones in Larkhall and Lyncombe",
    fields=[
        ("Decision Maker:", "Cabinet"),
        ("Decision status:", "Implemented"),
        ("Is Key decision?:", "Yes"),
        ("Is subject to call in?:", "Yes"),
    ],
    sections=[
        ("Purpose:", [
            "To decide whether to introduce residents' parking zones in Larkhall and in Lyncombe, following the informal consultation held in June and July 2023.",
        ]),
        ("Decision:", [
            "Cabinet agreed to introduce a residents' parking zone in Larkhall, covering 38 streets, to operate from 9am to 8pm Monday to Saturday, and to advertise the Traffic Regulation Order.",
            "Cabinet agreed not to proceed with a zone in Lyncombe at this time.",
            "The first permit for each household will cost £140 a year, with a second permit at £230; permits for low emission vehicles will be discounted by 25 per cent.",
        ]),
        ("Reasons for the decision:", [
            "In Larkhall 64 per cent of the 1,412 households that replied supported a zone, and surveys of overnight parking showed that 97 per cent of the kerb space was occupied, with many vehicles belonging to commuters walking to the city centre.",
            "In Lyncombe only 41 per cent of the households that replied were in favour, and residents of Greenway Lane and Entry Hill objected to the loss of spaces for visitors.",
            "The Cabinet Member for Highways, Councillor Rosalind Tregarthen, said that the Council would reconsider Lyncombe if a new petition showed a clear change of view.",
        ]),
        ("Alternative options considered:", [
            "A single zone covering both areas, which was rejected because of the opposition in Lyncombe; and a shorter operating period ending at 6pm, which was rejected because evening parking by visitors to the London Road pubs and restaurants was one of the main complaints.",
        ]),
    ],
    tail=[
        ("Publication date:", "10/11/2023"),
        ("Date of decision:", "09/11/2023"),
        ("Decided at meeting:", "09/11/2023 - Cabinet"),
        ("Effective from:", "18/11/2023"),
    ],
    links=[("E3492 Residents Parking Zones report", "1 MB"), ("Appendix 2 Consultation results", "318 KB")],
)

# ---------------------------------------------------------------- 11 Lincolnshire (pdf-minutes)
doc(
    name="LCC_Executive_Minutes_04062024",
    form="pdf-minutes", council="Lincolnshire County Council", stated="yes",
    committee="Executive", date="2024-06-04",
    pdf_title="Executive minutes 4 June 2024", pdf_author="Democratic Services",
    title_lines=["LINCOLNSHIRE COUNTY COUNCIL", "EXECUTIVE",
                 "MINUTES of a meeting of the Executive held at the County Offices, Newland, Lincoln LN1 1YL on Tuesday, 4 June 2024 at 10.30 am",
                 "PRESENT: COUNCILLOR C H MAYNARD-SOLE (LEADER OF THE COUNCIL) IN THE CHAIR"],
    attendance=[("Councillors", "Mrs P A Westerdale (Deputy Leader), R J Ingleby, T N Cawthorne, Mrs E M Ferraby, D W Haughton and S L Pocklington."),
                ("Officers in attendance:", "Adeline Thorrold (Executive Director – Place), Warwick Ellerby (Head of Transport Services) and Nia Gwilliam (Democratic Services Officer).")],
    items=[
        {"num": "1", "title": "APOLOGIES FOR ABSENCE", "body": ["There were no apologies for absence."]},
        {"num": "2", "title": "DECLARATIONS OF COUNCILLORS' INTERESTS", "body": [
            "Councillor R J Ingleby declared that he was a volunteer driver for a community car scheme in the Wolds, and took no part in the discussion of minute 3."]},
        {"num": "3", "title": "CALLCONNECT DEMAND RESPONSIVE BUS SERVICE: NEW CONTRACT ZONES", "body": [
            "The Executive considered a report on the re-letting of the CallConnect demand responsive bus service, which passengers book by app or telephone and which serves villages without a fixed route bus.",
            "The Head of Transport Services said the service had carried 212,000 passenger journeys in 2023/24. The busiest zone was around Boston, where 58,400 journeys had been made, and the zone around Sleaford and the Heckington villages had seen the fastest growth, at 18 per cent.",
            "The report proposed that the county be split into nine zones rather than the current twelve, with a new contract from April 2025 for up to seven years. The annual cost would be about £3.6m, of which the Council's share would be £2.1m after fares and government grant.",
            "Councillor Mrs E M Ferraby asked whether the booking line would still be staffed on Saturdays. The Head of Transport Services said that it would, from 8am to 2pm, and that app bookings could be made at any time.",
            "Councillor T N Cawthorne asked whether older people without smartphones would lose out. The Executive Director said that about a third of bookings were still made by telephone and that this option would remain in the new contract.",
            "RESOLVED: (1) that the procurement of the CallConnect service in nine zones be approved; (2) that authority to award the contracts be delegated to the Executive Director – Place, in consultation with the Executive Councillor for Highways, Transport and IT."]},
        {"num": "4", "title": "LIBRARY SERVICE: MOBILE LIBRARY ROUTES", "body": [
            "The Executive received a report on the mobile library service, which visits 244 stops every four weeks using four vehicles. The oldest vehicle, dating from 2009, had failed its annual test in March and been replaced by a hired van.",
            "RESOLVED: that two new electric mobile library vehicles be bought at a cost of £390,000, funded from the Library Service reserve."]},
        {"num": "5", "title": "HOUSEHOLD WASTE RECYCLING CENTRES: BOOKING TRIAL", "body": [
            "Councillor S L Pocklington reported that the booking trial at the Skegness and Louth recycling centres had ended on 31 March. Average queuing time on Saturdays had fallen from 26 minutes to 7 minutes, but 11 per cent of booked slots were not used.",
            "RESOLVED: that booking be made permanent at Skegness and Louth, but not be extended to other sites during 2024/25."]},
    ],
    closing=["The meeting closed at 12.05 pm."],
    header="Executive – 4 June 2024", header_right="Minutes",
    footer=["Page {n}"],
)

# ---------------------------------------------------------------- 12 Fenland (pdf-minutes)
doc(
    name="Fenland_Cabinet_Minutes_18-09-23",
    form="pdf-minutes", council="Fenland District Council", stated="yes",
    committee="Cabinet", date="2023-09-18",
    pdf_title="Cabinet Minutes", pdf_author="Member Services",
    logo="Fenland District Council",
    title_lines=["CABINET", "MONDAY, 18 SEPTEMBER 2023 - 1.30 PM",
                 "Minutes of the meeting held in the Council Chamber, Fenland Hall, County Road, March, PE15 8NQ"],
    attendance=[("PRESENT:", "Councillor Gavin Threlfall (Leader), Councillor Marcia Upwood (Portfolio Holder for Economic Growth), Councillor Dennis Hopgood, Councillor Rowena Filby, Councillor Kit Barraclough and Councillor Judith Cornforth."),
                ("OFFICERS IN ATTENDANCE:", "Corin Haverfield (Assistant Director), Bethan Ogunleye (Town Centres Manager) and Yvette Lambourne (Member Services Officer).")],
    items=[
        {"num": "CAB21/23", "title": "PREVIOUS MINUTES", "body": ["The minutes of the meeting of 17 July 2023 were confirmed and signed."]},
        {"num": "CAB22/23", "title": "WISBECH, MARCH, WHITTLESEY AND CHATTERIS MARKETS: REVIEW OF CHARGES", "body": [
            "Members considered the report of the Town Centres Manager on the charges for the Council's four outdoor markets. The number of traders had fallen from 87 in 2019 to 61 in 2023, with the Thursday market in Wisbech Market Place losing the most.",
            "Councillor Upwood proposed that the daily pitch fee for a standard 3 metre pitch be frozen at £18 in Wisbech and March and reduced to £12 in Whittlesey and Chatteris, and that new traders pay nothing for their first four weeks. This was seconded by Councillor Filby.",
            "Councillor Hopgood asked why the Council was not asking traders what they wanted. The Town Centres Manager said that a consultation with traders and market shoppers would start in October and run for eight weeks, and that its results would be reported to Cabinet in the new year.",
            "Councillor Barraclough asked about electricity hook up points. The Town Centres Manager said there were 20 in Wisbech, and that the Council would apply to the UK Shared Prosperity Fund for ten more in March.",
            "RESOLVED unanimously that the charges proposed by Councillor Upwood be approved from 1 November 2023."]},
        {"num": "CAB23/23", "title": "WISBECH HIGH STREET PROJECT: 24 HIGH STREET", "body": [
            "Members noted that the rebuilding of 24 High Street, Wisbech, had been completed in August 2023 by Marshwood Builders Ltd at a final cost of £1.36m, £54,000 under budget. The ground floor shop had been let to a bakery and the three flats above would be let through the Council's housing partner.",
            "RESOLVED that the report be noted."]},
        {"num": "CAB24/23", "title": "CCTV CONTROL ROOM SHARED SERVICE", "body": [
            "Councillor Cornforth presented a proposal to extend the shared CCTV monitoring arrangement with Peterborough for a further five years at an annual cost to Fenland of £148,000.",
            "RESOLVED that the extension be agreed."]},
    ],
    closing=["(1.30 pm - 2.42 pm)", "Chairman"],
    header="Cabinet 18.09.23",
    footer=["Page {n} of {total}"],
)

# ---------------------------------------------------------------- 13 Colchester (pdf-minutes)
doc(
    name="Colchester_ESP_Minutes_14Nov2024",
    form="pdf-minutes", council="Colchester City Council", stated="yes",
    committee="Environment and Sustainability Panel", date="2024-11-14",
    pdf_title="Environment and Sustainability Panel Minutes", pdf_author="Colchester City Council",
    title_lines=["Colchester City Council", "Environment and Sustainability Panel",
                 "Thursday, 14 November 2024",
                 "Held at the Grand Jury Room, Town Hall, High Street, Colchester"],
    attendance=[("Attendees:", "Councillor Ambrose Kettering (Chair), Councillor Lorna Pickersgill, Councillor Dafydd Harrower, Councillor Imogen Sallis, Councillor Thaddeus Brome"),
                ("Substitutes:", "Councillor Winifred Oakshott for Councillor Felix Hardcastle")],
    items=[
        {"num": "201.", "title": "Minutes of Previous Meeting", "body": [
            "The minutes of the meeting held on 12 September 2024 were confirmed as a correct record."]},
        {"num": "202.", "title": "Woodland and Tree Planting Programme 2024/25", "body": [
            "The Panel received a presentation from Mr Sebastian Ashworth-Nye, Climate Emergency Project Officer, on the winter planting programme. The Council will plant 3,200 trees this winter, including 1,900 whips in the new woodland at Cowdray Avenue and 140 standard street trees in Greenstead and Old Heath.",
            "He said that 86 per cent of the trees planted in the winter of 2022/23 had survived the dry summer, after volunteers from the Colchester Tree Wardens watered them weekly.",
            "Councillor Pickersgill asked where next winter's street trees would go. Mr Ashworth-Nye said that the streets for 2025/26 had not yet been chosen, as the Council was waiting for the results of the underground services mapping by Essex County Council's highways team.",
            "Councillor Harrower asked about the cost. Mr Ashworth-Nye said the programme would cost £212,000, of which £150,000 came from the Forestry Commission's Local Authority Treescapes Fund and the rest from the Council's climate reserve.",
            "RESOLVED that the Panel notes the programme and thanks the Tree Wardens for their work."]},
        {"num": "203.", "title": "Castle Park Lake Water Quality", "body": [
            "The Panel heard that tests in August had found blue green algae in the Castle Park boating lake, and that signs had been put up warning dog owners. The Parks Manager, Ms Carys Whitlock, said that two floating aerators had been installed and that reed beds would be planted along the north bank in the spring.",
            "Councillor Sallis asked whether the lake could be dredged. Ms Whitlock said that dredging had been costed at £260,000 in 2021 and was not affordable this year."]},
        {"num": "204.", "title": "Work Programme", "body": ["The Panel agreed to add a report on garden waste collections to its meeting in January 2025."]},
    ],
    closing=["The meeting closed at 7.48pm."],
    header="Environment and Sustainability Panel – 14 November 2024",
    footer=["Page {n} of {total}"],
)

# ---------------------------------------------------------------- 14 Stroud (pdf-minutes)
doc(
    name="SDC_Environment_Committee_2023-06-22",
    form="pdf-minutes", council="Stroud District Council", stated="yes",
    committee="Environment Committee", date="2023-06-22",
    pdf_title="Environment Committee 22 June 2023", pdf_author="Democratic Services",
    title_lines=["STROUD DISTRICT COUNCIL", "Council Chamber, Ebley Mill, Ebley Wharf, Stroud",
                 "22 June 2023", "7.00 pm – 9.12 pm", "ENVIRONMENT COMMITTEE", "Minutes"],
    attendance=[("Membership:", "Councillor Wilfred Ashcombe (Chair), Councillor Perpetua Lyle (Vice-Chair), Councillor Bramwell Ostler, Councillor Nerys Cathcart, Councillor Hollis Grimshaw, Councillor Juno Redfearn, Councillor Ewan Spratling"),
                ("Officers in attendance:", "Strategic Director of Place; Head of Parks and Open Spaces; Environmental Health Manager; Democratic Services Officer")],
    items=[
        {"num": "ENV.1", "title": "APOLOGIES", "body": ["Apologies were received from Councillor Redfearn."]},
        {"num": "ENV.2", "title": "TREE STRATEGY: PROGRESS REPORT", "body": [
            "The Head of Parks and Open Spaces, Mr Leofric Danvers, introduced the annual progress report on the Council's tree strategy. In the 2022/23 season the Council and its partners planted 4,750 trees, against a target of 4,000, on sites including Stratford Park, the Cainscross roundabout verges and land beside the Stroudwater Canal at Ryeford.",
            "He said that ash dieback remained the largest threat to the district's tree cover. The Council's inspectors had surveyed 2,300 ash trees on Council land and along the Stroud valleys, and classed 410 of them as needing to be felled within two years for public safety.",
            "Councillor Ostler asked whether the felled ash would be replaced. Mr Danvers said the strategy required three new trees for every tree felled, using a mix of field maple, small leaved lime and hornbeam.",
            "Councillor Cathcart asked how the community planting grants had been used. Mr Danvers said 23 grants had been given to parish councils, schools and community groups, including the orchard planted by Nailsworth Town Council at Nortonwood.",
            "It was moved by Councillor Ashcombe and seconded by Councillor Lyle that the progress report be noted and that the annual target be raised to 5,000 trees from 2023/24.",
            "On being put to the vote, the motion was carried unanimously.",
            "RESOLVED: To note the progress report and to raise the annual planting target to 5,000 trees."]},
        {"num": "ENV.3", "title": "AIR QUALITY ANNUAL STATUS REPORT", "body": [
            "The Environmental Health Manager reported that nitrogen dioxide levels at all 38 monitoring sites in the district had been below the national objective in 2022. The highest reading, 33 micrograms per cubic metre, was on the A419 at Dudbridge.",
            "RESOLVED: To approve the Annual Status Report for submission to DEFRA."]},
        {"num": "ENV.4", "title": "FOOD WASTE COLLECTIONS: VEHICLE REPLACEMENT", "body": [
            "The Committee agreed that the six food waste collection vehicles due for replacement in 2024 be replaced with electric vehicles, subject to a business case on charging at the Brimscombe depot being brought to the September meeting."]},
    ],
    closing=["Chair"],
    header="Environment Committee", header_right="22 June 2023",
    footer=["Stroud District Council", "Page {n}"],
)

# ---------------------------------------------------------------- 15 Melton (pdf-minutes)
doc(
    name="Melton_Cabinet_Minutes_15_01_2025",
    form="pdf-minutes", council="Melton Borough Council", stated="yes",
    committee="Cabinet", date="2025-01-15",
    pdf_title="Cabinet minutes", pdf_author="Melton Borough Council",
    title_lines=["MELTON BOROUGH COUNCIL", "CABINET",
                 "Minutes of the meeting held on 15 January 2025 at 4.30 pm in the Council Chamber, Parkside, Station Approach, Burton Street, Melton Mowbray"],
    attendance=[("Present:", "Councillor Isadora Wenlock (Leader), Councillor Malcolm Doubleday (Deputy Leader), Councillor Priya Hatherley, Councillor Gethin Shotbolt, Councillor Clemency Ridd"),
                ("Officers:", "Director for Growth and Regeneration (Mr Anwar Pettifer), Assistant Director for Environment (Ms Bryony Lumsden), Democratic Services Officer (Mr Jethro Calloway)")],
    items=[
        {"num": "CA51", "title": "DECLARATIONS OF INTEREST", "body": ["There were no declarations of interest."]},
        {"num": "CA52", "title": "ELECTRIC VEHICLE CHARGING IN COUNCIL CAR PARKS", "body": [
            "The Assistant Director for Environment presented the report. The Council had been offered £228,000 by Leicestershire County Council from the Local Electric Vehicle Infrastructure Fund to install charging points in its car parks.",
            "The report proposed 16 fast charging points at the Wilton Road car park and 8 at the Scalford Road car park. Usage of the 6 existing charging points at Wilton Road had averaged 2,150 sessions a month over the last year.",
            "Councillor Shotbolt asked why no charging points were planned at the Cattle Market car park. The Assistant Director said the site's electricity supply could not support them without a new substation.",
            "The Deputy Leader asked who would run the points. The Assistant Director said they would be installed and operated by Chargewell UK Ltd, with the Council receiving a site fee of £450 per charging point per year.",
            "Councillor Hatherley moved the recommendations and Councillor Ridd seconded them. The recommendations were carried with four votes in favour and one against.",
            "RESOLVED that (1) the funding be accepted; (2) the installation of 24 charging points at Wilton Road and Scalford Road be approved."]},
        {"num": "CA53", "title": "MELTON MOWBRAY TOWN CENTRE: EGERTON PARK PLAY AREA", "body": [
            "Cabinet approved the replacement of the play equipment at Egerton Park at a cost of £175,000, funded by developer contributions. The works are due to start in April 2025 and take ten weeks.",
            "Councillor Ridd asked whether the play area would include accessible equipment. The Director said that the design included a wheelchair accessible roundabout and a sensory garden."]},
        {"num": "CA53A", "title": "COUNCIL TAX SUPPORT SCHEME 2025/26", "body": [
            "Cabinet recommended to Council that the local Council Tax Support scheme for working age households remain unchanged for 2025/26, with a maximum award of 85 per cent of liability."]},
    ],
    closing=["The meeting closed at 5.52 pm", "Chair"],
    header="Cabinet : 15.01.25",
    footer=["Page {n}"],
)

# ---------------------------------------------------------------- 16 Cannock Chase (pdf-minutes)
doc(
    name="CCDC_Cabinet_Minutes_20July2023",
    form="pdf-minutes", council="Cannock Chase District Council", stated="yes",
    committee="Cabinet", date="2023-07-20",
    pdf_title="Cabinet 20 July 2023", pdf_author="Cannock Chase Council",
    title_lines=["Cannock Chase District Council", "Minutes of the Meeting of the", "Cabinet",
                 "Held on Thursday 20 July 2023 at 4:00 pm", "In the Council Chamber, Civic Centre, Beecroft Road, Cannock"],
    attendance=[("Part 1", ""), ("Present:", "Councillors Ottilie Bramhall (Leader of the Council, Chair), Conrad Pennyfeather, Shona Birtwistle, Alaric Dunmore, Greer Hackett and Maurice Stainforth.")],
    items=[
        {"num": "15.", "title": "Apologies", "body": ["None."]},
        {"num": "16.", "title": "Leisure Centres: Chase Leisure Centre Swimming Pool", "body": [
            "The Leisure and Culture Portfolio Leader, Councillor Birtwistle, introduced the report. The pool hall roof at Chase Leisure Centre had been propped since 2021 and the pool tank was losing about 12,000 litres of water a week. The cost of keeping the pool open for five more years was estimated at £1.9m.",
            "The report proposed that a feasibility study be commissioned from an external consultant into options for a replacement pool, either on the Chase Leisure Centre site or on land at Avon Road, and that the study report back to Cabinet by March 2024.",
            "Councillor Dunmore asked whether the pool would close while the study took place. Councillor Birtwistle said that it would stay open and that the operator, Beecroft Leisure Trust, would continue to inspect the roof props every month.",
            "Councillor Hackett asked how many swimming lessons were given at the pool. The Head of Culture, Mr Percival Ingledew, said the learn to swim programme had 1,140 children enrolled.",
            "Resolved: That (a) a feasibility study into a replacement swimming pool be commissioned, at a cost of up to £85,000 from the Leisure reserve; (b) a further report be brought to Cabinet on its findings."]},
        {"num": "17.", "title": "Cannock Town Centre: Former Multi-Storey Car Park Site", "body": [
            "Cabinet noted that demolition of the former Church Street multi-storey car park had been completed in June, and that the site would be used as a temporary surface car park with 96 spaces until a development partner was appointed.",
            "Resolved: That a temporary charge of £1 for up to four hours be applied to the site."]},
        {"num": "18.", "title": "Rugeley Town Centre: Market Hall", "body": [
            "Councillor Stainforth reported that 14 of the 22 units in Rugeley Market Hall were occupied. Cabinet agreed to offer three months rent free to new tenants of the empty units.",
            "Resolved: That the rent free offer be approved."]},
    ],
    closing=["The meeting closed at 5:10 pm.", "Leader"],
    header="Cabinet 20/07/23",
    footer=["Page {n} of {total}"],
)

# ---------------------------------------------------------------- 17 Basingstoke and Deane (pdf-pack)
doc(
    name="BDBC_Cabinet_Pack_2024-10-08",
    form="pdf-pack", council="Basingstoke and Deane Borough Council", stated="yes",
    committee="Cabinet", date="2024-10-08",
    pdf_title="Cabinet agenda pack", pdf_author="Committee Services",
    cover=["Cabinet", "Basingstoke and Deane Borough Council",
           "Tuesday, 8th October, 2024 at 7.00 pm",
           "Council Chamber, Civic Offices, London Road, Basingstoke, RG21 4AH"],
    cover_body=["Members of the Cabinet: Councillors Lavinia Strachan (Leader), Hector Pomfrey, Saoirse Kemble, Oswin Throssell, Delphine Marchbank and Jasper Cleeve.",
                "You are summoned to attend the meeting of the Cabinet to transact the business set out in the agenda below.",
                "Enquiries to: Committee Services, Reuben Hockaday, 01256 845317, committees@basingstoke.gov.uk"],
    agenda=[("1", "Apologies for absence"), ("2", "Declarations of interest"),
            ("3", "Minutes of the meeting held on 10 September 2024 ({minutes})"),
            ("4", "Questions from members of the public"),
            ("5", "Leader's announcements"),
            ("6", "Housing Delivery: Temporary Accommodation Strategy 2024-2027 ({report})")],
    marks=["Agenda Item 3", "Agenda Item 6"],
    prev_title_lines=["BASINGSTOKE AND DEANE BOROUGH COUNCIL", "CABINET",
                      "Minutes of the meeting held on Tuesday 10 September 2024 at 7.00 pm in the Council Chamber, Civic Offices, London Road, Basingstoke"],
    prev_items=[
        {"num": "29", "title": "Questions from members of the public", "body": [
            "Mr Tobias Wrenfield asked when the War Memorial Park bandstand would be repaired. The Cabinet Member for Communities, Councillor Kemble, said that contractors had been appointed and that the repairs would be finished before the Remembrance service in November.",
            "Ms Ingrid Castellan asked whether the Council would keep Eastrop Park paddling pool open into September during hot weather. Councillor Kemble said that the pool would stay open at weekends until 22 September if the temperature was above 22 degrees."]},
        {"num": "30", "title": "Basingstoke Town Centre: Top of Town Market", "body": [
            "Cabinet agreed that the Wednesday and Saturday markets in the Market Place continue to be run by the Council for a further two years, and that the pitch fee remain at £25 a day.",
            "The motion was moved by Councillor Throssell and seconded by Councillor Marchbank, and carried unanimously."]},
        {"num": "31", "title": "Leisure Park Redevelopment", "body": [
            "Cabinet noted that negotiations with the leaseholder of the Basingstoke Leisure Park were continuing and that the independent valuation of the site commissioned by the Council had not yet been received. A further report would be brought when the valuation was available."]},
    ],
    report=report(
        ["Agenda Item 6", "Report to Cabinet", "Housing Delivery: Temporary Accommodation Strategy 2024-2027"],
        [("Report of:", "Head of Housing and Communities"), ("Cabinet Member:", "Councillor Hector Pomfrey, Cabinet Member for Housing"),
         ("Key decision:", "Yes"), ("Wards affected:", "All")],
        [("1. Summary", [
            "1.1 The number of households the Council has placed in temporary accommodation has risen from 129 in April 2022 to 268 in August 2024. Of these, 71 are in bed and breakfast, and 23 families with children have been in bed and breakfast for longer than the six week legal limit.",
            "1.2 This report proposes a three year strategy to reduce the use of bed and breakfast, through buying homes, leasing homes from private landlords and converting the Council owned building at Sarum House into 18 self contained units."]),
         ("2. Recommendations", [
            "2.1 That Cabinet approves the Temporary Accommodation Strategy 2024-2027.",
            "2.2 That Cabinet approves capital spending of £9.6m to buy 30 homes, funded by prudential borrowing and £2.4m of Local Authority Housing Fund grant.",
            "2.3 That the Head of Housing and Communities be authorised to agree leases of up to five years with private landlords."]),
         ("3. Background", [
            "3.1 The cost to the Council of temporary accommodation, after housing benefit, was £2.9m in 2023/24, compared with £1.1m in 2021/22.",
            "3.2 The largest single cause of homelessness in the borough is the end of a private tenancy, accounting for 44 per cent of cases in 2023/24."]),
         ("4. Sarum House conversion", [
            "4.1 Sarum House, a former office building in the town centre, has been empty since 2022. A design study has shown that it can be converted into 18 studio and one bedroom flats with a shared laundry and an office for support staff.",
            "4.2 The cost of the conversion has not yet been established, because the survey of the building's structure and asbestos will not be complete until December 2024. A separate report will seek approval for the works in early 2025."]),
         ("5. Financial implications", [
            "5.1 Each home bought is expected to save the Council about £14,000 a year compared with the cost of bed and breakfast. Over the three years of the strategy the net saving is estimated at £1.2m.",
            "5.2 The Chief Finance Officer has confirmed that the borrowing is affordable within the Council's prudential indicators."]),
         ("6. Risks", [
            "6.1 The main risk is that house prices or interest rates rise faster than assumed. The purchase budget would then buy fewer homes, and the Cabinet Member would be asked to agree a revised target."]),
        ]),
    footer=["Page {n}"], number_offset=1,
)

# ---------------------------------------------------------------- 18 North Norfolk (pdf-pack)
doc(
    name="NNDC_Cabinet_Agenda_Pack_02-06-2025",
    form="pdf-pack", council="North Norfolk District Council", stated="yes",
    committee="Cabinet", date="2025-06-02",
    pdf_title="Cabinet 2 June 2025", pdf_author="Democratic Services",
    cover=["Cabinet", "North Norfolk District Council",
           "Monday 2 June 2025 at 10.00 am",
           "Council Chamber, Council Offices, Holt Road, Cromer, NR27 9EN"],
    cover_body=["To: Councillors Lysander Pengelly (Chair), Gwendolen Hartop, Ruairi Beckwith, Ottoline Sparshott, Jolyon Freake and Marigold Tennant.",
                "Please contact Annelise Crowfoot, Democratic Services, on 01263 516214 with any queries about this agenda.",
                "Members of the public may attend. The meeting will be streamed on the Council's YouTube channel."],
    agenda=[("1", "Apologies for absence"),
            ("2", "Minutes of the meeting held on 6 May 2025 ({minutes})"),
            ("3", "Public questions and statements"),
            ("4", "Declarations of interest"),
            ("5", "Members' items"),
            ("6", "Seafront Beach Huts and Chalets: Pricing and Investment ({report})")],
    marks=["Agenda Item 2", "Agenda Item 6"],
    prev_title_lines=["NORTH NORFOLK DISTRICT COUNCIL", "CABINET",
                      "Minutes of the meeting of the Cabinet held on Tuesday, 6 May 2025 in the Council Chamber, Council Offices, Holt Road, Cromer at 10.00 am"],
    prev_items=[
        {"num": "142", "title": "PUBLIC QUESTIONS AND STATEMENTS", "body": [
            "Mrs Cordelia Astley of Mundesley asked when the cliff top footpath closed after the February landslip would reopen. The Portfolio Holder for Coast, Councillor Beckwith, said the path would stay closed until at least the end of the summer while the cliff was monitored by drone each month."]},
        {"num": "143", "title": "FAKENHAM LEISURE AND SPORTS HUB: CAR PARK", "body": [
            "Cabinet agreed to extend the car park at the Fakenham hub by 44 spaces at a cost of £182,000.",
            "Proposed by Councillor Hartop, seconded by Councillor Freake. Unanimously agreed."]},
        {"num": "144", "title": "SHERINGHAM LITTLE THEATRE GRANT", "body": [
            "Cabinet agreed a grant of £20,000 to Sheringham Little Theatre towards the replacement of its seating."]},
    ],
    report=report(
        ["Agenda Item 6", "Seafront Beach Huts and Chalets: Pricing and Investment", "Report to Cabinet, 2 June 2025"],
        [("Executive Summary", "A review of the Council's beach huts and chalets, with proposed charges for 2026 and a programme of replacement."),
         ("Cabinet Member(s)", "Councillor Ruairi Beckwith, Portfolio Holder for Coast"),
         ("Ward(s) affected", "Cromer Town; Sheringham North; Mundesley"),
         ("Contact Officer", "Tristram Woolnough, Assets Manager")],
        [("1. Introduction", [
            "1.1 The Council owns 276 beach huts and chalets on the promenades at Cromer, Sheringham and Mundesley. Most are let on annual licences; 40 at Cromer East are let by the week in the summer.",
            "1.2 The huts produced an income of £412,000 in 2024/25, after the cost of repairs and administration."]),
         ("2. Condition", [
            "2.1 The Council's surveyors inspected every hut in March 2025. They found that the 1960s concrete chalets at Cromer West Promenade are generally sound, but that 31 of the timber huts at Sheringham need new frames because of rot caused by spray and sand.",
            "2.2 Nine huts at Mundesley were damaged in the storm of January 2025 and have already been repaired under the Council's insurance."]),
         ("3. Proposed charges for 2026", [
            "3.1 It is proposed that the annual licence fee for a standard Cromer or Sheringham hut rise by 5 per cent, to £1,365, and for a Mundesley hut to £1,050.",
            "3.2 The weekly summer let of a Cromer East hut would rise from £185 to £195 in high season.",
            "3.3 Licence holders who are North Norfolk residents will continue to be given priority when huts become available."]),
         ("4. Replacement programme", [
            "4.1 The replacement of the 31 Sheringham huts will be carried out over two winters by Saltmarsh Joinery Ltd, which was the lowest of four tenderers, at a contract sum of £297,600.",
            "4.2 The replacement huts will have a design life of 25 years and will be built on galvanised steel frames rather than timber posts."]),
         ("5. Recommendations", [
            "5.1 That the charges for 2026 set out in section 3 be approved.",
            "5.2 That the contract for the replacement of 31 huts at Sheringham be awarded to Saltmarsh Joinery Ltd."]),
        ]),
    footer=["Page {n}"], number_offset=1,
)

# ---------------------------------------------------------------- 19 South Yorkshire (pdf-pack)
doc(
    name="SYMCA_Board_Pack_2024-03-18",
    form="pdf-pack", council="South Yorkshire Mayoral Combined Authority", stated="yes",
    committee="Mayoral Combined Authority Board", date="2024-03-18",
    pdf_title="MCA Board 18 March 2024", pdf_author="SYMCA Governance",
    cover=["MCA Board", "South Yorkshire Mayoral Combined Authority",
           "Monday, 18 March 2024, 10.00 am",
           "Boardroom, 11 Broad Street West, Sheffield, S1 2BQ"],
    cover_body=["Members: the Mayor (Chair); Councillor Thomasina Greaves (Barnsley), Councillor Alun Mottershead (Doncaster), Councillor Beatrix Hollin (Rotherham), Councillor Emlyn Staveley (Sheffield).",
                "Non-constituent and co-opted members are invited to attend for the items marked with an asterisk.",
                "Governance contact: Magnus Oddie, 0114 220 3441"],
    agenda=[("1", "Welcome and apologies"),
            ("2", "Declarations of interest"),
            ("3", "Minutes of the previous meeting held on 29 January 2024 ({minutes})"),
            ("4", "Matters arising"),
            ("5", "Public questions"),
            ("6", "Bus Reform: Outcome of the Franchising Assessment and Consultation ({report})")],
    marks=["Agenda Item 3", "Agenda Item 6"],
    prev_title_lines=["SOUTH YORKSHIRE MAYORAL COMBINED AUTHORITY", "MCA BOARD",
                      "MINUTES OF THE MEETING HELD ON 29 JANUARY 2024 AT 10.00 AM, 11 BROAD STREET WEST, SHEFFIELD"],
    prev_items=[
        {"num": "MCA 24/04", "title": "Public Questions", "body": [
            "Mr Crispin Arbuthnot asked why the 22X bus between Rotherham and Maltby had been cut back in the evenings. The Executive Director of Transport, Ms Henrietta Scargill, said that the operator had withdrawn the evening journeys commercially, and that the Authority had funded replacement journeys until 9pm from 4 February."]},
        {"num": "MCA 24/05", "title": "Tram Train Extension: Business Case", "body": [
            "The Board approved the submission of the strategic outline business case for extending the tram train from Rotherham Parkgate to Doncaster. Councillor Mottershead moved the recommendation and Councillor Hollin seconded it. The recommendation was carried unanimously."]},
        {"num": "MCA 24/06", "title": "Adult Skills Fund Allocations", "body": [
            "The Board agreed adult skills allocations of £38.2m for 2024/25, including £2.5m for a new construction skills centre at Doncaster."]},
    ],
    report=report(
        ["Agenda Item 6", "South Yorkshire Mayoral Combined Authority", "Bus Reform: Outcome of the Franchising Assessment and Consultation"],
        [("Is the paper exempt from the press and public?", "No"), ("Purpose of this report:", "Mayoral decision"),
         ("Is this a Key Decision?", "Yes"), ("Director Approving Submission of the Report:", "Henrietta Scargill, Executive Director of Transport")],
        [("1. Executive Summary", [
            "1.1 The Authority has assessed whether to introduce a bus franchising scheme across South Yorkshire, under which the Authority would set routes, timetables and fares and let contracts to operators, in place of the current deregulated market.",
            "1.2 The public consultation ran from 16 October 2023 to 7 January 2024 and received 7,412 responses. Of these, 83 per cent supported franchising."]),
         ("2. Findings of the assessment", [
            "2.1 The assessment found that franchising would cost the Authority £79m more over the first ten years than an enhanced partnership, but would give the Authority control over fares and allow a single ticket across all operators.",
            "2.2 The independent auditor, Pennine Assurance LLP, concluded that the assessment was prepared in line with the Department for Transport's guidance and that the financial assumptions were reasonable."]),
         ("3. Consultation responses by area", [
            "3.1 Support for franchising was highest among respondents in Sheffield, at 87 per cent, and in Doncaster, at 82 per cent.",
            "3.2 The most common concern raised by respondents was the reliability of services in the evenings, followed by the cost of fares for young people."]),
         ("4. Proposed timetable", [
            "4.1 If the Mayor decides to make the scheme, the first franchised services would start in the south of the county in 2027, with the whole of South Yorkshire franchised by 2028.",
            "4.2 The Authority would buy the bus depots at Olive Grove in Sheffield and Leicester Avenue in Doncaster, to ensure fair competition between operators."]),
         ("5. Recommendations", [
            "5.1 That the Board notes the consultation responses and the assessment.",
            "5.2 That the Board recommends that the Mayor makes the franchising scheme."]),
        ]),
    footer=["Page {n}"], number_offset=1,
)

# ---------------------------------------------------------------- 20 High Peak (docx-report)
doc(
    name="HPBC_Executive_Report_Car_Parking_Strategy",
    form="docx-report", council="High Peak Borough Council", stated="yes",
    committee="Executive", date="2025-03-27",
    docx_author="Regeneration Team",
    letterhead=["High Peak Borough Council", "Town Hall, Market Place, Buxton, Derbyshire SK17 6EL"],
    report=report(
        ["HIGH PEAK BOROUGH COUNCIL", "Executive", "27 March 2025",
         "CAR PARKING STRATEGY AND TARIFFS 2025/26"],
        [("Report of:", "Director of Regeneration and Place"),
         ("Executive Councillor:", "Councillor Evander Thistlewood, Executive Councillor for Climate Change and Parking"),
         ("Wards affected:", "All wards, in particular Buxton Central, Corbar and Glossop Old Glossop"),
         ("Key decision:", "Yes"),
         ("Background papers:", "Executive report 12 September 2024; parking income monitoring 2024/25")],
        [("1. Reason for the report", [
            "1.1 To set the tariffs for the Council's 31 car parks from 1 June 2025 and to agree a parking strategy to 2030.",
            "1.2 Income from car parks is forecast at £1.74m in 2024/25, £160,000 below the budget, mainly because of lower use of the Pavilion Gardens car park in Buxton during the winter months."]),
         ("2. Recommendations", [
            "2.1 That the tariffs in Appendix A be approved from 1 June 2025.",
            "2.2 That the Car Parking Strategy 2025-2030 be adopted.",
            "2.3 That a survey of parking demand in Glossop town centre be commissioned, with the results to be reported to the Executive in the autumn."]),
         ("3. Proposed tariffs", [
            "3.1 The charge for up to three hours in the Buxton long stay car parks, including Pavilion Gardens and Sylvan Park, would rise from £3.20 to £3.50. The all day charge would rise from £5.80 to £6.30.",
            "3.2 In Glossop, the first hour at Norfolk Square and Howard Town would remain free, to support the town centre traders while the Howard Town mill redevelopment is under way.",
            "3.3 The annual season ticket would be held at £420 for residents of the borough."]),
         ("4. Glossop parking demand survey", [
            "4.1 Traders in Glossop have complained that shoppers are deterred by the time limits in the town centre car parks, while residents of the streets around Henry Street report that commuters park there all day.",
            "4.2 It is proposed that an independent survey of parking demand be carried out over two weeks in June 2025, including number plate counts and questionnaires for shoppers, and that its findings inform any change to the time limits."]),
         ("5. Electric vehicle charging", [
            "5.1 The Council has eight charging points at the Market Place car park in Buxton. Their use has risen by 60 per cent in the last year, and the strategy proposes further points at the Pavilion Gardens car park once a grid connection has been secured."]),
         ("6. Financial implications", [
            "6.1 The new tariffs are forecast to raise an additional £118,000 in a full year. The Glossop survey is expected to cost £14,000, to be met from the Regeneration budget."]),
         ("7. Consultation", [
            "7.1 The Buxton Town Team and the Glossop Chamber of Trade were consulted on the draft tariffs in February 2025. The Buxton Town Team asked that the Sunday charges in the town centre be reviewed; this has not been proposed because Sunday income is needed to balance the budget."]),
        ]),
    header="High Peak Borough Council – Executive – 27 March 2025",
    footer=["OFFICIAL", "Agenda Item 9"],
)

# ---------------------------------------------------------------- 21 Wychavon (docx-report)
doc(
    name="Wychavon_Executive_Board_EV_Charging_Report",
    form="docx-report", council="Wychavon District Council", stated="yes",
    committee="Executive Board", date="2023-11-22",
    docx_author="Climate Team",
    letterhead=["Wychavon District Council", "Civic Centre, Queen Elizabeth Drive, Pershore WR10 1PT"],
    report=report(
        ["WYCHAVON DISTRICT COUNCIL", "EXECUTIVE BOARD", "Date of Meeting: 22 November 2023",
         "ELECTRIC VEHICLE CHARGING IN PUBLIC CAR PARKS: CONCESSION AWARD"],
        [("Relevant Portfolio Holder", "Councillor Marisol Dunstable, Executive Board Member for Climate Action"),
         ("Relevant Head of Service", "Head of Climate and Environment, Felicity Brangwyn"),
         ("Report Author", "Cassius Worrall, Sustainability Officer"),
         ("Key Decision", "Yes"),
         ("Exempt", "No")],
        [("1. Summary", [
            "1.1 This report seeks approval to award a concession for the installation and operation of electric vehicle charging points in eleven of the Council's car parks in Evesham, Pershore and Droitwich Spa."]),
         ("2. Recommendations", [
            "2.1 The Executive Board is asked to award the concession to Orchard Grid Charging Ltd for fifteen years.",
            "2.2 The Executive Board is asked to delegate to the Head of Climate and Environment the approval of the final list of bays at each car park."]),
         ("3. Background", [
            "3.1 There are at present 14 public charging points in Wychavon car parks. Drivers have reported queues at the Riverside car park in Evesham at weekends, and the Council's climate action plan commits it to providing at least 100 charging points by 2026.",
            "3.2 The procurement was run through a regional framework. Three bids were received and evaluated on quality, price and social value."]),
         ("4. The proposed concession", [
            "4.1 Orchard Grid Charging Ltd will install 96 charging points, of which 12 will be rapid chargers, at no cost to the Council. The Council will receive 8 per cent of the revenue from every charge, rising to 15 per cent after year seven.",
            "4.2 The largest sites will be the Merstow Green car park in Evesham, with 18 points, and the Saltway car park in Droitwich Spa, with 14 points.",
            "4.3 The tariff charged to drivers will be set by the operator. The operator has said that it will publish its tariff before the first points open, but the tariff has not yet been set and will depend on wholesale electricity prices in 2024."]),
         ("5. Financial implications", [
            "5.1 The Council's share of revenue is estimated at £21,000 in the first full year, rising to £74,000 a year by year eight, based on the operator's forecasts of use."]),
         ("6. Risks", [
            "6.1 The loss of parking income from the bays used for charging has been estimated at £9,500 a year. Bays will only be used for charging in car parks that are less than 80 per cent full on average."]),
         ("7. Appendices", [
            "Appendix 1: Evaluation summary (exempt)",
            "Appendix 2: List of car parks and number of charging points"]),
        ]),
    header="Wychavon District Council – Executive Board – 22 November 2023",
    footer=["Agenda Item 8"],
)

# ---------------------------------------------------------------- 22 South Holland (docx-minutes)
doc(
    name="SHDC_Cabinet_Minutes_2024-04-16",
    form="docx-minutes", council="South Holland District Council", stated="yes",
    committee="Cabinet", date="2024-04-16",
    docx_author="Democratic Services",
    title_lines=["SOUTH HOLLAND DISTRICT COUNCIL",
                 "Minutes of a meeting of the CABINET held in the Council Chamber, Council Offices, Priory Road, Spalding on Tuesday 16 April 2024 at 6.30 pm."],
    attendance=[("PRESENT:", "Councillor Everard Nettleship (Chairman), Councillor Tabitha Quorn (Vice-Chairman), Councillors Leopold Brackenbury, Hazel Gotobed, Ignatius Parfitt and Wynne Abercrombie."),
                ("In attendance:", "Assistant Director – Economic Development, Place Manager (Spalding) and Democratic Services Officer.")],
    items=[
        {"num": "78.", "title": "MINUTES", "body": ["The minutes of the meeting held on 19 March 2024 were signed by the Chairman as a correct record."]},
        {"num": "79.", "title": "SPALDING MARKET: FUTURE OPERATION", "body": [
            "Consideration was given to the report of the Assistant Director – Economic Development, which set out the results of a review of Spalding's Tuesday and Saturday markets in the Market Place and Sheep Market.",
            "The review had found that the average number of traders on a Tuesday had fallen from 42 in 2018 to 26 in 2023, and on a Saturday from 31 to 19. Footfall counts showed that Tuesday remained the busiest day in the town centre.",
            "The report proposed that the daily rent for a standard pitch be reduced from £22 to £15 for a trial year, that new traders be given their first eight weeks free, and that a monthly craft and food market be started on the first Sunday of each month in the Sheep Market.",
            "Councillor Gotobed asked whether the traders supported the changes. The Place Manager said that 21 traders had attended a meeting in February and that a large majority had supported the lower rent, but some had opposed the Sunday market because it might draw shoppers from the weekday markets.",
            "Councillor Parfitt asked how the loss of income would be met. The Assistant Director said that the lower rents would cost around £17,000 in the trial year, which would be met from the UK Shared Prosperity Fund allocation for town centres.",
            "Councillor Quorn proposed the recommendations, which were seconded by Councillor Abercrombie.",
            "AGREED: (a) that the reduced pitch rent and the free period for new traders be approved for a trial year from 1 June 2024; (b) that a monthly Sunday market in the Sheep Market be trialled for six months."]},
        {"num": "80.", "title": "HOLBEACH: CHURCH STREET PUBLIC REALM", "body": [
            "The Cabinet received an update on the improvement of Church Street and the Holbeach town centre. Work to widen the footways and plant twelve street trees had been completed in March by Fenway Civils Ltd.",
            "AGREED: That the update be noted."]},
        {"num": "81.", "title": "HOUSING REVENUE ACCOUNT: KITCHEN AND BATHROOM PROGRAMME", "body": [
            "The Portfolio Holder for Housing reported that 186 kitchens and 142 bathrooms had been replaced in council homes in 2023/24, against a target of 200 of each. Delays had been caused by the contractor's difficulty in recruiting plumbers.",
            "AGREED: That the 2024/25 programme of 220 kitchens and 180 bathrooms be approved."]},
    ],
    closing=["The meeting closed at 7.41 pm."],
    header="South Holland District Council – Cabinet – 16 April 2024",
    footer=["Minutes – Cabinet – 16.04.2024", "Page"],
)

# ---------------------------------------------------------------- 23 Newark and Sherwood (docx-minutes)
doc(
    name="NSDC_Cabinet_Minutes_05_November_2024",
    form="docx-minutes", council="Newark and Sherwood District Council", stated="yes",
    committee="Cabinet", date="2024-11-05",
    docx_author="Democratic Services",
    title_lines=["NEWARK AND SHERWOOD DISTRICT COUNCIL",
                 "Minutes of the Meeting of Cabinet held in the Civic Suite, Castle House, Great North Road, Newark, NG24 1BY on Tuesday, 5 November 2024 at 6.00 pm."],
    attendance=[("PRESENT:", "Councillor Peregrine Alsop (Leader – Chair), Councillor Rosalind Marchmont (Deputy Leader), Councillor Isambard Cuthbertson, Councillor Leonie Blakeway, Councillor Fitzroy Hadlow and Councillor Clarice Penhaligon."),
                ("ALSO IN ATTENDANCE:", "Councillor Wendell Oxley (Chair of the Policy and Performance Improvement Committee).")],
    items=[
        {"num": "41", "title": "Declarations of Interest", "body": ["Councillor Blakeway declared an interest in Minute 42 as a trustee of a swimming club that uses the centre."]},
        {"num": "42", "title": "Newark Sports and Fitness Centre: Pool Refurbishment", "body": [
            "The Portfolio Holder for Health, Wellbeing and Leisure, Councillor Blakeway, presented the report. The main pool at the Newark Sports and Fitness Centre, which opened in 2015, needed its pool hall ceiling and the moveable floor replaced after corrosion had been found in the ceiling supports in July 2024.",
            "The refurbishment would cost £2.35m. The Council would meet £1.6m from capital receipts and had applied to the Swimming Pool Support Fund for the remainder. The pool would close for about sixteen weeks from January 2025, and swimming lessons would be moved to the Blidworth Leisure Centre and Dukeries Leisure Centre pools during the closure.",
            "Councillor Oxley asked how many people used the Newark pool. The Business Manager for Leisure said there had been 186,000 swims at the Newark Sports and Fitness Centre in 2023/24. At the Southwell Leisure Centre, which is run by a separate trust, there had been 94,000 swims.",
            "Councillor Hadlow asked whether the moveable floor was needed. The Business Manager said that it allowed the pool to be used for lessons for young children and for aqua therapy sessions, and that without it those sessions would have to be moved permanently.",
            "The recommendations were proposed by Councillor Blakeway and seconded by Councillor Marchmont.",
            "AGREED (unanimously) that the refurbishment of the pool be approved and added to the capital programme."]},
        {"num": "43", "title": "Ollerton Town Centre Improvements", "body": [
            "Cabinet noted progress on the improvement of Ollerton town centre. The new market square and car park at Forest Road had opened in September, and the Council had agreed terms with a pharmacy for the vacant unit at Sherwood Drive.",
            "AGREED that the report be noted."]},
        {"num": "44", "title": "Newark Castle Gardens: Events Programme 2025", "body": [
            "Cabinet approved an events programme of 14 ticketed events at Newark Castle Gardens in 2025, including an open air theatre season in July.",
            "AGREED that the programme be approved."]},
    ],
    closing=["Meeting closed at 7.20 pm.", "Chair"],
    header="Cabinet – 5 November 2024",
    footer=["Newark and Sherwood District Council"],
)

# ---------------------------------------------------------------- 24 Powys (txt)
doc(
    name="Powys_Cabinet_Minutes_2023-02-28",
    form="txt", council="Powys County Council", stated="yes",
    committee="Cabinet", date="2023-02-28",
    title_lines=["POWYS COUNTY COUNCIL",
                 "MINUTES OF A MEETING OF THE CABINET HELD BY MICROSOFT TEAMS AND AT COUNTY HALL, LLANDRINDOD WELLS",
                 "ON TUESDAY, 28 FEBRUARY 2023",
                 "",
                 "Published: 3 March 2023"],
    attendance=[("PRESENT:", "County Councillor Carys Pennant-Rhys (Leader), County Councillors Bleddyn Ap Gwilym, Sioned Llewelyn-Hart, Rhodri Tudwal, Myfanwy Penrose, Gruffydd Morlais and Eirlys Cadwgan."),
                ("OFFICERS:", "Head of Highways, Transport and Recycling (Mr Emrys Tallis); Transport Manager (Ms Nerys Hafren); Head of Finance.")],
    items=[
        {"num": "1.", "title": "Apologies", "body": ["Apologies for absence were received from County Councillor Tudwal."]},
        {"num": "2.", "title": "Declarations of Interest", "body": ["There were no declarations of interest."]},
        {"num": "3.", "title": "Local Bus Network Review", "body": [
            "Cabinet considered a report on the review of the local bus network. The Transport Manager said that the Council supported 58 bus routes at a cost of £4.7m a year, and that the Bus Emergency Scheme funding from the Welsh Government would end in June 2023.",
            "The Transport Manager said that passenger numbers on the T4 between Newtown and Cardiff, which is run for the Welsh Government, had returned to 92 per cent of the level before the pandemic, but that many rural routes carried fewer than five passengers a journey.",
            "Cabinet noted that a public consultation on a revised network would begin in April 2023 and run for ten weeks, with drop in sessions in Brecon, Welshpool, Llandrindod Wells, Machynlleth and Ystradgynlais. The results of the consultation would be brought to Cabinet in the autumn, before any routes were changed.",
            "County Councillor Penrose asked whether demand responsive transport could replace some routes. The Head of Highways, Transport and Recycling said that the Fflecsi service in the north of the county had carried 9,800 passengers in its first year and that the consultation would ask whether it should be extended to Radnorshire.",
            "RESOLVED that the consultation on the local bus network be approved."]},
        {"num": "4.", "title": "Welshpool Highway Depot", "body": [
            "Cabinet approved the construction of a new highway depot at Buttington Cross, Welshpool, to replace the depot at Severn Road, at a cost of £3.2m. The contract was awarded to Breidden Construction Ltd.",
            "County Councillor Morlais asked whether the old depot site would be sold. The Head of Highways, Transport and Recycling said that it would be offered for affordable housing."]},
        {"num": "5.", "title": "Brecon Leisure Centre Roof", "body": [
            "Cabinet agreed to spend £640,000 on replacing the roof of the sports hall at Brecon Leisure Centre, after leaks had forced the hall to close on wet days since November 2022."]},
    ],
    closing=["", "County Councillor C Pennant-Rhys", "Chair"],
)
