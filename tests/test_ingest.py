"""Reading documents: encodings, HTML, JSONL records, per-document errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peristiwa.errors import InputError
from peristiwa.html import html_to_text
from peristiwa.ingest import Record, decode, iter_records, parse_reference_time


def test_ingest_decode_removes_bom_and_keeps_crlf() -> None:
    text = decode("\ufeffPolisi menangkap dua orang.\r\nMereka ditahan.".encode(), "berita.txt")
    assert text == "Polisi menangkap dua orang.\r\nMereka ditahan."


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"Warga mengungsi \xff\xfe ke balai desa.", "not valid UTF-8"),
        (b"   \n\t  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_ingest_decode_names_the_problem_and_the_file(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as info:
        decode(data, "rusak.txt")
    assert "rusak.txt" in str(info.value) and reason in str(info.value)


def test_ingest_html_to_text_drops_scripts_and_keeps_blocks() -> None:
    html = (
        "<html><head><title>Demo buruh</title><script>var x = 1;</script></head>"
        "<body><h1>Demo buruh di Bekasi</h1><p>Ribuan buruh berunjuk rasa &amp; menuntut upah.</p></body></html>"
    )
    text, title = html_to_text(html)
    assert title == "Demo buruh"
    assert text.splitlines() == ["Demo buruh di Bekasi", "Ribuan buruh berunjuk rasa & menuntut upah."]


def test_ingest_jsonl_records_keep_ids_and_report_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "berita.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "Polisi menangkap tiga orang di Medan.", "reference_time": "2024-03-05"}),
        "{bukan json",
        json.dumps({"id": "a3", "text": ""}),
        json.dumps({"id": "a4", "text": "Warga berunjuk rasa di Makassar.", "url": "https://contoh.id/4"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(iter_records([path]))
    assert [type(i).__name__ for i in items] == ["Record", "InputError", "InputError", "Record"]
    first, last = items[0], items[3]
    assert isinstance(first, Record) and first.id == "a1" and first.reference_time is not None
    assert isinstance(last, Record) and last.url == "https://contoh.id/4"
    assert "line 2" in str(items[1])


def test_ingest_directories_are_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "dua.txt").write_text("Demo di Solo.", encoding="utf-8")
    (tmp_path / "satu.txt").write_text("Demo di Solo.", encoding="utf-8")
    (tmp_path / "gambar.png").write_bytes(b"\x89PNG")
    ids = [r.id for r in iter_records([tmp_path]) if isinstance(r, Record)]
    assert ids == ["dua", "satu"]


def test_ingest_reference_time_naive_is_utc() -> None:
    moment = parse_reference_time("2024-03-05T10:00")
    assert moment is not None and moment.utcoffset() is not None and moment.hour == 10
    with pytest.raises(InputError):
        parse_reference_time("kemarin sore")
