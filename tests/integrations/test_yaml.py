"""Writing members with real PyYAML's safe dumper, and reading them back."""

import subprocess
import sys
import textwrap

import pytest
import yaml

from websocket_event import WebSocketEvent, WebSocketStatus


def represent_member(
    dumper: yaml.SafeDumper, member: WebSocketEvent | WebSocketStatus
) -> yaml.ScalarNode:
    # The value, a plain str: libyaml's emitter rejects a str subclass.
    return dumper.represent_str(member.value)


class Dumper(yaml.SafeDumper):
    """Safe dumper that writes both enums as their values, for these tests only."""


Dumper.add_representer(WebSocketEvent, represent_member)
Dumper.add_representer(WebSocketStatus, represent_member)


def test_safe_dump_rejects_member_without_representer() -> None:
    # Each class needs a representer: SafeDumper looks up the exact type of a value.
    with pytest.raises(yaml.representer.RepresenterError, match="cannot represent an object"):
        yaml.safe_dump({"event": WebSocketEvent.OPENED})


def test_dump_writes_values() -> None:
    data = {
        "event": WebSocketEvent.OPENED,
        "status": WebSocketStatus.OPEN,
        "seen": list(WebSocketEvent),
    }
    text = yaml.dump(data, Dumper=Dumper, sort_keys=False)
    assert text == (
        "event: opened\n"
        "status: open\n"
        "seen:\n"
        "- opening\n- opened\n- closing\n- closed\n- error\n- message\n"
    )


def test_dump_output_loads_as_plain_strings() -> None:
    text = yaml.dump({"event": WebSocketEvent.ERROR}, Dumper=Dumper)
    loaded = yaml.safe_load(text)
    assert loaded == {"event": "error"}
    assert type(loaded["event"]) is str


@pytest.mark.parametrize("member", list(WebSocketEvent))
def test_round_trip_through_from_value(member: WebSocketEvent) -> None:
    loaded = yaml.safe_load(yaml.dump({"event": member}, Dumper=Dumper))
    assert WebSocketEvent.from_value(loaded["event"]) is member


def test_hand_written_yaml_through_parse() -> None:
    loaded = yaml.safe_load("event: Closed\nstatus: CLOSING\n")
    assert WebSocketEvent.parse(loaded["event"]) is WebSocketEvent.CLOSED
    assert WebSocketStatus.parse(loaded["status"]) is WebSocketStatus.CLOSING


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML was built without libyaml")
def test_libyaml_dumper_needs_plain_value() -> None:
    class CDumper(yaml.CSafeDumper):
        pass

    CDumper.add_representer(WebSocketEvent, CDumper.represent_str)
    with pytest.raises(TypeError, match="value must be a string"):
        yaml.dump({"event": WebSocketEvent.OPENED}, Dumper=CDumper)

    CDumper.add_representer(WebSocketEvent, represent_member)
    assert yaml.dump({"event": WebSocketEvent.OPENED}, Dumper=CDumper) == "event: opened\n"


def test_global_representer_makes_safe_dump_work() -> None:
    # Registered on yaml.SafeDumper itself, in a child process so that this test
    # module's own check of the unregistered dumper is not affected.
    code = textwrap.dedent(
        """
        import yaml
        from websocket_event import WebSocketEvent

        yaml.SafeDumper.add_representer(
            WebSocketEvent, lambda dumper, member: dumper.represent_str(member.value)
        )
        print(yaml.safe_dump({"event": WebSocketEvent.CLOSED}), end="")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "event: closed\n"
