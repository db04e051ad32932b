"""The documents of bench/heldout9: invented business of real UK councils.

Every word of the business, the people (names made up, many from streets and villages) and the
figures is invented for this set; the councils, their towns and buildings are real, and the layouts
are heldout5's forms. make_heldout9.py draws each dict by its `form` with
bench/heldout5/make_heldout5.py's renderers; truth.csv is written from `council`, `stated` (how the
text names the council: `yes` in full, `short` only a short form or abbreviation), `committee`
(alternatives separated by `|`) and `date` (the meeting's, ISO). The content format is heldout5's.
"""
from __future__ import annotations


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


DOCUMENTS: list[dict] = []


def doc(**fields) -> None:
    DOCUMENTS.append(fields)


# =========================================================================== ModernGov meeting pages

doc(
    name="ieListDocuments_CId614_MId7203_RBKC_Leadership_Team", form="mg-meeting",
    council="Royal Borough of Kensington and Chelsea", stated="yes", committee="Leadership Team",
    date="2023-11-15",
    site=site("The Royal Borough of Kensington and Chelsea", "https://www.rbkc.gov.uk/committees",
              "The Town Hall, Hornton Street, London, W8 7NX", "© The Royal Borough of Kensington and Chelsea",
              menu=["Home", "Council and democracy", "Committees", "Find your councillor"],
              breadcrumb=["Home", "Committees", "Leadership Team"]),
    heading="Leadership Team - Wednesday, 15th November, 2023 6.30 pm",
    venue="Council Chamber, The Town Hall, Hornton Street, W8 7NX",
    contact="Imogen Pembroke, Governance Officer. Email: governance@rbkc.gov.uk",
    outcome_label="Decision:",
    items=[
        item("A1", "Apologies for absence", [
            "Apologies were received from Councillor Hugo Cadogan."]),
        item("A2", "Minutes of the previous meeting", [
            "The minutes of the meeting held on 18 October 2023 were approved and signed."]),
        item("A3", "Dockless Hire E-Bikes: Parking Bays and Operator Agreements", [
            "The Lead Member for Transport, Councillor Rosalind Elgin, said that complaints about hire e-bikes "
            "left across pavements had risen from a handful each week in 2022 to more than 90 a week this autumn. "
            "Three operators now ran bikes in the borough under informal arrangements.",
            "The proposals would mark out 126 dedicated bays on the carriageway, mostly converted from single "
            "yellow line, and require each operator to sign an agreement that lets the council remove bikes left "
            "outside a bay.",
            "Councillor Tobias Ladbroke asked what would stop riders leaving bikes on the pavement anyway. The Lead "
            "Member replied that an operator would be charged £75 for every bike the council had to move, and "
            "that the apps would not let a ride end outside a bay once the bays were in place.",
            "RESOLVED that the 126 hire bike bays be introduced by experimental traffic order and that the "
            "operator agreements be signed."],
            links=[("Hire e-bikes report", "512 KB"), ("Appendix A - bay locations", "1 MB")]),
        item("A4", "Kensington Town Hall: Heat Pumps and Roof Solar", [
            "The Leadership Team considered a scheme to replace the gas boilers at the Town Hall on Hornton "
            "Street with air source heat pumps and to add solar panels to the flat roof over the library wing.",
            "The scheme would cost £3.8 million, of which £2.1 million would come from the Public Sector "
            "Decarbonisation Scheme. Works would take place in phases so that the Council Chamber stayed in use.",
            "RESOLVED that the scheme be approved and that the Executive Director of Resources be authorised to "
            "award the works contract following a compliant procurement."],
            links=[("Town Hall decarbonisation report", "640 KB")]),
        item("A5", "Portobello Road Market: Pitch Fees 2024/25", [
            "Members heard from the Market Traders' Association that footfall on weekdays remained below what it "
            "had been in 2019, and that several long-standing traders on Golborne Road were struggling.",
            "RESOLVED that pitch fees at Portobello Road Market be held at 2023/24 levels for 2024/25, and that "
            "the casual Saturday pitch fee remain £42."],
            links=[("Market fees report", "205 KB")]),
    ],
)

doc(
    name="ieListDocuments_CId177_MId9418_Nottingham_Executive_Board", form="mg-meeting",
    council="Nottingham City Council", stated="yes", committee="Executive Board", date="2022-09-20",
    site=site("Nottingham City Council", "https://committee.nottinghamcity.gov.uk",
              "Loxley House, Station Street, Nottingham, NG2 3NG", "© Nottingham City Council 2022",
              menu=["Home", "Meetings", "Councillors", "Decisions", "Forward plan"]),
    heading="Executive Board - Tuesday, 20th September, 2022 2.00 pm",
    venue="Ground Floor Committee Room, Loxley House, Station Street, Nottingham, NG2 3NG",
    contact="Kieran Bulwell, Governance Officer. Tel: 0115 876 4297",
    items=[
        item("31", "Apologies for absence", [
            "Councillor Marcia Sneinton (personal)."]),
        item("32", "Declarations of interests", [
            "None."]),
        item("33", "Workplace Parking Levy: Annual Report 2021/22", [
            "The Portfolio Holder for Transport reported that the levy raised £11.2 million in 2021/22 from "
            "employers with more than ten parking places, once the small employers' discount had been applied. "
            "All of the net income goes to public transport, including the tram and the Linkbus network.",
            "The number of liable places had fallen by about 4 per cent since before the pandemic, as some "
            "employers had given up parking to make space for cycle stores.",
            "RESOLVED to note the annual report."],
            links=[("WPL annual report", "890 KB")]),
        item("34", "Rental E-Scooter Trial: Extension", [
            "The Board considered the Department for Transport's offer to extend the city's rental e-scooter "
            "trial. Around 1,100 scooters were in use across the city, and riders had made 2.3 million trips since "
            "the trial began.",
            "Councillor Dean Clifton asked about scooters ridden on pavements in the Lace Market. The Portfolio "
            "Holder said that the operator had slowed scooters to 8 mph in the city centre and banned them from "
            "Old Market Square.",
            "RESOLVED to extend the rental e-scooter trial until 31 May 2024."],
            links=[("E-scooter trial report", "420 KB")]),
        item("35", "Broad Marsh: Green Heart Public Space", [
            "The Board received an update on the Green Heart, the new park linking the Broad Marsh area with the "
            "castle. The design includes wildflower meadows, a play area and 180 new trees.",
            "The Portfolio Holder explained that the landscaping contractor was still on site and that officers "
            "were not in a position to say when the gates would open to the public.",
            "RESOLVED to note the progress and to approve the additional budget of £640,000 for drainage."],
            links=[("Green Heart update", "1 MB")]),
    ],
)

doc(
    name="ieListDocuments_CId133_MId6650_Exeter_Executive", form="mg-meeting",
    council="Exeter City Council", stated="yes", committee="Executive", date="2024-02-06",
    site=site("Exeter City Council", "https://committees.exeter.gov.uk",
              "Civic Centre, Paris Street, Exeter, EX1 1JN", "© Exeter City Council 2024"),
    heading="Executive - Tuesday, 6th February, 2024 5.30 pm",
    venue="Rennes Room, Civic Centre, Paris Street, Exeter",
    contact="Sharon Heavitree, Democratic Services Officer. Tel: 01392 265 118",
    items=[
        item("15.", "Minutes", [
            "The minutes of the meeting held on 9 January 2024 were taken as read, approved and signed by the "
            "Chair as correct."]),
        item("16.", "Council Homes Retrofit Programme", [
            "The Portfolio Holder for Council Housing Development presented a programme to insulate and fit "
            "heat pumps to 300 council homes over two years, starting with the solid-wall houses in Exwick and "
            "Whipton.",
            "Tenants would be moved to empty flats for the noisiest works where needed. A show home in Beacon "
            "Lane would be opened so that tenants could see the finished work.",
            "RESOLVED that the retrofit programme for 300 homes be approved and that £9.4 million be added to "
            "the Housing Revenue Account capital programme."],
            links=[("Retrofit programme report", "760 KB")]),
        item("17.", "Custom House Visitor Centre", [
            "Members considered the plans to reopen the Custom House on the Quay as a visitor centre with a "
            "café on the ground floor. Historic England had offered a grant towards repairs to the sash windows "
            "and the lime render.",
            "Councillor Ruth Topsham asked whether the building would be open all year. The Portfolio Holder said "
            "that it would open seven days a week from April to October and at weekends in winter.",
            "RESOLVED that the Custom House proposals be approved."],
            links=[("Custom House report", "480 KB")]),
        item("18.", "Exeter Canal Basin: Moorings Fees", [
            "RESOLVED that annual mooring fees at the Canal Basin and Haven Banks rise by 6 per cent from 1 April "
            "2024, with the winter rate for visiting boats unchanged."]),
    ],
)

