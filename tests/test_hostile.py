"""Lookups under hostile input: any text, look-alikes, huge strings and odd objects.

Event names reach the lookups from networks, configuration files and command lines.
For every enum the package exports, these tests check that each lookup follows its
documented rule and nothing more, that its work and memory stop growing past
MAX_INPUT_LENGTH characters, and that its error messages stay short and printable.
"""

import enum
import string
import sys
import time
import tracemalloc
import unicodedata
from collections.abc import Callable, Iterator

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import websocket_event
from websocket_event import MAX_INPUT_LENGTH
from websocket_event._lookup import _QUOTED_PREFIX, TextEnum, _summary, seal

# Every enum in the public API, found rather than listed, so that a new one is covered.
ENUMS: list[type[TextEnum]] = [
    obj
    for obj in (getattr(websocket_event, name) for name in websocket_event.__all__)
    if isinstance(obj, type) and issubclass(obj, enum.Enum)
]


class Keepalive(TextEnum):
    """Enum whose spellings contain "k", the letter that the Kelvin sign lower-cases to."""

    KEEPALIVE = "keepalive"
    """A keepalive frame was sent."""

    SKIPPED = "skipped"
    """A frame was skipped."""


seal(Keepalive, {"KEEPALIVE": "A keepalive frame was sent.", "SKIPPED": "A frame was skipped."})


def resealed(cls: type[TextEnum]) -> type[TextEnum]:
    """Return a new enum with the name, members and descriptions of *cls*, sealed now.

    The package's enums are sealed when it is imported, before a mutation tester
    switches a mutant on. Only a test that runs `seal` again, and then the lookups it
    builds, runs the mutated code.
    """
    copy = TextEnum(cls.__name__, [(member.name, member.value) for member in cls])
    seal(copy, {member.name: member.description for member in cls})
    return copy


EnumMaker = Callable[[], type[TextEnum]]


def _makers(enums: list[type[TextEnum]]) -> list[object]:
    """Return test parameters that give each enum as it is, and a copy sealed in the test."""
    as_imported = [pytest.param(lambda cls=cls: cls, id=cls.__name__) for cls in enums]
    sealed_now = [
        pytest.param(lambda cls=cls: resealed(cls), id=f"{cls.__name__}-resealed") for cls in enums
    ]
    return [*as_imported, *sealed_now]


ENUM_MAKERS = _makers(ENUMS)

# The public enums, and one with a "k" for the look-alike tests.
LOOK_ALIKE_MAKERS = _makers([*ENUMS, Keepalive])

Lookup = Callable[[type[TextEnum], object], object]

LOOKUPS: dict[str, Lookup] = {
    "parse": lambda cls, text: cls.parse(text),  # type: ignore[arg-type]
    "get": lambda cls, text: cls.get(text),
    "from_value": lambda cls, text: cls.from_value(text),  # type: ignore[arg-type]
    "from_name": lambda cls, text: cls.from_name(text),  # type: ignore[arg-type]
    "is_value": lambda cls, text: cls.is_value(text),
}

# Hypothesis deadlines measure wall-clock time, which a busy machine makes unreliable.
FAST = settings(deadline=None, max_examples=150)

# Every character, lone surrogates, controls, combining marks and unassigned ones included.
ANY_CHARACTER = st.characters(codec=None, categories=None)

ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)

# Every character that `str.strip` removes.
WHITESPACE = "".join(chr(code) for code in range(0x110000) if chr(code).isspace())

# Characters that are invisible, or that change how their neighbours display, and
# that `str.strip` keeps, so each must make a spelling fail to match.
INVISIBLE = [
    "\u200b",  # ZERO WIDTH SPACE
    "\u200c",  # ZERO WIDTH NON-JOINER
    "\u200d",  # ZERO WIDTH JOINER
    "\u2060",  # WORD JOINER
    "\ufeff",  # ZERO WIDTH NO-BREAK SPACE (byte order mark)
    "\u00ad",  # SOFT HYPHEN
    "\u034f",  # COMBINING GRAPHEME JOINER
    "\u0301",  # COMBINING ACUTE ACCENT
    "\u0307",  # COMBINING DOT ABOVE
    "\u202e",  # RIGHT-TO-LEFT OVERRIDE
    "\x00",
    "\x1b",
    "\x7f",
    "\ud800",  # lone high surrogate
    "\udfff",  # lone low surrogate
]

