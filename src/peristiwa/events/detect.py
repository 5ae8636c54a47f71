"""Trigger detection: lexicon forms and phrases in each sentence, with negation and modality."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from ..spans import Segment, Span
from ..tokens import Token, tokenize, within
from .clause_window import clause_ahead, clause_back
from .cues import has_cue, has_cue_in
from .function_words import function_words
from .lexicon import TriggerSpec, context_data, load_lexicon
from .morph import morphology
from .story import tells_story
from .vigilante import by_private_people


@dataclass(slots=True)
class Mention:
    """One trigger in one sentence, before arguments are attached and mentions merged."""

    spec: TriggerSpec
    event_type: str
    trigger: Span
    sentence: Segment
    tokens: list[Token]
    index: int  # first trigger token in `tokens`
    last: int  # last trigger token in `tokens`
    mode: list[str] = field(default_factory=list)
    negated: bool = False
    future: bool = False
    back_reference: bool = False
    prior: bool = False  # an earlier, distinct event that this sentence's event answers
    retaliation: bool = False  # "serangan balasan", "membalas dengan menyerang": a new event answering another
    content: bool = False  # what another event asks for or announces ("mendesak X untuk menolak"): not an event
    in_work: bool = False  # told in a passage presenting a work or a sentence telling a story: a plot
    commentary: bool = False  # the writer's own comment after the text's summary ("Kita patut …"): no event
    scope: Segment | None = None  # where its arguments are looked for, when not its whole sentence
    parties_from: int | None = None  # its parties are told from here on in its sentence (a named act)

    @property
    def start(self) -> int:
        """Where its trigger starts in the text (a mention is stored as a span of `doc.spans`)."""
        return self.trigger.start

    @property
    def end(self) -> int:
        return self.trigger.end


def _match_at(tokens: list[Token], i: int) -> tuple[TriggerSpec, int] | None:
    """The trigger record that starts at token `i` and whose filters accept it: the longest phrase,
    else the first record of the word (in file order) that accepts it."""
    lex = load_lexicon()
    phrase = lex.table.longest(tokens, i, shortest=2)
    if phrase is not None:
        spec, last = phrase[1][0], i + phrase[0] - 1
        return (spec, last) if _accept(spec, tokens, i, last) else None
    for spec in lex.specs_of(tokens[i].lower):  # most words have none
        if _accept(spec, tokens, i, i):
            return spec, i
    return None


def _near(tokens: list[Token], lo: int, hi: int, cues: list[str]) -> bool:
    """Whether one of `cues` (whole words or word sequences) occurs in tokens[lo:hi]."""
    words = [t.lower for t in tokens[max(lo, 0) : hi]]
    padded = " " + " ".join(words) + " "
    return any(f" {cue} " in padded for cue in cues)


def _listed(entry: str | list[str]) -> list[str]:
    return [entry] if isinstance(entry, str) else entry


def _other_sense(spec: TriggerSpec, tokens: list[Token], i: int, last: int) -> bool:
    """A sport, an illness, a market, a film: words around the trigger that give it a sense that
    is not a political event ("Timnas terus menyerang", "virus menyerang", "serangan jantung"), or
    words anywhere in its sentence (`TYPE_sentence`: a match or a club makes a meeting sport)."""
    senses = context_data()["other_senses"]
    window = int(senses["window"])
    around = senses.get(spec.event_type) or []
    after = [*(senses.get(f"{spec.event_type}_after") or []), *spec.figurative_after]
    # a type's sentence words may list shared lists beside its own ([*sport_sentence, [menikah, …]])
    anywhere = [w for entry in senses.get(f"{spec.event_type}_sentence") or [] for w in _listed(entry)]
    return (
        _near(tokens, i - window, last + 1 + window, around)
        or _near(tokens, last + 1, last + 1 + window, after)
        or _near(tokens, 0, len(tokens), anywhere)
    )


def _words_after(tokens: list[Token], last: int, entries: tuple[str, ...]) -> bool:
    """Whether the words right after the form are one of `entries` (one word, or a few: "untuk berkomentar")."""
    after = [t.lower for t in tokens[last + 1 : last + 4]]
    return any(after[: len(words)] == words for words in (entry.split() for entry in entries))


def _accept(spec: TriggerSpec, tokens: list[Token], i: int, last: int) -> bool:
    if spec.exclude_before and i > 0 and tokens[i - 1].lower in spec.exclude_before:
        return False
    if spec.exclude_after and _words_after(tokens, last, spec.exclude_after):
        return False
    if _other_sense(spec, tokens, i, last):
        return False
    if spec.object_of and spec.voice in ("base", "noun") and _near(tokens, i - 3, i, list(spec.object_of)):
        return False  # "merakit bom", "menyita lima bom pipa": a thing, not an attack
    lo, hi = i - spec.window, last + 1 + spec.window
    reach = spec.window if spec.unless_window is None else spec.unless_window
    if spec.unless and has_cue(tokens, i - reach, last + 1 + reach, spec.unless):
        return False  # the cue gives the form the sense of a later record ("bentrokan mahasiswa": PROTEST)
    if spec.requires_after and not has_cue(tokens, last + 1, hi, spec.requires_after):
        return False  # "berharap pemerintah segera …" is addressed to the party after it, not its speaker
    if not (spec.requires or spec.subject_cues) or has_cue(tokens, lo, hi, spec.requires):
        return True
    if spec.subject_cues and _subject_cue(spec, tokens, i, last):
        return True  # "Ratusan warga memprotes …", not "memprotes aksi pemerintah"
    # "merebut Larsa": the place named stands for the cue; "dalam Perang Banjar": a war's name, where it must follow one
    if not spec.name_after:
        return False
    if _name_after(tokens, last) and _word_before(tokens, i, spec.name_after_before):
        return True
    # "perang di Gaza": the land named after a locative word stands for the cue, wherever the form is told
    return last + 1 < len(tokens) and tokens[last + 1].lower in spec.name_after_in and _name_after(tokens, last + 1)


def _subject_cue(spec: TriggerSpec, tokens: list[Token], i: int, last: int) -> bool:
    """One of the form's `subject_cues` on its subject's side: before an active form (its subject),
    after a passive one (its agent); a nominal or base form takes them on either side."""
    before = has_cue(tokens, i - spec.window, i, spec.subject_cues)
    after = has_cue(tokens, last + 1, last + 1 + spec.window, spec.subject_cues)
    if spec.voice == "active":
        return before
    if spec.voice == "passive":
        return after
    return before or after


def _word_before(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    """One of `words` right before token `i` (any word when there are none)."""
    return not words or (i > 0 and tokens[i - 1].lower in words)


def _name_after(tokens: list[Token], last: int) -> bool:
    """A name right after the form: a capitalised word that does not start its sentence, in a sentence
    not written in title case ("pasukan itu merebut Larsa", "menggulingkan Richard")."""
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    return after is not None and after.text[:1].isupper() and after.text[1:2].islower() and not _title_case(tokens)


def _negated(tokens: list[Token], i: int, ctx: dict[str, Any]) -> bool:
    """A negator shortly before the trigger in its clause, unless it makes an adjective of the
    word after it ("orang tak dikenal", "warga tak bersalah"): that describes a party."""
    start = i - len(clause_back(tokens, i, int(ctx["negation_window"])))
    adjectives = ctx["negated_adjectives"]
    return any(
        tokens[k].lower in ctx["negators"] and not (k + 1 < i and tokens[k + 1].lower in adjectives)
        for k in range(start, i)
    )


def _planned_after(tokens: list[Token], last: int, ctx: dict[str, Any]) -> bool:
    """The relative marker and a future or plan word right after a nominal trigger ("pertemuan yang
    akan digelar")."""
    after = [t.lower for t in tokens[last + 1 : last + 3]]
    return len(after) == 2 and after[0] == function_words().relative and after[1] in ctx["planned_after"]


def _upcoming(mention: Mention, ctx: dict[str, Any]) -> bool:
    """A nominal trigger the text places after the time told: a meeting's noun right after "menjelang"
    ("menjelang pertemuan OPEC", "jelang KTT G20"; not a named one, "menjelang Konferensi Meja Bundar"),
    or any nominal trigger with a time word of the future a few words after it in its clause ("pertemuan
    bulan depan", "KTT di Bukares pekan depan")."""
    if mention.spec.voice not in ("noun", "base"):
        return False
    tokens, i = mention.tokens, mention.index
    if (
        mention.event_type in ctx["upcoming_types"]
        and any(t.lower in ctx["upcoming_cues"] for t in clause_back(tokens, i, int(ctx["upcoming_window"])))
        and not (_named_event(tokens, i) and not tokens[i].text.isupper())  # "jelang KTT G20" is no history
    ):
        return True
    if mention.event_type in ctx["upcoming_types"] and _to_be_held(tokens, i, mention.last, ctx):
        return True
    return _future_time_after(tokens, mention.last, ctx)


def _to_be_held(tokens: list[Token], i: int, last: int, ctx: dict[str, Any]) -> bool:
    """A meeting's noun whose clause goes on with a word of the future or a schedule ("pertemuan
    puncak itu akan diselenggarakan pada Maret", "KTT itu dijadwalkan berlangsung"), not negated,
    not past a word of the past, and not after a word that places the meeting before ("hasil
    pertemuan itu akan dilaporkan")."""
    if i > 0 and tokens[i - 1].lower in ctx["held_before"]:
        return False
    ahead = clause_ahead(tokens, last + 1, int(ctx["upcoming_after_window"]))
    end = last + 1 + len(ahead)
    if all(t.lower in ctx["back_reference"] for t in ahead) and end < len(tokens) and tokens[end].lower == ",":
        # "Pada pertemuan itu, mereka bakal melaporkan …": the meeting set apart by a comma before its clause
        # (not what is said there: "Dalam pertemuan itu, Presiden mengatakan RI akan …")
        after = clause_ahead(tokens, end + 1, int(ctx["upcoming_after_comma_window"]))
        ahead = list(itertools.takewhile(lambda t: t.lower not in ctx["upcoming_comma_stops"], after))
    for k, tok in enumerate(ahead):
        if tok.lower in ctx["held_after_stops"]:
            return False
        if tok.lower in ctx["upcoming_after"]:
            return not (k > 0 and ahead[k - 1].lower in ctx["negators"])
    return False


def _future_time_after(tokens: list[Token], last: int, ctx: dict[str, Any]) -> bool:
    """A time word of the future within the trigger's clause after it ("pertemuan OPEC pada 27 November
    mendatang"), before any word that gives the time to another verb or dates the act in the past."""
    ahead = clause_ahead(tokens, last + 1, int(ctx["future_time_window"]))
    stops = set(ctx["future_time_stops"])
    words = [t.lower for t in itertools.takewhile(lambda t: t.lower not in stops, ahead)]
    return has_cue_in(words, ctx["future_time_after"])


def _passive(token: Token, ctx: dict[str, Any]) -> bool:
    return token.lower.startswith(tuple(ctx["existential_chain_prefixes"]))


def _nobody(tokens: list[Token], i: int, last: int, ctx: dict[str, Any]) -> bool:
    """A negated existential before the relative clause the trigger ends: "tidak ada orang yang
    ditangkap", "belum ada narapidana yang tertangkap" (nobody underwent the act)."""
    relative = function_words().relative
    j = i - 1
    while j >= 0 and tokens[j].lower in ctx["existential_adverbs"]:
        j -= 1
    ends = last + 1  # where the relative clause's first verb ends
    while j >= 3 and tokens[j].lower in ctx["existential_chain"] and _passive(tokens[j - 1], ctx):
        ends = j  # "tidak ada orang yang ditangkap, dimasukkan ke penjara": the clause's second verb
        j -= 2
        while j >= 0 and tokens[j].lower in ctx["existential_adverbs"]:
            j -= 1
    if j < 2 or tokens[j].lower != relative:
        return False
    after = tokens[ends] if ends < len(tokens) else None
    goes_on = after is not None and any(ch.isalnum() for ch in after.text)
    if goes_on and after is not None and after.lower not in ctx["existential_clause_end"]:
        return False  # "yang diperiksa dinyatakan tersangka": the clause goes on, the trigger names the subject
    breaks = set(ctx["clause_breaks"]) - {relative}
    for k in range(j - 1, max(0, j - 2 - int(ctx["existential_reach"])), -1):
        if tokens[k].lower in breaks:
            return False
        if tokens[k].lower in ctx["existential"]:
            return k > 0 and tokens[k - 1].lower in ctx["negators"]
    return False


def _modality(mention: Mention) -> None:
    """Whether the mention reports an act that happened: negated, hypothetical or denied; the content of
    what is said, planned, awaited or possible rather than an act; a threat; a retaliation or a
    reference back to an event told before."""
    ctx = context_data()
    _mark_negated(mention, ctx)
    _mark_content(mention, ctx)
    _mark_future(mention, ctx)
    _mark_references(mention, ctx)


def _mark_negated(mention: Mention, ctx: dict[str, Any]) -> None:
    """Negated, hypothetical ("kalau …") or denied ("membantah telah …")."""
    tokens, i = mention.tokens, mention.index
    if _negated(tokens, i, ctx) or _nobody(tokens, i, mention.last, ctx):
        mention.negated = True
    hypothetical = set(ctx["hypothetical"])
    opening = next((t.lower for t in tokens if any(ch.isalnum() for ch in t.text)), "")
    if any(t.lower in hypothetical for t in clause_back(tokens, i, 40)) or opening in hypothetical:
        mention.negated = True  # the sentence's first word, after any quote mark ("\"Kalau ada yang ditahan …")
    if (
        mention.event_type not in ("REJECT",)
        and any(t.lower in ctx["denials"] for t in tokens[max(0, i - WINDOW_TOKENS) : i])
        and any(t.lower == function_words().complementizer for t in tokens[max(0, i - WINDOW_TOKENS) : i])
    ):
        mention.negated = True
    if mention.event_type != "REJECT" and any(t.lower in ctx["denials"] for t in clause_back(tokens, i, 4)):
        mention.negated = True  # "membantah telah melakukan penembakan", "menyangkal adanya pengerahan"


def _mark_content(mention: Mention, ctx: dict[str, Any]) -> None:
    """Not an act told but a work's plot, the writer's comment, a plan's, a topic's, a kind's or a
    possibility's content."""
    tokens, i = mention.tokens, mention.index
    if mention.in_work and not _named_event(tokens, i):
        mention.content = True  # a plot told as a work's content ("Regina menuduh Cady …" in a film's)
    if mention.commentary:
        mention.content = True  # "Kita patut mengapresiasi polisi yang berhasil menangkap pelaku"
    if any(t.lower in ctx["content_cues"] for t in clause_back(tokens, i, 3)):
        mention.content = True  # "rencana mogok nasional", "melarang unjuk rasa", "usulan gencatan senjata"
    if _topic(mention, ctx):
        mention.content = True  # "membicarakan mengenai sanksi khusus": what is talked about
    if by_private_people(tokens, i, mention.last, mention.spec.voice, mention.mode):
        mention.content = True  # "pelaku berhasil ditangkap warga": a citizens' arrest, no state act (D9)
    if _kind(mention, ctx):
        mention.content = True  # "tindak pidana pembunuhan", "setiap serangan": a kind of act, no act told
    if _habitual(mention.tokens, mention.index, ctx):
        mention.content = True  # "ia sering mengkritik pemerintah": a habit, no act on a day
    if any(t.lower in ctx["awaited_cues"] for t in clause_back(tokens, i, 3)) and not _named_event(tokens, i):
        mention.content = True  # "tinggal menunggu persetujuan DPR", "mencegah potensi kerusuhan"
    if mention.spec.voice in ("noun", "base") and _planned_after(tokens, mention.last, ctx):
        mention.content = True  # "penyelidikan yang akan dilakukan": announced, not done
    if _upcoming(mention, ctx):
        mention.content = True  # "menjelang pertemuan OPEC", "pertemuan bulan depan": to come, not held
    reach = len(clause_back(tokens, i, int(ctx["possibility_window"])))
    if reach and _near(tokens, i - reach, i, ctx["possibility_cues"]):
        mention.content = True  # "sangat mungkin terjadinya perang saudara", "bisa segera ditangkap"


def _mark_future(mention: Mention, ctx: dict[str, Any]) -> None:
    """Future-marked, planned or wished for: a plan (content), a prediction, or a threat."""
    tokens, i = mention.tokens, mention.index
    planned = any(t.lower in ctx["plans"] for t in clause_back(tokens, i, int(ctx["plans_window"])))
    planned = planned or _intended(tokens, i, ctx)
    # a statement reported when future-marked or wished for (a promise, a demand), unless an act of its type
    # that is done rather than said ("akan melakukan penyelidikan")
    said = mention.event_type in ctx["future_types"] and not any(m in ctx["act_modes"] for m in mention.mode)
    future = set(ctx["future"])
    if any(t.lower in future for t in clause_back(tokens, i, int(ctx["future_window"]))):
        mention.future = True
        forecast = tokens[max(0, i - int(ctx["forecast_window"])) : i]
        if any(t.lower in ctx["forecasts"] for t in forecast):
            mention.content = True  # "pengamat memperkirakan pasukan itu akan menyerang": a prediction
        elif _announced_sanction(mention, ctx):
            # "AS akan mengenakan tarif 32 persen pada produk Indonesia": a sanction announced (D52)
            _threaten_sanction(mention, ctx)
        elif (
            mention.event_type in ctx["threat_types"]
            and mention.spec.voice != "passive"
            and not _future_of_another_verb(tokens, i, mention.spec, ctx)
        ):
            mention.event_type = "THREATEN"
            mention.mode = ["violence"]
        elif not said or planned or mention.spec.root in ctx["scheduled_roots"]:
            mention.content = True  # "akan bertemu", "berencana menggugat", "akan menandatangani": planned
    elif planned and _announced_sanction(mention, ctx):
        # "Uni Eropa berencana menjatuhkan sanksi baru terhadap Rusia": a sanction announced (D52)
        _threaten_sanction(mention, ctx)
    elif planned:
        mention.content = True  # "dijadwalkan memimpin delegasi ke pembicaraan"
    elif not said and any(t.lower in ctx["wishes"] for t in clause_back(tokens, i, int(ctx["wishes_window"]))):
        mention.content = True  # "berharap pelaku segera ditangkap": wanted, not yet done
    elif mention.event_type in ctx["threat_types"] and _generic_condition(tokens, i):
        # "siapa pun yang menyerang … akan ditindak": the act is the condition of a threat
        mention.event_type = "THREATEN"
        mention.mode = ["violence"]


def _mark_references(mention: Mention, ctx: dict[str, Any]) -> None:
    """A retaliation, a reference back to an event told before, or a prior event told as a cause."""
    tokens, i = mention.tokens, mention.index
    after = [t.lower for t in tokens[mention.last + 1 : mention.last + 3]]
    if any(w in ctx["retaliation_after"] for w in after) or any(
        t.lower in ctx["retaliation_before"] for t in clause_back(tokens, i, 4)
    ):
        mention.retaliation = True
    if mention.spec.voice in ("noun", "base", "phrase"):
        after = [t.lower for t in tokens[mention.last + 1 : mention.last + 4]]
        if any(w in ctx["back_reference"] for w in after):
            mention.back_reference = True
        if i > 0 and tokens[i - 1].lower in ctx["reference_before"]:
            mention.back_reference = True
        if mention.spec.voice != "phrase" and _judged_topic(tokens, i, mention.last, ctx):
            mention.back_reference = True
        if _dated_name(tokens, mention.last) and not any(w in ctx["back_reference"] for w in after):
            mention.back_reference = False  # "dalam demonstrasi 12 Mei 1998" names its own event
        if any(t.lower in ctx["response_cues"] for t in clause_back(tokens, i, int(ctx["response_window"]))):
            # "sebagai balasan atas serangan roket": a prior event told as the cause, not this one again
            mention.prior, mention.back_reference = True, False


#: how far after a topic's trigger its clause's copula may stand ("Kunjungan Presiden Prabowo di Brasilia merupakan")
TOPIC_SPAN = 8


def _judged_topic(tokens: list[Token], i: int, last: int, ctx: dict[str, Any]) -> bool:
    """The nominal trigger heads a clause whose predicate judges it ("Kunjungan Presiden di Brasilia
    merupakan kelanjutan …", "Ia menilai, penarikan diri anggota merupakan hal wajar"): the
    clause is about an act as a topic, which refers to the act told before when there is one."""
    k = i - 1
    while k >= 0 and not any(ch.isalnum() for ch in tokens[k].text) and tokens[k].lower != ",":
        k -= 1  # an opening quotation mark or bullet
    if k >= 0 and tokens[k].lower != "," and tokens[k].lower not in ctx["topic_openers"]:
        return False
    return any(t.lower in ctx["topic_copulas"] for t in clause_ahead(tokens, last + 1, TOPIC_SPAN))


def _threaten_sanction(mention: Mention, ctx: dict[str, Any]) -> None:
    """`mention`, a sanction announced for later, becomes the threat of it (D52)."""
    mention.event_type, mention.mode = "THREATEN", [str(ctx["sanction_threat_mode"])]


def _announced_sanction(mention: Mention, ctx: dict[str, Any]) -> bool:
    """A sanction, tariff or embargo that, future-marked or planned, is announced to a party named after
    it (D52), a noun as the object of a verb of laying it on; not a verdict to come ("akan divonis"),
    the end of one ("akan mencabut sanksi"), nor a penalty someone is to receive ("akan dikenai sanksi")."""
    tokens, i = mention.tokens, mention.index
    after = tokens[mention.last + 1 : mention.last + 1 + int(ctx["sanction_target_window"])]
    return (
        mention.event_type in ctx["sanction_threat_types"]
        and mention.spec.voice != "passive"
        and not any(m in ctx["sanction_threat_not_modes"] for m in mention.mode)
        and not _future_of_another_verb(tokens, i, mention.spec, ctx)
        and not any(t.lower in ctx["sanction_received"] for t in clause_back(tokens, i, 3))
        and any(t.lower in ctx["sanction_targets"] for t in after)
        and (
            mention.spec.voice not in ("noun", "base")
            or any(t.lower in ctx["sanction_imposing"] for t in clause_back(tokens, i, 2))
        )
    )


def _future_of_another_verb(tokens: list[Token], i: int, spec: TriggerSpec, ctx: dict[str, Any]) -> bool:
    """A nominal trigger after a future verb that ends or eases it ("akan mengurangi blokade", "akan
    menghentikan serangan"): the future is the promise of its end, no threat of the act; or after one
    of undergoing it ("siap menjalani eksekusi"): the act would fall on the subject, who threatens nothing."""
    if spec.voice not in ("noun", "base"):
        return False
    back = clause_back(tokens, i, int(ctx["future_window"]))
    verbs = {*ctx["ending_verbs"], *ctx["undergoing_verbs"]}
    return any(t.lower in verbs for t in back)


_YEAR = re.compile(r"1\d{3}|20\d{2}")


def _dated_name(tokens: list[Token], last: int) -> bool:
    """A nominal followed by its own date: a day number next, or a year within three words."""
    after = tokens[last + 1 : last + 4]
    return bool(after) and (after[0].lower.isdigit() or any(_YEAR.fullmatch(t.lower) for t in after))


def _inside_name(tokens: list[Token], i: int, spec: TriggerSpec) -> bool:
    """A capitalised trigger after a group noun is part of a name ("milisi Mobilisasi Populer"),
    after a place preposition or noun the name of a place ("dari Serangan menuju …"); an
    all-capitals one in a mixed-case sentence is a title or acronym, unless the record's root is
    that acronym ("KTT")."""
    tok = tokens[i]
    if spec.root.isupper() and tok.text == spec.root:
        return False  # the trigger is an acronym written so in the lexicon ("KTT ASEAN")
    if len(tok.text) > 2 and tok.text.isupper() and not all(t.text.isupper() for t in tokens if t.text.isalpha()):
        return True  # an all-capitals word in running text is a title or an acronym ("album BOM")
    if i == 0 or not tok.text[:1].isupper() or not tokens[i - 1].text.islower():
        return False
    if tokens[i - 1].lower in context_data()["group_nouns"]:
        return True
    # a place's name: "berlayar dari Serangan menuju Lembongan" (not "di Perang Dunia II")
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        tokens[i - 1].lower in context_data()["place_name_before"]
        and len(spec.root.split()) == 1
        and (after is None or not after.text[:1].isupper())
        and not _title_case(tokens)
    )


