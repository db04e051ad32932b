"""The documents of bench/heldout45: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout45.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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


# --------------------------------------------------------------------------- 1 Basildon (mg-meeting)
doc(
    name="ieListDocuments_CId132_MId6218_Basildon_Cabinet", form="mg-meeting",
    council="Basildon Borough Council", stated="yes", committee="Cabinet", date="2024-03-14",
    site=site("Basildon Borough Council", "https://www.basildon.gov.uk",
              "The Basildon Centre, St Martin's Square, Basildon, Essex SS14 1DL",
              "© Basildon Borough Council 2024",
              menu=["Home", "Your councillors", "Meetings", "Decisions", "Forward Plan"]),
    heading="Agenda and minutes: Cabinet - Thursday, 14th March, 2024 7.00 pm",
    venue="Council Chamber, The Basildon Centre, St Martin's Square, Basildon, SS14 1DL",
    contact="Democratic Services, 01268 533333, democratic.services@basildon.gov.uk",
    items=[
        item("78.", "Apologies for Absence", ["Apologies for absence were received from Councillor Deborah Mallinder."]),
        item("79.", "Declarations of Interest", ["Councillor Owen Threlfall declared a non-pecuniary interest in minute 81 as a trustee of a Pitsea residents' association."]),
        item("80.", "Damp and Mould in Council Homes: Response Programme", [
            "The Cabinet Member for Housing, Councillor Priya Langstone, introduced the report. She said that the condition survey of the council's housing stock completed in January 2024 had inspected 4,860 homes and found damp or mould to some degree in 1,212 of them, of which 187 had been rated as a serious hazard.",
            "The report proposed a two year programme of remedial work worth £6.4 million, delivered by Thamesmead Property Care Limited under the council's existing responsive repairs framework, with a dedicated damp and mould team of six surveyors based at the Laindon depot.",
            "Councillor Malcolm Everitt asked how quickly tenants would be visited after reporting mould. Councillor Langstone replied that every report would be inspected within ten working days, and within 48 hours where a child under five or a person with a respiratory condition lived in the home.",
            "Councillor Everitt asked whether tenants in Craylands and Vange had been prioritised. The Assistant Director of Housing, Ms Harriet Okonedo, said the worst affected blocks were in Vange and that work there would start first, in April 2024.",
            "RESOLVED: That the damp and mould response programme of £6.4 million be approved and that authority be delegated to the Assistant Director of Housing to place the orders with Thamesmead Property Care Limited.",
        ], links=[("Damp and mould programme report", "412 KB"), ("Appendix A - stock condition summary", "188 KB")]),
        item("81.", "Pitsea Market: Proposed Relocation", [
            "The Cabinet Member for Regeneration, Councillor Lionel Fairbrother, reported on the proposal to move Pitsea Market from its current site on the Broadway car park to a covered area beside Pitsea station, as part of the wider Pitsea town centre improvements.",
            "Traders had been consulted over the winter; of the 41 regular traders, 29 supported the move in principle. Several had asked about pitch fees. The Head of Economic Development, Mr Callum Redfern, said pitch fees would be frozen at the 2023/24 level for the first year on the new site.",
            "Members asked when the market would move. Mr Redfern said that no moving date could be given yet, because it depended on the outcome of lease negotiations with the railway operator for the land beside the station, which were continuing.",
            "RESOLVED: That the relocation of Pitsea Market be agreed in principle, subject to a further report on the lease terms.",
        ], links=[("Pitsea Market relocation report", "296 KB")]),
        item("82.", "Wat Tyler Country Park: Café Concession", [
            "The Cabinet considered the tenders received for the café concession at Wat Tyler Country Park. Three bids had been evaluated on price and quality. The highest scoring bid came from Saltings Kitchen Limited, a local family business, which offered an annual concession fee of £22,750 for a term of seven years.",
            "Councillor Threlfall asked whether the café would open in the evenings. Councillor Fairbrother said the contract required opening from 9am to 5pm every day, with later opening in June, July and August.",
            "RESOLVED: That the café concession at Wat Tyler Country Park be awarded to Saltings Kitchen Limited for seven years.",
        ]),
    ],
)

# --------------------------------------------------------------------------- 2 Woking (mg-meeting)
doc(
    name="ieListDocuments_CId117_MId3352_Woking_Executive", form="mg-meeting",
    council="Woking Borough Council", stated="yes", committee="Executive", date="2023-11-23",
    site=site("Woking Borough Council", "https://moderngov.woking.gov.uk",
              "Civic Offices, Gloucester Square, Woking, Surrey GU21 6YL",
              "Copyright Woking Borough Council",
              breadcrumb=["Home", "Committee meetings", "Executive"]),
    heading="Agenda and minutes: Executive - Thursday, 23rd November, 2023 7.00 pm",
    venue="Council Chamber, Civic Offices, Gloucester Square, Woking",
    contact="Tessa Marlowe, Democratic Services Officer, 01483 743030",
    outcome_label="Minutes:",
    items=[
        item("41.", "Minutes", ["The minutes of the meeting of the Executive held on 19 October 2023 were approved as a correct record and signed by the Chairman."]),
        item("42.", "Urgent Business", ["There was no urgent business."]),
        item("43.", "Public Electric Vehicle Charging: Council Car Parks", [
            "The Portfolio Holder for Environment, Councillor Aidan Hollowell, presented the report on expanding public electric vehicle charging in council car parks. There were currently 26 public charge points across the borough's car parks, and the report proposed installing 64 more in Victoria Way, Heathside Crescent and Brewery Road car parks.",
            "The installation would be carried out and paid for by the operator, Voltaway Charging Limited, under a fifteen year concession, with the council receiving 12 per cent of the income from each charging session. No capital funding was required from the council.",
            "Councillor Rosalind Penhaligon asked whether Blue Badge holders would keep their bays. Councillor Hollowell said that no disabled parking bays would be converted, and that four of the new charge points at Victoria Way would be in wider accessible bays.",
            "RESOLVED: That the concession for public electric vehicle charging in council car parks be awarded to Voltaway Charging Limited for fifteen years.",
        ], links=[("EV charging concession report", "356 KB")]),
        item("44.", "Woking Park Leisure Centre: Roof Repairs", [
            "The Executive received a report on urgent repairs to the roof of the leisure centre in Woking Park. A structural survey in September 2023 had found water ingress over the main pool hall and corrosion to steel purlins above the learner pool. The repairs were estimated at £1.18 million and would be carried out in two phases so that the main pool could stay open.",
            "The Strategic Director for Place, Mr Desmond Achterberg, said that the learner pool would close for about eleven weeks from January 2024 while the steelwork was replaced. Swimming lessons would move to the main pool during that period.",
            "Members discussed the pressures on the council's finances at length and the need to keep spending to what was essential for safety. Councillor Penhaligon said residents would want to know that the building was safe to use, and officers confirmed that it was.",
            "RESOLVED: That a capital budget of £1.18 million be approved for the roof repairs at Woking Park Leisure Centre.",
        ], links=[("Leisure centre roof report", "244 KB"), ("Structural survey summary", "1 MB")]),
        item("45.", "Sheerwater Community Garden Grant", [
            "The Executive considered a request from the Sheerwater Growers Collective for a grant of £8,500 towards raised beds, a water butt system and a storage shed on land off Dartmouth Avenue. Councillor Hollowell said the garden was run by volunteers and had about 60 regular members.",
            "RESOLVED: That a grant of £8,500 be made to the Sheerwater Growers Collective from the Community Fund.",
        ]),
    ],
)

# --------------------------------------------------------------------------- 3 Sefton (mg-meeting)
doc(
    name="ieListDocuments_CId137_MId8841_Sefton_Cabinet", form="mg-meeting",
    council="Sefton Council", stated="yes", committee="Cabinet", date="2024-06-06",
    site=site("Sefton Council", "https://modgov.sefton.gov.uk",
              "Bootle Town Hall, Oriel Road, Bootle L20 7AE",
              "© Sefton Council",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Search documents"]),
    heading="Agenda and decisions: Cabinet - Thursday 6 June 2024 10.00 am",
    venue="Committee Room, Bootle Town Hall, Oriel Road, Bootle",
    contact="Ruth Cavendish-Sorrell, Democratic Services Manager, 0151 934 2000",
    note="This meeting will be webcast live on the council's website.",
    outcome_label="Minutes:",
    items=[
        item("12", "Declarations of Interest", ["No declarations of any disclosable pecuniary interests or personal interests were received."]),
        item("13", "Southport Seafront: Marine Lake and Promenade Works", [
            "The Cabinet Member for Regeneration and Skills, Councillor Bernadette Quayle, introduced the report on the next phase of works to the Southport seafront. The works covered resurfacing of the Promenade between the Pier entrance and Nevill Street, replacement of the railings along the Marine Lake, and new lighting on the Marine Way bridge.",
            "The estimated cost of the Promenade resurfacing was £2.3 million, funded from the Town Deal. The railings along the Marine Lake were estimated at £640,000. The report did not yet include a figure for the lighting, which was still being designed.",
            "Councillor Gideon Ashworth asked how long the Promenade would be closed. Councillor Quayle said work would be done in sections of no more than 150 metres so that the Promenade stayed open along most of its length throughout, and no section would be closed during the Southport Air Show weekend.",
            "RESOLVED: That the Southport seafront works be approved and that the Executive Director of Place be authorised to award the resurfacing contract to Merseyline Civils Limited.",
        ], links=[("Southport seafront report", "620 KB")]),
        item("14", "Crosby Lakeside Adventure Centre: Lease", [
            "Cabinet considered the renewal of the lease of the Crosby Lakeside Adventure Centre at Waterloo. The current operator had asked for a 25 year lease to justify investment of £900,000 in a new climbing wall and changing rooms. The proposed rent was £48,000 a year for the first five years, rising with inflation after that.",
            "RESOLVED: That a 25 year lease be granted on the terms set out in the report.",
        ]),
        item("15", "Bootle Strand: Footfall and Vacant Units", [
            "The Cabinet received an update on the Strand shopping centre in Bootle, which the council owns. Footfall in 2023/24 was 6.1 million visits, up 4 per cent on the previous year. Of the 122 units, 31 were vacant at the end of March 2024.",
            "At the Southport Market, which the council also runs, footfall over the same year was 1.4 million visits and the occupancy of stalls was 92 per cent.",
            "Councillor Ashworth asked what was being done to fill empty units at the Strand. The Head of Strand Management, Mr Ewan Blackledge, replied that a meanwhile use scheme would offer empty units to community groups and start up businesses at a nominal rent for up to twelve months.",
            "RESOLVED: That the update be noted.",
        ]),
    ],
)

# --------------------------------------------------------------------------- 4 Barnet (mg-meeting)
doc(
    name="ieListDocuments_CId695_MId11904_Barnet_Housing", form="mg-meeting",
    council="London Borough of Barnet", stated="yes", committee="Housing and Growth Committee", date="2023-10-04",
    site=site("London Borough of Barnet", "https://barnet.moderngov.co.uk",
              "2 Bristol Avenue, Colindale, London NW9 4EW",
              "© London Borough of Barnet 2023",
              breadcrumb=["Home", "Committee structure", "Housing and Growth Committee"]),
    heading="Agenda and minutes: Housing and Growth Committee - Wednesday 4 October 2023 7.00 pm",
    venue="Committee Room 1, Hendon Town Hall, The Burroughs, London NW4 4BQ",
    contact="Governance Service, 020 8359 2000, governance@barnet.gov.uk",
    items=[
        item("1.", "Minutes of the Last Meeting", ["RESOLVED that the minutes of the meeting held on 13 June 2023 be agreed as a correct record."]),
        item("2.", "Absence of Members", ["Apologies were received from Councillor Naomi Fairweather, who was substituted by Councillor Idris Calloway."]),
        item("3.", "Damp and Mould: Barnet Homes Performance", [
            "The Committee received the quarterly report on damp and mould cases in council homes managed by Barnet Homes. Between April and June 2023, 842 new cases had been reported, compared with 511 in the same quarter of 2022. The average time from report to first inspection had fallen from 19 days to 8 days.",
            "The Director of Property Services, Mr Laurence Abiodun, said the rise in cases reflected greater awareness among tenants after national publicity, rather than a worsening of the homes themselves.",
            "Councillor Calloway asked whether the council would commission an independent review of how damp and mould complaints had been handled. Mr Abiodun said that an independent review had been agreed with the Housing Ombudsman's guidance in mind, and that the reviewer would be appointed in November and report to the Committee in the spring of 2024.",
            "Councillor Simone Westerhoff moved, and Councillor Calloway seconded, that the Committee ask for monthly rather than quarterly figures. On being put to the vote the motion was carried unanimously.",
            "RESOLVED that the report be noted and that damp and mould figures be reported to members monthly.",
        ], links=[("Damp and mould performance report", "380 KB")]),
        item("4.", "Colindale Regeneration: Grahame Park Phase 2", [
            "The Committee considered progress on phase 2 of the Grahame Park regeneration. The development partner, Kestrel Urban Homes, had completed 214 of the 460 homes in the phase. Of the homes in the phase, 52 per cent would be for social rent or shared ownership.",
            "Residents from the Concourse spoke about noise and dust from the works. The Assistant Director of Growth, Ms Yolanda Prentiss, said the contractor would now stop noisy work at 4pm on Saturdays instead of 6pm.",
            "RESOLVED that the progress report be noted.",
        ]),
        item("5.", "Hendon Hub Student Accommodation", [
            "The Committee noted the completion of the first block of student accommodation at Hendon Hub, with 178 bedrooms let to a university partner on a ten year agreement.",
        ]),
    ],
)

# --------------------------------------------------------------------------- 5 Fylde (mg-meeting, planning)
doc(
    name="ieListDocuments_CId146_MId1567_Fylde_Planning", form="mg-meeting",
    council="Fylde Council", stated="yes", committee="Planning Committee", date="2023-07-12",
    site=site("Fylde Council", "https://fylde.cmis.uk.com",
              "Town Hall, St Annes Road West, St Annes, Lancashire FY8 1LW",
              "Copyright Fylde Council",
              menu=["Home", "Councillors", "Meetings", "Planning", "Contact"]),
    heading="Agenda and minutes: Planning Committee - Wednesday, 12th July, 2023 10.00 am",
    venue="Town Hall, St Annes",
    contact="Lydia Harcastle, Senior Democratic Services Officer, 01253 658658",
    items=[
        item("1.", "Declarations of Interest", ["Councillor Reuben Aspinall declared a personal interest in application 23/0218 as he lived on Clifton Drive North."]),
        item("2.", "Confirmation of Minutes", ["RESOLVED: To approve the minutes of the Planning Committee meeting held on 14 June 2023 as a correct record for signature by the chairman."]),
        item("3.", "Planning Matters", [
            "## Application 23/0218: Land at Clifton Drive North, St Annes",
            "Erection of a three storey building of 18 retirement apartments with parking for 14 cars. The Head of Planning, Mr Barnaby Kettlewell, said the officers recommended approval subject to a legal agreement securing a contribution of £96,000 towards affordable housing elsewhere in the borough.",
            "A neighbour spoke against the application, saying the building would overshadow the bungalows behind it. Mr Kettlewell replied that the daylight assessment showed the loss of light to those bungalows fell within the accepted guidelines.",
            "Councillor Aspinall left the room for this item. It was proposed by Councillor Maureen Oldroyd and seconded by Councillor Timothy Brackley that the application be approved as recommended. The proposal was carried with 8 votes for and 3 against.",
            "## Application 23/0301: Fairhaven Lake, Inner Promenade, Lytham",
            "Change of use of the former boathouse to a café with outdoor seating. Approved unanimously, subject to conditions limiting outdoor seating to the hours of 8am to 9pm.",
            "## Application 23/0277: Land north of Kirkham Road, Wrea Green",
            "Outline application for up to 45 dwellings. Members raised concerns about surface water flooding on Kirkham Road. The Lead Local Flood Authority had not yet responded to the revised drainage strategy, and officers said they could not say whether the drainage objection would be withdrawn until that response was received. It was proposed by Councillor Brackley and seconded by Councillor Sanjeev Dhariwal that the application be deferred. The deferral was agreed.",
            "## Application 23/0190: Former Kwik Save site, Station Road, Kirkham",
            "The application had been withdrawn by the applicant before the meeting.",
        ]),
        item("4.", "Appeal Decisions", [
            "The Committee noted that the Planning Inspectorate had dismissed the appeal against refusal of 12 holiday lodges at Moss Side, Ribby, and allowed the appeal for a replacement dwelling on Bryning Lane, Warton.",
        ]),
    ],
)

# --------------------------------------------------------------------------- 6 Calderdale (mg-meeting)
doc(
    name="ieListDocuments_CId124_MId7790_Calderdale_Cabinet", form="mg-meeting",
    council="Calderdale Council", stated="yes", committee="Cabinet", date="2023-09-11",
    site=site("Calderdale Council", "https://calderdale.moderngov.co.uk",
              "Town Hall, Crossley Street, Halifax HX1 1UJ",
              "© Calderdale Metropolitan Borough Council",
              breadcrumb=["Home", "Meetings", "Cabinet"]),
    heading="Agenda and minutes: Cabinet - Monday, 11th September, 2023 6.00 pm",
    venue="Wellesley Room, Town Hall, Halifax",
    contact="Imogen Castleford, Governance and Business Support, 01422 393080",
    items=[
        item("23", "Minutes of the Previous Meeting", ["The minutes of the Cabinet meeting held on 24 July 2023 were approved as a correct record."]),
        item("24", "Winter Service Plan 2023/24", [
            "The Cabinet Member for Regeneration and Resilience, Councillor Fergus Whitelaw, presented the Winter Service Plan. The council would treat 58 per cent of its road network on priority routes, using a fleet of 17 gritting lorries from the Spring Hall and Sowerby Bridge depots, with a salt stock of 14,000 tonnes at the start of the season.",
            "The plan added the steep roads to Heptonstall and Blackshaw Head to the priority one network, following complaints from residents and bus operators in the 2022/23 winter.",
            "Councillor Beatrice Ormondroyd asked whether community groups could have salt bins refilled. Councillor Whitelaw said 140 new grit bins would be placed this winter, and that parish and town councils could apply for a free tonne of salt each under a community snow warden scheme.",
            "RESOLVED: That the Winter Service Plan 2023/24 be approved.",
        ], links=[("Winter Service Plan 2023/24", "1 MB")]),
        item("25", "Halifax Piece Hall: Events Programme", [
            "The Cabinet received a report on the events programme at the Piece Hall for 2024, including outdoor concerts, a Christmas market and a food festival. The report described the programme at length, the trust's plans to reduce noise for neighbours, and its work with local schools. The Piece Hall Trust had projected 4.2 million visits for 2024.",
            "Councillor Ormondroyd said that the council should be clear about its support for the trust. Councillor Whitelaw said the council would continue to fund the trust's maintenance budget, and that the trust would seek sponsorship for the concerts.",
            "RESOLVED: That the events programme be noted and that the Cabinet's thanks be recorded to the Piece Hall Trust.",
        ]),
        item("26", "Todmorden Flood Alleviation: Walsden Scheme", [
            "Cabinet noted that the Environment Agency had completed the flood walls at Walsden, protecting 212 homes and 30 businesses. The council's contribution had been £1.1 million.",
            "RESOLVED: That the report be noted.",
        ]),
    ],
)

# --------------------------------------------------------------------------- 7 Elmbridge (mg-item)
doc(
    name="mgAi_ID19342_Elmbridge_Cabinet_Parking", form="mg-item",
    council="Elmbridge Borough Council", stated="yes", committee="Cabinet", date="2024-02-07",
    site=site("Elmbridge Borough Council", "https://mygov.elmbridge.gov.uk",
              "Civic Centre, High Street, Esher, Surrey KT10 9SD",
              "© Elmbridge Borough Council",
              menu=["Home", "Councillors", "Committees", "Meetings", "Consultations"],
              breadcrumb=["Home", "Meetings", "Cabinet", "Agenda item"]),
    meeting_line="07/02/2024 - Cabinet (Item 112)",
    items=[item("112", "Car Parking Charges and Permits 2024/25", [
        "The Portfolio Holder for Environment and Parking, Councillor Georgina Haversham, introduced the annual review of charges in the council's 26 pay and display car parks. Charges had been frozen for two years, while the cost of running the car parks had risen by 17 per cent over the same period.",
        "The report proposed that the charge for up to one hour in the Walton-on-Thames town centre car parks rise from £1.40 to £1.70, and that the charge for up to two hours in Esher rise from £2.20 to £2.60. Sunday charges in Cobham and Weybridge would stay as they are, and the Cobham car parks would keep their existing first thirty minutes free.",
        "Annual season tickets for town centre workers would rise by 6 per cent. Residents' parking permits in controlled parking zones would rise from £85 to £95 for a first permit, the first increase since 2019.",
        "Councillor Marcus Penrose asked how the council would help traders in Molesey, who were worried that higher charges would drive shoppers to Kingston. Councillor Haversham replied that the free thirty minute bays on Walton Road in East Molesey would be kept and that the council would add twelve more.",
        "Councillor Penrose asked what the increases would raise. The Head of Parking Services, Mr Thaddeus Crane, said the additional income was estimated at £410,000 in a full year, and that all of it would be used to meet the costs of parking enforcement and car park maintenance.",
        "RESOLVED that the parking charges and permit fees for 2024/25 set out in Appendix 1 be approved, to take effect from 2 April 2024.",
    ], intro="Report of the Strategic Director, Environment",
        links=[("Parking charges 2024/25 report", "298 KB"), ("Appendix 1 - schedule of charges", "94 KB")])],
)

# --------------------------------------------------------------------------- 8 Bury (mg-item)
doc(
    name="mgAi_ID40871_Bury_Cabinet_PlayAreas", form="mg-item",
    council="Bury Council", stated="yes", committee="Cabinet", date="2023-12-13",
    site=site("Bury Council", "https://councildecisions.bury.gov.uk",
              "Town Hall, Knowsley Street, Bury BL9 0SW",
              "© Bury Council 2023",
              breadcrumb=["Home", "Meetings", "Cabinet", "Agenda item"]),
    meeting_line="13/12/2023 - Cabinet (Item CA.58)",
    items=[item("CA.58", "Parks and Play Areas Investment Programme 2024-2026", [
        "The Cabinet Member for Culture and the Economy, Councillor Harriet Boothroyd, presented the report. An inspection of the borough's 94 play areas by an independent playground inspector in the summer of 2023 had found that 21 had equipment that would need to be removed within three years, and that 6 had surfacing that did not meet the current safety standard.",
        "The report proposed a two year investment programme of £2.75 million, of which £1.9 million would come from developer contributions and £850,000 from the council's capital programme. The first play areas to be refurbished would be at Clarence Park in Bury, Nuttall Park in Ramsbottom and Close Park in Radcliffe.",
        "Before any design is chosen for the Clarence Park play area, the council will hold a public consultation with families and local schools, which is due to run from January to March 2024.",
        "Councillor Leonard Ashcroft asked whether the new play areas would suit children with disabilities. Councillor Boothroyd said every refurbished play area would include at least one piece of inclusive equipment, such as a wheelchair accessible roundabout, and a path to it.",
        "Councillor Ashcroft also asked about Burrs Country Park, where the play area had been closed since a fire in May 2023. Councillor Boothroyd said the insurers had agreed to meet the cost of replacing it and that it would reopen by Easter 2024.",
        "Decision: That the Parks and Play Areas Investment Programme 2024-2026 be approved, and that the Director of Operations be authorised to procure the works.",
    ], intro="Report of the Cabinet Member for Culture and the Economy",
        links=[("Play areas investment report", "540 KB"), ("Appendix 1 - play area inspection summary", "210 KB")])],
)

# --------------------------------------------------------------------------- 9 Derbyshire (mg-decision)
doc(
    name="ieDecisionDetails_ID9034_Derbyshire_WinterService", form="mg-decision",
    council="Derbyshire County Council", stated="yes",
    committee="Cabinet Member for Highways Assets and Transport", date="2023-10-19",
    site=site("Derbyshire County Council", "https://democracy.derbyshire.gov.uk",
              "County Hall, Smedley Street, Matlock, Derbyshire DE4 3AG",
              "© Derbyshire County Council",
              menu=["Home", "Councillors", "Committees", "Decisions", "Forward Plan", "Petitions"]),
    decision_title="Decision details: Winter Service Policy and Plan 2023-24",
    fields=[("Decision Maker:", "Cabinet Member for Highways Assets and Transport"),
            ("Decision status:", "Implemented"),
            ("Is Key decision?:", "Yes"),
            ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", ["To approve Derbyshire County Council's Winter Service Policy and Operational Plan for the winter of 2023-24, including the routes to be gritted, the salt stock and the arrangements for snow clearance."]),
        ("Decision:", [
            "The Cabinet Member approved the Winter Service Policy and Plan 2023-24. The council will treat 2,170 miles of road on its priority gritting network, about 40 per cent of the county's roads, using 51 gritting vehicles operating from seven depots.",
            "The salt stock at the start of the season will be 38,000 tonnes. The A57 Snake Pass and the A6024 Woodhead road will continue to be closed when snow makes them unsafe, with signs at Glossop and Ladybower.",
            "The Cabinet Member noted that the salt barn at the Buxton depot is at the end of its life. A replacement barn serving the High Peak has been agreed in principle, but its site has not been chosen; three possible sites are being assessed and no decision on the location will be made before spring 2024.",
            "A contract for the supply of rock salt for three years was awarded to Peakstone Minerals Limited, at a price of £62.40 per tonne delivered.",
        ]),
        ("Reasons for the decision:", ["The council has a duty under section 41(1A) of the Highways Act 1980 to ensure, as far as reasonably practicable, that safe passage along a highway is not endangered by snow or ice. Last winter the council gritted its priority network on 96 occasions and used 31,500 tonnes of salt."]),
        ("Alternative options considered:", ["Reducing the priority network to 30 per cent of roads was considered and rejected, because it would have removed bus routes in the Derbyshire Dales and the High Peak from the network."]),
    ],
    tail=[("Publication date:", "19/10/2023"), ("Date of decision:", "19/10/2023"), ("Effective from:", "27/10/2023")],
    links=[("Winter Service Policy and Plan 2023-24 report", "815 KB")],
)

# --------------------------------------------------------------------------- 10 Cheshire East (mg-decision)
doc(
    name="ieDecisionDetails_ID12566_CheshireEast_EVCharging", form="mg-decision",
    council="Cheshire East Council", stated="yes", committee="Highways and Transport Committee", date="2024-01-25",
    site=site("Cheshire East Council", "https://moderngov.cheshireeast.gov.uk",
              "Westfields, Middlewich Road, Sandbach CW11 1HZ",
              "Copyright Cheshire East Council",
              breadcrumb=["Home", "Decisions", "Decision details"]),
    decision_title="Decision details: On-Street Residential Electric Vehicle Charging Scheme",
    fields=[("Decision Maker:", "Highways and Transport Committee"),
            ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"),
            ("Is subject to call in?:", "No")],
    sections=[
        ("Purpose:", ["To seek approval for a scheme to install electric vehicle charge points on residential streets in Cheshire East where homes have no off-street parking, funded mainly by the Local Electric Vehicle Infrastructure fund."]),
        ("Decision:", [
            "The Committee agreed to install 310 public charge points on residential streets in Crewe, Macclesfield, Congleton, Nantwich and Wilmslow over the next two years.",
            "The capital cost of £3.6 million will be met by £2.9 million of Local Electric Vehicle Infrastructure grant and £700,000 from the chosen charge point operator. The council will make no capital contribution.",
            "The Committee asked that the first streets be chosen from the 1,450 requests for charge points that residents have made through the council's website since 2022, giving priority to terraced streets in Crewe and Macclesfield where fewer than one in five homes have a driveway.",
            "Members discussed the risk of charging cables across pavements at length. Officers explained that the scheme would use charge points built into lamp columns and kerbside posts only, and that trailing cables would not be permitted.",
        ]),
        ("Reasons for the decision:", ["About 30 per cent of households in Cheshire East have no off-street parking. Without public charge points near their homes these residents cannot easily change to an electric car, and the council's carbon neutral borough target for 2045 depends on the change."]),
        ("Alternative options considered:", ["Funding the scheme from the council's own capital programme was rejected because of the council's financial position. Doing nothing was rejected because the grant would be lost."]),
    ],
    tail=[("Publication date:", "29/01/2024"), ("Date of decision:", "25/01/2024"), ("Decided at meeting:", "25/01/2024 - Highways and Transport Committee")],
    links=[("On-street residential EV charging report", "1 MB")],
)

# --------------------------------------------------------------------------- 11 Devon (pdf-minutes)
doc(
    name="DCC_Cabinet_Minutes_13_September_2023", form="pdf-minutes",
    council="Devon County Council", stated="yes", committee="Cabinet", date="2023-09-13",
    pdf_title="Cabinet minutes 13 September 2023", pdf_author="Democratic Services",
    title_lines=["DEVON COUNTY COUNCIL", "CABINET",
                 "Minutes of the meeting held at County Hall, Exeter on Wednesday 13 September 2023",
                 "Starting 10.30 am, finishing 1.05 pm"],
    attendance=[("Present:", "Councillors Jeremy Sallaway (Chair), Anita Colebrook, Philip Trevanion, Sarah Hembury, Martin Yeoland and Clare Pendarves"),
                ("Apologies:", "Councillor Roderick Tamblyn"),
                ("Members attending in accordance with Standing Order 25:", "Councillors Helen Brimacombe and Duncan Lethbridge")],
    items=[
        item("*412", "Minutes", ["RESOLVED that the minutes of the meeting held on 12 July 2023 be signed as a correct record."]),
        item("*413", "Bus Service Improvement Plan: Progress and Next Steps", [
            "The Cabinet considered the report of the Director of Climate Change, Environment and Transport on progress with the Bus Service Improvement Plan. The plan had been funded by £14.1 million of government grant, used to improve frequencies, extend evening and Sunday services and keep the £2 single fare on most routes in the county.",
            "Passenger numbers on the enhanced service 5 between Exeter and Crediton had risen by 22 per cent since the half hourly timetable began in January 2023. Sunday journeys had been added to the X9 between Exeter, Okehampton and Bude, and to the 118 between Tavistock and Okehampton.",
            "Councillor Brimacombe asked what would happen to the extra services when the grant ends in March 2025. Councillor Trevanion, Cabinet Member for Highway Management, replied that the council would ask operators to show which services could carry on commercially, and would bring a report on the rest to Cabinet in the autumn of 2024.",
            "It was MOVED by Councillor Trevanion, SECONDED by Councillor Colebrook and RESOLVED that the next phase of the Bus Service Improvement Plan, including the new Saturday evening services from Barnstaple and Newton Abbot, be approved.",
        ]),
        item("*414", "Highway Maintenance: Pothole Repairs", [
            "The Cabinet noted that 61,480 potholes had been repaired between April and August 2023, compared with 48,900 in the same months of 2022. The extra work had been paid for by the one off £8 million highway maintenance allocation agreed by the Council in February 2023.",
            "Councillor Lethbridge asked why repairs in rural parishes took longer. Councillor Trevanion said that safety defects on minor rural roads had a target of 28 days, compared with 7 days on the main road network, and that the council was trialling a patching machine in Mid Devon and the South Hams to deal with clusters of defects at once.",
        ]),
        item("*415", "Exeter Quay: Transfer of the Custom House", [
            "The Cabinet agreed in principle to the transfer of the management of the Custom House on Exeter Quay to a local heritage trust on a 99 year lease, subject to agreement with Exeter City Council as the owner of the quayside.",
        ]),
        item("*416", "Home to School Transport: Spending Forecast", [
            "The Director of Finance reported that home to school transport was forecast to overspend by £4.7 million in 2023/24, mainly because of a rise in the number of pupils with special educational needs who were entitled to transport.",
            "RESOLVED that the forecast be noted and that a review of route planning be carried out with the Council's transport contractors.",
        ]),
    ],
    closing=["* Denotes delegated matter with power to act", "The meeting ended at 1.05 pm"],
    header="Cabinet - 13 September 2023", header_right="DEVON COUNTY COUNCIL",
    footer=["Page {n} of {total}"],
)

# --------------------------------------------------------------------------- 12 Harlow (pdf-minutes)
doc(
    name="Harlow_Cabinet_Minutes_2024-06-20", form="pdf-minutes",
    council="Harlow Council", stated="yes", committee="Cabinet", date="2024-06-20",
    pdf_title="Cabinet Minutes", pdf_author="Governance Services",
    title_lines=["MINUTES OF THE CABINET", "HELD ON 20 June 2024", "Harlow Council"],
    logo="Harlow Council",
    attendance=[("Members Present", "Councillor Dominic Freshwater, Leader of the Council (Chair); Councillor Julia Stapleford, Deputy Leader; Councillors Kwame Addo, Bryony Hatherleigh, Rupert Lanchester and Sunita Vyas"),
                ("Officers Present", "Elspeth Moorcroft, Chief Executive; Gareth Pennyfeather, Director of Finance; Maud Ellery, Head of Environment; Simon Tapsfield, Governance Officer")],
    items=[
        item("1.", "APOLOGIES FOR ABSENCE", ["There were none."]),
        item("2.", "DECLARATIONS OF INTEREST", ["None."]),
        item("3.", "MINUTES", ["RESOLVED that the minutes of the meeting held on 21 March 2024 are agreed as a correct record and signed by the Chair."]),
        item("4.", "PLAY AREA RENEWAL PROGRAMME", [
            "Councillor Hatherleigh, Portfolio Holder for Environment, introduced the report. Of the town's 63 equipped play areas, 14 had been identified for renewal in 2024/25, starting with Harlow Town Park, Katherines Way and Sumners Farm Close.",
            "The programme would cost £1.15 million. Of that, £600,000 would come from section 106 contributions from housing developments at Gilden Way and Newhall, and the remainder from the council's capital programme.",
            "In reply to a question from Councillor Addo, the Head of Environment said that the new play area at Harlow Town Park would be the largest in the district, with a splash pad that would run from May to September.",
            "RESOLVED that the play area renewal programme for 2024/25 is approved.",
        ]),
        item("5.", "HARLOW PLAYHOUSE: FUNDING AGREEMENT", [
            "The Cabinet considered a one year extension of the funding agreement with the trust that runs the Harlow Playhouse, at a grant of £290,000, a reduction of £40,000 on 2023/24.",
            "The Director of Finance said that the council had agreed with the trust that an independent review of the Playhouse's finances and business plan would be carried out over the summer, with its findings to be reported to Cabinet in October 2024 before any longer agreement was considered.",
            "Councillor Lanchester asked whether the trust could survive the reduction. The Director of Finance replied that the trust had told officers it could manage the reduction by increasing its hire income, but that the review would test this.",
            "RESOLVED that the funding agreement with the Playhouse trust is extended for one year at £290,000.",
        ]),
        item("6.", "WATER GARDENS: ANTI SOCIAL BEHAVIOUR", [
            "Councillor Vyas reported that a public spaces protection order would be proposed for the Water Gardens and the Civic Square, following 212 reports of anti social behaviour in the area in the last twelve months. A public consultation would run over the summer.",
        ]),
    ],
    closing=["CHAIR OF THE MEETING"],
    header="Cabinet 20 June 2024", footer=["Page {n}"],
)

# --------------------------------------------------------------------------- 13 Gravesham (pdf-minutes)
doc(
    name="Gravesham_Cabinet_Minutes_04122023", form="pdf-minutes",
    council="Gravesham Borough Council", stated="yes", committee="Cabinet", date="2023-12-04",
    pdf_title="Minutes - Cabinet - 04.12.2023", pdf_author="Committee Services",
    title_lines=["Gravesham Borough Council", "Minutes", "Cabinet",
                 "Monday, 4 December 2023 7.00 pm, Council Chamber, Civic Centre, Windmill Street, Gravesend"],
    attendance=[("Present:", "Cllr Victor Stallbrook (Chair), Cllr Nasreen Gill, Cllr Robin Ashdown, Cllr Teresa Malkin and Cllr Oliver Pennicott"),
                ("Also present:", "Cllr Hugo Brenchley (Leader of the Opposition)"),
                ("Officers:", "Annabel Sherwood, Assistant Director (Housing); Kieran Blythe, Service Manager (Property); Marion Odell, Committee Services Officer")],
    items=[
        item("42.", "Declarations of Interest", ["There were no declarations of interest."]),
        item("43.", "Minutes", ["The minutes of the meeting held on 6 November 2023 were signed by the Chair."]),
        item("44.", "Damp, Mould and Condensation Policy", [
            "The Cabinet received the new Damp, Mould and Condensation Policy for the council's 5,800 homes. The Assistant Director (Housing) said that since January 2023 the council had received 1,034 reports of damp or mould, and that 96 per cent had been inspected within the target of 14 days.",
            "Under the policy, every home where damp was reported would be revisited six months after the repair to check that the problem had not returned. Tenants would be offered a free hygrometer and advice on ventilation.",
            "Cllr Brenchley asked whether the tower blocks at Christianfields would need new ventilation systems. The Assistant Director said that a ventilation specialist had inspected two of the blocks, but that she could not yet say whether new systems would be needed or what they would cost, as the specialist's report had not been received.",
            "Resolved that the Damp, Mould and Condensation Policy be adopted.",
        ]),
        item("45.", "Gravesend Town Pier: Pontoon Lease", [
            "The Service Manager (Property) reported that the pontoon at Gravesend Town Pier was used by the ferry to Tilbury and by visiting passenger boats. A new lease of the pontoon would be granted to Thames Riverlink Boats Limited for ten years, at a rent of £14,500 a year.",
            "Cllr Ashdown asked whether the ferry timetable would be protected. The Service Manager replied that the lease required the operator to run at least 30 crossings a day on weekdays.",
            "Resolved that the lease be granted on the terms set out in the exempt appendix.",
        ]),
        item("46.", "Christmas Parking in Gravesend Town Centre", [
            "The Cabinet agreed that parking in the council's town centre car parks would be free after 3pm on the four Saturdays before Christmas, at an estimated cost of £9,200 in lost income.",
        ]),
        item("47.", "Exclusion of the Public and Press", ["Resolved that the public and press be excluded for the exempt appendix to minute 45."]),
    ],
    closing=["The meeting ended at 8.22 pm."],
    header="Cabinet - 04.12.2023", footer=["Gravesham Borough Council", "Page {n} of {total}"],
)

# --------------------------------------------------------------------------- 14 Mid Sussex (pdf-minutes)
doc(
    name="MSDC_Scrutiny_Committee_Minutes_2024-01-17", form="pdf-minutes",
    council="Mid Sussex District Council", stated="yes",
    committee="Scrutiny Committee for Community, Customer Services and Service Delivery", date="2024-01-17",
    pdf_title="Scrutiny Committee minutes 17 January 2024", pdf_author="Mid Sussex District Council",
    title_lines=["Minutes of a meeting of the Scrutiny Committee for Community, Customer Services and Service Delivery",
                 "held on Wednesday, 17th January, 2024 from 7.00 pm to 9.12 pm",
                 "Mid Sussex District Council"],
    attendance=[("Present:", "Councillors Alastair Wenham (Chair), Pippa Fordyce (Vice-Chair), Colin Bexley, Miriam Thistlewood, Declan Hartfield, Ursula Penhallow and Graham Soames"),
                ("Also present:", "Councillor Eleanor Redwood, Cabinet Member for Environment and Climate Change")],
    items=[
        item("1", "TO NOTE SUBSTITUTES", ["None."]),
        item("2", "TO RECEIVE APOLOGIES FOR ABSENCE", ["Apologies were received from Councillor Barnaby Wicks."]),
        item("3", "CAR PARKING STRATEGY AND CHARGES REVIEW", [
            "The Head of Regulatory Services, Mrs Gwendolyn Attree, introduced the report, which reviewed parking in the district's car parks in Haywards Heath, Burgess Hill and East Grinstead. Income from parking had recovered to 91 per cent of its level before the pandemic.",
            "The report proposed that the charge for up to two hours in Haywards Heath and Burgess Hill rise from £2.00 to £2.40 from April 2024, and that charges in East Grinstead remain unchanged while works take place on the town centre.",
            "Members discussed East Grinstead at length. Councillor Hartfield said that traders in the High Street and London Road were concerned about the closure of part of the King Street car park for resurfacing, and that shoppers were finding it hard to park on Saturdays. Councillor Penhallow said that the signs directing visitors to the Chequer Mead car park were poor and that many visitors did not know it existed. Mrs Attree replied that new signs would be installed on the A22 and that the King Street works would be completed before Easter.",
            "Councillor Thistlewood asked whether cashless payment would be compulsory. Mrs Attree said that pay and display machines taking coins would be kept in every car park, alongside the app.",
            "Councillor Bexley moved that the Committee recommend Cabinet to introduce free parking after 3pm in all three towns during December. This was seconded by Councillor Soames. On being put to the vote the motion was lost by 3 votes to 4.",
            "RESOLVED that the Committee supports the recommendations in the report and notes the review.",
        ]),
        item("4", "WASTE AND RECYCLING: GARDEN WASTE SERVICE", [
            "The Committee noted that subscriptions to the garden waste service had reached 41,200 households, and that the annual charge would rise from £90 to £96 from April 2024. The collection contractor had missed 0.2 per cent of collections in the last quarter.",
        ]),
        item("5", "QUESTIONS PURSUANT TO COUNCIL PROCEDURE RULE 10.2", ["None."]),
    ],
    closing=["The meeting finished at 9.12 pm", "Chairman"],
    header="Scrutiny Committee for Community, Customer Services and Service Delivery - 17 January 2024",
    footer=["Page {n} of {total}"],
)

# --------------------------------------------------------------------------- 15 Gwynedd (pdf-minutes)
doc(
    name="Gwynedd_Cabinet_Minutes_2023-05-16", form="pdf-minutes",
    council="Gwynedd Council", stated="yes", committee="Cabinet", date="2023-05-16",
    pdf_title="Cabinet 16/05/2023 Minutes", pdf_author="Cyngor Gwynedd",
    title_lines=["GWYNEDD COUNCIL", "CABINET", "Minutes of the meeting held on Tuesday, 16 May 2023",
                 "Siambr Hywel Dda, Council Offices, Caernarfon, and virtually"],
    attendance=[("PRESENT:", "Councillors Elin Prydderch (Chair), Gethin ap Rhys, Menna Tudur-Owen, Ifan Llwyd, Bethan Gwynfor, Aled Corris and Nerys Pennant"),
                ("ALSO IN ATTENDANCE:", "Huw Caradog (Chief Executive), Sian Madoc (Head of Environment Department), Rhodri Eifion (Democratic Services Officer)")],
    items=[
        item("1.", "APOLOGIES", ["None."]),
        item("2.", "DECLARATION OF PERSONAL INTEREST", ["No declarations of personal interest were received."]),
        item("3.", "ELECTRIC VEHICLE CHARGING IN COUNCIL CAR PARKS", [
            "The report was submitted by Councillor Ifan Llwyd, Cabinet Member for Environment. It was explained that the Council had 38 public charge points in its car parks, and that usage had more than doubled in a year.",
            "It was proposed to install 42 further fast chargers in council car parks in Caernarfon, Pwllheli, Dolgellau, Porthmadog, Bala and Tywyn during 2023/24, using £1.26 million from the Welsh Government's Ultra Low Emission Vehicle Transformation Fund. In Pwllheli, where the existing chargers at the Y Maes car park were used on average for 9 hours a day, four rapid chargers would also be installed.",
            "A member asked why the rural areas of Llŷn and Meirionnydd were not receiving more. The Head of Environment Department explained that a second phase in 2024/25 would focus on villages, working with community councils to find sites in village halls and community car parks.",
            "DECISION: To approve the programme to install 42 electric vehicle charge points in council car parks.",
        ]),
        item("4.", "COUNCIL TAX PREMIUM ON SECOND HOMES AND LONG TERM EMPTY PROPERTIES", [
            "The report was submitted by Councillor Menna Tudur-Owen, Cabinet Member for Finance. The Cabinet considered the results of the annual review of the premium. There were 4,980 second homes in Gwynedd subject to the premium.",
            "The Cabinet Member said that the premium had raised £11.2 million in 2022/23, which had been used to support the Council's housing action plan, including buying homes for local people to rent.",
            "DECISION: To recommend to the full Council that the premium on second homes remains at its current level for 2024/25.",
        ]),
        item("5.", "PORTHMADOG HARBOUR: DREDGING", [
            "The Cabinet agreed to spend £380,000 on dredging the channel at Porthmadog harbour in the winter of 2023/24, to be carried out by Afon Marine Services Limited. Silt would be taken to a licensed site at sea.",
        ]),
    ],
    closing=["The meeting commenced at 1.00 pm and concluded at 2.40 pm.", "CHAIR"],
    header="CABINET 16/05/23", footer=["Page {n}", "Cyngor Gwynedd / Gwynedd Council"],
)

# --------------------------------------------------------------------------- 16 Mendip (pdf-minutes, 2022)
doc(
    name="Mendip_Planning_Board_Minutes_14Sep2022", form="pdf-minutes",
    council="Mendip District Council", stated="yes", committee="Planning Board", date="2022-09-14",
    pdf_title="Planning Board Minutes 14 September 2022", pdf_author="Mendip District Council",
    title_lines=["Mendip District Council", "Minutes of the Planning Board",
                 "Held at 6.00 pm on Wednesday 14 September 2022, Council Chamber, Cannards Grave Road, Shepton Mallet"],
    attendance=[("Board Members present:", "Cllr Penelope Raikes (Chair), Cllr Gordon Feltham (Vice Chair), Cllr Anthea Mowbray, Cllr Stephen Drinkwater, Cllr Lucy Marchbank, Cllr Nigel Eastcott, Cllr Rosa Templeman and Cllr Joseph Inchbold"),
                ("Officers present:", "Helena Stroud (Planning Development Manager), Aaron Fielding (Senior Planning Officer), Celia Moss (Solicitor)")],
    items=[
        item("PB 48/22", "Apologies", ["Apologies were received from Cllr Marjorie Pettigrew."]),
        item("PB 49/22", "Phosphates and the Somerset Levels and Moors Ramsar Site", [
            "The Planning Development Manager gave an update on the effect of the advice from Natural England on phosphates in the Somerset Levels and Moors Ramsar site. Since August 2020, decisions on 1,290 homes in Mendip had been held up because the developments could not show that they would not add phosphates to the rivers.",
            "The Council, with neighbouring Somerset councils, had agreed to commission a joint study of phosphate mitigation across the catchment, including wetlands and fallowing of farmland. The consultants would be appointed in October 2022 and the study is expected to report in the spring of 2023.",
            "In the meantime, the Council had bought phosphate credits from a wetland scheme at Coxley to allow 85 homes to be approved. Cllr Drinkwater asked who paid for the credits. The Planning Development Manager said that developers would buy the credits from the Council at £3,400 per home, so the cost would be recovered in full.",
        ]),
        item("PB 50/22", "2022/1456/FUL: Land off Bath Road, Frome", [
            "Erection of 36 dwellings with access from Bath Road. The Senior Planning Officer said the application used 30 of the Coxley phosphate credits. Of the 36 homes, 11 would be affordable.",
            "A resident of Innox Hill spoke against the application, saying that traffic on Bath Road was already heavy at school times. Somerset County Council as highway authority had raised no objection.",
            "Cllr Feltham proposed and Cllr Marchbank seconded that the application be approved as recommended. On being put to the vote, the application was APPROVED by 6 votes to 2.",
        ]),
        item("PB 51/22", "2022/0987/FUL: The Old Tannery, Glastonbury", [
            "Conversion of the former tannery buildings to 8 flats. Cllr Inchbold proposed refusal on the grounds that the design did not respect the conservation area. This was seconded by Cllr Templeman. On being put to the vote the proposal was carried by 5 votes to 3 and the application was REFUSED.",
        ]),
        item("PB 52/22", "Appeals", ["The Board noted two appeal decisions, both dismissed."]),
    ],
    closing=["The meeting closed at 8.05 pm", "Chair ..................................."],
    header="Planning Board - 14 September 2022", header_right="Mendip District Council",
    footer=["Page {n} of {total}"],
)

# --------------------------------------------------------------------------- 17 Rushmoor (pdf-pack)
doc(
    name="Rushmoor_Cabinet_Pack_2024-02-13", form="pdf-pack",
    council="Rushmoor Borough Council", stated="yes", committee="Cabinet", date="2024-02-13",
    pdf_title="Cabinet Public Document Pack", pdf_author="Rushmoor Borough Council",
    cover=["CABINET", "Rushmoor Borough Council", "Tuesday, 13th February, 2024 at 7.00 pm",
           "Concert Hall, Council Offices, Farnborough Road, Farnborough, GU14 7JU"],
    cover_body=["To: The Members of the Cabinet: Councillor Graham Lettington (Leader), Councillor Sophie Brannigan, Councillor Amir Kazemi, Councillor Dorothy Fenwick and Councillor Patrick Oyelaran.",
                "Enquiries regarding this agenda should be referred to Caroline Westbury, Democracy Officer, 01252 398827.",
                "Paul Harrowgate, Chief Executive"],
    agenda=[("1", "DECLARATIONS OF INTEREST"),
            ("2", "MINUTES ({minutes}) To confirm the Minutes of the meeting held on 16th January, 2024."),
            ("3", "PUBLIC ELECTRIC VEHICLE CHARGING STRATEGY ({report}) To consider Report No. ACE2406."),
            ("4", "EXCLUSION OF THE PUBLIC")],
    marks=["Agenda Item 2", "Agenda Item 3"],
    prev_title_lines=["CABINET", "Meeting held on Tuesday, 16th January, 2024 at the Council Offices, Farnborough at 7.00 pm.",
                      "Voting Members: Cllr Graham Lettington (Chairman), Cllr Sophie Brannigan, Cllr Amir Kazemi, Cllr Dorothy Fenwick, Cllr Patrick Oyelaran"],
    prev_items=[
        item("61.", "ALDERSHOT LIDO: 2024 SEASON", [
            "The Cabinet considered Report No. OS2402 on the 2024 season at Aldershot Lido. The operator had asked for a subsidy of £145,000 for the season, compared with £120,000 in 2023, because of higher energy costs. Cllr Fenwick asked whether the opening dates would change. The Head of Operational Services, Mr Benedict Carwardine, replied that the lido would open on 25 May and close on 8 September 2024.",
            "The Cabinet RESOLVED that the subsidy of £145,000 for the 2024 season be approved.",
        ]),
        item("62.", "FARNBOROUGH CIVIC QUARTER: LEISURE CENTRE", [
            "The Cabinet noted progress on the new leisure centre in the Farnborough Civic Quarter. The contractor had been appointed and the building was due to open in autumn 2026. Cllr Oyelaran asked about the pool sizes. Mr Carwardine replied that there would be an eight lane 25 metre pool and a learner pool.",
        ]),
        item("63.", "COUNCIL TAX SUPPORT SCHEME 2024/25", ["The Cabinet recommended that the Council keep the current Council Tax Support scheme unchanged for 2024/25."]),
    ],
    report={
        "title_lines": ["CABINET", "COUNCILLOR DOROTHY FENWICK, CLIMATE CHANGE AND SUSTAINABILITY PORTFOLIO HOLDER", "REPORT NO. ACE2406"],
        "cover": [("KEY DECISION", "YES"), ("DATE", "13 FEBRUARY 2024"),
                  ("SUBJECT", "Public Electric Vehicle Charging Strategy 2024-2030"),
                  ("Report author", "Yasmin Holroyd, Climate Change Officer")],
        "sections": [
            {"title": "1. INTRODUCTION", "body": ["1.1 This report seeks approval of a strategy for public electric vehicle charging in Aldershot and Farnborough up to 2030. There are 48 public charge points in Rushmoor at present, of which 20 are in council car parks."]},
            {"title": "2. BACKGROUND", "body": [
                "2.1 Hampshire County Council estimates that 14,000 electric vehicles will be registered in Rushmoor by 2030. About 35 per cent of homes in the borough have no off-street parking, rising to over half in the terraced streets of North Town and Aldershot Park.",
                "2.2 A survey of residents in autumn 2023 received 1,120 replies. Of those who expected to buy an electric car within five years, 61 per cent said they would need a public charge point near their home."]},
            {"title": "3. PROPOSALS", "body": [
                "3.1 The strategy proposes 180 new public charge points by 2030: 80 in council car parks, including the High Street multi storey car park in Aldershot and the Pinehurst car park in Farnborough, and 100 on residential streets.",
                "3.2 The charge points in council car parks would be installed by a private operator under a concession, with the council receiving a share of the income. The operator has not yet been chosen; a procurement will begin in March 2024 and the share of income the council will receive will depend on the bids received."]},
            {"title": "4. FINANCIAL IMPLICATIONS", "body": ["4.1 The council's contribution is limited to officer time and the cost of the procurement, estimated at £25,000, which will be met from the Climate Change reserve."]},
            {"title": "5. RECOMMENDATIONS", "body": ["5.1 The Cabinet is recommended to approve the Public Electric Vehicle Charging Strategy 2024-2030 and to authorise the procurement of a charge point operator."]},
        ],
    },
    footer=["Page {n}"], number_offset=1,
)

# --------------------------------------------------------------------------- 18 Ashfield (pdf-pack)
doc(
    name="Ashfield_Cabinet_Agenda_Pack_11March2024", form="pdf-pack",
    council="Ashfield District Council", stated="yes", committee="Cabinet", date="2024-03-11",
    pdf_title="Agenda Pack Cabinet 11/03/2024", pdf_author="Ashfield District Council",
    cover=["Cabinet", "Ashfield District Council", "Monday, 11 March 2024 at 10.00 am",
           "Council Chamber, Council Offices, Urban Road, Kirkby-in-Ashfield"],
    cover_body=["Dear Councillor, you are hereby summoned to attend a meeting of the Cabinet to be held at the date, time and place shown above.",
                "Membership: Councillor Howard Rookwood (Chairman), Councillor Paula Whitmarsh (Vice-Chairman), Councillors Desmond Pargeter, Lorraine Skelding, Wesley Crookes and Farah Iqbal.",
                "For any further information please contact Lynn Dearden, Democratic Services, 01623 457316."],
    agenda=[("1.", "Declarations of Disclosable Pecuniary or Non Disclosable Pecuniary/Other Interests."),
            ("2.", "To receive and approve as a correct record the minutes of a meeting of the Cabinet held on 5 February 2024. ({minutes})"),
            ("3.", "Parks and Play Improvement Programme 2024/25. ({report})"),
            ("4.", "Exclusion of the Press and Public.")],
    marks=["Agenda Item 2", "Agenda Item 3"],
    prev_title_lines=["CABINET", "Meeting held in the Council Chamber, Council Offices, Urban Road, Kirkby-in-Ashfield,",
                      "on Monday, 5th February, 2024 at 10.00 am"],
    prev_items=[
        item("CA.51", "Sutton Town Centre: Market Place Improvements", [
            "The Cabinet considered the scheme to repave Sutton Market Place and add seating, trees and a performance space, funded by the Towns Fund. The contract had been awarded to Hollinwell Construction Limited at a cost of £2.96 million.",
            "Councillor Crookes asked whether the market would continue during the works. The Assistant Director for Place, Mr Gregory Thwaite, said the market would move to Portland Square for about 16 weeks and that traders would pay no rent while it was there.",
            "RESOLVED that the report be noted.",
        ]),
        item("CA.52", "Empty Homes Enforcement", [
            "The Cabinet agreed to use compulsory purchase powers, if necessary, on three homes in Stanton Hill and Huthwaite that had been empty for more than ten years.",
            "RESOLVED that the Director of Housing be authorised to make the compulsory purchase orders.",
        ]),
    ],
    report={
        "title_lines": ["Report To: CABINET", "Date: 11th MARCH 2024",
                        "Heading: PARKS AND PLAY IMPROVEMENT PROGRAMME 2024/25"],
        "cover": [("Executive Lead Member:", "Councillor Lorraine Skelding, Executive Lead Member for Parks, Leisure and Culture"),
                  ("Ward/s:", "Various"), ("Key Decision:", "Yes"), ("Subject to Call-In:", "Yes")],
        "sections": [
            {"title": "Purpose of the Report", "body": ["To seek approval for the 2024/25 programme of improvements to parks and play areas across the district, including the replacement of play equipment at Titchfield Park in Hucknall and Kingsway Park in Kirkby."]},
            {"title": "Recommendations", "body": ["That Cabinet approves the Parks and Play Improvement Programme 2024/25 at a cost of £1.42 million, and delegates the choice of designs to the Executive Lead Member for Parks, Leisure and Culture."]},
            {"title": "Reasons for Recommendation", "body": ["The district has 71 play areas. The annual safety inspection in 2023 rated 12 of them as poor, mainly because of worn timber equipment installed in the early 2000s."]},
            {"title": "Detailed Information", "body": [
                "Titchfield Park is the district's busiest park and hosts the Hucknall summer festival. The play area there was last replaced in 2004. The new play area will have separate areas for toddlers and older children, a zip wire, a sensory garden and seating for parents, and it will be about a third larger than the present one. The design will be chosen after consultation with Hucknall schools and the Friends of Titchfield Park, who have raised £18,000 towards it.",
                "Kingsway Park in Kirkby will receive new equipment for older children and teenagers, including a parkour trail and a shelter, in response to a petition signed by 640 young people.",
                "Smaller improvements, such as new bins, benches and surfacing, will be made at eight further play areas in Selston, Jacksdale, Underwood and Sutton.",
                "The programme will be funded by £820,000 of section 106 contributions, a grant of £250,000 from the Trent Landfill Communities Trust for Titchfield Park, and £350,000 from the Council's capital programme."]},
            {"title": "Implications", "body": ["Corporate Plan: The programme supports the Council's priority of a cleaner and greener Ashfield. Legal: The works will be procured in line with the Council's Contract Procedure Rules."]},
        ],
    },
    footer=["Page {n}"], number_offset=1,
)

# --------------------------------------------------------------------------- 19 Plymouth (pdf-pack)
doc(
    name="Plymouth_Cabinet_Agenda_Pack_08Jan2024", form="pdf-pack",
    council="Plymouth City Council", stated="yes", committee="Cabinet", date="2024-01-08",
    pdf_title="(Public Pack)Agenda Document for Cabinet, 08/01/2024 14:00", pdf_author="Plymouth City Council",
    cover=["Cabinet", "Plymouth City Council", "Date: Monday 8 January 2024, Time: 2.00 pm",
           "Venue: Warspite Room, Council House, Plymouth"],
    cover_body=["Members: Councillor Marianne Loveridge (Chair), Councillor Elliot Penwarden (Vice Chair), Councillors Bridget Carthew, Lamin Sesay, Harriet Polglase and Jonah Treleaven.",
                "Please contact Fenella Yelland, Democratic Advisor, 01752 398261.",
                "Tracey Lushington, Chief Executive"],
    agenda=[("1.", "Apologies"), ("2.", "Declarations of Interest"),
            ("3.", "Minutes ({minutes}) To sign and confirm as a correct record the minutes of the meeting held on 11 December 2023."),
            ("4.", "Plymouth Hoe Foreshore and Tinside: Improvement Plan ({report})")],
    marks=["Agenda Item 3", "Agenda Item 4"],
    prev_title_lines=["Cabinet", "Monday 11 December 2023", "PRESENT: Councillor Loveridge, in the Chair. Councillor Penwarden, Vice Chair. Councillors Carthew, Sesay, Polglase and Treleaven."],
    prev_items=[
        item("88.", "Plymouth Market: Roof Repairs", [
            "Councillor Polglase introduced the report on the roof of Plymouth's covered market in Frankfort Gate. The repairs would cost £1.6 million. Councillor Treleaven asked whether traders would have to close. Councillor Polglase replied that the work would be done at night so that traders could stay open throughout.",
            "Cabinet agreed the capital budget for the roof repairs.",
        ]),
        item("89.", "Street Trees", [
            "Cabinet noted that 2,400 trees would be planted in streets and parks this winter, with priority for wards with the least tree cover, such as Stonehouse and Devonport.",
        ]),
    ],
    report={
        "title_lines": ["PLYMOUTH CITY COUNCIL", "Cabinet", "Plymouth Hoe Foreshore and Tinside: Improvement Plan"],
        "cover": [("Date of meeting:", "08 January 2024"), ("Title of Report:", "Plymouth Hoe Foreshore and Tinside: Improvement Plan"),
                  ("Lead Member:", "Councillor Harriet Polglase (Cabinet Member for Culture and Leisure)"),
                  ("Lead Strategic Director:", "Anthony Crewes (Strategic Director for Place)")],
        "sections": [
            {"title": "Purpose of Report", "body": ["This report sets out a plan for the Hoe foreshore from West Hoe to Tinside Lido, including repairs to the sea walls, new changing facilities and lifeguard cover on the bathing beaches."]},
            {"title": "Recommendations and Reasons", "body": ["1. That Cabinet approves the Hoe Foreshore Improvement Plan at a cost of £3.8 million. Reason: the sea walls and steps below Madeira Road are in poor condition, and the bathing platforms need repair."]},
            {"title": "1. Background", "body": [
                "1.1 Tinside Lido had 71,500 visits in the 2023 season, its best season since it reopened. Mount Wise Pools in Devonport were open for the same season but were affected by a pump failure in August.",
                "1.2 An engineer's inspection of the foreshore in June 2023 found cracking and loss of mortar in the sea walls at West Hoe, and found that two sets of steps to the bathing platforms below Madeira Road were unsafe. Those steps were closed in July 2023."]},
            {"title": "2. Proposals", "body": [
                "2.1 The sea walls at West Hoe will be repointed and strengthened, and the two closed sets of steps will be rebuilt. New accessible changing rooms and showers will be built next to the Tinside Lido entrance.",
                "2.2 Lifeguard cover on the beaches at West Hoe and below the Hoe will be extended from weekends only to every day from late May to the middle of September, provided by Sound Lifeguard Services under a three year agreement at £96,000 a year."]},
            {"title": "3. Financial Implications", "body": ["3.1 The capital cost of £3.8 million will be met from the Council's capital programme (£2.6 million) and a grant of £1.2 million from the Coastal Communities Fund. The lifeguard agreement will be paid from the Culture and Leisure revenue budget."]},
        ],
    },
    footer=["Page {n}"], number_offset=1,
)

# --------------------------------------------------------------------------- 20 Broadland (docx-report)
doc(
    name="Broadland_Cabinet_Report_Nutrient_Neutrality", form="docx-report",
    council="Broadland District Council", stated="yes", committee="Cabinet", date="2023-11-14",
    docx_author="Broadland District Council",
    letterhead=["Broadland District Council", "Horizon Centre, Peachman Way, Broadland Business Park, Norwich NR7 0WF"],
    report=report(["Nutrient Neutrality: Mitigation Credits Scheme", "Cabinet", "14 November 2023"],
                 [("Report Author(s):", "Jocelyn Ransome, Senior Planning Policy Officer, 01603 430614"),
                  ("Portfolio:", "Planning"),
                  ("Ward(s) Affected:", "All wards in the catchments of the River Wensum and the Broads"),
                  ("Purpose of the Report:", "To agree the setting up of a nutrient mitigation credits scheme so that housing held up by nutrient neutrality can be approved."),
                  ("Recommendations:", "1. That Cabinet agrees to set up the Broadland nutrient credits scheme. 2. That Cabinet approves consultation on the charging schedule.")],
                 [("1. Summary", [
                     "1.1 Since March 2022, Natural England has advised that new homes in the catchments of the River Wensum and the Broads must not add nitrogen or phosphorus to those protected sites. As a result, planning decisions on about 2,700 homes in Broadland have been delayed.",
                     "1.2 This report proposes that the Council, working with Wensum Valley Credits Limited, set up a scheme to sell nutrient credits to developers, based on upgrading private sewage works and creating wetlands."]),
                  ("2. Background", [
                     "2.1 The worst affected areas are around Aylsham, Reepham and the villages north of Norwich. The growth areas at Sprowston and Rackheath drain to the Whitlingham sewage works, which discharges below the protected sites, and are not affected.",
                     "2.2 Small builders have told the Council that the delay has put them at risk. Three small firms in the district have stopped building in the last year."]),
                  ("3. Proposal", [
                     "3.1 The first wetland will be built on 12 hectares of farmland near Reepham and will create credits for about 450 homes. The landowner will receive an annual payment for 80 years, secured by a legal agreement.",
                     "3.2 Developers will pay for the credits they need, so the scheme is expected to cover its own costs. The Council will lend up to £1.5 million from its reserves to pay for the first wetland, to be repaid from credit sales within five years.",
                     "3.3 A public consultation on the charging schedule, including the price per credit, will run from 1 December 2023 to 26 January 2024. The responses will be reported to Cabinet in March 2024 before the price is fixed."]),
                  ("4. Risks", [
                     "4.1 If fewer homes are built than expected, credit sales would be slower and the loan would take longer to repay. Officers consider this risk acceptable given the number of applications waiting."]),
                  ("5. Recommendations", [
                     "5.1 That Cabinet agrees to set up the Broadland nutrient credits scheme with Wensum Valley Credits Limited and approves a loan of up to £1.5 million from reserves.",
                     "5.2 That Cabinet approves the consultation on the charging schedule."]),
                  ("Background Papers", ["None."])]),
    header="Broadland District Council - Cabinet - 14 November 2023", footer=["Agenda Item 9"],
)

# --------------------------------------------------------------------------- 21 Dartmoor (docx-report)
doc(
    name="DNPA_Authority_Report_NPA-24-07_Visitor_Parking", form="docx-report",
    council="Dartmoor National Park Authority", stated="yes", committee="Authority", date="2024-03-01",
    docx_author="Dartmoor National Park Authority",
    letterhead=["Dartmoor National Park Authority", "Parke, Bovey Tracey, Newton Abbot, Devon TQ13 9JQ"],
    report=report(["NPA/24/07", "Dartmoor National Park Authority", "1 March 2024"],
                  [("Report of:", "Director of Conservation and Communities"),
                   ("Title:", "Visitor Car Parks and Sustainable Transport"),
                   ("Recommendation:", "That Members approve the introduction of parking charges at three Authority car parks from 1 April 2025 and the use of the income set out in section 5.")],
                  [("1 Introduction", [
                      "1.1 The Authority owns or manages 22 car parks across the National Park, none of which currently charges for parking. Visitor numbers at the busiest sites have risen since 2020, and on summer weekends the car parks at Haytor, Postbridge and Princetown are often full by 10am, with cars parked on verges and common land.",
                      "1.2 This report proposes that charges be introduced at those three car parks, and that the income be used to maintain the car parks and to support bus services to the moor."]),
                   ("2 Survey of Visitors", [
                      "2.1 A survey of 1,860 visitors in the summer of 2023 found that 88 per cent had arrived by car and only 3 per cent by bus. Of those who came by car, 57 per cent said they would consider coming by bus if services ran more often at weekends."]),
                   ("3 Proposed Charges", [
                      "3.1 The proposed charges are £2.50 for up to two hours and £6 for the day. Annual passes at £40 would be offered, and members of the Dartmoor Commoners' Council and residents of parishes within the National Park would park free.",
                      "3.2 Payment would be by card and by app. Mobile signal at Postbridge is weak, and it is not yet known whether card payment machines will work reliably there; a trial machine will be installed in the summer of 2024 before a decision is made."]),
                   ("4 Bus Services", [
                      "4.1 The Haytor Hoppa, which runs from Newton Abbot to Haytor and Widecombe on summer Saturdays, carried 6,100 passengers in 2023. Devon County Council has agreed to contribute £30,000 a year towards the Hoppa if the Authority matches it.",
                      "4.2 It is proposed that the Authority's contribution be met from the parking income, and that the service be extended to run on Sundays from late May to the end of September."]),
                   ("5 Financial Implications", [
                      "5.1 Net income from the charges is estimated at £180,000 a year after the cost of machines, enforcement and maintenance. Of this, £30,000 would support the Haytor Hoppa, £60,000 would go to car park and toilet maintenance, and the rest to the Authority's ranger service."]),
                   ("6 Equality and Sustainability Impacts", [
                      "6.1 Blue Badge holders would park free at all three car parks. The charges are intended to encourage travel by bus and to reduce parking on verges, which damages the moor."])]),
    header="NPA/24/07", footer=["Dartmoor National Park Authority - 1 March 2024", "Page 1"],
)

# --------------------------------------------------------------------------- 22 North East Derbyshire (docx-minutes)
doc(
    name="NEDDC_Cabinet_Minutes_2023-07-27", form="docx-minutes",
    council="North East Derbyshire District Council", stated="yes", committee="Cabinet", date="2023-07-27",
    docx_author="Governance Team",
    title_lines=["North East Derbyshire District Council",
                 "Minutes of a meeting of the Cabinet held at District Council Offices, 2013 Mill Lane, Wingerworth on Thursday 27 July 2023 at 10.00 am"],
    attendance=[("Present:", "Councillor Rowan Hadfield (Leader of the Council) (in the Chair); Councillors Jenna Whitmore, Clive Baslow, Imran Chowdhury, Agnes Tideswell and Barry Pilsley"),
                ("Officers:", "Bernadette Langley (Managing Director), Julian Stroud (Director of Finance and Resources), Kathryn Ogden (Head of Streetscene), Alan Grindlow (Governance Officer)")],
    items=[
        item("CAB/23/24/21", "Apologies for Absence", ["There were no apologies for absence."]),
        item("CAB/23/24/22", "Minutes of Last Meeting", ["The minutes of the meeting held on 22 June 2023 were approved as a correct record."]),
        item("CAB/23/24/23", "Play Area Strategy 2023-2028", [
            "Councillor Tideswell, Portfolio Holder for Environment, presented the new Play Area Strategy. The District Council maintains 47 play areas. A condition audit in the spring had rated 9 of them as poor, most of them in Clay Cross, Holmewood and Killamarsh.",
            "The strategy set a standard that every home should be within a 10 minute walk of an equipped play area. Members discussed the strategy in detail, including the need for play areas for teenagers, shade and seating for parents, and the problems of vandalism at the Eckington and Killamarsh sites. The Head of Streetscene said the Council would work with the police and with Killamarsh Parish Council on a scheme of CCTV and youth outreach at Killamarsh.",
            "Councillor Baslow asked whether the play area at Sharley Park in Clay Cross would be the first to be replaced. The Head of Streetscene replied that Sharley Park would be first, followed by Holmewood recreation ground, because both had been rated poor and had the highest use.",
            "RESOLVED that the Play Area Strategy 2023-2028 be adopted.",
        ]),
        item("CAB/23/24/24", "Dronfield Civic Hall: Heating and Lighting Works", [
            "The Director of Finance and Resources reported that the heating system at Dronfield Civic Hall would be replaced with an air source heat pump and that all lighting would be changed to LED, at a cost of £415,000. Of this, £310,000 would come from the Public Sector Decarbonisation Scheme and the remainder from the Council's capital programme.",
            "Councillor Chowdhury asked how long the hall would be closed. The Director said the works would be done in August 2024 and the hall would be closed for six weeks, with bookings moved to the Peel Centre.",
            "RESOLVED that the works be approved.",
        ]),
        item("CAB/23/24/25", "Council Tax Reduction: Care Leavers", [
            "Cabinet agreed that care leavers living in the district would pay no council tax until their 25th birthday, from 1 April 2024. The cost was estimated at £21,000 a year.",
        ]),
    ],
    closing=["The meeting concluded at 11.20 am."],
    header="Cabinet - 27 July 2023", footer=["North East Derbyshire District Council", "Minutes subject to approval"],
)

# --------------------------------------------------------------------------- 23 Carmarthenshire (docx-minutes)
doc(
    name="CCC_Cabinet_Minutes_2024-04-22", form="docx-minutes",
    council="Carmarthenshire County Council", stated="yes", committee="Cabinet", date="2024-04-22",
    docx_author="Democratic Services Unit",
    title_lines=["CARMARTHENSHIRE COUNTY COUNCIL",
                 "CABINET. MONDAY, 22ND APRIL, 2024. PRESENT: Councillor Dafydd Morgan Rees (Chair)"],
    attendance=[("Councillors:", "Eirlys Bowen, Huw Llewellin, Carys Prothero, Tegwyn Parry, Ffion Gwilym and Alun Meredydd"),
                ("Also in attendance:", "Councillor Rhiannon Waters. The following officers were in attendance: Gareth Penrhys, Chief Executive; Nia Lloyd-Hopkin, Head of Housing; Owain Maddox, Head of Property; Lowri Watkyn, Democratic Services Officer"),
                ("Venue:", "Chamber, County Hall, Carmarthen, SA31 1JP and remotely, 10.00 am - 11.45 am")],
    items=[
        item("1.", "APOLOGIES FOR ABSENCE", ["There were no apologies for absence."]),
        item("2.", "DECLARATIONS OF PERSONAL INTEREST", ["There were no declarations of personal interest."]),
        item("3.", "DAMP AND MOULD IN COUNCIL HOUSING: ANNUAL REPORT", [
            "The Cabinet considered the annual report on damp and mould in the Council's 9,200 homes. In 2023/24 the Council had received 1,380 reports of damp or mould, and 94 per cent of homes had been visited within 10 working days.",
            "The Head of Housing said that a programme of external wall insulation had been completed on 260 homes in the Tyisha ward of Llanelli, and that the number of damp reports from those homes had fallen by 71 per cent compared with the previous year. Insulation works on 140 homes in Carmarthen town were due to begin in the summer.",
            "Councillor Waters asked whether tenants in Ammanford had been visited as quickly as elsewhere. The Head of Housing replied that visits in the Ammanford area had averaged 8 working days, and that the team had been strengthened with two new surveyors based at Ammanford.",
            "UNANIMOUSLY RESOLVED that the annual report be noted and the Damp and Mould Action Plan for 2024/25 be approved.",
        ]),
        item("4.", "PENDINE: MUSEUM OF LAND SPEED AND SANDS CAR PARK", [
            "The Cabinet received an update on the Pendine attractor project. Visitor numbers to the Museum of Land Speed had reached 98,000 in its first full year. The beach car park had been resurfaced and the charge for a day would remain at £5.",
            "Councillor Prothero asked about coach parking. The Head of Property said that eight coach bays would be marked out in the overflow car park before the summer.",
            "RESOLVED that the update be noted.",
        ]),
        item("5.", "LLANELLI TOWN CENTRE: STEPNEY STREET", [
            "It was moved by Councillor Bowen and seconded by Councillor Parry that the Council buy the vacant former department store on Stepney Street for conversion to a health and learning hub, at a price of £1.35 million. The motion was carried.",
            "RESOLVED to acquire the former department store on Stepney Street, Llanelli.",
        ]),
    ],
    closing=["CHAIR", "DATE"],
    header="CABINET - 22/04/2024", footer=["Carmarthenshire County Council / Cyngor Sir Gâr"],
)

# --------------------------------------------------------------------------- 24 Brighton and Hove (txt)
doc(
    name="BHCC_Culture_Tourism_Committee_2023-11-30", form="txt",
    council="Brighton and Hove City Council", stated="yes",
    committee="Culture, Heritage, Sport, Tourism and Economic Development Committee", date="2023-11-30",
    title_lines=["BRIGHTON AND HOVE CITY COUNCIL",
                 "CULTURE, HERITAGE, SPORT, TOURISM AND ECONOMIC DEVELOPMENT COMMITTEE",
                 "4.00pm 30 November 2023",
                 "COUNCIL CHAMBER, HOVE TOWN HALL",
                 "MINUTES"],
    attendance=[("Present:", "Councillor Isadora Finch (Chair), Councillors Marcus Ottery (Deputy Chair), Gemma Sallow, Rafael Ibanez-Croft, Lorna Peasgood, Tobias Whitcombe and Hannah Kettering"),
                ("Officers:", "Jonah Westlake, Head of Seafront; Priscilla Mbatha, Assistant Director for Culture and Tourism; Nathaniel Birch, Democratic Services Officer"),
                ("Apologies:", "Councillor Declan Moorhouse")],
    items=[
        item("PART ONE", "", ["The following items were considered in public."]),
        item("31", "Minutes of the previous meeting", ["31.1 RESOLVED: That the minutes of the meeting held on 21 September 2023 be agreed as a correct record."]),
        item("32", "Seafront Investment Plan 2024 to 2029", [
            "32.1 The Head of Seafront introduced the report, which set out the condition of the seafront from Hove Lagoon to the Marina. He said that 14 of the 38 seafront shelters needed major repair, and that the sea wall below the Kings Road arches had been assessed as in poor condition in a number of places.",
            "32.2 Councillor Sallow asked about the restored section of Madeira Terrace. The Head of Seafront said that the first 30 arches at the western end would reopen in the summer of 2025. A structural survey of the remaining arches towards the Volks Railway station would be carried out from February 2024, and its findings would decide how many further arches could be restored.",
            "32.3 Councillor Whitcombe asked how the plan would be paid for. The Head of Seafront replied that the council would bid for government funding, and that income from the seafront concessions, which had been £2.9 million in 2022/23, would be kept for the seafront.",
            "32.4 RESOLVED: That the Seafront Investment Plan 2024 to 2029 be approved for consultation.",
        ]),
        item("33", "Lifeguard Service 2024", [
            "33.1 The Committee considered the report on the seafront lifeguard service. In the 2023 season lifeguards had carried out 164 rescues and dealt with 2,100 first aid incidents. Lifeguard cover would run daily from 25 May to 8 September 2024 at 14 stations between Hove Lagoon and Black Rock.",
            "33.2 Councillor Ibanez-Croft proposed that cover be extended to the end of September, seconded by Councillor Peasgood. The proposal was not carried, with 3 votes in favour and 4 against.",
            "33.3 RESOLVED: That the lifeguard service for 2024 be agreed as set out in the report.",
        ]),
        item("34", "Brighton Festival and Fringe: Grants", [
            "34.1 The Committee agreed grants of £260,000 to the Brighton Festival and £40,000 to the Brighton Fringe for 2024, unchanged from 2023.",
        ]),
    ],
    closing=["", "The meeting concluded at 6.10pm", "Signed ............................ Chair"],
)
