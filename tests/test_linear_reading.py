"""Reading a file costs time linear in its length, whatever the file: the Python lines run at
twice the size are about twice as many (a quadratic loop gives about 4). Lines, not calls,
are counted, so that a loop inside one function is seen."""
from __future__ import annotations

import random
import re
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.errors import MinutesQAError
from assistant.file_worker import read_file
from assistant.passages import _NOT_SPEAKERS, speaker_of
from growth import line_growth

SHAPES = {
    "one sentence repeated on one line": ("txt", lambda n: "The committee noted the report on caseloads. " * n),
    "one sentence repeated, a line each": ("txt", lambda n: "The committee noted the report.\n" * n),
    "headings": ("md", lambda n: "# heading\n" * n),
    "action lines": ("txt", lambda n: "The panel asked for a report.\nACTION: Director\n" * n),
    "numbered items": ("txt", lambda n: "".join(f"{i}. The panel agreed item {i}.\n" for i in range(n))),
    "bullets": ("md", lambda n: "* The panel noted it.\n" * n),
    "resolutions": ("txt", lambda n: "RESOLVED: that the report be noted.\n" * n),
    "speakers": ("txt", lambda n: "Cllr Smith: I will report back to the panel.\n" * n),
    "table rows": ("txt", lambda n: "Caseloads\t18\tper worker\n" * n),
    "council names": ("txt", lambda n: "Kent County Council " * n),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_reading_a_file_grows_linearly_with_its_length(tmp_path, shape):
    suffix, make = SHAPES[shape]

    def work_for(n: int):
        path = tmp_path / f"file-{n}.{suffix}"
        path.write_text(make(n), encoding="utf-8")
        return lambda: read_file(path, None)

    assert line_growth(work_for, 400) < 2.6, shape


# Work inside `re` is not seen by counting Python lines: these shapes are read at 100 kB in a
# child process capped at 30 s of CPU (linear: about a second; the old speaker pattern: hours).
REGEX_SHAPES = ["A.B.", "...", "Mr. ", "A", "e\u0301", "a-", "1.", "www.", "@a.", "Ab ", "(", "A:"]
CPU_SECONDS = 30


def read_regex_shapes(folder: str) -> None:
    """Run in the child process: read each shape, saying which one is being read."""
    from pathlib import Path

    for n, unit in enumerate(REGEX_SHAPES):
        print(n, flush=True)
        path = Path(folder) / f"shape-{n}.txt"
        path.write_text(unit * (100_000 // len(unit)), encoding="utf-8")
        try:
            read_file(path, None)
        except MinutesQAError:
            pass
    print("done", flush=True)


def test_no_pattern_backtracks_on_a_long_line(tmp_path):
    def cap_cpu():
        resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))

    tests = Path(__file__).resolve().parent
    code = (f"import sys; sys.path.insert(0, {str(tests)!r}); import test_linear_reading as t; "
            f"t.read_regex_shapes({str(tmp_path)!r})")
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, preexec_fn=cap_cpu)
    read = child.stdout.splitlines()
    assert child.returncode == 0 and read[-1:] == ["done"], \
        f"stopped reading {REGEX_SHAPES[int(read[-1])] if read and read[-1] != 'done' else read!r}: {child.stderr[-300:]}"


OLD_SPEAKER = re.compile(r"^((?:[A-Z][\w.'’-]*\s?){1,6}(?:\((?:[^()]|\([^()]*\)){1,80}\))?):\s")


def test_speaker_labels_are_those_the_old_pattern_found():
    tokens = ["Meilyr", "Rowlands", "A", "B.", "Mr.", "Jones", "(Chair)", "(Welsh (Gov))", ":", ": ", "x", "Dr",
              "O'Neil", "AM", "the", "Smith:", "(", ")", "A.B.", "-", "’s", "\n", "Minutes"]
    rng = random.Random(14)
    for _ in range(20_000):
        line = "".join(rng.choice(tokens) + rng.choice([" ", "", "  ", "\t"]) for _ in range(rng.randint(1, 9))) + " "
        old = OLD_SPEAKER.match(line)
        expected = None if not old or old.group(1).split()[-1].lower() in _NOT_SPEAKERS else old.group(1).strip()
        assert speaker_of(line) == expected, line
