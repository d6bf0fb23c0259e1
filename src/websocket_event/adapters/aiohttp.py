"""Map aiohttp's websocket message types onto ``WebSocketEvent``.

``aiohttp.WSMsgType`` is the ``type`` of each ``WSMessage`` that ``receive()``
returns, on the client (``ClientWebSocketResponse``) and on the server
(``web.WebSocketResponse``) alike. The six frame opcodes of RFC 6455 are members,
and so are three types of aiohttp's own: CLOSING, CLOSED and ERROR. Tested with
aiohttp 3.14.5.

========================  ==========  =================================================
``WSMsgType``             event       why
========================  ==========  =================================================
TEXT, BINARY              MESSAGE     a complete data message
CLOSE                     CLOSING     the peer's close frame arrived (see the policy)
CLOSING                   CLOSING     aiohttp has started to close
CLOSED                    CLOSED      the connection is closed
ERROR                     ERROR       ``data`` is the exception
PING, PONG                None        control frames, not reported
CONTINUATION              None        aiohttp joins fragments before returning them
========================  ==========  =================================================

Policy: CLOSE maps to CLOSING, even though with ``autoclose=True`` (the default)
aiohttp has already sent its reply and closed the connection when ``receive()``
returns CLOSE. The message type says that the peer started the closing handshake,
and the next ``receive()`` returns CLOSED, which maps to CLOSED. Mapping CLOSE to
CLOSED instead would report the close twice to a caller that keeps receiving.
NOTE: ``async for msg in ws`` stops at CLOSE, CLOSING and CLOSED without yielding
them, so a loop written that way sees none of the three and reports CLOSED itself
once the loop ends.

aiohttp is not imported here: a member is recognized by its class, so this module
imports and maps member names without the library installed.
"""

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from .._event import WebSocketEvent
from ._source import look_up, member_name

if TYPE_CHECKING:
    from aiohttp import WSMsgType

__all__ = ["EVENT_BY_MSG_TYPE", "event_from_msg_type"]

EVENT_BY_MSG_TYPE: Final[Mapping[str, WebSocketEvent | None]] = MappingProxyType(
    {
        "CONTINUATION": None,
        "TEXT": WebSocketEvent.MESSAGE,
        "BINARY": WebSocketEvent.MESSAGE,
        "PING": None,
        "PONG": None,
        "CLOSE": WebSocketEvent.CLOSING,
        "CLOSING": WebSocketEvent.CLOSING,
        "CLOSED": WebSocketEvent.CLOSED,
        "ERROR": WebSocketEvent.ERROR,
    }
)
"""The event each ``aiohttp.WSMsgType`` member maps to, by canonical member name."""


def event_from_msg_type(msg_type: "WSMsgType | str") -> WebSocketEvent | None:
    """Return the event for an ``aiohttp.WSMsgType`` member or its name, or None.

    None is returned for PING, PONG and CONTINUATION, which have no event. A name
    must be the member's canonical upper-case name, such as ``"TEXT"``. Raise
    ``ValueError`` for a name this module does not map and ``TypeError`` for
    anything but a ``WSMsgType`` member or a string, integers included.
    """
    name = member_name(
        msg_type,
        package="aiohttp",
        enum_name="WSMsgType",
        function="event_from_msg_type",
        expected="an aiohttp WSMsgType member or its name",
    )
    return look_up(EVENT_BY_MSG_TYPE, name, kind="an aiohttp WSMsgType name known to this adapter")
