"""shared desk: the change feed (perubahan) and stored file contents (berkas)

A window sees what other programs on the desk committed (SQLite: rows of ``perubahan``
read after ``PRAGMA data_version`` moves; PostgreSQL uses NOTIFY and leaves it empty), and
attachments and issued briefs are kept in the database, content-addressed by SHA-256, so
every PC of a shared desk opens them and backups carry them.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.models.base

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "perubahan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_perubahan")),
    )
    op.create_table(
        "berkas",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=60), nullable=False),
        sa.Column("chunks", sa.Integer(), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_berkas")),
    )
    op.create_table(
        "berkas_potongan",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"], ["berkas.sha256"], name=op.f("fk_berkas_potongan_sha256_berkas"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("sha256", "seq", name=op.f("pk_berkas_potongan")),
    )


def downgrade() -> None:
    op.drop_table("berkas_potongan")
    op.drop_table("berkas")
    op.drop_table("perubahan")
