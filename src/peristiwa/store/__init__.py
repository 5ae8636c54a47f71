"""The event store: one record per real-world event across articles (``docs/store.md``).

Needs the ``store`` extra (SQLAlchemy, Alembic; psycopg for PostgreSQL)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .core import AddReport, EventStore

__all__ = ["AddReport", "EventStore"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import core

        return getattr(core, name)
    raise AttributeError(name)
