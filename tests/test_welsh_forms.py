"""Welsh as Welsh-only minutes write it: council and place names mutated after a preposition
("yng Nghaerdydd", "ym Mhontypridd", "i Gasnewydd", "a Chaerffili") and months mutated after
"o" ("12fed o Fawrth"), so that a document in Welsh alone has its council and date read. All
fixtures are written for these tests."""
from __future__ import annotations

import pytest

from assistant.councils import council_from_seat, councils_in_question, find_council
from assistant.dates import find_date, normalise_date
from assistant.metadata import metadata_from_text


@pytest.mark.parametrize("phrase, council", [
    ("yng Nghaerdydd", "Cardiff Council"),             # nasal: C -> Ngh
    ("i Gaerdydd", "Cardiff Council"),                 # soft: C -> G
    ("a Chaerffili", "Caerphilly County Borough Council"),   # aspirate: C -> Ch
    ("yng Nghasnewydd", "Newport City Council"),
    ("ym Mhen-y-bont ar Ogwr", "Bridgend County Borough Council"),   # nasal: P -> Mh
    ("yn Wrecsam", "Wrexham County Borough Council"),
    ("ym Mhowys", "Powys County Council"),
    ("yng Ngwynedd", "Gwynedd Council"),               # nasal: G -> Ng
    ("i Wynedd", "Gwynedd Council"),                   # soft: G dropped
    ("ym Mlaenau Gwent", "Blaenau Gwent County Borough Council"),   # nasal: B -> M
    ("yn Nhorfaen", "Torfaen County Borough Council"),  # nasal: T -> Nh
    ("o Geredigion", "Ceredigion County Council"),
])
def test_a_mutated_place_names_its_council_in_a_question(phrase, council):
    assert councils_in_question(f"Beth a benderfynwyd {phrase} am y gyllideb?") == [council]


@pytest.mark.parametrize("name, council", [
    ("Cyngor Sir Gaerfyrddin", "Carmarthenshire County Council"),   # soft after "Sir"
    ("Cyngor Bwrdeistref Sirol Rhondda Cynon Taf", "Rhondda Cynon Taf County Borough Council"),
    ("i Gyngor Dinas Casnewydd", "Newport City Council"),
])
def test_a_council_named_in_welsh_after_a_mutation(name, council):
    assert find_council(name) == council


@pytest.mark.parametrize("text", ["the Gent report", "Mr Dudley", "the Gorby estate", "Fife Street, Thurrock Road"])
def test_english_words_are_never_demutated_into_a_welsh_council(text):
    assert councils_in_question(text) == [c for c in councils_in_question(text) if "Cyngor" not in c]
    assert not any(c in ("Cardiff Council", "Caerphilly County Borough Council", "Conwy County Borough Council")
                   for c in councils_in_question(text))


def test_a_venue_in_a_mutated_town_names_its_council():
    assert council_from_seat("Siambr y Cyngor, Llys Cadwyn, ym Mhontypridd") == \
        "Rhondda Cynon Taf County Borough Council"


@pytest.mark.parametrize("written, iso", [
    ("12fed o Fawrth 2025", "2025-03-12"),
    ("5ed o Fehefin 2024", "2024-06-05"),
    ("1af o Fai 2024", "2024-05-01"),
    ("3ydd o Orffennaf 2024", "2024-07-03"),
    ("ddydd Iau, 7fed o Dachwedd 2024", "2024-11-07"),
    ("19eg o Ragfyr 2024", "2024-12-19"),
    ("10fed o Fedi 2024", "2024-09-10"),
    ("Dydd Llun 3 Chwefror 2025", "2025-02-03"),
    ("14 Ionawr 2025", "2025-01-14"),
])
def test_welsh_dates_with_mutated_months(written, iso):
    assert normalise_date(written) == iso
    assert find_date(f"a gynhaliwyd ar {written} am 2.00 y.p.") == iso


def test_a_welsh_only_document_has_its_council_committee_and_date_read():
    text = ("CYNGOR BWRDEISTREF SIROL CAERFFILI\n\n"
            "Cofnodion cyfarfod y Pwyllgor Trwyddedu a gynhaliwyd yn Nhŷ Penallta, Ystrad Mynach,\n"
            "ddydd Mercher, 12fed o Fawrth 2025 am 10.30 y.b.\n\n"
            "YN BRESENNOL: Y Cynghorydd Siân Puw (Cadeirydd)\n\n"
            "1. Ymddiheuriadau am absenoldeb\n\nDerbyniwyd ymddiheuriadau gan y Cynghorydd Rhys Tudur.")
    found = metadata_from_text(text)
    assert (found["council"], found["committee"], found["meeting_date"]) == \
        ("Caerphilly County Borough Council", "Pwyllgor Trwyddedu", "2025-03-12")


def test_welsh_minutes_naming_the_council_only_by_a_mutated_place_in_the_venue():
    text = ("Cofnodion cyfarfod Pwyllgor Cynllunio a gynhaliwyd yn Siambr y Cyngor, Neuadd y Sir, "
            "yng Nghaerdydd ddydd Iau 6 Mawrth 2025\n\n"
            "YN BRESENNOL: Y Cynghorydd Elin Morgan (Cadeirydd)\n\n"
            "1. Datgan buddiant\n\nNi ddatganwyd unrhyw fuddiant.")
    found = metadata_from_text(text)
    assert (found["council"], found["committee"], found["meeting_date"]) == \
        ("Cardiff Council", "Pwyllgor Cynllunio", "2025-03-06")


def test_minutes_of_the_previous_meeting_in_welsh_still_name_no_committee():
    text = "Cofnodion y cyfarfod blaenorol\n\nCadarnhawyd bod cofnodion y cyfarfod blaenorol yn gywir."
    assert metadata_from_text(text)["committee"] is None


def test_a_welsh_only_pdf_with_welsh_page_numbers(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from assistant.documents import read_document

    path = tmp_path / "cofnodion.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pages = [["CYNGOR SIR CEREDIGION", "", "Cofnodion cyfarfod y Pwyllgor Rheoli Datblygu a gynhaliwyd",
              "ddydd Mercher, 9fed o Orffennaf 2025 am 10.00 y.b.", "", "1. Ymddiheuriadau",
              "Derbyniwyd ymddiheuriadau gan y Cynghorydd Gwyn Lewis."],
             ["2. Cais A250114", "Penderfynwyd cymeradwyo'r cais yn unol ag argymhelliad y swyddog."]]
    for number, lines in enumerate(pages, 1):
        y = 780
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 16
        pdf.drawString(280, 40, f"Tudalen {number} o 2")
        pdf.showPage()
    pdf.save()
    doc = read_document(path)
    assert (doc.council, doc.committee, doc.meeting_date) == \
        ("Ceredigion County Council", "Pwyllgor Rheoli Datblygu", "2025-07-09")
    assert "Tudalen" not in doc.text
