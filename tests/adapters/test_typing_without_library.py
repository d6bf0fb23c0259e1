"""Strict mypy and pyright on code that uses the adapters where their libraries are missing.

The checkers run against a new virtual environment without site packages beyond the
standard ones, and find the package through its source directory. The adapters
checked here must give known types there, not ``Any`` or pyright's Unknown.
"""

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

import websocket_event

pytestmark = pytest.mark.typing

SOURCE_ROOT = Path(websocket_event.__file__).resolve().parents[1]

CONSUMER = """\
# pyright: strict
from websocket_event import WebSocketEvent
from websocket_event.adapters.browser import event_from_browser, to_ready_state
from websocket_event.adapters.websocket_client import AppPayload, app_handlers


def report(event: WebSocketEvent, payload: AppPayload) -> None:
    print(event, payload)


handlers = app_handlers(report)
on_open = handlers["on_open"]
on_message = handlers["on_message"]
on_error = handlers["on_error"]
on_close = handlers["on_close"]
reveal_type(on_open)
reveal_type(on_message)
reveal_type(on_error)
reveal_type(on_close)
reveal_type(event_from_browser)
reveal_type(to_ready_state)
"""


@pytest.fixture(scope="module")
def bare_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The interpreter of a new virtual environment with no third-party packages."""
    directory = tmp_path_factory.mktemp("bare-venv")
    venv.create(directory, with_pip=False)
    python = directory / "bin" / "python"
    probe = subprocess.run(
        [str(python), "-c", "import websocket"], capture_output=True, check=False, timeout=60
    )
    assert probe.returncode != 0, "websocket-client is importable in the new environment"
    return python


def test_mypy_sees_known_types(tmp_path: Path, bare_python: Path) -> None:
    consumer = tmp_path / "consumer.py"
    consumer.write_text(CONSUMER)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            "--python-executable",
            str(bare_python),
            "--show-error-codes",
            "--no-error-summary",
            consumer.name,
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "MYPYPATH": str(SOURCE_ROOT)},
        timeout=300,
        check=False,
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith(consumer.name)]
    revealed = [line for line in lines if "Revealed type is" in line]
    assert len(revealed) == 6, result.stdout
    assert [line for line in lines if ": error:" in line] == []
    assert [line for line in revealed if "Any" in line] == []


def test_pyright_sees_known_types(tmp_path: Path, bare_python: Path) -> None:
    consumer = tmp_path / "consumer.py"
    consumer.write_text(CONSUMER)
    config = {"include": [consumer.name], "extraPaths": [str(SOURCE_ROOT)]}
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config))
    result = subprocess.run(
        [sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", str(bare_python)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr
    diagnostics = json.loads(result.stdout)["generalDiagnostics"]
    revealed = [item["message"] for item in diagnostics if item["severity"] == "information"]
    assert len(revealed) == 6, diagnostics
    assert [item for item in diagnostics if item["severity"] == "error"] == []
    assert [message for message in revealed if "Unknown" in message] == []
