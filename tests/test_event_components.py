"""The event stage as sub-components: triggers → realis → roles → coref → defaults → coding, each
handing the next a typed value on `Doc._`, each replaceable by a component that writes the same."""

from __future__ import annotations

from datetime import datetime

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from peristiwa.events import Draft, FilledDraft, Mention
from peristiwa.events.lexicon import TriggerSpec
from peristiwa.pipeline import STAGES, build_pipeline, load_pipeline
from peristiwa.pipeline.base import doc_text, doc_tokens
from peristiwa.pipeline.build import EVENT_STAGES
from peristiwa.pipeline.spangroups import put
from peristiwa.spans import Attribution, Event, Span
from peristiwa.tokens import within

ARREST = "Polisi menangkap tiga tersangka di Jayapura, Senin."
NOT_ARRESTED = "Polisi tidak menangkap siapa pun."
TWICE_TOLD = "Polisi menangkap tiga tersangka di Jayapura, Senin (3/3/2025). Penangkapan itu dilakukan di rumah mereka."
BOMBING = "Dua orang tewas dalam serangan bom di Poso, Senin."
#: "mencokok" (to nab, colloquial) is not in the trigger lexicon: only a replaced `triggers` stage finds it
ROUNDED_UP = "Polisi mencokok dua pencuri sepeda motor di Makassar, Selasa."


def _run(nlp: Language, text: str, *, until: str | None = None) -> Doc:
    """Run the pipeline's components on `text` up to and including the stage `until`."""
    doc = nlp.make_doc(text)
    doc._.doc_id = "berita"
    doc._.reference_time = datetime(2025, 3, 4)
    for name, component in nlp.pipeline:
        doc = component(doc)
        if name == until:
            break
    return doc


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def test_event_components_run_in_order_after_the_mention_stages(nlp: Language) -> None:
    names = [name for name, _ in STAGES]
    assert names[names.index("quantities") + 1 :] == list(EVENT_STAGES)
    assert [n for n in nlp.pipe_names if n in EVENT_STAGES] == list(EVENT_STAGES)
    assert EVENT_STAGES[:6] == ("triggers", "realis", "roles", "coref", "defaults", "coding")
    problems = nlp.analyze_pipes()["problems"]
    assert not any(problems.values()), problems  # each stage's `requires` is assigned before it


def test_event_components_pipeline_loaded_once_however_its_defaults_are_written(nlp: Language) -> None:
    assert load_pipeline(triggers="rules") is nlp  # what `extract` asks for after a `load_pipeline()`
    assert load_pipeline(use_model=True, use_judge=True, triggers="rules") is nlp


@pytest.mark.parametrize(
    ("stage", "attribute", "kind", "next_attribute"),
    [
        ("triggers", "mentions", Mention, "drafts"),
        ("roles", "drafts", Draft, "merged"),
        ("roles", "attributions", Attribution, "merged"),
        ("coref", "merged", Draft, "filled"),
        ("defaults", "filled", FilledDraft, "events"),
        ("coding", "events", Event, None),
    ],
)
def test_event_components_hand_off_a_typed_list_on_doc(
    nlp: Language, stage: str, attribute: str, kind: type, next_attribute: str | None
) -> None:
    text = 'Polisi menangkap tiga tersangka di Jayapura, Senin, kata Kapolda Papua. "Mereka kami tahan," ujarnya.'
    doc = _run(nlp, text, until=stage)
    value = getattr(doc._, attribute)
    assert isinstance(value, list) and all(isinstance(v, kind) for v in value)
    if attribute != "attributions":
        assert value, f"{stage} wrote nothing on doc._.{attribute}"
    if next_attribute is not None:
        assert getattr(doc._, next_attribute) is None, "the next stage has not run yet"


def test_event_components_triggers_finds_one_arrest(nlp: Language) -> None:
    doc = _run(nlp, ARREST, until="triggers")
    [mention] = doc._.mentions
    assert (mention.event_type, mention.trigger.text) == ("COERCE", "menangkap")
    assert "arrest" in mention.mode
    assert mention.trigger.start == ARREST.index("menangkap")