def _title_case(tokens: list[Token]) -> bool:
    """A headline written in title case ("Korban dari Serangan di Gaza"): most of its longer words
    are capitalised, so a capital tells nothing there."""
    words = [t.text for t in tokens if t.text.isalpha() and len(t.text) > 3]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _named_event(tokens: list[Token], i: int) -> bool:
    """A capitalised trigger inside its sentence, or opening a name ("saat Perang Vietnam",
    "Perang Dunia II pecah"): a historical event named, not an act of a story."""
    if not tokens[i].text[:1].isupper():
        return False
    return i > 0 or (i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper())


def presents_work(tokens: Sequence[Token]) -> bool:
    """Whether a passage's opening sentence presents a work whose content it tells: "X adalah film
    drama …", "Y merupakan sebuah serial televisi …", "Z adalah salah satu antagonis pada serial
    …", or it opens on a plot ("Bercerita tentang seorang gadis …")."""
    ctx = context_data()
    if not tokens or tokens[0].lower in ctx["work_openers"]:
        return bool(tokens)
    copula = next((k for k, t in enumerate(tokens) if t.lower in ctx["work_copulas"]), None)
    if copula is None:
        return False
    fillers = set(ctx["work_fillers"])
    j = copula + 1
    while j < len(tokens) and tokens[j].lower in fillers:
        j += 1
    following = " ".join(t.lower for t in tokens[j : j + 3]) + " "
    return any(following.startswith(noun + " ") for noun in ctx["work_nouns"])


