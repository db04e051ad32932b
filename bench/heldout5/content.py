"""The documents of bench/heldout5: invented business of real UK councils.

Every word of the business, the people (names made up) and the figures is invented; the councils,
their towns and buildings are real, and the layouts imitate how councils publish. make_heldout5.py
draws each dict by its `form`; truth.csv is written from `council`, `stated` (how the text names the
council: `yes` in full, `short` only a short form or abbreviation, `web` only a web address or
e-mail domain), `committee` (alternatives separated by `|`) and `date` (the meeting's, ISO).
"""
from __future__ import annotations


def site(name: str, url: str, address: str, copyright_line: str, menu=None, breadcrumb=None, logo_alt=None,
         sidebar=None) -> dict:
    """A ModernGov site's frame: masthead, menu, breadcrumb, sidebar and footer."""
    return {
        "name": name, "url": url, "address": address, "copyright": copyright_line,
        "logo_alt": logo_alt or f"{name} logo",
        "menu": menu or ["Home", "Your council", "Councillors and committees", "Contact us"],
        "breadcrumb": breadcrumb or ["Home", "Council and democracy", "Meetings, agendas and minutes"],
        "footer_links": ["Accessibility statement", "Cookies", "Privacy", "Terms of use"],
        "sidebar": sidebar or ["Browse meetings", "Meeting calendar", "Committee structure", "Attendance details",
                               "Issue history"],
    }


def item(num: str, title: str, body: list[str], intro: str = "", links=(), decision=None) -> dict:
    return {"num": num, "title": title, "body": body, "intro": intro, "links": list(links),
            "decision": decision}


DOCUMENTS: list[dict] = []


def doc(**fields) -> None:
    DOCUMENTS.append(fields)


# =========================================================================== ModernGov meeting pages

doc(
    name="ieListDocuments_CId412_MId7731", form="mg-meeting", council="London Borough of Sutton", stated="yes",
    committee="Housing, Economy and Business Committee", date="2023-03-14",
    site=site("Sutton Council", "https://moderngov.sutton.gov.uk", "Civic Offices, St Nicholas Way, Sutton, SM1 1EA",
              "© London Borough of Sutton 2023",
              breadcrumb=["Home", "Council and democracy", "Committees", "Housing, Economy and Business Committee"]),
    heading="Housing, Economy and Business Committee - Tuesday, 14th March, 2023 7.30 pm",
    venue="Council Chamber, Civic Offices, St Nicholas Way, Sutton, SM1 1EA",
    contact="Oliver Cheamley, Committee Services Officer. Tel: 020 8770 5413 Email: committeeservices@sutton.gov.uk",
    items=[
        item("45.", "Apologies for absence", [
            "Apologies were received from Councillor Nadia Ferrow. Councillor Liam Tolworth attended as her substitute."]),
        item("46.", "Minutes of the previous meeting", [
            "RESOLVED: That the minutes of the meeting held on 24 January 2023 be agreed as an accurate record."],
            links=[("Minutes, 24/01/2023", "188 KB")]),
        item("47.", "Declarations of interest", [
            "Councillor Ruth Beddington declared a non-pecuniary interest in item 49 as a trustee of the Sutton "
            "Business Improvement District and remained in the meeting."]),
        item("48.", "Temporary accommodation: leasing of additional homes", [
            "Marcus Hackbridge, Head of Housing Needs, introduced the report. At the end of February 2023 there "
            "were 612 households in temporary accommodation arranged by the council, 148 of them in bed and "
            "breakfast or other shared nightly-paid rooms.",
            "The report proposed that the council lease 60 self-contained homes in Hackbridge and Wallington from "
            "a registered provider for five years. The annual rent would be £1.14 million, which officers expected "
            "to be more than offset by a saving of around £390,000 a year on nightly-paid accommodation once all "
            "60 homes were occupied.",
            "Councillor Ellen Carshalton asked how many families with children had stayed in bed and breakfast for "
            "longer than the six-week legal limit. The Head of Housing Needs said that on the snapshot date the "
            "figure was 23 families, down from 41 in October 2022, and that every one of them had a named caseworker.",
            "Councillor Tolworth asked whether the homes would meet the decent homes standard. Officers confirmed "
            "that each property would be inspected by the council's own surveyors before the lease was signed.",
            "RESOLVED: That the Committee",
            "- approves the leasing of 60 self-contained homes for use as temporary accommodation for a term of "
            "five years; and",
            "- delegates authority to the Strategic Director of Housing, in consultation with the Chair, to agree "
            "the final terms of the lease.",
            "The recommendations were agreed unanimously."],
            links=[("Temporary accommodation leasing report", "402 KB"), ("Appendix A - Equality impact assessment",
                                                                          "96 KB")]),
        item("49.", "High street shopfront grants: update", [
            "The Economic Development Manager, Priya Rosehill, reported on the shopfront improvement scheme "
            "launched in June 2022 with a budget of £250,000. Businesses could claim grants of up to £7,500 "
            "towards new frontages, signs and lighting. Thirty-one businesses had applied and 19 grants had been "
            "paid, mostly on Sutton High Street and in Rosehill.",
            "Members noted that the vacancy rate for ground-floor units on Sutton High Street had fallen from "
            "15.8 per cent to 14.2 per cent over the year.",
            "RESOLVED: To note the update and to extend the scheme to the district centres of Cheam and Worcester "
            "Park from 1 April 2023, within the existing budget."],
            links=[("Shopfront grants update", "233 KB")]),
        item("50.", "Work programme", [
            "The Committee noted its work programme. The next meeting would be held on 20 June 2023."]),
    ],
)

doc(
    name="ieListDocuments_CId94_MId11206_Planning_Board", form="mg-meeting", council="Royal Borough of Greenwich",
    stated="yes", committee="Planning Board", date="2022-10-11",
    site=site("Royal Borough of Greenwich", "https://committees.royalgreenwich.gov.uk",
              "The Woolwich Centre, 35 Wellington Street, London SE18 6HQ", "© Royal Greenwich 2022",
              menu=["Home", "Council and democracy", "Planning and building control", "Contact us"]),
    heading="Planning Board - Tuesday, 11th October, 2022 6.30 pm",
    venue="Council Chamber, Woolwich Town Hall, Wellington Street, SE18 6PW",
    contact="Jade Shooters, Committee Officer, 020 8921 5132",
    items=[
        item("1.", "Apologies for absence", ["Apologies for absence were received from Councillor Sam Kidbrooke."]),
        item("2.", "Urgent business", ["There was none."]),
        item("3.", "Declarations of interest", ["There were no declarations."]),
        item("4.", "21/3904/F - Former Charlton bus depot, Woolwich Road, SE7", [
            "The Board considered an application for the demolition of the depot buildings and the erection of "
            "five blocks of between four and nine storeys containing 214 homes, with commercial space on the "
            "ground floor facing Woolwich Road.",
            "The planning officer, Kwame Plumstead, explained that 35 per cent of the homes would be affordable, "
            "split between London Affordable Rent and shared ownership. The council had received 86 letters of "
            "objection, mainly about the height of the tallest block and parking pressure on nearby streets.",
            "A resident of Victoria Way addressed the Board and said the nine-storey block would overshadow the "
            "gardens of the houses opposite. The applicant's agent replied that the daylight study showed all "
            "neighbouring windows would stay within the national guidance.",
            "The Board asked about trees. Officers said 31 existing trees would be removed, and a condition would "
            "require 120 new trees to be planted on the site and along the Woolwich Road frontage.",
            "The section 106 agreement would secure a contribution of £420,000 towards bus services and £96,000 "
            "towards a new crossing on Woolwich Road, and the development would be car free apart from disabled "
            "bays.",
            "On being put to the vote, with 6 members voting in favour and 2 against, the Board",
            "RESOLVED: That planning permission be granted subject to the conditions in the report and the "
            "completion of a section 106 agreement."],
            links=[("Report 21/3904/F", "1 MB"), ("Addendum", "64 KB")]),
        item("5.", "22/1402/HD - 17 Court Road, Eltham, SE9", [
            "The Board considered an application for a two-storey rear extension and a rear dormer.",
            "Members wished to see the relationship with the neighbouring house at number 15 for themselves.",
            "RESOLVED: That the application be deferred to allow a site visit by members of the Board."],
            links=[("Report 22/1402/HD", "412 KB")]),
        item("6.", "Appeal decisions", [
            "The Board noted that in the quarter to September 2022 the Planning Inspectorate had decided 27 appeals "
            "against the council's decisions and had dismissed 21 of them."]),
    ],
)

doc(
    name="ieListDocuments_MId6218_Sefton_OSC_Regeneration", form="mg-meeting",
    council="Sefton Metropolitan Borough Council", stated="yes",
    committee="Overview and Scrutiny Committee (Regeneration and Skills)|Overview and Scrutiny Committee - Regeneration and Skills|Overview and Scrutiny Committee Regeneration and Skills",
    date="2021-11-23",
    site=site("Sefton Council", "https://modgov.sefton.gov.uk", "Bootle Town Hall, Oriel Road, Bootle, L20 7AE",
              "© Sefton Metropolitan Borough Council"),
    heading="Overview and Scrutiny Committee (Regeneration and Skills) - Tuesday, 23rd November, 2021 6.30 pm",
    venue="Committee Room, Southport Town Hall, Lord Street, Southport",
    contact="Dale Ainsdale, Democratic Services. Email: dale.ainsdale@sefton.gov.uk",
    items=[
        item("21.", "Apologies for Absence", ["Apologies for absence were received from Councillor Maureen Litherland."]),
        item("22.", "Declarations of Interest", ["No declarations of any disclosable pecuniary interests or "
                                                   "personal interests were received."]),
        item("23.", "Minutes of the Previous Meeting", [
            "RESOLVED: That the minutes of the meeting held on 14 September 2021 be confirmed as a correct record."],
            links=[("Minutes", "245 KB")]),
        item("24.", "Urban forest: tree planting update", [
            "The Committee considered the report of the Executive Director of Place on the Sefton urban forest "
            "programme. Since the winter of 2019 the council and its partners had planted 15,400 trees, most of "
            "them in Bootle, Netherton and Seaforth, where tree cover was lowest. The programme's aim was 30,000 "
            "trees by 2030.",
            "The Green Sefton Manager, Alan Crossens, said that the survival rate of young trees planted in the first "
            "season was 84 per cent; trees lost had mostly been damaged by vandalism or the dry spring of 2020.",
            "Councillor Peter Waterloo asked whether residents could ask for a tree outside their home. The Manager "
            "said that requests could be made through the council's website and that 212 street trees had been "
            "planted at residents' request this year.",
            "RESOLVED: That the report be noted and that a further update be provided in twelve months."],
            links=[("Urban forest report", "512 KB")]),
        item("25.", "Coastal erosion at Formby Point", [
            "The Coastal Manager reported that the dune frontage at Formby Point had retreated by an average of "
            "3.5 metres a year over the last decade. The council was working with the National Trust and Natural "
            "England on the shoreline management plan and did not propose hard defences there.",
            "Members asked about the car park at Lifeboat Road. The Coastal Manager said that it was expected to be "
            "lost to the sea within 15 years and that options for relocating it were being studied.",
            "RESOLVED: That the report be noted."],
            links=[("Coastal erosion report", "701 KB")]),
        item("26.", "Work Programme Key Decision Forward Plan", [
            "RESOLVED: That the work programme for 2021/22 be approved, with an item on apprenticeships added for "
            "the meeting on 25 January 2022."]),
    ],
)

doc(
    name="ieListDocuments_CId151_MId3904", form="mg-meeting", council="North Tyneside Council", stated="yes",
    committee="Cabinet", date="2022-07-25",
    site=site("North Tyneside Council", "https://democracy.northtyneside.gov.uk",
              "Quadrant, The Silverlink North, Cobalt Business Park, North Tyneside, NE27 0BY",
              "© North Tyneside Council 2022"),
    heading="Cabinet - Monday, 25th July, 2022 6.00 pm",
    venue="Room 0.02, Ground Floor, Quadrant, The Silverlink North, Cobalt Business Park",
    contact="Rachel Killingworth, Democratic Services Officer",
    page_title="Agenda, decisions and minutes", outcome_label="Minutes:",
    items=[
        item("CAB21/22", "Apologies for Absence", ["Apologies were received from Councillor Carl Wallsend."]),
        item("CAB22/22", "Minutes", [
            "Resolved that the minutes of the meeting held on 27 June 2022 be confirmed and signed by the Chair."],
            links=[("Minutes of 27 June 2022", "201 KB")]),
        item("CAB23/22", "Children's Services: Ofsted Focused Visit", [
            "Cabinet received a report on the focused visit carried out by Ofsted on 26 and 27 April 2022, which "
            "looked at the authority's arrangements for care leavers. The inspectors' letter, published on 9 June "
            "2022, identified strengths in the relationships between personal advisers and young people, and two "
            "areas for improvement: the timeliness of pathway plans and access to suitable housing at 18.",
            "The Cabinet Member for Children, Young People and Learning said an action plan had been agreed with "
            "the Children's Partnership and that 91 per cent of pathway plans were now up to date, compared with "
            "78 per cent at the time of the visit.",
            "The Director of Children's Services reminded Cabinet that the authority's next full inspection under "
            "the inspection of local authority children's services framework could take place at any time from "
            "the spring of 2023.",
            "Resolved that the outcome of the focused visit and the action plan be noted."],
            links=[("Ofsted focused visit report", "310 KB")],
            decision=["Cabinet noted the outcome of the Ofsted focused visit and the action plan."]),
        item("CAB24/22", "Highways Maintenance: Additional Resurfacing Programme 2022/23", [
            "Cabinet considered a report seeking approval for an additional £1.6 million of resurfacing, funded "
            "from the highways asset management reserve. The money would allow 62 further roads to be resurfaced "
            "before March 2023, on top of the 148 in the agreed programme.",
            "The Cabinet Member for Environment said the number of potholes reported by residents had risen by "
            "a fifth in the previous winter and that prevention by resurfacing was cheaper than repeated patching.",
            "Resolved that (1) the additional resurfacing programme be approved; and (2) the Director of Environment "
            "be authorised to add roads to the programme within the budget."],
            links=[("Additional resurfacing report", "420 KB"), ("Appendix 1 - list of roads", "152 KB")],
            decision=["Cabinet approved the additional resurfacing programme and authorised the Director of "
                      "Environment to add roads to the programme within the budget."]),
        item("CAB25/22", "Date and Time of Next Meeting", ["6.00pm on Monday 26 September 2022."]),
    ],
)

