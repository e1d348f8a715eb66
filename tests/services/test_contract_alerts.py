"""Contracts that plan themselves: due visits, renewals and their alerts, on both engines."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from sqlalchemy import select

from planner.db.models import ContractNotice, OutboxMessage, Visit
from planner.domain.alerts import AlertAction, AlertKind, renewal_notice_window
from planner.domain.enums import (
    ContactChannel,
    ContactReason,
    ContractStatus,
    OutboxChannel,
    OutboxStatus,
    VisitKind,
    VisitStatus,
)
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.timeutil import add_months, paris_instant
from planner.services import alerts, contracts, customers, renewals, technicians
from planner.services.contracts import ContractInput
from planner.services.customers import CustomerInput, SiteInput
from planner.services.reference import ensure_reference_data
from planner.services.technicians import TechnicianInput


def customer_with_site(db, email: str = "anne.mermillod@orange.fr") -> tuple[int, int]:
    customer_id = customers.create_customer(
        db, CustomerInput(last_name="Mermillod", first_name="Anne", email=email),
        SiteInput(address="5 route du Lac", postcode="74290", city="Veyrier-du-Lac"),
    )
    return customer_id, customers.get_customer(db, customer_id).sites[0].id


def tier_id(db, name: str) -> int:
    return next(t.id for t in contracts.list_tiers(db) if t.name == name)


def sign(db, tier: str = "Argent", start: date = date(2026, 1, 15), **changes) -> tuple[int, int]:
    ensure_reference_data(db)
    customer_id, site_id = customer_with_site(db, **({"email": changes.pop("email")} if "email" in changes else {}))
    contract_id = contracts.create_contract(
        db, ContractInput(customer_id=customer_id, site_id=site_id, tier_id=tier_id(db, tier), start_date=start,
                          signed_on=start, **changes),
    )
    return customer_id, contract_id


def contract_visits(db, contract_id: int) -> list:
    with db.read() as session:
        return list(
            session.execute(
                select(Visit.id, Visit.due_from, Visit.due_until, Visit.status, Visit.summary, Visit.kind,
                       Visit.duration_min, Visit.cancel_reason)
                .where(Visit.contract_id == contract_id)
                .order_by(Visit.due_from, Visit.id)
            )
        )


def book(db, visit_id: int, day: date) -> None:
    """What the booking assistant does (another part of Planner): a technician and a slot."""
    existing = technicians.list_technicians(db)
    tech_id = existing[0].id if existing else technicians.save_technician(db, None, None, TechnicianInput(first_name="Gaëtan"))
    with db.write() as session:
        visit = session.get(Visit, visit_id)
        visit.status = VisitStatus.BOOKED
        visit.technician_id = tech_id
        visit.planned_start = paris_instant(day, time(9))
        visit.planned_end = paris_instant(day, time(9)) + timedelta(minutes=visit.duration_min)


def of_kind(db, on: date, kind: AlertKind) -> list:
    found = alerts.compute_alerts(db, on)
    # The status bar's fast count agrees with the list, whatever the day and the data.
    assert alerts.alert_counts(db, on) == {k: sum(1 for a in found if a.kind is k) for k in AlertKind}
    return [a for a in found if a.kind is kind]


def test_argent_visits_are_due_soon_thirty_days_ahead_then_overdue(db):
    customer_id, contract_id = sign(db, "Argent", date(2026, 1, 15))
    first, second = contract_visits(db, contract_id)
    assert (first.due_from, first.due_until) == (date(2026, 1, 31), date(2026, 3, 2))
    assert (second.due_from, second.due_until) == (date(2026, 6, 30), date(2026, 7, 30))
    assert {v.status for v in (first, second)} == {VisitStatus.TO_PLAN}

    assert of_kind(db, date(2025, 12, 31), AlertKind.VISIT_DUE) == []
    [due] = of_kind(db, date(2026, 1, 1), AlertKind.VISIT_DUE)  # 30 days before 31/01
    assert (due.visit_id, due.since, due.action, due.customer_id) == (first.id, date(2026, 1, 1), AlertAction.BOOK, customer_id)
    assert due.customer == "MERMILLOD Anne"
    assert "31/01/2026" in due.subject and "02/03/2026" in due.subject
    assert due.action_label == "Planifier"
    assert [a.visit_id for a in of_kind(db, date(2026, 3, 2), AlertKind.VISIT_DUE)] == [first.id]
    assert of_kind(db, date(2026, 3, 2), AlertKind.VISIT_OVERDUE) == []

    [late] = of_kind(db, date(2026, 3, 3), AlertKind.VISIT_OVERDUE)  # the day after the window closes
    assert (late.visit_id, late.since) == (first.id, date(2026, 3, 3))
    assert of_kind(db, date(2026, 3, 3), AlertKind.VISIT_DUE) == []

    book(db, first.id, date(2026, 2, 10))
    assert of_kind(db, date(2026, 1, 20), AlertKind.VISIT_DUE) == []
    assert of_kind(db, date(2026, 3, 3), AlertKind.VISIT_OVERDUE) == []
    [second_due] = of_kind(db, date(2026, 5, 31), AlertKind.VISIT_DUE)
    assert second_due.visit_id == second.id and second_due.since == date(2026, 5, 31)


def test_a_snooze_needs_a_reason_and_a_later_day_and_lasts_until_that_day(db):
    _, contract_id = sign(db, "Bronze", date(2026, 1, 15))
    [visit] = contract_visits(db, contract_id)
    on = date(2026, 1, 20)
    [alert] = of_kind(db, on, AlertKind.VISIT_DUE)
    with pytest.raises(ValidationError) as refused:
        alerts.snooze_alert(db, alert.key, alert.kind, date(2026, 1, 20), "  ", on=on)
    assert set(refused.value.errors) == {"Motif", "Reporter au"}
    alerts.snooze_alert(db, alert.key, alert.kind, date(2026, 1, 27), "Client en vacances, rappeler le 27", on=on)
    assert of_kind(db, on, AlertKind.VISIT_DUE) == []
    assert of_kind(db, date(2026, 1, 26), AlertKind.VISIT_DUE) == []
    [hidden] = [a for a in alerts.compute_alerts(db, on, include_snoozed=True) if a.kind is AlertKind.VISIT_DUE]
    assert (hidden.snoozed_until, hidden.snooze_reason) == (date(2026, 1, 27), "Client en vacances, rappeler le 27")
    assert [a.visit_id for a in of_kind(db, date(2026, 1, 27), AlertKind.VISIT_DUE)] == [visit.id]
    assert alerts.alert_counts(db, on)[AlertKind.VISIT_DUE] == 0
    assert alerts.alert_counts(db, date(2026, 1, 27))[AlertKind.VISIT_DUE] == 1


def test_tacit_renewal_alerts_in_the_legal_window_then_renewing_creates_next_years_visits(db):
    _, contract_id = sign(db, "Argent", date(2026, 1, 1), end_date=date(2026, 12, 31), notice_days=30, tacit_renewal=True)
    window = renewal_notice_window(date(2026, 12, 31), 30)
    assert window.deadline == date(2026, 12, 1)
    assert (window.opens, window.closes) == (date(2026, 9, 1), date(2026, 11, 1))
    assert window.opens >= add_months(window.deadline, -3) and window.closes <= add_months(window.deadline, -1)

    assert of_kind(db, date(2026, 8, 31), AlertKind.RENEWAL) == []
    [notice] = of_kind(db, date(2026, 9, 1), AlertKind.RENEWAL)
    assert (notice.action, notice.since, notice.due, notice.contract_id) == (
        AlertAction.SEND_NOTICE, date(2026, 9, 1), date(2026, 11, 1), contract_id)
    assert "01/12/2026" in notice.subject and "EN RETARD" not in notice.subject
    [still] = of_kind(db, date(2026, 11, 2), AlertKind.RENEWAL)
    assert "EN RETARD" in still.subject  # past the last day the law allows

    preview = renewals.renewal_notice_preview(db, contract_id, on=date(2026, 9, 10))
    assert "DATE LIMITE DE NON-RECONDUCTION : 01/12/2026" in preview.text
    assert "L215-1" in preview.text and "01/01/2027" in preview.text
    assert "Date limite de non-reconduction" in preview.html and preview.sent_on is None
    sent = renewals.send_renewal_notice(db, contract_id, on=date(2026, 9, 10))
    assert not sent.late
    with db.read() as session:
        message = session.get(OutboxMessage, sent.message_id)
        assert (message.recipient, message.kind, message.status) == ("anne.mermillod@orange.fr", "renewal_notice", OutboxStatus.PENDING)
        assert message.subject.startswith("Votre contrat d'entretien C-2026-0001")
        assert "01/12/2026" in message.body_text and "01/12/2026" in message.body_html
        assert session.scalar(select(ContractNotice.sent_on)) == date(2026, 9, 10)
    with pytest.raises(PlannerError, match="déjà été envoyé le 10/09/2026"):
        renewals.send_renewal_notice(db, contract_id, on=date(2026, 9, 11))
    contacts = customers.get_customer(db, notice.customer_id).contacts
    assert contacts[0].reason is ContactReason.RENEWAL and contacts[0].channel is ContactChannel.EMAIL_OUT

    assert of_kind(db, date(2026, 9, 10), AlertKind.RENEWAL) == []
    assert of_kind(db, date(2026, 11, 30), AlertKind.RENEWAL) == []
    [renew] = of_kind(db, date(2026, 12, 1), AlertKind.RENEWAL)
    assert (renew.action, renew.since) == (AlertAction.RENEW, date(2026, 12, 1))

    detail = contracts.get_contract(db, contract_id)
    with pytest.raises(PlannerError, match="trois derniers mois"):
        renewals.renew_contract(db, contract_id, detail.version, on=date(2026, 8, 1))
    renewals.renew_contract(db, contract_id, detail.version, on=date(2026, 12, 5))
    row = next(r for r in contracts.list_contracts(db) if r.id == contract_id)
    assert (row.start_date, row.end_date, row.status) == (date(2026, 1, 1), date(2027, 12, 31), ContractStatus.ACTIVE)
    next_year = [v for v in contract_visits(db, contract_id) if v.due_from.year == 2027]
    assert [(v.due_from, v.due_until) for v in next_year] == [
        (date(2027, 1, 17), date(2027, 2, 16)), (date(2027, 6, 16), date(2027, 7, 16))]
    assert of_kind(db, date(2026, 12, 5), AlertKind.RENEWAL) == []
    # The new period's notice window is next autumn's.
    assert [a.action for a in of_kind(db, date(2027, 9, 1), AlertKind.RENEWAL)] == [AlertAction.SEND_NOTICE]


def test_without_email_the_notice_goes_by_letter(db):
    _, contract_id = sign(db, "Bronze", date(2026, 1, 1), end_date=date(2026, 12, 31), email="")
    with pytest.raises(ValidationError, match="par courrier"):
        renewals.send_renewal_notice(db, contract_id, on=date(2026, 9, 2))
    result = renewals.send_renewal_notice(db, contract_id, channel=ContactChannel.LETTER, on=date(2026, 9, 2))
    assert result.message_id is None
    with db.read() as session:
        notice = session.scalar(select(ContractNotice))
        assert notice.channel is ContactChannel.LETTER and "DATE LIMITE" in notice.body_text
    assert of_kind(db, date(2026, 9, 2), AlertKind.RENEWAL) == []


def test_a_contract_without_tacit_renewal_alerts_a_month_before_its_end_and_can_be_closed(db):
    _, contract_id = sign(db, "Bronze", date(2026, 1, 1), end_date=date(2026, 12, 31), tacit_renewal=False)
    assert of_kind(db, date(2026, 11, 30), AlertKind.RENEWAL) == []
    [alert] = of_kind(db, date(2026, 12, 1), AlertKind.RENEWAL)
    assert alert.action is AlertAction.RENEW and "sans reconduction tacite" in alert.subject
    version = contracts.get_contract(db, contract_id).version
    renewals.end_contract(db, contract_id, version, on=date(2026, 12, 20))
    assert of_kind(db, date(2027, 1, 5), AlertKind.RENEWAL) == []
    assert contracts.get_contract(db, contract_id).data.status is ContractStatus.ENDED


def test_changing_tier_regenerates_what_is_not_done(db):
    _, contract_id = sign(db, "Bronze", date(2026, 1, 15))
    [first] = contract_visits(db, contract_id)
    book(db, first.id, date(2026, 2, 12))
    version = contracts.get_contract(db, contract_id).version
    contracts.change_tier(db, contract_id, version, tier_id(db, "Or"), on=date(2026, 6, 1))
    visits = contract_visits(db, contract_id)
    live = [v for v in visits if v.status is not VisitStatus.CANCELLED]
    # Or = 3 visits (1, 4 and 8 months): the booked one counts as the first; the second window
    # (mid-May) has closed, so it becomes a catch-up visit from today.
    assert [(v.due_from, v.due_until, v.status) for v in live] == [
        (date(2026, 1, 31), date(2026, 3, 2), VisitStatus.BOOKED),
        (date(2026, 6, 1), date(2026, 7, 1), VisitStatus.TO_PLAN),
        (date(2026, 8, 31), date(2026, 9, 30), VisitStatus.TO_PLAN),
    ]
    assert [v.summary for v in live[1:]] == ["Entretien Or — visite 2/3", "Entretien Or — visite 3/3"]
    assert {v.duration_min for v in live[1:]} == {120}
    with pytest.raises(ValidationError, match="déjà en formule Or"):
        contracts.change_tier(db, contract_id, contracts.get_contract(db, contract_id).version, tier_id(db, "Or"))

    version = contracts.get_contract(db, contract_id).version
    contracts.change_tier(db, contract_id, version, tier_id(db, "Argent"), on=date(2026, 6, 2))
    live = [v for v in contract_visits(db, contract_id) if v.status is not VisitStatus.CANCELLED]
    assert [(v.summary, v.due_from) for v in live] == [
        ("Entretien Bronze — visite 1/1", date(2026, 1, 31)), ("Entretien Argent — visite 2/2", date(2026, 6, 30))]


def test_cancelling_a_contract_cancels_its_visits_and_their_alerts(db):
    _, contract_id = sign(db, "Argent", date(2026, 1, 15))
    assert of_kind(db, date(2026, 1, 20), AlertKind.VISIT_DUE)
    detail = contracts.get_contract(db, contract_id)
    from dataclasses import replace

    contracts.update_contract(db, contract_id, detail.version, replace(detail.data, status=ContractStatus.CANCELLED))
    assert {v.status for v in contract_visits(db, contract_id)} == {VisitStatus.CANCELLED}
    assert {v.cancel_reason for v in contract_visits(db, contract_id)} == {"Contrat résilié (C-2026-0001)"}
    assert alerts.compute_alerts(db, date(2026, 1, 20)) == []


def test_an_imported_contract_gets_the_visits_of_its_current_year(db):
    _, contract_id = sign(db, "Bronze", date(2023, 4, 1), end_date=date(2027, 3, 31))
    [visit] = contract_visits(db, contract_id)
    assert (visit.due_from, visit.due_until, visit.kind) == (date(2026, 4, 16), date(2026, 5, 16), VisitKind.MAINTENANCE)


def test_tiers_are_configurable(db):
    ensure_reference_data(db)
    assert [(t.name, t.visits_per_year) for t in contracts.list_tiers(db)] == [("Or", 3), ("Argent", 2), ("Bronze", 1)]
    with pytest.raises(ValidationError) as refused:
        contracts.save_tier(db, None, None, contracts.TierInput("argent", 13, 5, -1))
    assert set(refused.value.errors) == {"Visites par an", "Durée de visite", "Prix annuel"}
    with pytest.raises(ValidationError, match="« argent » existe déjà"):
        contracts.save_tier(db, None, None, contracts.TierInput("argent", 2, 90, 39000))
    platine = contracts.save_tier(
        db, None, None, contracts.TierInput("Platine", 4, 150, 89000, ("Thermographie", "  ", "Mesure d'isolement")))
    tier = next(t for t in contracts.list_tiers(db) if t.id == platine)
    assert tier.checklist == ("Thermographie", "Mesure d'isolement") and tier.visits_per_year == 4
    _, contract_id = sign(db, "Platine", date(2026, 1, 15))
    assert [v.due_from for v in contract_visits(db, contract_id)] == [
        date(2026, 1, 31), date(2026, 3, 31), date(2026, 6, 30), date(2026, 9, 30)]


def test_alerts_list_failed_messages_until_retried(db):
    customer_id, _ = sign(db, "Bronze", date(2026, 1, 15))
    with db.write() as session:
        message = OutboxMessage(idempotency_key="test:1", channel=OutboxChannel.EMAIL, kind="renewal_notice",
                                customer_id=customer_id, recipient="anne.mermillod@orange.fr",
                                status=OutboxStatus.FAILED, last_error="550 5.1.1 Mailbox unavailable",
                                created_at=paris_instant(date(2026, 2, 3), time(9)))
        session.add(message)
        session.flush()
        message_id = message.id
    [alert] = of_kind(db, date(2026, 2, 4), AlertKind.MESSAGE_FAILED)
    assert alert.action is AlertAction.RETRY_MESSAGE and "550 5.1.1" in alert.subject
    assert alert.as_json()["kind"] == "message_failed" and alert.as_json()["since"] == "2026-02-03"
    alerts.retry_message(db, message_id)
    assert of_kind(db, date(2026, 2, 4), AlertKind.MESSAGE_FAILED) == []
