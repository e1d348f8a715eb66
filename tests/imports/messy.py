"""Messy customer workbooks, as the office really types them, generated for the tests."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

TODAY = date(2026, 11, 23)
HEADERS = [
    "Nom", "Prénom", "Société", "Adresse", "CP", "Ville", "Tél.", "Portable", "Email",
    "Contrat/Formule", "Date signature", "Dernière intervention", "Prochaine intervention/due", "Remarques",
]

# Excel row → cells (None = empty); comments say what the import must make of each row.
ROWS: dict[int, list[object]] = {
    # 1: title (merged over the columns), 2: blank, 3: header
    4: ["Dupont", "Jean", None, "12 rue Sommeiller", "74000", "Annecy", "04 50 45 12 34", "06 12 34 56 78",
        "jean.dupont@example.fr", "Or", datetime(2023, 3, 15), "15/05/25", "01/12/26", "Chien dans le jardin"],
    5: ["MARTIN", "Sophie", None, "3 chemin des Fleurs", 74960, "Cran-Gevrier", 450671234, None,
        "sophie.martin@@example", "OR", "15/05/2025", datetime(2026, 6, 2), None, None],  # bad email: warning
    # 6: blank separator
    7: ["Favre", "Paul", "Boulangerie Favre", "8 place Notre-Dame", "74 000", "Annecy", "+33 4 50 11 22 33",
        None, "contact@boulangerie-favre.fr", "Argent", "02/09/24", None, None, None],
    8: ["DUPONT", "jean", None, "12 rue Sommeiller", "74000", "Annecy", None, "0612345678",
        None, "Or", None, None, None, None],  # same mobile as row 4: duplicate
    9: [None, None, None, "5 impasse des Lilas", "74940", "Annecy-le-Vieux", "04 50 23 23 23", None,
        None, "Bronze", None, None, None, None],  # no name: rejected
    10: ["Lathuille", "Marc", None, "14 route de Thônes", "7400", "Annecy", "06 98 76 54 32", None,
         None, "Bronze", None, None, None, None],  # invalid postcode: rejected
    11: ["Mme Girod", "Anne", None, "22 chemin du Crêt", "74320", "Sévrier", "0450525252", None,
         "anne.girod@example.fr", "or ", "15/05/25", "10/10/2026", None, None],  # city merged over rows 11-12
    12: ["Bouvier", "Luc", None, "1 allée des Roseaux", "74320", None, "06.11.22.33.44", None,
         None, "Bronze", datetime(2025, 1, 20), None, "15/01/27", "Portail bleu"],
    13: ["Rey", "Claire", None, "9 rue du Lac", "74290", "Talloires-Montmin", "04 50 60 70 80 / 06 55 44 33 22",
         None, "claire.rey@example.fr; c.rey@example.com", "Platine", "01/01/2024", None, None, None],
    14: ["Total : 9 clients", None, None, None, None, None, None, None, None, None, None, None, None, None],
}
MERGED_CITY = "F11:F12"
SKIPPED = [1, 2, 3, 6, 14]
DATA_ROWS = [4, 5, 7, 8, 9, 10, 11, 12, 13]
IMPORTED = [4, 5, 7, 11, 12, 13]
DUPLICATES = {8: 4}
REJECTED = {9: "Nom ou société manquant", 10: "Code postal"}


def write_messy_xlsx(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Clients 2024"
    sheet["A1"] = "FICHIER CLIENTS — Favre Électricité (mis à jour le 12/03/2024)"
    sheet.merge_cells("A1:N1")
    for index, header in enumerate(HEADERS, start=1):
        sheet.cell(row=3, column=index, value=header)
    for number, cells in ROWS.items():
        for index, value in enumerate(cells, start=1):
            if value is not None:
                sheet.cell(row=number, column=index, value=value)
    sheet.merge_cells(MERGED_CITY)
    book.save(path)
    return path


def write_messy_csv(path: Path, *, delimiter: str = ";", encoding: str = "cp1252") -> Path:
    """The same rows as a CSV, as Excel « CSV (séparateur : point-virgule) » saves them."""
    def text(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, datetime | date):
            return f"{value:%d/%m/%Y}"
        return str(value)

    lines: list[list[str]] = [["FICHIER CLIENTS"] + [""] * 13, [""] * 14, HEADERS]
    for number in range(4, max(ROWS) + 1):
        cells = ROWS.get(number, [None] * 14)
        if number == 12:
            cells = [*cells[:5], "Sévrier", *cells[6:]]
        lines.append([text(c) for c in cells])
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(lines)
    return path
