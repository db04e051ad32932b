"""The documents of bench/heldout6: invented business of real UK councils.

Every word of the business, the people (names made up, mostly from place names) and the figures is
invented; the councils, their towns and buildings are real, and the layouts are heldout5's, drawn by
bench/heldout5/make_heldout5.py's renderers (see make_heldout6.py). Each `doc(...)` is one document:
`name` (file stem), `form`, the truth fields (`council`, `stated`: how the text names the council,
`yes` in full, `short` only by a short form such as "City of Westminster"; `committee`, alternatives
separated by `|`; `date`, the meeting's, ISO) and what its form draws (the same keys as
bench/heldout5/content.py).
"""
from __future__ import annotations


def site(name: str, url: str, address: str, copyright_line: str, menu=None, breadcrumb=None, logo_alt=None,
         sidebar=None) -> dict:
    """A ModernGov site's frame: masthead, menu, breadcrumb, sidebar and footer."""
    return {
        "name": name, "url": url, "address": address, "copyright": copyright_line,
        "logo_alt": logo_alt or f"{name} logo",
        "menu": menu or ["Home", "Council and democracy", "Councillors and committees", "Contact us"],
        "breadcrumb": breadcrumb or ["Home", "Council and democracy", "Meetings, agendas and minutes"],
        "footer_links": ["Accessibility statement", "Cookies", "Privacy notice", "Terms of use"],
        "sidebar": sidebar or ["Browse meetings", "Meeting calendar", "Committee structure", "Attendance details",
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
    name="ieListDocuments_CId180_MId10452_Redbridge_Cabinet", form="mg-meeting",
    council="London Borough of Redbridge", stated="yes", committee="Cabinet", date="2023-07-18",
    site=site("Redbridge Council", "https://moderngov.redbridge.gov.uk",
              "Town Hall, 128-142 High Road, Ilford, IG1 1DD", "© London Borough of Redbridge 2023",
              breadcrumb=["Home", "Council and democracy", "Committees", "Cabinet"],
              menu=["Home", "Services", "Council and democracy", "News", "Contact us"]),
    heading="Cabinet - Tuesday, 18th July, 2023 7.00 pm",
    venue="Council Chamber, Town Hall, 128-142 High Road, Ilford, IG1 1DD",
    contact="Hannah Aldborough, Cabinet and Committee Manager. Tel: 020 8708 2112 Email: committees@redbridge.gov.uk",
    items=[
        item("19.", "Apologies for Absence", [
            "Apologies for absence were received from Councillor Priya Loxford."]),
        item("20.", "Declarations of Interest", [
            "Councillor Tom Snaresbrook declared a non-pecuniary interest in item 22 as the owner of a flat in "
            "Wanstead that had been empty for four months while it was being sold. He remained in the meeting."]),
        item("21.", "Minutes", [
            "RESOLVED that the minutes of the meeting held on 20 June 2023 be agreed as a correct record."],
            links=[("Minutes of the previous meeting", "214 KB")]),
        item("22.", "Empty Homes Strategy 2023-2027", [
            "The Cabinet Member for Housing and Homelessness, Councillor Rosa Fullwell, introduced the strategy. On "
            "1 April 2023 there were 1,386 homes in the borough that had been empty for more than six months, of "
            "which 412 had been empty for more than two years. At the same time 2,300 households were living in "
            "temporary accommodation arranged by the council.",
            "The strategy set a target of bringing 300 long-term empty homes back into use each year. Owners would "
            "be offered advice, help to find a tenant through the council's lettings agency, and empty homes loans "
            "of up to £25,000, repayable when the property is sold. Empty dwelling management orders and compulsory "
            "purchase would be used as a last resort.",
            "Councillor Snaresbrook asked how many empty homes had been brought back into use in 2022/23. The Head "
            "of Private Sector Housing, Daniel Goodmayes, said that 214 homes had been brought back into use in that "
            "year, and that six empty dwelling management orders were being prepared.",
            "Councillor Amir Fairlop asked whether the council tax premium on empty homes would change. The Cabinet "
            "Member said the premium was already charged at the highest rates the law allowed: 100 per cent after "
            "two years, 200 per cent after five years and 300 per cent after ten years.",
            "RESOLVED:",
            "- to adopt the Empty Homes Strategy 2023-2027; and",
            "- to approve an empty homes loan fund of £600,000 within the housing capital programme, to be "
            "recycled as loans are repaid."],
            links=[("Empty Homes Strategy report", "512 KB"), ("Appendix 1 - Empty Homes Strategy 2023-2027", "1 MB"),
                   ("Appendix 2 - Equality impact assessment", "118 KB")]),
        item("23.", "Ilford Town Centre and Valentines Park Public Spaces Protection Order", [
            "The Cabinet Member for Community Safety, Councillor Aisha Clayhall, presented a report on the renewal "
            "of the public spaces protection order covering Ilford town centre and Valentines Park, which was due "
            "to expire on 31 August 2023.",
            "The order makes it an offence to refuse to stop drinking alcohol in a public place when asked by an "
            "officer, to urinate or spit in the street, and to fail to pick up after a dog. Since the order was "
            "made in 2020, 246 fixed penalty notices of £100 had been issued under it.",
            "A consultation held in May and June 2023 received 728 responses, and 81 per cent of those who "
            "responded supported renewing the order.",
            "Councillor Snaresbrook asked whether the order could be extended to Gants Hill. The Cabinet Member said "
            "that Gants Hill would be considered at the next review of the order, once the police and the council's "
            "enforcement team had gathered enough evidence.",
            "RESOLVED to renew the public spaces protection order for three years from 1 September 2023, with an "
            "additional requirement that dogs be kept on a lead in the formal gardens of Valentines Park."],
            links=[("PSPO renewal report", "389 KB"), ("Appendix A - consultation results", "142 KB"),
                   ("Appendix B - map of the restricted area", "610 KB")]),
        item("24.", "Revenue and Capital Budget Monitoring - Quarter 1 2023/24", [
            "The Cabinet Member for Finance reported a forecast overspend of £6.8 million on the general fund for "
            "2023/24. The largest pressures were temporary accommodation, forecast to overspend by £4.1 million, "
            "and children's social care placements, forecast to overspend by £2.2 million.",
            "Directors had been asked to bring forward savings, and a freeze on non-essential spending had been in "
            "place since 1 July 2023.",
            "RESOLVED to note the forecast position and the actions being taken to reduce the overspend."],
            links=[("Quarter 1 monitoring report", "455 KB")]),
        item("25.", "Urgent Business", ["There was no urgent business."]),
    ],
)

doc(
    name="ieListDocuments_CId136_MId8891_Planning_Committee", form="mg-meeting", council="Wigan Council",
    stated="yes", committee="Planning Committee", date="2023-11-07",
    site=site("Wigan Council", "https://democracy.wigan.gov.uk", "Town Hall, Library Street, Wigan, WN1 1YN",
              "© Wigan Council 2023", breadcrumb=["Home", "Council", "Democracy", "Planning Committee"]),
    heading="Planning Committee - Tuesday, 7th November, 2023 2.00 pm",
    venue="The Council Chamber - Town Hall, Library Street, Wigan, WN1 1YN",
    contact="Colette Pemberton, Democratic Services Officer. Tel: 01942 827094",
    items=[
        item("PC54", "Apologies for Absence", [
            "Apologies for absence were received from Councillor Marie Aspull. Councillor Dave Ince attended as her "
            "substitute."]),
        item("PC55", "Declarations of Interest", [
            "Councillor Joan Orrell declared a non-pecuniary interest in item PC57 as a member of Standish Community "
            "Forum, which had commented on the application. She took part in the debate and the vote."]),
        item("PC56", "Minutes of the Previous Meeting", [
            "Resolved - That the minutes of the meeting held on 10 October 2023 be agreed as a correct record."],
            links=[("Minutes of previous meeting", "198 KB")]),
        item("PC57", "A/23/98712/MAJOR - Land north of Rectory Lane, Standish", [
            "The Committee considered an application for outline planning permission for up to 180 homes, with "
            "access from Rectory Lane and public open space along Almond Brook.",
            "The Principal Planning Officer, Lucy Shevington, said that the site was allocated for housing in the "
            "local plan and that 25 per cent of the homes would be affordable. The council had received 212 letters "
            "of objection, most of them about traffic on the A49 and the pressure on local primary schools.",
            "Mr Alan Worthington spoke against the application on behalf of residents of Rectory Lane. He said that "
            "the junction with the A49 was already dangerous and that children walking to school had no safe "
            "footway. The applicant's agent said that the developer would build a new footway along the length of "
            "Rectory Lane and pay for a signal-controlled junction.",
            "The section 106 agreement would secure £1.1 million towards additional primary school places and "
            "£260,000 towards the A49 and Rectory Lane junction.",
            "It was moved by Councillor Paul Hindley and seconded by Councillor Sue Golborne that the application be "
            "approved. On being put to the vote, 8 members voted in favour and 3 against.",
            "Resolved - That outline planning permission be granted subject to the conditions set out in the report "
            "and the completion of a section 106 agreement."],
            links=[("Report A/23/98712/MAJOR", "1 MB"), ("Late representations", "77 KB")]),
        item("PC58", "A/23/98930/FULL - Land off Park Road, Hindley Green: battery energy storage facility", [
            "The Committee considered an application for a battery energy storage facility with a capacity of 40 "
            "megawatts, made up of 36 battery containers, a substation and a 3 metre acoustic fence.",
            "The officer said that Greater Manchester Fire and Rescue Service had not objected, subject to a "
            "condition requiring a fire safety management plan before the facility came into use.",
            "Members were concerned about the closeness of the nearest homes on Park Road and wished to see the "
            "site and the proposed screening for themselves.",
            "Resolved - That consideration of the application be deferred to allow members of the Committee to "
            "visit the site."],
            links=[("Report A/23/98930/FULL", "744 KB")]),
        item("PC59", "A/23/98455/FULL - 12 Market Street, Atherton", [
            "The Committee considered an application to change the use of a vacant shop to a hot food takeaway.",
            "Members noted that the shop had been empty for three years and that no objections had been received "
            "from neighbours.",
            "Resolved - That planning permission be granted, subject to a condition that the takeaway must not be "
            "open to customers before 11:00 or after 23:00 on any day."],
            links=[("Report A/23/98455/FULL", "356 KB")]),
        item("PC60", "Planning Appeals", [
            "The Committee noted that 14 appeals had been decided between July and September 2023, of which 11 had "
            "been dismissed.",
            "An appeal had been lodged against the committee's refusal in June 2023 of nine homes on land at Gidlow "
            "Lane, Wigan. The appeal would be decided by written representations, and the Planning Inspectorate "
            "had not yet given a decision."]),
    ],
)

doc(
    name="ieListDocuments_CId150_MId6234_Council_Cabinet", form="mg-meeting", council="Derby City Council",
    stated="yes", committee="Council Cabinet|Cabinet", date="2023-02-08",
    site=site("Derby City Council", "https://democracy.derby.gov.uk",
              "The Council House, Corporation Street, Derby, DE1 2FS", "© Derby City Council 2023",
              breadcrumb=["Home", "Your council", "Committee meetings", "Council Cabinet"]),
    heading="Council Cabinet - Wednesday, 8th February, 2023 2.00 pm",
    venue="Council Chamber, The Council House, Corporation Street, Derby, DE1 2FS",
    contact="Jas Littleover, Democratic Services. Email: democraticservices@derby.gov.uk",
    items=[
        item("112/22", "Apologies", ["Apologies for absence were received from Councillor Evonne Allestree."]),
        item("113/22", "Late Items", ["There were no late items."]),
        item("114/22", "Receipt of Petitions", [
            "Ms Rachel Mickleover presented a petition with 4,120 signatures asking the Council not to introduce "
            "car parking charges at Markeaton Park. The Leader thanked her and said the petition would be "
            "considered with item 117/22."]),
        item("115/22", "Declarations of Interest", ["There were no declarations of interest."]),
        item("116/22", "Bus Service Improvement Plan: Supported Bus Services 2023/24", [
            "The Cabinet Member for Climate Change, Transport and Sustainability reported that operators had given "
            "notice to withdraw three commercial services in January 2023: the evening journeys on route 17 to "
            "Sinfin, the Sunday service on route 9 to Oakwood, and route 44 between Chellaston and the Royal Derby "
            "Hospital.",
            "The report proposed spending £540,000 from the Bus Service Improvement Plan grant to keep routes 17 "
            "and 44 running until March 2024 under contracts let by the Council, and to replace the Sunday "
            "journeys on route 9 with a bookable on-demand minibus for a trial period of 12 months.",
            "Councillor Lisa Spondon asked how many passengers used route 44. Officers said that about 1,300 "
            "journeys a week were made on the route, many of them by hospital staff and outpatients. The contracts "
            "would be awarded after a short tender, and the name of the operator would be published when the "
            "award was made.",
            "Decision",
            "- To approve the use of £540,000 of Bus Service Improvement Plan funding to continue routes 17 and 44 "
            "until 31 March 2024.",
            "- To approve a 12-month trial of an on-demand minibus service in Oakwood on Sundays.",
            "- To delegate the award of the contracts to the Strategic Director of Communities and Place."],
            links=[("Supported bus services report", "402 KB")]),
        item("117/22", "Parking Charges at Markeaton Park and City Centre Tariffs", [
            "The Cabinet considered a report proposing charges at the Markeaton Park car park from 1 April 2023: "
            "£1.50 for up to two hours and £3.50 for the whole day, with blue badge holders allowed three hours "
            "free. The charges were expected to raise about £310,000 a year, which would be spent on the city's "
            "parks.",
            "A public consultation had received 2,950 responses, and 74 per cent of those responding had opposed "
            "the charges. Cabinet members also took account of the petition presented at item 114/22.",
            "The Cabinet Member for Streetpride and Public Spaces proposed that the first 30 minutes of parking at "
            "Markeaton Park should be free, so that people using the play area and the café for a short visit "
            "would not have to pay. The Cabinet agreed to this change.",
            "The report also proposed an increase of 20p an hour at the Bold Lane multi-storey car park and the "
            "Council's other city centre car parks, the first increase since 2019.",
            "Decision",
            "- To introduce parking charges at Markeaton Park from 1 April 2023, with the first 30 minutes free.",
            "- To increase city centre car park tariffs by 20p an hour from 1 April 2023."],
            links=[("Parking charges report", "488 KB"), ("Appendix 1 - consultation summary", "260 KB")]),
        item("118/22", "Budget 2023/24 and Medium Term Financial Plan 2023/24 - 2025/26", [
            "The Cabinet considered the budget proposals to be recommended to Council on 1 March 2023. The Strategic "
            "Director of Corporate Resources said that the gap of £12.9 million in 2023/24 had been closed through "
            "savings of £8.4 million and the use of £4.5 million from the budget risk reserve.",
            "The proposals included an increase in council tax of 4.99 per cent, of which 2 per cent was the "
            "adult social care precept.",
            "Decision",
            "To recommend the budget for 2023/24 and the medium term financial plan to Council."],
            links=[("Budget report", "2 MB")]),
    ],
)

doc(
    name="ieListDocuments_CId118_MId5507_Licensing_Committee", form="mg-meeting",
    council="Stockton-on-Tees Borough Council", stated="yes", committee="Licensing Committee", date="2023-03-14",
    site=site("Stockton-on-Tees Borough Council", "https://stockton.moderngov.co.uk",
              "Municipal Buildings, Church Road, Stockton-on-Tees, TS18 1LD", "© Stockton-on-Tees Borough Council",
              logo_alt="Stockton-on-Tees Borough Council"),
    heading="Licensing Committee - Tuesday, 14th March, 2023 10.00 am",
    venue="Jim Cooke Conference Suite, Stockton Central Library, Church Road, Stockton-on-Tees, TS18 1TU",
    contact="Sarah Billingham, Democratic Services Officer. Tel: 01642 528156",
    items=[
        item("LIC 31/22", "Evacuation Procedure", ["The evacuation procedure was noted."]),
        item("LIC 32/22", "Declarations of Interest", ["There were no declarations of interest."]),
        item("LIC 33/22", "Minutes of the meeting held on 17 January 2023", [
            "The minutes of the meeting held on 17 January 2023 were confirmed as a correct record and signed by "
            "the Chair."], links=[("Minutes", "166 KB")]),
        item("LIC 34/22", "Hackney Carriage and Private Hire Licensing Policy: CCTV in Licensed Vehicles", [
            "The Licensing Manager, Karen Thornaby, presented the report. The council licensed 412 hackney "
            "carriages and 598 private hire vehicles. The draft policy proposed that every licensed vehicle must "
            "have an approved CCTV system, recording both sound and images, by 1 April 2024.",
            "A six-week consultation had received 164 responses. Both trade associations had opposed the proposal "
            "because of the cost, which officers estimated at between £400 and £650 for each vehicle. The council "
            "would contribute £150 towards each system from the Safer Streets fund.",
            "The Licensing Manager said that in the last two years the council had received 37 complaints from "
            "passengers about drivers' behaviour, and 19 from drivers about assaults or abuse by passengers. CCTV "
            "would protect both.",
            "Councillor Ann Norton moved an amendment that the deadline be put back to 1 October 2024 to give "
            "drivers longer to meet the cost. The amendment was seconded by Councillor Hilary Yarm. On being put to "
            "the vote the amendment was carried.",
            "The Committee also agreed that no vehicle older than 12 years should be licensed for the first time, "
            "except wheelchair accessible vehicles, which could be up to 15 years old.",
            "RESOLVED that the Hackney Carriage and Private Hire Licensing Policy be approved, with the requirement "
            "for CCTV in all licensed vehicles to take effect on 1 October 2024."],
            links=[("CCTV policy report", "612 KB"), ("Appendix 1 - draft policy", "904 KB"),
                   ("Appendix 2 - consultation responses", "381 KB")]),
        item("LIC 35/22", "Review of the Statement of Licensing Policy 2023-2028", [
            "The Committee considered the revised statement of licensing policy under the Licensing Act 2003. Nine "
            "responses had been received to the consultation. The cumulative impact assessment for Yarm High Street "
            "would be kept, because of the number of late-night premises and the calls to the police about "
            "disorder at weekends.",
            "RESOLVED that the Statement of Licensing Policy 2023-2028 be recommended to Council for approval."],
            links=[("Statement of Licensing Policy report", "477 KB")]),
        item("LIC 36/22", "Licensing Enforcement Activity October to December 2022", [
            "The Committee received a report on enforcement activity. Trading standards officers and the police had "
            "carried out test purchases of alcohol at 24 premises, and three had sold alcohol to a volunteer under "
            "the age of 18. Reviews of two of those premises licences had been requested.",
            "RESOLVED that the report be noted."]),
    ],
)

doc(
    name="ieListDocuments_CId128_MId3310_Full_Council", form="mg-meeting", council="North Norfolk District Council",
    stated="yes", committee="Full Council|Council", date="2024-02-21",
    site=site("North Norfolk District Council", "https://northnorfolk.moderngov.co.uk",
              "Council Offices, Holt Road, Cromer, NR27 9EN", "© North Norfolk District Council",
              breadcrumb=["Home", "Your Council", "Committees", "Full Council"]),
    heading="Full Council - Wednesday, 21st February, 2024 6.00 pm",
    venue="Council Chamber - Council Offices, Holt Road, Cromer, NR27 9EN",
    contact="Emma Aylmerton, Democratic Services Manager. Tel: 01263 516047",
    items=[
        item("111.", "Apologies for Absence", [
            "Apologies were received from Councillors Kate Stalham and Neil Trunch."]),
        item("112.", "Minutes", [
            "The minutes of the meeting of Full Council held on 13 December 2023 were approved as a correct record "
            "and signed by the Chairman."], links=[("Minutes, 13 December 2023", "233 KB")]),
        item("113.", "Declarations of Interest", [
            "Councillor Harry Cley declared that he owned a holiday cottage in Blakeney which was let for more than "
            "140 nights a year and so paid business rates. He remained in the meeting for item 116."]),
        item("114.", "Public Questions", [
            "Mr Peter Overstrand asked what the council was doing to restore access to the beach at Happisburgh, "
            "where the ramp had been closed since it was damaged by storms in 2023.",
            "The Portfolio Holder for Coast, Councillor Sarah Bacton, replied that the ramp could not be rebuilt "
            "until the cliff had been assessed as stable, and that the council was looking at a temporary set of "
            "steps in the meantime. She could not yet give a date for either."]),
        item("115.", "Chairman's Communications", [
            "The Chairman thanked the staff and volunteers who had helped at the Cromer and Sheringham Christmas "
            "events."]),
        item("116.", "Council Tax Premiums on Second Homes and Long-Term Empty Homes", [
            "The Portfolio Holder for Finance, Councillor Tim Blakeney, introduced the report. The Levelling-up and "
            "Regeneration Act 2023 allowed councils to charge a premium of up to 100 per cent on second homes from "
            "1 April 2025, provided the decision was made at least a year in advance.",
            "There were 4,560 second homes in North Norfolk, about 8.5 per cent of all homes in the district, and in "
            "some coastal parishes more than a third of homes were second homes. A 100 per cent premium was "
            "expected to raise about £9.2 million a year across all the authorities that set a council tax, of "
            "which the district council would keep about £700,000 and Norfolk County Council would receive the "
            "largest share.",
            "The report also proposed that the premium on long-term empty homes be charged after one year instead "
            "of two, from 1 April 2024.",
            "Councillor Chris Briston proposed that half of the district council's share be set aside for "
            "affordable homes for local people. Councillor Blakeney accepted this as part of his motion.",
            "The recommendations, as altered, were moved by Councillor Blakeney and seconded by Councillor Jo "
            "Weybourne. A recorded vote was taken: 30 members voted for, 5 against and 2 abstained.",
            "RESOLVED",
            "1. To charge a premium of 100 per cent on second homes from 1 April 2025.",
            "2. To charge the long-term empty homes premium after one year from 1 April 2024.",
            "3. That half of the district council's additional income from the second homes premium be set aside "
            "for affordable housing for local people."],
            links=[("Council tax premiums report", "431 KB"), ("Appendix A - parish figures", "92 KB")]),
        item("117.", "Budget 2024/25 and Council Tax", [
            "Councillor Blakeney presented the budget. The district council's part of the Band D council tax would "
            "rise by £4.95 a year, to £170.64. The budget included £250,000 for a new public convenience and "
            "changing places facility at Wells-next-the-Sea quay.",
            "The budget was moved by Councillor Blakeney and seconded by Councillor Lucy Holt. On being put to the "
            "vote, 24 members voted for and 10 against, with 3 abstentions.",
            "RESOLVED to approve the revenue budget for 2024/25, the capital programme and the council tax "
            "resolution."],
            links=[("Budget report", "2 MB")]),
        item("118.", "Motion: Coastal Erosion", [
            "Councillor Bacton moved the following motion, which was seconded by Councillor Ben Walcott:",
            "\"This Council notes that homes, roads and businesses at Happisburgh, Trimingham, Mundesley and Bacton "
            "are being lost to the sea, and that families who lose their homes to erosion receive no compensation. "
            "Council calls on the Government to set up a national coastal adaptation fund to help communities move "
            "back from the coast, and asks the Leader to write to the Secretary of State.\"",
            "Members spoke of the distress caused to residents who had watched the cliff come closer to their "
            "homes.",
            "The motion was carried unanimously."]),
        item("119.", "Members' Questions", [
            "Councillor Anne Mundesley asked how many public electric vehicle charge points the council had "
            "installed in its car parks. The Portfolio Holder for Climate Change said that there were 28 charge "
            "points in 9 council car parks, and that 12 more would be installed at Fakenham and North Walsham by "
            "the summer."]),
    ],
)

doc(
    name="ieListDocuments_CId164_MId4412_ERC_Cabinet", form="mg-meeting", council="East Renfrewshire Council",
    stated="yes", committee="Cabinet", date="2022-12-01",
    site=site("East Renfrewshire Council", "https://eastrenfrewshire.moderngov.co.uk",
              "Council Headquarters, Eastwood Park, Rouken Glen Road, Giffnock, G46 6UG", "© East Renfrewshire Council",
              breadcrumb=["Home", "Council and government", "Meetings and minutes", "Cabinet"]),
    heading="Cabinet - Thursday, 1st December, 2022 10.00 am",
    venue="Council Chamber, Council Headquarters, Eastwood Park, Giffnock",
    contact="Linda Busby, Committee Services Officer. Tel: 0141 577 3011",
    items=[
        item("212", "Declarations of Interest", [
            "Councillor Grace Uplawmoor declared an interest in item 214 as a member of the committee of Uplawmoor "
            "Village Hall Association and left the meeting during consideration of that item."]),
        item("213", "Winter Service Plan 2022/23", [
            "The Cabinet considered a report by the Director of Environment on the arrangements for treating roads "
            "and footways during the winter.",
            "The report explained that the council had 14 gritters and had 9,500 tonnes of salt in stock at the "
            "start of the season. Priority routes, which covered 42 per cent of the road network, would be treated "
            "before 7am on every day when frost or snow was forecast.",
            "A further 160 grit bins would be placed on steep residential streets, mostly in Busby, Eaglesham and "
            "Neilston, bringing the total to 1,040.",
            "Councillor Paul Netherlee asked about footways near schools. The Director said that footways around "
            "all primary schools were on the priority list.",
            "The Cabinet approved the winter service plan for 2022/23."],
            links=[("Winter Service Plan 2022/23", "702 KB")]),
        item("214", "Community Asset Transfer Request: Former Uplawmoor Library", [
            "The Cabinet considered a report on a request by Uplawmoor Village Hall Association, under the Community "
            "Empowerment (Scotland) Act 2015, to take ownership of the former library building on Neilston Road, "
            "Uplawmoor, which had been closed since 2019.",
            "The association proposed to use the building as a community hub, with a lunch club, a community "
            "fridge and space for local groups. It had raised £48,000 towards the repairs and had been awarded a "
            "grant of £120,000 from the Scottish Land Fund, conditional on the transfer.",
            "The building had been valued at £65,000. The report recommended transfer at a price of £1 because of "
            "the public benefit of the proposal.",
            "The Cabinet agreed the transfer of the former Uplawmoor library to Uplawmoor Village Hall Association "
            "for £1, subject to a condition that the building be used for community purposes for at least 25 "
            "years."],
            links=[("Community asset transfer report", "380 KB")]),
        item("215", "Barrhead Main Street: Place Based Investment Programme", [
            "The Cabinet considered a report on improvements to Barrhead Main Street funded by the Place Based "
            "Investment Programme. The works, costing £1.6 million, would widen pavements, plant 22 street trees "
            "and create a small square outside the Foundry arts centre.",
            "Councillor Netherlee asked about disruption to shops. The Director said that the works would be done "
            "in phases between February and August 2023, and that access to every shop would be kept open.",
            "The Cabinet approved the Barrhead Main Street improvements."],
            links=[("Barrhead Main Street report", "1 MB")]),
        item("216", "Early Learning and Childcare: Fees for Additional Hours", [
            "The Cabinet agreed that the hourly rate charged to parents for early learning and childcare beyond "
            "the funded 1,140 hours be increased from £5.20 to £5.60 from 1 April 2023."]),
    ],
)

# =========================================================================== ModernGov agenda item pages

doc(
    name="mgAi_ID42213_Cambridge_EnC", form="mg-item", council="Cambridge City Council", stated="yes",
    committee="Environment and Community Scrutiny Committee", date="2023-06-29",
    site=site("Cambridge City Council", "https://democracy.cambridge.gov.uk",
              "The Guildhall, Market Square, Cambridge, CB2 3QJ", "© Cambridge City Council",
              menu=["Home", "Council and democracy", "Councillors", "Committees", "Contact us"]),
    meeting_line="29/06/2023 - Environment and Community Scrutiny Committee (Item 23/31/EnC)",
    items=[item("23/31/EnC", "Dog Control Public Spaces Protection Order: Renewal", [
        "The Committee received a report from the Streets and Open Spaces Manager about the renewal of the dog "
        "control public spaces protection order, which had been made in 2020 and would expire on 31 July 2023.",
        "The order requires dogs to be kept on a lead on specified roads, in the city's cemeteries and in "
        "Jesus Green and Christ's Pieces when events are taking place, excludes dogs from 86 fenced children's play "
        "areas, and requires owners to pick up after their dogs. The report proposed a new requirement that no "
        "person walk more than four dogs at a time in any public space in the city.",
        "The Officer said that a consultation had received 1,104 responses, and that 78 per cent of those who "
        "responded agreed with the proposals. Professional dog walkers had asked for the limit to be six dogs.",
        "In response to Members' questions the Streets and Open Spaces Manager said the following:",
        "- Dogs would not be excluded from Parker's Piece or any of the commons; the order applied only to the "
        "areas shown on the maps in the appendix.",
        "- Fifteen fixed penalty notices had been issued under the existing order in three years; most breaches "
        "were dealt with by speaking to the owner.",
        "- The council's two dog wardens worked with the city rangers, and signs would be replaced at every site "
        "covered by the order before it came into force.",
        "Councillor Rebecca Newnham proposed that the limit be set at six dogs rather than four. This amendment "
        "was not seconded and so fell.",
        "The Committee endorsed the Officer's recommendations by 6 votes to 0, with 2 abstentions.",
        "The Executive Councillor approved the renewal of the dog control public spaces protection order for three "
        "years from 1 August 2023, including the new limit of four dogs for each person walking them."],
        intro="Wards: All Wards",
        links=[("Report - Dog control PSPO renewal", "533 KB"), ("Appendix A - maps of restricted areas", "3 MB"),
               ("Appendix B - consultation report", "288 KB")])],
)

doc(
    name="mgAi_ID60087_Aberdeen_NZET", form="mg-item", council="Aberdeen City Council", stated="yes",
    committee="Net Zero, Environment and Transport Committee", date="2023-05-16",
    site=site("Aberdeen City Council", "https://committees.aberdeencity.gov.uk",
              "Marischal College, Broad Street, Aberdeen, AB10 1AB", "© Aberdeen City Council",
              breadcrumb=["Home", "Council and democracy", "Committee meetings"]),
    meeting_line="16/05/2023 - Net Zero, Environment and Transport Committee (Item 11.2)",
    items=[item("11.2", "Bus Partnership Fund - Wellington Road and King Street Bus Priority - RES/23/141", [
        "The Committee had before it a report by the Director of Resources which sought approval to consult on bus "
        "priority measures on Wellington Road and King Street, funded by Transport Scotland's Bus Partnership Fund.",
        "The report explained that (1) buses on Wellington Road were delayed by up to 12 minutes at the evening peak, "
        "and that the number of people using buses in the city was still 15 per cent lower than in 2019; (2) the "
        "proposals included 2.4 kilometres of new bus lanes, priority for buses at seven sets of traffic signals "
        "and bus gates on King Street at its junction with Beach Boulevard; and (3) the estimated cost of £6.2 "
        "million would be met in full by the Bus Partnership Fund.",
        "The Committee heard from Ms Moira Torry, a resident of Kincorth, who said that the buses were so slow at "
        "peak times that many of her neighbours had gone back to driving.",
        "Councillor Ian Bankhead, seconded by Councillor Fiona Cults, moved that the Committee approve the "
        "consultation, and instruct the Chief Officer - Strategic Place Planning to report the results to the "
        "Committee in November 2023.",
        "Councillor Alan Dyce, seconded by Councillor Ruth Hazlehead, moved as an amendment that the Committee "
        "approve the consultation on Wellington Road only, and not proceed with the King Street bus gates.",
        "On a division, there voted - for the motion (8) - Councillors Bankhead, Cults, Danestone, Ferryhill, "
        "Garthdee, Kingswells, Mastrick and Rosemount; for the amendment (5) - Councillors Dyce, Hazlehead, "
        "Bucksburn, Culter and Torry.",
        "The Committee resolved:-",
        "to adopt the motion."],
        links=[("RES-23-141 Bus Partnership Fund report", "1 MB"), ("Appendix 1 - scheme drawings", "4 MB")])],
)

# =========================================================================== ModernGov decision pages

doc(
    name="ieDecisionDetails_ID5521_Solihull", form="mg-decision", council="Solihull Metropolitan Borough Council",
    stated="yes",
    committee="Cabinet Member for Environment and Infrastructure Decision Session|Cabinet Member for Environment and Infrastructure",
    date="2022-09-14",
    site=site("Solihull Council", "https://eservices.solihull.gov.uk/mginternet", "Council House, Manor Square, "
              "Solihull, B91 3QB", "© Solihull Metropolitan Borough Council"),
    decision_title="Hatchford Brook Flood Alleviation Scheme - Approval to Construct",
    fields=[("Decision Maker:", "Cabinet Member for Environment and Infrastructure"),
            ("Decision status:", "Recommendations Approved"), ("Is Key decision?:", "Yes"),
            ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To approve the construction of the Hatchford Brook flood alleviation scheme and the funding "
                      "for it."]),
        ("Decision:", [
            "The Cabinet Member for Environment and Infrastructure:",
            "(i) Approved the construction of a flood storage area on Hatchford Brook upstream of Elmdon, together "
            "with raised banks along 600 metres of the brook, at a total cost of £4.85 million;",
            "(ii) Noted that the cost would be met by £3.2 million of flood defence grant in aid from the "
            "Environment Agency, £0.9 million from Severn Trent Water and £0.75 million from the council's capital "
            "programme;",
            "(iii) Authorised the Director of Economy and Infrastructure to award the construction contract to a "
            "contractor from the Midlands Highways Alliance framework, provided the tender price was within the "
            "budget."]),
        ("Reasons for the decision:", [
            "In June 2016 and again in 2021, flooding from Hatchford Brook affected homes in Elmdon, Lyndon and "
            "Olton. The scheme will reduce the risk of flooding for 340 homes and 12 businesses. Works are planned to "
            "start in January 2023 and to take about ten months."]),
        ("Alternative options considered:", [
            "Raising walls along the whole length of the brook was rejected because it would move the flood risk "
            "downstream. Doing nothing was rejected because the risk to homes would increase with climate change."]),
        ("Interests and Nature of Interests Declared:", ["None."]),
    ],
    tail=[("Publication date:", "15/09/2022"), ("Date of decision:", "14/09/2022"),
          ("Decided at meeting:", "14/09/2022 - Cabinet Member for Environment and Infrastructure Decision Session"),
          ("Effective from:", "23/09/2022")],
    links=[("Hatchford Brook FAS report", "820 KB"), ("Appendix A - scheme plan", "2 MB")],
)

