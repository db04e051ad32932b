"""Councils and dates named in a question become filters, and the answer says so."""
from __future__ import annotations

import pytest

from conftest import CountingEmbedder

from assistant.models import Filters
from assistant.question_filters import (asks_across_councils, councils_elsewhere, councils_named, councils_not_held, dates_of_each,
                                        dates_named, question_about, read_filters, short_name)

COUNCILS = ["Medway Council", "Buckinghamshire County Council", "Wirral Council",
            "Gloucestershire County Council", "Worcestershire County Council"]


@pytest.mark.parametrize("council, short", [("Medway Council", "Medway"),
                                            ("Buckinghamshire County Council", "Buckinghamshire"),
                                            ("Royal Borough of Greenwich", "Royal Borough of Greenwich")])
def test_short_names(council, short):
    assert short_name(council) == short


@pytest.mark.parametrize("question, expected", [
    ("What did Ofsted say in 2018?", ("2018", "2018")),
    ("What has happened since July 2019?", ("2019-07", None)),
    ("Decisions before March 2020", (None, "2020-03")),
    ("Reports between 2017 and 2019", ("2017", "2019")),
    ("Which children did the December 2017 monitoring visit focus on?", (None, None)),
    ("What did the 2010 inspection find?", (None, None)),
])
def test_dates_named(question, expected):
    assert dates_named(question)[:2] == expected


@pytest.mark.parametrize("question, expected", [
    # what a meeting decided takes effect later: the meetings that decide it are held before the date
    ("How much will Chelmsford charge for garden waste from April 2025?", (None, None)),
    ("Is social prescribing carrying on after March 2024?", (None, None)),
    # the date of a meeting's papers is the meeting's
    ("What did the cabinet minutes from April 2023 say about parking?", ("2023-04", "2023-04")),
    ("What did the report of March 2020 say about libraries?", ("2020-03", "2020-03")),
    # minutes are approved at the next meeting, whose minutes answer: no date names that meeting
    ("Why were the cabinet minutes from April 2023 only noted instead of being approved?", (None, None)),
])
def test_a_date_filters_the_meetings_only_when_it_dates_them(question, expected):
    read = read_filters(question, Filters(), COUNCILS)
    assert (read.filters.date_from, read.filters.date_to) == expected


def test_the_date_a_change_takes_effect_is_not_searched_for():
    """The minutes that set "charges from April 2025" may not give the date, while a passage on last year's charges
    ("last raised in April 2023") shares its month."""
    read = read_filters("How much will Chelmsford charge for garden waste from April 2025 onwards?", Filters(), COUNCILS)
    assert read.date_phrase == "from April 2025 onwards" and not read.notes
    assert read_filters("Has it been raised since April 2025?", Filters(), COUNCILS).date_phrase == "since April 2025"


def test_the_day_of_the_meeting_asked_about_filters_the_minutes():
    read = read_filters("How many members of the public came to the cabinet meeting on 12 March 2007?",
                                 Filters(), COUNCILS)
    assert (read.filters.date_from, read.filters.date_to) == ("2007-03-12", "2007-03-12")
    assert read.notes == ["meeting date: 2007-03-12 (from “12 March 2007”)"]


def test_one_council_named_becomes_a_filter_with_a_note():
    read = read_filters("Who chairs Medway's Improvement Board?", Filters(), COUNCILS)
    assert read.filters.council == "Medway Council"
    assert read.notes and "Medway" in read.notes[0]


def test_two_councils_named_is_a_comparison_not_a_filter():
    read = read_filters("How do Medway and Wirral differ on caseloads?", Filters(), COUNCILS)
    assert read.filters.council is None


def test_explicit_filters_win():
    read = read_filters("What happened in Medway in 2018?", Filters(council="Wirral", date_from="2020"),
                        COUNCILS)
    assert read.filters.council == "Wirral" and read.filters.date_from == "2020"
    assert read.notes == []


def test_ask_applies_and_reports_filters_read_from_the_question(sample_assistant):
    answer = sample_assistant.ask("Who chairs Medway's Improvement Board?")
    assert {h.council for h in answer.passages} == {"Medway Council"}
    assert any("Medway" in note for note in answer.notes)
    assert "Rory Paterson" in answer.summary
    unread = sample_assistant.ask("Who chairs Medway's Improvement Board?", read_filters=False)
    assert unread.notes == []


