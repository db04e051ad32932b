"""Ranking signals around a passage: its neighbours, its document, and who is speaking."""
from __future__ import annotations

from assistant.ingest import ingest
from assistant.models import Hit
from assistant.roles import people_asked, reported_speakers, roles_in, same_person
from assistant.search import SearchConfig, boost_attributed, with_surroundings
from assistant.store import Store

CONFIG = SearchConfig(neighbour_weight=0.3)

TRANSCRIPT = """The Chair (Ms Ann Other): Welcome to the meeting. I call the Prime Minister.

Right Hon. Jo Bloggs (Prime Minister): Students will get summer jobs support this year.

Mr. Sam Smith (Kingsway, CPC): What about the students who cannot find work at all?

Right Hon. Jo Bloggs: We are extending the student grant to every student in need.
"""


def test_a_passage_inside_a_matching_run_outranks_an_isolated_one():
    scores = {1: 0.5, 2: 0.9, 3: 0.5, 10: 0.5}
    layout = {1: ("a", None, 2), 2: ("a", 1, 3), 3: ("a", 2, None), 10: ("b", None, None)}
    ranked = with_surroundings(scores, layout, CONFIG)
    assert ranked[3] > ranked[10] and ranked[1] > ranked[10]


def test_neighbours_of_candidates_are_scored_too():
    ranked = with_surroundings({1: 0.8, 3: 0.8}, {1: ("a", None, 2), 2: ("a", 1, 3), 3: ("a", 2, None)}, CONFIG)
    assert ranked[2] > 0


def test_no_bonus_for_sharing_a_document_with_a_strong_passage():
    scores = {1: 1.0, 2: 0.4, 10: 0.5}
    layout = {1: ("a", None, None), 2: ("a", None, None), 10: ("b", None, None)}
    ranked = with_surroundings(scores, layout, CONFIG)
    assert ranked[10] > ranked[2]


def _hit(pid: int, text: str, score: float) -> Hit:
    return Hit(passage_id=pid, doc_id="t", text=text, start=0, end=len(text), score=score)


def test_a_named_speaker_is_raised_but_a_word_inside_a_name_is_not():
    hits = [_hit(1, "The Acting Chair (Mr. Bruce Stanton): Order.", 0.55),
            _hit(2, "Hon. Bill Morneau: We will act.", 0.5)]
    assert boost_attributed(hits, ["Bill Morneau"], 0.1)[0].passage_id == 2
    unchanged = boost_attributed([_hit(1, "The Acting Chair (Mr. Bruce Stanton): Order.", 0.55)], ["Act"], 0.1)
    assert unchanged[0].score == 0.55


def test_a_role_resolves_to_the_speaker_who_holds_it(tmp_path, hash_embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "debate.txt").write_text(TRANSCRIPT, encoding="utf-8")
    ingest(corpus, tmp_path / "idx", hash_embedder)
    store = Store.open(tmp_path / "idx")
    roles = store.speaker_roles("debate")
    assert ("Right Hon. Jo Bloggs", "Prime Minister") in roles
    later = _hit(1, "Right Hon. Jo Bloggs: We are extending the student grant.", 0.5)
    other = _hit(2, "Mr. Sam Smith (Kingsway, CPC): What about the students?", 0.55)
    for hit in (later, other):
        hit.doc_id = "debate"
    ranked = boost_attributed([other, later], ["Prime Minister"], 0.1, store.speaker_roles)
    assert ranked[0].passage_id == 1
    store.close()


def test_layout_gives_each_passage_its_document_neighbours(tmp_path, hash_embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "debate.txt").write_text(TRANSCRIPT * 8, encoding="utf-8")
    ingest(corpus, tmp_path / "idx", hash_embedder)
    store = Store.open(tmp_path / "idx")
    ids = [row[0] for row in store.db.execute("SELECT id FROM passages ORDER BY seq")]
    assert len(ids) >= 3
    layout = store.layout([ids[1]])
    assert set(layout) == {ids[0], ids[1], ids[2]}
    assert layout[ids[1]] == ("debate", ids[0], ids[2])
    assert layout[ids[0]][1] is None
    store.close()