doc(
    name="ieDecisionDetails_ID4187_Halton", form="mg-decision", council="Halton Borough Council", stated="yes",
    committee="Executive Board", date="2023-03-16",
    site=site("Halton Borough Council", "https://councillors.halton.gov.uk",
              "Municipal Building, Kingsway, Widnes, WA8 7QF", "© Halton Borough Council",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Forward plans"]),
    decision_title="Homelessness and Rough Sleeping Strategy 2023-2028 and Acquisition of Move-on Accommodation",
    fields=[("Decision Maker:", "Executive Board"), ("Decision status:", "Decision Made"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To approve the Homelessness and Rough Sleeping Strategy 2023-2028 and the purchase of flats "
                      "for people moving on from rough sleeping."]),
        ("Decision:", [
            "RESOLVED: That",
            "1) the Homelessness and Rough Sleeping Strategy 2023-2028 be approved;",
            "2) the purchase of eight one-bedroom flats in Runcorn, at a total cost of up to £1.04 million, be "
            "approved, to be funded by a grant of £560,000 from the Rough Sleeping Accommodation Programme and "
            "£480,000 from the council's capital programme; and",
            "3) the Operational Director, Community and Greenspace, be authorised, in consultation with the "
            "portfolio holder for Health and Wellbeing, to select the flats to be bought."]),
        ("Reasons for the decision:", [
            "In 2021/22, 1,142 households approached the council for help because they were homeless or at risk of "
            "homelessness. The official count in autumn 2022 found six people sleeping rough in Halton, four in "
            "Widnes and two in Runcorn. The flats will give people leaving hostels a settled home with support, "
            "and free up hostel places."]),
        ("Alternative options considered:", [
            "Renting flats from private landlords was considered but rejected because few landlords would let to "
            "people with a history of rough sleeping at rents covered by housing benefit."]),
    ],
    tail=[("Publication date:", "20/03/2023"), ("Date of decision:", "16/03/2023"),
          ("Decided at meeting:", "16/03/2023 - Executive Board"), ("Effective from:", "28/03/2023")],
    links=[("Homelessness and Rough Sleeping Strategy 2023-2028", "1 MB")],
)