def test_a_date_that_leaves_nothing_is_dropped_and_said(sample_assistant):
    answer = sample_assistant.ask("What did Ofsted say about caseloads in 2015?")
    assert answer.passages and answer.filters.date_from is None
    assert any("searched all dates" in note for note in answer.notes)
    # minutes of later years that never name 2015 do not say what was said then
    assert not answer.answered
    assert any("2015" in note and "never mentions" in note for note in answer.notes)


def test_dates_that_leave_no_minutes_still_show_the_nearest_passages(sample_assistant):
    # Gloucestershire met in July 2020; "June 2020" dates the audits, not the meeting.
    answer = sample_assistant.ask("How were Gloucestershire's monthly case audits graded in June 2020?")
    assert answer.passages
    assert all(hit.council == "Gloucestershire County Council" for hit in answer.passages)
    assert any("searched all dates" in note for note in answer.notes)
    assert answer.filters.date_from is None


def _never_mentioned(phrase: str) -> bool:
    return False


@pytest.mark.parametrize("question, missing", [
    ("What did Ofsted find at Kent County Council?", ["Kent County Council"]),
    ("Did Surrey Council reduce caseloads?", ["Surrey Council"]),
    ("What did Medway Council say about caseloads?", []),
    ("Has Buckinghamshire Council improved?", []),
    ("What did the Council decide?", []),
    ("What did Ofsted say about caseloads?", []),
])
def test_councils_not_held(question, missing):
    assert councils_not_held(question, COUNCILS, _never_mentioned) == missing


def test_the_end_of_a_held_council_s_name_is_no_other_council():
    councils = COUNCILS + ["Telford and Wrekin Council"]
    assert councils_not_held("Who was elected leader of Telford and Wrekin Council?", councils, _never_mentioned) == []
    assert councils_not_held("Did Blackburn with Darwen Council agree?", councils,
                             _never_mentioned) == ["Blackburn with Darwen Borough Council"]


def test_a_council_the_minutes_mention_is_held():
    assert councils_not_held("What did Full Council decide?", COUNCILS, lambda p: p == "Full Council") == []


@pytest.mark.parametrize("question, elsewhere", [
    ("What did Swindon's cabinet agree about the new bus station?", ["Swindon Borough Council"]),
    ("How many trees has Fife planted?", ["Fife Council"]),
    ("What did Swindon and Medway say about caseloads?", []),       # a council held is named too
    ("What did Ofsted say about caseloads?", []),
])
def test_councils_named_by_short_name_that_are_not_held(question, elsewhere):
    assert councils_elsewhere(question, COUNCILS, _never_mentioned) == elsewhere


def test_a_place_the_minutes_mention_is_not_elsewhere():
    assert councils_elsewhere("What happened at the Fife conference?", COUNCILS, lambda p: p == "Fife") == []
    # "Blackburn" names Blackburn with Darwen, and a town in West Lothian whose minutes may be held
    question = "Will footways in Blackburn be gritted earlier this winter?"
    assert councils_elsewhere(question, COUNCILS, _never_mentioned) == ["Blackburn with Darwen Borough Council"]
    assert councils_elsewhere(question, COUNCILS, lambda p: p == "Blackburn") == []


def test_a_council_named_by_its_short_name_and_not_held_is_not_answered(sample_assistant):
    answer = sample_assistant.ask("What did Swindon's children's services say about caseloads?")
    assert not answer.answered
    assert any("Swindon Borough Council" in note for note in answer.notes)


def test_financial_years_are_not_meeting_dates():
    assert dates_named("How much was spent in 2019/20?") == (None, None, None)


def test_a_council_not_in_the_index_is_not_answered_and_said(sample_assistant):
    answer = sample_assistant.ask("What did inspectors report about Surrey County Council's front door?")
    assert not answer.answered
    assert any("Surrey County Council" in note and "Medway" in note for note in answer.notes)


@pytest.mark.parametrize("question, across", [
    ("Which councils mentioned agency staff?", True),
    ("How long did local authorities expect improvement to take?", True),
    ("What did Ofsted say about caseloads?", False),
    ("What did the council agree?", False),
])
def test_questions_across_councils_are_recognised(question, across):
    assert asks_across_councils(question) is across


