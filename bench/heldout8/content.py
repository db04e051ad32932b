"""The documents of bench/heldout8: invented business of real UK councils.

Every word of the business, the people (names made up, mostly from place names) and the figures is
invented for this set; the councils, their towns and buildings are real, and the layouts are
heldout5's forms. make_heldout8.py draws each dict by its `form` with
bench/heldout5/make_heldout5.py's renderers; truth.csv is written from `council`, `stated` (how the
text names the council: `yes` in full, `short` only a short form or abbreviation), `committee`
(alternatives separated by `|`) and `date` (the meeting's, ISO). The content format is heldout5's
(see bench/heldout5/content.py).
"""
from __future__ import annotations


def site(name: str, url: str, address: str, copyright_line: str, menu=None, breadcrumb=None, logo_alt=None,
         sidebar=None) -> dict:
    """A ModernGov site's frame: masthead, menu, breadcrumb, sidebar and footer."""
    return {
        "name": name, "url": url, "address": address, "copyright": copyright_line,
        "logo_alt": logo_alt or f"{name} logo",
        "menu": menu or ["Home", "Council and democracy", "Your councillors", "Contact the council"],
        "breadcrumb": breadcrumb or ["Home", "Council and democracy", "Agendas, reports and minutes"],
        "footer_links": ["Accessibility", "Cookie policy", "Privacy notice", "Site map"],
        "sidebar": sidebar or ["Browse meetings", "Meeting calendar", "Committee details", "Attendance details",
                               "Issue history"],
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
    name="ieListDocuments_CId118_MId6021_ELDC_Executive", form="mg-meeting", council="East Lindsey District Council",
    stated="yes", committee="Executive", date="2023-06-14",
    site=site("East Lindsey District Council", "https://democracy.e-lindsey.gov.uk",
              "Tedder Hall, Manby Park, Louth, Lincolnshire, LN11 8UP", "© East Lindsey District Council 2023",
              breadcrumb=["Home", "Council and democracy", "Meetings", "Executive"]),
    heading="Executive - Wednesday, 14th June, 2023 10.00 am",
    venue="Council Chamber, Tedder Hall, Manby Park, Louth, LN11 8UP",
    contact="Rosie Alford, Democratic Services Officer. Tel: 01507 613420",
    items=[
        item("EX.8", "Apologies for absence", [
            "An apology for absence was received from Councillor Graham Spilsby."]),
        item("EX.9", "Minutes", [
            "The Minutes of the meeting held on 22 March 2023 were agreed as a correct record."]),
        item("EX.10", "Public Electric Vehicle Charge Points in Council Car Parks", [
            "The Portfolio Holder for Coastal Economy, Councillor Tom Wainfleet, introduced the report. The "
            "district currently has 19 public charge points run by the council, and drivers in the coastal towns "
            "had complained that visitors in summer often found every bay taken.",
            "Under the proposals a further 44 charge points would be installed across eleven council car parks in "
            "Skegness, Mablethorpe, Louth, Horncastle and Alford. The scheme would cost £655,000, of which "
            "£520,000 would come from the Local Electric Vehicle Infrastructure fund.",
            "Councillor Jenny Tetford asked whether drivers with a blue badge would be able to use the new bays. "
            "The Portfolio Holder replied that six of the new bays would be wider and set aside for disabled "
            "drivers.",
            "RESOLVED that the installation of 44 additional charge points be approved and that the Assistant "
            "Director for Place be authorised to enter into the grant agreement."],
            links=[("EV charge points report", "402 KB"), ("Appendix 1 - car park list", "88 KB")]),
        item("EX.11", "Beach Lifeguard Service 2023", [
            "The Executive considered the arrangements for lifeguards on the beaches at Skegness, Mablethorpe, "
            "Sutton on Sea and Chapel St Leonards this summer.",
            "The RNLI would provide lifeguards on the four beaches for eleven weeks from 15 July. The council's "
            "contribution would rise from £121,000 to £148,000 because of higher staffing costs.",
            "Members praised the lifeguards for their work in 2022, when the beaches had seen some of the busiest "
            "days on record during the July heatwave.",
            "RESOLVED that the contribution of £148,000 to the RNLI for the 2023 season be approved."],
            links=[("Beach lifeguards report", "215 KB")]),
        item("EX.12", "Disabled Facilities Grants: Annual Report", [
            "The Executive noted that 212 Disabled Facilities Grants had been completed in 2022/23, mostly for "
            "level access showers and stairlifts. The average time from referral to completion had fallen from "
            "31 weeks to 19 weeks after the service was brought back in house.",
            "RESOLVED that the annual report be noted."],
            links=[("DFG annual report", "330 KB")]),
    ],
)

doc(
    name="ieListDocuments_CId1230_MId8847_Sandwell_Cabinet", form="mg-meeting",
    council="Sandwell Metropolitan Borough Council", stated="yes", committee="Cabinet", date="2024-07-17",
    site=site("Sandwell Council", "https://sandwell.moderngov.co.uk",
              "Sandwell Council House, Freeth Street, Oldbury, B69 3DE",
              "© Sandwell Metropolitan Borough Council 2024",
              menu=["Home", "Council and democracy", "Housing", "Contact us"]),
    heading="Cabinet - Wednesday, 17th July, 2024 3.30 pm",
    venue="Council Chamber, Sandwell Council House, Freeth Street, Oldbury, B69 3DE",
    contact="Connor Tividale, Democratic Services Officer. Email: democratic_services@sandwell.gov.uk",
    items=[
        item("81/24", "Apologies for Absence", [
            "Apologies for absence were received from Councillor Priya Langley."]),
        item("82/24", "Minutes", [
            "Resolved that the minutes of the meeting held on 19 June 2024 be confirmed as a correct record."]),
        item("83/24", "Damp and Mould in Council Homes: Action Plan", [
            "The Cabinet Member for Housing, Councillor Ruth Wednesbury, presented the action plan. Since October "
            "2023 tenants had reported damp or mould in 3,140 council homes, and 2,610 of those cases had been "
            "closed after repairs.",
            "The plan would create a specialist team of 18 surveyors and operatives, fit humidity sensors in "
            "1,000 of the homes most at risk and add £4.2 million to the repairs budget for 2024/25.",
            "Councillor Amrit Hill Top asked how quickly a serious case would be dealt with. The Cabinet Member "
            "said that any case affecting a child or a person with a lung condition would be inspected within "
            "five working days.",
            "Resolved that the Damp and Mould Action Plan be approved, together with the additional budget of "
            "£4.2 million."],
            links=[("Damp and mould action plan", "710 KB"), ("Equality impact assessment", "96 KB")]),
        item("84/24", "West Bromwich Town Centre: Former Kwik Save Site", [
            "The Cabinet agreed to buy the vacant former Kwik Save store on the High Street in West Bromwich, "
            "which would be cleared to make way for 62 new homes and a public square.",
            "Resolved that the purchase be approved within the budget set out in the confidential appendix."]),
        item("85/24", "Sandwell Valley: Forge Mill Farm", [
            "The Cabinet noted that Forge Mill Farm had welcomed 96,000 visitors in 2023/24 and agreed a new "
            "entrance charge of £3 for adults at weekends, with children under 16 continuing to go free.",
            "Resolved that the weekend charge be introduced from 1 September 2024."]),
    ],
)

