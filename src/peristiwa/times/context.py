"""Dating events from the time expressions of a document."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection
from dataclasses import replace
from datetime import date, datetime, timedelta

from ..spans import PRECISION_RANK, EventDate, TimeMention
from . import lexicon as lx
from .dateline import dateline
from .narrative import (
    BOUNDS,
    HEADING,
    LEAD_REACH,
    QUOTE,
    UPPER_BOUNDS,
    birth_times,
    carried_date,
    charge_cue,
    clause_opener,
    comparison_cue,
    earlier_clause_opener,
    earlier_cue,
    earlier_opener,
    episode_back,
    era_reference,
    event_date,
    headed_years,
    hunt_cue,
    immediate_cue,
    is_concrete,
    lead_bounds,
    lifespan_times,
    named_era,
    named_years,
    paragraph_end,
    perfect_cue,
    progressive_cue,
    reached,
    sequence_opener,
    span_ends,
    statement_word,
    summary_heading,
    written_shift,
)
from .speakers import speaker_goes_on, speaker_names


class DateContext:
    """Dates for the events of one document, built once from its time expressions."""

    def __init__(self, times: list[TimeMention], *, reference_time: datetime | None, text: str | None = None) -> None:
        """`text`, the document's text, lets a clock time and its date make one date span and
        shows the dateline: the day a news text was written, not when its events happened."""
        self.text = text
        self.dateline = dateline(text) if text is not None else None
        line = (self.dateline.start, self.dateline.end) if self.dateline is not None else (-1, -1)
        self.times = sorted(
            (t for t in map(reached, times) if is_concrete(t) and not (line[0] <= t.start < line[1])),
            key=lambda t: t.start,
        )
        self.reference_time = reference_time
        self._starts = [t.start for t in self.times]
        self._span_ends = span_ends(text, self.times) if text is not None else frozenset()
        self._headings = [m.start() for m in HEADING.finditer(text)] if text is not None else []
        self._summaries = frozenset(h for h in self._headings if summary_heading(text, h)) if text else frozenset()
        self._lead_start, self._lead_end = lead_bounds(text) if text is not None else (-1, -1)
        # a news report: a lead opened by its outlet, or a dateline (a year is told with its own words there)
        self._news = self._lead_end >= 0 or self.dateline is not None
        self._named_years = named_years(text, self.times) if text is not None and self._news else frozenset()
        self._headed_years = headed_years(text, self.times) if text is not None else frozenset()
        self._births = birth_times(text, self.times) if text is not None else frozenset()
        self._speech_days()
        self._lifespans = lifespan_times(text, self.times) if text is not None else frozenset()
        connectors = lx.alternation(lx.word_list("relative", "date_time_connectors"))  # "dikutip pada Kamis"
        cited = lx.word_regex("relative", "citation_day_words", rf"\b{{}}\s*(?:(?:{connectors})\s+){{{{0,2}}}}$")
        self._citation_days = frozenset(
            t.start for t in self.times if text is not None and cited.search(text, max(0, t.start - 25), t.start)
        )

    def date_at(
        self,
        offset: int,
        *,
        sentence: tuple[int, int],
        held: Collection[int] = frozenset(),
        own: Collection[int] = frozenset(),
        lead: bool = True,
        act: bool = False,
    ) -> EventDate | None:
        """The date of an event at `offset` (`_date_at`); a day the text quoted something on ("…,"
        ujar Esti dalam keterangannya, dikutip Kamis (29/5/2025)") dates nothing it tells (D54): it
        is carried untied, for the judge only."""
        date = self._date_at(offset, sentence=sentence, held=held, own=own, lead=lead, act=act)
        if (
            date is not None
            and not date.untied
            and (
                date.start_char in self._citation_days or self._era(offset) or self._apart(offset, sentence, date, own)
            )
        ):
            return replace(date, untied=True)
        return date

    def _apart(self, offset: int, sentence: tuple[int, int], date: EventDate, own: Collection[int]) -> bool:
        """The date found for the act at `offset` is another act's, which the text sets it apart from
        (D56): a day told outside its sentence, for an act told as an earlier step ("Jaksa sebelumnya
        menuntut …") or, in a news report, placed by its sentence's opening clause after or before another
        act ("Setelah memeriksa para saksi, polisi menetapkan …"); a time told before the clause that sets
        it apart inside its sentence (`_earlier_from`). Such a day is carried untied, for the judge and the
        merging of mentions only."""
        start, end = sentence
        at = date.start_char
        if at is None or at in own:
            return False
        outside = not start <= at < end
        if outside and (self._earlier_step(offset, start) or (self._news and self._placed(offset, start))):
            return True
        cut = self._earlier_from(offset, start)
        return cut is not None and at < cut

    def _era(self, offset: int) -> bool:
        """The event at `offset` is a named war or battle told as the time of another act ("saat Perang
        Dunia I", "pada akhir Perang Dunia II") with no time right after its name: the text does not
        date it (D59), and a time of its sentence is another act's. Its day is carried untied."""
        if self.text is None:
            return False
        name = named_era().match(self.text, offset)
        if name is None or era_reference().search(self.text, max(0, offset - 30), offset) is None:
            return False
        return not any(name.end() <= t.start <= name.end() + 12 for t in self.times)

    def _date_at(
        self,
        offset: int,
        *,
        sentence: tuple[int, int],
        held: Collection[int] = frozenset(),
        own: Collection[int] = frozenset(),
        lead: bool = True,
        act: bool = False,
    ) -> EventDate | None:
        """The date of an event at `offset` in the sentence spanning `sentence` (start, end).
        `held`: the starts of times that are another event's own ("kerusuhan pada Mei 1998"),
        which date nothing else; `own`, the starts of the event's own ("kerusuhan Mei 1998"), which
        date it before any other time of its sentence but those within them. `lead`: whether the
        event may be a news lead's own, which takes the day told paragraphs on (not an earlier
        event the lead names: "usai bentrokan"). `act`: the event is a deed, not a statement, and a
        statement's day told paragraphs before it is not its own (the date returned is `untied`).

        An event is dated only by what the text ties to it: a time in its sentence, else the
        last time told before it (the episode goes on), to the day: a clock time belongs to
        the event it was told with. The publication day dates nothing by itself
        (annotation.md, settled conventions): "kemarin" or "Senin" tie an event to it, and
        those are time expressions of their own."""
        start, end = sentence
        in_lead = self.dateline is not None and start <= self.dateline.end and offset < end
        if in_lead and self.dateline is not None and (offset < self.dateline.start or not self._dated(start, end)):
            return None  # the headline, or a lead that leaves the day to the next sentence
        first, stop = bisect_left(self._starts, start), bisect_left(self._starts, end)
        starts = self._own_times(offset, start, end, (first, stop), held, own)
        if starts and self._news and self._done(offset, start):
            # a perfect act told before its statement's day ("pelaku telah ditangkap,\" kata X, Rabu
            # (4/6/2025)") was done before the statement: that day is not its own
            starts = [t for t in starts if t.start < offset or not self._stated_day(t, since=offset)]
            if not starts:
                return None
        if starts:
            # the event's own time, or a time of the sentence within it ("Kerusuhan Mei 1998 … pada
            # 13 Mei–15 Mei 1998"), over the others ("kerusuhan Mei 1998,\" kata X, Kamis (19/6)")
            owned = [t.value for t in starts if t.start in own]
            return self._best([t for t in starts if t.value.startswith(tuple(owned))] or starts, offset)
        if any(t.end <= end and t.start in held for t in self.times[first:stop]):
            # the sentence tells its own time, another event's ("serangan pada tahun 2010, ketika dua
            # ledakan terjadi"): it has moved away from the episode told before it; a news lead
            # naming an old episode ("meminta … tragedi Mei 1998 …") is still told on its own day
            return self._lead_day(start, end, offset) if lead else None
        if self._news and (self._under_way(offset, start) or self._charged(offset) or self._hunt(offset)):
            return None
        if self._goes_back(start):
            return None
        return self._told_before(offset, start, end, first, lead=lead, act=act)

    def _own_times(
        self, offset: int, start: int, end: int, bounds: tuple[int, int], held: Collection[int], own: Collection[int]
    ) -> list[TimeMention]:
        """The times of the sentence spanning `start`-`end` (`bounds`: their indices) that may be when the
        event at `offset` began: not another event's (`held`), not a named year but the event's `own`,
        not an end or an upper bound, not a plan, not a later clause's own."""
        first, stop = bounds
        inside = [
            t
            for t in self.times[first:stop]
            if t.end <= end
            and t.start not in held
            and t.start not in self._births
            and (t.start not in self._named_years or t.start in own)
        ]
        if all(t.start in self._headed_years and t.start not in own for t in inside):
            # the sentence's only times end names ("melanggar UU Bea Cukai Australia Tahun 1956", "obor
            # Olimpiade 2008"): it tells no time of its own; beside another time they rank as before
            return []
        # "sampai Juli 2000", "sebelum 3 Maret": an end or an upper bound, not when the event began
        starts = [
            t for t in inside if t.mod not in UPPER_BOUNDS and t.start not in self._span_ends and not self._future(t)
        ]
        if self._lone(start, end):
            # a sentence alone, with no narrative around it to set a time for: a time told after the act in a
            # clause of its own ("menahan empat tersangka ... yang berasal dari APBN 2006", "mendukung proses
            # perdamaian setelah perjanjian ditandatangani pada Agustus 2005") is that clause's verb's
            starts = [t for t in starts if not self._own_clause_after(offset, t)]
        elif self._news:
            # so in a news report, for a clause of an earlier or later act ("menuduh kelompok itu merencanakan
            # serangan setelah penangkapan pemimpinnya, Senin lalu"), whose time is not the verb's before it
            starts = [t for t in starts if not self._own_clause_after(offset, t, later=True)]
        return starts

    def _told_before(self, offset: int, start: int, end: int, first: int, *, lead: bool, act: bool) -> EventDate | None:
        """The date an event at `offset` with no time of its own in its sentence (`start`-`end`; its first
        time's index `first`) takes from the episode told before it, or from the lead's day."""
        # The last time told before the sentence (all start before `first`) and after the
        # section heading above it; "sejak Mei 2019", "sebelum 12 Mei" bound some other event, and
        # a date after the news was written ("pekan depan") is a plan: neither moves the narrative on.
        heading = bisect_left(self._headings, start)
        section = self._headings[heading - 1] if heading else -1
        for k in range(first - 1, -1, -1):
            time = self.times[k]
            if time.start < section:
                # a summary retells the text's first day; so does a sub-section of a news text, which
                # goes on with its story ("## Penetapan tersangka"), until a time of its own is told
                if not (section in self._summaries or self._news):
                    return None
                told = next((t for t in self.times if self._told_day(t, BOUNDS)), None)
                if told is not None and self._stated_day(told) and self._done(offset, start):
                    return None  # "Polisi telah menangkap …" retold after the statement's day
                if told is not None and act and self._news and told.precision == "day" and self._stated_day(told):
                    return replace(carried_date(told), untied=True)  # a deed under a heading, told by the statement
                if (
                    told is not None
                    and not act
                    and self._news
                    and section not in self._summaries
                    and self._other_speaker(told, start, end, offset)
                ):
                    # a statement under a sub-section heading by a party the first day's line does not name
                    # ("## Respons TikTok" … "TikTok menyambut baik …" after "Trump menandatangani … Kamis
                    # (19/6/2025)"): another party's words, not told on that day
                    return replace(carried_date(told), untied=True)
                return self._first_day()
            if (
                time.end <= start
                and time.start not in self._named_years
                and time.start not in self._headed_years
                and time.start not in self._lifespans
                and time.start not in self._births
                and time.mod not in BOUNDS
                and time.start not in self._span_ends
                and not self._future(time)
            ):
                if self._background(time, start) and not self._immediate(offset, start):
                    return self._first_day()
                moved_on = self._aside(time, start) or self._past_paragraph(time, start)
                if moved_on and not self._immediate(offset, start):
                    return replace(carried_date(time), untied=True)
                then = lx.word_regex("relative", "then_words", r"\b{}\b").search(self.text or "", start, end)
                reported = self._reported(k, then=then is not None)
                if reported is time and self._news and self._stated_day(time) and self._done(offset, start):
                    return None
                if (
                    reported is time
                    and self._statement_before(time, start)
                    and (act or self._other_speaker(time, start, end, offset))
                ):
                    return replace(carried_date(reported), untied=True)
                if (
                    not act
                    and self._news
                    and self._done(offset, start)
                    and "\n\n" in (self.text or "")[time.end : start]
                ):
                    # a stance or a charge told in the perfect, paragraphs after the day ("Pemerintah Swiss
                    # telah menjanjikan pendanaan", "Keduanya telah ditetapkan sebagai tersangka"): a result
                    # as it stands when the news is written, not a step of that day's episode
                    return replace(carried_date(reported), untied=True)
                return carried_date(reported)
        return self._lead_day(start, end, offset) if lead else None

    def _statement_before(self, time: TimeMention, start: int) -> bool:
        """In a news text, `time` is the day of a statement (a day told in its attribution: "ujar
        Hashim, dalam keterangannya, Rabu (23/7/2025)"), paragraphs before the sentence starting at
        `start`: what the speaker then tells was done ("Awalnya, dirinya memfasilitasi pertemuan …")
        on a day the statement does not give; a clock time is an act's own."""
        assert self.text is not None
        return (
            self._news and time.precision == "day" and "\n\n" in self.text[time.end : start] and self._stated_day(time)
        )

    def _other_speaker(self, time: TimeMention, start: int, end: int, offset: int) -> bool:
        """`time`, a statement's day told paragraphs before, belongs to a speaker the sentence spanning
        `start`-`end` no longer tells at its act at `offset` (`speakers.speaker_goes_on`): another
        party's words or agreement ("Uni Eropa menyetujui permintaan tersebut") are not told on that
        day. The day is carried untied, for the judge only."""
        assert self.text is not None
        names = speaker_names(self.text, time.start)
        return episode_back().match(self.text, start) is None and not speaker_goes_on(
            self.text, (start, end), offset, names
        )

    def _lone(self, start: int, end: int) -> bool:
        """The sentence spanning `start`-`end` is the whole text, which has no writing time: no time
        told around it frames an episode its clauses share."""
        return (
            self.text is not None
            and self.reference_time is None
            and not self._news
            and not self.text[:start].strip()
            and not self.text[end:].strip()
        )

    def _own_clause_after(self, offset: int, time: TimeMention, *, later: bool = False) -> bool:
        """`time` is told after the act at `offset`, in a clause a word of `clause_openers` opens between
        them: not the word right after the act's ("unjuk rasa yang berujung rusuh": the act's own), nor
        one of the two words that introduce the time ("sejak 2001", "sejak awal 2007") unless they are a
        relative clause's opener and its verb (`relative_openers`: "yang terbakar 7 Maret 2007"), the
        act's own only when right after it. `later`: only a
        clause of an earlier or later act (`later_openers`: not "yang", which often retells the act, nor
        "saat", told as at its time)."""
        assert self.text is not None
        if time.start < offset:
            return False
        told = [w.strip(',;:"').lower() for w in self.text[offset : time.start].split()]
        if not later and len(told) > 4 and told[-2] in lx.word_list("relative", "relative_openers"):
            return True  # "… kecelakaan pesawat yang terbakar 7 Maret 2007": the relative clause's verb
        openers = lx.word_list("relative", "later_openers") if later else ()
        return any(clause_opener().fullmatch(word) and (not later or word in openers) for word in told[2:-2])

    def _goes_back(self, start: int) -> bool:
        """The sentence starting at `start` opens by going back to an earlier step ("Sebelumnya, …",
        "Diberitakan sebelumnya, …"): the day told before it is that of a later one (D56)."""
        return self.text is not None and earlier_opener().match(self.text, start) is not None

    def _placed(self, offset: int, start: int) -> bool:
        """The act at `offset` follows the opening clause of its sentence (starting at `start`) that places it
        after or before another act ("Setelah memeriksa para saksi, polisi menetapkan …"): told only relative
        to that act, it does not take the date of the episode told before (D56)."""
        opening = sequence_opener().match(self.text or "", start)
        return opening is not None and opening.end() <= offset

    def _earlier_step(self, offset: int, start: int) -> bool:
        """The act at `offset` is told as an earlier step, up to three words after the cue ("Jaksa
        sebelumnya menuntut …", "setelah sebelumnya polisi meringkus …"): the day told before its sentence
        is a later step's (D56)."""
        return earlier_cue().search(self._before(offset, start)) is not None

    def _earlier_from(self, offset: int, start: int) -> int | None:
        """Where the clause of the act at `offset` (sentence starting at `start`) sets it apart from the
        times told before it in its sentence, or None: a comparison's standard ("lebih ringan dari tuntutan
        jaksa"), from the act itself; in a text that is not a news report, the clause of an earlier act
        opened inside the sentence ("Pada 1787 para petani melawan sultan setelah mereka menerima senjata"),
        from its opening word: the year is the main clause's (D56). Not a clause the sentence opens with,
        nor one a comma or a quote parts from the act."""
        before = self._before(offset, start)
        if comparison_cue().search(before):
            return offset
        if self._news or self.text is None:
            return None
        openers = list(earlier_clause_opener().finditer(self.text, start, offset))
        if not openers or not self.text[start : openers[-1].start()].strip(' "\u201c'):
            return None
        opener = openers[-1]
        return None if re.search(r"[,;:\"\u201c\u201d]", self.text[opener.end() : offset]) else opener.start()

    def _under_way(self, offset: int, start: int) -> bool:
        """The act at `offset` is told in the progressive, up to three words after the cue ("polisi
        sedang menyelidiki", "tengah menjalani perundingan", "masih dalam pencarian dan pengejaran"):
        under way as the news is written, its start untold. Case-sensitive: "Jawa Tengah" is a name."""
        found = progressive_cue().search(self._before(offset, start))
        return found is not None and (found.group(1) or "").lower() not in lx.word_list(
            "relative", "progressive_not_after"
        )

    def _charged(self, offset: int) -> bool:
        """The act at `offset` is a charge under a statute ("dijerat Pasal 338 KUHP", "dikenakan pasal 363",
        "disangkakan dengan Undang-Undang Darurat"): the legal qualification of a case, told as it stands
        when the news is written, on no day of its own."""
        assert self.text is not None
        return charge_cue().match(self.text, offset) is not None

    def _hunt(self, offset: int) -> bool:
        """The act at `offset` is a hunt for suspects ("Polisi memburu pria berinisial I", "pengejaran terhadap
        19 napi"): under way as the news is written, its start untold (D51), it takes no day told outside its
        sentence."""
        assert self.text is not None
        return hunt_cue().match(self.text, offset) is not None

    def _immediate(self, offset: int, start: int) -> bool:
        """The act at `offset` is told as following at once on what was told before it, up to three words
        after the cue ("Pemerintah Iran langsung menuding Israel", "polisi segera menangkap"): it goes on
        with that episode's time, even a background year (D56), not with the story's own day."""
        return immediate_cue().search(self._before(offset, start)) is not None

    def _done(self, offset: int, start: int) -> bool:
        """The act at `offset` is told in the perfect, up to three words after the cue ("IV telah
        ditangkap", "polisi sudah menahan pelaku"): done before the report tells it."""
        return perfect_cue().search(self._before(offset, start)) is not None

    def _before(self, offset: int, start: int) -> str:
        """The words of the sentence starting at `start` that lead up to the act at `offset`."""
        assert self.text is not None
        return self.text[max(start, offset - 80) : offset]

    def _stated_day(self, time: TimeMention, *, since: int = 0) -> bool:
        """`time` is the day of a statement, told in its attribution ("kata Kapolres kepada wartawan,
        Rabu (4/6/2025)", "saat dihubungi, Jumat (6/6/2025)") after `since`, not of an act."""
        assert self.text is not None
        line = self.text.rfind("\n", 0, time.start) + 1
        told = self.text[max(line, since, time.start - 120) : time.start]
        return statement_word().search(told) is not None

    def _speech_days(self) -> None:
        """In a news text, "hari ini", "kemarin" within a quotation count from the day the speaker
        spoke — the day the attribution after the quotation states ("… kemarin malam," kata Kapolres,
        Jumat (11/7/2025)), else the story's first told day, when it is before the text was written —
        not from the day the text was written ("sinyal itu makin jelas pada hari ini," ujarnya, Rabu
        (9/7))."""
        if self.text is None or self.reference_time is None or (self._lead_end < 0 and self.dateline is None):
            return
        quotes = [(m.start(), m.end()) for m in QUOTE.finditer(self.text)]
        if not quotes:
            return
        written = self.reference_time.date()
        quoted = {
            t.start: (shift, end)
            for t in self.times
            if (shift := written_shift(t, written)) is not None
            for a, end in quotes
            if a < t.start and t.end < end
        }
        if not quoted:
            return
        # the story's first told day, not a "kemarin" of a quotation, which is itself counted from it
        first = next((carried_date(t) for t in self.times if t.start not in quoted and self._told_day(t, BOUNDS)), None)
        told = date.fromisoformat(first.start[:10]) if first is not None and first.precision == "day" else None
        times = list(self.times)
        for i, t in enumerate(times):
            if t.start not in quoted:
                continue
            shift, end = quoted[t.start]
            spoke = self._speaker_day(end) or told
            if spoke is not None and spoke < written:
                times[i] = replace(t, value=(spoke + timedelta(days=shift)).isoformat(), utc=None)
        self.times = times

    def _speaker_day(self, end: int) -> date | None:
        """The day the attribution right after a quotation ending at `end` states ("," kata X, Jumat
        (11/7/2025)"): the first day told on its line, when a statement's words lead to it."""
        assert self.text is not None
        line_end = self.text.find("\n", end)
        limit = len(self.text) if line_end < 0 else line_end
        for time in self.times[bisect_left(self._starts, end) :]:
            if time.start >= limit:
                return None
            if time.precision == "day" and re.fullmatch(r"\d{4}-\d\d-\d\d", time.value[:10]):
                return date.fromisoformat(time.value[:10]) if self._stated_day(time, since=end) else None
        return None

    def _lead_day(self, start: int, end: int, offset: int) -> EventDate | None:
        """For a sentence of a news text's lead, or of the paragraphs after it, with no time told
        before it since the lead opened (the headline's is not the story's), the day told further
        on: the statement the opening retells is dated by its attribution ("kata X, Senin (2/6)"),
        but not an act at `offset` the lead tells in the perfect ("Polda telah menyita …"), done
        before that statement."""
        if self._lead_end < 0 or self._subordinate(offset, start):
            return None
        since = self.times[bisect_left(self._starts, self._lead_start) : bisect_left(self._starts, start)]
        if any(t.end <= start for t in since):
            return None
        return self._told_after(end, done=self._done(offset, start))

    def _subordinate(self, offset: int, start: int) -> bool:
        """The act at `offset` (sentence starting at `start`) is told in a clause hanging on another act of
        its sentence: a relative clause right before it ("sidang terhadap dua anggota TNI yang menyerang
        warga", "membawa anak yang tertangkap tawuran") or the clause of an earlier or later act ("diterpa
        kontroversi setelah muncul tuduhan"). The day told after the lead is its main act's, not this one's."""
        assert self.text is not None
        clause = re.split(r"[,;:\"\u201c\u201d]", self.text[start:offset])[-1]
        words = [w.lower() for w in clause.split()]
        relative = lx.word_list("relative", "relative_openers")
        later = lx.word_list("relative", "later_openers")
        return any(w in relative for w in words[-2:]) or any(w in later for w in words[-6:])

    def _reported(self, k: int, *, then: bool = False) -> TimeMention:
        """The day a statement dated by `self.times[k]` reports, when its line tells one before the
        speaker ("diamankan pada Kamis (29/5/2025) malam," kata Kapolsek, Jumat (30/5/2025)"): what
        follows goes on with the reported episode, not with the day it was told. `then`: the
        sentence points back at that episode ("Ketika itu, …"), whose time may be a month or a year
        ("\"… tahun 2018 …,\" kata Ida, Kamis (19/6/2025)")."""
        time = self.times[k]
        if k == 0 or self.text is None or time.precision != "day":
            return time
        told = self.times[k - 1]
        between = self.text[told.end : time.start]
        grains = ("day", "hour", "minute", "month", "year") if then else ("day", "hour", "minute")
        if "\n" in between or told.precision not in grains or told.mod in BOUNDS:
            return time
        words = set(re.findall(r"\w+", between.lower()))
        if not words & set(lx.word_list("relative", "said_words")):
            return time
        return told if event_date(told).start[:10] < time.value[:10] else time

    def _background(self, time: TimeMention, start: int) -> bool:
        """In a news text, a year or a month of a year told paragraphs before `start` ("pada Juli
        2016 …", "dua tahun lalu"), or a time of a paragraph going back to an earlier step, is the
        background of the story: the narrative has come back to its own day since. ("Maret lalu",
        counted from the story's day, may still be its episode.)"""
        assert self.text is not None
        told = bool(re.search(r"\d{3,4}", time.text))  # "Maret lalu" may still be the story's month
        coarse = time.precision in ("year", "decade", "century") or (time.precision == "month" and told)
        return (coarse or self._flashback(time)) and self._news and "\n\n" in self.text[time.end : start]

    def _flashback(self, time: TimeMention) -> bool:
        """`time` is told in a paragraph that opens by going back to an earlier step ("Sebelumnya, pada
        23 Juni 2025, Nadiem juga sudah diperiksa …"): a later paragraph comes back to the story (D56)."""
        assert self.text is not None
        return earlier_opener().match(self.text, self.text.rfind("\n", 0, time.start) + 1) is not None

    def _aside(self, time: TimeMention, start: int) -> bool:
        """In a news text, `time` is counted from the day the text (or a quotation) was written
        ("kemarin", "hari ini", "pekan lalu", "bulan lalu") and told paragraphs before the sentence
        starting at `start`: it dates what its own paragraph tells ("Pekan lalu, juru bicara …"), not
        the story that goes on after it, unless the sentence points back at that episode ("Dalam
        percakapan tersebut, …"). The day is carried untied, for the judge only."""
        assert self.text is not None
        relative = lx.relative_words().get(" ".join(time.text.lower().split()))
        return (
            self._news
            and relative is not None
            and relative.anchor == "deictic"
            and "\n\n" in self.text[time.end : start]
            and episode_back().match(self.text, start) is None
        )

    def _past_paragraph(self, time: TimeMention, start: int) -> bool:
        """In a text that is not news (an encyclopedia article), `time` is a year (or a coarser time)
        told in a paragraph before the sentence starting at `start`: each paragraph of a history moves
        on to a time of its own, and one that tells none leaves its acts undated (annotation.md: a date
        carries over only while the text tells the same episode). The year is carried untied, for the
        judge only."""
        assert self.text is not None
        return (
            not self._news and time.precision in ("year", "decade", "century") and "\n" in self.text[time.end : start]
        )

    @property
    def news(self) -> bool:
        """The text is a news report: a lead opened by its outlet, or a dateline."""
        return self._news

    def in_lead(self, offset: int) -> bool:
        """`offset` lies in a news text's headline or lead (the paragraph its dateline opens)."""
        return offset < self._lead_end

    def in_summary(self, offset: int) -> bool:
        """`offset` lies in a summary section ("## Ringkasan"), which retells the text's events."""
        heading = bisect_left(self._headings, offset)
        return bool(heading) and self._headings[heading - 1] in self._summaries

    def _first_day(self) -> EventDate | None:
        """The first day the text tells (its main episode's, as a summary retells it)."""
        return next((carried_date(t) for t in self.times if self._told_day(t, BOUNDS)), None)

    def _told_day(self, time: TimeMention, bounds: frozenset[str]) -> bool:
        """`time` names a day (or a clock time) an event was told on: not a bound in `bounds`, a
        span's end or a day after the text was written."""
        if time.mod in bounds or time.start in self._span_ends or time.start in self._births or self._future(time):
            return False
        return time.precision in ("day", "hour", "minute")

    def _told_after(self, end: int, *, done: bool = False) -> EventDate | None:
        """The day a news lead's event is told on, further on ("kata Lalu, Senin (2/6/2025)",
        "sejak Selasa (15/7/2025)"): the first day the text names after the lead, within the
        paragraphs that go on telling it; a year or month on the way is background. `done`: the
        event is told in the perfect, and a statement's day is not its own."""
        assert self.text is not None
        limit = paragraph_end(self.text, end, LEAD_REACH)
        for time in self.times[bisect_left(self._starts, end) :]:
            if time.start >= limit:
                return None
            if self._told_day(time, UPPER_BOUNDS):
                return None if done and self._stated_day(time) else carried_date(time)
        return None

    def _dated(self, start: int, end: int) -> bool:
        first, stop = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return any(t.end <= end for t in self.times[first:stop])

    def clock_in(self, start: int, end: int, day: str) -> EventDate | None:
        """The first clock time (minute precision) of `text[start:end]` on the local `day`
        ("2024-03-06"), as an event date, or None."""
        for time in self.times:
            if start <= time.start and time.end <= end and time.precision == "minute" and time.value[:10] == day:
                return event_date(time)
        return None

    def _future(self, time: TimeMention) -> bool:
        """A date after the reference day (news reports what has happened)."""
        if self.reference_time is None:
            return False
        day = self.reference_time.date().isoformat()
        start = event_date(time).start[:10]  # weeks become their Monday, instants their day
        return bool(re.fullmatch(r"\d{4}(?:-\d\d){0,2}", start)) and start > day[: len(start)]

    def infobox_date(self, labels: frozenset[str]) -> EventDate | None:
        """The date of an infobox row whose label is one of `labels` ("Tanggal | 12 Oktober 2002
        23:05 WITA", "Tanggal24 Februari 2022"): the article's own event, to the finest time given."""
        if self.text is None:
            return None
        for time in self.times:
            line_start = self.text.rfind("\n", 0, time.start) + 1
            head = re.match(r"[^\d\n]*", self.text[line_start : time.end])
            label = (head.group() if head else "").strip(" |:\t").lower()
            if label not in labels or time.precision not in ("day", "minute", "hour"):
                continue
            line_end = self.text.find("\n", time.start)
            line_end = len(self.text) if line_end < 0 else line_end
            row = [t for t in self.times if line_start <= t.start and t.end <= line_end]
            if row:  # a time running past its row's end ("waktu3.pukul\n4") belongs to no row
                return self._best(row, time.start)
        return None

    def _best(self, inside: list[TimeMention], offset: int) -> EventDate:
        """The finest time of the sentence; of equally fine ones, the first told after the event in
        its clause ("menyerang … pada tahun 1589" after "pada tahun 1588, yang menyerang …": an
        Indonesian clause tells its time after the verb), else the nearest."""

        def rank(t: TimeMention) -> tuple[int, int, int]:
            after = 0 if self._after_in_clause(offset, t) else 1
            return PRECISION_RANK[t.precision or "year"], after, abs(t.start - offset)

        best = min(inside, key=rank)
        if best.type == "TIME" and best.precision == "minute":
            dates = [t for t in inside if t.type == "DATE" and t.value == best.value[:10]]
            if dates and self.text is not None:
                first = min([best, *dates], key=lambda t: t.start)
                last = max([best, *dates], key=lambda t: t.end)
                event = event_date(best)
                event.start_char, event.end_char = first.start, last.end
                event.text = self.text[first.start : last.end]
                return event
        return event_date(best)

    def _after_in_clause(self, offset: int, time: TimeMention) -> bool:
        """`time` follows the event at `offset` in the same clause: no comma, semicolon or quote
        between them, nor a word opening another clause ("yang", "setelah")."""
        if self.text is None or time.start < offset:
            return False
        between = self.text[offset : time.start]
        return not re.search(r"[,;:\"\u201c\u201d()]", between) and not clause_opener().search(between)
