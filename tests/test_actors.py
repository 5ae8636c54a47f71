"""Actor dictionary, compositional coding and in-document coreference."""

from __future__ import annotations

import importlib
import itertools
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from peristiwa.actors import ActorCoder
from peristiwa.spans import Entity

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder.load()


def _find(coder: ActorCoder, text: str, mention: str, *, default_country: str | None = None) -> Entity:
    for ent in coder.find_entities(text, default_country=default_country):
        if ent.text == mention:
            return ent
    found = [e.text for e in coder.find_entities(text, default_country=default_country)]
    raise AssertionError(f"{mention!r} not found in {found}")


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        ("Amerika Serikat membom lima posisi milisi di Irak dan Suriah.", "Amerika Serikat", "USA", "GOV"),
        ("Pemerintah Tiongkok memprotes kunjungan itu, sementara Korut menembakkan rudal.", "Korut", "PRK", "GOV"),
        ("Pasukan Rusia menyerbu Ukraina pada 24 Februari 2022.", "Ukraina", "UKR", "GOV"),
        ("Sejak itu Britania Raya menolak tuduhan tersebut.", "Britania Raya", "GBR", "GOV"),
        ("Dewan Keamanan PBB menggelar sidang darurat.", "Dewan Keamanan PBB", "UNO", "GOV"),
        ("NATO menambah pasukan di Polandia.", "NATO", "IGO", "MIL"),
        # the UN's agencies are coded as the UN itself, whatever their field (D22)
        ("WHO meminta semua negara menunda perjalanan ke wilayah wabah.", "WHO", "UNO", "GOV"),
        ("UNICEF mendesak kedua pihak membuka jalur bantuan.", "UNICEF", "UNO", "GOV"),
        ("Program Pangan Dunia menghentikan pembagian beras di kamp itu.", "Program Pangan Dunia", "UNO", "GOV"),
        ("UNESCO menyesalkan perusakan situs bersejarah tersebut.", "UNESCO", "UNO", "GOV"),
        ("Uni Eropa menjatuhkan sanksi baru kepada Moskow.", "Uni Eropa", "EUR", "GOV"),
        ("Pentagon mengonfirmasi serangan udara itu.", "Pentagon", "USA", "MIL"),
        ("Kremlin membantah laporan tersebut.", "Kremlin", "RUS", "GOV"),
        ("Teheran mengancam akan membalas.", "Teheran", "IRN", "GOV"),
        ("Kata'ib Hezbollah menyerang pangkalan militer.", "Kata'ib Hezbollah", "IRQ", "PRM"),
        ("Khata'ib Hizbullah membantah keterlibatannya.", "Khata'ib Hizbullah", "IRQ", "PRM"),
        ("Densus 88 menangkap tiga terduga teroris di Bekasi.", "Densus 88", "IDN", "COP"),
        ("Anggota JAD itu ditangkap di Surabaya.", "JAD", "IDN", "REB"),
        ("KKB menembak seorang guru di Puncak, Papua.", "KKB", "IDN", "REB"),
        ("Komnas HAM menyelidiki tragedi itu.", "Komnas HAM", "IDN", "GOV"),
        ("Kantor berita Reuters melaporkan ledakan di Kabul.", "Kantor berita Reuters", "GBR", "JRN"),
        ("Human Rights Watch mengecam penangkapan itu.", "Human Rights Watch", "NGO", "SOC"),
        ("Fadli Zon menanggapi kritik para sejarawan.", "Fadli Zon", "IDN", "GOV"),
        ("Elon Musk menggugat perusahaan itu ke pengadilan.", "Elon Musk", "USA", "BUS"),
        ("Kejaksaan Agung memeriksa Nadiem Makarim selama sepuluh jam.", "Nadiem Makarim", "IDN", "GOV"),
        ("KontraS meminta Komnas HAM turun tangan.", "KontraS", "IDN", "SOC"),
        ("Anggota FPI mendatangi kantor redaksi itu.", "FPI", "IDN", "SOC"),
        ("ISIS mengklaim bertanggung jawab atas serangan itu.", "ISIS", "IMG", "REB"),
        ("Houthi meluncurkan pesawat nirawak ke Arab Saudi.", "Arab Saudi", "SAU", "GOV"),
        # the press's epithets of states: "negara Yahudi", "Negeri Ginseng", "Negeri Tirai Bambu"
        ("Roket itu ditembakkan ke arah negara Yahudi itu pada malam hari.", "negara Yahudi", "ISR", "GOV"),
        ("Kelompok itu mengecam rezim Zionis atas blokade tersebut.", "rezim Zionis", "ISR", "GOV"),
        ("Dua nelayan kita masih ditahan oleh Negeri Ginseng sejak Maret.", "Negeri Ginseng", "KOR", "GOV"),
        ("Negeri Tirai Bambu membalas dengan tarif serupa.", "Negeri Tirai Bambu", "CHN", "GOV"),
        ("Negeri Sakura mengirim tim penyelamat ke lokasi gempa.", "Negeri Sakura", "JPN", "GOV"),
        # well-known leaders by a surname alone or in the press's spelling without a space
        ("Gusmao menolak tuntutan para pemberontak itu.", "Gusmao", "TLS", "GOV"),
        ("Rencana George W.Bush itu ditentang oleh Kongres.", "George W.Bush", "USA", "GOV"),
        # leaders of the late 2000s by surname alone, as the press of the time names them
        ("Rudd menyambut baik usulan kerja sama itu.", "Rudd", "AUS", "GOV"),
        ("Mugabe menuduh negara-negara Barat mencampuri urusan dalam negerinya.", "Mugabe", "ZWE", "GOV"),
        ("Olmert menolak menghentikan pembangunan permukiman itu.", "Olmert", "ISR", "GOV"),
        ("Samak membantah akan membubarkan parlemen.", "Samak", "THA", "GOV"),
        ("Castro menerima kunjungan menteri luar negeri itu di Havana.", "Castro", "CUB", "GOV"),
        ("Kibaki mengundang para pemimpin oposisi untuk berunding.", "Kibaki", "KEN", "GOV"),
    ],
)
def test_actors_dictionary_codes_names(
    coder: ActorCoder, text: str, mention: str, country: str, sector: str | None
) -> None:
    ent = _find(coder, text, mention)
    assert (ent.country, ent.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "mention", "name", "country", "sector"),
    [
        (
            "Menteri Pertahanan AS Mark Esper mengatakan pasukan tambahan akan dikirim.",
            "Menteri Pertahanan AS Mark Esper",
            "Mark Esper",
            "USA",
            "GOV",
        ),
        (
            "Presiden AS Donald Trump menuduh Iran mendalangi serangan.",
            "Presiden AS Donald Trump",
            "Donald Trump",
            "USA",
            "GOV",
        ),
        (
            "Ketua Kepala Staf Gabungan AS Mark Milley menekankan hal itu.",
            "Ketua Kepala Staf Gabungan AS Mark Milley",
            "Mark Milley",
            "USA",
            "MIL",
        ),
        (
            "Duta Besar AS untuk Irak Matt Tueller sedang berlibur.",
            "Duta Besar AS untuk Irak Matt Tueller",
            "Matt Tueller",
            "USA",
            "GOV",
        ),
        (
            "Pemimpin tertinggi Iran Ali Khameini mengirim cuitan di Twitter.",
            "Pemimpin tertinggi Iran Ali Khameini",
            "Ali Khamenei",
            "IRN",
            "GOV",
        ),
        (
            "Kapolda Jawa Barat Irjen Ahmad Dofiri meninjau lokasi kerusuhan.",
            "Kapolda Jawa Barat Irjen Ahmad Dofiri",
            "Ahmad Dofiri",
            "IDN",
            "COP",
        ),
        (
            "Juru bicara militer Myanmar membantah laporan pembantaian.",
            "Juru bicara militer Myanmar",
            None,
            "MMR",
            "MIL",
        ),
        (
            "Menteri Luar Negeri Israel Israel Katz menyebut Iran berada di balik serangan.",
            "Menteri Luar Negeri Israel Israel Katz",
            "Israel Katz",
            "ISR",
            "GOV",
        ),
        (
            "Kapolres Poso AKBP Budi Santoso memimpin pengejaran.",
            "Kapolres Poso AKBP Budi Santoso",
            "Budi Santoso",
            "IDN",
            "COP",
        ),
        (
            "Komisioner Perdagangan Uni Eropa Anna Berg menjanjikan keringanan tarif.",
            "Komisioner Perdagangan Uni Eropa Anna Berg",
            "Anna Berg",
            "EUR",
            "GOV",
        ),
        (
            "Direktur Jenderal ILO Paul Martin mengunjungi pabrik garmen di Dhaka.",
            "Direktur Jenderal ILO Paul Martin",
            "Paul Martin",
            "UNO",
            "GOV",
        ),
        (
            "Wakil Ketua Komisi IV DPR RI Siti Rahma meminta menteri datang ke Senayan.",
            "Wakil Ketua Komisi IV DPR RI Siti Rahma",
            "Siti Rahma",
            None,
            "LEG",
        ),
        (
            "Anggota Komisi VIII DPR Ahmad Yani menolak usulan itu.",
            "Anggota Komisi VIII DPR Ahmad Yani",
            "Ahmad Yani",
            None,
            "LEG",
        ),
        (
            "Gubernur Papua Lukas Enembe meminta aparat menahan diri.",
            "Gubernur Papua Lukas Enembe",
            "Lukas Enembe",
            None,
            "GOV",
        ),
    ],
)
def test_actors_titles_compose_person(
    coder: ActorCoder, text: str, mention: str, name: str | None, country: str | None, sector: str
) -> None:
    ent = _find(coder, text, mention)
    assert (ent.label, ent.name, ent.country, ent.sector) == ("PER", name, country, sector)


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        ("Sebanyak 30 tentara Irak tiba di dekat kedutaan.", "tentara Irak", "IRQ", "MIL"),
        ("Puluhan milisi Syiah Irak berbaris menuju Zona Hijau.", "milisi Syiah Irak", "IRQ", "PRM"),
        ("Washington mendesak pemerintah Irak melindungi kedutaan.", "pemerintah Irak", "IRQ", "GOV"),
        ("Sekitar 100 Marinir AS dikerahkan ke Bagdad.", "Marinir AS", "USA", "MIL"),
        ("Seorang kontraktor sipil AS tewas dalam serangan roket.", "kontraktor sipil AS", "USA", "CVL"),
        ("Ribuan warga Ukraina mengungsi ke Polandia.", "warga Ukraina", "UKR", "CVL"),
        ("Pasukan Hizbullah menembakkan roket ke Israel utara.", "Pasukan Hizbullah", "LBN", "REB"),
        ("Para pengunjuk rasa membakar pos pemeriksaan.", "pengunjuk rasa", "IDN", "CVL"),
        ("Polisi menembakkan gas air mata ke arah tribun.", "Polisi", "IDN", "COP"),
        ("Kepala desa itu diperiksa penyidik selama enam jam.", "penyidik", "IDN", "COP"),
        ("Ratusan mahasiswa berdemonstrasi di depan gedung DPR.", "mahasiswa", "IDN", "CVL"),
        ("Puluhan pelajar SMA berkumpul di depan balai kota.", "pelajar SMA", "IDN", "CVL"),
        ("Tiga pria bersenjata merampok toko emas itu.", "pria bersenjata", "IDN", "UAF"),
        ("Polisi menangkap dua pelaku pencurian sepeda motor.", "pelaku", "IDN", "CVL"),
        ("Pasukan Filipina memburu sekelompok orang bersenjata di Sulu.", "sekelompok orang bersenjata", "IDN", "UAF"),
        ("Belasan LSM lingkungan menggugat izin tambang itu.", "LSM", "IDN", "SOC"),
        ("Pasukan pemerintah Sudan merebut kembali bandara itu.", "Pasukan pemerintah Sudan", "SDN", "MIL"),
        ("Tentara pemerintah membakar lumbung padi warga.", "Tentara pemerintah", "IDN", "MIL"),
        ("Pejabat militer Myanmar menolak tuduhan itu.", "Pejabat militer Myanmar", "MMR", "MIL"),
        ("Seorang pejabat kepolisian Meksiko ditembak mati.", "pejabat kepolisian Meksiko", "MEX", "COP"),
        ("Dua ormas keagamaan saling lapor ke polisi.", "ormas", "IDN", "SOC"),
        ("Koalisi masyarakat sipil menolak revisi undang-undang itu.", "Koalisi masyarakat sipil", "IDN", "SOC"),
    ],
)
def test_actors_role_nouns_take_modifier_country(
    coder: ActorCoder, text: str, mention: str, country: str, sector: str
) -> None:
    ent = _find(coder, text, mention, default_country="IDN")
    assert (ent.country, ent.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        ("Polda Jawa Timur menetapkan enam tersangka.", "Polda Jawa Timur", "IDN", "COP"),
        ("Bom meledak di depan Markas Polrestabes Surabaya.", "Polrestabes Surabaya", "IDN", "COP"),
        ("Empat mahasiswa Universitas Trisakti ditembak.", "Universitas Trisakti", None, "EDU"),
        ("Kementerian Luar Negeri Iran menyangkal terlibat.", "Kementerian Luar Negeri Iran", "IRN", "GOV"),
    ],
)
def test_actors_org_heads_code_unknown_names(
    coder: ActorCoder, text: str, mention: str, country: str | None, sector: str
) -> None:
    ent = _find(coder, text, mention)
    assert (ent.label, ent.country, ent.sector) == ("ORG", country, sector)


