"""``planner screenshot VIEW OUT.png``: render a view of the window offscreen, for the README
and for checking the interface on a machine without a screen."""

from __future__ import annotations

from pathlib import Path

from planner.domain.errors import PlannerError
from planner.services.context import open_planner_database
from planner.ui.application import create_qapplication
from planner.ui.main_window import MainWindow
from planner.ui.ops import AppContext

VIEWS = (
    "booking", "board", "map", "optimise", "zones", "customers", "customer", "contracts", "technicians", "alerts",
    "quotes", "dashboard",
)


def take_screenshot(view: str, output: str | Path, database_url: str | None, size: tuple[int, int]) -> Path:
    app = create_qapplication()  # noqa: F841 - the application lives as long as the shot
    database = open_planner_database(database_url)
    ctx = AppContext(database, interactive=False)
    shot = None
    try:
        window = MainWindow(ctx, remember_layout=False)
        window.resize(*size)
        key = {"client": "customer"}.get(view, view)
        try:
            page = window.show_page(
                {"customer": "customers", "map": "board", "optimise": "board", "zones": "board"}.get(key, key)
            )
        except KeyError as exc:
            raise PlannerError(f"{exc.args[0]} ; vues possibles : {', '.join(VIEWS)}") from None
        window.show()
        ctx.wait_idle()
        if key == "customer":
            _select_a_rich_customer(window)
            ctx.wait_idle()
        elif key == "booking":
            _a_caller_with_a_visit_due(window, ctx)
        elif key == "board":
            window.board.go_to(_first_busy_week(ctx))
            ctx.wait_idle()
        elif key == "map":
            window.board.set_view("map")
            window.board.go_to(_first_busy_week(ctx))
            ctx.wait_idle()
            _wait_for_tiles(window)
        elif key == "optimise":
            shot = _proposal(window, ctx)
        elif key == "zones":
            shot = window.board.open_zones()  # the zones on the map, their workload, the zone-days
            ctx.wait_idle()
        elif key == "technicians":
            window.technicians.table.selectRow(0)
            ctx.wait_idle()
        _settle(window, ctx)
        if ctx.errors:
            raise PlannerError(f"La vue « {view} » n'a pas pu être affichée : {ctx.errors[0]}")
        path = Path(output).resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        if not (shot if shot is not None else window).grab().save(str(path)):
            raise PlannerError(f"Impossible d'écrire l'image « {path} ».")
        window.close()
        del page
        return path
    finally:
        ctx.pool.waitForDone(10_000)
        database.dispose()


def _wait_until(done, timeout_s: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    """Let the window work (ops finishing, tiles arriving) until ``done()`` or the timeout."""
    import time

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_s
    QApplication.processEvents()
    while not done() and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)
    QApplication.processEvents()


def _proposal(window: MainWindow, ctx: AppContext):  # type: ignore[no-untyped-def]
    """The proposal of an optimisation of the week shown (visits to plan included, promised
    windows allowed to move so that the difference shows), as the manager sees it."""
    from planner.services.optimisation import OptimiseRequest

    board = window.board
    board.go_to(_first_busy_week(ctx))
    ctx.wait_idle()
    board.run_optimisation(
        OptimiseRequest(board.monday, days=5, time_limit_s=10, include_unplanned=True, allow_promise_changes=True)
    )
    _wait_until(lambda: board.proposal_dialog is not None or bool(ctx.errors), 120)
    if board.proposal_dialog is None:
        raise PlannerError("L'optimisation n'a pas rendu de proposition.")
    dialog = board.proposal_dialog
    dialog.resize(1200, 720)
    dialog.tabs.setCurrentIndex(0)
    _wait_until(lambda: True)
    return dialog


def _settle(window: MainWindow, ctx: AppContext) -> None:
    """Wait for what loads after the page: the status bar's alert counts."""
    _wait_until(lambda: not window.alerts.first_load_pending and not ctx.busy)


def _a_caller_with_a_visit_due(window: MainWindow, ctx: AppContext) -> None:
    """The assistant typed the name of a customer whose contract visit is due: card and slots."""
    from datetime import date, timedelta

    from PySide6.QtCore import Qt

    from planner.domain.alerts import AlertKind
    from planner.domain.timeutil import paris_today
    from planner.services import alerts
    from planner.ui.ops import Op

    found: list = []
    Op(ctx, alerts.compute_alerts).success(found.extend).run()
    ctx.wait_idle()
    due = [a for a in found if a.kind == AlertKind.VISIT_DUE and a.visit_id is not None]
    if not due:
        return
    # A window already open (the alert comes 30 days before it opens) and still open for days.
    today = paris_today()
    opened = [a for a in due if a.since <= today - timedelta(days=30)] or due
    opened.sort(key=lambda a: a.due or date.max, reverse=True)
    due = opened
    page = window.booking
    page.search.setText(due[0].customer.split(" ")[0])
    for row in range(page.results.count()):
        if page.results.item(row).data(Qt.ItemDataRole.UserRole).customer_id == due[0].customer_id:
            page.results.setCurrentRow(row)
            break
    page.open_visit_to_book(due[0].visit_id)
    ctx.wait_idle()
    ctx.wait_idle()


def _select_a_rich_customer(window: MainWindow) -> None:
    """The card of a customer with a contract and a booked visit shows the most."""
    model = window.customers.model
    row = model.find(lambda r: bool(r.tier) and r.next_visit is not None)
    window.customers.table.selectRow(max(row, 0))


def _first_busy_week(ctx: AppContext):  # type: ignore[no-untyped-def]
    """The week to show: this one, or the next if this one has no rounds yet (a demo on Friday)."""
    from datetime import timedelta

    from planner.domain.timeutil import paris_today

    today = paris_today()
    return today + timedelta(days=2) if today.weekday() >= 4 else today


def _wait_for_tiles(window: MainWindow) -> None:
    """Online, the map background comes tile by tile: wait for the tiles on screen (if any)."""
    _wait_until(lambda: not window.board.map.busy())
