"""Model fields typed with the enums, validated and dumped by real pydantic 2."""

import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from websocket_event import WebSocketEvent, WebSocketStatus
from websocket_event._lookup import TextEnum
from websocket_event.pydantic import LenientWebSocketEvent, LenientWebSocketStatus


class Frame(BaseModel):
    event: WebSocketEvent
    status: WebSocketStatus | None = None


class LenientFrame(BaseModel):
    event: LenientWebSocketEvent
    status: LenientWebSocketStatus | None = None


class StrictLenientFrame(BaseModel):
    model_config = ConfigDict(strict=True)

    event: LenientWebSocketEvent


def parse_message(enum_class: type[TextEnum], text: str) -> str:
    with pytest.raises(ValueError, match=r".") as caught:
        enum_class.parse(text)
    return str(caught.value)


@pytest.mark.parametrize("member", list(WebSocketEvent))
def test_field_validates_from_value(member: WebSocketEvent) -> None:
    assert Frame(event=member.value).event is member
    assert Frame.model_validate_json(json.dumps({"event": member.value})).event is member


def test_field_validates_from_member() -> None:
    frame = Frame(event=WebSocketEvent.CLOSED, status=WebSocketStatus.CLOSED)
    assert frame.event is WebSocketEvent.CLOSED
    assert frame.status is WebSocketStatus.CLOSED


@pytest.mark.parametrize("text", ["OPENED", "Opened", " opened", "nope", ""])
def test_field_rejects_other_text(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Frame(event=text)
    [error] = caught.value.errors()
    assert error["type"] == "enum"
    assert error["loc"] == ("event",)


def test_dump_python_gives_members() -> None:
    frame = Frame(event="message", status="open")
    assert frame.model_dump() == {"event": WebSocketEvent.MESSAGE, "status": WebSocketStatus.OPEN}
    assert frame.model_dump()["event"] is WebSocketEvent.MESSAGE


def test_dump_json_mode_gives_plain_values() -> None:
    dumped = Frame(event="message", status="open").model_dump(mode="json")
    assert dumped == {"event": "message", "status": "open"}
    assert type(dumped["event"]) is str
    assert type(dumped["status"]) is str


def test_dump_json_round_trips() -> None:
    frame = Frame(event="error", status="closing")
    text = frame.model_dump_json()
    assert json.loads(text) == {"event": "error", "status": "closing"}
    assert Frame.model_validate_json(text) == frame


def model_schema_definition(model: type[BaseModel], name: str) -> dict[str, Any]:
    schema = model.model_json_schema()
    Draft202012Validator.check_schema(schema)
    definition: dict[str, Any] = schema["$defs"][name]
    return definition


@pytest.mark.parametrize("enum_class", [WebSocketEvent, WebSocketStatus])
def test_model_schema_carries_descriptions(enum_class: type[TextEnum]) -> None:
    definition = model_schema_definition(Frame, enum_class.__name__)
    descriptions = [entry["description"] for entry in definition["oneOf"]]
    assert descriptions == [member.description for member in enum_class]


@pytest.mark.parametrize("enum_class", [WebSocketEvent, WebSocketStatus])
def test_model_schema_is_json_schema_without_dialect(enum_class: type[TextEnum]) -> None:
    expected = enum_class.json_schema()
    del expected["$schema"]
    assert model_schema_definition(Frame, enum_class.__name__) == expected


def test_model_schema_in_serialization_mode() -> None:
    schema = Frame.model_json_schema(mode="serialization")
    assert schema["$defs"]["WebSocketEvent"]["oneOf"][4]["description"] == (
        WebSocketEvent.ERROR.description
    )


def test_model_schema_validates_dumped_model() -> None:
    validator = Draft202012Validator(Frame.model_json_schema())
    assert validator.is_valid(Frame(event="opened", status="open").model_dump(mode="json"))
    assert not validator.is_valid({"event": "OPENED"})
    assert not validator.is_valid({"event": "opened", "status": "opened"})


def test_type_adapter_schema_carries_descriptions() -> None:
    schema = TypeAdapter(WebSocketEvent).json_schema()
    assert "$schema" not in schema
    assert [entry["title"] for entry in schema["oneOf"]] == list(WebSocketEvent.names())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("opened", WebSocketEvent.OPENED),
        (" Opened\n", WebSocketEvent.OPENED),
        ("CLOSED", WebSocketEvent.CLOSED),
        ("message", WebSocketEvent.MESSAGE),
    ],
)
def test_lenient_field_accepts_parse_spellings(text: str, expected: WebSocketEvent) -> None:
    assert LenientFrame(event=text).event is expected
    assert LenientFrame.model_validate_json(json.dumps({"event": text})).event is expected
    assert StrictLenientFrame(event=text).event is expected
    assert StrictLenientFrame.model_validate_json(json.dumps({"event": text})).event is expected


def test_lenient_status_field() -> None:
    frame = LenientFrame(event="opened", status=" OPEN ")
    assert frame.status is WebSocketStatus.OPEN
    assert frame.model_dump(mode="json") == {"event": "opened", "status": "open"}


def test_lenient_field_accepts_member() -> None:
    assert LenientFrame(event=WebSocketEvent.ERROR).event is WebSocketEvent.ERROR
    assert StrictLenientFrame(event=WebSocketEvent.ERROR).event is WebSocketEvent.ERROR


@pytest.mark.parametrize("text", ["opend", "nope", "", "o" * 300, "\u043e\u0440ened"])
def test_lenient_rejection_carries_parse_message(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        LenientFrame(event=text)
    [error] = caught.value.errors()
    assert error["type"] == "value_error"
    assert error["loc"] == ("event",)
    assert error["msg"] == "Value error, " + parse_message(WebSocketEvent, text)
    assert parse_message(WebSocketEvent, text) in str(caught.value)


@pytest.mark.parametrize("value", [1, None, 2.5, ["opened"], {"event": "opened"}])
def test_lenient_rejects_non_strings_as_validation_error(value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        LenientFrame(event=value)
    # pydantic's own enum validator rejects it; its error type varies by release.
    [error] = caught.value.errors()
    assert error["loc"] == ("event",)
    assert error["type"] != "value_error"


def test_lenient_rejects_non_strings_in_json() -> None:
    with pytest.raises(ValidationError) as caught:
        LenientFrame.model_validate_json('{"event": 3}')
    [error] = caught.value.errors()
    assert error["loc"] == ("event",)
    assert error["type"] != "value_error"


def test_lenient_schema_lists_exact_values() -> None:
    definition = model_schema_definition(LenientFrame, "WebSocketEvent")
    assert definition["enum"] == list(WebSocketEvent.values())
    assert len(definition["oneOf"]) == len(WebSocketEvent)
