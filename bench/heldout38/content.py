"""The documents of bench/heldout38: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout38.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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


# =============================================================================== mg-meeting

# 1. Warrington: a planning committee deciding four applications
doc(
    name="ieListDocuments_CId142_MId8821_Warrington_DevControl",
    form="mg-meeting",
    council="Warrington Borough Council",
    stated="yes",
    committee="Development Management Committee",
    date="2024-03-13",
    site=site("Warrington Borough Council", "https://warrington.moderngov.co.uk",
              "Warrington Borough Council, East Annexe, Town Hall, Sankey Street, Warrington WA1 1UH",
              "© Warrington Borough Council 2024",
              menu=["Home", "Councillors", "Committees", "Meetings", "Planning", "Contact us"]),
    heading="Agenda and minutes: Development Management Committee - Wednesday, 13th March, 2024 6.30 pm",
    venue="Council Chamber, Town Hall, Sankey Street, Warrington, WA1 1UH",
    contact="Jodie Penketh, Democratic Services Officer, 01925 442117",
    items=[
        item("1.", "Apologies for Absence", [
            "Apologies were received from Councillors Barrow and Kinsella. Councillor Hartigan attended as a substitute.",
        ]),
        item("2.", "Minutes", [
            "Resolved, That the minutes of the meeting held on 14 February 2024 be confirmed as a correct record and signed by the Chair, Councillor Linda Ashworth.",
        ], links=[("Minutes 14 February 2024", "211 KB")]),
        item("3.", "2023/44120 - Former filling station and garage site, Liverpool Road, Great Sankey", [
            "The Committee considered a full application for the demolition of the former filling station and the erection of 36 affordable homes in two and three storey blocks, with 41 parking spaces and a landscaped strip along Liverpool Road. The applicant is Mersey Vale Homes, a registered provider, which would manage all 36 homes, 22 for social rent and 14 for shared ownership.",
            "The Principal Planning Officer, Mr Daniel Okafor, explained that the site had been vacant since 2019 and that the contamination report had found hydrocarbons in the soil around the former fuel tanks. A condition would require the tanks to be removed and the soil remediated and verified before any foundations were laid.",
            "Mrs Eileen Darbyshire, a resident of Hood Lane, spoke in objection. She was concerned that the three storey block would overlook the gardens of the bungalows behind. In reply, Mr Okafor said that the nearest window facing the bungalows would be 24 metres from their rear walls, more than the 21 metres the council's design guide asks for, and that the landing windows on that side would be obscure glazed.",
            "Councillor Hartigan moved that the application be approved subject to the conditions in the report and a section 106 agreement securing the affordable housing and a contribution of £54,000 towards school places in Great Sankey. Councillor Mundry seconded the motion. On being put to the vote, 8 members voted in favour and 3 against.",
            "Resolved, That application 2023/44120 be approved subject to the conditions set out in the report and the completion of a section 106 agreement.",
        ], links=[("Report 2023/44120 Liverpool Road", "1 MB")]),
        item("4.", "2024/45015 - 14 Knutsford Road, Latchford", [
            "The Committee considered an application for the change of use of a vacant shop to a hot food takeaway, with an extraction flue to the rear and opening hours of 11am to 11pm seven days a week.",
            "The Senior Planning Officer, Ms Harriet Coyle, reported that the premises were 310 metres from the gates of a secondary school and that the council's supplementary planning document on hot food takeaways resists new takeaways within 400 metres of a secondary school. Officers had recommended refusal.",
            "Mr Pawel Nowicki, the applicant, said he had run a café in Latchford for nine years and would offer a healthy menu. Councillor Mundry asked whether the opening hours could be restricted to meet the concern about pupils at lunchtime. Ms Coyle replied that a condition could not control who was served or what was sold, and that the policy applied regardless of the hours.",
            "Councillor Ashworth moved that the application be refused for the reason given in the report, which was seconded by Councillor Dutton. The motion was carried by 7 votes to 4.",
            "Resolved, That application 2024/45015 be refused because the takeaway would be within 400 metres of a secondary school, contrary to the supplementary planning document, and would undermine the council's aim to reduce childhood obesity in Latchford.",
        ], links=[("Report 2024/45015 Knutsford Road", "640 KB")]),
        item("5.", "2023/44598 - Land at Birchwood Park, Birchwood Boulevard", [
            "The Committee considered an application for a battery energy storage facility of 24 containers with an inverter building, a substation and a 3.5 metre acoustic fence, on grassland between the business park and the M62.",
            "Several members asked about noise from the cooling fans at night. The applicant's agent, Ms Rhian Tudor, said the noise levels at the nearest homes on Admirals Road had not yet been modelled because the choice of battery supplier, and therefore of the cooling units, would not be made until the tender closed in May.",
            "The Environmental Protection Officer advised that without the modelling he could not say whether the acoustic fence was high enough.",
            "Councillor Dutton moved that the application be deferred until a noise assessment based on the chosen equipment had been submitted. Councillor Barr seconded the motion, which was agreed unanimously.",
            "Resolved, That application 2023/44598 be deferred to allow a noise assessment to be submitted.",
        ], links=[("Report 2023/44598 Birchwood Park", "930 KB")]),
        item("6.", "2024/45102 - The Old School House, Church Road, Lymm", [
            "The Committee was informed that the applicant had withdrawn the application for two dwellings in the garden of The Old School House on 8 March 2024, and it was therefore not considered.",
        ]),
    ],
)

# 2. Hammersmith and Fulham: Cabinet
doc(
    name="ieListDocuments_CId105_MId7730_HammersmithFulham_Cabinet",
    form="mg-meeting",
    council="London Borough of Hammersmith and Fulham",
    stated="yes",
    committee="Cabinet",
    date="2024-07-08",
    site=site("London Borough of Hammersmith and Fulham", "https://democracy.lbhf.gov.uk",
              "Hammersmith Town Hall, King Street, London W6 9JU",
              "© London Borough of Hammersmith & Fulham",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Forward plan", "Petitions"],
              breadcrumb=["Home", "Committees", "Cabinet", "Meeting"]),
    heading="Agenda and minutes: Cabinet - Monday, 8th July, 2024 7.00 pm",
    venue="Courtyard Room, Hammersmith Town Hall, King Street, London, W6 9JU",
    contact="Katharine Oduya, Committee Coordinator, 020 8753 2011",
    items=[
        item("1.", "Minutes of the Cabinet Meeting held on 10 June 2024", [
            "RESOLVED: That the minutes of the meeting of the Cabinet held on 10 June 2024 be confirmed and signed as an accurate record of the proceedings.",
        ], links=[("Minutes 10 June 2024", "188 KB")]),
        item("2.", "Apologies for Absence", [
            "Apologies were received from Councillor Rowan Ibbotson.",
        ]),
        item("3.", "Clean Air Neighbourhoods: expanding the air quality monitoring network", [
            "The Cabinet Member for Climate Change and Ecology, Councillor Wesley Amankwah, introduced the report. The borough currently has 14 real-time monitors and 60 diffusion tubes. The proposal was to add 22 real-time sensors, placing one within 100 metres of every primary school on a main road, starting with schools along Fulham Palace Road, Shepherd's Bush Green and the Hammersmith gyratory.",
            "The sensors would measure nitrogen dioxide and fine particles every fifteen minutes and publish the readings on the council's website so that parents can check the air outside their school.",
            "The total cost over three years was £186,000. Councillor Amankwah explained that £120,000 would come from the council's Clean Air Neighbourhoods budget and the remaining £66,000 from section 106 contributions paid by developers of the Earls Court and White City schemes.",
            "Councillor Mae Foley asked how long the sensors were expected to last. The Head of Environmental Health replied that each sensor had a working life of around five years, after which the readings drift and the unit must be replaced.",
            "RESOLVED: That Cabinet approves the expansion of the real-time air quality monitoring network by 22 sensors at a total cost of £186,000 over three years.",
        ], links=[("Report - Air quality monitoring network", "544 KB"), ("Appendix 1 - Proposed sensor locations", "1 MB")]),
        item("4.", "Ravenscourt Park tennis courts refurbishment contract", [
            "The Cabinet Member for Public Realm reported that the eight tennis courts in Ravenscourt Park had cracked surfaces and failing floodlights, and that two of them had been closed since the winter. Three bids had been received following a competitive tender.",
            "The contract would be awarded to Baseline Sports Surfaces Ltd, whose bid of £412,000 scored highest on both quality and price. The works would resurface all eight courts, replace the floodlights with LED units on timers and install a booking gate.",
            "Councillor Foley asked whether the courts would remain free to use. The Cabinet Member confirmed that the courts would stay free for residents before 10am on weekdays, with a charge of £6 an hour at other times, half the rate at private clubs nearby.",
            "RESOLVED: That the contract for the refurbishment of the Ravenscourt Park tennis courts be awarded to Baseline Sports Surfaces Ltd in the sum of £412,000.",
        ], links=[("Report - Ravenscourt Park tennis courts", "390 KB")]),
        item("5.", "School Streets programme: phase four", [
            "Cabinet received a report on the fourth phase of School Streets, closing the road outside a school to motor traffic at opening and closing times. Six further primary schools were proposed, bringing the total to 27.",
            "A survey of 1,340 parents at the schools in phase three found that 71 per cent supported the closures and that the share of children walking or cycling to school had risen from 58 per cent to 69 per cent.",
            "Councillor Ibbotson's written question, read by the Chair, asked about deliveries to homes in the closed streets. The Cabinet Member replied that residents, blue badge holders and carers would be given exemptions, and that delivery drivers would be asked to avoid the 45 minutes of each closure.",
            "RESOLVED: That phase four of the School Streets programme proceeds at the six schools named in Appendix A, on an experimental traffic order for up to 18 months.",
        ], links=[("Report - School Streets phase four", "468 KB")]),
    ],
)

# 3. Stoke-on-Trent: Cabinet
doc(
    name="ieListDocuments_CId140_MId9412_Stoke_Cabinet",
    form="mg-meeting",
    council="Stoke-on-Trent City Council",
    stated="yes",
    committee="Cabinet",
    date="2024-10-15",
    site=site("Stoke-on-Trent City Council", "https://moderngov.stoke.gov.uk",
              "Civic Centre, Glebe Street, Stoke-on-Trent, ST4 1HH",
              "Copyright Stoke-on-Trent City Council"),
    heading="Agenda and minutes: Cabinet - Tuesday, 15th October, 2024 2.00 pm",
    venue="Civic Centre, Glebe Street, Stoke-on-Trent, ST4 1HH",
    contact="Gemma Bould, Democratic Services, 01782 231544",
    items=[
        item("48.", "Declarations of Interest", [
            "Councillor Shaheen declared a non-pecuniary interest in item 50 as a trustee of the Friends of Hanley Park.",
        ]),
        item("49.", "Fenton Manor Sports Complex: swimming pool refurbishment", [
            "The Cabinet Member for Leisure, Culture and Heritage, Councillor Abby Rushton, presented the report. A condition survey carried out in the spring had found that the main pool tank was leaking around 9,000 litres of water a day through cracks in its base, and that the air handling plant serving the pool hall was beyond its design life.",
            "The refurbishment would reline the main pool, replace the air handling plant and the changing village, and add a moveable floor to the learner pool. The estimated cost was £4.2 million, of which £2.5 million would come from the council's capital programme and £1.7 million from Sport England's Swimming Pool Support Fund.",
            "The pool would close for around 11 months from January 2025. Swimming lessons and club bookings would move to Dimensions Leisure Centre in Burslem and to Shelton Pool during the closure.",
            "Councillor Tindall asked whether the sports hall and gym would stay open. Councillor Rushton replied that they would, as they had a separate entrance and plant room.",
            "Resolved: That the refurbishment of the swimming pools at Fenton Manor Sports Complex be approved within a budget of £4.2 million.",
        ], links=[("Report - Fenton Manor pool refurbishment", "702 KB")]),
        item("50.", "Park pavilions and lodges programme", [
            "Cabinet considered the second year of the programme to bring historic park buildings back into use. Work on the Hanley Park pavilion had been completed in July at a cost of £380,000 and the building now housed a café run by a social enterprise and a room for community groups.",
            "The next buildings in the programme were the lodge at Burslem Park, the bandstand at Longton Park and the former keeper's cottage at Tunstall Park. Officers would seek tenants for each before design work started, so that the works could be shaped around their use.",
            "Councillor Shaheen welcomed the reopening of the Hanley Park pavilion, saying it had drawn 14,000 visitors in its first two months.",
            "Resolved: That the second year of the park pavilions and lodges programme be approved, and that officers seek expressions of interest from tenants for the Burslem Park lodge by the end of December 2024.",
        ], links=[("Report - Park pavilions and lodges", "410 KB")]),
        item("51.", "Household waste recycling centre opening hours", [
            "The Cabinet Member for Environment reported that visits to the Hanford and Federation Road recycling centres fell sharply after 5pm in the winter months. It was proposed that from November to February both sites close at 4pm instead of 6pm, saving around £46,000 a year.",
            "Resolved: That the winter opening hours of the household waste recycling centres be changed as set out in the report, from 1 November 2024.",
        ]),
    ],
)

# 4. Cotswold: Cabinet
doc(
    name="ieListDocuments_CId127_MId4305_Cotswold_Cabinet",
    form="mg-meeting",
    council="Cotswold District Council",
    stated="yes",
    committee="Cabinet",
    date="2024-09-05",
    site=site("Cotswold District Council", "https://meetings.cotswold.gov.uk",
              "Cotswold District Council, Trinity Road, Cirencester, Gloucestershire GL7 1PX",
              "© Cotswold District Council"),
    heading="Agenda and minutes: Cabinet - Thursday, 5th September, 2024 6.00 pm",
    venue="Council Chamber - Council Offices, Trinity Road, Cirencester, GL7 1PX",
    contact="Democratic Services, democratic@cotswold.gov.uk, 01285 623000",
    items=[
        item("31", "Minutes", [
            "The minutes of the meeting held on 4 July 2024 were approved as a correct record.",
        ]),
        item("32", "Electric vehicle charge points in council car parks", [
            "The Cabinet Member for Climate Change and Digital, Councillor Imogen Ferris, introduced the report. The council's car parks currently have 12 public charge points, most of them at the Waterloo car park in Cirencester. The proposal was to grant a 15 year concession to Voltra Charging Ltd to install and run 48 further charge points in nine car parks, including Beeches in Cirencester, Maugersbury Road in Stow-on-the-Wold and the Rissington Road car park in Bourton-on-the-Water.",
            "Voltra Charging Ltd would pay for the installation, the grid connections and the maintenance, at no capital cost to the council, and would pay the council 8 per cent of its charging revenue from each site.",
            "Councillor Marcus Lodge asked what would happen to the bays if the chargers broke down. Councillor Ferris replied that the concession required any faulty charger to be repaired within 48 hours, with penalty payments to the council after that.",
            "RESOLVED: That Cabinet awards a 15 year concession for electric vehicle charge points in nine council car parks to Voltra Charging Ltd.",
        ], links=[("Report - EV charge point concession", "601 KB"), ("Annex A - Car parks and numbers of charge points", "88 KB")]),
        item("33", "Car parking charges: Bourton-on-the-Water", [
            "Cabinet considered the coach parking charge at the Rissington Road car park, which had not changed since 2019. It was proposed to raise the daily charge for a coach from £20 to £25 from 1 January 2025.",
            "Councillor Lodge, the ward member, said that in summer coaches queued along the Fosse Way to get into the village. The Deputy Leader replied that a parking study of Bourton-on-the-Water would be commissioned this autumn to look at coach and car demand together, and would report to Cabinet in spring 2025.",
            "RESOLVED: That the daily coach parking charge at Rissington Road car park increases to £25 from 1 January 2025.",
        ]),
        item("34", "Moreton-in-Marsh flood alleviation: next steps", [
            "The Cabinet Member for Environment reported on the work with the county council and the Environment Agency following the flooding of 63 homes in Moreton-in-Marsh in January 2024. A culvert under the railway had been cleared and a new trash screen fitted.",
            "The council would contribute £150,000 towards the design of a storage area upstream of the town, with the Environment Agency bidding for the construction funding.",
            "RESOLVED: That £150,000 be allocated from the Flood Resilience Reserve towards the design of the Moreton-in-Marsh flood storage scheme.",
        ]),
    ],
)

# 5. Bracknell Forest: Executive
doc(
    name="ieListDocuments_CId102_MId15620_BracknellForest_Executive",
    form="mg-meeting",
    council="Bracknell Forest Council",
    stated="yes",
    committee="Executive",
    date="2025-01-21",
    site=site("Bracknell Forest Council", "https://democratic.bracknell-forest.gov.uk",
              "Bracknell Forest Council, Time Square, Market Street, Bracknell RG12 1JD",
              "© 2025 Bracknell Forest Council",
              sidebar=["Browse meetings", "Calendar", "Committee details", "Attendance", "Forward plan"]),
    heading="Agenda and decisions: Executive - Tuesday, 21st January, 2025 5.00 pm",
    venue="Council Chamber, Time Square, Market Street, Bracknell, RG12 1JD",
    contact="Hannah Stevenson, Governance and Scrutiny, 01344 352308",
    items=[
        item("53.", "Executive Minutes", [
            "RESOLVED that the minutes of the meeting of the Executive on 10 December 2024 together with the accompanying decision records be confirmed as a correct record and signed by the Leader.",
        ]),
        item("54.", "On-street electric vehicle charging", [
            "The Executive Member for Environment, Councillor Tomasz Kellerman, presented a report on on-street charging for residents without driveways. A bid to the Local Electric Vehicle Infrastructure fund had secured £1.34 million, which would pay for 120 chargers fitted to lamp columns and 16 fast chargers in car parks at Great Hollands, Harmans Water, Crowthorne and Sandhurst.",
            "A residents' survey in 2024 had found that 38 per cent of households in Bracknell's older estates had no off-street parking, and that two in five of them would consider an electric car within five years if they could charge it outside their home.",
            "Councillor Priya Natt asked what residents would pay to charge. Councillor Kellerman said that the charging tariff had not yet been set, as it would be proposed by the operator in its bid and agreed when the contract was awarded in the summer.",
            "RESOLVED that the procurement of an operator for 136 on-street and car park chargers, funded by the Local Electric Vehicle Infrastructure fund, be approved.",
        ], links=[("Report - On-street EV charging", "512 KB")]),
        item("55.", "The Look Out Discovery Centre: new operating model", [
            "The Executive considered options for The Look Out Discovery Centre after visitor numbers fell to 112,000 in 2023/24 from 160,000 before the pandemic. The preferred option was to lease the science centre to a charitable trust on a ten year lease, with the council keeping responsibility for the building's roof and structure.",
            "Councillor Natt asked whether the café and the play area in the woods would remain. The Executive Member for Culture replied that both were part of the lease and the trust had committed to keep them open all year.",
            "RESOLVED that the Executive Director be authorised to agree a ten year lease of The Look Out Discovery Centre with Crowthorne Science Trust.",
        ]),
        item("56.", "Council tax reduction scheme 2025/26", [
            "The Executive recommended to Council that the local council tax reduction scheme for working age households remains unchanged for 2025/26, with the maximum award kept at 80 per cent of the council tax bill.",
            "RESOLVED that Council be recommended to adopt the 2025/26 council tax reduction scheme without change.",
        ]),
    ],
)

# 6. Ipswich: Executive
doc(
    name="ieListDocuments_CId119_MId6611_Ipswich_Executive",
    form="mg-meeting",
    council="Ipswich Borough Council",
    stated="yes",
    committee="Executive",
    date="2024-06-04",
    site=site("Ipswich Borough Council", "https://democracy.ipswich.gov.uk",
              "Grafton House, 15-17 Russell Road, Ipswich, IP1 2DE",
              "© Ipswich Borough Council",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Constitution", "Contact us"]),
    heading="Agenda and minutes: Executive - Tuesday, 4th June, 2024 6.00 pm",
    venue="Council Chamber, Town Hall, Cornhill, Ipswich",
    contact="Ellie Strowger, Democratic Services, 01473 432515",
    items=[
        item("E/24/10", "Weekly food waste collections", [
            "Councillor Zara Haddon, Portfolio Holder for Environment, introduced the report. The Environment Act 2021 requires the council to collect food waste separately from every household each week from 1 April 2026. Around 61,000 households would receive a 23 litre outdoor caddy and a 5 litre kitchen caddy.",
            "The Government had awarded a capital grant of £2.1 million towards eight new food waste vehicles and the caddies. The running costs, estimated at £870,000 a year, would be met by new burdens funding for the first three years, after which the position would be reviewed.",
            "Councillor Lennox asked where the food waste would go. Councillor Haddon replied that it would be taken to an anaerobic digestion plant near Stowmarket under a county-wide contract, where it would be turned into biogas and fertiliser.",
            "Councillor Lennox also asked about flats with shared bins. The Portfolio Holder said that 4,800 flats would be given communal food waste bins and that a dedicated officer would visit each block before the service started.",
            "RESOLVED: That the introduction of a weekly food waste collection service from April 2026 be approved, and that the purchase of eight vehicles and the caddies be funded from the Government's capital grant.",
        ], links=[("Food waste collections report", "622 KB")]),
        item("E/24/11", "Regent Theatre: roof and fly tower repairs", [
            "The Portfolio Holder for Culture reported that a structural inspection in February had found corroded steel in the fly tower roof of the Regent Theatre and slipped slates over the auditorium. Temporary netting had been fitted above the stage as a precaution.",
            "The repairs were estimated at £1.6 million, to be funded by borrowing within the capital programme. The works would replace the fly tower roof covering, strengthen four steel trusses and re-slate the auditorium roof with the original Welsh slate where it could be reused.",
            "Councillor Frost asked whether the new slates would match the old ones. The Portfolio Holder said that the conservation officer had agreed that any shortfall could be made up with reclaimed slate from a Suffolk supplier of the same size and colour.",
            "The contractor, Orwell Heritage Roofing Ltd, had carried out the repairs to the roof of the Corn Exchange in 2021 and was appointed under the council's framework for works to listed buildings.",
            "RESOLVED: That £1.6 million be added to the capital programme for the repair of the Regent Theatre roof and fly tower.",
        ], links=[("Regent Theatre roof report", "455 KB")]),
        item("E/24/12", "Holywells Park: restoration of the stable block", [
            "The Executive agreed to submit a bid to the National Lottery Heritage Fund of £940,000 towards the restoration of the Grade II listed stable block in Holywells Park as a learning centre, with £210,000 of match funding from the council.",
            "RESOLVED: That the bid to the National Lottery Heritage Fund for the Holywells Park stable block be submitted.",
        ]),
    ],
)


# =============================================================================== mg-item

# 7. Luton: scrutiny of empty homes
doc(
    name="mgAi_ID51288_Luton_Scrutiny_EmptyHomes",
    form="mg-item",
    council="Luton Borough Council",
    stated="yes",
    committee="Overview and Scrutiny Board",
    date="2024-06-19",
    site=site("Luton Borough Council", "https://democracy.luton.gov.uk",
              "Luton Borough Council, Town Hall, George Street, Luton, Bedfordshire LU1 2BQ",
              "© Luton Borough Council 2024",
              menu=["Home", "Your councillors", "Meetings", "Decisions", "Contact us"],
              breadcrumb=["Home", "Meetings", "Overview and Scrutiny Board", "Agenda item"]),
    meeting_line="19/06/2024 - Overview and Scrutiny Board (Item 7.)",
    items=[
        item("7.", "Empty Homes Strategy 2022-2027: annual progress report", [
            "The Board received the annual report of the Service Director, Housing Standards, Mr Graham Oyelaran, on the Empty Homes Strategy. On 1 April 2024 there were 1,140 homes in the borough that had been empty for more than six months, down from 1,262 a year earlier. During 2023/24 the team had brought 87 long-term empty homes back into use through advice, loans and enforcement.",
            "Mr Oyelaran said the homes were not spread evenly: Biscot ward had the most, with 96 long-term empty homes, followed by Dallow with 81, many of them flats above shops on Dunstable Road and Bury Park Road.",
            "The council charges a premium on homes empty for more than a year: the bill is doubled after one year, trebled after five years and quadrupled after ten years. Forty-one owners were paying the highest rate.",
            "Councillor Sabra Hussain asked what the council could do about owners who ignored letters. Mr Oyelaran replied that the team had used empty dwelling management orders twice in the past year, taking over the management of a house in Wardown Crescent and a flat on Park Street, and was preparing a compulsory purchase order for a house in Farley Hill that had been empty since 2011.",
            "Councillor Darren Whitlock asked whether the loans were being repaid. Mr Oyelaran said that the council had lent £1.05 million since 2022 in interest-free loans of up to £25,000 per home, and that every loan due so far had been repaid, in return for the owner letting the home through the council's lettings agency at a local housing allowance rent for five years.",
            "The Board thanked the team and asked that the next report show how many of the homes brought back into use were now let to households from the housing register.",
            "RESOLVED: (i) That the progress report be noted. (ii) That the next annual report include the number of homes let to households on the housing register.",
        ], intro="Report of the Service Director, Housing Standards.",
           links=[("Empty Homes annual report 2023-24", "388 KB"), ("Appendix - empty homes by ward", "96 KB")]),
    ],
)

# 8. Huntingdonshire: scrutiny of food waste
doc(
    name="mgAi_ID33019_Huntingdonshire_Scrutiny_FoodWaste",
    form="mg-item",
    council="Huntingdonshire District Council",
    stated="yes",
    committee="Overview and Scrutiny Panel (Environment, Communities and Partnerships)",
    date="2025-01-08",
    site=site("Huntingdonshire District Council", "https://applications.huntingdonshire.gov.uk/moderngov",
              "Huntingdonshire District Council, Pathfinder House, St Mary's Street, Huntingdon, PE29 3TN",
              "© Huntingdonshire District Council",
              breadcrumb=["Home", "Committees", "Overview and Scrutiny Panel", "Agenda item"]),
    meeting_line="08/01/2025 - Overview and Scrutiny Panel (Environment, Communities and Partnerships) (Item 42.)",
    items=[
        item("42.", "Separate Food Waste Collections: Mobilisation", [
            "With the aid of a report by the Head of Operations, Mr Craig Lowther, the Panel was updated on preparations for weekly food waste collections, which the Council must offer to every household from 31 March 2026. Around 82,000 households would receive caddies, and collections would use 11 dedicated food waste vehicles based at the Eco Innovation Centre depot in St Ives.",
            "A trial with 1,500 households in the Eaton Socon and Eynesbury areas of St Neots had begun in October 2024. Mr Lowther reported that in the first ten weeks an average of 2.1 kilograms of food waste had been collected per household per week and that 64 per cent of households had put their caddy out at least once a fortnight.",
            "A resident survey of the trial households would be carried out in March 2025, asking about the size of the caddies, the liners and whether the weekly collection had changed how much food residents threw away. The results would be reported to the Panel in June.",
            "Councillor Oliver Pettit asked who would pay for the liners for the kitchen caddies. Mr Lowther said that the council would give every household a free roll of liners at the start, and that after that residents would buy their own, as the Government's funding did not cover liners.",
            "Councillor Rebecca Gale asked how the change would affect the fortnightly black bin collection. Mr Lowther replied that there were no plans to change the frequency of residual waste collections, although the Council would monitor how much lighter the black bins became.",
            "The Panel noted that the food waste would be processed at an anaerobic digestion facility near Ely under a contract let by the county council.",
            "RESOLVED that the Panel notes the progress on mobilising separate food waste collections and asks for the trial results and the survey findings to be reported in June 2025.",
        ], intro="Report of the Head of Operations.",
           links=[("Food waste mobilisation report", "512 KB"), ("Appendix 1 - Roll-out timetable", "74 KB")]),
    ],
)


# =============================================================================== mg-decision

# 9. Portsmouth: Cabinet Member decision on bus fares
doc(
    name="ieDecisionDetails_ID6120_Portsmouth_BusFares",
    form="mg-decision",
    council="Portsmouth City Council",
    stated="yes",
    committee="Cabinet Member for Transport",
    date="2024-11-26",
    site=site("Portsmouth City Council", "https://democracy.portsmouth.gov.uk",
              "Portsmouth City Council, Civic Offices, Guildhall Square, Portsmouth PO1 2AL",
              "© Portsmouth City Council",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Forward plan", "Petitions"]),
    decision_title="Decision details: Bus Service Improvement Plan 2025/26: young people's fares and evening services",
    fields=[
        ("Decision Maker:", "Cabinet Member for Transport"),
        ("Decision status:", "Recommendations Approved"),
        ("Is Key Decision?:", "Yes"),
        ("Is subject to call in?:", "Yes"),
    ],
    sections=[
        ("Purpose:", [
            "To decide how Portsmouth City Council will use its Bus Service Improvement Plan allocation of £1.9 million for 2025/26 to support fares and services.",
        ]),
        ("Decision:", [
            "The Cabinet Member for Transport, Councillor Peter Lindqvist, approved the following:",
            "- To fund a flat single fare of £1 for passengers aged 5 to 19 on all local bus services within the city from 1 April 2025 to 31 March 2026, at an estimated cost of £640,000.",
            "- To fund evening journeys every 20 minutes until 11pm on routes 1 and 2 between Southsea, the city centre and Cosham, at an estimated cost of £420,000.",
            "- To fund new real-time information displays at 30 bus stops, including Hard Interchange and Cosham High Street.",
            "The Cabinet Member noted that the national £2 fare cap for adults was set by the Government and was outside the council's control.",
        ]),
        ("Reasons for the decision:", [
            "Passenger surveys in 2024 found that cost was the main reason young people gave for not using the bus, and the 2023/24 trial of a £1.20 fare for under 19s in the north of the city had increased journeys by young people on those routes by 23 per cent.",
            "The evening services were chosen because the operators had reported that the last buses on routes 1 and 2 were often full, while shift workers at Queen Alexandra Hospital had asked for later buses home.",
            "The operators have not yet confirmed whether they will also increase the frequency of the Sunday services on these routes; this will depend on driver recruitment over the winter.",
        ]),
        ("Alternative options considered:", [
            "A fare of £1.50 for under 19s was considered but rejected because it would have saved only £95,000 while keeping the fare above what the trial had shown young people would pay.",
            "Using the whole allocation on new routes was considered but rejected as the operators could not guarantee enough drivers.",
        ]),
    ],
    tail=[
        ("Publication date:", "26/11/2024"),
        ("Date of decision:", "26/11/2024"),
        ("Effective from:", "04/12/2024"),
        ("Decided at meeting:", "26/11/2024 - Cabinet Member for Transport"),
    ],
    links=[("Report: BSIP 2025/26 fares and services", "402 KB")],
)

# 10. Guildford: Executive decision on air quality
doc(
    name="ieDecisionDetails_ID2874_Guildford_AirQuality",
    form="mg-decision",
    council="Guildford Borough Council",
    stated="yes",
    committee="Executive",
    date="2024-04-23",
    site=site("Guildford Borough Council", "https://democracy.guildford.gov.uk",
              "Guildford Borough Council, Millmead House, Millmead, Guildford, Surrey GU2 4BB",
              "© Guildford Borough Council"),
    decision_title="Decision details: Air Quality Action Plan 2024-2029",
    fields=[
        ("Decision Maker:", "Executive"),
        ("Decision status:", "Recommendations Approved"),
        ("Is Key Decision?:", "No"),
        ("Is subject to call in?:", "Yes"),
    ],
    sections=[
        ("Purpose:", [
            "To adopt the Council's Air Quality Action Plan for 2024 to 2029, covering the three Air Quality Management Areas in Guildford town centre, Compton and Shalford.",
        ]),
        ("Decision:", [
            "The Executive, on the recommendation of the Lead Councillor for Environment, Councillor Dominic Harcourt, RESOLVED:",
            "(1) That the Air Quality Action Plan 2024-2029 be adopted.",
            "(2) That £95,000 be allocated from the Climate Change Reserve for six real-time nitrogen dioxide and particle monitors, to be placed in Compton, Shalford, on the gyratory at Friary Bridge and outside three schools near the A3.",
            "(3) That officers work with Surrey County Council on a trial of a lower speed limit of 20mph through Compton village.",
        ]),
        ("Reasons:", [
            "Annual mean nitrogen dioxide in The Street, Compton, was 38 micrograms per cubic metre in 2023, just below the legal limit of 40, having exceeded it in four of the previous six years. The plan's measures are needed to keep levels below the limit and to revoke the management areas once they have been met for three years in a row.",
            "The public consultation on the draft plan ran for eight weeks from 4 December 2023. Respondents raised lorry traffic in Shalford, idling outside schools and the timing of the lights at Friary Bridge, and the plan was amended to include an anti-idling campaign at schools.",
            "The Lead Councillor noted that wood burning stoves were now a larger source of fine particles in the borough than road traffic, and that the plan includes advice to residents on cleaner burning.",
        ]),
        ("Alternative options considered:", [
            "Not adopting a plan was rejected as the Council is required by law to have an action plan for each management area. Relying only on diffusion tubes was rejected because they show monthly averages and cannot show peaks at school times.",
        ]),
    ],
    tail=[
        ("Publication date:", "24/04/2024"),
        ("Date of decision:", "23/04/2024"),
        ("Effective from:", "02/05/2024"),
    ],
    links=[("Air Quality Action Plan 2024-2029 - Executive report", "1 MB")],
)


# =============================================================================== pdf-minutes

# 11. Renfrewshire: Infrastructure, Land and Environment Policy Board
doc(
    name="Renfrewshire_ILE_Board_Minute_20112024",
    form="pdf-minutes",
    council="Renfrewshire Council",
    stated="yes",
    committee="Infrastructure, Land and Environment Policy Board",
    date="2024-11-20",
    pdf_title="Minute - Infrastructure, Land and Environment Policy Board",
    pdf_author="Democratic Services",
    title_lines=[
        "Renfrewshire Council",
        "Minute of Meeting",
        "Infrastructure, Land and Environment Policy Board",
        "Date: Wednesday, 20 November 2024. Time: 13:00. Venue: Council Chambers (Renfrewshire), Council Headquarters, Renfrewshire House, Cotton Street, Paisley and online.",
    ],
    attendance=[
        ("Present:", "Councillor Andrew McKechnie (Convener), Councillor Fiona Dalgleish, Councillor Jamie Crossan, Councillor Marie Lennon, Councillor Stuart Bryden, Councillor Alison Gourlay, Councillor Ross Buchanan."),
        ("In Attendance:", "G Rennie, Head of Climate, Public Protection and Roads; K Forsyth, Operations Manager (Waste); L Anand, Senior Committee Services Officer."),
    ],
    items=[
        {"num": "1", "title": "Winter Maintenance Plan 2024/25", "body": [
            "There was submitted a report by the Director of Environment, Housing and Infrastructure on the winter maintenance plan for 2024/25. The report stated that the council had 9,500 tonnes of salt in stock at the start of the season across the depots at Underwood Road and Barochan, and 18 gritters, including two smaller vehicles for footways in Paisley town centre.",
            "Priority one routes, covering 48 per cent of the road network including all bus routes and the approaches to the Royal Alexandra Hospital, would be treated before 7am when frost or snow was forecast. The council had used 7,400 tonnes of salt in winter 2022/23.",
            "Councillor Bryden asked whether the 310 grit bins would be refilled before Christmas. Mr Rennie replied that all grit bins had been filled in October and would be refilled on request within five working days.",
            "DECIDED: That the winter maintenance plan for 2024/25 be approved.",
        ]},
        {"num": "2", "title": "Food Waste Participation in Flatted Properties", "body": [
            "There was submitted a report on a project to increase food waste recycling in tenement flats in Paisley and Renfrew. The report explained that only 19 per cent of flats with communal bins used the food waste service, against 56 per cent of houses with their own bins.",
            "In a pilot in 1,200 flats in the Ferguslie and Shortroods areas, every flat had been given a kitchen caddy, a year of liners and a door knock from a recycling adviser.",
            "Monitoring after three months showed that food waste put out at the communal bins had increased by 70 per cent.",
            "Mr Forsyth said the project would be extended to a further 6,000 flats in 2025 with £180,000 from the Scottish Government's Recycling Improvement Fund.",
            "Councillor Gourlay asked whether the caddies would be replaced if they were stolen. Mr Forsyth confirmed that replacement caddies were free and could be ordered online.",
            "DECIDED: (a) That the report be noted; and (b) That the extension of the project to a further 6,000 flats be approved.",
        ]},
        {"num": "3", "title": "Traffic Regulation Order: Johnstone Town Centre", "body": [
            "There was submitted a report on objections to the proposed traffic regulation order for Johnstone town centre, which would introduce 30 minute waiting limits on High Street and Church Street.",
            "Councillor Crossan, seconded by Councillor Buchanan, moved that the order be made as proposed. Councillor Lennon, seconded by Councillor Dalgleish, moved as an amendment that the waiting limit be 60 minutes. On a vote being taken, 3 members voted for the amendment and 4 for the motion. The motion was accordingly declared carried.",
            "DECIDED: That the objections be set aside and the Johnstone Town Centre traffic regulation order be made as proposed.",
        ]},
        {"num": "4", "title": "Robertson Park, Renfrew: Play Area Renewal", "body": [
            "There was submitted a report on the renewal of the play area in Robertson Park, Renfrew, at a cost of £265,000. The contract had been awarded to Clydeplay Installations Ltd following a tender in which four bids were received.",
            "DECIDED: That the award of the contract be noted.",
        ]},
    ],
    closing=[],
    header="Renfrewshire Council - Infrastructure, Land and Environment Policy Board - 20 November 2024",
    footer=["Page {n} of {total}"],
)

# 12. Belfast: Strategic Policy and Resources Committee
doc(
    name="Belfast_SPR_Committee_Minutes_23Feb2024",
    form="pdf-minutes",
    council="Belfast City Council",
    stated="yes",
    committee="Strategic Policy and Resources Committee",
    date="2024-02-23",
    pdf_title="Strategic Policy and Resources Committee minutes",
    pdf_author="Belfast City Council",
    title_lines=[
        "Belfast City Council",
        "Strategic Policy and Resources Committee",
        "Friday, 23rd February, 2024",
        "MEETING OF STRATEGIC POLICY AND RESOURCES COMMITTEE, HELD IN THE LAVERY ROOM, CITY HALL AND REMOTELY VIA MICROSOFT TEAMS",
    ],
    attendance=[
        ("Members present:", "Councillor Aoife Mulgrew (Chairperson); Alderman Corscadden; and Councillors Breen, Doherty, Ferran, Hanvey, McAteer, Nesbitt, O'Kane and Trainor."),
        ("In attendance:", "Mr. C. Walsh, Chief Executive; Ms. S. Gormley, Director of City and Organisational Strategy; Mr. P. Devenney, Director of Finance; and Mrs. L. McAuley, Democratic Services Officer."),
    ],
    items=[
        {"num": "", "title": "Apologies", "body": [
            "Apologies were reported on behalf of Councillor Keenan.",
        ]},
        {"num": "", "title": "District Rate 2024/25", "body": [
            "The Director of Finance submitted a report recommending a district rate increase of 5.99 per cent for 2024/25. He explained that the increase would add around £39 a year to the rates bill of an average house in the city, and that without it the Council would have a gap of £6.8 million arising mainly from pay awards and energy costs.",
            "Councillor Ferran asked how much of the gap had been closed by savings. The Director of Finance replied that £4.1 million of efficiency savings had been identified, including £1.3 million from a new energy contract for the leisure centres.",
            "Moved by Councillor Nesbitt, seconded by Councillor McAteer, that the Committee recommend a district rate increase of 5.99 per cent. On a vote, 11 members voted for the proposal and 3 against and it was declared carried.",
        ]},
        {"num": "", "title": "Christmas Market at City Hall: Future Arrangements", "body": [
            "The Committee was reminded that the licence for the Christmas market in the grounds of the City Hall had expired after the 2023 market. The Director of City and Organisational Strategy reported that the market had drawn around 850,000 visits in 2023 but had also brought complaints from traders in Donegall Place about stalls blocking sightlines and about litter.",
            "She proposed that an independent review of the Christmas market be commissioned, covering its economic impact on the city centre, its layout, its environmental impact and the fees charged to the operator, and that the review report to the Committee in June 2024 before any new licence was advertised.",
            "Councillor Breen asked whether the market would go ahead in 2024. The Director confirmed that the Council intended to hold a market in 2024, with its size and operator to be decided after the review.",
            "The Committee agreed that an independent review of the Christmas market be commissioned, to report in June 2024.",
        ]},
        {"num": "", "title": "Belfast Bikes: Extension of the Scheme", "body": [
            "The Committee considered a report on the Belfast Bikes public bike hire scheme, which had 1,400 annual members and recorded 190,000 journeys in 2023. The report proposed adding 12 docking stations in the north and west of the city, including at the Girdwood Community Hub and the Colin Town Centre, funded by £680,000 from the Department for Infrastructure.",
            "The Committee approved the extension of Belfast Bikes to 12 new docking stations, subject to funding being confirmed by the Department for Infrastructure.",
        ]},
        {"num": "", "title": "Cathedral Gardens: Appointment of Contractor", "body": [
            "The Committee noted that the contract for the redevelopment of Cathedral Gardens had been awarded to Lagan Civic Works Ltd for £5.2 million and that works would begin in April 2024.",
        ]},
    ],
    closing=["Chairperson"],
    header="Strategic Policy and Resources Committee, Friday, 23rd February, 2024",
    header_right="A",
    footer=["{n}"],
)

# 13. Orkney: Development and Infrastructure Committee
doc(
    name="Orkney_DI_Committee_Minute_2024-09-03",
    form="pdf-minutes",
    council="Orkney Islands Council",
    stated="yes",
    committee="Development and Infrastructure Committee",
    date="2024-09-03",
    pdf_title="Development and Infrastructure Committee - Minute",
    pdf_author="Orkney Islands Council",
    title_lines=[
        "Orkney Islands Council",
        "Minute of a Meeting of the Development and Infrastructure Committee held in the Council Chamber, Council Offices, School Place, Kirkwall, on 3 September 2024 at 10:30.",
    ],
    attendance=[
        ("Present:", "Councillors Magnus Isbister, Ingrid Flett, Thorfinn Rendall, Kristin Linklater, Erlend Drever, Gwen Sinclair and Sigurd Muir."),
        ("Clerk:", "Moira Harcus, Committees Officer."),
        ("In Attendance:", "Hayley Spence, Corporate Director for Neighbourhood Services and Infrastructure; Alan Tulloch, Head of Marine, Transport and Roads; Cara Groat, Team Manager (Roads Operations)."),
        ("Chair:", "Councillor Magnus Isbister."),
    ],
    items=[
        {"num": "1.", "title": "Winter Service Plan 2024/25", "body": [
            "There had been circulated a report setting out the Winter Service Plan for 2024/25, together with an Equality Impact Assessment.",
            "The Committee noted that 14 gritters and 4 tractor mounted spreaders would cover the Mainland, Hoy, Sanday, Stronsay, Westray and Shapinsay, with salt stocks of 4,200 tonnes held at Hatston and on the isles. Primary routes, including the roads to the ferry terminals at Stromness, Houton and Tingwall, would be treated by 07:30 when ice was forecast.",
            "Councillor Flett asked whether the roads to the isles' schools would be gritted before the school buses ran. Cara Groat confirmed that routes used by school transport on the isles had been moved up to priority one this year, at the request of the head teachers.",
            "The Committee resolved to approve the Winter Service Plan for 2024/25.",
        ]},
        {"num": "2.", "title": "Public Electric Vehicle Charging Network", "body": [
            "There had been circulated a report on the public electric vehicle charging network, which at present has 31 charge points, 18 of them on the Mainland.",
            "Alan Tulloch explained that usage had doubled in two years and that the council would install 12 further rapid and fast charge points during 2025, at Pickaquoy Centre car park and Junction Road in Kirkwall, at Ferry Road in Stromness, and on Westray, Sanday and Hoy. The £640,000 cost would be met from the Scottish Government's Electric Vehicle Infrastructure Fund.",
            "The Committee noted that the tariff of 40p per kilowatt hour, introduced in 2023, had covered the electricity and maintenance costs of the network in 2023/24.",
            "The Committee resolved to approve the installation of 12 additional public charge points during 2025.",
        ]},
        {"num": "3.", "title": "Inter-Island Ferries: Replacement Vessels", "body": [
            "There had been circulated a joint report by the Corporate Director for Neighbourhood Services and Infrastructure and the Head of Finance on the programme to replace the inter-island ferry fleet, most of which is over 30 years old.",
            "Hayley Spence reported that the outline business case for the first two replacement vessels, for the North Isles routes, had been submitted to the Scottish Government and Transport Scotland in July. The cost of the vessels had not yet been established, as the design work would not be complete until the end of the year and the shipyards would only then be asked to price them.",
            "Councillor Drever asked how much of the cost the Scottish Government would meet. Ms Spence said that discussions were continuing and no funding commitment had yet been made.",
            "The Committee resolved to note the progress on the replacement of the inter-island ferries.",
        ]},
        {"num": "4.", "title": "Stromness Pier Head: Paving Repairs", "body": [
            "There had been circulated a report on repairs to the flagstone paving at the Pier Head in Stromness, which had been damaged by storms in January 2024. The Committee noted that the works, costing £86,000, would be carried out by Hamnavoe Stoneworks Ltd between October and December 2024.",
            "The Committee resolved to note the arrangements.",
        ]},
    ],
    closing=["The Chair declared the meeting concluded at 12:55."],
    header="Development and Infrastructure Committee: 3 September 2024.",
    footer=["Page {n}."],
)

# 14. East Ayrshire: Cabinet
doc(
    name="EAC_Cabinet_Minutes_12June2024",
    form="pdf-minutes",
    council="East Ayrshire Council",
    stated="yes",
    committee="Cabinet",
    date="2024-06-12",
    pdf_title="Cabinet 12 June 2024 - minutes",
    pdf_author="Governance Services",
    title_lines=[
        "EAST AYRSHIRE COUNCIL",
        "CABINET",
        "MINUTES OF MEETING HELD ON WEDNESDAY 12 JUNE 2024 AT 10.00AM IN THE COUNCIL CHAMBERS, COUNCIL HEADQUARTERS, LONDON ROAD, KILMARNOCK",
    ],
    attendance=[
        ("PRESENT:", "Councillors Duncan Gilmour (Chair), Elena Craufurd, Neil McGhee, Fraser Lockhart, Janice Boyd and Callum Laird."),
        ("ATTENDING:", "Kirstie Reid, Chief Executive; Hugh Kennedy, Head of Housing and Communities; Lynne McKnight, Chief Finance Officer; Stewart Orr, Committee Administrator."),
        ("APOLOGIES:", "Councillor Agnes Hume."),
    ],
    items=[
        {"num": "1.", "title": "MINUTES OF PREVIOUS MEETING", "body": [
            "The minutes of the meeting of Cabinet held on 15 May 2024 were approved as a correct record.",
        ]},
        {"num": "2.", "title": "EMPTY HOMES: PURCHASE AND REPAIR PROGRAMME", "body": [
            "There was submitted a report by the Head of Housing and Communities on a programme to buy long-term empty homes in the towns of the Irvine Valley and the Doon Valley, repair them and let them as council homes.",
            "Mr Kennedy reported that there were 1,380 homes in East Ayrshire that had been empty for more than six months, and that in Dalmellington, Newmilns and Galston there were streets where one house in ten was empty. The programme would buy 40 homes over two years, with a budget of £4.8 million, including £2.4 million from the Scottish Government's Affordable Housing Supply Programme.",
            "He explained that the council would only buy a house if a survey showed it could be brought up to the Scottish Housing Quality Standard for less than £45,000, and if it was in an area where there was demand from the housing list.",
            "Councillor Lockhart asked whether owners would be paid market value. Mr Kennedy replied that the council would pay the value given by the District Valuer, less the cost of repairs where the house was in poor condition.",
            "Councillor Boyd asked how the programme would be publicised. Mr Kennedy said that owners who were paying the council tax levy on long-term empty homes would receive a letter, and that the empty homes officer would hold drop-in sessions in Cumnock and Dalmellington.",
            "The Cabinet agreed (i) to approve the Empty Homes Purchase and Repair Programme; and (ii) otherwise to note the report.",
        ]},
        {"num": "3.", "title": "DEAN CASTLE COUNTRY PARK: VISITOR CENTRE", "body": [
            "There was submitted a report on the performance of the new visitor centre at Dean Castle Country Park, which had opened in April 2023. The report stated that the centre had welcomed 296,000 visitors in its first year, that the café had taken £410,000, and that 62 school groups had used the learning room.",
            "Councillor Craufurd asked why the rural life museum in the old stables was closed on Mondays. The Chief Executive replied that it was staffed by volunteers and that a volunteer recruitment drive was under way.",
            "The Cabinet agreed to note the report.",
        ]},
        {"num": "4.", "title": "CUMNOCK TOWN HALL: ROOF REPLACEMENT", "body": [
            "There was submitted a report by the Chief Finance Officer seeking approval of £720,000 from the capital programme for the replacement of the roof of Cumnock Town Hall, which had been closed to hirers since a section of ceiling fell in the main hall in January 2024.",
            "It was moved by Councillor McGhee, seconded by Councillor Laird, that the £720,000 be approved. There being no amendment, the motion was agreed.",
            "The Cabinet agreed to approve £720,000 for the roof replacement.",
        ]},
    ],
    closing=["The meeting terminated at 11.20am."],
    header="EAST AYRSHIRE COUNCIL - CABINET - 12 JUNE 2024",
    footer=["{n}"],
)

# 15. Newry, Mourne and Down: Planning Committee
doc(
    name="NMDDC_Planning_Committee_Minutes_16-10-2024",
    form="pdf-minutes",
    council="Newry, Mourne and Down District Council",
    stated="yes",
    committee="Planning Committee",
    date="2024-10-16",
    pdf_title="Planning Committee Minutes 16.10.2024",
    pdf_author="Newry, Mourne and Down District Council",
    title_lines=[
        "Newry, Mourne and Down District Council",
        "Minutes of the Planning Committee Meeting held on Wednesday 16 October 2024 at 10.00am in the Council Chamber, Downshire Civic Centre, Downpatrick",
    ],
    attendance=[
        ("Chairperson:", "Councillor Ciaran Magennis"),
        ("Committee Members in attendance in Chamber:", "Councillor Declan Coulter, Councillor Roisin Quinn, Councillor Gareth Annett, Councillor Niamh Morgan, Councillor Terence Kearney, Councillor Philippa Dunlop and Councillor Martin Hamill."),
        ("Officials in attendance:", "Mr Eoin Mallon, Director of Economy, Regeneration and Tourism; Ms Ann McAlinden, Head of Development Management; Mr Conal Fegan, Senior Planning Officer; Miss Sinead Rooney, Democratic Services Officer."),
    ],
    items=[
        {"num": "P/095/2024:", "title": "Apologies and Chairperson's Remarks", "body": [
            "Apologies were received from Councillor Owens.",
        ]},
        {"num": "P/096/2024:", "title": "LA07/2024/0311/F - 27 Main Street, Newcastle", "body": [
            "Change of use from a vacant retail unit to a hot food takeaway with a rear extraction flue.",
            "Mr Fegan presented the application, which officers recommended for refusal because the extraction flue would be visible from the Newcastle Area of Townscape Character and because of the number of hot food takeaways already in the lower part of Main Street.",
            "Mr Dermot Lavery, agent, spoke in support. He said the flue would be painted to match the rear wall and that the unit had been vacant for three years. Councillor Quinn asked the agent what hours were proposed. Mr Lavery replied that the takeaway would close at 11pm on weekdays and at midnight on Fridays and Saturdays.",
            "Councillor Coulter proposed to accept the officer recommendation to refuse, seconded by Councillor Dunlop. A vote was taken and the result was: FOR: 5, AGAINST: 3, ABSTENTIONS: 0. The proposal was declared carried.",
            "AGREED: To refuse planning permission for the reasons stated in the officer report.",
        ]},
        {"num": "P/097/2024:", "title": "LA07/2023/2140/F - Lands adjacent to 14 Shore Road, Killough", "body": [
            "Erection of a dwelling and garage on an infill site.",
            "Ms McAlinden explained that the site lay between two existing dwellings with frontage to Shore Road and that officers had concluded it was a small gap site within a substantial and continuously built up frontage. The application was recommended for approval.",
            "Councillor Hamill asked whether the neighbour's concerns about the height of the ridge had been addressed. Mr Fegan said the ridge had been lowered by 0.8 metres in amended plans.",
            "AGREED: On the proposal of Councillor Kearney, seconded by Councillor Annett, to approve planning permission subject to the conditions in the officer report.",
        ]},
        {"num": "P/098/2024:", "title": "LA07/2024/0087/O - Lands north of Ballydugan Road, Downpatrick", "body": [
            "Outline application for 18 dwellings.",
            "Ms McAlinden reported that the Department for Infrastructure Roads had asked for a revised visibility splay at the junction with Ballydugan Road. Officers asked that the application be deferred to allow amended plans to be submitted.",
            "AGREED: To defer the application for one month.",
        ]},
        {"num": "P/099/2024:", "title": "Local Development Plan: Draft Plan Strategy", "body": [
            "Mr Mallon advised that the independent examination of the draft Plan Strategy would begin in February 2025 and that the Planning Appeals Commission had confirmed the examiner.",
            "AGREED: To note the update.",
        ]},
    ],
    closing=["The meeting ended at 12.40pm.", "For confirmation at the Planning Committee Meeting on Wednesday 13 November 2024."],
    header="Planning Committee Minutes - 16 October 2024",
    footer=["Page {n} of {total}"],
)

# 16. Fenland: Cabinet
doc(
    name="Fenland_Cabinet_Minutes_18March2024",
    form="pdf-minutes",
    council="Fenland District Council",
    stated="yes",
    committee="Cabinet",
    date="2024-03-18",
    pdf_title="CABINET MINUTES 18 MARCH 2024",
    pdf_author="Member Services",
    title_lines=[
        "FENLAND DISTRICT COUNCIL",
        "MINUTES OF THE CABINET MEETING HELD AT FENLAND HALL, COUNTY ROAD, MARCH, ON MONDAY, 18 MARCH 2024 AT 4.00 PM",
    ],
    attendance=[
        ("PRESENT:", "Councillor Harriet Boden (Leader), Councillor Tom Ashdown (Deputy Leader), Councillor Gail Wragg, Councillor Ian Purkis, Councillor Keith Sutterby and Councillor Joan Fennell."),
        ("OFFICERS IN ATTENDANCE:", "Lydia Castle (Corporate Director), Mark Sheeran (Head of Assets and Projects), Hollie Dring (Member Services)."),
    ],
    items=[
        {"num": "CAB67/23", "title": "PREVIOUS MINUTES", "body": [
            "The public minutes of the meeting of 19 February 2024 were confirmed and signed.",
        ]},
        {"num": "CAB68/23", "title": "ELECTRIC VEHICLE CHARGING IN COUNCIL CAR PARKS", "body": [
            "Members considered the report presented by Councillor Sutterby on installing electric vehicle charge points in council car parks. Councillor Sutterby explained that Fenland had one of the lowest numbers of public charge points per head in the East of England, with only 23 in the whole district.",
            "The proposal was to install 26 fast charge points in six car parks: Church Terrace and Chapel Road in Wisbech, Darthill Road in March, Furrowfield in Chatteris, Broad Street in Whittlesey and Station Road in Chatteris. The installation would cost £312,000, of which £198,000 would come from the Cambridgeshire and Peterborough Combined Authority and the remainder from the council's capital programme.",
            "Councillor Fennell asked whether the bays would be reserved for electric cars at all times. Councillor Sutterby said that they would, and that drivers who parked in them without charging would receive a penalty charge notice.",
            "Members noted that a feasibility study of rapid chargers for taxis and delivery vans at the Nene Parade site in Wisbech would be carried out later in 2024, with the findings brought back to Cabinet.",
            "Proposed by Councillor Sutterby, seconded by Councillor Ashdown and AGREED to approve the installation of 26 electric vehicle charge points in six council car parks.",
        ]},
        {"num": "CAB69/23", "title": "WISBECH HIGH STREET PROJECT: 11-12 HIGH STREET", "body": [
            "Councillor Ashdown presented the report on the rebuilding of 11-12 High Street, Wisbech, a Georgian building that had collapsed in 2019. The new building would have a shop on the ground floor and four flats above, and had been completed in January 2024 at a cost of £2.3 million.",
            "Councillor Purkis asked whether a tenant had been found for the shop. Councillor Ashdown said that a bookshop and café, The Fenland Page Ltd, had signed a five year lease from 1 April 2024.",
            "Proposed by Councillor Ashdown, seconded by Councillor Wragg and AGREED to note the completion of the project and the letting of the ground floor.",
        ]},
        {"num": "CAB70/23", "title": "PORT OF WISBECH: DREDGING CONTRACT", "body": [
            "Members considered a report on the maintenance dredging of the River Nene at the Port of Wisbech. The contract for 2024 to 2027 would be awarded to Ouse Dredging Services Ltd at £148,000 a year, to remove around 40,000 cubic metres of silt each year.",
            "Proposed by Councillor Wragg, seconded by Councillor Purkis and AGREED to award the dredging contract.",
        ]},
    ],
    closing=["4.52 pm Chairman"],
    header="CABINET - 18 MARCH 2024",
    header_right="FENLAND DISTRICT COUNCIL",
    footer=["Page {n}"],
)


# =============================================================================== pdf-pack

# 17. Exeter: Executive pack (previous minutes 10 September 2024)
doc(
    name="Exeter_Executive_Pack_2024-10-08",
    form="pdf-pack",
    council="Exeter City Council",
    stated="yes",
    committee="Executive",
    date="2024-10-08",
    pdf_title="Agenda document for Executive, 08/10/2024 17:30",
    pdf_author="Exeter City Council",
    cover=["Executive", "Exeter City Council", "Tuesday, 8 October 2024 at 5.30 pm",
           "Rennes Room, Civic Centre, Paris Street, Exeter"],
    cover_body=[
        "Members of the Executive are summoned to attend the meeting of the Executive to be held at the Civic Centre, Paris Street, Exeter on the date and at the time shown above.",
        "Membership: Councillors Whitfield (Chair), Amesbury, Dawlish, Ferrer, Kinnear, Mulholland, Parsloe and Quick.",
        "Enquiries: please contact Natasha Broom, Democratic Services Officer, telephone 01392 265115.",
    ],
    agenda=[
        ("1", "Apologies"),
        ("2", "Minutes: to approve as correct the minutes of the meeting held on 10 September 2024. ({minutes})"),
        ("3", "Declarations of Interest"),
        ("4", "Exeter Quay Public Realm Scheme: report of the Strategic Director for Place. ({report})"),
        ("5", "Date of next meeting: Tuesday 5 November 2024."),
    ],
    marks=["Agenda Item 2", "Agenda Item 4"],
    prev_title_lines=[
        "EXECUTIVE",
        "Tuesday 10 September 2024",
        "Present: Councillor Whitfield (Chair); Councillors Amesbury, Dawlish, Ferrer, Kinnear, Mulholland and Quick.",
    ],
    prev_items=[
        {"num": "82", "title": "MINUTES", "body": [
            "The minutes of the meeting held on 13 August 2024 were taken as read, approved and signed by the Chair as correct.",
        ]},
        {"num": "83", "title": "HOUSING COMPANY BUSINESS PLAN", "body": [
            "The Executive received the annual business plan of the council's housing company, Exe Homes Partnership Ltd, which owns 118 homes let at market rents in the city and returned a dividend of £310,000 to the council in 2023/24.",
            "Councillor Ferrer asked whether the company would build homes at social rent. The Portfolio Holder for Housing replied that the company's next scheme, 44 homes on the former garage site at Vaughan Road, would include 16 homes at social rent, the first the company had built.",
            "RESOLVED that the business plan of Exe Homes Partnership Ltd for 2024/25 be approved.",
        ]},
        {"num": "84", "title": "CITY CENTRE PUBLIC TOILETS", "body": [
            "The Executive considered the refurbishment of the public toilets at Paris Street and Musgrave Row. The works, costing £265,000, would add a Changing Places toilet with a hoist and adult changing bench at Paris Street.",
            "RESOLVED that the refurbishment of the public toilets at Paris Street and Musgrave Row be approved.",
        ]},
    ],
    report=report(
        ["REPORT TO EXECUTIVE", "Date of Meeting: 8 October 2024",
         "Report of: Strategic Director for Place", "Title: Exeter Quay Public Realm Scheme"],
        [("Is this a Key Decision?", "Yes"),
         ("Is this an Executive or Council Function?", "Executive"),
         ("Ward affected", "Newtown and St Leonard's; St David's"),
         ("Contact", "Rhys Penhallow, Regeneration Manager")],
        [
            ("1. What is the report about?", [
                "1.1 This report seeks approval to proceed with the Exeter Quay Public Realm Scheme, which will repave the Quay between the Custom House and Cricklepit Mill, renew the lighting, add seating and trees, and move the parking for 32 cars away from the water's edge.",
            ]),
            ("2. Recommendations", [
                "2.1 That the Executive approves the scheme design set out in Appendix A.",
                "2.2 That the Executive approves a budget of £3.6 million, funded by £2.2 million from the Levelling Up Fund and £1.4 million from the council's capital programme.",
            ]),
            ("3. Reasons for the recommendations", [
                "3.1 The paving on the Quay is uneven and has been the subject of 14 insurance claims for trips and falls since 2019. The granite setts in front of the Custom House will be lifted, cleaned and relaid, and the tarmac elsewhere replaced with sandstone paving.",
                "3.2 A survey of 620 visitors to the Quay in summer 2023 found that 58 per cent thought there was too little seating and that parked cars spoiled the view of the river.",
            ]),
            ("4. What are the resource implications including non financial resources?", [
                "4.1 The Levelling Up Fund grant must be spent by March 2026. The council's contribution of £1.4 million will be met by borrowing, at an annual cost of around £95,000.",
            ]),
            ("5. Programme", [
                "5.1 The contractor will be chosen through the Devon and Cornwall construction framework. The start date for the works has not yet been fixed, because it depends on when the Environment Agency grants consent for the work next to the river wall, which is expected to take between three and six months.",
                "5.2 Traders on the Quay will be consulted on the phasing so that at least one route to their premises stays open at all times.",
            ]),
            ("6. Equality Act 2010", [
                "6.1 The scheme will remove the kerb between the road and the footway, creating a level surface with tactile paving at the crossing points. Guide Dogs and the Exeter Access Forum have been consulted on the design.",
            ]),
            ("7. Carbon Footprint (Environmental) Implications", [
                "7.1 Twenty new trees will be planted, and the new lights will use around 60 per cent less electricity than the existing lamps.",
            ]),
        ]),
    footer=["Page {n}"],
    number_offset=1,
)

# 18. Blaenau Gwent: Cabinet pack (previous minutes 19 June 2024)
doc(
    name="BlaenauGwent_Cabinet_Pack_24-07-2024",
    form="pdf-pack",
    council="Blaenau Gwent County Borough Council",
    stated="yes",
    committee="Cabinet",
    date="2024-07-24",
    pdf_title="Cabinet - 24 July 2024 - Agenda Pack",
    pdf_author="Democratic Services",
    cover=["Cabinet", "Blaenau Gwent County Borough Council",
           "Wednesday, 24th July, 2024 at 10.00 am",
           "Council Chamber, General Offices, Steelworks Road, Ebbw Vale, NP23 6DN, and Microsoft Teams"],
    cover_body=[
        "To: Members of the Cabinet. The Cabinet will meet on the date and at the time shown above to transact the business set out in the agenda.",
        "This meeting will be recorded and made available to view via the Council's website. Welsh language translation is available on request.",
        "Contact: Rhiannon Beddow, Democratic Services, telephone 01495 311556.",
    ],
    agenda=[
        ("1", "Simultaneous Translation"),
        ("2", "Apologies"),
        ("3", "Declarations of Interest and Dispensations"),
        ("4", "Cabinet: to receive the minutes of the meeting held on 19th June, 2024. ({minutes})"),
        ("5", "Ebbw Vale Sports Centre: Swimming Pool Refurbishment. ({report})"),
    ],
    marks=["Agenda Item 4", "Agenda Item 5"],
    prev_title_lines=[
        "COUNTY BOROUGH OF BLAENAU GWENT",
        "REPORT TO: THE CHAIR AND MEMBERS OF CABINET",
        "SUBJECT: CABINET - 19TH JUNE, 2024",
        "PRESENT: Councillor Gethin Prosser (Chair), Councillors Bethan Aubrey, Dai Meredith, Sian Tudor and Huw Parfitt.",
    ],
    prev_items=[
        {"num": "No. 5", "title": "CHARGES FOR BULKY WASTE COLLECTION", "body": [
            "Consideration was given to the report of the Corporate Director of Regeneration and Community Services on the charge for collecting bulky household items, which would rise from £15 to £20 for up to three items from 1 August 2024.",
            "Councillor Meredith asked whether residents on low incomes would be helped. The Corporate Director replied that households receiving council tax reduction would continue to pay half the charge.",
            "RESOLVED that the report be accepted and Option 1 be endorsed, namely that the bulky waste charge be increased to £20.",
        ]},
        {"num": "No. 6", "title": "ABERTILLERY TOWN CENTRE: PROPERTY GRANTS", "body": [
            "Consideration was given to the report on the first year of the Abertillery town centre property grant scheme. Eleven grants totalling £286,000 had been paid towards new shopfronts and the repair of upper floors in Somerset Street and Church Street.",
            "RESOLVED that the report be accepted and the information contained therein noted.",
        ]},
    ],
    report=report(
        ["Cabinet Report", "Date of meeting: 24th July, 2024",
         "Report Subject: Ebbw Vale Sports Centre: Swimming Pool Refurbishment"],
        [("Portfolio Holder", "Councillor Bethan Aubrey, Executive Member Place and Environment"),
         ("Report Submitted by", "Dafydd Howells, Head of Community Services"),
         ("Reporting Pathway", "Corporate Leadership Team 4 July 2024; Cabinet 24 July 2024")],
        [
            ("1. Purpose of the Report", [
                "1.1 To seek Cabinet approval to refurbish the swimming pool at Ebbw Vale Sports Centre and to close the pool while the works are carried out.",
            ]),
            ("2. Scope and Background", [
                "2.1 The 25 metre pool at Ebbw Vale Sports Centre was built in 1974. The pool hall roof was last renewed in 1996 and the filtration plant in 2002.",
                "2.2 In March 2024 an engineer's inspection found that the filtration plant was at risk of failing at any time, that the pool tiles had come away in several places and that the pool hall roof lining was letting in rain.",
                "2.3 The pool is the only one in the Ebbw Fach and Ebbw Fawr valleys that can host swimming galas, and is used by the schools of the borough for their Key Stage 2 swimming lessons.",
            ]),
            ("3. Options for Recommendation", [
                "3.1 Option 1 (recommended): refurbish the pool at a cost of £3.1 million, replacing the filtration plant, the pool tank lining, the roof of the pool hall and the changing rooms, and installing solar panels on the roof of the sports hall.",
                "3.2 Option 2: carry out only the urgent repairs to the filtration plant at a cost of £640,000. This would leave the roof and the tiles as they are and would not reduce running costs.",
            ]),
            ("4. Evidence of how this topic supports the achievement of the Corporate Plan", [
                "4.1 The refurbishment supports the Corporate Plan priority of healthy and active communities and the council's pledge to be carbon neutral by 2030.",
            ]),
            ("5. Implications Against Each Option", [
                "5.1 Option 1 would be funded by £1.9 million from the Welsh Government's Sustainable Communities for Learning programme, because of the pool's use by schools, and £1.2 million of prudential borrowing by the council.",
                "5.2 The new filtration plant, heat pumps and solar panels are expected to reduce the pool's energy bill by around £85,000 a year, which would meet most of the cost of the borrowing.",
                "5.3 The pool would close for 9 months from January 2025. During the closure, school swimming lessons would move to the pools at Tredegar and Abertillery, and the council would pay for the extra transport.",
            ]),
            ("6. Monitoring Arrangements", [
                "6.1 Progress will be reported to the Place Scrutiny Committee every quarter until the pool reopens.",
            ]),
        ]),
    footer=["Page {n}"],
    number_offset=1,
)

# 19. Middlesbrough: Executive pack (previous minutes 9 October 2024)
doc(
    name="Middlesbrough_Executive_Pack_06112024",
    form="pdf-pack",
    council="Middlesbrough Council",
    stated="yes",
    committee="Executive",
    date="2024-11-06",
    pdf_title="Executive 06/11/2024",
    pdf_author="Middlesbrough Council",
    cover=["Executive", "Middlesbrough Council",
           "Date: Wednesday 6th November, 2024. Time: 1.00 pm",
           "Venue: Mandela Room, Town Hall, Middlesbrough, TS1 9FT"],
    cover_body=[
        "Members: The Mayor, C Oakenfold (Chair), and Councillors T Ridley, S Hallam, N Bashir, L Corrigan, P Stamper and J Weatherill.",
        "Assistance in accessing the meeting: contact Georgia Lund, Democratic Services, 01642 729704.",
        "Webcasting: this meeting will be filmed for live broadcast on the council's website.",
    ],
    agenda=[
        ("1", "Welcome and Fire Evacuation Procedure"),
        ("2", "Apologies for Absence"),
        ("3", "Declarations of Interest"),
        ("4", "Minutes - Executive - 9 October 2024 ({minutes})"),
        ("5", "Empty Homes: Bringing Homes Back into Use in North Ormesby and Newport ({report})"),
    ],
    marks=["Agenda Item 4", "Agenda Item 5"],
    prev_title_lines=[
        "EXECUTIVE",
        "A meeting of the Executive was held on Wednesday 9 October 2024.",
        "PRESENT: The Mayor, C Oakenfold (Chair), and Councillors T Ridley, S Hallam, N Bashir, L Corrigan and J Weatherill.",
    ],
    prev_items=[
        {"num": "24/31", "title": "STEWART PARK: CAR PARK EXTENSION", "body": [
            "The Executive Member for Environment submitted a report on extending the car park at Stewart Park by 64 spaces, at a cost of £290,000, because visitors to the park parked on the verges of Ladgate Lane on busy weekends.",
            "A resident asked whether the extension would take land from the park's wildflower meadow. The Executive Member replied that the extension would use the former nursery yard, and no meadow or trees would be lost.",
            "ORDERED that the extension of the Stewart Park car park be approved.",
        ]},
        {"num": "24/32", "title": "MIDDLESBROUGH TOWN HALL: CAFE TENANCY", "body": [
            "The Executive approved the letting of the café at the Town Hall to Infant Hercules Coffee Ltd on a three year lease.",
            "ORDERED that the lease be granted as set out in the report.",
        ]},
    ],
    report=report(
        ["MIDDLESBROUGH COUNCIL", "Report of: Director of Regeneration",
         "Submitted to: Executive, 6 November 2024",
         "Subject: Empty Homes: Bringing Homes Back into Use in North Ormesby and Newport"],
        [("Executive Member", "Executive Member for Regeneration, Councillor Tariq Ridley"),
         ("Key decision", "Yes"),
         ("Wards affected", "North Ormesby; Newport"),
         ("Proposed decision date", "6 November 2024")],
        [
            ("1. Purpose", [
                "1.1 To approve a scheme to buy, lease and repair long-term empty homes in North Ormesby and Newport and let them to local families at affordable rents.",
            ]),
            ("2. Background", [
                "2.1 There are 2,030 long-term empty homes in Middlesbrough, 3.4 per cent of the housing stock. Most are Victorian terraced houses in the older wards near the town centre.",
                "2.2 In North Ormesby 212 homes have been empty for more than six months, one in eight of the homes in the ward. Many were bought by landlords who live outside the area and have fallen into disrepair.",
                "2.3 A door to door survey of 430 households in North Ormesby in June 2024 found that 7 in 10 residents named empty and boarded up houses as the main problem in their street.",
            ]),
            ("3. The proposed scheme", [
                "3.1 The council will offer owners three choices: to sell the home to the council at market value; to lease it to the council for seven years, with the council paying for the repairs and recovering the cost from the rent; or to receive an interest free loan of up to £20,000 for repairs.",
                "3.2 Where owners do not respond, the council will use enforcement powers, including empty dwelling management orders and compulsory purchase.",
                "3.3 The homes will be repaired to the Decent Homes Standard, managed by the council's own housing team and let to families on the housing register who have a connection with the ward.",
            ]),
            ("4. Financial implications", [
                "4.1 The scheme has a budget of £6 million over three years, of which £3.6 million comes from the Tees Valley Combined Authority's Brownfield Housing Fund and £2.4 million from council borrowing, to be repaid from rents.",
                "4.2 The scheme aims to bring 150 homes back into use by March 2027.",
            ]),
            ("5. Decision", [
                "5.1 That the Executive approves the North Ormesby and Newport Empty Homes Scheme and the budget of £6 million.",
            ]),
        ]),
    footer=["Page {n}"],
    number_offset=1,
)


# =============================================================================== docx-report

# 20. West Midlands Combined Authority: Board report on bus fares
doc(
    name="WMCA_Board_Report_Bus_Fares_2025-26",
    form="docx-report",
    council="West Midlands Combined Authority",
    stated="yes",
    committee="WMCA Board",
    date="2025-03-14",
    docx_author="WMCA Governance",
    letterhead=["West Midlands Combined Authority", "16 Summer Lane, Birmingham, B19 3SD"],
    report=report(
        ["WMCA Board", "Date: 14 March 2025", "Report title: Bus Fares 2025/26"],
        [("Portfolio Lead", "Transport - Councillor Naveed Akhtar"),
         ("Accountable Chief Executive", "Laura Shilton, Chief Executive"),
         ("Accountable Employee", "Owen Brearley, Director of Integrated Network Services"),
         ("Report has been considered by", "Transport Delivery Committee, 3 March 2025"),
         ("Recommendation(s) for action or decision", "The WMCA Board is recommended to approve the fares package set out in section 3.")],
        [
            ("1. Purpose", [
                "1.1 To agree the bus fares that the WMCA will fund across the West Midlands from 1 April 2025, following the Government's decision to raise the national single fare cap from £2 to £3 outside areas that choose to fund a lower cap.",
            ]),
            ("2. Background", [
                "2.1 Since June 2023 the WMCA has funded a £2 single fare and a £4 day ticket on all bus services in the region, at a cost of around £24 million a year, paid from the City Region Sustainable Transport Settlement and the Bus Service Improvement Plan grant.",
                "2.2 The operators, led by National Express West Midlands, have told the WMCA that without continued support the single fare would rise to £3 on most routes from April.",
            ]),
            ("3. Proposal", [
                "3.1 That the £2 single fare continues until 31 March 2026 on all services within the region.",
                "3.2 That the £4 day ticket rises to £4.50, the first increase since 2023, to help meet the cost of the package.",
                "3.3 That the young person's single fare of £1 for those aged 16 to 18 continues, and that the fare for care leavers aged up to 25 falls to zero.",
            ]),
            ("4. Financial implications", [
                "4.1 The package will cost an estimated £27.5 million in 2025/26. Of this, £19 million will come from the Bus Service Improvement Plan grant, £6 million from the City Region Sustainable Transport Settlement and £2.5 million from the mayoral precept.",
                "4.2 The Director of Finance advises that funding after March 2026 is not secured and will depend on the Spending Review.",
            ]),
            ("5. Evaluation", [
                "5.1 An independent evaluation of the fare cap will be commissioned in April 2025 and will report to the Transport Delivery Committee in early 2026. It will look at whether the cap has led people to switch from car to bus, which groups of passengers have benefited most, and whether the cost per extra journey represents value for money.",
            ]),
            ("6. Equality implications", [
                "6.1 Lower fares benefit disabled people, women, younger and older people and people on low incomes most, as they make more bus journeys than the average resident.",
            ]),
            ("7. Other implications", [
                "7.1 There are no direct implications for the Inclusive Growth Framework beyond those in section 6. The Mayor and the Transport Delivery Committee supported the package on 3 March 2025 by a majority.",
            ]),
        ]),
    header="WMCA Board - 14 March 2025 - Agenda Item 9",
    footer=["OFFICIAL"],
)

# 21. Tamworth: Cabinet report on the leisure centre pool
doc(
    name="Tamworth_Cabinet_Report_Wilnecote_Leisure_Pool",
    form="docx-report",
    council="Tamworth Borough Council",
    stated="yes",
    committee="Cabinet",
    date="2024-06-27",
    docx_author="Tamworth Borough Council",
    letterhead=["Tamworth Borough Council", "Marmion House, Lichfield Street, Tamworth, B79 7BZ"],
    report=report(
        ["CABINET", "THURSDAY, 27 JUNE 2024",
         "REPORT OF THE PORTFOLIO HOLDER FOR LEISURE, HERITAGE AND CULTURE",
         "WILNECOTE LEISURE CENTRE: POOL AND CHANGING ROOMS"],
        [("Exempt information", "None"),
         ("Key decision", "Yes"),
         ("Portfolio Holder", "Councillor Lorraine Bexley"),
         ("Report author", "Simon Greatorex, Assistant Director, Growth, Assets and Enterprise"),
         ("Wards affected", "Wilnecote; Stonydelph; Belgrave")],
        [
            ("Purpose", [
                "To seek approval for the replacement of the pool hall roof, the pool filtration system and the wet changing rooms at Wilnecote Leisure Centre, and to agree how the works will be funded.",
            ]),
            ("Recommendations", [
                "1. That Cabinet approves the works at Wilnecote Leisure Centre at a total cost of £2.75 million.",
                "2. That Cabinet approves a contribution of £500,000 from the council's leisure operator, with the rest met from the capital programme and the Swimming Pool Support Fund.",
            ]),
            ("Executive Summary", [
                "3. The pool at Wilnecote Leisure Centre is the only public swimming pool in the borough. It attracts around 190,000 swims a year and is used by 11 primary schools for lessons.",
                "4. A condition survey in January 2024 found that the timber roof of the pool hall had rotted in several places because of condensation, and recommended that it be replaced within two years. It also found that the sand filters were corroded and that the changing rooms did not meet current accessibility standards.",
                "5. The leisure centre is run by Mercian Active Leisure Ltd under a contract that runs until 2031. The operator has agreed to contribute £500,000 towards the works, in return for a two year extension of its contract.",
            ]),
            ("Resource Implications", [
                "6. The funding for the works would be £1.5 million from the capital programme, £750,000 from Sport England's Swimming Pool Support Fund, which was awarded in March 2024, and £500,000 from the operator.",
                "7. The new roof will be insulated to current standards and the filtration system will use variable speed pumps, which are expected to cut the centre's gas and electricity costs by around a fifth.",
            ]),
            ("Timetable and closure", [
                "8. The pool will have to close while the roof is replaced. The dates of the closure have not yet been agreed with the operator, who wants to avoid the school summer holidays, and will be announced once the contractor has been appointed.",
                "9. The gym and the sports hall will stay open throughout the works.",
            ]),
            ("Risk Management", [
                "10. The main risk is that more rot is found once the roof is opened up. A contingency of £275,000, ten per cent of the cost, is included in the budget.",
            ]),
            ("Background Information", [
                "11. The Cabinet agreed in October 2023 to seek grant funding for the pool, following a report on the condition of the council's leisure buildings.",
            ]),
        ]),
    header="Tamworth Borough Council - Cabinet 27 June 2024",
    footer=["Page 1 of 1", "Classification: Public"],
)


# =============================================================================== docx-minutes

# 22. West Lothian: Council Executive
doc(
    name="WestLothian_Council_Executive_Minute_10092024",
    form="docx-minutes",
    council="West Lothian Council",
    stated="yes",
    committee="Council Executive",
    date="2024-09-10",
    docx_author="Committee Services",
    title_lines=[
        "MINUTE of MEETING of the COUNCIL EXECUTIVE of WEST LOTHIAN COUNCIL held within COUNCIL CHAMBERS, WEST LOTHIAN CIVIC CENTRE, LIVINGSTON, on 10 SEPTEMBER 2024.",
    ],
    attendance=[
        ("Present", "Councillors Lawrence Fitzsimmons (Chair), Moira Cairncross, Euan Baird, Shona Gow, Pauline Dickie, Ramsay Hendry and Kirsty Lyall."),
        ("Apologies", "Councillor Anthony Sproule."),
    ],
    items=[
        {"num": "1.", "title": "DECLARATIONS OF INTEREST", "body": [
            "No declarations of interest were made.",
        ]},
        {"num": "2.", "title": "WINTER SERVICE PLAN 2024/25", "body": [
            "The Council Executive considered a report by the Head of Operational Services on the arrangements for treating roads and footways in the coming winter.",
            "The report explained that 26 gritters would operate from the depot at Whitehill, Bathgate, treating 58 per cent of the 1,040 kilometre road network on priority routes. The council held 16,000 tonnes of salt at the start of the season, the same as last year.",
            "A new arrangement would be trialled in Livingston, Broxburn and Linlithgow under which community councils would receive one tonne bags of salt and spreaders for volunteers to clear footways near shops and schools.",
            "Councillor Baird asked what the budget for winter maintenance was. The Head of Operational Services said that the winter budget had been set at £3.1 million, with any overspend met from the council's contingency.",
            "Councillor Gow asked about gritting in the rural villages such as Blackridge, Harthill and Addiewell. The Head of Operational Services replied that the roads connecting all villages to the A89, A71 and A706 were priority one routes and would be treated before 7am.",
            "Decision: To approve the Winter Service Plan 2024/25.",
        ]},
        {"num": "3.", "title": "LOCAL BUS SERVICES: SUPPORTED ROUTES", "body": [
            "The Council Executive considered a report on local bus services supported by the council, following the withdrawal of two commercial services by the operator in August.",
            "The report proposed to fund a replacement hourly service between Whitburn and Livingston via Fauldhouse for two years, at a cost of £312,000 a year, and to extend the evening service from Armadale to Bathgate until 10pm.",
            "Councillor Dickie asked why the report did not propose to restore the Sunday service to Stoneyburn. The Head of Planning, Economic Development and Regeneration replied that the tender for a Sunday service had received no bids and that the council would retender it in the new year.",
            "It was moved by Councillor Cairncross and seconded by Councillor Hendry that the recommendations be approved. Councillor Lyall, seconded by Councillor Dickie, moved as an amendment that the council also fund the Stoneyburn Sunday service through a demand responsive service. On a roll call vote, 3 members voted for the amendment and 5 for the motion, and the motion was carried.",
            "Decision: To approve the recommendations in the report.",
        ]},
        {"num": "4.", "title": "LIVINGSTON CIVIC CENTRE: SOLAR PANELS", "body": [
            "The Council Executive considered a report on installing 420 solar panels on the roof of the West Lothian Civic Centre, at a cost of £385,000 funded from the council's Climate Change Fund. The panels were expected to generate 14 per cent of the building's electricity.",
            "Decision: To approve the installation of solar panels on the Civic Centre.",
        ]},
    ],
    closing=["Signed: Chair"],
    header="Council Executive 10 September 2024",
    footer=["DATA LABEL: PUBLIC", "West Lothian Council"],
)

# 23. Norwich: Cabinet
doc(
    name="Norwich_Cabinet_Minutes_13_November_2024",
    form="docx-minutes",
    council="Norwich City Council",
    stated="yes",
    committee="Cabinet",
    date="2024-11-13",
    docx_author="Committee officer",
    title_lines=[
        "Norwich City Council - Minutes",
        "Cabinet. 17:30 to 19:05, 13 November 2024. Present: Councillors Kemble (chair), Allardyce, Bhatti, Doughty, Egerton, Haverley and Quayle. Also present: Councillors Pike and Thornhill.",
    ],
    attendance=[
        ("Apologies:", "Councillor Ormsby."),
    ],
    items=[
        {"num": "1.", "title": "Public questions/petitions", "body": [
            "Mr Terry Blyth, a resident of the Mile Cross estate, asked the cabinet member for environment why food waste bins had not been provided at his block of flats on Aylsham Road when houses nearby had had a weekly food waste collection for years.",
            "Councillor Haverley, cabinet member for climate change and environment, replied that the council had so far provided communal food waste bins at 310 of its 980 blocks of flats, and that the remaining blocks, including those on Aylsham Road, would have them by the end of June 2025 under the programme in item 3 of the agenda.",
        ]},
        {"num": "2.", "title": "Minutes", "body": [
            "RESOLVED to approve the accuracy of the minutes of the meeting held on 9 October 2024.",
        ]},
        {"num": "3.", "title": "Food waste recycling in flats", "body": [
            "Councillor Haverley presented the report. Currently 26 per cent of households in flats had access to a food waste bin, against all houses in the city. The programme would provide communal food waste bins at the remaining 670 blocks of flats, along with kitchen caddies and liners for each flat, at a cost of £425,000.",
            "In the Lakenham pilot, which covered 38 blocks, the amount of food waste collected had risen from 0.4 to 1.3 kilograms per flat each week after bins were provided and every flat was visited.",
            "The cost would be met by £380,000 of Government funding for the new statutory food waste duty and £45,000 from the council's environmental reserve.",
            "Councillor Thornhill asked whether the bins would attract rats. Councillor Haverley said that the communal bins would have lockable lids and would be emptied weekly, and that they would be placed on hardstanding away from doors and windows.",
            "RESOLVED to approve the roll out of communal food waste bins to all council blocks of flats by the end of June 2025.",
        ]},
        {"num": "4.", "title": "Eaton Park: refurbishment of the bowls pavilions", "body": [
            "Councillor Egerton presented the report on the refurbishment of the four bowls pavilions at Eaton Park, which are locally listed. The works would cost £560,000 and would be carried out by Wensum Restoration Ltd.",
            "Councillor Pike asked whether the bowls clubs would have to relocate during the works. Councillor Egerton replied that the works would be done between October and March, outside the bowls season.",
            "RESOLVED to award the contract for the refurbishment of the Eaton Park bowls pavilions to Wensum Restoration Ltd.",
        ]},
        {"num": "5.", "title": "Norwich Market: new stall leases", "body": [
            "Councillor Bhatti presented the report on new leases for the 189 stalls of Norwich Market. The new leases would run for five years and rents would rise by 4 per cent from April 2025, the first rise since 2022.",
            "RESOLVED to approve the new standard lease for Norwich Market stalls.",
        ]},
    ],
    closing=["CHAIR"],
    header="Cabinet: 13 November 2024",
    footer=["Norwich City Council", "Page 1"],
)


# =============================================================================== txt

# 24. Thanet: Cabinet minutes saved as text
doc(
    name="Thanet_Cabinet_Minutes_25_July_2024",
    form="txt",
    council="Thanet District Council",
    stated="yes",
    committee="Cabinet",
    date="2024-07-25",
    title_lines=[
        "THANET DISTRICT COUNCIL",
        "CABINET",
        "Minutes of the meeting held on 25 July 2024 at 7.00 pm in The Austen Room, Council Offices, Cecil Street, Margate, Kent.",
    ],
    attendance=[
        ("Present:", "Councillor Ruth Dunstable (Chair); Councillors Gabriel Hoad, Nia Pennock, Stuart Cotter, Mandy Loveridge and Adrian Sale."),
        ("In Attendance:", "Councillors Everett and Mottram."),
    ],
    items=[
        {"num": "14.", "title": "Apologies for Absence", "body": [
            "There were no apologies for absence.",
        ]},
        {"num": "15.", "title": "Empty Homes Programme", "body": [
            "Councillor Pennock, Cabinet Member for Housing, introduced the report. There were 1,520 homes in Thanet that had been empty for more than six months, about half of them in Margate and Cliftonville. The council's empty homes team had brought 132 homes back into use in 2023/24, more than any other district in Kent.",
            "The report proposed a further £2 million from the Kent County Council No Use Empty loan scheme, which lends owners up to £35,000 per home, interest free over three years, to bring empty homes back into use. Councillor Pennock said that the loans were repaid when the homes were sold or let, and that the money was then lent again.",
            "Councillor Everett, speaking under Council Procedure Rule 20.1, asked about the empty hotels and guest houses on Cliftonville's seafront. Councillor Pennock replied that converting them to flats required planning permission and that the team had met the owners of six of them. She added that a study of all vacant hotels and guest houses in Cliftonville would be commissioned in the autumn, to see which could return to holiday use and which were suited to homes.",
            "Councillor Loveridge proposed, Councillor Sale seconded and Cabinet agreed to approve the continuation of the Empty Homes Programme for 2024 to 2027.",
        ]},
        {"num": "16.", "title": "Beach Management 2024 Season", "body": [
            "Councillor Cotter reported on the beach season so far. The RNLI lifeguards were on duty at eight beaches, including Margate Main Sands, Botany Bay, Joss Bay and Viking Bay, until 8 September. The council had employed 14 seasonal beach inspectors and had added 40 extra litter bins along the promenade at Margate.",
            "Councillor Mottram asked whether the ban on dogs on the main beaches would be extended beyond September. Councillor Cotter said that the dog restrictions would continue to run from 1 May to 30 September, as set out in the public spaces protection order.",
            "RESOLVED: That the report be noted.",
        ]},
        {"num": "17.", "title": "Dreamland Car Park Resurfacing", "body": [
            "Cabinet considered the award of the contract for resurfacing the Dreamland car park in Margate to Isle Surfacing Contractors Ltd at a cost of £218,000. The work would take place over six weeks from 4 November 2024.",
            "Councillor Hoad proposed, Councillor Cotter seconded and Cabinet agreed to award the contract to Isle Surfacing Contractors Ltd.",
        ]},
    ],
    closing=["", "Meeting concluded: 8.12 pm", ""],
)