doc(
    name="ieListDocuments_CId203_MId9917_DCC", form="mg-meeting", council="Milton Keynes City Council", stated="short",
    committee="Development Control Committee", date="2023-06-15",
    site=site("MK Council", "https://milton-keynes.moderngov.co.uk", "Civic, 1 Saxon Gate East, MK9 3EJ",
              "© MK Council 2023", logo_alt="MK Council home"),
    heading="Development Control Committee - Thursday, 15th June, 2023 7.00 pm",
    venue="Council Chamber, Civic, 1 Saxon Gate East, Central Milton Keynes, MK9 3EJ",
    contact="Sophie Bletchley, Committee Manager. Email: democracy@milton-keynes.gov.uk",
    items=[
        item("DCC11", "Apologies", ["Apologies were received from Councillors Petra Olney and Dev Stantonbury."]),
        item("DCC12", "Minutes", ["RESOLVED - That the minutes of the meeting held on 18 May 2023 be approved and "
                                    "signed by the Chair as a correct record."], links=[("Minutes", "167 KB")]),
        item("DCC13", "23/00411/FUL - Electric vehicle charging hub, land at Kingston Centre, Kents Hill", [
            "The Committee considered an application for an electric vehicle charging hub with 48 rapid charging "
            "bays, a canopy with solar panels, a small café and toilets on part of the Kingston Centre car park.",
            "The Senior Planning Officer, Gemma Wavendon, said the hub would replace 96 ordinary parking spaces "
            "and that the car park would keep 1,240 spaces, more than the centre had needed at its busiest in the "
            "last three years.",
            "A ward councillor spoke about late-night noise from the café and asked for its hours to be limited. "
            "The applicant agreed to a condition closing the café at 10pm; the chargers would be open all day and "
            "night.",
            "It was proposed by Councillor Olu Walnut Tree and seconded by Councillor Meg Shenley that the "
            "application be approved. On a vote of 9 in favour and 1 against, it was",
            "RESOLVED - That planning permission be granted subject to the conditions in the report and an extra "
            "condition limiting the café's opening hours to 7am to 10pm."],
            links=[("Report 23/00411/FUL", "2 MB")]),
        item("DCC14", "23/00187/COU - 41 Church Street, Wolverton", [
            "The Committee considered an application to change the use of a four-bedroom house to a house in "
            "multiple occupation for seven people.",
            "Members were concerned about the loss of family housing and the lack of bin storage at the front.",
            "Contrary to the officer's recommendation, it was RESOLVED - That planning permission be refused because "
            "the proposal would give seven occupiers too little shared living space and no adequate refuse storage."],
            links=[("Report 23/00187/COU", "640 KB")]),
    ],
)

doc(
    name="ieListDocuments_CId135_MId2467_County_Council", form="mg-meeting", council="West Sussex County Council",
    stated="yes", committee="County Council|Full Council|Council", date="2024-02-16",
    site=site("West Sussex County Council", "https://westsussex.moderngov.co.uk",
              "County Hall, West Street, Chichester, PO19 1RQ", "© West Sussex County Council"),
    heading="County Council - Friday, 16th February, 2024 10.30 am",
    venue="Council Chamber, County Hall, Chichester",
    contact="Ellie Selsey, Senior Advisor, Democratic Services 0330 222 8514",
    items=[
        item("61.", "Apologies for Absence", [
            "Apologies were received from Mr Pulborough, Mrs Shoreham and Dr Henfield."]),
        item("62.", "Members' Interests", [
            "Members declared interests as set out at Appendix 1 to these minutes."]),
        item("63.", "Minutes", ["Resolved - That the minutes of the meeting of the County Council held on 15 "
                                 "December 2023 be approved as a correct record."],
             links=[("Minutes, 15 December 2023", "298 KB")]),
        item("64.", "Budget 2024/25, Capital Strategy 2024-29 and Treasury Management Strategy", [
            "The Council considered the budget proposals, as recommended by the Cabinet, for 2024/25.",
            "The Leader moved the budget. She said it set a net revenue budget of £801.6 million and an increase "
            "of 4.99 per cent in the county council's share of council tax, of which 2 per cent was the adult social "
            "care precept. A Band D council tax for county services would be £1,744.38.",
            "Mr Angmering, Leader of the Liberal Democrat Group, moved an amendment to move £1.5 million from "
            "reserves into highways drainage. The amendment was lost by 15 votes to 48.",
            "Cabinet Member for Finance and Property, Mr Steyning, said the budget included £4 million more for "
            "special educational needs transport and that the county's reserves would stand at £216 million at "
            "the end of the year.",
            "A recorded vote was taken on the substantive budget motion. 43 members voted for, 19 against and 3 "
            "abstained.",
            "Resolved - That the revenue budget for 2024/25, the capital strategy 2024-29 and the council tax "
            "requirement of £578.3 million be approved."],
            links=[("Budget report", "3 MB"), ("Amendment - Liberal Democrat Group", "88 KB")]),
        item("65.", "Questions on Cabinet Members' Reports", [
            "Mrs Bognor asked about potholes on the A259. The Cabinet Member for Highways and Transport said "
            "that the county had repaired 41,200 potholes in the year to December 2023 and that a stretch of "
            "the A259 east of Littlehampton would be resurfaced in the summer.",
            "Mr Lancing asked how many children were waiting for an education, health and care plan assessment. "
            "The Cabinet Member for Children and Young People said she did not have the figure with her and would "
            "reply in writing."]),
    ],
)

doc(
    name="ieListDocuments_CId141_MId2290_HOSP", form="mg-meeting", council="Worcestershire County Council",
    stated="yes", committee="Health Overview and Scrutiny Panel", date="2019-09-30",
    site=site("Worcestershire County Council", "https://worcestershire.moderngov.co.uk",
              "County Hall, Spetchley Road, Worcester, WR5 2NP", "© Worcestershire County Council",
              breadcrumb=["Home", "Agendas, meetings and minutes", "Health Overview and Scrutiny Panel"]),
    heading="Health Overview and Scrutiny Panel - Monday, 30th September, 2019 10.00 am",
    venue="Council Chamber, County Hall, Worcester",
    contact="Emma Pershore, Overview and Scrutiny Officer",
    items=[
        item("1016", "Apologies and Welcome", ["The Chairman welcomed everyone to the meeting. Apologies had been "
                                                 "received from Mr T Upton and Mrs L Hagley."]),
        item("1017", "Declarations of Interest and of any Party Whip", ["None."]),
        item("1018", "Confirmation of the Minutes of the Previous Meeting", [
            "The minutes of the meeting held on 17 July 2019 were agreed as a correct record and signed by the "
            "Chairman."], links=[("Minutes", "174 KB")]),
        item("1019", "Ambulance Handover Delays at Worcestershire Royal Hospital", [
            "Representatives of the acute hospitals trust and the ambulance service attended to update the Panel.",
            "The Panel was told that in August 2019 the average time taken to hand a patient over from an ambulance "
            "to the emergency department at Worcestershire Royal was 58 minutes, against a national standard of 15 "
            "minutes, and that 1,126 hours of ambulance time had been lost that month.",
            "The trust's Chief Operating Officer, Dr Helen Bewdley, said a new 12-bay assessment area next to the "
            "emergency department would open in November 2019 and was expected to halve handover times.",
            "A member asked whether patients were still being cared for in corridors. Dr Bewdley said that this had "
            "happened on 19 days in August and that it was never acceptable.",
            "The Panel agreed that it would receive a further update in six months, and asked the trust to "
            "include figures for the Alexandra Hospital in Redditch."],
            links=[("Ambulance handover report", "389 KB")]),
        item("1020", "Kidderminster Minor Injuries Unit: Opening Hours", [
            "The clinical commissioning group explained that the minor injuries unit at Kidderminster Hospital had "
            "closed overnight since April because of staff shortages. It was now open from 8am to 10pm. Between "
            "April and August an average of nine people a night had attended between 10pm and 8am in the same "
            "months of the previous year.",
            "The Panel asked the group to bring the outcome of its review of the unit's hours to the January meeting."]),
    ],
)

doc(
    name="ieListDocuments_CId308_MId2741_Licensing", form="mg-meeting", council="Mid Suffolk District Council",
    stated="short", committee="Licensing and Regulatory Committee|Mid Suffolk Licensing and Regulatory Committee", date="2022-01-19",
    site=site("Babergh and Mid Suffolk District Councils", "https://baberghmidsuffolk.moderngov.co.uk",
              "Endeavour House, 8 Russell Road, Ipswich, IP1 2BX", "© Babergh and Mid Suffolk District Councils",
              logo_alt="Babergh and Mid Suffolk District Councils - working together"),
    heading="Mid Suffolk Licensing and Regulatory Committee - Wednesday, 19th January, 2022 9.30 am",
    venue="Frink Room (Elisabeth) - Endeavour House, 8 Russell Road, Ipswich",
    contact="Committee Services",
    items=[
        item("LR/21/12", "Apologies for absence/substitutions", [
            "Apologies were received from Councillor Keith Needham. Councillor Anne Bacton substituted."]),
        item("LR/21/13", "Declaration of interests", [
            "Councillor Tom Eye declared that he held a private hire driver's licence issued by another council "
            "and left the room for item LR/21/14."]),
        item("LR/21/14", "Hackney carriage table of fares review", [
            "The Licensing Team Leader, Carol Mendlesham, presented the report. The table of fares had last been "
            "changed in 2018. The trade had asked for an increase to reflect fuel and insurance costs.",
            "The proposal would raise the initial charge on tariff 1 from £3.00 to £3.60 for the first 880 yards, "
            "and the charge for each further 176 yards from 20p to 22p. A typical two-mile daytime journey would "
            "cost £8.20 instead of £7.40.",
            "Members asked whether the increase would affect passengers on low incomes in rural areas. The Team "
            "Leader said that the fares were maximums and that operators could charge less.",
            "It was RESOLVED: That the proposed table of fares be advertised for public consultation and, if no "
            "objections are received, come into force on 1 April 2022.",
            "The motion was carried."],
            links=[("Fares review report", "276 KB"), ("Appendix A - proposed table of fares", "51 KB")]),
        item("LR/21/15", "Street trading consent fees 2022/23", [
            "RESOLVED: That the annual fee for a street trading consent be held at £620 for 2022/23."]),
    ],
)

doc(
    name="ieListDocuments_CId715_MId7402_Brent_Scrutiny", form="mg-meeting", council="London Borough of Brent",
    stated="yes", committee="Resources and Public Realm Scrutiny Committee", date="2023-09-12",
    site=site("Brent Council", "https://democracy.brent.gov.uk", "Brent Civic Centre, 32 Engineers Way, Wembley, HA9 0FJ",
              "© Brent Council 2023"),
    heading="Resources & Public Realm Scrutiny Committee - Tuesday, 12th September, 2023 6.00 pm",
    venue="Conference Hall, Brent Civic Centre, Engineers Way, Wembley, HA9 0FJ",
    contact="Janet Harlesden, Governance Officer. Tel: 020 8937 1402",
    items=[
        item("1.", "Apologies for absence and clarification of alternate members", [
            "Apologies for absence were received from Councillor Dan Kilburn."]),
        item("2.", "Declarations of interests", ["None declared."]),
        item("3.", "Minutes of the previous meeting", [
            "RESOLVED that the minutes of the previous meeting held on 11 July 2023 be approved as an accurate "
            "record of the meeting."], links=[("Minutes", "221 KB")]),
        item("4.", "Fly-tipping and environmental enforcement", [
            "The Committee received a report from the Corporate Director of Neighbourhoods and Regeneration on the "
            "council's approach to fly-tipping.",
            "The Head of Environmental Enforcement, Tunde Willesden, said that residents had reported 27,300 "
            "fly-tips in 2022/23, about 8 per cent fewer than the year before. The council had issued 1,870 fixed "
            "penalty notices for fly-tipping and the fine had risen from £400 to £1,000 in April 2023.",
            "Members asked why payment rates were low. Officers said that 61 per cent of fixed penalty notices "
            "were paid and that unpaid notices were taken to court.",
            "The Committee recommended that the Cabinet extend the free bulky waste collection pilot in "
            "Stonebridge and Harlesden to the whole borough, and asked for the results of the pilot to be shared "
            "with members."],
            links=[("Fly-tipping report", "530 KB")]),
        item("5.", "Council tax support scheme 2024/25", [
            "The Committee considered proposals for the council tax support scheme. The scheme currently paid up to "
            "100 per cent of council tax for the poorest working-age households; about 26,000 households received "
            "support.",
            "The Committee supported the proposal to keep the scheme unchanged for 2024/25."]),
    ],
)

# =========================================================================== ModernGov agenda item pages

