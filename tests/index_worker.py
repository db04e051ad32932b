"""Run one ingest in its own process (tests kill it or make it meet the write lock).

    python tests/index_worker.py CORPUS INDEX [LOCK_TIMEOUT]

Exits 0 when done, 3 (printing the message) when another ingest holds the index.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conftest import HashEmbedder  # noqa: E402

from assistant.errors import IndexBusy  # noqa: E402
from assistant.ingest import ingest  # noqa: E402


def main() -> int:
    corpus, index = sys.argv[1], sys.argv[2]
    timeout = float(sys.argv[3]) if len(sys.argv) > 3 else 10.0
    try:
        ingest(corpus, index, HashEmbedder(), lock_timeout=timeout)
    except IndexBusy as error:
        print(error)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