def test_event_components_realis_marks_a_negated_arrest(nlp: Language) -> None:
    before = _run(nlp, NOT_ARRESTED, until="triggers")
    assert [m.negated for m in before._.mentions] == [False], "candidates carry no realis yet"
    after = _run(nlp, NOT_ARRESTED, until="realis")
    assert [(m.event_type, m.negated) for m in after._.mentions] == [("COERCE", True)]
    assert [e.negated for e in _run(nlp, NOT_ARRESTED)._.events] == [True]


def test_event_components_roles_names_the_actor_and_the_arrested(nlp: Language) -> None:
    doc = _run(nlp, ARREST, until="roles")
    [draft] = doc._.drafts
    assert [p.text for p in draft.actor] == ["Polisi"]
    assert [p.text for p in draft.recipient] == ["tersangka"]
    assert any(place.text == "Jayapura" for place in draft.locations)


def test_event_components_coref_merges_one_arrest_told_twice(nlp: Language) -> None:
    drafted = _run(nlp, TWICE_TOLD, until="roles")
    assert [d.event_type for d in drafted._.drafts] == ["COERCE", "COERCE"]
    merged = _run(nlp, TWICE_TOLD, until="coref")._.merged
    assert [(d.event_type, len(d.mentions)) for d in merged] == [("COERCE", 2)]


def test_event_components_defaults_attach_the_dead_to_the_bombing(nlp: Language) -> None:
    [filled] = _run(nlp, BOMBING, until="defaults")._.filled
    assert filled.draft.event_type == "ASSAULT"
    assert [(c.kind, c.min) for c in filled.casualties] == [("killed", 2)]
    assert filled.draft.recipient, "the dead are the victims of an attack that names none"


def test_event_components_coding_gives_the_acled_code_of_an_arrest(nlp: Language) -> None:
    [event] = _run(nlp, ARREST, until="coding")._.events
    assert event.id == "berita#1"
    assert event.acled == {"event_type": "Strategic developments", "sub_event_type": "Arrests"}
    assert event.cameo is not None and event.confidence is not None


@Language.component("test_fixed_rule_triggers")
def _fixed_rule_triggers(doc: Doc) -> Doc:
    """A stand-in for a learned trigger detector: "mencokok" is an arrest, by a fixed rule."""
    spec = TriggerSpec(event_type="COERCE", root="cokok", voice="active", mode=("arrest",))
    text, tokens = doc_text(doc), doc_tokens(doc)
    mentions = []
    for sentence in (s for s in doc._.segments if s.kind == "sentence"):
        words = within(tokens, sentence.start, sentence.end)
        for i, token in enumerate(words):
            if token.lower == "mencokok":
                trigger = Span(text[token.start : token.end], token.start, token.end)
                mentions.append(Mention(spec, "COERCE", trigger, sentence, words, index=i, last=i, mode=["arrest"]))
    put(doc, "triggers", mentions)
    return doc


def test_event_components_a_replaced_triggers_stage_feeds_the_rest(nlp: Language) -> None:
    assert not _run(nlp, ROUNDED_UP)._.events, "the rules' lexicon does not know the verb"
    replaced = build_pipeline()  # a fresh one: the process-wide pipeline stays as it is
    replaced.replace_pipe("triggers", "test_fixed_rule_triggers")
    assert replaced.pipe_names == nlp.pipe_names
    [event] = _run(replaced, ROUNDED_UP)._.events
    assert (event.event_type, event.trigger.text) == ("COERCE", "mencokok")
    assert [p.text for p in event.actor] == ["Polisi"]
    assert event.acled is not None and event.acled["sub_event_type"] == "Arrests"


def test_event_components_the_factories_before_the_split_still_run_as_composites(
    nlp: Language, example_text: str
) -> None:
    legacy = build_pipeline()
    for name in EVENT_STAGES[:6]:
        legacy.remove_pipe(name)
    legacy.add_pipe("peristiwa_events_v1", name="events", before="judge")
    legacy.add_pipe("peristiwa_merge_v1", name="merge", before="judge")
    assert [n for n in legacy.pipe_names if n not in nlp.pipe_names] == ["events", "merge"]
    expected = _run(nlp, example_text)._.events
    assert expected and _run(legacy, example_text)._.events == expected
