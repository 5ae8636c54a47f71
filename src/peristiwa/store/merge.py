"""Deciding whether a document's event is an event the store already holds.

Candidates come from an index on (type, day): an event is compared only with merged events of
its type placed within a day of it (an undated event: within the week before its document was
published; an event told only by its month: within that week and that month; one told only by
the year of its report: within that week; an event told to the day also meets the undated
merged events first reported in the week after it; an undated merged event is placed on its
first report's publication day; an event told only by a month that ended a year or more before its
report — an episode the report recalls, "kerusuhan Mei 1998" — is looked for in that whole month,
and placed on its first day, where an event told to a day of that month also looks), so the cost
of adding a document does not grow with the store. The candidates' mentions are read in one
query. The country is not part of the key: reports of one meeting or one clash name its parties
in different orders, so the first country differs from report to report. Each candidate is scored
on date (a day and the month it lies in agree, more so when both reports recall that month years
later), place (by name, distance, or a town in the regency or province the other report names:
``agreement.py``; a report placed only by its dateline's province or a country agrees with one
whose town its words name, ``_town_in_words``), participants (role by role, by country and sector) and
wording (with the closest of the merged event's reports: pooled, the words of a growing event would
make it ever harder to join; none when all two reports share is their participants' names and they
tell no act of one kind, ``_act_wording``); some differences forbid a merge outright — two days, months or
years both told, places far apart, a second event of the same document (the document's own
merging already told them apart), wording with almost nothing in common (read by root,
``roots.py``, when the day and a district or village agree: "tenda didirikan", "mendirikan tenda";
unless the day and both sides between two countries agree, or the day, the town and a named
participant do: one visit told by its arrival and by what was said), little wording in common
when no town is shared (a shared province or country and the day fit the day's other requests and
statements as well), and an act told as repeated against one told once ("sudah dua kali bertemu":
``repeats.py``). Days one apart stay apart: in a war, strikes on consecutive days share places,
parties and words (measured on the project's cluster gold, where allowing them merged different
strikes), unless one day is told only by a clock time ("pukul 01.30 WIB": which night the hour
belongs to is the extractor's guess, ``clock.py``). So do undated reports that fit no candidate well
enough: the only dated candidate between the same parties in the week is not enough (measured on the
cluster gold: an undated Israeli strike joined the one dated strike the store held). A report that
fits two merged events brings the second into the first when each of its mentions then fits on its
own (``EventStore._join``): the reports of one event end up together whatever order they come in.
Every comparison is kept as the mention's explanation. An undated report published on a dated
report's day, or within two days after it, agrees in part on the date when it names the same parties
role by role (``_follow_up``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from ..lang.id import stopwords
from .agreement import (
    UNKNOWN,
    admin_path,
    countries,
    fine,
    generic_place,
    jaccard,
    known,
    parties_part,
    place_part,
    same_district,
)
from .clock import day_by_clock
from .repeats import told_repeated
from .roots import root_overlap

JSON = dict[str, Any]

DAY_WINDOW = 1
UNDATED_WINDOW = 7
THRESHOLD = 0.6
WEIGHTS = {"date": 0.3, "place": 0.25, "parties": 0.2, "words": 0.25}
#: below this wording score two mentions are not one event, whatever else they share
MIN_WORDS = 0.3
#: below this wording score two mentions whose places agree only as far as a shared province or
#: country (or not at all) are not one event: the day and the parties alone fit the day's other acts
COARSE_MIN_WORDS = 0.4
#: the place part from which two reports name one town, or places within a few kilometres
SAME_TOWN = 1.0
#: the date part when one report tells the day and the other only its month
MONTH_AGREES = 0.5
#: the date part when one report tells the day and the other, undated, was published that day or within
#: `FOLLOW_UP_DAYS` after it and names the same parties role by role: a follow-up of that day's news
FOLLOW_UP = 0.5
FOLLOW_UP_DAYS = 2
#: the same, when both reports recall a month that ended a year or more before them ("kerusuhan Mei
#: 1998" and "13 Mei 1998" in reports of 2025): the store holds few recalls of one past month and type
RECALLED_MONTH = 0.8
#: how long before its report a month must have ended for an event told in it to be recalled
RECALL_AGE = timedelta(days=365)
#: a candidate event the extractor's judge dropped joins a merged event (as a corroborating mention,
#: never opening one) only on stronger evidence than an event the extractor output: its wording part
#: at least this, and the score at least CORROBORATION_SCORE (chosen on the tuning halves of the story
#: and cluster gold)
CORROBORATION_WORDS = 0.6
CORROBORATION_SCORE = 0.6
#: how many days around a merged event's day the candidates waiting for it are looked for (each
#: then checked against its own block, `reachable`)
WAIT_WINDOW = 8
_WORD = re.compile(r"[^\W\d_]{4,}")


def _local_day(event: JSON) -> tuple[str | None, str | None]:
    """(ISO day or month or year, precision) of an event, its UTC instant turned into the local
    day of its first located place."""
    when = event.get("date") or {}
    start, precision = when.get("start"), when.get("precision")
    if not start:
        return None, None
    if "T" in start:
        try:
            moment = datetime.fromisoformat(start.replace("Z", "+00:00"))
        except ValueError:
            return start[:10], "day"
        zone = next((p.get("timezone") for p in event.get("locations") or [] if p.get("timezone")), None)
        if zone:
            moment = moment.astimezone(ZoneInfo(zone))
        return moment.date().isoformat(), "day"
    if precision in ("day", "month", "year"):
        return start[: {"day": 10, "month": 7, "year": 4}[precision]], precision
    return start[:10], "day"


def features(event: JSON, text: str, reference_time: str | None) -> JSON:
    """What merging compares, computed once when the event is added."""
    day, precision = _local_day(event)
    locations = [p for p in event.get("locations") or [] if not generic_place(p)]
    # parties told only by the place (implicit) say nothing the place does not: left out
    parties = [p for p in event.get("actor", []) + event.get("recipient", []) if not p.get("implicit")]
    country = next((p.get("country") for p in locations if p.get("country")), None) or next(
        (p.get("country") for p in parties if p.get("country")), None
    )
    words: set[str] = set()
    for span in [event.get("sentence"), *(event.get("evidence") or [])]:
        if isinstance(span, dict):
            words |= {w.lower() for w in _WORD.findall(text[span["start"] : span["end"]])}
    words -= stopwords()
    return {
        "type": event["event_type"],
        "day": day,
        "precision": precision,
        "clock": day_by_clock((event.get("date") or {}).get("text")),
        "reference_day": reference_time[:10] if reference_time else None,
        "country": country,
        "places": [
            [p.get("name") or p.get("text"), p.get("lat"), p.get("lon"), p.get("feature"), admin_path(p)]
            for p in locations
        ],
        "parties": sorted({f"{p.get('country')}/{p.get('sector')}" for p in parties}),
        "actors": _coded(event.get("actor", [])),
        "recipients": _coded(event.get("recipient", [])),
        "names": sorted({str(p["name"]) for p in parties if p.get("name")}),
        "words": sorted(words),
        "trigger": sorted({w.lower() for w in _WORD.findall(str((event.get("trigger") or {}).get("text") or ""))}),
        "mode": sorted(str(m) for m in event.get("mode") or []),
        "repeated": told_repeated(text, event),
    }


OWN_DATED = (
    "undated, and its own report dates an event of its type between the same sides: most likely that one told again"
)


def told_dated_here(f: JSON, others: list[JSON]) -> bool:
    """An undated event whose own report (the features `others`) tells a dated event of its type
    between the same countries ("Serangan Israel ke Teheran menewaskan 224 orang" paragraphs after
    the dated strike) is that event told again, which the document's merging left apart: it joins
    no other report's event (the week's other strikes between the same sides would fit it as well).
    An undated event is never among the dated ones, so `others` may hold `f` itself."""
    if f["day"]:
        return False
    ours = _side_countries(f)
    return any(
        g["type"] == f["type"] and g["day"] and g["precision"] == "day" and ours & _side_countries(g) for g in others
    )


def _side_countries(f: JSON) -> set[str]:
    """The countries of an event's coded actors and recipients."""
    return countries(known(f.get("actors", []) + f.get("recipients", [])))


