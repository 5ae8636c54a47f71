"""Find the quantities of a text, leaving out numbers that are labels, dates, times or money."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang import language_cache
from ..spans import Quantity
from .lexicon import KINDS, alternation, policy, table, words
from .numbers import interpret, quantity_regex
from .numbers import lexicon as numbers_lexicon

_WORD_BEFORE = re.compile(r"([^\s\[(]+)[ \t]+$")
_TITLE_AND_NAME = re.compile(r"[ \t]+[A-Z][a-z]+[ \t]+[A-Z][a-z]")
_WORD_AFTER = re.compile(r"^\s*([%$]|\w+(?:/\w+)?)")


@dataclass(frozen=True, slots=True)
class Guards:
    label_before: frozenset[str]
    ordinal_marks: tuple[str, ...]  # "ke-" of "ke-82"
    money_before: frozenset[str]
    unit_after: frozenset[str]
    months: frozenset[str]
    count_nouns: frozenset[str]
    casualty_words: frozenset[str]  # "Tewas 692" in an infobox is a count
    phrases: re.Pattern[str]
    years: tuple[int, int]


@language_cache
def guards() -> Guards:
    low, high = policy().year_range
    return Guards(
        label_before=frozenset(words("guards", "label_before")),
        ordinal_marks=tuple(words("guards", "ordinal_marks")),
        money_before=frozenset(words("guards", "money_before")),
        unit_after=frozenset(words("guards", "unit_after")),
        months=frozenset(words("guards", "months")),
        count_nouns=frozenset(words("casualties", "people")),
        casualty_words=frozenset(
            str(w).lower() for kind in KINDS for role in ("after", "nouns") for w in table("casualties")[kind][role]
        ),
        phrases=re.compile(rf"(?<!\w)(?:{alternation(words('guards', 'phrases'))})(?!\w)", re.IGNORECASE),
        years=(low, high),
    )


def _sentence_initial(text: str, start: int) -> bool:
    """At a sentence start, or right after a dateline's dash ("(7/3/2024) – Tiga awak tewas", also a
    hyphen standing alone: "JAKARTA, KOMPAS.com - Dua orang tewas"), or at the start of a quotation
    (an opening quotation mark, escaped too as a scraped text has it: 'kata Kapolsek, \\"Kelima pelaku …')."""
    near = text[max(0, start - 5) : start].rstrip(" \t")
    if near.endswith(('"', "“", "‘")):
        return True
    if near.endswith(" -") and len(near) < start - max(0, start - 5):
        return True  # "KOMPAS.com - Seorang pria": a hyphen with a space on both sides
    before = near.rstrip("'(")
    return not before or before[-1] in ".!?\n:;|–—"


def _is_year(body: str, after: str, g: Guards) -> bool:
    for part in re.findall(r"\d+(?:[.,]\d+)*", body):
        if re.fullmatch(r"\d{4}", part) and g.years[0] <= int(part) <= g.years[1] and after not in g.count_nouns:
            return True
    return False


def _title_and_name(text: str, body_start: int, end: int) -> bool:
    """A capitalised word and a name after the number inside a sentence ("Pada 1066 Raja Harald
    …", "sejak 2004 Presiden Susilo …"): a people word so written is a title, not what is counted,
    so the number may be a year. At a sentence's start or in a headline's title case ("2000
    Polisi Dikerahkan", "Polisi Tangkap 1500 Orang Dalam Operasi") it is still a count."""
    if not _TITLE_AND_NAME.match(text, end) or _sentence_initial(text, body_start):
        return False
    before = _WORD_BEFORE.search(text, max(0, body_start - 40), body_start)
    return before is None or not before.group(1)[:1].isupper() or _sentence_initial(text, before.start(1))


def _blocked(text: str, start: int, body_start: int, end: int, has_qual: bool) -> bool:
    """True when the number at text[body_start:end] is not a count of things."""
    g = guards()
    body = text[body_start:end]
    m_before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    raw_before = m_before.group(1) if m_before else ""
    before = raw_before.lower()
    m_after = _WORD_AFTER.match(text[end : end + 40])
    after = m_after.group(1).lower() if m_after else ""
    glued = text[end : end + 1]
    if glued == "%" or (start and text[start - 1] == "[") or glued == "]" or text[end : end + 3] == "-an":
        return True
    if text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
        return True  # "satu-satunya", "1990-an"
    if before.rstrip(".") in g.money_before or before in g.money_before or after in g.unit_after:
        return True
    if after in g.months or (not has_qual and before.strip(",") in g.months):
        return True
    if not has_qual and (before.rstrip(".") in g.label_before or before.endswith(g.ordinal_marks)):
        return True
    if body.lower() in numbers_lexicon().collective and after not in g.count_nouns:
        return True  # "hari kedua": an ordinal; "kedua pelaku": a count
    if ":" in body or _is_year(body, "" if _title_and_name(text, body_start, end) else after, g):
        return True
    if not has_qual and body[:1].isupper() and not _sentence_initial(text, body_start):
        return True  # "Lima" (the city), "Kepulauan Seribu"
    capital_label = (
        m_before is not None
        and raw_before[:1].isupper()
        and raw_before.isalpha()
        and not _sentence_initial(text, m_before.start(1))
        and before not in g.casualty_words
    )
    return not has_qual and body[:1].isdigit() and capital_label and after not in g.count_nouns


def find_quantities(text: str) -> list[Quantity]:
    """Numbers of `text` with their qualifiers, in text order.

    Leaves out years and days of dates, clock times, citation markers, ordinals ("ke-82"),
    codes ("AH-64", "Pasal 28"), percentages, money and time spans.
    """
    g = guards()
    fixed = [(m.start(), m.end()) for m in g.phrases.finditer(text)]
    out: list[Quantity] = []
    for m in quantity_regex().finditer(text):
        start, end = m.span()
        body_start = m.start("body")
        if any(s < end and start < e for s, e in fixed):
            continue
        if _blocked(text, start, body_start, end, m["qual"] is not None):
            continue
        value = interpret(m["qual"], m["body"])
        if value is None:
            continue
        lo, hi, qualifier = value
        out.append(Quantity(text=text[start:end], start=start, end=end, min=lo, max=hi, qualifier=qualifier))
    return out
