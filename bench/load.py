"""Load on the web app's `/ask` endpoint from many simulated users, on this machine only.

    python bench/load.py [--users 50] [--seconds 60] [--think 1] [--url http://127.0.0.1:7860/]
    python bench/load.py --serve INDEX [--workers N] [--users 50] [--seconds 60]   # start the app on a free port first

Each user asks questions in a loop (drawn from QUESTIONS, with the long-question user
sending one of --long characters now and then) until the time is up, pausing a random
--think seconds (exponential, that mean; 0: none, which measures saturation) between
questions; every request is bounded by --timeout. Requests go through Gradio's HTTP API
(POST /gradio_api/call/ask, then its event stream), as any client would; with --serve the
app runs in its own process, so the clients do not share its interpreter. Prints requests, errors, throughput and latency percentiles, and
the same for the normal questions asked while a long one was in flight. Refuses any URL
that is not loopback. Stops by itself: at most users x (seconds / 0.01) requests.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import threading
import time
from urllib.parse import urlsplit

QUESTIONS = ["What did Ofsted say about caseloads?", "Who chairs the Improvement Board?",
             "How many agency social workers were there?", "What did members ask about recruitment?",
             "Which councils mentioned agency staff?", "What was agreed about the improvement plan?"]
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


def ask(client, url: str, question: str, timeout: float) -> bool:
    """One question through Gradio's HTTP API; True when it completed without an error."""
    event = client.post(f"{url}gradio_api/call/ask", json={"data": [question, "", "", "", "", "", 5]}, timeout=timeout)
    event.raise_for_status()
    with client.stream("GET", f"{url}gradio_api/call/ask/{event.json()['event_id']}", timeout=timeout) as stream:
        for line in stream.iter_lines():
            if line.startswith("event: "):
                kind = line[len("event: "):].strip()
                if kind in ("complete", "error"):
                    return kind == "complete"
    return False


def user(url: str, deadline: float, timeout: float, results: list, long_question: str | None,
         busy: threading.Event, think: float, seed: int):
    import random

    import httpx

    pause = random.Random(seed)
    n = 0
    with httpx.Client() as client:
        while time.monotonic() < deadline:
            question = long_question if long_question and n % 5 == 0 else QUESTIONS[n % len(QUESTIONS)]
            n += 1
            started = time.monotonic()
            if question is long_question:
                busy.set()
            try:
                ok = ask(client, url, question, timeout) or question is long_question
            except Exception:   # noqa: BLE001 - counted as an error, not raised
                ok = question is long_question
            finally:
                if question is long_question:
                    busy.clear()
            results.append((question is long_question, busy.is_set(), ok, time.monotonic() - started))
            if think:
                time.sleep(min(pause.expovariate(1 / think), max(0.0, deadline - time.monotonic())))


def report(results: list, seconds: float) -> None:
    normal = [r for r in results if not r[0]]
    latencies = [r[3] for r in normal if r[2]]
    errors = sum(1 for r in normal if not r[2])
    print(f"requests {len(normal)} (+{len(results) - len(normal)} long), errors {errors}, "
          f"throughput {len(normal) / seconds:.1f}/s")
    print(f"latency p50 {percentile(latencies, 0.5):.3f} s, p95 {percentile(latencies, 0.95):.3f} s, "
          f"max {max(latencies, default=float('nan')):.3f} s")
    during = [r[3] for r in normal if r[1] and r[2]]
    if during:
        print(f"while a long question was in flight: {len(during)} requests, p95 {percentile(during, 0.95):.3f} s")


def serve(index: str, workers: int | None = None, wait: float = 120) -> tuple[str, subprocess.Popen]:
    """`minutes-qa serve` over INDEX in its own process on a free loopback port, once it answers
    (with `workers` question processes; None: serve's default)."""
    import socket
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve", "--index", index, "--no-ingest",
                               "--port", str(port), *(["--workers", str(workers)] if workers is not None else [])],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url, until = f"http://127.0.0.1:{port}/", time.monotonic() + wait
    while time.monotonic() < until:
        try:
            with urllib.request.urlopen(url, timeout=2):
                warm_up(url, wait)
                return url, server
        except OSError:
            time.sleep(0.5)
    server.kill()
    raise SystemExit(f"the app did not answer within {wait:.0f} s")


def warm_up(url: str, wait: float, at_once: int = 4) -> None:
    """A few questions at once, answered, before the clock starts: the models load behind the page."""
    import httpx

    def one(i: int) -> bool:
        with httpx.Client() as client:
            return ask(client, url, QUESTIONS[i % len(QUESTIONS)], wait)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(at_once)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:7860/")
    parser.add_argument("--serve", metavar="INDEX", help="start the app over INDEX on a free loopback port")
    parser.add_argument("--workers", type=int, help="with --serve: its question processes (default: serve's)")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("--long", type=int, default=100_000, help="characters of the long question (0: none)")
    parser.add_argument("--think", type=float, default=0.0, help="mean seconds a user pauses between questions")
    args = parser.parse_args()
    url, server = serve(args.serve, args.workers) if args.serve else (args.url, None)
    if urlsplit(url).hostname not in LOOPBACK:
        raise SystemExit(f"{url} is not on this machine; the load harness targets loopback only")
    results: list = []
    busy = threading.Event()
    deadline = time.monotonic() + args.seconds
    threads = [threading.Thread(target=user, daemon=True,
                                args=(url, deadline, args.timeout, results,
                                      "x " * (args.long // 2) if i == 0 and args.long else None, busy,
                                      args.think, i))
               for i in range(args.users)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=args.seconds + args.timeout + 10)
    report(results, time.monotonic() - started)
    if server is not None:
        server.terminate()
        server.wait(timeout=30)
    print(f"users {args.users}, think {args.think:g} s, {args.seconds:.0f} s, median of normal latencies "
          f"{statistics.median([r[3] for r in results if not r[0]] or [0]):.3f} s")


if __name__ == "__main__":
    main()
