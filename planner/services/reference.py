"""Reference data every company starts with: the three contract tiers and the usual skills.

Created on first start when missing; the company edits them afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from planner.db.database import Database
from planner.db.models import ContractTier, Skill

DEFAULT_SKILLS = (
    ("ELEC", "Électricité générale"),
    ("IRVE", "Bornes de recharge (IRVE)"),
    ("HTA", "Postes haute tension (HTA)"),
    ("PV", "Photovoltaïque"),
)

_BRONZE_CHECKS = (
    "Contrôle visuel du tableau électrique",
    "Test des dispositifs différentiels (bouton test)",
    "Mesure de la résistance de la prise de terre",
    "Contrôle des prises et interrupteurs des pièces d'eau",
)
_ARGENT_CHECKS = _BRONZE_CHECKS + (
    "Serrage des connexions du tableau",
    "Mesure d'isolement des circuits",
    "Contrôle du parafoudre",
)
_OR_CHECKS = _ARGENT_CHECKS + (
    "Thermographie infrarouge du tableau",
    "Contrôle de l'éclairage de sécurité",
    "Relevé et analyse des consommations",
    "Préconisations chiffrées",
)


@dataclass(frozen=True, slots=True)
class DefaultTier:
    name: str
    visits_per_year: int
    visit_duration_min: int
    yearly_price_cents: int
    checklist: tuple[str, ...]


DEFAULT_TIERS = (
    DefaultTier("Or", 3, 120, 59000, _OR_CHECKS),
    DefaultTier("Argent", 2, 90, 39000, _ARGENT_CHECKS),
    DefaultTier("Bronze", 1, 60, 19000, _BRONZE_CHECKS),
)


def ensure_reference_data(db: Database) -> bool:
    """Create the default tiers and skills in an empty database; True if anything was added."""
    with db.write() as session:
        added = False
        if not session.scalar(select(func.count()).select_from(Skill)):
            session.add_all(Skill(code=code, name=name) for code, name in DEFAULT_SKILLS)
            added = True
        if not session.scalar(select(func.count()).select_from(ContractTier)):
            session.add_all(
                ContractTier(
                    name=t.name,
                    visits_per_year=t.visits_per_year,
                    visit_duration_min=t.visit_duration_min,
                    yearly_price_cents=t.yearly_price_cents,
                    checklist=list(t.checklist),
                    sort_order=index,
                )
                for index, t in enumerate(DEFAULT_TIERS)
            )
            added = True
        return added