# Letters of other scripts drawn like ASCII ones. No Unicode normalization relates
# them to the Latin letter, so they are listed by hand.
CONFUSABLES = {
    "a": "\u0430",  # CYRILLIC SMALL LETTER A
    "c": "\u0441\u03f2",  # CYRILLIC SMALL LETTER ES, GREEK LUNATE SIGMA SYMBOL
    "d": "\u0501",  # CYRILLIC SMALL LETTER KOMI DE
    "e": "\u0435",  # CYRILLIC SMALL LETTER IE
    "g": "\u0261",  # LATIN SMALL LETTER SCRIPT G
    "i": "\u0456\u03b9",  # CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I, GREEK IOTA
    "k": "\u03ba",  # GREEK SMALL LETTER KAPPA
    "l": "\u04cf",  # CYRILLIC SMALL LETTER PALOCHKA
    "n": "\u0578",  # ARMENIAN SMALL LETTER VO
    "o": "\u043e\u03bf",  # CYRILLIC SMALL LETTER O, GREEK SMALL LETTER OMICRON
    "p": "\u0440\u03c1",  # CYRILLIC SMALL LETTER ER, GREEK SMALL LETTER RHO
    "s": "\u0455",  # CYRILLIC SMALL LETTER DZE
    "v": "\u03bd",  # GREEK SMALL LETTER NU
    "A": "\u0410\u0391",  # CYRILLIC CAPITAL A, GREEK CAPITAL ALPHA
    "C": "\u0421\u03f9",  # CYRILLIC CAPITAL ES, GREEK CAPITAL LUNATE SIGMA SYMBOL
    "E": "\u0415\u0395",  # CYRILLIC CAPITAL IE, GREEK CAPITAL EPSILON
    "G": "\u050c",  # CYRILLIC CAPITAL KOMI SJE
    "I": "\u0406\u0399",  # CYRILLIC CAPITAL BYELORUSSIAN-UKRAINIAN I, GREEK CAPITAL IOTA
    "K": "\u041a\u039a",  # CYRILLIC CAPITAL KA, GREEK CAPITAL KAPPA
    "M": "\u041c\u039c",  # CYRILLIC CAPITAL EM, GREEK CAPITAL MU
    "N": "\u039d",  # GREEK CAPITAL NU
    "O": "\u041e\u039f",  # CYRILLIC CAPITAL O, GREEK CAPITAL OMICRON
    "P": "\u0420\u03a1",  # CYRILLIC CAPITAL ER, GREEK CAPITAL RHO
    "S": "\u0405",  # CYRILLIC CAPITAL DZE
}


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _unicode_look_alikes() -> dict[str, set[str]]:
    """Map each ASCII letter to the non-ASCII characters that Unicode turns into it.

    A lookup that called ``lower()``, ``upper()``, ``casefold()``, NFKC or accent
    stripping would accept these: the Kelvin sign, the long s, dotless i, U+0130,
    full-width and mathematical letters, accented letters.
    """
    mappings: list[Callable[[str], str]] = [
        str.lower,
        str.upper,
        str.casefold,
        lambda char: unicodedata.normalize("NFKC", char),
        _strip_marks,
    ]
    # The Basic Multilingual Plane and the Mathematical Alphanumeric Symbols block.
    codes = [*range(0x80, 0x10000), *range(0x1D400, 0x1D800)]
    table: dict[str, set[str]] = {letter: set() for letter in string.ascii_letters}
    for code in codes:
        char = chr(code)
        if unicodedata.category(char) == "Cs":
            continue
        for mapping in mappings:
            mapped = mapping(char)
            for letter in {mapped, mapped.lower(), mapped.upper()}:
                if letter in table:
                    table[letter].add(char)
    return table


def _look_alike_table() -> dict[str, list[str]]:
    table = _unicode_look_alikes()
    for letter, chars in CONFUSABLES.items():
        table[letter].update(chars)
    return {letter: sorted(chars) for letter, chars in table.items()}


LOOK_ALIKES = _look_alike_table()


def spellings(cls: type[TextEnum]) -> list[str]:
    """Return the texts that name a member in the forms people write them."""
    forms = {
        form
        for member in cls
        for form in (member.value, member.name, member.value.upper(), member.name.lower())
    }
    return sorted(forms)


