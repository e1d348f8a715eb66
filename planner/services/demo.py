"""Demonstration data around Annecy: realistic, deterministic (same seed and day → same data)
and fast enough to fill 100 000 customers in well under a minute.

Communes, postcodes, INSEE codes and town-hall positions are real (resources/data); people,
streets and house numbers are invented.
"""

from __future__ import annotations

import csv
import itertools
import math
import random
import time as clock
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

import holidays
from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.orm import Session

from planner.db.base import Base
from planner.db.bulk import bulk_insert
from planner.db.database import Database
from planner.db.models import (
    Absence,
    ContactLog,
    Contract,
    ContractTier,
    Counter,
    Customer,
    Site,
    Skill,
    Technician,
    TechnicianShift,
    Visit,
    Zone,
    ZoneDay,
    visit_skill,
)
from planner.domain.contracts import contract_period_end, visit_due_windows
from planner.domain.enums import (
    SCHEDULED_STATUSES,
    AbsenceKind,
    Civility,
    ContactChannel,
    ContactReason,
    ContractStatus,
    CustomerKind,
    GeocodePrecision,
    VisitKind,
    VisitStatus,
)
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.progress import Progress
from planner.domain.timeutil import PARIS, add_months, now_utc, paris_instant, paris_today
from planner.paths import resource
from planner.services.common import format_number
from planner.services.demo_contracts import add_contracts_demo
from planner.services.reference import ensure_reference_data
from planner.services.zones import OPEN_STATUSES, SitePoint, plan_zones, propose_days, suggested_zone_count

OFFICE = ("Siège — 3 avenue du Pré-Félin, 74940 Annecy", 45.9196, 6.1505)

FIRST_NAMES_M = (
    "Pierre", "Jean", "Michel", "Philippe", "Alain", "Nicolas", "Christophe", "Laurent", "Éric",
    "Frédéric", "Olivier", "Thierry", "Sébastien", "Julien", "David", "Stéphane", "Patrick",
    "François", "Bernard", "Gilles", "Maxime", "Romain", "Antoine", "Hugo", "Lucas", "Gaëtan",
    "Benoît", "Jérôme", "Yves", "Joseph", "Marcel", "René", "Denis", "Raphaël", "Mathieu",
)
FIRST_NAMES_F = (
    "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Valérie", "Christine",
    "Monique", "Sandrine", "Sophie", "Céline", "Émilie", "Julie", "Camille", "Claire", "Anne",
    "Hélène", "Agnès", "Martine", "Chantal", "Élodie", "Laure", "Aurélie", "Manon", "Léa",
    "Chloé", "Odile", "Geneviève", "Joëlle", "Brigitte", "Nadine", "Colette", "Maëlle",
)
SURNAMES = (
    "Dupont", "Martin", "Bernard", "Favre", "Mermillod", "Pollet", "Gay", "Bouvier", "Rey",
    "Girod", "Perrin", "Ducret", "Bonnet", "Blanc", "Roux", "Lavorel", "Tissot", "Mugnier",
    "Burnier", "Chappaz", "Collomb", "Excoffier", "Jacquet", "Dupraz", "Perillat", "Métral",
    "Veyrat", "Bétemps", "Cochet", "Baud", "Grandchamp", "Pasquier", "Rochat", "Socquet",
    "Thévenet", "Vittoz", "Lathuille", "Chatelain", "Morel", "Fournier", "Girard", "Lambert",
    "Fontaine", "Rousseau", "Vincent", "Muller", "Lefebvre", "Faure", "André", "Mercier",
    "Guerin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia",
    "Perret", "Duparc", "Machard", "Avet", "Bastard", "Gruffaz", "Jacquier", "Ravier",
    "Sallaz", "Tochon", "Vulliet", "Dunand", "Dupuis", "Charvet", "Berthod", "Falquet",
    "Mégevand", "Dussolliet", "Carraz", "Bouchet", "Donzel", "Pessey", "Dupont",
)
COMPANY_PATTERNS = (
    "Boulangerie {s}", "Garage {s}", "Menuiserie {s}", "Fromagerie {s}", "Boucherie {s}",
    "Cabinet {s}", "Transports {s}", "Ferme {s}", "SCI {s}", "Pharmacie {s}", "Plomberie {s}",
    "Hôtel {p}", "Restaurant {p}", "Copropriété {p}", "Camping {p}", "EHPAD {p}",
    "Résidence {p}", "Chalet {p}", "Gîte {p}", "Atelier {p}",
)
PLACE_NAMES = (
    "du Lac", "Le Belvédère", "Les Tilleuls", "Les Aravis", "Le Semnoz", "Les Bruyères",
    "La Tournette", "Le Parmelan", "Les Marquisats", "Le Mont-Blanc", "Les Pervenches",
    "Les Glières", "La Fruitière", "Les Puisots", "Le Crêt", "Les Bauges", "Le Salève",
)
STREETS = (
    "rue de la Mairie", "rue des Écoles", "route du Lac", "avenue de Genève", "rue des Alpes",
    "chemin du Mont-Blanc", "route de la Tournette", "chemin des Aravis", "route du Semnoz",
    "place de l'Église", "chemin des Vergers", "rue du Stade", "route de la Fruitière",
    "impasse des Fontaines", "rue Centrale", "chemin du Parmelan", "allée des Prés",
    "avenue de la Gare", "rue Sommeiller", "rue Carnot", "boulevard de la République",
    "avenue Jean-Jaurès", "rue Victor-Hugo", "chemin du Pont", "allée des Cerisiers",
    "chemin des Bois", "route des Creusettes", "rue du Vieux-Moulin", "chemin des Granges",
    "route de Thônes", "avenue d'Aix-les-Bains", "rue de la Paix", "chemin de la Chapelle",
    "impasse des Noyers", "route de Frangy", "rue du Lavoir", "chemin du Crêt",
)
EMAIL_DOMAINS = ("orange.fr", "gmail.com", "free.fr", "wanadoo.fr", "laposte.net", "sfr.fr", "outlook.fr")
ACCESS_NOTES = (
    "Code portail 1947B", "Clé chez la voisine (n° 12)", "Chien dans le jardin, sonner avant",
    "Tableau au sous-sol, accès par le garage", "Se garer devant la grange",
    "Appeler 10 min avant d'arriver", "Accès par l'arrière du bâtiment", "Badge à l'accueil",
    "Digicode 4512, 2e étage gauche", "Chemin étroit : pas de fourgon long",
)
REPAIRS = (
    ("Disjoncteur différentiel qui saute", 60, None),
    ("Prise de cuisine qui chauffe", 60, None),
    ("Panne d'éclairage extérieur", 90, None),
    ("Installation d'une borne de recharge", 150, "IRVE"),
    ("Borne de recharge en défaut", 90, "IRVE"),
    ("Remplacement du tableau électrique", 150, None),
    ("Onduleur photovoltaïque en alarme", 90, "PV"),
    ("Contrôle du poste de transformation", 120, "HTA"),
    ("Mise en sécurité après dégât des eaux", 120, None),
)
TECHNICIANS = (
    ("Gaëtan", "Perrin", "#1f77b4", ("ELEC", "IRVE")),
    ("Sophie", "Mercier", "#d62728", ("ELEC", "HTA")),
    ("Julien", "Favre", "#2ca02c", ("ELEC", "PV")),
    ("Karim", "Benali", "#9467bd", ("ELEC", "IRVE", "PV")),
    ("Émilie", "Rey", "#ff7f0e", ("ELEC",)),
    ("Thomas", "Pollet", "#8c564b", ("ELEC", "HTA", "IRVE")),
    ("Nadia", "Girod", "#e377c2", ("ELEC", "PV")),
    ("Lucas", "Bouvier", "#17becf", ("ELEC",)),
)
EXTRA_COLOURS = ("#bcbd22", "#7f7f7f", "#aec7e8", "#98df8a", "#ff9896", "#c5b0d5")

