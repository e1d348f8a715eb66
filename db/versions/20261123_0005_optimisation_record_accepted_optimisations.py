"""Record accepted optimisations

Revision ID: 0005_optimisation
Revises: 0004_contracts
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0005_optimisation"
down_revision: str | Sequence[str] | None = "0004_contracts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "optimisation_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author", sa.String(length=80), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("visits_moved", sa.Integer(), nullable=False),
        sa.Column("drive_before_s", sa.Integer(), nullable=False),
        sa.Column("drive_after_s", sa.Integer(), nullable=False),
        sa.Column("distance_before_m", sa.Integer(), nullable=False),
        sa.Column("distance_after_m", sa.Integer(), nullable=False),
        sa.Column("back_and_forth_before", sa.Integer(), nullable=False),
        sa.Column("back_and_forth_after", sa.Integer(), nullable=False),
        sa.Column(
            "details",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_optimisation_run")),
    )
    with op.batch_alter_table("optimisation_run", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_optimisation_run_accepted_at"), ["accepted_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("optimisation_run", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_optimisation_run_accepted_at"))

    op.drop_table("optimisation_run")
