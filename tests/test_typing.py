"""Run mypy and pyright, in strict mode, on the package and on the typing test files.

Files under ``typing/pass`` must be clean under both checkers. In files under
``typing/fail``, each line marked ``# expect-error`` must be reported by both, a line
marked ``# expect-error[mypy]`` or ``# expect-error[pyright]`` by that checker alone,
and no other line may be reported, so a marked line that stops failing fails the test.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TYPING = Path(__file__).resolve().parent / "typing"
PASS_FILES = sorted((TYPING / "pass").glob("*.py"))
FAIL_FILES = sorted((TYPING / "fail").glob("*.py"))
CHECKERS = ("mypy", "pyright")

MARK = re.compile(r"#\s*expect-error(?:\[(?P<checker>mypy|pyright)\])?\s*$")

pytestmark = pytest.mark.typing


def run_mypy(paths: list[Path]) -> set[tuple[str, int]]:
    """Return the (file name, line) pairs that mypy reports as errors."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--python-version",
            f"{sys.version_info.major}.{sys.version_info.minor}",
            "--show-error-codes",
            "--no-error-summary",
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr
    errors = set()
    for line in result.stdout.splitlines():
        match = re.match(r"(?P<file>[^:]+):(?P<line>\d+): error:", line)
        if match:
            errors.add((Path(match["file"]).name, int(match["line"])))
    return errors


def run_pyright(paths: list[Path]) -> set[tuple[str, int]]:
    """Return the (file name, line) pairs that pyright, strict, reports as errors."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pyright",
            "--outputjson",
            "--pythonpath",
            sys.executable,
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr
    report = json.loads(result.stdout)
    return {
        (Path(diagnostic["file"]).name, diagnostic["range"]["start"]["line"] + 1)
        for diagnostic in report["generalDiagnostics"]
        if diagnostic["severity"] == "error"
    }


def run_checker(checker: str, paths: list[Path]) -> set[tuple[str, int]]:
    return run_mypy(paths) if checker == "mypy" else run_pyright(paths)


def expected_errors(checker: str) -> set[tuple[str, int]]:
    expected = set()
    for path in FAIL_FILES:
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            match = MARK.search(line)
            if match and match["checker"] in (None, checker):
                expected.add((path.name, number))
    return expected


def test_typing_files_exist() -> None:
    assert PASS_FILES
    assert FAIL_FILES
    assert expected_errors("mypy")
    assert expected_errors("pyright")


@pytest.mark.parametrize("checker", CHECKERS)
def test_source_clean(checker: str) -> None:
    assert run_checker(checker, [ROOT / "src" / "websocket_event"]) == set()


@pytest.mark.parametrize("checker", CHECKERS)
def test_pass_files_clean(checker: str) -> None:
    assert run_checker(checker, PASS_FILES) == set()


@pytest.mark.parametrize("checker", CHECKERS)
def test_fail_files_report_marked_lines(checker: str) -> None:
    reported = run_checker(checker, FAIL_FILES)
    expected = expected_errors(checker)
    assert sorted(expected - reported) == [], "marked lines that were not reported"
    assert sorted(reported - expected) == [], "reported lines that are not marked"
