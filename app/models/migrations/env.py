"""Alembic environment. The app runs migrations itself (``services.schema``), handing in a
live connection, so no ``alembic.ini`` is needed next to the working directory."""

from __future__ import annotations

from alembic import context

from app.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("Jalankan migrasi lewat 'desk-pilkada init' atau saat aplikasi dibuka.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
