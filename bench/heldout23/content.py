"""The documents of bench/heldout23: invented business of real UK councils.

Every word of the business, the people and the figures is invented for this set; the councils,
their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout23.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
truth.csv is written from `council`, `stated` (how the text names the council: `yes` in full),
`committee` and `date` (the meeting's, ISO). The content format is heldout5's (as in heldout19's
content.py); the words are this set's own.
"""
from __future__ import annotations


def site(name: str, url: str, address: str, copyright_line: str, menu=None, breadcrumb=None, logo_alt=None,
         sidebar=None, footer_links=None) -> dict:
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


# =========================================================================== mg-meeting (6)

doc(name="ieListDocuments_CId118_MId4471_Bolton_Cabinet", form="mg-meeting", council="Bolton Council",
    stated="yes", committee="Cabinet", date="2023-03-13",
    site=site("Bolton Council", "https://www.bolton.gov.uk", "Bolton Council, Town Hall, Victoria Square, Bolton BL1 1RU",
              "© Bolton Council 2023"),
    heading="Monday, 13th March, 2023 2.00 pm", venue="Council Chamber, Town Hall, Victoria Square, Bolton",
    contact="Democratic Services, tel. 01204 333102",
    items=[
        item("71.", "Declarations of Interest", [
            "Councillor Hamid Rashford declared an interest in item 74 as a trustee of the Moss Bank Park Friends "
            "group and took no part in that item."]),
        item("72.", "Electric Vehicle Charging in District Centres", [
            "The Executive Cabinet Member for Highways presented a report on a second round of on-street charge "
            "points. Forty-four dual-headed posts would be installed across Farnworth, Horwich, Westhoughton and "
            "Little Lever, with the first twelve on Market Street, Farnworth.",
            "The contract for supply and maintenance would go to Northvolt Kerbside Energy Ltd, which had scored "
            "highest on both price and reliability out of five bidders. The operator would carry the electricity "
            "cost and pay the Council a share of income above a threshold, so the scheme would not draw on the "
            "highways revenue budget.",
            "Councillor Dawn Keighley asked whether residents without a drive would be able to reserve a bay. "
            "The Cabinet Member replied that bays would not be reservable, but a maximum stay of four hours "
            "would apply between 8am and 8pm to keep them turning over.",
            "Resolved - That the award of a seven year concession to Northvolt Kerbside Energy Ltd be approved."]),
        item("73.", "Queen's Park Bandstand Restoration", [
            "The Cabinet received an update on the bandstand at Queen's Park, which had been fenced off since a "
            "storm damaged its roof. A structural engineer had found that two of the eight cast iron columns were "
            "cracked at the base and would need to be recast rather than repaired.",
            "Officers explained that a foundry had been approached but the price for recasting had not yet been "
            "received, so the total cost of the restoration could not be given at this meeting. A bid to the "
            "heritage fund would follow once the figure was known.",
            "Resolved - That the update be noted and a further report be brought once the recasting price is known."]),
        item("74.", "Moss Bank Park Play Area", [
            "A new play area for children under eight at Moss Bank Park had been designed with pupils from two "
            "nearby primary schools. The works would cost £186,000, of which £120,000 came from developer "
            "contributions and the balance from the Council's parks capital programme.",
            "In reply to a question about accessibility, the Cabinet Member confirmed that a wheelchair "
            "accessible roundabout and a sensory trail were part of the design.",
            "Resolved - That the scheme be approved and works start in June 2023."]),
        item("75.", "Fees for Bulky Waste Collection", [
            "The Cabinet considered raising the charge for a collection of up to three bulky items from £25 to "
            "£29. Demand had risen by a fifth in the previous year and the service was not recovering its costs.",
            "Councillor Keighley said that a higher fee could push more people to dump items in back streets. "
            "The Cabinet Member replied that residents on council tax support would keep a reduced charge of £10.",
            "Resolved - That the revised charges take effect from 1 April 2023."]),
    ])

doc(name="ieListDocuments_CId402_MId9230_Wandsworth_Executive", form="mg-meeting",
    council="London Borough of Wandsworth", stated="yes", committee="Executive", date="2021-07-19",
    site=site("London Borough of Wandsworth", "https://www.wandsworth.gov.uk",
              "Wandsworth Council, The Town Hall, Wandsworth High Street, London SW18 2PU",
              "Copyright London Borough of Wandsworth 2021",
              menu=["Home", "Your councillors", "Committees", "Forward plan", "Search documents"]),
    heading="Monday 19 July 2021 7.30 pm", venue="Council Chamber, The Town Hall, Wandsworth High Street, SW18",
    contact="Committee Secretary, Governance Team, Town Hall",
    outcome_label="Decision:",
    items=[
        item("1", "Minutes", [
            "The minutes of the meeting held on 21 June 2021 were agreed as a correct record."]),
        item("2", "Street Tree Programme 2021/22", [
            "The Cabinet Member for Environment set out the winter planting programme. A total of 830 new trees "
            "would be planted in streets and estates, with the largest concentrations in Tooting, Roehampton and "
            "the streets around Battersea Park Road.",
            "Species had been chosen with a wider mix than before, including hornbeam, field maple and sweet gum, "
            "after ash dieback and a run of dry summers had caused losses among younger plane trees.",
            "Councillor Priya Sandhu asked how residents could request a tree outside their home. The Cabinet "
            "Member said requests made through the online form by 30 September would be surveyed in time for "
            "the coming season.",
            "Agreed - That the programme be approved at a cost of £412,000, funded from the capital programme."]),
        item("3", "King George's Park Lighting", [
            "The Executive considered a proposal to light the main path through King George's Park between "
            "Kimber Road and Wandsworth High Street. Walkers and cyclists had long asked for the path to be usable "
            "after dark in winter, and a petition of 1,200 signatures had been received.",
            "The design used low columns with warm white lamps, dimmed after midnight, and had been reviewed by an "
            "ecologist because of bats feeding along the River Wandle. Officers said lamps near the river would "
            "be shielded on the water side.",
            "Agreed - That the lighting scheme proceed at an estimated cost of £265,000."]),
        item("4", "Council Housing Repairs Contract", [
            "The Executive considered a report on responsive repairs to council homes in the west of the "
            "borough. The incumbent contractor's performance had fallen below target for three quarters running.",
            "Councillor Martin Ayodele asked what had gone wrong. The Director of Housing said that the main "
            "problem was damp and mould cases waiting longer than 20 working days, and that an improvement plan "
            "had been in place since April.",
            "Agreed - That the improvement plan be monitored monthly and a report on future options be made in "
            "the autumn."]),
        item("5", "Libraries Summer Opening", [
            "The Executive noted that Balham, Putney and Tooting libraries would open until 8pm on Thursdays "
            "over the summer holidays as a trial, with staffing met from the libraries' existing budget.",
            "Agreed - That the trial be noted."]),
    ])

doc(name="ieListDocuments_CId140_MId5512_Thurrock_Cabinet", form="mg-meeting", council="Thurrock Council",
    stated="yes", committee="Cabinet", date="2019-10-09",
    site=site("Thurrock Council", "https://www.thurrock.gov.uk", "Thurrock Council, Civic Offices, New Road, Grays RM17 6SL",
              "© Thurrock Council"),
    heading="Wednesday, 9th October, 2019 7.00 pm", venue="Committee Room 1, Civic Offices, New Road, Grays",
    contact="Democratic Services Officer, direct line 01375 652000",
    note="Items 4 and 5 were taken in reverse order.",
    outcome_label="Minutes:",
    items=[
        item("48.", "Questions from Members of the Public", [
            "Mr Derek Pallister of Stanford-le-Hope asked when the public toilets at Grays Beach Riverside Park "
            "would reopen after vandalism in the summer. The Portfolio Holder for Environment replied that new "
            "steel fittings had been ordered and the block would reopen before the October half term.",
            "Ms Jane Okafor asked whether the Council would extend the opening hours of the toilets in Grays "
            "town centre. The Portfolio Holder said there was no budget for longer hours this year."]),
        item("49.", "Tilbury Riverside Regeneration", [
            "Cabinet received a report on the first phase of works at Tilbury Riverside, next to the cruise "
            "terminal. The works would resurface the promenade, add seating and create a small events space "
            "for markets and heritage days.",
            "The main works contract had been awarded to Ashbrook Civil Engineering Ltd at £1.38 million. "
            "Officers confirmed that Phase 2, a new pontoon for river taxis, was still at feasibility stage, and "
            "that no cost had yet been worked out for it.",
            "RESOLVED: That the award of the Phase 1 contract be noted and Phase 2 be brought back to Cabinet."]),
        item("50.", "Parking Enforcement Near Schools", [
            "The Portfolio Holder for Highways introduced a proposal for camera enforcement of the yellow zigzag "
            "markings outside schools. A survey of twelve schools in Grays, Chafford Hundred and Tilbury had "
            "recorded 640 vehicles stopping on zigzags over two weeks.",
            "Councillor Lee Harnett asked whether the cameras would be fixed or mobile. The Portfolio Holder "
            "answered that two mobile camera cars would be used and rotated between schools each week.",
            "RESOLVED: That camera enforcement at school entrances be approved, starting in January 2020."]),
        item("51.", "Council Tax Support Scheme 2020/21", [
            "Cabinet considered the results of consultation on the local council tax support scheme. Of 418 "
            "responses, most supported keeping the maximum award for working-age households at 75 per cent.",
            "The Director of Finance said that the cost of raising the maximum award to 80 per cent would be "
            "about £1.1 million a year.",
            "RESOLVED: That Council be recommended to keep the current scheme for 2020/21."]),
    ])

