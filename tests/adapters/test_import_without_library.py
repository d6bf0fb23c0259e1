"""Each adapter imports and maps names without its library; the package imports none."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import websocket_event

# The third-party libraries the adapters map, by top-level module name.
LIBRARIES = ("websockets", "aiohttp", "starlette", "wsproto", "websocket")

# Setting a module to None in sys.modules makes importing it raise ImportError.
BLOCK_LIBRARIES = f"import sys\nfor name in {LIBRARIES!r}:\n    sys.modules[name] = None\n"

CHECKS = {
    "browser": """
        from websocket_event.adapters.browser import event_from_browser, status_from_ready_state
        assert event_from_browser("open").value == "opened"
        assert status_from_ready_state(2).value == "closing"
    """,
    "websockets": """
        from websocket_event.adapters.websockets import status_from_state
        assert status_from_state("CONNECTING").value == "opening"
        try:
            status_from_state(1)
        except TypeError:
            pass
        else:
            raise AssertionError("an int was accepted")
    """,
    "aiohttp": """
        from websocket_event.adapters.aiohttp import event_from_msg_type
        assert event_from_msg_type("BINARY").value == "message"
        assert event_from_msg_type("PING") is None
    """,
    "starlette": """
        from websocket_event.adapters.starlette import status_from_state
        assert status_from_state("RESPONSE").value == "closing"
    """,
    "wsproto": """
        from websocket_event.adapters.wsproto import event_from_wsproto, status_from_state
        assert status_from_state("REJECTING").value == "closing"
        # The second class claims to come from wsproto, which cannot be imported here.
        forged = type("TextMessage", (), {"__module__": "wsproto.events"})
        for value in (object(), forged()):
            try:
                event_from_wsproto(value)
            except TypeError as error:
                name = type(value).__name__
                assert str(error).endswith(f"must be a wsproto event, not {name}"), error
            else:
                raise AssertionError(f"{value!r} was accepted")
    """,
    "websocket_client": """
        from websocket_event.adapters.websocket_client import app_handlers
        reported = []
        handlers = app_handlers(lambda event, payload: reported.append((event.value, payload)))
        handlers["on_open"](None)
        handlers["on_close"](None, 1000, "bye")
        assert reported == [("opened", None), ("closed", (1000, "bye"))]
    """,
}


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    """Run *code* in a new interpreter that imports this checkout's package."""
    source_root = Path(websocket_event.__file__).resolve().parents[1]
    environment = {**os.environ, "PYTHONPATH": str(source_root)}
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
        check=False,
    )


def test_checks_cover_every_adapter() -> None:
    adapters = Path(websocket_event.__file__).parent / "adapters"
    modules = {path.stem for path in adapters.glob("*.py") if not path.stem.startswith("_")}
    assert modules == set(CHECKS)


@pytest.mark.parametrize("adapter", sorted(CHECKS))
def test_adapter_works_without_libraries(adapter: str) -> None:
    code = (
        BLOCK_LIBRARIES
        + textwrap.dedent(CHECKS[adapter])
        + textwrap.dedent(
            f"""
        loaded = [name for name in {LIBRARIES!r} if sys.modules.get(name) is not None]
        assert not loaded, loaded
        """
        )
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr


def test_package_import_loads_no_adapter_or_library() -> None:
    code = textwrap.dedent(
        f"""
        import sys
        import websocket_event
        names = sorted(sys.modules)
        print([name for name in names if name.startswith("websocket_event.adapters")])
        print([name for name in names if name.partition(".")[0] in {LIBRARIES!r}])
        """
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["[]", "[]"]
