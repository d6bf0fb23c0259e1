"""Replay the command line transcripts of the README's "Using with other libraries".

A ```python block there whose first line is a comment naming a file, such as
``# watch.py``, is saved under that name. Each ``$ python FILE ARGS`` line of a
```console block runs it, and the lines up to the next ``$`` line are its output,
standard output and standard error together, at a terminal width of 80 columns.
"""

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = "## Using with other libraries"
BLOCK = re.compile(r"```(?P<language>[\w-]*)\n(?P<body>.*?)```\n", re.DOTALL)
SCRIPT_NAME = re.compile(r"# (?P<name>\w+\.py)\n")
TIMEOUT = 60


def section_text() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(SECTION)
    end = text.find("\n## ", start + len(SECTION))
    return text[start:] if end == -1 else text[start:end]


def scripts() -> dict[str, str]:
    found = {}
    for block in BLOCK.finditer(section_text()):
        name = SCRIPT_NAME.match(block["body"])
        if block["language"] == "python" and name:
            found[name["name"]] = block["body"]
    return found


def transcripts() -> list[tuple[str, list[str], str]]:
    """Return (script, arguments, expected output) for each command in the section."""
    commands = []
    for block in BLOCK.finditer(section_text()):
        if block["language"] != "console":
            continue
        for chunk in re.split(r"^\$ ", block["body"], flags=re.MULTILINE)[1:]:
            command, _, output = chunk.partition("\n")
            program, script, *arguments = shlex.split(command)
            assert program == "python", command
            commands.append((script, arguments, output))
    return commands


SCRIPTS = scripts()
TRANSCRIPTS = transcripts()


def test_section_has_transcripts() -> None:
    assert set(SCRIPTS) == {"watch.py", "show.py"}
    assert {script for script, _, _ in TRANSCRIPTS} == set(SCRIPTS)
    assert len(TRANSCRIPTS) >= 6


@pytest.mark.parametrize(
    ("script", "arguments", "expected"),
    [
        pytest.param(script, arguments, expected, id=shlex.join([script, *arguments]))
        for script, arguments, expected in TRANSCRIPTS
    ],
)
def test_transcript_output(
    script: str, arguments: list[str], expected: str, tmp_path: Path
) -> None:
    (tmp_path / script).write_text(SCRIPTS[script], encoding="utf-8")
    result = subprocess.run(
        [sys.executable, script, *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "COLUMNS": "80"},
        timeout=TIMEOUT,
        check=False,
    )
    assert result.stdout == expected
    # argparse and click both exit with status 2 after a usage error.
    usage_error = re.search(r"^(\S+: error: |Error: )", expected, flags=re.MULTILINE)
    assert result.returncode == (2 if usage_error else 0)
