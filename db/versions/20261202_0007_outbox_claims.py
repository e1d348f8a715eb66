"""Outbox claims: who holds a message being sent, under which claim

Revision ID: 0007_outbox_claims
Revises: 0006_calendar_entries
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_outbox_claims"
down_revision: str | Sequence[str] | None = "0006_calendar_entries"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("outbox_message", sa.Column("claim_token", sa.String(length=32), nullable=True))
    op.add_column("outbox_message", sa.Column("claimed_by", sa.String(length=120), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox_message") as batch:
        batch.drop_column("claimed_by")
        batch.drop_column("claim_token")