def _coded(parties: list[JSON]) -> list[str]:
    """Named parties as "country/sector" (those told only by the place are left out)."""
    return sorted({f"{p.get('country')}/{p.get('sector')}" for p in parties if not p.get("implicit")})


def _current(f: JSON) -> bool:
    """Whether an event told only by its month or year is told in its report's month or year
    (this month's, this year's); one told in an earlier period is a past event the report
    recalls, not news to merge on."""
    return bool(f["reference_day"] and f["day"] and f["reference_day"].startswith(f["day"]))


def recalled(f: JSON) -> bool:
    """Whether an event told to the day or the month lies in a month that ended a year or more
    before its report ("kerusuhan Mei 1998" in a report of June 2025): an episode the report recalls."""
    if not (f["day"] and f["precision"] in ("day", "month") and f["reference_day"]):
        return False
    _, last = _month(f)
    return last + timedelta(days=1) + RECALL_AGE <= date.fromisoformat(f["reference_day"])


def _month(f: JSON) -> tuple[date, date]:
    """The first and the last day of the month `f`'s day lies in."""
    first = date.fromisoformat(f"{f['day'][:7]}-01")
    return first, (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)


def _first_of_month(f: JSON) -> str:
    return _month(f)[0].isoformat()


def block_day(f: JSON) -> str | None:
    """The day a merged event opened by an event with features `f` is blocked by: its day; for
    an undated event, or one told only by the month or year of its report, the report's day; for
    one told only by a recalled month, the first day of that month."""
    if f["day"] and f["precision"] == "day":
        return str(f["day"])
    if f["precision"] == "month" and recalled(f):
        return _first_of_month(f)
    return str(f["reference_day"]) if f["reference_day"] and (f["day"] is None or _current(f)) else None


