"""Review under load: P processes make U updates in all on a shared set of claims, through the
review library (lock, validation, atomic write); prints updates per second and how many were lost.

    python bench/review_load.py --root /tmp/claims-10k --processes 4 --updates 1000
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import time
from pathlib import Path

from claimkit.review import Reviewer
from claimkit.store import Store

CLAIMS = 20


def worker(root: str, worker_id: int, updates: int, ids: list[str], start, run: str) -> None:
    reviewer = Reviewer(Store(root), f"bench-{worker_id}")
    start.wait()
    for n in range(updates):
        claim_id = ids[(worker_id + n) % len(ids)]
        reviewer.add_evidence(claim_id, [{
            "url": f"https://example.org/bench/{run}/{worker_id}/{n}", "title": "Bench page", "publisher": "Bench",
            "published": None, "stance": "context", "summary": "A page added by the review benchmark.",
        }])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--updates", type=int, default=1000)
    args = parser.parse_args()
    store = Store(args.root)
    ids = [Path(p).stem for p in store.claim_paths()[:CLAIMS]]
    before = {i: len(store.read_claim(i).evidence) for i in ids}
    per = args.updates // args.processes
    ctx = mp.get_context("fork")
    start = ctx.Event()
    run = f"{os.getpid()}-{time.time_ns()}"  # each run cites pages of its own: no duplicate refusals
    procs = [ctx.Process(target=worker, args=(str(args.root), w, per, ids, start, run)) for w in range(args.processes)]
    for p in procs:
        p.start()
    t0 = time.perf_counter()
    start.set()
    for p in procs:
        p.join()
    seconds = time.perf_counter() - t0
    done = per * args.processes
    added = sum(len(store.read_claim(i).evidence) - before[i] for i in ids)
    failed = sum(1 for p in procs if p.exitcode != 0)
    print(f"updates {done} processes {args.processes} seconds {seconds:.3f} per_second {done / seconds:.1f} "
          f"lost {done - added} failed_processes {failed}")


if __name__ == "__main__":
    main()