def _summary_start(tokens: Sequence[Token], sentences: list[Segment]) -> int | None:
    """Where a text's closing summary starts: a heading naming it ("## Ringkasan") or a sentence
    announcing it ("Berikut adalah ringkasan berita dalam satu paragraf: …"); None without one."""
    ctx = context_data()
    nouns, fillers = set(ctx["summary_nouns"]), set(ctx["summary_opener_fillers"])
    for sentence in sentences:
        # its words, read only as far as needed (a sentence's first words decide)
        words = (t.lower for t in within(tokens, sentence.start, sentence.end) if any(c.isalnum() for c in t.text))
        first = next(words, None)
        if first is None:
            continue
        if sentence.kind == "heading" and first in nouns:
            return sentence.start
        if first in ctx["summary_openers"]:
            word = next(words, None)
            while word is not None and word in fillers:
                word = next(words, None)
            if word is not None and word in nouns:
                return sentence.start
    return None


#: quotation marks: a pronoun after an odd number of them in its sentence is inside a quote
QUOTES = frozenset({'"', "“", "”", "«", "»"})


def _writer_speaks(tokens: list[Token]) -> bool:
    """A first- or second-person pronoun outside quotation marks: the writer speaks ("Kita patut
    …", "Saya berharap …"), not one quoted."""
    pronouns = set(context_data()["writer_pronouns"])
    quotes = 0
    for tok in tokens:
        quotes += sum(ch in QUOTES for ch in tok.text)
        if tok.lower in pronouns and quotes % 2 == 0:
            return True
    return False


