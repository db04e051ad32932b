"""`minutes-qa`: ingest minutes, ask questions, serve the web app, evaluate."""
from __future__ import annotations

import json
import sys
import textwrap
from dataclasses import asdict
from pathlib import Path

import click

from . import validate
from .errors import IndexOutdated, InvalidInput, MinutesQAError
from .models import Filters

DEFAULT_INDEX = "index"
DEFAULT_CORPUS = "corpus"
# Processes answering the web app's questions: one per core of this 2-core machine (docs/retrieval.md, "Load").
DEFAULT_WORKERS = 2


class BadInput(click.ClickException):
    """A question, filter or number that cannot be used: one line, and exit status 2 as for bad usage."""

    exit_code = 2


class Translated(click.Group):
    """Turns domain errors into one clear line instead of a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except InvalidInput as error:
            raise BadInput(str(error)) from error
        except MinutesQAError as error:
            raise click.ClickException(str(error)) from error


@click.group(cls=Translated)
@click.version_option(package_name="minutes-qa")
def cli() -> None:
    """Cited answers from council meeting minutes."""


index_option = click.option("--index", "index", default=DEFAULT_INDEX, show_default=True,
                            type=click.Path(file_okay=False), help="Index folder.")
max_question_option = click.option("--max-question-chars", default=validate.MAX_QUESTION_CHARS, show_default=True,
                                   type=click.IntRange(1), help="Refuse questions longer than this.")


@cli.command()
@click.argument("corpus", default=DEFAULT_CORPUS, type=click.Path(file_okay=False))
@index_option
@click.option("--model", default=None, help="Embedding model name or path (default all-MiniLM-L6-v2).")
@click.option("--rebuild", is_flag=True, help="Re-read every file instead of only new and changed ones.")
def ingest(corpus: str, index: str, model: str | None, rebuild: bool) -> None:
    """Read a folder of minutes into the index (unchanged files are skipped)."""
    from .core import Assistant

    bar = _ProgressBar()
    try:
        assistant = Assistant.build(corpus, index, model=model, progress=bar, rebuild=rebuild)
    finally:
        bar.close()
    _print_report(assistant.last_report, index)


class _ProgressBar:
    def __init__(self) -> None:
        self.bar = None

    def __call__(self, name: str, done: int, total: int) -> None:
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="Ingesting", file=sys.stderr,
                                         item_show_func=lambda item: item)
            self.bar.__enter__()
        self.bar.update(1, name)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def _print_report(report, index: str) -> None:
    click.echo(f"Files: {report.files_seen} seen, {report.files_read} read, {report.unchanged} unchanged, "
               f"{len(report.skipped)} skipped, {len(report.removed)} removed")
    for name, reason in report.skipped:
        click.echo(f"  skipped {name}: {reason}")
    for doc_id in report.removed:
        click.echo(f"  removed {doc_id} (file no longer in the corpus)")
    for name, repeats, total in report.repetitive:
        click.echo(f"  repetitive {name}: {repeats} of {total} passages repeat others and are indexed once")
    click.echo(f"Passages: {report.passages} written, {report.total_passages} in the index")
    click.echo(f"Time: {report.seconds:.1f} s. Index: {index}")


@cli.command()
@click.argument("question")
@index_option
@click.option("-k", "k", default=5, show_default=True, help="Passages to return.")
@click.option("--council", default=None, help="Only this council (part of its name is enough).")
@click.option("--committee", default=None, help="Only this committee (part of its name is enough).")
@click.option("--since", "date_from", default=None, help="Meetings on or after: 2019, 2019-07 or 2019-07-15.")
@click.option("--until", "date_to", default=None, help="Meetings on or before: 2020, 2020-03 or 2020-03-31.")
@click.option("--kind", default=None, help="Document kind: minutes or report.")
@click.option("--as-written", is_flag=True,
              help="Do not turn councils and dates named in the question into filters.")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON.")
@max_question_option
def ask(question: str, index: str, k: int, council, committee, date_from, date_to, kind, as_written: bool,
        as_json: bool, max_question_chars: int) -> None:
    """Ask a question; print the quoted answer and its citations.

    A council or date named in the question ("in Medway", "since 2019") narrows the
    search, and the answer says so; --as-written searches without them.
    """
    from .core import Assistant

    limits = validate.Limits(max_question_chars=max_question_chars)
    question, k = validate.question(question, limits), validate.count(k, limits.max_k)  # before loading the model
    given = validate.filters(Filters(council, committee, date_from, date_to, kind), limits, ("--since", "--until"))
    assistant = Assistant.open(index, limits=limits)
    if not getattr(assistant.embedder, "loaded", True):
        click.echo("Loading the embedding model (a few seconds)...", err=True)
    answer = assistant.ask(question, k=k, read_filters=not as_written, **asdict(given))
    if as_json:
        click.echo(json.dumps(answer.to_dict(), indent=2, ensure_ascii=False))
    else:
        narrowed = answer.filters != given
        click.echo(format_answer(answer, hint=AS_WRITTEN_HINT if narrowed else None))


AS_WRITTEN_HINT = "(to search without the filters read from the question, add --as-written)"


def format_answer(answer, hint: str | None = None) -> str:
    lines = [f"({note})" for note in answer.notes] + ([hint] if hint else [])
    if not answer.answered:
        lines.append("The minutes do not answer this question.")
        if answer.passages:
            lines.append("Nearest passages, which may not be relevant:")
    else:
        lines.append(textwrap.fill(answer.summary, width=100))
    for n, hit in enumerate(answer.passages, start=1):
        lines.append("")
        lines.append(f"[{n}] {hit.citation()}  ({hit.doc_id}, chars {hit.start}-{hit.end})")
        lines.append(textwrap.indent(textwrap.fill(" ".join(hit.text.split()), width=96), "    "))
        if hit.missing:
            lines.append(f"    (not in this passage: {', '.join(hit.missing)})")
    return "\n".join(lines)


@cli.command()
@index_option
@click.option("--corpus", default=DEFAULT_CORPUS, show_default=True, type=click.Path(file_okay=False),
              help="Folder to ingest first if the index is missing or stale.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=7860, show_default=True, type=int)
@click.option("--no-ingest", is_flag=True, help="Serve the index as it is.")
@click.option("--auth", "auth", multiple=True, metavar="USER:PASSWORD",
              help="A user who may sign in (repeatable); with any, every page needs a signed-in user.")
@click.option("--auth-file", default=None, type=click.Path(exists=True, dir_okay=False),
              help="A file of USER:PASSWORD lines (# comments allowed), as --auth.")
@click.option("--read-only", is_flag=True, help="No uploads or re-indexing from the web app.")
@max_question_option
@click.option("--workers", default=DEFAULT_WORKERS, show_default=True, type=click.IntRange(0, 32),
              help="Processes answering questions, each with its own model (0: the server's own).")
def serve(index: str, corpus: str, host: str, port: int, no_ingest: bool, auth: tuple[str, ...],
          auth_file: str | None, read_only: bool, max_question_chars: int, workers: int) -> None:
    """Serve the web app, bringing the index up to date with the corpus in the background.

    A --host other than loopback needs --auth/--auth-file or --read-only. Without sign-in on
    loopback, anyone on this machine may upload and re-index. The server follows the index:
    a `minutes-qa ingest` into the same folder is seen by the next question.
    """
    from ui.access import AccessError, serving_access

    try:
        access = serving_access(host, auth, auth_file, read_only)   # before loading anything heavy
    except AccessError as error:
        raise BadInput(str(error)) from error
    from .core import Assistant

    limits = validate.Limits(max_question_chars=max_question_chars)
    update = not no_ingest and Path(corpus).is_dir()
    if not update:
        assistant = Assistant.open(index, limits=limits)
    else:
        try:
            assistant = Assistant.open_or_create(index, limits=limits)
        except IndexOutdated:      # written by an older minutes-qa: updated before serving
            click.echo(f"Updating the index in {index} (written by an older minutes-qa) before serving...", err=True)
            assistant = Assistant.build(corpus, index, limits=limits)
            _print_report(assistant.last_report, index)
            update = False
    from ui.app import serve as serve_app

    serve_app(assistant, host=host, port=port, corpus=corpus, access=access, update_index=update, workers=workers)


@cli.command(name="eval")
@click.argument("questions", type=click.Path(exists=True, dir_okay=False))
@index_option
@click.option("--corpus", "corpora", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="Evaluate over these folders (repeatable) instead of --index; their index is cached.")
@click.option("--compare", is_flag=True,
              help="Also run the naive baseline, BM25 alone and embeddings alone, side by side.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--details", is_flag=True, help="With --json: include every question's outcome.")
def eval_command(questions: str, index: str, corpora: tuple[str, ...], compare: bool,
                 as_json: bool, details: bool) -> None:
    """Measure hit@5, recall@5, MRR@10, abstention and latency on a question set."""
    from .core import Assistant
    from .evaluate import evaluate, format_table, load_questions

    qs = load_questions(questions)
    if corpora:
        index = str(_eval_index_dir(corpora))
        assistant = Assistant.build(list(corpora), index)
    else:
        assistant = Assistant.open(index)
    methods = ["naive", "bm25", "dense", "hybrid"] if compare else ["hybrid"]
    reports = [evaluate(qs, _retriever(assistant, m), m) for m in methods]
    if as_json:
        click.echo(json.dumps([r.to_dict(details) for r in reports], indent=2))
    else:
        click.echo(format_table(reports))


def _eval_index_dir(corpora: tuple[str, ...]) -> Path:
    import hashlib

    key = hashlib.sha256("\n".join(sorted(str(Path(c).resolve()) for c in corpora)).encode()).hexdigest()
    return Path(".eval-index") / key[:12]


def _retriever(assistant, method: str):
    if method == "naive":
        from .baseline import NaiveBM25

        naive = NaiveBM25([(d.doc_id, assistant.document_text(d.doc_id) or "") for d in assistant.documents()])
        return lambda question: (naive.search(question, k=10), True)
    if method == "hybrid":
        def ask(question: str):
            answer = assistant.ask(question, k=10)
            return answer.passages, answer.answered
        return ask
    return lambda question: (assistant.search(question, k=10, method=method), True)


@cli.command()
@index_option
@click.option("--council", default=None, help="Only this council (part of its name is enough).")
@click.option("--owner", default=None,
              help="Only commitments whose owner contains this; \"Director\" also finds DCS, DASS and DPH.")
@click.option("--kind", default=None, type=click.Choice(["action", "report back", "information requested",
                                                         "resolution"]), help="Only this kind of commitment.")
@click.option("--text", default=None, help="Only commitments whose text contains this.")
@click.option("--due-from", default=None, help="Due on or after: 2020, 2020-09 or 2020-09-30.")
@click.option("--due-to", default=None, help="Due on or before: 2020, 2020-09 or 2020-09-30.")
@click.option("--csv", "csv_file", default=None, type=click.Path(dir_okay=False, writable=True),
              help="Write the register to this CSV file instead of printing it.")
@click.option("--follow-ups", is_flag=True, help="Under each, list later minutes of the council that return to it.")
@click.option("--procedural", is_flag=True,
              help="Include procedural resolutions: minutes approved, apologies noted, no interests declared,"
                   " date of the next meeting.")
def commitments(index: str, council, owner, kind, text, due_from, due_to, csv_file, follow_ups: bool,
                procedural: bool) -> None:
    """List what was promised, by whom and by when, with citations (the commitments register)."""
    from . import register
    from .core import Assistant

    validate.date_range(due_from, due_to, ("--due-from", "--due-to"))
    assistant = Assistant.open(index)
    items = register.select(assistant, council, owner, kind, text, due_from, due_to, procedural)
    if csv_file:
        with open(csv_file, "w", newline="", encoding="utf-8") as handle:
            count = register.write_csv(assistant, items, handle)
        click.echo(f"Wrote {count} commitment(s) to {csv_file}")
        return
    click.echo(format_commitments(assistant, items, follow_ups))


def format_commitments(assistant, items: list, with_follow_ups: bool = False) -> str:
    """The register as numbered entries: who, what (quoted), by when, where recorded."""
    from . import register

    if not items:
        return "No commitments match."
    lines = [f"{len(items)} commitment(s)"]
    for n, c in enumerate(items, start=1):
        due = f"{c.due} ({c.due_date})" if c.due and c.due_date else (c.due or "not stated")
        lines += ["", f"[{n}] {c.kind} | owner: {c.owner or 'not stated'} | due: {due}",
                  textwrap.indent(textwrap.fill(f"“{' '.join(c.text.split())}”", width=96), "    "),
                  f"    {register.citation(assistant, c)}  ({c.doc_id}, chars {c.start}-{c.end})"]
        if with_follow_ups:
            lines += _format_follow_ups(register.follow_ups(assistant, c))
    return "\n".join(lines)


def _format_follow_ups(hits: list) -> list[str]:
    if not hits:
        return ["    Follow-ups: none found in later minutes of this council."]
    lines = ["    Follow-ups:"]
    for hit in hits:
        start, end = hit.sentences[0] if hit.sentences else (hit.start, hit.end)
        quote = " ".join(hit.text[start - hit.start:end - hit.start].split())
        lines += [f"      - {hit.citation()}  ({hit.doc_id}, chars {hit.start}-{hit.end})",
                  textwrap.indent(textwrap.fill(f"“{quote}”", width=90), "        ")]
    return lines


def main() -> None:
    cli(prog_name="minutes-qa")


if __name__ == "__main__":
    main()
