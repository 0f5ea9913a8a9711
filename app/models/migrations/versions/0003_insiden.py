"""insiden

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.models.base

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "nomor_urut",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_nomor_urut")),
    )
    op.create_table(
        "insiden",
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("occurred_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("reported_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("wilayah_id", sa.Integer(), nullable=False),
        sa.Column("wilayah_code", sa.String(length=13), nullable=False),
        sa.Column("tps", sa.String(length=10), nullable=False),
        sa.Column("place_detail", sa.String(length=300), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("kategori_id", sa.Integer(), nullable=False),
        sa.Column("pemilihan_id", sa.Integer(), nullable=True),
        sa.Column("tahapan_id", sa.Integer(), nullable=True),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("sumber_id", sa.Integer(), nullable=True),
        sa.Column("reporter", sa.String(length=200), nullable=False),
        sa.Column("chronology", sa.Text(), nullable=False),
        sa.Column("parties", sa.Text(), nullable=False),
        sa.Column("losses", sa.Text(), nullable=False),
        sa.Column("actions_taken", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("escalated_to_id", sa.Integer(), nullable=True),
        sa.Column("follow_up_deadline", app.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("linked_to_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["escalated_to_id"], ["referensi.id"], name=op.f("fk_insiden_escalated_to_id_referensi")
        ),
        sa.ForeignKeyConstraint(
            ["kategori_id"], ["referensi.id"], name=op.f("fk_insiden_kategori_id_referensi")
        ),
        sa.ForeignKeyConstraint(
            ["linked_to_id"], ["insiden.id"], name=op.f("fk_insiden_linked_to_id_insiden")
        ),
        sa.ForeignKeyConstraint(
            ["pemilihan_id"], ["pemilihan.id"], name=op.f("fk_insiden_pemilihan_id_pemilihan")
        ),
        sa.ForeignKeyConstraint(
            ["sumber_id"], ["referensi.id"], name=op.f("fk_insiden_sumber_id_referensi")
        ),
        sa.ForeignKeyConstraint(
            ["tahapan_id"], ["tahapan.id"], name=op.f("fk_insiden_tahapan_id_tahapan")
        ),
        sa.ForeignKeyConstraint(
            ["wilayah_id"], ["wilayah.id"], name=op.f("fk_insiden_wilayah_id_wilayah")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_insiden")),
        sa.UniqueConstraint("number", name=op.f("uq_insiden_number")),
        sa.UniqueConstraint("uid", name=op.f("uq_insiden_uid")),
    )
    with op.batch_alter_table("insiden", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_insiden_kategori_id"), ["kategori_id"], unique=False)
        batch_op.create_index("ix_insiden_occurred", ["occurred_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_insiden_severity"), ["severity"], unique=False)
        batch_op.create_index(
            "ix_insiden_status_deadline", ["status", "follow_up_deadline"], unique=False
        )
        batch_op.create_index("ix_insiden_wilayah_code", ["wilayah_code"], unique=False)

    op.create_table(
        "lampiran",
        sa.Column("owner_type", sa.String(length=20), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=60), nullable=False),
        sa.Column("original_name", sa.String(length=255), nullable=False),
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
            ["insiden_id"], ["insiden.id"], name=op.f("fk_lampiran_insiden_id_insiden")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lampiran")),
        sa.UniqueConstraint("uid", name=op.f("uq_lampiran_uid")),
    )
    with op.batch_alter_table("lampiran", schema=None) as batch_op:
        batch_op.create_index("ix_lampiran_owner", ["owner_type", "owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_lampiran_sha256"), ["sha256"], unique=False)

    op.create_table(
        "riwayat_insiden",
        sa.Column("insiden_id", sa.Integer(), nullable=False),
        sa.Column("at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=False),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["insiden_id"], ["insiden.id"], name=op.f("fk_riwayat_insiden_insiden_id_insiden")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_riwayat_insiden")),
        sa.UniqueConstraint("uid", name=op.f("uq_riwayat_insiden_uid")),
    )
    with op.batch_alter_table("riwayat_insiden", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_riwayat_insiden_insiden_id"), ["insiden_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("riwayat_insiden", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_riwayat_insiden_insiden_id"))

    op.drop_table("riwayat_insiden")
    with op.batch_alter_table("lampiran", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lampiran_sha256"))
        batch_op.drop_index("ix_lampiran_owner")

    op.drop_table("lampiran")
    with op.batch_alter_table("insiden", schema=None) as batch_op:
        batch_op.drop_index("ix_insiden_wilayah_code")
        batch_op.drop_index("ix_insiden_status_deadline")
        batch_op.drop_index(batch_op.f("ix_insiden_severity"))
        batch_op.drop_index("ix_insiden_occurred")
        batch_op.drop_index(batch_op.f("ix_insiden_kategori_id"))

    op.drop_table("insiden")
    op.drop_table("nomor_urut")