doc(
    name="ieListDocuments_CId436_MId5512_Norwich_Cabinet", form="mg-meeting",
    council="Norwich City Council", stated="yes", committee="Cabinet", date="2023-07-12",
    site=site("Norwich City Council", "https://cmis.norwich.gov.uk",
              "City Hall, St Peters Street, Norwich, NR2 1NH", "© Norwich City Council",
              menu=["Home", "Council", "Meetings and minutes", "Your councillors"]),
    heading="Cabinet - Wednesday, 12th July, 2023 5.30 pm",
    venue="Mancroft Room, City Hall, St Peters Street, Norwich, NR2 1NH",
    contact="Lucy Thorpe, Committee Officer. Tel: 01603 989 424",
    items=[
        item("1.", "Declarations of interest", [
            "There were no declarations of interest."]),
        item("2.", "Minutes", [
            "RESOLVED to approve the accuracy of the minutes of the meeting held on 14 June 2023."]),
        item("3.", "St Augustine's Swimming Pool: Roof Repairs and Reopening", [
            "The Cabinet Member for Wellbeing reported that the pool had been shut since February, when "
            "inspectors found corroded steel in the roof over the main pool hall. The roof had now been "
            "strengthened and the pool would reopen to swimmers on 4 September 2023.",
            "Swimming clubs had been found temporary lane time at other pools in the city. The final cost of "
            "the repairs was still being worked out with the council's insurers and would be reported later.",
            "RESOLVED to note the reopening date and to thank the swimming clubs for their patience."],
            links=[("St Augustine's pool report", "301 KB")]),
        item("4.", "Norwich Market: Stall Rents and Refurbishment", [
            "The market has 189 stalls under its striped roofs, and 17 were vacant at the end of June. The Cabinet "
            "Member for Inclusive Growth proposed a six-month rent holiday for new traders.",
            "Councillor Jo Lakenham, speaking as a member of the public, objected that established traders "
            "would be paying full rent next to new stalls paying nothing. The Cabinet Member said that the "
            "holiday would only apply to stalls left vacant for over three months.",
            "RESOLVED to approve a six-month rent holiday for new traders taking vacant stalls."],
            links=[("Market rents report", "215 KB")]),
    ],
)

doc(
    name="ieListDocuments_CId152_MId3390_Harborough_Cabinet", form="mg-meeting",
    council="Harborough District Council", stated="yes", committee="Cabinet", date="2025-01-27",
    site=site("Harborough District Council", "https://harborough.moderngov.co.uk",
              "The Symington Building, Adam and Eve Street, Market Harborough, LE16 7AG",
              "© Harborough District Council 2025",
              breadcrumb=["Home", "Your council", "Committee meetings", "Cabinet"]),
    heading="Cabinet - Monday, 27th January, 2025 5.30 pm",
    venue="Council Chamber, The Symington Building, Adam and Eve Street, Market Harborough, LE16 7AG",
    contact="Emma Foxton, Democratic Services. Tel: 01858 821 245",
    items=[
        item("56", "Apologies for Absence", [
            "There were no apologies."]),
        item("57", "Weekly Food Waste Collections", [
            "The Cabinet Lead Member for Environment explained that all households in the district would have "
            "a weekly food waste collection from April 2026, as the law now requires. Each home would receive a "
            "23-litre outdoor caddy, a kitchen caddy and a first roll of liners.",
            "The service would need seven new collection vehicles, which would be paid for by the government's "
            "transitional capital grant of £1.12 million.",
            "On being put to the vote, the recommendation was carried.",
            "RESOLVED that weekly food waste collections start in April 2026 and that the purchase of the "
            "vehicles be approved."],
            links=[("Food waste collections report", "380 KB")]),
        item("58", "Lutterworth Town Centre Masterplan", [
            "The Cabinet considered the draft masterplan for Lutterworth, which proposes wider pavements on High "
            "Street, a new public square by the Wycliffe memorial and moving the weekly market to Church Street.",
            "Councillor Paul Misterton asked whether traders had been asked about the market moving. The Lead "
            "Member said that 41 traders and shop owners had taken part in two workshops in the autumn.",
            "RESOLVED that the draft masterplan go out to public consultation for eight weeks."],
            links=[("Lutterworth masterplan", "2 MB")]),
        item("59", "Market Harborough Leisure Centre: Café Lease", [
            "RESOLVED that a new ten-year lease of the café at Market Harborough Leisure Centre be granted at a "
            "rent of £18,500 a year."]),
    ],
)

doc(
    name="ieListDocuments_CId298_MId4117_Lancaster_Cabinet", form="mg-meeting",
    council="Lancaster City Council", stated="yes", committee="Cabinet", date="2021-10-19",
    site=site("Lancaster City Council", "https://committeeadmin.lancaster.gov.uk",
              "Town Hall, Dalton Square, Lancaster, LA1 1PJ", "© Lancaster City Council 2021",
              menu=["Home", "Council and democracy", "Councillors", "Meetings"]),
    heading="Cabinet - Tuesday, 19th October, 2021 6.00 p.m.",
    venue="Morecambe Town Hall, Marine Road East, Morecambe, LA4 5AF",
    contact="Jenny Halton, Democratic Support. Email: democracy@lancaster.gov.uk",
    items=[
        item("41", "Minutes", [
            "The minutes of the meeting held on 21 September 2021 were approved as a correct record."]),
        item("42", "Dog Control: Public Spaces Protection Order", [
            "Cabinet considered renewing the dog control Public Spaces Protection Order, due to lapse in "
            "December. Under it, dogs must be on a lead in Williamson Park's formal gardens, and the order "
            "keeps them off Morecambe's main beach between May and September.",
            "A consultation had drawn 1,240 responses, of which 68 per cent supported the seasonal beach ban. "
            "The number of fixed penalty notices handed out under the current order was not included in the "
            "report; officers agreed to circulate it after the meeting.",
            "Councillor Amy Heysham said that dog walkers in Bolton-le-Sands felt the beach restriction was too "
            "long. The Cabinet Member replied that the dates matched the bathing season.",
            "RESOLVED that the order be renewed for three years with the fine for a breach set at £100."],
            links=[("PSPO report", "350 KB"), ("Consultation results", "210 KB")]),
        item("43", "Lancaster Canal Towpath Lighting", [
            "RESOLVED that £275,000 be allocated to install low-level lighting along the towpath between Aldcliffe "
            "Road and Skerton, subject to the agreement of the Canal and River Trust."]),
        item("44", "Williamson Park: Butterfly House", [
            "Cabinet noted that the Butterfly House had welcomed 61,000 visitors in the summer season, its "
            "highest number since 2016."]),
    ],
)


# =========================================================================== ModernGov item pages

