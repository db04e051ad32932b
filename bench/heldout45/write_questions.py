"""Write bench/heldout45/questions.jsonl: 112 questions over the 24 documents of content.py.

    python bench/heldout45/write_questions.py

r01-r72 answerable (three per document, in the README's table order), x01-x08 across councils (one
gold quote per relevant document), u01-u24 near misses (one per document, kinds a-d, see README.md),
n01-n08 ordinary unanswerable. Gold quotes are exact text of the documents; check_gold.py checks
them in the built corpus.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

B = "ieListDocuments_CId132_MId6218_Basildon_Cabinet"
W = "ieListDocuments_CId117_MId3352_Woking_Executive"
S = "ieListDocuments_CId137_MId8841_Sefton_Cabinet"
BA = "ieListDocuments_CId695_MId11904_Barnet_Housing"
F = "ieListDocuments_CId146_MId1567_Fylde_Planning"
C = "ieListDocuments_CId124_MId7790_Calderdale_Cabinet"
E = "mgAi_ID19342_Elmbridge_Cabinet_Parking"
BU = "mgAi_ID40871_Bury_Cabinet_PlayAreas"
D = "ieDecisionDetails_ID9034_Derbyshire_WinterService"
CE = "ieDecisionDetails_ID12566_CheshireEast_EVCharging"
DV = "DCC_Cabinet_Minutes_13_September_2023"
H = "Harlow_Cabinet_Minutes_2024-06-20"
G = "Gravesham_Cabinet_Minutes_04122023"
MS = "MSDC_Scrutiny_Committee_Minutes_2024-01-17"
GW = "Gwynedd_Cabinet_Minutes_2023-05-16"
M = "Mendip_Planning_Board_Minutes_14Sep2022"
R = "Rushmoor_Cabinet_Pack_2024-02-13"
A = "Ashfield_Cabinet_Agenda_Pack_11March2024"
P = "Plymouth_Cabinet_Agenda_Pack_08Jan2024"
BR = "Broadland_Cabinet_Report_Nutrient_Neutrality"
DM = "DNPA_Authority_Report_NPA-24-07_Visitor_Parking"
NED = "NEDDC_Cabinet_Minutes_2023-07-27"
CA = "CCC_Cabinet_Minutes_2024-04-22"
BH = "BHCC_Culture_Tourism_Committee_2023-11-30"

ANSWERABLE = [
    # Basildon
    ("Which firm is going to fix the damp and mould in Basildon's council houses?",
     [(B, "delivered by Thamesmead Property Care Limited under the council's existing responsive repairs framework")]),
    ("How many Basildon council homes did the stock survey rate as having a serious damp or mould hazard?",
     [(B, "of which 187 had been rated as a serious hazard")]),
    ("Will the new café at Wat Tyler Country Park stay open into the evening?",
     [(B, "the contract required opening from 9am to 5pm every day, with later opening in June, July and August")]),
    # Woking
    ("Who is paying to put the new electric car chargers into Woking's car parks?",
     [(W, "The installation would be carried out and paid for by the operator, Voltaway Charging Limited, under a fifteen year concession")]),
    ("Will Woking lose any disabled parking bays to the new charging points?",
     [(W, "Councillor Hollowell said that no disabled parking bays would be converted")]),
    ("What was wrong with the roof of the leisure centre in Woking Park?",
     [(W, "A structural survey in September 2023 had found water ingress over the main pool hall and corrosion to steel purlins above the learner pool.")]),
    # Sefton
    ("How much will resurfacing Southport Promenade cost and where is the money coming from?",
     [(S, "The estimated cost of the Promenade resurfacing was £2.3 million, funded from the Town Deal.")]),
    ("Is Southport Promenade going to be shut while the works are done?",
     [(S, "work would be done in sections of no more than 150 metres so that the Promenade stayed open along most of its length throughout")]),
    ("What is Sefton doing to fill the empty shops in the Strand in Bootle?",
     [(S, "a meanwhile use scheme would offer empty units to community groups and start up businesses at a nominal rent for up to twelve months")]),
    # Barnet
    ("How long were Barnet Homes tenants waiting for someone to come and look at their damp?",
     [(BA, "The average time from report to first inspection had fallen from 19 days to 8 days.")]),
    ("Who proposed that Barnet councillors get damp and mould figures every month, and who backed it?",
     [(BA, "Councillor Simone Westerhoff moved, and Councillor Calloway seconded, that the Committee ask for monthly rather than quarterly figures.")]),
    ("What is being done about the noise from the building work at Grahame Park?",
     [(BA, "the contractor would now stop noisy work at 4pm on Saturdays instead of 6pm")]),
    # Fylde
    ("Who moved and seconded approval of the retirement flats on Clifton Drive North in St Annes, and how did the vote go?",
     [(F, "It was proposed by Councillor Maureen Oldroyd and seconded by Councillor Timothy Brackley that the application be approved as recommended. The proposal was carried with 8 votes for and 3 against.")]),
    ("Did the daylight study back up the neighbour's worry that the St Annes flats would overshadow the bungalows?",
     [(F, "the daylight assessment showed the loss of light to those bungalows fell within the accepted guidelines")]),
    ("How late can people sit outside at the new café in the old Fairhaven Lake boathouse?",
     [(F, "subject to conditions limiting outdoor seating to the hours of 8am to 9pm")]),
    # Calderdale
    ("How many gritters does Calderdale have this winter?",
     [(C, "using a fleet of 17 gritting lorries from the Spring Hall and Sowerby Bridge depots")]),
    ("Why were the roads up to Heptonstall and Blackshaw Head added to Calderdale's main gritting routes?",
     [(C, "following complaints from residents and bus operators in the 2022/23 winter")]),
    ("Can a parish council in Calderdale get salt for free?",
     [(C, "parish and town councils could apply for a free tonne of salt each under a community snow warden scheme")]),
    # Elmbridge
    ("How much will an hour's parking in Walton-on-Thames cost after the April increase?",
     [(E, "the charge for up to one hour in the Walton-on-Thames town centre car parks rise from £1.40 to £1.70")]),
    ("What is Elmbridge doing for Molesey shops worried about the parking increases?",
     [(E, "the free thirty minute bays on Walton Road in East Molesey would be kept and that the council would add twelve more")]),
    ("How much will Elmbridge's higher parking charges bring in, and what will the money go on?",
     [(E, "the additional income was estimated at £410,000 in a full year, and that all of it would be used to meet the costs of parking enforcement and car park maintenance")]),
    # Bury
    ("What did the independent check of Bury's playgrounds turn up?",
     [(BU, "found that 21 had equipment that would need to be removed within three years, and that 6 had surfacing that did not meet the current safety standard")]),
    ("Who is paying to replace the play area at Burrs Country Park that burned down?",
     [(BU, "the insurers had agreed to meet the cost of replacing it and that it would reopen by Easter 2024")]),
    ("Will Bury's new play areas have anything for children in wheelchairs?",
     [(BU, "every refurbished play area would include at least one piece of inclusive equipment, such as a wheelchair accessible roundabout, and a path to it")]),
    # Derbyshire
    ("Who supplies Derbyshire's road salt, and what does it cost a tonne?",
     [(D, "A contract for the supply of rock salt for three years was awarded to Peakstone Minerals Limited, at a price of £62.40 per tonne delivered.")]),
    ("How much of Derbyshire's road network gets gritted?",
     [(D, "The council will treat 2,170 miles of road on its priority gritting network, about 40 per cent of the county's roads")]),
    ("Why didn't Derbyshire cut its gritting routes back to 30 per cent of roads?",
     [(D, "because it would have removed bus routes in the Derbyshire Dales and the High Peak from the network")]),
    # Cheshire East
    ("How is Cheshire East paying for the chargers on residential streets?",
     [(CE, "The capital cost of £3.6 million will be met by £2.9 million of Local Electric Vehicle Infrastructure grant and £700,000 from the chosen charge point operator.")]),
    ("Which streets in Cheshire East will get the new charge points first?",
     [(CE, "giving priority to terraced streets in Crewe and Macclesfield where fewer than one in five homes have a driveway")]),
    ("Can residents in Cheshire East run a cable over the pavement to charge their car under the new scheme?",
     [(CE, "Officers explained that the scheme would use charge points built into lamp columns and kerbside posts only, and that trailing cables would not be permitted.")]),
    # Devon
    ("How much has bus use gone up on the Exeter to Crediton route?",
     [(DV, "Passenger numbers on the enhanced service 5 between Exeter and Crediton had risen by 22 per cent since the half hourly timetable began in January 2023.")]),
    ("What will happen to Devon's extra bus services when the government money runs out?",
     [(DV, "the council would ask operators to show which services could carry on commercially, and would bring a report on the rest to Cabinet in the autumn of 2024")]),
    ("How many potholes did Devon fill between April and August 2023?",
     [(DV, "61,480 potholes had been repaired between April and August 2023")]),
    # Harlow
    ("Which Harlow play areas are being done up first?",
     [(H, "starting with Harlow Town Park, Katherines Way and Sumners Farm Close")]),
    ("Where is the money for Harlow's new play areas coming from?",
     [(H, "£600,000 would come from section 106 contributions from housing developments at Gilden Way and Newhall, and the remainder from the council's capital programme")]),
    ("Is Harlow cutting its grant to the Playhouse, and by how much?",
     [(H, "reduction of £40,000 on 2023/24")]),
    # Gravesham
    ("How many complaints about damp and mould has Gravesham had since the start of 2023?",
     [(G, "since January 2023 the council had received 1,034 reports of damp or mould")]),
    ("How long is the new lease on the Tilbury ferry pontoon at Gravesend, and what is the rent?",
     [(G, "for ten years, at a rent of £14,500 a year")]),
    ("Is parking free in Gravesend in the run up to Christmas?",
     [(G, "parking in the council's town centre car parks would be free after 3pm on the four Saturdays before Christmas")]),
    # Mid Sussex
    ("How much more will two hours' parking cost in Haywards Heath?",
     [(MS, "the charge for up to two hours in Haywards Heath and Burgess Hill rise from £2.00 to £2.40 from April 2024")]),
    ("Did the Mid Sussex scrutiny committee back free parking after 3pm in December?",
     [(MS, "On being put to the vote the motion was lost by 3 votes to 4.")]),
    ("Will I still be able to pay with coins in Mid Sussex car parks?",
     [(MS, "pay and display machines taking coins would be kept in every car park, alongside the app")]),
    # Gwynedd
    ("How many new chargers is Gwynedd putting in its car parks, and who is funding them?",
     [(GW, "It was proposed to install 42 further fast chargers in council car parks in Caernarfon, Pwllheli, Dolgellau, Porthmadog, Bala and Tywyn during 2023/24, using £1.26 million from the Welsh Government's Ultra Low Emission Vehicle Transformation Fund.")]),
    ("What has Gwynedd spent the extra council tax on second homes on?",
     [(GW, "which had been used to support the Council's housing action plan, including buying homes for local people to rent")]),
    ("Which company will dredge Porthmadog harbour?",
     [(GW, "to be carried out by Afon Marine Services Limited")]),
    # Mendip
    ("Who pays for the phosphate credits Mendip bought at Coxley?",
     [(M, "developers would buy the credits from the Council at £3,400 per home, so the cost would be recovered in full")]),
    ("Who proposed approving the 36 homes off Bath Road in Frome, and what was the vote?",
     [(M, "Cllr Feltham proposed and Cllr Marchbank seconded that the application be approved as recommended. On being put to the vote, the application was APPROVED by 6 votes to 2.")]),
    ("Why was the Old Tannery flats scheme in Glastonbury turned down?",
     [(M, "on the grounds that the design did not respect the conservation area")]),
    # Rushmoor
    ("When is Aldershot Lido open in 2024?",
     [(R, "the lido would open on 25 May and close on 8 September 2024")]),
    ("What did Rushmoor's residents' survey show about the need for public chargers?",
     [(R, "Of those who expected to buy an electric car within five years, 61 per cent said they would need a public charge point near their home.")]),
    ("What will Rushmoor's electric vehicle charging strategy cost the council itself?",
     [(R, "estimated at £25,000, which will be met from the Climate Change reserve")]),
    # Ashfield
    ("Who got the contract for the Sutton Market Place works, and what is it worth?",
     [(A, "The contract had been awarded to Hollinwell Construction Limited at a cost of £2.96 million.")]),
    ("Where will Sutton market go while the Market Place is being repaved, and will traders pay rent?",
     [(A, "the market would move to Portland Square for about 16 weeks and that traders would pay no rent while it was there")]),
    ("Why is Kingsway Park in Kirkby getting equipment for teenagers?",
     [(A, "in response to a petition signed by 640 young people")]),
    # Plymouth
    ("How many people swam at Tinside Lido in 2023?",
     [(P, "Tinside Lido had 71,500 visits in the 2023 season, its best season since it reopened.")]),
    ("Why were the steps down to the bathing platforms below Madeira Road closed?",
     [(P, "found that two sets of steps to the bathing platforms below Madeira Road were unsafe")]),
    ("Will traders in Plymouth's covered market have to shut while the roof is repaired?",
     [(P, "the work would be done at night so that traders could stay open throughout")]),
    # Broadland
    ("Where will Broadland's first wetland for nutrient credits be, and how many homes will it cover?",
     [(BR, "The first wetland will be built on 12 hectares of farmland near Reepham and will create credits for about 450 homes.")]),
    ("How is Broadland paying for its first wetland before any credits have been sold?",
     [(BR, "The Council will lend up to £1.5 million from its reserves to pay for the first wetland, to be repaid from credit sales within five years.")]),
    ("Why aren't the Sprowston and Rackheath housing sites held up by the nutrient rules?",
     [(BR, "drain to the Whitlingham sewage works, which discharges below the protected sites, and are not affected")]),
    # Dartmoor
    ("What did the 2023 survey of Dartmoor visitors find about how they got there?",
     [(DM, "found that 88 per cent had arrived by car and only 3 per cent by bus")]),
    ("How much would a day's parking at Haytor cost under the Dartmoor proposals?",
     [(DM, "The proposed charges are £2.50 for up to two hours and £6 for the day.")]),
    ("Would people who live in the National Park have to pay to park at Haytor or Postbridge?",
     [(DM, "residents of parishes within the National Park would park free")]),
    # North East Derbyshire
    ("Which play area in North East Derbyshire will be replaced first, and why that one?",
     [(NED, "Sharley Park would be first, followed by Holmewood recreation ground, because both had been rated poor and had the highest use")]),
    ("How long will Dronfield Civic Hall be shut for the heating work, and where will bookings go?",
     [(NED, "the works would be done in August 2024 and the hall would be closed for six weeks, with bookings moved to the Peel Centre")]),
    ("Do care leavers in North East Derbyshire have to pay council tax?",
     [(NED, "care leavers living in the district would pay no council tax until their 25th birthday, from 1 April 2024")]),
    # Carmarthenshire
    ("Did the wall insulation in Tyisha make any difference to damp complaints?",
     [(CA, "the number of damp reports from those homes had fallen by 71 per cent compared with the previous year")]),
    ("How much does it cost to park for the day at Pendine?",
     [(CA, "the charge for a day would remain at £5")]),
    ("Who proposed buying the old department store on Stepney Street in Llanelli, and for how much?",
     [(CA, "It was moved by Councillor Bowen and seconded by Councillor Parry that the Council buy the vacant former department store on Stepney Street for conversion to a health and learning hub, at a price of £1.35 million.")]),
    # Brighton and Hove
    ("How many of the seafront shelters in Brighton and Hove need big repairs?",
     [(BH, "14 of the 38 seafront shelters needed major repair")]),
    ("When will the restored arches of Madeira Terrace open again?",
     [(BH, "the first 30 arches at the western end would reopen in the summer of 2025")]),
    ("Who wanted Brighton's lifeguards kept on until the end of September, and what was the vote?",
     [(BH, "proposed that cover be extended to the end of September, seconded by Councillor Peasgood. The proposal was not carried, with 3 votes in favour and 4 against.")]),
]

ACROSS = [
    ("What have Derbyshire and Calderdale decided about gritting the roads this winter?",
     [(D, "The council will treat 2,170 miles of road on its priority gritting network, about 40 per cent of the county's roads, using 51 gritting vehicles operating from seven depots."),
      (C, "The council would treat 58 per cent of its road network on priority routes, using a fleet of 17 gritting lorries from the Spring Hall and Sowerby Bridge depots, with a salt stock of 14,000 tonnes at the start of the season.")]),
    ("What are Devon County Council and the Dartmoor National Park Authority doing to support bus services?",
     [(DV, "The plan had been funded by £14.1 million of government grant, used to improve frequencies, extend evening and Sunday services and keep the £2 single fare on most routes in the county."),
      (DM, "It is proposed that the Authority's contribution be met from the parking income, and that the service be extended to run on Sundays from late May to the end of September.")]),
    ("How are Mendip and Broadland getting house building moving again despite the nutrient pollution rules?",
     [(M, "In the meantime, the Council had bought phosphate credits from a wetland scheme at Coxley to allow 85 homes to be approved."),
      (BR, "set up a scheme to sell nutrient credits to developers, based on upgrading private sewage works and creating wetlands")]),
    ("When will there be lifeguards on the beaches in Brighton and Hove and in Plymouth in 2024?",
     [(BH, "Lifeguard cover would run daily from 25 May to 8 September 2024 at 14 stations between Hove Lagoon and Black Rock."),
      (P, "Lifeguard cover on the beaches at West Hoe and below the Hoe will be extended from weekends only to every day from late May to the middle of September")]),
    ("Which councils are planning more public charging points for electric cars?",
     [(W, "the report proposed installing 64 more in Victoria Way, Heathside Crescent and Brewery Road car parks"),
      (CE, "The Committee agreed to install 310 public charge points on residential streets in Crewe, Macclesfield, Congleton, Nantwich and Wilmslow over the next two years."),
      (GW, "It was proposed to install 42 further fast chargers in council car parks"),
      (R, "The strategy proposes 180 new public charge points by 2030")]),
    ("Which councils are replacing or doing up children's play areas?",
     [(BU, "The first play areas to be refurbished would be at Clarence Park in Bury, Nuttall Park in Ramsbottom and Close Park in Radcliffe."),
      (H, "Of the town's 63 equipped play areas, 14 had been identified for renewal in 2024/25"),
      (A, "including the replacement of play equipment at Titchfield Park in Hucknall and Kingsway Park in Kirkby"),
      (NED, "Sharley Park would be first, followed by Holmewood recreation ground")]),
    ("Which councils have looked at damp and mould in their council homes?",
     [(B, "found damp or mould to some degree in 1,212 of them"),
      (BA, "Between April and June 2023, 842 new cases had been reported, compared with 511 in the same quarter of 2022."),
      (G, "The Cabinet received the new Damp, Mould and Condensation Policy for the council's 5,800 homes."),
      (CA, "In 2023/24 the Council had received 1,380 reports of damp or mould, and 94 per cent of homes had been visited within 10 working days.")]),
    ("Which councils are putting up or bringing in car parking charges?",
     [(E, "the charge for up to one hour in the Walton-on-Thames town centre car parks rise from £1.40 to £1.70"),
      (MS, "the charge for up to two hours in Haywards Heath and Burgess Hill rise from £2.00 to £2.40 from April 2024"),
      (DM, "This report proposes that charges be introduced at those three car parks")]),
]

NEAR_MISSES = [  # one per document, in the README's table order; kinds in README.md
    "When is Pitsea Market moving to its new spot by the station?",                                   # Basildon a
    "Which contractor has Woking hired to repair the leisure centre roof in Woking Park?",            # Woking b
    "How many visits did Southport Market get in 2022/23?",                                         # Sefton c
    "What did the independent review of how Barnet handled damp and mould complaints conclude?",     # Barnet d
    "Has the flood authority dropped its drainage objection to the 45 homes off Kirkham Road in Wrea Green?",  # Fylde a
    "How much does Calderdale give the Piece Hall Trust each year towards maintenance?",             # Calderdale b
    "What will an hour in a Cobham car park cost from April 2024?",                                  # Elmbridge c
    "What did families and schools tell Bury Council in the consultation on the Clarence Park play area design?",  # Bury d
    "Where is Derbyshire building the new salt barn for the High Peak?",                             # Derbyshire a
    "How much per kilowatt hour will it cost to use Cheshire East's new on-street chargers?",        # Cheshire East b
    "By how much did passenger numbers grow on the X9 between Exeter and Bude?",                     # Devon c
    "What did the independent review of the Harlow Playhouse's finances find?",                      # Harlow d
    "How much will new ventilation systems for the Christianfields tower blocks in Gravesend cost?",  # Gravesham a
    "How many spaces are there in the Chequer Mead car park in East Grinstead?",                     # Mid Sussex b
    "How many hours a day are the electric car chargers in Porthmadog used?",                        # Gwynedd c
    "What did the joint study of phosphate mitigation for the Somerset Levels recommend?",           # Mendip d
    "What share of the charging income will Rushmoor get from the chargers in its car parks?",       # Rushmoor a
    "Which company will build the new play area at Titchfield Park in Hucknall?",                    # Ashfield b
    "How many visits did Mount Wise Pools in Devonport get in 2023?",                                # Plymouth c
    "What did developers and parish councils say in the consultation on Broadland's nutrient credit prices?",  # Broadland d
    "Do the card payment machines work properly at the Postbridge car park on Dartmoor?",            # Dartmoor a
    "How much will the new play area at Sharley Park in Clay Cross cost?",                           # North East Derbyshire b
    "What was the average wait for a damp inspection for council tenants in Llanelli?",              # Carmarthenshire c
    "What did the structural survey of the rest of the Madeira Terrace arches find?",                # Brighton and Hove d
]

ORDINARY = [
    "What did Bournemouth, Christchurch and Poole Council decide about beach hut rents?",
    "Has Cornwall Council agreed new ferry timetables from Truro?",
    "Has Nottingham City Council approved the new tram extension?",
    "What did Swansea Council decide about repairs to Mumbles Pier?",
    "How much are allotment rents going up next year?",
    "What are the fines for dog fouling in parks?",
    "Has any council changed its taxi licensing fees?",
    "How much does a burial plot cost in the council's cemeteries?",
]


def questions() -> list[dict]:
    out = []
    for n, (q, gold) in enumerate(ANSWERABLE, 1):
        out.append({"id": f"r{n:02d}", "question": q, "gold": [{"doc": d, "quote": t} for d, t in gold]})
    for n, (q, gold) in enumerate(ACROSS, 1):
        out.append({"id": f"x{n:02d}", "question": q, "gold": [{"doc": d, "quote": t} for d, t in gold]})
    for n, q in enumerate(NEAR_MISSES, 1):
        out.append({"id": f"u{n:02d}", "question": q, "gold": []})
    for n, q in enumerate(ORDINARY, 1):
        out.append({"id": f"n{n:02d}", "question": q, "gold": []})
    return out


def main() -> int:
    qs = questions()
    assert len(ANSWERABLE) == 72 and len(ACROSS) == 8 and len(NEAR_MISSES) == 24 and len(ORDINARY) == 8
    (HERE / "questions.jsonl").write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in qs),
                                          encoding="utf-8")
    print(f"wrote {len(qs)} questions to {HERE / 'questions.jsonl'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