def block(f: JSON) -> tuple[str, str, str] | None:
    """(type, first day, last day) of the merged events worth comparing, or None. An event not
    told to the day is looked for in the week before its report (within its month, if told);
    one told by the year is looked for only when it is the report's year; one told by a recalled month
    (`recalled`), in that whole month."""
    reference = date.fromisoformat(f["reference_day"]) if f["reference_day"] else None
    if f["day"] and f["precision"] == "day":
        day = date.fromisoformat(f["day"])
        lo, hi = day - timedelta(days=DAY_WINDOW), day + timedelta(days=DAY_WINDOW)
    elif reference and (f["day"] is None or (f["precision"] == "year" and _current(f))):
        lo, hi = reference - timedelta(days=UNDATED_WINDOW), reference
    elif f["precision"] == "month" and recalled(f):
        lo, hi = _month(f)
    elif reference and f["precision"] == "month":
        first, last = _month(f)
        lo = max(first, reference - timedelta(days=UNDATED_WINDOW))
        hi = min(last, reference + timedelta(days=DAY_WINDOW))
        if lo > hi:
            return None
    else:
        return None  # an earlier year, or no report day: too coarse to find the same event by
    return f["type"], lo.isoformat(), hi.isoformat()


def block_undated(f: JSON) -> tuple[str, str] | None:
    """(first day, last day) of the undated merged events (placed on their first report's day)
    an event told to the day is worth comparing with: those reported in the week after it, as
    an undated event looks for dated ones in the week before its report — the same pair is
    compared whichever report comes first."""
    if not (f["day"] and f["precision"] == "day"):
        return None
    day = date.fromisoformat(f["day"])
    return day.isoformat(), (day + timedelta(days=UNDATED_WINDOW)).isoformat()


def block_month(f: JSON) -> str | None:
    """The block day of the merged events told only by a recalled month (their month's first day)
    an event told to a recalled day is worth comparing with, as those look for it in their month."""
    return _first_of_month(f) if f["day"] and f["precision"] == "day" and recalled(f) else None


def reachable(f: JSON, block_day_: str, day: str | None) -> bool:
    """Whether an event with features `f` looks for the merged event placed on `block_day_` (its day
    `day`, None when undated) when it is added: the blocks of `block`, `block_undated`, `block_month`."""
    key = block(f)
    if key is not None and key[1] <= block_day_ <= key[2]:
        return True
    later = block_undated(f)
    if later is not None and day is None and later[0] <= block_day_ <= later[1]:
        return True
    return day is None and block_month(f) == block_day_


@dataclass(slots=True)
class Comparison:
    score: float
    parts: dict[str, float]
    veto: str | None = None

    def to_json(self) -> JSON:
        return {
            "score": round(self.score, 3),
            "parts": {k: round(v, 3) for k, v in self.parts.items()},
            "veto": self.veto,
        }


