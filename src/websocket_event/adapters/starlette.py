"""Map Starlette's websocket state onto ``WebSocketStatus``.

A ``starlette.websockets.WebSocket`` keeps two ``WebSocketState`` values: its
``client_state`` follows the ASGI messages the client side sends, and its
``application_state`` follows those the application sends. Both use the same four
members, so one function maps either. Tested with Starlette 1.10.0 on Python 3.11 to
3.13, and on Python 3.10 with 1.7.0, the newest release that pip installs there.

==================  ==========  ===================================================
``WebSocketState``  status      why
==================  ==========  ===================================================
CONNECTING          OPENING     the handshake has not been accepted or rejected yet
CONNECTED           OPEN        the handshake was accepted
RESPONSE            CLOSING     the application is rejecting it (see the policy)
DISCONNECTED        CLOSED      the connection is closed
==================  ==========  ===================================================

Policy: RESPONSE maps to CLOSING. An application enters RESPONSE when it responds to
the handshake with an HTTP response instead of accepting it, for example with
``send_denial_response``, and leaves it for DISCONNECTED once the response body
is sent. The connection never opens, and it is on its way to closed, which is what
CLOSING means here. wsproto's REJECTING state maps the same way.

Starlette is not imported here: a member is recognized by its class, so this module
imports and maps member names without the library installed.
"""

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from .._status import WebSocketStatus
from ._source import look_up, member_name

if TYPE_CHECKING:
    from starlette.websockets import WebSocketState

__all__ = ["STATUS_BY_STATE", "status_from_state"]

STATUS_BY_STATE: Final[Mapping[str, WebSocketStatus]] = MappingProxyType(
    {
        "CONNECTING": WebSocketStatus.OPENING,
        "CONNECTED": WebSocketStatus.OPEN,
        "RESPONSE": WebSocketStatus.CLOSING,
        "DISCONNECTED": WebSocketStatus.CLOSED,
    }
)
"""The status each ``starlette.websockets.WebSocketState`` member maps to, by name."""


def status_from_state(state: "WebSocketState | str") -> WebSocketStatus:
    """Return the status for a Starlette ``WebSocketState`` member or its name.

    Raise ``ValueError`` for a name this module does not map and ``TypeError`` for
    anything but a ``WebSocketState`` member or a string.
    """
    name = member_name(
        state,
        package="starlette",
        enum_name="WebSocketState",
        function="status_from_state",
        expected="a Starlette WebSocketState member or its name",
    )
    return look_up(
        STATUS_BY_STATE, name, kind="a Starlette WebSocketState name known to this adapter"
    )
