"""Reading a file costs time linear in its length, whatever the file: the Python lines run at
twice the size are about twice as many (a quadratic loop gives about 4). Lines, not calls,
are counted, so that a loop inside one function is seen."""
from __future__ import annotations

import pytest

from assistant.file_worker import read_file
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
