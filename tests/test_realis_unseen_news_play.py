"""Sport and market senses found on a second sample of unseen news sentences (session 35): a keeper
catching a shot, a player's or a coach's threat, fans in the streets after a title, a market hunting a
currency, praise of a performance, pushing on towards a place, an act a rule allows. Each case has its
reported counterpart, so every test can fail both ways.
Sentences are written for these tests in general Indonesian news style.
"""

from __future__ import annotations

import pytest
from conftest import reported as _reported


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a keeper catching a shot
        ("Tendangan bebas gelandang itu dengan mudah ditangkap kiper tim tamu.", "COERCE"),
        # a player's or a coach's threat
        ("Ancaman serupa juga dilontarkan pemain belakang tim tamu usai latihan.", "THREATEN"),
        ("Pelatih asal Belanda itu mengancam akan mundur jika manajemen tidak menambah pemain.", "THREATEN"),
        # fans in the streets after a title
        ("Ribuan suporter turun ke jalan setelah kesebelasan kota itu menjuarai kompetisi nasional.", "PROTEST"),
        # a market hunting a currency or shares
        ("Rupiah menguat karena pelaku pasar kembali memburu rupiah menjelang akhir pekan.", "ACCUSE"),
        ("Pelaku pasar asing kembali memburu saham perbankan di bursa.", "ACCUSE"),
        # praise of a performance
        ("Para kritikus memuji penampilan aktris muda itu dalam drama terbarunya.", "SUPPORT"),
        # pushing on towards a place
        ("Pasukan kerajaan itu terus mendesak ke arah ibu kota musuh.", "REQUEST"),
        # what a rule allows
        ("Aturan baru itu memungkinkan pelanggar dijatuhi hukuman penjara lima tahun.", "SANCTION"),
    ],
)
def test_play_or_a_market_on_unseen_news_is_not_reported(text: str, event_type: str) -> None:
    assert all(t != event_type for t, _ in _reported(text))


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Tersangka pencurian itu ditangkap polisi di rumah kontrakannya.", "COERCE"),
        ("Kelompok bersenjata itu mengancam akan menyerang pos polisi di perbatasan.", "THREATEN"),
        ("Ribuan buruh turun ke jalan menuntut kenaikan upah minimum.", "PROTEST"),
        ("Polisi masih memburu pelaku perampokan toko emas itu.", "ACCUSE"),
        ("Menteri luar negeri itu memuji upaya kedua negara meredakan ketegangan.", "SUPPORT"),
        ("Serikat buruh mendesak pemerintah menaikkan upah minimum.", "REQUEST"),
        ("Pengadilan itu menjatuhkan hukuman penjara lima tahun kepada pelanggar.", "SANCTION"),
    ],
)
def test_the_same_words_told_of_parties_stay_reported(text: str, event_type: str) -> None:
    assert any(t == event_type for t, _ in _reported(text))
