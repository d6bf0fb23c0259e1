"""Machinery shared by the package's string enums: text, lookups and errors.

Each enum of the package subclasses :class:`TextEnum`, lists its members with an
attribute docstring under each, and then calls :func:`seal` with the descriptions.
The base class gives it the same text conversions on every supported Python, the
lookup classmethods and their error messages, and makes it immutable.

Only the standard library's ``enum`` and ``typing`` are imported here, because this
module is on the import path of ``import websocket_event``.
"""

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar, overload

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Protocol

    from typing_extensions import Self, TypeIs

    class _JsonSchemaHandler(Protocol):
        """The part of pydantic's ``GetJsonSchemaHandler`` that the enums call."""

        def __call__(self, core_schema: Any, /) -> dict[str, Any]: ...

        def resolve_ref_schema(self, json_schema: dict[str, Any], /) -> dict[str, Any]: ...


__all__ = ["MAX_INPUT_LENGTH", "TextEnum", "check_enum_class", "seal"]

#: Longest text, surrounding whitespace included, that the lookups examine. Longer
#: input is rejected before it is hashed, stripped or case-folded, so the work done
#: on hostile input does not grow with its length. No value or name may be longer.
MAX_INPUT_LENGTH = 256

# How many characters of a rejected input an error message quotes.
_QUOTED_PREFIX = 40

_Default = TypeVar("_Default")

# Enum classes that `seal` has finished: their attributes and members are fixed.
_sealed: "set[type]" = set()

# Class attributes that a sealed class still accepts, because a library caches data in
# them. msgspec (read in its 0.21 to 0.23 sources) stores its table of values in
# `__msgspec_cache__` the first time it decodes the enum, and fails if it cannot.
_CACHE_ATTRIBUTES = frozenset({"__msgspec_cache__"})


if TYPE_CHECKING:
    # Type checkers see the stock metaclass: pyright stops inferring member values
    # for an enum whose metaclass is a custom one, and the methods below would make
    # both checkers accept any assignment.
    _FixedEnumType = enum.EnumMeta
else:

    class _FixedEnumType(enum.EnumMeta):
        """Enum metaclass that rejects new or changed class attributes once sealed.

        The stock metaclass stops a member from being rebound but lets any other
        name be set on the class, so ``WebSocketEvent.EXTRA = "extra"`` would pass
        silently.
        """

        def __setattr__(cls, name, value):
            if cls in _sealed and name not in _CACHE_ATTRIBUTES:
                raise AttributeError(
                    f"cannot set {name!r} on {cls.__name__}: its members and attributes are fixed"
                )
            super().__setattr__(name, value)

        def __delattr__(cls, name):
            if cls in _sealed:
                raise AttributeError(
                    f"cannot delete {name!r} from {cls.__name__}: "
                    "its members and attributes are fixed"
                )
            super().__delattr__(name)

        # The stock lookups `Class(value)`, `Class[name]` and `x in Class` go through
        # the package's own. A rejected input then costs bounded work and gets the same
        # short message, where the stock messages quote the whole input. `in` also
        # returns the same result on every version, where before Python 3.12 it raises
        # TypeError for a string. The exception types stay the stock ones.

        def __call__(cls, value, *args, **kwargs):
            if cls not in _sealed or args or kwargs:
                # An unsealed base, or the functional API that creates a new enum.
                return super().__call__(value, *args, **kwargs)
            if not _is_str(value):
                raise ValueError(f"{cls.__name__}() argument must be str, not {_type_name(value)}")
            return cls.from_value(value)

        def __getitem__(cls, name):
            if cls not in _sealed:
                return super().__getitem__(name)
            if not _is_str(name):
                raise KeyError(f"{cls.__name__}[] key must be str, not {_type_name(name)}")
            return cls.from_name(name)

        def __contains__(cls, value):
            if cls not in _sealed:
                return super().__contains__(value)
            return isinstance(value, cls) or cls.is_value(value)


