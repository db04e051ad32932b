"""The web app in a real browser: Debian's Chromium driven by Playwright, app on a loopback port.

`make test` installs Chromium (`make browser`); Playwright's own browser download is not used.
Screenshots of every page under test are saved in tests/screenshots/.
"""
from __future__ import annotations

import csv
import os
import re
import socket
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian's Chromium at /usr/bin/chromium (`make browser` installs it)")

SHOTS = Path(__file__).resolve().parent / "screenshots"
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
COUNCILS = ["Buckinghamshire County Council", "Gloucestershire County Council", "Medway Council",
            "Wirral Council", "Worcestershire County Council"]
QUESTION = "What did Ofsted say about caseloads?"
TIMEOUT_MS = 120_000
SCRIPT_TEXT = "<script>window.__pwned=1</script>"
XSS_MINUTES = """Testshire County Council
Children's Services Committee
Minutes of the meeting held on 3 March 2021

1. Foster carer recruitment
1.1 The committee heard that the foster carer recruitment campaign <script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> had doubled the number of enquiries from new foster carers.
1.2 Members asked for a report on foster carer retention by September 2021.
"""

REQUESTED: list[str] = []     # every URL any page asked for, checked by the last test
CSP_VIOLATIONS: list[str] = []     # console messages about the Content-Security-Policy, from every page


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(assistant, corpus: Path, access=None, workers: int = 0):
    """The app on a free port; with `workers`, its questions are answered in that many
    processes, as `minutes-qa serve` answers them (they close with the app's process)."""
    from assistant.ask_workers import AskWorkers
    from ui.access import Access
    from ui.app import build_app, launch

    access = access or Access()
    askers = AskWorkers(assistant.index_dir, workers, assistant.limits) if workers else None
    app = build_app(assistant, corpus, access=access, workers=askers)
    return app, launch(app, port=free_port(), block=False, quiet=True, access=access)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(exist_ok=True)
    (SHOTS / "timings.txt").unlink(missing_ok=True)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def sample_url(sample_assistant, tmp_path_factory):
    app, url = serve(sample_assistant, tmp_path_factory.mktemp("corpus"), workers=2)
    yield url
    app.close()


@pytest.fixture(scope="module")
def xss_url(embedder, tmp_path_factory):
    """The app over a corpus whose one document contains a script tag and an onerror handler."""
    from assistant import Assistant

    folder = tmp_path_factory.mktemp("xss")
    corpus = folder / "corpus"
    corpus.mkdir()
    (corpus / "xss.txt").write_text(XSS_MINUTES, encoding="utf-8")
    app, url = serve(Assistant.build(corpus, folder / "index", embedder=embedder), corpus, workers=1)
    yield url
    app.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
    tab = context.new_page()
    tab.set_default_timeout(TIMEOUT_MS)
    tab.on("request", lambda request: REQUESTED.append(request.url))
    tab.on("console", lambda message: CSP_VIOLATIONS.append(message.text)
           if "Content Security Policy" in message.text else None)
    yield tab
    context.close()


