"""Recall found on unannotated news sentences that gave no event: protesters named as a group ("para
demonstran", "sejumlah pendemo") and a staged "aksi" are a protest; what the protesters do after the noun is
an act of its own, and only their demand is the protest's (D33); a court's fine or sentence worded as the
ruling reads; a recommendation to a party; a plea of innocence; a travel ban (cekal). Each case has its
counterpart that stays no event, so every test can fail both ways.
Sentences are written for these tests in general Indonesian news style.
"""

from __future__ import annotations

import pytest
from conftest import reported_done as _reported


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Sejumlah demonstran menunggu rombongan menteri di depan gerbang bandara.", "demonstran"),
        ("Para pendemo membentangkan spanduk di halaman kantor wali kota.", "pendemo"),
        ("Puluhan nelayan menggelar aksi di depan kantor gubernur pada Senin pagi.", "menggelar aksi"),
    ],
)
def test_protesters_named_as_a_group_or_a_staged_action_are_a_protest(text: str, trigger: str) -> None:
    assert ("PROTEST", trigger) in _reported(text)


@pytest.mark.parametrize(
    "text",
    [
        "Seorang demonstran mengaku baru pertama kali datang ke ibu kota.",
        "Para relawan menggelar aksi bersih-bersih sungai pada Minggu pagi.",
        "Organisasi pemuda itu menggelar aksi sosial di panti asuhan.",
    ],
)
def test_one_demonstrator_or_a_civic_action_is_no_protest(text: str) -> None:
    assert all(kind != "PROTEST" for kind, _ in _reported(text))


def test_what_the_protesters_do_after_the_noun_is_an_act_of_its_own() -> None:
    reported = _reported("Para demonstran menuduh gubernur itu menyelewengkan dana bantuan.")
    assert ("PROTEST", "demonstran") in reported
    assert ("ACCUSE", "menuduh") in reported


def test_the_protesters_demand_is_their_protest_not_a_request_of_its_own() -> None:
    reported = _reported("Para demonstran menuntut pembebasan rekan mereka yang ditahan.")
    assert ("PROTEST", "demonstran") in reported
    assert all(kind != "REQUEST" for kind, _ in reported)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Majelis hakim juga menjatuhkan denda Rp50 juta kepada terdakwa.", "menjatuhkan denda"),
        ("Hakim menjatuhkan pidana penjara lima tahun kepada mantan camat itu.", "menjatuhkan pidana"),
    ],
)
def test_a_fine_or_a_sentence_worded_as_the_ruling_is_a_sanction(text: str, trigger: str) -> None:
    assert ("SANCTION", trigger) in _reported(text)


def test_a_fine_only_talked_about_is_no_sanction() -> None:
    assert all(kind != "SANCTION" for kind, _ in _reported("Besaran denda itu diatur dalam peraturan daerah."))


def test_a_recommendation_that_a_party_act_is_a_request() -> None:
    text = "Ombudsman merekomendasikan agar wali kota membatalkan mutasi tiga kepala sekolah."
    assert ("REQUEST", "merekomendasikan") in _reported(text)


def test_a_recommended_product_is_no_request() -> None:
    assert all(kind != "REQUEST" for kind, _ in _reported("Dokter merekomendasikan teh hangat untuk pasien flu."))


def test_a_plea_of_innocence_is_a_rejection_and_an_acquittal_is_not() -> None:
    assert ("REJECT", "tidak bersalah") in _reported("Terdakwa menyatakan dirinya tidak bersalah di depan hakim.")
    assert all(kind != "REJECT" for kind, _ in _reported("Kedua petani itu dinyatakan tidak bersalah oleh hakim."))


def test_a_travel_ban_is_coercion_and_one_that_may_be_imposed_is_not() -> None:
    assert ("COERCE", "dicekal") in _reported("Mantan direktur itu telah dicekal ke luar negeri sejak Mei.")
    assert all(kind != "COERCE" for kind, _ in _reported("Dalam aturan baru itu, saksi dapat dicekal ke luar negeri."))


def test_persuading_a_party_to_act_is_a_request_and_convincing_evidence_is_not() -> None:
    text = "Para mediator berusaha meyakinkan kedua faksi agar menghentikan pertempuran."
    assert ("REQUEST", "meyakinkan") in _reported(text)
    assert all(kind != "REQUEST" for kind, _ in _reported("Hakim menilai bukti itu sangat meyakinkan."))
