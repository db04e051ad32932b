"""Cold start: seconds from process start to the first HTTP 200 of `minutes-qa serve`, and of a one-shot `ask`.

    python bench/cold_start.py [--index DIR] [--corpus DIR] [--runs 3] [--timeout 120]

The index is built first if missing (not timed). Each run starts `serve` on a free port on
127.0.0.1, polls "/" every 50 ms until it answers 200 (at most --timeout seconds), then
stops the server it started. Also timed: `serve --no-ingest` (the index as it is) and
`minutes-qa ask` from start to exit.
"""
from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "assistant.cli"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


def time_to_first_200(args: list[str], timeout: float) -> float | None:
    port = free_port()
    started = time.perf_counter()
    server = subprocess.Popen(CLI + ["serve", *args, "--port", str(port)], cwd=ROOT, env=environment(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        while time.perf_counter() - started < timeout:
            if server.poll() is not None:
                return None
            if answers(f"http://127.0.0.1:{port}/"):
                return time.perf_counter() - started
            time.sleep(0.05)
        return None
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def time_ask(index: Path, timeout: float) -> tuple[float | None, str]:
    started = time.perf_counter()
    try:
        done = subprocess.run(CLI + ["ask", "What did Ofsted say about caseloads?", "--index", str(index)],
                              cwd=ROOT, env=environment(), capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, ""
    return time.perf_counter() - started, done.stderr.strip().splitlines()[0] if done.stderr.strip() else ""


def environment() -> dict:
    paths = [str(ROOT), os.environ.get("PYTHONPATH", "")]
    return dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in paths if p))


def summary(label: str, times: list[float | None]) -> str:
    ok = [t for t in times if t is not None]
    if not ok:
        return f"{label}: nothing within the timeout in {len(times)} run(s)"
    return (f"{label}: median {statistics.median(ok):.1f} s, min {min(ok):.1f} s, max {max(ok):.1f} s "
            f"({len(ok)} of {len(times)} runs answered)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", type=Path, default=ROOT / "index")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    index, corpus = args.index.resolve(), args.corpus.resolve()
    if not (index / "CURRENT").is_file():
        subprocess.run(CLI + ["ingest", str(corpus), "--index", str(index)], cwd=ROOT, env=environment(), check=True,
                       capture_output=True)
    serve = [time_to_first_200(["--index", str(index), "--corpus", str(corpus)], args.timeout)
             for _ in range(args.runs)]
    print(summary("serve (index present) to first HTTP 200", serve), flush=True)
    as_is = [time_to_first_200(["--index", str(index), "--no-ingest"], args.timeout) for _ in range(args.runs)]
    print(summary("serve --no-ingest to first HTTP 200", as_is), flush=True)
    asked = [time_ask(index, args.timeout) for _ in range(args.runs)]
    print(summary("one-shot ask to exit", [t for t, _ in asked]).replace("answered", "finished")
          + f"; first line on stderr: {asked[0][1]!r}", flush=True)


if __name__ == "__main__":
    main()