MAX_CUSTOMERS = 1_000_000
BOOKING_DAYS = 15  # working days of rounds booked ahead
PAST_ROUND_DAYS = 5  # working days of rounds already driven (besides today's)
CALL_ORDER_SHARE = 0.4  # share of the next two weeks' technician-days booked in call order (zig-zag)


@dataclass(frozen=True, slots=True)
class DemoOptions:
    customers: int = 300
    technicians: int = 6
    seed: int = 2026
    today: date | None = None
    replace: bool = False


@dataclass(frozen=True, slots=True)
class DemoSummary:
    customers: int
    sites: int
    contracts: int
    technicians: int
    visits: int
    booked: int
    to_plan: int
    contacts: int
    seconds: float
    zones: int = 0

    def describe(self) -> str:
        return (
            f"{self.customers} clients, {self.sites} sites, {self.contracts} contrats, "
            f"{self.technicians} techniciens, {self.visits} interventions "
            f"({self.booked} planifiées, {self.to_plan} à planifier), "
            f"{self.contacts} contacts, {self.zones} zones — en {self.seconds:.1f} s"
        )


@dataclass(frozen=True, slots=True)
class Commune:
    name: str
    postcode: str
    insee: str
    lat: float
    lon: float
    population: int


def load_communes() -> list[Commune]:
    with resource("data", "demo_communes.csv").open(encoding="utf-8", newline="") as handle:
        return [
            Commune(r["commune"], r["postcode"], r["insee"], float(r["latitude"]),
                    float(r["longitude"]), int(r["population"]))
            for r in csv.DictReader(handle)
        ]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat = math.radians(lat2 - lat1)
    dlon = math.radians(lon2 - lon1)
    a = math.sin(dlat / 2) ** 2 + math.cos(math.radians(lat1)) * math.cos(
        math.radians(lat2)
    ) * math.sin(dlon / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(a))


def _drive_minutes(lat1: float, lon1: float, lat2: float, lon2: float) -> int:
    """A rough road estimate for laying out demo rounds (the real model lives in planner.geo)."""
    km = _km(lat1, lon1, lat2, lon2) * 1.3
    speed = 30.0 if km < 5 else 45.0 if km < 20 else 60.0
    return int(round(km / speed * 60)) + 5


def _round5(minutes: int) -> int:
    return int(5 * math.ceil(minutes / 5))


def _validate(options: DemoOptions) -> None:
    errors = {}
    if not 1 <= options.customers <= MAX_CUSTOMERS:
        errors["--customers"] = f"entre 1 et {MAX_CUSTOMERS}."
    if not 1 <= options.technicians <= 30:
        errors["--technicians"] = "entre 1 et 30."
    if errors:
        raise ValidationError(errors)


