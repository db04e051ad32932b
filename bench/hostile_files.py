"""Hostile files beside good ones through the real ingest: every file is read or skipped with a
reason, nothing crashes, and every good file is indexed.

    python bench/hostile_files.py [--seed S] [--read-seconds N] [--keep DIR]

Generates, in a temporary corpus folder: empty and blank files and random bytes under each
extension, files that start like a PDF, a zip or a web page and then turn to noise,
truncated and encrypted PDFs, truncated Word files and zip bombs, a 60 MB single line (and
one just under the size budget), UTF-16 with and without a byte-order mark, UTF-32,
Latin-1 and mixed encodings, HTML nested 100,000 deep, text that stresses each parser,
symbolic links that loop or lead out of the corpus, a pipe, odd names (Unicode, spaces,
255 bytes long, leading dashes), and a file removed while the ingest runs. Beside them, a
good file of every type.

Then runs `ingest` with the default budgets (the fast deterministic embedder: this is about
reading, not retrieval) and prints: files tried, crashes (the ingest raising, or a reader
failing in a way it did not plan for), skipped files counted by reason, peak memory of the
ingest and of its reading worker, the longest time any one file took, and whether every
good file was indexed. Bounded in time: each file may take at most `--read-seconds`.
"""
from __future__ import annotations

import argparse
import io
import os
import random
import re
import resource
import shutil
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path

from fast_embedder import FastEmbedder

from assistant.budgets import DEFAULT_BUDGET, MB
from assistant.file_worker import stop_idle_workers
from assistant.ingest import ingest
from assistant.store import Store

ROOT = Path(__file__).resolve().parent.parent
EXTENSIONS = (".txt", ".md", ".html", ".pdf", ".docx")
MINUTES = ("Children's Services Scrutiny Panel\n\n1. Caseloads\n\nThe Director reported that caseloads had "
           "fallen to 18 per social worker. The panel asked for a report on agency staff in March.\n\n"
           "2. Ofsted\n\nMembers noted the Ofsted monitoring visit and agreed the improvement plan.\n")


# ------------------------------------------------------------------ good files

def good_pdf(text: str = MINUTES) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    y = 800
    for line in text.splitlines():
        if y < 40:
            page.showPage()
            y = 800
        page.drawString(60, y, line[:95])
        y -= 16
    page.save()
    return out.getvalue()


def good_docx(text: str = MINUTES) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def good_files(corpus: Path) -> list[str]:
    """The sample minutes and one good file of every type; their document names."""
    names = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        shutil.copy(path, corpus / f"good-sample-{path.name}")
        names.append(f"good-sample-{path.stem}")
    html = "<html><head><title>Scrutiny Panel</title></head><body>" + "".join(
        f"<p>{p}</p>" for p in MINUTES.split("\n\n")) + "</body></html>"
    contents = {".txt": MINUTES.encode(), ".md": ("# " + MINUTES).encode(), ".html": html.encode(),
                ".pdf": good_pdf(), ".docx": good_docx()}
    for suffix, data in contents.items():
        (corpus / f"good-type{suffix}").write_bytes(data)
    names.append("good-type")   # one name, five files: the first readable one is indexed
    return names


# ------------------------------------------------------------------ hostile files

def hostile_files(corpus: Path, outside: Path, rng: random.Random) -> None:
    write = _writer(corpus)
    for suffix in EXTENSIONS:
        write(f"empty{suffix}", b"")
        for blank in (b" ", b"\n" * 100, b"\t \r\n" * 50, b"\0", b"\xef\xbb\xbf"):
            write(f"blank{suffix}", blank)
        for size in [1, 2, 3, 7, 16, 100, 511, 4096, 65_536] * 12:
            write(f"random{suffix}", rng.randbytes(size))
        for start in (b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body>", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf",
                      b"{\\rtf1", b"\x89PNG\r\n\x1a\n", b"\x1f\x8b\x08"):
            for size in (10, 1000, 20_000):
                write(f"lookalike{suffix}", start + rng.randbytes(size))
    _pdfs(write, rng)
    _docx(write, rng)
    _encodings(write)
    _html(write)
    _text_stressors(write)
    _links(corpus, outside)
    _odd_names(corpus)
    os.mkfifo(corpus / "a pipe.txt")


