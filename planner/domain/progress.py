"""Progress and cancellation shared between a long task and whoever watches it.

A task receives a :class:`Progress` and calls :meth:`Progress.report` now and then; the
watcher (a progress bar, a CLI line) gets throttled callbacks.  Cancelling is a plain flag
that the task polls with :meth:`Progress.check` (raising :class:`Cancelled`) or reads with
:attr:`Progress.cancelled` when it prefers to stop cleanly with what it has.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


class Cancelled(Exception):
    """Raised inside a task when the user asked it to stop."""

    def __init__(self, message: str = "Opération annulée.") -> None:
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class ProgressState:
    """What a watcher is told: a fraction in [0, 1] (None when unknown) and a short text."""

    fraction: float | None
    message: str


class Progress:
    """Progress reporting with throttling, and a cancel flag safe to set from another thread."""

    def __init__(
        self,
        callback: Callable[[ProgressState], None] | None = None,
        *,
        min_interval: float = 0.1,
    ) -> None:
        self._callback = callback
        self._min_interval = min_interval
        self._cancel = threading.Event()
        self._last_emit = 0.0
        self._last_state = ProgressState(None, "")
        self._lock = threading.Lock()

    # -- cancel -----------------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the task was cancelled."""
        if self._cancel.is_set():
            raise Cancelled()

    # -- report -----------------------------------------------------------------
    @property
    def state(self) -> ProgressState:
        return self._last_state

    def report(
        self, fraction: float | None = None, message: str | None = None, *, force: bool = False
    ) -> None:
        """Record progress; the callback fires at most every ``min_interval`` seconds.

        The first report, a change of message and ``force=True`` always reach the callback so a
        watcher never misses a new phase.
        """
        if fraction is not None:
            fraction = min(1.0, max(0.0, float(fraction)))
        with self._lock:
            text = self._last_state.message if message is None else message
            new = ProgressState(fraction, text)
            now = time.monotonic()
            due = (
                force
                or self._last_emit == 0.0
                or text != self._last_state.message
                or now - self._last_emit >= self._min_interval
            )
            self._last_state = new
            if not due or self._callback is None:
                return
            self._last_emit = now
        self._callback(new)

    def step(self, done: int, total: int, message: str | None = None) -> None:
        """Report ``done`` out of ``total`` and check for cancellation."""
        self.report(done / total if total else None, message)
        self.check()

    def sub(self, start: float, end: float) -> Progress:
        """A progress object mapping [0, 1] onto [start, end] of this one, sharing its cancel flag."""
        return _SubProgress(self, start, end)


class _SubProgress(Progress):
    def __init__(self, parent: Progress, start: float, end: float) -> None:
        super().__init__(None)
        self._parent = parent
        self._start = start
        self._end = end
        self._cancel = parent._cancel

    def report(
        self, fraction: float | None = None, message: str | None = None, *, force: bool = False
    ) -> None:
        mapped = None if fraction is None else self._start + (self._end - self._start) * fraction
        self._parent.report(mapped, message, force=force)

    @property
    def state(self) -> ProgressState:
        return self._parent.state

