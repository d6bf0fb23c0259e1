"""Build the wheel and sdist, install the wheel in a new virtual environment, use it there."""

import subprocess
import sys
import tarfile
import textwrap
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest
from packaging.requirements import Requirement

import websocket_event

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 600

pytestmark = pytest.mark.packaging

CONSUMER = textwrap.dedent(
    """\
    import sys
    from typing import Literal

    from websocket_event import WebSocketEvent, WebSocketEventValue

    if sys.version_info >= (3, 11):
        from typing import assert_type
    else:
        from typing_extensions import assert_type


    def label(event: WebSocketEvent) -> str:
        match event:
            case WebSocketEvent.OPENING | WebSocketEvent.OPENED:
                return "up"
            case WebSocketEvent.CLOSING | WebSocketEvent.CLOSED:
                return "down"
            case WebSocketEvent.ERROR | WebSocketEvent.MESSAGE:
                return "other"


    def check(text: str) -> None:
        assert_type(WebSocketEvent.from_value("opened"), Literal[WebSocketEvent.OPENED])
        assert_type(WebSocketEvent.parse(text), WebSocketEvent)
        if WebSocketEvent.is_value(text):
            assert_type(text, WebSocketEventValue)


    print(label(WebSocketEvent.parse(" OPENED ")), f"{WebSocketEvent.MESSAGE}")
    """
)


def run(*command: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the sdist and the wheel once, with the build backend already installed."""
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "build", "--no-isolation", "--outdir", out, ROOT)
    return out


def only(directory: Path, pattern: str) -> Path:
    matches = sorted(directory.glob(pattern))
    assert len(matches) == 1, f"expected one {pattern} in {directory}, found {matches}"
    return matches[0]


def test_wheel_contents(dist: Path) -> None:
    wheel = only(dist, "websocket_event-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert "websocket_event/py.typed" in names
    assert "websocket_event/__init__.py" in names
    assert not any(name.startswith("tests/") for name in names)
    info = f"websocket_event-{websocket_event.__version__}.dist-info"
    assert f"{info}/licenses/LICENSE" in names
    assert f"{info}/entry_points.txt" in names


def test_wheel_metadata(dist: Path) -> None:
    wheel = only(dist, "websocket_event-*.whl")
    info = f"websocket_event-{websocket_event.__version__}.dist-info"
    with zipfile.ZipFile(wheel) as archive:
        metadata = Parser().parsestr(archive.read(f"{info}/METADATA").decode())
    assert metadata["Name"] == "websocket-event"
    assert metadata["Version"] == websocket_event.__version__
    assert metadata["Requires-Python"] == ">=3.10"
    assert metadata["License-Expression"] == "MIT"
    classifiers = metadata.get_all("Classifier") or []
    for minor in (10, 11, 12, 13):
        assert f"Programming Language :: Python :: 3.{minor}" in classifiers
    assert "Typing :: Typed" in classifiers
    requirements = metadata.get_all("Requires-Dist") or []
    runtime = [Requirement(line) for line in requirements if "extra ==" not in line]
    assert [str(requirement) for requirement in runtime] == [
        str(Requirement('typing-extensions>=4.10; python_version < "3.13"'))
    ]


def test_sdist_contents(dist: Path) -> None:
    sdist = only(dist, "websocket_event-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for required in (
        "pyproject.toml",
        "README.md",
        "CHANGELOG.md",
        "LICENSE",
        "src/websocket_event/py.typed",
        "tests/test_packaging.py",
    ):
        assert required in names


def test_wheel_installs_and_type_checks(dist: Path, tmp_path: Path) -> None:
    wheel = only(dist, "websocket_event-*.whl")
    environment = tmp_path / "venv"
    run(sys.executable, "-m", "venv", environment)
    python = environment / "bin" / "python"
    run(python, "-m", "pip", "install", "--quiet", wheel)

    consumer = tmp_path / "consumer.py"
    consumer.write_text(CONSUMER)
    # mypy from this environment checks the consumer against the installed wheel only:
    # the working tree is not on the path of the new environment.
    result = run(
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-incremental",
        "--python-executable",
        python,
        consumer,
        cwd=tmp_path,
    )
    assert "Success" in result.stdout

    imported = run(
        python,
        "-c",
        "import sys, websocket_event; print(websocket_event.__file__); "
        "print('typing_extensions' in sys.modules)",
        cwd=tmp_path,
    ).stdout.splitlines()
    assert imported[0].startswith(str(environment))
    assert imported[1] == "False"

    assert run(python, consumer, cwd=tmp_path).stdout == "up message\n"
    script = environment / "bin" / "websocket-event"
    assert run(script, "parse", "Closing", cwd=tmp_path).stdout == "closing\n"
