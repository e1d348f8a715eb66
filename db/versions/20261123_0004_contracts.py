"""Add quotes, outcomes, alerts and renewal notices

Revision ID: 0004_contracts
Revises: 0002_booking
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004_contracts"
down_revision: str | Sequence[str] | None = "0002_booking"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "alert_snooze",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("alert_key", sa.String(length=120), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("author", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alert_snooze")),
    )
    with op.batch_alter_table("alert_snooze", schema=None) as batch_op:
        batch_op.create_index("ix_alert_snooze_key_until", ["alert_key", "until"], unique=False)

    op.create_table(
        "catalogue_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("unit_price_cents", sa.Integer(), nullable=False),
        sa.Column("vat_rate_bp", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=60), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("vat_rate_bp IN (2000, 1000, 550)", name=op.f("ck_catalogue_item_vat_rate_known")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalogue_item")),
        sa.UniqueConstraint("code", name=op.f("uq_catalogue_item_code")),
    )
    op.create_table(
        "billable_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("quantity_milli", sa.Integer(), nullable=False),
        sa.Column("unit_price_cents", sa.Integer(), nullable=False),
        sa.Column("vat_rate_bp", sa.Integer(), nullable=False),
        sa.Column("total_ht_cents", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("invoiced_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("vat_rate_bp IN (2000, 1000, 550)", name=op.f("ck_billable_line_vat_rate_known")),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_billable_line_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_billable_line_visit_id_visit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_billable_line")),
    )
    with op.batch_alter_table("billable_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_billable_line_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_billable_line_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "quote",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "requested",
                "draft",
                "sent",
                "accepted",
                "refused",
                "expired",
                "cancelled",
                name="quote_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column(
            "source",
            sa.Enum(
                "call",
                "visit",
                "anomaly",
                "office",
                name="quote_source",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("request_note", sa.Text(), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source_visit_id", sa.Integer(), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("refusal_reason", sa.String(length=300), nullable=False),
        sa.Column("work_visit_id", sa.Integer(), nullable=True),
        sa.Column("work_duration_min", sa.Integer(), nullable=False),
        sa.Column("total_ht_cents", sa.Integer(), nullable=False),
        sa.Column("total_vat_cents", sa.Integer(), nullable=False),
        sa.Column("total_ttc_cents", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_quote_customer_id_customer")),
        sa.ForeignKeyConstraint(
            ["site_id"], ["site.id"], name=op.f("fk_quote_site_id_site"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["source_visit_id"],
            ["visit.id"],
            name=op.f("fk_quote_source_visit_id_visit"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["work_visit_id"], ["visit.id"], name=op.f("fk_quote_work_visit_id_visit"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote")),
        sa.UniqueConstraint("number", name=op.f("uq_quote_number")),
    )
    with op.batch_alter_table("quote", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quote_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index("ix_quote_status_requested", ["status", "requested_at"], unique=False)

    op.create_table(
        "visit_part",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("catalogue_item_id", sa.Integer(), nullable=True),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("quantity_milli", sa.Integer(), nullable=False),
        sa.Column("unit_price_cents", sa.Integer(), nullable=False),
        sa.Column("vat_rate_bp", sa.Integer(), nullable=False),
        sa.Column("billable", sa.Boolean(), nullable=False),
        sa.CheckConstraint("quantity_milli > 0", name=op.f("ck_visit_part_quantity_positive")),
        sa.CheckConstraint("vat_rate_bp IN (2000, 1000, 550)", name=op.f("ck_visit_part_vat_rate_known")),
        sa.ForeignKeyConstraint(
            ["catalogue_item_id"],
            ["catalogue_item.id"],
            name=op.f("fk_visit_part_catalogue_item_id_catalogue_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_visit_part_visit_id_visit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_part")),
    )
    with op.batch_alter_table("visit_part", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_part_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "visit_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column(
            "checklist",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("observations", sa.Text(), nullable=False),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("satisfaction_comment", sa.Text(), nullable=False),
        sa.Column("overrun_min", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("overrun_min >= 0", name=op.f("ck_visit_report_overrun_positive")),
        sa.CheckConstraint(
            "satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5",
            name=op.f("ck_visit_report_satisfaction_range"),
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_visit_report_visit_id_visit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_report")),
        sa.UniqueConstraint("visit_id", name=op.f("uq_visit_report_visit_id")),
    )
    op.create_table(
        "anomaly",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "severity",
            sa.Enum(
                "minor",
                "major",
                "danger",
                name="anomaly_severity",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column(
            "follow_up",
            sa.Enum(
                "quote", "visit", name="follow_up_kind", native_enum=False, create_constraint=True, length=20
            ),
            nullable=False,
        ),
        sa.Column("follow_up_quote_id", sa.Integer(), nullable=True),
        sa.Column("follow_up_visit_id", sa.Integer(), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closing_note", sa.String(length=300), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_anomaly_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["follow_up_quote_id"],
            ["quote.id"],
            name=op.f("fk_anomaly_follow_up_quote_id_quote"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["follow_up_visit_id"],
            ["visit.id"],
            name=op.f("fk_anomaly_follow_up_visit_id_visit"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_anomaly_site_id_site")),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_anomaly_visit_id_visit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_anomaly")),
    )
    with op.batch_alter_table("anomaly", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_anomaly_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_anomaly_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("quote_id", sa.Integer(), nullable=True),
        sa.Column("original_name", sa.String(length=255), nullable=False),
        sa.Column("stored_path", sa.String(length=400), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_attachment_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["quote_id"], ["quote.id"], name=op.f("fk_attachment_quote_id_quote"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_attachment_visit_id_visit"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "contract_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "phone_in",
                "phone_out",
                "email_in",
                "email_out",
                "sms",
                "letter",
                "on_site",
                name="contact_channel",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("outbox_message_id", sa.Integer(), nullable=True),
        sa.Column("recipient", sa.String(length=254), nullable=False),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.id"],
            name=op.f("fk_contract_notice_contract_id_contract"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["outbox_message_id"],
            ["outbox_message.id"],
            name=op.f("fk_contract_notice_outbox_message_id_outbox_message"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_notice")),
        sa.UniqueConstraint(
            "contract_id", "period_end", name=op.f("uq_contract_notice_contract_id_period_end")
        ),
    )
    op.create_table(
        "quote_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("quote_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("catalogue_item_id", sa.Integer(), nullable=True),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("quantity_milli", sa.Integer(), nullable=False),
        sa.Column("unit_price_cents", sa.Integer(), nullable=False),
        sa.Column("vat_rate_bp", sa.Integer(), nullable=False),
        sa.Column("total_ht_cents", sa.Integer(), nullable=False),
        sa.CheckConstraint("vat_rate_bp IN (2000, 1000, 550)", name=op.f("ck_quote_line_vat_rate_known")),
        sa.ForeignKeyConstraint(
            ["catalogue_item_id"],
            ["catalogue_item.id"],
            name=op.f("fk_quote_line_catalogue_item_id_catalogue_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["quote_id"], ["quote.id"], name=op.f("fk_quote_line_quote_id_quote"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote_line")),
    )
    with op.batch_alter_table("quote_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quote_line_quote_id"), ["quote_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("quote_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quote_line_quote_id"))

    op.drop_table("quote_line")
    op.drop_table("contract_notice")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_visit_id"))
        batch_op.drop_index(batch_op.f("ix_attachment_customer_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("anomaly", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_anomaly_visit_id"))
        batch_op.drop_index(batch_op.f("ix_anomaly_customer_id"))

    op.drop_table("anomaly")
    op.drop_table("visit_report")
    with op.batch_alter_table("visit_part", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_part_visit_id"))

    op.drop_table("visit_part")
    with op.batch_alter_table("quote", schema=None) as batch_op:
        batch_op.drop_index("ix_quote_status_requested")
        batch_op.drop_index(batch_op.f("ix_quote_customer_id"))

    op.drop_table("quote")
    with op.batch_alter_table("billable_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_billable_line_visit_id"))
        batch_op.drop_index(batch_op.f("ix_billable_line_customer_id"))

    op.drop_table("billable_line")
    op.drop_table("catalogue_item")
    with op.batch_alter_table("alert_snooze", schema=None) as batch_op:
        batch_op.drop_index("ix_alert_snooze_key_until")

    op.drop_table("alert_snooze")
