"""Recognising the columns people name in their own way (no database)."""

from __future__ import annotations

import pytest

from planner.services.importing import detect_columns, match_header, parse_date


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Nom", "last_name"), ("Prénom", "first_name"), ("Société", "company_name"), ("CP", "postcode"),
        ("Tél.", "phone"), ("Portable", "mobile"), ("E-mail", "email"), ("Adresse mail", "email"),
        ("Contrat/Formule", "tier"), ("Date signature", "signed_on"), ("Dernière intervention", "last_visit"),
        ("Prochaine intervention/due", "next_due"), ("Remarques", "notes"), ("Code Postal", "postcode"),
        ("Téléphonne", "phone"), ("N° contrat", ""), ("Montant", ""),
    ],
)
def test_french_headers(header, field):
    assert match_header(header) == field


def test_a_second_phone_column_is_the_mobile():
    assert detect_columns(["Nom", "Tél.", "Tél."]) == {0: "last_name", 1: "phone", 2: "mobile"}


@pytest.mark.parametrize(
    ("value", "expected"),
    [("15/05/25", "2025-05-15"), ("15/05/2025", "2025-05-15"), ("3 mars 2024", "2024-03-03"), (45792, "2025-05-15")],
)
def test_dates(value, expected):
    assert parse_date(value, "Date").isoformat() == expected
