"""Alembic environment: migrations run on the connection the store hands over (no URL in alembic.ini)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from harmwatch.store.schema import metadata


def run_migrations() -> None:
    """Upgrade on the given connection, or on `sqlalchemy.url` when run from the alembic command line."""
    connection = context.config.attributes.get("connection")
    if connection is None:
        engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "sqlite:///harmwatch.db")
        with engine.begin() as conn:
            context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
            context.run_migrations()
        return
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
