"""A letter to a customer (« courrier »), as French business letters are laid out: the company
header, the references on the left and the recipient's postal address on the right where the
window of the envelope shows it, place and date, « Objet », salutation, body, courtesy formula
and signature, the company's legal line and « Page 1 / 2 » in the footer.

The address sits in the part of the page that every right-hand window envelope for an A4 sheet
folded in three shows, whichever way the sheet slips inside: DL (110 × 220 mm) and C5/6
(114 × 229 mm), window 45 × 100 mm at 20 mm from the right edge and 15 mm from the bottom.  Small
marks in the left margin show where to fold (at a third and two thirds of the sheet).
"""

from __future__ import annotations

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, TableStyle

from planner.reports.documents import LetterData
from planner.reports.pdf import (
    ACCENT,
    BAND,
    CONTENT_WIDTH,
    HEADER_HEIGHT,
    INK,
    MARGIN,
    PAGE_HEIGHT,
    RULE,
    Section,
    SectionStart,
    bold_font,
    new_table,
    para,
    styles,
    text,
)

#: The address block, measured from the top-left corner of the sheet: inside the window of a DL
#: or C5/6 envelope wherever the folded sheet rests (x 109–190 mm, y 54–84 mm is always seen).
ADDRESS_LEFT = 110 * mm
ADDRESS_TOP = 55 * mm
ADDRESS_WIDTH = 78 * mm
ADDRESS_HEIGHT = 28 * mm
#: Where to fold an A4 sheet in three (from the top).
FOLDS = (99 * mm, 198 * mm)
#: The top of the body frame, from the top of the sheet.
FRAME_TOP = MARGIN + HEADER_HEIGHT


class _Styles:
    def __init__(self) -> None:
        body = styles().body
        self.address = ParagraphStyle("letter_address", parent=body, fontSize=10, leading=12.5)
        self.reference = ParagraphStyle("letter_reference", parent=body, fontSize=8.5, leading=11)
        self.dateline = ParagraphStyle("letter_dateline", parent=body, fontSize=10, leading=13)
        self.text = ParagraphStyle("letter_text", parent=body, fontSize=10, leading=14, alignment=TA_JUSTIFY,
                                   spaceAfter=3 * mm)
        self.subject = ParagraphStyle("letter_subject", parent=self.text, fontName=bold_font(), alignment=0)
        self.highlight = ParagraphStyle("letter_highlight", parent=body, fontName=bold_font(), fontSize=10.5,
                                        leading=14, textColor=ACCENT)
        self.signature = ParagraphStyle("letter_signature", parent=body, fontSize=10, leading=13)


_STYLES: _Styles | None = None


def letter_styles() -> _Styles:
    global _STYLES
    if _STYLES is None:
        _STYLES = _Styles()
    return _STYLES


def section(data: LetterData) -> Section:
    """A letter prints no document title in the header: only the company speaks there."""
    return Section("")


class LetterHead(Flowable):
    """The top of page 1, drawn where the envelope expects it: references on the left, the
    address in the window, place and date under it, and the fold marks in the margin."""

    GAP = 6 * mm

    def __init__(self, data: LetterData) -> None:
        super().__init__()
        s = letter_styles()
        self.address = Paragraph("<br/>".join(text(line) for line in data.recipient), s.address)
        references = [f"{text(label)} <b>{text(value)}</b>" for label, value in data.references if value]
        self.references = Paragraph("<br/>".join(references), s.reference) if references else None
        self.dateline = Paragraph(text(data.dateline), s.dateline)
        self._heights = (0.0, 0.0, 0.0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, address_h = self.address.wrap(ADDRESS_WIDTH, ADDRESS_HEIGHT * 4)
        references_h = 0.0
        if self.references is not None:
            references_h = self.references.wrap(ADDRESS_LEFT - MARGIN - self.GAP, ADDRESS_HEIGHT * 4)[1]
        _, dateline_h = self.dateline.wrap(CONTENT_WIDTH - (ADDRESS_LEFT - MARGIN), 50 * mm)
        self._heights = (address_h, references_h, dateline_h)
        block_bottom = ADDRESS_TOP + max(ADDRESS_HEIGHT, address_h, references_h)
        return avail_width, block_bottom + self.GAP + dateline_h - FRAME_TOP

    def draw(self) -> None:
        canvas = self.canv
        address_h, references_h, dateline_h = self._heights
        # Page coordinates: the marks and the window do not depend on where the flow put us.
        origin_x, origin_y = canvas.absolutePosition(0, 0)
        canvas.saveState()
        canvas.translate(-origin_x, -origin_y)
        self.address.drawOn(canvas, ADDRESS_LEFT, PAGE_HEIGHT - ADDRESS_TOP - address_h)
        if self.references is not None:
            self.references.drawOn(canvas, MARGIN, PAGE_HEIGHT - ADDRESS_TOP - references_h)
        block_bottom = ADDRESS_TOP + max(ADDRESS_HEIGHT, address_h, references_h)
        self.dateline.drawOn(canvas, ADDRESS_LEFT, PAGE_HEIGHT - block_bottom - self.GAP - dateline_h)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        for fold in FOLDS:
            canvas.line(4 * mm, PAGE_HEIGHT - fold, 8 * mm, PAGE_HEIGHT - fold)
        canvas.restoreState()


def _highlight(value: str) -> Flowable:
    box = new_table([[para(value, letter_styles().highlight)]], [CONTENT_WIDTH - 24 * mm], hAlign="CENTER")
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
        ("BACKGROUND", (0, 0), (-1, -1), BAND),
        ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
    ]))
    return box


def _signature(data: LetterData) -> Flowable:
    s = letter_styles()
    lines: list[Flowable] = []
    if data.signatory_title:
        lines.append(para(data.signatory_title, s.signature))
    if data.signatory:
        lines.append(Paragraph(f"<b>{text(data.signatory)}</b>", s.signature))
    lines.append(Spacer(1, 18 * mm))  # room to sign by hand
    left = ADDRESS_LEFT - MARGIN
    block = new_table([["", lines]], [left, CONTENT_WIDTH - left])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 2 * mm)]))
    return block


def story(data: LetterData) -> list[Flowable]:
    s = letter_styles()
    out: list[Flowable] = [SectionStart(section(data)), LetterHead(data), Spacer(1, 9 * mm)]
    out.append(Paragraph(f"Objet : {text(data.subject)}", s.subject))
    out.append(Spacer(1, 3 * mm))
    if data.salutation:
        out.append(para(data.salutation, s.text))
    for paragraph in data.paragraphs:
        if paragraph.highlight:
            out += [Spacer(1, 1 * mm), _highlight(paragraph.text), Spacer(1, 4 * mm)]
        else:
            out.append(para(paragraph.text, s.text))
    # The courtesy formula is never left alone at the top of a page.
    out.append(KeepTogether([para(data.courtesy, s.text), _signature(data)]))
    if data.enclosures:
        enclosures = ParagraphStyle("letter_enclosures", parent=s.reference, textColor=INK)
        out.append(para("P. J. : " + " ; ".join(data.enclosures), enclosures))
    return out