# =========================================================================== printed PDF minutes

doc(
    name="PASC2_Minutes_09032021", form="pdf-minutes", council="Westminster City Council", stated="short",
    committee="Planning Applications Sub-Committee (2)|Planning Applications Sub-Committee", date="2021-03-09",
    logo="City of Westminster",
    title_lines=["MINUTES", "Planning Applications Sub-Committee (2)",
                 "MINUTES OF PROCEEDINGS",
                 "Minutes of a meeting of the Planning Applications Sub-Committee (2) held on Tuesday 9th March, "
                 "2021, held as a virtual meeting via Microsoft Teams."],
    attendance=[("Members Present:", "Councillors Jim Pimlico (Chairman), Anna Lisson Grove, Harry Maida Vale and "
                                     "Sophie Bayswater."),
                ("Also Present:", "Councillor Tim Marylebone (ward member for item 2).")],
    items=[
        item("1", "MEMBERSHIP", ["1.1 There were no changes to the membership."]),
        item("2", "DECLARATIONS OF INTEREST", [
            "2.1 Councillor Pimlico explained that a week before the meeting all four members of the Sub-Committee "
            "had been sent letters and e-mails about the applications, and that they had not taken part in any "
            "discussion of them before the meeting."]),
        item("3", "MINUTES", [
            "3.1 RESOLVED: That the minutes of the meeting held on 9 February 2021 be signed by the Chairman as a "
            "correct record of proceedings."]),
        item("4", "PLANNING APPLICATIONS", [
            "1. 68 DEAN STREET, LONDON, W1D 4QJ",
            "Use of the basement and ground floor as a bar, with opening hours until 00:30 on Fridays and Saturdays "
            "and until 23:30 on other days.",
            "The Sub-Committee heard that the site was in the West End stress area, where the council's policy "
            "resists new entertainment uses. The Soho Society and 23 local residents had objected. The applicant "
            "said the bar would have 90 seats and would serve food until closing.",
            "RESOLVED UNANIMOUSLY: That conditional permission be refused because the bar would add to the "
            "cumulative impact of late-night uses in the area and harm the amenity of residents.",
            "2. 14 GLOUCESTER PLACE, LONDON, W1U 8HP",
            "Erection of a mansard roof extension to create two additional flats.",
            "Councillor Marylebone spoke on behalf of residents of the adjoining terrace, who were concerned about "
            "the loss of the historic roofline. The officer said that similar mansards had been approved at "
            "numbers 8, 10 and 22.",
            "RESOLVED (Councillor Lisson Grove dissenting): That conditional permission be granted, subject to a "
            "condition that the roof be finished in natural Welsh slate.",
            "3. 2 PORTMAN MEWS SOUTH, LONDON, W1H 6AX",
            "Use of the ground floor as a restaurant with a kitchen extract duct at roof level.",
            "The Sub-Committee was concerned that the application did not show how deliveries and refuse "
            "collection would be managed in the narrow mews.",
            "RESOLVED: That the application be deferred so that the applicant could provide a servicing management "
            "plan.",
            "4. 31 WARWICK AVENUE, LONDON, W9 2PS",
            "Installation of a replacement timber front door and the repair of the front boundary railings.",
            "RESOLVED UNANIMOUSLY: That conditional permission and conditional listed building consent be granted."]),
    ],
    closing=["The Meeting ended at 8.10 pm", "CHAIRMAN: _______________________  DATE: _______________"],
    header="", footer=["{n}"], pdf_title="PASC (2) Minutes 9 March 2021", pdf_author="Committee and Councillor Services",
)

