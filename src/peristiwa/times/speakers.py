"""Who a statement's day belongs to: the speaker its attribution names ("kata Mandenas, dalam
keterangannya, Minggu (8/6/2025)"), and whether a later sentence still tells that speaker's words
("Mandenas meminta …", "Ia menegaskan …", "Politikus Partai Nasdem ini meminta …", a quotation) or
another party's ("Uni Eropa menyetujui permintaan tersebut", "TikTok menyambut baik …"). Read by
:class:`.context.DateContext`: a statement's day dates only what its speaker goes on to say.
"""

from __future__ import annotations

import re

from ..lang import language_cache
from . import lexicon as lx

#: a capitalised word of a name ("Kapolres", "Gus", "Ipul", "Kompas.com"), not a lone initial
NAME_WORD = re.compile(r"\b[A-Z][\w'.-]*[\w]")
#: the capitalised words opening a paragraph, set off by commas ("Ketua Paguyuban Becak, Abdul Muchid,")
SUBJECT = re.compile(r"[ \t]*[A-Z][\w'.-]*(?:,?[ \t]+[A-Z(][\w'.()-]*)*")
#: how far before a statement's day its attribution's word of stating may stand
ATTRIBUTION_REACH = 250
QUOTE_MARKS = re.compile(r'["\u201c\u201d]')


@language_cache
def speaker_back() -> re.Pattern[str]:
    """A word before an act that refers back to the speaker ("ia", "mereka", "kami")."""
    return lx.word_regex("relative", "speaker_back_words", r"\b{}\b")


@language_cache
def speaker_epithet() -> re.Pattern[str]:
    """A sentence opening with a capitalised noun phrase pointed back at ("Politikus Partai Nasdem
    ini", "Anggota Komisi II DPR dari PKS ini"): the speaker named by an epithet."""
    back = lx.alternation(lx.word_list("relative", "speaker_epithet_words"))
    return re.compile(rf"[\"\u201c\\\s]*[A-Z][\w-]*(?:[ \t]+[\w-]+){{0,6}}?[ \t]+(?:{back})\b")


def speaker_names(text: str, day: int) -> frozenset[str]:
    """The capitalised words naming who stated what the day at `day` dates: those of its attribution,
    after the quotation closed on its line ("," tanya Kapolsek Pesanggrahan AKP Seala Syah Alam kepada
    MZ saat konferensi pers, ") or, with none, of its line's last words ("Dilansir dari Radio New
    Zealand, "): the speaker, or the medium cited, with the place (a place named again keeps the day,
    as before); for an attribution naming nobody ("," ujarnya, "), those of the subject opening the
    paragraph before, where the speaker was named ("Menteri Koordinator Bidang Perekonomian Airlangga
    Hartarto menyebut …")."""
    line = text.rfind("\n", 0, day) + 1
    start = max(line, day - ATTRIBUTION_REACH)
    quotes = list(QUOTE_MARKS.finditer(text, start, day))
    names = frozenset(NAME_WORD.findall(text, quotes[-1].end() if quotes else start, day))
    if names:
        return names
    before = text.rfind("\n\n", 0, max(0, line - 2))
    subject = SUBJECT.match(text, before + 2 if before >= 0 else 0, line)
    return frozenset(NAME_WORD.findall(subject.group())) if subject is not None else frozenset()


def speaker_goes_on(text: str, sentence: tuple[int, int], offset: int, names: frozenset[str]) -> bool:
    """The sentence spanning `sentence` still tells the words of the speaker named by `names` at its
    act at `offset`: it names the speaker, refers back to a person before the act ("Ia menegaskan",
    "Lebih lanjut, ia mendorong", "Mereka sepakat"), opens with an epithet ("Politikus … ini
    meminta"), or the act lies inside a quotation (the speaker's own words)."""
    start, end = sentence
    told = text[start:end]
    if any(re.search(rf"(?<![\w.]){re.escape(name)}(?![\w])", told) for name in names):
        return True
    before = text[start:offset]
    if speaker_back().search(before) or speaker_epithet().match(text, start, offset):
        return True
    line = text.rfind("\n", 0, start) + 1  # a quotation opened on the act's line and not closed before it
    return len(QUOTE_MARKS.findall(text, line, offset)) % 2 == 1
