"""A click parameter type for the enums, with ``parse`` and its error messages.

``click.Choice(WebSocketEvent.values(), case_sensitive=False)`` lists the values but
returns a plain string and rejects surrounding whitespace with click's own message.
:class:`EnumChoice` converts with ``parse`` and reports its message::

    import click
    from websocket_event import WebSocketEvent
    from websocket_event.click import EnumChoice

    @click.command()
    @click.option("--event", type=EnumChoice(WebSocketEvent), required=True)
    def show(event: WebSocketEvent) -> None:
        click.echo(event.description)

This module imports click; ``import websocket_event`` does not import it.
"""

from typing import TYPE_CHECKING, Any, Generic, TypeVar

import click

from ._lookup import TextEnum, check_enum_class

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

__all__ = ["EnumChoice"]

_Enum = TypeVar("_Enum", bound=TextEnum)


# NOTE: ParamType is generic from click 8.4 on, and subscripting it fails on older
# releases, so it stays bare here and its `__call__` is typed as returning Any.
class EnumChoice(click.ParamType, Generic[_Enum]):  # type: ignore[type-arg]
    """Parameter type whose value is a member of *enum_class*, found with ``parse``.

    The help shows the values as ``[opening|opened|...]``, shell completion offers
    them, and text that names no member fails with ``parse``'s message.
    """

    name = "choice"

    def __init__(self, enum_class: type[_Enum]) -> None:
        check_enum_class(type(self).__name__, enum_class)
        self.enum_class = enum_class

    def convert(
        self, value: Any, param: "click.Parameter | None", ctx: "click.Context | None"
    ) -> _Enum:
        try:
            return self.enum_class.parse(value)
        except (TypeError, ValueError) as error:
            self.fail(str(error), param, ctx)

    def get_metavar(self, param: "click.Parameter", ctx: "click.Context | None" = None) -> str:
        # click 8.2 added the ctx argument; the default keeps click 8.1 working.
        values = "|".join(self.enum_class.values())
        # Braces for a required argument and brackets otherwise, as click.Choice does.
        if param.required and param.param_type_name == "argument":
            return "{" + values + "}"
        return "[" + values + "]"

    def shell_complete(
        self, ctx: "click.Context", param: "click.Parameter", incomplete: str
    ) -> "list[CompletionItem]":
        from click.shell_completion import CompletionItem

        prefix = incomplete.strip().lower()
        return [
            CompletionItem(member.value, help=member.description)
            for member in self.enum_class
            if member.value.startswith(prefix)
        ]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.enum_class.__name__})"
