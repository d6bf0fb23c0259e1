"""Tests for the machinery that WebSocketEvent and WebSocketStatus share.

`TextEnum` and `seal` give both enums the same text conversions, lookups, error
messages and immutability, so most tests here run on both. Exact error messages are
pinned for a few inputs, so that a change of wording is deliberate. The last section
tests the machinery on an enum defined here, whose spellings contain letters that
the package's enums lack.
"""

import ast
import collections
import copy
import enum
import inspect
import io
import json
import logging
import pickle
import string
import types
import unittest.mock
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import websocket_event
from websocket_event import MAX_INPUT_LENGTH, WebSocketEvent, WebSocketStatus
from websocket_event._lookup import TextEnum, seal

ENUMS: list[type[TextEnum]] = [WebSocketEvent, WebSocketStatus]

MEMBERS = [member for cls in ENUMS for member in cls]

# Hypothesis deadlines measure wall-clock time, which a busy machine makes unreliable.
RELAXED = settings(deadline=None)

# Every character that `str.strip` removes, computed rather than listed.
WHITESPACE = "".join(chr(code) for code in range(0x110000) if not chr(code).strip())

# Characters that look like or fold to ASCII letters of the member spellings, and
# characters that are invisible but not whitespace. `parse` must reject each of them.
LOOK_ALIKES = [
    "\u043e",  # CYRILLIC SMALL LETTER O
    "\u03bf",  # GREEK SMALL LETTER OMICRON
    "\u0435",  # CYRILLIC SMALL LETTER IE
    "\u0441",  # CYRILLIC SMALL LETTER ES
    "\u0131",  # LATIN SMALL LETTER DOTLESS I, whose upper case is "I"
    "\u0130",  # LATIN CAPITAL LETTER I WITH DOT ABOVE
    "\u017f",  # LATIN SMALL LETTER LONG S, whose case fold is "s"
    "\u212a",  # KELVIN SIGN, whose lower case is "k"
    "\uff4f",  # FULLWIDTH LATIN SMALL LETTER O
    "\uff2f",  # FULLWIDTH LATIN CAPITAL LETTER O
]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]

# Objects of other types than str, including unhashable ones and a string look-alike
# that hashes and compares like the string it wraps.
NON_STRINGS = [
    None,
    1,
    1.5,
    True,
    b"opened",
    bytearray(b"opened"),
    memoryview(b"opened"),
    ["opened"],
    {"opened": 1},
    {"opened"},
    ("opened",),
    object(),
    collections.UserString("opened"),
    collections.UserString("OPENED"),
    collections.UserString("opening"),
]


def non_string_id(value: object) -> str:
    return type(value).__name__


def quoted(text: str) -> str:
    """Return how an error message is expected to quote *text*."""
    if len(text) <= 40:
        return ascii(text)
    return f"{text[:40]!a}... ({len(text)} characters)"


def state(cls: type[TextEnum]) -> tuple[object, ...]:
    """Return a snapshot of everything a change to *cls* or its members could alter."""
    members = tuple(
        (member.name, member.value, member.description, member.__doc__, dict(vars(member)))
        for member in cls
    )
    return (
        members,
        dict(cls.__members__),
        dict(vars(cls)),
        cls.values(),
        cls.names(),
    )


def spellings(cls: type[TextEnum]) -> dict[str, TextEnum]:
    """Return the ASCII-lower-case spellings that `parse` accepts, by spelling."""
    table: dict[str, TextEnum] = {}
    for member in cls:
        table[member.value.lower()] = member
        table[member.name.lower()] = member
    return table


def reference_parse(cls: type[TextEnum], text: str) -> TextEnum | None:
    """Return what `parse` should give for *text*, written from the documented rules."""
    if len(text) > MAX_INPUT_LENGTH:
        return None
    key = text.strip()
    if not key.isascii():
        return None
    return spellings(cls).get(key.lower())


def case_mix(word: str) -> st.SearchStrategy[str]:
    """Return a strategy for *word* with the case of each ASCII letter chosen freely."""
    flips = st.lists(st.booleans(), min_size=len(word), max_size=len(word))
    return flips.map(
        lambda upper: "".join(
            char.upper() if flip else char.lower() for char, flip in zip(word, upper, strict=True)
        )
    )


def member_and_spelling(cls: type[TextEnum]) -> st.SearchStrategy[tuple[TextEnum, str]]:
    """Return a strategy for a member and its name or value in any ASCII case."""
    return st.sampled_from(list(cls)).flatmap(
        lambda member: st.tuples(
            st.just(member),
            st.sampled_from([member.value, member.name]).flatmap(case_mix),
        )
    )


