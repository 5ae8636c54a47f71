"""The event store: documents, their events, and one merged event per real-world event.

SQLite by default (a file, nothing to start), PostgreSQL by URL for a team. Every document is
added in one transaction — its record, its events and their merging — so a run that is killed
leaves whole documents or none, and the next run goes on from there.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, and_, create_engine, delete, event, insert, or_, select, update
from sqlalchemy.exc import SQLAlchemyError

from ..document import Document
from ..errors import StoreError
from .merge import (
    OWN_DATED,
    THRESHOLD,
    WAIT_WINDOW,
    Comparison,
    block,
    block_day,
    block_month,
    block_undated,
    compare,
    corroborates,
    features,
    other_country,
    reachable,
    told_dated_here,
)
from .records import merged_id_of, merged_record
from .schema import documents, mentions, merged_events

JSON = dict[str, Any]


@dataclass(slots=True)
class AddReport:
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    events: int = 0
    merged_into_existing: int = 0
    corroborating: int = 0  # dropped candidates attached to a merged event (now or later)
    failed: list[tuple[str, str]] = field(default_factory=list)


def _url(db: str) -> str:
    return db if "://" in db else f"sqlite:///{Path(db)}"


def _migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("peristiwa.store") / "migrations"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class EventStore:
    """`EventStore("events.sqlite")` or `EventStore("postgresql+psycopg://user@host/db")`."""

    def __init__(self, db: str) -> None:
        try:
            self.engine = create_engine(_url(db))
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            _migrate(self.engine)
        except SQLAlchemyError as err:
            raise StoreError(db, f"cannot open the store ({err.__class__.__name__}: {err})") from err

    # -- adding -----------------------------------------------------------------------------
    def add(self, docs: Iterable[tuple[Document, str]]) -> AddReport:
        """Add extracted documents (each with its text): new ones are merged in, the same
        text again changes nothing, a changed text replaces the document's events."""
        report = AddReport()
        for doc, text in docs:
            try:
                with self.engine.begin() as conn:
                    self._add_one(conn, doc, text, report)
            except SQLAlchemyError as err:
                report.failed.append((doc.doc_id or "?", f"{err.__class__.__name__}: {err}"))
        return report

    def _add_one(self, conn: Connection, doc: Document, text: str, report: AddReport) -> None:
        record = self._register(conn, doc, text, report)
        if record is None:
            return
        doc_id = record["doc_id"]
        told = {
            i: features(ev, text, record.get("reference_time"))
            for i, ev in enumerate(record["events"])
            if not ev.get("negated")
        }
        for index, f in told.items():
            self._add_mention(conn, doc_id, index, record["events"][index], f, list(told.values()), report)
        for index, ev in enumerate(doc.dropped_json()):
            if not ev.get("negated"):
                self._add_candidate(conn, doc_id, index, ev, features(ev, text, record.get("reference_time")), report)

    def _register(self, conn: Connection, doc: Document, text: str, report: AddReport) -> JSON | None:
        """Stores `doc` (replacing an older text of its id) and returns its record with its id; None
        when the store already holds this very text."""
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        doc_id = doc.doc_id or f"sha256-{digest[:16]}"
        old = conn.execute(select(documents.c.text_sha256).where(documents.c.doc_id == doc_id)).scalar()
        if old == digest:
            report.unchanged += 1
            return None
        if old is not None:
            self._remove(conn, doc_id)
            report.replaced += 1
        else:
            report.added += 1
        record = doc.to_json()
        conn.execute(
            insert(documents).values(
                doc_id=doc_id,
                text_sha256=digest,
                reference_time=record.get("reference_time"),
                url=record.get("url"),
                title=record.get("title"),
                added=datetime.now(UTC).isoformat(timespec="seconds"),
                record=record,
            )
        )
        return {**record, "doc_id": doc_id}

    def _add_mention(
        self, conn: Connection, doc_id: str, index: int, ev: JSON, f: JSON, told: list[JSON], report: AddReport
    ) -> None:
        """Files the event `ev` (number `index` of document `doc_id`, features `f`; `told`: the
        features of all the document's events) under the merged event it belongs to, or a new one."""
        others: list[int] = []
        if told_dated_here(f, told):
            merged, score = None, None
            explanation: JSON = {"threshold": THRESHOLD, "compared": [], "kept_apart": OWN_DATED}
        else:
            merged, score, explanation, others = self._place(conn, f, doc_id)
        if merged is None:
            merged = self._open(conn, ev, f)
        else:
            report.merged_into_existing += 1
        conn.execute(
            insert(mentions).values(
                doc_id=doc_id,
                event_index=index,
                merged_id=merged,
                event=ev,
                features=f,
                score=score,
                explanation=explanation,
            )
        )
        self._refresh(conn, merged)
        for other in others:
            self._join(conn, merged, other, doc_id)
        report.events += 1
        report.corroborating += self._attach_waiting(conn, merged)

    def _add_candidate(self, conn: Connection, doc_id: str, index: int, ev: JSON, f: JSON, report: AddReport) -> None:
        """Stores the candidate event `ev` the extractor's judge dropped (number `index` of the
        document's dropped ones): attached as a corroborating mention to the merged event it fits on
        strong evidence (`merge.corroborates`), else waiting for one; it never opens a merged event."""
        found = self._candidates(conn, f, same_country=True)
        compared: list[JSON] = []
        passing: list[tuple[float, int, Comparison]] = []
        for merged, rows in found:
            told = [r for r in rows if r.candidate is None]
            result = compare(f, [r.features for r in told], {r.doc_id for r in rows}, doc_id)
            compared.append({"event_id": merged, **result.to_json()})
            if corroborates(result, f, [r.features for r in told]):
                passing.append((result.score, merged, result))
        chosen = max(passing, key=lambda x: (x[0], -x[1])) if passing else None
        explanation: JSON = {"corroborating": True, "judged": ev.get("confidence"), "compared": compared}
        conn.execute(
            insert(mentions).values(
                doc_id=doc_id,
                event_index=index,
                merged_id=chosen[1] if chosen else None,
                event=ev,
                features=f,
                score=chosen[0] if chosen else None,
                explanation=explanation,
                candidate=float(ev.get("confidence") or 0.0),
                event_type=f["type"],
                block_day=block_day(f),
            )
        )
        if chosen:
            self._refresh(conn, chosen[1])
            report.corroborating += 1

    def _attach_waiting(self, conn: Connection, merged: int) -> int:
        """Attaches to `merged` the waiting candidates (dropped, attached to nothing) that can reach
        it and fit it on strong evidence: a candidate added before the report it corroborates."""
        row = conn.execute(
            select(
                merged_events.c.event_type, merged_events.c.day, merged_events.c.block_day, merged_events.c.country
            ).where(merged_events.c.id == merged)
        ).first()
        if row is None or row.block_day is None:
            return 0
        placed = date.fromisoformat(row.block_day)
        lo, hi = (placed - timedelta(days=WAIT_WINDOW)).isoformat(), (placed + timedelta(days=WAIT_WINDOW)).isoformat()
        waiting = conn.execute(
            select(mentions.c.id, mentions.c.doc_id, mentions.c.features, mentions.c.explanation).where(
                mentions.c.event_type == row.event_type,
                mentions.c.block_day >= lo,
                mentions.c.block_day <= hi,
                mentions.c.candidate.is_not(None),
                mentions.c.merged_id.is_(None),
            )
        ).all()
        if not waiting:
            return 0
        rows = conn.execute(
            select(mentions.c.doc_id, mentions.c.features, mentions.c.candidate).where(mentions.c.merged_id == merged)
        ).all()
        members = [r.features for r in rows if r.candidate is None]
        docs = {r.doc_id for r in rows}
        attached = 0
        for w in waiting:
            if not reachable(w.features, row.block_day, row.day) or other_country(w.features, row.country):
                continue
            result = compare(w.features, members, docs, w.doc_id)
            if not corroborates(result, w.features, members):
                continue
            explanation = {**(w.explanation or {}), "attached": {"event_id": merged, **result.to_json()}}
            conn.execute(
                update(mentions)
                .where(mentions.c.id == w.id)
                .values(merged_id=merged, score=result.score, explanation=explanation)
            )
            docs.add(w.doc_id)
            attached += 1
        if attached:
            self._refresh(conn, merged)
        return attached

    @staticmethod
    def _open(conn: Connection, ev: JSON, f: JSON) -> int:
        """A new, empty merged event for the event `ev` with features `f`; returns its id."""
        opened = conn.execute(
            insert(merged_events).values(
                event_type=ev["event_type"],
                country=f["country"],
                day=f["day"] if f["precision"] == "day" else None,
                block_day=block_day(f),
                n_documents=0,
                record={},
            )
        ).inserted_primary_key
        assert opened is not None
        return int(opened[0])

    def _place(self, conn: Connection, f: JSON, doc_id: str) -> tuple[int | None, float | None, JSON, list[int]]:
        """The merged event this event belongs to (None: a new one), its score, why, and the other
        merged events it fits as well (which `_join` may then bring into it)."""
        key = block(f)
        compared: list[JSON] = []
        scored: list[tuple[int, list[JSON], Comparison]] = []
        for merged, rows in self._candidates(conn, f):
            told = [r for r in rows if r.candidate is None]  # corroborating mentions do not vouch
            result = compare(f, [r.features for r in told], {r.doc_id for r in told}, doc_id)
            compared.append({"event_id": merged, **result.to_json()})
            scored.append((merged, [r.features for r in told], result))
        decision: JSON = {"threshold": THRESHOLD, "compared": compared, "block": list(key) if key else None}
        passing = [(c.score, merged) for merged, _, c in scored if c.veto is None and c.score >= THRESHOLD]
        if passing:
            score, merged = max(passing, key=lambda x: (x[0], -x[1]))
            return merged, score, decision, sorted(m for _, m in passing if m != merged)
        return None, None, decision, []

    @staticmethod
    def _candidates(conn: Connection, f: JSON, *, same_country: bool = False) -> list[tuple[int, list[Any]]]:
        """The merged events worth comparing an event with features `f` with (`merge.block`), each
        with its mentions' rows (doc_id, features, candidate), read in one query; with `same_country`
        (a dropped candidate) only those of its country, when both have one (`merge.other_country`)."""
        key = block(f)
        out: list[tuple[int, list[Any]]] = []
        if key is not None:
            event_type, lo, hi = key
            where = [merged_events.c.block_day >= lo, merged_events.c.block_day <= hi]
            if same_country and f["country"]:
                country = [or_(merged_events.c.country == f["country"], merged_events.c.country.is_(None))]
            else:
                country = []
            if (later := block_undated(f)) is not None:
                undated = [merged_events.c.day.is_(None), merged_events.c.block_day > hi]
                undated += [merged_events.c.block_day <= later[1]]
                where = [or_(and_(*where), and_(*undated))]
            if (month := block_month(f)) is not None:
                # the merged events told only by this recalled month, placed on its first day
                where = [or_(and_(*where), and_(merged_events.c.day.is_(None), merged_events.c.block_day == month))]
            query = select(merged_events.c.id).where(merged_events.c.event_type == event_type, *where, *country)
            candidates = conn.execute(query.order_by(merged_events.c.id)).scalars().all()
            rows = conn.execute(
                select(mentions.c.merged_id, mentions.c.doc_id, mentions.c.features, mentions.c.candidate).where(
                    mentions.c.merged_id.in_(candidates)
                )
            ).all()
            members: dict[int, list[Any]] = {merged: [] for merged in candidates}
            for r in rows:
                members[r.merged_id].append(r)
            out = list(members.items())
        return out

    def _join(self, conn: Connection, merged: int, other: int, doc_id: str) -> None:
        """Bring the merged event `other` into `merged` when the report just added fits both and
        each of `other`'s mentions now fits `merged` on its own: the reports of one event end up
        together whatever order they came in (a report that tells only the month joins the day's
        event once a report sharing its words is in it)."""
        rows = conn.execute(
            select(
                mentions.c.id,
                mentions.c.merged_id,
                mentions.c.doc_id,
                mentions.c.features,
                mentions.c.explanation,
                mentions.c.candidate,
            )
            .where(mentions.c.merged_id.in_([merged, other]))
            .order_by(mentions.c.id)
        ).all()
        ours = [r for r in rows if r.merged_id == merged and r.candidate is None]
        theirs = [r for r in rows if r.merged_id == other and r.candidate is None]
        if not theirs:
            return
        members, docs = [r.features for r in ours], {r.doc_id for r in ours}
        fits = [compare(r.features, members, docs, r.doc_id) for r in theirs]
        if any(c.veto is not None or c.score < THRESHOLD for c in fits):
            return
        for r, c in zip(theirs, fits, strict=True):
            joined = {"event_id": merged, "through": doc_id, **c.to_json()}
            explanation = {**(r.explanation or {}), "joined": joined}
            moved = update(mentions).where(mentions.c.id == r.id)
            conn.execute(moved.values(merged_id=merged, explanation=explanation))
        # the other event's corroborating mentions come along
        conn.execute(update(mentions).where(mentions.c.merged_id == other).values(merged_id=merged))
        self._refresh(conn, merged)
        self._refresh(conn, other)

    def _refresh(self, conn: Connection, merged: int) -> None:
        every = conn.execute(
            select(mentions.c.doc_id, mentions.c.event, mentions.c.features, mentions.c.candidate)
            .where(mentions.c.merged_id == merged)
            .order_by(mentions.c.id)
        ).all()
        rows = [r for r in every if r.candidate is None]
        if not rows:  # its corroborating mentions alone make no event: they wait for another
            conn.execute(update(mentions).where(mentions.c.merged_id == merged).values(merged_id=None, score=None))
            conn.execute(delete(merged_events).where(merged_events.c.id == merged))
            return
        corroborating = [(r.doc_id, r.event, r.candidate) for r in every if r.candidate is not None]
        record = merged_record(merged, [(r.doc_id, r.event, r.features) for r in rows], corroborating)
        # placed on a day as soon as one report dates it, else on the first report's day
        days = [r.features["day"] for r in rows if r.features["day"] and r.features["precision"] == "day"]
        day = min(days) if days else None
        placed = day or min((d for r in rows if (d := block_day(r.features))), default=None)
        country = next((r.features["country"] for r in rows if r.features["country"]), None)
        conn.execute(
            update(merged_events)
            .where(merged_events.c.id == merged)
            .values(n_documents=record["n_documents"], record=record, day=day, block_day=placed, country=country)
        )

    def _remove(self, conn: Connection, doc_id: str) -> None:
        touched = set(conn.execute(select(mentions.c.merged_id).where(mentions.c.doc_id == doc_id)).scalars().all())
        conn.execute(delete(mentions).where(mentions.c.doc_id == doc_id))
        conn.execute(delete(documents).where(documents.c.doc_id == doc_id))
        for merged in touched:
            if merged is not None:
                self._refresh(conn, merged)

    # -- reading ----------------------------------------------------------------------------
    def events(
        self,
        *,
        event_type: str | None = None,
        country: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> Iterator[JSON]:
        """Merged events (`peristiwa-store/1`), oldest day first, filtered."""
        # NULLs first on every database (SQLite puts them first, PostgreSQL last by default)
        query = select(merged_events.c.record).order_by(merged_events.c.day.asc().nulls_first(), merged_events.c.id)
        if event_type:
            query = query.where(merged_events.c.event_type == event_type)
        if country:
            query = query.where(merged_events.c.country == country)
        if date_from:
            query = query.where(merged_events.c.day >= date_from)
        if date_to:
            query = query.where(merged_events.c.day <= date_to)
        with self.engine.connect() as conn:
            for (record,) in conn.execute(query):
                yield record

    def stats(self, by: str) -> list[tuple[str, int]]:
        """Counts of merged events by day, week, month, type, country or province."""
        counts: Counter[str] = Counter()
        for record in self.events():
            for key in _keys(record, by):
                counts[key] += 1
        return sorted(counts.items())

    def explain(self, event_id: str) -> JSON:
        """Why each mention is in the merged event: the candidates it was compared with."""
        merged = merged_id_of(event_id)
        if merged is None:
            raise StoreError(event_id, "not an event id (ev-NNNNNN)")
        with self.engine.connect() as conn:
            record = conn.execute(select(merged_events.c.record).where(merged_events.c.id == merged)).scalar()
            if record is None:
                raise StoreError(event_id, "no such merged event in the store")
            rows = conn.execute(
                select(
                    mentions.c.doc_id,
                    mentions.c.event_index,
                    mentions.c.score,
                    mentions.c.explanation,
                    mentions.c.candidate,
                )
                .where(mentions.c.merged_id == merged)
                .order_by(mentions.c.id)
            ).all()
        return {
            "event_id": event_id,
            "mentions": [
                {
                    "doc_id": r.doc_id,
                    "event_index": r.event_index,
                    "score": r.score,
                    "how": r.explanation,
                    **({"corroborating": True, "judged": r.candidate} if r.candidate is not None else {}),
                }
                for r in rows
            ],
            "record": record,
        }

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                name: conn.execute(select(table.c[col]).where(table.c[col].is_not(None))).all().__len__()
                for name, table, col in (
                    ("documents", documents, "doc_id"),
                    ("mentions", mentions, "id"),
                    ("merged_events", merged_events, "id"),
                )
            }


def _keys(record: JSON, by: str) -> list[str]:
    day = (record.get("date") or {}).get("start")
    if by == "type":
        return [record["event_type"]]
    if by == "country":
        countries = {p.get("country") for p in record.get("locations") or [] if p.get("country")}
        return sorted(countries) or ["(unknown)"]
    if by == "province":  # the Kemendagri province a place lies in, or a foreign province named
        provinces = {p.get("admin1") or p["name"] for p in record.get("locations") or []
                     if p.get("admin1") or p.get("feature") == "admin1"}  # fmt: skip
        return sorted(provinces) or ["(unknown)"]
    if not day:
        return ["(undated)"]
    if by == "day":
        return [day[:10]]
    if by == "month":
        return [day[:7]]
    if by == "week":
        try:
            iso = date.fromisoformat(day[:10]).isocalendar()
        except ValueError:
            return [day[:7]]
        return [f"{iso.year}-W{iso.week:02d}"]
    raise StoreError(by, "aggregate by day, week, month, type, country or province")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()
