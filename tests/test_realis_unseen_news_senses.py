"""Senses and realis cues found on unseen news sentences (session 34): the adjective "menjanjikan",
"mendesak" as urgent for a reason, a referee's card, a natural hazard that threatens, protected wild
animals, a company's agreement, one party's letter, a lawsuit announced, an act the subject is to
undergo, a planned act restated by its noun, the need for an act or an eagerness, a meeting told
with a divorce. Each case has its reported counterpart, so every
test can fail both ways.
Sentences are written for these tests in general Indonesian news style.
"""

from __future__ import annotations

import pytest
from conftest import reported as _reported


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # an adjective with nothing promised after it
        ("Menurut analis, prospek sektor perkebunan menjanjikan, namun harga pupuk masih tinggi.", "AGREE"),
        ("Pasar obligasi daerah dinilai menjanjikan bagi investor ritel.", "AGREE"),
        # urgent, with its reason
        ("Perbaikan dermaga itu dinilai sudah mendesak mengingat kapal yang bersandar terus bertambah.", "REQUEST"),
        # a referee's card anywhere in the sentence
        ("Bek tengah itu mendapat kartu merah, lalu ia menolak meninggalkan lapangan.", "REJECT"),
        # a natural hazard
        ("Badai tropis itu mengancam ribuan rumah nelayan di pesisir selatan.", "THREATEN"),
        ("Banjir bandang mengancam permukiman warga di bantaran sungai.", "THREATEN"),
        # protected wild animals
        ("Petugas kehutanan menemukan seekor gajah yang dibunuh di tepi hutan lindung.", "ASSAULT"),
        # a company's acquisition or shareholders' meeting
        ("Saham perusahaan itu naik setelah sepakat untuk diakuisisi oleh sebuah grup energi.", "AGREE"),
        ("Dalam RUPSLB pekan lalu, pemegang saham sepakat menunjuk direksi baru.", "AGREE"),
        # one party's numbered letter
        ("Edaran itu dikirim melalui surat nomor 45/2010 yang ditandatangani kepala dinas.", "SUPPORT"),
        # a lawsuit announced
        ("Kuasa hukum warga mengatakan pihaknya akan mengajukan gugatan ke pengadilan negeri.", "ACCUSE"),
        ("Tim pemenangan itu menegaskan akan menggugat hasil rekapitulasi ke Mahkamah Konstitusi.", "ACCUSE"),
        # an act the subject is to undergo
        ("Para terpidana itu menyatakan siap menjalani eksekusi mati di hadapan regu tembak.", "THREATEN"),
        # a planned meeting restated by its noun
        ("Para menteri akan bertemu mitra mereka dalam pertemuan khusus di Brussel pekan ini.", "CONSULT"),
        # the importance or need of an act, an eagerness
        ("Duta besar itu menekankan pentingnya pertemuan rutin kedua kepala negara.", "CONSULT"),
        ("Pengamat itu menyoroti perlunya perundingan langsung antara kedua pihak.", "CONSULT"),
        ("Sejak itu para pemuda di kota itu dilanda semangat berdemonstrasi.", "PROTEST"),
        # a meeting told with a divorce is private life
        ("Keduanya bertemu di sebuah pesta, tak lama setelah penyanyi itu bercerai dari suaminya.", "CONSULT"),
    ],
)
def test_a_sense_or_a_plan_of_unseen_news_is_not_reported(text: str, event_type: str) -> None:
    assert all(t != event_type for t, _ in _reported(text))


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Jepang menjanjikan bantuan kemanusiaan bagi korban gempa.", "AGREE"),
        # a comma may open what is promised, as after a verb of saying
        ("Direktur perusahaan negara itu menjanjikan, antrean bahan bakar akan segera diatasi.", "AGREE"),
        # a negated talk leaves the meeting it was held in reported
        ("Kedua presiden tidak membahas sengketa perbatasan dalam pertemuan di Bogor.", "CONSULT"),
        ("Organisasi itu mendesak pemerintah membebaskan para aktivis.", "REQUEST"),
        ("Sejumlah mahasiswa menolak meninggalkan halaman gedung parlemen.", "REJECT"),
        ("Kelompok bersenjata itu mengancam akan menyerang pos polisi di perbatasan.", "THREATEN"),
        ("Petugas kehutanan menemukan seorang penjaga hutan yang dibunuh kelompok bersenjata.", "ASSAULT"),
        ("Kedua negara sepakat untuk membuka kembali perbatasan mereka.", "AGREE"),
        ("Nota kesepahaman itu ditandatangani kedua menteri di Jakarta.", "SUPPORT"),
        ("Kuasa hukum warga telah mengajukan gugatan ke pengadilan negeri.", "ACCUSE"),
        ("Pasukan pemerintah akan menyerang markas pemberontak.", "THREATEN"),
        ("Para menteri bertemu mitra mereka dalam pertemuan khusus di Brussel.", "CONSULT"),
        ("Duta besar itu menghadiri pertemuan rutin kedua kepala negara.", "CONSULT"),
        ("Para pemuda di kota itu berdemonstrasi di depan balai kota.", "PROTEST"),
        ("Kedua menteri bertemu di sebuah jamuan, tak lama setelah krisis diplomatik itu mereda.", "CONSULT"),
    ],
)
def test_the_same_words_told_as_a_done_act_stay_reported(text: str, event_type: str) -> None:
    assert any(t == event_type for t, _ in _reported(text))
