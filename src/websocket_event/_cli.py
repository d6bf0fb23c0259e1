"""The ``websocket-event`` command, also run as ``python -m websocket_event``."""

import argparse
import asyncio
import base64
import importlib
import json
import math
import os
import socket
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from . import __version__
from ._event import WebSocketEvent
from ._status import WebSocketStatus

if TYPE_CHECKING:
    from .stream import EventStream, Payload

__all__ = ["main"]

# Exit statuses, as argparse and most Unix tools use them.
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a command stopped by Ctrl-C

# Options of the command itself; any other first option belongs to the default `list`.
TOP_LEVEL_OPTIONS = ("-h", "--help", "--version")

DEMO_EXTRA_HINT = "this command needs the websockets library: pip install 'websocket-event[demo]'"
OLD_WEBSOCKETS_HINT = (
    "this command needs websockets 13 or newer: pip install --upgrade 'websocket-event[demo]'"
)

# Close codes of a connection that ended as intended (RFC 6455, 7.4.1).
NORMAL_CLOSE_CODES = (1000, 1001)

# Messages that the demo sends to its echo server.
DEMO_MESSAGES = ("Hello", "world")

# How many characters of a message payload one line of output shows.
MAX_SHOWN_PAYLOAD = 200

EnumClass = type[WebSocketEvent] | type[WebSocketStatus]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit status."""
    words = list(sys.argv[1:] if argv is None else argv)
    if not words or (words[0].startswith("-") and words[0] not in TOP_LEVEL_OPTIONS):
        words.insert(0, "list")
    arguments = _build_parser().parse_args(words)
    try:
        status: int = arguments.run(arguments)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of the output went away, as with `websocket-event list | head -1`.
        # Point stdout at devnull so that the interpreter's final flush fails silently.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    return status


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="websocket-event",
        description=(
            "Websocket event types and connection statuses, as CommandPost's "
            "cp.websocket.event and cp.websocket.status. Without a command, runs 'list'."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    list_parser = commands.add_parser(
        "list",
        help="print every event (or status) with its value and description",
        description="Print a table of the event types: name, value and description.",
    )
    _add_status_flag(list_parser)
    list_parser.add_argument(
        "--json", action="store_true", help="print a JSON array of objects instead of a table"
    )
    list_parser.set_defaults(run=_run_list)

    parse_parser = commands.add_parser(
        "parse",
        help="print the canonical value of each TEXT",
        description=(
            "Print the canonical value of each TEXT, a value or a member name in any ASCII "
            "letter case, with surrounding whitespace ignored. An invalid TEXT prints an "
            "error to stderr, and the exit status is then 2."
        ),
    )
    _add_status_flag(parse_parser)
    parse_parser.add_argument("texts", nargs="+", metavar="TEXT", help="text to parse")
    parse_parser.set_defaults(run=_run_parse)

    demo_parser = commands.add_parser(
        "demo",
        help="run a real websocket session on 127.0.0.1 and print its events",
        description=(
            "Start a websocket echo server on 127.0.0.1 on a free port, connect to it, send "
            "two messages, close, and print each event the client goes through. Needs the "
            "websockets library: pip install 'websocket-event[demo]'."
        ),
    )
    demo_parser.set_defaults(run=_run_demo)

    watch_parser = commands.add_parser(
        "watch",
        help="connect to URL and print each event as it happens",
        description=(
            "Connect to the websocket server at URL and print one line per event as it "
            "happens, ending with the close code and reason. The exit status is 0 after a "
            "close with code 1000 or 1001, 1 after an error or any other close code, and "
            "130 after Ctrl-C. Needs the websockets library: "
            "pip install 'websocket-event[demo]'."
        ),
    )
    watch_parser.add_argument("url", metavar="URL", help="ws:// or wss:// address")
    watch_parser.add_argument(
        "--json", action="store_true", help="print one JSON object per line instead of text"
    )
    watch_parser.add_argument(
        "--send",
        action="append",
        default=[],
        metavar="TEXT",
        help="send TEXT once the connection is open (repeat for several messages)",
    )
    watch_parser.add_argument(
        "--open-timeout",
        type=_positive_seconds,
        default=10.0,
        metavar="SECONDS",
        help="give up opening the connection after SECONDS (default: 10)",
    )
    watch_parser.set_defaults(run=_run_watch)

    schema_parser = commands.add_parser(
        "schema",
        help="print the JSON Schema of the event (or status) values",
        description=(
            "Print the JSON Schema (draft 2020-12) of the event values, with each member's "
            "name and description; --status prints the schema of the statuses instead."
        ),
    )
    _add_status_flag(schema_parser)
    schema_parser.set_defaults(run=_run_schema)

    return parser


def _positive_seconds(text: str) -> float:
    """Convert an option's text to a finite number of seconds greater than zero."""
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not (math.isfinite(seconds) and seconds > 0):
        raise argparse.ArgumentTypeError(
            f"invalid number of seconds: {text!r} (expected a finite number above 0)"
        )
    return seconds


