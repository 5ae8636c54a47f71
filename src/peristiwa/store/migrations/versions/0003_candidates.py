"""Corroborating mentions: a candidate event the extractor's judge dropped is stored with its
probability (`candidate`), its type and the day it is looked for by (`event_type`, `block_day`), so
that it can join a merged event told by other reports, now or when they arrive.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mentions") as batch:
        batch.add_column(sa.Column("candidate", sa.Float))
        batch.add_column(sa.Column("event_type", sa.String(16)))
        batch.add_column(sa.Column("block_day", sa.String(10)))
    op.create_index("ix_mentions_candidate", "mentions", ["event_type", "block_day"])


def downgrade() -> None:
    op.drop_index("ix_mentions_candidate", "mentions")
    with op.batch_alter_table("mentions") as batch:
        batch.drop_column("block_day")
        batch.drop_column("event_type")
        batch.drop_column("candidate")