doc(
    name="ieListDocuments_CId251_MId4402_Hillingdon_Cabinet", form="mg-meeting",
    council="London Borough of Hillingdon", stated="yes", committee="Cabinet", date="2022-09-15",
    site=site("Hillingdon Council", "https://modgov.hillingdon.gov.uk",
              "Civic Centre, High Street, Uxbridge, UB8 1UW", "© London Borough of Hillingdon",
              breadcrumb=["Home", "Council and democracy", "Committees", "Cabinet"]),
    heading="Cabinet - Thursday, 15th September, 2022 7.00 pm",
    venue="Committee Room 6 - Civic Centre, High Street, Uxbridge UB8 1UW",
    contact="Mark Ickenham, Democratic Services. 01895 250470",
    items=[
        item("1.", "Apologies for absence", ["All Members were present."]),
        item("2.", "Declarations of interest", ["None."]),
        item("3.", "To approve the minutes of the last Cabinet meeting", [
            "The minutes of the meeting held on 21 July 2022 were agreed as a correct record."]),
        item("4.", "Tackling Damp and Mould in Council Housing", [
            "The Cabinet Member for Property, Highways and Transport introduced the report. The council owns "
            "around 10,100 homes, and 486 had reported damp or mould in the last twelve months, most of them "
            "flats built before 1980 in Hayes and Yiewsley.",
            "Officers proposed a new policy under which a surveyor would visit within ten working days of a "
            "report, and a programme to fit extractor fans in 1,400 bathrooms and kitchens at a cost of "
            "£980,000.",
            "The Leader asked that every tenant be sent a leaflet on reducing condensation before the winter, in "
            "several languages.",
            "RESOLVED: That the Cabinet approves the damp and mould policy and the extractor fan programme."],
            links=[("Damp and mould report", "512 KB")]),
        item("5.", "Battle of Britain Bunker: Visitor Centre Roof", [
            "The Cabinet considered a report on repairs to the roof and glazing of the visitor centre at the "
            "Battle of Britain Bunker in Uxbridge, which is run by the council and is a popular attraction for "
            "school groups.",
            "RESOLVED: That capital release of £265,000 for the roof and glazing repairs be approved."],
            links=[("Battle of Britain Bunker report", "240 KB")]),
        item("6.", "Ruislip Lido: Lifeguarded Swimming Trial", [
            "The Cabinet noted the results of the trial of lifeguarded open water swimming at Ruislip Lido on "
            "summer weekends. There had been 2,870 swims over nine weekends, and no serious incidents.",
            "RESOLVED: That the trial be repeated in the summer of 2023 on Saturdays and Sundays from June to "
            "August."]),
    ],
)

doc(
    name="ieListDocuments_CId142_MId5190_Bedford_Executive", form="mg-meeting", council="Bedford Borough Council",
    stated="yes", committee="Executive", date="2025-01-22",
    site=site("Bedford Borough Council", "https://councillorsupport.bedford.gov.uk",
              "Borough Hall, Cauldwell Street, Bedford, MK42 9AP", "© Bedford Borough Council 2025",
              breadcrumb=["Home", "Council and democracy", "Meetings and decisions"]),
    heading="Executive - Wednesday, 22nd January, 2025 5.30 pm",
    venue="Civic Theatre, Borough Hall, Cauldwell Street, Bedford MK42 9AP",
    contact="Aisha Kempston, Committee Administrator. Tel: 01234 228318",
    items=[
        item("78", "Apologies for Absence", ["There were no apologies."]),
        item("79", "Minutes", [
            "The minutes of the meeting of the Executive held on 11 December 2024 were confirmed."]),
        item("80", "Homelessness: Temporary Accommodation Purchase Programme", [
            "The Portfolio Holder for Housing and Homelessness presented the report. The number of households in "
            "temporary accommodation had reached 540 in December 2024, compared with 390 a year earlier, and 148 "
            "families were staying in hotels or bed and breakfast.",
            "The council spent £9.6 million on temporary accommodation in 2023/24. The report proposed buying up "
            "to 80 homes in the borough over two years, funded by borrowing of £21 million, so that families "
            "could be moved out of hotels.",
            "Councillor Emma Biddenham asked whether the homes would be in Bedford town only. The Portfolio "
            "Holder said that homes would also be bought in Kempston and the larger villages, close to schools.",
            "RESOLVED that the temporary accommodation purchase programme of up to 80 homes be approved and "
            "recommended to Council for inclusion in the capital programme."],
            links=[("Temporary accommodation report", "633 KB")]),
        item("81", "Children's Services Improvement", [
            "The Portfolio Holder for Children's Services reported that inspectors from Ofsted had visited "
            "children's social care in the borough in November 2024, and thanked social workers for their "
            "preparation.",
            "The Executive was told that the number of children in care had risen to 312, and that the service "
            "had reduced its use of agency social workers from 34 per cent to 21 per cent of posts.",
            "RESOLVED that the report be noted."],
            links=[("Children's services report", "401 KB")]),
        item("82", "Bedford River Festival 2026", [
            "RESOLVED that the Bedford River Festival be held on 18 and 19 July 2026, with a council budget of "
            "£310,000."]),
    ],
)

doc(
    name="ieListDocuments_CId124_MId3067_HDC_Cabinet", form="mg-meeting",
    council="Huntingdonshire District Council", stated="yes", committee="Cabinet", date="2021-10-19",
    site=site("Huntingdonshire District Council", "https://applications.huntingdonshire.gov.uk/moderngov",
              "Pathfinder House, St Mary's Street, Huntingdon, Cambridgeshire, PE29 3TN",
              "© Huntingdonshire District Council", menu=["Home", "Council and democracy", "Leisure", "Contact us"]),
    heading="Cabinet - Tuesday, 19th October, 2021 7.00 pm",
    venue="Civic Suite (Lancaster/Stukeley Meeting Rooms), Pathfinder House, St Mary's Street, Huntingdon, "
          "PE29 3TN",
    contact="Habbiba Godmanchester, Democratic Services Officer, 01480 388008",
    items=[
        item("31.", "Minutes", [
            "The Minutes of the meeting of the Cabinet held on 16th September 2021 were approved as a correct "
            "record and signed by the Chairman."]),
        item("32.", "Members' Interests", ["No declarations were received."]),
        item("33.", "One Leisure St Ives: Swimming Pool Refurbishment", [
            "The Executive Councillor for Leisure, Councillor Kate Somersham, reported that the indoor pool at "
            "One Leisure St Ives had been closed since August after part of the ceiling above the learner pool "
            "fell in.",
            "The refurbishment would replace the ceiling, the pool hall lighting and the changing village at a "
            "cost of £1.9 million. The pool would stay closed during the works and no date for reopening could "
            "be given until a contractor had been appointed.",
            "Swimming lessons for 640 children had been moved to One Leisure Huntingdon and One Leisure St Neots "
            "while the pool was closed.",
            "RESOLVED that the refurbishment of the pool at One Leisure St Ives be approved and added to the "
            "capital programme."],
            links=[("One Leisure St Ives report", "455 KB")]),
        item("34.", "Hinchingbrooke Country Park: Joint Management", [
            "The Cabinet agreed a new ten-year agreement with Cambridgeshire's wildlife trust for the joint "
            "management of Hinchingbrooke Country Park, under which the trust would run the education programme "
            "for schools.",
            "RESOLVED that the agreement be approved."]),
        item("35.", "Council Tax Support Scheme 2022/23", [
            "The Cabinet considered the results of the consultation on the council tax support scheme, to which "
            "372 people had responded.",
            "RESOLVED that Council be recommended to keep the scheme unchanged for 2022/23, so that working-age "
            "claimants continue to receive support of up to 91.5 per cent of their council tax."]),
    ],
)

doc(
    name="ieListDocuments_CId465_MId9315_Kingston_SHPC", form="mg-meeting",
    council="Royal Borough of Kingston upon Thames", stated="yes", committee="Strategic Housing and Planning Committee",
    date="2022-11-24",
    site=site("Royal Borough of Kingston upon Thames", "https://moderngov.kingston.gov.uk",
              "Guildhall, High Street, Kingston upon Thames, KT1 1EU", "© Royal Borough of Kingston upon Thames",
              breadcrumb=["Home", "Council and democracy", "Committees", "Strategic Housing and Planning Committee"]),
    heading="Strategic Housing and Planning Committee - Thursday, 24th November, 2022 7.30 pm",
    venue="Guildhall 2, Guildhall, High Street, Kingston upon Thames, KT1 1EU",
    contact="Oliver Surbiton, Democratic Support. Email: democratic.support@kingston.gov.uk",
    items=[
        item("Item 1", "Apologies for absence and attendance of substitute members", [
            "Apologies were received from Councillor Dawn Chessington. Councillor Ian Tolworth attended as a "
            "substitute."]),
        item("Item 2", "Minutes", [
            "Resolved that the minutes of the meeting held on 13 October 2022 are agreed as a correct record."]),
        item("Item 3", "Temporary Accommodation: Placements Policy", [
            "The Committee considered a revised policy for placing homeless households in temporary accommodation. "
            "The borough had 1,020 households in temporary accommodation at the end of October 2022, of which 276 "
            "had been placed outside Kingston because there was nothing suitable in the borough.",
            "The revised policy gave priority for places within the borough to households with a child taking "
            "GCSE or A level exams, and to anyone receiving treatment at Kingston Hospital.",
            "Councillor Sarah Berrylands asked what the council was doing to find more homes locally. The Director "
            "of Housing said the council had leased 45 flats from private landlords in Norbiton since April.",
            "Resolved that the revised Temporary Accommodation Placements Policy is adopted. The resolution was "
            "carried on a vote."],
            links=[("Placements policy report", "388 KB"), ("Annex A - Policy", "142 KB")]),
        item("Item 4", "Cambridge Road Estate: Phase 1 Update", [
            "The Committee received an update on the regeneration of the Cambridge Road Estate. The first phase "
            "of 452 homes, 181 of them council homes for existing tenants, had started on site in September 2022.",
            "Resolved that the update is noted."]),
        item("Item 5", "Empty Homes Grants", [
            "Resolved that the empty homes grant be raised to a maximum of £25,000 for owners who let the home to "
            "the council for at least five years."]),
    ],
)

