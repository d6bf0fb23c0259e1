"""``import websocket_event`` loads none of the libraries that the integrations use."""

import subprocess
import sys
import textwrap

import pytest

OPTIONAL = ("pydantic", "msgspec", "yaml", "click", "jsonschema", "argparse", "json")


def modules_after(statement: str) -> set[str]:
    """Return the top-level module names loaded by *statement* in a new interpreter."""
    code = textwrap.dedent(
        f"""
        import sys
        {statement}
        print("\\n".join(sorted({{name.partition(".")[0] for name in sys.modules}})))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def test_package_import_loads_no_optional_library() -> None:
    loaded = modules_after("import websocket_event")
    assert "websocket_event" in loaded
    assert sorted(loaded.intersection(OPTIONAL)) == []


def test_json_schema_loads_no_optional_library() -> None:
    loaded = modules_after("import websocket_event; websocket_event.WebSocketEvent.json_schema()")
    assert sorted(loaded.intersection(OPTIONAL)) == []


@pytest.mark.parametrize(
    ("module", "library"),
    [
        ("websocket_event.pydantic", "pydantic"),
        ("websocket_event.click", "click"),
    ],
)
def test_integration_module_loads_its_library(module: str, library: str) -> None:
    # A check that the test above can see a loaded library at all.
    assert library in modules_after(f"import {module}")


def test_argparse_module_defers_argparse() -> None:
    loaded = modules_after("import websocket_event.argparse")
    assert "argparse" not in loaded
