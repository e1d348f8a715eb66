"""« Planning »: the week board — technicians × days, visits as blocks sized by their duration with
the drive before them, lunch windows, absences and holidays shaded, and the visits still to plan
on the side.

Dragging a block (or a visit from the side list) shows, while it moves, whether it may go there
(green), would break the window promised to the customer (orange: allowed after confirmation,
the customer is then told) or may not (red, with the reason).  Every move can be undone
(Ctrl+Z) and redone (Ctrl+Y); a locked visit never moves, not even through an optimisation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from babel.dates import format_date
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, QRectF, QSettings, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QDrag,
    QFont,
    QFontMetrics,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import AbsenceKind
from planner.domain.errors import PlannerError
from planner.domain.feasibility import Verdict, snap
from planner.domain.progress import Cancelled
from planner.domain.timeutil import paris_instant, paris_today, to_paris
from planner.services import calendars, optimisation, planning
from planner.services.optimisation import AcceptResult, OptimiseRequest, Proposal
from planner.services.planning import BoardVisit, MoveResult, WeekBoard
from planner.ui import labels, printing
from planner.ui.map_view import MapPanel, ViewSwitch
from planner.ui.ops import AppContext, Changes, Op
from planner.ui.optimise_dialogs import DAY, REPLAN, WEEK, OptimiseDialog, ProposalDialog, replan_day_default
from planner.ui.widgets import ReloadsWhenShown
from planner.ui.zones_dialog import ZonesDialog, open_zones_dialog

MIME = "application/x-planner-visit"
DAY_START = time(7, 0)
DAY_END = time(19, 0)
HEADER_H = 34
ROW_H = 58
NAME_W = 150
MIN_DAY_W = 150


def _minutes(moment: datetime) -> float:
    local = to_paris(moment)
    return local.hour * 60 + local.minute + local.second / 60


@dataclass
class Ghost:
    visit: BoardVisit
    technician_id: int
    start: datetime
    verdict: Verdict


class BoardCanvas(QWidget):
    """Paints the week and handles dragging; knows nothing of the database."""

    visit_selected = Signal(int)
    #: visit, technician id, start: the user dropped a visit there.
    dropped = Signal(object, int, object)
    context_requested = Signal(object, QPoint)
    hover_text = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.week: WeekBoard | None = None
        self.selected_id: int | None = None
        self.ghost: Ghost | None = None
        self._press: tuple[QPointF, BoardVisit] | None = None
        self._cache: QPixmap | None = None
        self._cache_key: tuple[QSize, float] | None = None
        self.setMouseTracking(True)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.small = QFont(self.font())
        self.small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.82))
        self.bold = QFont(self.font())
        self.bold.setBold(True)

    # -- geometry ---------------------------------------------------------------------------
    def set_week(self, week: WeekBoard | None) -> None:
        self.week = week
        self.ghost = None
        self._cache = None
        self.updateGeometry()
        # Below this size the scroll area scrolls instead of squeezing (and cutting) the days.
        self.setMinimumSize(self.sizeHint())
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        rows = len(self.week.technicians) if self.week else 4
        days = len(self.week.days) if self.week else 5
        return QSize(NAME_W + days * MIN_DAY_W, HEADER_H + rows * ROW_H + 2)

    def _day_width(self) -> float:
        days = len(self.week.days) if self.week else 5
        return max(MIN_DAY_W, (self.width() - NAME_W) / max(days, 1))

    def _span_minutes(self) -> float:
        return (DAY_END.hour - DAY_START.hour) * 60

    def x_of(self, day_index: int, moment: datetime) -> float:
        width = self._day_width()
        offset = (_minutes(moment) - DAY_START.hour * 60) / self._span_minutes()
        return NAME_W + day_index * width + max(0.0, min(1.0, offset)) * width

    def block_rect(self, row: int, day_index: int, visit: BoardVisit) -> QRectF:
        assert visit.start is not None and visit.end is not None
        left = self.x_of(day_index, visit.start)
        right = self.x_of(day_index, visit.end)
        top = HEADER_H + row * ROW_H + 16
        return QRectF(left, top, max(4.0, right - left), ROW_H - 22)

    def locate(self, point: QPointF) -> tuple[int, date, datetime] | None:
        """(technician id, day, time) under ``point``, or None outside the grid."""
        if self.week is None or point.x() < NAME_W or point.y() < HEADER_H:
            return None
        row = int((point.y() - HEADER_H) // ROW_H)
        day_index = int((point.x() - NAME_W) // self._day_width())
        if not (0 <= row < len(self.week.technicians) and 0 <= day_index < len(self.week.days)):
            return None
        day = self.week.days[day_index]
        fraction = ((point.x() - NAME_W) - day_index * self._day_width()) / self._day_width()
        minutes = DAY_START.hour * 60 + fraction * self._span_minutes()
        moment = paris_instant(day, DAY_START) + timedelta(minutes=minutes - DAY_START.hour * 60)
        return self.week.technicians[row].id, day, moment

    def visit_at(self, point: QPointF) -> BoardVisit | None:
        if self.week is None:
            return None
        for row, technician in enumerate(self.week.technicians):
            for day_index, day in enumerate(self.week.days):
                for visit in self.week.cell(technician.id, day).visits:
                    if visit.start and self.block_rect(row, day_index, visit).contains(point):
                        return visit
        return None

    def rect_of(self, visit_id: int) -> QRectF | None:
        if self.week is None:
            return None
        for row, technician in enumerate(self.week.technicians):
            for day_index, day in enumerate(self.week.days):
                for visit in self.week.cell(technician.id, day).visits:
                    if visit.id == visit_id and visit.start:
                        return self.block_rect(row, day_index, visit)
        return None

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        # The week is painted once into a picture (until it, or the size, changes); a repaint —
        # a dialog closing over the board, the selection, a drag — only copies it and draws the
        # selection and the ghost over it, so the window never waits on 600 blocks.
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture())
        if self.week is not None:
            self._paint_selection(painter)
            if self.ghost is not None:
                self._paint_ghost(painter)
        painter.end()

    def _picture(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        if self._cache is None or self._cache_key != (self.size(), ratio):
            picture = QPixmap(self.size() * ratio)
            picture.setDevicePixelRatio(ratio)
            painter = QPainter(picture)
            # Square blocks without antialiasing: crisp, and several times faster for 600 blocks.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.fillRect(self.rect(), QColor("#ffffff"))
            if self.week is None:
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Loading the week…"))
            else:
                self._paint_header(painter)
                for row, technician in enumerate(self.week.technicians):
                    self._paint_row(painter, row, technician.id)
            painter.end()
            self._cache, self._cache_key = picture, (self.size(), ratio)
        return self._cache

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self._cache = None
        super().resizeEvent(event)

    def _paint_selection(self, painter: QPainter) -> None:
        rect = self.rect_of(self.selected_id) if self.selected_id is not None else None
        if rect is None:
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#1c1c1c"), 2.5))
        painter.drawRect(rect)

    def _paint_header(self, painter: QPainter) -> None:
        assert self.week is not None
        width = self._day_width()
        painter.setPen(QColor("#333"))
        today = paris_today()
        for index, day in enumerate(self.week.days):
            rect = QRectF(NAME_W + index * width, 0, width, HEADER_H)
            painter.fillRect(rect, QColor("#dbe7f6") if day == today else QColor("#f3f4f6"))
            painter.setFont(self.bold)
            label = format_date(day, "EEEE d MMM", locale="fr_FR")
            holiday = self.week.holidays.get(day)
            painter.drawText(rect.adjusted(6, 2, -4, -14), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
            painter.setFont(self.small)
            painter.setPen(QColor("#777"))
            if holiday:
                painter.drawText(rect.adjusted(6, 18, -4, 0), Qt.AlignmentFlag.AlignLeft, self.tr("holiday: %1").replace("%1", holiday))
            else:
                step = 2 if width >= 200 else 4
                for hour in range(DAY_START.hour + 1, DAY_END.hour, step):
                    x = self.x_of(index, paris_instant(day, time(hour)))
                    painter.drawText(QRectF(x - 12, 19, 24, 14), Qt.AlignmentFlag.AlignCenter, f"{hour}h")
            painter.setPen(QColor("#333"))
        painter.setPen(QPen(QColor("#c8ccd2")))
        painter.drawLine(0, HEADER_H, self.width(), HEADER_H)

    def _paint_row(self, painter: QPainter, row: int, technician_id: int) -> None:
        assert self.week is not None
        technician = self.week.technician(technician_id)
        top = HEADER_H + row * ROW_H
        width = self._day_width()
        painter.fillRect(QRectF(0, top, NAME_W, ROW_H), QColor("#fafafa"))
        painter.fillRect(QRectF(0, top, 5, ROW_H), QColor(technician.colour))
        painter.setPen(QColor("#222"))
        painter.setFont(self.bold)
        painter.drawText(QRectF(10, top + 4, NAME_W - 12, 18), Qt.AlignmentFlag.AlignLeft, technician.name)
        drive = sum(self.week.cell(technician_id, d).drive_s for d in self.week.days)
        visits = sum(len(self.week.cell(technician_id, d).visits) for d in self.week.days)
        painter.setFont(self.small)
        painter.setPen(QColor("#666"))
        painter.drawText(
            QRectF(10, top + 22, NAME_W - 12, 30), Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            self.tr("%1 visits · %2 driving").replace("%1", str(visits)).replace("%2", labels.duration(drive)),
        )
        for index, day in enumerate(self.week.days):
            cell = self.week.cell(technician_id, day)
            left = NAME_W + index * width
            area = QRectF(left, top, width, ROW_H)
            painter.fillRect(area, QColor("#eceff1"))  # not working, unless shown otherwise
            for interval in cell.working:
                x1, x2 = self.x_of(index, interval.start), self.x_of(index, interval.end)
                painter.fillRect(QRectF(x1, top, x2 - x1, ROW_H), QColor("#ffffff"))
            if cell.lunch_window is not None and cell.working:
                x1, x2 = self.x_of(index, cell.lunch_window.start), self.x_of(index, cell.lunch_window.end)
                painter.fillRect(QRectF(x1, top + ROW_H - 6, x2 - x1, 4), QColor("#ffe08a"))
            for interval in cell.absent:
                x1, x2 = self.x_of(index, interval.start), self.x_of(index, interval.end)
                painter.fillRect(QRectF(x1, top, x2 - x1, ROW_H), QBrush(QColor("#b0bec5"), Qt.BrushStyle.BDiagPattern))
            if cell.holiday:
                painter.fillRect(area, QBrush(QColor("#cfd8dc"), Qt.BrushStyle.Dense6Pattern))
            painter.setPen(QPen(QColor("#eef0f3")))
            for hour in range(DAY_START.hour + 1, DAY_END.hour):
                x = self.x_of(index, paris_instant(day, time(hour)))
                painter.drawLine(QPointF(x, top), QPointF(x, top + ROW_H))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#d5d9de")))
            painter.drawRect(area)
            previous_end = None
            for position, visit in enumerate(cell.visits):
                if visit.start is None:
                    continue
                rect = self.block_rect(row, index, visit)
                drive_s = cell.drives_s[position] if position < len(cell.drives_s) else 0
                if drive_s:
                    drive_px = width * drive_s / 60 / self._span_minutes()
                    start_x = max(rect.left() - drive_px, previous_end if previous_end is not None else left)
                    painter.fillRect(QRectF(start_x, rect.center().y() - 1.5, rect.left() - start_x, 3), QColor("#90a4ae"))
                previous_end = rect.right()
                self._paint_block(painter, rect, visit, technician.colour)

    def _paint_block(self, painter: QPainter, rect: QRectF, visit: BoardVisit, colour: str) -> None:
        base = QColor(colour)
        fill = QColor(base)
        fill.setAlpha(70 if visit.status.value in ("done", "reported", "invoiced") else 150)
        painter.setBrush(fill)
        pen = QPen(base.darker(140), 1.0)
        if visit.locked:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRect(rect)
        painter.setPen(QColor("#111"))
        painter.setFont(self.small)
        text = ("🔒 " if visit.locked else "") + f"{visit.customer.split(' ')[0]} · {visit.city}"
        metrics = QFontMetrics(self.small)
        painter.drawText(rect.adjusted(3, 1, -2, -1), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()) - 4))
        if rect.height() > 24 and visit.start is not None:
            painter.setPen(QColor("#333"))
            detail = f"{to_paris(visit.start):%H:%M} · {visit.summary}"
            painter.drawText(rect.adjusted(3, 15, -2, -1), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             metrics.elidedText(detail, Qt.TextElideMode.ElideRight, int(rect.width()) - 4))

    def _paint_ghost(self, painter: QPainter) -> None:
        assert self.week is not None and self.ghost is not None
        ghost = self.ghost
        row = next(i for i, t in enumerate(self.week.technicians) if t.id == ghost.technician_id)
        day = to_paris(ghost.start).date()
        if day not in self.week.days:
            return
        index = self.week.days.index(day)
        end = ghost.start + timedelta(minutes=ghost.visit.duration_min)
        x1, x2 = self.x_of(index, ghost.start), self.x_of(index, end)
        rect = QRectF(x1, HEADER_H + row * ROW_H + 16, max(4.0, x2 - x1), ROW_H - 22)
        colour = QColor("#2e7d32") if ghost.verdict.allowed and not ghost.verdict.breaks_promise else (
            QColor("#ef6c00") if ghost.verdict.allowed else QColor("#c62828")
        )
        fill = QColor(colour)
        fill.setAlpha(90)
        painter.setBrush(fill)
        painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
        painter.drawRect(rect)

    # -- mouse: select, drag inside the board ----------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        visit = self.visit_at(event.position())
        if visit is not None:
            self.selected_id = visit.id
            self.visit_selected.emit(visit.id)
            if event.button() == Qt.MouseButton.LeftButton:
                self._press = (event.position(), visit)
            elif event.button() == Qt.MouseButton.RightButton:
                self.context_requested.emit(visit, event.globalPosition().toPoint())
            self.update()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is not None:
            origin, visit = self._press
            if (event.position() - origin).manhattanLength() >= 6:
                self._update_ghost(visit, event.position(), grab_offset=self._grab_offset(origin, visit))
            return
        visit = self.visit_at(event.position())
        if visit is not None:
            window = ""
            if visit.promised_from and visit.promised_until:
                promised = self.tr("promised %1").replace(
                    "%1", f"{to_paris(visit.promised_from):%H:%M}–{to_paris(visit.promised_until):%H:%M}"
                )
                window = f" · {promised}"
            self.setToolTip(f"{visit.number} · {visit.customer} ({visit.city}) · {visit.summary}{window}")
        else:
            self.setToolTip("")
        super().mouseMoveEvent(event)

    def _grab_offset(self, origin: QPointF, visit: BoardVisit) -> float:
        rect = self.rect_of(visit.id)
        return origin.x() - rect.left() if rect is not None else 0.0

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is not None and self.ghost is not None:
            ghost = self.ghost
            self.ghost = None
            self._press = None
            self.update()
            self.dropped.emit(ghost.visit, ghost.technician_id, ghost.start)
            return
        self._press = None
        super().mouseReleaseEvent(event)

    def _update_ghost(self, visit: BoardVisit, point: QPointF, *, grab_offset: float = 0.0) -> None:
        assert self.week is not None
        where = self.locate(QPointF(point.x() - grab_offset, point.y()))
        if where is None:
            self.ghost = None
            self.hover_text.emit("")
        else:
            technician_id, _day, moment = where
            start = snap(moment)
            verdict = self.week.check(visit, technician_id, start)
            self.ghost = Ghost(visit, technician_id, start, verdict)
            self.hover_text.emit(_verdict_text(verdict, start))
        self.update()

    # -- drops from the « to plan » list --------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        visit = self._dragged(event.mimeData())
        if visit is None:
            event.ignore()
            return
        self._update_ghost(visit, event.position())
        event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.ghost = None
        self.update()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        visit = self._dragged(event.mimeData())
        if visit is None:
            return
        self._update_ghost(visit, event.position())
        ghost = self.ghost
        self.ghost = None
        self.update()
        if ghost is not None:
            event.acceptProposedAction()
            self.dropped.emit(ghost.visit, ghost.technician_id, ghost.start)

    def _dragged(self, mime: QMimeData) -> BoardVisit | None:
        if self.week is None or not mime.hasFormat(MIME):
            return None
        return self.week.find(int(bytes(mime.data(MIME)).decode()))



def _verdict_text(verdict: Verdict, start: datetime) -> str:
    when = f"{format_date(to_paris(start).date(), 'EEE d', locale='fr_FR')} {to_paris(start):%H:%M}"
    if not verdict.allowed:
        return f"✗ {when} : " + " ; ".join(verdict.refusals)
    if verdict.breaks_promise:
        told = QCoreApplication.translate("BoardCanvas", "(the customer will be told)")
        return f"⚠ {when} : " + " ; ".join(verdict.warnings) + f" {told}"
    return f"✓ {when}"


class UnplannedList(QListWidget):
    """Visits due and not yet planned; drag one onto the board."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setWordWrap(True)

    def startDrag(self, actions) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        item = self.currentItem()
        if item is None:
            return
        visit: BoardVisit = item.data(Qt.ItemDataRole.UserRole)
        mime = QMimeData()
        mime.setData(MIME, str(visit.id).encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.MoveAction)


