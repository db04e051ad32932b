"""The documents of bench/heldout34: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout34.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
truth.csv is written from `council`, `stated` (how the text names the council: `yes` in full),
`committee` and `date` (the meeting's, ISO). The content format is heldout5's; the words are this
set's own.
"""
from __future__ import annotations

DOCUMENTS: list[dict] = []


def doc(**fields) -> None:
    DOCUMENTS.append(fields)


def site(name: str, url: str, address: str, copyright_line: str, menu=None, breadcrumb=None, sidebar=None) -> dict:
    """A ModernGov site's frame."""
    return {"name": name, "url": url, "address": address, "copyright": copyright_line, "logo_alt": f"{name} logo",
            "menu": menu or ["Home", "Your councillors", "Meetings", "Decisions", "Contact"],
            "breadcrumb": breadcrumb or ["Home", "Committee structure", "Meetings"],
            "footer_links": ["Accessibility", "Cookies", "Privacy notice", "Terms and conditions"],
            "sidebar": sidebar or ["Browse meetings", "Meeting calendar", "Committee details", "Attendance", "Issue history"]}


def item(num: str, title: str, body: list[str], intro: str = "", links=(), decision=None) -> dict:
    return {"num": num, "title": title, "body": body, "intro": intro, "links": list(links), "decision": decision}


def pitem(num: str, title: str, body: list[str]) -> dict:
    return {"num": num, "title": title, "body": body}


def report(title_lines, cover, sections) -> dict:
    return {"title_lines": title_lines, "cover": cover, "sections": [{"title": t, "body": b} for t, b in sections]}


# ---------------------------------------------------------------- 1 Colchester (planning, mg-meeting)
doc(name="ieListDocuments_CId130_MId2291_Colchester_Planning", form="mg-meeting",
    council="Colchester City Council", stated="yes", committee="Planning Committee", date="2024-03-14",
    site=site("Colchester City Council", "https://colchester.moderngov.co.uk",
              "Colchester City Council, Rowan House, 33 Sheepen Road, Colchester CO3 3WG",
              "Copyright Colchester City Council 2024"),
    heading="Agenda and minutes: Planning Committee - Thursday, 14th March, 2024 6.00 pm",
    venue="Grand Jury Room, Town Hall, High Street, Colchester, CO1 1PJ",
    contact="Democratic Services, 01206 282227",
    outcome_label="Minutes:",
    items=[
        item("812", "Minutes of Previous Meeting", ["RESOLVED that the minutes of the meeting held on 15 February 2024 be confirmed as a correct record."]),
        item("813", "Have Your Say!", [
            "Mrs Rosalind Tebbit asked why the Committee continued to meet at six in the evening when many objectors worked shifts at Colchester Hospital. The Chair replied that the start time had been set by Full Council in 2022 and that any change would need a decision of the Governance and Audit Committee, to which he would write before the summer.",
        ]),
        item("814", "231944 Former Bus Depot, Magdalen Street, Colchester", [
            "The Committee considered an application for 64 flats in two blocks of four and five storeys, with 18 affordable homes, on the former bus depot site. The applicant was Hythe Quay Living Limited.",
            "Councillor Pellow proposed that the application be approved, seconded by Councillor Mannion. On being put to the vote, the proposal was carried, eight voting in favour and three against.",
            "RESOLVED that the application be approved subject to a legal agreement securing a contribution of £212,000 towards secondary school places.",
        ]),
        item("815", "232088 Land East of Tollgate Road, Stanway", [
            "The application sought permission for a drive through coffee shop and 46 parking spaces. Members were concerned about queuing traffic backing onto the Tollgate roundabout at weekends.",
            "Councillor Sunnucks proposed that the application be deferred so that the applicant could provide a queuing survey covering two Saturdays in April, seconded by Councillor Rippingale. The motion to defer was carried unanimously.",
        ]),
        item("816", "232140 14 Creffield Road, Colchester", [
            "The application for a single storey rear extension and a garden room was before the Committee because the applicant was a City Council employee. RESOLVED that the application be approved.",
        ]),
        item("817", "240017 Old Heath Recreation Ground Pavilion", [
            "The Committee considered an application by the City Council for a replacement changing pavilion with four team changing rooms and an accessible toilet, to replace the 1960s timber building lost to fire in 2023.",
            "RESOLVED that the application be approved.",
        ]),
    ])

# ---------------------------------------------------------------- 2 Croydon (cabinet, mg-meeting, Q&A, EV)
doc(name="ieListDocuments_CId183_MId4102_Croydon_Cabinet", form="mg-meeting",
    council="London Borough of Croydon", stated="yes", committee="Cabinet", date="2024-01-17",
    site=site("London Borough of Croydon", "https://democracy.croydon.gov.uk",
              "Bernard Weatherill House, 8 Mint Walk, Croydon CR0 1EA", "© London Borough of Croydon"),
    heading="Agenda and minutes: Cabinet - Wednesday, 17th January, 2024 6.30 pm",
    venue="Council Chamber, Town Hall, Katharine Street, Croydon CR0 1NX",
    contact="Democratic Services, 020 8726 6000",
    outcome_label="Minutes:",
    items=[
        item("5/24", "Disclosure of Interests", ["There were no disclosures of interest."]),
        item("6/24", "Public Questions", [
            "Mr Delroy Ashworth of Thornton Heath asked when the lifts at the Whitgift Centre multi storey car park would be repaired, as wheelchair users had been unable to reach the upper decks since October. The Cabinet Member for Streets and Environment replied that the car park was privately run and the council had no power to order the repair, but that she had written to the owner asking for a date.",
            "Ms Priya Lakhani asked whether the council would reopen the public toilets at Norbury Park. The Cabinet Member replied that they would reopen in April once a new door entry system had been fitted.",
        ]),
        item("7/24", "Electric Vehicle Charging Expansion", [
            "The Cabinet considered a report proposing 320 additional on street electric vehicle charging points, mostly in lamp columns, across the borough over two years. The points would be installed and run by Voltspire Networks Limited under a concession, with the company meeting the full installation cost and the council receiving 12 per cent of the income.",
            "RESOLVED to award the concession to Voltspire Networks Limited for a period of fifteen years.",
        ]),
        item("8/24", "Fly Tipping Enforcement", [
            "The Cabinet noted that 1,412 fixed penalty notices for fly tipping had been issued in the year to December, more than twice the previous year. The rise was put down to eleven new mobile cameras moved between hotspots every fortnight.",
            "RESOLVED to raise the fixed penalty for fly tipping to £1,000, the maximum allowed.",
        ]),
        item("9/24", "Exclusion of the Press and Public", ["There was no exempt business."]),
    ])

