"""Alembic migrations: every schema change, from the first version on."""