def _generic_condition(tokens: list[Token], i: int) -> bool:
    """The trigger describes anyone who would act ("kelompok mana pun yang berusaha menyerbu"),
    and a future marker follows in its sentence."""
    ctx = context_data()
    if not has_cue(tokens, i - 8, i, ctx["generic_subjects"]):
        return False
    return any(t.lower in ctx["future"] for t in tokens[i + 1 :])


def _complements(mentions: list[Mention]) -> None:
    """A verb after "untuk/agar/supaya" governed by a request or order is what was asked, not done."""
    ctx = context_data()
    governors, links = set(ctx["complement_governors"]), set(ctx["complement_links"])
    roots = set(ctx["complement_roots"])
    for prev, cur in pairwise(mentions):
        if prev.sentence is not cur.sentence or not (prev.event_type in governors or prev.spec.root in roots):
            continue
        if prev.spec.root in ctx["crowd_nouns"] and cur.event_type not in ctx["crowd_demand_types"]:
            continue  # "para demonstran menduduki kantor itu": what the protesters do, not what they ask
        between = [t.lower for t in cur.tokens[prev.last + 1 : cur.index]]
        breaks = set(ctx["clause_breaks"]) - {function_words().relative}
        linked = len(between) <= 8 and any(w in links for w in between)
        # "meminta pusat menarik pasukan"; not a passive after a nominal act told as done, which tells what
        # befell that act ("Aksi mahasiswa di depan gedung DPRD dibubarkan polisi")
        befell = not prev.content and prev.spec.voice in ("noun", "base", "phrase") and cur.spec.voice == "passive"
        direct = len(between) <= 5 and not any(w in breaks for w in between) and not befell
        # "meminta militer menghentikan kekerasan dan membebaskan tahanan": a second act asked for
        chained = (
            cur.event_type not in ctx["speech_types"]  # "mengancam … dan meminta": a second statement
            and 2 <= len(between) <= 9
            and between[-1] in function_words().conjunctions
            and not any(w in breaks for w in between[:-1])
            and any(w.startswith(morphology().active_verb_prefixes) and len(w) > 4 for w in between[:-1])
        )
        if cur.spec.voice in ("noun", "base") and _dated_episode(cur, ctx):
            continue  # "meminta pemerintah memasukkan tragedi kerusuhan Mei 1998 …": a past episode named
        if (linked or direct or chained) and not any(w in (";", ".") for w in between):
            cur.content = True
            if prev.event_type == "THREATEN" and not prev.mode:
                prev.mode = _threatened_mode(cur, ctx)  # "mengancam akan mengenakan tarif": sanctions