doc(
    name="mgAi_ID51207_Bromley_Executive", form="mg-item", council="London Borough of Bromley", stated="yes",
    committee="Executive", date="2024-03-20",
    site=site("London Borough of Bromley", "https://cds.bromley.gov.uk",
              "Civic Centre, Churchill Court, 2 Westmoreland Road, Bromley, BR1 1AS",
              "© London Borough of Bromley 2024"),
    meeting_line="20/03/2024 - Executive (Item 11)",
    items=[item("712", "Crystal Palace Park: Dinosaur Sculptures and Café", [
        "The Portfolio Holder for Renewal, Recreation and Housing introduced the report on the Victorian "
        "dinosaur sculptures by the lakes in Crystal Palace Park. Of the 30 sculptures, 14 had cracks or "
        "missing pieces and two were at risk of falling into the water.",
        "The conservation works would cost £1.35 million, to be met by £900,000 from the National Lottery "
        "Heritage Fund and the rest from the park's capital budget. Works would run from September 2024 to "
        "summer 2025, with the sculptures visible from the path throughout.",
        "The report also proposed ending the lease of the café by the lower lake at the end of its current "
        "term and seeking a new operator.",
        "Councillor Simon Penge asked whether local schools would be able to visit during the works. The "
        "Portfolio Holder said that a viewing platform would be built and that every primary school in the "
        "borough would be offered a free guided visit.",
        "RESOLVED that the conservation works be approved at a cost of £1.35 million and that officers seek a "
        "new operator for the café."],
        links=[("Dinosaurs conservation report", "1 MB"), ("Heritage impact statement", "640 KB")])],
)

doc(
    name="mgAi_ID44019_Hull_Cabinet", form="mg-item", council="Kingston upon Hull City Council", stated="short",
    committee="Cabinet", date="2022-11-28",
    site=site("Hull City Council", "https://cmis.hullcc.gov.uk",
              "The Guildhall, Alfred Gelder Street, Hull, HU1 2AA", "© Hull City Council",
              menu=["Home", "Meetings", "Councillors", "Forward plan", "Contact us"]),
    meeting_line="28/11/2022 - Cabinet (Item 9.)",
    items=[item("Minute 93", "Hull Maritime: Arctic Corsair Restoration", [
        "The Portfolio Holder for Culture reported on the restoration of the Arctic Corsair, the last of "
        "Hull's sidewinder trawlers, as part of the Hull Maritime project.",
        "The trawler would be moved from the River Hull to a dry dock at North End Shipyard, where her hull "
        "would be repaired and repainted. The cost had risen to £6.7 million because of the price of steel.",
        "Visitor forecasts for the ship and the new visitor centre on the quayside were still being prepared, "
        "and the Portfolio Holder said he would not guess at a figure before they were finished.",
        "Councillor Helen Sculcoates asked whether the veterans who had shown visitors round the ship would "
        "still have a role. The Portfolio Holder said that 22 volunteer guides, many of them former trawlermen, "
        "would be trained to lead tours when she reopened.",
        "Resolved (a) that the increased budget of £6.7 million be approved; and (b) that the ship open to "
        "visitors in spring 2025."],
        links=[("Arctic Corsair report", "780 KB")])],
)


# =========================================================================== ModernGov decision pages

doc(
    name="ieDecisionDetails_ID2981_Slough_CCTV", form="mg-decision", council="Slough Borough Council",
    stated="yes", committee="Cabinet", date="2023-04-17",
    site=site("Slough Borough Council", "https://democracy.slough.gov.uk",
              "Observatory House, 25 Windsor Road, Slough, SL1 2EL", "© Slough Borough Council 2023"),
    decision_title="Town Centre CCTV Replacement",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To replace the council's analogue CCTV cameras in Slough town centre and along the High "
                      "Street with digital cameras, and to move the monitoring room."]),
        ("Decision:", [
            "Cabinet agreed:",
            "(a) to replace 74 analogue cameras with digital cameras, at a cost of £1.9 million from the capital "
            "programme;",
            "(b) to move the CCTV monitoring room from the Curve to Observatory House;",
            "(c) that Thames Valley Police be offered a screen in the new monitoring room at no charge."]),
        ("Reasons for the decision:", [
            "The present cameras are more than 15 years old, parts can no longer be bought and a quarter of them "
            "are out of action at any one time. The police have said that recorded images helped them in many "
            "investigations last year."]),
        ("Alternative options considered:", [
            "Handing the monitoring to a private company was rejected because staff in the monitoring room also "
            "answer the council's out of hours line."]),
    ],
    tail=[("Publication date:", "19/04/2023"), ("Date of decision:", "17/04/2023"),
          ("Decided at meeting:", "17/04/2023 - Cabinet"), ("Effective from:", "27/04/2023")],
    links=[("CCTV replacement report", "540 KB")],
)

doc(
    name="ieDecisionDetails_ID7735_WestNorthants_Market_Square", form="mg-decision",
    council="West Northamptonshire Council", stated="yes", committee="Cabinet", date="2025-03-11",
    site=site("West Northamptonshire Council", "https://westnorthants.moderngov.co.uk",
              "One Angel Square, Angel Street, Northampton, NN1 1ED", "© West Northamptonshire Council 2025",
              menu=["Home", "Your council", "Meetings", "Councillors"]),
    decision_title="Northampton Market Square: Market Stalls and Management",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To agree how the market will operate on the rebuilt Market Square in Northampton."]),
        ("Decision:", [
            "Cabinet resolved:",
            "1. That 48 permanent stall pitches be laid out on the east side of the square, with room for up to 30 "
            "more at weekends and for events.",
            "2. That an operator be appointed to run the market for seven years, with the council keeping control "
            "of the rents for the first two years. The value of the operator contract has not been agreed and "
            "will be settled in the negotiations.",
            "3. That the daily rent for a standard pitch be £25 on weekdays and £32 on Saturdays."]),
        ("Reasons for the decision:", [
            "Traders asked for certainty over rents before moving back onto the square, and a specialist "
            "operator has the experience to fill the pitches and run events."]),
        ("Alternative options considered:", [
            "Running the market directly was considered but rejected, as the council does not have staff with "
            "market management experience."]),
    ],
    tail=[("Publication date:", "13/03/2025"), ("Date of decision:", "11/03/2025"),
          ("Decided at meeting:", "11/03/2025 - Cabinet"), ("Effective from:", "21/03/2025")],
    links=[("Market Square operation report", "620 KB")],
)


# =========================================================================== printed minutes (PDF)

