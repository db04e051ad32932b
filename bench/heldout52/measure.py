"""Figures on the fifty-second held-out corpus (bench/heldout52/), read without a manifest.

    python bench/heldout52/measure.py [--skip-retrieval] [--verbose]

bench/heldout6/measure.py pointed at this folder (heldout5's furniture detector and patterns,
heldout3's metadata figures, near misses `u` and ordinary unanswerable questions `n` counted
apart); to be measured once, by the lead, see README.md. The corpus is not committed: it is built by
make_heldout52.py when missing (deterministic).
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("_heldout6_measure", HERE.parent / "heldout6" / "measure.py")
heldout6 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(heldout6)

if __name__ == "__main__":
    sys.exit(heldout6.main(here=HERE, generator="make_heldout52.py"))
