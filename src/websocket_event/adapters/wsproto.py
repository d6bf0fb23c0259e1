"""Map wsproto's connection state and events onto ``WebSocketStatus`` and ``WebSocketEvent``.

wsproto is a Sans-I/O implementation: a ``WSConnection`` reports its
``ConnectionState`` in ``state`` and yields event objects from ``events()``.
Tested with wsproto 1.3.2.

``ConnectionState`` to status:

==============  ==========
state           status
==============  ==========
CONNECTING      OPENING
OPEN            OPEN
REMOTE_CLOSING  CLOSING
LOCAL_CLOSING   CLOSING
REJECTING       CLOSING
CLOSED          CLOSED
==============  ==========

REJECTING is the server's state while it sends an HTTP response that rejects the
handshake, and the client's while it receives one. The connection never opens and
ends CLOSED, so REJECTING maps to CLOSING.

Event class to event:

====================  ==========  ==============================================
event class           event       when
====================  ==========  ==============================================
Request               OPENING     a server receives a client's handshake request
AcceptConnection      OPENED      a client's handshake is accepted
RejectConnection      ERROR       a client's handshake is rejected
RejectData            ERROR       the rejection's body is complete, else None
TextMessage           MESSAGE     the message is complete, else None
BytesMessage          MESSAGE     the message is complete, else None
CloseConnection       CLOSING     the peer started the closing handshake
Ping, Pong            None        control frames, not reported
====================  ==========  ==============================================

No event means closed: the state turns CLOSED when the closing handshake or the
rejection completes. When the transport ends without a closing handshake, which
the caller signals with ``receive_data(None)``, wsproto yields a CloseConnection
with code 1006 and the state is CLOSED at once.

Policy: Request maps to OPENING because it is the first thing a server learns of a
connection, whose state is then CONNECTING, and OPENING is the event that leads to
that status. A data event maps only once it completes its unit, as
``message_finished`` or ``body_finished`` says, so that the caller reports one
MESSAGE or ERROR per message or body after joining the pieces.

An instance of a subclass of a wsproto event class maps like that class.

This module never makes Python load wsproto. An event object can exist only once
``wsproto.events`` is loaded, and the module imports from it only then. A state member
is recognized by its class, so the status mapping works on member names without the
library.
"""

import sys
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from .._event import WebSocketEvent
from .._status import WebSocketStatus
from ._source import look_up, member_name, type_error, unknown_name_error

if TYPE_CHECKING:
    from wsproto.connection import ConnectionState
    from wsproto.events import Event

__all__ = [
    "EVENT_BY_EVENT_TYPE",
    "STATUS_BY_CONNECTION_STATE",
    "event_from_wsproto",
    "status_from_state",
]

STATUS_BY_CONNECTION_STATE: Final[Mapping[str, WebSocketStatus]] = MappingProxyType(
    {
        "CONNECTING": WebSocketStatus.OPENING,
        "OPEN": WebSocketStatus.OPEN,
        "REMOTE_CLOSING": WebSocketStatus.CLOSING,
        "LOCAL_CLOSING": WebSocketStatus.CLOSING,
        "CLOSED": WebSocketStatus.CLOSED,
        "REJECTING": WebSocketStatus.CLOSING,
    }
)
"""The status each ``wsproto.connection.ConnectionState`` member maps to, by name."""

EVENT_BY_EVENT_TYPE: Final[Mapping[str, WebSocketEvent | None]] = MappingProxyType(
    {
        "Request": WebSocketEvent.OPENING,
        "AcceptConnection": WebSocketEvent.OPENED,
        "RejectConnection": WebSocketEvent.ERROR,
        "RejectData": WebSocketEvent.ERROR,
        "CloseConnection": WebSocketEvent.CLOSING,
        "TextMessage": WebSocketEvent.MESSAGE,
        "BytesMessage": WebSocketEvent.MESSAGE,
        "Ping": None,
        "Pong": None,
    }
)
"""The event each ``wsproto.events`` class maps to, by class name.

RejectData, TextMessage and BytesMessage map to their event only when they complete
their body or message. For the other pieces, ``event_from_wsproto`` returns None.
An instance of a subclass maps like the first of these classes in its method
resolution order.
"""

_EVENT_KIND = "a wsproto event class known to this adapter"


def status_from_state(state: "ConnectionState | str") -> WebSocketStatus:
    """Return the status for a wsproto ``ConnectionState`` member or its name.

    Raise ``ValueError`` for a name this module does not map and ``TypeError`` for
    anything but a ``ConnectionState`` member or a string.
    """
    name = member_name(
        state,
        package="wsproto",
        enum_name="ConnectionState",
        function="status_from_state",
        expected="a wsproto ConnectionState member or its name",
    )
    return look_up(
        STATUS_BY_CONNECTION_STATE,
        name,
        kind="a wsproto ConnectionState name known to this adapter",
    )


def event_from_wsproto(event: "Event") -> WebSocketEvent | None:
    """Return the event for a wsproto event object, or None if it has none.

    None is returned for Ping and Pong, and for a message or rejection body that is
    not complete yet. An instance of a subclass of a wsproto event class maps like
    that class. Raise ``ValueError`` for a wsproto event that is an instance of none
    of the classes this module maps, such as the ``Message`` base class, and
    ``TypeError`` for an object that is not a wsproto event.
    """
    if not _is_wsproto_event(event):
        raise type_error("event_from_wsproto", "a wsproto event", event)
    name = _mapped_class_name(event)
    if name is None:
        raise unknown_name_error(EVENT_BY_EVENT_TYPE, type(event).__name__, kind=_EVENT_KIND)
    mapped = EVENT_BY_EVENT_TYPE[name]

    # The event exists, so wsproto.events is loaded and importing from it is a lookup.
    from wsproto.events import Message, RejectData

    if isinstance(event, Message) and not event.message_finished:
        return None
    if isinstance(event, RejectData) and not event.body_finished:
        return None
    return mapped


def _is_wsproto_event(value: object) -> bool:
    # Every wsproto event is an instance of a class defined in wsproto.events, or of
    # a subclass of one, so no event exists unless that module is loaded. Checking
    # sys.modules first means that no argument makes this module load wsproto, and
    # that every argument raises TypeError where wsproto is not installed.
    if sys.modules.get("wsproto.events") is None:
        return False
    from wsproto.events import Event

    return isinstance(value, Event)


def _mapped_class_name(event: "Event") -> str | None:
    """Return the name of the first class of *event*'s MRO that the table maps."""
    from wsproto import events

    for cls in type(event).__mro__:
        name = cls.__name__
        # The identity check skips a class of another module that has the same name.
        if name in EVENT_BY_EVENT_TYPE and getattr(events, name, None) is cls:
            return name
    return None