doc(
    name="Cabinet_Minutes_12062024_Oxford_City", form="pdf-minutes", council="Oxford City Council", stated="yes",
    committee="Cabinet", date="2024-06-12",
    logo="OXFORD CITY COUNCIL",
    title_lines=["Minutes of a meeting of the Cabinet",
                 "on Wednesday 12 June 2024",
                 "held in the Council Chamber, Town Hall, St Aldate's, Oxford OX1 1BX"],
    attendance=[("Cabinet members present:", "Councillors Wolvercote (Leader), Marston (Deputy Leader), Iffley, "
                                              "Headington, Cutteslowe, Littlemore and Osney."),
                ("Officers present:", "Chief Executive; Executive Director (Communities and People); Allotments "
                                      "Officer; Committee and Member Services Officer.")],
    items=[
        item("9.", "Minutes", [
            "Cabinet resolved to approve the minutes of the meeting held on 15 May 2024 as a true and accurate "
            "record."]),
        item("10.", "Allotments: New Sites and Rents", [
            "Councillor Iffley, Cabinet Member for Parks, reported that 1,460 people were on the waiting lists of "
            "the city's allotment associations, and that some had waited more than four years for a plot in "
            "Jericho or Summertown.",
            "The council would lease land at Northfield Brook and off Cherwell Drive to the Oxford and District "
            "Federation of Allotment Associations, creating about 120 new half plots. Associations had been asked "
            "in the spring what they thought of halving plot sizes for new tenants.",
            "Cabinet resolved to approve the two new allotment sites and to hold the rent for a full plot at £36 "
            "a year until March 2026."]),
        item("11.", "Oxford Town Hall: Events and Hire Charges", [
            "Cabinet noted that the Town Hall had hosted 412 paid events in 2023/24 and resolved that hire charges "
            "for community groups be cut by 20 per cent on weekday mornings."]),
        item("12.", "Blackbird Leys Regeneration", [
            "Councillor Littlemore said that the planning application for the new district centre, with 340 homes "
            "and a health centre, would be submitted in the autumn. Cabinet resolved to note the update."]),
        item("13.", "Covered Market: Lease Renewals", [
            "The Cabinet Member for Culture and Communities reported that 11 leases in the Covered Market were "
            "due for renewal before the end of the year. Most of the traders concerned had been in the market for "
            "more than ten years, and several had asked for shorter leases while the roof was being repaired.",
            "Councillor Osney asked whether the council would favour independent traders over national chains. The "
            "Cabinet Member said that the lettings policy already gave priority to independent businesses selling "
            "food and crafts.",
            "Cabinet resolved to delegate the renewal of the 11 leases to the Head of Corporate Property, in "
            "consultation with the Cabinet Member."]),
        item("14.", "Treasury Management Annual Report 2023/24", [
            "Cabinet noted that the council's investments had earned an average return of 5.1 per cent during "
            "the year, and that no new long-term borrowing had been taken out for the general fund.",
            "Cabinet resolved to recommend the report to Council for noting."]),
        item("15.", "Forward Plan", [
            "Cabinet noted the forward plan of key decisions for the period to October 2024."]),
    ],
    closing=["The meeting started at 6.00 pm and ended at 7.35 pm"],
    header="Cabinet 12 June 2024", footer=["{n}"],
    pdf_title="Minutes - Cabinet - 12 June 2024",
)

doc(
    name="Executive_Minutes_8_February_2022_Ipswich", form="pdf-minutes", council="Ipswich Borough Council",
    stated="yes", committee="Executive", date="2022-02-08",
    logo="Ipswich Borough Council",
    title_lines=["EXECUTIVE", "Minutes of the meeting held on Tuesday 8 February 2022 at 6pm",
                 "Council Chamber, Town Hall, Cornhill, Ipswich"],
    attendance=[("Present:", "Councillor Ashton (Chair); Councillors Whitton, Rushmere, Gainsborough, Priory "
                             "and Westgate."),
                ("Apologies:", "Councillor Stoke Park.")],
    items=[
        item("E/66.", "Minutes", [
            "RESOLVED: that the minutes of the meeting held on 11 January 2022 be signed as a true record."]),
        item("E/67.", "Crown Pools: Replacement Swimming Pool", [
            "The Portfolio Holder for Culture and Leisure said that Crown Pools, opened in 1984, needed £7.5 "
            "million of repairs over the next ten years and used more energy than any other council building.",
            "A feasibility study had looked at a new pool with a 25-metre eight-lane main pool, a learner pool and "
            "a gym. Three possible locations were being assessed, and no choice between them had yet been made.",
            "Councillor Priory asked whether Crown Pools would stay open until a new pool was built. The Portfolio "
            "Holder confirmed that it would.",
            "RESOLVED: that £450,000 be released to take the design of a replacement pool to planning stage."]),
        item("E/68.", "Christchurch Mansion: Tudor Kitchen", [
            "RESOLVED: that the Tudor kitchen at Christchurch Mansion be restored and opened to visitors, at a "
            "cost of £180,000 met by Ipswich Museums."]),
        item("E/69.", "Ipswich Waterfront: Event Licences", [
            "The Executive agreed that up to 14 outdoor events a year may be held on the Waterfront, with music "
            "to stop at 10.30pm."]),
        item("E/70.", "Empty Homes Strategy 2022-2025", [
            "The Portfolio Holder for Housing reported that 612 private homes in the borough had stood empty for "
            "more than six months, about a third of them flats above shops in the town centre.",
            "The strategy would offer loans of up to £25,000 to owners who brought a home back into use and let it "
            "through the council's lettings agency for at least five years.",
            "Councillor Westgate asked what would happen to owners who refused to engage. The Portfolio Holder said "
            "that the council would use empty dwelling management orders as a last resort.",
            "RESOLVED: that the Empty Homes Strategy 2022-2025 be adopted."]),
        item("E/71.", "Treasury Management Strategy 2022/23", [
            "RESOLVED: that the Treasury Management Strategy 2022/23 be recommended to Council for approval."]),
        item("E/72.", "Exclusion of the Press and Public", [
            "RESOLVED: that under Section 100(A)(4) of the Local Government Act 1972 the public be excluded from "
            "the meeting for the following item of business, on the grounds that it involved the likely "
            "disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A of the Act."]),
    ],
    closing=["The meeting closed at 7.10pm.", "Chair ............................"],
    header="Executive - 8 February 2022", footer=["Page {n} of {total}"],
    extra_furniture=["Chair ............................"],
    pdf_title="Executive minutes 8 February 2022",
)

doc(
    name="PR_Committee_21_March_2023_Minutes_GYBC", form="pdf-minutes", council="Great Yarmouth Borough Council",
    stated="yes", committee="Policy and Resources Committee", date="2023-03-21",
    logo="GREAT YARMOUTH BOROUGH COUNCIL",
    title_lines=["Policy and Resources Committee",
                 "Minutes",
                 "Tuesday, 21 March 2023 at 18:00",
                 "Council Chamber, Town Hall, Hall Plain, Great Yarmouth NR30 2QF"],
    attendance=[("Present:", "Councillor Caister (in the Chair); Councillors Bradwell, Gorleston, Hemsby, "
                             "Martham, Ormesby, Belton and Winterton."),
                ("Also in attendance:", "Mrs N Runham, Head of Property; Ms K Burgh, Democratic Services.")],
    items=[
        item("1", "APOLOGIES FOR ABSENCE", [
            "Apologies for absence were received from Councillor Fleggburgh."]),
        item("2", "SEAFRONT PUBLIC TOILETS", [
            "The Head of Property reported on the state of the public toilets on Marine Parade and at Gorleston "
            "seafront. Four of the eleven blocks had been closed at times last summer because of vandalism and "
            "blocked drains.",
            "Members agreed that the blocks at the Britannia Pier and Euston Road would be rebuilt with "
            "changing places facilities, and that a 20p charge would be introduced at the rebuilt blocks.",
            "RESOLVED that the refurbishment of the seafront toilets be approved at a cost of £860,000."]),
        item("3", "WINTER GARDENS RESTORATION", [
            "The Committee received an update on the restoration of the Winter Gardens, the Victorian glass "
            "and iron building on the seafront. The glazing would be taken down and every pane replaced, and "
            "the iron frame repaired off site at a specialist works.",
            "Members heard that the building would host events, a café and a plant collection when it reopened "
            "in 2026.",
            "RESOLVED that the Committee note the progress on the Winter Gardens."]),
        item("4", "GORLESTON BEACH HUTS", [
            "RESOLVED that 24 new beach huts be installed on the lower promenade at Gorleston, to be let at "
            "£1,150 a year."]),
    ],
    closing=["The meeting ended at 19:25"],
    header="Policy and Resources Committee - 21 March 2023", header_from=1, footer=["Page {n}"],
    pdf_title="Policy and Resources Committee minutes",
)

