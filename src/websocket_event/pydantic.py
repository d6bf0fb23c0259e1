"""pydantic (2.x) field types that accept the enums' lenient spellings.

A field typed as plain :class:`WebSocketEvent` or :class:`WebSocketStatus` already
works with pydantic: it accepts the exact value or a member, dumps the value in JSON
mode, and its JSON schema carries each member's description. The types here also
accept what ``parse`` accepts, a value or a name in any ASCII letter case with
surrounding whitespace, in lax and strict mode alike::

    from pydantic import BaseModel
    from websocket_event.pydantic import LenientWebSocketEvent

    class Frame(BaseModel):
        event: LenientWebSocketEvent

    Frame(event=" Opened ").event  # WebSocketEvent.OPENED

Text that names no member fails with ``parse``'s message inside pydantic's
``ValidationError``. This module imports pydantic; ``import websocket_event`` does not
import it. NOTE: the JSON schema of these types is the enum's own, so it lists only
the exact values, the spelling that a sender should use.
"""

from collections.abc import Callable
from typing import Annotated, TypeVar

from pydantic import BeforeValidator

from ._event import WebSocketEvent
from ._lookup import TextEnum
from ._status import WebSocketStatus

__all__ = ["LenientWebSocketEvent", "LenientWebSocketStatus"]

_Enum = TypeVar("_Enum", bound=TextEnum)


def _parse_text(enum_class: type[_Enum]) -> Callable[[object], object]:
    """Build a validator that turns a string into a member with ``enum_class.parse``.

    Anything else is returned unchanged, so that pydantic's enum validator, which runs
    next, rejects it with its own message: ``parse`` raises ``TypeError`` for a
    non-string, and pydantic does not turn ``TypeError`` into a validation error.
    """

    def parse_text(value: object) -> object:
        if isinstance(value, str):
            return enum_class.parse(value)
        return value

    return parse_text


LenientWebSocketEvent = Annotated[WebSocketEvent, BeforeValidator(_parse_text(WebSocketEvent))]
"""A :class:`WebSocketEvent` field that accepts any spelling ``parse`` accepts."""

LenientWebSocketStatus = Annotated[WebSocketStatus, BeforeValidator(_parse_text(WebSocketStatus))]
"""A :class:`WebSocketStatus` field that accepts any spelling ``parse`` accepts."""
