"""The documents of bench/heldout14: invented business of real UK councils.

Every word of the business, the people and the figures is invented for this set; the councils,
their towns, parks and buildings are real, and the layouts are heldout5's forms. make_heldout14.py
draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers; truth.csv is written
from `council`, `stated` (how the text names the council: `yes` in full), `committee` and `date` (the
meeting's, ISO). The content format is heldout5's (as in heldout13's content.py); the words are this
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
    name="ieListDocuments_CId128_MId2871_Babergh_Cabinet", form="mg-meeting",
    council="Babergh District Council", stated="yes", committee="Cabinet|Babergh Cabinet", date="2021-09-09",
    site=site("Babergh District Council", "https://baberghmidsuffolk.moderngov.co.uk",
              "Endeavour House, 8 Russell Road, Ipswich, IP1 2BX", "© Babergh District Council 2021",
              menu=["Home", "Councillors", "Committees", "Meetings", "Forward plans", "Search"],
              breadcrumb=["Home", "Committees", "Babergh Cabinet", "Meeting"]),
    heading="Babergh Cabinet - Thursday, 9th September, 2021 5.30 pm",
    venue="King Edmund Chamber, Endeavour House",
    contact="Committee Services. Email: committees@baberghmidsuffolk.gov.uk",
    items=[
        item("BCa/21/31", "Minutes of the last meeting", [
            "The minutes of the meeting held on 12 August 2021 were agreed and signed by the Chair."]),
        item("BCa/21/32", "Kingfisher Leisure Centre, Sudbury - Learner Pool Works", [
            "The Cabinet Member for Communities explained that the learner pool at the Kingfisher Leisure "
            "Centre had been out of use on and off since the spring. A condition survey commissioned in March "
            "had found that the sand filters dated from the opening of the building and that the pipework "
            "under the poolside was leaking about 4,000 litres a day.",
            "The proposed works would replace the filters and the buried pipework and install a moveable "
            "floor, so that the learner pool could be set at different depths for toddlers, lessons and "
            "aqua-aerobics. The estimated cost was £486,000, to be met from the capital programme.",
            "Four tenders had been received. The successful bidder, Stour Aquatic Engineering, had also "
            "offered to carry out the work in two halves so that the changing village could stay open.",
            "Councillor Lavenham asked how busy the centre was. The Cabinet Member said that it had "
            "recorded 212,000 visits in 2019/20, the last full year before the pandemic closures, and that "
            "swimming lessons were now back to about nine-tenths of their earlier numbers.",
            "The learner pool would close for 11 weeks from January 2022; the main pool would not be "
            "affected.",
            "RESOLVED",
            "(1) That the learner pool works at the Kingfisher Leisure Centre be approved at a cost of "
            "£486,000.",
            "(2) That the contract be let to Stour Aquatic Engineering."],
            links=[("Kingfisher learner pool report", "702 KB"), ("Condition survey summary", "188 KB")]),
        item("BCa/21/33", "Defibrillators in Village Halls", [
            "RESOLVED - That 15 public access defibrillators be bought for village halls that do not yet "
            "have one, and that the British Heart Foundation's free training be offered to each hall's "
            "committee."]),
    ],
)

doc(
    name="ieListDocuments_CId141_MId6113_Basildon_Cabinet", form="mg-meeting",
    council="Basildon Borough Council", stated="yes", committee="Cabinet", date="2022-03-24",
    site=site("Basildon Borough Council", "https://basildon.moderngov.co.uk",
              "The Basildon Centre, St Martin's Square, Basildon, SS14 1DL", "© Basildon Borough Council 2022",
              menu=["Home", "Your councillors", "Meetings", "Decisions", "Committees", "Search"],
              breadcrumb=["Home", "Meetings", "Cabinet"]),
    heading="Cabinet - Thursday, 24th March, 2022 7.30 pm",
    venue="Council Chamber, The Basildon Centre, St Martin's Square, Basildon, SS14 1DL",
    contact="Governance Team. Tel: 01268 533333",
    items=[
        item("89.", "Minutes", [
            "The minutes of the meeting held on 17 February 2022 were approved as a correct record."]),
        item("90.", "Wat Tyler Country Park - Adventure Play Area", [
            "The Cabinet received a report proposing a new adventure play area on the grassland behind the "
            "visitor centre at Wat Tyler Country Park, Pitsea, replacing the timber fort, which was taken "
            "down in 2020 after it was found to be unsafe.",
            "The Portfolio Holder for Leisure said that officers had run a consultation with 640 families "
            "over the winter, through schools and at the park itself. It had found that the features asked "
            "for most were a zip wire and equipment that children in wheelchairs could use alongside their "
            "friends, and both had been written into the brief.",
            "After a competitive process Timberfort Play Ltd has been appointed to design and build the "
            "play area, within a budget of £340,000 from developer contributions.",
            "Councillor Noak Bridge asked when children would be able to use it. The Portfolio Holder said "
            "he was not in a position to give a date: the firm could not fix its programme until the ground "
            "had been tested, as the park was built on the old Pitsea explosives works.",
            "The recommendations were proposed by Councillor Gary Laindon and seconded by Councillor Ruth "
            "Vange, and on a show of hands were agreed.",
            "RESOLVED: That the adventure play area at Wat Tyler Country Park be approved within a budget of "
            "£340,000."],
            links=[("Wat Tyler play area report", "1 MB"), ("Consultation summary", "240 KB")]),
        item("91.", "Hardship Fund - Support for Food Banks", [
            "RESOLVED: That £25,000 from the hardship fund be granted to the food banks serving Basildon, "
            "Billericay and Wickford, shared in proportion to the number of food parcels each gave out in "
            "2021."]),
    ],
)

doc(
    name="ieListDocuments_CId294_MId1502_Bolsover_Executive", form="mg-meeting",
    council="Bolsover District Council", stated="yes", committee="Executive", date="2022-11-07",
    site=site("Bolsover District Council", "https://committees.bolsover.gov.uk",
              "The Arc, High Street, Clowne, S43 4JY", "© Bolsover District Council 2022",
              menu=["Home", "Councillors", "Meetings", "Calendar", "Decisions", "Search"]),
    heading="Executive - Monday, 7th November, 2022 10.00 am",
    venue="Chamber Suites 1 and 2, The Arc, High Street, Clowne",
    contact="Governance and Civic Manager. Tel: 01246 242528",
    items=[
        item("EX 58-22", "Minutes", [
            "RESOLVED that the minutes of the Executive held on 10 October 2022 be approved as a true "
            "record."]),
        item("EX 59-22", "Pleasley Vale Mills - Repairs to the Mill Dam", [
            "The Portfolio Holder for Growth reported on the condition of the dam that holds back the mill "
            "pond beside the Pleasley Vale business units, which the Council owns. Since the heavy rain of "
            "November 2019 the spillway had been cracked and water was seeping through the face of the dam.",
            "The repairs, which would rebuild the spillway, grout the stonework and replace the sluice "
            "gear, were estimated at £620,000. Of this, £400,000 would come from the UK Shared Prosperity "
            "Fund and the rest from the Council's reserves.",
            "Because bats roost in the old engine house next to the dam, a bat survey is booked for May 2023; "
            "the timetable for the works will be set once its results are in.",
            "Councillor Tom Langwith said that he could not support spending reserves on the mills while "
            "Shirebrook's play areas were in such poor repair, and asked that his vote against be recorded.",
            "RESOLVED that (1) the repairs to the Pleasley Vale mill dam be approved at an estimated cost of "
            "£620,000; (2) officers apply for any consents needed from the Environment Agency.",
            "(Councillor Langwith voted against.)"],
            links=[("Pleasley Vale dam report", "530 KB")]),
        item("EX 60-22", "Roadside Verges for Wildlife", [
            "RESOLVED that 30 roadside verges, listed in the appendix, be left uncut until late August and "
            "sown with wildflower seed, and that parish councils be invited to put forward more."]),
    ],
)

doc(
    name="ieListDocuments_CId133_MId4470_CastlePoint_Cabinet", form="mg-meeting",
    council="Castle Point Borough Council", stated="yes", committee="Cabinet", date="2023-07-19",
    site=site("Castle Point Borough Council", "https://castlepoint.moderngov.co.uk",
              "Council Offices, Kiln Road, Thundersley, Benfleet, SS7 1TF", "© Castle Point Borough Council 2023",
              menu=["Home", "Councillors", "Committees", "Meetings", "Search"],
              breadcrumb=["Home", "Committees", "Cabinet", "Meeting"]),
    heading="Cabinet - Wednesday, 19th July, 2023 7.00 pm",
    venue="Council Chamber, Council Offices, Kiln Road, Thundersley",
    contact="Democratic Services. Email: democratic.services@castlepoint.gov.uk",
    items=[
        item("14.", "Minutes", [
            "The Minutes of the meeting held on 21 June 2023 were taken as read and signed as a correct "
            "record."]),
        item("15.", "Waterside Farm Leisure Centre - Roof-Mounted Solar Array", [
            "The Cabinet considered a report on fitting solar panels to the roof of the Waterside Farm "
            "Leisure Centre on Canvey Island, the Council's largest single user of electricity.",
            "An array of 620 panels would be mounted on the flat roof over the sports hall and the pool. "
            "The panels were expected to meet about a quarter of the centre's electricity needs and to save "
            "around £48,000 a year at current prices, paying back their cost of £275,000 in under six years.",
            "A structural check of the roof had confirmed that it could carry the extra weight without "
            "strengthening.",
            "The installation will be carried out by Estuary Renewables, who were the lowest of three "
            "quotations obtained through the Council's procurement framework, starting in October 2023.",
            "The Leader commented that this was the first step in the Council's plan to reach net zero in "
            "its own buildings by 2030.",
            "Resolved - That a 620-panel solar array be installed at Waterside Farm Leisure Centre at a cost "
            "of £275,000."]),
        item("16.", "Canvey Paddocks Skate Park", [
            "Resolved - That the skate park at the Paddocks on Canvey Island be resurfaced and a new bowl "
            "added at a cost of £95,000, designed with the young people who use it."]),
    ],
)

doc(
    name="ieListDocuments_CId156_MId1844_EpsomEwell_Environment", form="mg-meeting",
    council="Epsom and Ewell Borough Council", stated="yes", committee="Environment Committee",
    date="2022-01-25",
    site=site("Epsom and Ewell Borough Council", "https://democracy.epsom-ewell.gov.uk",
              "Town Hall, The Parade, Epsom, KT18 5BY", "© Epsom and Ewell Borough Council 2022",
              menu=["Home", "Councillors", "Committees", "Meetings", "Calendar", "Search"]),
    heading="Environment Committee - Tuesday, 25th January, 2022 7.30 pm",
    venue="Council Chamber, Epsom Town Hall",
    contact="Democratic Services. Tel: 01372 732000",
    items=[
        item("23", "Minutes of the Previous Meeting", [
            "The Committee confirmed as a true record the Minutes of the Meeting held on 16 November 2021, "
            "and the Chair signed them."]),
        item("24", "Garden Waste Collection Service - Charges for 2022/23", [
            "The Head of Operational Services introduced the report. The garden waste service now had "
            "11,300 subscribers, about a third of the borough's households, and had grown every year since "
            "it began.",
            "Fuel, wages and the cost of the new lorry had all risen, and the report proposed that the "
            "annual charge for one brown bin rise from £70 to £78 from 1 April 2022. A second bin would "
            "remain at half price.",
            "The Head of Service also said that few bins were put out in the depths of winter. To find out "
            "whether collections could safely be reduced then, a trial of collecting garden waste every "
            "three weeks instead of every fortnight will run in ten roads from January to March, and "
            "officers will report back on it in June.",
            "Some members felt that residents who had paid in advance should not face a rise in the middle "
            "of their subscription; the Head of Service confirmed that the new charge would apply only at "
            "renewal.",
            "The recommendation was agreed, Councillors Alex Cuddington and Janet Stoneleigh voting "
            "against.",
            "Resolved: that the charge for the garden waste collection service be £78 a year for the first "
            "bin from 1 April 2022."]),
        item("25", "Graffiti in Epsom Town Centre", [
            "Resolved: that, for twelve months, the Council remove graffiti free of charge from shop fronts "
            "on Epsom High Street within five working days of it being reported."]),
    ],
)

doc(
    name="ieListDocuments_CId148_MId9326_WestLancashire_Cabinet", form="mg-meeting",
    council="West Lancashire Borough Council", stated="yes", committee="Cabinet", date="2024-03-12",
    site=site("West Lancashire Borough Council", "https://democracy.westlancs.gov.uk",
              "Council Offices, Ormskirk, L39 2DF", "© West Lancashire Borough Council 2024",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Forward plan", "Search"],
              breadcrumb=["Home", "Meetings", "Cabinet"]),
    heading="Cabinet - Tuesday, 12th March, 2024 7.00 pm",
    venue="Council Chamber, Council Offices, Ormskirk",
    contact="Member Services. Tel: 01695 577177",
    items=[
        item("71", "Minutes", [
            "RESOLVED: That the minutes of the meeting of Cabinet held on 16 January 2024 be approved as a "
            "correct record and signed by the Leader."]),
        item("72", "Tawd Valley Park, Skelmersdale - Path and Lighting Improvements", [
            "The Portfolio Holder for Leisure and Wellbeing said that the main path through Tawd Valley Park, "
            "from the Concourse to Old Skelmersdale, was the route many people took to work and school, but "
            "that in winter it was dark, muddy and avoided by women walking alone.",
            "The scheme would resurface 1.8 kilometres of path to a width of three metres and add low-level "
            "lighting along its whole length, at a cost of £210,000 from the Shared Prosperity Fund.",
            "Following quotations, the Council would enter into a contract with Ribble Civils Limited, who "
            "would begin work in May and finish before the autumn term.",
            "Councillor Fiona Aughton asked whether the lights would stay on all night. The Portfolio "
            "Holder replied that the hours of lighting were still under discussion with the police and with "
            "residents whose gardens back on to the park, and had not been decided.",
            "RESOLVED: That the path and lighting improvements in Tawd Valley Park be approved and the "
            "contract awarded as set out in the report."]),
        item("73", "Coronation Park, Ormskirk - Tennis Courts", [
            "RESOLVED: That the four tennis courts in Coronation Park be resurfaced and fitted with a gate "
            "booking system, and that the courts be free to book before 10.00 am each day."]),
    ],
)


# =========================================================================== ModernGov item pages

doc(
    name="mgAi_ID31207_Hertsmere_Executive", form="mg-item",
    council="Hertsmere Borough Council", stated="yes", committee="Executive", date="2022-06-15",
    site=site("Hertsmere Borough Council", "https://hertsmere.moderngov.co.uk",
              "Civic Offices, Elstree Way, Borehamwood, WD6 1WA", "© Hertsmere Borough Council 2022",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Search"],
              breadcrumb=["Home", "Committees", "Executive", "Agenda item"]),
    meeting_line="15/06/2022 - Executive (Item 6.)",
    items=[
        item("48", "Furzefield Centre, Potters Bar - New Changing Pavilion", [
            "The Portfolio Holder for Leisure presented a report on replacing the changing pavilion that "
            "serves the football and rugby pitches at the Furzefield Centre in Potters Bar.",
            "The present pavilion was put up in 1974 as a temporary building. Its roof sheets contain "
            "asbestos, its showers regularly run cold, and the county football association had warned that "
            "it would not be fit for league matches after 2023.",
            "The new pavilion would have eight team changing rooms, two officials' rooms, accessible "
            "toilets and a small kitchen. It would cost £1.1 million, of which the Football Foundation had "
            "agreed in principle to give £450,000.",
            "Councillor Shenley asked whether The Venue in Borehamwood would receive the same treatment. "
            "The Portfolio Holder said that the changing rooms there were in better condition and would be "
            "looked at as part of a later capital programme.",
            "RESOLVED:",
            "(1) That a new changing pavilion at the Furzefield Centre be approved at a cost of £1.1 million.",
            "(2) That the grant from the Football Foundation be accepted."],
            links=[("Furzefield pavilion report", "815 KB"), ("Appendix 1 - floor plans", "1 MB")]),
    ],
)

doc(
    name="mgAi_ID7719_Blaby_Cabinet_Executive", form="mg-item",
    council="Blaby District Council", stated="yes", committee="Cabinet Executive", date="2020-10-05",
    site=site("Blaby District Council", "https://democracy.blaby.gov.uk",
              "Council Offices, Desford Road, Narborough, LE19 2EP", "© Blaby District Council 2020",
              menu=["Home", "Councillors", "Meetings", "Committees", "Search"],
              breadcrumb=["Home", "Committees", "Cabinet Executive", "Agenda item"]),
    meeting_line="05/10/2020 - Cabinet Executive (Item 7.)",
    items=[
        item("112.", "Fosse Meadows Nature Park: Bird Hide and Accessible Path", [
            "Consideration was given to proposals for a new bird hide overlooking the lake at Fosse Meadows "
            "nature park, near Sharnford, together with a path from the car park to the hide.",
            "The Portfolio Holder for Neighbourhood Services said that more than 90 species of bird had "
            "been recorded at the park, and that the old hide had been burnt out in 2019. The new one "
            "would be built of timber on a steel frame, with viewing slots at two heights.",
            "The scheme would cost £64,000, paid for from developer contributions, and the hide was "
            "expected to be open in spring 2021.",
            "Councillor Priya Sapcote asked whether the path would suit wheelchair users and pushchairs. "
            "The Portfolio Holder replied that it would be a firm, level path 1.5 metres wide with passing "
            "places, and that the hide's door and benches had been designed with wheelchair users in mind.",
            "RESOLVED that the bird hide and accessible path at Fosse Meadows be approved at a cost of "
            "£64,000."],
            links=[("Fosse Meadows report", "402 KB")]),
    ],
)


# =========================================================================== ModernGov decision pages

doc(
    name="ieDecisionDetails_ID4406_Stratford_Leisure_Centre", form="mg-decision",
    council="Stratford-on-Avon District Council", stated="yes", committee="Cabinet", date="2024-02-28",
    site=site("Stratford-on-Avon District Council", "https://democracy.stratford.gov.uk",
              "Elizabeth House, Church Street, Stratford-upon-Avon, CV37 6HX",
              "© Stratford-on-Avon District Council 2024",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Search"],
              breadcrumb=["Home", "Decisions", "Decision details"],
              sidebar=["Decisions", "Forward plan", "Committee details", "Issue history"]),
    decision_title="Stratford-upon-Avon Leisure Centre: Appointment of Design Team",
    fields=[("Decision Maker:", "Cabinet"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To appoint a design team for a replacement leisure centre in Stratford-upon-Avon and to agree "
            "how its location will be chosen."]),
        ("Decision:", [
            "The Cabinet agreed:",
            "1. To appoint Arden Architecture Partnership as lead designer for a new leisure centre, with "
            "fees of up to £1.2 million to take the design to planning.",
            "2. That the brief include an eight-lane 25-metre pool, a learner pool, a 100-station gym and "
            "a four-court sports hall.",
            "3. That public consultation on the location of the new centre, comparing the present riverside "
            "site with land at the Stratford Sports Club and at Shottery, run through the summer of 2024, "
            "its results to inform the choice of site."]),
        ("Reasons for the decision:", [
            "The present leisure centre opened in 1975. The roof over its pool hall is near the end of its "
            "life, and the building costs about £310,000 a year more to run than a modern centre of the "
            "same size would."]),
        ("Alternative options considered:", [
            "Refurbishing the existing building was costed at £14 million and would leave the town without "
            "a pool for about eighteen months."]),
    ],
    tail=[("Publication date:", "01/03/2024"), ("Date of decision:", "28/02/2024"),
          ("Decided at meeting:", "28/02/2024 - Cabinet"), ("Effective from:", "09/03/2024")],
    links=[("Leisure centre design team report", "905 KB")],
)

doc(
    name="ieDecisionDetails_ID3051_ReigateBanstead_Priory_Park_Cafe", form="mg-decision",
    council="Reigate and Banstead Borough Council", stated="yes", committee="Executive", date="2023-11-16",
    site=site("Reigate and Banstead Borough Council", "https://reigate-banstead.moderngov.co.uk",
              "Town Hall, Castlefield Road, Reigate, RH2 0SH", "© Reigate and Banstead Borough Council 2023",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Search"],
              breadcrumb=["Home", "Decisions", "Decision details"],
              sidebar=["Decisions", "Forward plan", "Committee details", "Issue history"]),
    decision_title="Priory Park, Reigate - Pavilion Café Concession",
    fields=[("Decision Maker:", "Executive"), ("Decision status:", "Approved"),
            ("Is Key decision?:", "No"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To grant a new concession for the café in the Priory Park pavilion when the current "
            "arrangement ends on 31 January 2024."]),
        ("Decision:", [
            "RESOLVED that:",
            "(i) Hillside Kitchen will operate the Priory Park pavilion café for ten years from 1 February "
            "2024, paying the Council a rent of £32,000 a year plus 4% of turnover above £400,000;",
            "(ii) the Head of Leisure be authorised to agree the remaining terms of the concession."]),
        ("Reasons for the decision:", [
            "Six operators responded to the advertisement. Hillside Kitchen scored highest on quality, "
            "offered the highest rent, and proposed to run a children's menu at a fixed price and to take "
            "on two apprentices from the borough each year.",
            "Opening in the evenings has yet to be agreed; it will be discussed with the operator once "
            "neighbours in Bell Street have been asked for their views."]),
        ("Alternative options considered:", [
            "Running the café directly was rejected, as the Council has no catering staff."]),
    ],
    tail=[("Publication date:", "20/11/2023"), ("Date of decision:", "16/11/2023"),
          ("Decided at meeting:", "16/11/2023 - Executive"), ("Effective from:", "28/11/2023")],
    links=[("Priory Park café concession report", "376 KB")],
)


# =========================================================================== printed minutes (PDF)

doc(
    name="Cabinet_08_July_2021_Minutes_FoDDC", form="pdf-minutes",
    council="Forest of Dean District Council", stated="yes", committee="Cabinet", date="2021-07-08",
    logo="Forest of Dean District Council",
    title_lines=["MINUTES OF THE MEETING OF CABINET",
                 "HELD ON THURSDAY 8 JULY 2021 AT 2.00 PM IN THE COUNCIL CHAMBER, COUNCIL OFFICES, "
                 "HIGH STREET, COLEFORD"],
    attendance=[("Present:", "Councillors Tim Lydbrook (Leader), Sarah Newent, Paul Cinderford, "
                             "Jo Tidenham, Alan Mitcheldean and Ruth Bream."),
                ("Officers:", "Head of Paid Service, Strategic Director, Assets Manager, Democratic "
                              "Services Officer.")],
    items=[
        item("CAB.21", "MINUTES", [
            "The minutes of the meeting held on 10 June 2021 were agreed as a true record."]),
        item("CAB.22", "LYDNEY HARBOUR: REPLACEMENT OF THE OUTER LOCK GATES", [
            "The Cabinet Member for Economy reminded members that the Council had owned Lydney Harbour "
            "since 2004 and had restored the inner basin with grant funding ten years ago.",
            "An inspection by divers in February had found that the timber of the outer lock gates had "
            "rotted through at the waterline and that one leaf could no longer be closed fully, so that "
            "the basin was emptying at low tide.",
            "New gates would be made of greenheart timber to the original pattern. The work, estimated at "
            "£780,000, would be done in the summer of 2022 when tides were lowest, with £500,000 sought "
            "from the National Lottery Heritage Fund.",
            "Councillor Newent asked whether steel gates would last longer. The Assets Manager said that "
            "steel would need consent as a change to the listed structure and would cost more to maintain "
            "in salt water.",
            "RESOLVED that:",
            "1. the replacement of the outer lock gates at Lydney Harbour be approved;",
            "2. the fabrication and fitting contract be awarded to Wye Marine Engineering, subject to the "
            "grant being confirmed."]),
        item("CAB.23", "TOWN CENTRE CCTV", [
            "RESOLVED that the town centre CCTV cameras in Cinderford and Coleford be replaced with 18 "
            "high-definition cameras, monitored jointly with the police."]),
    ],
    closing=["The meeting ended at 3.25 pm.", "Chair"],
    header="Cabinet - 8 July 2021", header_right="Forest of Dean District Council",
    footer=["Page {n} of {total}"],
    pdf_title="Cabinet minutes 8 July 2021",
)

doc(
    name="Cabinet_14022023_Minutes_SouthHolland", form="pdf-minutes",
    council="South Holland District Council", stated="yes", committee="Cabinet", date="2023-02-14",
    logo="SOUTH HOLLAND DISTRICT COUNCIL",
    title_lines=["CABINET",
                 "Minutes of a meeting of the Cabinet held in the Council Chamber, Council Offices, "
                 "Priory Road, Spalding on Tuesday 14 February 2023 at 6.30 pm."],
    attendance=[("PRESENT:", "Councillor Graham Moulton (Chairman), Councillors Pinchbeck, Crowland, "
                             "Holbeach, Gedney and Whaplode."),
                ("Officers in attendance:", "Chief Executive, Assistant Director Leisure and Culture, "
                                            "Democratic Services Officer.")],
    items=[
        item("58.", "MINUTES", [
            "The minutes of the meeting held on 17 January 2023 were signed by the Chairman as a correct "
            "record."]),
        item("59.", "AYSCOUGHFEE HALL: REPAIRS TO THE GARDEN WALLS", [
            "The Portfolio Holder for Leisure presented a report on the brick walls that enclose the "
            "gardens of Ayscoughfee Hall, the fifteenth-century house on Churchgate that the Council runs "
            "as a museum.",
            "Sections of the south and east walls had bulged outwards, and a length of about eight metres "
            "had fallen into the garden during the storms of February 2022. That stretch had been fenced off "
            "since.",
            "The repairs to the south and east walls would cost £156,000, including scaffolding and "
            "lime mortar, and would be undertaken by Welland Lime and Stone, who had done similar work at "
            "two local churches. The wall beside the lake was in a better state and would follow as a "
            "later phase.",
            "The Portfolio Holder added that the hall had welcomed 41,000 visitors in 2022, and that the "
            "gardens would stay open during the works, with the yew walks closed for about a month.",
            "RESOLVED",
            "That the repairs to the south and east garden walls at Ayscoughfee Hall be approved at a cost "
            "of £156,000."]),
        item("60.", "GRANTS TO FOOD BANKS", [
            "RESOLVED that grants totalling £12,000 be made to the food banks in Spalding, Holbeach and Long "
            "Sutton to help them through the rest of the winter."]),
    ],
    closing=["(The meeting ended at 7.20 pm)", "CHAIRMAN"],
    header="Cabinet 14 February 2023", footer=["- {n} -"],
    pdf_title="Cabinet minutes 14 February 2023",
)

doc(
    name="Executive_20_June_2023_Minutes_SurreyHeath", form="pdf-minutes",
    council="Surrey Heath Borough Council", stated="yes", committee="Executive", date="2023-06-20",
    logo="Surrey Heath Borough Council",
    title_lines=["Minutes of a Meeting of the Executive held at Surrey Heath House, Knoll Road, "
                 "Camberley on 20 June 2023"],
    attendance=[("+ Cllr Shaun Bisley (Chairman)", ""),
                ("+ Cllr Helen Frimley", "+ Cllr Mark Lightwater"),
                ("+ Cllr Paula Chobham", "- Cllr Ian Windlesham"),
                ("+ Present  - Apologies for absence presented", "")],
    items=[
        item("7/E", "Minutes of the previous meeting", [
            "The minutes of the meeting held on 23 May 2023 were confirmed and signed by the Chairman."]),
        item("8/E", "Camberley Theatre - Auditorium Improvements", [
            "The Executive considered a report on improvements to the auditorium of the Camberley Theatre, "
            "which had not been refurbished since the 1990s.",
            "The works would replace all 398 seats with new ones with more leg room, renew the stage "
            "lighting with LED fittings, and install a hearing loop. The total cost was £390,000, of which "
            "£90,000 would come from the theatre's own reserves.",
            "The theatre would have to close for the works. When it would reopen could not yet be "
            "confirmed, as the seating manufacturer had not given a delivery date; the Christmas pantomime "
            "would go ahead either way.",
            "The recommendation was moved by Councillor Lightwater and seconded by Councillor Helen Frimley.",
            "RESOLVED that the auditorium improvements at the Camberley Theatre be approved at a cost of "
            "£390,000."]),
        item("9/E", "Wildflower Meadows", [
            "RESOLVED that the grass on 12 sites, including parts of Frimley Lodge Park and Lightwater "
            "Country Park, be managed as wildflower meadows, with a single cut each September."]),
    ],
    closing=["Chairman"],
    header="Executive, 20 June 2023", header_right="Surrey Heath Borough Council",
    footer=["{n}"],
    pdf_title="Minutes of the Executive 20 June 2023",
)

doc(
    name="Cabinet_Minutes_21012025_NWLDC", form="pdf-minutes",
    council="North West Leicestershire District Council", stated="yes", committee="Cabinet", date="2025-01-21",
    logo="North West Leicestershire District Council",
    title_lines=["MINUTES of a meeting of the CABINET held in the Forest Room, Stenson House, London Road, "
                 "Coalville, LE67 3FN on TUESDAY, 21 JANUARY 2025"],
    attendance=[("Present:", "Councillor R Ashby (in the Chair)"),
                ("", "Councillors K Ibstock, M Kegworth, S Measham, D Castle Donington and J Whitwick"),
                ("Officers:", "Ms A Thringstone, Mr P Swannington and Mrs L Griffydam")],
    items=[
        item("41.", "MINUTES", [
            "Consideration was given to the minutes of the meeting held on 10 December 2024. It was moved "
            "by Councillor Ashby, seconded by Councillor Ibstock and",
            "RESOLVED THAT: the minutes be approved and signed by the Chair."]),
        item("42.", "AIR SOURCE HEAT PUMPS FOR COUNCIL BUNGALOWS", [
            "The Housing Portfolio Holder presented the report, which set out a programme to replace the "
            "electric storage heaters in 64 of the Council's bungalows in Measham, Moira and Ibstock with "
            "air source heat pumps, together with loft and cavity insulation.",
            "The programme would cost £1.06 million, with £560,000 coming from the Warm Homes: Social "
            "Housing Fund and the rest from the housing revenue account. After a mini-competition on a "
            "national framework, the contract goes to Midland Heat Pumps Limited.",
            "Tenants would be visited before work began, and a review of tenants' heating bills will be "
            "carried out after the first winter with the new systems, so that the next phase can take "
            "account of it.",
            "Councillor Kegworth asked whether tenants would be moved out. The Portfolio Holder said that "
            "each bungalow would take about four days and tenants could remain at home.",
            "It was moved by Councillor Measham, seconded by Councillor Whitwick and",
            "RESOLVED THAT: the air source heat pump programme for 64 bungalows be approved and the "
            "contract be awarded to Midland Heat Pumps Limited."]),
        item("43.", "DRINKING WATER FOUNTAINS", [
            "RESOLVED THAT: three drinking water fountains be installed, in Coalville Park, at the Ashby "
            "de la Zouch bus station and in Castle Donington market place, in partnership with Severn Trent."]),
    ],
    closing=["The meeting commenced at 6.00 pm and closed at 6.48 pm."],
    header="Cabinet - 21 January 2025", footer=["{n}"],
    pdf_title="Cabinet minutes 21 January 2025",
)

doc(
    name="Cabinet_6th_September_2021_Minutes_EStaffs", form="pdf-minutes",
    council="East Staffordshire Borough Council", stated="yes", committee="Cabinet", date="2021-09-06",
    logo="EAST STAFFORDSHIRE BOROUGH COUNCIL",
    title_lines=["Minutes of the Meeting of the Cabinet",
                 "held in the Council Chamber, Town Hall, King Edward Place, Burton upon Trent, "
                 "on Monday 6th September 2021 at 6.00pm"],
    attendance=[("Present:", "Councillor Gill Tutbury (Leader), Councillors Rolleston, Barton, "
                             "Stretton, Tatenhill and Rocester.")],
    items=[
        item("C/19", "Minutes", [
            "The Minutes of the Meeting held on 2nd August 2021 were approved and signed."]),
        item("C/20", "Burton Town Hall - Clock Tower Repairs", [
            "The Deputy Leader introduced a report on the clock tower of Burton Town Hall. A steeplejack's "
            "inspection in May had found that the lead covering of the tower roof had split along two "
            "seams, and that water getting in had rotted two of the main timbers supporting the clock "
            "bell.",
            "The works would strip and relay the lead, replace the two timbers with oak, and overhaul the "
            "clock mechanism, which had stopped several times in the past year. The cost was £238,000.",
            "Scaffolding would go up in January 2022 and the work would take about four months.",
            "Councillor Stretton said that the clock was a landmark for the whole town and welcomed the "
            "decision to keep the bell in place rather than take it down for storage.",
            "RESOLVED:",
            "That the repairs to the Town Hall clock tower be approved at a cost of £238,000, funded from "
            "the planned maintenance budget."]),
        item("C/21", "Uttoxeter CCTV", [
            "RESOLVED:",
            "That 12 new CCTV cameras be installed in Uttoxeter town centre, including two covering the bus "
            "station."]),
    ],
    closing=["The meeting closed at 6.45pm.", "Leader"],
    header="Cabinet 06/09/2021", header_right="East Staffordshire Borough Council",
    footer=["Page {n}"],
    pdf_title="Cabinet minutes 6 September 2021",
)

doc(
    name="Worthing_Cabinet_2_December_2024_Minutes", form="pdf-minutes",
    council="Worthing Borough Council", stated="yes", committee="Cabinet|Worthing Cabinet", date="2024-12-02",
    logo="Worthing Borough Council",
    title_lines=["Worthing Cabinet", "2 December 2024",
                 "Council Chamber, Worthing Town Hall, Chapel Road, Worthing"],
    attendance=[("Present:", "Councillor Jo Tarring (Chair), Councillors Heene, Durrington, Goring, "
                             "Salvington and Broadwater."),
                ("Absent:", "none.")],
    items=[
        item("WBC-CAB/38/24-25", "Declarations of Interest", ["None were declared."]),
        item("WBC-CAB/39/24-25", "Worthing Pier: Repairs to the Supporting Piles", [
            "Before the Cabinet was a report by the Director for Place, a copy of which had been circulated "
            "to all Members.",
            "An underwater inspection during the summer had found corrosion on 37 of the pier's 120 "
            "cast-iron piles, in some cases with a loss of more than a quarter of the metal at the level "
            "of the seabed.",
            "The repairs would fit steel sleeves around the affected piles and fill them with concrete. The "
            "first phase, covering the 24 piles nearest the promenade, would start in February 2025; the "
            "remaining 13 would form a second phase. The total cost was put at £1.9 million.",
            "Channel Coastal Engineering was chosen from five tenderers, having carried out similar work on "
            "two other Sussex piers.",
            "Councillor Goring asked whether the pier would be closed. The Director said that the pier deck "
            "would stay open, but the Southern Pavilion would be shut on some weekdays.",
            "Decision",
            "The Cabinet resolved to approve the repairs to Worthing Pier at a cost of £1.9 million and to "
            "award the contract to Channel Coastal Engineering."]),
        item("WBC-CAB/40/24-25", "Defibrillators on the Seafront", [
            "Decision",
            "The Cabinet resolved that defibrillators be fitted at the pier entrance and at the four beach "
            "offices along the seafront."]),
    ],
    closing=["The meeting ended at 7.15 pm", "Chair"],
    header="Worthing Cabinet 2.12.24", footer=["Page {n} of {total}"],
    pdf_title="Worthing Cabinet minutes 2 December 2024",
)


# =========================================================================== Public Document Packs (PDF)

doc(
    name="Cabinet_09102023_Agenda_Pack_EFDC", form="pdf-pack",
    council="Epping Forest District Council", stated="yes", committee="Cabinet", date="2023-10-09",
    cover=["Epping Forest District Council", "Cabinet", "Monday, 9th October, 2023 at 7.00 pm",
           "Council Chamber, Civic Offices, High Street, Epping"],
    cover_body=[
        "Members of the Cabinet: Councillor Chris Theydon (Leader), Councillors Buckhurst, Chigwell, "
        "Loughton, Nazeing, Ongar, Roydon and Sheering.",
        "Democratic Services Officer: Vivienne Moreton, Tel: 01992 564243, Email: "
        "democraticservices@eppingforestdc.gov.uk"],
    agenda=[("1", "Webcasting introduction"), ("2", "Apologies for absence"),
            ("3", "Minutes ({minutes})"), ("4", "Declarations of interest"),
            ("5", "Epping Forest District Museum: Roof Replacement and Learning Room ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["EPPING FOREST DISTRICT COUNCIL",
                      "COMMITTEE MINUTES",
                      "Committee: Cabinet    Date: Monday, 4 September 2023",
                      "Place: Council Chamber, Civic Offices, High Street, Epping    Time: 7.00 - 8.05 pm"],
    attendance=[("Members Present:", "Councillors C Theydon (Chairman), Buckhurst, Chigwell, Loughton, "
                                     "Nazeing, Ongar and Roydon."),
                ("Apologies:", "Councillor Sheering.")],
    prev_items=[
        item("31.", "MINUTES", ["Decision: That the minutes of the meeting held on 17 July 2023 be "
                                "agreed."]),
        item("32.", "DRINKING WATER FOUNTAINS IN TOWN CENTRES", [
            "Decision:",
            "(1) That drinking water fountains be installed in Epping High Street, Loughton High Road and "
            "Waltham Abbey Market Square, at a cost of £27,000;",
            "(2) That the fountains be added to the Refill scheme map."]),
        item("33.", "CAR PARK CHARGES", [
            "Decision: That charges in the Council's car parks be unchanged until April 2024."]),
    ],
    report={
        "title_lines": ["Report to the Cabinet", "Report reference: C-021-2023/24",
                        "Date of meeting: 9 October 2023",
                        "Portfolio: Culture, Heritage and Leisure",
                        "Subject: Epping Forest District Museum - Roof Replacement and Learning Room"],
        "cover": [("Responsible Officer:", "Service Manager, Culture and Heritage"),
                  ("Democratic Services:", "V Moreton (01992 564243)")],
        "sections": [
            ("Recommendations/Decisions Required:", [
                "(1) To approve the replacement of the roof of the Epping Forest District Museum, Sun "
                "Street, Waltham Abbey, and the creation of a new learning room, at a total cost of "
                "£745,000;",
                "(2) To accept a grant of £250,000 from Arts Council England towards the learning room."]),
            ("Executive Summary:", [
                "The museum occupies two timber-framed buildings, the older dating from about 1520. The "
                "slate roof over the rear galleries has slipped in several places, and buckets have had to "
                "be placed in the upper gallery when it rains.",
                "The project would also turn the former store on the ground floor into a learning room "
                "for school groups. About 4,800 school pupils visit the museum each year, and at present "
                "they eat their lunch on the stairs."]),
            ("Other Options for Action:", [
                "Patch repairs to the roof were rejected: the battens are decayed throughout, and repairs "
                "would need repeating within five years."]),
            ("Report:", [
                "1. The museum will have to close while the roof is off. How long it will be shut is not "
                "yet known, because the contractor's programme has not been agreed; officers will "
                "publicise the dates as soon as they are fixed, and the museum's loans boxes will continue "
                "to go out to schools.",
                "2. The costs are set out below.",
                "| Item | Cost |",
                "| Roof replacement | £455,000 |",
                "| Learning room | £210,000 |",
                "| Fees and contingency | £80,000 |",
                "| Total | £745,000 |"]),
        ],
    },
    header="", footer=["Page {n}"], number_offset=2,
    pdf_title="Cabinet 9 October 2023 agenda pack",
)

doc(
    name="EDS_Committee_11042019_Agenda_Pack_SouthDerbyshire", form="pdf-pack",
    council="South Derbyshire District Council", stated="yes",
    committee="Environmental and Development Services Committee", date="2019-04-11",
    cover=["SOUTH DERBYSHIRE DISTRICT COUNCIL",
           "ENVIRONMENTAL AND DEVELOPMENT SERVICES COMMITTEE",
           "Thursday 11 April 2019 at 6.00pm",
           "Council Chamber, Civic Offices, Civic Way, Swadlincote"],
    cover_body=[
        "Dear Councillor, you are summoned to attend a meeting of the Environmental and Development "
        "Services Committee at the time and place shown.",
        "Members: Councillor Melbourne (Chairman), Councillors Hilton, Repton, Etwall, Aston, Hatton, "
        "Linton and Overseal.",
        "Chief Executive, Civic Offices, Civic Way, Swadlincote, DE11 0AH"],
    agenda=[("1", "Apologies"), ("2", "To receive the Open Minutes of the meeting held on 7th March 2019 "
                                        "({minutes})"),
            ("3", "Declarations of Interest"),
            ("4", "Rosliston Forestry Centre - Future Management ({report})")],
    marks=["Agenda Item 2", "Agenda Item 4"],
    prev_title_lines=["ENVIRONMENTAL AND DEVELOPMENT SERVICES COMMITTEE",
                      "7th March 2019",
                      "PRESENT:- Conservative Group Councillor Melbourne (Chairman) and Councillors Hilton, "
                      "Repton, Etwall and Aston. Labour Group Councillors Hatton, Linton and Overseal."],
    attendance=[],
    prev_items=[
        item("EDS/101", "APOLOGIES", ["There were no apologies."]),
        item("EDS/102", "MAURICE LEA PARK, CHURCH GRESLEY - TENNIS COURTS", [
            "Members considered a bid to the Lawn Tennis Association's park tennis fund.",
            "RESOLVED:- That the two tennis courts at Maurice Lea Park be refurbished, with new nets, "
            "fencing and floodlights, subject to a grant of £38,000."]),
        item("EDS/103", "STREET NAMING", [
            "RESOLVED:- That the name Cotton Brook Way be approved for the new road off Burton Road, "
            "Woodville."]),
    ],
    report={
        "title_lines": ["REPORT TO: ENVIRONMENTAL AND DEVELOPMENT SERVICES COMMITTEE",
                        "AGENDA ITEM: 4",
                        "DATE OF MEETING: 11th APRIL 2019",
                        "SUBJECT: ROSLISTON FORESTRY CENTRE - FUTURE MANAGEMENT"],
        "cover": [("REPORT FROM:", "Strategic Director (Service Delivery)"),
                  ("WARD(S) AFFECTED:", "Linton"), ("CATEGORY:", "Delegated"),
                  ("CONTACT POINT:", "Leisure Services, 01283 595848")],
        "sections": [
            ("1.0 Recommendations", [
                "1.1 That the Committee approves a procurement exercise for a new operator of Rosliston "
                "Forestry Centre.",
                "1.2 That the new agreement run for 15 years, with a break clause after ten."]),
            ("2.0 Purpose of the Report", [
                "2.1 The present management agreement ends on 31 March 2020, and a new operator needs to be "
                "in place by then."]),
            ("3.0 Detail", [
                "3.1 The centre, which the Council runs in partnership with Forestry England, has grown to "
                "about 250,000 visits a year. It includes ten holiday cabins, a café, a play area and the "
                "bird of prey centre.",
                "3.2 The cabins earned £186,000 in 2018/19 and are booked for around 80% of the year.",
                "3.3 The management contract will be put out to tender this summer, and the outcome will "
                "be reported to the Committee in the autumn. Bidders will be asked to propose improvements "
                "to the café and to add at least four more cabins."]),
            ("4.0 Financial Implications", [
                "4.1 The Council expects the new agreement to remove the present management fee of "
                "£45,000 a year."]),
        ],
    },
    header="", footer=["{n}"], number_offset=2,
    pdf_title="Environmental and Development Services Committee 11 April 2019 agenda pack",
)

doc(
    name="Executive_03092024_Agenda_Pack_Waverley", form="pdf-pack",
    council="Waverley Borough Council", stated="yes", committee="Executive", date="2024-09-03",
    cover=["WAVERLEY BOROUGH COUNCIL", "EXECUTIVE", "Tuesday, 3 September 2024",
           "6.00 pm, Council Chamber, The Burys, Godalming"],
    cover_body=[
        "To: All Members of the Executive - Councillors Anna Haslemere (Leader), Cranleigh, Farnham "
        "Castle, Milford, Elstead and Witley.",
        "Enquiries: Committee Services, committees@waverley.gov.uk, 01483 523351"],
    agenda=[("1", "Minutes ({minutes})"), ("2", "Apologies for absence"),
            ("3", "Declarations of interests"),
            ("4", "Frensham Great Pond: Visitor Facilities and Parking ({report})")],
    marks=["Agenda Item 1", "Agenda Item 4"],
    prev_title_lines=["WAVERLEY BOROUGH COUNCIL",
                      "MINUTES OF THE EXECUTIVE - 23 JULY 2024",
                      "SUBMITTED TO THE COUNCIL MEETING - 17 SEPTEMBER 2024"],
    attendance=[("Present", "Cllr Anna Haslemere (Chair), Cllr Cranleigh, Cllr Farnham Castle, "
                            "Cllr Milford, Cllr Elstead, Cllr Witley")],
    prev_items=[
        item("EXE 32/24", "GRAFFITI IN FARNHAM AND GODALMING", [
            "The Executive RESOLVED that a rapid graffiti response team be funded for two years at £48,000 "
            "a year, removing offensive graffiti within 24 hours and all other graffiti within a week."]),
        item("EXE 33/24", "COUNCIL TAX SUPPORT SCHEME", [
            "The Executive RESOLVED to consult on keeping the present council tax support scheme "
            "unchanged for 2025/26."]),
    ],
    report={
        "title_lines": ["WAVERLEY BOROUGH COUNCIL", "EXECUTIVE", "3 SEPTEMBER 2024",
                        "Title: Frensham Great Pond - Visitor Facilities and Parking"],
        "cover": [("Portfolio Holder:", "Cllr Elstead, Portfolio Holder for Environment"),
                  ("Head of Service:", "Head of Commercial Services"),
                  ("Key decision:", "No"), ("Access:", "Public")],
        "sections": [
            ("1. Purpose and summary", [
                "1.1 This report proposes new toilets at Frensham Great Pond and a change to parking "
                "charges in the Council's car park there."]),
            ("2. Recommendation", [
                "2.1 That the Executive approves new toilets at Frensham Great Pond at a cost of £260,000, "
                "and a parking charge of £4 a day in the Great Pond car park from April 2025, with an "
                "annual permit for £45."]),
            ("3. Background", [
                "3.1 Frensham Common is a Site of Special Scientific Interest. On summer weekends the car "
                "park fills by mid-morning and cars are left on the verges of the A287.",
                "3.2 A survey of 1,200 visitors in August 2023 found that the lack of toilets was the most "
                "common complaint, ahead of litter, and that most visitors would accept a charge for "
                "parking if the money were spent at the Common.",
                "3.3 The only toilets at present are two portable units that are emptied twice a week."]),
            ("4. Financial implications", [
                "4.1 The parking charge is expected to raise about £110,000 a year, which will be spent on "
                "the rangers and upkeep of the Common."]),
        ],
    },
    header="", footer=["Page {n}"], number_offset=2,
    pdf_title="Executive 3 September 2024 agenda pack",
)


# =========================================================================== Word reports

doc(
    name="Cabinet_7_February_2020_Abbey_Meadow_Splash_Park_Report_VWHDC", form="docx-report",
    council="Vale of White Horse District Council", stated="yes", committee="Cabinet", date="2020-02-07",
    letterhead=["Vale of White Horse District Council", "Cabinet Report",
                "Report of Head of Development and Corporate Landlord"],
    report={
        "title_lines": ["Abbey Meadow, Abingdon: Replacement of the Paddling Pool with a Splash Park",
                        "To: Cabinet", "Date: 7 February 2020"],
        "cover": [("Author:", "Leisure Contracts Officer"),
                  ("Wards affected:", "Abingdon Abbey Northcourt; Abingdon Peachcroft"),
                  ("Cabinet member responsible:", "Cabinet Member for Healthy Communities"),
                  ("Recommendation(s):", "(a) To approve the replacement of the paddling pool at Abbey "
                                         "Meadow with a splash park at a cost of £285,000. (b) To delegate "
                                         "the award of the construction contract to the Head of Development "
                                         "and Corporate Landlord.")],
        "sections": [
            ("Purpose of report", [
                "1. To seek approval to replace the paddling pool beside the outdoor pool at Abbey Meadow, "
                "Abingdon, with a splash park."]),
            ("Background", [
                "2. The paddling pool was built in the 1960s. Its shell loses water through cracks, and an "
                "inspection by the Council's pool operator last summer found that its filtration could not "
                "keep the water clear on busy days; it was closed for 19 days of the 2019 season.",
                "3. A splash park has no standing water, needs no lifeguard and can be open for longer. The "
                "design has 18 water features, including ground jets, a tipping bucket and water cannons, "
                "on a non-slip surface.",
                "4. The splash park would be free to use and is planned to open before the school summer "
                "holidays of 2020, and then each year from May to September."]),
            ("Options", [
                "5. Relining the paddling pool was rejected: it would cost about £90,000 and would not solve "
                "the filtration problem.",
                "6. A second splash park, in Betjeman Park, Wantage, is included in the draft leisure "
                "strategy and would be the subject of a separate report once a design has been "
                "prepared."]),
            ("Financial implications", [
                "7. The £285,000 would be met from developer contributions held for leisure in Abingdon. "
                "Running costs are expected to be about £6,000 a year lower than the paddling pool's."]),
        ],
    },
    header="Vale of White Horse District Council - Cabinet", footer=["Cabinet 7 February 2020"],
    docx_author="Democratic Services",
)

doc(
    name="Executive_15_March_2023_Witney_Pump_Track_Report_WODC", form="docx-report",
    council="West Oxfordshire District Council", stated="yes", committee="Executive", date="2023-03-15",
    letterhead=["WEST OXFORDSHIRE DISTRICT COUNCIL", "Name and date of Committee: EXECUTIVE - 15 MARCH 2023"],
    report={
        "title_lines": ["Subject: THE LEYS, WITNEY - PUMP TRACK"],
        "cover": [("Wards affected", "Witney Central; Witney South"),
                  ("Accountable member", "Cabinet Member for Leisure and Major Projects"),
                  ("Accountable officer", "Business Manager, Leisure"),
                  ("Summary/Purpose", "To approve the construction of a pump track for bikes and scooters "
                                      "at The Leys, Witney."),
                  ("Annexes", "Annex A - Layout; Annex B - Consultation results"),
                  ("Recommendation", "That the Executive approves the construction of a pump track at The "
                                     "Leys at a cost of £180,000.")],
        "sections": [
            ("1. BACKGROUND", [
                "1.1 A pump track is a looped circuit of banked corners and rollers, surfaced with tarmac, "
                "that can be ridden on bikes or scooters without pedalling. The track at The "
                "Leys would be about 200 metres long, with a separate smaller loop for young children."]),
            ("2. CONSULTATION", [
                "2.1 An online consultation was run in the autumn, with visits to Wood Green School and The "
                "Henry Box School. Of the 560 people who took part, 84% said that they or their children "
                "would use the track, and the most common request was for shade and seating for parents.",
                "2.2 The town council supports the scheme."]),
            ("3. MAIN POINTS", [
                "3.1 The track would be designed and built by Ridgeway Trails Ltd, chosen after a design "
                "competition in which young people voted for their preferred layout.",
                "3.2 Most riders will reach the track along the path from Langel Common, which crosses the "
                "Windrush by the old footbridge. That footbridge is due its six-yearly principal inspection "
                "by the Council's engineers in May.",
                "3.3 Work would start in July 2023 and take about ten weeks."]),
            ("4. FINANCIAL IMPLICATIONS", [
                "4.1 The £180,000 would come from developer contributions for outdoor sport in Witney."]),
            ("5. ALTERNATIVES/OPTIONS", [
                "5.1 The Council could do nothing, or build a smaller track for about £110,000 without the "
                "loop for young children."]),
        ],
    },
    header="", footer=["West Oxfordshire District Council"],
    docx_author="Democratic Services",
)


# =========================================================================== Word minutes

doc(
    name="Cabinet_Minutes_27112019_NBBC", form="docx-minutes",
    council="Nuneaton and Bedworth Borough Council", stated="yes", committee="Cabinet", date="2019-11-27",
    title_lines=["NUNEATON AND BEDWORTH BOROUGH COUNCIL",
                 "Minutes of the meeting of the CABINET held on Wednesday 27th November 2019 at 6.00 p.m. in "
                 "the Council Chamber, Town Hall, Coton Road, Nuneaton"],
    attendance=[("Present:", "Councillor Keith Bulkington (Chair), Councillors Camp Hill, Attleborough, "
                             "Exhall, Weddington, Galley Common, Poplar and Whitestone."),
                ("Apologies:", "none.")],
    items=[
        item("CB51", "Minutes", [
            "RESOLVED that the minutes of the meeting held on 23rd October 2019 be confirmed and signed by "
            "the Chair."]),
        item("CB52", "Whittleford Park - Play Area and Outdoor Gym", [
            "The Cabinet considered the report of the Assistant Director, Recreation and Culture, on a new "
            "play area and outdoor gym at Whittleford Park, Nuneaton, where the existing play equipment had "
            "been removed in stages over the past three years as it failed safety checks.",
            "The new play area would cater for children up to 12 and would include a basket swing, a "
            "climbing net and a sand and water table. The outdoor gym would have ten pieces of equipment "
            "beside the main path. The cost was £118,000, funded from section 106 contributions.",
            "Following quotations, the contract has been let to Anker Play Systems, with installation "
            "planned for March 2020.",
            "Councillor Weddington asked whether there would be toilets near the play area. The Portfolio "
            "Holder replied that no decision had been reached on toilets, and that the costs of reopening "
            "the block by the old bowling green were being looked at.",
            "A recorded vote was taken: for, 6; against, 2 (Councillors Exhall and Galley Common).",
            "RESOLVED that the play area and outdoor gym at Whittleford Park be approved at a cost of "
            "£118,000."]),
        item("CB53", "Miners' Welfare Park, Bedworth - Skate Park", [
            "RESOLVED that the concrete skate park in Miners' Welfare Park, Bedworth be extended, with a "
            "new street section, at a cost of £70,000."]),
    ],
    closing=["Chair", "The meeting closed at 7.10 p.m."],
    header="Cabinet - 27th November 2019", footer=["Nuneaton and Bedworth Borough Council"],
    docx_author="Democratic Services",
)

doc(
    name="Executive_Minutes_05_February_2025_Rochford", form="docx-minutes",
    council="Rochford District Council", stated="yes", committee="Executive", date="2025-02-05",
    title_lines=["ROCHFORD DISTRICT COUNCIL",
                 "Minutes of the Executive at a meeting held on 5 February 2025 when there were present:",
                 "Chairman: Cllr Lesley Hullbridge"],
    attendance=[("", "Cllr Canewdon, Cllr Hawkwell, Cllr Ashingdon, Cllr Great Wakering and Cllr Hockley."),
                ("OFFICERS PRESENT:", "Chief Executive, Director of Environment, Democratic Services "
                                      "Officer.")],
    items=[
        item("201", "MINUTES", [
            "The Minutes of the meeting held on 8 January 2025 were approved as a correct record and signed "
            "by the Chairman."]),
        item("202", "RAYLEIGH WINDMILL - NEW SAILS", [
            "The Executive considered the report of the Director of Environment on putting sails back on "
            "Rayleigh Windmill in Bellingham Lane.",
            "The sails were taken down in 2020 for safety after the stocks that hold them had rotted. The "
            "windmill welcomed 6,300 visitors in its 2019 season, the last with sails, and members heard "
            "that a working-looking mill was a draw for families and schools.",
            "Of three millwrights approached, the quote from Dengie Millwrights was accepted: £96,000 for "
            "four new sails, new stocks and repairs to the fantail.",
            "The portfolio holder said that £60,000 would come from the Council's heritage reserve and the "
            "rest from the Friends of Rayleigh Windmill, who had been fundraising for three years.",
            "Resolved",
            "That new sails and stocks be fitted to Rayleigh Windmill at a cost of £96,000."]),
        item("203", "COMMUNITY DEFIBRILLATORS", [
            "Resolved",
            "That six more community defibrillators be installed, in Great Wakering, Canewdon, Hullbridge "
            "and at three sports clubs in Rayleigh."]),
    ],
    closing=["The meeting closed at 8.05 pm.", "Chairman ................................", "Date ..................."],
    header="Executive - 5 February 2025", footer=["Rochford District Council"],
    docx_author="Democratic Services",
)


# =========================================================================== plain text

doc(
    name="Operational_Services_Committee_Minutes_30_September_2024_ECDC", form="txt",
    council="East Cambridgeshire District Council", stated="yes", committee="Operational Services Committee",
    date="2024-09-30",
    title_lines=["EAST CAMBRIDGESHIRE DISTRICT COUNCIL", "",
                 "Minutes of a meeting of the Operational Services Committee held in the Council Chamber, The "
                 "Grange, Nutholt Lane, Ely on Monday, 30th September 2024 at 4:30pm"],
    attendance=[("PRESENT:", "Councillor Mark Soham (Chair), Councillor Anna Haddenham (Vice Chair), "
                             "Councillors Littleport, Stretham, Fordham, Bottisham, Witchford and Burwell."),
                ("OFFICERS:", "Director Operations; Open Spaces Manager; Democratic Services Officer.")],
    items=[
        item("31.", "Minutes", [
            "The Committee received the Minutes of the meeting held on 8th July 2024. It was resolved: That "
            "the Minutes be confirmed as a correct record and signed by the Chair."]),
        item("32.", "Ely Country Park - Boardwalk Replacement", [
            "The Open Spaces Manager presented the report (reference Z79, previously circulated). The "
            "boardwalk across the reedbed at Ely Country Park, between the Kiln Lane entrance and the "
            "riverside path, was built by volunteers in 2005. Many of its boards had split or rotted and a "
            "section had been roped off since June.",
            "The new boardwalk would be 340 metres long, built from recycled plastic boards on galvanised "
            "steel piles, with two wider passing bays where people could stop to watch birds.",
            "Fenmoor Boardwalks, who had built similar walkways at two wetland reserves, had submitted the "
            "lowest of three tenders, at £142,000. The work would start in January 2025, when the reedbed "
            "was least disturbed, and the boardwalk was expected to reopen in April 2025.",
            "Councillor Littleport wished to know why the boardwalk was not being rebuilt in timber. The "
            "Open Spaces Manager replied that recycled plastic did not rot and should last at least 40 "
            "years, against about 15 for softwood.",
            "It was resolved unanimously:",
            "That the replacement of the boardwalk at Ely Country Park be approved and the contract awarded "
            "to Fenmoor Boardwalks at a cost of £142,000."]),
        item("33.", "Wildflower Verges", [
            "It was resolved:",
            "That the Council's grass verges in Ely, Soham and Littleport be cut only twice a year, to "
            "allow wildflower verges to establish, with a one-metre strip cut more often next to "
            "footpaths."]),
    ],
    closing=["", "The meeting closed at 5:21pm.", "", "Chair ..................", "Date ..................."],
)


# Reports above are written as (title, body) pairs; the renderers take report()'s dicts.
for _document in DOCUMENTS:
    if "report" in _document:
        _document["report"]["sections"] = [
            s if isinstance(s, dict) else {"title": s[0], "body": s[1]} for s in _document["report"]["sections"]]
