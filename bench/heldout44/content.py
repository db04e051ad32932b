"""The documents of bench/heldout44: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout44.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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


# ----------------------------------------------------------------------------- 1 Spelthorne
doc(name="ieListDocuments_CId132_MId4418_Spelthorne_Environment", form="mg-meeting",
    council="Spelthorne Borough Council", stated="yes", committee="Environment and Sustainability Committee",
    date="2024-01-23",
    site=site("Spelthorne Borough Council", "democracy.spelthorne.gov.uk",
              "Council Offices, Knowle Green, Staines-upon-Thames TW18 1XB",
              "© Spelthorne Borough Council 2024"),
    heading="Agenda and minutes: Environment and Sustainability Committee - Tuesday, 23rd January, 2024 7.00 pm",
    venue="Council Chamber, Council Offices, Knowle Green, Staines-upon-Thames",
    contact="Committee Services, 01784 446240",
    items=[
        item("1.", "Apologies for absence and substitutions",
             ["Apologies were received from Councillor Hollis Brackenridge. Councillor Verity Odunsi attended as substitute."]),
        item("2.", "Minutes",
             ["The minutes of the meeting held on 21 November 2023 were agreed as a correct record and signed by the Chair."]),
        item("3.", "Electric vehicle charging in council car parks",
             ["The Climate Change Officer, Priya Castellane, introduced the report on the second phase of public charging. Phase one had installed 14 charging bays at Elmsleigh Centre car park in 2022, and these had been used for 11,380 charging sessions in their first year.",
              "Phase two would add 22 fast chargers across Tothill car park in Staines, Riverside car park in Shepperton and the Sunbury Cross car park. The chargers would be supplied and run by Voltwell Charging Ltd under a fifteen year concession, and the company would meet the full installation cost of £418,000 in return for a share of the tariff income.",
              "Councillor Ambrose Kettering asked what the Council would receive. The officer replied that the Council would receive 12 per cent of net charging income, paid quarterly, and that the tariff to drivers would be capped at 59p per kilowatt hour for the first three years.",
              "Councillor Delphine Rook asked whether disabled drivers would be able to use the bays. The officer confirmed that two bays at each site would be wider, accessible bays with a lowered charging unit.",
              "Resolved that the award of the charging concession to Voltwell Charging Ltd be approved."]),
        item("4.", "Staines Moor river bank works",
             ["The Head of Environmental Services, Conrad Ellery, reported that a section of bank beside the River Colne footpath near Staines Moor had slipped during the winter floods. Temporary fencing had been put up and the path was diverted.",
              "Members asked when the footpath would reopen. Mr Ellery said that the date of reopening had not yet been set, because the Environment Agency had still to confirm whether the bank repair needed a flood risk activity permit, and no contractor could be appointed until that was known.",
              "The Committee noted the update and asked for a further report in the spring."]),
        item("5.", "Food waste collections from flats",
             ["The Waste Services Manager, Fenella Ashdown, reported that weekly food waste collections had been extended to 3,150 flats in Ashford and Stanwell since September. Take up had reached 41 per cent of the flats, against a target of 35 per cent.",
              "Councillor Odunsi asked why some blocks had low use. Ms Ashdown said that bin stores in older blocks were often far from the entrance, and that the team would trial caddies on each landing at two blocks in Stanwell.",
              "The Committee noted the report."]),
    ])

# ----------------------------------------------------------------------------- 2 Bolsover
doc(name="ieListDocuments_CId145_MId2307_Bolsover_Executive", form="mg-meeting",
    council="Bolsover District Council", stated="yes", committee="Executive", date="2023-09-11",
    site=site("Bolsover District Council", "committees.bolsover.gov.uk",
              "The Arc, High Street, Clowne, Chesterfield S43 4JY", "© Bolsover District Council"),
    heading="Agenda and minutes: Executive - Monday, 11th September, 2023 10.00 am",
    venue="Chamber Suites 1 & 2, The Arc, High Street, Clowne",
    contact="Governance Team, 01246 242529",
    items=[
        item("EX21-23/24", "Declarations of Interest", ["There were no declarations of interest."]),
        item("EX22-23/24", "Clowne Leisure Centre: pool and changing village",
             ["The Portfolio Holder for Leisure, Councillor Gideon Marwood, presented the report on the refurbishment of the swimming pool hall and changing village at Clowne Leisure Centre. A condition survey in March 2023 had found that the pool tank lining was failing and that the air handling plant was at the end of its working life.",
              "The works would cost £1,265,000. Of this, £740,000 would come from the Swimming Pool Support Fund grant awarded by Sport England and the remaining £525,000 would be borrowed by the Council and repaid over 25 years.",
              "The Assistant Director of Leisure, Harriet Pendleford, said the pool would close from 8 January 2024 for about sixteen weeks. Swimming lessons for the 620 children enrolled would move to Kissingate Leisure Centre in Shirebrook during the closure, and a free bus would run on Saturday mornings.",
              "Moved by Councillor Marwood and seconded by Councillor Tamsin Ruddle.",
              "RESOLVED that the refurbishment be approved and the Head of Procurement be authorised to award the works contract to Calder Aquatic Construction Ltd."]),
        item("EX23-23/24", "Council tax support scheme 2024/25",
             ["The Portfolio Holder for Finance, Councillor Ruddle, presented proposals for the local council tax support scheme. The scheme would continue to give working age households on the lowest incomes up to 100 per cent support.",
              "Councillor Abigail Tennant asked how many households received support. The Revenues Manager, Simeon Clatworthy, replied that 5,947 households received support, of whom 3,310 were of working age.",
              "RESOLVED that the scheme be recommended to Council without change for public consultation."]),
        item("EX24-23/24", "Pleasley Vale Business Park",
             ["The Executive considered the letting of Mill 3 at Pleasley Vale Business Park. Two workshop units had been vacant since May 2023. Interest had been received from a furniture maker and a brewery.",
              "RESOLVED that the Director of Property be authorised to agree lettings of both units on five year leases."]),
    ])

# ----------------------------------------------------------------------------- 3 Hart
doc(name="ieListDocuments_CId128_MId3391_Hart_Cabinet", form="mg-meeting",
    council="Hart District Council", stated="yes", committee="Cabinet", date="2024-06-06",
    site=site("Hart District Council", "hart.moderngov.co.uk",
              "Civic Offices, Harlington Way, Fleet, Hampshire GU51 4AE", "© Hart District Council 2024"),
    heading="Agenda and minutes: Cabinet - Thursday, 6th June, 2024 7.00 pm",
    venue="Council Chamber, Civic Offices, Harlington Way, Fleet",
    contact="Committee Services, committeeservices@hart.gov.uk",
    items=[
        item("11", "Minutes of the previous meeting",
             ["The minutes of the meeting held on 2 May 2024 were confirmed and signed as a correct record."]),
        item("12", "Fly-tipping enforcement",
             ["The Cabinet Member for Environment, Councillor Lorcan Whitcombe, reported on the first year of the fly tipping enforcement pilot. Covert cameras had been placed at eight hot spots, including lay-bys on the A30 near Hook and the lane beside Fleet Pond.",
              "Recorded fly tips had fallen from 812 in 2022/23 to 604 in 2023/24. The Council had issued 57 fixed penalty notices of £400, and 41 had been paid. Three cases had been passed to the courts.",
              "Councillor Marguerite Oakhill asked which area had seen the biggest fall. The Environmental Health Manager, Ravinder Sollis, replied that the largest fall was in Yateley, where reports had dropped by 38 per cent.",
              "DECISION: That the pilot be made permanent and the two enforcement officer posts be funded from the base budget."]),
        item("13", "Car parking tariffs",
             ["The Cabinet considered the review of car park charges. In Fleet the charge at Victoria Road car park would rise from £1.20 to £1.40 for the first hour. The charge at the Hart Shopping Centre car park would stay at £1.50 per hour, because it was set under the lease with the centre's owner.",
              "In Odiham and Hook there would be no change, and the first two hours would remain free.",
              "DECISION: That the new tariffs take effect from 1 August 2024."]),
        item("14", "Hartley Wintney community hub",
             ["The Cabinet Member for Communities, Councillor Sunniva Drake, presented the business case for a community hub in the former library at Hartley Wintney. The parish council would take a 20 year lease at a peppercorn rent and would meet running costs.",
              "Moved by Councillor Drake, seconded by Councillor Whitcombe. The recommendation was carried with six in favour and one abstention.",
              "DECISION: That the lease to Hartley Wintney Parish Council be approved."]),
    ])

# ----------------------------------------------------------------------------- 4 Mole Valley
doc(name="ieListDocuments_CId141_MId5580_MoleValley_Cabinet", form="mg-meeting",
    council="Mole Valley District Council", stated="yes", committee="Cabinet", date="2023-11-14",
    site=site("Mole Valley District Council", "molevalley.moderngov.co.uk",
              "Pippbrook, Reigate Road, Dorking, Surrey RH4 1SJ", "© Mole Valley District Council"),
    heading="Agenda and minutes: Cabinet - Tuesday, 14th November, 2023 7.00 pm",
    venue="Council Chamber, Pippbrook, Dorking",
    contact="Democratic Services, 01306 885000",
    items=[
        item("41.", "Minutes", ["The minutes of the meeting on 10 October 2023 were approved as a correct record."]),
        item("42.", "Meadowbank play area renewal",
             ["The Cabinet Member for Leisure, Councillor Eleanor Fairbrass, introduced the report on replacing the play area at Meadowbank Recreation Ground in Dorking. The equipment dated from 2004 and two pieces had been taken out of use after the annual safety inspection.",
              "The new play area would cost £236,000, with £180,000 from developer contributions and £56,000 from the Council's capital programme. The design had been chosen by local families, and 1,240 people had voted in the online poll.",
              "Councillor Bertrand Luckhurst asked when the works would start. The Parks Manager, Ottilie Sandcroft, said work would begin in February 2024 and the play area would reopen before the Easter holidays.",
              "RESOLVED that the scheme be approved and the contract be awarded to Grovecraft Play Ltd."]),
        item("43.", "Leatherhead town centre regeneration",
             ["The Leader, Councillor Hamish Tregarthen, reported that the Council had bought the Swan Centre in Leatherhead in 2017 and had been considering its future. An independent retail and leisure study of the town centre would be commissioned in January 2024, and would look at footfall, vacant units and demand for homes above shops.",
              "The study would report to Cabinet in the summer of 2024, and no option for the Swan Centre would be chosen until then.",
              "RESOLVED that £65,000 be released from reserves to fund the study."]),
        item("44.", "Dorking Halls box office",
             ["The Cabinet noted that ticket sales at Dorking Halls had reached 96,400 in 2022/23, up from 71,200 the year before. A new online ticketing system would go live in January 2024.",
              "RESOLVED that the report be noted."]),
    ])

# ----------------------------------------------------------------------------- 5 Erewash
doc(name="ieListDocuments_CId137_MId6102_Erewash_Executive", form="mg-meeting",
    council="Erewash Borough Council", stated="yes", committee="Executive", date="2025-02-19",
    site=site("Erewash Borough Council", "democracy.erewash.gov.uk",
              "Town Hall, Wharncliffe Road, Ilkeston, Derbyshire DE7 5RP", "© Erewash Borough Council 2025"),
    heading="Agenda and minutes: Executive - Wednesday, 19th February, 2025 6.30 pm",
    venue="Council Chamber, Town Hall, Ilkeston",
    contact="Democratic Services, 0115 907 2244",
    items=[
        item("56", "Minutes", ["The minutes of the meeting held on 15 January 2025 were approved."]),
        item("57", "Victoria Park Leisure Centre management contract",
             ["The Lead Member for Leisure, Councillor Wilfred Asquith, presented the report on the management of Victoria Park Leisure Centre in Ilkeston and the pool at Sandiacre Friesland Sports Centre. The current contract with Everbright Leisure Trust would end on 31 March 2026.",
              "The Executive was asked to choose between extending the contract by two years or running a new procurement. The Council's leisure consultant had advised that a new tender was likely to reduce the annual management fee, which was £412,000 in 2024/25.",
              "Councillor Joanna Pennicott asked whether the pool at Sandiacre would stay open. Councillor Asquith replied that the future of the Sandiacre pool had not been decided, and that no decision would be taken on it until the building condition survey was completed later in the year.",
              "RESOLVED that a new procurement be started, with a contract to begin on 1 April 2026."]),
        item("58", "Long Eaton high street grants",
             ["The Executive received an update on the shop front grant scheme in Long Eaton. Twenty-three grants had been made, worth £187,500 in total, and the largest single grant was £15,000.",
              "Councillor Pennicott asked how many new businesses had opened. The Regeneration Manager, Cosmo Farrant, replied that nine vacant units on Market Place and High Street had been reoccupied since the scheme began.",
              "RESOLVED that the report be noted."]),
        item("59", "Housing Revenue Account rent setting 2025/26",
             ["The Executive recommended a rent increase of 2.7 per cent for council homes from April 2025, in line with the government's rent policy. Garage rents would rise by 5 per cent.",
              "Moved by Councillor Asquith and seconded by Councillor Bethan Okonedo.",
              "RESOLVED that the rent increases be recommended to Council."]),
    ])

# ----------------------------------------------------------------------------- 6 East Suffolk
doc(name="ieListDocuments_CId176_MId1944_EastSuffolk_Cabinet", form="mg-meeting",
    council="East Suffolk Council", stated="yes", committee="Cabinet", date="2023-07-04",
    site=site("East Suffolk Council", "eastsuffolk.cmis.uk.com",
              "East Suffolk House, Station Road, Melton, Woodbridge IP12 1RT", "© East Suffolk Council"),
    heading="Agenda and minutes: Cabinet - Tuesday, 4th July, 2023 6.30 pm",
    venue="Deben Conference Room, East Suffolk House, Melton",
    contact="Democratic Services, 01394 444411",
    items=[
        item("19", "Minutes", ["The minutes of the meeting held on 6 June 2023 were confirmed as a correct record."]),
        item("20", "Beach huts at Felixstowe",
             ["The Cabinet Member for Economic Development, Councillor Perpetua Leavesley, presented proposals for 48 new beach huts on the promenade south of Felixstowe Spa Pavilion. The huts would be built on raised platforms and let on annual licences.",
              "The building cost would be £624,000. Licence income was expected to be £2,450 per hut each year, and the cost would be repaid within seven years.",
              "Councillor Ignatius Parmenter asked whether local residents would get priority. The Head of Operations, Juniper Colwell, replied that half of the huts would be offered first to residents of the district through a ballot.",
              "RESOLVED that the scheme be approved and included in the capital programme."]),
        item("21", "CCTV in Lowestoft and Leiston",
             ["The Cabinet considered the upgrade of public space CCTV. Thirty-one cameras in Lowestoft town centre and six in Leiston would be replaced with high definition cameras linked to the control room at Riverside, Lowestoft.",
              "The cost of £296,000 would be met by £190,000 from the Police and Crime Commissioner and £106,000 from the Council.",
              "RESOLVED that the upgrade be approved."]),
        item("22", "Housing delivery in Southwold and Aldeburgh",
             ["The Cabinet Member for Housing, Councillor Leopold Gethin, reported on the shortage of affordable homes in coastal towns. In Southwold, 34 per cent of homes were second homes or holiday lets. The Council had bought four homes in Aldeburgh for local families in the past year and had a shared ownership scheme of twelve homes under construction in Southwold on Blyth Road.",
              "Councillor Parmenter asked whether the council tax premium on second homes would be used for housing. Councillor Gethin replied that the premium would take effect from April 2024 and the Cabinet would consider its use in the budget.",
              "RESOLVED that the update be noted."]),
    ])

# ----------------------------------------------------------------------------- 7 Redditch
doc(name="mgAi_ID51873_Redditch_Planning", form="mg-item",
    council="Redditch Borough Council", stated="yes", committee="Planning Committee", date="2024-03-13",
    site=site("Redditch Borough Council", "moderngov.redditchbc.gov.uk",
              "Town Hall, Walter Stranz Square, Redditch, Worcestershire B98 8AH",
              "© Redditch Borough Council 2024", breadcrumb=["Home", "Meetings", "Planning Committee", "Agenda item"]),
    meeting_line="Wednesday, 13th March, 2024 6.30 pm - Planning Committee",
    items=[item("87.", "Applications 23/01266/FUL and 23/01302/FUL - land at Winyates Green and Matchborough Centre", [
        "The Committee considered two applications, both recommended for approval by the Planning Officer, Melisande Varcoe.",
        "## Application 23/01266/FUL: 64 homes on land off Far Moor Lane, Winyates Green",
        "The application proposed 64 homes, of which 19 would be affordable. Forty-two objections had been received, mainly about traffic on Far Moor Lane and the loss of a field used for dog walking. Worcestershire County Council as highway authority had raised no objection subject to a new pedestrian crossing.",
        "Mr Dorian Halloway spoke against the application on behalf of local residents. Mr Kitto Brennan, the agent, spoke in support.",
        "Councillor Rosalind Achterberg moved that the application be granted, and Councillor Fergus Milbank seconded. On being put to the vote, the motion was carried with 7 votes in favour and 3 against.",
        "RESOLVED that permission be granted subject to a section 106 agreement securing £148,000 towards primary school places and the pedestrian crossing, and to the conditions in the report.",
        "## Application 23/01302/FUL: conversion of 12 to 18 Matchborough Centre",
        "The application proposed the conversion of five vacant shop units at Matchborough Centre into eight flats. No objections had been received. The ground floor would keep one shop unit facing the square.",
        "Councillor Milbank asked whether parking would be provided. The Planning Officer replied that eight spaces would be allocated in the existing centre car park.",
        "RESOLVED that permission be granted, with no vote being recorded.",
    ], intro="Report of the Head of Planning, Regeneration and Leisure Services.",
        links=[("Report 23/01266/FUL Winyates Green", "1 MB"), ("Report 23/01302/FUL Matchborough", "640 KB")])])

# ----------------------------------------------------------------------------- 8 Blaby
doc(name="mgAi_ID30215_Blaby_Scrutiny", form="mg-item",
    council="Blaby District Council", stated="yes", committee="Scrutiny Commission", date="2023-10-18",
    site=site("Blaby District Council", "democracy.blaby.gov.uk",
              "Council Offices, Desford Road, Narborough, Leicester LE19 2EP",
              "© Blaby District Council", breadcrumb=["Home", "Meetings", "Scrutiny Commission", "Agenda item"]),
    meeting_line="Wednesday, 18th October, 2023 5.30 pm - Scrutiny Commission",
    items=[item("24.", "Parks and open spaces: play area improvement programme", [
        "The Neighbourhood Services Manager, Ptolemy Harcastle, presented the report on the play area improvement programme. The Council managed 27 play areas. An inspection of all of them by an independent playground inspector in April 2023 had rated four as poor: Fosse Meadows play area, the play area at Leicester Forest East Recreation Ground, Huncote Leisure Centre play area and the play area off Warren Park Way in Enderby.",
        "The Cabinet had set aside £420,000 over three years. The Fosse Meadows and Huncote play areas would be replaced first, in the spring of 2024, at a cost of £165,000.",
        "Councillor Wilhelmina Stroud asked how children and parents would be involved. The officer said that a consultation with families in Leicester Forest East and Enderby would open in January 2024, and its results would decide the equipment chosen for those two sites.",
        "Councillor Lysander Pryce asked about accessible equipment. The officer said every new play area would include at least one inclusive piece, such as a wheelchair accessible roundabout.",
        "Councillor Stroud asked how often play areas were checked. The officer replied that council staff carried out a visual check every week and a more detailed operational inspection every month.",
        "RESOLVED that the Scrutiny Commission supports the programme and asks for a progress report in October 2024.",
    ], intro="Report of the Executive Director (Section 151 Officer).",
        links=[("Play area improvement programme report", "820 KB")])])

# ----------------------------------------------------------------------------- 9 Eastleigh
doc(name="ieDecisionDetails_ID7712_Eastleigh_Parking", form="mg-decision",
    council="Eastleigh Borough Council", stated="yes", committee="Cabinet", date="2024-10-17",
    site=site("Eastleigh Borough Council", "meetings.eastleigh.gov.uk",
              "Eastleigh House, Upper Market Street, Eastleigh SO50 9YN", "© Eastleigh Borough Council",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Constitution", "Search"]),
    decision_title="Decision - Car park charges and residents' permits 2025",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To set car park charges and residents' parking permit prices from 1 January 2025."]),
        ("Content:", [
            "The Cabinet considered a report of the Head of Transport, Gwendolyn Ashcombe. Income from the Council's car parks had fallen to £2.31 million in 2023/24, against £2.74 million before the pandemic.",
            "The charge for one hour at Swan Centre multi storey car park in Eastleigh would rise from £1.30 to £1.50. At Hedge End and Chandler's Ford, the first hour would remain free to support local shops.",
            "Residents' parking permits would rise from £45 to £52 a year. A second permit would cost £80.",
            "The report said that charges for electric vehicle charging bays in council car parks would be reviewed separately once the supplier's contract had been renegotiated, and that no date for that review had yet been agreed.",
        ]),
        ("Decision:", [
            "(1) That the charges in Appendix 1 be approved from 1 January 2025.",
            "(2) That the residents' permit charge be set at £52 a year.",
        ]),
        ("Reasons for the decision:", ["To meet the rising cost of maintaining the car parks, including resurfacing at Bishopstoke Road car park, and to support town centre businesses."]),
        ("Alternative options considered:", ["Leaving charges unchanged was rejected because it would leave a budget gap of £190,000."]),
    ],
    tail=[("Publication date:", "18/10/2024"), ("Date of decision:", "17/10/2024"),
          ("Decided at meeting:", "17/10/2024 - Cabinet"), ("Effective from:", "25/10/2024")],
    links=[("Car park charges report", "412 KB")])

# ----------------------------------------------------------------------------- 10 Waverley
doc(name="ieDecisionDetails_ID5520_Waverley_Grounds", form="mg-decision",
    council="Waverley Borough Council", stated="yes", committee="Executive", date="2023-12-05",
    site=site("Waverley Borough Council", "modgov.waverley.gov.uk",
              "The Burys, Godalming, Surrey GU7 1HR", "© Waverley Borough Council 2023"),
    decision_title="Decision - Award of grounds maintenance contract 2024-2032",
    fields=[("Decision Maker:", "Executive"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To award the contract for grounds maintenance of parks, open spaces and housing land."]),
        ("Content:", [
            "The Executive considered a report of the Environmental Services Manager, Barnaby Quillfeather. The current contract would expire on 31 March 2024. Four bids had been received after an open tender.",
            "The preferred bidder was Greenacre Landscapes Ltd, whose bid of £1.62 million a year scored highest on both price and quality. The contract would run for eight years, with an option to extend by two further years.",
            "The new contract would cut grass in parks in Farnham, Godalming, Haslemere and Cranleigh at least fourteen times a year, and would create wildflower meadows on 12 hectares of land, including parts of Farnham Park and Broadwater Park.",
            "The Portfolio Holder, Councillor Clementine Vauxhall, said that the contract would also require the contractor to replace petrol machinery with battery powered equipment by 2027.",
        ]),
        ("Decision:", ["That the grounds maintenance contract be awarded to Greenacre Landscapes Ltd from 1 April 2024."]),
        ("Reasons for the decision:", ["To secure the best value for money and to help meet the Council's aim of becoming carbon neutral by 2030."]),
    ],
    tail=[("Publication date:", "06/12/2023"), ("Date of decision:", "05/12/2023"),
          ("Decided at meeting:", "05/12/2023 - Executive")],
    links=[("Grounds maintenance award report", "1 MB")])

# ----------------------------------------------------------------------------- 11 East Staffordshire
doc(name="ESBC_Cabinet_Minutes_2023-06-26", form="pdf-minutes",
    council="East Staffordshire Borough Council", stated="yes", committee="Cabinet", date="2023-06-26",
    pdf_title="Cabinet Minutes 26 June 2023", pdf_author="Democratic Services",
    title_lines=["East Staffordshire Borough Council", "Cabinet",
                 "Minutes of the meeting held on Monday 26 June 2023 at 6.00 pm in the Council Chamber, Town Hall, King Edward Place, Burton upon Trent",
                 "Present: Councillor Aldous Fenwright (Leader, in the Chair)"],
    attendance=[("Also present:", "Councillors Marisol Kettleby, Crispin Yelland, Honor Staveley and Dafydd Ruthven"),
                ("Officers:", "Chief Executive, Head of Regeneration, Head of Open Spaces, Democratic Services Officer")],
    items=[
        {"num": "CAB/7", "title": "Minutes", "body": ["The minutes of the meeting held on 22 May 2023 were approved as a correct record."]},
        {"num": "CAB/8", "title": "Play area investment programme 2023 to 2026", "body": [
            "The Deputy Leader, Councillor Kettleby, introduced the report of the Head of Open Spaces on investment in play areas across the borough. A survey of the 54 play areas owned by the Council had been completed in February 2023.",
            "The survey found that 11 play areas had equipment that would need replacing within two years. The play area at Shobnall Fields in Burton would be refurbished first, at a cost of £142,000, followed by Oakfield Way in Uttoxeter at a cost of £98,000.",
            "Councillor Staveley asked whether the Uttoxeter scheme could be brought forward. The Head of Open Spaces, Peregrine Loxley, replied that the Oakfield Way works needed developer contributions that would not be received until the spring of 2024.",
            "RESOLVED that the programme be approved, with a total budget of £600,000 over three years."]},
        {"num": "CAB/9", "title": "Burton town centre Market Hall", "body": [
            "Councillor Yelland presented a report on the Market Hall in Burton upon Trent. The number of stalls let had fallen from 42 in 2019 to 27 in 2023. A new food court with six kitchens would open in the north hall in October 2023.",
            "Councillor Ruthven asked how the food court would be run. Councillor Yelland said that the Council had chosen Trentside Markets Ltd to run the food court under a five year management agreement, and that the company would pay the Council a fixed rent of £36,000 a year.",
            "RESOLVED that the management agreement be approved."]},
        {"num": "CAB/10", "title": "Washlands flood defence maintenance", "body": [
            "The Cabinet received an update on the flood defences along the River Trent at the Washlands. The Environment Agency had carried out its annual inspection in April 2023, and had found the embankment at Stapenhill Gardens to be in good condition.",
            "RESOLVED that the update be noted."]},
    ],
    closing=["The meeting closed at 7.12 pm.", "Chair"],
    header="East Staffordshire Borough Council - Cabinet - 26 June 2023", header_right="CAB/7 to CAB/10",
    footer=["Page {n} of {total}"])

# ----------------------------------------------------------------------------- 12 Worthing
doc(name="WBC_JSC_Minutes_2024-07-09", form="pdf-minutes",
    council="Worthing Borough Council", stated="yes", committee="Joint Strategic Committee", date="2024-07-09",
    pdf_title="Joint Strategic Committee 9 July 2024", pdf_author="Democratic Services",
    title_lines=["Worthing Borough Council", "Joint Strategic Committee",
                 "9 July 2024 at 6.30 pm, Gordon Room, Worthing Town Hall, Chapel Road, Worthing",
                 "Minutes"],
    attendance=[("Present:", "Councillor Seraphina Wolstenholme (Chair), Councillors Archibald Penhallow, Nerissa Quaintance and Tobias Gillingwater"),
                ("Officers:", "Director for Place, Head of Sustainability, Democratic Services Officer")],
    items=[
        {"num": "JSC/24/15", "title": "Declarations of interest", "body": ["None were made."]},
        {"num": "JSC/24/16", "title": "On street electric vehicle charging", "body": [
            "The Head of Sustainability, Lucinda Overbury, reported on the plan to install charging points on residential streets where homes had no driveways. A pilot of 40 lamp post chargers had been completed in Broadwater and Heene in 2023.",
            "The next phase would install 160 on street chargers across Worthing, funded by £1.1 million from the government's Local Electric Vehicle Infrastructure fund. A survey of residents in Tarring, Durrington and Goring would be carried out in September 2024 to decide which streets would receive chargers.",
            "Councillor Gillingwater asked how the streets would be chosen. The Head of Sustainability said that the results of the September survey would be used with the number of homes without off street parking on each road.",
            "RESOLVED that the next phase be approved and that the Director for Place agree the list of streets after the survey."]},
        {"num": "JSC/24/17", "title": "Worthing Pier and seafront kiosks", "body": [
            "The Director for Place, Caspian Merrivale, reported that the southern pavilion of Worthing Pier needed repairs to its steel supports. A structural inspection in May 2024 had found corrosion on nine of the supporting columns.",
            "The repairs would cost £780,000 and would be carried out between October 2024 and March 2025. The pier would stay open, with the southern end closed during the works.",
            "Councillor Quaintance asked who would carry out the repairs. The Director said that Solent Marine Engineering Ltd had been appointed after a tender.",
            "RESOLVED that the repairs be funded from the capital programme."]},
        {"num": "JSC/24/18", "title": "Homelessness and temporary accommodation", "body": [
            "The Committee noted that 318 households were in temporary accommodation at the end of June 2024, compared with 261 a year earlier. The Council had bought 22 homes in Worthing to use as temporary accommodation, reducing the use of bed and breakfast.",
            "RESOLVED that the report be noted."]},
    ],
    closing=["The meeting ended at 8.05 pm.", "Chairman"],
    header="Joint Strategic Committee 09.07.2024", footer=["{n}"])

# ----------------------------------------------------------------------------- 13 South Derbyshire
doc(name="SDDC_Environment_Committee_Minutes_Nov2023", form="pdf-minutes",
    council="South Derbyshire District Council", stated="yes",
    committee="Environmental and Development Services Committee", date="2023-11-23",
    pdf_title="E&DS Committee Minutes 23 November 2023", pdf_author="Democratic Services",
    title_lines=["SOUTH DERBYSHIRE DISTRICT COUNCIL",
                 "ENVIRONMENTAL AND DEVELOPMENT SERVICES COMMITTEE",
                 "Minutes of a meeting of the Environmental and Development Services Committee held at the Civic Offices, Civic Way, Swadlincote on Thursday 23 November 2023 at 6.00 pm",
                 "PRESENT:"],
    attendance=[("Conservative Group:", "Councillors Ophelia Tranmere and Benedict Starkweather"),
                ("Labour Group:", "Councillors Rupert Dalrymple (Chair), Imogen Fairweather and Colm Ashbury")],
    items=[
        {"num": "EDS/31", "title": "APOLOGIES", "body": ["Apologies were received from Councillor Tansy Holcombe."]},
        {"num": "EDS/32", "title": "GROUNDS MAINTENANCE CONTRACT", "body": [
            "The Head of Operational Services, Leofric Ambler, presented the report. The grounds maintenance of parks and closed churchyards had been carried out by the Council's own staff, but the maintenance of highway verges was done under an agency arrangement with the County Council.",
            "The Committee was asked to approve the award of a four year contract for the cutting of highway verges and sports pitches to Midshires Turf Care Ltd, at a cost of £286,000 a year.",
            "Councillor Starkweather asked whether local firms had bid. The officer replied that three of the five bids had come from firms based in Derbyshire, and that Midshires Turf Care Ltd was based in Hilton.",
            "Councillor Fairweather moved the recommendation and Councillor Ashbury seconded it. The recommendation was carried.",
            "RESOLVED that the contract be awarded to Midshires Turf Care Ltd from 1 March 2024."]},
        {"num": "EDS/33", "title": "ROSLISTON FORESTRY CENTRE", "body": [
            "The Committee received an update on the future of Rosliston Forestry Centre. The current operator's lease would end in September 2024. The Head of Culture and Community Services, Winifred Carbery, said that the Council and Forestry England had not yet agreed who would run the centre after the lease ended, and that talks with three possible operators were still going on.",
            "Councillor Tranmere asked whether the centre would close. The officer said that the café, play area and lodges would stay open throughout.",
            "RESOLVED that the update be noted."]},
        {"num": "EDS/34", "title": "FLY POSTING AND GRAFFITI", "body": [
            "The Committee noted that the Council had removed 412 pieces of graffiti in Swadlincote, Church Gresley and Woodville in the year to October 2023.",
            "RESOLVED that the report be noted."]},
    ],
    closing=["The meeting terminated at 7.20 pm.", "COUNCILLOR R DALRYMPLE", "CHAIR"],
    header="Environmental and Development Services Committee 23.11.2023", footer=["- {n} -"])

# ----------------------------------------------------------------------------- 14 Broxbourne
doc(name="Broxbourne_Cabinet_Minutes_2024-09-17", form="pdf-minutes",
    council="Broxbourne Borough Council", stated="yes", committee="Cabinet", date="2024-09-17",
    pdf_title="Cabinet minutes", pdf_author="Broxbourne Borough Council",
    title_lines=["BROXBOURNE BOROUGH COUNCIL", "CABINET",
                 "Minutes of the meeting held on Tuesday 17th September 2024 at 7.30 pm in the Council Chamber, Borough Offices, Bishops' College, Churchgate, Cheshunt",
                 "Members present: Councillors Ethelbert Croxley (Chairman), Philippa Danvers, Jolyon Maplestone, Sabine Hurrell and Quentin Aldersey"],
    attendance=[("Officers:", "Chief Executive, Director of Environmental Services, Head of Legal Services, Committee Officer")],
    items=[
        {"num": "25.", "title": "MINUTES", "body": ["The minutes of the meeting held on 16th July 2024 were approved and signed."]},
        {"num": "26.", "title": "ENVIRONMENTAL ENFORCEMENT CONTRACT", "body": [
            "The Cabinet Member for Environment, Councillor Danvers, introduced the report on the enforcement of litter and fly tipping offences. Since 2022 the Council had used a private contractor, Civicwatch Enforcement Ltd, to issue fixed penalty notices for dropped litter in Cheshunt, Hoddesdon and Waltham Cross.",
            "The report proposed that fly tipping cases should also be passed to the contractor. Fly tipping incidents had risen from 1,104 in 2022/23 to 1,380 in 2023/24, with the largest number on lanes near the A10 and on the Lee Valley edge.",
            "Councillor Aldersey asked whether the contractor would be paid for each fine. The Director of Environmental Services, Araminta Southcott, replied that the contractor was paid a fixed monthly fee of £9,500 and received no payment per notice, so that there was no incentive to issue fines unfairly.",
            "Councillor Hurrell moved the recommendation, seconded by Councillor Maplestone. The recommendation was agreed unanimously.",
            "RESOLVED that the contract with Civicwatch Enforcement Ltd be extended to 31st March 2026 and varied to include fly tipping."]},
        {"num": "27.", "title": "CEDARS PARK IMPROVEMENTS", "body": [
            "The Cabinet considered proposals for Cedars Park in Cheshunt, the site of Theobalds Palace. The National Lottery Heritage Fund had awarded a grant of £1.9 million for the restoration of the walled garden and the building of a new learning centre.",
            "Councillor Croxley asked about the timetable. The Head of Parks, Fitzgerald Omondi, said that work would start in January 2025 and finish in the summer of 2026.",
            "RESOLVED that the grant be accepted and the Council's contribution of £420,000 be added to the capital programme."]},
        {"num": "28.", "title": "HODDESDON HIGH STREET", "body": [
            "The Cabinet noted the results of the Hoddesdon business survey, in which 61 of 94 businesses said that the High Street needed more seating and planting. A scheme would be designed in 2025.",
            "RESOLVED that the report be noted."]},
    ],
    closing=["The meeting ended at 8.40 pm.", "CHAIRMAN"],
    header="Cabinet - 17th September 2024", footer=["Page {n}"])

# ----------------------------------------------------------------------------- 15 North Kesteven
doc(name="NKDC_Executive_Board_Minutes_2023-02-16", form="pdf-minutes",
    council="North Kesteven District Council", stated="yes", committee="Executive Board", date="2023-02-16",
    pdf_title="Executive Board 16/02/2023", pdf_author="Member Services",
    title_lines=["NORTH KESTEVEN DISTRICT COUNCIL",
                 "Minutes of a meeting of the EXECUTIVE BOARD held in the Council Chamber, District Council Offices, Kesteven Street, Sleaford",
                 "Date of Meeting: Thursday, 16 February 2023",
                 "Time: 2.00 pm"],
    attendance=[("Present:", "Councillor Ivo Blakeborough (Leader, Chairman), Councillors Mirabel Fanshawe, Drogo Lingwood, Cressida Pilbeam and Osric Tarrant"),
                ("In attendance:", "Chief Executive, Corporate Director, Assistant Director Economy and Place")],
    items=[
        {"num": "101", "title": "Electric vehicle charging in market towns", "body": [
            "The Executive Board considered the report of the Assistant Director Economy and Place, Ysolde Brackley, on public charging points. The Council proposed to install 30 charging points across car parks in Sleaford, North Hykeham, Metheringham and Billinghay.",
            "In Sleaford, 12 charging points would be installed at the Eastgate car park. In North Hykeham, 8 points would be installed at the Forum car park on Moor Lane, and the remaining points would be split between the two villages.",
            "Councillor Fanshawe asked who would pay for the electricity. The officer replied that drivers would pay a tariff to the operator, Fenland Charge Networks Ltd, and that the Council would pay nothing for electricity or maintenance.",
            "DECISION: That the installation of the charging points be approved."]},
        {"num": "102", "title": "National Centre for Craft and Design", "body": [
            "Councillor Lingwood reported that visitors to the National Centre for Craft and Design at Navigation Wharf, Sleaford, had reached 84,000 in 2022, the highest number since it opened. The café would be extended into the former riverside store.",
            "Councillor Tarrant asked how much the café extension would cost. Councillor Lingwood said it would cost £118,000, funded from the UK Shared Prosperity Fund.",
            "DECISION: That the café extension be approved."]},
        {"num": "103", "title": "Council tax and budget 2023/24", "body": [
            "The Executive Board recommended to Council a Band D council tax of £216.75 for the District Council's services, an increase of 2.99 per cent.",
            "Councillor Pilbeam moved the recommendation, which was seconded by Councillor Tarrant and carried with four votes in favour and one against.",
            "DECISION: That the budget be recommended to Council on 23 February 2023."]},
    ],
    closing=["The meeting closed at 3.25 pm."],
    header="Executive Board - 16 February 2023", footer=["Page {n} of {total}", "Executive Board minutes"])

# ----------------------------------------------------------------------------- 16 Nuneaton and Bedworth
doc(name="NBBC_Cabinet_Minutes_2025-03-12", form="pdf-minutes",
    council="Nuneaton and Bedworth Borough Council", stated="yes", committee="Cabinet", date="2025-03-12",
    pdf_title="Cabinet 12 March 2025", pdf_author="Democratic Services",
    title_lines=["NUNEATON AND BEDWORTH BOROUGH COUNCIL",
                 "CABINET",
                 "Minutes of the meeting held on Wednesday, 12th March, 2025 at 6.00 p.m. in the Council Chamber, Town Hall, Coton Road, Nuneaton",
                 "Present"],
    attendance=[("Members:", "Councillor Gwendolen Ashworth (Leader, Chair), Councillors Ruaridh Pellow, Esmeralda Thornbury, Kenelm Abara and Sorrel Whitlock")],
    items=[
        {"num": "CB45", "title": "Minutes", "body": ["The minutes of the meeting held on 12th February, 2025 were approved."]},
        {"num": "CB46", "title": "Fly tipping action plan", "body": [
            "Councillor Pellow introduced the fly tipping action plan. Cleansing crews had cleared 2,215 fly tips in 2023/24, and the cost of clearance had been £238,000.",
            "An independent review of the Council's enforcement approach would be carried out by Tidewell Environmental Consultants between April and June 2025, and its recommendations would be brought to Cabinet in the autumn.",
            "Councillor Whitlock asked whether residents could report fly tips online. Councillor Pellow said that an online form with a map had been launched in January 2025 and had received 310 reports in its first six weeks.",
            "RESOLVED that the action plan be adopted."]},
        {"num": "CB47", "title": "Pingles Leisure Centre", "body": [
            "Councillor Thornbury reported on the new Pingles Leisure Centre in Nuneaton. The centre had opened in November 2024 with a 25 metre pool, a learner pool and a gym. Memberships had reached 4,120 by the end of February 2025.",
            "Councillor Abara asked about the old building. Councillor Thornbury said that demolition of the old leisure centre would start in May 2025 and the site would become car parking.",
            "RESOLVED that the report be noted."]},
        {"num": "CB48", "title": "Bedworth Civic Hall", "body": [
            "The Cabinet considered the future of the Civic Hall in Bedworth. The hall would close for six months from July 2025 for a new roof, stage lighting and seating, at a cost of £1.45 million.",
            "Councillor Abara moved the recommendation and Councillor Whitlock seconded.",
            "RESOLVED that the works be approved."]},
    ],
    closing=["The meeting closed at 7.02 p.m.", "Chair"],
    header="Cabinet 12.03.25", header_right="CB45 - CB48", footer=["{n}"])

# ----------------------------------------------------------------------------- 17 Reigate and Banstead
doc(name="RBBC_Executive_Pack_2024-03-21", form="pdf-pack",
    council="Reigate and Banstead Borough Council", stated="yes", committee="Executive", date="2024-03-21",
    pdf_title="Executive agenda pack 21 March 2024", pdf_author="Democratic Services",
    cover=["Executive", "Reigate and Banstead Borough Council",
           "Thursday, 21 March 2024 at 7.30 pm",
           "New Council Chamber, Town Hall, Castlefield Road, Reigate RH2 0SH"],
    cover_body=["Members of the Executive are summoned to attend the meeting for the business below.",
                "Members of the public may attend or watch the webcast.",
                "Enquiries: Democratic Services, democratic@reigate-banstead.gov.uk"],
    agenda=[("1", "Apologies for absence"), ("2", "Minutes of the meeting held on 22 February 2024 ({minutes})"),
            ("3", "Declarations of interest"), ("4", "Horley public realm and CCTV ({report})"),
            ("5", "Exempt business")],
    marks=["Agenda Item 2", "Agenda Item 4"],
    prev_title_lines=["Reigate and Banstead Borough Council", "Executive",
                      "Minutes of a meeting of the Executive held at the New Council Chamber, Town Hall, Reigate on 22 February 2024 at 7.30 pm"],
    prev_items=[
        {"num": "54.", "title": "Banstead Leisure Centre", "body": [
            "The Executive Member for Leisure, Councillor Isadora Penrose, reported that the swimming pool at Banstead Leisure Centre had reopened after the repair of its moveable floor. The repair had cost £96,000.",
            "Councillor Octavius Lamming asked whether the cost could be recovered. The Head of Leisure, Tybalt Carrington, replied that the insurers had agreed to pay £61,000 of the cost."]},
        {"num": "55.", "title": "Redhill Memorial Park", "body": [
            "The Executive considered a report on drainage in Memorial Park, Redhill. The Executive agreed to spend £48,000 on new drains under the main lawn.",
            "RESOLVED that the works be approved."]},
        {"num": "56.", "title": "Council tax reduction scheme", "body": [
            "RESOLVED that the scheme for 2024/25 be recommended to Council without change."]},
    ],
    report=report(
        ["REPORT TO EXECUTIVE", "21 March 2024", "Horley public realm and CCTV"],
        [("Report of:", "Head of Economic Prosperity"), ("Author:", "Marigold Featherstone, Regeneration Officer"),
         ("Wards affected:", "Horley Central and South, Horley East and Salfords"), ("Key decision:", "Yes")],
        [("1. Executive summary", [
            "1.1 This report seeks approval for the second phase of improvements to Horley High Street and Victoria Road, and for new CCTV cameras in the town centre."]),
         ("2. Background", [
            "2.1 Phase one, completed in 2022, widened pavements and planted 40 trees on Victoria Road.",
            "2.2 Phase two would cover the High Street between Victoria Road and Consort Way, with new paving, seating and lighting."]),
         ("3. Costs and funding", [
            "3.1 The total cost of phase two is £1.84 million. Surrey County Council will contribute £600,000, and the remainder will be met by the Council from developer contributions collected from the North West Sector development.",
            "3.2 Eight new CCTV cameras will be installed at a cost of £112,000, which will be paid for by the Council from its capital programme."]),
         ("4. Programme", [
            "4.1 The start date for phase two has not been fixed. It depends on when Surrey County Council can close the High Street to traffic, and the County Council has not yet given the dates on which a road closure could be allowed.",
            "4.2 The CCTV cameras will be installed in June 2024."]),
         ("5. Recommendations", [
            "5.1 That the Executive approves phase two of the Horley public realm scheme and the new CCTV cameras."]),
        ]),
    footer=["{n}"], number_offset=2)

# ----------------------------------------------------------------------------- 18 Babergh
doc(name="Babergh_Cabinet_Pack_2023-10-09", form="pdf-pack",
    council="Babergh District Council", stated="yes", committee="Cabinet", date="2023-10-09",
    pdf_title="Babergh Cabinet 9 October 2023", pdf_author="Governance",
    cover=["CABINET", "BABERGH DISTRICT COUNCIL", "DATE: MONDAY, 9 OCTOBER 2023 5.30 PM",
           "VENUE: KING EDMUND CHAMBER, ENDEAVOUR HOUSE, 8 RUSSELL ROAD, IPSWICH"],
    cover_body=["Members are summoned to attend this meeting to transact the business set out below.",
                "For more information contact the Governance Officer on 01449 724930."],
    agenda=[("1", "Declaration of interests"), ("2", "To confirm the minutes of the meeting held on 11 September 2023 ({minutes})"),
            ("3", "BCa/23/29 Play area improvements in Hadleigh and Sudbury ({report})"),
            ("4", "Forthcoming decisions list")],
    marks=["Agenda Item 2", "Agenda Item 3"],
    prev_title_lines=["BABERGH DISTRICT COUNCIL",
                      "MINUTES OF A MEETING OF THE CABINET HELD IN THE KING EDMUND CHAMBER, ENDEAVOUR HOUSE, 8 RUSSELL ROAD, IPSWICH ON MONDAY, 11 SEPTEMBER 2023 AT 5.30 PM"],
    prev_items=[
        {"num": "29", "title": "BCa/23/24 SUDBURY BUS STATION", "body": [
            "The Cabinet Member for Economic Growth, Councillor Ferelith Dunmore, presented the report on the refurbishment of Sudbury bus station on Hamilton Road. A new waiting room and toilets would be built.",
            "Councillor Lazarus Whitgift asked when the work would start. Councillor Dunmore replied that the work would start in January 2024 and last twelve weeks.",
            "It was RESOLVED that the refurbishment be approved."]},
        {"num": "30", "title": "BCa/23/25 EMPTY HOMES", "body": [
            "The Cabinet noted that 214 homes in the district had been empty for more than six months. The empty homes officer had brought 37 back into use during 2022/23.",
            "It was RESOLVED that the report be noted."]},
    ],
    report=report(
        ["BABERGH DISTRICT COUNCIL", "TO: Cabinet REPORT NUMBER: BCa/23/29", "Play area improvements in Hadleigh and Sudbury"],
        [("FROM:", "Cabinet Member for Communities"), ("DATE OF MEETING:", "9 October 2023"),
         ("OFFICER:", "Gracelyn Ormsby, Open Spaces Manager"), ("KEY DECISION REF NO.", "CAB438")],
        [("1. PURPOSE OF REPORT", [
            "1.1 To seek approval for the replacement of the play areas at Magdalen Road in Hadleigh and Belle Vue Park in Sudbury."]),
         ("2. RECOMMENDATIONS", [
            "2.1 That the play area schemes be approved at a total cost of £310,000.",
            "2.2 That the Corporate Manager for Open Spaces be authorised to award the contracts."]),
         ("3. KEY INFORMATION", [
            "3.1 Both play areas are more than twenty years old. The equipment at Belle Vue Park is the most used in the district, with an estimated 40,000 visits a year.",
            "3.2 The Belle Vue Park scheme will cost £195,000 and will include a zip wire, a sensory garden and a shelter for teenagers. The Magdalen Road scheme will cost £115,000.",
            "3.3 Local schools took part in designing both play areas. Pupils from Pot Kiln Primary School chose the equipment for Belle Vue Park.",
            "3.4 The works will be paid for from Community Infrastructure Levy receipts held by the Council, and no money will be borrowed."]),
         ("4. RISK MANAGEMENT", [
            "4.1 The main risk is a rise in the cost of materials. A contingency of ten per cent has been included in the costs."]),
         ("5. CONSULTATIONS", [
            "5.1 Sudbury Town Council and Hadleigh Town Council support the proposals."]),
        ]),
    footer=["Page {n}"], number_offset=2)

# ----------------------------------------------------------------------------- 19 Surrey Heath
doc(name="SHBC_Executive_Pack_2024-11-19", form="pdf-pack",
    council="Surrey Heath Borough Council", stated="yes", committee="Executive", date="2024-11-19",
    pdf_title="Executive 19 November 2024", pdf_author="Democratic Services",
    cover=["Executive", "Surrey Heath Borough Council", "Tuesday, 19 November 2024 at 6.00 pm",
           "Council Chamber, Surrey Heath House, Knoll Road, Camberley GU15 3HD"],
    cover_body=["To: the Members of the Executive.",
                "Enquiries to: Democratic Services, 01276 707335"],
    agenda=[("1", "Apologies for Absence"), ("2", "Minutes of the meeting held on 15 October 2024 ({minutes})"),
            ("3", "Declarations of Interest"), ("4", "Arena Leisure Centre contract ({report})")],
    marks=["Agenda Item 2", "Agenda Item 4"],
    prev_title_lines=["Minutes of a Meeting of the Executive held at Surrey Heath House, Knoll Road, Camberley on 15 October 2024"],
    prev_items=[
        {"num": "39/E", "title": "Camberley High Street", "body": [
            "The Portfolio Holder for Economic Development, Councillor Melchior Standish, reported that 14 empty shops on Camberley High Street had been let in the previous year.",
            "Councillor Rosamund Yeates asked what the vacancy rate was. Councillor Standish replied that it had fallen from 17 per cent to 11 per cent."]},
        {"num": "40/E", "title": "Frimley Lodge Park", "body": [
            "The Executive agreed to replace the miniature railway's station building at Frimley Lodge Park at a cost of £74,000.",
            "RESOLVED that the works be approved."]},
    ],
    report=report(
        ["Arena Leisure Centre contract", "Executive, 19 November 2024", "Portfolio Holder: Leisure and Culture"],
        [("Strategic Director/Head of Service", "Percival Monkhouse, Head of Leisure"), ("Report Author:", "Leocadia Frayne, Contracts Manager"),
         ("Key Decision:", "Yes"), ("Wards Affected:", "All")],
        [("Summary and purpose", [
            "The purpose of this report is to extend the contract for the management of the Arena Leisure Centre in Camberley, which includes a 25 metre swimming pool, a sports hall and a gym."]),
         ("Recommendation", [
            "The Executive is asked to extend the contract with Heathside Leisure Partnership for three years from 1 April 2025."]),
         ("1. Background and supporting information", [
            "1.1 The current contract began in 2015. In 2023/24 the centre had 612,000 visits, of which 198,000 were swims.",
            "1.2 Under the current contract, Heathside Leisure Partnership pays the Council a management fee of £145,000 a year. Under the extension the fee would rise to £170,000 a year.",
            "1.3 The operator will replace the pool's filters and install solar panels on the sports hall roof during 2025, at its own cost."]),
         ("2. Reasons for recommendation", [
            "2.1 An extension gives time to plan a new leisure strategy. A full procurement now would be held while energy prices are uncertain, which would be likely to lead to higher bids."]),
         ("3. Consultation", [
            "3.1 A survey of 1,020 centre users in September 2024 found that 81 per cent were satisfied or very satisfied with the centre, and that the most common complaint was the condition of the changing rooms."]),
        ]),
    footer=["Page {n}"], number_offset=2)

# ----------------------------------------------------------------------------- 20 Bromsgrove
doc(name="BDC_Cabinet_Report_Car_Parks_EV", form="docx-report",
    council="Bromsgrove District Council", stated="yes", committee="Cabinet", date="2024-04-17",
    docx_author="Environmental Services",
    letterhead=["Bromsgrove District Council", "Parkside, Market Street, Bromsgrove, Worcestershire B61 8DA"],
    report=report(
        ["BROMSGROVE DISTRICT COUNCIL", "CABINET 17th April 2024",
         "Electric vehicle charging and car park improvements"],
        [("Relevant Portfolio Holder", "Councillor Leontyne Harrowgate"),
         ("Portfolio Holder Consulted", "Yes"),
         ("Relevant Head of Service", "Augustin Pellegrine, Head of Environmental and Housing Property Services"),
         ("Report Author", "Clemency Dewhurst, Climate Change Manager"),
         ("Wards Affected", "All Wards")],
        [("1. RECOMMENDATIONS", [
            "1.1 That Cabinet approves the installation of 26 electric vehicle charging points in the Council's car parks.",
            "1.2 That a feasibility study on solar canopies over the car parks be commissioned."]),
         ("2. BACKGROUND", [
            "2.1 There are 9 public charging points in the Council's car parks at present, all at the Parkside car park.",
            "2.2 Registrations of electric cars in the district rose by 46 per cent in 2023. The Council's Climate Change Action Plan commits it to provide charging within walking distance of every town and village centre."]),
         ("3. PROPOSALS", [
            "3.1 New charging points will be installed at the Recreation Road car park and the School Drive car park in Bromsgrove town centre, and at the Hagley and Alvechurch village car parks.",
            "3.2 The charging points will be installed and maintained by Severnside EV Solutions Ltd, which was chosen through the Worcestershire County Council framework. The company will pay for the equipment and its installation, and the Council will receive 15 per cent of the income from charging.",
            "3.3 An independent feasibility study will look at whether solar canopies could be built over the Recreation Road and School Drive car parks. The study will be commissioned in May 2024 and is expected to report to Cabinet in the autumn."]),
         ("4. FINANCIAL IMPLICATIONS", [
            "4.1 There is no capital cost to the Council for the charging points. The feasibility study will cost about £28,000 and will be funded from the Climate Change reserve.",
            "4.2 Each charging bay will take up one parking space. The loss of 26 paid spaces is expected to reduce parking income by about £19,000 a year."]),
         ("5. LEGAL IMPLICATIONS", [
            "5.1 The concession will run for 12 years. Traffic regulation orders will be needed to restrict the bays to vehicles that are charging."]),
         ("6. CUSTOMER / EQUALITIES AND DIVERSITY IMPLICATIONS", [
            "6.1 Two of the new bays at each car park will be accessible bays, wider than standard and with the charging point at a lower height."]),
        ]),
    header="Bromsgrove District Council - Cabinet - 17th April 2024", footer=["Agenda Item 9"])

# ----------------------------------------------------------------------------- 21 Epsom and Ewell
doc(name="EEBC_Community_Wellbeing_Report_TA", form="docx-report",
    council="Epsom and Ewell Borough Council", stated="yes", committee="Community and Wellbeing Committee",
    date="2024-10-03", docx_author="Housing Services",
    letterhead=["Epsom and Ewell Borough Council", "Town Hall, The Parade, Epsom, Surrey KT18 5BY"],
    report=report(
        ["TEMPORARY ACCOMMODATION ACQUISITION PROGRAMME", "COMMUNITY AND WELLBEING COMMITTEE",
         "Date of Meeting: 3 October 2024"],
        [("Head of Service:", "Rowena Featherby, Head of Housing and Community"),
         ("Report Author:", "Lorcan Abernethy, Housing Solutions Manager"),
         ("Wards affected:", "(All Wards);"), ("Urgent Decision?", "No"),
         ("Appendices (attached):", "Appendix 1: Temporary accommodation costs 2021 to 2024")],
        [("Summary", [
            "This report asks the Committee to approve the purchase of further homes for use as temporary accommodation, to reduce the Council's spending on nightly paid accommodation outside the borough."]),
         ("Recommendation(s)", [
            "The Committee is asked to:",
            "(1) approve the purchase of up to 15 homes in the borough for use as temporary accommodation;",
            "(2) delegate the choice of properties to the Head of Housing and Community."]),
         ("1. Reason for Recommendation", [
            "1.1 At the end of August 2024, 186 households were living in temporary accommodation arranged by the Council. Of these, 71 were placed outside the borough, some as far away as Crawley and Croydon.",
            "1.2 Nightly paid accommodation cost the Council £2.9 million in 2023/24, compared with £1.2 million in 2021/22."]),
         ("2. Background", [
            "2.1 In 2023 the Council bought 10 homes in Epsom, Ewell and Stoneleigh. Each home purchased saves the Council about £21,000 a year compared with nightly paid accommodation.",
            "2.2 The Council has applied to the government's Local Authority Housing Fund for a grant towards the new purchases. The outcome of the application is not yet known, and the government has said it will announce allocations early in 2025."]),
         ("3. Risk Assessment", [
            "3.1 House prices in the borough are among the highest in Surrey. If prices rise, fewer homes can be bought within the budget."]),
         ("4. Financial Implications", [
            "4.1 The programme will cost up to £6.75 million, funded by borrowing from the Public Works Loan Board. The cost of borrowing will be met from the savings on nightly paid accommodation.",
            "4.2 Section 151 Officer's comments: the programme is expected to save £180,000 a year once all 15 homes are in use."]),
         ("5. Legal Implications", [
            "5.1 The Council has the power to buy homes under section 17 of the Housing Act 1985."]),
        ]),
    header="Community and Wellbeing Committee 3 October 2024", footer=["Agenda Item 6", "OFFICIAL"])

# ----------------------------------------------------------------------------- 22 East Cambridgeshire
doc(name="ECDC_Operational_Services_Minutes_2024-01-29", form="docx-minutes",
    council="East Cambridgeshire District Council", stated="yes", committee="Operational Services Committee",
    date="2024-01-29", docx_author="Democratic Services",
    title_lines=["EAST CAMBRIDGESHIRE DISTRICT COUNCIL",
                 "Minutes of a meeting of the Operational Services Committee held in the Council Chamber, The Grange, Nutholt Lane, Ely, on Monday 29th January 2024 at 4.30pm"],
    attendance=[("Present:", "Councillor Hortensia Blaxland (Chair), Councillors Evander Coppersmith, Saffron Melkridge, Thaddeus Ingleby and Clemence Rowntree"),
                ("Officers:", "Director Operations; Waste and Street Scene Manager; Housing Manager; Democratic Services Officer")],
    items=[
        {"num": "61.", "title": "Apologies and substitutions", "body": ["Apologies for absence were received from Councillor Nathaniel Brewis."]},
        {"num": "62.", "title": "Empty homes", "body": [
            "The Housing Manager, Philomena Grayburn, presented the annual empty homes report. There were 382 homes in the district that had been empty for more than six months, 48 fewer than a year earlier. Of these, 96 had been empty for more than two years and were charged the long term empty homes premium.",
            "The Council had made 11 empty homes loans of up to £20,000 each to owners, most of them in Ely, Soham and Littleport.",
            "Councillor Coppersmith asked what happened when an owner would not engage. The Housing Manager replied that the Council could serve an improvement notice, and had done so on two homes in Soham during the year.",
            "It was resolved to note the report."]},
        {"num": "63.", "title": "Garden waste collections", "body": [
            "The Waste and Street Scene Manager, Ignatius Wetherell, reported that 24,130 households subscribed to the brown bin garden waste service, an increase of 6 per cent.",
            "The Committee was asked to set the charge for 2024/25. Councillor Rowntree moved that the charge rise from £55 to £59 a year, seconded by Councillor Ingleby. An amendment by Councillor Melkridge to hold the charge at £55, seconded by Councillor Coppersmith, fell by 3 votes to 2. The original motion was then carried.",
            "It was resolved that the garden waste charge for 2024/25 be £59 a year."]},
        {"num": "64.", "title": "Ely Country Park", "body": [
            "The Committee received an update on Ely Country Park. A new boardwalk over the wet meadow had been completed in November 2023 with volunteers from the Ely Wildlife Trust group. The Parks Officer said that visitor numbers had risen since the boardwalk opened.",
            "It was resolved to note the update."]},
    ],
    closing=["The meeting closed at 5.52pm.", "Chairman ........................"],
    header="Operational Services Committee - 29 January 2024", footer=["OSC 29.01.24", "Page 1"])

# ----------------------------------------------------------------------------- 23 North Warwickshire
doc(name="NWBC_Planning_Development_Minutes_2023-08-07", form="docx-minutes",
    council="North Warwickshire Borough Council", stated="yes", committee="Planning and Development Board",
    date="2023-08-07", docx_author="Democratic Services",
    title_lines=["NORTH WARWICKSHIRE BOROUGH COUNCIL",
                 "MINUTES OF THE PLANNING AND DEVELOPMENT BOARD, 7 August 2023, held in the Council Chamber, The Council House, South Street, Atherstone"],
    attendance=[("Present:", "Councillor Bartholomew Ingram in the Chair; Councillors Eudora Pickles, Lancelot Rowbotham, Violetta Sharples, Fitzroy Ansell and Marjolein Heston")],
    items=[
        {"num": "14", "title": "Disclosable Pecuniary and Non-Pecuniary Interests", "body": ["None were declared at the meeting."]},
        {"num": "15", "title": "Planning Applications", "body": [
            "The Head of Development Control, Cuthbert Lisle, submitted reports on three applications.",
            "## Application PAP/2023/0187: warehouse, Birch Coppice Business Park, Dordon",
            "An application for a distribution warehouse of 28,000 square metres, creating about 340 jobs. The Board heard from Mrs Anwen Tolliday, who objected on behalf of residents of Dordon because of lorry traffic on the A5.",
            "Councillor Sharples moved that the application be granted, seconded by Councillor Ansell. The vote was 5 in favour and 1 against.",
            "Resolved that planning permission be granted subject to conditions, including a limit on lorry movements between 11pm and 6am.",
            "## Application PAP/2023/0214: 22 homes, land off Coleshill Road, Water Orton",
            "Members noted that the site lay in the Green Belt. Councillor Pickles moved refusal, seconded by Councillor Rowbotham, on the grounds that no very special circumstances had been shown.",
            "Resolved that planning permission be refused.",
            "## Application PAP/2023/0266: change of use of the former Coleshill library to a café",
            "Resolved that planning permission be granted."]},
        {"num": "16", "title": "Tree Preservation Order, Hartshill Hayes", "body": [
            "The Board considered objections to a provisional Tree Preservation Order on six oak trees beside Hartshill Hayes Country Park. The Tree Officer, Seraphine Goodall, said the trees were about 200 years old.",
            "Councillor Heston asked whether the owner had wanted to fell the trees. The officer replied that the owner had applied to remove two of them to extend a garden.",
            "Resolved that the Order be confirmed without modification."]},
        {"num": "17", "title": "Enforcement Update", "body": [
            "The Board noted that 134 enforcement cases were open at the end of June 2023, down from 171 in January."]},
    ],
    closing=["The meeting closed at 8.17 pm.", "Chairman"],
    header="Planning and Development Board - 7 August 2023", footer=["NWBC", "Planning and Development Board Minutes"])

# ----------------------------------------------------------------------------- 24 Oadby and Wigston
doc(name="OWBC_Service_Delivery_Minutes_2023-03-07", form="txt",
    council="Oadby and Wigston Borough Council", stated="yes", committee="Service Delivery Committee",
    date="2023-03-07",
    title_lines=["OADBY AND WIGSTON BOROUGH COUNCIL",
                 "MINUTES OF A MEETING OF THE SERVICE DELIVERY COMMITTEE HELD AT THE COUNCIL OFFICES,",
                 "STATION ROAD, WIGSTON ON TUESDAY, 7 MARCH 2023 COMMENCING AT 7.00 PM",
                 "",
                 "IN ATTENDANCE: Councillor Roderick Hazelwood (Chair)"],
    attendance=[("COUNCILLORS:", "Jemima Ollerenshaw, Barnabas Quartley, Honoria Fitchett, Sylvester Magwood"),
                ("OFFICERS IN ATTENDANCE:", "Head of Neighbourhood Services, Environmental Health Manager, Democratic Services Officer"),
                ("OTHERS IN ATTENDANCE:", "None")],
    items=[
        {"num": "52.", "title": "Apologies for Absence", "body": ["An apology for absence was received from Councillor Ptolemy Farrow."]},
        {"num": "53.", "title": "Fly-tipping and Littering Enforcement", "body": [
            "The Environmental Health Manager, Griselda Ravenhill, presented the report. There had been 497 fly tips in the Borough in 2022, most of them on the back lanes of terraced streets in South Wigston and near the Grand Union Canal.",
            "A consultation on raising the fixed penalty for fly tipping from £300 to £500 would open on 1 April 2023 and run for six weeks, and the result would be reported to the Committee in the summer.",
            "Councillor Quartley asked whether the Council would use cameras. The Environmental Health Manager said two mobile cameras would be bought for £6,800 and moved between hot spots.",
            "RESOLVED THAT the report be noted."]},
        {"num": "54.", "title": "Brocks Hill Country Park", "body": [
            "The Head of Neighbourhood Services, Florizel Barraclough, reported on Brocks Hill Country Park in Oadby. The visitor centre café had been let to a new tenant, The Hedgerow Kitchen, from January 2023, on a three year lease.",
            "Councillor Fitchett asked whether the park had kept its Green Flag Award. The officer replied that the park had held the award for the fourteenth year running.",
            "RESOLVED THAT the update be noted."]},
        {"num": "55.", "title": "Bin Collection Day Changes", "body": [
            "The Committee considered changes to collection rounds from June 2023. About 4,300 households in Oadby would move from a Tuesday to a Thursday collection. Letters would be sent to every affected household in May.",
            "It was moved by Councillor Ollerenshaw, seconded by Councillor Magwood and",
            "RESOLVED THAT the new collection rounds be approved."]},
    ],
    closing=["", "THE MEETING CLOSED AT 8.21 PM", "CHAIR, TUESDAY, 6 JUNE 2023"])
