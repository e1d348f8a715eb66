"""Reading and writing the tables people keep in Excel: .xlsx workbooks and .csv files.

Reading keeps every row with the number Excel shows for it (1-based, blank rows included), so a
report can say « ligne 14 » and the user finds it.  Workbooks are opened read-only (openpyxl's
streaming reader, values as last computed by Excel); a value spread over merged cells is repeated
down the merged rows.  CSV files may use ``;`` (French Excel) or ``,``, in UTF-8 (with or without
BOM) or Windows-1252.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from planner.domain.errors import PlannerError

XLSX_SUFFIXES = {".xlsx", ".xlsm"}
CSV_SUFFIXES = {".csv", ".txt"}
_CELL_REF = re.compile(r"^([A-Z]+)(\d+)$")


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One row as Excel shows it: its number and its cell values (None when empty)."""

    number: int
    values: tuple[Any, ...]

    def value(self, column: int) -> Any:
        return self.values[column] if 0 <= column < len(self.values) else None

    @property
    def blank(self) -> bool:
        return all(is_empty(v) for v in self.values)


@dataclass
class Sheet:
    name: str
    rows: list[SheetRow]
    #: Columns count of the widest row.
    width: int = 0


@dataclass
class Workbook:
    path: Path
    kind: str  # "xlsx" or "csv"
    sheets: list[Sheet] = field(default_factory=list)
    #: CSV only: what was detected.
    encoding: str = ""
    delimiter: str = ""

    def sheet(self, name: str | None) -> Sheet:
        if name is None:
            return self.sheets[0]
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        names = ", ".join(f"« {s.name} »" for s in self.sheets)
        raise PlannerError(f"Le classeur « {self.path.name} » n'a pas de feuille « {name} » (feuilles : {names}).")


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_index(letters: str) -> int:
    value = 0
    for char in letters:
        value = value * 26 + ord(char) - 64
    return value - 1


# -- reading -------------------------------------------------------------------------------------


def read_workbook(path: str | Path) -> Workbook:
    """Every sheet of an .xlsx file, or the one table of a .csv file."""
    path = Path(path)
    if not path.exists():
        raise PlannerError(f"Le fichier « {path} » n'existe pas.")
    if path.is_dir():
        raise PlannerError(f"« {path} » est un dossier, pas un fichier Excel ou CSV.")
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES or (suffix not in CSV_SUFFIXES and zipfile.is_zipfile(path)):
        return _read_xlsx(path)
    if suffix == ".xls":
        raise PlannerError(
            f"« {path.name} » est au format Excel 97-2003 (.xls) : ouvrez-le dans Excel et "
            "enregistrez-le au format .xlsx (Fichier › Enregistrer sous), puis importez ce fichier."
        )
    return _read_csv(path)


def _read_xlsx(path: Path) -> Workbook:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise PlannerError(
            f"« {path.name} » n'est pas un classeur Excel lisible ({exc.__class__.__name__}). "
            "Enregistrez-le au format .xlsx ou .csv et recommencez."
        ) from exc
    workbook = Workbook(path, "xlsx")
    try:
        for worksheet in book.worksheets:
            if getattr(worksheet, "sheet_state", "visible") != "visible":
                continue
            merges = _merged_ranges(book, worksheet)
            worksheet.reset_dimensions()  # some writers store a wrong size
            rows: list[list[Any]] = []
            for values in worksheet.iter_rows(values_only=True):
                rows.append([_clean(v) for v in values])
            _fill_merged(rows, merges)
            while rows and all(is_empty(v) for v in rows[-1]):
                rows.pop()  # formatted but empty rows at the end
            width = max((len(r) for r in rows), default=0)
            workbook.sheets.append(
                Sheet(
                    worksheet.title,
                    [SheetRow(i, tuple(r) + (None,) * (width - len(r))) for i, r in enumerate(rows, start=1)],
                    width,
                )
            )
    finally:
        book.close()
    if not workbook.sheets:
        raise PlannerError(f"Le classeur « {path.name} » n'a aucune feuille visible.")
    return workbook


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = value.replace("\u00a0", " ").replace("\r\n", "\n").strip()
        return value or None
    return value


def _merged_ranges(book: Any, worksheet: Any) -> list[tuple[int, int, int, int]]:
    """(first row, first column, last row, last column) of each merged range, 0-based columns,
    read from the sheet's XML (the streaming reader does not expose them)."""
    sheet_path = getattr(worksheet, "_worksheet_path", None)
    archive = getattr(book, "_archive", None)
    if not sheet_path or archive is None:
        return []
    ranges = []
    try:
        with archive.open(sheet_path) as source:
            for _event, element in ElementTree.iterparse(source):
                if element.tag.endswith("}mergeCell"):
                    ref = element.get("ref", "")
                    if ":" in ref:
                        first, last = ref.split(":", 1)
                        a, b = _CELL_REF.match(first), _CELL_REF.match(last)
                        if a and b:
                            ranges.append(
                                (int(a.group(2)), _column_index(a.group(1)), int(b.group(2)), _column_index(b.group(1)))
                            )
                elif element.tag.endswith("}row"):
                    element.clear()  # keep memory flat on big sheets
    except (KeyError, ElementTree.ParseError):
        return []
    return ranges


