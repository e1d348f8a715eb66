"""A small world for booking tests: technicians, a customer with a due contract visit, a real
SMTP server on loopback and an in-memory keyring."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import keyring
import pytest
from aiosmtpd.controller import Controller
from keyring.backend import KeyringBackend

from planner.domain.timeutil import paris_instant, paris_today
from planner.services import contracts, customers, technicians
from planner.services.contracts import ContractInput
from planner.services.customers import CustomerInput, SiteInput
from planner.services.messages import CompanyInfo, save_company
from planner.services.outbox import OutboxSettings, save_outbox_settings
from planner.services.reference import ensure_reference_data
from planner.services.technicians import TechnicianInput, default_shifts

OFFICE = (45.9196, 6.1505)


class MemoryKeyring(KeyringBackend):
    """The OS keyring stand-in for tests (a third-party interface, not Planner's code)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


class Inbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's API
        self.messages.append(envelope.content)
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class SmtpServer:
    port: int
    inbox: Inbox
    controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp_server():
    server = SmtpServer(free_port(), Inbox())
    server.start()
    yield server
    server.stop()


@dataclass
class World:
    technician_ids: list[int]
    customer_id: int
    site_id: int
    contract_id: int
    visit_id: int
    skill_ids: dict[str, int]


def configure_outbox(db, port: int, *, sms: bool = True) -> None:
    save_company(db, CompanyInfo(name="Élec Annecy", phone="04 50 12 34 56", email="contact@elec-annecy.fr"))
    save_outbox_settings(
        db,
        OutboxSettings(
            smtp_host="127.0.0.1", smtp_port=port, smtp_security="none", from_address="contact@elec-annecy.fr",
            from_name="Élec Annecy", timeout_s=3, sms_url="http://127.0.0.1:9/sms" if sms else "",
        ),
        password="",
    )


def make_technician(db, first_name: str, skills: tuple[int, ...], **extra) -> int:
    return technicians.save_technician(
        db, None, None,
        TechnicianInput(first_name=first_name, last_name="Test", skill_ids=skills, shifts=default_shifts(),
                        start_lat=OFFICE[0], start_lon=OFFICE[1], end_lat=OFFICE[0], end_lon=OFFICE[1], **extra),
    )


def make_customer(db, last_name: str, address: str, postcode: str, city: str, lat: float, lon: float, **extra) -> tuple[int, int]:
    customer_id = customers.create_customer(
        db,
        CustomerInput(last_name=last_name, first_name="Pierre", mobile="06 12 34 56 78",
                      email=f"{last_name.lower()}@exemple.fr", consent_sms=True, **extra),
        SiteInput(address=address, postcode=postcode, city=city, latitude=lat, longitude=lon),
    )
    return customer_id, customers.get_customer(db, customer_id).sites[0].id


@pytest.fixture
def world(db, smtp_server) -> World:
    ensure_reference_data(db)
    skills = {s.code: s.id for s in technicians.list_skills(db)}
    techs = [make_technician(db, "Gaëtan", (skills["ELEC"], skills["IRVE"])), make_technician(db, "Sophie", (skills["ELEC"],))]
    customer_id, site_id = make_customer(db, "Dupont", "12 rue Sommeiller", "74000", "Annecy", 45.9010, 6.1230)
    argent = next(t for t in contracts.list_tiers(db) if t.name == "Argent")
    start = paris_today() + timedelta(days=14) - timedelta(days=30)
    contract_id = contracts.create_contract(
        db, ContractInput(customer_id=customer_id, site_id=site_id, tier_id=argent.id, start_date=start)
    )
    visit = min(customers.get_customer(db, customer_id).visits, key=lambda v: v.due_from)
    configure_outbox(db, smtp_server.port)
    return World(techs, customer_id, site_id, contract_id, visit.id, skills)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return paris_instant(day, time(hour, minute))


def next_weekday(days_ahead: int) -> date:
    day = paris_today() + timedelta(days=days_ahead)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day