def look_alike_texts(cls: type[TextEnum]) -> Iterator[str]:
    """Yield each spelling of *cls* with one character replaced or one inserted."""
    for spelling in spellings(cls):
        for index, char in enumerate(spelling):
            for replacement in LOOK_ALIKES[char]:
                yield spelling[:index] + replacement + spelling[index + 1 :]
        for index in range(len(spelling) + 1):
            for char in INVISIBLE:
                yield spelling[:index] + char + spelling[index:]
        # The whole spelling in full-width forms.
        yield spelling.translate({code: code + 0xFEE0 for code in range(0x21, 0x7F)})


def expected_member(cls: type[TextEnum], text: str) -> TextEnum | None:
    """Return the member that the documented rule of ``parse`` gives for *text*, or None.

    The rule: the text, stripped and with its ASCII letters lower-cased, equals a
    member's value or its lower-cased name, and the text is at most MAX_INPUT_LENGTH
    characters long.
    """
    if len(text) > MAX_INPUT_LENGTH:
        return None
    key = text.strip().translate(ASCII_LOWER)
    for member in cls:
        if key == member.value or key == member.name.lower():
            return member
    return None


# The longest text an error message quotes: ascii() writes a character in at most 10
# characters ("\U0010ffff"), between two quotes, then the input length.
QUOTE_BOUND = 2 + 10 * _QUOTED_PREFIX + len("... ( characters)") + len(str(sys.maxsize))

# The words of the longest message template, with room to spare.
TEMPLATE_BOUND = 160


def message_bound(cls: type[TextEnum]) -> int:
    """Return the length no error message of *cls* may exceed, whatever the input."""
    choices = max(len(repr(cls.values())), len(repr(cls.names())))
    suggestion = max(len(repr(text)) for text in (*cls.values(), *cls.names()))
    return QUOTE_BOUND + len(cls.__name__) + choices + suggestion + TEMPLATE_BOUND


def message_of(error: BaseException) -> str:
    """Return the message an exception was raised with (``str()`` of a KeyError adds quotes)."""
    assert len(error.args) == 1
    message = error.args[0]
    assert isinstance(message, str)
    return message


def check_message(cls: type[TextEnum], error: BaseException) -> None:
    message = message_of(error)
    message.encode("utf-8")  # raises UnicodeEncodeError for a lone surrogate
    controls = [char for char in message if unicodedata.category(char)[0] == "C"]
    assert controls == [], f"raw control or unassigned characters in {message!r}"
    assert len(message) <= message_bound(cls)
    # A message built inside an except block would carry a confusing context.
    assert error.__context__ is None
    assert error.__cause__ is None


def outcome(lookup: Lookup, cls: type[TextEnum], text: object) -> object:
    """Return what the lookup returns, or the exception it raises."""
    try:
        return lookup(cls, text)
    except (ValueError, KeyError, TypeError) as error:
        return error


# Discovery


def test_enums_discovered() -> None:
    assert websocket_event.WebSocketEvent in ENUMS
    assert websocket_event.WebSocketStatus in ENUMS
    assert all(issubclass(cls, TextEnum) for cls in ENUMS)


def test_look_alike_table_complete() -> None:
    # The cases the parse docstring names must be in the generated table.
    assert "\u212a" in LOOK_ALIKES["k"]  # KELVIN SIGN
    assert "\u017f" in LOOK_ALIKES["s"]  # LATIN SMALL LETTER LONG S
    assert "\u0131" in LOOK_ALIKES["I"]  # LATIN SMALL LETTER DOTLESS I
    assert "\u0130" in LOOK_ALIKES["i"]  # LATIN CAPITAL LETTER I WITH DOT ABOVE
    assert "\uff4f" in LOOK_ALIKES["o"]  # FULLWIDTH LATIN SMALL LETTER O
    assert "\u043e" in LOOK_ALIKES["o"]  # CYRILLIC SMALL LETTER O
    assert "\u039f" in LOOK_ALIKES["O"]  # GREEK CAPITAL LETTER OMICRON
    for letter, chars in LOOK_ALIKES.items():
        assert chars, letter
        assert not any(char.isascii() for char in chars), letter


# The documented rule over arbitrary text