class TextEnum(str, enum.Enum, metaclass=_FixedEnumType):
    """Base of a string enum whose members read as their values everywhere.

    ``str()``, ``format()``, f-strings, ``%s`` and logging give the value on every
    supported Python, while ``repr()`` keeps the stock ``<Class.NAME: 'value'>``.
    NOTE: stock ``(str, Enum)`` formats as the value before Python 3.11 and as
    ``Class.NAME`` from 3.11 on, so both methods are set here explicitly.
    """

    # Class attributes set by `seal`. They are annotated without a value, so that
    # neither Enum nor a type checker takes them for members.
    _descriptions: Mapping[str, str]
    _value_tuple: tuple[str, ...]
    _name_tuple: tuple[str, ...]

    def __str__(self) -> str:
        return str.__str__(self)

    def __format__(self, format_spec: str) -> str:
        # Format the plain value: given the member itself, str.__format__ returns the
        # member unchanged when the spec leaves the text as it is ("s", ">3").
        return str.__format__(self._value_, format_spec)

    def __reduce_ex__(self, protocol: "object") -> "tuple[Any, ...]":
        # Pickle by value, the same on every version, so that a pickle written by
        # one supported Python loads on the others.
        return type(self), (self._value_,)

    if not TYPE_CHECKING:  # pragma: no branch (always true at run time)
        # Hidden from type checkers, which would otherwise accept any assignment.

        def __setattr__(self, name, value):
            if type(self) in _sealed:
                raise AttributeError(
                    f"cannot set {name!r} on {self!r}: enum members are constants"
                )
            super().__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) in _sealed:
                raise AttributeError(
                    f"cannot delete {name!r} from {self!r}: enum members are constants"
                )
            super().__delattr__(name)

    @property
    def description(self) -> str:
        """One-sentence description of the member, also its ``__doc__``."""
        return self._descriptions[self._name_]

    # The five lookups from here to `is_value` are declarations: `seal` replaces each,
    # on the class it seals, with a faster one that `_lookup_functions` builds, and
    # gives it the docstring and signature declared here. Until then they raise.

    @classmethod
    def from_value(cls, value: str) -> "Self":
        """Return the member whose value is exactly *value*.

        Raise ``ValueError`` for any other string and ``TypeError`` for a non-string.
        """
        raise _not_sealed(cls, "from_value")

    @classmethod
    def from_name(cls, name: str) -> "Self":
        """Return the member whose name is exactly *name*, such as ``"OPENED"``.

        Raise ``KeyError`` for any other string and ``TypeError`` for a non-string.
        """
        raise _not_sealed(cls, "from_name")

    @classmethod
    def parse(cls, text: str) -> "Self":
        """Return the member named by *text*, a value or a name in any ASCII case.

        Surrounding whitespace (as ``str.strip`` removes it) is ignored, and so is
        the case of ASCII letters: ``" Opened\\n"`` gives the member whose value is
        ``"opened"``. Every other character must match exactly, so look-alikes are
        rejected. These are Cyrillic or Greek letters in place of Latin ones,
        full-width forms, zero-width characters and combining marks. They are also
        non-ASCII letters that a Unicode case mapping turns into ASCII: the Kelvin
        sign U+212A lower-cases to ``"k"``, the long s U+017F upper-cases to
        ``"S"``, and U+0130 lower-cases to ``"i"`` and a combining dot. Text that
        only looks like a valid name then selects no member, so the result agrees
        with a person reading the text in a log and with any program that compares
        it character by character. Input longer than ``MAX_INPUT_LENGTH``
        characters is rejected without being examined further.

        Raise ``ValueError`` when *text* names no member and ``TypeError`` when it
        is not a string.
        """
        raise _not_sealed(cls, "parse")

    @overload
    @classmethod
    def get(cls, text: object) -> "Self | None": ...
    @overload
    @classmethod
    def get(cls, text: object, default: _Default) -> "Self | _Default": ...
    @classmethod
    def get(cls, text: object, default: object = None) -> object:
        """Return the member that ``parse(text)`` gives, or *default* if none does.

        Any object is accepted: a non-string gives *default*, never an exception.
        """
        raise _not_sealed(cls, "get")

    @classmethod
    def is_value(cls, value: object) -> bool:
        """Return whether *value* is a string equal to one of the members' values."""
        raise _not_sealed(cls, "is_value")

    @classmethod
    def values(cls) -> tuple[str, ...]:
        """Return the members' values in definition order."""
        return cls._value_tuple

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """Return the members' names in definition order."""
        return cls._name_tuple

    @classmethod
    def json_schema(cls) -> dict[str, Any]:
        """Build a JSON Schema (draft 2020-12) that accepts exactly the members' values.

        ``oneOf`` has one entry per member: its value as ``const``, its name as
        ``title`` and its ``description``. ``enum`` repeats the values, because
        OpenAPI 3.0 has no ``const`` and some tools read only ``enum``. The schema's
        own ``description`` is the first paragraph of the class docstring.
        Each call builds a new dict, so the caller may change it.
        """
        schema: dict[str, Any] = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": cls.__name__,
        }
        summary = _summary(cls.__doc__)
        if summary:
            schema["description"] = summary
        schema["type"] = "string"
        schema["enum"] = list(cls._value_tuple)
        schema["oneOf"] = [
            {"const": member.value, "title": member.name, "description": member.description}
            for member in cls
        ]
        return schema

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: "Mapping[str, Any]", handler: "_JsonSchemaHandler"
    ) -> dict[str, Any]:
        """Put :meth:`json_schema`, less ``$schema``, in a pydantic model's JSON schema.

        pydantic 2 looks this hook up by name and calls it with its handler.
        Without it, the enum's schema lists the values but none of the member
        descriptions. ``$schema`` is left out because the result is nested in the
        model's schema.
        """
        json_schema = handler(core_schema)
        # pydantic may return a "$ref" to the enum's entry in "$defs": fill that entry.
        target = handler.resolve_ref_schema(json_schema)
        ours = cls.json_schema()
        del ours["$schema"]
        target.update(ours)
        return json_schema


