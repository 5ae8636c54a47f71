"""Reading documents: plain text, HTML, JSONL records; files, directories and stdin.

Every document becomes a `Record`. The text peristiwa keeps (and every offset indexes) is:
- plain text: the file decoded as UTF-8, a leading BOM removed, everything else as is (CRLF kept);
- HTML: the visible text of the page (scripts/styles dropped, block elements on their own
  lines, entities decoded) — offsets index that extracted text, which the output's
  `text_sha256` identifies;
- JSONL: the record's `text` field exactly.
A document that cannot be read is an `InputError` naming the file (and line), never fatal
to the rest of a batch.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from . import errors
from .errors import InputError

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})


@dataclass(slots=True)
class Record:
    """One document to process."""

    id: str
    text: str
    reference_time: datetime | None = None
    url: str | None = None
    title: str | None = None
    #: the writing time to use only where neither the record nor the document gives one (a CLI
    #: --reference-time): precedence record > document (news dateline, HTML metadata) > fallback
    fallback_reference_time: datetime | None = None
    #: whether the output carries the text (offsets index it): always for HTML, whose text is
    #: extracted, and for every document with the CLI's --keep-text
    keep_text: bool = False


# Reference times outside these years are refused: relative dates ("kemarin", "10 tahun lalu")
# are computed from them, and Python's dates end at the years 1 and 9999.
FIRST_YEAR, LAST_YEAR = 1000, 2999


def parse_reference_time(value: str | datetime | date | None) -> datetime | None:
    """An ISO 8601 date or datetime as an aware datetime (naive values are taken as UTC), in the
    years FIRST_YEAR-LAST_YEAR."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    else:
        try:
            moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError as err:
            raise InputError("reference_time", errors.BAD_TIME.format(value=value)) from err
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise InputError("reference_time", errors.TIME_RANGE.format(value=str(value), first=FIRST_YEAR, last=LAST_YEAR))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def check_text(text: object, where: str, *, blank: bool = False) -> str:
    """`text` if it is usable Unicode text: a string, not blank (unless `blank`), without NUL
    characters or lone surrogates (which no UTF-8 output can hold); else an InputError naming the
    character."""
    if not isinstance(text, str):
        raise InputError(where, errors.NOT_TEXT.format(field="text", kind=type(text).__name__))
    if not blank and not text.strip():
        raise InputError(where, errors.EMPTY_DOCUMENT)
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(where, errors.NUL_CHAR.format(offset=nul))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        raise InputError(where, errors.SURROGATE.format(point=ord(text[err.start]), offset=err.start)) from err
    return text


def check_record(record: Record) -> Record:
    """The record if it can be processed and written: usable text (`check_text`), string id, url
    and title, and an aware reference time in range; else an InputError naming the document."""
    where = f"document {record.id!r}" if isinstance(record.id, str) else "document"
    if not isinstance(record.id, str):
        raise InputError(where, errors.NOT_TEXT.format(field="id", kind=type(record.id).__name__))
    check_text(record.text, where, blank=True)  # the API gives a blank text an empty answer
    for field in ("url", "title"):
        value = getattr(record, field)
        if value is not None and not isinstance(value, str):
            raise InputError(where, errors.NOT_TEXT.format(field=field, kind=type(value).__name__))
    ref = record.reference_time
    if ref is not None:
        if not isinstance(ref, datetime):
            raise InputError(where, errors.NOT_TEXT.format(field="reference_time", kind=type(ref).__name__))
        if not FIRST_YEAR <= ref.year <= LAST_YEAR:
            why = errors.TIME_RANGE.format(value=ref.isoformat(), first=FIRST_YEAR, last=LAST_YEAR)
            raise InputError(where, why)
    return record


def decode(data: bytes, where: str) -> str:
    """Bytes as UTF-8 text (BOM removed); binary, undecodable or empty input is an InputError."""
    if b"\x00" in data[:8192]:
        raise InputError(where, errors.BINARY)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(where, errors.NOT_UTF8.format(byte=data[err.start], offset=err.start)) from err
    return check_text(text, where)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


