"""Quotes pipeline, intervention outcomes and the contact log's repeat figure, on both engines."""

from __future__ import annotations

import hashlib
from datetime import date, time, timedelta

import pytest
from sqlalchemy import select

from planner.db.models import Attachment, BillableLine, ContactLog, OutboxMessage, Quote, Visit
from planner.domain.alerts import AlertAction, AlertKind
from planner.domain.enums import ContactChannel, ContactReason, VisitKind, VisitStatus
from planner.domain.errors import ConflictError, PlannerError, ValidationError
from planner.domain.outcomes import AnomalySeverity, FollowUpKind
from planner.domain.quotes import QuoteSource, QuoteStatus, parse_cents, parse_quantity, totals
from planner.domain.timeutil import paris_instant
from planner.paths import user_data_dir
from planner.services import contacts, customers, outcomes, quotes
from planner.services.outcomes import AnomalyInput, ChecklistItem, OutcomeInput, PartInput
from planner.services.quotes import QuoteDraftInput, QuoteLineInput, QuoteRequestInput
from tests.services.test_contract_alerts import book, contract_visits, customer_with_site, of_kind, sign


def at(day: date, hour: int, minute: int = 0):
    return paris_instant(day, time(hour, minute))


def catalogue(db) -> dict[str, quotes.CatalogueItemView]:
    return {item.data.code: item for item in quotes.list_catalogue(db)}


def line(item: quotes.CatalogueItemView, quantity_milli: int = 1000) -> QuoteLineInput:
    return QuoteLineInput(item.data.label, quantity_milli, item.data.unit_price_cents, item.data.vat_rate_bp,
                          item.data.unit, item.id)


# -- money ---------------------------------------------------------------------------------------


def test_totals_are_exact_to_the_cent_per_vat_rate():
    result = totals([(1000, 38000, 1000), (3000, 3800, 1000), (1500, 6500, 2000), (1000, 39000, 550), (333, 1999, 2000)])
    # 380 + 114 = 494,00 at 10 %; 97,50 + 6,66 (0,333 × 19,99 = 6,65667) = 104,16 at 20 %; 390 at 5,5 %
    assert [(b.rate_bp, b.base_cents, b.vat_cents) for b in result.by_rate] == [
        (2000, 10416, 2083), (1000, 49400, 4940), (550, 39000, 2145)]
    assert (result.ht_cents, result.vat_cents, result.ttc_cents) == (98816, 9168, 107984)
    assert parse_quantity("1,5") == 1500 and parse_quantity("2") == 2000 and parse_quantity(" 0.125 ") == 125
    assert parse_cents("1 234,50 €") == 123450 and parse_cents("380") == 38000
    for bad in ("", "abc", "1,2345", "1.2.3"):
        with pytest.raises(ValueError):
            parse_quantity(bad)


# -- quotes --------------------------------------------------------------------------------------


def test_catalogue_is_seeded_and_editable(db):
    sign(db, "Bronze")  # creates the reference data
    items = catalogue(db)
    assert items["TAB-4M"].data.label == "Remplacement tableau 4 modules"
    assert {i.data.vat_rate_bp for i in items.values()} == {2000, 1000, 550}
    with pytest.raises(ValidationError) as refused:
        quotes.save_catalogue_item(db, None, None, quotes.CatalogueItemInput("tab-4m", "", -5, 1900))
    assert set(refused.value.errors) == {"Désignation", "Prix unitaire HT", "TVA"}
    with pytest.raises(ValidationError, match="déjà utilisé"):
        quotes.save_catalogue_item(db, None, None, quotes.CatalogueItemInput("tab-4m", "Autre", 100))
    new_id = quotes.save_catalogue_item(db, None, None, quotes.CatalogueItemInput("vmc", "Raccordement VMC", 18000, 1000))
    item = catalogue(db)["VMC"]
    assert item.id == new_id and item.data.unit_price_cents == 18000
    quotes.save_catalogue_item(db, new_id, item.version, quotes.CatalogueItemInput("VMC", "Raccordement VMC", 19000, 1000, active=False))
    assert "VMC" not in {i.data.code for i in quotes.list_catalogue(db, active_only=True)}
    with pytest.raises(ConflictError):
        quotes.save_catalogue_item(db, new_id, item.version, quotes.CatalogueItemInput("VMC", "x", 1))