@pytest.mark.parametrize(
    ("text", "mention", "sector"),
    [
        # a unit of an organisation
        ("Komisi VIII DPR memanggil menteri agama pekan depan.", "Komisi VIII DPR", "LEG"),
        ("Badan Kehormatan DPR memeriksa dua anggotanya.", "Badan Kehormatan DPR", "LEG"),
        ("Komisi Informasi Pusat menolak permohonan itu.", "Komisi Informasi Pusat", "GOV"),
        # its secretary
        ("Sekjen Partai Demokrat Andi Wijaya menolak tudingan itu.", "Sekjen Partai Demokrat Andi Wijaya", "PTY"),
        ("Sekjen Kemenkeu Rina Dewi hadir dalam rapat itu.", "Sekjen Kemenkeu Rina Dewi", "GOV"),
        # the holder of its office, named after its place and a comma
        ("Ketua DPRD Jember, Ahmad Fauzi, menolak usulan itu.", "Ketua DPRD Jember, Ahmad Fauzi", "LEG"),
        ("Ketua PWNU Jawa Timur, Hasan Basri, meminta polisi bertindak.", "Ketua PWNU Jawa Timur, Hasan Basri", "REL"),
    ],
)
def test_actors_units_secretaries_and_office_holders_take_their_organisations_sector(
    coder: ActorCoder, text: str, mention: str, sector: str
) -> None:
    ent = _find(coder, text, mention)
    assert ent.sector == sector
    if ", " in mention:  # "Ketua DPRD Jember, Ahmad Fauzi": the name after the comma is the person
        assert ent.label == "PER"


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        ("Menko Hendra Gunawan membuka rapat itu.", "Menko Hendra Gunawan", "IDN", "GOV"),
        ("Menkeu Sri Lestari menolak usulan itu.", "Menkeu Sri Lestari", "IDN", "GOV"),
        ("Satreskrim Polres Garut menangkap dua pemuda.", "Satreskrim Polres Garut", "IDN", "COP"),
        ("Satresnarkoba menyita sabu dari rumah itu.", "Satresnarkoba", "IDN", "COP"),
        ("BEM Universitas Andalas menggelar aksi di depan kantor gubernur.", "BEM Universitas Andalas", None, "EDU"),
        (
            "Jurubicara Polri Irjen Budi Santoso menolak tuduhan itu.",
            "Jurubicara Polri Irjen Budi Santoso",
            "IDN",
            "COP",
        ),
    ],
)
def test_actors_indonesian_offices_and_units_are_coded(
    coder: ActorCoder, text: str, mention: str, country: str | None, sector: str
) -> None:
    ent = _find(coder, text, mention)
    assert (ent.country, ent.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        ("Kemenkeu menunda pencairan dana desa.", "Kemenkeu", "IDN", "GOV"),
        (
            "Kementerian Kelautan dan Perikanan menahan kapal nelayan asing itu.",
            "Kementerian Kelautan dan Perikanan",
            "IDN",
            "GOV",
        ),
        ("Direktorat Jenderal Imigrasi mendeportasi tiga turis.", "Direktorat Jenderal Imigrasi", "IDN", "GOV"),
        ("BNN menggerebek sebuah gudang di pelabuhan.", "BNN", "IDN", "COP"),
        ("Propam Polri memeriksa lima anggota polisi.", "Propam Polri", "IDN", "COP"),
        ("Puspom TNI menahan dua prajurit yang terlibat.", "Puspom TNI", "IDN", "MIL"),
        ("Ombudsman menemukan pungutan liar di sekolah itu.", "Ombudsman", "IDN", "GOV"),
    ],
)
def test_actors_indonesian_ministries_and_agencies_are_known(
    coder: ActorCoder, text: str, mention: str, country: str, sector: str
) -> None:
    ent = _find(coder, text, mention)
    assert (ent.country, ent.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        ("Kajati Sumatera Utara menahan bendahara dinas itu.", "Kajati Sumatera Utara", "IDN", "JUD"),
        ("JPU menuntut terdakwa dengan hukuman enam tahun.", "JPU", "IDN", "JUD"),
        ("Sekda Jawa Tengah membuka rapat koordinasi.", "Sekda Jawa Tengah", "IDN", "GOV"),
        ("Danramil Cibinong memimpin kerja bakti warga.", "Danramil Cibinong", "IDN", "MIL"),
        ("Dinas Sosial Kota Medan menyalurkan beras kepada korban banjir.", "Dinas Sosial Kota Medan", "IDN", "GOV"),
        (
            "Direktorat Jenderal Perhubungan Laut menahan kapal itu.",
            "Direktorat Jenderal Perhubungan Laut",
            "IDN",
            "GOV",
        ),
        ("Mendikti berjanji menaikkan tunjangan dosen.", "Mendikti", "IDN", "GOV"),
    ],
)
def test_actors_indonesian_regional_and_judicial_titles_are_coded(
    coder: ActorCoder, text: str, mention: str, country: str, sector: str
) -> None:
    ent = _find(coder, text, mention)
    assert (ent.country, ent.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        ("Kejari menahan kepala desa itu selama dua puluh hari.", "Kejari", "IDN", "JUD"),
        ("Jampidsus memeriksa tiga saksi dari perusahaan tambang.", "Jampidsus", "IDN", "JUD"),
        ("KPI menegur stasiun televisi itu.", "KPI", "IDN", "GOV"),
        ("UMNO menolak usulan koalisi baru.", "UMNO", "MYS", "PTY"),
    ],
)
def test_actors_prosecutors_regulators_and_neighbouring_parties_are_known(
    coder: ActorCoder, text: str, mention: str, country: str, sector: str
) -> None:
    ent = _find(coder, text, mention)
    assert (ent.country, ent.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Al Qaida mengaku bertanggung jawab atas ledakan di pelabuhan itu.", "Al Qaida"),
        ("Pemerintah menuding Alqaida berada di balik serangan tersebut.", "Alqaida"),
    ],
)
def test_actors_al_qaeda_in_indonesian_news_spellings_is_the_transnational_group(
    coder: ActorCoder, text: str, mention: str
) -> None:
    ent = _find(coder, text, mention)
    assert (ent.country, ent.sector) == ("IMG", "REB")


