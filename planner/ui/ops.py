"""Running use cases off the UI thread.

Widgets never open a database session: they describe a call to a service and what to do with
its result, and an :class:`Op` runs it on a worker thread::

    Op(self.ctx, customers.get_customer, customer_id).key("detail").success(self.show).run()

* success and failure callbacks run back on the UI thread;
* ``changes(...)`` announces what the call modified, so every view showing it refreshes;
* ``key(...)`` makes a newer op of the same key supersede an older one still running (a late
  answer for a customer the user already left is dropped);
* ``with_progress(text)`` shows a progress dialog (after a short delay) whose « Annuler »
  button sets the service's :class:`Progress` cancel flag.

Errors meant for the user (:class:`PlannerError`) are shown as they are; anything else is
reported as an unexpected error with its details, never swallowed.
"""

from __future__ import annotations

import gc
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from planner.domain.errors import PlannerError
from planner.domain.progress import Cancelled, Progress, ProgressState
from planner.services.context import Database

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 300
#: Python's full garbage collection stops every thread, the UI's included, for as long as it
#: takes to scan every object (a few hundred milliseconds in a loaded window).  Full collections
#: are therefore never triggered by allocations; they run when no operation is under way, at most
#: this often.  Young generations are still collected as usual, in small steps.
FULL_GC_EVERY_MS = 60_000
NEVER = 1_000_000_000


