"""Protect technicians from double booking and track invitations

Two office PCs confirming overlapping slots for the same technician: the database itself
refuses the second one — an exclusion constraint on (technician, time range) in PostgreSQL
(btree_gist), a trigger in SQLite (whose writers are serialised by BEGIN IMMEDIATE).

Revision ID: 0002_booking
Revises: 0001
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_booking"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Statuses in which a visit holds its technician's time (planner.domain.enums.SCHEDULED_STATUSES).
SCHEDULED = "('booked', 'confirmed', 'in_progress')"
#: The message the SQLite trigger raises; planner.services.booking recognises it.
SLOT_TAKEN = "planner_slot_taken"


def _sqlite_trigger(event: str, exclude_self: str) -> str:
    return f"""
        CREATE TRIGGER visit_no_double_booking_{event.lower()}
        BEFORE {event} ON visit
        WHEN NEW.technician_id IS NOT NULL AND NEW.planned_start IS NOT NULL
             AND NEW.status IN {SCHEDULED}
        BEGIN
            SELECT RAISE(ABORT, '{SLOT_TAKEN}')
            WHERE EXISTS (
                SELECT 1 FROM visit AS other
                WHERE other.technician_id = NEW.technician_id
                  AND other.status IN {SCHEDULED}
                  AND other.planned_start < NEW.planned_end
                  AND other.planned_end > NEW.planned_start
                  {exclude_self}
            );
        END
    """


def upgrade() -> None:
    with op.batch_alter_table("outbox_message", schema=None) as batch_op:
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("calendar_sequence", sa.Integer(), nullable=False, server_default="0"))

    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        op.execute(
            f"""
            ALTER TABLE visit ADD CONSTRAINT ex_visit_technician_slot
            EXCLUDE USING gist (
                technician_id WITH =,
                tstzrange(planned_start, planned_end, '[)') WITH &&
            )
            WHERE (status IN {SCHEDULED} AND technician_id IS NOT NULL AND planned_start IS NOT NULL)
            """
        )
    else:
        op.execute(_sqlite_trigger("INSERT", ""))
        op.execute(_sqlite_trigger("UPDATE", "AND other.id <> NEW.id"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE visit DROP CONSTRAINT IF EXISTS ex_visit_technician_slot")
    else:
        op.execute("DROP TRIGGER IF EXISTS visit_no_double_booking_insert")
        op.execute("DROP TRIGGER IF EXISTS visit_no_double_booking_update")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_column("calendar_sequence")
    with op.batch_alter_table("outbox_message", schema=None) as batch_op:
        batch_op.drop_column("locked_until")
