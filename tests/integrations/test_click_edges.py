"""EnumChoice.convert called directly, as custom callbacks and prompts call a ParamType."""

import click
import pytest

from websocket_event import WebSocketEvent
from websocket_event.click import EnumChoice


@click.command()
@click.option("--event", type=EnumChoice(WebSocketEvent))
def show(event: WebSocketEvent | None) -> None:
    click.echo(event)


def test_click_convert_error_names_option() -> None:
    option = next(param for param in show.params if param.name == "event")
    context = click.Context(show)
    with pytest.raises(click.BadParameter) as caught:
        EnumChoice(WebSocketEvent).convert("opend", option, context)
    assert caught.value.param is option
    assert caught.value.ctx is context
    assert caught.value.format_message().startswith("Invalid value for '--event': ")
