"""One act told by two adjacent trigger forms is one mention: a name and its short form in brackets
("Konferensi Tingkat Tinggi (KTT)"), a summons and the role it summons to ("memanggilnya sebagai saksi").

Sentences are written for these tests in general Indonesian news style (not from the corpus texts).
"""

from __future__ import annotations

from peristiwa.events.detect import find_mentions
from peristiwa.segment import segment


def mention_pairs(text: str) -> list[tuple[str, str]]:
    """(type, trigger) of every mention the trigger rules find in `text`, whatever its realis."""
    return [(m.event_type, m.trigger.text) for m in find_mentions(text, segment(text))]


def test_events_one_mention_a_short_name_in_brackets_is_the_same_mention() -> None:
    text = "Presiden tiba di Kuala Lumpur untuk menghadiri Konferensi Tingkat Tinggi (KTT) ASEAN pada Minggu."
    assert [w for _, w in mention_pairs(text) if w == "KTT"] == []


def test_events_one_mention_a_bracketed_name_of_another_type_stays() -> None:
    text = "Polisi membubarkan unjuk rasa (demo) buruh di depan pabrik pada Senin."
    assert ("PROTEST", "unjuk rasa") in mention_pairs(text)


def test_events_one_mention_the_role_a_summons_names_is_the_summons() -> None:
    pairs = mention_pairs("Penyidik kejaksaan memanggilnya sebagai saksi sebanyak tiga kali sejak Januari.")
    assert [w for _, w in pairs if w == "sebagai saksi"] == []
    assert ("ACCUSE", "memanggilnya") in pairs


def test_events_one_mention_a_witness_summoned_further_on_stays_a_mention() -> None:
    pairs = mention_pairs("Wakil bupati itu dipanggil penyidik kejaksaan sebagai saksi kasus korupsi dana hibah.")
    assert ("ACCUSE", "sebagai saksi") in pairs
