"""The documents of bench/heldout41: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout41.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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


# ============================================================================ 1 Newham (mg-meeting)
doc(
    name="ieListDocuments_CId163_MId8120_Newham_Cabinet",
    form="mg-meeting", council="London Borough of Newham", stated="yes", committee="Cabinet", date="2024-02-06",
    site=site("London Borough of Newham", "https://mgov.newham.gov.uk", "Newham Dockside, 1000 Dockside Road, London E16 2QU",
              "© London Borough of Newham 2024",
              menu=["Home", "Your councillors", "Meetings", "Decisions", "Petitions"]),
    heading="Agenda and minutes: Cabinet - Tuesday, 6th February, 2024 10.00 am",
    venue="Committee Rooms 1 and 2, Newham Town Hall, Barking Road, East Ham, E6 2RP",
    contact="Ifeoma Akinwale, Democratic Services Officer",
    outcome_label="Minutes:",
    items=[
        item("1.", "Apologies for absence", [
            "Apologies were received from Councillor Dariusz Wenc (Cabinet Member for Finance). Councillor Shabnam Lakhani attended in his place for item 5."]),
        item("2.", "Declarations of interest", [
            "Councillor Tanvir Bhogal declared a non-pecuniary interest in item 4 as a trustee of a friends group for Plashet Park. He remained in the meeting and took part in the discussion."]),
        item("3.", "Damp and mould in council homes: action plan and repairs contract", [
            "The Cabinet Member for Housing Needs, Councillor Rosalind Fenner-Obi, introduced the report. She reminded Cabinet that the council had committed in its housing improvement plan to find every council home with serious damp, rather than waiting for tenants to report it.",
            "The Director of Housing Property Services, Mr Callum Oduya, summarised the stock condition findings. Surveyors had inspected 1,850 homes between June and November 2023, concentrating on the Carpenters Estate, the Brooks Estate and the street properties in Manor Park. Of the homes inspected, 412 had damp or mould serious enough to be a category 1 hazard, and a further 690 had lesser damp that needed treatment within six months. The most common causes were failed extractor fans, blocked gutters and cold external walls in the 1960s blocks.",
            "The report recommended the award of a two year damp and mould remediation contract to Kestrel Property Care Ltd, at a value of £4.2 million, following a tender in which seven firms had bid. Kestrel Property Care Ltd had scored highest on both quality and price. The contract would run from 1 April 2024 with an option to extend for a further year.",
            "Councillor Okonedo asked whether tenants who had lived with mould for many months would receive compensation. The Cabinet Member replied that tenants with a category 1 hazard would be offered a payment of £250 towards damaged belongings and redecoration, and that larger claims would continue to go through the complaints process.",
            "Councillor Bhogal asked how quickly the contractor would have to respond. Mr Oduya said the contract required a visit within 48 hours where a child under five or a person with a lung condition lived in the home, and within ten working days in other cases.",
            "RESOLVED: (1) to note the findings of the stock condition survey; (2) to award the damp and mould remediation contract to Kestrel Property Care Ltd for two years from 1 April 2024 at a value of £4.2 million; (3) to approve the tenant payment of £250 described in paragraph 6.4 of the report.",
        ], links=[("Damp and mould action plan report", "611 KB"), ("Appendix A - stock condition summary", "244 KB")]),
        item("4.", "Plashet Park: outdoor gym and path lighting", [
            "The Cabinet Member for Environment and Sustainable Transport presented proposals to install an outdoor gym next to the bandstand in Plashet Park and to replace the lighting along the main path between Plashet Grove and Shrewsbury Road.",
            "The total cost was £265,000. Officers explained that £180,000 would come from planning contributions paid by housing developments around Green Street, and the remaining £85,000 from the council's parks capital budget. No money would be taken from revenue budgets.",
            "Members welcomed the proposals. Councillor Patel asked whether the lights would be switched off at night. Officers said the park closed at dusk and the new lamps would dim to 30 per cent after closing, staying on only at the two gates.",
            "RESOLVED: to approve the outdoor gym and path lighting scheme for Plashet Park at a cost of £265,000.",
        ], links=[("Plashet Park report", "390 KB")]),
        item("5.", "Council Tax Reduction Scheme 2024/25", [
            "Councillor Lakhani introduced the report on behalf of the Cabinet Member for Finance. The scheme for 2024/25 would keep the minimum contribution for working age households at 10 per cent of their council tax bill, the same level as in 2023/24.",
            "Councillor Okonedo asked what the minimum contribution would be in the following year. Councillor Lakhani answered that no decision had been taken on the scheme for 2025/26; any change would depend on the local government finance settlement and would go out to public consultation in the summer before Cabinet made a recommendation.",
            "RESOLVED: to recommend to Full Council that the Council Tax Reduction Scheme for 2024/25 be adopted without change.",
        ], links=[("CTRS 2024-25 report", "302 KB")]),
    ],
)

# ============================================================================ 2 Kirklees (mg-meeting, planning)
doc(
    name="ieListDocuments_CId168_MId7044_Kirklees_HeavyWoollenPlanning",
    form="mg-meeting", council="Kirklees Council", stated="yes", committee="Heavy Woollen Planning Sub-Committee",
    date="2023-11-16",
    site=site("Kirklees Council", "https://democracy.kirklees.gov.uk", "Kirklees Council, Civic Centre, Market Street, Huddersfield HD1 2EY",
              "© Kirklees Council",
              breadcrumb=["Home", "Committee structure", "Heavy Woollen Planning Sub-Committee", "Meetings"]),
    heading="Agenda and minutes: Heavy Woollen Planning Sub-Committee - Thursday, 16th November, 2023 1.00 pm",
    venue="Council Chamber - Town Hall, Dewsbury",
    contact="Owen Threlfall, Governance Officer",
    note="The site visits for applications 2023/91877 and 2023/92210 took place at 10.00 am on the morning of the meeting.",
    outcome_label="Minutes:",
    items=[
        item("41", "Minutes of the previous meeting", [
            "RESOLVED: That the minutes of the meeting held on 12 October 2023 be approved as a correct record."]),
        item("42", "Declaration of interests and lobbying", [
            "Councillors Haigh and Sugden declared that they had been lobbied on application 2023/91877. Councillor Mirza declared an other interest in application 2023/92210 as she lives on Market Place, Heckmondwike."]),
        item("43", "Public question time", [
            "No questions were received."]),
        item("44", "Planning Application - Application No: 2023/91877", [
            "The Sub-Committee gave consideration to an application for the erection of 38 dwellings with associated access, public open space and landscaping on land off Huddersfield Road, Mirfield.",
            "Under the provisions of Council Procedure Rule 36(3), the Sub-Committee received representations from Mrs Janet Crowther and Mr Paul Denby, who objected, and from the applicant's agent, Ms Rachel Ingham.",
            "Mrs Crowther said that Huddersfield Road already queued back to the Three Nuns junction at school times and that the new access would make it worse. Mr Denby raised surface water running off the field into the gardens on Sunny Bank Road after heavy rain.",
            "In response to a question from Councillor Sugden, the Highways Development Management officer said the access had been modelled at the morning peak and would add about one vehicle every two minutes; a right turn lane was not needed, but the applicant would pay £45,000 towards new signals at the Three Nuns junction. The drainage officer said the scheme would hold surface water in an attenuation basin in the north west corner and release it at no more than the field's current rate.",
            "The officer's report recommended that eight of the 38 homes be affordable, split between affordable rent and first homes, secured through a Section 106 agreement. A planning condition would require a landscaping scheme including the planting of 60 trees along the Huddersfield Road frontage and the western boundary.",
            "A motion to approve the application in line with the officer recommendation was moved by Councillor Brearley and seconded by Councillor Firth.",
            "RESOLVED: That the application be approved, subject to the conditions in the officer's report and the completion of a Section 106 agreement.",
            "A recorded vote was taken in accordance with Council Procedure Rule 42(5) as follows: For: Councillors Mirza, Firth, Sugden, Varley, Brearley and Iqbal (6 votes). Against: Councillors Haigh and Shackleton (2 votes). Abstained: none.",
        ], links=[("Report 2023/91877", "1 MB")]),
        item("45", "Planning Application - Application No: 2023/92210", [
            "The Sub-Committee gave consideration to an application for the change of use of the former bank at 9 Market Place, Heckmondwike, to a hot food takeaway with a flue to the rear.",
            "Councillor Mirza left the meeting for this item.",
            "Officers recommended approval. Members were concerned that there were already five hot food takeaways within 200 metres of the site and that the flue would overlook the flats above the neighbouring shop.",
            "A motion to refuse the application, contrary to the officer recommendation, was moved by Councillor Haigh and seconded by Councillor Shackleton, on the grounds that a further takeaway would harm the mix of uses in Heckmondwike town centre and that the flue would harm the living conditions of neighbouring residents.",
            "RESOLVED: That the application be refused, and that the Head of Planning and Development be authorised to draft the reasons for refusal.",
            "A recorded vote was taken as follows: For refusal: Councillors Shackleton, Haigh, Sugden, Varley and Iqbal (5 votes). Against: Councillors Firth and Brearley (2 votes).",
        ], links=[("Report 2023/92210", "488 KB")]),
    ],
)

# ============================================================================ 3 Coventry (mg-meeting)
doc(
    name="ieListDocuments_CId129_MId14230_Coventry_Cabinet",
    form="mg-meeting", council="Coventry City Council", stated="yes", committee="Cabinet", date="2024-07-23",
    site=site("Coventry City Council", "https://edemocracy.coventry.gov.uk", "Coventry City Council, Council House, Earl Street, Coventry CV1 5RR",
              "© Coventry City Council 2024"),
    heading="Agenda and decisions: Cabinet - Tuesday, 23rd July, 2024 2.00 pm",
    venue="Diamond Rooms 1 and 2 - Council House",
    contact="Shamila Dhesi, Governance Services Officer",
    outcome_label="Minutes:",
    items=[
        item("15.", "Declarations of Interest", ["There were no declarations of interest."]),
        item("16.", "Minutes", ["The minutes of the meeting held on 18 June 2024 were agreed and signed as a true record."]),
        item("17.", "Libraries: Extended Opening with Open Access Technology", [
            "The Cabinet considered a report of the Director of Streetscene and Regulatory Services on introducing open access technology at Tile Hill, Earlsdon and Canley libraries. The technology lets registered adult members enter with their library card and a PIN outside staffed hours, with CCTV at the door and an intercom to the Central Library.",
            "The report set out visits in 2023/24: Tile Hill library had 41,200 visits and Earlsdon library 67,900. Both had been chosen because their buildings had a single public entrance that could be controlled.",
            "Installation at the three libraries would cost £310,000, to be met from the council's capital programme. The preferred supplier, identified through a national framework, was Lendmark Access Systems Ltd, who would also maintain the equipment for five years.",
            "With the technology in place, Earlsdon library would open for 62 hours a week instead of 38, including Sunday afternoons, and Tile Hill for 56 hours instead of 34. Staffed hours would not be reduced at either library.",
            "Councillor Halloran asked whether children would be able to use the libraries during unstaffed hours. The Cabinet Member for Communities replied that under 16s could come in during unstaffed hours only with a registered adult, and that the children's areas would remain open.",
            "RESOLVED that Cabinet: (1) approves the introduction of open access technology at Tile Hill, Earlsdon and Canley libraries; (2) approves capital expenditure of £310,000; (3) delegates authority to the Director of Streetscene and Regulatory Services to award the contract to Lendmark Access Systems Ltd.",
        ], links=[("Libraries open access report", "702 KB"), ("Appendix 1 Equality Impact Assessment", "288 KB")]),
        item("18.", "Coventry Market: Roof Repairs", [
            "The Cabinet considered a report on urgent repairs to the roof of Coventry Market. A structural inspection carried out in March 2024 had found corrosion on about 40 per cent of the steel purlins and water getting in around the central rooflight, although the roof was not at risk of collapse.",
            "The works would cost £1.6 million and would be carried out by Hartwell Roofing Contractors between January and May 2025. The market would stay open throughout, with traders under the worst affected section moved temporarily to empty units on the outer ring.",
            "Councillor Brindley asked whether traders would be charged rent while they were moved. The Cabinet Member for Jobs, Regeneration and Climate Change said that traders moved for the works would pay no rent for the weeks they were displaced.",
            "RESOLVED that Cabinet approves the roof repairs to Coventry Market at a cost of £1.6 million, funded from the corporate property maintenance reserve.",
        ], links=[("Coventry Market roof report", "455 KB")]),
        item("19.", "UK Shared Prosperity Fund: Year 3 Allocations", [
            "The Cabinet noted the allocation of the final year of the city's UK Shared Prosperity Fund, £5.8 million, across business support, skills and community projects, and approved the list of projects in Appendix 2 to the report.",
            "RESOLVED that Cabinet approves the Year 3 project list.",
        ]),
    ],
)

# ============================================================================ 4 Torfaen (mg-meeting)
doc(
    name="ieListDocuments_CId140_MId3612_Torfaen_Cabinet",
    form="mg-meeting", council="Torfaen County Borough Council", stated="yes", committee="Cabinet", date="2023-10-10",
    site=site("Torfaen County Borough Council", "https://moderngov.torfaen.gov.uk", "Civic Centre, Pontypool, Torfaen NP4 6YB",
              "© Torfaen County Borough Council",
              menu=["Home", "Councillors", "Committees", "Decisions", "Cymraeg"]),
    heading="Agenda and minutes: Cabinet - Tuesday, 10th October, 2023 2.00 pm",
    venue="Council Chamber, Civic Centre, Pontypool",
    contact="Gwenllian Price, Democratic Services",
    outcome_label="Minutes:",
    items=[
        item("1.", "Apologies", ["Apologies were received from Councillor Fiona Prosser."]),
        item("2.", "Declarations of Personal and Prejudicial Interest", ["None."]),
        item("3.", "Play Area Investment Programme 2023 to 2025", [
            "The Executive Member for Environment presented the report, which set out a two year programme to refurbish 14 of the borough's equipped play areas, starting with Pontypool Park, the play area beside Cwmbran Boating Lake, and Blaenavon's Forge Side.",
            "The programme would cost £1.1 million. Of this, £640,000 would come from the Welsh Government's play sufficiency grant and £460,000 from the council's capital programme.",
            "Following a mini competition on the regional framework, Valleyside Play Solutions Ltd had been selected to design and install the equipment. Children at six local primary schools had voted on the designs for the first three sites.",
            "In answer to a question from Councillor Hopkins, the Executive Member confirmed that every refurbished play area would include at least one piece of inclusive equipment, such as a wheelchair accessible roundabout or a basket swing, and that surfaces would be level from the gate.",
            "Councillor Watkins asked about the other play areas that were not in the programme. Officers explained that the remaining sites had been inspected in the summer and were safe, and would be considered for the next programme.",
            "RESOLVED that the Play Area Investment Programme 2023 to 2025 be approved and that Valleyside Play Solutions Ltd be appointed for the first three sites.",
        ], links=[("Play Area Investment Programme report", "566 KB")]),
        item("4.", "Blaenavon World Heritage Centre: Future Operation", [
            "Cabinet considered options for the future running of the Blaenavon World Heritage Centre, in the former St Peter's School. Visitor numbers had fallen to 31,000 in 2022/23 and the centre cost the council £212,000 a year to run.",
            "The Head of Economy and Regeneration said that the building had a leaking roof over the former schoolroom and problems with the heating, and that Cabinet could not make a sound decision on a lease until the costs of repair were known. A full condition survey of the building would therefore be commissioned in November, with the results reported to Cabinet early in the new year alongside the options.",
            "Councillor Llewellyn asked whether the centre would stay open over the winter. The Executive Member said it would, with the usual winter hours of Tuesday to Sunday.",
            "RESOLVED that a condition survey of the Blaenavon World Heritage Centre be commissioned and that a further report on the options for its future operation be brought to Cabinet once the survey is complete.",
        ]),
        item("5.", "Pontypool Indoor Market: Rent Relief", [
            "Cabinet agreed to extend the 25 per cent rent relief for traders at Pontypool Indoor Market until 31 March 2024, at a cost of £18,500, to support the market while footfall recovered.",
            "RESOLVED accordingly.",
        ]),
    ],
)

# ============================================================================ 5 Ealing (mg-meeting)
doc(
    name="ieListDocuments_CId135_MId6588_Ealing_Cabinet",
    form="mg-meeting", council="London Borough of Ealing", stated="yes", committee="Cabinet", date="2024-03-13",
    site=site("London Borough of Ealing", "https://ealing.moderngov.co.uk", "Perceval House, 14-16 Uxbridge Road, London W5 2HL",
              "© London Borough of Ealing"),
    heading="Agenda and minutes: Cabinet - Wednesday, 13th March, 2024 7.00 pm",
    venue="Council Chamber, Ealing Town Hall, New Broadway, Ealing W5 2BY",
    contact="Harjit Sandhu, Committee Services",
    outcome_label="Minutes:",
    items=[
        item("1", "Apologies for Absence and Declarations of Interest", [
            "There were no apologies. Councillor Malhotra declared that she is a member of the Friends of Lammas Park."]),
        item("2", "Matters to be Considered in Private", ["None."]),
        item("3", "Minutes of the Previous Meeting", ["The minutes of the meeting held on 14 February 2024 were agreed as a true and correct record."]),
        item("4", "Urban Forest Programme 2024/25", [
            "The Cabinet Member for Climate Action presented the report. The council's aim was to raise tree canopy cover in the borough from 18 to 25 per cent by 2035.",
            "In the 2024/25 planting season the council would plant 2,400 street trees, most of them in Southall and Acton, where canopy cover was lowest. The species list had been widened to include hornbeam, field maple and sweet gum, which cope better with hot summers.",
            "The planting would cost £1.3 million, met from the council's carbon offset fund, paid by developers whose buildings could not meet the zero carbon standard on site.",
            "Several residents had written to ask who would look after the new trees. The Cabinet Member replied that the planting contractor was required to water each new tree every fortnight from April to September for its first three years and to replace any that died in that time at its own cost.",
            "RESOLVED: That Cabinet (i) approves the Urban Forest Programme 2024/25 and (ii) agrees the use of £1.3 million from the carbon offset fund.",
        ], links=[("Urban Forest Programme report", "820 KB")]),
        item("5", "Playground Improvements: Lammas Park and Southall Park", [
            "The Cabinet Member for Healthy Lives presented proposals to rebuild the playgrounds in Lammas Park and Southall Park, both of which had equipment more than 20 years old.",
            "The Lammas Park playground would cost £380,000 and the work would be done by Greenfold Leisure Ltd, appointed in January. It would close in May and reopen before the summer holidays.",
            "The Southall Park playground would cost £420,000. Its design was still being finalised with local families, and a contractor had not yet been appointed.",
            "Councillor Bassi asked when children in Southall would have their playground back. The Director of Parks said he could not give a reopening date for Southall Park until a contractor had been appointed and a programme agreed, which he expected in the summer.",
            "RESOLVED: That Cabinet approves capital spending of £800,000 on the two playgrounds and delegates the award of the Southall Park contract to the Strategic Director of Housing and Environment.",
        ], links=[("Playgrounds report", "512 KB")]),
        item("6", "West Ealing Controlled Parking Zone Review", [
            "Cabinet noted the results of the review of the West Ealing controlled parking zone. Of 1,140 households who replied, 61 per cent wanted the zone's hours kept at 8.30 am to 6.30 pm. Cabinet agreed not to change the hours.",
        ]),
    ],
)

# ============================================================================ 6 Mid Suffolk (mg-meeting)
doc(
    name="ieListDocuments_CId138_MId3305_MidSuffolk_Cabinet",
    form="mg-meeting", council="Mid Suffolk District Council", stated="yes", committee="Cabinet", date="2023-09-11",
    site=site("Mid Suffolk District Council", "https://baberghmidsuffolk.moderngov.co.uk", "Endeavour House, 8 Russell Road, Ipswich IP1 2BX",
              "© Babergh and Mid Suffolk District Councils",
              logo_alt="Babergh and Mid Suffolk District Councils logo"),
    heading="Agenda and minutes: Mid Suffolk Cabinet - Monday, 11th September, 2023 6.30 pm",
    venue="King Edmund Chamber - Endeavour House, 8 Russell Road, Ipswich",
    contact="Committee Services",
    outcome_label="Minutes:",
    items=[
        item("MCa/23/44", "Declaration of Interests by Councillors", ["None declared."]),
        item("MCa/23/45", "Confirmation of the Minutes of the Meeting Held on 7 August 2023", [
            "It was RESOLVED that the minutes of the meeting held on 7 August 2023 be confirmed and signed as a true record."]),
        item("MCa/23/46", "Weekly Food Waste Collections", [
            "The Cabinet Member for Environment introduced the report, which set out how the council would introduce separate weekly food waste collections from every household in the district by April 2026, as required by the Environment Act 2021.",
            "Each household would receive a small kitchen caddy and a lockable kerbside caddy. Collections would use 11 new narrow vehicles, so that lanes in villages such as Mendlesham and Bacton could be reached, and would be carried out by the council's existing waste contractor under a variation to its contract.",
            "The Corporate Manager for Waste said the start up costs, estimated at £1.9 million for vehicles and caddies, would be met by the Government's new burdens funding, and that the council had received confirmation of £1.62 million so far. The running costs would be reviewed once the Government's funding for them was announced.",
            "Councillor Ashwell asked where the food waste would go. Officers explained that it would be taken to an anaerobic digestion plant under the county council's disposal contract, and that residents in Stowmarket, Eye and Needham Market would be the first to receive caddies in a trial from October 2025.",
            "Councillor Crisp asked what would happen to flats without space for a kerbside caddy. Officers said communal food waste bins would be provided at blocks of flats.",
            "It was RESOLVED: (1) that the council introduces weekly food waste collections from April 2026; (2) that the Director for Operations be authorised to agree the contract variation and to buy 11 vehicles.",
        ], links=[("Food waste report", "476 KB")]),
        item("MCa/23/47", "Needham Lake Car Park Charges", [
            "Cabinet considered a proposal to introduce pay and display charges at the Needham Lake car park of £1.50 for up to three hours, with the money going towards the upkeep of the lake and nature reserve.",
            "Councillor Gosling proposed an amendment that the first hour be free, to support visitors to Needham Market's shops. This was seconded by Councillor Everitt and, on being put to the vote, was carried by 6 votes to 3.",
            "It was RESOLVED that charges be introduced at Needham Lake car park from 1 January 2024, with the first hour free and £1.50 for up to three hours.",
        ]),
        item("MCa/23/48", "Regal Theatre, Stowmarket: Seating Replacement", [
            "Cabinet approved £96,000 to replace the seating in the auditorium of the Regal Theatre in Stowmarket. The theatre would close for two weeks in February for the work. The new seats would reduce the capacity from 234 to 226, to make room for four wheelchair spaces.",
        ]),
    ],
)

# ============================================================================ 7 Leicestershire (mg-item)
doc(
    name="mgAi_ID71532_Leicestershire_ScrutinyCommission",
    form="mg-item", council="Leicestershire County Council", stated="yes", committee="Scrutiny Commission",
    date="2024-01-29",
    site=site("Leicestershire County Council", "https://politics.leics.gov.uk", "County Hall, Glenfield, Leicester LE3 8RA",
              "© Leicestershire County Council",
              breadcrumb=["Home", "Committees", "Scrutiny Commission", "Agenda item"]),
    meeting_line="29/01/2024 - Scrutiny Commission (Item 52)",
    items=[item("52.", "Community Managed Libraries: Review of the Support Offer", [
        "The Commission considered a report of the Director of Adults and Communities which set out the findings of a review of the support the County Council gives to the 36 community managed libraries in Leicestershire, such as those at Anstey, Desford, Kibworth and Quorn. A copy of the report, marked 'Agenda Item 9', is filed with these minutes.",
        "The review had been carried out between June and October 2023 by the council's own library service, with a survey of the volunteer groups. It found that most groups were financially stable, but that 11 of the 36 had fewer than 15 regular volunteers and were at risk of having to cut their opening hours. It also found that the groups valued the book stock and the library management system more than the small grants.",
        "In 2023/24 the County Council paid £198,000 in grants to the community managed libraries, mostly towards utilities and insurance. The report proposed keeping grants at the same level in 2024/25 and adding a volunteer recruitment campaign run by the county's library service.",
        "Arising from discussion and questions the following points were made:",
        "- A member asked whether any of the community libraries would have to close. The Cabinet Lead Member for Communities, Mr P. Garratt CC, said that no community managed library had closed since the scheme began and that the council would step in with extra support where a group was struggling, rather than let a library close.",
        "- A member asked about the book stock. The Head of Communities and Wellbeing said each community library received an annual refresh of about 1,500 new titles and could request any book in the county's stock.",
        "- Members noted that the library at Kibworth had increased its opening to six days a week after taking on 20 new volunteers from a campaign by its parish council.",
        "RESOLVED: (a) That the findings of the review of support for community managed libraries be noted; (b) That the comments now made be forwarded to the Cabinet for consideration at its meeting on 9 February 2024.",
    ], intro="The Commission considered a report of the Director of Adults and Communities.",
        links=[("Community managed libraries review report", "389 KB"), ("Appendix - survey of volunteer groups", "210 KB")])],
)

# ============================================================================ 8 Salford (mg-item)
doc(
    name="mgAi_ID48209_Salford_ScrutinyHousing",
    form="mg-item", council="Salford City Council", stated="yes", committee="Growth and Regeneration Scrutiny Panel",
    date="2023-11-20",
    site=site("Salford City Council", "https://sccdemocracy.salford.gov.uk", "Salford Civic Centre, Chorley Road, Swinton, Salford M27 5AW",
              "© Salford City Council",
              breadcrumb=["Home", "Committees", "Growth and Regeneration Scrutiny Panel", "Agenda item"]),
    meeting_line="20/11/2023 - Growth and Regeneration Scrutiny Panel (Item 5)",
    items=[item("5.", "Damp and Mould in Private Rented Homes: Enforcement Update", [
        "The Strategic Housing Manager, Ms Deborah Kinsella, gave a presentation on the council's work on damp and mould in privately rented homes in Salford, following the Panel's request in June.",
        "Between April and October 2023 the private sector housing team had received 1,120 complaints about damp and mould, compared with 640 in the same months of 2022. Officers had inspected 730 homes and served 96 improvement notices on landlords. Most of the serious cases were in older terraced houses in Eccles, Pendleton and Weaste.",
        "The council had also issued 14 civil penalties, totalling £61,500, to landlords who failed to carry out the work required by an improvement notice. The largest single penalty was £9,000.",
        "Ms Kinsella said the team did not yet know how many privately rented homes in the city had serious damp, because complaints only showed the homes where tenants felt able to come forward. A stock condition survey of privately rented homes in Eccles and Pendleton would therefore begin in January 2024, with a sample of 1,500 homes, and its results would be brought to the Panel in the summer.",
        "Councillor Tattersall asked whether tenants who complained were at risk of being evicted. Ms Kinsella replied that a landlord who had been served with an improvement notice could not serve a no fault eviction notice for six months, and that the team told tenants about this protection at the first visit.",
        "Councillor Ormerod asked whether the council could name the landlords who had been fined. Officers said the council now published a list of landlords who had received civil penalties on its website, updated every quarter.",
        "The Panel also heard that the selective licensing scheme in parts of Weaste and Seedley would end in March 2025, and that officers were gathering evidence on property conditions and anti social behaviour to decide whether to propose a new scheme.",
        "RESOLVED: THAT (1) the update be noted; (2) the results of the stock condition survey be reported to the Panel when available.",
    ], intro="Presentation of the Strategic Housing Manager.",
        links=[("Damp and mould enforcement presentation", "1 MB")])],
)

# ============================================================================ 9 Essex (mg-decision)
doc(
    name="ieDecisionDetails_ID6630_Essex_SchoolTransport",
    form="mg-decision", council="Essex County Council", stated="yes",
    committee="Cabinet Member for Education Excellence, Lifelong Learning and Employability", date="2024-05-21",
    site=site("Essex County Council", "https://cmis.essex.gov.uk", "County Hall, Market Road, Chelmsford, Essex CM1 1QH",
              "© Essex County Council",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Forward Plan", "Search"]),
    decision_title="Decision details: Award of Home to School Transport Contracts for the 2024/25 Academic Year",
    fields=[("Decision Maker:", "Cabinet Member for Education Excellence, Lifelong Learning and Employability"),
            ("Decision status:", "Implemented"), ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To award contracts for home to school transport routes for the 2024/25 academic year, following the tender run by Essex County Council between January and March 2024."]),
        ("Decision:", [
            "1. Agreed to award contracts for 318 home to school transport routes from 2 September 2024 to the operators listed in the confidential appendix, at a total annual cost of £21.4 million.",
            "2. Agreed that the largest share of routes, 74, be awarded to Blackwater Coaches Ltd, and that 52 routes for pupils with special educational needs be awarded to Colne Valley Minibus Services Ltd.",
            "3. Agreed that the Director, Education Transport, may award any routes which have to be re tendered before September within the overall budget.",
        ]),
        ("Reasons for the decision:", [
            "The Council has a legal duty to provide free transport for eligible pupils. The cost of home to school transport in Essex has risen by 19 per cent in two years, mostly because of the growing number of children with special educational needs who travel to schools outside their home area and because of higher fuel and driver costs.",
            "Routes were awarded on quality as well as price. Every operator had to show that its drivers and passenger assistants had enhanced criminal record checks and had been trained in supporting children with autism, and 11 operators who bid were not awarded routes because they could not show this.",
            "Awarding the routes together, rather than one at a time, allowed operators to combine routes and gave an average saving of 6 per cent compared with the rates paid in 2023/24.",
            "The cost of the routes for pupils starting school in September 2025 is not yet known. It will depend on the number of eligible pupils and on the prices offered in the next tender, which will run in early 2025.",
        ]),
        ("Alternative options considered:", [
            "Running more routes with the council's own fleet was considered and rejected, because the council has only 23 vehicles and recruiting drivers has proved difficult. Extending the 2023/24 contracts for a further year was rejected because the rates were higher than those now offered.",
        ]),
    ],
    tail=[("Publication date:", "21/05/2024"), ("Date of decision:", "21/05/2024"),
          ("Effective from:", "29/05/2024")],
    links=[("FP/402/03/24 Home to School Transport Contracts 2024-25", "301 KB")],
)

# ============================================================================ 10 Durham (mg-decision)
doc(
    name="ieDecisionDetails_ID17021_Durham_HighwayMaintenance",
    form="mg-decision", council="Durham County Council", stated="yes", committee="Cabinet", date="2023-12-13",
    site=site("Durham County Council", "https://democracy.durham.gov.uk", "County Hall, Durham DH1 5UL",
              "© Durham County Council"),
    decision_title="Decision details: Highway Maintenance Capital Programme 2024/25 and Additional Pothole Funding",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To agree the highway maintenance capital programme for 2024/25 and how the additional pothole funding announced by the Department for Transport in November 2023 will be spent in County Durham."]),
        ("Decision:", [
            "The Cabinet: (a) approved the highway maintenance capital programme for 2024/25 of £31.7 million; (b) agreed that the additional £4.9 million of pothole funding be used for patching and resurfacing on the roads listed in Appendix 3, beginning with the A689 between Rushyford and Bishop Auckland and the B6282 through Evenwood; (c) agreed that £600,000 of the programme be used to buy a second jet patching machine and hire its crew.",
        ]),
        ("Reasons for the decision:", [
            "The latest condition survey shows that 28 per cent of the county's unclassified roads should be considered for maintenance, up from 22 per cent in 2021. Potholes on these roads generate most of the council's insurance claims.",
            "Patching larger areas of a road in one visit, rather than filling single potholes, gives a repair that lasts about five years instead of one or two. A second jet patching machine will let the council treat rural roads in the west of the county, such as those around Teesdale and Weardale, more quickly.",
            "Residents and councillors told the council in its budget consultation that road repairs were their top priority for extra spending.",
            "The programme also includes £2.1 million for resurfacing footways in town centres, including Front Street in Stanley and Newgate Street in Bishop Auckland, and £1.4 million for clearing and repairing highway drains, which the council's review of the 2022 floods found had let water undermine road surfaces in Chester le Street.",
        ]),
        ("Consultees:", [
            "Cabinet Portfolio Holder for Neighbourhoods and Climate Change; Environment and Sustainable Communities Overview and Scrutiny Committee; local members through the area action partnerships."]),
        ("Alternative options considered:", [
            "Using the additional funding only on the main road network was rejected, because the main roads are in better condition and the unclassified roads are deteriorating fastest. Spreading the money evenly across all areas was rejected because it would not target the worst roads.",
        ]),
    ],
    tail=[("Publication date:", "15/12/2023"), ("Date of decision:", "13/12/2023"),
          ("Decided at meeting:", "13/12/2023 - Cabinet"), ("Effective from:", "23/12/2023")],
    links=[("Highway Maintenance Capital Programme 2024-25 report", "1 MB")],
)

# ============================================================================ 11 Bassetlaw (pdf-minutes)
doc(
    name="BDC_Cabinet_Minutes_04062024",
    form="pdf-minutes", council="Bassetlaw District Council", stated="yes", committee="Cabinet", date="2024-06-04",
    pdf_title="Cabinet minutes 4 June 2024", pdf_author="Democratic Services",
    logo="BASSETLAW DISTRICT COUNCIL",
    title_lines=["CABINET", "Minutes of the meeting held on Tuesday 4 June 2024 at 6.00 pm in the Council Chamber, Queen's Buildings, Potter Street, Worksop"],
    attendance=[("PRESENT:", "Councillor J Hempsall (Chair), Councillors D Cawthorne, S Birkin, L Oldroyd, J Swinscoe and D Pashley."),
                ("OFFICERS:", "Chief Executive, Head of Neighbourhoods, Head of Regeneration and Democratic Services Officer.")],
    items=[
        item("1.", "DECLARATIONS OF INTEREST", ["There were no declarations of interest."]),
        item("2.", "MINUTES", ["RESOLVED that the minutes of the meeting held on 7 May 2024 be approved as a correct record."]),
        item("3.", "FOOD WASTE COLLECTION TRIAL: RESULTS AND ROLLOUT", [
            "The Portfolio Holder for Neighbourhoods presented the results of the six month food waste collection trial, which had run in parts of Worksop from October 2023 to March 2024 and covered 4,200 households.",
            "The Head of Neighbourhoods reported that 58 per cent of the households in the trial area had put out their food caddy at least once a month, and that each participating household had put out an average of 2.1 kilograms of food waste a week. The weight of general waste in the trial area had fallen by 9 per cent.",
            "Councillor Pashley asked how the rollout to the whole district would be paid for. The Portfolio Holder said the Government had given the council £2.3 million for vehicles and caddies, and that the ongoing costs would be met by the council until Government funding for them was confirmed.",
            "Councillor Swinscoe asked why the trial had not included Retford. The Head of Neighbourhoods explained that the trial had been limited to Worksop because the food waste had to be tipped at the Worksop depot, and that Retford and the villages would be included in the full service from April 2026.",
            "RESOLVED that (1) the results of the trial be noted; (2) the food waste collection service be extended to all households in the district from April 2026; (3) the trial in Worksop continue until then.",
        ]),
        item("4.", "KINGS PARK, RETFORD: BANDSTAND AND PLAY AREA", [
            "The Portfolio Holder for Regeneration presented a report on restoring the bandstand and replacing the older equipment in the play area at Kings Park, Retford. The total cost was £410,000, of which £250,000 was from the National Lottery Heritage Fund and £160,000 from the council.",
            "The bandstand work would be carried out by Trentside Heritage Builders Ltd, who had restored ironwork in several historic parks. The bandstand would be repainted in its original green and cream, based on paint found under later layers.",
            "The Chair asked when the bandstand would be ready. The Head of Regeneration said work would start in September and the bandstand would be ready for the first summer concert in May 2025.",
            "RESOLVED that the scheme for Kings Park be approved and the contract for the bandstand be awarded to Trentside Heritage Builders Ltd.",
        ]),
        item("5.", "WORKSOP TOWN CENTRE: BRIDGE STREET SHOPFRONTS", [
            "Cabinet agreed to extend the shopfront grant scheme on Bridge Street, Worksop, for a further year. Twelve grants had been paid so far, with an average grant of £7,800.",
            "RESOLVED accordingly.",
        ]),
    ],
    closing=["The meeting closed at 7.12 pm.", "Chair ............................  Date ..............."],
    header="Cabinet 4 June 2024", header_right="Minutes", footer=["Page {n} of {total}"],
)

# ============================================================================ 12 Broxtowe (pdf-minutes)
doc(
    name="Broxtowe_Housing_Committee_Minutes_2023-10-04",
    form="pdf-minutes", council="Broxtowe Borough Council", stated="yes", committee="Housing Committee", date="2023-10-04",
    pdf_title="Housing Committee 4 October 2023", pdf_author="Broxtowe Borough Council",
    title_lines=["BROXTOWE BOROUGH COUNCIL", "HOUSING COMMITTEE", "Wednesday, 4 October 2023", "Council Offices, Foster Avenue, Beeston"],
    attendance=[("Present:", "Councillor J W Merriman, Chair; Councillors D Haslam, T Curzon, M Beardall, H Trueman, P J Ollerton and D K Wragby."),
                ("Apologies for absence", "were received from Councillor G Fidler.")],
    items=[
        item("19", "DECLARATIONS OF INTEREST", ["Councillor Trueman declared a non pecuniary interest in item 21 as a council tenant."]),
        item("20", "MINUTES", ["The minutes of the meeting held on 5 July 2023 were confirmed and signed as a correct record."]),
        item("21", "DAMP, MOULD AND CONDENSATION: PROGRESS REPORT", [
            "The Committee received a report on the council's work to tackle damp, mould and condensation in its 4,400 homes.",
            "Since January 2023 the council had received 893 reports of damp or mould from tenants. Every report had been visited by a surveyor, and 611 cases had been completed. The average time from report to completed work was 47 days, against a target of 60 days.",
            "The Head of Housing Repairs explained that the work was being done by the council's own repairs team, with mould washes and treatment carried out by Midshires Damp Solutions Ltd under a call off contract. Positive input ventilation units had been fitted in 140 flats in Stapleford and Kimberley where condensation kept coming back.",
            "Councillor Ollerton said that several tenants had told him they could not get through to the repairs line. The Head of Housing said that the council had asked an independent housing consultancy to review the repairs call centre, including waiting times, how calls are recorded and whether repairs can be booked online, and that the review would be carried out by the end of the year and reported to a later meeting of the Committee.",
            "Councillor Haslam asked whether tenants were told how to reduce condensation. Officers said each tenant visited was given a leaflet and, where needed, a free hygrometer to measure humidity.",
            "It was proposed by Councillor D K Wragby and seconded by Councillor T Curzon that the recommendation be approved. On being put to the meeting, the motion was carried unanimously.",
            "RESOLVED that the progress be noted and a further report be brought to the Committee in six months.",
        ]),
        item("22", "GARAGE SITES: DISPOSAL FOR HOUSING", [
            "The Committee considered a proposal to use three disused council garage sites, on Cator Lane in Chilwell, Walker Street in Eastwood and Nottingham Road in Kimberley, for new council homes.",
            "The sites had 61 garages between them, of which only 14 were let. The tenants of those garages would be offered garages on other sites with no increase in rent.",
            "It was proposed by Councillor P J Ollerton and seconded by Councillor H Trueman that a design for the Cator Lane site be prepared first. On being put to the meeting the motion was carried by 5 votes to 2.",
            "RESOLVED that feasibility designs be prepared for the three garage sites, starting with Cator Lane, Chilwell.",
        ]),
        item("23", "HOUSING REVENUE ACCOUNT: BUDGET MONITORING", [
            "The Committee noted that the Housing Revenue Account was forecast to underspend by £212,000 in 2023/24, mainly because of vacancies in the housing management team.",
        ]),
    ],
    closing=["The meeting closed at 8.04 pm."],
    header="Housing Committee", header_right="4 October 2023", footer=["{n}"],
)

# ============================================================================ 13 Wyre Forest (pdf-minutes)
doc(
    name="WFDC_Cabinet_Minutes_15_October_2024",
    form="pdf-minutes", council="Wyre Forest District Council", stated="yes", committee="Cabinet", date="2024-10-15",
    pdf_title="Cabinet 15 October 2024 minutes", pdf_author="Wyre Forest District Council",
    title_lines=["WYRE FOREST DISTRICT COUNCIL", "CABINET", "COUNCIL CHAMBER, WYRE FOREST HOUSE, FINEPOINT WAY, KIDDERMINSTER",
                 "TUESDAY, 15TH OCTOBER 2024 (6.00 PM)"],
    attendance=[("Present:", "Councillors: H E Lockley (Chairman), S Rahman (Vice Chairman), N J Garbett, B S Hollier, L J Pountney and P Cresswell."),
                ("Observers:", "Councillors J W R Mound and C Yarnold.")],
    items=[
        item("CAB.54", "Apologies for Absence", ["There were no apologies for absence."]),
        item("CAB.55", "Declarations of Interests by Members", ["No declarations of interest were made."]),
        item("CAB.56", "Minutes", ["Decision: The minutes of the Cabinet meeting held on 17 September 2024 be confirmed as a correct record and signed by the Chairman."]),
        item("CAB.57", "Electric Vehicle Charging in Council Car Parks", [
            "The Cabinet considered a report from the Head of Economic Development and Regeneration on installing electric vehicle charging points in council car parks.",
            "The Cabinet Member for Economic Regeneration, Planning and Sustainability said that the district had only 41 public charging points, well below the national average for its population. The report proposed 36 new charging points across six car parks: Pike Mills and Bromsgrove Street in Kidderminster, Gardners Meadow and Dog Lane in Bewdley, and Riverside and Vale Road in Stourport on Severn.",
            "The charging points would be installed, owned and run by Amberline Charge Ltd under a 15 year concession, at no capital cost to the council. The council would receive 10 per cent of the income from each charge.",
            "A member asked how much drivers would pay to charge their cars. The Cabinet Member said the price per kilowatt hour had not been settled, as it would be set by the operator nearer the time of opening and would depend on energy prices then; the council had asked that it be no higher than at comparable chargers in neighbouring districts.",
            "A member asked whether charging bays would reduce the number of parking spaces for other drivers. Officers said the bays would replace existing spaces but the six car parks were rarely more than three quarters full.",
            "Decision: (1) The installation of 36 electric vehicle charging points in six council car parks be approved. (2) Authority be delegated to the Head of Economic Development and Regeneration to enter into a concession agreement with Amberline Charge Ltd.",
        ]),
        item("CAB.58", "Brinton Park: Sensory Garden", [
            "The Cabinet approved a sensory garden in Brinton Park, Kidderminster, to be built by volunteers from the Friends of Brinton Park with £38,000 from the council's community grants budget. The garden would be next to the pavilion and designed with pupils from a local special school.",
            "Decision: The sensory garden at Brinton Park be approved.",
        ]),
        item("CAB.59", "Recommendations from the Overview and Scrutiny Committee: Homelessness Strategy", [
            "The Cabinet considered the recommendation from the Overview and Scrutiny Committee that the draft Homelessness Strategy include a target to end the use of bed and breakfast accommodation for families by March 2026.",
            "The Cabinet Member for Housing, Health, Well Being and Democratic Services accepted the recommendation, saying that the council had placed nine families in bed and breakfast in the last year, the longest stay being 11 weeks.",
            "Decision: The recommendation be accepted and the draft Homelessness Strategy be amended.",
        ]),
    ],
    closing=["There being no further business, the meeting ended at 6.58 pm."],
    header="Cabinet 15.10.24", footer=["{n}"],
)

# ============================================================================ 14 Lincoln (pdf-minutes)
doc(
    name="CoLC_Executive_24_July_2023_Minutes",
    form="pdf-minutes", council="City of Lincoln Council", stated="yes", committee="Executive", date="2023-07-24",
    pdf_title="Executive minutes", pdf_author="City of Lincoln Council",
    title_lines=["City of Lincoln Council", "Executive", "24 July 2023"],
    attendance=[("Present:", "Councillor Naomi Threadgold (in the Chair), Councillor Peter Askwith, Councillor Judith Fenwick, Councillor Martin Oakshott, Councillor Dean Harwood and Councillor Anita Pell"),
                ("Apologies for Absence:", "None.")],
    items=[
        item("17.", "Confirmation of Minutes - 19 June 2023", ["RESOLVED that the minutes of the meeting held on 19 June 2023 be confirmed and signed by the Chair as a true record."]),
        item("18.", "Declarations of Interest", ["No declarations of interest were received."]),
        item("19.", "Boultham Park Lake Restoration", [
            "The Assistant Director for Communities and Street Scene presented a report on the restoration of the lake in Boultham Park.",
            "The lake had silted up badly, with an average depth of water of only 40 centimetres in the summer, and a blue green algae bloom had closed it to anglers for seven weeks in 2022. The scheme would remove about 9,000 cubic metres of silt, rebuild the eroded banks with planted coir rolls, and install two fountains to add oxygen to the water.",
            "The total cost of the scheme was £1.45 million. The National Lottery Heritage Fund had awarded a grant of £980,000, and the remaining £470,000 would come from the council's capital programme and from a contribution from the Environment Agency.",
            "Members asked what would happen to the wildlife during the work. Officers said the fish would be moved to a holding pond by a specialist before the lake was drained, and that no work would take place during the bird nesting season, from March to August.",
            "Members asked how long the work would take. Officers said draining and silt removal would take place between September 2023 and February 2024, and the planting would be finished by the end of May 2024.",
            "RESOLVED that the Boultham Park lake restoration scheme be approved at a total cost of £1.45 million.",
        ]),
        item("20.", "Electric Vehicle Charging Points at City Council Car Parks", [
            "The Portfolio Holder for Our People and Resources reported on the installation of electric vehicle charging points at four city council car parks: Lucy Tower Street, Broadgate, Tentercroft Street and The Lawn.",
            "Twenty four fast charging points would be installed, paid for by a grant of £288,000 from the Government's Local Electric Vehicle Infrastructure Fund through the county council. The charging points would be operated by Voltrail Networks Ltd.",
            "Members asked whether drivers would have to pay for parking while charging. Officers said that drivers would pay the normal car park tariff as well as the charging fee, as was the case in other city centre car parks.",
            "RESOLVED that the installation of 24 charging points at four car parks be approved.",
        ]),
        item("21.", "Council Housing: Decent Homes Programme 2023/24", [
            "The Executive noted that 312 kitchens, 268 bathrooms and 190 heating systems were due to be replaced in council homes in 2023/24, at a cost of £9.8 million.",
            "RESOLVED that the programme be noted.",
        ]),
    ],
    closing=["The meeting closed at 6.45 pm."],
    header="Executive", header_right="24 July 2023", header_from=2, footer=["Page {n}"],
)

# ============================================================================ 15 Newcastle-under-Lyme (pdf-minutes, planning)
doc(
    name="NuLBC_Planning_Committee_Minutes_09042024",
    form="pdf-minutes", council="Newcastle-under-Lyme Borough Council", stated="yes", committee="Planning Committee",
    date="2024-04-09",
    pdf_title="Planning Committee Minutes 09/04/2024", pdf_author="Democratic Services",
    title_lines=["Newcastle-under-Lyme Borough Council", "PLANNING COMMITTEE",
                 "Tuesday, 9th April, 2024", "Time of Commencement: 7.00 pm",
                 "View the agenda here. Watch the meeting here."],
    attendance=[("Present:", "Councillor Stephen Ashcroft (Chair). Councillors Paul Birtles, Marion Oakden, Gillian Tunnicliffe, Joan Bratt, Dave Colclough, Mark Heathcote, Amelia Stubbs, Ian Plant and Bert Mellor."),
                ("Officers in attendance:", "Service Director for Planning, Development Management Team Manager, Principal Solicitor and Democratic Services Officer.")],
    items=[
        item("1.", "DECLARATIONS OF INTEREST", ["There were no declarations of interest stated."]),
        item("2.", "MINUTES OF PREVIOUS MEETING(S)", ["Resolved: That the minutes of the meeting held on 12 March 2024 be agreed as a correct record."]),
        item("3.", "APPLICATION FOR MAJOR DEVELOPMENT: LAND NORTH OF KEELE ROAD, KEELE. 23/00814/FUL", [
            "Proposed by Councillor Birtles and seconded by Councillor Oakden.",
            "The application sought permission for 142 homes of student accommodation and 20 flats for university staff on land north of Keele Road. Members discussed the number of car parking spaces, the route for pedestrians to the university campus and the effect on the Keele conservation area.",
            "A member asked whether students would be allowed cars. The Development Management Team Manager said a planning condition would require a travel plan that prevented students from bringing cars to the site, except for disabled students.",
            "Resolved: That the application be permitted, subject to the conditions in the agenda report and a Section 106 agreement securing £96,000 towards bus services between Keele and Newcastle town centre.",
            "The vote was 7 in favour, 2 against and 1 abstention.",
        ]),
        item("4.", "APPLICATION FOR MINOR DEVELOPMENT: THE OLD BRICKWORKS, LIVERPOOL ROAD, KIDSGROVE. 23/00961/FUL", [
            "The application sought permission to convert the former brickworks office on Liverpool Road, Kidsgrove, into six flats. Members were concerned about noise from the neighbouring industrial estate and the lack of parking. The applicant had agreed to fit acoustic glazing to the windows facing the industrial estate.",
            "Resolved: That the application be permitted subject to the conditions set out in the agenda report, including a condition requiring the acoustic glazing to be fitted before the flats are first lived in.",
        ]),
        item("5.", "APPLICATION FOR MINOR DEVELOPMENT: 14 CHURCH STREET, AUDLEY. 24/00102/FUL", [
            "The application was for a two storey rear extension and the conversion of a shop to a house. The Chair said the applicant had withdrawn the application on the day of the meeting, and it was not considered.",
        ]),
        item("6.", "QUARTERLY REPORT ON PLANNING ENFORCEMENT", [
            "Members noted that 118 enforcement cases had been opened between October and December 2023, of which 41 had been closed. The most common complaints were about fences and extensions built without permission. A member asked about the caravans on land off Bar Hill, Madeley; the Development Management Team Manager said an enforcement notice had been served and the deadline for removing them was 30 June 2024.",
        ]),
        item("7.", "APPEAL DECISIONS", [
            "Members noted that the Planning Inspectorate had dismissed the appeal against refusal of a mobile phone mast on Silverdale Road, and had allowed the appeal for a house in the garden of 3 Mow Lane, Mow Cop.",
        ]),
    ],
    closing=["Councillor Stephen Ashcroft", "Chair", "Meeting concluded at 8.41 pm"],
    header="Planning Committee - 09/04/24", footer=["{n}"],
)

# ============================================================================ 16 Harrogate (pdf-minutes, 2022)
doc(
    name="HBC_Cabinet_Minutes_09_02_2022",
    form="pdf-minutes", council="Harrogate Borough Council", stated="yes", committee="Cabinet", date="2022-02-09",
    pdf_title="Cabinet Minutes 9 February 2022", pdf_author="Harrogate Borough Council",
    title_lines=["HARROGATE BOROUGH COUNCIL", "Minutes of the meeting of the Cabinet held at the Civic Centre, St Luke's Avenue, Harrogate on Wednesday 9 February 2022 at 5.30 pm"],
    attendance=[("Present:", "Councillor Alan Kettlewell (Leader), Councillors Margaret Sowerby, Ian Dearlove, Keith Rushworth, Louise Bramley and Stan Pickersgill."),
                ("In attendance:", "The Chief Executive, the Director of Corporate Affairs and the Head of Place Shaping.")],
    items=[
        item("CAB 88/21", "Minutes", ["The minutes of the meeting held on 12 January 2022 were approved as a correct record and signed by the Leader."]),
        item("CAB 89/21", "Harrogate Convention Centre: Redevelopment Business Case", [
            "The Cabinet Member for Culture, Tourism and Sport presented the outline business case for redeveloping the Harrogate Convention Centre. The centre had lost £2.1 million in 2020/21 while it served as a Nightingale hospital and during lockdowns, and its exhibition halls were more than 40 years old.",
            "The preferred option would replace halls D, E and F with a single new hall of 6,000 square metres and refurbish the main auditorium, at a cost of £49 million. Consultants Marston Leisure Advisory had forecast that this would bring an extra £18 million a year into the local economy.",
            "The Leader said the council could not fund the scheme by itself and would seek a contribution from the Government and from the future North Yorkshire Council.",
            "Resolved: That the outline business case be approved and a full business case be prepared.",
        ]),
        item("CAB 90/21", "Food Waste Collections: Feasibility Study", [
            "The Cabinet Member for Environment, Waste Reduction and Recycling reported that Harrogate was one of the few districts in North Yorkshire without a food waste collection, and that the Government was expected to require weekly collections from 2025.",
            "She proposed that consultants be appointed to carry out a feasibility study of weekly food waste collections across the district, covering the number of vehicles needed, the routes in rural areas around Pateley Bridge and Masham, where the waste could be treated and the likely cost. The study would start in April 2022 and report to Cabinet in the autumn.",
            "Councillor Pickersgill asked whether households in Knaresborough and Ripon could start earlier. The Cabinet Member said no part of the district would be offered a collection before the study reported.",
            "Resolved: That a feasibility study of weekly food waste collections be commissioned, at a cost of up to £45,000.",
        ]),
        item("CAB 91/21", "Valley Gardens: Sun Colonnade Repairs", [
            "Cabinet approved £210,000 for repairs to the Sun Colonnade in Valley Gardens, including new glazing to the roof and repairs to the cast iron columns. Work would take place in October and November 2022 to avoid the summer season.",
            "Resolved: That the repairs be approved.",
        ]),
        item("CAB 92/21", "Ripon Spa Baths: Future Use", [
            "The Cabinet noted that expressions of interest for the reuse of the Ripon Spa Baths building had been received from three organisations, and that officers would report on them in June.",
        ]),
    ],
    closing=["The meeting closed at 6.40 pm."],
    header="HARROGATE BOROUGH COUNCIL", header_right="CABINET 09.02.2022", footer=["Page {n} of {total}"],
)

# ============================================================================ 17 Cambridgeshire (pdf-pack)
doc(
    name="CCC_Highways_Transport_Committee_Pack_12032024",
    form="pdf-pack", council="Cambridgeshire County Council", stated="yes", committee="Highways and Transport Committee",
    date="2024-03-12",
    pdf_title="Highways and Transport Committee agenda pack", pdf_author="Democratic Services",
    cover=["Highways and Transport Committee", "Date: Tuesday, 12 March 2024",
           "Time: 10.00 a.m.", "Venue: Red Kite Room, New Shire Hall, Emery Crescent, Enterprise Campus, Alconbury Weald, PE28 4YE"],
    cover_body=["Cambridgeshire County Council. Members of the Highways and Transport Committee are summoned to attend the meeting at the time and place shown above.",
                "Membership: Councillor Helen Marchant (Chair), Councillor Neil Garside (Vice Chair), Councillors Gerri Bellamy, Douglas Fensome, Ian Colbourne, Ros Whitlock, Simon Aldous, Brian Tebbutt and Alan Wragg.",
                "For more information about this meeting, please contact Martha Quinlan, Democratic Services Officer."],
    agenda=[("1", "Apologies for absence and declarations of interest"),
            ("2", "Minutes of the meeting held on 23 January 2024 and Action Log ({minutes})"),
            ("3", "Petitions and public questions"),
            ("4", "Carriageway Repairs and Pothole Programme 2024/25 ({report})"),
            ("5", "Committee agenda plan")],
    marks=["Agenda Item 2", "Agenda Item 4"],
    prev_title_lines=["Highways and Transport Committee: Minutes", "Date: 23 January 2024",
                      "Time: 10.00 a.m. to 12.40 p.m.", "Venue: New Shire Hall, Alconbury Weald"],
    prev_items=[
        item("71.", "Apologies for absence and declarations of interest", ["Apologies were received from Councillor Wragg, substituted by Councillor Pentney."]),
        item("72.", "Public questions", [
            "A question was received from Mr Tobias Lund about the state of the road surface on Mill Road in Cambridge, where cyclists had been hurt by potholes near the railway bridge.",
            "The Assistant Director for Highways Maintenance replied that Mill Road was on the list for full resurfacing, but that the date had not been fixed: it depended on when the water company finished replacing its mains under the road, for which no end date had yet been given. Until then the worst potholes would be filled within five working days of being reported.",
        ]),
        item("73.", "Guided Busway Maintenance", [
            "The Committee noted the programme of repairs to the concrete track of the Cambridgeshire Guided Busway between St Ives and Swavesey. The Chair moved that officers bring a full options report in June; this was seconded by Councillor Tebbutt and agreed by 7 votes to 2.",
        ]),
    ],
    report=report(
        ["Agenda Item No: 4", "Carriageway Repairs and Pothole Programme 2024/25", "To: Highways and Transport Committee"],
        [("Meeting Date:", "12 March 2024"), ("From:", "Executive Director of Place and Sustainability"),
         ("Electoral division(s):", "All"), ("Key decision:", "Yes"),
         ("Recommendation:", "The Committee is asked to approve the carriageway repair programme for 2024/25.")],
        [("1. Background", [
            "1.1 The County Council maintains about 4,500 kilometres of road. In 2023 the council received 24,600 reports of potholes, 31 per cent more than in 2022, after a wet winter with many frosts.",
            "1.2 The Department for Transport has allocated the County Council an extra £3.6 million for road repairs in 2024/25, on top of the usual maintenance grant of £22.2 million.",
        ]),
         ("2. Main Issues", [
            "2.1 The report proposes that the extra £3.6 million be spent mostly on surface dressing rural roads in East Cambridgeshire and Fenland, which prevents potholes from forming by sealing the surface before water gets in.",
            "2.2 A condition survey by scanning vehicle in the autumn of 2023 found that 14 per cent of the county's rural C roads were in poor condition, compared with 9 per cent of the main A roads.",
            "2.3 Repairs to roads on peat soils in the Fens, which subside and crack, will be carried out by Fenland Surfacing Ltd under the council's highways services contract, using a flexible asphalt that has been tested on the B1040 near Thorney.",
        ]),
         ("3. Alternatives Considered", [
            "3.1 Spending the extra money on filling individual potholes was considered but rejected, because single repairs often fail within a year.",
        ]),
         ("4. Source Documents", ["4.1 Department for Transport allocation letter, November 2023."]),
        ]),
    footer=["Page {n}"], number_offset=1,
)

# ============================================================================ 18 Suffolk (pdf-pack)
doc(
    name="SCC_Cabinet_Agenda_Pack_14-11-2023",
    form="pdf-pack", council="Suffolk County Council", stated="yes", committee="Cabinet", date="2023-11-14",
    pdf_title="Cabinet 14 November 2023 agenda", pdf_author="Suffolk County Council",
    cover=["The Cabinet", "Suffolk County Council", "Date: Tuesday, 14 November 2023",
           "Venue: Rose Room, Endeavour House, 8 Russell Road, Ipswich", "Time: 2.00 pm"],
    cover_body=["Membership: Councillor Graham Ellwood (Chairman), Councillor Sarah Wainwright (Vice Chairman), Councillors Colin Pettit, Andrew Lacey, Maria Dunstan, Philip Garrod, Helen Ashdown and Rachel Tovell.",
                "Public Speaking: the public may speak on any agenda item, provided they register by 12 noon two working days before the meeting.",
                "Contact: Joanna Pettitt, Democratic Services."],
    agenda=[("1", "Apologies for Absence"), ("2", "Declarations of Interest"),
            ("3", "Minutes of the meeting held on 10 October 2023 ({minutes})"),
            ("4", "Home to School Travel Policy: Outcome of Consultation ({report})"),
            ("5", "Forward Plan")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["Unconfirmed", "Minutes of the meeting of the Cabinet held at Endeavour House, Ipswich on 10 October 2023 at 2.00 pm"],
    prev_items=[
        item("38.", "Libraries: Mobile Library Service", [
            "The Cabinet considered a report on the mobile library service, which serves villages without a library building. Suffolk's mobile libraries made 1,950 stops in 2022/23.",
            "The Cabinet Member for Communities and Equality said that two of the four mobile library vans were more than 15 years old and broke down often. The report proposed buying two new electric vans at a cost of £420,000, which would be used on the routes around Halesworth and Haverhill.",
            "Councillor Tom Kirtley asked whether stops would be cut. The Cabinet Member replied that no stops would be removed and that the new vans had a range of 160 miles, enough for the longest route.",
            "Decision: Cabinet approved the purchase of two electric mobile library vans.",
        ]),
        item("39.", "Highways Maintenance Contract Performance", [
            "The Cabinet noted the annual performance report for the highways maintenance contract. Decision: Cabinet noted the report.",
        ]),
    ],
    report=report(
        ["Cabinet", "Report Title: Home to School Travel Policy: Outcome of Consultation", "Meeting Date: 14 November 2023"],
        [("Lead Councillor(s):", "Councillor Andrew Lacey, Cabinet Member for Education, SEND and Skills"),
         ("Local Councillor(s):", "All"), ("Director:", "Director of Children and Young People's Services"),
         ("Assistant Director or Head of Service:", "Head of Passenger Transport")],
        [("1. What is the Cabinet being asked to decide?", [
            "1.1 The Cabinet is asked to decide whether to change the policy for post 16 students from September 2024, so that students on low incomes pay a reduced contribution towards their travel.",
        ]),
         ("2. Reasons for Recommendations", [
            "2.1 Spending on home to school transport in Suffolk reached £48.6 million in 2022/23, an increase of £7.2 million on the previous year. The biggest increases were in taxis for children with special educational needs and in the cost of contracted buses in rural areas.",
            "2.2 At present every eligible post 16 student pays an annual contribution of £780. Under the proposal, students from families receiving free school meals or universal credit would pay £390 instead.",
            "2.3 The council would also offer independent travel training to more young people with special educational needs, so that they can learn to travel by public bus where it is safe for them to do so.",
        ]),
         ("3. Consultation Responses", [
            "3.1 The consultation ran from 4 September to 15 October 2023 and received 1,284 responses. Of these, 72 per cent supported the reduced contribution for students on low incomes.",
            "3.2 Many respondents in rural areas said that bus services were too infrequent to use for college. Several asked for the contribution to be paid in instalments.",
        ]),
         ("4. Alternative Options", [
            "4.1 Keeping the current contribution for all students was rejected because the consultation showed it stops some students from low income families from going to the college of their choice.",
            "4.2 Removing the contribution altogether was rejected because it would cost about £1.1 million a year.",
        ]),
         ("5. Recommendation", [
            "5.1 That Cabinet approves the reduced post 16 contribution of £390 for low income students from September 2024, and allows all contributions to be paid in ten monthly instalments.",
        ]),
        ]),
    footer=["Page {n}"], number_offset=1,
)

# ============================================================================ 19 Wrexham (pdf-pack)
doc(
    name="WCBC_Executive_Board_Pack_13_02_2024",
    form="pdf-pack", council="Wrexham County Borough Council", stated="yes", committee="Executive Board", date="2024-02-13",
    pdf_title="Executive Board 13.02.2024", pdf_author="Wrexham County Borough Council",
    cover=["Executive Board", "Wrexham County Borough Council", "Tuesday, 13th February, 2024 at 10.00 am",
           "Council Chamber, Guildhall, Wrexham"],
    cover_body=["To: all Members of the Executive Board. You are invited to attend the meeting of the Executive Board at the date, time and place shown above.",
                "Members: Councillor Gareth Pryce (Leader), Councillor Sian Edwards Lloyd (Deputy Leader), Councillors Hywel Morris, Nia Rowlands, Dafydd Price, Terry Vaughan, Alun Griffiths, Carys Bevan and Ieuan Parry.",
                "Contact: Rhian Humphreys, Democratic Services. Mae'r ddogfen hon ar gael yn Gymraeg."],
    agenda=[("1", "Apologies for absence"), ("2", "Declarations of interest"),
            ("3", "Minutes of the meeting held on 9 January 2024 ({minutes})"),
            ("4", "Play Area Refurbishment Programme 2024/25 ({report})")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["EXECUTIVE BOARD", "9 January 2024", "Minutes of the Executive Board held in the Council Chamber, Guildhall, Wrexham"],
    prev_items=[
        item("EB/24/01", "Waste Transfer Station, Bryn Lane", [
            "The Lead Member for Environment and Transport reported that the upgrade of the waste transfer station on Bryn Lane, Wrexham Industrial Estate, was complete. A member asked why it had cost more than planned. Officers replied that extra steelwork had been needed after the old floor slab was found to be cracked.",
            "RESOLVED that the report be noted.",
        ]),
        item("EB/24/02", "Acton Park: Pond Improvements", [
            "The Board considered improvements to the pond in Acton Park, including a new dipping platform and reed beds, at a cost of £76,000.",
            "The recommendation was moved by Councillor Hywel Morris and seconded by Councillor Terry Vaughan. On being put to the vote, it was carried by 8 votes to 1.",
            "RESOLVED that the Acton Park pond improvements be approved.",
        ]),
        item("EB/24/03", "Cefn Mawr Community Hub", [
            "The Board agreed to lease the former council offices in Cefn Mawr to a community group for 25 years. There was no vote as the Board agreed the recommendation without dissent.",
        ]),
    ],
    report=report(
        ["WREXHAM COUNTY BOROUGH COUNCIL", "Report to: Executive Board", "Report Title: Play Area Refurbishment Programme 2024/25"],
        [("Date of Meeting:", "13th February 2024"), ("Report Author:", "Chief Officer Environment and Technical"),
         ("Lead Member:", "Lead Member for Environment and Transport"), ("Wards Affected:", "Brymbo, Gwersyllt, Rhosllanerchrugog and Wrexham town wards")],
        [("1. PURPOSE OF THE REPORT", [
            "1.1 To seek approval for the refurbishment of eight play areas in 2024/25 and the award of the installation contract.",
        ]),
         ("2. EXECUTIVE SUMMARY", [
            "2.1 Wrexham County Borough Council manages 97 equipped play areas. An independent annual inspection in 2023 rated 19 of them as poor, mostly because of worn safety surfacing and wooden equipment that had started to rot.",
            "2.2 The programme would refurbish eight of the poorest sites in 2024/25, including those at Bellevue Park and Parciau in Wrexham and at Ponciau Banks in Rhosllanerchrugog, at a total cost of £720,000.",
        ]),
         ("3. FINANCIAL IMPLICATIONS", [
            "3.1 The programme will be funded by £400,000 from the Welsh Government's capital grant for play and £320,000 from the council's capital programme.",
            "3.2 Three firms tendered for the installation contract. The highest scoring tender was from Clwyd Play and Leisure Ltd, at £681,000.",
        ]),
         ("4. CONSULTATION", [
            "4.1 The council asked children and parents which equipment they wanted. At Bellevue Park, 388 children took part and the most popular choice was a climbing frame shaped like a castle.",
         ]),
         ("5. RECOMMENDATIONS", [
            "5.1 That the Executive Board approves the Play Area Refurbishment Programme 2024/25 and awards the installation contract to Clwyd Play and Leisure Ltd.",
        ]),
        ]),
    footer=["Page {n}"], number_offset=1,
)

# ============================================================================ 20 Maldon (docx-report)
doc(
    name="MDC_SR_Committee_Report_EV_Charging_Car_Parks",
    form="docx-report", council="Maldon District Council", stated="yes", committee="Strategy and Resources Committee",
    date="2023-06-22", docx_author="Committee Services",
    letterhead=["MALDON DISTRICT COUNCIL", "Princes Road, Maldon, Essex CM9 5DL"],
    report=report(
        ["REPORT of", "DIRECTOR OF SERVICE DELIVERY", "to STRATEGY AND RESOURCES COMMITTEE 22 JUNE 2023",
         "ELECTRIC VEHICLE CHARGING POINTS IN COUNCIL CAR PARKS"],
        [("Date of Meeting:", "22 June 2023"), ("Report of:", "Director of Service Delivery"),
         ("Lead Member:", "Lead Member for Place"), ("Key decision:", "No"),
         ("Appendices:", "A - Car park locations; B - Equality Impact Assessment")],
        [("1. PURPOSE OF THE REPORT", [
            "1.1 To seek Members' approval to install electric vehicle charging points in four council car parks in Maldon, Heybridge and Burnham on Crouch, and to set out the next steps for the car park strategy.",
        ]),
         ("2. RECOMMENDATIONS", [
            "(i) That Members approve the installation of 20 electric vehicle charging points at the car parks listed in Appendix A;",
            "(ii) That Members agree that the charging points be provided by Saltmarsh Energy Solutions Ltd under a 12 year agreement, with the council receiving a share of the income;",
            "(iii) That Members note that a parking survey will be carried out at the Promenade Park car parks in the summer and reported to a future meeting.",
        ]),
         ("3. SUMMARY OF KEY ISSUES", [
            "3.1 There are 27 public charging points in the Maldon District, most of them at private sites such as hotels and supermarkets. Residents without a driveway, particularly in the older streets of central Maldon, have said they cannot switch to an electric car because there is nowhere nearby to charge it.",
            "3.2 The proposed locations are the White Horse Lane and Wantz Road car parks in Maldon, Bentalls car park in Heybridge and the Foundry Lane car park in Burnham on Crouch.",
            "3.3 Saltmarsh Energy Solutions Ltd would install the charging points at its own cost and would pay the council 8 per cent of its income from them. The council would pay for the electricity connection at Foundry Lane, estimated at £14,500, because the supply there is too weak.",
            "3.4 Drivers using the charging bays would still pay the normal parking charges. Members may wish to consider a time limit of four hours for the bays so that cars do not stay after they are charged.",
            "3.5 The Promenade Park car parks are the council's busiest, and there have been complaints about queues to get in on summer weekends. A survey of how the car parks are used, including how long people stay and where they come from, will be carried out during the school summer holidays by an independent consultant. Its results will inform whether charging points and new tariffs should be introduced at Promenade Park, which is why no change is proposed there in this report.",
        ]),
         ("4. CONCLUSION", [
            "4.1 Providing charging points in council car parks will help residents without driveways to change to electric vehicles at no capital cost to the council.",
        ]),
         ("5. IMPACT ON STRATEGIC THEMES", [
            "5.1 The proposal supports the council's climate action plan.",
        ]),
         ("6. IMPLICATIONS", [
            "(i) Financial: the only cost to the council is the connection at Foundry Lane, which can be met from the car parks reserve.",
            "(ii) Legal: an agreement for the lease of the bays will be needed.",
        ]),
        ]),
    header="Strategy and Resources Committee - 22 June 2023", footer=["Our Vision: Sustainable Council - Prosperous Future"],
)

# ============================================================================ 21 Leicester (docx-report)
doc(
    name="LCC_Executive_Decision_Report_Tree_Strategy",
    form="docx-report", council="Leicester City Council", stated="yes", committee="City Mayor", date="2024-09-19",
    docx_author="Parks and Open Spaces",
    letterhead=["Leicester City Council", "Executive Decision Report"],
    report=report(
        ["Tree Strategy 2024 to 2030: Planting Programme", "Decision to be taken by: City Mayor",
         "Decision to be taken on: 19 September 2024", "Lead director: Director of Neighbourhood and Environmental Services"],
        [("Lead Executive Member:", "Deputy City Mayor for Environment and Transport"), ("Report author:", "Head of Parks and Open Spaces"),
         ("Wards affected:", "All"), ("Report version number:", "v2")],
        [("1. Summary", [
            "1.1 This report asks the City Mayor to approve a programme to plant 15,000 trees in Leicester between 2024 and 2030, as part of the new Tree Strategy.",
            "1.2 Tree cover in the city is about 17 per cent, but it is much lower in Beaumont Leys, Braunstone and the city centre. The programme will focus on these areas, on school grounds and on the edges of larger parks such as Abbey Park, Victoria Park and Braunstone Park.",
        ]),
         ("2. Recommendations", [
            "2.1 The City Mayor is recommended to approve the planting programme and the spending of £2.25 million from the capital programme over six years.",
        ]),
         ("3. Report", [
            "3.1 About 2,500 trees will be planted each winter. Most will be young standard trees about three metres tall, but the programme also includes 12 small urban woodlands of whips planted by volunteers and school pupils.",
            "3.2 The trees will be supplied by Charnwood Tree Nurseries Ltd, which won the supply contract in a tender this summer. The nursery grows its trees in Leicestershire, which means they are suited to local soils and travel only a short distance.",
            "3.3 New trees will be watered and checked by the council's own arboricultural team for their first three summers. The cost of this aftercare is included in the £2.25 million up to 2027.",
            "3.4 The cost of looking after the trees once they are established, after 2027, has not yet been worked out. It will depend on how many trees survive and on the outcome of a review of the grounds maintenance contract, and it will be reported to the Executive before the 2027/28 budget is set.",
            "3.5 Residents will be able to ask for a tree outside their home through a form on the council's website. The council received 640 such requests in the pilot last winter.",
        ]),
         ("4. Financial, legal and other implications", [
            "4.1 Financial implications: the £2.25 million will be funded from the capital programme, of which £400,000 is expected from the national Urban Tree Challenge Fund.",
            "4.2 Legal implications: there are no significant legal implications.",
            "4.3 Climate emergency implications: the trees will absorb carbon and cool streets in hot weather.",
        ]),
         ("5. Consultation", [
            "5.1 The draft Tree Strategy was consulted on between January and March 2024 and received 1,930 responses. Most respondents supported more trees in streets that have few, but some residents raised concerns about leaves blocking drains and roots lifting pavements.",
            "5.2 In response, the programme will use narrower species with less aggressive roots in streets with narrow pavements, and root barriers where trees are planted near houses.",
        ]),
         ("6. Equality impact", [
            "6.1 The areas with the fewest trees are among the most deprived in the city. Planting there first will help to reduce the difference in shade and air quality between neighbourhoods.",
        ]),
         ("7. Background information and other papers", ["7.1 Leicester Tree Strategy consultation report, March 2024."]),
        ]),
    header="Executive Decision Report - Tree Strategy 2024 to 2030", footer=["Page 1", "OFFICIAL"],
)

# ============================================================================ 22 Hackney (docx-minutes)
doc(
    name="Hackney_Living_in_Hackney_Scrutiny_Minutes_22Jan2024",
    form="docx-minutes", council="London Borough of Hackney", stated="yes", committee="Living in Hackney Scrutiny Commission",
    date="2024-01-22", docx_author="Overview and Scrutiny",
    title_lines=["London Borough of Hackney", "Living in Hackney Scrutiny Commission",
                 "Municipal Year 2023/24", "Date of Meeting: Monday 22 January 2024",
                 "Minutes of the proceedings of the Living in Hackney Scrutiny Commission held at Hackney Town Hall, Mare Street, London E8 1EA"],
    attendance=[("Chair:", "Councillor Denise Okafor"),
                ("Councillors in Attendance:", "Cllr Anya Brennan (Vice Chair), Cllr Clare Whitby, Cllr Ali Demir, Cllr Sam Fairhurst, Cllr Ian Levene"),
                ("Officers in Attendance:", "Ajibola Falode, Director of Property and Asset Management; Natalie Grove, Head of Building Safety")],
    items=[
        item("1", "Apologies for Absence", ["1.1 Apologies were received from Cllr Claudia Mensah."]),
        item("2", "Urgent Items / Order of Business", ["2.1 There were no urgent items and the order of business was as set out in the agenda."]),
        item("3", "Declarations of Interest", ["3.1 Cllr Demir declared that he is a council tenant."]),
        item("4", "Damp and Mould in Council Housing", [
            "4.1 The Chair explained that the Commission had asked for this item after residents on the Nightingale and Pembury estates had contacted members about mould in their homes.",
            "4.2 The Director of Property and Asset Management said that the council had received 3,870 reports of damp and mould in 2023, more than twice as many as in 2021. A dedicated damp and mould team of 18 staff had been set up in April 2023, and every report was now triaged within two working days.",
            "4.3 The Head of Building Safety said that the council had changed its approach: instead of telling residents that mould was caused by their lifestyle, surveyors now looked first for building faults such as leaks, failed ventilation and cold bridging. In many older blocks, windows had been replaced without trickle vents, so that moisture could not escape.",
            "4.4 The council was fitting humidity sensors in 600 homes with a history of mould, so that it could see problems developing before residents reported them. The first 200 had been fitted in homes on the Kings Crescent and Nightingale estates.",
            "4.5 Members asked questions, and the following points were raised in the discussion:",
            "- Cllr Whitby asked how long residents waited for the work to be done. The Director said the average was 38 working days from report to completed repair, and the target was 20.",
            "- Cllr Fairhurst asked whether residents were moved out while serious work was done. The Director said 46 households had been moved temporarily in 2023, mostly families with young children, and that the council paid for their removals.",
            "- Cllr Levene asked whether the council had enough money. The Director said that the damp and mould budget had been increased to £6.5 million for 2023/24, but that the Housing Revenue Account was under severe pressure.",
            "- Cllr Brennan asked how residents were kept informed. The Head of Building Safety said every resident received a named case officer and a text message at each stage of the work.",
            "4.6 The Chair thanked the officers and said the Commission would make recommendations in its report to Cabinet.",
            "4.7 ACTION: The Director of Property and Asset Management to provide the number of open damp and mould cases by estate.",
        ]),
        item("5", "Hackney Markets: Ridley Road Market Review", [
            "5.1 The Head of Markets presented the findings of a review of Ridley Road Market. The number of traders had fallen from 142 in 2019 to 118 in 2023, and the review recommended a new night market on Fridays in the summer.",
            "5.2 Members supported the night market but asked that existing traders be offered the pitches first.",
        ]),
        item("6", "Minutes of the Previous Meeting", ["6.1 The minutes of the meeting held on 4 December 2023 were agreed as a correct record."]),
        item("7", "Work Programme", ["7.1 The work programme was noted."]),
    ],
    closing=["Duration of the meeting: 7.00 pm - 9.05 pm", "Chair of the Living in Hackney Scrutiny Commission"],
    header="Living in Hackney Scrutiny Commission, 22 January 2024", footer=["Contact: Overview and Scrutiny Officer", "hackney.gov.uk"],
)

# ============================================================================ 23 Rushcliffe (docx-minutes)
doc(
    name="RBC_Growth_Development_Scrutiny_Group_06122023",
    form="docx-minutes", council="Rushcliffe Borough Council", stated="yes", committee="Growth and Development Scrutiny Group",
    date="2023-12-06", docx_author="Democratic Services",
    title_lines=["Rushcliffe Borough Council", "MINUTES OF THE MEETING OF THE GROWTH AND DEVELOPMENT SCRUTINY GROUP",
                 "WEDNESDAY, 6 DECEMBER 2023", "Held at 7.00 pm in the Council Chamber, Rushcliffe Arena, Rugby Road, West Bridgford"],
    attendance=[("PRESENT:", "Councillors A Rothwell (Chair), R Selby (Vice Chair), S Goodliffe, J Marriott, D Kemble, A Widdowson, R Bestwick and H Chaudhry"),
                ("OFFICERS IN ATTENDANCE:", "Director Neighbourhoods, Service Manager Economic Growth and Property, Climate Change Officer, Democratic Services Officer"),
                ("APOLOGIES:", "Councillor J Attewell")],
    items=[
        item("22", "Declarations of Interest", ["There were no declarations of interest."]),
        item("23", "Minutes of the Meeting held on 13 September 2023", ["The minutes of the meeting held on 13 September 2023 were agreed as a true record and were signed by the Chair."]),
        item("24", "Electric Vehicle Charging Infrastructure", [
            "The Climate Change Officer presented the report on electric vehicle charging across the Borough. She explained that the Council had installed 16 charging points in its own car parks since 2021, in West Bridgford, Bingham and Cotgrave, and that a further 30 on street chargers would be installed in West Bridgford by the county council in 2024.",
            "A survey of use in the summer of 2023 found that the four chargers at Rushcliffe Arena were in use for an average of 9 hours a day, and that most users were local residents charging overnight. The Group was told that the chargers in the Arena car park had paid for themselves within two years.",
            "Councillor Kemble asked why the Council had not put chargers in Radcliffe on Trent. The Service Manager said that the Council did not own a public car park in the village, and that it was talking to the parish council about land on Shelford Road.",
            "Councillor Bestwick asked who maintained the chargers. The Climate Change Officer said they were maintained by Trentvale EV Services Ltd under a five year contract, which required any fault to be fixed within 48 hours.",
            "Councillor Goodliffe asked whether the Council's own vehicles would go electric. The Director Neighbourhoods said that four of the Council's vans were now electric and that the first electric refuse collection vehicle would arrive in March 2024.",
            "It was RESOLVED that the Growth and Development Scrutiny Group: a) noted the report; b) recommended to Cabinet that a further six chargers be installed at the Bingham Market Place car park.",
        ]),
        item("25", "Bingham Town Centre Improvement Plan", [
            "The Service Manager Economic Growth and Property presented the progress on the Bingham town centre improvements, including new paving to the Market Place and the refurbishment of the Buttercross. The paving was complete and the Buttercross works would finish in February 2024.",
            "Members asked about the empty shop units. The Service Manager said four of the nine empty units had been let since the improvements started.",
            "It was RESOLVED that the Group noted the progress.",
        ]),
        item("26", "Work Programme", ["The work programme was agreed, with the addition of an item on the Cotgrave masterplan in March 2024."]),
    ],
    closing=["The meeting closed at 8.20 pm.", "CHAIR"],
    header="Growth and Development Scrutiny Group - Wednesday, 6 December 2023", footer=["rushcliffe.gov.uk"],
)

# ============================================================================ 24 Isles of Scilly (txt)
doc(
    name="IoS_Full_Council_Minutes_21May2024",
    form="txt", council="Council of the Isles of Scilly", stated="yes", committee="Full Council", date="2024-05-21",
    title_lines=["COUNCIL OF THE ISLES OF SCILLY",
                 "Minutes of the Meeting of the Full Council held in the Council Chamber, Old Wesleyan Chapel, Garrison Lane, St Mary's, on Tuesday 21 May 2024 at 10.00 am",
                 "", "(Annual Meeting)"],
    attendance=[("Present:", "Councillor Richard Pender (Chairman), Councillors Dudley Treloar, Adam Jenkin, Tim Hichens, Fred Lethbridge, Colin Ashford, Steve Woodcock, Jonny Trenear, Ted Nance, Andrew Gluyas and Eleanor Pascoe."),
                ("Officers:", "Chief Executive, Chief Finance Officer, Airport Manager, Senior Democratic Services Officer."),
                ("Apologies:", "Councillors Lesley Bond and Dan Whitfield.")],
    items=[
        item("1.", "Election of Chairman", [
            "Councillor Richard Pender was nominated by Councillor Treloar and seconded by Councillor Hichens. There being no other nominations, Councillor Pender was elected Chairman for the year 2024/25."]),
        item("2.", "Declarations of Interest", [
            "Councillor Woodcock declared an interest in item 5 as a landlord of a holiday let in Hugh Town."]),
        item("3.", "St Mary's Airport: Runway Resurfacing", [
            "The Airport Manager reported that the resurfacing of the main runway at St Mary's Airport had been completed in March, on time and within the budget of £2.8 million, with the airport closed to fixed wing flights for 19 days. Passengers had used the helicopter and the ferry during the closure.",
            "The Airport Manager said that the Civil Aviation Authority would carry out its inspection of the new runway surface, markings and lighting in July, and that the airport would keep its licence in the meantime. The results of the inspection would be reported to the Council in the autumn.",
            "Councillor Trenear asked whether the resurfacing would allow larger aircraft to land. The Airport Manager replied that it would not: the length of the runway was unchanged, and the surface had been designed for the aircraft currently in use.",
            "RESOLVED that the report be noted.",
        ]),
        item("4.", "Affordable Housing at Porthmellon", [
            "The Chief Executive presented the business case for 12 affordable homes for rent on council land at Porthmellon, St Mary's. The homes would cost £4.1 million, of which £1.7 million would come from a grant from Homes England and the rest from borrowing repaid from rents.",
            "Councillor Jenkin asked who would be able to live in the homes. The Chief Executive said priority would go to people who had lived or worked on the islands for at least three years and who could not afford to rent or buy on the open market.",
            "It was proposed by Councillor Jenkin and seconded by Councillor Pascoe that the business case be approved. On a vote, the motion was carried with 10 votes in favour and 1 against.",
            "RESOLVED that the business case for affordable housing at Porthmellon be approved.",
        ]),
        item("5.", "Holiday Lets: Response to Government Consultation", [
            "The Council agreed its response to the Government's consultation on a new planning use class for short term lets. The Council would ask for the islands to be allowed to require planning permission for any new holiday let, given that more than a third of homes on St Mary's were already second homes or holiday lets.",
            "RESOLVED that the response be approved.",
        ]),
    ],
    closing=["", "The meeting closed at 12.15 pm.", "Chairman"],
)
