"""The stock enum lookups `Class(value)`, `Class[name]` and `in`, on every version."""

import contextlib
import pickle
import sys
import time

import pytest

from websocket_event import WebSocketEvent, WebSocketStatus
from websocket_event._lookup import TextEnum

ENUMS = [WebSocketEvent, WebSocketStatus]
HUGE = "x" * 10_000_000


@pytest.mark.parametrize("enum_class", ENUMS)
def test_call_and_getitem_find_members(enum_class: type[TextEnum]) -> None:
    for member in enum_class:
        assert enum_class(member.value) is member
        assert enum_class(member) is member
        assert enum_class[member.name] is member


def test_call_rejects_with_short_message() -> None:
    with pytest.raises(ValueError, match=r"^'openned' is not a valid WebSocketEvent value\."):
        WebSocketEvent("openned")
    with pytest.raises(ValueError, match=r"^WebSocketEvent\(\) argument must be str, not int$"):
        WebSocketEvent(1)  # type: ignore[arg-type]


def test_getitem_rejects_with_short_message() -> None:
    with pytest.raises(KeyError, match=r"'opened' is not a WebSocketEvent member name\."):
        WebSocketEvent["opened"]
    with pytest.raises(KeyError, match=r"WebSocketEvent\[\] key must be str, not NoneType"):
        WebSocketEvent[None]  # type: ignore[index]


def test_huge_input_message_is_cut() -> None:
    with pytest.raises(ValueError, match="is not a valid") as value_error:
        WebSocketEvent(HUGE)
    with pytest.raises(KeyError, match="is not a WebSocketEvent member name") as key_error:
        WebSocketEvent[HUGE]
    for error in (value_error.value, key_error.value):
        assert len(str(error)) < 300
        assert "(10000000 characters)" in str(error)


def test_huge_input_rejected_without_reading_it() -> None:
    def best(text: str) -> float:
        times = []
        for _ in range(5):
            start = time.perf_counter()
            with contextlib.suppress(ValueError):
                WebSocketEvent(text)
            times.append(time.perf_counter() - start)
        return min(times)

    # A generous ratio, not a time limit: reading 10 MB would cost thousands of times more.
    assert best(HUGE) < 50 * best("x" * 10)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("opened", True),
        (WebSocketEvent.OPENED, True),
        (WebSocketStatus.CLOSED, True),  # a str equal to "closed"
        ("OPENED", False),
        ("open", False),
        (1, False),
        ([], False),
        (None, False),
    ],
)
def test_contains_same_on_every_version(item: object, expected: bool) -> None:
    assert (item in WebSocketEvent) is expected


def test_functional_api_still_rejects_extension() -> None:
    # The stock error, whose type differs between versions: the class cannot grow.
    with pytest.raises((TypeError, ValueError), match=r"WebSocketEvent|extend"):
        WebSocketEvent("Other", ["A"])  # type: ignore[call-overload]


def test_unsealed_base_keeps_stock_behaviour() -> None:
    # The stock errors of an enum without members, which differ between versions.
    with pytest.raises((TypeError, ValueError), match="TextEnum"):
        TextEnum("opened")
    with pytest.raises(KeyError):
        TextEnum["OPENED"]
    # Stock: False before Python 3.12, True from 3.12 on (an instance of a subclass).
    assert (WebSocketEvent.OPENED in TextEnum) is (sys.version_info >= (3, 12))


def test_pickle_goes_through_call() -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(WebSocketStatus.OPEN, protocol)) is WebSocketStatus.OPEN
