"""The documents of bench/heldout32: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout32.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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

doc(name="ieListDocuments_CId147_MId5120_Manchester_Executive", form="mg-meeting",
    council="Manchester City Council", stated="yes", committee="Executive", date="2024-01-17",
    site=site("Manchester City Council", "https://democracy.manchester.gov.uk",
              "Manchester City Council, Town Hall Extension, Albert Square, Manchester M60 2LA",
              "© Manchester City Council 2024", menu=["Home", "Councillors", "Committees", "Meetings",
                                                     "Decisions", "Forward Plan"]),
    heading="Agenda and minutes: Executive - Wednesday, 17th January, 2024 2.00 pm",
    venue="Council Chamber, Level 2, Town Hall Extension",
    contact="Dorothy Fenwick, Governance and Scrutiny Support Unit. Email: dorothy.fenwick@manchester.gov.uk",
    items=[
        item("Exe/24/1", "Minutes", [
            "Decision",
            "The Executive approved as a correct record the minutes of its meeting on 13 December 2023.",
        ], links=[("Minutes of the meeting held on 13 December 2023", "214 KB")]),
        item("Exe/24/2", "On-street Electric Vehicle Charging: Phase Two", [
            "The Executive considered a report of the Strategic Director (Neighbourhoods) on the second phase "
            "of on-street charging for residents who have no driveway. Phase one had put 60 charging posts "
            "into lamp columns in Chorlton, Levenshulme and Moston, and usage had grown every month since "
            "the posts were switched on in May.",
            "The report proposed 140 further charging posts. Following a tender in which five bids were "
            "received, the installation and ten years of maintenance would be carried out by Halvorsen "
            "Grid Services Ltd, which had scored highest on both price and quality.",
            "The Executive Member for Environment and Transport confirmed that the whole cost of the phase "
            "would be met by the Local Electric Vehicle Infrastructure grant from the Department for "
            "Transport, so that no money from the Council's own capital programme was needed.",
            "Councillor Abernethy asked which neighbourhoods would be first. The Strategic Director said "
            "the streets for the first 40 posts had not been settled, because the ward surveys of "
            "residents who had asked for a post were still being analysed.",
            "Decision",
            "- To approve phase two of on-street charging, 140 posts in total.",
            "- To award the installation and maintenance contract to Halvorsen Grid Services Ltd.",
        ], links=[("Report: On-street Electric Vehicle Charging Phase Two", "388 KB"),
                  ("Appendix 1: Phase one usage", "120 KB")]),
        item("Exe/24/3", "Question from a Member: Alexandra Park Cafe", [
            "Councillor Okonjo asked why the cafe in Alexandra Park had stayed shut since the autumn.",
            "In reply, the Executive Member for Vibrant Neighbourhoods said the tenant had handed back the "
            "lease early and the Council would advertise the cafe to new operators in March, with a local "
            "business preferred.",
        ]),
        item("Exe/24/4", "Revenue Budget Monitoring: Month 8", [
            "The Executive noted a forecast overspend of £4.1m, mostly from children's placements, and "
            "agreed that the Deputy Chief Executive should bring savings proposals to the February meeting.",
        ], links=[("Budget Monitoring Month 8", "502 KB")]),
    ])

doc(name="ieListDocuments_CId358_MId6633_Newcastle_Planning", form="mg-meeting",
    council="Newcastle City Council", stated="yes", committee="Planning Committee", date="2023-11-10",
    site=site("Newcastle City Council", "https://democracy.newcastle.gov.uk",
              "Newcastle City Council, Civic Centre, Barras Bridge, Newcastle upon Tyne NE1 8QH",
              "© Newcastle City Council 2023", menu=["Home", "Your Councillors", "Meetings", "Search documents",
                                                    "Calendar"]),
    heading="Agenda and minutes: Planning Committee - Friday, 10th November, 2023 9.30 am",
    venue="Council Chamber, Civic Centre",
    contact="Marcus Ibbotson, Democratic Services Officer. Tel: 0191 277 4321",
    items=[
        item("51", "Declarations of interest", [
            "Councillor Doyle declared a non-registrable interest in application 2023/1187/01/DET as a "
            "member of the Jesmond Residents Association and took no part in that item.",
        ]),
        item("52", "2023/1187/01/DET: Land at 40-44 Jesmond Road, Jesmond", [
            "Erection of a five storey block of 96 student bedrooms with ground floor cycle store.",
            "The Planning Officer recommended approval subject to a legal agreement securing a student "
            "management plan. Two objectors spoke about parking and noise, and the agent for the applicant, "
            "Tyne Quarter Living, spoke in support.",
            "Councillor Hartley moved approval as recommended, seconded by Councillor Mensah. On being put "
            "to the vote, there were 9 votes for and 3 against, and the application was granted.",
            "RESOLVED: That permission be granted subject to the conditions in the report and the legal "
            "agreement.",
        ], links=[("Jesmond Road report", "1 MB")]),
        item("53", "2023/0954/01/DET: 217 Shields Road, Byker", [
            "Change of use of a ground floor shop to a hot food takeaway with extraction flue.",
            "Members were concerned that the parade already had six takeaways and that another would "
            "harm the shopping character of Shields Road. The application was refused as recommended, "
            "because it would leave fewer than half the units in the parade in shop use, contrary to the "
            "local plan policy on district centres.",
            "RESOLVED: That permission be refused.",
        ]),
        item("54", "2023/1302/01/OUT: Former depot, Station Road, Gosforth", [
            "Outline application for up to 38 homes.",
            "Councillor Pearce moved that the application be deferred so that members could visit the site "
            "and see the access from Station Road for themselves. This was seconded by Councillor Doyle and "
            "agreed.",
            "RESOLVED: That the application be deferred for a site visit.",
        ]),
        item("55", "2023/1415/01/DET: Boat store, Lime Street, Ouseburn", [
            "The Chair reported that the applicant had withdrawn this application on 8 November.",
        ]),
    ])

doc(name="ieListDocuments_CId559_MId7204_Bromley_ECS_PDS", form="mg-meeting",
    council="London Borough of Bromley", stated="yes",
    committee="Environment and Community Services Policy Development and Scrutiny Committee", date="2023-09-26",
    site=site("London Borough of Bromley", "https://cds.bromley.gov.uk",
              "London Borough of Bromley, Civic Centre, Stockwell Close, Bromley BR1 3UH",
              "© London Borough of Bromley 2023"),
    heading=("Agenda and minutes: Environment and Community Services Policy Development and Scrutiny "
             "Committee - Tuesday 26 September 2023 7.00 pm"),
    venue="Bromley Civic Centre, Stockwell Close, Bromley, BR1 3UH",
    contact="Priya Castellano, Democratic Services. 020 8461 7702",
    items=[
        item("21", "Questions from members of the public", [
            "One question had been received, from Mr Colin Arkwright of Beckenham, asking whether the "
            "Council would resurface the footway on Croydon Road outside Beckenham Place Park, where his "
            "neighbour had fallen.",
            "The Portfolio Holder replied that the footway had been inspected in August, that two trip "
            "hazards had been filled the same week, and that a full resurfacing was listed for the 2024/25 "
            "programme.",
        ]),
        item("22", "Highway Maintenance: Pothole Repairs Update", [
            "The Head of Highways reported that the reactive repair service had fixed 3,412 potholes between "
            "April and August, compared with 2,650 over the same months last year. The wet spring had caused "
            "most of the extra defects.",
            "Since June the repairs had been done by Ridgeway Highways Ltd under the new term contract, and "
            "98 per cent of dangerous potholes had been made safe within 24 hours.",
            "Members asked about the patching of larger areas. The Head of Highways explained that patches "
            "on Widmore Road and Chislehurst Road had been brought forward because the surface there kept "
            "breaking up after each repair.",
            "RESOLVED: That the update be noted.",
        ], links=[("Pothole Repairs Update", "276 KB")]),
        item("23", "Green Garden Waste Service", [
            "The Committee noted that 31,200 households now subscribed to the garden waste service and "
            "supported keeping the annual charge unchanged for 2024/25.",
        ]),
    ])

doc(name="ieListDocuments_CId134_MId9902_Redbridge_Cabinet", form="mg-meeting",
    council="London Borough of Redbridge", stated="yes", committee="Cabinet", date="2024-02-13",
    site=site("London Borough of Redbridge", "https://moderngov.redbridge.gov.uk",
              "London Borough of Redbridge, Town Hall, 128-142 High Road, Ilford IG1 1DD",
              "© London Borough of Redbridge 2024", menu=["Home", "Councillors", "Meetings", "Decisions",
                                                         "Petitions"]),
    heading="Agenda and minutes: Cabinet - Tuesday, 13 February 2024 7.00 pm",
    venue="Council Chamber, Town Hall, Ilford",
    contact="Lewis Amartey, Committee Services. Email: committee.services@redbridge.gov.uk",
    items=[
        item("187.", "Minutes", [
            "The minutes of the meeting held on 16 January 2024 were agreed.",
        ]),
        item("188.", "Bringing Empty Homes Back into Use", [
            "The Cabinet Member for Housing introduced the report. Council tax records showed 612 homes in "
            "the borough that had stood empty for more than two years, most of them in Ilford and Seven "
            "Kings.",
            "The report proposed grants of up to £15,000 for owners who repair an empty home and let it to "
            "a household nominated by the Council for at least five years.",
            "A door-to-door survey of long-term empty homes in Ilford would start in April, to find out why "
            "owners were leaving them vacant.",
            "Councillor Sahota asked whether owners who refused to engage could be made to act. The Cabinet "
            "Member replied that the Council would use empty dwelling management orders where an owner "
            "ignored three letters, and that two such orders were being prepared now.",
            "RESOLVED: To approve the Empty Homes Grant scheme set out in the report.",
        ], links=[("Empty Homes report", "341 KB")]),
        item("189.", "Valentines Park: Boating Lake", [
            "The Cabinet agreed to spend £180,000 on desilting the boating lake in Valentines Park during "
            "the autumn, when fewer people use the park.",
        ]),
    ])

doc(name="ieListDocuments_CId331_MId14871_TowerHamlets_OSC", form="mg-meeting",
    council="London Borough of Tower Hamlets", stated="yes", committee="Overview and Scrutiny Committee",
    date="2023-12-04",
    site=site("London Borough of Tower Hamlets", "https://democracy.towerhamlets.gov.uk",
              "Tower Hamlets Town Hall, 160 Whitechapel Road, London E1 1BJ",
              "© London Borough of Tower Hamlets 2023"),
    heading="Agenda and minutes: Overview and Scrutiny Committee - Monday, 4th December, 2023 6.30 p.m.",
    venue="Council Chamber, Town Hall, Whitechapel",
    contact="Joanna Frimpong, Democratic Services. Tel: 020 7364 5510",
    items=[
        item("5.1", "Spotlight: Fly-tipping and Street Cleanliness", [
            "The Cabinet Member for Environment gave a presentation on fly-tipping. Reports of dumped waste "
            "had risen to about 2,300 a month, with the worst hotspots in Bethnal Green and around Brick "
            "Lane.",
            "Enforcement officers had issued 1,870 fixed penalty notices for fly-tipping in the six months "
            "to September, and the fine for small scale dumping had gone up to £1,000 in July.",
            "Asked how the Council chose where to patrol, the Corporate Director explained that patrols "
            "followed the hotspot map, which was updated every week from residents' reports.",
            "The Committee recommended that the Cabinet publish the number of fixed penalties paid each "
            "quarter.",
        ]),
        item("5.2", "Victoria Park Events", [
            "Members heard from residents of Old Ford who had complained about late noise from summer "
            "concerts in Victoria Park.",
            "The Director of Culture said the licence required music to end at 10.30pm and that sound "
            "levels had been monitored at six points around the park on each concert night.",
        ]),
        item("6", "Forward Plan", [
            "The Committee noted the Forward Plan.",
        ]),
    ])

doc(name="ieListDocuments_CId120_MId4455_Southend_Cabinet", form="mg-meeting",
    council="Southend-on-Sea City Council", stated="yes", committee="Cabinet", date="2023-07-18",
    site=site("Southend-on-Sea City Council", "https://democracy.southend.gov.uk",
              "Southend-on-Sea City Council, Civic Centre, Victoria Avenue, Southend-on-Sea SS2 6ER",
              "© Southend-on-Sea City Council 2023"),
    heading="Agenda and decisions: Cabinet - Tuesday, 18th July, 2023 6.30 pm",
    page_title="Agenda and decisions", outcome_label="Decision:",
    venue="Committee Room 1, Civic Centre, Victoria Avenue, Southend-on-Sea",
    contact="Stella Bhandari, Senior Democratic Services Officer",
    items=[
        item("612", "Southend Pier: Decking Replacement", [
            "The Cabinet agreed to replace 400 metres of timber decking on Southend Pier between October and "
            "March. The work would be carried out by Thamesbank Marine Engineering Ltd, appointed through "
            "the Council's civil engineering framework.",
            "The pier train would keep running throughout, although walkers would be diverted to one side "
            "of the deck while each section was done.",
            "The Cabinet Member said it was not yet known whether the pier would have to close fully for "
            "any days during the work, as the contractor's method statement was still awaited.",
        ], links=[("Pier Decking report", "612 KB")]),
        item("613", "Empty Homes Leasing for Temporary Accommodation", [
            "The Cabinet approved a scheme to lease 30 empty privately owned homes for five years, to house "
            "families who would otherwise be placed in bed and breakfast outside the city.",
            "Owners would receive a guaranteed monthly rent and free repairs of up to £8,000 paid from the "
            "Council's homelessness prevention budget.",
        ], links=[("Empty Homes Leasing report", "290 KB")]),
        item("614", "Question from Councillor Dunmore", [
            "Councillor Dunmore asked when the seafront toilets at Shoebury Common would reopen.",
            "The Cabinet Member for Environment replied that vandals had broken the water supply and that "
            "the toilets would reopen by the August bank holiday once new fittings arrived.",
        ]),
    ])

# ============================================================================ ModernGov item pages

doc(name="mgAi_ID31220_Tameside_ExecutiveCabinet", form="mg-item",
    council="Tameside Metropolitan Borough Council", stated="yes", committee="Executive Cabinet",
    date="2023-10-25",
    site=site("Tameside Metropolitan Borough Council", "https://tameside.moderngov.co.uk",
              "Tameside One, Market Place, Ashton-under-Lyne OL6 6BH",
              "© Tameside Metropolitan Borough Council 2023"),
    meeting_line="25/10/2023 - Executive Cabinet (Item 42)",
    items=[
        item("42", "EMPTY HOMES LOAN SCHEME", [
            "Consideration was given to a report of the Executive Member for Housing and Homelessness "
            "proposing interest free loans to bring empty homes back into use.",
            "The report explained that 1,140 homes in Tameside had been empty for more than six months, "
            "the highest numbers being in Ashton-under-Lyne and Hyde. A home in Stalybridge that had been "
            "empty for eleven years had been reoccupied in the summer after officers worked with the owner.",
            "Owners could borrow up to £20,000, repayable over five years, with the loan secured as a "
            "charge on the property. The fund of £500,000 would come from the Greater Manchester "
            "Combined Authority's housing investment fund.",
            "In answer to a question from the Executive Member for Finance, the Assistant Director said "
            "that, if an owner sold the home before the loan was repaid, the balance would be recovered "
            "from the sale.",
            "AGREED",
            "That the Empty Homes Loan Scheme be approved and launched in January 2024.",
        ], links=[("Empty Homes Loan Scheme report", "402 KB")]),
    ])

doc(name="mgAi_ID8874_Stockton_Cabinet", form="mg-item",
    council="Stockton-on-Tees Borough Council", stated="yes", committee="Cabinet", date="2024-03-14",
    site=site("Stockton-on-Tees Borough Council", "https://moderngov.stockton.gov.uk",
              "Stockton-on-Tees Borough Council, Municipal Buildings, Church Road, Stockton-on-Tees TS18 1LD",
              "© Stockton-on-Tees Borough Council 2024"),
    meeting_line="14/03/2024 - Cabinet (Item 58)",
    items=[
        item("CAB/58/24", "Highways Resurfacing Programme 2024/25", [
            "Cabinet considered the programme of carriageway resurfacing for the coming year, worth £3.6m "
            "and covering 47 roads.",
            "The largest schemes were on Thornaby Road, Durham Road in Norton and Yarm Road, which were "
            "chosen because their condition scores were the worst in the borough.",
            "The Cabinet Member for Access, Communities and Community Safety said that a review of how "
            "roads are scored and ranked for resurfacing would be carried out over the summer by an "
            "independent engineer, with results due in the autumn.",
            "A member asked about potholes between resurfacing schemes. Officers said pothole repairs "
            "would continue to be done by the Council's own highways team from the Cowpen Lane depot.",
            "RESOLVED that the Highways Resurfacing Programme 2024/25 be approved.",
        ], links=[("Resurfacing Programme report", "355 KB"), ("Appendix A: Road list", "98 KB")]),
    ])

# ============================================================================ ModernGov decision pages

doc(name="ieDecisionDetails_ID5561_Rochdale_FlyTippingCameras", form="mg-decision",
    council="Rochdale Borough Council", stated="yes", committee="Cabinet", date="2023-08-29",
    site=site("Rochdale Borough Council", "https://democracy.rochdale.gov.uk",
              "Rochdale Borough Council, Number One Riverside, Smith Street, Rochdale OL16 1XU",
              "© Rochdale Borough Council 2023"),
    decision_title="Decision details: Deployable CCTV Cameras for Fly-tipping Hotspots",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "No"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To buy deployable cameras to catch people who dump waste at hotspots in the borough.",
        ]),
        ("Decision:", [
            "Cabinet approved the purchase of 25 deployable CCTV cameras from Vantor Surveillance Ltd at a "
            "cost of £62,000, to be moved between fly-tipping hotspots in Rochdale, Middleton and Heywood.",
            "The cameras would be paid for from the environmental enforcement reserve.",
        ]),
        ("Reasons for the decision:", [
            "Fixed cameras had failed because offenders learned where they were. Cameras that can be moved "
            "at short notice give officers a better chance of identifying vehicles, as shown by a trial in "
            "Middleton where four prosecutions followed from footage taken over two months.",
        ]),
        ("Alternative options considered:", [
            "Hiring cameras from a contractor was rejected because the hire charge over three years would "
            "be greater than the purchase price.",
        ]),
    ],
    tail=[("Publication date:", "31/08/2023"), ("Date of decision:", "29/08/2023"),
          ("Effective from:", "08/09/2023"), ("Decided at meeting:", "29/08/2023 - Cabinet")],
    links=[("Deployable CCTV report", "210 KB")])

doc(name="ieDecisionDetails_ID3920_Peterborough_TreePlanting", form="mg-decision",
    council="Peterborough City Council", stated="yes",
    committee="Cabinet Member for Climate Change, Planning and Environment", date="2024-01-09",
    site=site("Peterborough City Council", "https://democracy.peterborough.gov.uk",
              "Peterborough City Council, Sand Martin House, Bittern Way, Fletton Quays, Peterborough PE2 8TY",
              "© Peterborough City Council 2024"),
    decision_title="Decision details: Urban Tree Planting Programme 2023/24 (JAN24/CMDN/112)",
    fields=[("Decision Maker:", "Cabinet Member for Climate Change, Planning and Environment"),
            ("Decision status:", "Implemented"), ("Is Key decision?:", "Yes"),
            ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To agree the planting of trees on council land this winter.",
        ]),
        ("Decision:", [
            "The Cabinet Member approved the planting of 4,800 trees this winter, including 300 standard "
            "trees along verges in Dogsthorpe and Orton and a new woodland block of 4,500 whips in Central "
            "Park.",
            "The cost of £96,000 would be met by the Urban Tree Challenge Fund, with volunteers from local "
            "schools helping to plant the whips.",
            "Which species would go into the Orton verges had not been decided at the time of the decision; "
            "this would depend on a soil test due in February.",
        ]),
        ("Reasons for the decision:", [
            "The city has a target to double its tree canopy by 2050, and the wards chosen have the least "
            "tree cover in Peterborough.",
        ]),
        ("Alternative options considered:", [
            "Planting in spring was rejected because bare root trees take best when planted in winter.",
        ]),
    ],
    tail=[("Publication date:", "10/01/2024"), ("Date of decision:", "09/01/2024"),
          ("Effective from:", "17/01/2024")],
    links=[("Cabinet Member Decision Notice JAN24/CMDN/112", "190 KB")])

# ============================================================================ printed PDF minutes

doc(name="Swansea_Cabinet_Minutes_16112023", form="pdf-minutes",
    council="Swansea Council", stated="yes", committee="Cabinet", date="2023-11-16",
    pdf_title="Minutes - Cabinet - 16 November 2023", pdf_author="Democratic Services",
    title_lines=["Swansea Council", "City and County of Swansea", "Minutes of the Cabinet",
                 "Council Chamber, Guildhall, Swansea", "Thursday, 16 November 2023 at 10.00 am"],
    attendance=[("Present:", "Councillor R A Pritchard (Chair) presided."),
                ("Councillors:", "H Bevan, C E Dallimore, J M Llewellyn, A O'Rourke, S Thickett and M W Yeo."),
                ("Apologies for Absence:", "Councillor D Ferris.")],
    items=[
        item("71.", "Disclosures of Personal and Prejudicial Interests.", [
            "No interests were declared.",
        ]),
        item("72.", "Public Question Time.", [
            "Mrs Gwen Talbot of Penlan asked whether the learner pool at Penlan Leisure Centre would be "
            "open again in time for school swimming lessons in January.",
            "The Cabinet Member for Investment, Regeneration, Events and Tourism replied that the learner "
            "pool would reopen on 8 January, and that schools had been offered extra lessons at the LC in "
            "the meantime.",
        ]),
        item("73.", "Leisure Centre Improvements Programme.", [
            "The Cabinet Member presented a report on improvements at the Council's leisure centres. At "
            "Penlan Leisure Centre the pool hall roof would be replaced and the changing village rebuilt, "
            "at a cost of £2.7m.",
            "Councillor Yeo asked why Penlan was first. The Cabinet Member said that a condition survey in "
            "the spring had found corroded steel in the pool hall roof, which could not wait.",
            "An energy audit of Morriston Leisure Centre would be commissioned in the new year to look at "
            "heat pumps and solar panels.",
            "Resolved that the Leisure Centre Improvements Programme be approved.",
        ]),
        item("74.", "Swansea Market Rent Relief.", [
            "Resolved that stallholders at Swansea Market receive a 20 per cent rent reduction for the "
            "first three months of 2024, at a cost of £46,000 met from the city centre recovery budget.",
        ]),
    ],
    closing=["The meeting ended at 11.12 am.", "Chair"],
    header="Minutes of the Cabinet (16.11.2023)", header_right="Cont'd",
    footer=["Page {n}"])

doc(name="Stroud_Environment_Committee_29June2023", form="pdf-minutes",
    council="Stroud District Council", stated="yes", committee="Environment Committee", date="2023-06-29",
    pdf_title="Environment Committee minutes 29 June 2023", pdf_author="Stroud District Council",
    title_lines=["STROUD DISTRICT COUNCIL", "ENVIRONMENT COMMITTEE",
                 "Council Chamber, Ebley Mill, Stroud", "29 June 2023", "7.00 pm - 9.05 pm"],
    attendance=[("Membership:", "Councillor Imogen Ashcombe (Chair), Councillor Toby Marland (Vice-Chair), "
                 "Councillors Feltham, Goodhew, Kaur, Lomax, Redfern and Vassallo."),
                ("Officers in attendance:", "Head of Environmental Services, Tree Officer, Democratic "
                 "Services Officer.")],
    items=[
        item("ENV.009", "APOLOGIES", ["Apologies were received from Councillor Goodhew."]),
        item("ENV.010", "TREE PLANTING AND WOODLAND STRATEGY", [
            "The Tree Officer reported that 6,200 trees had been planted on council land in the last "
            "season, including a new orchard of 60 fruit trees in Stratford Park and hedgerow planting "
            "along the Stroudwater Canal towpath.",
            "Survival checks in May had found that about one in eight of the young trees planted at "
            "Stratford Park had died, mainly because of the dry spell in April.",
            "Councillor Lomax proposed that watering by volunteers be organised for all new plantings "
            "during the summer. This was seconded by Councillor Vassallo.",
            "On being put to the vote, the motion was carried unanimously.",
            "RESOLVED to approve the Tree Planting and Woodland Strategy and to organise summer watering "
            "of new plantings.",
        ]),
        item("ENV.011", "PUBLIC SPACE PROTECTION ORDER FOR DOG CONTROL", [
            "The Committee discussed a draft order requiring dogs to be kept on leads in children's play "
            "areas and cemeteries across the district. Councillor Kaur proposed a public consultation of "
            "eight weeks, seconded by Councillor Redfern. The proposal was carried with 7 votes for and 1 "
            "abstention.",
        ]),
        item("ENV.012", "WORK PROGRAMME", ["The work programme was noted."]),
    ],
    closing=["The meeting closed at 9.05 pm.", "Chair"],
    header="Environment Committee", header_right="29 June 2023",
    footer=["Stroud District Council", "Page {n} of {total}"])

doc(name="Carmarthenshire_Planning_Committee_Minutes_21092023", form="pdf-minutes",
    council="Carmarthenshire County Council", stated="yes", committee="Planning Committee", date="2023-09-21",
    pdf_title="Planning Committee 21/09/2023", pdf_author="Carmarthenshire County Council",
    title_lines=["CARMARTHENSHIRE COUNTY COUNCIL", "PLANNING COMMITTEE",
                 "Thursday, 21st September, 2023",
                 "Held in the Chamber, County Hall, Carmarthen and remotely"],
    attendance=[("PRESENT:", "Councillor E. Prosser (Chair); Councillors: G. Beynon, T. Cadwaladr, "
                 "L. Dyer, M. Griffith-Hale, R. Jeffreys, N. Lloyd, S. Parry, W. Rowlands."),
                ("Also in attendance:", "Head of Place and Sustainability; Senior Solicitor; Development "
                 "Management Manager.")],
    items=[
        item("1.", "APOLOGIES FOR ABSENCE", ["Apologies were received from Councillor B. Ellis."]),
        item("2.", "DECLARATIONS OF PERSONAL INTEREST", ["There were no declarations of interest."]),
        item("3.", "DETERMINATION OF PLANNING APPLICATIONS", [
            "## 3.1 PL/05621: Residential development of 24 dwellings, land off Heol Goffa, Llanelli",
            "The Development Management Manager advised that the Highway Authority had no objection subject "
            "to a new footway along Heol Goffa.",
            "Councillor Parry proposed approval, seconded by Councillor Beynon. Following a vote, with 8 "
            "members in favour and 1 against, the application was approved.",
            "## 3.2 PL/05877: Two storey side extension, 14 Wind Street, Ammanford",
            "Members considered that the extension would overshadow the neighbouring garden.",
            "The application was refused on the grounds that it would cause an unacceptable loss of light "
            "to the house next door.",
            "## 3.3 PL/06002: Conversion of chapel to four flats, Lammas Street, Carmarthen",
            "The Chair said the bat survey had found a roost in the roof space, so a licence from Natural "
            "Resources Wales would be needed before any work on the roof.",
            "Resolved that the application be granted subject to the conditions in the report.",
            "## 3.4 PL/06115: Holiday lodges, land at Rhosmaen, Llandeilo",
            "This application was deferred to allow the applicant to submit a flood consequences "
            "assessment.",
        ]),
        item("4.", "MINUTES - 24TH AUGUST, 2023", [
            "RESOLVED that the minutes of the meeting held on 24th August, 2023 be signed as a correct "
            "record.",
        ]),
    ],
    closing=["________________________ ____________________", "CHAIR DATE"],
    header="Planning Committee - 21/09/2023",
    footer=["This is a true copy of the minutes", "Page {n}"])

doc(name="MerthyrTydfil_RPP_Scrutiny_07Feb2024", form="pdf-minutes",
    council="Merthyr Tydfil County Borough Council", stated="yes",
    committee="Regeneration and Public Protection Scrutiny Committee", date="2024-02-07",
    pdf_title="Regeneration and Public Protection Scrutiny Committee - Minutes",
    pdf_author="Merthyr Tydfil County Borough Council",
    title_lines=["MERTHYR TYDFIL COUNTY BOROUGH COUNCIL",
                 "Minutes of the meeting of the Regeneration and Public Protection Scrutiny Committee",
                 "held at the Civic Centre, Castle Street, Merthyr Tydfil",
                 "on Wednesday 7th February 2024 at 2.00pm"],
    attendance=[("Present:", "Councillor Aled Griffiths (Chair), Councillors Bowen, Evans-Ward, Hughes, "
                 "Maddocks, Seaton and Tranter."),
                ("Officers:", "Head of Neighbourhood Services, Highways Manager, Leisure Contracts Manager.")],
    items=[
        item("RPP 14", "Declarations of Interest", ["None."]),
        item("RPP 15", "Highway Defects and Pothole Repairs", [
            "The Highways Manager said the storms in January had opened up 780 potholes in three weeks, "
            "with the worst damage on the A4054 through Troedyrhiw and on roads in Gurnos.",
            "The Council had bought a second jet patching machine, so that two crews could work at the "
            "same time, and repairs were now being finished within five working days on average.",
            "Councillor Maddocks asked when Pant Road would be resurfaced. The Highways Manager said the "
            "date was not fixed because the road depended on the outcome of the capital bid to Welsh "
            "Government, which would not be announced until the summer.",
            "RESOLVED that the report be noted.",
        ]),
        item("RPP 16", "Merthyr Leisure Centre", [
            "The Leisure Contracts Manager reported that the main pool at Merthyr Leisure Centre would close "
            "for eight weeks from 4 March so that the filtration plant could be replaced.",
            "Swimming clubs would use the pool at Aberfan Community Centre while the work was done, and "
            "season ticket holders would have their memberships extended.",
            "RESOLVED that the update be noted and a further report be brought on the gym refurbishment.",
        ]),
    ],
    closing=["Meeting closed at 3.40pm.", "CHAIR"],
    header="RPP Scrutiny 07.02.24",
    footer=["Page {n} of {total}"])

doc(name="Chelmsford_Policy_Board_12October2023", form="pdf-minutes",
    council="Chelmsford City Council", stated="yes", committee="Policy Board", date="2023-10-12",
    pdf_title="Policy Board Minutes", pdf_author="Chelmsford City Council",
    title_lines=["CHELMSFORD CITY COUNCIL", "MINUTES", "of the", "POLICY BOARD",
                 "held on 12 October 2023 at 7pm in the Council Chamber, Civic Centre, Duke Street, Chelmsford"],
    attendance=[("Present:", "Councillor Niamh Underwood (Chair), Councillors Barraclough, Chowdhury, "
                 "Feeney, Hollis, Pargeter and Wootton.")],
    items=[
        item("1", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", [
            "Apologies for absence were received from Councillor Feeney.",
        ]),
        item("2", "PUBLIC QUESTION TIME", [
            "A resident of Great Baddow asked whether flats would be included when food waste collections "
            "were extended. The Cabinet Member for a Greener Chelmsford replied that flats with shared bins "
            "would be added last, from spring 2024, because each block needed its own storage area.",
        ]),
        item("3", "FOOD WASTE COLLECTIONS", [
            "The Board received a report on the weekly food waste service. Since the service began, crews "
            "had collected 6,400 tonnes of food waste, which went to an anaerobic digestion plant to be "
            "turned into electricity.",
            "Participation was lowest in the city centre and Springfield, and the Board heard that a "
            "doorstep campaign to find out why residents in those areas were not taking part would be run "
            "in November and December, with its findings to come back to the Board next year.",
            "The Board agreed to recommend to Cabinet that free caddy liners be given to every household "
            "for a further year.",
        ]),
        item("4", "HYLANDS PARK CAR PARKING CHARGES", [
            "The Board considered charging for car parking at Hylands Park. It was agreed that the first "
            "hour should remain free so that short visits to the walled garden were not put off.",
        ]),
    ],
    closing=["The meeting closed at 8.41pm", "Chair"],
    header="Policy Board 12 October 2023",
    footer=["Page {n} of {total}"])

doc(name="NewForest_Cabinet_06122023_Minutes", form="pdf-minutes",
    council="New Forest District Council", stated="yes", committee="Cabinet", date="2023-12-06",
    pdf_title="Cabinet 6 December 2023 - Minutes", pdf_author="Democratic Services",
    title_lines=["NEW FOREST DISTRICT COUNCIL - CABINET",
                 "Minutes of a meeting of the Cabinet held in the Council Chamber, Appletree Court, Beaulieu "
                 "Road, Lyndhurst on Wednesday, 6 December 2023"],
    attendance=[("Cllr", "J Whitcombe (Leader) (Chairman); Cllr S Armitage (Vice-Chairman)"),
                ("Cllrs:", "D Belcher, K Ferrier, P Lomas, R Quennell"),
                ("Apologies:", "Cllr A Hoyle")],
    items=[
        item("43.", "MINUTES", ["RESOLVED: That the minutes of 1 November 2023 be signed as correct."]),
        item("44.", "ELECTRIC VEHICLE CHARGING IN COUNCIL CAR PARKS", [
            "The Portfolio Holder for Environment reported that 36 fast charging bays would be installed "
            "in council car parks, 12 of them at the Bath Road car park in Lymington and the rest in "
            "Ringwood, New Milton and Totton.",
            "The bays would be built and run by Solent Volt Charging Ltd under a concession, with the "
            "company paying the Council a share of the income from each charge.",
            "Cllr Ferrier asked what the tariff for drivers would be. The Portfolio Holder said the "
            "tariff at the Bath Road bays in Lymington had been set at 55p per kilowatt hour.",
            "RESOLVED: That the concession be awarded to Solent Volt Charging Ltd.",
        ]),
        item("45.", "BEACH HUT SITES", [
            "The Cabinet agreed to add 20 new beach hut plots at Milford on Sea. Licence fees for existing "
            "huts at Barton on Sea would rise by 6 per cent from April 2024.",
        ]),
        item("46.", "COUNCIL TAX SUPPORT SCHEME 2024/25", [
            "RESOLVED: That Council be recommended to keep the current scheme unchanged.",
        ]),
    ],
    closing=["CHAIRMAN"],
    header="CABINET - 6 DECEMBER 2023",
    footer=["{n}"])

# ============================================================================ Public Document Packs

doc(name="Sevenoaks_CleanerGreener_AC_Pack_05032024", form="pdf-pack",
    council="Sevenoaks District Council", stated="yes", committee="Cleaner and Greener Advisory Committee",
    date="2024-03-05",
    pdf_title="(Public Pack)Agenda Document for Cleaner and Greener Advisory Committee, 05/03/2024 19:00",
    pdf_author="Sevenoaks District Council",
    cover=["Cleaner and Greener Advisory Committee", "Sevenoaks District Council",
           "Tuesday, 5 March 2024 at 7.00 pm", "Conference Room, Council Offices, Argyle Road, Sevenoaks"],
    cover_body=["To: Councillors Quayle (Chairman), Dunstable (Vice Chairman), Ackroyd, Bellamy, Harcourt, "
                "Orme, Pilkington and Sandhu.",
                "Please contact Democratic Services on 01732 227000 with any queries about this agenda.",
                "Members of the public may attend this meeting."],
    agenda=[("1", "Minutes of the meeting of the Committee held on 28 November 2023 ({minutes})"),
            ("2", "Declarations of Interest"),
            ("3", "Actions from Previous Meeting"),
            ("4", "Electric Vehicle Charging in Council Car Parks ({report})"),
            ("5", "Work Plan")],
    marks=["Agenda Item 1", "Agenda Item 4"],
    prev_title_lines=["CLEANER AND GREENER ADVISORY COMMITTEE",
                      "Minutes of the meeting held on 28 November 2023 commencing at 7.00 pm",
                      "Present: Cllr Quayle (Chairman), Cllrs Ackroyd, Bellamy, Harcourt, Orme and Sandhu"],
    prev_items=[
        item("19.", "Street Cleansing Performance", [
            "The Head of Direct Services reported that the sweeping rounds in Swanley and Edenbridge had "
            "been rearranged so that shopping streets were swept before 8am.",
            "Cllr Orme asked why the litter bins on the High Street in Sevenoaks overflowed at weekends. The "
            "Head of Direct Services replied that a Sunday emptying round would be added from January, "
            "paid for by the saving from the new route plan.",
        ]),
        item("20.", "Bradbourne Lakes", [
            "Members noted that the desilting of Bradbourne Lakes had been completed and that the paths "
            "around the lakes would reopen before Christmas.",
        ]),
    ],
    report=report(
        ["Electric Vehicle Charging in Council Car Parks", "Cleaner and Greener Advisory Committee - 5 March 2024"],
        [("Report of:", "Deputy Chief Executive and Director of Place"),
         ("Status:", "For consideration"),
         ("Key Decision:", "No"),
         ("Portfolio Holder:", "Cllr Harcourt, Cleaner and Greener"),
         ("Contact Officer:", "Bernadette Loach, Ext. 7391")],
        [("1. Introduction and Background", [
            "1.1 The Council's car parks have 18 public charging points, at Buckhurst Lane in Sevenoaks, "
            "Bevan Place in Swanley and Rickwoods in Edenbridge.",
            "1.2 Use of the points has doubled in a year and drivers report that bays are often full in the "
            "evening.",
        ]), ("2. Proposal", [
            "2.1 It is proposed to add 24 charging points in 2024/25, of which 10 would be rapid chargers at "
            "Buckhurst Lane.",
            "2.2 The points would be supplied and operated by Weald Charge Networks Ltd, the Council's "
            "existing operator, under a variation to the current contract.",
        ]), ("3. Financial Implications", [
            "3.1 The operator would fund the equipment and installation, and the Council would pay only for "
            "upgrading the electricity supply at Buckhurst Lane, estimated at £85,000.",
        ]), ("4. Recommendation", [
            "4.1 That the Advisory Committee recommends the proposal to Cabinet.",
        ])]),
    footer=["Page {n}"], number_offset=1)

doc(name="Tewkesbury_Executive_Committee_Pack_26072023", form="pdf-pack",
    council="Tewkesbury Borough Council", stated="yes", committee="Executive Committee", date="2023-07-26",
    pdf_title="Agenda - Executive Committee - Wednesday 26 July 2023", pdf_author="Tewkesbury Borough Council",
    cover=["Executive Committee", "Tewkesbury Borough Council",
           "Date: Wednesday, 26 July 2023", "Time: 6:00 pm",
           "Venue: Council Chamber, Council Offices, Gloucester Road, Tewkesbury"],
    cover_body=["Membership: Councillors Kinsella (Chair), Brookfield (Vice-Chair), Ashworth, Corrigan, "
                "Delahaye, Gill, Mabbott and Trent.",
                "Democratic Services Officer: Aneurin Stokes. Telephone: 01684 272000."],
    agenda=[("1", "Announcements"),
            ("2", "Apologies for Absence and Substitutions"),
            ("3", "Minutes: To approve as a correct record the Minutes of the meeting held on 7 June 2023. "
                   "({minutes})"),
            ("4", "Executive Committee Forward Plan"),
            ("5", "Play Area Improvement Programme ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["TEWKESBURY BOROUGH COUNCIL",
                      "Minutes of a Meeting of the Executive Committee held at the Council Offices, Gloucester "
                      "Road, Tewkesbury on Wednesday, 7 June 2023 commencing at 6:00 pm"],
    prev_items=[
        item("EX.5", "ITEMS FROM MEMBERS OF THE PUBLIC", [
            "5.1 A resident of Bishop's Cleeve asked whether the Council would install a crossing point near "
            "the library. The Lead Member for Communities said that crossings were a matter for "
            "Gloucestershire County Council but that the Council would pass on the request and support it.",
        ]),
        item("EX.6", "GARDEN WASTE CHARGES", [
            "6.1 It was proposed by Councillor Corrigan and seconded by Councillor Gill that the garden "
            "waste charge remain at £52 per bin for 2023/24. Upon being put to the vote, it was RESOLVED "
            "accordingly.",
        ]),
    ],
    report=report(
        ["Report to: Executive Committee", "Date of Meeting: 26 July 2023"],
        [("Subject:", "Play Area Improvement Programme"),
         ("Report of:", "Head of Community Services"),
         ("Lead Member:", "Lead Member for Communities"),
         ("Number of Appendices:", "One")],
        [("1.0 INTRODUCTION", [
            "1.1 The Council owns 31 play areas across the borough. An inspection by an independent play "
            "safety inspector in March rated nine of them as in poor condition.",
        ]), ("2.0 PROPOSED PROGRAMME", [
            "2.1 It is proposed to refurbish six play areas over two years, starting with the Vineyards play "
            "area in Tewkesbury and the play area at Cleevelands in Bishop's Cleeve.",
            "2.2 The total cost is £640,000, funded from developer contributions collected under section "
            "106 agreements, so no borrowing is needed.",
            "2.3 The contractor for the first two sites has not yet been chosen; a tender will go out in "
            "September.",
        ]), ("3.0 CONSULTATION", [
            "3.1 Children at four primary schools voted on the equipment they wanted, and a zip wire came "
            "top at both Tewkesbury schools.",
        ]), ("4.0 RECOMMENDATION", [
            "4.1 To APPROVE the Play Area Improvement Programme.",
        ])]),
    footer=["Page {n}"], number_offset=1)

doc(name="Wealden_Cabinet_Agenda_Pack_13Sep2023", form="pdf-pack",
    council="Wealden District Council", stated="yes", committee="Cabinet", date="2023-09-13",
    pdf_title="Cabinet 13 September 2023 Agenda Pack", pdf_author="Wealden District Council",
    cover=["CABINET", "WEALDEN DISTRICT COUNCIL", "WEDNESDAY 13 SEPTEMBER 2023 AT 10:00 AM",
           "Council Chamber, Vicarage Lane, Hailsham"],
    cover_body=["Members of the Cabinet are summoned to attend this meeting.",
                "Chief Executive, Council Offices, Vicarage Lane, Hailsham, East Sussex BN27 2AX"],
    agenda=[("1", "MINUTES of the meeting held on 19 July 2023 ({minutes})"),
            ("2", "APOLOGIES FOR ABSENCE"),
            ("3", "DECLARATIONS OF INTEREST"),
            ("4", "FOOD WASTE COLLECTION SERVICE ({report})")],
    marks=["Agenda Item 1", "Agenda Item 4"],
    prev_title_lines=["WEALDEN DISTRICT COUNCIL",
                      "MINUTES of a meeting of the CABINET held at Council Chamber, Hailsham on 19 JULY 2023"],
    prev_items=[
        item("C18", "PUBLIC QUESTIONS", [
            "Ms Harriet Voss of Crowborough asked why the public toilets at Crowborough Country Park had "
            "been locked in the evenings. The Portfolio Holder for Environment replied that they had been "
            "locked at 6pm since May after repeated vandalism, and would be opened later once new doors had "
            "been fitted.",
        ]),
        item("C19", "UCKFIELD TOWN CENTRE CAR PARKS", [
            "Councillor Pemberton moved, and Councillor Ashdown seconded, that the Luxford Field car park "
            "charges be frozen for a year. The motion was carried by 6 votes to 2.",
        ]),
    ],
    report=report(
        ["Report to: Cabinet", "Date: 13 September 2023", "Title: Food Waste Collection Service"],
        [("Report of:", "Director of Environmental Services"),
         ("Cabinet Member:", "Portfolio Holder for Environment"),
         ("Ward(s):", "All"),
         ("Purpose of report:", "To agree how a weekly food waste collection will be introduced")],
        [("1 Background", [
            "1.1 The Environment Act 2021 requires the Council to collect food waste separately from every "
            "household.",
        ]), ("2 Proposal", [
            "2.1 Weekly food waste collections would start in Hailsham, Polegate and Uckfield in October "
            "2024 and reach the rest of the district by March 2025.",
            "2.2 A trial in 2,000 homes in Heathfield will run for three months from November 2023 to test "
            "round sizes and the amount of food waste collected.",
            "2.3 The new vehicles and caddies will be paid for from the capital grant the Government has "
            "given to councils for food waste, which for Wealden is £1.9m.",
        ]), ("3 Recommendations", [
            "3.1 That Cabinet agrees the timetable in paragraph 2.1.",
        ])]),
    footer=["Page {n}"], number_offset=1)

# ============================================================================ Word reports

doc(name="Newport_Cabinet_Report_FlyTipping_Dec2023", form="docx-report",
    council="Newport City Council", stated="yes", committee="Cabinet", date="2023-12-13",
    docx_author="Newport City Council",
    letterhead=["Newport City Council", "Cyngor Dinas Casnewydd"],
    report=report(
        ["Report", "Cabinet", "Part 1", "Date: 13 December 2023"],
        [("Subject", "Fly-tipping Enforcement and Prevention Plan"),
         ("Purpose", "To agree a plan to reduce fly-tipping across the city"),
         ("Author", "Head of Environment and Public Protection"),
         ("Ward", "All"),
         ("Summary", "Fly-tipping incidents have risen and the plan sets out enforcement and prevention."),
         ("Proposal", "Cabinet is asked to approve the plan")],
        [("1. Background", [
            "1.1 There were 4,950 fly-tipping incidents in Newport in 2022/23, a rise of 14 per cent on the "
            "previous year. Most were bags of household rubbish left in back lanes.",
            "1.2 The largest numbers were recorded in Pillgwenlly and Maindee.",
        ]), ("2. Enforcement", [
            "2.1 The Council will employ four additional enforcement officers, paid for by a grant from the "
            "Welsh Government's Fly-tipping Action Wales programme for two years.",
            "2.2 Fines for householders who pass their waste to an unlicensed carrier will be set at £300.",
        ]), ("3. Prevention", [
            "3.1 Bulky waste collections in Pillgwenlly will be free on the first Saturday of each month "
            "during 2024.",
            "3.2 In Maindee, alley gates will be fitted to 12 back lanes after residents asked for them in a "
            "street survey.",
        ]), ("4. Risks", [
            "4.1 If the grant is not renewed after two years the officer posts would end.",
        ]), ("5. Recommendation", [
            "5.1 That Cabinet approves the Fly-tipping Enforcement and Prevention Plan.",
        ])]),
    header="NEWPORT CITY COUNCIL - CABINET - 13 DECEMBER 2023",
    footer=["Newport City Council | Cabinet Report | OFFICIAL"])

doc(name="EastDevon_Cabinet_Report_FoodWasteRounds_Jan2024", form="docx-report",
    council="East Devon District Council", stated="yes", committee="Cabinet", date="2024-01-10",
    docx_author="East Devon District Council",
    letterhead=["East Devon District Council", "Blackdown House, Border Road, Heathpark Industrial Estate, Honiton"],
    report=report(
        ["Report to: Cabinet", "Date of Meeting: 10 January 2024", "Document classification: Part A Public Document"],
        [("Exemption:", "None"),
         ("Review date for release", "None"),
         ("Subject:", "Recycling and Food Waste Rounds Review"),
         ("Ward(s) affected", "All"),
         ("Report summary:", "The collection rounds will be redrawn to cope with new homes in the west "
                             "of the district."),
         ("Recommendation:", "That Cabinet approves the new rounds from 1 April 2024.")],
        [("1 Current service", [
            "1.1 East Devon already collects food waste weekly from all households, alongside fortnightly "
            "rubbish collections. Households put out 9,800 tonnes of food waste last year.",
            "1.2 The service is run for the Council by Coastline Recycling Services Ltd, whose contract "
            "runs to 2029.",
        ]), ("2 Why the rounds need to change", [
            "2.1 More than 2,600 new homes have been built around Cranbrook in five years, and the crews "
            "serving Cranbrook now finish after 6pm on most days.",
            "2.2 Redrawing the rounds means one extra food waste vehicle, at a cost of £140,000 a year, "
            "which the contractor will charge to the Council under the contract.",
        ]), ("3 Changes for residents", [
            "3.1 About 11,000 households in Exmouth, Cranbrook and Ottery St Mary will have a new collection "
            "day. They will be sent a letter and a calendar in March.",
        ]), ("4 Recommendation", [
            "4.1 That the new rounds be approved to start on 1 April 2024.",
        ])]),
    header="Cabinet 10 January 2024",
    footer=["East Devon District Council", "OFFICIAL"])

# ============================================================================ Word minutes

doc(name="WestLancashire_Cabinet_Minutes_14Nov2023", form="docx-minutes",
    council="West Lancashire Borough Council", stated="yes", committee="Cabinet", date="2023-11-14",
    docx_author="West Lancashire Borough Council",
    title_lines=["WEST LANCASHIRE BOROUGH COUNCIL", "CABINET",
                 "HELD: Tuesday, 14 November 2023", "Start: 7.00 pm", "Finish: 8.20 pm",
                 "Venue: Council Chamber, 52 Derby Street, Ormskirk"],
    attendance=[("PRESENT:", "Councillor Y Gallimore (Leader, in the Chair), Councillors A Bradshaw, "
                 "C Fairclough, J Hesketh, P Mather, N Rimmer."),
                ("Officers:", "Corporate Director of Place and Community, Head of Wellbeing and Leisure, "
                 "Principal Solicitor.")],
    items=[
        item("101.", "APOLOGIES", ["There were no apologies for absence."]),
        item("102.", "MINUTES", [
            "RESOLVED: That the minutes of the meeting held on 12 September 2023 be approved as a correct "
            "record and signed by the Leader.",
        ]),
        item("103.", "PLAY AREA RENEWAL IN SKELMERSDALE AND ORMSKIRK", [
            "Councillor Hesketh introduced the report on the renewal of play areas. Fourteen of the "
            "Council's play areas had equipment more than twenty years old, and three had been closed after "
            "safety inspections.",
            "The first sites would be Tawd Valley Park in Skelmersdale and Coronation Park in Ormskirk, "
            "where new equipment would include wheelchair accessible roundabouts and swings.",
            "The £410,000 cost would be met from the UK Shared Prosperity Fund allocation for West "
            "Lancashire.",
            "Councillor Rimmer asked when the play area at Beacon Country Park would be done. The Head of "
            "Wellbeing and Leisure said the timing for that site was still undecided, because the County "
            "Council, which shares the park, had not yet agreed its own part of the budget.",
            "RESOLVED: That the play area renewal programme be approved.",
        ]),
        item("104.", "TAWD VALLEY BRIDGES", [
            "RESOLVED: That the replacement of two footbridges over the River Tawd be procured, with a "
            "budget of £190,000.",
        ]),
    ],
    closing=["- LEADER -"],
    header="Cabinet - Tuesday, 14 November 2023",
    footer=["West Lancashire Borough Council"])

doc(name="Tandridge_Strategy_Resources_Minutes_25Jan2024", form="docx-minutes",
    council="Tandridge District Council", stated="yes", committee="Strategy and Resources Committee",
    date="2024-01-25",
    docx_author="Tandridge District Council",
    title_lines=["TANDRIDGE DISTRICT COUNCIL",
                 "STRATEGY & RESOURCES COMMITTEE",
                 "Minutes and report to Council of the meeting of the Committee held in the Council Chamber, "
                 "Council Offices, Station Road East, Oxted on the 25th January 2024 at 7.30pm."],
    attendance=[("PRESENT:", "Councillors Faraday (Chair), Blackwood (Vice-Chair), Coombs, Danvers, "
                 "Ellery, Fitzgerald, Haddow, Lister and Whitbread."),
                ("ALSO PRESENT:", "Councillor Osei.")],
    items=[
        item("215.", "QUESTIONS FROM MEMBERS", [
            "Councillor Osei asked whether the Council still intended to plant trees on the green at "
            "Smallfield. The Chair replied that 120 trees would be planted there in February by the Council's "
            "grounds team, with oak and field maple chosen to suit the clay soil.",
        ]),
        item("216.", "PLAY AREAS CAPITAL PROGRAMME", [
            "The Committee considered the capital programme for play areas in Oxted, Caterham and Lingfield. "
            "Members heard that an independent condition survey of all the District's play areas had been "
            "commissioned and would be carried out in the spring.",
            "Councillor Danvers proposed that work at Master Park in Oxted should go ahead first, seconded "
            "by Councillor Ellery. The motion was carried, with 8 votes in favour and 1 abstention.",
            "The play equipment at Master Park would be supplied by Greensand Play Ltd, which had submitted "
            "the lowest compliant tender.",
            "R E S O L V E D - that the play areas capital programme of £275,000 be approved.",
        ]),
        item("217.", "COUNCIL TAX BASE 2024/25", [
            "R E C O M M E N D E D - that the council tax base be set at 38,614.2 Band D equivalent "
            "properties.",
        ]),
    ],
    closing=["Rising 9.10 pm"],
    header="Strategy and Resources Committee - 25 January 2024",
    footer=["Tandridge District Council"])

# ============================================================================ plain text

doc(name="StaffsMoorlands_Community_OSP_04Oct2023", form="txt",
    council="Staffordshire Moorlands District Council", stated="yes",
    committee="Community Overview and Scrutiny Panel", date="2023-10-04",
    title_lines=["STAFFORDSHIRE MOORLANDS DISTRICT COUNCIL",
                 "Minutes of a meeting of the Community Overview and Scrutiny Panel",
                 "held in the Council Chamber, Moorlands House, Stockwell Street, Leek",
                 "on Wednesday 4th October 2023"],
    attendance=[("PRESENT:", "Councillor Beatrix Hollinshead (Chair); Councillors Alcock, Bestwick, "
                 "Carnforth, Dale, Mountford and Stubbs."),
                ("IN ATTENDANCE:", "Head of Communities and Climate Change; Leisure Client Officer.")],
    items=[
        item("OS21", "DECLARATIONS OF INTEREST", ["There were no declarations of interest."]),
        item("OS22", "LEISURE CENTRES ANNUAL REVIEW", [
            "The Leisure Client Officer presented the annual review of the three leisure centres run for "
            "the Council by Peakland Active Leisure.",
            "Visits to Brough Park Leisure Centre in Leek had reached 412,000 in the year, the highest "
            "figure since the centre opened.",
            "The swimming pool at Biddulph Valley Leisure Centre had been closed for five weeks in the "
            "summer to repair the pool tank, and would in future be closed every other August for "
            "maintenance.",
            "Councillor Dale asked whether the operator could extend opening hours at the leisure centre "
            "in Cheadle on Sundays. The Leisure Client Officer answered that the operator would open at 8am "
            "on Sundays from January if the trial in Leek showed enough demand.",
            "RESOLVED: That the review be noted.",
        ]),
        item("OS23", "COMMUNITY GRANTS", [
            "The Panel noted that 41 community groups had received grants in the year, totalling £58,300.",
        ]),
    ],
    closing=["The meeting closed at 8.15 pm.", "CHAIRMAN"])