def _writer(corpus: Path):
    counts = Counter()

    def write(name: str, data: bytes) -> Path:
        stem, suffix = os.path.splitext(name)
        counts[name] += 1
        path = corpus / f"{stem}-{suffix[1:]}-{counts[name]:03d}{suffix}"   # one name per file: none shadows another
        path.write_bytes(data)
        return path
    return write


def _pdfs(write, rng: random.Random) -> None:
    from pypdf import PdfReader, PdfWriter

    pdf = good_pdf()
    for cut in sorted(rng.sample(range(1, len(pdf)), 60)):
        write("truncated.pdf", pdf[:cut])
    for position in rng.sample(range(len(pdf)), 40):     # one byte flipped
        write("flipped.pdf", pdf[:position] + bytes([pdf[position] ^ 0xFF]) + pdf[position + 1:])
    for user, owner in (("secret", "owner"), ("", "owner")):
        for algorithm in ("RC4-40", "RC4-128"):
            writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
            writer.encrypt(user_password=user, owner_password=owner, algorithm=algorithm)
            out = io.BytesIO()
            writer.write(out)
            write(f"encrypted-{'user' if user else 'owner'}-password.pdf", out.getvalue())
    write("many-pages.pdf", good_pdf("\n".join(["The panel met."] * 20_000)))
    write("no-text.pdf", _blank_pdf())


def _blank_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.rect(10, 10, 100, 100)
    page.save()
    return out.getvalue()


