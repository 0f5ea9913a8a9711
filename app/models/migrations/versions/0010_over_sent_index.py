"""lines that account for more than was sent, indexed (issues 17 and 20)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

A partial index holds only the consignment lines whose good + damaged + missing exceed
what was sent (``models.logistik.OVER_SENT``): the reconciliation check every brief and
``desk-pilkada check`` run then reads those few lines instead of all of them (a million
on election day). The service refuses such a line, so the index is normally empty and
costs a write nothing.
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

NAME = "ix_pengiriman_baris_over_sent"
#: ``models.logistik.OVER_SENT`` as each database writes it in an index.
WHERE = {
    "sqlite": "archived IS 0 AND qty_good IS NOT NULL "
    "AND (qty_good + qty_damaged + qty_missing) - qty_sent > 0",
    "postgresql": "archived IS false AND qty_good IS NOT NULL "
    "AND (qty_good + qty_damaged + qty_missing) - qty_sent > 0",
}


def upgrade() -> None:
    import sqlalchemy as sa

    dialect = op.get_bind().dialect.name
    where = sa.text(WHERE.get(dialect, WHERE["postgresql"]))
    op.create_index(
        NAME, "pengiriman_baris", ["pengiriman_id"], sqlite_where=where, postgresql_where=where
    )


def downgrade() -> None:
    op.drop_index(NAME, table_name="pengiriman_baris")