doc(
    name="ACBS_Minutes_16_January_2020", form="pdf-minutes", council="Hartlepool Borough Council", stated="yes",
    committee="Adult and Community Based Services Committee", date="2020-01-16",
    logo="HARTLEPOOL BOROUGH COUNCIL",
    title_lines=["ADULT AND COMMUNITY BASED SERVICES COMMITTEE", "MINUTES AND DECISION RECORD", "16 JANUARY 2020"],
    attendance=[("", "The meeting commenced at 10.00 am in the Civic Centre, Hartlepool."),
                ("Present:", "Councillor Jean Seaton (In the Chair)."),
                ("Councillors:", "Bob Greatham, Mary Elwick, Carl Owton and Ruth Throston."),
                ("Officers:", "Jill Rossmere, Director of Adult and Community Based Services; Gemma Headland, "
                              "Assistant Director, Preventative and Community Based Services; David Fens, Democratic "
                              "Services Team.")],
    items=[
        item("31.", "Apologies for Absence", ["Councillor Tony Hart."]),
        item("32.", "Declarations of Interest", [
            "Councillor Owton declared a personal interest in minute 34 as a volunteer at Hartlepool Carers."]),
        item("33.", "Minutes of the meeting held on 5 December 2019", ["Received."]),
        item("34.", "Mill House Leisure Centre: Options for Replacement (Director of Adult and Community Based "
                    "Services)", [
            "Type of decision",
            "Key decision - test (i) and (ii) applies.",
            "Purpose of report",
            "To set out the options for the future of Mill House Leisure Centre and seek the Committee's view on a "
            "preferred option to be recommended to Finance and Policy Committee.",
            "Issue(s) for consideration",
            "The Assistant Director reported that Mill House Leisure Centre opened in 1973 and received about "
            "410,000 visits a year. A condition survey in 2019 had found that the pool hall roof, the heating system "
            "and the filtration plant all needed replacing within five years.",
            "Two options had been costed. Refurbishing the existing building would cost about £9.8 million and would "
            "extend its life by around 15 years. A new leisure centre on the Mill House site, with a 25 metre pool, "
            "a learner pool, a 100-station gym and a sports hall, would cost about £26.5 million.",
            "Members asked whether the existing centre would stay open while a new one was built. The Assistant "
            "Director said that the new centre would be built on the car park, so that the existing centre could "
            "stay open until the new one was ready.",
            "A member asked how the new centre would be paid for. The Director said that prudential borrowing, "
            "repaid from the lower running costs of a new building, and external funding bids would be set out "
            "in a business case.",
            "Decision",
            "(i) That the Committee supports the option of a new leisure centre on the Mill House site and "
            "recommends it to Finance and Policy Committee.",
            "(ii) That a full business case be prepared."]),
        item("35.", "Carers Strategy 2020-2023 (Director of Adult and Community Based Services)", [
            "Type of decision",
            "Budget and Policy Framework.",
            "Issue(s) for consideration",
            "The Committee was informed that 2,740 carers were registered with Hartlepool Carers, and that the "
            "number of carers' assessments completed by the council had risen from 318 in 2017/18 to 402 in "
            "2018/19. The strategy would focus on young carers, on breaks for carers and on carers' own health.",
            "Decision",
            "That the Carers Strategy 2020-2023 be endorsed and referred to Council."]),
        item("36.", "Community Hubs: Annual Report (Director of Adult and Community Based Services)", [
            "Type of decision",
            "For information.",
            "Issue(s) for consideration",
            "The Assistant Director reported that the three community hubs, Central, North and South, had received "
            "212,000 visits in 2018/19. Hub Central had lent 96,000 books, and the hubs had run 1,350 events and "
            "courses.",
            "Decision",
            "That the report be noted."]),
    ],
    closing=["The meeting concluded at 11.40 am.", "K DE BRUCE", "CHIEF SOLICITOR",
             "PUBLICATION DATE: 24 JANUARY 2020"],
    header="Adult and Community Based Services Committee - Minutes and Decision Record - 16 January 2020",
    header_from=2, footer=["{n}", "Hartlepool Borough Council"],
    pdf_title="ACBS Minutes 16.01.20",
)

doc(
    name="Cabinet_Minutes_23_January_2024_ERYC", form="pdf-minutes", council="East Riding of Yorkshire Council",
    stated="yes", committee="Cabinet", date="2024-01-23",
    logo="EAST RIDING OF YORKSHIRE COUNCIL",
    title_lines=["CABINET", "23 JANUARY 2024",
                 "PRESENT: Councillors Margaret Hornsea (Chair), Paul Driffield, Kath Howden, Mark Pocklington, Jane "
                 "Withernsea and Steve Hedon.",
                 "Councillor Hornsea in the Chair."],
    attendance=[("", "The meeting was held at County Hall, Beverley at 10.00 am."),
                ("", "Also in attendance: Councillors Tony Cottingham and Lyn Skipsea.")],
    items=[
        item("1286", "DECLARATIONS OF PECUNIARY AND NON-PECUNIARY INTERESTS", [
            "Councillor Withernsea declared a non-pecuniary interest in Minute 1289 as she lived in a coastal "
            "community affected by erosion."]),
        item("1287", "MINUTES", [
            "Resolved - That the minutes of the meeting of the Cabinet held on 19 December 2023 be approved as a "
            "correct record and signed by the Chair."]),
        item("1288", "COUNCIL TAX PREMIUM ON SECOND HOMES", [
            "The Director of Corporate Resources submitted a report proposing that a council tax premium of 100 per "
            "cent be charged on second homes from 1 April 2025.",
            "There were about 2,830 second homes in the East Riding, mostly along the coast and in the Wolds. The "
            "premium was expected to raise about £5.3 million a year in total, of which about £4.3 million would "
            "come to the Council and the rest to the police, fire and parish councils.",
            "Members noted that caravans and chalets on holiday parks did not pay council tax and would not be "
            "affected, and that homes which could only be used as holiday lets because of planning conditions would "
            "be exempt.",
            "Resolved - That Council be recommended to approve a council tax premium of 100 per cent on second homes "
            "from 1 April 2025."]),
        item("1289", "COASTAL TRANSITION ACCELERATOR PROGRAMME", [
            "The Director of Planning and Economic Regeneration reported that the East Riding was one of two areas in "
            "England chosen by Government for the Coastal Transition Accelerator Programme, with funding of £15 "
            "million until March 2027.",
            "The Holderness coast was one of the fastest eroding coastlines in northern Europe, losing on average "
            "around two metres of land a year. In the last ten years 31 homes at Skipsea, Ulrome and Aldbrough had "
            "been lost or had to be demolished.",
            "The programme would pay for relocation grants, the removal of buildings before they fell onto the beach, "
            "and the moving of roads, car parks and caravan pitches back from the cliff edge.",
            "Councillor Skipsea asked how much each household would receive. The Director said the amount of the "
            "relocation grant would be decided after consultation with residents in the spring, and that the "
            "Government's agreement would be needed.",
            "Resolved - (a) That the Coastal Transition Accelerator Programme be welcomed; and (b) that the Director "
            "of Planning and Economic Regeneration be authorised to accept the funding and to consult on the "
            "relocation grant scheme."]),
        item("1290", "GOOLE WATERFRONT: DELIVERY PLAN", [
            "The Cabinet considered a report on the redevelopment of the former docks warehouses at Goole "
            "waterfront as homes, workshops and a visitor centre.",
            "Members were told that a bid to the Levelling Up Fund for £11.6 million had been submitted and that the "
            "Government was expected to announce the outcome later in the year.",
            "Resolved - That consideration of the delivery plan be deferred until the outcome of the funding bid is "
            "known."]),
        item("1291", "HIGHWAYS WINTER SERVICE: MID-SEASON REPORT", [
            "Resolved - That the report, which showed that the Council's gritters had made 48 full runs of the "
            "precautionary network and used 11,200 tonnes of salt between 1 October and 31 December 2023, be "
            "noted."]),
    ],
    closing=["", "Chair"],
    header="East Riding of Yorkshire Council - Cabinet - 23 January 2024", header_from=2,
    footer=["Page {n} of {total}"], pdf_title="Cabinet minutes 23 January 2024",
)