def test_actors_a_long_ministry_name_with_commas_is_not_split_into_actors(coder: ActorCoder) -> None:
    text = "Kementerian Riset, Teknologi, dan Pendidikan Tinggi membuka seleksi dosen."
    names = [e.text for e in coder.find_entities(text)]
    assert "Kementerian Riset" in names
    assert not {"Teknologi", "dan Pendidikan Tinggi"} & set(names)


def test_actors_a_ministry_named_with_a_foreign_country_is_that_country(coder: ActorCoder) -> None:
    ent = _find(coder, "Kementerian Keuangan AS menjatuhkan sanksi baru.", "Kementerian Keuangan AS")
    assert (ent.country, ent.sector) == ("USA", "GOV")


def test_actors_region_after_the_office_is_not_a_person(coder: ActorCoder) -> None:
    ent = _find(coder, "Anggota DPRD Kudus, Jawa Tengah, ditangkap polisi.", "Anggota DPRD Kudus")
    assert ent.sector == "LEG"


def test_actors_bare_name_takes_the_office_named_later(coder: ActorCoder) -> None:
    text = "Dimas Pranoto membantah tuduhan itu. Menteri Pertahanan Dimas Pranoto lalu pergi ke Bogor."
    ner = [Entity(text="Dimas Pranoto", start=0, end=13, label="PER")]
    first = coder.find_entities(text, ner=ner)[0]
    assert (first.text, first.label, first.sector) == ("Dimas Pranoto", "PER", "GOV")


@pytest.mark.parametrize(
    ("text", "later", "sector"),
    [
        (
            "Raja Baldwin menyerbu kota itu pada musim semi. Dua tahun kemudian Baldwin mundur ke utara.",
            "Baldwin",
            "GOV",
        ),
        (
            "Kepala Desa Sukamaju, Sarimin, menolak rencana itu. Menurut Sarimin warga belum diajak bicara.",
            "Sarimin",
            "GOV",
        ),
    ],
)
def test_actors_a_one_word_name_after_a_title_keeps_its_coding(
    coder: ActorCoder, text: str, later: str, sector: str
) -> None:
    last = [e for e in coder.find_entities(text) if e.text == later][-1]
    assert last.sector == sector


def test_actors_an_office_in_lower_case_registers_no_name(coder: ActorCoder) -> None:
    text = "Para tahanan dibawa ke Sobibor. Mereka diawasi Karl Frenzel, komandan Sobibor, setiap hari."
    assert all(e.text != "Sobibor" or e.sector is None for e in coder.find_entities(text))


