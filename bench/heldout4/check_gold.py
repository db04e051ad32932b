"""Gold check only: every gold quote of questions.jsonl is in its document's visible text.

    python bench/heldout4/check_gold.py [--dump DIR]

Run from the repository root. Builds corpus/ first if it is missing. The text is extracted here,
without the project's readers (this corpus is held out, so nothing of assistant/ runs on it):
PDFs by pypdf's text extraction in both its plain and its layout mode (a quote must be in
both, so that it does not hang on how a reader orders table cells and columns), HTML by BeautifulSoup's "html.parser" (the library the project's
HTML reader uses) with scripts, styles and the head dropped, Word by python-docx (paragraphs, then
table cells, header and footer), text files as they are. A quote is found when it is a substring
of the text with runs of white space made one space (as assistant/evaluate.py's `fold` compares).

A gold quote must also avoid what a reader may legitimately change in a converted PDF: ligature
glyphs (U+FB00-FB06) and words hyphenated across a line end, so that it stays verbatim whether a
reader keeps or repairs them. `--dump DIR` writes each document's extracted text to DIR/NAME.txt.
Prints nothing about metadata, furniture or retrieval: those are measured once, by measure.py.
"""
from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QUESTIONS = HERE / "questions.jsonl"
LIGATURE = re.compile("[\ufb00-\ufb06]")


def fold(text: str) -> str:
    return " ".join(text.split())


def pdf_text(path: Path, mode: str = "plain") -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text(extraction_mode=mode) or "" for page in PdfReader(str(path)).pages)


def html_text(path: Path) -> str:
    from bs4 import BeautifulSoup, Comment

    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    for tag in soup(["script", "style", "head", "noscript"]):
        tag.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    return soup.get_text("\n")


def docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [p.text for cell in row.cells for p in cell.paragraphs]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
    return "\n".join(parts)


def visible_text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return pdf_text(path)
    if suffix in (".html", ".htm"):
        return html_text(path)
    if suffix == ".docx":
        return docx_text(path)
    return path.read_bytes().decode("utf-8")


def load_questions(path: Path = QUESTIONS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def check(texts: dict[str, list[str]], questions: list[dict]) -> list[str]:
    """Problems with gold quotes; `texts` holds each document's extractions (a PDF's plain and
    layout text: a quote must be in both, so that it does not depend on how columns are read)."""
    problems = []
    for q in questions:
        for gold in q.get("gold", []):
            versions = texts.get(gold["doc"])
            quote = gold["quote"]
            if versions is None:
                problems.append(f"{q['id']}: no document {gold['doc']}")
                continue
            for n, text in enumerate(versions):
                where = f"{gold['doc']}" + (" (pypdf layout mode)" if n else "")
                if fold(quote) not in fold(text):
                    problems.append(f"{q['id']}: quote not in {where}: {quote!r}")
                elif LIGATURE.search(quote) or re.search(r"\w-\s*\n", _raw_span(text, quote)):
                    problems.append(f"{q['id']}: quote crosses a ligature or a hyphenated line end: {quote!r}")
    return problems


def _raw_span(text: str, quote: str) -> str:
    """The quote's span in the unfolded text (white space between its words matched loosely)."""
    pattern = r"\s+".join(re.escape(word) for word in quote.split())
    match = re.search(pattern, text)
    return match.group() if match else ""


def main(argv: list[str] | None = None, here: Path = HERE, generator: str = "make_heldout4") -> int:
    """Check the corpus and questions beside `here`, building the corpus with `generator` if missing."""
    argv = list(sys.argv[1:] if argv is None else argv)
    corpus = here / "corpus"
    if not corpus.is_dir() or not any(corpus.iterdir()):
        sys.path.insert(0, str(here))
        importlib.import_module(generator).build(corpus)
    texts = {p.stem: [visible_text(p)] + ([pdf_text(p, "layout")] if p.suffix.lower() == ".pdf" else [])
             for p in sorted(corpus.iterdir()) if p.is_file()}
    if "--dump" in argv:
        out = Path(argv[argv.index("--dump") + 1])
        out.mkdir(parents=True, exist_ok=True)
        for name, versions in texts.items():
            for n, text in enumerate(versions):
                (out / f"{name}{'.layout' if n else ''}.txt").write_text(text, encoding="utf-8")
    questions = load_questions(here / "questions.jsonl")
    problems = check(texts, questions)
    quotes = sum(len(q.get("gold", [])) for q in questions)
    print(f"documents: {len(texts)}; questions: {len(questions)}; gold quotes: {quotes};",
          "all found in their documents" if not problems else f"{len(problems)} PROBLEMS")
    print("\n".join(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