def members_as_text(cls: type[TextEnum]) -> st.SearchStrategy[str]:
    """Return a strategy for text that is often close to a spelling of a member."""
    near = st.sampled_from(list(spellings(cls))).flatmap(
        lambda word: st.tuples(st.text(max_size=3), case_mix(word), st.text(max_size=3)).map(
            "".join
        )
    )
    return st.one_of(st.text(), near)


@pytest.fixture(params=ENUMS, ids=lambda cls: cls.__name__)
def cls(request: pytest.FixtureRequest) -> type[TextEnum]:
    return request.param  # type: ignore[no-any-return]


class Capture(logging.Handler):
    """Logging handler that keeps each record and its formatted line."""

    def __init__(self, formatter: logging.Formatter) -> None:
        super().__init__()
        self.setFormatter(formatter)
        self.records: list[logging.LogRecord] = []
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        self.lines.append(self.format(record))


@pytest.fixture
def logger() -> Iterator[tuple[logging.Logger, Capture]]:
    log = logging.getLogger("websocket_event.tests.text")
    handler = Capture(logging.Formatter("%(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    try:
        yield log, handler
    finally:
        log.removeHandler(handler)


# Text conversions


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_str_is_value(member: TextEnum) -> None:
    text = str(member)
    assert text == member.value
    assert type(text) is str


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
@pytest.mark.parametrize("spec", ["", ">9", "<9", "^10", "*^12", "s", ".3", "10.2s", "-^3"])
def test_format_spec(member: TextEnum, spec: str) -> None:
    expected = format(member.value, spec)
    assert format(member, spec) == expected
    assert type(format(member, spec)) is str
    assert f"{member:{spec}}" == expected
    assert ("{:" + spec + "}").format(member) == expected


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_text_conversions(member: TextEnum) -> None:
    value = member.value
    assert f"{member}" == value
    assert f"{member:>9}" == f"{value:>9}"
    assert f"{member:^10}" == f"{value:^10}"
    assert format(member, "") == value
    assert f"{member!s}" == value
    assert "%s" % member == value  # noqa: UP031
    assert "%s" % (member,) == value  # noqa: UP031
    assert "%-9s|" % member == f"{value:<9}|"  # noqa: UP031
    assert "%(m)s" % {"m": member} == value  # noqa: UP031
    assert "{}".format(member) == value  # noqa: UP032
    assert "{0!s}".format(member) == value  # noqa: UP030, UP032
    assert string.Template("$m").substitute(m=member) == value
    assert "-".join([member, member]) == f"{value}-{value}"
    assert member + "!" == value + "!"


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_repr_is_stock(member: TextEnum) -> None:
    expected = f"<{type(member).__name__}.{member.name}: {member.value!r}>"
    assert repr(member) == expected
    assert f"{member!r}" == expected
    assert "%r" % member == expected  # noqa: UP031


def test_repr_opened() -> None:
    assert repr(WebSocketEvent.OPENED) == "<WebSocketEvent.OPENED: 'opened'>"
    assert repr(WebSocketStatus.OPEN) == "<WebSocketStatus.OPEN: 'open'>"


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_logging_gives_value(member: TextEnum, logger: tuple[logging.Logger, Capture]) -> None:
    log, handler = logger
    log.info("%s", member)
    log.info(member)
    log.info("event %s at %-8s|", member, member)
    log.info("%(event)s", {"event": member})

    value = member.value
    assert handler.lines == [
        f"INFO {value}",
        f"INFO {value}",
        f"INFO event {value} at {value:<8}|",
        f"INFO {value}",
    ]
    assert [record.getMessage() for record in handler.records] == [
        value,
        value,
        f"event {value} at {value:<8}|",
        value,
    ]
    assert handler.records[0].args == (member,)
    assert handler.records[0].args[0] is member


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_logging_brace_style(member: TextEnum) -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "%s", (member,), None)
    formatter = logging.Formatter("[{message}] {levelname}", style="{")
    assert formatter.format(record) == f"[{member.value}] INFO"


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_print_writes_value(member: TextEnum) -> None:
    output = io.StringIO()
    print(member, file=output)
    assert output.getvalue() == member.value + "\n"


# Members are strings


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_member_equals_value(member: TextEnum) -> None:
    value = member.value
    assert isinstance(member, str)
    assert type(value) is str
    assert member == value
    assert value == member
    assert (member != value) is False
    assert hash(member) == hash(value)
    assert member.upper() == value.upper()
    assert len(member) == len(value)


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_member_as_dict_key(member: TextEnum) -> None:
    by_member = {member: "x"}
    by_value = {member.value: "y"}
    assert by_member[member.value] == "x"
    assert by_value[member] == "y"
    assert member.value in by_member
    assert member in by_value


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_member_in_set(member: TextEnum) -> None:
    assert member.value in {member}
    assert member in {member.value}
    assert {member} == {member.value}
    assert len({member, member.value}) == 1


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_json_writes_value(member: TextEnum) -> None:
    value = member.value
    assert json.dumps(member) == f'"{value}"'
    assert json.dumps({member: member}) == f'{{"{value}": "{value}"}}'
    assert json.dumps([member], indent=None) == f'["{value}"]'
    assert json.loads(json.dumps({member: member})) == {value: value}


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_pickle_gives_member(member: TextEnum, protocol: int) -> None:
    assert pickle.loads(pickle.dumps(member, protocol)) is member
    assert pickle.loads(pickle.dumps([member, member], protocol))[1] is member


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_pickle_by_value(member: TextEnum, protocol: int) -> None:
    # By value on every version, so that a pickle loads on each supported Python.
    assert member.__reduce_ex__(protocol) == (type(member), (member.value,))


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_copy_gives_member(member: TextEnum) -> None:
    assert copy.copy(member) is member
    assert copy.deepcopy(member) is member
    assert copy.deepcopy({member: [member]}) == {member: [member]}
    assert next(iter(copy.deepcopy({member: 1}))) is member


# Descriptions


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_doc_is_description(member: TextEnum) -> None:
    assert isinstance(member.description, str)
    assert member.__doc__ == member.description
    assert member.description.endswith(".")


def class_body(cls: type[TextEnum]) -> tuple[list[ast.stmt], ast.Module]:
    source = Path(inspect.getsourcefile(cls) or "").read_text(encoding="utf-8")
    module = ast.parse(source)
    for node in module.body:
        if isinstance(node, ast.ClassDef) and node.name == cls.__name__:
            return node.body, module
    raise AssertionError(f"class {cls.__name__} not found in its source file")


def attribute_docstrings(cls: type[TextEnum]) -> dict[str, str]:
    """Return the string literal under each plain assignment in the class body."""
    body, _ = class_body(cls)
    docstrings: dict[str, str] = {}
    for statement, following in zip(body, [*body[1:], None], strict=True):
        if not isinstance(statement, ast.Assign):
            continue
        assert len(statement.targets) == 1
        target = statement.targets[0]
        assert isinstance(target, ast.Name)
        assert isinstance(following, ast.Expr), f"{target.id} has no docstring"
        assert isinstance(following.value, ast.Constant)
        assert isinstance(following.value.value, str)
        docstrings[target.id] = following.value.value
    return docstrings


def sealed_descriptions(cls: type[TextEnum]) -> dict[str, str]:
    """Return the literal table that the source file passes to `seal` for *cls*."""
    _, module = class_body(cls)
    for node in module.body:
        if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)):
            continue
        call = node.value
        if not (isinstance(call.func, ast.Name) and call.func.id == "seal"):
            continue
        first, table = call.args
        if isinstance(first, ast.Name) and first.id == cls.__name__:
            return ast.literal_eval(table)  # type: ignore[no-any-return]
    raise AssertionError(f"no seal() call for {cls.__name__}")


