"""event venue and agenda: where an event takes place and a line on its programme (issue 15)

Revision ID: 0004_event_venue
Revises: 0003_meetings
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op


revision = '0004_event_venue'
down_revision = '0003_meetings'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('event') as batch:
        batch.add_column(sa.Column('venue', sa.String(length=300), nullable=True))
        batch.add_column(sa.Column('agenda', sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('event') as batch:
        batch.drop_column('agenda')
        batch.drop_column('venue')