doc(
    name="Executive_240225_minutes_Wandsworth", form="pdf-minutes", council="London Borough of Wandsworth",
    stated="yes", committee="Executive", date="2025-02-24",
    logo="Wandsworth Council",
    title_lines=["LONDON BOROUGH OF WANDSWORTH",
                 "EXECUTIVE",
                 "Minutes of the meeting held at the Town Hall, Wandsworth High Street, SW18 2PU, on Monday 24 "
                 "February 2025 at 7.30 p.m."],
    attendance=[("PRESENT:", "Councillor Balham (Chair), Councillors Earlsfield, Putney, Roehampton, Southfields, "
                             "Tooting and Nine Elms.")],
    items=[
        item("101.", "Minutes", [
            "The minutes of the meeting held on 27 January 2025 were confirmed and signed as a correct record."]),
        item("102.", "Dogs in Parks and Commons: Public Spaces Protection Order", [
            "The Cabinet Member for Environment introduced a new order covering dogs in the council's parks and "
            "commons. Professional dog walkers would be limited to four dogs at a time on Wandsworth Common, "
            "Tooting Common and in Battersea Park, and dogs would be kept out of all fenced children's play areas.",
            "Consultation had closed in January and the full count of responses was not available when the "
            "report was written; the Cabinet Member said most of those who replied were dog owners.",
            "Councillor Tooting said the limit of four dogs would put some walkers out of business. The Cabinet "
            "Member replied that most councils in London had already set a limit of four or six.",
            "RESOLVED: That the Public Spaces Protection Order be made and come into force on 1 April 2025."]),
        item("103.", "Battersea Park: Children's Zoo Lease", [
            "RESOLVED: That a new 15-year lease of the children's zoo in Battersea Park be granted to its current "
            "operator."]),
        item("104.", "Council Homes: Rents 2025/26", [
            "The Executive agreed a rent increase of 2.7 per cent for council homes from April 2025, the highest "
            "the government allows, and an increase of £1.40 a week in service charges for estates with a "
            "concierge."]),
        item("105.", "Wandsworth Arts Fringe and Summer Events", [
            "The Cabinet Member for Culture reported that the Wandsworth Arts Fringe had put on 230 events in 2024, "
            "most of them free, in venues from the Putney Library to the railway arches in Battersea.",
            "The Executive agreed that the fringe be given a grant of £160,000 for 2025, and that the programme "
            "of free summer events in the borough's parks continue.",
            "Councillor Putney asked whether more events could take place in Roehampton. The Cabinet Member said "
            "that a third of the 2025 programme would be held on the estates."]),
        item("106.", "Revenue Budget Monitoring: Quarter 3", [
            "RESOLVED: That the forecast underspend of £1.2 million on the general fund be noted, and that it be "
            "carried forward to the Budget Reserve."]),
        item("107.", "Exclusion of the Public", [
            "RESOLVED: That the public be excluded from the meeting for the remaining item on the grounds that it "
            "involved the likely disclosure of exempt information."]),
    ],
    closing=["The meeting ended at 8.50 p.m."],
    header="Executive - 24 February 2025", header_right="Wandsworth Council", footer=["- {n} -"],
    pdf_title="Executive minutes",
)

doc(
    name="Cabinet_22_June_2021_Minutes_Chesterfield", form="pdf-minutes", council="Chesterfield Borough Council",
    stated="yes", committee="Cabinet", date="2021-06-22",
    logo="Chesterfield Borough Council",
    title_lines=["CABINET", "Tuesday, 22nd June, 2021",
                 "Present:-",
                 "Councillor Brimington (Chair); Councillors Whittington, Staveley, Hasland, Walton, Brampton "
                 "and Newbold."],
    attendance=[("Non Voting Members:", "Councillors Dunston and Loundsley Green.")],
    items=[
        item("14", "DECLARATIONS OF MEMBERS' AND OFFICERS' INTERESTS RELATING TO ITEMS ON THE AGENDA", [
            "No declarations of interest were received."]),
        item("15", "MINUTES", [
            "RESOLVED - That the minutes of the meeting of Cabinet held on 25 May 2021 be approved as a correct "
            "record and signed by the Chair."]),
        item("16", "TOWN CENTRE CCTV AND MARKET HALL SECURITY (E000)", [
            "The Service Director for Leisure, Culture and Community Wellbeing presented a report on upgrading "
            "the public space CCTV system in the town centre, including eight new cameras around the Market Hall "
            "and New Square, where traders had reported break-ins.",
            "The upgrade would cost £212,000 and be funded from the Safer Streets grant.",
            "*RESOLVED -",
            "That the upgrade of the town centre CCTV system, including eight new cameras, be approved."]),
        item("17", "STEPHENSON MEMORIAL HALL AND POMEGRANATE THEATRE (B000)", [
            "The Cabinet Member for Town Centres and Visitor Economy reported that work to make the Stephenson "
            "Memorial Hall accessible, with a new lift, a café and a larger foyer for the Pomegranate Theatre, "
            "was being designed.",
            "The Cabinet Member said that the theatre had sold 38,000 tickets in 2019, its last full year before "
            "the pandemic, and hoped to pass that when it reopened fully in the autumn.",
            "*RESOLVED -",
            "That the design of the Stephenson Memorial Hall scheme proceed to the next stage."]),
        item("18", "QUEEN'S PARK SPORTS CENTRE CAR PARK", [
            "*RESOLVED -",
            "That parking at Queen's Park Sports Centre remain free for the first three hours for users of the "
            "centre."]),
    ],
    closing=["*Matters marked with an asterisk are executive decisions."],
    header="Cabinet 22.06.21", footer=["Page {n}"],
    pdf_title="Cabinet minutes 22 June 2021",
)

doc(
    name="Cabinet_Minutes_17_October_2024_Thanet", form="pdf-minutes", council="Thanet District Council",
    stated="yes", committee="Cabinet", date="2024-10-17",
    logo="Thanet District Council",
    title_lines=["CABINET", "Minutes of the meeting held on 17 October 2024 at 7.00 pm in the Council Chamber, "
                 "Council Offices, Cecil Street, Margate."],
    attendance=[("Present:", "Councillor Westgate (Chairman); Councillors Birchington, Cliftonville, Minster, "
                             "Garlinge and Westwood.")],
    items=[
        item("C41.", "MINUTES OF PREVIOUS MEETING", [
            "The minutes of the Cabinet meeting held on 19 September 2024 were approved and signed by the "
            "Chairman."]),
        item("C42.", "COASTAL PUBLIC TOILETS", [
            "Councillor Birchington, Cabinet Member for Environment, said that the council runs 31 public toilets, "
            "most of them on the coast between Margate and Ramsgate. A cleaning contract costing £410,000 a year "
            "would now be brought back in house.",
            "Toilets at Viking Bay in Broadstairs and at Walpole Bay would open until 9pm in the summer holidays "
            "from 2025.",
            "RESOLVED: that public toilet cleaning be brought in house from 1 April 2025."]),
        item("C43.", "RAMSGATE ROYAL HARBOUR: PONTOONS", [
            "Cabinet heard that several of the pontoons in the inner marina at Ramsgate Royal Harbour were near "
            "the end of their life. A bid had been made to the Levelling Up Fund for their replacement; until the "
            "result of that bid is known, nobody can put a date on the new pontoons.",
            "Berth holders had been offered a 10 per cent discount on their 2025 fees while the marina's "
            "facilities were below standard.",
            "RESOLVED: that the 10 per cent discount for berth holders be agreed."]),
        item("C44.", "MARGATE WINTER GARDENS", [
            "Councillor Westwood said that the council had received seven expressions of interest from operators "
            "wanting to lease and restore the Margate Winter Gardens. Cabinet agreed to shortlist three of them."]),
        item("C45.", "TEMPORARY ACCOMMODATION FOR HOMELESS HOUSEHOLDS", [
            "Councillor Cliftonville, Cabinet Member for Housing, reported that 287 households were in temporary "
            "housing found for them by the council, of whom 96 were in bed and breakfast hotels.",
            "The council would buy up to 40 homes across the district to use as temporary accommodation, funded "
            "by borrowing that would be repaid from the savings on hotel bills.",
            "Councillor Minster asked whether families would be placed outside Thanet. The Cabinet Member said that "
            "the purchases were meant to stop that happening except in emergencies.",
            "RESOLVED: that up to 40 homes be bought for temporary accommodation at a total cost of no more than "
            "£9 million."]),
        item("C46.", "BUDGET MONITORING: QUARTER 1", [
            "RESOLVED: that the forecast overspend of £640,000 on the general fund be noted."]),
    ],
    closing=["Meeting concluded: 8.15 pm"],
    header="Cabinet - 17 October 2024", footer=["Page {n} of {total}"],
    pdf_title="Cabinet 17 October 2024 Minutes",
)


