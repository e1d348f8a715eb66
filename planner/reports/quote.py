"""« Devis »: lines, VAT per rate, totals HT / TVA / TTC exact to the cent, conditions and the
« Bon pour accord » block the customer signs."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from planner.reports import french
from planner.reports.documents import QuoteData
from planner.reports.pdf import (
    BAND,
    CONTENT_WIDTH,
    INK,
    RULE,
    Heading,
    Section,
    SectionStart,
    new_table,
    para,
    styles,
    text,
)

TITLE = "Devis"
REDUCED_VAT_NOTE = (
    "Taux réduit de TVA (10 % ou 5,5 %) : en signant ce devis, le client certifie que les travaux portent sur "
    "un local à usage d'habitation achevé depuis plus de deux ans et qu'ils remplissent les conditions "
    "de ce taux (art. 278-0 bis A et 279-0 bis du CGI)."
)


def section(data: QuoteData) -> Section:
    return Section(TITLE, data.number, f"du {french.medium_date(data.issued_on)}")


def story(data: QuoteData) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [SectionStart(section(data))]

    info = [
        [para("Date du devis", s.small), para(french.medium_date(data.issued_on), s.bold)],
        [para("Valable jusqu'au", s.small), para(french.medium_date(data.valid_until), s.bold)],
    ]
    if data.subject:
        info.append([para("Objet", s.small), para(data.subject, s.bold)])
    if data.site_address:
        info.append([para("Lieu des travaux", s.small), para("\n".join(data.site_address))])
    if data.author:
        info.append([para("Votre contact", s.small), para(data.author)])
    info_table = new_table(info, [30 * mm, 62 * mm])
    info_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    customer = data.customer
    address: list[Flowable] = [para(customer.name, s.big)]
    address += [para(line) for line in customer.address_lines]
    contact = " · ".join(p for p in (*customer.phones, customer.email) if p)
    if contact:
        address.append(Spacer(1, 1.5 * mm))
        address.append(para(contact, s.small))
    address_box = new_table([[address]], [84 * mm])
    address_box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                                     ("TOPPADDING", (0, 0), (-1, -1), 3 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm)]))
    top = new_table([[info_table, address_box]], [CONTENT_WIDTH - 86 * mm, 86 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    out += [top, Spacer(1, 6 * mm)]

    header = [para(h, s.bold) for h in ("Désignation",)] + [
        para(h, s.right_bold) for h in ("Qté", "P.U. HT", "TVA", "Montant HT")
    ]
    rows: list[list[object]] = [header]
    for line in data.lines:
        quantity = french.quantity(line.quantity) + (f" {line.unit}" if line.unit and line.unit != "u" else "")
        rows.append([
            para(line.description),
            para(quantity, s.right),
            para(french.euros(line.unit_price_cents), s.right),
            para(french.vat_rate(line.vat_rate_bp), s.right),
            para(french.euros(line.total_ht_cents), s.right),
        ])
    widths = [0, 20 * mm, 26 * mm, 16 * mm, 28 * mm]
    widths[0] = CONTENT_WIDTH - sum(widths)
    lines_table = new_table(rows, widths, repeatRows=1)
    lines_table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), BAND),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    out.append(lines_table)
    out.append(Spacer(1, 4 * mm))

    totals = data.totals
    total_rows: list[list[object]] = [[para("Total HT"), para(french.euros(totals.ht_cents), s.right)]]
    for vat in totals.by_rate:
        total_rows.append([
            para(f"TVA {french.vat_rate(vat.rate_bp)} sur {french.euros(vat.base_cents)}"),
            para(french.euros(vat.vat_cents), s.right),
        ])
    if len(totals.by_rate) != 1:
        total_rows.append([para("Total TVA"), para(french.euros(totals.vat_cents), s.right)])
    total_rows.append([para("Total TTC", s.big), para(french.euros(totals.ttc_cents), s.big_right)])
    totals_table = new_table(total_rows, [62 * mm, 32 * mm], hAlign="RIGHT")
    totals_table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
        ("BACKGROUND", (0, -1), (-1, -1), BAND),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    out.append(KeepTogether([totals_table]))

    if data.notes:
        out += [Spacer(1, 3 * mm), para(data.notes)]
    conditions = list(data.conditions)
    if data.reduced_vat:
        conditions.append(REDUCED_VAT_NOTE)
    if conditions:
        block: list[Flowable] = [Heading("Conditions")]
        block += [para(f"• {text(c)}", s.small, markup=True) for c in conditions]
        out.append(KeepTogether(block))

    agreement = new_table(
        [[
            [para("Pour l'entreprise", s.bold), para(data.author or "", s.small)],
            [para("Le client", s.bold),
             para("Date, signature et cachet, précédés de la mention manuscrite « Bon pour accord »", s.small)],
        ]],
        [CONTENT_WIDTH * 0.4, CONTENT_WIDTH * 0.6],
        rowHeights=[36 * mm],
    )
    agreement.setStyle(TableStyle([("BOX", (0, 0), (0, 0), 0.6, INK), ("BOX", (1, 0), (1, 0), 0.6, INK),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm)]))
    out.append(KeepTogether([Heading("Bon pour accord"), agreement]))
    return out
