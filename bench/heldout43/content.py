"""The documents of bench/heldout43: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout43.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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


# 1 ------------------------------------------------------------------ Havant (mg-meeting)
doc(
    name="ieListDocuments_CId142_MId3871_Havant_Cabinet", form="mg-meeting",
    council="Havant Borough Council", stated="yes", committee="Cabinet", date="2024-09-11",
    site=site("Havant Borough Council", "democracy.havant.gov.uk",
              "Public Service Plaza, Civic Centre Road, Havant PO9 2AX",
              "© Havant Borough Council 2024"),
    heading="Agenda and minutes: Cabinet - Wednesday, 11th September, 2024 6.30 pm",
    venue="Hollybank Room, Public Service Plaza, Civic Centre Road, Havant",
    contact="Democratic Services, 023 9244 6231",
    items=[
        item("28", "Apologies for Absence", ["Apologies were received from Councillor Imogen Dullard."]),
        item("29", "Declarations of Interests", [
            "Councillor Royston Abell declared a non-pecuniary interest in item 31 as he rents a beach hut at Eastoke and left the room for that item."]),
        item("30", "Minutes", ["The minutes of the meeting held on 17 July 2024 were agreed as a correct record."]),
        item("31", "Hayling Island Seafront: New Beach Huts", [
            "The Cabinet Lead for Coastal Communities, Councillor Fenella Marchbanks, introduced the report. Demand for beach huts on Hayling Island far outstripped supply, with 612 names on the waiting list in August 2024. The report proposed 40 new huts, 24 at Eastoke and 16 at Beachlands, on council land behind the promenade.",
            "The huts would be built and installed by Solent Timber Structures Ltd, which had submitted the best of four quotations at £318,400. Each new hut would be let on an annual licence at £1,150 a year, and the income was expected to repay the outlay within eight years.",
            "Councillor Dominic Pryce asked whether people who had waited longest would be offered the new huts first. Councillor Marchbanks replied that offers would be made strictly in waiting list order and that nobody would be able to jump the queue by paying more.",
            "Councillor Pryce also asked about storm damage. The Head of Coastal Partnerships said the huts would be anchored to concrete pads and removed from the front row at Eastoke between November and February.",
        ], links=[("Report: Hayling Seafront Beach Huts", "412 KB"), ("Appendix A: Site plans", "1 MB")],
            decision=["That 40 new beach huts be provided at Eastoke and Beachlands and the quotation of Solent Timber Structures Ltd be accepted."]),
        item("32", "Leigh Park Community Centre: Roof Replacement", [
            "The Cabinet considered a report on the roof of Leigh Park Community Centre, which had leaked into the main hall on several occasions during the winter.",
            "A structural survey carried out in May 2024 found that the felt roof had reached the end of its life and that two of the steel roof beams above the main hall were corroded where water had pooled. The surveyor advised that the beams should be strengthened at the same time as the roof was replaced.",
            "The work was estimated at £286,000 and would be met from the council's capital reserve. The hall would close for about ten weeks, and the user groups would be offered space at the Havant Plaza in the meantime.",
        ], decision=["That £286,000 be released from the capital reserve for the roof replacement and beam repairs at Leigh Park Community Centre."]),
        item("33", "Dogs on Hayling Island Beaches: Public Spaces Protection Order", [
            "The Cabinet considered the results of the public consultation on seasonal restrictions on dogs on the beaches between Eastoke Point and the Inn on the Beach. There had been 1,874 responses, of which 58 per cent supported a summer ban on the central section of the beach.",
            "Councillor Abell asked when the restrictions would start. The Head of Neighbourhood Support said that the date from which the dog restrictions would apply had not yet been agreed, as the order first had to be advertised and signs ordered.",
            "Members agreed that dogs should be kept on leads on the promenade all year round.",
        ], decision=["That a Public Spaces Protection Order be made restricting dogs on the central section of the Hayling beaches during the summer months."]),
        item("34", "Corporate Performance: Quarter 1 2024/25", [
            "Cabinet noted the performance report for April to June 2024. 94 per cent of calls to the customer service centre had been answered within five minutes, and new housing benefit claims had taken an average of 17 days to process against a target of 20.",
            "Councillor Pryce asked why the number of planning appeals lost had risen. The Cabinet Lead for Planning, Councillor Osbert Langstone, said that three of the five appeals lost in the quarter related to a single site in Emsworth and that the council had learned lessons about how its reasons for refusal were worded.",
        ]),
    ],
)

# 2 ------------------------------------------------------------------ Three Rivers (mg-meeting)
doc(
    name="ieListDocuments_CId115_MId1990_ThreeRivers_PR", form="mg-meeting",
    council="Three Rivers District Council", stated="yes", committee="Policy and Resources Committee",
    date="2024-12-09",
    site=site("Three Rivers District Council", "moderngov.threerivers.gov.uk",
              "Three Rivers House, Northway, Rickmansworth WD3 1RL",
              "Copyright Three Rivers District Council",
              menu=["Home", "Your councillors", "Meetings", "Decisions", "Search documents"]),
    heading="Agenda and minutes: Policy and Resources Committee - Monday, 9th December, 2024 7.30 pm",
    venue="Penn Chamber, Three Rivers House, Northway, Rickmansworth",
    contact="Committee Team, committeeteam@threerivers.gov.uk",
    items=[
        item("PR48/24", "Minutes", ["The minutes of the meeting held on 21 October 2024 were confirmed and signed by the Chair."]),
        item("PR49/24", "Electric Vehicle Charging in Council Car Parks", [
            "The Head of Regulatory Services presented the report. Following a procurement exercise, Chiltern Volt Ltd was recommended as the operator for 24 public chargers in council car parks in Rickmansworth, Croxley Green, Abbots Langley and South Oxhey.",
            "The operator would pay for the chargers, their installation and maintenance, and the council would receive 15 per cent of the income from every charging session. The agreement would run for twelve years.",
            "Councillor Harriet Oakmoor asked what would happen if a charger was out of action. The officer replied that the contract required any faulty charger to be repaired within 48 hours, with a financial penalty if it was not.",
        ], decision=["That Chiltern Volt Ltd be appointed to install and operate public chargers in council car parks for a period of twelve years."]),
        item("PR50/24", "Leavesden Country Park Café", [
            "The committee considered the award of a new lease for the café at Leavesden Country Park, after the previous tenant gave notice in the summer. Five expressions of interest had been received and three bids evaluated.",
            "Officers recommended the bid of a local family business that already ran a café in Abbots Langley, because it offered the longest opening hours, including winter weekends, and proposed to employ young people from the local area.",
            "Members discussed the length of the lease, the café's hours in winter, the toilets in the park and whether dog walkers would be welcome inside. The Leisure and Landscapes Manager said the lease would be for ten years with a break clause at year five, that the toilets would remain the council's responsibility, and that dogs would be welcome on the terrace.",
        ], decision=["That a ten year lease of the Leavesden Country Park café be granted to the recommended bidder."]),
        item("PR51/24", "Council Tax Reduction Scheme 2025/26", [
            "The committee considered the council tax reduction scheme for working age residents. Officers proposed keeping the minimum contribution at 8.5 per cent, unchanged from the current year.",
            "Councillor Ravi Chaudhry proposed an amendment to reduce the minimum contribution to 5 per cent. The amendment was not seconded and fell.",
            "The recommendation was moved by Councillor Glenys Mortlake and seconded by Councillor Peter Haverstock. On being put to the vote it was carried, 9 voting for, 3 against and 1 abstaining.",
        ], decision=["That the council tax reduction scheme for 2025/26 be recommended to Council with a minimum contribution of 8.5 per cent."]),
        item("PR52/24", "Medium Term Financial Strategy", [
            "The Director of Finance presented the medium term financial strategy. The forecast gap between spending and income was £1.3 million in 2026/27, rising to £2.1 million by 2027/28, mainly because of the expected reform of business rates.",
            "Members asked officers to bring forward savings proposals to the February meeting and agreed that reserves should not be used to balance the budget for more than one year.",
        ]),
    ],
)

# 3 ------------------------------------------------------------------ Epping Forest (mg-meeting, planning)
doc(
    name="ieListDocuments_CId161_MId11872_EppingForest_APSCWest", form="mg-meeting",
    council="Epping Forest District Council", stated="yes", committee="Area Planning Sub-Committee West",
    date="2025-01-15",
    site=site("Epping Forest District Council", "rds.eppingforestdc.gov.uk",
              "Civic Offices, 323 High Street, Epping, Essex CM16 4BZ",
              "© Epping Forest District Council"),
    heading="Agenda and minutes: Area Planning Sub-Committee West - Wednesday, 15th January, 2025 7.00 pm",
    venue="Council Chamber, Civic Offices, High Street, Epping",
    contact="Democratic Services, democraticservices@eppingforestdc.gov.uk",
    items=[
        item("41", "Webcasting Introduction", ["The Chair reminded everyone present that the meeting would be broadcast live to the internet."]),
        item("42", "Declarations of Interest", ["There were no declarations of interest."]),
        item("43", "EPF/1842/24 - Land off Sewardstone Road, Waltham Abbey", [
            "The application sought permission for 14 dwellings on a former nursery site off Sewardstone Road, of which 6 would be affordable homes. The Planning Officer recommended approval subject to conditions and a legal agreement.",
            "A neighbour spoke against the application, raising traffic on Sewardstone Road, and the applicant's agent spoke in support.",
            "Councillor Beatrix Tolland moved that permission be granted as recommended, with an extra condition limiting construction deliveries to between 9.30 am and 3.00 pm on school days. This was seconded by Councillor Osman Reeve. On a vote, 8 voted in favour and 2 against, and the motion was carried.",
        ], decision=["Planning permission granted subject to conditions, the additional condition on construction deliveries and a legal agreement."]),
        item("44", "EPF/2210/24 - Former Glasshouses, Nazeing Road, Nazeing", [
            "The application proposed the demolition of disused glasshouses and the erection of 9 detached houses. The officer recommended refusal.",
            "Members heard that the site was in the Green Belt and that the houses would spread across the whole plot, whereas the glasshouses were low and open. The committee agreed with the officer that the scheme would harm the openness of the Green Belt and that the site was too far from shops and bus stops.",
            "Councillor Graham Whitlow moved refusal, seconded by Councillor Tolland, and it was carried with 6 in favour and 4 against.",
        ], decision=["Planning permission refused."]),
        item("45", "EPF/2297/24 - Barn at Hunsdon Road, Roydon", [
            "The application sought the change of use of a timber barn to a holiday let. Members were concerned about the narrow lane leading to the barn and whether a car could pass a tractor on it.",
            "It was agreed that the application be deferred so that members could visit the site and see the access lane for themselves before reaching a decision.",
        ], decision=["Deferred for a site visit."]),
        item("46", "Planning Enforcement Update", [
            "The sub-committee noted the quarterly report on planning enforcement in the West area. 64 new complaints had been received in the quarter, 51 cases had been closed and two enforcement notices had been served on unauthorised mobile homes.",
        ]),
    ],
)

# 4 ------------------------------------------------------------------ Rossendale (mg-meeting)
doc(
    name="ieListDocuments_CId134_MId4410_Rossendale_Cabinet", form="mg-meeting",
    council="Rossendale Borough Council", stated="yes", committee="Cabinet", date="2025-03-19",
    site=site("Rossendale Borough Council", "rossendale.moderngov.co.uk",
              "The Business Centre, Futures Park, Bacup OL13 0BB",
              "© Rossendale Borough Council"),
    heading="Agenda and minutes: Cabinet - Wednesday, 19th March, 2025 6.30 pm",
    venue="Council Chamber, Futures Park, Bacup",
    contact="Committee and Member Services, 01706 252422",
    items=[
        item("C.61", "Apologies for Absence", ["There were no apologies."]),
        item("C.62", "Play Area Improvement Programme", [
            "The Portfolio Holder for Communities, Councillor Adele Brinscall, presented the report. An independent inspection in 2024 had rated nine of the borough's 34 play areas as in poor condition.",
            "The programme would spend £420,000 over two years on twelve play areas, starting with Whitaker Park in Rawtenstall and Stubbylee Park in Bacup. The money would come from developer contributions of £255,000 and £165,000 from the UK Shared Prosperity Fund, so no borrowing would be needed.",
            "Councillor Lionel Greenhalgh asked whether the toilets at Stubbylee Park would reopen. The Portfolio Holder answered that the toilets were not part of this programme but that officers were talking to the park's friends group about running them.",
        ], decision=["That the play area improvement programme of £420,000 be approved."]),
        item("C.63", "Bacup Town Centre Heritage Works", [
            "The Director of Economic Development reported that the contract for the repair of shop fronts and the resurfacing of the market square in Bacup had been awarded to Pennine Stoneworks Ltd after a tender with six bidders.",
            "Work would start in April 2025 and was due to be finished by the end of October 2025, with the square kept open for the Saturday market throughout.",
        ]),
        item("C.64", "Climate Action Plan: Tree Planting", [
            "Cabinet noted progress on the climate action plan. 3,200 trees had been planted in the winter of 2024/25, mostly at Marl Pits and along the Irwell.",
            "A survey of council owned land to find further sites suitable for tree planting would be commissioned in the summer, and its results would be reported to Cabinet in November 2025.",
        ], decision=["That progress be noted and the land survey be commissioned."]),
        item("C.65", "Revenue Monitoring: Quarter 3", [
            "Cabinet noted a forecast underspend of £86,000 for 2024/25, mostly from vacant posts in the planning team, and agreed that it be transferred to the transformation reserve.",
        ]),
    ],
)

# 5 ------------------------------------------------------------------ Worcester (mg-meeting)
doc(
    name="ieListDocuments_CId287_MId6102_Worcester_PlaceEconomy", form="mg-meeting",
    council="Worcester City Council", stated="yes", committee="Place and Economy Committee", date="2024-06-04",
    site=site("Worcester City Council", "committee.worcester.gov.uk",
              "Guildhall, High Street, Worcester WR1 2EY", "© Worcester City Council"),
    heading="Agenda and minutes: Place and Economy Committee - Tuesday, 4th June, 2024 6.00 pm",
    venue="Guildhall, High Street, Worcester",
    contact="Democratic Services, 01905 722005",
    items=[
        item("7", "Minutes", ["The minutes of the meeting held on 12 March 2024 were approved."]),
        item("8", "Weekly Food Waste Collections", [
            "The Corporate Director for Planning and Regeneration presented the report on the introduction of weekly food waste collections, which the government now required of all councils.",
            "Collections would begin in April 2026. Every household would be given a kitchen caddy and a 23 litre outdoor bin, and flats would share larger bins. The government had awarded the council £1.46 million for vehicles and containers.",
            "Councillor Tamsin Rowberry asked where the new food waste lorries would be kept. The Director said that the depot for the food waste fleet was still being looked at, as the existing depot had no room for six more vehicles, and no site had yet been chosen.",
        ], decision=["That the plan for weekly food waste collections from April 2026 be approved."]),
        item("9", "Gheluvelt Park Splash Pad", [
            "Members were told that the splash pad at Gheluvelt Park had failed its pre season check because the water pump and filters were worn out. The repair would cost £64,000, met from the parks maintenance budget, and the splash pad would reopen by the end of June.",
        ]),
        item("10", "Pitchcroft Events Programme", [
            "The committee reviewed the events programme at Pitchcroft for 2024. Councillor Kenrick Abberley asked what happened to events when the racecourse flooded. The Events Manager replied that every event organiser had to name a reserve date, and that in a flood the council refunded the hire fee in full if no reserve date could be found.",
            "Members asked officers to keep the fee for charity events at £150 a day.",
        ]),
        item("11", "Diglis Bridge Lighting", [
            "Members noted that the lights on Diglis Bridge had been replaced with LED units in April and that the riverside path between the bridge and the cathedral would be relit in the autumn. Councillor Rowberry asked that the path lights stay on all night, and the Director agreed to look into the cost.",
        ]),
    ],
)

# 6 ------------------------------------------------------------------ Hinckley and Bosworth (mg-meeting)
doc(
    name="ieListDocuments_CId140_MId5533_HinckleyBosworth_Executive", form="mg-meeting",
    council="Hinckley and Bosworth Borough Council", stated="yes", committee="Executive", date="2024-01-24",
    site=site("Hinckley and Bosworth Borough Council", "moderngov.hinckley-bosworth.gov.uk",
              "Hinckley Hub, Rugby Road, Hinckley LE10 0FR", "© Hinckley and Bosworth Borough Council"),
    heading="Agenda and minutes: Executive - Wednesday, 24th January, 2024 6.30 pm",
    venue="De Montfort Suite, Hinckley Hub, Rugby Road, Hinckley",
    contact="Democratic Services, 01455 255879",
    items=[
        item("381", "Minutes of previous meeting", ["The minutes of the meeting held on 13 December 2023 were confirmed."]),
        item("382", "Fly-tipping Enforcement", [
            "The Executive Member for Neighbourhood Services, Councillor Wendell Copson, reported that 1,148 cases of fly tipping had been reported in 2022/23 and that 312 fixed penalty notices had been issued for environmental offences.",
            "It was proposed that the fixed penalty for fly tipping be raised to £600, reduced to £400 if paid within ten days. The fixed penalty for dropping litter would stay at £150.",
            "Councillor Marguerite Hales asked whether rural lanes near Market Bosworth would get cameras. The Executive Member said that two mobile cameras would be moved around the hotspots identified by the wardens.",
        ], decision=["That the fixed penalty for fly tipping be set at £600, reduced to £400 if paid within ten days."]),
        item("383", "Burbage Common Visitor Centre", [
            "The Executive considered the refurbishment of the visitor centre at Burbage Common. The building was in poor condition, the toilets were often out of use and the classroom was too small for school groups.",
            "The scheme would add a larger classroom, new toilets with a changing places facility and a small café counter run by volunteers. It would cost £495,000, of which £300,000 would come from the UK Shared Prosperity Fund and the rest from the council's capital programme.",
            "Members discussed the opening hours, the car park charges, the bats in the roof space and the timetable for the work. The Green Spaces Manager said the bat survey had been done and a licence would be sought, and that the centre would stay open while the classroom was built.",
        ], decision=["That the refurbishment of Burbage Common Visitor Centre at a cost of £495,000 be approved."]),
        item("384", "Hinckley Leisure Centre: Energy Works", [
            "The Executive noted that air source heat pumps had been fitted to the pool at Hinckley Leisure Centre, and that gas use had fallen by 41 per cent in the first six months.",
        ]),
    ],
)

# 7 ------------------------------------------------------------------ South Ribble (mg-item)
doc(
    name="mgAi_ID31877_SouthRibble_Scrutiny", form="mg-item",
    council="South Ribble Borough Council", stated="yes", committee="Scrutiny Committee", date="2023-11-14",
    site=site("South Ribble Borough Council", "southribble.moderngov.co.uk",
              "Civic Centre, West Paddock, Leyland, Lancashire PR25 1DH", "© South Ribble Borough Council",
              breadcrumb=["Home", "Committees", "Scrutiny Committee", "Agenda item"]),
    meeting_line="14/11/2023 - Scrutiny Committee (Item 37)",
    items=[
        item("37", "Parks and Play Areas Investment", [
            "The Cabinet Member for Health, Wellbeing and Leisure, Councillor Nadine Wrightington, attended to answer questions on the investment in parks and play areas.",
            "The committee heard that the largest scheme was a new play area at Worden Park, costing £310,000, which would replace equipment installed in 2004. It would open in spring 2024.",
            "The annual inspection of the Worden Park play area in August 2023 had found two pieces of equipment rated high risk, the rope climbing frame and the basket swing, and both had been taped off. Hurst Grange Park in Penwortham was named as the next play area to be improved, after Worden Park.",
            "A member asked whether the new play areas would include equipment that children in wheelchairs could use. The Cabinet Member said that at least a quarter of the equipment at Worden Park would be accessible, including a roundabout set flush with the ground and a wide slide.",
            "Members also asked about the budget for grass cutting, and were told that it had been held at the 2022/23 level.",
            "The committee agreed to ask the Cabinet Member to report back in a year on use of the new play area.",
        ], intro="To consider the investment programme for parks and play areas.",
            links=[("Parks and Play Areas report", "288 KB"), ("Appendix 1 Play area list", "95 KB")]),
    ],
)

# 8 ------------------------------------------------------------------ Hertsmere (mg-item)
doc(
    name="mgAi_ID22643_Hertsmere_Executive", form="mg-item",
    council="Hertsmere Borough Council", stated="yes", committee="Executive", date="2025-02-06",
    site=site("Hertsmere Borough Council", "hertsmere.moderngov.co.uk",
              "Civic Offices, Elstree Way, Borehamwood, Hertfordshire WD6 1WA", "© Hertsmere Borough Council",
              breadcrumb=["Home", "Committees", "Executive", "Agenda item"]),
    meeting_line="06/02/2025 - Executive (Item 112)",
    items=[
        item("112", "Public Electric Vehicle Charging", [
            "The Portfolio Holder for Environment, Councillor Cordelia Haddow, introduced the report. The council had run a competition for an operator to install public chargers in its car parks.",
            "Meridian Charge UK Ltd had been chosen to install 40 chargers across 9 car parks in Borehamwood, Potters Bar, Bushey and Radlett. The company would pay for the chargers and their installation in full and would hold a concession for fifteen years, paying the council 12 per cent of the income.",
            "Councillor Gideon Lapworth asked whether residents without driveways along Elstree Way would be able to charge near their homes. The Portfolio Holder said that on street chargers were a separate matter and that a consultation with residents of the Elstree Way corridor on on street chargers would open in March 2025.",
            "Members asked that the charging price be shown clearly on every charger.",
            "RESOLVED that Meridian Charge UK Ltd be appointed to provide public chargers in council car parks on a fifteen year concession.",
        ], intro="Report of the Director of Place.",
            links=[("EV charging report", "356 KB")]),
    ],
)

# 9 ------------------------------------------------------------------ West Suffolk (mg-decision)
doc(
    name="ieDecisionDetails_ID5218_WestSuffolk_CommunityChest", form="mg-decision",
    council="West Suffolk Council", stated="yes", committee="Cabinet", date="2025-02-04",
    site=site("West Suffolk Council", "democracy.westsuffolk.gov.uk",
              "West Suffolk House, Western Way, Bury St Edmunds IP33 3YU", "© West Suffolk Council"),
    decision_title="Decision details: Community Chest Grants 2025 to 2027",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To agree the Community Chest grants to voluntary and community organisations in West Suffolk for the two years 2025 to 2027."]),
        ("Decision:", [
            "Cabinet approved Community Chest grants totalling £412,000 a year to 38 voluntary and community organisations in Bury St Edmunds, Haverhill, Newmarket, Mildenhall, Brandon and the villages, as listed in Appendix A.",
            "The largest single grant, £36,000 a year, goes to the Haverhill debt advice service run by the local Citizens Advice.",
            "An application from the youth project at Mildenhall Hub has been supported in principle, but the amount it will receive has not yet been settled because its bid covered only part of the year; this will be agreed by the Portfolio Holder for Families and Communities once a full year budget is received.",
        ]),
        ("Reasons for the decision:", [
            "Two year grants let small organisations plan ahead and keep staff, rather than reapplying each autumn. The panel of councillors scored every bid on need, reach and value for money.",
        ]),
        ("Alternative options considered:", [
            "Keeping one year grants was rejected because groups had said the yearly round left them unable to commit to leases and staff contracts. Cutting the fund by 10 per cent was rejected because demand for debt and food support had risen.",
        ]),
    ],
    tail=[("Publication date:", "05/02/2025"), ("Date of decision:", "04/02/2025"),
          ("Effective from:", "13/02/2025"), ("Decided at meeting:", "04/02/2025 - Cabinet")],
    links=[("Report CAB/WS/25/006 Community Chest", "402 KB")],
)

# 10 ----------------------------------------------------------------- Vale of White Horse (mg-decision)
doc(
    name="ieDecisionDetails_ID3307_Vale_CaddyLiners", form="mg-decision",
    council="Vale of White Horse District Council", stated="yes",
    committee="Cabinet Member for Climate Emergency and Environment", date="2023-10-18",
    site=site("Vale of White Horse District Council", "democratic.whitehorsedc.gov.uk",
              "Abbey House, Abbey Close, Abingdon OX14 3JE", "© Vale of White Horse District Council"),
    decision_title="Decision details: Award of contract for food waste caddy liners and replacement caddies",
    fields=[("Decision Maker:", "Cabinet Member for Climate Emergency and Environment"),
            ("Decision status:", "Implemented"), ("Is Key decision?:", "No"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To award a contract for the supply of compostable food waste caddy liners and replacement kitchen and kerbside caddies."]),
        ("Decision:", [
            "To award the contract for caddy liners and replacement caddies to Thameside Polymers Ltd for three years from 1 December 2023, at a total cost of £146,000.",
        ]),
        ("Reasons for the decision:", [
            "Thameside Polymers Ltd submitted the lowest price of the five tenders and its caddies are made with 80 per cent recycled plastic. The compostable liners meet the standard required by the composting plant that takes the district's food waste.",
            "Liners will continue to be handed out free at Abingdon, Wantage and Faringdon libraries and can be requested by tying a liner to the handle of the kerbside caddy on collection day. Crews will replace cracked caddies on the day they are reported. The council believes that free liners encourage more households to use the food waste service, which costs far less to treat than the rubbish in grey bins.",
        ]),
        ("Alternative options considered:", [
            "Stopping free liners was considered and rejected because a trial in another district had seen food waste tonnages fall after liners were withdrawn.",
        ]),
    ],
    tail=[("Publication date:", "18/10/2023"), ("Date of decision:", "18/10/2023"),
          ("Effective from:", "26/10/2023")],
    links=[("Caddy liners decision report", "214 KB")],
)

# 11 ----------------------------------------------------------------- Cannock Chase (pdf-minutes)
doc(
    name="CCDC_Cabinet_Minutes_2024-07-18", form="pdf-minutes",
    council="Cannock Chase District Council", stated="yes", committee="Cabinet", date="2024-07-18",
    pdf_title="Cabinet Minutes 18 July 2024", pdf_author="Democratic Services",
    title_lines=["CANNOCK CHASE DISTRICT COUNCIL", "MINUTES OF THE MEETING OF THE CABINET",
                 "HELD ON THURSDAY 18 JULY 2024 AT 4.00 P.M.",
                 "IN THE ESPERANCE ROOM, CIVIC CENTRE, BEECROFT ROAD, CANNOCK"],
    attendance=[("PRESENT:", "Councillors Pemberton (Chair), Alsop, Fairbrother, Kinsella, Lowther and Venn."),
                ("Apologies:", "Councillor Maddox.")],
    items=[
        item("11.", "Declarations of Interests", ["None."]),
        item("12.", "Chase Leisure Centre: Changing Village", [
            "The Portfolio Leader for Community Wellbeing presented the report. The changing rooms at Chase Leisure Centre were more than thirty years old and had been the subject of many complaints.",
            "A new changing village for the pool would cost £1.2 million. The cost would be shared, with the council paying £700,000 from its capital programme and the leisure operator, Wellspring Leisure Partnership, paying £500,000, to be recovered from a longer contract.",
            "Rugeley Leisure Centre would be looked at in a later phase of the programme.",
            "RESOLVED: That the changing village at Chase Leisure Centre be approved at a cost of £1.2 million.",
        ]),
        item("13.", "Fly Tipping Hotspots", [
            "Cabinet considered the use of cameras to catch fly tippers. Six cameras would be bought and moved between hotspots, including lay bys on the A460 and lanes near Norton Canes.",
            "Councillor Kinsella asked whether the footage could be used in court. The Head of Environment replied that the cameras met the evidence standard and that footage had already helped to secure two convictions in Staffordshire.",
            "RESOLVED: That six cameras be bought for fly tipping hotspots.",
        ]),
        item("14.", "Cannock Market Hours", [
            "Cabinet agreed to open Cannock Market on Sundays in December, as requested by the traders, from 10.00 a.m. to 3.00 p.m.",
        ]),
        item("15.", "Treasury Management Outturn 2023/24", [
            "Cabinet noted that the council had earned £1.07 million in interest on its investments in 2023/24, compared with a budget of £640,000, and had not needed to borrow during the year.",
            "RESOLVED: That the report be recommended to Council.",
        ]),
    ],
    closing=["The meeting closed at 5.12 p.m.", "CHAIR"],
    header="Cabinet 18.07.24", header_right="Minutes 11 - 15",
    footer=["Page {n} of {total}"],
)

# 12 ----------------------------------------------------------------- Stafford (pdf-minutes, planning)
doc(
    name="SBC_Planning_Committee_Minutes_050325", form="pdf-minutes",
    council="Stafford Borough Council", stated="yes", committee="Planning Committee", date="2025-03-05",
    pdf_title="Planning Committee minutes", pdf_author="Stafford Borough Council",
    title_lines=["Stafford Borough Council", "Planning Committee",
                 "Minutes of the meeting held on Wednesday 5 March 2025 at 6.30pm in the Craddock Room, Civic Centre, Riverside, Stafford"],
    attendance=[("Present:", "Councillor E Cheswardine (Chair), Councillors A Bromstead, P Doxey, R Hixon, K Ingestre, J Milwich, S Ranton, T Salt, L Tixall, M Weston and B Yarlet."),
                ("Officers:", "Development Manager, Principal Planning Officer, Solicitor.")],
    items=[
        item("PC71/25", "Minutes", ["The minutes of the meeting held on 5 February 2025 were approved."]),
        item("PC72/25", "24/38112/FUL Land at Beaconside, Stafford", [
            "Erection of a warehouse and distribution building with parking and landscaping. The Principal Planning Officer said the site was allocated for employment in the local plan and the scheme would create about 180 jobs.",
            "Members asked about lorry noise at night for homes on the far side of Beaconside. The officer said that a noise assessment of the site would be carried out before the building was occupied and that any mitigation it called for would have to be installed first.",
            "Councillor Hixon moved approval and Councillor Salt seconded. On being put to the vote, 9 voted for and 2 against.",
            "RESOLVED: That permission be granted subject to conditions, including that deliveries be limited to the hours of 7am to 10pm Monday to Saturday.",
        ]),
        item("PC73/25", "24/38340/OUT Land off Newcastle Road, Stone", [
            "Outline application for up to 32 homes. The officer recommended approval, but several members were concerned that the only access was onto a bend on Newcastle Road with poor visibility.",
            "Councillor Weston moved refusal, contrary to the officer recommendation, because the access would be unsafe for drivers and pedestrians, and Councillor Doxey seconded. The motion was carried by 7 votes to 4.",
            "RESOLVED: That permission be refused on highway safety grounds.",
        ]),
        item("PC74/25", "24/38401/FUL The Old Forge, High Street, Eccleshall", [
            "Conversion of a former forge to two flats. Approved unanimously as recommended.",
        ]),
    ],
    closing=["The meeting ended at 8.05pm", "Chair"],
    header="Planning Committee - 5 March 2025", footer=["Page {n}"],
)

# 13 ----------------------------------------------------------------- Wychavon (pdf-minutes)
doc(
    name="Wychavon_Executive_Board_16Oct2024", form="pdf-minutes",
    council="Wychavon District Council", stated="yes", committee="Executive Board", date="2024-10-16",
    pdf_title="Executive Board Minutes", pdf_author="Legal and Democratic Services",
    title_lines=["WYCHAVON DISTRICT COUNCIL", "EXECUTIVE BOARD",
                 "Minutes of the meeting held at the Civic Centre, Queen Elizabeth Drive, Pershore on Wednesday, 16th October, 2024 at 6.00 p.m."],
    attendance=[("Present:", "Councillor H Ombersley (Chair), Councillors D Bredon, F Inkberrow, G Salwarpe and W Upton."),
                ("Also present:", "Councillor J Harvington.")],
    items=[
        item("EB/24/31", "Minutes", ["The minutes of the meeting held on 11 September 2024 were approved."]),
        item("EB/24/32", "Car Parking Tariffs", [
            "The Executive Board considered the review of parking charges in the council's car parks in Evesham, Droitwich Spa and Pershore. Charges had not changed since 2022 while costs had risen.",
            "It was agreed that the charge for up to one hour would rise from £1.00 to £1.20, and that the charge for up to three hours would rise to £2.80. The Sunday charge of £1.00 for the whole day would stay the same.",
            "Councillor Harvington asked when the new charges would begin. The Head of Service said the start date had not been fixed, as the notice had to be published and the machines updated, and it would be announced once the legal order was made.",
            "RESOLVED: That the new parking charges be approved.",
        ]),
        item("EB/24/33", "Droitwich Spa Lido", [
            "The Board heard that the tiles around the main pool at the Lido had cracked over the winter. Marlbrook Pool Services Ltd had been engaged to retile the pool surround at a cost of £92,000 before the 2025 season.",
            "Councillor Bredon asked whether the Lido would open on time. The Head of Leisure said the work would finish in April and the Lido would open as usual on the first Saturday in May.",
        ]),
        item("EB/24/34", "Empty Homes", [
            "The Board noted that 214 homes in the district had been empty for more than two years, and agreed to charge the maximum council tax premium allowed.",
        ]),
    ],
    closing=["The meeting closed at 7.02 p.m.", "CHAIRMAN"],
    header="Executive Board 16.10.2024", footer=["Wychavon District Council", "Page {n} of {total}"],
)

# 14 ----------------------------------------------------------------- Castle Point (pdf-minutes)
doc(
    name="CPBC_Cabinet_Minutes_20_November_2024", form="pdf-minutes",
    council="Castle Point Borough Council", stated="yes", committee="Cabinet", date="2024-11-20",
    pdf_title="Cabinet 20 November 2024", pdf_author="Castle Point Borough Council",
    title_lines=["CASTLE POINT BOROUGH COUNCIL", "CABINET", "20TH NOVEMBER 2024",
                 "PRESENT: Councillors Lynton (Leader), Brayfield, Cottis, Duggan, Featherby and Ormond"],
    items=[
        item("44.", "MINUTES", ["The minutes of the meeting held on 16 October 2024 were taken as read and signed."]),
        item("45.", "BEACH HUT LICENCE FEES 2025/26", [
            "The Cabinet Member for Leisure presented the report on beach huts at Concord Beach and Thorney Bay on Canvey Island. There were 118 council owned hut plots, all of them taken.",
            "The report proposed that the annual licence fee rise by 5 per cent, from £400 to £420, to meet the cost of repairing the sea wall steps.",
            "Councillor Ormond moved the recommendation and Councillor Cottis seconded it. The recommendation was agreed unanimously.",
        ]),
        item("46.", "WATERSIDE FARM LEISURE CENTRE ROOF", [
            "The Cabinet considered a report on the roof of the sports hall at Waterside Farm Leisure Centre. The roof had leaked for several years, and the sports hall floor had been damaged.",
            "The roof would be replaced with an insulated metal roof, at a cost of £780,000, funded by borrowing. Solar panels would be fitted on the south facing slope, and the saving on electricity was expected to be about £21,000 a year.",
            "Members discussed the condition of the changing rooms, the damage to the sports hall floor, the cost of borrowing and the advice of the council's surveyor. The Cabinet Member said the contract would be tendered in the new year.",
            "Resolved: That £780,000 be added to the capital programme for the roof at Waterside Farm Leisure Centre.",
        ]),
        item("47.", "HADLEIGH MARKET", [
            "The Cabinet agreed to continue the monthly farmers market on the Hadleigh high street for a further year.",
        ]),
    ],
    closing=["Chairman"],
    header="CASTLE POINT BOROUGH COUNCIL - CABINET - 20.11.2024", footer=["Page {n}"],
)

# 15 ----------------------------------------------------------------- Melton (pdf-minutes)
doc(
    name="MBC_Cabinet_Minutes_10_September_2024", form="pdf-minutes",
    council="Melton Borough Council", stated="yes", committee="Cabinet", date="2024-09-10",
    pdf_title="Cabinet Minutes", pdf_author="Democratic Services",
    title_lines=["Melton Borough Council", "Minutes", "Cabinet",
                 "Date of Meeting: Tuesday 10 September 2024, Parkside, Station Approach, Burton Street, Melton Mowbray"],
    attendance=[("Present:", "Cllr Rosalind Asfordby (Chair), Cllr Theo Wymondham, Cllr Una Bottesford, Cllr Gareth Scalford, Cllr Ines Frisby."),
                ("Officers:", "Chief Executive, Director for Housing and Communities, Assistant Director for Customers and Communities.")],
    items=[
        item("CAB21", "Minutes", ["The minutes of the meeting held on 9 July 2024 were approved."]),
        item("CAB22", "Car Park Charges", [
            "Cabinet considered the review of charges in the town centre car parks in Melton Mowbray. Income in 2023/24 had been £612,000, against a budget of £650,000.",
            "It was proposed that the charge for up to two hours rise from £1.50 to £1.80, and that free parking after 3pm on Saturdays in December continue.",
            "Cllr Bottesford moved the recommendation and Cllr Scalford seconded it. It was carried with four votes in favour and one against.",
        ]),
        item("CAB23", "Waterfield Leisure Centre", [
            "Cabinet received an update on Waterfield Leisure Centre. Attendance had reached 318,000 visits in 2023/24. The pool hall lights would be replaced with LED lights at a cost of £48,000.",
            "Cllr Frisby asked about the waiting list for swimming lessons. The Assistant Director said that 140 children were waiting and two extra teachers would be recruited by January.",
        ]),
        item("CAB24", "Melton Country Park", [
            "Cabinet agreed to lease the former ranger hut at Melton Country Park to a community group for use as a tool store.",
        ]),
    ],
    closing=["The meeting closed at 7.40pm", "Chair"],
    header="Cabinet, 10 September 2024", footer=["Page {n} of {total}"],
)

# 16 ----------------------------------------------------------------- South Holland (pdf-minutes)
doc(
    name="SHDC_Cabinet_Minutes_25022025", form="pdf-minutes",
    council="South Holland District Council", stated="yes", committee="Cabinet", date="2025-02-25",
    pdf_title="Minutes of Cabinet", pdf_author="South Holland District Council",
    title_lines=["SOUTH HOLLAND DISTRICT COUNCIL",
                 "Minutes of a meeting of the CABINET held in the Council Chamber, Council Offices, Priory Road, Spalding on Tuesday 25 February 2025 at 6.30 pm"],
    attendance=[("PRESENT:", "Councillor N Gedney (Chairman), Councillors B Holbeach, C Moulton, D Pinchbeck, E Sutterton and F Whaplode.")],
    items=[
        item("81.", "MINUTES", ["The minutes of the meeting held on 28 January 2025 were signed as a correct record."]),
        item("82.", "ENVIRONMENTAL CRIME", [
            "The Portfolio Holder for Environment reported on enforcement against fly tipping and littering. The council's enforcement partner, Fenland Patrol Services Ltd, had issued 1,926 fixed penalty notices for littering in 2024, and 87 fly tippers had been prosecuted.",
            "Councillor Moulton asked how much the partner kept from each fine. The Portfolio Holder replied that the partner kept 60 per cent of each paid fine and the council received the rest, which paid for extra street cleaning in Spalding.",
        ]),
        item("83.", "CASTLE SPORTS COMPLEX", [
            "Cabinet agreed to replace the artificial pitch at the Castle Sports Complex at a cost of £265,000, of which £160,000 would be a grant from the Football Foundation.",
        ]),
        item("84.", "SPALDING MARKETS", [
            "The Portfolio Holder for Places said that the Tuesday market in Spalding had shrunk from 34 stalls in 2019 to 19 stalls in 2024. Cabinet agreed that an independent review of the markets would be commissioned, to report by the end of June 2025 with recommendations on days, pitch fees and layout.",
            "Councillor Sutterton asked whether pitch fees would be frozen until then. It was agreed that pitch fees would be frozen until the review had reported.",
        ]),
        item("85.", "AYSCOUGHFEE HALL", [
            "Cabinet noted that visitor numbers at Ayscoughfee Hall had risen to 41,000 in 2024, the highest for ten years, helped by the exhibition on the history of the Spalding Flower Parade.",
            "It was agreed that the gardens would stay open until 8 pm on Thursdays in June and July 2025.",
        ]),
    ],
    closing=["The meeting closed at 7.25 pm"],
    header="Cabinet - 25 February 2025", footer=["Page {n}"],
)

# 17 ----------------------------------------------------------------- King's Lynn and West Norfolk (pdf-pack)
doc(
    name="KLWN_Cabinet_Pack_2025-04-08", form="pdf-pack",
    council="Borough Council of King's Lynn and West Norfolk", stated="yes", committee="Cabinet",
    date="2025-04-08", pdf_title="Cabinet agenda pack 8 April 2025", pdf_author="Democratic Services",
    cover=["CABINET", "Borough Council of King's Lynn and West Norfolk",
           "Tuesday, 8th April, 2025 at 4.30 pm", "Council Chamber, Town Hall, Saturday Market Place, King's Lynn"],
    cover_body=["To: Members of the Cabinet. You are summoned to attend the meeting of the Cabinet at the time and place shown above.",
                "Contact: Democratic Services, Kings Court, Chapel Street, King's Lynn PE30 1EX, 01553 616394",
                "The meeting will be streamed live on the council's YouTube channel."],
    agenda=[("1", "Apologies"), ("2", "Minutes of the meeting held on 4 March 2025 ({minutes})"),
            ("3", "Declarations of Interest"), ("4", "Urgent Business"),
            ("5", "Community Grants Scheme 2025/26 ({report})")],
    marks=["Agenda Item 2", "Agenda Item 5"],
    prev_title_lines=["BOROUGH COUNCIL OF KING'S LYNN AND WEST NORFOLK", "CABINET",
                      "Minutes from the Meeting of the Cabinet held on Tuesday, 4th March, 2025 at 4.30 pm in the Council Chamber, Town Hall, Saturday Market Place, King's Lynn"],
    prev_items=[
        item("CAB87:", "HUNSTANTON PROMENADE SHELTERS", [
            "Cabinet considered the repair of the three seafront shelters on Hunstanton promenade. A condition survey in January 2025 had found that the roof timbers of the two northern shelters were rotten and that the southern shelter needed only painting.",
            "Councillor Saffron Heacham asked whether the shelters would be open for Easter. The Portfolio Holder for Tourism, Councillor Lucas Snettisham, replied that the southern shelter would be, but the two northern shelters would stay fenced off until the end of May.",
            "RESOLVED: That £74,000 be approved for the repair of the Hunstanton shelters.",
        ]),
        item("CAB88:", "DOWNHAM MARKET TOWN CENTRE TOILETS", [
            "Cabinet agreed that the town centre toilets in Downham Market be transferred to Downham Market Town Council from 1 April 2025, with a one off payment of £15,000 towards repairs.",
        ]),
    ],
    report=report(
        ["REPORT TO CABINET", "Community Grants Scheme 2025/26",
         "Portfolio Holder: Councillor Priya Terrington, People and Communities"],
        [("Date of meeting", "8 April 2025"), ("Key decision", "No"), ("Wards affected", "All"),
         ("Lead officer", "Fergus Walpole, Community Development Manager")],
        [
            ("1. Purpose", ["1.1 This report sets out the Community Grants Scheme for 2025/26 and asks Cabinet to agree its rules."]),
            ("2. Background", [
                "2.1 The scheme supports voluntary and community groups across the borough, from King's Lynn to Hunstanton and Downham Market. In 2024/25, 63 groups received grants, ranging from £300 to £5,000.",
                "2.2 An evaluation of the scheme by the council's policy team in late 2024 found that three quarters of the grants had gone to groups in King's Lynn itself, and that rural parishes had applied far less often.",
            ]),
            ("3. Proposals", [
                "3.1 The budget for 2025/26 will be £150,000, the same as last year. A rural fund of £40,000 within that total will be kept for groups in parishes outside the three towns.",
                "3.2 The maximum grant will rise from £5,000 to £6,000 and groups will be able to apply in two rounds, closing on 30 May and 31 October 2025.",
                "3.3 The budget for 2026/27 will not be known until the council sets its budget in February 2026, and groups should not assume that the scheme will continue at the same level.",
            ]),
            ("4. Financial implications", ["4.1 The £150,000 is included in the approved revenue budget for 2025/26."]),
            ("5. Recommendation", ["5.1 That Cabinet approves the Community Grants Scheme for 2025/26 as set out in section 3."]),
        ]),
    footer=["Page {n}"], number_offset=1,
)

# 18 ----------------------------------------------------------------- Rochford (pdf-pack)
doc(
    name="Rochford_Executive_Pack_2025-03-12", form="pdf-pack",
    council="Rochford District Council", stated="yes", committee="Executive", date="2025-03-12",
    pdf_title="Executive 12 March 2025", pdf_author="Rochford District Council",
    cover=["Executive", "Rochford District Council", "Wednesday 12 March 2025 at 7.00 pm",
           "Council Chamber, Rochford District Council Offices, South Street, Rochford"],
    cover_body=["Members of the Executive are requested to attend the meeting on the date shown.",
                "Enquiries to: Democratic Services, 01702 318111",
                "Members of the public may attend and may ask questions in accordance with the Council's procedure rules."],
    agenda=[("1", "Apologies for absence"), ("2", "Minutes ({minutes})"), ("3", "Declarations of interest"),
            ("4", "Clements Hall Leisure Centre: Pool Plant Replacement ({report})")],
    marks=["Agenda Item 2", "Agenda Item 4"],
    prev_title_lines=["Rochford District Council", "Executive",
                      "Minutes of the meeting of the Executive held on 12 February 2025 when there were present: Cllr M Hullbridge (Leader), Cllr A Canewdon, Cllr S Ashingdon, Cllr R Paglesham, Cllr V Stambridge"],
    prev_items=[
        item("E61/25", "FLY TIPPING IN RURAL LANES", [
            "The Executive noted that 486 fly tipping incidents had been recorded in the district in the nine months to December 2024, many of them in lanes around Canewdon and Paglesham.",
            "Cllr Stambridge asked who paid to clear waste dumped on private farmland. The Portfolio Holder replied that the landowner was responsible for clearing waste on private land, but that the council would investigate and prosecute where there was evidence.",
            "Resolved: That lockable gates be offered to farmers at half cost in the worst affected lanes.",
        ]),
        item("E62/25", "HOCKLEY WOODS CAR PARK", [
            "The Executive agreed to resurface the car park at Hockley Woods at a cost of £58,000, with the work to be done in September 2025 to avoid the summer holidays.",
        ]),
    ],
    report=report(
        ["Executive", "Clements Hall Leisure Centre: Pool Plant Replacement",
         "Report of the Director of Environment"],
        [("Portfolio", "Leisure and Open Spaces"), ("Key decision", "Yes"), ("Forward Plan reference", "EX/24/19"),
         ("Wards", "Hawkwell East, Hawkwell West")],
        [
            ("1 SUMMARY", ["1.1 The pool plant at Clements Hall Leisure Centre in Hawkwell, which heats, filters and treats the water in the main pool and the learner pool, is at the end of its life and must be replaced."]),
            ("2 BACKGROUND", [
                "2.1 The plant was installed in 1999. In 2024 the main pool had to close for eleven days in August after a filter failed, and parts for the boilers are no longer made.",
                "2.2 The leisure operator has warned that a further failure could close both pools for several weeks.",
            ]),
            ("3 PROPOSAL", [
                "3.1 It is proposed to replace the filters, the boilers, the chemical dosing equipment and the pumps, and to add a heat pump to reduce gas use.",
                "3.2 The works are estimated at £540,000 and will be procured through a national framework for leisure works. The pools will close for about eight weeks, and the work will be timed for the autumn when swimming lessons are fewest.",
                "3.3 The heat pump is expected to reduce the centre's carbon emissions by about 30 per cent.",
            ]),
            ("4 RISKS", ["4.1 Prices in the leisure sector remain volatile and a contingency of 10 per cent is included in the estimate."]),
            ("5 RECOMMENDATION", ["5.1 That the Executive approves £540,000 for the replacement of the pool plant at Clements Hall Leisure Centre."]),
        ]),
    footer=["Page {n}"], number_offset=1,
)

# 19 ----------------------------------------------------------------- North West Leicestershire (pdf-pack)
doc(
    name="NWLDC_Cabinet_Pack_14_January_2025", form="pdf-pack",
    council="North West Leicestershire District Council", stated="yes", committee="Cabinet",
    date="2025-01-14", pdf_title="Cabinet Agenda", pdf_author="Democratic Services",
    cover=["CABINET", "North West Leicestershire District Council", "TUESDAY, 14 JANUARY 2025",
           "Council Chamber, Whitwick Road, Coalville"],
    cover_body=["Dear Councillor, a meeting of the Cabinet will be held at 5.00pm on the date above.",
                "Enquiries: Democratic Services Team, 01530 454512",
                "Members of the public may film or record the meeting."],
    agenda=[("1", "Apologies for Absence"), ("2", "Declaration of Interests"), ("3", "Public Question and Answer Session"),
            ("4", "Minutes of the meeting held on 10 December 2024 ({minutes})"),
            ("5", "Coalville Market Hall Improvements ({report})")],
    marks=["Agenda Item 4", "Agenda Item 5"],
    prev_title_lines=["MINUTES of a meeting of the CABINET held in the Council Chamber, Whitwick Road, Coalville, on TUESDAY, 10 DECEMBER 2024",
                      "Present: Councillor K Swannington (Chair), Councillors L Ibstock, M Measham, N Kegworth and O Coleorton"],
    prev_items=[
        item("62.", "COMMUNITY FOCUS GRANTS", [
            "The Community Services Portfolio Holder presented the report on the Community Focus grants for 2025. Twenty one groups in Ashby de la Zouch had been offered grants totalling £28,500, including £4,000 to a dementia café at Ashby.",
            "Councillor Ibstock asked whether the groups would be told before Christmas. The Portfolio Holder said that letters would go out on 16 December.",
            "It was moved by Councillor Measham, seconded by Councillor Kegworth and RESOLVED that the Community Focus grants be awarded as set out in the report, including the grants to groups in Castle Donington and Kegworth.",
        ]),
        item("63.", "HOUSING REPAIRS CONTRACT", [
            "Cabinet agreed to extend the kitchen and bathroom replacement contract with Charnwood Home Renewals Ltd by one year, to March 2026.",
        ]),
    ],
    report=report(
        ["NORTH WEST LEICESTERSHIRE DISTRICT COUNCIL", "CABINET – 14 JANUARY 2025",
         "Title of Report: COALVILLE MARKET HALL IMPROVEMENTS"],
        [("Presented by", "Councillor Petra Whitwick, Business and Regeneration Portfolio Holder"),
         ("Background papers", "None"), ("Financial implications", "£385,000 capital, of which £250,000 from the Levelling Up Fund"),
         ("Recommendations", "That Cabinet approves the improvement works at Coalville Market Hall")],
        [
            ("1. BACKGROUND", [
                "1.1 Coalville Market Hall opened in its present form in 1988. Only 22 of its 41 stalls were let in December 2024.",
                "1.2 A survey of 412 shoppers in the autumn found that most wanted longer opening hours on Fridays, a place to sit and eat, and better lighting.",
            ]),
            ("2. PROPOSED WORKS", [
                "2.1 The works will create a seating area for hot food traders, replace the lighting and the roof lights, and install new doors onto Marlborough Square.",
                "2.2 Traders will stay open during the works, which will be phased over twelve weeks from March 2025.",
            ]),
            ("3. FINANCIAL IMPLICATIONS", [
                "3.1 The works will cost £385,000. The Levelling Up Fund will pay £250,000 and the council will meet the remaining £135,000 from its capital programme.",
                "3.2 Stall rents will be frozen for the twelve months after the works are finished.",
            ]),
        ]),
    footer=["Page {n}"], number_offset=1,
)

# 20 ----------------------------------------------------------------- Forest of Dean (docx-report)
doc(
    name="FoDDC_Cabinet_Report_Five_Acres_Pool", form="docx-report",
    council="Forest of Dean District Council", stated="yes", committee="Cabinet", date="2024-06-06",
    docx_author="Leisure Services",
    letterhead=["Forest of Dean District Council", "Council Offices, High Street, Coleford, Gloucestershire GL16 8HG"],
    report=report(
        ["Report to Cabinet", "Date of Meeting: 6 June 2024", "Five Acres Leisure Centre: Future of the Swimming Pool"],
        [("Report of", "Head of Community Services"), ("Cabinet Member", "Councillor Rowena Ruardean, Leisure and Culture"),
         ("Key decision", "Yes"), ("Wards affected", "Berry Hill, Christchurch and the surrounding parishes"),
         ("Appendices", "A: Options appraisal; B: Equality impact assessment")],
        [
            ("1. Purpose of Report", [
                "1.1 To decide the future of the swimming pool at Five Acres Leisure Centre in Berry Hill, which has been closed since October 2023 after the pool tank was found to be leaking.",
            ]),
            ("2. Background", [
                "2.1 The pool was built in 1974. Investigations in the winter of 2023 found cracks in the base of the pool tank and that water had been escaping into the ground beneath it for some time.",
                "2.2 Since the closure, swimming lessons have moved to the council's other pools, and the number of children learning to swim in the district has fallen by about a third.",
            ]),
            ("3. Options", [
                "3.1 Three options were appraised: repairing the existing tank, at about £1.9 million; building a new pool hall alongside the existing centre, at about £3.4 million; or closing the pool permanently.",
                "3.2 The repair option would give the pool no more than fifteen years of further life, while a new pool would last at least forty years and would cost far less to heat.",
            ]),
            ("4. Funding", [
                "4.1 The preferred option of a new pool hall would be paid for by £1.5 million from Sport England's Swimming Pool Support Fund, which has been applied for but not yet awarded, and by borrowing of £1.9 million.",
            ]),
            ("5. Other leisure sites", [
                "5.1 A condition survey of the council's leisure centre in Lydney will be carried out in the autumn of 2024, so that any work needed there can be planned alongside the new pool.",
            ]),
            ("6. Recommendations", [
                "6.1 That Cabinet agrees to build a new pool hall at Five Acres Leisure Centre, subject to the funding set out in section 4.",
                "6.2 That authority be delegated to the Head of Community Services to procure a design team.",
            ]),
        ]),
    header="Cabinet 6 June 2024 - Agenda Item 9", footer=["OFFICIAL", "Forest of Dean District Council"],
)

# 21 ----------------------------------------------------------------- West Oxfordshire (docx-report)
doc(
    name="WODC_Executive_Report_Caddy_Liner_Trial", form="docx-report",
    council="West Oxfordshire District Council", stated="yes", committee="Executive", date="2025-05-14",
    docx_author="Waste and Environment",
    letterhead=["WEST OXFORDSHIRE DISTRICT COUNCIL", "Elmfield, New Yatt Road, Witney, Oxfordshire OX28 1PB"],
    report=report(
        ["EXECUTIVE", "Wednesday 14 May 2025", "Food Waste: Results of the Free Caddy Liner Trial in Witney and Carterton"],
        [("Report author", "Imelda Crawley, Waste Services Manager"), ("Executive Member", "Councillor Barnaby Minster, Environment"),
         ("Purpose", "To report the results of the free caddy liner trial and to seek approval to extend it."),
         ("Recommendations", "That the trial be extended until March 2026."), ("Corporate priorities", "Climate action")],
        [
            ("1. Background", [
                "1.1 West Oxfordshire already collects food waste weekly from every household. About 41 per cent of households put out a food caddy on a typical week.",
                "1.2 From September 2024 to February 2025, about 9,000 households in Witney and Carterton received a free roll of compostable liners every three months, delivered by the collection crews.",
            ]),
            ("2. Results of the trial", [
                "2.1 In the trial areas the amount of food waste collected rose by 18 per cent compared with the same months a year earlier, while in the rest of the district it rose by 2 per cent.",
                "2.2 The liners cost £4.10 per household per year, including delivery. The saving in disposal costs from the extra food waste was about £2.60 per household, so the trial cost the council more than it saved.",
            ]),
            ("3. Proposal", [
                "3.1 It is proposed to keep the trial running in Witney and Carterton until March 2026 to see whether the rise in food waste lasts.",
                "3.2 Whether liners are offered across the whole district from 2026 will not be decided until the extended trial has finished and the cost has been compared with the next budget.",
            ]),
            ("4. Financial Implications", [
                "4.1 The extension will cost £37,000, which will be met from the waste reserve.",
            ]),
        ]),
    header="West Oxfordshire District Council: Executive 14 May 2025", footer=["Page 1"],
)

# 22 ----------------------------------------------------------------- Derbyshire Dales (docx-minutes)
doc(
    name="DDDC_Community_Environment_Minutes_07112024", form="docx-minutes",
    council="Derbyshire Dales District Council", stated="yes", committee="Community and Environment Committee",
    date="2024-11-07", docx_author="Committee Services",
    title_lines=["DERBYSHIRE DALES DISTRICT COUNCIL",
                 "MINUTES of a meeting of the Community and Environment Committee held at 6.00pm on Thursday 7 November 2024 in the Council Chamber, Town Hall, Matlock."],
    attendance=[("PRESENT:", "Councillor Annika Darley (Chair), Councillors Bernard Youlgrave, Celia Tansley, Dermot Winster, Evangeline Hartington and Francis Rowsley."),
                ("APOLOGIES:", "Councillor George Cromford.")],
    items=[
        item("214/24", "MINUTES", ["The minutes of the meeting held on 12 September 2024 were approved."]),
        item("215/24", "CAR PARKING CHARGES 2025/26", [
            "The Director of Community and Environmental Services presented the report on charges in the council's pay and display car parks in Matlock, Bakewell, Ashbourne and Wirksworth.",
            "The committee agreed that the charge for up to four hours in the long stay car parks would rise from £5.00 to £5.50 from 1 April 2025. Resident permit holders would continue to park free after 6pm.",
            "Members discussed at length the Agricultural Business Centre car park in Bakewell, which was busiest on Mondays when the livestock market was held. They debated the queues on market days, the signs to the car park, coach parking, the number of disabled bays and whether the council should run a park and ride in the summer. The Director agreed to bring a further report on coach parking.",
            "It was moved by Councillor Tansley, seconded by Councillor Winster and RESOLVED (8 for, 2 against) that the charges be approved.",
        ]),
        item("216/24", "COMMUNITY GRANTS", [
            "The committee approved community grants totalling £46,200 to 17 groups, including £3,500 to the Wirksworth Carnival Committee for new safety barriers and £2,000 to a walking group for people with dementia in Ashbourne.",
            "Councillor Hartington asked how small parishes could learn about the scheme. The Community Development Officer replied that she would visit each of the district's parish council clusters in the new year.",
        ]),
        item("217/24", "HALL LEYS PARK", [
            "The committee noted that the boating lake at Hall Leys Park in Matlock had been drained and relined, and that the boats would return at Easter 2025.",
        ]),
    ],
    closing=["Meeting closed at 7.50pm", "Chair"],
    header="Community and Environment Committee - 7 November 2024",
    footer=["Derbyshire Dales District Council", "Page 1"],
)

# 23 ----------------------------------------------------------------- East Hertfordshire (docx-minutes)
doc(
    name="EHDC_Overview_Scrutiny_Minutes_21_Jan_2025", form="docx-minutes",
    council="East Hertfordshire District Council", stated="yes", committee="Overview and Scrutiny Committee",
    date="2025-01-21", docx_author="Democratic Services",
    title_lines=["EAST HERTS COUNCIL",
                 "OVERVIEW AND SCRUTINY COMMITTEE HELD IN THE COUNCIL CHAMBER, WALLFIELDS, HERTFORD ON TUESDAY 21 JANUARY 2025, AT 7.00 PM. East Hertfordshire District Council."],
    attendance=[("PRESENT:", "Councillor Jocelyn Braughing (Chair), Councillors Kiran Buntingford, Lorcan Hunsdon, Maude Sawbridgeworth, Nigel Puckeridge and Olive Widford."),
                ("ALSO PRESENT:", "Councillor Quentin Standon, Executive Member for Environmental Sustainability.")],
    items=[
        item("OS/25/41", "MINUTES", ["The minutes of the meeting held on 12 November 2024 were confirmed."]),
        item("OS/25/42", "FOOD WASTE AND RECYCLING PERFORMANCE", [
            "The Executive Member presented the report on the joint waste service with North Herts. In 2023/24 the council recycled or composted 51.2 per cent of household waste, and food waste collections from flats had been extended to a further 1,600 flats in Bishop's Stortford.",
            "In Hertford, the share of households using their food caddy had risen to 47 per cent after a door knocking campaign in the summer.",
            "Councillor Buntingford asked why so many caddies went missing. The Head of Operations replied that most losses were from windy collection days and that crews had been told to put caddies back behind gates.",
        ]),
        item("OS/25/43", "ELECTRIC VEHICLE CHARGING", [
            "The committee scrutinised progress on public chargers. Twelve chargers had been installed at Northgate End car park in Bishop's Stortford and eight at Gascoyne Way car park in Hertford.",
            "Councillor Widford asked when the chargers promised for Ware would be installed. The Executive Member said the Ware scheme was waiting for the power company to upgrade the supply.",
        ]),
        item("OS/25/44", "WORK PROGRAMME", [
            "The committee agreed to add the Hertford Theatre business plan to its work programme for March 2025.",
        ]),
    ],
    closing=["The meeting closed at 8.40 pm", "Chairman ............", "Date ............"],
    header="East Herts Council - Overview and Scrutiny - 21.01.25",
    footer=["OFFICIAL"],
)

# 24 ----------------------------------------------------------------- Adur (txt)
doc(
    name="Adur_Council_Minutes_18_July_2024", form="txt",
    council="Adur District Council", stated="yes", committee="Full Council", date="2024-07-18",
    title_lines=["ADUR DISTRICT COUNCIL",
                 "Minutes of the meeting of Adur District Council held in the Council Chamber, Shoreham Centre, Pond Road, Shoreham-by-Sea",
                 "Thursday 18 July 2024 at 7.00 pm",
                 "",
                 "Chairman: Councillor Ursula Kingston"],
    attendance=[("Present:", "Councillors Bramber, Coombes, Erringham, Fishersgate, Lancing, Mashbury, Ricardo, Sompting, Southwick and Trumley."),
                ("Absent:", "Councillor Buckingham."),
                ("Officers:", "Chief Executive, Monitoring Officer, Director for Communities.")],
    items=[
        item("C/18/24", "Announcements", ["The Chairman thanked the volunteers who had run the Shoreham Beach clean up in June."]),
        item("C/19/24", "Questions from the public", [
            "Mr Desmond Yapton of Lancing asked whether the beach huts at Lancing Beach Green would be replaced. The Executive Member for Environment and Leisure, Councillor Hattie Sompting, replied that the 22 council beach huts at Lancing would be replaced with new timber huts over the winter, and that the current tenants would be offered the new huts at the same rent for the first year.",
            "Ms Priscilla Ferring asked why the footpath at Widewater Lagoon had been closed. Councillor Sompting said the path had been undermined by shingle moving in the winter storms and was unsafe.",
        ]),
        item("C/20/24", "Coastal Erosion at Widewater", [
            "The Council considered a motion from Councillor Ricardo about erosion of the shingle bank between Widewater and Shoreham Beach. The motion called for a study of erosion along that stretch.",
            "The Director for Communities said a coastal erosion study with the Environment Agency would start in the autumn and would report in the summer of 2025.",
            "The motion was proposed by Councillor Ricardo and seconded by Councillor Coombes. It was carried unanimously.",
        ]),
        item("C/21/24", "Shoreham Fort", [
            "The Council agreed to support a bid to the National Lottery Heritage Fund of £640,000 to repair the walls of Shoreham Fort, with the council contributing £60,000.",
        ]),
    ],
    closing=["", "The meeting ended at 9.02 pm", "Chairman"],
)
