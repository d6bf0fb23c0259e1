"""Tests for the lookups that `seal` builds for each class.

`seal` replaces the five lookups declared in `TextEnum` with closures over the class's
tables, which read a plain str in line and everything else through `_plain_text`.
These tests check that the two paths agree, that the installed lookups present
themselves as the declarations, and that the declarations refuse to run unsealed.
"""

import inspect

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from websocket_event import MAX_INPUT_LENGTH, WebSocketEvent, WebSocketStatus
from websocket_event._lookup import TextEnum

ENUMS = [WebSocketEvent, WebSocketStatus]

LOOKUP_NAMES = ["from_value", "from_name", "parse", "get", "is_value"]

# Hypothesis deadlines measure wall-clock time, which a busy machine makes unreliable.
RELAXED = settings(deadline=None, max_examples=300)


class PlainSubclass(str):
    """A str subclass with no methods of its own: it takes the general path."""


def outcome(cls: type[TextEnum], name: str, text: object) -> object:
    """Return what lookup *name* returns for *text*, or its exception's type and text."""
    try:
        return getattr(cls, name)(text)
    except (ValueError, KeyError, TypeError) as error:
        return type(error), str(error)


def spellings(cls: type[TextEnum]) -> list[str]:
    """Return texts near the members' spellings: exact, other case, padded, at the limit."""
    texts = []
    for member in cls:
        for word in (member.value, member.name):
            texts += [word, word.title(), f" {word}\n", word.center(MAX_INPUT_LENGTH)]
            texts.append(word.center(MAX_INPUT_LENGTH + 1))
    return texts


@pytest.fixture(params=ENUMS, ids=lambda cls: cls.__name__)
def cls(request: pytest.FixtureRequest) -> type[TextEnum]:
    return request.param  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", LOOKUP_NAMES)
def test_paths_agree_on_spellings(cls: type[TextEnum], name: str) -> None:
    for text in spellings(cls):
        assert outcome(cls, name, text) == outcome(cls, name, PlainSubclass(text)), text


@RELAXED
@given(
    cls=st.sampled_from(ENUMS),
    name=st.sampled_from(LOOKUP_NAMES),
    text=st.text(max_size=MAX_INPUT_LENGTH + 2) | st.sampled_from(spellings(WebSocketEvent)),
)
def test_paths_agree_on_any_text(cls: type[TextEnum], name: str, text: str) -> None:
    assert outcome(cls, name, text) == outcome(cls, name, PlainSubclass(text))


@pytest.mark.parametrize("name", LOOKUP_NAMES)
def test_installed_lookup_is_classmethod(cls: type[TextEnum], name: str) -> None:
    installed = inspect.getattr_static(cls, name)
    assert isinstance(installed, classmethod)
    assert installed is not inspect.getattr_static(TextEnum, name)


@pytest.mark.parametrize("name", LOOKUP_NAMES)
def test_installed_lookup_keeps_declaration(cls: type[TextEnum], name: str) -> None:
    installed = getattr(cls, name)
    declared = getattr(TextEnum, name)
    assert installed.__name__ == name
    assert installed.__qualname__ == f"{cls.__name__}.{name}"
    assert installed.__doc__ == declared.__doc__
    assert installed.__doc__
    assert inspect.signature(installed) == inspect.signature(declared)


def test_lookups_built_per_class() -> None:
    event = inspect.getattr_static(WebSocketEvent, "parse").__func__
    status = inspect.getattr_static(WebSocketStatus, "parse").__func__
    assert event is not status
    # Each closure reads its own class's table: "open" is a status, not an event.
    assert WebSocketStatus.get("open") is WebSocketStatus.OPEN
    assert WebSocketEvent.get("open") is None


class Unsealed(TextEnum):
    """An enum that `seal` has not finished, so it has no lookup tables."""

    ONE = "one"


@pytest.mark.parametrize("name", LOOKUP_NAMES)
def test_unsealed_lookup_raises(name: str) -> None:
    with pytest.raises(TypeError, match=rf"^Unsealed\.{name}\(\) works only once seal\(\)"):
        getattr(Unsealed, name)("one")