# ---------------------------------------------------------------- 3 Cambridge (scrutiny, mg-meeting, trees)
doc(name="ieListDocuments_CId175_MId4630_Cambridge_Environment_Scrutiny", form="mg-meeting",
    council="Cambridge City Council", stated="yes", committee="Environment and Community Scrutiny Committee",
    date="2024-06-06",
    site=site("Cambridge City Council", "https://democracy.cambridge.gov.uk",
              "Cambridge City Council, PO Box 700, Cambridge CB1 0JH", "Cambridge City Council 2024",
              menu=["Home", "Councillors", "Committees", "Meetings", "Forward plan"]),
    heading="Agenda and minutes: Environment and Community Scrutiny Committee - Thursday, 6th June, 2024 5.30 pm",
    venue="Council Chamber, The Guildhall, Market Square, Cambridge, CB2 3QJ",
    contact="Committee Manager, 01223 457000",
    items=[
        item("24/31/ECS", "Apologies for Absence", ["Apologies were received from Councillor Okafor."]),
        item("24/32/ECS", "Public Questions", [
            "A member of the public asked why the paddling pool at Coleridge Recreation Ground had not opened last summer. The Executive Councillor said the pool had failed its water circulation test and a new pump had been bought for £18,500, so it would open on 1 July.",
        ]),
        item("24/33/ECS", "Canopy Cover Programme", [
            "The Committee received a report on the city's canopy programme. Over the coming planting season 1,150 trees would be planted on streets, parks and council housing land, with the largest share on Nightingale Avenue Recreation Ground and Chesterton Road.",
            "A survey of street trees carried out by the arboricultural team in 2023 had found that 9 per cent of young trees planted since 2020 had died, mostly from drought in their second summer. Watering bags would now be fitted to every new street tree.",
            "Councillor Whitcombe asked whether residents could adopt a tree to water. Officers said a scheme would start in May with 300 trees offered.",
        ]),
        item("24/34/ECS", "Jesus Green Lido Season", [
            "The lido would open from 4 May to 22 September. Season tickets would rise from £98 to £104.",
        ]),
        item("24/35/ECS", "Work Programme", ["The Committee noted the work programme."]),
    ])

# ---------------------------------------------------------------- 4 Solihull (scrutiny, mg-meeting, trees, Q&A)
doc(name="ieListDocuments_CId411_MId1877_Solihull_Economy_Infrastructure", form="mg-meeting",
    council="Solihull Metropolitan Borough Council", stated="yes",
    committee="Economy and Infrastructure Scrutiny Board", date="2024-01-23",
    site=site("Solihull Metropolitan Borough Council", "https://eservices.solihull.gov.uk/mgInternet",
              "Solihull Council House, Manor Square, Solihull B91 3QB", "© Solihull Metropolitan Borough Council"),
    heading="Agenda and minutes: Economy and Infrastructure Scrutiny Board - Tuesday, 23rd January, 2024 6.00 pm",
    venue="Civic Suite, Solihull Council House",
    contact="Scrutiny Officer, 0121 704 6000",
    items=[
        item("22.", "Declarations of Interest", ["None were declared."]),
        item("23.", "Urban Forest Plan Update", [
            "The Board received an update on the Urban Forest Plan. In the winter of 2023 to 2024 the Council would plant 2,600 trees, including a new woodland of 1,900 whips at Babbs Mill Local Nature Reserve in Kingshurst.",
            "Councillor Haddon asked who would look after the trees once planted. The Cabinet Member replied that Arden Canopy Services had been engaged for three years of aftercare, paid for from the West Midlands Combined Authority grant.",
        ]),
        item("24.", "Highways Maintenance Programme", [
            "The Board noted that resurfacing of Lode Lane between the Warwick Road junction and the Lode Lane roundabout would take eleven weeks and would be done overnight to avoid disruption to the car plant shifts.",
        ]),
        item("25.", "Solihull Town Centre Footfall", [
            "Footfall in Mell Square had fallen by 6 per cent on the previous year, which officers put down to the closure of two department stores. A vacancy survey in November had found 14 empty units in the square.",
        ]),
        item("26.", "Work Programme", ["Agreed."]),
    ])

# ---------------------------------------------------------------- 5 Medway (scrutiny, mg-meeting, food waste)
doc(name="ieListDocuments_CId132_MId6218_Medway_RCE_Scrutiny", form="mg-meeting",
    council="Medway Council", stated="yes",
    committee="Regeneration, Culture and Environment Overview and Scrutiny Committee", date="2024-10-10",
    site=site("Medway Council", "https://democracy.medway.gov.uk",
              "Medway Council, Gun Wharf, Dock Road, Chatham, Kent ME4 4TR", "© Medway Council 2024"),
    heading="Agenda and minutes: Regeneration, Culture and Environment Overview and Scrutiny Committee - Thursday, 10th October, 2024 6.30 pm",
    venue="Meeting Room 2 and 3, Level 3, Gun Wharf, Dock Road, Chatham ME4 4TR",
    contact="Democratic Services Officer, 01634 332715",
    outcome_label="Decision:",
    items=[
        item("401", "Apologies for absence", ["Apologies were received from Councillors Kemp and Osei."]),
        item("402", "Weekly Food Waste Collections", [
            "Members were told that weekly food waste collections would start across Medway in April 2026, using 28 new narrow bodied vehicles so that crews could reach terraced streets in Luton and Chatham. Each household would receive a 23 litre kerbside caddy and a kitchen caddy.",
            "The cost of the vehicles and caddies, £3.4 million, would be met by the government's new burdens funding.",
            "A Member asked how much the council would save on disposal. Officers replied that food waste would go to anaerobic digestion at £28 a tonne, against £104 a tonne for incineration.",
            "Members asked where the new vehicles would be kept. Officers said a depot had not yet been chosen, as the lease on the Strood depot ran out in 2026.",
        ]),
        item("403", "Chatham Waterfront Bus Station", [
            "The Committee was told that the bus station shelters would be replaced in February because the glass panels had been broken 37 times in a year. The new shelters would use polycarbonate panels.",
        ]),
        item("404", "Rochester Castle Concerts", [
            "The summer concerts in the castle gardens had sold 19,400 tickets over six nights. The Committee recommended that Cabinet keep the concerts for a further three years.",
        ]),
        item("405", "Work programme", ["The Committee agreed its work programme."]),
    ])

# ---------------------------------------------------------------- 6 Brighton and Hove (committee, mg-meeting, Q&A)
doc(name="ieListDocuments_CId1166_MId11502_Brighton_Culture_Committee", form="mg-meeting",
    council="Brighton and Hove City Council", stated="yes",
    committee="Culture, Heritage, Sport, Tourism and Economic Development Committee", date="2024-03-07",
    site=site("Brighton and Hove City Council", "https://democracy.brighton-hove.gov.uk",
              "Hove Town Hall, Norton Road, Hove BN3 3BQ", "Brighton and Hove City Council 2024"),
    heading="Agenda and minutes: Culture, Heritage, Sport, Tourism and Economic Development Committee - Thursday, 7th March, 2024 4.00pm",
    venue="Council Chamber, Hove Town Hall",
    contact="Democratic Services, 01273 291354",
    items=[
        item("45", "Procedural Business", ["There were no substitutes and no declarations of interest."]),
        item("46", "Public Involvement", [
            "Ms Harriet Quayle asked when the dog ban on the beach between the Palace Pier and the West Pier would end each year. The Chair replied that the seasonal ban ran from 1 May to 30 September and would not change this year.",
            "Mr Tomasz Wilk asked whether the Madeira Terrace arches would be let to small businesses. The Chair replied that the first twelve restored arches would be offered on ten year leases at a discounted rent for the first two years.",
        ]),
        item("47", "Madeira Terrace Restoration", [
            "The Committee noted that restoration of the first thirty arches would be carried out by Kemptown Ironworks Limited and was due to finish in the autumn of 2025. A condition survey in 2023 had found that 41 of the original cast iron columns could be repaired rather than recast.",
        ]),
        item("48", "Hove Lagoon Play Area", [
            "The committee agreed to spend £260,000 on a new play area at Hove Lagoon, replacing equipment that had been closed for safety reasons since 2022.",
        ]),
        item("49", "Seafront Events Fees", [
            "The fee for commercial events on the seafront lawns would rise by 5 per cent from April. A vote was taken: 6 for, 2 against, and the increase was agreed.",
        ]),
    ])

