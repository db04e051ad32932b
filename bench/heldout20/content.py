"""The documents of bench/heldout20: invented business of real UK councils.

Every word of the business, the people and the figures is invented for this set; the councils,
their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout20.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
truth.csv is written from `council`, `stated` (how the text names the council: `yes` in full),
`committee` and `date` (the meeting's, ISO). The content format is heldout5's (as in heldout19's
content.py); the words are this set's own.
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
    if "report" in fields:   # sections may be written as (title, body) pairs
        fields["report"]["sections"] = [s if isinstance(s, dict) else {"title": s[0], "body": s[1]}
                                        for s in fields["report"]["sections"]]
    DOCUMENTS.append(fields)


# ------------------------------------------------------------------ 1 Derby (mg-meeting)
doc(
    name="ieListDocuments_CId142_MId9815_Derby_Cabinet", form="mg-meeting",
    council="Derby City Council", stated="yes", committee="Council Cabinet", date="2023-03-15",
    site=site("Derby City Council", "https://democracy.derby.gov.uk", "The Council House, Corporation Street, Derby DE1 2FS",
              "© Derby City Council 2023", breadcrumb=["Home", "Committees", "Council Cabinet", "Meeting"]),
    heading="Agenda and minutes, Council Cabinet - Wednesday, 15th March, 2023 6.00 pm",
    venue="Committee Room 1, The Council House, Corporation Street, Derby",
    contact="Democratic Services, 01332 643655",
    items=[
        item("138/22", "Apologies for Absence", ["Apologies were received from Councillor Hezelgrave."]),
        item("139/22", "Declarations of Interest", ["There were no declarations of interest."]),
        item("140/22", "Questions from Members of the Public", [
            "Ms Dorothy Kewell asked when the public toilets at Markeaton Park would reopen after the flood damage of the winter.",
            "In reply, the Cabinet Member for Streetpride, Councillor Nadine Prestage, said that the loss adjuster had not yet reported and a reopening date was not yet known; portable units would stay beside the craft village until then.",
        ]),
        item("141/22", "Public Toilets Refurbishment Programme", [
            "The Council Cabinet considered a report on refurbishing four public toilet blocks, at Markeaton Park, Allestree Park, Darley Park and the Market Place.",
            "The works contract was awarded to Brackenlow Washroom Services Ltd, whose tender of £412,750 was the lowest of five received. The council spent £48,600 on repairs to the four blocks in 2021/22 and £61,200 in 2022/23.",
            "Councillor Webley asked whether the new blocks would include a Changing Places facility. The Cabinet Member confirmed that the Darley Park block would include a Changing Places room with a hoist and an adult changing bench.",
            "Resolved to approve the refurbishment programme and the award of the contract.",
        ]),
        item("142/22", "Ashbourne Road Cycle Route", [
            "A segregated cycle track along Ashbourne Road from Kedleston Road to Markeaton roundabout was approved. The scheme is funded by the Active Travel Fund and is expected to take 30 weeks to build.",
        ]),
        item("143/22", "Derby Market Hall Tenancies", [
            "Cabinet agreed a rent free period of six months for new traders taking stalls in the reopened Market Hall, to be reviewed in October.",
        ]),
    ],
)

# ------------------------------------------------------------------ 2 Preston (mg-meeting)
doc(
    name="ieListDocuments_CId118_MId5521_Preston_Cabinet", form="mg-meeting",
    council="Preston City Council", stated="yes", committee="Cabinet", date="2021-11-10",
    site=site("Preston City Council", "https://preston.moderngov.co.uk", "Town Hall, Lancaster Road, Preston PR1 2RL",
              "Copyright Preston City Council", menu=["Home", "Your councillors", "Meetings", "Decisions", "Forward plan"]),
    heading="Agenda and minutes - Cabinet, Wednesday 10 November 2021 10.00 am",
    venue="Council Chamber, Town Hall, Lancaster Road, Preston",
    contact="Committee Services, 01772 906112",
    outcome_label="Decision:",
    items=[
        item("49", "Minutes of the last meeting", ["The minutes of the meeting held on 13 October 2021 were approved as a correct record."]),
        item("50", "Preston Markets: Outdoor Market Canopy", [
            "Cabinet considered a report on the outdoor market under the Victorian canopy off Earl Street. Stall occupancy on the outdoor market had fallen from 86 per cent in 2019 to 61 per cent in 2021, and traders had asked for better lighting and weather screens.",
            "The Cabinet Member for Economic Development, Councillor Amara Fenwick, said the canopy would be fitted with glazed side screens on its north and west sides and warm white lighting, at a cost of £238,000 from the Towns Fund.",
            "Councillor Pattinson asked what would happen to traders during the works. Councillor Fenwick replied that traders would move temporarily to the covered market hall, where 14 stalls had been held empty for them.",
            "Decision: to approve the canopy improvement works and the temporary relocation of traders.",
        ]),
        item("51", "Avenham and Miller Parks Events Programme", [
            "Cabinet agreed the 2022 events programme for Avenham and Miller Parks, including the egg rolling on Easter Monday and three open air cinema evenings.",
        ]),
        item("52", "Fishergate Shopfront Grants", [
            "Cabinet approved a grant scheme of up to £7,500 per property for shopfront repairs on Fishergate, with 20 per cent match funding from owners.",
        ]),
        item("53", "Exclusion of the Press and Public", ["The press and public were excluded for the following item."]),
    ],
)

# ------------------------------------------------------------------ 3 Brent (mg-meeting)
doc(
    name="ieListDocuments_CId456_MId7219_Brent_Cabinet", form="mg-meeting",
    council="London Borough of Brent", stated="yes", committee="Cabinet", date="2022-09-05",
    site=site("London Borough of Brent", "https://democracy.brent.gov.uk", "Brent Civic Centre, 32 Engineers Way, Wembley HA9 0FJ",
              "© London Borough of Brent", breadcrumb=["Home", "Council and democracy", "Meetings", "Cabinet"]),
    heading="Agenda and minutes: Cabinet - Monday, 5 September 2022 10.00 am",
    venue="Conference Hall, Brent Civic Centre, Engineers Way, Wembley",
    contact="Governance Services, 020 8937 1355",
    note="This meeting was webcast live.",
    items=[
        item("1.", "Apologies for absence and clarification of alternate members", ["None."]),
        item("2.", "Declarations of interests", ["None."]),
        item("3.", "Community Safety CCTV Upgrade", [
            "Cabinet considered a report on replacing the borough's public space CCTV cameras. Of 212 cameras, 58 were analogue units more than fifteen years old.",
            "The upgrade would be carried out by Meridale Security Systems Ltd under a five year contract worth £1.94 million. New cameras would go first to Harlesden town centre, where 31 cameras would be replaced, and to Kilburn High Road, where 12 would be added.",
            "Councillor Adeyemi asked whether the footage would be watched live. The Lead Member for Safer Communities, Councillor Rajan Menon, replied that the control room at the Civic Centre would be staffed around the clock from April.",
            "RESOLVED: to approve the award of the contract to Meridale Security Systems Ltd.",
        ]),
        item("4.", "Gladstone Park Café Lease", [
            "Cabinet agreed to grant a 15 year lease of the café at Gladstone Park to Dollis Hill Kitchens CIC at a rent of £18,000 a year, rising to £21,000 a year after five years.",
        ]),
        item("5.", "Fly-tipping Enforcement Update", [
            "The report noted 4,310 fixed penalty notices for fly-tipping in 2021/22. Harrow Road had the highest number of reported incidents of any street.",
        ]),
    ],
)

# ------------------------------------------------------------------ 4 Gloucester Planning (mg-meeting)
doc(
    name="ieListDocuments_CId548_MId10204_Gloucester_Planning", form="mg-meeting",
    council="Gloucester City Council", stated="yes", committee="Planning Committee", date="2024-02-06",
    site=site("Gloucester City Council", "https://democracy.gloucester.gov.uk", "Shire Hall, Westgate Street, Gloucester GL1 2TG",
              "© Gloucester City Council 2024", sidebar=["Browse meetings", "Calendar", "Committee details", "Attendance", "Issue history", "Planning applications"]),
    heading="Agenda and minutes: Planning Committee, Tuesday 6th February, 2024 6.00 pm",
    venue="Civic Suite, North Warehouse, The Docks, Gloucester",
    contact="Democratic and Electoral Services, 01452 396126",
    outcome_label="Minutes:",
    items=[
        item("PLA.61", "Declarations of Interest", ["Councillor Mabbott declared that she had objected to application 23/00812/FUL before her election and left the room for that item."]),
        item("PLA.62", "Land at Bristol Road, Hempsted - 23/00691/FUL", [
            "Erection of 48 dwellings with access from Bristol Road. The Planning Officer reported that 30 per cent of the homes would be affordable and that the county highways officer had raised no objection.",
            "Councillor Cowlishaw moved and Councillor Fairclough seconded that the application be approved in line with the officer recommendation.",
            "Upon a vote, 8 members voted for the motion and 3 against. RESOLVED that permission be granted subject to a section 106 agreement.",
        ]),
        item("PLA.63", "17 Westgate Street - 23/00812/FUL", [
            "Change of use of the ground floor from a shop to a bar with a rear smoking terrace. Residents of Archdeacon Street objected on grounds of late night noise.",
            "Councillor Brightwell proposed refusal on the grounds of harm to neighbours' amenity, seconded by Councillor Tunnicliffe. Upon a vote the proposal was carried with 6 in favour, 4 against and 1 abstention, and permission was refused.",
        ]),
        item("PLA.64", "Robinswood Hill Country Park Visitor Hub - 23/00904/FUL", [
            "A single storey visitor hub with toilets and a ranger office. Members welcomed the scheme and the application was approved as recommended without a vote being called.",
        ]),
        item("PLA.65", "Former Tredworth Road Garage - 23/01022/OUT", [
            "The application had been withdrawn by the applicant, Severnvale Homes Ltd, on 2 February 2024 and was not considered.",
        ]),
        item("PLA.66", "Delegated Decisions", ["Members noted the schedule of 94 decisions made under delegated powers in December and January."]),
    ],
)

# ------------------------------------------------------------------ 5 Basingstoke (mg-meeting)
doc(
    name="ieListDocuments_CId127_MId3390_Basingstoke_Cabinet", form="mg-meeting",
    council="Basingstoke and Deane Borough Council", stated="yes", committee="Cabinet", date="2022-07-19",
    site=site("Basingstoke and Deane Borough Council", "https://democracy.basingstoke.gov.uk", "Civic Offices, London Road, Basingstoke RG21 4AH",
              "Basingstoke and Deane Borough Council"),
    heading="Agenda and minutes, Cabinet - Tuesday, 19th July, 2022 7.00 pm",
    venue="Council Chamber, Deanes Room, Civic Offices, London Road, Basingstoke",
    contact="Committee Services, 01256 844844",
    outcome_label="Decision:",
    items=[
        item("28", "Minutes", ["The minutes of 21 June 2022 were confirmed."]),
        item("29", "Basingstoke Sports Centre: Future of the Pool", [
            "Cabinet considered a report on the swimming pool at Basingstoke Sports Centre, which lost 19 days of opening in 2021/22 through plant failures.",
            "The Cabinet Member for Leisure, Councillor Helena Oduya, said an independent condition survey of the pool tank, roof and plant room had been commissioned from Tavistock Building Consultancy and would report to Cabinet in the autumn.",
            "Councillor Vaux asked whether the learner pool would close during the survey. Councillor Oduya replied that the survey would be carried out at night and no sessions would be cancelled.",
            "Decision: to note the report and to set aside £85,000 for the survey and any urgent repairs.",
        ]),
        item("30", "War Memorial Park Bandstand", [
            "Cabinet agreed to restore the bandstand in War Memorial Park with a grant of £62,000 from the Heritage Fund, with work to start in September and finish before the Remembrance service.",
        ]),
        item("31", "Eastrop Park Paddling Pool", [
            "The paddling pool at Eastrop Park would open daily from 10am to 6pm until 4 September, staffed by two attendants.",
        ]),
    ],
)

# ------------------------------------------------------------------ 6 Nottingham (mg-meeting)
doc(
    name="ieListDocuments_CId177_MId8840_Nottingham_ExecutiveBoard", form="mg-meeting",
    council="Nottingham City Council", stated="yes", committee="Executive Board", date="2020-01-21",
    site=site("Nottingham City Council", "https://committee.nottinghamcity.gov.uk", "Loxley House, Station Street, Nottingham NG2 3NG",
              "© Nottingham City Council", menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Help"]),
    heading="Agenda and minutes - Executive Board, Tuesday, 21 January 2020 2.00 pm",
    venue="Ground Floor Committee Room, Loxley House, Station Street, Nottingham",
    contact="Constitutional Services, 0115 876 4297",
    items=[
        item("74", "Apologies", ["Councillor Threlfall."]),
        item("75", "Bus Shelter Replacement Contract", [
            "The Board considered the replacement of 340 bus shelters across the city. The contract was awarded to Trentlane Street Furniture Ltd, which will fit solar lighting and real time information screens to each shelter on the Mansfield Road and Alfreton Road corridors.",
            "The Portfolio Holder for Transport, Councillor Lydia Ashworth, said that 72 shelters had been damaged by vandalism in 2019 at a repair cost of £94,000. The advertising income from the shelters would be shared with the contractor, but how the income would be split had not yet been settled and would be reported when negotiations finished.",
            "RESOLVED to award the contract for ten years.",
        ]),
        item("76", "Forest Recreation Ground Car Park", [
            "The Board approved resurfacing of the Forest Recreation Ground car park before Goose Fair, at a cost of £146,000, to be met from the car parking reserve.",
        ]),
        item("77", "Arboretum Lake Desilting", [
            "Desilting of the lake in the Arboretum will take place over eight weeks in February and March, and the boathouse path will be closed during the works.",
        ]),
    ],
)

# ------------------------------------------------------------------ 7 Cambridge (mg-item)
doc(
    name="mgAi_ID41230_Cambridge_EnvironmentCommunity", form="mg-item",
    council="Cambridge City Council", stated="yes", committee="Environment and Community Scrutiny Committee",
    date="2019-06-27",
    site=site("Cambridge City Council", "https://democracy.cambridge.gov.uk", "The Guildhall, Market Hill, Cambridge CB2 3QJ",
              "© Cambridge City Council", breadcrumb=["Home", "Meetings", "Environment and Community Scrutiny Committee", "Agenda item"]),
    meeting_line="27/06/2019 - Environment and Community Scrutiny Committee (Item 19/31/ENC)",
    items=[item("19/31/ENC", "Market Square Stall Redesign", [
        "The committee received a report from the Markets Manager on replacing the stalls on Market Square, Cambridge City Council's general market held every day of the week.",
        "The report said that the 108 stalls were of mixed age and that traders set them up and took them down each day. A survey of 1,150 shoppers carried out in March found that 64 per cent wanted more seating and 41 per cent wanted a covered area for eating.",
        "Councillor Summerbee asked how traders' rents would change. The Markets Manager said that rents would be frozen at the 2018/19 level of £24 a day for a standard pitch until the new stalls were in place.",
        "Councillor Pargeter asked where traders would trade during the works. The Executive Councillor for Communities, Councillor Bridget Anstey, said that the market would move in two phases so that half the stalls stayed on the square, with the rest moved to Peas Hill.",
        "The Executive Councillor approved a design competition for demountable stalls, to be run with the Cambridge Street Design Trust, with a budget of £45,000 for the competition itself.",
        "Resolved (by 6 votes to 0 with 2 abstentions) to endorse the Executive Councillor's decision.",
    ], links=[("Market Square Stall Redesign report", "512 KB"), ("Appendix A shopper survey results", "188 KB")])],
)

# ------------------------------------------------------------------ 8 Aberdeen (mg-item)
doc(
    name="mgAi_ID88712_Aberdeen_NetZeroTransport", form="mg-item",
    council="Aberdeen City Council", stated="yes", committee="Net Zero, Environment and Transport Committee",
    date="2023-05-09",
    site=site("Aberdeen City Council", "https://committees.aberdeencity.gov.uk", "Marischal College, Broad Street, Aberdeen AB10 1AB",
              "Aberdeen City Council"),
    meeting_line="09/05/2023 - Net Zero, Environment and Transport Committee (Item 9.2)",
    items=[item("9.2", "Duthie Park Winter Gardens Glasshouses", [
        "The Committee had before it a report by the Chief Officer, Operations, on the Victorian glasshouses of the David Welch Winter Gardens at Duthie Park, Aberdeen City Council's most visited attraction, with 284,000 visits in 2022.",
        "The report explained that panes in the Tropical House and the Corridor of Perfumes had cracked during the storms of the winter and that 160 panes had been replaced by Granite City Glazing Ltd at a cost of £38,400.",
        "The report advised that a full structural inspection of the cast iron frames of all the glasshouses would be carried out by a specialist engineer in the summer, and that its findings would be reported to the Committee in November.",
        "In response to a question from Councillor Ogston, the Chief Officer advised that the Temperate House would remain closed until the frame inspection had taken place, as a precaution.",
        "In response to a question from Councillor Kilgour, officers advised that entry to the Winter Gardens would remain free of charge.",
        "The Committee resolved (i) to note the report; and (ii) to instruct the Chief Officer to report back on the findings of the inspection.",
    ], links=[("Duthie Park Winter Gardens report OPE/23/114", "634 KB"), ("Appendix 1 photographs", "2 MB")])],
)

# ------------------------------------------------------------------ 9 Reading (mg-decision)
doc(
    name="ieDecisionDetails_ID5871_Reading_Graffiti", form="mg-decision",
    council="Reading Borough Council", stated="yes", committee="Policy Committee", date="2021-03-22",
    site=site("Reading Borough Council", "https://democracy.reading.gov.uk", "Civic Offices, Bridge Street, Reading RG1 2LU",
              "© Reading Borough Council", breadcrumb=["Home", "Decisions", "Decision details"]),
    decision_title="Graffiti Removal Service and Oxford Road Environmental Improvements",
    fields=[["Decision Maker:", "Policy Committee"], ["Decision status:", "Recommendations Approved"],
            ["Is Key decision?:", "Yes"], ["Is subject to call in?:", "No"]],
    sections=[
        ["Purpose:", ["To approve a new contract for the removal of graffiti from public and private property in Reading Borough Council's area, and a programme of improvements on Oxford Road."]],
        ["Decision:", [
            "The contract for graffiti removal be awarded to Kennetside Surface Cleaning Ltd for three years from 1 April 2021 at a cost of £126,000 a year.",
            "Graffiti that is offensive be removed within 24 hours of being reported, and other graffiti within ten working days.",
            "Oxford Road improvements be carried out between Russell Street and Waylen Street, with £310,000 for new paving and planters; the section between Waylen Street and Bedford Road would receive new planters and benches.",
        ]],
        ["Reasons for the decision:", ["Reports of graffiti rose from 1,460 in 2019/20 to 2,215 in 2020/21, with the highest numbers on Oxford Road and in the Forbury Gardens underpass."]],
        ["Alternative options considered:", ["Bringing the service back in house was considered but would have needed two new vehicles and four staff."]],
    ],
    tail=[["Publication date:", "24/03/2021"], ["Date of decision:", "22/03/2021"], ["Effective from:", "24/03/2021"],
          ["Decided at meeting:", "22/03/2021 - Policy Committee"]],
    links=[("Graffiti Removal Service report", "420 KB")],
)

# ------------------------------------------------------------------ 10 Slough (mg-decision)
doc(
    name="ieDecisionDetails_ID3304_Slough_DogControl", form="mg-decision",
    council="Slough Borough Council", stated="yes", committee="Cabinet", date="2024-01-15",
    site=site("Slough Borough Council", "https://democracy.slough.gov.uk", "Observatory House, 25 Windsor Road, Slough SL1 2EL",
              "© Slough Borough Council 2024", menu=["Home", "Councillors", "Meetings", "Decisions", "Forward plan", "Contact"]),
    decision_title="Public Spaces Protection Order: Dog Control",
    fields=[["Decision Maker:", "Cabinet"], ["Decision status:", "Recommendations Approved"],
            ["Is Key decision?:", "No"], ["Is subject to call in?:", "Yes"]],
    sections=[
        ["Purpose:", ["To renew the Public Spaces Protection Order for dog control in Slough Borough Council's parks and open spaces for three years."]],
        ["Decision:", [
            "The fixed penalty for failing to clear up after a dog be raised from £80 to £100, reduced to £75 if paid within ten days.",
            "Dogs be kept on leads in Salt Hill Park and Upton Court Park within 20 metres of any children's play area, and excluded from the splash pad at Salt Hill Park.",
            "Enforcement patrols be carried out by Slough's own neighbourhood enforcement officers; whether a private enforcement contractor would also be used had not yet been decided and would be considered when the enforcement budget for 2024/25 was set.",
        ]],
        ["Reasons for the decision:", ["A consultation drew 1,024 responses, of which 78 per cent supported the higher penalty. In 2022/23 officers issued 146 fixed penalty notices for dog fouling."]],
        ["Alternative options considered:", ["Letting the order lapse was rejected."]],
    ],
    tail=[["Publication date:", "17/01/2024"], ["Date of decision:", "15/01/2024"], ["Effective from:", "25/01/2024"]],
    links=[("PSPO Dog Control report and consultation results", "716 KB")],
)


def minute(num: str, title: str, body: list[str]) -> dict:
    return {"num": num, "title": title, "body": body}


# ------------------------------------------------------------------ 11 Edinburgh (pdf-minutes)
doc(
    name="Edinburgh_Culture_and_Communities_Committee_minutes_2019-09-17", form="pdf-minutes",
    council="City of Edinburgh Council", stated="yes", committee="Culture and Communities Committee", date="2019-09-17",
    pdf_title="Minutes Culture and Communities Committee 17 September 2019", pdf_author="Committee Services",
    title_lines=["Minutes", "Culture and Communities Committee", "10.00 am, Tuesday 17 September 2019",
                 "City Chambers, High Street, Edinburgh"],
    attendance=[["Present:", "Councillor Rintoul (Convener), Councillor Mackinlay (Vice Convener), Councillors Arbuthnot, Baird, Crombie, Dewar, Grant, Laidlaw and Munro."],
                ["Also present:", "Councillor Pettigrew (for item 3)."]],
    items=[
        minute("1", "Minutes", ["To approve the minute of the Culture and Communities Committee of 20 August 2019 as a correct record."]),
        minute("2", "Leith Links Play Park", [
            "The Committee considered a report on the replacement of the play park at Leith Links, which had been closed in part since April after the timber climbing frame failed a safety check.",
            "The report advised that a detailed survey of ground conditions and drainage at the site was to be commissioned in October, and that the design would be finalised only once the survey results were known.",
            "Councillor Baird asked whether local children would help choose the equipment. The Parks Manager said that pupils from Leith Primary School and Leith Walk Primary School would be invited to two design workshops in November.",
            "Decision: To note the report and to agree a budget of £240,000 for the new play park.",
        ]),
        minute("3", "Inverleith Park Sundial Garden", [
            "The Committee noted that the Inverleith Gardeners, a volunteer group, had raised £18,500 towards replanting the sundial garden, and that the work would be done by Lothian Landscape Gardeners Ltd in March 2020.",
        ]),
        minute("4", "Edinburgh Libraries: Sunday Opening", [
            "The Committee agreed to a trial of Sunday opening at Central Library on George IV Bridge from 1pm to 5pm for six months from January 2020.",
            "In reply to Councillor Crombie, the Head of Libraries said that the trial would be staffed by volunteers from the existing team on overtime, and that no agency staff would be used.",
        ]),
        minute("5", "Community Centre Lets", [
            "The Committee agreed that charges for community centre lets in 2020/21 would remain at the 2019/20 level of £14.50 an hour for community groups.",
        ]),
    ],
    closing=["The meeting closed at 12.10 pm."],
    header="Culture and Communities Committee, 17 September 2019", header_right="City of Edinburgh Council",
    footer=["Page {n} of {total}"],
)

# ------------------------------------------------------------------ 12 Oxford (pdf-minutes, planning)
doc(
    name="Oxford_West_Area_Planning_Committee_Minutes_11May2021", form="pdf-minutes",
    council="Oxford City Council", stated="yes", committee="West Area Planning Committee", date="2021-05-11",
    pdf_title="Minutes of West Area Planning Committee", pdf_author="Oxford City Council",
    logo="OXFORD CITY COUNCIL",
    title_lines=["Minutes of a meeting of the", "West Area Planning Committee", "on Tuesday 11 May 2021"],
    attendance=[["Committee members present:", "Councillors Tiernan (Chair), Penhaligon (Vice Chair), Aldous, Fairweather, Hossain, Lindqvist, Okoro and Garside."],
                ["Officers present:", "Alison Brady, Planning Team Leader; Gareth Sowerby, Lawyer; Kelly Tran, Committee and Member Services Officer."],
                ["Apologies:", "Councillor Royce."]],
    items=[
        minute("112.", "Declarations of interest", ["None."]),
        minute("113.", "20/03118/FUL: Oxpens Road Student Accommodation", [
            "The Committee considered an application for a five storey building of 196 student rooms on the car park beside the ice rink on Oxpens Road.",
            "The Planning Officer reported that the applicant, Isis Quarter Developments Ltd, had reduced the height by one storey after objections from Historic England about views from Port Meadow.",
            "In reply to a question from Councillor Lindqvist, the Planning Officer said that the building would be car free apart from two disabled parking spaces, and that 200 cycle spaces would be provided.",
            "Councillor Aldous proposed and Councillor Okoro seconded the officer recommendation to approve. On being put to the vote, the Committee agreed by 6 votes to 2 to grant planning permission.",
        ]),
        minute("114.", "21/00287/FUL: 44 Botley Road", [
            "The Committee considered an application to convert a dwelling into a house in multiple occupation for seven people. Neighbours raised concerns about bins being left on the pavement.",
            "The Committee agreed to defer the application so that the applicant could provide a revised plan for bin and cycle storage in the rear garden.",
        ]),
        minute("115.", "21/00455/VAR: Jericho Boatyard, Canal Street", [
            "The Committee considered an application to vary the opening hours of the community café at the boatyard. The Committee agreed to approve the application as set out in the officer report, without a formal vote.",
        ]),
        minute("116.", "Minutes", ["The minutes of the meeting held on 13 April 2021 were approved as a true record."]),
    ],
    closing=["The meeting started at 6.00 pm and ended at 8.25 pm.", "Chair ............................ Date: Tuesday 8 June 2021"],
    header="West Area Planning Committee, 11 May 2021", header_from=2,
    footer=["Page {n}", "Minutes of West Area Planning Committee"],
)

# ------------------------------------------------------------------ 13 Blackpool (pdf-minutes)
doc(
    name="Blackpool_Executive_minutes_2018-10-08", form="pdf-minutes",
    council="Blackpool Council", stated="yes", committee="Executive", date="2018-10-08",
    pdf_title="Executive minutes 8 October 2018", pdf_author="Democratic Governance",
    title_lines=["MINUTES OF EXECUTIVE MEETING HELD ON MONDAY 8TH OCTOBER 2018", "Blackpool Council"],
    attendance=[["Present:", "Councillor Hesketh (in the Chair); Councillors Rossall, Ormerod, Pilkington, Whiteside, Butterworth and Haworth."]],
    items=[
        minute("EX41", "DECLARATIONS OF INTEREST", ["There were no declarations of interest on this occasion."]),
        minute("EX42", "PROMENADE PUBLIC TOILETS", [
            "The Executive considered proposals for the public toilets on the Promenade. The toilets at North Pier and Central Pier would be refurbished over the winter at a cost of £186,000, and the toilets at Gynn Square would close permanently.",
            "The toilets at North Pier recorded 212,000 uses in the 2017 season, compared with 96,000 at Central Pier.",
            "The Executive agreed a charge of 40p per visit at North Pier, with the income used for cleaning; the Central Pier toilets would remain free.",
            "Decision: to approve the refurbishment programme and the closure of the Gynn Square toilets.",
        ]),
        minute("EX43", "STANLEY PARK CAFÉ AND BOATING LAKE", [
            "The Executive agreed a new concession for the boating lake in Stanley Park, awarded to Fylde Coast Leisure Boats Ltd for five years from March 2019, with a concession fee of £22,000 a year.",
            "In reply to a question from Councillor Ormerod, the Cabinet Member said that the pedalos would be replaced with electric boats in the first year of the concession.",
        ]),
        minute("EX44", "ILLUMINATIONS EXTENSION", [
            "The Executive agreed that the Illuminations would be extended by one week to 10 November 2018, with the extra cost of £48,000 met from sponsorship.",
        ]),
    ],
    closing=["Chairman", "(The meeting ended at 6.45 pm)"],
    header="Executive 8 October 2018", footer=["Page {n} of {total}"],
)

# ------------------------------------------------------------------ 14 Belfast (pdf-minutes)
doc(
    name="Belfast_People_and_Communities_Committee_Minutes_Tuesday_7th_June_2022", form="pdf-minutes",
    council="Belfast City Council", stated="yes", committee="People and Communities Committee", date="2022-06-07",
    pdf_title="People and Communities Committee", pdf_author="Belfast City Council",
    title_lines=["People and Communities Committee", "Tuesday, 7th June, 2022", "MEETING OF THE PEOPLE AND COMMUNITIES COMMITTEE",
                 "HELD IN THE LAVERY ROOM AND REMOTELY VIA MICROSOFT TEAMS"],
    attendance=[["Members present:", "Councillor McIlwaine (Chairperson); Aldermen Stitt and Kernaghan; Councillors Lennon, Quigley, Mulholland, Ferran, Brolly and Hanvey."],
                ["In attendance:", "Mr. R. Devlin, Director of Neighbourhood Services; Mrs. S. Corrigan, Director of City Services; Ms. E. Laverty, Committee Services Officer."]],
    items=[
        minute("", "Graffiti and Flyposting Clean Up", [
            "The Committee was reminded that in 2021 the Council's cleansing teams had removed graffiti from 3,870 sites across the city, at a cost of £212,000. The Director of City Services reported that a new rapid response team of four operatives would start in July, with a target of removing offensive graffiti within one working day.",
            "In response to a question from Councillor Mulholland, the Director explained that a mobile app for residents to report graffiti was being tested, but that the date on which it would be launched had not yet been fixed.",
            "The Committee noted the report.",
        ]),
        minute("", "Ormeau Park Tennis Courts", [
            "The Committee agreed to resurface the six tennis courts in Ormeau Park at a cost of £96,000, funded jointly with the Ulster Lawn Tennis Trust, and to introduce online booking through the Council's leisure booking system.",
        ]),
        minute("", "Botanic Gardens Palm House Events", [
            "The Committee granted permission to Lagan Valley Choirs to hold four evening concerts in the Palm House in August, subject to a limit of 120 people at each concert.",
        ]),
        minute("", "Dog Licence Fees", [
            "The Committee was advised that the dog licence fee was set by the Department of Agriculture, Environment and Rural Affairs and remained at £12.50.",
        ]),
    ],
    closing=["Chairperson"],
    header="People and Communities Committee,", header_right="Tuesday, 7th June, 2022", footer=["B 1{n}"],
)

# ------------------------------------------------------------------ 15 Rhondda Cynon Taf (pdf-minutes)
doc(
    name="RCT_Cabinet_Minutes_24-11-2020", form="pdf-minutes",
    council="Rhondda Cynon Taf County Borough Council", stated="yes", committee="Cabinet", date="2020-11-24",
    pdf_title="Cabinet Minutes 24 November 2020", pdf_author="Council Business Unit",
    title_lines=["RHONDDA CYNON TAF COUNTY BOROUGH COUNCIL", "CABINET",
                 "Minutes of the virtual meeting of the Cabinet held on Tuesday, 24 November 2020 at 11 am."],
    attendance=[["Cabinet Members present:", "Councillor A. Pritchard (Chair), Councillor M. Prosser, Councillor R. Tudor, Councillor A. Llewellyn, Councillor M. Griffiths and Councillor C. Rowlands."]],
    items=[
        minute("Minute 61", "DECLARATIONS OF INTEREST", ["In accordance with the Code of Conduct, there were no declarations made pertaining to the agenda."]),
        minute("Minute 62", "FLOOD ALLEVIATION AND CULVERT WORKS", [
            "The Director of Highways and Streetcare Services presented the report on the programme of culvert and drainage works following the storms of February 2020, which had flooded 1,476 homes in the county borough.",
            "Cabinet was informed that 84 culverts had been cleared or repaired since March, including the culvert under Sion Street in Pontypridd, at a cost of £2.3 million.",
            "The Director advised that a detailed inspection of the culvert network in Treorchy and Pentre by remote camera survey would begin in January 2021, and that a repair programme for those two villages would be drawn up once the camera survey was complete.",
            "The Cabinet Member for Environment asked how residents could report blocked gullies. The Director replied that reports could be made through the Council's website or by telephone 24 hours a day, and that every report would be inspected within five working days.",
            "RESOLVED to approve the programme of works for 2021/22.",
        ]),
        minute("Minute 63", "YNYSANGHARAD WAR MEMORIAL PARK LIDO", [
            "Cabinet agreed that the Lido at Ynysangharad War Memorial Park would reopen in 2021 with a booking system limiting each session to 150 swimmers.",
        ]),
        minute("Minute 64", "ABERDARE PARK BOATING LAKE", [
            "Cabinet noted that repairs to the boating lake wall in Aberdare Park were completed in October by Cynon Valley Stonework Ltd.",
        ]),
    ],
    closing=["This meeting closed at 12.05 pm.", "Cllr A. Pritchard, Chair."],
    header="RHONDDA CYNON TAF COUNTY BOROUGH COUNCIL CABINET 24.11.20", footer=["{n}"],
)

# ------------------------------------------------------------------ 16 Colchester (pdf-minutes)
doc(
    name="Colchester_Cabinet_Minutes_2023-01-25", form="pdf-minutes",
    council="Colchester City Council", stated="yes", committee="Cabinet", date="2023-01-25",
    pdf_title="Cabinet Minutes", pdf_author="Democratic Services",
    title_lines=["Cabinet", "Wednesday, 25 January 2023", "Colchester City Council",
                 "Attendees: Councillor Farrant, Councillor Dellow, Councillor Pemberton, Councillor Quayle, Councillor Whitmore, Councillor Ridley"],
    attendance=[["Substitutes:", "No substitutes were recorded at the meeting."]],
    items=[
        minute("987", "Have Your Say!", [
            "Mr Ronald Pakeman addressed the Cabinet about the closure of the learner pool at Leisure World. He asked when the learner pool would reopen.",
            "Councillor Pemberton, Portfolio Holder for Leisure, responded that the pool hall roof repairs had been completed and the learner pool would reopen on 13 February 2023, with lessons restarting the following week.",
        ]),
        minute("988", "Leisure World Decarbonisation", [
            "The Cabinet considered a report on replacing the gas boilers at Leisure World, Cowdray Avenue, with air source heat pumps. Leisure World used 3.1 gigawatt hours of gas in 2021/22 and was the council's largest single source of carbon emissions.",
            "The scheme would cost £4.2 million, of which £3.4 million would come from the Public Sector Decarbonisation Scheme grant. The works would be carried out by Abbeygate Energy Services Ltd.",
            "Councillor Whitmore asked whether the main pool would close during the installation. The Portfolio Holder said that the heat pumps would be installed in the car park and connected over a weekend, so the main pool would stay open throughout.",
            "RESOLVED that the Cabinet approve the scheme and accept the grant.",
        ]),
        minute("989", "Castle Park Bowls Pavilion", [
            "The Cabinet agreed to lease the bowls pavilion in Castle Park to Colchester Castle Bowls Club for 25 years at a peppercorn rent.",
        ]),
        minute("990", "High Woods Country Park Visitor Centre", [
            "The Cabinet noted that the visitor centre at High Woods Country Park would open at weekends only during the winter months.",
        ]),
    ],
    closing=["The meeting closed at 7.20 pm."],
    header="Cabinet 25 January 2023", footer=["Page {n} of {total}", "Colchester City Council"],
)

# ------------------------------------------------------------------ 17 Canterbury (pdf-pack)
doc(
    name="Agenda_Document_Pack_Community_Committee_12th-Feb-2020_Canterbury", form="pdf-pack",
    council="Canterbury City Council", stated="yes", committee="Community Committee", date="2020-02-12",
    pdf_title="(Public Pack)Agenda Document for Community Committee, 12/02/2020 19:00", pdf_author="Democratic Services",
    cover=["Community Committee", "Wednesday, 12 February 2020 at 7.00 pm", "The Guildhall, Westgate, Canterbury",
           "Canterbury City Council"],
    cover_body=["Members of the committee: Councillor Threadgold (Chair), Councillors Amory, Bexley, Culpeper, Dunstall, Elvey and Fordwich.",
                "Enquiries to: Democratic Services, Military Road, Canterbury CT1 1YW, telephone 01227 862006."],
    agenda=[["1", "Apologies for absence"], ["2", "Declarations of interest"],
            ["3", "Minutes of the meeting held on 4 December 2019 ({minutes})"],
            ["4", "Questions from members of the public"],
            ["5", "Dog Control Public Spaces Protection Order ({report})"]],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["CANTERBURY CITY COUNCIL", "COMMUNITY COMMITTEE",
                      "Minutes of a meeting held on Wednesday, 4th December, 2019 at 7.00 pm in The Guildhall, Westgate, Canterbury"],
    prev_items=[
        minute("401", "Dane John Gardens Winter Lights", [
            "The committee agreed to a winter lights trail in the Dane John Gardens from 12 December to 5 January, run by Stourside Events Ltd, with free entry before 5pm.",
        ]),
        minute("402", "Question from a member of the public", [
            "Mr Howard Linsey asked whether the Herne Bay Pier toilets would open in the winter. The Head of Community Services replied that they would open at weekends from November to February, and daily during school holidays.",
        ]),
        minute("403", "Westgate Parks Volunteer Rangers", [
            "The committee thanked the volunteer rangers, who gave 2,940 hours of work in the Westgate Parks in 2019.",
        ]),
    ],
    report={
        "title_lines": ["Community Committee", "12 February 2020", "Subject: Dog Control Public Spaces Protection Order"],
        "cover": [["Director:", "Director of Operations"], ["Officer:", "Neil Ashcombe, Community Safety Manager"],
                  ["Decision issues:", "These matters are within the authority of the committee"]],
        "sections": [
            {"title": "1. Introduction", "body": [
                "1.1 The current Public Spaces Protection Order for dog control runs out on 31 March 2020. This report proposes its renewal for three years with changes to the seasonal beach restrictions.",
            ]},
            {"title": "2. Dog fouling", "body": [
                "2.1 The council received 388 complaints of dog fouling in Whitstable in 2019 and 251 in Canterbury city centre. Most complaints in Whitstable concerned Tankerton Slopes and the Gorrell Tank car park.",
                "2.2 The fixed penalty for failing to pick up after a dog will rise from £75 to £100.",
            ]},
            {"title": "3. Seasonal beach restrictions", "body": [
                "3.1 Dogs are excluded from the main beaches at Herne Bay and Whitstable between 1 May and 30 September. It is proposed to extend the exclusion to Tankerton beach east of the Street.",
                "3.2 A consultation ran for six weeks in October and November 2019 and received 1,312 responses, with 69 per cent in favour of the extension.",
            ]},
            {"title": "4. Recommendation", "body": [
                "4.1 That the committee renews the order for three years from 1 April 2020 with the changes in sections 2 and 3.",
            ]},
        ],
    },
    footer=["Page {n}"], number_offset=1,
)

# ------------------------------------------------------------------ 18 Renfrewshire (pdf-pack)
doc(
    name="Renfrewshire_ILE_Policy_Board_30_August_2023_pack", form="pdf-pack",
    council="Renfrewshire Council", stated="yes", committee="Infrastructure, Land and Environment Policy Board", date="2023-08-30",
    pdf_title="Infrastructure, Land and Environment Policy Board", pdf_author="Renfrewshire Council",
    cover=["Renfrewshire Council", "Notice of Meeting and Agenda", "Infrastructure, Land and Environment Policy Board",
           "Date: Wednesday, 30 August 2023", "Time: 13:00"],
    cover_body=["Venue: Council Chambers (Renfrewshire), Council Headquarters, Renfrewshire House, Cotton Street, Paisley, PA1 1AN",
                "Membership: Councillor Gillanders (Convener), Councillor Rankine (Depute Convener), Councillors Auld, Bryden, Carswell, Dunlop, Lochhead and Shearer.",
                "Members of the press and public wishing to attend should contact Democratic Services on 0300 300 0300."],
    agenda=[["1", "Apologies"], ["2", "Declarations of Interest"], ["3", "Minute of previous meeting ({minutes})"],
            ["4", "Revenue Budget Monitoring Report"], ["5", "Supported Local Bus Services ({report})"]],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["Minute of Meeting", "Infrastructure, Land and Environment Policy Board",
                      "Wednesday, 7 June 2023, Council Chambers (Renfrewshire), Renfrewshire House, Paisley"],
    prev_items=[
        minute("1", "Barshaw Park Boating Pond", [
            "The Board agreed that the boating pond at Barshaw Park be relined by Cart Valley Civils Ltd at a cost of £74,500, with work to take place in September so that the pond reopens for spring 2024.",
            "Councillor Dunlop asked whether the model yacht club would be able to use the pond during the works. The Head of Operations replied that the club had been offered the use of the Robertson Park pond in Renfrew until the works finished.",
        ]),
        minute("2", "Renfrew Town Hall Clock", [
            "The Board noted that the Renfrew Town Hall clock had been repaired and now kept correct time.",
        ]),
    ],
    report={
        "title_lines": ["Renfrewshire Council", "To: Infrastructure, Land and Environment Policy Board", "Heading: Supported Local Bus Services"],
        "cover": [["On:", "30 August 2023"], ["Report by:", "Director of Environment, Housing and Infrastructure"],
                  ["Report ref:", "ILE/23/08/05"]],
        "sections": [
            {"title": "1. Summary", "body": [
                "1.1 The Council funds evening and Sunday journeys on four bus routes that commercial operators do not run. In 2022/23 these supported services cost £612,000 and carried 284,000 passengers.",
            ]},
            {"title": "2. Recommendations", "body": [
                "2.1 It is recommended that the Board notes that the contract for the route 38 evening service between Paisley and Erskine ends on 28 October 2023 and approves a new tender.",
            ]},
            {"title": "3. Route 38 Paisley to Erskine", "body": [
                "3.1 The current operator, Clydeside Coaches Ltd, has told the Council it will not bid again. Tenders close on 22 September 2023 and it is not yet known whether any operator will bid for the route, or at what price.",
                "3.2 If no acceptable tender is received, officers will ask Strathclyde Partnership for Transport to run a demand responsive service in its place.",
            ]},
            {"title": "4. Route 23 Johnstone to Linwood", "body": [
                "4.1 Patronage on the Sunday route 23 service rose by 18 per cent in 2022/23 after the timetable was changed to run hourly. The contract runs to March 2025.",
            ]},
        ],
    },
    footer=["Page {n}"], number_offset=1,
)

# ------------------------------------------------------------------ 19 Cherwell (pdf-pack)
doc(
    name="Cherwell_Executive_Agenda_Pack_01042019", form="pdf-pack",
    council="Cherwell District Council", stated="yes", committee="Executive", date="2019-04-01",
    pdf_title="Agenda Executive 1 April 2019", pdf_author="Cherwell District Council",
    cover=["Cherwell District Council", "Executive", "Monday 1 April 2019 at 6.30 pm",
           "Bodicote House, Bodicote, Banbury, Oxfordshire OX15 4AA"],
    cover_body=["Membership: Councillor Wakelin (Chairman), Councillor Ferriday (Vice-Chairman), Councillors Bourton, Coxhill, Hathersage and Peverell.",
                "Information about this agenda: please contact Democratic and Elections, 01295 221589.",
                "Yvonne Ashdown, Chief Executive"],
    agenda=[["1", "Apologies for Absence"], ["2", "Declarations of Interest"], ["3", "Minutes ({minutes})"],
            ["4", "Chairman's Announcements"], ["5", "Bicester Town Centre Car Parks ({report})"]],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["Cherwell District Council", "Executive",
                      "Minutes of a meeting of the Executive held at Bodicote House, Bodicote, Banbury, OX15 4AA, on 4 March 2019 at 6.30 pm"],
    prev_items=[
        minute("108", "People's Park Banbury Play Area", [
            "The Executive approved a new play area in People's Park, Banbury, to be built by Oxford Canal Playworks Ltd for £138,000, with work starting in May 2019.",
            "In reply to a question from Councillor Coxhill, the Lead Member for Clean and Green said that the new play area would include a wheelchair accessible roundabout and a sensory garden.",
        ]),
        minute("109", "Kidlington Village Centre Christmas Market", [
            "The Executive thanked the organisers of the Kidlington Christmas market, which had 46 stalls.",
        ]),
        minute("110", "Urgent Business", ["There was no urgent business."]),
    ],
    report={
        "title_lines": ["Cherwell District Council", "Executive", "1 April 2019"],
        "cover": [["Report of:", "Assistant Director, Environmental Services"], ["Wards affected:", "Bicester East, Bicester West, Bicester South and Ambrosden"],
                  ["Subject:", "Bicester Town Centre Car Parks"]],
        "sections": [
            {"title": "1.0 Purpose of report", "body": [
                "1.1 To inform the Executive of pressure on parking in Bicester town centre and to seek approval for a parking review.",
            ]},
            {"title": "2.0 Recommendations", "body": [
                "2.1 The Executive is recommended to approve a review of parking supply and charges in Bicester town centre, to be carried out by consultants in the summer of 2019 and reported to the Executive in the autumn.",
            ]},
            {"title": "3.0 Report details", "body": [
                "3.1 The Council runs four car parks in Bicester town centre, with 912 spaces. Occupancy at Claremont car park on Saturdays averaged 97 per cent in 2018, and drivers queued onto Manorsfield Road on most Saturdays before Christmas.",
                "3.2 Parking in the Council's Bicester car parks is free for the first two hours. The review will consider charges, the length of free parking and the case for a new deck at Claremont.",
            ]},
            {"title": "4.0 Financial implications", "body": [
                "4.1 The review is expected to cost £28,000, to be met from the economic development reserve.",
            ]},
        ],
    },
    footer=["Page {n}"], number_offset=1,
)

# ------------------------------------------------------------------ 20 Stevenage (docx-report)
doc(
    name="Stevenage_Executive_Report_Swimming_Centre_2024-06-12", form="docx-report",
    council="Stevenage Borough Council", stated="yes", committee="Executive", date="2024-06-12",
    docx_author="Stevenage Borough Council",
    letterhead=["Stevenage Borough Council", "Daneshill House, Danestrete, Stevenage SG1 1HN", "Part I - Release to Press"],
    report={
        "title_lines": ["New Swimming and Wellbeing Centre: Outline Business Case", "Meeting: Executive, Wednesday 12 June 2024"],
        "cover": [["Portfolio Area:", "Communities, Neighbourhoods and Cooperative Working"], ["Date:", "12 June 2024"],
                  ["Lead Officer:", "Martin Fairbrass, Assistant Director, Regeneration"]],
        "sections": [
            ("1 PURPOSE", [
                "1.1 To seek approval of the outline business case for a new swimming and wellbeing centre in Stevenage town centre, to replace the pool at the Stevenage Arts and Leisure Centre on Lytton Way.",
            ]),
            ("2 RECOMMENDATIONS", [
                "2.1 That the outline business case be approved and that officers be authorised to procure a design team.",
                "2.2 That the site at the former Swingate House car park be reserved for the new centre.",
            ]),
            ("3 BACKGROUND", [
                "3.1 The existing pool opened in 1975. A condition survey by Hertford Lane Surveyors in 2023 found that the pool tank leaked about 9,000 litres of water a day and that the filtration plant had reached the end of its working life.",
                "3.2 The pool was closed for 41 days in 2023 because of plant breakdowns.",
            ]),
            ("4 THE PROPOSED CENTRE", [
                "4.1 The new centre would have an eight lane 25 metre pool, a learner pool with a moveable floor, a 120 station gym and two studios. The centre would be run by the council's leisure operator, Fairlands Leisure Partnership, under the existing contract.",
                "4.2 The centre would be heated by the town centre heat network, and solar panels would be fitted across the whole roof.",
                "4.3 Construction is expected to take 26 months, with the centre opening in 2028. The current pool would stay open until the new centre opened.",
            ]),
            ("5 FINANCIAL IMPLICATIONS", [
                "5.1 The estimated capital cost is £38.5 million, to be met from prudential borrowing, capital receipts and a bid to the Swimming Pool Support Fund.",
            ]),
        ],
    },
    header="Part I - Release to Press", footer=["Stevenage Borough Council, Executive, 12 June 2024"],
)

# ------------------------------------------------------------------ 21 Warwick (docx-report)
doc(
    name="Warwick_Cabinet_Report_EV_Charging_2023-09-07", form="docx-report",
    council="Warwick District Council", stated="yes", committee="Cabinet", date="2023-09-07",
    docx_author="Warwick District Council",
    letterhead=["WARWICK DISTRICT COUNCIL"],
    report={
        "title_lines": ["Cabinet, 7 September 2023", "Title: Electric Vehicle Charging in Council Car Parks"],
        "cover": [["Lead Officer:", "Priya Hollinshead, Parking Manager"], ["Portfolio Holder:", "Councillor Bramwell"],
                  ["Wards of the District directly affected:", "Leamington Brunswick, Leamington Clarendon, Warwick Saltisford, Kenilworth Abbey and Arden"],
                  ["Key decision:", "Yes"], ["Background papers:", "None"]],
        "sections": [
            ("1. Summary", [
                "1.1 This report proposes a contract for the installation and running of electric vehicle charge points in the Council's car parks in Leamington Spa, Warwick and Kenilworth.",
            ]),
            ("2. Recommendation", [
                "2.1 That Cabinet awards a 15 year concession to Voltbridge Charging Ltd to install and run charge points, with the Council receiving 12 per cent of the charging income.",
                "2.2 That drivers pay a tariff of 55p per kilowatt hour, reviewed annually.",
            ]),
            ("3. Existing charge points", [
                "3.1 The Council installed its first charge points in 2021, at Covent Garden car park in Leamington Spa, at Linen Street car park in Warwick and at Abbey Fields car park in Kenilworth.",
                "3.2 Use of the existing charge points in 2022/23 was 14,210 charging sessions at Covent Garden and 3,980 sessions at Linen Street.",
            ]),
            ("4. Proposed installations", [
                "4.1 The concession would add 24 fast charge points at Covent Garden, 12 at St Peter's car park in Leamington Spa and 8 at Linen Street. Two rapid chargers would be installed at Abbey Fields for taxis.",
                "4.2 Every charge point would accept contactless payment, so drivers would not need an app or membership card.",
            ]),
            ("5. Why this option", [
                "5.1 A concession means the operator bears the cost of installation and maintenance, estimated at £1.6 million, so the Council would not need to borrow.",
            ]),
        ],
    },
    header="Item 6 / Page 1", footer=["Cabinet, 7 September 2023", "Warwick District Council"],
)

# ------------------------------------------------------------------ 22 Newark and Sherwood (docx-minutes)
doc(
    name="Newark_Sherwood_Cabinet_Minutes_2022-03-08", form="docx-minutes",
    council="Newark and Sherwood District Council", stated="yes", committee="Cabinet", date="2022-03-08",
    docx_author="Democratic Services",
    title_lines=["NEWARK AND SHERWOOD DISTRICT COUNCIL", "Minutes of the Meeting of Cabinet held in the Civic Suite, Castle House, Great North Road, Newark, NG24 1BY on Tuesday, 8 March 2022 at 6.00 pm."],
    attendance=[["PRESENT:", "Councillor D. Latham (Chairman), Councillor K. Girton, Councillor R. Holloway, Councillor J. Measures and Councillor T. Wendels"],
                ["APOLOGY FOR ABSENCE:", "Councillor P. Stanhope"]],
    items=[
        item("CAB 71", "DECLARATIONS OF INTEREST FROM MEMBERS AND OFFICERS", ["There were no declarations of interest."]),
        item("CAB 72", "FLOOD RESILIENCE GRANTS AND DRAINAGE WORKS", [
            "The Business Manager for Environmental Services presented a report on the flood resilience grant scheme for homes flooded in the storms of 2019 and 2020. Grants of up to £5,000 per household had been paid to 212 households, mostly in Southwell, Lowdham and Ollerton.",
            "The Cabinet noted that the Environment Agency and Nottinghamshire County Council would jointly commission a survey of the drainage network in Lowdham after Easter, and that the Council would consider a contribution to any scheme once that survey had reported.",
            "Councillor Measures asked whether the grants could pay for flood doors. The Business Manager replied that flood doors, air brick covers and non return valves were all eligible.",
            "AGREED (unanimously) that the grant scheme be extended to 31 March 2023.",
        ]),
        item("CAB 73", "SCONCE AND DEVON PARK", [
            "The Cabinet approved the refurbishment of the skatepark at Sconce and Devon Park by Trent Ramps Ltd at a cost of £92,000, with work to finish by the summer holidays.",
        ]),
        item("CAB 74", "NEWARK CASTLE GARDENS BANDSTAND CONCERTS", [
            "The Cabinet agreed a season of 14 Sunday afternoon concerts in the Castle Gardens from May to September, with free admission.",
        ]),
    ],
    closing=["Meeting closed at 7.05 pm.", "Chairman"],
    header="Cabinet - 8 March 2022", footer=["Newark and Sherwood District Council"],
)

# ------------------------------------------------------------------ 23 Tunbridge Wells (docx-minutes)
doc(
    name="TWBC_Cabinet_Minutes_13_October_2022", form="docx-minutes",
    council="Tunbridge Wells Borough Council", stated="yes", committee="Cabinet", date="2022-10-13",
    docx_author="Tunbridge Wells Borough Council",
    title_lines=["CABINET", "Minutes of the meeting held at the Council Chamber, Royal Tunbridge Wells Town Hall, on Thursday 13 October 2022",
                 "Tunbridge Wells Borough Council", "Present: Councillor Pennington (Leader of the Council, in the Chair)"],
    attendance=[["Councillors:", "Chapelow, Egerton, Froggatt, Nevill and Speldhurst"],
                ["Officers in Attendance:", "Tamsin Redgrave (Head of Environment), Paul Orchard (Democratic Services Officer)"]],
    items=[
        item("CAB58/22", "Apologies", ["There were no apologies."]),
        item("CAB59/22", "Calverley Grounds Café", [
            "The Head of Environment reported that the café in Calverley Grounds had closed in August after the operator, Pantiles Coffee House Ltd, gave up its lease. The building needed a new roof and kitchen extraction before it could be let again.",
            "Councillor Froggatt asked when the café would reopen. The Head of Environment said that the council was waiting for quotes for the roof work, so a reopening date was not yet known.",
            "RESOLVED that officers market the café for a new tenant on a ten year lease.",
        ]),
        item("CAB60/22", "Dunorlan Park Lake", [
            "Cabinet approved a contract with Medway Aquatic Services Ltd for dredging the lake at Dunorlan Park, at a cost of £164,000. The work would take place from November 2022 to February 2023, when the rowing boats were not in use.",
            "In reply to Councillor Nevill, the Head of Environment said that the fish would be netted and moved to a holding pond in the park during the dredging.",
        ]),
        item("CAB61/22", "Dog Control Order: Fixed Penalties", [
            "Cabinet agreed to raise the fixed penalty for dog fouling in the borough's parks to £100. In 2021/22, 63 fixed penalty notices for dog fouling were issued.",
        ]),
    ],
    closing=["NOTES:", "The meeting concluded at 7.40 pm."],
    header="Tunbridge Wells Borough Council - Cabinet 13 October 2022", footer=["Cabinet 13/10/22"],
)

# ------------------------------------------------------------------ 24 Great Yarmouth (txt)
doc(
    name="GYBC_Policy_and_Resources_Committee_minutes_2020-07-28", form="txt",
    council="Great Yarmouth Borough Council", stated="yes", committee="Policy and Resources Committee", date="2020-07-28",
    title_lines=["GREAT YARMOUTH BOROUGH COUNCIL", "", "Policy and Resources Committee", "", "Minutes",
                 "Tuesday, 28 July 2020 at 18:00", "Held remotely"],
    attendance=[["PRESENT:", "Councillor Wainwright (in the Chair); Councillors Belton, Caister, Hemsby, Ormesby, Runham and Somerton."],
                ["Also in attendance:", "Mr K Thurlow (Head of Property and Asset Management), Mrs L Dunnett (Democratic Services Officer)."]],
    items=[
        minute("01", "APOLOGIES FOR ABSENCE", ["There were none."]),
        minute("02", "MARINE PARADE CCTV EXTENSION", [
            "The Committee received a report on extending the public space CCTV system along Marine Parade, from the Britannia Pier to the Pleasure Beach, ahead of the reopening of the seafront attractions after lockdown.",
            "Sixteen new cameras would be installed by Broadland Vision Systems Ltd and monitored from the control room at the Town Hall. The cameras would have automatic number plate recognition switched off.",
            "Councillor Belton asked whether Gorleston would also benefit. The Head of Property and Asset Management replied that four cameras on Gorleston High Street would be upgraded to high definition in the same contract.",
            "RESOLVED: That the extension of the CCTV system be approved at a cost of £148,000, funded from the Coastal Communities Fund grant.",
        ]),
        minute("03", "WINTER GARDENS", [
            "The Committee noted progress on the restoration of the Winter Gardens, including the appointment of a project manager in June.",
        ]),
        minute("04", "ANY OTHER BUSINESS", ["The Chairman thanked the seafront staff for their work during the reopening."]),
    ],
    closing=["The meeting ended at 19:10", "CHAIRMAN"],
)