def test_a_requested_quote_alerts_at_48_hours_and_accepting_it_creates_a_visit_to_book(db):
    customer_id, _ = sign(db, "Bronze", date(2026, 1, 15))
    requested = at(date(2026, 3, 2), 10, 30)
    quote_id = quotes.request_quote(
        db, QuoteRequestInput(customer_id, "Borne de recharge au garage", "Tesla, garage à 15 m du tableau",
                              requested_at=requested))
    detail = quotes.get_quote(db, quote_id, on=date(2026, 3, 2))
    assert (detail.number, detail.status, detail.source) == ("D-2026-0001", QuoteStatus.REQUESTED, QuoteSource.CALL)
    log = customers.get_customer(db, customer_id).contacts[0]
    assert (log.reason, log.channel) == (ContactReason.QUOTE_REQUEST, ContactChannel.PHONE_IN)

    assert of_kind(db, date(2026, 3, 3), AlertKind.QUOTE_TO_SEND) == []
    [alert] = of_kind(db, date(2026, 3, 4), AlertKind.QUOTE_TO_SEND)  # 48 h after 02/03 10:30
    assert (alert.quote_id, alert.since, alert.action) == (quote_id, date(2026, 3, 4), AlertAction.WRITE_QUOTE)
    assert "D-2026-0001" in alert.subject and alert.action_label == "Rédiger le devis"

    items = catalogue(db)
    with pytest.raises(ValidationError) as refused:
        quotes.save_quote(db, quote_id, detail.version, QuoteDraftInput("Borne", (QuoteLineInput("", 0, 100, 1900),)))
    assert refused.value.errors == {"Ligne 1": "indiquez la désignation."}
    version = quotes.save_quote(
        db, quote_id, detail.version,
        QuoteDraftInput("Borne de recharge au garage", (line(items["IRVE-7"]), line(items["DIFF-30"]),
                                                        line(items["MO-H"], 1500)), work_duration_min=240),
    )
    draft = quotes.get_quote(db, quote_id, on=date(2026, 3, 4))
    assert draft.status is QuoteStatus.DRAFT
    # 1450 at 5,5 % + 145 at 10 % + 1,5 h × 65 = 97,50 at 20 %
    assert (draft.totals.ht_cents, draft.totals.vat_cents, draft.totals.ttc_cents) == (169250, 11375, 180625)
    assert of_kind(db, date(2026, 3, 4), AlertKind.QUOTE_TO_SEND)  # written is not sent

    sent = quotes.send_quote(db, quote_id, version, at=at(date(2026, 3, 5), 9))
    assert sent.valid_until == date(2026, 4, 4)
    with db.read() as session:
        message = session.get(OutboxMessage, sent.message_id)
        assert message.recipient == "anne.mermillod@orange.fr" and message.kind == "quote"
        assert "D-2026-0001" in message.subject and "1 806,25" in message.body_text.replace("\u202f", " ").replace("\xa0", " ")
        assert "Borne de recharge 7 kW" in message.body_html
    assert of_kind(db, date(2026, 3, 5), AlertKind.QUOTE_TO_SEND) == []
    assert of_kind(db, date(2026, 3, 19), AlertKind.QUOTE_UNANSWERED) == []
    [chase] = of_kind(db, date(2026, 3, 20), AlertKind.QUOTE_UNANSWERED)  # 15 days after sending
    assert chase.action is AlertAction.CHASE_QUOTE and chase.due == date(2026, 4, 4)
    assert of_kind(db, date(2026, 4, 5), AlertKind.QUOTE_UNANSWERED) == []  # expired by then
    assert quotes.get_quote(db, quote_id, on=date(2026, 4, 5)).status is QuoteStatus.EXPIRED

    visit_id = quotes.accept_quote(db, quote_id, sent.version, at=at(date(2026, 3, 22), 11))
    accepted = quotes.get_quote(db, quote_id, on=date(2026, 3, 22))
    assert accepted.status is QuoteStatus.ACCEPTED and accepted.work_visit_id == visit_id
    with db.read() as session:
        visit = session.get(Visit, visit_id)
        assert (visit.kind, visit.status, visit.duration_min) == (VisitKind.REPAIR, VisitStatus.TO_PLAN, 240)
        assert (visit.due_from, visit.due_until) == (date(2026, 3, 22), date(2026, 4, 21))
        assert visit.summary == "Travaux du devis D-2026-0001 : Borne de recharge au garage"
    assert of_kind(db, date(2026, 3, 22), AlertKind.QUOTE_UNANSWERED) == []
    [late] = [a for a in of_kind(db, date(2026, 4, 22), AlertKind.VISIT_OVERDUE) if a.visit_id == visit_id]
    assert late.visit_id == visit_id and late.action is AlertAction.BOOK
    with pytest.raises(PlannerError, match="impossible de passer"):
        quotes.refuse_quote(db, quote_id, accepted.version, "Trop cher")


