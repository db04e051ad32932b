"""Gold check only: every gold quote of questions.jsonl is in its document's visible text.

    python bench/heldout52/check_gold.py [--dump DIR]

The same check as bench/heldout4/check_gold.py (whose docstring says how the text is extracted,
without the project's readers: pypdf in plain and layout mode, BeautifulSoup "html.parser",
python-docx, text files as they are; white space folded), over this corpus; builds corpus/ with
make_heldout52.py if it is missing (the corpus is not committed).
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("heldout4_check_gold", HERE.parent / "heldout4" / "check_gold.py")
heldout4_check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(heldout4_check)

if __name__ == "__main__":
    sys.exit(heldout4_check.main(here=HERE, generator="make_heldout52"))
