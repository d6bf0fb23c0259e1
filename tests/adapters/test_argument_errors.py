"""TypeError messages of the adapter functions, and which enum members they accept."""

import enum
from collections.abc import Callable

import pytest

from websocket_event import WebSocketEvent
from websocket_event.adapters import aiohttp, browser, starlette, websockets, wsproto
from websocket_event.adapters.websocket_client import app_handlers


class WSMsgType(enum.Enum):
    """An enum with the class name of aiohttp's, defined outside aiohttp."""

    TEXT = 1


@pytest.mark.parametrize(
    ("function", "argument"),
    [
        (aiohttp.event_from_msg_type, 1.5),
        (starlette.status_from_state, 1.5),
        (websockets.status_from_state, 1.5),
        (wsproto.status_from_state, 1.5),
        (wsproto.event_from_wsproto, 1.5),
        (browser.event_from_browser, 1.5),
        (browser.status_from_ready_state, 1.5),
        (browser.status_from_ready_state, True),
        (browser.to_browser_event, 1.5),
        (browser.to_ready_state, 1.5),
    ],
)
def test_adapter_type_error_names_function(
    function: Callable[[object], object], argument: object
) -> None:
    with pytest.raises(TypeError) as caught:
        function(argument)
    assert str(caught.value).startswith(f"{function.__name__}() argument must be ")


def test_adapter_rejects_lookalike_enum() -> None:
    with pytest.raises(TypeError, match=r"^event_from_msg_type\(\) argument must be "):
        aiohttp.event_from_msg_type(WSMsgType.TEXT)  # type: ignore[arg-type]


def test_ready_state_of_64_bits_is_quoted() -> None:
    number = 2**63  # the largest number quoted in full has 64 bits
    with pytest.raises(ValueError, match=rf"^{number} "):
        browser.status_from_ready_state(number)


def test_ready_state_error_lists_valid_values() -> None:
    valid = r"Valid values: 0 \(CONNECTING\), 1 \(OPEN\), 2 \(CLOSING\), 3 \(CLOSED\)\.$"
    with pytest.raises(ValueError, match=valid):
        browser.status_from_ready_state(7)


def test_websocket_client_error_without_opcode() -> None:
    reported: list[tuple[WebSocketEvent, object]] = []
    handlers = app_handlers(lambda event, payload: reported.append((event, payload)))
    notice = object()  # neither an exception nor a close frame
    handlers["on_error"](None, notice)  # type: ignore[arg-type]
    assert reported == [(WebSocketEvent.ERROR, notice)]
