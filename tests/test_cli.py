"""The command line, in process and as ``python -m websocket_event`` and ``websocket-event``."""

import asyncio
import json
import os
import runpy
import shutil
import subprocess
import sys
from collections.abc import Coroutine
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from loopback import refused_uri, threaded_server
from websockets.exceptions import ConnectionClosedOK
from websockets.sync.server import ServerConnection

import websocket_event
from websocket_event import WebSocketEvent, WebSocketStatus
from websocket_event._cli import _send_all, main

# Upper bound for one command, so that a bug shows as a failure rather than a hang.
TIMEOUT = 30

DEMO_LINES = [
    "opened",
    "message  'Hello'",
    "message  'world'",
    "closing",
    "closed   code=1000 reason=''",
]


def echo(connection: ServerConnection) -> None:
    for message in connection:
        connection.send(message)


def run_module(*arguments: str, **options: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "websocket_event", *arguments],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
        **options,  # type: ignore[call-overload]
    )


def test_list_is_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["NAME", "VALUE", "DESCRIPTION"]
    assert len(lines) == 1 + len(WebSocketEvent)
    for line, member in zip(lines[1:], WebSocketEvent, strict=True):
        assert line.split(maxsplit=2) == [member.name, member.value, member.description]


def test_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [
        {"name": member.name, "value": member.value, "description": member.description}
        for member in WebSocketEvent
    ]


def test_list_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--status", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["value"] for row in rows] == list(WebSocketStatus.values())


@pytest.mark.parametrize(
    ("arguments", "enum_class"),
    [(["schema"], WebSocketEvent), (["schema", "--status"], WebSocketStatus)],
)
def test_schema_prints_json_schema(
    arguments: list[str],
    enum_class: type[WebSocketEvent] | type[WebSocketStatus],
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(arguments) == 0
    output = capsys.readouterr().out
    assert output == json.dumps(enum_class.json_schema(), indent=2) + "\n"
    schema = json.loads(output)
    Draft202012Validator.check_schema(schema)
    assert [entry["description"] for entry in schema["oneOf"]] == [
        member.description for member in enum_class
    ]


def test_parse_prints_values(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", " Opened ", "MESSAGE", "closed"]) == 0
    assert capsys.readouterr().out.splitlines() == ["opened", "message", "closed"]


def test_parse_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--status", "OPEN"]) == 0
    assert capsys.readouterr().out == "open\n"


def test_parse_invalid_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "opened", "openned", "closed"]) == 2
    captured = capsys.readouterr()
    assert captured.out.splitlines() == ["opened", "closed"]
    assert captured.err == (
        "websocket-event: error: 'openned' does not name a WebSocketEvent. "
        "Did you mean 'opened'? Expected one of 'opening', 'opened', 'closing', "
        "'closed', 'error', 'message', or a member name, in any ASCII letter case.\n"
    )