def test_members_are_plain_assignments(cls: type[TextEnum]) -> None:
    body, _ = class_body(cls)
    assigned = [
        statement.targets[0].id
        for statement in body
        if isinstance(statement, ast.Assign) and isinstance(statement.targets[0], ast.Name)
    ]
    annotated = [
        statement.target.id
        for statement in body
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
    ]
    assert assigned == list(cls.names())
    assert annotated == []
    assert set(inspect.get_annotations(cls)).isdisjoint(cls.names())


def test_docstrings_match_descriptions(cls: type[TextEnum]) -> None:
    docstrings = attribute_docstrings(cls)
    assert list(docstrings) == list(cls.names())
    for member in cls:
        assert docstrings[member.name] == member.description
        assert docstrings[member.name] == member.__doc__


def test_docstrings_match_seal_table(cls: type[TextEnum]) -> None:
    assert sealed_descriptions(cls) == attribute_docstrings(cls)


# Immutability


def test_rebind_member_rejected(cls: type[TextEnum]) -> None:
    before = state(cls)
    for member in cls:
        with pytest.raises(AttributeError):
            setattr(cls, member.name, "other")
        with pytest.raises(AttributeError):
            setattr(cls, member.name, member)
    assert state(cls) == before


def test_delete_member_rejected(cls: type[TextEnum]) -> None:
    before = state(cls)
    for name in cls.names():
        with pytest.raises(AttributeError):
            delattr(cls, name)
    assert state(cls) == before