doc(name="ieListDocuments_CId131_MId2847_Mansfield_Planning_Committee", form="mg-meeting",
    council="Mansfield District Council", stated="yes", committee="Planning Committee", date="2022-11-21",
    site=site("Mansfield District Council", "https://www.mansfield.gov.uk",
              "Mansfield District Council, Civic Centre, Chesterfield Road South, Mansfield NG19 7BH",
              "© Mansfield District Council",
              breadcrumb=["Home", "Council and democracy", "Meetings", "Planning Committee"]),
    heading="Monday 21st November 2022 6.00 pm", venue="Council Chamber, Civic Centre, Chesterfield Road South, Mansfield",
    contact="Democratic Services, 01623 463463",
    items=[
        item("PC.31", "Declarations of Interest", [
            "Councillor Stephen Walkden declared that he had spoken on application 2022/0588/FUL as a ward "
            "member and would leave the room for that item."]),
        item("PC.32", "Application 2022/0412/FUL - Land off Clipstone Road West, Forest Town", [
            "Erection of 64 dwellings with access from Clipstone Road West and open space. The case officer "
            "reported two further objections about traffic on Clipstone Road West since the agenda was published.",
            "The local highway authority had raised no objection subject to a right-turn lane being built before "
            "the first house is occupied.",
            "Councillor Anne Millership moved approval in line with the recommendation, seconded by Councillor "
            "Gary Thornhill. On being put to the vote there were 8 votes for, 2 against and 1 abstention.",
            "Resolved - That planning permission be granted subject to a section 106 agreement securing 10 per "
            "cent affordable housing and a contribution of £142,000 towards school places."]),
        item("PC.33", "Application 2022/0588/FUL - The Old Bakery, Church Street, Warsop", [
            "Change of use of the former bakery to a café with two flats above. An objector spoke about the "
            "loss of parking on Church Street, and the applicant's agent said customers would mostly come on foot.",
            "Members were satisfied that the use would bring an empty building back into use.",
            "Resolved - That planning permission be granted subject to conditions limiting opening hours to 8am "
            "to 6pm."]),
        item("PC.34", "Application 2022/0630/OUT - Land at Rainworth Road, Rainworth", [
            "Outline application for up to 120 dwellings. Members raised questions about flooding at the "
            "Rainworth Water crossing and the capacity of the local surgery.",
            "Councillor Thornhill moved that the application be deferred for the Lead Local Flood Authority to "
            "comment on a revised drainage strategy, seconded by Councillor Paula Rigby.",
            "Resolved - That consideration of the application be deferred to a later meeting."]),
        item("PC.35", "Application 2022/0671/FUL - 14 Berry Hill Lane, Mansfield", [
            "Two storey rear extension and detached garage. The application came to committee because the "
            "applicant is related to a member of staff.",
            "Councillor Millership moved refusal on the grounds that the extension would overshadow the "
            "neighbouring garden, seconded by Councillor Walkden. The motion was lost by 4 votes to 7.",
            "Councillor Rigby then moved approval, seconded by Councillor Thornhill, and permission was granted "
            "by 7 votes to 4."]),
    ])

doc(name="ieListDocuments_CId133_MId1120_WestSussex_Cabinet", form="mg-meeting",
    council="West Sussex County Council", stated="yes", committee="Cabinet", date="2024-01-23",
    site=site("West Sussex County Council", "https://www.westsussex.gov.uk",
              "West Sussex County Council, County Hall, West Street, Chichester PO19 1RQ",
              "© West Sussex County Council 2024"),
    heading="Tuesday, 23 January 2024 10.30 am", venue="Committee Room 1, County Hall, Chichester",
    contact="Senior Advisor, Democratic Services, 033 022 22543",
    outcome_label="Minutes:",
    items=[
        item("112.", "Bus Service Improvement Plan", [
            "The Cabinet Member for Highways and Transport reported on the use of government funding for bus "
            "services. The 23 route between Crawley and Worthing had been extended into the evening, and fares "
            "for under-22s had been capped at £1 per journey since September.",
            "Passenger numbers on supported routes had risen by 14 per cent compared with the same quarter of "
            "the previous year. New real-time information screens were being fitted at 60 bus shelters in "
            "Horsham, Bognor Regis and Burgess Hill.",
            "Mr Julian Pryce, a member of the public, asked why the 99 service to Selsey was not included. The "
            "Cabinet Member said the route had been reviewed but its evening demand had been too low."]),
        item("113.", "Highway Drainage on the A29", [
            "Cabinet considered a programme of gully cleaning and drainage repairs on the A29 between Pulborough "
            "and Bognor Regis, where flooding had closed the road three times the previous winter.",
            "The works would be carried out by the Council's highways term contractor over ten weeks, with "
            "overnight lane closures.",
            "Resolved - That the programme be approved at a cost of £2.3 million."]),
        item("114.", "Fire and Rescue Service Station Refurbishment", [
            "The Cabinet Member for Community Support, Fire and Rescue presented plans to refurbish Horsham fire "
            "station, including new training facilities and separate changing areas.",
            "Councillor Ruth Ellery asked how long crews would be relocated. The Chief Fire Officer said crews "
            "would operate from temporary accommodation on the same site for around eleven months.",
            "Resolved - That the refurbishment be approved and a design and build contract be tendered."]),
        item("115.", "Adult Social Care Day Services", [
            "Cabinet noted proposals to bring day services for adults with learning disabilities in Chichester "
            "and Crawley into two modernised centres. The consultation had drawn 310 responses, with families "
            "asking for transport to be kept.",
            "Resolved - That door-to-door transport continue for all current users."]),
    ])

doc(name="ieListDocuments_CId160_MId3312_BlackburnDarwen_Executive_Board", form="mg-meeting",
    council="Blackburn with Darwen Borough Council", stated="yes", committee="Executive Board", date="2020-02-13",
    site=site("Blackburn with Darwen Borough Council", "https://www.blackburn.gov.uk",
              "Blackburn with Darwen Borough Council, Town Hall, King William Street, Blackburn BB1 7DY",
              "© Blackburn with Darwen Borough Council"),
    heading="Thursday 13th February 2020 6.00 pm", venue="Council Chamber, Town Hall, Blackburn",
    contact="Democratic Services, 01254 585585",
    items=[
        item("9", "CCTV Upgrade in Town Centres", [
            "The Executive Member for Neighbourhoods reported that the analogue cameras in Blackburn town centre "
            "would be replaced with 36 high definition cameras linked to the control room at the Town Hall.",
            "In Darwen town centre 14 cameras would be upgraded, and a further four would be added on Bolton Road "
            "after requests from traders. The installer would be Pennine Vision Security Ltd.",
            "Councillor Imran Lorimer asked whether footage would be shared with the police. The Executive Member "
            "replied that Lancashire Constabulary had a live link and staff at the control room."]),
        item("10", "Witton Country Park Visitor Centre", [
            "The Board considered plans to extend the visitor centre at Witton Country Park with a café and "
            "a small shop. Footfall in the park had reached 410,000 visits in 2019.",
            "The extension would be paid for from a £350,000 capital allocation, with the café let to an "
            "operator on a ten year lease.",
            "RESOLVED - That the scheme be approved."]),
        item("11", "Highway Resurfacing Programme", [
            "The Executive Member for Environment presented the 2020/21 resurfacing programme. In Blackburn, "
            "Preston New Road would be resurfaced between Corporation Park and Yew Tree Drive at a cost of £640,000.",
            "Work on Whalley New Road was listed for the following year. Councillor Sarah Fielding asked about "
            "Darwen; the Executive Member said that Duckworth Street would be patched but not resurfaced in full.",
            "RESOLVED - That the programme be approved."]),
        item("12", "Free Swimming for Under-16s", [
            "The Board agreed to continue free swimming sessions for under-16s at the weekends at Blackburn and "
            "Darwen leisure centres, costing around £48,000 a year.",
            "RESOLVED - That the sessions continue until March 2021."]),
    ])


