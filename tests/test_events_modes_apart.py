"""Acts of one type told by words of two modes that keep them apart (sentences written for these tests)."""

from __future__ import annotations

from conftest import rule_events


def _of(text: str, event_type: str) -> list[str]:
    return [e.trigger.text for e in rule_events(text) if e.event_type == event_type and not e.negated]


def test_an_overthrow_and_the_exile_that_follows_are_two_coerce_events() -> None:
    text = (
        "Para bangsawan menggulingkan Raja Ottokar pada tahun 1120. "
        "Raja Ottokar kemudian diasingkan ke sebuah biara di pegunungan."
    )
    assert sorted(_of(text, "COERCE")) == ["diasingkan", "menggulingkan"]


def test_an_exile_is_coerce_expel() -> None:
    text = "Pemerintah kolonial mengasingkan pemimpin pergerakan itu ke Banda Neira."
    assert [e.mode for e in rule_events(text) if e.event_type == "COERCE"] == [["expel"]]


def test_naming_suspects_after_questioning_witnesses_is_a_second_accuse_event() -> None:
    text = (
        "Penyidik Kejaksaan Tinggi memeriksa lima saksi dari dinas pendidikan pada Senin. "
        "Kejaksaan Tinggi kemudian menetapkan dua pejabat dinas itu sebagai tersangka korupsi dana sekolah."
    )
    assert sorted(_of(text, "ACCUSE")) == ["memeriksa", "menetapkan"]


def test_a_manhunt_after_naming_suspects_is_a_second_accuse_event() -> None:
    text = (
        "Polisi menetapkan tiga orang sebagai tersangka pembakaran kantor kecamatan. "
        "Polisi masih memburu dua tersangka lain yang melarikan diri ke hutan."
    )
    assert sorted(_of(text, "ACCUSE")) == ["memburu", "menetapkan"]


def test_a_charge_told_with_the_naming_of_suspects_stays_one_accuse_event() -> None:
    text = (
        "Polres Kendari menetapkan tiga orang sebagai tersangka pembakaran kantor kecamatan. "
        "Para tersangka dijerat Pasal 187 KUHP dengan ancaman hukuman 12 tahun penjara."
    )
    assert len(_of(text, "ACCUSE")) == 1