doc(
    name="Policy_and_Resources_Committee_Minute_19_October_2023", form="pdf-minutes",
    council="Argyll and Bute Council", stated="yes", committee="Policy and Resources Committee", date="2023-10-19",
    logo="ARGYLL AND BUTE COUNCIL",
    title_lines=["MINUTES of MEETING of POLICY AND RESOURCES COMMITTEE held in the COUNCIL CHAMBER, KILMORY, "
                 "LOCHGILPHEAD and by MICROSOFT TEAMS on THURSDAY, 19 OCTOBER 2023"],
    attendance=[("Present:", "Councillor Robin Inveraray (Chair); Councillors Ailsa Dunoon, Gary Tobermory, Kirsty "
                             "Campbeltown, Douglas Rothesay, Fiona Cardross, Hamish Oban and Mairi Tarbert."),
                ("Attending:", "Fiona Kilmartin, Chief Executive; Alasdair Appin, Section 95 Officer; Kirsty "
                               "Carradale, Head of Development and Economic Growth; Stuart Dalmally, Governance "
                               "Manager."),
                ("Apologies:", "Councillor Ewan Tighnabruaich.")],
    items=[
        item("1.", "APOLOGIES FOR ABSENCE", ["Apologies for absence were intimated on behalf of Councillor Ewan "
                                              "Tighnabruaich."]),
        item("2.", "DECLARATIONS OF INTEREST", [
            "Councillor Tobermory declared a non-financial interest in item 4 as he owned a second home on Mull "
            "that was let to a local family. He left the meeting for that item."]),
        item("3.", "MINUTES", [
            "The Minutes of the meeting of the Policy and Resources Committee held on 17 August 2023 were approved "
            "as a correct record."]),
        item("4.", "COUNCIL TAX ON SECOND HOMES", [
            "Consideration was given to a report advising that the Scottish Government had given councils the "
            "power to charge up to double the normal council tax on second homes from 1 April 2024.",
            "The report advised that there were 3,119 second homes in Argyll and Bute, about 6.8 per cent of all "
            "homes, rising to more than 20 per cent on some islands. Charging double council tax on second homes "
            "would raise an estimated £2.6 million a year, although the Section 95 Officer warned that some owners "
            "might register their property as a holiday let to avoid it.",
            "Decision",
            "The Committee agreed to recommend to the Council:",
            "1. that council tax on second homes be charged at double the normal rate from 1 April 2024; and",
            "2. that the additional income be paid into the Strategic Housing Fund to support affordable housing."]),
        item("5.", "PIERS AND HARBOURS: CHARGES 2024/25", [
            "The Committee considered a report on the charges for the council's 36 piers and harbours. The report "
            "proposed an increase of 6 per cent in all harbour dues and berthing charges from 1 April 2024, to "
            "meet rising maintenance costs.",
            "Motion",
            "To agree the recommendations in the report.",
            "Moved by Councillor Robin Inveraray, seconded by Councillor Ailsa Dunoon.",
            "Amendment",
            "To hold the charges for the Tobermory and Craignure piers at their 2023/24 level for a further year.",
            "Moved by Councillor Gary Tobermory, seconded by Councillor Hamish Oban.",
            "The Motion was carried by 6 votes to 2 and the Committee resolved accordingly.",
            "Decision",
            "The Committee agreed an increase of 6 per cent in piers and harbours charges from 1 April 2024."]),
        item("6.", "RURAL GROWTH DEAL: KINTYRE AND ISLAY TOURISM PROJECTS", [
            "The Committee considered a report on the tourism projects of the Rural Growth Deal. The Head of "
            "Development and Economic Growth reported that the business case for the marine tourism pontoons at "
            "Port Ellen and Carradale had been submitted to the UK and Scottish Governments, and that their "
            "approval was awaited.",
            "Decision",
            "The Committee noted the progress of the Rural Growth Deal tourism projects."]),
    ],
    closing=["", "Robin Inveraray, Chair"],
    header="", footer=["{n}"], pdf_title="Policy and Resources Committee 19 October 2023",
)

doc(
    name="LCS_Committee_Minutes_13_June_2022", form="pdf-minutes",
    council="Armagh City, Banbridge and Craigavon Borough Council", stated="yes",
    committee="Leisure and Community Services Committee", date="2022-06-13",
    logo="Armagh City, Banbridge and Craigavon Borough Council",
    title_lines=["Minutes of the Leisure and Community Services Committee held on Monday 13 June 2022 at 7.00 pm "
                 "in the Council Chamber, Craigavon Civic and Conference Centre, and by Microsoft Teams"],
    attendance=[("Committee Members Present:", "Councillor P Richhill (Chair); Aldermen J Tandragee and M "
                                               "Loughgall; Councillors S Keady, R Markethill, L Gilford, T Dromore "
                                               "and C Waringstown"),
                ("Officers in Attendance:", "Strategic Director, Leisure and Community Services - A Portadown; Head "
                                            "of Leisure - D Lurgan; Democratic Services Officer - K Rathfriland")],
    items=[
        item("1.", "APOLOGIES", ["Councillor B Scarva."]),
        item("2.", "DECLARATIONS OF INTEREST", [
            "Councillor Keady declared an interest in item 5 as a committee member of Keady and District "
            "Festival Association."]),
        item("3.", "BANBRIDGE LEISURE CENTRE: POOL HALL REFURBISHMENT", [
            "The Head of Leisure reported that the tender for the refurbishment of the pool hall at Banbridge "
            "Leisure Centre had returned a lowest price of £3.2 million, compared with a budget of £2.7 million, "
            "because of the rising cost of materials. The works would replace the pool tank lining, the changing "
            "village and the air handling system.",
            "The pool would have to close for about nine months while the work was done. Swimming lessons and "
            "club sessions would move to Dromore and South Lake Leisure Centres, and a free shuttle bus would run "
            "from Banbridge on weekday evenings.",
            "Proposed by Alderman Tandragee",
            "Seconded by Councillor Gilford and agreed to recommend that",
            "the additional £500,000 be funded from the capital reserve and that the refurbishment proceed, with "
            "the pool closing from 5 September 2022.",
            "ACTION BY: D Lurgan, Head of Leisure"]),
        item("4.", "PLAY PARK INVESTMENT PROGRAMME 2022/23", [
            "Members were advised that 12 play parks would be refurbished in 2022/23 at a total cost of £1.1 "
            "million, including new inclusive play equipment at Lurgan Park and the People's Park, Portadown.",
            "Councillor Markethill asked about the play park at Markethill, which had been closed since March. The "
            "Head of Leisure said that a safety inspection had found the equipment unsafe and that it would be "
            "included in the programme for 2023/24.",
            "Proposed by Councillor Markethill",
            "Seconded by Councillor Waringstown and agreed to recommend that",
            "the play park investment programme for 2022/23 be approved.",
            "ACTION BY: A Portadown, Strategic Director"]),
        item("5.", "COMMUNITY FESTIVALS FUND 2022/23", [
            "Members noted that 46 community festivals had been awarded grants totalling £98,500, jointly funded by "
            "the Council and the Department for Communities.",
            "Proposed by Alderman Loughgall",
            "Seconded by Councillor Dromore and agreed to recommend that",
            "the awards be noted.",
            "ACTION BY: K Rathfriland"]),
    ],
    closing=["There being no further business the meeting concluded at 8.05 pm.",
             "Chair ____________________", "Date ____________________"],
    header="Leisure and Community Services Committee - 13 June 2022", header_from=2, footer=["{n}"],
)

doc(
    name="Cabinet_Minutes_29_November_2023_Colchester", form="pdf-minutes", council="Colchester City Council",
    stated="yes", committee="Cabinet", date="2023-11-29",
    logo="Colchester City Council",
    title_lines=["Cabinet", "Wednesday, 29 November 2023",
                 "Grand Jury Room, Town Hall, High Street, Colchester, CO1 1PJ"],
    attendance=[("Attendees:", "Councillor David Wivenhoe (Chair), Councillor Sam Lexden, Councillor Nadia "
                               "Stanway, Councillor Paul Tiptree, Councillor Helen Highwoods, Councillor Ravi "
                               "Prettygate."),
                ("Also Present:", "Councillor Beth Mersea, Councillor Ian Rowhedge."),
                ("Apologies:", "Councillor Greg Dedham.")],
    items=[
        item("411", "Have Your Say!", [
            "Mr John Berechurch addressed the Cabinet about the garden waste collection charge. He said that many "
            "older residents could not take garden waste to the recycling centre and that the charge had risen "
            "faster than pensions.",
            "Councillor Tiptree responded that the charge covered only the cost of the service, that residents who "
            "received council tax support could apply for a reduced charge, and that home composting bins were "
            "available at a discount."]),
        item("412", "Minutes of Previous Meeting", [
            "RESOLVED that the minutes of the meeting held on 1 November 2023 be confirmed as a correct record."]),
        item("413", "Car Parking Tariffs 2024/25", [
            "Councillor Tiptree, Portfolio Holder for Neighbourhood Services and Waste, introduced the report. The "
            "proposals would increase the hourly charge at St Mary's multi-storey car park and the council's other "
            "central car parks by 10p an hour from 1 April 2024, and introduce a flat evening charge of £2 after "
            "6pm. Parking would remain free in the council's car parks after 3pm on Saturdays in December.",
            "Councillor Mersea attended to ask what the effect would be on traders in the town centre. Councillor "
            "Tiptree said that charges in Colchester would still be lower than in Chelmsford and Ipswich, and that "
            "the evening flat rate was intended to encourage people to visit theatres and restaurants.",
            "RESOLVED that the car parking tariffs for 2024/25 set out at Appendix A be approved, to take effect "
            "from 1 April 2024.",
            "REASONS",
            "The tariffs had not changed since April 2022, while the costs of running the car parks had risen.",
            "ALTERNATIVE OPTIONS",
            "To leave tariffs unchanged, which would increase the cost of the car parks to council taxpayers."]),
        item("414", "Rough Sleeping: Winter Provision 2023/24", [
            "Councillor Stanway, Portfolio Holder for Housing, reported that the count of people sleeping rough in "
            "Colchester in November 2022 had found 14 people, and that the number helped off the streets by the "
            "outreach team had risen in 2023.",
            "From 1 December 2023 to 31 March 2024 a winter night shelter with 20 beds would open at the Greenstead "
            "community centre, run with local churches. The council had been awarded £286,000 from the Government's "
            "Rough Sleeping Initiative for 2023/24.",
            "Councillor Rowhedge asked how many people had used the shelter last winter. Councillor Stanway said "
            "she would send the figure to him after the meeting.",
            "RESOLVED that the winter provision for people sleeping rough in 2023/24 be approved."]),
        item("415", "Garden Waste Collection Charges 2024/25", [
            "RESOLVED that the annual charge for the garden waste collection service be increased from £57 to £62 "
            "from 1 April 2024, with a discount of £5 for subscriptions taken out online before 1 March 2024."]),
        item("416", "Exclusion of the Public (not Scrutiny or Executive)", [
            "RESOLVED that under Section 100A(4) of the Local Government Act 1972 the public be excluded from the "
            "meeting for the following item as it involved the likely disclosure of exempt information as "
            "defined in paragraph 3 of Part 1 of Schedule 12A to the Act."]),
        item("417", "Northern Gateway: Sale of Land (Part B)", [
            "RESOLVED that the recommendations in the exempt report be approved."]),
    ],
    closing=["", "Chair"],
    header="Cabinet - 29 November 2023", header_from=2, footer=["Page {n} of {total}"],
    pdf_title="Cabinet minutes 29 November 2023",
)

# =========================================================================== Public Document Packs