@pytest.mark.parametrize(
    "name",
    ["EXTRA", "extra", "description", "from_value", "values", "_by_value", "__doc__"],
)
def test_set_class_attribute_rejected(cls: type[TextEnum], name: str) -> None:
    before = state(cls)
    with pytest.raises(AttributeError, match="its members and attributes are fixed"):
        setattr(cls, name, "extra")
    assert state(cls) == before


@pytest.mark.parametrize("name", ["from_value", "values", "_by_value", "__doc__", "EXTRA"])
def test_delete_class_attribute_rejected(cls: type[TextEnum], name: str) -> None:
    before = state(cls)
    with pytest.raises(AttributeError):
        delattr(cls, name)
    assert state(cls) == before


@pytest.mark.parametrize(
    "name", ["description", "__doc__", "_value_", "_name_", "value", "name", "extra"]
)
def test_set_member_attribute_rejected(cls: type[TextEnum], name: str) -> None:
    before = state(cls)
    for member in cls:
        with pytest.raises(AttributeError):
            setattr(member, name, "changed")
    assert state(cls) == before


@pytest.mark.parametrize("name", ["description", "__doc__", "_value_", "_name_", "extra"])
def test_delete_member_attribute_rejected(cls: type[TextEnum], name: str) -> None:
    before = state(cls)
    for member in cls:
        with pytest.raises(AttributeError):
            delattr(member, name)
    assert state(cls) == before


def test_subclass_rejected(cls: type[TextEnum]) -> None:
    before = state(cls)
    with pytest.raises(TypeError):

        class Extended(cls):  # type: ignore[valid-type,misc]
            EXTRA = "extra"

    with pytest.raises(TypeError):
        types.new_class("Extended", (cls,))
    assert state(cls) == before


# Lookups: from_value


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_from_value_exact(member: TextEnum) -> None:
    cls = type(member)
    assert cls.from_value(member.value) is member
    assert cls.from_value(member) is member


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_from_value_rejects_variants(member: TextEnum) -> None:
    cls = type(member)
    variants = [member.name, member.value.upper(), member.value.title(), f" {member.value}"]
    for text in variants:
        with pytest.raises(ValueError, match="is not a valid"):
            cls.from_value(text)


@RELAXED
@given(data=st.data())
def test_from_value_property(data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(ENUMS))
    text = data.draw(members_as_text(cls))
    if text in cls.values():
        assert cls.from_value(text).value == text
    else:
        with pytest.raises(ValueError):  # noqa: PT011
            cls.from_value(text)


# Lookups: from_name


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_from_name_exact(member: TextEnum) -> None:
    assert type(member).from_name(member.name) is member


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_from_name_rejects_variants(member: TextEnum) -> None:
    cls = type(member)
    variants = [member.value, member.name.lower(), member.name.title(), f"{member.name}\n"]
    for text in variants:
        with pytest.raises(KeyError):
            cls.from_name(text)


@RELAXED
@given(data=st.data())
def test_from_name_property(data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(ENUMS))
    text = data.draw(st.one_of(members_as_text(cls), st.sampled_from(cls.names())))
    if text in cls.names():
        assert cls.from_name(text).name == text
    else:
        with pytest.raises(KeyError):
            cls.from_name(text)


# Lookups: parse and get


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_parse_spellings(member: TextEnum) -> None:
    cls = type(member)
    for word in (member.value, member.name):
        for text in (word, word.lower(), word.upper(), word.title(), word.swapcase()):
            assert cls.parse(text) is member
            assert cls.get(text) is member
    assert cls.parse(member) is member


@RELAXED
@given(data=st.data())
def test_parse_case_and_whitespace(data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(ENUMS))
    member, word = data.draw(member_and_spelling(cls))
    before = data.draw(st.text(alphabet=WHITESPACE, max_size=5))
    after = data.draw(st.text(alphabet=WHITESPACE, max_size=5))
    text = before + word + after
    assert cls.parse(text) is member
    assert cls.get(text) is member


@pytest.mark.parametrize("padding", list(WHITESPACE), ids=lambda char: f"U+{ord(char):04X}")
def test_parse_strips_each_whitespace(padding: str) -> None:
    assert WebSocketEvent.parse(f"{padding}Opened{padding}") is WebSocketEvent.OPENED
    assert WebSocketStatus.parse(f"{padding}OPEN") is WebSocketStatus.OPEN


@pytest.mark.parametrize("char", LOOK_ALIKES + ZERO_WIDTH, ids=ascii)
def test_parse_rejects_look_alikes(cls: type[TextEnum], char: str) -> None:
    for member in cls:
        for word in (member.value, member.name):
            candidates = [word[:index] + char + word[index + 1 :] for index in range(len(word))]
            candidates += [word[:index] + char + word[index:] for index in range(len(word) + 1)]
            for text in candidates:
                with pytest.raises(ValueError, match="does not name a"):
                    cls.parse(text)
                assert cls.get(text) is None


