"""Measure what ``import websocket_event`` costs a new Python process.

Two checks, each against a process that runs ``import enum, typing``, the standard
library modules the package needs:

modules
    ``python -X importtime`` lists every module a process imports. The package may
    add its own modules and nothing else: no optional library, no ``difflib``.
whole process
    The wall-clock time of ``python -c "import websocket_event"`` and of
    ``python -c "import enum, typing"``, run in interleaved pairs, the order
    alternating from one pair to the next. The ratio is the median over the pairs
    of the first time divided by the second, and must be at most 1.05.

Bytecode is written to and read from a temporary cache directory
(``PYTHONPYCACHEPREFIX``), as an installed package reads its ``.pyc`` files, and
each command runs twice before timing starts so that the cache is filled.

Run from a checkout with ``PYTHONPATH=src python benchmarks/import_time.py``; the
child processes use the same interpreter and environment. ``--quick`` times a few
pairs, enough to check that the script still works.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

PACKAGE = "websocket_event"
PACKAGE_IMPORT = f"import {PACKAGE}"
BASELINE_IMPORT = "import enum, typing"
MAX_RATIO = 1.05

# A line of `-X importtime` output: self and cumulative microseconds, then the module
# name, indented by its depth in the import tree.
IMPORTTIME_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)$")


def child_environment(cache: str) -> dict[str, str]:
    """Return the environment for the timed processes, with bytecode cached in *cache*."""
    environment = dict(os.environ)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    environment["PYTHONPYCACHEPREFIX"] = cache
    return environment


def imported_modules(code: str, environment: dict[str, str]) -> dict[str, int]:
    """Return the modules that running *code* imports, with their own microseconds."""
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    modules = {}
    for line in completed.stderr.splitlines():
        match = IMPORTTIME_LINE.match(line)
        if match:
            modules[match.group(4)] = int(match.group(1))
    return modules


def extra_modules(environment: dict[str, str]) -> list[str]:
    """Return the modules that the package imports beyond the baseline, sorted."""
    package = imported_modules(PACKAGE_IMPORT, environment)
    baseline = imported_modules(BASELINE_IMPORT, environment)
    return sorted(set(package) - set(baseline))


def own_import_times(environment: dict[str, str], runs: int) -> dict[str, float]:
    """Return the median of each package module's own import time, in microseconds."""
    samples: dict[str, list[int]] = {}
    for _ in range(runs):
        for name, micros in imported_modules(PACKAGE_IMPORT, environment).items():
            if name == PACKAGE or name.startswith(PACKAGE + "."):
                samples.setdefault(name, []).append(micros)
    return {name: statistics.median(values) for name, values in samples.items()}


def run_once(code: str, environment: dict[str, str]) -> float:
    """Return the wall-clock seconds of one ``python -c code`` process."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code],
        env=environment,
        stdout=subprocess.DEVNULL,
        check=True,
    )
    return time.perf_counter() - start


def time_pairs(environment: dict[str, str], pairs: int) -> tuple[list[float], list[float]]:
    """Return the process times of the package import and of the baseline, pair by pair."""
    for _ in range(2):  # fill the bytecode cache
        run_once(PACKAGE_IMPORT, environment)
        run_once(BASELINE_IMPORT, environment)
    package, baseline = [], []
    for index in range(pairs):
        if index % 2:
            baseline.append(run_once(BASELINE_IMPORT, environment))
            package.append(run_once(PACKAGE_IMPORT, environment))
        else:
            package.append(run_once(PACKAGE_IMPORT, environment))
            baseline.append(run_once(BASELINE_IMPORT, environment))
    return package, baseline


def spread(times: list[float]) -> float:
    """Return the interquartile range of *times*, relative to their median."""
    if len(times) < 4:
        return (max(times) - min(times)) / statistics.median(times)
    quartiles = statistics.quantiles(times, n=4)
    return (quartiles[2] - quartiles[0]) / statistics.median(times)


def print_modules(own: dict[str, float]) -> None:
    """Print the own import time of each of the package's modules."""
    print("| module | own import time (us) |")
    print("|---|---:|")
    for name, micros in sorted(own.items()):
        print(f"| {name} | {micros:.0f} |")


def print_processes(package: list[float], baseline: list[float]) -> None:
    """Print the median process time of each command."""
    print("| process | ms | spread |")
    print("|---|---:|---:|")
    for label, times in ((BASELINE_IMPORT, baseline), (PACKAGE_IMPORT, package)):
        milliseconds = statistics.median(times) * 1000
        print(f"| `python -c {label!r}` | {milliseconds:.2f} | {spread(times):.0%} |")


def print_verdicts(extra: list[str], package: list[float], baseline: list[float]) -> None:
    """Print one verdict per check."""
    foreign = [name for name in extra if name != PACKAGE and not name.startswith(PACKAGE + ".")]
    modules_verdict = "met" if not foreign else "MISSED: " + ", ".join(foreign)

    pairs = zip(package, baseline, strict=True)
    ratio = statistics.median(mine / theirs for mine, theirs in pairs)
    added = statistics.median(package) - statistics.median(baseline)
    if ratio <= MAX_RATIO:
        ratio_verdict = "met"
    else:
        ratio_verdict = f"MISSED by {(ratio - MAX_RATIO) * 100:.1f} points"

    print("| target | measured | verdict |")
    print("|---|---|---|")
    print(
        f"| only the package's modules beyond `{BASELINE_IMPORT}` | {', '.join(extra)} "
        f"| {modules_verdict} |"
    )
    print(
        f"| whole process <= {MAX_RATIO}x `{BASELINE_IMPORT}` | {ratio:.3f} "
        f"({added * 1000:+.2f} ms) | {ratio_verdict} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--quick", action="store_true", help="time 4 pairs: checks that the script works"
    )
    parser.add_argument(
        "--pairs", type=int, default=300, help="pairs of processes to time (default: 300)"
    )
    args = parser.parse_args(argv)
    pairs = 4 if args.quick else args.pairs
    with tempfile.TemporaryDirectory(prefix="import-time-") as cache:
        environment = child_environment(cache)
        package, baseline = time_pairs(environment, pairs)
        extra = extra_modules(environment)
        own = own_import_times(environment, 3 if args.quick else 31)
    print(f"Python {sys.version.split()[0]}")
    print(f"`{sys.version}`")
    print(f"{len(package)} interleaved pairs of processes; times are medians.")
    print()
    print_modules(own)
    print()
    print_processes(package, baseline)
    print()
    print_verdicts(extra, package, baseline)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
