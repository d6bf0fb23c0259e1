"""Command line options that take an event, with real argparse and click's CliRunner."""

import argparse

import click
import pytest
from click.testing import CliRunner

from websocket_event import WebSocketEvent, WebSocketStatus
from websocket_event._lookup import TextEnum
from websocket_event.argparse import EnumType
from websocket_event.click import EnumChoice

EVENT_CHOICES = "opening,opened,closing,closed,error,message"


def parse_message(enum_class: type[TextEnum], text: str) -> str:
    with pytest.raises(ValueError, match=r".") as caught:
        enum_class.parse(text)
    return str(caught.value)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="watch")
    parser.add_argument(
        "--event",
        type=EnumType(WebSocketEvent),
        choices=WebSocketEvent.values(),
        default="message",
        help="event to watch for",
    )
    parser.add_argument(
        "--status", type=EnumType(WebSocketStatus), choices=WebSocketStatus.values()
    )
    return parser


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("opened", WebSocketEvent.OPENED),
        (" Opened\n", WebSocketEvent.OPENED),
        ("CLOSED", WebSocketEvent.CLOSED),
        ("Error", WebSocketEvent.ERROR),
    ],
)
def test_argparse_accepts_lenient_text(text: str, expected: WebSocketEvent) -> None:
    arguments = build_parser().parse_args(["--event", text])
    assert arguments.event is expected


def test_argparse_converts_string_default() -> None:
    arguments = build_parser().parse_args([])
    assert arguments.event is WebSocketEvent.MESSAGE
    assert arguments.status is None


def test_argparse_status_option() -> None:
    arguments = build_parser().parse_args(["--status", "OPEN"])
    assert arguments.status is WebSocketStatus.OPEN


def test_argparse_help_lists_values() -> None:
    text = build_parser().format_help()
    assert f"--event {{{EVENT_CHOICES}}}" in text
    assert "--status {opening,open,closing,closed}" in text


@pytest.mark.parametrize("text", ["opend", "nope", "", "o" * 300])
def test_argparse_error_carries_parse_message(
    text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        build_parser().parse_args(["--event", text])
    assert caught.value.code == 2
    stderr = capsys.readouterr().err
    assert f"argument --event: {parse_message(WebSocketEvent, text)}" in stderr


def test_argparse_bare_parse_loses_message(capsys: pytest.CaptureFixture[str]) -> None:
    # The reason EnumType exists: argparse hides a ValueError's message.
    parser = argparse.ArgumentParser(prog="watch")
    parser.add_argument("--event", type=WebSocketEvent.parse)
    with pytest.raises(SystemExit):
        parser.parse_args(["--event", "opend"])
    stderr = capsys.readouterr().err
    assert "invalid parse value: 'opend'" in stderr
    assert "Did you mean" not in stderr


def test_enum_type_called_directly() -> None:
    convert = EnumType(WebSocketStatus)
    assert convert(" closing ") is WebSocketStatus.CLOSING
    with pytest.raises(argparse.ArgumentTypeError, match="does not name a WebSocketStatus"):
        convert("opened")
    assert repr(convert) == "EnumType(WebSocketStatus)"


@click.command()
@click.option("--event", type=EnumChoice(WebSocketEvent), required=True, help="event to show")
@click.option("--status", type=EnumChoice(WebSocketStatus), default="closed")
def show(event: WebSocketEvent, status: WebSocketStatus) -> None:
    click.echo(f"{event!r} {status!r}")


@click.command()
@click.argument("event", type=EnumChoice(WebSocketEvent))
def describe(event: WebSocketEvent) -> None:
    click.echo(event.description)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("opened", WebSocketEvent.OPENED),
        (" Opened\n", WebSocketEvent.OPENED),
        ("CLOSED", WebSocketEvent.CLOSED),
        ("Message", WebSocketEvent.MESSAGE),
    ],
)
def test_click_accepts_lenient_text(text: str, expected: WebSocketEvent) -> None:
    result = CliRunner().invoke(show, ["--event", text])
    assert result.exit_code == 0, result.output
    assert result.output == f"{expected!r} <WebSocketStatus.CLOSED: 'closed'>\n"


def test_click_argument() -> None:
    result = CliRunner().invoke(describe, ["ERROR"])
    assert result.exit_code == 0, result.output
    assert result.output == WebSocketEvent.ERROR.description + "\n"


def test_click_help_lists_values() -> None:
    result = CliRunner().invoke(show, ["--help"])
    assert result.exit_code == 0, result.output
    assert "--event [opening|opened|closing|closed|error|message]" in result.output
    assert "--status [opening|open|closing|closed]" in result.output


def test_click_argument_usage_lists_values() -> None:
    result = CliRunner().invoke(describe, ["--help"])
    assert "{opening|opened|closing|closed|error|message}" in result.output


@pytest.mark.parametrize("text", ["opend", "nope", "", "o" * 300])
def test_click_error_carries_parse_message(text: str) -> None:
    result = CliRunner().invoke(show, ["--event", text])
    assert result.exit_code == 2
    assert f"Invalid value for '--event': {parse_message(WebSocketEvent, text)}" in result.output


def test_click_convert_rejects_non_string() -> None:
    choice = EnumChoice(WebSocketEvent)
    with pytest.raises(click.BadParameter, match="argument must be str, not int"):
        choice.convert(3, None, None)


def test_click_convert_keeps_member() -> None:
    choice = EnumChoice(WebSocketStatus)
    assert choice.convert(WebSocketStatus.OPEN, None, None) is WebSocketStatus.OPEN
    assert repr(choice) == "EnumChoice(WebSocketStatus)"


def test_click_shell_completion() -> None:
    choice = EnumChoice(WebSocketEvent)
    context = click.Context(show)
    [option] = [param for param in show.params if param.name == "event"]

    items = choice.shell_complete(context, option, "op")
    assert [item.value for item in items] == ["opening", "opened"]
    assert [item.help for item in items] == [
        WebSocketEvent.OPENING.description,
        WebSocketEvent.OPENED.description,
    ]
    assert [item.value for item in choice.shell_complete(context, option, "CL")] == [
        "closing",
        "closed",
    ]
    everything = choice.shell_complete(context, option, "")
    assert [item.value for item in everything] == list(WebSocketEvent.values())
    assert choice.shell_complete(context, option, "x") == []


@pytest.mark.parametrize("converter", [EnumType, EnumChoice])
@pytest.mark.parametrize(
    ("enum_class", "shown"),
    [
        (int, "class int"),
        ("WebSocketEvent", "a str object"),
        (TextEnum, "class TextEnum"),
    ],
)
def test_converters_reject_other_classes(
    converter: type[object], enum_class: object, shown: str
) -> None:
    name = converter.__name__
    with pytest.raises(TypeError) as error:
        converter(enum_class)  # type: ignore[call-arg]
    assert str(error.value) == (
        f"{name}() argument must be an enum class of websocket_event, such as "
        f"WebSocketEvent, not {shown}"
    )