doc(
    name="Executive_29_September_2022_Public_Document_Pack", form="pdf-pack", council="Wokingham Borough Council",
    stated="yes", committee="Executive", date="2022-09-29",
    cover=["EXECUTIVE", "THURSDAY 29 SEPTEMBER 2022 AT 7.00 PM",
           "David Hicks 1 - Council Offices, Shute End, Wokingham, RG40 1BN"],
    cover_body=["WOKINGHAM BOROUGH COUNCIL",
                "A Meeting of the EXECUTIVE will be held in David Hicks 1 - Council Offices, Shute End, Wokingham "
                "RG40 1BN on THURSDAY 29 SEPTEMBER 2022 AT 7.00 PM",
                "Helen Crowthorne, Chief Executive",
                "Published on 21 September 2022",
                "MEMBERSHIP OF THE EXECUTIVE: Councillors Lindsay Woodley (Leader of the Council), Rachel Winnersh, "
                "Imogen Finchampstead, Pete Arborfield, Gregor Barkham, Ann Hurst, John Sindlesham and Sarah "
                "Twyford.",
                "CONTACT OFFICER: Luciane Shinfield, Democratic and Electoral Services Specialist. Tel 0118 974 6054. "
                "Email democratic.services@wokingham.gov.uk"],
    agenda=[("38", "APOLOGIES - To receive any apologies for absence"),
            ("39", "MINUTES OF PREVIOUS MEETING - To confirm the Minutes of the Meeting held on 28 July 2022. "
                   "({minutes})"),
            ("40", "DECLARATION OF INTEREST - To receive any declarations of interest"),
            ("41", "PUBLIC QUESTION TIME"),
            ("42", "MEMBER QUESTION TIME"),
            ("43", "BUS SERVICES: SUPPORTED ROUTES FROM APRIL 2023 ({report})"),
            ("44", "REVENUE MONITORING 2022/23 - QUARTER 1")],
    marks=["Agenda Item 39.", "Agenda Item 43."],
    prev_title_lines=["MINUTES OF A MEETING OF THE EXECUTIVE HELD ON 28 JULY 2022 FROM 7.00 PM TO 8.25 PM"],
    attendance=[("Committee Members Present:", "Councillors Lindsay Woodley (Chair), Rachel Winnersh, Imogen "
                                               "Finchampstead, Pete Arborfield, Gregor Barkham, Ann Hurst and Sarah "
                                               "Twyford."),
                ("Other Councillors Present:", "Councillors Tom Earley and Maria Charvil.")],
    prev_items=[
        item("24.", "APOLOGIES", ["An apology for absence was submitted from Councillor John Sindlesham."]),
        item("25.", "MINUTES OF PREVIOUS MEETING", [
            "The Minutes of the meeting of the Executive held on 30 June 2022 were confirmed as a correct record "
            "and signed by the Leader of the Council."]),
        item("26.", "CLIMATE EMERGENCY ACTION PLAN: THIRD PROGRESS REPORT", [
            "The Executive considered the third progress report on the Climate Emergency Action Plan. The Executive "
            "Member for Climate Emergency, Councillor Finchampstead, said that the borough's carbon emissions had "
            "fallen by 18 per cent since 2019, and that 41,000 trees had been planted under the plan.",
            "Councillor Earley asked when the solar farm at Barkham Square would start generating. Councillor "
            "Finchampstead said that the grid connection was now expected in 2024.",
            "RESOLVED: That the third progress report be noted."]),
        item("27.", "WOKINGHAM TOWN CENTRE: PEACH PLACE AND ELMS FIELD LETTINGS", [
            "The Executive Member for Business and Economic Development reported that 93 per cent of the shop units "
            "in the council-owned Peach Place and Elms Field developments were now let.",
            "RESOLVED: That the lettings update be noted."]),
    ],
    report=report(
        ["TITLE: Bus Services: Supported Routes from April 2023", "FOR CONSIDERATION BY: The Executive on Thursday, "
                                                                 "29 September 2022"],
        [("WARD", "None Specific"), ("LEAD OFFICER", "Director, Place and Growth - Giorgio Emmbrook"),
         ("LEAD MEMBER", "Executive Member for Highways and Transport - Pete Arborfield"),
         ("KEY DECISION", "Yes")],
        [("PURPOSE OF REPORT (INC STRATEGIC OUTCOMES)", [
            "The council's contracts for supported bus services end on 31 March 2023. This report sets out which "
            "routes should continue to be supported, and how, from April 2023."]),
         ("RECOMMENDATION", [
            "That the Executive:",
            "1) approves the continued support of routes 3 (Wokingham to Reading via Woodley), 190 (Wokingham to "
            "Finchampstead and Arborfield Green) and the Sunday service on route 4, for four years from 1 April "
            "2023;",
            "2) approves the withdrawal of support for route 128 between Wokingham and Winnersh on Saturdays, "
            "which carries an average of 11 passengers a day, and its replacement by the council's Readibus "
            "dial-a-ride service;",
            "3) notes that the annual cost of supported bus services would rise from £780,000 to £1.1 million, of "
            "which £250,000 a year would be met from the Bus Service Improvement Plan grant for two years."]),
         ("SUMMARY OF REPORT", [
            "Passenger numbers on the supported routes have recovered to 83 per cent of their level before the "
            "pandemic. Route 190 now carries 1,450 passengers a week, many of them pupils travelling to the Bohunt "
            "and Emmbrook schools.",
            "Operators' costs have risen sharply because of fuel prices and drivers' pay, and the bids received "
            "in the soft market testing exercise were on average 35 per cent higher than the current contracts.",
            "The Government's £2 single fare cap will apply on all supported routes from January 2023."]),
         ("FINANCIAL IMPLICATIONS", [
            "The additional cost of £320,000 a year will be met from the Bus Service Improvement Plan grant "
            "(£250,000) and the highways revenue budget (£70,000) in 2023/24 and 2024/25. The position beyond "
            "2025 will be reviewed as part of the medium term financial plan."])]),
    header="", footer=["Page {n}"], number_offset=2,
)

doc(
    name="SCOSC_11_November_2021_Agenda_Pack", form="pdf-pack", council="Central Bedfordshire Council",
    stated="yes", committee="Sustainable Communities Overview and Scrutiny Committee", date="2021-11-11",
    cover=["Sustainable Communities Overview and Scrutiny Committee", "Thursday, 11 November 2021 at 10.00 a.m.",
           "Council Chamber, Priory House, Monks Walk, Shefford"],
    cover_body=["Central Bedfordshire Council, Priory House, Monks Walk, Chicksands, Shefford SG17 5TQ",
                "please ask for Paula Stotfold, direct line 0300 300 4196, date 2 November 2021",
                "To: The Chair and Members of the SUSTAINABLE COMMUNITIES OVERVIEW AND SCRUTINY COMMITTEE: Cllrs "
                "Ken Arlesey (Chairman), Sue Biggleswade (Vice-Chairman), Dean Cranfield, Jo Dunstable, Mark "
                "Flitwick, Lisa Houghton Regis, Raj Sandy and Alan Toddington.",
                "Please note that this meeting will be webcast."],
    agenda=[("1.", "Apologies for Absence"),
            ("2.", "Minutes - To approve as a correct record the minutes of the meeting of the Sustainable "
                   "Communities Overview and Scrutiny Committee held on 9 September 2021. ({minutes})"),
            ("3.", "Members' Interests"), ("4.", "Chairman's Announcements and Communications"),
            ("5.", "Petitions"), ("6.", "Questions, Statements or Deputations"),
            ("7.", "Empty Homes Strategy 2021 - 2026 ({report})"), ("8.", "Work Programme 2021 - 2022")],
    marks=["Agenda Item 2", "Agenda Item 7"],
    prev_title_lines=["CENTRAL BEDFORDSHIRE COUNCIL",
                      "At a meeting of the SUSTAINABLE COMMUNITIES OVERVIEW AND SCRUTINY COMMITTEE held in the Council "
                      "Chamber, Priory House, Monks Walk, Shefford on Thursday, 9 September 2021"],
    attendance=[("PRESENT", "Cllr K Arlesey (Chairman), Cllr S Biggleswade (Vice-Chairman), Cllrs D Cranfield, J "
                            "Dunstable, M Flitwick, R Sandy and A Toddington"),
                ("Apologies for Absence:", "Cllr L Houghton Regis"),
                ("Officers in Attendance:", "Ms N Ampthill - Director of Place and Communities; Mr G Leighton - "
                                            "Head of Highways")],
    prev_items=[
        item("SCOSC/21/14.", "Minutes", [
            "RESOLVED that the minutes of the meeting held on 1 July 2021 be confirmed and signed by the Chairman "
            "as a correct record."]),
        item("SCOSC/21/15.", "Fly-tipping: Enforcement and Prevention", [
            "The Committee received a report on fly-tipping. The Head of Highways said that 4,870 fly-tips had been "
            "reported in 2020/21, an increase of 22 per cent on the year before, which officers linked to the "
            "closure of the household waste recycling centres in the first lockdown.",
            "Members were told that 14 cameras had been deployed at hot spots and that five people had been "
            "prosecuted in the year.",
            "RECOMMENDED that the Executive consider extending the use of mobile cameras to every town and parish "
            "that asks for one."]),
        item("SCOSC/21/16.", "Highways Winter Service Plan 2021/22", [
            "RESOLVED that the Winter Service Plan 2021/22, under which 37 per cent of the road network would be "
            "gritted before frost, be endorsed."]),
    ],
    report=report(
        ["Central Bedfordshire Council", "SUSTAINABLE COMMUNITIES OVERVIEW AND SCRUTINY COMMITTEE",
         "Empty Homes Strategy 2021 - 2026"],
        [("Meeting:", "11 November 2021"), ("Report of:", "Cllr Emma Potton, Executive Member for Assets and "
                                                            "Housing Delivery"),
         ("Responsible Director(s):", "Julie Meppershall, Director of Social Care, Health and Housing"),
         ("Public/Exempt:", "Public"), ("Wards Affected:", "All"), ("Function of:", "Executive")],
        [("Purpose of this report", [
            "1. To ask the Committee to consider the draft Empty Homes Strategy 2021 - 2026 before it is presented "
            "to the Executive."]),
         ("RECOMMENDATIONS", [
            "The Committee is asked to:",
            "1. consider the draft Empty Homes Strategy 2021 - 2026 and make any comments to the Executive."]),
         ("Background", [
            "2. In October 2021 there were 1,012 homes in Central Bedfordshire that had been empty for more than six "
            "months, 0.8 per cent of the housing stock. Of these, 187 had been empty for more than two years.",
            "3. In 2020/21 the council's intervention brought 96 long-term empty homes back into use. The work is "
            "carried out by one Empty Homes Officer within the Private Sector Housing team.",
            "4. The draft strategy sets a target of bringing 120 long-term empty homes back into use each year. It "
            "proposes the appointment of a second Empty Homes Officer, the introduction of interest-free loans of "
            "up to £15,000 for owners who let their home through the council's social lettings agency for five "
            "years, and a programme of enforced sales where owners owe large council tax debts."]),
         ("Council Tax", [
            "5. The council already charges the maximum premium allowed on long-term empty homes. In 2020/21 the "
            "premium raised £1.24 million."]),
         ("Consultation", [
            "6. The draft strategy will be published for consultation for eight weeks in December and January."])]),
    header="", footer=["Page {n}"], number_offset=2,
)