# =========================================================================== mg-item (2)

doc(name="mgAi_ID88412_BarkingDagenham_Cabinet", form="mg-item",
    council="London Borough of Barking and Dagenham", stated="yes", committee="Cabinet", date="2022-09-20",
    site=site("London Borough of Barking and Dagenham", "https://www.lbbd.gov.uk",
              "Barking Town Hall, 1 Town Square, Barking IG11 7LU", "© London Borough of Barking and Dagenham"),
    meeting_line="Cabinet, Tuesday 20 September 2022 7.00 pm (Item 38.)",
    items=[item("38.", "Tackling Fly-Tipping: Enforcement and Prevention Plan", [
        "The Cabinet Member for Enforcement and Community Safety introduced the plan, noting that the borough "
        "had recorded 11,900 fly-tipping incidents in 2021/22, the highest number in east London. Hotspots "
        "were concentrated in the alleyways behind Dagenham Heathway and the service roads off Ripple Road.",
        "The plan proposed eight new covert cameras, a dedicated team of four enforcement officers and a "
        "raised fixed penalty of £1,000 for the most serious cases. Landlords of houses in multiple occupation "
        "would be reminded of their duty to provide enough bins for tenants.",
        "Councillor Faith Adeyemi asked how many prosecutions had succeeded in the past year. Officers said "
        "there had been 37 successful prosecutions and 1,420 fixed penalty notices issued.",
        "Councillor Tom Whiteley asked whether the cameras would catch vehicles. The Cabinet Member said the "
        "cameras could read number plates and would be moved between sites every few weeks.",
        "Cabinet asked about a free bulky waste collection day for residents. Officers said a pilot in Becontree "
        "was being designed but the dates and the number of streets covered had not been settled.",
        "Cabinet resolved to (i) adopt the plan; (ii) agree the raised fixed penalty; and (iii) fund the four "
        "officer posts from the enforcement reserve for two years."])])

doc(name="mgAi_ID15530_WestNorthamptonshire_Cabinet", form="mg-item",
    council="West Northamptonshire Council", stated="yes", committee="Cabinet", date="2023-06-13",
    site=site("West Northamptonshire Council", "https://www.westnorthants.gov.uk",
              "One Angel Square, Angel Street, Northampton NN1 1ED", "© West Northamptonshire Council 2023"),
    meeting_line="Cabinet, 13/06/2023 6.00 pm (Item 61)",
    items=[item("61", "Leisure Centre Investment Programme", [
        "Cabinet considered a report on the leisure estate, which includes Lings Forum and Mounts Baths in "
        "Northampton, Daventry Leisure Centre and Brackley Swimming Pool. The Portfolio Holder for Sport said "
        "the buildings varied widely in age and several had plant near the end of its life.",
        "At Mounts Baths, a listed building from the 1930s, the pool hall roof had been leaking for two winters. "
        "Officers proposed that a full condition survey of the roof be commissioned over the summer, with "
        "results expected in the autumn, before any decision on repair or replacement.",
        "Brackley Swimming Pool would have its learner pool retiled and its changing rooms refitted at a cost "
        "of £780,000, with the pool closed for about fourteen weeks from January 2024.",
        "Councillor Helen Ashworth asked whether the leisure operator would contribute. The Portfolio Holder "
        "said that Everyone Active would pay a quarter of the Brackley costs under the existing contract.",
        "Councillor Matthew Oduya asked whether solar panels could be fitted at Lings Forum. Officers replied "
        "that the roof was suitable and a bid to the public sector decarbonisation fund would be made.",
        "RESOLVED: That Cabinet approve the Brackley works and the commissioning of a condition survey at Mounts "
        "Baths."])])


# =========================================================================== mg-decision (2)

doc(name="ieDecisionDetails_ID7734_KensingtonChelsea_Holland_Park", form="mg-decision",
    council="Royal Borough of Kensington and Chelsea", stated="yes",
    committee="Lead Member for Parks and Leisure", date="2018-05-08",
    site=site("Royal Borough of Kensington and Chelsea", "https://www.rbkc.gov.uk",
              "The Town Hall, Hornton Street, London W8 7NX", "© Royal Borough of Kensington and Chelsea",
              breadcrumb=["Home", "Decisions", "Key decisions"]),
    decision_title="Decision - Holland Park Kyoto Garden: Pond Relining and Path Works",
    fields=[("Decision Maker:", "Lead Member for Parks and Leisure"),
            ("Decision status:", "Implemented"),
            ("Is Key decision?:", "No"),
            ("Date of decision:", "08/05/2018")],
    sections=[
        ("Purpose:", [
            "To approve works to reline the main pond at the Kyoto Garden in Holland Park and to relay the gravel "
            "paths around it."]),
        ("Decision:", [
            "The Lead Member approved relining the pond with a clay and geotextile liner, and relaying 420 "
            "metres of path with bound gravel so that wheelchair users and pushchairs can reach the waterfall "
            "viewpoint.",
            "The works will be carried out by Greenway Landscapes Ltd, the borough's grounds maintenance "
            "contractor, under a variation to its existing contract.",
            "The koi carp will be moved to holding tanks at the park's nursery for the duration of the works and "
            "returned once the water quality has settled."]),
        ("Reasons for the decision:", [
            "Water levels in the pond had been dropping by several centimetres a week since 2017, and a leak "
            "test found that the old liner had split below the waterfall. Top-up water was costing about "
            "£9,000 a year.",
            "The existing paths were loose gravel, which visitors had complained was hard to walk on."]),
        ("Alternative options considered:", [
            "Patching the liner was rejected because the leak test showed splits in several places."]),
    ],
    tail=[("Interests and Nature of Interests Declared:", "None"),
          ("Publication date:", "10/05/2018"),
          ("Effective from:", "17/05/2018")],
    links=[("Holland Park Kyoto Garden works report", "312 KB")])

doc(name="ieDecisionDetails_ID4402_CentralBedfordshire_Bus_Shelters", form="mg-decision",
    council="Central Bedfordshire Council", stated="yes", committee="Executive", date="2021-03-02",
    site=site("Central Bedfordshire Council", "https://www.centralbedfordshire.gov.uk",
              "Priory House, Monks Walk, Chicksands, Shefford SG17 5TQ", "© Central Bedfordshire Council"),
    decision_title="Decision - Bus Shelter Renewal and Passenger Information Programme",
    fields=[("Decision Maker:", "Executive"),
            ("Decision status:", "For Determination"),
            ("Is Key decision?:", "Yes"),
            ("Date of decision:", "02/03/2021"),
            ("Wards affected:", "Dunstable Central; Houghton Hall; Leighton Buzzard South; Biggleswade North")],
    sections=[
        ("Decision:", [
            "1. The Executive approved a three year programme to replace bus shelters in Dunstable, Houghton "
            "Regis, Leighton Buzzard and Biggleswade, starting with 45 shelters in 2021/22.",
            "2. The supply and installation contract was awarded to Trueform Street Furniture Ltd. The new "
            "shelters have glass side panels, seating and solar lighting.",
            "3. The Executive agreed that a survey of all shelters in the rural villages would be commissioned "
            "later in 2021 to decide which should be replaced in years two and three."]),
        ("Reasons for the decision:", [
            "Many of the existing shelters date from the 1990s, and 60 had been reported as damaged in the past "
            "year. The busiest stop, on High Street North in Dunstable, is used by about 900 passengers a day.",
            "Advertising panels on 20 of the town centre shelters will bring in income which will cover the cost "
            "of cleaning all shelters in the programme."]),
        ("Alternative options considered and rejected:", [
            "Repairing the existing shelters was rejected because spare parts are no longer made."]),
    ],
    tail=[("Interests and Nature of Interests Declared:", "None"),
          ("Publication date:", "04/03/2021"),
          ("Date of call-in:", "11/03/2021")],
    links=[("Executive report - bus shelters", "188 KB"), ("Appendix A - shelter locations", "96 KB")])