@pytest.mark.parametrize("make_enum", ENUM_MAKERS)
@FAST
@given(text=st.text(alphabet=ANY_CHARACTER, max_size=40))
@example(text="\ud800")
@example(text="opened\x00")
@example(text="\x1f OPEN \u3000")
@example(text="CLOSING\u0301")
@example(text=" " * (MAX_INPUT_LENGTH - 6) + "opened")
@example(text=" " * (MAX_INPUT_LENGTH - 5) + "opened")
def test_parse_follows_rule(make_enum: EnumMaker, text: str) -> None:
    cls = make_enum()
    expected = expected_member(cls, text)
    if expected is not None:
        assert cls.parse(text) is expected
        return
    with pytest.raises(ValueError, match="Expected one of") as excinfo:
        cls.parse(text)
    check_message(cls, excinfo.value)


@st.composite
def near_misses(draw: st.DrawFn, cls: type[TextEnum]) -> str:
    """Draw a spelling of a member with its case changed, padded and perhaps edited."""
    text = draw(st.sampled_from(spellings(cls)))
    flips = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    text = "".join(
        char.swapcase() if flip else char for char, flip in zip(text, flips, strict=True)
    )

    edit = draw(st.sampled_from(["none", "insert", "replace", "delete"]))
    if edit != "none":
        index = draw(st.integers(0, len(text) - (edit != "insert")))
        char = draw(st.sampled_from(INVISIBLE) | ANY_CHARACTER)
        if edit == "insert":
            text = text[:index] + char + text[index:]
        elif edit == "replace":
            text = text[:index] + char + text[index + 1 :]
        else:
            text = text[:index] + text[index + 1 :]

    padding = st.text(alphabet=st.sampled_from(WHITESPACE), max_size=3)
    return draw(padding) + text + draw(padding)


@pytest.mark.parametrize("make_enum", ENUM_MAKERS)
@FAST
@given(data=st.data())
def test_parse_follows_rule_near_misses(make_enum: EnumMaker, data: st.DataObject) -> None:
    cls = make_enum()
    text = data.draw(near_misses(cls))
    expected = expected_member(cls, text)
    if expected is not None:
        assert cls.parse(text) is expected
        assert cls.get(text) is expected
        return
    with pytest.raises(ValueError, match="Expected one of") as excinfo:
        cls.parse(text)
    check_message(cls, excinfo.value)
    assert cls.get(text) is None


@pytest.mark.parametrize("make_enum", ENUM_MAKERS)
@FAST
@given(
    width=st.integers(MAX_INPUT_LENGTH - 3, MAX_INPUT_LENGTH + 3),
    left=st.integers(0, 100),
    data=st.data(),
)
def test_parse_length_boundary(
    make_enum: EnumMaker, width: int, left: int, data: st.DataObject
) -> None:
    cls = make_enum()
    word = data.draw(st.sampled_from(spellings(cls)))
    right = max(width - left - len(word), 0)
    text = " " * left + word + " " * right
    if len(text) <= MAX_INPUT_LENGTH:
        assert cls.parse(text) is expected_member(cls, word)
        return
    with pytest.raises(ValueError, match=f"is longer than {MAX_INPUT_LENGTH} characters"):
        cls.parse(text)
    assert cls.get(text) is None


@pytest.mark.parametrize("make_enum", ENUM_MAKERS)
@FAST
@given(text=st.text(alphabet=ANY_CHARACTER, max_size=40) | st.sampled_from(INVISIBLE))
def test_get_agrees_with_parse(make_enum: EnumMaker, text: str) -> None:
    cls = make_enum()
    default = object()
    expected = expected_member(cls, text)
    assert cls.get(text) is expected
    result = cls.get(text, default)
    assert result is (default if expected is None else expected)


@pytest.mark.parametrize("make_enum", ENUM_MAKERS)
@FAST
@given(text=st.text(alphabet=ANY_CHARACTER, max_size=40))
def test_exact_lookups_follow_rule(make_enum: EnumMaker, text: str) -> None:
    cls = make_enum()
    by_value = {member.value: member for member in cls}
    by_name = {member.name: member for member in cls}

    assert cls.is_value(text) is (text in by_value)

    if text in by_value:
        assert cls.from_value(text) is by_value[text]
    else:
        with pytest.raises(ValueError, match="is not a valid") as value_info:
            cls.from_value(text)
        check_message(cls, value_info.value)

    if text in by_name:
        assert cls.from_name(text) is by_name[text]
    else:
        with pytest.raises(KeyError) as name_info:
            cls.from_name(text)
        check_message(cls, name_info.value)