def wipe(db: Database) -> None:
    """Delete every row (the schema stays)."""
    with db.write() as session:
        if db.dialect == "postgresql":
            names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
            session.execute(text(f"TRUNCATE TABLE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in reversed(Base.metadata.sorted_tables):
                session.execute(delete(table))


def generate_demo(
    db: Database, options: DemoOptions = DemoOptions(), progress: Progress | None = None
) -> DemoSummary:
    _validate(options)
    progress = progress or Progress()
    started = clock.perf_counter()
    with db.read() as session:
        existing = session.scalar(select(func.count()).select_from(Customer)) or 0
        existing += session.scalar(select(func.count()).select_from(Technician)) or 0
    if existing:
        if not options.replace:
            raise PlannerError(
                "La base contient déjà des clients ou des techniciens : les données de "
                "démonstration ne sont chargées que dans une base vide (ou avec --replace, "
                "qui efface tout)."
            )
        progress.report(0.0, "Effacement des données existantes…", force=True)
        wipe(db)
    ensure_reference_data(db)
    builder = _Builder(options, progress)
    with db.write() as session:
        builder.build(session)
        builder.zones(session)
        builder.insert(session, db.dialect)
        # Quotes, outcomes, notices… (planner.services.demo_contracts), after everything else.
        add_contracts_demo(session, builder.today, builder.now, options.seed)
        # What is in the database now, the visits added with quotes and outcomes included.
        counts = _counts(session)
    return builder.summary(clock.perf_counter() - started, counts)


def _counts(session: Session) -> dict[str, int]:
    def count(model, *where) -> int:  # type: ignore[no-untyped-def]
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

    return {
        "visits": count(Visit),
        "booked": count(Visit, Visit.status.in_(SCHEDULED_STATUSES)),
        "to_plan": count(Visit, Visit.status == VisitStatus.TO_PLAN),
        "contacts": count(ContactLog),
    }


class _Builder:
    def __init__(self, options: DemoOptions, progress: Progress) -> None:
        self.options = options
        self.rng = random.Random(options.seed)
        self.progress = progress
        self.today = options.today or paris_today()
        self.now = paris_instant(self.today, time(8, 0)) if options.today else now_utc()
        self.communes = load_communes()
        self.holidays = holidays.country_holidays(
            "FR", years=range(self.today.year - 5, self.today.year + 3)
        )
        self.customers: list[dict[str, Any]] = []
        self.sites: list[dict[str, Any]] = []
        self.contracts: list[dict[str, Any]] = []
        self.visits: list[dict[str, Any]] = []
        self.visit_skills: list[dict[str, Any]] = []
        self.contacts: list[dict[str, Any]] = []
        self.counters: dict[str, int] = defaultdict(int)
        self.site_pos: dict[int, tuple[float, float, int]] = {}  # id → lat, lon, commune index
        self.techs: list[dict[str, Any]] = []
        self._working_day_cache: dict[date, date] = {}

    # -- reference rows ----------------------------------------------------------------------

    def build(self, session: Session) -> None:
        self.skills = {s.code: s.id for s in session.scalars(select(Skill))}
        self.tiers = {t.name: t for t in session.scalars(select(ContractTier))}
        self._technicians(session)
        self.progress.report(0.05, "Création des clients…", force=True)
        self._customers()
        self.progress.report(0.25, "Création des contrats et de l'historique…", force=True)
        self._contracts_and_history()
        self.progress.report(0.45, "Planification des tournées des prochaines semaines…", force=True)
        self._repair_requests()
        self._book_rounds()
        self._contacts()

    def _technicians(self, session: Session) -> None:
        rng = self.rng
        count = self.options.technicians
        for index in range(count):
            if index < len(TECHNICIANS):
                first, last, colour, skill_codes = TECHNICIANS[index]
            else:
                first = rng.choice(FIRST_NAMES_M + FIRST_NAMES_F)
                last = rng.choice(SURNAMES)
                colour = EXTRA_COLOURS[(index - len(TECHNICIANS)) % len(EXTRA_COLOURS)]
                skill_codes = ("ELEC",) + tuple(rng.sample(("IRVE", "HTA", "PV"), 1))
            tech = Technician(
                first_name=first,
                last_name=last,
                colour=colour,
                email=f"{_ascii(first)}.{_ascii(last)}@elec-annecy.fr",
                phone=_mobile(rng),
                start_label=OFFICE[0],
                start_lat=OFFICE[1],
                start_lon=OFFICE[2],
                end_label=OFFICE[0],
                end_lat=OFFICE[1],
                end_lon=OFFICE[2],
            )
            tech.skills = [session.get(Skill, self.skills[c]) for c in skill_codes]  # type: ignore[misc]
            weekdays = range(5) if index % 5 != 4 else (0, 1, 3, 4)  # one works four days
            tech.shifts = [
                TechnicianShift(weekday=d, starts=time(8, 0), ends=time(18, 0)) for d in weekdays
            ]
            session.add(tech)
            session.flush()
            absences = []
            if index == 1:  # a week of leave soon
                monday = self.today + timedelta(days=7 - self.today.weekday() + 7)
                absences.append((AbsenceKind.LEAVE, monday, monday + timedelta(days=4), "Congés"))
            if index == 2:
                day = self._next_working_day(self.today + timedelta(days=3))
                absences.append((AbsenceKind.TRAINING, day, day, "Formation habilitation"))
            for kind, first_day, last_day, note in absences:
                session.add(
                    Absence(
                        technician_id=tech.id,
                        kind=kind,
                        starts_at=paris_instant(first_day, time(0)),
                        ends_at=paris_instant(last_day + timedelta(days=1), time(0)),
                        note=note,
                    )
                )
            self.techs.append(
                {
                    "id": tech.id,
                    "name": first,
                    "skills": frozenset(skill_codes),
                    "weekdays": frozenset(weekdays),
                    "absent": {
                        first_day + timedelta(days=k)
                        for _, first_day, last_day, _ in absences
                        for k in range((last_day - first_day).days + 1)
                    },
                }
            )
        session.flush()

    # -- customers and sites -----------------------------------------------------------------

    def _customers(self) -> None:
        rng = self.rng
        cumulative = list(itertools.accumulate(c.population for c in self.communes))
        commune_indexes = range(len(self.communes))
        n = self.options.customers
        site_id = 0
        created_base = self.now - timedelta(days=5 * 365)
        for cid in range(1, n + 1):
            is_company = rng.random() < 0.28
            first_pool = FIRST_NAMES_F if rng.random() < 0.5 else FIRST_NAMES_M
            first = rng.choice(first_pool)
            last = rng.choice(SURNAMES)
            if is_company:
                pattern = rng.choice(COMPANY_PATTERNS)
                company = pattern.format(s=last, p=rng.choice(PLACE_NAMES))
                civility = Civility.NONE
            else:
                company = ""
                civility = Civility.MRS if first_pool is FIRST_NAMES_F else Civility.MR
            mobile = _mobile(rng)
            landline = f"+3345{rng.randrange(1_000_000, 9_999_999):07d}" if rng.random() < 0.45 else ""
            if is_company:
                domain = f"{_ascii(company).replace('.', '')[:24]}.fr"
                email = f"contact@{domain}"
            else:
                email = f"{_ascii(first)}.{_ascii(last)}{rng.randrange(1, 99) if rng.random() < 0.4 else ''}@{rng.choice(EMAIL_DOMAINS)}"
            if rng.random() < 0.06:
                email = ""
            created = created_base + timedelta(minutes=rng.randrange(0, 5 * 365 * 24 * 60))
            self.customers.append(
                {
                    "id": cid,
                    "kind": CustomerKind.COMPANY if is_company else CustomerKind.PERSON,
                    "civility": civility,
                    "last_name": "" if is_company else last,
                    "first_name": "" if is_company else first,
                    "company_name": company,
                    "phone": landline if not is_company else f"+3345{rng.randrange(1_000_000, 9_999_999):07d}",
                    "mobile": mobile if (not is_company or rng.random() < 0.5) else "",
                    "email": email,
                    "email_secondary": "",
                    "notes": "",
                    "consent_email": bool(email) and rng.random() < 0.92,
                    "consent_sms": rng.random() < 0.55,
                    "consent_marketing": rng.random() < 0.2,
                    "consent_updated_at": created,
                    "anonymised_at": None,
                    "version": 1,
                    "created_at": created,
                    "updated_at": created,
                }
            )
            for _ in range(1 if not is_company or rng.random() < 0.8 else rng.randint(2, 3)):
                site_id += 1
                commune_index = rng.choices(commune_indexes, cum_weights=cumulative)[0]
                commune = self.communes[commune_index]
                spread = 0.35 + 0.006 * math.sqrt(commune.population)
                lat = commune.lat + rng.gauss(0, spread) / 111.0
                lon = commune.lon + rng.gauss(0, spread) / (111.0 * math.cos(math.radians(commune.lat)))
                review = rng.random() < 0.03
                if review:
                    lat, lon = commune.lat, commune.lon
                self.site_pos[site_id] = (lat, lon, commune_index)
                self.sites.append(
                    {
                        "id": site_id,
                        "customer_id": cid,
                        "label": "" if site_id == 1 or not is_company else rng.choice(("Entrepôt", "Magasin", "Bureaux", "Atelier")),
                        "address": f"{rng.randint(1, 180)} {rng.choice(STREETS)}",
                        "address_extra": "",
                        "postcode": commune.postcode,
                        "city": commune.name,
                        "insee_code": commune.insee,
                        "latitude": round(lat, 6),
                        "longitude": round(lon, 6),
                        "geocode_precision": GeocodePrecision.MUNICIPALITY if review else GeocodePrecision.HOUSENUMBER,
                        "geocode_source": "démo",
                        "geocode_score": 0.45 if review else round(rng.uniform(0.82, 0.99), 2),
                        "needs_review": review,
                        "geocoded_at": created,
                        "access_notes": rng.choice(ACCESS_NOTES) if rng.random() < 0.25 else "",
                        "phone": "",
                        "zone_id": None,
                        "version": 1,
                        "created_at": created,
                        "updated_at": created,
                    }
                )
            if cid % 5000 == 0:
                self.progress.step(cid, n * 4, "Création des clients…")

    # -- contracts and what happened on them -------------------------------------------------

    def _contracts_and_history(self) -> None:
        rng = self.rng
        tiers = [(self.tiers["Bronze"], 0.5), (self.tiers["Argent"], 0.35), (self.tiers["Or"], 0.15)]
        first_site: dict[int, int] = {}
        for s in self.sites:
            first_site.setdefault(s["customer_id"], s["id"])
        self.slot_load: dict[tuple[int, date], int] = defaultdict(int)
        contract_id = 0
        today = self.today
        history_start = today - timedelta(days=2 * 365)
        for customer in self.customers:
            if rng.random() > 0.62:
                continue
            contract_id += 1
            roll = rng.random()
            tier = tiers[0][0] if roll < 0.5 else tiers[1][0] if roll < 0.85 else tiers[2][0]
            start = today - timedelta(days=rng.randrange(20, 4 * 365))
            tacit = rng.random() < 0.85
            # Renewed yearly up to the period that contains today (or ended).
            period_start = start
            while contract_period_end(period_start) < today and (tacit or period_start == start):
                next_start = add_months(period_start, 12)
                if not tacit:
                    break
                period_start = next_start
            end = contract_period_end(period_start)
            status = ContractStatus.ACTIVE if end >= today else ContractStatus.ENDED
            if status is ContractStatus.ACTIVE and rng.random() < 0.02:
                status = ContractStatus.CANCELLED
            year = start.year
            self.counters[f"C-{year}"] += 1
            site_id = first_site[customer["id"]]
            self.contracts.append(
                {
                    "id": contract_id,
                    "number": format_number("C", year, self.counters[f"C-{year}"], 4),
                    "customer_id": customer["id"],
                    "site_id": site_id,
                    "tier_id": tier.id,
                    "status": status,
                    "signed_on": start - timedelta(days=rng.randrange(0, 20)),
                    "start_date": start,
                    "end_date": end,
                    "tacit_renewal": tacit,
                    "notice_days": 30,
                    "yearly_price_cents": None,
                    "cancelled_on": today - timedelta(days=rng.randrange(1, 60)) if status is ContractStatus.CANCELLED else None,
                    "notes": "",
                    "version": 1,
                    "created_at": paris_instant(start, time(10, 0)),
                    "updated_at": paris_instant(start, time(10, 0)),
                }
            )
            # Visits of every contract year up to the current one.
            p = start
            while p <= end:
                for index, window in enumerate(visit_due_windows(p, tier.visits_per_year), start=1):
                    summary = f"Entretien {tier.name} — visite {index}/{tier.visits_per_year}"
                    if window.due_until < history_start:
                        continue  # older history is not kept in the demo
                    if window.due_until < today:
                        if status is ContractStatus.CANCELLED and window.due_from > today - timedelta(days=60):
                            continue
                        if window.due_until >= today - timedelta(days=40) and rng.random() < 0.12:
                            self._visit(customer["id"], site_id, contract_id, tier.visit_duration_min, summary, window.due_from, window.due_until)
                        else:
                            self._past_visit(customer["id"], site_id, contract_id, tier.visit_duration_min, summary, window.due_from, window.due_until)
                    elif status is ContractStatus.ACTIVE:
                        self._visit(customer["id"], site_id, contract_id, tier.visit_duration_min, summary, window.due_from, window.due_until)
                p = add_months(p, 12)
            if contract_id % 2000 == 0:
                self.progress.report(0.25 + 0.2 * customer["id"] / len(self.customers), "Création des contrats et de l'historique…")
                self.progress.check()

    def _new_visit_number(self, year: int) -> str:
        self.counters[f"I-{year}"] += 1
        return format_number("I", year, self.counters[f"I-{year}"])

    def _visit(
        self, customer_id: int, site_id: int, contract_id: int | None, duration: int, summary: str,
        due_from: date | None, due_until: date | None, kind: VisitKind = VisitKind.MAINTENANCE,
        skill: str | None = None, priority: int = 0,
    ) -> dict[str, Any]:
        visit_id = len(self.visits) + 1
        year = (due_from or self.today).year
        row = {
            "id": visit_id,
            "number": self._new_visit_number(year),
            "kind": kind,
            "status": VisitStatus.TO_PLAN,
            "customer_id": customer_id,
            "site_id": site_id,
            "contract_id": contract_id,
            "summary": summary,
            "due_from": due_from,
            "due_until": due_until,
            "technician_id": None,
            "planned_start": None,
            "planned_end": None,
            "promised_from": None,
            "promised_until": None,
            "duration_min": duration,
            "actual_start": None,
            "actual_end": None,
            "priority": priority,
            "locked": False,
            "booked_at": None,
            "cancel_reason": "",
            "notes": "",
            "version": 1,
            "created_at": self.now if due_from is None else min(self.now, paris_instant(due_from, time(9, 0)) - timedelta(days=30)),
            "updated_at": self.now,
        }
        self.visits.append(row)
        if skill:
            self.visit_skills.append({"visit_id": visit_id, "skill_id": self.skills[skill]})
        return row

    def _past_visit(self, customer_id: int, site_id: int, contract_id: int, duration: int, summary: str, due_from: date, due_until: date) -> None:
        rng = self.rng
        row = self._visit(customer_id, site_id, contract_id, duration, summary, due_from, due_until)
        span = (due_until - due_from).days
        day = due_from
        tech = self.techs[0]
        for _ in range(6):
            day = self._next_working_day(due_from + timedelta(days=rng.randint(0, max(span, 0))))
            tech = rng.choice(self.techs)
            if self.slot_load[(tech["id"], day)] < 420:
                break
        offset = self.slot_load[(tech["id"], day)] % 480
        self.slot_load[(tech["id"], day)] += duration + 35
        start_min = 8 * 60 + 20 + offset
        if start_min >= 12 * 60:
            start_min += 60
        planned = paris_instant(day, time(min(start_min // 60, 17), start_min % 60))
        end = planned + timedelta(minutes=duration)
        late = rng.choice((-10, -5, 0, 5, 10, 20, 35)) if rng.random() < 0.6 else 0
        age = (self.today - day).days
        status = VisitStatus.INVOICED if age > 45 else VisitStatus.REPORTED if age > 7 else VisitStatus.DONE
        row.update(
            status=status,
            technician_id=tech["id"],
            planned_start=planned,
            planned_end=end,
            promised_from=planned - timedelta(minutes=planned.minute % 30 + 30),
            promised_until=planned - timedelta(minutes=planned.minute % 30 + 30) + timedelta(hours=2),
            actual_start=planned + timedelta(minutes=late),
            actual_end=end + timedelta(minutes=late + rng.choice((0, 0, 5, 10, 30))),
            booked_at=planned - timedelta(days=rng.randint(3, 30)),
            updated_at=end,
        )

    def _repair_requests(self) -> None:
        """Customers who called for a repair or an installation, to plan in the coming days."""
        rng = self.rng
        count = max(4, min(len(self.customers) // 12, 40 * len(self.techs)))
        by_customer: dict[int, int] = {}
        for s in self.sites:
            by_customer.setdefault(s["customer_id"], s["id"])
        for _ in range(count):
            customer = rng.choice(self.customers)
            label, duration, skill = rng.choice(REPAIRS)
            due_from = self.today + timedelta(days=rng.randint(0, 3))
            due_until = due_from + timedelta(days=rng.randint(1, 10))
            self._visit(
                customer["id"], by_customer[customer["id"]], None, duration, label, due_from,
                due_until, kind=VisitKind.REPAIR, skill=skill, priority=1 if "défaut" in label or "saute" in label else 0,
            )

    # -- the coming weeks' rounds ------------------------------------------------------------

    def _next_working_day(self, day: date) -> date:
        found = self._working_day_cache.get(day)
        if found is None:
            found = day
            while found.weekday() >= 5 or found in self.holidays:
                found += timedelta(days=1)
            self._working_day_cache[day] = found
        return found

    def _book_rounds(self) -> None:
        """Lay out the next three weeks of rounds: dense this week, lighter further ahead.

        A round starts in a commune picked by population and gathers due visits from the nearest
        communes; when none is due nearby, a repair call from a customer of the area fills the
        slot, as happens every day in the office.
        """
        rng = self.rng
        skill_codes = {v: k for k, v in self.skills.items()}
        skills_of: dict[int, set[str]] = defaultdict(set)
        for vs in self.visit_skills:
            skills_of[vs["visit_id"]].add(skill_codes[vs["skill_id"]])
        by_commune: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for v in self.visits:
            if v["status"] is VisitStatus.TO_PLAN and v["due_until"] and v["due_until"] >= self.today:
                by_commune[self.site_pos[v["site_id"]][2]].append(v)
        sites_by_commune: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for site in self.sites:
            sites_by_commune[self.site_pos[site["id"]][2]].append((site["customer_id"], site["id"]))
        near = [
            sorted(
                range(len(self.communes)),
                key=lambda j, a=a: _km(a.lat, a.lon, self.communes[j].lat, self.communes[j].lon),
            )[:8]
            for a in self.communes
        ]
        cumulative = list(itertools.accumulate(c.population for c in self.communes))
        days: list[date] = []
        day = self._next_working_day(self.today + timedelta(days=1))
        while len(days) < BOOKING_DAYS:
            days.append(day)
            day = self._next_working_day(day + timedelta(days=1))
        # Then today and the last working days, laid out the same way (after the weeks ahead, so
        # that those stay what they were): the rounds the technicians have just driven.
        past: list[date] = []
        day = self.today
        while len(past) < PAST_ROUND_DAYS + 1:
            if day.weekday() < 5 and day not in self.holidays:
                past.append(day)
            day -= timedelta(days=1)
        indexes = [*range(len(days)), *(-1 - i for i in range(len(past)))]
        days += past
        self.booked = 0
        for step, (day_index, day) in enumerate(zip(indexes, days, strict=True)):
            fill = 0.95 if day_index < 5 else 0.7 if day_index < 10 else 0.4
            for tech in rng.sample(self.techs, len(self.techs)):
                if day.weekday() not in tech["weekdays"] or day in tech["absent"]:
                    continue
                here = rng.choices(range(len(self.communes)), cum_weights=cumulative)[0]
                lat, lon = OFFICE[1], OFFICE[2]
                clock_min = 8 * 60
                lunch_done = False
                limit = min(18 * 60, 8 * 60 + int(600 * fill))
                stops: list[tuple[dict[str, Any], int]] = []
                while True:
                    candidate = self._due_near(by_commune, near[here], day, tech, skills_of)
                    call = None
                    if candidate is None:
                        call = self._repair_call(sites_by_commune, near[here], tech)
                        if call is None:
                            break
                        site_id, duration = call[1], call[3]
                    else:
                        site_id, duration = candidate["site_id"], candidate["duration_min"]
                    vlat, vlon, commune_index = self.site_pos[site_id]
                    travel = _drive_minutes(lat, lon, vlat, vlon)
                    arrival = _round5(clock_min + travel)
                    if not lunch_done and arrival + duration > 13 * 60:
                        clock_min = max(clock_min, 12 * 60) + 60
                        lunch_done = True
                        arrival = _round5(clock_min + travel)
                    back = _drive_minutes(vlat, vlon, OFFICE[1], OFFICE[2])
                    if arrival + duration + back > limit:
                        break
                    if call is not None:
                        customer_id, site_id, label, duration, skill = call
                        candidate = self._visit(
                            customer_id, site_id, None, duration, label, min(self.today, day), day,
                            kind=VisitKind.REPAIR, skill=skill,
                        )
                    else:
                        by_commune[commune_index].remove(candidate)
                    stops.append((candidate, arrival))
                    clock_min = arrival + duration
                    lat, lon, here = vlat, vlon, commune_index
                if len(stops) >= 3 and day_index < 10 and rng.random() < CALL_ORDER_SHARE:
                    # Booked in the order the calls came, as the office does today: the round
                    # zig-zags, which the weekly optimisation then straightens.
                    stops = self._in_call_order([visit for visit, _ in stops], limit) or stops
                for visit, arrival in stops:
                    self._book(visit, tech, day, arrival, day_index)
                    self.booked += 1
            self.progress.report(
                0.45 + 0.1 * (step + 1) / len(days),
                "Planification des tournées des prochaines semaines…",
            )

    def _in_call_order(self, visits: list[dict[str, Any]], limit: int) -> list[tuple[dict[str, Any], int]] | None:
        """The same visits in a shuffled order with their arrival times, or None if it overruns the day."""
        order = self.rng.sample(visits, len(visits))
        lat, lon = OFFICE[1], OFFICE[2]
        clock_min, lunch_done, timed = 8 * 60, False, []
        for visit in order:
            vlat, vlon, _ = self.site_pos[visit["site_id"]]
            travel = _drive_minutes(lat, lon, vlat, vlon)
            arrival = _round5(clock_min + travel)
            if not lunch_done and arrival + visit["duration_min"] > 13 * 60:
                clock_min = max(clock_min, 12 * 60) + 60
                lunch_done = True
                arrival = _round5(clock_min + travel)
            timed.append((visit, arrival))
            clock_min = arrival + visit["duration_min"]
            lat, lon = vlat, vlon
        back = _drive_minutes(lat, lon, OFFICE[1], OFFICE[2])
        return timed if clock_min + back <= max(limit, 17 * 60 + 30) else None

    @staticmethod
    def _due_near(
        by_commune: dict[int, list[dict[str, Any]]],
        communes: list[int],
        day: date,
        tech: dict[str, Any],
        skills_of: dict[int, set[str]],
    ) -> dict[str, Any] | None:
        for commune_index in communes:
            options = [
                v for v in by_commune.get(commune_index, ())
                if v["due_from"] <= day <= v["due_until"] and skills_of[v["id"]] <= tech["skills"]
            ]
            if options:
                return min(options, key=lambda v: (v["due_until"], -v["priority"]))
        return None

    def _repair_call(
        self,
        sites_by_commune: dict[int, list[tuple[int, int]]],
        communes: list[int],
        tech: dict[str, Any],
    ) -> tuple[int, int, str, int, str | None] | None:
        """A customer of the area calling for a repair this technician can do."""
        rng = self.rng
        pool = [site for c in communes[:3] for site in sites_by_commune.get(c, ())]
        repairs = [r for r in REPAIRS if r[2] is None or r[2] in tech["skills"]]
        if not pool or not repairs:
            return None
        customer_id, site_id = rng.choice(pool)
        label, duration, skill = rng.choice(repairs)
        return customer_id, site_id, label, duration, skill

    def _book(self, visit: dict[str, Any], tech: dict[str, Any], day: date, arrival: int, day_index: int) -> None:
        rng = self.rng
        start = paris_instant(day, time(arrival // 60, arrival % 60))
        window_start = max(8 * 60, (arrival - 30) // 30 * 30)
        promised = paris_instant(day, time(window_start // 60, window_start % 60))
        end = start + timedelta(minutes=visit["duration_min"])
        booked_at = min(self.now, start) - timedelta(days=rng.randint(1, 20), minutes=rng.randint(0, 600))
        visit.update(
            status=VisitStatus.CONFIRMED if day_index < 2 else VisitStatus.BOOKED,
            technician_id=tech["id"],
            planned_start=start,
            planned_end=end,
            promised_from=promised,
            promised_until=promised + timedelta(hours=2),
            booked_at=booked_at,
            created_at=min(visit["created_at"], booked_at),
            updated_at=booked_at,
        )
        if end <= self.now:  # driven already: done, with the times the technician noted
            late = rng.choice((-10, -5, 0, 0, 5, 10, 20)) if rng.random() < 0.6 else 0
            visit.update(
                status=VisitStatus.DONE,
                actual_start=start + timedelta(minutes=late),
                actual_end=end + timedelta(minutes=late + rng.choice((0, 0, 5, 10, 30))),
                updated_at=end,
            )

    def _contacts(self) -> None:
        rng = self.rng
        horizon = self.now - timedelta(days=365)
        contact_id = 0
        for v in self.visits:
            booked_at = v["booked_at"]
            if booked_at is None or booked_at < horizon:
                continue
            contact_id += 1
            self.contacts.append(
                {
                    "id": contact_id,
                    "customer_id": v["customer_id"],
                    "at": booked_at,
                    "channel": ContactChannel.PHONE_IN if rng.random() < 0.7 else ContactChannel.PHONE_OUT,
                    "reason": ContactReason.BOOKING,
                    "note": f"RDV pris pour le {v['planned_start'].astimezone(PARIS):%d/%m à %Hh%M}",
                    "author": "assistante",
                    "visit_id": v["id"],
                }
            )
        for customer in rng.sample(self.customers, max(1, len(self.customers) // 25)):
            contact_id += 1
            reason = rng.choice((ContactReason.QUESTION, ContactReason.QUOTE_REQUEST, ContactReason.COMPLAINT, ContactReason.RESCHEDULE))
            notes = {
                ContactReason.QUESTION: "Demande le prix du passage au contrat Or",
                ContactReason.QUOTE_REQUEST: "Souhaite un devis pour une borne de recharge",
                ContactReason.COMPLAINT: "Technicien arrivé en retard lors de la dernière visite",
                ContactReason.RESCHEDULE: "Demande à décaler la visite, rappeler la semaine prochaine",
            }
            self.contacts.append(
                {
                    "id": contact_id,
                    "customer_id": customer["id"],
                    "at": self.now - timedelta(days=rng.randint(1, 200), minutes=rng.randint(0, 600)),
                    "channel": ContactChannel.PHONE_IN,
                    "reason": reason,
                    "note": notes[reason],
                    "author": "assistante",
                    "visit_id": None,
                }
            )

    # -- zones -------------------------------------------------------------------------------

    def zones(self, session: Session) -> None:
        """Zones balanced by workload (one per technician) and the zone-days, as the manager would
        compute them in « Zones »: slot reasons and the weekly optimisation then use them."""
        self.progress.report(0.55, "Calcul des zones…", force=True)
        tiers = {t.id: t for t in self.tiers.values()}
        hours: dict[int, float] = defaultdict(float)
        for c in self.contracts:
            if c["status"] is ContractStatus.ACTIVE:
                tier = tiers[c["tier_id"]]
                hours[c["site_id"]] += tier.visits_per_year * tier.visit_duration_min / 60
        for v in self.visits:
            if v["contract_id"] is None and v["status"] in OPEN_STATUSES:
                hours[v["site_id"]] += v["duration_min"] / 60
        points = [SitePoint(s["id"], s["latitude"], s["longitude"], s["city"], hours.get(s["id"], 0.0)) for s in self.sites]
        planned = plan_zones(points, suggested_zone_count(len(self.techs), len(points)))
        zone_of: dict[int, int] = {}
        workloads: dict[int, float] = {}
        for zone in planned:
            record = Zone(name=zone.name, colour=zone.colour, centre_lat=round(zone.centre[0], 6),
                          centre_lon=round(zone.centre[1], 6))
            session.add(record)
            session.flush()
            workloads[record.id] = zone.hours
            zone_of.update(dict.fromkeys(zone.site_ids, record.id))
        for site in self.sites:
            site["zone_id"] = zone_of.get(site["id"])
        proposal = propose_days(workloads, {t["id"]: t["weekdays"] for t in self.techs})
        session.add_all(
            ZoneDay(technician_id=technician_id, weekday=weekday, zone_id=zone_id)
            for (technician_id, weekday), zone_id in sorted(proposal.items())
        )
        session.flush()
        self.zone_count = len(planned)

    # -- writing -----------------------------------------------------------------------------

    def insert(self, session: Session, dialect: str) -> None:
        connection = session.connection()
        batches = (
            (Customer.__table__, self.customers, "clients"),
            (Site.__table__, self.sites, "sites"),
            (Contract.__table__, self.contracts, "contrats"),
            (Visit.__table__, self.visits, "interventions"),
            (visit_skill, self.visit_skills, "compétences requises"),
            (ContactLog.__table__, self.contacts, "contacts"),
        )
        total = sum(len(rows) for _, rows, _ in batches) or 1
        done = 0
        chunk = 20000
        for table, rows, label in batches:
            columns = [c.name for c in table.columns]
            for start in range(0, len(rows), chunk):
                part = rows[start : start + chunk]
                bulk_insert(connection, table, part, columns)
                done += len(part)
                self.progress.report(0.55 + 0.45 * done / total, f"Enregistrement des {label}…")
                self.progress.check()
        if self.counters:
            connection.execute(
                insert(Counter.__table__),
                [{"name": k, "value": v} for k, v in sorted(self.counters.items())],
            )
        if dialect == "postgresql":
            for table in (Customer, Site, Contract, Visit, ContactLog):
                name = table.__tablename__
                connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"COALESCE((SELECT max(id) FROM {name}), 0) + 1, false)"
                )

    def summary(self, seconds: float, counts: dict[str, int]) -> DemoSummary:
        return DemoSummary(
            customers=len(self.customers),
            sites=len(self.sites),
            contracts=len(self.contracts),
            technicians=len(self.techs),
            visits=counts["visits"],
            booked=counts["booked"],
            to_plan=counts["to_plan"],
            contacts=counts["contacts"],
            seconds=seconds,
            zones=getattr(self, "zone_count", 0),
        )


def _mobile(rng: random.Random) -> str:
    """A metropolitan mobile number (06 9x and 07 0x–07 4x belong to overseas or are unused)."""
    prefix = rng.choice(("6" + str(rng.randint(0, 8)), "7" + str(rng.randint(5, 8))))
    return f"+33{prefix}{rng.randrange(0, 10_000_000):07d}"


def _ascii(text_value: str) -> str:
    from planner.domain.text import fold

    return fold(text_value).replace(" ", "-")