def _add_status_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--status",
        action="store_true",
        help="use the connection statuses (WebSocketStatus) instead of the events",
    )


def _chosen_enum(arguments: argparse.Namespace) -> EnumClass:
    return WebSocketStatus if arguments.status else WebSocketEvent


def _run_list(arguments: argparse.Namespace) -> int:
    members = list(_chosen_enum(arguments))
    if arguments.json:
        rows = [
            {"name": member.name, "value": member.value, "description": member.description}
            for member in members
        ]
        print(json.dumps(rows, indent=2))
        return EXIT_OK

    name_width = max(len("NAME"), *(len(member.name) for member in members))
    value_width = max(len("VALUE"), *(len(member.value) for member in members))
    print(f"{'NAME':<{name_width}}  {'VALUE':<{value_width}}  DESCRIPTION")
    for member in members:
        print(f"{member.name:<{name_width}}  {member.value:<{value_width}}  {member.description}")
    return EXIT_OK


def _run_schema(arguments: argparse.Namespace) -> int:
    print(json.dumps(_chosen_enum(arguments).json_schema(), indent=2))
    return EXIT_OK


def _run_parse(arguments: argparse.Namespace) -> int:
    enum_class = _chosen_enum(arguments)
    status = EXIT_OK
    for text in arguments.texts:
        try:
            member = enum_class.parse(text)
        except ValueError as exc:
            print(f"websocket-event: error: {exc}", file=sys.stderr)
            status = EXIT_USAGE
        else:
            print(member.value)
    return status


def _import_stream() -> type["EventStream"] | None:
    """Return the EventStream class, or None if the websockets library is missing."""
    try:
        from .stream import EventStream
    except ModuleNotFoundError as exc:
        if exc.name is None or exc.name.partition(".")[0] != "websockets":
            raise
        print(f"websocket-event: {_websockets_hint()}", file=sys.stderr)
        return None
    return EventStream


def _websockets_hint() -> str:
    """Say what to install: websockets itself, or a release with ``websockets.asyncio``."""
    try:
        importlib.import_module("websockets")
    except ImportError:
        return DEMO_EXTRA_HINT
    return OLD_WEBSOCKETS_HINT


def _run_demo(arguments: argparse.Namespace) -> int:
    stream_class = _import_stream()
    if stream_class is None:
        return EXIT_USAGE
    return asyncio.run(_demo(stream_class, sys.stdout))


async def _demo(stream_class: type["EventStream"], out: TextIO) -> int:
    from websockets.asyncio.server import ServerConnection, serve

    async def echo(connection: ServerConnection) -> None:
        async for message in connection:
            await connection.send(message)

    # Bind the socket here, so that the free port the system picks is known.
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    port: int = listener.getsockname()[1]
    async with serve(echo, sock=listener):
        stream = stream_class(f"ws://127.0.0.1:{port}")
        return await _watch(stream, DEMO_MESSAGES, _format_text, out, close_after=True)


