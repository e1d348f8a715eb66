"""« Carte »: the rounds of the week (or day) the board shows, on a map.

One line per technician and day in the technician's colour (depot → numbered stops → depot;
in a week, each weekday has its own dash so Monday's round is told from Tuesday's), the visits
still to plan as grey dots, the sites « à vérifier » as orange pins that can be dragged to the
right place, and the zones tinted in their colour.  A legend gives each technician's visits and
total drive time of the period — the figure the manager wants to see go down.

Clicking a stop selects the visit on the board, and selecting a visit on the board highlights
its stop (centring on it when it is off-screen).

It works offline: a plain background with the commune names.  Online, OpenStreetMap raster
tiles are drawn under the rounds (see :mod:`planner.ui.tiles` for how the tile usage policy is
respected), with the attribution « © les contributeurs d'OpenStreetMap » in the bottom-right
corner.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from babel.dates import format_date
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError, ValidationError
from planner.domain.geometry import MAX_TILE_ZOOM, TILE_SIZE, from_world, to_world
from planner.domain.timeutil import to_paris
from planner.paths import user_data_dir
from planner.services import mapping
from planner.services.mapping import COPYRIGHT_URL, FIX_THE_MAP_URL, MapLayers, ReviewPin, SitePosition
from planner.services.planning import BoardTechnician, BoardVisit, WeekBoard
from planner.ui import labels
from planner.ui.ops import AppContext, Changes, Op
from planner.ui.tiles import TileKey, TileLoader

World = tuple[float, float]

MIN_ZOOM = 5
MAX_ZOOM = MAX_TILE_ZOOM
#: Fitting never zooms closer than this (one stop alone is shown with its streets around).
MAX_FIT_ZOOM = 15
#: Around Annecy, when there is nothing to show yet.
DEFAULT_CENTRE = (45.8992, 6.1294)
DEFAULT_ZOOM = 11
TILE_DELAY_MS = 80
LAND = QColor("#f2efe9")
UNPLANNED = QColor("#9e9e9e")
REVIEW = QColor("#ef6c00")
DEPOT = QColor("#37474f")
#: A dash per weekday, Monday first (a week shows five rounds per technician), in pen widths.
DAY_DASHES: tuple[list[float], ...] = ([], [5, 2.5], [1.2, 1.8], [5, 2, 1.2, 2], [5, 2, 1.2, 2, 1.2, 2], [], [5, 2.5])
#: Commune names shown at each zoom: population at least this much.
_LABEL_POPULATION = {5: 150_000, 6: 100_000, 7: 50_000, 8: 25_000, 9: 10_000, 10: 4_000, 11: 1_500, 12: 500}



def _clip(x0: float, y0: float, x1: float, y1: float, box: tuple[float, float, float, float]):  # type: ignore[no-untyped-def]
    """The part of a segment inside ``box`` (Liang–Barsky), or None."""
    left, top, right, bottom = box
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            if t > t1:
                return None
            t0 = max(t0, t)
        else:
            if t < t0:
                return None
            t1 = min(t1, t)
    return x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy


@dataclass
class Stop:
    visit: BoardVisit
    world: World
    number: int
    technician: BoardTechnician
    day_index: int
    drive_before_s: int


@dataclass
class Round:
    """One technician's day: depot → stops → depot."""

    technician: BoardTechnician
    day_index: int
    line: list[World]
    stops: list[Stop]
    drive_s: int


@dataclass
class Hit:
    kind: str  # "stop", "unplanned", "pin", "depot", "legend", "link"
    stop: Stop | None = None
    visit: BoardVisit | None = None
    pin: ReviewPin | None = None
    technician_id: int | None = None
    url: str = ""
    text: str = ""