doc(
    name="Cabinet_14_March_2023_Agenda_North_Ayrshire", form="pdf-pack", council="North Ayrshire Council",
    stated="yes", committee="Cabinet", date="2023-03-14",
    cover=["Cabinet", "14 March 2023 at 2.30 p.m.", "Council Chambers, Ground Floor, Cunninghame House, Irvine"],
    cover_body=["North Ayrshire Council",
                "A Meeting of the Cabinet of North Ayrshire Council will be held in the Council Chambers, Ground "
                "Floor, Cunninghame House, Irvine, KA12 8EE on Tuesday, 14 March 2023 at 14:30 to consider the "
                "undernoted business.",
                "Meeting Arrangements - Hybrid Meetings: This meeting will be held on a predominantly physical basis "
                "but with provision, by prior notification, for remote attendance by Elected Members.",
                "Cabinet: Councillor Moira Saltcoats (Chair), Councillor Alan Kilwinning (Vice Chair), Councillor "
                "Jean Largs, Councillor Tony Dalry, Councillor Lynn Beith and Councillor Sean Stevenston."],
    agenda=[("1", "Declarations of Interest"),
            ("2", "Minutes - The accuracy of the Minutes of the meeting of the Cabinet held on 21 February 2023 "
                  "will be confirmed and the Minutes signed. ({minutes})"),
            ("3", "Community Asset Transfer: Kilbirnie Auld Kirk Hall - Submit a report by the Executive Director "
                  "(Place) ({report})"),
            ("4", "Urgent Items")],
    marks=["Agenda Item 2", "Agenda Item 3"],
    prev_title_lines=["Cabinet", "21 February 2023",
                      "IRVINE, 21 February 2023 - At a Meeting of the Cabinet of North Ayrshire Council at 2.30 p.m. "
                      "involving participation by remote electronic means and physical attendance within the "
                      "Council Chambers, Irvine."],
    attendance=[("Members Present:", "Councillors Moira Saltcoats, Alan Kilwinning, Jean Largs, Tony Dalry and "
                                     "Sean Stevenston."),
                ("Apologies:", "Councillor Lynn Beith."),
                ("Chair:", "Councillor Saltcoats in the Chair.")],
    prev_items=[
        item("1.", "Declarations of Interest", ["There were no declarations of interest."]),
        item("2.", "Minutes", ["The accuracy of the Minutes of the meeting held on 24 January 2023 was confirmed and "
                               "the Minutes signed in accordance with Paragraph 7 (1) of Schedule 7 of the Local "
                               "Government (Scotland) Act 1973."]),
        item("3.", "Millport Field Centre: Support for Reopening", [
            "Submitted a report by the Executive Director (Place) on support for the reopening of the field centre "
            "on Great Cumbrae by a new charitable trust. The report proposed a grant of £150,000 towards the repair "
            "of the accommodation block.",
            "Members asked when the centre would reopen to school groups. The Executive Director advised that the "
            "trust had not yet set an opening date.",
            "The Cabinet agreed to award a grant of £150,000 to the trust, subject to a funding agreement."]),
        item("4.", "Irvine Enterprise Area: Marine Park", [
            "Submitted a report on the second phase of the Irvine Enterprise Area. The Cabinet agreed to approve the "
            "construction of four industrial units at i3 Irvine at a cost of £3.8 million."]),
    ],
    report=report(
        ["NORTH AYRSHIRE COUNCIL", "Cabinet", "14 March 2023"],
        [("Title:", "Community Asset Transfer: Kilbirnie Auld Kirk Hall"),
         ("Purpose:", "To seek approval for the transfer of the Auld Kirk Hall, Kilbirnie, to the Garnock Valley "
                      "Men's Shed."),
         ("Recommendation:", "That Cabinet approves the transfer of the Auld Kirk Hall, Kilbirnie, to the Garnock "
                             "Valley Men's Shed for £1, subject to the conditions set out at section 2.4.")],
        [("1. Executive Summary", [
            "1.1 The Garnock Valley Men's Shed submitted a request under Part 5 of the Community Empowerment "
            "(Scotland) Act 2015 to own the Auld Kirk Hall on Main Street, Kilbirnie. The hall has been closed since "
            "2020 and costs the Council about £11,000 a year to keep secure and insured.",
            "1.2 The Men's Shed has 64 members and currently meets in a rented unit in Glengarnock. It plans to "
            "use the hall as a workshop and meeting place, and to open it to other groups two evenings a week."]),
         ("2. Background", [
            "2.1 The hall was valued by the District Valuer at £40,000. Repairs to the roof and windows are "
            "estimated at £95,000.",
            "2.2 The Men's Shed has raised £22,000 and has applied to the Scottish Land Fund and the National "
            "Lottery Community Fund for the balance. The outcome of both applications is expected in the summer.",
            "2.3 A public notice of the request was published and 31 representations were received, all of them in "
            "support.",
            "2.4 The transfer will be subject to the following conditions: the hall must be used for community "
            "purposes; the Council may buy it back for £1 if it ceases to be used for those purposes within 20 "
            "years; and the transfer will not be completed until the Men's Shed has secured the funding for the "
            "roof repairs."]),
         ("3. Proposals", [
            "3.1 It is proposed that Cabinet approves the transfer for £1, as the public benefit of the proposal "
            "outweighs the loss of a capital receipt of £40,000."])]),
    header="", footer=["{n}"], number_offset=2,
)

# =========================================================================== Word reports

doc(
    name="Executive_14_June_2023_Sport_and_Leisure_Hub", form="docx-report", council="Stevenage Borough Council",
    stated="yes", committee="Executive", date="2023-06-14",
    letterhead=["STEVENAGE BOROUGH COUNCIL"],
    report=report(
        ["EXECUTIVE", "Stevenage Sport and Leisure Hub: Design and Funding"],
        [("Meeting", "Executive"), ("Portfolio Area", "Communities, Neighbourhoods and Co-operative Working"),
         ("Date", "14 June 2023"), ("Key Decision", "Yes"),
         ("Authors", "Mark Shephall, Assistant Director (Regeneration) | 2256; Leanne Bedwell, Sport and Leisure "
                     "Manager | 2731"),
         ("Lead Officer", "Zayn Symonds Green, Strategic Director"),
         ("Contact Officer", "Mark Shephall | 2256")],
        [("1 PURPOSE", [
            "1.1 To seek approval of the design of a new Sport and Leisure Hub in the town centre, to replace the "
            "Stevenage Swimming Centre and the Stevenage Arts and Leisure Centre, and of the funding strategy for "
            "it."]),
         ("2 RECOMMENDATIONS", [
            "2.1 That the design of the Sport and Leisure Hub, at the end of RIBA stage 3, be approved.",
            "2.2 That a budget of £48.6 million be approved, to be funded as set out in section 4.",
            "2.3 That the Strategic Director be authorised to submit a planning application for the Hub.",
            "2.4 That the Strategic Director, in consultation with the Portfolio Holder, be authorised to appoint "
            "a contractor for the construction of the Hub, provided the price is within the budget."]),
         ("3 BACKGROUND", [
            "3.1 The Swimming Centre opened in 1976 and the Arts and Leisure Centre in 1975. Both buildings have "
            "reached the end of their working lives. Keeping them open for a further ten years would need "
            "investment of about £19 million, and they would still be among the least energy efficient buildings "
            "the council owns.",
            "3.2 The Hub will include an eight-lane 25 metre pool, a learner pool with a moveable floor, a leisure "
            "water area, a six-court sports hall, a gym with 150 stations, three studios and a climbing wall. Heat "
            "will come from air source heat pumps and the roof will carry 900 square metres of solar panels.",
            "3.3 Public engagement in February and March 2023 received 2,214 responses. The most requested "
            "features were the learner pool, which 71 per cent of respondents rated as very important, and free "
            "parking near the Hub.",
            "3.4 Subject to planning permission, construction is planned to start in spring 2024, and the Hub is "
            "expected to open in summer 2026. The existing Swimming Centre will stay open until the Hub opens."]),
         ("4 FUNDING", [
            "4.1 The Hub will be funded by prudential borrowing of £36.4 million, £7.2 million from the Towns Fund, "
            "and £5.0 million from the sale of the Swimming Centre site for housing.",
            "4.2 The borrowing will be repaid from savings on the running costs of the old buildings, about £1.3 "
            "million a year, and from a higher management fee paid by the leisure operator."]),
         ("5 LEGAL IMPLICATIONS", [
            "5.1 The contractor will be appointed through a compliant framework."]),
         ("BACKGROUND DOCUMENTS", [
            "BD1 Sport and Leisure Hub Outline Business Case, Executive, 12 October 2022"]),
         ("APPENDICES", [
            "Appendix A - RIBA stage 3 design report",
            "Appendix B - Public engagement summary",
            "Appendix C - Financial model (exempt)"])]),
    header="Part I - Release to Press", footer=["Stevenage Borough Council - Executive - 14 June 2023"],
    docx_author="Stevenage Borough Council",
)

doc(
    name="Cabinet_18_October_2022_Paignton_and_Preston_Sea_Defences", form="docx-report", council="Torbay Council",
    stated="yes", committee="Cabinet", date="2022-10-18",
    letterhead=["Torbay Council"],
    report=report(
        ["Meeting: Cabinet  Date: 18 October 2022",
         "Wards affected: Preston, Roundham with Hyde, Goodrington with Roselands",
         "Report Title: Paignton and Preston Sea Defence Scheme",
         "When does the decision need to be implemented? Immediately after call-in",
         "Cabinet Member Contact Details: Councillor Alan Cockington, Cabinet Member for Infrastructure, "
         "Environment and Culture",
         "Director/Divisional Director Contact Details: Emma Collaton, Divisional Director of Planning, Housing "
         "and Climate Emergency"],
        [("Report No.", "C/2022/61"), ("Key decision", "Yes"), ("Exempt appendix", "No")],
        [("1. Purpose of Report", [
            "1.1 The sea walls at Paignton and Preston were built between 1890 and 1930. They are overtopped by "
            "waves in storms, and the seafront roads and about 1,130 homes and businesses behind them are at risk "
            "of flooding from the sea.",
            "1.2 This report asks Cabinet to approve the construction of new sea defences along 1.6 kilometres of "
            "the seafront from Preston Green to Paignton harbour."]),
         ("2. Reason for Proposal and its benefits", [
            "2.1 Without new defences the risk of flooding will rise as sea levels rise. The Environment Agency "
            "has modelled that a major storm in 2050 could cause damage of £33 million in the area.",
            "2.2 The scheme will raise the sea walls by up to 1.2 metres, add a rock revetment in front of the wall "
            "at Preston, and replace the flood gates at Paignton harbour. The promenade will be widened and "
            "new seating and planting added."]),
         ("3. Recommendation(s) / Proposed Decision", [
            "3.1 That the Paignton and Preston Sea Defence Scheme be approved at a total cost of £23.4 million.",
            "3.2 That the Director of Finance be authorised to borrow up to £5.1 million to meet the council's "
            "contribution to the scheme.",
            "3.3 That the Divisional Director of Planning, Housing and Climate Emergency be authorised to award "
            "the construction contract."]),
         ("Supporting Information", [
            "4.1 The scheme will be funded by £14.3 million of flood and coastal erosion risk management grant in "
            "aid from the Environment Agency, £4.0 million from the Heart of the South West Local Enterprise "
            "Partnership, and £5.1 million of prudential borrowing by the council.",
            "4.2 Work is planned in two phases: Preston from February 2023 and Paignton from October 2023. To "
            "protect the summer season, no work will take place on the seafront between late May and the end of "
            "September.",
            "4.3 During the works the Preston beach huts will be removed. A report on their replacement and on "
            "the future rents will be brought to Cabinet separately.",
            "4.4 Public exhibitions were held at Paignton library and Preston Baptist Church in June 2022. "
            "Residents supported the need for the scheme; the main concerns were the loss of sea views from "
            "ground-floor flats and the closure of the promenade during the works."]),
         ("5. Risks", [
            "5.1 Construction prices are volatile. The budget includes a contingency of £2.6 million.",
            "5.2 If the scheme does not go ahead, the Environment Agency grant would be offered to other schemes "
            "in the region and could not be recovered."]),
         ("6. Equality Impacts", [
            "6.1 Step-free access to the beach will be kept at every existing ramp, and two new ramps will be built "
            "at Preston Green. Temporary diversions during the works will be suitable for wheelchair users."]),
         ("7. Climate Change Implications", [
            "7.1 The walls have been designed to allow for the sea level rise expected by 2100. The contractor "
            "will be required to report the carbon emitted in construction, and to use low-carbon concrete where "
            "it is available."]),
         ("8. Background Documents", [
            "Torbay Shoreline Management Plan 2 (2011)",
            "Paignton and Preston Sea Defence Scheme Outline Business Case (Environment Agency, 2021)"])]),
    header="", footer=["Torbay Council - Cabinet 18 October 2022"], docx_author="Torbay Council",
)