def test_parse_rejects_full_width(cls: type[TextEnum]) -> None:
    for member in cls:
        wide = "".join(chr(ord(char) + 0xFEE0) for char in member.value)
        with pytest.raises(ValueError, match="does not name a"):
            cls.parse(wide)
        assert cls.get(wide.upper()) is None


@RELAXED
@given(data=st.data())
def test_parse_matches_reference(data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(ENUMS))
    text = data.draw(members_as_text(cls))
    expected = reference_parse(cls, text)
    assert cls.get(text) is expected
    if expected is None:
        with pytest.raises(ValueError):  # noqa: PT011
            cls.parse(text)
    else:
        assert cls.parse(text) is expected


@pytest.mark.parametrize("word", ["opened", "OPEN", "Closed"])
def test_parse_length_limit(word: str) -> None:
    cls = WebSocketEvent if word.lower() == "opened" else WebSocketStatus
    fits = word.center(MAX_INPUT_LENGTH)
    too_long = fits + " "
    assert len(fits) == MAX_INPUT_LENGTH
    assert cls.parse(fits).value == word.lower()
    assert cls.get(too_long) is None
    with pytest.raises(ValueError, match=f"is longer than {MAX_INPUT_LENGTH} characters"):
        cls.parse(too_long)


@RELAXED
@given(data=st.data())
def test_parse_long_input_rejected(data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(ENUMS))
    _, word = data.draw(member_and_spelling(cls))
    padding = data.draw(st.text(alphabet=WHITESPACE, min_size=MAX_INPUT_LENGTH))
    text = padding + word
    assert cls.get(text, "default") == "default"
    with pytest.raises(ValueError, match="is longer than") as raised:
        cls.parse(text)
    assert "Did you mean" not in str(raised.value)


def test_max_input_length() -> None:
    assert MAX_INPUT_LENGTH == 256
    assert websocket_event.MAX_INPUT_LENGTH is MAX_INPUT_LENGTH


def test_get_default(cls: type[TextEnum]) -> None:
    marker = object()
    assert cls.get("nothing") is None
    assert cls.get("nothing", marker) is marker
    assert cls.get("nothing", default=marker) is marker
    assert cls.get([], default=marker) is marker
    first = next(iter(cls))
    assert cls.get(first.value, default=marker) is first


class Unhashable:
    __hash__ = None  # type: ignore[assignment]


class FailingHash:
    def __hash__(self) -> int:
        raise RuntimeError("hash failed")


class EqualToAll:
    """Object that hashes like "opened" and compares equal to everything."""

    def __hash__(self) -> int:
        return hash("opened")

    def __eq__(self, other: object) -> bool:
        return True


class StrWithoutHash(str):
    __hash__ = None  # type: ignore[assignment]


class StrEqualToAll(str):
    """String that hashes like "opened" and compares equal to everything."""

    def __hash__(self) -> int:
        return hash("opened")

    def __eq__(self, other: object) -> bool:
        return True


ODD_OBJECTS = [
    *NON_STRINGS,
    Unhashable(),
    FailingHash(),
    EqualToAll(),
    # Passes isinstance(value, str) because its __class__ claims to be str.
    unittest.mock.NonCallableMock(spec=str),
]


@pytest.mark.parametrize("value", ODD_OBJECTS, ids=non_string_id)
def test_get_any_object(cls: type[TextEnum], value: object) -> None:
    marker = object()
    assert cls.get(value) is None
    assert cls.get(value, marker) is marker


@RELAXED
@given(
    value=st.recursive(
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(),
            st.floats(),
            st.binary(),
            st.text().map(collections.UserString),
            st.builds(object),
        ),
        lambda children: st.one_of(
            st.lists(children), st.dictionaries(st.text(), children), st.tuples(children)
        ),
    )
)
def test_get_never_raises(value: object) -> None:
    for cls in ENUMS:
        assert cls.get(value) is None
        assert cls.is_value(value) is False


def test_str_subclass_content_decides(cls: type[TextEnum]) -> None:
    first = next(iter(cls))
    assert cls.from_value(StrWithoutHash(first.value)) is first
    assert cls.from_name(StrWithoutHash(first.name)) is first
    assert cls.parse(StrWithoutHash(f" {first.name.lower()} ")) is first
    assert cls.get(StrWithoutHash(first.value)) is first
    assert cls.is_value(StrWithoutHash(first.value)) is True
    assert cls.is_value(StrWithoutHash("nothing")) is False


