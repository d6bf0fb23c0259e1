"""The TypeError of every adapter function: its wording and how it shows the type name."""

from collections.abc import Callable

import pytest

from websocket_event.adapters import browser
from websocket_event.adapters.aiohttp import event_from_msg_type
from websocket_event.adapters.starlette import status_from_state as starlette_status
from websocket_event.adapters.websocket_client import app_handlers
from websocket_event.adapters.websockets import status_from_state as websockets_status
from websocket_event.adapters.wsproto import event_from_wsproto
from websocket_event.adapters.wsproto import status_from_state as wsproto_status

# Each adapter function that checks its argument's type, with the start of its message.
FUNCTIONS: dict[str, tuple[Callable[..., object], str]] = {
    "aiohttp": (
        event_from_msg_type,
        "event_from_msg_type() argument must be an aiohttp WSMsgType member or its name",
    ),
    "starlette": (
        starlette_status,
        "status_from_state() argument must be a Starlette WebSocketState member or its name",
    ),
    "websockets": (
        websockets_status,
        "status_from_state() argument must be a websockets State member or its name",
    ),
    "wsproto state": (
        wsproto_status,
        "status_from_state() argument must be a wsproto ConnectionState member or its name",
    ),
    "wsproto event": (
        event_from_wsproto,
        "event_from_wsproto() argument must be a wsproto event",
    ),
    "browser event": (
        browser.event_from_browser,
        "event_from_browser() argument must be str",
    ),
    "browser readyState": (
        browser.status_from_ready_state,
        "status_from_ready_state() argument must be int",
    ),
    "to browser event": (
        browser.to_browser_event,
        "to_browser_event() argument must be a WebSocketEvent member",
    ),
    "to readyState": (
        browser.to_ready_state,
        "to_ready_state() argument must be a WebSocketStatus member",
    ),
    "websocket-client": (
        app_handlers,
        "app_handlers() argument must be callable",
    ),
}

# Instances of classes with hostile names, and how an error message must show each name.
HOSTILE_NAMES = {
    "control characters": ("Evil\x1b[2J\n", r"'Evil\x1b[2J\n'"),
    "non-ASCII": ("Ünïcode", r"'\xdcn\xefcode'"),
    "long": ("N" * 1000, "'" + "N" * 40 + "'... (1000 characters)"),
}


def make_instance(class_name: str) -> object:
    """Return an instance of a new class called *class_name*, neither callable nor str."""
    return type(class_name, (), {})()


@pytest.mark.parametrize("function", sorted(FUNCTIONS))
def test_type_error_names_plain_type(function: str) -> None:
    call, start = FUNCTIONS[function]
    with pytest.raises(TypeError) as caught:
        call(make_instance("Plain"))
    assert str(caught.value) == f"{start}, not Plain"


@pytest.mark.parametrize("case", sorted(HOSTILE_NAMES))
@pytest.mark.parametrize("function", sorted(FUNCTIONS))
def test_type_error_escapes_and_cuts_type_name(function: str, case: str) -> None:
    call, start = FUNCTIONS[function]
    class_name, expected_name = HOSTILE_NAMES[case]
    with pytest.raises(TypeError) as caught:
        call(make_instance(class_name))
    message = str(caught.value)
    assert message == f"{start}, not {expected_name}"
    assert message.isascii()
    assert message.isprintable()
