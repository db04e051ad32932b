"""Metadata from more forms councils publish: a committee named with its council in front or
behind, ModernGov decision pages giving the meeting that made the decision, a meeting's own date
in its title block against later dates in the business (previous minutes approved, table cells),
a decision notice set in two columns, and a Welsh committee named in capitals. All fixtures are
written for these tests."""
from __future__ import annotations

import pytest

from assistant.metadata import metadata_from_text
from assistant.names import is_committee_line


def _fields(text: str, furniture: tuple[str, ...] = ()) -> tuple:
    found = metadata_from_text(text, furniture)
    return found["council"], found["committee"], found["meeting_date"]


# ---------------------------------------------------------------- the council before or after the committee


@pytest.mark.parametrize("heading", [
    "Kirklees Council - Highways Scrutiny Panel - 14 March 2023",
    "Kirklees Council\tHighways Scrutiny Panel - 14.03.2023",
    "KIRKLEES COUNCIL: HIGHWAYS SCRUTINY PANEL - 14 MARCH 2023",
    "Highways Scrutiny Panel - Kirklees Council - 14 March 2023",
])
def test_a_running_header_naming_the_council_and_its_committee_gives_the_committee_alone(heading):
    text = ("Minutes of a meeting held in the Council Chamber, Town Hall, Huddersfield on 14 March 2023.\n\n"
            "Present: Councillor Marsden (Chair); Councillors Holme and Slaithwaite.\n\n"
            "12\tGritting routes\n\nThe panel asked for a map of the priority routes.")
    assert _fields(text, (heading,)) == ("Kirklees Council", "Highways Scrutiny Panel", "2023-03-14")


@pytest.mark.parametrize("heading", ["Cyngor Gwynedd - Pwyllgor Craffu Corfforaethol - 14 Mawrth 2024",
                                     "CYNGOR GWYNEDD\tPWYLLGOR CRAFFU CORFFORAETHOL - 14.03.2024"])
def test_a_welsh_running_header_naming_the_council_and_its_committee(heading):
    text = "Cofnodion y cyfarfod a gynhaliwyd ddydd Iau, 14 Mawrth 2024\n\nYN BRESENNOL: Y Cynghorydd Elin Morgan."
    assert _fields(text, (heading,)) == ("Gwynedd Council", "Pwyllgor Craffu Corfforaethol", "2024-03-14")


def test_a_council_name_joined_to_its_committee_in_a_heading():
    text = ("Moray Council Housing and Community Safety Committee\n\n"
            "Minute of meeting of the Housing and Community Safety Committee held in the Council Chambers, "
            "Elgin on Tuesday 7 March 2023 at 9.30am.\n\nSederunt:\n\nCouncillors Innes (Chair) and Keith.")
    assert _fields(text) == ("Moray Council", "Housing and Community Safety Committee", "2023-03-07")


def test_a_committee_of_a_council_that_is_not_known_keeps_its_whole_name():
    # "Northfield" is no UK council: nothing is taken off the name
    assert _fields("Northfield Council Audit Committee - 7 March 2023\n\nPresent: Councillor Abel.")[1:] == \
        ("Northfield Council Audit Committee", "2023-03-07")


# ---------------------------------------------------------------- decision pages


@pytest.mark.parametrize("made_at", [
    "Made at meeting: 21/10/2021 - Cabinet",
    "Made at meeting: Cabinet, Thursday 21 October 2021",
    "Made at meeting: Cabinet - Thursday, 21st October, 2021 7.00 pm",
    "Decided at meeting: 21/10/2021 - Cabinet",
])
def test_a_decision_page_has_the_date_of_the_meeting_that_made_the_decision(made_at):
    text = ("Decision - Community Warden Service\n\nDecision Maker: Cabinet\n\n"
            f"{made_at}\n\nDecision status: Recommendations Approved\n\n"
            "Purpose:\n\nTo extend the warden service to the town's estates.\n\n"
            "Decision:\n\nThat the service be extended for two years.\n\n"
            "Date of publication: 25/10/2021\n\nEffective from: 02/11/2021\n\n"
            "Call-in deadline: 01/11/2021")
    assert _fields(text)[1:] == ("Cabinet", "2021-10-21")