def test_str_subclass_equality_ignored(cls: type[TextEnum]) -> None:
    text = StrEqualToAll("nothing")
    with pytest.raises(ValueError, match="'nothing' is not a valid"):
        cls.from_value(text)
    with pytest.raises(KeyError, match="'nothing' is not a"):
        cls.from_name(text)
    with pytest.raises(ValueError, match="'nothing' does not name a"):
        cls.parse(text)
    assert cls.get(text) is None
    assert cls.is_value(text) is False


# Lookups: is_value, values, names


def test_is_value(cls: type[TextEnum]) -> None:
    for member in cls:
        assert cls.is_value(member.value) is True
        assert cls.is_value(member) is True
        assert cls.is_value(member.name) is False
        assert cls.is_value(member.value.upper()) is False
        assert cls.is_value(f" {member.value}") is False


@pytest.mark.parametrize("value", ODD_OBJECTS, ids=non_string_id)
def test_is_value_non_str(cls: type[TextEnum], value: object) -> None:
    assert cls.is_value(value) is False


@RELAXED
@given(data=st.data())
def test_is_value_property(data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(ENUMS))
    text = data.draw(members_as_text(cls))
    assert cls.is_value(text) is (text in cls.values())


def test_values_and_names(cls: type[TextEnum]) -> None:
    assert type(cls.values()) is tuple
    assert type(cls.names()) is tuple
    assert cls.values() == tuple(member.value for member in cls)
    assert cls.names() == tuple(member.name for member in cls)
    assert cls.names() == tuple(cls.__members__)


@pytest.mark.parametrize(
    "method", ["from_value", "from_name", "parse", "get", "is_value", "values", "names"]
)
def test_lookups_are_classmethods(cls: type[TextEnum], method: str) -> None:
    assert isinstance(inspect.getattr_static(cls, method), classmethod)
    bound = getattr(cls, method)
    assert bound.__self__ is cls
    first = next(iter(cls))
    assert getattr(first, method).__self__ is cls


# Errors


@pytest.mark.parametrize("method", ["from_value", "from_name", "parse"])
@pytest.mark.parametrize("value", [*NON_STRINGS, Unhashable(), EqualToAll()], ids=non_string_id)
def test_non_str_type_error(cls: type[TextEnum], method: str, value: object) -> None:
    expected = f"{cls.__name__}.{method}() argument must be str, not {type(value).__name__}"
    with pytest.raises(TypeError) as raised:
        getattr(cls, method)(value)
    assert str(raised.value) == expected


@pytest.mark.parametrize(
    ("type_name", "shown"),
    [
        ("Plain", "Plain"),
        ("Caf\u00e9", "'Caf\\xe9'"),
        ("Line\nBreak", "'Line\\nBreak'"),
        ("T" * 41, f"'{'T' * 40}'... (41 characters)"),
    ],
)
def test_type_error_quotes_odd_type_name(type_name: str, shown: str) -> None:
    odd = type(type_name, (), {})()
    for method in ("from_value", "from_name", "parse"):
        with pytest.raises(TypeError) as raised:
            getattr(WebSocketEvent, method)(odd)
        assert str(raised.value) == f"WebSocketEvent.{method}() argument must be str, not {shown}"


VALUES_TEXT = "'opening', 'opened', 'closing', 'closed', 'error', 'message'"
NAMES_TEXT = "'OPENING', 'OPENED', 'CLOSING', 'CLOSED', 'ERROR', 'MESSAGE'"
PARSE_TAIL = f"Expected one of {VALUES_TEXT}, or a member name, in any ASCII letter case."


def test_from_value_message() -> None:
    with pytest.raises(ValueError) as raised:  # noqa: PT011
        WebSocketEvent.from_value("opend")
    assert str(raised.value) == (
        "'opend' is not a valid WebSocketEvent value. Did you mean 'opened'? "
        f"Valid values: {VALUES_TEXT}."
    )


def test_from_value_message_no_hint() -> None:
    with pytest.raises(ValueError) as raised:  # noqa: PT011
        WebSocketEvent.from_value("zzz")
    assert str(raised.value) == (
        f"'zzz' is not a valid WebSocketEvent value. Valid values: {VALUES_TEXT}."
    )


def test_from_value_message_case() -> None:
    with pytest.raises(ValueError) as raised:  # noqa: PT011
        WebSocketStatus.from_value("OPEN")
    assert str(raised.value) == (
        "'OPEN' is not a valid WebSocketStatus value. Did you mean 'open'? "
        "Valid values: 'opening', 'open', 'closing', 'closed'."
    )


def test_from_name_message() -> None:
    with pytest.raises(KeyError) as raised:
        WebSocketEvent.from_name("opened")
    assert raised.value.args == (
        "'opened' is not a WebSocketEvent member name. Did you mean 'OPENED'? "
        f"Valid names: {NAMES_TEXT}.",
    )


