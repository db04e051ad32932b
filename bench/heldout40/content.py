"""The documents of bench/heldout40: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout40.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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


# --------------------------------------------------------------------------- 1 Central Bedfordshire
doc(
    name="ieListDocuments_CId593_MId8841_CentralBeds_Executive", form="mg-meeting",
    council="Central Bedfordshire Council", stated="yes", committee="Executive", date="2024-07-09",
    site=site("Central Bedfordshire Council", "https://www.centralbedfordshire.gov.uk",
              "Priory House, Monks Walk, Chicksands, Shefford SG17 5TQ", "© Central Bedfordshire Council 2024",
              menu=["Home", "Councillors", "Committees", "Meetings", "Forward plan", "Search documents"]),
    heading="Agenda and minutes: Executive - Tuesday, 9th July, 2024 9.30 am",
    venue="Council Chamber, Priory House, Monks Walk, Chicksands, Shefford SG17 5TQ",
    contact="Leanne Ferrier, Democratic Services Officer",
    items=[
        item("E/24/31", "Apologies for Absence", [
            "Apologies for absence were received from Councillor M. Dunleavy (Executive Member for Finance)."]),
        item("E/24/32", "Public Participation", [
            "Mr K. Ashworth of Stotfold asked when the public electric vehicle charging points promised for the Greenacre car park in Stotfold would be switched on, as the bays had been marked out since February.",
            "In reply, the Executive Member for Highways, Councillor T. Baines, said that the twelve charging points at Greenacre were installed but were waiting for a new electricity supply from UK Power Networks, and that the supplier, Fernway Charge Ltd, expected them to be working by the end of September 2024."]),
        item("E/24/33", "Leisure Centre Decarbonisation: Flitwick and Houghton Regis", [
            "The Executive considered a report of the Director of Place and Communities on replacing the gas boilers at Flitwick Leisure Centre and Houghton Regis Leisure Centre with air source heat pumps. The scheme would cost £3.42 million, of which £2.15 million would come from the Public Sector Decarbonisation Scheme grant and the remainder from the council's capital programme.",
            "The Director explained that the pool halls used more than half of the gas burned across the council's whole estate. Works at Flitwick would start in January 2025 and take about fourteen weeks, with the main pool kept open throughout; the learner pool would close for six weeks.",
            "Councillor R. Okafor asked whether the leisure operator's management fee would change. The Executive Member for Communities said that the contractor's energy savings would be shared with the council under the existing contract, but that the split for the new plant had not yet been agreed with the operator and would be reported back once settled.",
            "RESOLVED that the decarbonisation works at Flitwick and Houghton Regis leisure centres be approved and included in the capital programme at £3.42 million."],
            links=[("Report: Leisure Centre Decarbonisation", "412 KB"), ("Appendix A: Energy data", "96 KB")]),
        item("E/24/34", "Ampthill Great Park: Car Park Charges", [
            "The Executive considered the outcome of the consultation on charging at the Ampthill Great Park car park, to which 1,146 people had responded. Most respondents opposed charges, citing the cost for daily dog walkers.",
            "The Executive Member for Sustainability said that the car park's surface, drainage and the toilets at the Café in the Park needed £380,000 of work over five years. The proposal was amended so that the first hour would be free, followed by £1.20 for up to three hours, with an annual permit for residents at £45.",
            "RESOLVED that charges at Ampthill Great Park car park be introduced from 1 October 2024 on the amended tariff, and that the income be kept for the upkeep of the park."]),
        item("E/24/35", "Houghton Regis Market Square Enhancements", [
            "The Executive noted progress on the Houghton Regis market square works. The contractor, Amwell Civils, had started on site in May and the new paving and seating were due to be finished by November 2024. Market traders had been moved to Bedford Square during the works."]),
    ],
)

# --------------------------------------------------------------------------- 2 Thurrock
doc(
    name="ieListDocuments_CId142_MId7706_Thurrock_Planning", form="mg-meeting",
    council="Thurrock Council", stated="yes", committee="Planning Committee", date="2023-11-16",
    site=site("Thurrock Council", "https://democracy.thurrock.gov.uk",
              "Civic Offices, New Road, Grays, Essex RM17 6SL", "Copyright Thurrock Council 2023",
              breadcrumb=["Home", "Committees", "Planning Committee", "Meeting"]),
    heading="Agenda and minutes: Planning Committee - Thursday, 16th November, 2023 6.00 pm",
    venue="Council Chamber, Civic Offices, New Road, Grays, Essex RM17 6SL",
    contact="Priya Sandhu, Senior Democratic Services Officer",
    items=[
        item("61.", "Minutes", ["The minutes of the meeting held on 19 October 2023 were approved as a true record."]),
        item("62.", "Declaration of Interests", [
            "Councillor D. Farrant declared a non-pecuniary interest in item 64 as a member of the Orsett Cricket Club, and left the room for that item."]),
        item("63.", "23/00814/FUL: Land east of Stanford Road, Stanford-le-Hope", [
            "The application sought permission for 146 homes, of which 35% would be affordable, with a new roundabout on Stanford Road and a play area. The Principal Planning Officer explained that the site lay in the Green Belt but that the council could show only a 1.4 year supply of housing land, which weighed heavily in favour of the scheme.",
            "A resident, Mrs A. Holloway, spoke against the application, raising flooding in Butts Lane and the lack of school places. The agent, Mr J. Verity of Halden Strategic Land, said the developer would pay £1.1 million towards school places at St Clere's School.",
            "Members asked about drainage. The Flood Risk Manager said that the attenuation basin would hold water from a 1 in 100 year storm plus 40% for climate change, and that Essex and Suffolk Water had raised no objection.",
            "Councillor G. Hensley moved that the application be approved as recommended, seconded by Councillor S. Okonedo. On being put to the vote, 6 members voted for and 3 against.",
            "RESOLVED that planning permission be granted subject to a section 106 agreement and the conditions in the report."]),
        item("64.", "23/01102/FUL: Orsett Cricket Club, Pound Lane, Orsett", [
            "The application was for a replacement pavilion with changing rooms for women and girls, and six floodlit practice nets. Officers recommended approval with a condition limiting the floodlights to 9.00 pm on any evening.",
            "A neighbour asked that the lights be switched off at 8.00 pm. Members considered that 9.00 pm was reasonable for a club with junior teams.",
            "RESOLVED that planning permission be granted as recommended."]),
        item("65.", "23/00977/OUT: Former Tilbury Riverside Social Club, Tilbury", [
            "The outline application for 58 flats in buildings of up to six storeys was deferred at the applicant's request so that a revised flood risk assessment could be submitted to the Environment Agency."]),
    ],
)

# --------------------------------------------------------------------------- 3 Barking and Dagenham
doc(
    name="ieListDocuments_CId180_MId12240_BarkingDagenham_Cabinet", form="mg-meeting",
    council="London Borough of Barking and Dagenham", stated="yes", committee="Cabinet", date="2024-03-19",
    site=site("London Borough of Barking and Dagenham", "https://modgov.lbbd.gov.uk",
              "Town Hall, 1 Town Square, Barking IG11 7LU", "© London Borough of Barking and Dagenham",
              menu=["Home", "Councillors", "Committees", "Calendar", "Decisions", "Library"]),
    heading="Agenda, decisions and minutes: Cabinet - Tuesday 19 March 2024 7.00 pm",
    venue="Council Chamber, Town Hall, Barking",
    contact="Colin Mabey, Governance Manager",
    items=[
        item("93.", "Declaration of Members' Interests", ["There were no declarations of interest."]),
        item("94.", "Damp and Mould in Council Homes: Progress Report", [
            "The Cabinet Member for Housing introduced a report on damp and mould in the council's 17,800 homes. Since the new reporting line opened in April 2023 the council had received 4,312 reports, of which 3,960 had been inspected within ten working days.",
            "The most serious cases, 214 homes rated category 1, had all had works started, and 181 had been completed. The council had spent £6.3 million on the programme, mainly on extractor fans, mould washes and insulation, and Cabinet approved a further £4 million for 2024/25.",
            "The Cabinet Member noted that the Housing Ombudsman had found maladministration in two Barking and Dagenham cases in 2023 and that the council had paid £1,850 in compensation in one of them.",
            "Cabinet agreed that a full stock condition survey of the Gascoigne and Thames View estates be commissioned in the summer of 2024, to show how many homes had hidden damp behind cladding and in roof spaces, with the results to come back to Cabinet in early 2025."]),
        item("95.", "Barking Riverside: Transfer of the Community Hub", [
            "Cabinet agreed to take a 125 year lease of the new community hub at Barking Riverside from Riverside Gateway Developments Ltd at a peppercorn rent. The developer would pay a dowry of £900,000 towards running costs over the first ten years. The hub would hold a library, a GP surgery and a youth space, and was due to open in September 2024."]),
        item("96.", "Parsloes Park Lido Feasibility", [
            "Cabinet received a presentation on options for an outdoor pool at Parsloes Park. Councillor Adeyemi asked whether the lido would be heated. The Strategic Director of Inclusive Growth replied that a heated pool open from May to September was the preferred option, at an estimated build cost of £7.8 million, and that a bid would be made to the Mayor of London's Good Growth Fund."]),
        item("97.", "Fees and Charges 2024/25: Parking Permits", [
            "Cabinet agreed that residents' parking permits would rise from £85 to £92 a year from 1 April 2024, with the first permit for a fully electric vehicle kept at £25."]),
    ],
)

# --------------------------------------------------------------------------- 4 Wandsworth
doc(
    name="ieListDocuments_CId402_MId9913_Wandsworth_Executive", form="mg-meeting",
    council="London Borough of Wandsworth", stated="yes", committee="Executive", date="2024-01-22",
    site=site("London Borough of Wandsworth", "https://democracy.wandsworth.gov.uk",
              "The Town Hall, Wandsworth High Street, London SW18 2PU", "© Wandsworth Council"),
    heading="Agenda and minutes: Executive - Monday, 22nd January, 2024 7.30 pm",
    venue="Committee Rooms 123, The Town Hall, Wandsworth High Street, London SW18 2PU",
    contact="Martin Ashdown, Committee Secretary",
    note="The meeting was webcast live and can be viewed on the council's YouTube channel.",
    items=[
        item("1.", "Declarations of Interests", ["None."]),
        item("2.", "Housing Repairs: Damp and Mould Action Plan (Paper No. 24-17)", [
            "The Cabinet Member for Housing presented the damp and mould action plan. Wandsworth had 16,500 tenanted homes and 2,430 damp cases open at the end of December 2023, down from 3,100 in June.",
            "A new specialist team of 14 surveyors had been recruited and the council had set a target of inspecting every new damp report within five working days and starting works within twenty. The plan would cost £5.2 million a year, met from the Housing Revenue Account.",
            "Councillor Treloar asked how many tenants had been moved out of their homes while works were carried out. The Cabinet Member said that decants were only used where a child or an older person was at risk and that the council worked with Battersea and Roehampton health visitors to find those households.",
            "The Executive approved the action plan and agreed that progress be reported to the Housing Committee every quarter."],
            links=[("Paper No. 24-17", "540 KB")]),
        item("3.", "Falcon Road Bridge Improvements (Paper No. 24-18)", [
            "The Executive agreed a contribution of £620,000 towards new crossings and wider pavements under the railway bridge on Falcon Road, Clapham Junction, with Transport for London paying £1.4 million. Works would be timed to avoid the Christmas trading period."]),
        item("4.", "Wandsworth Common: Sports Pavilion (Paper No. 24-19)", [
            "The Executive considered a proposal to replace the changing pavilion by the Wandsworth Common cricket pitches, which had been closed since a fire in 2022. The new pavilion would have four changing rooms, a first aid room and a community café, at a cost of £2.9 million, with the insurer's settlement of £1.1 million and £600,000 from the Football Foundation.",
            "Councillor Brightwell moved an amendment that the café be run by a social enterprise. The amendment was accepted by the Cabinet Member for Environment and the Executive approved the scheme as amended."]),
    ],
)

# --------------------------------------------------------------------------- 5 South Cambridgeshire
doc(
    name="ieListDocuments_CId1049_MId9462_SouthCambs_Planning", form="mg-meeting",
    council="South Cambridgeshire District Council", stated="yes", committee="Planning Committee",
    date="2024-10-09",
    site=site("South Cambridgeshire District Council", "https://scambs.moderngov.co.uk",
              "South Cambridgeshire Hall, Cambourne Business Park, Cambourne, Cambridge CB23 6EA",
              "© South Cambridgeshire District Council",
              menu=["Home", "Your councillors", "Meetings", "Decisions", "Constitution"]),
    heading="Agenda and minutes: Planning Committee - Wednesday, 9th October, 2024 10.00 am",
    venue="Council Chamber, First Floor, South Cambridgeshire Hall, Cambourne",
    contact="Ruth Penfold, Democratic Services Officer",
    items=[
        item("1.", "Apologies", ["Apologies were received from Councillor Oliver Strand, with Councillor Miriam Jowett substituting."]),
        item("2.", "Minutes of Previous Meeting", ["The minutes of the meeting held on 11 September 2024 were agreed as a correct record."]),
        item("3.", "24/01733/FUL - Land off Station Road, Histon", [
            "The Senior Planning Officer presented the application for 38 homes on land off Station Road, Histon, including 15 affordable homes and a cycle link to the Busway. She reported that the parish council objected on the grounds of traffic at the Station Road and Glebe Way junction.",
            "The Local Highway Authority had assessed the junction and found that it would operate within capacity, with the development adding around 21 vehicle trips in the morning peak.",
            "Councillor Colin Ashby proposed refusal on the grounds of harm to the character of the village edge; this was not seconded. Councillor Dr Helen Ravenscroft proposed approval, seconded by Councillor Tomasz Nowicki. By 7 votes to 2 the Committee approved the application, subject to a section 106 agreement including £412,000 towards secondary education."]),
        item("4.", "24/02210/HFUL - 14 High Street, Linton", [
            "The Committee considered a two storey rear extension to a listed cottage. The Conservation Officer supported the design after the windows were changed to timber. The application was approved unanimously."]),
        item("5.", "24/01590/OUT - Former Sawston Trade Park, London Road, Sawston", [
            "The outline application proposed up to 120 homes and 2,000 square metres of employment space on the former trade park. Officers recommended refusal because the loss of employment land was not justified by the marketing evidence.",
            "The applicant's agent said the units had been empty for three years. A member asked whether the site had been offered to the Cambridge science businesses nearby; the case officer replied that it had been marketed for eighteen months by Fenbrook Property but not to laboratory occupiers specifically.",
            "The Committee agreed to defer the application so that the applicant could provide further marketing evidence, on the proposal of Councillor Dr Sade Olawale, seconded by Councillor Felicity Marsh."]),
    ],
)

# --------------------------------------------------------------------------- 6 East Lindsey
doc(
    name="ieListDocuments_CId133_MId4418_EastLindsey_Executive", form="mg-meeting",
    council="East Lindsey District Council", stated="yes", committee="Executive Board", date="2023-09-13",
    site=site("East Lindsey District Council", "https://democracy.e-lindsey.gov.uk",
              "The Hub, Mareham Road, Horncastle, Lincolnshire LN9 6PH", "© East Lindsey District Council 2023"),
    heading="Agenda, decisions and minutes: Executive Board - Wednesday, 13th September, 2023 10.00 am",
    venue="Council Chamber, The Hub, Mareham Road, Horncastle LN9 6PH",
    contact="Democratic Services, tel. 01507 613420",
    outcome_label="Minutes:",
    items=[
        item("24.", "Apologies for Absence", ["Apologies for absence were received from Councillor Graham Pettifer."]),
        item("25.", "Mablethorpe Beach Huts", [
            "The Portfolio Holder for Coastal Economy presented a report on the beach huts at Mablethorpe and Sutton on Sea. The council owned 164 huts, all let for the 2023 season, and the waiting list stood at 612 names.",
            "The Board agreed to build 40 new huts on the promenade north of the Queens Park steps, at a cost of £520,000 funded from the Town Deal. Hut rents would rise by 6% to £1,060 for a full season from 2024.",
            "Councillor Hewson asked whether the new huts would be sold or let. The Portfolio Holder replied that the Board had not yet decided whether to sell the new huts on long leases or add them to the letting scheme, and that a report on the options would follow once the costs of each were known."],
            decision=["That 40 new beach huts be built on the Mablethorpe promenade at a cost of £520,000."]),
        item("26.", "Skegness Tower Esplanade: CCTV Upgrade", [
            "The Board approved the replacement of 23 CCTV cameras on Tower Esplanade and Lumley Road in Skegness with high definition cameras linked to the Lincolnshire Police control room. The contract would be awarded to Vantage Security Systems for £187,000, paid from the Skegness Town Deal."]),
        item("27.", "Louth Cattle Market Site", [
            "The Board considered the future of the former cattle market site in Louth. Members heard that 230 people had responded to the spring consultation, with most wanting a car park and market space to remain. The Board agreed to keep the site as a car park for at least five years while a longer plan was drawn up with Louth Town Council."]),
    ],
)

# --------------------------------------------------------------------------- 7 Blackburn with Darwen
doc(
    name="mgAi_ID55102_BlackburnDarwen_Executive", form="mg-item",
    council="Blackburn with Darwen Borough Council", stated="yes", committee="Executive Board", date="2024-02-08",
    site=site("Blackburn with Darwen Borough Council", "https://democracy.blackburn.gov.uk",
              "Blackburn Town Hall, King William Street, Blackburn BB1 7DY", "© Blackburn with Darwen Borough Council",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Petitions"],
              breadcrumb=["Home", "Meetings", "Executive Board", "Agenda item"]),
    meeting_line="08/02/2024 - Executive Board (Item 7.3)",
    items=[
        item("7.3", "Environmental Enforcement: Fly-tipping and Littering", [
            "The Executive Member for Environment and Operations introduced the report. Recorded fly-tipping in the borough had risen from 2,940 incidents in 2021/22 to 3,610 in 2022/23, with the back streets of Audley, Bastwell and Shadsworth accounting for almost half of them.",
            "The report proposed raising the fixed penalty for small-scale fly-tipping from £400 to the new national maximum of £1,000, reduced to £600 if paid within ten days, and the penalty for littering from £150 to £250. It also proposed a twelve month pilot in which the council would use a private enforcement firm, Civic Shield Patrols, to patrol the town centres of Blackburn and Darwen; the firm would be paid a fixed fee of £78,000 and would not be paid per ticket issued.",
            "Councillor Delia Marchbank asked what would happen to the money from the fines. The Executive Member said that all fine income would go back into clearing alleys and into the Love Where You Live volunteer groups.",
            "The Board agreed that an independent review of the pilot would be carried out after its first six months, looking at the number of appeals and at whether the patrols had targeted particular areas unfairly, and that the review would come back to the Board before any decision on extending the contract.",
            "RESOLVED: That the fixed penalty amounts and the twelve month enforcement pilot be approved, to start on 1 April 2024."],
            intro="Report of the Strategic Director of Environment and Operations.",
            links=[("Report: Environmental Enforcement", "388 KB"), ("Equality impact assessment", "145 KB")]),
    ],
)

# --------------------------------------------------------------------------- 8 West Northamptonshire
doc(
    name="mgAi_ID21873_WestNorthants_PlaceScrutiny", form="mg-item",
    council="West Northamptonshire Council", stated="yes", committee="Place Overview and Scrutiny Committee",
    date="2024-06-25",
    site=site("West Northamptonshire Council", "https://westnorthants.moderngov.co.uk",
              "One Angel Square, Angel Street, Northampton NN1 1ED", "West Northamptonshire Council 2024",
              breadcrumb=["Home", "Committees", "Place Overview and Scrutiny Committee", "Item"]),
    meeting_line="25/06/2024 - Place Overview and Scrutiny Committee (Item 6)",
    items=[
        item("6.", "Waste Collection: Weekly Food Waste and Route Review", [
            "The Assistant Director for Waste Services presented an update on the introduction of weekly food waste collections across the former Daventry and South Northamptonshire areas, which already existed in Northampton. The new service would start in April 2026, with every household given a 23 litre outdoor caddy and a kitchen caddy.",
            "The government had given the council £3.7 million towards vehicles and caddies. The Assistant Director said that 19 new food waste vehicles would be needed and that the ongoing cost of about £2.1 million a year was still the subject of talks with the Department for Environment, Food and Rural Affairs.",
            "Members raised the problems with the route changes in Towcester and Brackley in March 2024, when some streets went three weeks without a collection. The Assistant Director apologised and said that 1,870 missed bins had been reported in the first month, against 420 in a normal month, because the routing software had placed some rural roads on the wrong day.",
            "Councillor Yvonne Catterall asked whether residents in flats would get the new service. The Assistant Director replied that communal food bins would be fitted at blocks of flats where there was space, starting with a trial at 40 blocks in Northampton town centre.",
            "The Committee RECOMMENDED to Cabinet that a communications plan for the food waste service be prepared with the parish councils, and that missed collection figures be reported to the Committee every month until the end of 2024."],
            intro="Report of the Executive Director of Place, Economy and Environment.",
            links=[("Food waste update", "274 KB"), ("Missed collections data", "58 KB")]),
    ],
)

# --------------------------------------------------------------------------- 9 Bolton
doc(
    name="ieDecisionDetails_ID9270_Bolton_FoodWaste", form="mg-decision",
    council="Bolton Council", stated="yes", committee="Executive Cabinet Member for Environmental Services",
    date="2024-09-16",
    site=site("Bolton Council", "https://www.democracy.bolton.gov.uk",
              "Town Hall, Victoria Square, Bolton BL1 1RU", "© Bolton Council 2024",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Forward plan", "Contact"]),
    decision_title="Decision details: Weekly Food Waste Collections and Changes to Garden Waste",
    fields=[("Decision Maker:", "Executive Cabinet Member for Environmental Services"),
            ("Decision status:", "Recommendations Approved"),
            ("Is Key Decision?:", "Yes"),
            ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To agree how Bolton Council will introduce weekly food waste collections for every household from April 2026, as required by the Environment Act 2021, and the changes to the brown bin service that follow from it."]),
        ("Decision:", [
            "The Executive Cabinet Member for Environmental Services, Councillor Neville Ashcroft, agreed:",
            "- that food waste be collected every week in a separate 23 litre caddy from April 2026, and no longer mixed with garden waste in the brown bin;",
            "- that 16 new narrow food waste vehicles be bought through the Greater Manchester framework, using £2.86 million of the government's capital grant;",
            "- that the brown bin garden waste collection continue every fortnight from March to November, with no subscription charge for 2025/26;",
            "- that the council write to every household in January 2026 with their new collection calendar."]),
        ("Reasons for the decision:", [
            "Mixing food with garden waste meant the brown bin material had to be treated at the in-vessel composting plant at Bredbury, which cost the council £41 a tonne more than garden waste alone.",
            "Officers expected separate collections to take around 9,000 tonnes of food out of the grey bin each year, raising Bolton's recycling rate from 46% to about 51%.",
            "The site where the food waste would be bulked up before going to anaerobic digestion had not been chosen; the Greater Manchester Combined Authority was still comparing sites at Raikes Lane and Bolton's own depot at Wellington Road, and the choice was not expected before summer 2025."]),
        ("Alternative options considered:", [
            "Fortnightly food waste collections were rejected because the Act requires a weekly collection. Charging for garden waste from 2025/26 was considered and rejected for now, as it would bring in about £1.9 million but could reduce garden waste recycling."]),
    ],
    tail=[("Publication date:", "17/09/2024"), ("Date of decision:", "16/09/2024"),
          ("Effective from:", "25/09/2024")],
    links=[("Report: Weekly Food Waste Collections", "602 KB")],
)

# --------------------------------------------------------------------------- 10 Kensington and Chelsea
doc(
    name="ieDecisionDetails_ID6611_RBKC_PortobelloMarket", form="mg-decision",
    council="Royal Borough of Kensington and Chelsea", stated="yes",
    committee="Lead Member for Planning, Place and Environment", date="2023-06-12",
    site=site("Royal Borough of Kensington and Chelsea", "https://www.rbkc.gov.uk/committees",
              "The Town Hall, Hornton Street, London W8 7NX", "© Royal Borough of Kensington and Chelsea",
              menu=["Home", "Councillors", "Committees", "Key decisions", "Forward plan", "Contact us"]),
    decision_title="Decision details: Portobello Road Market - Pitch Fees, Opening Hours and Waste",
    fields=[("Decision Maker:", "Lead Member for Planning, Place and Environment"),
            ("Decision status:", "Implemented"),
            ("Is Key Decision?:", "Yes"),
            ("Is subject to call in?:", "Yes"),
            ("Key decision reference:", "KD06112")],
    sections=[
        ("Purpose:", [
            "To set new pitch fees and trading conditions for Portobello Road Market and Golborne Road Market from 1 August 2023, following consultation with market traders and the Portobello Road Market Traders' Association."]),
        ("Decision:", [
            "The Lead Member, Councillor Harriet Lomax, agreed that the daily fee for a standard Saturday pitch on Portobello Road rise from £58 to £64, and the weekday fee from £19 to £21; that Golborne Road fees stay unchanged for one year; and that casual traders pay a £10 booking charge.",
            "The Lead Member also agreed that market trading on Portobello Road finish at 6.00 pm, with all stalls cleared by 7.00 pm, and that traders be required to separate cardboard for recycling."]),
        ("Reasons for the decision:", [
            "The market ran at a loss of £312,000 in 2022/23, mainly because of street cleaning after trading on Saturdays. The consultation received 147 responses, of which 96 were from traders.",
            "Traders asked for better lighting under the Westway. The council will carry out a footfall and spending survey across both markets in the autumn of 2023, to see which days and which stretches of the road are busiest, before deciding whether to change the layout of pitches between Lancaster Road and the Westway."]),
        ("Alternative options considered:", [
            "Keeping fees at 2022 levels was rejected as it would leave the market's deficit to be met from the council tax. A 20% rise was rejected after traders said it would drive away the antiques dealers."]),
    ],
    tail=[("Publication date:", "13/06/2023"), ("Date of decision:", "12/06/2023"),
          ("Effective from:", "21/06/2023")],
    links=[("Key decision report KD06112", "330 KB"), ("Consultation summary", "121 KB")],
)

# --------------------------------------------------------------------------- 11 North East Lincolnshire
doc(
    name="NELC_Cabinet_Minutes_2024-11-13", form="pdf-minutes",
    council="North East Lincolnshire Council", stated="yes", committee="Cabinet", date="2024-11-13",
    pdf_title="Cabinet minutes 13 November 2024", pdf_author="Democratic Services",
    title_lines=["NORTH EAST LINCOLNSHIRE COUNCIL", "CABINET",
                 "Minutes of the meeting held on Wednesday 13 November 2024 at 4.00 pm",
                 "Municipal Offices, Town Hall Square, Grimsby"],
    attendance=[("Present:", "Councillor Graham Whitfield (in the Chair), Councillors Abbott, Brennan, Dalby, Ellery and Foulds."),
                ("Officers in attendance:", "Simon Garbutt (Chief Executive), Janet Pryce (Executive Director, Place and Resources), Mark Ellerby (Director of Environment), Ruth Danby (Democratic Services)."),
                ("Also in attendance:", "Councillor Harlow (Leader of the Liberal Democrat Group).")],
    items=[
        item("CB.41", "DECLARATIONS OF INTEREST", ["There were no declarations of interest."]),
        item("CB.42", "FOOD WASTE COLLECTION TRIAL: SCARTHO", [
            "Cabinet received a report on the twelve week food waste collection trial carried out in 2,400 homes in Scartho between June and September 2024. Each home had been given a kitchen caddy, an outdoor caddy and a roll of liners.",
            "The Director of Environment reported that 68 per cent of the households in the trial area had put out their caddy at least once, and that the trial had collected 61 tonnes of food that would otherwise have gone to the energy from waste plant at Stallingborough. Residents who did not take part most often said that they had no room for another container.",
            "Councillor Harlow asked why the trial had been limited to Scartho. Councillor Dalby replied that Scartho had a mix of terraced and detached homes that was typical of the borough, and that the vehicle available could only cover one area.",
            "RESOLVED that the findings of the trial be noted and that weekly food waste collections be rolled out across the borough from April 2026, using the lessons of the trial."]),
        item("CB.43", "CLEETHORPES SEAFRONT: NORTH PROMENADE REPAIRS", [
            "Cabinet considered a report on repairs to the sea wall and railings on the North Promenade in Cleethorpes between the pier and Wonderland. Inspections by the coastal engineers had found corroded steel in 310 metres of railings and cracks in the wall face near Brighton Slipway.",
            "The works would cost £1.46 million, of which the Environment Agency would pay £900,000. The contract would be awarded to Humber Marine Works Ltd, which would work between October and March to avoid the summer season.",
            "RESOLVED that the North Promenade repairs be approved and added to the capital programme."]),
        item("CB.44", "FRESHNEY PLACE LEISURE AND MARKET HALL", [
            "Cabinet noted progress on the leisure scheme at Freshney Place in Grimsby, where the council was turning part of the shopping centre into a cinema, food hall and market. The Executive Director reported that the cost had risen from £20.3 million to £23.8 million because of steel prices and asbestos found in the roof void.",
            "Councillor Brennan said that the extra cost would be met from borrowing and from the Towns Fund contingency, and that the opening was now planned for spring 2026.",
            "RESOLVED that the revised budget of £23.8 million be approved and recommended to Council."]),
    ],
    closing=["The meeting closed at 5.20 pm."],
    header="Cabinet - 13 November 2024", header_right="CB.41 - CB.44",
    footer=["Page {n} of {total}"],
)

# --------------------------------------------------------------------------- 12 Redcar and Cleveland
doc(
    name="RCBC_Cabinet_Minutes_2023-07-18", form="pdf-minutes",
    council="Redcar and Cleveland Borough Council", stated="yes", committee="Cabinet", date="2023-07-18",
    pdf_title="Minutes - Cabinet - 18.07.23", pdf_author="Governance Team",
    logo="Redcar & Cleveland Borough Council",
    title_lines=["CABINET",
                 "Minutes of a meeting of the Cabinet of Redcar and Cleveland Borough Council held at Redcar and Cleveland House, Kirkleatham Street, Redcar on Tuesday 18 July 2023 at 10.00 am"],
    attendance=[("PRESENT:", "Councillor Peter Loughlin (Chair), Councillors Carol Heslop, Joan Beadle, Stuart Ridley, Craig Tunstall, Adam Pickering and Christopher Yarrow."),
                ("OFFICIALS:", "J. Corner, K. Gatenby, M. Ollerton, T. Dodsworth."),
                ("APOLOGIES:", "Councillor Sian Harker.")],
    items=[
        item("18.", "DECLARATIONS OF INTEREST", ["There were no declarations of interest."]),
        item("19.", "ENVIRONMENTAL CRIME: FIXED PENALTY NOTICES", [
            "The Cabinet Member for Neighbourhoods presented a report on the council's fines for environmental crime. The government had raised the maximum fixed penalty for fly tipping to £1,000 and for littering to £500.",
            "The Cabinet agreed that the fixed penalty for fly tipping in Redcar and Cleveland be set at £800, with no discount for early payment, and that the fine for littering be set at £150, reduced to £100 if paid within fourteen days. The fine for failing to produce a waste carrier's transfer note would be £300.",
            "Councillor Yarrow asked how many fly tipping fines had been issued in 2022/23. The Cabinet Member replied that 212 fines had been issued, with 71 cases taken to the magistrates, mostly in Grangetown, South Bank and Dormanstown.",
            "RESOLVED that the fixed penalty amounts be approved from 1 August 2023."]),
        item("20.", "SALTBURN AND REDCAR BEACH HUTS", [
            "The Cabinet considered a proposal for 30 new beach huts on the lower promenade at Saltburn, below the Cliff Lift, and 20 on the Redcar seafront near the Redcar Beacon. The huts would be let on annual licences at £1,200 a year in Saltburn and £850 a year in Redcar, and would not be sold.",
            "The Cabinet Member for Culture, Tourism and Leisure said that demand was strong, with 340 people registering interest after a notice on the council's website in May. The huts would be painted in colours chosen by the Saltburn and Redcar schools, and the scheme was expected to pay for itself in six years.",
            "RESOLVED that the beach hut scheme be approved at a capital cost of £410,000."]),
        item("21.", "KIRKLEATHAM MUSEUM: WALLED GARDEN CAFÉ", [
            "The Cabinet agreed to let the café at Kirkleatham Walled Garden to a local social enterprise, Tees Valley Growers CIC, for five years at a rent of £12,000 a year, with the tenant employing trainees from the council's supported employment programme."]),
    ],
    closing=["The meeting closed at 11.35 am.", "Chair's initials ........"],
    header="Cabinet 18.07.23",
    footer=["Page {n}"],
)

# --------------------------------------------------------------------------- 13 Western Isles
doc(
    name="CnES_Sustainable_Development_2024-04-24", form="pdf-minutes",
    council="Comhairle nan Eilean Siar", stated="yes", committee="Sustainable Development Committee",
    date="2024-04-24",
    pdf_title="Sustainable Development Committee 24 April 2024", pdf_author="Comhairle nan Eilean Siar",
    title_lines=["COMHAIRLE NAN EILEAN SIAR",
                 "SUSTAINABLE DEVELOPMENT COMMITTEE",
                 "Council Chamber, Council Offices, Sandwick Road, Stornoway",
                 "Wednesday 24 April 2024 at 9.30 am"],
    attendance=[("PRESENT:", "Mr Ruairidh MacIver (Chair), Mr Kenneth Morrison, Mrs Catriona Nicolson, Mr Angus Maclennan, Mr Iain D Macsween, Ms Mairi Buchanan and Mr Peter Grieve."),
                ("IN ATTENDANCE:", "Director of Development, Chief Officer Economic Development, Head of Roads and Infrastructure, Committee Clerk.")],
    items=[
        item("1", "APOLOGIES FOR ABSENCE", ["There were no apologies for absence."]),
        item("2", "PUBLIC ELECTRIC VEHICLE CHARGING", [
            "The Committee had before it a report by the Director of Development on the Comhairle's public electric vehicle charging network, which had 34 charging points across Lewis, Harris, the Uists and Barra. Usage had risen by 62 per cent in 2023, but 9 of the older chargers had been out of service for more than a month at a time because spare parts had to be sent from the mainland.",
            "The Director advised that Transport Scotland's Electric Vehicle Infrastructure Fund would give the Comhairle £690,000 towards 18 new rapid chargers, including sites at Tarbert, Balivanich and Castlebay, with a private partner to install and run them for fifteen years. The partner would be chosen through the Scottish Government framework by December 2024.",
            "The Committee agreed to raise the tariff at Comhairle chargers from 45p to 52p per kilowatt hour from 1 June 2024."]),
        item("3", "BARRA AND VATERSAY: LOW CARBON BUS", [
            "The Committee heard that the bus service on Barra and Vatersay used two diesel minibuses that were due for replacement in 2026. Members noted that a feasibility study into running the service with electric or hydrogen buses would be carried out by consultants over the summer of 2024, looking at range, charging at Castlebay and the cost over twelve years, with a report due to the Committee in November 2024.",
            "Mr Grieve asked whether the study would include the school runs. The Head of Roads and Infrastructure confirmed that it would."]),
        item("4", "STORNOWAY DEEP WATER TERMINAL: CRUISE SEASON", [
            "The Chief Officer Economic Development reported that 76 cruise ship calls were booked for Stornoway in 2024, with an estimated 51,000 passengers. Stornoway Port Authority would provide shuttle buses to Callanish, and the Comhairle would keep the tourist information point in the town hall open on every cruise day.",
            "The Committee agreed to spend £25,000 on signs and toilets at Callanish for cruise passengers."]),
    ],
    closing=["The meeting concluded at 11.10 am."],
    header="Sustainable Development Committee - 24 April 2024",
    footer=["Page {n} of {total}"],
)

# --------------------------------------------------------------------------- 14 North Lanarkshire
doc(
    name="NLC_Environment_Transportation_Minutes_Feb2024", form="pdf-minutes",
    council="North Lanarkshire Council", stated="yes", committee="Environment and Transportation Committee",
    date="2024-02-01",
    pdf_title="Environment and Transportation Committee", pdf_author="Chief Officer (Legal and Democratic)",
    title_lines=["NORTH LANARKSHIRE COUNCIL",
                 "MINUTE OF MEETING OF THE ENVIRONMENT AND TRANSPORTATION COMMITTEE held in the Civic Centre, Motherwell on 1 February 2024 at 10 am."],
    attendance=[("Chair:", "Councillor M. Dunsmore (Convener)."),
                ("Present:", "Councillors Bertolini, Frew, Haldane, Kerrigan, Lowther, Melville, Quigley, Rankin and Tennant."),
                ("Attending:", "the Chief Officer (Roads and Transportation), the Chief Officer (Environmental Assets) and the Fleet Manager.")],
    items=[
        item("1.", "DECLARATIONS OF INTEREST", ["No declarations were made."]),
        item("2.", "ROADS RESURFACING PROGRAMME 2024/25", [
            "There was submitted a report by the Chief Officer (Roads and Transportation) setting out the carriageway and footway resurfacing programme for 2024/25, with a budget of £14.6 million, the largest in the council's history. The programme would resurface 96 kilometres of road, with priority given to bus routes and the roads around schools.",
            "The Chief Officer advised that the annual road condition survey had found that 31.8 per cent of the council's roads should be considered for maintenance, compared with a Scottish average of 33 per cent. Pothole reports had fallen from 14,200 in 2022 to 11,950 in 2023.",
            "Councillor Melville asked whether the A73 through Cumbernauld would be included. The Chief Officer said it would be resurfaced between Condorrat and Westfield in the summer, with overnight closures.",
            "Decided: that the 2024/25 resurfacing programme be approved."]),
        item("3.", "CLYDE WALKWAY: BRIDGE AT BOTHWELL", [
            "There was submitted a report on the footbridge carrying the Clyde Walkway over the South Calder Water near Bothwell, which had been closed since a principal inspection in October 2023 found that two of its steel beams had lost more than a third of their thickness to corrosion.",
            "The Chief Officer (Environmental Assets) advised that a diversion had been signed through Strathclyde Country Park. Members asked how much a new bridge would cost. The Chief Officer said that it was too early to say what a replacement would cost, because the ground investigation at the abutments had not yet been done and the design would depend on its results.",
            "Decided: that the closure be noted and that a further report be brought once the ground investigation was complete."]),
        item("4.", "FLEET: ELECTRIC REFUSE COLLECTION VEHICLES", [
            "The Fleet Manager reported on the first year of the council's four electric refuse collection vehicles based at the Kilgarth depot. They had covered 41,000 miles between them with one breakdown, and had saved an estimated 68 tonnes of carbon dioxide.",
            "Decided: that the council buy a further six electric refuse collection vehicles in 2024/25, subject to the capital budget."]),
    ],
    closing=["The meeting ended at 11.25 am."],
    header="Environment and Transportation Committee 1 February 2024",
    header_from=2, footer=["{n}"],
)

# --------------------------------------------------------------------------- 15 Folkestone and Hythe
doc(
    name="FHDC_Overview_Scrutiny_Minutes_2024-05-14", form="pdf-minutes",
    council="Folkestone and Hythe District Council", stated="yes", committee="Overview and Scrutiny Committee",
    date="2024-05-14",
    pdf_title="Overview and Scrutiny Committee minutes", pdf_author="Committee Services",
    title_lines=["Folkestone and Hythe District Council", "Overview and Scrutiny Committee",
                 "Held at: Council Chamber, Civic Centre, Folkestone", "Date: Tuesday, 14 May 2024",
                 "Present: Councillors Helen Marwood (Chair), Anthony Gresham (Vice-Chair), Pauline Ridge, Nicola Stanway, Jeremy Colebrook, Rebecca Tolley and Michael Dunstall"],
    attendance=[("Apologies for Absence:", "Councillor Gary Hatcher."),
                ("Officers Present:", "Andrew Pemberton (Director of Housing and Operations), Euan Halliday (Director of Place), Kate Rowlands (Committee Services Officer).")],
    items=[
        item("1.", "Declarations of Interest", ["Councillor Colebrook declared an other significant interest in minute 3 as the holder of a beach hut licence at Hythe and did not take part in that item."]),
        item("2.", "Folkestone Harbour Arm: Public Safety Review", [
            "The Director of Place reported on the safety review carried out after two people fell from the Harbour Arm in the summer of 2023. The review, by the Royal Life Saving Society, had recommended more throwlines, higher railings at the lighthouse end and a lifeguard presence on busy weekends.",
            "The Harbour Arm's operator had agreed to pay for the lifeguards, and the council would fund the throwlines and signs at a cost of £38,000. Councillor Stanway asked when the higher railings would be fitted. The Director said that they needed listed building consent from Historic England and would not be in place before the autumn.",
            "The Committee noted the report and asked for an update in November."]),
        item("3.", "Beach Huts at Hythe and Sandgate", [
            "The Committee scrutinised the Cabinet's proposal to replace 48 beach huts on the Hythe seafront west of Fishermen's Beach and to build 26 new ones at Sandgate. The existing huts were more than forty years old and 19 had been damaged in storms in the winter of 2023.",
            "The new huts would be raised on a steel platform to allow for higher sea levels. Licence holders would be offered a new hut first, and the annual licence fee would rise from £640 to £790. Councillor Tolley asked what would happen to licence holders who could not afford the rise; the Director of Housing and Operations said that a payment by instalments would be offered.",
            "The Committee RECOMMENDED to Cabinet that the proposal be supported, and that holders of existing licences be given three months' notice of the new fee."]),
        item("4.", "Otterpool Park: Delivery Update", [
            "The Committee received an update on Otterpool Park. The Director of Place said that the first phase of 1,200 homes had outline consent and that the first reserved matters application was expected later in 2024. Members asked about the new junction on the A20, which would be paid for by the developer."]),
    ],
    closing=["The meeting finished at 8.40 pm."],
    header="Overview and Scrutiny Committee - 14 May 2024",
    footer=["Page {n}"],
)

# --------------------------------------------------------------------------- 16 South Downs
doc(
    name="SDNPA_Planning_Committee_Minutes_2023-10-12", form="pdf-minutes",
    council="South Downs National Park Authority", stated="yes", committee="Planning Committee",
    date="2023-10-12",
    pdf_title="Planning Committee - 12 October 2023 - Minutes", pdf_author="SDNPA Governance",
    title_lines=["SOUTH DOWNS NATIONAL PARK AUTHORITY",
                 "Minutes of the Planning Committee held at South Downs Centre, Midhurst on 12 October 2023 at 10am"],
    attendance=[("Present:", "Deborah Langridge (Chair), Janet Hollis, Graham Pett, Robert Ferrand, Valerie Quested, Daniel Ashworth and Hester Bray."),
                ("Officers:", "Timothy Carrow (Director of Planning), Robin Eastman (Development Manager), Rebecca Stavrou (Planning Lawyer), Richard Gatland (Senior Governance Officer).")],
    items=[
        item("PC23/24-21", "Declarations of Interest", ["Graham Pett declared a public service interest in item 6 as a member of East Sussex County Council."]),
        item("PC23/24-22", "SDNP/23/01944/FUL: Seven Sisters Country Park, Exceat", [
            "The Committee considered an application by the Seven Sisters Country Park Trust for a new visitor centre to replace the existing buildings at Exceat, with a café, toilets, a ranger base and a car park of 140 spaces, replacing the present 110 spaces, with 12 electric vehicle charging bays.",
            "The Development Manager said that the new building would be set lower in the landscape and clad in timber and flint, and that the Cuckmere Valley's dark night skies would be protected by a condition limiting outside lighting.",
            "A representative of the Friends of the Cuckmere spoke against the scale of the car park. Members noted that visitors parked on the verges of the A259 on busy days, and that more spaces inside the site would reduce this.",
            "Members voted 7 for, 0 against and no abstentions to grant planning permission subject to conditions."]),
        item("PC23/24-23", "SDNP/23/02318/FUL: Birling Gap, East Dean", [
            "The Committee considered an application by the National Trust for new toilets and a covered picnic area at Birling Gap, where the existing block would be lost to cliff erosion within the next five to ten years. The new buildings would be set back 45 metres from the cliff edge and designed to be taken down and moved again in the future.",
            "Members were concerned about traffic on the lane from East Dean. The Development Manager said that the Highway Authority had raised no objection, and that a travel plan encouraging visitors to use the 13X bus would be required by condition.",
            "RESOLVED: That planning permission be granted subject to the conditions in the report."]),
        item("PC23/24-24", "SDNP/23/00876/FUL: Land at Buriton, near Petersfield", [
            "The application for six glamping pods in a field south of Buriton was refused because of harm to the landscape of the Hangers and the lack of safe walking routes to the village. Members noted that a smaller scheme of three pods might be acceptable."]),
    ],
    closing=["The Chair closed the meeting at 12.55pm."],
    header="Planning Committee - 12 October 2023", header_right="Minutes",
    footer=["Page {n}", "South Downs National Park Authority"],
)

# --------------------------------------------------------------------------- 17 East Dunbartonshire
doc(
    name="EDC_PNCA_Committee_Pack_2024-09-05", form="pdf-pack",
    council="East Dunbartonshire Council", stated="yes",
    committee="Place, Neighbourhood and Corporate Assets Committee", date="2024-09-05",
    pdf_title="PNCA Committee 5 September 2024", pdf_author="Democratic Services",
    cover=["East Dunbartonshire Council",
           "Place, Neighbourhood and Corporate Assets Committee",
           "Thursday, 5th September, 2024 at 2.00 pm",
           "Council Chambers, 12 Strathkelvin Place, Kirkintilloch G66 1TJ"],
    cover_body=["You are requested to attend a meeting of the Place, Neighbourhood and Corporate Assets Committee to be held on the date and at the place above, for the transaction of the business on the agenda below.",
                "Members: Councillors Gordon Baxter (Chair), Callum Reid, Paolo Venturi, Shona Mackie, Alan Drummond, Lynne Sorbie and William Cairney.",
                "Contact: Lorna Kerr, Committee Services, 0300 123 4510."],
    agenda=[("1", "Apologies"), ("2", "Declarations of interest"),
            ("3", "Minute of the meeting held on 6 June 2024 ({minutes})"),
            ("4", "Roads Resurfacing and Footway Programme 2024/25: Mid-Year Report ({report})"),
            ("5", "Any other business")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["EAST DUNBARTONSHIRE COUNCIL",
                      "PLACE, NEIGHBOURHOOD AND CORPORATE ASSETS COMMITTEE",
                      "Minute of meeting held on Thursday 6 June 2024"],
    prev_items=[
        item("1.", "PEEL PARK, KIRKINTILLOCH: PLAY AREA", [
            "The Committee considered a report on replacing the play area at Peel Park, which had been closed in March after an inspection found rot in the timber climbing frame. The new play area would cost £265,000, with £150,000 from the Scottish Government's play park renewal fund.",
            "Councillor Venturi asked whether the equipment would suit disabled children. The Executive Officer (Neighbourhood Services) replied that a third of the equipment would be accessible, including a wheelchair roundabout and a sensory panel.",
            "Following discussion, the Committee agreed to approve the scheme, with works to be finished before the October school holidays."]),
        item("2.", "MUGDOCK COUNTRY PARK: CAR PARK CHARGES", [
            "Councillor Drummond, seconded by Councillor Mackie, moved that parking charges at Mugdock Country Park not be introduced. Councillor Reid, seconded by Councillor Baxter, moved as an amendment that a charge of £2 a day be introduced, with the income used for the park's rangers. On a vote, 4 members voted for the amendment and 3 for the motion, and the amendment was carried."]),
    ],
    report=report(
        ["EAST DUNBARTONSHIRE COUNCIL", "Roads Resurfacing and Footway Programme 2024/25: Mid-Year Report",
         "Place, Neighbourhood and Corporate Assets Committee, 5 September 2024"],
        [("Report by:", "Executive Officer, Roads and Environment"), ("Contact officer:", "Graeme Lindsay, Roads Manager"),
         ("Report No:", "PNCA/042/24/GR"), ("Subject:", "Roads resurfacing programme progress")],
        [("1.0 PURPOSE", [
            "1.1 The purpose of this report is to update the Committee on the roads resurfacing and footway programme for 2024/25, for which the Council approved a budget of £5.9 million in February 2024."]),
         ("2.0 SUMMARY", [
            "2.1 By the end of August 2024, 38 of the 71 schemes in the programme had been completed, covering 21 kilometres of carriageway. The spend to date was £2.7 million.",
            "2.2 The resurfacing of the A803 Kirkintilloch Road in Bishopbriggs between the Cross and Crowhill Road was completed in July over four weekends, with the road closed overnight and a diversion through Auchinairn."]),
         ("3.0 PROGRESS AND ISSUES", [
            "3.1 The Council's contractor for the main programme is Campsie Surfacing Ltd, appointed through the Scotland Excel framework. Surface dressing in the rural north of the authority, around Torrance and Twechar, was completed in June.",
            "3.2 The resurfacing of Milngavie Road in Bearsden has been postponed because Scottish Water is replacing a water main under the road. The new date for the works cannot be confirmed until Scottish Water has set its own programme, which it has not yet done.",
            "3.3 Members asked at the June meeting about potholes. The Council repaired 4,880 potholes between April and August 2024, and 93 per cent of category 1 defects were made safe within 24 hours."]),
         ("4.0 IMPLICATIONS", [
            "4.1 Financial: the programme is expected to be delivered within its budget of £5.9 million.",
            "4.2 Equalities: dropped kerbs will be installed at every junction in the footway schemes."]),
         ("5.0 RECOMMENDATIONS", [
            "5.1 It is recommended that the Committee notes the progress of the 2024/25 programme and the postponement of the Milngavie Road scheme."])]),
    footer=["Page {n}"], number_offset=1,
)

# --------------------------------------------------------------------------- 18 Uttlesford
doc(
    name="Uttlesford_Cabinet_Pack_2023-12-07", form="pdf-pack",
    council="Uttlesford District Council", stated="yes", committee="Cabinet", date="2023-12-07",
    pdf_title="Cabinet agenda 7 December 2023", pdf_author="Uttlesford District Council",
    cover=["Cabinet",
           "Date: Thursday, 7th December, 2023",
           "Time: 6.00 pm",
           "Venue: Council Chamber, Council Offices, London Road, Saffron Walden, CB11 4ER"],
    cover_body=["Chair: Councillor Patricia Lennard (Leader).",
                "Members: Councillors Arthur Catling, Neil Haddow, Richard Elsom, Nigel Rayner, Judith Amory, Melvyn Tasker and Margaret Tully.",
                "Public speaking: members of the public may ask a question at the start of the meeting by contacting Committee Services by 2.00 pm two working days before."],
    agenda=[("1", "Apologies for absence and declarations of interest"),
            ("2", "Minutes of the previous meeting ({minutes})"),
            ("3", "Questions from the public"),
            ("4", "Lord Butler Leisure Centre: Refurbishment and Pool Plant ({report})")],
    marks=["Agenda Item 2", "Agenda Item 4"],
    prev_title_lines=["CABINET held at COUNCIL CHAMBER, COUNCIL OFFICES, LONDON ROAD, SAFFRON WALDEN, at 6.00 pm on THURSDAY, 19 OCTOBER 2023",
                      "Present: Councillor P Lennard (Chair), Councillors A Catling, J Amory, N Haddow, R Elsom, N Rayner and M Tully."],
    prev_items=[
        item("CAB42", "ELECTRIC VEHICLE CHARGING IN COUNCIL CAR PARKS", [
            "Councillor Rayner presented the report on electric vehicle charging in the council's car parks. Cabinet agreed that 24 charging points be installed at Swan Meadow car park in Saffron Walden and at the White Street car park in Great Dunmow by Brightkerb Charging, which would pay for the equipment and share 10% of the income with the council under a fifteen year concession.",
            "Councillor Amory asked whether Thaxted would be included. Councillor Rayner said that the Margaret Street car park in Thaxted did not have enough electricity supply and would be looked at again in 2025."]),
        item("CAB43", "PUBLIC QUESTION: STANSTED MOUNTFITCHET PARKING", [
            "Mr T. Barrow asked why the council had not acted on parking on the pavements of Lower Street near the station. The Portfolio Holder for Environment replied that pavement parking was enforced by the North Essex Parking Partnership, and that the council had asked the Partnership to carry out patrols twice a week in the mornings from November."]),
    ],
    report=report(
        ["UTTLESFORD DISTRICT COUNCIL", "Lord Butler Leisure Centre: Refurbishment and Pool Plant"],
        [("Committee:", "Cabinet"), ("Date:", "Thursday, 7 December 2023"), ("Title:", "Lord Butler Leisure Centre: Refurbishment and Pool Plant"),
         ("Report Author:", "Jonathan Brierley, Leisure and Performance Manager"), ("Key decision:", "Yes")],
        [("Summary", [
            "1. The Lord Butler Leisure Centre in Saffron Walden opened in 1991. Its pool filters, air handling units and changing rooms are at the end of their lives, and in 2022 the pool closed for 23 days when a filter failed.",
            "2. This report asks Cabinet to approve a refurbishment costing £4.1 million, to be funded by borrowing of £3.2 million and £900,000 from the council's leisure reserve."]),
         ("Recommendations", [
            "3. That Cabinet approves the refurbishment of the Lord Butler Leisure Centre at a cost of £4.1 million.",
            "4. That the works be carried out in two phases so that the sports hall and gym stay open throughout."]),
         ("Background", [
            "5. The centre is run for the council by Chalkwell Leisure Trust under a contract that runs until 2031. The operator has agreed to pay £180,000 a year more in management fee once the new changing village opens, because it expects more swimmers.",
            "6. The centre had 412,000 visits in 2022/23, of which 148,000 were swims. The learner pool is used by eleven schools for lessons.",
            "7. The works include new pool filters and a new air handling unit with heat recovery, which are expected to cut the centre's gas use by about a quarter, and a new changing village with 18 family cubicles."]),
         ("Great Dunmow Leisure Centre", [
            "8. Members have also asked about the condition of the pool at Great Dunmow Leisure Centre. A full condition survey of the building and pool tank will be carried out in January 2024 by the council's surveyors, and its findings will be reported to Cabinet in March 2024 before any decision on works there."]),
         ("Timetable and Risks", [
            "9. Subject to approval, phase one (pool plant) would start in April 2024 and phase two (changing village) in September 2024, with both finished by February 2025. The pool would close for eight weeks during phase one.",
            "10. The main risk is inflation in building costs. A contingency of 8% is included in the budget."])]),
    footer=["Page {n}"], number_offset=1,
)

# --------------------------------------------------------------------------- 19 West Lindsey
doc(
    name="WLDC_CPR_Committee_Pack_2024-01-18", form="pdf-pack",
    council="West Lindsey District Council", stated="yes", committee="Corporate Policy and Resources Committee",
    date="2024-01-18",
    pdf_title="Corporate Policy and Resources Committee 18 January 2024", pdf_author="West Lindsey District Council",
    cover=["Corporate Policy and Resources Committee",
           "Thursday, 18 January 2024 at 6.30 pm",
           "Council Chamber, The Guildhall, Marshall's Yard, Gainsborough, DN21 2NA",
           "West Lindsey District Council"],
    cover_body=["Members: Councillor Trevor Ashdown (Chairman), Councillor Lesley Barraclough (Vice-Chairman), Councillors Owen Tilbrook, Fraser Bellamy, Stephen Rudd, Jacqueline Moss, Ian Corrigan, Paul Harland and James Sewell.",
                "Democratic Services Officer: Karen Storey, committeeadmin@west-lindsey.gov.uk"],
    agenda=[("1", "Public Participation Period"),
            ("2", "To approve the minutes of the meeting held on Thursday 16 November 2023 ({minutes})"),
            ("3", "Declarations of Interest"),
            ("4", "West Lindsey Leisure Centre: Roof Replacement and Solar Panels ({report})")],
    marks=["Agenda Item 2", "Agenda Item 4"],
    prev_title_lines=["WEST LINDSEY DISTRICT COUNCIL",
                      "MINUTES of the Meeting of the Corporate Policy and Resources Committee held in the Council Chamber - The Guildhall, Gainsborough on 16 November 2023 commencing at 6.30 pm."],
    prev_items=[
        item("64", "MARKET RASEN FESTIVAL HALL: ROOF REPAIRS", [
            "Members considered a report on the roof of the Festival Hall in Market Rasen, which had leaked into the main hall during the storms of October. The Property and Assets Manager explained that three quotations had been received and that the lowest, from Witham Roofing Services of Lincoln at £146,500, was recommended.",
            "Councillor Sewell asked whether the hall would have to close. The officer replied that the works would be done from scaffolding on the outside and that bookings could continue, except for two weeks in February.",
            "On being moved by Councillor Tilbrook and seconded by Councillor Bellamy, and on being put to the vote, it was RESOLVED that the contract be awarded to Witham Roofing Services at £146,500."]),
        item("65", "CAISTOR TOWN CENTRE: SHOPFRONT GRANTS", [
            "Members noted that 14 shopfront grants had been paid in Caistor from the UK Shared Prosperity Fund, worth £84,000 in total, and that the scheme would be opened to businesses in Market Rasen in 2024."]),
    ],
    report=report(
        ["West Lindsey District Council", "West Lindsey Leisure Centre: Roof Replacement and Solar Panels"],
        [("Purpose / Summary:", "To seek approval for the replacement of the roof of the West Lindsey Leisure Centre, Gainsborough, and the fitting of solar panels."),
         ("Report by:", "Director of Commercial and Operational Services"), ("Contact Officer:", "Gareth Ridley, Property and Assets Manager"),
         ("RECOMMENDATION(S):", "That Members approve a capital budget of £1.38 million for the roof and solar panels.")],
        [("1. Introduction", [
            "1.1 The West Lindsey Leisure Centre on Riverside Walk in Gainsborough was built in 1986. The roof over the pool hall is made of sheets that contain asbestos and has leaked in several places since 2021.",
            "1.2 A survey by the council's building surveyors in September 2023 found that the roof covering had reached the end of its life and that patch repairs were no longer good value."]),
         ("2. Proposal", [
            "2.1 It is proposed to replace the pool hall and sports hall roofs with insulated panels and to fit 420 solar panels, producing about 165,000 kilowatt hours of electricity a year, around 30% of the centre's use.",
            "2.2 The leisure operator, Lincsport Leisure, will buy the electricity from the council at a fixed price, which is expected to bring the council about £24,000 a year.",
            "2.3 The pool will remain open during the works, which will take about sixteen weeks from May 2024. The sports hall will close for four weeks."]),
         ("3. Financial Implications", [
            "3.1 The total cost is £1.38 million: £940,000 for the roof and £440,000 for the solar panels. £520,000 will come from the Swimming Pool Support Fund and the rest from the council's capital programme."]),
         ("4. Procurement", [
            "4.1 The works will be tendered through a national construction framework. The removal of the asbestos sheets will be done by a licensed specialist under the main contract."])]),
    footer=["Page {n}"], number_offset=1,
)

# --------------------------------------------------------------------------- 20 North Devon
doc(
    name="NDC_SR_Report_Ilfracombe_Beach_Huts", form="docx-report",
    council="North Devon Council", stated="yes", committee="Strategy and Resources Committee", date="2024-04-08",
    docx_author="Head of Environmental Enhancement",
    letterhead=["North Devon Council", "Lynton House, Commercial Road, Barnstaple EX31 1DG"],
    report=report(
        ["Ilfracombe Seafront: Beach Huts at Wildersmouth and Capstone Promenade Repairs",
         "Report to Strategy and Resources Committee", "Date of Meeting: 8 April 2024"],
        [("Report by:", "Head of Environmental Enhancement"), ("Topic:", "Beach huts and promenade repairs, Ilfracombe"),
         ("Ward:", "Ilfracombe East and Ilfracombe West"), ("Lead member:", "Councillor Annette Rowe"),
         ("Key decision:", "No")],
        [("1. INTRODUCTION", [
            "1.1 This report asks the Committee to agree a scheme of 22 beach huts on the lower promenade at Wildersmouth, Ilfracombe, and repairs to the Capstone promenade wall, which was damaged in Storm Ciarán in November 2023."]),
         ("2. RECOMMENDATIONS", [
            "2.1 That the Committee approves a capital budget of £286,000 for 22 beach huts at Wildersmouth.",
            "2.2 That the Committee approves £195,000 from the coastal repairs reserve for the Capstone promenade wall.",
            "2.3 That the huts be let on annual licences at £950 a year, with a 10% discount for residents of the district."]),
         ("3. REASONS FOR RECOMMENDATIONS", [
            "3.1 Ilfracombe has no beach huts at present, while the council's huts at Croyde and Lynmouth have waiting lists of more than two hundred. The huts would bring in about £20,900 a year and repay their cost in about fourteen years.",
            "3.2 Storm Ciarán washed out the joints in 60 metres of the Capstone promenade wall and lifted the paving. The promenade has been closed from the Capstone steps to the bandstand since November."]),
         ("4. REPORT", [
            "4.1 The huts will be built of timber on a concrete plinth at the back of the promenade, with shutters that lock flush to the front so that they can survive winter storms. They will be painted in four colours agreed with Ilfracombe Town Council.",
            "4.2 A public drop-in session held at The Landmark in February 2024 was attended by 134 people. Most supported the huts, while some raised concerns about the loss of the view from the lower promenade and about noise late at night.",
            "4.3 The huts will not be connected to electricity, and overnight sleeping will be forbidden by the licence.",
            "4.4 The Capstone wall repairs will be carried out by the council's term contractor, South West Coastal Construction, between May and June 2024, after which the promenade will reopen."]),
         ("5. RESOURCE IMPLICATIONS", [
            "5.1 The beach huts will be funded by borrowing, repaid from the licence income. The wall repairs will be met from the coastal repairs reserve, which will have £310,000 left after this spending."]),
         ("6. EQUALITIES ASSESSMENT", [
            "6.1 Two of the huts will have level access and a ramp, and will be let first to people with a disability."])]),
    header="North Devon Council - Strategy and Resources Committee - 8 April 2024",
    footer=["Agenda Item 11", "Page 1"],
)

# --------------------------------------------------------------------------- 21 South Kesteven
doc(
    name="SKDC_Cabinet_Report_EV_Charging_Car_Parks", form="docx-report",
    council="South Kesteven District Council", stated="yes", committee="Cabinet", date="2024-06-11",
    docx_author="Head of Property and Assets",
    letterhead=["SOUTH KESTEVEN DISTRICT COUNCIL", "Council Offices, St Peter's Hill, Grantham NG31 6PZ"],
    report=report(
        ["Electric Vehicle Charging in Council Car Parks", "Cabinet", "Tuesday, 11 June 2024"],
        [("Report of:", "Councillor Rhodri Banner, Cabinet Member for Environment and Waste"),
         ("Report author:", "Nicola Whitlam, Head of Property and Assets"),
         ("Purpose of report:", "To award a concession for electric vehicle charging in eight council car parks."),
         ("Recommendations:", "That Cabinet awards the concession to Amberline EV Ltd for fifteen years."),
         ("Which wards are impacted:", "Grantham St Wulfram's; Stamford All Saints; Bourne East; Market Deeping")],
        [("1. Implications", [
            "1.1 Finance: the concessionaire will pay for the chargers, their installation and the electricity connections, estimated at £1.6 million, and will pay the council 12% of its income from the chargers. The council will receive no income in the first two years while the sites are being built.",
            "1.2 Legal: the concession has been procured through the Lincolnshire County Council framework for charging infrastructure."]),
         ("2. Background to the Report", [
            "2.1 There are at present only 21 public charging points in council car parks across the district, all of them slow chargers. Officers estimate that at least 150 will be needed by 2030.",
            "2.2 Under the concession, Amberline EV Ltd will install 64 charging points, of which 16 will be rapid chargers, in car parks including Wharf Road in Stamford, Welham Street in Grantham, Burghley Street in Bourne and the Deepings car park in Market Deeping.",
            "2.3 The tariff will be set by the operator but capped at 59p per kilowatt hour for the first three years. Bays will be enforced by the council's civil enforcement officers, with a four hour maximum stay for vehicles charging overnight."]),
         ("3. Key Considerations", [
            "3.1 Taxi drivers have asked for dedicated rapid chargers near Grantham station. The council will hold a consultation with the district's licensed taxi drivers over the summer of 2024 on whether some rapid bays should be kept for taxis, and on the times of day they would be used; its results will come back to Cabinet in the autumn.",
            "3.2 Some residents in the Deepings have asked that existing parking spaces not be lost. Only 3% of spaces in the Deepings car park will become charging bays."]),
         ("4. Other Options Considered", [
            "4.1 The council could buy and run the chargers itself. This was rejected because it would need about £1.6 million of borrowing and the council would carry the risk of low usage."]),
         ("5. Reasons for the Recommendations", [
            "5.1 The concession gives the district a much larger charging network at no capital cost to the council, and supports the council's aim of reaching net zero by 2030."])]),
    header="South Kesteven District Council | Cabinet | 11 June 2024",
    footer=["OFFICIAL"],
)

# --------------------------------------------------------------------------- 22 South Ayrshire
doc(
    name="SAC_Cabinet_Minutes_2024-08-27", form="docx-minutes",
    council="South Ayrshire Council", stated="yes", committee="Cabinet", date="2024-08-27",
    docx_author="Committee Services",
    title_lines=["South Ayrshire Council",
                 "Minutes of a hybrid meeting of the Cabinet held in the County Hall, Wellington Square, Ayr on 27 August 2024 at 10.00 a.m."],
    attendance=[("Present:", "Councillors Martin Gilmour (Chair), Robert Dalziel, Ian Craufurd, Alastair Kerr, Martin Boyd, Lee Fairlie and Robert Lang."),
                ("Attending:", "M. Ferguson, Chief Executive; K. Hastie, Director of Housing, Operations and Development; J. Orr, Assistant Director - Planning and Development; C. Dunlop, Chief Governance Officer; G. Sloan, Committee Services Officer.")],
    items=[
        item("1.", "Declarations of Interest", ["There were no declarations of interest by Members of the Cabinet in terms of Council Standing Orders."]),
        item("2.", "Roads Capital Programme: Additional Resurfacing", [
            "There was submitted a report by the Director of Housing, Operations and Development seeking approval for £2.4 million of additional road resurfacing in 2024/25, on top of the £6.8 million already in the roads capital programme.",
            "The Director explained that the additional money would be spent on 27 roads that had deteriorated over the winter, including the A719 at Dunure, Main Street in Prestwick and the Maybole bypass junctions. In Prestwick alone, 640 potholes had been repaired between January and June 2024.",
            "Councillor Kerr asked whether rural roads in the Carrick area would benefit. The Director said that eleven of the 27 roads were in Carrick, including the B734 to Barr.",
            "Decided: the Cabinet approved the additional resurfacing programme of £2.4 million, funded from the council's general reserve."]),
        item("3.", "Council Housing: Damp, Mould and Condensation", [
            "There was submitted a report on the council's response to damp, mould and condensation in its 8,100 homes. Tenants had reported 1,212 cases in 2023/24; every case had been visited within five working days, and 1,030 had been resolved.",
            "The Director advised that the main causes were poor ventilation and the 420 homes with solid stone walls in Girvan and Maybole. A programme of external wall insulation would begin on 96 homes in Girvan in October, costing £3.1 million, part funded by the Social Housing Net Zero Heat Fund.",
            "Councillor Fairlie asked whether tenants would have to move out during the works. The Director said that they would not, as the insulation was fixed to the outside of the walls.",
            "Decided: the Cabinet noted the report and agreed that tenants be given a leaflet on reducing condensation with every new tenancy."]),
        item("4.", "Troon Beach: Summer Season Review", [
            "The Cabinet considered a review of the 2024 summer season on Troon's South Beach, where extra litter collections, two seasonal wardens and a temporary toilet block had been provided after problems in 2023. The review found that calls to Police Scotland about the beach had fallen from 88 to 31.",
            "Decided: the Cabinet agreed to provide the wardens and the toilets again in 2025, at a cost of £74,000."]),
    ],
    closing=["The meeting ended at 11.40 a.m."],
    header="South Ayrshire Council - Cabinet - 27 August 2024",
    footer=["Minutes are subject to approval at the next meeting", "Page 1"],
)

# --------------------------------------------------------------------------- 23 High Peak
doc(
    name="HPBC_Community_Select_Committee_2024-03-07", form="docx-minutes",
    council="High Peak Borough Council", stated="yes", committee="Community Select Committee", date="2024-03-07",
    docx_author="Democratic Services",
    title_lines=["HIGH PEAK BOROUGH COUNCIL",
                 "COMMUNITY SELECT COMMITTEE - Thursday 7 March 2024 at 6.00 pm, Pavilion Gardens, Buxton"],
    attendance=[("Present:", "Councillor Matthew Swindells (Chair), Councillors Rachel Oddie, Tony Brereton, Edward Slack, Jean Tattersall, Geoffrey Bagshaw and Linda Mellor."),
                ("Officers:", "Mark Tranter (Executive Director - Governance), Joanne Whitworth (Head of Housing), Keith Bowden (Head of Operational Services), Lisa Heathcote (Democratic Services Officer).")],
    items=[
        item("CSC/23/41", "Minutes", ["The minutes of the meeting held on 11 January 2024 were approved as a correct record."]),
        item("CSC/23/42", "Damp and Mould in Council Housing", [
            "The Head of Housing presented a report on the council's work on damp and mould in its 4,000 homes across Glossop, Buxton and the villages. Since April 2023, 386 cases had been reported, and 352 had been inspected within ten days. A dedicated damp and mould officer had started in September.",
            "The Head of Housing said that the worst problems were in the older terraced homes at Gamesley and Hadfield, where 64 homes would have new loft insulation and mechanical ventilation fitted in 2024/25 at a cost of £410,000.",
            "Councillor Slack asked whether tenants were being blamed for condensation. The Head of Housing replied that the council's policy was never to blame tenants for their lifestyle, and that officers had been trained by the Housing Ombudsman's team on this point.",
            "RESOLVED: That the report be noted and a further update be brought in September 2024."]),
        item("CSC/23/43", "Weekly Food Waste Collections", [
            "The Head of Operational Services reported that High Peak would introduce weekly food waste collections in October 2025, a year after the joint service with Staffordshire Moorlands changed its rounds. The council had received £1.2 million from the government for caddies and nine vehicles.",
            "Members raised concerns about access to narrow streets in Glossop and the hill villages. The Head of Operational Services said that smaller vehicles would be used on those rounds and that a trial round in Whaley Bridge would run for six weeks in the spring of 2025.",
            "RESOLVED: That the Committee support the introduction of weekly food waste collections from October 2025."]),
        item("CSC/23/44", "Buxton Pavilion Gardens: Play Area", [
            "The Committee received an update on the new play area at the Pavilion Gardens, which had opened in February. It had cost £338,000, and 9,500 children had used it in the first four weeks. Councillor Tattersall asked that more benches be added near the miniature railway; officers agreed to look at this."]),
    ],
    closing=["The meeting concluded at 7.45 pm.", "Chair ....................."],
    header="Community Select Committee 7 March 2024",
    footer=["High Peak Borough Council", "Page 1"],
)

# --------------------------------------------------------------------------- 24 South Hams
doc(
    name="SHDC_Development_Management_2023-08-16", form="txt",
    council="South Hams District Council", stated="yes", committee="Development Management Committee",
    date="2023-08-16",
    title_lines=["SOUTH HAMS DISTRICT COUNCIL",
                 "MINUTES OF THE MEETING OF THE DEVELOPMENT MANAGEMENT COMMITTEE HELD AT FOLLATON HOUSE, TOTNES ON WEDNESDAY, 16 AUGUST 2023",
                 ""],
    attendance=[("Members in attendance:", "Cllrs J Rendle (Chairman), M Treeby (Vice Chairman), D Yeo, G Widger, L Prowse, J Penwill, B Luscombe, S Cundy and C Hext."),
                ("Officers in attendance:", "Head of Development Management (Strategic), Senior Planning Officer (B Hannaford), Planning Officer (T Kitto), Solicitor, Democratic Services Officer."),
                ("Apologies:", "Cllr R Ellacott.")],
    items=[
        item("DM.14/23", "Minutes", ["The minutes of the meeting held on 19 July 2023 were confirmed as a correct record."]),
        item("DM.15/23", "Planning application 2198/23/FUL: Land at Bay View Road, Salcombe", [
            "The Committee considered an application for 12 homes for local people on land at Bay View Road, Salcombe, all of them to be sold at a discount of 40% of market value with a condition restricting occupation to people who have lived or worked in the parish for three years.",
            "The Senior Planning Officer said the site was in the South Devon National Landscape and that the Salcombe Neighbourhood Plan supported homes for local people. Salcombe Town Council supported the application.",
            "A neighbour raised concerns about construction traffic on the steep road. The applicant, Salcombe Homes for Locals Trust, said that deliveries would be made by small lorries only and not during the school run.",
            "It was proposed by Cllr Treeby and seconded by Cllr Penwill that the application be approved. Upon being put to the vote, the motion was carried with 8 votes for and 1 abstention.",
            "The Senior Planning Officer told Members that the price at which the homes would be sold had not yet been fixed, as the discount would be applied to valuations carried out when each home was finished."]),
        item("DM.16/23", "Planning application 1543/23/FUL: Totnes Riverside, Steamer Quay", [
            "The application sought permission for a café and public toilets at Steamer Quay, Totnes, replacing a disused boat store. The Planning Officer said that the Environment Agency had asked for the floor level to be raised by 600mm above the flood level.",
            "Members supported the scheme. It was proposed by Cllr Cundy and seconded by Cllr Luscombe that the application be approved subject to conditions, which was carried unanimously."]),
        item("DM.17/23", "Planning application 0871/23/HHO: 3 Ferry Steps, Dartmouth", [
            "The Committee refused permission for a roof terrace at 3 Ferry Steps, Dartmouth, because of the loss of privacy to the neighbouring cottages and the effect on the Dartmouth Conservation Area. The vote was 6 for refusal and 3 against."]),
    ],
    closing=["", "The meeting concluded at 12.50 pm.", "Signed by: Chairman"],
)