def _fill_merged(rows: list[list[Any]], merges: Iterable[tuple[int, int, int, int]]) -> None:
    """A value merged over several rows applies to each of them (« Annecy » typed once for two
    customers); a merge over columns of one row (a title) stays in its first cell."""
    for first_row, first_col, last_row, _last_col in merges:
        if last_row <= first_row or first_row > len(rows):
            continue
        top = rows[first_row - 1]
        value = top[first_col] if first_col < len(top) else None
        if value is None:
            continue
        for number in range(first_row + 1, min(last_row, len(rows)) + 1):
            row = rows[number - 1]
            while len(row) <= first_col:
                row.append(None)
            if row[first_col] is None:
                row[first_col] = value


def _decode(raw: bytes) -> tuple[str, str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), "utf-16"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "cp1252"


def _delimiter(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()][:30]
    best, best_score = ";", -1.0
    for candidate in (";", ",", "\t"):
        counts = [len(row) for row in csv.reader(lines, delimiter=candidate)]
        wide = [c for c in counts if c > 1]
        if not wide:
            continue
        # Many columns, on most lines: the header and the data agree on the separator.
        common = max(set(wide), key=wide.count)
        score = wide.count(common) * common
        if score > best_score:
            best, best_score = candidate, score
    return best


def _read_csv(path: Path) -> Workbook:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise PlannerError(f"« {path.name} » n'est pas un fichier texte CSV ni un classeur .xlsx.")
    text, encoding = _decode(raw)
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = [[_clean(v) for v in record] for record in reader]
    while rows and all(is_empty(v) for v in rows[-1]):
        rows.pop()
    width = max((len(r) for r in rows), default=0)
    sheet = Sheet(
        path.stem,
        [SheetRow(i, tuple(r) + (None,) * (width - len(r))) for i, r in enumerate(rows, start=1)],
        width,
    )
    return Workbook(path, "csv", [sheet], encoding=encoding, delimiter=delimiter)


# -- writing -------------------------------------------------------------------------------------


@dataclass
class OutputTable:
    """A sheet to write: a title, column headers and rows of plain values."""

    title: str
    headers: Sequence[str]
    rows: list[Sequence[Any]]
    #: Column widths in characters (optional).
    widths: Sequence[int] = ()


def write_xlsx(path: str | Path, tables: Sequence[OutputTable]) -> Path:
    """A workbook with one sheet per table: bold frozen header, filters, dates as dates."""
    from openpyxl import Workbook as XlsxWorkbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    path = Path(path)
    book = XlsxWorkbook()
    book.remove(book.active)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE7F3")
    for table in tables:
        sheet = book.create_sheet(table.title[:31])
        sheet.append(list(table.headers))
        for cell in sheet[1]:
            cell.font = bold
            cell.fill = fill
        for row in table.rows:
            sheet.append([_excel_value(v) for v in row])
        for index, header in enumerate(table.headers, start=1):
            width = table.widths[index - 1] if index - 1 < len(table.widths) else max(10, len(header) + 2)
            sheet.column_dimensions[get_column_letter(index)].width = width
        for index in range(1, len(table.headers) + 1):
            letter = get_column_letter(index)
            sample = next((r[index - 1] for r in table.rows if index - 1 < len(r) and r[index - 1] is not None), None)
            if isinstance(sample, datetime):
                for cell in sheet[letter][1:]:
                    cell.number_format = "DD/MM/YYYY HH:MM"
            elif isinstance(sample, date):
                for cell in sheet[letter][1:]:
                    cell.number_format = "DD/MM/YYYY"
        sheet.freeze_panes = "A2"
        if table.headers:
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(table.headers))}{max(1, len(table.rows) + 1)}"
    _atomic_save(path, book.save)
    return path


def _excel_value(value: Any) -> Any:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)
    if isinstance(value, bool):
        return "oui" if value else "non"
    return value


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, float):
        return f"{value:.6f}".rstrip("0").rstrip(".").replace(".", ",")
    return str(value)


def write_csv(path: str | Path, table: OutputTable) -> Path:
    """French Excel's CSV: ``;`` separated, UTF-8 with BOM (accents survive a double-click)."""
    path = Path(path)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(table.headers)
    for row in table.rows:
        writer.writerow([_csv_value(v) for v in row])
    data = ("\ufeff" + buffer.getvalue()).encode("utf-8")
    _atomic_save(path, lambda target: Path(target).write_bytes(data))
    return path


def _atomic_save(path: Path, save: Any) -> None:
    """Write beside the target, then rename: an interrupted export never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.partial")
    try:
        save(str(temporary))
        temporary.replace(path)
    except PermissionError as exc:
        temporary.unlink(missing_ok=True)
        raise PlannerError(
            f"Impossible d'écrire « {path} » : le fichier est peut-être ouvert dans Excel ({exc.strerror})."
        ) from exc
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise PlannerError(f"Impossible d'écrire « {path} » : {exc.strerror or exc}.") from exc
