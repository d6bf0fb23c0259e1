"""The four connection statuses of CommandPost's ``cp.websocket.status``.

A transport keeps one of these beside the events it reports: it starts ``CLOSED``,
and only the lifecycle events move it (see :attr:`WebSocketEvent.status`).
"""

from typing import TYPE_CHECKING, Literal, overload

from ._lookup import TextEnum, seal

if TYPE_CHECKING:
    from typing_extensions import TypeIs

__all__ = ["WebSocketStatus", "WebSocketStatusName", "WebSocketStatusValue"]

WebSocketStatusValue = Literal["opening", "open", "closing", "closed"]
"""The value of a :class:`WebSocketStatus` member."""

WebSocketStatusName = Literal["OPENING", "OPEN", "CLOSING", "CLOSED"]
"""The name of a :class:`WebSocketStatus` member."""


if TYPE_CHECKING:

    class _StatusLookups:
        """Precise signatures of the lookups that TextEnum implements for WebSocketStatus.

        NOTE: they sit in a base class, not in the enum's body, because mypy (2.4)
        types ``.value`` of a non-literal member as ``Any`` when the enum's body
        contains an overloaded method.
        """

        @overload
        @classmethod
        def from_value(cls, value: Literal["opening"]) -> "Literal[WebSocketStatus.OPENING]": ...
        @overload
        @classmethod
        def from_value(cls, value: Literal["open"]) -> "Literal[WebSocketStatus.OPEN]": ...
        @overload
        @classmethod
        def from_value(cls, value: Literal["closing"]) -> "Literal[WebSocketStatus.CLOSING]": ...
        @overload
        @classmethod
        def from_value(cls, value: Literal["closed"]) -> "Literal[WebSocketStatus.CLOSED]": ...
        @overload
        @classmethod
        def from_value(cls, value: str) -> "WebSocketStatus": ...
        @classmethod
        def from_value(cls, value: str) -> "WebSocketStatus": ...

        @overload
        @classmethod
        def from_name(cls, name: Literal["OPENING"]) -> "Literal[WebSocketStatus.OPENING]": ...
        @overload
        @classmethod
        def from_name(cls, name: Literal["OPEN"]) -> "Literal[WebSocketStatus.OPEN]": ...
        @overload
        @classmethod
        def from_name(cls, name: Literal["CLOSING"]) -> "Literal[WebSocketStatus.CLOSING]": ...
        @overload
        @classmethod
        def from_name(cls, name: Literal["CLOSED"]) -> "Literal[WebSocketStatus.CLOSED]": ...
        @overload
        @classmethod
        def from_name(cls, name: str) -> "WebSocketStatus": ...
        @classmethod
        def from_name(cls, name: str) -> "WebSocketStatus": ...

        @classmethod
        def is_value(cls, value: object) -> TypeIs[WebSocketStatusValue]: ...

        @classmethod
        def values(cls) -> tuple[WebSocketStatusValue, ...]: ...

        @classmethod
        def names(cls) -> tuple[WebSocketStatusName, ...]: ...

else:

    class _StatusLookups:
        """Empty at run time: TextEnum implements the lookups."""


class WebSocketStatus(_StatusLookups, TextEnum):
    """Status of a websocket connection, as CommandPost's ``cp.websocket.status``."""

    OPENING = "opening"
    """The socket is attempting to open."""

    OPEN = "open"
    """The socket is open."""

    CLOSING = "closing"
    """The socket is attempting to close."""

    CLOSED = "closed"
    """The socket is closed."""


seal(
    WebSocketStatus,
    {
        "OPENING": "The socket is attempting to open.",
        "OPEN": "The socket is open.",
        "CLOSING": "The socket is attempting to close.",
        "CLOSED": "The socket is closed.",
    },
)
