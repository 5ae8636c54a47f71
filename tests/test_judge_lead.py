"""The judge reads the beginning of the document's body (its lead) after the headline."""

from peristiwa.learned.features import LEAD_CHARS, headline, lead

BERITA = (
    "Polisi Tangkap Dua Pencuri Motor di Bekasi\n\n"
    "BEKASI, KOMPAS.com - Polres Metro Bekasi menangkap dua pria yang diduga mencuri sepeda motor di "
    "sebuah perumahan pada Senin malam. " + "Keduanya kini ditahan di markas polres untuk diperiksa lebih lanjut. " * 10
)


def test_the_lead_is_the_body_after_the_headline_cut_at_a_whole_word() -> None:
    title = headline(BERITA)
    found = lead(BERITA, title)
    assert title == "Polisi Tangkap Dua Pencuri Motor di Bekasi"
    assert found.startswith("BEKASI, KOMPAS.com - Polres Metro Bekasi menangkap")
    assert len(found) <= LEAD_CHARS
    assert BERITA.replace("\n", " ").find(found) > 0 and not found.endswith(" ")
    assert found.split()[-1] in BERITA.split()


def test_a_text_without_a_headline_is_its_own_lead() -> None:
    kalimat = "Pasukan pemerintah menyerang markas pemberontak di utara negeri itu pada Selasa."
    assert lead(kalimat, headline(kalimat)) == kalimat
