"""Very long documents in parts: cuts at paragraph ends, offsets shifted back onto the whole
text, event ids numbered on; a text in parts gives each part's own events."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest

from peristiwa.api import run_record
from peristiwa.ingest import Record
from peristiwa.parts import PART_CHARS, part_bounds, run_in_parts, shifted
from peristiwa.schema import validate
from peristiwa.spans import Event, EventDate, Party, Place, Segment, Span

EXTRA = Path(__file__).parent / "data" / "gold_extra"


def _texts(n: int) -> list[str]:
    return [p.read_text(encoding="utf-8").strip() for p in sorted(EXTRA.glob("*.txt"))[:n]]


def test_parts_cover_the_text_and_end_after_a_blank_line() -> None:
    text = "\n\n".join(_texts(4))
    size = max(len(t) for t in _texts(4)) + 200
    bounds = list(part_bounds(text, size))
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a == b for (_, a), (b, _) in pairwise(bounds))
    assert all(end - start <= size for start, end in bounds)
    assert all(text[end - 2 : end] == "\n\n" for _, end in bounds[:-1])


def test_parts_end_after_a_sentence_or_a_space_when_there_is_no_line_break() -> None:
    text = "Polisi menangkap tiga orang di Jayapura pada Senin. " * 40
    assert all(text[end - 2 : end] == ". " for _, end in list(part_bounds(text, 300))[:-1])
    words = "menyerang " * 100
    assert all(words[end - 1] == " " for _, end in list(part_bounds(words, 95))[:-1])
    assert list(part_bounds("x" * 250, 100)) == [(0, 100), (100, 200), (200, 250)]  # no space: a hard cut


def test_shifted_moves_every_offset_and_nothing_else() -> None:
    place = Place("Ilaga", 40, 45, name="Ilaga", country="IDN", lat=-3.98, lon=137.62)
    event = Event(
        id="x#1",
        event_type="ASSAULT",
        trigger=Span("menyerang", 10, 19),
        sentence=Segment(0, 60),
        actor=[Party("KKB", 0, 3, country="IDN")],
        locations=[place],
        date=EventDate("2024-03-04", None, "day", False, "4 Maret 2024", 46, 58),
    )
    moved = shifted([event, place], 1000)
    assert moved[0].trigger == Span("menyerang", 1010, 1019) and moved[0].sentence == Segment(1000, 1060)
    assert moved[0].actor[0].start == 1000 and moved[0].actor[0].country == "IDN"
    assert moved[0].date is not None and (moved[0].date.start_char, moved[0].date.end_char) == (1046, 1058)
    assert moved[0].date.start == "2024-03-04" and moved[0].locations[0].lat == -3.98
    assert moved[0].locations[0] is moved[1]  # shared objects stay shared
    assert event.trigger.start == 10  # the original is untouched


def test_a_text_in_parts_gives_each_part_its_own_events_at_whole_text_offsets() -> None:
    whole = "\n\n".join(_texts(3))
    size = 2500
    bounds = list(part_bounds(whole, size))
    assert len(bounds) >= 3
    joined = run_in_parts(Record(id="gabungan", text=whole), run_record, size)
    data = joined.to_json()
    validate(data)
    for kind in ("entities", "times", "places", "quantities"):
        for span in data[kind]:
            assert whole[span["start"] : span["end"]] == span["text"], kind
    expected, reference = [], None  # the later parts take the first part's reference time (its dateline)
    for start, end in bounds:
        alone_doc = run_record(Record(id="bagian", text=whole[start:end], reference_time=reference))
        reference = reference or alone_doc.reference_time
        alone = alone_doc.to_json()
        expected += [(e["event_type"], e["trigger"]["start"] + start, e["trigger"]["text"]) for e in alone["events"]]
    assert expected, "the news texts report events"
    assert [(e["event_type"], e["trigger"]["start"], e["trigger"]["text"]) for e in data["events"]] == expected
    ids = [e["id"] for e in data["events"]]
    assert len(set(ids)) == len(ids) and all(i.startswith("gabungan#") for i in ids)
    for event in data["events"]:
        for party in event["actor"] + event["recipient"]:
            if "start" in party:
                assert whole[party["start"] : party["end"]] == party["text"]


def test_a_text_within_one_part_is_processed_whole() -> None:
    text = _texts(1)[0]
    record = Record(id="a", text=text, reference_time=None)
    assert len(text) < PART_CHARS
    one = json.dumps(run_record(record).to_json())
    assert json.dumps(run_in_parts(record, run_record, len(text) + 1).to_json()) == one


@pytest.mark.parametrize("size", [PART_CHARS + 1])
def test_run_record_cuts_a_text_over_the_part_size(size: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The API takes the parts route above PART_CHARS (the pipeline itself is stubbed here)."""
    import peristiwa.api as api

    seen: list[int] = []

    def fake_whole(record: Record) -> object:
        seen.append(len(record.text))
        from peristiwa.document import Document

        return Document(doc_id=record.id, text=record.text)

    monkeypatch.setattr(api, "_run_whole", fake_whole)
    text = ("Demo mahasiswa di Jakarta berlangsung damai. " * (size // 45 + 1))[:size]
    result = api.run_record(Record(id="panjang", text=text))
    assert len(seen) == 2 and sum(seen) == size and max(seen) <= PART_CHARS
    assert result.text == text