# ---------------------------------------------------------------- 7 Cheltenham (mg-item, car parking)
doc(name="mgIssueHistoryHome_IId3390_Cheltenham_Overview_Scrutiny", form="mg-item",
    council="Cheltenham Borough Council", stated="yes", committee="Overview and Scrutiny Committee",
    date="2024-02-26",
    site=site("Cheltenham Borough Council", "https://democracy.cheltenham.gov.uk",
              "Cheltenham Borough Council, Municipal Offices, Promenade, Cheltenham GL50 9SA",
              "Cheltenham Borough Council © 2024", breadcrumb=["Home", "Meetings", "Overview and Scrutiny Committee", "Agenda item"]),
    meeting_line="Monday, 26th February, 2024 6.00 pm - Overview and Scrutiny Committee",
    items=[item("7", "Car Parking Tariffs 2024/25", [
        "The Cabinet Member for Finance introduced proposals for car parking charges from 1 April. The standard hourly rate in the Regent Arcade and North Place car parks would rise from £1.60 to £1.80, and free parking after 6pm on Saturdays in Royal Well would end.",
        "The proposals would raise an estimated £410,000 a year, which would go towards the repair of the Regent Arcade car park deck.",
        "Councillor Fenwick asked why evening charges were being introduced when the night time economy was still recovering. The Cabinet Member replied that the Royal Well car park was full most Saturday evenings and the charge would be £2 flat rate, lower than any other town centre car park.",
        "Councillor Abara asked whether residents of the Lower High Street would lose their permits. The Cabinet Member said no permit holder would be affected.",
        "The Committee agreed to ask Cabinet to review the evening charge after six months.",
    ], intro="Report of the Cabinet Member for Finance and Assets.",
        links=[("Car parking tariffs report", "412 KB"), ("Appendix 1 tariff table", "96 KB")])])

# ---------------------------------------------------------------- 8 Bexley (mg-item, trees)
doc(name="mgAi_ID4471_Bexley_Places_Scrutiny", form="mg-item",
    council="London Borough of Bexley", stated="yes", committee="Places Overview and Scrutiny Committee",
    date="2024-11-12",
    site=site("London Borough of Bexley", "https://democracy.bexley.gov.uk",
              "London Borough of Bexley, Civic Offices, 2 Watling Street, Bexleyheath DA6 7AT",
              "© London Borough of Bexley", breadcrumb=["Home", "Meetings", "Agenda item"]),
    meeting_line="Places Overview and Scrutiny Committee, Tuesday 12 November 2024 7.30 pm",
    items=[item("34", "Street Tree Planting and Maintenance", [
        "The Cabinet Member for Places presented the annual street tree report. This winter the Council would plant 740 street trees, of which 210 would replace trees felled because they were dead or dangerous.",
        "Members heard that the Broadway in Bexleyheath had lost 22 trees since 2019, mostly to vandalism and vehicle damage. Tree guards made of steel would be fitted to the replacements.",
        "Councillor Draycott asked how many residents were waiting for a tree to be pruned. The Head of Parks replied that 1,260 pruning requests were outstanding and that the average wait was fourteen months.",
        "The tree maintenance contract with Greenhithe Arboriculture Limited would end in March 2026 and would not be extended, because of the backlog.",
        "The Committee noted the report.",
    ], links=[("Street trees report", "1 MB")])])

# ---------------------------------------------------------------- 9 Canterbury (mg-decision)
doc(name="ieDecisionDetails_ID2210_Canterbury_Beach_Huts", form="mg-decision",
    council="Canterbury City Council", stated="yes", committee="Cabinet", date="2024-03-04",
    site=site("Canterbury City Council", "https://democracy.canterbury.gov.uk",
              "Canterbury City Council, Military Road, Canterbury CT1 1YW", "© Canterbury City Council"),
    decision_title="Decision details: Beach hut licences and sites at Tankerton and Herne Bay",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "No"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To set beach hut licence fees from 1 April 2024 and agree new hut sites."]),
        ("Decision:", [
            "- The annual licence fee for a privately owned hut on the Tankerton Slopes will be £520, up from £455.",
            "- Twenty new hut sites will be created on the Herne Bay west cliff promenade, to be let by ballot.",
            "- The waiting list will be closed to new names until the ballot has been held.",
            "The date of the ballot for the Herne Bay sites has not yet been fixed.",
        ]),
        ("Reasons for the decision:", [
            "The fee had not risen since 2021 while the cost of clearing shingle and repairing the promenade steps had almost doubled. The waiting list had reached 1,900 names, and officers estimated that a person joining it now would wait over thirty years.",
        ]),
        ("Alternative options considered:", [
            "Selling the hut sites outright was rejected because the council would lose control over the look and upkeep of the seafront.",
        ]),
    ],
    tail=[("Date of decision:", "04/03/2024"), ("Effective from:", "13/03/2024"), ("Publication date:", "05/03/2024")],
    links=[("Beach huts report", "388 KB")])

# ---------------------------------------------------------------- 10 Basildon (mg-decision, car parking)
doc(name="ieDecisionDetails_ID1732_Basildon_Parking", form="mg-decision",
    council="Basildon Borough Council", stated="yes", committee="Cabinet Member for Place and Regeneration",
    date="2024-09-19",
    site=site("Basildon Borough Council", "https://basildon.moderngov.co.uk",
              "Basildon Centre, St Martin's Square, Basildon, Essex SS14 1DL", "© Basildon Borough Council 2024"),
    decision_title="Decision details: Off street car parking charges in Wickford and Billericay",
    fields=[("Decision Maker:", "Cabinet Member for Place and Regeneration"), ("Decision status:", "Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To replace free parking in three council car parks with short stay charges."]),
        ("Decision:", [
            "The Cabinet Member agreed that charges of 80p for the first hour and £2.50 for up to four hours be introduced from 4 November 2024 in the Market Road car park in Wickford and the Lake Meadows and Western Road car parks in Billericay, with the first thirty minutes remaining free.",
            "Blue badge holders will continue to park free of charge in all three car parks.",
        ]),
        ("Reasons for the decision:", [
            "Surveys in June found the car parks were full by 9.30am on weekdays, mostly with commuters to Billericay and Wickford stations, leaving no space for shoppers. The income, expected to be £185,000 a year, will pay for resurfacing the Lake Meadows car park and new pay machines.",
        ]),
        ("Alternative options considered:", ["A four hour maximum stay without charges was considered but could not be enforced with current staff."]),
    ],
    tail=[("Date of decision:", "19/09/2024"), ("Effective from:", "27/09/2024"), ("Publication date:", "19/09/2024"),
          ("Lead officer:", "Head of Parking Services")],
    links=[("Parking charges decision notice", "220 KB")])

