"""Shared helpers of the benchmarks: timing child processes, medians, the machine's description."""

from __future__ import annotations

import contextlib
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent
PYTHON = sys.executable


@dataclass
class Run:
    seconds: float
    peak_mib: float
    stdout: str


def run(cmd: list[str], *, env: dict | None = None, cwd: Path | None = None, check: bool = True) -> Run:
    """Run ``cmd`` to completion; wall time and the child's peak resident memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=(os.environ | env) if env else None, cwd=cwd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if check and proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    # ru_maxrss of children is the largest child so far: exact when the largest is this one.
    return Run(seconds, max(peak, before) / 1024, proc.stdout)


def peak_of(cmd: list[str], **kw) -> tuple[Run, float]:
    """Run with GNU time-like accounting of this child's own peak (via a wrapper process)."""
    wrapper = [PYTHON, str(HERE / "peak.py"), *cmd]
    r = run(wrapper, **kw)
    *out, last = r.stdout.rstrip("\n").split("\n")
    return Run(r.seconds, r.peak_mib, "\n".join(out)), float(last.split()[-1])


def median(values: list[float]) -> float:
    return statistics.median(values)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}")


def versions(*names: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    out = []
    for name in names:
        with contextlib.suppress(PackageNotFoundError):
            out.append(f"{name} {version(name)}")
    return ", ".join(out)