def test_sending_without_lines_or_email_is_refused_and_a_request_can_be_dropped(db):
    ensure = sign(db, "Bronze", date(2026, 1, 15), email="")
    customer_id = ensure[0]
    quote_id = quotes.request_quote(db, QuoteRequestInput(customer_id, "Prise extérieure", requested_at=at(date(2026, 3, 2), 9)))
    version = quotes.get_quote(db, quote_id).version
    with pytest.raises(ValidationError, match="au moins une ligne"):
        quotes.send_quote(db, quote_id, version)
    item = catalogue(db)["PRISE-EXT"]
    version = quotes.save_quote(db, quote_id, version, QuoteDraftInput("Prise extérieure", (line(item),)))
    with pytest.raises(ValidationError, match="pas d'adresse e-mail"):
        quotes.send_quote(db, quote_id, version)
    with pytest.raises(ValidationError, match="Motif"):
        quotes.cancel_quote(db, quote_id, version, "")
    quotes.cancel_quote(db, quote_id, version, "Le client a fait faire les travaux")
    assert of_kind(db, date(2026, 3, 10), AlertKind.QUOTE_TO_SEND) == []
    [row] = quotes.list_quotes(db)
    assert row.status is QuoteStatus.CANCELLED and row.total_ttc_cents == 13750


# -- outcomes ------------------------------------------------------------------------------------


def booked_argent_visit(db):
    customer_id, contract_id = sign(db, "Argent", date(2026, 1, 15))
    first = contract_visits(db, contract_id)[0]
    book(db, first.id, date(2026, 2, 10))
    with db.read() as session:
        version = session.get(Visit, first.id).version
    return customer_id, first.id, version


def test_an_outcome_with_a_30_minute_overrun_yields_a_billable_line(db):
    customer_id, visit_id, version = booked_argent_visit(db)
    form = outcomes.get_outcome_form(db, visit_id)
    assert form.duration_min == 90 and len(form.checklist) == 7 and not form.has_report
    assert form.rule.hourly_rate_cents == 6500
    day = date(2026, 2, 10)
    data = OutcomeInput(
        arrival=at(day, 9, 5), departure=at(day, 11, 5),  # 120 min for 90 planned
        checklist=tuple(ChecklistItem(item.label, True) for item in form.checklist),
        observations="Installation saine, serrage effectué.",
        parts=(PartInput("Disjoncteur divisionnaire 16 A", 2000, 1200, 1000),
               PartInput("Collier", 5000, 0, 2000, billable=False)),
        satisfaction=5, satisfaction_comment="Très bien",
    )
    result = outcomes.save_outcome(db, visit_id, version, data)
    assert (result.overrun.overrun_min, result.overrun.billed_min, result.overrun.amount_cents) == (30, 30, 3250)
    with db.read() as session:
        lines = session.scalars(select(BillableLine).order_by(BillableLine.id)).all()
        assert [(b.kind, b.total_ht_cents, b.vat_rate_bp, b.quantity_milli) for b in lines] == [
            ("overrun", 3250, 2000, 500), ("part", 2400, 1000, 2000)]
        assert lines[0].label.startswith("Dépassement de 30 min sur la durée prévue de 90 min")
        visit = session.get(Visit, visit_id)
        assert visit.status is VisitStatus.REPORTED
        assert (visit.actual_start, visit.actual_end) == (at(day, 9, 5), at(day, 11, 5))
    again = outcomes.get_outcome_form(db, visit_id)
    assert again.has_report and again.satisfaction == 5 and all(i.done for i in again.checklist)
    assert len(again.parts) == 2 and len(again.billable_lines) == 2

    # Entered again with the right times: within the 10-minute tolerance, nothing to bill.
    result = outcomes.save_outcome(db, visit_id, again.visit_version,
                                   OutcomeInput(at(day, 9, 5), at(day, 10, 43), again.checklist))
    assert (result.overrun.overrun_min, result.overrun.billed_min) == (8, 0)
    with db.read() as session:
        assert session.scalars(select(BillableLine)).all() == []
    with pytest.raises(ConflictError):
        outcomes.save_outcome(db, visit_id, version, data)