def test_a_decision_page_with_only_a_decision_date():
    text = ("Decision - Street Lighting LED Upgrade\n\nDecision Maker: Cabinet Member for Highways\n\n"
            "Publication date: 09/06/2022\n\nDate of decision: 06/06/2022\n\nEffective from: 17/06/2022\n\n"
            "Decision:\n\nThat the upgrade go ahead.")
    assert _fields(text)[2] == "2022-06-06"


# ---------------------------------------------------------------- the meeting's own date wins


def test_a_record_of_decisions_has_its_title_blocks_date_not_a_table_cells():
    text = ("Wokingham Borough Council\n\nRECORD OF DECISIONS\n\nCabinet\n\n"
            "Thursday, 8 February 2024 at 7.00 pm\n\nCouncil Chamber, Civic Offices, Wokingham\n\n"
            "Present: Councillor Finchampstead (Chair); Councillors Arborfield and Barkham.\n\n"
            "Item\tSubject\tDecision\tReasons\n"
            "1\tApologies\tNone.\t-\n"
            "2\tPrevious record\tThe record of the meeting held\t-\n"
            "meeting\ton 11 January 2024 was agreed\n"
            "as a correct record.\n"
            "3\tLibrary opening hours\tCabinet agreed longer hours.\tDemand has risen.")
    assert _fields(text) == ("Wokingham Borough Council", "Cabinet", "2024-02-08")


def test_bilingual_columns_have_the_title_blocks_date_not_the_previous_meetings():
    text = ("Cyngor Bwrdeistref Sirol Torfaen | Torfaen County Borough Council\n\n"
            "Cabinet\n\nCofnodion / Minutes\n\n"
            "Dyddiad: Dydd Mawrth, 5 Mawrth 2024\tDate: Tuesday, 5 March 2024\n"
            "Amser: 2.00 y prynhawn\tTime: 2.00 pm\n\n"
            "1 Datganiadau o Fuddiant / Declarations of Interest\n\nDim.\tNone.\n\n"
            "2 Cofnodion y Cyfarfod Diwethaf / Minutes of the Last Meeting\n\n"
            "Cytunwyd bod cofnodion y cyfarfod a gynhaliwyd ar\tThe minutes of the meeting held on 6 February 2024\n"
            "6 Chwefror 2024 yn gofnod cywir.\twere agreed as a true record.")
    assert _fields(text) == ("Torfaen County Borough Council", "Cabinet", "2024-03-05")


def test_a_held_on_sentence_in_the_business_is_another_meetings_date():
    text = ("Scrutiny Committee\n\nPresent: Councillors Vale and Beck.\n\n"
            "1. Notes\n\nThe committee heard about the residents' meeting held on 2 February 2024 in Ashby.\n\n"
            "Date: 20 February 2024")
    assert _fields(text)[1:] == ("Scrutiny Committee", "2024-02-20")


# ---------------------------------------------------------------- two columns and Welsh capitals


def test_a_decision_notice_in_two_columns_names_its_meeting():
    text = ("Wiltshire Council\tDecision\n"
            "Cabinet approved a bid of £2 million\n"
            "Cabinet Decision Notice\tfor new cycle lanes in Trowbridge.\n"
            "Meeting: Cabinet\tReasons for the decision\n"
            "Date of meeting: Tuesday 4 July\tThe lanes will link the station\n"
            "2023\tto the town centre.\n"
            "Date of publication of this notice: 6\t2. Leisure Centre Fees\n"
            "July 2023\tKey decision: No")
    # the meeting's year went to the next line of its column, the publication date's month likewise
    assert _fields(text) == ("Wiltshire Council", "Cabinet", "2023-07-04")


@pytest.mark.parametrize("line", ["PWYLLGOR GWAITH", "PWYLLGOR CRAFFU CORFFORAETHOL", "IS-BWYLLGOR TRWYDDEDU"])
def test_a_welsh_committee_in_capitals_is_a_committee(line):
    assert is_committee_line(line)


