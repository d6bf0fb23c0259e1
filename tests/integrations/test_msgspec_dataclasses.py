"""Round trips through real msgspec, and through dataclasses with the json module."""

import dataclasses
import json
from typing import Any

import msgspec
import pytest

from websocket_event import WebSocketEvent, WebSocketStatus


class Frame(msgspec.Struct):
    event: WebSocketEvent
    status: WebSocketStatus | None = None


@dataclasses.dataclass(frozen=True)
class Record:
    event: WebSocketEvent
    status: WebSocketStatus

    @classmethod
    def from_json(cls, text: str) -> "Record":
        data = json.loads(text)
        return cls(
            event=WebSocketEvent.from_value(data["event"]),
            status=WebSocketStatus.from_value(data["status"]),
        )


@pytest.mark.parametrize("member", list(WebSocketEvent))
def test_msgspec_json_round_trip(member: WebSocketEvent) -> None:
    encoded = msgspec.json.encode(Frame(member, member.status))
    status = None if member.status is None else member.status.value
    assert json.loads(encoded) == {"event": member.value, "status": status}

    decoded = msgspec.json.decode(encoded, type=Frame)
    assert decoded.event is member
    assert decoded.status is member.status


@pytest.mark.parametrize("member", list(WebSocketStatus))
def test_msgspec_msgpack_round_trip(member: WebSocketStatus) -> None:
    encoded = msgspec.msgpack.encode(Frame(WebSocketEvent.MESSAGE, member))
    assert msgspec.msgpack.decode(encoded) == {"event": "message", "status": member.value}
    assert msgspec.msgpack.decode(encoded, type=Frame).status is member


def test_msgspec_decodes_bare_member() -> None:
    assert msgspec.json.decode(b'"closing"', type=WebSocketEvent) is WebSocketEvent.CLOSING
    assert msgspec.json.decode(b'"open"', type=WebSocketStatus) is WebSocketStatus.OPEN


@pytest.mark.parametrize("text", ['"OPENED"', '"Opened"', '" opened"', '"nope"', '""'])
def test_msgspec_rejects_other_text(text: str) -> None:
    # msgspec matches the exact value only; decode as str and call `parse` to be lenient.
    with pytest.raises(msgspec.ValidationError, match=r"Invalid enum value .* at `\$.event`"):
        msgspec.json.decode(f'{{"event": {text}}}'.encode(), type=Frame)


def test_msgspec_rejects_non_string() -> None:
    with pytest.raises(msgspec.ValidationError, match="Expected `str`, got `int`"):
        msgspec.json.decode(b'{"event": 1}', type=Frame)


def test_class_stays_fixed_after_msgspec_decode() -> None:
    msgspec.json.decode(b'"opened"', type=WebSocketEvent)
    with pytest.raises(AttributeError, match="fixed"):
        WebSocketEvent.EXTRA = "extra"  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="fixed"):
        del WebSocketEvent.__msgspec_cache__  # type: ignore[attr-defined]


def test_dataclass_json_round_trip() -> None:
    record = Record(WebSocketEvent.OPENED, WebSocketStatus.OPEN)
    text = json.dumps(dataclasses.asdict(record))
    assert text == '{"event": "opened", "status": "open"}'

    decoded = Record.from_json(text)
    assert decoded == record
    assert decoded.event is WebSocketEvent.OPENED
    assert decoded.status is WebSocketStatus.OPEN


@pytest.mark.parametrize("member", list(WebSocketEvent))
def test_json_encodes_members_as_values(member: WebSocketEvent) -> None:
    data: dict[str, Any] = {"event": member, "events": [member]}
    assert json.dumps(data) == json.dumps({"event": member.value, "events": [member.value]})


def test_dataclass_decode_rejects_name() -> None:
    with pytest.raises(ValueError, match="'OPENED' is not a valid WebSocketEvent value"):
        Record.from_json('{"event": "OPENED", "status": "open"}')
