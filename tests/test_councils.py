"""The council table: every UK principal authority by any of its names."""
from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from assistant.councils import (all_councils, canonical_council, council_from_address, council_named,
                                councils_in_question, find_council)

ROOT = Path(__file__).resolve().parents[1]


def test_the_table_covers_every_kind_of_principal_authority():
    current = [c for c in all_councils() if c.principal]
    assert 360 <= len(current) <= 400
    kinds = Counter(c.kind for c in current)
    assert kinds["county"] == 21
    assert kinds["metropolitan borough"] == 36
    assert kinds["london borough"] == 32 and kinds["city of london"] == 1
    nations = Counter(c.nation for c in current)
    assert (nations["Wales"], nations["Scotland"], nations["Northern Ireland"]) == (22, 32, 11)


def test_official_names_are_unique_and_each_finds_itself():
    names = [c.name for c in all_councils()]
    assert len(names) == len(set(names))
    assert [find_council(name) for name in names] == names


def test_abolished_councils_name_their_successor():
    bucks = council_named("Buckinghamshire County Council")
    assert bucks.abolished and bucks.successors == ("Buckinghamshire Council",)
    successors = {s for c in all_councils() if c.abolished for s in c.successors}
    assert successors <= set(c.name for c in all_councils())


def test_the_table_is_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "assistant.data" in config["tool"]["setuptools"]["packages"]
    assert "*.csv" in config["tool"]["setuptools"]["package-data"]["assistant.data"]


# ---------------------------------------------------------------- questions


@pytest.mark.parametrize("name, official", [
    ("Croydon", "London Borough of Croydon"),
    ("Haringey", "London Borough of Haringey"),
    ("Enfield", "London Borough of Enfield"),
    ("Havering", "London Borough of Havering"),
    ("Wolverhampton", "City of Wolverhampton Council"),
    ("Windsor and Maidenhead", "Royal Borough of Windsor and Maidenhead"),
    ("Southend", "Southend-on-Sea City Council"),
    ("Merthyr Tydfil", "Merthyr Tydfil County Borough Council"),
    ("BCP", "BCP Council"),
    ("RBKC", "Royal Borough of Kensington and Chelsea"),
    ("LBH", "London Borough of Hackney"),
    ("Brighton & Hove", "Brighton and Hove City Council"),
    ("Stoke on Trent", "Stoke-on-Trent City Council"),
    ("Ynys Mon", "Isle of Anglesey County Council"),
    ("Kings Lynn and West Norfolk", "Borough Council of King's Lynn and West Norfolk"),
    ("B&NES", "Bath and North East Somerset Council"),
    ("Shepway District Council", "Folkestone and Hythe District Council"),
    ("Comhairle nan Eilean Siar", "Comhairle nan Eilean Siar"),
    ("Derry City and Strabane", "Derry City and Strabane District Council"),
    # national parks and the newer combined authorities by the abbreviations their minutes use
    ("the PCNPA", "Pembrokeshire Coast National Park Authority"),
    ("the SDNPA", "South Downs National Park Authority"),
    ("NYMNPA", "North York Moors National Park Authority"),
    ("HEYCA", "Hull and East Yorkshire Combined Authority"),
])
def test_a_question_names_a_council_by_any_form(name, official):
    assert councils_in_question(f"What did {name} decide about care leavers?") == [official]


def test_every_council_a_question_names_in_order_of_mention():
    question = "How did Croydon, Windsor and Maidenhead, BCP and Merthyr Tydfil compare with Southend?"
    assert councils_in_question(question) == [
        "London Borough of Croydon", "Royal Borough of Windsor and Maidenhead", "BCP Council",
        "Merthyr Tydfil County Borough Council", "Southend-on-Sea City Council"]


def test_the_longest_name_wins():
    assert councils_in_question("Kingston upon Hull and Kingston") == [
        "Hull City Council", "Royal Borough of Kingston upon Thames"]
    assert councils_in_question("Newcastle-under-Lyme, not Newcastle") == [
        "Newcastle-under-Lyme Borough Council", "Newcastle City Council"]
    assert councils_in_question("North Somerset and Somerset") == [
        "North Somerset Council", "Somerset Council", "Somerset County Council"]


def test_words_that_are_also_names_need_a_capital():
    assert councils_in_question("after reading the report, officers will bury the idea") == []
    assert councils_in_question("Did Reading and Bury agree?") == ["Reading Borough Council", "Bury Council"]
    assert councils_in_question("the bcp was high") == []  # an abbreviation only as written


def test_a_council_split_across_a_line_or_in_capitals():
    assert councils_in_question("WINDSOR AND\nMAIDENHEAD") == ["Royal Borough of Windsor and Maidenhead"]


