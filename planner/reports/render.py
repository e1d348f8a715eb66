"""Rendering entry points: plain data in, one PDF out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from reportlab.platypus import Flowable

from planner.domain.progress import Progress
from planner.reports import day_sheet, intervention, letter, quote, work_order
from planner.reports.documents import (
    CompanyHeader,
    DaySheetData,
    Document,
    LetterData,
    QuoteData,
    ReportData,
    WorkOrderData,
)
from planner.reports.pdf import RenderResult, Target, build_pdf


def _story(document: Document) -> Callable[[], list[Flowable]]:
    if isinstance(document, WorkOrderData):
        return partial(work_order.story, document)
    if isinstance(document, DaySheetData):
        return partial(day_sheet.story, document)
    if isinstance(document, QuoteData):
        return partial(quote.story, document)
    if isinstance(document, ReportData):
        return partial(intervention.story, document)
    if isinstance(document, LetterData):
        return partial(letter.story, document)
    raise TypeError(f"not a printable document: {type(document).__name__}")


def render_documents(
    documents: Sequence[Document],
    company: CompanyHeader,
    target: Target,
    *,
    title: str = "Planner",
    progress: Progress | None = None,
) -> RenderResult:
    """Any mix of documents in one PDF, each starting on a new page with its own page numbers."""
    return build_pdf(target, company, title, [_story(d) for d in documents], progress)


def render_work_orders(orders: Sequence[WorkOrderData], company: CompanyHeader, target: Target,
                       progress: Progress | None = None) -> RenderResult:
    title = "Bon d'intervention " + orders[0].number if len(orders) == 1 else f"Bons d'intervention ({len(orders)})"
    return render_documents(orders, company, target, title=title, progress=progress)


def render_day_sheets(sheets: Sequence[DaySheetData], company: CompanyHeader, target: Target,
                      progress: Progress | None = None) -> RenderResult:
    return render_documents(sheets, company, target, title="Feuilles de route", progress=progress)


def render_quote(data: QuoteData, company: CompanyHeader, target: Target) -> RenderResult:
    return render_documents([data], company, target, title=f"Devis {data.number}")


def render_report(data: ReportData, company: CompanyHeader, target: Target) -> RenderResult:
    return render_documents([data], company, target, title=f"Rapport d'intervention {data.number}")


def render_letter(data: LetterData, company: CompanyHeader, target: Target) -> RenderResult:
    return render_documents([data], company, target, title=data.title)