def test_two_councils_named_get_a_slot_each(sample_assistant):
    answer = sample_assistant.ask("How did Medway and Worcestershire deal with recruiting social workers?")
    councils = [h.council for h in answer.passages]
    assert {"Medway Council", "Worcestershire County Council"} <= set(councils[:2])
    assert set(councils) == {"Medway Council", "Worcestershire County Council"}
    assert any("each council on its own" in note for note in answer.notes)


def test_which_councils_names_those_with_nothing(sample_assistant):
    answer = sample_assistant.ask("Which councils mentioned agency staff?")
    councils = {h.council for h in answer.passages}
    assert len(councils) >= 3 and answer.answered
    silent = [n for n in answer.notes if n.startswith("nothing found")]
    assert all(short_name(c) not in "".join(silent) for c in councils)


def test_interleave_takes_each_lists_best_first():
    from assistant.core import interleave
    from assistant.models import Hit

    def hit(doc: str, score: float) -> Hit:
        return Hit(passage_id=0, doc_id=doc, text="", start=0, end=0, score=score)

    a, b = [hit("a1", 0.9), hit("a2", 0.8), hit("a3", 0.7)], [hit("b1", 0.5)]
    assert [h.doc_id for h in interleave([a, b], 3)] == ["a1", "b1", "a2"]


def test_councils_are_recognised_by_any_name_the_table_knows():
    held = ["London Borough of Croydon", "City of Wolverhampton Council", "Merthyr Tydfil County Borough Council",
            "Medway Council"]
    assert councils_named("How did Croydon and Wolverhampton fund SEND transport?", held) == held[:2]
    assert councils_named("What did Merthyr Tydfil agree?", held) == [held[2]]
    read = read_filters("What did Croydon say about damp?", Filters(), held)
    assert read.filters.council == held[0] and "croydon" in read.used_words


@pytest.mark.parametrize("question, held, named", [
    # the county council's minutes answer for the unitary council that took it over, under its name or abbreviation
    ("How did East Dorset and Bucks pay tribute to former councillors?",
     ["Buckinghamshire County Council", "East Dorset District Council", "Wycombe District Council"],
     ["Buckinghamshire County Council", "East Dorset District Council"]),
    ("What did North Yorkshire County Council agree about gritting?", ["North Yorkshire Council", "Craven District Council"],
     ["North Yorkshire Council"]),
    # a district the successor also took over is another place
    ("What did Bucks decide about parking?", ["Wycombe District Council", "Dorset Council"], []),
])
def test_a_council_of_another_era_of_the_place_named_is_named_too(question, held, named):
    assert councils_named(question, held) == named


def test_a_council_read_from_the_question_also_finds_minutes_that_name_it_whose_council_is_unknown(
        assistant_over):
    scrutiny = ("Scrutiny Board (Environment, Housing and Communities)\n\n5. Damp and mould\n\n"
                "The Board heard that 1,240 complaints of damp and mould had been received by the housing "
                "service between April and September, most of them from tenants of high-rise blocks in {}.\n")
    assistant = assistant_over({
        "budget.txt": "Leeds City Council\n\nExecutive Board\n\nMinutes of the meeting held on 12 January 2022\n\n"
                      "1. Budget\n\nThe Board approved the revenue budget for 2022/23 and noted the savings "
                      "proposals for adult social care.\n",
        "scrutiny.txt": scrutiny.format("Leeds"),
        "elsewhere.txt": scrutiny.format("the city").replace("1,240", "2,950"),
    })
    assert "Leeds City Council" in assistant.councils()
    answer = assistant.ask("How many complaints of damp and mould did Leeds receive?")
    assert answer.answered and answer.passages[0].doc_id == "scrutiny"
    assert "elsewhere" not in {h.doc_id for h in answer.passages}   # it does not name Leeds
    assert any("council is not known" in note for note in answer.notes)
    assert "1,240 complaints" in answer.summary


def test_a_question_is_embedded_once_however_many_councils_it_searches(sample_index, embedder):
    from assistant import Assistant

    counting = CountingEmbedder(embedder)
    assistant = Assistant.open(sample_index, embedder=counting)
    answer = assistant.ask("Which councils mentioned agency staff?")
    assert any("each council on its own" in note for note in answer.notes)
    assert counting.texts == 1
    assistant.close()


