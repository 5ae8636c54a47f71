"""Casualty phrases: how many were killed, injured, missing, arrested, displaced or abducted.

Four shapes, tried in this order for each number of the text:
  count [group] [fillers] verb     "sedikitnya 25 pejuang milisi tewas", "40 lainnya luka-luka"
  verb count [group]               "menewaskan 12 orang", "melukai puluhan lainnya"
  noun [link] count [group]        "korban tewas mencapai 135 orang", "Korban luka | 57 orang"
and negated nouns ("tidak ada korban jiwa" → killed 0, exact). Counts of deployed troops and
other clauses are kept apart by breaker words ("dikerahkan", "setelah", "termasuk").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from ..spans import Casualty, Qualifier, Quantity
from ..tokens import Token, tokenize, within
from .fixed import infobox_rows, leg_shots, named_objects, named_people, negated
from .lexicon import alternation, table, words
from .numbers import lexicon as numbers_lexicon
from .phrasebook import AGE, FULL_NAME, Trigger, find_triggers, lexicon
from .recognise import find_quantities


@dataclass(frozen=True, slots=True)
class GroupWords:
    """The words that bound and join the groups of casualty phrases (`lang/id/quantities/casualties.yaml`)."""

    shared: frozenset[str]  # "lainnya": the people of the figure before
    group_required: frozenset[str]  # "luka": a verb only after named people ("dua polisi luka")
    not_starts: frozenset[str]
    conjunctions: frozenset[str]
    and_word: str
    one_and: re.Pattern[str]  # "pelaku dan " before a figure
    # a verb by its prefix ("dikabarkan"), for tokens the tagger has not seen (`verbish`)
    verb_form: re.Pattern[str]
    # "ketiga dari " before a count: an ordinal or a part word, then the partitive word
    part_of: re.Pattern[str]
    # " dari " alone between two counts ("dua dari lima"): the second is the whole
    partitive_gap: re.Pattern[str]
    verb_links: frozenset[str]  # "melukai sebanyak empat prajurit"
    # "sedikitnya telah menewaskan 300 warga": a lower bound told before the verb, past an adverb
    bound_before: re.Pattern[str]
    # "Budi dan " / "pria itu dan " / "Ia bersama " before a count of companions or others: one more
    one_with: re.Pattern[str]


@cache
def group_words() -> GroupWords:
    and_word = str(table("casualties")["and_word"])
    return GroupWords(
        shared=frozenset(words("casualties", "shared_groups")),
        group_required=frozenset(words("casualties", "group_required")),
        not_starts=frozenset(words("casualties", "not_group_starts")),
        conjunctions=frozenset(words("casualties", "subject_conjunctions")),
        and_word=and_word,
        one_and=re.compile(rf"(?<![\w-])([\w-]+)\s+{re.escape(and_word)}\s+$"),
        verb_form=re.compile(rf"(?:{alternation(words('casualties', 'verb_prefixes'))})\w{{3,}}"),
        part_of=re.compile(
            rf"(?<![\w-])(?:{alternation([*words('casualties', 'partitive_parts'), *numbers_lexicon().collective])})"
            rf"\s+{re.escape(str(table('casualties')['partitive_word']))}\s+$",
            re.IGNORECASE,
        ),
        partitive_gap=re.compile(rf"\s+{re.escape(str(table('casualties')['partitive_word']))}\s+", re.IGNORECASE),
        verb_links=frozenset(words("casualties", "verb_links")),
        bound_before=re.compile(
            rf"(?<![\w-])(?:{alternation(w for w, k in numbers_lexicon().qualifiers.items() if k == 'at_least')})"
            rf"\s+(?:(?:{alternation(words('casualties', 'named_fillers'))})\s+)?$",
            re.IGNORECASE,
        ),
        one_with=re.compile(
            rf"(?:(?<![\w-])(?P<pronoun>(?i:{alternation(words('casualties', 'one_person_pronouns'))}))"
            rf"|(?P<name>{FULL_NAME})(?:[ \t]+{AGE})?"
            rf"|(?<![\w-])(?P<noun>(?i:[a-z-]+))[ \t]+(?:{alternation(words('casualties', 'demonstratives'))}))"
            rf"(?:[ \t]*,[^,.;:!?()\n]{{1,60}},)?[ \t]+(?i:{alternation(words('casualties', 'companion_joiners'))})"
            rf"[ \t]+$"
        ),
    )


def verbish(token: Token) -> bool:
    """A verb ("dikabarkan", "tertembak"): it ends the naming of a group, and a subject joined
    after one is its own. The tagger's UPOS decides ("kepolisian", "menteri" are nouns); a token
    without one (no model) is a verb by its prefix."""
    if token.pos is not None:
        return token.pos == "VERB"
    return group_words().verb_form.fullmatch(token.lower) is not None


def _has_breaker(tokens: Sequence[str]) -> bool:
    lex = lexicon()
    low = [t.lower() for t in tokens]
    pairs = {f"{a} {b}" for a, b in pairwise(low)}
    return any(t in lex.breakers for t in low) or bool(pairs & lex.breakers)


def _is_people(tokens: Sequence[str]) -> bool:
    lex = lexicon()
    if not tokens:
        return True
    first = tokens[0].lower()
    bare = first.removesuffix(lex.clitic)
    first = bare if bare != first and bare in lex.people else first  # "anaknya"
    return first in lex.people or (len(tokens) > 1 and f"{first} {tokens[1].lower()}" in lex.people)


def _group(tokens: Sequence[Token]) -> list[str]:
    """The leading words naming the counted people ("pejuang milisi" of "pejuang milisi yang")."""
    lex, bounds = lexicon(), group_words()
    out: list[str] = []
    for token in tokens:
        tok, low = token.text, token.text.lower()
        if not tok[0].isalnum() and tok[0] not in "'’":
            break
        if low in lex.stops:
            break
        if out and (low in lex.fillers or (low not in lex.people and verbish(token) and tok.islower())):
            break
        if not out and low in bounds.not_starts:
            break
        out.append(tok)
        if len(out) == 4:
            break
    return out


def _line_after(text: str, every: Sequence[Token], pos: int) -> list[Token]:
    """The tokens of the 60 characters after `pos`, up to a line break."""
    end = min(pos + 60, len(text))
    newline = text.find("\n", pos, end)
    return within(every, pos, end if newline < 0 else newline)


def _count_then_verb(text: str, every: Sequence[Token], q: Quantity, trig: Trigger) -> list[str] | None:
    """The group words when `q … trig` reads "25 pejuang milisi tewas", else None."""
    gap = text[q.end : trig.start]
    tokens = _without_aside(within(every, q.end, trig.start))
    toks = [t.text for t in tokens]
    if "\n" in gap or len(toks) > 7 or _has_breaker(toks) or any(not t[0].isalnum() for t in toks):
        return None
    if "after" not in trig.roles and not ("noun" in trig.roles and len(toks) <= 1):
        return None
    bounds = group_words()
    for k, (before, tok) in enumerate(pairwise(tokens), start=1):
        joined = tokens[k + 1].text if k + 1 < len(tokens) else None
        if tok.lower in bounds.conjunctions and not verbish(before) and not (joined and _is_people([joined])):
            return None  # "2 orang anak dan meninggal": the verb has another subject ("guru dan perawat" is one)
    group = _group(tokens)
    if not group and " ".join(text[trig.start : trig.end].lower().split()) in bounds.group_required:
        return None  # "sejumlah luka lebam": wounds, not the wounded
    return group if _is_people(group) else None


def _without_aside(tokens: Sequence[Token]) -> Sequence[Token]:
    """The words between a count and its verb less an aside in commas right before the verb, after
    the group named ("47 warga, yang diduga penambang liar, ditangkap", "Empat pria di Serang,
    Banten, ditangkap"): the verb is the group's still. Only after a group of words, and with
    nothing but words between the commas."""
    commas = [i for i, t in enumerate(tokens) if t.text == ","]
    if len(commas) != 2 or commas[0] == 0 or commas[1] != len(tokens) - 1:
        return tokens
    aside = tokens[commas[0] + 1 : commas[1]]
    if not aside or len(aside) > 8 or any(not t.text[0].isalnum() for t in aside):
        return tokens
    return tokens[: commas[0]]


def _verb_then_count(text: str, every: Sequence[Token], q: Quantity, trig: Trigger) -> list[str] | None:
    gap = text[trig.end : q.start].strip().lower()
    if "before" not in trig.roles or (gap and gap not in group_words().verb_links):
        return None
    after = _line_after(text, every, q.end)
    group = _group(after)
    return group if _is_people(group) else None


def _noun_then_count(text: str, every: Sequence[Token], q: Quantity, trig: Trigger) -> list[str] | None:
    if not trig.roles & {"noun", "after"}:
        return None
    gap = text[trig.end : q.start]
    toks = [t.text for t in within(every, trig.end, q.start)]
    lex = lexicon()
    if "\n" in gap or len(toks) > 6 or _has_breaker(toks) or any(t in ",.;()" for t in toks):
        return None
    if toks and toks[-1].lower() not in lex.links:
        return None
    group = _group(_line_after(text, every, q.end))
    if group and _is_people(group):
        return group
    return [] if toks or "noun" in trig.roles else None  # "tewas 12 orang" needs its group


def _paired(
    text: str,
    every: Sequence[Token],
    q: Quantity,
    bounds: tuple[int, int],
    triggers: Sequence[Trigger],
    edges: tuple[list[int], list[int]],
    used: set[int],
) -> tuple[Trigger, list[str], int, int] | None:
    """The casualty word a figure counts for, with the group counted and the phrase's start and end:
    the word after it ("12 warga tewas") or before it ("menewaskan 12 warga", "korban tewas 12 orang"),
    within `bounds` (the end of the figure before, the start of the next), not one already `used`;
    `edges` are the triggers' starts and ends."""
    prev_q_end, limit = bounds
    starts, ends = edges
    at = bisect_left(starts, q.end)  # the first trigger after the figure
    nxt = triggers[at] if at < len(triggers) and starts[at] < limit and starts[at] - q.end <= 80 else None
    before = bisect_right(ends, q.start) - 1  # the last trigger ending before it
    prev = triggers[before] if before >= 0 and q.start - ends[before] <= 60 else None
    if nxt is not None and id(nxt) not in used and (group := _count_then_verb(text, every, q, nxt)) is not None:
        return nxt, group, q.start, nxt.end
    if prev is not None and id(prev) not in used and prev.end >= prev_q_end:
        group = _verb_then_count(text, every, q, prev)
        group = _noun_then_count(text, every, q, prev) if group is None else group
        if group is not None:
            return prev, group, prev.start, _after_group(text, q.end, group)
    return None


def find_casualties(
    text: str, *, quantities: Sequence[Quantity] | None = None, tokens: Sequence[Token] | None = None
) -> list[Casualty]:
    """Casualty figures of `text` in text order; `quantities` are those of `find_quantities(text)`,
    `tokens` the text's tokens (the pipeline's Doc's; without them the text is tokenised)."""
    every = tokenize(text) if tokens is None else tokens
    qs = _without_wholes(
        text, sorted(find_quantities(text) if quantities is None else quantities, key=lambda q: q.start)
    )
    triggers = find_triggers(text)  # one regex's matches: in order, none overlapping
    edges = [t.start for t in triggers], [t.end for t in triggers]
    used: set[int] = set()
    joined: set[int] = set()  # counts added to the figure before them ("empat tentara dan tiga warga")
    found: list[Casualty] = []
    for i, q in enumerate(qs):
        if i in joined:
            continue
        prev_q_end = qs[i - 1].end if i else 0
        limit = qs[i + 1].start if i + 1 < len(qs) else len(text)
        result = _paired(text, every, q, (prev_q_end, limit), triggers, edges, used)
        if result is None:
            continue
        trig, group, start, end = result
        used.add(id(trig))
        who = _shared_group(text, " ".join(group) or None, q, trig, found)
        lo, hi, qualifier = q.min, q.max, q.qualifier
        named = bool(group) and group[0].lower() not in group_words().shared  # "11 polisi", not "183" or "lainnya"
        if named and start == q.start and i and (first := _counted_before(text, every, qs[i - 1], q, found)):
            start, lo, hi, qualifier = first.start, *_added(first, q)  # "12 warga dan 11 polisi terluka"
        elif start < q.start and i + 1 < len(qs) and _counted_after(text, every, end, qs[i + 1], triggers):
            nxt_q = qs[i + 1]
            joined.add(i + 1)
            end = _after_group(text, nxt_q.end, _group(_line_after(text, every, nxt_q.end)))
            lo, hi, qualifier = _added(q, nxt_q)  # "menewaskan empat tentara dan tiga warga sipil"
        if start == trig.start < q.start and qualifier == "exact":
            start, hi, qualifier = _bound_before(text, start, hi, qualifier)
        if start == q.start and (
            (one := _one_more(text, q, prev_q_end)) is not None
            or (one := _one_with_others(text, q, trig, qs[:i])) is not None
        ):
            start, lo, hi = one, None if lo is None else lo + 1, None if hi is None else hi + 1
            who = f"{text[one : q.start].split()[0]} {group_words().and_word} {who}" if who else who
        found.append(
            Casualty(
                text=text[start:end],
                start=start,
                end=end,
                kind=trig.kind,
                min=lo,
                max=hi,
                qualifier=qualifier,
                who=who,
            )
        )
    return _with_fixed_shapes(text, found)


def _with_fixed_shapes(text: str, found: list[Casualty]) -> list[Casualty]:
    """`found` with the figures of fixed shapes (infobox rows, "tidak ada korban jiwa", named people
    and objects, shots in the leg) added, in text order."""
    found.extend(infobox_rows(text))
    found.extend(negated(text))
    found.extend(named_people(text, taken=found))
    found.extend(named_objects(text, taken=found))
    found.extend(leg_shots(text, taken=found))
    found.sort(key=lambda c: c.start)
    return found


def _shared_group(text: str, who: str | None, q: Quantity, trig: Trigger, found: Sequence[Casualty]) -> str | None:
    """The group a figure counts: its own, or (when it names none or only "lainnya") the group of the
    figure just before in the same clause ("25 pejuang tewas dan 55 luka-luka": the same people)."""
    if (who is None or who.lower() in group_words().shared) and trig.roles != frozenset({"noun"}) and found:
        last = found[-1]
        if last.who and q.start - last.end <= 40 and not re.search(r"[.!?\n]", text[last.end : q.start]):
            return last.who
    return who


def _bound_before(text: str, start: int, hi: int | None, qualifier: Qualifier) -> tuple[int, int | None, Qualifier]:
    """A lower bound told before the verb, past an adverb ("sedikitnya telah menewaskan 300 warga"):
    the phrase starts there and the figure is "at least"."""
    bound = group_words().bound_before.search(text, max(0, start - 40), start)
    return (bound.start(), None, "at_least") if bound else (start, hi, qualifier)


def _without_wholes(text: str, qs: Sequence[Quantity]) -> list[Quantity]:
    """The quantities less the wholes a part is taken from: "lima" of "anak ketiga dari lima bersaudara"
    and of "dua dari lima sandera" counts no one."""
    part_of, gap = group_words().part_of, group_words().partitive_gap
    out: list[Quantity] = []
    for q in qs:
        before = text[max(0, q.start - 30) : q.start]
        after_count = bool(out) and gap.fullmatch(text, out[-1].end, q.start)
        if not (after_count or part_of.search(before)):
            out.append(q)
    return out


def _added(first: Quantity, second: Quantity) -> tuple[int | None, int | None, Qualifier]:
    """Two disjoint groups of one figure added up; a bound or a vague count makes the sum one too."""
    lo = None if first.min is None or second.min is None else first.min + second.min
    hi = None if first.max is None or second.max is None else first.max + second.max
    qualifier: Qualifier = next((x.qualifier for x in (first, second) if x.qualifier != "exact"), "exact")
    return lo, None if qualifier == "at_least" else hi, qualifier


def _joins(text: str, pos: int, end: int) -> bool:
    """Only the joining word ("dan") stands between `pos` and `end`."""
    return text[pos:end].strip().lower() in group_words().conjunctions and "\n" not in text[pos:end]


def _named_people(group: list[str]) -> bool:
    """A group of people named by a noun ("tiga warga sipil"), not "lainnya" (the figure before's)."""
    return bool(group) and _is_people(group) and group[0].lower() not in group_words().shared


def _counted_before(
    text: str, every: Sequence[Token], prev: Quantity, q: Quantity, found: Sequence[Casualty]
) -> Quantity | None:
    """The count of a group joined before this figure's ("12 pengunjuk rasa dan 11 polisi terluka"):
    both groups are named people, and the first has no verb of its own."""
    if found and found[-1].end > prev.start:
        return None
    group = _group(within(every, prev.end, q.start))
    if not _named_people(group):
        return None
    return prev if _joins(text, _past_age(text, _after_group(text, prev.end, group), q.start), q.start) else None


def _past_age(text: str, pos: int, limit: int) -> int:
    """Past a group's age told after it ("seorang anak berusia 14 tahun dan 8 warga lainnya")."""
    age = _age().match(text, pos, limit)
    return pos if age is None else age.end()


@cache
def _age() -> re.Pattern[str]:
    """A group's age after it: "berusia 14 tahun", "berumur lima tahun", "(14)"."""
    data = table("casualties")
    return re.compile(
        rf"[ \t]+(?:(?:{alternation(words('casualties', 'age_words'))})[ \t]+[\w-]+(?:[ \t]+[\w-]+)?"
        rf"[ \t]+{re.escape(str(data['age_unit']))}|{AGE})(?![\w-])",
        re.IGNORECASE,
    )


def _counted_after(text: str, every: Sequence[Token], end: int, nxt: Quantity, triggers: Sequence[Trigger]) -> bool:
    """A count joined after a verb's figure that is the same verb's ("menewaskan empat tentara dan
    tiga warga sipil"): named people, not "lainnya", and no verb of its own after them."""
    if not _joins(text, _past_age(text, end, nxt.start), nxt.start):
        return False
    group = _group(_line_after(text, every, nxt.end))
    if not _named_people(group):
        return False
    after = _after_group(text, nxt.end, group)
    return not any(after <= t.start <= after + 30 and "after" in t.roles for t in triggers)


def _one_more(text: str, q: Quantity, floor: int) -> int | None:
    """Start of "pelaku dan" in "pelaku dan seorang polisi tewas": a disjoint group of one (killed 2)."""
    m = group_words().one_and.search(text, max(floor, q.start - 40), q.start)
    if m is None or not _is_people([m[1]]) or m[1].lower() in group_words().shared:
        return None
    before = text[max(0, m.start() - 20) : m.start()].rstrip()
    if floor and m.start() - floor <= 2:
        return None  # "dua puluh pejuang dan 3 warga": counted apart
    if before and (before[-1].isdigit() or before.split()[-1].lower() in lexicon().people):
        return None  # "25 pejuang dan 3 warga": counted apart
    return m.start()


def _one_with_others(text: str, q: Quantity, trig: Trigger, earlier: Sequence[Quantity]) -> int | None:
    """Start of "Budi dan" in "Budi dan dua rekannya ditangkap" (arrested 3), of "menteri itu dan" in
    "mantan menteri itu dan 22 orang lainnya tewas" (killed 23): one person joined before a count of
    their companions ("rekannya") or of the others ("lainnya"). Not when the one is counted or plural
    ("ketiga pria itu dan dua lainnya", "para pelaku itu dan ...")."""
    lex, bounds = lexicon(), group_words()
    between = text[q.end : trig.start].lower().split()
    if not any(
        w in bounds.shared or (w.endswith(lex.clitic) and w.removesuffix(lex.clitic) in lex.people) for w in between
    ):
        return None
    m = bounds.one_with.search(text, max(0, q.start - 120), q.start)
    if m is None:
        return None
    one_end = m.end("pronoun") if m["pronoun"] else m.end("name") if m["name"] else m.end("noun")
    if any(m.start() < e.end and e.start < one_end for e in earlier):
        return None  # a count inside the one ("dua tentara itu dan")
    if m["name"] is not None:
        first = m["name"].split()[0].lower()
        if first in lex.people or first in lex.not_names or first.endswith(lex.clitic):
            return None  # "Polisi dan tiga lainnya": a group word, not a name
    if m["noun"] is not None:
        if m["noun"].lower() not in lex.people:
            return None
        before = text[max(0, m.start() - 40) : m.start()].split()
        nearest = before[-3:] if before else []
        if any(w.lower() in _plural_words() for w in nearest) or any(
            e.end <= m.start() and not text[e.end : m.start()].strip(" \t") for e in earlier
        ):
            return None  # "para pelaku itu", "ketiga pria itu"
    return m.start()


@cache
def _plural_words() -> frozenset[str]:
    return frozenset(words("casualties", "plural_markers"))


def _after_group(text: str, pos: int, group: Sequence[str]) -> int:
    for word in group:
        pos = text.index(word, pos) + len(word)
    return pos