def test_actors_a_word_after_a_sentence_end_is_not_a_titled_name(coder: ActorCoder) -> None:
    text = "Polisi masih memburu pelaku. Saat ini Saat menjadi nama jalan."
    assert all(e.text != "Saat" or e.sector is None for e in coder.find_entities(text)[1:])


@pytest.mark.parametrize(
    ("text", "later", "name", "country"),
    [
        (
            "Menteri Pertahanan AS Mark Esper tiba di Bagdad. Esper mengatakan pasukan siap.",
            "Esper",
            "Mark Esper",
            "USA",
        ),
        (
            "Menteri Luar Negeri Israel Israel Katz berbicara. Katz mendesak masyarakat internasional.",
            "Katz",
            "Israel Katz",
            "ISR",
        ),
        (
            "Kapolda Sulawesi Tengah Irjen Rudy Sufahriadi memimpin operasi. Rudy menyebut dua orang tewas.",
            "Rudy",
            "Rudy Sufahriadi",
            "IDN",
        ),
        (  # the first word of a dictionary person is registered as its last word is
            "Mendagri Tito Karnavian meninjau lokasi banjir. Tito meminta warga tetap tenang.",
            "Tito",
            "Tito Karnavian",
            "IDN",
        ),
        (
            "Tentara Pembebasan Nasional Papua Barat (TPNPB) menyerang pos. TPNPB mengaku bertanggung jawab.",
            "TPNPB",
            "TPNPB",
            "IDN",
        ),
        (
            "Satuan Tugas Khusus Garuda (SATGAR) tiba di Poso. SATGAR langsung bergerak.",
            "SATGAR",
            "Satuan Tugas Khusus Garuda",
            None,
        ),
    ],
)
def test_actors_coreference_carries_coding(
    coder: ActorCoder, text: str, later: str, name: str, country: str | None
) -> None:
    ents = coder.find_entities(
        text,
        ner=[Entity(text="Satuan Tugas Khusus Garuda", start=0, end=26, label="ORG")]
        if text.startswith("Satuan")
        else (),
    )
    last = [e for e in ents if e.text == later][-1]
    assert (last.name, last.country) == (name, country)


@pytest.mark.parametrize(
    "text",
    [
        "Antara lain, para saksi mengatakan bahwa ia berada di rumah.",
        "Kepala korban terluka parah akibat lemparan batu.",
        "Pada masa itu, kebanyakan orang bekerja sebagai petani.",
    ],
)
def test_actors_common_words_are_not_names(coder: ActorCoder, text: str) -> None:
    assert all(e.label not in ("GPE", "ORG", "PER") for e in coder.find_entities(text))


def test_actors_entities_are_spans_without_overlap(coder: ActorCoder) -> None:
    text = (
        "Menteri Pertahanan AS Mark Esper menyatakan bahwa bala bantuan sedang dalam perjalanan dan "
        "mendesak pemerintah Irak untuk melindungi fasilitas itu. Kata'ib Hezbollah membantah."
    )
    ents = coder.find_entities(text)
    assert ents
    for a, b in itertools.pairwise(ents):
        assert a.end <= b.start
    assert all(text[e.start : e.end] == e.text for e in ents)


def test_actors_ner_spans_kept_when_not_covered(coder: ActorCoder) -> None:
    text = "Ferdy Sambo diperiksa oleh penyidik."
    ents = coder.find_entities(
        text, ner=[Entity(text="Ferdy Sambo", start=0, end=11, label="PER")], default_country="IDN"
    )
    assert (ents[0].text, ents[0].label, ents[0].country) == ("Ferdy Sambo", "PER", "IDN")


@pytest.mark.parametrize(
    ("text", "phrase", "core", "country", "sector"),
    [
        (
            "Serangan itu menewaskan seorang kontraktor sipil AS di Kirkuk.",
            "seorang kontraktor sipil AS",
            "kontraktor sipil AS",
            "USA",
            "CVL",
        ),
        (
            "Gerombolan puluhan milisi Syiah Irak yang marah dan pendukungnya berbaris.",
            "Gerombolan puluhan milisi Syiah Irak yang marah dan pendukungnya",
            "milisi Syiah Irak",
            "IRQ",
            "PRM",
        ),
        (
            "Unit polisi anti huru hara menembakkan gas air mata.",
            "Unit polisi anti huru hara",
            "polisi anti huru hara",
            "IDN",
            "COP",
        ),
        ("Para pendukung membuat kerusuhan.", "Para pendukung", "pendukung", "IDN", "CVL"),
    ],
)
def test_actors_code_phrase_uses_head(
    coder: ActorCoder, text: str, phrase: str, core: str, country: str, sector: str
) -> None:
    start = text.index(phrase)
    party = coder.code_phrase(text, start, start + len(phrase), default_country="IDN")
    assert party is not None
    assert (party.text, party.country, party.sector) == (core, country, sector)
    assert text[party.start : party.end] == party.text


def test_actors_code_phrase_none_without_actor(coder: ActorCoder) -> None:
    text = "Ledakan itu terdengar hingga radius dua kilometer."
    assert coder.code_phrase(text, 0, len(text)) is None


def test_actors_country_file_is_up_to_date() -> None:
    script = ROOT / "scripts" / "build_actor_countries.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout


def test_actors_gold_actor_country_recall(coder: ActorCoder, gold_dev: Path) -> None:
    """For each gold actor/recipient country, is an entity with that country in the evidence?"""
    hits = total = 0
    for gold_file in sorted(gold_dev.glob("*.gold.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (gold_dev / gold["doc"]).read_text(encoding="utf-8")
        ents = coder.find_entities(text, default_country="IDN")
        for event in gold["events"]:
            spans = [(text.index(s), text.index(s) + len(s)) for s in event["evidence"]]
            for role in ("actor", "recipient"):
                country = (event.get(role) or {}).get("country")
                if not country:
                    continue
                total += 1
                hits += any(e.country == country and any(s <= e.start and e.end <= t for s, t in spans) for e in ents)
    recall = hits / total
    print(f"gold actor/recipient country recall in evidence: {hits}/{total} = {recall:.2f}")
    assert recall >= 0.4


_SECTORS = {
    "COP",
    "GOV",
    "JUD",
    "LEG",
    "MIL",
    "PRM",
    "PTY",
    "REB",
    "SPY",
    "UAF",
    "UNK",
    "AGR",
    "BUS",
    "CRM",
    "CVL",
    "EDU",
    "ELI",
    "JRN",
    "LAB",
    "MED",
    "REF",
    "OPP",
    "PRE",
    "REL",
    "SOC",
    "inherit",
}
_NONSTATE = {"IGO", "UNO", "EUR", "NGO", "IMG", "MNC"}


@pytest.mark.parametrize("section", ["names", "titles", "roles", "peoples", "org_heads"])
def test_actors_data_codes_are_plover(section: str) -> None:
    from peristiwa.actors.lexicon import lexicon

    lex = lexicon()
    iso3 = {ln.split("\t")[0] for ln in (ROOT / "src/peristiwa/actors/data/countries.tsv").read_text().splitlines()[2:]}
    for values in getattr(lex, section).entries.values():
        for value in values:
            code = value.code if section == "names" else value
            sector = code.sector if section == "names" else code.get("sector")
            country = code.country if section == "names" else code.get("country")
            assert sector is None or sector in _SECTORS, (section, value)
            assert country is None or country in iso3 | _NONSTATE, (section, value)


def test_actors_a_tagged_span_ending_in_a_known_person_is_that_person() -> None:
    from peristiwa.actors import ActorCoder
    from peristiwa.spans import Entity

    text = "Militer menahan Penasihat Negara Aung San Suu Kyi di Naypyidaw."
    start = text.index("Penasihat")
    end = text.index(" di ")
    tagged = [Entity(text=text[start:end], start=start, end=end, label="ORG")]
    found = {e.text: e for e in ActorCoder.load().find_entities(text, ner=tagged)}
    person = found["Penasihat Negara Aung San Suu Kyi"]
    assert (person.label, person.country, person.sector) == ("PER", "MMR", "GOV")


def test_actors_an_alias_of_plain_letters_is_split_as_the_tokenizer_splits_it() -> None:
    # the dictionary splits such aliases at their spaces without the tokenizer: every packaged
    # alias, and the tokenizer's exceptions, must agree with that
    from peristiwa.tokens import _tokenizer, tokenize, unquote, words

    lexicon_module = importlib.import_module("peristiwa.actors.lexicon")
    aliases = [unquote(a) for a in _packaged_aliases(lexicon_module)]
    plain = [a for a in aliases if lexicon_module._PLAIN.fullmatch(a)]
    assert len(plain) > 3000
    for alias in plain:
        toks = words(tokenize(alias))
        assert lexicon_module.alias_words(alias) == (tuple(t.text for t in toks), tuple(t.lower for t in toks)), alias
    for special in _tokenizer().rules:
        if lexicon_module._PLAIN.fullmatch(special):
            assert [t.text for t in tokenize(special)] == special.split(" "), special
    # anything else still goes through the tokenizer
    assert lexicon_module.alias_words("Côte d'Ivoire") == (("Côte", "d'Ivoire"), ("côte", "d'ivoire"))


def _packaged_aliases(lexicon_module: ModuleType) -> list[str]:
    """The aliases of the packaged dictionary files and of the imported Phoenix table."""
    found: list[str] = []
    for name in lexicon_module._DICT_FILES:
        for canonical, entry in (lexicon_module._read_yaml(name) or {}).items():
            found += [str(a) for a in (entry or {}).get("aliases", [canonical])]
    return found + [a for entry in lexicon_module._imported() for a in entry.aliases]


@pytest.mark.parametrize(
    "text",
    [
        "Polisi menangkap seorang pengedar bernama AS (27) di Palembang.",
        "Seorang pria berinisial RI ditahan di Polsek Cibinong.",
        "Tersangka AS (41) mengaku membeli barang itu dari temannya.",
    ],
)
def test_actors_initials_of_a_person_are_not_a_country(text: str) -> None:
    found = ActorCoder.load().find_entities(text)
    initials = next(e for e in found if e.text.endswith(("AS", "RI")))
    assert (initials.label, initials.country) == ("PER", None)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Petugas mengamankan seorang sopir angkot berinisial TR di terminal.", "TR"),
        ("Korban bernama NA (17) dibawa ke rumah sakit oleh warga.", "NA"),
        ("Polisi memeriksa DK (45) yang diduga menjual obat terlarang.", "DK"),
    ],
)
def test_actors_a_person_named_by_initials_is_a_private_person(text: str, mention: str) -> None:
    found = {e.text: e for e in ActorCoder.load().find_entities(text)}
    assert (found[mention].label, found[mention].sector) == ("PER", "CVL")


def test_actors_a_country_abbreviation_without_an_age_stays_the_country() -> None:
    found = {e.text: e for e in ActorCoder.load().find_entities("Menteri Luar Negeri AS tiba di Jakarta.")}
    assert any(e.country == "USA" for e in found.values())


@pytest.mark.parametrize(
    ("text", "span", "sector"),
    [
        (
            "Koalisi Masyarakat Sipil Peduli Pesisir menggugat izin tambang itu.",
            "Koalisi Masyarakat Sipil Peduli Pesisir",
            "SOC",
        ),
        ("Relawan BPBD Kabupaten Garut Selatan mengevakuasi warga.", "BPBD Kabupaten Garut Selatan", "GOV"),
        ("Universitas Negeri Lautan Teduh menolak tuduhan itu.", "Universitas Negeri Lautan Teduh", "EDU"),
    ],
)
def test_actors_an_uncoded_ner_span_takes_the_sector_of_its_head(
    coder: ActorCoder, text: str, span: str, sector: str
) -> None:
    start = text.index(span)
    ner = [Entity(text=span, start=start, end=start + len(span), label="ORG")]
    found = {e.text: e for e in coder.find_entities(text, ner=ner, default_country="IDN")}
    assert found[span].sector == sector


def test_actors_an_ner_span_opening_with_a_country_gets_no_government_sector(coder: ActorCoder) -> None:
    text = "Indonesia Budget Watch mengkritik anggaran itu."
    ner = [Entity(text="Indonesia Budget Watch", start=0, end=22, label="ORG")]
    found = {e.text: e for e in coder.find_entities(text, ner=ner, default_country="IDN")}
    assert found["Indonesia Budget Watch"].sector is None


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Kaisar Meiji memindahkan ibu kota ke Edo.", "Kaisar Meiji"),
        ("Adipati Wenzel mengepung benteng itu selama tiga bulan.", "Adipati Wenzel"),
        ("Maharaja Ranjit menaklukkan Lahore.", "Maharaja Ranjit"),
        ("Comte Raymond menyerahkan kota itu kepada raja.", "Comte Raymond"),
    ],
)
def test_actors_a_ruler_by_title_is_government(coder: ActorCoder, text: str, mention: str) -> None:
    assert _find(coder, text, mention).sector == "GOV"


@pytest.mark.parametrize(
    ("text", "mention", "sector"),
    [
        ("Forum Warga Peduli Sungai menolak proyek reklamasi itu.", "Forum Warga Peduli Sungai", "SOC"),
        ("Koalisi Pemantau Anggaran melaporkan temuan itu ke KPK.", "Koalisi Pemantau Anggaran", "SOC"),
        ("Asosiasi Pengusaha Tekstil meminta pemerintah menunda kenaikan tarif.", "Asosiasi Pengusaha Tekstil", "BUS"),
    ],
)
def test_actors_an_organisation_takes_the_sector_of_its_kind(
    coder: ActorCoder, text: str, mention: str, sector: str
) -> None:
    assert _find(coder, text, mention, default_country="IDN").sector == sector


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Jurubicara Kemlu Iran membantah laporan itu pada Senin.", "Jurubicara Kemlu Iran", "IRN"),
        ("Jubir Kemlu Jepang menolak berkomentar soal kapal itu.", "Jubir Kemlu Jepang", "JPN"),
        ("Jubir Kemlu RI menolak tuduhan itu.", "Jubir Kemlu RI", "IDN"),
    ],
)
def test_actors_an_officer_of_a_home_office_named_with_a_country_is_that_countrys(
    coder: ActorCoder, text: str, mention: str, country: str
) -> None:
    assert _find(coder, text, mention).country == country


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        (
            "Erik Sigurdsson (1040 – 1101) merupakan seorang pangeran Denmark. Pada tahun 1085 Erik menyerang Sachsen.",
            "ELI",
        ),
        ("Erik Sigurdsson (lahir 1960) adalah raja ketiga wangsa itu. Pada tahun 1995 Erik menyerang Sachsen.", "GOV"),
        (
            "Erik Sigurdsson (1120 – 1180) merupakan seorang bangsawan Swedia. Pada tahun 1164 Erik menyerang Sachsen.",
            "ELI",
        ),
        (
            "Erik Sigurdsson tiba di Kopenhagen. Ia adalah raja ketiga wangsa itu. Kemudian Erik menyerang Sachsen.",
            None,
        ),
    ],
)
def test_actors_an_opening_definition_gives_its_subject_the_office_it_names(
    coder: ActorCoder, text: str, sector: str | None
) -> None:
    later = text.rindex("Erik ")
    ner = [
        Entity(text="Erik Sigurdsson", start=0, end=15, label="PER"),
        Entity(text="Erik", start=later, end=later + 4, label="PER"),
    ]
    ents = [e for e in coder.find_entities(text, ner=ner) if e.start in (0, later)]
    assert [e.sector for e in ents] == [sector, sector]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Erik Sigurdsson (1040 – 1101) merupakan seorang Raja Denmark. Pada tahun 1085 Erik menyerang Sachsen.",
            "DNK",
        ),
        (
            "Erik Sigurdsson (1120 – 1180) merupakan seorang bangsawan Swedia. Pada tahun 1164 Erik menyerang Sachsen.",
            "SWE",
        ),
        ("Erik Sigurdsson (lahir 1960) adalah raja ketiga wangsa itu. Pada tahun 1995 Erik menyerang Sachsen.", None),
    ],
)
def test_actors_an_opening_definition_gives_its_subject_the_country_its_office_names(
    coder: ActorCoder, text: str, country: str | None
) -> None:
    later = text.rindex("Erik ")
    ner = [
        Entity(text="Erik Sigurdsson", start=0, end=15, label="PER"),
        Entity(text="Erik", start=later, end=later + 4, label="PER"),
    ]
    ents = [e for e in coder.find_entities(text, ner=ner) if e.start in (0, later)]
    assert [e.country for e in ents] == [country, country]