def record_from_json(obj: object, where: str, line: int) -> Record:
    """A JSONL object `{"id", "text", "reference_time", "url", "title"}` as a Record."""
    if not isinstance(obj, dict):
        raise InputError(where, errors.BAD_JSONL.format(line=line, why="not an object"))
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(where, errors.BAD_FIELD.format(line=line, field="text", kind="a string"))
    if not text.strip():
        raise InputError(f"{where}:{line}", errors.EMPTY_DOCUMENT)
    for key in ("id", "url", "title", "reference_time"):
        value = obj.get(key)
        if value is not None and (not isinstance(value, str | int) or isinstance(value, bool)):
            raise InputError(where, errors.BAD_FIELD.format(line=line, field=key, kind="a string"))
    try:
        check_text(text, f"{where}:{line}")
    except InputError as err:
        raise InputError(f"{where}:{line}", err.why) from err
    try:
        ref = parse_reference_time(obj.get("reference_time"))
    except InputError as err:
        raise InputError(f"{where}:{line}", err.why) from err
    return Record(
        id=str(obj.get("id") or f"{Path(where).stem}:{line}"),
        text=text,
        reference_time=ref,
        url=_optional_str(obj.get("url")),
        title=_optional_str(obj.get("title")),
    )


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def read_jsonl(data: bytes, where: str) -> Iterator[Record | InputError]:
    """Records of a JSONL file; a bad line is an InputError, the other lines still come."""
    try:
        text = decode(data, where)
    except InputError as err:
        yield err
        return
    # Records end at "\n" only: JSON strings may hold U+2028, U+0085 or "\r" raw, where
    # str.splitlines would cut a record in two.
    for n, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            yield record_from_json(json.loads(raw), where, n)
        except json.JSONDecodeError as err:
            yield InputError(where, errors.BAD_JSONL.format(line=n, why=err.msg))
        except InputError as err:
            yield err


def read_document(data: bytes, where: str, *, doc_id: str, html: bool = False) -> Record:
    """One text or HTML document. An HTML page gives its article text (which the output then
    carries), title and publication day (the document's reference time)."""
    text = decode(data, where)
    if not (html or _looks_like_html(text)):
        return Record(id=doc_id, text=text)
    from .html import extract_page

    page = extract_page(text)
    if not page.text.strip():
        raise InputError(where, errors.EMPTY_DOCUMENT)
    try:
        published = parse_reference_time(page.published)
    except InputError:
        published = None  # a page's odd date is no reason to refuse its text
    return Record(
        id=doc_id,
        text=page.text,
        reference_time=_page_time(page.text, published),
        title=page.title,
        url=page.url,
        keep_text=True,
    )


def _page_time(text: str, published: datetime | None) -> datetime | None:
    """The page's publication time as the document's reference time, unless its text opens with
    a dated dateline of another day: the text's relative words ("kemarin") are written against
    its dateline (a wire story posted the next day keeps its dateline), which the pipeline then
    reads. On the dateline's own day the page's time stands: it is the more precise (clock time
    and offset)."""
    if published is None:
        return None
    from .times.dateline import dateline_reference

    day = dateline_reference(text)
    return None if day is not None and day.date() != published.date() else published


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | str]:
    """Files named directly, and the text/HTML/JSONL files inside directories (sorted)."""
    for raw in paths:
        if str(raw) == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            suffixes = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)
        else:
            yield path


def iter_records(paths: Iterable[str | Path]) -> Iterator[Record | InputError]:
    """Every document under `paths`, in order; unreadable ones as InputError values."""
    for path in expand_paths(paths):
        if path == "-":
            data = sys.stdin.buffer.read()
            try:
                yield read_document(data, "<stdin>", doc_id="stdin")
            except InputError as err:
                yield err
            continue
        assert isinstance(path, Path)
        where = str(path)
        try:
            data = path.read_bytes()
        except OSError as err:
            yield InputError(where, err.strerror or str(err))
            continue
        if path.suffix.lower() in JSONL_SUFFIXES:
            yield from read_jsonl(data, where)
            continue
        try:
            yield read_document(data, where, doc_id=path.stem, html=path.suffix.lower() in HTML_SUFFIXES)
        except InputError as err:
            yield err
