"""A summary section ("## Ringkasan") retells the events of the text: no new events, no new days."""

from __future__ import annotations

import peristiwa

_BODY = [
    "Barang bukti berupa sabu seberat 50 gram disita dari rumah kedua tersangka itu.",
    "Kapolsek mengatakan kedua tersangka sudah lama diintai oleh anggotanya.",
    "Keduanya dijerat dengan pasal tentang narkotika.",
    "Warga sekitar mengaku lega setelah kedua pria itu diamankan.",
    "Penyelidikan masih berlanjut untuk mencari pemasok barang itu.",
    "Kapolsek juga mengimbau warga melapor bila melihat transaksi mencurigakan.",
]


def test_an_arrest_retold_in_the_summary_is_the_arrest_of_the_story() -> None:
    text = (
        "Polisi Tangkap Dua Pengedar Narkoba di Medan\n\n"
        "MEDAN, WartaKota.com - Polisi menangkap dua pengedar narkoba di Medan Baru pada Senin (9/6/2025).\n\n"
        + "\n\n".join(_BODY)
        + "\n\n## Ringkasan\n\n"
        "Polisi menangkap dua pengedar narkoba di Medan dan menyita sabu seberat 50 gram.\n"
    )
    arrests = [e for e in peristiwa.extract(text).events if e.event_type == "COERCE"]
    assert len(arrests) == 1
    assert arrests[0].date is not None and arrests[0].date.start == "2025-06-09"


def test_a_summary_retelling_an_arrest_without_a_day_joins_it_though_the_text_first_tells_another_day() -> None:
    text = (
        "Polisi Ungkap Kasus Penganiayaan Anak di Pekanbaru\n\n"
        "PEKANBARU, WartaKota.com - Kapolres menjelaskan kasus penganiayaan anak itu kepada wartawan, "
        "Sabtu (14/6/2025).\n\n"
        "Pada Rabu (11/6/2025), polisi menangkap seorang pria yang menganiaya anak tirinya.\n\n"
        + "\n\n".join(_BODY)
        + "\n\n## Ringkasan\n\n"
        "Seorang pria di Pekanbaru ditangkap polisi karena menganiaya anak tirinya.\n"
    )
    arrests = [e for e in peristiwa.extract(text).events if e.event_type == "COERCE"]
    assert len(arrests) == 1
    assert arrests[0].date is not None and arrests[0].date.start == "2025-06-11"


def test_a_summary_retelling_with_another_word_of_the_type_does_not_join_an_act_of_another_day() -> None:
    text = (
        "Kejaksaan Periksa Dua Saksi Kasus Korupsi Pasar\n\n"
        "SEMARANG, WartaKota.com - Kepala kejaksaan menjelaskan perkembangan kasus korupsi pasar kepada wartawan, "
        "Rabu (11/6/2025).\n\n"
        "Kejaksaan telah menetapkan tiga tersangka dalam kasus korupsi pembangunan pasar pada Kamis (5/6/2025).\n\n"
        + "\n\n".join(_BODY)
        + "\n\n## Ringkasan\n\n"
        "Kejaksaan memeriksa dua saksi dalam kasus korupsi pembangunan pasar di Semarang.\n"
    )
    events = peristiwa.extract(text).events
    named = [e for e in events if e.trigger is not None and "menetapkan" in e.trigger.text]
    assert named and named[0].date is not None and named[0].date.start == "2025-06-05"
    assert all(seg.end < text.index("## Ringkasan") for seg in named[0].evidence)