def test_councils_in_a_100_kb_question_in_one_pass():
    # Near misses at every word: "Newcastle upon" never completes, "Kingston upon" does at the end. (Each
    # "Newcastle upon Kingston" reads as a longer place's name, so the Newcastle found is the last one.)
    text = "Newcastle upon Kingston upon " * 3600 + "Newcastle and Croydon"
    assert len(text) > 100_000
    found = councils_in_question(text)
    assert found[-1] == "London Borough of Croydon"
    assert "Newcastle City Council" in found


# ---------------------------------------------------------------- documents and addresses


@pytest.mark.parametrize("text, expected", [
    ("Minutes of the meeting of the London Borough of Croydon Cabinet", "London Borough of Croydon"),
    ("LONDON BOROUGH OF HAVERING", "London Borough of Havering"),
    ("Croydon Council", "London Borough of Croydon"),
    ("Medway Council, Gun Wharf, Dock Road, Chatham ME4 4TR", "Medway Council"),
    ("Cyngor Gwynedd", "Gwynedd Council"),
    ("Croydon", None),                # a place is mentioned for many reasons; a council form is needed
    ("the town of Reading", None),
])
def test_find_council_in_a_document_needs_a_council_form(text, expected):
    assert find_council(text) == expected


def test_a_council_is_known_by_its_everyday_name_with_council_after_it():
    assert canonical_council("East Herts Council") == "East Hertfordshire District Council"
    assert find_council("Minutes of East Herts Council Overview and Scrutiny Committee") == \
        "East Hertfordshire District Council"


def test_canonical_council_keeps_names_it_does_not_know():
    assert canonical_council("LONDON BOROUGH OF CROYDON") == "London Borough of Croydon"
    assert canonical_council("Anytown Borough Council") == "Anytown Borough Council"
    assert canonical_council(None) is None


@pytest.mark.parametrize("address, expected", [
    ("jo.bloggs@medway.gov.uk", "Medway Council"),
    ("https://democracy.croydon.gov.uk/ieListDocuments.aspx?CId=1&MId=2", "London Borough of Croydon"),
    ("https://easthants.moderngov.co.uk/mgAi.aspx?ID=1", "East Hampshire District Council"),
    ("https://democracy.north-herts.gov.uk/", "North Hertfordshire District Council"),
    ("www.towerhamlets.gov.uk", "London Borough of Tower Hamlets"),
    ("clerk@rbkc.gov.uk", "Royal Borough of Kensington and Chelsea"),
    ("someone@gmail.com", None),
    ("https://www.example.com/medway", None),
    ("https://www.gov.uk/", None),
    # Northern Ireland's CMIS sites, and a council's own domain under another ending
    ("https://mid-ulster.cmis-ni.org/midulster/MeetingsCalendar/tabid/70/Default.aspx", "Mid Ulster District Council"),
    ("https://www.midulstercouncil.org/council/meetings", "Mid Ulster District Council"),
    ("https://docslib.org/doc/123/minutes", None),
    ("https://rcbc.moderngov.co.uk/ieListDocuments.aspx?CId=161", "Redcar and Cleveland Borough Council"),
    ("https://westyorkshire.moderngov.co.uk/ieListDocuments.aspx?CId=133", "West Yorkshire Combined Authority"),
    # a copy in an archive or through a proxy: the council's address inside the copy's
    ("https://web.archive.org/web/20190101000000/https://democracy.medway.gov.uk/mgAi.aspx?ID=1", "Medway Council"),
    ("https://translate.example.jp/ruby/https://mgov.wychavon.gov.uk/modern.gov/ieListDocuments.aspx?MId=1",
     "Wychavon District Council"),
    ("https://www.example.com/go/https://www.example.org/medway", None),
])
def test_council_from_address(address, expected):
    assert council_from_address(address) == expected


def test_a_possessive_names_the_council_and_an_apostrophe_in_a_name_is_kept():
    assert councils_in_question("Why did Enfield's planning committee refuse it?") == ["London Borough of Enfield"]
    # the possessive of a name with an apostrophe of its own
    assert councils_in_question("What did King's Lynn's cabinet sign off?") == [
        "Borough Council of King's Lynn and West Norfolk"]
    assert councils_in_question("What did King's Lynn and Croydon’s cabinet agree?") == [
        "Borough Council of King's Lynn and West Norfolk", "London Borough of Croydon"]


def test_initials_of_an_official_name_no_other_council_shares():
    assert find_council("BHCC - Environment Committee") == "Brighton and Hove City Council"
    assert find_council("West Sussex (WSCC) Cabinet") == "West Sussex County Council"
    assert find_council("bhcc") is None            # initials only in capitals


