"""actor_skill without rowid: the skill links kept in one B-tree, ordered by their key (issue 12)

A SQLite table with a composite primary key keeps its rows twice: in the rowid B-tree and in
the primary key's own index. Every one of a big import's two million skill links then went
into both, and every read by actor went through the index and back to the table. Declared
``WITHOUT ROWID`` the rows live in the key's B-tree alone: about a fifth less import time for
the links, half the pages, and ``load_network``'s ``ORDER BY actor_id, skill_id`` reads them
in place. Nothing refers to the links' rowid. PostgreSQL has no rowid: nothing changes there.

The table is made anew and the rows copied (SQLite cannot change this in place); the schema
is otherwise the same as before, column by column.

Revision ID: 0007_actor_skill_without_rowid
Revises: 0006_field_clock
Create Date: 2026-12-04
"""

from alembic import op


revision = '0007_actor_skill_without_rowid'
down_revision = '0006_field_clock'
branch_labels = None
depends_on = None

_COLUMNS = 'actor_id, skill_id, side, weight'


def _make(name: str, options: str) -> None:
    op.execute(
        f'CREATE TABLE {name} ('
        'actor_id VARCHAR(200) NOT NULL, '
        'skill_id VARCHAR(200) NOT NULL, '
        'side VARCHAR(8) NOT NULL, '
        'weight FLOAT NOT NULL, '
        'PRIMARY KEY (actor_id, skill_id, side), '
        'FOREIGN KEY(actor_id) REFERENCES actor (id) ON DELETE CASCADE, '
        'FOREIGN KEY(skill_id) REFERENCES skill (id)'
        f'){options}'
    )


def _rebuild(options: str) -> None:
    if op.get_bind().dialect.name != 'sqlite':
        return
    _make('actor_skill_rebuilt', options)
    op.execute(f'INSERT INTO actor_skill_rebuilt ({_COLUMNS}) SELECT {_COLUMNS} FROM actor_skill ORDER BY actor_id, skill_id, side')
    op.execute('DROP TABLE actor_skill')
    op.execute('ALTER TABLE actor_skill_rebuilt RENAME TO actor_skill')


def upgrade() -> None:
    _rebuild(' WITHOUT ROWID')


def downgrade() -> None:
    _rebuild('')