def _threatened_mode(act: Mention, ctx: dict[str, Any]) -> list[str]:
    """The mode of a threat by the act it threatens: violence for an attack or a use of force
    ("mengancam akan menyerang"), sanctions for a sanction, tariff or embargo ("mengancam akan
    menjatuhkan sanksi"), none for any other act ("mengancam akan mundur")."""
    if act.event_type == "THREATEN":
        return list(act.mode)  # the act was already made a threat by its future marker
    if act.event_type in ctx["threat_types"] and act.spec.voice != "passive":
        return ["violence"]
    sanction = not any(m in ctx["sanction_threat_not_modes"] for m in act.mode)
    if act.event_type in ctx["sanction_threat_types"] and sanction:
        return [str(ctx["sanction_threat_mode"])]
    return []


def _topic(mention: Mention, ctx: dict[str, Any]) -> bool:
    """A nominal trigger of a type talked about more than done, right after a topic word
    ("mengenai sanksi", "soal kesepakatan dagang")."""
    i = mention.index
    return (
        mention.event_type in ctx["topic_types"]
        and mention.spec.voice in ("noun", "base", "phrase")
        and i > 0
        and mention.tokens[i - 1].lower in ctx["topic_words"]
    )


def _kind(mention: Mention, ctx: dict[str, Any]) -> bool:
    """A nominal trigger right after words that make it a kind of act: an offence named ("tindak pidana
    pembunuhan", "Undang-Undang Tindak Pidana Kekerasan Seksual": what a law, a charge or a tally names)
    or any act of its kind ("setiap serangan terhadap Iran", "segala bentuk kekerasan"), or a tally of
    cases ("19 kasus pembunuhan"), not an act."""
    if mention.spec.voice not in ("noun", "base", "phrase"):
        return False
    before = " " + " ".join(t.lower for t in mention.tokens[max(0, mention.index - 3) : mention.index])
    return any(before.endswith(" " + words) for words in ctx["kind_words"]) or _tally(mention, ctx)


