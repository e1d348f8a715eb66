"""Documents to print in the tests: realistic, with every accent and symbol that must survive."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from planner.reports.documents import (
    ChecklistResult,
    CompanyHeader,
    DaySheetData,
    FoundAnomaly,
    LetterData,
    LetterParagraph,
    OpenAnomaly,
    Party,
    PastVisit,
    QuoteData,
    QuoteLine,
    ReportData,
    Stop,
    UsedPart,
    WorkOrderData,
)

DAY = date(2026, 11, 24)  # a Tuesday
#: 08:00 UTC = 09:00 in Paris in November.
NINE = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)

COMPANY = CompanyHeader(
    name="Électricité Sévrier & Fils",
    address="12 route d'Annecy, 74320 Sévrier",
    phone="04 50 52 40 00",
    email="contact@elec-sevrier.fr",
    siret="12345678900012",
)

CHECKLIST = (
    "Contrôle du tableau électrique et serrage des bornes",
    "Essai des dispositifs différentiels (30 mA)",
    "Mesure de la prise de terre",
    "Vérification des prises et interrupteurs",
    "Contrôle de l'éclairage de sécurité",
    "Relevé des consommations",
)


def work_order(index: int = 0, *, checklist: tuple[str, ...] = CHECKLIST) -> WorkOrderData:
    start = NINE + timedelta(minutes=90 * index)
    return WorkOrderData(
        number=f"I-2026-{42 + index:05d}",
        kind="Entretien",
        summary="Visite d'entretien annuelle — chaufferie et tableau général",
        customer=Party(
            name=f"GRÉGOIRE Françoise {index}" if index else "GRÉGOIRE Françoise",
            address_lines=("7 chemin des Œillets", "74000 Annecy"),
            phones=("06 12 34 56 78", "04 50 45 12 34"),
            email="francoise.gregoire@example.fr",
        ),
        site_label="Maison principale",
        site_address=("7 chemin des Œillets", "Bâtiment B, 2e étage", "74000 Annecy"),
        site_phone="04 50 45 12 34",
        access_notes="Digicode 4821 ; chien dans le jardin, sonner deux fois. Clé chez la voisine (Mme Çelik).",
        technician="Gaëtan Lefèvre",
        planned_start=start,
        planned_end=start + timedelta(minutes=90),
        promised_from=start - timedelta(minutes=30),
        promised_until=start + timedelta(minutes=90),
        duration_min=90,
        contract_number="C-2026-00017",
        tier="Or",
        checklist=checklist,
        skills=("ELEC",),
        notes="Prévoir l'échelle de 3 m pour l'éclairage extérieur.",
        last_visit=PastVisit(date(2025, 11, 18), "Gaëtan Lefèvre", "Entretien annuel"),
        open_anomalies=(
            OpenAnomaly("Différentiel 30 mA du circuit cuisine qui déclenche sans raison", "major", date(2025, 11, 18)),
        ),
    )


def day_sheet() -> DaySheetData:
    points = [(45.8992, 6.1294), (45.8650, 6.0920), (45.9237, 6.1428), (45.8566, 6.1743)]
    cities = ["Annecy", "Seynod", "Annecy-le-Vieux", "Sévrier"]
    stops = []
    for index, (point, city) in enumerate(zip(points, cities, strict=True)):
        arrival = NINE + timedelta(minutes=105 * index)
        stops.append(Stop(
            number=f"I-2026-{42 + index:05d}",
            customer=f"Client n° {index + 1} — Müller & Cœur",
            address=f"{index + 3} rue de la Paix, 74000 {city}",
            city=city,
            summary="Entretien annuel",
            tier="Or",
            phone="06 12 34 56 78",
            access_notes="Digicode 4821" if index == 1 else "",
            arrival=arrival,
            departure=arrival + timedelta(minutes=90),
            promised_from=arrival - timedelta(minutes=30),
            promised_until=arrival + timedelta(minutes=90),
            drive_s=600 + 120 * index,
            point=point,
        ))
    return DaySheetData(
        technician="Gaëtan Lefèvre",
        day=DAY,
        stops=tuple(stops),
        start_label="Dépôt, 12 route d'Annecy, Sévrier",
        start_point=(45.8649, 6.1394),
        end_label="Dépôt, 12 route d'Annecy, Sévrier",
        end_point=(45.8649, 6.1394),
        return_drive_s=900,
        hours=("08:00–12:00", "13:30–17:30"),
        lunch="pause déjeuner 1 h entre 12:00 et 14:00",
    )


def quote() -> QuoteData:
    return QuoteData(
        number="D-2026-00007",
        issued_on=date(2026, 11, 23),
        valid_until=date(2026, 12, 23),
        customer=Party("SCI Les Œillets", ("M. Jérôme Bœuf", "15 avenue de Genève", "74000 Annecy"),
                       ("04 50 45 12 34",), "gerance@oeillets.fr"),
        subject="Remplacement du tableau électrique",
        site_address=("15 avenue de Genève", "74000 Annecy"),
        lines=(
            QuoteLine("Tableau électrique 3 rangées pré-équipé", Decimal("1"), 48990, 1000),
            QuoteLine("Disjoncteur différentiel 30 mA type A", Decimal("3"), 8633, 1000),
            QuoteLine("Main-d'œuvre électricien", Decimal("3.5"), 5833, 1000, "h"),
            QuoteLine("Câble R2V 3G2,5 (au mètre)", Decimal("12.5"), 187, 2000, "m"),
            QuoteLine("Déplacement", Decimal("1"), 3500, 2000),
            QuoteLine("Isolation des combles — mise en conformité", Decimal("1"), 12345, 550),
        ),
        conditions=("Prix en euros, valables jusqu'à la date de validité du devis.",
                    "Acompte de 30 % à la commande, solde à réception de la facture."),
        author="Gaëtan Lefèvre",
    )


def report() -> ReportData:
    return ReportData(
        number="I-2026-00042",
        kind="Entretien",
        customer=Party("GRÉGOIRE Françoise", ("7 chemin des Œillets", "74000 Annecy")),
        site_address=("7 chemin des Œillets", "74000 Annecy"),
        arrival=NINE + timedelta(minutes=7),
        departure=NINE + timedelta(minutes=7 + 85),
        technician="Gaëtan Lefèvre",
        summary="Visite d'entretien annuelle",
        tier="Or",
        contract_number="C-2026-00017",
        checklist=(
            ChecklistResult(CHECKLIST[0], True),
            ChecklistResult(CHECKLIST[1], False, "Déclenchement à 41 mA"),
            ChecklistResult(CHECKLIST[2], True, "38 Ω"),
            ChecklistResult(CHECKLIST[4], None),
        ),
        observations="Tableau dépoussiéré, bornes resserrées. Le différentiel cuisine est à remplacer.",
        anomalies=(FoundAnomaly("Différentiel 30 mA défectueux (déclenche à 41 mA)", "danger", "Devis D-2026-00007 demandé"),),
        parts=(UsedPart("Fusible 10 A", Decimal(2)), UsedPart("Gaine ICTA 20 mm", Decimal("2.5"), "m")),
        satisfaction=4,
        satisfaction_comment="Très bien, technicien ponctuel.",
    )


def letter() -> LetterData:
    """The renewal notice of a contract, as the office prints it."""
    return LetterData(
        recipient=("Madame Françoise GRÉGOIRE", "Bâtiment B, 2e étage", "7 chemin des Œillets", "74000 ANNECY"),
        day=date(2026, 12, 2),
        place="Sévrier",
        subject="Votre contrat d'entretien C-2026-00017 : reconduction au 1er janvier 2027",
        salutation="Madame,",
        references=(("Contrat n°", "C-2026-00017"), ("Formule", "Or")),
        paragraphs=(
            LetterParagraph("Votre contrat d'entretien n° C-2026-00017 (formule Or) pour 7 chemin des Œillets, "
                            "74000 Annecy arrive au terme de sa période le 31 décembre 2026."),
            LetterParagraph("Sauf refus de votre part, il sera reconduit tacitement pour un an, du 1er janvier 2027 "
                            "au 31 décembre 2027, au tarif annuel de 189,00 €."),
            LetterParagraph("DATE LIMITE DE NON-RECONDUCTION : 1er décembre 2026", highlight=True),
            LetterParagraph("Si vous ne souhaitez pas que votre contrat soit reconduit, il vous suffit de nous le faire "
                            "savoir au plus tard le 1er décembre 2026, par courrier, par e-mail ou par téléphone."),
            LetterParagraph("Ce courrier vous est adressé en application de l'article L215-1 du Code de la consommation."),
            LetterParagraph("Nous restons à votre disposition pour toute question."),
        ),
        signatory="Électricité Sévrier & Fils",
        signatory_title="Le service clients",
        title="Préavis de reconduction C-2026-00017",
    )
