"""Tests for WebSocketEvent: its members, its status mapping and the package surface."""

import ast
import importlib.metadata
import inspect
import site
import subprocess
import sys
import textwrap
import types
import typing
from pathlib import Path

import pytest

import websocket_event
from websocket_event import (
    WebSocketEvent,
    WebSocketEventName,
    WebSocketEventValue,
    WebSocketStatus,
)

# Name, value and description of each member, in definition order.
MEMBERS = [
    ("OPENING", "opening", "The socket is attempting to open."),
    ("OPENED", "opened", "The socket has opened."),
    ("CLOSING", "closing", "The socket is attempting to close."),
    ("CLOSED", "closed", "The socket has closed."),
    ("ERROR", "error", "There was an error. The connection may still be open."),
    ("MESSAGE", "message", "The socket has sent a message."),
]

STATUS_BY_EVENT = [
    (WebSocketEvent.OPENING, WebSocketStatus.OPENING),
    (WebSocketEvent.OPENED, WebSocketStatus.OPEN),
    (WebSocketEvent.CLOSING, WebSocketStatus.CLOSING),
    (WebSocketEvent.CLOSED, WebSocketStatus.CLOSED),
    (WebSocketEvent.ERROR, None),
    (WebSocketEvent.MESSAGE, None),
]

CORE_NAMES = {
    "MAX_INPUT_LENGTH",
    "WebSocketEvent",
    "WebSocketEventName",
    "WebSocketEventValue",
    "WebSocketStatus",
    "WebSocketStatusName",
    "WebSocketStatusValue",
    "__version__",
}

# Modules that `import websocket_event` must not import: they are slow to import, or
# optional dependencies, or needed only for type checking or the command line.
HEAVY_MODULES = [
    "difflib",
    "typing_extensions",
    "websockets",
    "aiohttp",
    "json",
    "argparse",
    "asyncio",
]


def test_members_in_order() -> None:
    assert [(member.name, member.value, member.description) for member in WebSocketEvent] == (
        MEMBERS
    )


@pytest.mark.parametrize(("name", "value", "description"), MEMBERS)
def test_member(name: str, value: str, description: str) -> None:
    member = WebSocketEvent[name]
    assert member.name == name
    assert member.value == value
    assert type(member.value) is str
    assert member.description == description
    assert member.__doc__ == description
    assert WebSocketEvent(value) is member
    assert getattr(WebSocketEvent, name) is member


def test_no_aliases() -> None:
    assert len(WebSocketEvent) == 6
    assert len(WebSocketEvent.__members__) == 6
    assert list(WebSocketEvent.__members__) == [name for name, _, _ in MEMBERS]
    assert list(WebSocketEvent.__members__.values()) == list(WebSocketEvent)
    assert len(set(WebSocketEvent.values())) == 6


def test_members_not_annotated() -> None:
    annotations = inspect.get_annotations(WebSocketEvent)
    assert set(annotations).isdisjoint(WebSocketEvent.names())


def test_values_and_names() -> None:
    assert WebSocketEvent.values() == tuple(value for _, value, _ in MEMBERS)
    assert WebSocketEvent.names() == tuple(name for name, _, _ in MEMBERS)


def test_value_alias_args() -> None:
    assert typing.get_args(WebSocketEventValue) == WebSocketEvent.values()


def test_name_alias_args() -> None:
    assert typing.get_args(WebSocketEventName) == WebSocketEvent.names()


@pytest.mark.parametrize(("event", "status"), STATUS_BY_EVENT, ids=lambda item: str(item))
def test_status(event: WebSocketEvent, status: WebSocketStatus | None) -> None:
    assert event.status is status


@pytest.mark.parametrize(("event", "status"), STATUS_BY_EVENT, ids=lambda item: str(item))
def test_is_lifecycle(event: WebSocketEvent, status: WebSocketStatus | None) -> None:
    assert event.is_lifecycle is (status is not None)


def test_lifecycle_events() -> None:
    lifecycle = [event for event in WebSocketEvent if event.is_lifecycle]
    assert lifecycle == [
        WebSocketEvent.OPENING,
        WebSocketEvent.OPENED,
        WebSocketEvent.CLOSING,
        WebSocketEvent.CLOSED,
    ]


@pytest.mark.parametrize("name", ["status", "is_lifecycle"])
def test_status_read_only(name: str) -> None:
    for event in WebSocketEvent:
        before = getattr(event, name)
        with pytest.raises(AttributeError):
            setattr(event, name, None)
        assert getattr(event, name) is before


def test_version_matches_metadata() -> None:
    try:
        installed = importlib.metadata.version("websocket-event")
    except importlib.metadata.PackageNotFoundError:
        pytest.fail("websocket-event is not installed: run pip install -e '.[test]'")
    assert websocket_event.__version__ == installed


def test_all_is_public_names() -> None:
    public = {
        name
        for name, value in vars(websocket_event).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert len(websocket_event.__all__) == len(set(websocket_event.__all__))
    assert set(websocket_event.__all__) == public | {"__version__"}
    assert set(websocket_event.__all__) >= CORE_NAMES


def test_all_importable() -> None:
    namespace: dict[str, object] = {}
    exec("from websocket_event import *", namespace)
    for name in websocket_event.__all__:
        assert namespace[name] is getattr(websocket_event, name)


def test_import_is_light() -> None:
    # -S skips the .pth files of site-packages, which may import modules of their own
    # (a coverage start-up hook imports several). The site-packages directories are
    # still put on the path, so that an accidental import succeeds and is reported.
    source = Path(websocket_event.__file__).resolve().parent.parent
    script = textwrap.dedent(
        """
        import sys
        before = set(sys.modules)
        sys.path[:0] = sys.argv[1:]
        import websocket_event
        print(sorted(before))
        print(sorted(set(sys.modules) - before))
        """
    )
    result = subprocess.run(
        [sys.executable, "-I", "-S", "-c", script, str(source), *site.getsitepackages()],
        capture_output=True,
        text=True,
        check=True,
    )
    preloaded, imported = (set(ast.literal_eval(line)) for line in result.stdout.splitlines())
    assert "websocket_event" in imported
    assert preloaded.isdisjoint(HEAVY_MODULES)
    assert sorted(imported.intersection(HEAVY_MODULES)) == []