def _date_part(f: JSON, members: list[JSON]) -> tuple[float, str | None]:
    """How well the dates agree, and a veto when the texts tell two days, months or years apart.
    A day and the month it lies in agree, more so in a month both reports recall; a year in common
    says little."""
    if not f["day"] or f["precision"] not in ("day", "month", "year"):
        return UNKNOWN, None
    told = [m for m in members if m["day"] and m["precision"] in ("day", "month", "year")]
    days = {m["day"] for m in told if m["precision"] == "day"}
    if f["precision"] == "day" and days:
        if f["day"] not in days:
            if all(_clock_off(f, m) for m in told if m["precision"] == "day"):
                return UNKNOWN, None
            return 0.0, f"another day ({f['day']} against {', '.join(sorted(days))})"
        return 1.0, None
    months = {m["day"][:7] for m in told if m["precision"] != "year"}
    if f["precision"] != "year" and months:
        if f["day"][:7] not in months:
            return 0.0, f"another month ({f['day'][:7]} against {', '.join(sorted(months))})"
        same = [m for m in told if m["precision"] != "year" and m["day"][:7] == f["day"][:7]]
        return (RECALLED_MONTH if recalled(f) and all(recalled(m) for m in same) else MONTH_AGREES), None
    years = {m["day"][:4] for m in told}
    if years and f["day"][:4] not in years:
        return 0.0, f"another year ({f['day'][:4]} against {', '.join(sorted(years))})"
    return UNKNOWN, None


def _clock_off(f: JSON, m: JSON) -> bool:
    """The two (different) days are one apart and one of them is told only by a clock time
    (``clock.day_by_clock``: "pukul 01.30 WIB" against "Minggu (20/7/2025) dini hari"): which night
    an hour belongs to is the extractor's guess, so the date tells nothing either way."""
    apart = abs((date.fromisoformat(f["day"]) - date.fromisoformat(m["day"])).days)
    return apart == 1 and bool(f.get("clock") or m.get("clock"))


def _follow_up(f: JSON, members: list[JSON]) -> bool:
    """One side undated, the other told to a day on which, or at most `FOLLOW_UP_DAYS` before which,
    the undated report was published ("Pemerintah Swiss menjanjikan pendanaan bagi penduduk desa" the
    day after a report of the promise dated to the day): most likely that day's act told again."""
    if f["day"] is None:
        published, days = [f.get("reference_day")], [m["day"] for m in members if m["precision"] == "day"]
    elif f["precision"] == "day" and all(m["day"] is None for m in members):
        published, days = [m.get("reference_day") for m in members], [f["day"]]
    else:
        return False
    return any(
        0 <= (date.fromisoformat(p) - date.fromisoformat(d)).days <= FOLLOW_UP_DAYS
        for p in published
        if p
        for d in days
    )


def _same_sides(f: JSON, members: list[JSON]) -> bool:
    """Both reports name who acted and who was acted on, by country, and name them alike: two
    reports of one day's strike between two countries may share few words ("Iran meluncurkan
    rudal ke Israel" and "Iran menembakkan tiga gelombang rudal")."""
    ours = (countries(known(f.get("actors", []))), countries(known(f.get("recipients", []))))
    if not (ours[0] and ours[1]) or ours[0] & ours[1]:
        return False
    for m in members:
        if (countries(known(m.get("actors", []))), countries(known(m.get("recipients", [])))) != ours:
            return False
    return True


def _named_alike(f: JSON, members: list[JSON]) -> bool:
    """Both reports name one participant alike ("Prabowo Subianto"): with the day and the town in
    common, one meeting or visit told in other words ("bertemu Jokowi di Solo", "kunjungan ke
    kediaman Jokowi")."""
    ours = set(f.get("names", []))
    return any(ours & set(m.get("names", [])) for m in members)


def _named_episode(f: JSON, members: list[JSON], date_part: float) -> bool:
    """Both reports recall one past month or day (``recalled``) and name the act by a word in common
    ("kerusuhan Mei 1998" in a report on a minister's remark and in a report on a square in Glodok):
    what each report's sentence says around it is its own news, and the act's word and its date
    are the episode's name."""
    if date_part < MONTH_AGREES or not recalled(f):
        return False
    dated = [m for m in members if m["day"] and m["precision"] in ("day", "month")]
    ours = set(f.get("trigger", []))
    return bool(dated) and all(recalled(m) for m in dated) and any(ours & set(m.get("trigger", [])) for m in dated)


def _name_words(f: JSON) -> set[str]:
    """The words of the names of an event's participants ("prabowo", "subianto")."""
    return {w.lower() for name in f.get("names", []) for w in _WORD.findall(name)}


def _act_wording(f: JSON, m: JSON) -> float:
    """The wording two reports share (Jaccard), none when all they share is the names of the
    participants and they do not tell the act as one of the same kind (its mode): "Prabowo berterima
    kasih kepada Putin" and "kesepakatan Prabowo dan Putin" are two acts; "Bupati mengapresiasi Kodim"
    and "berterima kasih kepada Kodim" are one praise told by two words. The names are the parties'
    part; the wording must say something of the act itself."""
    ours, theirs = set(f["words"]), set(m["words"])
    if "mode" not in m:  # a store written before modes were kept: by the words alone
        return jaccard(ours, theirs)
    if not (ours & theirs) - _name_words(f) - _name_words(m) and not set(f.get("mode", [])) & set(m.get("mode", [])):
        return 0.0
    return jaccard(ours, theirs)


