"""Map the browser WebSocket API onto ``WebSocketEvent`` and ``WebSocketStatus``.

The browser's ``WebSocket`` object (the WHATWG WebSockets standard) fires four
events, ``open``, ``message``, ``error`` and ``close``, and reports its status in
``readyState``: ``CONNECTING`` (0), ``OPEN`` (1), ``CLOSING`` (2) or ``CLOSED`` (3).
Names and numbers arrive in Python as plain strings and integers, for example from
a page that forwards them over its own connection, so this module needs no
third-party library. Both directions are mapped.

Policy: a browser ``error`` event maps to ``ERROR``. The browser fires it only when
it is about to fail the connection, and always follows it with ``close``, so the
``CLOSED`` that ``close`` maps to comes next. ``ERROR`` is kept rather than dropped
because it is the only sign that the close was not a clean one.
"""

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from .._event import WebSocketEvent
from .._status import WebSocketStatus
from ._source import look_up, require_instance, type_error

__all__ = [
    "BROWSER_EVENT_BY_EVENT",
    "EVENT_BY_BROWSER_EVENT",
    "READY_STATE_BY_STATUS",
    "STATUS_BY_READY_STATE",
    "event_from_browser",
    "status_from_ready_state",
    "to_browser_event",
    "to_ready_state",
]

EVENT_BY_BROWSER_EVENT: Final[Mapping[str, WebSocketEvent]] = MappingProxyType(
    {
        "open": WebSocketEvent.OPENED,
        "message": WebSocketEvent.MESSAGE,
        "error": WebSocketEvent.ERROR,
        "close": WebSocketEvent.CLOSED,
    }
)
"""The event each browser event name maps to."""

BROWSER_EVENT_BY_EVENT: Final[Mapping[WebSocketEvent, str | None]] = MappingProxyType(
    {
        WebSocketEvent.OPENING: None,
        WebSocketEvent.OPENED: "open",
        WebSocketEvent.CLOSING: None,
        WebSocketEvent.CLOSED: "close",
        WebSocketEvent.ERROR: "error",
        WebSocketEvent.MESSAGE: "message",
    }
)
"""The browser event name for each event, or None where the browser fires none."""

STATUS_BY_READY_STATE: Final[Mapping[int, WebSocketStatus]] = MappingProxyType(
    {
        0: WebSocketStatus.OPENING,  # WebSocket.CONNECTING
        1: WebSocketStatus.OPEN,  # WebSocket.OPEN
        2: WebSocketStatus.CLOSING,  # WebSocket.CLOSING
        3: WebSocketStatus.CLOSED,  # WebSocket.CLOSED
    }
)
"""The status each ``readyState`` value maps to."""

READY_STATE_BY_STATUS: Final[Mapping[WebSocketStatus, int]] = MappingProxyType(
    {status: ready_state for ready_state, status in STATUS_BY_READY_STATE.items()}
)
"""The ``readyState`` value for each status."""

# Integers longer than this many bits are described by their size in error messages:
# converting a huge integer to decimal is slow, and from Python 3.11 on it raises.
_MAX_QUOTED_BITS = 64


def event_from_browser(name: str) -> WebSocketEvent:
    """Return the event for the browser event *name*, such as ``"open"``.

    Event names are matched exactly, as the browser spells them. Raise
    ``ValueError`` for any other string and ``TypeError`` for a non-string.
    """
    text = require_instance(name, str, function="event_from_browser", expected="str")
    return look_up(
        EVENT_BY_BROWSER_EVENT, str.__str__(text), kind="a browser WebSocket event name"
    )


def status_from_ready_state(ready_state: int) -> WebSocketStatus:
    """Return the status for a browser ``readyState`` value, 0 to 3.

    Raise ``ValueError`` for any other integer and ``TypeError`` for a non-integer,
    ``bool`` included.
    """
    number = require_instance(ready_state, int, function="status_from_ready_state", expected="int")
    if isinstance(number, bool):
        raise type_error("status_from_ready_state", "int", number)
    status = STATUS_BY_READY_STATE.get(int.__int__(number))
    if status is None:
        raise ValueError(
            f"{_describe_int(number)} is not a browser readyState. Valid values: "
            "0 (CONNECTING), 1 (OPEN), 2 (CLOSING), 3 (CLOSED)."
        )
    return status


def to_browser_event(event: WebSocketEvent) -> str | None:
    """Return the browser event name for *event*, or None for OPENING and CLOSING.

    The browser fires no event when it starts to open or to close a connection.
    Raise ``TypeError`` when *event* is not a ``WebSocketEvent`` member.
    """
    member = require_instance(
        event, WebSocketEvent, function="to_browser_event", expected="a WebSocketEvent member"
    )
    return BROWSER_EVENT_BY_EVENT[member]


def to_ready_state(status: WebSocketStatus) -> int:
    """Return the browser ``readyState`` value, 0 to 3, for *status*.

    Raise ``TypeError`` when *status* is not a ``WebSocketStatus`` member.
    """
    member = require_instance(
        status, WebSocketStatus, function="to_ready_state", expected="a WebSocketStatus member"
    )
    return READY_STATE_BY_STATUS[member]


def _describe_int(number: int) -> str:
    bits = int.bit_length(number)
    if bits > _MAX_QUOTED_BITS:
        return f"An integer of {bits} bits"
    return int.__repr__(number)