# =========================================================================== pdf-minutes (6)

doc(name="Regulatory_Panel_Licensing_05092019_Minutes_SouthAyrshire", form="pdf-minutes",
    council="South Ayrshire Council", stated="yes", committee="Regulatory Panel (Licensing)", date="2019-09-05",
    pdf_title="Regulatory Panel (Licensing) minutes 5 September 2019", pdf_author="South Ayrshire Council",
    title_lines=["SOUTH AYRSHIRE COUNCIL", "Minutes of a meeting of the Regulatory Panel (Licensing)",
                 "held in the County Buildings, Wellington Square, Ayr on 5 September 2019 at 10.00 a.m."],
    attendance=[("Present:", "Councillors Agnes McFadzean (Chair), Ross Dalgleish, Brian Kerr, Moira Lennox and "
                 "Hugh Paterson."),
                ("In attendance:", "Solicitor (Licensing), Licensing Standards Officer and Police Scotland "
                 "representative.")],
    items=[
        item("1.", "Sederunt and Declarations of Interest", [
            "The Chair opened the meeting and confirmed the sederunt. There were no declarations of interest."]),
        item("2.", "Taxi Operator Licence: Harbourside Cabs, Troon (New Application)", [
            "The Panel considered an application for a taxi operator licence for four vehicles to be based at "
            "Harbour Road, Troon. Police Scotland had made no objection. The applicant explained that the "
            "vehicles would include two wheelchair accessible cars.",
            "Councillor Kerr moved that the licence be granted for one year, seconded by Councillor Lennox. "
            "There being no amendment, the licence was granted unanimously."]),
        item("3.", "Second Hand Dealer Licence: 22 Main Street, Prestwick (Renewal)", [
            "The Licensing Standards Officer reported that an inspection of the premises in July had found the "
            "register of purchases was incomplete for two months of the previous year.",
            "The licence holder, Mr Colin Brodie, told the Panel that a new member of staff had failed to keep "
            "the register and that a written procedure was now in place.",
            "Decided: to renew the licence for one year with a condition that the register be checked by the "
            "Licensing Standards Officer every three months."]),
        item("4.", "Short Term Let: 7 Sandgate, Ayr (Objection Hearing)", [
            "The Panel heard an objection from the owner of the flat below, who complained of noise from guests "
            "late at night, and a reply from the host, Ms Fiona Caldwell, who said she had fitted a noise monitor.",
            "Councillor Dalgleish moved that the licence be granted with a condition limiting the number of "
            "guests to four, seconded by Councillor Paterson. As an amendment Councillor McFadzean moved refusal, "
            "seconded by Councillor Lennox. On a vote, 3 members voted for the motion and 2 for the amendment, "
            "and the motion was carried."]),
        item("5.", "Street Trader Licence: Mobile Food Van, Girvan Harbour (New Application)", [
            "The applicant had asked that the application be withdrawn before the meeting, as the pitch at "
            "Girvan Harbour was no longer available to him.",
            "The Panel noted that the application had been withdrawn."]),
    ],
    closing=["The meeting ended at 11.40 a.m."],
    header="Regulatory Panel (Licensing) 05.09.19", header_right="South Ayrshire Council",
    footer=["Page {n} of {total}"])

doc(name="Cabinet_17102023_Minutes_Flintshire", form="pdf-minutes",
    council="Flintshire County Council", stated="yes", committee="Cabinet", date="2023-10-17",
    pdf_title="Cabinet minutes 17 October 2023", pdf_author="Flintshire County Council",
    logo="Cyngor Sir y Fflint / Flintshire County Council",
    title_lines=["CABINET", "17 October 2023",
                 "Minutes of the meeting of the Cabinet of Flintshire County Council held as a hybrid meeting in "
                 "the Council Chamber, County Hall, Mold on Tuesday, 17 October 2023"],
    attendance=[("PRESENT:", "Councillor Gwyneth Pritchard (Chair); Councillors Owain Bevan, Carys Hughes, "
                 "Dafydd Lloyd, Sian Parry and Mark Roberts."),
                ("ALSO PRESENT:", "Councillor Ellis Vaughan attended as an observer.")],
    items=[
        item("58.", "DECLARATIONS OF INTEREST", ["None were received."]),
        item("59.", "ELECTRIC VEHICLE CHARGING AT COUNCIL CAR PARKS", [
            "The Cabinet Member for Climate Change introduced the report. Charge points would be fitted at 11 "
            "council car parks, including Chester Street in Mold, Church Street in Flint and Brunswick Road in "
            "Buckley, giving 52 charging bays in total.",
            "The charge points would be installed and run by Celtic Volt Networks Ltd, which would pay the Council "
            "a fixed rent for each bay and meet all electricity costs.",
            "Councillor Hughes asked whether the fee for charging would match the fees charged elsewhere in North "
            "Wales. The Cabinet Member replied that the tariff would be reviewed each year against the average "
            "in the region.",
            "RESOLVED: That the concession be approved."]),
        item("60.", "WEPRE PARK WOODLAND AND PATHS", [
            "Cabinet received a report on storm damage at Wepre Park in Connah's Quay, where around 70 trees had "
            "fallen and the path to Ewloe Castle had been closed.",
            "The Chief Officer explained that the insurers were still assessing the claim and that it was not "
            "yet clear how much of the clearance cost they would cover. Volunteers from the Friends of Wepre Park "
            "had already cleared the lower path.",
            "RESOLVED: That the update be noted and the path to Ewloe Castle be reopened as soon as it is safe."]),
        item("61.", "SCHOOL MEALS IN HOLYWELL AND FLINT", [
            "The Cabinet Member for Education reported on the roll-out of free meals for all primary pupils. "
            "Kitchens at six schools in Holywell and Flint needed new ovens, costing £214,000 from Welsh "
            "Government grant.",
            "Councillor Lloyd asked whether take-up had risen. The Cabinet Member said that take-up at the "
            "schools already served had reached 86 per cent.",
            "RESOLVED: That the kitchen works be approved."]),
        item("62.", "COUNCIL TAX PREMIUM ON SECOND HOMES", [
            "Cabinet considered the results of consultation on raising the premium on second homes from 75 to "
            "100 per cent from April 2024. Of 630 responses, 58 per cent were in favour.",
            "RESOLVED: To recommend the higher premium to Council."]),
    ],
    closing=["(The meeting started at 9.30 am and ended at 11.05 am)", "Chair"],
    header="Cabinet / Cabinet 17.10.2023",
    footer=["Tudalen {n} / Page {n}"])

