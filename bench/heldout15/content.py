"""The documents of bench/heldout15: invented business of real UK councils.

Every word of the business, the people and the figures is invented for this set; the councils,
their towns, parks and buildings are real, and the layouts are heldout5's forms. make_heldout15.py
draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers; truth.csv is written
from `council`, `stated` (how the text names the council: `yes` in full), `committee` and `date` (the
meeting's, ISO). The content format is heldout5's (as in heldout14's content.py); the words are this
set's own.
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
    name="ieListDocuments_CId117_MId8804_Barnsley_Cabinet", form="mg-meeting",
    council="Barnsley Metropolitan Borough Council", stated="yes", committee="Cabinet", date="2022-10-12",
    site=site("Barnsley Metropolitan Borough Council", "https://barnsleymbc.moderngov.co.uk",
              "Town Hall, Church Street, Barnsley, S70 2TA", "© Barnsley Metropolitan Borough Council 2022",
              menu=["Home", "Councillors", "Committees", "Meetings", "Forward plan", "Search"],
              breadcrumb=["Home", "Committees", "Cabinet", "Meeting"]),
    heading="Cabinet - Wednesday, 12th October, 2022 10.00 am",
    venue="Reception Room, Barnsley Town Hall",
    contact="Council Governance Unit. Email: governance@barnsley.gov.uk",
    items=[
        item("Cab.12.10.2022/5", "Minutes of the previous meeting", [
            "The minutes of the meeting held on 28 September 2022 were taken as read and signed by the Chair."]),
        item("Cab.12.10.2022/6", "Elsecar Heritage Centre - Newcomen Engine House Repairs", [
            "The Executive Director Growth and Sustainability submitted a report seeking approval for "
            "urgent repairs to the engine house that shelters the Newcomen beam engine at Elsecar, the "
            "oldest such engine still in its original position anywhere in the world.",
            "Visitor tours of the engine house had been suspended in May after a piece of stone fell from "
            "a window head. A structural survey carried out over the summer found that the iron cramps "
            "holding the coping stones had rusted and split the masonry, and that the chimney was leaning "
            "140 millimetres out of true.",
            "The works would take down and rebuild the top of the chimney, replace the cramps in "
            "stainless steel and renew the timber lintels over the windows. The total cost was £395,000, "
            "of which £150,000 would come from Historic England.",
            "Five firms had returned tenders. The most economically advantageous bid was received from "
            "Dearne Heritage Masonry Ltd, who had restored the Hemingfield Colliery headstocks nearby.",
            "Councillor Hoyland asked when the public would be able to go inside the engine house again. "
            "The Cabinet Spokesperson replied that she could not say when visitors would be let back in: "
            "the chimney could only be examined properly once the scaffold was up, and the programme would "
            "depend on what was found.",
            "RESOLVED:-",
            "(i) that repairs to the Newcomen engine house at Elsecar be approved at a total cost of £395,000;",
            "(ii) that the contract be awarded to Dearne Heritage Masonry Ltd."],
            links=[("Newcomen engine house report", "846 KB"), ("Structural survey extract", "312 KB")]),
        item("Cab.12.10.2022/7", "Electric Vehicle Charging in Council Car Parks", [
            "RESOLVED:- that 40 electric vehicle charging points be installed across six council car parks "
            "in Barnsley town centre, Penistone, Hoyland and Wombwell, funded from the Local Electric "
            "Vehicle Infrastructure allocation."]),
    ],
)

doc(
    name="ieListDocuments_CId146_MId3927_Merton_Cabinet", form="mg-meeting",
    council="London Borough of Merton", stated="yes", committee="Cabinet", date="2022-03-07",
    site=site("London Borough of Merton", "https://democracy.merton.gov.uk",
              "Civic Centre, London Road, Morden, SM4 5DX", "© London Borough of Merton 2022",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Committees", "Search"],
              breadcrumb=["Home", "Meetings", "Cabinet"]),
    heading="Cabinet - Monday, 7th March, 2022 7.15 pm",
    venue="Committee Rooms C, D & E - Merton Civic Centre, London Road, Morden SM4 5DX",
    contact="Democracy Services. Tel: 020 8545 3357",
    items=[
        item("1", "Declarations of pecuniary interest", [
            "There were no declarations of pecuniary interest."]),
        item("2", "Minutes of the previous meeting", [
            "RESOLVED: That the minutes of the meeting held on 14 February 2022 are agreed as an accurate "
            "record."]),
        item("3", "School Streets - Phase Three", [
            "The Cabinet Member for Local Environment and Transport introduced the report. Merton had "
            "twelve school streets, where the road outside the gate is closed to through traffic for about "
            "forty minutes at the start and end of the school day, and residents' vehicles and blue badge "
            "holders are let through.",
            "Air quality monitoring at the first twelve had found that nitrogen dioxide at the school gates "
            "had fallen by an average of 17 per cent, and counts showed that the share of children walking, "
            "scooting or cycling to those schools had risen from 58 to 71 per cent.",
            "The report proposed school streets at eight further schools in Mitcham, Morden, Raynes Park "
            "and Colliers Wood, under experimental traffic orders, to begin from the start of the summer "
            "term on 25 April 2022.",
            "At present the closures are kept by marshals, many of them parent volunteers. A trial of "
            "number plate recognition cameras in place of marshals will run at four of the schools from "
            "April to July, and its findings will come back to Cabinet in the autumn before any decision on "
            "using cameras more widely.",
            "A resident of Links Avenue, speaking with the Chair's permission, said that drivers had been "
            "pushed into the roads round the corner. The Cabinet Member said that traffic counts were being "
            "taken in the surrounding roads as well.",
            "RESOLVED:",
            "A. That school streets be introduced at the eight schools listed in Appendix A under "
            "experimental traffic orders;",
            "B. That the Director of Environment and Regeneration be authorised to make the orders."],
            links=[("School Streets phase three report", "1 MB"), ("Appendix A - schools", "96 KB")]),
        item("4", "Allotment Rents 2022/23", [
            "RESOLVED: That allotment rents for 2022/23 rise by 4 per cent, with the half-price concession "
            "for residents over 65 and those on benefits kept, and that the Merton Allotments Federation be "
            "thanked for its help with the review of waiting lists."]),
    ],
)

doc(
    name="ieListDocuments_CId251_MId7631_Herefordshire_Cabinet", form="mg-meeting",
    council="Herefordshire Council", stated="yes", committee="Cabinet", date="2022-07-28",
    site=site("Herefordshire Council", "https://councillors.herefordshire.gov.uk",
              "Plough Lane, Hereford, HR4 0LE", "© Herefordshire Council 2022",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Search"],
              breadcrumb=["Home", "Committees", "Cabinet", "Meeting"]),
    heading="Cabinet - Thursday, 28th July, 2022 2.30 pm",
    venue="Conference Room 1 - Herefordshire Council, Plough Lane Offices, Hereford, HR4 0LE",
    contact="Democratic Services. Tel: 01432 260201",
    items=[
        item("19.", "Minutes", [
            "RESOLVED: That the minutes of the meeting held on 30 June 2022 be approved as a correct record "
            "and be signed by the chairperson."]),
        item("20.", "Integrated Wetland at Tarrington", [
            "The cabinet member for infrastructure and transport presented the report. Because the River "
            "Lugg is failing its target for phosphate, new housing in its catchment can only be given "
            "planning permission if the extra phosphate it produces is offset elsewhere.",
            "The Council's first integrated wetland, at Luston, had been completed last year at a cost of "
            "£1.3 million and was now taking treated water from the village sewage works. A second wetland, "
            "on council-owned land beside the treatment works at Tarrington, was estimated at £2.1 million "
            "and would produce enough phosphate credits for about 400 new homes. A third possible site, "
            "near Kington, had been identified and talks with the landowner had begun.",
            "The wetland would be built as a series of shallow ponds planted with reeds, rushes and "
            "yellow flag iris, which would take up phosphate before the water reached the river.",
            "Groundworks would be let to Lugg Valley Groundworks, the firm that built the Luston wetland, "
            "under the framework agreed in 2021.",
            "Councillor Bromyard said that it was wrong for the Council to sell credits to developers "
            "when farming was the main source of the problem, and asked that his vote be recorded.",
            "The recommendations were carried by six votes to one, Councillor Bromyard voting against.",
            "RESOLVED: That",
            "(a) an integrated wetland at Tarrington be built at a cost of up to £2.1 million; and",
            "(b) the phosphate credits it creates be sold to developers at the rates in appendix 2."],
            links=[("Tarrington wetland report", "1 MB"), ("Appendix 2 - credit rates", "74 KB")]),
        item("21.", "Fly-tipping Enforcement", [
            "RESOLVED: That two further mobile cameras be bought for use at fly-tipping hotspots in rural "
            "lay-bys and gateways, and that the fixed penalty for fly-tipping be raised to £400."]),
    ],
)

doc(
    name="ieListDocuments_CId124_MId5566_Calderdale_Cabinet", form="mg-meeting",
    council="Calderdale Metropolitan Borough Council", stated="yes", committee="Cabinet", date="2023-11-06",
    site=site("Calderdale Metropolitan Borough Council", "https://calderdale.moderngov.co.uk",
              "Town Hall, Crossley Street, Halifax, HX1 1UJ", "© Calderdale Metropolitan Borough Council 2023",
              menu=["Home", "Councillors", "Meetings", "Committees", "Decisions", "Search"],
              breadcrumb=["Home", "Committees", "Cabinet", "Meeting"]),
    heading="Cabinet - Monday, 6th November, 2023 6.00 pm",
    venue="Meeting Room, Halifax Town Hall",
    contact="Democratic Services. Email: democratic.services@calderdale.gov.uk",
    items=[
        item("44", "Minutes of the Previous Meeting", [
            "RESOLVED that the Minutes of the meeting of the Cabinet held on 9 October 2023 be approved and "
            "signed by the Chair."]),
        item("45", "Shibden Park Lake Restoration", [
            "The Cabinet considered a written report of the Director, Public Services, on the boating lake "
            "at Shibden Park, below Shibden Hall, the former home of Anne Lister.",
            "The lake was made in the 1850s and was last dredged in 1987. A bathymetric survey in June "
            "found that silt now filled most of the lake, leaving an average depth of only 40 centimetres "
            "against the 1.5 metres it was built to, and that the outfall under the Godley Lane embankment "
            "was partly blocked.",
            "About 9,000 cubic metres of silt would be removed. Tests had shown it was clean enough to be "
            "spread on the estate's own fields to the east of the hall, so that no lorries would need to "
            "take it through Halifax. The estimated cost was £730,000, from the capital programme.",
            "Councillor Sowerby asked about the ducks and the geese. The Assistant Director said the work "
            "would be done between October and February, outside the nesting season, and half the lake "
            "would be kept in water at any one time.",
            "RESOLVED that",
            "(a) the dredging of the lake at Shibden Park and repairs to its outfall be approved at a cost of "
            "£730,000; and",
            "(b) the Director, Public Services be authorised to appoint a contractor."],
            links=[("Shibden lake report", "988 KB")]),
        item("46", "Allotments Service Review", [
            "RESOLVED that the Council take back direct management of the allotments at Savile Park and "
            "Ovenden, and that a new allotments officer post be created to shorten waiting lists."]),
    ],
)

doc(
    name="ieListDocuments_CId132_MId4102_Conwy_Cabinet", form="mg-meeting",
    council="Conwy County Borough Council", stated="yes", committee="Cabinet", date="2019-05-14",
    site=site("Conwy County Borough Council", "https://modgoveng.conwy.gov.uk",
              "Bodlondeb, Conwy, LL32 8DU", "© Conwy County Borough Council 2019",
              menu=["Home", "Councillors", "Committees", "Meetings", "Cymraeg", "Search"],
              breadcrumb=["Home", "Committees", "Cabinet", "Meeting"]),
    heading="Cabinet - Tuesday, 14th May, 2019 10.00 am",
    venue="Council Chamber, Bodlondeb, Conwy",
    contact="Democratic Services. Tel: 01492 576062",
    items=[
        item("208.", "Minutes", [
            "The minutes of the meeting held on 9 April 2019 were submitted.",
            "RESOLVED that the minutes be approved as a correct record."]),
        item("209.", "Eirias Park Athletics Track - Resurfacing", [
            "The Cabinet Member for Leisure reported that the running track at Eirias Park, Colwyn Bay, was "
            "laid in 2004 and had outlived its expected life. The surface had worn through to the base on "
            "the bends of lanes one and two, and UK Athletics had withdrawn the track's certificate in "
            "March, so that no graded competitions could be held there this year.",
            "The proposal was to relay all eight lanes and the sprint straight, to renew the long jump "
            "runways and to add a new steeplechase water jump. The cost was £410,000, towards which Sport "
            "Wales had offered £180,000.",
            "After quotations, the work has been awarded to Clwyd Sports Surfaces Ltd, who would start on "
            "site in August.",
            "The Cabinet Member added that three athletics clubs and eleven schools used the track. A "
            "consultation with them on the track's opening hours, and on whether it should be open to the "
            "public at weekends, will run through June.",
            "RESOLVED that the resurfacing of the athletics track at Eirias Park be approved at a cost of "
            "£410,000, and that the grant offered by Sport Wales be accepted."]),
        item("210.", "Beach Huts, Colwyn Bay Promenade", [
            "RESOLVED that 20 new beach huts be provided on the promenade between Porth Eirias and the "
            "Dingle, to be let by the season, with the first refusal going to residents of the county."]),
    ],
)

doc(
    name="ieListDocuments_CId283_MId6019_Horsham_Planning_North", form="mg-meeting",
    council="Horsham District Council", stated="yes", committee="Planning Committee (North)", date="2023-09-05",
    site=site("Horsham District Council", "https://horsham.moderngov.co.uk",
              "Parkside, Chart Way, Horsham, RH12 1RL", "© Horsham District Council 2023",
              menu=["Home", "Councillors", "Committees", "Meetings", "Planning", "Search"],
              breadcrumb=["Home", "Committees", "Planning Committee (North)", "Meeting"]),
    heading="Planning Committee (North) - Tuesday, 5th September, 2023 6.00 pm",
    venue="Conference Room, Parkside, Chart Way, Horsham",
    contact="Democratic Services. Tel: 01403 215465",
    items=[
        item("PCN/30", "Minutes", [
            "The minutes of the meeting held on 1 August 2023 were approved and signed by the Chairman."]),
        item("PCN/31", "Apologies for absence", [
            "Apologies were received from Councillors Colgate and Faygate."]),
        item("PCN/32", "DC/23/0811 - Land North of Forest Road, Roffey", [
            "The Head of Development and Building Control reported that this application sought full "
            "permission for 48 dwellings, 17 of them affordable, with a new access from Forest Road and a "
            "play area.",
            "The parish council and 63 neighbours objected, mainly on traffic at the Forest Road "
            "roundabout and the loss of a field used for walking. The highway authority had raised no "
            "objection, subject to a new pedestrian crossing funded by the developer.",
            "Members noted that the site was allocated in the Horsham District Planning Framework. "
            "Councillor Warnham proposed that the application be approved and Councillor Slinfold seconded "
            "the proposal.",
            "On being put to the vote, there were 7 votes for, 3 against (Councillors Kilnwood, Lambs Green "
            "and Broadbridge) and 1 abstention.",
            "RESOLVED",
            "That application DC/23/0811 be approved subject to the conditions in the report and the "
            "completion of a legal agreement securing the affordable housing and the crossing."]),
        item("PCN/33", "DC/23/0952 - Bell Farm Barn, Friday Street, Warnham", [
            "The application was for the conversion of a timber-framed barn to two houses, with a new "
            "garage block. Officers recommended refusal.",
            "Members agreed that the barn was an attractive building that should be saved, but that the "
            "scheme as drawn would put large roof lights and a garage block into an open field setting.",
            "RESOLVED",
            "That application DC/23/0952 be refused, because the number and size of the new openings and "
            "the garage block would harm the character of the listed barn and its rural setting."]),
        item("PCN/34", "DC/23/1107 - Orchard Cottage, High Street, Rusper", [
            "This item was withdrawn from the agenda at the request of the applicant before the meeting."]),
        item("PCN/35", "DC/23/1164 - 12 Old Holbrook, Horsham", [
            "The application was for a single storey rear extension and a dormer window. It had been brought "
            "to committee because the applicant is a member of staff of the Council.",
            "RESOLVED",
            "That application DC/23/1164 be approved."]),
    ],
)


# =========================================================================== ModernGov item pages

doc(
    name="mgAi_ID40218_Gateshead_Cabinet", form="mg-item",
    council="Gateshead Council", stated="yes", committee="Cabinet", date="2022-06-21",
    site=site("Gateshead Council", "https://democracy.gateshead.gov.uk",
              "Civic Centre, Regent Street, Gateshead, NE8 1HH", "© Gateshead Council 2022",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Search"],
              breadcrumb=["Home", "Committees", "Cabinet", "Agenda item"]),
    meeting_line="21/06/2022 - Cabinet (Item 9.)",
    items=[
        item("C12", "Gateshead International Stadium - East Stand Roof", [
            "Consideration was given to a report on the roof over the east stand at Gateshead International "
            "Stadium, which covers 3,300 of the stadium's seats and the commentary positions.",
            "During a routine inspection in March, engineers found that many of the bolts fixing the roof "
            "sheets to the steel frame had corroded, and that two of the roof trusses had lost up to a "
            "third of their thickness where rainwater had collected. As a precaution the seats under the "
            "roof have been out of use since April.",
            "The report set out three options: patching the worst areas, replacing the sheeting and the "
            "damaged steelwork, or taking the roof down altogether. Cabinet supported the second, at an "
            "estimated cost of £1.65 million.",
            "Tyne Structural Steel Ltd, who are already on the Council's framework for bridges and "
            "structures, will carry out the repairs, starting in September.",
            "Members asked what this meant for the stadium's events. The Strategic Director said the "
            "rugby league fixtures would use the west stand, but whether the summer's athletics meetings "
            "could go ahead was still to be determined with the governing body.",
            "RESOLVED - That Cabinet approves the replacement of the east stand roof sheeting and damaged "
            "steelwork at Gateshead International Stadium at an estimated cost of £1.65 million."],
            intro="The Strategic Director, Economy, Innovation and Growth submitted a report.",
            links=[("East stand roof report", "690 KB"), ("Inspection summary", "214 KB")]),
    ],
)

doc(
    name="mgAi_ID2875_Rutland_Cabinet", form="mg-item",
    council="Rutland County Council", stated="yes", committee="Cabinet", date="2023-01-17",
    site=site("Rutland County Council", "https://rutlandcounty.moderngov.co.uk",
              "Catmose, Oakham, Rutland, LE15 6HP", "© Rutland County Council 2023",
              menu=["Home", "Councillors", "Meetings", "Committees", "Search"],
              breadcrumb=["Home", "Committees", "Cabinet", "Agenda item"]),
    meeting_line="17/01/2023 - Cabinet (Item 8.)",
    items=[
        item("117", "ELECTRIC VEHICLE CHARGING POINTS IN COUNCIL CAR PARKS", [
            "Report No. 12/2023 was received from the Strategic Director for Places. It was introduced by "
            "the Portfolio Holder for Planning, Highways and Transport.",
            "At present there are only four public charging points in the county's own car parks, all at "
            "Catmose. The report proposed 26 new charging points: 14 in Oakham (Church Street, South Street "
            "and Westgate car parks) and 12 in Uppingham (North Street East and Market Place), with two "
            "rapid chargers in each town.",
            "The chargers would be installed and run for fifteen years under a concession, so that the "
            "Council would pay nothing towards the equipment. The concession was offered through the "
            "Midlands Connect framework, and Welland Charge Networks was the only bidder to meet every "
            "requirement.",
            "Drivers would pay 45p per kilowatt hour on the standard chargers and 65p on the rapid ones, "
            "and the Council would receive 8 per cent of the income. Parking charges would still apply "
            "while vehicles were charging.",
            "A member asked what would happen if the operator went out of business. The Portfolio Holder "
            "said the equipment would pass to the Council.",
            "RESOLVED",
            "That Cabinet:",
            "1) APPROVED the installation of 26 electric vehicle charging points in council car parks in "
            "Oakham and Uppingham;",
            "2) AUTHORISED the Strategic Director for Places to enter into a concession agreement with "
            "Welland Charge Networks."],
            links=[("Report No. 12/2023", "540 KB")]),
    ],
)


# =========================================================================== ModernGov decision pages

doc(
    name="ieDecisionDetails_ID6612_Lincolnshire_Lincoln_Castle_Wall_Walk", form="mg-decision",
    council="Lincolnshire County Council", stated="yes", committee="Executive", date="2023-07-04",
    site=site("Lincolnshire County Council", "https://lincolnshire.moderngov.co.uk",
              "County Offices, Newland, Lincoln, LN1 1YL", "© Lincolnshire County Council 2023",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Search"],
              breadcrumb=["Home", "Decisions", "Decision details"],
              sidebar=["Decisions", "Forward plan", "Committee details", "Issue history"]),
    decision_title="Lincoln Castle - Renewal of the Medieval Wall Walk",
    fields=[("Decision Maker:", "Executive"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To approve the renewal of the timber walkway and handrails on the Medieval Wall Walk at "
            "Lincoln Castle."]),
        ("Decision:", [
            "That the Executive:",
            "1. Approves the renewal of the oak decking, handrails and access stairs of the Medieval Wall "
            "Walk at a cost of £1.38 million, to be met from the heritage capital budget.",
            "2. Approves the award of the contract to Witham Conservation Joinery, the highest scoring of "
            "four tenderers.",
            "3. Notes that the Wall Walk will be shut from November 2023 until Easter 2024, while the rest "
            "of the castle stays open."]),
        ("Reasons for the decision:", [
            "The walkway was built in 2015 as part of the Lincoln Castle Revealed project. Its oak boards "
            "have shrunk and cupped far more than expected, leaving gaps and lips that have caused 23 "
            "reported trips in two years, and water lying on the boards has begun to stain the medieval "
            "masonry below.",
            "The Wall Walk is the most popular part of a visit: 62 per cent of visitors surveyed in 2022 "
            "named it as their favourite feature.",
            "A structural audit of the Observatory Tower, which is reached from the Wall Walk, will be "
            "carried out while the scaffolding is in place."]),
        ("Alternative options considered:", [
            "Replacing the boards with composite decking was ruled out because Historic England would not "
            "support a plastic surface on the scheduled walls.",
            "Closing the Wall Walk permanently was rejected."]),
    ],
    tail=[("Publication date:", "05/07/2023"), ("Date of decision:", "04/07/2023"),
          ("Decided at meeting:", "04/07/2023 - Executive"), ("Effective from:", "13/07/2023")],
    links=[("Medieval Wall Walk report", "1 MB")],
)

doc(
    name="ieDecisionDetails_ID1904_Greenwich_Bowling_Greens", form="mg-decision",
    council="Royal Borough of Greenwich", stated="yes", committee="Cabinet", date="2021-03-17",
    site=site("Royal Borough of Greenwich", "https://committees.royalgreenwich.gov.uk",
              "The Woolwich Centre, 35 Wellington Street, London, SE18 6HQ", "© Royal Borough of Greenwich 2021",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Committees", "Search"],
              breadcrumb=["Home", "Decisions", "Decision details"],
              sidebar=["Decisions", "Forward plan", "Committee details", "Issue history"]),
    decision_title="Future of the Council's Bowling Greens",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "No"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To decide the future of the six bowling greens the Council maintains in its parks."]),
        ("Decision:", [
            "1. That the Council keep the bowling greens at Charlton Park, Eltham Park South, Maryon Park "
            "and Well Hall Pleasaunce, and maintain them to county standard.",
            "2. That the greens at Plumstead Common and Avery Hill Park be leased to the bowls clubs that "
            "play on them, on 25-year leases, from the start of the 2022 season.",
            "3. That each green kept by the Council be opened to the public for pay-and-play bowls on at "
            "least two afternoons a week."]),
        ("Reasons for the decision:", [
            "Membership of the borough's bowls clubs has fallen from 640 in 2010 to 310, and two greens "
            "were not played on at all in 2019.",
            "A public consultation last autumn drew 1,150 responses. It found that 71 per cent wanted the "
            "greens kept for bowls, and that many who had never played would try it if equipment could be "
            "hired on the day.",
            "Bringing the Charlton Park green back to county standard, after a season of patchy growth, "
            "would cost about £38,000; the other three greens need only routine care."]),
        ("Alternative options considered:", [
            "Turning the two least-used greens into wildflower areas was considered but not taken forward "
            "after the consultation."]),
    ],
    tail=[("Publication date:", "18/03/2021"), ("Date of decision:", "17/03/2021"),
          ("Decided at meeting:", "17/03/2021 - Cabinet"), ("Effective from:", "26/03/2021")],
    links=[("Bowling greens report", "760 KB"), ("Consultation report", "1 MB")],
)


# =========================================================================== printed minutes (PDF)

doc(
    name="Central_West_Planning_Committee_22032023_Minutes_Fife", form="pdf-minutes",
    council="Fife Council", stated="yes", committee="Central and West Planning Committee", date="2023-03-22",
    logo="Fife Council",
    title_lines=["THE FIFE COUNCIL - CENTRAL AND WEST PLANNING COMMITTEE",
                 "Council Chamber, City Chambers, Kirkcaldy / Blended Meeting",
                 "22 March 2023 10.00 am - 12.55 pm"],
    attendance=[("PRESENT:", "Councillors Alice Torryburn (Convener), Ian Culross, Derek Limekilns, Morag "
                             "Crossford, Sandy Saline, Jean Oakley, Neil Cairneyhill, Fiona Rosyth, Bill "
                             "Comrie, Helen Crombie, Tom Aberdour and Grant Halbeath."),
                ("ATTENDING:", "Service Manager, Development Management; Lead Officer, Transportation; "
                               "Solicitor; Committee Officer, Legal and Democratic Services.")],
    items=[
        item("87.", "DECLARATIONS OF INTEREST", [
            "Councillor Rosyth declared an interest in paragraph 90 as a member of the community "
            "council in Inverkeithing, and left the meeting during consideration of that item."]),
        item("88.", "22/03714/FULL - LAND TO SOUTH OF NORTH DUNFERMLINE STRATEGIC LAND ALLOCATION, "
                    "DUNFERMLINE", [
            "Erection of 132 dwellinghouses with associated landscaping, open space, SUDS and access.",
            "The committee heard that the site formed part of the Strategic Development Area in FIFEplan "
            "and that 33 of the houses would be affordable. Objectors had raised the capacity of local "
            "primary schools and the loss of views from Townhill Road.",
            "Motion",
            "Councillor Culross, seconded by Councillor Crossford, moved to approve the application subject "
            "to the conditions and reasons and the legal agreement set out in the report.",
            "Amendment",
            "Councillor Oakley, seconded by Councillor Halbeath, moved to refuse the application because "
            "the roads could not safely take the extra traffic until the northern link road was finished.",
            "Roll Call",
            "For the Motion - 8 votes: Councillors Torryburn, Culross, Limekilns, Crossford, Saline, "
            "Cairneyhill, Rosyth and Comrie.",
            "For the Amendment - 4 votes: Councillors Oakley, Crombie, Aberdour and Halbeath.",
            "Having received a majority of votes, the motion was carried.",
            "Decision",
            "The committee agreed to approve the application subject to the conditions and reasons detailed "
            "in the report and the completion of a legal agreement."]),
        item("89.", "22/04102/FULL - LAND AT WEST KILBAGIE, KINCARDINE", [
            "Erection of a single wind turbine (149.9 metres to blade tip) with crane pad, substation and "
            "access track.",
            "Decision",
            "The committee agreed to continue consideration of the application to a future meeting, to "
            "allow members to visit the site and see the turbine's position in relation to Tulliallan "
            "Castle."]),
        item("90.", "23/00155/FULL - 31 HIGH STREET, INVERKEITHING", [
            "Change of use from retail unit (Class 1A) to hot food takeaway (sui generis) with extract flue.",
            "The Service Manager explained that the application had been brought to committee following "
            "29 objections. The premises lie within the Inverkeithing town centre, where four of the ten "
            "units on that side of the High Street were already hot food takeaways.",
            "Decision",
            "The committee agreed to refuse the application because a further hot food takeaway would "
            "result in an over-concentration of such uses, harming the vitality of the town centre "
            "during the day."]),
    ],
    closing=["The meeting closed at 12.55 pm."],
    header="2023 CWPC 41", header_right="",
    footer=["- {n} -"],
    pdf_title="Central and West Planning Committee 22 March 2023 minute",
)

doc(
    name="Cabinet_06122021_Minutes_Pembrokeshire", form="pdf-minutes",
    council="Pembrokeshire County Council", stated="yes", committee="Cabinet", date="2021-12-06",
    logo="PEMBROKESHIRE COUNTY COUNCIL / CYNGOR SIR PENFRO",
    title_lines=["CABINET",
                 "Minutes of the meeting held at County Hall, Haverfordwest and remotely on Monday 6 "
                 "December 2021 at 10.00am"],
    attendance=[("Present:", "Councillor David Narberth (Leader, Chair); Councillors Cosheston, Lamphey, "
                             "Manorbier, Penally, Solva, Freystrop and Hook."),
                ("Also present:", "Chief Executive, Director of Community Services, Head of "
                                  "Infrastructure, Democratic Services Officer.")],
    items=[
        item("61.", "Minutes", [
            "The minutes of the meeting held on 1 November 2021 were confirmed as a true record and "
            "signed by the Chair."]),
        item("62.", "Saundersfoot Sea Wall - Repairs", [
            "The Cabinet Member for Infrastructure presented the report. A diving and visual inspection of "
            "the sea wall between the harbour and Coppet Hall in September had found that the concrete had "
            "spalled along a 60-metre length, exposing the steel reinforcing bars, and that the beach in "
            "front of it had dropped by almost a metre since 2014, undermining the toe of the wall.",
            "The repairs would add a new concrete toe, recast the damaged face and place rock armour at "
            "the eastern end. They were estimated at £1.12 million, of which the Welsh Government coastal "
            "risk programme would meet 85 per cent.",
            "Work would start in February 2022, outside the holiday season, and be finished by the end of "
            "May. Councillor Penally asked that the village's businesses be kept informed, and the Cabinet "
            "Member agreed that there would be a monthly drop-in at the harbour offices.",
            "RESOLVED:",
            "(a) That the repairs to Saundersfoot sea wall be approved at an estimated cost of £1.12 "
            "million;",
            "(b) That the contract be awarded to Cleddau Coastal Civils Ltd, the lowest compliant tender."]),
        item("63.", "Public Toilets - Winter Opening", [
            "RESOLVED: That the public toilets at Tenby South Beach, Newgale and Fishguard Square stay open "
            "through the winter, with the extra cost of £14,500 shared with the town and community "
            "councils."]),
    ],
    closing=["The meeting ended at 11.40am.", "Chair"],
    header="Cabinet 06.12.21", header_right="",
    footer=["Page {n} of {total}"],
    pdf_title="Cabinet minutes 6 December 2021",
)

doc(
    name="Cabinet_9_February_2023_Minutes_TelfordWrekin", form="pdf-minutes",
    council="Telford and Wrekin Council", stated="yes", committee="Cabinet", date="2023-02-09",
    logo="Telford and Wrekin Council",
    title_lines=["CABINET",
                 "Minutes of a meeting of the Cabinet held on Thursday 9 February 2023 at 10.00 am in The "
                 "Council Chamber, Third Floor, Southwater One, Telford, TF3 4JG"],
    attendance=[("Present:", "Councillors S Madeley (Chair), R Dawley (Vice-Chair), A Hadley, L Lawley, "
                             "K Wellington, P Donnington, J Ketley and C Oakengates."),
                ("In Attendance:", "Chief Executive, Director: Prosperity & Investment, Associate Director: "
                                   "Policy & Governance, Democracy Officer.")],
    items=[
        item("CAB-47", "Minutes of the Previous Meeting", [
            "RESOLVED - that the minutes of the meeting held on 12 January 2023 be confirmed and signed by "
            "the Chair."]),
        item("CAB-48", "Ironbridge Gorge - Stabilisation of the Slope above The Wharfage", [
            "Councillor Dawley, Cabinet Member for Highways, presented the report on the wooded slope that "
            "rises behind the houses on The Wharfage in Ironbridge.",
            "Inclinometers installed in boreholes in 2021 had found that the slope was creeping downhill "
            "by about 8 millimetres a year, and that the movement was in a layer of clay some nine metres "
            "below ground. Cracks had appeared in three garden walls and the footway of The Wharfage.",
            "The proposed works would drive a line of steel piles along the foot of the slope and install "
            "deep drains to take water out of the clay. The cost was estimated at £3.2 million, of which "
            "£2.4 million had been secured from the Government's land stability programme.",
            "Councillor Hadley asked whether The Wharfage would need to be closed to traffic while the "
            "piling took place. Councillor Dawley said that the traffic arrangements had yet to be worked "
            "out with the contractor and would be shared with residents as soon as they were known.",
            "The recommendations were moved by Councillor Dawley and seconded by Councillor Ketley.",
            "RESOLVED - that:",
            "a) the stabilisation works above The Wharfage be approved at an estimated cost of £3.2 "
            "million; and",
            "b) delegated authority be granted to the Director: Prosperity & Investment to award the "
            "contract."]),
        item("CAB-49", "Fly-Tipping - Neighbourhood Enforcement", [
            "RESOLVED - that the Council's fly-tipping enforcement team be increased by two officers, and "
            "that vehicles used for fly-tipping be seized where the law allows."]),
    ],
    closing=["The meeting ended at 11.02 am", "Chairman:", "Date:"],
    header="CAB", header_right="",
    footer=["Telford & Wrekin Council - Cabinet - 9 February 2023", "{n}"],
    pdf_title="Cabinet minutes 9 February 2023",
)

doc(
    name="EIED_Committee_31082022_Minutes_PerthKinross", form="pdf-minutes",
    council="Perth and Kinross Council", stated="yes",
    committee="Environment, Infrastructure and Economic Development Committee", date="2022-08-31",
    logo="PERTH AND KINROSS COUNCIL",
    title_lines=["Environment, Infrastructure and Economic Development Committee",
                 "Minute of meeting of the Environment, Infrastructure and Economic Development Committee "
                 "held in the Council Chamber, 2 High Street, Perth on Wednesday 31 August 2022 at 9.30am."],
    attendance=[("Present:", "Councillors A Blairgowrie (Convener), K Comrie, L Dunkeld, M Kinross, "
                             "S Scone, R Stanley, D Almond, F Errol, J Methven, T Luncarty, P Coupar and "
                             "H Invergowrie."),
                ("In Attendance:", "Executive Director (Communities); Head of Environmental and "
                                   "Consumer Services; Traffic and Network Manager; Committee Officer.")],
    items=[
        item("380.", "MINUTE OF PREVIOUS MEETING", [
            "The minute of the meeting of the Environment, Infrastructure and Economic Development Committee "
            "of 22 June 2022 was submitted and approved as a correct record."]),
        item("381.", "20MPH SPEED LIMITS - CRIEFF AND ABERFELDY", [
            "There was submitted a report by the Executive Director (Communities) on the outcome of the "
            "experimental 20mph limits in the centres of Crieff and Aberfeldy.",
            "The twelve-month trial found that average speeds on the streets covered had fallen by 3.1 "
            "mph, and that the number of vehicles travelling at over 30mph had halved. There had been no "
            "injury accidents in either area during the trial, against five in the year before.",
            "A further experimental 20mph limit will be introduced in Pitlochry in spring 2023, and its "
            "results will be reported to a future meeting of the Committee.",
            "Motion (Councillors Dunkeld and Kinross)",
            "(i) That the 20mph limits in Crieff and Aberfeldy be made permanent.",
            "(ii) That the limits be extended to the residential streets around Crieff High School.",
            "Amendment (Councillors Errol and Methven)",
            "That the limits be made permanent only on the main shopping streets, and reviewed again after "
            "two years.",
            "In terms of Standing Order 21.5, a roll call vote was taken.",
            "9 members voted for the Motion: Councillors Blairgowrie, Comrie, Dunkeld, Kinross, Scone, "
            "Stanley, Almond, Coupar and Invergowrie.",
            "3 members voted for the Amendment: Councillors Errol, Methven and Luncarty.",
            "Resolved:",
            "In accordance with the Motion."]),
        item("382.", "BUS SHELTER REPLACEMENT PROGRAMME 2022/23", [
            "Resolved:",
            "(i) That 35 bus shelters be replaced in 2022/23, starting with those in Perth, Blairgowrie "
            "and Auchterarder that were found in the condition survey to be in the worst state.",
            "(ii) That the new bus shelters have seating and real-time information displays where a power "
            "supply is available."]),
    ],
    closing=["~~~~~~"],
    header="", footer=["{n}"],
    pdf_title="EIED Committee minute 31 August 2022",
)

doc(
    name="Cabinet_Minutes_10_July_2023_Hampshire", form="pdf-minutes",
    council="Hampshire County Council", stated="yes", committee="Cabinet", date="2023-07-10",
    logo="HAMPSHIRE COUNTY COUNCIL",
    title_lines=["Minutes of a meeting of the Cabinet of Hampshire County Council held at The Castle, "
                 "Winchester on Monday, 10th July, 2023"],
    attendance=[("Chairman:", "* Councillor Robert Hursley"),
                ("", "* Councillor Edward Bishopstoke, * Councillor Jan Compton, * Councillor Roz Botley, "
                     "* Councillor Liz Twyford, * Councillor Nick Otterbourne, * Councillor Pete Fawley, "
                     "* Councillor Kate Hamble"),
                ("", "*Present")],
    items=[
        item("106.", "APOLOGIES FOR ABSENCE", [
            "All members of the Cabinet were present."]),
        item("107.", "MINUTES OF PREVIOUS MEETING", [
            "The minutes of the meeting held on 12 June 2023 were confirmed as a correct record and signed "
            "by the Chairman."]),
        item("108.", "CALSHOT ACTIVITIES CENTRE - RENEWAL OF THE SAILING FLEET AND PONTOONS", [
            "Cabinet considered a report of the Director of Culture, Communities and Business Services on "
            "the sailing and watersports equipment at Calshot Activities Centre, which the County Council "
            "has run on Calshot Spit since 1984.",
            "An audit of the fleet carried out by the centre's senior instructors over the winter had found "
            "that 40 of the centre's 110 dinghies were beyond economic repair and that a further 25 would "
            "need new sails and rigging within two years. The pontoons at the slipway were also found to "
            "be worn, with several floats letting in water.",
            "The report proposed buying 40 new training dinghies and 12 safety boats over two years, and "
            "replacing the pontoons. Following a procurement exercise the boats would be supplied by the "
            "Solent Dinghy Company, which had offered a buy-back scheme for the oldest boats.",
            "The total cost was £1.46 million, to be met from the centre's own reserves and a prudential "
            "loan repaid from its income.",
            "The Executive Member said that Calshot had welcomed 38,500 young people on residential and "
            "day courses in 2022, most of them from Hampshire schools.",
            "RESOLVED:",
            "That Cabinet approves the replacement of 40 dinghies, 12 safety boats and the slipway pontoons "
            "at Calshot Activities Centre at a total cost of £1.46 million."]),
    ],
    closing=["Chairman,"],
    header="", footer=["{n}"],
    pdf_title="Cabinet 10 July 2023 minutes",
)

doc(
    name="Cabinet_03092020_Minutes_Sefton", form="pdf-minutes",
    council="Sefton Metropolitan Borough Council", stated="yes", committee="Cabinet", date="2020-09-03",
    logo="Sefton Metropolitan Borough Council",
    title_lines=["CABINET",
                 "MEETING HELD AS A VIRTUAL MEETING ON THURSDAY 3RD SEPTEMBER, 2020",
                 "PRESENT: Councillor Ian Ainsdale (in the Chair)",
                 "Councillors Birkdale, Formby, Hightown, Litherland, Netherton, Maghull and Crosby"],
    attendance=[("ALSO PRESENT:", "Councillor Aintree.")],
    items=[
        item("31.", "APOLOGIES FOR ABSENCE", [
            "No apologies for absence were received."]),
        item("32.", "MINUTES OF THE PREVIOUS MEETING", [
            "Decision Made:",
            "That the minutes of the meeting held on 30 July 2020 be confirmed as a correct record."]),
        item("33.", "SOUTHPORT PIER - RENEWAL OF THE DECK", [
            "The Cabinet considered the report of the Executive Director of Corporate Resources and "
            "Customer Services on Southport Pier, which has been closed to the public since December 2019.",
            "A routine inspection in December 2019 had found that deck boards along much of the pier had "
            "rotted from beneath and that some of the timber joists supporting them had split, so that the "
            "pier had to be shut at short notice.",
            "The proposal was to replace 420 metres of timber decking and the joists beneath it, and to "
            "repaint the handrails along the whole length. The estimated cost was £2.9 million, including "
            "a contingency, because the condition of the joists could only be fully known once the boards "
            "were lifted.",
            "In reply to a question from Councillor Birkdale, the Cabinet Member for Regeneration and "
            "Skills said that no date could yet be given for the pier to reopen; the contractor would only "
            "be able to set a programme once the deck had been opened up.",
            "The Cabinet Member also said that the pier tram would not run again in its present form, "
            "because its batteries and wheels were worn out, and that options for a replacement would be "
            "brought back to Cabinet.",
            "Decision Made:",
            "That the renewal of the deck of Southport Pier be approved at an estimated cost of £2.9 "
            "million."]),
        item("34.", "FLY-TIPPING AND LITTER ENFORCEMENT CONTRACT", [
            "Decision Made:",
            "That the fly-tipping and litter enforcement contract be extended for one year to 31 October "
            "2021, with a report on bringing the service in house to follow."]),
    ],
    closing=["The meeting closed at 10.55 am."],
    header="Cabinet - Thursday 3rd September, 2020", header_right="",
    footer=["{n}"],
    pdf_title="Cabinet 3 September 2020 minutes",
)


# =========================================================================== Public Document Packs (PDF)

doc(
    name="Cabinet_24042024_Agenda_Pack_Cornwall", form="pdf-pack",
    council="Cornwall Council", stated="yes", committee="Cabinet", date="2024-04-24",
    cover=["Cornwall Council", "Cabinet", "Wednesday, 24th April, 2024 at 10.00 am",
           "Trelawny Room, New County Hall, Truro, TR1 3AY"],
    cover_body=[
        "Members: Councillors Linda Launceston (Chair), Martin Bodmin, Sarah Fowey, Peter Helston, Anna "
        "Liskeard, Tom Padstow, Carol Saltash, Jim Hayle and Kate Wadebridge.",
        "Contact: Democratic Services, Tel: 0300 1234 100, Email: democracy@cornwall.gov.uk"],
    agenda=[("1", "Apologies"), ("2", "Declarations of interest"),
            ("3", "Minutes of the meeting held on 20 March 2024 ({minutes})"),
            ("4", "Public questions"),
            ("5", "Great Flat Lode Trail - Resurfacing and Access Improvements ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["CORNWALL COUNCIL",
                      "CABINET",
                      "Minutes of a meeting of the Cabinet held in the Trelawny Room, New County Hall, Truro, "
                      "on Wednesday 20 March 2024 commencing at 10.00 am."],
    attendance=[("Present:", "Councillors Launceston (Chair), Bodmin, Fowey, Helston, Liskeard, Padstow, "
                             "Saltash, Hayle and Wadebridge.")],
    prev_items=[
        item("111", "Minutes", [
            "The minutes of the meeting held on 21 February 2024 were agreed without amendment."]),
        item("112", "Public Toilets - Town and Parish Transfers", [
            "The Cabinet noted that 28 public toilets had now been taken on by town and parish councils, "
            "and resolved to offer a one-off grant of up to £5,000 to any council taking on one of the "
            "remaining nine blocks, including those at Polzeath and Porthtowan."]),
        item("113", "Carbon Neutral Cornwall Annual Report", [
            "The Cabinet received the annual report and agreed that it be published."]),
    ],
    report={
        "title_lines": ["Cabinet", "24 April 2024",
                        "Great Flat Lode Trail - Resurfacing and Access Improvements",
                        "Portfolio Holder: Councillor Martin Bodmin, Portfolio Holder for Environment and "
                        "Climate Change",
                        "Divisions affected: Camborne Trelowarren; Carn Brea; Four Lanes, Beacon and Troon"],
        "cover": [("Key decision:", "Yes"), ("Contact:", "Countryside Access Manager")],
        "sections": [
            ("1. Recommendations", [
                "1.1 That the Cabinet approves the resurfacing of 11.2 kilometres of the Great Flat Lode "
                "Trail and the improvements to its entrances set out in section 4, at a cost of £780,000.",
                "1.2 That the Cabinet delegates the award of the contract to the Strategic Director for "
                "Economic Growth and Development."]),
            ("2. Purpose", [
                "2.1 The Great Flat Lode Trail is a 12-kilometre circular route for walkers, cyclists and "
                "horse riders through the mining landscape around Carn Brea, part of the Cornish Mining "
                "World Heritage Site. Its surface was last renewed in 2008."]),
            ("3. Background", [
                "3.1 Counters at four points on the trail recorded 96,000 trips in 2022.",
                "3.2 A survey of 600 trail users last summer found that the loose stone surface and the "
                "potholes on the climbs above Wheal Frances were the main complaints, and that a third of "
                "the parents asked would not take young children on bikes beyond Brea village.",
                "3.3 Six entrances have kissing gates or barriers that a wheelchair, a tandem or a "
                "cycle with a trailer cannot pass."]),
            ("4. Proposal", [
                "4.1 The trail would be resurfaced with a bound, stone-coloured surface that matches the "
                "mine waste tips, and the six entrances fitted with accessible gates. Work would be done "
                "in sections from September 2024 to March 2025, so that no more than 2 kilometres were "
                "closed at any time."]),
            ("5. Financial implications", [
                "5.1 The cost of £780,000 would be met from the Shared Prosperity Fund (£500,000) and "
                "the countryside capital budget (£280,000)."]),
            ("6. Procurement", [
                "6.1 A mini competition was run under the Council's highways framework. Kernow Trailworks "
                "scored highest on quality and price and is recommended as the contractor."]),
        ],
    },
    header="", footer=["Page {n}"], number_offset=2,
    pdf_title="Cabinet 24 April 2024 agenda pack",
)

doc(
    name="Executive_06112019_Agenda_Pack_NorthSomerset", form="pdf-pack",
    council="North Somerset Council", stated="yes", committee="Executive", date="2019-11-06",
    cover=["North Somerset Council", "Executive", "Date: Wednesday, 6 November 2019", "Time: 2.30 pm",
           "Place: New Council Chamber, Town Hall, Weston-super-Mare, BS23 1UJ"],
    cover_body=[
        "To: Members of the Executive - Councillors Don Clevedon (Chairman), Nigel Portishead, Mike "
        "Nailsea, Ann Yatton, Peter Winscombe and Helen Banwell.",
        "Contact officer: Democratic Services, Tel: 01934 634621"],
    agenda=[("1", "Public discussion"), ("2", "Apologies for absence"),
            ("3", "Minutes of the meeting held on 2 October 2019 ({minutes})"),
            ("4", "Declarations of disclosable pecuniary interest"),
            ("5", "Marine Lake, Weston-super-Mare - Causeway Repairs ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["Minutes", "of the Meeting of", "The Executive",
                      "Wednesday, 2 October 2019", "New Council Chamber, Town Hall, Weston-super-Mare"],
    attendance=[("Present:", "Councillors Clevedon (Chairman), Portishead, Nailsea, Yatton, Winscombe and "
                             "Banwell.")],
    prev_items=[
        item("EXE 31", "Minutes", ["Resolved: that the minutes of the meeting of 4 September 2019 be approved "
                                   "as a correct record."]),
        item("EXE 32", "Bus Shelters on the A370", [
            "Resolved: that 14 bus shelters on the A370 between Congresbury and Weston-super-Mare be "
            "replaced, with raised kerbs at each stop."]),
        item("EXE 33", "Bowling Greens in Council Parks", [
            "Resolved: that the bowling greens at Clarence Park and Grove Park be leased to the clubs "
            "that use them, with the Council meeting half the cost of resurfacing the Grove Park green "
            "in the first year."]),
    ],
    report={
        "title_lines": ["North Somerset Council", "Report to the Executive", "Date of meeting: 6 November 2019",
                        "Subject of report: Marine Lake, Weston-super-Mare - Causeway Repairs",
                        "Town or parish: Weston-super-Mare",
                        "Officer/member presenting: Executive Member for Assets"],
        "cover": [("Key decision:", "Yes"),
                  ("Reason:", "Expenditure over £500,000.")],
        "sections": [
            ("Recommendations", [
                "That the Executive approves repairs to the Marine Lake causeway at an estimated cost of "
                "£865,000, and authorises officers to tender the works."]),
            ("1. Summary of report", [
                "1.1 Marine Lake was formed in 1929 by building a causeway across the bay at Glentworth "
                "Bay, so that a pool of sea water is held back at low tide for bathing and paddling.",
                "1.2 An engineering inspection of the causeway in April found that the stone facing on the "
                "seaward side had lost its mortar over long stretches, and that sea water was flowing "
                "through two holes under the causeway, so that the lake drained down by about 300 "
                "millimetres on each low tide."]),
            ("2. Policy", [
                "2.1 The seafront is at the heart of the visitor economy, and Marine Lake is one of the few "
                "places on the seafront where children can paddle whatever the state of the tide."]),
            ("3. Details", [
                "3.1 Patching the holes with concrete, as was done in 2012, was not recommended: the "
                "engineers found that water would find another way through within a few winters unless "
                "the core of the causeway was grouted.",
                "3.2 The works would grout the core, repoint and re-face the seaward wall, and replace the "
                "sluice. They would be done between October 2020 and March 2021, when the lake is least "
                "used.",
                "3.3 The works will be put out to tender in January 2020, and the contract award will be "
                "reported to the Executive in March."]),
            ("4. Financial implications", [
                "4.1 The estimated cost of £865,000 would be met from the Council's capital programme, with "
                "£250,000 sought from the Environment Agency towards the sluice."]),
        ],
    },
    header="", footer=["{n}"], number_offset=2,
    pdf_title="Executive 6 November 2019 agenda pack",
)

doc(
    name="EDIS_Committee_15032022_Agenda_Pack_Moray", form="pdf-pack",
    council="Moray Council", stated="yes",
    committee="Economic Development and Infrastructure Services Committee", date="2022-03-15",
    cover=["Moray Council", "Economic Development and Infrastructure Services Committee",
           "Tuesday, 15 March 2022", "9:30 am - Council Chambers, Council Office, High Street, Elgin, IV30 1BX"],
    cover_body=[
        "NOTICE IS HEREBY GIVEN that a Meeting of the Economic Development and Infrastructure Services "
        "Committee is to be held at the Council Chambers, Council Office, High Street, Elgin on Tuesday, 15 "
        "March 2022 at 09:30.",
        "Clerk Name: Lissa Rowan, Clerk Telephone: 01343 563015"],
    agenda=[("1", "Sederunt"), ("2", "Declaration of Group Decisions and Members Interests"),
            ("3", "Minute of meeting dated 1 February 2022 ({minutes})"),
            ("4", "Lossiemouth East Beach Bridge - Replacement ({report})")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["MORAY COUNCIL",
                      "Minute of Meeting of the Economic Development and Infrastructure Services Committee",
                      "Tuesday, 01 February 2022",
                      "Council Chambers, Council Office, High Street, Elgin, IV30 1BX"],
    attendance=[("PRESENT", "Councillors Buckie (Chair), Keith, Forres, Rothes, Burghead, Aberlour, Fochabers "
                            "and Findhorn.")],
    prev_items=[
        item("1.", "Chair", ["Councillor Buckie, as Chair of the Committee, chaired the meeting."]),
        item("2.", "Christmas Lights Grant Scheme", [
            "The Committee agreed that the Christmas lights grant for community groups be continued at "
            "£1,500 a town for three more years, and that groups in Elgin, Forres, Keith and Buckie be "
            "asked to share a single contract for putting the lights up."]),
        item("3.", "Winter Maintenance Review", [
            "The Committee noted the review of the 2020/21 winter and agreed the gritting routes for "
            "2022/23."]),
    ],
    report={
        "title_lines": ["REPORT TO: ECONOMIC DEVELOPMENT AND INFRASTRUCTURE SERVICES COMMITTEE ON 15 MARCH 2022",
                        "SUBJECT: LOSSIEMOUTH EAST BEACH BRIDGE - REPLACEMENT",
                        "BY: DEPUTY CHIEF EXECUTIVE (ECONOMY, ENVIRONMENT AND FINANCE)"],
        "cover": [("Report reference:", "EDIS/2022/14")],
        "sections": [
            ("1. REASON FOR REPORT", [
                "1.1 To ask the Committee to approve the construction of a new footbridge across the River "
                "Lossie to Lossiemouth East Beach."]),
            ("2. RECOMMENDATION", [
                "2.1 It is recommended that the Committee agrees to the construction of a new footbridge to "
                "East Beach at a cost of £1.9 million, and notes the appointment of Speyside Bridges Ltd as "
                "design and build contractor."]),
            ("3. BACKGROUND", [
                "3.1 The timber footbridge to East Beach, built in 1918, was closed in June 2019 after it "
                "was found to be unsafe. Since then the beach has only been reachable on foot at low tide, "
                "or by a temporary bridge which has twice been damaged in storms.",
                "3.2 Before the closure about 250,000 people crossed the bridge each year, and the beach is "
                "central to the town's tourist trade."]),
            ("4. PROPOSALS", [
                "4.1 The new bridge would be 120 metres long and 3 metres wide, with a steel structure "
                "finished in a grey that weathers towards the colour of driftwood. It would be wide enough "
                "for a beach wheelchair and for the beach cleaning vehicle.",
                "4.2 The bridge is expected to open in early summer 2023."]),
            ("5. FINANCIAL IMPLICATIONS", [
                "5.1 The £1.9 million would be met from the Council's capital plan (£800,000), the Moray "
                "Growth Deal (£750,000) and the Scottish Government's Place Based Investment Programme "
                "(£350,000)."]),
            ("6. PROCUREMENT", [
                "6.1 Three firms were invited to tender through the Scotland Excel framework, and the "
                "design and build contract was awarded to Speyside Bridges Ltd on quality and price."]),
        ],
    },
    header="", footer=["Page {n}"], number_offset=2,
    pdf_title="EDIS Committee 15 March 2022 agenda pack",
)


# =========================================================================== Word reports

doc(
    name="Cabinet_18_June_2024_Beach_Huts_Report_Torbay", form="docx-report",
    council="Torbay Council", stated="yes", committee="Cabinet", date="2024-06-18",
    letterhead=["Torbay Council", "Meeting: Cabinet    Date: 18 June 2024",
                "Wards affected: Churston-with-Galmpton; Goodrington with Roselands"],
    report={
        "title_lines": ["Report Title: Beach Huts at Broadsands and Goodrington - Replacement Programme",
                        "When does the decision need to be implemented? Immediately, so that huts can be "
                        "ordered for spring 2025",
                        "Cabinet Member Contact Details: Cabinet Member for Tourism, Culture and Events",
                        "Director Contact Details: Director of Pride in Place"],
        "cover": [],
        "sections": [
            ("1. Purpose of Report", [
                "1.1 The Council lets 212 beach huts at Broadsands and Goodrington, most of them on annual "
                "licences. Many are at the end of their life. This report asks Cabinet to approve a "
                "programme to replace the worst of them."]),
            ("2. Reason for Proposal and its benefits", [
                "2.1 A condition survey of every hut was carried out in March 2024. It found that 58 huts, "
                "nearly all on the lower promenade at Broadsands, had rot in their floor joists or frames "
                "and should not be let beyond this season, and that a further 40 would need new roofs "
                "within three years.",
                "2.2 The huts bring in about £310,000 a year, and the waiting list stands at over 600 "
                "names. Every hut taken out of use without a replacement loses income and lets down a "
                "licence holder, some of whom have had the same hut for thirty years."]),
            ("3. Recommendation(s) / Proposed Decision", [
                "3.1 That 58 beach huts at Broadsands be replaced with new huts in time for the 2025 "
                "season, at a cost of up to £493,000 from prudential borrowing, repaid from hut income.",
                "3.2 That existing licence holders of the huts being replaced be offered the new hut on "
                "the same pitch."]),
            ("4. Options", [
                "4.1 Repairing the 58 huts was considered. Because the frames are affected, repair would "
                "cost about two-thirds of the price of a new hut and would add perhaps ten years to their "
                "life.",
                "4.2 The new huts would be built from thermally treated larch on galvanised steel bases, "
                "raised 300 millimetres above the promenade to keep them clear of spray and storm water."]),
            ("5. Financial Implications", [
                "5.1 The cost works out at about £8,500 a hut, including delivery, bases and removal of "
                "the old huts. Licence fees for the new huts will be set as part of the fees and charges "
                "report in the autumn and cannot be given yet; officers expect them to be higher than "
                "for the present huts."]),
            ("6. Procurement", [
                "6.1 Quotations were sought from four suppliers. Dart Timber Buildings offered the best "
                "combination of price, build quality and a 25-year guarantee, and will build and install "
                "the new huts over the winter."]),
        ],
    },
    header="Torbay Council - Cabinet 18 June 2024", footer=["Page 1"],
    docx_author="Governance Support",
)

doc(
    name="Cabinet_6_October_2021_Caldicot_Castle_Play_Report_Monmouthshire", form="docx-report",
    council="Monmouthshire County Council", stated="yes", committee="Cabinet", date="2021-10-06",
    letterhead=["MONMOUTHSHIRE COUNTY COUNCIL", "SUBJECT: CALDICOT CASTLE COUNTRY PARK - NEW PLAY AREA AND "
                "VISITOR FACILITIES"],
    report={
        "title_lines": ["MEETING: CABINET", "DATE: 6th October 2021",
                        "DIVISION/WARDS AFFECTED: Caldicot Castle; West End"],
        "cover": [("1. PURPOSE:", "To seek approval for a new play area and improved visitor facilities "
                                  "at Caldicot Castle Country Park.")],
        "sections": [
            ("2. RECOMMENDATIONS:", [
                "2.1 That Cabinet approves a new natural play area in the country park at Caldicot Castle, "
                "together with a new path network and car park improvements, at a cost of £347,000.",
                "2.2 That the capital budget for 2021/22 be increased by £347,000, funded from section 106 "
                "contributions from the Caldicot housing developments."]),
            ("3. KEY ISSUES:", [
                "3.1 The country park's only play equipment, a wooden climbing frame near the castle "
                "gatehouse, was removed in 2019 after it failed its annual inspection. Since then the "
                "park has had nothing for younger children, and the number of family visits has fallen.",
                "3.2 The castle and country park received 92,000 visits in 2019. Surveys of visitors "
                "showed that families with children under ten made up less than a fifth of them, far "
                "fewer than at comparable sites in south Wales.",
                "3.3 The new play area would be built into the slope below the castle walls, using logs, "
                "boulders, sand and water, with a rope bridge and a lookout tower echoing the castle's own. "
                "The design is by Usk Valley Landscape Design, who led the workshops with pupils from "
                "Durand and Dewstow primary schools.",
                "3.4 Two electric vehicle charging points would be added in the castle car park, and the "
                "car park would be resurfaced.",
                "3.5 An ecology survey of the moat and the old fishponds will be carried out in spring "
                "2022, before the path works reach that part of the park."]),
            ("4. EVALUATION CRITERIA:", [
                "4.1 Visitor numbers and the make-up of visitors will be reported after the first full "
                "year."]),
            ("5. REASONS:", [
                "5.1 To give families a reason to visit and stay longer, which in turn supports the castle "
                "tearoom's income and the events programme."]),
            ("6. RESOURCE IMPLICATIONS:", [
                "6.1 Annual inspection and maintenance of the play area is estimated at £6,000, met from "
                "the country park's revenue budget."]),
        ],
    },
    header="", footer=["Monmouthshire County Council"],
    docx_author="Democratic Services",
)


# =========================================================================== Word minutes

doc(
    name="DMC_Minutes_18_January_2024_Sevenoaks", form="docx-minutes",
    council="Sevenoaks District Council", stated="yes", committee="Development Management Committee",
    date="2024-01-18",
    title_lines=["SEVENOAKS DISTRICT COUNCIL",
                 "DEVELOPMENT MANAGEMENT COMMITTEE",
                 "Minutes of the meeting held on 18 January 2024 commencing at 7.00 pm"],
    attendance=[("Present:", "Cllr. Otford (Chairman), Cllr. Kemsing (Vice Chairman), Cllrs. Dunton Green, "
                             "Halstead, Hextable, Leigh, Penshurst, Seal, Shoreham, Sundridge, Weald, "
                             "Brasted and Riverhead."),
                ("Apologies for absence were received from", "Cllr. Chiddingstone.")],
    items=[
        item("48.", "Minutes", [
            "Resolved: That the minutes of the Development Management Committee meeting held on 14 "
            "December 2023 be approved and signed by the Chairman as a correct record."]),
        item("49.", "Declarations of Interest or Predetermination", [
            "Cllr. Hextable declared that he was a Swanley town councillor, and that the town council had commented on "
            "application 23/02114/FUL, but that he had not taken part in its discussion."]),
        item("50.", "23/02114/FUL - Former Bus Garage, London Road, Swanley", [
            "The proposal sought permission for the demolition of the former bus garage and the erection of "
            "a five-storey building of 36 flats, with 24 parking spaces and cycle storage.",
            "The Committee was addressed by the following speakers: against, a resident of London Road; "
            "for, the applicant's agent; and the local member.",
            "Members asked about parking. Officers said the site was close to Swanley station and that 24 "
            "spaces met the Council's parking standards for a town centre location.",
            "It was moved by the Chairman that the recommendation in the report be agreed.",
            "The motion was put to the vote and there voted -",
            "9 votes in favour of the motion",
            "4 votes against the motion (Cllrs. Halstead, Leigh, Seal and Weald)",
            "Resolved: That planning permission be granted subject to the conditions set out in the report."]),
        item("51.", "23/02561/HOUSE - Tudor Cottage, Pilgrims Way West, Otford", [
            "The proposal sought permission for a two-storey side extension and a detached garage.",
            "Members considered that the extension was subservient to the cottage and would not harm the "
            "Green Belt.",
            "Resolved: That planning permission be granted subject to the conditions set out in the report."]),
        item("52.", "23/02790/FUL - Land East of Mill Hill, Edenbridge", [
            "The proposal sought permission for 14 houses on land next to the River Eden.",
            "Before the item was considered, the Chairman announced that officers had received a late "
            "response from the Environment Agency on flood risk which members had not had time to read.",
            "Resolved: That the application be deferred to a future meeting so that the Environment "
            "Agency's response could be considered."]),
        item("53.", "23/03001/FUL - The Old Forge, The Green, Westerham", [
            "The proposal sought permission for the change of use of the former forge to a single dwelling, "
            "with a two-storey rear extension and a new dormer.",
            "Members agreed with officers that the two-storey extension would be out of scale with the "
            "Grade II listed forge and would be clearly visible from The Green, in the Westerham "
            "Conservation Area.",
            "It was moved by the Chairman that the recommendation be agreed, and the motion was put to "
            "the vote. There voted - 11 votes in favour of the motion, 1 vote against.",
            "Resolved: That planning permission be refused because the size and bulk of the rear "
            "extension would harm the character of the listed building and of the Conservation Area."]),
    ],
    closing=["THE MEETING WAS CONCLUDED AT 9.24 PM", "CHAIRMAN"],
    header="Development Management Committee - 18 January 2024", footer=["Sevenoaks District Council"],
    docx_author="Democratic Services",
)

doc(
    name="Cabinet_Minutes_13_July_2022_Enfield", form="docx-minutes",
    council="London Borough of Enfield", stated="yes", committee="Cabinet", date="2022-07-13",
    title_lines=["LONDON BOROUGH OF ENFIELD",
                 "MINUTES OF THE MEETING OF THE CABINET HELD ON WEDNESDAY, 13 JULY 2022"],
    attendance=[("MEMBERS:", "Councillors Nesil Edmonton (Leader of the Council), Ian Southgate (Deputy "
                             "Leader), Rick Bush Hill, Gina Chase, Ayten Ponders, Tim Winchmore, Alev Ridgeway "
                             "and Mo Cockfosters."),
                ("Officers:", "Chief Executive, Executive Director Environment and Communities, Head of "
                              "Parks and Open Spaces, Secretary.")],
    items=[
        item("1", "APOLOGIES", ["There were no apologies for absence."]),
        item("2", "FORTY HALL FARM - NEW LEARNING BARN", [
            "Councillor Winchmore (Cabinet Member for Environment) introduced the report, which proposed a "
            "new learning barn at Forty Hall Farm, the organic farm on the Forty Hall estate run with "
            "Capel Manor College.",
            "The farm's school visits took place in a converted cattle shed with no heating, and in the "
            "winter months classes had to be turned away. About 6,800 pupils had visited in 2019, and the "
            "farm could take twice that number with a proper building.",
            "The barn would be a timber-framed building with a classroom for 32, a room for washing and "
            "cooking produce, and solar panels on its south-facing roof. The cost was £920,000, of which "
            "£400,000 would come from the Mayor's Green and Resilient Spaces Fund.",
            "NOTED that the barn would be built by Lea Valley Timber Frame Ltd, appointed through the "
            "Council's construction framework, with work to start in October 2022.",
            "Councillor Chase asked whether the barn could be used in the evenings by community groups. "
            "Councillor Winchmore said that it could, and that the farm would be asked to keep two "
            "evenings a week free for local groups at no charge.",
            "DECISION: The Cabinet agreed to approve the construction of a learning barn at Forty Hall Farm "
            "at a cost of £920,000."]),
        item("3", "CHRISTMAS LIGHTS IN TOWN CENTRES", [
            "DECISION: The Cabinet agreed to fund Christmas lights in Enfield Town, Edmonton Green, "
            "Palmers Green, Southgate and Angel Edmonton for 2022, at a cost of £85,000, using low-energy "
            "bulbs throughout."]),
    ],
    closing=["The meeting ended at 8.40 pm."],
    header="Cabinet 13.7.2022", footer=["London Borough of Enfield"],
    docx_author="Governance",
)


# =========================================================================== plain text

doc(
    name="Environment_Committee_Minutes_14_March_2024_Stroud", form="txt",
    council="Stroud District Council", stated="yes", committee="Environment Committee", date="2024-03-14",
    title_lines=["STROUD DISTRICT COUNCIL", "",
                 "ENVIRONMENT COMMITTEE",
                 "Council Chamber, Ebley Mill, Stroud",
                 "14 March 2024",
                 "7.00 pm - 8.52 pm", "",
                 "Minutes"],
    attendance=[("Membership:", "Councillor Chris Nailsworth (Chair), Councillor Pat Minchinhampton (Vice-Chair), "
                                "Councillors Painswick, Dursley, Berkeley, Cam, Eastington, Kingswood, "
                                "Slimbridge and Wotton."),
                ("Officers in attendance:", "Strategic Director of Place; Head of Leisure and Wellbeing; "
                                            "Democratic Services Officer.")],
    items=[
        item("ENV.31", "Minutes", [
            "RESOLVED That the Minutes of the meeting held on 18 January 2024 are confirmed and "
            "signed."]),
        item("ENV.32", "Stratford Park Lido - Relining of the Pool Tank", [
            "The Head of Leisure and Wellbeing presented the report. The open air lido in Stratford Park was "
            "built in 1937 and is one of the few unheated lidos still open in the county. Its painted "
            "concrete tank cracks in frost, and last season the pool lost about 40,000 litres a week, "
            "which had to be topped up and treated.",
            "The proposal was to reline the tank with a PVC membrane, which would stop the leaks and end "
            "the need to repaint the pool each spring. The works would cost £268,000, met from the capital "
            "programme and £60,000 raised by the Friends of Stratford Park Lido.",
            "The relining would be done by Severn Aquatic Linings, whose quotation was the lowest of three "
            "and who had recently relined two other outdoor pools.",
            "The Head of Leisure and Wellbeing also reported on last summer's pilot of early-morning "
            "swims on Tuesdays and Thursdays. The pilot had found that 2,300 swims were taken in the early "
            "sessions over ten weeks, and that two-thirds of those swimmers had not bought a lido ticket in "
            "the previous season.",
            "Councillor Cam asked when the lido would open for 2024. The Head of Leisure and Wellbeing said "
            "that the opening date would depend on how quickly the lining could be fitted and could not be "
            "confirmed until the contractor had seen the state of the tank.",
            "Councillor Painswick proposed and Councillor Dursley seconded the recommendations.",
            "On being put to the vote, the motion was carried unanimously.",
            "RESOLVED a) To approve the relining of the pool tank at Stratford Park Lido at a cost of "
            "£268,000.",
            "b) To continue the early-morning swims on two days a week in the 2024 season."]),
        item("ENV.33", "Public Toilets", [
            "RESOLVED To keep the public toilets at Stratford Park, Nailsworth and Dursley open all year, "
            "and to introduce contactless payment of 30p at each of them."]),
    ],
    closing=["", "The meeting closed at 8.52 pm.", "", "Chair"],
)


# Reports above are written as (title, body) pairs; the renderers take report()'s dicts.
for _document in DOCUMENTS:
    if "report" in _document:
        _document["report"]["sections"] = [
            s if isinstance(s, dict) else {"title": s[0], "body": s[1]} for s in _document["report"]["sections"]]
