"""The six event types of CommandPost's ``cp.websocket.event``.

CommandPost's transports report ``callback(event, message)`` with one of these
events; its lifecycle runs OPENING, OPENED, any number of MESSAGE and ERROR,
CLOSING, CLOSED. The four lifecycle events each lead to a :class:`WebSocketStatus`.
"""

from typing import TYPE_CHECKING, Literal, overload

from ._lookup import TextEnum, seal
from ._status import WebSocketStatus

if TYPE_CHECKING:
    from typing_extensions import TypeIs

__all__ = ["WebSocketEvent", "WebSocketEventName", "WebSocketEventValue"]

WebSocketEventValue = Literal["opening", "opened", "closing", "closed", "error", "message"]
"""The value of a :class:`WebSocketEvent` member."""

WebSocketEventName = Literal["OPENING", "OPENED", "CLOSING", "CLOSED", "ERROR", "MESSAGE"]
"""The name of a :class:`WebSocketEvent` member."""


if TYPE_CHECKING:

    class _EventLookups:
        """Precise signatures of the lookups that TextEnum implements for WebSocketEvent.

        NOTE: they sit in a base class, not in the enum's body, because mypy (2.4)
        types ``.value`` of a non-literal member as ``Any`` when the enum's body
        contains an overloaded method or an annotation such as the one of ``status``.
        """

        status: "_EventStatus"
        """Status the event leads to, or None for ERROR and MESSAGE."""

        @overload
        @classmethod
        def from_value(cls, value: Literal["opening"]) -> "Literal[WebSocketEvent.OPENING]": ...
        @overload
        @classmethod
        def from_value(cls, value: Literal["opened"]) -> "Literal[WebSocketEvent.OPENED]": ...
        @overload
        @classmethod
        def from_value(cls, value: Literal["closing"]) -> "Literal[WebSocketEvent.CLOSING]": ...
        @overload
        @classmethod
        def from_value(cls, value: Literal["closed"]) -> "Literal[WebSocketEvent.CLOSED]": ...
        @overload
        @classmethod
        def from_value(cls, value: Literal["error"]) -> "Literal[WebSocketEvent.ERROR]": ...
        @overload
        @classmethod
        def from_value(cls, value: Literal["message"]) -> "Literal[WebSocketEvent.MESSAGE]": ...
        @overload
        @classmethod
        def from_value(cls, value: str) -> "WebSocketEvent": ...
        @classmethod
        def from_value(cls, value: str) -> "WebSocketEvent": ...

        @overload
        @classmethod
        def from_name(cls, name: Literal["OPENING"]) -> "Literal[WebSocketEvent.OPENING]": ...
        @overload
        @classmethod
        def from_name(cls, name: Literal["OPENED"]) -> "Literal[WebSocketEvent.OPENED]": ...
        @overload
        @classmethod
        def from_name(cls, name: Literal["CLOSING"]) -> "Literal[WebSocketEvent.CLOSING]": ...
        @overload
        @classmethod
        def from_name(cls, name: Literal["CLOSED"]) -> "Literal[WebSocketEvent.CLOSED]": ...
        @overload
        @classmethod
        def from_name(cls, name: Literal["ERROR"]) -> "Literal[WebSocketEvent.ERROR]": ...
        @overload
        @classmethod
        def from_name(cls, name: Literal["MESSAGE"]) -> "Literal[WebSocketEvent.MESSAGE]": ...
        @overload
        @classmethod
        def from_name(cls, name: str) -> "WebSocketEvent": ...
        @classmethod
        def from_name(cls, name: str) -> "WebSocketEvent": ...

        @classmethod
        def is_value(cls, value: object) -> TypeIs[WebSocketEventValue]: ...

        @classmethod
        def values(cls) -> tuple[WebSocketEventValue, ...]: ...

        @classmethod
        def names(cls) -> tuple[WebSocketEventName, ...]: ...

else:

    class _EventLookups:
        """Empty at run time: TextEnum implements the lookups."""


class WebSocketEvent(_EventLookups, TextEnum):
    """Event reported by a websocket connection, as CommandPost's ``cp.websocket.event``."""

    OPENING = "opening"
    """The socket is attempting to open."""

    OPENED = "opened"
    """The socket has opened."""

    CLOSING = "closing"
    """The socket is attempting to close."""

    CLOSED = "closed"
    """The socket has closed."""

    ERROR = "error"
    """There was an error. The connection may still be open."""

    MESSAGE = "message"
    """The socket has sent a message."""

    @property
    def is_lifecycle(self) -> bool:
        """Whether the event moves the connection status (all but ERROR and MESSAGE)."""
        return self in _STATUS_BY_EVENT

    if not TYPE_CHECKING:  # pragma: no branch (always true at run time)
        # Type checkers see `status` as declared in _EventLookups.

        @property
        def status(self):
            """Status the event leads to, or None for ERROR and MESSAGE."""
            return _STATUS_BY_EVENT.get(self)


if TYPE_CHECKING:

    class _EventStatus:
        """Type of ``WebSocketEvent.status``: a literal member gives a literal status."""

        @overload
        def __get__(
            self, instance: Literal[WebSocketEvent.OPENING], owner: object
        ) -> "Literal[WebSocketStatus.OPENING]": ...
        @overload
        def __get__(
            self, instance: Literal[WebSocketEvent.OPENED], owner: object
        ) -> "Literal[WebSocketStatus.OPEN]": ...
        @overload
        def __get__(
            self, instance: Literal[WebSocketEvent.CLOSING], owner: object
        ) -> "Literal[WebSocketStatus.CLOSING]": ...
        @overload
        def __get__(
            self, instance: Literal[WebSocketEvent.CLOSED], owner: object
        ) -> "Literal[WebSocketStatus.CLOSED]": ...
        @overload
        def __get__(
            self, instance: Literal[WebSocketEvent.ERROR, WebSocketEvent.MESSAGE], owner: object
        ) -> None: ...
        @overload
        def __get__(self, instance: WebSocketEvent, owner: object) -> WebSocketStatus | None: ...
        def __get__(self, instance: WebSocketEvent, owner: object) -> WebSocketStatus | None: ...


seal(
    WebSocketEvent,
    {
        "OPENING": "The socket is attempting to open.",
        "OPENED": "The socket has opened.",
        "CLOSING": "The socket is attempting to close.",
        "CLOSED": "The socket has closed.",
        "ERROR": "There was an error. The connection may still be open.",
        "MESSAGE": "The socket has sent a message.",
    },
)

# The status each lifecycle event leads to; ERROR and MESSAGE leave it unchanged.
_STATUS_BY_EVENT = {
    WebSocketEvent.OPENING: WebSocketStatus.OPENING,
    WebSocketEvent.OPENED: WebSocketStatus.OPEN,
    WebSocketEvent.CLOSING: WebSocketStatus.CLOSING,
    WebSocketEvent.CLOSED: WebSocketStatus.CLOSED,
}