doc(name="PNCA_Committee_08022024_Minutes_EastDunbartonshire", form="pdf-minutes",
    council="East Dunbartonshire Council", stated="yes",
    committee="Place, Neighbourhood and Corporate Assets Committee", date="2024-02-08",
    pdf_title="PNCA Committee minute 8 February 2024", pdf_author="Democratic Services",
    title_lines=["EAST DUNBARTONSHIRE COUNCIL",
                 "PLACE, NEIGHBOURHOOD AND CORPORATE ASSETS COMMITTEE",
                 "Minute of meeting held at 2.00 p.m. in the Council Chambers, Civic Way, Kirkintilloch, on "
                 "Thursday, 8th February, 2024."],
    attendance=[("Members Present:", "Provost Iain Gray, Councillors Elaine McGeachy (Convener), Kenneth "
                 "Dunlop, Rhona Gillespie and Sanjay Patel.")],
    items=[
        item("PNCA.1", "TREE PLANTING ALONG THE FORTH AND CLYDE CANAL", [
            "The Committee considered a report on planting 2,400 native trees along the canal towpath between "
            "Kirkintilloch and Bishopbriggs. The trees would be planted by community groups over two winters, "
            "with whips supplied free by a woodland charity.",
            "Councillor Dunlop asked who would water the trees in dry summers. The Greenspace Manager said that "
            "the canal trust had agreed to water them for the first two years.",
            "Following discussion, the Committee approved the planting scheme."]),
        item("PNCA.2", "MILNGAVIE TOWN CENTRE PUBLIC REALM", [
            "Officers reported that the paving in Station Road, Milngavie, had deteriorated and that two trip "
            "claims had been settled in 2023.",
            "A detailed inspection of all the paving in the pedestrian precinct would be carried out in April by "
            "the Council's roads team, and the findings would shape a bid for regeneration funding later in the "
            "year.",
            "The Committee noted the report and asked that traders be told about the inspection in advance."]),
        item("PNCA.3", "BEARSDEN LIBRARY AND HALL", [
            "The Committee considered a proposal to move the library into the ground floor of Bearsden Hall to "
            "save running costs. The Library Manager said the move would cut annual costs by about £61,000.",
            "Councillor Gillespie asked about parking for the hall. The Library Manager replied that the "
            "Kilmardinny car park would be available to library users free for two hours.",
            "The Committee agreed to consult the public on the move for eight weeks."]),
        item("PNCA.4", "WINTER MAINTENANCE PERFORMANCE", [
            "The Roads Manager reported that 6,800 tonnes of salt had been spread between November and January, "
            "and that all priority routes had been treated within target times.",
            "Councillor Patel asked about the footpaths at Lennoxtown. The Roads Manager said that a new "
            "mini tractor had been bought for the village.",
            "The Committee noted the report."]),
    ],
    closing=["The meeting ended at 3.25 p.m."],
    header="PNCA 08.02.24", footer=["{n}"])

doc(name="Cabinet_10122019_Minutes_RedcarCleveland", form="pdf-minutes",
    council="Redcar and Cleveland Borough Council", stated="yes", committee="Cabinet", date="2019-12-10",
    pdf_title="Cabinet 10 December 2019", pdf_author="Redcar and Cleveland Borough Council",
    title_lines=["REDCAR AND CLEVELAND BOROUGH COUNCIL", "CABINET",
                 "A meeting of the Cabinet was held on 10th December, 2019 at Redcar and Cleveland House, Redcar."],
    attendance=[("PRESENT", "Councillor Joan Featherstone (Chair), Councillors Alan Dobson, Karen Hebden, "
                 "Neil Marwood and Carl Stainthorpe."),
                ("OFFICIALS", "Managing Director, Director of Growth, Head of Legal Services.")],
    items=[
        item("CAB 41/19", "DECLARATIONS OF INTEREST", ["There were no declarations of interest."]),
        item("CAB 42/19", "SALTBURN CLIFF LIFT", [
            "The Cabinet Member for Culture reported that the cliff lift at Saltburn had closed early for the "
            "season after a fault in the water balance tanks. A specialist engineer from Hartside Hydraulics Ltd "
            "had replaced the valves and tested the cars in November.",
            "The lift would reopen at Easter 2020, and a new ticket machine accepting contactless payment would "
            "be installed over the winter.",
            "Councillor Marwood asked whether fares would change. The Cabinet Member said the adult return fare "
            "would stay at £2.",
            "AGREED that the report be noted."]),
        item("CAB 43/19", "TOWN CENTRE CCTV", [
            "The Cabinet considered a report on renewing the CCTV system in Redcar, Eston and Guisborough. The "
            "number of cameras would rise from 58 to 72, with new cameras on the Esplanade and in Locke Park.",
            "The control room would move to the ground floor of Redcar and Cleveland House, and footage would be "
            "kept for 31 days.",
            "Councillor Hebden asked whether the cameras could be moved for events. The Director said that four "
            "of the new cameras would be redeployable.",
            "AGREED that the upgrade be approved at a cost of £495,000."]),
        item("CAB 44/19", "HOUSING ON THE FORMER SCHOOL SITE AT MARSKE", [
            "The Cabinet considered the disposal of a former school site in Marske to a housing association for "
            "40 affordable homes. The sale would be at a price below market value to make the scheme viable.",
            "AGREED that the disposal be approved."]),
    ],
    closing=["The meeting closed at 3.55 pm."],
    header="Cabinet - 10 December 2019", footer=["Page {n}"])

doc(name="Environment_Committee_14062022_Minutes_Worcester", form="pdf-minutes",
    council="Worcester City Council", stated="yes", committee="Environment Committee", date="2022-06-14",
    pdf_title="Environment Committee 14 June 2022", pdf_author="Worcester City Council",
    title_lines=["Worcester City Council", "Environment Committee",
                 "Minutes of the meeting held at the Guildhall, Worcester on Tuesday 14 June 2022 at 6.00 pm"],
    attendance=[("Present:", "Councillor Rebecca Lyndon (Chair), Councillors Jamie Atwal, Simon Greaves, "
                 "Priya Khatri, Louise Morden and Tom Yarrow."),
                ("Officers:", "Corporate Director Service Delivery; Parks Manager; Committee Officer.")],
    items=[
        item("I", "Apologies", ["Apologies were received from Councillor Derek Hall."]),
        item("II", "Tree Planting in Parks and Open Spaces", [
            "The Parks Manager presented the planting plan for the coming winter. At Gheluvelt Park 35 trees "
            "would be planted along the river path at a cost of £18,500, and at Cripplegate Park 20 trees would "
            "be planted around the play area.",
            "Trees at Warndon Woods would be planted by volunteers using whips donated by a local nursery, and "
            "no figure for that site was included in the plan.",
            "Councillor Atwal asked what survival rate had been achieved in the previous planting. The Parks "
            "Manager answered that 91 per cent of the trees planted in 2020 and 2021 had survived.",
            "RESOLVED: That the planting plan be approved."]),
        item("III", "Diglis Riverside Moorings", [
            "The Committee considered the condition of the visitor moorings at Diglis. The Canal and River Trust "
            "had inspected them and found loose mooring rings and a damaged section of the timber edge.",
            "The repairs would be carried out by Severnside Marine Works Ltd over three weeks in September.",
            "RESOLVED: That the repairs be approved."]),
        item("IV", "Litter Bins in St John's", [
            "Councillor Khatri reported complaints about overflowing bins on the main shopping street in St "
            "John's. The Corporate Director said that solar compacting bins would be trialled at six locations.",
            "Councillor Yarrow asked how often the bins would be emptied. The Corporate Director said the "
            "compacting bins would need emptying about once a week rather than daily.",
            "RESOLVED: That the trial proceed."]),
    ],
    closing=["The meeting ended at 7.20 pm.", "Chair"],
    header="Environment Committee - 14 June 2022", header_from=2, footer=["Page {n} of {total}"])

doc(name="Cabinet_11032020_Minutes_Eastbourne", form="pdf-minutes",
    council="Eastbourne Borough Council", stated="yes", committee="Cabinet", date="2020-03-11",
    pdf_title="Cabinet minutes 11 March 2020", pdf_author="Eastbourne Borough Council",
    title_lines=["Eastbourne Borough Council", "Cabinet",
                 "Minutes of meeting held in Court Room, Town Hall, Grove Road, Eastbourne on Wednesday 11 March 2020 "
                 "at 6.00 pm"],
    attendance=[("Present:", "Councillor Jonathan Hartley (Chair), Councillors Margaret Bell, Peter Diamond, "
                 "Amanda Fisk and Robert Ogden.")],
    items=[
        item("88", "Minutes of the meeting held on 12 February 2020", [
            "The minutes were submitted and approved, and the Chair was authorised to sign them."]),
        item("89", "Seafront Public Toilets", [
            "Cabinet considered a report on the seafront toilets. The blocks at the Wish Tower and the Redoubt "
            "would be refurbished and fitted with baby changing facilities, and the Fishing Station toilets would "
            "open until 9pm from May to September.",
            "Councillor Bell asked whether a charge would be introduced. The lead member said that a 20p charge "
            "would apply only at the Wish Tower, where contactless entry would be installed.",
            "Resolved: That the refurbishment be approved at a cost of £290,000."]),
        item("90", "Hampden Park Lake", [
            "The lead member for parks reported that algae had covered much of the lake at Hampden Park last "
            "summer. A water quality study would be carried out by a university team over the coming summer, "
            "and proposals to treat the lake would follow once it had reported.",
            "Councillor Ogden asked whether fishing would continue. The lead member said that the angling club "
            "would keep its licence while the study took place.",
            "Resolved: That the study be commissioned."]),
        item("91", "Devonshire Quarter Events Programme", [
            "Cabinet noted the programme for the Devonshire Quarter for summer 2020, including a food festival "
            "in Devonshire Park in June and weekly concerts at the Winter Garden.",
            "The festival would be run with Seaside Kitchen Events Ltd, which would take the bar income and pay "
            "the Council a site fee of £12,000.",
            "Resolved: That the programme be noted."]),
        item("92", "Terminus Road Market Stalls", [
            "Cabinet agreed to allow up to eight market stalls on the pedestrianised section of Terminus Road on "
            "Saturdays, with pitch fees of £35 a day.",
            "Resolved: That the market proceed from April 2020."]),
    ],
    closing=["The meeting closed at 7.10 pm", "Councillor Jonathan Hartley (Chair)"],
    header="Cabinet 11 March 2020", footer=["{n}"])


