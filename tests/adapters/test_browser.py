"""The browser adapter: event names and readyState values, both ways."""

import enum

import pytest

from websocket_event import WebSocketEvent, WebSocketStatus
from websocket_event.adapters.browser import (
    BROWSER_EVENT_BY_EVENT,
    EVENT_BY_BROWSER_EVENT,
    READY_STATE_BY_STATUS,
    STATUS_BY_READY_STATE,
    event_from_browser,
    status_from_ready_state,
    to_browser_event,
    to_ready_state,
)

E = WebSocketEvent
S = WebSocketStatus


@pytest.mark.parametrize(
    ("name", "expected"),
    [("open", E.OPENED), ("message", E.MESSAGE), ("error", E.ERROR), ("close", E.CLOSED)],
)
def test_event_from_browser_each_name(name: str, expected: WebSocketEvent) -> None:
    assert event_from_browser(name) is expected


def test_event_table_lists_the_four_names() -> None:
    assert list(EVENT_BY_BROWSER_EVENT) == ["open", "message", "error", "close"]


def test_browser_error_maps_to_error() -> None:
    # The browser follows `error` with `close`, which reports CLOSED.
    assert event_from_browser("error") is E.ERROR
    assert event_from_browser("close") is E.CLOSED


def test_to_browser_event_every_member() -> None:
    assert set(BROWSER_EVENT_BY_EVENT) == set(E)
    for event in E:
        name = to_browser_event(event)
        if event in (E.OPENING, E.CLOSING):
            assert name is None
        else:
            assert name is not None
            assert event_from_browser(name) is event


@pytest.mark.parametrize(
    ("ready_state", "expected"), [(0, S.OPENING), (1, S.OPEN), (2, S.CLOSING), (3, S.CLOSED)]
)
def test_status_from_ready_state_each_value(ready_state: int, expected: WebSocketStatus) -> None:
    assert status_from_ready_state(ready_state) is expected


def test_to_ready_state_round_trip() -> None:
    assert set(READY_STATE_BY_STATUS) == set(S)
    assert set(STATUS_BY_READY_STATE) == {0, 1, 2, 3}
    for status in S:
        assert status_from_ready_state(to_ready_state(status)) is status


def test_ready_state_accepts_int_enum() -> None:
    class ReadyState(enum.IntEnum):
        OPEN = 1

    assert status_from_ready_state(ReadyState.OPEN) is S.OPEN


@pytest.mark.parametrize("name", ["Open", "onopen", " open", "opened", ""])
def test_event_from_browser_unknown_name(name: str) -> None:
    with pytest.raises(ValueError, match=r"is not a browser WebSocket event name") as caught:
        event_from_browser(name)
    message = str(caught.value)
    assert repr(name) in message
    assert "Valid names: 'open', 'message', 'error', 'close'." in message


def test_event_from_browser_error_escapes_and_cuts() -> None:
    with pytest.raises(ValueError, match=r"ope") as caught:
        event_from_browser("\u043epen\n" + "x" * 1000)
    message = str(caught.value)
    assert "\\u043epen\\n" in message
    assert "(1005 characters)" in message
    assert len(message) < 300


@pytest.mark.parametrize("value", [None, b"open", 1, ["open"]])
def test_event_from_browser_rejects_non_string(value: object) -> None:
    with pytest.raises(TypeError, match=f"must be str, not {type(value).__name__}$"):
        event_from_browser(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("ready_state", [4, -1, 255])
def test_status_from_ready_state_out_of_range(ready_state: int) -> None:
    with pytest.raises(ValueError, match=f"^{ready_state} is not a browser readyState") as caught:
        status_from_ready_state(ready_state)
    assert "0 (CONNECTING), 1 (OPEN), 2 (CLOSING), 3 (CLOSED)" in str(caught.value)


def test_status_from_ready_state_huge_int() -> None:
    # Decimal conversion of this integer raises on Python 3.11 and later.
    with pytest.raises(ValueError, match=r"^An integer of 33220 bits is not a browser readyState"):
        status_from_ready_state(10**10000)


@pytest.mark.parametrize("value", [True, False, 1.0, "1", None])
def test_status_from_ready_state_rejects_non_int(value: object) -> None:
    with pytest.raises(TypeError, match=f"must be int, not {type(value).__name__}$"):
        status_from_ready_state(value)  # type: ignore[arg-type]


def test_reverse_mappings_reject_plain_strings() -> None:
    with pytest.raises(TypeError, match=r"must be a WebSocketEvent member, not str$"):
        to_browser_event("opened")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"must be a WebSocketStatus member, not str$"):
        to_ready_state("open")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"must be a WebSocketStatus member, not WebSocketEvent$"):
        to_ready_state(E.OPENED)  # type: ignore[arg-type]
