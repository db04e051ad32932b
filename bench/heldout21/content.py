"""The documents of bench/heldout21: invented business of real UK councils.

Every word of the business, the people and the figures is invented for this set; the councils,
their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout21.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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


# =========================================================================== ModernGov meeting pages

doc(
    name="ieListDocuments_CId112_MId5530_Exeter_Executive", form="mg-meeting",
    council="Exeter City Council", stated="yes", committee="Executive", date="2023-10-10",
    site=site("Exeter City Council", "https://committees.exeter.gov.uk", "Civic Centre, Paris Street, Exeter EX1 1JN",
              "© Exeter City Council 2023",
              menu=["Home", "Councillors", "Committee meetings", "Forward plan", "Petitions"],
              breadcrumb=["Home", "Committee meetings", "Executive"]),
    heading="Executive - Tuesday, 10th October, 2023 5.30 pm",
    venue="Rennes Room, Civic Centre, Paris Street, Exeter",
    contact="Democratic Services Officer: Tamsin Pengelly",
    items=[
        item("81.", "Minutes", [
            "The minutes of the meeting held on 12 September 2023 were taken as read and signed by the Leader."]),
        item("82.", "Declarations of Interest", [
            "Councillor Maddock declared that her partner is a trustee of the Exeter Community Larder and "
            "took no part in minute 85."]),
        item("83.", "Public Charge Points in Council Car Parks", [
            "The Director of Net Zero presented the report on rapid and fast charge points. Forty two points "
            "would be installed across Howell Road, Mary Arches and Guildhall car parks by a concession "
            "partner, Pennon Volt Charging Ltd, which had scored highest of the five bids received.",
            "Under the concession the operator meets the full installation cost and pays the City Council "
            "a 12 per cent share of net tariff income for fifteen years.",
            "Councillor Okafor asked whether the Mary Arches points would be usable by blue badge holders. The "
            "Director replied that four of the bays there would be widened to the accessible standard, with "
            "kerbside units mounted low enough for a wheelchair user.",
            "Members asked what the grid connection at Howell Road would cost. The Director said the "
            "distribution network operator had not yet returned its quotation, and until it did the "
            "figure could not be put before members.",
            "RESOLVED that the concession be awarded to Pennon Volt Charging Ltd."]),
        item("84.", "Exeter Quay Winter Lights", [
            "Members noted that the winter lights trail on Exeter Quay had drawn an estimated 31,000 visitors "
            "last season. The trail will run from 24 November 2023 to 7 January 2024, with the footbridge "
            "lit each evening between 4.30 pm and 10 pm.",
            "RESOLVED that the programme be noted."]),
        item("85.", "Community Larder Grant", [
            "The Executive agreed a one year grant of £18,500 to the Exeter Community Larder to cover rent of "
            "its unit on Sidwell Street, so that it can open on Saturdays as well as weekdays.",
            "RESOLVED that the grant be approved."]),
    ],
)

doc(
    name="ieListDocuments_CId249_MId7781_Harrow_Cabinet", form="mg-meeting",
    council="London Borough of Harrow", stated="yes", committee="Cabinet", date="2022-03-17",
    site=site("London Borough of Harrow", "https://moderngov.harrow.gov.uk", "Harrow Council, Forward Drive, Harrow HA3 8FL",
              "Copyright London Borough of Harrow",
              menu=["Home", "Meetings", "Councillors", "Decisions", "Search documents"],
              breadcrumb=["Home", "Meetings", "Cabinet"]),
    heading="Cabinet - Thursday 17 March 2022 6.30 pm",
    venue="Council Chamber, Harrow Civic Centre",
    contact="Contact: Nimesh Varsani, Senior Democratic Services Officer",
    items=[
        item("412", "Apologies for Absence", ["Apologies were received from Councillor Dunleavy."]),
        item("413", "Headstone Manor Museum Roof", [
            "Cabinet considered the report on the tithe barn roof at Headstone Manor. A condition survey by "
            "Gable Heritage Surveyors had found that about a fifth of the clay peg tiles on the north slope "
            "had slipped and that two of the oak purlins showed beetle damage.",
            "The Portfolio Holder explained that the works would be done in two summers so that the barn "
            "could stay open for weddings, the museum's main source of income, and that scaffolding would be "
            "kept off the moat side.",
            "A member asked whether visitors would still be able to see the barn's interior. The Portfolio "
            "Holder said guided hard hat tours would run on the first Sunday of each month while the "
            "scaffold is up.",
            "RESOLVED: to approve a capital budget of £640,000 for the re-roofing, funded from the heritage "
            "reserve."]),
        item("414", "Pinner Road Community Hub", [
            "The hub on Pinner Road will close for three weeks in August for new flooring. Activities for "
            "older residents will move to the Kenton Library meeting room during that time.",
            "RESOLVED: to note the closure."]),
        item("415", "Stanmore Marsh Play Area", [
            "Cabinet was asked to approve a new play area at Stanmore Marsh to replace the equipment "
            "removed in 2020. The budget of £120,000 comes from section 106 contributions from the "
            "flats on London Road.",
            "Councillor Ghelani asked whether the old zip wire, which was popular with older children, would "
            "come back. The Portfolio Holder said a longer zip wire was included, together with a sensory "
            "garden for younger visitors.",
            "RESOLVED: to approve the play area."]),
    ],
)

doc(
    name="ieListDocuments_CId340_MId9012_Portsmouth_Planning", form="mg-meeting",
    council="Portsmouth City Council", stated="yes", committee="Planning Committee", date="2024-02-07",
    site=site("Portsmouth City Council", "https://democracy.portsmouth.gov.uk", "Civic Offices, Guildhall Square, Portsmouth PO1 2AL",
              "© Portsmouth City Council",
              menu=["Home", "Meetings", "Your councillors", "Have your say", "Planning"],
              breadcrumb=["Home", "Meetings", "Planning Committee"]),
    heading="Planning Committee - Wednesday, 7th February, 2024 2.00 pm",
    venue="Executive Meeting Room - Third Floor, The Guildhall",
    contact="Contact: Lucy Abernethy, Local Democracy Officer",
    items=[
        item("14.", "Declaration of Members' Interests", ["No interests were declared."]),
        item("15.", "23/01102/FUL - 41 Albert Road, Southsea", [
            "Change of use of a former bank to a restaurant with a rear extraction flue.",
            "A neighbour spoke against, citing cooking smells in Exmouth Road. The agent, Mr Harwood, replied "
            "that the flue would discharge a metre above the ridge and that a carbon filter would be fitted.",
            "Councillor Vernon-Ellis proposed approval and Councillor Tahir seconded. On being put to the vote, "
            "the application was approved by 7 votes to 2."]),
        item("16.", "23/01344/FUL - 112 Highland Road, Eastney", [
            "Conversion of a house into a seven bedroom house in multiple occupation.",
            "Officers reported that 14 of the 52 homes within a fifty metre radius were already in "
            "multiple occupation, above the 10 per cent threshold in the supplementary planning document.",
            "Councillor Grummitt moved refusal, seconded by Councillor Oduya. The committee voted 8 in favour "
            "of refusal and 1 against, and the application was refused."]),
        item("17.", "23/01420/HOU - 8 Craneswater Park, Southsea", [
            "Replacement of timber windows with uPVC in the Craneswater and Eastern Parade conservation area.",
            "The committee agreed with officers that the slimline frames would preserve the character of the "
            "villa, and the application was granted with no vote being called."]),
        item("18.", "23/01503/FUL - Land at Tipner Lane", [
            "Erection of a warehouse for boat storage.",
            "The applicant had written on 5 February asking for the item to be held back so that revised "
            "drawings of the flood wall could be submitted. The item was deferred to a future meeting."]),
    ],
)

doc(
    name="ieListDocuments_CId178_MId3390_Warrington_Cabinet", form="mg-meeting",
    council="Warrington Borough Council", stated="yes", committee="Cabinet", date="2021-07-12",
    site=site("Warrington Borough Council", "https://warrington.moderngov.co.uk", "East Annexe, Town Hall, Sankey Street, Warrington WA1 1UH",
              "© 2021 Warrington Borough Council",
              menu=["Home", "Councillors", "Meetings", "Committees", "Library"],
              breadcrumb=["Home", "Committees", "Cabinet"]),
    heading="Cabinet - Monday, 12 July 2021 6.30 pm",
    venue="Council Chamber, Town Hall, Warrington",
    contact="Democratic Services: Joanne Critchlow",
    items=[
        item("CAB 21", "Minutes", ["The minutes of 14 June 2021 were agreed."]),
        item("CAB 22", "Libraries Opening Hours", [
            "The Cabinet Member for Culture reported on the six month trial of Sunday opening. Orford Hub had "
            "taken Sunday opening from January and recorded 4,120 visits over the trial; Birchwood Library, "
            "which had kept its Saturday only weekend hours, recorded 2,300 weekend visits in the same period.",
            "Councillor Barlow asked why Penketh was not part of the trial. The Cabinet Member answered that "
            "Penketh's building shares its heating with the health centre and could not be opened on its own.",
            "Decision: Sunday opening at Orford Hub to continue, and to be extended to Great Sankey "
            "Neighbourhood Hub from October 2021, at a cost of £46,000 a year met from the culture budget."]),
        item("CAB 23", "Victoria Park Events Field", [
            "The drainage of the events field in Victoria Park will be renewed before next summer's events. "
            "The work was let to Greenbank Turf Engineering for £212,000.",
            "Decision: the contract award be noted."]),
    ],
)

doc(
    name="ieListDocuments_CId410_MId6608_Crawley_Cabinet", form="mg-meeting",
    council="Crawley Borough Council", stated="yes", committee="Cabinet", date="2023-06-21",
    site=site("Crawley Borough Council", "https://democracy.crawley.gov.uk", "Town Hall, The Boulevard, Crawley RH10 1UZ",
              "Crawley Borough Council 2023",
              menu=["Home", "Meetings", "Councillors", "Decisions", "Consultations"],
              breadcrumb=["Home", "Meetings", "Cabinet"]),
    heading="Cabinet - Wednesday 21st June 2023, 7.00 pm",
    venue="Committee Rooms A and B, Town Hall",
    contact="Democratic Services: Chris Pennock-Shaw",
    items=[
        item("1", "Disclosures of Interest", ["None."]),
        item("2", "K2 Crawley Leisure Centre Pool Hall", [
            "The Cabinet received an update on the K2 Crawley pool hall. Members were told that the ceiling "
            "void above the 50 metre pool will be inspected by a structural engineer in September, once the "
            "summer swimming programme is over, and that the competition pool would stay open meanwhile.",
            "Councillor Ashworth asked how long the pool would close if the ceiling needed repair. The Head of "
            "Major Projects replied that no estimate was possible before the engineer had been inside the void.",
            "RESOLVED that the update be noted and the inspection be commissioned."]),
        item("3", "Tilgate Park Car Park Charges", [
            "Cabinet agreed to raise the all day charge at Tilgate Park from £5.00 to £5.50 from 1 September "
            "2023. The extra income, estimated at £38,000 a year, is to pay for a second park ranger.",
            "RESOLVED that the new tariff be approved."]),
        item("4", "Memorial Gardens Water Play", [
            "Members heard that the water play fountains in the Memorial Gardens had run for 96 days last "
            "summer, and that the pump room flooded twice in heavy rain. A sump pump has since been fitted.",
            "Councillor Mwale asked whether the fountains could run into September. The Cabinet Member said "
            "they would, on school holiday weekdays and every weekend, as long as the weather allowed.",
            "RESOLVED that the report be noted."]),
    ],
)

doc(
    name="ieListDocuments_CId207_MId4471_Luton_Executive", form="mg-meeting",
    council="Luton Borough Council", stated="yes", committee="Executive", date="2022-11-28",
    site=site("Luton Borough Council", "https://democracy.luton.gov.uk", "Town Hall, George Street, Luton LU1 2BQ",
              "© Luton Council",
              menu=["Home", "Meetings", "Councillors", "Decisions", "Forward plan"],
              breadcrumb=["Home", "Meetings", "Executive"]),
    heading="Executive - Monday, 28th November, 2022 6.00 pm",
    venue="Council Chamber, Town Hall, Luton",
    contact="Contact: Henrietta Osei-Bonsu",
    items=[
        item("94", "Town Centre CCTV Upgrade", [
            "The Executive considered proposals to replace the 86 analogue cameras in the town centre with "
            "high definition units linked to the control room at the Town Hall.",
            "A review of camera positions will be carried out in the new year with Bedfordshire Police, and "
            "only after that review will the final number of cameras on George Street and Bute Street be fixed.",
            "Councillor Farooq asked whether any footage would be shared with private businesses. The "
            "Portfolio Holder replied that it would not, and that footage is kept for 31 days unless the police "
            "request it.",
            "Resolved: that £1.1 million be allocated from the capital programme for the upgrade."]),
        item("95", "Wardown Park Museum Café", [
            "A new five year lease of the café at Wardown House was approved to Lea Valley Kitchen Ltd, at a "
            "rent of £14,200 a year.",
            "Resolved: that the lease be granted."]),
        item("96", "Stockwood Park Events Calendar", [
            "The Executive agreed the events calendar for Stockwood Park for 2023, which includes a food "
            "festival in June and the Luton Carnival after party in May.",
            "Councillor Hussain asked about noise for residents of Farley Hill. Officers replied that "
            "amplified music would end at 10 pm and that sound levels would be checked at the park "
            "boundary on each event day.",
            "Resolved: that the calendar be approved."]),
    ],
)

# =========================================================================== ModernGov item pages

doc(
    name="mgIssueHistoryHome_IId33410_Norwich_Cabinet", form="mg-item",
    council="Norwich City Council", stated="yes", committee="Cabinet", date="2024-03-13",
    site=site("Norwich City Council", "https://cmis.norwich.gov.uk", "City Hall, St Peters Street, Norwich NR2 1NH",
              "© Norwich City Council",
              menu=["Home", "Meetings", "Councillors", "Decisions", "Your council"],
              breadcrumb=["Home", "Meetings", "Cabinet", "Agenda item"]),
    meeting_line="Meeting of Cabinet, Wednesday, 13 March 2024 5.30 pm (Item 7.)",
    items=[
        item("7.", "Urban Tree Planting Programme 2024 to 2026", [
            "Cabinet received the report of the head of parks on street and park trees.",
            "Over the two planting seasons 1,150 trees are to be planted, 420 of them on streets in Lakenham, "
            "Mile Cross and Bowthorpe, where canopy cover is lowest in the city.",
            "Councillor Pryke asked who would water the young trees in a dry summer. The cabinet member said "
            "that the planting contractor, Wensum Arboriculture, would water each tree for its first three "
            "summers under the contract, and that residents could sign up as tree friends for the streets.",
            "The cost of the programme is £530,000, of which £310,000 comes from the Urban Tree Challenge "
            "Fund and the rest from the council's own climate reserve.",
            "Asked which species would be used on Dereham Road, officers said the species list for that road "
            "had not been settled and would depend on the utilities survey of the verges.",
            "RESOLVED to approve the urban tree planting programme and the award to Wensum Arboriculture."],
            links=[("Report: Urban tree planting programme", "412 KB"), ("Appendix A: Planting schedule", "188 KB")]),
    ],
)

doc(
    name="mgIssueHistoryHome_IId18822_Hastings_Cabinet", form="mg-item",
    council="Hastings Borough Council", stated="yes", committee="Cabinet", date="2021-11-01",
    site=site("Hastings Borough Council", "https://hastings.moderngov.co.uk", "Muriel Matters House, Breeds Place, Hastings TN34 3UY",
              "Hastings Borough Council",
              menu=["Home", "Meetings", "Councillors", "Decisions"],
              breadcrumb=["Home", "Meetings", "Cabinet", "Item"]),
    meeting_line="Cabinet - Monday 1st November 2021, 6.00 pm - item 43",
    items=[
        item("43", "Pelham Crescent Cliff Stabilisation", [
            "The Director of Operational Services reported that a small rockfall had come down behind the "
            "Pelham Crescent terrace in August, closing the footpath behind the church of St Mary in the Castle.",
            "A full geotechnical survey of the cliff face is to be commissioned this winter. The Director "
            "told Cabinet that rope access engineers would carry it out between January and March, and that "
            "the choice of netting or rock bolting would follow from what they found.",
            "Councillor Lambourne asked whether the terrace would need to be evacuated. The Director replied "
            "that the fall had stopped at the catch fence and that there was no present danger to the homes.",
            "Cabinet approved the release of £95,000 from the coastal reserve for the survey and for temporary "
            "fencing along the footpath."],
            links=[("Pelham Crescent cliff report", "640 KB")]),
    ],
)

# =========================================================================== ModernGov decision pages

doc(
    name="ieDecisionDetails_ID6120_HammersmithFulham_CabinetMember", form="mg-decision",
    council="London Borough of Hammersmith and Fulham", stated="yes",
    committee="Cabinet Member for the Environment", date="2023-01-19",
    site=site("London Borough of Hammersmith and Fulham", "https://democracy.lbhf.gov.uk",
              "Hammersmith Town Hall, King Street, London W6 9JU", "© Hammersmith and Fulham Council",
              menu=["Home", "Meetings", "Decisions", "Councillors", "Forward plan"],
              breadcrumb=["Home", "Decisions", "Decision details"]),
    decision_title="Decision details - Street tree watering bags and Ravenscourt Park avenue",
    fields=[("Decision Maker:", "Cabinet Member for the Environment"),
            ("Decision status:", "Implemented"),
            ("Is Key decision?:", "No"),
            ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To buy watering bags for new street trees and to replant the lime avenue in Ravenscourt Park."]),
        ("Decision:", [
            "The Cabinet Member approved the purchase of 600 slow release watering bags at £21 each, to be "
            "fitted to street trees planted in the last two winters.",
            "The Cabinet Member also approved replanting of the lime avenue along the main path of Ravenscourt "
            "Park. An arboricultural survey of the existing limes will be carried out in the spring, and the "
            "number of trees to be felled and replaced will be decided once its findings are known."]),
        ("Reasons for the decision:", [
            "In the dry summer of 2022 about one in eight newly planted street trees in the borough died, "
            "most of them on streets in Fulham where watering by residents was lowest."]),
        ("Alternative options considered:", [
            "Hiring a water bowser crew for July and August was considered and rejected as costing about three "
            "times as much."]),
    ],
    tail=[("Publication date:", "19/01/2023"), ("Date of decision:", "19/01/2023"),
          ("Effective from:", "27/01/2023")],
    links=[("Tree watering and avenue replanting report", "233 KB")],
)

doc(
    name="ieDecisionDetails_ID2281_StokeOnTrent_Cabinet", form="mg-decision",
    council="Stoke-on-Trent City Council", stated="yes", committee="Cabinet", date="2022-09-13",
    site=site("Stoke-on-Trent City Council", "https://moderngov.stoke.gov.uk", "Civic Centre, Glebe Street, Stoke-on-Trent ST4 1HH",
              "© Stoke-on-Trent City Council",
              menu=["Home", "Meetings", "Decisions", "Councillors"],
              breadcrumb=["Home", "Decisions", "Decision details"]),
    decision_title="Decision details - Hanley Park Pavilion Café and Boating Lake",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To let the restored pavilion café in Hanley Park and to reopen boating on the lake."]),
        ("Decision:", [
            "Cabinet agreed to grant a ten year lease of the pavilion café to Trentside Social Enterprise CIC, "
            "which will employ trainees from the city's supported employment scheme.",
            "Cabinet agreed that pedal boats be hired out on the lake from Easter to the end of September, "
            "with the hire run by the café tenant and lifeguard cover at weekends.",
            "In answer to a question from Councillor Bagnall on the state of the water, the Cabinet Member "
            "said the lake had been dredged in 2020 and that the water quality tests last spring had passed."]),
        ("Reasons for the decision:", [
            "The pavilion has stood empty since the restoration was finished, and a tenant brings both income "
            "and people into the park after the previous operator left."]),
        ("Alternative options considered:", [
            "Running the café directly was rejected because the council has no catering staff."]),
    ],
    tail=[("Publication date:", "14/09/2022"), ("Date of decision:", "13/09/2022"),
          ("Decided at meeting:", "13/09/2022 - Cabinet")],
    links=[("Hanley Park pavilion report", "301 KB")],
)

# =========================================================================== PDF minutes

doc(
    name="Aberdeenshire_Infrastructure_Services_Committee_Minutes_2022_05_26", form="pdf-minutes",
    council="Aberdeenshire Council", stated="yes", committee="Infrastructure Services Committee", date="2022-05-26",
    pdf_title="ISC minutes 26 May 2022", pdf_author="Committee Services",
    title_lines=["ABERDEENSHIRE COUNCIL", "INFRASTRUCTURE SERVICES COMMITTEE",
                 "WOODHILL HOUSE, ABERDEEN, 26 MAY, 2022"],
    attendance=[("Present:", "Councillors A Strachan (Chair), M Findlater (Vice Chair), R Gauld, K Innes, "
                 "D Milne, S Ogston and F Whyte."),
                ("Officers:", "Director of Environment and Infrastructure Services, Head of Roads, "
                 "Transportation Manager, Committee Officer (L Duthie).")],
    items=[
        {"num": "1.", "title": "SEDERUNT AND DECLARATION OF MEMBERS' INTERESTS",
         "body": ["The Chair asked Members if they had any interests to declare. None were declared."]},
        {"num": "2.", "title": "ELECTRIC VEHICLE CHARGING AT RURAL HALLS",
         "body": ["The Committee had before it a report on chargers at village halls. Twenty eight halls had "
                  "applied, and the first 12 chargers would go to halls in Formartine and Marr, where the "
                  "nearest public charger is more than ten miles away.",
                  "Councillor Innes asked who would pay for the electricity. The Transportation Manager "
                  "explained that each hall committee would buy the power and keep the tariff, with the "
                  "Council paying for the hardware from the Scottish Government grant.",
                  "Asked when the chargers at Tarland and Aboyne would be working, officers said that the "
                  "dates were not yet known because SSEN had still to confirm the supply upgrades.",
                  "The Committee agreed (1) to approve the scheme; and (2) to note the first 12 sites."]},
        {"num": "3.", "title": "A96 INVERURIE ROUNDABOUT RESURFACING",
         "body": ["The Head of Roads reported that resurfacing of the Port Elphinstone roundabout would take "
                  "place over six nights in August, with the work done by Bancon Surfacing Ltd.",
                  "The Committee agreed to note the programme."]},
    ],
    closing=["The meeting closed at 12.40 pm."],
    header="Infrastructure Services Committee 26.05.22", header_right="",
    footer=["Page {n} of {total}"],
)

doc(
    name="EastAyrshire_Planning_Committee_Minutes_20230915", form="pdf-minutes",
    council="East Ayrshire Council", stated="yes", committee="Planning Committee", date="2023-09-15",
    pdf_title="Planning Committee Minute", pdf_author="Democratic Services",
    title_lines=["EAST AYRSHIRE COUNCIL", "Minute of Meeting of the Planning Committee",
                 "held in the Council Chambers, Council Headquarters, London Road, Kilmarnock",
                 "on Friday 15 September 2023 at 10am"],
    attendance=[("Present:", "Councillors Fiona Campbell (Chair), Iain Linton, Douglas Reid, Claire Leitch, "
                 "Elaine Cowan and Jim McMahon."),
                ("Attending:", "Planning Manager, Senior Solicitor, Committee Services Officer.")],
    items=[
        {"num": "PC 31", "title": "Application 23/0388/PP: housing at Dunlop Road, Stewarton",
         "body": ["Erection of 64 houses with a new access from Dunlop Road.",
                  "The Planning Manager advised that the roads authority had no objection subject to a "
                  "new pedestrian crossing near Lainshaw Primary School.",
                  "Councillor Reid, seconded by Councillor Cowan, moved that the application be granted "
                  "subject to conditions. Councillor Linton, seconded by Councillor McMahon, moved as an "
                  "amendment that it be refused because of the loss of prime farmland. On a division, four "
                  "members voted for the motion and two for the amendment, and the motion was carried.",
                  "Decided: to grant planning permission subject to conditions."]},
        {"num": "PC 32", "title": "Application 23/0412/PP: wind turbine at Glenbuck",
         "body": ["Erection of a single wind turbine of 77 metres to blade tip on land north of Glenbuck Loch.",
                  "Mrs Annie Dalziel, objecting, asked whether the turbine would be visible from the Bill "
                  "Shankly memorial. The Planning Manager replied that the photomontage showed only the top "
                  "of the blades above the ridge from that spot.",
                  "Decided: to grant planning permission, no vote being taken."]},
        {"num": "PC 33", "title": "Application 23/0451/PP: change of use at John Finnie Street, Kilmarnock",
         "body": ["Change of use of a vacant shop to a hot food takeaway.",
                  "The Committee agreed with the recommendation to refuse permission, as the unit lies in the "
                  "core retail frontage.",
                  "Decided: to refuse planning permission."]},
    ],
    closing=["The meeting ended at 11.55am."],
    header="Planning Committee: 15 September 2023", header_right="PC 31 to PC 33",
    footer=["{n}"],
)

doc(
    name="BlaenauGwent_Executive_Committee_Minutes_2021_10_06", form="pdf-minutes",
    council="Blaenau Gwent County Borough Council", stated="yes", committee="Executive Committee", date="2021-10-06",
    pdf_title="Executive Committee Minutes", pdf_author="Democratic Services Section",
    title_lines=["BLAENAU GWENT COUNTY BOROUGH COUNCIL",
                 "MINUTES OF THE EXECUTIVE COMMITTEE", "HELD ON WEDNESDAY 6TH OCTOBER 2021 AT 10.00 A.M.",
                 "VIA MICROSOFT TEAMS"],
    attendance=[("PRESENT:", "Councillor N. Daniels (Chair), Councillors D. Davies, J. Mason, G. Thomas, "
                 "J. Collins."),
                ("AND:", "Managing Director, Corporate Director of Regeneration, Head of Community Services.")],
    items=[
        {"num": "No. 1", "title": "FLOOD ALLEVIATION, NANTYGLO",
         "body": ["Consideration was given to the report on flooding in Nantyglo after the storm of February "
                  "2020, when 27 homes in Blaina Road and the streets above it were flooded.",
                  "The Head of Community Services explained that the culvert under the old railway line had "
                  "been blocked by debris washed down from the forestry, and that a debris screen and a larger "
                  "culvert had been designed.",
                  "A member asked why the scheme had taken so long. The Head of Community Services replied "
                  "that Natural Resources Wales had needed a bat and otter survey of the stream before it would "
                  "give consent, and that the survey could only be done in the summer months.",
                  "The works would cost an estimated £1.36 million, with 85 per cent met by the Welsh "
                  "Government flood grant and the rest by the Council.",
                  "RESOLVED that the report be accepted and option 1 be approved."]},
        {"num": "No. 2", "title": "ABERTILLERY LEISURE CENTRE CHANGING ROOMS",
         "body": ["The Committee received a report on the changing rooms at Abertillery Leisure Centre, where "
                  "the floor tiles had lifted and the showers were out of use.",
                  "A member asked whether the centre would close. The Corporate Director of Regeneration "
                  "replied that the changing rooms would be done one at a time so that the centre stays open.",
                  "RESOLVED that £84,000 be released from the capital reserve."]},
        {"num": "No. 3", "title": "BEDWELLTY HOUSE AND PARK",
         "body": ["Members noted the programme of events at Bedwellty House for the winter, including the "
                  "Christmas market on 11 December.",
                  "RESOLVED that the report be noted."]},
    ],
    closing=["The meeting finished at 11.20 a.m."],
    header="Executive Committee 06.10.2021", header_right="",
    footer=["Page {n}"],
)

doc(
    name="Chesterfield_Cabinet_Minutes_14_June_2022", form="pdf-minutes",
    council="Chesterfield Borough Council", stated="yes", committee="Cabinet", date="2022-06-14",
    pdf_title="Cabinet 14 June 2022 minutes", pdf_author="Democratic and Elections",
    title_lines=["CHESTERFIELD BOROUGH COUNCIL", "CABINET", "Tuesday, 14th June, 2022"],
    attendance=[("Present:", "Councillor Serjeant (Chair); Councillors Blank, Gilby, Holmes, Ludlow, Mannion "
                 "Brunt and Sarvent.")],
    items=[
        {"num": "9", "title": "FLOOD RESILIENCE ON THE RIVER HIPPER",
         "body": ["The Service Director for Economic Growth presented a report on property flood resilience "
                  "along the River Hipper.",
                  "In the first phase, covering Brampton, 48 homes on Chatsworth Road and Factory Street would "
                  "be fitted with flood doors and non return valves, at an average cost of £7,900 a home.",
                  "The second phase, covering properties nearer the Hipper's confluence with the Rother at "
                  "Horns Bridge, would come forward once the Environment Agency had finished its modelling.",
                  "Councillor Holmes asked whether householders would have to pay anything. The Service "
                  "Director said the fittings would be free, but owners would need to agree to keep them "
                  "maintained.",
                  "RESOLVED: That the first phase be approved and delivered by Peak Flood Protection Ltd."]},
        {"num": "10", "title": "QUEEN'S PARK ANNEXE",
         "body": ["Cabinet agreed that the Queen's Park Annexe would be let to a bowls club for the 2022 season.",
                  "RESOLVED: That the letting be approved."]},
    ],
    closing=["The meeting closed at 7.45 pm."],
    header="Cabinet 14.06.22", header_right="Chesterfield Borough Council",
    footer=["Page {n} of {total}"],
)

doc(
    name="Winchester_Cabinet_Minutes_2024_01_17", form="pdf-minutes",
    council="Winchester City Council", stated="yes", committee="Cabinet", date="2024-01-17",
    pdf_title="Cabinet Minutes", pdf_author="Winchester City Council",
    title_lines=["WINCHESTER CITY COUNCIL", "CABINET", "Wednesday, 17 January 2024",
                 "Attendance:"],
    attendance=[("Councillors", "Tod (Chairperson), Cutler, Learney, Porter, Thompson, Westwood and Williams.")],
    items=[
        {"num": "CAB3411", "title": "PUBLIC TOILETS REFURBISHMENT",
         "body": ["Cabinet considered a report on the city's public conveniences. The toilets at Jewry Street "
                  "and at the Chesil Street multi storey car park would be refurbished this year, with a "
                  "changing places toilet added at Jewry Street.",
                  "The toilets in Abbey Gardens are to be reviewed by officers over the summer, and a report "
                  "on whether to refurbish or close them will come back to Cabinet in the autumn.",
                  "In reply to Councillor Learney, the Cabinet Member said that the attended toilets at the "
                  "Broadway would remain free of charge to use.",
                  "RESOLVED: That £420,000 be allocated for the Jewry Street and Chesil Street works."]},
        {"num": "CAB3412", "title": "ALRESFORD STATION ROAD PARKING",
         "body": ["Cabinet agreed a permit scheme for Station Road and The Dean in New Alresford after 61 per "
                  "cent of responses to the local survey favoured it.",
                  "RESOLVED: That the scheme be introduced."]},
    ],
    closing=["The meeting commenced at 6.30 pm and concluded at 8.05 pm"],
    header="Cabinet 17 January 2024", header_right="",
    footer=["{n}"],
)

doc(
    name="Middlesbrough_Executive_Minutes_07_03_2023", form="pdf-minutes",
    council="Middlesbrough Council", stated="yes", committee="Executive", date="2023-03-07",
    pdf_title="Executive minutes", pdf_author="Democratic Services",
    title_lines=["MIDDLESBROUGH COUNCIL", "EXECUTIVE",
                 "A meeting of the Executive was held on Tuesday 7 March 2023."],
    attendance=[("PRESENT:", "Mayor A Preston (Chair), Councillors S Hill, T Mohan, M Smiles and C Cooper."),
                ("OFFICERS:", "Director of Regeneration, Head of Finance, Democratic Services Officer.")],
    items=[
        {"num": "22/91", "title": "STEWART PARK WALLED GARDEN",
         "body": ["The Executive was asked to approve restoration of the walled garden at Stewart Park, Marton.",
                  "A heritage consultation with residents and the Friends of Stewart Park will open in April "
                  "and run for eight weeks, and its results will shape which glasshouses are rebuilt.",
                  "The Director of Regeneration explained that the garden walls had been surveyed last year "
                  "and found sound apart from a 14 metre stretch on the north side, which leans outward.",
                  "ORDERED that £275,000 be released for the repair of the north wall and for the consultation."]},
        {"num": "22/92", "title": "ALBERT PARK CLOCK TOWER",
         "body": ["Members noted that the clock mechanism in the Albert Park tower had been overhauled by "
                  "Cumbria Clock Company and was keeping time again.",
                  "NOTED."]},
    ],
    closing=["The meeting closed at 11.10 am."],
    header="Executive 7 March 2023", header_right="",
    footer=["{n}"],
)

# =========================================================================== Public Document Packs

doc(
    name="WestLothian_Council_Executive_Pack_2022_10_25", form="pdf-pack",
    council="West Lothian Council", stated="yes", committee="Council Executive", date="2022-10-25",
    pdf_title="Council Executive 25 October 2022", pdf_author="Committee Services",
    cover=["West Lothian Council", "Council Executive"],
    cover_body=["West Lothian Civic Centre, Howden South Road, Livingston, EH54 6FF",
                "19 October 2022",
                "A meeting of the Council Executive of West Lothian Council will be held within the Council "
                "Chambers, West Lothian Civic Centre, Livingston on Tuesday 25 October 2022 at 10:00 for the "
                "purpose of transacting the undernoted business.",
                "Chief Executive"],
    agenda=[("1", "Apologies for Absence"), ("2", "Declarations of Interest"),
            ("3", "Confirm Draft Minutes of Meeting of Council Executive held on Tuesday 27 September 2022 ({minutes})"),
            ("4", "Xcite Bathgate Pool Plant Replacement: report by Head of Operational Services ({report})")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["MINUTE of MEETING of the COUNCIL EXECUTIVE of WEST LOTHIAN COUNCIL held within "
                      "COUNCIL CHAMBERS, WEST LOTHIAN CIVIC CENTRE, on 27 SEPTEMBER 2022."],
    prev_items=[
        {"num": "1.", "title": "WINTER SERVICE PLAN",
         "body": ["The Council Executive considered the winter service plan. Salt stocks stood at 19,500 "
                  "tonnes at the Deans depot.",
                  "Councillor Borrowman asked whether footways in Blackburn would be gritted earlier in the "
                  "morning this winter. The Head of Operational Services replied that two extra footway "
                  "tractors had been bought so that priority footways would be treated by 8am.",
                  "Decision: to approve the winter service plan."]},
        {"num": "2.", "title": "ALMONDVALE PARK PLAY AREA",
         "body": ["The Council Executive agreed that the play area in Almondvale Park be replaced, with work "
                  "by Caledonia Play Ltd starting in spring.",
                  "Decision: to approve the contract award."]},
    ],
    report=report(
        ["WEST LOTHIAN COUNCIL", "COUNCIL EXECUTIVE",
         "XCITE BATHGATE POOL PLANT REPLACEMENT", "REPORT BY HEAD OF OPERATIONAL SERVICES"],
        [("A.", "PURPOSE OF REPORT"),
         ("", "To seek approval to replace the pool filtration and air handling plant at Xcite Bathgate.")],
        [("B. RECOMMENDATION", ["1. approves the replacement of the pool plant at a cost of £890,000;",
                                "2. notes that the pool will close during the works."]),
         ("D. TERMS OF REPORT", [
             "D.1 The filters at Xcite Bathgate date from the centre's opening and an inspection by Forth "
             "Valley Water Engineering in June 2022 found that two of the three sand filters had cracked "
             "laterals and that the air handling unit was running at half its design flow.",
             "D.2 The pool will close for about eleven weeks while the plant is replaced. The exact closure "
             "dates cannot yet be given, as the main plant items have long lead times and the supplier has "
             "not confirmed delivery.",
             "D.3 Swimming lessons will transfer to Xcite Linlithgow and Xcite Armadale during the closure.",
             "D.4 The new plant is expected to reduce the centre's gas use by about 18 per cent."]),
         ("E. CONCLUSION", ["E.1 Replacement of the plant is needed to keep the pool open in the long term."])]),
    footer=["Page {n}"], number_offset=0,
)

doc(
    name="Ipswich_Executive_Public_Pack_07112023", form="pdf-pack",
    council="Ipswich Borough Council", stated="yes", committee="Executive", date="2023-11-07",
    pdf_title="Public reports pack 07112023 Executive", pdf_author="Ipswich Borough Council",
    cover=["Ipswich Borough Council", "Executive", "Tuesday, 7 November 2023"],
    cover_body=["Grafton House, 15 to 17 Russell Road, Ipswich IP1 2DE",
                "Members of the Executive are summoned to a meeting in the Council Chamber, Town Hall, "
                "Cornhill, Ipswich on Tuesday 7 November 2023 at 6.00pm."],
    agenda=[("1", "Apologies"), ("2", "Unconfirmed Minutes of 10 October 2023 ({minutes})"),
            ("3", "Cycle Parking and Bus Shelters in the Town Centre ({report})")],
    marks=["Agenda Item 2", "Agenda Item 3"],
    prev_title_lines=["Minutes of the meeting of the Executive held on Tuesday 10 October 2023"],
    prev_items=[
        {"num": "E/23/41", "title": "Christchurch Mansion Visitor Numbers",
         "body": ["The Portfolio Holder reported 62,000 visits to Christchurch Mansion in the year to August.",
                  "Councillor Fern asked whether the Mansion would open on Mondays. The Portfolio Holder "
                  "replied that Monday opening would start in the school holidays from February 2024.",
                  "RESOLVED: That the report be noted."]},
        {"num": "E/23/42", "title": "Holywells Park Stable Block",
         "body": ["The Executive agreed to lease the stable block at Holywells Park to Orwell Woodworkers CIC.",
                  "RESOLVED: That the lease be granted."]},
    ],
    report=report(
        ["IPSWICH BOROUGH COUNCIL", "Report to Executive, 7 November 2023",
         "Cycle Parking and Bus Shelters in the Town Centre"],
        [("Report of:", "Head of Planning and Development"), ("Ward:", "Alexandra; St Margaret's")],
        [("1. Purpose", ["1.1 To set out a programme of new bus shelters and cycle stands in the town centre."]),
         ("2. Proposal", [
             "2.1 Fourteen bus shelters on Princes Street, Crown Street and Tower Ramparts would be replaced "
             "with shelters that have solar lighting and real time displays.",
             "2.2 A secure cycle hub for 120 bicycles would be formed in the ground floor of the Crown Car Park, "
             "with access by key fob for a yearly charge of £25.",
             "2.3 The shelters would be supplied and maintained by Stour Street Furniture Ltd under the "
             "advertising contract, at no capital cost to the Council."]),
         ("3. Consultation", [
             "3.1 A street survey in September counted an average of 310 bicycles parked on railings and "
             "lampposts in the town centre on a weekday, against 180 stands available."]),
         ("4. Recommendation", ["4.1 That the Executive approves the programme."])]),
    footer=["Page {n}"], number_offset=0,
)

doc(
    name="Thanet_Cabinet_Agenda_Pack_2021_02_11", form="pdf-pack",
    council="Thanet District Council", stated="yes", committee="Cabinet", date="2021-02-11",
    pdf_title="Agenda frontsheet Cabinet 11 February 2021", pdf_author="Democratic Services",
    cover=["THANET DISTRICT COUNCIL", "CABINET", "11 February 2021"],
    cover_body=["Cecil Street, Margate, Kent CT9 1XZ",
                "A meeting of the Cabinet will be held remotely at 7.00 pm on Thursday, 11 February 2021."],
    agenda=[("1", "Apologies for absence"), ("2", "Minutes of the previous meeting ({minutes})"),
            ("3", "Seafront CCTV at Margate and Ramsgate ({report})")],
    marks=["Agenda Item 2", "Agenda Item 3"],
    prev_title_lines=["CABINET", "Minutes of the meeting held on 14 January 2021 at 7.00 pm, held remotely"],
    prev_items=[
        {"num": "421.", "title": "BROADSTAIRS BEACH HUTS",
         "body": ["Cabinet agreed that twenty new beach huts be built at Viking Bay, Broadstairs.",
                  "Councillor Pugh asked how the huts would be let. The Leader replied that they would be let "
                  "by ballot, with Thanet residents given first refusal.",
                  "RESOLVED: That the huts be approved."]},
    ],
    report=report(
        ["Seafront CCTV at Margate and Ramsgate", "Cabinet 11 February 2021"],
        [("Report Author:", "Community Safety Manager"), ("Portfolio Holder:", "Cabinet Member for Community Services")],
        [("1.0 Introduction", [
             "1.1 This report proposes new CCTV cameras on Margate seafront and at Ramsgate harbour."]),
         ("2.0 Proposal", [
             "2.1 At Margate, nine cameras would be placed along Marine Terrace and The Parade. The Margate "
             "cameras would cost £118,000 and be funded from the Margate Town Deal.",
             "2.2 At Ramsgate, cameras would be placed on the Royal Harbour approach and the Military Road "
             "arches. The number and cost of the Ramsgate cameras will be set once the harbour lighting works "
             "are designed.",
             "2.3 Monitoring would be by the existing control room at Cecil Street, staffed around the clock "
             "in the summer season."]),
         ("3.0 Reasons", [
             "3.1 Kent Police recorded 212 incidents of antisocial behaviour on Margate seafront in 2020, "
             "most of them on summer evenings."]),
         ("4.0 Decisions required", ["4.1 That Cabinet approves the Margate cameras."])]),
    footer=["Page {n}"], number_offset=0,
)

# =========================================================================== Word reports

doc(
    name="NPT_Cabinet_Report_Margam_Park_Orangery", form="docx-report",
    council="Neath Port Talbot Council", stated="yes", committee="Cabinet", date="2022-08-24",
    docx_author="Environment and Regeneration",
    letterhead=["Neath Port Talbot Council", "Cyngor Castell-nedd Port Talbot"],
    report=report(
        ["NEATH PORT TALBOT COUNCIL", "Cabinet", "24 August 2022",
         "Report of the Head of Leisure, Tourism, Heritage and Culture",
         "Matter for Decision: Margam Park Orangery and Visitor Facilities"],
        [("Wards Affected:", "Margam"), ("Purpose of the Report:", "To approve works to the Orangery at Margam Country Park.")],
        [("1. Background", [
             "1.1 The Orangery at Margam Country Park is a Grade I listed building used for weddings and "
             "concerts, bringing in around £190,000 a year.",
             "1.2 A stonework inspection in March 2022 by Penderyn Conservation found weathering of the "
             "balustrade along the roof and eleven cracked window mullions on the south front."]),
         ("2. Proposal", [
             "2.1 Repairs to the balustrade and the mullions would be carried out over the winter of 2022 to "
             "2023, when no weddings are booked.",
             "2.2 A new accessible toilet block and café kiosk would be built beside the Orangery's west "
             "lawn, so that visitors to the deer park no longer need to walk back to the main car park.",
             "2.3 Whether Cadw grant will be available towards the stonework is not yet known; the Council's "
             "application will be decided at Cadw's December panel."]),
         ("3. Financial Impacts", [
             "3.1 The total cost is estimated at £735,000, of which £410,000 is for the stonework and "
             "£325,000 for the toilet block and kiosk."]),
         ("4. Recommendation", ["4.1 That Members approve the works set out in section 2."])]),
    header="Cabinet 24 August 2022 | Margam Park Orangery",
    footer=["Neath Port Talbot Council"],
)

doc(
    name="StAlbans_Cabinet_Report_Verulamium_Lake_Walls", form="docx-report",
    council="St Albans City and District Council", stated="yes", committee="Cabinet", date="2023-07-20",
    docx_author="Community Services",
    letterhead=["St Albans City and District Council", "Civic Centre, St Peter's Street, St Albans AL1 3JE"],
    report=report(
        ["CABINET", "Date of meeting: 20 July 2023",
         "Verulamium Park Lake Walls and Paths"],
        [("Portfolio holder:", "Councillor for Commercial, Community Assets and Leisure"),
         ("Lead officer:", "Head of Community Services"),
         ("Decision type:", "Key decision")],
        [("1. Summary", [
             "1.1 This report seeks approval to rebuild the retaining walls of the lake in Verulamium Park "
             "and to resurface the path around it."]),
         ("2. Findings", [
             "2.1 The western section of the lake wall, beside the Fighting Cocks path, is to be rebuilt in "
             "the first phase at a cost of £860,000.",
             "2.2 The eastern section, near the play area and splash park, will follow in a second phase. "
             "Its design has not been started and no cost is given in this report.",
             "2.3 An ecology survey found that the reed margins on the west bank are used by nesting "
             "coots and great crested grebes, so works there will not start before the end of August."]),
         ("3. Options", [
             "3.1 Doing nothing was rejected because parts of the wall have already slumped into the water.",
             "3.2 Replacing the walls with a soft reed edge was considered but would narrow the path below "
             "the width needed for park vehicles."]),
         ("4. Recommendations", ["4.1 Cabinet approves the first phase and the award to Hertford Civils Ltd."])]),
    header="St Albans City and District Council - Cabinet",
    footer=["Verulamium Park Lake Walls and Paths"],
)

# =========================================================================== Word minutes

doc(
    name="Clackmannanshire_Place_Committee_Minute_2024_04_18", form="docx-minutes",
    council="Clackmannanshire Council", stated="yes", committee="Place Committee", date="2024-04-18",
    docx_author="Committee Services",
    title_lines=["CLACKMANNANSHIRE COUNCIL",
                 "MINUTES OF MEETING of the PLACE COMMITTEE held within the Council Chamber, Kilncraigs, "
                 "Greenside Street, Alloa, FK10 1EB, on THURSDAY 18 APRIL 2024 at 9.30 am."],
    attendance=[("PRESENT", "Councillor Scott Harrison (Convener), Councillor Kathleen Martin, Councillor Fiona "
                 "Law, Councillor Mark McLuckie, Councillor Bryan Quinn."),
                ("IN ATTENDANCE", "Strategic Director (Place), Team Leader Libraries, Committee Officer.")],
    items=[
        {"num": "PL(24)22", "title": "LIBRARY SERVICE REVIEW",
         "body": ["The report set out proposals for the library service, including later opening at Alloa "
                  "Library on Tuesdays and Thursdays until 7pm, and a mobile library stop at Coalsnaughton "
                  "and Devonside.",
                  "Councillor Law asked whether Tillicoultry Library would be affected. The Team Leader "
                  "Libraries said that Tillicoultry's hours would stay as they are, and that its book "
                  "stock would be refreshed from the new £22,000 stock fund.",
                  "Members discussed the mobile library at length, including its route and how stops "
                  "would be advertised to residents in the Hillfoots villages.",
                  "Decision: The Committee agreed to approve the proposals."]},
        {"num": "PL(24)23", "title": "GARTMORN DAM COUNTRY PARK",
         "body": ["The Committee noted that the visitor centre at Gartmorn Dam will reopen in June after "
                  "repairs to the roof.",
                  "Decision: noted."]},
    ],
    closing=["Ends 11.05 am"],
    header="Place Committee 18 April 2024",
    footer=["Clackmannanshire Council"],
)

doc(
    name="Tamworth_Cabinet_Minutes_5_October_2021", form="docx-minutes",
    council="Tamworth Borough Council", stated="yes", committee="Cabinet", date="2021-10-05",
    docx_author="Democratic Services",
    title_lines=["TAMWORTH BOROUGH COUNCIL", "MINUTES OF A MEETING OF THE CABINET",
                 "HELD ON 5th OCTOBER 2021"],
    attendance=[("PRESENT:", "Councillor J Oates (Chair), Councillors R Pritchard, D Cook, S Doyle and "
                 "M Greatorex.")],
    items=[
        {"num": "61", "title": "Castle Grounds Cycle Route and Bridge",
         "body": ["The Portfolio Holder for Environment reported on the proposed cycle route from the town "
                  "centre through the Castle Grounds to the Snowdome, with a new bridge over the River Tame "
                  "next to Lady Bridge.",
                  "Cabinet was told that the final cost of the bridge could not be given yet, because the "
                  "ground investigation on the river banks had turned up old foundations and the design was "
                  "being redrawn.",
                  "Councillor Greatorex asked if the route would be lit. The Portfolio Holder replied that "
                  "low level bollard lighting would be used so as not to disturb bats along the river.",
                  "RESOLVED that the route be progressed to detailed design, funded by the Future High "
                  "Streets Fund."]},
        {"num": "62", "title": "Wigginton Park Bowling Green",
         "body": ["Cabinet considered a request from Wigginton Park Bowls Club to take on the running of the "
                  "bowling green. The club would pay a peppercorn rent and take over the mowing.",
                  "The Portfolio Holder for Leisure said the club had 58 members and had offered to open the "
                  "green to beginners on Wednesday evenings.",
                  "RESOLVED that a five year licence be granted to the club."]},
        {"num": "63", "title": "Assembly Rooms Season",
         "body": ["Cabinet noted that the Assembly Rooms had sold 14,600 tickets in its first season since "
                  "reopening.",
                  "RESOLVED that the report be noted."]},
    ],
    closing=["The meeting closed at 7.20pm."],
    header="Cabinet 05/10/21",
    footer=["Tamworth Borough Council"],
)

# =========================================================================== plain text

doc(
    name="Orkney_Development_and_Infrastructure_Committee_20230606", form="txt",
    council="Orkney Islands Council", stated="yes", committee="Development and Infrastructure Committee",
    date="2023-06-06",
    title_lines=["Orkney Islands Council", "Minute", "Development and Infrastructure Committee",
                 "Tuesday, 6 June 2023, 10:30.", "Council Chamber, Council Offices, School Place, Kirkwall."],
    attendance=[("Present", "Councillors Kristopher D Leask, Duncan A Tullock, Graham A Bevan, Mellissa-Louise "
                 "Thomson, Gillian Skuse."),
                ("Clerk", "Hazel Flett, Senior Committees Officer.")],
    items=[
        {"num": "I.", "title": "Public Toilets at Visitor Sites",
         "body": ["The Committee considered a report on public toilets at busy visitor sites.",
                  "New toilets with a septic tank would be built at the car park for the Ring of Brodgar, "
                  "with six cubicles, to replace the portable units hired each summer.",
                  "Councillor Bevan asked why the Stenness toilets were not being upgraded too. The Head of "
                  "Neighbourhood Services explained that those toilets are on land leased from a farmer, and "
                  "the lease runs out in 2025.",
                  "Members discussed the opening hours of toilets in Stromness in detail, including staffing "
                  "at the ferry terminal and the summer cruise ship days.",
                  "The Committee resolved to recommend to the Policy and Resources Committee that £380,000 "
                  "be set aside for the Brodgar toilets."]},
        {"num": "II.", "title": "Kirkwall Harbour Slipway",
         "body": ["The Committee noted that the slipway at Kirkwall harbour would be resurfaced by Orcadian "
                  "Marine Works in September."]},
        {"num": "III.", "title": "Hoy Ferry Terminal Waiting Room",
         "body": ["The Committee heard that the waiting room at Moaness pier on Hoy would get new seating "
                  "and a heater before the winter timetable.",
                  "Councillor Skuse asked whether the room could be left unlocked for early sailings. The Head "
                  "of Marine Services said that a keypad lock would be fitted so that ferry crews could open "
                  "it for the first sailing of the day."]},
    ],
    closing=["The meeting closed at 12:05."],
)