# =========================================================================== pdf-pack (3)

doc(name="Cabinet_16112022_Agenda_Pack_NorthEastLincolnshire", form="pdf-pack",
    council="North East Lincolnshire Council", stated="yes", committee="Cabinet", date="2022-11-16",
    pdf_title="Cabinet agenda pack 16 November 2022", pdf_author="North East Lincolnshire Council",
    cover=["Cabinet", "North East Lincolnshire Council", "Wednesday 16 November 2022 at 4.00 p.m.",
           "Grimsby Town Hall, Town Hall Square, Grimsby"],
    cover_body=["Members of the Cabinet are summoned to attend the meeting for the business set out in the "
                "agenda.", "Enquiries: Democratic Services, 01472 313131"],
    agenda=[("1", "Apologies for absence"), ("2", "Declarations of interest"),
            ("3", "Minutes of the meeting held on 19 October 2022 ({minutes})"),
            ("4", "Questions from the public"), ("5", "Forward plan"),
            ("6", "Cleethorpes Sea Wall and Promenade Repairs ({report})")],
    marks=["Agenda Item 3", "Agenda Item 6"],
    prev_title_lines=["CABINET", "19th October 2022 at 4.00 p.m."],
    prev_items=[
        item("CB.41", "PEOPLE'S PARK GLASSHOUSE", [
            "Cabinet considered the future of the glasshouse at People's Park, Grimsby, which had been closed "
            "since its frame was found to be corroded. The portfolio holder said that the heritage lottery "
            "bid had been submitted and a decision was expected in the spring.",
            "Councillor Maureen Dent asked whether the glasshouse could open for the summer. The portfolio "
            "holder replied that it would stay closed until the frame was repaired.",
            "RESOLVED - That the report be noted."]),
        item("CB.42", "IMMINGHAM LEISURE CENTRE", [
            "Cabinet approved a new gym and studio at Immingham Leisure Centre, costing £615,000, which would be "
            "paid back from membership income over twelve years.",
            "RESOLVED - That the scheme be approved."]),
    ],
    report=report(
        ["North East Lincolnshire Council", "Cabinet", "16 November 2022",
         "Cleethorpes Sea Wall and Promenade Repairs"],
        [("Report of", "Director of Economy, Environment and Infrastructure"),
         ("Portfolio Holder", "Portfolio Holder for Environment and Transport"),
         ("Wards", "Croft Baker; Haverstoe; Sidney Sussex"),
         ("Key decision", "Yes")],
        [("1. Purpose", [
            "1.1 This report asks Cabinet to approve urgent repairs to the sea wall and promenade at Cleethorpes "
            "between the pier and Wonderland, and to note longer term plans for the Kingsway frontage."]),
         ("2. Background", [
            "2.1 An engineer's inspection in August 2022 found voids behind the sea wall near the boating lake "
            "steps, and cracking to the promenade over a length of about 140 metres.",
            "2.2 The promenade was fenced off at the worst point in September. Business owners on Central "
            "Promenade reported a fall in trade during the closure."]),
         ("3. Proposals", [
            "3.1 It is proposed that the voids be filled with concrete grout and the promenade surface be "
            "replaced, at an estimated cost of £1.6 million, to be funded from the Council's capital programme "
            "and a grant from the Environment Agency.",
            "3.2 The works would be carried out by Humber Marine Contracting Ltd, already on the Council's coastal "
            "framework, over about sixteen weeks from January 2023.",
            "3.3 The Kingsway frontage also needs investment. A modelling study is being prepared, but the "
            "Environment Agency has not yet confirmed how much grant it would give for that stage, so no cost "
            "to the Council can yet be reported."]),
         ("4. Consultation", [
            "4.1 Ward members and the Cleethorpes business forum were consulted. The forum asked that works "
            "avoid the Easter holidays."]),
         ("5. Recommendations", [
            "5.1 That Cabinet approve the repairs described in paragraph 3.1.",
            "5.2 That Cabinet note the position on the Kingsway frontage."])]),
    footer=["Page {n}"], number_offset=2)

doc(name="Environment_Transportation_24082021_Agenda_Pack_NorthLanarkshire", form="pdf-pack",
    council="North Lanarkshire Council", stated="yes", committee="Environment and Transportation Committee",
    date="2021-08-24",
    pdf_title="Environment and Transportation Committee 24 August 2021", pdf_author="North Lanarkshire Council",
    cover=["Environment and Transportation Committee", "North Lanarkshire Council",
           "Tuesday, 24 August 2021, 10.00 am", "Civic Centre, Windmillhill Street, Motherwell"],
    cover_body=["Notice is hereby given that a meeting of the Environment and Transportation Committee will be "
                "held as stated above.", "Chief Officer (Legal and Democratic)"],
    agenda=[("1", "Declarations of Interest"),
            ("2", "Minute of Meeting of 18 May 2021 ({minutes})"),
            ("3", "Fly-tipping Enforcement and Waste Electrical Goods ({report})"),
            ("4", "Any other business")],
    marks=["Agenda Item 2", "Agenda Item 3"],
    prev_title_lines=["NORTH LANARKSHIRE COUNCIL",
                      "MINUTE of MEETING of the ENVIRONMENT AND TRANSPORTATION COMMITTEE held in the Civic "
                      "Centre, Motherwell on 18 May 2021"],
    prev_items=[
        item("14.", "Strathclyde Country Park Car Parking", [
            "The Committee considered introducing parking charges at Strathclyde Country Park. The Head of "
            "Environmental Assets said the car parks at the watersports centre and the beach filled by late "
            "morning at weekends.",
            "Councillor Morag Wardrop asked whether blue badge holders would pay. The Head of Environmental "
            "Assets replied that blue badge holders would park free of charge.",
            "Decided: that charges of £2 a day be introduced from October 2021."]),
        item("15.", "Bridge Inspection Programme", [
            "The Committee noted that 318 bridges had been inspected in 2020/21, and that weight limits would "
            "stay on the bridge at Calderbank.",
            "Decided: that the report be noted."]),
    ],
    report=report(
        ["North Lanarkshire Council", "Report",
         "Fly-tipping Enforcement and Waste Electrical Goods"],
        [("To", "Environment and Transportation Committee"), ("From", "Chief Officer (Place)"),
         ("Date", "10 August 2021"), ("Ref", "ET/21/088")],
        [("1. Purpose of Report", [
            "1.1 To report on fly-tipping across North Lanarkshire in 2020/21 and to propose new collection points "
            "for electrical goods."]),
         ("2. Background", [
            "2.1 In 2020/21 there were 9,240 fly-tipping incidents reported in North Lanarkshire. In Airdrie the "
            "cost of clearing fly-tipping was £212,000, the highest of any town.",
            "2.2 Mattresses, white goods and garden waste make up most of the tonnage. Many incidents are on "
            "farm tracks on the edge of Cumbernauld and Coatbridge."]),
         ("3. Proposals", [
            "3.1 Six new deployable cameras would be bought and placed at hotspots, with signs warning that the "
            "area is watched.",
            "3.2 Collection banks for small electrical goods would be placed at supermarkets in Wishaw, "
            "Motherwell and Bellshill, emptied by Clydeside Reuse Partnership, a social enterprise, which would "
            "refurbish items for resale.",
            "3.3 An education campaign would run in schools in the autumn term."]),
         ("4. Measures of Success", [
            "4.1 A reduction of ten per cent in incidents by March 2023 is targeted."]),
         ("5. Recommendations", [
            "5.1 The Committee is asked to approve the proposals in section 3."])]),
    footer=["Page {n}"], number_offset=2)

