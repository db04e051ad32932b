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
        "sidebar": sidebar or ["Browse meetings", "Calendar", "Committee structure", "Attendance details",
                               "Declarations of interest"],
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
    committee="Overview and Scrutiny Committee (Regeneration and Skills)", date="2021-11-23",
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
    outcome_label="Minutes:",
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
            links=[("Ofsted focused visit report", "310 KB")]),
        item("CAB24/22", "Highways Maintenance: Additional Resurfacing Programme 2022/23", [
            "Cabinet considered a report seeking approval for an additional £1.6 million of resurfacing, funded "
            "from the highways asset management reserve. The money would allow 62 further roads to be resurfaced "
            "before March 2023, on top of the 148 in the agreed programme.",
            "The Cabinet Member for Environment said the number of potholes reported by residents had risen by "
            "a fifth in the previous winter and that prevention by resurfacing was cheaper than repeated patching.",
            "Resolved that (1) the additional resurfacing programme be approved; and (2) the Director of Environment "
            "be authorised to add roads to the programme within the budget."],
            links=[("Additional resurfacing report", "420 KB"), ("Appendix 1 - list of roads", "152 KB")]),
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
    venue="Council Chamber, County Hall, Chichester. View directions",
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
    stated="yes", committee="Licensing and Regulatory Committee", date="2022-01-19",
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
    stated="short", committee="Cabinet", date="2024-03-13",
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
