"""Write bench/heldout40/questions.jsonl: 112 questions on the fortieth held-out corpus.

    python bench/heldout40/write_questions.py

r01-r72 answerable (three per document, in the README's table order), x01-x08 across councils,
u01-u24 near misses (one per document, kinds a-d as in README.md), n01-n08 ordinary unanswerable.
Gold quotes are exact text of the documents (check with check_gold.py).
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

CB = "ieListDocuments_CId593_MId8841_CentralBeds_Executive"
TH = "ieListDocuments_CId142_MId7706_Thurrock_Planning"
BD = "ieListDocuments_CId180_MId12240_BarkingDagenham_Cabinet"
WA = "ieListDocuments_CId402_MId9913_Wandsworth_Executive"
SC = "ieListDocuments_CId1049_MId9462_SouthCambs_Planning"
EL = "ieListDocuments_CId133_MId4418_EastLindsey_Executive"
BW = "mgAi_ID55102_BlackburnDarwen_Executive"
WN = "mgAi_ID21873_WestNorthants_PlaceScrutiny"
BO = "ieDecisionDetails_ID9270_Bolton_FoodWaste"
KC = "ieDecisionDetails_ID6611_RBKC_PortobelloMarket"
NE = "NELC_Cabinet_Minutes_2024-11-13"
RC = "RCBC_Cabinet_Minutes_2023-07-18"
WI = "CnES_Sustainable_Development_2024-04-24"
NL = "NLC_Environment_Transportation_Minutes_Feb2024"
FH = "FHDC_Overview_Scrutiny_Minutes_2024-05-14"
SD = "SDNPA_Planning_Committee_Minutes_2023-10-12"
ED = "EDC_PNCA_Committee_Pack_2024-09-05"
UT = "Uttlesford_Cabinet_Pack_2023-12-07"
WL = "WLDC_CPR_Committee_Pack_2024-01-18"
ND = "NDC_SR_Report_Ilfracombe_Beach_Huts"
SK = "SKDC_Cabinet_Report_EV_Charging_Car_Parks"
SA = "SAC_Cabinet_Minutes_2024-08-27"
HP = "HPBC_Community_Select_Committee_2024-03-07"
SH = "SHDC_Development_Management_2023-08-16"

ANSWERABLE = [
    # Central Bedfordshire
    ("Why still no power at the new car chargers in the Greenacre car park in Stotfold?", CB,
     "the twelve charging points at Greenacre were installed but were waiting for a new electricity supply from UK Power Networks"),
    ("How much of the heat pump scheme at Flitwick and Houghton Regis leisure centres is being paid for by government grant?", CB,
     "of which £2.15 million would come from the Public Sector Decarbonisation Scheme grant"),
    ("Will I still be able to park for free at Ampthill Great Park when charges come in?", CB,
     "The proposal was amended so that the first hour would be free, followed by £1.20 for up to three hours, with an annual permit for residents at £45."),
    # Thurrock
    ("Who proposed and seconded approval of the 146 homes off Stanford Road, and how close was the vote?", TH,
     "Councillor G. Hensley moved that the application be approved as recommended, seconded by Councillor S. Okonedo. On being put to the vote, 6 members voted for and 3 against."),
    ("Is the Stanford-le-Hope housing developer contributing anything towards local school places?", TH,
     "the developer would pay £1.1 million towards school places at St Clere's School"),
    ("How late in the evening can the new floodlit nets at Orsett Cricket Club be lit?", TH,
     "a condition limiting the floodlights to 9.00 pm"),
    # Barking and Dagenham
    ("How many damp and mould complaints has Barking and Dagenham had since it set up its reporting line?", BD,
     "Since the new reporting line opened in April 2023 the council had received 4,312 reports"),
    ("Is the developer putting any money towards running the new community hub at Barking Riverside?", BD,
     "The developer would pay a dowry of £900,000 towards running costs over the first ten years."),
    ("Would the proposed outdoor pool in Parsloes Park be heated?", BD,
     "a heated pool open from May to September was the preferred option"),
    # Wandsworth
    ("How many damp cases did Wandsworth still have open at the end of 2023?", WA,
     "2,430 damp cases open at the end of December 2023, down from 3,100 in June"),
    ("In what circumstances does Wandsworth move tenants out of their homes while damp repairs are done?", WA,
     "decants were only used where a child or an older person was at risk"),
    ("Whose idea was it that a social enterprise should run the café in the new Wandsworth Common pavilion?", WA,
     "Councillor Brightwell moved an amendment that the café be run by a social enterprise."),
    # South Cambridgeshire
    ("Will the Station Road and Glebe Way junction in Histon cope with the traffic from the new houses?", SC,
     "The Local Highway Authority had assessed the junction and found that it would operate within capacity"),
    ("Who proposed and seconded approving the 38 homes in Histon, and what was the vote?", SC,
     "Councillor Dr Helen Ravenscroft proposed approval, seconded by Councillor Tomasz Nowicki. By 7 votes to 2 the Committee approved the application"),
    ("Why was no decision made on the housing plan for the old Sawston Trade Park?", SC,
     "The Committee agreed to defer the application so that the applicant could provide further marketing evidence"),
    # East Lindsey
    ("How many people are waiting for a beach hut at Mablethorpe and Sutton on Sea?", EL,
     "the waiting list stood at 612 names"),
    ("Which company is putting in the new CCTV cameras in Skegness, and how much will it cost?", EL,
     "The contract would be awarded to Vantage Security Systems for £187,000, paid from the Skegness Town Deal."),
    ("What will happen to the old cattle market site in Louth?", EL,
     "The Board agreed to keep the site as a car park for at least five years while a longer plan was drawn up with Louth Town Council."),
    # Blackburn with Darwen
    ("How much will someone caught dumping rubbish in Blackburn with Darwen be fined?", BW,
     "raising the fixed penalty for small-scale fly-tipping from £400 to the new national maximum of £1,000, reduced to £600 if paid within ten days"),
    ("Will the private wardens patrolling Blackburn and Darwen town centres earn money for every ticket they hand out?", BW,
     "the firm would be paid a fixed fee of £78,000 and would not be paid per ticket issued"),
    ("What will Blackburn with Darwen do with the money it collects from the fines?", BW,
     "all fine income would go back into clearing alleys and into the Love Where You Live volunteer groups"),
    # West Northamptonshire
    ("When do food waste collections start in the Daventry and South Northamptonshire areas?", WN,
     "The new service would start in April 2026"),
    ("Why did some streets in Towcester and Brackley go weeks without their bins being emptied?", WN,
     "because the routing software had placed some rural roads on the wrong day"),
    ("I live in a flat in Northampton: will I get a food waste collection?", WN,
     "communal food bins would be fitted at blocks of flats where there was space, starting with a trial at 40 blocks in Northampton town centre"),
    # Bolton
    ("Is Bolton going to start charging for brown bin collections?", BO,
     "that the brown bin garden waste collection continue every fortnight from March to November, with no subscription charge for 2025/26"),
    ("Why does it cost Bolton more when food scraps go in the brown bin with the garden waste?", BO,
     "Mixing food with garden waste meant the brown bin material had to be treated at the in-vessel composting plant at Bredbury, which cost the council £41 a tonne more than garden waste alone."),
    ("How many new food waste lorries is Bolton buying, and with what money?", BO,
     "that 16 new narrow food waste vehicles be bought through the Greater Manchester framework, using £2.86 million of the government's capital grant"),
    # Kensington and Chelsea
    ("What does a trader now pay for a Saturday stall on Portobello Road?", KC,
     "the daily fee for a standard Saturday pitch on Portobello Road rise from £58 to £64"),
    ("Why did Kensington and Chelsea put the Portobello market pitch fees up?", KC,
     "The market ran at a loss of £312,000 in 2022/23, mainly because of street cleaning after trading on Saturdays."),
    ("By what time do Portobello Road stallholders have to be packed away?", KC,
     "market trading on Portobello Road finish at 6.00 pm, with all stalls cleared by 7.00 pm"),
    # North East Lincolnshire
    ("How many households in Scartho actually used their food waste caddy during the trial?", NE,
     "68 per cent of the households in the trial area had put out their caddy at least once"),
    ("Who will fix the sea wall and railings on the North Promenade at Cleethorpes, and at what time of year?", NE,
     "The contract would be awarded to Humber Marine Works Ltd, which would work between October and March to avoid the summer season."),
    ("Why has the Freshney Place cinema and market hall project in Grimsby gone over budget?", NE,
     "the cost had risen from £20.3 million to £23.8 million because of steel prices and asbestos found in the roof void"),
    # Redcar and Cleveland
    ("How much is the fly tipping fine in Redcar and Cleveland, and do you get money off for paying quickly?", RC,
     "the fixed penalty for fly tipping in Redcar and Cleveland be set at £800, with no discount for early payment"),
    ("How many people were fined for fly tipping in Redcar and Cleveland in 2022/23?", RC,
     "212 fines had been issued, with 71 cases taken to the magistrates"),
    ("Who is taking over the café at Kirkleatham Walled Garden?", RC,
     "The Cabinet agreed to let the café at Kirkleatham Walled Garden to a local social enterprise, Tees Valley Growers CIC, for five years"),
    # Western Isles
    ("How much is Transport Scotland giving the Western Isles for new rapid chargers?", WI,
     "would give the Comhairle £690,000 towards 18 new rapid chargers"),
    ("What will it cost to charge an electric car at a council charger in the Western Isles from June 2024?", WI,
     "The Committee agreed to raise the tariff at Comhairle chargers from 45p to 52p per kilowatt hour from 1 June 2024."),
    ("How many cruise passengers are expected to come to Stornoway in 2024?", WI,
     "76 cruise ship calls were booked for Stornoway in 2024, with an estimated 51,000 passengers"),
    # North Lanarkshire
    ("How much is North Lanarkshire putting into road resurfacing in 2024/25?", NL,
     "with a budget of £14.6 million, the largest in the council's history"),
    ("Why has the Clyde Walkway footbridge near Bothwell been shut?", NL,
     "found that two of its steel beams had lost more than a third of their thickness to corrosion"),
    ("How have North Lanarkshire's electric bin lorries done in their first year?", NL,
     "They had covered 41,000 miles between them with one breakdown, and had saved an estimated 68 tonnes of carbon dioxide."),
    # Folkestone and Hythe
    ("What changes did the safety review of Folkestone Harbour Arm call for?", FH,
     "had recommended more throwlines, higher railings at the lighthouse end and a lifeguard presence on busy weekends"),
    ("How much more will I pay each year for my beach hut licence in Hythe?", FH,
     "the annual licence fee would rise from £640 to £790"),
    ("Why did one councillor sit out the beach hut discussion at Folkestone and Hythe's scrutiny committee?", FH,
     "Councillor Colebrook declared an other significant interest in minute 3 as the holder of a beach hut licence at Hythe and did not take part in that item."),
    # South Downs
    ("How many parking spaces will the new visitor centre at Seven Sisters Country Park have?", SD,
     "a car park of 140 spaces, replacing the present 110 spaces"),
    ("Was the vote on the Seven Sisters visitor centre unanimous?", SD,
     "Members voted 7 for, 0 against and no abstentions to grant planning permission subject to conditions."),
    ("Why were the glamping pods near Buriton turned down?", SD,
     "was refused because of harm to the landscape of the Hangers and the lack of safe walking routes to the village"),
    # East Dunbartonshire
    ("Which firm is resurfacing East Dunbartonshire's roads?", ED,
     "The Council's contractor for the main programme is Campsie Surfacing Ltd, appointed through the Scotland Excel framework."),
    ("How many potholes did East Dunbartonshire fill between April and August 2024?", ED,
     "The Council repaired 4,880 potholes between April and August 2024"),
    ("Who proposed charging for parking at Mugdock Country Park?", ED,
     "Councillor Reid, seconded by Councillor Baxter, moved as an amendment that a charge of £2 a day be introduced"),
    # Uttlesford
    ("How is Uttlesford paying for the work on the Lord Butler Leisure Centre?", UT,
     "to be funded by borrowing of £3.2 million and £900,000 from the council's leisure reserve"),
    ("How long will the pool at the Lord Butler Leisure Centre be closed for the works?", UT,
     "The pool would close for eight weeks during phase one."),
    ("Why isn't Thaxted getting car charging points?", UT,
     "the Margaret Street car park in Thaxted did not have enough electricity supply and would be looked at again in 2025"),
    # West Lindsey
    ("What did the inspection of the leisure centre roof in Gainsborough find?", WL,
     "found that the roof covering had reached the end of its life and that patch repairs were no longer good value"),
    ("How much electricity will the solar panels on West Lindsey Leisure Centre produce?", WL,
     "to fit 420 solar panels, producing about 165,000 kilowatt hours of electricity a year"),
    ("Who moved and seconded the roof contract for the Festival Hall in Market Rasen?", WL,
     "On being moved by Councillor Tilbrook and seconded by Councillor Bellamy"),
    # North Devon
    ("How much will it cost to rent one of the new beach huts in Ilfracombe, and is there a local discount?", ND,
     "That the huts be let on annual licences at £950 a year, with a 10% discount for residents of the district."),
    ("Will people be allowed to sleep in the Ilfracombe beach huts?", ND,
     "overnight sleeping will be forbidden by the licence"),
    ("How many people came along to the drop-in about the Wildersmouth beach huts?", ND,
     "A public drop-in session held at The Landmark in February 2024 was attended by 134 people."),
    # South Kesteven
    ("Which company will put the car chargers into South Kesteven's car parks, and how many?", SK,
     "Amberline EV Ltd will install 64 charging points, of which 16 will be rapid chargers"),
    ("Is South Kesteven paying for the chargers in its car parks?", SK,
     "the concessionaire will pay for the chargers, their installation and the electricity connections, estimated at £1.6 million"),
    ("What is the most drivers will be charged per unit at the new chargers in South Kesteven's car parks?", SK,
     "capped at 59p per kilowatt hour for the first three years"),
    # South Ayrshire
    ("Where is the money for South Ayrshire's extra road resurfacing coming from?", SA,
     "the Cabinet approved the additional resurfacing programme of £2.4 million, funded from the council's general reserve"),
    ("Will tenants in Girvan need to move out while their homes get wall insulation?", SA,
     "The Director said that they would not, as the insulation was fixed to the outside of the walls."),
    ("Has trouble at Troon's South Beach gone down since the wardens came in?", SA,
     "calls to Police Scotland about the beach had fallen from 88 to 31"),
    # High Peak
    ("How many High Peak council homes are getting new loft insulation and ventilation, and at what cost?", HP,
     "64 homes would have new loft insulation and mechanical ventilation fitted in 2024/25 at a cost of £410,000"),
    ("Does High Peak blame its tenants when they get condensation?", HP,
     "the council's policy was never to blame tenants for their lifestyle"),
    ("How will the food waste collections cope with narrow streets in Glossop?", HP,
     "smaller vehicles would be used on those rounds"),
    # South Hams
    ("Who will be allowed to live in the new homes on Bay View Road in Salcombe?", SH,
     "a condition restricting occupation to people who have lived or worked in the parish for three years"),
    ("Who proposed the Salcombe local homes scheme, and how did the vote go?", SH,
     "It was proposed by Cllr Treeby and seconded by Cllr Penwill that the application be approved. Upon being put to the vote, the motion was carried with 8 votes for and 1 abstention."),
    ("Why was the roof terrace at Ferry Steps in Dartmouth turned down?", SH,
     "because of the loss of privacy to the neighbouring cottages and the effect on the Dartmouth Conservation Area"),
]

ACROSS = [
    ("How many homes did the planning committees in Thurrock and South Cambridgeshire approve, and where?", [
        (TH, "The application sought permission for 146 homes, of which 35% would be affordable"),
        (SC, "The Senior Planning Officer presented the application for 38 homes on land off Station Road, Histon")]),
    ("What are Uttlesford and West Lindsey spending on their leisure centres?", [
        (UT, "This report asks Cabinet to approve a refurbishment costing £4.1 million"),
        (WL, "The total cost is £1.38 million: £940,000 for the roof and £440,000 for the solar panels.")]),
    ("How much are East Dunbartonshire, North Lanarkshire and South Ayrshire spending on resurfacing roads?", [
        (ED, "for which the Council approved a budget of £5.9 million in February 2024"),
        (NL, "with a budget of £14.6 million, the largest in the council's history"),
        (SA, "seeking approval for £2.4 million of additional road resurfacing in 2024/25, on top of the £6.8 million already in the roads capital programme")]),
    ("What fines for fly-tipping have Blackburn with Darwen and Redcar and Cleveland set?", [
        (BW, "raising the fixed penalty for small-scale fly-tipping from £400 to the new national maximum of £1,000"),
        (RC, "the fixed penalty for fly tipping in Redcar and Cleveland be set at £800")]),
    ("Which councils are putting in new electric vehicle charging points?", [
        (CB, "the twelve charging points at Greenacre were installed"),
        (WI, "£690,000 towards 18 new rapid chargers"),
        (SD, "with 12 electric vehicle charging bays"),
        (UT, "Cabinet agreed that 24 charging points be installed at Swan Meadow car park in Saffron Walden and at the White Street car park in Great Dunmow"),
        (SK, "Amberline EV Ltd will install 64 charging points")]),
    ("Which councils reported on damp and mould in their council homes?", [
        (BD, "The Cabinet Member for Housing introduced a report on damp and mould in the council's 17,800 homes."),
        (WA, "The Cabinet Member for Housing presented the damp and mould action plan."),
        (SA, "There was submitted a report on the council's response to damp, mould and condensation in its 8,100 homes."),
        (HP, "The Head of Housing presented a report on the council's work on damp and mould in its 4,000 homes")]),
    ("Which councils are providing new beach huts?", [
        (EL, "The Board agreed to build 40 new huts on the promenade north of the Queens Park steps"),
        (RC, "The Cabinet considered a proposal for 30 new beach huts on the lower promenade at Saltburn"),
        (FH, "to replace 48 beach huts on the Hythe seafront west of Fishermen's Beach and to build 26 new ones at Sandgate"),
        (ND, "That the Committee approves a capital budget of £286,000 for 22 beach huts at Wildersmouth.")]),
    ("Which councils are bringing in weekly food waste collections, and from when?", [
        (WN, "The new service would start in April 2026"),
        (BO, "that food waste be collected every week in a separate 23 litre caddy from April 2026"),
        (NE, "weekly food waste collections be rolled out across the borough from April 2026"),
        (HP, "High Peak would introduce weekly food waste collections in October 2025")]),
]

NEAR_MISSES = [  # one per document, table order; kind in README.md
    "What share of the energy savings from the new heat pumps at Flitwick will go to the company running the leisure centre?",
    "How many councillors voted in favour of the new pavilion and practice nets at Orsett Cricket Club?",
    "What did the stock condition survey of the Gascoigne and Thames View estates find about hidden damp?",
    "Which building firm is putting up the new sports pavilion on Wandsworth Common?",
    "How much will the developer of the old Sawston Trade Park have to pay towards secondary schools?",
    "Will people be able to buy one of the new beach huts on the Mablethorpe promenade outright?",
    "Did the review of Blackburn with Darwen's enforcement patrols find that they picked on certain areas?",
    "Which company is supplying the new food waste lorries for West Northamptonshire?",
    "Which site will Bolton's collected food waste go to before it is sent for anaerobic digestion?",
    "Which days and which stretches of Portobello Road turned out to be busiest in the council's shopper survey?",
    "What share of households in Humberston used the caddies in the North East Lincolnshire food waste trial?",
    "Which company will build the new beach huts at Saltburn?",
    "Did the study of electric or hydrogen buses for Barra and Vatersay find they could handle the school runs?",
    "How much will it cost North Lanarkshire to replace the Clyde Walkway footbridge near Bothwell?",
    "How much will the lifeguards on Folkestone Harbour Arm cost the operator?",
    "How many car parking spaces will there be at Birling Gap under the National Trust's plans?",
    "When will Milngavie Road in Bearsden be resurfaced?",
    "What did the condition survey of the pool at Great Dunmow Leisure Centre find?",
    "Which roofing firm will replace the roof of the leisure centre in Gainsborough?",
    "When will the Wildersmouth beach huts in Ilfracombe be ready for people to rent?",
    "What did South Kesteven's taxi drivers say about keeping some rapid chargers for taxis?",
    "How many potholes were repaired in Girvan in the first half of 2024?",
    "How much does High Peak's new damp and mould officer cost each year?",
    "What price will the local homes on Bay View Road in Salcombe be sold for?",
]

UNANSWERABLE = [
    "How much does Cornwall Council charge to park in Truro?",
    "What did Dundee City Council decide about funding for the V&A Dundee?",
    "Has Wokingham Borough Council approved a new swimming pool in the town centre?",
    "What did Gateshead Council say about the bus station at the Metrocentre?",
    "How much will allotment plots cost next year?",
    "Which council agreed new licence fees for dog boarding kennels?",
    "How many street trees did the council plant last winter?",
    "Did councillors agree to raise the fees at the crematorium?",
]


def questions() -> list[dict]:
    out = []
    for n, (question, docname, quote) in enumerate(ANSWERABLE, 1):
        out.append({"id": f"r{n:02d}", "question": question, "gold": [{"doc": docname, "quote": quote}]})
    for n, (question, golds) in enumerate(ACROSS, 1):
        out.append({"id": f"x{n:02d}", "question": question, "gold": [{"doc": d, "quote": q} for d, q in golds]})
    for n, question in enumerate(NEAR_MISSES, 1):
        out.append({"id": f"u{n:02d}", "question": question, "gold": []})
    for n, question in enumerate(UNANSWERABLE, 1):
        out.append({"id": f"n{n:02d}", "question": question, "gold": []})
    return out


def main() -> int:
    qs = questions()
    assert len(ANSWERABLE) == 72 and len(ACROSS) == 8 and len(NEAR_MISSES) == 24 and len(UNANSWERABLE) == 8
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for q in qs:
            handle.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"wrote {len(qs)} questions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
