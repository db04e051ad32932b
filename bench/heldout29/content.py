"""The documents of bench/heldout29: invented business of real UK councils.

Every word of the business, the people, the figures and the firms is invented for this set; the
councils, their towns, parks, roads and buildings are real, and the layouts are heldout5's forms.
make_heldout29.py draws each dict by its `form` with bench/heldout5/make_heldout5.py's renderers;
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


# --------------------------------------------------------------------------- 1 Worthing (mg-meeting)

doc(name="ieListDocuments_CId117_MId3906_Worthing_Cabinet", form="mg-meeting",
    council="Worthing Borough Council", stated="yes", committee="Cabinet", date="2023-11-07",
    site=site("Worthing Borough Council", "https://www.worthing.gov.uk",
              "Worthing Town Hall, Chapel Road, Worthing, BN11 1HA",
              "© Worthing Borough Council 2023",
              menu=["Home", "Your councillors", "Meetings", "Forward plan", "Search documents"]),
    heading="Agenda and minutes: Cabinet - Tuesday, 7th November, 2023 6.30 pm",
    venue="Council Chamber, Worthing Town Hall, Chapel Road, Worthing",
    contact="Democratic Services, 01903 221006",
    items=[
        item("54.", "Declarations of Interest", [
            "Councillor Rita Penhaligon declared a personal interest in item 56 as the holder of a beach hut licence at Goring and took no part in the vote on that item.",
        ]),
        item("55.", "Public Question Time", [
            "Mr Alun Threlfall asked when the glazed shelter on Marine Parade near Splash Point, which had been boarded up since a storm in September, would be usable again.",
            "The Cabinet Member for Environment, Councillor Dominic Fairweather, replied that replacement toughened panels had been ordered from Harcastle Glass Ltd and that the shelter was expected to reopen by the end of January 2024.",
            "Ms Pauline Okonedo asked whether the council would publish the number of people waiting for a beach hut. Councillor Fairweather replied that the figure was in the report for item 56 and would in future be updated on the website every quarter.",
        ]),
        item("56.", "Beach Huts at Goring Greensward and Marine Parade", [
            "The Cabinet considered a report on the demand for beach huts. There were 412 names on the waiting list, and the average wait for a hut on Marine Parade had reached nine years.",
            "The report proposed 38 new beach huts on the eastern end of Goring Greensward, to be built by Shoreline Timber Structures at a cost of £296,000 met from the beach hut reserve. Members noted that the huts would be raised on short piles because of the shingle movement recorded there.",
            "RESOLVED: (1) that the 38 new beach huts be approved; (2) that the annual licence fee for a council beach hut rise from £590 to £640 from 1 April 2024.",
        ]),
        item("57.", "Brooklands Park Lake", [
            "The Cabinet received an update on the lake at Brooklands Park. A bathymetric survey carried out in August by Anglia Aquatic Surveys found silt up to 1.4 metres deep in the northern basin, leaving less than half a metre of open water in places.",
            "Officers advised that removing the silt would need a licence from the Environment Agency, and that the dredged material could be spread on the park's eastern meadow rather than taken off site, saving about £70,000.",
            "RESOLVED: that officers apply for the licence and bring a costed scheme to the Cabinet in spring 2024.",
        ]),
        item("58.", "Worthing Pier Decking", [
            "Councillor Hamid Choudry, Cabinet Member for Regeneration, reported that the timber decking on the southern half of the pier had reached the end of its life. Tenders for the replacement would close on 15 December, and the cost of the works would not be known until they had been evaluated.",
            "The pier would stay open throughout, with sections closed in turn.",
        ]),
        item("59.", "Exclusion of the Press and Public", [
            "There was no exempt business.",
        ]),
    ])


# --------------------------------------------------------------------------- 2 Havant (mg-meeting)

doc(name="ieListDocuments_CId142_MId6218_Havant_Cabinet", form="mg-meeting",
    council="Havant Borough Council", stated="yes", committee="Cabinet", date="2024-01-17",
    site=site("Havant Borough Council", "https://www.havant.gov.uk",
              "Havant Borough Council, Public Service Plaza, Civic Centre Road, Havant, PO9 2AX",
              "Copyright Havant Borough Council"),
    heading="Agenda and minutes: Cabinet - Wednesday, 17th January, 2024 5.00 pm",
    venue="Hurstwood Room, Public Service Plaza, Civic Centre Road, Havant",
    contact="Democratic Services Officer, 023 9244 6231",
    items=[
        item("C41", "Apologies for Absence", [
            "Apologies were received from Councillor Fenella Dray.",
        ]),
        item("C42", "Minutes", [
            "The minutes of the meeting held on 6 December 2023 were agreed as a correct record.",
        ]),
        item("C43", "Questions from Members", [
            "Councillor Owain Saltash asked how many parking fines had been issued at the Beachlands seafront car park over the summer. The Cabinet Lead for Coastal Services, Councillor Lorna Brightwell, replied that 1,146 penalty charge notices had been issued between June and September, most of them for vehicles parked without a valid ticket.",
            "Councillor Saltash asked a supplementary question about residents' permits. Councillor Brightwell replied that a permit scheme for Hayling residents would be considered as part of the parking review in the summer.",
        ]),
        item("C44", "Eastoke Beach Huts", [
            "The Cabinet considered a report on the beach huts at Eastoke, Hayling Island, where 24 huts had been destroyed or washed away in the storms of November 2023.",
            "RESOLVED: that the 24 beach huts lost at Eastoke be replaced before the Easter holidays, on a raised concrete plinth set further back from the shingle, and that licence holders be offered a refund of the months they could not use their huts.",
        ]),
        item("C45", "Seafront Parking Charges 2024/25", [
            "The Cabinet considered the proposed parking charges for the seafront car parks on Hayling Island. At Beachlands the summer day rate would rise from £8.00 to £8.50 and the winter day rate would stay at £4.00.",
            "The proposals did not cover the small car park at Eastoke Corner, which is run by a community trust under its own agreement with the council.",
            "RESOLVED: that the charges be approved from 1 April 2024.",
        ]),
        item("C46", "Emsworth Recreation Ground Pavilion", [
            "The Cabinet agreed to replace the pavilion at Emsworth Recreation Ground, which had been closed since a survey found asbestos in the roof. The new building, with four changing rooms and a kiosk, would be built by Meonbridge Construction for £410,000.",
            "Around two thirds of the cost would come from developer contributions, and the remainder from a Football Foundation grant. The pavilion was expected to open in time for the 2024/25 season.",
        ]),
    ])


# --------------------------------------------------------------------------- 3 Epping Forest (mg-meeting)

doc(name="ieListDocuments_CId160_MId11472_EppingForest_Cabinet", form="mg-meeting",
    council="Epping Forest District Council", stated="yes", committee="Cabinet", date="2023-07-10",
    site=site("Epping Forest District Council", "https://www.eppingforestdc.gov.uk",
              "Civic Offices, 323 High Street, Epping, Essex CM16 4BZ",
              "© 2023 Epping Forest District Council",
              breadcrumb=["Home", "Committees", "Cabinet", "Meeting"]),
    heading="Agenda and minutes: Cabinet - Monday, 10th July, 2023 7.00 pm",
    venue="Council Chamber, Civic Offices, High Street, Epping",
    contact="Democratic Services, democraticservices@eppingforestdc.gov.uk",
    items=[
        item("12.", "Declarations of Interest", [
            "No declarations of interest were made.",
        ]),
        item("13.", "Public Questions", [
            "Mrs Deirdre Vanstone of Loughton asked why the learner pool at Loughton Leisure Centre had been closed on Saturday mornings since May.",
            "The Portfolio Holder for Leisure, Councillor Ravi Mehandru, replied that the operator had been unable to recruit enough lifeguards, and that Saturday lessons would resume on 2 September once six newly trained lifeguards had qualified.",
        ]),
        item("14.", "Leisure Centres: Energy Costs", [
            "The Cabinet considered a report on the energy costs of the district's leisure centres. The gas bill for Waltham Abbey Swimming Pool had risen from £118,000 to £342,000 a year since 2021.",
            "The report recommended that an air source heat pump be installed at Waltham Abbey Swimming Pool, funded by a grant of £1.2 million from the Public Sector Decarbonisation Scheme together with £260,000 from the council's climate reserve.",
            "Councillor Mehandru said that the operator, Lea Valley Active Leisure, would share any savings on the bills with the council for the remaining six years of its contract.",
            "RESOLVED: that the heat pump scheme at Waltham Abbey Swimming Pool be approved.",
        ]),
        item("15.", "Epping High Street Market", [
            "The Cabinet noted a report on the Monday market in Epping High Street. The number of traders had fallen from 41 in 2019 to 26, and the report proposed a free first month for new traders.",
            "Members discussed moving the market to a Saturday. Officers advised that the market charter and the bus routes through the High Street made that impractical this year.",
            "RESOLVED: that the free first month for new traders be introduced from September 2023.",
        ]),
        item("16.", "Roding Valley Recreation Ground Car Park", [
            "The Cabinet agreed to resurface the car park at Roding Valley Recreation Ground and to mark out 12 additional spaces, at a cost of £64,000 from the capital programme.",
        ]),
    ])


# --------------------------------------------------------------------------- 4 Hertsmere (mg-meeting, planning)

doc(name="ieListDocuments_CId153_MId8840_Hertsmere_Planning", form="mg-meeting",
    council="Hertsmere Borough Council", stated="yes", committee="Planning Committee", date="2023-09-14",
    site=site("Hertsmere Borough Council", "https://www.hertsmere.gov.uk",
              "Hertsmere Borough Council, Civic Offices, Elstree Way, Borehamwood, Hertfordshire WD6 1WA",
              "© Hertsmere Borough Council",
              menu=["Home", "Councillors", "Committees", "Meetings", "Decisions", "Petitions"]),
    heading="Agenda and minutes: Planning Committee - Thursday, 14th September, 2023 7.00 pm",
    venue="Council Chamber, Civic Offices, Elstree Way, Borehamwood",
    contact="Committee Services, 020 8207 2277",
    items=[
        item("31", "Minutes of the previous meeting", [
            "The minutes of the meeting held on 10 August 2023 were approved and signed by the Chair.",
        ]),
        item("32", "23/0871/FUL - 112-114 Shenley Road, Borehamwood", [
            "Conversion of the upper floors and a rear extension to form nine flats above the existing shops.",
            "Mr Tobias Renwick spoke against the application on behalf of neighbours in Drayton Road, raising the loss of light to their gardens. The agent, Ms Harriet Quaile, spoke in support.",
            "In answer to a question from Councillor Mireille Doukas, the case officer said that the rear extension had been cut back by two metres since the first submission, and that the daylight assessment showed every neighbouring garden would keep at least two hours of sun on 21 March.",
            "Councillor Gregory Pettifer moved and Councillor Aneesa Rahim seconded that the application be granted. On being put to the vote there were 8 votes for, 2 against and 1 abstention.",
            "RESOLVED: that planning permission be granted subject to the conditions in the report and a legal agreement to make the flats car free.",
        ]),
        item("33", "23/0652/FUL - Land to the rear of 41-59 Darkes Lane, Potters Bar", [
            "Erection of 14 houses with a new access between 49 and 51 Darkes Lane.",
            "Members were concerned that the new access would mean felling three oak trees protected by a tree preservation order.",
            "Councillor Doukas moved refusal and Councillor Pettifer seconded. The motion was carried unanimously.",
            "RESOLVED: that planning permission be refused because the loss of the protected oaks would harm the character of the area.",
        ]),
        item("34", "23/1044/HSE - 7 The Avenue, Radlett", [
            "Roof extension with two rear dormers and a front rooflight.",
            "RESOLVED: that planning permission be granted subject to the conditions in the report.",
        ]),
        item("35", "23/0990/FUL - 28 High Street, Bushey", [
            "Change of use of the former bank to a restaurant with a kitchen extract flue at the rear.",
            "Members asked to see the rear yard before deciding, because of the flats in the converted stables behind it.",
            "RESOLVED: that the application be deferred for a site visit.",
        ]),
    ])


# --------------------------------------------------------------------------- 5 Spelthorne (mg-meeting)

doc(name="ieListDocuments_CId131_MId4417_Spelthorne_CPRC", form="mg-meeting",
    council="Spelthorne Borough Council", stated="yes", committee="Corporate Policy and Resources Committee",
    date="2023-03-27",
    site=site("Spelthorne Borough Council", "https://www.spelthorne.gov.uk",
              "Council Offices, Knowle Green, Staines-upon-Thames TW18 1XB",
              "Spelthorne Borough Council 2023"),
    heading="Agenda and minutes: Corporate Policy and Resources Committee - Monday, 27th March, 2023 7.00 pm",
    venue="Council Chamber, Knowle Green, Staines-upon-Thames",
    contact="Committee Manager, 01784 446240",
    items=[
        item("94/23", "Disclosures of Interest", [
            "There were none.",
        ]),
        item("95/23", "Questions from Members of the Public", [
            "Mr Kwabena Osei of Shepperton asked why the public defibrillator outside Shepperton library had been out of use for a month.",
            "The Chair replied that the unit had been vandalised in February, that a replacement cabinet with a stronger lock had been fitted on 20 March, and that it was now working again.",
        ]),
        item("96/23", "Community Defibrillators", [
            "The Committee considered a report proposing eight more public access defibrillators across the borough, at community centres and sports grounds in Ashford, Sunbury, Stanwell and Staines.",
            "The units would be bought with £19,200 from the Community Infrastructure Levy neighbourhood fund, and the ambulance trust would register each one so that 999 callers could be directed to it.",
            "RESOLVED: that the eight defibrillators be approved.",
        ]),
        item("97/23", "Lammas Park Pavilion Café", [
            "The Committee considered the future of the café in the pavilion at Lammas Park, Staines, whose operator had given notice.",
            "Members agreed that the lease should be marketed again, and that a condition survey of the pavilion roof should be commissioned before any new lease was signed.",
            "RESOLVED: that the café lease be marketed for a term of up to ten years.",
        ]),
        item("98/23", "Staines Town Centre CCTV", [
            "The Committee noted that the 14 cameras in Staines town centre would be moved onto a fibre network in the summer, at a cost of £86,000, so that images could be watched live from the control room at Knowle Green.",
        ]),
    ])


# --------------------------------------------------------------------------- 6 Bromsgrove (mg-meeting)

doc(name="ieListDocuments_CId109_MId5063_Bromsgrove_Cabinet", form="mg-meeting",
    council="Bromsgrove District Council", stated="yes", committee="Cabinet", date="2023-12-06",
    site=site("Bromsgrove District Council", "https://www.bromsgrove.gov.uk",
              "Bromsgrove District Council, Parkside, Market Street, Bromsgrove, Worcestershire B61 8DA",
              "© Bromsgrove District Council",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Consultations"]),
    heading="Agenda and minutes: Cabinet - Wednesday, 6th December, 2023 6.00 pm",
    venue="Parkside Suite, Parkside, Market Street, Bromsgrove",
    contact="Democratic Services, 01527 64252",
    items=[
        item("58/23", "Apologies", [
            "Apologies were received from Councillor Imogen Haltwhistle.",
        ]),
        item("59/23", "Electric Vehicle Charging in Council Car Parks", [
            "The Cabinet considered a report on charging points for electric vehicles. There were at present four chargers in the district council's car parks, all at Parkside.",
            "The report proposed 22 new charging points in the Recreation Road South, Churchfields and School Drive car parks in Bromsgrove. They would be installed and run by Midlands Voltcharge Ltd under a 15 year concession, at no capital cost to the council, and the council would receive 8 per cent of the income.",
            "Councillor Bernard Eyles asked whether drivers would have to pay for parking as well as charging. The Leader replied that the normal parking tariff would apply while a car was charging.",
            "RESOLVED: that the concession be awarded to Midlands Voltcharge Ltd.",
        ]),
        item("60/23", "Sanders Park Tennis Courts", [
            "The Cabinet noted that the tennis courts at Sanders Park would be closed from January for six weeks while they were resurfaced and new floodlights fitted.",
        ]),
        item("61/23", "Rubery Shopfront Grants", [
            "The Cabinet agreed a scheme of grants of up to £5,000 for shopfront improvements on New Road, Rubery, funded from the UK Shared Prosperity Fund. Twenty traders had already registered an interest.",
        ]),
        item("62/23", "Wythall Flooding Investigation", [
            "The Cabinet received an update on the flooding in Wythall in October. Officers said that the number of homes flooded was still not known, as residents were continuing to report damage, and that Worcestershire County Council would lead the drainage investigation as the lead local flood authority.",
        ]),
    ])


# --------------------------------------------------------------------------- 7 Three Rivers (mg-item)

doc(name="mgAi_ID51928_ThreeRivers_PR", form="mg-item",
    council="Three Rivers District Council", stated="yes", committee="Policy and Resources Committee",
    date="2023-10-16",
    site=site("Three Rivers District Council", "https://www.threerivers.gov.uk",
              "Three Rivers House, Northway, Rickmansworth, Hertfordshire WD3 1RL",
              "© Three Rivers District Council",
              breadcrumb=["Home", "Meetings", "Policy and Resources Committee", "Agenda item"]),
    meeting_line="16/10/2023 - Policy and Resources Committee (Item 42)",
    items=[item("42", "Leisure Centre Energy Savings", intro="Report of the Head of Community Partnerships.", body=[
        "The Committee considered a report on the energy used at the council's two leisure centres, William Penn Leisure Centre in Rickmansworth and South Oxhey Leisure Centre, which together accounted for over half of the council's carbon emissions.",
        "The report proposed 310 solar panels on the flat roof of William Penn Leisure Centre, to be installed by Chiltern Solar Installations for £214,000. The panels were expected to meet about a fifth of the centre's electricity needs and to pay for themselves within eight years.",
        "An energy audit of South Oxhey Leisure Centre would be commissioned in the new year, and a report on its findings would come to the Committee in the summer.",
        "Councillor Priyanka Moorcroft asked whether the roof could carry the weight of the panels. The Head of Community Partnerships replied that a structural engineer had inspected the roof in August and confirmed that it could, once two of the old rooflights had been removed and sealed.",
        "Councillor Desmond Ashworth moved and Councillor Tamsin Goodliffe seconded the recommendations, which were agreed by 11 votes to none, with 2 abstentions.",
        "RESOLVED: that the solar panel scheme at William Penn Leisure Centre be approved and funded from the climate change reserve.",
    ], links=[("Leisure Centre Energy Savings report", "402 KB"), ("Appendix A - Roof structural survey", "1 MB")])])


# --------------------------------------------------------------------------- 8 Redditch (mg-item)

doc(name="mgAi_ID30744_Redditch_Executive", form="mg-item",
    council="Redditch Borough Council", stated="yes", committee="Executive Committee", date="2024-02-13",
    site=site("Redditch Borough Council", "https://www.redditchbc.gov.uk",
              "Redditch Borough Council, Town Hall, Walter Stranz Square, Redditch B98 8AH",
              "© Redditch Borough Council",
              breadcrumb=["Home", "Meetings", "Executive Committee", "Agenda item"]),
    meeting_line="13/02/2024 - Executive Committee (Item 87)",
    items=[item("87.", "Electric Vehicle Charging Strategy", body=[
        "The Executive Committee considered a report on electric vehicle charging. Redditch had 31 public charging points, fewer per head than any other district in Worcestershire, and only three of them were in council car parks.",
        "The report proposed that rapid chargers be installed first in the car parks at the Abbey Stadium and Arrow Valley Country Park visitor centre, with fast chargers to follow in the multi storey car park at the Town Hall.",
        "The chargers would be paid for from the Local Electric Vehicle Infrastructure fund, through Worcestershire County Council, and the council would not have to borrow.",
        "Councillor Gwendolyn Brassington asked what provision would be made for residents in Matchborough and Winyates who had no driveways. The Portfolio Holder for Environmental Services, Councillor Lawrence Pickvance, replied that the county's scheme for chargers built into lamp columns would be extended to those estates in 2025.",
        "RESOLVED: that the strategy be approved and that officers bid for the first phase of funding.",
    ], links=[("Electric Vehicle Charging Strategy", "655 KB")])])


# --------------------------------------------------------------------------- 9 East Hertfordshire (mg-decision)

doc(name="ieDecisionDetails_ID7719_EastHerts_Executive", form="mg-decision",
    council="East Hertfordshire District Council", stated="yes", committee="Executive", date="2023-10-17",
    site=site("East Hertfordshire District Council", "https://www.eastherts.gov.uk",
              "East Herts Council, Wallfields, Pegs Lane, Hertford SG13 8EQ",
              "© East Hertfordshire District Council",
              menu=["Home", "Councillors", "Meetings", "Decisions", "Forward plan", "Contact us"]),
    decision_title="Castle Gardens Footbridge, Bishop's Stortford - Replacement",
    fields=[("Decision Maker:", "Executive"), ("Decision status:", "Recommendations Approved"),
            ("Is Key decision?:", "Yes"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To agree the replacement of the footbridge over the River Stort in Castle Gardens, Bishop's Stortford, which has been closed to the public since June 2022.",
        ]),
        ("Decision:", [
            "The Executive agreed that the contract to design and build a new footbridge be awarded to Lea Crossing Engineering Ltd for £385,000, funded from the capital programme, and that the Head of Operations be authorised to agree the final design with the ward members.",
        ]),
        ("Reasons for the decision:", [
            "The principal inspection of the bridge in 2022 found that corrosion of the steel beams had reduced their load capacity by about a third, and that the bridge could no longer safely carry pedestrians.",
            "The bridge links the town centre with the Grange Paddocks leisure centre and is on the route used by pupils walking to three schools.",
            "The dates when the riverside path will be closed during the works are not yet known, because they depend on when the Environment Agency grants consent for working in the river.",
        ]),
        ("Alternative options considered:", [
            "Repairing the existing bridge was rejected because the repairs would cost about £240,000 and extend its life by only ten years.",
            "Removing the bridge altogether was rejected because the detour would add about 900 metres to the walk between the town centre and the leisure centre.",
        ]),
    ],
    tail=[("Publication date:", "19/10/2023"), ("Date of decision:", "17/10/2023"),
          ("Decided at meeting:", "17/10/2023 - Executive"), ("Effective from:", "27/10/2023")],
    links=[("Castle Gardens Footbridge report", "318 KB")])


# --------------------------------------------------------------------------- 10 Vale of White Horse (mg-decision)

doc(name="ieDecisionDetails_ID2586_Vale_CabinetMember", form="mg-decision",
    council="Vale of White Horse District Council", stated="yes",
    committee="Cabinet Member for Community Health and Wellbeing", date="2023-05-22",
    site=site("Vale of White Horse District Council", "https://www.whitehorsedc.gov.uk",
              "Abbey House, Abbey Close, Abingdon, OX14 3JE",
              "© Vale of White Horse District Council",
              breadcrumb=["Home", "Decisions", "Decision details"]),
    decision_title="Replacement of Play Equipment, Abbey Meadows, Abingdon",
    fields=[("Decision Maker:", "Cabinet Member for Community Health and Wellbeing"),
            ("Decision status:", "Approved"), ("Is Key decision?:", "No"), ("Is subject to call in?:", "Yes")],
    sections=[
        ("Purpose:", [
            "To approve the replacement of the play equipment in the main playground at Abbey Meadows, Abingdon, and the contractor to supply and install it.",
        ]),
        ("Decision:", [
            "To replace the play equipment at Abbey Meadows with new equipment supplied and installed by Cotswold Play Systems Ltd for £148,000, of which £95,000 will come from developer contributions and the rest from the council's play area budget.",
            "The playground will be closed from 4 September 2023 for about ten weeks while the work is carried out.",
        ]),
        ("Reasons for the decision:", [
            "The annual inspection in March found that the climbing frame and the large swings had rotting timber posts and had to be taken out of use.",
            "The design was chosen after 214 children from local primary schools voted between three options, and includes equipment that can be used by children in wheelchairs.",
            "The play area at the Betjeman Millennium Park in Wantage will be looked at next, in the 2024/25 programme.",
        ]),
        ("Alternative options considered:", [
            "Replacing only the condemned items was considered but rejected, as the remaining equipment is more than 20 years old.",
        ]),
    ],
    tail=[("Publication date:", "23/05/2023"), ("Date of decision:", "22/05/2023"),
          ("Effective from:", "01/06/2023")],
    links=[("Abbey Meadows play area decision report", "276 KB")])


# --------------------------------------------------------------------------- 11 West Oxfordshire (pdf-minutes)

doc(name="WODC_Executive_Minutes_2023-09-13", form="pdf-minutes",
    council="West Oxfordshire District Council", stated="yes", committee="Executive", date="2023-09-13",
    pdf_title="Executive minutes 13 September 2023", pdf_author="Democratic Services",
    title_lines=["WEST OXFORDSHIRE DISTRICT COUNCIL",
                 "Minutes of the meeting of the Executive",
                 "Held in the Council Chamber, Council Offices, Woodgreen, Witney, OX28 1NB",
                 "at 2.00 pm on Wednesday, 13 September 2023"],
    attendance=[("PRESENT", "Councillors: Andrea Pocklington (Leader), Matthew Fairbairn, Sunita Greatorex, Colin Hebblewhite, Judith Ainsley and Rhodri Penberthy."),
                ("Officers:", "Chief Executive, Director of Place, Head of Democratic Services.")],
    items=[
        {"num": "EX.34", "title": "Minutes of Previous Meeting", "body": [
            "The minutes of the meeting held on 16 August 2023 were approved as a correct record."]},
        {"num": "EX.35", "title": "Participation of the Public", "body": [
            "Mr Crispin Yelland of Witney asked whether the council would reconsider the removal of the benches on the north side of the Market Square. Councillor Fairbairn replied that the benches had been moved, not removed, to make room for the Thursday market, and that four of them now stood beside the Buttercross."]},
        {"num": "EX.36", "title": "Drinking Water Refill Stations", "body": [
            "The Executive considered a report proposing free drinking water refill stations in Witney Market Square, Chipping Norton Market Place and Carterton town centre, to cut the number of plastic bottles thrown away.",
            "The three stations would cost £36,000 in total, of which £24,000 would be met by a grant from the Oxfordshire Refill Partnership and the rest from the council's climate action budget. The water company would connect them free of charge.",
            "RESOLVED: that the refill stations be installed by March 2024."]},
        {"num": "EX.37", "title": "Coach Parking in Burford", "body": [
            "The Executive considered the problems caused by tourist coaches stopping on the High Street in Burford. Officers proposed a consultation with residents, businesses and coach operators on a dedicated coach drop off point on the edge of the town.",
            "RESOLVED: that the consultation run for six weeks from 2 October 2023 and that its results be reported to the Executive in the new year."]},
        {"num": "EX.38", "title": "Letting of Space at Elmfield", "body": [
            "The Executive agreed that the ground floor of the Elmfield offices on New Yatt Road, Witney, be let to the Cotswold Counselling Trust for five years at a rent of £42,000 a year, as the council's own staff now needed only the upper floors."]},
        {"num": "EX.39", "title": "Woodstock Car Parking", "body": [
            "The Executive noted that the Hensington Road car park in Woodstock had been full on 41 days over the summer and asked officers to look for overflow parking for events at Blenheim."]},
    ],
    closing=["The meeting closed at 3.25 pm.", "CHAIR"],
    header="West Oxfordshire District Council - Executive - 13.09.23",
    footer=["Page {n} of {total}"])


# --------------------------------------------------------------------------- 12 Hinckley and Bosworth (pdf-minutes, planning)

doc(name="HBBC_Planning_Committee_2024-02-06", form="pdf-minutes",
    council="Hinckley and Bosworth Borough Council", stated="yes", committee="Planning Committee",
    date="2024-02-06",
    pdf_title="Planning Committee 6 February 2024 - Minutes", pdf_author="Hinckley and Bosworth Borough Council",
    title_lines=["HINCKLEY AND BOSWORTH BOROUGH COUNCIL",
                 "PLANNING COMMITTEE",
                 "6 FEBRUARY 2024 AT 6.30 PM",
                 "Council Chamber, Hinckley Hub, Rugby Road, Hinckley"],
    attendance=[("PRESENT:", "Councillor Marcus Quenby - Chair; Councillor Helena Spurway - Vice-Chair; Councillors Gareth Allinson, Bhavna Lakhani, Stuart Nettleship, Olwen Priddy, Ranjit Sohal and Lucy Tattersall."),
                ("Officers in attendance:", "Planning Manager, Principal Planning Officer, Legal Adviser, Democratic Services Officer.")],
    items=[
        {"num": "342", "title": "MINUTES OF PREVIOUS MEETING", "body": [
            "It was moved by Councillor Quenby, seconded by Councillor Spurway and RESOLVED that the minutes of the meeting held on 9 January 2024 be confirmed and signed by the Chair."]},
        {"num": "343", "title": "23/00871/OUT - LAND OFF MILL LANE, EARL SHILTON", "body": [
            "Outline application for up to 120 dwellings with public open space and a new access from Mill Lane. The officer reported that 30 of the homes would be affordable, and that the developer would pay £412,000 towards extra places at local primary schools.",
            "A ward councillor asked what would be done about queues at the Mill Lane junction with the A47. The highways officer replied that the developer would pay for a signal controlled junction there, to be in place before the 50th home was occupied.",
            "It was moved by Councillor Allinson and seconded by Councillor Lakhani that permission be granted. Upon being put to the vote the motion was carried by 5 votes to 3.",
            "RESOLVED - permission be granted subject to a section 106 agreement and the conditions in the report."]},
        {"num": "344", "title": "23/01012/FUL - STATION ROAD, MARKET BOSWORTH", "body": [
            "Six holiday lodges on a field to the south of the Ashby Canal.",
            "Members were concerned that the lodges would be visible from the Battlefield Line railway and from the canal towpath, in an area that the local plan kept as open countryside.",
            "It was moved by Councillor Priddy and seconded by Councillor Sohal that permission be refused. The motion was carried unanimously.",
            "RESOLVED - permission be refused because the lodges would harm the open rural landscape around Market Bosworth."]},
        {"num": "345", "title": "23/00955/COU - PINE TREE FARM, DESFORD", "body": [
            "Change of use of a former grain store to a day care centre for up to 40 dogs.",
            "RESOLVED - permission be granted, with a condition limiting the opening hours to 7.00 am to 7.00 pm on weekdays."]},
        {"num": "346", "title": "23/01130/FUL - LUTTERWORTH ROAD, BURBAGE", "body": [
            "Erection of 18 houses with garages on the former nursery site.",
            "The applicant had asked for the application to be deferred so that revised drainage plans could be submitted.",
            "RESOLVED - the application be deferred to a future meeting."]},
    ],
    closing=["(The meeting closed at 8.10 pm)", "CHAIR"],
    header="Planning Committee - 6 February 2024",
    footer=["- {n} -"])


# --------------------------------------------------------------------------- 13 Castle Point (pdf-minutes)

doc(name="CPBC_Cabinet_Minutes_181023", form="pdf-minutes",
    council="Castle Point Borough Council", stated="yes", committee="Cabinet", date="2023-10-18",
    pdf_title="Cabinet Minutes", pdf_author="Castle Point Borough Council",
    logo="Castle Point Borough Council",
    title_lines=["CABINET",
                 "Minutes of the meeting held on Wednesday 18th October 2023 at 7.00pm",
                 "Council Chamber, Council Offices, Kiln Road, Thundersley"],
    attendance=[("Present:", "Councillors Trevor Gatehouse (Leader), Maureen Flinders, Kieran Sowerby, Patricia Ellacott, Nigel Brancombe and Sandra Heppell."),
                ("Apologies:", "Councillor Derek Applegarth.")],
    items=[
        {"num": "41.", "title": "Minutes", "body": [
            "The Minutes of the meeting held on 20th September 2023 were taken as read and signed by the Chairman."]},
        {"num": "42.", "title": "Public Questions", "body": [
            "Mrs Glenys Harbottle asked whether the grass verges on Kiln Road and Rushbottom Lane could be cut more often, as they were overgrown by July.",
            "The Cabinet Member for Environment, Councillor Sowerby, replied that the verges were currently cut six times a year and that this would rise to eight cuts from the 2024 season, paid for by savings on the new mower leases."]},
        {"num": "43.", "title": "Play Area Improvements", "body": [
            "The Cabinet considered a report on the borough's 22 play areas. The report proposed replacing the play equipment at Furtherwick Park, Canvey Island, where several items had been removed after failing safety checks.",
            "The new equipment would be supplied by Estuary Play and Leisure Ltd for £126,000. Of this, £20,000 would be a donation from a local housebuilder, Thames Estuary Homes, and the rest would come from the play area reserve.",
            "Councillor Ellacott asked whether the new play area would have a fence. The Cabinet Member replied that it would be fully fenced with two self closing gates, to keep dogs out.",
            "Resolved: That the replacement of the play equipment at Furtherwick Park be approved."]},
        {"num": "44.", "title": "Thorney Bay Slipway", "body": [
            "The Cabinet was told that the public slipway at Thorney Bay had been closed after a section of concrete broke away. The cost of the repair could not yet be estimated, because divers had not been able to inspect the lower part of the slipway, which is under water except at the lowest tides.",
            "Resolved: That the slipway remain closed until the inspection had been completed."]},
        {"num": "45.", "title": "Hadleigh Town Centre Market", "body": [
            "The Cabinet agreed to a trial monthly craft market on the former library forecourt in Hadleigh, running on the first Saturday of each month from November 2023 to April 2024."]},
    ],
    closing=["Chairman", "The meeting closed at 8.05pm."],
    header="Cabinet - 18th October 2023",
    header_right="Castle Point Borough Council",
    footer=["Page {n}"])


# --------------------------------------------------------------------------- 14 Melton (pdf-minutes)

doc(name="Melton_Cabinet_Minutes_Jan2024", form="pdf-minutes",
    council="Melton Borough Council", stated="yes", committee="Cabinet", date="2024-01-10",
    pdf_title="Minutes - Cabinet", pdf_author="Melton Borough Council",
    title_lines=["Melton Borough Council",
                 "CABINET",
                 "Minutes of a meeting held in the Council Chamber, Parkside, Station Approach, Burton Street, Melton Mowbray",
                 "on WEDNESDAY, 10 JANUARY 2024"],
    attendance=[("Present:", "Councillor Rosalind Tebbutt (Leader, Chair); Councillors Aidan Frisby, Margery Catesby, Julian Oakenshaw and Pritpal Bansal."),
                ("In attendance:", "Councillor Norma Keyworth (Scrutiny Committee Chair).")],
    items=[
        {"num": "CA54", "title": "Apologies for Absence", "body": ["There were none."]},
        {"num": "CA55", "title": "Melton Cattle Market", "body": [
            "The Cabinet considered a report on the future of the council owned cattle market on Scalford Road. Weekly livestock sales had fallen from an average of 2,900 animals a week in 2018 to about 1,800 in 2023, but the Tuesday general market and car boot sales on the site remained popular.",
            "The report proposed a new 20 year lease to the present operator, Wreake Valley Auctioneers, who would invest £600,000 in a new roof over the sale ring and new pens. In return the rent would be held at its present level for the first five years.",
            "Councillor Keyworth, speaking as Scrutiny Chair, asked what would happen to the market if the operator left before the end of the lease. The Leader replied that the lease would allow the council to take the site back and run the market itself, as it had done before 2015.",
            "RESOLVED that the new lease be granted to Wreake Valley Auctioneers on the terms in the report."]},
        {"num": "CA56", "title": "Drinking Water Fountains", "body": [
            "The Cabinet agreed to install two drinking water fountains with bottle refill points, one in Play Close and one at the entrance to Egerton Park, at a cost of £14,500 from the Town Centre Fund. They were expected to be in use by Easter."]},
        {"num": "CA57", "title": "Asfordby Community Hub", "body": [
            "The Cabinet approved a grant of £35,000 towards the refurbishment of the village hall in Asfordby as a community hub with a food bank, a youth club and a room for health clinics.",
            "The parish council would contribute £50,000 and would be responsible for running the hub."]},
        {"num": "CA58", "title": "Council Tax Support Scheme 2024/25", "body": [
            "The Cabinet recommended to Council that the council tax support scheme for working age households remain unchanged for 2024/25, with a maximum award of 85 per cent of the council tax bill."]},
    ],
    closing=["The meeting closed at 7.40 pm", "Chair"],
    header="Cabinet: 10 January 2024",
    footer=["Melton Borough Council", "Page {n} of {total}"])


# --------------------------------------------------------------------------- 15 Rochford (pdf-minutes)

doc(name="RDC_Executive_2023-06-21", form="pdf-minutes",
    council="Rochford District Council", stated="yes", committee="Executive", date="2023-06-21",
    pdf_title="Executive - 21 June 2023", pdf_author="Rochford District Council",
    title_lines=["ROCHFORD DISTRICT COUNCIL",
                 "Minutes of the meeting of the Executive held on 21 June 2023 when there were present:",
                 "Chairman: Cllr Fiona Wenlock"],
    attendance=[("", "Cllr Barnaby Isherwood, Cllr Caroline Threadgold, Cllr Mohammed Rafiq, Cllr Eleanor Swithin, Cllr Patrick Dunmore."),
                ("OFFICERS PRESENT:", "Chief Executive, Strategic Director, Democratic Services Officer.")],
    items=[
        {"num": "1", "title": "MINUTES", "body": [
            "The Minutes of the meeting held on 24 May 2023 were approved as a correct record and signed by the Chairman."]},
        {"num": "2", "title": "QUESTIONS FROM MEMBERS OF THE PUBLIC", "body": [
            "Mr Stanley Fairclough of Hockley asked when the broken lights in the underpass beneath Spa Road would be repaired.",
            "The Portfolio Holder for Environment, Cllr Threadgold, responded that the lights belonged to Essex County Council, which had been asked to replace them with LED fittings, and that the county had promised to do so by the end of July."]},
        {"num": "3", "title": "PUBLIC ACCESS DEFIBRILLATORS", "body": [
            "The Executive considered a report on public access defibrillators. A survey by the district's community safety team had found 37 defibrillators available to the public, but none in Hullbridge within a five minute walk of the riverside.",
            "The report proposed that six new defibrillators be installed, at Hullbridge riverside, Great Wakering Common, the Freight House in Rochford, Rayleigh Mill Hall, Hockley Woods car park and Cherry Orchard Jubilee Country Park, funded by the Rochford District Community Lottery.",
            "Resolved that the six defibrillators be installed and that the council pay for their maintenance for the first five years."]},
        {"num": "4", "title": "ROCHFORD MARKET SQUARE PARKING", "body": [
            "The Executive discussed complaints from traders that short stay parking in the Market Square was taken up by commuters.",
            "Resolved that officers review the parking restrictions in the Market Square over the summer and report back to the Executive in the autumn with recommendations."]},
        {"num": "5", "title": "RAYLEIGH HIGH STREET EVENTS", "body": [
            "The Executive agreed that the council would close Rayleigh High Street to traffic for the Christmas lights switch on, on Saturday 2 December 2023, and for the summer food festival."]},
    ],
    closing=["The meeting closed at 8.15 pm.", "Chairman ....................", "Date ....................."],
    header="Executive - 21 June 2023",
    footer=["- {n} -"])


# --------------------------------------------------------------------------- 16 South Holland (pdf-minutes)

doc(name="SouthHolland_Cabinet_Minutes_2022-11-08", form="pdf-minutes",
    council="South Holland District Council", stated="yes", committee="Cabinet", date="2022-11-08",
    pdf_title="Cabinet 8 November 2022", pdf_author="South Holland District Council",
    title_lines=["SOUTH HOLLAND DISTRICT COUNCIL",
                 "Minutes of a meeting of the CABINET held in the Council Chamber, Council Offices, Priory Road, Spalding",
                 "on Tuesday, 8 November 2022 at 6.30 p.m."],
    attendance=[("PRESENT", "Councillor Harold Pinchbeck (Leader) (Chairman), Councillors Veronica Mowbray, Lionel Gedney, Shauna Whaplode, Terence Cowbit and Dilys Fleet."),
                ("In attendance:", "Councillor Anthony Surfleet.")],
    items=[
        {"num": "52.", "title": "MINUTES", "body": [
            "The minutes of the meeting held on 11 October 2022 were agreed and signed."]},
        {"num": "53.", "title": "QUESTIONS FROM MEMBERS", "body": [
            "Councillor Surfleet asked how many empty homes in the district had been brought back into use in the past year. The Portfolio Holder for Housing, Councillor Gedney, replied that 47 long term empty homes had been brought back into use, nine of them after the council had served enforcement notices.",
            "Councillor Surfleet asked whether the empty homes premium on council tax would be increased. Councillor Gedney replied that this would be considered in the budget in February."]},
        {"num": "54.", "title": "AYSCOUGHFEE HALL GARDENS PLAY AREA", "body": [
            "Consideration was given to the report of the Assistant Director for Leisure, which proposed replacing the play equipment in the play area at Ayscoughfee Hall Gardens, Spalding, installed in 2001.",
            "The new equipment would be designed and installed by Fenland Playscapes Ltd for £92,000, funded from developer contributions held for open space in Spalding. It would include a sensory garden for children with additional needs.",
            "AGREED: That the replacement of the play equipment at Ayscoughfee Hall Gardens be approved."]},
        {"num": "55.", "title": "SPALDING MARKET REVIEW", "body": [
            "The Cabinet considered a review of the markets held in Spalding Market Place. On an average Tuesday there were 28 traders and on an average Saturday 19, compared with 45 and 36 ten years ago.",
            "The review recommended moving the Saturday market into the Sheep Market to make the square feel busier, a new hot food area, and advertising on the council's social media.",
            "Councillor Whaplode said that traders she had spoken to welcomed the hot food area but were worried about the move to the Sheep Market, which had less passing trade.",
            "AGREED: That the recommendations be approved, except that the move to the Sheep Market be trialled for six months before a final decision."]},
        {"num": "56.", "title": "CROWLAND TRINITY BRIDGE", "body": [
            "The Cabinet agreed a contribution of £8,000 towards floodlighting of the Trinity Bridge in Crowland, with the rest of the £21,000 cost met by the town council and the Crowland civic society."]},
    ],
    closing=["(The meeting ended at 7.52 p.m.)"],
    header="Cabinet 8.11.22",
    header_right="South Holland District Council",
    footer=["{n}"])


# --------------------------------------------------------------------------- 17 North West Leicestershire (pdf-pack)

doc(name="NWLDC_Cabinet_Pack_2023-10-24", form="pdf-pack",
    council="North West Leicestershire District Council", stated="yes", committee="Cabinet", date="2023-10-24",
    pdf_title="Agenda - Cabinet 24 October 2023", pdf_author="North West Leicestershire District Council",
    cover=["Cabinet", "North West Leicestershire District Council",
           "TUESDAY, 24 OCTOBER 2023 at 5.00 pm",
           "Council Chamber, Whitwick Road, Coalville"],
    cover_body=["Members of the Cabinet: Councillors Geraint Mellor (Chair), Sophie Ravenstone, Alistair Packington, Bernadette Oakthorpe, Imran Sabir and Clare Heather.",
                "Enquiries to: Democratic Services, 01530 454512",
                "Dated 16 October 2023. Chief Executive"],
    agenda=[("1", "APOLOGIES FOR ABSENCE"),
            ("2", "DECLARATION OF INTERESTS"),
            ("3", "MINUTES: to confirm the minutes of the meeting held on 26 September 2023 ({minutes})"),
            ("4", "PUBLIC QUESTION AND ANSWER SESSION"),
            ("5", "DAMP AND MOULD IN COUNCIL HOMES: report of the Strategic Director of Housing ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["MINUTES of a meeting of the CABINET held in the Council Chamber, Whitwick Road, Coalville on TUESDAY, 26 SEPTEMBER 2023",
                      "Present: Councillor Geraint Mellor (Chair) and Councillors Sophie Ravenstone, Alistair Packington, Bernadette Oakthorpe and Imran Sabir"],
    prev_items=[
        {"num": "27.", "title": "PUBLIC QUESTION AND ANSWER SESSION", "body": [
            "Mrs Beverley Stonehouse of Measham asked why the bus shelter on High Street, Measham had not been replaced since it was hit by a lorry in the spring.",
            "Councillor Packington replied that the shelter belonged to the parish council, which had ordered a new one, and that the district council had offered to pay half of its cost."]},
        {"num": "28.", "title": "COALVILLE MARKET HALL", "body": [
            "The Cabinet agreed that the roof of Coalville Market Hall be repaired by Charnwood Roofing Contractors for £178,000, and that the hall stay open during the work.",
            "RESOLVED THAT the contract be awarded."]},
        {"num": "29.", "title": "KEGWORTH FLOOD ALLEVIATION", "body": [
            "The Cabinet noted that the Environment Agency's flood scheme for Kegworth would start in the spring, and agreed a contribution of £75,000 towards it."]},
    ],
    report={"title_lines": ["NORTH WEST LEICESTERSHIRE DISTRICT COUNCIL", "CABINET - 24 OCTOBER 2023",
                            "DAMP AND MOULD IN COUNCIL HOMES"],
            "cover": [("Presented by", "Councillor Imran Sabir, Housing Portfolio Holder"),
                      ("Background papers", "Tenant survey results, July 2023"),
                      ("Financial implications", "An additional £1.1 million in the housing revenue account over two years."),
                      ("Recommendations", "THAT CABINET APPROVES THE DAMP AND MOULD ACTION PLAN.")],
            "sections": [
                {"title": "1. PURPOSE OF THE REPORT", "body": [
                    "1.1 To set out how the council will find and deal with damp and mould in the 4,200 homes it rents to tenants."]},
                {"title": "2. BACKGROUND", "body": [
                    "2.1 Between April and September 2023 the council received 386 reports of damp and mould from tenants, more than twice as many as in the same period of 2022.",
                    "2.2 A survey of tenants in July found that one in eight households said they had mould in at least one room, with the highest levels in the flats at Greenhill, Coalville."]},
                {"title": "3. THE ACTION PLAN", "body": [
                    "3.1 Every report of damp or mould will be inspected within ten working days, or within two working days where a child under five or a person with a lung condition lives in the home.",
                    "3.2 Humidity controlled extractor fans will be fitted in the kitchens and bathrooms of 600 homes over two years by the council's own repairs team.",
                    "3.3 It is not yet known how many tenants will need to move out of their homes while the worst affected properties are treated; this will only be clear once each home has been inspected."]},
                {"title": "4. FINANCIAL IMPLICATIONS", "body": [
                    "4.1 The plan will cost an additional £1.1 million over two years, which will be met from the housing revenue account reserve."]},
            ]},
    footer=["Page {n}"], number_offset=1)


# --------------------------------------------------------------------------- 18 East Staffordshire (pdf-pack)

doc(name="ESBC_Cabinet_Pack_2024-03-18", form="pdf-pack",
    council="East Staffordshire Borough Council", stated="yes", committee="Cabinet", date="2024-03-18",
    pdf_title="Cabinet Agenda 18 March 2024", pdf_author="East Staffordshire Borough Council",
    cover=["East Staffordshire Borough Council", "Cabinet",
           "Monday, 18th March, 2024 at 6.00 pm",
           "Meeting Room 1, Burton Town Hall, King Edward Place, Burton upon Trent"],
    cover_body=["To: The Leader (Councillor Dennis Ravensworth) and Councillors Farida Kassam, Owen Tutbury, Gillian Rolleston, Victor Stretton and Beatrice Marchington.",
                "Contact: Committee Services, 01283 508000, committee.services@eaststaffsbc.gov.uk",
                "Issued 8 March 2024"],
    agenda=[("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes of the meeting held on 19th February 2024 ({minutes})"),
            ("4", "Questions from Members"),
            ("5", "Private Rented Housing: Hazard Survey and Licensing ({report})")],
    marks=["Agenda Item 3", "Agenda Item 5"],
    prev_title_lines=["EAST STAFFORDSHIRE BOROUGH COUNCIL",
                      "Minutes of a meeting of the Cabinet held on Monday, 19th February, 2024 at Burton Town Hall",
                      "Present: Councillor Dennis Ravensworth (Chair); Councillors Farida Kassam, Owen Tutbury, Gillian Rolleston and Victor Stretton."],
    prev_items=[
        {"num": "CAB/62", "title": "Questions from Members", "body": [
            "Councillor Agnes Dovebridge asked when the footpath across the Washlands from Stapenhill to the town centre would reopen after the winter flooding.",
            "Councillor Tutbury replied that the path had been cleared of debris and would reopen on 1 March, once the lighting had been tested."]},
        {"num": "CAB/63", "title": "Uttoxeter Town Centre Regeneration", "body": [
            "The Cabinet agreed to buy the vacant former cinema on Carter Street, Uttoxeter, for £450,000 so that it could be converted into a food hall and workspace. The purchase would be paid for from the Levelling Up Fund grant.",
            "RESOLVED that the purchase be approved."]},
    ],
    report={"title_lines": ["Cabinet - 18 March 2024", "Private Rented Housing: Hazard Survey and Licensing",
                            "Report of the Head of Regulatory Services"],
            "cover": [("Cabinet Member", "Councillor Gillian Rolleston, Deputy Leader and Cabinet Member for Housing"),
                      ("Wards affected", "Shobnall; Anglesey"),
                      ("Key decision", "Yes")],
            "sections": [
                {"title": "1. Purpose", "body": [
                    "1.1 To report the findings of the survey of private rented homes in the Shobnall and Anglesey wards and to seek approval to consult on selective licensing there."]},
                {"title": "2. Survey findings", "body": [
                    "2.1 Between September and December 2023 the council's officers inspected 412 privately rented homes in the two wards, with the landlords' and tenants' agreement.",
                    "2.2 The survey found serious hazards in 118 of the homes in Shobnall and 64 in Anglesey. Damp and mould was the most common hazard, followed by faulty electrics and cold homes with no working heating.",
                    "2.3 The neighbouring Horninglow and Eton ward was not part of the survey."]},
                {"title": "3. Proposed licensing scheme", "body": [
                    "3.1 Every privately rented home in the two wards would need a licence from the council, for five years. The proposed fee is £640 per property, with a discount of £100 for landlords accredited by the Trent Valley Landlord Accreditation Scheme.",
                    "3.2 The licence fees would pay for the inspections and for two extra enforcement officers."]},
                {"title": "4. Recommendation", "body": [
                    "4.1 That a ten week public consultation on selective licensing in Shobnall and Anglesey be approved."]},
            ]},
    footer=["Page {n}"], number_offset=1)


# --------------------------------------------------------------------------- 19 Reigate and Banstead (pdf-pack)

doc(name="RBBC_Executive_Pack_2023-07-13", form="pdf-pack",
    council="Reigate and Banstead Borough Council", stated="yes", committee="Executive", date="2023-07-13",
    pdf_title="Executive agenda pack 13 July 2023", pdf_author="Reigate and Banstead Borough Council",
    cover=["Executive", "Reigate and Banstead Borough Council",
           "Thursday, 13 July 2023 at 7.30 pm",
           "New Council Chamber, Town Hall, Castlefield Road, Reigate"],
    cover_body=["Members: Councillors Victoria Chaldon (Leader), Rupert Kingswood, Meera Salfords, Lionel Earlswood, Gwen Tadworth and Oscar Nutfield.",
                "For enquiries regarding this agenda, contact Democratic Services, 01737 276182.",
                "Hilary Oxted, Chief Executive"],
    agenda=[("1.", "Minutes of the meeting held on 22 June 2023 ({minutes})"),
            ("2.", "Apologies for absence"),
            ("3.", "Declarations of interest"),
            ("4.", "Public questions"),
            ("5.", "Priory Park Lake and Pavilion Improvements ({report})")],
    marks=["Agenda Item 1", "Agenda Item 5"],
    prev_title_lines=["Minutes of a meeting of the EXECUTIVE held at the New Council Chamber, Town Hall, Reigate on 22 June 2023 at 7.30 pm.",
                      "Present: Councillors Victoria Chaldon (Leader), Rupert Kingswood, Meera Salfords, Lionel Earlswood and Gwen Tadworth."],
    prev_items=[
        {"num": "9.", "title": "PUBLIC QUESTIONS", "body": [
            "Mrs Yvonne Kingsley asked why the council had removed the flower beds from the middle of Banstead High Street.",
            "The Executive Member for Neighbourhood Services, Councillor Earlswood, replied that the beds had been damaged by delivery lorries turning, and that they would be replaced by raised planters in September, paid for by the Banstead Village traders' association."]},
        {"num": "10.", "title": "HORLEY TOWN CENTRE", "body": [
            "The Executive agreed to lease the vacant unit at 35 Victoria Road, Horley, to Horley Makers CIC for three years at a peppercorn rent, to be used as a shop for local craft businesses.",
            "RESOLVED that the lease be granted."]},
    ],
    report={"title_lines": ["REIGATE AND BANSTEAD BOROUGH COUNCIL", "Report to Executive, 13 July 2023",
                            "Priory Park Lake and Pavilion Improvements"],
            "cover": [("Executive Member", "Councillor Gwen Tadworth, Leisure and Culture"),
                      ("Lead officer", "Head of Greenspaces"),
                      ("Key decision", "No"),
                      ("Ward affected", "Reigate")],
            "sections": [
                {"title": "1. Executive summary", "body": [
                    "1.1 This report seeks approval for works to improve the water quality of the lake in Priory Park, Reigate, and to extend the café terrace at the pavilion."]},
                {"title": "2. Water quality", "body": [
                    "2.1 Monthly testing of the lake over the summer of 2022 found blue green algae on eleven occasions, and warning signs had to be put up for a total of nine weeks.",
                    "2.2 It is proposed that four solar powered aerators be installed in the lake by Mole Valley Aquatics Ltd at a cost of £52,000, which will raise oxygen levels and make algal blooms less likely.",
                    "2.3 An ecological survey of the two islands in the lake will be carried out in the autumn of 2023, before any planting or clearance work is done there."]},
                {"title": "3. Pavilion café terrace", "body": [
                    "3.1 The café operator has offered to pay for a larger terrace with 40 more outdoor seats, in return for a three year extension to the lease.",
                    "3.2 The cost of the terrace, about £68,000, would be met entirely by the operator."]},
                {"title": "4. Recommendations", "body": [
                    "4.1 That the installation of aerators in Priory Park lake be approved, funded from the Greenspaces capital budget.",
                    "4.2 That the lease of the pavilion café be extended by three years in return for the terrace works."]},
            ]},
    footer=["Page {n}"], number_offset=1)


# --------------------------------------------------------------------------- 20 Rossendale (docx-report)

doc(name="Rossendale_Cabinet_Report_FlyTipping", form="docx-report",
    council="Rossendale Borough Council", stated="yes", committee="Cabinet", date="2023-11-22",
    docx_author="Rossendale Borough Council",
    letterhead=["Rossendale Borough Council", "Futures Park, Bacup, OL13 0BB"],
    report=report(["Fly-tipping: Enforcement and Prevention",
                            "Report to Cabinet, 22nd November 2023",
                            "Lead Member: Portfolio Holder for Environment"],
            [("Subject:", "Fly-tipping: Enforcement and Prevention"),
                      ("Report of:", "Head of Operations"),
                      ("Status:", "For publication"),
                      ("Key decision:", "Yes"),
                      ("Ward(s) affected:", "All, especially Stacksteads, Greensclough and Irwell")],
            [
                ("1. RECOMMENDATIONS", [
                    "1.1 That Cabinet approves the fly-tipping action plan at Appendix 1.",
                    "1.2 That the fixed penalty for fly-tipping be raised from £400 to £1,000, with a reduction to £600 if paid within ten days.",
                ]),
                ("2. PURPOSE OF REPORT", [
                    "2.1 To set out how the council will deal with the rise in fly-tipping in the borough, and especially in the back streets of Stacksteads, Waterfoot and Haslingden.",
                ]),
                ("3. BACKGROUND", [
                    "3.1 The council's crews cleared 1,287 fly-tips in 2022/23, up from 904 in 2020/21. Two thirds of them were in back streets and alleys behind terraced houses.",
                    "3.2 Clearing fly-tips cost the council about £118,000 in 2022/23, including the disposal charges paid to the county council.",
                    "3.3 Officers issued 63 fixed penalty notices for fly-tipping in 2022/23, most of them after evidence with a name or address was found in the dumped waste.",
                ]),
                ("4. PROPOSALS", [
                    "4.1 Six movable CCTV cameras will be bought and moved between the worst hotspots every few weeks. The cameras will be supplied by Pennine Surveillance Systems for £27,500.",
                    "4.2 A campaign will remind householders to check that anyone taking their rubbish away holds a waste carrier licence.",
                    "4.3 Where residents of a street agree, alley gates will be fitted at both ends of the back street, with keys for every house.",
                ]),
                ("5. FINANCIAL IMPLICATIONS", [
                    "5.1 The cameras and the campaign will be paid for from the Environment Agency's fly-tipping grant awarded to the council in July 2023, so there is no cost to council tax payers this year.",
                ]),
                ("6. CONSULTATION", [
                    "6.1 The ward councillors for Stacksteads and Irwell have been consulted and support the proposals.",
                ]),
            ]),
    header="Rossendale Borough Council - Cabinet - 22 November 2023",
    footer=["Version 2 - Page 1 of 4"])


# --------------------------------------------------------------------------- 21 South Ribble (docx-report)

doc(name="SRBC_Cabinet_Report_Bulky_Waste", form="docx-report",
    council="South Ribble Borough Council", stated="yes", committee="Cabinet", date="2024-02-14",
    docx_author="South Ribble Borough Council",
    letterhead=["SOUTH RIBBLE BOROUGH COUNCIL", "Civic Centre, West Paddock, Leyland PR25 1DH"],
    report=report(
        ["Free Bulky Waste Collections and Fly-Tipping",
         "Cabinet, Wednesday 14 February 2024",
         "Report of the Director of Customer and Digital"],
        [("Is this report confidential?", "No"),
         ("Is this decision key?", "Yes"),
         ("Cabinet member", "Cabinet Member for Environment (Councillor Ellen Tardy)"),
         ("Wards affected", "All wards"),
         ("Report author", "Neighbourhoods Manager")],
        [
            ("1. Purpose of the Report", [
                "1. To report on the first four months of the trial of free bulky waste collections and to seek approval to continue it until March 2025.",
            ]),
            ("2. Recommendations", [
                "2. That the free collection of up to three bulky items per household, once a year, continue until 31 March 2025.",
                "3. That officers report again to Cabinet when a full year of fly-tipping figures is available.",
            ]),
            ("3. Background", [
                "4. Until September 2023 residents paid £25 for the collection of up to three bulky items such as sofas, mattresses and fridges. Since 1 October 2023 the collection has been free, once a year for each household.",
                "5. The number of collections booked rose from 310 a month before the trial to 1,020 a month, with the busiest areas being Bamber Bridge, Lostock Hall and Leyland town centre.",
            ]),
            ("4. Fly-Tipping", [
                "6. One aim of the trial was to reduce fly-tipping. It is too early to say whether the free collections have made any difference, as the number of reports varies from season to season and a full year of figures will not be available until October 2024.",
                "7. Street wardens in Penwortham and Walton-le-Dale have reported fewer dumped mattresses, but this has not yet been measured.",
            ]),
            ("5. Financial Implications", [
                "8. The trial costs about £14,000 a month, mainly for the extra crew and vehicle hired from Ribble Fleet Hire Ltd, and is paid for from the council's environmental reserve.",
            ]),
            ("6. Customer Feedback", [
                "9. Of the 1,400 residents who answered a survey after their collection, 93 per cent were satisfied, and the most common complaint was the wait of up to three weeks for a slot.",
            ]),
        ]),
    header="Cabinet - 14 February 2024",
    footer=["South Ribble Borough Council - OFFICIAL - Page 1 of 3"])


# --------------------------------------------------------------------------- 22 Derbyshire Dales (docx-minutes)

doc(name="DDDC_Community_Environment_2023-04-20", form="docx-minutes",
    council="Derbyshire Dales District Council", stated="yes", committee="Community and Environment Committee",
    date="2023-04-20", docx_author="Committee Team",
    title_lines=["DERBYSHIRE DALES DISTRICT COUNCIL",
                 "Minutes of a Community and Environment Committee meeting held at 6.00 pm on Thursday 20 April 2023 in the Council Chamber, Town Hall, Matlock"],
    attendance=[("PRESENT", "Councillor Philippa Ashcombe - In the Chair; Councillors Roderick Hulme, Aileen Cotter, Wilfred Danby, Naomi Felgate, Edmund Royce and Carys Morland."),
                ("Apologies", "Councillor Bertram Pike.")],
    items=[
        {"num": "412/23", "title": "MINUTES", "body": [
            "It was moved by Councillor Hulme, seconded by Councillor Morland and RESOLVED that the minutes of the meeting held on 9 March 2023 be approved as a correct record."]},
        {"num": "413/23", "title": "PUBLIC PARTICIPATION", "body": [
            "Mrs Honor Cromford of Wirksworth asked whether the council would bring back the Saturday collection of garden waste in the summer.",
            "The Chair replied that the Saturday rounds had been stopped because the crews were needed to cover weekday rounds, and that they would not return this year, but that the committee would look at it again when the waste contract was reviewed in 2024."]},
        {"num": "414/23", "title": "BAKEWELL MARKET", "body": [
            "The Committee considered a report on the Monday market in Bakewell. The number of stalls on the general market had fallen to an average of 58, compared with 74 before the pandemic, while the Farmers' Market at the Agricultural Business Centre remained full.",
            "The report proposed that new traders be charged half the normal pitch fee for their first three months, and that the market be promoted with the Peak District visitor campaign.",
            "It was moved by Councillor Danby and seconded by Councillor Felgate that the recommendations be approved. Voting: 6 For, 0 Against, 1 Abstention.",
            "RESOLVED that the half price pitch fee for new traders be introduced from 1 June 2023."]},
        {"num": "415/23", "title": "COMMUNITY DEFIBRILLATORS", "body": [
            "The Committee agreed to grant £1,200 each to the parish councils of Youlgreave, Hartington and Parwich towards new defibrillators in their villages, where the nearest existing unit was more than a mile away.",
            "RESOLVED that the three grants be approved."]},
        {"num": "416/23", "title": "HALL LEYS PARK, MATLOCK", "body": [
            "The Committee approved the repainting of the bandstand in Hall Leys Park and the repair of the boating lake edge, at a total cost of £31,000. The bandstand work would be done by Peak Heritage Decorators in May, before the summer concerts began.",
            "Councillor Cotter asked whether the miniature railway in the park would run this summer. The Chair replied that the volunteers who run it had confirmed that it would open at weekends from the Spring Bank Holiday."]},
    ],
    closing=["Meeting closed at 7.35 pm", "CHAIRMAN"],
    header="Community and Environment Committee - 20 April 2023",
    footer=["Derbyshire Dales District Council", "Minute Book 2023/24 - Page 1"])


# --------------------------------------------------------------------------- 23 Forest of Dean (docx-minutes)

doc(name="FoDDC_Cabinet_Minutes_2024-01-11", form="docx-minutes",
    council="Forest of Dean District Council", stated="yes", committee="Cabinet", date="2024-01-11",
    docx_author="Democratic Services",
    title_lines=["Forest of Dean District Council",
                 "Minutes of the Cabinet held at the Council Offices, High Street, Coleford, on Thursday 11th January 2024 at 10.00 am"],
    attendance=[("Present:", "Councillors Gwyneth Bream (Chair), Selwyn Drybrook, Ffion Ruardean, Malcolm Parkend, Keturah Yorke and Dominic Soudley."),
                ("Also present:", "Councillor Nerys Mitcheldean.")],
    items=[
        {"num": "CAB.71", "title": "Minutes", "body": [
            "The minutes of the meeting held on 7 December 2023 were agreed as a correct record."]},
        {"num": "CAB.72", "title": "Public Questions", "body": [
            "Mr Ellis Viney asked what the council was doing about the silting of the inner basin at Lydney Harbour, which had stopped boats using it.",
            "Councillor Drybrook replied that the harbour trust had secured a licence to remove 3,000 cubic metres of silt, and that the council would meet half of the £46,000 cost of the work, which was planned for the summer."]},
        {"num": "CAB.73", "title": "Leisure Centres: Energy Efficiency", "body": [
            "The Cabinet considered a report on the running costs of the district's leisure centres, whose energy bills had doubled since 2021.",
            "The report proposed fitting insulated covers to the swimming pools at Lydney Leisure Centre and Five Acres Leisure Centre, to reduce heat lost overnight. The covers would be supplied and fitted by Severnside Pool Services for £38,000 and were expected to cut the gas used to heat the pools by about a quarter.",
            "A feasibility study into replacing the gas boilers at Lydney Leisure Centre with heat pumps would be carried out by consultants in the spring, and its findings reported to the Cabinet in the autumn.",
            "RESOLVED: that the pool covers be approved and funded from the climate emergency budget."]},
        {"num": "CAB.74", "title": "Cinderford Town Centre Car Parks", "body": [
            "The Cabinet considered a proposal from the Cinderford traders' group that parking in the town centre car parks be free after 3.00 pm to encourage shoppers.",
            "Councillor Parkend moved and Councillor Soudley seconded that free parking after 3.00 pm be introduced in the Heywood Road and Market Street car parks for a twelve month trial. On a vote the motion was carried, 5 for and 1 against.",
            "RESOLVED: that the trial begin on 1 March 2024."]},
        {"num": "CAB.75", "title": "Newent Community Centre", "body": [
            "Councillor Mitcheldean asked whether the roof repairs at the community centre in Newent had been finished. Councillor Ruardean replied that the work had been completed before Christmas, and that the centre had reopened on 2 January."]},
    ],
    closing=["The meeting closed at 11.40 am.", "Chair"],
    header="Cabinet - 11 January 2024 - Minutes",
    footer=["Forest of Dean District Council", "Page 1"])


# --------------------------------------------------------------------------- 24 East Suffolk (txt)

doc(name="EastSuffolk_Scrutiny_Minutes_2023-02-16", form="txt",
    council="East Suffolk Council", stated="yes", committee="Scrutiny Committee", date="2023-02-16",
    title_lines=["EAST SUFFOLK COUNCIL",
                 "SCRUTINY COMMITTEE",
                 "Minutes of a Meeting of the Scrutiny Committee held in the Deben Conference Room,",
                 "East Suffolk House, Melton, on Thursday, 16 February 2023 at 6.30pm",
                 "============================================================================"],
    attendance=[("Members of the Committee present:", "Councillor Lucinda Wenhaston (Chairman), Councillor Reginald Snape, Councillor Oona Kessingland, Councillor Terrence Blythburgh, Councillor Priya Walberswick, Councillor Sidney Yoxford."),
                ("Other Members present:", "Councillor Hector Benhall (Cabinet Member for the Environment)."),
                ("Officers present:", "Head of Environmental Services, Democratic Services Officer.")],
    items=[
        {"num": "1", "title": "Apologies for Absence and Substitutions", "body": [
            "Apologies were received from Councillor Ambrose Theberton."]},
        {"num": "2", "title": "Review of Beach Cleaning and Seafront Litter", "body": [
            "The Committee received a presentation from the Cabinet Member for the Environment on the cleaning of the district's beaches and seafronts at Lowestoft, Southwold, Aldeburgh and Felixstowe.",
            "The Head of Environmental Services said that in summer 2022 the council had emptied seafront litter bins up to three times a day, and that 212 tonnes of litter had been collected from the seafronts between May and September, 30 tonnes more than in 2021.",
            "A member asked why the bins on Felixstowe promenade had overflowed on the hottest weekends. The Cabinet Member replied that the crews had been working to their limit, and that 40 larger bins with built in compactors would be placed along the promenade for the 2023 season.",
            "The Committee asked whether the beach cleaning machine at Lowestoft could also be used at Southwold. The Head of Environmental Services replied that it could not, because the beach at Southwold is mostly shingle and the machine only works on sand."]},
        {"num": "3", "title": "Drinking Water Refill Points", "body": [
            "The Committee noted that free drinking water refill points would be installed on the seafronts at Lowestoft, Southwold and Felixstowe before the summer, in partnership with the water company, to reduce the number of plastic bottles left on the beaches."]},
        {"num": "4", "title": "Recommendations to Cabinet", "body": [
            "On the proposition of Councillor Snape, seconded by Councillor Kessingland, it was unanimously RESOLVED that the Cabinet be recommended to fund two extra seasonal litter crews for the summer of 2023, one in Lowestoft and one in Felixstowe."]},
    ],
    closing=["The meeting concluded at 8.20pm.", "", "Chairman"])