doc(
    name="mgAi_ID18842_Merton_Licensing", form="mg-item", council="London Borough of Merton", stated="yes",
    committee="Licensing Sub-Committee", date="2022-11-08",
    site=site("Merton Council", "https://democracy.merton.gov.uk", "Civic Centre, London Road, Morden, SM4 5DX",
              "© London Borough of Merton"),
    meeting_line="08/11/2022 - Licensing Sub-Committee (Item 4.)",
    items=[item("4.", "Premises Licence Application: The Mitcham Taproom, 12 London Road, Mitcham, CR4 3LA", [
        "The Licensing Sub-Committee considered an application for a new premises licence for the sale of "
        "alcohol on and off the premises and for recorded music, until 01:00 on Fridays and Saturdays and until "
        "midnight on other days.",
        "Seven representations had been received from local residents, mostly about noise from the rear yard "
        "and people gathering on the pavement at closing time. The Metropolitan Police had agreed conditions "
        "with the applicant and had withdrawn their representation.",
        "The applicant, Mr Ravi Colliers, said the taproom would seat 60 people, would not play live music, and "
        "that the rear yard would be cleared by 22:00 every night.",
        "The Sub-Committee RESOLVED to grant the licence with the following hours: the sale of alcohol until "
        "23:30 Sunday to Thursday and until 00:30 on Friday and Saturday, with the premises closing 30 minutes "
        "later.",
        "In addition to the conditions agreed with the police, the Sub-Committee imposed a condition that at "
        "least one SIA-registered door supervisor must be on duty from 21:00 until closing on Fridays and "
        "Saturdays, and that the rear yard must not be used after 22:00.",
        "The Chair reminded all parties that they had a right of appeal to the magistrates' court within 21 days "
        "of receiving the written decision."],
        intro="Ward: Figge's Marsh",
        links=[("Report - The Mitcham Taproom", "611 KB"), ("Representations (redacted)", "344 KB")])],
)

doc(
    name="mgAi_ID31077_Peterborough_Cabinet", form="mg-item", council="Peterborough City Council", stated="yes",
    committee="Cabinet", date="2023-03-06",
    site=site("Peterborough City Council", "https://democracy.peterborough.gov.uk",
              "Sand Martin House, Bittern Way, Fletton Quays, Peterborough, PE2 8TY", "© Peterborough City Council"),
    meeting_line="06/03/2023 - Cabinet (Item 88.)",
    items=[item("88.", "Introduction of Weekly Food Waste Collections", [
        "The Cabinet received a report from the Executive Director of Place and Economy on the introduction of a "
        "weekly food waste collection service for all households in the city.",
        "The Cabinet Member for Climate Change and Environment said that food made up around 30 per cent of what "
        "residents put in their black bins. The new service would start on 2 October 2023, and every household "
        "would receive a kitchen caddy, a kerbside bin and a first roll of liners free of charge.",
        "The report set out the purchase of 14 food waste vehicles at a cost of £1.9 million, the recruitment of "
        "28 drivers and loaders, and the distribution of caddies to about 86,000 households. The service was "
        "expected to collect 7,000 tonnes of food waste a year, which would be sent to an anaerobic digestion "
        "plant.",
        "Cabinet members asked about flats. Officers said that communal food waste bins would be placed at "
        "blocks of flats from January 2024, after a survey of bin stores.",
        "Cabinet RESOLVED to: 1. Approve the introduction of weekly food waste collections from 2 October 2023; "
        "2. Approve capital spending of £1.9 million for vehicles and £0.6 million for containers; and "
        "3. Delegate to the Executive Director of Place and Economy the award of the vehicle contract."],
        links=[("Food waste collections report", "866 KB"), ("Appendix 1 - communications plan", "205 KB")])],
)

doc(
    name="mgAi_ID9240_DG_Economy_Resources", form="mg-item", council="Dumfries and Galloway Council", stated="yes",
    committee="Economy and Resources Committee", date="2022-11-29",
    site=site("Dumfries and Galloway Council", "https://egenda.dumgal.gov.uk",
              "Council Headquarters, English Street, Dumfries, DG1 2DD", "© Dumfries and Galloway Council",
              breadcrumb=["Home", "Council and government", "Committees and meetings"]),
    meeting_line="29/11/2022 - Economy and Resources Committee (Item 7.)",
    items=[item("7.", "Stranraer Marina and Harbour: Charges 2023/24", [
        "The Committee considered a report on the charges at Stranraer Marina and harbour for 2023/24.",
        "The Harbour Master, Fergus Cairnryan, reported that the marina had 142 berths and that 108 annual berth "
        "holders had renewed for 2022, the highest number since it opened. Visiting yachts had spent 1,460 nights "
        "in the marina over the summer.",
        "The report proposed an increase of 6 per cent in berthing charges, which would take the annual charge for "
        "a 10 metre boat to £2,014. Members noted that charges at other marinas on the Solway and the Clyde were "
        "higher.",
        "Councillor Moira Portpatrick asked about the dredging of the approach channel. The Harbour Master said a "
        "survey would be carried out in the spring and that no decision on dredging had yet been taken.",
        "Decision: The Committee AGREED the charges for Stranraer Marina and harbour for 2023/24 as set out in "
        "Appendix 1 to the report."],
        links=[("Report - Stranraer Marina charges", "410 KB"), ("Appendix 1 - charges 2023/24", "78 KB")])],
)

# =========================================================================== ModernGov decision pages

doc(
    name="ieDecisionDetails_ID6641_Brent", form="mg-decision", council="London Borough of Brent", stated="yes",
    committee="Cabinet", date="2023-09-11",
    site=site("Brent Council", "https://democracy.brent.gov.uk", "Brent Civic Centre, 32 Engineers Way, Wembley, HA9 0FJ",
              "© Brent Council 2023"),
    decision_title="Acquisition of Homes for Temporary Accommodation: Phase 2",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To seek approval to buy further homes on the open market to use as temporary accommodation "
                      "for homeless households, following the first phase of the programme."]),
        ("Decision:", [
            "Cabinet RESOLVED:",
            "(1) To approve the purchase of up to 100 homes in Brent and neighbouring boroughs for use as temporary "
            "accommodation, within a total budget of £35.6 million including stamp duty, fees and repairs.",
            "(2) To note that the first phase had bought 62 homes, which had saved an average of £9,200 a year per "
            "household compared with nightly-paid accommodation.",
            "(3) To delegate to the Corporate Director of Residents and Housing Services, in consultation with the "
            "Cabinet Member for Housing, the approval of each purchase within the budget."]),
        ("Reasons for the decision:", [
            "The number of households in temporary accommodation in Brent had reached 1,930, and the cost of "
            "nightly-paid rooms had risen by 18 per cent in a year. Owning homes gives the council better control "
            "of quality and cost."]),
        ("Alternative options considered:", [
            "Leasing homes from private landlords was considered but rejected because of the short leases on offer "
            "and the rents asked."]),
        ("Interests and Nature of Interests Declared:", ["None."]),
    ],
    tail=[("Publication date:", "13/09/2023"), ("Date of decision:", "11/09/2023"),
          ("Decided at meeting:", "11/09/2023 - Cabinet"), ("Effective from:", "21/09/2023")],
    links=[("Temporary Accommodation Acquisitions Phase 2 report", "701 KB")],
)

doc(
    name="ieDecisionDetails_ID3358_Knowsley", form="mg-decision", council="Knowsley Metropolitan Borough Council",
    stated="yes", committee="Cabinet", date="2024-03-13",
    site=site("Knowsley Council", "https://democracy.knowsley.gov.uk", "Municipal Buildings, Archway Road, Huyton, L36 9YU",
              "© Knowsley Council"),
    decision_title="Highways Capital Programme 2024/25",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Decision Made"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To approve the highways capital programme for 2024/25."]),
        ("Decision:", [
            "Cabinet resolved that:",
            "(a) the highways capital programme for 2024/25 of £4.2 million, made up of 38 carriageway resurfacing "
            "schemes, 11 footway schemes and the replacement of 600 street lighting columns, be approved;",
            "(b) £350,000 of the programme be set aside for a rapid pothole repair team; and",
            "(c) the Executive Director (Place) be authorised to substitute schemes of similar value if a site "
            "cannot go ahead."]),
        ("Reasons for the decision:", [
            "The council repaired 5,240 potholes in 2023, 16 per cent more than in 2022. Resurfacing the roads in the "
            "worst condition reduces the number of repairs and claims."]),
        ("Alternative options considered:", ["To spend the whole budget on patching. This was rejected because "
                                               "it would not stop roads getting worse."]),
    ],
    tail=[("Publication date:", "15/03/2024"), ("Date of decision:", "13/03/2024"),
          ("Decided at meeting:", "13/03/2024 - Cabinet"), ("Effective from:", "23/03/2024")],
    links=[("Highways Capital Programme 2024-25", "512 KB"), ("Appendix A - scheme list", "140 KB")],
)

doc(
    name="ieDecisionDetails_ID2140_BANES", form="mg-decision", council="Bath and North East Somerset Council",
    stated="yes", committee="Cabinet", date="2023-07-13",
    site=site("Bath & North East Somerset Council", "https://democracy.bathnes.gov.uk",
              "Guildhall, High Street, Bath, BA1 5AW", "© Bath & North East Somerset Council"),
    decision_title="Bath Clean Air Zone: Annual Report and Next Steps",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Implemented"),
            ("Is Key decision?:", "No"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To report on the second year of the Bath Clean Air Zone and agree the next steps."]),
        ("Decision:", [
            "The Cabinet agreed:",
            "(1) To note that the average level of nitrogen dioxide at the monitoring sites inside the zone had "
            "fallen by 21 per cent compared with 2019, and that two sites on London Road were still above the legal "
            "limit of 40 micrograms per cubic metre;",
            "(2) To note that 94 per cent of vehicles now entering the zone did not have to pay a charge;",
            "(3) To keep the daily charge for non-compliant taxis and vans at £9 and for coaches, buses and lorries "
            "at £100; and",
            "(4) To ask officers to report by March 2024 on extending the grants for replacing older taxis."]),
        ("Reasons for the decision:", ["The zone must stay in place until the legal limit is met at every site."]),
    ],
    tail=[("Publication date:", "17/07/2023"), ("Date of decision:", "13/07/2023"),
          ("Decided at meeting:", "13/07/2023 - Cabinet"), ("Effective from:", "25/07/2023")],
    links=[("Clean Air Zone annual report", "2 MB")],
)

# =========================================================================== printed PDF minutes

doc(
    name="Mayor_and_Cabinet_Minutes_08062022", form="pdf-minutes", council="London Borough of Lewisham", stated="short",
    committee="Mayor and Cabinet", date="2022-06-08",
    logo="Lewisham",
    title_lines=["MINUTES OF THE MAYOR AND CABINET", "Wednesday, 8 June 2022 at 6.00 pm",
                 "Civic Suite, Lewisham Town Hall, Catford, SE6 4RU"],
    attendance=[("PRESENT:", "Mayor Joy Brockley (Chair); Councillors Amira Ladywell, Josh Hither, Kemi Bellingham, "
                             "Sean Downham and Lucy Forest Hill."),
                ("ALSO PRESENT:", "Councillor Tom Grove Park (Chair of Overview and Scrutiny)."),
                ("Apologies:", "Councillor Nia Sydenham.")],
    items=[
        item("1.", "Declarations of Interests", ["Councillor Hither declared a personal interest in item 4 as a "
                                                  "volunteer at Torridon Road community library."]),
        item("2.", "Minutes", ["RESOLVED that the minutes of the meeting of Mayor and Cabinet held on 18 May 2022 be "
                               "confirmed and signed as a correct record."]),
        item("3.", "Catford Town Centre Framework", [
            "The Cabinet Member for Housing Development and Planning presented the report. The framework would guide "
            "the redevelopment of the town centre over 15 years, including the rerouting of the South Circular "
            "away from the front of the theatre and up to 2,700 new homes, half of them on council-owned land.",
            "The Mayor noted that 1,480 people had responded to the consultation and that 72 per cent of them "
            "supported moving the South Circular.",
            "Having considered an officer report, the Mayor RESOLVED that the Catford Town Centre Framework be "
            "adopted as guidance for future planning decisions."]),
        item("4.", "Library Service: Opening Hours and Community Libraries", [
            "The Cabinet Member for Culture reported that the library service had recovered to 81 per cent of the "
            "visits it received before the pandemic. The five community libraries run with volunteers had "
            "opened for 9,300 hours in 2021/22.",
            "The report proposed extending the opening hours of Deptford Lounge and Downham library to 8pm on "
            "Tuesdays and Thursdays, at a cost of £180,000 a year met from the public health grant.",
            "Councillor Bellingham asked whether the extra hours would be staffed by paid staff. Officers confirmed "
            "that they would, and that six posts would be created.",
            "Having considered an officer report, the Mayor RESOLVED that the extended opening hours be approved "
            "from 5 September 2022."]),
        item("5.", "Exclusion of the Press and Public", [
            "RESOLVED that under section 100(A)(4) of the Local Government Act 1972 the press and public be excluded "
            "from the meeting for item 6, because it involved the likely disclosure of exempt information as defined "
            "in paragraph 3 of Part 1 of Schedule 12A."]),
        item("6.", "Lewisham Homes: Repairs Contract (Part 2)", [
            "The Mayor agreed the recommendations set out in the exempt report."]),
    ],
    closing=["The meeting closed at 7.42 pm.", "Chair: ............................................"],
    header="Mayor and Cabinet - 8 June 2022", footer=["Page {n} of {total}"],
    pdf_title="Minutes - Mayor and Cabinet 08062022", pdf_author="Governance Support",
)

