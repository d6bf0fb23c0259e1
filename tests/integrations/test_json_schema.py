"""``json_schema()`` checked against the draft 2020-12 metaschema with jsonschema."""

import json

import pytest
from jsonschema import Draft202012Validator

from websocket_event import WebSocketEvent, WebSocketStatus
from websocket_event._lookup import TextEnum, seal

ENUMS = [WebSocketEvent, WebSocketStatus]

DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("enum_class", ENUMS)
def test_schema_valid_under_metaschema(enum_class: type[TextEnum]) -> None:
    schema = enum_class.json_schema()
    assert schema["$schema"] == DRAFT_2020_12
    Draft202012Validator.check_schema(schema)


def test_event_schema_exact() -> None:
    assert WebSocketEvent.json_schema() == {
        "$schema": DRAFT_2020_12,
        "title": "WebSocketEvent",
        "description": (
            "Event reported by a websocket connection, as CommandPost's ``cp.websocket.event``."
        ),
        "type": "string",
        "enum": ["opening", "opened", "closing", "closed", "error", "message"],
        "oneOf": [
            {
                "const": "opening",
                "title": "OPENING",
                "description": "The socket is attempting to open.",
            },
            {"const": "opened", "title": "OPENED", "description": "The socket has opened."},
            {
                "const": "closing",
                "title": "CLOSING",
                "description": "The socket is attempting to close.",
            },
            {"const": "closed", "title": "CLOSED", "description": "The socket has closed."},
            {
                "const": "error",
                "title": "ERROR",
                "description": "There was an error. The connection may still be open.",
            },
            {
                "const": "message",
                "title": "MESSAGE",
                "description": "The socket has sent a message.",
            },
        ],
    }


@pytest.mark.parametrize("enum_class", ENUMS)
def test_schema_keeps_every_member(enum_class: type[TextEnum]) -> None:
    schema = enum_class.json_schema()
    assert schema["title"] == enum_class.__name__
    assert schema["type"] == "string"
    assert schema["enum"] == list(enum_class.values())
    entries = [(entry["const"], entry["title"], entry["description"]) for entry in schema["oneOf"]]
    assert entries == [(member.value, member.name, member.description) for member in enum_class]


@pytest.mark.parametrize("enum_class", ENUMS)
def test_schema_accepts_every_value(enum_class: type[TextEnum]) -> None:
    validator = Draft202012Validator(enum_class.json_schema())
    for value in enum_class.values():
        assert validator.is_valid(value), value


@pytest.mark.parametrize("enum_class", ENUMS)
@pytest.mark.parametrize(
    "instance",
    ["", "Opened", "OPEN", " open", "open ", "unknown", 1, 0, None, True, [], {}],
)
def test_schema_rejects_other_instances(enum_class: type[TextEnum], instance: object) -> None:
    validator = Draft202012Validator(enum_class.json_schema())
    assert not validator.is_valid(instance)


@pytest.mark.parametrize("enum_class", ENUMS)
def test_schema_rejects_names_and_other_case(enum_class: type[TextEnum]) -> None:
    validator = Draft202012Validator(enum_class.json_schema())
    for member in enum_class:
        assert not validator.is_valid(member.name), member.name
        assert not validator.is_valid(member.value.title()), member.value


@pytest.mark.parametrize("enum_class", ENUMS)
def test_schema_error_comes_from_each_keyword(enum_class: type[TextEnum]) -> None:
    # Both "enum" and "oneOf" reject a value that is not listed, so that a
    # validator that reads only one of them still rejects it.
    validator = Draft202012Validator(enum_class.json_schema())
    keywords = {error.validator for error in validator.iter_errors("nope")}
    assert keywords == {"enum", "oneOf"}


@pytest.mark.parametrize("enum_class", ENUMS)
def test_schema_fresh_each_call(enum_class: type[TextEnum]) -> None:
    first = enum_class.json_schema()
    first["title"] = "changed"
    first["enum"].append("extra")
    first["oneOf"][0]["description"] = "changed"
    del first["$schema"]

    second = enum_class.json_schema()
    assert second["$schema"] == DRAFT_2020_12
    assert second["title"] == enum_class.__name__
    assert second["enum"] == list(enum_class.values())
    assert second["oneOf"][0]["description"] == next(iter(enum_class)).description


@pytest.mark.parametrize("enum_class", ENUMS)
def test_schema_round_trips_through_json(enum_class: type[TextEnum]) -> None:
    schema = enum_class.json_schema()
    assert json.loads(json.dumps(schema, indent=2)) == schema


def test_description_is_first_docstring_paragraph() -> None:
    class Phase(TextEnum):
        """Phase of a test run,
        split over two lines.

        A second paragraph that the schema leaves out.
        """

        SETUP = "setup"
        CALL = "call"

    seal(Phase, {"SETUP": "Fixtures run.", "CALL": "The test runs."})

    schema = Phase.json_schema()
    assert schema["description"] == "Phase of a test run, split over two lines."
    Draft202012Validator.check_schema(schema)


def test_description_left_out_without_docstring() -> None:
    class Quiet(TextEnum):
        """ """

        ON = "on"

    seal(Quiet, {"ON": "Turned on."})

    schema = Quiet.json_schema()
    assert "description" not in schema
    assert schema["oneOf"] == [{"const": "on", "title": "ON", "description": "Turned on."}]
    Draft202012Validator.check_schema(schema)
