"""A table model over plain rows (the services' dataclasses), with sorting and an instant filter.

Filtering is done on the rows' precomputed ``search_text`` (folded words): every word typed
must appear.  Typing one more letter only searches the rows still visible, so the filter keeps
up with typing even over 100 000 customers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import compress
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from planner.domain.text import fold
from planner.domain.timeutil import to_paris

R = TypeVar("R")
_DIGIT_GAPS = re.compile(r"(?<=\d)[ \u00a0\u202f.]+(?=\d)")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    value: Callable[[R], Any]
    sort_key: Callable[[R], Any] | None = None
    align_right: bool = False
    colour: Callable[[R], str | None] | None = None
    tooltip: Callable[[R], str] | None = None
    width: int | None = None


def display(value: Any) -> str:
    """How a value reads in a cell (French dates)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, datetime):
        return f"{to_paris(value):%d/%m/%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return str(value)


def _sortable(value: Any) -> Any:
    # None sorts last in ascending order, whatever the column's type.
    if value is None:
        return (1, "")
    if isinstance(value, str):
        return (0, fold(value))
    return (0, value)


class RowsTableModel(QAbstractTableModel, Generic[R]):
    def __init__(
        self,
        columns: Sequence[Column[R]],
        search_text: Callable[[R], str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._search_text = search_text or (lambda row: getattr(row, "search_text", ""))
        self._rows: list[R] = []
        self._order: list[int] = []  # all rows, in the current sort order
        self._order_texts: list[str] = []  # their search texts, in the same order
        self._visible: list[int] = []  # rows shown, in the same order
        self._visible_texts: list[str] = []
        self._texts: list[str] = []
        self._query: tuple[str, ...] = ()
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- data in -----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [self._search_text(r) for r in self._rows]
        self._order = list(range(len(self._rows)))
        if self._sort is not None:
            self._apply_sort(*self._sort)
        self._order_texts = [self._texts[i] for i in self._order]
        self._visible, self._visible_texts = self._match(self._order, self._order_texts, self._query)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, visible_row: int) -> R:
        return self._rows[self._visible[visible_row]]

    def visible_rows(self) -> list[R]:
        return [self._rows[i] for i in self._visible]

    def find(self, predicate: Callable[[R], bool]) -> int:
        """The visible row number of the first row matching, or -1."""
        for position, index in enumerate(self._visible):
            if predicate(self._rows[index]):
                return position
        return -1

    @property
    def total(self) -> int:
        return len(self._rows)

    # -- filter ------------------------------------------------------------------------------
    def set_filter(self, text: str) -> None:
        query = search_words(text)
        if query == self._query:
            return
        narrowing = bool(self._query) and _narrows(self._query, query)
        if narrowing:
            source, texts = self._visible, self._visible_texts
        else:
            source, texts = self._order, self._order_texts
        self.beginResetModel()
        self._query = query
        self._visible, self._visible_texts = self._match(source, texts, query)
        self.endResetModel()

    @staticmethod
    def _match(
        source: list[int], texts: list[str], query: tuple[str, ...]
    ) -> tuple[list[int], list[str]]:
        """The rows of ``source`` (with ``texts`` aligned on them) whose text holds every word.

        Texts are walked in order, not looked up by row number: at 100 000 rows, memory order
        is what keeps a keystroke under a few milliseconds.
        """
        if not query:
            return list(source), list(texts)
        if len(query) == 1:
            word = query[0]
            keep = [word in text for text in texts]
        else:
            keep = [all(word in text for word in query) for text in texts]
        return list(compress(source, keep)), list(compress(texts, keep))

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(column.value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column.colour is not None:
            colour = column.colour(row)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort(column, order)
        self._order_texts = [self._texts[i] for i in self._order]
        self._visible, self._visible_texts = self._match(self._order, self._order_texts, self._query)
        self.layoutChanged.emit()

    def _apply_sort(self, column: int, order: Qt.SortOrder) -> None:
        spec = self._columns[column]
        key = spec.sort_key or spec.value
        rows = self._rows
        self._order.sort(
            key=lambda i: _sortable(key(rows[i])),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )


def search_words(text: str) -> tuple[str, ...]:
    """The words to look for, folded; digits separated by spaces are joined (« 06 12 » →
    « 0612 ») so a phone number typed with spaces finds the number."""
    return tuple(fold(_DIGIT_GAPS.sub("", text)).split())


def _narrows(previous: tuple[str, ...], query: tuple[str, ...]) -> bool:
    """True if every row matching ``query`` also matches ``previous``."""
    return all(any(old in new for new in query) for old in previous)