doc(
    name="HWB_Minutes_24_January_2023", form="pdf-minutes", council="Oldham Council", stated="yes",
    committee="Health and Wellbeing Board", date="2023-01-24",
    logo="Oldham Council",
    title_lines=["HEALTH AND WELLBEING BOARD", "24/01/2023 at 2.00 pm"],
    attendance=[("Present:", "Councillor Shahida Royton (Chair), Councillors Bill Chadderton and Irfan Lees; "
                             "Dr Kate Failsworth (NHS Greater Manchester, Oldham locality), Rachel Shaw (Director of "
                             "Public Health), Andy Saddleworth (Healthwatch Oldham)."),
                ("Also in attendance:", "Lucy Denshaw, Constitutional Services.")],
    items=[
        item("1", "APOLOGIES FOR ABSENCE", ["Apologies for absence were received from Councillor Zahid Werneth."]),
        item("2", "URGENT BUSINESS", ["There were no items of urgent business received."]),
        item("3", "DECLARATIONS OF INTEREST", ["There were no declarations of interest received."]),
        item("4", "MINUTES OF PREVIOUS MEETING", [
            "RESOLVED that the minutes of the Health and Wellbeing Board meeting held on 15th November 2022 be "
            "approved as a correct record."]),
        item("5", "HEALTHY WEIGHT AND PHYSICAL ACTIVITY", [
            "The Board received a presentation from the Director of Public Health on the draft healthy weight and "
            "physical activity strategy.",
            "The Board was informed that 25.8% of Year 6 children in Oldham were living with obesity, compared with "
            "23.4% in England, and that the gap was widest in Coldhurst and St Mary's.",
            "The strategy proposed to extend the daily mile to every primary school, to offer free swimming lessons "
            "to Year 7 pupils who could not swim 25 metres, and to restrict new hot food takeaways within 400 metres "
            "of schools.",
            "A public consultation on the strategy had closed on 9 January 2023 with 640 responses. The Director said "
            "the responses were still being analysed and would be reported to the Board in March.",
            "RESOLVED that the Board endorse the direction of the draft strategy and receive the consultation "
            "findings at its next meeting."]),
        item("6", "WARM SPACES IN LIBRARIES AND COMMUNITY BUILDINGS", [
            "Andy Saddleworth reported on the warm spaces programme. Oldham's 17 libraries and 22 community buildings "
            "were offering a warm place to sit, free hot drinks and advice on energy bills.",
            "Libraries had recorded 1,900 visits to their warm spaces in December 2022. Healthwatch had heard from "
            "people that they valued the company as much as the warmth.",
            "RESOLVED that the update be noted and that partners be thanked for their work."]),
    ],
    closing=["The meeting started at 2.00 pm and ended at 3.35 pm"],
    header="Health and Wellbeing Board", header_right="24 January 2023",
    footer=["Oldham Council", "Page {n}"], pdf_title="HWB minutes 24 January 2023",
)

doc(
    name="Cab_12_01_2022_Minutes", form="pdf-minutes", council="Barnsley Metropolitan Borough Council", stated="yes",
    committee="Cabinet", date="2022-01-12",
    title_lines=["MEETING:  Cabinet", "DATE:  Wednesday, 12 January 2022", "TIME:  10.00 am",
                 "VENUE:  Reception Room, Barnsley Town Hall"],
    attendance=[("Present", "Councillors Mark Darfield (Chair), Cheryl Penistone, Dave Wombwell, Joan Hoyland, "
                            "Tim Cudworth and Angela Goldthorpe."),
                ("Members in Attendance:", "Councillors Royston and Dodworth.")],
    items=[
        item("Cab.12.1.2022/1", "Declaration of pecuniary and non-pecuniary interests", [
            "There were no declarations of pecuniary or non-pecuniary interest."]),
        item("Cab.12.1.2022/2", "Leader - Call-in of Cabinet decisions", [
            "The Leader reported that no decisions from the previous meeting held on 15th December, 2021 had "
            "been called in."]),
        item("Cab.12.1.2022/3", "Minutes of the previous meeting held on 15th December, 2021 (Cab.15.12.2021)", [
            "The minutes of the meeting held on 15th December, 2021 were taken as read and signed by the Chair as a "
            "correct record."]),
        item("Cab.12.1.2022/4", "Home to School Transport Policy 2022/23 (Cab.12.1.2022/4)", [
            "RESOLVED:",
            "(i) that the Home to School and Post-16 Transport Policy for 2022/23 be approved;",
            "(ii) that the annual contribution for post-16 students travelling on council transport be held at "
            "£480, payable in three instalments, with no charge for students from low-income families; and",
            "(iii) that the Independent Travel Training scheme be expanded so that a further 40 young people with "
            "special educational needs can learn to travel to school or college on their own."]),
        item("Cab.12.1.2022/5", "Barnsley Markets: Rent Relief (Cab.12.1.2022/5)", [
            "RESOLVED:",
            "(i) that market traders in Barnsley, Goldthorpe and Penistone receive a 50 per cent reduction in rent "
            "from 1st February to 30th April, 2022, at an estimated cost of £96,000; and",
            "(ii) that the Executive Director Growth and Sustainability be asked to report on the occupancy of the "
            "markets in the autumn."]),
        item("Cab.12.1.2022/6", "Principal Towns Programme: Wombwell High Street (Cab.12.1.2022/6)", [
            "RESOLVED that a scheme of £1.2 million for Wombwell High Street, including wider pavements, 14 new "
            "trees, seating and shopfront grants, be approved for delivery in 2022/23."]),
    ],
    closing=["……………………………………………………….", "Chair"],
    header="Cabinet 12.01.22", footer=["{n}"], header_from=2, pdf_author="Governance",
)

doc(
    name="Cabinet_Minutes_23-02-2023", form="pdf-minutes", council="Telford and Wrekin Council", stated="yes",
    committee="Cabinet", date="2023-02-23",
    logo="TELFORD & WREKIN COUNCIL",
    title_lines=["CABINET", "Minutes of a meeting of the Cabinet held on Thursday 23 February 2023 at 10.00 am in "
                            "the Council Chamber, Third Floor, Southwater One, Telford, TF3 4JG"],
    attendance=[("Present:", "Councillors L D Oakengates (Chair), A J Hadley, K T Dawley, R A Wellington, "
                             "S P Madeley and C M Ketley."),
                ("In Attendance:", "D Hortonwood (Chief Executive), F M Priorslee (Director: Finance & Human Resources)."),
                ("Apologies:", "Councillor N P Lilleshall.")],
    items=[
        item("CAB-52", "Declarations of Interest", ["None."]),
        item("CAB-53", "Minutes of the Previous Meeting", [
            "RESOLVED - that the minutes of the meeting held on 12 January 2023 be confirmed and signed by the "
            "Chair."]),
        item("CAB-54", "Leisure: Free Swimming and Newport Leisure Centre", [
            "The Cabinet Member for Leisure, Tourism and the Visitor Economy presented the report. The free swimming "
            "offer for under-16s in school holidays had been used for 21,300 swims in the summer of 2022, a third "
            "more than in 2021. The report proposed to continue it in 2023 at a cost of £85,000.",
            "Work on the new Newport Leisure Centre, with a six-lane 25 metre pool, a learner pool and a gym, was "
            "progressing. The contractor had reported delays to the supply of the pool hall roof, and the opening "
            "date was to be confirmed once the roof was on.",
            "RESOLVED - that",
            "(a) free swimming for under-16s during school holidays be continued throughout 2023; and",
            "(b) the progress on Newport Leisure Centre be noted."]),
        item("CAB-55", "Pride in Our High Street Grants", [
            "The Cabinet Member for the Economy reported that 58 grants had been made to shops and community groups "
            "in Wellington, Oakengates, Madeley and Dawley since the scheme began, worth £610,000 in all.",
            "RESOLVED - that a further round of grants worth £300,000 be opened in April 2023."]),
        item("CAB-56", "Budget Monitoring: Quarter 3 2022/23", [
            "The Director: Finance & Human Resources reported a projected overspend of £1.8 million on the revenue "
            "budget, mainly on children's social care placements and energy.",
            "RESOLVED - that the projected position be noted and that the overspend be met from the budget "
            "strategy reserve if it is not reduced by the year end."]),
    ],
    closing=["The meeting ended at 11.05 am", "Chairman: ………………………………", "Date: Thursday 16 March 2023"],
    header="Cabinet - 23 February 2023", footer=["Page {n} of {total}"],
)

doc(
    name="Licensing_Committee_12-03-19", form="pdf-minutes", council="Blackpool Council", stated="yes",
    committee="Licensing Committee", date="2019-03-12",
    logo="Blackpool Council",
    title_lines=["MINUTES OF LICENSING COMMITTEE MEETING - TUESDAY, 12 MARCH 2019"],
    attendance=[("Present:", "Councillor Danny Squires Gate (in the Chair); Councillors Anstey, Bispham, Layton, "
                             "Marton, Norbreck, Talbot, Warbreck and Waterloo."),
                ("In Attendance:", "Ms Sharon Stanley, Licensing Manager; Mr Gareth Claremont, Solicitor; Ms Jo "
                                   "Tyldesley, Democratic Governance Adviser.")],
    items=[
        item("1", "DECLARATIONS OF INTEREST", ["There were no declarations of interest on this occasion."]),
        item("2", "MINUTES OF THE LAST MEETING HELD ON 13 NOVEMBER 2018", [
            "Resolved: That the minutes of the meeting held on 13 November 2018 be signed by the Chairman as a correct "
            "record."]),
        item("3", "HACKNEY CARRIAGE FARES", [
            "The Committee considered a request from the Blackpool Combined Taxi Association to increase hackney "
            "carriage fares, which had not changed since April 2016.",
            "Ms Stanley explained that the request was for the flag fall to rise from £2.60 to £3.00 and for the "
            "Christmas and New Year tariff to start at 6pm on Christmas Eve instead of 8pm. Blackpool's fares had "
            "been ranked 287th of 363 areas in the national fares table, which meant they were cheaper than most.",
            "Members discussed the effect on visitors and on residents who relied on taxis. Some members felt the "
            "rise was too high during the winter season.",
            "Upon a vote being taken (7 for, 2 against), the Committee Resolved: That the revised table of fares "
            "be approved for statutory advertisement and, in the absence of objections, take effect from 1 May "
            "2019."]),
        item("4", "STATEMENT OF PRINCIPLES - GAMBLING ACT 2005", [
            "The Committee considered the revised Statement of Principles following a six-week consultation. Two "
            "responses had been received, both from trade bodies.",
            "Ms Stanley reported that Blackpool had 43 licensed adult gaming centres and 96 family entertainment "
            "centres, more than any other area in the country outside London.",
            "Resolved: To recommend the revised Statement of Principles to the Council for adoption."]),
        item("5", "DATE OF NEXT MEETING", ["The Committee noted that its next meeting would be held on Tuesday, 11 "
                                           "June 2019."]),
    ],
    closing=["Chairman", "(The meeting ended at 7.10 pm)",
             "Any queries regarding these minutes, please contact: Jo Tyldesley, Democratic Governance Adviser"],
    header="MINUTES OF LICENSING COMMITTEE MEETING - TUESDAY, 12 MARCH 2019", footer=["{n}"],
)

doc(
    name="HTCP_Minutes_8_October_2021", form="pdf-minutes", council="Hertfordshire County Council", stated="yes",
    committee="Highways and Transport Cabinet Panel", date="2021-10-08",
    logo="HERTFORDSHIRE COUNTY COUNCIL",
    title_lines=["HIGHWAYS AND TRANSPORT CABINET PANEL", "FRIDAY, 8 OCTOBER 2021 AT 10.00AM",
                 "MINUTES"],
    attendance=[("ATTENDANCE", "MEMBERS OF THE PANEL: D J Hitchin (Chairman), S A Tring (Vice-Chairman), "
                               "M Bushey, L Harpenden, P Royston, J Ware, K Stevenage, R Watford.")],
    items=[
        item("1.", "MINUTES", ["1.1 The Minutes of the Cabinet Panel meeting held on 9 July 2021 were confirmed as a "
                               "correct record and signed by the Chairman."]),
        item("2.", "PUBLIC PETITIONS", ["2.1 There were no public petitions."]),
        item("3.", "HIGHWAYS MAINTENANCE PERFORMANCE 2020/21", [
            "3.1 The Panel received a report on the performance of the highway maintenance service in 2020/21.",
            "3.2 Members heard that 29,847 potholes had been repaired in the year, 92 per cent of them within the "
            "target time. The number of potholes reported had fallen by 11 per cent because of the programme of "
            "preventative surface dressing.",
            "3.3 In response to a question from Member P Royston about claims, officers advised that 1,214 claims "
            "for damage had been received and that 9 per cent had been paid.",
            "3.4 Members asked about repairs that had failed within a year. The Assistant Director said that repeat "
            "repairs were now being tracked and that the figure would be reported to the Panel in the new year.",
            "Conclusion:",
            "3.5 The Panel noted the report."]),
        item("4.", "WINTER SERVICE PLAN 2021/22", [
            "4.1 The Panel considered the winter service plan. The county had 62 gritters that would treat 1,938 "
            "miles of priority routes, about 35 per cent of the network, and 3,100 grit bins.",
            "4.2 Member J Ware asked that the grit bin near the school on Fanhams Hall Road be refilled earlier in the "
            "season; officers agreed to look into it.",
            "Conclusion:",
            "4.3 The Panel recommended to Cabinet that the Winter Service Plan 2021/22 be approved."]),
    ],
    closing=["ANNA WELWYN", "CHIEF LEGAL OFFICER", "CHAIRMAN ____________________"],
    header="HIGHWAYS AND TRANSPORT CABINET PANEL - 8 OCTOBER 2021", footer=["{n}"],
)

doc(
    name="Council_21Feb22_Minutes", form="pdf-minutes", council="Cheltenham Borough Council", stated="yes",
    committee="Council|Full Council", date="2022-02-21",
    title_lines=["Cheltenham Borough Council", "Council", "Minutes"],
    attendance=[("Meeting date:", "21 February 2022"), ("Meeting time:", "2.30 pm - 6.10 pm"),
                ("In attendance:", "Councillors: Sandra Leckhampton (Chair), Paul Prestbury (Vice-Chair), Ann Charlton "
                                   "Kings, Jo Hesters, Nick Benhall, Rowena Swindon Village, Mark Up Hatherley and 30 "
                                   "others."),
                ("Also in attendance:", "Claire Lansdown (Director of Finance), Bryony Montpellier (Democratic "
                                        "Services Manager)")],
    items=[
        item("1", "Apologies", ["Apologies were received from Councillors Oakley and Pittville."]),
        item("2", "Declarations of interest", ["There were none."]),
        item("3", "Minutes of the last meeting", [
            "The minutes of the meeting held on 13 December 2021 were approved and signed as a correct record."]),
        item("4", "Final Budget Proposals for 2022/23", [
            "The Cabinet Member for Finance introduced the budget. The borough council's share of council tax would "
            "rise by £5 a year for a Band D property, to £224.28, an increase of 2.28 per cent.",
            "The net budget for 2022/23 was £14.9 million. It included £250,000 to keep Leisure at Cheltenham "
            "running while visitor numbers recovered, and £120,000 for a second year of free parking in the town "
            "centre on Saturdays in December.",
            "The Cabinet Member said the council was drawing £1.3 million from its budget support reserve and that "
            "savings of £800,000 would be needed in 2023/24.",
            "Upon a vote taken, the recommendations were CARRIED (For 27, Against 0, Abstentions 9).",
            "RESOLVED THAT the final budget proposals for 2022/23 be approved, including a proposed council tax for "
            "the services provided by Cheltenham Borough Council of £224.28 for the year 2022/23 for a Band D "
            "property."]),
        item("5", "Notice of Motion: Cycling Infrastructure", [
            "Councillor Jo Hesters moved the following motion: This Council asks the Cabinet to work with the county "
            "council to complete a continuous cycle route between Cheltenham Spa station and the town centre by "
            "2025.",
            "Councillor Hesters said that only 3 per cent of journeys to work in the town were made by bicycle and "
            "that the gaps in the route along Queens Road put people off.",
            "Several members spoke in support. Councillor Benhall said that the county council held the highways "
            "budget and that the borough could only influence it.",
            "The motion was put to the vote and was CARRIED."]),
    ],
    closing=["Sandra Leckhampton", "Chair"],
    header="Council - 21 February 2022", footer=["Page {n}"], header_from=2,
)

