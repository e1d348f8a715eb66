"""« Tableau de bord »: the manager's figures over a chosen period, charts where a glance beats a
table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from babel.dates import format_date
from PySide6.QtCore import QDate, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.quotes import QuoteStatus
from planner.domain.timeutil import paris_today
from planner.services import dashboard as dashboard_service
from planner.services.dashboard import Dashboard
from planner.ui import labels
from planner.ui.ops import AppContext, Changes, Op
from planner.ui.widgets import ReloadsWhenShown


def hours(seconds: int) -> str:
    return labels.duration(seconds, short=False)


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    colour: str
    text: str


class BarChart(QWidget):
    """Horizontal bars with their value written at the end (QtCharts is not in Essentials)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[Bar] = []
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.setMinimumHeight(40 + 26 * max(1, len(bars)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#222"))
        painter.drawText(QRectF(8, 4, self.width() - 16, 20), Qt.AlignmentFlag.AlignLeft, self.title)
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        label_w = min(180, max((metrics.horizontalAdvance(b.label) for b in self.bars), default=60) + 12)
        text_w = max((metrics.horizontalAdvance(b.text) for b in self.bars), default=40) + 12
        top = 30
        biggest = max((b.value for b in self.bars), default=0) or 1
        span = max(10.0, self.width() - label_w - text_w - 16)
        for index, bar in enumerate(self.bars):
            y = top + index * 26
            painter.setPen(QColor("#333"))
            painter.drawText(QRectF(8, y, label_w - 8, 20), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w - 12))
            width = span * bar.value / biggest
            painter.fillRect(QRectF(label_w, y + 3, width, 14), QColor(bar.colour))
            painter.drawText(QRectF(label_w + width + 6, y, text_w, 20), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             bar.text)
        if not self.bars:
            painter.setPen(QColor("#777"))
            painter.drawText(QRectF(8, top, self.width() - 16, 20), Qt.AlignmentFlag.AlignLeft,
                             self.tr("Nothing in this period."))
        painter.end()


class Tile(QFrame):
    """One figure in large type, with what it means underneath."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("Tile { background: #f7f9fc; border: 1px solid #dde3ea; border-radius: 6px; }")
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 20pt; font-weight: 600; color: #1d3557;")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #555;")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #777; font-size: 8pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class DashboardPage(ReloadsWhenShown, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = True
        self.dashboard: Dashboard | None = None

        self.period = QComboBox()
        self.period.addItem(self.tr("This week"), "week")
        self.period.addItem(self.tr("Last four weeks"), "4weeks")
        self.period.addItem(self.tr("This month"), "month")
        self.period.addItem(self.tr("Since January"), "year")
        self.period.addItem(self.tr("Chosen dates"), "custom")
        self.first = QDateEdit(calendarPopup=True)
        self.last = QDateEdit(calendarPopup=True)
        for edit in (self.first, self.last):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setEnabled(False)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.period)
        top.addWidget(self.first)
        top.addWidget(self.last)

        self.tiles: dict[str, Tile] = {
            "drive": Tile(self.tr("driving in the period")),
            "km": Tile(self.tr("kilometres driven")),
            "saved": Tile(self.tr("driving saved by accepted optimisations")),
            "back": Tile(self.tr("returns to an area already left (back-and-forth)")),
            "visits": Tile(self.tr("visits done / planned")),
            "overdue": Tile(self.tr("contract visits overdue")),
            "due": Tile(self.tr("contract visits due within 30 days")),
            "renewals": Tile(self.tr("contract renewals within 90 days")),
            "quotes": Tile(self.tr("quotes accepted (of those answered)")),
            "satisfaction": Tile(self.tr("average satisfaction (1 to 5)")),
            "repeats": Tile(self.tr("repeat contacts (same reason within 7 days)")),
        }
        grid = QGridLayout()
        for index, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, index // 4, index % 4)
        self.drive_chart = BarChart(self.tr("Driving per technician"))
        self.day_chart = BarChart(self.tr("Driving per day (all technicians)"))
        self.quote_chart = BarChart(self.tr("Quotes by status"))
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(220)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(grid)
        charts = QHBoxLayout()
        charts.addWidget(self.drive_chart, 1)
        charts.addWidget(self.day_chart, 1)
        body_layout.addLayout(charts)
        body_layout.addWidget(self.quote_chart)
        body_layout.addWidget(QLabel(self.tr("Driving per technician and day (hours · km · visits)")))
        body_layout.addWidget(self.table)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

        self.period.currentIndexChanged.connect(self._period_changed)
        self.first.dateChanged.connect(self._dates_changed)
        self.last.dateChanged.connect(self._dates_changed)
        ctx.changed.connect(self._on_changes)
        self._period_changed()

    # -- period -----------------------------------------------------------------------------------
    def period_bounds(self) -> tuple[date, date]:
        today = paris_today()
        kind = self.period.currentData()
        if kind == "week":
            monday = today - timedelta(days=today.weekday())
            return monday, monday + timedelta(days=6)
        if kind == "4weeks":
            return today - timedelta(days=27), today
        if kind == "month":
            return today.replace(day=1), today
        if kind == "year":
            return today.replace(month=1, day=1), today
        return _date(self.first.date()), _date(self.last.date())

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        for edit in (self.first, self.last):
            edit.setEnabled(custom)
        if not custom:
            first, last = self.period_bounds()
            for edit, day in ((self.first, first), (self.last, last)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.reload_or_mark()

    def _dates_changed(self) -> None:
        if self.period.currentData() == "custom" and self.isVisible():
            self.reload()

    def set_period(self, first: date, last: date) -> None:
        self.period.setCurrentIndex(self.period.findData("custom"))
        self.first.setDate(QDate(first.year, first.month, first.day))
        self.last.setDate(QDate(last.year, last.month, last.day))
        self.reload()

    # -- loading ----------------------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if changes.visits or changes.contracts or changes.customers:
            self.reload_or_mark()

    def reload(self) -> None:
        self._dirty = False
        first, last = self.period_bounds()
        Op(self.ctx, dashboard_service.compute_dashboard, first, last).key("dashboard").parent(self).success(
            self._show
        ).failure(self._refused).run()

    def _refused(self, exc: Exception) -> bool:
        from planner.domain.errors import PlannerError

        if isinstance(exc, PlannerError):
            self.title.setText(str(exc))
            return True
        return False

    def _show(self, data: Dashboard) -> None:
        self.dashboard = data
        self.title.setText(
            self.tr("From %1 to %2").replace("%1", format_date(data.start, "d MMMM y", locale="fr_FR"))
            .replace("%2", format_date(data.end, "d MMMM y", locale="fr_FR"))
        )
        t = self.tiles
        t["drive"].set(hours(data.drive_s), self.tr("%1 technicians").replace("%1", str(len(data.driving))))
        t["km"].set(f"{round(data.distance_m / 1000):,}".replace(",", "\u202f") + " km")
        t["saved"].set(hours(data.optimisation_saved_s))
        t["back"].set(str(data.back_and_forth), self.tr("%1 of driving").replace("%1", hours(data.back_and_forth_s)))
        t["visits"].set(f"{data.visits_done} / {data.visits_planned}")
        t["overdue"].set(str(data.overdue_contract_visits))
        t["due"].set(str(data.due_within_30_days))
        t["renewals"].set(str(data.renewals_within_90_days))
        conversion = data.quotes.conversion
        t["quotes"].set("—" if conversion is None else f"{conversion * 100:.0f} %",
                        self.tr("%1 quotes in the period").replace("%1", str(sum(data.quotes.by_status.values()))))
        t["satisfaction"].set("—" if data.satisfaction is None else f"{data.satisfaction:.1f}".replace(".", ","),
                              self.tr("%1 answers").replace("%1", str(data.satisfaction_count)))
        t["repeats"].set(str(data.repeat_contacts), self.tr("of %1 incoming contacts").replace("%1", str(data.incoming_contacts)))

        self.drive_chart.set_bars([
            Bar(row.name, row.drive_s, row.colour, f"{hours(row.drive_s)} · {round(row.distance_m / 1000)} km")
            for row in sorted(data.driving, key=lambda r: -r.drive_s)
        ])
        per_day: dict[date, int] = {}
        for row in data.driving:
            for day, seconds, _metres, _visits in row.days:
                per_day[day] = per_day.get(day, 0) + seconds
        self.day_chart.set_bars([
            Bar(format_date(day, "EEE d MMM", locale="fr_FR"), seconds, "#5c7cfa", hours(seconds))
            for day, seconds in sorted(per_day.items())[-31:]
        ])
        names = {
            QuoteStatus.REQUESTED: self.tr("requested"), QuoteStatus.DRAFT: self.tr("draft"), QuoteStatus.SENT: self.tr("sent"),
            QuoteStatus.ACCEPTED: self.tr("accepted"), QuoteStatus.REFUSED: self.tr("refused"),
            QuoteStatus.EXPIRED: self.tr("expired"), QuoteStatus.CANCELLED: self.tr("dropped"),
        }
        colours = {QuoteStatus.ACCEPTED: "#2e7d32", QuoteStatus.REFUSED: "#c62828", QuoteStatus.EXPIRED: "#9e9e9e"}
        self.quote_chart.set_bars([
            Bar(names.get(status, str(status)), count, colours.get(status, "#ffa94d"), str(count))
            for status, count in data.quotes.by_status.items() if count
        ])
        self._fill_table(data)

    def _fill_table(self, data: Dashboard) -> None:
        days = sorted({day for row in data.driving for day, *_ in row.days})
        self.table.clear()
        self.table.setColumnCount(len(days) + 2)
        self.table.setRowCount(len(data.driving))
        headers = [self.tr("Technician")] + [format_date(d, "EEE d/MM", locale="fr_FR") for d in days] + [self.tr("Total")]
        self.table.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(data.driving):
            self.table.setItem(r, 0, QTableWidgetItem(row.name))
            by_day = {day: (s, m, n) for day, s, m, n in row.days}
            for c, day in enumerate(days, start=1):
                if day in by_day:
                    s, m, n = by_day[day]
                    self.table.setItem(r, c, QTableWidgetItem(f"{hours(s)} · {round(m / 1000)} km · {n}"))
            self.table.setItem(r, len(days) + 1, QTableWidgetItem(
                f"{hours(row.drive_s)} · {round(row.distance_m / 1000)} km · {row.visits}"))
        self.table.resizeColumnsToContents()


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())

