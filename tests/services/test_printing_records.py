"""Printing what the office recorded: a quote from its number, a visit's report, and the open
anomalies a technician must see on the next work order (both engines)."""

from __future__ import annotations

from datetime import date

from planner.domain.outcomes import AnomalySeverity, FollowUpKind
from planner.services import outcomes, printing, quotes
from planner.services.outcomes import AnomalyInput, ChecklistItem, OutcomeInput
from planner.services.quotes import QuoteDraftInput, QuoteLineInput, QuoteRequestInput
from tests.reports.pdftools import text
from tests.reports.test_documents import euros_in
from tests.services.test_quotes_outcomes import at, booked_argent_visit


def test_a_recorded_quote_prints_with_its_exact_totals(db, tmp_path):
    customer_id, _visit_id, _version = booked_argent_visit(db)
    quote_id = quotes.request_quote(db, QuoteRequestInput(customer_id, "Borne de recharge", requested_at=at(date(2026, 3, 2), 9)))
    detail = quotes.get_quote(db, quote_id)
    quotes.save_quote(
        db, quote_id, detail.version,
        QuoteDraftInput("Borne de recharge au garage", (
            QuoteLineInput("Borne 7 kW fournie et posée", 1000, 129900, 550),
            QuoteLineInput("Câble 3G6 (mètre)", 12500, 890, 2000),
            QuoteLineInput("Déplacement", 1000, 4500, 2000),
        )),
    )
    number = quotes.get_quote(db, quote_id).number
    out = tmp_path / "devis.pdf"
    printing.print_quote_number(db, number, out)
    content = text(out)
    assert number in content and "Borne 7 kW fournie et posée" in content and "Bon pour accord" in content
    stored = quotes.get_quote(db, quote_id).totals
    printed = euros_in(content)  # pdftotext shows the narrow spaces as plain ones
    for cents in (stored.ht_cents, stored.vat_cents, stored.ttc_cents):
        assert cents in printed, cents


def test_the_report_of_a_visit_and_its_open_anomaly_on_the_next_work_order(db, tmp_path):
    _customer_id, visit_id, version = booked_argent_visit(db)
    form = outcomes.get_outcome_form(db, visit_id)
    day = date(2026, 2, 10)
    result = outcomes.save_outcome(
        db, visit_id, version,
        OutcomeInput(
            at(day, 9, 5), at(day, 10, 40), tuple(ChecklistItem(i.label, True) for i in form.checklist),
            observations="Serrage effectué, différentiels testés.",
            anomalies=(AnomalyInput("Prise de la cave sans terre", AnomalySeverity.MAJOR, FollowUpKind.VISIT),),
            satisfaction=4,
        ),
    )
    report = tmp_path / "rapport.pdf"
    printing.print_visit_report(db, visit_id, report)
    content = text(report)
    assert "Serrage effectué, différentiels testés." in content and "Prise de la cave sans terre" in content
    assert "09:05" in content and "10:40" in content

    [follow_up] = result.follow_up_visit_ids
    order = printing.work_order_for_visit(db, follow_up)
    assert [a.description for a in order.open_anomalies] == ["Prise de la cave sans terre"]
    assert order.open_anomalies[0].severity == "major"