# ---------------------------------------------------------------- 11 Neath Port Talbot (planning, pdf-minutes)
doc(name="Printed_minutes_09th-Apr-2024_NPT_Planning", form="pdf-minutes",
    council="Neath Port Talbot Council", stated="yes", committee="Planning Committee", date="2024-04-09",
    pdf_title="Planning Committee minutes 9 April 2024", pdf_author="Democratic Services",
    title_lines=["NEATH PORT TALBOT COUNCIL", "PLANNING COMMITTEE", "(Council Chamber, Port Talbot Civic Centre)",
                 "Members Present: 9 April 2024"],
    attendance=[("Chairperson:", "Councillor D. Pritchard"),
                ("Councillors:", "A. Bevan, R. Hopkins, M. Llewellyn, S. Morgan, C. Rees, J. Thomas and H. Watkins")],
    items=[
        pitem("1.", "DECLARATIONS OF INTEREST", ["Councillor Rees declared a personal interest in application P2024/0118 as a member of the Cwmafan Rugby Club."]),
        pitem("2.", "P2023/0942 WIND TURBINE, MYNYDD MARGAM", ["The Committee considered an application for a single wind turbine of 110 metres to blade tip on upland grazing land above Margam Country Park. It was moved by Councillor Bevan and seconded by Councillor Hopkins that the application be refused because of its effect on views from the park. Upon a vote, five voted for refusal and three against, and the application was refused."]),
        pitem("3.", "P2024/0118 CLUBHOUSE EXTENSION, CWMAFAN", ["Having declared an interest, Councillor Rees left the room. The application for a two storey extension to the rugby clubhouse was granted without a vote, subject to the conditions in the report."]),
        pitem("4.", "P2024/0051 FORMER INFANTS SCHOOL, BRITON FERRY", ["The application sought consent to convert the former infants school into nine flats. Members were told that the bat survey carried out in August 2023 had found a roost of common pipistrelles in the roof void, and that two bat boxes and a loft space would be kept for them. The Committee resolved to grant permission."]),
        pitem("5.", "P2024/0203 HOT FOOD TAKEAWAY, STATION ROAD, PORT TALBOT", ["This application was withdrawn by the applicant before the meeting."]),
        pitem("6.", "APPEALS", ["The Committee noted that the appeal against refusal of the holiday lodges at Glynneath had been dismissed by the Planning Inspector."]),
    ],
    closing=["CHAIRPERSON"],
    header="PLANNING COMMITTEE 09.04.24",
    footer=["Neath Port Talbot Council | Cyngor Castell-nedd Port Talbot      Page {n}"])

# ---------------------------------------------------------------- 12 Great Yarmouth (pdf-minutes, toilets, Q&A)
doc(name="Minutes_Environment_Committee_24012024_GreatYarmouth", form="pdf-minutes",
    council="Great Yarmouth Borough Council", stated="yes", committee="Environment Committee", date="2024-01-24",
    pdf_title="Environment Committee Minutes", pdf_author="Great Yarmouth Borough Council",
    logo="Great Yarmouth Borough Council",
    title_lines=["Environment Committee", "Minutes", "Wednesday, 24 January 2024 at 6:00pm"],
    attendance=[("Present:", "Councillor Wainwright (in the Chair); Councillors Bensly, Cordeaux, Flaxman-Taylor, Galer and Mogford."),
                ("Also in attendance:", "Head of Environment and Sustainability; Democratic Services Officer.")],
    items=[
        pitem("1", "APOLOGIES FOR ABSENCE", ["Apologies were received from Councillor Hanton."]),
        pitem("2", "SEAFRONT PUBLIC CONVENIENCES", [
            "The Committee considered a report on the seafront toilets. The blocks at the Jetty and at Wellington Pier would be refurbished before Easter at a cost of £148,000, and the block at the Marina Centre would be demolished and replaced by a changing places toilet.",
            "A Member asked who would clean the new toilets. The Head of Environment and Sustainability replied that cleaning would stay with the council's own company, Great Yarmouth Norse, under the existing contract.",
        ]),
        pitem("3", "PLAY AREA IMPROVEMENTS", ["The Committee agreed to replace the equipment at the Gorleston Cliffs play area and the Barrack Estate play area, at a total cost of £175,000 from section 106 contributions."]),
        pitem("4", "BEACH CLEANING CONTRACT", [
            "Members noted that the beach cleaning machine bought in 2015 had broken down eleven times in the summer of 2023. Councillor Bensly asked whether a second hand machine could be bought. The Head of Environment replied that a second hand machine would have no warranty and that a new machine would be leased for five years at £31,000 a year.",
        ]),
        pitem("5", "ANY OTHER BUSINESS", ["There was no other business."]),
    ],
    closing=["The meeting ended at 7:25pm.", "Chair"],
    header="Environment Committee - 24 January 2024",
    footer=["Page {n} of {total}"])

# ---------------------------------------------------------------- 13 Dover (pdf-minutes, cabinet, EV)
doc(name="Cabinet_Minutes_04032024_Dover", form="pdf-minutes",
    council="Dover District Council", stated="yes", committee="Cabinet", date="2024-03-04",
    pdf_title="Minutes of the Cabinet", pdf_author="Democratic Services",
    title_lines=["DOVER DISTRICT COUNCIL", "Minutes of the meeting of the CABINET held at the Council Offices, Whitfield on Monday, 4 March 2024 at 11.00 am."],
    attendance=[("Present:", "Chairman: Councillor K Mills; Councillors C Aldous, S Beer, J Hargreaves, L Petts and N Young"),
                ("Officers:", "Chief Executive; Strategic Director (Place); Democratic Services Officer")],
    items=[
        pitem("134", "APOLOGIES", ["There were no apologies for absence."]),
        pitem("135", "ELECTRIC VEHICLE CHARGING IN COUNCIL CAR PARKS", [
            "The Cabinet considered the installation of 48 fast electric vehicle charge points in eight council car parks, including Maison Dieu Road in Dover and the Market Square car park in Sandwich. The work would be funded by the Local Electric Vehicle Infrastructure Fund, with no cost to the council.",
            "It was moved by Councillor Beer, seconded by Councillor Young and RESOLVED that the Strategic Director be authorised to sign the agreement with Chargeway Kent Limited.",
        ]),
        pitem("136", "DEAL PIER CAFE", ["The Cabinet agreed to grant a new 25 year lease of the cafe at the end of Deal Pier to Saltwater Kitchens Limited. The cafe had been empty since the previous tenant left in 2022 because of storm damage to the kitchen."]),
        pitem("137", "KEARSNEY ABBEY CAR PARK", ["The Cabinet noted that ground movement had been found under the Kearsney Abbey car park. A geotechnical survey would be commissioned in the spring to find the cause, and the car park would stay open in the meantime with the lower section coned off."]),
        pitem("138", "DOVER LEISURE CENTRE SOLAR", ["RESOLVED that 210 solar panels be fitted to the roof of Dover Leisure Centre at a cost of £196,000, expected to pay back in seven years."]),
    ],
    closing=["The meeting ended at 12.10 pm."],
    header="Cabinet 4 March 2024", header_right="Minutes 134 - 138",
    footer=["{n}"])