def test_from_name_message_no_hint() -> None:
    with pytest.raises(KeyError) as raised:
        WebSocketStatus.from_name("")
    assert raised.value.args == (
        "'' is not a WebSocketStatus member name. "
        "Valid names: 'OPENING', 'OPEN', 'CLOSING', 'CLOSED'.",
    )


def test_parse_message() -> None:
    with pytest.raises(ValueError) as raised:  # noqa: PT011
        WebSocketEvent.parse(" Mesage ")
    assert str(raised.value) == (
        f"' Mesage ' does not name a WebSocketEvent. Did you mean 'message'? {PARSE_TAIL}"
    )


def test_parse_message_escapes() -> None:
    with pytest.raises(ValueError) as raised:  # noqa: PT011
        WebSocketEvent.parse("\u043epened\n")
    assert str(raised.value) == (
        f"'\\u043epened\\n' does not name a WebSocketEvent. Did you mean 'opened'? {PARSE_TAIL}"
    )


def test_parse_message_no_hint() -> None:
    with pytest.raises(ValueError) as raised:  # noqa: PT011
        WebSocketEvent.parse("\u212a")
    assert str(raised.value) == f"'\\u212a' does not name a WebSocketEvent. {PARSE_TAIL}"


def test_parse_message_cut() -> None:
    text = "x" * 41
    with pytest.raises(ValueError) as raised:  # noqa: PT011
        WebSocketEvent.parse(text)
    assert str(raised.value) == (
        f"'{'x' * 40}'... (41 characters) does not name a WebSocketEvent. {PARSE_TAIL}"
    )


def test_parse_message_too_long() -> None:
    text = " " * 300 + "opened"
    with pytest.raises(ValueError) as raised:  # noqa: PT011
        WebSocketEvent.parse(text)
    assert str(raised.value) == (
        f"'{' ' * 40}'... (306 characters) is longer than 256 characters. {PARSE_TAIL}"
    )


def test_status_parse_message() -> None:
    with pytest.raises(ValueError) as raised:  # noqa: PT011
        WebSocketStatus.parse("opn")
    assert str(raised.value) == (
        "'opn' does not name a WebSocketStatus. Did you mean 'open'? Expected one of "
        "'opening', 'open', 'closing', 'closed', or a member name, in any ASCII letter case."
    )


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_hint_for_one_deletion(member: TextEnum) -> None:
    cls = type(member)
    for index in range(len(member.value)):
        typo = member.value[:index] + member.value[index + 1 :]
        if typo in spellings(cls):
            continue
        with pytest.raises(ValueError, match=f"Did you mean {member.value!r}\\?"):
            cls.parse(typo)
        with pytest.raises(ValueError, match=f"Did you mean {member.value!r}\\?"):
            cls.from_value(typo)
        with pytest.raises(KeyError, match=f"Did you mean {member.name!r}\\?"):
            cls.from_name(typo.upper())


@pytest.mark.parametrize("text", ["", "123", "zzz", "?", "x" * 41, "opened" * 7, " " * 10])
def test_no_hint_when_far(cls: type[TextEnum], text: str) -> None:
    calls = [(cls.from_value, ValueError), (cls.from_name, KeyError), (cls.parse, ValueError)]
    for method, error in calls:
        with pytest.raises(error) as raised:
            method(text)
        assert "Did you mean" not in raised.value.args[0]


def error_message(cls: type[TextEnum], method: str, text: str) -> str:
    error = KeyError if method == "from_name" else ValueError
    with pytest.raises(error) as raised:
        getattr(cls, method)(text)
    message = raised.value.args[0]
    assert isinstance(message, str)
    return message


@RELAXED
@given(data=st.data())
def test_error_message_structure(data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(ENUMS))
    method = data.draw(st.sampled_from(["from_value", "from_name", "parse"]))
    text = data.draw(st.one_of(members_as_text(cls), st.text(min_size=200, max_size=400)))
    choices = cls.names() if method == "from_name" else cls.values()
    if method == "from_value":
        assume(text not in cls.values())
    elif method == "from_name":
        assume(text not in cls.names())
    else:
        assume(reference_parse(cls, text) is None)

    message = error_message(cls, method, text)
    assert message.startswith(quoted(text) + " ")
    assert message.isascii()
    assert message.isprintable()
    assert ", ".join(map(repr, choices)) in message
    # At most 40 quoted characters of 10 escaped characters each, plus the fixed text.
    assert len(message) < 40 * 10 + 300

    hints = [choice for choice in choices if f"Did you mean {choice!r}?" in message]
    assert message.count("Did you mean") == len(hints)
    assert len(hints) <= 1
    if len(text) > MAX_INPUT_LENGTH:
        assert hints == []


