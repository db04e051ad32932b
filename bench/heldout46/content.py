"""The documents of bench/heldout46: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout46.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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


# ============================================================================ ModernGov meeting pages

doc(name="ieListDocuments_CId320_MId15884_TowerHamlets_Cabinet", form="mg-meeting",
    council="London Borough of Tower Hamlets", stated="yes", committee="Cabinet", date="2024-03-27",
    site=site("London Borough of Tower Hamlets", "https://democracy.towerhamlets.gov.uk",
              "Tower Hamlets Town Hall, 160 Whitechapel Road, London E1 1BJ",
              "© London Borough of Tower Hamlets 2024",
              menu=["Home", "Councillors", "Committees", "Meetings calendar", "Forward plan"]),
    heading="Agenda and minutes: Cabinet - Wednesday, 27th March, 2024 5.30 p.m.",
    venue="Council Chamber, Tower Hamlets Town Hall, 160 Whitechapel Road, London, E1 1BJ",
    contact="Joel Ashworth-Baine, Democratic Services Officer",
    items=[
        item("1.", "Declarations of Interests", [
            "Councillor Rukhsana Beloved declared a non-pecuniary interest in item 5 as a governor of a primary school on Bow Road. She remained in the meeting."]),
        item("2.", "Minutes of the Previous Meeting", [
            "The minutes of the meeting held on 28 February 2024 were agreed as a correct record."]),
        item("3.", "Damp and Mould Improvement Programme 2024-26", [
            "The Cabinet Member for Housing, Councillor Tariq Hollingshead, introduced the report. He said the condition survey of 2,140 council homes carried out between October 2023 and January 2024 had found 312 homes with a category 1 damp and mould hazard, most of them in blocks built before 1970 on the Ocean Estate and in Poplar.",
            "The report recommended a two-year programme of works costing £3.8 million, to be delivered by Harrowgate Property Care Ltd under the council's existing responsive repairs framework. Extractor fans, loft insulation and new window trickle vents would be fitted, and every home on the category 1 list would be visited within 28 days.",
            "Councillor Imelda Frant asked how tenants would know when their home was due to be treated. The Director of Housing Management, Odette Carrow, replied that each household would receive a letter with a named surveyor and a target month by the end of April, and that a telephone line staffed until 8pm on weekdays would open on 2 April.",
            "Councillor Frant also asked whether the programme covered leaseholders. Ms Carrow said leaseholders would not be charged for work inside their own flats, but the cost of communal ventilation would be recharged through service charges in the normal way.",
            "RESOLVED: to approve the programme and the award to Harrowgate Property Care Ltd."], links=[("Damp and Mould report", "412 KB"), ("Appendix A - survey summary", "188 KB")]),
        item("4.", "Whitechapel Market: Pitch Fees and Storage", [
            "The Cabinet Member for Culture and Markets, Councillor Asif Delarue, presented proposals for Whitechapel Market. Pitch fees would be frozen at £28 a day for 2024/25, and fourteen pitches that had stood empty since the pandemic would be offered first to traders on the council's waiting list.",
            "The report proposed replacing the traders' overnight storage with lockable units in the former loading bay behind the Idea Store. Officers said a supplier had been shortlisted, but the date when the new storage units would be ready for traders had not yet been fixed, because the loading bay needed drainage work first.",
            "RESOLVED: to freeze pitch fees and to approve the storage proposal in principle."]),
        item("5.", "School Streets Expansion", [
            "The Cabinet agreed to add nine school streets from September 2024, including outside schools on Bow Road, Cable Street and Manchester Road. Traffic would be closed to through traffic for 45 minutes at the start and end of the school day.",
            "Councillor Beloved asked how the closures would be enforced. The Head of Highways, Crispin Mowatt, said cameras would be used, with warning letters rather than fines for the first two weeks at each school, after which a penalty charge of £160 would apply, reduced to £80 if paid within 14 days.",
            "The decision was moved by Councillor Delarue and seconded by Councillor Hollingshead, and agreed unanimously."]),
    ])

doc(name="ieListDocuments_CId702_MId11234_Bristol_Transport", form="mg-meeting",
    council="Bristol City Council", stated="yes", committee="Transport and Connectivity Policy Committee",
    date="2024-11-20",
    site=site("Bristol City Council", "https://democracy.bristol.gov.uk",
              "City Hall, College Green, Bristol BS1 5TR", "© Bristol City Council",
              breadcrumb=["Home", "Committees", "Transport and Connectivity Policy Committee"]),
    heading="Agenda and minutes: Transport and Connectivity Policy Committee - Wednesday, 20th November, 2024 2.00 pm",
    venue="The Council Chamber - City Hall, College Green, Bristol, BS1 5TR",
    contact="Priya Stannard-Hale, Democratic Services",
    outcome_label="Minutes:",
    items=[
        item("41", "Public Forum", [
            "Six statements and four questions had been received. A statement from the Bedminster Traders' Group asked the committee to keep the two hour free parking bays on North Street. A question from a resident of Knowle asked when the Wells Road pedestrian crossing would be repaired; the Chair said a written answer would be sent within ten working days."]),
        item("42", "Residents' Parking: Review of the Bedminster Scheme", [
            "The Head of Transport Operations, Lorcan Whitty, reported on the review of the Bedminster residents' parking scheme after its first eighteen months. Permit uptake had reached 3,450, and counts on 12 streets showed that spaces free at 10am had risen from 9 per cent before the scheme to 24 per cent.",
            "The review also found that visitor permits were being used up quickly by carers and families of older residents. Officers proposed a free carers' permit, to be issued on a letter from a GP or social worker.",
            "Councillor Melody Oyelaran moved the recommendations and Councillor Gareth Pomfrey seconded them. On being put to the vote, the recommendations were carried by 7 votes to 2.",
            "RESOLVED: to retain the scheme and introduce a free carers' permit from April 2025."]),
        item("43", "Electric Vehicle Charging Hubs", [
            "The committee considered a report on three electric vehicle charging hubs in council car parks at Brislington Park and Ride, Portway Park and Ride and the Cumberland Basin area. Together the hubs would provide 48 rapid charging bays, funded by £1.6 million from the Local Electric Vehicle Infrastructure fund and a concession in which the operator would pay the council 12 per cent of income.",
            "Councillor Pomfrey asked why residents without driveways in the inner suburbs were not being prioritised. Mr Whitty replied that lamp column chargers in residential streets would be the subject of a separate report in the spring, and that the hubs were aimed at taxi drivers and commuters.",
            "Councillor Hannah Greville asked how long the concession would run. Mr Whitty said the concession would be for 15 years, with a break clause after eight.",
            "RESOLVED: to approve procurement of an operator for the three hubs."]),
        item("44", "Bath Road Bus Lane Enforcement", [
            "The committee agreed to introduce camera enforcement of the inbound Bath Road bus lane between Arno's Vale and Three Lamps. Officers said buses on the route had lost an average of four minutes in the morning peak since 2022.",
            "RESOLVED: that camera enforcement begin once signs and markings had been renewed."]),
    ])

doc(name="ieListDocuments_CId147_MId4021_Manchester_Executive", form="mg-meeting",
    council="Manchester City Council", stated="yes", committee="Executive", date="2023-07-19",
    site=site("Manchester City Council", "https://democracy.manchester.gov.uk",
              "Manchester Town Hall Extension, Lloyd Street, Manchester M60 2LA", "© Manchester City Council 2023",
              menu=["Home", "Your councillors", "Meetings", "Decisions", "Search documents"]),
    heading="Agenda and draft minutes: Executive - Wednesday, 19th July, 2023 10.00 am",
    venue="Council Antechamber, Level 2, Town Hall Extension",
    contact="Bernadette Quayle, Governance and Scrutiny Support Unit",
    items=[
        item("Exe/23/71", "Minutes", [
            "Decision: To approve as a correct record the minutes of the meeting on 21 June 2023."]),
        item("Exe/23/72", "Damp and Mould in Council Homes: Action Plan Update", [
            "The Executive Member for Housing and Development, Councillor Leontyne Harrop, reported that since the council brought its housing management back in house, 4,870 reports of damp and mould had been logged, of which 3,960 had been closed.",
            "The average time from a report to the first inspection had fallen from 31 days in January to 9 days in June. The update said that the target was now an inspection within five working days for any home with a child under five or a resident with a respiratory condition.",
            "Councillor Dominic Strachan asked whether the work was paid for from the Housing Revenue Account. The Executive Member confirmed that it was, and that £6.2 million had been set aside in the Housing Revenue Account for 2023/24.",
            "Decision: To note the progress and endorse the revised inspection target."]),
        item("Exe/23/73", "Heaton Park: Heaton Hall Roof and Orangery Repairs", [
            "The Executive considered a report on urgent repairs at Heaton Park. Heaton Hall's lead roof had failed in several places and water had entered two of the first floor rooms. The repairs to the roof were estimated at £2.6 million and the replacement of the Orangery windows at £410,000.",
            "The report said Heaton Park had welcomed 1.9 million visits in 2019 and that the park remained one of the most visited in the north of England. A bid to the National Lottery Heritage Fund would be made in the autumn for a share of the cost.",
            "Councillor Strachan asked whether the Hall would stay open during the work. The Strategic Director for Neighbourhoods, Adaeze Pollock, said the ground floor would open on summer weekends but the first floor would be closed until the roof was finished.",
            "Decision: To approve capital expenditure of £3.01 million, subject to the outcome of the heritage bid."]),
        item("Exe/23/74", "Ardwick Green Park Improvements", [
            "The Executive approved a £540,000 scheme for Ardwick Green Park, including a new playground, lighting on the main path and the restoration of the railings on Hyde Road. Work would start in January 2024 and last about five months.",
            "Decision: To approve the scheme."]),
    ])

doc(name="ieListDocuments_CId205_MId3310_Brentwood_PRED", form="mg-meeting",
    council="Brentwood Borough Council", stated="yes",
    committee="Policy, Resources and Economic Development Committee", date="2024-01-24",
    site=site("Brentwood Borough Council", "https://brentwood.moderngov.co.uk",
              "Town Hall, Ingrave Road, Brentwood, Essex CM15 8AY", "Copyright Brentwood Borough Council"),
    heading="Agenda and minutes: Policy, Resources and Economic Development Committee - Wednesday 24 January 2024 7.00 pm",
    venue="Council Chamber, Town Hall, Brentwood, Ingrave Road, Brentwood, CM15 8AY",
    contact="Tilly Fanshawe, Corporate and Democratic Services",
    items=[
        item("318.", "Apologies for Absence and Substitutions", [
            "Apologies were received from Cllr Pemberton-Lyle, with Cllr Osgood substituting."]),
        item("319.", "Electric Vehicle Charging Points in Council Car Parks", [
            "Members received a report on the installation of electric vehicle charging points in three council car parks: the Coptfold Road multi storey car park, Town Hall car park and the Hutton Poplars car park. In total 26 fast chargers would be installed by Voltarra Charging Ltd at no capital cost to the council, with the company keeping the income and paying a fixed fee of £310 per charger each year.",
            "Cllr Wendy Osgood asked whether the bays would be reserved only for electric vehicles. The Director of Place, Marcus Tellwright, said that the bays would be marked for charging only and enforced by the council's civil enforcement officers between 8am and 6pm.",
            "It was moved by Cllr Haskins and seconded by Cllr Brightmore and RESOLVED UNANIMOUSLY that the contract be awarded to Voltarra Charging Ltd for ten years."]),
        item("320.", "William Hunter Way Car Park Redevelopment", [
            "The committee considered an update on the redevelopment of the William Hunter Way car park, which the council had identified in its Local Plan as a site for around 300 homes and a new public space. The Chair, Cllr Delia Haskins, said that the council would keep at least 250 public parking spaces on the site once building was complete.",
            "Mr Tellwright explained that a parking demand study would be commissioned in spring 2024 to assess how many spaces the town centre would need over the next fifteen years, and that its findings would come back to the committee before any planning application was submitted.",
            "Cllr Nigel Brightmore asked how much the council had spent on the project so far. Mr Tellwright said £412,000 had been spent on design and legal advice since 2021.",
            "RESOLVED that the update be noted."]),
        item("321.", "Lease of Office Space at the Town Hall", [
            "Members agreed to lease the second floor east wing of the Town Hall to the Brentwood Community Health Partnership for five years at an annual rent of £48,500. Cllr Osgood asked whether the public would lose access to any meeting rooms. The Director said the committee rooms on the first floor were unaffected.",
            "RESOLVED that the lease be approved, with 7 votes for and 2 abstentions."]),
    ])

doc(name="ieListDocuments_CId140_MId2987_Runnymede_Planning", form="mg-meeting",
    council="Runnymede Borough Council", stated="yes", committee="Planning Committee", date="2023-09-06",
    site=site("Runnymede Borough Council", "https://democracy.runnymede.gov.uk",
              "Runnymede Civic Centre, Station Road, Addlestone, Surrey KT15 2AH", "© Runnymede Borough Council",
              sidebar=["Browse meetings", "Planning Committee", "Committee details", "Attendance", "Issue history"]),
    heading="Agenda and minutes: Planning Committee - Wednesday, 6th September, 2023 6.30 pm",
    venue="Council Chamber, Runnymede Civic Centre, Addlestone",
    contact="Harriet Vosloo, Democratic Services",
    items=[
        item("25", "Notification of Changes to Committee Membership", [
            "Cllr Pettifer replaced Cllr Gorringe for this meeting."]),
        item("26", "RU.23/0412 - 112-120 High Street, Egham", [
            "Demolition of the existing shops and offices and erection of a four storey building with 38 flats, of which 13 would be affordable, and two ground floor commercial units.",
            "The Planning Case Officer, Simon Achterberg, reported that the scheme provided no car parking for residents other than two disabled bays, relying on the town centre location close to Egham station. Surrey County Council as highway authority had raised no objection subject to a car club space.",
            "A local resident, Mr Oyewole, spoke against the proposal, saying that four storeys would overshadow the gardens on Manor Farm Lane. The agent for the applicant replied that daylight testing showed all gardens would keep at least two hours of sun on 21 March.",
            "Members asked which housing association would manage the affordable flats. The officer said the applicant had not yet named a registered provider, and that the legal agreement would require one to be approved by the council before any flat was occupied.",
            "Cllr Moira Tennant proposed that the application be granted and Cllr Lewin Pettifer seconded. On a vote of 8 in favour and 3 against, planning permission was GRANTED subject to a section 106 agreement."]),
        item("27", "RU.23/0655 - Land rear of 44 Guildford Street, Chertsey", [
            "Erection of two detached houses on former garden land. The officer recommended refusal because the access drive would pass within 1.5 metres of the side wall of number 44 and would harm its occupiers through noise and headlights.",
            "Cllr Tennant moved refusal, seconded by Cllr Brabazon. Permission was REFUSED unanimously."]),
        item("28", "RU.23/0701 - Unit 4, Station Road, Addlestone", [
            "Change of use from a bank to a gym open 24 hours. Members were concerned about noise from the flats above, and Cllr Brabazon moved that the application be deferred so that a noise management plan could be submitted. This was seconded by Cllr Fenwick-Orr and carried by 9 votes to 2. DEFERRED."]),
    ])

doc(name="ieListDocuments_CId122_MId6650_Lancashire_Cabinet", form="mg-meeting",
    council="Lancashire County Council", stated="yes", committee="Cabinet", date="2024-02-08",
    site=site("Lancashire County Council", "https://council.lancashire.gov.uk",
              "County Hall, Fishergate, Preston PR1 8XJ", "© Lancashire County Council 2024"),
    heading="Agenda and minutes: Cabinet - Thursday, 8th February, 2024 2.00 pm",
    venue="Cabinet Room 'B' - The Diamond Jubilee Room, County Hall, Preston",
    contact="Ellis Carbery, Senior Democratic Services Officer",
    outcome_label="Minutes:",
    items=[
        item("12.", "Minutes of the Meeting Held on 11 January 2024", [
            "Resolved: That the minutes of the meeting held on 11 January 2024 be confirmed as a correct record and signed by the Chair."]),
        item("13.", "Highways Maintenance: Additional Funding for Road Repairs 2024/25", [
            "County Councillor Fergus Maitland-Royle, Cabinet Member for Highways and Transport, presented the report. An extra £5 million of county council money would be added to the highways maintenance budget for 2024/25, alongside the government's pothole funding.",
            "The extra money would pay for patching crews working on whole sections of road rather than single potholes, with priority given to the A roads and bus routes. The report listed early schemes on the A588 near Pilling, the A59 at Longton and Burnley Road in Accrington.",
            "County Councillor Sunita Brackley asked how residents would see where the money was spent. The Cabinet Member said a map of completed and planned repairs would be published on the county council's website and updated monthly.",
            "County Councillor Brackley asked whether any of the money would go to pavements. The Director of Highways, Lionel Eastwood, replied that £600,000 of it was reserved for footway repairs near schools and GP surgeries.",
            "Resolved: That the additional £5 million be approved and the programme of works be noted."]),
        item("14.", "Home to School Transport Policy 2025/26", [
            "Cabinet agreed to consult on changes to the home to school transport policy, including the end of free transport to a denominational school that is not the nearest suitable school, for pupils starting from September 2025.",
            "Resolved: That a consultation run for eight weeks from 19 February 2024."]),
        item("15.", "Day Services for Adults with Learning Disabilities in Chorley", [
            "Cabinet considered proposals to move the day service at the Chorley Resource Centre into a refurbished building on Water Street. Forty two people currently used the centre, and families had been invited to three drop in sessions. The Cabinet Member for Adult Social Care said no one would lose their place in the service because of the move.",
            "Resolved: That the move be approved, with the new building to open in autumn 2024."]),
    ])

# ============================================================================ ModernGov item pages

doc(name="mgAi_ID61873_Newcastle_Cabinet_EVCharging", form="mg-item",
    council="Newcastle City Council", stated="yes", committee="Cabinet", date="2023-11-13",
    site=site("Newcastle City Council", "https://democracy.newcastle.gov.uk",
              "Newcastle City Council, Civic Centre, Barras Bridge, Newcastle upon Tyne NE1 8QH",
              "© Newcastle City Council",
              breadcrumb=["Home", "Meetings", "Cabinet", "Agenda item"]),
    meeting_line="13/11/2023 - Cabinet (Item 6)",
    items=[
        item("6.", "On Street Electric Vehicle Charging: Phase Two", [
            "Councillor Ravindra Coldwell, Cabinet Member for a Connected City, introduced the report, which set out the second phase of on street charging for residents who do not have off street parking. Around 62 per cent of households in the city's inner wards had no driveway.",
            "Phase two would install 140 charge points on lamp columns and in small kerbside clusters. The report proposed 42 charge points in Jesmond, 18 in Byker and 27 in Elswick, with the rest spread across Benwell and Scotswood, Arthur's Hill and Walker. The locations had been chosen from 1,150 requests made by residents through the council's online map.",
            "The charge points would be installed and run by Kerbline Charge Networks Ltd under a contract procured through a regional framework. The company would charge drivers 45p per kilowatt hour at first, with the council able to review the tariff every year.",
            "Councillor Alys Penhallow asked whether the cables would create trip hazards for people with visual impairments. The Director of Operations and Regulatory Services, Theo Marchbank, said that all chargers would use channels cut into the pavement so that no cable lay across the footway, following advice from the city's disability forum.",
            "Councillor Penhallow also asked when the work would start. Mr Marchbank said the first installations were due in Jesmond in March 2024 and the whole phase should be finished by the end of 2024.",
            "RESOLVED: Cabinet approved phase two and authorised the Director to award the contract."],
            intro="Report of the Director of Operations and Regulatory Services",
            links=[("On Street EV Charging Phase Two", "624 KB"), ("Appendix 1 - Locations", "1 MB")]),
    ])

doc(name="mgAi_ID29941_NorthHerts_OS_TreeStrategy", form="mg-item",
    council="North Hertfordshire District Council", stated="yes", committee="Overview and Scrutiny Committee",
    date="2024-06-11",
    site=site("North Hertfordshire District Council", "https://srvmodgov01.north-herts.gov.uk",
              "North Hertfordshire District Council, Council Offices, Gernon Road, Letchworth Garden City SG6 3JF",
              "© North Hertfordshire District Council",
              breadcrumb=["Home", "Committees", "Overview and Scrutiny Committee", "Agenda item"]),
    meeting_line="11/06/2024 - Overview and Scrutiny Committee (Item 9)",
    items=[
        item("9", "TREE STRATEGY: ANNUAL PROGRESS REPORT", [
            "The Executive Member for Environment, Councillor Beatrix Wolstenholme, presented the annual report on the district's Tree Strategy. In the 2023/24 planting season 2,300 trees had been planted on council land, against a target of 2,000, including 640 standard trees in streets and parks and a new 'tiny forest' on Walsworth Common in Hitchin.",
            "The Greenspace Manager, Rufus Tindall, said that 18 per cent of trees planted in the previous season had died during the dry summer of 2023. Watering had since been contracted to Hertsgreen Arboriculture for the first three summers after planting, at a cost of £36,000 a year.",
            "Councillor Carys Dumbleton asked whether the council was losing trees faster than it was planting them. Mr Tindall replied that 410 council trees had been felled in the year, mostly for safety reasons, so the net gain was about 1,890 trees.",
            "Members discussed ash dieback. Mr Tindall said that a full survey of ash trees on Norton Common in Letchworth would be carried out in the autumn of 2024, after the leaves had come out and before they fell, and that felling decisions would follow the survey.",
            "Councillor Dumbleton proposed, and Councillor Ogunbiyi seconded, a recommendation to Cabinet that the planting target for 2024/25 be raised to 2,500. This was agreed by 9 votes to 1.",
            "RESOLVED: That the report be noted and the recommendation be made to Cabinet."],
            intro="The Executive Member for Environment presented the report of the Service Director – Place.",
            links=[("Tree Strategy Annual Report 2023-24", "790 KB")]),
    ])

# ============================================================================ ModernGov decision pages

doc(name="ieDecisionDetails_ID9120_Notts_Highways", form="mg-decision",
    council="Nottinghamshire County Council", stated="yes",
    committee="Cabinet Member for Transport and Environment", date="2024-04-16",
    site=site("Nottinghamshire County Council", "https://www.nottinghamshire.gov.uk/dms",
              "County Hall, West Bridgford, Nottingham NG2 7QP", "© Nottinghamshire County Council",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Forward plan", "Petitions"]),
    decision_title="Decision details: Highways Capital Programme 2024/25 - Additional Pothole and Resurfacing Funding",
    fields=[("Decision Maker:", "Cabinet Member for Transport and Environment"),
            ("Decision status:", "Recommendations Approved"), ("Is Key decision?:", "Yes"),
            ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To approve how an additional £7.4 million of highways funding for 2024/25 will be spent on pothole repairs and road resurfacing across Nottinghamshire."]),
        ("Decision:", [
            "1) That £4.1 million be allocated to resurfacing 57 roads identified as being in the worst condition by the 2023 condition survey.",
            "2) That £2.3 million be allocated to a second pothole repair gang in each of the county's seven districts from May to October 2024.",
            "3) That £1 million be allocated to surface dressing, which seals roads before they break up. The list of roads for surface dressing in Newark and Sherwood was still being finalised and would be confirmed by the end of May 2024.",
            "4) That the Cabinet Member receive a report on progress in November 2024."]),
        ("Reasons for the decision:", [
            "The condition survey carried out by the council's highways contractor in autumn 2023 found that the proportion of unclassified roads needing repair had risen from 19 per cent to 24 per cent, largely because of the wet winter. Resurfacing whole lengths is cheaper over ten years than repeated patching, and the extra gangs will reduce the backlog of 3,800 reported defects before the winter."]),
        ("Alternative options considered:", [
            "Spending all of the money on patching was rejected because patched roads tend to fail again within two winters. Holding part of the money back for emergencies was rejected because a contingency of £500,000 is already held in the main budget."]),
    ],
    tail=[("Publication date:", "17/04/2024"), ("Date of decision:", "16/04/2024"),
          ("Effective from:", "25/04/2024")],
    links=[("Report - Additional Highways Funding 2024-25", "356 KB")])

doc(name="ieDecisionDetails_ID2214_WECA_BusServices", form="mg-decision",
    council="West of England Combined Authority", stated="yes",
    committee="West of England Combined Authority Committee", date="2023-10-13",
    site=site("West of England Combined Authority", "https://westofengland-ca.moderngov.co.uk",
              "West of England Combined Authority, 70 Redcliff Street, Bristol BS1 6AL",
              "© West of England Combined Authority",
              menu=["Home", "Meetings", "Committees", "Decisions", "Members"]),
    decision_title="Decision details: Supported Bus Services - Extension of Funding to March 2025",
    fields=[("Decision Maker:", "West of England Combined Authority Committee"),
            ("Decision status:", "Recommendations Approved"), ("Is Key decision?:", "Yes"),
            ("Is subject to call in?:", "No")],
    sections=[
        ("Purpose:", ["To agree continued funding for bus routes that are not run commercially and would otherwise be withdrawn, across Bath and North East Somerset, Bristol and South Gloucestershire."]),
        ("Decision:", [
            "1. To extend the contracts for 31 supported bus services to 31 March 2025 at a cost of £8.9 million, funded from the Bus Service Improvement Plan grant and contributions from the constituent councils.",
            "2. To retender the evening and Sunday services in the Keynsham and Saltford area, after the current operator gave notice that it would end them in January 2024.",
            "3. To delegate the award of the retendered contracts to the Director of Infrastructure."]),
        ("Reasons for the decision:", [
            "Without the extension, 31 routes carrying around 2.7 million passenger journeys a year would end when current contracts expire in December 2023. Passenger numbers on the supported network had recovered to 86 per cent of their level before the pandemic, and the routes serve villages with no other public transport, including Marshfield, Chew Magna and Pucklechurch.",
            "The committee was told that the average subsidy per passenger journey had risen to £3.30, mainly because of higher driver wages and fuel costs."]),
        ("Alternative options considered:", [
            "Withdrawing the least used 10 routes was considered but rejected, because it would save only £1.1 million and leave several villages without a bus."]),
    ],
    tail=[("Publication date:", "16/10/2023"), ("Date of decision:", "13/10/2023"),
          ("Decided at meeting:", "13/10/2023 - West of England Combined Authority Committee")],
    links=[("Supported Bus Services report", "540 KB")])

# ============================================================================ printed minutes (PDF)

doc(name="ESCC_Cabinet_Minutes_26092023", form="pdf-minutes",
    council="East Sussex County Council", stated="yes", committee="Cabinet", date="2023-09-26",
    pdf_title="Cabinet minutes 26 September 2023", pdf_author="Democratic Services",
    title_lines=["EAST SUSSEX COUNTY COUNCIL", "CABINET",
                 "MINUTES of a meeting of the Cabinet held at County Hall, Lewes on 26 September 2023."],
    attendance=[("PRESENT:", "Councillors Ruth Ellingham (Chair), Owain Prestbury, Dora Whitlock, Kieran Saltmarsh, Leona Burgoyne and Mark Thistlewood"),
                ("Members spoke on items indicated:", "Councillor Ivo Carradine (item 24), Councillor Grace Tunbridge (item 25)")],
    items=[
        {"num": "22.", "title": "Minutes of the meeting held on 18 July 2023", "body": [
            "22.1 RESOLVED to approve as a correct record the minutes of the meeting held on 18 July 2023."]},
        {"num": "23.", "title": "Highways: Road Resurfacing Programme 2023/24 Update", "body": [
            "23.1 The Cabinet considered a report by the Director of Communities, Economy and Transport on the progress of the road resurfacing and pothole repair programme.",
            "23.2 The report said that 1,460 potholes had been reported in August, about a third fewer than in August 2022, and that 94 per cent of the most urgent defects had been made safe within two hours. Work planned for the rest of the year included 3.2 miles of resurfacing in Seaford and 2.1 miles in Newhaven, mostly on estate roads.",
            "23.3 Councillor Ivo Carradine asked why the A26 between Lewes and Uckfield had not been included. The Lead Member for Transport and Environment, Councillor Saltmarsh, replied that the A26 had been patched in the spring and would be considered for full resurfacing in 2024/25 once its skid resistance had been measured again.",
            "23.4 RESOLVED to note the progress of the programme."]},
        {"num": "24.", "title": "Home to School Transport: Independent Travel Training", "body": [
            "24.1 The Cabinet considered a proposal to expand independent travel training for young people with special educational needs who are currently taken to school by taxi. Seventy young people had been trained in the last two years, and most now travelled by bus or train.",
            "24.2 Councillor Carradine asked whether parents could refuse the training. The Lead Member for Education and Inclusion, Councillor Whitlock, said that the training was voluntary and that no child would lose transport because a parent had declined it.",
            "24.3 The report estimated that the expanded scheme would save £420,000 a year by 2025/26, mainly through fewer single occupancy taxis.",
            "24.4 RESOLVED to approve the expansion of the scheme."]},
        {"num": "25.", "title": "Adult Social Care: Day Services in Hastings", "body": [
            "25.1 The Cabinet considered the outcome of a review of day services for older people in Hastings and St Leonards. The review found that the Isabel Blackman Centre was used at about half of its capacity on most days, while the waiting list for services in the evening and at weekends had grown.",
            "25.2 Councillor Grace Tunbridge spoke on behalf of residents who use the centre. She asked the Cabinet to guarantee that transport to the centre would continue. The Lead Member for Adult Social Care, Councillor Burgoyne, said that door to door transport would continue for everyone assessed as needing it.",
            "25.3 RESOLVED to open the centre on Saturdays from January 2024, using staff from the weekday timetable."]},
    ],
    closing=["The meeting ended at 11.42 am.", "Councillor Ruth Ellingham, Chair"],
    header="Cabinet 26 September 2023", header_right="East Sussex County Council",
    footer=["Page {n} of {total}"])

doc(name="WDBC_Hub_Committee_Minutes_19_March_2024", form="pdf-minutes",
    council="West Devon Borough Council", stated="yes", committee="Hub Committee", date="2024-03-19",
    pdf_title="Hub Committee 19.03.24", pdf_author="West Devon Borough Council",
    logo="West Devon Borough Council",
    title_lines=["MINUTES OF THE MEETING OF THE HUB COMMITTEE",
                 "HELD IN THE COUNCIL CHAMBER, KILWORTHY PARK, TAVISTOCK ON TUESDAY 19 MARCH 2024"],
    attendance=[("Present:", "Cllr Hedley Trewin (Leader and Chair), Cllr Sophie Blackaller (Vice Chair), Cllr Jory Penwarden, Cllr Amaryllis Cobb, Cllr Derek Northey, Cllr Tamsin Widgery"),
                ("Officers:", "Chief Executive, Director of Place and Enterprise, Head of Environmental Services, Democratic Services Manager")],
    items=[
        {"num": "HC.61", "title": "MINUTES", "body": [
            "The minutes of the meeting of the Hub Committee held on 6 February 2024 were confirmed as a true and correct record."]},
        {"num": "HC.62", "title": "TAVISTOCK FLOOD RESILIENCE SCHEME", "body": [
            "The Committee considered a report on a joint scheme with the Environment Agency and Devon County Council to reduce flooding from the River Tavy and the Fishlake stream in Tavistock. In November 2022 water had entered 27 homes and 9 businesses around Bannawell Street and Plymouth Road.",
            "The Director of Place and Enterprise explained that the Environment Agency was updating its flood model of the Tavy and that the modelling report would be received in the summer of 2024. The choice between raised walls along the Meadows and a storage area upstream at Shillamill would depend on that report.",
            "The Council's contribution was proposed at £250,000 from the Strategic Change reserve, alongside £1.9 million of government flood defence grant already bid for by the Environment Agency.",
            "In response to a question from Cllr Widgery, the Director said that property flood resilience measures such as flood doors and airbricks would be offered to the 27 homes affected in 2022 whatever option was chosen.",
            "It was then RESOLVED that the Council contribute £250,000 to the Tavistock Flood Resilience Scheme."]},
        {"num": "HC.63", "title": "OKEHAMPTON BUSINESS HUB: LETTINGS UPDATE", "body": [
            "Cllr Penwarden reported that 14 of the 16 units at the Okehampton Business Hub on Exeter Road Industrial Estate were let, and that rental income for 2023/24 was forecast at £96,000, which was £11,000 above budget.",
            "Cllr Cobb asked whether local firms had priority. Cllr Penwarden replied that businesses based within West Devon were offered first refusal of any unit for four weeks before it was advertised more widely.",
            "It was RESOLVED that the update be noted."]},
        {"num": "HC.64", "title": "COUNCIL TAX REDUCTION SCHEME 2024/25", "body": [
            "The Committee RECOMMENDED to Council that the banded Council Tax Reduction Scheme continue unchanged for 2024/25, with the highest band giving working age households on the lowest incomes a discount of 85 per cent."]},
    ],
    closing=["(The Meeting terminated at 11.05 am)", "Dated this ___________________________", "Chairman"],
    header="Hub Committee 19.03.24", footer=["{n}"])

doc(name="SNC_Cabinet_Minutes_12_June_2023", form="pdf-minutes",
    council="South Norfolk Council", stated="yes", committee="Cabinet", date="2023-06-12",
    pdf_title="Cabinet Minutes 12 June 2023", pdf_author="Governance",
    title_lines=["SOUTH NORFOLK COUNCIL", "CABINET",
                 "Minutes of a meeting of the Cabinet of South Norfolk Council held at the Horizon Centre, Peachman Way, Broadland Business Park, Norwich, on Monday 12 June 2023 at 9.00am."],
    attendance=[("Committee Members Present:", "Councillors: Alistair Kettleburgh (Chairman), Penelope Shardlow, Hamish Raeburn, Zinnia Coxall and Wendell Moy."),
                ("Officers in Attendance:", "The Managing Director, the Director of Place, the Assistant Director for Economic Growth and the Democratic Services Officer (Clemency Bright).")],
    items=[
        {"num": "101", "title": "DECLARATIONS OF INTEREST", "body": [
            "Cllr Moy declared an other interest in minute 103 as a member of the Wymondham Market Traders' Association."]},
        {"num": "102", "title": "MINUTES", "body": [
            "The minutes of the meeting held on 24 April 2023 were confirmed as a correct record."]},
        {"num": "103", "title": "WYMONDHAM MARKET PLACE ENHANCEMENT", "body": [
            "The Assistant Director for Economic Growth, Toby Vennard, presented the report on improvements to the Market Place in Wymondham around the Market Cross. The scheme included new paving, cycle stands, four trees in planters and a reduction in car parking from 32 spaces to 20.",
            "A public consultation in March had received 611 responses. 58 per cent of respondents supported the scheme, but many traders were worried about losing parking, and 140 comments asked for the loading bay to be kept.",
            "Cllr Shardlow asked when the work would start. Mr Vennard said the start date had not been settled, because the works had to be timed with the Norfolk County Council highways programme and with the dates of the town's summer fair, and it was hoped to agree a date with the County Council in the autumn.",
            "Cllr Raeburn proposed the recommendations, seconded by Cllr Coxall, and on being put to the vote they were carried, with four votes for and one against. RESOLVED to approve the scheme at a cost of £780,000, with the loading bay retained."]},
        {"num": "104", "title": "GARDEN WASTE SERVICE CHARGES 2024", "body": [
            "Cabinet agreed that the annual charge for the garden waste collection service would rise from £52 to £56 from January 2024. The service had 27,300 subscribers. Members noted that the charge would remain below that of neighbouring councils, and that a second bin would continue to cost half price.",
            "RESOLVED to approve the charge."]},
        {"num": "105", "title": "DISS HERITAGE TRIANGLE: SHOPFRONT GRANTS", "body": [
            "Cabinet approved a third round of shopfront grants in the Heritage Triangle of Diss, of up to £7,500 each, funded from the UK Shared Prosperity Fund. Twelve grants had been paid in the first two rounds, for work on Mere Street, St Nicholas Street and Market Hill."]},
    ],
    closing=["The meeting closed at 10.38am", "_____________________", "Chairman"],
    header="Cabinet", header_right="12 June 2023", footer=["Page {n}"])

doc(name="SDC_Cabinet_Minutes_2024-07-22", form="pdf-minutes",
    council="Stratford-on-Avon District Council", stated="yes", committee="Cabinet", date="2024-07-22",
    pdf_title="Cabinet - 22 July 2024 - Minutes", pdf_author="Democratic Services",
    title_lines=["STRATFORD-ON-AVON DISTRICT COUNCIL", "MINUTES OF A MEETING OF THE CABINET",
                 "HELD AT ELIZABETH HOUSE, CHURCH STREET, STRATFORD-UPON-AVON", "Date of Meeting: Monday 22 July 2024"],
    attendance=[("Present:", "Councillor Fiona Gathercole (Chair), Councillors Quentin Aylmer, Bryony Hatchard, Emeka Dunstable, Rosalind Ferriby and Cormac Huxtable."),
                ("Also present:", "Councillor Lydia Marchetti.")],
    items=[
        {"num": "CAB128", "title": "Minutes", "body": [
            "The minutes of the meeting held on 17 June 2024 were agreed and signed by the Chair."]},
        {"num": "CAB129", "title": "Tree Planting Programme 2024/25", "body": [
            "The Cabinet Member for Climate Change, Councillor Dunstable, introduced the report. Over the last two winters the Council had given away 9,600 free trees to residents, schools and parish councils, and planted 1,200 larger trees on its own land.",
            "The report proposed a new target of 15,000 trees over three years, including a community orchard at Shottery Fields and hedgerow planting along the Greenway between Stratford and Long Marston. The programme would cost £185,000, of which £120,000 was expected from the Woodland Trust and the Forestry Commission.",
            "Councillor Marchetti asked whether parishes would be consulted before trees were planted on verges. Councillor Dunstable said that every site on a verge would be agreed with the parish council and Warwickshire County Council as highway authority before planting.",
            "RESOLVED: That the programme be approved."]},
        {"num": "CAB130", "title": "Bancroft Gardens Public Toilets", "body": [
            "The Cabinet considered a report on the refurbishment of the public toilets at Bancroft Gardens, which are used by more than 400,000 people a year and had suffered repeated blockages and damage during the summer of 2023.",
            "The work would cost £265,000 and would add a Changing Places toilet with a hoist and an adult changing bench, baby changing in both the female and male toilets and new hand dryers. The toilets would close for about ten weeks from November 2024, and temporary units would be placed on the Bridgefoot coach park.",
            "Councillor Ferriby asked whether the Council would introduce a charge. The Cabinet Member for Resources, Councillor Aylmer, said that the toilets would remain free to use.",
            "RESOLVED: That the refurbishment be approved and funded from the capital programme."]},
        {"num": "CAB131", "title": "Shipston Road Car Park Charges", "body": [
            "It was proposed by Councillor Aylmer and seconded by Councillor Hatchard that the charge for up to three hours at Shipston Road car park be held at £3.50. The motion was carried by 5 votes to 1.",
            "RESOLVED: That the charges be held until April 2025."]},
    ],
    closing=["The meeting finished at 7.48 pm", "Chair"],
    header="Cabinet - 22 July 2024", footer=["Page {n} of {total}", "Stratford-on-Avon District Council"])

doc(name="Cumberland_Executive_Minutes_14052024", form="pdf-minutes",
    council="Cumberland Council", stated="yes", committee="Executive", date="2024-05-14",
    pdf_title="Executive minutes", pdf_author="Cumberland Council",
    title_lines=["CUMBERLAND COUNCIL", "EXECUTIVE",
                 "Minutes of a Meeting of the Executive held on Tuesday, 14 May 2024 at 10.00 am in the Council Chamber, Cumbria House, Botchergate, Carlisle"],
    attendance=[("Present:", "Councillor Dorian Halliwell (Leader, Chair), Councillor Nuala Scargill, Councillor Barnaby Entwistle, Councillor Perdita Loach, Councillor Ifor Grisedale, Councillor Ottilie Brough"),
                ("Also Present:", "Councillor Magnus Threlkeld")],
    items=[
        {"num": "EX.9/24", "title": "MINUTES OF PREVIOUS MEETING", "body": [
            "RESOLVED that the minutes of the meeting held on 9 April 2024 be agreed as a correct record."]},
        {"num": "EX.10/24", "title": "HIGHWAYS: POTHOLE REPAIRS AND THE 2024/25 ROAD MAINTENANCE PROGRAMME", "body": [
            "The Executive Member for Sustainable, Resilient and Connected Places, Councillor Entwistle, introduced the report. The council had repaired 8,940 potholes in the Carlisle area and 6,120 in the Allerdale area during 2023/24, and had resurfaced 61 miles of road across Cumberland.",
            "For 2024/25 the programme would be £24.6 million, including £3.2 million of new government funding. A new jet patching machine had been hired for the summer and would work mainly on rural roads in the Solway Plain and around Wigton.",
            "Councillor Threlkeld asked why repairs on the A595 were being done at night. Councillor Entwistle said that night working avoided closing one of the main routes to the Sellafield site during the day, although it cost about 20 per cent more.",
            "RESOLVED that the 2024/25 road maintenance programme be approved."]},
        {"num": "EX.11/24", "title": "CARLISLE MARKET HALL", "body": [
            "The Executive considered a proposal to take back the management of Carlisle Market Hall, whose current operator had given notice. The market had 38 stalls, of which 29 were let.",
            "Councillor Scargill asked whether stall rents would rise. The Director of Place, Sustainable Growth and Transport, Hugo Ashburner, said that rents would be frozen for the first twelve months of council management.",
            "RESOLVED that the council take over the management of the Market Hall from 1 July 2024."]},
        {"num": "EX.12/24", "title": "WHITEHAVEN HARBOUR: NORTH PIER REPAIRS", "body": [
            "The Executive approved repairs to the North Pier at Whitehaven Harbour costing £1.35 million, after an inspection by divers in February found that stones had been washed out of the pier below the water line. The work would be done between June and September to avoid winter storms.",
            "Councillor Loach moved the recommendation, seconded by Councillor Grisedale, and it was carried unanimously."]},
    ],
    closing=["The meeting ended at 11.20 am"],
    header="Executive - 14 May 2024", footer=["{n}"])

doc(name="ENPA_Planning_Committee_Minutes_07Nov2023", form="pdf-minutes",
    council="Exmoor National Park Authority", stated="yes", committee="Planning Committee", date="2023-11-07",
    pdf_title="Planning Committee Minutes 7 November 2023", pdf_author="Exmoor National Park Authority",
    title_lines=["EXMOOR NATIONAL PARK AUTHORITY", "PLANNING COMMITTEE",
                 "Minutes of the Planning Committee held on Tuesday 7 November 2023 at 10.00am in the Committee Room, Exmoor House, Dulverton."],
    attendance=[("PRESENT:", "Mr Gideon Halsgrove (Chairperson), Mrs Winifred Tapscott, Mr Ambrose Yeandle, Ms Keziah Pulsford, Mr Rollo Chidgey, Mrs Isolde Vellacott, Dr Fenella Huish"),
                ("Officers:", "Head of Planning and Sustainable Development, Planning Development Manager, Senior Planning Officer, Committee Administrator")],
    items=[
        {"num": "1.", "title": "Apologies for Absence", "body": [
            "Apologies were received from Mr Quarrell and Mrs Lethbridge."]},
        {"num": "2.", "title": "Minutes", "body": [
            "The minutes of the Planning Committee meeting held on 3 October 2023 were approved as a correct record."]},
        {"num": "3.", "title": "Application 6/27/23/114: Flood Defence Wall and Path, Riverside Road, Lynmouth", "body": [
            "The Senior Planning Officer presented an application by the Environment Agency to raise the height of the river wall on Riverside Road by up to 600mm over a length of 140 metres, and to rebuild the footpath along the East Lyn River. The wall would be faced in local stone to match the existing.",
            "The officer explained that the works were needed because the existing wall had been found to be at risk of overtopping in a flood of the kind expected once in every 75 years. The works would protect 32 homes and 11 businesses.",
            "In answer to a question from Mrs Tapscott, the agent said the path would be closed for about four months from January 2024 and a signed diversion would be provided through the village.",
            "Mr Yeandle proposed approval, seconded by Dr Huish. The Committee voted 7 in favour, with none against. RESOLVED: to grant permission subject to conditions."]},
        {"num": "4.", "title": "Application 6/10/23/087: Conversion of Barn to Holiday Let, Higher Thornworthy, Exford", "body": [
            "The Planning Development Manager explained that the barn could hold roosting bats. A bat survey would be carried out in May 2024, as the season for such surveys had passed, and the application could not be decided until its results were known.",
            "Ms Pulsford moved that the application be deferred. This was seconded by Mr Chidgey and agreed unanimously. RESOLVED: to defer the application until the bat survey has been received."]},
        {"num": "5.", "title": "Application 6/7/23/102: Extension to Café, The Esplanade, Porlock Weir", "body": [
            "The application sought a single storey extension to the café to provide 24 further covers. Porlock Parish Council supported it. The officer reported that the site lay in flood zone 3 and that the Environment Agency had asked for the floor level to be raised by 300mm.",
            "Mrs Vellacott proposed refusal because of the effect on the setting of the harbour, seconded by Mr Chidgey. The motion was lost by 2 votes to 5. Mr Yeandle then proposed approval, seconded by Mrs Tapscott, and this was carried by 5 votes to 2. RESOLVED: to grant permission."]},
    ],
    closing=["The meeting closed at 12.55pm.", "CHAIRPERSON"],
    header="Exmoor National Park Authority - Planning Committee - 7 November 2023", footer=["Page {n}"])

# ============================================================================ Public Document Packs (PDF)

doc(name="Swansea_Cabinet_Pack_18Jan2024", form="pdf-pack",
    council="Swansea Council", stated="yes", committee="Cabinet", date="2024-01-18",
    pdf_title="Agenda - Cabinet - 18 January 2024", pdf_author="Democratic Services",
    cover=["Agenda", "Swansea Council / Cyngor Abertawe", "Cabinet",
           "Venue: Council Chamber, Guildhall, Swansea / Multi-Location Meeting. Date: Thursday, 18 January 2024. Time: 10.00 am"],
    cover_body=["Chair: Councillor Emrys Gwynfor-Pryce",
                "Membership: Councillors Carys Beddoe-Rhys, Dafydd Rhosier, Meinir Trahearn, Owen Glanmor, Tegwen Ashby, Rhodri Penlan",
                "Contact: Democratic Services - Telephone (01792) 636923"],
    agenda=[("1", "Apologies for Absence."), ("2", "Disclosures of Personal and Prejudicial Interests."),
            ("3", "Minutes. ({minutes}) To approve and sign the Minutes of the previous meeting(s) as a correct record."),
            ("4", "Announcements of the Leader of the Council."),
            ("5", "Swansea Libraries: Review of Opening Hours. ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["City and County of Swansea", "Minutes of the Cabinet",
                      "Council Chamber, Guildhall, Swansea / Multi-Location Meeting", "Thursday, 21 December 2023 at 10.00 am"],
    prev_items=[
        {"num": "88", "title": "Morriston Leisure Centre: Pool Refurbishment", "body": [
            "The Cabinet Member for Investment, Regeneration, Events and Tourism reported that the main pool at Morriston Leisure Centre had closed in October after tiles came away from the floor of the pool. Surveys had found that the pool tank needed relining and that the filtration plant was at the end of its life.",
            "The refurbishment was estimated at £1.15 million and the pool would reopen in June 2024. During the closure, swimming lessons would move to Penlan Leisure Centre and the LC, with free transport provided for school groups.",
            "Councillor Ashby asked whether members of the leisure centre would be refunded. The Cabinet Member said that monthly members could freeze their membership without charge until the pool reopened.",
            "Resolved that the refurbishment be approved."]},
        {"num": "89", "title": "Community Cost of Living Grants", "body": [
            "Cabinet agreed to award a further 24 grants of up to £5,000 to community groups running warm spaces over the winter, including groups in Townhill, Clydach and Gorseinon. A total of £108,000 would be paid from the Cost of Living Reserve."]},
        {"num": "90", "title": "Swansea Bay Foreshore: Beach Cleaning Contract", "body": [
            "Cabinet approved the award of the beach cleaning contract for Swansea Bay and Bracelet Bay to Tawe Coastal Services Ltd for three years at £142,000 a year."]},
    ],
    report=report(
        ["Report of the Cabinet Member for Culture, Human Rights and Equalities", "Cabinet - 18 January 2024",
                        "Swansea Libraries: Review of Opening Hours"],
        [("Purpose:", "To agree new opening hours for Swansea's 17 libraries from April 2024."),
                  ("Policy Framework:", "Swansea Library Strategy 2021-2026"),
                  ("Recommendation(s):", "That the revised opening hours in Appendix A be approved."),
                  ("Report Author:", "Nerys Blanchflower")],
        [
            ("1. Introduction", [
                "1.1 Swansea has 17 libraries, including Swansea Central Library in the Swansea Central civic building. In 2022/23 they received 1.12 million visits, which was 81 per cent of the number in 2018/19.",
                "1.2 The library service must make savings of £340,000 in 2024/25 as part of the council's budget."]),
            ("2. Consultation", [
                "2.1 An eight week consultation ran from September to November 2023 and received 2,864 responses. Most respondents said that evenings and Saturday mornings were the times they most wanted libraries to be open.",
                "2.2 Fewer than 40 visits a day were recorded at six branch libraries on Monday and Wednesday afternoons."]),
            ("3. Proposals", [
                "3.1 It is proposed that Swansea Central Library keeps its current hours, and that each branch library opens on five days a week instead of six, closing on either Monday or Wednesday. Every branch will open on Saturday mornings, and late opening until 7pm will be introduced one evening a week at Morriston, Gorseinon and Sketty libraries.",
                "3.2 No decision has yet been taken on the future of the mobile library service, which will be reviewed separately during 2024/25 together with the home library service.",
                "3.3 No library will close and no member of staff will be made redundant; the savings will be made by not filling vacant posts."]),
            ("4. Financial Implications", [
                "4.1 The proposals will save £212,000 in 2024/25. The remaining savings will come from reduced spending on books and newspapers."]),
            ("5. Equality Implications", [
                "5.1 An Integrated Impact Assessment has been completed. Longer Saturday and evening hours are expected to help working parents and students."]),
        ]),
    footer=["Page {n}"], number_offset=1)

doc(name="Hull_Cabinet_Agenda_Pack_23102023", form="pdf-pack",
    council="Hull City Council", stated="yes", committee="Cabinet", date="2023-10-23",
    pdf_title="Cabinet Agenda Pack 23 October 2023", pdf_author="Democratic Services",
    cover=["Hull City Council", "Cabinet", "Monday, 23 October 2023 at 2.00 pm",
           "The Guildhall, Alfred Gelder Street, Hull, HU1 2AA"],
    cover_body=["To: The Members of the Cabinet. You are summoned to attend the meeting at the time and place shown above.",
                "Democratic Services Officer: Jolyon Farquar-Reed, telephone (01482) 613477",
                "Members of the public are welcome to attend. The meeting will be webcast."],
    agenda=[("1", "Apologies"), ("2", "Declarations of Interest"),
            ("3", "Minutes of the Meeting held on 25 September 2023 ({minutes})"),
            ("4", "Questions from Members of the Public"),
            ("5", "Ennerdale Leisure Centre: Reopening of the Swimming Pool ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["HULL CITY COUNCIL", "CABINET",
                      "Minutes of the meeting held on Monday 25 September 2023 at 2.00 pm in The Guildhall, Hull"],
    prev_items=[
        {"num": "54", "title": "DAMP AND MOULD IN COUNCIL HOUSING", "body": [
            "The Portfolio Holder for Housing, Councillor Euan Merridew, reported that a stock condition survey of 1,500 council homes in Bransholme, Orchard Park and Longhill had found signs of damp or mould in 21 per cent of them.",
            "The council had recruited a dedicated team of six damp and mould surveyors, and every report would now receive a visit within ten working days. Councillor Sabine Okorafor asked what tenants should do in the meantime. Councillor Merridew replied that tenants could ask for a free dehumidifier, and that 430 had already been handed out.",
            "Resolved that the update be noted and a further report be received in March 2024."]},
        {"num": "55", "title": "HULL MARINA: PONTOON REPLACEMENT", "body": [
            "Cabinet approved the replacement of pontoons in the eastern part of Hull Marina at a cost of £2.4 million, funded by mooring income over twenty years. Councillor Okorafor asked whether mooring fees would rise. The Portfolio Holder for Economic Investment said fees would rise by no more than inflation."]},
        {"num": "56", "title": "QUEENS GARDENS: EVENTS PROGRAMME 2024", "body": [
            "Cabinet noted a programme of events in Queens Gardens for 2024, including a food festival in May and a free outdoor cinema in August."]},
    ],
    report=report(
        ["Report to the Cabinet", "23 October 2023",
                        "Ennerdale Leisure Centre: Reopening of the Swimming Pool"],
        [("Report of:", "Director of Regeneration"), ("Portfolio Holder:", "Councillor Perpetua Lyall, Portfolio Holder for Culture and Leisure"),
                  ("Key decision:", "Yes"), ("Wards affected:", "Sutton; Kings Park; Beverley and Newland")],
        [
            ("1. Purpose of the Report", [
                "1.1 To seek approval for works to reopen the 25 metre pool at Ennerdale Leisure Centre on Ennerdale Link Road, which has been closed since March 2023."]),
            ("2. Background", [
                "2.1 The pool was closed when a structural inspection found corrosion in the steel beams that support the roof over the pool hall. The inspection, carried out by Humbergate Structural Engineers, concluded that the roof was safe for the rest of the building but that the pool hall could not be used until the beams were strengthened.",
                "2.2 Before the closure, the pool was used by around 4,200 swimmers a week, including lessons for 38 primary schools."]),
            ("3. Options", [
                "3.1 Option 1 is to strengthen the existing beams and replace the roof covering over the pool hall, at a cost of £3.7 million. Option 2 is to demolish the pool hall and build a new one, at a cost of about £11 million. Option 3 is to close the pool permanently.",
                "3.2 Option 1 is recommended. It would allow the pool to reopen in September 2024, and the strengthened roof is expected to last at least 30 years."]),
            ("4. Financial Implications", [
                "4.1 The cost of Option 1 will be met from prudential borrowing of £2.9 million and £800,000 from the council's leisure reserve. The leisure operator will not be charged for the closure period."]),
            ("5. Recommendations", [
                "5.1 That Cabinet approves Option 1 and delegates the award of the works contract to the Director of Regeneration."]),
        ]),
    footer=["Page {n}"], number_offset=1)

doc(name="Bradford_Executive_Pack_5March2024", form="pdf-pack",
    council="City of Bradford Metropolitan District Council", stated="yes", committee="Executive", date="2024-03-05",
    pdf_title="Executive 5 March 2024", pdf_author="City of Bradford MDC",
    cover=["City of Bradford Metropolitan District Council", "Executive", "Tuesday, 5 March 2024 at 10.30 am",
           "Committee Room 1, City Hall, Bradford"],
    cover_body=["Members of the Executive: Councillors Shabana Rauf-Kingsley (Chair), Bevan Achterfeld, Marguerite Osei, Idris Tollemache, Zara Cunliffe",
                "Notes: This agenda can be made available in Braille, large print or tape format.",
                "From: City Solicitor. Agenda Contact: Imogen Stallybrass, Phone: 01274 432987"],
    agenda=[("1", "Disclosures of Interest"), ("2", "Minutes ({minutes})"),
            ("3", "Inspection of Reports and Background Papers"), ("4", "Recommendations to the Executive"),
            ("5", "Bradford Libraries: A New Service Model ({report})")],
    marks=["Agenda Item 2", "Agenda Item 5"],
    prev_title_lines=["Minutes of a meeting of the Executive held on Tuesday, 6 February 2024 in Committee Room 1, City Hall, Bradford",
                      "Commenced 10.30 am Concluded 12.05 pm"],
    prev_items=[
        {"num": "96.", "title": "CITY PARK MIRROR POOL: REPAIRS", "body": [
            "The Portfolio Holder for Healthy People and Places reported that the Mirror Pool in City Park had been drained since November after leaks were found in the pipework beneath it. The repairs would cost £386,000.",
            "A member asked whether the pool would be ready for the summer. The Portfolio Holder replied that the contractor expected to finish by the end of May 2024, in time for the summer events in City Park.",
            "Resolved: That the repairs be approved."]},
        {"num": "97.", "title": "KEIGHLEY TOWN CENTRE: CAVENDISH STREET IMPROVEMENTS", "body": [
            "The Executive approved a scheme to widen the pavements on Cavendish Street in Keighley and plant 22 street trees, costing £2.1 million from the Keighley Towns Fund. Work would start in June and last about nine months.",
            "Resolved: That the scheme be approved."]},
    ],
    report=report(
        ["Report of the Strategic Director, Place to the meeting of the Executive to be held on 5 March 2024",
                        "Subject: Bradford Libraries - A New Service Model"],
        [("Summary statement:", "This report proposes a new model for the district's libraries following public consultation."),
                  ("Portfolio:", "Healthy People and Places"),
                  ("Overview and Scrutiny Area:", "Regeneration and Environment"),
                  ("Report Contact:", "Ottoline Barraclough, Head of Libraries")],
        [
            ("1. SUMMARY", [
                "1.1 The council's budget for 2024/25 requires the library service to save £1.3 million. This report sets out a model in which the City Library and the district's larger libraries keep their current hours and smaller libraries reduce their hours or move to community management."]),
            ("2. BACKGROUND", [
                "2.1 There are 29 libraries in the district. In 2022/23 Keighley Library received 183,000 visits and Ilkley Library 121,000 visits, while eleven community libraries each received fewer than 20,000.",
                "2.2 Keighley Library is a Carnegie building of 1904 and will remain open six days a week."]),
            ("3. CONSULTATION", [
                "3.1 A twelve week consultation received 5,410 responses. Seventy per cent of respondents said they would accept shorter opening hours if it meant that no library closed.",
                "3.2 Eight community groups have expressed interest in running their local library with support from the council."]),
            ("4. PROPOSALS", [
                "4.1 Eleven smaller libraries will open for three days a week, including one Saturday morning each month. The City Library will keep its hours and open until 7pm on Thursdays.",
                "4.2 Where a community group takes on a library, the council will provide the books, computers and the library management system free of charge for at least five years."]),
            ("5. RECOMMENDATIONS", [
                "5.1 That the Executive approves the new service model to take effect from 1 July 2024."]),
        ]),
    footer=["Page {n}"], number_offset=1)

# ============================================================================ Word reports

doc(name="SODC_Cabinet_Report_EV_Charging_CarParks", form="docx-report",
    council="South Oxfordshire District Council", stated="yes", committee="Cabinet", date="2023-12-07",
    docx_author="Democratic Services",
    letterhead=["South Oxfordshire District Council", "Abbey House, Abbey Close, Abingdon OX14 3JE"],
    report=report(
        ["Cabinet Report", "Date of Meeting: 7 December 2023",
         "Electric Vehicle Charging in Council Car Parks: Phase 2"],
        [("Report of:", "Head of Housing and Environment"), ("Report author:", "Leander Coverdale"),
         ("Wards affected:", "Henley North and Henley South; Thame; Wallingford"),
         ("Cabinet member:", "Councillor Rosamund Attwater, Cabinet Member for Climate Change"),
         ("Key decision:", "Yes")],
        [("Purpose of Report", [
            "1. To seek approval for the second phase of electric vehicle charging points in the council's car parks, following the first phase installed in Didcot and Abingdon Road car parks in 2022."]),
         ("Recommendations", [
            "2. That Cabinet approves the installation of 34 charging points in council car parks in Henley, Thame and Wallingford.",
            "3. That Cabinet delegates the award of the supply and operation contract to the Head of Housing and Environment, in consultation with the Cabinet Member for Climate Change."]),
         ("Background", [
            "4. Phase 1 provided 20 charging points. Use has grown every quarter, and in the last quarter the chargers in Didcot were in use for an average of 31 per cent of the day, which is well above the 15 per cent at which chargers usually cover their running costs.",
            "5. Residents in Henley and Thame have asked for charging points in the town centres, where many homes are terraced and have no off street parking."]),
         ("Proposal", [
            "6. It is proposed to install 14 charging points in the Kings Road car park in Henley, 12 in the Southern Road car park in Thame and 8 in the Cattle Market car park in Wallingford.",
            "7. The number at Wallingford is lower because the local electricity supply is limited. A grid capacity study is to be carried out by the network operator in early 2024 to find out whether rapid chargers could be added in the Cattle Market car park at a later date.",
            "8. Drivers will pay for charging through a contactless card reader or an app. Normal parking charges will also apply."]),
         ("Financial Implications", [
            "9. The capital cost of phase 2 is estimated at £476,000. Of this, £310,000 will come from the Office for Zero Emission Vehicles grant and the remaining £166,000 from the council's capital programme.",
            "10. The operator will share 40 per cent of its profit with the council. Income is forecast at £18,000 a year once use reaches 20 per cent."]),
         ("Climate and Ecological Implications", [
            "11. Supporting the move to electric vehicles contributes to the council's aim of a carbon neutral district by 2030."]),
         ("Background Papers", [
            "12. Cabinet report, 'Electric vehicle charging in council car parks', 3 February 2022."]),
        ]),
    header="South Oxfordshire District Council - Cabinet - 7 December 2023",
    footer=["Agenda Item 9"])

doc(name="TMBC_Cabinet_Report_Rural_Bus_Services", form="docx-report",
    council="Tonbridge and Malling Borough Council", stated="yes", committee="Cabinet", date="2024-09-10",
    docx_author="Tonbridge and Malling BC",
    letterhead=["TONBRIDGE AND MALLING BOROUGH COUNCIL", "CABINET"],
    report=report(
        ["10 September 2024", "Report of the Director of Planning, Housing and Environmental Health",
         "Part 1 - Public. Executive Key Decision: SUPPORT FOR RURAL AND EVENING BUS SERVICES"],
        [("Summary", "To agree a contribution towards two bus services at risk of withdrawal."),
         ("Portfolio Holder", "Cllr Marcia Eddington, Cabinet Member for Transformation and Infrastructure"),
         ("Lead Officer", "Barnaby Quilliam")],
        [("1.1 Introduction", [
            "1.1.1 Kent County Council has told the Borough Council that it can no longer fully fund two bus services within the borough when the current contracts end on 31 October 2024: the evening service on route 58 between Tonbridge, Hadlow and East Peckham, and the Sunday service on route 151 between West Malling, Kings Hill and Maidstone.",
            "1.1.2 Together the two services carry about 1,900 passenger journeys a month. A survey of passengers on the buses in June 2024 found that 44 per cent of evening passengers on route 58 were travelling to or from work and that most had no car available."]),
         ("1.2 The Proposal", [
            "1.2.1 It is proposed that the Borough Council contributes £64,000 a year for two years towards the cost of the two services, with Kent County Council paying the rest. The operator, Hadlow Weald Coaches Ltd, has agreed to keep the current timetable.",
            "1.2.2 Kent County Council has not yet confirmed whether it will continue its own share of the funding after March 2026, and members should be aware that the services may be at risk again at that point."]),
         ("1.3 Financial and Value for Money Considerations", [
            "1.3.1 The contribution will be met from the Climate Change reserve. Kent County Council's share is about £118,000 a year."]),
         ("1.4 Risk Assessment", [
            "1.4.1 If passenger numbers fall below 1,200 journeys a month, the Council may withdraw its contribution with three months' notice."]),
         ("1.5 Recommendations", [
            "1.5.1 That Cabinet AGREES a contribution of up to £64,000 a year for two years from 1 November 2024 towards bus routes 58 and 151."]),
        ]),
    header="Cabinet - 10 September 2024",
    footer=["Background papers: nil", "contact: Barnaby Quilliam"])

# ============================================================================ Word minutes

doc(name="EHDC_Cabinet_Minutes_9_March_2023", form="docx-minutes",
    council="East Hampshire District Council", stated="yes", committee="Cabinet", date="2023-03-09",
    docx_author="Democratic Services",
    title_lines=["EAST HAMPSHIRE DISTRICT COUNCIL",
                 "Minutes of the Meeting of the Cabinet held on Thursday, 9 March 2023 at 6.00pm in the Council Chamber, Penns Place, Petersfield"],
    attendance=[("Present:", "Councillors Montague Fairweather (Leader), Celestine Arbuthnot, Rupert Deverell, Hester Goldring, Lucius Pennycook"),
                ("Apologies:", "Councillor Wilhelmina Sturt")],
    items=[
        {"num": "CAB.101", "title": "MINUTES OF THE PREVIOUS MEETING", "body": [
            "The minutes of the meeting held on 9 February 2023 were confirmed and signed as a correct record."]},
        {"num": "CAB.102", "title": "PETERSFIELD HEATH POND: DESILTING AND BANK REPAIRS", "body": [
            "The Portfolio Holder for Environment, Councillor Deverell, introduced the report. Silt had built up in the Heath Pond over many decades, and in the hot summer of 2022 large areas of the pond had become shallow and choked with algae, and fish had died.",
            "The proposed works would remove about 9,000 cubic metres of silt and repair the eroded banks on the north side, where the path had begun to collapse. The silt would be spread on farmland nearby rather than sent to landfill, subject to testing.",
            "The cost of the works was estimated at £640,000. The Council would contribute £400,000 from its capital programme and the rest would come from the Heath Pond Trust's appeal and a grant from the Environment Agency.",
            "Councillor Goldring asked whether the Petersfield Heath fair and other events would be affected. Councillor Deverell said that the works would be timed to avoid the fair in October, and that the common would stay open throughout.",
            "RESOLVED: That the works be approved, subject to the necessary consents."]},
        {"num": "CAB.103", "title": "WHITEHILL & BORDON: RELIEF ROAD LANDSCAPING", "body": [
            "Cabinet agreed to adopt the landscaped areas along the Bordon Relief Road from the developer, with a maintenance sum of £215,000 to cover the first fifteen years.",
            "In answer to a question from Councillor Pennycook, the Portfolio Holder said that the developer would replace any trees that died in the first five years."]},
        {"num": "CAB.104", "title": "ALTON: CROSS AND PILLORY LANE CAR PARK CHARGES", "body": [
            "Councillor Arbuthnot proposed, and Councillor Goldring seconded, that a charge of 50p for the first hour be introduced at the Cross and Pillory Lane car park in Alton. On a vote, four members were in favour and one against.",
            "RESOLVED: That the new charge take effect from 1 May 2023."]},
    ],
    closing=["The meeting closed at 7.12pm", "CHAIRMAN"],
    header="East Hampshire District Council - Cabinet - 9 March 2023",
    footer=["Minutes - Cabinet - 09.03.23", "1"])

doc(name="WLBC_Cabinet_Minutes_12_November_2024", form="docx-minutes",
    council="West Lancashire Borough Council", stated="yes", committee="Cabinet", date="2024-11-12",
    docx_author="Member Services",
    title_lines=["WEST LANCASHIRE BOROUGH COUNCIL",
                 "CABINET - HELD AT THE COUNCIL CHAMBER, 52 DERBY STREET, ORMSKIRK ON TUESDAY, 12TH NOVEMBER 2024 AT 7.00 PM"],
    attendance=[("Present:", "Councillor Horatio Pendlebury (Leader, in the Chair), Councillors Jasmine Arkwright, Crispin Threlfall, Marigold Eccleston, Tobias Wardleworth"),
                ("In attendance:", "Councillors Una Gillibrand and Felix Rimmington")],
    items=[
        {"num": "45", "title": "MINUTES", "body": [
            "RESOLVED: That the minutes of the meeting held on 10 September 2024 be received as a correct record and signed by the Leader."]},
        {"num": "46", "title": "URBAN TREE PLANTING AND WOODLAND CREATION PROGRAMME", "body": [
            "Councillor Eccleston, Portfolio Holder for Environment, introduced the report. In the 2023/24 planting season the Council had planted 3,100 trees across the borough, most of them whips planted by volunteers in Tawd Valley Park in Skelmersdale and at Beacon Country Park.",
            "For 2024/25 the report proposed planting 180 larger street trees in Ormskirk and Burscough, where tree cover was lowest, and a new woodland of four hectares at Abbey Lane playing fields in Burscough. The cost of £220,000 would be met mainly from the Urban Tree Challenge Fund.",
            "Councillor Gillibrand asked who would water the street trees. Councillor Eccleston replied that the tree supplier would water them and replace any that died for three years after planting.",
            "Councillor Rimmington asked whether residents could object to a tree outside their home. The Head of Environmental Services said that every household on an affected street would be written to, and that trees would not be planted in front of a home where the occupier objected unless there was no other suitable place.",
            "RESOLVED: That the programme be approved."]},
        {"num": "47", "title": "SKELMERSDALE CONCOURSE: MARKET STALLS", "body": [
            "Cabinet agreed to reduce the weekly rent for outdoor market stalls on the Concourse in Skelmersdale from £45 to £30 for twelve months to fill empty pitches.",
            "RESOLVED: That the reduction be approved."]},
        {"num": "48", "title": "HOUSING: KITCHEN AND BATHROOM REPLACEMENT CONTRACT", "body": [
            "Cabinet considered the award of a four year contract for replacing kitchens and bathrooms in council homes. Councillor Threlfall moved that the contract be awarded to Wardle & Pike Building Services Ltd, which had scored highest on quality and price. This was seconded by Councillor Wardleworth. On a vote, the motion was carried unanimously.",
            "RESOLVED: That the contract be awarded, with around 420 kitchens and 380 bathrooms to be replaced each year."]},
    ],
    closing=["The meeting closed at 8.06 pm."],
    header="CABINET HELD 12TH NOVEMBER 2024",
    footer=["West Lancashire Borough Council", "Page 1"])

# ============================================================================ plain text

doc(name="Wycombe_DC_Cabinet_Minutes_16_September_2019", form="txt",
    council="Wycombe District Council", stated="yes", committee="Cabinet", date="2019-09-16",
    title_lines=["WYCOMBE DISTRICT COUNCIL",
                 "Minutes of the meeting of the CABINET held at the Council Offices, Queen Victoria Road, High Wycombe",
                 "on Monday, 16 September 2019 at 6.30 pm", "",
                 "Published on the council website: 23 September 2019"],
    attendance=[("Present:", "Councillor Aubrey Tennyson-Crane (Leader, Chairman), Councillors Philippa Strangways, Godfrey Kilbride, Annika Wolverson, Stellan Moorcroft, Lavinia Pritchett"),
                ("Also present:", "Councillors Barnaby Swaffield and Ruth Okonkwo-Hale"),
                ("Apologies:", "Councillor Edmund Harcourt")],
    items=[
        {"num": "51", "title": "Minutes", "body": [
            "RESOLVED: That the minutes of the meeting held on 15 July 2019 be approved as a correct record and signed by the Chairman."]},
        {"num": "52", "title": "Wycombe Rye Lido: Future Options", "body": [
            "The Cabinet Member for Community, Councillor Strangways, introduced the report on the Rye Lido, the open air swimming pool on the Rye in High Wycombe, which had been closed since the end of the 2017 season. The pool tank leaked and the plant room equipment was beyond repair.",
            "The report set out three options: a full restoration costing about £4.5 million, a smaller splash pool and paddling area costing about £1.6 million, or returning the site to parkland. A public consultation on the options would be launched in November 2019 and would run for eight weeks, and a decision would be brought back to Cabinet after it had closed.",
            "Councillor Swaffield asked whether a community group could take on the lido. Councillor Strangways said that the council would welcome a bid from the Rye Pool Community Trust, provided the group could show it had the money to run it for at least ten years.",
            "RESOLVED: That the consultation go ahead on the three options."]},
        {"num": "53", "title": "Wycombe Leisure Centre: Learner Pool Ventilation", "body": [
            "Cabinet approved spending of £285,000 to replace the air handling unit serving the learner pool at Wycombe Leisure Centre at Handy Cross, after condensation had caused repeated closures of the learner pool in the winter of 2018/19.",
            "Councillor Okonkwo-Hale asked whether the learner pool would close while the work was done. The Cabinet Member said the work would be done over three weeks in February 2020, and that lessons would be moved into the main pool during that time."]},
        {"num": "54", "title": "Eden Bus Station: Toilets and Waiting Area", "body": [
            "Cabinet agreed to refurbish the toilets and waiting room at the bus station next to the Eden shopping centre at a cost of £118,000. The Cabinet Member for Economic Development and Regeneration, Councillor Kilbride, said that the waiting room would be open from 7am to 8pm every day after the work was finished.",
            "It was proposed by Councillor Kilbride and seconded by Councillor Moorcroft, and carried unanimously."]},
        {"num": "55", "title": "Preparations for the New Buckinghamshire Council", "body": [
            "The Chief Executive reported on preparations for the new unitary Buckinghamshire Council, which would replace the district councils and the county council on 1 April 2020. Cabinet noted that staff from the council would transfer to the new council on that date."]},
    ],
    closing=["", "The meeting ended at 8.02 pm", "Chairman"])
