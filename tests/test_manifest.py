"""Corrected metadata: written to the corpus manifest, read back at ingest, shown with its source."""
from __future__ import annotations

import csv

import pytest

from assistant.errors import CorrectionError
from assistant.manifest import checked_corrections, describe_files

MINUTES = ("Minutes of the Cabinet held on 12 March 2021\n\n"
           "1. Highways\n1.1 The Cabinet agreed to resurface Mill Lane at a cost of £240,000.\n")
OTHER = "Planning Committee minutes\n\n1. Applications\n1.1 The committee refused the application for 12 flats.\n"


def manifest_rows(folder):
    return list(csv.DictReader((folder / "manifest.csv").open(encoding="utf-8")))


def test_described_files_replace_their_old_rows(tmp_path):
    describe_files(tmp_path, ["uploads/a.pdf"], {"council": "X Council"})
    describe_files(tmp_path, ["uploads/a.pdf"], {"council": "Y Council"}, notes="added through the web app")
    rows = manifest_rows(tmp_path)
    assert [(r["file"], r["council"], r["notes"]) for r in rows] == [("uploads/a.pdf", "Y Council",
                                                                      "added through the web app")]


@pytest.mark.parametrize("fields, message", [
    ({"kind": "report"}, "cannot correct kind"),
    ({"meeting_date": "last Tuesday"}, "is not a date"),
    ({"title": "x" * 301}, "the limit is 300"),
])
def test_a_bad_correction_says_what_is_wrong(fields, message):
    with pytest.raises(CorrectionError, match=message):
        checked_corrections(fields)


def test_a_correction_is_one_line_with_an_iso_date():
    assert checked_corrections({"meeting_date": "Tuesday 2 March 2021", "title": " Mill\nLane ",
                                "council": None}) == {"meeting_date": "2021-03-02", "title": "Mill Lane",
                                                      "council": ""}


def test_correcting_a_document_writes_the_manifest_and_reindexes(assistant_over, tmp_path):
    assistant = assistant_over({"cabinet.txt": MINUTES, "planning.txt": OTHER})
    corpus = tmp_path / "corpus"
    (corpus / "manifest.csv").write_text("file,council,kind,notes,extra\nplanning.txt,Otherford Council,minutes,"
                                         "typed by hand,keep me\n", encoding="utf-8")
    assistant.ingest(corpus)
    before = assistant.document("cabinet")
    assert before.meeting_date == "2021-03-12" and before.sources["meeting_date"] == "text"

    after = assistant.correct_metadata("cabinet", council="Exampleshire County Council",
                                       meeting_date="2021-03-15", committee="Cabinet")
    assert (after.council, after.meeting_date, after.committee) == ("Exampleshire County Council",
                                                                    "2021-03-15", "Cabinet")
    assert {after.sources[f] for f in ("council", "meeting_date", "committee")} == {"manifest"}
    rows = {r["file"]: r for r in manifest_rows(corpus)}
    assert rows["planning.txt"]["extra"] == "keep me" and rows["planning.txt"]["notes"] == "typed by hand"
    assert rows["cabinet.txt"]["council"] == "Exampleshire County Council"
    assert not list(corpus.glob(".manifest*"))     # the temporary copy was renamed over the manifest
    answer = assistant.ask("Mill Lane resurfacing", council="Exampleshire")
    assert answer.passages and answer.passages[0].doc_id == "cabinet"

    cleared = assistant.correct_metadata("cabinet", meeting_date="")
    assert cleared.meeting_date == "2021-03-12" and cleared.sources["meeting_date"] == "text"
    assert cleared.council == "Exampleshire County Council"


def test_an_unknown_document_is_refused_and_nothing_written(assistant_over, tmp_path):
    assistant = assistant_over({"cabinet.txt": MINUTES})
    with pytest.raises(CorrectionError, match="no document 'nothing'"):
        assistant.correct_metadata("nothing", council="X Council")
    with pytest.raises(CorrectionError, match="is not a date"):
        assistant.correct_metadata("cabinet", meeting_date="soon")
    assert not (tmp_path / "corpus" / "manifest.csv").exists()
