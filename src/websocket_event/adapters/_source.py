"""Argument checks and table lookups shared by the adapters.

The adapters raise the package's usual errors through these helpers. The source
libraries are never imported here: a member is recognized by its class name and by
the top-level package its class is defined in.
"""

import enum
from collections.abc import Mapping
from typing import TypeVar

from .._lookup import _quote, _type_name  # pyright: ignore[reportPrivateUsage]

__all__ = [
    "is_source_object",
    "look_up",
    "member_name",
    "require_instance",
    "type_error",
    "unknown_name_error",
]

_Target = TypeVar("_Target")
_Instance = TypeVar("_Instance")


def is_source_object(value: object, package: str) -> bool:
    """Return whether the class of *value* is defined in *package* or its submodules."""
    module = type(value).__module__
    return str.partition(module, ".")[0] == package


def member_name(
    value: object, *, package: str, enum_name: str, function: str, expected: str
) -> str:
    """Return the member name that *value* gives, a member of the enum or a name.

    *value* may be a member of the enum class *enum_name* of *package*, whose name is
    returned, or a plain string, returned as an exact ``str``. Raise ``TypeError``
    for anything else, naming *function*, what it *expected* and the type received.
    """
    if isinstance(value, enum.Enum):
        if type(value).__name__ == enum_name and is_source_object(value, package):
            return value.name
    elif isinstance(value, str):
        # An exact str, so that a subclass cannot change how the table matches it.
        return str.__str__(value)
    raise type_error(function, expected, value)


def require_instance(
    value: object, cls: type[_Instance], *, function: str, expected: str
) -> _Instance:
    """Return *value* if it is an instance of *cls*, else raise ``TypeError``.

    Arguments are checked at run time because callers are not always type-checked.
    """
    if not isinstance(value, cls):
        raise type_error(function, expected, value)
    return value


def type_error(function: str, expected: str, value: object) -> TypeError:
    """Return the error for an argument of *function* that is not *expected*.

    The type name of *value* is escaped and cut short, as in the package's other errors.
    """
    return TypeError(f"{function}() argument must be {expected}, not {_type_name(value)}")


def look_up(table: Mapping[str, _Target], name: str, *, kind: str) -> _Target:
    """Return the entry of *table* for *name*.

    Raise ``ValueError`` when *table* has no entry for *name*. The message quotes
    *name*, escaped and cut short, calls it "not *kind*" and lists the valid names.
    """
    try:
        return table[name]
    except KeyError:
        raise unknown_name_error(table, name, kind=kind) from None


def unknown_name_error(table: Mapping[str, object], name: str, *, kind: str) -> ValueError:
    """Return the error for *name*, which is not *kind*: a name without an entry in *table*."""
    valid = ", ".join(repr(key) for key in table)
    return ValueError(f"{_quote(name)} is not {kind}. Valid names: {valid}.")
