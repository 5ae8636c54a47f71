"""The rarer PLOVER types told by their usual Indonesian wording: aid given, brought or handed over
(AID, D7), relief money given to victims (AID `humanitarian`, D19) and a pledge (AGREE, D28); and the
senses of the same words that are no such act."""

from __future__ import annotations

import pytest
from conftest import reported

from peristiwa.events.detect import find_mentions
from peristiwa.segment import segment


@pytest.mark.parametrize(
    "text",
    [
        "Sebuah kapal perang Jepang membawa bantuan ke pelabuhan yang rusak diterjang tsunami.",
        "Pemerintah kabupaten memberi bantuan Rp250 ribu kepada setiap rumah yang terendam.",
        "Relawan itu mengaku mendapat bantuan beras dari sebuah yayasan di Surabaya.",
        "Para pemberontak mendapat bantuan senjata dari negara tetangga selama perang saudara.",
    ],
)
def test_aid_brought_given_or_named_by_what_it_consists_of_is_aid(text: str) -> None:
    assert ("AID", "bantuan") in reported(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ia mengatakan keluarganya berhak menerima bantuan langsung tunai tahun ini.",
        "Parlemen menolak paket bantuan bagi industri otomotif yang diajukan pemerintah.",
    ],
)
def test_aid_one_is_entitled_to_or_a_bailout_package_is_no_aid(text: str) -> None:
    assert [t for t, _ in reported(text)].count("AID") == 0


def test_relief_money_handed_to_victims_is_humanitarian_aid() -> None:
    text = "Komandan kodim menyerahkan santunan kepada keluarga prajurit yang gugur dalam kecelakaan itu."
    mentions = [m for m in find_mentions(text, segment(text)) if m.event_type == "AID"]
    assert [(m.trigger.text, m.mode) for m in mentions] == [("santunan", ["humanitarian"])]


def test_relief_money_only_talked_about_is_no_aid() -> None:
    assert reported("Ahli waris korban masih mempertanyakan besaran santunan dari pengelola tambang.") == []


def test_a_pledge_is_a_promise() -> None:
    text = "Menteri luar negeri itu berikrar bahwa negaranya akan tetap mengirim dokter ke wilayah konflik."
    assert ("AGREE", "berikrar") in reported(text)
