"""field clocks and tombstones: what a snapshot merge needs to know about each change (issue 14)

Two laptops that edit copies of one network and later merge them must tell "only you changed
this field" from "both of you did". Each field of an actor or tie carries a clock: a version
vector (``{replica: edits}``, the edits made on each copy that led to this value), the time of the
last change and the copy it was made on. A deletion leaves a tombstone with the same clock, so a
merge carries it instead of bringing the record back. ``replica`` names this copy of the
database (created on first need; ``seat`` is where the copy lives — host, file and inode — so a
copied file names itself anew instead of sharing a name with its original). See docs/FORMAT.md, "Snapshots".

Revision ID: 0006_field_clock
Revises: 0005_actor_version
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op


revision = '0006_field_clock'
down_revision = '0006_network_generation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'field_clock',
        sa.Column('entity', sa.String(length=8), primary_key=True),
        sa.Column('key', sa.String(length=700), primary_key=True),
        sa.Column('field', sa.String(length=300), primary_key=True),
        sa.Column('changed_at', sa.String(length=40), nullable=False),
        sa.Column('origin', sa.String(length=64), nullable=False),
        sa.Column('vv', sa.JSON(), nullable=False),
    )
    op.create_table(
        'tombstone',
        sa.Column('entity', sa.String(length=8), primary_key=True),
        sa.Column('key', sa.String(length=700), primary_key=True),
        sa.Column('deleted_at', sa.String(length=40), nullable=False),
        sa.Column('origin', sa.String(length=64), nullable=False),
        sa.Column('vv', sa.JSON(), nullable=False),
    )
    op.create_table(
        'replica',
        sa.Column('id', sa.String(length=64), primary_key=True),
        sa.Column('seat', sa.String(length=700), nullable=False),
    )


def downgrade() -> None:
    op.drop_table('replica')
    op.drop_table('tombstone')
    op.drop_table('field_clock')