def test_actors_an_organisation_named_with_a_country_at_its_end_is_of_that_country(coder: ActorCoder) -> None:
    text = "Badan intelijen Afghanistan menyatakan telah menahan seorang remaja di kota Khost."
    ner = [Entity(text="Badan intelijen Afghanistan", start=0, end=27, label="ORG")]
    (org,) = [e for e in coder.find_entities(text, ner=ner, default_country="PAK") if e.start == 0]
    assert (org.text, org.country) == ("Badan intelijen Afghanistan", "AFG")


def test_actors_a_persons_full_name_is_an_alias_of_the_entry() -> None:
    # a person's canonical name is written in full in the news as well as by its short alias:
    # "Ehud Olmert" and "Olmert" are one person (a one-word name such as "Santoso" is too common;
    # a name the imported Phoenix table holds is found by it)
    import yaml

    from peristiwa.actors.user import read_table

    phoenix = ROOT / "src" / "peristiwa" / "actors" / "data" / "phoenix.tsv"
    imported = {a.lower() for e in read_table(phoenix.read_text(encoding="utf-8"), "phoenix.tsv") for a in e.aliases}
    entries = yaml.safe_load(
        (ROOT / "src" / "peristiwa" / "actors" / "data" / "persons.yaml").read_text(encoding="utf-8")
    )
    missing = [
        name
        for name, entry in entries.items()
        if " " in name and name not in entry.get("aliases", [name]) and name.lower() not in imported
    ]
    assert missing == []


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Para pengunjuk rasa menuntut Presiden Mwai Kibaki mundur dari jabatannya.", "Presiden Mwai Kibaki", "KEN"),
        ("Jaksa agung memeriksa Ehud Olmert terkait dugaan suap.", "Ehud Olmert", "ISR"),
    ],
)
def test_actors_a_full_name_codes_the_person_without_a_date(
    coder: ActorCoder, text: str, mention: str, country: str
) -> None:
    assert _find(coder, text, mention).country == country


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Presiden Georgia menuduh Rusia melanggar gencatan senjata.", "Presiden Georgia", "GEO"),
        ("Rusia menarik tank-tanknya dari Georgia pekan ini.", "Georgia", "GEO"),
        ("Pemerintah Hongaria menolak kuota pengungsi itu.", "Pemerintah Hongaria", "HUN"),
        ("Pasukan penjaga perdamaian di Bosnia diserang kelompok bersenjata.", "Bosnia", "BIH"),
        ("Chili memanggil pulang duta besarnya.", "Chili", "CHL"),
        ("Uni Sovyet menolak tuntutan itu.", "Uni Sovyet", "RUS"),
    ],
)
def test_actors_indonesian_spellings_of_states_are_coded(
    coder: ActorCoder, text: str, mention: str, country: str
) -> None:
    assert _find(coder, text, mention).country == country


@pytest.mark.parametrize(
    ("text", "mention", "sector"),
    [
        ("Direktur Penyidikan KPK Rudi Hartono menolak permohonan itu.", "Direktur Penyidikan KPK Rudi Hartono", "JUD"),
        (
            "Kepala Pusat Penerangan TNI, Hendra Wijaya, membantah kabar tersebut.",
            "Kepala Pusat Penerangan TNI, Hendra Wijaya",
            "MIL",
        ),
        (
            "Wakil Ketua Panitia Anggaran DPR, Siti Rahma, mengkritik usulan pemerintah.",
            "Wakil Ketua Panitia Anggaran DPR, Siti Rahma",
            "LEG",
        ),
    ],
)
def test_actors_an_office_named_by_its_division_takes_the_organisation_after_it(
    coder: ActorCoder, text: str, mention: str, sector: str
) -> None:
    ent = _find(coder, text, mention)
    assert (ent.label, ent.sector) == ("PER", sector)


@pytest.mark.parametrize(
    ("text", "mention", "sector"),
    [
        # an analyst or scholar keeps the sector of the institution named after the title
        (
            "Kriminolog Universitas Nusantara, Dewi Anggraini, meminta polisi memeriksa saksi lain.",
            "Kriminolog Universitas Nusantara, Dewi Anggraini",
            "EDU",
        ),
        ("Ribuan warganet mengkritik keputusan bupati itu.", "warganet", "CVL"),
        ("Polisi menangkap tiga pengedar narkoba di sebuah rumah kos.", "pengedar narkoba", "CRM"),
        ("Seorang oknum TNI diduga menganiaya pedagang di pasar.", "oknum TNI", "MIL"),
        ("Kader PDI-P di daerah itu menolak hasil musyawarah.", "Kader PDI-P", "PTY"),
        ("Kades Sukamakmur ditahan jaksa karena dana desa.", "Kades Sukamakmur", "GOV"),
        ("Para nakes menolak dipindahkan ke puskesmas terpencil.", "nakes", "MED"),
        ("Ratusan pengemudi ojol berunjuk rasa di depan kantor kementerian.", "pengemudi ojol", "LAB"),
    ],
)
def test_actors_role_words_of_news_reports_are_coded(coder: ActorCoder, text: str, mention: str, sector: str) -> None:
    assert _find(coder, text, mention).sector == sector


