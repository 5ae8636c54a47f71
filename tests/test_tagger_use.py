"""The light tagger's parts of speech, read instead of prefix guesses (issue #13): the pipeline's
tokens carry UPOS tags; the clause and casualty tests decide verb or noun by them, and fall back on
the prefixes when no tagger ran (a library call on a bare string, a pipeline without the model)."""

from __future__ import annotations

import pytest

from peristiwa.events.clauses import breaks_between, phrase_voice
from peristiwa.events.detect import Mention, find_mentions
from peristiwa.pipeline import load_pipeline
from peristiwa.pipeline.base import doc_tokens
from peristiwa.pipeline.build import build_pipeline
from peristiwa.pipeline.windows import WindowedTagger
from peristiwa.quantities import find_casualties
from peristiwa.quantities.casualties import verbish
from peristiwa.spans import Segment
from peristiwa.tokens import Token, tokenize


def _tagged(text: str) -> list[Token]:
    nlp = load_pipeline()
    if "model_tagger" not in nlp.component_names:
        pytest.skip("no packaged model")
    return doc_tokens(nlp(text))


def _mention(text: str, tokens: list[Token], trigger: str) -> Mention:
    found = [m for m in find_mentions(text, [Segment(0, len(text), "sentence")], tokens) if m.trigger.text == trigger]
    assert found, trigger
    return found[0]


def test_tagger_use_the_pipelines_tokens_carry_upos_tags() -> None:
    text = "Polisi menangkap tiga pemuda di Jakarta pada Senin."
    tokens = _tagged(text)
    assert all(t.pos is not None for t in tokens)
    pos = {t.text: t.pos for t in tokens}
    words = ("menangkap", "tiga", "di", "Jakarta", ".")
    assert [pos[w] for w in words] == ["VERB", "NUM", "ADP", "PROPN", "PUNCT"]
    doc = load_pipeline()(text)
    assert [t.pos_ for t in doc] == [t.pos for t in doc_tokens(doc)]  # spaCy's own attribute is set too


def test_tagger_use_a_passive_ditangkap_is_a_verb_by_its_tag_and_done_to_its_subject() -> None:
    text = "Aktivis itu ditangkap polisi di Jakarta pada Senin."
    verb = next(t for t in _tagged(text) if t.text == "ditangkap")
    assert verb.pos == "VERB" and verbish(verb)
    event = next(e for e in load_pipeline()(text)._.events if e.trigger.text == "ditangkap")
    assert [a.text for a in event.actor] == ["polisi"]  # the agent after the passive
    assert [r.text for r in event.recipient] == ["Aktivis"]


def test_tagger_use_a_noun_with_a_verb_prefix_is_not_a_verb() -> None:
    text = "Tiga anggota kepolisian tewas dan lima lainnya luka-luka dalam penangkapan itu."
    tokens = _tagged(text)
    nouns = [t for t in tokens if t.text in ("kepolisian", "penangkapan")]
    assert [t.pos for t in nouns] == ["NOUN", "NOUN"] and not any(verbish(t) for t in nouns)
    # "kepolisian" looks like a ke- verb to the prefix test, which ends the group before it
    assert [c.who for c in find_casualties(text, tokens=tokens)][:1] == ["anggota kepolisian"]
    assert [c.who for c in find_casualties(text)][:1] == ["anggota"]


def test_tagger_use_pemerintah_is_a_noun_and_two_nouns_joined_by_dan_are_one_phrase() -> None:
    text = "Pemerintah mengecam penangkapan dan penahanan aktivis di Papua."
    tokens = _tagged(text)
    assert {t.text: t.pos for t in tokens}["Pemerintah"] == "NOUN"
    joint = next(t for t in tokens if t.lower == "dan")
    assert not breaks_between(tokens, joint.start - 1, joint.end + 1)


def test_tagger_use_two_verbs_joined_by_dan_are_two_clauses_though_one_has_no_prefix() -> None:
    text = "Sedikitnya 12 warga ditembak dan tewas dalam bentrokan itu."
    tokens = _tagged(text)
    joint = next(t for t in tokens if t.lower == "dan")
    assert breaks_between(tokens, joint.start - 1, joint.end + 1)  # "tewas" is tagged VERB
    plain = tokenize(text)
    assert not breaks_between(plain, joint.start - 1, joint.end + 1)  # the prefix test took it for a noun


def test_tagger_use_a_phrase_headed_by_a_verb_without_a_prefix_acts() -> None:
    text = "Indonesia dan Australia bekerja sama dalam operasi itu."
    tokens = _tagged(text)
    assert phrase_voice(_mention(text, tokens, "bekerja sama")) == "active"
    assert phrase_voice(_mention(text, tokenize(text), "bekerja sama")) == "noun"  # "be-" is no verb prefix


def test_tagger_use_without_the_model_tokens_have_no_tag_and_the_prefixes_decide() -> None:
    text = "Sedikitnya 25 pejuang milisi tewas dan 55 lainnya luka-luka."
    nlp = build_pipeline(use_model=False)
    doc = nlp(text)
    assert all(t.pos is None for t in doc_tokens(doc))
    assert [(c.kind, c.min) for c in find_casualties(text)] == [("killed", 25), ("injured", 55)]
    assert verbish(tokenize("dikabarkan")[0]) and not verbish(tokenize("pejuang")[0])


def test_tagger_use_a_long_document_is_tagged_window_by_window_as_a_whole() -> None:
    _tagged("Polisi menangkap dia.")  # skips without the model
    nlp = load_pipeline()
    text = "Polisi menangkap tiga pemuda di Jakarta. Aktivis itu ditangkap polisi pada Senin.\n" * 12
    inner = nlp.get_pipe("model_tagger")
    whole = WindowedTagger(inner, size=100_000)(nlp.make_doc(text))
    windowed = WindowedTagger(inner, size=40)(nlp.make_doc(text))
    assert [t.pos_ for t in windowed] == [t.pos_ for t in whole]
    assert {t.pos_ for t in windowed} >= {"VERB", "NOUN", "PROPN"}


def test_tagger_use_only_sentences_with_a_trigger_or_casualty_word_are_tagged() -> None:
    text = "Cuaca di Bandung cerah sepanjang hari. Polisi menangkap tiga pemuda di Jakarta pada Senin."
    tokens = _tagged(text)
    quiet = [t for t in tokens if t.end <= text.index("Polisi")]
    cued = [t for t in tokens if t.start >= text.index("Polisi")]
    assert all(t.pos is None for t in quiet)
    assert all(t.pos is not None for t in cued)


def test_tagger_use_a_tagged_sentence_gets_the_tags_of_a_whole_document_run() -> None:
    nlp = load_pipeline()
    if "model_tagger" not in nlp.component_names:
        pytest.skip("no packaged model")
    text = (
        "Harga cabai naik lagi di pasar. Dua warga tewas ditembak orang tak dikenal di Intan Jaya. "
        "Hujan turun sejak pagi. Massa membakar kantor bupati, lalu polisi menahan lima orang. Angin kencang."
    )
    segmented = nlp.get_pipe("segment")
    inner, cues = nlp.get_pipe("model_tagger"), nlp.get_pipe("tagger").cues
    assert cues is not None
    only = WindowedTagger(inner, cues=cues)(segmented(nlp.make_doc(text)))
    every = WindowedTagger(inner)(segmented(nlp.make_doc(text)))
    tagged = [i for i, t in enumerate(only) if t.pos_]
    assert 0 < len(tagged) < len(only)
    assert [only[i].pos_ for i in tagged] == [every[i].pos_ for i in tagged]
