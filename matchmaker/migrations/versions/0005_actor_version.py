"""actor version: a counter every change of an actor's record moves on, so a stale save is caught (issue 16)

Two clients on one PostgreSQL database (or an import while the profile is open) could both
load an actor and save it; the later save silently replaced the earlier. ``version`` starts at
1 and a trigger raises it whenever an UPDATE changes any of the actor's fields, whoever writes
(imports, profile edits, merges to come), so the editor's save can say "changed meanwhile"
instead of overwriting (``matchmaker.editing``). An update that changes nothing (the same file
imported twice) keeps the version; a writer that sets ``version`` itself is left alone.

Keep the triggers in mind in later migrations: a SQLite ``batch_alter_table('actor')`` that
recreates the table drops them, and a new actor column must be added to ``CONTENT_COLUMNS``
(``tests/test_edit_conflicts.py`` fails if an actor write stops moving the version).

Revision ID: 0005_actor_version
Revises: 0004_event_venue
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op


revision = '0005_actor_version'
down_revision = '0004_event_venue'
branch_labels = None
depends_on = None

# every column of the actor that a user or an import changes (not the timestamps or the version)
CONTENT_COLUMNS = (
    'kind', 'name', 'native_name', 'country', 'city', 'sectors', 'description', 'languages',
    'website', 'stage', 'size', 'roles', 'email', 'visibility',
)
SQLITE_TRIGGER = 'actor_version_on_update'
PG_FUNCTION = 'matchmaker_actor_version'
PG_TRIGGER = 'actor_version_on_update'


def _sqlite_trigger() -> str:
    changed = ' OR '.join(f'NEW.{c} IS NOT OLD.{c}' for c in CONTENT_COLUMNS)
    # AFTER UPDATE + a second UPDATE: SQLite triggers cannot assign NEW. The WHEN clause stops
    # the recursion (some builds enable recursive triggers by default).
    return (
        f'CREATE TRIGGER {SQLITE_TRIGGER} AFTER UPDATE ON actor FOR EACH ROW '
        f'WHEN NEW.version = OLD.version AND ({changed}) '
        f'BEGIN UPDATE actor SET version = OLD.version + 1 WHERE id = NEW.id; END'
    )


_PG_FUNCTION_SQL = f"""
CREATE OR REPLACE FUNCTION {PG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.version = OLD.version
       AND (to_jsonb(NEW) - 'updated_at' - 'created_at' - 'version')
           IS DISTINCT FROM (to_jsonb(OLD) - 'updated_at' - 'created_at' - 'version') THEN
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END
$$
"""


def upgrade() -> None:
    # a plain ADD COLUMN (no batch copy): existing rows get version 1 at once
    op.add_column('actor', sa.Column('version', sa.Integer(), nullable=False, server_default='1'))
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        op.execute(_sqlite_trigger())
    elif dialect == 'postgresql':
        op.execute(_PG_FUNCTION_SQL)
        op.execute(
            f'CREATE TRIGGER {PG_TRIGGER} BEFORE UPDATE ON actor '
            f'FOR EACH ROW EXECUTE FUNCTION {PG_FUNCTION}()'
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        op.execute(f'DROP TRIGGER IF EXISTS {SQLITE_TRIGGER}')
    elif dialect == 'postgresql':
        op.execute(f'DROP TRIGGER IF EXISTS {PG_TRIGGER} ON actor')
        op.execute(f'DROP FUNCTION IF EXISTS {PG_FUNCTION}()')
    with op.batch_alter_table('actor') as batch:
        batch.drop_column('version')
