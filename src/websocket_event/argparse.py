"""An argparse ``type=`` converter for the enums, with their error messages.

``type=WebSocketEvent.parse`` alone converts the text, but argparse replaces the
``ValueError`` message with "invalid parse value: 'x'". :class:`EnumType` raises
``argparse.ArgumentTypeError`` instead, whose message argparse prints as it is::

    import argparse
    from websocket_event import WebSocketEvent
    from websocket_event.argparse import EnumType

    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--event", type=EnumType(WebSocketEvent), choices=WebSocketEvent.values()
    )

``choices`` makes the help list the values; each member equals its value, so the
converted member passes argparse's check against them.
"""

from typing import Generic, TypeVar

from ._lookup import TextEnum, check_enum_class

__all__ = ["EnumType"]

_Enum = TypeVar("_Enum", bound=TextEnum)


class EnumType(Generic[_Enum]):
    """Converter of command line text to a member of *enum_class*, with ``parse``.

    Like ``argparse.FileType``, an instance is passed as an argument's ``type``.
    """

    def __init__(self, enum_class: type[_Enum]) -> None:
        check_enum_class(type(self).__name__, enum_class)
        self._enum_class = enum_class

    def __call__(self, text: str) -> _Enum:
        """Return the member that *text* names, as ``parse`` accepts it.

        Raise ``argparse.ArgumentTypeError`` with ``parse``'s message otherwise.
        """
        try:
            return self._enum_class.parse(text)
        except ValueError as error:
            # Imported here: only a rejected argument needs it, and the caller has
            # already imported argparse anyway.
            import argparse

            raise argparse.ArgumentTypeError(str(error)) from None

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._enum_class.__name__})"