doc(
    name="EH_Committee_Minute_04May2023", form="pdf-minutes", council="Stirling Council", stated="yes",
    committee="Environment and Housing Committee", date="2023-05-04",
    logo="Stirling Council",
    title_lines=["MINUTES of MEETING of the ENVIRONMENT AND HOUSING COMMITTEE held in the COUNCIL CHAMBERS, OLD "
                 "VIEWFORTH, STIRLING on THURSDAY 4 MAY 2023 at 10.00 am"],
    attendance=[("Present:", "Councillor Gerry Bannockburn (in the Chair), Councillor Alison Callander, Councillor "
                             "Ross Dunblane, Councillor Ewan Killin, Councillor Fiona Bridge of Allan"),
                ("In Attendance:", "Jane Cambusbarron, Chief Officer, Infrastructure; Scott Plean, Team Leader, "
                                   "Sustainable Transport; Catriona Doune, Committee Officer (Clerk)")],
    items=[
        item("EH56", "APOLOGIES AND SUBSTITUTIONS", ["Apologies were submitted on behalf of Councillor Lorne Lecropt."]),
        item("EH57", "DECLARATIONS OF INTEREST", ["There were no declarations of interest."]),
        item("EH58", "URGENT BUSINESS BROUGHT FORWARD BY THE CHAIR", ["There were no items of urgent business."]),
        item("EH59", "ELECTRIC VEHICLE CHARGING: TARIFF REVIEW AND EXPANSION", [
            "A report by the Chief Officer, Infrastructure, reviewed the charges for the council's public electric "
            "vehicle chargers, introduced in April 2022.",
            "The Team Leader explained that the council ran 138 public charge points at 52 locations. Since charging "
            "began the average tariff had been 35p per kWh, and use had continued to grow, with 214,000 kWh "
            "supplied in 2022/23.",
            "The report proposed raising the tariff to 40p per kWh for standard chargers and 45p per kWh for rapid "
            "chargers from 1 July 2023, with an overstay fee of £10 after three hours at rapid chargers.",
            "Members were informed that the council had applied to Transport Scotland's electric vehicle "
            "infrastructure fund for £2.1 million to install around 120 further chargers in rural communities, and "
            "that the outcome of the bid was awaited.",
            "Decision",
            "The Committee agreed:",
            "1. to set the tariffs and overstay fee for the council's public charge points from 1 July 2023 as set "
            "out in the report; and",
            "2. to note the application to the electric vehicle infrastructure fund."]),
        item("EH60", "HOUSING: VOID PROPERTIES", [
            "The Committee considered a report on council homes standing empty between tenancies. At the end of "
            "March 2023 there were 212 void properties, and the average time to relet a home was 61 days.",
            "Decision",
            "The Committee agreed to note the report and the target of reducing the average relet time to 35 days "
            "by March 2024."]),
    ],
    closing=["The Chair declared the meeting closed at 11.50 am."],
    header="Stirling Council - Environment and Housing Committee - 4 May 2023", footer=["{n}"], header_from=2,
)

doc(
    name="Cabinet_Minutes_14_09_2021_ELC", form="pdf-minutes", council="East Lothian Council", stated="yes",
    committee="Cabinet", date="2021-09-14",
    title_lines=["MINUTES OF THE MEETING OF THE", "CABINET", "TUESDAY 14 SEPTEMBER 2021",
                 "VIA THE DIGITAL MEETINGS SYSTEM"],
    attendance=[("Committee Members Present:", "Councillor N Haddington (Convener), Councillor S Dunbar, Councillor "
                                               "F Musselburgh, Councillor J Tranent"),
                ("Council Officials Present:", "Ms M North Berwick, Chief Executive; Ms L Prestonpans, Head of "
                                               "Children's Services; Mr G Gullane, Head of Development"),
                ("Clerk:", "Mrs E Cockenzie"),
                ("Apologies:", "Councillor K Aberlady")],
    items=[
        item("1.", "MINUTES FOR APPROVAL - CABINET, 8 JUNE 2021", [
            "The minutes of the meeting of the Cabinet of 8 June 2021 were approved."]),
        item("2.", "JOINT INSPECTION OF SERVICES FOR CHILDREN AT RISK OF HARM", [
            "A report was submitted by the Chief Social Work Officer informing the Cabinet of the findings of the "
            "joint inspection led by the Care Inspectorate between February and May 2021.",
            "Ms Prestonpans said that the inspectors had evaluated the partnership's leadership and its impact on "
            "children and young people as good. They had found that children at risk of harm were seen promptly "
            "and that staff knew them well, but that chronologies were of mixed quality.",
            "Councillor Musselburgh asked how the partnership would respond. Ms Prestonpans advised that an "
            "improvement plan would be submitted to the Care Inspectorate by the end of October.",
            "Decision",
            "The Cabinet agreed to note the findings of the inspection and the improvement plan."]),
        item("3.", "SCHOOL ESTATE: BLINDWELLS PRIMARY SCHOOL", [
            "A report was submitted by the Executive Director for Education and Children's Services seeking "
            "approval to appoint a contractor for the new primary school at Blindwells.",
            "Mr Gullane reported that the school would have 14 classrooms and a nursery for 128 children, with "
            "room to extend to 21 classrooms as the new town grew. The tendered cost was £19.4 million and the "
            "school was planned to open in August 2023.",
            "Decision",
            "The Cabinet agreed to appoint the preferred contractor and to note the programme for opening the "
            "school in August 2023."]),
        item("4.", "COMMON GOOD FUNDS: GRANTS", [
            "Decision",
            "The Cabinet agreed grants from the Musselburgh Common Good Fund totalling £36,500, including £15,000 "
            "towards new changing rooms at Fisherrow harbour."]),
    ],
    closing=["Signed ........................................................",
             "Councillor Norman Haddington", "Convener of Cabinet"],
    header="", footer=["{n}"],
)

doc(
    name="Operations_Committee_Minutes_October_2022", form="pdf-minutes",
    council="Antrim and Newtownabbey Borough Council", stated="yes", committee="Operations Committee",
    date="2022-10-10",
    logo="Antrim and Newtownabbey Borough Council",
    title_lines=["MINUTES OF THE PROCEEDINGS OF A MEETING OF THE OPERATIONS COMMITTEE HELD IN MOSSLEY MILL ON "
                 "MONDAY 10 OCTOBER 2022 AT 6.30 PM"],
    attendance=[("In the Chair:", "Councillor R Ballyclare"),
                ("Committee Members Present (In Person):", "Aldermen - J Glengormley and P Crumlin; Councillors - "
                                                           "A Templepatrick, M Randalstown, S Doagh and K Toome"),
                ("Officers Present:", "Director of Operations - G Whiteabbey; Head of Waste Management - L Jordanstown; "
                                      "Member Services Officer - E Greenisland")],
    items=[
        item("1", "APOLOGIES", ["Councillor D Mallusk"]),
        item("2", "DECLARATIONS OF INTEREST", ["None"]),
        item("3.1", "KERBSIDE GLASS COLLECTION: SIX-MONTH REVIEW", [
            "Members were reminded that a kerbside glass collection using a separate box had been introduced across "
            "the Borough in March 2022.",
            "The Head of Waste Management reported that 2,180 tonnes of glass had been collected in the first six "
            "months and that 71% of households had put their glass box out at least once. Contamination was low, "
            "at under 2%.",
            "Proposed by Councillor Templepatrick",
            "Seconded by Alderman Crumlin and agreed that",
            "the report be noted and a leaflet reminding residents of what can go in the glass box be issued with "
            "the next bin calendar.",
            "ACTION BY: L Jordanstown, Head of Waste Management"]),
        item("3.2", "ANTRIM CASTLE GARDENS: WINTER LIGHTS EVENT", [
            "Members were advised that the winter lights trail at Antrim Castle Gardens in December 2021 had sold "
            "14,600 tickets. It was proposed to run the event again from 2 to 18 December 2022, with ticket prices "
            "held at £6 for adults and £4 for children.",
            "Proposed by Councillor Randalstown",
            "Seconded by Councillor Doagh and agreed that",
            "the winter lights event be held at Antrim Castle Gardens in December 2022 at a net cost not exceeding "
            "£45,000.",
            "ACTION BY: G Whiteabbey, Director of Operations"]),
        item("3.3", "ROADSIDE LITTER: ADOPT A SPOT", [
            "Members noted that 94 volunteer groups had joined the Adopt a Spot scheme and had cleared 1,900 bags of "
            "litter from roadsides in the year to September 2022.",
            "Proposed by Alderman Glengormley",
            "Seconded by Councillor Toome and agreed that",
            "the report be noted."]),
    ],
    closing=["There being no further committee business the Chairperson thanked everyone for their attendance "
             "and the meeting concluded at 7.20 pm.", "_______________________ MAYOR"],
    header="Operations Committee 10 October 2022", footer=["{n}"],
)


# =========================================================================== Public Document Packs


def report(title_lines, cover, sections) -> dict:
    return {"title_lines": title_lines, "cover": cover,
            "sections": [{"title": t, "body": b} for t, b in sections]}