def _docx(write, rng: random.Random) -> None:
    docx = good_docx()
    for cut in sorted(rng.sample(range(1, len(docx)), 40)):
        write("truncated.docx", docx[:cut])
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as part:   # 1.1 GiB once inflated
            for _ in range(1100):
                part.write(b"<" * MB)
    write("zip-bomb.docx", bomb.getvalue())
    layered = io.BytesIO()     # many parts, each under any limit, together far over it
    with zipfile.ZipFile(layered, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for n in range(300):
            archive.writestr(f"word/media/part{n}.xml", b"\0" * MB)
    write("many-parts-bomb.docx", layered.getvalue())
    text_bomb = io.BytesIO()   # a real document.xml, one paragraph repeated: within the budget, all text
    with zipfile.ZipFile(io.BytesIO(docx)) as source, \
            zipfile.ZipFile(text_bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                body = re.search(rb"<w:p[ >].*?</w:p>", data, re.S).group(0)
                data = data.replace(body, body * 20_000, 1)
            archive.writestr(item, data)
    write("repeated-paragraph.docx", text_bomb.getvalue())
    write("not-a-docx.docx", MINUTES.encode())


def _encodings(write) -> None:
    text = MINUTES + "Café, naïve résumé - £5,000 agreed; Ærø and Zürich.\n"
    for encoding in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1252", "utf-8-sig", "mac-roman"):
        write(f"encoding-{encoding}.txt", text.encode(encoding))
        write(f"encoding-{encoding}.md", text.encode(encoding))
        write(f"encoding-{encoding}.html", f"<p>{text}</p>".encode(encoding))
    halves = (text + "—done").split("—")
    write("mixed-utf8-latin1.txt", halves[0].encode("utf-8") + "—".encode("cp1252") + halves[1].encode("latin-1"))
    write("lone-surrogate.txt", ("Caseloads fell " + "\ud800" + " today, said the Director.").encode(
        "utf-8", "surrogatepass"))
    write("overlong-utf8.txt", b"The panel \xc0\xaf noted \xe0\x80\xaf the report on caseloads.")
    write("utf16-odd-length.txt", text.encode("utf-16-le") + b"\x00")
    write("shift-jis.txt", "議事録 子どもの福祉 委員会は報告を承認した。".encode("shift_jis"))


def _html(write) -> None:
    depth = 100_000
    for tag in ("div", "span", "b", "table", "ul", "section", "p"):
        write(f"nested-{tag}.html", (f"<{tag}>" * depth + "The panel noted caseloads." + f"</{tag}>" * depth).encode())
        write(f"unclosed-{tag}.html", (f"<{tag}>" * depth + "The panel noted caseloads.").encode())
    write("nested-tr-td.html", ("<table><tr><td>" * 30_000 + "caseloads fell sharply").encode())
    write("many-attributes.html", ("<p " + " ".join(f"a{n}='{n}'" for n in range(100_000)) + ">The panel met.</p>"
                                   ).encode())
    write("huge-comment.html", ("<!--" + "x" * 5_000_000 + "--><p>The panel noted the report.</p>").encode())
    write("unterminated-comment.html", ("<p>The panel met.</p><!--" + "x -- " * 1_000_000).encode())
    write("script-only.html", ("<script>" + "var a = 1;" * 100_000 + "</script>").encode())
    write("entities.html", ("<p>" + "&amp;&lt;&#x1F600;&#0;&#xD800;&nbsp;" * 100_000 + "</p>").encode())
    write("meta-chrome.html", ("<nav>" * 10_000 + "<header><footer>" * 10_000 + "<p>The panel met today.</p>").encode())


def _text_stressors(write) -> None:
    mb = 1_000_000
    write("single-line-60mb.txt", b"The committee noted the report on caseloads. " * (60 * mb // 46))
    write("single-line-49mb.txt", b"A" * (49 * mb))
    write("single-line-words-10mb.txt", " ".join(f"word{n}" for n in range(1_500_000)).encode())
    write("repeated-sentence.txt", b"The committee noted the report on caseloads. " * 40_000)
    for unit in ("A", "Ab ", "Council ", "1. ", "#", "* ", "\n", "\t", " ", '"', "(", "Mr. ", "A.B.", "...",
                 "2019-07-15 ", "Kent County Council ", "RESOLVED: that ", "ACTION: ", "Page 1 of 2\n", "|",
                 "\u00a0", "\u200b", "e\u0301", "🙂", "\r"):
        write("stress.txt", (unit * (1 * mb // len(unit))).encode())
        write("stress.md", (unit * (200_000 // len(unit))).encode())
    write("deep-list.md", "".join("  " * n + "* item\n" for n in range(20_000)).encode())
    write("headings.md", b"# heading\n" * 200_000)
    write("control-characters.txt", bytes(range(32)) * 1000)
    write("nul-in-text.txt", MINUTES.encode().replace(b" ", b"\0"))


def _links(corpus: Path, outside: Path) -> None:
    (outside / "secret.txt").write_text("The outside secret that must never be indexed. " * 5)
    links = {
        "link-to-etc-passwd.txt": "/etc/passwd",
        "link-outside.txt": str(outside / "secret.txt"),
        "link-relative-outside.txt": "../" + outside.name + "/secret.txt",
        "link-broken.txt": str(corpus / "does-not-exist.txt"),
        "link-self.txt": "link-self.txt",
        "link-loop-a.txt": "link-loop-b.txt",
        "link-loop-b.txt": "link-loop-a.txt",
        "link-to-dev-zero.txt": "/dev/zero",
        "link-to-proc.txt": "/proc/self/environ",
        "link-inside.txt": "good-type.txt",
    }
    for name, target in links.items():
        os.symlink(target, corpus / name)
    os.symlink(outside, corpus / "linked-folder")        # a folder link: not walked
    os.symlink(corpus, corpus / "linked-corpus-loop")


def _odd_names(corpus: Path) -> None:
    names = ["café résumé.txt", "空白 文件.txt", "🙂.txt", "\u202etxt.exe.txt", "-rf.txt", "--help.md", "- .txt",
             " leading space.txt", "trailing space .txt", "new\nline.txt", "tab\tname.txt", "quote'\"name.txt",
             "$(touch pwned).txt", "back\\slash.txt", "UPPER.TXT", "Mixed.HtMl", "x" * 250 + ".txt",
             "é" * 120 + ".txt", "con.txt", "nul.md", "..txt", "a..b.txt", "%s%n.txt", "*.txt", "[a].md"]
    for name in names:
        data = f"<p>{MINUTES}</p>" if name.lower().endswith("html") else MINUTES
        (corpus / name).write_text(data, encoding="utf-8")


# ------------------------------------------------------------------ running and reporting

def reason_kind(reason: str) -> str:
    """A skip reason without the file's own path or figures, so that like reasons count together."""
    reason = re.sub(r"^\S*?(/[^ ]*)+ ", "", reason)          # the path the reader put first
    reason = re.sub(r": .*$", "", reason) if "not a readable" in reason else reason
    reason = re.sub(r"\d[\d,.]*", "N", reason)
    return reason[:110]


class FileClock:
    """How long each file took, from one progress call to the next."""

    def __init__(self, corpus: Path):
        self.corpus, self.longest, self.current, self.started = corpus, (0.0, ""), None, time.perf_counter()

    def __call__(self, name: str, done: int, total: int) -> None:
        self._lap()
        self.current = name
        if name == "good-type.docx":   # a file removed while the ingest runs
            for path in self.corpus.glob("remove-me-*.txt"):
                path.unlink()

    def _lap(self) -> None:
        now = time.perf_counter()
        if self.current:
            self.longest = max(self.longest, (now - self.started, self.current))
        self.started = now

    def finish(self) -> None:
        self._lap()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--read-seconds", type=float, default=DEFAULT_BUDGET.max_read_seconds)
    parser.add_argument("--keep", type=Path, help="generate the corpus here and keep it")
    args = parser.parse_args()
    from dataclasses import replace
    budget = replace(DEFAULT_BUDGET, max_read_seconds=args.read_seconds)
    work = Path(tempfile.mkdtemp(prefix="minutes-qa-hostile-")) if not args.keep else args.keep
    corpus, outside, index = work / "corpus", work / "outside", work / "index"
    try:
        for folder in (corpus, outside):
            folder.mkdir(parents=True)
        good = good_files(corpus)
        hostile_files(corpus, outside, random.Random(args.seed))
        for n in range(3):
            (corpus / f"remove-me-{n}.txt").write_text(MINUTES)
        tried = sum(1 for _ in corpus.iterdir())
        print(f"generated {tried} files ({sum(1 for p in corpus.iterdir() if p.name.startswith('good-'))} good) "
              f"in {work}")
        run(corpus, index, good, tried, budget)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def run(corpus: Path, index: Path, good: list[str], tried: int, budget) -> None:
    clock, started, crashed = FileClock(corpus), time.perf_counter(), None
    try:
        report = ingest(corpus, index, FastEmbedder(), progress=clock, budget=budget)
    except Exception as error:     # the harness counts this; it must never happen
        crashed = f"{type(error).__name__}: {error}"
    clock.finish()
    stop_idle_workers()
    seconds = time.perf_counter() - started
    if crashed:
        print(f"files tried {tried}, crashes 1: the ingest raised {crashed}")
        return
    # The reading worker's own words for a reader that failed in a way nobody planned for
    # (`file_worker._outcome`); "Stream has ended unexpectedly" from pypdf is a reported skip.
    unexpected = [(name, reason) for name, reason in report.skipped if "could not be read (unexpected " in reason]
    store = Store.open(index)
    try:
        indexed = {d.doc_id for d in store.documents()}
    finally:
        store.close()
    print(f"files tried {tried}: listed {report.files_seen}, indexed {report.files_read}, "
          f"skipped with a reason {len(report.skipped)}, repetitive {len(report.repetitive)}")
    print(f"crashes {len(unexpected)} (ingest raised: no)")
    for name, reason in unexpected:
        print(f"  CRASH {name!r}: {reason}")
    print("skipped, by reason:")
    for reason, n in Counter(reason_kind(r) for _, r in report.skipped).most_common():
        print(f"  {n:5d}  {reason}")
    missing = sorted(set(good) - indexed)
    print(f"good files indexed: {len(good) - len(missing)} of {len(good)}" + (f"; MISSING {missing}" if missing else ""))
    outside = sorted(d for d in indexed if "secret" in d or "passwd" in d or "environ" in d)
    print(f"documents from outside the corpus: {len(outside)} {outside if outside else ''}")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS: ingest {own:.0f} MB, reading worker {worker:.0f} MB")
    print(f"longest single file: {clock.longest[0]:.1f} s ({clock.longest[1]!r}); "
          f"whole ingest {seconds:.0f} s; budget per file {budget.max_read_seconds:g} s to read")


if __name__ == "__main__":
    main()
