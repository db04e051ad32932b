"""The documents of bench/heldout16: invented business of real UK councils.

Every word of the business, the people and the figures is invented for this set; the councils,
their towns, parks and buildings are real, and the layouts are heldout5's forms. make_heldout16.py
draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers; truth.csv is written
from `council`, `stated` (how the text names the council: `yes` in full), `committee` and `date` (the
meeting's, ISO). The content format is heldout5's (as in heldout15's content.py); the words are this
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
    name="ieListDocuments_CId141_MId5208_Wigan_Cabinet", form="mg-meeting",
    council="Wigan Council", stated="yes", committee="Cabinet", date="2021-11-18",
    site=site("Wigan Council", "https://democracy.wigan.gov.uk",
              "Town Hall, Library Street, Wigan, WN1 1YN", "© Wigan Council 2021",
              menu=["Home", "Councillors", "Committees", "Meetings", "Forward plan", "Search"],
              breadcrumb=["Home", "Committees", "Cabinet", "Meeting"]),
    heading="Cabinet - Thursday, 18th November, 2021 10.00 am",
    venue="The Old Courtroom, Town Hall",
    contact="Democratic Services. Email: democraticservices@wigan.gov.uk",
    items=[
        item("53", "Minutes", [
            "The minutes of the meeting held on 21 October 2021 were agreed as a correct record."]),
        item("54", "Pennington Flash Country Park - Lakeside Path Renewal", [
            "The Director for Environment introduced a report on the lakeside path at Pennington Flash, the "
            "3.2 kilometre circuit that links the main car park with the bird hides on the western shore.",
            "Ground investigations over the summer had shown that mining subsidence had lowered two stretches "
            "of the path near Ramsdale's Hide, so that about 400 metres of it now lay under water for much of "
            "the winter. The boardwalk at Horrocks Hide had also been condemned.",
            "It was proposed to lift the flooded stretches onto a stone causeway, rebuild the boardwalk and "
            "widen the path to 2.5 metres so that it could take wheelchairs and pushchairs. The scheme was "
            "costed at £612,000, to be met from the Council's capital programme.",
            "Seven tenders had been received. Glazebury Ground Engineering Ltd submitted the lowest compliant "
            "price and scored well on its method for working beside the water.",
            "Councillor Astley asked when the two western hides would open again. The Portfolio Holder replied "
            "that this was not yet known; the hides would stay shut until the piles under the boardwalk had "
            "been tested, and a date would be announced once that had been done.",
            "RESOLVED - That:",
            "(1) the renewal of the lakeside path at Pennington Flash be approved at a cost of £612,000;",
            "(2) the contract be let to Glazebury Ground Engineering Ltd."],
            links=[("Pennington Flash path report", "1 MB"), ("Site plan", "402 KB")]),
        item("55", "Trees for Wigan - Planting Season 2021/22", [
            "Cabinet received an update on the borough's tree planting programme, which was being delivered "
            "with the Community Forest and local schools.",
            "RESOLVED - That 18,000 trees be planted across the borough this winter, including 2,500 in school "
            "grounds."],
            links=[("Trees for Wigan update", "288 KB")]),
    ],
)

doc(
    name="ieListDocuments_CId139_MId5981_Lewisham_Mayor_and_Cabinet", form="mg-meeting",
    council="London Borough of Lewisham", stated="yes", committee="Mayor and Cabinet", date="2019-06-12",
    site=site("London Borough of Lewisham", "https://councilmeetings.lewisham.gov.uk",
              "Civic Suite, Lewisham Town Hall, Catford, London, SE6 4RU", "© London Borough of Lewisham 2019",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Have your say"],
              breadcrumb=["Home", "Meetings", "Mayor and Cabinet", "Meeting"]),
    heading="Mayor and Cabinet - Wednesday, 12th June, 2019 6.00 pm",
    venue="Civic Suite, Lewisham Town Hall",
    contact="Committee Business. Tel: 020 8314 0000",
    outcome_label="Decision:",
    items=[
        item("1", "Declarations of Interests", ["None were made."]),
        item("6", "Beckenham Place Park - Swimming in the Lake", [
            "The Mayor received a report on opening the restored lake at Beckenham Place Park for swimming "
            "this summer, the first time open water swimming would be offered in a London park outside "
            "the Serpentine and Hampstead.",
            "Weekly water testing since April had found E. coli well within bathing water standards in every "
            "sample, although blue-green algae would need watching in hot weather.",
            "Sessions would be run by the Ravensbourne Swim Co-operative under a two-year concession, with "
            "lifeguards on the bank and in kayaks. Numbers would be capped at up to 250 swimmers at any one "
            "time, and swimmers would have to book.",
            "A winter swimming trial is to run from November to February for members of swimming clubs only; "
            "how it went will be reported back to Mayor and Cabinet in spring 2020.",
            "Having considered the officer report, the Mayor agreed that:",
            "(i) the lake at Beckenham Place Park be opened for supervised swimming from July 2019;",
            "(ii) a concession be granted to the Ravensbourne Swim Co-operative for two years;",
            "(iii) £238,000 be allocated for changing facilities beside the lake."],
            links=[("Beckenham Place Park swimming report", "744 KB")]),
        item("7", "Holiday Food Programme", [
            "Having considered the officer report, the Mayor agreed that holiday food vouchers of £15 a week "
            "per child be given to pupils receiving free school meals during the summer holidays."],
            links=[("Holiday Food Programme report", "310 KB")]),
    ],
)

doc(
    name="ieListDocuments_CId130_MId4417_Wokingham_Executive", form="mg-meeting",
    council="Wokingham Borough Council", stated="yes", committee="Executive", date="2022-09-29",
    site=site("Wokingham Borough Council", "https://wokingham.moderngov.co.uk",
              "Shute End, Wokingham, RG40 1BN", "© Wokingham Borough Council 2022",
              menu=["Home", "Councillors", "Committees", "Meetings", "Search"],
              breadcrumb=["Home", "Committees", "Executive", "Meeting"]),
    heading="Executive - Thursday, 29th September, 2022 7.00 pm",
    venue="David Hicks 1 - Civic Offices, Shute End, Wokingham, RG40 1BN",
    contact="Democratic Services. Email: democratic.services@wokingham.gov.uk",
    items=[
        item("38.", "Minutes of Previous Meeting", [
            "The Minutes of the meeting of the Executive held on 28 July 2022 were confirmed as a correct "
            "record and signed by the Leader of the Council."]),
        item("41.", "Country Parks Investment Plan", [
            "The Executive considered a report setting out a five-year plan for the Council's two country "
            "parks, Dinton Pastures and California Country Park.",
            "Dinton Pastures had received 1.1 million visits in 2021, almost double the number before the "
            "pandemic, and the existing visitor building could no longer cope on busy weekends.",
            "The Executive Member for Leisure explained that the first phase would provide a new visitor hub "
            "with a boardwalk over Black Swan Lake at Dinton Pastures, costing £1.45 million. At California "
            "Country Park the timber play area, which had been closed twice for splinters and rot, would be "
            "replaced.",
            "Woodford Park's pavilion would also be looked at in a later phase of the plan; no work there had "
            "yet been designed.",
            "RESOLVED That:",
            "1) the new visitor hub and boardwalk at Dinton Pastures be approved at a cost of £1.45 million;",
            "2) the play area at California Country Park be replaced at a cost of £180,000."]),
        item("42.", "Food Waste Collections from Flats", [
            "RESOLVED That food waste caddies be provided to the 3,800 flats that do not yet have a food waste "
            "collection, from April 2023."]),
    ],
)

doc(
    name="ieListDocuments_CId163_MId3390_Knowsley_Cabinet", form="mg-meeting",
    council="Knowsley Metropolitan Borough Council", stated="yes", committee="Cabinet", date="2023-01-25",
    site=site("Knowsley Metropolitan Borough Council", "https://knowsleymbc.moderngov.co.uk",
              "Municipal Buildings, Archway Road, Huyton, L36 9YU", "© Knowsley Metropolitan Borough Council 2023",
              menu=["Home", "Councillors", "Committees", "Meetings", "Forward plan"],
              breadcrumb=["Home", "Committees", "Cabinet", "Meeting"]),
    heading="Cabinet - Wednesday, 25th January, 2023 1.00 pm",
    venue="Council Chamber, Municipal Buildings, Huyton",
    contact="Democratic Services. Tel: 0151 443 3113",
    items=[
        item("64.", "Court Hey Park - Restoration of the Walled Garden", [
            "Cabinet considered the report of the Executive Director (Place) on restoring the Victorian "
            "walled garden in Court Hey Park, Huyton, once part of the Gladstone family's estate.",
            "In 2019 the north wall was found to be bulging and the garden was closed to the public. A "
            "structural engineer had since confirmed that two sections of wall, 30 metres in all, must be "
            "taken down and rebuilt using the original bricks.",
            "The bid to the National Lottery Heritage Fund had been successful, and £740,000 from the National "
            "Lottery Heritage Fund would go towards the total cost of £1.1 million. The rest would be found "
            "from the Council's parks capital budget.",
            "The scheme would also rebuild the lean-to glasshouse, lay new paths and provide a workshop for "
            "the Friends of Court Hey Park, whose volunteers would look after the beds.",
            "Subject to the weather, the garden was expected to reopen in spring 2024.",
            "Resolved - That the restoration of the walled garden at Court Hey Park be approved, and the "
            "grant from the National Lottery Heritage Fund be accepted."],
            links=[("Walled garden report", "960 KB")]),
        item("65.", "Cost of Living - Winter Support", [
            "Resolved - That 14 libraries and community centres be opened as warm spaces from February to "
            "the end of March, with free hot drinks and wifi."]),
    ],
)

doc(
    name="ieListDocuments_CId187_MId7023_Wealden_Planning_North", form="mg-meeting",
    council="Wealden District Council", stated="yes", committee="Planning Committee North", date="2024-02-15",
    site=site("Wealden District Council", "https://wealden.moderngov.co.uk",
              "Council Offices, Vicarage Lane, Hailsham, BN27 2AX", "© Wealden District Council 2024",
              menu=["Home", "Councillors", "Committees", "Meetings", "Planning applications"],
              breadcrumb=["Home", "Committees", "Planning Committee North", "Meeting"]),
    heading="Planning Committee North - Thursday, 15th February, 2024 10.00 am",
    venue="Council Chamber, Council Offices, Vicarage Lane, Hailsham",
    contact="Democratic Services. Email: democratic.services@wealden.gov.uk",
    items=[
        item("46", "Minutes", [
            "The minutes of the meeting held on 18 January 2024 were approved as a correct record."]),
        item("47", "WD/2023/1842/MAO - Land South of Station Road, Heathfield", [
            "Outline permission for up to 65 dwellings, with access from Station Road and all other matters "
            "reserved.",
            "The Planning Officer reported that 35 per cent of the homes would be affordable and that the "
            "highway authority raised no objection subject to a new footway to the town centre. Two members "
            "of the public spoke against the scheme, citing traffic at the Station Road junction.",
            "It was proposed by Councillor Crowborough and seconded by Councillor Rotherfield that permission "
            "be granted. On being put to the vote there were 8 votes in favour and 3 against (Councillors "
            "Mayfield, Buxted and Framfield).",
            "RESOLVED: That outline planning permission be granted subject to the conditions in the report and "
            "a section 106 agreement."]),
        item("48", "WD/2023/2210/F - 41 High Street, Uckfield", [
            "Change of use of the ground-floor shop to a one-bedroom flat.",
            "Members noted that the unit had been empty for eight months.",
            "RESOLVED: That planning permission be refused because the change would lead to the loss of a "
            "ground-floor shop unit in the primary shopping frontage of the town centre."]),
        item("49", "WD/2023/2377/F - Brambletye Farm, Forest Row", [
            "Erection of an agricultural building for the storage of hay and machinery.",
            "RESOLVED unanimously: That planning permission be granted subject to conditions, including dark "
            "green cladding to the walls."]),
        item("50", "WD/2023/2519/F - Land at Cousley Wood Road, Wadhurst", [
            "Erection of nine houses with garaging.",
            "RESOLVED: That the application be deferred to allow the highway authority to comment on the "
            "revised visibility splays."]),
    ],
)

doc(
    name="ieListDocuments_CId116_MId4528_Denbighshire_Cabinet", form="mg-meeting",
    council="Denbighshire County Council", stated="yes", committee="Cabinet", date="2018-10-23",
    site=site("Denbighshire County Council", "https://moderngov.denbighshire.gov.uk",
              "County Hall, Wynnstay Road, Ruthin, LL15 1YN", "© Denbighshire County Council 2018",
              menu=["Home", "Councillors", "Committees", "Meetings", "Cymraeg"],
              breadcrumb=["Home", "Committees", "Cabinet", "Meeting"]),
    heading="Cabinet - Tuesday, 23rd October, 2018 10.00 am",
    venue="Council Chamber, County Hall, Ruthin",
    contact="Committee Administrator. Email: democratic@denbighshire.gov.uk",
    items=[
        item("5", "Ruthin Gaol - Roof Repairs", [
            "Councillor Llandyrnog, Lead Member for Tourism, presented the report seeking approval for urgent "
            "roof repairs at Ruthin Gaol, the Pentonville-style prison that the Council runs as a museum.",
            "A roof inspection in August found that slates had slipped on the north range and rainwater was "
            "reaching the cells below, and that the lead valley gutters had split in several places.",
            "The repairs would cost £286,000, of which Cadw had offered £95,000. Berwyn Heritage Roofing Ltd "
            "had submitted the best tender and had worked on listed buildings in Denbigh and Llangollen.",
            "Cabinet asked whether the Gaol would be open for the 2019 season. The Lead Member said that it "
            "was too early to say; the answer depended on what the roofers found once the slates were off.",
            "RESOLVED that Cabinet -",
            "(a) approves the roof repairs at Ruthin Gaol at a cost of £286,000, and",
            "(b) awards the contract to Berwyn Heritage Roofing Ltd."],
            links=[("Ruthin Gaol report", "512 KB")]),
        item("6", "Street Lighting - LED Replacement", [
            "RESOLVED that Cabinet approves the conversion of the remaining 4,100 street lights to LED over "
            "the next two financial years."]),
    ],
)


# =========================================================================== ModernGov item pages

doc(
    name="mgAi_ID61207_Dudley_Cabinet", form="mg-item",
    council="Dudley Metropolitan Borough Council", stated="yes", committee="Cabinet", date="2020-02-12",
    site=site("Dudley Metropolitan Borough Council", "https://dudley.moderngov.co.uk",
              "Council House, Priory Road, Dudley, DY1 1HF", "© Dudley Metropolitan Borough Council 2020",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Search"],
              breadcrumb=["Home", "Committees", "Cabinet", "Agenda item"]),
    meeting_line="12/02/2020 - Cabinet (Item 7.)",
    items=[
        item("61", "Himley Hall and Park - Great Pool Dam Safety Works", [
            "A report of the Director of Public Realm was submitted on works to the dam that holds back the "
            "Great Pool in Himley Park. The pool holds about 60,000 cubic metres of water and is a large raised "
            "reservoir under the Reservoirs Act 1975.",
            "At his statutory visit in October the inspecting engineer had noted seepage through the downstream "
            "face of the dam and had made its repair a matter to be dealt with in the interests of safety.",
            "The works would lower the pool, rebuild the overflow spillway and place a clay blanket on the "
            "upstream face. The estimated cost was £920,000.",
            "It was reported that a full ecological survey of the pool and its margins would be carried out "
            "before any lowering began in the summer, and that its results would go to the Cabinet Member for "
            "Culture and Leisure.",
            "The Cabinet Member commented that Himley was one of the best loved places in the borough and that "
            "the path around the pool would be kept open for as long as possible.",
            "Resolved",
            "(1) That the dam safety works at the Great Pool, Himley Park, be approved at an estimated cost of "
            "£920,000.",
            "(2) That the Director of Public Realm be authorised to procure a contractor."],
            links=[("Great Pool dam report", "688 KB"), ("Inspecting engineer's summary", "210 KB")]),
    ],
)

doc(
    name="mgAi_ID3314_Darlington_Cabinet", form="mg-item",
    council="Darlington Borough Council", stated="yes", committee="Cabinet", date="2022-03-08",
    site=site("Darlington Borough Council", "https://democracy.darlington.gov.uk",
              "Town Hall, Feethams, Darlington, DL1 5QT", "© Darlington Borough Council 2022",
              menu=["Home", "Councillors", "Committees", "Meetings", "Search"],
              breadcrumb=["Home", "Committees", "Cabinet", "Agenda item"]),
    meeting_line="08/03/2022 - Cabinet (Item 10.)",
    items=[
        item("C104", "South Park - Replacement Skate Park", [
            "The Cabinet Member with the Health and Housing Portfolio introduced the report seeking approval "
            "to replace the skate park in South Park.",
            "The existing ramps were put in in 2003. An online and on-site consultation drew 640 responses, "
            "most of them from people under 25, and 78 per cent wanted a concrete park rather than steel "
            "ramps.",
            "Tees Concrete Skateparks Ltd had been chosen through a design competition judged partly by a panel "
            "of local skaters, and would design and build the new park. The cost of £260,000 would be met from "
            "section 106 contributions and a grant from the Town Deal.",
            "Councillor Cockerton said the old metal ramps had become so noisy that residents of the nearby "
            "streets had complained for years, and that concrete would be much quieter.",
            "RESOLVED - (a) That the replacement of the skate park in South Park be approved at a cost of "
            "£260,000.",
            "(b) That Tees Concrete Skateparks Ltd be appointed to design and build it."],
            links=[("South Park skate park report", "544 KB")]),
    ],
)


# =========================================================================== ModernGov decision pages

doc(
    name="ieDecisionDetails_ID4730_Hertfordshire_Ayot_Greenway", form="mg-decision",
    council="Hertfordshire County Council", stated="yes", committee="Cabinet", date="2021-07-19",
    site=site("Hertfordshire County Council", "https://democracy.hertfordshire.gov.uk",
              "County Hall, Pegs Lane, Hertford, SG13 8DQ", "© Hertfordshire County Council 2021",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Search"],
              breadcrumb=["Home", "Decisions", "Decision details"],
              sidebar=["Decisions", "Forward plan", "Committee details", "Issue history"]),
    decision_title="Ayot Greenway - Resurfacing and Bridge Repairs",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To agree improvements to the Ayot Greenway, the former railway line between Wheathampstead and "
            "Ayot St Peter that the County Council manages as a path for walkers, cyclists and horse riders."]),
        ("Decision:", [
            "Cabinet approved the resurfacing of 4.7 kilometres of the Ayot Greenway with a bound gravel "
            "surface, and repairs to the brick overbridge at Ayot Green, at a total cost of £535,000."]),
        ("Reasons for the decision:", [
            "Automatic counters recorded 96,000 trips on the Greenway in 2020, a rise of 40 per cent on the "
            "year before, and the surface had broken up in several places.",
            "The brick overbridge has cracks in its arch and needs repointing and tie bars.",
            "The path will have to close while the bridge is repaired, but how long for is not yet known: it "
            "depends on the bridge survey, which cannot be done until the vegetation has been cut back in the "
            "autumn."]),
        ("Alternative options considered:", [
            "A tarmac surface was rejected because horse riders share the path and would find it too hard and "
            "slippery.",
            "Doing nothing would leave a path that many people with wheelchairs and buggies could not use."]),
    ],
    tail=[("Publication date:", "20/07/2021"), ("Date of decision:", "19/07/2021"),
          ("Decided at meeting:", "19/07/2021 - Cabinet"), ("Effective from:", "28/07/2021")],
    links=[("Ayot Greenway Cabinet report", "820 KB")],
)

doc(
    name="ieDecisionDetails_ID8852_Hounslow_Trees_Green_Spaces", form="mg-decision",
    council="London Borough of Hounslow", stated="yes", committee="Cabinet", date="2023-10-10",
    site=site("London Borough of Hounslow", "https://democraticservices.hounslow.gov.uk",
              "Hounslow House, 7 Bath Road, Hounslow, TW3 3EB", "© London Borough of Hounslow 2023",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Forward plan"],
              breadcrumb=["Home", "Decisions", "Decision details"],
              sidebar=["Decisions", "Forward plan", "Committee details", "Issue history"]),
    decision_title="Trees and Green Spaces Capital Programme 2023/24",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To approve this year's capital spending on street trees, paths and play areas."]),
        ("Decision:", [
            "1. To plant 1,200 street trees between November 2023 and March 2024.",
            "2. To renew the lakeside paths at Bedfont Lakes Country Park at a cost of £190,000.",
            "3. To replace the play area at Lampton Park at a cost of £275,000."]),
        ("Reasons for the decision:", [
            "A survey of the borough's street trees carried out last winter found 2,100 empty tree pits, most "
            "of them in Feltham, Cranford and Heston, where tree cover is lowest.",
            "Last winter's programme planted 950 street trees; this year's is larger because of a grant from "
            "the Mayor of London's Green Spaces Fund.",
            "The Lampton Park play area is more than twenty years old and two pieces of equipment have been "
            "removed on safety grounds."]),
        ("Alternative options considered:", [
            "Planting fewer, larger trees was considered but would have left most of the empty pits unfilled."]),
    ],
    tail=[("Publication date:", "11/10/2023"), ("Date of decision:", "10/10/2023"),
          ("Decided at meeting:", "10/10/2023 - Cabinet"), ("Effective from:", "19/10/2023")],
    links=[("Trees and Green Spaces report", "1 MB")],
)


# =========================================================================== Printed minutes (PDF)

doc(
    name="PBS_Committee_02122019_Minute_ScottishBorders", form="pdf-minutes",
    council="Scottish Borders Council", stated="yes", committee="Planning and Building Standards Committee",
    date="2019-12-02",
    logo="SCOTTISH BORDERS COUNCIL",
    title_lines=["PLANNING AND BUILDING STANDARDS COMMITTEE",
                 "MINUTE of Meeting of the PLANNING AND BUILDING STANDARDS COMMITTEE held in the Council "
                 "Chamber, Council Headquarters, Newtown St Boswells on Monday, 2 December 2019 at 10.00 am."],
    attendance=[("Present:", "Councillors T. Teviot (Chairman), A. Ettrick, S. Yarrow, J. Lauder, H. Gala, "
                             "C. Tweed, M. Leader, R. Jed, P. Cheviot, D. Eildon."),
                ("In Attendance:", "Chief Planning and Housing Officer, Lead Planning Officers, Solicitor, "
                                   "Democratic Services Officer.")],
    items=[
        {"num": "1.", "title": "MINUTE", "body": [
            "There had been circulated copies of the Minute of the meeting held on 4 November 2019.",
            "DECISION",
            "APPROVED for signature by the Chairman."]},
        {"num": "2.", "title": "APPLICATIONS", "body": [
            "There had been circulated copies of reports by the Chief Planning and Housing Officer on "
            "applications for planning permission which required consideration by the Committee."]},
        {"num": "3.", "title": "19/00812/FUL - LAND WEST OF WILTON DEAN, HAWICK", "body": [
            "Erection of 24 dwellinghouses with associated access road and landscaping.",
            "The Lead Planning Officer explained that the site was allocated for housing in the Local "
            "Development Plan but that the design of the access onto the B711 had drawn objections from "
            "the community council and 19 neighbours. Mr Ruberslaw spoke for the objectors.",
            "Councillor Teviot, seconded by Councillor Ettrick, moved that the application be approved in "
            "line with the officer's recommendation.",
            "Councillor Yarrow, seconded by Councillor Lauder, moved as an amendment that the application be "
            "refused on the grounds of road safety.",
            "On a show of hands Members voted as follows:-",
            "Motion - 7 votes",
            "Amendment - 3 votes",
            "The Motion was accordingly carried.",
            "DECISION",
            "AGREED that the application be approved subject to the conditions in the report and a legal "
            "agreement on affordable housing."]},
        {"num": "4.", "title": "19/01077/FUL - FORMER BANK, 12 HIGH STREET, PEEBLES", "body": [
            "Change of use from bank to public house with live music.",
            "DECISION",
            "AGREED that the application be refused because the use would result in unacceptable noise and "
            "disturbance to the flats above and next door."]},
        {"num": "5.", "title": "19/01130/FUL - LAND NORTH OF LILLIESLEAF", "body": [
            "Erection of a 40-metre telecommunications mast.",
            "Members wished to see the site before deciding.",
            "DECISION",
            "AGREED that consideration of the application be continued to the meeting on 13 January 2020 to "
            "allow a site visit."]},
        {"num": "6.", "title": "19/01164/FUL - SPRINGWOOD CARAVAN PARK, KELSO", "body": [
            "Extension of the caravan park to form 22 additional static caravan pitches.",
            "Members welcomed the jobs the extension would support.",
            "DECISION",
            "AGREED that the application be approved subject to conditions, including a landscaping plan."]},
    ],
    closing=["The meeting concluded at 12.40 pm."],
    header="Planning and Building Standards Committee - 2 December 2019", header_right="",
    footer=["{n}"],
    pdf_title="Minute PBS 2 December 2019",
)

doc(
    name="Cabinet_01112022_Minutes_Ceredigion", form="pdf-minutes",
    council="Ceredigion County Council", stated="yes", committee="Cabinet", date="2022-11-01",
    logo="CEREDIGION COUNTY COUNCIL / CYNGOR SIR CEREDIGION",
    title_lines=["Minutes of the Meeting of the CABINET held at Penmorfa, Aberaeron and by video on "
                 "Tuesday, 1 November 2022",
                 "PRESENT: Councillor Bryan Tregaron (Chairman), Councillors Elin Lampeter, Gareth Borth, "
                 "Rhodri Llanon, Catrin Teifi, Dafydd Cardigan, Non Aeron and Huw Ystwyth."],
    items=[
        {"num": "84", "title": "Apologies", "body": ["There were no apologies."]},
        {"num": "86", "title": "Aberaeron Harbour - Repairs to the South Pier", "body": [
            "Councillor Aeron, Cabinet Member for the Economy and Regeneration, presented the report.",
            "A divers' survey in July had found voids up to a metre deep behind the stone facing of the south "
            "pier, where the sea had washed out the rubble core. Left alone, the facing could collapse in a "
            "winter storm.",
            "The repair would grout the voids, rebuild 35 metres of facing and place rock armour at the pier "
            "head. The total cost was £1.2 million, and 85 per cent of the cost would be met by the Welsh "
            "Government's Coastal Risk Management Programme.",
            "Following a tender on Sell2Wales, the work was to be carried out by Teifi Marine Works Ltd "
            "between April and September 2023, avoiding the winter storms.",
            "RESOLVED to approve the repairs to the south pier at Aberaeron at a cost of £1.2 million and to "
            "accept the Welsh Government grant."]},
        {"num": "87", "title": "Car Parking Charges 2023", "body": [
            "RESOLVED that the daily charge in the Council's coastal car parks rise from £5 to £6 from 1 April "
            "2023, with the first hour remaining free in town car parks."]},
    ],
    closing=["Confirmed at the Meeting of the Cabinet held on 6 December 2022", "Chairman:"],
    header="Cabinet 01.11.2022", header_right="",
    footer=["Page {n} of {total}"],
    pdf_title="Cabinet minutes 1 November 2022",
)

doc(
    name="Executive_Board_14032019_Minutes_Halton", form="pdf-minutes",
    council="Halton Borough Council", stated="yes", committee="Executive Board", date="2019-03-14",
    logo="HALTON BOROUGH COUNCIL",
    title_lines=["EXECUTIVE BOARD",
                 "At a meeting of the Executive Board on Thursday, 14 March 2019 in The Board Room, "
                 "Municipal Building, Widnes"],
    attendance=[("Present:", "Councillors Ditton (Chair), Farnworth, Hale, Halebank, Appleton, Norton, "
                             "Beechwood, Windmill Hill and Hough Green"),
                ("Officers present:", "D. Hatton, M. Grange, A. Runcorn and S. Moore")],
    items=[
        {"num": "EXB101", "title": "MINUTES", "body": [
            "The Minutes of the meeting held on 14 February 2019 were taken as read and signed as a correct "
            "record."]},
        {"num": "EXB104", "title": "SPIKE ISLAND - SANKEY CANAL LOCK GATES", "body": [
            "The Board considered a report of the Strategic Director, Enterprise, Community and Resources, on "
            "the lock at Spike Island where the Sankey Canal meets the Mersey.",
            "An inspection in December had found that the lower gates had rotted at the heel posts and no "
            "longer held water, so that the canal basin now drained at every low tide and the moored boats "
            "were left on the mud.",
            "Repairing the old gates had been considered, but it would cost almost as much as new gates and "
            "would last only about ten years. New oak gates, made to the original pattern, would cost "
            "£380,000.",
            "It was noted that a bat survey of the old lock keeper's cottage would be undertaken in May, and "
            "its findings reported to the Portfolio Holder before any work began next to the building.",
            "RESOLVED: That the replacement of the lower lock gates at Spike Island be approved at a cost of "
            "£380,000."]},
        {"num": "EXB105", "title": "FOOD WASTE COLLECTION TRIAL", "body": [
            "RESOLVED: That a weekly food waste collection trial covering 2,000 homes in Hale Village and "
            "Halebank be approved, to start in September 2019."]},
    ],
    closing=["MINUTES ISSUED: 19 March 2019", "CALL-IN: 26 March 2019",
             "Meeting ended at 2.40 p.m."],
    header="", header_right="",
    footer=["Executive Board 14 March 2019", "{n}"],
    pdf_title="Executive Board minutes 14 March 2019",
)

doc(
    name="Cabinet_09052023_Minutes_EastLothian", form="pdf-minutes",
    council="East Lothian Council", stated="yes", committee="Cabinet", date="2023-05-09",
    logo="EAST LOTHIAN COUNCIL",
    title_lines=["MINUTES OF THE MEETING OF THE CABINET",
                 "TUESDAY 9 MAY 2023",
                 "COUNCIL CHAMBER, TOWN HOUSE, HADDINGTON AND HYBRID"],
    attendance=[("Committee Members Present:", "Councillor N Dunbar (Convener), Councillor L Tranent, "
                                               "Councillor A Musselburgh, Councillor C Prestonpans, "
                                               "Councillor S Gullane, Councillor R Ormiston")],
    items=[
        {"num": "1.", "title": "MINUTES FOR APPROVAL", "body": [
            "The minutes of the Cabinet meeting of 14 March 2023 were approved."]},
        {"num": "3.", "title": "JOHN MUIR COUNTRY PARK - REPLACEMENT OF THE BIEL WATER FOOTBRIDGE", "body": [
            "A report was submitted by the Executive Director for Place seeking approval to replace the "
            "footbridge over the Biel Water in John Muir Country Park, near Dunbar.",
            "The Service Manager reminded members that the storm of 18 November 2022 washed away the central "
            "span, cutting the John Muir Way and the shore path to Belhaven.",
            "The new bridge would be 48 metres long, in weathering steel on piled supports, and lifted higher "
            "above the river to cope with future floods. The cost would be £610,000, with £250,000 from "
            "NatureScot.",
            "Councillor Gullane asked when walkers could expect to use the new bridge. The Service Manager "
            "replied that no opening date could be given until SEPA had granted a licence for work in the "
            "river, and the contractor's programme would follow from that.",
            "Decision",
            "The Cabinet agreed to approve the replacement of the Biel Water footbridge at a cost of £610,000."]},
        {"num": "4.", "title": "WOODLAND CREATION", "body": [
            "Decision",
            "The Cabinet agreed that 9,000 trees be planted at Wallyford and Blindwells over the next two "
            "winters."]},
    ],
    closing=["Signed ........................", "Convener of the Cabinet"],
    header="", header_right="",
    footer=["{n}"],
    pdf_title="Cabinet minutes 9 May 2023",
)

doc(
    name="Cabinet_27032024_Minutes_Gloucestershire", form="pdf-minutes",
    council="Gloucestershire County Council", stated="yes", committee="Cabinet", date="2024-03-27",
    logo="GLOUCESTERSHIRE COUNTY COUNCIL",
    title_lines=["Minutes of the meeting of the Cabinet held on Wednesday 27 March 2024 at 10.00 am in the "
                 "Cabinet Suite, Shire Hall"],
    attendance=[("Present:", "Cllr Mark Severn (Chair), Cllr Jane Tirley, Cllr Paul Hartpury, Cllr Ann Ashleworth, "
                             "Cllr Ian Forthampton, Cllr Sue Corse, Cllr Tom Minsterworth and Cllr Lynne Maisemore")],
    items=[
        {"num": "112.", "title": "HAW BRIDGE - STRENGTHENING AND REPAIR", "body": [
            "Cllr Tirley, Cabinet Member for Highways, introduced the report.",
            "The B4213 crosses the River Severn at Haw Bridge, the only road crossing for several miles in "
            "either direction. The principal inspection in 2023 found that the bearings at both abutments had "
            "seized and the steel girders had lost section to corrosion below the deck.",
            "A 7.5 tonne weight limit had been in place since October 2023 and buses had been diverted, adding "
            "twenty minutes to some journeys.",
            "The works would replace the bearings, plate the girders and renew the deck waterproofing at a cost "
            "of £4.6 million. Leadon Structures Ltd had been appointed under the highways framework.",
            "RESOLVED to approve the strengthening and repair of Haw Bridge at a cost of £4.6 million."]},
        {"num": "113.", "title": "STREET LIGHTING - LED CONVERSION PHASE 3", "body": [
            "RESOLVED to approve the conversion of the remaining 11,000 street lights to LED by March 2026."]},
    ],
    closing=["CHAIR", "Meeting concluded at 11.35 am"],
    header="", header_right="",
    footer=["- {n} -"],
    pdf_title="Cabinet minutes 27 March 2024",
)

doc(
    name="Cabinet_14092020_Minutes_NorthTyneside", form="pdf-minutes",
    council="North Tyneside Council", stated="yes", committee="Cabinet", date="2020-09-14",
    logo="North Tyneside Council",
    title_lines=["Cabinet", "Monday 14 September 2020", "Held remotely"],
    attendance=[("Present:", "The Elected Mayor (in the Chair); Councillors Cullercoats, Wallsend, Tynemouth, "
                             "Killingworth, Benton, Preston and Whitley")],
    items=[
        {"num": "CAB36/20", "title": "St Mary's Lighthouse - Causeway and Visitor Centre", "body": [
            "Cabinet considered a report on repairs needed at St Mary's Lighthouse, which the Authority "
            "owns and opens to the public.",
            "The lighthouse had welcomed 72,000 visitors in 2019 but had been shut since March because of the "
            "pandemic. During the closure, officers had found that the causeway to the island had been "
            "undermined by the sea at two points and that the visitor centre's windows were failing.",
            "The Elected Mayor said the lighthouse was the picture on every postcard of the coast and that "
            "she wanted it open again as soon as it was safe.",
            "The repairs were estimated at £1.05 million. A structural survey of the lighthouse tower itself "
            "will be commissioned in the spring of 2021, with the results to come back to Cabinet.",
            "Resolved that the repairs to the causeway and visitor centre at St Mary's Lighthouse be "
            "approved at an estimated cost of £1.05 million."]},
        {"num": "CAB37/20", "title": "Holiday Meals for Children", "body": [
            "Resolved that holiday meal vouchers of £15 per child per week be provided to children entitled "
            "to free school meals during the October half term."]},
    ],
    closing=["The meeting closed at 6.45 pm."],
    header="Cabinet - 14 September 2020", header_right="",
    footer=["{n}"],
    pdf_title="Cabinet minutes 14 September 2020",
)


# =========================================================================== Public Document Packs (PDF)

doc(
    name="Cabinet_06062023_Agenda_Pack_MiltonKeynes", form="pdf-pack",
    council="Milton Keynes City Council", stated="yes", committee="Cabinet", date="2023-06-06",
    cover=["Milton Keynes City Council", "Cabinet", "Tuesday 6 June 2023 at 6.30 pm",
           "Council Chamber, Civic, 1 Saxon Gate East, Central Milton Keynes, MK9 3EJ"],
    cover_body=[
        "Members: Councillors Pete Marshall (Leader), Hannah Bletchley, Lucy Wolverton, Mohammed Fenny, "
        "Robin Loughton, Emily Stantonbury and Sam Woughton.",
        "Enquiries: Democratic Services, democratic.services@milton-keynes.gov.uk"],
    agenda=[("1", "Apologies"), ("2", "Disclosures of interests"),
            ("3", "Minutes of the meeting held on 18 April 2023 ({minutes})"),
            ("4", "Questions from members of the public"),
            ("5", "Redway Renewal Programme 2023/24 ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["MINUTES OF THE CABINET MEETING HELD ON", "TUESDAY 18 APRIL 2023"],
    attendance=[("Present:", "Councillor Marshall (Chair), Councillors Bletchley, Wolverton, Fenny, Stantonbury "
                             "and Woughton")],
    prev_items=[
        {"num": "CA101", "title": "WARM SPACES - REVIEW OF WINTER 2022/23", "body": [
            "The Cabinet noted that 21 community venues had served as warm spaces over the winter.",
            "RESOLVED - That the warm spaces programme run in 21 community venues over the winter be repeated "
            "in 2023/24."]},
        {"num": "CA102", "title": "MINUTES", "body": [
            "RESOLVED - That the minutes of the meeting held on 7 March 2023 be approved."]},
    ],
    report={
        "title_lines": ["Milton Keynes City Council", "Report to Cabinet, 6 June 2023",
                        "Redway Renewal Programme 2023/24"],
        "cover": [("Lead Officer", "Director of Highways and Transport"),
                  ("Wards affected", "Bletchley East; Linford South; Wolverton"),
                  ("Key decision", "Yes")],
        "sections": [
            ("1. Summary", [
                "1.1 The Redway network of shared paths for walking and cycling runs to 320 kilometres. This "
                "report seeks approval for this year's renewal programme."]),
            ("2. Recommendations", [
                "2.1 That the Redway renewal programme for 2023/24 be approved at a cost of £1.54 million.",
                "2.2 That the appointment of Ouzel Surfacing Ltd under the highways framework be noted."]),
            ("3. Condition of the network", [
                "3.1 A condition survey completed in 2022 found that 34 per cent of the network was in poor or "
                "very poor condition, mostly because of tree roots lifting the surface and edges breaking up.",
                "3.2 Complaints about Redways rose to 1,180 in 2022."]),
            ("4. This year's schemes", [
                "| Area | Length | Cost |",
                "| Bletchley East | 6.1 km | £640,000 |",
                "| Great Linford | 4.8 km | £510,000 |",
                "| Wolverton | 3.6 km | £390,000 |",
                "4.2 Olney's Redways are also in poor condition and will be put forward for a future year's "
                "programme once they have been designed."]),
            ("5. Procurement", [
                "5.1 The works will be carried out by Ouzel Surfacing Ltd, who hold the Council's surfacing "
                "framework contract."]),
        ],
    },
    header="", footer=["Page {n}"], number_offset=2,
    pdf_title="Cabinet 6 June 2023 agenda pack",
)

doc(
    name="Cabinet_09122021_Agenda_Pack_IsleofWight", form="pdf-pack",
    council="Isle of Wight Council", stated="yes", committee="Cabinet", date="2021-12-09",
    cover=["Isle of Wight Council", "Name of meeting: CABINET",
           "Date and time: THURSDAY 9 DECEMBER 2021 COMMENCING AT 5.00 PM",
           "Venue: COUNCIL CHAMBER, COUNTY HALL, NEWPORT, ISLE OF WIGHT"],
    cover_body=[
        "Members of the Cabinet: Cllrs L Ventnor (Chairman), P Bonchurch, J Shanklin, K Brading, M Godshill, "
        "D Niton and R Wroxall.",
        "Democratic Services Officer: 01983 821000, democratic.services@iow.gov.uk"],
    agenda=[("1", "Apologies"), ("2", "Declarations of Interest"),
            ("3", "Minutes of the meeting held on 11 November 2021 ({minutes})"),
            ("4", "Public Question Time"),
            ("5", "Ventnor Eastern Esplanade - Coastal Defence Scheme ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["Minutes", "Name of meeting: CABINET",
                      "Date and Time: THURSDAY 11 NOVEMBER 2021 COMMENCING AT 5.00 PM"],
    attendance=[("Present:", "Cllrs L Ventnor (Chairman), P Bonchurch, J Shanklin, K Brading, M Godshill, D Niton")],
    prev_items=[
        {"num": "41.", "title": "Car Parking Charges 2022/23", "body": [
            "RESOLVED:",
            "THAT the charge for the seafront car parks at Sandown and Shanklin be set at £1.70 an hour from "
            "April 2022."]},
        {"num": "42.", "title": "Ryde Interchange", "body": [
            "Cabinet noted progress on the Ryde Interchange works."]},
    ],
    report={
        "title_lines": ["Cabinet Report", "Ventnor Eastern Esplanade - Coastal Defence Scheme"],
        "cover": [("Date", "9 December 2021"),
                  ("Report of", "Cabinet Member for Infrastructure, Highways PFI and Transport"),
                  ("Ward", "Ventnor and St Lawrence")],
        "sections": [
            ("Executive Summary", [
                "1. The sea wall along the Eastern Esplanade at Ventnor is the Island's most exposed defence. "
                "It protects 58 homes and the road, and the cliff behind it is part of the Undercliff "
                "landslide complex."]),
            ("Background", [
                "2. Monitoring installed after the storms of 2019 shows that the wall had tilted seaward by 45 "
                "millimetres since 2019, and that the toe was being scoured at high tide.",
                "3. The Eastern Esplanade has been closed to vehicles since January 2021. It is not yet possible "
                "to say when it will reopen to traffic; that will depend on the ground investigation to be "
                "done as part of the detailed design."]),
            ("Proposal", [
                "4. A new rock revetment will be placed in front of the wall and the wall anchored back into "
                "the cliff. The scheme is estimated to cost £3.2 million, of which £2.7 million from the "
                "Environment Agency has been provisionally agreed.",
                "5. Recommendation: that Cabinet approves the Ventnor Eastern Esplanade coastal defence "
                "scheme at an estimated cost of £3.2 million."]),
        ],
    },
    header="", footer=["{n}"], number_offset=2,
    pdf_title="Cabinet agenda 9 December 2021",
)

doc(
    name="EDI_Committee_30082018_Agenda_Pack_ArgyllBute", form="pdf-pack",
    council="Argyll and Bute Council", stated="yes", committee="Environment, Development and Infrastructure Committee",
    date="2018-08-30",
    cover=["Argyll and Bute Council", "Environment, Development and Infrastructure Committee",
           "Thursday, 30 August 2018 at 10.30 am",
           "Council Chamber, Kilmory, Lochgilphead"],
    cover_body=[
        "Members: Councillor Roddy Lorn (Chair), Councillor Isla Kintyre, Councillor Fergus Cowal, Councillor "
        "Mairi Islay, Councillor Alan Mull, Councillor Ruth Tiree and Councillor Donald Appin.",
        "Contact: Committee Services, Kilmory, Lochgilphead, PA31 8RT"],
    agenda=[("1", "Apologies for Absence"), ("2", "Declarations of Interest"),
            ("3", "Minute of the meeting held on 7 June 2018 ({minutes})"),
            ("4", "Oban North Pier - Pontoon Extension ({report})")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["MINUTES of MEETING of ENVIRONMENT, DEVELOPMENT AND INFRASTRUCTURE COMMITTEE held in the "
                      "COUNCIL CHAMBER, KILMORY, LOCHGILPHEAD on THURSDAY, 7 JUNE 2018"],
    attendance=[("Present:", "Councillor Roddy Lorn (Chair); Councillors Kintyre, Cowal, Islay, Mull and Tiree")],
    prev_items=[
        {"num": "5.", "title": "STREET LIGHTING LED REPLACEMENT", "body": [
            "Decision",
            "The Committee agreed to fund the LED replacement of the 3,200 remaining street lights in the "
            "Helensburgh and Lomond and Bute and Cowal areas."]},
    ],
    report={
        "title_lines": ["ARGYLL AND BUTE COUNCIL", "ENVIRONMENT, DEVELOPMENT AND INFRASTRUCTURE COMMITTEE",
                        "DEVELOPMENT AND INFRASTRUCTURE SERVICES", "30 AUGUST 2018",
                        "OBAN NORTH PIER - PONTOON EXTENSION"],
        "cover": [("Report by", "Executive Director with responsibility for Roads and Infrastructure"),
                  ("Area", "Oban, Lorn and the Isles")],
        "sections": [
            ("1.0 EXECUTIVE SUMMARY", [
                "1.1 The visitor pontoons at Oban's North Pier opened in 2017 and were far busier than forecast, "
                "with 2,400 yacht visits in their first season.",
                "1.2 Boats were turned away on 61 nights last summer, and many skippers went on to Tobermory or "
                "Dunstaffnage instead."]),
            ("2.0 RECOMMENDATIONS", [
                "2.1 Members approve an extension of the pontoons to provide 40 additional berths, at an "
                "estimated cost of £780,000."]),
            ("3.0 DETAIL", [
                "3.1 The extension would be anchored to the seabed with piles. A marine survey of the seabed "
                "will be carried out in October, and the results will be reported to this committee in "
                "December before the design is fixed.",
                "3.2 Berthing income is expected to cover the cost of borrowing within twelve years."]),
        ],
    },
    header="", footer=["Page {n}"], number_offset=2,
    pdf_title="EDI Committee 30 August 2018",
)


# =========================================================================== Word reports

doc(
    name="Cabinet_13_February_2025_Royal_Victoria_Park_Report_BathNES", form="docx-report",
    council="Bath and North East Somerset Council", stated="yes", committee="Cabinet", date="2025-02-13",
    letterhead=["Bath & North East Somerset Council",
                "MEETING/DECISION MAKER: Cabinet",
                "MEETING/DECISION DATE: 13 February 2025"],
    report={
        "title_lines": ["TITLE: Royal Victoria Park - Pond Restoration and New Play Area",
                        "WARD: Kingsmead; Lansdown",
                        "AN OPEN PUBLIC ITEM"],
        "cover": [("List of attachments to this report:", "Appendix 1 - Pond survey summary; Appendix 2 - "
                   "Play area layout")],
        "sections": [
            ("1 THE ISSUE", [
                "1.1 Royal Victoria Park receives around 1.2 million visits a year. Its pond has silted up "
                "and its main play area, the busiest in Bath and North East Somerset Council's parks, is worn "
                "out."]),
            ("2 RECOMMENDATION", [
                "The Cabinet is asked to:",
                "2.1 Approve the restoration of the pond and the replacement of the play area in Royal Victoria "
                "Park at a total cost of £1.35 million.",
                "2.2 Note that the play area has been designed by Avon Valley Play Design."]),
            ("3 THE REPORT", [
                "3.1 A bathymetric survey in autumn 2024 found that silt now reaches within 30 centimetres of "
                "the surface over half the pond, which is why the water turns green every summer.",
                "3.2 About 4,000 cubic metres of silt will be removed and the margins planted with reeds.",
                "3.3 The new play area, costing £420,000 of the total, will have a water play zone and "
                "equipment that children using wheelchairs can use alongside others. It is planned to open "
                "in time for the summer holidays of 2026."]),
            ("4 RISK MANAGEMENT", [
                "4.1 A risk assessment related to the issue and recommendations has been undertaken, in "
                "compliance with the Council's decision making risk management guidance."]),
        ],
    },
    header="", footer=["Printed on recycled paper"],
    docx_author="Democratic Services",
)

doc(
    name="Cabinet_21_January_2020_Talacre_Dunes_Report_Flintshire", form="docx-report",
    council="Flintshire County Council", stated="yes", committee="Cabinet", date="2020-01-21",
    letterhead=["FLINTSHIRE COUNTY COUNCIL",
                "REPORT TO: CABINET",
                "DATE OF MEETING: Tuesday, 21st January 2020",
                "REPORT BY: Chief Officer (Streetscene and Transportation)"],
    report={
        "title_lines": ["REPORT TITLE: TALACRE DUNES - BOARDWALK AND ACCESS IMPROVEMENTS"],
        "cover": [("Purpose", "To seek approval for a boardwalk across the dunes at Talacre and for the "
                   "associated access works.")],
        "sections": [
            ("EXECUTIVE SUMMARY", [
                "Talacre beach, with its lighthouse, draws around 400,000 visits a year. Over the last decade "
                "visitors walking straight across the dunes had worn bare sand paths, and in places the dune "
                "ridge has been breached, letting the sea reach the low-lying land behind at high tides."]),
            ("RECOMMENDATIONS", [
                "1. That Cabinet approves the construction of a 600 metres boardwalk from the car park to the "
                "beach, with fencing to keep people off the fragile dune faces, at a cost of £240,000.",
                "2. That Cabinet notes the funding of £160,000 from the Welsh Government's Enabling Natural "
                "Resources and Well-being grant."]),
            ("EXPLAINING THE REPORT", [
                "1.01 The route has been chosen with the dune warden and avoids the areas used by natterjack "
                "toads.",
                "1.02 The boardwalk will be built of recycled plastic planks on timber piles and will be level "
                "enough for wheelchair users.",
                "1.03 A start date cannot yet be fixed, because the works need consent from Natural Resources "
                "Wales and that application is still being considered."]),
            ("RESOURCE IMPLICATIONS", [
                "2.01 The remaining £80,000 will be met from the Council's coastal capital budget."]),
        ],
    },
    header="Flintshire County Council", footer=["Cabinet - 21 January 2020"],
    docx_author="Flintshire County Council",
)


# =========================================================================== Word minutes

doc(
    name="Corporate_Resources_Committee_Minutes_27_October_2020_Kingston", form="docx-minutes",
    council="Royal Borough of Kingston upon Thames", stated="yes", committee="Corporate and Resources Committee",
    date="2020-10-27",
    title_lines=["Royal Borough of Kingston upon Thames",
                 "Corporate and Resources Committee",
                 "Minutes of the meeting held virtually on 27 October 2020 at 7.30 pm"],
    attendance=[("Present:", "Councillor Chessington (Chair), Councillors Tolworth, Norbiton, Coombe, Berrylands, "
                             "Surbiton, Malden, Canbury, Grove and Alexandra")],
    items=[
        {"num": "31.", "title": "Queen's Promenade River Wall", "body": [
            "The Committee considered a report on the river wall along Queen's Promenade between Kingston "
            "Bridge and Surbiton.",
            "The riverside path recorded 1.9 million walkers and cyclists in 2019. Divers inspecting the wall "
            "had found that the timber piles under a 150-metre length had rotted, and parts of the path had "
            "already been fenced off.",
            "Councillor Tolworth moved an amendment to defer the scheme until the Council's finances were "
            "clearer; this was lost.",
            "The recommendation was then put and carried by 7 votes to 3.",
            "RESOLVED that the river wall along Queen's Promenade be rebuilt at a cost of £2.35 million, "
            "funded by borrowing and a contribution from the Environment Agency."]},
        {"num": "32.", "title": "Community Support Grants", "body": [
            "RESOLVED that a grant of £60,000 be made to the Kingston Foodbank network to help meet the rise in "
            "demand over the winter."]},
    ],
    closing=["The meeting ended at 9.48 pm."],
    header="", footer=["Royal Borough of Kingston upon Thames - Corporate and Resources Committee - 27 October 2020"],
    docx_author="Democratic Services",
)

doc(
    name="Executive_Minutes_2_July_2024_Teignbridge", form="docx-minutes",
    council="Teignbridge District Council", stated="yes", committee="Executive", date="2024-07-02",
    title_lines=["TEIGNBRIDGE DISTRICT COUNCIL",
                 "EXECUTIVE",
                 "TUESDAY, 2 JULY 2024"],
    attendance=[("Present:", "Councillors Dawlish (Leader), Teignmouth, Bovey, Kingsteignton, Chudleigh, "
                             "Ashburton, Bishopsteignton and Kenton"),
                ("Apologies:", "Councillor Ipplepen")],
    items=[
        {"num": "14.", "title": "MINUTES", "body": [
            "The minutes of the meeting held on 4 June 2024 were approved as a correct record."]},
        {"num": "17.", "title": "DAWLISH WARREN VISITOR CENTRE", "body": [
            "The Executive Member for Environment presented the report on replacing the visitor centre at "
            "Dawlish Warren National Nature Reserve.",
            "The present centre had flooded four times since 2020, most recently in the storms of last "
            "winter, and its timber floor could not be saved.",
            "The replacement would stand on raised piles behind the dunes, with a classroom for school "
            "groups. It would be built by Haldon Timber Construction at a cost of £1.6 million, of which "
            "£900,000 would come from developer contributions for the protection of the Exe Estuary.",
            "The Executive Member also reported that a consultation on parking at the Warren would open in "
            "September and its outcome would come to the Executive in December.",
            "It was proposed by Councillor Dawlish and seconded by Councillor Teignmouth that the "
            "recommendation be approved. On being put to the vote the motion was carried with 7 votes for and "
            "1 abstention.",
            "RESOLVED that the replacement of the Dawlish Warren visitor centre be approved at a cost of "
            "£1.6 million."]},
        {"num": "18.", "title": "CAR PARKING TARIFFS", "body": [
            "RESOLVED that the hourly tariff in the Council's town centre car parks be held at £1.50 an hour "
            "for 2024/25."]},
    ],
    closing=["The meeting started at 10.00 am and finished at 11.20 am.", "Chair"],
    header="Executive 2 July 2024", footer=["Teignbridge District Council"],
    docx_author="Democratic Services",
)


# =========================================================================== Plain text

doc(
    name="Executive_Committee_Minutes_6_June_2018_Tewkesbury", form="txt",
    council="Tewkesbury Borough Council", stated="yes", committee="Executive Committee", date="2018-06-06",
    title_lines=["TEWKESBURY BOROUGH COUNCIL", "",
                 "Minutes of a Meeting of the Executive Committee held at the Council Offices, Tewkesbury,",
                 "on Wednesday, 6 June 2018 commencing at 2:00 pm", ""],
    attendance=[("Present:", "Councillor R Cleeve (Chair), Councillor A Winchcombe (Vice-Chair), Councillors "
                             "Brockworth, Churchdown, Highnam, Twyning, Shurdington and Northway")],
    items=[
        {"num": "EX.6", "title": "Bishop's Cleeve - Artificial Grass Pitch", "body": [
            "The Community and Economic Development Manager introduced the report on a full-size 3G artificial "
            "grass pitch at the Bishop's Cleeve playing fields.",
            "A survey of local clubs had found that 14 junior teams had no home pitch within the parish and "
            "travelled as far as Evesham to play.",
            "The pitch would cost £900,000. The Football Foundation had offered £450,000, and the rest would "
            "come from section 106 contributions from the new housing at Cleevelands.",
            "A Member asked when the pitch would be ready. It was confirmed that, if the procurement ran to "
            "timetable, it would be ready for the start of the 2019/20 season.",
            "RESOLVED: That the provision of a 3G artificial grass pitch at Bishop's Cleeve be approved at a "
            "cost of £900,000, and the Football Foundation grant of £450,000 be accepted."]},
        {"num": "EX.7", "title": "Community Grants", "body": [
            "RESOLVED: That grants of £8,000 be made to each of the borough's two food banks."]},
    ],
    closing=["", "The meeting closed at 3:15 pm"],
)


# Reports above are written as (title, body) pairs; the renderers take report()'s dicts.
for _document in DOCUMENTS:
    if "report" in _document:
        _document["report"]["sections"] = [
            s if isinstance(s, dict) else {"title": s[0], "body": s[1]} for s in _document["report"]["sections"]]
