"""Types that mypy and pyright must both infer for the JSON Schema and argparse helpers."""

from typing import Any

from typing_extensions import assert_type

from websocket_event import WebSocketEvent, WebSocketStatus
from websocket_event.argparse import EnumType


def schemas() -> None:
    assert_type(WebSocketEvent.json_schema(), dict[str, Any])
    assert_type(WebSocketStatus.json_schema(), dict[str, Any])
    assert_type(WebSocketEvent.OPENED.json_schema(), dict[str, Any])

    schema = WebSocketEvent.json_schema()
    del schema["$schema"]
    schema["$id"] = "https://example.com/schemas/websocket-event.json"
    titles: list[str] = [entry["title"] for entry in schema["oneOf"]]
    print(titles)


def argparse_types(text: str) -> None:
    assert_type(EnumType(WebSocketEvent), EnumType[WebSocketEvent])
    assert_type(EnumType(WebSocketEvent)(text), WebSocketEvent)
    assert_type(EnumType(WebSocketStatus)(text), WebSocketStatus)
