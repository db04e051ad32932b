"""The documents of bench/heldout12: invented business of real UK councils.

Every word of the business, the people and the figures is invented for this set; the councils,
their towns and buildings are real, and the layouts are heldout5's forms. make_heldout12.py draws
each dict by its `form` with bench/heldout5/make_heldout5.py's renderers; truth.csv is written from
`council`, `stated` (how the text names the council: `yes` in full, `short` only a short form or
abbreviation), `committee` (alternatives separated by `|`) and `date` (the meeting's, ISO). The
content format is heldout5's (as in heldout11's content.py); the words are this set's own.
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
    name="ieListDocuments_CId143_MId2051_Adur_Executive", form="mg-meeting",
    council="Adur District Council", stated="yes", committee="Adur Executive|Executive", date="2022-03-08",
    site=site("Adur District Council", "https://democracy.adur-worthing.gov.uk",
              "Shoreham Centre, Pond Road, Shoreham-by-Sea, BN43 5WU", "© Adur District Council 2022",
              menu=["Home", "Councillors", "Meetings", "Forward plans", "Search"]),
    heading="Adur Executive - Tuesday, 8th March, 2022 6.30 pm",
    venue="Council Chamber, Shoreham Centre, Pond Road, Shoreham-by-Sea, BN43 5WU",
    contact="Imogen Coombes, Democratic Services Officer. Tel: 01903 221 067",
    items=[
        item("AEX/44/21-22", "Declarations of Interest", [
            "Councillor Sompting declared that she walks the beach path daily but has no financial interest."]),
        item("AEX/45/21-22", "Shoreham Beach: Renewal of the Beach Boardwalk", [
            "The Executive Member for Environment explained that the raised timber boardwalk across the "
            "vegetated shingle of the Shoreham Beach Local Nature Reserve had split and warped along much of "
            "its length, and that two sections had been roped off after a walker tripped last summer.",
            "Some 420 metres of boardwalk would be taken up and relaid in recycled plastic planks on the "
            "existing posts wherever they were sound, at an estimated cost of £186,000. Work would be kept "
            "outside the ground-nesting season so that the shingle plants and birds were not disturbed.",
            "Councillor Fenella Lancing asked whether people using wheelchairs and pushchairs would be able to "
            "pass one another. The Executive Member said that wider passing bays would be built every 50 "
            "metres.",
            "Members asked who would do the work. The contractor had not yet been chosen: quotations were "
            "being sought from firms with experience of protected sites, and the choice would be made by the "
            "Head of Environment.",
            "RESOLVED that the renewal of the boardwalk be approved and funded from the capital programme."],
            links=[("Boardwalk report", "402 KB"), ("Reserve plan", "1 MB")]),
        item("AEX/46/21-22", "Drinking Water Refill Points", [
            "RESOLVED that three drinking water refill fountains be installed on the seafront at Lancing, at "
            "Widewater and near Shoreham Fort, at a total cost of £19,500."]),
    ],
)

doc(
    name="ieListDocuments_CId118_MId3302_AmberValley_Cabinet", form="mg-meeting",
    council="Amber Valley Borough Council", stated="yes", committee="Cabinet", date="2023-07-19",
    site=site("Amber Valley Borough Council", "https://democracy.ambervalley.gov.uk",
              "Town Hall, Market Place, Ripley, DE5 3BT", "© Amber Valley Borough Council 2023",
              breadcrumb=["Home", "Your council", "Meetings", "Cabinet"]),
    heading="Cabinet - Wednesday, 19th July, 2023 6.00 pm",
    venue="Council Chamber, Town Hall, Market Place, Ripley, DE5 3BT",
    contact="Kieran Heage, Committee Administrator. Tel: 01773 841 642",
    items=[
        item("17.", "Minutes", [
            "The minutes of the meeting held on 21 June 2023 were confirmed as a correct record."]),
        item("18.", "Crossley Park, Ripley: New Play Area", [
            "The Cabinet Member for Leisure told the meeting that the play equipment at Crossley Park had come "
            "to the end of its life, and that the slide and the climbing frame had already been removed after "
            "failing their annual safety inspection.",
            "A new play area with 14 pieces of equipment would be laid out on the same site, including a "
            "roundabout that could be used from a wheelchair and a sensory panel for children with autism. "
            "The cost would be £138,000, of which £60,000 would come from section 106 payments from housing "
            "built nearby.",
            "Councillor Owen Codnor asked whether parents had been consulted. The Cabinet Member replied that "
            "412 people had answered the survey run in the spring, and that a zip wire had been their most "
            "popular request, so one had been included.",
            "RESOLVED that the new play area at Crossley Park be approved."],
            links=[("Play area report", "356 KB"), ("Layout drawing", "890 KB")]),
        item("19.", "Public Access Defibrillators", [
            "RESOLVED that eight more defibrillators be placed in public cabinets at community buildings in "
            "Alfreton, Belper, Heanor and Ripley, with training offered to the groups who use them."]),
        item("20.", "Belper: River Gardens Public Toilets", [
            "RESOLVED that the public toilets at Belper River Gardens be refurbished at a cost of £42,000 and "
            "kept open until 8.00 pm from April to September."]),
    ],
)

doc(
    name="ieListDocuments_CId128_MId4477_Ashford_Cabinet", form="mg-meeting",
    council="Ashford Borough Council", stated="yes", committee="Cabinet", date="2024-04-11",
    site=site("Ashford Borough Council", "https://ashford.moderngov.co.uk",
              "Civic Centre, Tannery Lane, Ashford, TN23 1PL", "© Ashford Borough Council 2024",
              menu=["Home", "Meetings", "Councillors", "Decisions", "Petitions"]),
    heading="Cabinet - Thursday, 11th April, 2024 7.00 pm",
    venue="Council Chamber, Civic Centre, Tannery Lane, Ashford, TN23 1PL",
    contact="Rosa Kennington, Member Services. Email: memberservices@ashford.gov.uk",
    items=[
        item("402", "Minutes", [
            "Resolved: that the minutes of the meeting held on 14 March 2024 be approved and signed."]),
        item("403", "Victoria Park: Hubert Fountain", [
            "The Portfolio Holder for Green Spaces reminded members that the cast iron Hubert Fountain in "
            "Victoria Park had not run since its pipework failed in the cold snap of December 2022, and that "
            "the basin had since filled with leaves and litter.",
            "The basin would be relined, the broken pipework replaced and a new recirculating pump fitted in "
            "an underground chamber beside the fountain, at a cost of £94,000. A further £12,000 would pay for "
            "repainting the ironwork in its original colours.",
            "Councillor Priya Godinton asked why the work could not be done sooner. The Portfolio Holder "
            "explained that the foundry repairing the cracked lower bowl could not take the casting until "
            "the autumn.",
            "Asked when the water would be turned back on, he said that no date could be given yet; it "
            "depended on how long the foundry needed and on testing the new pump.",
            "Resolved: that the restoration of the Hubert Fountain be approved."],
            links=[("Fountain report", "311 KB")]),
        item("404", "Roadside Wildflower Strips", [
            "Resolved: that twelve wide grass verges on the main roads into Ashford be left unmown from April "
            "to August and sown with wildflower seed, on a trial basis for two years."]),
    ],
)

doc(
    name="ieListDocuments_CId140_MId1906_Braintree_Cabinet", form="mg-meeting",
    council="Braintree District Council", stated="yes", committee="Cabinet", date="2021-11-15",
    site=site("Braintree District Council", "https://braintree.cmis.uk.com",
              "Causeway House, Bocking End, Braintree, CM7 9HB", "© Braintree District Council 2021",
              menu=["Home", "Meetings", "Councillors", "Committees"]),
    heading="Cabinet - Monday, 15th November, 2021 7.15 pm",
    venue="Council Chamber, Causeway House, Bocking End, Braintree, CM7 9HB",
    contact="Yasmin Feering, Governance Officer. Tel: 01376 552 525 ext. 2617",
    items=[
        item("31", "Minutes of the Previous Meeting", [
            "DECISION: That the minutes of the meeting held on 11 October 2021 be approved."]),
        item("32", "Witham: River Walk Cycle Path", [
            "The Cabinet Member for Infrastructure said that the riverside path along the River Brain from "
            "Witham station to the Whetmead nature reserve was narrow, muddy in winter and unlit, so that few "
            "people cycled it to work.",
            "The path would be widened to three metres and given a bound gravel surface for a length of 1.6 "
            "kilometres, with low-level lighting between the station and Guithavon Valley. Essex County "
            "Council had agreed to take the finished path onto its network of public rights of way.",
            "Councillor Tobias Rivenhall asked how the riverbank trees would be protected. The Cabinet Member "
            "said that the path would be moved away from the bank where roots were close to the surface and "
            "that no mature trees would be felled.",
            "DECISION: That the River Walk cycle path scheme be approved and work begin in spring 2022."],
            links=[("River Walk report", "276 KB"), ("Route map", "1 MB")]),
        item("33", "Christmas Lights in Town Centres", [
            "DECISION: That grants of £5,000 each be paid to the town councils of Halstead, Witham and "
            "Coggeshall towards their Christmas lights this year."]),
    ],
)

doc(
    name="ieListDocuments_CId121_MId2780_CannockChase_Cabinet", form="mg-meeting",
    council="Cannock Chase District Council", stated="yes", committee="Cabinet", date="2025-01-23",
    site=site("Cannock Chase District Council", "https://www.cannockchasedc.gov.uk/council/meetings",
              "Civic Centre, Beecroft Road, Cannock, WS11 1BG", "© Cannock Chase District Council 2025"),
    heading="Cabinet - Thursday, 23rd January, 2025 4.00 pm",
    venue="Esperance Room, Civic Centre, Beecroft Road, Cannock, WS11 1BG",
    contact="Martin Brereton, Democratic Services. Tel: 01543 462 621",
    items=[
        item("58.", "Minutes", [
            "Resolved: That the minutes of the meeting held on 12 December 2024 be approved as a correct "
            "record."]),
        item("59.", "Chadsmoor Community Centre: Roof and Heating", [
            "The Portfolio Holder for Community Wellbeing reported that the flat roof of Chadsmoor Community "
            "Centre leaked in several places and that the gas boiler, installed in 1998, had broken down "
            "three times this winter, leaving the lunch club and the toddler groups without heat.",
            "The roof would be replaced with a pitched roof carrying solar panels, and the boiler with two air "
            "source heat pumps. The works were estimated at £365,000, to be met from the council's "
            "decarbonisation budget.",
            "Councillor Delia Heath asked where the groups would meet during the works. The Portfolio Holder "
            "said that the lunch club would move to a meeting room at the Civic Centre and that the "
            "other groups had been offered rooms at local schools.",
            "How long the centre would have to close could not yet be said: an asbestos survey of the roof "
            "space was still to be carried out, and the length of the closure would depend on what it found.",
            "Resolved: That the roof and heating works be approved."],
            links=[("Community centre report", "344 KB")]),
        item("60.", "Weekly Food Waste Collections", [
            "Resolved: That weekly food waste collections start across the district in April 2026, with a "
            "kitchen caddy and an outdoor bin delivered to every household beforehand."]),
    ],
)

doc(
    name="ieListDocuments_CId112_MId1567_Chorley_Executive_Cabinet", form="mg-meeting",
    council="Chorley Council", stated="yes", committee="Executive Cabinet", date="2022-09-22",
    site=site("Chorley Council", "https://democracy.chorley.gov.uk",
              "Town Hall, Market Street, Chorley, PR7 1DP", "© Chorley Council 2022",
              menu=["Home", "Meetings", "Councillors", "Decisions", "Calendar"]),
    heading="Executive Cabinet - Thursday, 22nd September, 2022 6.30 pm",
    venue="Council Chamber, Town Hall, Market Street, Chorley, PR7 1DP",
    contact="Gemma Whittle, Democratic and Member Services Officer. Tel: 01257 515 034",
    items=[
        item("22.EC.41", "Minutes of meeting Thursday, 18 August 2022 of Executive Cabinet", [
            "Decision: That the minutes of the last meeting be approved as a correct record."]),
        item("22.EC.42", "Astley Park: Walled Garden Cafe", [
            "The Executive Member for Early Intervention reported that visits to Astley Park had risen "
            "sharply, with around 600,000 people coming each year, but that the only refreshments were a "
            "kiosk by the play area.",
            "A glass-fronted cafe with 60 seats inside and a terrace would be built against the south wall of "
            "the walled garden, looking over the restored beds towards Astley Hall. The building would cost "
            "£840,000.",
            "Councillor Harriet Croston asked whether the garden would be closed while it was built. The "
            "Executive Member replied that the garden would stay open, with the building site screened off "
            "behind hoardings painted by pupils from local schools.",
            "Decision: That the cafe be built and the cost added to the capital programme."],
            links=[("Walled garden cafe report", "520 KB"), ("Elevations", "2 MB")]),
        item("22.EC.43", "Skate Park at Coronation Recreation Ground", [
            "Decision: That a concrete skate park be built at Coronation Recreation Ground at a cost of "
            "£175,000, designed with young people who use the existing ramps."]),
    ],
)


# =========================================================================== ModernGov item pages

doc(
    name="mgAi_ID6621_Dartford_Cabinet", form="mg-item", council="Dartford Borough Council", stated="yes",
    committee="Cabinet", date="2023-11-30",
    site=site("Dartford Borough Council", "https://democracy.dartford.gov.uk",
              "Civic Centre, Home Gardens, Dartford, DA1 1DR", "© Dartford Borough Council 2023",
              menu=["Home", "Committees", "Councillors", "Meetings", "Decisions"]),
    meeting_line="30/11/2023 - Cabinet (Item 9.)",
    items=[item("71.", "Central Park: Sports Pavilion and Changing Rooms", [
        "The Cabinet Member for Leisure said that the pavilion beside the football pitches in Central Park, "
        "Dartford, had only two changing rooms and no separate facilities for women and girls, although the "
        "number of girls' teams playing there had grown from two to nine in three years.",
        "The pavilion would be extended to provide six changing rooms, two officials' rooms and a first aid "
        "room, at a cost of £1.15 million. The Football Foundation had offered a grant of £500,000 towards it.",
        "Councillor Nathan Stone asked when the new rooms would be ready. The Cabinet Member said that the "
        "extension should be in use for the start of the 2025/26 season.",
        "Members asked what clubs would pay. The hire charges for the new changing rooms had not been set; "
        "they would be agreed next year, after the council had spoken to the clubs.",
        "RESOLVED that the extension of the pavilion be approved and the grant accepted."],
        links=[("Pavilion report", "388 KB"), ("Floor plans", "740 KB")])],
)

doc(
    name="mgAi_ID3390_EastHerts_Executive", form="mg-item", council="East Hertfordshire District Council",
    stated="yes", committee="Executive", date="2021-06-08",
    site=site("East Hertfordshire District Council", "https://democracy.eastherts.gov.uk",
              "Wallfields, Pegs Lane, Hertford, SG13 8EQ", "© East Hertfordshire District Council 2021"),
    meeting_line="08/06/2021 - Executive (Item 7)",
    items=[item("EX/8", "Bishop's Stortford: Castle Gardens Lighting and Paths", [
        "The Executive Member for Wellbeing reported that Castle Gardens in Bishop's Stortford, around the "
        "mound of Waytemore Castle, were well used by day but avoided after dark because the paths were "
        "unlit and the surface had broken up.",
        "Thirty-two low columns with warm white LED lanterns would be put up along the main paths, and 900 "
        "metres of path would be resurfaced in resin-bound gravel, at a cost of £265,000.",
        "Councillor Amelia Sawbridge asked whether the lights would disturb bats roosting by the River Stort. "
        "The Executive Member replied that the lights along the river would dim to a fifth of their "
        "brightness after 10.00 pm.",
        "RESOLVED that the lighting and path works in Castle Gardens be approved."],
        links=[("Castle Gardens report", "298 KB")])],
)


# =========================================================================== ModernGov decision pages

doc(
    name="ieDecisionDetails_ID3847_Eastleigh_Parking", form="mg-decision", council="Eastleigh Borough Council",
    stated="yes", committee="Cabinet", date="2022-10-13",
    site=site("Eastleigh Borough Council", "https://meetings.eastleigh.gov.uk",
              "Eastleigh House, Upper Market Street, Eastleigh, SO50 9YN", "© Eastleigh Borough Council 2022",
              menu=["Home", "Meetings", "Councillors", "Decisions", "Consultations"]),
    decision_title="Parking Charges at Council Car Parks in Hedge End and Chandler's Ford",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To decide whether to introduce charges at council car parks in Hedge End and Chandler's "
                      "Ford, where parking has so far been free."]),
        ("Decision:", [
            "Cabinet resolved:",
            "(1) that the first two hours of parking remain free at the Hedge End and Fryern car parks;",
            "(2) that a charge of £1.20 an hour be made for longer stays from 1 April 2023;",
            "(3) that the results of the public consultation, which closed on 30 September and are still "
            "being analysed, be reported to Cabinet before the charges are brought in."]),
        ("Reasons for the decision:", [
            "The car parks are often full by mid-morning with the cars of commuters who park all day, leaving "
            "no spaces for shoppers. The charges are expected to raise about £140,000 a year."]),
        ("Alternative options considered:", [
            "A free one-hour limit was considered but rejected as too short for a visit to the doctor's "
            "surgery and the shops."]),
    ],
    tail=[("Publication date:", "17/10/2022"), ("Date of decision:", "13/10/2022"),
          ("Decided at meeting:", "13/10/2022 - Cabinet"), ("Effective from:", "25/10/2022")],
    links=[("Car parking report", "312 KB")],
)

doc(
    name="ieDecisionDetails_ID5120_Elmbridge_Flood_Scheme", form="mg-decision",
    council="Elmbridge Borough Council", stated="yes", committee="Cabinet", date="2024-09-05",
    site=site("Elmbridge Borough Council", "https://mygov.elmbridge.gov.uk",
              "Civic Centre, High Street, Esher, KT10 9SD", "© Elmbridge Borough Council 2024",
              menu=["Home", "Meetings", "Councillors", "Decisions", "Calendar"]),
    decision_title="Molesey: Property Flood Resilience Grants",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "No"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To offer grants to householders in East and West Molesey whose homes are at risk of "
                      "flooding from the River Mole and the River Ember."]),
        ("Decision:", [
            "Cabinet agreed:",
            "1. That grants of up to £7,500 per home be offered towards flood doors, airbricks that close "
            "automatically and non-return valves.",
            "2. That a grant fund of £300,000 be set up for the purpose, for two years.",
            "3. That priority be given to the 180 homes that flooded in the winter of 2013/14."]),
        ("Reasons for the decision:", [
            "Defences for the whole of Molesey are many years away, and individual protection for each "
            "house is the quickest way of reducing damage the next time the rivers rise."]),
        ("Alternative options considered:", [
            "A loan scheme was considered but was thought likely to deter older householders."]),
    ],
    tail=[("Publication date:", "09/09/2024"), ("Date of decision:", "05/09/2024"),
          ("Decided at meeting:", "05/09/2024 - Cabinet"), ("Effective from:", "17/09/2024")],
    links=[("Flood resilience grants report", "280 KB")],
)


# =========================================================================== printed minutes (PDF)

doc(
    name="Executive_9_February_2023_Minutes_Erewash", form="pdf-minutes", council="Erewash Borough Council",
    stated="yes", committee="Executive", date="2023-02-09",
    logo="EREWASH BOROUGH COUNCIL",
    title_lines=["MINUTES OF THE EXECUTIVE",
                 "Thursday 9 February 2023 at 6.00 pm",
                 "Council Chamber, Town Hall, Wharncliffe Road, Ilkeston, DE7 5RP"],
    attendance=[("PRESENT:", "Councillor Morag Sandiacre (Chair); Councillors Breaston, Stanton, Draycott and "
                             "Risley."),
                ("OFFICERS:", "Chief Executive; Director of Community Services; Democratic Services Officer.")],
    items=[
        item("E/101", "MINUTES", [
            "The minutes of the meeting held on 12 January 2023 were approved as a correct record."]),
        item("E/102", "EREWASH MUSEUM: COURTYARD GALLERY", [
            "The Lead Member for Culture reported that Erewash Museum on High Street, Ilkeston, kept most of "
            "its collection of lace, pottery and mining tools in store because it had no room large enough to "
            "show it, and that school visits had to be split into small groups for the same reason.",
            "A single-storey gallery would be built in the rear courtyard, giving 180 square metres of new "
            "display space and a learning room for 32 pupils. The total cost was put at £1.4 million.",
            "An application for £650,000 had been made to Arts Council England. Its decision was still "
            "awaited and was not expected until June; the Lead Member said the scheme could not go ahead "
            "without it.",
            "Councillor Draycott asked whether the museum would close during the building work. The Lead "
            "Member said it would stay open, but the garden would be shut.",
            "RESOLVED: That the council's share of £750,000 be set aside, subject to the grant being won."]),
        item("E/103", "CHRISTMAS LIGHTING 2023", [
            "RESOLVED: That a new three-year contract for Christmas lights in Ilkeston and Long Eaton town "
            "centres be let, with the switch-on events held on the last Saturday of November."]),
    ],
    closing=["The meeting closed at 6.55 pm", "CHAIR"],
    header="Executive - 9 February 2023", footer=["{n}"],
    pdf_title="Executive minutes 9 February 2023",
)

doc(
    name="Cabinet_6_June_2024_Minutes_Hart", form="pdf-minutes", council="Hart District Council",
    stated="yes", committee="Cabinet", date="2024-06-06",
    logo="Hart District Council",
    title_lines=["CABINET",
                 "Date and Time: Thursday 6 June 2024 at 7.00 pm",
                 "Place: Council Chamber, Civic Offices, Harlington Way, Fleet, GU51 4AE",
                 "Present: Councillors Camilla Crookham (Chairman), Elvetham, Hook, Odiham, Yateley and "
                 "Church Crookham"],
    attendance=[("In attendance:", "Councillor Fleet (Overview and Scrutiny Chairman)"),
                ("Officers:", "Joint Chief Executive; Countryside Manager; Committee Services Officer")],
    items=[
        item("CAB 12", "MINUTES OF PREVIOUS MEETING", [
            "The minutes of 2 May 2024 were confirmed and signed as a correct record."]),
        item("CAB 13", "FLEET POND: SILT REMOVAL AND REED BEDS", [
            "The Portfolio Holder for Countryside explained that silt washed in by the Gelvert Stream had made "
            "the northern end of Fleet Pond so shallow that it dried out in hot summers, killing fish and "
            "leaving mud banks that smelt.",
            "Silt would be pumped out of the northern bay and used to build up new reed beds along the "
            "stream mouth, which would then trap silt before it reached open water. The scheme would cost "
            "£410,000, with £150,000 coming from the Fleet Pond Society and a lottery grant.",
            "Councillor Odiham asked how long the pond would look like a building site. The Portfolio Holder "
            "said that the pumping would take place over two winters, between October and February, to avoid "
            "the bird breeding season.",
            "DECISION: That the silt removal and reed bed scheme be approved."]),
        item("CAB 14", "VERGES FOR WILDFLOWERS", [
            "DECISION: That the mowing of selected verges in Fleet, Hook and Yateley be reduced to once a year "
            "so that wildflowers can seed, with signs explaining the change."]),
    ],
    closing=["The meeting closed at 8.20 pm"],
    header="CABINET 6 JUNE 2024", footer=["Page {n}"],
    pdf_title="Cabinet minutes 6 June 2024",
)

doc(
    name="Cabinet_14_March_2022_Minutes_Gravesham", form="pdf-minutes", council="Gravesham Borough Council",
    stated="yes", committee="Cabinet", date="2022-03-14",
    logo="GRAVESHAM BOROUGH COUNCIL",
    title_lines=["Minutes",
                 "Cabinet",
                 "Monday, 14 March 2022",
                 "7.00 pm, Council Chamber, Civic Centre, Windmill Street, Gravesend, DA12 1AU"],
    attendance=[("Present:", "Cllr Declan Northfleet (Chair), Cllr Rosherville, Cllr Higham, Cllr Istead Rise "
                             "and Cllr Riverview."),
                ("Officers:", "Director (Environment); Assistant Director (Leisure); Committee Services "
                              "Officer.")],
    items=[
        item("56.", "Minutes", [
            "The minutes of the meeting held on 14 February 2022 were signed by the Chair as a correct record."]),
        item("57.", "Gravesend Town Pier: River Pontoon", [
            "The Leader reported that the pontoon at the Town Pier, from which passengers had once boarded "
            "boats for Tilbury and London, had been out of use since its hull was found to be corroded.",
            "A new steel pontoon, 48 metres long, would be floated into place and linked to the pier by a "
            "brow with a gentle slope suitable for wheelchairs. The scheme would cost £2.6 million, of which "
            "£1.9 million would come from the government's Levelling Up Fund.",
            "Cllr Higham asked whether a passenger boat would call at the new pontoon. The Leader said that "
            "the council wanted a service to London, but no operator had yet been found and talks with boat "
            "companies would begin once the pontoon was built.",
            "Resolved that the new pontoon be approved and the grant accepted."]),
        item("58.", "Cascades Leisure Centre: Skate Park", [
            "Resolved that the skate park next to the Cascades Leisure Centre be resurfaced and given two new "
            "ramps at a cost of £64,000."]),
    ],
    closing=["The meeting ended at 7.48 pm.", "Chair"],
    header="Cabinet - 14.03.2022", footer=["Page {n}"],
    pdf_title="Minutes Cabinet 14 March 2022",
)

doc(
    name="Cabinet_11_October_2023_Minutes_Havant", form="pdf-minutes", council="Havant Borough Council",
    stated="yes", committee="Cabinet", date="2023-10-11",
    logo="HAVANT BOROUGH COUNCIL",
    title_lines=["MINUTES OF A MEETING OF THE CABINET",
                 "held at the Public Service Plaza, Civic Centre Road, Havant, PO9 2AX on Wednesday 11 October "
                 "2023 at 5.00 pm"],
    attendance=[("Present", "Councillor Beatrice Emsworth (Chair); Councillors Waterloo, Leigh Park, Bedhampton "
                            "and Purbrook"),
                ("Also present", "Councillor Cowplain")],
    items=[
        item("27", "Minutes", [
            "RESOLVED that the minutes of the meeting held on 13 September 2023 be agreed as a correct record."]),
        item("28", "Hayling Billy Trail: Resurfacing and Drainage", [
            "The Cabinet Lead for Coastal Communities said that the Hayling Billy Trail, which follows the old "
            "railway line down the west side of Hayling Island, was used by some 300,000 walkers and cyclists a "
            "year, and that parts near Langstone flooded on the highest tides.",
            "The trail would be resurfaced for 5 kilometres from Langstone to West Town, and the lowest "
            "stretch raised by 40 centimetres with new culverts beneath it. The cost would be £1.25 million.",
            "Councillor Waterloo asked whether horse riders would still be able to use the trail. The Cabinet "
            "Lead said that an unsealed strip would be kept along one side for riders.",
            "RESOLVED that the resurfacing and drainage works be approved and funded from the capital "
            "programme and a Hampshire County Council contribution."]),
        item("29", "Water Refill Stations", [
            "RESOLVED that water refill stations be installed at Havant Park and on Hayling seafront near the "
            "Inn on the Beach."]),
    ],
    closing=["The meeting commenced at 5.00 pm and concluded at 5.50 pm", "Chairman"],
    header="", footer=["{n}"],
    pdf_title="Cabinet 11 October 2023",
)

doc(
    name="Executive_16_July_2025_Minutes_HBBC", form="pdf-minutes",
    council="Hinckley and Bosworth Borough Council", stated="yes", committee="Executive", date="2025-07-16",
    logo="Hinckley & Bosworth Borough Council",
    title_lines=["HINCKLEY AND BOSWORTH BOROUGH COUNCIL",
                 "EXECUTIVE",
                 "16 JULY 2025 AT 6.30 PM",
                 "Hinckley Hub, Rugby Road, Hinckley, LE10 0FR"],
    attendance=[("PRESENT:", "Cllr Sophie Earl Shilton - Leader; Cllr Barwell, Cllr Burbage, Cllr Groby, "
                             "Cllr Desford and Cllr Newbold Verdon"),
                ("Officers in attendance:", "Chief Executive, Head of Street Scene Services and Democratic "
                                            "Services Officer")],
    items=[
        item("88", "MINUTES OF PREVIOUS MEETING", [
            "It was RESOLVED that the minutes of the meeting held on 18 June 2025 be confirmed and signed."]),
        item("89", "BURBAGE COMMON: VISITOR CENTRE", [
            "The Executive Member for Parks reported that the visitor centre at Burbage Common and Woods, a "
            "timber building of the 1980s, had rot in its frame and had been closed to the public since March.",
            "A replacement centre with a classroom, a small cafe counter and a ranger's office was proposed on "
            "the same footprint. About 180,000 people visit the common each year.",
            "Cllr Groby asked how much the new centre would cost. The Executive Member said that the cost "
            "could not be known until the design had been completed and priced, which would be in the new "
            "year.",
            "It was RESOLVED that an architect be appointed to design the new visitor centre."]),
        item("90", "HINCKLEY MARKET", [
            "It was RESOLVED that the Monday and Friday market in Hinckley town centre move from Castle Street "
            "to the Market Place from September, with new gazebos for traders."]),
    ],
    closing=["The meeting closed at 7.15 pm", "CHAIRMAN"],
    header="Executive - 16 July 2025", footer=["- {n} -"],
    pdf_title="Executive 16 July 2025 minutes",
)

doc(
    name="Cabinet_8_December_2021_Minutes_Melton", form="pdf-minutes", council="Melton Borough Council",
    stated="yes", committee="Cabinet", date="2021-12-08",
    logo="MELTON BOROUGH COUNCIL",
    title_lines=["MINUTES", "Cabinet",
                 "Wednesday 8 December 2021, 4.30 pm",
                 "Council Chamber, Parkside, Station Approach, Burton Street, Melton Mowbray LE13 1GH"],
    attendance=[("Present:", "Councillors H. Asfordby (Chair), K. Bottesford, L. Waltham and P. Croxton"),
                ("Officers:", "Director for Growth and Regeneration, Parks Officer, Democratic Services "
                              "Officer")],
    items=[
        item("CAB43", "MINUTES", [
            "The minutes of the meeting held on 10 November 2021 were approved."]),
        item("CAB44", "MELTON COUNTRY PARK: THORPE BROOK DAM", [
            "The Portfolio Holder for Environment reported that an inspection under the Reservoirs Act had "
            "found seepage through the earth dam that holds back the lake in Melton Country Park, and had "
            "recommended that the spillway be enlarged so that a severe flood could pass safely.",
            "The spillway would be widened and lined with concrete and the face of the dam regraded, at a "
            "cost of £780,000. The lake would be lowered by one metre while the work was done.",
            "Councillor Croxton asked what would happen to the fish. The Portfolio Holder said that the "
            "angling club would net the fish and move them to the lower pond.",
            "RESOLVED that the dam works be approved and carried out during summer 2022."]),
        item("CAB45", "DEFIBRILLATORS IN VILLAGE HALLS", [
            "RESOLVED that £12,000 be given to parish councils to fit defibrillators outside village halls "
            "that do not yet have one."]),
    ],
    closing=["The meeting closed at 5.25 pm", "Chair"],
    header="Cabinet 8 December 2021", footer=["Page {n}"],
    pdf_title="Cabinet minutes 8 December 2021",
)


# =========================================================================== Public Document Packs

doc(
    name="Cabinet_18072023_Agenda_Pack_MoleValley", form="pdf-pack", council="Mole Valley District Council",
    stated="yes", committee="Cabinet", date="2023-07-18",
    cover=["Mole Valley District Council", "CABINET", "Tuesday 18 July 2023 at 7.00 pm",
           "Council Chamber, Pippbrook, Reigate Road, Dorking, RH4 1SJ"],
    cover_body=["Members: Councillor Stephanie Mickleham (Leader), Councillors Bookham, Fetcham, Ashtead, "
                "Capel and Westcott.",
                "Enquiries: Florence Brockham, Democratic Services, 01306 879 182"],
    agenda=[("1.", "Apologies for absence"), ("2.", "Minutes ({minutes})"), ("3.", "Declarations of interest"),
            ("4.", "Leatherhead and Dorking: Electric Bike Hire ({report})")],
    marks=["Agenda Item 2", "Agenda Item 4"],
    prev_title_lines=["MINUTES of a meeting of the CABINET held at Pippbrook, Dorking on 20 June 2023 at "
                      "7.00 pm"],
    attendance=[("Present:", "Councillors Mickleham (Chair), Bookham, Fetcham, Ashtead and Capel")],
    prev_items=[
        item("14", "Minutes", [
            "The minutes of the meeting held on 23 May 2023 were approved as a correct record."]),
        item("15", "Public Toilets in Dorking and Leatherhead", [
            "The Cabinet considered the condition of the public toilets at St Martin's Walk, Dorking, and in "
            "the Church Street car park, Leatherhead, both of which had been vandalised several times.",
            "RESOLVED that both toilet blocks be refitted with vandal-resistant fittings at a cost of "
            "£58,000."]),
        item("16", "Denbies Hillside: Litter", [
            "RESOLVED that the National Trust be asked to share the cost of clearing litter on Denbies "
            "Hillside."]),
    ],
    report=report(
        ["MOLE VALLEY DISTRICT COUNCIL", "CABINET - 18 JULY 2023",
         "LEATHERHEAD AND DORKING: ELECTRIC BIKE HIRE", "Report of: Strategic Director",
         "Portfolio Holder: Councillor Fetcham, Climate Change"],
        [("Purpose:", "To agree a three-year pilot of electric bike hire in Leatherhead and Dorking."),
         ("Recommendation:", "That Cabinet approves a three-year pilot with a budget of £96,000.")],
        [("1. Background", [
            "1.1 Most journeys within Leatherhead and Dorking are under three miles, but the hills around "
            "both towns put many people off cycling. Electric bikes would make those trips easier.",
            "1.2 An operator would provide 60 electric bikes, docked at hire points in both towns, and "
            "would maintain and recharge them. Users would pay £1 to unlock a bike and 15p a minute.",
            "1.3 The hire points have not yet been chosen. Officers are looking at stations, the town centres "
            "and the larger employers, and the sites will be agreed with Surrey County Council as highway "
            "authority."]),
         ("2. Risks", [
            "2.1 Similar schemes elsewhere have lost bikes to theft; each bike will carry a tracker and the "
            "operator will bear the cost of any losses."])]),
    header="", footer=["Page {n}"], number_offset=2,
)

doc(
    name="Executive_Board_13022024_Agenda_Pack_NWBC", form="pdf-pack",
    council="North Warwickshire Borough Council", stated="yes", committee="Executive Board",
    date="2024-02-13",
    cover=["EXECUTIVE BOARD", "13 February 2024", "6.30 pm",
           "The Council Chamber, The Council House, South Street, Atherstone, CV9 1DE"],
    cover_body=["North Warwickshire Borough Council",
                "To: Members of the Executive Board (Councillors Polesworth, Coleshill, Kingsbury, Hartshill, "
                "Mancetter and Water Orton)",
                "For general enquiries please contact Hannah Baddesley, Democratic Services Officer, on "
                "01827 719 221."],
    agenda=[("1", "Evacuation Procedure"), ("2", "Apologies for Absence"),
            ("3", "Minutes of the meeting held on 16 January 2024 ({minutes})"),
            ("4", "Atherstone Memorial Hall ({report})")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["EXECUTIVE BOARD", "16 January 2024",
                      "Present: Councillor Polesworth in the Chair; Councillors Coleshill, Kingsbury, "
                      "Hartshill and Water Orton."],
    attendance=[],
    prev_items=[
        item("41", "Minutes", [
            "The minutes of the meeting held on 11 December 2023 were approved."]),
        item("42", "Food Waste Collection", [
            "The Board received a report on the separate collection of food waste, which the council must "
            "offer to every household.",
            "Resolved: That weekly food waste collections begin in October 2025, using vehicles shared with "
            "the garden waste service out of season."]),
    ],
    report=report(
        ["Agenda Item No 4", "Executive Board", "13 February 2024",
         "Report of the Chief Executive", "Atherstone Memorial Hall"],
        [("1 Summary", "1.1 This report seeks approval to refurbish the Memorial Hall in Long Street, "
                       "Atherstone."),
         ("Recommendation to the Board", "That the refurbishment of the Memorial Hall be approved at a "
                                          "cost of £720,000.")],
        [("2 Background", [
            "2.1 The Memorial Hall was built by public subscription after the First World War and is owned by "
            "the council. It is hired by about 25 groups each week, among them a dance school, a model "
            "railway club and the Atherstone Ball Game committee.",
            "2.2 The hall has single glazing, an oil boiler and a stage that cannot be reached without "
            "climbing steps."]),
         ("3 Proposal", [
            "3.1 The works would replace the windows with slim double glazing in keeping with the building, "
            "fit an air source heat pump, and add a lift to the stage and an accessible entrance from the "
            "car park.",
            "3.2 Seating capacity in the main hall would rise from 150 to 200 once the old fixed platform at "
            "the back was removed.",
            "3.3 The hall would close for about five months, and the regular hirers would be offered the "
            "Coleshill and Polesworth halls in the meantime."])]),
    header="", footer=["{n}"], number_offset=3,
)

doc(
    name="PFD_21092021_Agenda_Pack_OWBC", form="pdf-pack", council="Oadby and Wigston Borough Council",
    stated="yes", committee="Policy, Finance and Development Committee", date="2021-09-21",
    cover=["Oadby and Wigston Borough Council", "POLICY, FINANCE AND DEVELOPMENT COMMITTEE",
           "Tuesday, 21 September 2021 at 7.00 pm",
           "Council Chamber, Brocks Hill Council Offices, Washbrook Lane, Oadby, Leicester, LE2 5JJ"],
    cover_body=["Committee Members: Councillor J. Kilby (Chair), Councillors South Wigston, Oadby Grange, "
                "Wigston Meadowcourt, Brocks Hill and Uplands",
                "Quorum: 4",
                "Democratic Services: Isaac Stoughton, 0116 257 2775"],
    agenda=[("1.", "Apologies for Absence"), ("2.", "Declarations of Interest"),
            ("3.", "Minutes of the Previous Meeting ({minutes})"),
            ("4.", "Ash Dieback: Council Trees ({report})")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["MINUTES OF THE MEETING OF THE POLICY, FINANCE AND DEVELOPMENT COMMITTEE HELD AT THE "
                      "COUNCIL OFFICES, BROCKS HILL, WASHBROOK LANE, OADBY ON TUESDAY, 22 JUNE 2021"],
    attendance=[("PRESENT:", "Councillor J. Kilby (Chair); Councillors South Wigston, Oadby Grange and "
                             "Uplands")],
    prev_items=[
        item("12.", "MINUTES OF THE PREVIOUS MEETING", [
            "RESOLVED THAT: The minutes of the meeting held on 23 March 2021 be approved."]),
        item("13.", "FOOD WASTE CAMPAIGN", [
            "The Committee gave consideration to a report on reducing food waste in household bins.",
            "RESOLVED THAT: A trial collection of food waste from 2,000 homes in South Wigston be run for six "
            "months."]),
    ],
    report=report(
        ["Policy, Finance and Development Committee", "Tuesday, 21 September 2021",
         "Report of the Head of Community", "Ash Dieback: Council Trees"],
        [("Purpose of Report", "To set out how the council will deal with ash trees affected by ash dieback "
                               "on its land."),
         ("Recommendation", "That a budget of £85,000 be approved for surveying, felling and replanting.")],
        [("1. Background", [
            "1.1 Ash dieback is a fungal disease that kills most ash trees it infects. Dead ash trees become "
            "brittle and can drop branches without warning.",
            "1.2 The council owns ash trees in its parks, in Brocks Hill Country Park and along footpaths "
            "in Oadby, Wigston and South Wigston."]),
         ("2. Proposals", [
            "2.1 A survey of every council ash tree is under way. How many trees will need to be felled "
            "will not be known until it is finished in the winter.",
            "2.2 For every ash tree felled, two young trees of other native species such as field maple, "
            "small-leaved lime and hornbeam will be planted.",
            "2.3 Trees next to roads, paths and play areas will be dealt with first."])]),
    header="", footer=["Page {n}"], number_offset=2,
)


# =========================================================================== Word reports

doc(
    name="Executive_Committee_10_January_2022_Palace_Theatre_Seating_Report_Redditch", form="docx-report",
    council="Redditch Borough Council", stated="yes", committee="Executive Committee", date="2022-01-10",
    letterhead=["REDDITCH BOROUGH COUNCIL", "Executive Committee", "10th January 2022"],
    report=report(
        ["PALACE THEATRE: REPLACEMENT OF AUDITORIUM SEATING"],
        [("Relevant Portfolio Holder:", "Councillor Imran Batchley, Leisure and Cultural Services"),
         ("Portfolio Holder Consulted:", "Yes"),
         ("Relevant Head of Service:", "Head of Leisure and Culture"),
         ("Wards Affected:", "Abbey; Central"),
         ("Key Decision:", "Yes")],
        [("1. SUMMARY OF PROPOSALS", [
            "1.1 To replace the seats in the auditorium of the Palace Theatre, Alcester Street, which "
            "date from the 1970s and are worn, cramped and in many cases broken."]),
         ("2. RECOMMENDATIONS", [
            "The Executive Committee is asked to RESOLVE that the replacement of the auditorium seating be "
            "approved at a cost of £310,000, to be funded from the capital programme."]),
         ("3. KEY ISSUES", [
            "3.1 The Edwardian theatre seats 397 people. Audiences often complain about the lack of leg room, "
            "and 46 seats are currently out of use because their frames have broken.",
            "3.2 The new seats would be wider and set further apart, so the capacity would fall to 368. The "
            "loss of seats would be partly made up by the return of the broken seats to use.",
            "3.3 Six wheelchair spaces would be created in the stalls, where there are two at present, with "
            "companion seats alongside.",
            "3.4 The seats would be fitted during the summer, when the theatre has fewest bookings."]),
         ("4. FINANCIAL IMPLICATIONS", [
            "4.1 The cost includes the removal of the old seats and the repair of the floor beneath."])]),
    header="Executive Committee 10th January 2022", footer=["REDDITCH BOROUGH COUNCIL"],
    docx_author="Leisure and Culture",
)

doc(
    name="Cabinet_15_November_2023_Whitaker_Glasshouse_Report_Rossendale", form="docx-report",
    council="Rossendale Borough Council", stated="yes", committee="Cabinet", date="2023-11-15",
    letterhead=["Rossendale Borough Council", "Subject: The Whitaker - Glasshouse and Park Paths",
                "Report to: Cabinet", "Date: 15th November 2023", "Status: Open"],
    report=report(
        ["The Whitaker, Whitaker Park, Rawtenstall"],
        [("Report of:", "Director of Communities"),
         ("Portfolio Holder:", "Councillor Beth Helmshore, Communities and Leisure"),
         ("Key Decision:", "Yes"),
         ("Forward Plan:", "Yes")],
        [("1. PURPOSE OF REPORT", [
            "1.1 To agree repairs to the paths of Whitaker Park and the next steps on the derelict Victorian "
            "glasshouse beside The Whitaker museum."]),
         ("2. RECOMMENDATIONS", [
            "2.1 That £145,000 be approved for resurfacing the main paths and steps of Whitaker Park.",
            "2.2 That a bid be prepared to the National Lottery Heritage Fund for restoring the glasshouse."]),
         ("3. BACKGROUND", [
            "3.1 The Whitaker, the former Rossendale Museum, now receives about 70,000 visitors a year to its "
            "galleries, cafe and events, and many arrive on foot up the steep paths from Haslingden Road.",
            "3.2 Those paths have been washed out by heavy rain, and handrails are missing on two flights of "
            "steps.",
            "3.3 The glasshouse once held palms and ferns. Only its brick base and part of its iron frame "
            "survive. Whether it will be rebuilt cannot yet be said: it depends on the outcome of the Heritage "
            "Fund bid, which will not be known until late 2024."]),
         ("4. FINANCE", [
            "4.1 The path works would be met from the council's capital budget for parks."])]),
    header="", footer=["Cabinet 15 November 2023"],
    docx_author="Communities",
)


# =========================================================================== Word minutes

doc(
    name="Community_Services_Committee_Minutes_22062023_Runnymede", form="docx-minutes",
    council="Runnymede Borough Council", stated="yes", committee="Community Services Committee",
    date="2023-06-22",
    title_lines=["Runnymede Borough Council",
                 "COMMUNITY SERVICES COMMITTEE",
                 "Thursday 22 June 2023 at 7.30 pm",
                 "Council Chamber, Runnymede Civic Centre, Station Road, Addlestone, KT15 2AH"],
    attendance=[("Members of the Committee present:", "Councillors S Thorpe (Chairman), M Englefield Green "
                                                      "(Vice-Chairman), A Virginia, B Ottershaw, C Lyne and "
                                                      "D Woodham."),
                ("Members of the Committee absent:", "Councillor E Egham Hythe.")],
    items=[
        item("7", "MINUTES", [
            "The minutes of the meeting held on 16 March 2023 were confirmed and signed as a correct record."]),
        item("8", "RUNNYMEDE PLEASURE GROUNDS: SPLASH PAD", [
            "The Committee considered a report on replacing the paddling pool at Runnymede Pleasure Grounds, "
            "Egham, which had been drained since 2021 because it leaked and because keeping it clean and "
            "supervised had become too costly.",
            "Officers proposed a splash pad with 18 water jets and fountains that switched on when children "
            "pressed a button, using water that was filtered and recirculated. The splash pad would cost "
            "£395,000 and would be open from late May to mid-September.",
            "Councillor Virginia asked whether entry would be charged. The Head of Green Spaces said that the "
            "splash pad would be free to use.",
            "Resolved that - the splash pad be approved and the scheme be recommended to the Corporate "
            "Management Committee for funding."]),
        item("9", "CHRISTMAS LIGHTS: ADDLESTONE AND CHERTSEY", [
            "Resolved that - the Christmas lights in Addlestone and Chertsey be switched to low-energy LED "
            "strings this year."]),
    ],
    closing=["(The meeting ended at 8.35 pm.)", "Chairman"],
    header="Community Services Committee 22 June 2023", footer=["{n}"],
    docx_author="Democratic Services",
)

doc(
    name="Cabinet_Minutes_05032025_SRBC", form="docx-minutes", council="South Ribble Borough Council",
    stated="yes", committee="Cabinet", date="2025-03-05",
    title_lines=["Minutes of Cabinet",
                 "Meeting date: Wednesday, 5 March 2025",
                 "Venue: Council Chamber, Civic Centre, West Paddock, Leyland, PR25 1DH"],
    attendance=[("Members present:", "Councillors Leonie Farington (Chair), Bamber Bridge, Longton, Penwortham "
                                     "and Walton-le-Dale"),
                ("Officers present:", "Chief Executive, Director of Communities, Democratic Services Officer")],
    items=[
        item("103", "Minutes of the last meeting", [
            "Decision made: That the minutes of the meeting held on 5 February 2025 be approved as a correct "
            "record."]),
        item("104", "Worden Park: Hedge Maze Restoration", [
            "The Cabinet Member for Health and Wellbeing reported that the hedge maze in Worden Park, planted "
            "in the 1880s, had gaps in many of its hedges and that visitors were taking short cuts through "
            "them, so that the maze no longer worked as a puzzle.",
            "The dead and weak yew would be replaced with 1,200 young yew plants, the paths relaid in gravel, "
            "and a raised viewing platform built beside the entrance. The works would cost £118,000.",
            "Councillor Longton asked whether children's groups would be involved. The Cabinet Member said that "
            "pupils from Leyland schools would help with the planting in the autumn.",
            "Members asked when the maze would reopen. The Cabinet Member said that no reopening date could "
            "be set yet, because the young yew needed time to grow and it was not yet known how quickly it "
            "would establish.",
            "Decision made: That the restoration of the hedge maze be approved."]),
        item("105", "Leyland Market", [
            "Decision made: That the stall rents at Leyland Market be frozen for 2025/26 and that a Saturday "
            "craft market be trialled in the summer."]),
    ],
    closing=["Chair", "Date"],
    header="", footer=["Cabinet 5 March 2025"],
    docx_author="Democratic Services",
)


# =========================================================================== plain text

doc(
    name="Strategy_and_Resources_26_September_2024_Tandridge", form="txt",
    council="Tandridge District Council", stated="yes", committee="Strategy and Resources Committee",
    date="2024-09-26",
    title_lines=["TANDRIDGE DISTRICT COUNCIL", "",
                 "STRATEGY & RESOURCES COMMITTEE", "",
                 "Minutes and report to Council of the meeting of the Committee held in the Council Chamber, "
                 "Council Offices, Station Road East, Oxted on the 26th September 2024 at 7.30pm.", ""],
    attendance=[("PRESENT:", "Councillors Oxted (Chair), Lingfield (Vice-Chair), Caterham, Warlingham, "
                             "Godstone, Smallfield and Whyteleafe."),
                ("ALSO PRESENT:", "Councillors Felbridge and Dormansland.")],
    items=[
        item("145.", "MINUTES OF THE MEETING HELD ON THE 27TH JUNE 2024", [
            "These were confirmed and signed as a correct record."]),
        item("146.", "MASTER PARK, OXTED: PAVILION", [
            "The Committee considered a report on the pavilion at Master Park, Oxted, which is used by the "
            "cricket and football clubs and by a pre-school during the week.",
            "The pavilion was damaged by fire in February 2024. Insurers have agreed to meet the cost of "
            "rebuilding it as it was, and members were asked whether to add a community room and solar "
            "panels to the rebuilt pavilion, which would need extra money from the council.",
            "Councillor Godstone said that the pre-school had been using a portable cabin since the fire and "
            "that its 34 children needed a proper building before the winter.",
            "R E S O L V E D - that the pavilion be rebuilt with a community room and solar panels, and that "
            "the additional cost be met from the council's reserves."]),
        item("147.", "WATER REFILL POINTS", [
            "R E S O L V E D - that water refill points be installed at the council's parks in Caterham and "
            "Lingfield."]),
    ],
    closing=["", "Rising at 8.41 pm", ""],
)
