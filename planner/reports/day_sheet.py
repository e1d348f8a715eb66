"""« Feuille de route »: a technician's day, stop by stop, with a sketch of the route."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from planner.reports import french
from planner.reports.documents import DaySheetData, Point, Stop
from planner.reports.fonts import REGULAR
from planner.reports.pdf import (
    ACCENT,
    BAND,
    CONTENT_WIDTH,
    INK,
    MUTED,
    RULE,
    WARN,
    Section,
    SectionStart,
    bold_font,
    new_table,
    para,
    regular_font,
    styles,
    text,
)

TITLE = "Feuille de route"
SKETCH_HEIGHT = 72 * mm
KM_PER_DEGREE = 111.32


def section(sheet: DaySheetData) -> Section:
    return Section(TITLE, sheet.technician, french.long_date(sheet.day))


def story(sheet: DaySheetData) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [SectionStart(section(sheet))]
    count = len(sheet.stops)
    on_site = sum(
        int((stop.departure - stop.arrival).total_seconds() // 60)
        for stop in sheet.stops
        if stop.arrival is not None and stop.departure is not None
    )
    facts = [
        f"<b>{count} visite{'s' if count > 1 else ''}</b>",
        f"{french.duration(on_site)} sur place",
        f"{french.drive(sheet.drive_total_s)} de route",
    ]
    if sheet.hours:
        facts.append("horaires " + ", ".join(sheet.hours))
    if sheet.lunch:
        facts.append(text(sheet.lunch))
    out.append(para(" · ".join(facts), markup=True))
    for warning in (sheet.holiday and f"Jour férié : {sheet.holiday}", sheet.absence and f"Absence : {sheet.absence}"):
        if warning:
            out.append(para(warning, s.warning))
    out.append(Spacer(1, 2 * mm))
    if any(stop.point for stop in sheet.stops):
        out.append(RouteSketch(sheet))
        out.append(Spacer(1, 3 * mm))
    out.append(_stops_table(sheet))
    if not sheet.stops:
        out.append(Spacer(1, 4 * mm))
        out.append(para("Aucune intervention prévue ce jour-là.", s.bold))
    return out


def _stops_table(sheet: DaySheetData) -> Table:
    s = styles()
    header = [para(h, s.tiny) for h in ("N°", "Arrivée", "Fenêtre promise", "Trajet", "Client, adresse",
                                         "Téléphone", "Objet, accès", "Fait")]
    rows: list[list[object]] = [header]
    rows.append(["", "", "", "", para(f"<b>Départ</b> — {text(sheet.start_label or 'point de départ')}", s.small, markup=True),
                 "", "", ""])
    for index, stop in enumerate(sheet.stops, start=1):
        rows.append(_stop_row(index, stop))
    rows.append(["", "", "", para(french.drive(sheet.return_drive_s), s.small),
                 para(f"<b>Retour</b> — {text(sheet.end_label or sheet.start_label or 'point d’arrivée')}", s.small, markup=True),
                 "", "", ""])
    widths = [8 * mm, 14 * mm, 21 * mm, 14 * mm, 55 * mm, 24 * mm, 0, 8 * mm]
    widths[6] = CONTENT_WIDTH - sum(widths)
    table = new_table(rows, widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), BAND),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("FONT", (-1, 1), (-1, -1), regular_font(), 12),
        ("ALIGN", (-1, 0), (-1, -1), "CENTER"),
    ]))
    return table


def _stop_row(index: int, stop: Stop) -> list[object]:
    s = styles()
    who = f"<b>{text(stop.customer)}</b><br/>{text(stop.address)}"
    details = []
    if stop.summary:
        details.append(text(stop.summary) + (f" ({text(stop.tier)})" if stop.tier else ""))
    elif stop.tier:
        details.append(f"Formule {text(stop.tier)}")
    if stop.access_notes:
        details.append(f'<font color="#a15c00"><b>Accès :</b> {text(stop.access_notes)}</font>')
    details.append(f'<font color="#5b6670">{text(stop.number)}</font>')
    arrival = french.clock(stop.arrival)
    if stop.arrival is not None and stop.departure is not None:
        arrival += f"<br/><font size=7 color='#5b6670'>→ {french.clock(stop.departure)}</font>"
    return [
        para(str(index), s.bold),
        para(arrival, s.bold, markup=True),
        para(french.window(stop.promised_from, stop.promised_until) or "—", s.small),
        para(french.drive(stop.drive_s), s.small),
        para(who, s.small, markup=True),
        para(stop.phone or "—", s.small),
        para("<br/>".join(details), s.small, markup=True),
        "☐",
    ]


class RouteSketch(Drawing):
    """The day's route drawn from the coordinates: start, numbered stops, return; north up, to
    scale, with a scale bar.  Not a map: enough to see the order and the direction."""

    #: The renderer's starting font (else ReportLab references a non-embedded Helvetica).
    initialFontName = REGULAR
    initialFontSize = 7

    def __init__(self, sheet: DaySheetData, width: float = CONTENT_WIDTH, height: float = SKETCH_HEIGHT) -> None:
        super().__init__(width, height)
        regular, bold = regular_font(), bold_font()
        self.add(Rect(0, 0, width, height, fillColor=colors.HexColor("#f7f9fb"), strokeColor=RULE, strokeWidth=0.5))
        points: list[Point] = [stop.point for stop in sheet.stops if stop.point]
        ends = [p for p in (sheet.start_point, sheet.end_point) if p]
        everything = points + ends
        if not everything:
            return
        mean_lat = sum(p[0] for p in everything) / len(everything)
        squeeze = math.cos(math.radians(mean_lat))

        def plane(p: Point) -> tuple[float, float]:
            return p[1] * squeeze, p[0]

        xs = [plane(p)[0] for p in everything]
        ys = [plane(p)[1] for p in everything]
        span_x = max(max(xs) - min(xs), 0.004)
        span_y = max(max(ys) - min(ys), 0.004)
        pad = 9 * mm
        scale = min((width - 2 * pad) / span_x, (height - 2 * pad) / span_y)
        offset_x = width / 2 - (min(xs) + max(xs)) / 2 * scale
        offset_y = height / 2 - (min(ys) + max(ys)) / 2 * scale

        def at(p: Point) -> tuple[float, float]:
            x, y = plane(p)
            return x * scale + offset_x, y * scale + offset_y

        route: list[Point] = []
        if sheet.start_point:
            route.append(sheet.start_point)
        route += points
        if sheet.end_point or sheet.start_point:
            route.append(sheet.end_point or sheet.start_point)  # type: ignore[arg-type]
        flat: list[float] = []
        for p in route:
            flat.extend(at(p))
        if len(route) > 1:
            self.add(PolyLine(flat, strokeColor=ACCENT, strokeWidth=1.1, strokeDashArray=None))
            for a, b in zip(route, route[1:], strict=False):
                self._arrow(at(a), at(b))
        for p in ends:
            x, y = at(p)
            self.add(Rect(x - 3.2, y - 3.2, 6.4, 6.4, fillColor=INK, strokeColor=colors.white, strokeWidth=0.8))
        numbered = [(index, stop) for index, stop in enumerate(sheet.stops, start=1) if stop.point]
        for index, stop in numbered:
            x, y = at(stop.point)  # type: ignore[arg-type]
            self.add(Circle(x, y, 6.2, fillColor=colors.white, strokeColor=ACCENT, strokeWidth=1.2))
            self.add(String(x, y - 2.6, str(index), fontName=bold, fontSize=7.5, fillColor=ACCENT, textAnchor="middle"))
            if stop.city:
                anchor = "start" if x < width - 40 * mm else "end"
                dx = 8 if anchor == "start" else -8
                self.add(String(x + dx, y - 2.5, stop.city, fontName=regular, fontSize=6.5, fillColor=MUTED,
                                textAnchor=anchor))
        if sheet.start_point:
            x, y = at(sheet.start_point)
            self.add(String(x, y - 12, "Départ", fontName=regular, fontSize=6.5, fillColor=INK, textAnchor="middle"))
        missing = len(sheet.stops) - len(numbered)
        if missing:
            self.add(String(4 * mm, height - 5 * mm, f"{missing} arrêt(s) sans position connue", fontName=regular,
                            fontSize=6.5, fillColor=WARN))
        self._scale_bar(scale, width)
        self.add(String(width - 5 * mm, height - 6 * mm, "N ↑", fontName=bold, fontSize=8, fillColor=MUTED,
                        textAnchor="end"))

    def _arrow(self, a: tuple[float, float], b: tuple[float, float]) -> None:
        dx, dy = b[0] - a[0], b[1] - a[1]
        length = math.hypot(dx, dy)
        if length < 20:
            return
        ux, uy = dx / length, dy / length
        mx, my = a[0] + dx * 0.55, a[1] + dy * 0.55
        size = 4.0
        left = (mx - ux * size - uy * size * 0.6, my - uy * size + ux * size * 0.6)
        right = (mx - ux * size + uy * size * 0.6, my - uy * size - ux * size * 0.6)
        self.add(Line(left[0], left[1], mx, my, strokeColor=ACCENT, strokeWidth=1.1))
        self.add(Line(right[0], right[1], mx, my, strokeColor=ACCENT, strokeWidth=1.1))

    def _scale_bar(self, scale: float, width: float) -> None:
        """A bar of a round number of kilometres, about a fifth of the sketch wide."""
        points_per_km = scale / KM_PER_DEGREE
        target = width / 5 / points_per_km
        km = next((k for k in (0.5, 1, 2, 5, 10, 20, 50, 100) if k >= target * 0.6), 100)
        length = km * points_per_km
        x, y = 5 * mm, 4 * mm
        self.add(Line(x, y, x + length, y, strokeColor=INK, strokeWidth=1.2))
        self.add(Line(x, y - 2, x, y + 2, strokeColor=INK, strokeWidth=1))
        self.add(Line(x + length, y - 2, x + length, y + 2, strokeColor=INK, strokeWidth=1))
        label = f"{french.quantity(km)} km" if km != int(km) else f"{int(km)} km"
        self.add(String(x + length + 3, y - 2.3, label, fontName=regular_font(), fontSize=6.5, fillColor=INK))
