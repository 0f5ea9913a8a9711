"""goods received, summed by the database as lines and consignments change (issue 20)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07

``logistik_diterima`` holds, per destination code, destination level, item and contest
(0: none), the good quantity of the lines that count as received now: the line and its
consignment not archived, the good quantity recorded, the consignment Diterima or
Diterima sebagian. Triggers keep it exact whatever writes the lines — a form, an import,
an exchange package, a restore, another program — by taking a row's old contribution
away and adding its new one. The readiness figures "now" read it instead of every
consignment line; figures as of an earlier instant still read the lines.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLE = "logistik_diterima"
COLUMNS = "destination_code, destination_level, jenis_id, pemilihan_key, qty_good"
UPSERT = (
    "ON CONFLICT (destination_code, destination_level, jenis_id, pemilihan_key) "
    f"DO UPDATE SET qty_good = {TABLE}.qty_good + excluded.qty_good"
)
RECEIVED = "('Diterima', 'Diterima sebagian')"


def _line(row: str, sign: str) -> str:
    """One line's contribution (``row``: NEW or OLD) under its consignment as it is."""
    return (
        f"INSERT INTO {TABLE} ({COLUMNS}) "
        f"SELECT {row}.destination_code, p.destination_level, {row}.jenis_id, "
        f"coalesce({row}.pemilihan_id, 0), {sign}{row}.qty_good FROM pengiriman p "
        f"WHERE p.id = {row}.pengiriman_id AND NOT {row}.archived AND {row}.qty_good IS NOT NULL "
        f"AND NOT p.archived AND p.status IN {RECEIVED} {UPSERT}"
    )


def _consignment(row: str, sign: str) -> str:
    """The contribution of all lines of a consignment in the state ``row`` (NEW or OLD)."""
    return (
        f"INSERT INTO {TABLE} ({COLUMNS}) "
        f"SELECT b.destination_code, {row}.destination_level, b.jenis_id, "
        f"coalesce(b.pemilihan_id, 0), {sign}sum(b.qty_good) FROM pengiriman_baris b "
        f"WHERE b.pengiriman_id = {row}.id AND NOT b.archived AND b.qty_good IS NOT NULL "
        f"AND NOT {row}.archived AND {row}.status IN {RECEIVED} "
        f"GROUP BY b.destination_code, b.jenis_id, coalesce(b.pemilihan_id, 0) {UPSERT}"
    )


FILL = (
    f"INSERT INTO {TABLE} ({COLUMNS}) "
    "SELECT b.destination_code, p.destination_level, b.jenis_id, coalesce(b.pemilihan_id, 0), "
    "sum(b.qty_good) FROM pengiriman_baris b JOIN pengiriman p ON p.id = b.pengiriman_id "
    "WHERE NOT b.archived AND b.qty_good IS NOT NULL AND NOT p.archived "
    f"AND p.status IN {RECEIVED} "
    "GROUP BY b.destination_code, p.destination_level, b.jenis_id, coalesce(b.pemilihan_id, 0)"
)

SQLITE_TRIGGERS = {
    "logistik_diterima_baris_insert": ("AFTER INSERT ON pengiriman_baris", [_line("NEW", "")]),
    "logistik_diterima_baris_update": ("AFTER UPDATE ON pengiriman_baris",
                                       [_line("OLD", "-"), _line("NEW", "")]),
    "logistik_diterima_baris_delete": ("AFTER DELETE ON pengiriman_baris", [_line("OLD", "-")]),
    "logistik_diterima_pengiriman_update": (
        "AFTER UPDATE OF status, archived, destination_level ON pengiriman",
        [_consignment("OLD", "-"), _consignment("NEW", "")]),
    "logistik_diterima_pengiriman_delete": ("AFTER DELETE ON pengiriman",
                                            [_consignment("OLD", "-")]),
}  # fmt: skip

POSTGRES = [
    "CREATE FUNCTION logistik_diterima_baris() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    f"IF TG_OP IN ('UPDATE', 'DELETE') THEN {_line('OLD', '-')}; END IF; "
    f"IF TG_OP IN ('INSERT', 'UPDATE') THEN {_line('NEW', '')}; END IF; "
    "RETURN NULL; END $$",
    "CREATE TRIGGER logistik_diterima_baris AFTER INSERT OR UPDATE OR DELETE ON pengiriman_baris "
    "FOR EACH ROW EXECUTE FUNCTION logistik_diterima_baris()",
    "CREATE FUNCTION logistik_diterima_pengiriman() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    f"{_consignment('OLD', '-')}; "
    f"IF TG_OP = 'UPDATE' THEN {_consignment('NEW', '')}; END IF; "
    "RETURN NULL; END $$",
    "CREATE TRIGGER logistik_diterima_pengiriman "
    "AFTER UPDATE OF status, archived, destination_level OR DELETE ON pengiriman "
    "FOR EACH ROW EXECUTE FUNCTION logistik_diterima_pengiriman()",
]


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("destination_code", sa.String(length=13), nullable=False),
        sa.Column("destination_level", sa.String(length=20), nullable=False),
        sa.Column("jenis_id", sa.Integer(), nullable=False),
        sa.Column("pemilihan_key", sa.Integer(), nullable=False),
        sa.Column("qty_good", sa.BigInteger(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("destination_code", "destination_level", "jenis_id", "pemilihan_key"),
    )
    op.execute(FILL)
    if op.get_bind().dialect.name == "sqlite":
        for name, (when, statements) in SQLITE_TRIGGERS.items():
            body = " ".join(f"{s};" for s in statements)
            op.execute(f"CREATE TRIGGER {name} {when} BEGIN {body} END")
    else:
        for statement in POSTGRES:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER {name}")
    else:
        op.execute("DROP TRIGGER logistik_diterima_baris ON pengiriman_baris")
        op.execute("DROP TRIGGER logistik_diterima_pengiriman ON pengiriman")
        op.execute("DROP FUNCTION logistik_diterima_baris()")
        op.execute("DROP FUNCTION logistik_diterima_pengiriman()")
    op.drop_table(TABLE)