doc(name="Community_Environment_Board_06032025_Agenda_Pack_Gosport", form="pdf-pack",
    council="Gosport Borough Council", stated="yes", committee="Community and Environment Board",
    date="2025-03-06",
    pdf_title="Community and Environment Board 6 March 2025", pdf_author="Gosport Borough Council",
    cover=["Community and Environment Board", "Gosport Borough Council", "Thursday, 6th March, 2025 at 6.00pm",
           "Council Chamber, Town Hall, High Street, Gosport"],
    cover_body=["To the Members of the Board: you are summoned to attend.", "Borough Solicitor"],
    agenda=[("1", "Apologies"), ("2", "Declarations of interest"), ("3", "Deputations and public questions"),
            ("4", "Minutes of the meeting of 23 January 2025 ({minutes})"),
            ("5", "Stokes Bay Coastal Defence Scheme: Update ({report})")],
    marks=["Agenda Item 4", "Agenda Item 5"],
    prev_title_lines=["GOSPORT BOROUGH COUNCIL", "Community and Environment Board",
                      "Thursday 23rd January 2025"],
    prev_items=[
        item("55", "Walpole Park Boating Lake", [
            "The Board considered a report on the boating lake at Walpole Park, where the model yacht club had "
            "reported falling water levels. Officers said a contractor would be appointed to reseal the lake "
            "edges in the spring.",
            "Councillor Kevin Lamprey asked whether the club would have to stop sailing. Officers answered "
            "that the club could sail at the south end of the lake during the works.",
            "RESOLVED: That the works be approved."]),
        item("56", "Lee-on-the-Solent Beach Huts", [
            "The Board agreed to increase the annual licence fee for council beach huts at Lee-on-the-Solent to "
            "£540, and to create 12 new huts near the Hovercraft Museum.",
            "RESOLVED: That the new fees apply from 1 April 2025."]),
    ],
    report=report(
        ["Gosport Borough Council", "Board/Committee: Community and Environment Board",
         "Stokes Bay Coastal Defence Scheme: Update"],
        [("Date of Meeting", "6 March 2025"), ("Title", "Stokes Bay Coastal Defence Scheme: Update"),
         ("Author", "Head of Coastal Partnership"), ("Status", "For information")],
        [("1.0 Purpose", [
            "1.1 To update the Board on the Stokes Bay scheme to protect homes in Alverstoke and Anglesey from "
            "coastal flooding."]),
         ("2.0 Background", [
            "2.1 The existing sea wall at Stokes Bay was built in stages from the 1950s. About 1,100 properties "
            "behind it are at risk from a severe storm.",
            "2.2 The outline business case was approved by the Environment Agency in 2024."]),
         ("3.0 Current Position", [
            "3.1 A ground investigation along the frontage will be carried out in May and June 2025 to test the "
            "strength of the existing wall and the shingle beneath it. Its results will decide whether the wall "
            "can be raised or must be rebuilt.",
            "3.2 The design is being developed with Solent Shoreline Engineering Ltd, appointed in October 2024.",
            "3.3 Public drop-in sessions were held at Stokes Bay sailing club in February 2025, and 212 people "
            "attended."]),
         ("4.0 Funding", [
            "4.1 The scheme is estimated at £38 million, of which the Environment Agency grant is expected to "
            "cover about 85 per cent."]),
         ("5.0 Recommendation", [
            "5.1 That the Board notes the report."])]),
    footer=["Page {n}"], number_offset=2)


# =========================================================================== docx-report (2)

doc(name="Executive_20_January_2021_Towneley_Park_Report_Burnley", form="docx-report",
    council="Burnley Borough Council", stated="yes", committee="Executive", date="2021-01-20",
    docx_author="Green Spaces and Amenities",
    letterhead=["Burnley Borough Council", "Town Hall, Manchester Road, Burnley BB11 9SA"],
    report=report(
        ["Towneley Park Hall Grounds and Car Park Improvements", "Report to the Executive, 20 January 2021"],
        [("Report author", "Head of Green Spaces and Amenities"),
         ("Portfolio", "Executive Member for Leisure and Culture"),
         ("Wards affected", "Bank Hall; Coal Clough with Deerplay"),
         ("Key decision", "Yes")],
        [("1. Purpose", [
            "1.1 To seek approval for improvements to the grounds around Towneley Hall and the main car park, "
            "and to a section of the Brun Valley Greenway through the park."]),
         ("2. Background", [
            "2.1 Towneley Park receives an estimated 750,000 visits a year. The main car park off Todmorden Road "
            "has an uneven gravel surface which floods after heavy rain, and visitors with limited mobility "
            "have complained that the path from the car park to the hall is too steep.",
            "2.2 A visitor survey in summer 2020, answered by 1,030 people, found that 64 per cent wanted better "
            "paths and 48 per cent wanted more seating near the hall."]),
         ("3. Proposals", [
            "3.1 The car park would be resurfaced and marked out for 210 spaces, including 12 blue badge bays "
            "close to the hall.",
            "3.2 A new path with a gentler gradient would link the car park to the hall, with rest benches every "
            "50 metres.",
            "3.3 The section of the Brun Valley Greenway between the hall and the River Calder would be widened "
            "to three metres for shared use by walkers and cyclists.",
            "3.4 Parking charges at the main car park are not proposed, and parking will remain free."]),
         ("4. Financial implications", [
            "4.1 The total cost is £540,000. Of this, £300,000 will come from the Council's capital programme and "
            "£240,000 from a grant secured from a heritage funder.",
            "4.2 Maintenance of the new path and car park will be met from the existing parks revenue budget."]),
         ("5. Recommendations", [
            "5.1 That the Executive approve the improvements set out in section 3.",
            "5.2 That the Head of Green Spaces be authorised to appoint a contractor by competitive tender."])]),
    header="Executive - 20 January 2021 - Item 7", footer=["Burnley Borough Council", "OFFICIAL"])

doc(name="Cabinet_4_July_2022_Parking_and_EV_Report_Watford", form="docx-report",
    council="Watford Borough Council", stated="yes", committee="Cabinet", date="2022-07-04",
    docx_author="Place Services",
    letterhead=["Watford Borough Council"],
    report=report(
        ["Part A", "Report to: Cabinet", "Date of meeting: 4 July 2022",
         "Report of: Associate Director of Environment",
         "Title: Town Centre Parking and Electric Vehicle Charging"],
        [("Portfolio holder", "Portfolio Holder for Transport and Sustainability"),
         ("Ward(s)", "Central; Nascot; Oxhey"),
         ("Key decision", "Yes")],
        [("1.0 Summary", [
            "1.1 This report proposes changes to the Council's car parks in the town centre and the installation "
            "of rapid electric vehicle charge points in them."]),
         ("2.0 Recommendations", [
            "2.1 That Cabinet approve the installation of 24 rapid charge points at the Church car park and the "
            "Gade car park.",
            "2.2 That Cabinet note that a review of all parking tariffs will be carried out later this year and "
            "reported to Cabinet in the new year."]),
         ("3.0 Detailed proposal", [
            "3.1 Demand for charging in Watford has grown quickly. Usage of the 16 existing fast chargers at "
            "Cassiobury Park and Oxhey Park rose by 70 per cent in 2021.",
            "3.2 The rapid charge points would be supplied and operated by Colne Valley Charging Ltd under a "
            "ten year agreement. The company will pay for the equipment and the grid connection and will share "
            "20 per cent of net income with the Council.",
            "3.3 Charge points will be placed on the ground floor of each car park so that larger vehicles and "
            "vans can reach them.",
            "3.4 The review of parking tariffs referred to in paragraph 2.2 will look at prices, hours and "
            "discounts for residents, and will not start until the autumn."]),
         ("4.0 Implications", [
            "4.1 Financial: there is no capital cost to the Council.",
            "4.2 Equalities: four of the charge points will be in wider bays suitable for disabled drivers."])]),
    header="Cabinet 4 July 2022 | Agenda item 9", footer=["OFFICIAL"])


