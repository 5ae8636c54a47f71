"""`peristiwa/1` output: schema validity and offsets into the original text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import peristiwa
from peristiwa.errors import InputError
from peristiwa.schema import validate


def _spans(obj: Any) -> list[dict[str, Any]]:
    """Every dict with text/start/end anywhere in a peristiwa/1 object."""
    found: list[dict[str, Any]] = []
    if isinstance(obj, dict):
        if {"text", "start", "end"} <= obj.keys() and isinstance(obj["start"], int):
            found.append(obj)
        for value in obj.values():
            found.extend(_spans(value))
    elif isinstance(obj, list):
        for value in obj:
            found.extend(_spans(value))
    return found


def _check_offsets(text: str, data: dict[str, Any]) -> None:
    for span in _spans(data):
        assert span["text"] == text[span["start"] : span["end"]], span


def test_output_example_validates_against_schema(example_text: str) -> None:
    doc = peristiwa.extract(example_text, doc_id="contoh", reference_time="2024-03-06")
    data = doc.to_json()
    validate(data)
    _check_offsets(example_text, data)
    assert data["events"], "the example reports events"


def test_output_every_dev_text_validates(gold_dev: Path) -> None:
    for path in sorted(gold_dev.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        data = peristiwa.extract(text, doc_id=path.stem).to_json()
        validate(data)
        _check_offsets(text, data)


def test_output_undated_event_has_no_date() -> None:
    doc = peristiwa.extract("Polisi menangkap tiga orang pengedar narkoba di Medan.")
    assert doc.events and all(e.date is None for e in doc.events)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_output_offsets_hold_for_arbitrary_unicode(text: str) -> None:
    if "\x00" in text:  # binary data: refused with the character's offset
        with pytest.raises(InputError, match=f"NUL character at character {text.index(chr(0))}"):
            peristiwa.extract(text)
        return
    data = peristiwa.extract(text).to_json()
    _check_offsets(text, data)


WORDS = st.sampled_from(
    [
        "Polisi",
        "menangkap",
        "dua",
        "orang",
        "di",
        "Jakarta",
        "pada",
        "29",
        "Desember",
        "2019",
        "pukul",
        "11.00",
        "WIB",
        "[16]",
        ".",
        ",",
        "sedikitnya",
        "25",
        "tewas",
        "Menurut",
        "Pentagon",
        "AS",
        "membom",
        "Irak",
        "\n",
        "ke-82",
        "puluhan",
        "demonstran",
        "berunjuk",
        "rasa",
        "tidak",
        "akan",
        "menyerang",
        "\r\n",
        '"',
        "Selasa",
    ]
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=60).map(" ".join))
def test_output_offsets_hold_for_indonesian_like_text(text: str) -> None:
    data = peristiwa.extract(text).to_json()
    _check_offsets(text, data)
    validate(data)


@pytest.mark.parametrize("n_process", [1, 2])
def test_output_pipe_keeps_ids_and_order(n_process: int) -> None:
    texts = [(f"Sebanyak {i} orang ditangkap polisi di Bogor.", f"id-{i}") for i in range(2, 14)]
    results = list(peristiwa.pipe(texts, batch_size=3, n_process=n_process))
    assert [r.doc_id for r in results] == [f"id-{i}" for i in range(2, 14)]
