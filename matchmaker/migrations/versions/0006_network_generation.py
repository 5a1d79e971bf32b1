"""network generation: one row whose token changes with every committed write to the network (issue 12)

What is derived from the whole network and slow to rebuild at 100,000 actors (the loaded
records, the fitted recommender) is kept in files beside the database, keyed by this token
(``matchmaker.generation``). ``counter`` counts the writes; ``token`` is new and random at each
one, so a backup restored later (whose counter may repeat a number already used since) never
matches a file kept for a different network.

Revision ID: 0006_network_generation
Revises: 0005_actor_version
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op


revision = '0006_network_generation'
down_revision = '0005_actor_version'
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        'network_generation',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('counter', sa.BigInteger(), nullable=False),
        sa.Column('token', sa.String(length=64), nullable=False),
    )
    import secrets

    op.bulk_insert(table, [{'id': 1, 'counter': 0, 'token': secrets.token_hex(16)}])


def downgrade() -> None:
    op.drop_table('network_generation')
