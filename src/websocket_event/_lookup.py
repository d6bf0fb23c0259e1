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
from typing import TYPE_CHECKING, Any, TypeVar, overload

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["MAX_INPUT_LENGTH", "TextEnum", "seal"]

#: Longest text, surrounding whitespace included, that ``parse`` and ``get`` examine.
#: Longer input is rejected before it is stripped or case-folded, so the work done
#: on hostile input does not grow with its length.
MAX_INPUT_LENGTH = 256

# How many characters of a rejected input an error message quotes.
_QUOTED_PREFIX = 40

_Default = TypeVar("_Default")

# Enum classes that `seal` has finished: their attributes and members are fixed.
_sealed: "set[type]" = set()


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
            if cls in _sealed:
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


class TextEnum(str, enum.Enum, metaclass=_FixedEnumType):
    """Base of a string enum whose members read as their values everywhere.

    ``str()``, ``format()``, f-strings, ``%s`` and logging give the value on every
    supported Python, while ``repr()`` keeps the stock ``<Class.NAME: 'value'>``.
    NOTE: stock ``(str, Enum)`` formats as the value before Python 3.11 and as
    ``Class.NAME`` from 3.11 on, so both methods are set here explicitly.
    """

    # Class attributes set by `seal`. They are annotated without a value, so that
    # neither Enum nor a type checker takes them for members.
    _by_value: Mapping[str, Any]
    _by_name: Mapping[str, Any]
    _by_text: Mapping[str, Any]
    _descriptions: Mapping[str, str]
    _value_tuple: tuple[str, ...]
    _name_tuple: tuple[str, ...]

    def __str__(self) -> str:
        return str.__str__(self)

    def __format__(self, format_spec: str) -> str:
        return str.__format__(self, format_spec)

    def __reduce_ex__(self, protocol: "object") -> "tuple[Any, ...]":
        # Pickle by value, the same on every version, so that a pickle written by
        # one supported Python loads on the others.
        return type(self), (self._value_,)

    if not TYPE_CHECKING:
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

    @classmethod
    def from_value(cls, value: str) -> "Self":
        """Return the member whose value is exactly *value*.

        Raise ``ValueError`` for any other string and ``TypeError`` for a non-string.
        """
        try:
            member = cls._by_value.get(value)
        except TypeError:  # unhashable, so not a str
            member = None
        if member is None:
            raise _value_error(cls, value)
        return member  # type: ignore[no-any-return]

    @classmethod
    def from_name(cls, name: str) -> "Self":
        """Return the member whose name is exactly *name*, such as ``"OPENED"``.

        Raise ``KeyError`` for any other string and ``TypeError`` for a non-string.
        """
        try:
            member = cls._by_name.get(name)
        except TypeError:  # unhashable, so not a str
            member = None
        if member is None:
            raise _name_error(cls, name)
        return member  # type: ignore[no-any-return]

    @classmethod
    def parse(cls, text: str) -> "Self":
        """Return the member named by *text*, a value or a name in any ASCII case.

        Surrounding whitespace (as ``str.strip`` removes it) is ignored, and so is
        the case of ASCII letters: ``" Opened\\n"`` gives the member whose value is
        ``"opened"``. Every other character must match exactly, so look-alikes are
        rejected: Cyrillic or Greek letters in place of Latin ones, full-width
        forms, zero-width characters, and non-ASCII letters whose lower-case form
        is ASCII (the Kelvin sign, ``"İ"``). Text that arrives over a network or
        from a file is then accepted only in a form that reads the same to a
        person and to the program. Input longer than ``MAX_INPUT_LENGTH``
        characters is rejected without being examined further.

        Raise ``ValueError`` when *text* names no member and ``TypeError`` when it
        is not a string.
        """
        member = cls._match(text)
        if member is None:
            raise _parse_error(cls, text)
        return member

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
        member = cls._match(text)
        if member is None:
            return default
        return member

    @classmethod
    def is_value(cls, value: object) -> bool:
        """Return whether *value* is a string equal to one of the members' values."""
        return isinstance(value, str) and value in cls._by_value

    @classmethod
    def values(cls) -> tuple[str, ...]:
        """Return the members' values in definition order."""
        return cls._value_tuple

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """Return the members' names in definition order."""
        return cls._name_tuple

    @classmethod
    def _match(cls, text: object) -> "Self | None":
        # The exact spellings, the common case, cost one dictionary lookup.
        try:
            member = cls._by_text.get(text)  # type: ignore[call-overload]
        except TypeError:  # unhashable, so not a str
            return None
        if member is not None:
            return member  # type: ignore[no-any-return]
        key = _normalize(text)
        if key is None:
            return None
        return cls._by_text.get(key)


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

    by_text: dict[str, TextEnum] = {}
    for member in members:
        for spelling in (member.value, member.name, member.value.lower(), member.name.lower()):
            if by_text.setdefault(spelling, member) is not member:
                raise ValueError(f"{spelling!r} names two members of {cls.__name__}")
        object.__setattr__(member, "__doc__", descriptions[member.name])

    tables = {
        "_by_value": {member.value: member for member in members},
        "_by_name": {member.name: member for member in members},
        "_by_text": by_text,
        "_descriptions": dict(descriptions),
        "_value_tuple": tuple(member.value for member in members),
        "_name_tuple": tuple(member.name for member in members),
    }
    for attribute, table in tables.items():
        setattr(cls, attribute, table)
    _sealed.add(cls)


def _normalize(text: object) -> str | None:
    """Return *text* stripped and ASCII-lower-cased, or None if it cannot match."""
    if not isinstance(text, str) or str.__len__(text) > MAX_INPUT_LENGTH:
        return None
    # Unbound str methods, so that a str subclass cannot change what they do.
    key = str.strip(text)
    if not str.isascii(key):
        return None
    return str.lower(key)


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


def _type_error(cls: type, method: str, value: object) -> TypeError:
    return TypeError(f"{cls.__name__}.{method}() argument must be str, not {type(value).__name__}")


def _listing(items: tuple[str, ...]) -> str:
    return ", ".join(repr(item) for item in items)


def _hint(key: str, candidates: tuple[str, ...]) -> str:
    suggestion = _closest(key, candidates)
    return f" Did you mean {suggestion!r}?" if suggestion is not None else ""


def _value_error(cls: "type[TextEnum]", value: object) -> TypeError | ValueError:
    if not isinstance(value, str):
        return _type_error(cls, "from_value", value)
    return ValueError(
        f"{_quote(value)} is not a valid {cls.__name__} value."
        f"{_hint(value, cls.values())} Valid values: {_listing(cls.values())}."
    )


def _name_error(cls: "type[TextEnum]", name: object) -> TypeError | KeyError:
    if not isinstance(name, str):
        return _type_error(cls, "from_name", name)
    return KeyError(
        f"{_quote(name)} is not a {cls.__name__} member name."
        f"{_hint(name, cls.names())} Valid names: {_listing(cls.names())}."
    )


def _parse_error(cls: "type[TextEnum]", text: object) -> TypeError | ValueError:
    if not isinstance(text, str):
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
