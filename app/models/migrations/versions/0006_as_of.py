"""as of: indexes for reading the desk as it was at an instant (SPEC 14)

The history the "as of" figures read is already kept, append-only, on both backends: the
incident status history (riwayat_insiden) and the field-level audit log (every change of a
stage, a requirement, a figure or a desk setting, with its time). These indexes let a
past instant be read without scanning them.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_log_entity_at", "audit_log", ["entity", "at"])
    op.create_index("ix_riwayat_insiden_insiden_at", "riwayat_insiden", ["insiden_id", "at"])
    op.create_index("ix_insiden_created_at", "insiden", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_insiden_created_at", table_name="insiden")
    op.drop_index("ix_riwayat_insiden_insiden_at", table_name="riwayat_insiden")
    op.drop_index("ix_audit_log_entity_at", table_name="audit_log")