def open_app(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("#question textarea")


def answers(page):
    return page.locator("#conversation .answer:not(.pending)")


def ask(page, question: str) -> float:
    """Type a question, press Ask, wait for its answer; seconds from click to answer on screen."""
    before = answers(page).count()
    page.fill("#question textarea", question)
    started = time.perf_counter()
    page.click("#ask-button")
    answers(page).nth(before).wait_for(state="visible")
    return time.perf_counter() - started


def choose(page, dropdown: str, option: str) -> None:
    page.click(f"{dropdown} input")
    page.get_by_role("option", name=option, exact=True).click()


def shot(page, name: str) -> None:
    page.screenshot(path=str(SHOTS / name), full_page=True)


def report(capsys, line: str) -> None:
    with capsys.disabled():
        print(f"\n{line}")
    with (SHOTS / "timings.txt").open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")


# ------------------------------------------------------------------ Ask

def test_ask_shows_the_answer_and_its_citations(page, sample_url, capsys):
    open_app(page, sample_url)
    shot(page, "01-start.png")
    seconds = ask(page, QUESTION)
    answer = answers(page).last
    server = answer.locator(".timing").inner_text()
    report(capsys, f"Ask -> answer on screen: {seconds:.2f} s ({QUESTION!r}; server: {server})")
    refs = answer.locator(".summary a.ref").all_inner_texts()
    assert refs and all(re.fullmatch(r"\[[1-5]\]", ref) for ref in refs)
    cards = answer.locator(".card")
    assert cards.count() >= 1
    for i in range(cards.count()):
        header = cards.nth(i).locator("header").inner_text()
        assert any(council in header for council in COUNCILS)
    assert cards.first.locator(".passage mark").count() >= 1
    assert "Searched all indexed minutes" in answer.inner_text()
    shot(page, "02-answer.png")


def test_follow_up_is_read_in_the_context_of_the_previous_question(page, sample_url):
    open_app(page, sample_url)
    ask(page, QUESTION)
    ask(page, "And Wirral?")
    second = answers(page).nth(1)
    assert f"Read as: “{QUESTION}” for Wirral Council." in second.locator(".note").inner_text()
    whos = second.locator(".card .who").all_inner_texts()
    assert whos and all("Wirral Council" in who for who in whos)
    shot(page, "03-follow-up.png")


def test_open_a_citation_in_its_agenda_item(page, sample_url):
    open_app(page, sample_url)
    ask(page, QUESTION)
    card = answers(page).last.locator(".card").first
    button = card.locator("button.open-context")
    button.click()
    cited = card.locator(".context .cited")
    cited.wait_for(state="visible")
    passage = " ".join(card.locator(".passage").inner_text().split())
    assert " ".join(cited.inner_text().split()) == passage
    assert len(card.locator(".context-text").inner_text()) >= len(passage)
    assert button.inner_text() == "Hide the agenda item"
    shot(page, "04-context.png")
    button.click()
    assert card.locator(".context").is_hidden()


# ------------------------------------------------------------------ filters

def test_a_filter_applies_shows_and_can_be_removed(page, sample_url):
    open_app(page, sample_url)
    choose(page, "#filter-council", "Medway Council")
    chip = page.locator("#chip-council")
    chip.wait_for(state="visible")
    assert "Council: Medway Council" in chip.inner_text()
    ask(page, "What was said about agency staff?")
    answer = answers(page).last
    assert "Council: Medway Council" in answer.locator(".applied").inner_text()
    whos = answer.locator(".card .who").all_inner_texts()
    assert whos and all("Medway Council" in who for who in whos)
    shot(page, "05-filter.png")
    chip.click()
    chip.wait_for(state="hidden")
    assert "No filters" in page.locator("#active-label").inner_text()


def test_when_nothing_answers_the_page_says_so(page, sample_url):
    open_app(page, sample_url)
    page.fill("#filter-from textarea", "1990")
    page.fill("#filter-to textarea", "1991")
    page.locator("#clear-filters").wait_for(state="visible")
    ask(page, QUESTION)
    text = answers(page).last.inner_text()
    assert "Nothing in the indexed minutes answers this question." in text
    assert "From: 1990" in text
    shot(page, "06-nothing-found.png")
    page.click("#clear-filters")
    page.locator("#chip-date_from").wait_for(state="hidden")


# ------------------------------------------------------------------ compare

def test_compare_answers_per_council_and_exports_csv(page, sample_url, capsys):
    open_app(page, sample_url)
    page.get_by_role("tab", name="Compare councils").click()
    page.fill("#filter-from textarea", "2020")
    page.fill("#compare-question textarea", QUESTION)
    started = time.perf_counter()
    page.click("#compare-button")
    columns = page.locator("#compare-results .council-col")
    columns.nth(len(COUNCILS) - 1).wait_for(state="visible")
    report(capsys, f"Compare -> {columns.count()} councils on screen: {time.perf_counter() - started:.2f} s")
    assert [columns.nth(i).locator("h3").inner_text() for i in range(columns.count())] == COUNCILS
    assert "Nothing found in Wirral Council’s minutes." in columns.nth(3).inner_text()
    for i in range(columns.count()):
        whos = columns.nth(i).locator(".card .who").all_inner_texts()
        assert len(whos) <= 3 and all(COUNCILS[i] in who for who in whos)
    medway = columns.nth(COUNCILS.index("Medway Council"))
    medway.locator("button.open-context").first.click()
    medway.locator(".context .cited").first.wait_for(state="visible")
    shot(page, "07-compare.png")
    with page.expect_download() as download:
        page.click("#compare-csv")
    rows = list(csv.reader(Path(download.value.path()).open(encoding="utf-8-sig")))
    assert rows[0][:3] == ["council", "answered", "rank"]
    assert ["Wirral Council", "no"] == rows[[r[0] for r in rows].index("Wirral Council")][:2]


# ------------------------------------------------------------------ commitments

def test_commitments_tab_lists_filters_and_opens_a_commitment_in_context(page, sample_url):
    open_app(page, sample_url)
    page.get_by_role("tab", name="Commitments").click()
    table = page.locator("#commitments-table")
    table.get_by_text("Worcestershire County Council").first.wait_for(state="visible")
    page.fill("#commitments-text textarea", "briefing")
    page.press("#commitments-text textarea", "Enter")
    page.wait_for_function("(() => { const t = document.querySelector('#commitments-table').innerText;"
                           " return t.includes('briefing') && !t.includes('Worcestershire'); })()")
    shot(page, "13-commitments-filtered.png")
    box = table.locator("thead").first.bounding_box() or table.bounding_box()
    page.mouse.click(box["x"] + box["width"] * 0.75, box["y"] + box["height"] + 40)  # the first row's text
    detail = page.locator("#commitments-detail .commitment-detail")
    detail.wait_for(state="visible")
    assert "Possible follow-ups in later minutes" in detail.inner_text()
    assert detail.locator("mark").count() >= 1
    shot(page, "13-commitments.png")


# ------------------------------------------------------------------ library

def test_library_lists_the_indexed_documents(page, sample_url):
    open_app(page, sample_url)
    page.get_by_role("tab", name="Library").click()
    summary = page.locator("#library-summary")
    summary.wait_for(state="visible")
    assert "5 documents" in summary.inner_text()
    table = page.locator("#library-table")
    for council in COUNCILS:
        assert table.get_by_text(council).count() >= 1
    shot(page, "08-library.png")


# ------------------------------------------------------------------ safe rendering and upload (own index)

def test_script_in_a_document_shows_as_text_and_never_runs(page, xss_url):
    open_app(page, xss_url)
    ask(page, "What did the foster carer recruitment campaign do?")
    answer = answers(page).last
    if answer.locator("details.nearest").count():     # shown either way; unfold if judged unanswered
        answer.locator("details.nearest summary").click()
    assert SCRIPT_TEXT in answer.locator(".card .passage").first.inner_text()
    assert page.get_by_text(SCRIPT_TEXT).first.is_visible()
    answer.locator("button.open-context").first.click()
    answer.locator(".context .cited").first.wait_for(state="visible")
    assert SCRIPT_TEXT in answer.locator(".context-text").first.inner_text()
    page.wait_for_timeout(500)       # time for an injected onerror handler to have fired
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#conversation img, #conversation script").count() == 0
    shot(page, "09-script-shown-as-text.png")


def choose_file(page, path) -> None:
    """Pick a file in the upload box. In one fresh-clone run on 2026-11-23 the
    first pick was not shown within 120 s; the file is picked again if it is not shown soon."""
    picker = page.locator("#upload input[type=file]")
    picker.wait_for(state="attached")
    shown = page.locator("#upload").get_by_text(path.name).first
    picker.set_input_files(str(path))
    try:
        shown.wait_for(state="visible", timeout=20_000)
    except PlaywrightTimeout:
        picker.set_input_files(str(path))
        shown.wait_for(state="visible")


def test_upload_a_file_and_find_it(page, xss_url, tmp_path):
    upload = tmp_path / "adoption-report.md"
    upload.write_text("# Adoption Panel report\n\nThe average time from a child entering care to moving in "
                      "with an adoptive family fell to 410 days.\n")
    open_app(page, xss_url)
    page.get_by_role("tab", name="Library").click()
    page.get_by_text("Add documents").click()
    choose_file(page, upload)
    page.fill("#upload-council textarea", "Otherford Council")
    page.click("#upload-button")
    report_list = page.locator("#library-report")
    report_list.get_by_text("Added 1 file(s)").wait_for(state="visible")
    assert "2 documents" in page.locator("#library-summary").inner_text()
    assert page.locator("#library-table").get_by_text("Otherford Council").count() >= 1
    shot(page, "10-upload.png")
    open_app(page, xss_url)           # a new visit sees the new document and its council
    choose(page, "#filter-council", "Otherford Council")
    page.get_by_role("tab", name="Library").click()
    assert "2 documents" in page.locator("#library-summary").inner_text()


def test_uploads_that_are_too_big_or_of_the_wrong_type_are_refused_clearly(page, xss_url, tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    program = tmp_path / "program.exe"
    program.write_bytes(b"MZ")
    open_app(page, xss_url)
    page.get_by_role("tab", name="Library").click()
    before = settled_text(page, "#library-summary")
    page.get_by_text("Add documents").click()
    files = page.locator("#upload input[type=file]")
    files.set_input_files(str(huge))
    page.get_by_text('exceed the maximum allowed size of 20.0 Mb: "huge.txt"').wait_for(state="visible")
    files.set_input_files(str(program))
    page.get_by_text("Invalid file type: program.exe").wait_for(state="visible")
    shot(page, "11-upload-refused.png")
    assert settled_text(page, "#library-summary") == before


def test_a_document_s_details_show_their_source_and_can_be_corrected(page, xss_url):
    open_app(page, xss_url)
    page.get_by_role("tab", name="Library").click()
    page.get_by_text("Check or correct a document's details").click()
    page.click("#correct-document input")
    page.get_by_role("option", name=re.compile(r"^xss\.txt")).click()
    sources = page.locator("#correct-sources")
    sources.get_by_text("Meeting date").wait_for(state="visible")
    page.fill("#correct-council textarea", "Correctedshire Council")
    page.fill("#correct-date textarea", "2021-03-04")
    page.click("#correct-button")
    page.locator("#library-report").get_by_text("file(s) read").wait_for(state="visible")
    sources.get_by_text("Correctedshire Council (from the manifest)").wait_for(state="visible")
    assert page.locator("#library-table").get_by_text("Correctedshire Council").count() >= 1
    shot(page, "15-library-correction.png")


def settled_text(page, selector: str) -> str:
    """The element's text once no Gradio progress timer ("0.5s") is showing in it."""
    page.wait_for_function(
        """sel => { const el = document.querySelector(sel);
                    return el && /Corpus folder/.test(el.innerText) && !/^\\s*\\d+(\\.\\d+)?s\\b/.test(el.innerText)
                      && !el.querySelector('.pending, .eta-bar, .progress-text'); }""",
        arg=selector)
    return page.locator(selector).inner_text()


# ------------------------------------------------------------------ access modes

@pytest.fixture(scope="module")
def read_only_url(sample_assistant, tmp_path_factory):
    from ui.access import Access

    app, url = serve(sample_assistant, tmp_path_factory.mktemp("corpus"), Access(read_only=True, loopback=False))
    yield url
    app.close()


@pytest.fixture(scope="module")
def signed_in_url(sample_assistant, tmp_path_factory):
    from ui.access import Access

    app, url = serve(sample_assistant, tmp_path_factory.mktemp("corpus"),
                     Access(users={"alice": "correct horse"}, loopback=False))
    yield url
    app.close()


def test_a_read_only_library_says_so_and_offers_no_upload(page, read_only_url):
    from ui.access import READ_ONLY_NOTE

    open_app(page, read_only_url)
    page.get_by_role("tab", name="Library").click()
    page.locator("#library-read-only").get_by_text(READ_ONLY_NOTE).wait_for(state="visible")
    assert page.locator("#upload-panel").count() == 0 or not page.locator("#upload-panel").is_visible()
    assert page.locator("#reindex").count() == 0 or not page.locator("#reindex").is_visible()
    page.get_by_text("Check or correct a document's details").click()
    page.get_by_text("This server is read-only: the details below can be checked but not corrected.").wait_for(
        state="visible")
    assert page.locator("#correct-button").count() == 0 or not page.locator("#correct-button").is_visible()
    shot(page, "13-read-only-library.png")
    page.get_by_role("tab", name="Ask").click()
    ask(page, QUESTION)                 # questions still work
    assert answers(page).last.locator(".card").count() >= 1


def test_signing_in_opens_the_app(page, signed_in_url):
    response = page.goto(signed_in_url)
    assert response.headers.get("content-security-policy")
    page.get_by_label("username").fill("alice")
    page.get_by_label("password").fill("correct horse")
    shot(page, "14-sign-in.png")
    page.get_by_role("button", name="Login").click()
    page.wait_for_selector("#question textarea")
    ask(page, QUESTION)
    assert answers(page).last.locator(".card").count() >= 1


# ------------------------------------------------------------------ offline and the content security policy

def test_the_page_asks_nothing_of_other_hosts(page, sample_url):
    open_app(page, sample_url)
    page.get_by_text("Use via API").click()
    page.wait_for_function("document.body.innerText.includes('api_name=\"/ask\"')")
    shot(page, "12-api-page.png")
    hosts = {urlparse(url).hostname for url in REQUESTED if urlparse(url).scheme in ("http", "https", "ws", "wss")}
    assert hosts and hosts <= LOOPBACK, f"requests to other hosts: {sorted(hosts - LOOPBACK)}"


def test_a_council_read_from_the_question_can_be_undone(page, sample_url):
    open_app(page, sample_url)
    undo = page.locator("#as-written")
    ask(page, "What did Ofsted say about caseloads in Medway?")
    first = answers(page).last
    assert "Medway Council" in first.locator(".applied").inner_text()
    undo.wait_for(state="visible")
    before = answers(page).count()
    undo.click()
    answers(page).nth(before).wait_for(state="visible")
    second = answers(page).last
    assert "Searched as written" in second.locator(".note").inner_text()
    assert "Searched all indexed minutes" in second.inner_text()
    whos = second.locator(".card .who").all_inner_texts()
    assert any("Medway" not in who for who in whos)
    undo.wait_for(state="hidden")
    shot(page, "09-as-written.png")


def test_no_page_broke_the_content_security_policy(page, sample_url):
    """Every page driven above ran under the policy; none of them had anything refused."""
    response = page.goto(sample_url)
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
    page.wait_for_selector("#question textarea")
    ask(page, QUESTION)
    assert not CSP_VIOLATIONS, CSP_VIOLATIONS[:5]