def test_when_every_document_has_a_council_a_council_that_does_not_answer_is_searched_once(assistant_over):
    """The wider search for documents whose council is unknown can only find that council's own
    passages when there are none such, so it is not run."""
    assistant = assistant_over({
        "leeds.txt": "Leeds City Council\n\nExecutive Board\n\nMinutes of the meeting held on 12 January 2022\n\n"
                     "1. Budget\n\nThe Board approved the revenue budget for 2022/23.\n",
        "kent.txt": "Kent County Council\n\nScrutiny Committee\n\nMinutes of the meeting held on 3 March 2022\n\n"
                    "5. Damp and mould\n\nThe Committee heard that 1,240 complaints of damp and mould had been "
                    "received by the housing service.\n",
    })
    assert not assistant.store.has_documents_without("council")
    searches = []
    search = assistant.store.fts_search
    assistant.store.fts_search = lambda *args, **kwargs: searches.append(args[1]) or search(*args, **kwargs)
    answer = assistant.ask("How many complaints of damp and mould did Leeds receive?")
    assert not answer.answered
    assert [f.council for f in searches] == ["Leeds City Council"]


def test_a_councils_name_as_written_is_spent_on_the_filter():
    held = ["Kent County Council", "Medway Council"]
    assert read_filters("What did Kent County Council decide about libraries?", Filters(), held).used_words == [
        "kent", "county", "council"]
    # "council" of "council tax" is still searched for
    assert read_filters("What did Medway Council say about council tax?", Filters(), held).used_words == ["medway"]


def test_interleave_puts_the_leading_lists_first_in_each_round():
    from assistant.core import interleave
    from assistant.models import Hit

    def hit(doc: str, score: float) -> Hit:
        return Hit(passage_id=0, doc_id=doc, text="", start=0, end=0, score=score)

    answering, silent = [hit("a1", 0.5), hit("a2", 0.4)], [hit("s1", 0.9), hit("s2", 0.8)]
    assert [h.doc_id for h in interleave([answering, silent], 4, leading=1)] == ["a1", "s1", "a2", "s2"]
    assert [h.doc_id for h in interleave([answering, [hit("b1", 0.5)]], 3)] == ["a1", "b1", "a2"]   # ties: list order


def test_a_council_the_question_names_keeps_its_slot_when_its_minutes_do_not_answer(assistant_over):
    assistant = assistant_over({
        "kent.txt": minutes_of("Kent County Council", [
            "The Cabinet approved weekly food waste collections for every household from April 2023."] + OTHER_BUSINESS),
        "leeds.txt": minutes_of("Leeds City Council", OTHER_BUSINESS),
        "bury.txt": minutes_of("Bury Council", OTHER_BUSINESS[:2]),
    })
    answer = assistant.ask("When do Kent and Leeds start weekly food waste collections?")
    councils = [h.council for h in answer.passages]
    assert answer.answered and {"Kent County Council", "Leeds City Council"} == set(councils)
    silent = [n for n in answer.notes if n.startswith("nothing found that answers")]
    assert silent == ["nothing found that answers in the minutes of Leeds (their nearest passages follow the others)"]
    assert councils[0] == "Kent County Council"      # the council that answers comes first in each round


MANY_COUNCILS = ["Leeds City Council", "Kent County Council", "Bristol City Council", "Cornwall Council",
                 "Norfolk County Council", "Derby City Council", "Luton Council", "Swindon Borough Council",
                 "Wiltshire Council", "Plymouth City Council", "Salford City Council", "Bury Council",
                 "Wigan Council", "York City Council"]
OTHER_BUSINESS = ["The Committee approved the new opening hours of the central library.",
                  "Members noted the annual report on the parks and open spaces strategy.",
                  "The Committee agreed the revised charges for the crematorium.",
                  "Members received an update on the condition of the council's bridges."]


def minutes_of(council: str, items: list[str]) -> str:
    numbered = "\n\n".join(f"{n}. Item {n}\n\n{text}" for n, text in enumerate(items, 1))
    return f"{council}\n\nCabinet\n\nMinutes of the meeting held on 12 January 2022\n\n{numbered}\n"


# one council's many sentences on the subject in the question's words, and two others' one each
FOOD_WASTE = {
    "Leeds City Council": [
        "The Cabinet approved weekly food waste collections for every household from April 2023.",
        "Weekly food waste collections will need 20 new food waste vehicles, the Cabinet heard.",
        "Members asked how weekly food waste collections would reach flats; officers said communal caddies.",
        "The Cabinet agreed a budget of £4 million for weekly food waste collections.",
        "Weekly food waste collections were expected to raise the recycling rate by five per cent."],
    "Kent County Council": ["The Cabinet noted that district councils would start weekly collections of "
                            "food waste from 2024."],
    "Cornwall Council": ["Members agreed to trial weekly food waste collection rounds in Truro."]}


