"""Blocking by day alone: merged events get `block_day` (their day, or for an undated event the
day its first report was published), indexed with the type; the country leaves the blocking key
(reports of one event name its parties' countries in different orders).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("merged_events") as batch:
        batch.add_column(sa.Column("block_day", sa.String(10)))
    # a store of version 0001: dated merged events keep their day; undated ones are re-placed
    # the next time one of their mentions is refreshed
    op.execute("UPDATE merged_events SET block_day = day")
    op.create_index("ix_merged_block_day", "merged_events", ["event_type", "block_day"])


def downgrade() -> None:
    op.drop_index("ix_merged_block_day", "merged_events")
    with op.batch_alter_table("merged_events") as batch:
        batch.drop_column("block_day")
