"""One act told twice in a text: mentions that a wrong or missing argument used to keep apart
(sentences written for these tests)."""

from __future__ import annotations

from conftest import rule_events

from peristiwa.events.merge import Draft, _swapped
from peristiwa.spans import Party

#: paragraphs that tell no event, to put two mentions far apart in a text
FILLER = (
    "Harga beras di pasar tradisional masih stabil. Jalan utama di pusat kota dipenuhi kendaraan pribadi.\n\n"
    "Para pedagang membuka toko lebih awal dari biasanya. Hujan ringan turun pada sore hari. "
    "Sekolah-sekolah tetap berjalan seperti biasa."
)


def _of(text: str, event_type: str) -> list[str]:
    return [e.trigger.text for e in rule_events(text, reference_time="2025-06-06") if e.event_type == event_type]


def _meeting_told_again(day: str) -> str:
    return (
        "Presiden Indonesia bertemu dengan Perdana Menteri Jepang di Tokyo, Senin (2/6/2025).\n\n"
        f"{FILLER}\n\n"
        f"Presiden Indonesia mengatakan, pertemuan dengan Perdana Menteri Jepang pada {day} berlangsung hangat."
    )


def test_a_meeting_named_again_paragraphs_later_on_its_day_is_one_consult() -> None:
    assert _of(_meeting_told_again("Senin (2/6/2025)"), "CONSULT") == ["bertemu"]


def test_a_meeting_named_again_on_another_day_stays_a_second_consult() -> None:
    assert _of(_meeting_told_again("Kamis (5/6/2025)"), "CONSULT") == ["bertemu", "pertemuan"]


def test_a_meeting_told_from_the_other_side_is_the_same_meeting() -> None:
    text = (
        "Menteri Luar Negeri Indonesia bertemu dengan Menteri Luar Negeri Malaysia di Kuala Lumpur, "
        "Selasa (3/6/2025). Menurut dia, pertemuannya dengan Menteri Luar Negeri Indonesia pada Selasa "
        "(3/6/2025) membahas perbatasan."
    )
    assert _of(text, "CONSULT") == ["bertemu"]


def test_a_body_named_again_by_its_head_noun_speaks_once() -> None:
    text = (
        "Pemerintah Provinsi Jawa Barat mengancam akan mencabut izin pabrik yang mencemari sungai. "
        "Pemerintah mengancam dengan sanksi berat."
    )
    assert _of(text, "THREATEN") == ["mengancam"]


def test_two_named_speakers_threaten_twice() -> None:
    text = (
        "Pemerintah Provinsi Jawa Barat mengancam akan mencabut izin pabrik yang mencemari sungai. "
        "Bupati Karawang mengancam dengan sanksi berat."
    )
    assert len(_of(text, "THREATEN")) == 2


def _further_demand(addressee: str) -> str:
    return (
        "JAKARTA, KOMPAS.com - Pakar hukum Budi Santoso meminta polisi memeriksa saksi kunci kasus itu.\n\n"
        f"{FILLER}\n\n"
        f"Budi Santoso juga mendorong {addressee} agar memeriksa rekaman kamera pengawas."
    )


def test_a_further_demand_to_the_party_already_asked_is_the_same_request() -> None:
    assert _of(_further_demand("polisi"), "REQUEST") == ["meminta"]


def test_a_further_demand_to_another_party_is_a_request_of_its_own() -> None:
    assert _of(_further_demand("jaksa"), "REQUEST") == ["meminta", "mendorong"]


def _draft(event_type: str, actor: str, recipient: str) -> Draft:
    return Draft(
        event_type,
        mentions=[],
        sentence_index=0,
        actor=[Party(actor, 0, len(actor))],
        recipient=[Party(recipient, 100, 100 + len(recipient))],
    )


def test_a_protest_read_with_its_sides_swapped_is_no_reply() -> None:
    told = _draft("PROTEST", "petani", "DPRD Kabupaten Blitar")
    misread = _draft("PROTEST", "DPRD Kabupaten Blitar", "pengunjuk rasa")
    assert not _swapped(misread, told)


def test_an_attack_with_its_sides_swapped_is_a_reply() -> None:
    first = _draft("ASSAULT", "Negara Api", "Negara Air")
    reply = _draft("ASSAULT", "Negara Air", "Negara Api")
    assert _swapped(first, reply)


def _strike_dated_by_the_next_sentence(told: str) -> str:
    return (
        "Pemerintah Turki menyatakan dukungan kepada Yerevan pada Rabu (18/6/2025) dalam perang yang memasuki "
        "hari kelima.\n\nMenteri Luar Negeri Turki mengatakan, negaranya mengecam keras serangan militer "
        "Azerbaijan terhadap desa-desa di Armenia.\n\n"
        f"Ia menambahkan, {told} itu bisa memicu perang yang lebih luas di kawasan tersebut."
    )


def test_a_strike_dated_only_by_an_earlier_sentence_takes_the_day_its_next_mention_tells() -> None:
    text = _strike_dated_by_the_next_sentence("serangan Azerbaijan yang dimulai pada Sabtu (14/6/2025)")
    strikes = [e for e in rule_events(text, reference_time="2025-06-18") if e.event_type == "ASSAULT"]
    assert [(e.trigger.text, e.date and e.date.start[:10]) for e in strikes] == [("serangan", "2025-06-14")]


def test_a_strike_named_again_without_a_day_keeps_the_carried_one() -> None:
    text = _strike_dated_by_the_next_sentence("serangan Azerbaijan")
    strikes = [e for e in rule_events(text, reference_time="2025-06-18") if e.event_type == "ASSAULT"]
    assert [e.date and e.date.start[:10] for e in strikes] == ["2025-06-18"]