def _town_in_words(f: JSON, members: list[JSON]) -> bool:
    """A town `f` places the act in is named in the other reports' wording while they place it in
    no town at all, only their dateline's province or a country ("JAKARTA, KOMPAS.com - … di Istana
    Constantine, St Petersburg"): the other reports name that town too, as the act's setting."""
    if any(fine(q) for m in members for q in m["places"]):
        return False
    words = {w for m in members for w in m["words"]}
    for p in f["places"]:
        if not fine(p) or p[3] is None:
            continue
        name = {w.lower() for w in _WORD.findall(str(p[0]))}
        if name and name <= words:
            return True
    return False


def compare(f: JSON, members: list[JSON], member_docs: set[str], doc_id: str) -> Comparison:
    """How well the event with features `f` (of document `doc_id`) fits a merged event whose
    mentions have the features `members` and come from `member_docs`."""
    if doc_id in member_docs:
        return Comparison(0.0, {}, "a second event of a document already in it")
    if f.get("repeated", False) != any(m.get("repeated", False) for m in members):
        return Comparison(0.0, {}, "an act told as repeated against one told once")
    date_part, veto = _date_part(f, members)
    if veto:
        return Comparison(0.0, {}, veto)
    if date_part == UNKNOWN and _follow_up(f, members) and parties_part(f, members) >= 1.0:
        date_part = FOLLOW_UP
    places, veto = place_part(f["places"], members)
    if veto:
        return Comparison(0.0, {}, veto)
    ours = set(f["words"])
    # a report whose places are only its dateline's province may still name the town in its words
    if places < SAME_TOWN and (_town_in_words(f, members) or any(_town_in_words(m, [f]) for m in members)):
        places = SAME_TOWN
    words_part = min(1.0, 3 * max((_act_wording(f, m) for m in members), default=0.0))
    # with the day and a district or village in common, the vetoes read the wording by root
    # ("didirikan" is "mendirikan"); the score reads it by word. A city in common is not enough:
    # a day in Medan holds several arrests, told with the same verbs
    by_root = words_part
    if date_part == 1.0 and same_district(f["places"], members):
        by_root = min(1.0, 3 * max((root_overlap(ours, set(m["words"])) for m in members), default=0.0))
    if _named_episode(f, members, date_part):
        words_part = by_root = 1.0
    if by_root < COARSE_MIN_WORDS:  # little wording in common: the day and the sides or the town must vouch
        same_sides = date_part == 1.0 and _same_sides(f, members)
        one_visit = date_part == 1.0 and places >= SAME_TOWN and _named_alike(f, members)
        if by_root < MIN_WORDS and not (same_sides or one_visit):
            return Comparison(0.0, {"words": by_root}, "the wording has almost nothing in common")
        if places < SAME_TOWN and not same_sides:
            return Comparison(
                0.0, {"words": by_root, "place": places}, "little wording in common and no town in common"
            )
    parts = {"date": date_part, "place": places, "parties": parties_part(f, members), "words": words_part}
    return Comparison(sum(WEIGHTS[k] * v for k, v in parts.items()), parts)


def other_country(f: JSON, country: str | None) -> bool:
    """Whether a dropped candidate with features `f` is told in another country than a merged event
    placed in `country`: it corroborates no event of another country (and is not even compared)."""
    return bool(f["country"] and country and f["country"] != country)


def corroborates(c: Comparison, f: JSON, members: list[JSON]) -> bool:
    """Whether a candidate the judge dropped (features `f`, compared by `c` with a merged event whose
    told mentions have the features `members`) fits it well enough to corroborate it: no veto, the
    wording part at least `CORROBORATION_WORDS`, the score at least `CORROBORATION_SCORE`, and, between two
    countries, the same side acting — role by role even in a mutual act, where a told report may
    swap them ("Putin menyambut baik kunjungan Prabowo" is not "Prabowo menyambut baik rencana Rusia")."""
    if c.veto is not None or c.score < CORROBORATION_SCORE or c.parts.get("words", 0.0) < CORROBORATION_WORDS:
        return False
    ours, targets = countries(known(f.get("actors", []))), countries(known(f.get("recipients", [])))
    if not (ours and targets) or ours & targets:
        return True
    theirs = countries(known([p for m in members for p in m.get("actors", [])]))
    return not theirs or bool(ours & theirs)