def test_initials_of_a_short_name_of_several_words_and_compass_points_shortened():
    assert councils_in_question("What are KLWN and NSDC doing about play areas?") == [
        "Borough Council of King's Lynn and West Norfolk", "Newark and Sherwood District Council"]
    assert councils_in_question("Are Malvern Hills and N Lincs paying towards flood banks?") == [
        "Malvern Hills District Council", "North Lincolnshire Council"]
    assert councils_in_question("Did W Berks agree the pilot?") == ["West Berkshire Council"]
    assert councils_in_question("Did klwn agree?") == []          # initials only as written
    assert councils_in_question("Did C Beds agree?") == ["Central Bedfordshire Council"]
    # a district named after part of a county, the county shortened as its own name is
    assert councils_in_question("What did S Derbys decide?") == ["South Derbyshire District Council"]
    assert councils_in_question("What did North East Derbys decide?") == ["North East Derbyshire District Council"]
    assert councils_in_question("What did Derbys decide?") == ["Derbyshire County Council"]
    # a name of two parts by its initials, in a question only: in a document they are too often
    # something else ("T&W Metro")
    assert councils_in_question("Are B&H and P&K and BwD charging for parking?") == [
        "Brighton and Hove City Council", "Perth and Kinross Council", "Blackburn with Darwen Borough Council"]
    assert find_council("P&K Cabinet") is None
    assert councils_in_question("Is A&E busy?") == []
    # initials shared only with an abolished council (East Dorset's) are the current council's
    assert councils_in_question("What have F&H and EDDC decided about beach huts?") == [
        "Folkestone and Hythe District Council", "East Devon District Council"]
    # a district's seat town, listed with a council the question names; elsewhere it is a place
    assert councils_in_question("What are Chorley and Gravesend doing about skate parks?") == [
        "Chorley Council", "Gravesham Borough Council"]
    assert councils_in_question("When are Cannock, North Warwickshire and Newark starting food waste?") == [
        "Cannock Chase District Council", "North Warwickshire Borough Council", "Newark and Sherwood District Council"]
    assert councils_in_question("Have Blackpool and Mid Suffolk changed taxi fares?") == [
        "Blackpool Council", "Mid Suffolk District Council"]       # "Mid" opens many names: no town
    assert councils_in_question("Will the new play area in Ripley be fenced?") == []
    assert councils_in_question("What did Barry Hughes say about childcare?") == []
    assert councils_in_question("Have Yarmouth and Thanet fixed their toilets?") == [
        "Great Yarmouth Borough Council", "Thanet District Council"]


def test_initials_shared_by_councils_or_too_short_name_none():
    assert find_council("DCC Cabinet") is None     # Derbyshire, Devon, Durham, Dorset ...
    assert find_council("LBB Planning") is None    # Barnet, Brent, Bexley, Bromley
    assert find_council("FCC Environment collects the waste") is None


@pytest.mark.parametrize("question, named", [
    ("How much are tickets for the Matlock Bath Illuminations?", []),
    ("How many people are waiting for a beach hut at Mablethorpe and Sutton on Sea?", []),   # a longer place
    ("What did Sutton in March decide about parking?", ["London Borough of Sutton"]),
    ("What did Kingston upon Thames agree?", ["Royal Borough of Kingston upon Thames"]),
    ("Which company will run Doncaster Sheffield Airport?", ["City of Doncaster Council"]),
    ("Which bus company will run route 44 to the Royal Derby Hospital?", []),
    ("Did Bath agree the clean air zone?", ["Bath and North East Somerset Council"]),
    ("What have Derby, Sheffield and Bath decided about buses?",
     ["Derby City Council", "Sheffield City Council", "Bath and North East Somerset Council"]),
])
def test_a_council_s_name_that_ends_another_place_s_names_no_council(question, named):
    assert councils_in_question(question) == named


def test_a_file_name_s_capitalised_words_still_name_its_council():
    assert councils_in_question("Planning Committee Minutes Cardiff", in_names=True) == ["Cardiff Council"]


@pytest.mark.parametrize("question, named", [
    ("When will the wall walk at Lincoln Castle be shut?", []),
    ("Why was the drive-through on Newport Road refused?", []),
    ("Why did a councillor leave the Kingston chamber during the Eden Walk item?", ["Royal Borough of Kingston upon Thames"]),
    ("Who objected to the flats at Bolton Court?", []),
    ("Was the Eden House refurbishment approved?", []),
    ("What did Lincoln decide about the castle?", ["City of Lincoln Council"]),
    ("Has Lincoln Council agreed the budget?", ["City of Lincoln Council"]),
])
def test_a_council_s_name_before_a_building_or_street_names_the_place(question, named):
    assert councils_in_question(question) == named


@pytest.mark.parametrize("name, expected", [
    ("Portsmouth City Borough Council", "Portsmouth City Council"),   # an aggregator's name for it
    ("Medway Borough Council", "Medway Council"),
    ("Durham City Council", None),            # a council of another kind (abolished in 2009), not Durham County
    ("Salisbury City Council", None),         # a city council below Wiltshire's
    ("Wem Town Council", None), ("Anytown Borough Council", None),
])
def test_a_council_misnamed_with_extra_kind_words(name, expected):
    from assistant.councils import council_misnamed
    assert council_misnamed(name) == expected
