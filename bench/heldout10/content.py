"""The documents of bench/heldout10: invented business of real UK councils.

Every word of the business, the people and the figures is invented for this set; the councils,
their towns and buildings are real, and the layouts are heldout5's forms. make_heldout10.py draws
each dict by its `form` with bench/heldout5/make_heldout5.py's renderers; truth.csv is written from
`council`, `stated` (how the text names the council: `yes` in full, `short` only a short form or
abbreviation), `committee` (alternatives separated by `|`) and `date` (the meeting's, ISO). The
content format is heldout5's (as in heldout9's content.py); the words are this set's own.
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
    name="ieListDocuments_CId180_MId2274_LBBD_Cabinet", form="mg-meeting",
    council="London Borough of Barking and Dagenham", stated="short", committee="Cabinet", date="2022-03-15",
    site=site("Barking & Dagenham", "https://modgov.lbbd.gov.uk/Internet",
              "Barking Town Hall, 1 Town Square, Barking, IG11 7LU", "© LBBD 2022",
              menu=["Home", "Your council", "Meetings", "Councillors", "Search"],
              breadcrumb=["Home", "Committees", "Cabinet"]),
    heading="Cabinet - Tuesday, 15th March, 2022 7.00 pm",
    venue="Council Chamber, Barking Town Hall, 1 Town Square, Barking, IG11 7LU",
    contact="Marcus Feltwell, Democratic Services. Tel: 020 8227 5510",
    items=[
        item("87", "Apologies for absence", [
            "Councillor Gwendolyn Ashcombe sent her apologies."]),
        item("88", "Declaration of Members' Interests", [
            "There were no declarations of interest."]),
        item("89", "Becontree Estate Centenary: Programme of Events", [
            "The Cabinet Member for Culture, Councillor Oluwaseun Brandreth, explained that it was a hundred "
            "years since the first families collected their keys on the Becontree Estate, once the largest "
            "council estate in the world. The programme would run from May to October.",
            "A heritage walk linking Valence Park and Parsloes Park would be marked with 22 information panels "
            "telling the story of the estate, and residents' groups could apply for small awards of up to "
            "£2,500 towards street parties and exhibitions.",
            "Schools and the Valence House archive would record the memories of older tenants for an oral "
            "history collection. How many people would take part was not yet known; the Cabinet Member said "
            "she would circulate an estimate once the partner schools had signed up.",
            "Councillor Terrence Oduya asked why the centenary budget was so modest. The Cabinet Member said "
            "that most events would be run by volunteers and that the council's share was kept to £185,000.",
            "Cabinet resolved to approve the centenary programme and the award scheme."],
            links=[("Becontree centenary report", "455 KB"), ("Appendix 1 - walk route", "1 MB")]),
        item("90", "Fly-tipping: Enforcement and Penalty Levels", [
            "The Cabinet Member for Enforcement reported that crews had cleared 9,640 fly-tips from the borough's "
            "streets and alleyways in the last year, more than in any London borough bar two.",
            "Cabinet resolved that the fixed penalty for fly-tipping be raised to £1,000, the most the law "
            "allows, and that the notice may be reduced to £600 if paid within ten days."],
            links=[("Fly-tipping report", "230 KB")]),
        item("91", "Dagenham Heathway: Controlled Parking Zone", [
            "Cabinet resolved to introduce a controlled parking zone around Dagenham Heathway station, "
            "operating Monday to Saturday from 8.00 am to 6.30 pm."]),
    ],
)

doc(
    name="ieListDocuments_CId139_MId1186_NNC_Executive", form="mg-meeting",
    council="North Northamptonshire Council", stated="yes", committee="Executive", date="2023-06-15",
    site=site("North Northamptonshire Council", "https://northnorthants.moderngov.co.uk",
              "Sheerness House, 41 Meadow Road, Kettering, NN16 8TL", "© North Northamptonshire Council 2023",
              menu=["Home", "Councillors", "Meetings and decisions", "Forward plan"]),
    heading="Executive - Thursday, 15th June, 2023 10.00 am",
    venue="Council Chamber, Corby Cube, George Street, Corby, NN17 1QG",
    contact="Priya Wellingborough, Democratic Services Officer. Tel: 01832 742 019",
    items=[
        item("14.", "Minutes of the meeting held on 18 May 2023", [
            "The minutes were agreed as a correct record."]),
        item("15.", "Chester House Estate: Stable Block Learning Centre", [
            "The Executive Member for Growth reported that the Chester House Estate near Irchester had welcomed "
            "118,000 visitors in its first full year of opening, well above the forecast in the business plan.",
            "The proposal was to convert the Victorian stable block beside the farmhouse into a learning centre "
            "for schools, with two classrooms and a store for the finds from the Roman town, at a cost of "
            "£1.75 million.",
            "Councillor Harriet Pytchley asked what schools would be charged. The Executive Member said that a "
            "visit would cost £4 a pupil, with free places for schools in the most deprived wards.",
            "RESOLVED that the conversion of the stable block be approved and added to the capital programme."],
            links=[("Chester House learning centre report", "610 KB")]),
        item("16.", "Home to School Transport Policy 2024/25", [
            "The Executive considered the results of consultation on the home to school transport policy, which "
            "had to bring together the rules of the two former county areas.",
            "RESOLVED that free transport be offered to secondary pupils who live more than three miles from "
            "their nearest suitable school, and to primary pupils who live more than two miles away."],
            links=[("Transport policy", "390 KB")]),
        item("17.", "Corby Town Centre: Lighting", [
            "RESOLVED that £96,000 be spent replacing the lighting in Corporation Street with LED lamps."]),
    ],
)

doc(
    name="ieListDocuments_CId121_MId3409_Preston_Cabinet", form="mg-meeting",
    council="Preston City Council", stated="yes", committee="Cabinet", date="2024-09-11",
    site=site("Preston City Council", "https://preston.moderngov.co.uk",
              "Town Hall, Lancaster Road, Preston, PR1 2RL", "© Preston City Council 2024",
              breadcrumb=["Home", "Council and democracy", "Meetings", "Cabinet"]),
    heading="Cabinet - Wednesday, 11th September, 2024 10.00 am",
    venue="Town Hall, Lancaster Road, Preston, PR1 2RL",
    contact="Aisling Penwortham, Democratic Services. Email: democracy@preston.gov.uk",
    items=[
        item("CAB.23", "Declarations of interest", [
            "None."]),
        item("CAB.24", "Preston Markets: Rents and Opening Hours", [
            "The Cabinet Member for Communities said that the Market Hall on Earl Street had 61 stalls, of "
            "which 8 stood empty, and that the outdoor market under the Victorian canopy was busiest on "
            "Saturdays.",
            "Traders had asked for the hall to open later on Thursdays. Cabinet agreed a trial of opening until "
            "7.00 pm on Thursdays from October to Christmas.",
            "RESOLVED that stall rents in the Market Hall be frozen at their present level until 31 March 2025."],
            links=[("Markets report", "276 KB")]),
        item("CAB.25", "Harris Museum: Reopening Programme", [
            "The Leader gave an update on the refurbishment of the Harris, which has been closed since 2022 for "
            "work on its roof, lifts and galleries. The new ground floor library and café had been fitted out, "
            "and the conservation team had begun moving paintings back into the first floor galleries.",
            "The date the building would reopen to the public had not been fixed. Officers would confirm it to "
            "Cabinet once the contractor's revised programme had been agreed.",
            "Councillor Declan Ribbleton asked whether the opening exhibition would feature local artists. The "
            "Leader said that the first show would be given over to the museum's collection of paintings of "
            "Preston life.",
            "RESOLVED to note the update."],
            links=[("Harris project update", "1 MB")]),
        item("CAB.26", "Guild Wheel: Resurfacing", [
            "RESOLVED that £420,000 be allocated to resurface the Guild Wheel path between Brockholes and "
            "Avenham Park, and that the works be carried out over the winter."]),
    ],
)

doc(
    name="ieListDocuments_CId110_MId5031_Gloucester_Cabinet", form="mg-meeting",
    council="Gloucester City Council", stated="yes", committee="Cabinet", date="2021-11-10",
    site=site("Gloucester City Council", "https://democracy.gloucester.gov.uk",
              "Herbert Warehouse, The Docks, Gloucester, GL1 2EQ", "© Gloucester City Council 2021",
              menu=["Home", "Meetings", "Councillors", "Decisions", "Elections"]),
    heading="Cabinet - Wednesday, 10th November, 2021 6.00 pm",
    venue="Civic Suite, North Warehouse, The Docks, Gloucester, GL1 2EP",
    contact="Tanya Hucclecote, Democratic and Electoral Services. Tel: 01452 396 128",
    items=[
        item("45.", "Minutes", [
            "The minutes of the meeting held on 13 October 2021 were confirmed and signed by the Chair as a "
            "correct record."]),
        item("46.", "Kings Quarter: The Forum", [
            "The Cabinet Member for Planning and Housing Strategy reported on the Forum, the offices, hotel and "
            "flexible workspace being built on the old bus station land beside Kings Square.",
            "The first building would provide 8,300 square metres of offices. Two firms, an engineering "
            "consultancy and a games studio, had agreed heads of terms for space on the upper floors.",
            "Councillor Bethan Tuffley asked how many construction jobs had gone to city residents. The Cabinet "
            "Member said that the contractor had taken on 36 apprentices, half of them from Gloucester.",
            "RESOLVED that the Council borrow up to £38 million to complete the first phase of the Forum."],
            links=[("The Forum report", "702 KB")]),
        item("47.", "Blackfriars Priory: Events Programme", [
            "Cabinet received a report on the season of concerts, plays and weddings held in the great hall of "
            "Blackfriars Priory, run jointly with English Heritage. The programme had included a medieval "
            "food festival and an open-air production of Twelfth Night in the cloister garth.",
            "RESOLVED that the Cabinet Member for Culture and Leisure be authorised to agree a further three-year "
            "programme with English Heritage."],
            links=[("Blackfriars events report", "188 KB")]),
        item("48.", "Council Tax Support Scheme 2022/23", [
            "RESOLVED that the council tax support scheme for 2022/23 be recommended to Council without change."]),
    ],
)

doc(
    name="ieListDocuments_CId146_MId4452_Chelmsford_Cabinet", form="mg-meeting",
    council="Chelmsford City Council", stated="yes", committee="Cabinet", date="2025-01-28",
    site=site("Chelmsford City Council", "https://chelmsford.moderngov.co.uk",
              "Civic Centre, Duke Street, Chelmsford, CM1 1JE", "© Chelmsford City Council 2025",
              menu=["Home", "Your councillors", "Committee meetings", "Decisions", "Contact"]),
    heading="Cabinet - Tuesday, 28th January, 2025 7.00 pm",
    venue="Council Chamber, Civic Centre, Duke Street, Chelmsford, CM1 1JE",
    contact="Owen Writtle, Democracy Team. Tel: 01245 606 923",
    outcome_label="Minutes:",
    items=[
        item("CAB/6", "Minutes", [
            "The minutes of the meeting on 26 November 2024 were confirmed as a correct record."]),
        item("CAB/7", "Electric Vehicle Charge Points in Council Car Parks", [
            "The Cabinet Member for Sustainable Transport said that only 14 public charge points were available "
            "in the council's car parks, all at the High Chelmer multi-storey, and drivers without a drive of "
            "their own had nowhere to charge overnight.",
            "The scheme would install 64 new charge points across nine car parks, including Baddow Road, Coval "
            "Lane and the Riverside car park, with the supplier paying for installation in return for a share of "
            "the income over 15 years.",
            "No operator had yet been chosen: tenders were due back in March, and the Cabinet Member would bring "
            "the recommended bidder back to Cabinet in the summer.",
            "RESOLVED that the procurement of a concession for 64 public charge points be approved."],
            links=[("EV charging report", "344 KB")]),
        item("CAB/8", "Hylands House: Wedding and Event Charges", [
            "Cabinet heard that Hylands House had hosted 142 weddings in 2024. The Cabinet Member for Leisure "
            "proposed a new Sunday package for smaller ceremonies of up to 40 guests.",
            "Councillor Rosamund Boreham asked whether the rise in charges would put local couples off. The "
            "Cabinet Member replied that residents of the city would continue to receive a 10 per cent discount.",
            "RESOLVED that the charges for 2025/26 set out in the appendix be approved."],
            links=[("Hylands charges", "160 KB")]),
        item("CAB/9", "Chelmer Waterside: Bridge", [
            "RESOLVED to note that the new bridge over the River Chelmer at Chelmer Waterside would open to "
            "walkers and cyclists in May."]),
    ],
)

doc(
    name="ieListDocuments_CId158_MId3921_Winchester_Cabinet", form="mg-meeting",
    council="Winchester City Council", stated="yes", committee="Cabinet", date="2022-07-20",
    site=site("Winchester City Council", "https://democracy.winchester.gov.uk",
              "City Offices, Colebrook Street, Winchester, SO23 9LJ", "© Winchester City Council 2022",
              breadcrumb=["Home", "Council", "Meetings", "Cabinet"]),
    heading="Cabinet - Wednesday, 20th July, 2022 9.30 am",
    venue="Walton Suite, Guildhall, Winchester",
    contact="Fiona Hursley, Democratic Services Officer. Tel: 01962 848 411",
    items=[
        item("1", "Disclosure of Interests", [
            "No interests were declared."]),
        item("2", "Tree Planting and Woodland Strategy (CAB3361)", [
            "The Cabinet Member for Climate Emergency introduced the strategy, which aims to plant 20,000 trees "
            "across the district over the next five years, starting with land the council owns at Kings Barton "
            "and along the Itchen Navigation.",
            "Volunteers from parish councils would be offered free whips each winter, and 400 larger trees would "
            "be planted in city streets where the pavements were wide enough.",
            "Councillor Margaret Sparsholt asked who would water the street trees in dry summers. The Cabinet "
            "Member said that each new tree would come with a watering bag and a three-year aftercare contract.",
            "RESOLVED that the Tree Planting and Woodland Strategy be adopted."],
            links=[("CAB3361 Tree strategy", "980 KB")]),
        item("3", "Guildhall: Roof and Stonework Repairs (CAB3362)", [
            "Cabinet considered a survey of the Guildhall on the Broadway, which found slipped slates, "
            "corroded gutters and loose stone on the gable facing the King Alfred statue.",
            "The repairs would be phased so that the Guildhall could keep its bookings for weddings and the "
            "Christmas season, with scaffolding put up on the north side first.",
            "RESOLVED that £1.2 million be released from the asset management reserve for the repairs."],
            links=[("CAB3362 Guildhall repairs", "415 KB")]),
        item("4", "Central Winchester Regeneration: Kings Walk", [
            "RESOLVED that the short-term leases of the Kings Walk units to creative businesses be extended to "
            "March 2024."]),
    ],
)


# =========================================================================== ModernGov item pages

doc(
    name="mgAi_ID8812_Eastbourne_Cabinet", form="mg-item", council="Eastbourne Borough Council", stated="yes",
    committee="Cabinet", date="2023-03-08",
    site=site("Eastbourne Borough Council", "https://democracy.eastbourne.gov.uk",
              "1 Grove Road, Eastbourne, BN21 4TW", "© Eastbourne Borough Council 2023"),
    meeting_line="08/03/2023 - Cabinet (Item 7)",
    items=[item("66", "Seafront Public Toilets: Refurbishment Programme", [
        "The Cabinet Member for Tourism reported that the nine public toilet blocks along the seafront, from "
        "Holywell to Princes Park, were tired, hard to keep clean and often closed because of vandalism.",
        "The programme would rebuild the blocks at the Wish Tower and the Redoubt and refurbish the other "
        "seven, at a total cost of £1.1 million. Every block would gain a baby change, and the Wish Tower "
        "would have a Changing Places toilet with a hoist.",
        "Whether the Holywell block would stay open during the works had not been settled; that would depend "
        "on the contractor's programme, which was not yet known.",
        "Councillor Barnaby Meads asked whether visitors would now have to pay. The Cabinet Member said that "
        "there would be no charge to use any of the seafront toilets.",
        "Resolved that the refurbishment programme be approved at a cost of £1.1 million."],
        links=[("Seafront toilets report", "530 KB"), ("Equality impact assessment", "210 KB")])],
)

doc(
    name="mgAi_ID6625_Tamworth_Cabinet", form="mg-item", council="Tamworth Borough Council", stated="yes",
    committee="Cabinet", date="2024-07-25",
    site=site("Tamworth Borough Council", "https://democracy.tamworth.gov.uk",
              "Marmion House, Lichfield Street, Tamworth, B79 7BZ", "© Tamworth Borough Council",
              menu=["Home", "Meetings", "Councillors", "Decisions"]),
    meeting_line="25/07/2024 - Cabinet (Item 9.)",
    items=[item("Minute 41", "Wilnecote Leisure Centre: Learner Swimming Pool", [
        "The Portfolio Holder for Leisure explained that the borough's only learner swimming pool, at "
        "Wilnecote Leisure Centre, had been closed since January after a leak was found under the pool tank.",
        "About 1,300 children had been taught to swim there each year. Lessons had been moved to the main pool "
        "on weekday afternoons, which meant fewer public sessions.",
        "The repair would involve breaking out the floor of the pool hall and relining the tank, at a cost of "
        "£640,000, to be shared with the school that owns the site.",
        "Councillor Ellie Kettlebrook asked whether the leisure centre would stay open during the works. The "
        "Portfolio Holder said that the gym and sports hall would stay open throughout.",
        "RESOLVED that the council's share of £320,000 be approved from the capital contingency."],
        links=[("Learner pool report", "405 KB")])],
)


# =========================================================================== ModernGov decision pages

doc(
    name="ieDecisionDetails_ID1547_Crawley_Enforcement", form="mg-decision", council="Crawley Borough Council",
    stated="yes", committee="Cabinet", date="2023-10-04",
    site=site("Crawley Borough Council", "https://democracy.crawley.gov.uk",
              "Town Hall, The Boulevard, Crawley, RH10 1UZ", "© Crawley Borough Council 2023"),
    decision_title="Environmental Enforcement Service: Litter and Fly-tipping",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To appoint an outside provider to issue fixed penalty notices for dropped litter and "
                      "fly-tipping in the town centre and the neighbourhood parades."]),
        ("Decision:", [
            "Cabinet resolved:",
            "(1) to enter a two-year contract for environmental enforcement, with an option to extend for a "
            "further year;",
            "(2) that a team of four uniformed officers patrol Queens Square, the Broadwalk and the 13 "
            "neighbourhood parades;",
            "(3) that the fixed penalty for dropping litter be set at £150 and for small-scale fly-tipping at "
            "£400;",
            "(4) that the name of the successful provider be published once the contract has been signed."]),
        ("Reasons for the decision:", [
            "Reports of fly-tipping in Crawley rose by 28 per cent between 2021 and 2023, and the council's own "
            "wardens cannot also cover the night-time economy."]),
        ("Alternative options considered:", [
            "Recruiting more in-house wardens was costed but would need £190,000 a year more than the contract."]),
    ],
    tail=[("Publication date:", "06/10/2023"), ("Date of decision:", "04/10/2023"),
          ("Decided at meeting:", "04/10/2023 - Cabinet"), ("Effective from:", "14/10/2023")],
    links=[("Environmental enforcement report", "290 KB")],
)

doc(
    name="ieDecisionDetails_ID3396_FHDC_Beach_Huts", form="mg-decision",
    council="Folkestone and Hythe District Council", stated="yes", committee="Cabinet", date="2025-06-18",
    site=site("Folkestone and Hythe District Council", "https://folkestone-hythe.moderngov.co.uk",
              "Civic Centre, Castle Hill Avenue, Folkestone, CT20 2QY",
              "© Folkestone and Hythe District Council 2025", menu=["Home", "Meetings", "Councillors", "Contact"]),
    decision_title="Beach Huts at Hythe and Sandgate: New Huts and Licence Fees",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "No"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To agree the building of new council beach huts on Hythe seafront and the licence fees "
                      "for all council huts from April 2026."]),
        ("Decision:", [
            "Cabinet agreed:",
            "1. That 30 new beach huts be built on the promenade west of Fisherman's Beach, Hythe, in three "
            "rows of ten, at a cost of £270,000.",
            "2. That the annual licence fee for a council beach hut be £1,150 at Hythe and £980 at Sandgate "
            "from 1 April 2026.",
            "3. That huts be let for a year at a time, with no right to sell the licence on."]),
        ("Reasons for the decision:", [
            "The huts at Sandgate are let every year, and the new huts at Hythe are expected to pay for "
            "themselves within seven years."]),
        ("Alternative options considered:", [
            "Selling plots for privately owned huts was rejected because the council would lose control of "
            "how the huts look."]),
    ],
    tail=[("Publication date:", "20/06/2025"), ("Date of decision:", "18/06/2025"),
          ("Decided at meeting:", "18/06/2025 - Cabinet"), ("Effective from:", "28/06/2025")],
    links=[("Beach huts report", "330 KB")],
)


# =========================================================================== printed minutes (PDF)

doc(
    name="PR_Committee_18_October_2022_Minutes_Worcester", form="pdf-minutes", council="Worcester City Council",
    stated="yes", committee="Policy and Resources Committee", date="2022-10-18",
    logo="WORCESTER CITY COUNCIL",
    title_lines=["POLICY AND RESOURCES COMMITTEE",
                 "Tuesday, 18 October 2022",
                 "Minutes of the meeting held in the Guildhall, High Street, Worcester, WR1 2EY, at 6.00 pm"],
    attendance=[("Present:", "Councillor Claines (Chair), Councillors Nunnery, Battenhall, Cathedral, "
                             "Gorse Hill, Rainbow Hill, St John and Warndon."),
                ("Officers:", "Managing Director; Corporate Director - Planning and Regeneration; Markets "
                              "Manager; Committee Officer.")],
    items=[
        item("31", "Minutes", [
            "RESOLVED: that the minutes of the meeting held on 13 September 2022 be confirmed as a correct "
            "record and signed by the Chair."]),
        item("32", "Worcester Street Markets: Cathedral Square and Angel Place", [
            "The Markets Manager reported that the Friday and Saturday markets in Angel Place had 24 regular "
            "traders, and that a new Sunday craft and food market in Cathedral Square had been trialled over "
            "the summer with up to 35 stalls.",
            "Councillor St John asked whether traders had been consulted about moving the Saturday market to "
            "Cathedral Square. The Markets Manager said that 19 of the 24 regular traders had replied and most "
            "wished to stay in Angel Place.",
            "RESOLVED: that the Sunday market in Cathedral Square be made permanent from April 2023, on the "
            "first and third Sunday of each month."]),
        item("33", "South Quay: River Wall", [
            "The Corporate Director reported that a section of the river wall at South Quay, below the "
            "Cathedral, had bulged after the floods of February 2022, and the path along the Severn had been "
            "fenced off.",
            "The cost of repairing the wall was not yet available: divers were due to survey the base of the "
            "wall once the river level had dropped, and the figure would be reported to a later meeting.",
            "RESOLVED: that the closure of the riverside path be noted and that £45,000 be released for the "
            "survey and temporary works."]),
        item("34", "The Hive: Extended Opening", [
            "RESOLVED: that the council's contribution to Sunday opening at The Hive be continued for 2023/24 "
            "at £28,000."]),
        item("35", "Gheluvelt Park: Play Area", [
            "The Committee noted that the new play area at Gheluvelt Park, with equipment chosen by pupils from "
            "three local primary schools, had opened in August."]),
    ],
    closing=["The meeting ended at 7.20 pm", "Chair"],
    header="Policy and Resources Committee - 18 October 2022", footer=["{n}"],
    pdf_title="P&R minutes 18 October 2022",
)

doc(
    name="Executive_22_February_2023_Minutes_Burnley", form="pdf-minutes", council="Burnley Borough Council",
    stated="yes", committee="Executive", date="2023-02-22",
    logo="BURNLEY BOROUGH COUNCIL",
    title_lines=["EXECUTIVE",
                 "BURNLEY TOWN HALL",
                 "Wednesday, 22nd February, 2023 at 6.30 pm"],
    attendance=[("PRESENT", "MEMBERS: Councillors Rosegrove (in the Chair), Cliviger, Hapton, Gannow, "
                            "Briercliffe and Trinity."),
                ("OFFICERS", "Chief Executive; Head of Green Spaces and Amenities; Democracy Officer.")],
    items=[
        item("98.", "Minutes", [
            "The Minutes of the last meeting held on 25 January 2023 were approved as a correct record and "
            "signed by the Chair."]),
        item("99.", "Allotments: Rents and New Plots", [
            "Purpose: To agree allotment rents for 2023/24 and the creation of new plots at Lowerhouse.",
            "The Executive Member for Leisure reported that the council manages 21 allotment sites, with 118 "
            "people waiting for a plot. The former bowling green at Lowerhouse could be divided into 26 half "
            "plots.",
            "Decision: (1) That the rent for a full plot be £52 a year from 1 April 2023, with a half-price rate "
            "for tenants aged over 65; (2) That 26 half plots be created at Lowerhouse."]),
        item("100.", "Towneley Hall: Roof Repairs", [
            "Purpose: To approve the repair of the roof over the long gallery at Towneley Hall.",
            "The Head of Green Spaces and Amenities explained that water had been getting into the long gallery "
            "during heavy rain, and that paintings had been moved out of the room as a precaution. Lead would "
            "be replaced and the timbers beneath it treated for rot.",
            "Decision: That the repairs be approved at a cost of £385,000, of which £150,000 would come from "
            "the museum's heritage reserve."]),
        item("101.", "Pioneer Place", [
            "Purpose: To note progress on the leisure scheme on Curzon Street.",
            "Decision: That the opening of the cinema at Pioneer Place in the spring be noted, together with the "
            "letting of all six restaurant units."]),
    ],
    closing=["The meeting closed at 7.25 pm."],
    header="Executive 22/02/23", footer=["Page {n}"],
    pdf_title="Executive minutes 22 February 2023",
)

doc(
    name="Cabinet_30_September_2021_Minutes_SADC", form="pdf-minutes",
    council="St Albans City and District Council", stated="yes", committee="Cabinet", date="2021-09-30",
    logo="St Albans City and District Council",
    title_lines=["CABINET",
                 "Minutes of the meeting held on Thursday 30 September 2021",
                 "Council Chamber, Civic Centre, St Peter's Street, St Albans, AL1 3JE"],
    attendance=[("Councillors present:", "Clarence (Chair), Marshalswick, Verulam, Batchwood, Harpenden "
                                         "West, Redbourn and London Colney."),
                ("Apologies:", "Councillor Sopwell.")],
    items=[
        item("Minute 41", "MINUTES", [
            "The minutes of the meeting held on 2 September 2021 were approved."]),
        item("Minute 42", "VERULAMIUM MUSEUM: REDISPLAY OF THE ROMAN GALLERIES", [
            "The Portfolio Holder for Culture said that the galleries at Verulamium Museum had not been changed "
            "since the 1990s. The plan was to redisplay the mosaics and wall plaster, add a hands-on gallery for "
            "children and open a new entrance from the park.",
            "The scheme would cost £2.4 million, of which £1.6 million had been sought from the National Lottery "
            "Heritage Fund. A decision on that bid was not expected until the new year, and the scheme would not "
            "go ahead without it.",
            "Councillor Batchwood asked whether the museum would have to close. The Portfolio Holder said that "
            "it would close for about nine months while the galleries were rebuilt.",
            "RESOLVED: That the council's contribution of £800,000 be approved, subject to the bid succeeding."]),
        item("Minute 43", "HARPENDEN PUBLIC HALLS", [
            "RESOLVED: That the Harpenden Public Halls be offered on a long lease to a community trust, with "
            "the council paying for the roof repairs before the lease begins."]),
        item("Minute 44", "CLARENCE PARK: CRICKET PAVILION", [
            "The Cabinet noted that St Albans Cricket Club would pay for a new pavilion at Clarence Park in "
            "return for a 25-year lease."]),
    ],
    closing=["The meeting closed at 8.40 pm.", "Chair"],
    header="Cabinet 30 September 2021", footer=["Page {n} of {total}"],
    extra_furniture=["Chair"],
    pdf_title="Cabinet Minutes 30.09.21",
)

doc(
    name="Cabinet_Minutes_7_March_2024_SKDC", form="pdf-minutes", council="South Kesteven District Council",
    stated="yes", committee="Cabinet", date="2024-03-07",
    logo="South Kesteven District Council",
    title_lines=["Minutes", "Cabinet", "Thursday, 7 March 2024, 2.00 pm",
                 "Council Chamber - South Kesteven House, St Peter's Hill, Grantham, NG31 6PZ"],
    attendance=[("Cabinet Members present:", "Councillor Deeping St James (Leader of the Council), "
                                             "Councillor Casewick (Deputy Leader), Councillors Barrowby, "
                                             "Stamford All Saints, Market Deeping and Bourne Austerby."),
                ("Other Members present:", "Councillor Toller.")],
    items=[
        item("96.", "Minutes from the meeting held on 8 February 2024", [
            "The minutes of the meeting held on 8 February 2024 were agreed as a correct record."]),
        item("97.", "Electric Vehicle Charging in District Car Parks", [
            "The Cabinet Member for Environment reported that the district had fewer public charge points per "
            "head than any other district in Lincolnshire.",
            "A grant of £615,000 from the Local Electric Vehicle Infrastructure Fund would pay for 48 fast "
            "charge points across car parks in Grantham, Stamford, Bourne and the Deepings, with the Wharf Road "
            "car park in Stamford the first to be fitted.",
            "Councillor Toller asked whether drivers would have to download an app. The Cabinet Member said that "
            "every charge point would take contactless payment by card.",
            "DECISION: To accept the grant and install 48 charge points in district car parks."]),
        item("98.", "Stamford Arts Centre: Ballroom Refurbishment", [
            "The Cabinet Member for Leisure and Culture presented plans to restore the Georgian ballroom at "
            "Stamford Arts Centre, including new seating, a lift to the first floor and repairs to the plaster "
            "ceiling.",
            "DECISION: To approve a budget of £520,000 for the refurbishment of the ballroom."]),
        item("99.", "Grantham Future High Street Fund: Station Approach", [
            "DECISION: To note that the works to widen the pavements at Station Approach, Grantham, were "
            "complete."]),
    ],
    closing=["The meeting closed at 3.15 pm."],
    header="Cabinet - 7 March 2024", header_right="SKDC", footer=["- {n} -"],
    pdf_title="Cabinet minutes 7 March 2024",
)

doc(
    name="Executive_10_April_2025_Minutes_HPBC", form="pdf-minutes", council="High Peak Borough Council",
    stated="yes", committee="Executive", date="2025-04-10",
    logo="HIGH PEAK BOROUGH COUNCIL",
    title_lines=["Minutes of a meeting of the EXECUTIVE",
                 "held in the Council Chamber, Buxton Town Hall, Market Place, Buxton, SK17 6EL",
                 "on Thursday 10 April 2025 at 2.00 pm"],
    attendance=[("Present:", "Councillor Chinley (Chair); Councillors Hayfield, Whaley Bridge, Tintwistle and "
                             "Chapel-en-le-Frith.")],
    items=[
        item("EX/112/25", "MINUTES", [
            "RESOLVED: That the minutes of the meeting held on 13 March 2025 be approved as a correct record."]),
        item("EX/113/25", "PAVILION GARDENS: LAKE AND BANDSTAND", [
            "The Executive Councillor for Leisure said that the lake at the Pavilion Gardens in Buxton had silted "
            "up so badly that the paddle boats could no longer be used at its eastern end, and the river Wye "
            "cascade beside it was leaking.",
            "The lake would be dredged in the autumn, when the fewest visitors came, and the silt used to build "
            "up a wildflower bank along the Broad Walk. The Victorian bandstand would be repainted at the same "
            "time.",
            "The cost of the dredging was not yet known; it would be reported back to the Executive once three "
            "quotations had been received.",
            "RESOLVED: That the dredging of the lake and the repainting of the bandstand be approved in "
            "principle."]),
        item("EX/114/25", "GLOSSOP TOWN HALL: MEETING ROOMS", [
            "RESOLVED: That the upper rooms of Glossop Town Hall be let to community groups at £15 an hour, "
            "half the commercial rate."]),
        item("EX/115/25", "ABANDONED VEHICLES", [
            "The Executive noted that 214 abandoned vehicles had been reported in 2024/25, of which 37 had been "
            "removed and destroyed."]),
    ],
    closing=["The meeting closed at 3.05 pm"],
    header="Executive - 10 April 2025", footer=["Page {n} of {total}"], header_from=1,
    pdf_title="Executive 10 April 2025 minutes",
)

doc(
    name="Cabinet_Minutes_07122022_NuLBC", form="pdf-minutes", council="Newcastle-under-Lyme Borough Council",
    stated="yes", committee="Cabinet", date="2022-12-07",
    logo="Newcastle-under-Lyme Borough Council",
    title_lines=["Cabinet - 07/12/22",
                 "CABINET",
                 "Wednesday, 7th December, 2022",
                 "Time of Commencement: 2.00 pm",
                 "Castle House, Barracks Road, Newcastle-under-Lyme, ST5 1BL"],
    attendance=[("Present:", "Councillor Knutton (Chair)"),
                ("Councillors:", "Silverdale, Audley, Kidsgrove, Clayton and Madeley.")],
    items=[
        item("52.", "DECLARATIONS OF INTEREST", [
            "There were no declarations of interest stated."]),
        item("53.", "ALLOTMENTS: SELF-MANAGEMENT", [
            "The Portfolio Holder for Sustainable Environment proposed that the ten council allotment sites "
            "be handed over to be run by their own associations, as had already happened at Wolstanton.",
            "Associations would collect rents and keep the money to spend on their sites, and the council "
            "would pay a one-off grant of £3,000 to each association for water supplies and fencing.",
            "Resolved: That self-management of allotment sites be offered to the associations from April "
            "2023."]),
        item("54.", "RYECROFT: REDEVELOPMENT", [
            "The Leader reported that the demolition of the former civic offices at Ryecroft was complete and "
            "that the site was being cleared for a multi-storey car park with 400 spaces and new homes above "
            "shops on Corporation Street.",
            "The Leader said the car park would be built first, so that spaces lost elsewhere in the town "
            "centre could be replaced.",
            "Resolved: That the revised plans for Ryecroft be approved and submitted for planning permission."]),
        item("55.", "KIDSGROVE SPORTS CENTRE", [
            "Resolved: That the Cabinet note the reopening of the sports hall and gym at Kidsgrove Sports "
            "Centre under community management."]),
    ],
    closing=["Councillor Knutton", "Chair", "Meeting concluded at 2.50 pm"],
    header="", footer=["{n}"], pdf_title="Cabinet 7 December 2022 minutes",
)


# =========================================================================== Public Document Packs

doc(
    name="Strategy_and_Resources_23112023_Agenda_Pack_Maldon", form="pdf-pack", council="Maldon District Council",
    stated="yes", committee="Strategy and Resources Committee", date="2023-11-23",
    cover=["STRATEGY AND RESOURCES COMMITTEE", "THURSDAY 23 NOVEMBER 2023 AT 7.30 PM",
           "COUNCIL CHAMBER, COUNCIL OFFICES, PRINCES ROAD, MALDON, CM9 5DL"],
    cover_body=["Maldon District Council",
                "Members: Councillor Tollesbury (Chairman), Councillor Burnham (Vice-Chairman), Councillors "
                "Heybridge, Mundon, Southminster, Tillingham, Wickham Bishops and Goldhanger.",
                "Committee Clerk: Naomi Purleigh, Tel: 01621 875 790",
                "Date of publication: 15 November 2023"],
    agenda=[("1", "Chairman's notices"), ("2", "Apologies for absence"),
            ("3", "Minutes of the last meeting ({minutes})"), ("4", "Disclosure of interest"),
            ("5", "Heybridge Basin: Visitor Moorings and Towpath ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["MALDON DISTRICT COUNCIL",
                      "MINUTES of the STRATEGY AND RESOURCES COMMITTEE held on THURSDAY 19 OCTOBER 2023 in the "
                      "COUNCIL CHAMBER, COUNCIL OFFICES, PRINCES ROAD, MALDON at 7.30 pm"],
    attendance=[("PRESENT", "Chairman: Councillor Tollesbury"),
                ("", "Councillors Burnham, Heybridge, Mundon, Southminster and Goldhanger.")],
    prev_items=[
        item("412.", "MINUTES OF THE LAST MEETING", [
            "RESOLVED that the Minutes of the meeting of this Committee held on 14 September 2023 be received."]),
        item("413.", "PROMENADE PARK: SEASONAL STAFFING", [
            "The Committee considered a report on staffing at the Promenade Park during the summer. The park "
            "had been so busy on hot weekends that the car parks were full by 10 am and traffic queued back "
            "along Park Drive.",
            "Councillor Mundon asked whether extra staff could direct traffic. The Director of Resources said "
            "that two seasonal car park attendants would be employed from Easter to September.",
            "RESOLVED that two seasonal attendants be employed at the Promenade Park in 2024, at a cost of "
            "£24,600."]),
        item("414.", "COUNCIL TAX REDUCTION SCHEME 2024/25", [
            "RESOLVED that the Council Tax Reduction Scheme for 2024/25 be recommended to Council with the "
            "maximum award for working-age households kept at 80 per cent."]),
    ],
    report=report(
        ["REPORT of DIRECTOR OF RESOURCES", "to STRATEGY AND RESOURCES COMMITTEE", "23 NOVEMBER 2023",
         "HEYBRIDGE BASIN: VISITOR MOORINGS AND TOWPATH"],
        [("Purpose of the report", "To seek approval to improve the visitor moorings and the towpath at "
                                   "Heybridge Basin.")],
        [("1. RECOMMENDATIONS", [
            "(i) That the Committee approves new pontoon moorings for 12 visiting boats at Heybridge Basin;",
            "(ii) That £95,000 be set aside from the Coastal Reserve for the moorings and towpath works."]),
         ("2. BACKGROUND", [
            "2.1 Heybridge Basin, where the Chelmer and Blackwater Navigation meets the estuary, is visited by "
            "around 600 boats a year, many of them waiting for the tide to pass through the sea lock.",
            "2.2 Visiting crews have nowhere to tie up except alongside other boats. The pontoon would give them "
            "a place to wait, with water and power points.",
            "2.3 The Harbour Master's views on the position of the pontoon have been sought, but no reply had "
            "been received when this report was written."]),
         ("3. TOWPATH", [
            "3.1 The towpath between the Basin and Heybridge is narrow and muddy in winter. It would be widened "
            "to two metres and surfaced with bound gravel, suitable for pushchairs and wheelchairs."])]),
    header="", footer=["Page {n}"], number_offset=2,
)

doc(
    name="Executive_06042021_Agenda_Pack_Cherwell", form="pdf-pack", council="Cherwell District Council",
    stated="yes", committee="Executive", date="2021-04-06",
    cover=["Executive", "Tuesday 6 April 2021 at 6.30 pm",
           "Virtual meeting"],
    cover_body=["Cherwell District Council",
                "Membership: Councillor Adderbury (Chairman, Leader of the Council); Councillors Kidlington, "
                "Bloxham, Launton, Deddington, Bodicote, Otmoor and Ambrosden.",
                "Information about this agenda: Lydia Cropredy, Democratic and Elections, "
                "democracy@cherwell-dc.gov.uk, 01295 221 594"],
    agenda=[("1", "Apologies for absence and notification of substitutes"), ("2", "Declarations of Interest"),
            ("3", "Minutes ({minutes})"), ("4", "Chairman's Announcements"),
            ("5", "Spiceball Park: Footbridge Replacement ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["Cherwell District Council",
                      "Executive",
                      "Minutes of a meeting of the Executive held as a virtual meeting, on 1 March 2021 at "
                      "6.30 pm"],
    attendance=[("Present:", "Councillor Adderbury (Chairman), Leader of the Council"),
                ("", "Councillor Kidlington (Vice-Chairman), Councillors Bloxham, Launton, Deddington and "
                     "Bodicote.")],
    prev_items=[
        item("118", "Minutes", [
            "The minutes of the meeting held on 1 February 2021 were agreed as a correct record."]),
        item("119", "Bicester Leisure Centre: Swimming Pool Changing Rooms", [
            "The Portfolio Holder for Healthy Communities reported that the changing rooms beside the swimming "
            "pool at Bicester Leisure Centre were more than 20 years old and that the floor tiles and lockers "
            "needed replacing.",
            "The work would create a changing village with 30 cubicles and two accessible changing rooms, and "
            "would be done while the pool was closed because of the pandemic, so that swimmers lost no time.",
            "Resolved (1) That the refurbishment of the pool changing rooms at Bicester Leisure Centre be "
            "approved at a cost of £480,000. (2) That the Assistant Director be authorised to award the contract."]),
        item("120", "Castle Quay Waterfront", [
            "Resolved That the progress on Castle Quay Waterfront, including the cinema and the food store due "
            "to open in the autumn, be noted."]),
    ],
    report=report(
        ["Cherwell District Council", "Executive", "6 April 2021",
         "Spiceball Park: Footbridge Replacement", "Report of Assistant Director Environmental Services"],
        [("This report is public", ""),
         ("Wards affected:", "Banbury Cross and Neithrop; Banbury Grimsbury and Hightown"),
         ("Portfolio Holder:", "Councillor Otmoor, Portfolio Holder for Clean and Green")],
        [("1.0 Purpose of report", [
            "To approve the replacement of the footbridge over the River Cherwell in Spiceball Park, Banbury."]),
         ("2.0 Recommendations", [
            "The meeting is recommended:",
            "2.1 To approve the replacement of the Spiceball Park footbridge at a cost of £230,000."]),
         ("3.0 Introduction", [
            "3.1 The timber footbridge links the park with the towpath of the Oxford Canal and is used by about "
            "1,500 people a day walking between Grimsbury and the town centre.",
            "3.2 An inspection in January found rot in two of the main beams, and the bridge has been limited to "
            "pedestrians, with cyclists asked to dismount.",
            "3.3 The new bridge would be built of steel with a non-slip deck, wide enough for cyclists and "
            "pedestrians to pass each other."])]),
    header="", footer=["Page {n}"], number_offset=2,
)

doc(
    name="Policy_and_Organisation_Board_14022024_Pack_Gosport", form="pdf-pack", council="Gosport Borough Council",
    stated="yes", committee="Policy and Organisation Board", date="2024-02-14",
    cover=["POLICY AND ORGANISATION BOARD", "Wednesday, 14 February 2024 at 6.00 pm",
           "Council Chamber, Town Hall, High Street, Gosport, PO12 1EB"],
    cover_body=["GOSPORT BOROUGH COUNCIL",
                "Membership: Councillor Alverstoke (Chairman), Councillor Bridgemary (Vice-Chairman), Councillors "
                "Elson, Forton, Hardway, Lee East, Leesland, Peel Common and Rowner.",
                "The Committee Clerk is: Sophie Brockhurst, Tel: 023 9254 5340"],
    agenda=[("1", "Apologies for non-attendance"), ("2", "Declarations of interest"),
            ("3", "Minutes of the meeting of the Board held on 6 December 2023 ({minutes})"),
            ("4", "Deputations"), ("5", "Falkland Gardens: Seafront Shelter and Landscaping ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["A MEETING OF THE POLICY AND ORGANISATION BOARD WAS HELD ON 6 DECEMBER 2023"],
    attendance=[("The Mayor", "(Councillor Anglesey) (ex-officio)"),
                ("", "Councillors Alverstoke (Chairman), Bridgemary (Vice-Chairman), Elson, Forton, Hardway and "
                     "Leesland.")],
    prev_items=[
        item("45", "MINUTES", [
            "RESOLVED: That the minutes of the meeting held on 18 October 2023 be approved and signed by the "
            "Chairman as a true and correct record."]),
        item("46", "STOKES BAY: PUBLIC TOILETS", [
            "Members considered a report on the public toilets at Stokes Bay, where the block by the sailing "
            "club had been closed since the summer because of damage from storm surges.",
            "The Board agreed to replace the block with a new building set further back from the beach, with six "
            "unisex cubicles and an outdoor shower, at a cost of £310,000. The toilets at Alverstoke Beach would "
            "stay open all year while the work went on.",
            "RESOLVED: That the replacement toilet block at Stokes Bay be approved."]),
        item("47", "GOSPORT FERRY: PONTOON", [
            "RESOLVED: That the Board note the repairs to the Gosport Ferry pontoon and the council's share of "
            "the cost of £85,000."]),
    ],
    report=report(
        ["Board/Committee:", "POLICY AND ORGANISATION BOARD", "Date of Meeting: 14 FEBRUARY 2024",
         "Title: FALKLAND GARDENS: SEAFRONT SHELTER AND LANDSCAPING",
         "Author: HEAD OF STREETSCENE", "Status: FOR DECISION"],
        [("Purpose", "To approve the restoration of the seafront shelter at Falkland Gardens.")],
        [("Recommendation", [
            "That the Board approves the restoration of the shelter and the relandscaping of Falkland Gardens at "
            "a cost of £165,000, funded from developer contributions."]),
         ("1.0 Background", [
            "1.1 Falkland Gardens, by the Round Tower, looks across the harbour to Portsmouth. The seafront "
            "shelter was built in the 1930s and its roof and glazing are now unsafe.",
            "1.2 The shelter would be restored, with new benches and glazed screens on the western side to keep "
            "off the wind. Seven memorial benches would be refurbished and put back in the gardens.",
            "1.3 A start date for the works cannot yet be given: it will be confirmed once the Board has "
            "approved the scheme and a contractor has been appointed."])]),
    header="", footer=["Page {n}"], number_offset=2,
)


# =========================================================================== Word reports

doc(
    name="Cabinet_9_February_2022_Pump_Rooms_Gallery_Report_WDC", form="docx-report",
    council="Warwick District Council", stated="yes", committee="Cabinet", date="2022-02-09",
    letterhead=["WARWICK DISTRICT COUNCIL", "Cabinet", "9 February 2022", "Agenda Item No. 6"],
    report=report(
        ["Title: Royal Pump Rooms - Art Gallery Redisplay"],
        [("For further information about this report please contact", "Ellen Radford Semele, Cultural "
                                                                         "Services Manager, 01926 456 031"),
         ("Wards of the District directly affected", "Brunswick; Clarendon"),
         ("Is the report private and confidential and not for publication by virtue of a paragraph of "
          "schedule 12A of the Local Government Act 1972, following the Local Government (Access to "
          "Information) (Variation) Order 2006?", "No"),
         ("Date and meeting when issue was last considered and relevant minute number", "Cabinet, 8 July 2021, "
                                                                                         "Minute 23")],
        [("1. Summary", [
            "1.1 The report proposes a redisplay of the art gallery and museum at the Royal Pump Rooms in "
            "Leamington Spa, the first since the building reopened in 1999."]),
         ("2. Recommendations", [
            "2.1 That Cabinet approves the redisplay of the art gallery at the Royal Pump Rooms at a cost of "
            "£410,000.",
            "2.2 That Cabinet agrees to a new gallery given over to the history of the spa and its treatments."]),
         ("3. Reasons for the Recommendations", [
            "3.1 The gallery lighting is dim and uses old halogen lamps, and several of the collection's best "
            "paintings are kept in store for want of wall space. The redisplay would put 140 more works on "
            "show.",
            "3.2 The spa gallery would bring the building's own story, from the saline baths to the Turkish "
            "baths, back into the Pump Rooms."]),
         ("4. Budgetary Framework", [
            "4.1 The cost would be met by £250,000 from the Art Gallery Fund, built up from bequests, and "
            "£160,000 from the council's capital programme."])]),
    header="Item 6", footer=["Warwick District Council"],
    docx_author="Cultural Services",
)

doc(
    name="Cabinet_5_July_2023_Beach_Huts_and_Chalets_Report_EDDC", form="docx-report",
    council="East Devon District Council", stated="yes", committee="Cabinet", date="2023-07-05",
    letterhead=["Report to: Cabinet", "Date of Meeting: 5 July 2023", "Document classification: Part A Public "
                "Document", "Exemption applied: None", "Review date for release: N/A"],
    report=report(
        ["Beach Huts and Chalets: Fees and New Huts at Seaton"],
        [("Report summary:", "The council lets beach huts and chalets at Exmouth, Seaton and Sidmouth. This "
                             "report reviews their fees and proposes new huts on Seaton seafront."),
         ("Is the proposed decision in accordance with:", "Budget Yes; Policy Framework Yes"),
         ("Recommendation:", "That Cabinet agrees the beach hut and chalet fees set out in section 3 and the "
                             "building of 16 new huts at Seaton."),
         ("Officer:", "Gareth Ottery, Countryside and Leisure Manager, gottery@eastdevon.gov.uk")],
        [("1. Background", [
            "1.1 The council owns 312 beach huts and chalets. Those on Exmouth seafront are let for the whole "
            "year; the chalets at Jacob's Ladder in Sidmouth are let by the week in summer.",
            "1.2 Income from the Sidmouth chalets fell by £21,000 last year. The reasons for the fall are still "
            "being looked into by the service, and a fuller explanation will be brought to Cabinet in the "
            "autumn."]),
         ("2. Seaton", [
            "2.1 Sixteen new huts would be built on the promenade below Check House Lane, near the Seaton "
            "Jurassic centre, at a cost of £144,000, to be repaid from hut income within eight years."]),
         ("3. Fees", [
            "3.1 The annual fee for a standard beach hut at Exmouth would rise from £1,020 to £1,080 in "
            "2024/25.",
            "3.2 Weekly rents for the Sidmouth chalets would be held at 2023 levels."])]),
    header="", footer=["East Devon District Council - Cabinet 5 July 2023"],
    docx_author="Countryside and Leisure",
)


# =========================================================================== Word minutes

doc(
    name="Cabinet_Minutes_04112024_Watford", form="docx-minutes", council="Watford Borough Council",
    stated="yes", committee="Cabinet", date="2024-11-04",
    title_lines=["Cabinet",
                 "Minutes",
                 "4 November 2024",
                 "Watford Borough Council, Town Hall, Watford, WD17 3EX"],
    attendance=[("Present:", "Elected Mayor Callowland (Chair); Councillors Oxhey, Nascot, Tudor, Meriden and "
                             "Holywell."),
                ("Officers:", "Chief Executive; Group Head of Place; Committee and Scrutiny Officer.")],
    items=[
        item("19", "Conflict of interest", [
            "There were no disclosures of interest."]),
        item("20", "Minutes", [
            "The minutes of the meeting held on 7 October 2024 were submitted and signed."]),
        item("21", "Street Tree Planting Programme 2024-2027", [
            "The portfolio holder for climate reported that 1,150 new street trees had been planted in Watford "
            "since 2021, but that 230 had died, most of them in the dry summer of 2022.",
            "The new programme would plant 900 trees over three winters, using larger stock and species that "
            "cope better with drought, such as field maple and hornbeam. Each ward would have its own planting "
            "list, agreed with ward councillors.",
            "Councillor Tudor asked whether residents could ask for a tree outside their house. The portfolio "
            "holder said that residents could put forward a location through the council's website, and that "
            "trees would be planted where there was room under the pavement.",
            "RESOLVED that the Street Tree Planting Programme 2024-2027 be approved with a budget of £610,000."]),
        item("22", "Cassiobury Park: Hub Café", [
            "RESOLVED that the opening hours of the Cassiobury Park hub café be extended to 6.00 pm from April "
            "to September."]),
        item("23", "Watford Colosseum", [
            "The Mayor reported that the Colosseum had staged 190 shows since reopening, and that the new "
            "operator had taken on 14 local apprentices in sound and lighting.",
            "RESOLVED that the update be noted."]),
    ],
    closing=["Chair", "The meeting started at 7.00 pm and finished at 7.55 pm"],
    header="", footer=["Cabinet - 4 November 2024"],
    docx_author="Democratic Services",
)

doc(
    name="Executive_23_August_2021_Minutes_CoLC", form="docx-minutes", council="City of Lincoln Council",
    stated="yes", committee="Executive", date="2021-08-23",
    title_lines=["CITY OF LINCOLN COUNCIL",
                 "EXECUTIVE",
                 "23 AUGUST 2021",
                 "Present: Councillor Boultham (in the Chair), Councillor Birchwood, Councillor Carholme, "
                 "Councillor Glebe, Councillor Moorland and Councillor Witham"],
    attendance=[("Apologies for Absence:", "Councillor Abbey")],
    items=[
        item("27.", "Confirmation of Minutes - 26 July 2021", [
            "RESOLVED that the minutes of the meeting held on 26 July 2021 be confirmed."]),
        item("28.", "Yarborough Leisure Centre: Swimming Pool Plant", [
            "Purpose of Report: to approve the replacement of the swimming pool filtration and heating plant at "
            "Yarborough Leisure Centre.",
            "Decision: (1) That the replacement of the pool plant at a cost of £690,000 be approved. (2) That the "
            "works be carried out during a six-week closure of the pool in the summer of 2022.",
            "Reasons for Decision: the filters are more than 30 years old and the boilers failed twice last "
            "winter, closing the pool for 11 days in all."]),
        item("29.", "Skate Park and Play Provision", [
            "Purpose of Report: to agree funding for a new skate park in the city and the refurbishment of four "
            "play areas.",
            "Councillor Carholme said that young people had asked for a concrete skate park for many years, and "
            "that a design would be drawn up with local skaters and BMX riders.",
            "Where the skate park would go had not been decided: officers were looking at three possible "
            "sites and would report back once they had been assessed.",
            "Decision: (1) That £250,000 be allocated to the skate park. (2) That the play areas at Hartsholme "
            "Park, Boultham Park, Birchwood and Ermine be refurbished at a cost of £180,000."]),
        item("30.", "Lincoln Central Car Park: Charges", [
            "Decision: That the evening charge at Lincoln Central Car Park be set at £2 after 6.00 pm."]),
    ],
    closing=["The meeting closed at 6.10 pm."],
    header="", footer=["Executive - 23 August 2021", "City of Lincoln Council"],
    docx_author="Democratic Services",
)


# =========================================================================== plain text

doc(
    name="Cabinet_16_September_2025_WSC", form="txt", council="West Suffolk Council",
    stated="yes", committee="Cabinet", date="2025-09-16",
    title_lines=["West Suffolk Council", "",
                 "Minutes of a meeting of the Cabinet held on", "",
                 "Tuesday 16 September 2025 at 5.00 pm", "",
                 "in the Conference Chamber, West Suffolk House, Western Way, Bury St Edmunds, IP33 3YU", ""],
    attendance=[("Present:", "Councillors Abbeygate (Chair), Horringer (Vice Chair), Haverhill East, "
                             "Clare, Brandon West and Barrow."),
                ("In attendance:", "Councillor Lakenheath.")],
    items=[
        item("201.", "Apologies for absence", [
            "No apologies for absence were received."]),
        item("202.", "Minutes", [
            "The minutes of the meeting held on 15 July 2025 were confirmed as a correct record and signed by "
            "the Chair."]),
        item("203.", "Haverhill Arts Centre: Cinema Equipment and Seating", [
            "The Portfolio Holder for Leisure and Culture reported that Haverhill Arts Centre had sold 38,400 "
            "cinema tickets in 2024/25, its best year since it reopened, but that its projector was more than "
            "twelve years old and its seats were worn.",
            "A new laser projector and 180 new seats would be installed in January, when ticket sales were "
            "lowest. The cost of £265,000 would be met from the council's capital programme.",
            "Councillor Haverhill East asked whether the arts centre would have to close for the work. The "
            "Portfolio Holder said that films would be shown in the studio theatre for the three weeks the "
            "main auditorium was closed.",
            "RESOLVED: That the cinema equipment and seating works be approved at a cost of £265,000."]),
        item("204.", "Brandon Country Park: Visitor Centre", [
            "RESOLVED: That a new lease of the Brandon Country Park visitor centre café be granted for ten years."]),
        item("205.", "Council Tax Reduction Scheme 2026/27", [
            "RESOLVED: That consultation be carried out on the council tax reduction scheme for 2026/27."]),
    ],
    closing=["", "The meeting concluded at 5.48 pm", "", "Signed by:", "", "Chair"],
)