def _habitual(tokens: list[Token], i: int, ctx: dict[str, Any]) -> bool:
    """A word of frequency right before the trigger at `i`, perhaps with a link between ("sering
    mengkritik", "kerap kali dipukul"): a habit told, no act on a day."""
    k = i - 1
    if k >= 1 and tokens[k].lower in ctx["habitual_links"]:
        k -= 1
    return k >= 0 and tokens[k].lower in ctx["habitual"]


def _tally(mention: Mention, ctx: dict[str, Any]) -> bool:
    """A nominal trigger after a counted case noun: "19 kasus pembunuhan", "dua kasus penganiayaan",
    "kasus-kasus penculikan" count cases of a kind, they report no one act."""
    i, tokens = mention.index, mention.tokens
    if i < 1:
        return False
    noun = tokens[i - 1].lower
    nouns = ctx["tally_nouns"]
    if any(noun == f"{n}-{n}" for n in nouns):
        return True
    if noun not in nouns or i < 2:
        return False
    count = tokens[i - 2].lower
    return count.replace(".", "").isdigit() or count in ctx["tally_counts"]


def _intended(tokens: list[Token], i: int, ctx: dict[str, Any]) -> bool:
    """The trigger at `i` right after a word of intention, perhaps with "untuk" between
    ("bermaksud menemui", "niat untuk mengusir") and its holder before that ("kesediaan mereka untuk
    menyerang")."""
    k = i - 1
    if k >= 0 and tokens[k].lower in ctx["intention_links"]:
        k -= 1
        if k >= 1 and tokens[k].lower in ctx["intention_holders"]:
            k -= 1
    return k >= 0 and tokens[k].lower in ctx["intentions"]