def test_an_anomaly_yields_a_follow_up_and_an_alert(db, tmp_path):
    customer_id, visit_id, version = booked_argent_visit(db)
    day = date(2026, 2, 10)
    photo = tmp_path / "tableau.jpg"
    photo.write_bytes(b"\xff\xd8\xff photo du tableau")
    result = outcomes.save_outcome(
        db, visit_id, version,
        OutcomeInput(
            at(day, 9), at(day, 10, 30),
            anomalies=(
                AnomalyInput("Tableau vétuste, pas de différentiel 30 mA sur les prises", AnomalySeverity.MAJOR, FollowUpKind.QUOTE),
                AnomalyInput("Prise de la salle de bains arrachée, conducteurs à nu", AnomalySeverity.DANGER, FollowUpKind.VISIT),
            ),
            attachments=(str(photo),),
            quote_requests=("Prise extérieure pour la terrasse",),
        ),
    )
    quote_id, asked_id = result.follow_up_quote_ids
    asked = quotes.get_quote(db, asked_id, on=day)
    assert (asked.source, asked.data.subject, asked.source_visit_id) == (QuoteSource.VISIT, "Prise extérieure pour la terrasse", visit_id)
    assert [a.quote_id for a in of_kind(db, day + timedelta(days=2), AlertKind.QUOTE_TO_SEND)] == [asked_id]
    [follow_id] = result.follow_up_visit_ids
    quote = quotes.get_quote(db, quote_id, on=day)
    assert (quote.status, quote.source, quote.source_visit_id) == (QuoteStatus.REQUESTED, QuoteSource.ANOMALY, visit_id)
    with db.read() as session:
        follow = session.get(Visit, follow_id)
        assert (follow.kind, follow.status, follow.due_from, follow.due_until, follow.priority) == (
            VisitKind.FOLLOW_UP, VisitStatus.TO_PLAN, day, day + timedelta(days=2), 2)
        stored = session.scalar(select(Attachment))
        assert stored.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
        assert stored.original_name == "tableau.jpg" and stored.stored_path.startswith("attachments/")
        stored_path = stored.stored_path
    copy = user_data_dir() / stored_path
    assert copy.read_bytes() == photo.read_bytes()

    found = of_kind(db, day, AlertKind.ANOMALY)
    assert [(a.action, a.quote_id, a.visit_id) for a in found] == [
        (AlertAction.WRITE_QUOTE, quote_id, None), (AlertAction.BOOK, None, follow_id)]
    assert all(a.since == day for a in found) and "danger" in found[1].subject
    # The anomaly quote's own 48-hour alert would say the same thing: the anomaly's alert covers it.
    assert [a.quote_id for a in of_kind(db, day + timedelta(days=5), AlertKind.QUOTE_TO_SEND)] == [asked_id]

    items = catalogue(db)
    version = quotes.save_quote(db, quote_id, quote.version, QuoteDraftInput("Mise aux normes du tableau", (line(items["TAB-2R"]),)))
    quotes.send_quote(db, quote_id, version, at=at(day + timedelta(days=1), 9))
    book(db, follow_id, day + timedelta(days=1))
    assert of_kind(db, day + timedelta(days=1), AlertKind.ANOMALY) == []


