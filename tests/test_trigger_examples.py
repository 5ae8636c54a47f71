"""Each trigger record of `lang/id/events/triggers.yaml` carries its examples, and they are its
tests (issue #13, rules as data records): in every `examples` sentence the record gives a reported
event of its type (a mention from one of its forms, neither negated nor the content of another
act), and in every `not` sentence, where one of its forms occurs in a sense its filters leave out,
it gives none. An example the record misses is marked `xfail` in the data, with the reason."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from peristiwa.events import Mention
from peristiwa.events.lexicon import RecordExamples, load_lexicon, record_examples, record_ids
from peristiwa.pipeline import STAGES, load_pipeline

RECORDS = record_examples()
#: the stages that find and judge candidate triggers: the mention stages, then triggers and realis
UP_TO_REALIS = [name for name, _ in STAGES][: [name for name, _ in STAGES].index("realis") + 1]
#: filters that give a form another sense, each of which a `not` sentence shows
SENSE_FILTERS = ("exclude_after", "exclude_before", "object_of", "figurative_after", "requires_after")


def _cases(negative: bool) -> Iterator[object]:
    for record in RECORDS:
        for n, example in enumerate(record.not_examples if negative else record.examples, 1):
            marks = [pytest.mark.xfail(reason=example.xfail, strict=True)] if example.xfail else []
            yield pytest.param(record, example.text, id=f"{record.record}/{n}", marks=marks)


@pytest.fixture(scope="module")
def mentions() -> dict[str, list[Mention]]:
    """The candidate mentions of every example sentence, after `realis`, from one pipeline."""
    nlp: Language = load_pipeline()
    texts = sorted({e.text for r in RECORDS for e in (*r.examples, *r.not_examples)})
    enabled = [name for name in nlp.pipe_names if name in UP_TO_REALIS or name not in dict(STAGES)]
    with nlp.select_pipes(enable=enabled):
        return {text: list(doc._.mentions) for text, doc in zip(texts, nlp.pipe(texts), strict=True)}


def _reported(record: RecordExamples, mentions: list[Mention]) -> list[Mention]:
    return [
        m
        for m in mentions
        if m.spec.record == record.record and m.event_type == record.event_type and not (m.negated or m.content)
    ]


@pytest.mark.parametrize(("record", "text"), list(_cases(negative=False)))
def test_a_trigger_record_reports_an_event_of_its_type_in_each_of_its_examples(
    record: RecordExamples, text: str, mentions: dict[str, list[Mention]]
) -> None:
    found = mentions[text]
    assert _reported(record, found), f"{record.record} gives no event in {text!r}; mentions: " + ", ".join(
        f"{m.trigger.text}={m.spec.record}{' negated' if m.negated else ''}{' content' if m.content else ''}"
        for m in found
    )


@pytest.mark.parametrize(("record", "text"), list(_cases(negative=True)))
def test_a_trigger_record_reports_nothing_in_its_not_sentences(
    record: RecordExamples, text: str, mentions: dict[str, list[Mention]]
) -> None:
    assert not _reported(record, mentions[text]), f"{record.record} gives an event in {text!r}"


def test_every_trigger_record_has_an_example() -> None:
    assert [r.record for r in RECORDS] == record_ids()
    assert [r.record for r in RECORDS if not r.examples] == []


def test_every_trigger_record_with_a_sense_filter_has_a_not_sentence() -> None:
    lexicon = load_lexicon()
    filtered = {
        spec.record
        for spec in (*lexicon.words.values(), *lexicon.phrases.values())
        if any(getattr(spec, name) for name in SENSE_FILTERS)
    }
    assert sorted(r.record for r in RECORDS if r.record in filtered and not r.not_examples) == []
