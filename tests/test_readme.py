"""Run every Python example in the README, and compare its output where the README shows it.

A ```python block is run as a script in a new interpreter. If a ```text block follows
it directly, that block is the output the script must print.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"```(?P<language>[\w-]*)\n(?P<body>.*?)```\n", re.DOTALL)
TIMEOUT = 60


def examples() -> list[tuple[int, str, str | None]]:
    """Return (line number, code, expected output or None) for each Python block."""
    text = README.read_text(encoding="utf-8")
    blocks = list(BLOCK.finditer(text))
    found = []
    for index, block in enumerate(blocks):
        if block["language"] != "python":
            continue
        expected = None
        if index + 1 < len(blocks):
            following = blocks[index + 1]
            between = text[block.end() : following.start()]
            if following["language"] == "text" and between.strip() == "":
                expected = following["body"]
        line = text.count("\n", 0, block.start()) + 1
        found.append((line, block["body"], expected))
    return found


EXAMPLES = examples()


def test_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 10


@pytest.mark.parametrize(
    ("code", "expected"),
    [pytest.param(code, expected, id=f"line {line}") for line, code, expected in EXAMPLES],
)
def test_readme_example_runs(code: str, expected: str | None, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    if expected is not None:
        assert result.stdout == expected
