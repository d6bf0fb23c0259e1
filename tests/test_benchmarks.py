"""Run the benchmarks in their quick mode, so that they keep working.

The timings of a quick run mean nothing and are not checked: these tests check that
each script exits with status 0 and prints every row and verdict it should.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"

LOOKUP_ROWS = [
    "from_value",
    "from_name",
    "parse, exact value",
    "parse, exact name",
    "parse, other case",
    "parse, whitespace",
    "get, exact value",
    "get, exact name",
    "get, other case",
    "get, whitespace",
    "get, miss",
    "is_value, hit",
    "is_value, miss",
    "floor",
    "dict.get",
    "value in set",
    "Enum(value)",
    "Enum[name]",
    "Enum(text.strip().lower())",
    "stock_get(miss)",
]

LOOKUP_TARGETS = [
    "from_value <= 1.5x floor",
    "from_name <= 1.5x floor",
    "parse, exact value <= 1.5x floor",
    "parse, exact name <= 1.5x floor",
    "parse, other case <= 3.0x floor",
    "parse, whitespace <= 3.0x floor",
    "get, exact value <= 1.5x floor",
    "get, exact name <= 1.5x floor",
    "get, other case <= 3.0x floor",
    "get, whitespace <= 3.0x floor",
    "get, miss <= 3.0x floor",
    "is_value, hit <= 1.5x floor",
    "is_value, miss <= 1.5x floor",
    "from_value <= 0.5x Enum(value)",
]

IMPORT_ROWS = [
    "| websocket_event |",
    "| websocket_event._lookup |",
    "| websocket_event._event |",
    "| websocket_event._status |",
    "| `python -c 'import enum, typing'` |",
    "| `python -c 'import websocket_event'` |",
    "| only the package's modules beyond `import enum, typing` |",
    "| whole process <= 1.05x `import enum, typing` |",
]


def run_quick(script: str) -> str:
    """Run a benchmark script with ``--quick`` on this checkout and return its output."""
    environment = dict(os.environ)
    source = str(ROOT / "src")
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, [source, environment.get("PYTHONPATH")])
    )
    completed = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), "--quick"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == ""
    return completed.stdout


def table_rows(output: str) -> dict[str, list[str]]:
    """Return the Markdown table rows of *output*, by the text of their first cell."""
    rows = {}
    for line in output.splitlines():
        if line.startswith("| ") and not line.startswith("|---"):
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            rows[cells[0]] = cells[1:]
    return rows


@pytest.fixture(scope="module")
def lookups_output() -> str:
    return run_quick("lookups.py")


@pytest.mark.parametrize("label", LOOKUP_ROWS)
def test_lookups_prints_row(lookups_output: str, label: str) -> None:
    rows = table_rows(lookups_output)
    assert label in rows
    nanoseconds = float(rows[label][0])
    assert nanoseconds > 0


@pytest.mark.skipif(sys.version_info < (3, 11), reason="enum.StrEnum is new in Python 3.11")
@pytest.mark.parametrize("label", ["StrEnum(value)", "StrEnum[name]"])
def test_lookups_prints_str_enum_row(lookups_output: str, label: str) -> None:
    assert label in table_rows(lookups_output)


@pytest.mark.parametrize("target", LOOKUP_TARGETS)
def test_lookups_prints_verdict(lookups_output: str, target: str) -> None:
    verdict = table_rows(lookups_output)[target][-1]
    assert verdict == "met" or verdict.startswith("MISSED by ")


def test_lookups_names_python(lookups_output: str) -> None:
    assert lookups_output.startswith(f"Python {sys.version.split()[0]} ")


def test_import_time_prints_rows() -> None:
    output = run_quick("import_time.py")
    assert output.startswith(f"Python {sys.version.split()[0]}\n")
    for row in IMPORT_ROWS:
        assert row in output
    verdicts = [line.rsplit("|", 2)[-2].strip() for line in output.splitlines()[-2:]]
    for verdict in verdicts:
        assert verdict == "met" or verdict.startswith("MISSED")
