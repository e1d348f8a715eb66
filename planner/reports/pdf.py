"""The page machinery every Planner document shares: A4, the company header (logo, name,
address), the document's title, number and QR code, a footer with the company's legal line and
« Page 2 / 3 » counted per document (a batch of 300 work orders prints « Page 1 / 1 » on each),
the embedded DejaVu font and the paragraph styles."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from planner.domain.progress import Progress
from planner.reports.documents import CompanyHeader
from planner.reports.fonts import register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 14 * mm
HEADER_HEIGHT = 27 * mm
FOOTER_HEIGHT = 9 * mm
QR_SIZE = 23 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6670")
ACCENT = colors.HexColor("#1d3557")
BAND = colors.HexColor("#e6ecf3")
RULE = colors.HexColor("#9aa5b1")
WARN = colors.HexColor("#a15c00")
DANGER = colors.HexColor("#b3261e")

Target = str | Path | IO[bytes]


# -- styles -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    tiny: ParagraphStyle
    bold: ParagraphStyle
    heading: ParagraphStyle
    right: ParagraphStyle
    right_bold: ParagraphStyle
    big: ParagraphStyle
    big_right: ParagraphStyle
    warning: ParagraphStyle


_STYLES: Styles | None = None


def styles() -> Styles:
    global _STYLES
    if _STYLES is None:
        regular, bold = register_fonts()
        body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=11.5, textColor=INK)
        _STYLES = Styles(
            body=body,
            small=ParagraphStyle("small", parent=body, fontSize=8, leading=10),
            tiny=ParagraphStyle("tiny", parent=body, fontSize=7, leading=8.5, textColor=MUTED),
            bold=ParagraphStyle("bold", parent=body, fontName=bold),
            heading=ParagraphStyle(
                "heading", parent=body, fontName=bold, fontSize=9.5, leading=12, textColor=ACCENT,
                backColor=BAND, borderPadding=(2.2, 4, 2.2, 4), spaceBefore=6, spaceAfter=4,
            ),
            right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
            right_bold=ParagraphStyle("right_bold", parent=body, fontName=bold, alignment=TA_RIGHT),
            big=ParagraphStyle("big", parent=body, fontName=bold, fontSize=11.5, leading=14),
            big_right=ParagraphStyle("big_right", parent=body, fontName=bold, fontSize=11.5, leading=14,
                                     alignment=TA_RIGHT),
            warning=ParagraphStyle("warning", parent=body, fontName=bold, textColor=WARN),
        )
    return _STYLES


def text(value: str) -> str:
    """Escape ``value`` for a Paragraph; line breaks are kept."""
    return escape(value or "").replace("\n", "<br/>")


def para(value: str, style: ParagraphStyle | None = None, *, markup: bool = False) -> Paragraph:
    return Paragraph(value if markup else text(value), style or styles().body)


def fit(value: str, style: ParagraphStyle, width: float) -> str | Paragraph:
    """A table cell: the plain string when it fits on one line (much cheaper to lay out; the
    table's FONT command must match ``style``), else a wrapping paragraph."""
    if "\n" not in value and stringWidth(value, style.fontName, style.fontSize) <= width:
        return value
    return para(value, style)


class Heading(Flowable):
    """A block title on a light band (drawn directly: cheaper than a styled paragraph)."""

    HEIGHT = 13.5
    SPACE_BEFORE = 6
    SPACE_AFTER = 4

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self.width = CONTENT_WIDTH

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.HEIGHT

    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab's name
        return self.SPACE_BEFORE

    def getSpaceAfter(self) -> float:  # noqa: N802 - ReportLab's name
        return self.SPACE_AFTER

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(BAND)
        canvas.rect(0, 0, self.width, self.HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(ACCENT)
        canvas.setFont(bold_font(), 9.5)
        canvas.drawString(4, 3.8, self.title)


def new_table(rows: list[list[Any]], col_widths: list[float], **kwargs: Any) -> Table:
    """A ReportLab table whose plain-text cells use the embedded font (ReportLab's default is a
    non-embedded Helvetica)."""
    result = Table(rows, colWidths=col_widths, **kwargs)
    result.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), regular_font(), 9, 11.5), ("TEXTCOLOR", (0, 0), (-1, -1), INK)]))
    return result


