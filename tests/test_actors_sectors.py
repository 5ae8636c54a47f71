"""Sectors the text gives a person: a role noun or an office set off beside the name."""

from __future__ import annotations

import pytest

from peristiwa.actors import ActorCoder
from peristiwa.spans import Entity


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder.load()


def _person(text: str, name: str) -> list[Entity]:
    """`name` marked as a person where it occurs, as the NER would."""
    out, at = [], text.find(name)
    while at >= 0:
        out.append(Entity(text=name, start=at, end=at + len(name), label="PER"))
        at = text.find(name, at + len(name))
    return out


def _sectors(coder: ActorCoder, text: str, name: str) -> list[str | None]:
    found = coder.find_entities(text, ner=_person(text, name), default_country="IDN")
    return [e.sector for e in found if name in e.text]


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Polisi menangkap Johny, seorang kurir narkoba yang lama dicari, di Bekasi.", "Johny", "CRM"),
        ("Budi Santoso, warga Desa Sukamaju, mengatakan rumahnya dibakar massa.", "Budi Santoso", "CVL"),
        ("Rina (34), seorang guru honorer, ikut berunjuk rasa di depan kantor bupati.", "Rina", "EDU"),
        ("Seorang pedagang bernama Yati menolak penggusuran kios di pasar itu.", "Yati", "BUS"),
    ],
)
def test_actors_sectors_a_person_takes_the_role_set_beside_the_name(
    coder: ActorCoder, text: str, name: str, sector: str
) -> None:
    assert _sectors(coder, text, name) == [sector]


def test_actors_sectors_the_appositive_role_codes_the_later_mentions(coder: ActorCoder) -> None:
    text = "Yanto Sucipto, seorang petani di Garut, menolak tambang itu. Menurut Yanto, sawahnya akan rusak."
    found = coder.find_entities(text, ner=_person(text, "Yanto Sucipto"))
    assert [e.sector for e in found if e.text.startswith("Yanto")] == ["AGR", "AGR"]


@pytest.mark.parametrize(
    "text",
    [
        "Menurut Budi Santoso, polisi sudah menangkap tiga orang tersangka.",
        "Kata Andi Wijaya, petani itu kehilangan sawahnya karena banjir.",
    ],
)
def test_actors_sectors_a_clause_after_the_comma_gives_no_role(coder: ActorCoder, text: str) -> None:
    name = text.split(",")[0].split(" ", 1)[1]
    assert _sectors(coder, text, name) == [None]


@pytest.mark.parametrize(
    ("text", "mention", "sector"),
    [
        ("Dua bintara dan seorang tamtama diperiksa polisi militer.", "bintara", "MIL"),
        ("Seorang tamtama melepaskan tembakan ke arah rekannya.", "tamtama", "MIL"),
        ("Ratusan mahasiswi berunjuk rasa di depan gedung rektorat.", "mahasiswi", "CVL"),
        ("Para pendemo membakar ban di depan kantor gubernur.", "pendemo", "CVL"),
        ("Seorang biksu memimpin doa bersama di vihara itu.", "biksu", "REL"),
        ("Seorang kyai menjadi penengah dalam perundingan itu.", "kyai", "REL"),
        ("Lima napi kabur dari lembaga pemasyarakatan semalam.", "napi", "CRM"),
        ("Para pembajak menguasai kapal tanker itu selama dua hari.", "pembajak", "CRM"),
        ("Polisi memburu penculik anak itu hingga ke Cianjur.", "penculik", "CRM"),
        ("Seorang wartawati televisi dipukul saat meliput bentrokan.", "wartawati", "JRN"),
        ("Ilmuwan nuklir itu tewas dalam ledakan di dekat rumahnya.", "Ilmuwan", "EDU"),
    ],
)
def test_actors_sectors_role_nouns_of_ranks_faiths_crimes_and_professions(
    coder: ActorCoder, text: str, mention: str, sector: str
) -> None:
    found = [e for e in coder.find_entities(text, default_country="IDN") if e.text.startswith(mention)]
    assert found and found[0].sector == sector


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Ikatan Dokter Indonesia menolak rancangan undang-undang kesehatan itu.", "Ikatan Dokter Indonesia"),
        ("Paguyuban Pedagang Pasar Baru memprotes kenaikan retribusi.", "Paguyuban Pedagang Pasar Baru"),
        ("Perhimpunan Jurnalis Indonesia mengecam pemukulan wartawan.", "Perhimpunan Jurnalis Indonesia"),
    ],
)
def test_actors_sectors_associations_are_civil_society(coder: ActorCoder, text: str, mention: str) -> None:
    found = {e.text: e.sector for e in coder.find_entities(text, default_country="IDN")}
    assert found[mention] == "SOC"


def test_actors_sectors_a_known_association_keeps_its_dictionary_coding(coder: ActorCoder) -> None:
    found = coder.find_entities("Perhimpunan Bangsa-Bangsa Asia Tenggara mengecam kudeta itu.")
    assert [(e.country, e.sector) for e in found] == [("IGO", "GOV")]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Kepala Negara Prancis Emmanuel Macron tiba di Jakarta.", "Kepala Negara Prancis Emmanuel Macron"),
        ("Kedua kepala pemerintahan itu akan bertemu pekan depan.", "kepala pemerintahan"),
    ],
)
def test_actors_sectors_a_head_of_state_or_government_is_government(coder: ActorCoder, text: str, title: str) -> None:
    found = {e.text: e.sector for e in coder.find_entities(text, default_country="IDN")}
    assert found[title] == "GOV"


@pytest.mark.parametrize(
    ("text", "mention", "sector"),
    [
        # social security bodies are the state's, not companies
        ("BPJS Kesehatan menolak klaim rumah sakit itu.", "BPJS Kesehatan", "GOV"),
        ("Persatuan Guru Republik Indonesia (PGRI) menolak kebijakan itu.", "Persatuan Guru Republik Indonesia", "EDU"),
        ("Indonesia Corruption Watch mengkritik putusan hakim.", "Indonesia Corruption Watch", "SOC"),
        ("HKTI meminta pupuk subsidi ditambah.", "HKTI", "AGR"),
        ("Kadin menolak kenaikan upah minimum provinsi.", "Kadin", "BUS"),
    ],
)
def test_actors_sectors_organisations_of_their_kind(coder: ActorCoder, text: str, mention: str, sector: str) -> None:
    found = {e.text: e.sector for e in coder.find_entities(text, ner=[], default_country="IDN")}
    assert found.get(mention) == sector
