"""Article text from HTML pages: the main text, title and publication day, by trafilatura
(boilerplate removal made for news sites: menus, footers, "baca juga" boxes and comments are
left out), with the standard library's parser as the fallback for a page trafilatura finds no
article in (a short fragment) or where it is not installed.

The text is laid out as the project's news texts are: the headline, a blank line, then the
paragraphs separated by blank lines. Offsets in the output index this text, which the output
carries (`"text"`), since it is not the page's bytes. The publication time (htmldate reads
`article:published_time`, JSON-LD `datePublished` and the other metadata; never the body text,
whose dates are the events') becomes the document's reference time when the record gives none.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser
from typing import Any

_BLOCKS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "table",
        "ul",
        "ol",
        "title",
    }
)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: str | None = None
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "noscript", "template"):
            self.skip += 1
        if tag == "title":
            self._in_title = True
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "noscript", "template") and self.skip:
            self.skip -= 1
        if tag == "title":
            self._in_title = False
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data.strip()
            return
        if not self.skip:
            self.parts.append(" ".join(data.split()) if data.strip() else (" " if data else ""))


def html_to_text(html: str) -> tuple[str, str | None]:
    """Visible text of an HTML page (one block per line) and its <title>."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    return "\n".join(line for line in lines if line), parser.title


@dataclass(frozen=True, slots=True)
class HtmlPage:
    text: str
    title: str | None = None
    published: str | None = None  # ISO 8601 time with its offset, from the page's metadata
    url: str | None = None  # the page's own address (canonical link, og:url), when it gives one


def _trafilatura(html: str) -> Any:
    try:
        import trafilatura  # type: ignore[import-untyped]
    except ImportError:
        return None
    return trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, deduplicate=False
    )


def _field(found: Any, name: str) -> str:
    """A field of trafilatura's result: a Document object (2.x) or a dict (1.x)."""
    value = found.get(name) if isinstance(found, dict) else getattr(found, name, None)
    return str(value or "").strip()


def extract_page(html: str) -> HtmlPage:
    """The article of an HTML page: text, title and publication day."""
    found = _trafilatura(html)
    body = _field(found, "text")
    if not body:
        text, title = html_to_text(html)  # a fragment: no article, but perhaps its metadata
        return HtmlPage(text=text, title=title, published=_published(html))
    title = _field(found, "title") or None
    paragraphs = [" ".join(line.split()) for line in body.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    text = "\n\n".join([title, *paragraphs] if title else paragraphs)
    url = _field(found, "url") or None
    return HtmlPage(text=text, title=title, published=_published(html), url=url)


#: meta tags naming a page's first publication (property, name or itemprop), most specific first
_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dcterms.issued",
)


class _MetaReader(HTMLParser):
    """The <meta> tags and JSON-LD blocks of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.json_ld: list[str] = []
        self._in_json_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta" and found.get("content"):
            for key in ("property", "name", "itemprop"):
                if found.get(key):
                    self.meta.setdefault(found[key].strip().lower(), found["content"].strip())
        elif tag == "script" and found.get("type", "").strip().lower() == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data: str) -> None:
        if self._in_json_ld:
            self.json_ld[-1] += data


def _json_ld_published(node: object) -> str | None:
    """The first `datePublished` in a JSON-LD value (its `@graph` and nested objects included)."""
    if isinstance(node, dict):
        value = node.get("datePublished")
        if isinstance(value, str) and value.strip():
            return value.strip()
        children: list[object] = list(node.values())
    elif isinstance(node, list):
        children = node
    else:
        return None
    for child in children:
        if (found := _json_ld_published(child)) is not None:
            return found
    return None


def _iso(value: str) -> str | None:
    """`value` if it is an ISO 8601 date or date-time, else None."""
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value


def _declared_published(html: str) -> str | None:
    """The publication time the page declares in its metadata, with its clock time and offset."""
    reader = _MetaReader()
    try:
        reader.feed(html)
        reader.close()
    except AssertionError:  # the stdlib parser's reaction to some malformed markup
        return None
    for key in _PUBLISHED_META:
        if key in reader.meta and (found := _iso(reader.meta[key])) is not None:
            return found
    for block in reader.json_ld:
        try:
            value = _json_ld_published(json.loads(block))
        except (ValueError, RecursionError):  # broken or absurdly nested JSON-LD: no date from it
            continue
        if value is not None and (found := _iso(value)) is not None:
            return found
    return None


def _published(html: str) -> str | None:
    """The page's publication time from its metadata only: what it declares
    (`article:published_time`, JSON-LD `datePublished`, …) with its clock time and offset, else
    htmldate's reading of the other metadata (never the body text, whose dates are the events';
    htmldate prefers a date in the page's address and then keeps the day only)."""
    declared = _declared_published(html)
    if declared is not None:
        return declared
    try:
        from htmldate import find_date  # type: ignore[import-untyped]
    except ImportError:
        return None
    found = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%dT%H:%M:%S%z")
    return str(found) if found else None