def test_welsh_only_minutes_of_a_committee_named_in_capitals():
    text = ("CYNGOR GWYNEDD\n\nPWYLLGOR CRAFFU CORFFORAETHOL\n\n"
            "Cofnodion y cyfarfod a gynhaliwyd ddydd Iau, 14 Mawrth 2024\n\n"
            "YN BRESENNOL:\n\nY Cynghorydd Elin Morgan (Cadeirydd).\n\n1 YMDDIHEURIADAU\n\nDim.")
    assert _fields(text) == ("Gwynedd Council", "Pwyllgor Craffu Corfforaethol", "2024-03-14")


# ---------------------------------------------------------------- a council the table does not hold


@pytest.mark.parametrize("heading, council, committee", [
    ("Minutes of the meeting of Little Snoring Parish Council held on Monday 3rd March 2020 at 7pm",
     "Little Snoring Parish Council", "Council"),
    ("MINUTES OF A MEETING OF THE FINANCE COMMITTEE OF HEXHAM TOWN COUNCIL HELD ON 3 MARCH 2020",
     "Hexham Town Council", "Finance Committee"),
    ("Minutes of the meeting of the Planning Committee of Penwith District Council held on 3 March 2020",
     "Penwith District Council", "Planning Committee"),
])
def test_a_minutes_heading_names_a_council_the_table_does_not_hold(heading, council, committee):
    text = f"{heading}\n\nPresent: Councillor A. Smith (Chair)\n\n1. Apologies\n\nNone were received.\n"
    assert _fields(text) == (council, committee, "2020-03-03")


def test_a_committee_of_a_known_council_in_capitals_is_read_without_the_council():
    text = ("MINUTES OF A MEETING OF THE FINANCE COMMITTEE OF MEDWAY COUNCIL HELD ON 3 MARCH 2020\n\n"
            "1. Apologies\n\nNone were received.\n")
    assert _fields(text) == ("Medway Council", "Finance Committee", "2020-03-03")


def test_the_council_alone_in_a_minutes_heading_names_no_council():
    text = "Minutes of the meeting of the Council held on 3 March 2020\n\n1. Apologies\n\nNone were received.\n"
    assert _fields(text) == (None, "Council", "2020-03-03")


def test_a_news_release_headed_by_the_councils_meeting_and_its_date_is_dated_by_the_meeting():
    # the release's own date above the heading is when it was posted, the day after the meeting
    text = ("01 July 2016\n\nAnytown Council Meeting 30th June 2016\n\n"
            "Plans for waste collection were considered at today's meeting of Medway Council.\n")
    found = metadata_from_text(text.replace("Anytown Council", "Medway Council"))
    assert (found["council"], found["committee"], found["meeting_date"]) == ("Medway Council", "Council", "2016-06-30")


def test_a_date_ending_a_sentence_cut_over_two_lines_is_not_the_meeting_date():
    text = ("Approval of Minutes\n\nTo receive the minutes of the meetings of Council.\n\nDeclarations of Interest\n\n"
            "To receive declarations of interest in accordance with the Members' Code of Conduct adopted by Council from\n\n"
            "1st September 2008.\n\nThe budget was agreed.\n")
    assert _fields(text)[2] is None


def test_a_page_headed_by_a_misnamed_council_reads_the_council_meant():
    text = "Portsmouth City Borough Council\n\nCabinet - 4 November 2022\n\n1. Apologies\n\nNone were received.\n"
    assert _fields(text)[0] == "Portsmouth City Council"


def test_a_metropolitan_borough_named_without_council_heads_its_minutes():
    text = "A1\n\nBOLTON METROPOLITAN BOROUGH\n\n2007/2008\n\nMEETING OF THE COUNCIL\n\n16TH MAY, 2007\n\n1. ELECTION OF MAYOR\n"
    assert _fields(text)[0] == "Bolton Council"


def test_an_aggregators_sentence_naming_the_meeting_and_its_council():
    text = ("This is a meeting of the County Council of Hampshire County Council held on the 28th Sep 2023.\n\n"
            "The last meeting of the County Council was on the 22nd Feb 2024.\n\nAgenda\n\n1 Apologies for Absence\n")
    assert _fields(text) == ("Hampshire County Council", "County Council", "2023-09-28")