def seal(cls: "type[TextEnum]", descriptions: Mapping[str, str]) -> None:
    """Attach *descriptions* (by member name) to the members of *cls* and fix it.

    This builds the lookup tables, sets each member's ``__doc__``, and from then on
    rejects any change to the class or its members.
    """
    members = list(cls)
    missing = {member.name for member in members} ^ set(descriptions)
    if missing:
        raise ValueError(
            f"descriptions do not match the members of {cls.__name__}: {sorted(missing)}"
        )

    by_text: dict[object, TextEnum] = {}
    for member in members:
        for spelling in (member.value, member.name, member.value.lower(), member.name.lower()):
            if len(spelling) > MAX_INPUT_LENGTH:
                raise ValueError(
                    f"{_quote(spelling)} in {cls.__name__} is longer than MAX_INPUT_LENGTH "
                    f"({MAX_INPUT_LENGTH} characters), so no lookup could match it"
                )
            # parse() strips the text and lower-cases it only when it is all ASCII.
            if not spelling.isascii() or spelling != spelling.strip():
                raise ValueError(
                    f"{_quote(spelling)} in {cls.__name__} is not ASCII without surrounding "
                    "whitespace, so parse() could not match it in every letter case"
                )
            if by_text.setdefault(spelling, member) is not member:
                raise ValueError(f"{spelling!r} names two members of {cls.__name__}")
        object.__setattr__(member, "__doc__", descriptions[member.name])

    by_value: dict[object, TextEnum] = {member.value: member for member in members}
    by_name: dict[object, TextEnum] = {member.name: member for member in members}
    for name, function in _lookup_functions(by_value, by_name, by_text).items():
        declared = getattr(TextEnum, name)
        # Present it as declared in TextEnum: documentation and signature.
        function.__qualname__ = f"{cls.__name__}.{name}"
        function.__doc__ = declared.__doc__
        function.__annotations__ = dict(declared.__annotations__)
        setattr(cls, name, classmethod(function))

    tables = {
        "_descriptions": MappingProxyType(dict(descriptions)),
        "_value_tuple": tuple(member.value for member in members),
        "_name_tuple": tuple(member.name for member in members),
    }
    for attribute, table in tables.items():
        setattr(cls, attribute, table)
    _sealed.add(cls)


