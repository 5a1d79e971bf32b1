"""meetings: picks, availability, brokerage plans and meetings (issue 17)

Revision ID: 0003_meetings
Revises: 0002
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op


revision = '0003_meetings'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.String(length=200), nullable=False),
    sa.Column('slot', sa.Integer(), nullable=False),
    sa.Column('table_no', sa.Integer(), nullable=False),
    sa.Column('actor_a', sa.String(length=200), nullable=False),
    sa.Column('actor_b', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=True),
    sa.ForeignKeyConstraint(['actor_a'], ['actor.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['actor_b'], ['actor.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('event_id', 'actor_a', 'actor_b', name='uq_meeting_pair')
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index('ix_meeting_event_slot', ['event_id', 'slot'], unique=False)

    op.create_table('meeting_availability',
    sa.Column('event_id', sa.String(length=200), nullable=False),
    sa.Column('actor_id', sa.String(length=200), nullable=False),
    sa.Column('slots', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actor.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'actor_id')
    )
    op.create_table('meeting_pick',
    sa.Column('event_id', sa.String(length=200), nullable=False),
    sa.Column('actor_id', sa.String(length=200), nullable=False),
    sa.Column('target_id', sa.String(length=200), nullable=False),
    sa.Column('pick', sa.String(length=8), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actor.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['target_id'], ['actor.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'actor_id', 'target_id')
    )
    op.create_table('meeting_plan',
    sa.Column('event_id', sa.String(length=200), nullable=False),
    sa.Column('slots', sa.Integer(), nullable=False),
    sa.Column('tables', sa.Integer(), nullable=False),
    sa.Column('max_per_person', sa.Integer(), nullable=True),
    sa.Column('start', sa.String(length=5), nullable=True),
    sa.Column('slot_minutes', sa.Integer(), nullable=False),
    sa.Column('objective', sa.Integer(), nullable=False),
    sa.Column('bound', sa.Integer(), nullable=True),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id')
    )


def downgrade() -> None:
    op.drop_table('meeting_plan')
    op.drop_table('meeting_pick')
    op.drop_table('meeting_availability')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_event_slot')

    op.drop_table('meeting')