# ---------------------------------------------------------------- 14 Aberdeenshire (pdf-minutes, area committee, playparks, Q&A)
doc(name="Banff_Buchan_Area_Committee_Minutes_21May2024_Aberdeenshire", form="pdf-minutes",
    council="Aberdeenshire Council", stated="yes", committee="Banff and Buchan Area Committee", date="2024-05-21",
    pdf_title="Banff and Buchan Area Committee - 21 May 2024", pdf_author="Committee Services",
    title_lines=["ABERDEENSHIRE COUNCIL", "BANFF AND BUCHAN AREA COMMITTEE",
                 "MINUTE OF MEETING OF THE BANFF AND BUCHAN AREA COMMITTEE, COUNCIL CHAMBERS, BANFF, 21 MAY 2024"],
    attendance=[("Present:", "Councillors G Reid (Chair), A Forsyth, J Duncan, M Findlater, D Cowie and S Ritchie."),
                ("Officers:", "Area Manager; Area Roads Manager; Committee Officer.")],
    items=[
        pitem("1.", "SEDERUNT AND DECLARATION OF MEMBERS' INTERESTS", ["The Chair asked Members to declare any interests. None were declared."]),
        pitem("2.", "MACDUFF PLAYPARK RENEWAL", [
            "The Committee considered a report on the renewal of three play parks in Macduff, at Law Park, Duff Street and Gellymill Road. The cost of £96,000 would come from the Regeneration Fund and the Scottish Government play park renewal money.",
            "(a) Councillor Findlater asked why Law Park was first. The Area Manager replied that the inspection in March had found rot in the climbing frame and that it had been taken out of use.",
            "(b) The Committee agreed to the renewal programme.",
        ]),
        pitem("3.", "FRASERBURGH HARBOUR ROAD", ["The Area Roads Manager reported that repairs to the sea wall on Harbour Road, Fraserburgh would start in September and take twenty weeks. The road would be closed to heavy goods vehicles during the works."]),
        pitem("4.", "BANFF LINKS CARAVAN PARK", [
            "A Member asked how many pitches the caravan park had. The Area Manager said there were 93 pitches and that occupancy in 2023 had been 71 per cent. The Committee agreed to ask the Infrastructure Services Committee to consider adding twelve touring pitches.",
        ]),
    ],
    closing=["The meeting closed at 12.40pm."],
    header="Banff and Buchan Area Committee, 21 May 2024",
    footer=["Page {n}"])

# ---------------------------------------------------------------- 15 Shetland (pdf-minutes, roads, potholes)
doc(name="Environment_Transport_Minutes_11Sep2024_Shetland", form="pdf-minutes",
    council="Shetland Islands Council", stated="yes", committee="Environment and Transport Committee",
    date="2024-09-11",
    pdf_title="Environment and Transport Committee Minutes", pdf_author="Shetland Islands Council",
    title_lines=["Shetland Islands Council", "MINUTES - PUBLIC", "Environment and Transport Committee",
                 "Council Chamber, Town Hall, Lerwick", "Wednesday 11 September 2024 at 10am"],
    attendance=[("Present:", "M Bell, D Anderson, G Coutts, R Leask, E Simpson, A Wishart"),
                ("In attendance (officers):", "Director of Infrastructure Services; Executive Manager, Roads; Team Leader, Ferry Operations")],
    items=[
        pitem("Min. Ref. 31/24", "Declarations of Interest", ["None."]),
        pitem("Min. Ref. 32/24", "Roads Maintenance Performance", [
            "The Executive Manager, Roads reported that 4,380 potholes had been repaired across the islands in the year to March, compared with 3,150 the year before. Most of the increase was on the A970 north of Brae and on single track roads in Unst and Yell after the wet winter.",
            "In response to a question, the Executive Manager said that the jet patcher bought in 2022 had allowed one crew to repair three times as many potholes in a shift as a hand crew.",
        ]),
        pitem("Min. Ref. 33/24", "Inter Island Ferry Timetable", [
            "The Committee approved a winter timetable for the Bluemull Sound ferry with one fewer return sailing on Sundays. Mr Wishart asked why the Sunday sailing had been chosen. The Team Leader replied that it carried an average of four vehicles, the lowest of any sailing in the week.",
        ]),
        pitem("Min. Ref. 34/24", "Tingwall Airport Runway", ["The Committee noted that the runway lighting at Tingwall Airport would be replaced with LED lighting in October at a cost of £212,000, funded by the council's capital programme."]),
        pitem("Min. Ref. 35/24", "Lerwick Bus Station", ["Members were told that a study of a new bus station at the Viking Bus Station site would report in 2025."]),
    ],
    closing=["The meeting concluded at 11.50am.", "Chair"],
    header="Environment and Transport Committee - 11 September 2024",
    footer=["Page {n} of {total}"])

# ---------------------------------------------------------------- 16 North Yorkshire (pdf-minutes, ACC, potholes)
doc(name="Minutes_Harrogate_Knaresborough_ACC_18July2024_NorthYorkshire", form="pdf-minutes",
    council="North Yorkshire Council", stated="yes",
    committee="Harrogate and Knaresborough Area Constituency Committee", date="2024-07-18",
    pdf_title="Harrogate and Knaresborough ACC minutes", pdf_author="North Yorkshire Council",
    title_lines=["North Yorkshire Council", "Harrogate and Knaresborough Area Constituency Committee",
                 "Minutes of the meeting held on Thursday 18th July 2024 commencing at 10.00 am at the Civic Centre, St Luke's Avenue, Harrogate."],
    attendance=[("Present:", "Councillor Monika Slater in the Chair; Councillors Hanif Arshad, Philip Broadbank, Sam Gibbs, Pat Marsh and Robert Windass.")],
    items=[
        pitem("12", "Public Questions or Statements", [
            "Mrs Elaine Fothergill asked when the zebra crossing promised for Bond End in Knaresborough would be built. The Area Highways Manager replied that the design was finished and the crossing would be built in the October half term, when fewer children would be walking to school.",
        ]),
        pitem("13", "Highways Area Update", [
            "The Area Highways Manager reported that 2,915 potholes had been repaired in the Harrogate and Knaresborough area between April and June, and that 94 per cent had been made safe within the target time.",
            "Resurfacing of Skipton Road in Harrogate between Knox Lane and the Dragon Road junction had been postponed until 2025 because a gas main was to be replaced first. The gas company had not yet confirmed when its work would be done, so no month in 2025 could be given.",
        ]),
        pitem("14", "Harrogate Station Gateway", ["Members noted that the Station Gateway scheme had been cancelled and that the £11.2 million of government money would be returned. Councillor Marsh asked whether any of it could be kept. The Area Manager replied that none could, as the grant conditions did not allow it."]),
        pitem("15", "Knaresborough Castle Toilets", ["The Committee was told that the toilets in the castle grounds would close for six weeks in the autumn for new drainage."]),
    ],
    closing=["The meeting concluded at 12.05 pm."],
    header="OFFICIAL - PUBLIC", header_from=1,
    footer=["North Yorkshire Council - Harrogate and Knaresborough ACC - 18 July 2024", "Page {n}"])

