"""Tests for WebSocketStatus: its members, aliases and relation to the events."""

import inspect
import typing

import pytest

from websocket_event import (
    WebSocketEvent,
    WebSocketStatus,
    WebSocketStatusName,
    WebSocketStatusValue,
)

# Name, value and description of each member, in definition order.
MEMBERS = [
    ("OPENING", "opening", "The socket is attempting to open."),
    ("OPEN", "open", "The socket is open."),
    ("CLOSING", "closing", "The socket is attempting to close."),
    ("CLOSED", "closed", "The socket is closed."),
]


def test_members_in_order() -> None:
    assert [(member.name, member.value, member.description) for member in WebSocketStatus] == (
        MEMBERS
    )


@pytest.mark.parametrize(("name", "value", "description"), MEMBERS)
def test_member(name: str, value: str, description: str) -> None:
    member = WebSocketStatus[name]
    assert member.name == name
    assert member.value == value
    assert type(member.value) is str
    assert member.description == description
    assert member.__doc__ == description
    assert WebSocketStatus(value) is member
    assert getattr(WebSocketStatus, name) is member


def test_no_aliases() -> None:
    assert len(WebSocketStatus) == 4
    assert len(WebSocketStatus.__members__) == 4
    assert list(WebSocketStatus.__members__) == [name for name, _, _ in MEMBERS]
    assert list(WebSocketStatus.__members__.values()) == list(WebSocketStatus)


def test_members_not_annotated() -> None:
    annotations = inspect.get_annotations(WebSocketStatus)
    assert set(annotations).isdisjoint(WebSocketStatus.names())


def test_values_and_names() -> None:
    assert WebSocketStatus.values() == tuple(value for _, value, _ in MEMBERS)
    assert WebSocketStatus.names() == tuple(name for name, _, _ in MEMBERS)


def test_value_alias_args() -> None:
    assert typing.get_args(WebSocketStatusValue) == WebSocketStatus.values()


def test_name_alias_args() -> None:
    assert typing.get_args(WebSocketStatusName) == WebSocketStatus.names()


def test_every_status_reached() -> None:
    reached = [event.status for event in WebSocketEvent if event.status is not None]
    assert reached == list(WebSocketStatus)


def test_no_event_attributes() -> None:
    for status in WebSocketStatus:
        assert not hasattr(status, "status")
        assert not hasattr(status, "is_lifecycle")


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("open", WebSocketStatus.OPEN),
        ("OPEN", WebSocketStatus.OPEN),
        (" Open\t", WebSocketStatus.OPEN),
        ("closed", WebSocketStatus.CLOSED),
        ("Opening", WebSocketStatus.OPENING),
    ],
)
def test_parse(text: str, member: WebSocketStatus) -> None:
    assert WebSocketStatus.parse(text) is member


@pytest.mark.parametrize("text", ["opened", "OPENED", "error", "message"])
def test_event_only_values_rejected(text: str) -> None:
    assert WebSocketStatus.get(text) is None
    assert WebSocketStatus.is_value(text) is False
    with pytest.raises(ValueError, match="does not name a WebSocketStatus"):
        WebSocketStatus.parse(text)


def test_shared_values_equal() -> None:
    # Both enums are str, so members with the same value compare and hash equal.
    assert WebSocketStatus.OPENING == WebSocketEvent.OPENING  # type: ignore[comparison-overlap]
    assert hash(WebSocketStatus.CLOSED) == hash(WebSocketEvent.CLOSED)
    assert WebSocketStatus.OPENING is not WebSocketEvent.OPENING  # type: ignore[comparison-overlap]
    assert WebSocketStatus.from_value(WebSocketEvent.CLOSING) is WebSocketStatus.CLOSING
