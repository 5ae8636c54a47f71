"""A word list written as a regex trie matches what the plain longest-first list matches."""

from __future__ import annotations

import gc
import re

import pytest

from peristiwa.loading import LOADING_THRESHOLD, loading, while_loading
from peristiwa.wordtrie import alternation, plain_alternation

WORDS = [
    "tewas",
    "tewas ditembak",
    "tewas terbunuh",
    "terluka",
    "terluka parah",
    "tertembak",
    "tertembak mati",
    "ditangkap",
    "ditahan",
    "diculik",
    "luka-luka",
]
SENTENCES = [
    "Dua warga tewas ditembak dan tiga lainnya terluka parah di Nabire.",
    "Seorang petani tewas, sementara istrinya terluka.",
    "Pelaku ditangkap lalu ditahan di Polres; korban  tertembak   mati.",
    "Tiga orang diculik, lima luka-luka, satu tertembak.",
    "Tidak ada yang tewasnya dilaporkan; terlukanya ringan.",
]


def _matches(pattern: str, text: str, flags: int = 0) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in re.finditer(pattern, text, flags)]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize(
    "template",
    [
        r"(?<![\w-])(?:{})(?![\w-])",
        r"(?:{})",
        r"(?<![\w-]){}\s+(?:di|dan)\b",  # the list written without a group: the context binds to its ends
        r"(?=[a-z]){}(?=,)",
    ],
)
def test_trie_finds_what_the_plain_list_finds(template: str, flags: int) -> None:
    for text in SENTENCES + [s.upper() for s in SENTENCES]:
        plain = _matches(template.format(plain_alternation(WORDS)), text, flags)
        assert _matches(template.format(alternation(WORDS)), text, flags) == plain


def test_longer_phrase_is_preferred_as_in_the_plain_list() -> None:
    pattern = re.compile(rf"(?:{alternation(WORDS)})")
    found = pattern.search("korban tewas ditembak aparat")
    assert found is not None and found.group() == "tewas ditembak"


def test_words_of_one_beginning_share_a_branch() -> None:
    trie = alternation(WORDS)
    assert "ta(?:ngkap|han)" in trie  # "ditangkap", "ditahan"
    assert trie.startswith(r"tertembak\s+mati|") and trie.endswith("|tewas")  # the first and the last alone


def test_words_equal_but_for_case_keep_the_plain_list() -> None:
    words = ["beliau", "mereka", "Dia", "dia", "ku"]  # "Dia" and "dia" would be two branches of one node
    assert alternation(words) == plain_alternation(words)


def test_loading_puts_off_full_collections_and_restores_the_thresholds() -> None:
    before = gc.get_threshold()
    with loading():
        with loading():
            assert gc.get_threshold()[2] >= LOADING_THRESHOLD
        assert gc.get_threshold()[2] >= LOADING_THRESHOLD  # still within the outer block
    assert gc.get_threshold() == before


def test_while_loading_runs_the_builder_inside_loading() -> None:
    seen: list[int] = []

    @while_loading
    def build() -> int:
        seen.append(gc.get_threshold()[2])
        return 7

    assert build() == 7 and seen[0] >= LOADING_THRESHOLD
