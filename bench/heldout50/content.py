"""The documents of bench/heldout50: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout50.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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


# 1 ---------------------------------------------------------------- Watford (mg-meeting)
doc(
    name="ieListDocuments_CId142_MId3381_Watford_Cabinet", form="mg-meeting",
    council="Watford Borough Council", stated="yes", committee="Cabinet", date="2023-07-10",
    site=site("Watford Borough Council", "watford.moderngov.co.uk", "Town Hall, Watford, Hertfordshire WD17 3EX",
              "© Watford Borough Council 2023"),
    heading="Agenda and minutes: Cabinet - Monday, 10th July, 2023 7.00 pm",
    venue="Committee Room 2, Town Hall, Watford",
    contact="Democratic Services, Watford Borough Council",
    items=[
        item("14", "Apologies for absence", ["Apologies were received from Councillor Ruth Ellacombe."]),
        item("15", "Disclosure of interests", ["There were no disclosures of interest."]),
        item("16", "Electric vehicle charging in council car parks", [
            "The Associate Director of Environment, Gareth Pellow, introduced the report, which proposed a concession contract for rapid and fast electric vehicle charging points in four council car parks: Church Car Park, Sutton Car Park, Gade Car Park and the Watford Central leisure centre car park.",
            "He explained that the preferred bidder, Voltway Charging Ltd, would install and maintain 46 charging points at no capital cost to the council, in return for a fifteen year concession. The council would receive 8 per cent of the net income from each charging session.",
            "Councillor Daniel Okafor asked whether residents without driveways in the terraced streets around Vicarage Road would benefit. The Associate Director replied that a separate on-street pilot with lamp column chargers would be brought forward in the autumn, and that the car park scheme was aimed at visitors and town centre workers.",
            "Councillor Imogen Tarrant asked what would happen if the charging points were not maintained. The officer said that the contract set a target of 97 per cent availability, with service credits payable to the council if that was missed in any quarter.",
            "RESOLVED: that the concession contract for electric vehicle charging in four council car parks be awarded to Voltway Charging Ltd for fifteen years.",
        ]),
        item("17", "Cassiobury Park pavilion café lease", [
            "The Head of Property, Alison Marchetti, reported that the lease of the café in the pavilion at Cassiobury Park expired in March 2024, and that the current tenant had given notice that they would not renew.",
            "Officers had carried out a soft market test, which drew interest from nine operators. Members noted that the rent to be achieved would not be known until the formal tender closed, and that the tender would be issued in September.",
            "Councillor Okafor asked that any new tenant be required to keep the public toilets in the pavilion open during park hours. The Head of Property agreed to include this in the tender specification.",
            "RESOLVED: that officers be authorised to tender the lease of the Cassiobury Park pavilion café for a term of ten years.",
        ]),
        item("18", "Council tax support scheme 2024/25: consultation", [
            "The Head of Revenues and Benefits, Martin Hollis, presented proposals to consult on changes to the council tax support scheme for working age residents, including raising the maximum support from 75 per cent to 80 per cent of the bill.",
            "He said that the change would cost the council around £96,000 a year in its share of the tax, and that the consultation would run for eight weeks from 1 August 2023.",
            "RESOLVED: that consultation on the draft council tax support scheme for 2024/25 be approved.",
        ]),
    ],
)

# 2 ---------------------------------------------------------------- Preston (mg-meeting, planning)
doc(
    name="ieListDocuments_CId117_MId5562_Preston_Planning", form="mg-meeting",
    council="Preston City Council", stated="yes", committee="Planning Committee", date="2024-03-07",
    site=site("Preston City Council", "preston.moderngov.co.uk", "Town Hall, Lancaster Road, Preston PR1 2RL",
              "© Preston City Council"),
    heading="Agenda and minutes: Planning Committee - Thursday, 7th March, 2024 10.00 am",
    venue="Council Chamber, Town Hall, Lancaster Road, Preston",
    contact="Committee Services, Preston City Council",
    items=[
        item("PC81", "Apologies", ["Apologies were received from Councillors Harriet Vose and Kamal Bhatti."]),
        item("PC82", "Minutes of the last meeting", ["The minutes of the meeting held on 8 February 2024 were agreed as a correct record."]),
        item("PC83", "06/2023/0917 - Land off Garstang Road, Broughton", [
            "Outline application for up to 64 dwellings with access from Garstang Road.",
            "The Planning Officer, Nadia Crompton, reported that the site lay outside the settlement boundary but was allocated in the Central Lancashire Local Plan review as a preferred site. Lancashire County Council as highway authority raised no objection, subject to a contribution of £180,000 towards improvements at the junction with the A6.",
            "A neighbour, Mr Colin Ashworth, spoke against the application, citing flooding of the field in winter. The agent, Ms Freya Dunmore of Ribble Land Planning, said the drainage strategy included two attenuation ponds sized for a 1 in 100 year storm plus 40 per cent for climate change.",
            "Councillor Peter Haighton moved that the application be approved as recommended; this was seconded by Councillor Lucy Brannan. On being put to the vote there were 8 votes for, 3 against and 1 abstention.",
            "RESOLVED: that outline planning permission be granted subject to conditions and a section 106 agreement securing 30 per cent affordable housing.",
        ]),
        item("PC84", "06/2023/1044 - 112 Fishergate, Preston", [
            "Change of use of the ground floor from a shop to a hot food takeaway with extraction flue to the rear.",
            "The Planning Officer said that the proposal would leave a run of three takeaways within 40 metres on that side of Fishergate, and that the Environmental Health officer had concerns about odour affecting the flats above.",
            "Councillor Brannan moved that the application be refused as recommended; this was seconded by Councillor Tom Ridehalgh. The motion was carried unanimously.",
            "RESOLVED: that planning permission be refused for the reasons set out in the report.",
        ]),
        item("PC85", "06/2023/1102 - Moor Park, Deepdale", [
            "Installation of a new floodlit 3G football pitch with 4.5 metre ball stop fencing and a storage container.",
            "The Planning Officer reported that the pitch would replace an existing grass pitch in the north of the park and that the lights would be switched off by 9.30 pm. Historic England had been consulted because Moor Park is a registered park and garden, and had not objected.",
            "In answer to a question from Councillor Vikram Saini, the officer said that the lighting report showed no light spill onto the houses on Moor Park Avenue above the recommended level.",
            "RESOLVED: that planning permission be granted subject to the conditions in the report.",
        ]),
    ],
)

# 3 ---------------------------------------------------------------- Medway (mg-meeting)
doc(
    name="ieListDocuments_CId115_MId6620_Medway_Cabinet", form="mg-meeting",
    council="Medway Council", stated="yes", committee="Cabinet", date="2023-11-14",
    site=site("Medway Council", "democracy.medway.gov.uk", "Gun Wharf, Dock Road, Chatham, Kent ME4 4TR",
              "© Medway Council 2023"),
    heading="Agenda and minutes: Cabinet - Tuesday 14 November 2023 3.00 pm",
    venue="Meeting Room 2 - Level 3, Gun Wharf, Dock Road, Chatham ME4 4TR",
    contact="Democratic Services Officer, Medway Council",
    items=[
        item("112", "Apologies for absence", ["There were none."]),
        item("113", "Record of decisions", ["The record of the meeting held on 17 October 2023 was agreed and signed by the Leader as correct."]),
        item("114", "Littering and dog fouling enforcement contract", [
            "The Portfolio Holder for Neighbourhood Services, Councillor Adeel Sharrock, introduced the report. The pilot with an external enforcement company had ended in August, and the report set out the options for the future of environmental enforcement across Chatham, Gillingham, Rochester, Strood and Rainham.",
            "During the twelve month pilot, Kestrel Environmental Services had issued 3,412 fixed penalty notices, 91 per cent of them for dropping cigarette ends. The payment rate was 68 per cent. Only 22 notices had been issued for dog fouling.",
            "The Cabinet heard that complaints had been received about officers approaching people at the Pentagon Centre bus station. The Head of Environmental Services, Joanne Cleverley, said that every officer now wore a body camera and that all complaints had been reviewed; four had been upheld.",
            "The fixed penalty for littering would rise from £100 to £150, with a reduction to £100 for payment within ten days, in line with the maximum set by the government.",
            "Decision: The Cabinet agreed to procure a three year environmental enforcement contract, with a requirement that at least a quarter of patrol hours be spent on residential streets rather than town centres.",
        ]),
        item("115", "Strood Riverside: public realm phase two", [
            "The Cabinet considered a report on the second phase of the riverside walk at Strood, between Rochester Bridge and the Medway Valley Walk.",
            "The Chief Operating Officer reported that the tender for the works had come in at £2.84 million against a budget of £2.5 million, mainly because of the cost of piling along the river wall. The gap would be met from the Levelling Up Fund contingency.",
            "The works would include a new cycle path, seating, and planting of 120 trees, and were expected to take 44 weeks from January 2024.",
            "Decision: The Cabinet agreed to award the contract for Strood Riverside phase two to Tidemill Civils Ltd.",
        ]),
        item("116", "Medway school transport: post-16 policy", [
            "The Portfolio Holder for Education, Councillor Beatrice Ofori, presented the annual post-16 transport policy statement. The contribution charged to families for a travel pass would stay at £540 for 2024/25, with a reduced rate of £270 for families receiving free school meals.",
            "Decision: The Cabinet approved the post-16 transport policy statement for 2024/25.",
        ]),
    ],
)

# 4 ---------------------------------------------------------------- Oxford (mg-meeting)
doc(
    name="ieListDocuments_CId223_MId7419_Oxford_Cabinet", form="mg-meeting",
    council="Oxford City Council", stated="yes", committee="Cabinet", date="2024-06-12",
    site=site("Oxford City Council", "mycouncil.oxford.gov.uk", "Town Hall, St Aldate's, Oxford OX1 1BX",
              "© Oxford City Council"),
    heading="Agenda and minutes: Cabinet - Wednesday, 12th June, 2024 6.00 pm",
    venue="Council Chamber, Town Hall, St Aldate's, Oxford OX1 1BX",
    contact="Committee and Member Services Officer",
    items=[
        item("9.", "Declarations of interest", ["Councillor Fenella Ruddock declared that she was a member of the Cowley Road Carnival board and took no part in item 12."]),
        item("10.", "Public Addresses and Questions", [
            "Ms Hannah Berridge of Jericho asked when the towpath lighting on the Oxford Canal would be repaired. The Cabinet Member for Parks, Councillor Amos Quarrie, replied that the Canal and River Trust owned the towpath and that the council had written to the Trust offering to share the cost of a survey of the lights.",
        ]),
        item("11.", "Electric vehicle charging: on-street hubs", [
            "The Cabinet Member for Zero Carbon, Councillor Priya Laithwaite, introduced the report on the next phase of on-street charging, which would add 180 charging points at 30 hubs in Headington, Marston, Rose Hill and Blackbird Leys.",
            "The scheme would be funded from the government's Local Electric Vehicle Infrastructure fund, with the county council as the lead authority. The city council would provide land for six of the hubs on its own estates.",
            "A survey of parking pressure in each proposed street would be commissioned over the summer, and the locations of the hubs would be confirmed only after that survey had reported in October 2024.",
            "Resolved to: approve the city council's participation in the second phase of the on-street charging programme and delegate the final choice of sites to the Director of Development.",
        ]),
        item("12.", "Cowley Road Carnival: grant agreement", [
            "The Cabinet agreed a grant of £45,000 a year for three years to the Cowley Road Carnival, on condition that the organisers held an event management plan approved by the Safety Advisory Group no later than eight weeks before each carnival.",
            "Resolved to: approve the three year grant agreement.",
        ]),
        item("13.", "Housing Revenue Account: damp and mould", [
            "The Head of Housing Services, Clement Adeyinka, reported that 1,146 reports of damp and mould had been received from council tenants in 2023/24, up from 702 the year before. Of these, 89 per cent had been inspected within ten working days.",
            "Councillor Laithwaite asked about the worst affected estates. He said that the Barton estate and the Wood Farm flats accounted for almost a third of all cases, and that a programme of loft insulation and extractor fans would start there in September.",
            "Resolved to: note the report and approve an additional £1.2 million from Housing Revenue Account reserves for damp and mould works in 2024/25.",
        ]),
    ],
)

# 5 ---------------------------------------------------------------- Tendring (mg-meeting)
doc(
    name="ieListDocuments_CId131_MId4405_Tendring_Cabinet", form="mg-meeting",
    council="Tendring District Council", stated="yes", committee="Cabinet", date="2023-09-22",
    site=site("Tendring District Council", "tdcdemocracy.tendringdc.gov.uk", "Town Hall, Station Road, Clacton-on-Sea, Essex CO15 1SE",
              "© Tendring District Council"),
    heading="Agenda and minutes: Cabinet - Friday, 22nd September, 2023 10.30 am",
    venue="Princes Theatre, Town Hall, Station Road, Clacton-on-Sea, CO15 1SE",
    contact="Committee Services Officer, Tendring District Council",
    items=[
        item("41.", "Apologies for Absence", ["There were no apologies for absence on this occasion."]),
        item("42.", "Minutes of the Last Meeting", ["It was RESOLVED that the minutes of the meeting of the Cabinet held on Friday 18 August 2023 be approved as a correct record."]),
        item("43.", "Beach huts at Frinton-on-Sea and Walton-on-the-Naze: fees and waiting list", [
            "Cabinet had before it a report of the Portfolio Holder for Leisure and Tourism, Councillor Stella Grimwade, on the beach hut sites on the Frinton and Walton seafronts.",
            "It was reported that there were 1,118 council beach hut sites in the two towns and 2,370 people on the waiting list, some of whom had waited more than twelve years. A review of the waiting list had removed 410 names of people who did not reply to letters.",
            "The annual site licence fee for a hut on the Frinton Greensward would rise by 6 per cent to £742 from April 2024. Councillor Noel Featherstone asked whether hut owners would be able to rent their huts out by the day. The Portfolio Holder replied that sub-letting would stay forbidden.",
            "It was moved by Councillor Grimwade, seconded by Councillor Featherstone and RESOLVED that the beach hut fees for 2024/25 set out in the appendix be approved.",
        ]),
        item("44.", "Public conveniences: Clacton seafront and Jaywick", [
            "Cabinet considered the condition of the public toilets at Martello Bay, the Pier Gap and Jaywick Sands. A condition survey had found that the Pier Gap block needed a new roof and that the Jaywick block was beyond economic repair.",
            "The Portfolio Holder for the Environment, Councillor Leon Prestage, proposed that the Jaywick block be replaced with a modular unit with a changing places toilet. The cost of the replacement was not yet known, as the council was still waiting for prices from suppliers, and a further report would come to Cabinet once the prices were in.",
            "It was RESOLVED that the Pier Gap roof be repaired at a cost of up to £38,000 and that officers seek quotations for a modular replacement at Jaywick Sands.",
        ]),
        item("45.", "Clacton Town Hall: solar panels", [
            "Cabinet noted that 212 solar panels had been fitted to the roof of Clacton Town Hall in July and were expected to save £21,500 a year on electricity.",
        ]),
    ],
)

# 6 ---------------------------------------------------------------- Huntingdonshire (mg-meeting)
doc(
    name="ieListDocuments_CId143_MId8826_Huntingdonshire_OSP", form="mg-meeting",
    council="Huntingdonshire District Council", stated="yes", committee="Overview and Scrutiny Panel (Performance and Growth)", date="2023-12-06",
    site=site("Huntingdonshire District Council", "applications.huntingdonshire.gov.uk/moderngov", "Pathfinder House, St Mary's Street, Huntingdon PE29 3TN",
              "© Huntingdonshire District Council"),
    heading="Agenda and minutes: Overview and Scrutiny Panel (Performance and Growth) - Wednesday, 6th December, 2023 7.00 pm",
    venue="Civic Suite 0.1A, Pathfinder House, St Mary's Street, Huntingdon, PE29 3TN",
    contact="Democratic Services Officer",
    items=[
        item("31.", "Minutes", ["The Minutes of the meeting of the Panel held on 1st November 2023 were approved as a correct record and signed by the Chair."]),
        item("32.", "Members' Interests", ["No declarations were received."]),
        item("33.", "Homelessness and Temporary Accommodation", [
            "The Panel received a report by the Housing Needs and Resources Manager, Kerry Dunsmore, on the rise in homelessness across the district.",
            "There were 163 households in temporary accommodation at the end of October 2023, compared with 98 a year earlier, and 41 of them were in bed and breakfast hotels, mostly in Huntingdon and St Neots. The net cost of temporary accommodation to the Council was forecast at £1.37 million for 2023/24.",
            "Councillor Gregory Pennell asked why the number had risen so fast. The Manager said that the main cause was private landlords selling up or ending tenancies, which accounted for 46 per cent of cases, followed by family and friends no longer able to house people.",
            "Councillor Sasha Wedderburn asked whether the Council would buy its own homes for temporary use. The Manager said that a study of the costs of buying up to 30 homes was being commissioned from external advisers and would report to Cabinet in the spring.",
            "The Panel agreed to review progress at its meeting in June 2024.",
        ]),
        item("34.", "St Neots Future High Street Fund Programme", [
            "The Regeneration Programme Manager, Owen Trethowan, updated the Panel on the St Neots programme. The works to Market Square were 70 per cent complete and would finish in April 2024. The new footbridge scheme at Priory Park had been removed from the programme after costs rose to £4.1 million.",
            "Councillor Pennell asked what the traders on the square had said about the works. The officer said that a survey of businesses had been carried out in October, in which 61 per cent said their takings had fallen during the works, and that a shop local campaign would run over Christmas.",
        ]),
        item("35.", "Corporate Performance Report 2023/24 Quarter 2", [
            "The Panel noted that 76 per cent of major planning applications were determined within 13 weeks, against a target of 80 per cent, and that the average time taken to process new Housing Benefit claims was 19 days.",
        ]),
    ],
)

# 7 ---------------------------------------------------------------- Cheltenham (mg-item)
doc(
    name="mgAi_ID52213_Cheltenham_OSC_Parking", form="mg-item",
    council="Cheltenham Borough Council", stated="yes", committee="Overview and Scrutiny Committee", date="2024-01-29",
    site=site("Cheltenham Borough Council", "democracy.cheltenham.gov.uk", "Municipal Offices, Promenade, Cheltenham, Gloucestershire GL50 9SA",
              "© Cheltenham Borough Council 2024", breadcrumb=["Home", "Meetings", "Overview and Scrutiny Committee", "Agenda item"]),
    meeting_line="29/01/2024 - Overview and Scrutiny Committee (Item 58)",
    items=[
        item("58", "Car parking tariffs and the Sunday charge", [
            "The Cabinet Member for Finance and Assets, Councillor Roland Everitt, and the Parking Services Manager, Gemma Lockyer, attended to present the proposed car parking tariffs for 2024/25 ahead of the Cabinet decision in February.",
            "The Parking Services Manager explained that the council ran 18 off-street car parks, including Regent Arcade, North Place, St James Street and Town Centre East. Usage was still 9 per cent below the level of 2019, while the cost of business rates, cash collection and repairs to the multi-storey car parks had risen.",
            "The main proposals were to raise the hourly rate in the central car parks from £1.60 to £1.80, to introduce a flat Sunday charge of £2 for the day in place of free parking, and to keep the first hour free at Chapel Walk for shoppers with a Blue Badge.",
            "Councillor Miriam Soames said that the Sunday charge would hurt churchgoers and the Montpellier restaurants. Councillor Everitt replied that Sunday was now the second busiest day in the car parks and that most other towns in the county already charged on Sundays.",
            "Councillor Jonah Wellbeloved asked how the new tariff compared with the Park and Ride at Arle Court. The Manager said that the Park and Ride was run by Gloucestershire County Council and that the borough council did not set its fares.",
            "The Committee AGREED to recommend to Cabinet that the Sunday charge be reduced to £1 for the first year, and that a review of its effect on town centre footfall be reported to the Committee after twelve months.",
        ], intro="The Committee considered a report of the Cabinet Member for Finance and Assets.",
           links=[("Car parking tariffs 2024/25 report", "312 KB"), ("Appendix A - proposed tariffs", "98 KB")]),
    ],
)

# 8 ---------------------------------------------------------------- Ipswich (mg-item)
doc(
    name="mgAi_ID30518_Ipswich_Executive_TA", form="mg-item",
    council="Ipswich Borough Council", stated="yes", committee="Executive", date="2024-02-06",
    site=site("Ipswich Borough Council", "democracy.ipswich.gov.uk", "Grafton House, 15-17 Russell Road, Ipswich IP1 2DE",
              "© Ipswich Borough Council", breadcrumb=["Home", "Committees", "Executive", "Agenda item"]),
    meeting_line="Executive, Tuesday 6 February 2024 6.00 pm",
    items=[
        item("E/23/77", "Purchase of homes for temporary accommodation", [
            "The Portfolio Holder for Housing, Councillor Bernadette Quaye, introduced the report. The number of households placed in bed and breakfast by Ipswich Borough Council had reached 94 in December 2023, and the council was spending about £48,000 a week on nightly paid accommodation.",
            "The report proposed buying 40 homes over two years for use as temporary accommodation, funded by borrowing of £9.6 million and a grant of £2.1 million from the Local Authority Housing Fund.",
            "The first purchases had been agreed: a block of twelve flats on Ravenswood Avenue at a price of £1.98 million, and six houses in the Chantry area, where the sellers had accepted the council's offer.",
            "Councillor Timothy Glasscock asked whether buying homes would push up prices for first time buyers. The Head of Housing, Ravi Mistry, replied that 40 homes over two years was less than 1 per cent of sales in the borough and would not move prices.",
            "Councillor Glasscock then asked how much the scheme would save. The Head of Housing said that each family moved out of bed and breakfast into a council owned home saved around £14,500 a year.",
            "RESOLVED: that the purchase programme of up to 40 homes for temporary accommodation be approved, and that the Executive Director of Resources be authorised to complete purchases within the approved budget.",
        ], intro="Report of the Portfolio Holder for Housing (E/23/77).",
           links=[("E/23/77 Temporary accommodation purchases", "244 KB")]),
    ],
)

# 9 ---------------------------------------------------------------- West Sussex (mg-decision)
doc(
    name="ieDecisionDetails_ID7731_WestSussex_A29", form="mg-decision",
    council="West Sussex County Council", stated="yes", committee="Cabinet Member for Highways and Transport", date="2024-09-18",
    site=site("West Sussex County Council", "westsussex.moderngov.co.uk", "County Hall, West Street, Chichester PO19 1RQ",
              "© West Sussex County Council"),
    decision_title="Decision details: A29 London Road, Pulborough - speed limit and crossing improvements",
    fields=[
        ("Decision Maker:", "Cabinet Member for Highways and Transport"),
        ("Decision status:", "Recommendations Approved"),
        ("Is Key Decision?:", "No"),
        ("Is subject to call in?:", "Yes"),
    ],
    sections=[
        ("Purpose:", [
            "To approve a scheme of safety improvements on the A29 London Road at Pulborough, between the junction with the A283 and Stane Street, following 11 injury collisions in the five years to December 2023, two of them serious.",
        ]),
        ("Decision:", [
            "The Cabinet Member for Highways and Transport approved a scheme comprising a new signal controlled crossing near Pulborough Village Hall, resurfacing with high friction surfacing on the approach to the bend at Church Place, and new road markings.",
            "The Cabinet Member also approved the start of a statutory consultation on reducing the speed limit on this length of road from 50mph to 40mph. The consultation will open in October 2024 and the responses will be reported for a further decision.",
        ]),
        ("Reasons for the decision:", [
            "A petition of 1,240 signatures was presented to the County Council in January 2024 by Pulborough Parish Council asking for a safer crossing for children walking to the primary school.",
            "The crossing and surfacing will cost an estimated £312,000, funded from the Integrated Transport Block and a contribution of £40,000 from developer funds for the Glebelands housing site.",
        ]),
        ("Alternative options considered:", [
            "A zebra crossing was considered but rejected because traffic speeds measured at the site averaged 41mph, above the level at which a zebra crossing is advised.",
        ]),
    ],
    tail=[
        ("Interests and dispensations:", "None declared."),
        ("Publication date:", "18/09/2024"),
        ("Date of decision:", "18/09/2024"),
        ("Effective from:", "26/09/2024"),
    ],
    links=[("HT12 24-25 Decision report A29 Pulborough", "420 KB")],
)

# 10 --------------------------------------------------------------- Luton (mg-decision)
doc(
    name="ieDecisionDetails_ID4187_Luton_PSPO", form="mg-decision",
    council="Luton Borough Council", stated="yes", committee="Executive", date="2023-10-16",
    site=site("Luton Borough Council", "democracy.luton.gov.uk", "Town Hall, George Street, Luton LU1 2BQ",
              "© Luton Borough Council"),
    decision_title="Decision details: Public Spaces Protection Order - dog control and littering",
    fields=[
        ("Decision Maker:", "Executive"),
        ("Decision status:", "Recommendations Approved"),
        ("Is Key Decision?:", "Yes"),
        ("Is subject to call in?:", "Yes"),
    ],
    sections=[
        ("Purpose:", [
            "To agree a borough wide Public Spaces Protection Order covering dog fouling, dogs on leads and the exclusion of dogs from children's play areas, and to set the fixed penalty for littering.",
        ]),
        ("Decision:", [
            "The Executive approved the making of a Public Spaces Protection Order for three years, covering all public land in Luton, including Wardown Park, Stockwood Park and the People's Park.",
            "Dogs must be kept on a lead in all cemeteries and on the paths around the lake at Wardown Park. A fixed penalty of £100 will be charged for dog fouling and for breaching the order.",
            "The fixed penalty for dropping litter will be £150, reduced to £90 if paid within 14 days.",
            "The number of additional enforcement officers to be recruited has not yet been decided and will be settled as part of the budget for 2024/25.",
        ]),
        ("Reasons for the decision:", [
            "A public consultation held from 3 July to 27 August 2023 received 1,083 responses. Of these, 84 per cent supported the dog fouling rule and 71 per cent supported keeping dogs on leads around the lake at Wardown Park.",
            "The Kennel Club objected to the exclusion of dogs from play areas in Stockwood Park, but the Executive noted that those areas were fenced and small.",
        ]),
        ("Alternative options considered:", [
            "To let the existing order lapse in November 2023. This was rejected because the Council would lose the power to issue fixed penalties for dog fouling.",
        ]),
    ],
    tail=[
        ("Interests and dispensations:", "None."),
        ("Date of decision:", "16/10/2023"),
        ("Effective from:", "25/10/2023"),
        ("Lead officer:", "Service Manager, Neighbourhood Enforcement"),
    ],
    links=[("Executive report - PSPO dog control and littering", "515 KB")],
)

# 11 --------------------------------------------------------------- Norfolk (pdf-minutes)
doc(
    name="Norfolk_Cabinet_Minutes_2024-04-08", form="pdf-minutes",
    council="Norfolk County Council", stated="yes", committee="Cabinet", date="2024-04-08",
    pdf_title="Cabinet minutes 8 April 2024", pdf_author="Democratic Services",
    title_lines=["Norfolk County Council", "Cabinet",
                 "Minutes of the meeting held on Monday 8 April 2024 at 10am in the Council Chamber, County Hall, Martineau Lane, Norwich",
                 "Present: Cllr Graham Attlesey (Chair, Leader), Cllr Penelope Sayward, Cllr Rufus Cotterell, Cllr Moira Lingwood, Cllr Declan Fairhurst, Cllr Tabitha Oakden"],
    attendance=[("Officers present:", "Executive Director of Community and Environmental Services; Director of Highways, Transport and Waste; Director of Strategic Finance.")],
    items=[
        item("1", "Apologies for Absence", ["Apologies were received from Cllr Ewan Pridmore."]),
        item("2", "Minutes", ["The minutes of the Cabinet meeting held on 4 March 2024 were agreed as an accurate record."]),
        item("3", "Electric Vehicle Charging: Norfolk Local EV Infrastructure Programme", [
            "Cabinet received the report setting out the county's bid for Local Electric Vehicle Infrastructure capital of £6.8 million to install on-street chargers in market towns and villages where private investment had not reached.",
            "The Cabinet Member for Environment and Waste, Cllr Penelope Sayward, said that there were 2.1 public chargers per 10,000 people in rural Norfolk compared with 6.4 in Norwich. The first towns to benefit would be Swaffham, North Walsham, Diss and Wymondham, with 92 chargers planned across them.",
            "Cllr Fairhurst asked whether the chargers would be on pavements. The Director of Highways, Transport and Waste said that no charger would be placed on a footway narrower than 1.5 metres and that most would go in council owned car parks.",
            "Cabinet RESOLVED to approve the procurement of a charge point operator for a concession of up to 15 years.",
        ]),
        item("4", "Highways Capital Programme 2024/25", [
            "The Director of Highways, Transport and Waste introduced the programme of £74.2 million. This included £9.3 million for structural maintenance of the A140 and A1067 and £2.6 million for the replacement of the Hellesdon and Haddiscoe footbridges.",
            "The Cabinet Member for Highways, Cllr Rufus Cotterell, said that pothole repairs had risen to 61,000 in 2023, the highest number for five years, after the wet winter.",
            "In the 2023 condition survey, 4 per cent of the A road network was found to need repair, compared with 7 per cent of the B and C road network.",
            "Cabinet RESOLVED to approve the Highways Capital Programme 2024/25 and delegate changes between schemes to the Director.",
        ]),
        item("5", "Norfolk Library Service: Open Library Extension", [
            "Cabinet agreed to extend Open Library hours, where members can use the library with their card when no staff are present, to six further libraries: Attleborough, Fakenham, Hunstanton, Loddon, Watton and Wells.",
            "The cost of the equipment would be £186,000, met from the Library Improvement Fund. Cllr Lingwood asked about safety; the officer said every Open Library had CCTV and an intercom to the county contact centre.",
        ]),
    ],
    closing=["The meeting ended at 11.48am.", "Chair"],
    header="Cabinet 8 April 2024", header_right="Minutes 1 - 5", footer=["Page {n} of {total}"],
)

# 12 --------------------------------------------------------------- Staffordshire (pdf-minutes)
doc(
    name="SCC_Cabinet_Minutes_20231018", form="pdf-minutes",
    council="Staffordshire County Council", stated="yes", committee="Cabinet", date="2023-10-18",
    pdf_title="Minutes of the Cabinet Meeting", pdf_author="Staffordshire County Council",
    title_lines=["Minutes of the Cabinet Meeting held on 18 October 2023",
                 "Present: Alan Trentham (Chair), Philippa Dunstall, Marcus Okonjo, Bernard Illingworth, Geraldine Sowerby, Neil Cattermole",
                 "Also in attendance: Kerry-Ann Bexley (Scrutiny Chair)"],
    attendance=[("Apologies:", "Lionel Fernyhough")],
    items=[
        item("52.", "Decision notice of the meeting held on 20 September 2023", ["Resolved - That the notice of the decisions of the meeting held on 20 September 2023 be approved."]),
        item("53.", "Leader's Statement", ["The Leader reported on the opening of the new Stafford Western Access Route footpath and on the county's part in the regional bid for an investment zone."]),
        item("54.", "Street Lighting: LED Conversion Programme Phase 3", [
            "Reasons for the Decision - To consider the next phase of the conversion of street lights to LED lanterns.",
            "The Cabinet Member for Highways and Transport, Bernard Illingworth, reported that 86,000 of the county's 114,000 street lights had already been converted to LED, cutting the energy used by street lighting by 58 per cent. Phase 3 would convert the remaining 28,000 lights, mainly in Cannock Chase, Lichfield and the Staffordshire Moorlands, at a cost of £11.4 million.",
            "The new lanterns would dim to 50 per cent of full output between midnight and 5.30am, but would not be switched off. The Cabinet Member said that part night switching off had been ruled out following concerns from the police.",
            "Marcus Okonjo asked how long the lanterns would last. The Cabinet Member said that the manufacturer's warranty was 25 years.",
            "Decision - That the LED conversion programme phase 3 be approved and the contract be awarded to Brightline Highways Ltd.",
        ]),
        item("55.", "School Organisation: Rugeley Primary Places", [
            "Reasons for the Decision - To consider the expansion of Chancel Primary School in Rugeley from 1.5 forms of entry to 2 forms of entry.",
            "The Cabinet Member for Education, Geraldine Sowerby, said that births in Rugeley and the new homes on the former power station site meant a shortfall of 75 reception places by September 2026. The expansion would add four classrooms and cost £3.9 million, of which £2.2 million would come from developer contributions.",
            "Decision - That the expansion of Chancel Primary School be approved, subject to planning permission.",
        ]),
        item("56.", "Integrated Performance Report - Quarter 1 2023/24", [
            "The Cabinet noted that the council was forecasting an overspend of £6.2 million, mainly in children's social care, where the number of children in care had risen to 1,310.",
            "Decision - That the report be noted.",
        ]),
    ],
    closing=["Alan Trentham", "Chair"],
    header="Cabinet - 18 October 2023", footer=["- {n} -"],
)

# 13 --------------------------------------------------------------- Derbyshire Dales (pdf-minutes)
doc(
    name="DDDC_Community_Environment_Minutes_14-03-2024", form="pdf-minutes",
    council="Derbyshire Dales District Council", stated="yes", committee="Community and Environment Committee", date="2024-03-14",
    pdf_title="Community and Environment Committee Minutes", pdf_author="Committee Team",
    title_lines=["DERBYSHIRE DALES DISTRICT COUNCIL", "COMMUNITY AND ENVIRONMENT COMMITTEE",
                 "Minutes of a Community and Environment Committee meeting held at 6.00pm on Thursday 14th March 2024 in the Council Chamber, Town Hall, Matlock.",
                 "PRESENT: Councillor Wendy Hulland (Chair), Councillors Arnold Brimelow, Tessa Kirkwood, Felix Orchard, Joan Staveley, Rupert Vardy and Lorna Whitmore."],
    attendance=[("Officers:", "Director of Community and Environmental Services, Parking and Markets Manager, Committee Advisor.")],
    items=[
        item("381/23", "APOLOGIES", ["Apologies for absence were received from Councillor Gideon Marsh."]),
        item("382/23", "CAR PARKING CHARGES 2024/25", [
            "The Parking and Markets Manager, Duncan Pilsworth, presented the review of car park charges. The council owned 27 pay and display car parks in Matlock, Bakewell, Ashbourne, Wirksworth and Matlock Bath. Income in 2023/24 was forecast at £2.43 million.",
            "It was proposed to increase the tariff for up to three hours in the Matlock Bath car parks from £4.50 to £5.00 and to raise the price of a resident's annual permit from £95 to £105. Charges in Wirksworth would not change, because the Town Council had asked for them to stay the same while the Market Place works were completed.",
            "Councillor Orchard asked whether the car parks at Bakewell would take card payments. The Manager replied that all machines would accept card and phone payments by the end of June 2024.",
            "Councillor Kirkwood asked whether the increase in Matlock Bath would bring in more money or drive visitors onto the roadside. The Manager said that the likely effect on income of the new charges was not yet known and would be reported once the summer season figures were available.",
            "It was moved by Councillor Hulland, seconded by Councillor Vardy and RESOLVED (unanimously) that the car park charges for 2024/25 be approved.",
        ]),
        item("383/23", "PUBLIC CONVENIENCES: ASHBOURNE AND HARTINGTON", [
            "The Committee considered a report on the public toilets at Shawcroft car park in Ashbourne and at Hartington. Cleaning was now carried out by Dalescape Facilities Ltd under a contract awarded in 2022.",
            "An inspection in February 2024 found that the Hartington toilets had failing drainage and a leaking roof. The cost of the repairs was estimated at £27,500. Members agreed that a charge of 40p would be introduced at the Shawcroft toilets to help meet running costs.",
            "RESOLVED (by 6 votes to 1) that the repairs at Hartington be carried out and the charge at Shawcroft be introduced from 1 May 2024.",
        ]),
        item("384/23", "TREE PLANTING AT HURST FARM, MATLOCK", [
            "The Committee noted that 1,500 trees had been planted on council land at Hurst Farm in December 2023 by 64 volunteers working with the Derbyshire Wildlife Trust.",
        ]),
    ],
    closing=["MEETING CLOSED 7.42PM", "CHAIRMAN"],
    header="Community and Environment Committee - 14 March 2024", footer=["{n}"],
)

# 14 --------------------------------------------------------------- Exeter (pdf-minutes)
doc(
    name="Exeter_Executive_Minutes_05112024", form="pdf-minutes",
    council="Exeter City Council", stated="yes", committee="Executive", date="2024-11-05",
    pdf_title="Executive - 5 November 2024 - Minutes", pdf_author="Democratic Services, Exeter City Council",
    title_lines=["EXECUTIVE", "Tuesday 5 November 2024",
                 "Present: Councillor Morwenna Tregaskis (Chair), Councillors Anselm Burrows, Clarissa Penhallow, Idris Vowles, Jasper Kittow and Rosalind Yeo",
                 "Exeter City Council, Civic Centre, Paris Street, Exeter"],
    attendance=[("Also present:", "Chief Executive, Strategic Director for Place, Director of Finance, Democratic Services Officer.")],
    items=[
        item("88", "MINUTES", ["The minutes of the meeting held on 8 October 2024 were taken as read, approved and signed by the Chair as correct."]),
        item("89", "DECLARATIONS OF INTEREST", ["No declarations of disclosable pecuniary interests were made."]),
        item("90", "EXETER CITY CENTRE TREES STRATEGY", [
            "The Portfolio Holder for Climate and Ecological Change, Councillor Idris Vowles, presented the City Centre Trees Strategy, which set a goal of raising tree canopy cover in the city centre from 9 per cent to 14 per cent by 2040.",
            "Some 340 new street trees would be planted in the first five years, starting with Sidwell Street, Paris Street and the Bus Station square, using tree pits that collect rain water from the pavement.",
            "Councillor Burrows asked who would water the young trees. The Portfolio Holder said that the planting contract included three years of watering and aftercare, and that a Tree Warden scheme for residents would be launched in the spring.",
            "An independent survey of the health of the 2,800 trees in the city's parks and cemeteries would be commissioned in January 2025, and a felling and replacement programme would be drawn up once its results were known.",
            "RESOLVED that the City Centre Trees Strategy be adopted.",
        ]),
        item("91", "RIVERSIDE LEISURE CENTRE: REOPENING ARRANGEMENTS", [
            "The Strategic Director for Place reported that the refurbishment of Riverside Leisure Centre on Cowick Street had been completed two months late, at a final cost of £11.9 million against a budget of £10.6 million, because asbestos had been found in the roof void.",
            "The centre would be run by the council's own leisure company. Councillor Penhallow asked whether prices would rise. The Director said that a swim for an adult would cost £5.40, the same as at the Pyramids, and that under 16s would swim free during school holidays until Easter 2025.",
            "RESOLVED that the reopening arrangements and the fees be approved.",
        ]),
        item("92", "QUAYSIDE MARKET LICENCES", [
            "The Executive agreed to grant licences for a Sunday market on Exeter Quay from April to October 2025, with up to 36 stalls. The fee per stall would be £28 a day.",
        ]),
    ],
    closing=["(The meeting commenced at 5.30 pm and closed at 7.04 pm)", "Chair"],
    header="Executive 5 November 2024", header_right="Minutes 88 - 92", footer=["Page {n}"],
)

# 15 --------------------------------------------------------------- Boston (pdf-minutes)
doc(
    name="BBC_Cabinet_Minutes_2023-06-21", form="pdf-minutes",
    council="Boston Borough Council", stated="yes", committee="Cabinet", date="2023-06-21",
    pdf_title="Cabinet Minutes 21 June 2023", pdf_author="Democratic Services",
    title_lines=["BOSTON BOROUGH COUNCIL", "CABINET",
                 "Minutes of a meeting of the Cabinet held in the Council Chamber, Municipal Buildings, West Street, Boston, on Wednesday, 21st June, 2023 at 6.30 pm.",
                 "Present: Councillor Roderick Fenwright, in the Chair. Councillors Clifford Amesbury, Agatha Dolling, Harvey Mumby, Selina Rawnsley and Victor Ulceby."],
    attendance=[("In attendance:", "Chief Executive, Assistant Director - Regulatory, Head of Property, Democratic Services Officer.")],
    items=[
        item("CAB11", "APOLOGIES FOR ABSENCE", ["None."]),
        item("CAB12", "DECLARATIONS OF INTEREST", ["Councillor Dolling declared a non pecuniary interest in item CAB14 as a trader on Boston Market."]),
        item("CAB13", "BOSTON MARKET PLACE: STALLS AND CHARGES", [
            "The Portfolio Holder for Town Centre, Councillor Harvey Mumby, presented the report. On a typical Wednesday in May 2023 there were 58 stalls trading on the Market Place, and on a typical Saturday there were 71. Both figures were lower than in 2019.",
            "It was proposed to reduce the daily pitch fee from £24 to £18 for new traders in their first six months, and to introduce a Thursday evening food market on the Market Place from August.",
            "Councillor Rawnsley asked whether the traders had been consulted. The Assistant Director said that 44 traders had replied to a questionnaire in April, and that 80 per cent of them had supported the cheaper fee for new traders.",
            "RESOLVED that the new charges and the Thursday evening food market be approved.",
        ]),
        item("CAB14", "PE21 TOWN CENTRE REGENERATION: CENTRAL PARK AND THE PUMP SQUARE", [
            "The Head of Property reported on the Town Deal schemes. The works to Pump Square were finished and had cost £1.76 million. The planned new play area in Central Park would go out to tender in July, with an estimated budget of £420,000.",
            "Councillor Amesbury asked about anti social behaviour at Pump Square. The Head of Property said that two CCTV cameras had been added and that the police had reported a fall in incidents since the square reopened.",
            "RESOLVED that the progress report be noted.",
        ]),
        item("CAB15", "FLOOD RESILIENCE GRANTS", [
            "The Cabinet noted that 126 homes in Fishtoft and Wyberton had received property flood resilience grants of up to £5,000 each from the Environment Agency fund administered by the council.",
        ]),
    ],
    closing=["The meeting closed at 7.51 pm.", "Chairman"],
    header="Cabinet, 21 June 2023", footer=["{n}"],
)

# 16 --------------------------------------------------------------- Peak District (pdf-minutes, planning)
doc(
    name="PDNPA_Planning_Committee_Minutes_2024-05-10", form="pdf-minutes",
    council="Peak District National Park Authority", stated="yes", committee="Planning Committee", date="2024-05-10",
    pdf_title="Planning Committee Minutes 10 May 2024", pdf_author="Peak District National Park Authority",
    title_lines=["Peak District National Park Authority", "MINUTES",
                 "Meeting: Planning Committee",
                 "Date: Friday 10 May 2024 at 10.00 am",
                 "Venue: Aldern House, Baslow Road, Bakewell",
                 "Chair: Mr Crispin Hollowell",
                 "Present: Mrs Delia Ashford, Mr Ivor Bramwell, Cllr Nina Fogarty, Mr Osmund Pike, Cllr Jeanette Quarmby, Mrs Thea Rowsley, Cllr Lyle Staniforth"],
    attendance=[],
    items=[
        item("41/24", "Minutes of previous meeting of 12 April 2024", ["The minutes of the last meeting of the Planning Committee held on 12 April 2024 were approved as a correct record."]),
        item("42/24", "Full Application - Conversion of field barn to holiday let at Lane Head Farm, Hartington (NP/DDD/1123/1402)", [
            "The Planning Officer, Mrs Rhiannon Gledhill, reported that the barn was a traditional stone field barn of local interest. The scheme would keep the existing openings and add no new windows to the front.",
            "Hartington Town Quarter Parish Council supported the application. Members visited the site on the morning of the meeting.",
            "The officer recommendation of approval was moved by Mr Pike and seconded by Cllr Fogarty. The motion was put to the vote and carried by 7 votes to 1.",
            "RESOLVED: To APPROVE the application subject to conditions, including that the barn be used for holiday letting only and not as a permanent home.",
        ]),
        item("43/24", "Full Application - Extension to car park and new toilet block at Monsal Head, Little Longstone (NP/DDD/0124/0055)", [
            "The application sought to add 38 spaces to the car park and build a toilet block with an accessible toilet.",
            "The Planning Officer reported that the Authority's car park counts in August 2023 showed the car park full on 19 of 31 days, with cars parked on the verges of the B6465. Natural England had raised no objection.",
            "Mr Bramwell said that more spaces would only draw more cars into the valley. Cllr Quarmby said that the new toilets were badly needed, as visitors were using the woods.",
            "RESOLVED: To APPROVE the application subject to conditions, including a landscaping scheme with native hedging.",
        ]),
        item("44/24", "Full Application - Agricultural building at Upper Booth Farm, Edale (NP/HPK/0224/0131)", [
            "The applicant sought a general purpose agricultural building of 540 square metres. The Planning Officer said that the size had not been justified by the farm's livestock numbers and that the site was prominent in views from the Pennine Way.",
            "RESOLVED: To REFUSE the application for the reasons set out in the report.",
        ]),
        item("45/24", "Monitoring and Enforcement Quarterly Review", [
            "The Committee noted that 62 new enforcement cases had been opened in the quarter and 71 had been closed.",
        ]),
    ],
    closing=["The meeting ended at 1.05 pm"],
    header="Planning Committee Minutes", header_right="10 May 2024", footer=["Page {n}"],
)

# 17 --------------------------------------------------------------- Winchester (pdf-pack)
doc(
    name="Winchester_Cabinet_Pack_2023-12-13", form="pdf-pack",
    council="Winchester City Council", stated="yes", committee="Cabinet", date="2023-12-13",
    pdf_title="Cabinet agenda 13 December 2023", pdf_author="Democratic Services",
    cover=["Cabinet", "Winchester City Council", "Wednesday, 13 December 2023 at 9.30 am",
           "Venue: Walton Suite, Guildhall, Winchester"],
    cover_body=["Members of the Cabinet are summoned to attend the meeting for the purpose of transacting the business below.",
                "The meeting will be open to the public and will be broadcast live on the Council's website.",
                "Chief Executive, City Offices, Colebrook Street, Winchester SO23 9LJ"],
    agenda=[("1", "Apologies and Deputy Members"), ("2", "Declarations of Interests"),
            ("3", "Minutes of the previous meeting held on 15 November 2023 ({minutes})"),
            ("4", "Public Participation"),
            ("5", "Electric Vehicle Charging in Council Car Parks: Phase 2 (CAB3421) ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["CABINET", "Wednesday, 15 November 2023",
                      "Attendance: Councillors Harriet Pennington (Chairperson), Ashok Veerasamy, Lydia Crabbe, Martin Goldthorpe, Nerys Holyoake, Quentin Stallard"],
    prev_items=[
        item("1.", "DECLARATIONS OF INTERESTS", ["No declarations of interest were made."]),
        item("2.", "PUBLIC PARTICIPATION", [
            "Mr Laurence Dibley of Stanmore asked why the Winnall household waste route lorries were still using Easton Lane at school times. Councillor Goldthorpe replied that the collection rounds would be redrawn in the new year and that he would ask the contractor to avoid the school run.",
        ]),
        item("3.", "CENTRAL WINCHESTER REGENERATION: BUS STATION SITE (CAB3409)", [
            "Councillor Veerasamy introduced the report on the former bus station site on Friarsgate. The archaeological dig on the site had found the remains of a Roman street and part of a medieval tannery, which would be recorded and covered over.",
            "RESOLVED: That the Strategic Director be authorised to agree the heads of terms with the preferred development partner.",
        ]),
        item("4.", "COUNCIL TAX BASE 2024/25 (CAB3412)", [
            "RESOLVED: That the council tax base for 2024/25 be set at 52,914 Band D equivalent properties.",
        ]),
    ],
    report=report(
        ["CAB3421", "CABINET", "REPORT TITLE: ELECTRIC VEHICLE CHARGING IN COUNCIL CAR PARKS: PHASE 2"],
        [("Date:", "13 December 2023"), ("Report of:", "Strategic Director"),
         ("Contact Officer:", "Bethany Scorer, Climate Emergency Programme Lead"),
         ("Wards affected:", "St Michael, St Bartholomew, Bishop's Waltham, Alresford and Itchen Valley")],
        [("1. PURPOSE", [
            "1.1 This report asks Cabinet to approve the second phase of electric vehicle charging in council car parks, adding 64 fast chargers in eight car parks, including Chesil Street multi-storey, Tower Street, Park and Ride South, and the car parks at Bishop's Waltham and New Alresford.",
        ]),
         ("2. BACKGROUND", [
             "2.1 Phase 1, completed in 2022, installed 40 chargers at Middle Brook Street, Worthy Lane and Park and Ride East. Use of the phase 1 chargers has grown quickly: in October 2023 they delivered 41,600 kWh, three times the amount in October 2022.",
             "2.2 At Worthy Lane the chargers were in use for an average of 9.2 hours a day in October 2023, and drivers have complained of queues at peak times.",
         ]),
         ("3. PROPOSAL", [
             "3.1 It is proposed that phase 2 be delivered under a contract with Chargewell UK Ltd, selected through the Hampshire framework. The operator will meet the full cost of the chargers and the grid connections and will pay the council a share of 12 per cent of the income from each charger.",
             "3.2 The tariff will be set by the operator but is capped at 65p per kWh under the contract, with a review each April.",
             "3.3 Each charging bay will have a maximum stay of four hours between 8am and 8pm, to stop bays being used for all day parking.",
         ]),
         ("4. FINANCIAL IMPLICATIONS", [
             "4.1 The council will lose the parking income from the 64 bays while they are used for charging, estimated at £38,000 a year, but this is expected to be more than covered by its share of the charging income after the second year.",
         ]),
         ("5. RECOMMENDATIONS", [
             "5.1 That Cabinet approves the second phase of electric vehicle charging in council car parks and the award of the contract to Chargewell UK Ltd for ten years.",
         ])]),
    footer=["Page {n}"], number_offset=0,
)

# 18 --------------------------------------------------------------- Canterbury (pdf-pack)
doc(
    name="Canterbury_Community_Committee_Pack_2024-07-03", form="pdf-pack",
    council="Canterbury City Council", stated="yes", committee="Community Committee", date="2024-07-03",
    pdf_title="Community Committee 3 July 2024", pdf_author="Democratic Services",
    cover=["Community Committee", "Canterbury City Council", "Wednesday 3 July 2024 at 7pm",
           "Guildhall, St Peter's Place, Westgate, Canterbury"],
    cover_body=["To all members of the Community Committee. You are requested to attend the meeting to consider the business set out below.",
                "Members of the public may attend. Questions must be received by noon three working days before the meeting.",
                "Head of Democracy, Council Offices, Military Road, Canterbury CT1 1YW"],
    agenda=[("1", "Apologies for absence"), ("2", "Substitute Members"), ("3", "Declarations of interest"),
            ("4", "Minutes of the meeting held on 5 June 2024 ({minutes})"),
            ("5", "Environmental Enforcement and Dog Control Review ({report})")],
    marks=["Agenda Item 4", "Agenda Item 5"],
    prev_title_lines=["Minutes of the Community Committee", "held on Wednesday 5 June 2024 at 7pm",
                      "Present: Councillor Elspeth Marriner (Chair), Councillors Barnaby Oduya, Corinne Seaward, Dominic Hythe-Cole, Farida Tasker, Gideon Wantsum"],
    prev_items=[
        item("C/24/14", "Herne Bay Pier: condition survey", [
            "The Head of Property, Ms Yvonne Brabourne, reported that the annual structural survey of Herne Bay Pier had found corrosion in six of the steel piles at the landward end. Repairs were estimated at £640,000.",
            "Councillor Oduya asked whether the pier would have to close. Ms Brabourne replied that the pier could stay open, but that the weight limit for vehicles on the deck would be reduced to 3.5 tonnes until the repairs were done.",
            "RESOLVED: That the repairs be included in the capital programme for 2025/26.",
        ]),
        item("C/24/15", "Westgate Parks: café tender", [
            "The Committee agreed that the tender for the café at Westgate Gardens be awarded to Stour Kitchen Ltd, which had offered the highest rent of £31,500 a year.",
        ]),
        item("C/24/16", "Whitstable Harbour: fees and charges", [
            "Proposed by Councillor Seaward, seconded by Councillor Tasker and RESOLVED: That the harbour mooring fees for 2024/25 be increased by 5 per cent.",
        ]),
    ],
    report=report(
        ["Community Committee", "3 July 2024", "Subject: Environmental Enforcement and Dog Control Review"],
        [("Director:", "Director of Place"), ("Portfolio holder:", "Cabinet Member for Open Spaces and Waste"),
         ("Decision issues:", "These matters are within the authority of the Committee"),
         ("Classification:", "This report is open to the public")],
        [("1. Introduction", [
            "1.1 This report reviews the first year of the council's in-house environmental enforcement team, which took over from an outside contractor in June 2023, and proposes changes to the dog control rules on the beaches at Herne Bay, Whitstable and Tankerton.",
        ]),
         ("2. Fixed penalty notices issued", [
             "2.1 In its first year the team of five officers issued 1,264 fixed penalty notices for littering, 147 for fly tipping and 38 for dog fouling. The fixed penalty for littering is £150, reduced to £100 if paid within ten days.",
             "2.2 The payment rate was 79 per cent. Unpaid notices are referred for prosecution at Canterbury Magistrates' Court.",
         ]),
         ("3. Dog control on the beaches", [
             "3.1 At present dogs are banned from the main beaches at Herne Bay and Tankerton between 1 May and 30 September. Members have asked whether the ban should start on Good Friday instead.",
             "3.2 A public consultation on the dates of the seasonal dog ban will be held from 15 July to 8 September 2024, and its results will be reported to this committee in October before any change is made to the order.",
         ]),
         ("4. Financial implications", [
             "4.1 The team cost £212,000 in its first year and fixed penalty income was £118,000. The difference is met from the general fund.",
         ]),
         ("5. Recommendations", [
             "5.1 That the committee notes the first year of the in-house enforcement team and agrees the consultation on the seasonal dog ban described in section 3.",
         ])]),
    footer=["Page {n}"],
)

# 19 --------------------------------------------------------------- Harborough (pdf-pack)
doc(
    name="HDC_Cabinet_Agenda_Pack_02092024", form="pdf-pack",
    council="Harborough District Council", stated="yes", committee="Cabinet", date="2024-09-02",
    pdf_title="Cabinet Agenda Pack", pdf_author="Harborough District Council",
    cover=["CABINET", "HARBOROUGH DISTRICT COUNCIL", "Date of Meeting: Monday 2 September 2024",
           "Time: 6.00pm", "Place: Council Chamber, The Symington Building, Adam and Eve Street, Market Harborough LE16 7AG"],
    cover_body=["Notice is hereby given that a meeting of the Cabinet will be held as above.",
                "Enquiries: Democratic Services, Harborough District Council"],
    agenda=[("1", "Apologies for Absence"), ("2", "Declarations of Members' Interests"),
            ("3", "Minutes of the Cabinet meeting held on 8 July 2024 ({minutes})"),
            ("4", "Market Harborough Market Hall: Refurbishment ({report})")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["HARBOROUGH DISTRICT COUNCIL", "MINUTES OF THE MEETING OF THE CABINET",
                      "Held at the Council Chamber, The Symington Building, on Monday 8 July 2024 commencing at 6.00pm",
                      "Present: Councillors Julian Bexworth (Leader, in the Chair), Charlotte Ingarsby, Niall Foxton, Priscilla Glooston, Terence Welham"],
    prev_items=[
        item("9.", "DECLARATIONS OF MEMBERS' INTERESTS", ["None."]),
        item("10.", "LUTTERWORTH TOWN CENTRE MASTERPLAN", [
            "The Portfolio Holder for Growth, Councillor Niall Foxton, introduced the draft masterplan, which proposed moving the Thursday market to George Street and adding a new pedestrian crossing on Church Street.",
            "Councillor Glooston asked what local people had said. Councillor Foxton said that 412 people had replied to the early engagement survey, and that the biggest concern raised was the shortage of parking near the health centre.",
            "RESOLVED: That the draft Lutterworth Town Centre Masterplan be approved for public consultation.",
        ]),
        item("11.", "HOUSEHOLD WASTE: GARDEN WASTE SUBSCRIPTION", [
            "RESOLVED: That the charge for the garden waste collection service be set at £58 per bin for 2025/26, with no change to the collection days.",
        ]),
    ],
    report=report(
        ["REPORT TO CABINET", "Market Harborough Market Hall: Refurbishment", "Date of Meeting: 2 September 2024"],
        [("Status:", "Open"), ("Key Decision:", "Yes"), ("Portfolio Holder:", "Councillor Charlotte Ingarsby, Portfolio Holder for Communities and Assets"),
         ("Report Author:", "Rowena Tilbrook, Head of Assets"), ("Ward(s):", "Market Harborough Great Bowden and Arden")],
        [("1. Purpose of Report", [
            "1.1 To seek approval to refurbish the Market Hall on Springfield Street, Market Harborough, and to agree how the traders will be housed while the work is carried out.",
        ]),
         ("2. Background", [
             "2.1 The Market Hall was built in 1993 and houses 34 indoor stalls. A building survey carried out in March 2024 found that the roof coverings were at the end of their life, that the heating system had failed, and that the goods lift did not meet current safety standards.",
             "2.2 Footfall counts show that the Market Hall had about 6,100 visitors a week in 2023, compared with 8,400 in 2018.",
         ]),
         ("3. Proposals", [
             "3.1 The refurbishment will replace the roof, install an air source heat pump, replace the goods lift and open up the frontage onto Springfield Street with new glazed doors.",
             "3.2 The estimated cost of the works is £2.35 million, funded from the council's capital receipts reserve and £700,000 from the UK Shared Prosperity Fund.",
             "3.3 While the works take place the traders will be moved to temporary stalls in the Commons car park. The length of time that the Market Hall will be closed cannot yet be confirmed, because it depends on the programme offered by the contractor chosen in the tender.",
         ]),
         ("4. Consultation", [
             "4.1 Officers met the traders on 14 May 2024. Of the 29 traders, 23 said they would move to the temporary stalls, and the council will waive their rent during the move.",
         ]),
         ("5. Recommendations", [
             "5.1 That Cabinet approves the refurbishment of the Market Hall at an estimated cost of £2.35 million, and delegates the award of the works contract to the Director of Finance and Assets.",
         ])]),
    footer=["Harborough District Council", "Page {n}"], number_offset=1,
)

# 20 --------------------------------------------------------------- Lewes (docx-report)
doc(
    name="LDC_Cabinet_Report_Newhaven_Fish_Quay", form="docx-report",
    council="Lewes District Council", stated="yes", committee="Cabinet", date="2024-01-25",
    docx_author="Regeneration Team",
    letterhead=["Lewes District Council", "Southover House, Southover Road, Lewes BN7 1AB"],
    report=report(
        ["Report to: Cabinet", "Date: 25 January 2024", "Title: Newhaven Fish Quay - cold store, ice plant and landing facilities"],
        [("Report of:", "Director of Regeneration and Planning"),
         ("Cabinet member:", "Councillor Ottilie Brenchley, Cabinet Member for Sustainable Development"),
         ("Ward(s):", "Newhaven North; Newhaven South"),
         ("Purpose of report:", "To agree the next stage of the Newhaven Fish Quay project"),
         ("Contact officer:", "Silas Wigmore, Regeneration Project Manager")],
        [("1. Introduction", [
            "1.1 Newhaven has the largest fishing fleet in East Sussex by number of boats, with 27 vessels under 10 metres landing at the East Quay. The fleet lands mostly whelks, cuttlefish, sole and plaice.",
            "1.2 At present there is no ice plant in the port. Fishermen buy ice from Shoreham or Eastbourne and bring it by van, which the Newhaven Inshore Fishing Group says adds about £90 to the cost of each trip.",
        ]),
         ("2. The proposed scheme", [
             "2.1 The scheme would build a cold store of 180 cubic metres, an ice plant able to make six tonnes of flake ice a day, and a covered landing area with new lifting gear on the East Quay.",
             "2.2 The buildings would be on land the council leases from the owner of the port, under a 35 year lease agreed in principle in November 2023.",
             "2.3 The design has been prepared with the fishermen, who asked for the ice plant to be open from 4am, before the boats go out.",
         ]),
         ("3. Funding", [
             "3.1 The cost of the scheme is estimated at £3.6 million. Of this, £2.9 million comes from the Levelling Up Fund award for Newhaven, and £700,000 from the council's capital programme.",
             "3.2 The fishermen will pay a charge for ice and for storage. The charges are set out in Appendix 2 and are designed to cover the running costs of the plant from its third year.",
         ]),
         ("4. Operation", [
             "4.1 It is proposed that the facility be run by a community interest company set up by the Newhaven Inshore Fishing Group, under a management agreement with the council.",
             "4.2 The company would employ two staff, a quay manager and an ice plant operative.",
         ]),
         ("5. Risks", [
             "5.1 The main risk is the cost of building on the quay wall. A ground investigation in October 2023 found soft clay to a depth of 9 metres, so the cold store will need piled foundations, which has been allowed for in the estimate.",
         ]),
         ("6. Recommendations", [
             "6.1 That Cabinet approves the Newhaven Fish Quay scheme at a total cost of £3.6 million.",
             "6.2 That the Director of Regeneration and Planning be authorised to procure a design and build contractor and to agree the management agreement.",
         ])]),
    header="Lewes District Council - Cabinet - 25 January 2024", footer=["Page {n}"],
)

# 21 --------------------------------------------------------------- Stafford (docx-report)
doc(
    name="SBC_Cabinet_Report_Victoria_Park_Trees", form="docx-report",
    council="Stafford Borough Council", stated="yes", committee="Cabinet", date="2024-10-03",
    docx_author="Head of Operations",
    letterhead=["Stafford Borough Council", "Civic Centre, Riverside, Stafford ST16 3AQ"],
    report=report(
        ["Cabinet - 3 October 2024", "Victoria Park and the River Sow: Tree Planting and Habitat Works",
         "Report of the Cabinet Member for Environment"],
        [("Contact Officer:", "Agnes Whitmore, Parks and Open Spaces Manager"),
         ("Wards Affected:", "Forebridge; Common; Littleworth"),
         ("Key Decision:", "No"),
         ("Call In:", "Yes")],
        [("1. Purpose of Report", [
            "1.1 To agree a programme of tree planting and river habitat works in Victoria Park and along the River Sow between Green Bridge and Kingston Pool.",
        ]),
         ("2. Proposal of the Cabinet Member", [
             "2.1 That the programme of works set out in section 5 be approved, and that the planting begin in November 2024.",
         ]),
         ("3. Background", [
             "3.1 Stafford Borough Council declared a climate emergency in 2019 and set a goal of planting 50,000 trees on its own land by 2030. Some 18,400 had been planted by March 2024.",
             "3.2 Victoria Park is the main town centre park. Many of its mature limes and horse chestnuts were planted around 1908, and 23 trees have been felled in the last five years because of disease or decay.",
         ]),
         ("4. Survey of the river corridor", [
             "4.1 An ecological survey of the River Sow corridor through the park will be carried out by the Staffordshire Wildlife Trust over the winter. It will report on water voles, otters and bats, and on whether the river banks can be reshaped to slow the flow in floods.",
             "4.2 No works will be done to the river banks until that survey has reported and its findings have been brought back to Cabinet.",
         ]),
         ("5. Programme of works", [
             "5.1 The programme would plant 260 trees in Victoria Park and on the river meadows, including 40 large nursery grown trees along the avenue by the bandstand, and a small orchard of local apple and pear varieties next to the play area.",
             "5.2 Planting would be done by the council's parks team with volunteers from the Friends of Victoria Park, with three years of watering and aftercare.",
         ]),
         ("6. Financial Implications", [
             "6.1 The cost of the tree planting is £96,000, of which £61,000 comes from the Urban Tree Challenge Fund and the rest from the council's climate change budget.",
         ])]),
    header="Agenda Item 6", footer=["Page {n}"],
)

# 22 --------------------------------------------------------------- Norwich (docx-minutes)
doc(
    name="Norwich_Cabinet_Minutes_2025-02-12", form="docx-minutes",
    council="Norwich City Council", stated="yes", committee="Cabinet", date="2025-02-12",
    docx_author="Committee Officer",
    title_lines=["Norwich City Council", "MINUTES", "Cabinet",
                 "17:30 to 19:10, 12 February 2025",
                 "Present: Councillor Linnea Stallard-Ross (chair), Councillors Rowan Kettleby, Beatrix Cossington, Caspar Thorpe-Howe, Ifeoma Brackley, Ned Larkham"],
    attendance=[("Apologies:", "Councillor Maude Hellings")],
    items=[
        item("1.", "Public questions/petitions", [
            "Question from Ms Delphine Arkwright: 'The trees on Unthank Road that were felled last year have not been replaced. When will they be?'",
            "Councillor Brackley, cabinet member for climate change and the environment, replied: 'Eleven replacement trees will be planted on Unthank Road in March, as part of this winter's planting of 420 street and park trees across the city. Each will be a heavy standard, about four metres tall, and the species have been chosen for the narrow verges.'",
        ]),
        item("2.", "Declarations of interest", ["There were no declarations of interest."]),
        item("3.", "Minutes", ["RESOLVED to approve the accuracy of the minutes of the meeting held on 15 January 2025."]),
        item("4.", "Norwich Market: roof and stall canopy renewal", [
            "The cabinet member for inclusive and sustainable growth, Councillor Kettleby, presented the report. The striped stall canopies on Norwich Market, installed in 2006, had reached the end of their life, and leaks had damaged stock on 31 of the 189 stalls in the last winter.",
            "The works would replace the canopies and the guttering over two winters, at a cost of £1.14 million. The stallholders would not be asked to pay towards the works, and rents would be frozen for 2025/26.",
            "Councillor Cossington asked whether stalls would have to close during the works. The head of property said that the order in which the rows of stalls would be done, and so which traders would be moved and when, had not been settled, and that it would be agreed with the Market Traders' Association before work began in October.",
            "RESOLVED to approve the canopy renewal works at a cost of £1.14 million.",
        ]),
        item("5.", "Council housing: fire safety in tower blocks", [
            "The cabinet member for housing, Councillor Thorpe-Howe, reported that sprinklers had been fitted in four of the city's fourteen tower blocks, including Normandie Tower and Winchester Tower, and that the programme for the remaining ten would be finished by December 2026.",
            "RESOLVED to note the report.",
        ]),
        item("6.", "Revenue budget and council tax 2025/26", [
            "RESOLVED to recommend to council a rise of 2.99 per cent in the city council's share of council tax, taking a Band D bill for the city council's element to £316.70.",
        ]),
    ],
    closing=["CHAIR"],
    header="Cabinet: 12 February 2025", footer=["Norwich City Council", "Page {n}"],
)

# 23 --------------------------------------------------------------- Flintshire (docx-minutes)
doc(
    name="Flintshire_Env_Economy_OSC_Minutes_2023-03-14", form="docx-minutes",
    council="Flintshire County Council", stated="yes", committee="Environment and Economy Overview and Scrutiny Committee", date="2023-03-14",
    docx_author="Democratic Services",
    title_lines=["ENVIRONMENT AND ECONOMY OVERVIEW AND SCRUTINY COMMITTEE",
                 "14 MARCH 2023",
                 "Minutes of the meeting of the Environment and Economy Overview and Scrutiny Committee of Flintshire County Council held as a hybrid meeting in the Delyn Committee Room, County Hall, Mold, on Tuesday, 14 March 2023.",
                 "PRESENT: Councillor Gwilym Tudno-Price (Chair). Councillors: Aled Bryniau, Catrin Elwy, Dafydd Moelfre, Eleri Pritchard-Jones, Hefin Gronant, Morfudd Llyswen."],
    attendance=[("APOLOGIES:", "Councillor Iolo Caerwys"),
                ("ALSO PRESENT:", "Chief Officer (Streetscene and Transportation), Highways Network Manager, Waste Strategy Manager")],
    items=[
        item("61.", "DECLARATIONS OF INTEREST (INCLUDING WHIPPING DECLARATIONS)", ["None were received."]),
        item("62.", "STREET LIGHTING: LED REPLACEMENT AND ENERGY COSTS", [
            "The Highways Network Manager, Mr Bryn Halkyn, reported that 97 per cent of the Council's 19,400 street lights now had LED lanterns. The rise in energy prices meant that the cost of electricity for street lighting had still gone up, from £610,000 in 2021/22 to £1.02 million in 2022/23.",
            "The Committee was asked to comment on a proposal to switch off lights on main roads outside towns between 1am and 5am. Councillor Elwy said that residents of Bagillt and Greenfield had told her they would feel unsafe walking home from late shifts on the A548.",
            "The Highways Network Manager said that no lights would be switched off at junctions, crossings or roundabouts. He added that the remaining 580 sodium lamps, mainly in Buckley, would be changed this year.",
            "Councillor Moelfre moved that the Committee support a trial of part night lighting on the A5119 only; this was seconded by Councillor Gronant.",
            "RESOLVED: That the Committee supports a trial of part night lighting on the A5119 and asks for a report on the trial after six months.",
        ]),
        item("63.", "RECYCLING PERFORMANCE 2022/23", [
            "The Waste Strategy Manager, Mrs Sian Ewloe, reported that the Council's recycling rate for 2021/22 had been 63.9 per cent, just below the Welsh Government's target of 64 per cent, putting the Council at risk of a fine.",
            "The rate at the Mold household recycling centre had been 81 per cent in 2021/22, the highest of the county's five sites. A new reuse shop would open at the Greenfield site in the summer.",
            "Councillor Bryniau asked whether the side waste rules would be enforced. The Waste Strategy Manager said that from June crews would leave a sticker on any black bin with extra bags beside it, and the bags would not be collected.",
            "RESOLVED: That the Committee notes the recycling performance and supports the side waste policy.",
        ]),
        item("64.", "FORWARD WORK PROGRAMME", ["RESOLVED: That the Forward Work Programme be approved."]),
    ],
    closing=["(The meeting started at 10.00 am and ended at 12.20 pm)", "Chair"],
    header="Environment and Economy Overview and Scrutiny Committee - 14 March 2023",
    footer=["Flintshire County Council", "{n}"],
)

# 24 --------------------------------------------------------------- Adur (txt)
doc(
    name="Adur_Council_Minutes_2023-07-20", form="txt",
    council="Adur District Council", stated="yes", committee="Council", date="2023-07-20",
    title_lines=["ADUR DISTRICT COUNCIL",
                 "MINUTES OF THE MEETING OF THE COUNCIL HELD AT THE SHOREHAM CENTRE, POND ROAD, SHOREHAM-BY-SEA",
                 "THURSDAY 20 JULY 2023 AT 7.00 PM",
                 "",
                 "Chairman: Councillor Perdita Arbuthnot"],
    attendance=[("Present:", "Councillors Arthur Coombes, Bridget Lacey-Hale, Conrad Pellingham, Dulcie Eardley, Fergus Ropetackle, Gemma Kingsbury, Horace Mash, Isla Bolton and Jerome Cockburn"),
                ("Officers:", "Chief Executive, Director for the Economy, Monitoring Officer, Democratic Services Officer"),
                ("Apologies:", "Councillor Kenelm Trussell")],
    items=[
        item("C/19/23", "Minutes", ["RESOLVED that the minutes of the meeting held on 25 May 2023 be signed as a correct record."]),
        item("C/20/23", "Questions from members of the public", [
            "Mr Leopold Fairweather of Lancing asked why the public toilets at Widewater Lagoon had been closed since Easter. The Executive Member for Environment and Leisure, Councillor Pellingham, replied that the toilets had been vandalised twice in March and that new stainless steel fittings had been ordered; they would reopen by the end of August.",
            "Ms Agatha Penfold of Shoreham Beach asked whether the council would add a changing places toilet at Shoreham Beach. Councillor Pellingham said that the council had bid for £90,000 from the Changing Places Fund to build one beside the beach green car park.",
        ]),
        item("C/21/23", "Beach huts at Lancing and Shoreham Beach", [
            "The Executive Member for Environment and Leisure presented a report on beach huts. The council owned 64 beach huts at Lancing Beach Green and 38 at Shoreham Beach, and rented them by the year. All were let, and there were 512 names on the waiting list.",
            "The report proposed building 20 new huts on the promenade at Lancing, at a cost of £186,000, to be paid back from rents within eight years. The annual rent for a council hut would be £1,150 from April 2024.",
            "Councillor Lacey-Hale said that the new huts would block the sea view from the houses on Brighton Road. Councillor Pellingham replied that the huts would be on the beach side of the promenade, below the level of the road.",
            "It was moved by Councillor Pellingham and seconded by Councillor Coombes that the recommendations be approved. On a vote, 19 members voted for, 6 against, with 2 abstentions.",
            "RESOLVED that the 20 new beach huts at Lancing be built and the rents for 2024/25 be approved.",
        ]),
        item("C/22/23", "Shoreham Adur Tidal Walls: update", [
            "The Director for the Economy reported that the Environment Agency had finished the tidal walls along the river at Shoreham, protecting 2,300 homes. The council had paid £1.2 million towards the scheme.",
        ]),
        item("C/23/23", "Motion on Notice: Sewage Discharges", [
            "Councillor Eardley moved the following motion, seconded by Councillor Mash: 'This Council calls on Southern Water to publish the number of hours of sewage discharged into the River Adur each month.'",
            "The motion was CARRIED unanimously.",
        ]),
    ],
    closing=["", "The meeting ended at 9.12 pm", "Chairman"],
)
