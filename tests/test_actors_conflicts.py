"""Armed groups, conflict actors and leaders of 1990-2025 in the packaged dictionaries.

Sentences written for these tests in the style of Indonesian news; every mention must be
coded with the country and PLOVER sector of the group or office it names.
"""

from __future__ import annotations

import pytest

from peristiwa import extract
from peristiwa.actors import ActorCoder
from peristiwa.spans import Entity


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder.load()


def _find(coder: ActorCoder, text: str, mention: str) -> Entity:
    """The narrowest entity covering the mention (a title before a name is part of its entity)."""
    start = text.index(mention)
    found = coder.find_entities(text)
    covering = [e for e in found if e.start <= start and start + len(mention) <= e.end]
    assert covering, f"{mention!r} not found in {[e.text for e in found]}"
    return min(covering, key=lambda e: e.end - e.start)


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        # Africa
        (
            "Gerakan Keadilan dan Kesetaraan menyerbu pinggiran Omdurman.",
            "Gerakan Keadilan dan Kesetaraan",
            "SDN",
            "REB",
        ),
        ("Pemberontak JEM menolak perundingan di Doha.", "JEM", "SDN", "REB"),
        ("Tentara Pembebasan Sudan merebut sebuah kota di Darfur Utara.", "Tentara Pembebasan Sudan", "SDN", "REB"),
        ("Warga desa menuduh Janjaweed membakar rumah mereka.", "Janjaweed", "SDN", "PRM"),
        ("Tentara Perlawanan Tuhan menculik puluhan anak di Uganda utara.", "Tentara Perlawanan Tuhan", "UGA", "REB"),
        ("Mahkamah mendakwa Joseph Kony atas kejahatan perang.", "Joseph Kony", "UGA", "REB"),
        ("Kelompok CODECO menyerang kamp pengungsi di Ituri.", "CODECO", "COD", "REB"),
        ("Pasukan Demokratik Sekutu membunuh belasan warga di Beni.", "Pasukan Demokratik Sekutu", "COD", "REB"),
        ("Front Pembebasan Rakyat Tigray menyetujui gencatan senjata.", "Front Pembebasan Rakyat Tigray", "ETH", "REB"),
        ("Milisi Fano bentrok dengan tentara federal di Amhara.", "Fano", "ETH", "REB"),
        ("JNIM mengklaim serangan terhadap pos militer di Mali tengah.", "JNIM", "MLI", "REB"),
        ("ISWAP menyerbu sebuah pangkalan di Borno.", "ISWAP", "NGA", "REB"),
        ("Al-Qaeda di Maghreb Islam menculik dua turis Eropa.", "Al-Qaeda di Maghreb Islam", "IMG", "REB"),
        ("Hemedti menolak tuntutan tentara untuk menyerah.", "Hemedti", "SDN", "PRM"),
        ("Khalifa Haftar memerintahkan pasukannya maju ke Tripoli.", "Khalifa Haftar", "LBY", "MIL"),
        # South Asia
        ("Harimau Tamil menyerang pangkalan angkatan laut di Trincomalee.", "Harimau Tamil", "LKA", "REB"),
        ("Macan Pembebasan Tamil Eelam menolak usul perdamaian.", "Macan Pembebasan Tamil Eelam", "LKA", "REB"),
        ("Tehrik-i-Taliban Pakistan mengaku meledakkan bom itu.", "Tehrik-i-Taliban Pakistan", "PAK", "REB"),
        ("Taliban Pakistan menyerang sekolah di Peshawar.", "Taliban Pakistan", "PAK", "REB"),
        ("India menuding Lashkar-e-Taiba berada di balik serangan Mumbai.", "Lashkar-e-Taiba", "PAK", "REB"),
        ("Jaringan Haqqani menyerang hotel di Kabul.", "Jaringan Haqqani", "AFG", "REB"),
        ("Hizbul Mujahidin menyerang patroli tentara India di Kashmir.", "Hizbul Mujahidin", "IND", "REB"),
        # Southeast Asia
        ("Tentara Rakyat Baru menyergap patroli tentara di Mindanao.", "Tentara Rakyat Baru", "PHL", "REB"),
        ("Kelompok Maute menduduki sebagian kota Marawi.", "Kelompok Maute", "PHL", "REB"),
        (
            "Barisan Revolusi Nasional membantah terlibat dalam ledakan di Yala.",
            "Barisan Revolusi Nasional",
            "THA",
            "REB",
        ),
        ("Tentara Kemerdekaan Kachin merebut pos tentara Myanmar.", "Tentara Kemerdekaan Kachin", "MMR", "REB"),
        ("KNU menuntut junta menghentikan serangan udara.", "KNU", "MMR", "REB"),
        ("Pasukan Pertahanan Rakyat menyerang konvoi junta di Sagaing.", "Pasukan Pertahanan Rakyat", "MMR", "REB"),
        ("Khmer Merah menolak ikut pemilu.", "Khmer Merah", "KHM", "REB"),
        # Middle East
        (
            "Unit Perlindungan Rakyat Kurdi menahan ratusan anggota ISIS.",
            "Unit Perlindungan Rakyat Kurdi",
            "SYR",
            "REB",
        ),
        ("Turki membom posisi YPG di Suriah utara.", "YPG", "SYR", "REB"),
        ("Peshmerga merebut kembali kota itu dari ISIS.", "Peshmerga", "IRQ", "MIL"),
        ("Brigade Martir Al-Aqsa mengaku bertanggung jawab.", "Brigade Martir Al-Aqsa", "PSE", "REB"),
        (
            "Front Rakyat untuk Pembebasan Palestina mengecam kesepakatan itu.",
            "Front Rakyat untuk Pembebasan Palestina",
            "PSE",
            "REB",
        ),
        ("Dewan Transisi Selatan menguasai Aden.", "Dewan Transisi Selatan", "YEM", "REB"),
        # Caucasus, Europe, the Americas
        ("Emirat Kaukasus mengaku mendalangi bom bunuh diri di Moskow.", "Emirat Kaukasus", "RUS", "REB"),
        ("Shamil Basayev memimpin penyanderaan sekolah di Beslan.", "Shamil Basayev", "RUS", "REB"),
        ("Pemimpin Abkhazia Sergei Bagapsh menolak perundingan.", "Sergei Bagapsh", "GEO", "REB"),
        ("Eduard Kokoity menuduh Tbilisi menyerang Tskhinvali.", "Eduard Kokoity", "GEO", "REB"),
        ("ETA mengumumkan gencatan senjata permanen.", "ETA", "ESP", "REB"),
        (
            "Tentara Pembebasan Nasional Kolombia menculik seorang wartawan.",
            "Tentara Pembebasan Nasional Kolombia",
            "COL",
            "REB",
        ),
        ("Sendero Luminoso menyerang pos polisi di pegunungan.", "Sendero Luminoso", "PER", "REB"),
        # Indonesia and Timor-Leste
        ("Tentara Nasional Aceh menyerahkan senjatanya kepada AMM.", "Tentara Nasional Aceh", "IDN", "REB"),
        ("Milisi Aitarak menyerang rumah Manuel Carrascalao di Dili.", "Aitarak", "IDN", "PRM"),
        ("Eurico Guterres divonis bersalah oleh pengadilan HAM ad hoc.", "Eurico Guterres", "IDN", "PRM"),
        ("Hasan di Tiro memproklamasikan Aceh merdeka.", "Hasan di Tiro", "IDN", "REB"),
        ("Noordin M Top diduga merakit bom itu.", "Noordin M Top", "IDN", "REB"),
        ("Umar Patek ditangkap di Abbottabad.", "Umar Patek", "IDN", "REB"),
        ("Goliath Tabuni mengancam menyerang pos TNI.", "Goliath Tabuni", "IDN", "REB"),
        ("INTERFET mendarat di Dili pada September 1999.", "INTERFET", "IGO", "MIL"),
        # Leaders
        ("Perdana Menteri Abdullah Badawi mengumumkan kabinet baru.", "Abdullah Badawi", "MYS", "GOV"),
        ("Najib Razak menuduh oposisi menghasut massa.", "Najib Razak", "MYS", "GOV"),
        ("Thaksin menyerukan pendukungnya turun ke jalan.", "Thaksin", "THA", "GOV"),
        ("Prayut Chan-o-cha membubarkan parlemen.", "Prayut Chan-o-cha", "THA", "GOV"),
        ("Gloria Arroyo mengumumkan keadaan darurat.", "Gloria Arroyo", "PHL", "GOV"),
        ("Moon Jae-in bertemu Kim Jong-un di Panmunjom.", "Moon Jae-in", "KOR", "GOV"),
        ("Kim Jong-il memerintahkan uji coba nuklir.", "Kim Jong-il", "PRK", "GOV"),
        ("Merkel menolak tuntutan Yunani.", "Merkel", "DEU", "GOV"),
        ("Ahmadinejad mengancam Israel.", "Ahmadinejad", "IRN", "GOV"),
        ("Musharraf memberlakukan keadaan darurat.", "Musharraf", "PAK", "GOV"),
        ("Gaddafi memerintahkan tentara menumpas pemberontak.", "Gaddafi", "LBY", "GOV"),
        ("Haider al-Abadi mengumumkan kemenangan atas ISIS.", "Haider al-Abadi", "IRQ", "GOV"),
        ("Abu Mohammad al-Julani memimpin serangan ke Aleppo.", "Abu Mohammad al-Julani", "SYR", "GOV"),
        ("Omar al-Bashir menolak pasukan PBB di Darfur.", "Omar al-Bashir", "SDN", "GOV"),
        ("Medvedev mengakui kemerdekaan Abkhazia.", "Medvedev", "RUS", "GOV"),
        ("Ricardo Maduro mengumumkan perang terhadap geng.", "Ricardo Maduro", "HND", "GOV"),
        ("Nicolas Maduro menuduh Washington mendalangi kudeta.", "Nicolas Maduro", "VEN", "GOV"),
    ],
)
def test_conflict_actors_and_leaders_are_coded(
    coder: ActorCoder, text: str, mention: str, country: str, sector: str
) -> None:
    ent = _find(coder, text, mention)
    assert (ent.country, ent.sector) == (country, sector)


