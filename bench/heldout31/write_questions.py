"""Write bench/heldout31/questions.jsonl: 112 questions on the twenty-four documents of content.py.

    python bench/heldout31/write_questions.py

r01-r72 answerable (three per document, in README.md's table order), x01-x08 across councils (one
gold quote per relevant document), u01-u24 near misses (one per document, six of each kind a-d,
see README.md), n01-n08 ordinary unanswerable questions. Unanswerable questions have `"gold": []`.
Every gold quote is checked verbatim by check_gold.py.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

LIV = "ieListDocuments_CId171_MId24603_Liverpool_Cabinet"
SUT = "ieListDocuments_CId412_MId8830_Sutton_Environment"
HAR = "ieListDocuments_CId118_MId10477_Haringey_Cabinet"
DOR = "ieListDocuments_CId301_MId5526_Dorset_NorthernPlanning"
SGL = "ieListDocuments_CId139_MId3318_SouthGlos_Cabinet"
WIR = "ieListDocuments_CId1045_MId9921_Wirral_ECET"
ELM = "mgAi_ID62318_Elmbridge_Scrutiny"
YRK = "mgAi_ID80422_York_Executive"
NFK = "ieDecisionDetails_ID7715_Norfolk_Dereham_Library"
CDF = "ieDecisionDetails_ID9240_Cardiff_FlyTipping"
NNO = "NNDC_Cabinet_Minutes_04122023"
TEI = "Teignbridge_Planning_Committee_Minutes_16012024"
GRA = "Gravesham_Cabinet_Minutes_9Oct2023"
LAN = "Lancaster_Cabinet_Minutes_2023-11-14"
HIG = "Highland_EconomyInfrastructure_Minutes_22Feb2024"
NAY = "NAC_Cabinet_Minutes_30-01-24"
STR = "SDC_Cabinet_Pack_2024-03-11"
ERY = "ERYC_Cabinet_Agenda_Pack_21112023"
CHI = "CDC_Cabinet_Pack_05-12-2023"
HBR = "HDC_Cabinet_Report_HVO_Fleet_Fuel"
ANG = "IoACC_Executive_Report_Premiums_Jan2024"
STY = "STC_People_Select_Committee_Minutes_07122023"
ERE = "EBC_Community_Scrutiny_Minutes_2023-06-27"
LEW = "LDC_Cabinet_Minutes_2023-07-20"

ANSWERABLE = [
    # Liverpool
    ("Which firm is going to put in Liverpool's new street charging points for electric cars?",
     [(LIV, "Merseyvolt Charging Limited had submitted the most advantageous bid")]),
    ("Is the council having to find any of its own money for the Liverpool street chargers?",
     [(LIV, "The installation would be paid for by a government grant of £1.94 million from the Local "
            "Electric Vehicle Infrastructure fund, with no contribution from the Council's capital budget")]),
    ("What was a resident told about the overflowing bins around the lake in Sefton Park?",
     [(LIV, "40 additional bins would be put in along the lakeside and near the Palm House before Easter 2024")]),
    # Sutton
    ("What did the testing of the water in the Carshalton ponds show?",
     [(SUT, "The samples showed phosphate at roughly three times the target level")]),
    ("Why has Sutton dropped the parking zone near Worcester Park station?",
     [(SUT, "61 per cent of those who replied were against it, mainly because they did not want to pay for a "
            "permit to park outside their own homes")]),
    ("Who tried to get a smaller parking zone for Cromwell Road and Longfield Avenue, and how did the vote go?",
     [(SUT, "Councillor Dominic Hart moved an amendment, seconded by Councillor Lorna Ekwueme"),
      (SUT, "the amendment was lost by 4 votes to 7")]),
    # Haringey
    ("Who has Haringey hired to fix the roof and chimneys at Bruce Castle, and for how much?",
     [(HAR, "Pellow and Garnet Conservation Limited had offered the best value at £786,400")]),
    ("What did Haringey promise the people who want to keep running the Lordship Rec café?",
     [(HAR, "would offer the users forum the first chance to run it on a new five year lease at the same rent")]),
    ("How much is the Mayor's office putting towards Haringey's new street trees?",
     [(HAR, "The Greater London Authority had agreed to pay £340,000 of the £512,000 cost")]),
    # Dorset
    ("Who proposed approving the 46 homes at Park Farm in Gillingham, and what was the vote?",
     [(DOR, "Councillor Graham Pettit proposed that the application be approved as recommended, seconded by "
            "Councillor Jean Hollings; on being put to the vote this was carried by 7 votes to 3")]),
    ("Why did Dorset's planning committee turn down the care home extension in Sherborne?",
     [(DOR, "the extension would be too bulky next to the listed almshouse cottages and would harm the "
            "Sherborne conservation area")]),
    ("How many of the Park Farm houses in Gillingham will be affordable?",
     [(DOR, "16 of the homes, or 35 per cent, would be affordable")]),
    # South Gloucestershire
    ("Which contractor is planting South Gloucestershire's new woodland?",
     [(SGL, "carried out by Severnside Forestry Services")]),
    ("Is South Glos going to bring back the Sunday bus to Page Park?",
     [(SGL, "the Council had no budget to fund the route itself, but that it would be included in the next bid "
            "to the West of England Combined Authority")]),
    ("How long is the early-till-late self-service trial at Bradley Stoke library going to last?",
     [(SGL, "trial self-service opening from 8am to 8pm at Bradley Stoke for six months from September")]),
    # Wirral
    ("When should the new chargers in the West Kirby and Hoylake car parks be up and running?",
     [(WIR, "expected to be working by the end of June 2024")]),
    ("How much is Wirral's new fly-tipping fine if you pay it straight away?",
     [(WIR, "reduced to £600 if paid within ten days")]),
    ("Who moved and seconded the fly-tipping proposals at Wirral's committee, and what was the vote?",
     [(WIR, "Councillor Gwen Talbot moved the recommendations, seconded by Councillor Steve Ferrier"),
      (WIR, "carried by 9 votes to 2")]),
    # Elmbridge
    ("Who runs the Xcel leisure centre in Walton now?",
     [(ELM, "Brightwater Active Leisure had taken over the Xcel Leisure Complex")]),
    ("Why is there such a long wait for children's swimming lessons in Elmbridge?",
     [(ELM, "the waiting list was down to a shortage of qualified swimming teachers")]),
    ("Could the leisure company close the Hersham pool without asking the council?",
     [(ELM, "Officers replied that it could not: any closure or change to opening hours needed the Council's "
            "written consent under the contract.")]),
    # York
    ("What will a first residents' parking permit cost in York?",
     [(YRK, "a first permit would rise from £104 to £126 a year")]),
    ("Why is York putting its parking permit prices up?",
     [(YRK, "the permits no longer covered the cost of running the scheme")]),
    ("Will carers in York have to start paying for their parking permits?",
     [(YRK, "carers' permits would stay free")]),
    # Norfolk
    ("Which company got the job of refurbishing Dereham Library?",
     [(NFK, "the award of the refurbishment works to Breckland Interiors Limited for £412,000")]),
    ("How much is the Arts Council giving towards Dereham Library?",
     [(NFK, "Arts Council England will contribute £250,000 through its Libraries Improvement Fund")]),
    ("Why wasn't Dereham Library moved into the Memorial Hall instead?",
     [(NFK, "the hall could not offer enough space for the children's library")]),
    # Cardiff
    ("How big is Cardiff's new on-the-spot fine for dumping rubbish?",
     [(CDF, "raise the fixed penalty notice for small scale fly-tipping to £500")]),
    ("Which parts of Cardiff are getting the new fly-tipping cameras?",
     [(CDF, "twelve mobile cameras to be placed in back lanes in Splott, Adamsdown, Cathays and Ely")]),
    ("Why did Cardiff decide against fixed cameras for fly-tipping?",
     [(CDF, "Fixed cameras were rejected because offenders soon learn where they are and move on.")]),
    # North Norfolk
    ("Who will run The Reef and North Norfolk's other leisure centres from April 2024?",
     [(NNO, "Coastal Active Trust had submitted the only compliant tender")]),
    ("Why is the car park by the beach at Mundesley still fenced off?",
     [(NNO, "the cliff edge had moved to within eight metres of the car park wall during the storms in October")]),
    ("Will swimming prices go up under North Norfolk's new leisure contract?",
     [(NNO, "swimming prices were fixed in the contract until April 2025 and could then rise by no more than inflation")]),
    # Teignbridge
    ("Who proposed the Secmaton Lane homes in Dawlish, and how did the vote go?",
     [(TEI, "It was proposed by Councillor Trevelyan and seconded by Councillor Stokes that the application be "
            "approved as recommended"),
      (TEI, "7 for, 2 against and 1 abstention")]),
    ("Why was the decision on the Powderham Terrace flats in Teignmouth put off?",
     [(TEI, "so that the applicant can answer the Committee's concerns about bin storage and room sizes")]),
    ("How much will the Dawlish developer give towards school places?",
     [(TEI, "the developer would pay £412,000 towards secondary school places")]),
    # Gravesham
    ("Where can people in Gravesham go to keep warm this winter?",
     [(GRA, "open warm spaces at the Woodville, Northfleet Library and four community centres")]),
    ("What money is paying for Gravesham's warm spaces?",
     [(GRA, "The £46,000 cost would be met from the UK Shared Prosperity Fund")]),
    ("What was a resident told about the broken lights in the underpass at Istead Rise?",
     [(GRA, "National Highways had promised a repair by the end of October")]),
    # Lancaster
    ("How much will a residents' parking permit cost in Lancaster from February?",
     [(LAN, "go up from £30 to £45 a year from 1 February 2024")]),
    ("How many fly tipping fines has Lancaster handed out, and where?",
     [(LAN, "212 notices had been issued in the year to September, mostly in the West End of Morecambe and "
            "around Skerton")]),
    ("Which firm is doing the stone repairs on the Ashton Memorial?",
     [(LAN, "The work was being done by Pennine Heritage Masonry.")]),
    # Highland
    ("How many people have applied to Highland for a licence to run a holiday let?",
     [(HIG, "4,912 applications for short term let licences had been received since the scheme began")]),
    ("Why have some holiday let licences been refused in the Highlands?",
     [(HIG, "58 had been refused, mainly because of fire safety or poor water supply")]),
    ("Who is running the evening buses between Thurso and Wick now?",
     [(HIG, "would now be run by the Council's own bus fleet")]),
    # North Ayrshire
    ("How many second homes are there in North Ayrshire?",
     [(NAY, "There were 1,046 second homes in North Ayrshire, three quarters of them on Arran and Cumbrae")]),
    ("Which second home owners in North Ayrshire won't be charged double council tax?",
     [(NAY, "Homes let for at least 140 nights a year and homes tied to a job would not pay the premium")]),
    ("Who won the Largs sea wall job, and how long will the work take?",
     [(NAY, "Clydeside Marine Civils Ltd had won the tender for £2.3 million, and work would start in April and "
            "take about seven months")]),
    # Stratford-on-Avon
    ("Who is taking over the leisure centres in Stratford, Studley and Shipston?",
     [(STR, "the Leisure Management Contract be awarded to Ardenvale Leisure Community Trust for ten years")]),
    ("Will Stratford council still have to subsidise its leisure centres under the new deal?",
     [(STR, "the operator would pay the Council £185,000 a year for the right to run the centres, instead of "
            "the Council paying a subsidy of £240,000 a year")]),
    ("Why has the Bleachfield Street car park in Alcester been shut, and when will it reopen?",
     [(STR, "a sinkhole had opened under the exit"), (STR, "the car park would reopen on 26 February")]),
    # East Riding
    ("How many warm hubs are opening in the East Riding this winter?",
     [(ERY, "Thirty eight warm hubs will open from 1 December 2023 to 31 March 2024")]),
    ("What help are village halls getting with their heating bills in the East Riding?",
     [(ERY, "village halls will receive £600 each towards their heating bills")]),
    ("Will new traders get any rent free time at Goole Market Hall?",
     [(ERY, "new traders would be offered the first six months rent free from January 2024")]),
    # Chichester
    ("What will an hour's parking at North Street in Midhurst cost from April?",
     [(CHI, "the charge for up to one hour would rise from £1.20 to £1.50")]),
    ("What did the summer counts of the Midhurst car parks show?",
     [(CHI, "North Street was full on most weekday mornings, while the Grange car park was seldom more than half full")]),
    ("Is Chichester going to put in another wheelchair ramp onto the beach at Selsey?",
     [(CHI, "a second ramp had been costed at £48,000 and would be added to the capital bid for 2024/25")]),
    # Harborough
    ("How much extra will Harborough pay a year to run its bin lorries on HVO?",
     [(HBR, "which would add around £110,000 a year to the fleet's fuel bill")]),
    ("Why isn't Harborough buying electric bin lorries?",
     [(HBR, "the longest rural rounds, out to Husbands Bosworth and the Welland valley villages, are beyond the "
            "range of the current models")]),
    ("Will the bin lorries need new engines to run on vegetable oil fuel?",
     [(HBR, "HVO can be used in the existing engines without any changes")]),
    # Anglesey
    ("What is happening to the extra council tax on homes left empty for years on Anglesey?",
     [(ANG, "rises from 100 per cent to 150 per cent from 1 April 2024")]),
    ("Where are most of Anglesey's second homes?",
     [(ANG, "with the highest numbers in Rhosneigr, Trearddur Bay and Benllech")]),
    ("How many households has Anglesey helped onto the housing ladder?",
     [(ANG, "the first time buyer scheme has helped 87 households to buy a home on the Island")]),
    # South Tyneside
    ("How many warm spaces has South Tyneside got open this winter?",
     [(STY, "27 warm spaces were open this winter across the borough")]),
    ("Is there anywhere in South Tyneside to keep warm on a Sunday?",
     [(STY, "St Mark's church hall in Jarrow would open on Sunday afternoons from 10 December")]),
    ("Why did the holiday club places in Hebburn fill up so quickly?",
     [(STY, "only two providers in Hebburn had applied for funding")]),
    # Erewash
    ("How many trees did Erewash plant in its parks last winter?",
     [(ERE, "850 trees had been planted last winter in West Park, Long Eaton, and Victoria Park, Ilkeston")]),
    ("Who paid for the new trees in West Park and Victoria Park?",
     [(ERE, "the Trees for Climate grant had covered the cost of the trees and the Council had paid for the planting")]),
    ("Why hasn't Erewash simply built a play area by Sandiacre Lock?",
     [(ERE, "the land belonged to the Canal and River Trust")]),
    # Lewes
    ("Whereabouts on Seaford seafront will the new beach huts go?",
     [(LEW, "between the Martello Tower and Splash Point")]),
    ("Who moved the Seaford beach huts proposal at Lewes cabinet, and what was the vote?",
     [(LEW, "Councillor Rook moved the recommendation, seconded by Councillor Mistry, and it was agreed by 4 votes to 1")]),
    ("When will the steps down to the undercliff walk at Peacehaven be open again?",
     [(LEW, "the steps would stay closed until the cliff face above them had been netted, which was booked for September")]),
]

ACROSS = [
    ("What are Liverpool and Wirral each doing about charging points for electric cars?",
     [(LIV, "the installation of 120 on-street charge points in terraced streets"),
      (WIR, "40 fast charge points to be put into council car parks at West Kirby, Hoylake, New Brighton and Heswall")]),
    ("Compare York and Lancaster on what a residents' parking permit is going to cost.",
     [(YRK, "a first permit would rise from £104 to £126 a year"),
      (LAN, "go up from £30 to £45 a year from 1 February 2024")]),
    ("What are Anglesey, North Ayrshire and Highland each doing about second homes and holiday lets?",
     [(ANG, "That the premium on second homes stays at 100 per cent for 2024/25."),
      (NAY, "charging double council tax on second homes from 1 April 2024"),
      (HIG, "4,912 applications for short term let licences had been received since the scheme began")]),
    ("What are Chichester and Lewes each planning for beach huts?",
     [(CHI, "24 new beach huts on the promenade at Bracklesham"),
      (LEW, "30 new beach huts on the seafront")]),
    ("Which councils are planting lots of new trees, and how many?",
     [(HAR, "1,200 new street trees would be planted over the next two winters"),
      (SGL, "plant 27,000 trees on 18 hectares of council land over three planting seasons"),
      (ERE, "850 trees had been planted last winter in West Park, Long Eaton, and Victoria Park, Ilkeston")]),
    ("Which councils are opening warm spaces or warm hubs this winter?",
     [(GRA, "open warm spaces at the Woodville, Northfleet Library and four community centres"),
      (ERY, "Each hub will offer a warm seat, hot drinks, free wifi and advice on energy bills"),
      (STY, "27 warm spaces were open this winter across the borough")]),
    ("Which councils have picked a new company or trust to run their leisure centres?",
     [(ELM, "Brightwater Active Leisure had taken over the Xcel Leisure Complex"),
      (NNO, "award the leisure operating contract to Coastal Active Trust"),
      (STR, "the Leisure Management Contract be awarded to Ardenvale Leisure Community Trust for ten years")]),
    ("Which councils are putting up their fines for fly-tipping?",
     [(WIR, "raise the fixed penalty for fly-tipping from £400 to £1,000"),
      (CDF, "raise the fixed penalty notice for small scale fly-tipping to £500"),
      (LAN, "with no discount for early payment, and to take every unpaid notice to court")]),
]

NEAR_MISSES = [
    "When will the last of the Lodge Lane shopfronts in Liverpool be finished?",                 # a
    "How much is the clean-up of the Carshalton ponds going to cost?",                             # b
    "What did the structural survey of Bruce Castle's east wing find?",                           # d
    "How did the councillors vote on turning the old bank in Shaftesbury High Street into a café?",  # c
    "When does the work on Regent Street in Kingswood start?",                                     # a
    "How many fly-tipping fines did Wirral give out last year?",                                   # b
    "What did the survey of the leaking pool hall roof at the Xcel centre find?",                  # d
    "How many residents' parking permits are there in York's Heworth area?",                       # c
    "When is Dereham Library going to reopen after the refurbishment?",                            # a
    "What did the review of Cardiff's fly-tipping camera pilot conclude?",                         # d
    "How much are the Mundesley homeowners being offered for their houses on the cliff?",          # b
    "What was the vote on the barn conversion at Hind Street in Bovey Tracey?",                    # c
    "What did the heritage assessment of the old windmill site on Windmill Hill in Gravesend find?",  # d
    "When will the Ashton Memorial be open for weddings again?",                                   # a
    "How many holiday let licence applications came from Fort William?",                           # c
    "How much money will North Ayrshire raise from doubling council tax on second homes?",         # b
    "What did the condition survey of Stratford, Studley and Shipston leisure centres show?",      # d
    "Will the East Riding's warm hubs be open again next winter?",                                 # a
    "What will it cost to park for an hour at the Grange car park in Midhurst from April?",        # c
    "Which company will supply the vegetable oil fuel for Harborough's bin lorries?",              # b
    "What did Anglesey's study of how the council tax premiums have affected the housing market find?",  # d
    "How many visits did the warm space in Jarrow get in November?",                               # c
    "When will the lift at Ilkeston Town Hall be working again?",                                  # a
    "How much will it cost to rent one of the new beach huts in Seaford?",                         # b
]

ORDINARY = [
    "What has Bristol City Council decided about the bridges in the harbourside?",
    "Has Swansea council agreed new mooring fees at the marina?",
    "What did Bolton Council say about the future of its indoor market?",
    "When will the Beach Ballroom in Aberdeen reopen?",
    "Which councils are bringing in bigger fines for dog fouling?",
    "Has any council agreed to switch off street lights after midnight to save money?",
    "What are councils charging for pest control call-outs for rats and mice?",
    "Which councils are bringing in e-scooter hire schemes?",
]


def rows() -> list[dict]:
    out = []
    for n, (question, gold) in enumerate(ANSWERABLE, 1):
        out.append({"id": f"r{n:02d}", "question": question, "gold": [{"doc": d, "quote": q} for d, q in gold]})
    for n, (question, gold) in enumerate(ACROSS, 1):
        out.append({"id": f"x{n:02d}", "question": question, "gold": [{"doc": d, "quote": q} for d, q in gold]})
    for n, question in enumerate(NEAR_MISSES, 1):
        out.append({"id": f"u{n:02d}", "question": question, "gold": []})
    for n, question in enumerate(ORDINARY, 1):
        out.append({"id": f"n{n:02d}", "question": question, "gold": []})
    return out


def main() -> int:
    questions = rows()
    assert len(ANSWERABLE) == 72 and len(ACROSS) == 8 and len(NEAR_MISSES) == 24 and len(ORDINARY) == 8
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for q in questions:
            handle.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"wrote {len(questions)} questions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
