"""Reference data every company starts with: the three contract tiers, the usual skills and a
service catalogue of common electrical jobs.

Created on first start when missing; the company edits them afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from planner.db.database import Database
from planner.db.models import CatalogueItem, ContractTier, Skill

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


#: Common electrical jobs (code, label, unit, price excluding VAT in cents, VAT in basis points).
#: 10 % for work in dwellings over two years old, 5,5 % for energy-saving equipment, 20 % else.
DEFAULT_CATALOGUE = (
    ("TAB-4M", "Remplacement tableau 4 modules", "u", 38000, 1000, "Tableaux"),
    ("TAB-13M", "Remplacement tableau 1 rangée (13 modules) précâblé", "u", 69000, 1000, "Tableaux"),
    ("TAB-2R", "Remplacement tableau 2 rangées (26 modules) précâblé", "u", 125000, 1000, "Tableaux"),
    ("DIFF-30", "Interrupteur différentiel 30 mA type A 40 A, fourni posé", "u", 14500, 1000, "Protection"),
    ("DISJ", "Disjoncteur divisionnaire, fourni posé", "u", 3800, 1000, "Protection"),
    ("PARAF", "Parafoudre de tableau, fourni posé", "u", 21000, 1000, "Protection"),
    ("TERRE", "Mise à la terre : piquet, conducteur et barrette de mesure", "u", 32000, 1000, "Protection"),
    ("MISE-SEC", "Mise en sécurité du tableau (repérage, serrage, obturateurs)", "forfait", 24000, 1000, "Protection"),
    ("PRISE", "Prise de courant 16 A supplémentaire, fournie posée", "u", 8500, 1000, "Équipement"),
    ("PRISE-EXT", "Prise extérieure étanche IP55, fournie posée", "u", 12500, 1000, "Équipement"),
    ("ECL-EXT", "Point lumineux extérieur avec détecteur, fourni posé", "u", 16500, 1000, "Équipement"),
    ("BAES", "Bloc autonome d'éclairage de sécurité, fourni posé", "u", 11000, 2000, "Équipement"),
    ("PROG-CH", "Programmateur de chauffage électrique (fil pilote), fourni posé", "u", 39000, 550, "Énergie"),
    ("DELEST", "Délesteur / gestionnaire d'énergie, fourni posé", "u", 45000, 550, "Énergie"),
    ("IRVE-7", "Borne de recharge 7 kW (IRVE), fournie posée avec protection dédiée", "u", 145000, 550, "Énergie"),
    ("DIAG", "Diagnostic de l'installation électrique avec rapport", "forfait", 18000, 2000, "Services"),
    ("THERMO", "Thermographie infrarouge du tableau", "forfait", 15000, 2000, "Services"),
    ("MO-H", "Main-d'œuvre électricien (heure)", "h", 6500, 2000, "Services"),
    ("DEPL", "Déplacement", "forfait", 4500, 2000, "Services"),
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
        if not session.scalar(select(func.count()).select_from(CatalogueItem)):
            session.add_all(
                CatalogueItem(
                    code=code, label=label, unit=unit, unit_price_cents=price, vat_rate_bp=vat,
                    category=category, sort_order=index,
                )
                for index, (code, label, unit, price, vat, category) in enumerate(DEFAULT_CATALOGUE)
            )
            added = True
        return added