@pytest.mark.parametrize(
    "text",
    [
        "Berkas lamaran diunggah dalam format PDF.",  # PDF is not Myanmar's People's Defence Force
        "Petugas menangkap kapal ikan asing (KIA) di Natuna.",  # KIA is not the Kachin Independence Army
        "Penumpang GIA 193 tertahan di bandara.",  # GIA is Garuda's flight code
        "Gempa itu terasa dengan skala III MMI di Yogyakarta.",  # MMI is the Mercalli scale
    ],
)
def test_acronyms_that_mean_something_else_are_not_armed_groups(coder: ActorCoder, text: str) -> None:
    assert not [e for e in coder.find_entities(text) if e.sector in {"REB", "PRM"}]


def _sectors(text: str, reference: str, name: str) -> set[object]:
    doc = extract(text, reference_time=reference).to_json()
    return {p["sector"] for e in doc["events"] for p in e["actor"] if p["name"] == name}


@pytest.mark.parametrize(
    ("text", "reference", "name", "sector"),
    [
        (
            "Senin (2/6/2008), Abdullah Badawi mengecam aksi unjuk rasa itu.",
            "2008-06-03",
            "Abdullah Ahmad Badawi",
            "GOV",
        ),
        (
            "Senin (2/6/2014), Abdullah Badawi mengecam aksi unjuk rasa itu.",
            "2014-06-03",
            "Abdullah Ahmad Badawi",
            "ELI",
        ),
        (
            "Senin (10/6/2024), Abu Mohammad al-Julani mengancam menyerang Damaskus.",
            "2024-06-11",
            "Ahmed al-Sharaa",
            "REB",
        ),
        ("Senin (2/6/2025), Ahmed al-Sharaa mengecam serangan Israel.", "2025-06-03", "Ahmed al-Sharaa", "GOV"),
        ("Senin (3/6/2019), Lula mengecam pemerintah Brasil.", "2019-06-04", "Luiz Inácio Lula da Silva", "PTY"),
        ("Senin (2/6/2025), Lula mengecam serangan itu.", "2025-06-03", "Luiz Inácio Lula da Silva", "GOV"),
    ],
)
def test_leaders_are_coded_by_their_role_on_the_event_day(text: str, reference: str, name: str, sector: str) -> None:
    assert _sectors(text, reference, name) == {sector}
