"""The documents of bench/heldout39: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout39.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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


# --------------------------------------------------------------------------- 1 Walsall (mg-meeting)
doc(
    name="ieListDocuments_CId142_MId6821_Walsall_Cabinet", form="mg-meeting",
    council="Walsall Council", stated="yes", committee="Cabinet", date="2024-02-14",
    site=site("Walsall Council", "https://democracy.walsall.gov.uk", "Walsall Council, Civic Centre, Darwall Street, Walsall WS1 1TP",
              "© Walsall Council 2024", menu=["Home", "Your councillors", "Meetings", "Decisions", "Forward plans"]),
    heading="Agenda and minutes: Cabinet - Wednesday, 14th February, 2024 6.00 pm",
    venue="Council Chamber, Walsall Council House, Lichfield Street, Walsall WS1 1TW",
    contact="Helen Marsh, Democratic Services Officer, 01922 654765",
    items=[
        item("1.", "Apologies", ["Apologies were received from Councillor Hadley."]),
        item("2.", "Declarations of interest", ["Councillor Gorton declared a non-pecuniary interest in item 5 as a trustee of the Palfrey Community Association."]),
        item("3.", "Weekly food waste collection service", [
            "The Portfolio Holder for Clean and Green, Councillor Ashworth, presented the report, which set out how the council would meet the national requirement to collect food waste separately from every household.",
            "The report proposed that weekly food waste collections would begin across the borough on 6 April 2026, using a 23 litre kerbside caddy and a 5 litre kitchen caddy delivered to each household during February and March 2026.",
            "Eleven new narrow-body collection vehicles would be bought at a cost of £1.54 million, met from the capital transitional grant awarded by the Department for Environment, Food and Rural Affairs. The revenue cost of the crews, estimated at £1.1 million a year, was not yet confirmed by government and officers could not say how much of it the new burdens funding would cover until the settlement for 2026/27 was published.",
            "Councillor Bratt asked where the collected food waste would be taken. The Executive Director for Economy, Environment and Communities replied that a five year contract with Brownhills Bio Energy Ltd would take the waste to its anaerobic digestion plant at Pelsall, at a gate fee of £27 a tonne.",
            "Councillor Kimberley asked whether flats would be included. Officers explained that blocks of flats would receive communal 140 litre bins, and that 312 blocks had been surveyed so far.",
            "Resolved: (1) That weekly separate food waste collections be introduced from 6 April 2026. (2) That the purchase of eleven vehicles be approved. (3) That the contract with Brownhills Bio Energy Ltd be awarded.",
        ], links=[("Food waste report", "412 KB"), ("Appendix A - Vehicle specification", "188 KB")]),
        item("4.", "Walsall Arboretum lakeside café lease", [
            "Councillor Lanyon presented the report on the lease of the lakeside café at Walsall Arboretum, which had been empty since the previous operator left in August 2023.",
            "Four bids had been received. The highest scoring was from Greenleaf Kitchens CIC, which offered a rent of £18,500 a year for a ten year lease, a commitment to employ at least two apprentices from the borough, and free water refills for park visitors.",
            "Councillor Okafor asked whether the café would stay open in winter. Councillor Lanyon said that the lease required opening from 9am to 4pm every day of the year except Christmas Day.",
            "Resolved: That a ten year lease of the lakeside café be granted to Greenleaf Kitchens CIC.",
        ]),
        item("5.", "Palfrey community hub refurbishment", [
            "The Cabinet considered a proposal to refurbish the former Palfrey library building on Dale Street as a community hub with a food bank, advice surgeries and a youth space.",
            "The works, estimated at £640,000, would be funded from the Towns Fund (£410,000) and the council's own capital programme (£230,000). A condition survey carried out in November 2023 had found asbestos in the roof void and rotten timbers in the rear extension, and these had been included in the estimate.",
            "It was moved by Councillor Tranter, seconded by Councillor Lanyon, and resolved unanimously: That the refurbishment of the Palfrey community hub proceed, with works to start in June 2024.",
        ]),
    ],
)

# --------------------------------------------------------------------------- 2 Hillingdon (mg-meeting)
doc(
    name="ieListDocuments_CId113_MId7742_Hillingdon_Cabinet", form="mg-meeting",
    council="London Borough of Hillingdon", stated="yes", committee="Cabinet", date="2023-09-21",
    site=site("London Borough of Hillingdon", "https://modgov.hillingdon.gov.uk", "Civic Centre, High Street, Uxbridge UB8 1UW",
              "Copyright London Borough of Hillingdon"),
    heading="Agenda and minutes: Cabinet - Thursday 21 September 2023 7.00 pm",
    venue="Committee Room 6 - Civic Centre, High Street, Uxbridge",
    contact="Rachel Dunstan, Democratic Services, 01895 250470",
    items=[
        item("1", "Apologies for absence", ["There were no apologies for absence."]),
        item("2", "Minutes of the previous Cabinet meeting - 20 July 2023", ["RESOLVED: That the minutes be agreed as a correct record."]),
        item("3", "Ruislip Lido car park and beach improvements", [
            "The Cabinet Member for Property, Highways and Transport introduced the report on improvements at Ruislip Lido ahead of the 2024 summer season.",
            "The scheme would resurface the main car park off Reservoir Road, add 48 spaces on the overflow field using reinforced grass, replace the sand on the beach and install new signs about the dangers of open water swimming, which remained banned at the lido.",
            "The Cabinet Member reported that visitor numbers had reached 612,000 in 2022, nearly double the figure before the pandemic, and that cars parked on the verges of Reservoir Road on hot weekends had blocked bus route 331 on eleven occasions that summer.",
            "The contract for the works, valued at £1.26 million, would be awarded to Colne Valley Civils Ltd, which had submitted the most economically advantageous of five tenders.",
            "RESOLVED: That Cabinet approves the improvements at Ruislip Lido and awards the works contract to Colne Valley Civils Ltd.",
        ], links=[("Ruislip Lido report", "530 KB")]),
        item("4", "School streets programme - phase 3", [
            "The Cabinet Member for Residents' Services presented the third phase of the school streets programme, under which roads outside schools are closed to motor traffic at drop off and pick up times.",
            "Phase 3 would add seven schools, including Hillingdon Primary School on Uxbridge Road and Whitehall Infant School in Cowley. The closures would be enforced by camera, and residents and blue badge holders living within the zones would be able to apply for an exemption.",
            "The Leader asked what the trial schemes had shown. Officers said that the monitoring at the four phase 2 schools had recorded a fall in traffic during closure times of between 61 and 78 per cent, and that the share of pupils walking or cycling had risen at three of them.",
            "RESOLVED: That phase 3 of the school streets programme be approved, with camera enforcement from January 2024.",
        ]),
        item("5", "Hayes Town Centre public realm works", [
            "The Cabinet considered progress on the public realm works on Station Road and Botwell Lane in Hayes. The first stage, covering new paving, seating and 36 street trees, had been completed in June 2023, two weeks late because of a delay in delivering granite kerbs from the supplier.",
            "The second stage would widen the pavements outside Hayes and Harlington station and create a loading bay for the market stalls.",
            "RESOLVED: That the second stage be approved within the existing capital budget of £3.9 million.",
        ]),
    ],
)

# --------------------------------------------------------------------------- 3 Richmond upon Thames (mg-meeting)
doc(
    name="ieListDocuments_CId161_MId5583_Richmond_Planning", form="mg-meeting",
    council="London Borough of Richmond upon Thames", stated="yes", committee="Planning Committee", date="2024-06-12",
    site=site("London Borough of Richmond upon Thames", "https://cabnet.richmond.gov.uk", "Civic Centre, 44 York Street, Twickenham TW1 3BZ",
              "© London Borough of Richmond upon Thames", menu=["Home", "Councillors", "Committees", "Meetings", "Search documents"]),
    heading="Agenda and minutes: Planning Committee - Wednesday, 12th June, 2024 7.00 pm",
    venue="Council Chamber, York House, Richmond Road, Twickenham, TW1 3AA",
    contact="Eleanor Pryce, Committee Services, 020 8891 7153",
    items=[
        item("19.", "Declarations of interest", ["Councillor Fenwick declared that he lived in the same road as the objector to item 22 and left the room for that item."]),
        item("20.", "Former Twickenham riverside boathouse, Water Lane - 23/2214/FUL", [
            "The application sought permission to convert the former boathouse on Water Lane into a restaurant with four flats above, with a terrace facing the river.",
            "The Planning Officer explained that the building was not listed but lay within the Twickenham Riverside Conservation Area. The Environment Agency had withdrawn its objection after the applicant agreed to raise the ground floor by 300 millimetres above the 1 in 100 year flood level.",
            "A neighbour spoke against the application, raising noise from the terrace late at night. The applicant's agent, Ms Harriet Sowerby of Sowerby Planning, said the terrace would close at 10pm.",
            "Councillor Ashdown proposed a condition that the terrace close at 9pm on Sundays. This was accepted by the agent.",
            "The application was approved by 7 votes to 2, on the proposal of Councillor Ashdown, seconded by Councillor Mistry, subject to conditions and a section 106 agreement securing £42,000 towards riverside path maintenance.",
        ]),
        item("21.", "Land rear of 14-22 Sheen Lane, East Sheen - 24/0318/FUL", [
            "The application proposed three two storey houses on garages behind Sheen Lane. The officer recommendation was refusal on the grounds of the loss of light to the gardens of 16 and 18 Sheen Lane and the poor access for refuse vehicles.",
            "Councillor Colville moved refusal and Councillor Mistry seconded. Permission was refused unanimously.",
        ]),
        item("22.", "Public toilets, Old Deer Park car park, Richmond - 24/0771/FUL", [
            "The council's own application proposed replacing the 1970s public toilet block at the Old Deer Park car park with a new building containing four unisex cubicles, a Changing Places toilet with a hoist and a baby change room.",
            "The Head of Parks said the existing block had been closed since March 2024 after a survey found the drains had collapsed, and that temporary toilets would remain on site until the new building opened in spring 2025.",
            "Members asked whether there would be a charge. The Head of Parks said that entry would be free, as in all the council's park toilets.",
            "The application was approved without a vote being called, subject to the standard time limit and materials conditions.",
        ]),
        item("23.", "Hampton Hill High Street shopfront - 24/0902/ADV", [
            "This item was withdrawn by the applicant before the meeting.",
        ]),
    ],
)

# --------------------------------------------------------------------------- 4 St Helens (mg-meeting)
doc(
    name="ieListDocuments_CId128_MId4490_StHelens_Cabinet", form="mg-meeting",
    council="St Helens Borough Council", stated="yes", committee="Cabinet", date="2023-11-08",
    site=site("St Helens Borough Council", "https://moderngov.sthelens.gov.uk", "Town Hall, Victoria Square, St Helens WA10 1HP",
              "© St Helens Borough Council"),
    heading="Agenda and minutes: Cabinet - Wednesday, 8th November, 2023 5.00 pm",
    venue="Council Chamber, Town Hall, Victoria Square, St Helens",
    contact="Jenny Ormerod, Democratic Services, 01744 673219",
    items=[
        item("54", "Minutes", ["The minutes of the meeting held on 11 October 2023 were agreed."]),
        item("55", "Food waste collection and the recycling contract", [
            "The Cabinet Member for Environment and Waste introduced the report. The council would start weekly food waste collections in October 2025, six months before the national deadline, because the council's residual waste treatment contract with Merseyside Recycling Partnership ended that month and a new contract could be let for lower tonnages.",
            "Households would be given a grey kerbside caddy and a roll of 52 compostable liners a year, paid for by the council.",
            "Councillor Prescott asked how much residual waste would be saved. The Assistant Director for Environmental Services replied that food made up about a third of the average grey bin by weight and that the council expected to divert 7,800 tonnes a year.",
            "RESOLVED: That weekly food waste collections start in October 2025 and that the procurement of caddies and liners be approved.",
        ]),
        item("56", "Sherdley Park visitor centre", [
            "The Cabinet considered the future of the visitor centre at Sherdley Park, which had closed in 2020. The Cabinet Member for Leisure reported that a feasibility study into a café, toilets and an outdoor learning space would be commissioned in the new year, and that no decision about the building's future would be made until the study reported.",
            "Councillor Holroyd asked whether the building might be sold. The Cabinet Member said that disposal was one of the options the study would consider, but that the council wanted to keep a public use on the site.",
            "RESOLVED: That a feasibility study into the future of the Sherdley Park visitor centre be commissioned, with a budget of up to £35,000.",
        ]),
        item("57", "Rainford Road resurfacing and the winter maintenance plan", [
            "The Cabinet noted the winter maintenance plan for 2023/24, which would see 21 priority routes gritted whenever road surface temperatures were forecast to fall below 1 degree. The salt barn at Sutton Road held 6,200 tonnes at the start of November.",
            "Councillor Latham asked when Rainford Road would be resurfaced. The Cabinet Member said the section between Windle Island and Crank Road was programmed for the spring of 2024 at a cost of £480,000.",
            "RESOLVED: That the winter maintenance plan be noted.",
        ]),
    ],
)

# --------------------------------------------------------------------------- 5 Watford (mg-meeting)
doc(
    name="ieListDocuments_CId183_MId3377_Watford_Cabinet", form="mg-meeting",
    council="Watford Borough Council", stated="yes", committee="Cabinet", date="2024-09-09",
    site=site("Watford Borough Council", "https://watford.moderngov.co.uk", "Town Hall, Hempstead Road, Watford WD17 3EX",
              "© Watford Borough Council 2024", menu=["Home", "Your councillors", "Meetings", "Decisions", "Petitions"]),
    heading="Agenda and decisions: Cabinet - Monday, 9th September, 2024 7.00 pm",
    page_title="Agenda and decisions",
    outcome_label="Minutes:",
    venue="Town Hall, Watford",
    contact="Alison Kerrigan, Democratic Services Manager, 01923 278376",
    items=[
        item("22.", "Conflicts of interest", ["There were no conflicts of interest."]),
        item("23.", "Electric vehicle charging in council car parks", [
            "The Portfolio Holder for Climate Change and Sustainability introduced the report, which proposed 64 new electric vehicle charging points across five council car parks, including 18 at the Church car park and 12 at the Sainsbury's Gyratory car park in Watford town centre.",
            "The charge points would be installed and run by VoltPark UK Ltd under a fifteen year concession. The company would bear the whole cost of installation, estimated at £820,000, and would pay the council 12 per cent of the income from each charger.",
            "Councillor Dhaliwal asked whether residents without driveways would get a discount for overnight charging. The Portfolio Holder replied that a resident's overnight tariff had been discussed with VoltPark but that the price had not yet been agreed, and that it would be set out in the concession agreement later in the year.",
        ], decision=["Cabinet agreed to award a fifteen year concession for electric vehicle charging in five council car parks to VoltPark UK Ltd."]),
        item("24.", "Watford Market stall rents", [
            "The Cabinet received a report on the rents charged to traders in Watford Market on Charter Place. Occupancy had fallen to 41 of 58 units, and a survey of traders in June 2024 had found that rent was the main concern of 27 of the 35 traders who replied.",
            "Councillor Ferrars proposed a six month rent reduction of 25 per cent for all units let before 1 October 2024, and a free first three months for new traders. Councillor Okonjo seconded.",
        ], decision=["Cabinet agreed a rent reduction of 25 per cent for six months for existing traders and three months rent free for new traders."]),
        item("25.", "Cassiobury Park paddling pools", [
            "The Cabinet noted that the paddling pools in Cassiobury Park had opened for 74 days in the summer of 2024 and had received an estimated 96,000 visits. A leak under the larger pool had closed it for nine days in July.",
            "Officers reported that the pool's filtration plant, installed in 2013, was reaching the end of its life and would need replacement within three years.",
        ], decision=["Cabinet noted the report."]),
    ],
)

# --------------------------------------------------------------------------- 6 North Northamptonshire (mg-meeting)
doc(
    name="ieListDocuments_CId140_MId1922_NorthNorthants_Executive", form="mg-meeting",
    council="North Northamptonshire Council", stated="yes", committee="Executive", date="2023-07-20",
    site=site("North Northamptonshire Council", "https://northnorthants.moderngov.co.uk", "Corby Cube, George Street, Corby NN17 1QG",
              "© North Northamptonshire Council"),
    heading="Agenda and minutes: Executive - Thursday 20th July 2023 10.00 am",
    venue="Council Chamber, Swanspool House, Doddington Road, Wellingborough, NN8 1BP",
    contact="Ben Sutcliffe, Democratic Services Officer",
    items=[
        item("110", "Apologies for non-attendance", ["Apologies were received from Councillor Harriet Lowther."]),
        item("111", "Highway drainage and flooding review", [
            "The Executive Member for Highways, Travel and Assets presented the review of highway drainage carried out after the flooding of December 2022, when 164 homes in Kettering, Burton Latimer and Raunds reported water entering their properties.",
            "The review had found that 38 per cent of the gullies inspected on the flooded roads were more than half full of silt, and that the cleansing cycle of once every three years was not enough on roads where trees shed leaves into the drains.",
            "The report recommended moving to an annual cleanse on 212 roads identified as at high risk, and buying a second jetting vehicle. The annual cleanse alone would add £275,000 a year to the cost of highway maintenance.",
            "Councillor Corrigan asked who would pay for work on private culverts. The Executive Member said that owners of land next to a watercourse remained responsible for keeping culverts clear, and that the council would write to 96 landowners to remind them.",
            "RESOLVED that the Executive approved the annual cleansing of gullies on the high risk roads and the purchase of a second jetting vehicle.",
        ]),
        item("112", "Corby Pool and the leisure contract", [
            "The Executive considered a report on extending the leisure management contract with Lexington Active Leisure Trust for two years. The trust ran Corby International Pool, Kettering Swimming Pool and Lodge Park Sports Centre.",
            "Councillor Elmhirst asked how many people had used the pools. The Executive Member for Leisure said the three sites had recorded 1.3 million visits in 2022/23, and that the trust had agreed to reduce its management fee by £90,000 in each year of the extension.",
            "RESOLVED that the contract be extended to 31 March 2026.",
        ]),
        item("113", "Rushden Lakes bus service", [
            "The Executive agreed to support the 50 bus between Wellingborough and Rushden Lakes for a further year at a cost of £68,000, after the operator gave notice that it would withdraw the Sunday journeys.",
            "RESOLVED that the subsidy be approved for the Sunday service only.",
        ]),
    ],
)

# --------------------------------------------------------------------------- 7 Buckinghamshire (mg-item)
doc(
    name="mgAi_ID61205_Buckinghamshire_Communities_Select", form="mg-item",
    council="Buckinghamshire Council", stated="yes", committee="Communities and Localism Select Committee", date="2024-03-07",
    site=site("Buckinghamshire Council", "https://buckinghamshire.moderngov.co.uk", "The Gateway, Gatehouse Road, Aylesbury HP19 8FF",
              "© Buckinghamshire Council", breadcrumb=["Home", "Meetings", "Communities and Localism Select Committee", "Agenda item"]),
    meeting_line="07/03/2024 - Communities and Localism Select Committee (Item 6)",
    items=[item("6", "Community Boards: annual review of funding 2023/24", [
        "The Cabinet Member for Communities, Councillor Nadia Rahman, introduced the annual review of the sixteen community boards, which had each been given a budget for local projects. The Service Director for Localism took the committee through the main findings.",
        "Across the county the boards had approved 412 grants in 2023/24, worth £2.38 million in total. The largest single award was £60,000 to the Chesham Youth Centre Trust towards a new roof and kitchen at the youth centre on Chartridge Lane.",
        "The Chesham and villages board had awarded £184,000 to 31 projects, and the Aylesbury town board £211,000 to 27 projects, the highest totals in the county. Officers noted that the boards in the rural north of the county had found it harder to attract applications.",
        "A member asked whether community groups had found the application process too complicated. The Service Director replied that a survey of 160 applicants in December 2023 had found that 71 per cent rated the process as easy or very easy, but that several groups had asked for a shorter form for grants under £1,000, which would be introduced from April 2024.",
        "Councillor Penrose asked why some boards had underspent. The Cabinet Member said that £318,000 had been carried forward, mostly because larger projects such as play area replacements had been delayed by planning and supply problems rather than a lack of demand.",
        "The Chairman thanked the officers and the committee agreed to recommend to the Cabinet that the boards be asked to publish a list of every grant awarded on the council's website each quarter.",
        "RESOLVED: That the report be noted and the recommendation on publishing grant awards be sent to the Cabinet.",
    ], intro="The committee received a report reviewing the first full year of the community boards' funding.",
        links=[("Community Boards annual review", "1 MB"), ("Appendix 1 - Grants by board", "240 KB")])],
)

# --------------------------------------------------------------------------- 8 Gosport (mg-item)
doc(
    name="mgAi_ID22870_Gosport_Community_Board", form="mg-item",
    council="Gosport Borough Council", stated="yes", committee="Community Board", date="2023-10-11",
    site=site("Gosport Borough Council", "https://democracy.gosport.gov.uk", "Town Hall, High Street, Gosport PO12 1EB",
              "© Gosport Borough Council", breadcrumb=["Home", "Meetings", "Community Board", "Agenda item"]),
    meeting_line="11/10/2023 - Community Board (Item 8)",
    items=[item("8", "Dog control and dog fouling: proposed Public Spaces Protection Order", [
        "The Head of Streetscene presented the report. The existing dog control orders, made in 2014, would lapse in March 2024 and the council needed to decide whether to replace them with a Public Spaces Protection Order covering the whole borough.",
        "The draft order would require anyone in charge of a dog to pick up after it anywhere in Gosport, to keep dogs on a lead in Walpole Park and the Ferry Gardens, and would exclude dogs from children's play areas and from the beach at Stokes Bay west of the Diving Museum between 1 May and 30 September.",
        "Complaints about dog fouling had risen from 212 in 2021 to 348 in 2022. The Head of Streetscene said that the worst areas reported were Alver Valley Country Park and the footpaths around Bury Road.",
        "The Board was told that a public consultation on the draft order would open on 1 November 2023 and run for eight weeks, and that the responses would be reported to the Board in February 2024 before any order was made.",
        "Councillor Trevelyan asked whether the fixed penalty would rise. The Head of Streetscene said that the draft order proposed keeping the fixed penalty at £100, reduced to £75 if paid within ten days.",
        "Councillor Mabey proposed that the draft order go to consultation, and Councillor Quennell seconded. The Board agreed unanimously.",
        "RESOLVED: That the draft Public Spaces Protection Order be approved for public consultation.",
    ], links=[("Report - Dog Control PSPO", "355 KB"), ("Draft order and maps", "2 MB")])],
)

# --------------------------------------------------------------------------- 9 Doncaster (mg-decision)
doc(
    name="ieDecisionDetails_ID5517_Doncaster_Bentley_Flood", form="mg-decision",
    council="City of Doncaster Council", stated="yes", committee="Cabinet", date="2024-01-17",
    site=site("City of Doncaster Council", "https://doncaster.moderngov.co.uk", "Civic Office, Waterdale, Doncaster DN1 3BU",
              "© City of Doncaster Council", menu=["Home", "Councillors", "Meetings", "Decisions", "Forward Plan", "Search"]),
    decision_title="Decision details: Bentley and Toll Bar flood alleviation scheme - outline business case",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key Decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To approve the outline business case for a flood alleviation scheme protecting homes in Bentley and Toll Bar, and to agree the council's contribution."]),
        ("Decision:", [
            "Cabinet approved the outline business case for the Bentley and Toll Bar flood alleviation scheme and agreed a council contribution of £2.2 million towards a total estimated cost of £14.6 million.",
            "The remainder would be met by Flood Defence Grant in Aid (£10.1 million), the Regional Flood and Coastal Committee's local levy (£1.5 million) and a contribution of £800,000 from Yorkshire Water.",
            "The scheme would raise 3.1 kilometres of the embankment along the Ea Beck, build a new pumping station at Toll Bar and replace the culvert under Askern Road, protecting 1,240 homes that flooded or were cut off in November 2019.",
        ]),
        ("Reasons:", [
            "The flooding of November 2019 affected over 500 properties in Bentley and Toll Bar. Modelling by the council's consultants, Deane Hydraulics, showed that without further works the risk of flooding would rise from 1 in 20 to 1 in 12 in any year by 2050.",
            "Cabinet was told that the start date for construction had not been fixed, because it depended on the Environment Agency's approval of the full business case and on the land needed for the pumping station being acquired; officers would report a programme once both were in place.",
        ]),
        ("Alternative options considered:", [
            "Doing nothing was rejected because of the rising risk. A smaller scheme raising only the Ea Beck embankment was considered, but the modelling showed that it would leave 410 homes in Toll Bar at high risk.",
        ]),
    ],
    tail=[("Publication date:", "19/01/2024"), ("Date of decision:", "17/01/2024"),
          ("Effective from:", "27/01/2024"), ("Decided at meeting:", "17/01/2024 - Cabinet")],
    links=[("Bentley and Toll Bar flood scheme - Cabinet report", "1 MB")],
)

# --------------------------------------------------------------------------- 10 Eastbourne (mg-decision)
doc(
    name="ieDecisionDetails_ID3981_Eastbourne_Seafront_PSPO", form="mg-decision",
    council="Eastbourne Borough Council", stated="yes", committee="Cabinet", date="2023-12-06",
    site=site("Eastbourne Borough Council", "https://democracy.lewes-eastbourne.gov.uk", "1 Grove Road, Eastbourne BN21 4TW",
              "© Eastbourne Borough Council", menu=["Home", "Councillors", "Meetings", "Decisions", "Forward plan"]),
    decision_title="Decision details: Renewal of the seafront Public Spaces Protection Order and seafront toilets",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key Decision?:", "No"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To renew the Public Spaces Protection Order covering dogs on the seafront and beaches, and to agree longer opening hours for the seafront public toilets."]),
        ("Decision:", [
            "Cabinet renewed the seafront Public Spaces Protection Order for three years from 1 January 2024. Dogs would continue to be excluded from the beach between the Wish Tower and the Pier from 1 May to 30 September, and owners would have to clear up after their dogs on the promenade and in the Redoubt Gardens.",
            "Cabinet also agreed that the public toilets at Holywell, the Wish Tower and Fisherman's Green would open until 8pm from April to September, instead of 6pm, at an additional cost of £21,000 a year.",
        ]),
        ("Reasons:", [
            "The consultation on the renewal, held in September and October 2023, received 1,136 responses. Of these, 74 per cent supported keeping the summer exclusion of dogs from the central beach, and 88 per cent supported the requirement to clear up after dogs.",
            "The later toilet opening hours responded to complaints from seafront businesses and from the Eastbourne Hospitality Association about visitors being left without toilets on summer evenings.",
        ]),
        ("Alternative options considered:", [
            "Extending the dog exclusion to the beach at Holywell was considered and rejected, as 61 per cent of those responding from the Meads area opposed it.",
        ]),
    ],
    tail=[("Publication date:", "08/12/2023"), ("Date of decision:", "06/12/2023"),
          ("Effective from:", "16/12/2023"), ("Decided at meeting:", "06/12/2023 - Cabinet")],
    links=[("Seafront PSPO report and consultation results", "780 KB")],
)

# --------------------------------------------------------------------------- 11 Ards and North Down (pdf-minutes)
doc(
    name="AND_Place_Prosperity_Committee_03042024", form="pdf-minutes",
    council="Ards and North Down Borough Council", stated="yes", committee="Place and Prosperity Committee", date="2024-04-03",
    pdf_title="Place and Prosperity Committee Minutes 03.04.2024", pdf_author="Democratic Services",
    logo="Ards and North Down Borough Council",
    title_lines=["ARDS AND NORTH DOWN BOROUGH COUNCIL",
                 "A meeting of the Place and Prosperity Committee was held in the Council Chamber, Church Street, Newtownards and via Zoom, on Wednesday 3 April 2024 at 7.00 pm."],
    attendance=[("PRESENT:", "In the Chair: Alderman Dunwoody. Aldermen: Hanna, Orr. Councillors: Bailie, Spence, Patton, Crothers, Blair, Gracey, Heron, Mawhinney."),
                ("In Attendance:", "Director of Prosperity (S Lyttle), Head of Economic Development (C Toner), Greenways Officer (L Coey) and Democratic Services Officer (J Keenan).")],
    items=[
        {"num": "1.", "title": "APOLOGIES", "body": ["Apologies were received from Councillor Shields."]},
        {"num": "2.", "title": "DECLARATIONS OF INTEREST", "body": ["Councillor Crothers declared an interest in item 5 as a member of the Donaghadee Harbour Users Group."]},
        {"num": "3.", "title": "COMBER TO NEWTOWNARDS GREENWAY: PROGRESS REPORT", "body": [
            "PREVIOUSLY CIRCULATED: Report from the Director of Prosperity on the Comber to Newtownards Greenway.",
            "The Greenways Officer reported that the 5.8 kilometre route, which would follow the line of the old railway from Comber to the Portaferry Road in Newtownards, had received planning approval in January 2024. The Department for Infrastructure would meet 90 per cent of the cost of £4.3 million from its Active Travel programme, with the Council paying the remaining 10 per cent.",
            "Land agreements had been signed with 14 of the 17 landowners along the route. The three outstanding agreements concerned land at Ballyrickard, and the Council was in discussion with the owners about access for their farm machinery.",
            "In response to a question from Councillor Spence, the Greenways Officer said that the counter on the Bangor to Helen's Bay coastal path had recorded 212,000 trips in 2023, which showed the demand for safe walking and cycling routes in the Borough.",
            "Councillor Blair asked whether the route would be lit. The officer replied that low level solar studs would be used along the rural sections, rather than lamp posts, to protect bats.",
            "RECOMMENDED, on the proposal of Councillor Spence, seconded by Alderman Orr, that the report be noted and that the Council proceed to tender the construction contract.",
        ]},
        {"num": "4.", "title": "BANGOR MARINA: BERTHING CHARGES 2024/25", "body": [
            "The Head of Economic Development reported that berthing charges at Bangor Marina would rise by 6 per cent from 1 May 2024, the first rise in two years. Annual berth holders would pay £412 per metre of boat length.",
            "Councillor Heron asked how many berths were empty. The officer said that 41 of the 570 berths were unoccupied, mostly those for boats over 12 metres.",
            "Councillor Heron proposed, seconded by Councillor Mawhinney, that the rise be limited to 4 per cent. On a vote being taken, 4 voted for the proposal and 8 against, and the proposal fell.",
            "RECOMMENDED, on the proposal of Alderman Hanna, seconded by Councillor Patton, that the 6 per cent increase be approved.",
        ]},
        {"num": "5.", "title": "DONAGHADEE HARBOUR: SLIPWAY REPAIRS", "body": [
            "The Committee was informed that the slipway at Donaghadee Harbour had been closed since a storm in November 2023 damaged the lower section. Repairs costing £96,000 would be carried out by Mourne Marine Civils Ltd in May 2024, at low tide, over four weeks.",
            "RECOMMENDED, on the proposal of Councillor Crothers, seconded by Councillor Bailie, that the repairs be approved.",
        ]},
    ],
    closing=["Termination of meeting: The meeting terminated at 8.41 pm."],
    header="Place and Prosperity Committee 03.04.2024", header_right="PP.03.04.24",
    footer=["Page {n} of {total}"],
)

# --------------------------------------------------------------------------- 12 Fermanagh and Omagh (pdf-minutes)
doc(
    name="FODC_Regeneration_Community_Minutes_May2023", form="pdf-minutes",
    council="Fermanagh and Omagh District Council", stated="yes", committee="Regeneration and Community Committee", date="2023-05-09",
    pdf_title="Regeneration and Community Committee - 9 May 2023", pdf_author="Fermanagh and Omagh DC",
    title_lines=["Fermanagh and Omagh District Council",
                 "Minutes of the meeting of the Regeneration and Community Committee held in the Chamber, The Grange, Mountjoy Road, Omagh on Tuesday 9 May 2023 at 6.30 pm"],
    attendance=[("Members Present:", "Councillors S Maguire (Chair), J Breen, A Gormley, R Elliott, B Monaghan, J Tierney, E Cassidy, S Leonard, D Noble and H Armstrong."),
                ("Officers in Attendance:", "Director of Regeneration and Planning, Head of Community Services, Head of Leisure, Committee Officer.")],
    items=[
        {"num": "RC40/23", "title": "Apologies", "body": ["Apologies were received from Councillor Keys."]},
        {"num": "RC41/23", "title": "Omagh to Fintona Greenway", "body": [
            "The Director of Regeneration and Planning presented a report on the proposed greenway from Omagh to Fintona along the route of the former Great Northern Railway, a distance of about 12 kilometres.",
            "The Council had been offered £180,000 from the Department for Infrastructure to prepare the detailed design. The Director said that the design work would be carried out by Lurgan Engineering Partnership and would take about fourteen months.",
            "Councillor Armstrong asked whether the route would pass through Dromore. The Director replied that it would not, but that a spur to Dromore might be considered at a later phase.",
            "Proposed by Councillor Elliott, seconded by Councillor Tierney, and RESOLVED that the Council accept the offer of funding and appoint Lurgan Engineering Partnership to prepare the detailed design.",
        ]},
        {"num": "RC42/23", "title": "Strule Arts Centre: Roof Leaks", "body": [
            "The Head of Community Services reported that water had come through the roof of the main auditorium at the Strule Arts Centre on six occasions since January, and that two performances had been cancelled in March.",
            "An independent condition survey of the whole roof would be commissioned in June and was expected to report in September. Until then, temporary repairs costing £8,400 had been made to the flashings above the auditorium, and buckets were no longer needed during performances.",
            "Councillor Monaghan asked whether the building was still under guarantee. The Head of Community Services said the roof guarantee had expired in 2017.",
            "RESOLVED that the report be noted and that a further report be brought back when the survey has been completed.",
        ]},
        {"num": "RC43/23", "title": "Enniskillen Summer Events Programme", "body": [
            "The Committee considered the programme for the summer in Enniskillen, including the Lakeland Forum fun day on 8 July, the Castle Coole picnic concert on 22 July and the Enniskillen riverside festival from 18 to 20 August.",
            "The Head of Leisure reported that the budget for the programme was £126,000, of which £40,000 would come from sponsorship secured by the Council with Erne Valley Foods.",
            "Councillor Cassidy asked whether there would be a shuttle bus for the Castle Coole concert. The Head of Leisure said a free bus would run every twenty minutes from the Fairgreen car park.",
            "Proposed by Councillor Cassidy, seconded by Councillor Breen, and RESOLVED that the programme be approved.",
        ]},
    ],
    closing=["The meeting ended at 7.52 pm.", "Chairperson ____________________   Date ____________"],
    header="Regeneration and Community Committee - 9 May 2023",
    footer=["Page {n}"],
)

# --------------------------------------------------------------------------- 13 Lisburn and Castlereagh (pdf-minutes)
doc(
    name="LCCC_Planning_Committee_Minutes_05082024", form="pdf-minutes",
    council="Lisburn and Castlereagh City Council", stated="yes", committee="Planning Committee", date="2024-08-05",
    pdf_title="Planning Committee 5 August 2024 Minutes", pdf_author="LCCC Member Services",
    logo="Lisburn & Castlereagh City Council",
    title_lines=["LISBURN AND CASTLEREAGH CITY COUNCIL",
                 "Minutes of the Meeting of the Planning Committee held in the Council Chamber and in Remote Locations on Monday, 5 August 2024 at 10.00 am"],
    attendance=[("PRESENT:", "Alderman J Lowry (Chair), Councillor U Doran (Vice Chair), Aldermen D Beattie and M Hewitt, Councillors D Carlisle, P Fegan, D J Ferris, A Kirkpatrick, G Waddell and N Morrow."),
                ("IN ATTENDANCE:", "Head of Planning and Capital Development, Principal Planning Officer (RH), Senior Planning Officer (PMcF), Legal Advisor (Ms S Greer), Member Services Officer.")],
    items=[
        {"num": "1.", "title": "Apologies", "body": ["There were no apologies."]},
        {"num": "2.", "title": "Declarations of Interest", "body": ["Councillor Fegan declared an interest in item 3.3 as he had been lobbied by the applicant and he left the meeting for that item."]},
        {"num": "3.1", "title": "Application LA05/2023/0612/F: 46 dwellings, lands south of Ballymacash Road, Lisburn", "body": [
            "The Principal Planning Officer presented the report with a recommendation to approve. The development would include 9 affordable homes and a new footway along Ballymacash Road to the bus stop at Knockmore.",
            "Mr P Hamill spoke against the application on behalf of residents of Woodland Park, who were concerned about traffic at the junction with the Prince William Road. DfI Roads had not objected, subject to a right turn lane being provided.",
            "Councillor Kirkpatrick proposed, and Councillor Ferris seconded, that the application be approved. On a vote being taken, there were 7 votes in favour and 3 against and the application was approved.",
        ]},
        {"num": "3.2", "title": "Application LA05/2022/1147/O: Leisure building and car park, Lagan Valley Regional Park, Drumbeg", "body": [
            "The Senior Planning Officer presented the report with a recommendation to refuse, as the building would be harmful to the open character of the Lagan Valley Regional Park.",
            "Members discussed the proposal at length. Alderman Hewitt proposed that the application be deferred to allow a site visit, and this was seconded by Councillor Morrow. The deferral was agreed unanimously.",
            "The Chair said that the site visit would be arranged by Member Services, but that it was not yet known when the application would return to the Committee, as this would depend on when the applicant could supply the revised landscaping plan requested by members.",
        ]},
        {"num": "3.3", "title": "Application LA05/2024/0088/F: Change of use to hot food takeaway, 12 Main Street, Moira", "body": [
            "The Principal Planning Officer presented the report with a recommendation to approve, subject to a condition that the premises close at 11pm.",
            "Councillor Carlisle asked about the smell of cooking affecting flats above. The officer said a condition required an extraction system to be fitted before opening.",
            "The application was approved, without a vote being required, as recommended.",
        ]},
        {"num": "4.", "title": "Appeal Decisions", "body": [
            "The Committee noted that the Planning Appeals Commission had dismissed the appeal against the refusal of a wind turbine at Ballyskeagh Road, Drumbo.",
        ]},
    ],
    closing=["There being no further business the Chair thanked everyone for attending and the meeting concluded at 12.35 pm.", "Chair"],
    header="Planning Committee 5 August 2024",
    footer=["- {n} -"],
)

# --------------------------------------------------------------------------- 14 Mid and East Antrim (pdf-minutes)
doc(
    name="MEABC_Borough_Growth_Committee_Minutes_13Jan2025", form="pdf-minutes",
    council="Mid and East Antrim Borough Council", stated="yes", committee="Borough Growth Committee", date="2025-01-13",
    pdf_title="Borough Growth Committee Minutes 13 January 2025", pdf_author="Mid and East Antrim Borough Council",
    title_lines=["MID AND EAST ANTRIM BOROUGH COUNCIL",
                 "BOROUGH GROWTH COMMITTEE",
                 "Minutes of the Borough Growth Committee held in the Council Chamber, The Braid, Ballymena on Monday 13 January 2025 at 7.00 pm"],
    attendance=[("In the Chair:", "Councillor A Crawford"),
                ("Members Present:", "Aldermen W Hume, N Adair and S Moffett; Councillors B Rankin, R Simms, M Brennan, J Stirling, P Fleming and L Millar."),
                ("Officers Present:", "Director of Place, Head of Tourism and Town Centres, Head of Economic Development, Democratic Services Officer.")],
    items=[
        {"num": "BG1/25", "title": "Apologies", "body": ["There were apologies from Councillor Dobbin."]},
        {"num": "BG2/25", "title": "Carnlough Harbour Public Toilets", "body": [
            "The Head of Tourism and Town Centres reported on the replacement of the public toilets at Carnlough Harbour, which had been closed in October 2024 after repeated vandalism.",
            "A new block with three cubicles, an accessible toilet and an outdoor shower for sea swimmers would be built on the same site at a cost of £265,000, funded from the Council's capital programme. The contract had been awarded to Glens Building Contractors Ltd and the block was due to open by Easter 2025.",
            "Councillor Stirling asked whether the toilets would be open at night. The officer said they would open from 7am to 9pm in the summer and from 8am to 6pm in the winter, with automatic locking doors.",
            "Proposed by Councillor Stirling, seconded by Alderman Adair and AGREED that the report be noted.",
        ]},
        {"num": "BG3/25", "title": "Ballymena Town Centre Footfall", "body": [
            "The Head of Tourism and Town Centres presented footfall figures for Ballymena, Larne and Carrickfergus town centres for the Christmas period. Footfall in Ballymena between 1 and 24 December 2024 was 6 per cent higher than the previous year, which the officer linked to the free parking on Saturdays in council car parks.",
            "Alderman S Moffett asked whether the free Saturday parking would continue. The Director of Place said the scheme cost the Council about £3,200 each Saturday in lost income and would be reviewed in the budget process.",
            "Proposed by Alderman S Moffett, seconded by Councillor Rankin and AGREED that free parking on Saturdays continue until 31 March 2025.",
        ]},
        {"num": "BG4/25", "title": "Larne Market Yard Business Units", "body": [
            "The Head of Economic Development reported that eight new business units had been completed at the Market Yard in Larne. Six had been let, including two to food businesses, and the rent was £9.50 per square foot for the first year.",
            "Councillor Simms asked how long the leases were. The officer said that they were for three years with a break clause after the first year, to suit small firms.",
            "AGREED that the report be noted.",
        ]},
    ],
    closing=["There being no further business the Chair thanked everyone for their attendance and the meeting concluded at 8.22 pm.", "________________ Chair"],
    header="MID AND EAST ANTRIM BOROUGH COUNCIL - BOROUGH GROWTH COMMITTEE - 13 JANUARY 2025",
    footer=["Page {n} of {total}"],
)

# --------------------------------------------------------------------------- 15 Burnley (pdf-minutes)
doc(
    name="Burnley_Executive_Minutes_161024", form="pdf-minutes",
    council="Burnley Borough Council", stated="yes", committee="Executive", date="2024-10-16",
    pdf_title="Executive Minutes 16 October 2024", pdf_author="Burnley Borough Council",
    title_lines=["BURNLEY BOROUGH COUNCIL", "EXECUTIVE",
                 "BURNLEY TOWN HALL", "Wednesday, 16th October, 2024 at 6.30 pm"],
    attendance=[("PRESENT", "MEMBERS: Councillors Tariq Mahmood (Chair), Sue Halstead, Howard Pickup, Margaret Thornber, Imran Shafiq and Nadeem Aslam."),
                ("OFFICERS", "Helen Ashby, Chief Executive; Graham Cowpe, Head of Finance; Simon Riding, Head of Green Spaces and Amenities; Carol Whittam, Democracy Officer.")],
    items=[
        {"num": "41.", "title": "Minutes", "body": ["The minutes of the meeting held on 18 September 2024 were approved as a correct record and signed by the Chair."]},
        {"num": "42.", "title": "St Peter's Leisure Centre: Pool Hall Roof and Swimming Pool Closure", "body": [
            "Purpose: To update the Executive on the closure of the main swimming pool at St Peter's Leisure Centre and to seek approval for the replacement of the pool hall roof.",
            "Reasons for decision: An inspection by structural engineers Pennine Structures in August 2024 found that some of the timber roof beams above the main pool had been weakened by damp and chlorine, and the pool hall was closed on safety grounds on 2 September 2024. The learner pool and the gym were not affected and remained open.",
            "The replacement of the roof was estimated to cost £1.9 million and would take about seven months, with the main pool expected to reopen in June 2025. Swimming lessons for schools had been moved to Padiham Leisure Centre, and Burnley Leisure and Culture had laid on a free minibus for pupils.",
            "Councillor Thornber asked whether members of the public whose memberships included swimming would be compensated. The Chief Executive said that Burnley Leisure and Culture had frozen the swimming part of memberships and that members could use Padiham Leisure Centre pool at no extra cost.",
            "Decision: (1) That the replacement of the pool hall roof be approved at a cost of up to £1.9 million, funded by prudential borrowing. (2) That the Head of Finance be authorised to add the scheme to the capital programme.",
        ]},
        {"num": "43.", "title": "Towneley Park Events Field Drainage", "body": [
            "Purpose: To approve drainage works to the events field at Towneley Park.",
            "Reasons for decision: The field had been waterlogged during the summer and two events had been moved. Drainage works costing £148,000 would be carried out by Ribble Groundcare Ltd in the spring of 2025, with £60,000 coming from the Towneley Hall events reserve.",
            "Decision: That the drainage works be approved.",
        ]},
        {"num": "44.", "title": "Burnley Market Hall Rents", "body": [
            "Purpose: To agree the rents for the new Burnley Market Hall stalls for 2025/26.",
            "Reasons for decision: 32 of the 38 stalls in the new market hall were let. The Executive was told that rents would be held at the 2024/25 level for a further year to support traders while the Pioneer Place development opened around the hall.",
            "Decision: That market hall rents for 2025/26 be frozen at the 2024/25 level.",
        ]},
    ],
    closing=["The meeting closed at 7.40 pm."],
    header="Executive 16/10/2024", header_right="Minutes 41 - 44",
    footer=["Page {n} of {total}"],
)

# --------------------------------------------------------------------------- 16 Malvern Hills (pdf-minutes)
doc(
    name="MHDC_Executive_Committee_27_June_2023", form="pdf-minutes",
    council="Malvern Hills District Council", stated="yes", committee="Executive Committee", date="2023-06-27",
    pdf_title="Executive Committee 27 June 2023", pdf_author="Malvern Hills District Council",
    logo="MALVERN HILLS DISTRICT COUNCIL",
    title_lines=["EXECUTIVE COMMITTEE",
                 "Minutes of a meeting of the Executive Committee held at the Council House, Avenue Road, Malvern on Tuesday 27 June 2023 at 6.00 pm"],
    attendance=[("Present:", "Councillors T Hartwright (Chair), S Pinches, D Arkell, P Lacey, N Bevan and J Tustin."),
                ("Also present:", "Councillor C Mortimer."),
                ("Officers:", "Chief Executive, Section 151 Officer, Head of Planning and Infrastructure, Climate Change Officer, Democratic Services Officer.")],
    items=[
        {"num": "EXE.5", "title": "Electric Vehicle Charging Points in Council Car Parks", "body": [
            "The Climate Change Officer presented the report. The Council had been awarded £312,000 from the Local Electric Vehicle Infrastructure Fund, through Worcestershire County Council, to install 26 fast charging points in its car parks: 12 at Victoria Road car park in Malvern, 6 at Grange Road car park, 4 at Tenbury Wells Teme Street car park and 4 at the Upton upon Severn riverside car park.",
            "Councillor Lacey asked who would maintain the charging points. The officer said that the supplier, Severn EV Services Ltd, would maintain them for ten years and would share the income with the Council after the first two years.",
            "RESOLVED that the installation of 26 charging points be approved and that the contract be awarded to Severn EV Services Ltd.",
        ]},
        {"num": "EXE.6", "title": "Car Parking Charges", "body": [
            "The Executive Committee noted that a review of car parking charges across the district would be carried out over the summer by consultants, with the results to be reported to the Committee in the autumn. The review would look at charges in all 19 council car parks, including the Priory Park car park and the long stay car parks in Upton upon Severn, and would consider free parking after 3pm.",
            "Councillor Bevan asked whether charges would go up before the review was finished. The Chair said they would not.",
            "RESOLVED that the terms of reference of the review be agreed.",
        ]},
        {"num": "EXE.7", "title": "Priory Park Public Toilets and Splash Pad", "body": [
            "The Head of Planning and Infrastructure reported that the splash pad in Priory Park had opened on 27 May 2023 and had been used by an estimated 18,500 people in its first month. The nearby public toilets had struggled with the numbers, and a second cleaning visit each day had been added at a cost of £4,800 for the summer.",
            "Councillor Tustin proposed that the toilets stay open until 8pm on weekends in July and August, and this was seconded by Councillor Arkell and agreed unanimously.",
            "RESOLVED that the extended weekend opening be approved.",
        ]},
        {"num": "EXE.8", "title": "Tenbury Wells Flood Resilience Grants", "body": [
            "The Committee noted that 43 households and 11 businesses in Tenbury Wells had received grants of up to £5,000 each for flood doors, airbricks and pumps since the floods of February 2020, and that the scheme would close to new applications on 30 September 2023.",
            "RESOLVED that the report be noted.",
        ]},
    ],
    closing=["The meeting closed at 7.18 pm.", "CHAIR"],
    header="Executive Committee 27 June 2023",
    footer=["Page {n}"],
)

# --------------------------------------------------------------------------- 17 Antrim and Newtownabbey (pdf-pack)
doc(
    name="ANBC_Community_Planning_Committee_Pack_181124", form="pdf-pack",
    council="Antrim and Newtownabbey Borough Council", stated="yes", committee="Community Planning Committee", date="2024-11-18",
    pdf_title="Community Planning Committee 18 November 2024", pdf_author="Antrim and Newtownabbey BC",
    cover=["Community Planning Committee", "Antrim and Newtownabbey Borough Council",
           "Monday 18 November 2024 at 6.30 pm", "Round Tower Chamber, Antrim Civic Centre, 50 Stiles Way, Antrim BT41 2UB"],
    cover_body=["You are requested to attend the meeting of the Community Planning Committee of Antrim and Newtownabbey Borough Council to be held in the Round Tower Chamber, Antrim Civic Centre on Monday 18 November 2024 at 6.30 pm.",
                "Members of the Committee: Alderman Girvan (Chair), Councillors Lennon, Devine, Cairns, Hollinger, Bingham, Dunlop, Agnew and Foster.",
                "Enquiries to: Member Services, 028 9034 0048. Moira Cully, Chief Executive."],
    agenda=[("1", "Apologies"), ("2", "Declarations of Interest"),
            ("3", "Minutes of the Community Planning Committee meeting held on 21 October 2024 ({minutes})"),
            ("4", "Community Grants Programme 2025/26 - report of the Director of Community Planning ({report})"),
            ("5", "Any Other Relevant Business")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["MINUTES OF THE PROCEEDINGS OF THE MEETING OF THE COMMUNITY PLANNING COMMITTEE HELD IN THE ROUND TOWER CHAMBER, ANTRIM CIVIC CENTRE ON MONDAY 21 OCTOBER 2024 AT 6.30 PM",
                      "In the Chair: Alderman Girvan"],
    prev_items=[
        {"num": "CP/24/71", "title": "APOLOGIES", "body": ["Councillor Foster."]},
        {"num": "CP/24/72", "title": "SIX MILE WATER GREENWAY: LIGHTING PILOT", "body": [
            "Members were reminded that a pilot of motion sensor lighting had been installed on a 600 metre section of the Six Mile Water path between Antrim Castle Gardens and the Riverside car park in March 2024.",
            "The Head of Parks said that the lights had been triggered on average 1,900 times a week and that there had been no complaints from residents about light at night. Councillor Hollinger asked whether the pilot had reduced antisocial behaviour. The officer replied that police figures for the area had fallen from 23 reported incidents in the six months before the pilot to 9 in the six months after it.",
            "Proposed by Councillor Hollinger, seconded by Councillor Cairns and agreed that the lighting be extended along the greenway to Dunsilly.",
        ]},
        {"num": "CP/24/73", "title": "GLENGORMLEY COMMUNITY CENTRE OPENING HOURS", "body": [
            "Members agreed that Glengormley community centre would open on Sundays from 1 December 2024 on a trial basis for six months, after a request from the Glengormley Residents Forum.",
        ]},
    ],
    report=report(
        ["ANTRIM AND NEWTOWNABBEY BOROUGH COUNCIL", "Community Planning Committee - 18 November 2024",
                        "Community Grants Programme 2025/26"],
        [("Report from:", "Director of Community Planning"), ("Contact officer:", "Grants Manager, Community Development"),
                  ("Link to Corporate Plan:", "Our Community"), ("Decision required:", "Yes")],
        [
            ("1. Purpose", ["To agree the themes, award levels and timetable of the Community Grants Programme for 2025/26."]),
            ("2. Background", [
                "2.1 In 2024/25 the Council awarded 286 community grants worth £742,000, including summer scheme grants to 64 groups and small grants of up to £1,500 for community festivals.",
                "2.2 An evaluation of the 2024/25 programme by the Community Development team found that groups valued the quick decisions on small grants, but that the deadline in January left little time for groups which met only monthly.",
            ]),
            ("3. Proposals for 2025/26", [
                "3.1 It is proposed that the programme open on 2 December 2024 and close on 7 February 2025, five weeks later than in previous years, to give groups more time.",
                "3.2 It is proposed that the maximum capital grant for equipment rise from £5,000 to £7,500, reflecting higher prices, and that a new theme of good relations and older people's projects be added.",
                "3.3 The total budget for the programme in 2025/26 has not yet been set. It will be decided by the Council when it strikes the district rate in February 2025, and the award levels above may be scaled back if the budget is lower than in 2024/25.",
            ]),
            ("4. Equality and Good Relations", ["4.1 The programme has been screened and no adverse impact was found."]),
            ("5. Recommendation", ["5.1 It is recommended that the themes, award levels and timetable set out in section 3 be approved."]),
        ]),
    footer=["Page {n}"], number_offset=1,
)

# --------------------------------------------------------------------------- 18 Mansfield (pdf-pack)
doc(
    name="Mansfield_Cabinet_Pack_18032025", form="pdf-pack",
    council="Mansfield District Council", stated="yes", committee="Cabinet", date="2025-03-18",
    pdf_title="Cabinet 18/03/2025", pdf_author="Mansfield District Council",
    cover=["Cabinet", "Mansfield District Council", "Tuesday, 18 March 2025 at 2.00 pm", "Council Chamber, Civic Centre, Chesterfield Road South, Mansfield, NG19 7BH"],
    cover_body=["Notice is hereby given that a meeting of the Cabinet of Mansfield District Council will be held on Tuesday, 18 March 2025 at 2.00 pm in the Council Chamber at the Civic Centre.",
                "Membership: Executive Mayor Paul Hendry (Chair), Councillors Craig Lowe, Stuart Bostock, Marion Tebbutt, Anne Doherty and Sonya Pratt.",
                "For enquiries: Democratic Services, 01623 463463."],
    agenda=[("1", "Apologies for Absence"), ("2", "Declarations of Interest"),
            ("3", "Minutes of the meeting held on 18 February 2025 ({minutes})"),
            ("4", "Town Centre CCTV Replacement ({report})"), ("5", "Exclusion of the press and public")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["CABINET", "Minutes of the meeting held on Tuesday, 18 February 2025 at 2.00 pm, Civic Centre, Mansfield",
                      "Present: Executive Mayor P Hendry (Chair), Councillors C Lowe, S Bostock, M Tebbutt and S Pratt"],
    prev_items=[
        {"num": "86.", "title": "Damp and Mould in Council Homes", "body": [
            "The Portfolio Holder for Housing presented an update on damp and mould in the council's 6,300 homes. Since April 2024 the council had received 1,142 reports of damp or mould, and 94 per cent had been inspected within ten working days.",
            "Councillor Doherty had submitted a question asking how many homes were still waiting for repairs. The Portfolio Holder replied that 131 homes were awaiting major works such as new ventilation or roof repairs, and that all of them had been visited and given dehumidifiers in the meantime.",
            "RESOLVED that the update be noted.",
        ]},
        {"num": "87.", "title": "Mansfield Museum Extension", "body": [
            "Cabinet agreed to submit a bid of £480,000 to the National Lottery Heritage Fund for an extension to Mansfield Museum on Leeming Street to display the Mansfield Hoard of Roman coins, with the council contributing £120,000.",
            "Councillor Lowe asked what would happen if the bid failed. The Executive Mayor said that a smaller display would be made within the existing galleries.",
        ]},
    ],
    report=report(
        ["MANSFIELD DISTRICT COUNCIL", "Report to Cabinet - 18 March 2025", "Town Centre CCTV Replacement"],
        [("Report of:", "Head of Community Safety"), ("Portfolio Holder:", "Councillor Stuart Bostock, Safer Communities"),
                  ("Key decision:", "Yes"), ("Wards affected:", "Portland, Carr Bank, Oak Tree")],
        [
            ("1.0 Summary", ["1.1 The council's town centre CCTV system of 58 cameras is operated from the control room at the Civic Centre. Most cameras date from 2011 and use analogue technology that is no longer supported."]),
            ("2.0 Current Position", [
                "2.1 In 2024 the control room operators spotted 1,460 incidents, and footage was supplied to Nottinghamshire Police on 612 occasions.",
                "2.2 Eleven cameras failed during 2024 and could not be repaired because parts were no longer made, including the cameras on Westgate and at the bus station.",
            ]),
            ("3.0 Proposal", [
                "3.1 It is proposed to replace all 58 cameras with high definition digital cameras and to add 14 new cameras, including at Titchfield Park and on the Quaker Way car park.",
                "3.2 The contract would be awarded to Sherwood Security Systems Ltd, which submitted the lowest compliant tender of £687,000 after a procurement through a national framework.",
                "3.3 The Office of the Police and Crime Commissioner for Nottinghamshire has agreed to contribute £150,000 towards the cost. The rest will come from the council's capital programme.",
            ]),
            ("4.0 Timescale", ["4.1 Installation would begin in June 2025 and take about five months, with the old and new systems running side by side so that there is no loss of coverage."]),
            ("5.0 Recommendations", ["5.1 That Cabinet approves the replacement of the town centre CCTV system and awards the contract to Sherwood Security Systems Ltd."]),
        ]),
    footer=["Page {n}"], number_offset=1,
)

# --------------------------------------------------------------------------- 19 Liverpool City Region Combined Authority (pdf-pack)
doc(
    name="LCRCA_Combined_Authority_Pack_26July2024", form="pdf-pack",
    council="Liverpool City Region Combined Authority", stated="yes", committee="Combined Authority", date="2024-07-26",
    pdf_title="Combined Authority 26 July 2024", pdf_author="Liverpool City Region Combined Authority",
    cover=["Liverpool City Region Combined Authority", "Meeting of the Combined Authority",
           "Friday, 26th July, 2024 at 1.00 pm", "The Mersey Room, No.1 Mann Island, Liverpool L3 1BP"],
    cover_body=["Members: Metro Mayor Daniel Kearns, Councillor Janet Pye (Halton), Councillor Tony Rimmer (Knowsley), Councillor Kevin Hurst (Liverpool), Councillor Lynne Forshaw (St Helens), Councillor Brendan Cookson (Sefton), Councillor Moira Ashcroft (Wirral).",
                "Contact: Democratic Services, Liverpool City Region Combined Authority, democraticservices@liverpoolcityregion-ca.gov.uk"],
    agenda=[("1", "Apologies for Absence"), ("2", "Declarations of Interest"),
            ("3", "Minutes of the Combined Authority meeting held on 14 June 2024 ({minutes})"),
            ("4", "Community Environment Fund: Round Three Awards ({report})")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["LIVERPOOL CITY REGION COMBINED AUTHORITY",
                      "At a meeting of the Combined Authority held on Friday, 14 June 2024 at No.1 Mann Island, Liverpool",
                      "Present: Metro Mayor Daniel Kearns (in the Chair) and the Leaders of the constituent councils."],
    prev_items=[
        {"num": "9.", "title": "MERSEYRAIL NEW TRAINS: PERFORMANCE UPDATE", "body": [
            "The Director of Rail reported that the new fleet of 53 trains had carried 9.6 million passengers between January and April 2024, and that punctuality had reached 93.1 per cent, the highest in the country.",
            "Councillor Cookson asked when the new station at Headbolt Lane had opened and how many passengers it had. The Director replied that it had opened in October 2023 and that it had been used for 184,000 journeys in its first six months.",
            "RESOLVED that the update be noted.",
        ]},
        {"num": "10.", "title": "MERSEY FERRIES: REPLACEMENT VESSEL", "body": [
            "The Combined Authority noted that the new Mersey ferry being built at Cammell Laird in Birkenhead would now enter service in the spring of 2025, a year later than planned, because of changes to the design of the passenger deck. The cost had risen from £26.5 million to £29.2 million.",
            "The Metro Mayor said the delay was disappointing but that the new vessel would be the first on the river able to run on electric power for part of each crossing.",
            "RESOLVED that the revised budget of £29.2 million be approved.",
        ]},
    ],
    report=report(
        ["LIVERPOOL CITY REGION COMBINED AUTHORITY", "Combined Authority - 26 July 2024",
                        "Community Environment Fund: Round Three Awards"],
        [("Report of:", "Executive Director of Place"), ("Portfolio Holder:", "Portfolio Holder for Climate Emergency and Renewable Energy"),
                  ("Key Decision:", "Yes"), ("Exempt:", "No")],
        [
            ("1. PURPOSE OF REPORT", ["1.1 To seek approval of the grants recommended in the third round of the Community Environment Fund."]),
            ("2. BACKGROUND", [
                "2.1 The Community Environment Fund offers grants of between £5,000 and £40,000 to community groups and charities for projects that plant trees, create wildlife habitats, cut energy use in community buildings or help people to grow food.",
                "2.2 In round two, in 2023/24, the fund awarded £1.1 million to 44 projects, and 29 of them were in the most deprived fifth of neighbourhoods in the city region.",
            ]),
            ("3. ROUND THREE", [
                "3.1 Round three received 131 applications asking for £3.4 million in total. The budget for the round is £1.25 million.",
                "3.2 The applications were scored by a panel of officers from the Combined Authority and the six councils, with an independent member from the Mersey Forest. The panel recommends 39 grants, worth £1,246,500.",
                "3.3 The largest recommended award is £40,000 to the Kirkby Community Growers to convert an unused bowling green into a community orchard and market garden.",
                "3.4 Eight grants are recommended for projects in St Helens, nine in Liverpool, seven in Wirral, six in Sefton, five in Knowsley and four in Halton.",
            ]),
            ("4. MONITORING", ["4.1 Each funded group will report on progress after six and twelve months. Payments will be made in two halves, the second on receipt of the six month report."]),
            ("5. RECOMMENDATION", ["5.1 That the Combined Authority approves the 39 grants listed in Appendix 1."]),
        ]),
    footer=["Page {n}"], number_offset=1,
)

# --------------------------------------------------------------------------- 20 North Lincolnshire (docx-report)
doc(
    name="NLC_Cabinet_Report_Food_Waste_Collections", form="docx-report",
    council="North Lincolnshire Council", stated="yes", committee="Cabinet", date="2024-05-20",
    docx_author="Waste and Recycling Services",
    letterhead=["North Lincolnshire Council", "Church Square House, 30-40 High Street, Scunthorpe DN15 6NL"],
    report=report(
        ["Report of the Director: Operations", "Agenda Item No: 7", "Meeting: 20 May 2024"],
        [("Report to:", "Cabinet"), ("Subject:", "Introduction of weekly food waste collections"),
         ("Report author:", "Head of Waste and Recycling"), ("Key decision:", "Yes"), ("Wards:", "All")],
        [
            ("1. OBJECT AND KEY POINTS IN THIS REPORT", [
                "1.1 To seek approval for the introduction of a weekly food waste collection service for all households in North Lincolnshire, as required by the Environment Act 2021.",
                "1.2 To seek approval for a trial of the service before it is rolled out across the area.",
            ]),
            ("2. BACKGROUND INFORMATION", [
                "2.1 North Lincolnshire Council collects waste from around 77,000 households. Analysis of the contents of black bins in 2023 showed that 31 per cent of their weight was food.",
                "2.2 The council has been awarded £1.37 million of capital funding by government for caddies and vehicles. Ten new vehicles will be needed.",
                "2.3 Weekly food waste collections for every household will start on 30 March 2026. Collected food waste will be taken to an anaerobic digestion plant operated by Humber Organics Ltd near Brigg, under a seven year contract.",
            ]),
            ("3. OPTIONS FOR CONSIDERATION", [
                "3.1 Option 1 is to introduce the service across the whole area at once in March 2026, without a trial.",
                "3.2 Option 2, the recommended option, is to run a trial in around 2,000 homes in Barton upon Humber and Winterton from September 2024 to February 2025. The trial will test how many households take part, whether liners should be provided free and whether collection crews can keep to their rounds. Its findings will be reported to Cabinet in the spring of 2025 and used to design the full service.",
            ]),
            ("4. ANALYSIS OF OPTIONS", [
                "4.1 The trial would cost £96,000, met from the capital grant. Experience elsewhere suggests that the share of households taking part can vary from 30 to 60 per cent, and a trial would show which approach works best in North Lincolnshire's mix of towns and villages.",
            ]),
            ("5. FINANCIAL AND OTHER RESOURCE IMPLICATIONS", [
                "5.1 The running cost of the full service is estimated at £1.05 million a year, including 20 new staff. The council expects this to be met by new burdens funding from government.",
            ]),
            ("6. RECOMMENDATIONS", [
                "6.1 That Cabinet approves the introduction of weekly food waste collections from 30 March 2026.",
                "6.2 That Cabinet approves a trial in Barton upon Humber and Winterton from September 2024.",
            ]),
        ]),
    header="North Lincolnshire Council - Cabinet - 20 May 2024",
    footer=["OFFICIAL"],
)

# --------------------------------------------------------------------------- 21 Boston (docx-report)
doc(
    name="BBC_Cabinet_Report_Geoff_Moulder_Pool", form="docx-report",
    council="Boston Borough Council", stated="yes", committee="Cabinet", date="2023-10-04",
    docx_author="Boston Borough Council",
    letterhead=["BOSTON BOROUGH COUNCIL", "Municipal Buildings, West Street, Boston PE21 8QR"],
    report=report(
        ["Geoff Moulder Leisure Complex: Swimming Pool Plant and Changing Rooms", "Report to Cabinet", "Date of Meeting: 4 October 2023"],
        [("Report of:", "Assistant Director - Leisure and Culture"), ("Portfolio Holder:", "Councillor Judith Skeldon, Leisure and Culture"),
         ("Purpose:", "To approve urgent works to the swimming pool plant and changing rooms at the Geoff Moulder Leisure Complex"),
         ("Key Decision:", "Yes"), ("Exempt:", "No")],
        [
            ("1. Background", [
                "1.1 The Geoff Moulder Leisure Complex on Rowley Road is Boston's only public swimming pool. It had 218,000 visits in 2022/23, including 31,000 school swimming lessons.",
                "1.2 The pool's main filter and the boiler serving the pool failed in August 2023. The pool was closed for eleven days while a temporary boiler was hired at a cost of £2,900 a week.",
            ]),
            ("2. Condition of the Building", [
                "2.1 A survey by Fenland Building Consultancy in September 2023 found that the pool plant room equipment was beyond economic repair, and that the floor of the changing village was letting water into the plant room below.",
                "2.2 The survey also found that the pool tank itself was in good condition and did not need work.",
            ]),
            ("3. Proposed Works", [
                "3.1 It is proposed to replace the filters, boiler and pumps with air source heat pumps and new filtration, and to rebuild the changing village floor.",
                "3.2 The works are estimated to cost £1.4 million. Of this, £612,000 will come from the Swimming Pool Support Fund, for which the council's bid was successful, and the rest from the council's capital reserves.",
                "3.3 The pool will have to close while the works are carried out. The contractor has not yet been appointed and so the length of the closure, and the date when it will start, cannot yet be given. Officers expect to be able to confirm both once the tender returns in December.",
            ]),
            ("4. Impact on Users", [
                "4.1 Swimming clubs will be offered time at pools in Spalding and Sleaford, and the council will pay for coach travel for school lessons during the closure.",
            ]),
            ("5. Recommendations", [
                "5.1 That Cabinet approves the works to the Geoff Moulder Leisure Complex at an estimated cost of £1.4 million.",
                "5.2 That authority be delegated to the Assistant Director to award the contract after the tender process.",
            ]),
        ]),
    header="Boston Borough Council - Cabinet 4 October 2023 - Agenda Item 9",
    footer=["Boston Borough Council", "Page 1"],
)

# --------------------------------------------------------------------------- 22 East Renfrewshire (docx-minutes)
doc(
    name="ERC_Cabinet_Minutes_29_February_2024", form="docx-minutes",
    council="East Renfrewshire Council", stated="yes", committee="Cabinet", date="2024-02-29",
    docx_author="Democratic Services",
    title_lines=["EAST RENFREWSHIRE COUNCIL",
                 "MINUTE of CABINET held in the Council Chamber, Council Headquarters, Giffnock on 29 February 2024."],
    attendance=[("Present:", "Councillor Fraser Lindsay (Leader); Councillor Moira Buchanan (Deputy Leader); Councillor Katie Drummond; Councillor Colin Barr."),
                ("Attending:", "Alasdair Munro, Chief Executive; Gillian Kerr, Director of Education; Iain Muir, Director of Environment; Shona Rae, Democratic Services Manager.")],
    items=[
        {"num": "", "title": "DECLARATIONS OF INTEREST", "body": ["651. There were no declarations of interest intimated."]},
        {"num": "", "title": "LEVERN WATER FLOOD PROTECTION SCHEME, BARRHEAD", "body": [
            "652. The Cabinet considered a report by the Director of Environment on the flood protection scheme for the Levern Water in Barrhead, which had flooded homes on Main Street and in the Dovecothall area in August 2023.",
            "The report explained that the scheme would build flood walls along 900 metres of the river and enlarge the culvert under Cross Arthurlie Street. It would protect 286 homes and 34 businesses. The estimated cost was £9.8 million, of which 80 per cent would be met by the Scottish Government through the flood risk management funding.",
            "Councillor Barr asked how the walls would look. The Director said that they would be faced with local sandstone where they faced the street, and that trees removed for the works would be replaced two for one.",
            "The Cabinet agreed to approve the scheme and to publish the formal notice under the Flood Risk Management (Scotland) Act 2009.",
        ]},
        {"num": "", "title": "EASTWOOD PARK LEISURE CENTRE REPLACEMENT", "body": [
            "653. The Cabinet considered a report on the replacement of the Eastwood Park leisure centre in Giffnock, which would include a 25 metre pool, a learner pool, a sports hall and a new home for the Eastwood Theatre.",
            "The Director of Environment reported that the tender had been won by Clyde Construction Partnership at a price of £46.2 million, which was £1.9 million above the budget, mainly because of the price of steel and of the heat pumps.",
            "Councillor Drummond asked whether the existing centre would stay open during construction. The Director confirmed that it would remain open until the new building was complete, as the new centre was being built on the site of the former car park.",
            "The Cabinet agreed to award the contract to Clyde Construction Partnership and to add £1.9 million to the capital budget.",
        ]},
        {"num": "", "title": "SCHOOL MEALS PRICES 2024/25", "body": [
            "654. The Cabinet considered a report by the Director of Education proposing that the price of a school lunch in secondary schools rise from £2.30 to £2.45 from August 2024.",
            "The Leader noted that primary school pupils in P1 to P5 would continue to receive free meals under the Scottish Government's scheme.",
            "The Cabinet agreed the new price.",
        ]},
    ],
    closing=["CHAIR"],
    header="EAST RENFREWSHIRE COUNCIL - CABINET - 29 FEBRUARY 2024",
    footer=["Page 1 of 3"],
)

# --------------------------------------------------------------------------- 23 Armagh City, Banbridge and Craigavon (docx-minutes)
doc(
    name="ABC_Leisure_Community_Services_Minutes_13112023", form="docx-minutes",
    council="Armagh City, Banbridge and Craigavon Borough Council", stated="yes", committee="Leisure and Community Services Committee", date="2023-11-13",
    docx_author="ABC Council Democratic Services",
    title_lines=["ARMAGH CITY, BANBRIDGE AND CRAIGAVON BOROUGH COUNCIL",
                 "Minutes of the Leisure and Community Services Committee held in the Council Chamber, Armagh City Hotel (and remotely via Zoom) on Monday 13 November 2023 at 7.00 pm"],
    attendance=[("Present:", "Councillor K Wallace (Chair), Aldermen G Lutton and M McNally, Councillors P Hanlon, S Keegan, J Loughran, L Fearon, T McMurray and C Haughey."),
                ("In attendance:", "Strategic Director of Leisure and Community Services, Head of Parks and Estates, Head of Arts and Culture, Democratic Services Officer.")],
    items=[
        {"num": "LCS/231/23", "title": "APOLOGIES", "body": ["Apologies were received from Alderman Troughton."]},
        {"num": "LCS/232/23", "title": "NEWRY CANAL GREENWAY: RESURFACING BETWEEN PORTADOWN AND SCARVA", "body": [
            "The Head of Parks and Estates reported that the towpath of the Newry Canal between Portadown and Scarva, a distance of 13 kilometres, would be resurfaced between January and April 2024 at a cost of £1.35 million, funded by the Department for Infrastructure's Blue and Green Infrastructure Fund.",
            "The section between Scarva and Poyntzpass had been resurfaced in 2022 at a cost of £480,000, and usage there had risen by 41 per cent afterwards.",
            "Councillor Keegan asked whether the path would be closed during the works. The officer said that it would be closed in sections of no more than two kilometres at a time, with diversions signed along local roads.",
            "On the proposal of Councillor Keegan, seconded by Alderman McNally, it was AGREED that the resurfacing be approved and that the contract be awarded to Bann Valley Surfacing Ltd.",
        ]},
        {"num": "LCS/233/23", "title": "CRAIGAVON LAKES WATERSPORTS CENTRE", "body": [
            "The Strategic Director reported on a request from the Craigavon Lakes Sailing Club to extend its lease of the boathouse at Craigavon Lakes by 25 years so that it could apply for lottery funding for new changing rooms.",
            "Alderman Lutton asked how many members the club had. The Strategic Director said that it had 240 members, including 90 junior members, and ran sessions for schools and for people with disabilities.",
            "On the proposal of Alderman Lutton, seconded by Councillor Hanlon, it was AGREED that the lease be extended by 25 years at a peppercorn rent.",
        ]},
        {"num": "LCS/234/23", "title": "BANBRIDGE LEISURE CENTRE: GYM EQUIPMENT", "body": [
            "The Committee considered the replacement of the gym equipment at Banbridge Leisure Centre, which was nine years old. The lowest of three quotations, £186,000 from FitLine Ireland Ltd, was recommended.",
            "Councillor McMurray proposed that the purchase be deferred until the new year to allow members to see the equipment. This was not seconded.",
            "On the proposal of Councillor Fearon, seconded by Councillor Loughran, it was AGREED by 7 votes to 1 that the equipment be purchased from FitLine Ireland Ltd.",
        ]},
        {"num": "LCS/235/23", "title": "MARKET PLACE THEATRE, ARMAGH: CHRISTMAS PANTOMIME", "body": [
            "The Head of Arts and Culture reported that 14,200 tickets had been sold for the Christmas pantomime at the Market Place Theatre, which would run for 29 performances from 1 December.",
        ]},
    ],
    closing=["The meeting concluded at 8.31 pm."],
    header="Leisure and Community Services Committee - 13 November 2023",
    footer=["Armagh City, Banbridge and Craigavon Borough Council", "Page 1"],
)

# --------------------------------------------------------------------------- 24 Glasgow (txt)
doc(
    name="GCC_City_Administration_Committee_26Sep2024", form="txt",
    council="Glasgow City Council", stated="yes", committee="City Administration Committee", date="2024-09-26",
    title_lines=["GLASGOW CITY COUNCIL",
                 "CITY ADMINISTRATION COMMITTEE",
                 "Minutes of meeting held in the City Chambers, George Square, Glasgow, on Thursday 26th September 2024 at 10.00 am.",
                 "=============================================================================="],
    attendance=[("Present:", "Councillor Susan Rennie (Chair), Councillors Ricky Gallacher, Christy Lennox, Allan Duffy, Ruairi Boyd, Ruth Carmichael, Eunis Rahimi, Alex Moffat and Kenny Dunlop."),
                ("Attending:", "A Mackay, Executive Director of Neighbourhoods, Regeneration and Sustainability; M Cowan, Head of Parks and Open Spaces; P Greig, Clerk."),
                ("Apologies:", "Councillor Jill Hendry.")],
    items=[
        {"num": "1", "title": "Public toilets in city centre and parks", "body": [
            "There was submitted a report by the Executive Director of Neighbourhoods, Regeneration and Sustainability on public toilets in the city centre and in the city's parks.",
            "The report advised that the council operated 14 public toilet sites, of which 9 were in parks, including Kelvingrove Park, Glasgow Green and Queen's Park. The automated toilet in St Enoch Square had been out of use since May 2024 after a fire.",
            "The committee was informed that a study of where new public toilets were most needed in the city centre would be commissioned from the Glasgow Centre for Population Health, with a report expected in spring 2025, and that no new locations would be chosen before then.",
            "Councillor Carmichael asked whether the toilets in Kelvingrove Park would open later in the summer. The Head of Parks and Open Spaces said they would open until 9pm from May to August in 2025, at a cost of £18,000.",
            "After consideration, the committee approved the report and agreed that the St Enoch Square toilet be repaired at a cost of £64,000.",
        ]},
        {"num": "2", "title": "Avenues programme: Sauchiehall Street west", "body": [
            "There was submitted a report on the next phase of the Avenues programme, covering Sauchiehall Street between Charing Cross and Rose Street.",
            "The works would include wider pavements, 61 new trees, rain gardens and a two way segregated cycle lane. The contract had been awarded to Clydeside Civil Works Ltd at a cost of £18.7 million, of which £10.3 million came from the Glasgow City Region City Deal.",
            "Councillor Moffat asked how long the street would be closed. The Executive Director replied that the street would remain open to pedestrians and businesses throughout, and that traffic would be diverted for about 14 months.",
            "After consideration, the committee approved the report. Councillor Moffat's motion to delay the works until after Christmas 2024 was defeated by 6 votes to 3.",
        ]},
        {"num": "3", "title": "Winter night shelter", "body": [
            "There was submitted a report on the winter night shelter for people sleeping rough, which would open at the Tron Church building on Chisholm Street from 1 December 2024 to 31 March 2025 with 40 beds.",
            "The shelter would be run by the Glasgow City Mission with a grant of £210,000 from the council.",
            "After consideration, the committee approved the grant.",
        ]},
    ],
    closing=["", "Declarations of interest: none."],
)