# =========================================================================== ModernGov agenda item pages

doc(
    name="mgAi_ID38841_Bury_Cabinet", form="mg-item", council="Bury Metropolitan Borough Council", stated="yes",
    committee="Cabinet", date="2023-03-15",
    site=site("Bury Council", "https://councildecisions.bury.gov.uk",
              "Town Hall, Knowsley Street, Bury, BL9 0SW", "© Bury Metropolitan Borough Council"),
    meeting_line="15/03/2023 - Cabinet (Item 7.)",
    items=[item("CA.214", "Bury Market: Flexi Hall and Mill Gate Improvements", [
        "The Cabinet Member for Regeneration presented the report on the new Flexi Hall next to Bury Market, "
        "funded through the Levelling Up Fund. The hall would hold events, street food and a space for new "
        "traders to try out a stall before taking a permanent pitch.",
        "The market has 370 stalls across the open market, the Market Hall and the Fish and Meat Hall, and "
        "employs around 800 people. A survey of shoppers in 2022 found that 58 per cent came from outside Bury.",
        "Councillor Joan Ramsbottom asked what would happen to the trees on Murray Road. The Cabinet Member said "
        "that six trees would be removed and 15 would be planted in the new square.",
        "Decision: Cabinet (1) approved the design of the Flexi Hall at a cost of £5.6 million; and (2) "
        "delegated the letting of the hall's food units to the Director of Regeneration."],
        intro="Wards: East",
        links=[("Flexi Hall report", "801 KB"), ("Appendix A - Design", "2 MB")])],
)

doc(
    name="mgAi_ID27715_Luton_Executive", form="mg-item", council="Luton Borough Council", stated="yes",
    committee="Executive", date="2024-10-14",
    site=site("Luton Council", "https://democracy.luton.gov.uk/cmis5public",
              "Town Hall, George Street, Luton, LU1 2BQ", "© Luton Borough Council 2024"),
    meeting_line="14/10/2024 - Executive (Item 11.)",
    items=[item("11.", "Temporary Accommodation: Acquisitions and Leasing", [
        "The Portfolio Holder for Housing presented the report. Luton had 1,610 households in temporary "
        "accommodation in September 2024, the highest number outside London relative to its population, and "
        "the council expected to spend £24 million on it in 2024/25.",
        "The report set out two options: buying a block of 36 flats on Dunstable Road, or leasing the block for "
        "ten years from its owner. The Executive chose the purchase and did not pursue the lease.",
        "The Portfolio Holder added that 212 households had been placed in Bedford, Milton Keynes and "
        "Peterborough because there was no room in Luton.",
        "Councillor Nasreen Wigmore asked when the first families could move in. Officers said that the flats "
        "would be ready in February 2025 after fire safety works.",
        "RESOLVED: That the Executive (a) approves the purchase of the block of 36 flats on Dunstable Road at a "
        "total cost of £8.1 million including works; and (b) declines the leasing option."],
        links=[("Temporary accommodation acquisitions report", "560 KB")])],
)

# =========================================================================== ModernGov decision pages

doc(
    name="ieDecisionDetails_ID3318_WestBerks", form="mg-decision", council="West Berkshire Council", stated="yes",
    committee="Executive", date="2022-03-17",
    site=site("West Berkshire Council", "https://decisionmaking.westberks.gov.uk",
              "Council Offices, Market Street, Newbury, Berkshire, RG14 5LD", "© West Berkshire Council 2022"),
    decision_title="On-Street Electric Vehicle Charge Points: Residential Pilot",
    fields=[("Decision Maker:", "Executive"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To agree a pilot of on-street charge points for residents of terraced streets in Newbury, "
                      "Thatcham and Hungerford who have no driveway."]),
        ("Decision:", [
            "The Executive RESOLVED:",
            "(1) To install 60 on-street charge points in residential streets, mounted on lamp columns and on "
            "posts at the kerb, funded by £240,000 from the On-Street Residential Chargepoint Scheme and £80,000 "
            "from the council's capital programme;",
            "(2) To invite residents to nominate streets, with the streets chosen according to the number of "
            "nominations and the absence of off-street parking; and",
            "(3) That the operator of the charge points be selected later in 2022 through a national framework, "
            "and that the choice of operator be delegated to the Service Director for Environment."]),
        ("Reasons for the decision:", [
            "Around 14,000 homes in West Berkshire have no off-street parking. The number of electric cars "
            "registered in the district rose from 1,150 in 2020 to 2,480 in 2021."]),
        ("Alternative options considered:", [
            "Installing the charge points only in council car parks was rejected because residents would have "
            "to leave their cars away from home overnight."]),
    ],
    tail=[("Publication date:", "21/03/2022"), ("Date of decision:", "17/03/2022"),
          ("Decided at meeting:", "17/03/2022 - Executive"), ("Effective from:", "29/03/2022")],
    links=[("On-street charge points report", "690 KB")],
)

doc(
    name="ieDecisionDetails_ID6174_Richmond_TAQ", form="mg-decision",
    council="London Borough of Richmond upon Thames", stated="yes", committee="Transport and Air Quality Committee",
    date="2023-09-26",
    site=site("London Borough of Richmond upon Thames", "https://cabnet.richmond.gov.uk",
              "Civic Centre, 44 York Street, Twickenham, TW1 3BZ", "© London Borough of Richmond upon Thames",
              breadcrumb=["Home", "Council and democracy", "Decisions"]),
    decision_title="20mph Speed Limit on Main Roads: Outcome of Consultation",
    fields=[("Decision Maker:", "Transport and Air Quality Committee"), ("Decision status:", "Decision Made"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "No")],
    sections=[
        ("Purpose:", ["To decide whether to extend the borough-wide 20mph limit to the remaining main roads "
                      "managed by the council, following public consultation."]),
        ("Decision:", [
            "The Committee AGREED:",
            "1. To introduce a 20mph limit on 26 further main roads managed by the council, including Sheen Road, "
            "Hampton Road and the Twickenham Road through Isleworth, at a cost of £310,000;",
            "2. To keep a 30mph limit on the Upper Richmond Road West and on Kew Road north of Kew Gardens "
            "station; and",
            "3. That the date on which the new limits come into force be fixed by the Director of Highways once "
            "the traffic orders have been made."]),
        ("Reasons for the decision:", [
            "The consultation received 4,106 responses, and 57 per cent of those responding supported the lower "
            "limit. Collisions causing injury on the roads already changed to 20mph fell by 19 per cent in the "
            "three years after the change."]),
        ("Alternative options considered:", [
            "Keeping all main roads at 30mph was rejected. A limit of 20mph at school times only was considered "
            "but would need signs costing around £1.2 million."]),
    ],
    tail=[("Publication date:", "28/09/2023"), ("Date of decision:", "26/09/2023"),
          ("Decided at meeting:", "26/09/2023 - Transport and Air Quality Committee"),
          ("Effective from:", "28/09/2023")],
    links=[("20mph main roads report", "1 MB"), ("Consultation report", "904 KB")],
)

# =========================================================================== printed PDF minutes

