"""Lookups called from many threads at once return what they return in one thread.

The enums keep no mutable state after ``seal``: each lookup reads fixed tables and
builds its own error. These tests start eight threads together on a barrier, with
the interpreter switching threads as often as it can, and record every result that
differs from the one computed beforehand in the main thread.
"""

import enum
import random
import sys
import threading
from collections.abc import Callable, Iterator
from functools import partial

import pytest

import websocket_event
from websocket_event._lookup import TextEnum

ENUMS: list[type[TextEnum]] = [
    obj
    for obj in (getattr(websocket_event, name) for name in websocket_event.__all__)
    if isinstance(obj, type) and issubclass(obj, enum.Enum)
]

THREADS = 8
ITERATIONS = 150

Call = Callable[[], object]


def _outcome(call: Call) -> object:
    """Return what *call* returns, or the type and message of the exception it raises."""
    try:
        return call()
    except (ValueError, KeyError, TypeError) as error:
        return (type(error), error.args)


def _cases(cls: type[TextEnum]) -> Iterator[tuple[str, Call]]:
    """Yield a label and a call for every lookup of *cls*, accepted and rejected."""
    for member in cls:
        value, name = member.value, member.name
        yield f"parse({value!r})", partial(cls.parse, value)
        yield f"parse({name!r})", partial(cls.parse, f"\t{name.title()} ")
        yield f"parse({value!r}+x)", partial(cls.parse, value + "x")
        yield f"get({name!r})", partial(cls.get, name.lower())
        yield f"get({value!r}+zwsp)", partial(cls.get, value + "\u200b")
        yield f"from_value({value!r})", partial(cls.from_value, value)
        yield f"from_value({name!r})", partial(cls.from_value, name)
        yield f"from_name({name!r})", partial(cls.from_name, name)
        yield f"from_name({value!r})", partial(cls.from_name, value)
        yield f"is_value({value!r})", partial(cls.is_value, value)
        yield f"is_value({name!r})", partial(cls.is_value, name)
        yield f"{name}.status", partial(getattr, member, "status", None)
    yield "parse(long)", partial(cls.parse, " " * 1000)
    yield "parse(bytes)", partial(cls.parse, b"opened")
    yield "values()", cls.values
    yield "names()", cls.names


CASES = [(f"{cls.__name__}.{label}", call) for cls in ENUMS for label, call in _cases(cls)]


def _same(got: object, expected: object) -> bool:
    # Members, None, booleans and exception types must be the very same objects.
    if isinstance(expected, tuple) and isinstance(got, tuple):
        return len(got) == len(expected) and all(map(_same, got, expected))
    return got is expected or (type(got) is type(expected) is str and got == expected)


@pytest.fixture
def frequent_switches() -> Iterator[None]:
    """Make the interpreter switch threads as often as it can."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(interval)


@pytest.mark.usefixtures("frequent_switches")
def test_concurrent_lookups_agree() -> None:
    expected = [_outcome(call) for _, call in CASES]
    # Every kind of result is present, so a wrong one has something to differ from.
    assert any(isinstance(result, TextEnum) for result in expected)
    assert any(isinstance(result, tuple) and result[0] is ValueError for result in expected)
    assert any(isinstance(result, tuple) and result[0] is KeyError for result in expected)
    assert any(isinstance(result, tuple) and result[0] is TypeError for result in expected)
    assert any(result is None for result in expected)
    labels = [label for label, _ in CASES]
    for cls in ENUMS:
        for member in cls:
            assert expected[labels.index(f"{cls.__name__}.parse({member.value!r})")] is member

    barrier = threading.Barrier(THREADS, timeout=60)
    mismatches: list[tuple[int, str, object, object]] = []
    calls_made = [0] * THREADS

    def work(index: int) -> None:
        # Each thread runs the cases in its own order, so different lookups overlap.
        order = list(range(len(CASES)))
        random.Random(index).shuffle(order)
        barrier.wait()
        for _ in range(ITERATIONS):
            for position in order:
                label, call = CASES[position]
                got = _outcome(call)
                if not _same(got, expected[position]):
                    mismatches.append((index, label, got, expected[position]))
                calls_made[index] += 1

    threads = [threading.Thread(target=work, args=(index,)) for index in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads)

    assert mismatches == []
    assert calls_made == [ITERATIONS * len(CASES)] * THREADS


def test_same_detects_difference() -> None:
    # The comparison that the concurrent test relies on distinguishes results.
    event, status = ENUMS[0], ENUMS[1]
    first = next(iter(event))
    assert _same(first, first)
    assert not _same(first, first.value)
    assert not _same(first, status.get(first.value))
    assert not _same((ValueError, ("a",)), (KeyError, ("a",)))
    assert not _same((ValueError, ("a",)), (ValueError, ("b",)))
    assert _same((ValueError, ("a",)), (ValueError, ("a",)))
    assert not _same(None, False)
