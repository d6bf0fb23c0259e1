"""The exact ``--help`` text of the command and of each subcommand.

argparse wraps help text to the terminal width, which it reads from ``COLUMNS``; the
tests fix it at 80. Python 3.10 to 3.13 print the same text.
"""

import pytest

from websocket_event._cli import main

TOP_LEVEL_HELP = """\
usage: websocket-event [-h] [--version] COMMAND ...

Websocket event types and connection statuses, as CommandPost's
cp.websocket.event and cp.websocket.status. Without a command, runs 'list'.

positional arguments:
  COMMAND
    list      print every event (or status) with its value and description
    parse     print the canonical value of each TEXT
    demo      run a real websocket session on 127.0.0.1 and print its events
    watch     connect to URL and print each event as it happens
    schema    print the JSON Schema of the event (or status) values

options:
  -h, --help  show this help message and exit
  --version   show program's version number and exit
"""

LIST_HELP = """\
usage: websocket-event list [-h] [--status] [--json]

Print a table of the event types: name, value and description.

options:
  -h, --help  show this help message and exit
  --status    use the connection statuses (WebSocketStatus) instead of the
              events
  --json      print a JSON array of objects instead of a table
"""

PARSE_HELP = """\
usage: websocket-event parse [-h] [--status] TEXT [TEXT ...]

Print the canonical value of each TEXT, a value or a member name in any ASCII
letter case, with surrounding whitespace ignored. An invalid TEXT prints an
error to stderr, and the exit status is then 2.

positional arguments:
  TEXT        text to parse

options:
  -h, --help  show this help message and exit
  --status    use the connection statuses (WebSocketStatus) instead of the
              events
"""

DEMO_HELP = """\
usage: websocket-event demo [-h]

Start a websocket echo server on 127.0.0.1 on a free port, connect to it, send
two messages, close, and print each event the client goes through. Needs the
websockets library: pip install 'websocket-event[demo]'.

options:
  -h, --help  show this help message and exit
"""

WATCH_HELP = """\
usage: websocket-event watch [-h] [--json] [--send TEXT]
                             [--open-timeout SECONDS]
                             URL

Connect to the websocket server at URL and print one line per event as it
happens, ending with the close code and reason. The exit status is 0 after a
close with code 1000 or 1001, 1 after an error or any other close code, and
130 after Ctrl-C. Needs the websockets library: pip install 'websocket-
event[demo]'.

positional arguments:
  URL                   ws:// or wss:// address

options:
  -h, --help            show this help message and exit
  --json                print one JSON object per line instead of text
  --send TEXT           send TEXT once the connection is open (repeat for
                        several messages)
  --open-timeout SECONDS
                        give up opening the connection after SECONDS (default:
                        10)
"""

SCHEMA_HELP = """\
usage: websocket-event schema [-h] [--status]

Print the JSON Schema (draft 2020-12) of the event values, with each member's
name and description; --status prints the schema of the statuses instead.

options:
  -h, --help  show this help message and exit
  --status    use the connection statuses (WebSocketStatus) instead of the
              events
"""


@pytest.fixture(autouse=True)
def terminal_width(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")


def exit_output(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[object, str, str]:
    """Run the command, which argparse ends with SystemExit; return its code and output."""
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    captured = capsys.readouterr()
    return exit_info.value.code, captured.out, captured.err


@pytest.mark.parametrize("option", ["-h", "--help"])
def test_top_level_help(option: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = exit_output([option], capsys)
    assert code == 0
    assert out == TOP_LEVEL_HELP
    assert err == ""


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("list", LIST_HELP),
        ("parse", PARSE_HELP),
        ("demo", DEMO_HELP),
        ("watch", WATCH_HELP),
        ("schema", SCHEMA_HELP),
    ],
)
def test_command_help(command: str, expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = exit_output([command, "--help"], capsys)
    assert code == 0
    assert out == expected
    assert err == ""


def test_unknown_command_names_choices(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = exit_output(["lst"], capsys)
    assert code == 2
    assert out == ""
    # Only the start: later patch releases of Python quote the choices differently.
    last_line = err.splitlines()[-1]
    assert last_line.startswith("websocket-event: error: argument COMMAND: invalid choice: 'lst'")
    for command in ("list", "parse", "demo", "watch", "schema"):
        assert command in last_line