def test_which_councils_over_many_councils_gives_each_answering_council_a_place(assistant_over):
    """More councils than are searched one by one: one council's many passages on the subject
    must not push the others out of the first places."""
    food = FOOD_WASTE
    files = {f"c{n}.txt": minutes_of(c, food.get(c, []) + OTHER_BUSINESS) for n, c in enumerate(MANY_COUNCILS)}
    assistant = assistant_over(files)
    assert len(assistant.councils()) == len(MANY_COUNCILS)
    answer = assistant.ask("Which councils have discussed weekly food waste collections?", k=5)
    assert answer.answered
    assert {h.council for h in answer.passages[:3]} == set(food)
    assert any("each council whose minutes answer" in note for note in answer.notes)
    # a council's passage that does not answer (its other business) follows every one that does
    assert all("food waste" in h.text for h in answer.passages[:5])


def test_a_date_that_leaves_no_council_an_answer_is_dropped_for_a_question_naming_several(assistant_over):
    """Minutes of 2022 answer "...since 2024?" better than nothing: read as a meeting date it leaves
    every council nothing, so the councils are searched again over all dates, and the answer says so."""
    assistant = assistant_over({
        "kent.txt": minutes_of("Kent County Council", [
            "The Cabinet agreed to keep the flat bus fare for young people at £1.50 from April 2025."]),
        "leeds.txt": minutes_of("Leeds City Council", [
            "The Executive Board agreed to pay for a £2 single bus fare across the city from April 2025."]),
    })
    answer = assistant.ask("What have Kent and Leeds done to keep bus fares down since 2024?")
    assert answer.answered
    assert {h.council for h in answer.passages[:2]} == {"Kent County Council", "Leeds City Council"}
    assert any("searched all dates" in note for note in answer.notes)
    assert not any(note.startswith("meeting date") for note in answer.notes)
    assert answer.filters.date_from is None


def test_a_london_boroughs_place_the_minutes_mention_is_not_elsewhere():
    # "Sutton" names the London Borough of Sutton, and a town in Ashfield and a park in Birmingham
    question = "Who got the contract for the Sutton Market Place works?"
    assert councils_elsewhere(question, COUNCILS, _never_mentioned) == ["London Borough of Sutton"]
    assert councils_elsewhere(question, COUNCILS, lambda p: p == "Sutton") == []
    assert councils_elsewhere("Why is the Kingston upon Thames ferry not running?", COUNCILS,
                              lambda p: p == "Kingston upon Thames") == []


# Each council's passage holds the question's words ("new roles") but answers in other ones ("joins the board").
NEW_ROLES = {
    "kent.txt": minutes_of("Kent County Council", [
        "New roles: Councillor Ann Price joins the Fire Authority board and Councillor Sam Reed the Harbour "
        "Trust, until May."] + OTHER_BUSINESS),
    "leeds.txt": minutes_of("Leeds City Council", [
        "New roles: Councillor Tom Hill joins the Police and Crime Panel and Councillor Joy Ward the Airport "
        "Forum, until May."] + OTHER_BUSINESS),
}


def test_a_named_council_s_slot_answers_as_the_same_question_about_it_alone_would(assistant_over):
    """Each council's passage holds all the question's words but says it in other ones ("new roles: ...
    joins the board"): asked of Kent alone, its passage is plainly the one asked about and answers, so
    asked of Kent and Leeds together, Kent's slot answers too rather than being reported as silent."""
    assistant = assistant_over({**NEW_ROLES, "york.txt": minutes_of("York City Council", OTHER_BUSINESS)})
    assert assistant.ask("Who got new roles in Kent?").answered
    answer = assistant.ask("Who got new roles in Kent and Leeds?")
    assert answer.answered
    assert not [n for n in answer.notes if n.startswith("nothing found that answers")]
    assert {h.council for h in answer.passages[:2]} == {"Kent County Council", "Leeds City Council"}


