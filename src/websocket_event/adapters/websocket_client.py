"""Bridge websocket-client's ``WebSocketApp`` callbacks to ``callback(event, payload)``.

``app_handlers(callback)`` returns the ``on_open``, ``on_message``, ``on_error`` and
``on_close`` keyword arguments of ``websocket.WebSocketApp``, each of which calls
*callback* with a ``WebSocketEvent`` and a payload:

==============  ==========  =======================================================
handler         event       payload
==============  ==========  =======================================================
``on_open``     OPENED      None
``on_message``  MESSAGE     the message: ``str`` for text, ``bytes`` for binary
``on_error``    ERROR       the exception
``on_close``    CLOSED      ``(close code, reason)``, each None when there was none
==============  ==========  =======================================================

WebSocketApp calls the handlers from the thread that runs ``run_forever()``, in
lifecycle order: a failed connection attempt gives ERROR then CLOSED, an
established one OPENED, any number of MESSAGE and ERROR, then CLOSED once. The
close code and reason are those that websocket-client passes to ``on_close``. Even
after a clean close, 1.9.0 passes None for both, and so do earlier versions when
the client started the close.

Policy: the bridge reports neither OPENING nor CLOSING, because WebSocketApp has no
callback for the start of a connection attempt or of a closing handshake. Both
start inside calls that the application makes itself, ``run_forever()`` and
``close()``, so it can report them before making those calls if it needs them.

WebSocketApp reports a close started by the server through ``on_close`` once it is
complete, and the bridge reports it as CLOSED alone. websocket-client 1.9 also
calls ``on_error`` for the server's close frame: 1.9.0 passes the frame itself, and
1.9.1 and later pass a ``WebSocketConnectionClosedException`` with a
``status_code`` attribute. The bridge drops that call, because an error is not
reported once the connection is closing. websocket-client 1.8 and earlier make no
such call.

Tested with websocket-client 1.9.2, and with 1.7.0, 1.8.0 and 1.9.0 for the
differences described here. The bridge does not import the library, so it works,
and this module imports, without it.
"""

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Final, TypeAlias, TypedDict

from .._event import WebSocketEvent
from .._lookup import _type_name  # pyright: ignore[reportPrivateUsage]

__all__ = ["EVENT_BY_HANDLER", "AppHandlers", "AppPayload", "EventCallback", "app_handlers"]

EVENT_BY_HANDLER: Final[Mapping[str, WebSocketEvent]] = MappingProxyType(
    {
        "on_open": WebSocketEvent.OPENED,
        "on_message": WebSocketEvent.MESSAGE,
        "on_error": WebSocketEvent.ERROR,
        "on_close": WebSocketEvent.CLOSED,
    }
)
"""The event each ``WebSocketApp`` handler reports."""

AppPayload: TypeAlias = str | bytes | BaseException | tuple[int | None, str | None] | None
"""The payload passed with an event: see the module's table for which goes with which."""

EventCallback: TypeAlias = Callable[[WebSocketEvent, AppPayload], object]
"""A function called with each event and its payload. Its return value is ignored."""

# The opcode of a close frame (RFC 6455, section 5.5.1).
_CLOSE_OPCODE = 0x8


class AppHandlers(TypedDict):
    """Keyword arguments for ``websocket.WebSocketApp``, as ``app_handlers`` returns them.

    Each handler takes the ``WebSocketApp`` first, typed ``object`` because the
    handlers never use it. A handler that accepts any object is accepted where one
    for a ``WebSocketApp`` is expected, and the types stay known to a type checker
    where websocket-client is not installed.
    """

    on_open: Callable[[object], None]
    on_message: Callable[[object, str | bytes], None]
    on_error: Callable[[object, BaseException], None]
    on_close: Callable[[object, int | None, str | None], None]


def app_handlers(callback: EventCallback) -> AppHandlers:
    """Return ``WebSocketApp`` handlers that report to ``callback(event, payload)``.

    Pass them as keyword arguments: ``WebSocketApp(url, **app_handlers(callback))``.
    An exception raised by *callback* is caught by websocket-client, which logs it
    and passes it to ``on_error``, so *callback* then receives ERROR with that
    exception, unless it raised while handling an ERROR. Raise ``TypeError`` when
    *callback* is not callable.
    """
    if not callable(callback):
        raise TypeError(f"app_handlers() argument must be callable, not {_type_name(callback)}")

    def on_open(app: object) -> None:
        callback(WebSocketEvent.OPENED, None)

    def on_message(app: object, message: str | bytes) -> None:
        callback(WebSocketEvent.MESSAGE, message)

    def on_error(app: object, error: BaseException) -> None:
        if _is_close_notice(error):
            return
        callback(WebSocketEvent.ERROR, error)

    def on_close(app: object, code: int | None, reason: str | None) -> None:
        callback(WebSocketEvent.CLOSED, (code, reason))

    return {
        "on_open": on_open,
        "on_message": on_message,
        "on_error": on_error,
        "on_close": on_close,
    }


def _is_close_notice(error: object) -> bool:
    """Return whether *error* is websocket-client's notice of the server's close frame."""
    if isinstance(error, BaseException):
        # 1.9.1 and later: the close code is set on the exception, as None when the
        # frame carried none. No other WebSocketConnectionClosedException has it.
        return type(error).__name__ == "WebSocketConnectionClosedException" and hasattr(
            error, "status_code"
        )
    # 1.9.0: the close frame itself, an ABNF object.
    return getattr(error, "opcode", None) == _CLOSE_OPCODE
