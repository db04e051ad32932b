"""Load on the web app's `/ask` endpoint from many simulated users, on this machine only.

    python bench/load.py [--users 50] [--seconds 60] [--url http://127.0.0.1:7860/]
    python bench/load.py --serve INDEX [--users 50] [--seconds 60]   # start the app on a free port first

Each user asks questions in a loop (drawn from QUESTIONS, with the long-question user
sending one of --long characters now and then) until the time is up; every request is
bounded by --timeout. Prints requests, errors, throughput and latency percentiles, and
the same for the normal questions asked while a long one was in flight. Refuses any URL
that is not loopback. Stops by itself: at most users x (seconds / 0.01) requests.
"""
from __future__ import annotations

import argparse
import statistics
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


def user(url: str, deadline: float, timeout: float, results: list, long_question: str | None, busy: threading.Event):
    from gradio_client import Client

    client = Client(url, verbose=False)
    n = 0
    while time.monotonic() < deadline:
        question = long_question if long_question and n % 5 == 0 else QUESTIONS[n % len(QUESTIONS)]
        n += 1
        started = time.monotonic()
        if question is long_question:
            busy.set()
        try:
            job = client.submit(question, api_name="/ask")
            job.result(timeout=timeout)
            ok = True
        except Exception:   # noqa: BLE001 - a refused long question is counted, not raised
            ok = question is long_question
        finally:
            if question is long_question:
                busy.clear()
        results.append((question is long_question, busy.is_set(), ok, time.monotonic() - started))


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


def serve(index: str) -> tuple[str, object]:
    import socket

    from assistant import Assistant
    from ui.app import build_app, launch

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = build_app(Assistant.open(index))
    return launch(app, port=port, block=False, quiet=True), app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:7860/")
    parser.add_argument("--serve", metavar="INDEX", help="start the app over INDEX on a free loopback port")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("--long", type=int, default=100_000, help="characters of the long question (0: none)")
    args = parser.parse_args()
    url, app = serve(args.serve) if args.serve else (args.url, None)
    if urlsplit(url).hostname not in LOOPBACK:
        raise SystemExit(f"{url} is not on this machine; the load harness targets loopback only")
    results: list = []
    busy = threading.Event()
    deadline = time.monotonic() + args.seconds
    threads = [threading.Thread(target=user, daemon=True,
                                args=(url, deadline, args.timeout, results,
                                      "x " * (args.long // 2) if i == 0 and args.long else None, busy))
               for i in range(args.users)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=args.seconds + args.timeout + 10)
    report(results, time.monotonic() - started)
    if app is not None:
        app.close()
    print(f"users {args.users}, {args.seconds:.0f} s, median of normal latencies "
          f"{statistics.median([r[3] for r in results if not r[0]] or [0]):.3f} s")


if __name__ == "__main__":
    main()