# =========================================================================== docx-minutes (2)

doc(name="Cabinet_Minutes_8_September_2021_Boston", form="docx-minutes",
    council="Boston Borough Council", stated="yes", committee="Cabinet", date="2021-09-08",
    docx_author="Democratic Services",
    title_lines=["Boston Borough Council - Cabinet",
                 "Minutes of a meeting of the Cabinet held in the Council Chamber, Municipal Buildings, West "
                 "Street, Boston, on Wednesday 8th September 2021 at 6.30 pm."],
    attendance=[("Present:", "Councillor Anthony Renshaw (Leader, in the Chair); Councillors Claire Bassett, "
                 "Paul Skerritt, Nigel Welbourn and Yvonne Cutts."),
                ("Officers:", "Chief Executive, Deputy Chief Executive, Democratic Services Officer.")],
    items=[
        item("CAB/21/34", "Apologies for Absence", ["Apologies were received from Councillor Martin Hobbs."]),
        item("CAB/21/35", "Geoff Moulder Leisure Complex Swimming Pool", [
            "The Portfolio Holder for Leisure reported that the main pool at the Geoff Moulder Leisure Complex "
            "would close for eight weeks from 1 November 2021 to replace its filtration plant, at a cost of "
            "£410,000.",
            "The learner pool would reopen sooner, after five weeks. Swimming lessons would move to the learner "
            "pool once it reopened.",
            "Councillor Bassett asked whether swim club members would be refunded. The Portfolio Holder replied "
            "that monthly memberships would be frozen during the closure at no cost.",
            "RESOLVED: That the works proceed."]),
        item("CAB/21/36", "Boston Market Place Events", [
            "Cabinet considered the events programme for the Market Place. The Christmas market would run on "
            "27 November with 40 stalls, and a summer food fair was proposed for July 2022.",
            "Councillor Skerritt asked whether traders would pay. The Portfolio Holder said stalls at the "
            "Christmas market would be free for businesses based in the borough.",
            "RESOLVED: That the programme be approved."]),
        item("CAB/21/37", "Central Park Improvements", [
            "Cabinet received a report on improvements at Central Park. A new accessible toilet would be built "
            "next to the café at a cost of £85,000, and the tennis courts would be resurfaced at a cost of "
            "£62,000 in spring 2022.",
            "Councillor Welbourn asked about the bowling green. The Portfolio Holder said that the green would "
            "be reseeded by the bowls club using its own volunteers.",
            "RESOLVED: That the improvements be approved."]),
        item("CAB/21/38", "Housing Enforcement Policy", [
            "Cabinet approved a revised policy on civil penalties for private landlords, with penalties of up "
            "to £30,000 for the most serious offences. The Portfolio Holder noted that 46 notices had been "
            "served on landlords in the town centre in the previous year.",
            "RESOLVED: That the revised policy be adopted."]),
    ],
    closing=["The meeting closed at 7.45 pm."],
    header="Cabinet 08/09/21", footer=["Boston Borough Council"])

doc(name="Executive_Committee_Minutes_7_February_2023_MalvernHills", form="docx-minutes",
    council="Malvern Hills District Council", stated="yes", committee="Executive Committee", date="2023-02-07",
    docx_author="Committee Services",
    title_lines=["MALVERN HILLS DISTRICT COUNCIL",
                 "Minutes of the meeting of the EXECUTIVE COMMITTEE held on Tuesday, 7 February 2023 at 6.00 pm "
                 "in the Council Chamber, Council House, Avenue Road, Malvern"],
    attendance=[("Present:", "Councillors Tessa Ingram (Chairman), Lionel Barnsley, Catherine Dobbs, Ravi "
                 "Mehta and Oliver Thorne.")],
    items=[
        item("Minute 101", "Rural Bus Services", [
            "The Portfolio Holder for Environment reported that the operator of the 363 service between Great "
            "Malvern and Upton-upon-Severn had given notice that it would withdraw the route at the end of March.",
            "The county council, as transport authority, was seeking a new operator, but had not said whether "
            "a replacement would be found or what timetable it would run. Members asked that residents in "
            "Hanley Swan be kept informed.",
            "Councillor Dobbs asked about bus shelters in Upton. The Portfolio Holder said the two shelters on "
            "Old Street had been repainted in January by the parish council.",
            "RESOLVED: That the Executive Committee write to the county council in support of keeping the route."]),
        item("Minute 102", "Priory Park Bandstand and Splash Pad", [
            "The Committee considered a proposal for a splash pad near the bandstand in Priory Park, Great "
            "Malvern. It would be open from late May to September and would cost £165,000.",
            "Councillor Mehta asked who would build it. The Portfolio Holder said the preferred bidder was "
            "Malvern Aqua Play Ltd, chosen from three tenders.",
            "RESOLVED: That the splash pad be approved."]),
        item("Minute 103", "Tenbury Wells Flood Resilience", [
            "The Committee noted that the flood barriers on Teme Street in Tenbury Wells had been used twice "
            "this winter. A resident asked about grants for property flood doors; officers confirmed that grants "
            "of up to £5,000 per household were available.",
            "RESOLVED: That the report be noted."]),
        item("Minute 104", "Council Tax Reduction Scheme", [
            "The Committee recommended that the council tax reduction scheme for 2023/24 remain unchanged.",
            "RESOLVED: That Council be recommended accordingly."]),
    ],
    closing=["The meeting ended at 7.15 pm.", "Chairman"],
    header="Executive Committee 7.2.23", footer=["Malvern Hills District Council"])


# =========================================================================== txt (1)

doc(name="Sustainable_Development_Committee_Minutes_29_April_2020_EileanSiar", form="txt",
    council="Comhairle nan Eilean Siar", stated="yes", committee="Sustainable Development Committee",
    date="2020-04-29",
    title_lines=["COMHAIRLE NAN EILEAN SIAR", "SUSTAINABLE DEVELOPMENT COMMITTEE",
                 "Minute of meeting held remotely on Wednesday 29 April 2020 at 10.00am"],
    attendance=[("PRESENT:", "Mr Donald MacAulay (Chair), Mr Angus Morrison, Ms Kirsty MacLeod, Mr Iain "
                 "Maciver and Mr Roddy Macdonald."),
                ("IN ATTENDANCE:", "Director of Development, Head of Economic Development, Committee Clerk.")],
    items=[
        item("1", "Stornoway Harbour Ferry Terminal Car Park", [
            "The Committee considered a report on extending the car park at the ferry terminal in Stornoway. "
            "Queues for the ferry had blocked South Beach Street on summer weekends in 2019.",
            "The extension would add 85 spaces, including spaces for vehicles waiting for the ferry, on land "
            "leased from the harbour authority.",
            "Mr Morrison asked whether the car park would be free. The Head of Economic Development answered "
            "that it would be free for the first three hours.",
            "Agreed to approve the extension."]),
        item("2", "Castlebay Community Hall, Barra", [
            "The Committee heard that the roof of the community hall in Castlebay needed replacing. The hall "
            "committee had raised £40,000 and sought £90,000 from the Comhairle.",
            "Ms MacLeod asked whether the hall could serve as a rest centre in storms. The Director said it "
            "would be fitted with a backup generator as part of the works.",
            "Agreed to contribute £90,000."]),
        item("3", "Tarbert Pier Pontoons, Harris", [
            "The Committee considered a proposal to add visitor pontoons at Tarbert, Harris, for yachts. Sailing "
            "visitors had increased and the existing moorings were full through July and August.",
            "Eight berths would be provided and managed by the Harris Marina Trust, which would set the fees "
            "and keep the income.",
            "Agreed to approve the scheme subject to marine licence."]),
        item("4", "Balivanich Business Units", [
            "The Committee noted that all six business units at Balivanich, Benbecula, were let, and that a "
            "waiting list of four businesses had built up.",
            "Agreed to note the report."]),
    ],
    closing=["The meeting ended at 11.35am."])
