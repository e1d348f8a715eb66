"""« Rapport d'intervention »: what was done at the customer's, built from the recorded outcome,
to hand over or e-mail."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from planner.reports import french
from planner.reports.documents import SEVERITY_LABELS, ReportData
from planner.reports.pdf import (
    BAND,
    CONTENT_WIDTH,
    RULE,
    Heading,
    Section,
    SectionStart,
    new_table,
    para,
    styles,
    text,
)

TITLE = "Rapport d'intervention"
DEFAULT_SATISFACTION_REQUEST = (
    "Votre avis nous aide à bien vous servir : comment jugez-vous cette intervention, de 1 (pas satisfait) "
    "à 5 (très satisfait) ? Répondez simplement au message qui accompagne ce rapport, ou appelez-nous."
)
RESULT_LABELS = {True: "✓ Fait", False: "✗ Non fait", None: "— Sans objet"}


def section(data: ReportData) -> Section:
    return Section(TITLE, data.number, french.long_date(french.paris_day(data.arrival)))


def story(data: ReportData) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [SectionStart(section(data))]
    customer = data.customer
    left: list[Flowable] = [Heading("Client"), para(customer.name, s.big)]
    left += [para(line) for line in customer.address_lines]
    right: list[Flowable] = [Heading("Lieu d'intervention")]
    right += [para(line) for line in data.site_address] or [para("—")]
    half = CONTENT_WIDTH / 2
    blocks = new_table([[left, right]], [half, half])
    blocks.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (0, -1), 4 * mm), ("RIGHTPADDING", (1, 0), (1, -1), 0)]))
    out.append(blocks)

    out.append(Heading("Intervention"))
    kind = data.kind + (f" — formule {data.tier}" if data.tier else "")
    pairs = [
        ("Date", french.long_date(french.paris_day(data.arrival))),
        ("Technicien", data.technician or "—"),
        ("Arrivée", french.clock(data.arrival)),
        ("Départ", french.clock(data.departure)),
        ("Durée sur place", french.duration(data.duration_min)),
        ("Type", kind),
    ]
    if data.contract_number:
        pairs.append(("Contrat", data.contract_number))
    rows = []
    for index in range(0, len(pairs), 2):
        row: list[object] = []
        for label, value in pairs[index : index + 2]:
            row += [para(label, s.small), para(value, s.bold)]
        while len(row) < 4:
            row.append("")
        rows.append(row)
    facts = new_table(rows, [28 * mm, half - 28 * mm, 28 * mm, half - 28 * mm])
    facts.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    out.append(facts)
    if data.summary:
        out.append(para(f"<b>Objet :</b> {text(data.summary)}", markup=True))

    if data.checklist:
        out.append(Heading("Points de contrôle"))
        table_rows: list[list[object]] = [[para("Point", s.small), para("Résultat", s.small), para("Remarque", s.small)]]
        for item in data.checklist:
            result = RESULT_LABELS[item.done]
            colour = {True: "#1b7a3a", False: "#b3261e", None: "#5b6670"}[item.done]
            table_rows.append([para(item.label, s.small), para(f'<font color="{colour}">{text(result)}</font>', s.small, markup=True),
                               para(item.comment, s.small)])
        table = new_table(table_rows, [CONTENT_WIDTH * 0.5, 30 * mm, CONTENT_WIDTH * 0.5 - 30 * mm], repeatRows=1)
        table.setStyle(_grid())
        out.append(table)

    out.append(Heading("Observations"))
    out.append(para(data.observations or "Aucune observation particulière."))

    out.append(Heading("Anomalies constatées"))
    if data.anomalies:
        anomaly_rows: list[list[object]] = [[para("Gravité", s.small), para("Description", s.small), para("Suite donnée", s.small)]]
        for anomaly in data.anomalies:
            label = SEVERITY_LABELS.get(anomaly.severity, anomaly.severity)
            colour = "#b3261e" if anomaly.severity == "danger" else "#a15c00" if anomaly.severity == "major" else "#1d2733"
            anomaly_rows.append([para(f'<font color="{colour}"><b>{text(label)}</b></font>', s.small, markup=True),
                                 para(anomaly.description, s.small), para(anomaly.follow_up or "—", s.small)])
        table = new_table(anomaly_rows, [22 * mm, CONTENT_WIDTH - 22 * mm - 55 * mm, 55 * mm], repeatRows=1)
        table.setStyle(_grid())
        out.append(table)
    else:
        out.append(para("Aucune anomalie constatée."))

    if data.parts:
        out.append(Heading("Pièces utilisées"))
        part_rows: list[list[object]] = [[para("Désignation", s.small), para("Quantité", s.small)]]
        for part in data.parts:
            unit = f" {part.unit}" if part.unit and part.unit != "u" else ""
            part_rows.append([para(part.label, s.small), para(french.quantity(part.quantity) + unit, s.small)])
        table = new_table(part_rows, [CONTENT_WIDTH - 30 * mm, 30 * mm], repeatRows=1)
        table.setStyle(_grid())
        out.append(table)

    opinion: list[Flowable] = [Heading("Votre avis")]
    if data.satisfaction is not None:
        stars = "★" * data.satisfaction + "☆" * (5 - data.satisfaction)
        opinion.append(para(f"Appréciation donnée sur place : <b>{stars} ({data.satisfaction}/5)</b>", markup=True))
        if data.satisfaction_comment:
            opinion.append(para(f"« {data.satisfaction_comment} »"))
    opinion.append(para(data.satisfaction_request or DEFAULT_SATISFACTION_REQUEST))
    out.append(KeepTogether(opinion))
    signed = data.signed_by or data.technician
    if signed:
        out += [Spacer(1, 4 * mm),
                para(f"Rapport établi par {signed}, le {french.medium_date(french.paris_day(data.departure))}.", s.small)]
    return out


def _grid() -> TableStyle:
    return TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), BAND),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ])