doc(
    name="Environment_Regeneration_Committee_29_August_2024_Inverclyde", form="pdf-minutes",
    council="Inverclyde Council", stated="yes", committee="Environment and Regeneration Committee|Environment & Regeneration Committee",
    date="2024-08-29",
    logo="Inverclyde Council",
    title_lines=["Environment & Regeneration Committee - 29 August 2024",
                 "Environment & Regeneration Committee",
                 "Thursday 29 August 2024 at 3pm",
                 "Present: Councillors Brooksbank (Chair), Kilmacolm, Gourock, Port Glasgow, Wemyss, Inverkip, "
                 "Larkfield and Fancy Farm."],
    attendance=[("In attendance:", "Mr S Langbank, Director, Environment & Regeneration; Ms A Quarriers, Head of "
                                   "Physical Assets; Ms L Bow Farm, Legal Services; Mr R Ardgowan, Committee "
                                   "Officer."),
                ("Chair:", "Councillor Brooksbank presided.")],
    items=[
        item("412", "Apologies, Substitutions and Declarations of Interest", [
            "An apology for absence was intimated on behalf of Councillor Whinhill. No declarations of interest "
            "were intimated."]),
        item("413", "Public Electric Vehicle Charging: Tariff and Network", [
            "There was submitted a report by the Director, Environment & Regeneration on the council's network of "
            "public charge points, which numbers 52 chargers at 23 sites, including the car parks at Greenock "
            "Ocean Terminal and Port Glasgow Coronation Park.",
            "The report advised that the network had delivered 610,000 kilowatt hours in 2023/24 and had run at a "
            "loss of £96,000 because the current tariff of 35p per kilowatt hour did not cover the cost of "
            "electricity and maintenance.",
            "Councillor Gourock asked what the new tariff would be from April 2025. Mr Langbank replied that the "
            "new tariff had not been worked out yet, as it would depend on the electricity contract being "
            "negotiated, and it would be reported to a future meeting.",
            "Decided: (1) that the position be noted; and (2) that a £1 overstay fee per hour after four hours "
            "be introduced at rapid chargers from 1 October 2024."]),
        item("414", "Greenock Esplanade: Railings and Lighting", [
            "There was submitted a report on the replacement of the Victorian railings and lighting along a "
            "1.3 kilometre stretch of Greenock Esplanade.",
            "Decided: that the contract for the works be awarded to Clydeside Civil Contracting Ltd in the sum of "
            "£1,148,000."]),
        item("415", "Roads Asset Management: Carriageway Condition", [
            "The Committee noted that 33 per cent of the council's roads required maintenance, compared with 36 "
            "per cent in 2022, and that the resurfacing programme for 2024/25 included the A78 at Wemyss Bay.",
            "Decided: that the report be noted."]),
    ],
    closing=["The meeting ended at 4.40pm."],
    header="Environment & Regeneration Committee - 29 08 24", footer=["Page {n} of {total}"],
    pdf_title="Environment and Regeneration Committee minute 29 August 2024",
)

doc(
    name="Cabinet_Minutes_30_May_2023_SAC", form="pdf-minutes", council="South Ayrshire Council", stated="yes",
    committee="Cabinet", date="2023-05-30",
    logo="South Ayrshire Council",
    title_lines=["SOUTH AYRSHIRE COUNCIL",
                 "MINUTES OF HYBRID MEETING OF CABINET, COUNTY HALL, WELLINGTON SQUARE, AYR",
                 "on 30 May 2023 at 10.00 a.m."],
    attendance=[("Present in County Hall:", "Councillors Martin Dundonald (Chair), Julie Maybole, Ian Girvan, "
                                              "Bob Troon and Alec Dailly."),
                ("Present Remotely:", "Councillor Lynne Colmonell."),
                ("Attending in County Hall:", "E Prestwick, Chief Executive; K Symington, Director of Education; "
                                              "G Crosshill, Service Lead - Democratic Governance.")],
    items=[
        item("1.", "Declarations of Interest.", ["There were no declarations of interest by Members of the Cabinet."]),
        item("2.", "Minutes of previous meeting.", [
            "The minutes of 25 April 2023 were submitted and approved."]),
        item("3.", "School Transport: Walking Distances.", [
            "There was submitted a report by the Director of Education on entitlement to free school transport.",
            "At present pupils in South Ayrshire were entitled to free transport if they lived more than one mile "
            "from a primary school or more than two miles from a secondary school, which is more generous than "
            "the statutory distances of two and three miles. The council spends £7.8 million a year on school "
            "transport.",
            "The report proposed moving to the statutory distances for secondary pupils from August 2024, saving "
            "an estimated £640,000 a year, while keeping the one mile distance for primary pupils.",
            "Councillor Colmonell asked about routes without a safe footway, such as the road between Minishant "
            "and Maybole. The Director said that pupils on any route assessed as unsafe would keep free transport "
            "whatever the distance.",
            "Decided: to approve the change to the secondary walking distance from August 2024, subject to a "
            "review of unsafe routes."]),
        item("4.", "Ayr Town Centre: Former Marks and Spencer Building.", [
            "The Cabinet noted that demolition of the former Marks and Spencer building on the High Street would "
            "be completed by October 2023, and agreed that the site become a temporary public garden.",
            "Decided: to approve a budget of £420,000 for the temporary garden."]),
        item("5.", "Girvan Harbour Dredging.", [
            "Decided: to approve maintenance dredging of Girvan Harbour in autumn 2023 at a cost of £185,000."]),
    ],
    closing=["The meeting ended at 11.35 a.m."],
    header="Cabinet 30 May 2023", footer=["{n}"],
    pdf_title="Cabinet minutes 30 May 2023", pdf_author="Democratic Governance",
)

doc(
    name="Cabinet_Minutes_20_January_2022_Cumbria_CC", form="pdf-minutes", council="Cumbria County Council",
    stated="yes", committee="Cabinet", date="2022-01-20",
    logo="CUMBRIA COUNTY COUNCIL",
    title_lines=["CABINET",
                 "Minutes of a Meeting of the Cabinet held on Thursday, 20 January 2022 at 10.00 am at Cumbria "
                 "House, 117 Botchergate, Carlisle, CA1 1RD"],
    attendance=[("PRESENT:", "Mr S Keswick (Chair), Mrs D Penrith (Vice-Chair), Mr P Ulverston, Mrs A Maryport, "
                             "Mr J Wigton, Ms K Cockermouth, Mr L Appleby and Mrs G Brampton."),
                ("Officers in attendance:", "Executive Director - Economy and Infrastructure, Assistant Director - "
                                            "Highways, Senior Democratic Services Officer.")],
    items=[
        item("CAB 118", "DECLARATIONS OF INTEREST", ["There were no declarations of interest."]),
        item("CAB 119", "MINUTES", [
            "RESOLVED, that the minutes of the meeting held on 9 December 2021 be confirmed and signed by the "
            "Chair as a correct record."]),
        item("CAB 120", "20MPH SPEED LIMITS OUTSIDE SCHOOLS AND IN VILLAGES", [
            "The Cabinet Member for Highways and Transport presented a report on a countywide programme of 20mph "
            "limits outside schools and in village centres, following requests from 94 town and parish councils.",
            "The first year of the programme would cover 40 schools, chosen by the number of pupils walking and "
            "cycling and the record of collisions nearby. The cost of signs and traffic orders was estimated at "
            "£1.05 million over three years.",
            "The Cabinet Member reported that Cumbria Constabulary had been consulted on the programme, as had "
            "the Cumbria Fire and Rescue Service.",
            "RESOLVED, that Cabinet (1) approves the 20mph programme for schools and village centres; and (2) "
            "agrees that the list of schools for the first year be published by the end of March 2022."]),
        item("CAB 121", "CARLISLE SOUTHERN LINK ROAD", [
            "The Cabinet noted that the Secretary of State had confirmed the compulsory purchase order for the "
            "Carlisle Southern Link Road and that construction was expected to begin in the summer of 2022.",
            "RESOLVED, that the award of the construction contract be delegated to the Executive Director - "
            "Economy and Infrastructure."]),
        item("CAB 122", "ADULT SOCIAL CARE: HOME CARE RATES", [
            "RESOLVED, that the hourly rate paid to home care providers be increased from £19.86 to £21.40 from "
            "April 2022."]),
    ],
    closing=["The meeting ended at 11.52 am"],
    header="Cabinet - 20 January 2022", footer=["Page {n} of {total}"],
    pdf_title="Cabinet Minutes 20 January 2022",
)