def bold_font() -> str:
    return register_fonts()[1]


def regular_font() -> str:
    return register_fonts()[0]


# -- sections: one document inside a PDF ------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    """One document of a PDF: its header text and page numbering."""

    title: str
    number: str = ""
    subtitle: str = ""
    qr: str | None = None


class SectionStart(Flowable):
    """A zero-size marker at the top of each document: the pages after it belong to it."""

    def __init__(self, section: Section) -> None:
        super().__init__()
        self.section = section

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        canvas._planner_section_key = getattr(canvas, "_planner_section_key", 0) + 1  # type: ignore[attr-defined]
        canvas._planner_section = self.section  # type: ignore[attr-defined]


class NumberedCanvas(pdf_canvas.Canvas):
    """Keeps each page until the end so that « Page i / n » can be counted per document."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._planner_pages: list[tuple[int, dict[str, Any]]] = []
        self._planner_section_key = 0
        self._planner_section: Section | None = None

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._planner_pages.append((self._planner_section_key, dict(self.__dict__)))
        self._startPage()

    def save(self) -> None:
        counts = Counter(key for key, _ in self._planner_pages)
        seen: Counter[int] = Counter()
        pages = self._planner_pages
        regular = regular_font()
        for key, state in pages:
            self.__dict__.update(state)
            seen[key] += 1
            self.setFont(regular, 7.5)
            self.setFillColor(MUTED)
            self.drawRightString(PAGE_WIDTH - MARGIN, MARGIN + 1.2 * mm, f"Page {seen[key]} / {counts[key]}")
            super().showPage()
        self.page_count = len(pages)
        super().save()


# -- QR code ------------------------------------------------------------------------------------------

#: Quiet zone around the code, in modules (the header's white space completes it).
QR_QUIET = 2


@lru_cache(maxsize=1024)
def qr_runs(payload: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR code of ``payload`` (error correction M) as its size in modules and the dark runs
    ``(row, column, length)`` of each row.

    The mask pattern is fixed (pattern 0, a valid choice recorded in the code's format
    information, which every reader decodes) instead of ReportLab's search for the best of the
    eight: that search costs ~10 ms a code, too slow for 300 work orders."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    code.makeImpl(False, 0)
    runs: list[tuple[int, int, int]] = []
    for row, modules in enumerate(code.modules):
        column = 0
        size = len(modules)
        while column < size:
            if modules[column]:
                start = column
                while column < size and modules[column]:
                    column += 1
                runs.append((row, start, column - start))
            else:
                column += 1
    return code.getModuleCount(), tuple(runs)


# -- header and footer ------------------------------------------------------------------------------


class Decorator:
    """Draws the header and footer at the end of each page, for the current section."""

    def __init__(self, company: CompanyHeader) -> None:
        self.company = company
        self.logo: ImageReader | None = None
        self.logo_size = (0.0, 0.0)
        if company.logo:
            try:
                self.logo = ImageReader(io.BytesIO(company.logo))
                width, height = self.logo.getSize()
                scale = min(45 * mm / width, 17 * mm / height)
                self.logo_size = (width * scale, height * scale)
            except Exception:  # noqa: BLE001 - an unreadable logo never stops printing
                self.logo = None

    def __call__(self, canvas: pdf_canvas.Canvas, _doc: Any) -> None:
        section: Section | None = getattr(canvas, "_planner_section", None)
        canvas.saveState()
        self._header(canvas, section)
        self._footer(canvas)
        canvas.restoreState()

    def _header(self, canvas: pdf_canvas.Canvas, section: Section | None) -> None:
        regular, bold = register_fonts()
        top = PAGE_HEIGHT - MARGIN
        x = MARGIN
        if self.logo is not None:
            width, height = self.logo_size
            canvas.drawImage(self.logo, x, top - height, width, height, mask="auto")
            x += width + 4 * mm
        company = self.company
        canvas.setFillColor(INK)
        canvas.setFont(bold, 11.5)
        canvas.drawString(x, top - 10, company.name)
        canvas.setFont(regular, 8)
        canvas.setFillColor(MUTED)
        y = top - 21
        for line in (company.address, " · ".join(p for p in (company.phone and f"Tél. {company.phone}", company.email) if p)):
            if line:
                canvas.drawString(x, y, line)
                y -= 10
        right = PAGE_WIDTH - MARGIN
        if section is not None:
            if section.qr:
                self._qr(canvas, section.qr, right - QR_SIZE, top - QR_SIZE + 1.5 * mm)
                right -= QR_SIZE + 2 * mm
            canvas.setFillColor(ACCENT)
            canvas.setFont(bold, 14)
            canvas.drawRightString(right, top - 12, section.title)
            canvas.setFillColor(INK)
            if section.number:
                canvas.setFont(bold, 11)
                canvas.drawRightString(right, top - 26, section.number)
            if section.subtitle:
                canvas.setFont(regular, 8.5)
                canvas.drawRightString(right, top - 38, section.subtitle)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        line_y = PAGE_HEIGHT - MARGIN - HEADER_HEIGHT + 3 * mm
        canvas.line(MARGIN, line_y, PAGE_WIDTH - MARGIN, line_y)

    def _qr(self, canvas: pdf_canvas.Canvas, payload: str, x: float, y: float) -> None:
        count, runs = qr_runs(payload)
        module = QR_SIZE / (count + 2 * QR_QUIET)
        path = canvas.beginPath()
        for row, column, length in runs:
            path.rect(x + (column + QR_QUIET) * module, y + QR_SIZE - (row + QR_QUIET + 1) * module,
                      length * module, module)
        canvas.setFillColor(colors.black)
        canvas.drawPath(path, stroke=0, fill=1)

    def _footer(self, canvas: pdf_canvas.Canvas) -> None:
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        y = MARGIN + FOOTER_HEIGHT - 3 * mm
        canvas.line(MARGIN, y, PAGE_WIDTH - MARGIN, y)
        canvas.setFont(regular_font(), 7)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, MARGIN + 1.2 * mm, self.company.legal_line()[:150])


# -- building a PDF ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RenderResult:
    pages: int
    documents: int


class _DocTemplate(BaseDocTemplate):
    def __init__(self, target: Any, company: CompanyHeader, title: str, progress: Progress | None, total: int) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_HEIGHT,
            bottomMargin=MARGIN + FOOTER_HEIGHT,
            title=title,
            author=company.name,
            creator="Planner",
            subject=title,
            lang="fr-FR",
            initialFontName=regular_font(),
            initialFontSize=9,
        )
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height,
            id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=Decorator(company))])
        self._progress = progress
        self._total = total
        self._done = 0

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's name
        if isinstance(flowable, SectionStart):
            self._done += 1
            if self._progress is not None:
                self._progress.step(self._done - 1, self._total, "Mise en page des documents…")


def build_pdf(
    target: Target,
    company: CompanyHeader,
    title: str,
    documents: Sequence[Callable[[], list[Flowable]]],
    progress: Progress | None = None,
) -> RenderResult:
    """Lay out ``documents`` (each a function returning its flowables, starting with a
    :class:`SectionStart`) one after the other, each from a new page."""
    register_fonts()
    if not documents:
        raise ValueError("nothing to print")
    story: list[Flowable] = []
    for index, make in enumerate(documents):
        if index:
            story.append(PageBreak())
        story.extend(make())
    template = _DocTemplate(target if not isinstance(target, Path) else str(target), company, title, progress, len(documents))
    holder: dict[str, NumberedCanvas] = {}

    def make_canvas(*args: Any, **kwargs: Any) -> NumberedCanvas:
        canvas = NumberedCanvas(*args, **kwargs)
        holder["canvas"] = canvas
        return canvas

    template.build(story, canvasmaker=make_canvas)
    if progress is not None:
        progress.report(1.0, "PDF enregistré", force=True)
    return RenderResult(pages=holder["canvas"].page_count, documents=len(documents))