def test_outcome_refusals_name_the_field_and_save_nothing(db, tmp_path):
    _, visit_id, version = booked_argent_visit(db)
    day = date(2026, 2, 10)
    with pytest.raises(ValidationError) as refused:
        outcomes.save_outcome(
            db, visit_id, version,
            OutcomeInput(at(day, 11), at(day, 10), satisfaction=6, anomalies=(AnomalyInput("  "),),
                         parts=(PartInput("Câble", 0),), attachments=(str(tmp_path / "absent.jpg"),)),
        )
    assert set(refused.value.errors) == {"Départ", "Satisfaction", "Anomalie 1", "Pièce 1", "Pièces jointes"}
    with db.read() as session:
        assert session.get(Visit, visit_id).status is VisitStatus.BOOKED
        assert session.scalars(select(Quote)).all() == []
    unbooked = contract_visits(db, contract_id=sign(db, "Bronze")[1])[0]
    with db.read() as session:
        unbooked_version = session.get(Visit, unbooked.id).version
    with pytest.raises(PlannerError, match="planifiez-la"):
        outcomes.save_outcome(db, unbooked.id, unbooked_version, OutcomeInput(at(day, 9), at(day, 10)))


def test_the_days_list_shows_visits_and_their_outcome(db):
    _, visit_id, version = booked_argent_visit(db)
    day = date(2026, 2, 10)
    [row] = outcomes.visits_of_day(db, day)
    assert (row.id, row.has_report, row.technician) == (visit_id, False, "Gaëtan")
    outcomes.save_outcome(db, visit_id, version, OutcomeInput(at(day, 9), at(day, 10, 30)))
    assert [r.has_report for r in outcomes.visits_of_day(db, day)] == [True]
    assert outcomes.visits_of_day(db, day + timedelta(days=1)) == []


# -- contact log -----------------------------------------------------------------------------------


def test_repeat_contacts_are_the_same_customer_and_reason_within_seven_days(db):
    customer_id, _ = customer_with_site(db)
    other_id, _ = customer_with_site(db, "autre@example.fr")
    day = date(2026, 3, 2)
    calls = [
        (customer_id, ContactChannel.PHONE_IN, ContactReason.RESCHEDULE, at(day, 9)),
        (customer_id, ContactChannel.PHONE_IN, ContactReason.RESCHEDULE, at(day + timedelta(days=3), 9)),  # repeat
        (customer_id, ContactChannel.EMAIL_IN, ContactReason.RESCHEDULE, at(day + timedelta(days=12), 9)),  # 9 days later
        (customer_id, ContactChannel.PHONE_IN, ContactReason.COMPLAINT, at(day + timedelta(days=13), 9)),  # other reason
        (customer_id, ContactChannel.PHONE_OUT, ContactReason.COMPLAINT, at(day + timedelta(days=14), 9)),  # our call
        (other_id, ContactChannel.PHONE_IN, ContactReason.RESCHEDULE, at(day + timedelta(days=1), 9)),  # other customer
    ]
    for who, channel, reason, when in calls:
        customers.log_contact(db, who, channel, reason, "", at=when)
    figure = contacts.repeat_contacts(db, since=day, until=day + timedelta(days=30))
    assert (figure.contacts, figure.repeats) == (5, 1)
    assert figure.by_reason == {ContactReason.RESCHEDULE: 1}
    assert figure.describe().startswith("1 contact(s) répété(s) sur 5 (20,0 %)")
    mine = contacts.repeat_contacts(db, customer_id=customer_id, since=day, until=day + timedelta(days=30))
    assert (mine.contacts, mine.repeats) == (4, 1)
    with db.read() as session:
        assert session.scalar(select(ContactLog.id).where(ContactLog.customer_id == other_id)) is not None