@pytest.mark.parametrize("make_enum", ENUM_MAKERS)
def test_round_trips(make_enum: EnumMaker) -> None:
    cls = make_enum()
    for member in cls:
        assert cls.from_value(member.value) is member
        assert cls.from_name(member.name) is member
        assert cls.parse(member.value) is member
        assert cls.parse(member.name) is member
        assert cls.get(member) is member
        assert cls.is_value(member.value) is True


# Look-alikes


@pytest.mark.parametrize(
    "text",
    [
        "\u043epened",  # CYRILLIC SMALL LETTER O
        "\u039fPENED",  # GREEK CAPITAL LETTER OMICRON
        "\uff4f\uff50\uff45\uff4e\uff45\uff44",  # full-width "opened"
        "open\u200bed",
        "open\u200ced",
        "open\u200ded",
        "open\ufeffed",
        "\ufeffopened",
        "OPENED\u200b",
        "open\u0130ng",  # its lower() is "openi" + COMBINING DOT ABOVE + "ng"
        "OPEN\u0131NG",  # its upper() is "OPENING"
        "me\u017f\u017fage",  # its upper() is "MESSAGE"
        "clo\u017fed",
    ],
)
@pytest.mark.parametrize("name", list(LOOKUPS))
def test_named_look_alikes_rejected(name: str, text: str) -> None:
    event = websocket_event.WebSocketEvent
    for cls in (event, resealed(event)):
        result = outcome(LOOKUPS[name], cls, text)
        assert result in (None, False) or isinstance(result, (ValueError, KeyError))


@pytest.mark.parametrize(
    "text", ["\u212aeepalive", "\u212aEEPALIVE", "s\u212aipped", "\u017fkipped"]
)
@pytest.mark.parametrize("name", list(LOOKUPS))
def test_case_mapping_look_alikes_rejected(name: str, text: str) -> None:
    # Each of these becomes a valid spelling under lower(), upper() or casefold().
    folded = {text.lower(), text.upper().lower(), text.casefold()}
    assert folded & set(spellings(Keepalive))
    for cls in (Keepalive, resealed(Keepalive)):
        result = outcome(LOOKUPS[name], cls, text)
        assert result in (None, False) or isinstance(result, (ValueError, KeyError))


@pytest.mark.parametrize("make_enum", LOOK_ALIKE_MAKERS)
def test_every_look_alike_rejected(make_enum: EnumMaker) -> None:
    cls = make_enum()
    texts = list(look_alike_texts(cls))
    assert len(texts) > 1000  # the table is generated, not empty
    accepted: dict[str, list[str]] = {name: [] for name in LOOKUPS}
    for text in texts:
        if cls.get(text) is not None:
            accepted["get"].append(text)
        if cls.is_value(text):
            accepted["is_value"].append(text)
        try:
            cls.parse(text)
        except ValueError:
            pass
        else:
            accepted["parse"].append(text)
        try:
            cls.from_value(text)
        except ValueError:
            pass
        else:
            accepted["from_value"].append(text)
        try:
            cls.from_name(text)
        except KeyError:
            pass
        else:
            accepted["from_name"].append(text)
    for name, texts_accepted in accepted.items():
        assert texts_accepted == [], name


def test_parse_docstring_states_rule() -> None:
    doc = TextEnum.parse.__doc__
    assert doc is not None
    # The rule: what is ignored, and which look-alikes are rejected.
    for phrase in ("whitespace", "ASCII letters", "Cyrillic or Greek", "full-width"):
        assert phrase in doc
    for phrase in ("zero-width", "combining marks", "U+212A", "U+017F", "U+0130"):
        assert phrase in doc
    # The reason, and the length limit.
    assert "character by character" in doc
    assert "MAX_INPUT_LENGTH" in doc
    for cls in ENUMS:
        assert cls.parse.__doc__ == doc


# Odd objects: str subclasses that lie, objects that claim to be str, nasty type names


class LyingStr(str):
    """A str whose hash and equality claim it is "opened", whatever it contains."""

    def __hash__(self) -> int:
        return hash("opened")

    def __eq__(self, other: object) -> bool:
        return True

    def __ne__(self, other: object) -> bool:
        return False


class RaisingStr(str):
    """A str whose Python-level methods all raise."""

    def __hash__(self) -> int:
        raise RuntimeError("hash called")

    def __eq__(self, other: object) -> bool:
        raise RuntimeError("eq called")

    def __len__(self) -> int:
        raise RuntimeError("len called")

    def strip(self, chars: str | None = None) -> str:
        raise RuntimeError("strip called")

    def lower(self) -> str:
        raise RuntimeError("lower called")

    def __getitem__(self, key: object) -> str:  # type: ignore[override]
        raise RuntimeError("getitem called")

    def __repr__(self) -> str:
        raise RuntimeError("repr called")