class MoveCommand(QUndoCommand):
    """A move already done on the server; undo and redo replay it through the service."""

    def __init__(self, page: BoardPage, visit: BoardVisit, result: MoveResult, technician_id: int, start: datetime) -> None:
        super().__init__(QCoreApplication.translate("BoardPage", "Move %1").replace("%1", visit.number))
        self.page = page
        self.visit = visit
        self.version = result.version
        self.before = (result.previous_technician_id, result.previous_start)
        self.after = (technician_id, start)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.page._replay(self, *self.after)

    def undo(self) -> None:
        self.page._replay(self, *self.before)


class BoardPage(ReloadsWhenShown, QWidget):
    visit_selected = Signal(int)
    open_customer = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.monday = planning.monday_of(paris_today())
        self.day: date | None = None
        self.week: WeekBoard | None = None
        self._dirty = True
        self.undo_stack = QUndoStack(self)
        #: Asked before a move that breaks a customer's promised window (tests answer it).
        self.confirm_promise_change: Callable[[BoardVisit], bool] = self._ask_promise_change
        self.optimise_dialog: OptimiseDialog | None = None
        self.optimise_op: Op | None = None
        self.proposal_dialog: ProposalDialog | None = None
        self._absence_kind = AbsenceKind.OTHER

        self.previous_button = QPushButton("◀")
        self.previous_button.setToolTip(self.tr("Previous week"))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next week"))
        self.today_button = QPushButton(self.tr("Today"))
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Week"), "week")
        for index in range(5):
            self.mode.addItem(labels.weekday(index), index)
        self.technician_filter = QComboBox()
        self.technician_filter.addItem(self.tr("All technicians"), None)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.redo_button = QPushButton(self.tr("Redo"))
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setEnabled(False)
        self.calendar_button = QPushButton(self.tr("Calendars"))
        self.calendar_menu = QMenu(self.calendar_button)
        self.calendar_button.setMenu(self.calendar_menu)
        self.calendar_menu.aboutToShow.connect(self._fill_calendar_menu)
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(36)
        self.technician_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # Two rows: where and what is shown (navigation, period, technicians, board or map), then
        # what can be done with it — one row would cut the title and the buttons at 1400 pixels.
        top = QHBoxLayout()
        for widget in (self.previous_button, self.today_button, self.next_button):
            top.addWidget(widget)
        top.addWidget(self.title, 1)
        top.addWidget(self.mode)
        top.addWidget(self.technician_filter)
        actions = QHBoxLayout()
        actions.addWidget(self.lock_button)
        actions.addWidget(self.calendar_button)
        self.optimise_button = QPushButton(self.tr("Optimise"))
        self.optimise_button.setToolTip(self.tr("Ask the engine for better rounds: a proposal to accept or reject"))
        self.optimise_menu = QMenu(self.optimise_button)
        self.optimise_week_action = self.optimise_menu.addAction(self.tr("Optimise the week…"))
        self.optimise_day_action = self.optimise_menu.addAction(self.tr("Optimise this day…"))
        self.optimise_menu.addSeparator()
        self.replan_action = self.optimise_menu.addAction(self.tr("Replan a technician's absence…"))
        self.optimise_week_action.triggered.connect(self.optimise_week)
        self.optimise_day_action.triggered.connect(self.optimise_day)
        self.replan_action.triggered.connect(self.replan_absence)
        self.optimise_button.setMenu(self.optimise_menu)
        actions.addWidget(self.optimise_button)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Day sheets and work orders of the day or the week shown"))
        self.print_button.clicked.connect(self.print_rounds)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.redo_button)
        self.toolbar = top

        self.canvas = BoardCanvas()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.canvas)
        self.feedback = QLabel()
        self.feedback.setObjectName("boardFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # A fixed height: a message appearing must not resize (and repaint) the whole board.
        self.feedback.setFixedHeight(self.feedback.fontMetrics().lineSpacing() * 3 + 4)
        self.unplanned = UnplannedList()
        self.unplanned_title = QLabel()
        side = QWidget()
        side.setMinimumWidth(240)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.unplanned_title)
        side_layout.addWidget(self.unplanned, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        board = QWidget()
        board_layout = QVBoxLayout(board)
        board_layout.setContentsMargins(0, 0, 0, 0)
        # Drive times estimated because the route server failed: said once, above the week.
        self.travel_warning = QLabel()
        self.travel_warning.setObjectName("travelWarning")
        self.travel_warning.setWordWrap(True)
        self.travel_warning.setStyleSheet("color: #b35c00;")
        self.travel_warning.hide()
        board_layout.addWidget(self.travel_warning)
        board_layout.addWidget(scroll, 1)
        board_layout.addWidget(self.feedback)
        self.splitter.addWidget(board)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        # Ctrl+Y, and the platform's own redo keys when they differ (on Windows they are Ctrl+Y:
        # the same sequence twice would be ambiguous, and Qt would then trigger nothing).
        redo_keys = [QKeySequence("Ctrl+Y")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)

        self.previous_button.clicked.connect(lambda: self.go_to(self.monday - timedelta(days=7)))
        self.next_button.clicked.connect(lambda: self.go_to(self.monday + timedelta(days=7)))
        self.today_button.clicked.connect(lambda: self.go_to(paris_today()))
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.technician_filter.currentIndexChanged.connect(self.reload)
        self.lock_button.clicked.connect(self.toggle_lock)
        self.canvas.dropped.connect(self.request_move)
        self.canvas.hover_text.connect(self.feedback.setText)
        self.canvas.visit_selected.connect(self._selected)
        self.canvas.context_requested.connect(self._context_menu)
        ctx.changed.connect(self._on_changes)
        self._install_map()

    # -- navigation ---------------------------------------------------------------------------
    def go_to(self, day: date) -> None:
        self.monday = planning.monday_of(day)
        self.reload()

    def _mode_changed(self) -> None:
        data = self.mode.currentData()
        self.day = None if data == "week" else self.monday + timedelta(days=int(data))
        self.reload()

    def reload(self) -> None:
        self._dirty = False
        technician = self.technician_filter.currentData()
        Op(self.ctx, planning.load_week, self.monday, technician_ids=[technician] if technician else None).key(
            "board-week"
        ).parent(self).success(self._loaded).run()

    def _loaded(self, week: WeekBoard) -> None:
        if self.day is not None:
            week = _only_day(week, self.monday + timedelta(days=self.day.weekday()))
        self.week = week
        first, last = week.days[0], week.days[-1]
        self.title.setText(
            format_date(first, "EEEE d MMMM y", locale="fr_FR") if first == last
            else self.tr("Week of %1 to %2").replace("%1", format_date(first, "d MMMM", locale="fr_FR")).replace(
                "%2", format_date(last, "d MMMM y", locale="fr_FR"))
        )
        self.canvas.set_week(week)
        self.map.set_week(week)
        self.travel_warning.setText("⚠ " + " ".join(week.warnings) if week.warnings else "")
        self.travel_warning.setVisible(bool(week.warnings))
        current = self.technician_filter.currentData()
        if self.technician_filter.count() == 1 or current is None:
            self.technician_filter.blockSignals(True)
            while self.technician_filter.count() > 1:
                self.technician_filter.removeItem(1)
            for technician in week.technicians:
                self.technician_filter.addItem(technician.name, technician.id)
            self.technician_filter.blockSignals(False)
        self.unplanned.clear()
        for visit in week.unplanned:
            due = f"{visit.due_until:%d/%m}" if visit.due_until else ""
            late = visit.due_until is not None and visit.due_until < paris_today()
            text = f"{'⚠ ' if late else ''}{visit.customer} · {visit.city}\n{visit.summary} · {visit.duration_min} min"
            if due:
                text += " · " + self.tr("due by %1").replace("%1", due)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, visit)
            self.unplanned.addItem(item)
        self.unplanned_title.setText(self.tr("To plan (%1)").replace("%1", str(len(week.unplanned))))

    def _on_changes(self, changes: Changes) -> None:
        if changes.visits or changes.technicians or changes.customers:
            self.reload_or_mark()

    def focus_filter(self) -> None:
        self.technician_filter.setFocus()

    # -- moves ----------------------------------------------------------------------------------
    def request_move(self, visit: BoardVisit, technician_id: int, start: datetime) -> None:
        """What a drop does: refuse with the reason, ask when a promise breaks, else move."""
        if self.week is None:
            return
        verdict = self.week.check(visit, technician_id, start)
        if not verdict.allowed:
            self.feedback.setText(self.tr("Not moved: %1.").replace("%1", " ; ".join(verdict.refusals)))
            return
        confirm = False
        if verdict.breaks_promise:
            if not self.confirm_promise_change(visit):
                self.feedback.setText(self.tr("Not moved: the promised window is kept."))
                return
            confirm = True
        Op(self.ctx, planning.move_visit, visit.id, visit.version, technician_id, start,
           confirm_promise_change=confirm).parent(self).changes(Changes(visits=True)).success(
            lambda result: self._moved(visit, result, technician_id, start)
        ).failure(self._refused).run()

    def _moved(self, visit: BoardVisit, result: MoveResult, technician_id: int, start: datetime) -> None:
        self.undo_stack.push(MoveCommand(self, visit, result, technician_id, start))
        text = self.tr("%1 moved to %2.").replace("%1", visit.number).replace(
            "%2", f"{format_date(to_paris(start).date(), 'EEEE d', locale='fr_FR')} {to_paris(start):%H:%M}")
        if result.customer_told:
            text += " " + self.tr("The customer is told.")
        self.feedback.setText(text)

    def _replay(self, command: MoveCommand, technician_id: int | None, start: datetime | None) -> None:
        if technician_id is None or start is None:
            op = Op(self.ctx, planning.unplan_visit, command.visit.id, command.version)
        else:
            op = Op(self.ctx, planning.move_visit, command.visit.id, command.version, technician_id, start,
                    confirm_promise_change=True)
        op.parent(self).changes(Changes(visits=True)).success(
            lambda result: setattr(command, "version", result.version)
        ).failure(self._refused).run()

    def _refused(self, exc: Exception) -> bool:
        if isinstance(exc, PlannerError):
            self.feedback.setText(str(exc))
            self.reload()
            return True
        return False

    def _ask_promise_change(self, visit: BoardVisit) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Promised window"),
            self.tr("%1 was promised an arrival between %2. Move anyway and tell the customer the new time?")
            .replace("%1", visit.customer)
            .replace("%2", f"{to_paris(visit.promised_from):%H:%M}–{to_paris(visit.promised_until):%H:%M}"
                     if visit.promised_from and visit.promised_until else "?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- selection, lock, context menu ---------------------------------------------------------
    def _selected(self, visit_id: int) -> None:
        visit = self.week.find(visit_id) if self.week else None
        self.lock_button.setEnabled(visit is not None)
        if visit is not None:
            self.lock_button.setText(self.tr("Unlock") if visit.locked else self.tr("Lock"))
            self.visit_selected.emit(visit_id)

    def select_visit(self, visit_id: int) -> None:
        """Select a visit (from the map): highlight it and scroll to it."""
        self.canvas.selected_id = visit_id
        self._selected(visit_id)
        self.canvas.update()

    def selected_visit(self) -> BoardVisit | None:
        if self.week is None or self.canvas.selected_id is None:
            return None
        return self.week.find(self.canvas.selected_id)

    def toggle_lock(self) -> None:
        visit = self.selected_visit()
        if visit is None:
            return
        Op(self.ctx, planning.set_locked, visit.id, visit.version, not visit.locked).parent(self).changes(
            Changes(visits=True)
        ).failure(self._refused).run()

    def _context_menu(self, visit: BoardVisit, where: QPoint) -> None:
        menu = QMenu(self)
        lock = QAction(self.tr("Unlock") if visit.locked else self.tr("Lock"), menu)
        lock.triggered.connect(self.toggle_lock)
        unplan = QAction(self.tr("Take off the rounds"), menu)
        unplan.setEnabled(not visit.locked)
        unplan.triggered.connect(lambda: self._unplan(visit))
        customer = QAction(self.tr("Open the customer"), menu)
        customer.triggered.connect(lambda: self.open_customer.emit(visit.customer_id))
        for action in (lock, unplan, customer):
            menu.addAction(action)
        menu.addSeparator()
        # The visit's work order, straight from its block.
        for text, action in (
            (self.tr("Print the work order…"), printing.print_pdf),
            (self.tr("Open the work order"), printing.open_pdf),
            (self.tr("Export the work order as PDF…"), printing.export_pdf),
        ):
            item = QAction(text, menu)
            item.triggered.connect(lambda _=False, a=action: self.work_order(visit, a))
            menu.addAction(item)
        self.context_menu = menu
        menu.popup(where)

    def work_order(self, visit: BoardVisit, action) -> None:  # type: ignore[no-untyped-def]
        """Print, open or export the work order of ``visit`` (``planner.ui.printing`` actions)."""
        printing.visit_work_order(self, self.ctx, visit.id, visit.number, action)

    def _unplan(self, visit: BoardVisit) -> None:
        Op(self.ctx, planning.unplan_visit, visit.id, visit.version).parent(self).changes(Changes(visits=True)).failure(
            self._refused
        ).run()

    def print_rounds(self) -> None:
        from planner.ui.printing import PrintRoundsDialog

        day = self.day or (paris_today() if self.monday <= paris_today() < self.monday + timedelta(days=7) else self.monday)
        PrintRoundsDialog(self.ctx, self, day=day, technician_id=self.technician_filter.currentData()).open()

    # -- optimisation ---------------------------------------------------------------------------
    def optimise_week(self) -> None:
        self.ask_optimisation(WEEK)

    def optimise_day(self) -> None:
        self.ask_optimisation(DAY)

    def replan_absence(self) -> None:
        self.ask_optimisation(REPLAN)

    def ask_optimisation(self, mode: str) -> OptimiseDialog | None:
        """Open the options of an optimisation; the computation starts when they are accepted."""
        if self.week is None:
            return None
        day = self.day or replan_day_default(paris_today(), self.monday)
        everyone = [
            (self.technician_filter.itemData(i), self.technician_filter.itemText(i))
            for i in range(1, self.technician_filter.count())
        ]
        dialog = OptimiseDialog(
            mode, everyone, self.monday, day, self,
            technician_id=self.technician_filter.currentData() or self._selected_technician(),
        )
        dialog.accepted.connect(lambda: self.run_optimisation(dialog.request(), dialog.absence_kind.currentData()))
        self.optimise_dialog = dialog
        dialog.open()
        return dialog

    def _selected_technician(self) -> int | None:
        visit = self.selected_visit()
        return visit.technician_id if visit is not None else None

    def run_optimisation(self, request: OptimiseRequest, absence_kind: AbsenceKind = AbsenceKind.OTHER) -> Op:
        """Run the engine off the UI thread (progress, cancel keeps the best proposal so far)."""
        self._absence_kind = absence_kind
        self.feedback.setText(self.tr("Optimising…"))
        self.optimise_op = (
            Op(self.ctx, optimisation.optimise, request)
            .parent(self)
            .with_progress(self.tr("Looking for better rounds…"))
            .success(self.show_proposal)
            .failure(self._optimisation_failed)
            .run()
        )
        return self.optimise_op

    def show_proposal(self, proposal: Proposal) -> ProposalDialog:
        self.feedback.clear()
        dialog = ProposalDialog(self.ctx, proposal, self, absence_kind=self._absence_kind)
        dialog.applied.connect(self._proposal_applied)
        self.proposal_dialog = dialog
        dialog.open()
        return dialog

    def _proposal_applied(self, result: AcceptResult) -> None:
        text = self.tr("Proposal accepted: %1").replace("%1", result.describe())
        if result.customers_told:
            text += " " + self.tr("The notices are in « Messages to customers ».")
        self.feedback.setText(text)

    def _optimisation_failed(self, exc: Exception) -> bool:
        if isinstance(exc, Cancelled):
            self.feedback.setText(self.tr("Optimisation cancelled before a first plan was found."))
            return True
        if isinstance(exc, PlannerError):
            self.feedback.setText(str(exc))
        return False

    # -- technicians' calendars ----------------------------------------------------------------
    def _fill_calendar_menu(self) -> None:
        self.calendar_menu.clear()
        send = self.calendar_menu.addAction(self.tr("Email this week to every technician"))
        send.triggered.connect(lambda: self.email_calendars())
        self.calendar_menu.addSeparator()
        for technician in self.week.technicians if self.week else []:
            action = self.calendar_menu.addAction(self.tr("Save %1's week (.ics)…").replace("%1", technician.name))
            action.triggered.connect(lambda _=False, tid=technician.id: self.export_calendar(tid))
        self.calendar_menu.addSeparator()
        for technician in self.week.technicians if self.week else []:
            action = self.calendar_menu.addAction(self.tr("Email %1 their week").replace("%1", technician.name))
            action.triggered.connect(lambda _=False, tid=technician.id: self.email_calendars([tid]))

    def export_calendar(self, technician_id: int, path: str | None = None) -> None:
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            technician = self.week.technician(technician_id) if self.week else None
            suggested = f"tournees-{technician.name if technician else technician_id}.ics"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the calendar"), suggested, "iCalendar (*.ics)")
            if not path:
                return
        Op(self.ctx, calendars.export_technician_week, technician_id, self.monday, path).parent(self).success(
            lambda saved: self.feedback.setText(self.tr("Calendar saved: %1").replace("%1", str(saved)))
        ).failure(self._refused).run()

    def email_calendars(self, technician_ids: list[int] | None = None) -> None:
        """Queue the week to every technician, or to those given."""
        Op(self.ctx, calendars.email_technician_weeks, self.monday, technician_ids).parent(self).changes(
            Changes(visits=True)
        ).success(lambda lines: self.feedback.setText(" · ".join(lines))).failure(self._refused).run()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("board/splitter", self.splitter.saveState())
        settings.setValue("board/view", self.view_switch.view)

    def restore_state(self, settings: QSettings) -> None:
        if (state := settings.value("board/splitter")) is not None:
            self.splitter.restoreState(state)
        self.set_view(str(settings.value("board/view", "board")))

    # -- the map (« Carte ») ---------------------------------------------------------------------
    def _install_map(self) -> None:
        """The map of the rounds, beside or instead of the board: same week, day, technicians
        and selection (a click on either selects on both)."""
        self.map = MapPanel(self.ctx)
        self.board_area = self.splitter.widget(0)
        self.splitter.insertWidget(1, self.map)
        self.splitter.setStretchFactor(1, 4)
        self.view_switch = ViewSwitch()
        self.toolbar.insertWidget(self.toolbar.indexOf(self.technician_filter) + 1, self.view_switch)
        self.view_switch.changed.connect(self.set_view)
        self.map.visit_selected.connect(self._selected_on_map)
        self.map.zones_requested.connect(self.open_zones)
        self.visit_selected.connect(self.map.select_visit)
        self.unplanned.currentItemChanged.connect(
            lambda item, _previous: item is not None and self.map.select_visit(item.data(Qt.ItemDataRole.UserRole).id)
        )
        self.set_view("board")

    def open_zones(self) -> ZonesDialog:
        """The zones editor (« Zones… » on the map)."""
        return open_zones_dialog(self.ctx, self)

    def set_view(self, view: str) -> None:
        """« board », « map » or « both »."""
        if view not in ViewSwitch.VIEWS:
            view = "board"
        if self.view_switch.view != view:
            self.view_switch.set_view(view)
            return
        self.board_area.setVisible(view != "map")
        self.map.setVisible(view != "board")

    def _selected_on_map(self, visit_id: int) -> None:
        self.select_visit(visit_id)
        rect = self.canvas.rect_of(visit_id)
        scroll = self.findChild(QScrollArea)
        if rect is not None and scroll is not None and self.board_area.isVisible():
            scroll.ensureVisible(int(rect.center().x()), int(rect.center().y()), int(rect.width() / 2) + 20, 40)
        for row in range(self.unplanned.count()):
            item = self.unplanned.item(row)
            if item.data(Qt.ItemDataRole.UserRole).id == visit_id:
                self.unplanned.blockSignals(True)
                self.unplanned.setCurrentItem(item)
                self.unplanned.blockSignals(False)
                break


def _only_day(week: WeekBoard, day: date) -> WeekBoard:
    return WeekBoard(
        week.monday, [day], week.technicians,
        {key: cell for key, cell in week.cells.items() if key[1] == day}, week.unplanned, week.holidays,
        week.warnings,
    )