def _run_watch(arguments: argparse.Namespace) -> int:
    stream_class = _import_stream()
    if stream_class is None:
        return EXIT_USAGE
    stream = stream_class(arguments.url, open_timeout=arguments.open_timeout)
    formatter = _format_json if arguments.json else _format_text
    return asyncio.run(_watch(stream, arguments.send, formatter, sys.stdout))


async def _watch(
    stream: "EventStream",
    messages: Sequence[str],
    formatter: "_Formatter",
    out: TextIO,
    *,
    close_after: bool = False,
) -> int:
    """Print each event of *stream*; return 0 after a normal close, else 1.

    Once open, send *messages*; with *close_after*, close when as many messages
    have been received.
    """
    status = EXIT_OK
    received = 0
    async for event, payload in stream:
        print(formatter(event, payload), file=out, flush=True)
        status = max(status, _exit_status(event, payload))
        if event is WebSocketEvent.OPENED:
            await _send_all(stream, messages)
        elif event is WebSocketEvent.MESSAGE:
            received += 1
            if close_after and received == len(messages):
                await stream.close()
    return status


async def _send_all(stream: "EventStream", messages: Sequence[str]) -> None:
    """Send *messages* until one fails because the connection closed."""
    from websockets.exceptions import ConnectionClosed

    for message in messages:
        try:
            await stream.send(message)
        except ConnectionClosed:
            # The stream reports how the connection ended as its next events.
            return


def _exit_status(event: WebSocketEvent, payload: "Payload") -> int:
    """Return 1 for an error or an abnormal close, else 0."""
    # NOTE: kept out of the `async for` loop above. After the stream yields an error,
    # Python 3.11 and 3.12 resume that loop without a trace "call" event, and
    # coverage.py 7.18 then records none of the loop's lines.
    if event is WebSocketEvent.ERROR:
        return EXIT_FAILED
    if event is WebSocketEvent.CLOSED and getattr(payload, "code", None) not in NORMAL_CLOSE_CODES:
        return EXIT_FAILED
    return EXIT_OK


if TYPE_CHECKING:
    from collections.abc import Callable

    _Formatter = Callable[[WebSocketEvent, Payload], str]


def _shorten(text: str) -> str:
    if len(text) <= MAX_SHOWN_PAYLOAD:
        return text
    return f"{text[:MAX_SHOWN_PAYLOAD]}... ({len(text)} characters)"


def _printable(text: str) -> str:
    """Return *text* cut short, with each control or other unprintable character escaped.

    Error messages and URIs can carry text chosen by a server or a user, and raw
    control characters would act on the terminal that shows them.
    """
    escaped = "".join(
        character if character.isprintable() else ascii(character)[1:-1]
        for character in text[:MAX_SHOWN_PAYLOAD]
    )
    if len(text) > MAX_SHOWN_PAYLOAD:
        return f"{escaped}... ({len(text)} characters)"
    return escaped


def _format_text(event: WebSocketEvent, payload: "Payload") -> str:
    """Format one event as a line of text: the value, then the payload if any."""
    from .stream import Close

    if payload is None:
        detail = ""
    elif isinstance(payload, Close):
        detail = f"code={payload.code} reason={payload.reason!r}"
    elif isinstance(payload, BaseException):
        detail = _printable(f"{type(payload).__name__}: {payload}")
    elif event is WebSocketEvent.OPENING:
        detail = _printable(str(payload))
    else:
        detail = _shorten(repr(payload))
    return f"{event.value:<8} {detail}".rstrip()


def _format_json(event: WebSocketEvent, payload: "Payload") -> str:
    """Format one event as a JSON object on one line."""
    from .stream import Close

    record: dict[str, object] = {"event": event.value}
    if isinstance(payload, Close):
        record["code"] = payload.code
        record["reason"] = payload.reason
    elif isinstance(payload, BaseException):
        record["error"] = {"type": type(payload).__name__, "message": str(payload)}
    elif isinstance(payload, bytes):
        record["payload_base64"] = base64.b64encode(payload).decode("ascii")
    elif payload is not None:
        record["payload"] = payload
    return json.dumps(record)