doc(
    name="Agenda_Cabinet_17_October_2023_Public_Document_Pack", form="pdf-pack",
    council="London Borough of Hounslow", stated="yes", committee="Cabinet", date="2023-10-17",
    cover=["Cabinet", "Tuesday 17 October 2023 at 7.00 pm",
           "Council Chamber, Hounslow House, 7 Bath Road, Hounslow, TW3 3EB"],
    cover_body=["London Borough of Hounslow",
                "Members of the Cabinet: Councillors Shantanu Feltham (Chair), Amrit Isleworth, Karen Chiswick, "
                "Tom Brentford, Samia Heston and Guy Cranford.",
                "Contact: Eilidh Osterley, Democratic Services. Email: democratic.services@hounslow.gov.uk",
                "Published: Monday 9 October 2023"],
    agenda=[("1", "Apologies for absence"), ("2", "Declarations of interest"),
            ("3", "Minutes of the meeting held on 19 September 2023 ({minutes})"),
            ("4", "Questions from members of the public"),
            ("5", "Temporary Accommodation Procurement Strategy 2023-2026 ({report})"),
            ("6", "Any other urgent business")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["MINUTES OF THE MEETING OF THE CABINET", "HELD ON TUESDAY 19 SEPTEMBER 2023 AT 7.00 PM",
                      "AT HOUNSLOW HOUSE"],
    attendance=[("Present:", "Councillor Shantanu Feltham (Chair), Councillors Isleworth, Chiswick, Brentford and "
                             "Heston.")],
    prev_items=[
        item("45.", "Apologies for Absence", ["Apologies were received from Councillor Guy Cranford."]),
        item("46.", "Minutes", ["The minutes of the meeting held on 18 July 2023 were agreed as a correct record."]),
        item("47.", "Hounslow Highways: Street Lighting Upgrade", [
            "Councillor Brentford introduced the report, which proposed replacing the remaining 4,800 sodium street "
            "lights with LED lanterns over two years at a cost of £3.4 million, saving about 1.2 gigawatt hours of "
            "electricity a year.",
            "RESOLVED: That Cabinet approve the street lighting upgrade and the capital budget of £3.4 million."]),
        item("48.", "School Streets: Phase 2", [
            "Councillor Heston reported that the first 12 school streets had reduced traffic outside the schools at "
            "opening and closing times by 68 per cent.",
            "RESOLVED: That Cabinet approve 9 further school streets from January 2024."]),
    ],
    report=report(
        ["Report for: Cabinet", "Temporary Accommodation Procurement Strategy 2023-2026"],
        [("Date of meeting:", "17 October 2023"), ("Report of:", "Executive Director, Housing and Communities"),
         ("Lead member:", "Councillor Karen Chiswick, Cabinet Member for Housing"),
         ("Wards affected:", "All"), ("Key decision:", "Yes"), ("Exempt information:", "None"),
         ("Contact:", "Farah Cranford, Head of Temporary Accommodation")],
        [("1. Summary", [
            "1.1 The number of households in temporary accommodation placed by the council has risen from 1,020 in "
            "April 2021 to 1,480 in August 2023. Of these, 365 are in nightly-paid accommodation, which now costs an "
            "average of £62 a night.",
            "1.2 This strategy sets out how the council will secure more suitable and affordable accommodation, "
            "reduce the use of bed and breakfast and place fewer families outside the borough."]),
         ("2. Recommendations", [
            "2.1 Cabinet is asked to approve the Temporary Accommodation Procurement Strategy 2023-2026.",
            "2.2 Cabinet is asked to approve a target of no family with children in bed and breakfast for longer "
            "than six weeks by April 2024.",
            "2.3 Cabinet is asked to approve an incentive payment of up to £3,000 for private landlords who let a home "
            "to the council for at least three years."]),
         ("3. Background", [
            "3.1 Rising rents and evictions from private tenancies are the main causes of homelessness in Hounslow. "
            "In 2022/23, 41 per cent of households owed a homelessness duty had lost a private tenancy.",
            "3.2 About 38 per cent of households in temporary accommodation are placed outside the borough, most "
            "in Slough, Ealing and Hillingdon."]),
         ("4. Financial implications", [
            "4.1 The net cost of temporary accommodation to the general fund is forecast to be £9.8 million in "
            "2023/24. The strategy aims to reduce this by £1.5 million a year by 2026."])]),
    header="", footer=["Page {n}"], number_offset=2,
)

doc(
    name="Executive_28112022_Agenda_Pack", form="pdf-pack", council="Trafford Council", stated="yes",
    committee="Executive", date="2022-11-28",
    cover=["EXECUTIVE", "Monday, 28th November, 2022 at 6.30 p.m.",
           "Committee Rooms 2 and 3, Trafford Town Hall, Talbot Road, Stretford, M32 0TH"],
    cover_body=["TRAFFORD COUNCIL",
                "A meeting of the Executive will be held on the date and at the time and place set out above.",
                "MEMBERSHIP: Councillors Tom Altrincham (Chair), Jane Sale, Ravi Urmston, Ann Partington, "
                "Joe Flixton, Liz Timperley and Harry Hale.",
                "Further information from: Alex Davyhulme, Governance Officer, Tel: 0161 912 4210"],
    agenda=[("1", "Attendances"), ("2", "Declarations of Interest"),
            ("3", "Minutes - To receive and, if so determined, to approve as a correct record the Minutes of the "
                  "meeting held on 24 October 2022. ({minutes})"),
            ("4", "Questions from Members of the Public"),
            ("5", "Altrincham Market House: Lease and Refurbishment ({report})"),
            ("6", "Urgent Business (if any)")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["EXECUTIVE", "24 OCTOBER 2022"],
    attendance=[("PRESENT", "Councillor Tom Altrincham (In the Chair), Councillors Sale, Urmston, Partington, "
                            "Flixton, Timperley and Hale.")],
    prev_items=[
        item("31.", "DECLARATIONS OF INTEREST", ["No declarations were made."]),
        item("32.", "MINUTES", ["RESOLVED: That the Minutes of the meeting held on 26 September 2022 be agreed as a "
                                "correct record and signed by the Chair."]),
        item("33.", "CARBON NEUTRAL ACTION PLAN: PROGRESS", [
            "The Executive Member for Climate Change reported that the council's own emissions had fallen by 52 "
            "per cent since 2015, mainly because of LED street lighting and solar panels on council buildings.",
            "RESOLVED: That the progress report be noted."]),
        item("34.", "WARM HOMES FUND", [
            "The Executive Member for Housing reported that 214 homes had been insulated under the Warm Homes Fund "
            "in the first half of the year.",
            "RESOLVED: That a further £400,000 be allocated to the scheme for 2023/24, to be targeted at homes in "
            "Partington and Old Trafford."]),
    ],
    report=report(
        ["TRAFFORD COUNCIL", "Altrincham Market House: Lease and Refurbishment"],
        [("Report to:", "Executive"), ("Date:", "28 November 2022"), ("Report for:", "Decision"),
         ("Report of:", "Executive Member for Economy and Regeneration"), ("Wards:", "Altrincham"),
         ("Key decision:", "Yes")],
        [("Report summary", [
            "The current operator's lease of Altrincham Market House ends in March 2023. This report proposes a new "
            "15-year lease and a joint programme of repairs to the building."]),
         ("Recommendations", [
            "That the Executive:",
            "1. Agrees a new lease of Altrincham Market House for 15 years from 1 April 2023.",
            "2. Approves a capital contribution of £750,000 towards roof repairs and new toilets, with the operator "
            "paying a further £500,000.",
            "3. Delegates the final terms of the lease to the Director of Growth and Regulatory Services."]),
         ("1. Background", [
            "1.1 Since the refurbishment of 2014 the Market House has attracted about 1.1 million visits a year and "
            "has 21 food and drink traders. The rent paid to the council is £180,000 a year and would rise to "
            "£205,000 under the new lease.",
            "1.2 The roof needs replacing within three years, and the toilets no longer meet demand at busy times."]),
         ("2. Other options", [
            "2.1 The council could let the lease end and run the market itself. This is not recommended because the "
            "council has no staff with experience of running a food hall."])]),
    header="", footer=["Page {n}"], number_offset=2,
)

doc(
    name="Audit_and_Corporate_Governance_Committee_22_July_2021_Pack", form="pdf-pack",
    council="Warrington Borough Council", stated="yes", committee="Audit and Corporate Governance Committee",
    date="2021-07-22",
    cover=["Audit and Corporate Governance Committee", "Thursday, 22 July 2021 at 6.30pm",
           "Council Chamber, Warrington Town Hall, Sankey Street, Warrington, WA1 1UH"],
    cover_body=["Warrington Borough Council",
                "Members: Councillors Kerry Penketh (Chair), Mike Great Sankey (Deputy Chair), Sue Culcheth, "
                "Jon Birchwood, Anna Stockton Heath and Mr Dennis Woolston (co-opted independent member).",
                "Contact: Kat Poulton, Democratic Services Officer, democraticservices@warrington.gov.uk"],
    agenda=[("1", "Apologies for Absence"), ("2", "Code of Conduct - Declarations of Interest"),
            ("3", "Minutes of the meeting held on 18 March 2021 ({minutes})"),
            ("4", "Internal Audit Annual Report and Opinion 2020/21 ({report})"),
            ("5", "Draft Statement of Accounts 2020/21"), ("6", "Work Programme")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["Audit and Corporate Governance Committee", "18 March 2021"],
    attendance=[("Present:", "Councillor K Penketh (Chair), Councillors M Great Sankey, S Culcheth, J Birchwood "
                             "and Mr D Woolston.")],
    prev_items=[
        item("ACG30", "Minutes", ["Resolved, That the minutes of the meeting held on 21 January 2021 be confirmed as a "
                                  "correct record."]),
        item("ACG31", "External Audit Progress Report", [
            "The external auditor reported that the audit of the 2019/20 accounts had been completed and an "
            "unqualified opinion issued on 26 February 2021.",
            "Resolved, That the report be noted."]),
        item("ACG32", "Counter Fraud Update", [
            "The Counter Fraud Manager reported that 37 tenancy and council tax fraud cases had been closed in "
            "2020/21, with £212,000 recovered or prevented.",
            "Resolved, That the update be noted."]),
    ],
    report=report(
        ["Warrington Borough Council", "Internal Audit Annual Report and Opinion 2020/21"],
        [("Report to:", "Audit and Corporate Governance Committee"), ("Date:", "22 July 2021"),
         ("Report of:", "Head of Internal Audit"), ("Ward:", "Not applicable"), ("Classification:", "Public")],
        [("1. Purpose", [
            "1.1 To give the Head of Internal Audit's annual opinion on the council's framework of governance, risk "
            "management and control for 2020/21."]),
         ("2. Annual opinion", [
            "2.1 On the basis of the work completed, the Head of Internal Audit's opinion is that moderate assurance "
            "can be given on the overall adequacy and effectiveness of the council's framework of governance, risk "
            "management and control.",
            "2.2 The plan was reduced during the pandemic: 31 of the 44 planned audits were completed, and staff "
            "were redeployed to check business grant payments."]),
         ("3. Limited assurance reports", [
            "3.1 Three audits received limited assurance: the management of council vehicles, the payroll starters "
            "and leavers process, and the commissioning of residential care placements.",
            "3.2 Of the 96 recommendations agreed with managers during the year, 71 had been implemented by 30 June "
            "2021."]),
         ("4. Recommendation", [
            "4.1 That the Committee notes the annual report and the Head of Internal Audit's opinion for 2020/21."])]),
    header="", footer=["Page {n}"], number_offset=2,
)

doc(
    name="Community_Committee_09032023_Agenda", form="pdf-pack", council="Canterbury City Council", stated="yes",
    committee="Community Committee", date="2023-03-09",
    cover=["Community Committee", "Thursday, 9 March 2023, 7.00 pm",
           "The Guildhall, Westgate Hall Road, Canterbury"],
    cover_body=["Canterbury City Council",
                "To: Councillors Rosie Whitstable (Chair), Ian Herne Bay, Sally Sturry, Tom Chartham, "
                "Kate Harbledown and Olu Westgate.",
                "Date of publication: 1 March 2023",
                "Democratic Services, Military Road, Canterbury, CT1 1YW"],
    agenda=[("1", "Apologies for absence and substitute members"), ("2", "Declarations of interest"),
            ("3", "Minutes of the meeting held on 12 January 2023 ({minutes})"),
            ("4", "Tree planting and woodland strategy: year two ({report})"),
            ("5", "Any other business")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["CANTERBURY CITY COUNCIL", "COMMUNITY COMMITTEE",
                      "Minutes of a meeting held on Thursday, 12th January, 2023 at 7.00 pm in The Guildhall, "
                      "Westgate Hall Road, Canterbury"],
    attendance=[("Present:", "Councillor Rosie Whitstable (Chair), Councillors Herne Bay, Sturry, Chartham and "
                             "Westgate.")],
    prev_items=[
        item("214", "Apologies for absence", ["Apologies were received from Councillor Harbledown."]),
        item("215", "Public toilets review", [
            "The Committee considered a review of the council's 23 public toilets. The review recommended keeping "
            "all toilets on the seafront at Herne Bay and Whitstable open all year and introducing a 40p charge at "
            "four of the busiest sites.",
            "Councillor Sturry proposed that the charge be dropped. This was not seconded.",
            "RESOLVED: That the recommendations of the review be agreed."]),
        item("216", "Dog control public spaces protection order", [
            "RESOLVED: That a consultation be held on renewing the order, with dogs banned from the main Whitstable "
            "and Herne Bay beaches between 1 May and 30 September."]),
    ],
    report=report(
        ["Community Committee", "Tree planting and woodland strategy: year two"],
        [("Meeting date:", "9 March 2023"), ("Report author:", "Tree and Woodland Officer, Hannah Fordwich"),
         ("Portfolio:", "Climate change and environment"), ("Classification:", "Unrestricted"),
         ("Ward(s) affected:", "All wards")],
        [("Summary", [
            "In the second year of the strategy the council planted 4,150 trees, including 620 street trees in "
            "Canterbury, Whitstable and Herne Bay and a new community woodland of 2,800 whips at Hersden.",
            "Recommendation: That the Committee notes progress and approves the planting programme for 2023/24."]),
         ("1. Progress", [
            "1.1 Our target is to increase tree canopy cover in the district from 12 per cent to 15 per cent by 2035.",
            "1.2 Volunteers gave 1,300 hours to planting days. 92 per cent of trees planted in year one survived "
            "their first summer despite the drought of 2022, thanks to watering by volunteers and contractors."]),
         ("2. Programme for 2023/24", [
            "2.1 We plan to plant 5,000 trees in 2023/24, including 700 street trees and new hedgerows along "
            "the Crab and Winkle Way.",
            "2.2 The programme will cost £168,000, of which £110,000 will come from the Urban Tree Challenge Fund "
            "and the rest from the council's climate budget."]),
         ("3. Ash dieback", [
            "3.1 About 1,100 ash trees near roads and paths will need to be felled for safety over the next three "
            "years. The cost of this work is still being assessed and will be reported to a future meeting."])]),
    header="", footer=["Page {n}"], number_offset=2,
)

doc(
    name="ILE_Policy_Board_31_August_2022_Agenda", form="pdf-pack", council="Renfrewshire Council", stated="yes",
    committee="Infrastructure, Land and Environment Policy Board", date="2022-08-31",
    cover=["Infrastructure, Land and Environment Policy Board", "Wednesday, 31 August 2022 at 13:00",
           "Council Chambers (Renfrewshire), Council Headquarters, Renfrewshire House, Cotton Street, Paisley, PA1 1AN"],
    cover_body=["Renfrewshire Council", "Notice of Meeting",
                "Members: Councillor Carol Erskine (Convener), Councillor John Linwood (Depute Convener), "
                "Councillors Bishopton, Houston, Lochwinnoch, Elderslie, Inchinnan and Kilbarchan.",
                "Members of the press and public can watch this meeting live on the council's website."],
    agenda=[("1", "Apologies"), ("2", "Declarations of Interest"),
            ("3", "Minute of the meeting held on 18 May 2022 ({minutes})"),
            ("4", "Waste and Recycling: Food Waste Collections and Route Changes ({report})"),
            ("5", "Roads Capital Programme 2022/23 Update")],
    marks=["Item 3", "Item 4"],
    prev_title_lines=["Minute of Meeting", "Infrastructure, Land and Environment Policy Board",
                      "Wednesday, 18 May 2022, 13:00, Council Chambers, Renfrewshire House"],
    attendance=[("Present:", "Councillor Carol Erskine, Councillor John Linwood, Councillor Bishopton, Councillor "
                             "Houston, Councillor Elderslie."),
                ("Chair:", "Councillor Erskine, Convener, presided.")],
    prev_items=[
        item("1", "Apologies", ["Apologies were intimated on behalf of Councillors Lochwinnoch and Inchinnan."]),
        item("2", "Paisley Town Centre: Car Parking Charges", [
            "There was submitted a report by the Director of Environment, Housing and Infrastructure on car parking "
            "in Paisley town centre. The report proposed to keep the first hour free at the Abbey Close and "
            "Storie Street car parks.",
            "DECIDED: That the report be noted and that the first hour free be kept until 31 March 2023."]),
        item("3", "Flood Risk Management", [
            "DECIDED: That the update on the flood protection scheme for the White Cart be noted."]),
    ],
    report=report(
        ["Renfrewshire Council", "Waste and Recycling: Food Waste Collections and Route Changes"],
        [("To:", "Infrastructure, Land and Environment Policy Board"), ("On:", "31 August 2022"),
         ("Report by:", "Director of Environment, Housing and Infrastructure")],
        [("1. Summary", [
            "1.1 This report updates the Board on food waste collections and proposes new collection routes from "
            "November 2022.",
            "1.2 In 2021/22 the council collected 6,400 tonnes of food waste from households, and the household "
            "recycling rate was 48.6 per cent."]),
         ("2. Recommendations", [
            "2.1 It is recommended that the Board approves new collection routes for food and garden waste from 7 "
            "November 2022, and notes that residents will be told of any change to their collection day by letter.",
            "2.2 It is recommended that the Board approves the roll-out of food waste caddies to 2,900 flats in "
            "Paisley and Renfrew that do not yet have a food waste service."]),
         ("3. Background", [
            "3.1 Food waste is collected weekly from kerbside households. A survey in 2021 found that about a third "
            "of what went into grey general waste bins was food that could have been put in a food caddy.",
            "3.2 The route changes will allow one collection vehicle to be taken off the road, saving about £140,000 "
            "a year."])]),
    header="", footer=["Page {n}"], number_offset=2,
)

# =========================================================================== Word reports

doc(
    name="Cabinet_Report_School_Streets_Phase_3_July_2022", form="docx-report",
    council="London Borough of Waltham Forest", stated="yes", committee="Cabinet", date="2022-07-12",
    letterhead=["LONDON BOROUGH OF WALTHAM FOREST"],
    report=report(
        ["School Streets Programme: Phase 3"],
        [("Meeting / Date", "Cabinet, 12 July 2022"), ("Cabinet Portfolio", "Councillor Ayesha Leyton, Portfolio Lead "
                                                                          "Member for Neighbourhoods and Highways"),
         ("Report author / Contact details", "Dominic Chingford, Head of Healthy Streets, "
                                            "dominic.chingford@walthamforest.gov.uk"),
         ("Wards affected", "Cann Hall, Chapel End, Higham Hill, Leytonstone, Markhouse, Walthamstow Village"),
         ("Public access", "Open, except Appendix 3, which is exempt under paragraph 3 of Schedule 12A to the Local "
                           "Government Act 1972"),
         ("Key decision", "Yes")],
        [("1. SUMMARY", [
            "1.1 School streets close the roads outside schools to through traffic for about 45 minutes at the start "
            "and end of the school day. The borough has 38 school streets, introduced in two phases since 2019.",
            "1.2 This report proposes a third phase of 15 school streets from September 2022 and January 2023, "
            "which would mean that more than half of the borough's primary schools have one."]),
         ("2. RECOMMENDATIONS", [
            "2.1 Cabinet is recommended to:",
            "2.1.1 Approve the introduction of 15 further school streets under experimental traffic orders;",
            "2.1.2 Approve a budget of £610,000 from the council's allocation from Transport for London and the "
            "healthy streets capital budget; and",
            "2.1.3 Delegate to the Strategic Director, Economic Growth and Housing Delivery, the decision to make "
            "each experimental order permanent after consultation."]),
         ("3. PROPOSALS", [
            "3.1 Monitoring of phase 2 showed that the number of children walking, cycling or scooting to school "
            "rose from 64 per cent to 73 per cent, and that motor traffic on the closed streets fell by 76 per cent "
            "during the closure times.",
            "3.2 Air quality monitoring at eight phase 2 schools found that levels of nitrogen dioxide at the school "
            "gate during the morning closure fell by an average of 13 per cent.",
            "3.3 Exemptions will be given to blue badge holders, residents of the closed streets and pupils with "
            "special educational needs who travel by car.",
            "3.4 Cameras will be used to enforce the closures at 11 of the 15 sites; the other four will use "
            "barriers staffed by school volunteers."]),
         ("4. FINANCE", [
            "4.1 The cost of the cameras is set out in exempt Appendix 3, as the contract prices are commercially "
            "sensitive. Income from penalty charge notices is not expected to cover the running costs after the "
            "first year."]),
         ("5. APPENDICES", [
            "Appendix 1 - List of proposed phase 3 school streets",
            "Appendix 2 - Equality analysis",
            "Appendix 3 - Camera enforcement costs (exempt)"])]),
    header="Classification: Public", footer=["Waltham Forest Cabinet - 12 July 2022"],
    docx_author="Healthy Streets",
)

doc(
    name="Cabinet_20_September_2023_Waste_Food_Waste_Report", form="docx-report", council="Staffordshire County Council",
    stated="yes", committee="Cabinet", date="2023-09-20",
    letterhead=["Staffordshire County Council"],
    report=report(
        ["Cabinet Meeting on Wednesday 20 September 2023", "Preparing for Separate Food Waste Collections",
         "Councillor Simon Leek, Cabinet Member for Environment, Infrastructure and Climate Change"],
        [("Forward Plan reference", "FP/2023/117"), ("Wards affected", "All"), ("Key decision", "Yes"),
         ("Report of", "Director for Economy, Infrastructure and Skills")],
        [("Recommendations", [
            "I recommend that Cabinet:",
            "a. Notes that the Environment Act 2021 will require the district and borough councils to collect food "
            "waste from every household each week, and that the county council as disposal authority must arrange "
            "for its treatment.",
            "b. Approves the procurement of a contract for the treatment of up to 45,000 tonnes of food waste a year "
            "by anaerobic digestion, for a term of up to ten years.",
            "c. Approves the construction of two food waste transfer stations, at Cannock and at Leek."]),
         ("Report", [
            "1. Only two of the eight district and borough councils in Staffordshire currently collect food waste "
            "separately: Stafford and Newcastle-under-Lyme. Together they collect about 7,300 tonnes a year.",
            "2. The county council estimates that when all households are included, between 38,000 and 45,000 "
            "tonnes of food waste a year will need to be treated.",
            "3. The Government has said it will provide new burdens funding for collection vehicles and containers. "
            "It has not yet said how much it will pay towards the disposal authority's extra costs.",
            "4. The cost of the treatment contract will depend on the prices tendered and will be reported to "
            "Cabinet when the contract is awarded.",
            "5. Sending food waste to anaerobic digestion rather than the energy from waste plants at Four Ashes and "
            "Hanford would reduce carbon emissions by about 9,000 tonnes a year."]),
         ("Appendices", ["Appendix 1 - Community impact assessment",
                         "Appendix 2 - Map of proposed transfer stations"])]),
    header="", footer=["Staffordshire County Council - Cabinet - 20 September 2023"],
    docx_author="Waste Management",
)

doc(
    name="Cabinet_5_February_2024_Northstowe_Civic_Hub", form="docx-report",
    council="South Cambridgeshire District Council", stated="yes", committee="Cabinet", date="2024-02-05",
    letterhead=["SCDC"],
    report=report(
        ["Report to: Cabinet", "Northstowe Civic Hub: Funding and Next Steps"],
        [("Date of meeting", "05/02/2024"), ("Lead Cabinet Member", "Councillor Priya Cottenham, Lead Cabinet Member "
                                                                    "for Growth"),
         ("Lead Officer", "Head of Growth and Development"), ("Key Decision", "Yes"),
         ("Wards affected", "Longstanton")],
        [("Executive summary", [
            "1. Northstowe is a new town planned for 10,000 homes, of which about 1,900 are now occupied. The civic "
            "hub in the town centre will contain a community centre, a library run by the county council, a "
            "health centre and space for the town council.",
            "2. This report asks Cabinet to approve the council's contribution to the cost of the civic hub and to "
            "agree how the building will be run."]),
         ("Recommendations", [
            "3. It is recommended that Cabinet:",
            "(a) approves a capital contribution of £6.8 million towards the civic hub, funded from section 106 "
            "contributions already received (£4.1 million) and borrowing (£2.7 million);",
            "(b) agrees that Northstowe Town Council will run the community centre under a 25-year lease; and",
            "(c) delegates to the Head of Growth and Development the award of the construction contract, if the "
            "tender price is within the budget."]),
         ("Details", [
            "4. The total cost of the civic hub is estimated at £14.2 million. Homes England will contribute £5.0 "
            "million and the county council £2.4 million for the library.",
            "5. Construction is expected to start in September 2024 and the building to open in spring 2026.",
            "6. Residents told the council in a survey in 2023 that a café and a hall for sports and events were their "
            "top priorities; 412 people took part."])]),
    header="South Cambridgeshire District Council", footer=["Cabinet - 5 February 2024"],
    docx_author="Democratic Services",
)

doc(
    name="Council_Executive_06122022_Holiday_Food_Payments", form="docx-report", council="West Lothian Council",
    stated="yes", committee="Council Executive", date="2022-12-06",
    letterhead=["DATA LABEL: PUBLIC"],
    report=report(
        ["COUNCIL EXECUTIVE", "FREE SCHOOL MEAL PAYMENTS DURING SCHOOL HOLIDAYS 2022/23",
         "REPORT BY HEAD OF EDUCATION (LEARNING, POLICY AND RESOURCES)"],
        [("A. PURPOSE OF REPORT", "To seek approval to continue cash payments in place of free school meals during "
                                  "the school holidays in 2022/23."),
         ("B. RECOMMENDATION", "It is recommended that the Council Executive approves payments of £2.50 per child per "
                               "day during the Christmas, February, Easter and summer holidays to families of "
                               "children entitled to free school meals on the grounds of low income.")],
        [("C. SUMMARY OF IMPLICATIONS", [
            "I Council Values: Focusing on our customers' needs; making best use of our resources.",
            "II Resources - (Financial, Staffing and Property): The cost is estimated at £1.3 million for the year, to "
            "be met from the Scottish Government's funding for tackling child poverty.",
            "III Consultations: Parent councils and the West Lothian Financial Inclusion Network."]),
         ("D. TERMS OF REPORT", [
            "D.1 About 5,800 children in West Lothian receive free school meals because of low family income. Since "
            "2020 the council has paid families directly during holidays, by bank transfer, rather than providing "
            "meals in schools.",
            "D.2 An evaluation found that 96 per cent of payments reached families before the first day of the "
            "holiday. Families said that cash was more dignified and let them buy food their children would eat.",
            "D.3 The payments will be made automatically; families do not need to apply."]),
         ("E. CONCLUSION", [
            "Continuing holiday payments will help families with the rising cost of food this winter."]),
         ("F. BACKGROUND REFERENCES", ["Council Executive, 7 December 2021"])]),
    header="DATA LABEL: PUBLIC", footer=["Council Executive 6 December 2022"],
    extra_furniture=[], docx_author="Education Services",
)

# =========================================================================== Word minutes

doc(
    name="Audit_Committee_Minutes_23_November_2020", form="docx-minutes",
    council="Calderdale Metropolitan Borough Council", stated="short", committee="Audit Committee", date="2020-11-23",
    title_lines=["AUDIT COMMITTEE", "MONDAY, 23RD NOVEMBER, 2020", "HELD VIRTUALLY VIA MICROSOFT TEAMS"],
    attendance=[("PRESENT:", "Councillor Hebden (Chair), Councillors Brighouse, Elland, Sowerby and Todmorden."),
                ("Independent member:", "Mr R Ripponden")],
    items=[
        item("26/20", "MINUTES OF THE PREVIOUS MEETING", [
            "RESOLVED that the Minutes of the meeting of the Committee held on 28th September 2020 be approved as a "
            "correct record and signed by the Chair."]),
        item("27/20", "INTERNAL AUDIT PROGRESS REPORT", [
            "The Head of Internal Audit, Sarah Luddenden, reported on the work completed between April and October "
            "2020. Nineteen audits had been completed, and two had resulted in limited assurance: the use of "
            "purchasing cards, and the management of the council's licences for software.",
            "On purchasing cards, the audit had found that receipts were missing for 14 per cent of transactions "
            "tested and that 23 cards belonged to people who had left the council. All of those cards had now been "
            "cancelled.",
            "Councillor Sowerby asked whether any money had been misused. The Head of Internal Audit said that no "
            "evidence of fraud had been found.",
            "RESOLVED that the progress report be noted and that the Director of Resources attend the next meeting "
            "to explain the steps taken on purchasing cards."]),
        item("28/20", "EXTERNAL AUDIT: AUDIT FINDINGS REPORT 2019/20", [
            "The external auditor presented the findings of the audit of the 2019/20 statement of accounts. An "
            "unqualified opinion was expected. The audit had been delayed by the valuation of the council's land "
            "and buildings, which had been reduced by £4.7 million after the valuer took account of the pandemic.",
            "RESOLVED that the audit findings report be noted and the letter of representation be signed."]),
        item("29/20", "TREASURY MANAGEMENT MID-YEAR REVIEW", [
            "The Committee noted that the council's borrowing stood at £247 million on 30th September 2020 and that "
            "no new long-term loans had been taken out during the half year."]),
    ],
    closing=["Chair", "These minutes are subject to approval at the next meeting."],
    header="Calderdale MBC", footer=["Audit Committee 23.11.2020"], docx_author="Democratic Services",
)

doc(
    name="HHSC_Minutes_30012019", form="docx-minutes", council="Darlington Borough Council", stated="yes",
    committee="Health and Housing Scrutiny Committee", date="2019-01-30",
    title_lines=["HEALTH AND HOUSING SCRUTINY COMMITTEE", "Wednesday, 30 January 2019",
                 "PRESENT - Councillor Cockerton (Chair); Councillors Haughton, Harrowgate, Hurworth, Mowden and "
                 "Whinfield. (6)", "APOLOGIES - Councillors Faverdale and Skerne. (2)",
                 "ALSO IN ATTENDANCE - Councillor Eastbourne (Cabinet Member with Adult Social Care Portfolio)",
                 "OFFICERS IN ATTENDANCE - Anthony Branksome, Head of Housing and Building Services; Hazel "
                 "Lingfield, Democratic Officer"],
    items=[
        item("HH41.", "DECLARATIONS OF INTEREST", ["There were no declarations of interest reported at the meeting."]),
        item("HH42.", "TO APPROVE THE MINUTES OF THE MEETING OF THIS SCRUTINY COMMITTEE HELD ON 19 DECEMBER 2018", [
            "RESOLVED - That the Minutes of the meeting of this Scrutiny Committee held on 19 December 2018 be "
            "approved as a correct record."]),
        item("HH43.", "HOUSING REVENUE ACCOUNT - MEDIUM TERM FINANCIAL PLAN 2019/20", [
            "The Head of Housing and Building Services submitted a report on the Housing Revenue Account for "
            "2019/20. Council house rents would fall by 1 per cent for the fourth year running, as required by the "
            "Government, giving an average weekly rent of £74.12.",
            "The plan included £9.4 million for improvements to council homes, including 350 new boilers and 220 "
            "kitchens, and the building of 60 new council homes at Neasham Road.",
            "Members asked about the waiting time for repairs. The Head of Housing and Building Services said that "
            "97 per cent of urgent repairs had been completed within three working days in 2017/18.",
            "RESOLVED - That the report be noted and that this Scrutiny Committee's comments be passed to Cabinet."]),
        item("HH44.", "DOLPHIN CENTRE - SWIMMING AND HEALTH REFERRALS", [
            "The Scrutiny Committee received a presentation on the use of the Dolphin Centre swimming pools for "
            "exercise referrals from GPs.",
            "Members were informed that 1,140 people had been referred in 2018, and that 62 per cent had completed "
            "the twelve-week programme. Swimming sessions for people with long-term health conditions ran on three "
            "mornings a week.",
            "Councillor Whinfield asked whether the centre's learner pool would reopen before the summer. The "
            "Committee was advised that the repairs to the pool's tiling had been delayed and that a date would be "
            "given when the contractor had finished its survey.",
            "RESOLVED - That the presentation be noted."]),
        item("HH45.", "WORK PROGRAMME", ["RESOLVED - That the work programme be approved."]),
    ],
    closing=[], header="", footer=["Health and Housing Scrutiny Committee - 30 January 2019"],
    docx_author="Democratic Services",
)

doc(
    name="Minute_ECLS_29_November_2023", form="docx-minutes", council="Moray Council", stated="yes",
    committee="Education, Children's and Leisure Services Committee", date="2023-11-29",
    title_lines=["MORAY COUNCIL",
                 "Minute of Meeting of the Education, Children's and Leisure Services Committee",
                 "Wednesday, 29 November 2023", "Council Chambers, Council Office, High Street, Elgin, IV30 1BX"],
    attendance=[("PRESENT", "Councillor Shona Lossiemouth (Chair), Councillor Iain Forres (Depute Chair), "
                            "Councillor Kirsty Buckie, Councillor Donald Keith, Councillor Jean Rothes, Mr Ewan "
                            "Burghead (Church of Scotland representative), Ms Ann Dufftown (Parent representative)"),
                ("IN ATTENDANCE", "Head of Education Resources and Communities, Sport and Culture Service Manager, "
                                  "and Mrs Isla Findhorn, Committee Services Officer as Clerk to the Committee."),
                ("APOLOGIES", "Apologies for absence were received on behalf of Councillor Fochabers.")],
    items=[
        item("1.", "Chair", ["The meeting was chaired by Councillor Shona Lossiemouth."]),
        item("2.", "Declaration of Group Decisions and Members Interests", [
            "In terms of Standing Order 21 and the Councillors' Code of Conduct, there were no declarations from "
            "Group Leaders or Spokespeople in regard to any prior decisions taken on how Members will vote on any "
            "item on the agenda or any declarations of Member's interests."]),
        item("3.", "Swimming Pools: Opening Hours and Energy Costs", [
            "A report by the Depute Chief Executive (Education, Communities and Organisational Development) asked "
            "the Committee to consider changes to the opening hours of the council's swimming pools.",
            "The Sport and Culture Service Manager explained that the energy bill for the pools at Elgin, Forres, "
            "Buckie, Keith and Lossiemouth had risen from £410,000 in 2021/22 to £905,000 in 2022/23.",
            "The report proposed to close the pools at Keith and Lossiemouth on Sunday afternoons and to reduce "
            "public swimming at Forres by six hours a week, saving about £96,000 a year. School swimming lessons "
            "would not be affected.",
            "Councillor Keith, seconded by Councillor Rothes, moved as an amendment that the Sunday opening at Keith "
            "be retained. On a division there voted for the motion 6 and for the amendment 3, and the motion "
            "therefore became the finding of the meeting.",
            "Thereafter, the Committee agreed:",
            "(i) the changes to pool opening hours from 8 January 2024 as set out in the report; and",
            "(ii) to ask officers to report on installing solar panels at Elgin pool."]),
        item("4.", "School Attendance", [
            "The Committee noted that average attendance in Moray's secondary schools in 2022/23 was 87.4 per cent, "
            "and in primary schools 92.9 per cent, and that a working group would look at persistent absence."]),
    ],
    closing=[], header="", footer=["Education, Children's and Leisure Services Committee - 29 November 2023"],
    docx_author="Committee Services",
)

doc(
    name="Jobs_and_Economy_Committee_22_09_2022_Minutes", form="docx-minutes", council="Broxtowe Borough Council",
    stated="yes", committee="Jobs and Economy Committee", date="2022-09-22",
    title_lines=["BROXTOWE BOROUGH COUNCIL", "JOBS AND ECONOMY COMMITTEE",
                 "THURSDAY, 22 SEPTEMBER 2022"],
    attendance=[("Present:", "Councillor D Kimberley, Chair; Councillors E Eastwood, H Stapleford, "
                             "P Toton, B Chilwell and S Brinsley."),
                ("Apologies", "Apologies for absence were received from Councillor A Attenborough.")],
    items=[
        item("13", "DECLARATIONS OF INTEREST", ["There were no declarations of interest."]),
        item("14", "MINUTES", ["The minutes of the meeting held on 23 June 2022 were confirmed and signed as a "
                               "correct record."]),
        item("15", "STAPLEFORD TOWNS FUND: PROGRESS", [
            "The Committee received an update on the projects funded by the £21.1 million Stapleford Towns Fund.",
            "The new cycle hub on Derby Road had opened in August 2022 and had 340 members. The refurbishment of "
            "the Victoria Street car park was complete. Work on the community centre at Hickings Lane would start in "
            "January 2023.",
            "Members raised concerns about the increase in construction costs. The Head of Regeneration said the "
            "programme had a contingency of 8 per cent and that no project would be cut.",
            "RESOLVED that the progress be noted."]),
        item("16", "BEESTON MARKET", [
            "The Committee considered a proposal to move Beeston market from Wednesdays to Saturdays and to reduce "
            "stall fees by a quarter for six months, to attract new traders. The market had 11 regular traders, "
            "down from 19 in 2019.",
            "It was proposed by Councillor E Eastwood and seconded by Councillor P Toton that the proposal be "
            "agreed, and on being put to the meeting the motion was carried.",
            "RESOLVED that Beeston market move to Saturdays from 1 November 2022, with stall fees reduced by 25 per "
            "cent until 30 April 2023."]),
    ],
    closing=[], header="Broxtowe Borough Council", footer=["Jobs and Economy Committee 22.09.2022"],
    docx_author="Democratic Services",
)

# =========================================================================== plain text and Markdown

doc(
    name="Planning_Committee_9_April_2018", form="txt", council="Dudley Metropolitan Borough Council", stated="yes",
    committee="Planning Committee", date="2018-04-09",
    title_lines=["DUDLEY METROPOLITAN BOROUGH COUNCIL", "",
                 "Minutes of the Planning Committee", "Monday 9th April, 2018 at 6.00 pm",
                 "in the Council Chamber, the Council House, Dudley"],
    attendance=[("PRESENT:-", "Councillor Kingswinford (Chair), Councillor Sedgley (Vice-Chair), Councillors "
                              "Amblecote, Brierley Hill, Cradley, Gornal, Halesowen, Netherton, Pensnett and Wollaston."),
                ("Officers:-", "Ms J Lye (Development Control Manager), Mr P Oldswinford (Principal Planning "
                               "Officer), Mr T Quarry Bank (Legal Services) and Mrs A Wordsley (Democratic "
                               "Services).")],
    items=[
        item("72", "Declarations of Interest", [
            "Councillor Cradley declared a non-pecuniary interest in application P17/1744, as she knew the "
            "applicant, and took no part in the discussion or vote."]),
        item("73", "Minutes", [
            "RESOLVED that the minutes of the meeting of the Committee held on 12th March, 2018, be approved as a "
            "correct record and signed."]),
        item("74", "Plans and Applications to Develop", [
            "A report of the Strategic Director Place was submitted on the following applications.",
            "(1) Application P17/1744 - 23 Hagley Road, Halesowen: change of use from a bank to a restaurant with "
            "hot food takeaway and the installation of an extraction flue.",
            "Mr Hasbury, a neighbour, spoke against the application. He said the flue would be close to his "
            "bedroom window and that cooking smells and noise would be a nuisance late at night.",
            "Members were concerned about parking on Hagley Road at peak times.",
            "RESOLVED that the application be refused because the extraction flue and the late opening would harm "
            "the living conditions of the occupiers of neighbouring homes.",
            "(2) Application P18/0212 - Land off Stourbridge Road, Lye: erection of 36 homes with access from "
            "Stourbridge Road.",
            "The officer reported that nine of the 36 homes would be affordable and that the developer would pay "
            "£54,000 towards the improvement of the play area at Lye Cross.",
            "RESOLVED that the application be approved subject to a section 106 agreement and to the conditions in "
            "the report."]),
        item("75", "Appeal Decisions", [
            "The Committee noted that an appeal against the refusal of 14 flats at the former Wordsley Hospital "
            "site had been dismissed by the Planning Inspectorate."]),
    ],
    closing=["", "The meeting ended at 7.25 pm.", "", "CHAIR"],
)

doc(
    name="Cabinet_minutes_11July2019", form="txt", council="Lewes District Council", stated="yes",
    committee="Cabinet", date="2019-07-11",
    title_lines=["Lewes District Council", "", "Minutes of a meeting of the Cabinet held in the Council Chamber,",
                 "County Hall, St Anne's Crescent, Lewes on Thursday, 11 July 2019 at 2.30pm", ""],
    attendance=[("Present:", "Councillor Zoe Ringmer (Chair), Councillors Chris Seaford, Ruby Newhaven, Matt "
                             "Peacehaven, Julie Telscombe and Ian Barcombe."),
                ("Officers in attendance:", "Amanda Southease (Director of Regeneration and Planning), Tom Kingston "
                                            "(Head of Housing), Hannah Rodmell (Committee Officer).")],
    items=[
        item("Minute 15", "Minutes", ["The minutes of the meeting held on 20 June 2019 were submitted and approved, and the "
                               "Chair was authorised to sign them as a correct record."]),
        item("Minute 16", "Declarations of interest", ["None."]),
        item("Minute 17", "Council housing: new homes in Ringmer and Newhaven", [
            "Cabinet considered the report of the Head of Housing, which sought approval to build 30 new council "
            "homes: 18 on the former garage site at Springett Avenue, Ringmer, and 12 at Fort Road, Newhaven.",
            "The homes would be built to a high standard of energy efficiency, with heat pumps and solar panels, "
            "and would be let at social rents. The total cost would be £7.9 million, with £2.1 million of it "
            "coming from right to buy receipts.",
            "Resolved: To approve the building of 30 new council homes and to add £7.9 million to the housing "
            "revenue account capital programme."]),
        item("Minute 18", "Seaford to Brighton rail service", [
            "Councillor Seaford reported that the council had written to Network Rail and the train operator in "
            "May 2019 asking for a half-hourly service on the Seaford branch to be restored at weekends. A reply "
            "was still awaited.",
            "Resolved: To note the update and to ask the Leader to raise the matter with the Member of Parliament."]),
        item("Minute 19", "Climate emergency action plan", [
            "Cabinet noted that the council had declared a climate emergency in July 2019 and had committed to "
            "becoming carbon neutral as an organisation by 2030. A draft action plan would come to Cabinet in "
            "the autumn."]),
    ],
    closing=["", "The meeting ended at 3.40pm.", "", "Councillor Zoe Ringmer", "Chair"],
)

doc(
    name="planning-and-regulatory-committee-12-august-2020", form="md", council="North Somerset Council",
    stated="yes", committee="Planning and Regulatory Committee", date="2020-08-12",
    title_lines=["Planning and Regulatory Committee minutes: 12 August 2020",
                 "North Somerset Council", "Meeting held virtually on Wednesday 12 August 2020 at 2.30pm"],
    attendance=[("Present:", "Councillor Weston (Chairman); Councillors Clevedon, Portishead, Nailsea, Yatton, "
                             "Banwell, Winscombe, Congresbury and Backwell."),
                ("Officers in attendance:", "Neil Worle (Development Management), Rosa Uphill (Legal), Kate "
                                            "Wrington (Democratic Services).")],
    items=[
        item("PAR 18", "Apologies for absence and notification of substitutes", [
            "Apologies were received from Councillor Locking; Councillor Hutton substituted."]),
        item("PAR 19", "Minutes of the meeting held on 15 July 2020", [
            "Resolved: that the minutes be approved as a correct record."]),
        item("PAR 20", "Section 1: 20/P/0998/FUL - Land at Moor Lane, Backwell: 42 homes", [
            "The Principal Planning Officer presented the application for 42 homes, 30 per cent of them affordable, "
            "on land allocated for housing in the site allocations plan.",
            "Backwell Parish Council and 58 residents had objected, mainly because of traffic at the A370 crossroads "
            "and the loss of views across the moor.",
            "The Committee was told that the highway authority had not objected, subject to a contribution of "
            "£120,000 towards improving the crossroads signals.",
            "Councillor Nailsea moved that the application be approved; this was seconded by Councillor Yatton. "
            "The motion was carried by 6 votes to 3.",
            "Resolved: that the application be approved subject to conditions and a section 106 agreement."]),
        item("PAR 21", "Section 2: Tree preservation order, Clevedon", [
            "The Committee considered objections to a tree preservation order on two oak trees and a beech in the "
            "garden of 8 Dial Hill Road, Clevedon.",
            "Resolved: that the tree preservation order be confirmed without modification."]),
    ],
    closing=["The meeting closed at 4.05pm.", "", "Chairman"],
)
