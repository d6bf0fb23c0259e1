"""Pickles of the members load as the same members on every supported Python.

For each of Python 3.10 to 3.13, a subprocess imports the package from ``src`` and
pickles every member of every enum with every protocol it supports. This interpreter
then loads each pickle whose protocol it supports, and the same is done the other way
round. A missing interpreter fails the test, because a skip would hide the gap. The
interpreters are found with pyenv, as ``python3.X`` on ``PATH`` with ``PYENV_VERSION``
set below.
"""

import base64
import enum
import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import websocket_event
from websocket_event._lookup import TextEnum

SUPPORTED = ["3.10", "3.11", "3.12", "3.13"]

# The pyenv versions that provide python3.10 ... python3.13.
PYENV_VERSION = "3.11.7:3.10.13:3.12.1:3.13.0"

SRC = Path(__file__).resolve().parents[1] / "src"

# Run by each interpreter: the code shared by the writer and the reader.
COMMON = """
import base64, enum, json, pickle, sys
import websocket_event

ENUMS = [
    obj
    for obj in (getattr(websocket_event, name) for name in websocket_event.__all__)
    if isinstance(obj, type) and issubclass(obj, enum.Enum)
]
"""

WRITER = (
    COMMON
    + """
pickles = []
for cls in ENUMS:
    for member in cls:
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            data = base64.b64encode(pickle.dumps(member, protocol)).decode()
            pickles.append([cls.__name__, member.name, protocol, data])
json.dump(
    {
        "version": list(sys.version_info[:2]),
        "package": websocket_event.__file__,
        "members": {cls.__name__: [member.name for member in cls] for cls in ENUMS},
        "pickles": pickles,
    },
    sys.stdout,
)
"""
)

READER = (
    COMMON
    + """
by_class = {cls.__name__: cls for cls in ENUMS}
loaded = []
for class_name, member_name, protocol, data in json.load(sys.stdin)["pickles"]:
    if protocol > pickle.HIGHEST_PROTOCOL:
        continue
    member = pickle.loads(base64.b64decode(data))
    expected = by_class[class_name][member_name]
    loaded.append([class_name, member_name, protocol, member is expected])
json.dump(
    {
        "version": list(sys.version_info[:2]),
        "package": websocket_event.__file__,
        "highest_protocol": pickle.HIGHEST_PROTOCOL,
        "loaded": loaded,
    },
    sys.stdout,
)
"""
)

ENUMS: list[type[TextEnum]] = [
    obj
    for obj in (getattr(websocket_event, name) for name in websocket_event.__all__)
    if isinstance(obj, type) and issubclass(obj, enum.Enum)
]


def _environment() -> dict[str, str]:
    environment = dict(os.environ)
    environment["PYENV_VERSION"] = PYENV_VERSION
    environment["PYTHONPATH"] = str(SRC)
    environment["PYTHONDONTWRITEBYTECODE"] = "1"
    for name in ("PYTHONHOME", "PYTHONSTARTUP", "PYTHONSAFEPATH"):
        environment.pop(name, None)
    return environment


def _run(version: str, script: str, stdin: str = "") -> dict[str, Any]:
    """Run *script* with Python *version* and return the JSON it writes."""
    environment = _environment()
    executable = shutil.which(f"python{version}", path=environment.get("PATH"))
    assert executable is not None, f"python{version} not found on PATH"
    completed = subprocess.run(
        [executable, "-c", script],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    result: dict[str, Any] = json.loads(completed.stdout)
    assert result["version"] == [int(part) for part in version.split(".")]
    # The package under test, not a copy installed for that interpreter.
    assert Path(result["package"]).resolve().is_relative_to(SRC)
    return result


def _members() -> dict[str, list[str]]:
    return {cls.__name__: [member.name for member in cls] for cls in ENUMS}


def _every_pickle(highest_protocol: int) -> set[tuple[str, str, int]]:
    """Return (enum, member, protocol) for every member and protocol up to *highest_protocol*."""
    return {
        (cls.__name__, member.name, protocol)
        for cls in ENUMS
        for member in cls
        for protocol in range(highest_protocol + 1)
    }


@pytest.mark.parametrize("version", SUPPORTED)
def test_pickles_from_version_load_here(version: str) -> None:
    written = _run(version, WRITER)
    assert written["members"] == _members()

    by_class = {cls.__name__: cls for cls in ENUMS}
    loaded: set[tuple[str, str, int]] = set()
    for class_name, member_name, protocol, data in written["pickles"]:
        if protocol > pickle.HIGHEST_PROTOCOL:
            continue
        member = pickle.loads(base64.b64decode(data))
        assert member is by_class[class_name][member_name], (class_name, member_name, protocol)
        loaded.add((class_name, member_name, protocol))

    # Every member, with every protocol that both interpreters support.
    writer_highest = max(protocol for _, _, protocol, _ in written["pickles"])
    assert loaded == _every_pickle(min(writer_highest, pickle.HIGHEST_PROTOCOL))


@pytest.mark.parametrize("version", SUPPORTED)
def test_pickles_from_here_load_on_version(version: str) -> None:
    pickles = [
        [name, member_name, protocol, base64.b64encode(pickle.dumps(member, protocol)).decode()]
        for name, member_name, protocol in sorted(_every_pickle(pickle.HIGHEST_PROTOCOL))
        for member in [getattr(websocket_event, name)[member_name]]
    ]
    result = _run(version, READER, json.dumps({"pickles": pickles}))

    failed = [entry[:3] for entry in result["loaded"] if not entry[3]]
    assert failed == []
    # Every member, with every protocol that both interpreters support.
    loaded = {(name, member_name, protocol) for name, member_name, protocol, _ in result["loaded"]}
    shared = min(result["highest_protocol"], pickle.HIGHEST_PROTOCOL)
    assert loaded == _every_pickle(shared)


def test_all_supported_versions_listed() -> None:
    # The running interpreter is one of those checked, so CI covers every pair.
    assert f"{sys.version_info.major}.{sys.version_info.minor}" in SUPPORTED
