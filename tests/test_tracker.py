"""LifecycleTracker against CommandPost's rules, by table and by a stateful model."""

import itertools

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from websocket_event import LifecycleTracker, WebSocketEvent, WebSocketStatus

E = WebSocketEvent
S = WebSocketStatus


def test_tracker_starts_closed() -> None:
    assert LifecycleTracker().status is S.CLOSED


def test_tracker_repr_names_status() -> None:
    assert repr(LifecycleTracker()) == "<LifecycleTracker status='closed'>"


def test_tracker_full_session() -> None:
    tracker = LifecycleTracker()
    events = [E.OPENING, E.OPENED, E.MESSAGE, E.ERROR, E.MESSAGE, E.CLOSING, E.CLOSED]
    reported = [tracker.feed(event) for event in events]
    assert reported == events
    assert tracker.status is S.CLOSED


@pytest.mark.parametrize(
    ("status_events", "event", "reported", "status"),
    [
        # Lifecycle events are reported only when they change the status.
        ([], E.CLOSED, None, S.CLOSED),
        ([E.OPENING], E.OPENING, None, S.OPENING),
        ([E.OPENING, E.OPENED], E.OPENED, None, S.OPEN),
        ([E.OPENING], E.CLOSED, E.CLOSED, S.CLOSED),
        ([], E.OPENED, E.OPENED, S.OPEN),
        # MESSAGE only while OPEN.
        ([], E.MESSAGE, None, S.CLOSED),
        ([E.OPENING], E.MESSAGE, None, S.OPENING),
        ([E.OPENING, E.OPENED, E.CLOSING], E.MESSAGE, None, S.CLOSING),
        # ERROR unless CLOSING or CLOSED, and never a change of status.
        ([], E.ERROR, None, S.CLOSED),
        ([E.OPENING], E.ERROR, E.ERROR, S.OPENING),
        ([E.OPENING, E.OPENED], E.ERROR, E.ERROR, S.OPEN),
        ([E.OPENING, E.OPENED, E.CLOSING], E.ERROR, None, S.CLOSING),
    ],
)
def test_tracker_rules(
    status_events: list[WebSocketEvent],
    event: WebSocketEvent,
    reported: WebSocketEvent | None,
    status: WebSocketStatus,
) -> None:
    tracker = LifecycleTracker()
    for earlier in status_events:
        tracker.feed(earlier)
    assert tracker.feed(event) is reported
    assert tracker.status is status


@pytest.mark.parametrize("value", ["opened", WebSocketStatus.OPEN, None, 1])
def test_tracker_rejects_non_events(value: object) -> None:
    tracker = LifecycleTracker()
    with pytest.raises(TypeError, match=r"must be WebSocketEvent, not "):
        tracker.feed(value)  # type: ignore[arg-type]
    assert tracker.status is S.CLOSED


class TrackerModel(RuleBasedStateMachine):
    """Feed random events and hold the tracker to the rules after every step."""

    def __init__(self) -> None:
        super().__init__()
        self.tracker = LifecycleTracker()
        self.model_status = S.CLOSED
        self.reported: list[WebSocketEvent] = []

    @rule(event=st.sampled_from(WebSocketEvent))
    def feed(self, event: WebSocketEvent) -> None:
        before = self.tracker.status
        result = self.tracker.feed(event)
        after = self.tracker.status

        if event.is_lifecycle:
            assert after is event.status
            assert (result is event) == (before is not after)
        else:
            assert after is before, "MESSAGE and ERROR never change the status"
            if event is E.MESSAGE:
                assert (result is event) == (before is S.OPEN)
            else:
                assert (result is event) == (before not in (S.CLOSING, S.CLOSED))
        assert result is None or result is event

        self.model_status = after
        if result is not None:
            self.reported.append(result)

    @precondition(lambda self: self.tracker.status is S.OPEN)
    @rule()
    def message_while_open(self) -> None:
        assert self.tracker.feed(E.MESSAGE) is E.MESSAGE

    @invariant()
    def status_matches_model(self) -> None:
        assert self.tracker.status is self.model_status

    @invariant()
    def reported_lifecycle_events_change_status(self) -> None:
        # No two reported lifecycle events in a row lead to the same status, and
        # the last one reported leads to the current status.
        lifecycle = [event for event in self.reported if event.is_lifecycle]
        for first, second in itertools.pairwise(lifecycle):
            assert first.status is not second.status
        if lifecycle:
            assert lifecycle[-1].status is self.tracker.status

    @invariant()
    def messages_reported_only_when_open(self) -> None:
        status = S.CLOSED
        for event in self.reported:
            if event.status is not None:
                status = event.status
            elif event is E.MESSAGE:
                assert status is S.OPEN
            else:
                assert status not in (S.CLOSING, S.CLOSED)


TestTrackerModel = TrackerModel.TestCase
TestTrackerModel.settings = settings(max_examples=200, stateful_step_count=30, deadline=None)


def test_tracker_error_names_type() -> None:
    with pytest.raises(TypeError) as caught:
        LifecycleTracker().feed("closed")  # type: ignore[arg-type]
    assert str(caught.value) == (
        "LifecycleTracker.feed() argument must be WebSocketEvent, not str"
    )