# ---------------------------------------------------------------- 17 Cherwell (pdf-pack, executive, food waste)
doc(name="Agenda_Executive_05Feb2024_Cherwell", form="pdf-pack",
    council="Cherwell District Council", stated="yes", committee="Executive", date="2024-02-05",
    pdf_title="(Public Pack)Agenda Document for Executive, 05/02/2024 18:30", pdf_author="Cherwell District Council",
    cover=["Cherwell District Council", "Executive", "Monday 5 February 2024 at 6.30 pm",
           "Bodicote House, Bodicote, Banbury, Oxon OX15 4AA"],
    cover_body=["Membership: Councillor David Hingley (Leader), Councillor Lesley McLean (Deputy Leader), Councillors Chapman, Conway, Ryder and Sames.",
                "Please contact Democratic and Elections for enquiries about this agenda."],
    agenda=[("1", "Apologies for Absence"), ("2", "Declarations of Interest"),
            ("3", "Minutes {minutes}"), ("4", "Chairman's Announcements"),
            ("5", "Introduction of Weekly Food Waste Collections {report}")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["Cherwell District Council", "Executive",
                      "Minutes of a meeting of the Executive held at Bodicote House, Bodicote, Banbury, on 8 January 2024 at 6.30 pm"],
    prev_items=[
        pitem("99", "Kidlington Village Centre Toilets", [
            "The Executive agreed to close the public toilets in the Kidlington village centre car park from 1 April, because the block needed repairs costing £85,000.",
            "Councillor Conway asked whether the parish council had been offered the building. The Portfolio Holder replied that Kidlington Parish Council had been offered it for a peppercorn rent and had until March to decide.",
        ]),
        pitem("100", "Bicester Garden Town Cycle Routes", [
            "Resolved that the cycle route along Bucknell Road in Bicester be built by Oxford Civil Works Limited, at a cost of £1.7 million met by Homes England.",
            "Proposed by Councillor Sames, seconded by Councillor Ryder.",
        ]),
    ],
    report=report(
        ["Cherwell District Council", "Executive", "5 February 2024"],
        [("Report of:", "Assistant Director Environmental Services"), ("Portfolio:", "Cleaner and Greener Communities"),
         ("Wards affected:", "All")],
        [("1. Purpose of Report", ["1.1 To agree how weekly food waste collections will be introduced across the district."]),
         ("2. Recommendations", ["2.1 That weekly food waste collections start in Banbury and Bicester in October 2025 and in the villages in January 2026.",
                                 "2.2 That the food waste be taken to the anaerobic digestion plant at Ardley under a seven year contract."]),
         ("3. Background", ["3.1 Cherwell already collects food waste mixed with garden waste in the brown bin. From 2026 councils must collect food waste separately every week.",
                            "3.2 A trial with 1,200 homes in Kidlington from May to October 2023 found that 64 per cent of households used the new caddy every week, and that food waste in the grey bin fell by almost half."]),
         ("4. Costs", ["4.1 Nine new vehicles and 68,000 caddies will cost £2.9 million. Defra has confirmed capital funding of £2.4 million; the remaining £500,000 will be met from the council's waste reserve."]),
         ("5. Risks", ["5.1 The main risk is delivery of the vehicles, which currently have a lead time of fourteen months."])]),
    footer=["Page {n}"], number_offset=0)

# ---------------------------------------------------------------- 18 Tendring (pdf-pack, scrutiny, toilets)
doc(name="Agenda_Community_Leadership_OSC_15Jul2024_Tendring", form="pdf-pack",
    council="Tendring District Council", stated="yes", committee="Community Leadership Overview and Scrutiny Committee",
    date="2024-07-15",
    pdf_title="Agenda - Community Leadership Overview and Scrutiny Committee", pdf_author="Tendring District Council",
    cover=["TENDRING DISTRICT COUNCIL", "Community Leadership Overview and Scrutiny Committee",
           "DATE: Monday, 15 July 2024", "TIME: 7.30 pm", "VENUE: Princes Theatre, Town Hall, Station Road, Clacton-on-Sea"],
    cover_body=["MEMBERSHIP: Councillor Fairley (Chairman), Councillor Baker (Vice-Chairman), Councillors Alexander, Harris, Morrison and Placey.",
                "Most Council meetings are open to the public and press."],
    agenda=[("1", "Apologies for Absence and Substitutions"), ("2", "Minutes of the Last Meeting {minutes}"),
            ("3", "Declarations of Interest"), ("4", "Questions on Notice pursuant to Procedure Rule 38"),
            ("5", "Seafront Public Conveniences Review {report}")],
    marks=["Agenda Item 2", "Agenda Item 5"],
    prev_title_lines=["MINUTES OF THE MEETING OF THE COMMUNITY LEADERSHIP OVERVIEW AND SCRUTINY COMMITTEE, HELD ON MONDAY, 10TH JUNE, 2024 AT 7.30 PM IN THE PRINCES THEATRE, TOWN HALL, STATION ROAD, CLACTON-ON-SEA"],
    prev_items=[
        pitem("4.", "QUESTIONS ON NOTICE", [
            "Councillor Placey had asked how many beach patrol staff would work this summer. The Portfolio Holder had replied that eight seasonal beach patrol officers would be employed from the late May bank holiday to the end of September, two more than last year.",
        ]),
        pitem("5.", "JAYWICK SANDS COVERED MARKET", [
            "The Committee heard that the covered market at Jaywick Sands had 19 traders on Saturdays and that the managing agent, Brooklands Markets Limited, would run a Sunday market from August.",
            "It was RESOLVED that the report be noted.",
        ]),
    ],
    report=report(
        ["TENDRING DISTRICT COUNCIL", "COMMUNITY LEADERSHIP OVERVIEW AND SCRUTINY COMMITTEE", "15 JULY 2024"],
        [("REPORT OF:", "Assistant Director (Building and Public Realm)"), ("SUBJECT:", "Seafront Public Conveniences Review")],
        [("1. PURPOSE OF THE REPORT", ["1.1 To inform the Committee of the condition of the seafront toilets and the options for their future."]),
         ("2. BACKGROUND", ["2.1 The Council runs 24 public toilet blocks, 15 of them on the seafront between Harwich and Brightlingsea."]),
         ("3. CONDITION", ["3.1 A condition survey in February 2024 found that the blocks at Holland Haven and Walton Naze needed new roofs and that the Clacton Pier Gap block had failed its electrical test and would need rewiring.",
                           "3.2 The total cost of the works identified is £612,000, to be spread over three years."]),
         ("4. OPTIONS", ["4.1 The Committee is asked to comment on introducing a 40p charge at the four busiest blocks, which would raise about £60,000 a year towards the repairs.",
                         "4.2 Community toilet schemes with cafes and pubs would be used in Frinton, where no council block is open in winter."]),
         ("5. RECOMMENDATION", ["5.1 That the Committee comments on the options before the Cabinet decides in September."])]),
    footer=["Page {n}"], number_offset=1)

# ---------------------------------------------------------------- 19 Somerset (pdf-pack, scrutiny, potholes? play areas)
doc(name="Agenda_Scrutiny_Climate_Place_11Dec2024_Somerset", form="pdf-pack",
    council="Somerset Council", stated="yes", committee="Scrutiny Committee - Climate and Place", date="2024-12-11",
    pdf_title="Scrutiny Committee - Climate and Place, 11 December 2024", pdf_author="Somerset Council",
    cover=["Somerset Council", "Scrutiny Committee - Climate and Place", "Wednesday, 11th December, 2024, 10.00 am",
           "The Council Chamber, Deane House, Belvedere Road, Taunton TA1 1HE"],
    cover_body=["Members: Councillor Martin Dimery (Chair), Councillor Bob Filmer (Vice Chair), Councillors Gwilym Wren, Susannah Hart, Tim Kerley and Dixie Darch.",
                "Issued by the Service Manager, Democratic Services."],
    agenda=[("1", "Apologies for Absence"), ("2", "Minutes from the Previous Meeting {minutes}"),
            ("3", "Declarations of Interest"), ("4", "Public Question Time"),
            ("5", "Play Area Asset Review {report}")],
    marks=["Agenda Item 2", "Agenda Item 5"],
    prev_title_lines=["Somerset Council", "Minutes of a Meeting of the Scrutiny Committee - Climate and Place held in the John Meikle Room, The Deane House, on Wednesday, 9 October 2024 at 10.00 am"],
    prev_items=[
        pitem("SC/24/41", "Public Question Time", [
            "Mr Gerald Pyke of Frome asked why the Rodden Road bridge had been closed for five months. The Lead Member for Transport replied that the bridge had failed a load assessment in May and that strengthening works by Mendip Structures Limited would start in January.",
        ]),
        pitem("SC/24/42", "Flood Response in Burrow Bridge", [
            "The Committee heard that 31 homes in Burrow Bridge and Moorland had been flooded in January 2024. The Environment Agency would pay for new pumps at the Northmoor pumping station, and the council would fund sandbag stores in both villages. The Environment Agency had not yet said when the new pumps would be installed.",
        ]),
    ],
    report=report(
        ["Somerset Council", "Scrutiny Committee - Climate and Place", "11 December 2024"],
        [("Lead Officer:", "Service Director, Open Spaces"), ("Report Author:", "Open Spaces Manager"),
         ("Executive Lead Member:", "Lead Member for Communities")],
        [("1. Summary", ["1.1 The council owns 412 play areas inherited from the former district councils. Many are in poor condition and there is no budget to replace them all."]),
         ("2. Findings of the Review", ["2.1 Independent inspections carried out in August found that 63 play areas had equipment at the end of its life, and that 11 should close within a year unless repaired.",
                                        "2.2 The cost of bringing all play areas to a good standard is estimated at £9.8 million."]),
         ("3. Proposals", ["3.1 Town and parish councils will be offered the freehold of play areas in their area, with a payment equal to five years of maintenance.",
                           "3.2 The council will keep and renew 60 strategic play areas, including Vivary Park in Taunton and Victoria Park in Bridgwater."]),
         ("4. Consultation", ["4.1 Town and parish councils were written to in October; 38 have so far said they wish to take on play areas."]),
         ("5. Recommendation", ["5.1 That the Committee notes the review and comments to the Executive."])]),
    footer=["Somerset Council - Scrutiny Committee - Climate and Place - 11 December 2024", "Page {n}"], number_offset=0)

# ---------------------------------------------------------------- 20 Bradford (docx-report, voids)
doc(name="Executive_Report_Council_Housing_Voids_05Mar2024_Bradford", form="docx-report",
    council="City of Bradford Metropolitan District Council", stated="yes", committee="Executive", date="2024-03-05",
    docx_author="Strategic Director Place",
    letterhead=["City of Bradford Metropolitan District Council", "www.bradford.gov.uk"],
    report=report(
        ["Report of the Strategic Director, Place to the meeting of the Executive to be held on 5 March 2024",
         "Subject: Empty council homes and the new lettings standard", "Document: AB"],
        [("Portfolio:", "Healthy People and Places"), ("Report Contact:", "Housing Assets Manager"),
         ("Phone:", "01274 432111"), ("Ward:", "All"), ("Overview and Scrutiny Area:", "Regeneration and Environment")],
        [("1. SUMMARY", ["1.1 The council owns about 1,400 homes built under its new build programme and bought back from the market since 2015. This report sets out why too many of them stand empty between lettings and what will be done."]),
         ("2. BACKGROUND", ["2.1 At the end of January, 87 council homes were empty, and the average time to relet a home was 74 days against a target of 28 days.",
                            "2.2 The main causes are delays in gas safety checks and the poor condition of homes returned by tenants leaving after long tenancies."]),
         ("3. REPORT ISSUES", ["3.1 Empty homes will now be repaired by Airedale Property Services Limited under a two year contract, rather than by the council's own repairs team, which will concentrate on day to day repairs. The start date of the contract has not yet been agreed with the contractor.",
                               "3.2 An audit of 40 recently relet homes in December found that a quarter had been let with faults that should have been fixed before the new tenant moved in."]),
         ("4. FINANCIAL AND RESOURCE APPRAISAL", ["4.1 Each empty home costs the council about £95 a week in lost rent and council tax. The contract is worth up to £1.1 million a year and will be met from the Housing Revenue Account."]),
         ("5. RISK MANAGEMENT AND GOVERNANCE ISSUES", ["5.1 The contractor will be paid a lower rate for any home not ready within 21 days."]),
         ("6. RECOMMENDATIONS", ["6.1 That the Executive approves the contract and the new lettings standard."])]),
    header="OFFICIAL",
    footer=["Executive 5 March 2024 - Empty council homes"])

# ---------------------------------------------------------------- 21 South Lanarkshire (docx-report, voids)
doc(name="Report_Community_Enterprise_27Aug2024_SouthLanarkshire", form="docx-report",
    council="South Lanarkshire Council", stated="yes", committee="Community and Enterprise Resources Committee",
    date="2024-08-27",
    docx_author="Executive Director (Community and Enterprise Resources)",
    letterhead=["South Lanarkshire Council"],
    report=report(
        ["Report", "Report to: Community and Enterprise Resources Committee", "Date of Meeting: 27 August 2024"],
        [("Report by:", "Executive Director (Community and Enterprise Resources)"),
         ("Subject:", "Country Parks and Empty Properties at Calderglen and Chatelherault"),
         ("Agenda Item:", "6"), ("Wards:", "East Kilbride Central South; Hamilton South"), ("Contact:", "Head of Facilities, Waste and Grounds Services")],
        [("1. Purpose of Report", ["1.1 The purpose of the report is to advise the Committee of visitor numbers at the country parks and to seek approval for the reuse of empty estate cottages."]),
         ("2. Recommendations", ["2.1 The Committee is asked to approve that the four empty estate cottages at Chatelherault Country Park be refurbished and let as council homes."]),
         ("3. Background", ["3.1 Calderglen Country Park had 612,000 visits in 2023 to 2024 and Chatelherault Country Park had 488,000.",
                            "3.2 The children's zoo at Calderglen will close for the winter from 4 November while the reptile house is rebuilt."]),
         ("4. Empty Cottages", ["4.1 The four cottages have been empty since the park rangers moved to new accommodation in 2019. A structural survey in May 2024 found the roofs sound but the timber floors affected by wet rot.",
                                "4.2 Once refurbished, the cottages will be let to households on the council's housing list, giving priority to families in temporary accommodation in Hamilton."]),
         ("5. Employee Implications", ["5.1 There are no employee implications."]),
         ("6. Financial Implications", ["6.1 The works will cost £340,000 and will be met from the Housing Investment Programme, not from the Country Parks budget."])]),
    header="Community and Enterprise Resources Committee - 27 August 2024",
    footer=["South Lanarkshire Council", "Page {n}"])

# ---------------------------------------------------------------- 22 Westmorland and Furness (docx-minutes, cabinet, food waste, Q&A)
doc(name="Cabinet_Minutes_23Apr2024_WestmorlandFurness", form="docx-minutes",
    council="Westmorland and Furness Council", stated="yes", committee="Cabinet", date="2024-04-23",
    docx_author="Democratic Services",
    title_lines=["Westmorland and Furness Council", "Cabinet",
                 "Minutes of a meeting of the Cabinet held on Tuesday, 23 April 2024 at 10.00 am at Kendal Town Hall, Highgate, Kendal"],
    attendance=[("Present:", "Councillor Jonathan Brook (Leader), Councillors Virginia Taylor, Peter Thornton, Andrew Jarvis, Sue Sanderson and Judith Derbyshire"),
                ("Officers in attendance:", "Chief Executive; Director of Thriving Places; Senior Democratic Services Officer")],
    items=[
        {"num": "CAB/101", "title": "Questions from the Public", "body": [
            "Mr Alan Greenhalgh of Ulverston asked when the Ford Park car park barrier would be fixed. The Cabinet Member for Highways replied that a new barrier had been ordered and would be fitted in May.",
            "Ms Joyce Mossop of Appleby asked whether the council would reopen the Appleby tourist information centre. The Leader replied that there was no money to reopen it, but that leaflets would be available in the library.",
        ]},
        {"num": "CAB/102", "title": "Waste Collection Harmonisation", "body": [
            "The Cabinet considered proposals to bring together the three different waste collection services inherited from Barrow, Eden and South Lakeland. Weekly food waste collections would begin in South Lakeland in June 2025 and in the rest of the area in 2026.",
            "Councillor Jarvis asked whether households would pay for food waste caddies. The Cabinet Member for Climate replied that caddies would be free to every household.",
            "It was moved by Councillor Taylor and seconded by Councillor Thornton that the proposals be approved. RESOLVED accordingly, with one abstention.",
        ]},
        {"num": "CAB/103", "title": "Barrow Dock Museum Roof", "body": [
            "The Cabinet agreed to spend £780,000 on replacing the roof of the Dock Museum in Barrow, after leaks had damaged part of the ship model collection in the winter. The museum will stay open during the works."]},
        {"num": "CAB/104", "title": "Penrith Leisure Centre", "body": [
            "The Cabinet noted that Penrith Leisure Centre's pool would reopen in July after the replacement of its ceiling. A decision on the future of the sports hall roof was deferred to allow the structural engineer's report to be completed."]},
    ],
    closing=["The meeting ended at 11.40 am."],
    header="Cabinet - 23 April 2024",
    footer=["Westmorland and Furness Council", "Page {n}"])

# ---------------------------------------------------------------- 23 Crawley (docx-minutes, scrutiny, voids)
doc(name="Minutes_Overview_Scrutiny_Commission_04Nov2024_Crawley", form="docx-minutes",
    council="Crawley Borough Council", stated="yes", committee="Overview and Scrutiny Commission", date="2024-11-04",
    docx_author="Democratic Services, Crawley Borough Council",
    title_lines=["Crawley Borough Council", "Minutes of Overview and Scrutiny Commission", "Monday, 4 November 2024 at 7.00 pm",
                 "Committee Rooms A and B, Town Hall, The Boulevard, Crawley"],
    attendance=[("Councillors Present:", "T Belben (Chair), K Khan (Vice Chair), J Burgess, R Fiveash, S Pritchard and A Sheikh"),
                ("Officers Present:", "Head of Crawley Homes; Democratic Services Officer")],
    items=[
        {"num": "OSC.41", "title": "Disclosures of Interest", "body": ["No disclosures of interests were made."]},
        {"num": "OSC.42", "title": "Empty Council Homes", "body": [
            "The Commission considered a report on council homes standing empty. There were 118 empty council homes on 30 September, of which 31 were in Broadfield and Bewbush, where many flats needed new kitchens before they could be relet.",
            "Councillor Sheikh asked why homes were taking so long to relet. The Head of Crawley Homes replied that the main reason was a shortage of electricians, as Crawley Homes had four vacancies for electricians that had been advertised three times without success.",
            "The Commission recommended that Cabinet agree a market supplement for electricians.",
        ]},
        {"num": "OSC.43", "title": "Tilgate Park Car Park Charges", "body": [
            "The Commission reviewed the first year of charges at Tilgate Park. Income had been £640,000, and visitor numbers had fallen by only 3 per cent. Members noted the charges would be reviewed again in 2025."]},
        {"num": "OSC.44", "title": "Forward Plan", "body": ["The Commission noted the Forward Plan."]},
    ],
    closing=["The meeting closed at 8.55 pm.", "T BELBEN", "Chair"],
    header="Overview and Scrutiny Commission (4) 4 November 2024",
    footer=["Crawley Borough Council"])

# ---------------------------------------------------------------- 24 Chesterfield (txt, cabinet, EV, playgrounds)
doc(name="Cabinet_Minutes_16_January_2024_Chesterfield", form="txt",
    council="Chesterfield Borough Council", stated="yes", committee="Cabinet", date="2024-01-16",
    title_lines=["CHESTERFIELD BOROUGH COUNCIL", "CABINET", "Tuesday, 16th January, 2024",
                 "Committee Room 1, Town Hall, Rose Hill, Chesterfield S40 1LP", "MINUTES"],
    attendance=[("Present:", "Councillor T Gilby (Leader, Chair); Councillors Blank, Brittain, Kellman, Ludlow, Mannion-Brunt and Sarvent."),
                ("Non Cabinet Members:", "Councillor Snowdon attended for item 47."),
                ("Officers:", "Service Director Leisure, Culture and Community Wellbeing; Democratic Services Officer.")],
    items=[
        pitem("45", "Declarations of Members' and Officers' Interests", ["No declarations of interest were received."]),
        pitem("46", "Electric Vehicle Charging at Council Car Parks", [
            "The Cabinet considered a proposal to install 24 electric vehicle charging points at the Saltergate, Holywell Cross and Queens Park Annexe car parks. Drivers would pay 55p per kilowatt hour, and the council would receive a fixed rent of £1,800 a year for each car park.",
            "RESOLVED that the scheme be approved.",
        ]),
        pitem("47", "Play Area Investment Programme", [
            "The Cabinet approved £420,000 for new play equipment at Eastwood Park, Holmebrook Valley Park and Poolsbrook Country Park. Councillor Snowdon asked whether the Poolsbrook equipment would be suitable for disabled children. The Cabinet Member replied that half of the new pieces would be fully accessible, including a wheelchair roundabout.",
        ]),
        pitem("48", "Chesterfield Market Hall Opening Hours", [
            "The Cabinet agreed that the Market Hall would open on Sundays from March on a trial basis of six months, because stallholders had asked for it.",
        ]),
    ],
    closing=["The meeting closed at 11.15 am.", "", "Chair"])