# The lookups that `seal` installs on each class in place of the declarations in
# TextEnum. Each is a closure over a table of the class, because reading the table as
# a class attribute would cost about as much as the rest of the lookup. Before Python
# 3.12 the enum metaclass defines `__getattr__`, which slows every attribute read on an
# enum class. To save a function call as well, each turns its argument into a key in
# line: a plain str is its own key, or None if it is longer than MAX_INPUT_LENGTH, and
# `_plain_text` gives the key of anything else. None is a key of no table, so looking
# it up finds no member.


def _lookup_functions(
    by_value: "dict[object, TextEnum]",
    by_name: "dict[object, TextEnum]",
    by_text: "dict[object, TextEnum]",
) -> "dict[str, Callable[..., Any]]":
    """Build ``from_value``, ``from_name``, ``parse``, ``get`` and ``is_value``."""
    find_value = by_value.get
    find_name = by_name.get
    find_text = by_text.get

    def from_value(cls: "type[TextEnum]", value: object) -> TextEnum:
        if type(value) is str:
            key = value if len(value) <= MAX_INPUT_LENGTH else None
        else:
            key = _plain_text(value)
        member = find_value(key)
        if member is None:
            raise _value_error(cls, value)
        return member

    def from_name(cls: "type[TextEnum]", name: object) -> TextEnum:
        if type(name) is str:
            key = name if len(name) <= MAX_INPUT_LENGTH else None
        else:
            key = _plain_text(name)
        member = find_name(key)
        if member is None:
            raise _name_error(cls, name)
        return member

    def parse(cls: "type[TextEnum]", text: object) -> TextEnum:
        if type(text) is str:
            key = text if len(text) <= MAX_INPUT_LENGTH else None
        else:
            key = _plain_text(text)
        member = find_text(key)
        if member is None and key is not None:
            # Not an exact spelling: strip it, then lower-case it if it is all ASCII,
            # so that no other letter can lower-case to an ASCII one.
            key = key.strip()
            member = find_text(key.lower()) if key.isascii() else None
        if member is None:
            raise _parse_error(cls, text)
        return member

    def get(cls: "type[TextEnum]", text: object, default: object = None) -> object:
        if type(text) is str:
            key = text if len(text) <= MAX_INPUT_LENGTH else None
        else:
            key = _plain_text(text)
        member = find_text(key)
        if member is None and key is not None:
            # The same steps as in `parse`, written out again to save a call.
            key = key.strip()
            member = find_text(key.lower()) if key.isascii() else None
        if member is None:
            return default
        return member

    def is_value(cls: "type[TextEnum]", value: object) -> bool:
        if type(value) is str:
            key = value if len(value) <= MAX_INPUT_LENGTH else None
        else:
            key = _plain_text(value)
        return key in by_value

    return {
        "from_value": from_value,
        "from_name": from_name,
        "parse": parse,
        "get": get,
        "is_value": is_value,
    }


def check_enum_class(caller: str, enum_class: object) -> None:
    """Raise ``TypeError`` unless *enum_class* is one of the package's sealed enums.

    For helpers that take an enum class and use it only later, such as a converter
    built when a parser is set up and called when a command line is read.
    """
    if isinstance(enum_class, type) and enum_class in _sealed:
        return
    if isinstance(enum_class, type):
        rejected = f"class {_safe_name(enum_class.__name__)}"
    else:
        rejected = f"a {_type_name(enum_class)} object"
    raise TypeError(
        f"{caller}() argument must be an enum class of websocket_event, such as "
        f"WebSocketEvent, not {rejected}"
    )


def _not_sealed(cls: type, method: str) -> TypeError:
    return TypeError(f"{cls.__name__}.{method}() works only once seal() has built its tables")


