"""brief drafts: the desk's text for a brief kept until it is issued (issue 19)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.models.base

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "laporan_draf",
        sa.Column("jenis", sa.String(length=20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("insiden_number", sa.String(length=30), nullable=False),
        sa.Column("uraian", sa.Text(), nullable=False),
        sa.Column("hal", sa.String(length=300), nullable=False),
        sa.Column("classification", sa.String(length=20), nullable=False),
        sa.Column("urgency", sa.String(length=20), nullable=False),
        sa.Column("lampiran", sa.String(length=100), nullable=False),
        sa.Column("sections", sa.Text(), nullable=False),
        sa.Column("kesimpulan", sa.Text(), nullable=False),
        sa.Column("rekomendasi", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_laporan_draf")),
        sa.UniqueConstraint("jenis", "day", "scope", name=op.f("uq_laporan_draf_jenis_day_scope")),
        sa.UniqueConstraint("uid", name=op.f("uq_laporan_draf_uid")),
    )


def downgrade() -> None:
    op.drop_table("laporan_draf")
