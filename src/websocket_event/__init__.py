"""Typed constants for websocket events and connection status.

A port of CommandPost's ``cp.websocket.event`` and ``cp.websocket.status``: the six
events a websocket connection reports to application code, and the four statuses it
moves through.
"""

from ._event import WebSocketEvent, WebSocketEventName, WebSocketEventValue
from ._lookup import MAX_INPUT_LENGTH
from ._status import WebSocketStatus, WebSocketStatusName, WebSocketStatusValue
from ._tracker import LifecycleTracker

__all__ = [
    "MAX_INPUT_LENGTH",
    "LifecycleTracker",
    "WebSocketEvent",
    "WebSocketEventName",
    "WebSocketEventValue",
    "WebSocketStatus",
    "WebSocketStatusName",
    "WebSocketStatusValue",
    "__version__",
]

__version__ = "0.1.0"