@pytest.mark.parametrize("question, named", [
    ("What fundraisers were coming up in Wyre and Staffordshire Moorlands?", ["Wyre Council"]),
    ("What did Staffordshire and Staffordshire Moorlands decide?", ["Staffordshire County Council"]),
    ("What did Staffordshire's cabinet decide?", ["Staffordshire County Council"]),
])
def test_a_council_s_short_name_inside_a_longer_council_s_name_does_not_name_it(question, named):
    assert councils_named(question, ["Staffordshire County Council", "Wyre Council", "Kent County Council"]) == named


def test_a_named_council_no_document_is_indexed_under_gets_a_slot_of_the_documents_naming_it(assistant_over):
    """The second council's minutes were read without their council (no heading names it), so no
    document is indexed under it: the documents of unknown council that name it are its slot, rather
    than the question being narrowed to the one council that is held."""
    unnamed = ("Environment Committee\n\nMinutes of the meeting held on 3 February 2022\n\n"
               "1. Food waste\n\nMembers agreed that weekly food waste collections across Luton would start in "
               "September 2022.\n\n2. Parks\n\nMembers noted the annual report on the parks of the town.\n")
    assistant = assistant_over({
        "kent.txt": minutes_of("Kent County Council", [
            "The Cabinet agreed that weekly food waste collections would start in April 2023."] + OTHER_BUSINESS),
        "leeds.txt": minutes_of("Leeds City Council", OTHER_BUSINESS),
        "environment.txt": unnamed,
    })
    assert "Luton Borough Council" not in assistant.councils()
    answer = assistant.ask("When do Kent and Luton start weekly food waste collections?")
    assert answer.answered
    assert {h.doc_id for h in answer.passages[:2]} == {"kent", "environment"}
    assert any(n.startswith("no documents are indexed under Luton") for n in answer.notes)
    assert not any(n.startswith("council: ") for n in answer.notes)     # not narrowed to Kent


def test_a_council_named_only_within_a_held_authority_s_name_gets_no_slot(assistant_over):
    assistant = assistant_over({
        "cpca.txt": minutes_of("Cambridgeshire and Peterborough Combined Authority", [
            "The Mayor corrected the target date of the nature recovery strategy to March 2025."] + OTHER_BUSINESS),
        "leeds.txt": minutes_of("Leeds City Council", OTHER_BUSINESS),
        "environment.txt": "Environment Committee\n\nMinutes of the meeting held on 3 February 2022\n\n"
                           "1. Parks\n\nMembers noted the annual report on the parks of Peterborough.\n",
    })
    answer = assistant.ask("What did the Cambridgeshire and Peterborough mayor correct about the nature recovery "
                           "strategy?")
    assert answer.answered and answer.passages[0].doc_id == "cpca"
    assert not any(n.startswith("searched each council") for n in answer.notes)


def test_a_short_name_shared_with_the_council_it_replaced_is_one_council_not_two(assistant_over):
    # "Somerset" names Somerset Council and the Somerset County Council it replaced: the one held answers
    assistant = assistant_over({
        "somerset.txt": minutes_of("Somerset Council", [
            "The Executive agreed that weekly food waste collections would start in April 2023."] + OTHER_BUSINESS),
        "leeds.txt": minutes_of("Leeds City Council", OTHER_BUSINESS),
        "environment.txt": "Environment Committee\n\nMinutes of the meeting held on 3 February 2022\n\n"
                           "1. Parks\n\nMembers noted the annual report on the parks of the town.\n",
    })
    answer = assistant.ask("When does Somerset start weekly food waste collections?")
    assert answer.answered and answer.passages[0].doc_id == "somerset"
    assert "council: Somerset Council (named in the question)" in answer.notes
    assert not any(n.startswith("searched each council") for n in answer.notes)


@pytest.mark.parametrize("question, council, alone", [
    ("How much do Halton and Lambeth still have to find?", "Halton Borough Council",
     "How much do Halton still have to find?"),
    ("How much do Halton and Lambeth still have to find?", "London Borough of Lambeth",
     "How much do Lambeth still have to find?"),
    ("Which deaths were announced at the Kensington and Chelsea and Flintshire meetings?", "Flintshire County Council",
     "Which deaths were announced at the Flintshire meetings?"),
    ("What grants were Liverpool and the Isle of Wight lining up?", "Liverpool City Council",
     "What grants were Liverpool lining up?"),
])
def test_a_question_naming_several_councils_read_as_about_one(question, council, alone):
    named = ["Halton Borough Council", "London Borough of Lambeth", "Royal Borough of Kensington and Chelsea",
             "Flintshire County Council", "Liverpool City Council", "Isle of Wight Council"]
    assert question_about(question, council, named) == alone


