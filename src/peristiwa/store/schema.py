"""The store's tables (SQLAlchemy Core). Changes go through a migration in ``migrations/``."""

from __future__ import annotations

from sqlalchemy import JSON, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("doc_id", String(512), primary_key=True),
    Column("text_sha256", String(64), nullable=False),
    Column("reference_time", String(40)),
    Column("url", Text),
    Column("title", Text),
    Column("added", String(40), nullable=False),
    Column("record", JSON, nullable=False),  # the peristiwa/1 object, as extracted
)

merged_events = Table(
    "merged_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_type", String(16), nullable=False),
    Column("country", String(8)),
    Column("day", String(10)),  # the local day the merged event is placed on (queries by date)
    # the day it is blocked by: its day, or for an undated event its first report's publication day
    Column("block_day", String(10)),
    Column("n_documents", Integer, nullable=False, default=0),
    Column("record", JSON, nullable=False),  # the peristiwa-store/1 object
    Index("ix_merged_block", "event_type", "country", "day"),
    Index("ix_merged_block_day", "event_type", "block_day"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(512), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
    Column("event_index", Integer, nullable=False),
    Column("merged_id", Integer, ForeignKey("merged_events.id", ondelete="SET NULL")),
    Column("event", JSON, nullable=False),  # the per-document peristiwa/1 event
    Column("features", JSON, nullable=False),  # what merging compares (peristiwa.store.merge.features)
    Column("score", Float),  # the merge score that attached it (None: it opened its merged event)
    Column("explanation", JSON),  # the candidates compared and why
    # a candidate event the extractor's judge dropped: its probability (None: an event the extractor
    # output). It joins a merged event only as a corroborating mention; unattached, merged_id is None
    Column("candidate", Float),
    Column("event_type", String(16)),  # a candidate's type and the day it is looked for by
    Column("block_day", String(10)),
    Index("ix_mentions_doc", "doc_id"),
    Index("ix_mentions_merged", "merged_id"),
    Index("ix_mentions_candidate", "event_type", "block_day"),
)
