"""The Doc as the one store of mentions: span groups with typed values, spaCy's sentences, and
the old `doc._` attributes as read-only views (`peristiwa.pipeline.spangroups`)."""

from __future__ import annotations

import pickle

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from peristiwa.pipeline import load_pipeline
from peristiwa.pipeline.spangroups import GROUPS, put, values
from peristiwa.pipeline.windows import WINDOW_TOKENS
from peristiwa.spans import Casualty, Entity, Place, Segment, TimeMention

NEWS = (
    "JAYAPURA, KOMPAS.com – Dua warga tewas ditembak kelompok bersenjata di Distrik Ilaga, "
    "Kabupaten Puncak, Papua, Senin (29/3/2021). Kepala Bidang Humas Polda Papua Kombes Ahmad "
    "Mustofa Kamal mengatakan jenazah kedua korban telah diterbangkan ke Jayapura.\n\n"
    "Situasi Keamanan\n"
    "Aparat gabungan TNI dan Polri masih melakukan pengejaran terhadap para pelaku."
)
# "AS-China" is one token holding two places
TRADE = "Ketegangan AS-China kembali memanas setelah Washington menaikkan tarif impor pada Selasa (8/4/2025)."


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="module")
def news(nlp: Language) -> Doc:
    return nlp(NEWS)


def test_doc_spans_places_hold_jayapura_with_its_place_value(news: Doc) -> None:
    spans = [s for s in news.spans["places"] if s.text == "Jayapura"]
    assert spans
    place = spans[0]._.value
    assert isinstance(place, Place)
    assert place.name == "Jayapura" and place.country == "IDN"
    assert (place.start, place.end) == (spans[0].start_char, spans[0].end_char)
    assert NEWS[place.start : place.end] == "Jayapura"


def test_doc_spans_times_hold_the_dateline_day(news: Doc) -> None:
    (span,) = [s for s in news.spans["times"] if s.text == "Senin (29/3/2021)"]
    time = span._.value
    assert isinstance(time, TimeMention)
    assert time.value == "2021-03-29" and span.label_ == "DATE"
    assert NEWS[time.start : time.end] == "Senin (29/3/2021)"


def test_doc_spans_casualties_and_actors_carry_their_labels(news: Doc) -> None:
    # "Dua warga tewas", and again "jenazah kedua korban": the same two dead
    killed = [s for s in news.spans["casualties"] if s.label_ == "killed"]
    assert killed and all(isinstance(s._.value, Casualty) and s._.value.min == 2 for s in killed)
    assert all(isinstance(s._.value, Entity) and s.label_ == s._.value.label for s in news.spans["actors"])


def test_doc_spans_every_group_is_written(news: Doc) -> None:
    assert set(GROUPS) <= set(news.spans)


def test_doc_spans_views_equal_the_groups_values(news: Doc) -> None:
    assert news._.places == [s._.value for s in news.spans["places"]] == values(news, "places", Place)
    assert news._.times == [s._.value for s in news.spans["times"]]
    assert news._.entities == [s._.value for s in news.spans["actors"]]
    assert news._.casualties == [s._.value for s in news.spans["casualties"]]
    assert news._.quantities == [s._.value for s in news.spans["quantities"]]
    assert news._.citations == [s._.value for s in news.spans["citations"]]


def test_doc_spans_segments_view_merges_sentences_and_headings_in_text_order(news: Doc) -> None:
    segments = news._.segments
    assert [s.kind for s in segments] == ["sentence", "sentence", "heading", "sentence"]
    assert [s.start for s in segments] == sorted(s.start for s in segments)
    (heading,) = news.spans["headings"]
    assert heading.text == "Situasi Keamanan" and heading._.value == segments[2]


def test_doc_spans_views_are_read_only(news: Doc) -> None:
    with pytest.raises(AttributeError, match=r"spangroups\.put"):
        news._.places = []


def test_doc_spans_doc_sents_are_the_segments(news: Doc) -> None:
    sents = list(news.sents)
    segments: list[Segment] = news._.segments
    assert [s.start_char for s in sents] == [s.start for s in segments]
    # spaCy's sentence runs on to the next one: the line breaks after it are its last tokens
    assert [s.text.rstrip() for s in sents] == [NEWS[s.start : s.end] for s in segments]


def test_doc_spans_doc_sents_survive_the_ner_run_on_a_batch(nlp: Language) -> None:
    for doc in nlp.pipe([NEWS, TRADE], batch_size=2):  # the model's NER sees both at once
        assert [s.start_char for s in doc.sents] == [s.start for s in doc._.segments]


def test_doc_spans_doc_sents_survive_the_windowed_ner(nlp: Language) -> None:
    paragraph = NEWS.replace("\n\nSituasi Keamanan\n", " ") + "\n"
    text = paragraph * (WINDOW_TOKENS // 60 + 2)  # longer than a window: the NER runs window by window
    doc = nlp(text)
    assert len(doc) > WINDOW_TOKENS
    assert [s.start_char for s in doc.sents] == [s.start for s in doc._.segments]
    assert all(s.text.rstrip() == text[g.start : g.end] for s, g in zip(doc.sents, doc._.segments, strict=True))


def test_doc_spans_mentions_inside_one_token_keep_their_offsets(nlp: Language) -> None:
    doc = nlp(TRADE)
    assert "AS-China" in [t.text for t in doc]
    places = {s._.value.text: s for s in doc.spans["places"]}
    assert {"AS", "China"} <= set(places)
    for name in ("AS", "China"):
        place = places[name]._.value
        assert TRADE[place.start : place.end] == name  # the value's offsets are exact
        assert places[name].text == "AS-China"  # the span covers the token
    assert places["AS"]._.value is not places["China"]._.value  # same characters, own values


def test_doc_spans_actor_and_place_of_the_same_characters_keep_their_own_values(news: Doc) -> None:
    actor = next(s for s in news.spans["actors"] if s.text == "Jayapura")
    place = next(s for s in news.spans["places"] if s.start_char == actor.start_char)
    assert isinstance(actor._.value, Entity) and isinstance(place._.value, Place)


def test_doc_spans_a_mention_no_token_holds_is_kept(nlp: Language) -> None:
    doc = nlp.make_doc("Bentrok di Wamena.")
    empty = Place(text="", start=5, end=5)  # no character at all
    outside = Place(text="Timika", start=40, end=46)  # past the end of the text
    wamena = Place(text="Wamena", start=11, end=17, name="Wamena")
    put(doc, "places", [empty, wamena, outside])
    assert doc._.places == [empty, wamena, outside]
    assert [(s.start, s.end) for s in doc.spans["places"]] == [(1, 1), (2, 3), (4, 4)]  # empty where it starts
    assert doc.spans["places"][1].text == "Wamena"


def test_doc_spans_other_spans_have_no_value(news: Doc) -> None:
    assert news[0:2]._.value is None
    assert all(s._.value is None for s in news.ents)


def test_doc_spans_views_are_empty_before_their_stage(nlp: Language) -> None:
    doc = nlp.make_doc(NEWS)
    assert doc._.places == [] and doc._.segments == [] and values(doc, "times", TimeMention) == []


def test_doc_spans_a_pickled_doc_keeps_its_groups_and_values(news: Doc) -> None:
    copy = pickle.loads(pickle.dumps(news))  # spaCy pickles user_data, where the values live
    assert copy._.places == news._.places and copy._.segments == news._.segments
    assert [(s.text, s._.value) for s in copy.spans["times"]] == [(s.text, s._.value) for s in news.spans["times"]]
    assert [s.text for s in copy.sents] == [s.text for s in news.sents]
