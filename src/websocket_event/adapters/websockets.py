"""Map the ``websockets`` library's connection state onto ``WebSocketStatus``.

``websockets.protocol.State`` has the four states of RFC 6455, which map one to one:
CONNECTING to OPENING, OPEN to OPEN, CLOSING to CLOSING and CLOSED to CLOSED. Every
connection object of the library, asyncio, threading or Sans-I/O, reports one in
its ``state`` attribute. Tested with websockets 17.4 on Python 3.11 to 3.13, and on
Python 3.10 with 16.1.1, the newest release that pip installs there.

``websockets`` is not imported here: a member is recognized by its class, so this
module imports and maps member names without the library installed.
"""

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from .._status import WebSocketStatus
from ._source import look_up, member_name

if TYPE_CHECKING:
    from websockets.protocol import State

__all__ = ["STATUS_BY_STATE", "status_from_state"]

STATUS_BY_STATE: Final[Mapping[str, WebSocketStatus]] = MappingProxyType(
    {
        "CONNECTING": WebSocketStatus.OPENING,
        "OPEN": WebSocketStatus.OPEN,
        "CLOSING": WebSocketStatus.CLOSING,
        "CLOSED": WebSocketStatus.CLOSED,
    }
)
"""The status each ``websockets.protocol.State`` member maps to, by member name."""


def status_from_state(state: "State | str") -> WebSocketStatus:
    """Return the status for a ``websockets.protocol.State`` member or its name.

    Raise ``ValueError`` for a name this module does not map and ``TypeError`` for
    anything but a ``State`` member or a string, integers included.
    """
    name = member_name(
        state,
        package="websockets",
        enum_name="State",
        function="status_from_state",
        expected="a websockets State member or its name",
    )
    return look_up(STATUS_BY_STATE, name, kind="a websockets State name known to this adapter")