def test_actors_an_analyst_without_an_institution_is_no_party(coder: ActorCoder) -> None:
    text = "Pengamat itu menilai kebijakan tersebut keliru."
    assert [e.text for e in coder.find_entities(text, default_country="IDN")] == []


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        ("Para menteri perdagangan mendesak WTO segera menuntaskan perundingan itu.", "WTO", "IGO", "GOV"),
        ("Juru bicara aparat Nato di Kabul membenarkan serangan itu.", "aparat Nato", "IGO", "COP"),
        ("Bank Pembangunan Asia menyalurkan pinjaman darurat kepada Sri Lanka.", "Bank Pembangunan Asia", "IGO", "BUS"),
        ("Negara-negara BRICS menolak tarif sepihak itu.", "BRICS", "IGO", "GOV"),
    ],
)
def test_intergovernmental_bodies_are_igo(text: str, mention: str, country: str, sector: str) -> None:
    """Organisations of states are IGO (D22), also "Nato" as some papers spell it."""
    ent = _find(ActorCoder.load(), text, mention)
    assert (ent.country, ent.sector) == (country, sector)


def test_director_general_of_an_intergovernmental_body_takes_its_code() -> None:
    """ "Dirjen WTO Pascal …": the head of an organisation of states is coded as it is."""
    ent = _find(
        ActorCoder.load(), "Menteri itu bertemu Dirjen WTO Roberto Azevedo di Jenewa.", "Dirjen WTO Roberto Azevedo"
    )
    assert (ent.country, ent.sector) == ("IGO", "GOV")


@pytest.mark.parametrize(
    ("text", "mention", "sector"),
    [
        ("Pejabat tinggi militer Filipina menuding kelompok itu.", "Pejabat tinggi militer Filipina", "MIL"),
        ("Juru bicara senior kepolisian Thailand membantah.", "Juru bicara senior kepolisian Thailand", "COP"),
        ("Hakim militer menjatuhkan vonis kepada dua prajurit.", "Hakim militer", "JUD"),
    ],
)
def test_actors_a_force_word_after_an_officials_title_gives_the_force(
    coder: ActorCoder, text: str, mention: str, sector: str
) -> None:
    assert _find(coder, text, mention).sector == sector


@pytest.mark.parametrize(
    ("text", "mention", "sector"),
    [
        ("Ketua Umum Serikat Petani Indonesia (SPI), Budi Santoso, menolak rencana itu.", "Budi Santoso", "LAB"),
        ("Rektor Universitas Cenderawasih Jayapura, Yohanes Wenda, menolak rencana itu.", "Yohanes Wenda", "EDU"),
        # the abbreviation in brackets alone sets him off, with no comma
        ("Kepala Badan Intelijen Negara (BIN) Hendra Wijaya menolak rencana itu.", "Hendra Wijaya", "SPY"),
        ("Ketua Umum Kontak Tani Nelayan Andalan (KTNA) Nasional, Budi Santoso, menolak.", "Budi Santoso", "AGR"),
    ],
)
def test_actors_a_person_set_off_after_an_organisations_title_is_its_officer(
    coder: ActorCoder, text: str, mention: str, sector: str
) -> None:
    # the tagger finds the name; the coder reads the office before it
    first = mention.split()[0]
    text = f"{text} {first} juga meminta DPR membahasnya."
    at = text.index(mention)
    ner = [Entity(text=mention, start=at, end=at + len(mention), label="PER")]
    found = {e.text: e.sector for e in coder.find_entities(text, ner=ner)}
    assert found[mention] == sector
    assert found[first] == sector  # a later mention by one name is the same officer


@pytest.mark.parametrize(
    ("text", "mention", "sector"),
    [
        ("Presiden PKS Tifatul Sembiring mengecam serangan itu.", "Presiden PKS Tifatul Sembiring", "PTY"),
        ("Presiden Indonesia Joko Widodo mengecam serangan itu.", "Presiden Indonesia Joko Widodo", "GOV"),
        (
            "Badan Eksekutif Mahasiswa Universitas Andalas menolak kebijakan itu.",
            "Badan Eksekutif Mahasiswa Universitas Andalas",
            "EDU",
        ),
        ("Polisi menangkap wartawan gadungan yang memeras kepala desa.", "wartawan gadungan", "CRM"),
        ("Seorang polisi gadungan ditangkap di Bekasi.", "polisi gadungan", "CRM"),
    ],
)
def test_actors_presidents_of_bodies_student_councils_and_impostors_are_coded(
    coder: ActorCoder, text: str, mention: str, sector: str
) -> None:
    assert _find(coder, text, mention).sector == sector


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        ("Direktorat Lalu Lintas Polda Metro Jaya", "COP"),  # a unit of a composed organisation
        ("Biro Hukum Kemendagri", "GOV"),  # … of a known one
        ("Koalisi Masyarakat Sipil untuk Reformasi Polri", "SOC"),  # its head's kind, no unit
        ("Ketetapan MPRS", None),  # a decree, not a unit
    ],
)
def test_actors_an_uncoded_organisation_ending_in_a_known_one_is_its_unit(
    coder: ActorCoder, name: str, sector: str | None
) -> None:
    text = f"{name} menolak permintaan itu."
    ner = [Entity(text=name, start=0, end=len(name), label="ORG")]
    assert {e.text: e.sector for e in coder.find_entities(text, ner=ner)}[name] == sector


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Bentrokan di timur Kongo memaksa ribuan warga mengungsi.", "Kongo", "COD"),
        ("Republik Ceko dan Polandia menolak rencana itu.", "Republik Ceko", "CZE"),
        ("Sri Langka menuduh kelompok itu menyelundupkan senjata.", "Sri Langka", "LKA"),
        ("Pesawat NATO membom Yugoslavia selama 78 hari.", "Yugoslavia", "SRB"),
    ],
)
def test_actors_states_are_known_by_the_names_the_press_writes(
    coder: ActorCoder, text: str, mention: str, country: str
) -> None:
    # not CLDR's "Kongo - Kinshasa": the press writes "Kongo", "Republik Ceko", the older "Sri Langka";
    # Yugoslavia is continued by Serbia
    assert _find(coder, text, mention).country == country


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        (
            "Seorang juru bicara angkatan laut India mengatakan kapal itu ditembak.",
            "juru bicara angkatan laut India",
            "IND",
            "MIL",
        ),
        (
            "Juru bicara angkatan bersenjata Filipina membantah laporan itu.",
            "Juru bicara angkatan bersenjata Filipina",
            "PHL",
            "MIL",
        ),
        ("Seorang jendral senior Rusia menuduh NATO memperkuat armadanya.", "jendral senior Rusia", "RUS", "MIL"),
    ],
)
def test_actors_a_spokesman_of_a_branch_of_the_forces_and_an_old_spelled_general_are_military(
    coder: ActorCoder, text: str, mention: str, country: str, sector: str
) -> None:
    # the navy's spokesman speaks for the navy, not for India's government; "jendral" is the older
    # spelling of "jenderal"
    entity = _find(coder, text, mention)
    assert (entity.country, entity.sector) == (country, sector)


def _tagged(coder: ActorCoder, text: str, person: str) -> Entity:
    """The coding of `person`, given to the coder as a name the tagger found."""
    start = text.index(person)
    ner = [Entity(text=person, start=start, end=start + len(person), label="PER")]
    return next(e for e in coder.find_entities(text, ner=ner) if e.text == person)