class MapCanvas(QWidget):
    """Paints the map and handles the mouse; knows nothing of the database."""

    visit_selected = Signal(int)
    #: pin, latitude, longitude: a site « à vérifier » was dropped there.
    pin_dropped = Signal(object, float, float)
    #: The user moved or zoomed the map (tiles to ask for).
    view_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(280, 220)
        self.zoom = float(DEFAULT_ZOOM)
        self.centre: World = to_world(*DEFAULT_CENTRE)
        self.week: WeekBoard | None = None
        self.layers: MapLayers | None = None
        self.rounds: list[Round] = []
        self.unplanned: list[tuple[BoardVisit, World]] = []
        self.depots: dict[World, list[str]] = {}
        #: Visits of the shown rounds whose site has no position (not drawn).
        self.without_position = 0
        self.pins: list[tuple[ReviewPin, World]] = []
        self.zones: list[tuple[mapping.ZoneOutline, list[World], World | None]] = []
        self.communes: list[tuple[float, float, str, int]] = []
        self.selected_id: int | None = None
        self.focus_technician: int | None = None
        self.show_zones = True
        self.show_unplanned = True
        self.show_review = True
        self.show_legend = True
        self.loader: TileLoader | None = None
        #: Tiles are asked for once the view has settled (not for every step of a pan or a fit).
        self._tile_timer = QTimer(self)
        self._tile_timer.setSingleShot(True)
        self._tile_timer.setInterval(TILE_DELAY_MS)
        self._tile_timer.timeout.connect(self._want_tiles)
        self._fit_key: object = None
        self._user_moved = False
        self._press: tuple[QPointF, World] | None = None
        self._dragging_pin: tuple[ReviewPin, QPointF, QPointF] | None = None
        self._drag_to: QPointF | None = None
        self._placed: dict[int, World] = {}
        self._wheel = 0
        #: While the user drags or zooms, lines are drawn without antialiasing (three times faster).
        self._interacting = False
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(180)
        self._settle_timer.timeout.connect(self._settled)
        self._legend_rows: list[tuple[QRectF, int]] = []
        self._links: list[tuple[QRectF, str]] = []
        self._markers: dict[tuple, QImage] = {}
        self._drew_tiles = False
        self._drew_communes = True
        self._overlay: QImage | None = None
        self._overlay_key: tuple = ()
        #: Bumped whenever what the overlay shows changes (week, layers, a placed pin).
        self._data_version = 0
        self._label_cache: tuple[float, tuple[float, float, float, float], list[tuple[float, float, str, float]]] | None = None
        self._label_widths: dict[str, float] = {}
        self.small = QFont(self.font())
        self.small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        self.bold = QFont(self.small)
        self.bold.setBold(True)
        self.label_font = QFont(self.font())
        self.label_font.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.9))

    # -- data --------------------------------------------------------------------------------
    def set_week(self, week: WeekBoard | None) -> None:
        """The week (or day) and technicians the board shows; fits the view when they change."""
        self.week = week
        self._data_version += 1
        self.rounds, self.unplanned, self.depots, self.without_position = [], [], {}, 0
        if week is not None:
            depots: dict[World, list[str]] = defaultdict(list)
            for technician in week.technicians:
                for place in {technician.start, technician.end}:
                    if place is not None:
                        depots[to_world(*place)].append(technician.name)
                for day_index, day in enumerate(week.days):
                    cell = week.cells.get((technician.id, day))
                    if cell is None or not cell.visits:
                        continue
                    line: list[World] = [to_world(*technician.start)] if technician.start else []
                    stops: list[Stop] = []
                    for position, visit in enumerate(cell.visits):
                        if visit.point is None:
                            self.without_position += 1
                            continue
                        world = to_world(*visit.point)
                        drive = cell.drives_s[position] if position < len(cell.drives_s) else 0
                        stops.append(Stop(visit, world, position + 1, technician, day_index, drive))
                        line.append(world)
                    if technician.end:
                        line.append(to_world(*technician.end))
                    if stops:
                        self.rounds.append(Round(technician, day_index, line, stops, cell.drive_s))
            self.depots = dict(depots)
            self.unplanned = [(v, to_world(*v.point)) for v in week.unplanned if v.point is not None]
            key = (tuple(week.days), tuple(t.id for t in week.technicians))
            if key != self._fit_key:
                self._fit_key = key
                self._user_moved = False
                self.focus_technician = None
                self.fit()
        self.update()

    def set_layers(self, layers: MapLayers | None) -> None:
        self.layers = layers
        self._data_version += 1
        self._placed.clear()
        self.pins = [(p, to_world(*p.point)) for p in layers.review_pins] if layers else []
        self.zones = []
        for zone in layers.zones if layers else []:
            outline = [to_world(*p) for p in zone.outline]
            self.zones.append((zone, outline, to_world(*zone.label_at) if zone.label_at else None))
        self.update()

    def set_communes(self, labels) -> None:  # type: ignore[no-untyped-def]
        self.communes = [(*to_world(*c.point), c.name, c.population) for c in labels]
        self._label_cache = None
        self.update()

    def set_tile_loader(self, loader: TileLoader | None) -> None:
        if self.loader is loader:
            return
        if self.loader is not None:
            self.loader.changed.disconnect(self.update)
        self.loader = loader
        if loader is not None:
            loader.changed.connect(self.update)
            self.request_tiles()
        self.update()

    def forget_pin(self, site_id: int) -> None:
        """The site is placed: its pin goes (until the layers are loaded again)."""
        self.pins = [(p, w) for p, w in self.pins if p.site_id != site_id]
        self._placed.pop(site_id, None)
        self._data_version += 1
        self.update()

    # -- projection --------------------------------------------------------------------------
    @property
    def scale(self) -> float:
        return TILE_SIZE * 2.0**self.zoom

    def to_screen(self, world: World) -> QPointF:
        scale = self.scale
        return QPointF((world[0] - self.centre[0]) * scale + self.width() / 2,
                       (world[1] - self.centre[1]) * scale + self.height() / 2)

    def to_world_at(self, point: QPointF) -> World:
        scale = self.scale
        return (self.centre[0] + (point.x() - self.width() / 2) / scale,
                self.centre[1] + (point.y() - self.height() / 2) / scale)

    def lat_lon_at(self, point: QPointF) -> tuple[float, float]:
        return from_world(*self.to_world_at(point))

    def stop_position(self, visit_id: int) -> QPointF | None:
        for stop in self._all_stops():
            if stop.visit.id == visit_id:
                return self.to_screen(stop.world)
        for visit, world in self.unplanned:
            if visit.id == visit_id:
                return self.to_screen(world)
        return None

    def pin_tip(self, site_id: int) -> QPointF | None:
        for pin, world in self.pins:
            if pin.site_id == site_id:
                return self.to_screen(self._placed.get(site_id, world))
        return None

    def _all_stops(self):  # type: ignore[no-untyped-def]
        for round_ in self.rounds:
            yield from round_.stops

    # -- view ----------------------------------------------------------------------------------
    def set_view(self, centre: World, zoom: float) -> None:
        """Centre and zoom; the zoom may fall between two tile levels (a fitted view)."""
        self.zoom = max(float(MIN_ZOOM), min(float(MAX_ZOOM), float(zoom)))
        self.centre = (min(max(centre[0], 0.0), 1.0), min(max(centre[1], 0.0), 1.0))
        self.request_tiles()
        self.update()
        self.view_changed.emit()

    def zoom_by(self, steps: int, anchor: QPointF | None = None) -> None:
        """Zoom in (or out) by whole levels; from a fitted view, to the next tile level first, so
        the tiles show at their own size again."""
        target = math.floor(self.zoom + 1e-6) + steps if steps > 0 else math.ceil(self.zoom - 1e-6) + steps
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, target))
        if zoom == self.zoom:
            return
        anchor = anchor if anchor is not None else QPointF(self.width() / 2, self.height() / 2)
        fixed = self.to_world_at(anchor)
        scale = TILE_SIZE * 2.0**zoom
        centre = (fixed[0] - (anchor.x() - self.width() / 2) / scale, fixed[1] - (anchor.y() - self.height() / 2) / scale)
        self._user_moved = True
        self.set_view(centre, zoom)

    def fit(self) -> None:
        """« Ajuster »: every round (else every visit to plan) in view."""
        points = [w for r in self.rounds for w in r.line]
        if not points and self.show_unplanned:
            points = [w for _v, w in self.unplanned]
        if not points and self.show_zones:
            points = [w for _z, outline, _label in self.zones for w in outline]
        if not points:
            points = [w for _p, w in self.pins]
        if not points:
            self.set_view(to_world(*DEFAULT_CENTRE), DEFAULT_ZOOM)
            return
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        left_margin = 40 + (self._legend_width() if self.show_legend and self.width() > 700 else 0)
        room_w = max(80.0, self.width() - left_margin - 40)
        room_h = max(80.0, self.height() - 80)
        span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
        zoom = float(MAX_FIT_ZOOM)
        if span_x > 0 or span_y > 0:
            fits = min(room_w / (span_x * TILE_SIZE) if span_x else math.inf,
                       room_h / (span_y * TILE_SIZE) if span_y else math.inf)
            zoom = min(float(MAX_FIT_ZOOM), math.floor(math.log2(fits) * 8) / 8)  # eighths of a level
        zoom = max(float(MIN_ZOOM), zoom)
        scale = TILE_SIZE * 2.0**zoom
        centre_x = (min(xs) + max(xs)) / 2 - (left_margin - 40) / 2 / scale
        self.set_view((centre_x, (min(ys) + max(ys)) / 2), zoom)

    def select_visit(self, visit_id: int | None) -> None:
        """Highlight a visit chosen elsewhere (the board) and bring it into view."""
        self.selected_id = visit_id
        if visit_id is not None:
            point = self.stop_position(visit_id)
            if point is not None and not QRectF(self.rect()).adjusted(20, 20, -20, -20).contains(point):
                self.set_view(self.to_world_at(point), self.zoom)
        self.update()

    def visible_tiles(self) -> list[TileKey]:
        """The tiles covering the widget, the centre ones first."""
        z = self.tile_zoom
        n = 2**z
        left, top = self.to_world_at(QPointF(0, 0))
        right, bottom = self.to_world_at(QPointF(self.width(), self.height()))
        x0, x1 = max(0, int(math.floor(left * n))), min(n - 1, int(math.floor(right * n)))
        y0, y1 = max(0, int(math.floor(top * n))), min(n - 1, int(math.floor(bottom * n)))
        cx, cy = self.centre[0] * n, self.centre[1] * n
        keys = [(z, x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]
        keys.sort(key=lambda k: (k[1] + 0.5 - cx) ** 2 + (k[2] + 0.5 - cy) ** 2)
        return keys

    @property
    def tile_zoom(self) -> int:
        """The tile level drawn: the nearest to the zoom (tiles are scaled by at most √2)."""
        return max(0, min(MAX_TILE_ZOOM, int(math.floor(self.zoom + 0.5))))

    def request_tiles(self) -> None:
        # Nothing before the first week: the view is about to move to the rounds.
        if self.loader is not None and self.isVisible() and self.week is not None:
            self._tile_timer.start()

    def _want_tiles(self) -> None:
        if self.loader is not None and self.isVisible():
            self.loader.want(self.visible_tiles())

    @property
    def tiles_pending(self) -> bool:
        return self._tile_timer.isActive() or (self.loader is not None and self.loader.busy)

    def tiles_active(self) -> bool:
        return self.loader is not None and self.layers is not None and self.layers.tiles_shown

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), LAND)
        drawn = self._paint_tiles(painter) if self.tiles_active() else 0
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # Town names when there is no background, or the server is gone and the cache has holes.
        offline_holes = self.loader is not None and not self.loader.online and drawn < len(self.visible_tiles())
        self._drew_tiles = drawn > 0
        self._drew_communes = not drawn or offline_holes
        if self._drew_communes:
            self._paint_communes(painter)
        painter.drawImage(QPointF(0, 0), self._overlay_image())
        if self._dragging_pin is not None and self._drag_to is not None:
            self._paint_pin(painter, self._drag_to - self._dragging_pin[2], dragging=True)
        if self.show_legend:
            self._paint_legend(painter)
        self._paint_scale(painter)
        self._paint_attribution(painter)
        painter.end()

    def _overlay_image(self) -> QImage:
        """Zones, rounds, visits and pins, drawn once per view and kept: a tile arriving, a
        tooltip or a dragged pin repaints the map without drawing 600 stops again."""
        dragged = self._dragging_pin[0].site_id if self._dragging_pin else None
        key = (
            self._data_version, self.centre, self.zoom, self.width(), self.height(), self.devicePixelRatioF(),
            self.selected_id, self.focus_technician, self.show_zones, self.show_unplanned, self.show_review,
            self.tiles_active(), self._interacting, dragged, tuple(self._placed.items()),
        )
        if self._overlay is not None and self._overlay_key == key:
            return self._overlay
        ratio = self.devicePixelRatioF()
        width, height = max(1, int(self.width() * ratio)), max(1, int(self.height() * ratio))
        image = self._overlay
        if image is None or image.width() != width or image.height() != height:
            image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.show_zones:
            self._paint_zones(painter)
        self._paint_rounds(painter)
        if self.show_unplanned:
            self._paint_unplanned(painter)
        self._paint_depots(painter)
        self._paint_stops(painter)
        if self.show_review:
            self._paint_pins(painter)
        painter.end()
        self._overlay, self._overlay_key = image, key
        return image

    def invalidate(self) -> None:
        """Draw everything again at the next paint (the benchmark measures full paints)."""
        self._overlay_key = ()
        self.update()

    def _paint_tiles(self, painter: QPainter) -> int:
        assert self.loader is not None
        z = self.tile_zoom
        size = TILE_SIZE * 2.0 ** (self.zoom - z)
        if abs(size - TILE_SIZE) > 0.01:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        origin = self.to_screen((0.0, 0.0))
        drawn = 0
        for key in self.visible_tiles():
            _z, x, y = key
            # Whole pixels, so that scaled tiles meet without a seam.
            left, top = math.floor(origin.x() + x * size), math.floor(origin.y() + y * size)
            target = QRectF(left, top, math.floor(origin.x() + (x + 1) * size) - left,
                            math.floor(origin.y() + (y + 1) * size) - top)
            image = self.loader.image(key)
            if image is not None:
                painter.drawImage(target, image)
                drawn += 1
                continue
            # While a tile comes, its parent (already in memory after zooming in) stands in.
            for up in range(1, min(5, z + 1)):
                parent = self.loader.image((z - up, x >> up, y >> up))
                if parent is not None:
                    part = TILE_SIZE >> up
                    source = QRectF((x & ((1 << up) - 1)) * part, (y & ((1 << up) - 1)) * part, part, part)
                    painter.drawImage(target, parent, source)
                    drawn += 1
                    break
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        return drawn

    def _labels_in_view(self) -> list[tuple[float, float, str, float]]:
        """The commune names to write: the most populated first, none overlapping another.

        Worked out for the view and one screen around it, then kept while the view stays inside
        that area at the same zoom (a pan costs nothing, leaving the area a few milliseconds)."""
        left, top = self.to_world_at(QPointF(0, 0))
        right, bottom = self.to_world_at(QPointF(self.width(), self.height()))
        cached = self._label_cache
        if cached is not None:
            zoom, area, kept = cached
            if zoom == self.zoom and area[0] <= left and area[1] <= top and area[2] >= right and area[3] >= bottom:
                return kept
        span_x, span_y = right - left, bottom - top
        area = (left - span_x, top - span_y, right + span_x, bottom + span_y)
        level = int(math.floor(self.zoom + 0.25))
        threshold = _LABEL_POPULATION.get(level, 0 if level > 12 else 200_000)
        metrics = QFontMetricsF(self.label_font)
        height = metrics.height()
        scale = self.scale
        cell = 96.0
        grid: dict[tuple[int, int], list[QRectF]] = defaultdict(list)
        kept: list[tuple[float, float, str, float]] = []
        for wx, wy, name, population in self.communes:
            if population < threshold:
                break
            if not (area[0] <= wx <= area[2] and area[1] <= wy <= area[3]):
                continue
            width = self._label_widths.get(name)
            if width is None:
                width = self._label_widths[name] = metrics.horizontalAdvance(name)
            x, y = wx * scale, wy * scale
            rect = QRectF(x - width / 2 - 4, y - height - 5, width + 8, height + 4)
            cells = [(cx, cy) for cx in range(int(rect.left() // cell), int(rect.right() // cell) + 1)
                     for cy in range(int(rect.top() // cell), int(rect.bottom() // cell) + 1)]
            if any(rect.intersects(other) for c in cells for other in grid[c]):
                continue
            for c in cells:
                grid[c].append(rect)
            kept.append((wx, wy, name, width))
        self._label_cache = (self.zoom, area, kept)
        return kept

    def _paint_communes(self, painter: QPainter) -> None:
        if not self.communes:
            return
        left, top = self.to_world_at(QPointF(-80, -20))
        right, bottom = self.to_world_at(QPointF(self.width() + 80, self.height() + 20))
        height = QFontMetricsF(self.label_font).height()
        painter.setFont(self.label_font)
        dots: list[QPointF] = []
        painter.setPen(QColor("#5d5549"))
        for wx, wy, name, width in self._labels_in_view():
            if left <= wx <= right and top <= wy <= bottom:
                point = self.to_screen((wx, wy))
                dots.append(point)
                painter.drawText(QRectF(point.x() - width / 2 - 2, point.y() - height - 3, width + 4, height),
                                 Qt.AlignmentFlag.AlignCenter, name)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#9e9589"))
        for point in dots:
            painter.drawEllipse(point, 2.2, 2.2)

    def _paint_zones(self, painter: QPainter) -> None:
        for zone, outline, label_at in self.zones:
            if not outline:
                continue
            colour = QColor(zone.colour)
            fill = QColor(colour)
            fill.setAlpha(45)
            edge = QColor(colour)
            edge.setAlpha(150)
            points = [self.to_screen(w) for w in outline]
            # A wide round pen pads the hull, so a zone of one or two sites still shows.
            pad = QPen(fill, 22, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pad)
            painter.setBrush(fill)
            if len(points) >= 3:
                painter.drawPolygon(QPolygonF(points))
                painter.setPen(QPen(edge, 1.5, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPolygon(QPolygonF(points))
            elif len(points) == 2:
                painter.drawLine(points[0], points[1])
            else:
                painter.drawPoint(points[0])
            if label_at is not None:
                painter.setFont(self.bold)
                painter.setPen(colour.darker(160))
                at = self.to_screen(label_at)
                painter.drawText(QRectF(at.x() - 100, at.y() - 10, 200, 20), Qt.AlignmentFlag.AlignCenter, zone.name)

    def _round_pen(self, round_: Round, width: float, dimmed: bool = False) -> QPen:
        colour = QColor(round_.technician.colour)
        if dimmed:  # mixed with the background rather than transparent: opaque lines draw much faster
            colour = QColor.fromRgbF(*(0.25 * c + 0.75 * b for c, b in zip(colour.getRgbF()[:3], LAND.getRgbF()[:3], strict=True)))
        pen = QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.BevelJoin)
        if self.week and len(self.week.days) > 1:
            pattern = DAY_DASHES[round_.day_index % len(DAY_DASHES)]
            if pattern:
                pen.setDashPattern(pattern)
        return pen

    def _selected_round(self) -> Round | None:
        if self.selected_id is None:
            return None
        return next((r for r in self.rounds if any(s.visit.id == self.selected_id for s in r.stops)), None)

    def _dimmed(self, technician_id: int) -> bool:
        return self.focus_technician is not None and technician_id != self.focus_technician

    def _visible_segments(self, line: list[World]) -> list[QLineF]:
        """The legs of a round inside the widget (and a margin), in pixels.

        Drawn as separate opaque lines: Qt strokes a polyline as one path, which is about ten
        times slower, and would dash kilometres of line off-screen when zoomed in."""
        scale, half_w, half_h = self.scale, self.width() / 2, self.height() / 2
        cx, cy = self.centre
        points = [((x - cx) * scale + half_w, (y - cy) * scale + half_h) for x, y in line]
        box = (-20.0, -20.0, self.width() + 20.0, self.height() + 20.0)
        segments: list[QLineF] = []
        for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
            if box[0] <= x0 <= box[2] and box[0] <= x1 <= box[2] and box[1] <= y0 <= box[3] and box[1] <= y1 <= box[3]:
                segments.append(QLineF(x0, y0, x1, y1))
                continue
            clipped = _clip(x0, y0, x1, y1, box)
            if clipped is not None:
                segments.append(QLineF(*clipped))
        return segments

    def _interaction(self) -> None:
        self._interacting = True
        self._settle_timer.start()

    def _settled(self) -> None:
        if self._press is not None:  # still dragging
            self._settle_timer.start()
            return
        self._interacting = False
        self.update()

    def _paint_rounds(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, not self._interacting)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        selected = self._selected_round()
        # Over the tiles a white casing keeps the lines readable; the plain background needs none.
        casing = QPen(QColor("#ffffff"), 5.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap) if self.tiles_active() else None
        for round_ in self.rounds:
            if round_ is selected:
                continue
            dimmed = self._dimmed(round_.technician.id)
            segments = self._visible_segments(round_.line)
            if casing is not None and not dimmed:
                painter.setPen(casing)
                painter.drawLines(segments)
            painter.setPen(self._round_pen(round_, 2.6, dimmed))
            painter.drawLines(segments)
        if selected is not None:
            segments = self._visible_segments(selected.line)
            painter.setPen(QPen(QColor("#ffffff"), 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLines(segments)
            painter.setPen(self._round_pen(selected, 5.0))
            painter.drawLines(segments)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    def _paint_unplanned(self, painter: QPainter) -> None:
        painter.setPen(QPen(QColor("#616161"), 1.2))
        painter.setBrush(UNPLANNED)
        area = QRectF(self.rect()).adjusted(-10, -10, 10, 10)
        for visit, world in self.unplanned:
            point = self.to_screen(world)
            if area.contains(point):
                painter.drawEllipse(point, 5.0, 5.0)
                if visit.id == self.selected_id:
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.setPen(QPen(QColor("#111"), 2.5))
                    painter.drawEllipse(point, 10.0, 10.0)
                    painter.setPen(QPen(QColor("#616161"), 1.2))
                    painter.setBrush(UNPLANNED)

    def _paint_depots(self, painter: QPainter) -> None:
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(DEPOT)
        for world in self.depots:
            point = self.to_screen(world)
            painter.drawRoundedRect(QRectF(point.x() - 7, point.y() - 7, 14, 14), 3, 3)
            painter.setPen(QPen(QColor("#ffffff"), 1.6))
            roof = QPolygonF([QPointF(point.x() - 4, point.y()), QPointF(point.x(), point.y() - 4),
                              QPointF(point.x() + 4, point.y())])
            painter.drawPolyline(roof)
            painter.drawLine(QPointF(point.x() - 2.5, point.y()), QPointF(point.x() - 2.5, point.y() + 3.5))
            painter.drawLine(QPointF(point.x() + 2.5, point.y()), QPointF(point.x() + 2.5, point.y() + 3.5))
            painter.setPen(QPen(QColor("#ffffff"), 1.5))

    def _stop_radius(self) -> float:
        return 9.0 if self.zoom >= 11 else (7.0 if self.zoom >= 9 else 5.0)

    def _paint_stops(self, painter: QPainter) -> None:
        radius = self._stop_radius()
        area = QRectF(self.rect()).adjusted(-radius, -radius, radius, radius)
        selected: Stop | None = None
        for round_ in self.rounds:
            dimmed = self._dimmed(round_.technician.id)
            for stop in round_.stops:
                point = self.to_screen(stop.world)
                if not area.contains(point):
                    continue
                if stop.visit.id == self.selected_id:
                    selected = stop
                    continue
                marker = self._marker(stop, radius, dimmed)
                painter.drawImage(QPointF(point.x() - radius - 2, point.y() - radius - 2), marker)
        if selected is not None:
            point = self.to_screen(selected.world)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 220))
            painter.drawEllipse(point, radius + 7, radius + 7)
            painter.setPen(QPen(QColor("#111"), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(point, radius + 5, radius + 5)
            big = radius + 2
            painter.drawImage(QPointF(point.x() - big - 2, point.y() - big - 2), self._marker(selected, big, False))

    def _marker(self, stop: Stop, radius: float, dimmed: bool) -> QImage:
        """A numbered stop, drawn once and then copied (600 stops paint in a few milliseconds)."""
        visit = stop.visit
        key = (stop.technician.colour, stop.number, radius, dimmed, visit.needs_review, visit.locked)
        image = self._markers.get(key)
        if image is not None:
            return image
        ratio = self.devicePixelRatioF()
        side = int(2 * radius + 4)
        image = QImage(int(side * ratio), int(side * ratio), QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setFont(self.bold)
        colour = QColor(stop.technician.colour)
        if dimmed:
            colour.setAlpha(70)
        centre = QPointF(radius + 2, radius + 2)
        painter.setPen(QPen(REVIEW if visit.needs_review else QColor(255, 255, 255, 90 if dimmed else 255),
                            2.2 if visit.needs_review else 1.5))
        painter.setBrush(colour)
        if visit.locked:
            painter.drawRect(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius))
        else:
            painter.drawEllipse(centre, radius, radius)
        if radius >= 7:
            painter.setPen(QColor(255, 255, 255, 110 if dimmed else 255) if colour.lightness() < 170 else QColor("#111"))
            painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                             Qt.AlignmentFlag.AlignCenter, str(stop.number))
        painter.end()
        if len(self._markers) > 4000:
            self._markers.clear()
        self._markers[key] = image
        return image

    def _pin_path(self, tip: QPointF) -> QPainterPath:
        path = QPainterPath()
        head = QPointF(tip.x(), tip.y() - 20)
        path.moveTo(tip)
        path.lineTo(head.x() - 6.5, head.y() + 4)
        path.arcTo(QRectF(head.x() - 8, head.y() - 8, 16, 16), 210, -240)
        path.closeSubpath()
        return path

    def _paint_pins(self, painter: QPainter) -> None:
        area = QRectF(self.rect()).adjusted(-10, -10, 10, 40)
        dragged = self._dragging_pin[0].site_id if self._dragging_pin else None
        for pin, world in self.pins:
            if pin.site_id == dragged:
                continue
            tip = self.to_screen(self._placed.get(pin.site_id, world))
            if area.contains(tip):
                self._paint_pin(painter, tip)

    def _paint_pin(self, painter: QPainter, tip: QPointF, *, dragging: bool = False) -> None:
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        colour = QColor(REVIEW)
        if dragging:
            colour.setAlpha(200)
            painter.setPen(QPen(QColor("#111"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(tip.x() - 8, tip.y()), QPointF(tip.x() + 8, tip.y()))
            painter.drawLine(QPointF(tip.x(), tip.y() - 4), QPointF(tip.x(), tip.y() + 8))
            painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(colour)
        painter.drawPath(self._pin_path(tip))
        painter.setBrush(QColor("#ffffff"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(tip.x(), tip.y() - 20), 3, 3)

    def _legend_width(self) -> float:
        return min(260.0, max(180.0, self.width() * 0.42))

    def _paint_legend(self, painter: QPainter) -> None:
        self._legend_rows = []
        if self.week is None:
            return
        metrics = QFontMetricsF(self.small)
        row_h = max(17.0, metrics.height() + 3)
        technicians = self.week.technicians
        visits = defaultdict(int)
        drives = defaultdict(int)
        for round_ in self.rounds:
            visits[round_.technician.id] += len(round_.stops)
        for (technician_id, _day), cell in self.week.cells.items():
            drives[technician_id] += cell.drive_s
            visits[technician_id] += 0
        extra = []
        if len(self.week.days) > 1:
            extra.append("days")
        if self.show_unplanned and self.unplanned:
            extra.append("unplanned")
        if self.show_review and self.pins:
            extra.append("review")
        if self.without_position:
            extra.append("missing")
        width = self._legend_width()
        height = 8 + row_h * (1 + len(technicians) + len(extra)) + 6
        box = QRectF(10, 10, width, min(height, self.height() - 60))
        painter.setPen(QPen(QColor(0, 0, 0, 40)))
        painter.setBrush(QColor(255, 255, 255, 232))
        painter.drawRoundedRect(box, 5, 5)
        painter.save()
        painter.setClipRect(box)
        y = box.top() + 5
        painter.setFont(self.bold)
        painter.setPen(QColor("#333"))
        total = sum(drives[t.id] for t in technicians)
        painter.drawText(QRectF(box.left() + 8, y, width - 16, row_h), Qt.AlignmentFlag.AlignVCenter,
                         self.tr("Driving: %1").replace("%1", labels.duration(total)))
        y += row_h
        painter.setFont(self.small)
        for technician in technicians:
            row = QRectF(box.left() + 4, y, width - 8, row_h)
            self._legend_rows.append((row, technician.id))
            if technician.id == self.focus_technician:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#e3eaf4"))
                painter.drawRoundedRect(row, 3, 3)
            colour = QColor(technician.colour)
            painter.setPen(QPen(colour, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(QPointF(row.left() + 6, row.center().y()), QPointF(row.left() + 24, row.center().y()))
            painter.setPen(QColor("#999") if self._dimmed(technician.id) else QColor("#222"))
            detail = self.tr("%1 visits · %2").replace("%1", str(visits[technician.id])).replace(
                "%2", labels.duration(drives[technician.id]))
            detail_w = metrics.horizontalAdvance(detail)
            name_rect = QRectF(row.left() + 30, row.top(), row.width() - 36 - detail_w, row.height())
            painter.drawText(name_rect, Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(technician.name, Qt.TextElideMode.ElideRight, name_rect.width()))
            painter.drawText(QRectF(row.right() - detail_w - 4, row.top(), detail_w + 2, row.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, detail)
            y += row_h
        painter.setPen(QColor("#444"))
        for item in extra:
            row = QRectF(box.left() + 4, y, width - 8, row_h)
            middle = row.center().y()
            if item == "days":
                x = row.left() + 6
                for index, day in enumerate(self.week.days):
                    pen = QPen(QColor("#555"), 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
                    if DAY_DASHES[index % len(DAY_DASHES)]:
                        pen.setDashPattern(DAY_DASHES[index % len(DAY_DASHES)])
                    painter.setPen(pen)
                    painter.drawLine(QPointF(x, middle), QPointF(x + 16, middle))
                    painter.setPen(QColor("#444"))
                    label = format_date(day, "EEE", locale="fr_FR").rstrip(".")
                    painter.drawText(QRectF(x + 18, row.top(), 30, row_h), Qt.AlignmentFlag.AlignVCenter, label)
                    x += 47
            elif item == "unplanned":
                painter.setPen(QPen(QColor("#616161"), 1.2))
                painter.setBrush(UNPLANNED)
                painter.drawEllipse(QPointF(row.left() + 15, middle), 5, 5)
                painter.setPen(QColor("#444"))
                painter.drawText(row.adjusted(30, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                                 self.tr("To plan (%1)").replace("%1", str(len(self.unplanned))))
            elif item == "review":
                self._paint_pin(painter, QPointF(row.left() + 15, row.bottom() + 5))
                painter.setPen(QColor("#444"))
                painter.drawText(row.adjusted(30, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                                 self.tr("Sites to check: drag the pin (%1)").replace("%1", str(len(self.pins))))
            elif item == "missing":
                painter.setPen(QColor("#8e2b20"))
                painter.drawText(row.adjusted(8, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                                 self.tr("%1 visits without a position").replace("%1", str(self.without_position)))
            y += row_h
        painter.restore()

    def _paint_scale(self, painter: QPainter) -> None:
        lat, _lon = from_world(*self.centre)
        metres_per_px = math.cos(math.radians(lat)) * 40_075_016.686 / self.scale
        target = 100 * metres_per_px
        power = 10 ** math.floor(math.log10(target))
        nice = max(m * power for m in (1, 2, 5) if m * power <= target)
        pixels = nice / metres_per_px
        label = f"{nice / 1000:g} km" if nice >= 1000 else f"{nice:g} m"
        x, y = 12.0, self.height() - 14.0
        painter.setPen(QPen(QColor("#333"), 1.5))
        painter.drawLine(QPointF(x, y), QPointF(x + pixels, y))
        painter.drawLine(QPointF(x, y - 4), QPointF(x, y))
        painter.drawLine(QPointF(x + pixels, y - 4), QPointF(x + pixels, y))
        painter.setFont(self.small)
        painter.drawText(QRectF(x + 4, y - 16, 120, 14), Qt.AlignmentFlag.AlignLeft, label)
        note = self.background_note()
        if note:
            painter.setPen(QColor("#7a4b00"))
            painter.drawText(QRectF(x, y - 34, self.width() - 24, 16), Qt.AlignmentFlag.AlignLeft, note)

    def background_note(self) -> str:
        """Why the map shows no tiles although they are wanted."""
        if self.tiles_active() and self.loader is not None and not self.loader.online:
            return self.tr("Map background unavailable (%1): town names only.").replace("%1", self.loader.last_error)
        return ""

    def attribution(self) -> list[tuple[str, str]]:
        """(text, link) shown in the bottom-right corner: the sources of what the last paint drew."""
        parts = []
        if self._drew_tiles:
            parts += [(self.tr("© OpenStreetMap contributors"), COPYRIGHT_URL), (self.tr("Report a map error"), FIX_THE_MAP_URL)]
        if self._drew_communes or not parts:
            parts.append((self.tr("Towns: GeoNames (CC BY 4.0)"), "https://www.geonames.org/"))
        return parts

    def _paint_attribution(self, painter: QPainter) -> None:
        painter.setFont(self.small)
        metrics = QFontMetricsF(self.small)
        parts = self.attribution()
        separator = "  ·  "
        width = sum(metrics.horizontalAdvance(text) for text, _ in parts) + metrics.horizontalAdvance(separator) * (len(parts) - 1)
        box = QRectF(self.width() - width - 12, self.height() - metrics.height() - 4, width + 12, metrics.height() + 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 215))
        painter.drawRect(box)
        x = box.left() + 6
        self._links = []
        for index, (text, url) in enumerate(parts):
            if index:
                painter.setPen(QColor("#555"))
                painter.drawText(QRectF(x, box.top() + 2, 40, metrics.height()), Qt.AlignmentFlag.AlignLeft, separator)
                x += metrics.horizontalAdvance(separator)
            rect = QRectF(x, box.top() + 2, metrics.horizontalAdvance(text) + 1, metrics.height())
            painter.setPen(QColor("#1d4f91"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, text)
            self._links.append((rect, url))
            x += rect.width()

    # -- hit testing ---------------------------------------------------------------------------
    def hit(self, point: QPointF) -> Hit | None:
        for rect, url in self._links:
            if rect.contains(point):
                return Hit("link", url=url)
        if self.show_legend:
            for rect, technician_id in self._legend_rows:
                if rect.contains(point):
                    return Hit("legend", technician_id=technician_id)
        if self.show_review:
            for pin, world in reversed(self.pins):
                tip = self.to_screen(self._placed.get(pin.site_id, world))
                head = QPointF(tip.x(), tip.y() - 20)
                if (point - head).manhattanLength() <= 13 or (abs(point.x() - tip.x()) <= 5 and tip.y() - 14 <= point.y() <= tip.y()):
                    return Hit("pin", pin=pin)
        radius = self._stop_radius() + 3
        selected = self._selected_round()
        ordered = ([selected] if selected else []) + list(reversed(self.rounds))
        for round_ in ordered:
            # The selected stop is drawn on top of the others: it is found first.
            stops = sorted(reversed(round_.stops), key=lambda s: s.visit.id != self.selected_id)
            for stop in stops:
                delta = self.to_screen(stop.world) - point
                if delta.x() ** 2 + delta.y() ** 2 <= radius**2:
                    return Hit("stop", stop=stop, visit=stop.visit)
        if self.show_unplanned:
            for visit, world in reversed(self.unplanned):
                delta = self.to_screen(world) - point
                if delta.x() ** 2 + delta.y() ** 2 <= 64:
                    return Hit("unplanned", visit=visit)
        for world, names in self.depots.items():
            delta = self.to_screen(world) - point
            if abs(delta.x()) <= 8 and abs(delta.y()) <= 8:
                return Hit("depot", text=", ".join(names))
        return None

    def tooltip(self, hit: Hit) -> str:
        if hit.kind == "stop" and hit.stop is not None:
            stop = hit.stop
            visit = stop.visit
            when = ""
            if visit.start and visit.end:
                start, end = to_paris(visit.start), to_paris(visit.end)
                when = f"{format_date(start.date(), 'EEEE d MMMM', locale='fr_FR')} {start:%H:%M}–{end:%H:%M}"
            lines = [
                f"{stop.number}. {visit.customer} ({visit.city})",
                f"{visit.number} · {visit.summary}",
                f"{when} · {stop.technician.name}",
                self.tr("%1 of driving before").replace("%1", labels.duration(stop.drive_before_s)),
            ]
            if visit.needs_review:
                lines.append(self.tr("Position to check"))
            return "\n".join(lines)
        if hit.kind == "unplanned" and hit.visit is not None:
            visit = hit.visit
            text = self.tr("To plan: %1 (%2)").replace("%1", visit.customer).replace("%2", visit.city)
            text += f"\n{visit.number} · {visit.summary} · {visit.duration_min} min"
            if visit.due_until:
                text += "\n" + self.tr("due by %1").replace("%1", f"{visit.due_until:%d/%m/%Y}")
            return text
        if hit.kind == "pin" and hit.pin is not None:
            pin = hit.pin
            return "\n".join([
                self.tr("Position to check: %1").replace("%1", pin.customer),
                f"{pin.address}, {pin.city}".strip(", "),
                pin.reason,
                self.tr("Drag the pin to the right place."),
            ])
        if hit.kind == "depot":
            return self.tr("Start and end of the day: %1").replace("%1", hit.text)
        if hit.kind == "legend":
            return self.tr("Click to highlight this technician's rounds")
        if hit.kind == "link":
            return hit.url
        return ""

    # -- mouse and keyboard --------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        point = event.position()
        hit = self.hit(point)
        if hit is not None and hit.kind == "pin" and hit.pin is not None:
            tip = self.pin_tip(hit.pin.site_id) or point
            self._dragging_pin = (hit.pin, point, point - tip)
            self._drag_to = None
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if hit is not None and hit.kind in ("stop", "unplanned") and hit.visit is not None:
            self.selected_id = hit.visit.id
            self.update()
            self.visit_selected.emit(hit.visit.id)
            return
        if hit is not None and hit.kind == "legend":
            self.focus_technician = None if self.focus_technician == hit.technician_id else hit.technician_id
            self.update()
            return
        if hit is not None and hit.kind == "link":
            QDesktopServices.openUrl(QUrl(hit.url))
            return
        self._press = (point, self.centre)
        self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        point = event.position()
        if self._dragging_pin is not None:
            self._drag_to = point
            self.update()
            return
        if self._press is not None:
            origin, centre = self._press
            scale = self.scale
            self._user_moved = True
            self._interaction()
            self.centre = (centre[0] - (point.x() - origin.x()) / scale, centre[1] - (point.y() - origin.y()) / scale)
            self.request_tiles()
            self.update()
            return
        hit = self.hit(point)
        self.setToolTip(self.tooltip(hit) if hit else "")
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit and hit.kind != "depot" else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._dragging_pin is not None:
            pin, press, offset = self._dragging_pin
            self._dragging_pin = None
            to = event.position()
            self._drag_to = None
            self.unsetCursor()
            if (to - press).manhattanLength() >= 3:
                tip = to - offset
                world = self.to_world_at(tip)
                self._placed[pin.site_id] = world
                lat, lon = from_world(*world)
                self.update()
                self.pin_dropped.emit(pin, lat, lon)
            else:
                self.update()
            return
        if self._press is not None:
            self._press = None
            self.unsetCursor()
            self.view_changed.emit()
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.hit(event.position()) is None:
            self.zoom_by(1, event.position())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        self._wheel += event.angleDelta().y()
        steps = int(self._wheel / 120)
        if steps:
            self._wheel -= steps * 120
            self._interaction()
            self.zoom_by(steps, event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(-1)
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = 80 / self.scale
            dx = {Qt.Key.Key_Left: -step, Qt.Key.Key_Right: step}.get(key, 0.0)
            dy = {Qt.Key.Key_Up: -step, Qt.Key.Key_Down: step}.get(key, 0.0)
            self._user_moved = True
            self.set_view((self.centre[0] + dx, self.centre[1] + dy), self.zoom)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not self._user_moved and (self.rounds or self.unplanned):
            self.fit()
        else:
            self.request_tiles()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self.request_tiles()


def _communes(_database) -> tuple:  # type: ignore[no-untyped-def]
    return mapping.commune_labels()


class MapPanel(QWidget):
    """The map with its tools (zoom, fit, layers), hosted by the « Planning » page."""

    visit_selected = Signal(int)
    #: « Zones… »: the manager wants to see or change the zones and zone-days.
    zones_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, tile_cache_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tile_cache_dir = tile_cache_dir
        self.layers: MapLayers | None = None
        self.loader: TileLoader | None = None
        self._layers_dirty = True
        self._communes_loaded = False
        self._last_placement: tuple[ReviewPin, SitePosition] | None = None

        self.canvas = MapCanvas()
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (-)"))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+)"))
        self.fit_button = QToolButton()
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show every round (0)"))
        self.layers_button = QToolButton()
        self.layers_button.setText(self.tr("Show"))
        self.layers_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.layers_button)
        self.tiles_action = self._toggle(menu, self.tr("OpenStreetMap background"), True)
        self.zones_action = self._toggle(menu, self.tr("Zones"), True)
        self.unplanned_action = self._toggle(menu, self.tr("Visits to plan"), True)
        self.review_action = self._toggle(menu, self.tr("Sites to check"), True)
        self.legend_action = self._toggle(menu, self.tr("Legend"), True)
        self.layers_button.setMenu(menu)
        self.zones_button = QToolButton()
        self.zones_button.setText(self.tr("Zones…"))
        self.zones_button.setToolTip(self.tr("Compute, adjust and assign the zones: which technician covers which zone on which weekday"))
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.layers_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.zones_button)

        self.banner = QFrame()
        self.banner.setObjectName("mapBanner")
        self.banner.setStyleSheet(
            "QFrame#mapBanner { background: #e8f3e8; border: 1px solid #b7d7b7; border-radius: 4px; }"
        )
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.close_banner_button = QToolButton()
        self.close_banner_button.setText("✕")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 4, 4, 4)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.undo_button)
        banner_layout.addWidget(self.close_banner_button)
        self.banner.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.banner)
        layout.addWidget(self.canvas, 1)

        self.zoom_in_button.clicked.connect(lambda: self.canvas.zoom_by(1))
        self.zoom_out_button.clicked.connect(lambda: self.canvas.zoom_by(-1))
        self.fit_button.clicked.connect(self.canvas.fit)
        self.tiles_action.toggled.connect(self._tiles_toggled)
        self.zones_action.toggled.connect(lambda on: self._layer("show_zones", on))
        self.unplanned_action.toggled.connect(lambda on: self._layer("show_unplanned", on))
        self.review_action.toggled.connect(lambda on: self._layer("show_review", on))
        self.legend_action.toggled.connect(lambda on: self._layer("show_legend", on))
        self.undo_button.clicked.connect(self.undo_placement)
        self.zones_button.clicked.connect(self.zones_requested)
        self.close_banner_button.clicked.connect(self.banner.hide)
        self.canvas.visit_selected.connect(self.visit_selected)
        self.canvas.pin_dropped.connect(self.place_pin)
        ctx.changed.connect(self._on_changes)

    def _toggle(self, menu: QMenu, text: str, checked: bool) -> QAction:
        action = QAction(text, menu)
        action.setCheckable(True)
        action.setChecked(checked)
        menu.addAction(action)
        return action

    def _layer(self, name: str, on: bool) -> None:
        setattr(self.canvas, name, on)
        self.canvas.update()

    # -- what the board calls ------------------------------------------------------------------
    def set_week(self, week: WeekBoard | None) -> None:
        self.canvas.set_week(week)

    def select_visit(self, visit_id: int) -> None:
        self.canvas.select_visit(visit_id)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if not self._communes_loaded:
            self._communes_loaded = True
            Op(self.ctx, _communes).parent(self).success(self.canvas.set_communes).run()
        if self._layers_dirty:
            self.reload_layers()

    def reload_layers(self) -> None:
        self._layers_dirty = False
        Op(self.ctx, mapping.load_map_layers).key("map-layers").parent(self).success(self._layers_loaded).run()

    def _layers_loaded(self, layers: MapLayers) -> None:
        self.layers = layers
        self.canvas.set_layers(layers)
        if self.canvas.week is None and not self.canvas._user_moved:
            self.canvas.fit()  # no rounds shown (the zones editor): the zones in view
        self.tiles_action.blockSignals(True)
        self.tiles_action.setChecked(layers.settings.tiles and not layers.offline)
        self.tiles_action.setEnabled(not layers.offline)
        self.tiles_action.blockSignals(False)
        self.tiles_action.setToolTip(
            self.tr("Planner works offline (Tools › Settings): no map background.") if layers.offline else ""
        )
        self._configure_tiles()

    def _configure_tiles(self) -> None:
        layers = self.layers
        wanted = layers is not None and layers.tiles_shown
        if not wanted:
            self.canvas.set_tile_loader(None)
            if self.loader is not None:
                self.loader.close()
                self.loader.deleteLater()
                self.loader = None
            return
        assert layers is not None
        if self.loader is not None and (
            self.loader.url_template != layers.settings.tile_url or self.loader.user_agent != layers.user_agent
        ):
            self.canvas.set_tile_loader(None)
            self.loader.close()
            self.loader.deleteLater()
            self.loader = None
        if self.loader is None:
            folder = self.tile_cache_dir or (user_data_dir() / "tiles")
            self.loader = TileLoader(folder, layers.settings.tile_url, layers.user_agent, self)
            self.loader.online_changed.connect(lambda _online: self.canvas.update())
        self.canvas.set_tile_loader(self.loader)

    def _tiles_toggled(self, on: bool) -> None:
        Op(self.ctx, mapping.set_tiles_shown, on).parent(self).changes(Changes(settings=True)).run()

    def _on_changes(self, changes: Changes) -> None:
        # Zones and sites change with customers (a moved site), settings and technicians (zones
        # computed for the rounds): the outlines and pins follow.
        if changes.settings or changes.customers or changes.technicians or changes.zones:
            if self.isVisible():
                self.reload_layers()
            else:
                self._layers_dirty = True

    # -- placing a site by dragging its pin ------------------------------------------------------
    def place_pin(self, pin: ReviewPin, lat: float, lon: float) -> None:
        Op(self.ctx, mapping.place_site, pin.site_id, lat, lon).parent(self).changes(Changes(customers=True)).success(
            lambda previous: self._placed(pin, previous)
        ).failure(lambda exc: self._refused(pin, exc)).run()

    def _placed(self, pin: ReviewPin, previous: SitePosition) -> None:
        self._last_placement = (pin, previous)
        self.canvas.forget_pin(pin.site_id)
        self.banner_text.setText(
            self.tr("Position of %1 (%2) saved: no longer to check.").replace("%1", pin.customer).replace("%2", pin.city)
        )
        self.undo_button.show()
        self.banner.show()

    def _refused(self, pin: ReviewPin, exc: Exception) -> bool:
        self.canvas._placed.pop(pin.site_id, None)
        self.canvas.update()
        if isinstance(exc, ValidationError | PlannerError):
            self.banner_text.setText(str(exc) if not isinstance(exc, ValidationError)
                                     else " ; ".join(f"{k} : {v}" for k, v in exc.errors.items()))
            self.undo_button.hide()
            self.banner.show()
            return True
        return False

    def undo_placement(self) -> None:
        if self._last_placement is None:
            return
        pin, previous = self._last_placement
        self._last_placement = None
        self.undo_button.hide()
        Op(self.ctx, mapping.restore_site_position, previous).parent(self).changes(Changes(customers=True)).success(
            lambda _: self.banner_text.setText(self.tr("The former position of %1 is back.").replace("%1", pin.customer))
        ).run()

    def busy(self) -> bool:
        """Tiles still on their way (screenshots wait for them)."""
        return self.canvas.tiles_pending

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if self.loader is not None:
            self.loader.close()
        super().closeEvent(event)


class ViewSwitch(QWidget):
    """« Tableau | Carte | Les deux », in the Planning page's toolbar."""

    changed = Signal(str)
    VIEWS = ("board", "map", "both")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        for key, text, tip in (
            ("board", self.tr("Board"), self.tr("The week board")),
            ("map", self.tr("Map"), self.tr("The rounds on a map")),
            ("both", self.tr("Both"), self.tr("The board and the map side by side")),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setCheckable(True)
            button.setAutoRaise(False)
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[key] = button
            button.clicked.connect(lambda _checked=False, k=key: self.set_view(k))
        self.view = "board"
        self.buttons["board"].setChecked(True)

    def set_view(self, view: str) -> None:
        view = view if view in self.VIEWS else "board"
        self.buttons[view].setChecked(True)
        self.view = view
        self.changed.emit(view)