# =========================================================================== Public Document Packs

doc(
    name="Cabinet_14122023_Agenda_Pack_Harrow", form="pdf-pack", council="London Borough of Harrow", stated="yes",
    committee="Cabinet", date="2023-12-14",
    cover=["Cabinet", "Thursday 14 December 2023 at 6.30 pm",
           "Committee Room 1 & 2, Harrow Civic Centre, Station Road, Harrow, HA1 2XY"],
    cover_body=["London Borough of Harrow",
                "Membership: Councillor Pinner (Chair); Councillors Stanmore, Kenton, Belmont, Headstone, "
                "Rayners Lane, Roxeth, Hatch End and Canons.",
                "Contact: Nadia Roxbourne, Senior Democratic and Electoral Services Officer. Tel: 020 8424 1947",
                "Published: 6 December 2023"],
    agenda=[("1", "Declarations of Interests"), ("2", "Minutes ({minutes})"),
            ("3", "Public Questions"), ("4", "Harrow Arts Centre: Elliott Hall Refurbishment ({report})"),
            ("5", "Any Other Urgent Business")],
    marks=["Agenda Item 2", "Agenda Item 4"],
    prev_title_lines=["CABINET", "MINUTES OF THE MEETING HELD ON THURSDAY 16 NOVEMBER 2023"],
    attendance=[("Chair:", "Councillor Pinner"),
                ("Councillors:", "Stanmore, Kenton, Belmont, Headstone, Rayners Lane, Roxeth and Hatch End.")],
    prev_items=[
        item("312.", "Minutes", [
            "RESOLVED: That the minutes of the meeting held on 19 October 2023 be taken as read and signed as "
            "a correct record."]),
        item("313.", "New Harrow Leisure Centre", [
            "The Portfolio Holder for Community introduced the proposal to replace Harrow Leisure Centre in "
            "Christchurch Avenue with a new centre on the same site, with a 25-metre ten-lane swimming pool, a "
            "diving pool, a sports hall and a climbing wall.",
            "The existing centre would remain in use until the new building opened, so that there would be no gap "
            "in swimming lessons. The cost was estimated at £52 million, to be met from borrowing and the sale of "
            "land on the edge of the site for 95 homes.",
            "Councillor Belmont asked how long the old pool would have to keep going. The Portfolio Holder said "
            "that the old pool had enough life left in it for the four years of building work.",
            "RESOLVED: That the outline business case for the new leisure centre be approved."]),
        item("314.", "Revenue Budget Monitoring: Quarter 2", [
            "RESOLVED: That the forecast overspend of £2.8 million on the general fund be noted, together with "
            "the actions being taken to reduce it."]),
    ],
    report=report(
        ["Report for: Cabinet", "Date of Meeting: 14 December 2023",
         "Subject: Harrow Arts Centre - Elliott Hall Refurbishment"],
        [("Key Decision:", "Yes"), ("Responsible Officer:", "Corporate Director, Place"),
         ("Portfolio Holder:", "Councillor Kenton, Portfolio Holder for Culture"),
         ("Wards affected:", "Hatch End"), ("Enclosures:", "Appendix 1 - Condition survey")],
        [("Section 1 - Summary and Recommendations", [
            "This report sets out a scheme to refurbish Elliott Hall at Harrow Arts Centre in Uxbridge Road, "
            "Hatch End.",
            "Recommendation: Cabinet is asked to approve the refurbishment of Elliott Hall at a cost of £1.6 "
            "million."]),
         ("Section 2 - Report", [
            "2.1 Elliott Hall was built in the 1900s as part of the Royal Commercial Travellers' School and is "
            "used for concerts, comedy nights and weddings. Its seating is worn and its heating fails most winters.",
            "2.2 The scheme would replace the seating with 420 new seats, install a new heating system and "
            "improve the stage lighting. The hall would be closed from May to October 2024.",
            "2.3 The arts centre's bookings would be moved to the Music Box and the Studio during the closure."]),
         ("Section 3 - Financial Implications", [
            "3.1 The cost of £1.6 million would be met from the capital programme, of which £350,000 is a grant "
            "from Arts Council England's Museum Estate and Development Fund."])]),
    header="", footer=["Page {n}"], number_offset=2,
)

doc(
    name="Cabinet_20022025_Public_Pack_Uttlesford", form="pdf-pack", council="Uttlesford District Council",
    stated="yes", committee="Cabinet", date="2025-02-20",
    cover=["CABINET", "Thursday, 20 February 2025 at 7.00 pm",
           "Council Chamber, Council Offices, London Road, Saffron Walden, CB11 4ER"],
    cover_body=["Uttlesford District Council",
                "Members: Councillors Thaxted (Leader), Stansted, Newport, Elsenham, Takeley and Hatfield Heath.",
                "For information about this meeting please contact Democratic Services: "
                "committee@uttlesford.gov.uk"],
    agenda=[("1", "Apologies for absence and declarations of interest"),
            ("2", "Minutes of the previous meeting ({minutes})"),
            ("3", "Saffron Walden Museum: Collections Store ({report})")],
    marks=["Item 2", "Item 3"],
    prev_title_lines=["UTTLESFORD DISTRICT COUNCIL", "Minutes of a meeting of the CABINET held at COUNCIL "
                      "OFFICES, LONDON ROAD, SAFFRON WALDEN, CB11 4ER, on THURSDAY, 12 DECEMBER 2024 at 7.00 pm"],
    attendance=[("Present:", "Councillor Thaxted (Leader, Chair); Councillors Stansted, Newport, Elsenham and "
                             "Takeley."),
                ("Officers in attendance:", "Chief Executive; Director of Operations; Democratic Services "
                                            "Officer.")],
    prev_items=[
        item("CAB65", "MINUTES OF THE PREVIOUS MEETING", [
            "The minutes of the meeting held on 14 November 2024 were approved as a correct record."]),
        item("CAB66", "FOOD WASTE AND RECYCLING SERVICE CHANGES", [
            "The Portfolio Holder for Environment reported that the district already collected food waste weekly "
            "from most homes, but that 2,300 flats and rural homes without a caddy would be brought into the "
            "service by the end of 2025.",
            "Essex County Council, which decides where collected waste is taken, had been asked whether food "
            "waste from the north of the district could go to a plant in Cambridgeshire instead; its reply was "
            "still awaited.",
            "Councillor Newport asked whether the council would charge for replacement caddies. The Portfolio "
            "Holder said that replacement caddies would remain free.",
            "RESOLVED that the extension of weekly food waste collections be approved and that £185,000 be "
            "added to the waste budget for 2025/26."]),
        item("CAB67", "STANSTED AIRPORT NOISE INSULATION", [
            "Cabinet noted the airport's new noise insulation scheme, which it said would offer up to £10,000 to "
            "about 1,000 homes near the flight paths."]),
    ],
    report=report(
        ["Committee: Cabinet", "Date: Thursday, 20 February 2025",
         "Title: Saffron Walden Museum - New Collections Store"],
        [("Portfolio Holder:", "Councillor Hatfield Heath, Portfolio Holder for Communities"),
         ("Report Author:", "Lauren Debden, Museum Curator"), ("Key decision:", "No")],
        [("Summary", [
            "1. The museum's stores in the castle grounds are damp and full. About 40 per cent of the "
            "collection, including the natural history specimens, is kept off site in a rented unit in Great "
            "Dunmow."]),
         ("Recommendations", [
            "2. That Cabinet approves the conversion of the former depot at Shire Hill into a collections store at "
            "a cost of £720,000."]),
         ("Background", [
            "3. The museum, run by the council since 1974, received 31,500 visitors in 2023/24.",
            "4. Moving the collection into one store would end the lease in Great Dunmow, saving £38,000 a year."])]),
    header="", footer=["Page {n}"], number_offset=2,
)