def _purposes(mentions: list[Mention]) -> None:
    """A verb right after "untuk/guna/demi" with another trigger before it in its clause is that
    act's purpose, not an act: "menembakkan gas air mata untuk membubarkan massa". After a word that
    only tells a purpose ("guna", "demi") the act before it need not be a trigger: "kelompok itu
    dibentuk guna memerangi …". An act joined to a purpose by "atau" is a purpose too ("beroperasi
    untuk membunuh atau menangkap …")."""
    ctx = context_data()
    links, breaks = set(ctx["purpose_links"]), set(ctx["strong_breaks"]) | {"."}
    pure, joiners = set(ctx["pure_purpose_links"]), set(ctx["purpose_joiners"])
    for mention in mentions:
        if mention.index > 1 and mention.tokens[mention.index - 1].lower in pure:
            mention.content = True
    for prev, cur in pairwise(mentions):
        if prev.sentence is not cur.sentence or cur.index == 0:
            continue
        between = [t.lower for t in cur.tokens[prev.last + 1 : cur.index]]
        linked = cur.tokens[cur.index - 1].lower in links and not any(w in breaks for w in between)
        joined = prev.content and _purpose_of(prev, links | pure) and len(between) == 1 and between[0] in joiners
        if linked or joined:
            cur.content = True


def _purpose_of(mention: Mention, links: set[str]) -> bool:
    return mention.index > 0 and mention.tokens[mention.index - 1].lower in links


def _enumerated(mentions: list[Mention]) -> None:
    """Nominals listed after "termasuk/yakni/meliputi" as parts of another act ("menghentikan kerja
    sama militer, termasuk kerja sama …"; "konsensus yang meliputi … bantuan kemanusiaan") are
    what that act covers, not acts of their own; so is a later item of the same list ("… pemberian
    bantuan kemanusiaan, serta kunjungan utusan khusus ke Myanmar": a comma or "dan/serta" a few
    words before it)."""
    links = set(context_data()["enumeration_links"])
    joiners = function_words().conjunctions | {","}
    listed: set[int] = set()
    for prev, cur in pairwise(mentions):
        if prev.sentence is not cur.sentence or cur.spec.voice not in ("noun", "base", "phrase"):
            continue
        between = [t.lower for t in cur.tokens[prev.last + 1 : cur.index]]
        opened = any(w in links for w in between)
        continued = id(prev) in listed and bool(joiners & set(between[-3:])) and not {".", ";", ":"} & set(between)
        if opened or continued:
            cur.content = True
            listed.add(id(cur))


def _chained(mentions: list[Mention]) -> None:
    """A verb whose cause is a nominal of its type refers where the nominal does:
    "tewas oleh serangan udara sebelumnya" tells of the earlier strike, not a new one."""
    links = set(context_data()["cause_links"])
    for prev, cur in pairwise(mentions):
        if (
            prev.sentence is cur.sentence
            and prev.event_type == cur.event_type
            and (cur.back_reference or cur.prior)
            and prev.spec.voice not in ("noun", "base", "phrase")
            and 1 <= cur.index - prev.last <= 2
            and prev.tokens[prev.last + 1].lower in links
        ):
            prev.back_reference, prev.prior = cur.back_reference, cur.prior


def _restated(mentions: list[Mention]) -> None:
    """A verb's act named again by its noun after a preposition in the verb's clause ("akan bertemu para
    pemimpin Uni Eropa dalam pertemuan darurat") is one act: the noun is planned as the verb is. Not
    negated: "tidak membahas kontrak itu dalam pertemuan" denies the talk, not the meeting it was held in."""
    ctx = context_data()
    links, breaks = set(ctx["restated_links"]), set(ctx["clause_breaks"])
    for prev, cur in pairwise(mentions):
        if (
            prev.sentence is cur.sentence
            and prev.event_type == cur.event_type
            and prev.content
            and prev.spec.voice not in ("noun", "base", "phrase")
            and cur.spec.voice in ("noun", "base")
            and 1 <= cur.index - prev.last <= int(ctx["restated_window"])
            and cur.tokens[cur.index - 1].lower in links
            and not any(t.lower in breaks for t in cur.tokens[prev.last + 1 : cur.index])
        ):
            cur.content = True


def _embedded(mentions: list[Mention]) -> None:
    """A nominal trigger in the clause of a speech act is its content, not a new event; save the act a
    condemnation names ("mengecam serangan Israel", "kritik terhadap operasi militer Israel": a noun
    phrase too), an event of its own, whose parties are told from the condemnation's object on."""
    from .clauses import phrase_voice  # clauses reads mentions: imported when used

    ctx = context_data()
    speech, naming = set(ctx["speech_types"]), set(ctx["act_naming_roots"])
    breaks = set(ctx["content_breaks"])
    for prev, cur in pairwise(mentions):
        nominal = cur.spec.voice in ("noun", "base")
        if not (
            prev.sentence is cur.sentence
            and prev.event_type in speech
            and (nominal or (cur.spec.voice == "phrase" and phrase_voice(cur) == "noun"))
            and cur.index - prev.last <= 6
        ):
            continue
        if any(t.lower in breaks for t in cur.tokens[prev.last + 1 : cur.index]):
            continue  # "… meskipun ada kecaman internasional": a clause of its own, not what is said
        if prev.spec.root not in naming:
            if nominal and not _dated_episode(cur, ctx):
                cur.content = True  # what is said, asked or denied, not a new report
        elif prev.last + 1 < len(cur.tokens):
            # the act named is told from the condemnation's object on: the condemner is not its actor
            whole = cur.scope or cur.sentence
            cur.parties_from = max(whole.start, cur.tokens[prev.last + 1].start)
            cur.scope = Segment(cur.parties_from, whole.end, cur.sentence.kind)


_YEAR = re.compile(r"(19|20)\d\d")
_DAY = re.compile(r"\d{1,2}")


