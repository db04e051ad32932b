"""Write bench/heldout24/questions.jsonl: the questions of the twenty-fourth held-out set.

    python bench/heldout24/write_questions.py

r01-r72 answerable (three per document, in content.py's order), x01-x08 across councils, u01-u24 near
misses (one per document; kinds a-d, see README.md), n01-n08 ordinary unanswerable. Each gold quote is
a verbatim substring of its document's visible text (checked by check_gold.py).
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

NEWHAM = "ieListDocuments_CId163_MId7412_Newham_Cabinet"
SHEFFIELD = "ieListDocuments_CId421_MId18830_Sheffield_Planning"
MIDSUFFOLK = "ieListDocuments_CId138_MId2291_MidSuffolk_Cabinet"
BROXTOWE = "ieListDocuments_CId134_MId5120_Broxtowe_Housing"
SWINDON = "ieListDocuments_CId126_MId9077_Swindon_Cabinet"
FOLKESTONE = "ieListDocuments_CId118_MId6034_FolkestoneHythe_Cabinet"
SCAMBS = "mgAi_ID88214_SouthCambs_Scrutiny"
RUSHCLIFFE = "mgAi_ID40127_Rushcliffe_Communities"
HAMPSHIRE = "ieDecisionDetails_ID14452_Hampshire_Verges"
BASSETLAW = "ieDecisionDetails_ID3318_Bassetlaw_Cabinet"
WYRE = "WFDC_Cabinet_Minutes_2023-12-12"
WLINDSEY = "WLDC_Prosperous_Communities_2023-03-28"
ANGUS = "Angus_PR_Committee_Minutes_Aug2022"
MORAY = "Moray_PRS_Committee_2023-05-09"
ELINDSEY = "ELDC_Executive_Minutes_2024-03-20"
NDEVON = "NDC_Strategy_Resources_Minutes_061122"
KLWN = "KLWN_Cabinet_Pack_2023-07-04"
UTTLESFORD = "Uttlesford_Cabinet_Pack_2022-12-15"
CAERPHILLY = "Caerphilly_Cabinet_Pack_2023-09-27"
SHAMS = "SHDC_Executive_Report_Solar_Follaton"
HIGHPEAK = "HPBC_Report_Buxton_Pavilion_Gardens"
DENBIGH = "Denbighshire_Communities_Scrutiny_2023-06-08"
SKESTEVEN = "SKDC_Environment_OSC_Minutes_2024-05-23"
SCILLY = "IoS_Full_Council_Minutes_2023-07-20"

# (document, question, quote) three per document, in content.py's order
ANSWERABLE = [
    (NEWHAM, "Who is going to pay for the fridges and freezers in Newham's community pantries?",
     "the Household Support Fund would pay for the fridges and freezers"),
    (NEWHAM, "What did the buyer offer Newham for the old depot on Prince Regent Lane?",
     "had offered £4.1 million"),
    (NEWHAM, "Roughly how many leased homes is Newham aiming for in the first year of the new framework?",
     "officers were working towards 240 homes"),
    (SHEFFIELD, "How did the committee vote on the flats at the old Kelham Island Works, and who proposed it?",
     "It was moved by Councillor Tom Grierson and seconded by Councillor Aziz Rahman that the application be "
     "granted. On being put to the vote, 7 voted for and 3 against"),
    (SHEFFIELD, "What time would the back terrace of the new bar on Abbeydale Road shut?",
     "the applicant had offered to close the rear terrace at 9.30 pm"),
    (SHEFFIELD, "Why was the decision on the Manor Lane housing site put off?",
     "be deferred until the transport assessment was available"),
    (MIDSUFFOLK, "How is Mid Suffolk paying for the solar canopies over its car parks?",
     "funded from prudential borrowing of £1.9 million repaid from the energy savings"),
    (MIDSUFFOLK, "Is there actually demand for small business units at Eye Airfield?",
     "a waiting list of nineteen firms seeking units under 150 square metres"),
    (MIDSUFFOLK, "Is the Thursday market in Stowmarket going to be moved somewhere else?",
     "retaining the market on its present site"),
    (BROXTOWE, "Which company has Broxtowe brought in to deal with the worst damp and mould in council houses?",
     "Trentside Property Care Ltd"),
    (BROXTOWE, "How long does Broxtowe now take to inspect a serious damp report?",
     "an inspection was now made within five working days of a serious report"),
    (BROXTOWE, "What will the average weekly council rent in Broxtowe be after the increase?",
     "The average weekly rent would rise from £86.40 to £92.10."),
    (SWINDON, "Who is footing the bill for doing up the Oasis in Swindon?",
     "Meridian would fund the works, estimated at £23 million"),
    (SWINDON, "Can Swindon Borough Council make the bus company bring back the 14 to Penhill?",
     "the council had no power to require its return"),
    (SWINDON, "When is the resurfacing of Great Western Way happening?",
     "to be carried out over four weekends in July"),
    (FOLKESTONE, "Which firm is resurfacing the Royal Military Canal towpath at Hythe?",
     "Weald Surfacing Ltd"),
    (FOLKESTONE, "Do the seafront toilets in Folkestone and Hythe stay open over the winter?",
     "six would remain open all year and that the others would close from November to March"),
    (FOLKESTONE, "What will the district's Band D council tax be in Folkestone and Hythe for 2024/25?",
     "taking the district's Band D charge to £289.17"),
    (SCAMBS, "Did staff turnover change during South Cambridgeshire's four-day week trial?",
     "staff turnover in the office teams had fallen by 31 per cent"),
    (SCAMBS, "Could people still phone South Cambridgeshire on a Friday during the four-day week?",
     "the contact centre remained open five days a week on a rota"),
    (SCAMBS, "How much has South Cambridgeshire saved on agency workers since the four-day week began?",
     "the number of agency staff had fallen from 58 to 41, saving about £0.7 million a year"),
    (RUSHCLIFFE, "How long is CCTV footage kept in Rushcliffe?",
     "it was held for 31 days unless the police asked for it to be kept longer"),
    (RUSHCLIFFE, "How many arrests came from Rushcliffe's CCTV in 2021/22?",
     "leading to 212 arrests"),
    (RUSHCLIFFE, "Is anything being done about car thefts at Rushcliffe Country Park?",
     "two temporary cameras could be deployed in the car park for three months over the summer"),
    (HAMPSHIRE, "Which contractor cuts the rural verges for Hampshire County Council?",
     "The cutting contract with Hedgerow Highway Services Ltd runs until March 2026"),
    (HAMPSHIRE, "How much does the county pay a parish council for cutting its own verges?",
     "with the County Council reimbursing £0.42 per square metre"),
    (HAMPSHIRE, "Why didn't Hampshire go back to cutting verges twice a year?",
     "it would cost an estimated £180,000 more and remove flowering plants before they set seed"),
    (BASSETLAW, "Who got the contract for the Bridge Street works in Worksop?",
     "Sherwood Civils Ltd"),
    (BASSETLAW, "How much has footfall fallen on Bridge Street in Worksop?",
     "Footfall counts in Bridge Street had fallen by 18 per cent between 2019 and 2022"),
    (BASSETLAW, "Why did Bassetlaw choose York stone rather than resin gravel?",
     "it would not suit the conservation area"),
    (WYRE, "How many traders are at the Saturday market in Kidderminster now?",
     "the Saturday street market had grown from 18 to 31 traders since it moved to Vicar Street"),
    (WYRE, "Where is the money for the Stourport riverside scheme coming from?",
     "of which £600,000 came from the Levelling Up Fund and the rest from the council's capital programme"),
    (WYRE, "Will the new riverside path at Stourport be under water when the Severn floods?",
     "would be closed only when the river was in flood, which had happened on 14 days in the last year"),
    (WLINDSEY, "Who looks after the flood gate on Caskgate Street in Gainsborough?",
     "the Environment Agency owned and maintained it"),
    (WLINDSEY, "How many people came to the Gainsborough food festival in 2022?",
     "an estimated 9,500 visitors"),
    (WLINDSEY, "How big can West Lindsey's fines on landlords be under the new enforcement policy?",
     "civil penalties for landlords would now range from £1,000 to £30,000"),
    (ANGUS, "How did the vote on parking charges at West Links Parade in Carnoustie go?",
     "4 members voted for the amendment and 2 for the motion, and the amendment was declared carried"),
    (ANGUS, "How much did the solar panels at Forfar Academy and the Webster Memorial Theatre save?",
     "generating £27,400 of savings in their first year"),
    (ANGUS, "Why is Arbroath harbour earning less from berthing than it used to?",
     "berthing income had fallen from £61,000 in 2019 to £38,000 in 2021, largely because of the closed "
     "sections"),
    (MORAY, "Who moved and seconded approval of the 36 houses at Linkwood Road in Elgin?",
     "Councillor Keith, seconded by Councillor Ross, moved that the application be approved as recommended"),
    (MORAY, "Why was the takeaway on Mid Street in Keith turned down?",
     "a takeaway would harm the vitality of the town centre"),
    (MORAY, "What hours can lorries use the new warehouse at the Rothes distillery?",
     "limiting lorry movements to between 7am and 7pm"),
    (ELINDSEY, "Which builder is putting up the Colonnade on Mablethorpe seafront?",
     "Ashworth Coastal Builders Ltd"),
    (ELINDSEY, "How much are the new Skegness foreshore cameras costing, and who pays?",
     "at a cost of £295,000, met from the Town Deal"),
    (ELINDSEY, "Who keeps an eye on the CCTV along Skegness foreshore?",
     "monitored by trained volunteers in the control room at the Embassy Theatre"),
    (NDEVON, "How busy are the toilets at Ilfracombe harbour?",
     "the toilets at Ilfracombe harbour had about 180,000 visits a year"),
    (NDEVON, "Do you have to pay to use the public toilets at Woolacombe?",
     "contactless payment of 40p had been introduced at Woolacombe"),
    (NDEVON, "Which local councils have shown interest in taking over public toilets from North Devon?",
     "Braunton Parish Council and Lynton and Lynmouth Town Council had expressed interest"),
    (KLWN, "What did the shopper survey in King's Lynn find about the market?",
     "63 per cent visited the town centre mainly because of the market"),
    (KLWN, "What daily charge is proposed for traders who come to the Tuesday market most weeks?",
     "traders who book 40 or more Tuesdays a year pay £18 a day"),
    (KLWN, "Why is there a waiting list for swimming lessons at Lynnsport?",
     "the shortage was of qualified swimming teachers, not pool space"),
    (UTTLESFORD, "How much has Uttlesford set aside for the Great Dunmow pool study?",
     "approves a budget of £65,000 for the feasibility study"),
    (UTTLESFORD, "What happens when Stansted breaks the night noise limit?",
     "the airport operator paid a penalty of £1,000 for each breach into a community fund"),
    (UTTLESFORD, "Is parking free in Saffron Walden in the run up to Christmas?",
     "trial free parking after 3 pm on weekdays in the Swan Meadow car park during December"),
    (CAERPHILLY, "Who pays for the Llanbradach flood scheme?",
     "with 85 per cent funded by Welsh Government and 15 per cent by the Council"),
    (CAERPHILLY, "How many homes flooded inside in Llanbradach during Storm Dennis?",
     "64 properties in Llanbradach and 27 in Bargoed were flooded internally"),
    (CAERPHILLY, "Can the campsite at Cwmcarn Forest have more pitches?",
     "the lease with Natural Resources Wales did not allow further pitches without its consent"),
    (SHAMS, "Which company would fit the solar car ports at Follaton House and Kingsbridge?",
     "Dartline Renewables Ltd"),
    (SHAMS, "Who will buy the power from the solar car port at the Kingsbridge leisure centre?",
     "Its operator, Tamar Leisure Trust, has agreed to buy the electricity generated at the site"),
    (SHAMS, "Why weren't panels put in a field at Ivybridge instead?",
     "rejected because of the cost of a new grid connection"),
    (HIGHPEAK, "What did the survey of the Pavilion Gardens conservatory in Buxton find?",
     "40 per cent of the cast iron glazing bars were corroded and that the timber floor needed to be replaced"),
    (HIGHPEAK, "Where is the money for the new play area in Buxton coming from?",
     "funded from developer contributions"),
    (HIGHPEAK, "Will the café at the Pavilion Gardens shut while the conservatory is being restored?",
     "The Pavilion Gardens café and the Octagon hall would stay open throughout the works."),
    (DENBIGH, "How many bin collections were missed in the first week of Denbighshire's new recycling service?",
     "1,920 missed collections had been reported in the first week"),
    (DENBIGH, "My mother can't lift the new recycling boxes in Denbighshire. Is there any help?",
     "assisted collections were available on request"),
    (DENBIGH, "What did it cost to fix the wave machine at SC2 in Rhyl?",
     "after repairs to the wave machine costing £96,000"),
    (SKESTEVEN, "Have complaints about long grass in South Kesteven gone down?",
     "37 complaints had been received in 2023, compared with 80 in 2022"),
    (SKESTEVEN, "How big is the fly tipping fine in South Kesteven?",
     "fixed penalty notices of £400 had been issued in 61 cases"),
    (SKESTEVEN, "Where would Grantham's monthly craft market be held?",
     "a monthly craft market on Westgate"),
    (SCILLY, "What time do the toilets at the Quay on St Mary's close in summer?",
     "the block would now close at 9 pm rather than 7 pm between May and September"),
    (SCILLY, "Who is resurfacing the runway at St Mary's Airport?",
     "The contractor was Kernow Airfield Paving Ltd."),
    (SCILLY, "How are rents worked out for the new homes at Normandy on St Mary's?",
     "rents were set at 80 per cent of the local market rent"),
]

CROSS = [
    ("Which councils discussed the state or running of their public toilets?",
     [(FOLKESTONE, "the eleven public toilet blocks owned by the council"),
      (NDEVON, "the review of the council's 31 public conveniences"),
      (SCILLY, "the public toilets on St Mary's at the Quay, Porth Mellon and Old Town"),
      (ELINDSEY, "which included public toilets, a changing places facility and a community space")]),
    ("What are Swindon and Uttlesford each doing about a swimming pool?",
     [(SWINDON, "reopen a swimming pool of 25 metres with a separate learner pool"),
      (UTTLESFORD, "commission a feasibility study for a pool at the Great Dunmow Leisure Centre site")]),
    ("Which councils are spending money on new or upgraded CCTV cameras?",
     [(RUSHCLIFFE, "An upgrade of the Bingham cameras to high definition had been completed in March at a cost "
                   "of £86,000"),
      (BASSETLAW, "14 new CCTV cameras linked to the control room at Queen's Buildings"),
      (ELINDSEY, "replacing them with digital cameras at a cost of £295,000")]),
    ("Which councils are letting grass or verges grow longer for wildflowers?",
     [(HAMPSHIRE, "the number of wildflower verges be increased from 37 to 60 sites"),
      (SKESTEVEN, "were now cut only twice a year to let wildflowers grow")]),
    ("Which councils gave figures for how many traders or stalls their markets have?",
     [(WYRE, "the Saturday street market had grown from 18 to 31 traders"),
      (KLWN, "In 2022/23 the Tuesday market had an average of 41 stalls and the Friday market 17 stalls"),
      (SKESTEVEN, "The number of traders had fallen to an average of 24.")]),
    ("How many households do Newham and Broxtowe have in temporary accommodation?",
     [(NEWHAM, "The number of households in nightly paid rooms outside the borough had risen to 1,184 in "
               "August"),
      (BROXTOWE, "Forty-two households were in temporary accommodation at the end of December")]),
    ("Which councils are doing something to protect homes from rivers flooding?",
     [(WLINDSEY, "property resilience grants of up to £5,000 to households in the Trent villages"),
      (CAERPHILLY, "The Llanbradach scheme comprises a new culvert under Coedybrain Road and a flood wall "
                   "along the Nant Llan"),
      (WYRE, "the demountable barriers at Beales Corner and Severnside North in Bewdley")]),
    ("Which councils are putting solar panels on their buildings or over their car parks?",
     [(MIDSUFFOLK, "install solar canopies over the long stay car parks at Needham Market and Stowmarket"),
      (ANGUS, "panels be installed at a further nine buildings"),
      (SHAMS, "the installation of solar car ports at two council sites")]),
]

# one per document, in content.py's order; kind and what the text has are in README.md
NEAR_MISSES = [
    "When is the sale of the Prince Regent Lane depot in Newham going to complete?",            # a
    "How many councillors voted for and against the bar at 512 Abbeydale Road?",                 # c
    "What did the ground investigation at the Ipswich Street car park in Stowmarket find?",     # d
    "How much is Broxtowe's damp and mould contract with Trentside Property Care worth?",       # b
    "When will the Oasis in Swindon open again?",                                                # a
    "What did the condition survey of the seafront toilet blocks in Folkestone and Hythe show?",  # d
    "How many staff took part in South Cambridgeshire's four-day week trial?",                  # b
    "How much did the upgrade of the CCTV cameras in Cotgrave cost?",                            # c
    "What did the botanical survey of Hampshire's wildflower verges find?",                      # d
    "When do the paving works on Bridge Street in Worksop start?",                               # a
    "How much money will Wyre Forest save with the new bin rounds?",                             # b
    "How many homes in Scotter got flood doors from West Lindsey's grants?",                     # c
    "What did the divers find when they inspected the harbour walls at Arbroath?",               # d
    "What was the vote on the hot food takeaway at 27 Mid Street in Keith?",                      # c
    "When will the new Colonnade on Mablethorpe seafront be handed over?",                       # a
    "How much does North Devon Council spend a year on cleaning its public toilets?",            # b
    "What does a stall cost per day at the Saturday market in King's Lynn?",                     # c
    "What did people say in the consultation on a swimming pool for Great Dunmow?",              # d
    "How much will the Bargoed flood scheme cost?",                                              # a
    "When will the solar car ports at Follaton House be installed?",                             # b
    "What did it cost the last time the play area in Buxton's Pavilion Gardens was replaced?",   # c
    "What did the internal audit review of Denbighshire's new recycling service conclude?",     # d
    "When will South Kesteven roll out weekly food waste collections to the whole district?",   # a
    "How much will the runway resurfacing at St Mary's Airport cost?",                           # b
]

ORDINARY = [
    "What did Leeds City Council decide about the bus lanes on the A65?",
    "Has Cardiff Council put up parking charges at Cardiff Bay?",
    "How much does the council charge for a burial plot?",
    "Which councils have banned disposable barbecues in their parks?",
    "How many allotment plots are vacant and how long is the waiting list?",
    "What did Norwich City Council agree about its new cycle hire scheme?",
    "How much will taxi licence fees go up for electric cabs?",
    "What did Inverness councillors decide about the Eastgate car park?",
]


def questions() -> list[dict]:
    out = [{"id": f"r{n:02d}", "question": q, "gold": [{"doc": d, "quote": quote}]}
           for n, (d, q, quote) in enumerate(ANSWERABLE, 1)]
    out += [{"id": f"x{n:02d}", "question": q, "gold": [{"doc": d, "quote": quote} for d, quote in golds]}
            for n, (q, golds) in enumerate(CROSS, 1)]
    out += [{"id": f"u{n:02d}", "question": q, "gold": []} for n, q in enumerate(NEAR_MISSES, 1)]
    out += [{"id": f"n{n:02d}", "question": q, "gold": []} for n, q in enumerate(ORDINARY, 1)]
    return out


def main() -> int:
    qs = questions()
    assert len(ANSWERABLE) == 72 and len(CROSS) == 8 and len(NEAR_MISSES) == 24 and len(ORDINARY) == 8
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for q in qs:
            handle.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"wrote {len(qs)} questions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
