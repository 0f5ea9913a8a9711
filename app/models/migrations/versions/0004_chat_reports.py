"""chat reports

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.models.base

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pesan_laporan",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("sender", sa.String(length=200), nullable=False),
        sa.Column("sent_at", app.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.Column("insiden_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["insiden_id"], ["insiden.id"], name=op.f("fk_pesan_laporan_insiden_id_insiden")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pesan_laporan")),
        sa.UniqueConstraint("key", name=op.f("uq_pesan_laporan_key")),
        sa.UniqueConstraint("uid", name=op.f("uq_pesan_laporan_uid")),
    )
    with op.batch_alter_table("insiden", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reporter_phone", sa.String(length=20), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("insiden", schema=None) as batch_op:
        batch_op.drop_column("reporter_phone")

    op.drop_table("pesan_laporan")