def test_each_council_s_slot_reads_the_question_as_about_that_council_alone(assistant_over):
    """The other council's name is not part of what the model compares with a council's passages: the
    sentences of Kent's slot are as close as they are to the question about Kent alone."""
    assistant = assistant_over(NEW_ROLES)
    alone = assistant.ask("Who got new roles in Kent?").passages[0]
    both = assistant.ask("Who got new roles in Kent and Leeds?").passages
    kent = next(h for h in both if h.passage_id == alone.passage_id)
    assert kent.answer_evidence == pytest.approx(alone.answer_evidence, abs=1e-6)


def _food_waste_minutes(assistant_over):
    leeds = minutes_of("Leeds City Council", [
        "The Executive Board agreed that weekly food waste collections would start in September 2023."] + OTHER_BUSINESS)
    return assistant_over({
        "kent.txt": minutes_of("Kent County Council", [
            "The Cabinet agreed that weekly food waste collections would start in April 2023."] + OTHER_BUSINESS),
        "leeds.txt": leeds.replace("12 January 2022", "8 March 2023"),
        "bury.txt": minutes_of("Bury Council", OTHER_BUSINESS),
    })


def test_a_date_read_from_a_question_naming_two_councils_is_dropped_for_the_one_it_leaves_nothing(assistant_over):
    """"Kent and Leeds ... in January 2022" reads January 2022 as the meeting date for both: Leeds's minutes of
    2023 then hold nothing, so Leeds alone is searched again over all dates, and said so."""
    answer = _food_waste_minutes(assistant_over).ask(
        "When did Kent and Leeds agree to start weekly food waste collections in January 2022?")
    assert answer.answered
    assert {h.doc_id for h in answer.passages[:2]} == {"kent", "leeds"}
    assert any(n.startswith("nothing answered in the minutes of Leeds within the dates") for n in answer.notes)


def test_each_council_is_searched_within_the_date_the_question_gives_it(assistant_over):
    """"in Kent in January 2022 and in Leeds in March 2023": each council's slot is searched within its own date."""
    answer = _food_waste_minutes(assistant_over).ask(
        "When did Kent in January 2022 and Leeds in March 2023 agree to start weekly food waste collections?")
    assert answer.answered
    assert {h.doc_id for h in answer.passages[:2]} == {"kent", "leeds"}
    assert any(n.startswith("meeting dates: Kent 2022-01") and "Leeds 2023-03" in n for n in answer.notes)
    assert not any(n.startswith("nothing answered") for n in answer.notes)


def test_a_council_asked_about_keeps_its_nearest_passages_when_its_minutes_are_undated(assistant_over):
    """"in Kent in January 2022 and in Leeds in March 2023": Leeds's minutes state no date, so none is within its
    date, and they do not answer; Leeds still keeps its slot with its nearest passage, as the question names it."""
    leeds = minutes_of("Leeds City Council", OTHER_BUSINESS).replace("Minutes of the meeting held on 12 January 2022",
                                                                     "Minutes of the meeting")
    assistant = assistant_over({
        "kent.txt": minutes_of("Kent County Council", [
            "The Cabinet agreed that weekly food waste collections would start in April 2023."] + OTHER_BUSINESS),
        "leeds.txt": leeds,
        "bury.txt": minutes_of("Bury Council", OTHER_BUSINESS),
    })
    answer = assistant.ask("When did Kent in January 2022 and Leeds in March 2023 agree to start weekly food waste "
                           "collections?")
    assert answer.passages[0].doc_id == "kent"
    assert "leeds" in {h.doc_id for h in answer.passages[:5]}
    assert any(n.startswith("nothing found that answers in the minutes of Leeds") for n in answer.notes)


