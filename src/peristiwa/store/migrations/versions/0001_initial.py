"""The first store: documents, per-document event mentions, merged events.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("doc_id", sa.String(512), primary_key=True),
        sa.Column("text_sha256", sa.String(64), nullable=False),
        sa.Column("reference_time", sa.String(40)),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("added", sa.String(40), nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
    )
    op.create_table(
        "merged_events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_type", sa.String(16), nullable=False),
        sa.Column("country", sa.String(8)),
        sa.Column("day", sa.String(10)),
        sa.Column("n_documents", sa.Integer, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
    )
    op.create_index("ix_merged_block", "merged_events", ["event_type", "country", "day"])
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("doc_id", sa.String(512), sa.ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
        sa.Column("event_index", sa.Integer, nullable=False),
        sa.Column("merged_id", sa.Integer, sa.ForeignKey("merged_events.id", ondelete="SET NULL")),
        sa.Column("event", sa.JSON, nullable=False),
        sa.Column("features", sa.JSON, nullable=False),
        sa.Column("score", sa.Float),
        sa.Column("explanation", sa.JSON),
    )
    op.create_index("ix_mentions_doc", "mentions", ["doc_id"])
    op.create_index("ix_mentions_merged", "mentions", ["merged_id"])


def downgrade() -> None:
    op.drop_table("mentions")
    op.drop_table("merged_events")
    op.drop_table("documents")
