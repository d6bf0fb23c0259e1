"""Types that mypy and pyright must both infer for the public API."""

from typing import Literal

from typing_extensions import assert_never, assert_type

from websocket_event import (
    WebSocketEvent,
    WebSocketEventName,
    WebSocketEventValue,
    WebSocketStatus,
    WebSocketStatusName,
    WebSocketStatusValue,
)


def member_values(event: WebSocketEvent) -> None:
    assert_type(WebSocketEvent.OPENED, Literal[WebSocketEvent.OPENED])
    assert_type(WebSocketEvent.OPENED.value, Literal["opened"])
    assert_type(WebSocketEvent.MESSAGE.value, Literal["message"])
    assert_type(WebSocketEvent.OPENED.name, Literal["OPENED"])
    assert_type(WebSocketEvent.OPENED.description, str)
    assert_type(event.value, WebSocketEventValue)
    name: str = event.name  # mypy infers str, pyright the name literals
    print(name)


def status_values(status: WebSocketStatus) -> None:
    assert_type(WebSocketStatus.OPEN.value, Literal["open"])
    assert_type(status.value, WebSocketStatusValue)
    assert_type(WebSocketStatus.OPEN.name, Literal["OPEN"])


def lookups(text: str, anything: object) -> None:
    assert_type(WebSocketEvent.from_value("opened"), Literal[WebSocketEvent.OPENED])
    assert_type(WebSocketEvent.from_value("message"), Literal[WebSocketEvent.MESSAGE])
    assert_type(WebSocketEvent.from_value(text), WebSocketEvent)
    assert_type(WebSocketEvent.from_name("CLOSED"), Literal[WebSocketEvent.CLOSED])
    assert_type(WebSocketEvent.from_name(text), WebSocketEvent)
    assert_type(WebSocketEvent.parse(text), WebSocketEvent)
    assert_type(WebSocketEvent.get(anything), WebSocketEvent | None)
    assert_type(WebSocketEvent.get(anything, 0), WebSocketEvent | int)
    assert_type(WebSocketEvent.get(anything, WebSocketEvent.ERROR), WebSocketEvent)
    assert_type(WebSocketEvent.values(), tuple[WebSocketEventValue, ...])
    assert_type(WebSocketEvent.names(), tuple[WebSocketEventName, ...])
    assert_type(WebSocketStatus.from_value("open"), Literal[WebSocketStatus.OPEN])
    assert_type(WebSocketStatus.from_name("CLOSING"), Literal[WebSocketStatus.CLOSING])
    assert_type(WebSocketStatus.parse(text), WebSocketStatus)
    assert_type(WebSocketStatus.values(), tuple[WebSocketStatusValue, ...])
    assert_type(WebSocketStatus.names(), tuple[WebSocketStatusName, ...])


def narrowing(text: str) -> None:
    if WebSocketEvent.is_value(text):
        assert_type(text, WebSocketEventValue)
    if WebSocketStatus.is_value(text):
        assert_type(text, WebSocketStatusValue)


def statuses(event: WebSocketEvent) -> None:
    assert_type(WebSocketEvent.OPENING.status, Literal[WebSocketStatus.OPENING])
    assert_type(WebSocketEvent.OPENED.status, Literal[WebSocketStatus.OPEN])
    assert_type(WebSocketEvent.CLOSING.status, Literal[WebSocketStatus.CLOSING])
    assert_type(WebSocketEvent.CLOSED.status, Literal[WebSocketStatus.CLOSED])
    assert_type(WebSocketEvent.ERROR.status, None)
    assert_type(WebSocketEvent.MESSAGE.status, None)
    assert_type(event.status, WebSocketStatus | None)
    assert_type(event.is_lifecycle, bool)


def label_with_if(event: WebSocketEvent) -> str:
    if event is WebSocketEvent.OPENING:
        return "connecting"
    elif event is WebSocketEvent.OPENED:
        return "connected"
    elif event is WebSocketEvent.CLOSING:
        return "closing"
    elif event is WebSocketEvent.CLOSED:
        return "closed"
    elif event is WebSocketEvent.ERROR:
        return "failed"
    elif event is WebSocketEvent.MESSAGE:
        return "received"
    else:
        assert_never(event)


def label_with_match(event: WebSocketEvent) -> str:
    match event:
        case WebSocketEvent.OPENING | WebSocketEvent.OPENED:
            return "up"
        case WebSocketEvent.CLOSING | WebSocketEvent.CLOSED:
            return "down"
        case WebSocketEvent.ERROR:
            return "failed"
        case WebSocketEvent.MESSAGE:
            return "received"
        case _:
            assert_never(event)


def label_status(status: WebSocketStatus) -> str:
    match status:
        case WebSocketStatus.OPENING:
            return "connecting"
        case WebSocketStatus.OPEN:
            return "connected"
        case WebSocketStatus.CLOSING:
            return "closing"
        case WebSocketStatus.CLOSED:
            return "closed"
        case _:
            assert_never(status)


def as_plain_str(event: WebSocketEvent) -> str:
    text: str = event
    return text + f"{event:>9}"


def is_opened(event: WebSocketEvent) -> bool:
    return event is WebSocketEvent.OPENED


def is_opened_value(event: WebSocketEvent) -> bool:
    return event.value == "opened"