# =========================================================================== Word minutes

doc(
    name="OSC_Minutes_16_September_2019_TWBC", form="docx-minutes", council="Tunbridge Wells Borough Council",
    stated="yes", committee="Overview and Scrutiny Committee", date="2019-09-16",
    title_lines=["OVERVIEW AND SCRUTINY COMMITTEE",
                 "Minutes of the meeting held at the Council Chamber, Royal Tunbridge Wells, on Monday, 16 September "
                 "2019",
                 "Present: Councillor Nick Rusthall (Chairman), Councillors Claire Pembury (Vice-Chairman), Ben "
                 "Brenchley, Sara Hawkhurst, Mike Goudhurst, Anne Lamberhurst, Joe Cranbrook and Liz Paddock Wood",
                 "Officers in Attendance: Paul Speldhurst (Parking Manager), Gemma Langton (Head of Environment and "
                 "Street Scene), Mark Southborough (Democratic Services Officer)",
                 "Other Members in Attendance: Councillor Tom Sissinghurst (Portfolio Holder for Sustainability)"],
    items=[
        item("OSC30/19", "APOLOGIES FOR ABSENCE", ["Apologies were received from Councillor Frittenden."]),
        item("OSC31/19", "DECLARATIONS OF INTERESTS", ["There were no declarations of interest."]),
        item("OSC32/19", "MINUTES OF THE MEETING DATED 29 JULY 2019", [
            "RESOLVED - That the minutes of the meeting dated 29 July 2019 be approved as a correct record."]),
        item("OSC33/19", "PARKING CHARGES REVIEW", [
            "The Parking Manager introduced the report, which proposed changes to the charges in the council's "
            "car parks from 1 January 2020. The main changes were:",
            "- an increase of 20p an hour at the Great Hall, Crescent Road and Torrington car parks;",
            "- the introduction of charges of £1 an hour on Sundays at Crescent Road and Torrington, where parking "
            "had been free;",
            "- a reduction in the price of a season ticket at Meadow Road car park from £1,100 to £950 a year, to "
            "fill spaces that were empty on weekdays.",
            "The Parking Manager said that the car parks had made a surplus of £2.9 million in 2018/19, which by "
            "law had to be spent on transport and parking.",
            "Councillor Brenchley asked whether the Sunday charges would affect churches. The Parking Manager said "
            "that the charges would start at 1pm on Sundays, after morning services.",
            "Councillor Hawkhurst asked how the increases compared with neighbouring towns. The Parking Manager "
            "replied that charges in Sevenoaks and Maidstone were similar, but that shoppers could park free at "
            "out-of-town retail parks.",
            "Councillor Cranbrook proposed, and Councillor Lamberhurst seconded, that the Committee recommend to "
            "Cabinet that the Sunday charges should not be introduced. On being put to the vote the proposal was "
            "lost, with 3 votes for and 5 against.",
            "RESOLVED - That the Committee supports the proposed parking charges and that its comments be passed to "
            "Cabinet."]),
        item("OSC34/19", "GRASS CUTTING AND GROUNDS MAINTENANCE CONTRACT", [
            "The Head of Environment and Street Scene reported that the council's grounds maintenance contract "
            "would end in March 2020. Residents had complained about the state of verges in the summer, when the "
            "contractor had cut most areas only four times, against the eight cuts set out in the specification.",
            "The Committee was told that the contractor had been issued with 42 default notices in 2019 and that "
            "£36,000 had been deducted from its payments.",
            "Members asked what would be done differently in the new contract. The Head of Environment and Street "
            "Scene said that the new contract would be measured on the height of the grass rather than the number "
            "of cuts, and that 20 areas would be left as wildflower meadows.",
            "RESOLVED - That the report be noted and that the draft specification for the new contract be brought "
            "to the Committee in November 2019."]),
        item("OSC35/19", "WORK PROGRAMME", ["RESOLVED - That the work programme be noted."]),
    ],
    closing=["NOTE: The meeting concluded at 8.45 pm."],
    header="Tunbridge Wells Borough Council", footer=["Overview and Scrutiny Committee 16 September 2019"],
    docx_author="Democratic Services",
)

doc(
    name="Cabinet_Minute_25_February_2020_Midlothian", form="docx-minutes", council="Midlothian Council",
    stated="yes", committee="Cabinet", date="2020-02-25",
    title_lines=["Minute of Meeting", "Cabinet", "Tuesday 25 February 2020",
                 "Council Chambers, Midlothian House, Buccleuch Street, Dalkeith, EH22 1DN"],
    attendance=[("Present:", "Councillor Derek Dalkeith (Convener), Councillor Jim Bonnyrigg (Depute Convener), "
                             "Councillor Ann Penicuik, Councillor Kelly Loanhead, Councillor Russell Gorebridge."),
                ("Religious Representatives (for Education business):", "Mrs Fiona Newbattle, Mr Andrew Eskbank."),
                ("In attendance:", "Grace Mayfield, Chief Executive; Colin Lasswade, Director of Education, Health and "
                                   "Social Care; Janet Roslin, Head of Education; Mike Newtongrange, Democratic "
                                   "Services Officer.")],
    items=[
        item("1", "Apologies", ["No apologies had been intimated."]),
        item("2", "Order of Business", ["The order of business was as set out in the agenda."]),
        item("3", "Declarations of Interest", ["No declarations of interest were intimated."]),
        item("4", "Minutes of Previous Meetings", [
            "The Minute of the meeting of the Cabinet held on 14 January 2020 was submitted and approved as a "
            "correct record."]),
        item("5.1", "Shawfair and Danderhall Primary School Provision - Report by Director of Education, Health and "
                    "Social Care", [
            "Outline of report and summary of discussion",
            "The report explained that the new town at Shawfair would have about 4,000 homes, and that pupil "
            "numbers at Danderhall Primary School were expected to exceed its capacity of 434 from August 2022.",
            "It was proposed to build a new primary school at Shawfair with 462 places and a nursery for 128 "
            "children, at a cost of £24.7 million, and to open it in August 2022. Developers' contributions would "
            "meet £11.2 million of the cost, and the Scottish Government's Learning Estate Investment Programme "
            "would contribute towards the revenue costs.",
            "Councillor Loanhead asked whether the school would be built to a low-energy standard. The Head of "
            "Education replied that it would be built to the Passivhaus standard, and would be the first "
            "Passivhaus school in Midlothian.",
            "Councillor Penicuik asked about a catchment review. The Head of Education said that a statutory "
            "consultation on the catchment areas of the two schools would begin in the spring.",
            "Decision",
            "The Cabinet agreed to:",
            "(a) approve the construction of a new primary school at Shawfair, at a cost of £24.7 million;",
            "(b) note that a statutory consultation on the catchment areas of Danderhall Primary School and the new "
            "school would be carried out; and",
            "(c) refer the report to Council for the capital budget to be approved.",
            "Action",
            "Director of Education, Health and Social Care"]),
        item("5.2", "Early Learning and Childcare Expansion: Progress Report - Report by Director of Education, "
                    "Health and Social Care", [
            "Outline of report and summary of discussion",
            "The report advised that 1,984 children were already receiving 1,140 hours of funded early learning "
            "and childcare a year, ahead of the statutory start in August 2020. Eleven of the 14 new or extended "
            "nurseries in the programme had been completed; the remaining three, at Bonnyrigg, Mayfield and "
            "Gorebridge, would be ready by June 2020.",
            "The Cabinet was told that 126 early years practitioners had been recruited since 2018, and that a "
            "further 38 would be needed.",
            "Decision",
            "The Cabinet noted the progress report.",
            "Action",
            "Head of Education"]),
        item("5.3", "School Meals: Price Increase - Report by Director of Education, Health and Social Care", [
            "Outline of report and summary of discussion",
            "The report proposed that the price of a school meal for pupils in P6 to S6 who were not entitled to "
            "free meals should increase from £2.10 to £2.20 from August 2020.",
            "Councillor Gorebridge moved that the price be held at £2.10. There being no seconder, the motion fell.",
            "Decision",
            "The Cabinet agreed to increase the price of a school meal to £2.20 from August 2020.",
            "Action",
            "Head of Education"]),
    ],
    closing=["The meeting terminated at 12.35 pm."],
    header="", footer=["Midlothian Council - Cabinet - Tuesday 25 February 2020"], docx_author="Democratic Services",
)

# =========================================================================== plain text

doc(
    name="Pennines_Township_Committee_3_October_2018", form="txt", council="Rochdale Borough Council",
    stated="yes", committee="Pennines Township Committee", date="2018-10-03",
    title_lines=["ROCHDALE BOROUGH COUNCIL", "",
                 "PENNINES TOWNSHIP COMMITTEE", "",
                 "MINUTES OF MEETING", "Wednesday, 3 October 2018",
                 "Littleborough Coach House, Lodge Street, Littleborough, OL15 9AE", ""],
    attendance=[("PRESENT:", "Councillor Janet Wardle (in the Chair); Councillors Milnrow, Newhey, Smithy Bridge, "
                             "Calderbrook, Ogden and Healey."),
                ("OFFICERS:", "M. Shore (Township Delivery Officer), P. Syke (Highways), A. Norden (Democratic "
                              "Services)."),
                ("ALSO IN ATTENDANCE:", "12 members of the public."),
                ("APOLOGIES:", "Councillor Bamford.")],
    items=[
        item("21", "Declarations of Interest", [
            "Councillor Newhey declared a personal interest in minute 24 as a trustee of Milnrow Cricket Club and "
            "did not vote on that application."]),
        item("22", "Minutes", [
            "RESOLVED: That the minutes of the meeting held on 5 September 2018 be approved as a correct record."]),
        item("23", "Open Forum", [
            "A resident of Smithy Bridge Road presented a petition with 286 signatures asking for measures to slow "
            "traffic on Smithy Bridge Road near Hollingworth Lake. She said drivers regularly used the road as a "
            "short cut at more than 40 mph.",
            "The Highways officer said that a speed survey carried out in June had recorded an average speed of "
            "34 mph in the 30 mph limit, and that the road would be assessed against the council's criteria for "
            "traffic calming.",
            "A resident of Wardle asked when the potholes on Ramsden Road would be repaired. The Highways officer "
            "said that the road was on the list for resurfacing but that he could not give a date until the "
            "programme for next year was agreed."]),
        item("24", "Township Funds: Applications for Grants", [
            "The Committee considered applications to the Pennines Township Fund. The fund had £63,400 left for "
            "2018/19.",
            "RESOLVED: That the following grants be approved:",
            "- Littleborough Christmas Lights Committee - £3,500 towards new lights on Hare Hill Road;",
            "- Milnrow Cricket Club - £5,000 towards new practice nets;",
            "- Friends of Hollingworth Lake - £2,250 towards a bird hide;",
            "- Newhey Community Pantry - £1,800 towards a refrigerated display unit.",
            "An application from Wardle Brass Band for £6,000 towards new uniforms was deferred so that the band "
            "could provide quotations from suppliers."]),
        item("25", "Smithy Bridge Road: Request for Traffic Calming", [
            "Following the petition received under minute 23, it was moved by Councillor Smithy Bridge and "
            "seconded by Councillor Calderbrook that officers be asked to design a scheme of speed cushions and a "
            "zebra crossing near the lake entrance, to be paid for from the township's highways budget.",
            "On being put to the vote, 5 members voted for the motion and 2 against.",
            "RESOLVED: That officers design a traffic calming scheme for Smithy Bridge Road and report the cost to "
            "the next meeting."]),
        item("26", "Littleborough Square: Market Stalls", [
            "The Township Delivery Officer reported that the monthly artisan market in Littleborough Square had "
            "attracted an average of 24 traders since it started in May 2018.",
            "RESOLVED: That the market continue on the first Saturday of each month until the end of March 2019."]),
    ],
    closing=["", "The meeting closed at 8.10 pm.", "", "CHAIR"],
)
