"""The documents of bench/heldout22: invented business of real UK councils.

Every word of the business, the people and the figures is invented for this set; the councils,
their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout22.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
truth.csv is written from `council`, `stated` (how the text names the council: `yes` in full),
`committee` and `date` (the meeting's, ISO). The content format is heldout5's; the words are this
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


# 1 ------------------------------------------------------------------ Hillingdon, mg-meeting
doc(name="ieListDocuments_CId112_MId7391_Hillingdon_Cabinet", form="mg-meeting",
    council="London Borough of Hillingdon", stated="yes", committee="Cabinet", date="2023-07-13",
    site=site("London Borough of Hillingdon", "https://modgov.hillingdon.gov.uk",
              "Civic Centre, High Street, Uxbridge UB8 1UW", "© London Borough of Hillingdon 2023",
              breadcrumb=["Home", "Council and democracy", "Meetings", "Cabinet"]),
    heading="Cabinet - Thursday, 13th July, 2023 7.00 pm",
    venue="Committee Room 6, Civic Centre, Uxbridge",
    contact="Democratic Services, 01895 250470",
    items=[
        item("1.", "Apologies for absence", ["Apologies were received from Councillor Priya Ashdown."]),
        item("2.", "Declarations of interest", ["Councillor Owen Stackpole declared that his brother leases a unit at the Pield Heath Road depot and left the room during item 5."]),
        item("3.", "Kerbside electric vehicle charging: second wave", [
            "The Cabinet Member for Transport, Councillor Marcia Ellingham, introduced the second wave of on-street chargers. Ninety lamp column chargers and fourteen fast chargers would be installed across Hayes, Yiewsley and Ruislip Manor, the fast chargers being grouped on Coldharbour Lane.",
            "The supplier selected after the mini competition was Voltbridge Street Charging Ltd, which would fund the hardware and recover its outlay from tariffs over a fifteen year concession; the Council would receive 8 per cent of net revenue.",
            "Councillor Dev Halloran asked what residents without driveways in Northwood would get. Councillor Ellingham replied that Northwood had been left out of this wave because the pavements there were too narrow for cable gullies, and that a third wave would look again at the town.",
            "The tariff for the lamp column chargers has not yet been set; officers said it would depend on the wholesale electricity contract to be agreed in the autumn.",
        ], decision=["That Cabinet approves the award of the concession to Voltbridge Street Charging Ltd and the installation programme for the second wave."]),
        item("4.", "Uxbridge Lido changing village refurbishment", [
            "Cabinet considered a report on the changing village at Uxbridge Lido on Gatting Way, where a condition survey in March had found corroded steel lockers, failed floor drainage and mould behind the cubicle panels.",
            "The refurbishment would cost £612,000 and the Lido would close to swimmers from 2 October to 15 December 2023. Councillor Stackpole asked whether the outdoor pool would stay open in September; officers confirmed it would.",
        ], decision=["That the refurbishment of the changing village at Uxbridge Lido at a cost of £612,000 be approved."]),
        item("5.", "Disposal of surplus land at Pield Heath Road", [
            "Cabinet agreed to market the former salt barn site for light industrial use. The site extends to 0.4 hectares.",
        ], decision=["That the site be offered for sale on the open market."]),
        item("6.", "Hillingdon Youth Grants 2023/24", [
            "Twenty-two awards totalling £146,500 were agreed. The largest single award, £18,000, went to the Botwell Boxing Academy for a girls' evening session.",
        ], decision=["That the youth grant awards set out in Appendix A be agreed."]),
    ])

# 2 ------------------------------------------------------------------ St Helens, mg-meeting
doc(name="ieListDocuments_CId140_MId5820_StHelens_Cabinet", form="mg-meeting",
    council="St Helens Borough Council", stated="yes", committee="Cabinet", date="2022-11-23",
    site=site("St Helens Borough Council", "https://moderngov.sthelens.gov.uk",
              "Town Hall, Victoria Square, St Helens WA10 1HP", "Copyright St Helens Borough Council",
              menu=["Home", "Your councillors", "Meetings and agendas", "Forward plan", "Search documents"]),
    heading="Cabinet - Wednesday 23 November 2022, 10.00 am",
    venue="Council Chamber, Town Hall, St Helens",
    contact="Ellen Parbold, Democratic Services Officer. Email: democraticservices@sthelens.gov.uk",
    outcome_label="Record of proceedings:",
    items=[
        item("73", "Minutes of the previous meeting", ["The minutes of the meeting held on 26 October 2022 were agreed as a correct record."]),
        item("74", "Town centre CCTV replacement", [
            "The Cabinet Member for Safer Communities, Councillor Joanne Rainford, reported that 31 of the 58 town centre cameras were analogue units more than twelve years old, and that the control room at Corporation Street could no longer obtain spare parts for them.",
            "The replacement would be carried out by Northgate Vision Security Ltd at a cost of £486,000, of which £200,000 came from the Safer Streets fund and the rest from the Council's capital programme.",
            "Councillor Gareth Lowe asked whether cameras would cover Ormskirk Street, where shopkeepers had reported repeated break-ins. Councillor Rainford answered that two new dome cameras would be placed at the Ormskirk Street and Bridge Street junction.",
        ], decision=["Cabinet approved the contract award to Northgate Vision Security Ltd."]),
        item("75", "Sherdley Park: walled garden and café", [
            "Cabinet received an update on the restoration of the walled garden at Sherdley Park. The glasshouse frame had been repaired over the summer.",
            "An ecological survey of the garden walls, which may hold roosting bats, will be commissioned in the spring before any repointing begins. The café operator will be chosen by tender once the survey has reported.",
            "Councillor Lowe asked why the café had been closed since August. The Cabinet Member explained that the previous tenant had surrendered the lease after a rise in energy costs.",
        ], decision=["Cabinet noted the update and agreed that the café be offered to let by tender."]),
        item("76", "Council Tax Support scheme 2023/24", [
            "Cabinet recommended to Council that the maximum award for working age households be raised from 80 per cent to 85 per cent of liability. About 11,400 households would benefit.",
        ], decision=["Recommended to Council."]),
        item("77", "Questions from the public", [
            "Mr Tom Ashurst of Thatto Heath asked when the footbridge over the railway at Elephant Lane would reopen. The Cabinet Member for Highways replied that Network Rail had told the Council the bridge would reopen at the end of January 2023 after deck repairs.",
        ]),
    ])

# 3 ------------------------------------------------------------------ Huntingdonshire, planning
doc(name="ieListDocuments_CId150_MId8244_Huntingdonshire_Development_Management", form="mg-meeting",
    council="Huntingdonshire District Council", stated="yes", committee="Development Management Committee", date="2024-03-18",
    site=site("Huntingdonshire District Council", "https://applications.huntingdonshire.gov.uk/moderngov",
              "Pathfinder House, St Mary's Street, Huntingdon PE29 3TN", "© Huntingdonshire District Council",
              sidebar=["Meetings calendar", "Committee structure", "Planning applications", "Attendance records"]),
    heading="Development Management Committee - Monday, 18th March, 2024 7.00 pm",
    venue="Civic Suite 0.1A, Pathfinder House, Huntingdon",
    contact="Aisha Combe, Elections and Democratic Services",
    items=[
        item("DM/112", "Members' interests", ["Councillor Roland Fenwick declared a non-registrable interest in application 23/01877/FUL as a member of St Ives Rowing Club and did not vote on it."]),
        item("DM/113", "23/01877/FUL - Boathouse extension, The Waits, St Ives", [
            "The committee considered an application to extend the rowing club boathouse by 14 metres towards the river. The Environment Agency had not objected, subject to floodable voids beneath the new floor.",
            "Mrs Hannah Brayfield spoke against the application on behalf of neighbours in The Waits, and Mr Colin Searle, club captain, spoke in support.",
            "Councillor Julie Minter moved approval, seconded by Councillor Adrian Crouch. On being put to the vote there were 9 votes in favour, 2 against and 1 abstention.",
        ], decision=["Approved, subject to the conditions in the officer report."]),
        item("DM/114", "23/02210/OUT - Land north of Low Road, Fenstanton", [
            "Outline permission was sought for 64 dwellings, with 40 per cent affordable housing and a new footway to the village primary school.",
            "Members questioned the capacity of the Low Road junction with the A1307. The highways officer said that a fresh traffic count would be carried out during school term and the results reported back.",
            "Councillor Minter moved that the application be deferred until the traffic count was available; this was seconded by Councillor Peter Gadsby and carried unanimously.",
        ], decision=["Deferred."]),
        item("DM/115", "24/00096/HHFUL - 14 Church Lane, Hemingford Grey", [
            "Single storey rear extension and replacement windows in a conservation area. There were no public speakers.",
        ], decision=["Approved as recommended. No vote was recorded."]),
        item("DM/116", "23/02341/FUL - Change of use, 3 Market Hill, Huntingdon", [
            "The committee considered the change of use of a vacant bank to a restaurant with flats above. The Town Council supported the scheme.",
            "Councillor Crouch moved refusal on the ground of cooking odours affecting the flats, seconded by Councillor Gadsby. The motion fell, 4 votes to 8. Councillor Fenwick then moved approval, seconded by Councillor Minter, and this was carried by 8 votes to 3 with 1 abstention.",
        ], decision=["Approved, with an additional condition requiring extraction equipment to be agreed before first use."]),
        item("DM/117", "Appeals update", ["Members noted that the appeal against refusal at Houghton Grange had been dismissed."]),
    ])

# 4 ------------------------------------------------------------------ Tendring, mg-meeting
doc(name="ieListDocuments_CId128_MId4417_Tendring_Cabinet", form="mg-meeting",
    council="Tendring District Council", stated="yes", committee="Cabinet", date="2021-06-25",
    site=site("Tendring District Council", "https://tdcdemocracy.tendringdc.gov.uk",
              "Town Hall, Station Road, Clacton-on-Sea CO15 1SE", "© Tendring District Council",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Library"]),
    heading="Cabinet - Friday, 25th June, 2021 10.30 am",
    venue="Princes Theatre, Town Hall, Clacton-on-Sea",
    contact="Keith Tollesbury, Committee Services",
    outcome_label="Minutes:",
    items=[
        item("21.", "Leader of the Council's announcements", ["The Leader welcomed the reopening of Clacton Pier's amusements after the easing of restrictions."]),
        item("22.", "Seafront public conveniences programme", [
            "Cabinet considered a programme to rebuild the public toilets at Marine Parade East, Clacton, and at The Walls, Harwich, and to refurbish those at Walton's Mill Lane.",
            "The Portfolio Holder for Leisure, Councillor Bernice Holland, said the Marine Parade East block would include a changing places room with a hoist and adult-sized bench. The design had been developed with the Clacton Access Group.",
            "Councillor Ian Wrabness asked whether the blocks would stay open at night in summer. Councillor Holland replied that the Harwich and Walton blocks would remain open until 10pm from May to September, with the Clacton block open until 8pm.",
            "The programme will be paid for from the Council's Beach Huts and Seafront reserve, with no call on Council Tax.",
        ], decision=["That the seafront public conveniences programme be approved."]),
        item("23.", "Beach hut site licences", [
            "Cabinet agreed a new pitch fee schedule for beach huts at Frinton and Walton, with fees rising by 4 per cent. Owners on the Greensward at Frinton would pay the higher band.",
        ], decision=["Agreed."]),
        item("24.", "Jaywick Sands community hub", [
            "An update was given on the covered market and workspace on Brooklands. Twelve of the sixteen units had tenants lined up, most of them local traders.",
        ], decision=["Noted."]),
        item("25.", "Exclusion of the press and public", ["Cabinet resolved to exclude the press and public for the following item, which concerned a lease negotiation."]),
    ])

# 5 ------------------------------------------------------------------ East Renfrewshire, mg-meeting
doc(name="ieListDocuments_CId139_MId2901_EastRenfrewshire_Cabinet", form="mg-meeting",
    council="East Renfrewshire Council", stated="yes", committee="Cabinet", date="2019-09-05",
    site=site("East Renfrewshire Council", "https://eastrenfrewshire.moderngov.co.uk",
              "Council Offices, Eastwood Park, Rouken Glen Road, Giffnock G46 6UG", "© East Renfrewshire Council",
              breadcrumb=["Home", "Meetings", "Cabinet"]),
    heading="Cabinet - Thursday 5 September 2019 10.00 am",
    venue="Committee Room 1, Council Offices, Giffnock",
    contact="Fiona Lochlibo, Committee Services",
    outcome_label="Minute:",
    items=[
        item("812.", "Declarations of interest", ["There were no declarations of interest intimated."]),
        item("813.", "Eastwood Park leisure centre: replacement", [
            "The Cabinet considered a report by the Director of Environment on the replacement of Eastwood Park leisure centre, whose pool hall roof had been found by a structural engineer to have lost much of its load bearing capacity.",
            "The new centre would have a 25 metre six lane pool, a learner pool, a gym and a soft play area, and would be built on the existing car park so that the old centre could stay open during construction.",
            "In reply to Councillor Alan Waterfoot, the Director stated that the final cost would not be known until the design reached the stage at which a contractor could price it, which was expected in the new year. The working estimate was between £24 million and £28 million.",
        ], decision=["The Cabinet agreed to proceed to detailed design of a new leisure centre at Eastwood Park."]),
        item("814.", "Rouken Glen Park: boating pond", [
            "The Cabinet noted that the boating pond at Rouken Glen Park would be desilted over the winter, the work being carried out by Clydeside Aquatic Services at a cost of £93,400.",
            "Councillor Moira Busby asked where the dredged silt would go. The Head of Environment said it would be dewatered on site and spread on the park's former nursery ground.",
        ], decision=["Noted."]),
        item("815.", "School estate: Neilston and Barrhead", [
            "The Cabinet approved a consultation on moving the Neilston Learning Campus nursery into the former library building on Main Street, Neilston.",
        ], decision=["Approved."]),
        item("816.", "Roads winter maintenance plan 2019/20", [
            "The plan keeps 78 per cent of the road network on a priority gritting route. Salt stocks at the Barrhead depot stood at 6,200 tonnes at 1 September.",
        ], decision=["Approved."]),
    ])

# 6 ------------------------------------------------------------------ Buckinghamshire, mg-meeting
doc(name="ieListDocuments_CId295_MId16120_Buckinghamshire_Cabinet", form="mg-meeting",
    council="Buckinghamshire Council", stated="yes", committee="Cabinet", date="2024-02-06",
    site=site("Buckinghamshire Council", "https://buckinghamshire.moderngov.co.uk",
              "The Gateway, Gatehouse Road, Aylesbury HP19 8FF", "© Buckinghamshire Council 2024",
              sidebar=["Browse meetings", "Cabinet details", "Forward plan", "Decisions"]),
    heading="Cabinet - Tuesday, 6 February 2024 10.00 am",
    venue="The Oculus, The Gateway, Aylesbury",
    contact="Democratic Services, democracy@buckinghamshire.gov.uk",
    note="This meeting was webcast.",
    items=[
        item("Minute 1.", "Apologies", ["Apologies were received from Councillor Grant Ickford."]),
        item("Minute 2.", "Libraries: self service opening", [
            "The Cabinet Member for Culture and Leisure, Councillor Vivienne Stoke, presented proposals to extend opening at Chesham, Marlow and Princes Risborough libraries using staff-free self service hours, with entry by library card and PIN.",
            "A three month trial at Marlow Library is to begin in April 2024. Once the trial has finished, its findings, including use by age group and any incidents, will be reported to Cabinet before the scheme is extended to the other two branches.",
            "Councillor Neil Whaddon asked how children would be kept safe during unstaffed hours. Councillor Stoke replied that under 16s would only be admitted with an adult during those hours and that the building would be monitored from Aylesbury Library.",
        ], decision=["Cabinet agreed the trial at Marlow Library."]),
        item("Minute 3.", "Highways: drainage cleansing contract", [
            "The gully cleansing contract was awarded to Chiltern Drainage Services Ltd for four years at £2.1 million a year. Around 98,000 gullies would be cleaned at least once a year, with 4,000 known trouble spots cleaned twice.",
        ], decision=["Agreed."]),
        item("Minute 4.", "Budget 2024/25: recommendation to Council", [
            "Cabinet recommended a Council Tax rise of 4.99 per cent, of which 2 per cent is the adult social care precept.",
            "In answer to Councillor Whaddon, the Cabinet Member for Resources said the revenue budget had a gap of £9.6 million before savings, closed mainly by changes to home to school transport.",
        ], decision=["Recommended to Council."]),
        item("Minute 5.", "Aylesbury Waterside theatre forecourt", [
            "Cabinet approved new seating and planting on the forecourt, at a cost of £180,000 met by developer contributions.",
        ], decision=["Approved."]),
    ])

# 7 ------------------------------------------------------------------ Hull, mg-item
doc(name="mgAi_ID81277_Hull_Cabinet", form="mg-item",
    council="Kingston upon Hull City Council", stated="yes", committee="Cabinet", date="2020-01-27",
    site=site("Kingston upon Hull City Council", "https://cmis.hullcc.gov.uk",
              "The Guildhall, Alfred Gelder Street, Hull HU1 2AA", "© Hull City Council",
              breadcrumb=["Home", "Meetings", "Cabinet", "Issue"]),
    meeting_line="27/01/2020 - Cabinet (Item 114)",
    items=[
        item("114", "East Park: splash park and lake walls", [
            "The Portfolio Holder for Neighbourhoods, Councillor Shauna Drypool, introduced a report on the second phase of works at East Park on Holderness Road.",
            "Phase one, completed in 2019, had rebuilt 380 metres of the lake walls at a cost of £1.26 million. Phase two would rebuild the remaining 240 metres and build a splash park beside the Khyber Pass rockery.",
            "The splash park would be designed and built by Wetplay Leisure Ltd. Councillor Tom Marfleet asked who would pay for it; the Portfolio Holder said the splash park would be met from the Council's capital receipts, while the lake walls relied on a National Lottery Heritage Fund grant.",
            "A resident's question from Mrs Lorna Garden of Laburnum Avenue had been submitted in writing, asking whether the animal education centre would close. The reply was that it would stay open throughout the works.",
            "Resolved that the second phase of works at East Park be approved and that the contract for the splash park be awarded to Wetplay Leisure Ltd.",
        ], links=[("Report: East Park phase two", "1 MB"), ("Appendix 1: Site plan", "640 KB")]),
    ])

# 8 ------------------------------------------------------------------ North Northamptonshire, mg-item
doc(name="mgAi_ID31902_NorthNorthamptonshire_Executive", form="mg-item",
    council="North Northamptonshire Council", stated="yes", committee="Executive", date="2022-09-15",
    site=site("North Northamptonshire Council", "https://northnorthants.moderngov.co.uk",
              "Corby Cube, George Street, Corby NN17 1QG", "© North Northamptonshire Council",
              menu=["Home", "Councillors", "Meetings", "Executive decisions", "Petitions"]),
    meeting_line="Executive, Thursday 15th September, 2022 (Item 301.)",
    items=[
        item("301.", "Home to school transport: Rushden and Higham Ferrers", [
            "The Executive Member for Children, Councillor Sandra Ringstead, reported that the contract for school buses serving Rushden and Higham Ferrers had been handed back early by its operator, which had been unable to recruit drivers.",
            "An interim arrangement had been made with Nene Valley Coaches for the autumn term. 412 pupils were eligible for free transport on these routes, and 37 of them travelled on routes with a passenger assistant.",
            "Councillor Gerald Irchester asked why parents had only been told three days before term. The Executive Member said the operator's notice had arrived on 26 August and officers had written to parents as soon as replacement routes were confirmed.",
            "The routes will be procured again as a single lot for September 2023, and the Executive agreed the procurement.",
            "RESOLVED: That the Executive notes the interim arrangement and approves the procurement of the routes for September 2023.",
        ], links=[("Home to school transport report", "420 KB")]),
    ])

# 9 ------------------------------------------------------------------ Bracknell Forest, mg-decision
doc(name="ieDecisionDetails_ID4482_BracknellForest_Food_Waste", form="mg-decision",
    council="Bracknell Forest Council", stated="yes", committee="Executive", date="2023-10-17",
    site=site("Bracknell Forest Council", "https://democratic.bracknell-forest.gov.uk",
              "Time Square, Market Street, Bracknell RG12 1JD", "© Bracknell Forest Council",
              breadcrumb=["Home", "Decisions", "Decision details"]),
    decision_title="Weekly food waste collections: roll out to flats",
    fields=[("Decision Maker:", "Executive"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To agree the extension of weekly food waste collections to blocks of flats."]),
        ("Content:", [
            "Food waste has been collected weekly from houses since 2019. Flats were left out because bin stores in many older blocks, especially in Priestwood and Great Hollands, lacked space for another container.",
            "A pilot at 20 blocks in Harmans Water recorded that 31 per cent of households took part after six months. The roll out to the remaining 260 blocks will take place between January and June 2024.",
            "Whether caddy liners will continue to be given out free is not yet decided; that depends on the waste budget for 2024/25, which will be settled in February.",
            "The roll out will be carried out by the Council's collection contractor, Berkshire Resource Partners, under a variation to the existing contract.",
        ]),
        ("Decision:", ["That weekly food waste collections be extended to all blocks of flats in the borough."]),
        ("Reasons for the decision:", ["To increase recycling and reduce the cost of disposal of residual waste."]),
    ],
    tail=[("Publication date:", "18/10/2023"), ("Date of decision:", "17/10/2023"),
          ("Decided at meeting:", "17/10/2023 - Executive"), ("Effective from:", "26/10/2023")],
    links=[("Executive report: food waste in flats", "380 KB")])

# 10 ----------------------------------------------------------------- Richmond, mg-decision
doc(name="ieDecisionDetails_ID7766_Richmond_Tree_Planting", form="mg-decision",
    council="London Borough of Richmond upon Thames", stated="yes", committee="Environment, Sustainability, Culture and Sports Committee", date="2021-11-30",
    site=site("London Borough of Richmond upon Thames", "https://cabnet.richmond.gov.uk",
              "Civic Centre, 44 York Street, Twickenham TW1 3BZ", "© London Borough of Richmond upon Thames",
              menu=["Home", "Councillors", "Committees", "Decisions", "Consultations"]),
    decision_title="Winter tree planting programme 2021/22",
    fields=[("Decision Maker:", "Environment, Sustainability, Culture and Sports Committee"), ("Decision status:", "Approved"),
            ("Wards affected:", "All wards"), ("Lead officer:", "Head of Parks and Open Spaces")],
    sections=[
        ("Summary:", [
            "The committee approved the planting of 1,150 trees this winter: 640 street trees and 510 in parks, including a new avenue of small leaved limes along the Sheen Road edge of Old Deer Park.",
            "Planting in Old Deer Park will follow a review of underground services by the utilities, which has been requested and is due to be carried out in January 2022.",
            "The planting contractor is Thameside Arboriculture Ltd. Each street tree costs £385 to plant, including two years of watering.",
        ]),
        ("Questions raised:", [
            "Councillor Bella Petersham asked whether residents could sponsor a tree. The Chair said that sponsorship at £250 a tree was open through the Council's website until the end of December.",
        ]),
        ("Decision:", ["Approved the winter planting programme as set out in the report."]),
        ("Alternative options considered:", ["Planting fewer, larger trees was rejected because of the higher watering cost."]),
    ],
    tail=[("Date of decision:", "30/11/2021"), ("Decided at meeting:", "30/11/2021 - Environment, Sustainability, Culture and Sports Committee"),
          ("Published:", "02/12/2021")],
    links=[("Tree planting programme 2021/22", "1 MB")])

# 11 ----------------------------------------------------------------- Glasgow, pdf-minutes
doc(name="City_Administration_Committee_10112022_Minutes_Glasgow", form="pdf-minutes",
    council="Glasgow City Council", stated="yes", committee="City Administration Committee", date="2022-11-10",
    pdf_title="City Administration Committee minutes 10 November 2022", pdf_author="Glasgow City Council",
    title_lines=["Glasgow City Council", "City Administration Committee", "Minutes of meeting held in the City Chambers, Glasgow, on Thursday, 10th November 2022 at 10am."],
    attendance=[("Present:", "Councillor Ruth Maryhill (Chair), Councillor Kenny Partick, Councillor Anwar Dalmarnock, Councillor Iona Shettleston."),
                ("Attending:", "Executive Director of Neighbourhoods, Regeneration and Sustainability; Head of Parks.")],
    items=[
        item("1", "Glasgow Green: woodland planting", [
            "The committee considered a report on planting native trees on the eastern edge of Glasgow Green. Phase one, near the People's Palace, had put in 2,300 whips in 2021, of which 86 per cent had survived the summer.",
            "Phase two will plant 4,100 whips along the river path between the King's Bridge and the Polmadie footbridge in the coming season. The planting would be done by volunteers with Clyde Canopy Trust, who would receive a grant of £42,000.",
            "Councillor Partick asked whether phase two would use tree guards. The Head of Parks said it would not; spiral guards had been dropped because they added plastic litter to the river.",
        ]),
        item("2", "Kelvingrove bandstand events programme", [
            "The committee approved a summer programme of 18 concerts, run by Bandstand Nights CIC on a three year licence at a fee of £12,500 a year.",
        ]),
        item("3", "Parking permits: Hyndland", [
            "The committee agreed that the price of a first resident's permit in the Hyndland controlled zone be held at £75 a year. Councillor Shettleston asked why second permits were not being raised; the Executive Director said the review of second permits would come to committee in March.",
        ]),
        item("4", "Grant to Govanhill Baths Community Trust", [
            "A grant of £150,000 towards the restoration of the Turkish suite was approved.",
        ]),
    ],
    closing=["The meeting ended at 11.40am."],
    header="Glasgow City Council", header_right="CAC 10.11.22",
    footer=["Page {n} of {total}"])

# 12 ----------------------------------------------------------------- Walsall, pdf-minutes
doc(name="Cabinet_08122021_Minutes_Walsall", form="pdf-minutes",
    council="Walsall Council", stated="yes", committee="Cabinet", date="2021-12-08",
    pdf_title="Cabinet 8 December 2021", pdf_author="Walsall Council Democratic Services",
    title_lines=["Walsall Council", "Cabinet", "Wednesday 8 December 2021 at 6.00 p.m.", "Council House, Lichfield Street, Walsall"],
    attendance=[("Present:", "Councillor D. Bloxwich (Leader), Councillor A. Pelsall, Councillor R. Aldridge, Councillor S. Darlaston, Councillor K. Willenhall."),
                ("In attendance:", "Executive Director, Economy, Environment and Communities.")],
    items=[
        item("612", "Apologies", ["There were no apologies."]),
        item("613", "Public space CCTV in district centres", [
            "Cabinet considered a report on extending public space CCTV to Bloxwich, Brownhills and Willenhall district centres. At present only Walsall town centre is covered from the monitoring suite in the Civic Centre.",
            "The cameras will be connected by wireless links rather than fibre, which the report said saved about £140,000 in groundworks. Councillor Darlaston asked whether the police would pay towards staffing; the Executive Director said West Midlands Police had agreed to pay for one of the four additional operator posts.",
            "Cabinet also heard that 23 cameras would be installed, the largest group being 9 in Willenhall Market Place and the surrounding streets.",
        ]),
        item("614", "Walsall Arboretum lake boathouse", [
            "Cabinet approved the refurbishment of the boathouse as a café and pedal boat hire base, to be let to a community interest company.",
        ]),
        item("615", "Housing standards: selective licensing in Caldmore", [
            "Cabinet agreed to consult on a selective licensing scheme for private rented homes in Caldmore and Palfrey. The licence fee proposed is £640 for five years.",
        ]),
        item("616", "Resolved", ["That the matters in minutes 613 to 615 be approved as set out in the reports."]),
    ],
    closing=["The meeting terminated at 7.12 p.m.", "Signed: Chair"],
    header="Cabinet, 8 December 2021",
    footer=["Walsall Council", "{n}"])

# 13 ----------------------------------------------------------------- Guildford, licensing
doc(name="Licensing_SubCommittee_14062023_Minutes_Guildford", form="pdf-minutes",
    council="Guildford Borough Council", stated="yes", committee="Licensing Sub-Committee", date="2023-06-14",
    pdf_title="Licensing Sub Committee 14 June 2023", pdf_author="Guildford Borough Council",
    title_lines=["GUILDFORD BOROUGH COUNCIL", "Licensing Sub-Committee", "Minutes of a meeting held at Millmead House, Guildford on Wednesday 14 June 2023"],
    attendance=[("Members:", "Councillor Harriet Merrow (Chair), Councillor Paul Shalford, Councillor Nadia Send.")],
    items=[
        item("LSC1", "Election of Chair", ["Councillor Merrow was elected Chair for the meeting."]),
        item("LSC2", "Premises licence: The Boatyard Bar, Millbrook", [
            "The sub committee heard an application for a new premises licence for a bar beside the River Wey at Millbrook, seeking sale of alcohol until 11.30pm on Fridays and Saturdays.",
            "Surrey Police had agreed conditions with the applicant, including door staff from 9pm. Four residents of Portsmouth Road objected on grounds of noise from the terrace.",
            "Councillor Shalford moved that the licence be granted with the terrace to close at 10pm, seconded by Councillor Send. The vote was 2 in favour and 1 against.",
        ]),
        item("LSC3", "Variation: Shere Village Stores, Shere", [
            "An application to extend alcohol sales to 10pm was granted as applied for. No vote was recorded, no representations having been maintained at the hearing.",
        ]),
        item("LSC4", "Premises licence review: Nightjar Club, North Street, Guildford", [
            "The review was requested by the Environmental Health service after recorded noise levels of 61 decibels inside a neighbouring flat at 2am.",
            "The sub committee decided to reduce the licensing hours to 1am and to require a noise limiter. The decision was unanimous.",
        ]),
        item("LSC5", "Temporary event: Stoke Park summer fair", [
            "The application was withdrawn by the organiser before the hearing and was not considered.",
        ]),
    ],
    closing=["The meeting finished at 1.05pm."],
    header="Licensing Sub Committee 14.06.23",
    footer=["Page {n}"])

# 14 ----------------------------------------------------------------- Doncaster, pdf-minutes
doc(name="Cabinet_19042023_Minutes_Doncaster", form="pdf-minutes",
    council="City of Doncaster Council", stated="yes", committee="Cabinet", date="2023-04-19",
    pdf_title="Cabinet minutes 19 April 2023", pdf_author="City of Doncaster Council",
    title_lines=["City of Doncaster Council", "Minutes of the Cabinet", "Wednesday, 19th April, 2023", "Held at the Civic Office, Waterdale, Doncaster"],
    attendance=[("Chair:", "Mayor Rhiannon Balby"), ("Present:", "Councillors Lakshmi Bessacarr, Jim Armthorpe, Cathy Rossington and Philip Tickhill.")],
    items=[
        item("94.", "Public questions", [
            "Mr Gordon Hatfield asked when the public charging points at the Frenchgate multistorey car park would be repaired. Councillor Armthorpe said the parts were on order and the chargers should be back in use within four weeks.",
        ]),
        item("95.", "Electric vehicle charging strategy", [
            "Cabinet adopted a charging strategy aiming for 600 public charge points by 2027. The first 120 will be installed in council car parks in Thorne, Mexborough and Bawtry by Yorkshire Chargepoint Partners, at no capital cost to the Council.",
            "Councillor Rossington asked what charge users would pay. The Cabinet Member replied that the price per kilowatt hour had not been fixed and would be set once the energy contract for 2024 was known.",
        ]),
        item("96.", "Doncaster Market: Corn Exchange roof", [
            "Cabinet approved £1.4 million for the repair of the Corn Exchange roof, which had leaked into traders' stalls over the winter.",
        ]),
        item("97.", "Cusworth Hall: visitor car park", [
            "Cabinet agreed a charge of £3 a day at the visitor car park at Cusworth Hall, with the first hour free.",
        ]),
    ],
    closing=["Chair: ........................"],
    header="Cabinet 19.04.2023",
    footer=["{n}"])

# 15 ----------------------------------------------------------------- Monmouthshire, pdf-minutes
doc(name="Cabinet_06072022_Minutes_Monmouthshire", form="pdf-minutes",
    council="Monmouthshire County Council", stated="yes", committee="Cabinet", date="2022-07-06",
    pdf_title="Cabinet 6 July 2022", pdf_author="Monmouthshire County Council",
    logo="Cyngor Sir Fynwy / Monmouthshire County Council",
    title_lines=["MINUTES OF THE MEETING OF CABINET", "held at County Hall, Usk and remotely", "on Wednesday, 6th July, 2022 at 2.00 pm"],
    attendance=[("PRESENT:", "County Councillor Gwen Raglan (Chair), County Councillors Huw Caldicot, Seren Chepstow and Ifor Abergavenny."),
                ("OFFICERS IN ATTENDANCE:", "Chief Officer for Communities and Place; Head of Leisure.")],
    items=[
        item("1.", "Declarations of interest", ["None."]),
        item("2.", "Monmouth Leisure Centre pool", [
            "Cabinet received a report on the pool at Monmouth Leisure Centre, which had closed in May after tiles lifted from the pool floor.",
            "The Head of Leisure explained that an intrusive survey of the pool tank would be carried out in August by Severn Structural Consultants. Until that survey had been done, the cost of repair could not be estimated.",
            "County Councillor Caldicot asked where school swimming lessons would take place. The Head of Leisure replied that pupils would be bussed to Caldicot Leisure Centre at the Council's expense.",
        ]),
        item("3.", "Active travel: Abergavenny to Llanfoist route", [
            "Cabinet approved the construction of a shared path between Abergavenny bus station and Llanfoist bridge, funded by a Welsh Government grant of £1.9 million.",
        ]),
        item("4.", "Chepstow Castle meadows events", [
            "A two year events licence for the meadows below Chepstow Castle was awarded to Wye Valley Live Ltd, which will pay the Council £8,000 a year.",
        ]),
        item("5.", "RESOLVED", ["That the recommendations in each report be approved."]),
    ],
    closing=["The meeting ended at 3.25 pm."],
    header="Cabinet / Cabinet 06.07.2022",
    footer=["Tudalen {n} / Page {n}"])

# 16 ----------------------------------------------------------------- Fenland, pdf-minutes
doc(name="Cabinet_24012022_Minutes_Fenland", form="pdf-minutes",
    council="Fenland District Council", stated="yes", committee="Cabinet", date="2022-01-24",
    pdf_title="Cabinet 24 January 2022 minutes", pdf_author="Fenland District Council",
    title_lines=["FENLAND DISTRICT COUNCIL", "MINUTES OF THE CABINET MEETING HELD AT FENLAND HALL, MARCH", "ON MONDAY, 24 JANUARY 2022 AT 4.00 PM"],
    attendance=[("PRESENT:", "Councillor Lionel Chatteris (Leader), Councillor Mary Whittlesey, Councillor Stan Wisbech, Councillor Olive Doddington.")],
    items=[
        item("CAB/22/01", "Flood resilience grants", [
            "Cabinet considered a scheme of property flood resilience grants for homes in Wisbech and Whittlesey that flooded in December 2020.",
            "Households would be able to claim up to £7,500 for flood doors, air brick covers and non return valves. A survey by the Council's engineers had identified 146 eligible homes, most of them in the Old Market and Elm Road area of Wisbech.",
            "Councillor Doddington asked how quickly claims would be paid. Councillor Whittlesey said that payment would be made directly to the installer within 30 days of the work being signed off.",
            "The grants will be funded by the Cambridgeshire and Peterborough Combined Authority.",
        ]),
        item("CAB/22/02", "March town centre: Broad Street works", [
            "Cabinet noted that the Broad Street public realm works would start on site in February, with the fountain to be restored and moved to the centre of the street.",
        ]),
        item("CAB/22/03", "Garden waste subscription 2022/23", [
            "The garden waste charge was raised from £52 to £55 a year.",
        ]),
        item("CAB/22/04", "Questions from the public", [
            "Mrs Edna Manea asked whether the Council would reopen the public footpath beside the Sixteen Foot Drain. The Leader replied that the Middle Level Commissioners had closed it for bank repairs and expected to reopen it in April.",
        ]),
    ],
    closing=["The meeting closed at 4.55 pm."],
    header="Fenland District Council",
    footer=["Cabinet 24 January 2022 - Page {n}"])

# 17 ----------------------------------------------------------------- West Dunbartonshire, pdf-pack
doc(name="IRED_Committee_29052024_Agenda_Pack_WestDunbartonshire", form="pdf-pack",
    council="West Dunbartonshire Council", stated="yes", committee="Infrastructure, Regeneration and Economic Development Committee", date="2024-05-29",
    pdf_title="IRED Committee 29 May 2024 agenda", pdf_author="West Dunbartonshire Council",
    cover=["West Dunbartonshire Council", "Infrastructure, Regeneration and Economic Development Committee", "Wednesday, 29 May 2024 at 10.00 am", "Civic Space, 16 Church Street, Dumbarton"],
    cover_body=["Dear Member,", "I write to advise that a meeting of the Committee will be held at the time and place shown above, and to enclose the business to be considered.", "Chief Officer, Regulatory and Regeneration"],
    agenda=[("1", "Apologies"), ("2", "Declarations of interest"), ("3", "Minutes of previous meeting ({minutes})"),
            ("4", "Clydebank Can: Titan Crane quay works ({report})"), ("5", "Any other business")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["INFRASTRUCTURE, REGENERATION AND ECONOMIC DEVELOPMENT COMMITTEE", "Minutes of meeting held on Wednesday, 21 February 2024 at 10.00 am"],
    prev_items=[
        item("1", "Alexandria Main Street shopfronts", [
            "The Committee approved a shopfront improvement grant of up to £10,000 per shop. Councillor Euan Renton asked how many applications had been received; the Economic Development Manager said 19, of which 11 were from Bank Street and Main Street.",
        ]),
        item("2", "Balloch village square", [
            "The Committee noted that Scottish Water had completed its sewer works in Balloch Road and that resurfacing of the square would follow in April.",
        ]),
        item("3", "Vacant and derelict land fund", [
            "An allocation of £380,000 to clear the former Bowling oil depot land was agreed.",
        ]),
    ],
    report=report(
        ["WEST DUNBARTONSHIRE COUNCIL", "Report by Chief Officer, Regulatory and Regeneration", "Clydebank Can: Titan Crane quay works"],
        [("Committee:", "Infrastructure, Regeneration and Economic Development Committee"), ("Date:", "29 May 2024"), ("Wards:", "Clydebank Waterfront")],
        [("1. Purpose", ["1.1 To seek approval for repairs to the quay wall beside the Titan Crane at Clydebank and for a riverside walkway."]),
         ("2. Background", ["2.1 A diving inspection in January 2024 found that the timber fenders had rotted and that the concrete at the foot of the quay wall had spalled over a length of 60 metres.",
                            "2.2 The walkway will link the Titan Crane visitor centre with the Clydebank Leisure Centre."]),
         ("3. Main issues", ["3.1 Repairs will be carried out by Forth Marine Civils Ltd, the lowest of four tenderers, at £2.65 million.",
                             "3.2 The date on which the walkway will open to the public cannot yet be given, because it depends on a marine licence from Marine Scotland which has still to be determined.",
                             "3.3 The works will be funded by the Levelling Up Fund grant for Clydebank Can on the Canal."]),
         ("4. Recommendation", ["4.1 The Committee is asked to approve the award of the contract to Forth Marine Civils Ltd."])]),
    footer=["Page {n}"], number_offset=1)

# 18 ----------------------------------------------------------------- Cotswold, pdf-pack
doc(name="Cabinet_05092022_Agenda_Pack_Cotswold", form="pdf-pack",
    council="Cotswold District Council", stated="yes", committee="Cabinet", date="2022-09-05",
    pdf_title="Cabinet 5 September 2022 Public Pack", pdf_author="Cotswold District Council",
    cover=["Cotswold District Council", "Cabinet", "Monday 5 September 2022, 6.00 pm", "Council Chamber, Trinity Road, Cirencester"],
    cover_body=["Members of the public may attend or watch the meeting online.", "Rob Weald, Interim Chief Executive"],
    agenda=[("1", "Apologies"), ("2", "Declarations of Interest"), ("3", "Minutes ({minutes})"), ("4", "Leader's announcements"),
            ("5", "Waste and recycling: food waste vehicles and round changes ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["Cotswold District Council", "Minutes of a meeting of Cabinet held on Monday, 4 July 2022"],
    prev_items=[
        item("21", "Cirencester Leisure Centre", [
            "Cabinet agreed that Cirencester Leisure Centre's gas boilers be replaced with air source heat pumps. Councillor Lena Bibury asked whether the pool would close; the Cabinet Member said the work would be done at night and the pool would stay open.",
        ]),
        item("22", "Moreton-in-Marsh flood alleviation", [
            "Cabinet agreed a contribution of £120,000 towards the Moreton-in-Marsh flood scheme.",
        ]),
    ],
    report=report(
        ["Cotswold District Council", "Cabinet, 5 September 2022", "Food waste vehicles and round changes"],
        [("Cabinet Member:", "Cabinet Member for Environment"), ("Key decision:", "Yes"), ("Recommendation:", "To approve the purchase of vehicles")],
        [("1. Background", ["1.1 Ubico Ltd collects waste on the Council's behalf. Food waste is collected weekly in 23 litre caddies.",
                            "1.2 Six of the eight food waste vehicles are more than eight years old and break down often."]),
         ("2. Proposal", ["2.1 It is proposed to buy eight electric food waste vehicles at £156,000 each, to be charged at the Packers Leaze depot in South Cerney.",
                          "2.2 A route optimisation review will be commissioned this autumn. Any change to collection days will only be made after that review has reported, and residents will be told at least six weeks in advance."]),
         ("3. Finance", ["3.1 The vehicles will be paid for by borrowing over seven years, repaid from savings in fuel and maintenance."]),
         ("4. Consultation", ["4.1 Town and parish councils were told of the proposal in July. Tetbury Town Council asked for the vehicles to avoid Long Street on market days."])]),
    footer=["Page {n}"], number_offset=0)

# 19 ----------------------------------------------------------------- Bexley, pdf-pack
doc(name="Cabinet_14032023_Agenda_Pack_Bexley", form="pdf-pack",
    council="London Borough of Bexley", stated="yes", committee="Cabinet", date="2023-03-14",
    pdf_title="Cabinet 14 March 2023 agenda", pdf_author="London Borough of Bexley",
    cover=["London Borough of Bexley", "CABINET", "Tuesday 14 March 2023 at 7.30 pm", "Civic Offices, 2 Watling Street, Bexleyheath"],
    cover_body=["Enquiries to: Committee Section, 020 3045 5000", "Agenda published 6 March 2023"],
    agenda=[("1", "Apologies for absence"), ("2", "Declarations of interest"), ("3", "Minutes of the meeting held on 7 February 2023 ({minutes})"),
            ("4", "Street lighting: LED conversion phase three ({report})")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["LONDON BOROUGH OF BEXLEY", "CABINET", "MINUTES of the meeting held on 7 February 2023"],
    prev_items=[
        item("C.141", "Danson Park: stable block", [
            "The Cabinet approved a lease of the stable block to Danson Bakery Collective for ten years. Councillor Rita Welling asked whether the stable yard would remain open to park users; the Cabinet Member confirmed they would, during park opening hours.",
        ]),
        item("C.142", "Sidcup Storyteller library", [
            "The Cabinet noted visitor numbers of 212,000 in 2022.",
        ]),
    ],
    report=report(
        ["LONDON BOROUGH OF BEXLEY", "CABINET, 14 MARCH 2023", "STREET LIGHTING: LED CONVERSION PHASE THREE"],
        [("Report of:", "Director of Place"), ("Wards:", "Crayford, Erith, Slade Green and Northend, Belvedere"), ("Key decision:", "Yes")],
        [("1. Summary", ["1.1 This report seeks approval for the third phase of converting street lights to LED, covering the north of the borough."]),
         ("2. Progress so far", ["2.1 Phase one converted 9,800 lights in Bexleyheath, Welling and Sidcup in 2021 at a cost of £3.1 million and reduced energy use on those columns by 64 per cent.",
                                 "2.2 Phase two converted 6,200 lights in Blackfen, Blendon and Falconwood in 2022."]),
         ("3. Phase three", ["3.1 Phase three will convert 7,400 lights in Crayford, Erith, Slade Green and Belvedere, including the lighting along Bexley Road and Erith High Street.",
                             "3.2 The works will be carried out by Kentish Lighting Services Ltd under the existing highway lighting term contract.",
                             "3.3 Columns found to be unsafe during the conversion will be replaced; an allowance of 300 columns has been made."]),
         ("4. Recommendations", ["4.1 That Cabinet approves phase three of the LED conversion programme."])]),
    footer=["{n}"], number_offset=0)

# 20 ----------------------------------------------------------------- North Lincolnshire, docx-report
doc(name="Cabinet_11_October_2021_Brigg_Market_Place_Report_NorthLincolnshire", form="docx-report",
    council="North Lincolnshire Council", stated="yes", committee="Cabinet", date="2021-10-11",
    docx_author="North Lincolnshire Council",
    letterhead=["North Lincolnshire Council", "Church Square House, 30-40 High Street, Scunthorpe DN15 6NL"],
    report=report(
        ["NORTH LINCOLNSHIRE COUNCIL", "CABINET", "11 October 2021", "BRIGG MARKET PLACE AND WRAWBY STREET ENHANCEMENT"],
        [("Report of:", "Director: Economy and Environment"), ("Reason for report:", "To seek approval for the scheme"), ("Key decision:", "Yes")],
        [("1. OBJECTIVES OF THE REPORT", ["1.1 To approve a scheme to repave Brigg Market Place and Wrawby Street and to widen the footways outside the Angel Suite."]),
         ("2. BACKGROUND", ["2.1 A footfall survey in June 2021 counted an average of 4,300 people a day in Wrawby Street, down from 5,900 in 2018.",
                            "2.2 Traders told the Brigg Business Forum that uneven paving and parked vans deterred shoppers, especially older people."]),
         ("3. OPTIONS", ["3.1 Option 1: do nothing. Option 2: repave the Market Place only. Option 3 (recommended): repave the Market Place and Wrawby Street, with the market stalls moved to the widened north side.",
                         "3.2 Under option 3 the Thursday and Saturday markets would continue throughout the works, moving to the Cary Lane car park while the Market Place is paved."]),
         ("4. RESOURCE IMPLICATIONS", ["4.1 The scheme will be delivered by the Council's highways team with paving supplied by Ancholme Stone Ltd.",
                                       "4.2 The works will take 34 weeks, starting in January 2022."]),
         ("5. CONSULTATION", ["5.1 Brigg Town Council and the Brigg Business Forum support option 3. Two traders asked for loading bays to be kept in Wrawby Street; the design keeps one."]),
         ("6. RECOMMENDATION", ["6.1 That Cabinet approves option 3."])]),
    header="Cabinet 11.10.2021",
    footer=["North Lincolnshire Council"])

# 21 ----------------------------------------------------------------- Dover, docx-report
doc(name="Cabinet_7_March_2022_Public_Toilets_Report_Dover", form="docx-report",
    council="Dover District Council", stated="yes", committee="Cabinet", date="2022-03-07",
    docx_author="Dover District Council",
    letterhead=["Dover District Council", "White Cliffs Business Park, Dover, Kent CT16 3PJ"],
    report=report(
        ["Dover District Council", "Subject: PUBLIC TOILETS: REFURBISHMENT AND CLEANING CONTRACT", "Meeting and date: Cabinet, 7 March 2022"],
        [("Report of:", "Strategic Director (Operations and Commercial)"), ("Decision type:", "Key decision"), ("Classification:", "Unrestricted")],
        [("1. Summary", ["1.1 The Council runs 27 public toilets. This report proposes refurbishing nine of them and awarding a new cleaning contract."]),
         ("2. The refurbishment programme", ["2.1 The nine blocks to be refurbished include those at Deal Pier, Walmer Green, St Margaret's Bay and Market Square, Sandwich.",
                                            "2.2 The programme will cost £1.08 million, paid for from the Council's capital receipts.",
                                            "2.3 A condition survey of the remaining 18 blocks will be commissioned in the summer of 2022 to decide which should be refurbished next."]),
         ("3. Cleaning contract", ["3.1 Following a tender with five bidders, the preferred bidder for cleaning all 27 toilets is Kentway Hygiene Services Ltd, on a five year contract at £412,000 a year.",
                                   "3.2 Cleaning will be twice a day from April to October and once a day in winter."]),
         ("4. Charging", ["4.1 No charge is proposed. Members asked at the January workshop whether a 20p charge at Deal Pier could be introduced; officers advised that the income would not cover the cost of payment equipment."]),
         ("5. Recommendations", ["5.1 That Cabinet approves the refurbishment programme and the award of the cleaning contract to Kentway Hygiene Services Ltd."])]),
    header="Agenda Item No 9",
    footer=["Dover District Council", "Cabinet 7 March 2022"])

# 22 ----------------------------------------------------------------- Westmorland and Furness, docx-minutes
doc(name="Cabinet_Minutes_20_February_2024_WestmorlandFurness", form="docx-minutes",
    council="Westmorland and Furness Council", stated="yes", committee="Cabinet", date="2024-02-20",
    docx_author="Westmorland and Furness Council",
    title_lines=["Westmorland and Furness Council", "Minutes of a meeting of the Cabinet", "held on Tuesday, 20 February 2024 at 10.30 am", "at Kendal Town Hall"],
    attendance=[("Present:", "Councillor Jonathan Grasmere (Leader), Councillor Sue Appleby, Councillor Matt Ulverston, Councillor Amy Sedbergh."),
                ("Officers:", "Director of Thriving Places; Flood Risk Manager.")],
    items=[
        item("CAB/125", "Flood defences: Appleby and Kendal", [
            "The Flood Risk Manager reported on works with the Environment Agency. The Appleby scheme on the River Eden, at The Sands, is complete; it cost £4.2 million and protects 178 homes and businesses.",
            "The Kendal scheme on the River Kent is in design. Councillor Appleby asked when Kendal residents on Aynam Road would see work start. The Flood Risk Manager said the Environment Agency was aiming to start the Aynam Road walls in the summer of 2025.",
            "Councillor Sedbergh asked what help was available for individual homes. The answer was that property flood resilience grants of up to £5,000 could be claimed through the Council.",
        ]),
        item("CAB/126", "Barrow Market Hall", [
            "Cabinet approved a new lettings policy for Barrow Market Hall with six months of half rent for new traders. Fourteen stalls were vacant.",
        ]),
        item("CAB/127", "Ulverston Coronation Hall", [
            "Cabinet agreed a management agreement with Ulverston Community Theatre Trust for five years. The Trust will receive £65,000 a year.",
        ]),
        item("CAB/128", "Questions from members of the public", [
            "Mr Ray Staveley of Penrith asked why the Penrith bus station toilets had been closed. Councillor Ulverston replied that they had been damaged by vandalism in January and would reopen once new doors had been fitted.",
        ]),
    ],
    closing=["The meeting ended at 12.10 pm."],
    header="Cabinet 20.2.24",
    footer=["Westmorland and Furness Council"])

# 23 ----------------------------------------------------------------- Ceredigion, docx-minutes
doc(name="Cabinet_Minutes_2_May_2023_Ceredigion", form="docx-minutes",
    council="Ceredigion County Council", stated="yes", committee="Cabinet", date="2023-05-02",
    docx_author="Ceredigion County Council",
    title_lines=["CEREDIGION COUNTY COUNCIL", "Minutes of the Meeting of CABINET held in the Council Chamber, Penmorfa, Aberaeron", "on Tuesday 2nd May 2023"],
    attendance=[("Present:", "Councillor Eirlys Tregaron (Chair), Councillors Gareth Llanon, Rhys Borth, Menna Cardigan and Dafydd Lampeter.")],
    items=[
        item("1", "Apologies", ["There were no apologies."]),
        item("2", "Aberystwyth promenade shelter and railings", [
            "Cabinet considered a report on the storm damage of January 2023 to the promenade at Aberystwyth, where 140 metres of railings near the bandstand had been torn away and the Victorian shelter at Castle Point had lost its roof.",
            "The railings will be replaced in cast iron by Cambrian Foundry Ltd, at a cost of £286,000. The shelter roof is a separate matter: Councillor Borth asked when it would be repaired, and officers said that the repair date was still uncertain, as Cadw's consent for the listed shelter had not yet been received.",
            "Councillor Llanon asked whether the Welsh Government would help with the cost. The Chair said an application had been made to the coastal risk management programme.",
        ]),
        item("3", "Cardigan Guildhall market", [
            "Cabinet agreed to reduce stall rents at the Guildhall market in Cardigan by a quarter for twelve months to fill seven empty stalls.",
        ]),
        item("4", "School transport: Lampeter", [
            "Cabinet approved a new bus route between Llanybydder and Lampeter for pupils of Ysgol Bro Pedr, starting in September 2023.",
        ]),
        item("5", "Any other business", ["None."]),
    ],
    closing=["The meeting closed at 11.45am.", "Confirmed at the meeting of Cabinet held on 6 June 2023."],
    header="Cabinet 2.5.23",
    footer=["Cyngor Sir Ceredigion County Council"])

# 24 ----------------------------------------------------------------- South Lanarkshire, txt
doc(name="Community_Enterprise_Resources_Committee_Minutes_12_August_2020_SouthLanarkshire", form="txt",
    council="South Lanarkshire Council", stated="yes", committee="Community and Enterprise Resources Committee", date="2020-08-12",
    title_lines=["SOUTH LANARKSHIRE COUNCIL", "", "Minutes of meeting of the Community and Enterprise Resources Committee",
                 "held by Microsoft Teams on 12 August 2020", "Chair: Councillor Morag Carluke"],
    attendance=[("Councillors present:", "Morag Carluke, Iain Lesmahagow, Beth Strathaven, Hugh Biggar, Jean Rutherglen."),
                ("Attending:", "Executive Director (Community and Enterprise Resources); Head of Libraries and Museums.")],
    items=[
        item("I", "Declaration of interests", ["No interests were declared."]),
        item("II", "Reopening of libraries after lockdown", [
            "The committee considered a report on the phased reopening of libraries. East Kilbride Central, Hamilton Town House, Lanark and Rutherglen libraries would reopen on 24 August 2020 for browsing by appointment, with returned books held for 72 hours before going back on the shelves.",
            "The mobile library would not resume until the vehicle's layout could be changed to allow distancing.",
            "Councillor Lesmahagow asked whether the computers would be available. The Head of Libraries and Museums replied that half the public computers would be available in 45 minute sessions.",
            "The Order and Collect service, run since July, had handled 6,800 requests.",
        ]),
        item("III", "Chatelherault Country Park: adventure play", [
            "The committee approved new adventure play equipment at Chatelherault, to be supplied by Playcraft Caledonia Ltd at a cost of £118,000.",
        ]),
        item("IV", "Roads: surface dressing programme", [
            "The committee noted that 42 kilometres of rural roads, most of them in Clydesdale, had been surface dressed in June and July.",
        ]),
    ],
    closing=["", "The committee resolved to approve the recommendations in each report.", "Meeting ended 11.20am."])