doc(
    name="Cabinet_27112024_Minutes_Wealden", form="pdf-minutes", council="Wealden District Council", stated="yes",
    committee="Cabinet", date="2024-11-27",
    logo="Wealden District Council",
    title_lines=["WEALDEN DISTRICT COUNCIL",
                 "Minutes of a meeting of Cabinet held at the Council Offices, Vicarage Lane, Hailsham on "
                 "Wednesday 27 November 2024 at 10:00am"],
    attendance=[("Present:", "Councillors Rachel Crowborough (Chair), Simon Heathfield, Lucy Uckfield, Paul Polegate, "
                             "Nina Forest Row and Howard Herstmonceux."),
                ("Officers:", "Chief Executive; Director of Place and Environment; Head of Planning Policy; "
                              "Democratic Services Officer.")],
    items=[
        item("C58", "MINUTES", [
            "The minutes of the meeting held on 16 October 2024 were agreed as a correct record and signed."]),
        item("C59", "WEALDEN LOCAL PLAN: REGULATION 19 CONSULTATION", [
            "The Portfolio Holder for Planning introduced the proposed submission version of the Wealden Local "
            "Plan, which makes provision for 14,228 new homes between 2024 and 2040.",
            "The Head of Planning Policy explained that new homes within 7 kilometres of the Ashdown Forest "
            "would have to contribute to Suitable Alternative Natural Greenspace and to the monitoring of the "
            "heathland birds. The council had sent its mitigation strategy to Natural England, whose formal "
            "comments had not come back by the time of the meeting.",
            "Councillor Herstmonceux asked how many of the homes were already built or had permission. The Head "
            "of Planning Policy said 6,450 homes already had planning permission.",
            "The recommendation was carried by 5 votes to 1, Councillor Forest Row voting against because of the "
            "number of homes proposed around Polegate and Hailsham.",
            "RESOLVED that the Local Plan be published for a six-week Regulation 19 consultation starting on "
            "9 January 2025."]),
        item("C60", "HAILSHAM CIVIC COMMUNITY HALL", [
            "The Cabinet agreed to lease the council-owned Civic Community Hall in Vicarage Lane, Hailsham, to "
            "Hailsham Town Council for 30 years at a peppercorn rent.",
            "RESOLVED that the lease be granted."]),
        item("C61", "COUNCIL TAX REDUCTION SCHEME 2025/26", [
            "RESOLVED to recommend to Full Council a banded council tax reduction scheme for working-age "
            "households with a maximum award of 85 per cent."]),
    ],
    closing=["The meeting closed at 11:14am.", "Chairman ____________________"],
    header="Cabinet 27 November 2024", footer=["Wealden District Council", "{n}"],
    pdf_title="Cabinet minutes 27 November 2024", pdf_author="Democratic Services",
)

doc(
    name="Strategy_Resources_Committee_Minutes_06022023_NDC", form="pdf-minutes", council="North Devon Council",
    stated="yes", committee="Strategy and Resources Committee", date="2023-02-06",
    logo="North Devon Council",
    title_lines=["NORTH DEVON COUNCIL",
                 "Minutes of a meeting of Strategy and Resources Committee held in the Barum Room - Brynsworthy on "
                 "Monday, 6th February, 2023 at 10.00 am"],
    attendance=[("PRESENT:", "Members: Councillor Westleigh (Chair), Councillors Braunton, Combe Martin, Fremington, "
                             "Instow, Lynton, Mortehoe and South Molton."),
                ("Officers:", "Chief Executive, Director of Resources and Deputy Chief Executive, Head of "
                              "Environmental Enhancement, Harbour Master.")],
    items=[
        item("112.", "APOLOGIES", ["Apologies for absence were received from Councillor Chittlehampton."]),
        item("113.", "TO APPROVE AS A CORRECT RECORD THE MINUTES OF THE MEETING HELD ON 9 JANUARY 2023", [
            "RESOLVED that the minutes of the meeting held on 9 January 2023 (circulated previously) be approved as "
            "a correct record and signed by the Chair."]),
        item("114.", "ILFRACOMBE HARBOUR: PONTOON AND SLIPWAY", [
            "The Committee considered a report by the Harbour Master on the visitor pontoon at Ilfracombe Harbour, "
            "which had been damaged by storms in November 2022 and was repaired in December.",
            "The Harbour Master reported that the harbour had welcomed 1,380 visiting yachts in 2022 and that "
            "income from harbour dues had reached £214,000.",
            "The report also proposed rebuilding the slipway next to the lifeboat station at a cost of £360,000, "
            "with half paid by the harbour reserve.",
            "RESOLVED that the rebuilding of the slipway be approved and that harbour dues rise by 7 per cent "
            "from 1 April 2023."]),
        item("115.", "TARKA TENNIS CENTRE", [
            "The Committee noted that the Tarka Tennis Centre in Barnstaple had 1,150 members and agreed to "
            "replace the roof of the indoor courts, for which the Lawn Tennis Association had offered a loan of "
            "£250,000 interest free over ten years.",
            "RESOLVED that the loan be accepted."]),
        item("116.", "CAR PARKING TARIFFS 2023/24", [
            "The Committee considered the car parking tariffs. The charge for up to two hours in the long stay car "
            "parks in Barnstaple would rise from £2.20 to £2.50.",
            "RESOLVED that the tariffs in Appendix A be recommended to Council."]),
    ],
    closing=["Chair", "The meeting ended at 12.05 pm"],
    header="Strategy and Resources Committee - 6 February 2023", footer=["Page {n}"],
    pdf_title="Minutes - Strategy and Resources Committee",
)

doc(
    name="Cabinet_Minutes_12_March_2025_Doncaster", form="pdf-minutes", council="City of Doncaster Council",
    stated="yes", committee="Cabinet", date="2025-03-12",
    logo="City of Doncaster Council",
    title_lines=["CABINET",
                 "WEDNESDAY, 12TH MARCH, 2025",
                 "A MEETING of the CABINET was held in the COUNCIL CHAMBER, CIVIC OFFICE, WATERDALE, DONCASTER, "
                 "DN1 3BU on WEDNESDAY, 12TH MARCH, 2025 at 10.00 AM"],
    attendance=[("PRESENT:", "Chair - Mayor Carol Bessacarr; Vice-Chair - Deputy Mayor Councillor Glen Armthorpe; "
                             "Councillors Lee Askern, Jane Bawtry, Nick Conisbrough, Sam Hatfield and Karen Tickhill."),
                ("ALSO IN ATTENDANCE:", "Councillor Chris Mexborough.")],
    items=[
        item("52", "DECLARATIONS OF INTEREST, IF ANY", ["There were no declarations made at the meeting."]),
        item("53", "MINUTES OF THE CABINET MEETING HELD ON 12TH FEBRUARY, 2025", [
            "RESOLVED that the minutes of the Cabinet meeting held on 12th February, 2025 be approved as a correct "
            "record and signed by the Chair."]),
        item("54", "DONCASTER MARKETS: CORN EXCHANGE AND WOOL MARKET", [
            "The Cabinet received a report on the future of Doncaster's markets. The Corn Exchange had 46 "
            "traders and the Wool Market 31, and the outdoor market on Thursdays, Fridays and Saturdays had "
            "around 90 stalls on a typical Saturday.",
            "The report proposed repairs to the roof and clock tower of the Corn Exchange, which is listed, at a "
            "cost of £2.7 million, and a cut in rents of 20 per cent for new outdoor traders in their first year.",
            "Councillor Askern asked whether the Corn Exchange would close during the roof repairs. It was "
            "explained that the works would be done in phases so that the hall stayed open.",
            "RESOLVED that Cabinet (1) approves the Corn Exchange roof and clock tower works; and (2) agrees the "
            "reduced rents for new outdoor traders."]),
        item("55", "DONCASTER SHEFFIELD AIRPORT: REOPENING", [
            "The Mayor updated Cabinet on the reopening of Doncaster Sheffield Airport. The council had bought the "
            "freehold of the airport and had £30 million from the Government towards reopening it.",
            "The Mayor said that talks with companies interested in operating the airport were continuing and "
            "that she could not yet name the preferred operator.",
            "RESOLVED that the update be noted."]),
        item("56", "HOUSING REVENUE ACCOUNT RENT SETTING", [
            "RESOLVED that council house rents increase by 2.7 per cent from April 2025, taking the average weekly "
            "rent to £92.64."]),
    ],
    closing=["CHAIR: ____________________ DATE: ____________________"],
    header="CABINET - 12th March, 2025", footer=["Page {n}"],
    pdf_title="Cabinet minutes 12 March 2025", pdf_author="Governance Services",
)

# =========================================================================== Public Document Packs

