"""Helpers every use case shares: who is working, the audit trail, human-facing numbers."""

from __future__ import annotations

import getpass
import os
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from planner.db.models import AuditEntry, Counter, Setting
from planner.domain.errors import ConflictError, NotFoundError


def current_user() -> str:
    """The name recorded as author of contacts and audit entries."""
    name = os.environ.get("PLANNER_USER")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some service accounts
        return "planner"


def audit(
    session: Session,
    action: str,
    entity: str,
    entity_id: int | None,
    summary: str,
    details: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditEntry(
            author=current_user(),
            action=action,
            entity=entity,
            entity_id=entity_id,
            summary=summary,
            details=details or {},
        )
    )


def next_counter(session: Session, name: str, *, count: int = 1) -> int:
    """Reserve ``count`` values of the named sequence and return the last one.

    One ``INSERT … ON CONFLICT DO UPDATE … RETURNING`` statement, so two office PCs never get the
    same number.
    """
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(Counter)
        .values(name=name, value=count)
        .on_conflict_do_update(
            index_elements=[Counter.name], set_={"value": Counter.value + count}
        )
        .returning(Counter.value)
    )
    return int(session.execute(statement).scalar_one())


def format_number(prefix: str, year: int, value: int, width: int = 5) -> str:
    return f"{prefix}-{year}-{value:0{width}d}"


def next_number(session: Session, prefix: str, year: int, width: int = 5) -> str:
    """« I-2026-00042 »: the next number of a yearly sequence."""
    return format_number(prefix, year, next_counter(session, f"{prefix}-{year}"), width)


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return default
    return row.value.get("value", default)


def put_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value={"value": value}))
    else:
        row.value = {"value": value}


def lock_current(session: Session, model: type, record_id: int, expected_version: int, what: str) -> Any:
    """The row as the user saw it, locked for the transaction: ``NotFoundError`` if it is gone,
    ``ConflictError`` if someone changed it since (``what`` names it, e.g. « Intervention »; the
    record's number, when it has one, is added)."""
    record = lock_for_update(session, model, record_id)
    if record is None:
        raise NotFoundError(f"{what} n° {record_id} n'existe plus.")
    if record.version != expected_version:
        number = getattr(record, "number", None)
        raise ConflictError(f"{what} {number}" if number else what)
    return record


def lock_for_update(session: Session, model: type, record_id: int) -> Any:
    """Load one row, locking it on PostgreSQL until the transaction ends (SQLite's BEGIN
    IMMEDIATE already holds the write lock)."""
    statement = select(model).where(model.id == record_id)
    if session.get_bind().dialect.name == "postgresql":
        statement = statement.with_for_update()
    return session.execute(statement).scalar_one_or_none()
