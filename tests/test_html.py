"""HTML pages: the article's text without menus and footers, its title, and its publication day
as the reference time; the output carries the extracted text its offsets index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import rule_events
from typer.testing import CliRunner

from peristiwa.cli import app
from peristiwa.document import Document
from peristiwa.html import extract_page
from peristiwa.ingest import read_document

pytest.importorskip("trafilatura")
PAGES = Path(__file__).resolve().parent / "data" / "html"
runner = CliRunner()
ILAGA = (PAGES / "kabar-papua-ilaga.html").read_text(encoding="utf-8")
UNDATED_ILAGA = "\n".join(line for line in ILAGA.splitlines() if "published_time" not in line and "ld+json" not in line)


def test_html_article_text_leaves_out_navigation_and_footer() -> None:
    page = extract_page((PAGES / "kabar-papua-ilaga.html").read_text(encoding="utf-8"))
    assert page.title == "Kelompok bersenjata serang pos polisi di Ilaga"
    assert page.text.startswith(page.title + "\n\n")
    assert "menewaskan dua anggota polisi" in page.text
    for boilerplate in ("Beranda", "Langganan", "Semua hak dilindungi", "Baca juga", "Harga cabai"):
        assert boilerplate not in page.text
    assert page.published == "2025-06-02T09:15:00+09:00"  # article:published_time, clock time and offset


def test_html_publication_day_dates_kemarin(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["extract", str(PAGES / "kabar-papua-ilaga.html"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["reference_time"].startswith("2025-06-02")
    attack = next(e for e in doc["events"] if e["event_type"] == "ASSAULT")
    assert attack["date"]["start"] == "2025-06-01"  # "kemarin", the day before publication
    text = doc["text"]  # the extracted text travels with the output: offsets can be checked
    assert text[attack["trigger"]["start"] : attack["trigger"]["end"]] == attack["trigger"]["text"]


def test_html_without_a_date_keeps_its_dateline_and_drops_the_related_box() -> None:
    record = read_document((PAGES / "tanpa-tanggal.html").read_bytes(), "tanpa-tanggal.html", doc_id="t")
    assert record.keep_text and record.reference_time is None
    assert "Kamis (12/6/2025)" in record.text
    for boilerplate in ("Resep rendang", "Terpopuler", "Hak cipta", "Bola"):
        assert boilerplate not in record.text


def test_html_fragment_without_an_article_falls_back_to_the_visible_text() -> None:
    record = read_document(b"<html><body><p>Demo buruh di Bekasi.</p></body></html>", "x.html", doc_id="x")
    assert record.text == "Demo buruh di Bekasi."
    dated = b'<html><head><meta property="article:published_time" content="2025-05-01T10:00:00+07:00"></head>'
    fragment = read_document(dated + b"<body><p>Demo buruh di Bekasi kemarin.</p></body></html>", "y.html", doc_id="y")
    assert (
        fragment.text == "Demo buruh di Bekasi kemarin." and str(fragment.reference_time) == "2025-05-01 10:00:00+07:00"
    )


def test_plain_text_carries_its_text_only_with_keep_text(tmp_path: Path) -> None:
    source = tmp_path / "berita.txt"
    source.write_text("Polisi menangkap tiga orang di Jayapura pada Senin (2/6/2025).\n", encoding="utf-8")
    plain, kept = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert runner.invoke(app, ["extract", str(source), "-o", str(plain)]).exit_code == 0
    assert runner.invoke(app, ["extract", str(source), "-o", str(kept), "--keep-text"]).exit_code == 0
    assert "text" not in json.loads(plain.read_text(encoding="utf-8"))
    assert json.loads(kept.read_text(encoding="utf-8"))["text"] == source.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("head", "published"),
    [
        (
            '<meta property="og:article:published_time" content="2025-06-02T09:15:00+09:00">',
            "2025-06-02T09:15:00+09:00",
        ),
        ('<meta itemprop="datePublished" content="2025-06-02">', "2025-06-02"),
        (
            '<meta name="pubdate" content="bukan tanggal"><meta name="publishdate" content="2025-06-02T08:00Z">',
            "2025-06-02T08:00Z",
        ),
        (
            '<script type="application/ld+json">[{"@type": "NewsArticle", "author": {"name": "Redaksi"}, '
            '"datePublished": "2025-06-02T09:15:00+09:00"}]</script>',
            "2025-06-02T09:15:00+09:00",
        ),
    ],
)
def test_html_publication_time_is_read_from_the_page_metadata(head: str, published: str) -> None:
    html = UNDATED_ILAGA.replace("<head>", "<head>" + head, 1)
    assert extract_page(html).published == published


def _extract_html(tmp_path: Path, html: str, *options: str) -> dict[str, object]:
    page = tmp_path / "halaman.html"
    page.write_text(html, encoding="utf-8")
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["extract", str(page), "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    doc: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    return doc


def _day_of(doc: dict[str, object], event_type: str) -> object:
    events = doc["events"]
    assert isinstance(events, list)
    event = next(e for e in events if e["event_type"] == event_type)
    return (event["date"] or {}).get("start")


def test_html_json_ld_publication_day_dates_kemarin_and_gives_the_page_address(tmp_path: Path) -> None:
    page = PAGES / "jsonld-bekasi.html"
    doc = _extract_html(tmp_path, page.read_text(encoding="utf-8"))
    # JSON-LD datePublished (not dateModified, nor the day-only date in the page's address)
    assert doc["reference_time"] == "2025-05-20T07:30:00Z"
    # "mogok kerja … kemarin", dated from that publication day (read from the rules' events of the
    # page's text: whether the learned stages keep a labour strike is not what this test is about)
    strikes = rule_events(str(doc["text"]), reference_time=str(doc["reference_time"]))
    assert [e.date.start[:10] for e in strikes if e.event_type == "PROTEST" and e.date] == ["2025-05-19"]
    assert doc["url"] == "https://wartabekasi.example/2025/05/20/buruh-mogok-cikarang"
    text = str(doc["text"])
    for boilerplate in ("Beranda", "Promo ponsel", "Klasemen", "Kebijakan privasi", "© 2025"):
        assert boilerplate not in text


def test_html_publication_time_wins_over_the_reference_time_option(tmp_path: Path) -> None:
    doc = _extract_html(tmp_path, ILAGA, "--reference-time", "2024-03-05")
    assert str(doc["reference_time"]).startswith("2025-06-02") and _day_of(doc, "ASSAULT") == "2025-06-01"


def test_html_without_any_date_takes_the_reference_time_option(tmp_path: Path) -> None:
    assert "2025-06-02" not in UNDATED_ILAGA
    doc = _extract_html(tmp_path, UNDATED_ILAGA, "--reference-time", "2024-03-05")
    assert str(doc["reference_time"]).startswith("2024-03-05") and _day_of(doc, "ASSAULT") == "2024-03-04"
    undated = _extract_html(tmp_path, UNDATED_ILAGA)
    assert undated["reference_time"] is None and _day_of(undated, "ASSAULT") is None


def test_html_dateline_of_another_day_wins_over_the_page_time(tmp_path: Path) -> None:
    """A story posted the day after it was written keeps its dateline: "kemarin" counts from it."""
    later = ILAGA.replace("JAYAPURA, KABARPAPUA –", "Jayapura, Selasa (3/6/2025) –")
    doc = _extract_html(tmp_path, later)
    assert str(doc["reference_time"]).startswith("2025-06-03") and _day_of(doc, "ASSAULT") == "2025-06-02"
    # on the page's own day the page's clock time stands (09:15 in Jayapura, UTC+9)
    same = _extract_html(tmp_path, ILAGA.replace("JAYAPURA, KABARPAPUA –", "Jayapura, Senin (2/6/2025) –"))
    assert same["reference_time"] == "2025-06-02T00:15:00Z" and _day_of(same, "ASSAULT") == "2025-06-01"


@pytest.mark.parametrize(
    "head",
    [
        '<script type="application/ld+json">{"datePublished": </script>',
        '<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script>",
        '<meta property="article:published_time" content="kemarin sore">',
    ],
)
def test_html_broken_metadata_gives_no_date_and_no_error(head: str) -> None:
    page = extract_page(UNDATED_ILAGA.replace("<head>", "<head>" + head, 1))
    assert page.published is None and "menewaskan dua anggota polisi" in page.text


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.html")))
def test_html_output_is_valid_and_its_offsets_index_the_text_it_carries(name: str) -> None:
    from peristiwa.api import pipe
    from peristiwa.schema import validate

    record = read_document((PAGES / name).read_bytes(), name, doc_id=name)
    doc = next(iter(pipe([record])))
    assert isinstance(doc, Document), doc
    data = doc.to_json()
    validate(data)
    text = data["text"]
    spans = [e["trigger"] for e in data["events"]] + data["entities"] + data["times"] + data["places"]
    assert spans and all(text[s["start"] : s["end"]] == s["text"] for s in spans)