doc(
    name="Cabinet_19022024_Public_Document_Pack_Bexley", form="pdf-pack", council="London Borough of Bexley",
    stated="yes", committee="Cabinet", date="2024-02-19",
    cover=["Cabinet", "Monday 19 February 2024 at 7.30 pm",
           "Council Chamber, Civic Offices, 2 Watling Street, Bexleyheath, Kent, DA6 7AT"],
    cover_body=["London Borough of Bexley",
                "Members of the Cabinet: Councillors Teresa Danson (Leader), Louis Crayford, Sue "
                "Blackfen, Andrew Sidcup, Cafer Erith, Rachel Welling and Peter Slade Green.",
                "Contact: Kerry Belvedere, Committee Services, 020 3045 4837",
                "Date published: 9 February 2024"],
    agenda=[("1", "Apologies for absence"), ("2", "Declarations of interest"),
            ("3", "Minutes of the meeting held on 15 January 2024 ({minutes})"),
            ("4", "Hall Place: Roof and Stonework Repairs ({report})"),
            ("5", "Exclusion of the press and public")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["London Borough of Bexley", "CABINET",
                      "Minutes of the meeting held on 15 January 2024 at 7.30 pm",
                      "Civic Offices, 2 Watling Street, Bexleyheath"],
    attendance=[("Present:", "Councillors Danson (Chair), Crayford, Blackfen, Sidcup, Erith and Welling."),
                ("Officers:", "Chief Executive; Director of Finance; Director of Places; Committee Services.")],
    prev_items=[
        item("CAB 23/061", "Minutes", [
            "Resolved: That the minutes of the meeting held on 11 December 2023 be agreed."]),
        item("CAB 23/062", "Council Tax Support Scheme 2024/25", [
            "The Cabinet Member for Finance reported that 14,900 households received council tax support, of whom "
            "6,300 were of working age.",
            "Resolved: That Council be recommended to raise the maximum support for working-age households from "
            "75 per cent to 80 per cent of their council tax."]),
        item("CAB 23/063", "Bexleyheath Broadway: Pedestrian Crossings", [
            "The Cabinet agreed to replace the zebra crossing at the junction of Broadway and Albion Road with a "
            "signal-controlled crossing, after 11 collisions there in five years.",
            "Resolved: That the crossing works be approved at a cost of £145,000."]),
    ],
    report=report(
        ["London Borough of Bexley", "CABINET - 19 February 2024",
         "Hall Place: Roof and Stonework Repairs"],
        [("Report of", "Director of Places"), ("Cabinet Member", "Cabinet Member for Communities"),
         ("Key Decision", "Yes"), ("Wards", "Crayford"),
         ("Recommendations", "That the Cabinet approves the repairs to the roof and stonework of Hall Place at a "
                             "cost of £1.46 million and the closure of the house to visitors while they are "
                             "carried out.")],
        [("1. Introduction", [
            "1.1 Hall Place is a Grade I listed Tudor house on the River Cray, owned by the council and run as a "
            "visitor attraction with its gardens, café and shop. It received 212,000 visits to the house and "
            "gardens in 2022/23.",
            "1.2 A condition survey in 2023 found that water was entering the Great Hall through the roof and "
            "that parts of the chequerboard stonework on the north front were loose."]),
         ("2. Proposals", [
            "2.1 The roof of the Great Hall will be re-covered and the loose stonework repaired, using stone "
            "matched to the original. Historic England has agreed the method of repair.",
            "2.2 The house will close to visitors from April to November 2024. The gardens and the café will "
            "stay open throughout the works."]),
         ("3. Financial Implications", [
            "3.1 The cost of £1.46 million will be met from the capital programme, with £300,000 from a grant "
            "agreed in principle by Historic England."])]),
    header="", footer=["Page {n}"], number_offset=2,
)

doc(
    name="Cabinet_07072022_Agenda_Pack_Cotswold", form="pdf-pack", council="Cotswold District Council",
    stated="yes", committee="Cabinet", date="2022-07-07",
    cover=["Cabinet", "Thursday, 7 July 2022 at 6.00 pm",
           "Council Chamber, Council Offices, Trinity Road, Cirencester, GL7 1PX"],
    cover_body=["COTSWOLD DISTRICT COUNCIL",
                "Members: Councillors Ella Ampney (Chair), Mike Fairford, Tony Tetbury, Jenny Lechlade, Lisa "
                "Moreton, Rachel Bourton and Andrew Northleach.",
                "Democratic Services, Tel: 01285 623208, Email: democratic@cotswold.gov.uk",
                "Published: 28 June 2022"],
    agenda=[("1", "Apologies"), ("2", "Declarations of Interest"),
            ("3", "Minutes ({minutes})"), ("4", "Leader's Announcements"),
            ("5", "Waste Fleet: Change to Hydrotreated Vegetable Oil ({report})"),
            ("6", "Schedule of Decisions taken since the last meeting")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["COTSWOLD DISTRICT COUNCIL", "CABINET",
                      "Minutes of the meeting held on 6 June 2022", "Council Chamber, Trinity Road, Cirencester"],
    attendance=[("Councillors present:", "Ella Ampney (Chair), Mike Fairford, Tony Tetbury, Jenny Lechlade and "
                                         "Lisa Moreton."),
                ("Officers present:", "Chief Executive; Chief Finance Officer; Business Manager for Waste; "
                                      "Democratic Services Officer.")],
    prev_items=[
        item("CAB.12", "Minutes of previous meeting", [
            "The minutes of the meeting held on 9 May 2022 were approved as a correct record."]),
        item("CAB.13", "Energy Rebate: Discretionary Scheme", [
            "The Cabinet considered the discretionary part of the Government's council tax energy rebate. The "
            "council had paid the £150 rebate to 31,400 households in bands A to D.",
            "The discretionary fund of £180,000 would pay £150 to households in bands E to H who receive council "
            "tax support, and to people in band A to D homes who are exempt from council tax.",
            "RESOLVED that the discretionary energy rebate scheme be approved."]),
        item("CAB.14", "Cirencester Waterloo Car Park: Second Deck", [
            "The Cabinet noted that the extra deck at the Waterloo car park had added 229 spaces and had been "
            "used by an average of 410 cars a day in May 2022.",
            "RESOLVED that the report be noted."]),
    ],
    report=report(
        ["Cotswold District Council", "Cabinet", "7 July 2022",
         "Waste Fleet: Change to Hydrotreated Vegetable Oil"],
        [("Subject", "WASTE FLEET: CHANGE TO HYDROTREATED VEGETABLE OIL"),
         ("Wards affected", "All"), ("Accountable member", "Councillor Mike Fairford, Cabinet Member for "
                                                            "Environment, Waste and Recycling"),
         ("Accountable officer", "Business Manager for Waste"),
         ("Recommendation", "That Cabinet approves changing the fuel of the waste and recycling fleet from diesel "
                            "to hydrotreated vegetable oil (HVO) from October 2022.")],
        [("1. Background", [
            "1.1 The council's waste and recycling fleet of 46 vehicles is operated by Ubico, the company owned by "
            "the council and its partners, from the depot at Cirencester.",
            "1.2 The fleet used 612,000 litres of diesel in 2021/22, which is around a third of the council's own "
            "carbon emissions."]),
         ("2. Main points", [
            "2.1 HVO is a fuel made from waste oils and fats that can be used in the existing vehicles without "
            "changes to the engines. Using it would cut the fleet's carbon emissions by around 90 per cent.",
            "2.2 HVO costs more per litre than diesel. The extra cost to the council is estimated at £98,000 a "
            "year, and will be met from the Climate Change reserve for the first two years.",
            "2.3 A fuel tank for HVO will be installed at the Cirencester depot in September 2022."]),
         ("3. Alternative options", [
            "3.1 Replacing the fleet with battery-powered lorries was considered but would cost around £14 million and "
            "could not be done until the current vehicles are due for replacement."])]),
    header="", footer=["Page {n}"], number_offset=2,
)

doc(
    name="PNCA_Committee_02122021_Agenda_EDC", form="pdf-pack", council="East Dunbartonshire Council",
    stated="yes", committee="Place, Neighbourhood and Corporate Assets Committee", date="2021-12-02",
    cover=["PLACE, NEIGHBOURHOOD AND CORPORATE ASSETS COMMITTEE",
           "Thursday 2 December 2021 at 2.00 pm",
           "Council Chambers, 12 Strathkelvin Place, Kirkintilloch, G66 1TJ, and by Zoom"],
    cover_body=["EAST DUNBARTONSHIRE COUNCIL",
                "Chief Executive: Gerry Bishopbriggs",
                "Dear Councillor, You are requested to attend a meeting of the Place, Neighbourhood and Corporate "
                "Assets Committee to be held as above.",
                "Members: Councillor Jim Lenzie (Convener), Councillor Anne Milngavie (Vice Convener), "
                "Councillors Alan Bearsden, Sheila Torrance, Duncan Twechar, Gillian Lennoxtown and Paul "
                "Westerton.",
                "Enquiries: Committee Services, 0300 123 4510"],
    agenda=[("1", "Sederunt and Apologies"), ("2", "Declarations of Interest"),
            ("3", "Minute of meeting of 2 September 2021 ({minutes})"),
            ("4", "Allander Leisure Centre Replacement: Update ({report})")],
    marks=["Item 3", "Item 4"],
    prev_title_lines=["MINUTE of MEETING of the PLACE, NEIGHBOURHOOD AND CORPORATE ASSETS COMMITTEE held in the "
                      "COUNCIL CHAMBERS, 12 STRATHKELVIN PLACE, KIRKINTILLOCH, and by Zoom on THURSDAY 2 "
                      "SEPTEMBER 2021."],
    attendance=[("Present:", "Councillors Lenzie, Milngavie, Bearsden, Torrance, Twechar and Lennoxtown."),
                ("Officers:", "T Auchinairn, Executive Officer - Neighbourhood Services; E Kessington, Committee "
                              "Services Officer.")],
    prev_items=[
        item("", "PUBLIC BIN PROVISION IN PARKS AND TOWN CENTRES", [
            "There was submitted a report by the Executive Officer - Neighbourhood Services on the replacement of "
            "410 litter bins in parks and town centres with larger bins holding 240 litres, after complaints "
            "about overflowing bins during the summer.",
            "Following discussion, the Committee agreed to replace the bins in Kirkintilloch, Bishopbriggs and "
            "Milngavie first, at a cost of £118,000."]),
        item("", "FORTH AND CLYDE CANAL: TOWPATH LIGHTING", [
            "The Committee noted that solar studs had been installed along 2.4 kilometres of the canal towpath "
            "between Kirkintilloch and Twechar, and agreed to extend them to Bishopbriggs."]),
    ],
    report=report(
        ["EAST DUNBARTONSHIRE COUNCIL",
         "PLACE, NEIGHBOURHOOD AND CORPORATE ASSETS COMMITTEE: 2 DECEMBER 2021",
         "REPORT BY: DEPUTY CHIEF EXECUTIVE - PLACE, NEIGHBOURHOOD AND CORPORATE ASSETS",
         "SUBJECT: ALLANDER LEISURE CENTRE REPLACEMENT: UPDATE"],
        [("1.0 PURPOSE", "To update the Committee on the design and cost of the new leisure centre to replace the "
                         "Allander Sports Centre in Bearsden."),
         ("2.0 RECOMMENDATIONS", "That the Committee notes the report and approves the submission of the "
                                 "planning application.")],
        [("3.0 BACKGROUND", [
            "3.1 The Allander Sports Centre opened in 1985 and is at the end of its life. In 2019/20 it received "
            "468,000 visits, the most of any leisure centre run by East Dunbartonshire Leisure and Culture Trust."]),
         ("4.0 REPORT", [
            "4.1 The new centre will have an eight-lane 25 metre pool, a learner pool, a sports hall and a gym "
            "with 120 stations, built to the Passivhaus standard.",
            "4.2 The estimated cost has risen from £33.5 million to £39.8 million because of increases in the "
            "price of materials.",
            "4.3 The council has applied to the Scottish Government's Low Carbon Fund for £4 million towards the "
            "heat pumps and solar panels. The Scottish Government has not yet given its answer.",
            "4.4 The old centre will stay open until the new one is ready, and will then be demolished to make "
            "way for the car park."])]),
    header="", footer=["Page {n}"], number_offset=2,
)

# =========================================================================== Word reports

doc(
    name="Executive_Committee_11_June_2024_Upton_Flood_Report_MHDC", form="docx-report",
    council="Malvern Hills District Council", stated="yes", committee="Executive Committee", date="2024-06-11",
    letterhead=["MALVERN HILLS DISTRICT COUNCIL", "EXECUTIVE COMMITTEE", "11 JUNE 2024"],
    report=report(
        ["Upton-upon-Severn Flood Resilience Scheme"],
        [("Relevant Portfolio Holder", "Councillor Daniel Hanley, Portfolio Holder for Environment"),
         ("Relevant Head of Service", "Head of Planning and Infrastructure"),
         ("Report Author", "Megan Tenbury, Flood Risk Officer, Council House, Avenue Road, Malvern"),
         ("Wards Affected", "Upton and Hanley"), ("Key Decision", "Yes"),
         ("Appendices", "Appendix 1 - Map of properties; Appendix 2 - Grant conditions")],
        [("1. PURPOSE", [
            "1.1 To seek approval for a scheme of property flood resilience measures for homes and businesses "
            "in Upton-upon-Severn that are at risk of flooding from the River Severn."]),
         ("2. RECOMMENDATIONS", [
            "The Executive Committee is recommended to:",
            "2.1 approve a scheme to fit flood doors, non-return valves and pumps to up to 118 properties in "
            "Upton-upon-Severn;",
            "2.2 approve a council contribution of £150,000 from the Flood Risk reserve; and",
            "2.3 delegate the appointment of the surveyors to the Head of Planning and Infrastructure."]),
         ("3. BACKGROUND", [
            "3.1 The town's flood barrier protects the main street, but homes on the lower roads near the river "
            "and the Hanley Road area remain at risk. In the floods of February 2020 and January 2024, 43 homes "
            "and 17 businesses in the town were flooded.",
            "3.2 The property flood resilience measures are expected to cost around £1.1 million in total. The "
            "council has applied to the Environment Agency for a grant, but the agency has not yet said how "
            "much it will contribute; a decision is expected in the autumn."]),
         ("4. CONSULTATION", [
            "4.1 A drop-in event at the Upton Memorial Hall in April 2024 was attended by 96 residents, and 71 "
            "owners have asked for a survey of their property."]),
         ("5. FINANCIAL IMPLICATIONS", [
            "5.1 The council's contribution of £150,000 will be met from the Flood Risk reserve, which stands at "
            "£410,000."])]),
    header="Agenda Item 6", footer=["Executive Committee 11.06.24"],
    docx_author="Planning and Infrastructure",
)

doc(
    name="Cabinet_29_November_2022_Trent_Flood_Defences_Report_NLC", form="docx-report",
    council="North Lincolnshire Council", stated="yes", committee="Cabinet", date="2022-11-29",
    letterhead=["NORTH LINCOLNSHIRE COUNCIL", "CABINET"],
    report=report(
        ["River Trent Flood Defences: Keadby to Burringham"],
        [("Report of", "Director: Economy and Environment"), ("Meeting date", "29 November 2022"),
         ("Reason for report", "To agree the council's contribution to raising the flood defences on the east "
                               "bank of the River Trent."),
         ("Key decision", "Yes"), ("Wards", "Axholme Central; Burringham and Gunness")],
        [("1. OBJECT AND KEY POINTS IN THIS REPORT", [
            "1.1 The flood banks on the River Trent between Keadby and Burringham are to be raised and "
            "strengthened by the Environment Agency as part of a wider scheme for the tidal Trent.",
            "1.2 The works would reduce the risk of flooding to 1,240 homes, the Keadby power stations and the "
            "A18 and M180 roads."]),
         ("2. BACKGROUND INFORMATION", [
            "2.1 During the tidal surge of December 2013, water came within 30 centimetres of the top of the banks "
            "at Burringham and 87 homes in the area were evacuated.",
            "2.2 The scheme is estimated to cost £47 million, of which £41 million will come from government "
            "flood defence grant. Work on site is planned to begin in the spring of 2024 and to take three years."]),
         ("3. OPTIONS FOR CONSIDERATION", [
            "3.1 Option 1: contribute £2 million to the scheme from the council's capital programme. This is the "
            "recommended option.",
            "3.2 Option 2: make no contribution. The scheme would then be smaller and would not include the "
            "section at Gunness wharf."]),
         ("4. RECOMMENDATIONS", [
            "4.1 That Cabinet approves a contribution of £2 million to the River Trent flood defences between "
            "Keadby and Burringham.",
            "4.2 That the Director: Economy and Environment agrees the terms of the partnership agreement with "
            "the Environment Agency."])]),
    header="", footer=["North Lincolnshire Council", "Cabinet 29.11.22"],
    docx_author="Economy and Environment",
)

# =========================================================================== Word minutes

doc(
    name="Cabinet_Minutes_10102023_NSDC", form="docx-minutes", council="Newark and Sherwood District Council",
    stated="yes", committee="Cabinet", date="2023-10-10",
    title_lines=["NEWARK AND SHERWOOD DISTRICT COUNCIL",
                 "Minutes of the Meeting of Cabinet held in the Civic Suite, Castle House, Great North Road, Newark, "
                 "NG24 1BY on Tuesday, 10 October 2023 at 6.00 pm."],
    attendance=[("PRESENT:", "Councillor Paul Ollerton (Chair), Councillor Rhona Farnsfield (Vice-Chair), "
                             "Councillors Keith Blidworth, Emma Rainworth, Tom Collingham and Sue Southwell."),
                ("ALSO IN ATTENDANCE:", "Councillor Alan Clipstone.")],
    items=[
        item("CAB32", "MINUTES FROM THE PREVIOUS MEETING", [
            "The minutes from the meeting held on 5 September 2023 were agreed as a correct record and signed by "
            "the Chair."]),
        item("CAB33", "PLAY AREAS: INVESTMENT PROGRAMME 2024-2027", [
            "The Portfolio Holder for Health, Wellbeing and Leisure presented a report on the council's 41 "
            "children's play areas, 9 of which had been found in an inspection to have equipment near the end "
            "of its life.",
            "The report proposed a three-year programme of £1.25 million to refurbish the play areas, starting "
            "with Sconce and Devon Park in Newark, Vicar Water Country Park in Clipstone and the Rufford Avenue "
            "play area in Rainworth.",
            "Councillor Collingham asked whether equipment for disabled children would be included. The Portfolio "
            "Holder confirmed that every refurbished play area would have at least two pieces of accessible "
            "equipment, such as a wheelchair roundabout.",
            "The recommendations were put to the vote and agreed.",
            "AGREED (unanimously) that the play areas investment programme of £1.25 million be approved."]),
        item("CAB34", "NEWARK CASTLE GATEHOUSE PROJECT", [
            "Cabinet noted that the National Lottery Heritage Fund had awarded £3.2 million for the Newark Castle "
            "Gatehouse project, which would open the gatehouse to visitors for the first time and create a new "
            "exhibition space.",
            "AGREED that the grant be accepted and that the council's contribution of £1.1 million be released."]),
        item("CAB35", "BUILDING SAFETY IN COUNCIL FLATS", [
            "AGREED that fire doors be replaced in the council's 12 blocks of flats with three or more storeys, at a "
            "cost of £620,000."]),
    ],
    closing=["Meeting closed at 7.21 pm.", "Chair"],
    header="Cabinet - 10 October 2023", footer=["Newark and Sherwood District Council"],
    docx_author="Democratic Services",
)

doc(
    name="Cabinet_Minutes_23_April_2024_WandF", form="docx-minutes", council="Westmorland and Furness Council",
    stated="yes", committee="Cabinet", date="2024-04-23",
    title_lines=["WESTMORLAND AND FURNESS COUNCIL",
                 "CABINET",
                 "Minutes of a Meeting of the Cabinet held on Tuesday, 23 April 2024 at 10.00 am at Barrow Town "
                 "Hall, Duke Street, Barrow-in-Furness, LA14 2LD"],
    attendance=[("PRESENT:", "Cllr J Grasmere (Chair), Cllr P Dalton, Cllr V Kirkby Lonsdale, Cllr A Sedbergh, "
                             "Cllr M Windermere, Cllr H Ambleside and Cllr T Millom."),
                ("Officers in Attendance:", "Director of Children's Services; Assistant Director - Education; "
                                            "Senior Democratic Services Officer.")],
    items=[
        item("118.", "MINUTES", [
            "RESOLVED, that the minutes of the meeting held on 26 March 2024 be agreed as a correct record."]),
        item("119.", "HOME TO SCHOOL TRANSPORT POLICY 2025/26", [
            "The Cabinet Member for Children's Services and Families introduced the draft Home to School "
            "Transport Policy for 2025/26, the first to cover the whole of the new council's area.",
            "The council arranges school transport for around 7,900 pupils, including 1,050 with special "
            "educational needs, at a cost of £21.3 million in 2023/24, one of the highest per pupil in England "
            "because of the distances in rural areas.",
            "The draft policy would end free transport for pupils attending a school that is not their nearest "
            "suitable school, unless a place there was refused. A public consultation on the draft had run for "
            "eight weeks in the winter.",
            "A member asked about post-16 students. The Cabinet Member said that the contribution paid by sixth "
            "form students would be £540 a year, the same across Westmorland and Furness.",
            "RESOLVED, that the Home to School Transport Policy 2025/26 be approved for admissions from "
            "September 2025."]),
        item("120.", "A590 HAVERTHWAITE AND GREENODD: SAFETY SCHEME", [
            "The Cabinet supported a bid by National Highways for safety works on the A590 at Haverthwaite and "
            "Greenodd, where there had been 14 serious collisions in five years.",
            "RESOLVED, that the bid be supported."]),
        item("121.", "KENDAL TOWN HALL: USE OF THE ASSEMBLY HALL", [
            "RESOLVED, that the Assembly Hall at Kendal Town Hall be made available for hire by community groups "
            "at a rate of £18 an hour."]),
    ],
    closing=["The meeting ended at 11.47 am"],
    header="Cabinet 23 April 2024", footer=["Westmorland and Furness Council"],
    docx_author="Democratic Services",
)

# =========================================================================== text

doc(
    name="Cabinet_30_November_2021_KLWN", form="txt", council="Borough Council of King's Lynn and West Norfolk",
    stated="yes", committee="Cabinet", date="2021-11-30",
    title_lines=["BOROUGH COUNCIL OF KING'S LYNN & WEST NORFOLK", "", "CABINET", "",
                 "Minutes from the Meeting of the Cabinet held on Tuesday, 30th November, 2021",
                 "at 5.30 pm in the Council Chamber, King's Court, Chapel Street, King's Lynn",
                 "PE30 1EX", ""],
    attendance=[("PRESENT:", "Councillor Sam Snettisham (Chair); Councillors Hunstanton, Downham, Heacham, "
                             "Terrington, Walpole and Dersingham."),
                ("OFFICERS:", "Chief Executive; Assistant Director, Environment and Planning; Parks and Open "
                              "Spaces Manager; Democratic Services Officer.")],
    items=[
        item("CAB112:", "Minutes", [
            "RESOLVED: That the Minutes of the meeting held on 2nd November 2021 be agreed as a correct record and "
            "signed by the Chair."]),
        item("CAB113:", "Play Area Strategy 2022-2032", [
            "The Portfolio Holder for Leisure presented the Play Area Strategy. The Borough Council managed 58 play "
            "areas, from the large play area at The Walks in King's Lynn to small village sites, and an audit had "
            "scored each one for its condition and value to children.",
            "The strategy proposed refurbishing 24 play areas over ten years, removing 6 that were little used "
            "and close to another site, and building a new destination play area on Hunstanton's Esplanade "
            "Gardens.",
            "Councillor Heacham asked when the new Hunstanton play area would be built. The Portfolio Holder said "
            "that design work would start in the new year, and that the timing of the works would depend on "
            "funding from the Town Deal, which was yet to be settled.",
            "RESOLVED: That the Play Area Strategy 2022-2032 be adopted, and that £95,000 a year be set aside "
            "in the capital programme for play area renewals."]),
        item("CAB114:", "Guildhall of St George: Creative Hub", [
            "Cabinet received an update on the project to restore the Guildhall of St George on King Street, the "
            "largest surviving medieval guildhall in England, as a creative hub.",
            "RESOLVED: That a bid for £2.4 million to the Town Deal for the Guildhall project be endorsed."]),
        item("CAB115:", "Fees and Charges: Bereavement Services", [
            "RESOLVED: That the fees for cremation at Mintlyn Crematorium be held at their current level for "
            "2022/23."]),
    ],
    closing=["", "The meeting closed at 6.44 pm", ""],
)
