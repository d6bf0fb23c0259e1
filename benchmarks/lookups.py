"""Time the lookups of WebSocketEvent against the standard library's enum lookups.

Each row is a call timed with :mod:`timeit` in several rounds. A round times every row
once, so that a change in machine load shifts all rows of a round alike. The ratio of
two rows is the median, over the rounds, of the first row's time divided by the
second row's time in the same round.

The yardsticks:

floor
    The cheapest lookup of the same call shape: a classmethod of a stock
    ``(str, Enum)`` class whose whole body is one ``dict.get``. Reaching a method as
    an attribute of an enum class is not free (before Python 3.12 the enum metaclass
    defines ``__getattr__``, which slows every attribute access), so it is measured
    rather than assumed.
stock
    What the standard library offers for the same job on a plain ``(str, Enum)``
    with the same six members: ``Enum(value)``, ``Enum[name]``,
    ``Enum(text.strip().lower())`` where the lookup is lenient, and a function that
    returns a default where ``Enum(text)`` raises ``ValueError``.

Run from a checkout with ``PYTHONPATH=src python benchmarks/lookups.py``. ``--quick``
runs a few short rounds, enough to check that every row still works.
"""

from __future__ import annotations

import argparse
import enum
import platform
import statistics
import sys
import timeit
from dataclasses import dataclass

from websocket_event import WebSocketEvent

# Each timed statement is repeated this many times per loop iteration, so that the
# loop's own cost is a small part of each measured call.
UNROLL = 10


class StockEvent(str, enum.Enum):
    """A plain ``(str, Enum)`` with the members of WebSocketEvent."""

    OPENING = "opening"
    OPENED = "opened"
    CLOSING = "closing"
    CLOSED = "closed"
    ERROR = "error"
    MESSAGE = "message"


class FloorEvent(str, enum.Enum):
    """A plain ``(str, Enum)`` whose lookup is one ``dict.get`` in a classmethod."""

    OPENING = "opening"
    OPENED = "opened"
    CLOSING = "closing"
    CLOSED = "closed"
    ERROR = "error"
    MESSAGE = "message"

    @classmethod
    def lookup(cls, value: str) -> FloorEvent | None:
        return _FLOOR_TABLE.get(value)


_FLOOR_TABLE = {member.value: member for member in FloorEvent}


def stock_get(text: str, default: StockEvent | None = None) -> StockEvent | None:
    """Return the member of StockEvent whose value is *text*, or *default*."""
    try:
        return StockEvent(text)
    except ValueError:
        return default


if sys.version_info >= (3, 11):
    StrEvent: type[enum.Enum] | None = enum.StrEnum(
        "StrEvent", {member.name: member.value for member in StockEvent}
    )
else:
    StrEvent = None

# The inputs of the timed calls.
INPUTS = {
    "value": "opened",
    "name": "OPENED",
    "other_case": "Opened",
    "padded": " opened\n",
    "miss": "unknown",
}


@dataclass(frozen=True)
class Row:
    """One timed call: its label, its statement and what it must return."""

    label: str
    statement: str
    expected: object
    stock: str | None = None
    floor_target: float | None = None


def build_rows() -> list[Row]:
    """Return the rows to time: the package's lookups, then the yardsticks."""
    opened = WebSocketEvent.OPENED
    rows = [
        Row("from_value", "E.from_value(value)", opened, "Enum(value)", 1.5),
        Row("from_name", "E.from_name(name)", opened, "Enum[name]", 1.5),
        Row("parse, exact value", "E.parse(value)", opened, "Enum(value)", 1.5),
        Row("parse, exact name", "E.parse(name)", opened, "Enum[name]", 1.5),
        Row("parse, other case", "E.parse(other_case)", opened, "Enum(text.strip().lower())", 3.0),
        Row("parse, whitespace", "E.parse(padded)", opened, "Enum(text.strip().lower())", 3.0),
        Row("get, exact value", "E.get(value)", opened, "Enum(value)", 1.5),
        Row("get, exact name", "E.get(name)", opened, "Enum[name]", 1.5),
        Row("get, other case", "E.get(other_case)", opened, "Enum(text.strip().lower())", 3.0),
        Row("get, whitespace", "E.get(padded)", opened, "Enum(text.strip().lower())", 3.0),
        Row("get, miss", "E.get(miss)", None, "stock_get(miss)", 3.0),
        Row("is_value, hit", "E.is_value(value)", True, "value in set", 1.5),
        Row("is_value, miss", "E.is_value(miss)", False, "value in set", 1.5),
        Row("floor", "F.lookup(value)", FloorEvent.OPENED),
        Row("dict.get", "table.get(value)", FloorEvent.OPENED),
        Row("value in set", "value in values", True),
        Row("Enum(value)", "S(value)", StockEvent.OPENED),
        Row("Enum[name]", "S[name]", StockEvent.OPENED),
        Row("Enum(text.strip().lower())", "S(padded.strip().lower())", StockEvent.OPENED),
        Row("stock_get(miss)", "stock_get(miss)", None),
    ]
    if StrEvent is not None:
        rows += [
            Row("StrEnum(value)", "T(value)", StrEvent("opened")),
            Row("StrEnum[name]", "T[name]", StrEvent("opened")),
        ]
    return rows