@pytest.mark.parametrize("make_enum", ENUM_MAKERS)
@pytest.mark.parametrize("kind", [LyingStr, RaisingStr])
def test_str_subclass_read_as_plain_text(make_enum: EnumMaker, kind: type[str]) -> None:
    cls = make_enum()
    for member in cls:
        assert cls.from_value(kind(member.value)) is member
        assert cls.from_name(kind(member.name)) is member
        assert cls.parse(kind(f"\t{member.name.title()} ")) is member
        assert cls.get(kind(member.value)) is member
        assert cls.is_value(kind(member.value)) is True

    text = kind("no such member")
    for name, lookup in LOOKUPS.items():
        result = outcome(lookup, cls, text)
        assert result in (None, False) or isinstance(result, (ValueError, KeyError)), name
        if isinstance(result, Exception):
            check_message(cls, result)
            assert "'no such member'" in message_of(result)


def _named_type(name: str) -> object:
    return type(name, (), {})()


NASTY_TYPE_NAMES = [
    "\x1b[2J\x1b[31mred",  # terminal escapes
    "line\nbreak\rreturn",
    "x" * 10_000,
    "\u202eevil",
    "caf\u00e9",
]


@pytest.mark.parametrize("make_enum", ENUM_MAKERS)
@pytest.mark.parametrize("type_name", NASTY_TYPE_NAMES, ids=range(len(NASTY_TYPE_NAMES)))
def test_type_error_message_escaped(make_enum: EnumMaker, type_name: str) -> None:
    cls = make_enum()
    value = _named_type(type_name)
    for name in ("parse", "from_value", "from_name"):
        result = outcome(LOOKUPS[name], cls, value)
        assert isinstance(result, TypeError), name
        check_message(cls, result)
        assert f"{cls.__name__}.{name}() argument must be str, not " in message_of(result)
    assert cls.get(value) is None
    assert cls.is_value(value) is False


@pytest.mark.parametrize("make_enum", ENUM_MAKERS)
def test_type_error_plain_name_unquoted(make_enum: EnumMaker) -> None:
    cls = make_enum()
    with pytest.raises(TypeError) as excinfo:
        cls.parse(b"opened")  # type: ignore[arg-type]
    assert message_of(excinfo.value) == f"{cls.__name__}.parse() argument must be str, not bytes"
    # The longest name still written as it is.
    value = _named_type("N" * _QUOTED_PREFIX)
    with pytest.raises(TypeError) as long_info:
        cls.from_value(value)  # type: ignore[arg-type]
    assert message_of(long_info.value).endswith(f"not {'N' * _QUOTED_PREFIX}")
    # One character longer, and it is quoted and cut.
    value = _named_type("N" * (_QUOTED_PREFIX + 1))
    with pytest.raises(TypeError) as longer_info:
        cls.from_value(value)  # type: ignore[arg-type]
    expected = f"not {'N' * _QUOTED_PREFIX!r}... ({_QUOTED_PREFIX + 1} characters)"
    assert message_of(longer_info.value).endswith(expected)


# Bounded work and memory

SHORT = 10
HUGE = 10_000_000