def _dated_episode(mention: Mention, ctx: dict[str, Any]) -> bool:
    """The nominal trigger is followed by a year that names it as a past episode, with at most a few
    date words between ("kerusuhan Mei 1998", "tragedi pada tahun 1965", "kerusuhan 13-15 Mei 1998")."""
    words = set(ctx["episode_date_words"])
    for tok in mention.tokens[mention.last + 1 : mention.last + 7]:
        if _YEAR.fullmatch(tok.text):
            return True
        if tok.lower not in words and not _DAY.fullmatch(tok.text):
            return False
    return False


def add_modes(mention: Mention) -> None:
    """The mention's modes: its record's, and those its sentence's mode cues tell (`context.yaml`)."""
    if mention.event_type == "THREATEN":
        return
    cues = context_data()["mode_cues"].get(mention.event_type, {})
    modes = list(mention.spec.mode)
    lo, hi = mention.index - WINDOW_TOKENS, mention.last + 1 + WINDOW_TOKENS  # the sentence, or a window of a long one
    for mode, words in cues.items():
        if mode not in modes and has_cue(mention.tokens, lo, hi, words):
            modes.append(mode)
    mention.mode = modes


def find_mentions(text: str, sentences: list[Segment], tokens: Sequence[Token] | None = None) -> list[Mention]:
    """Every trigger in the sentences, with its type, modes and modality; `tokens` are the text's
    tokens (the pipeline's Doc's), else the text is tokenised here. The three steps of the
    pipeline's `triggers` and `realis` stages and the first of `roles`, in one call."""
    mentions = find_candidates(text, sentences, tokens)
    mark_realis(mentions)
    bound_scopes(mentions)
    return mentions


def find_candidates(text: str, sentences: list[Segment], tokens: Sequence[Token] | None = None) -> list[Mention]:
    """Every trigger in the sentences, with its type and modes, before its realis is judged
    (`mark_realis`); each mention holds its whole sentence's tokens."""
    mentions: list[Mention] = []
    every = tokenize(text) if tokens is None else tokens
    in_work = bool(sentences) and presents_work(within(every, sentences[0].start, sentences[0].end))
    summary = _summary_start(every, sentences)
    lex = load_lexicon()
    for sentence in sentences:
        if " | " in text[sentence.start : sentence.end]:
            continue  # an infobox or table row ("Senjata | Bom bunuh diri") names, it does not report
        tokens = within(every, sentence.start, sentence.end)
        commentary = summary is not None and sentence.start >= summary and _writer_speaks(tokens)
        story: bool | None = None  # "Dalam film itu, …", "Arjuna membunuh Bisma": a plot (read at its first trigger)
        i = 0
        while i < len(tokens):
            word = tokens[i].lower
            if word not in lex.words and not lex.table.lengths.get(word):  # most words start no trigger
                i += 1
                continue
            found = _match_at(tokens, i)
            if found is None:
                i += 1
                continue
            spec, last = found
            if _inside_name(tokens, i, spec) or _acronym_of(mentions, sentence, tokens, i, spec):
                i = last + 1
                continue
            start, end = tokens[i].start, tokens[last].end
            if story is None:
                story = in_work or tells_story(tokens)
            mention = Mention(
                spec=spec,
                event_type=spec.event_type,
                trigger=Span(text[start:end], start, end),
                sentence=sentence,
                tokens=tokens,
                index=i,
                last=last,
                in_work=story,
                commentary=commentary,
            )
            add_modes(mention)
            mentions.append(mention)
            i = last + 1
    return mentions


def _acronym_of(mentions: list[Mention], sentence: Segment, tokens: list[Token], i: int, spec: TriggerSpec) -> bool:
    """The form at `i` is the short name, in brackets, of the trigger of its type right before it
    ("Konferensi Tingkat Tinggi (KTT)", "operasi tangkap tangan (OTT)"): that mention again."""
    if i < 2 or tokens[i - 1].text != "(" or not mentions:
        return False
    prev = mentions[-1]
    return prev.sentence is sentence and prev.last == i - 2 and prev.spec.event_type == spec.event_type


def mark_realis(mentions: list[Mention]) -> None:
    """Whether each candidate reports an event that happened: negation, hypothesis and denial
    (`negated`), a future act (`future`; a future threat becomes THREATEN), what another act asks
    for, announces, intends or covers, or a work's plot tells (`content`), a reference to an event told before or an
    earlier cause (`back_reference`, `prior`), a retaliation. Mentions in text order, each with its
    whole sentence's tokens (run before `bound_scopes`)."""
    for mention in mentions:
        _modality(mention)
    _embedded(mentions)
    _complements(mentions)
    _purposes(mentions)
    _enumerated(mentions)
    _chained(mentions)
    _restated(mentions)


def bound_scopes(mentions: list[Mention]) -> None:
    """Narrow each mention of a very long sentence to a window of tokens around its trigger, where
    its arguments are looked for (`scope`); idempotent."""
    for mention in mentions:
        _bound(mention)


#: a sentence longer than this many tokens (a list, a run-on text without full stops) is looked at
#: in a window around each trigger, so that finding arguments costs the same for every trigger
LONG_SENTENCE_TOKENS = 160
WINDOW_TOKENS = 60


def _bound(mention: Mention) -> None:
    """Narrow a mention of a very long sentence to a window of tokens around its trigger."""
    if len(mention.tokens) <= LONG_SENTENCE_TOKENS:
        return
    lo = max(0, mention.index - WINDOW_TOKENS)
    hi = min(len(mention.tokens), mention.last + 1 + WINDOW_TOKENS)
    mention.tokens = mention.tokens[lo:hi]
    mention.index -= lo
    mention.last -= lo
    mention.scope = Segment(mention.tokens[0].start, mention.tokens[-1].end, mention.sentence.kind)