def test_demo_prints_real_events(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("opening  ws://127.0.0.1:")
    assert lines[1:] == DEMO_LINES


def test_demo_without_websockets(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # None in sys.modules makes an import fail as if the library were not installed.
    for name in [name for name in sys.modules if name.startswith("websockets.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "websockets", None)
    monkeypatch.delitem(sys.modules, "websocket_event.stream", raising=False)
    assert main(["demo"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "websocket-event: this command needs the websockets library: "
        "pip install 'websocket-event[demo]'\n"
    )
    assert main(["watch", "ws://127.0.0.1:1"]) == 2


def test_demo_with_old_websockets(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # websockets imports, but has no `websockets.asyncio`, as before release 13.
    for name in [name for name in sys.modules if name.startswith("websockets.asyncio")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "websockets.asyncio", None)
    monkeypatch.delitem(sys.modules, "websocket_event.stream", raising=False)
    assert main(["demo"]) == 2
    assert capsys.readouterr().err == (
        "websocket-event: this command needs websockets 13 or newer: "
        "pip install --upgrade 'websocket-event[demo]'\n"
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"websocket-event {websocket_event.__version__}\n"


@pytest.mark.parametrize("seconds", ["nan", "inf", "0", "-1", "soon"])
def test_watch_rejects_bad_open_timeout(seconds: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["watch", "ws://127.0.0.1:1", "--open-timeout", seconds])
    assert exit_info.value.code == 2
    assert f"invalid number of seconds: {seconds!r}" in capsys.readouterr().err


def test_watch_accepts_open_timeout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["watch", refused_uri(), "--open-timeout", "2.5"]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == "closed   code=1006 reason=''"


def test_watch_escapes_control_characters(capsys: pytest.CaptureFixture[str]) -> None:
    uri = refused_uri() + "/\x1b[2J\x9b"
    assert main(["watch", uri]) == 1
    output = capsys.readouterr().out
    assert "\x1b" not in output
    assert "\x9b" not in output
    assert output.splitlines()[0].endswith("/\\x1b[2J\\x9b")


def test_watch_malformed_uri_reports_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["watch", "ws://127.0.0.1:99999/"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["opening", "error", "closed"]
    assert lines[1].startswith("error    ValueError: ")


def test_watch_long_error_is_cut(capsys: pytest.CaptureFixture[str]) -> None:
    uri = refused_uri() + "/" + "x" * 300
    assert main(["watch", uri]) == 1
    first = capsys.readouterr().out.splitlines()[0]
    assert first.endswith(f"... ({len(uri)} characters)")


def test_send_all_stops_when_closed() -> None:
    class ClosedStream:
        """Stands in for an EventStream whose connection has just closed."""

        def __init__(self) -> None:
            self.sent: list[str] = []

        async def send(self, message: str) -> None:
            self.sent.append(message)
            raise ConnectionClosedOK(None, None)

    stream = ClosedStream()
    asyncio.run(_send_all(stream, ["one", "two"]))  # type: ignore[arg-type]
    assert stream.sent == ["one"]


def test_interrupt_exits_130(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(coroutine: Coroutine[object, object, int]) -> int:
        coroutine.close()
        raise KeyboardInterrupt

    monkeypatch.setattr(asyncio, "run", interrupt)
    assert main(["watch", "ws://127.0.0.1:1"]) == 130


def test_broken_pipe_exits_quietly(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # A real file replaces stdout, because the handler redirects its file descriptor.
    with (tmp_path / "stdout").open("w") as stdout:
        monkeypatch.setattr(sys, "stdout", stdout)

        def broken_pipe(*arguments: object, **options: object) -> None:
            raise BrokenPipeError

        monkeypatch.setattr("builtins.print", broken_pipe)
        assert main(["list"]) == 1


def test_module_list_into_closed_pipe() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "websocket_event", "list", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    process.stdout.close()  # the reader goes away before the command writes
    _, errors = process.communicate(timeout=TIMEOUT)
    assert process.returncode == 1
    assert errors == b""


def test_missing_module_other_than_websockets_propagates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "websocket_event.stream", None)
    with pytest.raises(ModuleNotFoundError):
        main(["demo"])


def test_watch_echo_session(capsys: pytest.CaptureFixture[str]) -> None:
    def echo_then_close(connection: ServerConnection) -> None:
        connection.send(connection.recv())
        connection.send(connection.recv())
        connection.close(1000, "bye")

    with threaded_server(echo_then_close) as uri:
        assert main(["watch", uri, "--send", "one", "--send", "x" * 300]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"opening  {uri}",
        "opened",
        "message  'one'",
        f"message  {repr('x' * 300)[:200]}... (302 characters)",
        "closing",
        "closed   code=1000 reason='bye'",
    ]


def test_watch_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    def send_binary_then_close(connection: ServerConnection) -> None:
        connection.send(b"\x00\xff")
        connection.send("text")
        connection.close(1001, "going away")

    with threaded_server(send_binary_then_close) as uri:
        assert main(["watch", "--json", uri]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records == [
        {"event": "opening", "payload": uri},
        {"event": "opened"},
        {"event": "message", "payload_base64": "AP8="},
        {"event": "message", "payload": "text"},
        {"event": "closing"},
        {"event": "closed", "code": 1001, "reason": "going away"},
    ]


def test_watch_refused_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    uri = refused_uri()
    assert main(["watch", "--json", uri]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [record["event"] for record in records] == ["opening", "error", "closed"]
    assert records[1]["error"]["type"] == "ConnectionRefusedError"
    assert records[2] == {"event": "closed", "code": 1006, "reason": ""}


def test_watch_error_close_code_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    def fail(connection: ServerConnection) -> None:
        connection.close(1011, "internal error")

    with threaded_server(fail) as uri:
        assert main(["watch", uri]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "closed   code=1011 reason='internal error'"


def test_watch_text_error_line(capsys: pytest.CaptureFixture[str]) -> None:
    uri = refused_uri()
    assert main(["watch", uri]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("error    ConnectionRefusedError: ")


@pytest.mark.parametrize("command", [[], ["list"], ["parse"], ["demo"], ["watch"], ["schema"]])
def test_help_describes_command(command: list[str]) -> None:
    result = run_module(*command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: websocket-event")
    assert len(result.stdout.splitlines()) > 3


def test_help_lists_every_command() -> None:
    result = run_module("--help")
    for command in ("list", "parse", "demo", "watch", "schema"):
        assert f"    {command} " in result.stdout


def test_main_module_in_process(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["websocket-event", "parse", "OPEN", "--status"])
    with pytest.raises(SystemExit) as exit_info:
        runpy.run_module("websocket_event", run_name="__main__")
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == "open\n"


def test_module_runs_demo() -> None:
    result = run_module("demo")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:] == DEMO_LINES
    assert result.stderr == ""


def test_module_demo_without_websockets(tmp_path: Path) -> None:
    # A sitecustomize that hides websockets, as on a machine without the demo extra.
    (tmp_path / "sitecustomize.py").write_text("import sys\nsys.modules['websockets'] = None\n")
    environment = {**os.environ, "PYTHONPATH": str(tmp_path)}
    result = run_module("demo", env=environment)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "websocket-event: this command needs the websockets library: "
        "pip install 'websocket-event[demo]'"
    ]


def test_module_parse_exit_status() -> None:
    result = run_module("parse", "nope")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "'nope' does not name a WebSocketEvent" in result.stderr


def test_console_script_installed() -> None:
    script = shutil.which("websocket-event", path=str(Path(sys.executable).parent))
    assert script is not None, "the websocket-event console script is not installed"
    result = subprocess.run(
        [script, "parse", "ERROR"], capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    assert result.returncode == 0
    assert result.stdout == "error\n"