@pytest.mark.parametrize(
    ("text", "person", "sector"),
    [
        (
            "Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono meninjau pelabuhan itu.",
            "Sakti Wahyu Trenggono",
            "GOV",
        ),
        (
            "Wakil Menteri Riset, Teknologi, dan Inovasi, Ratna Kusuma, membantah kabar itu.",
            "Ratna Kusuma",
            "GOV",
        ),
        ("Kepala Badan Urusan Pengungsi untuk Asia Tenggara, Marco Bellini, tiba kemarin.", "Marco Bellini", "GOV"),
    ],
)
def test_actors_a_person_after_the_rest_of_an_office_name_holds_that_office(
    coder: ActorCoder, text: str, person: str, sector: str
) -> None:
    # the title phrase ends before "dan", a comma or "untuk"; the capitalised words after it still
    # name the office, and the person named after them holds it
    assert _tagged(coder, text, person).sector == sector


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Presiden Joko Widodo dan Ibu Iriana Widodo tiba di Bandung.", "Iriana Widodo"),
        ("Menteri Pertahanan Budi Santoso dan Ani Lestari bertemu di Jakarta.", "Ani Lestari"),
    ],
)
def test_actors_a_second_person_after_a_named_office_holder_takes_no_office(
    coder: ActorCoder, text: str, person: str
) -> None:
    # a name after an office holder and "dan" is another person, not the rest of the office
    assert _tagged(coder, text, person).sector is None


@pytest.mark.parametrize(
    ("text", "mention", "sector"),
    [
        ("Militer melancarkan serangan udara ke kamp itu pada Senin.", "Militer", "MIL"),
        ("Dua hari kemudian. Koalisi mengumumkan bahwa 40 gerilyawan tewas.", "Koalisi", "MIL"),
    ],
)
def test_actors_an_adjective_like_role_noun_opening_a_sentence_is_its_subject(
    coder: ActorCoder, text: str, mention: str, sector: str
) -> None:
    # "militer" alone is an adjective inside a clause ("operasi militer"); opening a sentence before
    # a verb it is the military
    assert _find(coder, text, mention).sector == sector


def test_actors_an_adjective_like_role_noun_inside_a_clause_is_no_party(coder: ActorCoder) -> None:
    found = [e.text for e in coder.find_entities("Pemerintah menggelar operasi militer besar-besaran di sana.")]
    assert "militer" not in found


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        # past polities take the state that continues them (D61, D93): Frankish FRA, Holy Roman DEU
        ("Pada tahun 843 Kerajaan Franka terbagi menjadi tiga wilayah.", "Kerajaan Franka", "FRA", "GOV"),
        ("Paus menobatkan Kaisar Romawi Suci di Roma pada tahun 962.", "Kaisar Romawi Suci", "DEU", "GOV"),
        ("Utusan itu meminta raja Francia Timur untuk melindungi biara.", "raja Francia Timur", "DEU", "GOV"),
        # Dutch colonial rule and its troops (D62): NLD
        ("Pada tahun 1619 VOC membangun benteng di Jayakarta.", "VOC", "NLD", "GOV"),
        ("Pasukan KNIL tiba di Bali pada tahun 1906.", "Pasukan KNIL", "NLD", "MIL"),
        ("Pemerintah Hindia Belanda menolak petisi itu pada tahun 1938.", "Pemerintah Hindia Belanda", "NLD", "GOV"),
        ("Sepasukan marsose tiba di kampung itu pada tahun 1904.", "marsose", "NLD", "MIL"),
        # Iberian kingdoms ESP, the Portuguese PRT, Prussia and the Nazi state DEU, Bohemia CZE, the
        # imperial dynasties CHN (D61)
        ("Pada tahun 1490 pasukan Kastilia mengepung kota itu.", "pasukan Kastilia", "ESP", "MIL"),
        ("Raja Aragon menandatangani perjanjian itu pada tahun 1304.", "Raja Aragon", "ESP", "GOV"),
        ("Pada tahun 1520 Portugis membangun benteng di pesisir.", "Portugis", "PRT", "GOV"),
        ("Pada tahun 1866 Prusia mengumumkan perang.", "Prusia", "DEU", "GOV"),
        ("Pada tahun 1940 tentara Nazi tiba di kota itu.", "tentara Nazi", "DEU", "MIL"),
        ("Raja Bohemia tiba di kota itu pada tahun 1278.", "Raja Bohemia", "CZE", "GOV"),
        ("Pada tahun 1895 Dinasti Qing menandatangani perjanjian damai.", "Dinasti Qing", "CHN", "GOV"),
        ("Pada tahun 1905 Kekaisaran Jepang menolak tuntutan itu.", "Kekaisaran Jepang", "JPN", "GOV"),
        ("Kekaisaran Rusia menyatakan perang pada tahun 1914.", "Kekaisaran Rusia", "RUS", "GOV"),
        # states under names of before a union, a split or a change of name (D61)
        ("Pada tahun 1968 Cekoslowakia menolak ultimatum itu.", "Cekoslowakia", "CZE", "GOV"),
        ("Pada tahun 1965 Vietnam Selatan meminta bantuan militer.", "Vietnam Selatan", "VNM", "GOV"),
        ("Austria-Hongaria menyatakan perang pada tahun 1914.", "Austria-Hongaria", "AUT", "GOV"),
        ("Pada tahun 1960 Republik Persatuan Arab memutuskan hubungan itu.", "Republik Persatuan Arab", "EGY", "GOV"),
    ],
)
def test_actors_past_polities_and_colonial_bodies_take_the_state_that_continues_them(
    coder: ActorCoder, text: str, mention: str, country: str, sector: str
) -> None:
    ent = _find(coder, text, mention)
    assert (ent.country, ent.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # a kingdom, sultanate or empire named by a state's name is that state (D61)
        ("Pada tahun 1390 Kerajaan Hungaria mengirim pasukan ke perbatasan selatan.", "Kerajaan Hungaria", "HUN"),
        ("Kerajaan Denmark kehilangan wilayah itu setelah kalah perang.", "Kerajaan Denmark", "DNK"),
        ("Kekhalifahan Utsmaniah menolak permintaan para utusan.", "Kekhalifahan Utsmaniah", "TUR"),
        ("Imperium Britania menduduki pelabuhan itu pada tahun 1882.", "Imperium Britania", "GBR"),
        ("Pada tahun 1997 Republik Zaire menolak tuntutan para pemberontak.", "Republik Zaire", "COD"),
        # one named by a land at home is of its native rulers (D62)
        ("Pada tahun 1873 Kesultanan Aceh menolak tuntutan pemerintah kolonial.", "Kesultanan Aceh", "IDN"),
        ("Raja muda itu memimpin Kerajaan Sintang selama dua puluh tahun.", "Kerajaan Sintang", "IDN"),
    ],
)
def test_actors_a_polity_named_by_a_state_or_a_land_at_home_is_that_state(
    coder: ActorCoder, text: str, mention: str, country: str
) -> None:
    ent = _find(coder, text, mention, default_country="IDN")
    assert (ent.country, ent.sector) == (country, "GOV")


@pytest.mark.parametrize(
    "text",
    [
        # a land of no present state (D61)
        "Kerajaan Yehuda menolak membayar upeti.",
        # a hamlet's name is no land at home: a fan club, not a state
        "Para anggota Republik Cinta menggelar konser amal di Jakarta.",
    ],
)
def test_actors_a_polity_of_no_present_state_nor_land_at_home_takes_no_country(coder: ActorCoder, text: str) -> None:
    found = coder.find_entities(text, default_country="IDN")
    assert all(e.country != "IDN" for e in found if e.text.startswith(("Kerajaan", "Republik")))


def test_actors_the_ottoman_state_in_its_other_spellings_is_turkey(coder: ActorCoder) -> None:
    ent = _find(coder, "Pada tahun 1446 pasukan Utsmaniah menghancurkan tembok itu.", "pasukan Utsmaniah")
    assert (ent.country, ent.sector) == ("TUR", "MIL")