@dataclass(frozen=True)
class Changes:
    """What an operation modified (Anki calls these OpChanges)."""

    customers: bool = False
    contracts: bool = False
    technicians: bool = False
    visits: bool = False
    settings: bool = False
    #: Zones, the sites' zones or the zone-days.
    zones: bool = False

    @classmethod
    def everything(cls) -> Changes:
        return cls(**{f.name: True for f in fields(cls)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


class AppContext(QObject):
    """What every widget shares: the database handle, the worker pool and the change bus."""

    changed = Signal(object)  # Changes
    busy_changed = Signal(bool)

    def __init__(self, database: Database, parent: QObject | None = None, *, interactive: bool = True) -> None:
        super().__init__(parent)
        self.database = database
        #: False offscreen (screenshots, tests): errors are collected instead of shown in a modal box.
        self.interactive = interactive
        self.errors: list[BaseException] = []
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._pending: set[Op] = set()
        self._latest: dict[str, Op] = {}
        young, middle, _ = gc.get_threshold()
        gc.set_threshold(young, middle, NEVER)
        self._gc_timer = QTimer(self)
        self._gc_timer.setInterval(FULL_GC_EVERY_MS)
        self._gc_timer.timeout.connect(self.collect_garbage)
        self._gc_timer.start()

    def collect_garbage(self) -> bool:
        """A full garbage collection, unless an operation is running (it would stall the window)."""
        if self._pending:
            return False
        gc.collect()
        return True

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def running(self, key: str) -> bool:
        """Whether an op of this key is under way (to not start a second one)."""
        return key in self._latest

    def announce(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Process events until no op is running (used by screenshots and tests)."""
        from PySide6.QtCore import QDeadlineTimer, QEventLoop
        from PySide6.QtWidgets import QApplication

        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            self.pool.waitForDone(5)
        QApplication.processEvents()
        return not self._pending

    # -- bookkeeping used by Op ----------------------------------------------------------------
    def _started(self, op: Op) -> None:
        was_busy = self.busy
        self._pending.add(op)
        if op._key:
            previous = self._latest.get(op._key)
            if previous is not None:
                previous._superseded = True
            self._latest[op._key] = op
        if not was_busy:
            self.busy_changed.emit(True)

    def _finished(self, op: Op) -> None:
        self._pending.discard(op)
        if op._key and self._latest.get(op._key) is op:
            del self._latest[op._key]
        if not self.busy:
            self.busy_changed.emit(False)


class _Bridge(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    progressed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, call: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._call = call
        self._bridge = bridge

    def run(self) -> None:
        try:
            try:
                result = self._call()
            except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
                self._bridge.failed.emit(exc, traceback.format_exc())
            else:
                self._bridge.done.emit(result)
        except RuntimeError:
            # The application closed while the call ran: nobody is left to tell.
            log.debug("operation finished after its window closed")


class Op:
    """One service call run in the background; configure it, then ``run()``."""

    def __init__(self, ctx: AppContext, function: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self._ctx = ctx
        self._function = function
        self._args = args
        self._kwargs = kwargs
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[Exception], bool | None] | None = None
        self._changes = Changes()
        self._key: str | None = None
        self._superseded = False
        self._parent: QWidget | None = None
        self._progress_text: str | None = None
        self._progress: Progress | None = None
        self._dialog: QProgressDialog | None = None
        self._bridge = _Bridge()
        self._show_timer: QTimer | None = None

    # -- configuration --------------------------------------------------------------------------
    def success(self, callback: Callable[[Any], None]) -> Op:
        self._success = callback
        return self

    def failure(self, callback: Callable[[Exception], bool | None]) -> Op:
        """``callback`` handles the error; returning False lets the default message show too."""
        self._failure = callback
        return self

    def changes(self, changes: Changes) -> Op:
        self._changes = changes
        return self

    def key(self, key: str) -> Op:
        self._key = key
        return self

    def parent(self, widget: QWidget | None) -> Op:
        self._parent = widget
        return self

    def with_progress(self, text: str) -> Op:
        """Pass a Progress to the service (as ``progress=``) and show it in a dialog."""
        self._progress_text = text
        return self

    # -- running --------------------------------------------------------------------------------
    def run(self) -> Op:
        kwargs = dict(self._kwargs)
        if self._progress_text is not None:
            self._progress = Progress(self._bridge.progressed.emit, min_interval=0.1)
            kwargs["progress"] = self._progress
            self._show_timer = QTimer()
            self._show_timer.setSingleShot(True)
            self._show_timer.timeout.connect(self._show_dialog)
            self._show_timer.start(PROGRESS_DELAY_MS)
        self._bridge.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._bridge.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._bridge.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        database = self._ctx.database
        function, args = self._function, self._args
        self._ctx._started(self)
        self._ctx.pool.start(_Runnable(lambda: function(database, *args, **kwargs), self._bridge))
        return self

    def cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel()

    @property
    def progress(self) -> Progress | None:
        return self._progress

    def _show_dialog(self) -> None:
        if self not in self._ctx._pending or self._progress is None:
            return
        dialog = QProgressDialog(self._progress_text or "", QCoreApplication.translate("Op", "Cancel"), 0, 1000, self._parent)
        dialog.setWindowTitle(QCoreApplication.translate("Op", "Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        state = self._progress.state
        if state.fraction is not None:
            dialog.setValue(int(state.fraction * 1000))
        dialog.show()
        self._dialog = dialog

    def _on_progress(self, state: ProgressState) -> None:
        if self._dialog is None:
            return
        if state.message:
            self._dialog.setLabelText(state.message)
        if state.fraction is None:
            self._dialog.setRange(0, 0)
        else:
            self._dialog.setRange(0, 1000)
            self._dialog.setValue(int(state.fraction * 1000))

    def _close_progress(self) -> None:
        if self._show_timer is not None:
            self._show_timer.stop()
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    def _parent_gone(self) -> bool:
        """The widget that asked was closed meanwhile: nobody is left to show the answer."""
        return self._parent is not None and not shiboken6.isValid(self._parent)

    def _on_done(self, result: Any) -> None:
        self._close_progress()
        self._ctx._finished(self)
        if self._superseded or self._parent_gone():
            self._ctx.announce(self._changes)
            return
        try:
            if self._success is not None and not self._parent_gone():
                self._success(result)
        finally:
            self._ctx.announce(self._changes)

    def _on_failed(self, exc: BaseException, details: str) -> None:
        self._close_progress()
        self._ctx._finished(self)
        if self._superseded or self._parent_gone():
            return
        if self._parent_gone() and isinstance(exc, PlannerError):
            return
        if isinstance(exc, Cancelled):
            if self._failure is not None:
                self._failure(exc)
            # Whatever was committed before the cancel is real: refresh the views.
            self._ctx.announce(self._changes)
            return
        if self._failure is not None and isinstance(exc, Exception):
            show_default_too = self._failure(exc) is False
            if not show_default_too:
                return
        if not self._ctx.interactive:
            log.error("operation failed: %s", details or exc)
            self._ctx.errors.append(exc)
            return
        show_error(self._parent, exc, details)


def show_error(parent: QWidget | None, exc: BaseException, details: str = "") -> None:
    if isinstance(exc, PlannerError):
        QMessageBox.warning(parent, QCoreApplication.translate("Op", "Planner"), str(exc))
        return
    log.error("unexpected error: %s", details or exc)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Op", "Unexpected error"))
    box.setText(
        QCoreApplication.translate(
            "Op",
            "Something went wrong and the operation was not completed. Nothing was half-saved.",
        )
    )
    box.setInformativeText(f"{exc.__class__.__name__}: {exc}")
    if details:
        box.setDetailedText(details)
    box.exec()
