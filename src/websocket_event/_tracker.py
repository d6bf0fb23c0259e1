"""CommandPost's lifecycle rules, as a small state machine with no I/O.

CommandPost's transports keep a :class:`WebSocketStatus` beside the events they report.
They start ``CLOSED`` and apply these rules to everything that happens:

- a lifecycle event (OPENING, OPENED, CLOSING, CLOSED) moves the status to the one it
  leads to, and is reported only if that changes the status;
- MESSAGE never changes the status, and is reported only while ``OPEN``;
- ERROR never changes the status, and is not reported while ``CLOSING`` or ``CLOSED``,
  because an error during or after a close gives the application nothing to act on.
"""

from ._event import WebSocketEvent
from ._lookup import _type_name  # pyright: ignore[reportPrivateUsage]
from ._status import WebSocketStatus

__all__ = ["LifecycleTracker"]

# Statuses in which an ERROR is dropped rather than reported.
_QUIET_STATUSES = frozenset({WebSocketStatus.CLOSING, WebSocketStatus.CLOSED})


class LifecycleTracker:
    """Track a connection's status and decide which events to report.

    Feed it every event a transport produces, in order; :meth:`feed` returns the
    event when CommandPost's rules report it and ``None`` when they drop it.

    NOTE: CommandPost's transports report data that arrives while the connection is
    not open as an ERROR. This tracker drops such a MESSAGE instead, and leaves it to
    the caller to report an ERROR if it wants one.
    """

    __slots__ = ("_status",)

    def __init__(self) -> None:
        self._status = WebSocketStatus.CLOSED

    def __repr__(self) -> str:
        return f"<LifecycleTracker status={self._status.value!r}>"

    @property
    def status(self) -> WebSocketStatus:
        """Current status: ``CLOSED`` before the first lifecycle event."""
        return self._status

    def feed(self, event: WebSocketEvent) -> WebSocketEvent | None:
        """Apply *event* to the status and return it if it is to be reported.

        Raise ``TypeError`` if *event* is not a :class:`WebSocketEvent` member; a
        plain string is rejected too, because ``"closed"`` is also a status value.
        """
        if not isinstance(event, WebSocketEvent):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(
                f"LifecycleTracker.feed() argument must be WebSocketEvent, not {_type_name(event)}"
            )

        new_status = event.status
        if new_status is not None:
            if new_status is self._status:
                return None
            self._status = new_status
            return event

        if event is WebSocketEvent.MESSAGE:
            return event if self._status is WebSocketStatus.OPEN else None

        # ERROR: reported unless the connection is closing or closed.
        return None if self._status in _QUIET_STATUSES else event