@pytest.mark.parametrize("question, expected", [
    ("How did Cheshire East in April 2021 and Hambleton in October 2022 mark the occasion?",
     {"Cheshire East Council": "2021-04", "Hambleton District Council": "2022-10"}),
    ("Who chaired the Bolton meeting in 2019 and the Leeds meeting in 2021?",
     {"Bolton Council": "2019", "Leeds City Council": "2021"}),
    ("What did Bolton and Leeds decide in 2019?", {}),   # one date for both: read as before
])
def test_the_date_each_council_is_asked_about(question, expected):
    councils = ["Cheshire East Council", "Hambleton District Council", "Bolton Council", "Leeds City Council"]
    dated = dates_of_each(question, councils)
    assert {council: found[0] for council, found in dated.items()} == expected


def test_the_minutes_a_question_dates_are_found_in_the_meeting_that_approved_them(assistant_over):
    """"the cabinet minutes from April 2023" are settled at a later meeting, whose minutes may not state their own
    date: read as "since April 2023" the date kept only dated minutes of other business, and was declined."""
    assistant = assistant_over({
        "approving.txt": "Cabinet\n\n1. Minutes\n\nThe Minutes of the meeting held on 18 April 2023 were noted, as the "
                         "membership of the Cabinet had changed since that meeting.\n\n2. Parks\n\n"
                         "Members noted the annual report on the parks and open spaces strategy.\n",
        "later.txt": minutes_of("Leeds City Council", OTHER_BUSINESS).replace("12 January 2022", "3 March 2025"),
    })
    answer = assistant.ask("Why were the cabinet minutes from April 2023 only noted instead of being approved?")
    assert answer.answered, answer.notes
    assert answer.quotes[0].doc_id == "approving"
    assert "membership of the Cabinet had changed" in answer.quotes[0].text


_CABINET_TIMELINE = """Anytown Borough Council

Cabinet

Minutes of the meeting held on 9 April 2025

12. School places

The Cabinet agreed the closure of Hillside Primary School from September 2025 and the expansion of Oakfield
Primary School by one form of entry.

13. Parks

The Cabinet noted the new opening hours of Riverside Park.
"""


def test_a_promise_question_whose_dates_leave_nothing_searches_all_dates(assistant_over):
    # "did cabinet agree to ...?" is asked of the commitments register first; its dates are dropped as any
    # question's are when they leave nothing to answer
    answer = assistant_over({"cabinet.txt": _CABINET_TIMELINE}).ask(
        "Which primary school did cabinet agree to close in March 2025?")
    assert answer.passages and answer.filters.date_from is None, answer.notes
    assert any("searched all dates" in note for note in answer.notes)
    assert answer.answered and "Hillside" in answer.summary


@pytest.mark.parametrize("question, dated", [
    ("Which previous minutes did the council approve at its January 2021 meeting?", ("January 2021", "2021-01")),
    ("Were the minutes of the 9 September 2021 council signed off?", None),   # the minutes', not the meeting's
])
def test_the_meeting_that_settled_minutes_is_dated_by_at_its(question, dated):
    from assistant.question_filters import meeting_dated
    assert meeting_dated(question) == dated


@pytest.mark.parametrize("question, dated", [
    ("Were the minutes of Croydon's January 2018 cabinet meeting approved?", ("January 2018", "2018-01")),
    ("Did the committee sign off the minutes from its December 2016 meeting?", ("December 2016", "2016-12")),
    # noting minutes settles them too (Scottish councils note their committees' minutes): the minutes that answer
    # name the meeting they note
    ("Why were the cabinet minutes from April 2023 only noted?", ("April 2023", "2023-04")),
    ("Which earlier minutes were signed off at the October 2025 cabinet?", None),   # the meeting that settled them
    ("What did the cabinet decide in January 2018?", None),
])
def test_the_minutes_a_settling_question_asks_about(question, dated):
    from assistant.question_filters import settled_minutes_dated
    assert settled_minutes_dated(question) == dated


_MEETINGS_TIMELINE = """Anytown Borough Council

Cabinet activity timeline

April 9, 2025
Cabinet - Wednesday, 9th April, 2025 2.00 pm
The meeting approved the annual housing report.

March 12, 2025
Cabinet - Wednesday, 12th March, 2025 2.00 pm
The meeting agreed the closure of Hillside Primary School and noted the new term dates.
"""


def test_a_page_of_several_meetings_answers_for_the_one_headed_with_its_day_and_time(assistant_over):
    answer = assistant_over({"timeline.txt": _MEETINGS_TIMELINE}).ask(
        "What did the cabinet meeting on 12 March 2025 agree about primary schools?")
    assert answer.answered and "Hillside" in answer.summary, answer.notes
