"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.models.base

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=24), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_uid", sa.String(length=36), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_entity_uid"), ["entity_uid"], unique=False)

    op.create_table(
        "pengaturan",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_pengaturan")),
    )
    op.create_table(
        "pengguna",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", app.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pengguna")),
        sa.UniqueConstraint("uid", name=op.f("uq_pengguna_uid")),
        sa.UniqueConstraint("username", name=op.f("uq_pengguna_username")),
    )
    op.create_table(
        "referensi",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("group", sa.String(length=80), nullable=False),
        sa.Column("unit", sa.String(length=30), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referensi")),
        sa.UniqueConstraint("kind", "code", name=op.f("uq_referensi_kind_code")),
        sa.UniqueConstraint("uid", name=op.f("uq_referensi_uid")),
    )
    with op.batch_alter_table("referensi", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referensi_kind"), ["kind"], unique=False)

    op.create_table(
        "wilayah",
        sa.Column("code", sa.String(length=13), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["wilayah.id"], name=op.f("fk_wilayah_parent_id_wilayah")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wilayah")),
        sa.UniqueConstraint("code", name=op.f("uq_wilayah_code")),
        sa.UniqueConstraint("uid", name=op.f("uq_wilayah_uid")),
    )
    with op.batch_alter_table("wilayah", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_wilayah_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_wilayah_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "pemilihan",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("wilayah_id", sa.Integer(), nullable=False),
        sa.Column("voting_date", sa.Date(), nullable=False),
        sa.Column("target_participation", sa.Float(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["wilayah_id"], ["wilayah.id"], name=op.f("fk_pemilihan_wilayah_id_wilayah")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pemilihan")),
        sa.UniqueConstraint("uid", name=op.f("uq_pemilihan_uid")),
    )
    with op.batch_alter_table("pemilihan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pemilihan_wilayah_id"), ["wilayah_id"], unique=False)

    op.create_table(
        "tahapan",
        sa.Column("pemilihan_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("planned_start", sa.Date(), nullable=True),
        sa.Column("planned_end", sa.Date(), nullable=True),
        sa.Column("actual_start", sa.Date(), nullable=True),
        sa.Column("actual_end", sa.Date(), nullable=True),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("responsible", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("schedule_note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["tahapan.id"], name=op.f("fk_tahapan_parent_id_tahapan")
        ),
        sa.ForeignKeyConstraint(
            ["pemilihan_id"], ["pemilihan.id"], name=op.f("fk_tahapan_pemilihan_id_pemilihan")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tahapan")),
        sa.UniqueConstraint("pemilihan_id", "code", name=op.f("uq_tahapan_pemilihan_id_code")),
        sa.UniqueConstraint("uid", name=op.f("uq_tahapan_uid")),
    )
    with op.batch_alter_table("tahapan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tahapan_pemilihan_id"), ["pemilihan_id"], unique=False)

    op.create_table(
        "catatan_tahapan",
        sa.Column("tahapan_id", sa.Integer(), nullable=False),
        sa.Column("noted_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tahapan_id"], ["tahapan.id"], name=op.f("fk_catatan_tahapan_tahapan_id_tahapan")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catatan_tahapan")),
        sa.UniqueConstraint("uid", name=op.f("uq_catatan_tahapan_uid")),
    )
    with op.batch_alter_table("catatan_tahapan", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_catatan_tahapan_tahapan_id"), ["tahapan_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("catatan_tahapan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_catatan_tahapan_tahapan_id"))

    op.drop_table("catatan_tahapan")
    with op.batch_alter_table("tahapan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tahapan_pemilihan_id"))

    op.drop_table("tahapan")
    with op.batch_alter_table("pemilihan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pemilihan_wilayah_id"))

    op.drop_table("pemilihan")
    with op.batch_alter_table("wilayah", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_wilayah_parent_id"))
        batch_op.drop_index(batch_op.f("ix_wilayah_name"))

    op.drop_table("wilayah")
    with op.batch_alter_table("referensi", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referensi_kind"))

    op.drop_table("referensi")
    op.drop_table("pengguna")
    op.drop_table("pengaturan")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_entity_uid"))
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))
        batch_op.drop_index(batch_op.f("ix_audit_log_action"))

    op.drop_table("audit_log")