doc(
    name="Executive_Committee_08062022_Agenda_Tewkesbury", form="pdf-pack", council="Tewkesbury Borough Council",
    stated="yes", committee="Executive Committee", date="2022-06-08",
    cover=["Executive Committee", "Wednesday, 8 June 2022 at 2:00 pm",
           "Council Chamber, Tewkesbury Borough Council Offices, Gloucester Road, Tewkesbury, GL20 5TT"],
    cover_body=["TEWKESBURY BOROUGH COUNCIL",
                "Membership: Councillors Winchcombe (Chair), Bishops Cleeve (Vice-Chair), Brockworth, Churchdown, "
                "Highnam, Innsworth, Northway and Twyning.",
                "Any enquiries about this agenda should be made to Democratic Services, Tel: 01684 272 021."],
    agenda=[("1", "Announcements"), ("2", "Apologies for absence"),
            ("3", "Minutes of the meeting held on 4 May 2022 ({minutes})"),
            ("4", "Council Offices: Letting of Office Space ({report})")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["TEWKESBURY BOROUGH COUNCIL",
                      "Minutes of a Meeting of the Executive Committee held at the Council Offices, Gloucester "
                      "Road, Tewkesbury on Wednesday, 4 May 2022 commencing at 2:00 pm"],
    attendance=[("Present:", "Councillor Winchcombe (Chair), Councillors Bishops Cleeve, Brockworth, Churchdown, "
                             "Highnam, Innsworth and Twyning.")],
    prev_items=[
        item("EX.101", "MINUTES", [
            "The Minutes of the meeting held on 6 April 2022 were approved as a correct record."]),
        item("EX.102", "LOCAL PLAN: TEWKESBURY BOROUGH PLAN AND JOINT CORE STRATEGY REVIEW", [
            "102.1 The Lead Member for Built Environment explained that the examination of the Tewkesbury "
            "Borough Plan had taken place before a planning inspector, with hearings held over several weeks.",
            "102.2 Work on the review of the Joint Core Strategy, the local plan shared with Cheltenham and "
            "Gloucester, was continuing. The three councils needed to find land for about 35,000 homes up to "
            "2041.",
            "102.3 A Member asked whether Green Belt land near Churchdown would be looked at. The Lead Member "
            "said that every site put forward in the call for sites would be assessed, including 14 sites in the "
            "Green Belt.",
            "102.4 It was RESOLVED that the timetable for the Joint Core Strategy review be approved, with "
            "consultation on the preferred options in autumn 2023."]),
        item("EX.103", "TEWKESBURY TOWN REGENERATION: SPRING GARDENS", [
            "103.1 It was RESOLVED that the design team be appointed to prepare a planning application for the "
            "redevelopment of the Spring Gardens site, with a budget of £310,000."]),
    ],
    report=report(
        ["TEWKESBURY BOROUGH COUNCIL"],
        [("Report to:", "Executive Committee"), ("Date of Meeting:", "8 June 2022"),
         ("Subject:", "Council Offices: Letting of Office Space"),
         ("Report of:", "Head of Corporate Resources"), ("Number of Appendices:", "One")],
        [("Executive Summary:", [
            "Since staff began working from home for part of the week, two of the four wings of the Council "
            "Offices have been largely empty. This report proposes letting space to public sector partners."]),
         ("Recommendation:", [
            "To let up to 1,850 square metres of office space in the Council Offices to public sector "
            "partners."]),
         ("1.0 INTRODUCTION", [
            "1.1 The Department for Work and Pensions has said that it would take space for a jobcentre, and "
            "Gloucestershire Constabulary wishes to open a front counter in the reception area.",
            "1.2 The rents would bring in about £240,000 a year once the space was fully let."])]),
    header="", footer=["Page {n}"], number_offset=2,
)


# =========================================================================== Word reports

doc(
    name="Cabinet_2_September_2024_Local_Plan_Adoption_Report_DDC", form="docx-report",
    council="Dover District Council", stated="yes", committee="Cabinet", date="2024-09-02",
    letterhead=["DOVER DISTRICT COUNCIL", "REPORT OF THE HEAD OF PLANNING POLICY", "CABINET - 2 SEPTEMBER 2024"],
    report=report(
        ["Dover District Local Plan to 2040: Inspectors' Report", "Recommendation to Council to adopt"],
        [("Responsible Cabinet Member", "Councillor Lydden, Cabinet Member for Planning and Regeneration"),
         ("Decision Type", "Key Decision"), ("Classification", "Unrestricted"),
         ("Ward(s) Affected", "All"), ("Report Author", "Oliver Kingsdown, Principal Planning Officer"),
         ("Appendices", "Appendix 1 - Inspectors' Report; Appendix 2 - Schedule of Main Modifications")],
        [("1. Summary of the Report", [
            "1.1 The planning inspectors have found the Dover District Local Plan sound, subject to the main "
            "modifications set out in Appendix 2. This report asks Cabinet to recommend the plan to Council for "
            "adoption."]),
         ("2. Background", [
            "2.1 The plan provides for 10,998 new homes between 2022 and 2040, of which about 6,000 would be at "
            "Whitfield, north of Dover, and at Aylesham.",
            "2.2 The main modifications removed two sites in St Margaret's at Cliffe from the plan and added a "
            "policy protecting the setting of Dover Castle.",
            "2.3 Consultants to prepare a masterplan and design code for the Whitfield urban expansion have not "
            "yet been appointed; a procurement will begin once the plan is adopted."]),
         ("3. Deal Pier", [
            "3.1 The plan also includes a policy supporting the renewal of Deal Pier and its café, which the "
            "council owns. The pier head café has been closed since the storms of winter 2023."]),
         ("4. Resource Implications", [
            "4.1 The cost of adoption, including the inspectors' fees of £412,000, has been met from the Local "
            "Plan reserve."])]),
    header="Agenda Item No 9", footer=["Cabinet 2 September 2024", "Dover District Council"],
    docx_author="Planning Policy",
)

doc(
    name="Executive_9_December_2021_Food_Waste_Report_SHDC", form="docx-report",
    council="South Hams District Council", stated="yes", committee="Executive", date="2021-12-09",
    letterhead=["Report to: Executive", "Date: 9 December 2021"],
    report=report(
        ["Title: Waste and Recycling - Weekly Food Waste Collections"],
        [("Portfolio Area:", "Environment"), ("Wards Affected:", "All"),
         ("Urgent Decision:", "N"), ("Approval and clearance obtained:", "Y"),
         ("Author:", "Tom Modbury, Head of Environment Services"),
         ("Contact:", "Tel: 01803 861 234, Follaton House, Plymouth Road, Totnes, TQ9 5NE")],
        [("1. Executive summary", [
            "1.1 This report proposes collecting food waste each week from all homes in the South Hams, with "
            "rubbish collected every other week.",
            "1.2 The district's recycling rate was 54 per cent in 2020/21. Officers expect it to rise to about "
            "61 per cent once food waste is collected separately, as it is in neighbouring districts."]),
         ("2. Recommendations", [
            "2.1 That the Executive approves weekly kerbside food waste rounds, with rubbish picked up once a "
            "fortnight, across the district.",
            "2.2 That £1.4 million be allocated to buy 44,000 kerbside caddies and the extra vehicles."]),
         ("3. Background", [
            "3.1 Households in Dartmouth, Kingsbridge, Ivybridge and Totnes will receive a kerbside caddy, a "
            "kitchen caddy and a leaflet explaining the new service. Homes in the narrow streets of Dartmouth "
            "and Salcombe will be collected by smaller vehicles.",
            "3.2 The collections will be carried out by the council's contractor under the existing waste "
            "contract, which will be varied."]),
         ("4. Implications", [
            "4.1 The change is expected to save around £300,000 a year in disposal costs once the service is "
            "fully running."])]),
    header="", footer=["South Hams District Council - Executive 9 December 2021"],
    docx_author="Environment Services",
)


# =========================================================================== Word minutes

doc(
    name="Cabinet_Minutes_26092023_MDC", form="docx-minutes", council="Mansfield District Council", stated="yes",
    committee="Cabinet", date="2023-09-26",
    title_lines=["MANSFIELD DISTRICT COUNCIL",
                 "MINUTES OF A MEETING OF THE CABINET",
                 "HELD ON TUESDAY, 26 SEPTEMBER 2023 AT 2.00 PM",
                 "IN THE COUNCIL CHAMBER, CIVIC CENTRE, CHESTERFIELD ROAD SOUTH, MANSFIELD"],
    attendance=[("PRESENT:", "Executive Mayor Forest Town (Chair); Councillors Ladybrook, Oak Tree, Pleasley, "
                             "Ravensdale and Berry Hill."),
                ("OFFICERS:", "Chief Executive; Director of Resources; Community Safety Manager; Democratic "
                              "Services Officer.")],
    items=[
        item("23.", "MINUTES", [
            "The minutes of the meeting held on 22 August 2023 were confirmed as a correct record."]),
        item("24.", "CCTV CONTROL ROOM AND CAMERA NETWORK", [
            "The Portfolio Holder for Safer Communities said that the council monitors 132 cameras across "
            "Mansfield town centre, Market Warsop and the main estates from its control room at the Civic "
            "Centre, 24 hours a day.",
            "The move of the control room to the new Mansfield Connect building had slipped from the summer to "
            "next spring. The reasons for the delay were still being looked into by the project team, and the "
            "Portfolio Holder said he would report back to Cabinet.",
            "RESOLVED that 18 redeployable cameras be bought for hot spots of anti-social behaviour at a cost of "
            "£96,000."]),
        item("25.", "MANSFIELD MARKET PLACE: EVENTS PROGRAMME 2024", [
            "RESOLVED that a budget of £125,000 be agreed for the 2024 events programme in the Market Place, "
            "including a Christmas lights switch-on and a food festival in June."]),
        item("26.", "MANSFIELD MUSEUM: SUNDAY OPENING", [
            "RESOLVED that Mansfield Museum open on Sundays from 11.00 am to 3.00 pm during the school holidays."]),
    ],
    closing=["The meeting closed at 3.05 pm.", "Chair ........................"],
    header="Cabinet - 26 September 2023", footer=["Mansfield District Council"],
    docx_author="Democratic Services",
)

doc(
    name="Cabinet_12_July_2022_Minutes_Rushcliffe", form="docx-minutes", council="Rushcliffe Borough Council",
    stated="yes", committee="Cabinet", date="2022-07-12",
    title_lines=["Minutes of the Meeting of the CABINET",
                 "Tuesday, 12 July 2022",
                 "Held at 7.00 pm in the Council Chamber, Rushcliffe Arena, Rugby Road, West Bridgford"],
    attendance=[("PRESENT:", "Councillors Cotgrave (Chairman), Bingham (Vice-Chairman), Radcliffe, Keyworth, "
                             "Ruddington and East Leake."),
                ("OFFICERS IN ATTENDANCE:", "Chief Executive, Director – Neighbourhoods, Democratic Services "
                                            "Officer.")],
    items=[
        item("", "Declarations of Interest", [
            "There were no declarations of interest."]),
        item("", "Minutes of the Meeting held on 14 June 2022", [
            "The minutes of the meeting held on 14 June 2022 were declared a true record and were signed by the "
            "Chairman."]),
        item("", "New Allotments at Gresham Park, West Bridgford", [
            "The Cabinet Portfolio Holder for Environment reported that there were 210 people on the waiting list "
            "for the Borough's allotments, most of them in West Bridgford. The land next to the Gresham Park "
            "sports pitches could take 60 plots, with a water supply, a shared shed and parking.",
            "The ward councillors for Lady Bay and Abbey had been consulted on the proposal, as had the Gresham "
            "Park users' group.",
            "It was RESOLVED that Cabinet approves the creation of 60 allotment plots at Gresham Park at a cost of "
            "£145,000 from the Borough's capital programme."]),
        item("", "Bingham Leisure Hub: Opening", [
            "The Leader reported that the new Bingham Arena and Enterprise Centre had welcomed 9,800 visits in "
            "its first month, and that all 23 of its business units had been let.",
            "It was RESOLVED that the update be noted."]),
        item("", "Cotgrave Town Centre: Car Parking", [
            "It was RESOLVED that the car parks in Cotgrave town centre remain free of charge for a further three "
            "years."]),
    ],
    closing=["The meeting closed at 7.48 pm.", "CHAIRMAN"],
    header="Cabinet - Tuesday, 12 July 2022", footer=["Rushcliffe Borough Council"],
    docx_author="Democratic Services",
)


# =========================================================================== plain text

doc(
    name="Cabinet_8_January_2024_HF", form="txt", council="London Borough of Hammersmith and Fulham",
    stated="short", committee="Cabinet", date="2024-01-08",
    title_lines=["Hammersmith & Fulham Council", "",
                 "Cabinet", "",
                 "Minutes", "",
                 "Monday 8 January 2024", "",
                 "PRESENT", ""],
    attendance=[("Councillor", "Shepherd's Bush (Leader of the Council), Councillor Fulham Broadway (Deputy "
                               "Leader), Councillors Parsons Green, Sands End, Ravenscourt, Brook Green, "
                               "Wormholt and College Park."),
                ("Place:", "Hammersmith Town Hall, King Street, London W6 9JU")],
    items=[
        item("1.", "Minutes of the Cabinet meeting held on 4 December 2023", [
            "RESOLVED: That the minutes of the meeting of the Cabinet held on 4 December 2023 be confirmed and "
            "signed as an accurate record of the proceedings."]),
        item("2.", "Civic Campus: Homes and Affordable Housing", [
            "The Cabinet Member for Housing reported that the refurbishment of Hammersmith Town Hall was "
            "nearing completion and that the new buildings around the new civic square would provide 204 homes, "
            "a cinema and space for small businesses.",
            "The split between homes for social rent and homes for sale had yet to be settled with the developer "
            "and would come back to Cabinet in the spring. Councillor Ravenscourt asked that as many homes as "
            "possible be for social rent.",
            "RESOLVED: That the revised programme, with the Town Hall reopening in summer 2024, be noted."]),
        item("3.", "Fulham Palace Road: Safer Streets Scheme", [
            "The Cabinet Member for the Climate Emergency introduced a scheme to make Fulham Palace Road safer for "
            "people walking and cycling, including a protected cycle lane and five new pedestrian crossings.",
            "RESOLVED: That the scheme be approved at a cost of £3.2 million, funded from developer contributions "
            "and Transport for London."]),
        item("4.", "Council Tax Support Scheme 2024/25", [
            "RESOLVED: That the existing council tax support scheme, under which the poorest households pay no "
            "council tax, be kept for 2024/25, at an estimated cost of £19.6 million."]),
    ],
    closing=["", "Meeting started: 7.00 pm", "Meeting ended: 7.52 pm", "", "Chair ..................."],
)
