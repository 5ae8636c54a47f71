"""Two clauses of one sentence that each tell an act and its own place are two events; one act told
with two places, or a place told once for two verbs, stays one (sentences written for these tests)."""

from __future__ import annotations

from conftest import rule_events


def _placed(text: str, event_type: str) -> list[list[str]]:
    """The places of each event of `event_type`, in text order."""
    events = sorted((e for e in rule_events(text) if e.event_type == event_type), key=lambda e: e.trigger.start)
    return [sorted(p.text for p in e.locations) for e in events]


def test_two_arrests_joined_by_sedangkan_each_keep_their_own_city() -> None:
    text = "Polisi menangkap dua orang di Medan, sedangkan tentara menangkap tiga orang di Makassar."
    assert _placed(text, "COERCE") == [["Medan"], ["Makassar"]]


def test_two_protests_joined_by_sementara_are_two_events() -> None:
    text = "Ratusan buruh berunjuk rasa di Surabaya, sementara ribuan mahasiswa berdemonstrasi di Bandung."
    assert _placed(text, "PROTEST") == [["Surabaya"], ["Bandung"]]


def test_two_arrests_joined_by_a_semicolon_are_two_events() -> None:
    text = "Polisi menangkap dua orang di Medan; tentara menangkap tiga orang di Makassar."
    assert _placed(text, "COERCE") == [["Medan"], ["Makassar"]]


def test_a_clause_opened_by_dan_and_a_new_subject_keeps_its_own_city() -> None:
    text = "Polisi menangkap dua orang di Medan dan tentara menangkap tiga orang di Makassar."
    assert _placed(text, "COERCE") == [["Medan"], ["Makassar"]]


def test_one_arrest_in_two_cities_stays_one_event() -> None:
    text = "Polisi menangkap lima orang di Medan dan Binjai."
    assert _placed(text, "COERCE") == [["Binjai", "Medan"]]


def test_one_arrest_by_two_forces_in_two_cities_stays_one_event() -> None:
    text = "Polisi dan tentara menangkap lima orang di Medan dan Binjai."
    assert _placed(text, "COERCE") == [["Binjai", "Medan"]]


def test_a_place_fronted_before_two_verbs_places_one_event() -> None:
    text = "Di Medan, polisi menggerebek sebuah rumah dan menangkap lima orang tersangka."
    assert _placed(text, "COERCE") == [["Medan"]]


def test_a_province_and_a_city_inside_it_do_not_set_two_clauses_apart() -> None:
    text = "Polisi menangkap dua orang di Sumatera Utara, sedangkan tentara menangkap tiga orang di Medan."
    assert len(_placed(text, "COERCE")) == 1


def test_two_clauses_each_with_its_own_day_and_city_keep_both() -> None:
    text = (
        "Polisi menangkap dua orang di Medan pada Senin (3/5) dan tentara menangkap tiga orang di Makassar "
        "pada Rabu (5/5)."
    )
    events = sorted(
        (e for e in rule_events(text, reference_time="2021-05-07") if e.event_type == "COERCE"),
        key=lambda e: e.trigger.start,
    )
    told = [([p.text for p in e.locations], e.date.start[:10] if e.date else None) for e in events]
    assert told == [(["Medan"], "2021-05-03"), (["Makassar"], "2021-05-05")]