def test_minutes_are_not_smoothed():
    scores = {1: 0.5, 2: 0.9, 10: 0.5}
    layout = {1: ("m", None, 2), 2: ("m", 1, None), 10: ("m", None, None)}
    ranked = with_surroundings(scores, layout, CONFIG, is_transcript=lambda doc_id: False)
    assert ranked == scores


def test_labelled_utterances_make_a_transcript(tmp_path, hash_embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "debate.txt").write_text(TRANSCRIPT * 3, encoding="utf-8")
    (corpus / "minutes.txt").write_text("Minutes\n\n1. The committee noted the report.\n\n2. Agreed.\n",
                                        encoding="utf-8")
    ingest(corpus, tmp_path / "idx", hash_embedder)
    store = Store.open(tmp_path / "idx")
    assert store.is_transcript("debate") and not store.is_transcript("minutes")
    store.close()


WELCOME = ("Lynne Neagle AM: Good morning. I'm pleased to welcome Julie Morgan AM, Deputy Minister for Health "
           "and Social Services; Karen Cornish, deputy director, children and families division at Welsh "
           "Government; and Emma Gammon, lawyer for Welsh Government.\n\n"
           "Mr. Ted Jones: Madam Chair, Minister Blair keeps changing the list. In April, the minister said so.\n")


def test_roles_introduced_in_prose_are_read():
    roles = roles_in(WELCOME)
    assert ("Julie Morgan AM", "Deputy Minister for Health and Social Services") in roles
    assert ("Karen Cornish", "deputy director, children and families division at Welsh Government") in roles
    assert ("Emma Gammon", "lawyer for Welsh Government") in roles


def test_forms_of_address_and_dates_are_not_read_as_role_holders():
    names = {name for name, _ in roles_in(WELCOME)}
    assert not names & {"Madam Chair", "Minister Blair", "In April", "Ted Jones"}


def test_a_role_introduced_in_prose_resolves_to_its_holder():
    turn = _hit(1, "Julie Morgan AM: These amendments set out the regulation-making powers.", 0.5)
    chair = _hit(2, "Lynne Neagle AM: We move to group 3, on regulation-making powers.", 0.55)
    for hit in (turn, chair):
        hit.doc_id = "stage2"
    ranked = boost_attributed([chair, turn], ["Deputy Minister"], 0.1, lambda doc_id: roles_in(WELCOME))
    assert ranked[0].passage_id == 1


def test_minutes_report_who_spoke():
    text = ("3.3 Mr Ireland indicated that he could not say that there was evidence of sustained improvement.\n"
            "3.7 The Director of Children’s Services (DCS) reiterated the timeline for improvement.\n"
            "3.8 Members asked about caseloads.")
    assert reported_speakers(text) == ["Mr Ireland", "The Director of Children’s Services (DCS)"]


def test_a_titled_surname_is_the_named_person():
    assert same_person("Andrew Ireland", "Mr Ireland")
    assert same_person("Kirsty Williams", "Kirsty Williams AM")
    assert not same_person("Andrew Ireland", "Ireland")          # no title: could be the country
    assert not same_person("Andrew Ireland", "Mr Boyce")


def test_titles_in_a_question_keep_their_connectors():
    assert people_asked("What timetable did the Director of Children's Services give?") == [
        "Director of Children's Services"]
    assert people_asked("What did Ofsted and the DfE say?") == ["Ofsted", "DfE"]


def test_a_role_given_as_a_title_after_a_name_is_read():
    text = "3.1 Andrew Ireland, Chair Children’s Services Improvement Board, gave a detailed presentation."
    assert roles_in(text) == [("Andrew Ireland", "Chair Children’s Services Improvement Board")]


def test_a_question_about_a_role_finds_what_its_holder_said_in_minutes(sample_assistant):
    # Gloucestershire's minutes introduce Andrew Ireland as the Board's chair, then report "Mr Ireland indicated...".
    answer = sample_assistant.ask("Did the Improvement Board chair see evidence of sustained improvement?")
    assert any("evidence of sustained improvement" in hit.text for hit in answer.passages[:5])
