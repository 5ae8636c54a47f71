"""What the export formats share: the figures and names of an event, dates as days, and CSV cells
that a spreadsheet does not run as formulas."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from ..document import Document
from ..spans import JSON


class Writer(Protocol):
    def write(self, document: Document) -> None: ...


def figure(event: JSON, kind: str) -> int | None:
    """The event's figure of `kind`: the largest lower bound among its figures of that kind."""
    values = [c["min"] for c in event["casualties"] if c["kind"] == kind and c["min"] is not None]
    return max(values) if values else None


def killed(event: JSON) -> int | None:
    """Reported deaths: the largest lower bound among the event's `killed` figures."""
    return figure(event, "killed")


def name_or_none(party: JSON) -> str | None:
    return party.get("name") or party.get("text") or None


# A spreadsheet takes a cell starting with one of these as a formula ("=HYPERLINK(...)"): text
# cells that do are written with a leading apostrophe, as OWASP advises; numbers stay numbers.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """`value` for a CSV cell: text that a spreadsheet would run as a formula gets a leading "'"."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        try:
            float(value)
        except ValueError:
            return "'" + value
    return value


def safe_row(row: JSON) -> JSON:
    return {key: safe_cell(value) for key, value in row.items()}


def happened(data: JSON) -> Iterator[JSON]:
    return (e for e in data["events"] if not e["negated"])


def first(items: list[JSON]) -> JSON:
    return items[0] if items else {}


def party_name(party: JSON) -> str:
    return str(party.get("name") or party.get("text") or "")


def day_of(date: JSON | None) -> str:
    """`date.start` as YYYY-MM-DD (month/year precision: the first day), or ""."""
    if not date:
        return ""
    start = str(date["start"])
    return {4: start + "-01-01", 7: start + "-01"}.get(len(start), start[:10])