def namespace() -> dict[str, object]:
    """Return the names the timed statements use."""
    return {
        "E": WebSocketEvent,
        "F": FloorEvent,
        "S": StockEvent,
        "T": StrEvent,
        "stock_get": stock_get,
        "table": _FLOOR_TABLE,
        "values": frozenset(member.value for member in StockEvent),
        **INPUTS,
    }


def make_timer(row: Row, names: dict[str, object]) -> timeit.Timer:
    """Return a timer for *row* whose names are local variables of the timed loop."""
    # Local variables, because globals would add a dictionary lookup to each call.
    setup = "\n".join(f"{name} = _names[{name!r}]" for name in names)
    body = "\n".join([row.statement] * UNROLL)
    return timeit.Timer(body, setup, globals={"_names": names})


def check_result(row: Row, names: dict[str, object]) -> None:
    """Raise AssertionError unless the statement of *row* gives what it must."""
    result = eval(row.statement, {}, names)
    if result != row.expected or type(result) is not type(row.expected):
        raise AssertionError(f"{row.label}: {row.statement} gave {result!r}")


def calibrate(timer: timeit.Timer, seconds: float) -> int:
    """Return how many loops of *timer* take about *seconds*."""
    number = 1
    while True:
        elapsed = timer.timeit(number)
        if elapsed >= seconds / 10:
            return max(1, int(number * seconds / elapsed))
        number *= 10


@dataclass
class Result:
    """Per-call times of one row, in seconds, one per round."""

    row: Row
    times: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    def spread(self) -> float:
        """Return the interquartile range of the times, relative to their median."""
        if len(self.times) < 4:
            return (max(self.times) - min(self.times)) / self.median
        quartiles = statistics.quantiles(self.times, n=4)
        return (quartiles[2] - quartiles[0]) / self.median


def run(rows: list[Row], rounds: int, seconds: float) -> dict[str, Result]:
    """Time every row in each of *rounds* rounds and return the results by label."""
    names = namespace()
    for row in rows:
        check_result(row, names)
    timers = {row.label: make_timer(row, names) for row in rows}
    numbers = {label: calibrate(timer, seconds) for label, timer in timers.items()}
    results = {row.label: Result(row, []) for row in rows}
    for _ in range(rounds):
        for label, timer in timers.items():
            elapsed = timer.timeit(numbers[label])
            results[label].times.append(elapsed / (numbers[label] * UNROLL))
    return results


def ratio(results: dict[str, Result], label: str, other: str) -> float:
    """Return the median over the rounds of the time of *label* over that of *other*."""
    pairs = zip(results[label].times, results[other].times, strict=True)
    return statistics.median(mine / theirs for mine, theirs in pairs)


def verdicts(results: dict[str, Result]) -> list[tuple[str, float, float, bool]]:
    """Return each target: its description, the measured ratio, the limit, whether met."""
    checks = []
    for result in results.values():
        row = result.row
        if row.floor_target is not None:
            measured = ratio(results, row.label, "floor")
            description = f"{row.label} <= {row.floor_target}x floor"
            checks.append((description, measured, row.floor_target, measured <= row.floor_target))
    measured = ratio(results, "from_value", "Enum(value)")
    checks.append(("from_value <= 0.5x Enum(value)", measured, 0.5, measured <= 0.5))
    return checks


def print_report(results: dict[str, Result], rounds: int, seconds: float) -> None:
    """Print the results as Markdown tables, then one verdict per target."""
    print(f"Python {sys.version.split()[0]} ({platform.python_implementation()})")
    print(f"`{sys.version}`")
    print(f"{rounds} rounds of about {seconds * 1000:.0f} ms per row; times are medians per call.")
    print()
    print("| call | ns | spread | x floor | x stock | stock |")
    print("|---|---:|---:|---:|---:|---|")
    for label, result in results.items():
        row = result.row
        stock = row.stock
        to_stock = f"{ratio(results, label, stock):.2f}" if stock else ""
        print(
            f"| {label} | {result.median * 1e9:.1f} | {result.spread():.0%} "
            f"| {ratio(results, label, 'floor'):.2f} | {to_stock} | {stock or ''} |"
        )
    print()
    print("| target | measured | verdict |")
    print("|---|---:|---|")
    for description, measured, limit, met in verdicts(results):
        verdict = "met" if met else f"MISSED by {measured / limit - 1:.0%}"
        print(f"| {description} | {measured:.2f} | {verdict} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--quick",
        action="store_true",
        help="run 3 rounds of about 1 ms per row: checks that every row works",
    )
    parser.add_argument("--rounds", type=int, default=21, help="rounds (default: 21)")
    parser.add_argument(
        "--seconds",
        type=float,
        default=0.02,
        help="time per row and round, in seconds (default: 0.02)",
    )
    args = parser.parse_args(argv)
    rounds, seconds = (3, 0.001) if args.quick else (args.rounds, args.seconds)
    rows = build_rows()
    results = run(rows, rounds, seconds)
    print_report(results, rounds, seconds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