def _filler(size: int) -> str:
    """Return a new string of *size* characters that names no member.

    It is spaces, then capital letters, so that stripping, lower-casing or hashing
    it would each read all of it, and stripping or lower-casing would copy half.
    """
    return " " * (size // 2) + "X" * (size - size // 2)


class PlainSubclass(str):
    """A str subclass with no methods of its own."""


INPUT_KINDS: dict[str, Callable[[int], object]] = {
    "str": _filler,
    "str subclass": lambda size: PlainSubclass(_filler(size)),
    "bytes": lambda size: _filler(size).encode(),
}


def _best_time(lookup: Lookup, cls: type[TextEnum], kind: str, size: int) -> int:
    """Return the fastest of several rejections of a new input of *size*, in nanoseconds.

    Each round first writes a new huge string, so that both sizes are timed with the
    processor caches in the same state, and the input is new each time, because
    Python caches a string's hash once it has been computed.
    """
    best = sys.maxsize
    for _ in range(5):
        flush = _filler(HUGE)
        text = flush if size == HUGE and kind == "str" else INPUT_KINDS[kind](size)
        start = time.perf_counter_ns()
        outcome(lookup, cls, text)
        best = min(best, time.perf_counter_ns() - start)
        del flush, text
    return best


@pytest.mark.parametrize("make_enum", ENUM_MAKERS)
@pytest.mark.parametrize("kind", list(INPUT_KINDS))
@pytest.mark.parametrize("name", list(LOOKUPS))
def test_rejection_time_bounded(make_enum: EnumMaker, kind: str, name: str) -> None:
    cls = make_enum()
    lookup = LOOKUPS[name]
    for size in (SHORT, HUGE):
        result = outcome(lookup, cls, INPUT_KINDS[kind](size))
        assert result in (None, False) or isinstance(result, Exception), size
    short = _best_time(lookup, cls, kind, SHORT)
    huge = _best_time(lookup, cls, kind, HUGE)
    # Reading every character of 10 MB takes milliseconds, a thousand times the short
    # rejection, so a generous ratio still catches it on a busy machine.
    assert huge <= 20 * max(short, 1_000), (short, huge)


def _profile_events(lookup: Lookup, cls: type[TextEnum], text: object) -> int:
    events = 0

    def count(frame: object, event: str, arg: object) -> None:
        nonlocal events
        events += 1

    sys.setprofile(count)
    try:
        outcome(lookup, cls, text)
    finally:
        sys.setprofile(None)
    return events


@pytest.mark.parametrize("make_enum", ENUM_MAKERS)
@pytest.mark.parametrize("kind", list(INPUT_KINDS))
@pytest.mark.parametrize("name", list(LOOKUPS))
def test_rejection_calls_bounded(make_enum: EnumMaker, kind: str, name: str) -> None:
    cls = make_enum()
    # Counts every Python-level and C-level call, so a loop over the characters of
    # the huge input would add millions. Tracing by a coverage or mutation tool adds
    # a few calls of its own, hence the allowance.
    lookup = LOOKUPS[name]
    outcome(lookup, cls, INPUT_KINDS[kind](SHORT))  # imports what the error path needs
    short = _profile_events(lookup, cls, INPUT_KINDS[kind](SHORT))
    huge = _profile_events(lookup, cls, INPUT_KINDS[kind](HUGE))
    assert huge <= short + 100


@pytest.mark.parametrize("make_enum", ENUM_MAKERS)
@pytest.mark.parametrize("kind", list(INPUT_KINDS))
@pytest.mark.parametrize("name", list(LOOKUPS))
def test_rejection_memory_bounded(make_enum: EnumMaker, kind: str, name: str) -> None:
    cls = make_enum()
    lookup = LOOKUPS[name]
    text = INPUT_KINDS[kind](HUGE)
    outcome(lookup, cls, text)  # imports what the error path needs
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        result = outcome(lookup, cls, text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result in (None, False) or isinstance(result, (ValueError, KeyError, TypeError))
    assert peak < 64 * 1024, peak


# The length limit covers the members' own spellings


def test_seal_rejects_spelling_over_limit() -> None:
    class TooLong(TextEnum):
        LONG = "x" * (MAX_INPUT_LENGTH + 1)

    with pytest.raises(ValueError, match="longer than MAX_INPUT_LENGTH") as excinfo:
        seal(TooLong, {"LONG": "Too long to look up."})
    assert f"({MAX_INPUT_LENGTH + 1} characters)" in str(excinfo.value)


def test_seal_accepts_spelling_at_limit() -> None:
    name = "N" * MAX_INPUT_LENGTH
    value = "v" * MAX_INPUT_LENGTH
    at_limit = TextEnum("AtLimit", [(name, value)])
    seal(at_limit, {name: "As long as a lookup reads."})
    member = at_limit[name]

    assert at_limit.from_value(value) is member
    assert at_limit.from_value(PlainSubclass(value)) is member
    assert at_limit.from_name(name) is member
    assert at_limit.parse(value.upper()) is member
    assert at_limit.get(value) is member
    assert at_limit.get(name.lower()) is member
    assert at_limit.is_value(value) is True
    # Surrounding whitespace counts towards the limit.
    assert at_limit.get(f" {value}") is None
    assert at_limit.get(PlainSubclass(f"{value} ")) is None


@pytest.mark.parametrize(
    "value", ["caf\u00e9", "\u043epened", " opened", "opened\t", "\ufeffopened"]
)
def test_seal_rejects_spelling_parse_cannot_read(value: str) -> None:
    # parse() could not match these in every ASCII letter case: "CAF\u00c9" is not
    # ASCII, so it is not lower-cased, and whitespace is stripped before matching.
    with pytest.raises(ValueError, match="is not ASCII without surrounding whitespace"):
        seal(TextEnum("Unreadable", [("MEMBER", value)]), {"MEMBER": "Cannot be parsed."})


def test_seal_rejects_name_parse_cannot_read() -> None:
    with pytest.raises(ValueError, match="is not ASCII without surrounding whitespace"):
        seal(TextEnum("Unreadable", [("CAF\u00c9", "cafe")]), {"CAF\u00c9": "Cannot be parsed."})


def test_seal_builds_every_lookup() -> None:
    # The package's enums are sealed at import, before any test can watch it
    # happen, so a new enum checks what `seal` sets up: each table and each doc.
    # STOP's name is not its value in upper case, as is the case for no member of
    # the package's enums.
    class Signal(TextEnum):
        GO = "go"
        """Go ahead."""

        STOP = "halt"
        """Stop now."""

    seal(Signal, {"GO": "Go ahead.", "STOP": "Stop now."})

    assert Signal.values() == ("go", "halt")
    assert Signal.names() == ("GO", "STOP")
    for member, description in ((Signal.GO, "Go ahead."), (Signal.STOP, "Stop now.")):
        assert Signal.from_value(member.value) is member
        assert Signal.from_name(member.name) is member
        assert Signal.parse(f" {member.name.title()} ") is member
        assert Signal.parse(member.value.upper()) is member
        assert Signal.get(member.name.lower()) is member
        assert Signal.get(f"{member.value.title()}\n") is member
        assert Signal.is_value(member.value) is True
        assert member.description == description
        assert member.__doc__ == description
    assert Signal.get("STOP ") is Signal.STOP
    assert Signal.get("HALT") is Signal.STOP
    with pytest.raises(AttributeError):
        Signal.EXTRA = "extra"  # type: ignore[attr-defined]

    # The lookups `seal` installs read as the ones TextEnum declares.
    for name in LOOKUPS:
        installed = getattr(Signal, name)
        declared = getattr(TextEnum, name)
        assert installed.__doc__ == declared.__doc__, name
        assert installed.__annotations__ == declared.__annotations__, name
        assert installed.__qualname__ == f"Signal.{name}"


def _python_calls(call: Callable[[], object]) -> int:
    """Return how many Python functions run during *call*, itself included."""
    calls = 0

    def count(frame: object, event: str, arg: object) -> None:
        nonlocal calls
        if event == "call":
            calls += 1

    sys.setprofile(count)
    try:
        call()
    finally:
        sys.setprofile(None)
    return calls


@pytest.mark.parametrize("make_enum", ENUM_MAKERS)
def test_plain_str_lookup_calls_nothing(make_enum: EnumMaker) -> None:
    # A plain str is turned into a key in line: the lookup function is the only
    # Python function that runs, for a match and for get's or is_value's miss.
    cls = make_enum()
    for member in cls:
        texts = {
            "from_value": member.value,
            "from_name": member.name,
            "parse": f" {member.name.title()} ",
            "get": member.value.upper(),
            "is_value": member.value,
        }
        for name, text in texts.items():
            method = getattr(cls, name)
            assert _python_calls(lambda method=method, text=text: method(text)) == 2, name
    for name in ("get", "is_value"):
        method = getattr(cls, name)
        for text in ("no such member", "x" * (MAX_INPUT_LENGTH + 1)):
            assert _python_calls(lambda method=method, text=text: method(text)) == 2, name


def test_summary_of_missing_docstring() -> None:
    # json_schema() leaves "description" out for a class without a docstring.
    assert _summary(None) == ""
    assert _summary("") == ""
    assert _summary("First line\n  goes on.\n\nSecond paragraph.") == "First line goes on."


@pytest.mark.parametrize("name", list(LOOKUPS))
def test_lookup_before_seal_rejected(name: str) -> None:
    # TextEnum declares the lookups, and `seal` installs the working ones.
    unsealed = TextEnum("Unsealed", [("MEMBER", "member")])
    with pytest.raises(TypeError) as excinfo:
        LOOKUPS[name](unsealed, "member")
    expected = f"Unsealed.{name}() works only once seal() has built its tables"
    assert message_of(excinfo.value) == expected