@RELAXED
@given(text=st.text(alphabet=string.digits + string.punctuation, max_size=20))
def test_no_hint_property(text: str) -> None:
    for cls in ENUMS:
        for method in ("from_value", "from_name", "parse"):
            assert "Did you mean" not in error_message(cls, method, text)


# The machinery on an enum with the letters k, s and i, which Unicode case mappings reach
# from non-ASCII letters (the Kelvin sign, the long s, the dotless i).


class Sample(TextEnum):
    KELVIN = "kelvin"
    LESS = "less"
    INK = "ink"


seal(Sample, {"KELVIN": "A unit.", "LESS": "Fewer.", "INK": "For pens."})


@pytest.mark.parametrize(
    "text",
    [
        "\u212aELVIN",  # KELVIN SIGN, whose lower case is "k"
        "\u212aelvin",
        "le\u017f\u017f",  # LONG S, whose case fold is "s"
        "LE\u017f\u017f",
        "\u0131nk",  # DOTLESS I, whose upper case is "I"
        "\u0130NK",  # I WITH DOT ABOVE
        "\uff29\uff2e\uff2b",  # FULLWIDTH "INK"
    ],
    ids=ascii,
)
def test_sample_rejects_folding(text: str) -> None:
    with pytest.raises(ValueError, match="does not name a Sample"):
        Sample.parse(text)
    assert Sample.get(text) is None


def test_sample_accepts_ascii() -> None:
    assert Sample.parse(" KeLvIn ") is Sample.KELVIN
    assert Sample.parse("LESS") is Sample.LESS
    assert Sample.from_name("INK") is Sample.INK
    assert Sample.INK.description == "For pens."


def test_seal_rejects_missing_description() -> None:
    class Partial(TextEnum):
        ONE = "one"
        TWO = "two"

    with pytest.raises(ValueError) as raised:  # noqa: PT011
        seal(Partial, {"ONE": "First.", "THREE": "Third."})
    assert str(raised.value) == (
        "descriptions do not match the members of Partial: ['THREE', 'TWO']"
    )
    Partial.EXTRA = "still open"  # type: ignore[attr-defined]
    assert Partial.EXTRA == "still open"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("members", "spelling"),
    [({"ONE": "two", "TWO": "one"}, "one"), ({"LOWER": "x", "UPPER": "X"}, "x")],
)
def test_seal_rejects_shared_spelling(members: dict[str, str], spelling: str) -> None:
    clash = TextEnum("Clash", members)  # type: ignore[call-overload]
    with pytest.raises(ValueError) as raised:  # noqa: PT011
        seal(clash, dict.fromkeys(members, "Described."))
    assert str(raised.value) == f"{spelling!r} names two members of Clash"


def test_seal_rejects_long_spelling() -> None:
    value = "v" * (MAX_INPUT_LENGTH + 1)
    long_value = TextEnum("LongValue", {"LONG": value})  # type: ignore[call-overload]
    with pytest.raises(ValueError) as raised:  # noqa: PT011
        seal(long_value, {"LONG": "Too long to look up."})
    assert str(raised.value) == (
        f"{quoted(value)} in LongValue is longer than MAX_INPUT_LENGTH "
        f"({MAX_INPUT_LENGTH} characters), so no lookup could match it"
    )


def test_seal_accepts_longest_spelling() -> None:
    value = "v" * MAX_INPUT_LENGTH
    longest = TextEnum("Longest", {"LONGEST": value})  # type: ignore[call-overload]
    seal(longest, {"LONGEST": "As long as a lookup reads."})
    assert longest.parse(value.upper()).value == value
    assert longest.from_value(value).value == value


def test_unsealed_enum_is_mutable() -> None:
    class Draft(TextEnum):
        ONE = "one"

    Draft.note = "set before seal"  # type: ignore[attr-defined]
    del Draft.note  # type: ignore[attr-defined]
    Draft.ONE.note = "set before seal"  # type: ignore[attr-defined]
    del Draft.ONE.note  # type: ignore[attr-defined]
    seal(Draft, {"ONE": "First."})
    with pytest.raises(AttributeError):
        Draft.note = "set after seal"  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        Draft.ONE.note = "set after seal"  # type: ignore[attr-defined]
    assert "note" not in vars(Draft)
    assert "note" not in vars(Draft.ONE)


def test_enum_base_is_stock() -> None:
    assert issubclass(WebSocketEvent, enum.Enum)
    assert issubclass(WebSocketStatus, str)
    assert isinstance(WebSocketEvent, enum.EnumMeta)
    assert isinstance(WebSocketStatus, enum.EnumMeta)
