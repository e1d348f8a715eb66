"""The week board: drag a visit, see why it may not go there, undo."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from planner.db.models import Visit
from planner.domain.timeutil import paris_instant, to_paris
from planner.ui.board import HEADER_H, ROW_H
from tests.ui.conftest import DEMO_DAY, wait_idle


def open_board(qtbot, window, ctx):
    page = window.show_page("board")
    page.go_to(DEMO_DAY)
    wait_idle(qtbot, ctx)
    page.canvas.resize(1600, page.canvas.sizeHint().height())
    return page


def drag(qtbot, canvas, source: QPoint, target: QPoint) -> None:
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=source)
    middle = QPoint((source.x() + target.x()) // 2, (source.y() + target.y()) // 2)
    qtbot.mouseMove(canvas, middle)
    qtbot.mouseMove(canvas, target)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=target)


def point_for(canvas, technician_id: int, start: datetime, grab_dx: float = 0.0) -> QPoint:
    week = canvas.week
    row = next(i for i, t in enumerate(week.technicians) if t.id == technician_id)
    day_index = week.days.index(to_paris(start).date())
    return QPoint(int(canvas.x_of(day_index, start) + grab_dx) + 1, HEADER_H + row * ROW_H + ROW_H // 2)


def stored(ctx, visit_id: int) -> tuple[int, datetime]:
    with ctx.database.read() as session:
        visit = session.get(Visit, visit_id)
        return visit.technician_id, visit.planned_start


def test_a_move_to_a_technician_without_the_skill_is_refused_then_allowed_and_undone(qtbot, window, ctx):
    page = open_board(qtbot, window, ctx)
    canvas = page.canvas
    week = canvas.week
    # A booked visit needing a skill only some technicians hold.
    visit, cell = next(
        (v, c) for c in week.cells.values() for v in c.visits
        if v.skills and v.status.value in ("booked", "confirmed")
        and any(not (v.skills <= t.skills) for t in week.technicians)
        and any(t.id != v.technician_id and v.skills <= t.skills for t in week.technicians)
    )
    original = stored(ctx, visit.id)
    rect = canvas.rect_of(visit.id)
    grab = QPoint(int(rect.left()) + 3, int(rect.center().y()))
    grab_dx = 2.0
    unskilled = next(t for t in week.technicians if not (visit.skills <= t.skills))

    # Same day, 16:00, a technician without the skill: refused, with the reason, nothing changes.
    day = to_paris(visit.start).date()
    target_time = paris_instant(day, time(16, 0))
    drag(qtbot, canvas, grab, point_for(canvas, unskilled.id, target_time, grab_dx))
    wait_idle(qtbot, ctx)
    assert "n'a pas la compétence" in page.feedback.text()
    assert stored(ctx, visit.id) == original

    # Find a free quarter hour for a technician who has the skill.
    skilled = [t for t in week.technicians if t.id != visit.technician_id and visit.skills <= t.skills]
    target = None
    for technician in skilled:
        for d in week.days:
            for hour in range(8, 17):
                for minute in (0, 15, 30, 45):
                    start = paris_instant(d, time(hour, minute))
                    verdict = week.check(visit, technician.id, start)
                    if verdict.allowed and not verdict.breaks_promise:
                        target = (technician.id, start)
                        break
                if target:
                    break
            if target:
                break
        if target:
            break
    if target is None:  # allowed only by breaking the promise: answer yes
        page.confirm_promise_change = lambda _visit: True
        technician = skilled[0]
        for d in week.days:
            for hour in range(8, 17):
                start = paris_instant(d, time(hour, 0))
                if week.check(visit, technician.id, start).allowed:
                    target = (technician.id, start)
                    break
            if target:
                break
    assert target is not None
    drag(qtbot, canvas, grab, point_for(canvas, target[0], target[1], grab_dx))
    wait_idle(qtbot, ctx)
    assert stored(ctx, visit.id)[0] == target[0]
    assert abs(stored(ctx, visit.id)[1] - target[1]) <= timedelta(minutes=15)
    assert page.undo_button.isEnabled()

    canvas.setFocus()  # the keys the manager presses, on the board
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, ctx)
    assert stored(ctx, visit.id) == original
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, ctx)
    assert stored(ctx, visit.id)[0] == target[0]


def test_a_locked_visit_cannot_be_dragged(qtbot, window, ctx):
    page = open_board(qtbot, window, ctx)
    canvas = page.canvas
    visit = next(v for c in canvas.week.cells.values() for v in c.visits if v.status.value in ("booked", "confirmed"))
    original = stored(ctx, visit.id)
    page.select_visit(visit.id)
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    with ctx.database.read() as session:
        assert session.get(Visit, visit.id).locked
    rect = canvas.rect_of(visit.id)
    grab = QPoint(int(rect.left()) + 3, int(rect.center().y()))
    later = visit.start + timedelta(hours=1)
    drag(qtbot, canvas, grab, point_for(canvas, visit.technician_id, later, 2.0))
    wait_idle(qtbot, ctx)
    assert "verrouillée" in page.feedback.text()
    assert stored(ctx, visit.id) == original


def test_the_board_shows_drive_lunch_and_unplanned_visits(qtbot, window, ctx):
    page = open_board(qtbot, window, ctx)
    week = page.canvas.week
    assert len(week.technicians) == 6 and len(week.days) == 5
    assert any(c.drive_s > 0 for c in week.cells.values())
    assert page.unplanned.count() == len(week.unplanned) > 0
    assert page.title.text().startswith("Semaine du")
    with ctx.database.read() as session:
        booked = session.scalars(select(Visit.id).where(Visit.status.in_(["booked", "confirmed"]))).all()
    shown = {v.id for c in week.cells.values() for v in c.visits}
    assert shown and shown <= set(booked) | shown


def test_dashboard_shows_the_weeks_driving(qtbot, window, ctx):
    from planner.services.dashboard import compute_dashboard
    from planner.ui.dashboard_page import hours

    page = window.show_page("dashboard")
    page.set_period(DEMO_DAY, DEMO_DAY + timedelta(days=6))
    wait_idle(qtbot, ctx)
    expected = compute_dashboard(ctx.database, DEMO_DAY, DEMO_DAY + timedelta(days=6))
    assert page.tiles["drive"].value.text() == hours(expected.drive_s)
    assert page.tiles["visits"].value.text() == f"{expected.visits_done} / {expected.visits_planned}"
    assert len(page.drive_chart.bars) == len(expected.driving) == 6
    assert page.table.rowCount() == 6
