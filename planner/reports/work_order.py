"""« Bon d'intervention »: one page per visit, pre-filled, with the boxes the technician fills in.

The upper half (customer, site, access, the visit, its history, the tier's checklist) is printed
from the data and shrinks if it is unusually long; the lower half is the form (times,
observations, anomalies found, parts used, signatures) and always keeps at least
``FORM_MIN_HEIGHT``: a work order is always exactly one page.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table, TableStyle

from planner.reports import french
from planner.reports.documents import SEVERITY_LABELS, WorkOrderData
from planner.reports.pdf import (
    BAND,
    CONTENT_WIDTH,
    FOOTER_HEIGHT,
    HEADER_HEIGHT,
    INK,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    RULE,
    Heading,
    Section,
    SectionStart,
    bold_font,
    fit,
    new_table,
    para,
    regular_font,
    styles,
    text,
)

TITLE = "Bon d'intervention"
FRAME_HEIGHT = PAGE_HEIGHT - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT
FORM_MIN_HEIGHT = 93 * mm
BOX = "☐"


def section(order: WorkOrderData) -> Section:
    subtitle = ""
    if order.planned_start is not None:
        subtitle = f"{french.long_date(french.paris_day(order.planned_start))} · {french.window(order.planned_start, order.planned_end)}"
    return Section(TITLE, order.number, subtitle, qr=order.qr_payload)


def story(order: WorkOrderData) -> list[Flowable]:
    top = _top(order)
    return [
        SectionStart(section(order)),
        KeepInFrame(CONTENT_WIDTH, FRAME_HEIGHT - FORM_MIN_HEIGHT - 4 * mm, top, mode="shrink"),
        Spacer(1, 2 * mm),
        FillInForm(),
    ]


def _top(order: WorkOrderData) -> list[Flowable]:
    s = styles()
    half = CONTENT_WIDTH / 2 - 2 * mm
    customer = order.customer
    left: list[Flowable] = [Heading("Client"), para(customer.name, s.big)]
    lines = []
    if customer.phones:
        lines.append("<b>Tél. " + text(" · ".join(customer.phones)) + "</b>")
    if customer.email:
        lines.append(f"<font size=8>{text(customer.email)}</font>")
    if order.customer_notes:
        lines.append(f"<font size=8>{text(order.customer_notes)}</font>")
    if lines:
        left.append(para("<br/>".join(lines), markup=True))
    lines = []
    if order.site_label:
        lines.append(f"<b>{text(order.site_label)}</b>")
    lines += [text(line) for line in order.site_address]
    if order.site_phone:
        lines.append(f"<b>Tél. sur place : {text(order.site_phone)}</b>")
    if order.access_notes:
        lines.append(f'<font color="#a15c00"><b>Accès : {text(order.access_notes)}</b></font>')
    right: list[Flowable] = [Heading("Lieu d'intervention"), para("<br/>".join(lines), markup=True)]
    blocks = new_table([[left, right]], [half + 2 * mm, half + 2 * mm])
    blocks.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (0, -1), 4 * mm), ("RIGHTPADDING", (1, 0), (1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    out: list[Flowable] = [blocks, Heading("Intervention")]

    when = french.long_date(french.paris_day(order.planned_start)) if order.planned_start else "à planifier"
    planned = french.window(order.planned_start, order.planned_end)
    if planned and order.duration_min:
        planned += f" ({french.duration(order.duration_min)})"
    kind = order.kind + (f" — formule {order.tier}" if order.tier else "")
    pairs = [
        ("Date", when),
        ("Horaire prévu", planned or "—"),
        ("Arrivée promise", french.window(order.promised_from, order.promised_until) or "—"),
        ("Technicien", order.technician or "—"),
        ("Type", kind),
        ("Contrat", order.contract_number or "—"),
    ]
    if order.skills:
        pairs.append(("Compétences", ", ".join(order.skills)))
    label_width, value_width = 27 * mm, CONTENT_WIDTH / 2 - 27 * mm
    rows = []
    for index in range(0, len(pairs), 2):
        row: list[object] = []
        for label, value in pairs[index : index + 2]:
            row += [label, fit(value, s.bold, value_width - 2)]
        while len(row) < 4:
            row.append("")
        rows.append(row)
    table = new_table(rows, [label_width, value_width, label_width, value_width])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                               ("FONT", (0, 0), (-1, -1), s.small.fontName, s.small.fontSize, s.body.leading),
                               ("FONT", (1, 0), (1, -1), s.bold.fontName, s.bold.fontSize, s.bold.leading),
                               ("FONT", (3, 0), (3, -1), s.bold.fontName, s.bold.fontSize, s.bold.leading),
                               ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    out.append(table)
    lines = []
    if order.summary:
        lines.append(f"<b>Objet :</b> {text(order.summary)}")
    if order.notes:
        lines.append(f"<b>Consignes :</b> {text(order.notes)}")
    if lines:
        out.append(para("<br/>".join(lines), markup=True))

    out.append(Heading("Historique"))
    if order.last_visit is not None:
        last = order.last_visit
        detail = " — ".join(p for p in (last.technician, last.summary) if p)
        lines = [f"<b>Dernière visite :</b> {french.medium_date(last.day)}" + (f" ({text(detail)})" if detail else "")]
    else:
        lines = ["<b>Dernière visite :</b> aucune (première visite)"]
    for anomaly in order.open_anomalies:
        label = SEVERITY_LABELS.get(anomaly.severity, anomaly.severity)
        found = f" (constatée le {french.short_date(anomaly.found_on)})" if anomaly.found_on else ""
        colour = "#b3261e" if anomaly.severity == "danger" else "#a15c00"
        lines.append(f'<font color="{colour}"><b>⚠ Anomalie {text(label.lower())}</b></font>{found} : '
                     f"{text(anomaly.description)}")
    if not order.open_anomalies:
        lines.append("<b>Anomalies ouvertes :</b> aucune")
    out.append(para("<br/>".join(lines), markup=True))

    title = "Points de contrôle" + (f" — formule {order.tier}" if order.tier else "")
    out.append(Heading(title))
    if order.checklist:
        out.append(_checklist(list(order.checklist)))
    else:
        out.append(para("Pas de liste de contrôle pour cette intervention.", s.small))
    return out


def _checklist(items: list[str]) -> Table:
    s = styles()
    two_columns = len(items) > 8
    width = CONTENT_WIDTH / 2 - 2 * mm if two_columns else CONTENT_WIDTH
    box_width = 10 * mm
    label_width = width - 3 * box_width
    header = ["Point de contrôle", "OK", "NC", "S.O."]

    def checklist_table(chunk: list[str]) -> Table:
        rows = [header] + [[fit(item, s.small, label_width - 4), BOX, BOX, BOX] for item in chunk]
        result = new_table(rows, [width - 3 * box_width] + [box_width] * 3, repeatRows=1)
        result.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), s.small.fontName, s.small.fontSize, s.small.leading),
            ("FONT", (1, 0), (-1, 0), s.tiny.fontName, s.tiny.fontSize, s.tiny.leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("FONT", (1, 1), (-1, -1), regular_font(), 11),
            ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), BAND),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
            ("LEFTPADDING", (0, 0), (0, -1), 2),
        ]))
        return result

    if not two_columns:
        return checklist_table(items)
    middle = (len(items) + 1) // 2
    outer = new_table([[checklist_table(items[:middle]), checklist_table(items[middle:])]], [CONTENT_WIDTH / 2] * 2)
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("LEFTPADDING", (1, 0), (1, 0), 4 * mm)]))
    return outer


class FillInForm(Flowable):
    """The part the technician fills in by hand; it takes all the height left on the page."""

    def __init__(self) -> None:
        super().__init__()
        self.width = CONTENT_WIDTH
        self.height = FORM_MIN_HEIGHT

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = max(FORM_MIN_HEIGHT, avail_height)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        regular, bold = regular_font(), bold_font()
        width, top = self.width, self.height
        c.setLineWidth(0.6)
        c.setStrokeColor(INK)

        def title(x: float, y: float, label: str) -> None:
            c.setFont(bold, 8.5)
            c.setFillColor(INK)
            c.drawString(x + 2 * mm, y - 4 * mm, label)

        def ruled(x: float, y_top: float, w: float, h: float, first: float = 8 * mm, step: float = 6.5 * mm) -> None:
            c.saveState()
            c.setStrokeColor(RULE)
            c.setLineWidth(0.3)
            y = y_top - first
            while y > y_top - h + 3 * mm:
                c.line(x + 2 * mm, y, x + w - 2 * mm, y)
                y -= step
            c.restoreState()

        # Times.
        row_h = 11 * mm
        y = top
        thirds = width / 3
        for index, label in enumerate(("Heure d'arrivée", "Heure de départ", "Durée sur place")):
            x = index * thirds
            c.rect(x, y - row_h, thirds - (2 * mm if index < 2 else 0), row_h)
            title(x, y, label)
            c.setFont(regular, 10)
            c.setFillColor(MUTED)
            c.drawRightString(x + thirds - 6 * mm, y - 8.5 * mm, "h" if index < 2 else "min")
        y -= row_h + 2.5 * mm

        signature_h = 27 * mm
        lower_h = 32 * mm
        observations_h = max(24 * mm, y - signature_h - lower_h - 5 * mm)

        # Observations.
        c.rect(0, y - observations_h, width, observations_h)
        title(0, y, "Observations, travaux réalisés")
        ruled(0, y, width, observations_h, first=10 * mm)
        y -= observations_h + 2.5 * mm

        # Anomalies found and parts used.
        left_w = width * 0.6 - 1 * mm
        c.rect(0, y - lower_h, left_w, lower_h)
        title(0, y, "Anomalies constatées")
        c.setFont(regular, 7.5)
        c.setFillColor(MUTED)
        line_y = y - 11 * mm
        for _ in range(4):
            c.setStrokeColor(RULE)
            c.setLineWidth(0.3)
            c.line(2 * mm, line_y, left_w - 48 * mm, line_y)
            c.setFillColor(INK)
            c.setFont(regular, 7.5)
            c.drawString(left_w - 46 * mm, line_y + 0.8 * mm, f"{BOX} Mineure  {BOX} Majeure  {BOX} Danger")
            line_y -= 6.5 * mm
        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        right_x = left_w + 2 * mm
        right_w = width - right_x
        c.rect(right_x, y - lower_h, right_w, lower_h)
        title(right_x, y, "Pièces utilisées")
        c.setFont(regular, 7)
        c.setFillColor(MUTED)
        c.drawRightString(right_x + right_w - 3 * mm, y - 4 * mm, "Qté")
        c.setStrokeColor(RULE)
        c.setLineWidth(0.3)
        c.line(right_x + right_w - 14 * mm, y - 6 * mm, right_x + right_w - 14 * mm, y - lower_h + 2 * mm)
        ruled(right_x, y, right_w, lower_h, first=11 * mm)
        y -= lower_h + 2.5 * mm

        # Signatures.
        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        half = width / 2 - 1 * mm
        height = max(18 * mm, y)
        for index, label in enumerate(("Signature du client", "Signature du technicien")):
            x = index * (half + 2 * mm)
            c.rect(x, y - height, half, height)
            title(x, y, label)
            c.setFont(regular, 7.5)
            c.setFillColor(MUTED)
            c.drawString(x + 2 * mm, y - 8.5 * mm, "Nom :")
            c.drawString(x + 2 * mm, y - height + 2.5 * mm,
                         f"{BOX} Client absent" if index == 0 else "Date :")
