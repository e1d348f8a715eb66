"""Fast inserts of many rows (demo data, imports), straight through the driver.

SQLAlchemy's per-value type processing dominates when inserting hundreds of thousands of rows;
here values are converted once per column kind and sent with the driver's ``executemany``.
The stored form is exactly what the ORM writes and reads back.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime
from enum import Enum as PyEnum
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Date, Enum, Table
from sqlalchemy.types import TypeDecorator

from planner.db.types import UTCDateTime

Converter = Callable[[Any], Any]


def _sqlite_instant(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}: instants must carry a time zone")
    # Same text as SQLAlchemy's SQLite DATETIME (microseconds always present).
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _enum_value(value: Any) -> Any:
    return value.value if isinstance(value, PyEnum) else value


def _iso_date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _json_dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _converters(table: Table, dialect: str) -> dict[str, Converter]:
    converters: dict[str, Converter] = {}
    for column in table.columns:
        kind = column.type
        if isinstance(kind, UTCDateTime):
            if dialect == "sqlite":
                converters[column.name] = _sqlite_instant
        elif isinstance(kind, Enum):
            converters[column.name] = _enum_value
        elif isinstance(kind, TypeDecorator):
            continue
        elif isinstance(kind, Boolean) and dialect == "sqlite":
            converters[column.name] = lambda b: None if b is None else int(bool(b))
        elif isinstance(kind, Date) and dialect == "sqlite":
            converters[column.name] = _iso_date
        elif isinstance(kind, JSON):
            if dialect == "sqlite":
                converters[column.name] = _json_dump
            else:
                from psycopg.types.json import Jsonb

                converters[column.name] = lambda v: None if v is None else Jsonb(v)
    return converters


def _python_defaults(table: Table) -> dict[str, Callable[[], Any]]:
    """For a column a row leaves out: its model default (so new columns don't break callers)."""
    out: dict[str, Callable[[], Any]] = {}
    for column in table.columns:
        default = column.default
        if default is None:
            out[column.name] = lambda: None
        elif getattr(default, "is_scalar", False):
            out[column.name] = lambda value=default.arg: value
        elif getattr(default, "is_callable", False):
            out[column.name] = lambda fn=default.arg: fn(None)
        else:
            out[column.name] = lambda: None
    return out


def bulk_insert(
    connection: Connection, table: Table, rows: Iterable[Mapping[str, Any]], columns: list[str]
) -> int:
    """Insert ``rows`` (mappings holding every name in ``columns``) into ``table``."""
    dialect = connection.dialect.name
    converters = _converters(table, dialect)
    placeholder = "?" if dialect == "sqlite" else "%s"
    quoted = ", ".join(f'"{c}"' for c in columns)
    statement = (
        f'INSERT INTO "{table.name}" ({quoted}) VALUES ({", ".join([placeholder] * len(columns))})'
    )
    plan = [(c, converters.get(c)) for c in columns]
    defaults = _python_defaults(table)
    values = [
        tuple(
            (convert(value) if convert else value)
            for c, convert in plan
            for value in (row[c] if c in row else defaults[c](),)
        )
        for row in rows
    ]
    if not values:
        return 0
    raw = connection.connection.dbapi_connection
    assert raw is not None
    cursor = raw.cursor()
    try:
        cursor.executemany(statement, values)
    finally:
        cursor.close()
    return len(values)
