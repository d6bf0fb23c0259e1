"""Edges of the command line: exact output formats, limits and when it closes."""

import asyncio
import io
import json
import socket

import pytest
from loopback import refused_uri, threaded_server
from websockets.exceptions import ConnectionClosed
from websockets.sync.server import ServerConnection

from websocket_event._cli import _build_parser, _demo, _format_text, _watch, main
from websocket_event.stream import EventStream

# Upper bound for one command, so that a bug shows as a failure rather than a hang.
TIMEOUT = 30

# How long a server waits to see whether the client closes the connection on its
# own. The client under test does not close, so this wait always runs to its end.
QUIET_WAIT = 0.3

# How many characters of a payload or an error a line shows before it is cut short.
MAX_SHOWN = 200


def client_closes_within(connection: ServerConnection, seconds: float) -> bool:
    """Wait up to *seconds* for the client's close frame; fail on any message."""
    try:
        message = connection.recv(timeout=seconds)
    except TimeoutError:
        return False
    except ConnectionClosed:
        return True
    raise AssertionError(f"unexpected message from the client: {message!r}")


def test_list_json_is_indented(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:7] == [
        "[",
        "  {",
        '    "name": "OPENING",',
        '    "value": "opening",',
        '    "description": "The socket is attempting to open."',
        "  },",
        "  {",
    ]
    assert lines[-2:] == ["  }", "]"]


def test_watch_default_open_timeout_matches_help() -> None:
    arguments = _build_parser().parse_args(["watch", "ws://127.0.0.1:1"])
    assert arguments.open_timeout == 10.0


def test_watch_accepts_open_timeout_below_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["watch", refused_uri(), "--open-timeout", "0.5"]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == "closed   code=1006 reason=''"


def test_watch_open_timeout_applies(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as listener:
        # The kernel completes the TCP handshake, but no process responds to the websocket one.
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        status = main(["watch", f"ws://127.0.0.1:{port}", "--open-timeout", "0.2"])
    assert status == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("error    TimeoutError")


def test_watch_json_error_record(capsys: pytest.CaptureFixture[str]) -> None:
    uri = refused_uri()
    port = uri.rpartition(":")[2]
    assert main(["watch", "--json", uri]) == 1
    error = json.loads(capsys.readouterr().out.splitlines()[1])["error"]
    assert set(error) == {"type", "message"}
    assert error["type"] == "ConnectionRefusedError"
    assert port in error["message"]


def test_watch_payload_of_max_length_is_whole(capsys: pytest.CaptureFixture[str]) -> None:
    text = "x" * (MAX_SHOWN - 2)  # its repr, with the quotes, is exactly the limit

    def send_then_close(connection: ServerConnection) -> None:
        connection.send(text)
        connection.close(1000, "")

    with threaded_server(send_then_close) as uri:
        assert main(["watch", uri]) == 0
    assert capsys.readouterr().out.splitlines()[2] == f"message  {text!r}"


def test_watch_uri_of_max_length_is_whole(capsys: pytest.CaptureFixture[str]) -> None:
    base = refused_uri() + "/"
    uri = base + "x" * (MAX_SHOWN - len(base))
    assert len(uri) == MAX_SHOWN
    assert main(["watch", uri]) == 1
    assert capsys.readouterr().out.splitlines()[0] == f"opening  {uri}"


def test_watch_shows_printable_non_ascii(capsys: pytest.CaptureFixture[str]) -> None:
    uri = refused_uri() + "/café"
    assert main(["watch", uri]) == 1
    assert capsys.readouterr().out.splitlines()[0] == f"opening  {uri}"


def test_watch_leaves_close_to_server(capsys: pytest.CaptureFixture[str]) -> None:
    client_closed: list[bool] = []

    def echo_then_wait(connection: ServerConnection) -> None:
        connection.send(connection.recv())
        client_closed.append(client_closes_within(connection, QUIET_WAIT))
        if not client_closed[-1]:
            connection.close(1000, "bye")

    with threaded_server(echo_then_wait) as uri:
        assert main(["watch", uri, "--send", "one"]) == 0
    assert client_closed == [False]
    assert capsys.readouterr().out.splitlines()[-1] == "closed   code=1000 reason='bye'"


def test_watch_lines_reach_pipe_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # A text stream over a byte buffer, without line buffering, as stdout is on a pipe.
    written = io.BytesIO()
    stdout = io.TextIOWrapper(io.BufferedWriter(written), encoding="utf-8")
    monkeypatch.setattr("sys.stdout", stdout)
    seen_by_server: list[list[str]] = []

    def record_then_close(connection: ServerConnection) -> None:
        connection.recv()  # sent once OPENED has been printed
        seen_by_server.append(written.getvalue().decode().splitlines())
        connection.close(1000, "")

    with threaded_server(record_then_close) as uri:
        assert main(["watch", uri, "--send", "ping"]) == 0
    assert seen_by_server == [[f"opening  {uri}", "opened"]]


def test_demo_sessions_run_side_by_side() -> None:
    async def two_demos() -> tuple[list[int], io.StringIO, io.StringIO]:
        first, second = io.StringIO(), io.StringIO()
        statuses = await asyncio.gather(_demo(EventStream, first), _demo(EventStream, second))
        return statuses, first, second

    statuses, first, second = asyncio.run(asyncio.wait_for(two_demos(), TIMEOUT))
    assert statuses == [0, 0]
    first_lines = first.getvalue().splitlines()
    second_lines = second.getvalue().splitlines()
    expected = [
        "opened",
        "message  'Hello'",
        "message  'world'",
        "closing",
        "closed   code=1000 reason=''",
    ]
    assert first_lines[1:] == expected
    assert second_lines[1:] == expected
    # Each demo serves on a port of its own.
    assert first_lines[0] != second_lines[0]


def test_close_after_waits_for_every_echo() -> None:
    client_closed: list[bool] = []

    def echo_one_then_wait(connection: ServerConnection) -> None:
        first, second = connection.recv(), connection.recv()
        connection.send(first)
        client_closed.append(client_closes_within(connection, QUIET_WAIT))
        connection.send(second)
        client_closed.append(client_closes_within(connection, TIMEOUT))

    async def session(uri: str) -> tuple[int, str]:
        out = io.StringIO()
        status = await _watch(
            EventStream(uri), ["one", "two"], _format_text, out, close_after=True
        )
        return status, out.getvalue()

    with threaded_server(echo_one_then_wait) as uri:
        status, output = asyncio.run(asyncio.wait_for(session(uri), TIMEOUT))
    assert status == 0
    assert client_closed == [False, True]
    assert output.splitlines()[1:] == [
        "opened",
        "message  'one'",
        "message  'two'",
        "closing",
        "closed   code=1000 reason=''",
    ]
