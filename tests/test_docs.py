"""The README's commands exist: docs that cannot drift."""
from __future__ import annotations

import re

from assistant.cli import cli

from conftest import ROOT

README = (ROOT / "README.md").read_text()


def test_every_cli_command_in_the_readme_exists():
    used = set(re.findall(r"minutes-qa ([a-z]+)", README))
    assert used, "README shows no minutes-qa commands"
    assert used <= set(cli.commands), used - set(cli.commands)


def test_every_make_target_in_the_readme_exists():
    makefile = (ROOT / "Makefile").read_text()
    targets = set(re.findall(r"^([a-z][\w-]*):", makefile, re.M))
    used = set(re.findall(r"make ([a-z]+)", README))
    assert {"run", "test"} <= used <= targets, used - targets


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_every_cli_option_in_the_readme_exists():
    options = {p.opts[0] for c in cli.commands.values() for p in c.params if p.opts[0].startswith("--")}
    used = set(re.findall(r"\s(--[a-z][a-z-]+)", README))
    assert used <= options, used - options


def test_the_python_example_runs(sample_index, embedder):
    from assistant import Assistant

    a = Assistant.open(sample_index, embedder=embedder)
    ans = a.ask("What did Ofsted say about caseloads?", k=5, council=None,
                committee=None, date_from=None, date_to=None)
    assert isinstance(ans.answered, bool) and ans.summary
    for p in ans.passages:
        assert p.citation() and p.doc_id and p.end > p.start and isinstance(p.score, float)


def test_every_module_is_named_in_the_architecture_page():
    page = (ROOT / "docs" / "architecture.md").read_text()
    modules = [p for folder in ("assistant", "ui") for p in (ROOT / folder).glob("*.py") if p.name != "__init__.py"]
    assert modules
    unnamed = [str(p.relative_to(ROOT)) for p in modules if f"`{p.name}`" not in page]
    assert not unnamed, f"add these to docs/architecture.md: {unnamed}"