def _is_str(value: object) -> "TypeIs[str]":
    """Return whether *value* is a str or an instance of a str subclass.

    NOTE: ``isinstance(value, str)`` is also true for an object whose ``__class__``
    attribute claims to be str, such as ``unittest.mock.Mock(spec=str)``, and the
    unbound str methods used here raise ``TypeError`` for it.
    """
    return issubclass(type(value), str)


def _plain_text(text: object) -> str | None:
    """Return *text* as a plain str, or None if it is not a str or is too long to match.

    The length is checked first, because hashing a string reads all of it. An
    instance of a str subclass is copied to a plain str, so that none of its own
    methods (``__hash__``, ``__eq__``) runs during a lookup and changes the result.
    """
    if not _is_str(text) or str.__len__(text) > MAX_INPUT_LENGTH:
        return None
    return str.__str__(text)


def _summary(docstring: str | None) -> str:
    """Return the first paragraph of *docstring* on one line, or "" if there is none."""
    lines: list[str] = []
    for line in (docstring or "").strip().splitlines():
        if not line.strip():
            break
        lines.append(line.strip())
    return " ".join(lines)


def _quote(text: str) -> str:
    """Return *text* escaped to ASCII and cut short, for an error message."""
    # Unbound str methods, so that a str subclass cannot change what they do.
    length = str.__len__(text)
    prefix = str.__getitem__(text, slice(0, _QUOTED_PREFIX))
    if length <= _QUOTED_PREFIX:
        return ascii(prefix)
    return f"{prefix!a}... ({length} characters)"


def _closest(key: str, candidates: tuple[str, ...]) -> str | None:
    """Return the candidate closest to *key*, if one is close enough to suggest."""
    if str.__len__(key) > _QUOTED_PREFIX:
        return None
    import difflib  # only on the error path: it is not cheap to import

    folded = {candidate.lower(): candidate for candidate in candidates}
    matches = difflib.get_close_matches(str.lower(key), list(folded), n=1, cutoff=0.6)
    return folded[matches[0]] if matches else None


def _type_name(value: object) -> str:
    """Return the name of the type of *value*, escaped and cut short if need be."""
    return _safe_name(type(value).__name__)


def _safe_name(name: str) -> str:
    """Return a class *name* as it is, or quoted, escaped and cut if it is unusual."""
    # A class name can contain control characters and be of any length.
    if not (name.isascii() and name.isprintable()) or len(name) > _QUOTED_PREFIX:
        return _quote(name)
    return name


def _type_error(cls: type, method: str, value: object) -> TypeError:
    return TypeError(f"{cls.__name__}.{method}() argument must be str, not {_type_name(value)}")


def _listing(items: tuple[str, ...]) -> str:
    return ", ".join(repr(item) for item in items)


def _hint(key: str, candidates: tuple[str, ...]) -> str:
    suggestion = _closest(key, candidates)
    return f" Did you mean {suggestion!r}?" if suggestion is not None else ""


def _value_error(cls: "type[TextEnum]", value: object) -> TypeError | ValueError:
    if not _is_str(value):
        return _type_error(cls, "from_value", value)
    return ValueError(
        f"{_quote(value)} is not a valid {cls.__name__} value."
        f"{_hint(value, cls.values())} Valid values: {_listing(cls.values())}."
    )


def _name_error(cls: "type[TextEnum]", name: object) -> TypeError | KeyError:
    if not _is_str(name):
        return _type_error(cls, "from_name", name)
    return KeyError(
        f"{_quote(name)} is not a {cls.__name__} member name."
        f"{_hint(name, cls.names())} Valid names: {_listing(cls.names())}."
    )


def _parse_error(cls: "type[TextEnum]", text: object) -> TypeError | ValueError:
    if not _is_str(text):
        return _type_error(cls, "parse", text)
    if str.__len__(text) > MAX_INPUT_LENGTH:
        reason = f"is longer than {MAX_INPUT_LENGTH} characters"
        hint = ""
    else:
        reason = f"does not name a {cls.__name__}"
        hint = _hint(str.strip(text), cls.values())
    return ValueError(
        f"{_quote(text)} {reason}.{hint} Expected one of {_listing(cls.values())}, "
        "or a member name, in any ASCII letter case."
    )
