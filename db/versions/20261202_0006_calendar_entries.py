"""Remember what each technician's calendar was given, to withdraw visits that leave it

Revision ID: 0006_calendar_entries
Revises: 0005_optimisation
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_calendar_entries"
down_revision: str | Sequence[str] | None = "0005_optimisation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "calendar_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("technician_id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["technician_id"], ["technician.id"], name=op.f("fk_calendar_entry_technician_id_technician"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_calendar_entry_visit_id_visit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_entry")),
        sa.UniqueConstraint("technician_id", "visit_id", name=op.f("uq_calendar_entry_technician_id_visit_id")),
    )
    with op.batch_alter_table("calendar_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_calendar_entry_technician_id"), ["technician_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_calendar_entry_visit_id"), ["visit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("calendar_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calendar_entry_visit_id"))
        batch_op.drop_index(batch_op.f("ix_calendar_entry_technician_id"))
    op.drop_table("calendar_entry")
