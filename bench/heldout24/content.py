"""The documents of bench/heldout24: invented business of real UK councils.

Every word of the business, the people and the figures is invented for this set; the councils,
their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout24.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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

doc(name="ieListDocuments_CId163_MId7412_Newham_Cabinet", form="mg-meeting",
    council="London Borough of Newham", stated="yes", committee="Cabinet", date="2023-10-03",
    site=site("London Borough of Newham", "https://mginternet.newham.gov.uk",
              "Newham Dockside, 1000 Dockside Road, London E16 2QU",
              "© London Borough of Newham 2023", menu=["Home", "Your councillors", "Meetings", "Decisions",
                                                      "Forward Plan"]),
    heading="Agenda and minutes: Cabinet - Tuesday, 3rd October, 2023 6.00 pm",
    venue="Committee Rooms 1 and 2, Newham Town Hall, East Ham, E6 2RP",
    contact="Kelechi Adebayo, Democratic Services Officer",
    items=[
        item("1.", "Apologies for absence",
             ["Apologies were received from Councillor Farhana Mirza. Councillor Dean Holloway attended remotely "
              "and did not vote."]),
        item("2.", "Declarations of interest",
             ["Councillor Ruth Okafor declared a non-pecuniary interest in item 5 as a volunteer trustee of the "
              "Forest Gate Community Pantry and took no part in that item."]),
        item("3.", "Temporary accommodation: procurement of a leased homes framework",
             ["The Cabinet Member for Housing, Councillor Samir Chaudhry, introduced the report. The number of "
              "households in nightly paid rooms outside the borough had risen to 1,184 in August, against 962 a "
              "year earlier, and the average nightly charge had reached £61. The proposed framework would allow "
              "the council to lease self-contained homes from private owners for five years at a fixed rent.",
              "Councillor Helen Marsh asked how many homes the framework was expected to secure in its first "
              "year. The Director of Housing Needs replied that officers were working towards 240 homes, but "
              "that the figure depended on how many landlords came forward once the rents were published.",
              "Councillor Marsh then asked whether families would be kept within reach of their children's "
              "schools. The Cabinet Member said that a placement policy giving priority to households with "
              "children in year 10 or year 11 would be brought to Cabinet in the new year.",
              "RESOLVED: to approve the establishment of the leased homes framework, with lots for East Ham, "
              "Stratford and Canning Town, and to delegate the award of call-off contracts to the Director of "
              "Housing Needs."]),
        item("4.", "Community pantries: funding for 2024",
             ["The Cabinet received a report on the eleven community pantries supported by the council. Members "
              "heard that visits had risen by roughly a third since March. The pantry at Little Ilford had been "
              "run from a church hall on Church Road since 2021 and was the busiest in the borough.",
              "Asked by Councillor Okafor's colleague, Councillor Teresa Bryant, who would meet the cost of "
              "refrigerated storage, officers explained that the Household Support Fund would pay for the "
              "fridges and freezers and that the council would meet the electricity costs from its own budget.",
              "RESOLVED: to agree grants totalling £318,000 for 2024 and to review the scheme in the autumn."]),
        item("5.", "Sale of land at Prince Regent Lane",
             ["Councillor Chaudhry explained that the former depot at Prince Regent Lane had been vacant since "
              "2019. Three bids had been received. The recommended purchaser, Halden Quay Homes Ltd, had offered "
              "£4.1 million and committed to provide 50 per cent affordable housing on the site.",
              "Councillor Marsh asked when the sale would complete. The Director of Property said that completion "
              "could not yet be given a date because the purchaser's planning application had still to be "
              "decided, and that the contract was conditional on that consent.",
              "RESOLVED: to approve the disposal to Halden Quay Homes Ltd on the terms set out in the exempt "
              "appendix."]),
        item("6.", "Quarterly budget monitoring",
             ["The Cabinet Member for Finance reported a forecast overspend of £7.8 million, most of it in "
              "temporary accommodation and home to school transport. A spending panel chaired by the Chief "
              "Executive would now review any new commitment above £25,000.",
              "RESOLVED: to note the forecast and the actions being taken to reduce it."]),
    ])

doc(name="ieListDocuments_CId421_MId18830_Sheffield_Planning", form="mg-meeting",
    council="Sheffield City Council", stated="yes", committee="Planning and Highways Committee",
    date="2023-06-20",
    site=site("Sheffield City Council", "https://democracy.sheffield.gov.uk",
              "Sheffield City Council, Town Hall, Pinstone Street, Sheffield S1 2HH",
              "Copyright Sheffield City Council", breadcrumb=["Home", "Council meetings", "Committees",
                                                             "Planning and Highways Committee"]),
    heading="Agenda and minutes: Planning and Highways Committee - Tuesday 20 June 2023 2.00 pm",
    venue="Town Hall, Pinstone Street, Sheffield, S1 2HH",
    contact="Imogen Sayers, Committee Secretary",
    outcome_label="Minutes:",
    items=[
        item("11.", "Apologies for Absence",
             ["Apologies were given by Councillors Pete Ransome and Linda Marr. Councillor Aziz Rahman attended "
              "as a substitute."]),
        item("12.", "Declarations of Interest",
             ["Councillor Gemma Whitlow declared that she had spoken publicly about the application at Abbeydale "
              "Road (item 14b) before the meeting and would leave the room for that item."]),
        item("13.", "Minutes of Previous Meeting",
             ["The minutes of the meeting held on 30 May 2023 were approved as a correct record."]),
        item("14a.", "Application No. 22/04417/FUL - Former Kelham Island Works, Alma Street, S3 8SA",
             ["The application sought consent for 186 flats in two blocks of six and nine storeys, with a "
              "ground floor café and 40 cycle stands. The heritage officer had raised no objection to the taller "
              "block after it was set back from the listed crucible furnace.",
              "A local resident, Mr Colin Wardle, spoke against the height of the taller block. The agent for the "
              "applicant, Pennine Lattice Developments Ltd, responded that the height had been cut by two storeys "
              "since the first submission.",
              "It was moved by Councillor Tom Grierson and seconded by Councillor Aziz Rahman that the "
              "application be granted. On being put to the vote, 7 voted for and 3 against, and the motion was "
              "carried.",
              "RESOLVED: That the application be granted, subject to a legal agreement securing a contribution of "
              "£412,000 towards affordable housing off site."]),
        item("14b.", "Application No. 23/00981/FUL - 512 Abbeydale Road, S7 1FS",
             ["Planning permission was sought to change the use of the former bank to a bar with an outdoor "
              "seating area to the rear. Eleven objections had been received, most of them about noise late at "
              "night.",
              "Members asked what hours had been proposed. Officers said the applicant had offered to close the "
              "rear terrace at 9.30 pm and the bar at 11.30 pm.",
              "RESOLVED: That the application be granted, subject to the conditions in the report and an "
              "additional condition requiring an acoustic fence along the rear boundary."]),
        item("14c.", "Application No. 23/01266/OUT - Land off Manor Lane, Sheffield, S2",
             ["Outline consent was sought for up to 64 homes on grassland between Manor Lane and the Manor Fields "
              "Park. The Highways officer told the Committee that a transport assessment on the junction with "
              "City Road had been requested from the applicant and had not yet been received.",
              "It was moved by Councillor Gemma Whitlow, and seconded by Councillor Nadia Pell, that consideration "
              "be deferred until the transport assessment was available. The motion was agreed unanimously.",
              "RESOLVED: That the application be deferred."]),
        item("14d.", "Application No. 23/01502/FUL - 9 Button Hill, Ecclesall, S11 9HG",
             ["The application for a two storey side extension had been withdrawn by the applicant on 16 June "
              "2023 and was therefore not considered."]),
        item("15.", "Quarterly Report of Enforcement Cases",
             ["The Committee noted that 148 enforcement cases had been opened in the quarter and 131 closed. The "
              "Chair asked officers to report the six longest running cases separately at the next meeting."]),
    ])

doc(name="ieListDocuments_CId138_MId2291_MidSuffolk_Cabinet", form="mg-meeting",
    council="Mid Suffolk District Council", stated="yes", committee="Cabinet", date="2022-11-07",
    site=site("Mid Suffolk District Council", "https://baberghmidsuffolk.moderngov.co.uk",
              "Endeavour House, 8 Russell Road, Ipswich IP1 2BX", "© Mid Suffolk District Council",
              menu=["Home", "Councillors", "Committees", "Meetings calendar", "Decisions", "Search"]),
    heading="Agenda and minutes: Mid Suffolk Cabinet - Monday, 7th November, 2022 2.30 pm",
    venue="King Edmund Chamber, Endeavour House, 8 Russell Road, Ipswich",
    contact="Harriet Gosling - Governance Officer",
    outcome_label="Minutes:",
    items=[
        item("MCa/22/31", "Declaration of Interests by Councillors",
             ["None were declared."]),
        item("MCa/22/32", "Solar canopies at council car parks",
             ["The Cabinet Member for Environment, Councillor Ben Thurlow, presented the report. The council "
              "proposed to install solar canopies over the long stay car parks at Needham Market and Stowmarket "
              "(Ipswich Street), which officers estimated would generate 410 MWh a year, enough for about a "
              "fifth of the electricity used at the council's leisure sites.",
              "Councillor Andrea Moss asked whether a structural survey of the Ipswich Street car park surface "
              "had been done. Officers said that a ground investigation had been commissioned for January and "
              "that the results would shape the final design of the foundations.",
              "Councillor Moss asked who would own the canopies. Councillor Thurlow answered that the council "
              "would own them outright, funded from prudential borrowing of £1.9 million repaid from the energy "
              "savings over about twelve years.",
              "RESOLVED: That the scheme proceed to detailed design and procurement."]),
        item("MCa/22/33", "Eye Airfield business units",
             ["The Cabinet considered a proposal to build eight small business units on council land at Eye "
              "Airfield. Demand had been tested with local agents, who reported a waiting list of nineteen firms "
              "seeking units under 150 square metres.",
              "RESOLVED: That £2.3 million be added to the capital programme, with rents set at market levels."]),
        item("MCa/22/34", "Stowmarket market place improvements",
             ["Councillor Keith Dunmore reported on the consultation about the market place, which had drawn 612 "
              "responses. The most common request was for more seating and shade; fewer than one in ten "
              "respondents wanted the Thursday market moved.",
              "RESOLVED: That officers draw up a detailed scheme retaining the market on its present site."]),
        item("MCa/22/35", "Quarter 2 performance",
             ["The Cabinet noted that 96 per cent of household waste collections had been made on the scheduled "
              "day and that the average time to process a new housing benefit claim was 17 days."]),
    ])

doc(name="ieListDocuments_CId134_MId5120_Broxtowe_Housing", form="mg-meeting",
    council="Broxtowe Borough Council", stated="yes", committee="Housing Committee", date="2024-01-17",
    site=site("Broxtowe Borough Council", "https://democracy.broxtowe.gov.uk",
              "Council Offices, Foster Avenue, Beeston, Nottingham NG9 1AB", "Broxtowe Borough Council © 2024",
              breadcrumb=["Home", "Committees", "Housing Committee", "Meeting"]),
    heading="Agenda and draft minutes: Housing Committee - Wednesday, 17th January, 2024 7.00 pm",
    venue="New Council Chamber, Town Hall, Foster Avenue, Beeston NG9 1AB",
    contact="Paul Ridley, Committee Services",
    note="These minutes are draft until approved at the next meeting.",
    items=[
        item("33", "Declarations of Interest",
             ["Councillor Sue Laverick declared an interest in item 36 as a tenant of a council garage."]),
        item("34", "Damp and Mould in Council Homes",
             ["The Head of Housing Repairs reported that 517 reports of damp or mould had been logged since "
              "April, of which 61 were graded as serious. A specialist contractor, Trentside Property Care Ltd, "
              "had been engaged to treat the worst cases and to fit humidity sensors in 300 homes.",
              "Councillor Graham Ives asked how quickly serious cases were now dealt with. The Head of Housing "
              "Repairs said that an inspection was now made within five working days of a serious report, "
              "compared with nineteen days a year ago.",
              "Members were told that the sensors were being fitted first in the flats at Chilwell Meadows "
              "and in the bungalows on Bramcote Avenue, where the most reports had come from.",
              "RESOLVED that the report be noted and a further update be brought in six months."]),
        item("35", "Homelessness and Temporary Accommodation",
             ["The Committee received an update on homelessness. Forty-two households were in temporary "
              "accommodation at the end of December, of whom fourteen were in bed and breakfast. The council "
              "proposed to convert a vacant sheltered scheme at Kimberley into nine self-contained units for "
              "families, which would reduce the council's use of bed and breakfast.",
              "Councillor Laverick asked whether families placed in bed and breakfast were kept within the "
              "borough. Officers replied that all but two were in Broxtowe or the City of Nottingham.",
              "RESOLVED that the conversion of the Kimberley scheme be approved at a cost of up to £640,000."]),
        item("36", "Garage Sites Review",
             ["Officers reported that 212 of the council's 880 garages were empty and that many in Stapleford "
              "were in poor condition. Eleven sites had been identified for possible redevelopment as "
              "housing.",
              "RESOLVED that officers consult garage tenants on the eleven sites before any decision is made."]),
        item("37", "Housing Revenue Account Rent Setting 2024/25",
             ["The Committee considered the proposed rent increase for council tenants, which followed the "
              "government's cap. The average weekly rent would rise from £86.40 to £92.10.",
              "RECOMMENDED to Council that rents increase by 7.7 per cent from 1 April 2024."]),
    ])

doc(name="ieListDocuments_CId126_MId9077_Swindon_Cabinet", form="mg-meeting",
    council="Swindon Borough Council", stated="yes", committee="Cabinet", date="2023-03-15",
    site=site("Swindon Borough Council", "https://ww5.swindon.gov.uk/moderngov",
              "Civic Offices, Euclid Street, Swindon SN1 2JH", "© Swindon Borough Council"),
    heading="Agenda and minutes: Cabinet - Wednesday, 15th March, 2023 6.30 pm",
    venue="Council Chamber, Civic Offices, Euclid Street, Swindon",
    contact="Committee Services - Rebecca Tull",
    outcome_label="Minutes:",
    items=[
        item("92.", "Declarations of Interest", ["There were no declarations."]),
        item("93.", "Questions from the Public",
             ["Ms Janet Orme of Old Town asked when the paddling pool at the Town Gardens would reopen. The "
              "Cabinet Member for Culture said that the repairs to the pool lining were being costed and that "
              "no reopening date could be set until the costs were known.",
              "Mr Shahid Rana asked whether the council would restore the number 14 bus to Penhill. The Cabinet "
              "Member for Transport replied that the route was operated commercially and the council had no "
              "power to require its return, but that officers were talking to the operator."]),
        item("94.", "Future of the Oasis Leisure Centre",
             ["The Leader introduced the report on the Oasis Leisure Centre, which had closed in 2020. A new "
              "operator, Meridian Leisure Partnerships Ltd, had proposed to refurbish the dome and reopen a "
              "swimming pool of 25 metres with a separate learner pool.",
              "Councillor Ellen Bray asked who would pay for the refurbishment. The Leader said that Meridian "
              "would fund the works, estimated at £23 million, in return for a lease of 125 years, and that the "
              "council would contribute nothing towards the construction.",
              "Councillor Bray also asked when the centre would open. The Leader said that it was too early to "
              "say, because the operator's survey of the dome's structure had not finished.",
              "RESOLVED: that the heads of terms with Meridian Leisure Partnerships Ltd be approved."]),
        item("95.", "Highways Resurfacing Programme 2023/24",
             ["Cabinet agreed a programme of 58 resurfacing schemes. The largest was the resurfacing of Great "
              "Western Way between the Bruce Street Bridges and Mannington roundabout, to be carried out over "
              "four weekends in July to avoid weekday congestion.",
              "RESOLVED: that the programme be approved."]),
        item("96.", "Recycling Centre at Cheney Manor",
             ["The Cabinet Member for Environment reported that the booking system introduced at the Cheney "
              "Manor recycling centre had cut queues on the Cheney Manor Road. Residents would now be able to "
              "book two visits a week rather than one.",
              "RESOLVED: that the booking system be retained."]),
    ])

doc(name="ieListDocuments_CId118_MId6034_FolkestoneHythe_Cabinet", form="mg-meeting",
    council="Folkestone and Hythe District Council", stated="yes", committee="Cabinet", date="2024-02-21",
    site=site("Folkestone and Hythe District Council", "https://folkestone-hythe.moderngov.co.uk",
              "Civic Centre, Castle Hill Avenue, Folkestone, Kent CT20 2QY",
              "© Folkestone and Hythe District Council 2024",
              sidebar=["Browse meetings", "Calendar", "Committee details", "Attendance", "Issue history",
                       "Library"]),
    heading="Agenda and minutes: Cabinet - Wednesday, 21st February, 2024 5.00 pm",
    venue="Council Chamber, Civic Centre, Folkestone",
    contact="Committee Services, Aaron Pettit",
    items=[
        item("71.", "Declarations of interest", ["Councillor Jill Ashdown declared a voluntary announceable "
                                                 "interest in minute 73 as a member of Hythe Town Council."]),
        item("72.", "Seafront public toilets",
             ["The Cabinet Member for the Environment introduced the report on the eleven public toilet blocks "
              "owned by the council. The blocks at Marine Parade and the Hythe Green had been refurbished in "
              "2023; those at Sunny Sands and Mermaid Beach at Dymchurch were in the worst condition.",
              "A condition survey of all eleven blocks is to be carried out by an external surveyor in the "
              "spring, after which officers will bring a costed programme of works to Cabinet.",
              "Councillor Ashdown asked whether the blocks would stay open in winter. The Cabinet Member said "
              "that six would remain open all year and that the others would close from November to March.",
              "RESOLVED: to note the report and to agree that the Sunny Sands block be repainted before Easter "
              "at a cost of £14,500."]),
        item("73.", "Hythe Royal Military Canal towpath",
             ["The Cabinet received an update on the resurfacing of the towpath between Scanlons Bridge and "
              "Seabrook. The contractor, Weald Surfacing Ltd, had finished the first section in January and the "
              "second would follow in May, once the nesting season risk had been assessed.",
              "Councillor Ashdown asked whether cyclists would be allowed on the towpath. The Cabinet Member "
              "said that cycling would continue to be permitted but that new signs would ask cyclists to give "
              "way to walkers.",
              "RESOLVED: to note progress."]),
        item("74.", "Otterpool Park: update",
             ["The Leader reported on the new garden town at Otterpool Park. The first phase of 620 homes had "
              "reached the reserved matters stage, and the primary school site had been transferred to Kent "
              "County Council.",
              "RESOLVED: to note the report."]),
        item("75.", "Budget and council tax 2024/25",
             ["The Cabinet recommended a council tax increase of 2.99 per cent, taking the district's Band D "
              "charge to £289.17. The Cabinet Member for Finance explained that car parking income had "
              "exceeded the budget by £310,000, which had helped to balance the year.",
              "RESOLVED: to recommend the budget to full Council on 28 February."]),
    ])

# ============================================================================ ModernGov item pages

doc(name="mgAi_ID88214_SouthCambs_Scrutiny", form="mg-item",
    council="South Cambridgeshire District Council", stated="yes", committee="Scrutiny and Overview Committee",
    date="2023-09-14",
    site=site("South Cambridgeshire District Council", "https://scambs.moderngov.co.uk",
              "South Cambridgeshire Hall, Cambourne Business Park, Cambourne, Cambridge CB23 6EA",
              "© South Cambridgeshire District Council",
              breadcrumb=["Home", "Committees", "Scrutiny and Overview Committee", "Agenda item"]),
    meeting_line="14/09/2023 - Scrutiny and Overview Committee (Item 6)",
    items=[item("6.", "Four-day week trial: twelve month evaluation", intro="Report of the Head of Human Resources.",
                body=[
        "The Head of Human Resources presented the evaluation of the trial in which office staff at South "
        "Cambridgeshire Hall, and the waste crews at the Waterbeach depot, had worked their full hours' "
        "output over four days rather than five. The trial had run for twelve months from August 2022.",
        "The evaluation had been carried out by researchers from two universities. They had found that "
        "performance had held steady or improved in 19 of the 23 measures they followed, and that staff turnover "
        "in the office teams had fallen by 31 per cent. Two measures had declined: the time taken to determine "
        "minor planning applications, and the share of calls answered within two minutes.",
        "Councillor Mark Hobday asked how many vacant posts had been filled during the year. The Head of Human "
        "Resources said that the council had filled posts that had been advertised repeatedly without success "
        "before the trial, including in planning and environmental health, and that the number of agency "
        "staff had fallen from 58 to 41, saving about £0.7 million a year.",
        "Councillor Priya Sandhu asked whether residents could still reach the council on a Friday. Officers "
        "confirmed that the contact centre remained open five days a week on a rota and that bin collections "
        "had not changed day.",
        "Councillor Hobday asked what would happen if the government told the council to stop the trial. The "
        "Lead Cabinet Member for Resources said that the council would continue to meet its statutory duties "
        "and would respond to any direction when it received one.",
        "The Committee AGREED to note the evaluation and to recommend to Cabinet that the trial be extended "
        "to the end of March 2025, with a further report on the waste crews' sickness absence."],
                links=[("Four-day week evaluation report", "1 MB"), ("Appendix A - survey results", "412 KB")])])

doc(name="mgAi_ID40127_Rushcliffe_Communities", form="mg-item",
    council="Rushcliffe Borough Council", stated="yes", committee="Communities Scrutiny Group",
    date="2022-07-07",
    site=site("Rushcliffe Borough Council", "https://democracy.rushcliffe.gov.uk",
              "Rushcliffe Arena, Rugby Road, West Bridgford, Nottingham NG2 7YG",
              "Rushcliffe Borough Council © 2022"),
    meeting_line="Thursday 7 July 2022 - Communities Scrutiny Group (Item 4)",
    items=[item("4", "Use of CCTV in Rushcliffe", intro="The Community Safety Manager presented the report.",
                body=[
        "The Group was told that the council operates 74 public space cameras, of which 41 are in West "
        "Bridgford town centre, 19 in Bingham, and the remainder in Radcliffe on Trent, Cotgrave and Keyworth. "
        "The cameras are monitored from a control room shared with the neighbouring city council.",
        "In 2021/22 the cameras had been used in 1,026 incidents, leading to 212 arrests. The busiest camera "
        "was at the junction of Central Avenue and Gordon Road, which had recorded footage used in 58 "
        "incidents.",
        "An upgrade of the Bingham cameras to high definition had been completed in March at a cost of "
        "£86,000, paid from the council's community safety reserve. The cameras in Cotgrave and Keyworth "
        "had been upgraded in an earlier phase in 2020, and all the cameras now record in colour at night.",
        "Councillor Anne Keyes asked whether the council would add cameras at Rushcliffe Country Park, where "
        "there had been thefts from cars. The Community Safety Manager said that the police had not "
        "identified the park as a priority, but that two temporary cameras could be deployed in the car park "
        "for three months over the summer.",
        "Councillor Dean Pryor asked how long footage was kept. Officers said it was held for 31 days unless "
        "the police asked for it to be kept longer.",
        "It was RESOLVED that the Communities Scrutiny Group notes the report and asks for an update on the "
        "performance of the Bingham cameras in twelve months."],
                links=[("CCTV annual report 2021-22", "690 KB")])])

# ============================================================================ ModernGov decision pages

doc(name="ieDecisionDetails_ID14452_Hampshire_Verges", form="mg-decision",
    council="Hampshire County Council", stated="yes",
    committee="Executive Member for Universal Services", date="2023-04-18",
    site=site("Hampshire County Council", "https://democracy.hants.gov.uk",
              "The Castle, Winchester, Hampshire SO23 8UJ", "© Hampshire County Council",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Forward Plan", "Petitions"]),
    decision_title="Decision details: Rural verge cutting and wildflower verges 2023/24",
    fields=[("Decision Maker:", "Executive Member for Universal Services"),
            ("Decision status:", "Recommendations approved"),
            ("Is Key Decision?:", "No"),
            ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To agree the approach to cutting rural road verges in the 2023/24 season, including an extension "
            "of the trial of wildflower verges managed for pollinators."]),
        ("Decision:", [
            "1. That the rural verge cutting programme for 2023/24 be approved, with one full width cut in "
            "late summer and visibility cuts at junctions and bends as needed.",
            "2. That the number of wildflower verges be increased from 37 to 60 sites, including new sites on "
            "the A32 near West Meon and on the B3047 near Itchen Abbas.",
            "3. That a botanical survey of the 37 existing wildflower verges be commissioned for June 2023, "
            "and that its findings be reported to the Executive Member before any further sites are added.",
            "4. That parish councils continue to be able to cut verges in their own areas under the existing "
            "agreements, with the County Council reimbursing £0.42 per square metre."]),
        ("Reasons for the decision:", [
            "The County Council has a duty to keep roads safe, and a single cut late in the season allows "
            "wildflowers to set seed while still keeping sight lines clear. The wildflower trial, started in "
            "2021, had received strong support from parishes. The cutting contract with Hedgerow Highway "
            "Services Ltd runs until March 2026, and the changes can be made within its terms."]),
        ("Alternative options considered and rejected:", [
            "Returning to two full cuts a year was rejected because it would cost an estimated £180,000 more "
            "and remove flowering plants before they set seed."]),
    ],
    tail=[("Publication date:", "18/04/2023"), ("Date of decision:", "18/04/2023"),
          ("Effective from:", "26/04/2023")],
    links=[("Rural verge cutting and wildflower verges report", "540 KB")])

doc(name="ieDecisionDetails_ID3318_Bassetlaw_Cabinet", form="mg-decision",
    council="Bassetlaw District Council", stated="yes", committee="Cabinet", date="2022-09-06",
    site=site("Bassetlaw District Council", "https://democracy.bassetlaw.gov.uk",
              "Queen's Buildings, Potter Street, Worksop, Nottinghamshire S80 2AH",
              "© Bassetlaw District Council 2022"),
    decision_title="Decision details: Worksop town centre CCTV and public realm",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Decided"),
            ("Is Key Decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To approve spending from the Towns Fund on new CCTV and on paving and lighting in Bridge Street "
            "and the Old Market Square, Worksop."]),
        ("Decision:", [
            "Cabinet approved spending of £1.35 million on the Bridge Street and Old Market Square scheme, "
            "comprising new York stone paving, replacement street lights and 14 new CCTV cameras linked to the "
            "control room at Queen's Buildings.",
            "Cabinet agreed that the works contract be awarded to Sherwood Civils Ltd, whose tender scored "
            "highest on quality and price.",
            "Cabinet noted that the start date for the works was not yet fixed: officers were waiting for "
            "Nottinghamshire County Council, as highway authority, to agree the traffic management plan, and "
            "would announce the date to traders once it had done so."]),
        ("Reasons for the decision:", [
            "Footfall counts in Bridge Street had fallen by 18 per cent between 2019 and 2022. Traders consulted "
            "in the spring had ranked broken paving and poor lighting as the two main reasons shoppers gave "
            "for going elsewhere. The Towns Fund grant must be spent by March 2026."]),
        ("Alternative options considered:", [
            "Resin bound gravel instead of York stone was considered and rejected because it would not suit the "
            "conservation area."]),
    ],
    tail=[("Publication date:", "08/09/2022"), ("Date of decision:", "06/09/2022"),
          ("Effective from:", "16/09/2022"), ("Decided at meeting:", "06/09/2022 - Cabinet")],
    links=[("Bridge Street public realm report", "1 MB")])

# ============================================================================ printed PDF minutes

doc(name="WFDC_Cabinet_Minutes_2023-12-12", form="pdf-minutes",
    council="Wyre Forest District Council", stated="yes", committee="Cabinet", date="2023-12-12",
    pdf_title="Cabinet minutes 12 December 2023", pdf_author="Democratic Services",
    title_lines=["WYRE FOREST DISTRICT COUNCIL", "CABINET",
                 "Minutes of the meeting held at Wyre Forest House, Finepoint Way, Kidderminster",
                 "on Tuesday 12th December 2023 at 6pm"],
    attendance=[("Present:", "Councillors H Corbett (Chair), M Dyke (Vice Chair), S Farrow, R Lakhani and "
                             "J Whitcombe."),
                ("Also present:", "Councillor P Doyle (Leader of the Opposition).")],
    items=[
        {"num": "CAB.41", "title": "Apologies for Absence",
         "body": ["Apologies were received from Councillor T Everall."]},
        {"num": "CAB.42", "title": "Kidderminster Market and Retail Hall",
         "body": ["The Cabinet Member for Economic Regeneration reported on the first six months of the "
                  "retail hall in the former Market Street car park. Twenty one of the twenty four stalls were let, "
                  "and the Saturday street market had grown from 18 to 31 traders since it moved to Vicar Street.",
                  "Councillor Doyle asked whether the Thursday market would also move. The Cabinet Member said "
                  "that traders had been asked and most preferred to remain in the Bull Ring on Thursdays, so "
                  "there were no plans to move it.",
                  "Decision: The Cabinet noted the report and agreed to waive stall rents for new food traders "
                  "for their first three months."]},
        {"num": "CAB.43", "title": "Stourport Riverside Public Realm",
         "body": ["The Cabinet considered proposals for the riverside meadows at Stourport on Severn, including "
                  "new railings along the Severn, replacement benches and a surfaced path from the Engine Lane "
                  "car park to the bandstand. The scheme would cost £780,000, of which £600,000 came from the "
                  "Levelling Up Fund and the rest from the council's capital programme.",
                  "Councillor Whitcombe asked whether the path would flood. Officers said that the path would "
                  "be built on a raised bed and would be closed only when the river was in flood, which had "
                  "happened on 14 days in the last year.",
                  "Decision: The scheme was approved."]},
        {"num": "CAB.44", "title": "Waste Collection Round Changes",
         "body": ["The Cabinet Member for Operational Services introduced the report on the redesign of bin "
                  "collection rounds from March 2024. About 11,000 households would have a different collection "
                  "day. Residents affected would be sent a letter and a new calendar in February, and the "
                  "routes had been modelled to cut the fleet's mileage by roughly 9 per cent.",
                  "Councillor Doyle asked how residents who did not read their post would be reminded. The "
                  "Cabinet Member said that crews would place tags on bins in the fortnight before the change "
                  "and that the council's app would send alerts.",
                  "Decision: The new rounds were approved."]},
        {"num": "CAB.45", "title": "Bewdley Flood Defences Maintenance",
         "body": ["The Cabinet received an update on maintenance of the demountable barriers at Beales Corner "
                  "and Severnside North in Bewdley. The barriers had been deployed three times in the winter of "
                  "2022/23 and had performed as designed.",
                  "Decision: The Cabinet agreed to continue to pay for storage of the barriers at the Bewdley "
                  "depot."]},
        {"num": "CAB.46", "title": "Treasury Management Mid Year Review",
         "body": ["The Cabinet noted that the council held investments of £18.6 million at the end of "
                  "September and that interest earned was ahead of budget."]},
    ],
    closing=["The meeting ended at 7.22pm."],
    header="Cabinet - 12.12.23", header_right="CAB.41 - CAB.46", footer=["Page {n} of {total}"])

doc(name="WLDC_Prosperous_Communities_2023-03-28", form="pdf-minutes",
    council="West Lindsey District Council", stated="yes", committee="Prosperous Communities Committee",
    date="2023-03-28",
    pdf_title="Prosperous Communities Committee 28 March 2023", pdf_author="West Lindsey District Council",
    logo="West Lindsey District Council",
    title_lines=["Prosperous Communities Committee",
                 "Minutes of a Meeting of the Prosperous Communities Committee held in the Council Chamber at "
                 "the Guildhall, Gainsborough on 28 March 2023 commencing at 6.30 pm."],
    attendance=[("Present:", "Councillor Owen Bierley (Chairman), Councillor Sarah Clayton (Vice Chairman), "
                             "Councillors Lesley Rollings, Keith Panter, Moira Lacey and Trevor Young."),
                ("In attendance:", "Sally Grindrod, Director of Change Management; Joe Barber, Flood Resilience "
                                   "Officer; Carla Hurst, Democratic Services Officer.")],
    items=[
        {"num": "101", "title": "Minutes of Previous Meeting",
         "body": ["The minutes of the meeting held on 14 February 2023 were confirmed and signed."]},
        {"num": "102", "title": "Flood Resilience in Gainsborough and the Trent Villages",
         "body": ["The Flood Resilience Officer presented the report. Following the floods of November 2019, "
                  "the council had offered property resilience grants of up to £5,000 to households in the "
                  "Trent villages. In Gainsborough, 88 homes had received flood doors and air brick covers, and "
                  "in Morton 23 homes had done so.",
                  "Councillor Rollings asked who maintained the flood gate on Caskgate Street. The officer said "
                  "that the Environment Agency owned and maintained it, and that the council's role was to "
                  "warn residents when it was closed.",
                  "The Committee heard that a community flood store had been set up in the village hall at "
                  "Scotter, stocked with sandbags, pumps and waders. Members welcomed the work and RESOLVED "
                  "that a second community flood store be funded in Morton at a cost of £7,800."]},
        {"num": "103", "title": "Gainsborough Market Place Events",
         "body": ["Members considered the programme of events for the Market Place in 2023, including a food "
                  "festival in June and a Christmas lights switch on. The food festival in 2022 had attracted "
                  "an estimated 9,500 visitors.",
                  "RESOLVED that the 2023 events programme be approved with a budget of £42,000."]},
        {"num": "104", "title": "Leisure Contract Performance",
         "body": ["The Committee received the annual report on the leisure contract for West Lindsey Leisure "
                  "Centre in Gainsborough and the Market Rasen leisure facility. Visits to the Gainsborough "
                  "centre had reached 312,000 in the year, above the pre pandemic figure. Visits at Market "
                  "Rasen were 58,000.",
                  "Councillor Young asked about the swimming pool temperature at Gainsborough, which several "
                  "residents had complained about. The Director said that the operator had agreed to raise it "
                  "by one degree from April.",
                  "RESOLVED that the report be noted."]},
        {"num": "105", "title": "Housing Enforcement Policy",
         "body": ["The Committee approved a revised housing enforcement policy. Officers explained that civil "
                  "penalties for landlords would now range from £1,000 to £30,000 and that the income would be "
                  "used for further enforcement work in the South West Ward of Gainsborough.",
                  "RESOLVED that the policy be recommended to Council for adoption."]},
    ],
    closing=["The meeting concluded at 8.05 pm.", "Chairman"],
    header="Prosperous Communities Committee - 28 March 2023", footer=["{n}"])

doc(name="Angus_PR_Committee_Minutes_Aug2022", form="pdf-minutes",
    council="Angus Council", stated="yes", committee="Policy and Resources Committee", date="2022-08-30",
    pdf_title="Policy and Resources Committee 30 August 2022", pdf_author="Angus Council",
    title_lines=["ANGUS COUNCIL", "POLICY AND RESOURCES COMMITTEE",
                 "MINUTE of MEETING of the POLICY AND RESOURCES COMMITTEE held in the Town and County Hall, "
                 "Forfar on Tuesday 30 August 2022 at 10.00am."],
    attendance=[("Present:", "Councillors BRENDA DURNO, BEN LAWRIE, SERENA COWDY, DAVID FAIRWEATHER, "
                             "DEREK WANN and LOIS SPEED."),
                ("Councillor BEN LAWRIE, Convener, in the Chair.", "")],
    items=[
        {"num": "1.", "title": "APOLOGIES",
         "body": ["An apology for absence was intimated on behalf of Councillor Kenny Braes."]},
        {"num": "2.", "title": "DECLARATIONS OF INTEREST",
         "body": ["Councillor Speed declared an interest in Article 4 as a board member of a community "
                  "energy group in Kirriemuir and left the meeting during consideration of that item."]},
        {"num": "3.", "title": "ARBROATH HARBOUR PONTOONS",
         "body": ["There was submitted Report No 244/22 by the Director of Infrastructure seeking approval "
                  "to replace the visitor pontoons in the inner basin at Arbroath Harbour. The pontoons were "
                  "more than thirty years old and several sections had been closed for safety reasons.",
                  "An underwater inspection of the harbour walls beneath the pontoons had been scheduled for "
                  "October, and the replacement design would be finalised once the divers' report was received.",
                  "In response to a question from Councillor Fairweather, the Director advised that berthing "
                  "income had fallen from £61,000 in 2019 to £38,000 in 2021, largely because of the closed "
                  "sections.",
                  "The Committee agreed to allocate £1.1 million from the capital programme to the pontoons."]},
        {"num": "4.", "title": "SOLAR PANELS ON COUNCIL BUILDINGS",
         "body": ["There was submitted Report No 247/22 by the Director of Finance on a programme of solar "
                  "panels on council buildings. Panels had been fitted at Forfar Academy and at the Webster "
                  "Memorial Theatre in Arbroath, generating £27,400 of savings in their first year.",
                  "The Committee agreed that panels be installed at a further nine buildings, including "
                  "Montrose Sports Centre and the Brechin Community Campus, at a total cost of £960,000, and "
                  "that the contract be let through the Scottish Government's framework."]},
        {"num": "5.", "title": "CARNOUSTIE GOLF LINKS CAR PARKING",
         "body": ["There was submitted Report No 250/22 on parking at the Links in Carnoustie, where visitor "
                  "numbers had risen ahead of the Open. The report proposed that the car park at West Links "
                  "Parade be charged at £2 for four hours between April and October.",
                  "Councillor Cowdy moved, seconded by Councillor Wann, that the charge apply all year. "
                  "Councillor Durno moved, as an amendment, seconded by Councillor Fairweather, that the "
                  "charge apply only between April and October as proposed. On a vote being taken, 4 members "
                  "voted for the amendment and 2 for the motion, and the amendment was declared carried."]},
        {"num": "6.", "title": "BUDGET MONITORING",
         "body": ["The Committee noted a projected underspend on the general fund of £412,000 for 2022/23, "
                  "mainly arising from vacant posts."]},
    ],
    closing=["The meeting closed at 11.40am."],
    header="ANGUS COUNCIL - POLICY AND RESOURCES COMMITTEE - 30.08.2022", footer=["{n}"])

doc(name="Moray_PRS_Committee_2023-05-09", form="pdf-minutes",
    council="Moray Council", stated="yes", committee="Planning and Regulatory Services Committee",
    date="2023-05-09",
    pdf_title="Minute of Planning and Regulatory Services Committee", pdf_author="Committee Services",
    title_lines=["MORAY COUNCIL",
                 "Minute of Meeting of the Planning and Regulatory Services Committee",
                 "Tuesday, 09 May 2023",
                 "Council Chambers, Council Office, High Street, Elgin, IV30 1BX"],
    attendance=[("Present", "Councillors Marc Macrae (Chair), Amber Dunbar (Depute Chair), John Divers, "
                            "Juli Harris, Sandy Keith, Bridget Mustard, Derek Ross and Draeyk van der Horn."),
                ("Apologies", "Apologies for absence were received from Councillor Neil Cameron."),
                ("In attendance", "Appointed Officer, Principal Planning Officer, Legal Services Manager and "
                                  "Committee Services Officer.")],
    items=[
        {"num": "1.", "title": "Declaration of Group Decisions and Members Interests",
         "body": ["There were no declarations of group decisions. Councillor Divers declared an interest in "
                  "item 4 as a neighbour of the site and left the meeting for that item."]},
        {"num": "2.", "title": "Planning Application 22/01774/APP: Erection of 36 dwellinghouses at Linkwood "
                              "Road, Elgin",
         "body": ["The Committee considered a report recommending that planning permission be granted for 36 "
                  "houses on a field south of Linkwood Road, with 9 of the houses to be affordable homes let by "
                  "a housing association.",
                  "Councillor Keith, seconded by Councillor Ross, moved that the application be approved as "
                  "recommended. As an amendment, Councillor Harris, seconded by Councillor Mustard, moved that "
                  "the application be refused because of the loss of open countryside.",
                  "On a division there voted for the motion 5 and for the amendment 2, and the motion became "
                  "the finding of the Committee. Planning permission was granted."]},
        {"num": "3.", "title": "Planning Application 23/00118/APP: Change of use of shop to hot food takeaway, "
                              "27 Mid Street, Keith",
         "body": ["The report recommended refusal on the grounds that a takeaway would harm the vitality of "
                  "the town centre. The Principal Planning Officer explained that there were already five hot "
                  "food takeaways within 200 metres of the site.",
                  "Following discussion, the Committee agreed to refuse the application for "
                  "the reasons set out in the report."]},
        {"num": "4.", "title": "Planning Application 23/00260/APP: Extension to distillery warehouse at "
                              "Rothes",
         "body": ["The application sought consent for a further bonded warehouse of 2,400 square metres at the "
                  "Rothes distillery site. Officers reported that the applicant had provided a flood risk "
                  "assessment and that the access onto the A941 would be widened.",
                  "The Committee agreed, without a vote being taken, to grant planning permission subject to "
                  "the conditions listed in the report, with an added condition limiting lorry movements to "
                  "between 7am and 7pm."]},
        {"num": "5.", "title": "Planning Application 23/00301/APP: Wind turbine at Cairnie Farm, Aberlour",
         "body": ["The Committee noted that this application had been withdrawn by the applicant prior to the "
                  "meeting."]},
        {"num": "6.", "title": "Planning Appeals",
         "body": ["The Committee noted that the Scottish Government Reporter had dismissed an appeal against the "
                  "refusal of 12 holiday lodges at Findhorn, and had allowed an appeal for a single house at "
                  "Cummingston."]},
    ],
    closing=["The meeting concluded at 12:15."],
    header="Planning and Regulatory Services Committee 09/05/2023", header_from=2, footer=["Page {n}"])

doc(name="ELDC_Executive_Minutes_2024-03-20", form="pdf-minutes",
    council="East Lindsey District Council", stated="yes", committee="Executive Board", date="2024-03-20",
    pdf_title="Executive Board 20/03/2024", pdf_author="East Lindsey District Council",
    title_lines=["EAST LINDSEY DISTRICT COUNCIL",
                 "Minutes of a Meeting of the Executive Board held in the Council Chamber, Tedder Hall, "
                 "Manby Park, on Wednesday, 20th March, 2024 at 10.00 am."],
    attendance=[("PRESENT", "Councillor Craig Leyland (Leader), Councillors Graham Marsh, Adam Grist, "
                            "Sandra Campbell Wardman, Tom Kemp and William Gray."),
                ("Officers in attendance:", "Deputy Chief Executive, Assistant Director for Coastal "
                                            "Economy, Senior Democratic Services Officer.")],
    items=[
        {"num": "78.", "title": "APOLOGIES FOR ABSENCE:",
         "body": ["Apologies for absence were received from Councillor Richard Fry."]},
        {"num": "79.", "title": "MABLETHORPE COLONNADE AND SEAFRONT:",
         "body": ["The Portfolio Holder for Coastal Economy introduced the report on the new Colonnade on "
                  "Mablethorpe seafront, which included public toilets, a changing places facility and a "
                  "community space. Construction by Ashworth Coastal Builders Ltd had reached the roof stage.",
                  "Councillor Kemp asked when the Colonnade would be handed over. The Assistant Director said "
                  "that the handover date remained uncertain because the contractor was still waiting for the "
                  "glazing supplier to confirm delivery, and that a revised programme would be reported in "
                  "May.",
                  "Members noted that the seafront toilets at Queens Park, Mablethorpe, would stay open until "
                  "the Colonnade facilities were in use.",
                  "RESOLVED: That the report be noted."]},
        {"num": "80.", "title": "SKEGNESS FORESHORE CCTV:",
         "body": ["The Executive Board considered the renewal of the CCTV system on Skegness foreshore. The 38 "
                  "cameras between Tower Gardens and the Clock Tower were analogue and parts were no longer "
                  "available. The report recommended replacing them with digital cameras at a cost of "
                  "£295,000, met from the Town Deal.",
                  "In answer to a question from Councillor Gray, officers confirmed that the footage would "
                  "continue to be monitored by trained volunteers in the control room at the Embassy Theatre.",
                  "RESOLVED: That the replacement of the foreshore cameras be approved."]},
        {"num": "81.", "title": "LOUTH CATTLE MARKET SITE:",
         "body": ["The Leader reported that the former cattle market in Louth had been cleared. Three options "
                  "for its future use would be presented to the Board after public engagement in the summer.",
                  "RESOLVED: That the engagement plan be approved."]},
        {"num": "82.", "title": "COUNCIL TAX SUPPORT SCHEME:",
         "body": ["The Portfolio Holder for Finance reported that 10,920 households received council tax "
                  "support. The Board agreed to recommend that the maximum award for working age claimants "
                  "remain at 75 per cent.",
                  "RESOLVED: That the scheme be recommended to Council."]},
    ],
    closing=["The meeting closed at 11.35 am."],
    header="Executive Board - 20th March 2024", footer=["Page {n} of {total}", "East Lindsey District Council"])

doc(name="NDC_Strategy_Resources_Minutes_061122", form="pdf-minutes",
    council="North Devon Council", stated="yes", committee="Strategy and Resources Committee",
    date="2022-11-07",
    pdf_title="Strategy and Resources Committee - 7 November 2022", pdf_author="Corporate and Community Services",
    title_lines=["NORTH DEVON COUNCIL",
                 "Minutes of a meeting of Strategy and Resources Committee held at Barum Room, Brynsworthy "
                 "Environment Centre, Roundswell, Barnstaple on Monday, 7th November, 2022 at 10.00 am",
                 "PRESENT: Members: Councillor Netti Pearson (Chair)",
                 "Councillors Jim Bushell, Liz Patrinos, Ian Roome, Malcolm Prowse and Gwen Leaver"],
    attendance=[("Officers:", "Chief Executive, Director of Resources, Head of Environmental Enhancement and "
                              "Senior Governance Officer")],
    items=[
        {"num": "64.", "title": "APOLOGIES", "body": ["Apologies were received from Councillor Peter Crabb."]},
        {"num": "65.", "title": "PUBLIC CONVENIENCES REVIEW",
         "body": ["The Head of Environmental Enhancement presented the review of the council's 31 public "
                  "conveniences. Cleaning was carried out by the council's own team, and the review found "
                  "that use varied widely: the toilets at Ilfracombe harbour had about 180,000 visits a year, "
                  "while those at Georgeham had fewer than 6,000.",
                  "Councillor Roome asked whether any town or parish councils had offered to take on their local "
                  "toilets. The Head of Environmental Enhancement said that Braunton Parish Council and "
                  "Lynton and Lynmouth Town Council had expressed interest and that talks were continuing.",
                  "Councillor Patrinos asked whether charging was being considered. Members were told that "
                  "contactless payment of 40p had been introduced at Woolacombe in the summer and had raised "
                  "£23,600 in its first season.",
                  "RESOLVED that officers open discussions with town and parish councils on the transfer of "
                  "lightly used toilets."]},
        {"num": "66.", "title": "BARNSTAPLE PANNIER MARKET",
         "body": ["The Committee considered a report on the Pannier Market. Occupancy on the general market "
                  "days had recovered to 84 per cent. A new roof light repair was needed at the Butchers Row "
                  "end.",
                  "RESOLVED that the roof light repair be funded from the market's repairs reserve."]},
        {"num": "67.", "title": "ELECTRIC VEHICLE CHARGING IN COUNCIL CAR PARKS",
         "body": ["The Committee was updated on chargers installed in 2022. Eighteen charge points had been "
                  "installed across six car parks, including at Wildersmouth car park in Ilfracombe "
                  "and at the Cattle Market car park in Barnstaple.",
                  "RESOLVED that the report be noted."]},
        {"num": "68.", "title": "TREASURY MANAGEMENT",
         "body": ["The Director of Resources reported that borrowing had remained at £4 million and that no "
                  "new loans had been taken out in the half year."]},
    ],
    closing=["Chair", "The meeting ended at 12.20 pm"],
    header="Strategy and Resources Committee - 7 November 2022", footer=["{n}"])

# ============================================================================ Public Document Packs

doc(name="KLWN_Cabinet_Pack_2023-07-04", form="pdf-pack",
    council="Borough Council of King's Lynn and West Norfolk", stated="yes", committee="Cabinet",
    date="2023-07-04",
    pdf_title="Cabinet agenda 4 July 2023", pdf_author="Democratic Services",
    cover=["Cabinet", "Borough Council of King's Lynn and West Norfolk", "Tuesday, 4th July, 2023 at 4.30 pm",
           "Council Chamber, Town Hall, Saturday Market Place, King's Lynn PE30 5DQ"],
    cover_body=["Members of the Cabinet: Councillors T Parish (Leader), A Kemp, J Moriarty, M de Whalley, "
                "S Squire and B Anota.",
                "You are summoned to attend the meeting of the Cabinet at the time and place above.",
                "Contact: Kathryn Deane, Democratic Services, King's Court, Chapel Street, King's Lynn."],
    agenda=[("1", "Apologies"), ("2", "Minutes of the meeting held on 6 June 2023 ({minutes})"),
            ("3", "Declarations of interest"), ("4", "Urgent business"),
            ("5", "Tuesday Market Place and the Lynn markets ({report})")],
    marks=["Agenda Item 2", "Agenda Item 5"],
    prev_title_lines=["BOROUGH COUNCIL OF KING'S LYNN AND WEST NORFOLK",
                      "CABINET",
                      "Minutes from the Meeting of the Cabinet held on Tuesday, 6th June, 2023 at 4.30 pm in "
                      "the Council Chamber, Town Hall, Saturday Market Place, King's Lynn"],
    prev_items=[
        {"num": "CAB1:", "title": "HUNSTANTON PROMENADE SHELTERS",
         "body": ["The Cabinet considered a report on the shelters along the Hunstanton promenade. Three of "
                  "the seven shelters needed new roofs. Councillor Squire asked whether the shelters could be "
                  "used by the sailing club. The Leader replied that the club had its own premises at the "
                  "south beach and did not need them.",
                  "RESOLVED: That the roofs of three shelters be replaced at a cost of £48,000."]},
        {"num": "CAB2:", "title": "DOWNHAM MARKET TOWN HALL",
         "body": ["The Cabinet agreed to lease the first floor of the town hall in Downham Market to a "
                  "community arts trust for ten years at a peppercorn rent, subject to the trust keeping the "
                  "building open to the public at least four days a week."]},
        {"num": "CAB3:", "title": "LEISURE COMPANY ANNUAL REPORT",
         "body": ["The Cabinet received the annual report of the council's leisure company. Councillor Kemp "
                  "asked why swimming lessons at the Lynnsport pool had a waiting list. The company's managing "
                  "director said that the shortage was of qualified swimming teachers, not pool space, and "
                  "that eight new teachers were being trained.",
                  "RESOLVED: That the report be noted."]},
    ],
    report=report(["REPORT TO CABINET", "Tuesday Market Place and the Lynn markets",
                            "Borough Council of King's Lynn and West Norfolk"],
            [("Portfolio Holder:", "Councillor S Squire, Business and Culture"),
                      ("Report author:", "Nadine Coles, Markets and Events Manager"),
                      ("Key decision:", "No"), ("Wards affected:", "St Margaret's with St Nicholas")],
            [
                ("1. Summary", [
                    "1.1 This report sets out the results of a review of the Tuesday and Friday markets held on "
                    "the Tuesday Market Place and the Saturday market on the Saturday Market Place, and asks "
                    "Cabinet to agree changes to stall charges."]),
                ("2. Background", [
                    "2.1 The markets are run by the council. In 2022/23 the Tuesday market had an average of "
                    "41 stalls and the Friday market 17 stalls. The Saturday market averaged 26 stalls.",
                    "2.2 The Tuesday market stall charge is currently £22 a day. Traders' representatives have "
                    "asked for a lower charge for traders who attend every week."]),
                ("3. Survey of shoppers", [
                    "3.1 A survey of 420 shoppers was carried out in April. It found that 63 per cent visited "
                    "the town centre mainly because of the market, and that the most wanted improvement was "
                    "more hot food stalls.",
                    "3.2 Shoppers' views on moving the Friday market to the Saturday Market Place were evenly "
                    "divided, and no change is proposed."]),
                ("4. Proposals", [
                    "4.1 It is proposed that traders who book 40 or more Tuesdays a year pay £18 a day.",
                    "4.2 Electricity hook ups will be provided at six pitches for hot food traders, paid for "
                    "from the UK Shared Prosperity Fund."]),
                ("5. Recommendation", [
                    "5.1 That Cabinet approves the reduced charge for regular Tuesday traders from 1 September "
                    "2023."]),
            ]),
    footer=["Page {n}"], number_offset=1)

doc(name="Uttlesford_Cabinet_Pack_2022-12-15", form="pdf-pack",
    council="Uttlesford District Council", stated="yes", committee="Cabinet", date="2022-12-15",
    pdf_title="Public reports pack 15122022 Cabinet", pdf_author="Uttlesford District Council",
    cover=["Uttlesford District Council", "CABINET", "Date: Thursday, 15th December, 2022",
           "Time: 6.00 pm", "Venue: Council Chamber, Council Offices, London Road, Saffron Walden, CB11 4ER"],
    cover_body=["Chair: Councillor Petrina Lees (Leader)",
                "Members: Councillors Arthur Coote, Neil Hargreaves, Louise Pepper, Geoffrey Sell and "
                "Melissa Tayler.",
                "For information about this meeting please contact Democratic Services, telephone 01799 "
                "510410."],
    agenda=[("1", "Apologies for absence and declarations of interest"),
            ("2", "Minutes of the previous meeting ({minutes})"),
            ("3", "Questions from members of the public"),
            ("4", "Matters referred from Scrutiny"),
            ("5", "Great Dunmow Public Swimming Pool Feasibility ({report})")],
    marks=["Agenda Item 2", "Agenda Item 5"],
    prev_title_lines=["CABINET held at COUNCIL CHAMBER, COUNCIL OFFICES, LONDON ROAD, SAFFRON WALDEN, on "
                      "THURSDAY, 13 OCTOBER 2022 at 6.00 pm",
                      "Present: Councillor P Lees (Chair), Councillors A Coote, N Hargreaves, L Pepper, "
                      "G Sell and M Tayler"],
    prev_items=[
        {"num": "CAB38", "title": "STANSTED AIRPORT NOISE MONITORING",
         "body": ["Councillor Sell reported on the noise monitoring points funded jointly with the airport. "
                  "The new monitor at Takeley had recorded 41 night flights above the agreed limit in August.",
                  "In response to a question from Councillor Pepper, Councillor Sell said that the airport "
                  "operator paid a penalty of £1,000 for each breach into a community fund."]},
        {"num": "CAB39", "title": "SAFFRON WALDEN TOWN CENTRE PARKING",
         "body": ["The Cabinet agreed to trial free parking after 3 pm on weekdays in the Swan Meadow car park "
                  "during December, to support traders over the Christmas period."]},
    ],
    report=report(["Committee: Cabinet", "Title: Great Dunmow Public Swimming Pool Feasibility",
                            "Date: Thursday, 15 December 2022"],
            [("Report Author:", "Tom Haynes, Leisure and Wellbeing Manager"),
                      ("Portfolio Holder:", "Councillor Melissa Tayler"),
                      ("Key decision:", "No")],
            [
                ("Summary", [
                    "1. Great Dunmow has no public swimming pool. Residents currently travel to Saffron Walden "
                    "or to Braintree. This report seeks approval to commission a feasibility study for a pool "
                    "at the Great Dunmow Leisure Centre site."]),
                ("Recommendations", [
                    "2. That Cabinet approves a budget of £65,000 for the feasibility study.",
                    "3. That the study include a public consultation on the size and facilities of the pool."]),
                ("Financial Implications", [
                    "4. The study will be funded from the council's strategic initiatives reserve. No capital "
                    "costs are committed by this decision."]),
                ("Situation", [
                    "5. The population of Great Dunmow has grown by around 40 per cent since 2011. The Saffron "
                    "Walden pool at Lord Butler Leisure Centre operated at 91 per cent of capacity during its "
                    "busiest hours in 2022.",
                    "6. A public consultation on the pool will be held in the spring of 2023, once consultants "
                    "are appointed, and its results will be reported to Cabinet with the feasibility study.",
                    "7. Developer contributions of £1.2 million have been collected towards sports facilities "
                    "in Great Dunmow and could be used towards construction.",
                    "8. The Great Dunmow Leisure Centre site is owned by the council and has space on the "
                    "former tennis courts."]),
            ]),
    footer=["Page {n}"], number_offset=1)

doc(name="Caerphilly_Cabinet_Pack_2023-09-27", form="pdf-pack",
    council="Caerphilly County Borough Council", stated="yes", committee="Cabinet", date="2023-09-27",
    pdf_title="Agenda Document for Cabinet 27/09/2023", pdf_author="Caerphilly County Borough Council",
    cover=["Caerphilly County Borough Council", "Cabinet", "Wednesday, 27 September 2023, 1.00 pm",
           "Penallta House and via Microsoft Teams"],
    cover_body=["Dear Sir/Madam, A meeting of the Cabinet will be held in Penallta House, Tredomen, Ystrad "
                "Mynach, and via Microsoft Teams, to consider the matters contained in the following agenda.",
                "This meeting will be recorded and made available on the Council's website."],
    agenda=[("1", "To receive apologies for absence."),
            ("2", "Cabinet held on 13 September 2023 ({minutes})"),
            ("3", "Declarations of interest."),
            ("4", "Cabinet Forward Work Programme."),
            ("5", "Rhymney Valley Flood Alleviation: Llanbradach and Bargoed ({report})")],
    marks=["Agenda Item 2", "Agenda Item 5"],
    prev_title_lines=["CAERPHILLY COUNTY BOROUGH COUNCIL",
                      "MINUTES OF THE MEETING OF THE CABINET HELD AT PENALLTA HOUSE AND VIA MICROSOFT TEAMS ON "
                      "WEDNESDAY, 13TH SEPTEMBER 2023 AT 1.00 P.M.",
                      "PRESENT: Councillor S. Morgan (Leader) in the Chair"],
    prev_items=[
        {"num": "1.", "title": "CWMCARN FOREST DRIVE VISITOR CENTRE",
         "body": ["Cabinet received a report on the visitor centre at Cwmcarn Forest. Visitor numbers had "
                  "reached 230,000 in the year. A Member asked whether the campsite would be extended. The "
                  "Cabinet Member explained that the lease with Natural Resources Wales did not allow further "
                  "pitches without its consent, which had not been sought.",
                  "RESOLVED that the report be noted."]},
        {"num": "2.", "title": "SCHOOL MEALS PRICE",
         "body": ["Cabinet agreed that the price of a secondary school meal be increased from £2.65 to £2.85 "
                  "from January 2024."]},
    ],
    report=report(["CABINET - 27TH SEPTEMBER 2023",
                            "SUBJECT: RHYMNEY VALLEY FLOOD ALLEVIATION: LLANBRADACH AND BARGOED",
                            "REPORT BY: CORPORATE DIRECTOR FOR ECONOMY AND ENVIRONMENT"],
            [("Purpose", "To update Cabinet on the flood alleviation schemes and seek approval to "
                                  "submit a full business case to Welsh Government."),
                      ("Wards", "Llanbradach; Bargoed"), ("Author", "Rhys Bevan, Principal Engineer")],
            [
                ("1. PURPOSE OF REPORT", [
                    "1.1 To update Cabinet on the Llanbradach and Bargoed flood alleviation schemes and seek "
                    "approval to submit a full business case to Welsh Government."]),
                ("2. SUMMARY", [
                    "2.1 During Storm Dennis in February 2020, 64 properties in Llanbradach and 27 in Bargoed "
                    "were flooded internally.",
                    "2.2 The Llanbradach scheme comprises a new culvert under Coedybrain Road and a flood wall "
                    "along the Nant Llan. It is estimated to cost £3.8 million, with 85 per cent funded by "
                    "Welsh Government and 15 per cent by the Council."]),
                ("3. RECOMMENDATIONS", [
                    "3.1 That Cabinet approves submission of the full business case for Llanbradach.",
                    "3.2 That Cabinet notes that design work on the Bargoed scheme is continuing."]),
                ("4. THE BARGOED SCHEME", [
                    "4.1 Modelling of the Bargoed scheme has not yet been completed, and it is therefore not "
                    "yet possible to say how much it will cost or when it could be built. A report will follow "
                    "once the modelling is finished.",
                    "4.2 Residents of Bargoed were invited to two drop in sessions at the Bargoed library in "
                    "July, which were attended by 58 people."]),
                ("5. CONSULTATION", [
                    "5.1 Natural Resources Wales has been consulted and supports the Llanbradach scheme, "
                    "subject to fish passage being kept through the new culvert."]),
            ]),
    footer=["Page {n}"], number_offset=1)

# ============================================================================ Word reports

doc(name="SHDC_Executive_Report_Solar_Follaton", form="docx-report",
    council="South Hams District Council", stated="yes", committee="Executive", date="2023-11-30",
    docx_author="Climate Change Team",
    letterhead=["South Hams District Council", "Follaton House, Plymouth Road, Totnes, Devon TQ9 5NE"],
    report=report(
        ["Report to: Executive", "Date: 30 November 2023",
         "Title: Solar car ports at Follaton House and the Quayside Leisure Centre, Kingsbridge"],
        [("Portfolio Area:", "Climate Change and Biodiversity - Cllr Jessica Holway"),
         ("Wards Affected:", "Totnes; Kingsbridge"),
         ("Urgent Decision:", "N"),
         ("Author:", "Owen Treloar, Climate Change Specialist"),
         ("Contact:", "owen.treloar@southhams.gov.uk")],
        [("1. Executive summary", [
            "1.1 This report asks the Executive to approve the installation of solar car ports at two council "
            "sites: the staff and visitor car park at Follaton House in Totnes, and the car park of the Quayside "
            "Leisure Centre in Kingsbridge.",
            "1.2 The two schemes together would generate an estimated 265 MWh a year. The electricity would be "
            "used on site first, with any surplus exported to the grid."]),
         ("2. Recommendations", [
            "2.1 That the Executive approves capital spending of £742,000 on the two solar car port schemes.",
            "2.2 That the installation contract be awarded to Dartline Renewables Ltd, the highest scoring "
            "bidder in the tender.",
            "2.3 That battery storage at the leisure centre be considered in a separate report."]),
         ("3. Background", [
            "3.1 The Council declared a climate change and biodiversity emergency in 2019 and has committed to "
            "making its own operations net zero by 2030.",
            "3.2 Follaton House already has roof panels installed in 2016. These produce about 40 MWh a year, "
            "roughly a sixth of the building's use.",
            "3.3 The Quayside Leisure Centre is the council's single largest user of electricity, mainly because "
            "of the pool's pumps and heating. Its operator, Tamar Leisure Trust, has agreed to buy the electricity "
            "generated at the site at a fixed price per unit."]),
         ("4. Options considered", [
            "4.1 Ground mounted panels on council land at Ivybridge were considered but rejected because of "
            "the cost of a new grid connection.",
            "4.2 Leasing the car park roofs to a private energy company was rejected because the council "
            "would lose most of the savings."]),
         ("5. Financial implications", [
            "5.1 The schemes would be funded by borrowing, repaid from the savings on electricity and the "
            "income from the leisure operator. The payback period is estimated at eleven years.",
            "5.2 The number of car parking spaces at each site will not change."]),
         ("6. Risks", [
            "6.1 The Kingsbridge site lies close to the estuary; the design includes raised foundations for "
            "the car port columns.",
            "6.2 Planning permission will be needed at both sites; pre application advice has been positive."]),
        ]),
    header="South Hams District Council - Executive - 30 November 2023",
    footer=["Page 1 of 5 | OFFICIAL"])

doc(name="HPBC_Report_Buxton_Pavilion_Gardens", form="docx-report",
    council="High Peak Borough Council", stated="yes", committee="Executive", date="2024-02-15",
    docx_author="Regeneration", letterhead=["HIGH PEAK BOROUGH COUNCIL"],
    report=report(
        ["EXECUTIVE", "15 February 2024",
         "PAVILION GARDENS, BUXTON: CONSERVATORY AND PLAY AREA"],
        [("Report of:", "Executive Director (Place)"),
         ("Executive Councillor:", "Councillor Anthony McKeown, Leader"),
         ("Wards:", "Buxton Central"),
         ("Key decision:", "Yes"),
         ("Appendices:", "A: Conservatory condition report; B: Play area consultation results")],
        [("1. Reason for the report", [
            "1.1 To seek approval for the restoration of the Octagon conservatory at the Pavilion Gardens, Buxton, "
            "and for the replacement of the children's play area near the Broad Walk entrance."]),
         ("2. Recommendations", [
            "2.1 That the Executive approves the conservatory restoration at a cost of £2.6 million, of which "
            "£1.8 million is a National Lottery Heritage Fund grant.",
            "2.2 That the play area be replaced at a cost of £310,000, funded from developer contributions."]),
         ("3. The conservatory", [
            "3.1 The conservatory was closed to the public in 2021 after glass panels fell from the roof. A "
            "condition report by Peak Heritage Surveyors found that 40 per cent of the cast iron glazing bars "
            "were corroded and that the timber floor needed to be replaced.",
            "3.2 The restoration would take about fourteen months. The Pavilion Gardens café and the Octagon "
            "hall would stay open throughout the works."]),
         ("4. The play area", [
            "4.1 The play area was last replaced in 2004. A consultation run in the autumn received 1,137 "
            "responses, and 78 per cent of those who replied wanted a water play feature.",
            "4.2 The new play area will include equipment accessible to wheelchair users and a fenced area for "
            "under fives."]),
         ("5. Glossop", [
            "5.1 Members have asked about the play area in Manor Park, Glossop. It was replaced in 2019 at a cost "
            "of £215,000 and no further works are proposed there."]),
         ("6. Risks", [
            "6.1 The largest risk is to the conservatory's cost, because hidden corrosion may be found once "
            "scaffolding is erected. A contingency of 12 per cent has been included."]),
        ]),
    header="Executive 15 February 2024 - Agenda Item 7",
    footer=["High Peak Borough Council", "Page 1"])

# ============================================================================ Word minutes

doc(name="Denbighshire_Communities_Scrutiny_2023-06-08", form="docx-minutes",
    council="Denbighshire County Council", stated="yes", committee="Communities Scrutiny Committee",
    date="2023-06-08", docx_author="Democratic Services",
    title_lines=["COMMUNITIES SCRUTINY COMMITTEE",
                 "Minutes of a meeting of the Communities Scrutiny Committee of Denbighshire County Council "
                 "held in the Council Chamber, County Hall, Ruthin and by video conference on Thursday, 8 June "
                 "2023 at 10.00 am."],
    attendance=[("PRESENT", "Councillors Huw Hilditch Roberts (Chair), Gwyneth Ellis, Ellie Chard, "
                            "Karen Edwards, Pete Prendergast and Elfed Williams."),
                ("ALSO PRESENT", "Lead Member for Environment and Transport; Head of Highways and Environmental "
                                 "Services; Scrutiny Coordinator.")],
    items=[
        {"num": "1", "title": "APOLOGIES", "body": ["Apologies were received from Councillor Jeanette Chamberlain "
                                                    "Jones."]},
        {"num": "2", "title": "DECLARATION OF INTERESTS",
         "body": ["Councillor Chard declared a personal interest in item 5 as a member of Rhyl Town Council."]},
        {"num": "3", "title": "NEW WASTE SERVICE",
         "body": ["The Lead Member introduced the report on the new weekly recycling service, which had started "
                  "on 3 June using stacked recycling boxes. Around 47,000 households had received the new "
                  "containers, and crews were working from the new depot at Denbigh.",
                  "Members raised concerns about missed collections in the first week. The Head of Service said "
                  "that 1,920 missed collections had been reported in the first week, most of them in the Rhyl "
                  "and Prestatyn area, and that extra crews had been added.",
                  "A member asked what would happen to residents who could not lift the boxes. Officers said "
                  "that assisted collections were available on request and that 2,600 households had asked for "
                  "one.",
                  "A review of the new service by the Council's internal audit team will take place in the "
                  "autumn, and the Committee asked for its findings to be reported in December.",
                  "RESOLVED: that the Committee notes the report and receives the internal audit review in "
                  "December."]},
        {"num": "4", "title": "RHYL WATERFRONT AND THE SC2 LEISURE CENTRE",
         "body": ["The Committee considered the performance of the SC2 waterpark in Rhyl, run by the council's "
                  "leisure company. Visits had reached 260,000 in 2022/23. A member asked whether the wave pool "
                  "would reopen; officers said it had reopened in May after repairs to the wave machine costing "
                  "£96,000.",
                  "RESOLVED: that the report be noted."]},
        {"num": "5", "title": "PRESTATYN AND RHYL SEA DEFENCES",
         "body": ["The Head of Service reported that the coastal defence scheme at Central Rhyl was on site, with "
                  "the new promenade wall between the Events Arena and the Sky Tower due to be finished in 2024. "
                  "The scheme was funded 85 per cent by Welsh Government.",
                  "RESOLVED: that the report be noted."]},
        {"num": "6", "title": "SCRUTINY WORK PROGRAMME",
         "body": ["The Committee agreed to add a report on pavement parking in Denbigh and Llangollen to its "
                  "work programme for October."]},
    ],
    closing=["The meeting concluded at 12.25 pm."],
    header="Denbighshire County Council - Communities Scrutiny - 08.06.2023",
    footer=["Cyngor Sir Ddinbych / Denbighshire County Council", "Page 1"])

doc(name="SKDC_Environment_OSC_Minutes_2024-05-23", form="docx-minutes",
    council="South Kesteven District Council", stated="yes",
    committee="Environment Overview and Scrutiny Committee", date="2024-05-23", docx_author="Democratic Services",
    title_lines=["SOUTH KESTEVEN DISTRICT COUNCIL", "Environment Overview and Scrutiny Committee",
                 "23 May 2024, 2.00 pm", "Council Chamber, Council Offices, St Peter's Hill, Grantham"],
    attendance=[("Committee Members present:", "Councillor Rhys Baker (Chairman), Councillor Penny Milnes "
                                               "(Vice Chairman), Councillors Anne Gaffigan, Tim Harrison, "
                                               "Mark Whittington and Emma Baker."),
                ("Officers:", "Head of Waste and Markets, Green Spaces Manager, Democratic Officer.")],
    items=[
        {"num": "E1.", "title": "Apologies for absence", "body": ["Apologies were received from Councillor "
                                                                  "Paul Stokes."]},
        {"num": "E2.", "title": "Wildflower Verges and Grass Cutting",
         "body": ["The Green Spaces Manager reported on the second year of the council's relaxed mowing "
                  "regime. Forty two areas of council owned grass, including parts of Wyndham Park in Grantham "
                  "and the Meadows in Stamford, were now cut only twice a year to let wildflowers grow.",
                  "A member asked whether the longer grass had led to complaints. The Green Spaces Manager said "
                  "that 37 complaints had been received in 2023, compared with 80 in 2022, and that signs had "
                  "been put up to explain the scheme.",
                  "Councillor Harrison asked whether the scheme would be extended to Bourne. The Green Spaces "
                  "Manager said that officers had not yet decided which sites in Bourne would be included, as "
                  "the town council's views were still awaited.",
                  "The Committee noted the report."]},
        {"num": "E3.", "title": "Food Waste Collection Pilot",
         "body": ["The Head of Waste and Markets reported that a weekly food waste collection would be piloted "
                  "in parts of Stamford and Grantham from September, using a vehicle funded by the government.",
                  "Asked when the service would be rolled out across the district, the Head of Waste and Markets "
                  "said that this had not been decided: it depended on how much further funding the government "
                  "provided.",
                  "The Committee noted the report and asked for an update after the pilot's first three "
                  "months."]},
        {"num": "E4.", "title": "Grantham Market",
         "body": ["The Committee considered a report on Grantham's Saturday market. The number of traders had "
                  "fallen to an average of 24. Officers proposed a free first month for new traders and a "
                  "monthly craft market on Westgate.",
                  "The Committee recommended the proposals to Cabinet."]},
        {"num": "E5.", "title": "Fly Tipping Enforcement",
         "body": ["Members were told that 2,981 fly tips had been reported in 2023/24, and that fixed penalty "
                  "notices of £400 had been issued in 61 cases."]},
    ],
    closing=["The Chairman closed the meeting at 3.40 pm."],
    header="Environment OSC 23 May 2024", footer=["Page 1 of 4"])

# ============================================================================ plain text

doc(name="IoS_Full_Council_Minutes_2023-07-20", form="txt",
    council="Council of the Isles of Scilly", stated="yes", committee="Full Council", date="2023-07-20",
    title_lines=["COUNCIL OF THE ISLES OF SCILLY",
                 "Minutes of the Full Council meeting held in the Council Chamber, Town Hall, St Mary's",
                 "Thursday 20 July 2023 at 9.30 am",
                 "",
                 "=================================================================="],
    attendance=[("Present:", "Councillors Robert Francis (Chairman), Stephen Sims (Vice Chairman), "
                             "Mary Tregarthen, Anne Jenkins, Colin Ware, Sue Pender, Tom Dorrien and Fran Moyle."),
                ("Officers:", "Chief Executive, Director of Infrastructure, Democratic Services Officer."),
                ("Public:", "Four members of the public attended.")],
    items=[
        {"num": "C/23/41", "title": "Apologies for absence",
         "body": ["Apologies had been received from Councillor Gary Hicks."]},
        {"num": "C/23/42", "title": "Public toilets on St Mary's and the off islands",
         "body": ["The Director of Infrastructure reported on the public toilets on St Mary's at the Quay, Porth "
                  "Mellon and Old Town, and the council's toilets on Tresco and St Agnes. Use had increased with "
                  "visitor numbers, and the Porth Mellon block had needed its septic tank emptied twice a week "
                  "in June.",
                  "Councillor Jenkins asked whether the toilets at the Quay could stay open later in the evening "
                  "when the Scillonian was late. The Director said that the block would now close at 9 pm "
                  "rather than 7 pm between May and September.",
                  "The Council agreed that the Porth Mellon block be connected to the mains sewer as part of "
                  "the water and sewerage works on St Mary's."]},
        {"num": "C/23/43", "title": "Airport runway resurfacing",
         "body": ["The Council received an update on the resurfacing of the main runway at St Mary's Airport. "
                  "The works would be carried out at night over three weeks in November to keep flights to "
                  "Land's End and Newquay running during the day. The contractor was Kernow Airfield Paving Ltd.",
                  "Councillor Dorrien asked whether residents near the airport would be told in advance. The "
                  "Director said that letters would be sent to every household in Old Town and at Salakee "
                  "Farm a month before work began."]},
        {"num": "C/23/44", "title": "Waste and recycling at Moorwell",
         "body": ["The Chief Executive reported that the new waste facility at Moorwell had sent 1,140 tonnes of "
                  "waste to the mainland by freight in the year, and that the recycling rate had risen to 46 "
                  "per cent.",
                  "The Council agreed to ask the Duchy of Cornwall to renew the lease of the Moorwell site for a "
                  "further 25 years."]},
        {"num": "C/23/45", "title": "Housing on St Mary's",
         "body": ["The Council considered a report on the eight new homes at Normandy, built for local people, "
                  "which had been let to key workers including two nurses and a teacher.",
                  "Councillor Pender asked about rents. The Chief Executive said that rents were set at 80 per "
                  "cent of the local market rent."]},
    ],
    closing=["", "The meeting closed at 11.50 am.", "Chairman ........................"])
