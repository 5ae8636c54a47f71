"""The event stages: six rule sub-components with typed hand-offs, the learned judge, then the
parties the text leaves unnamed.

Each stage reads and writes only `Doc._` attributes (and the Doc's tokens), so a learned component
that reads and writes the same attributes can take its slot (`nlp.replace_pipe(name, factory)`):

========== =============================================== ==========================================
stage      reads                                           writes
========== =============================================== ==========================================
triggers   segments (sentences), the Doc's tokens          doc.spans["triggers"] (read as mentions:
                                                           list[events.Mention]) — one per candidate
                                                           trigger, in text order, with its type,
                                                           modes and its sentence's tokens
realis     mentions                                        triggers, each with its flags set:
                                                           negated, future, content, back_reference,
                                                           prior, retaliation (a future threat
                                                           becomes THREATEN)
roles      mentions, segments, citations, entities,        drafts: list[events.Draft] — one per
           places, times, reference_time                   mention that is not `content`, with actors,
                                                           recipients, places, date, modes, sources;
                                                           attributions: list[spans.Attribution]
coref      drafts                                          merged: list[events.Draft] — one per event
                                                           (a draft absorbs the mentions of the
                                                           others, in place)
defaults   merged, segments, casualties, attributions,     filled: list[events.FilledDraft] — each
           entities                                        merged draft with its casualty figures;
                                                           dead attackers, victims and answers filled
                                                           into the draft
coding     filled, doc_id, reference_time                  events: list[spans.Event] — ids, ACLED and
                                                           CAMEO codes, confidence, dated user roles
judge      events                                          events: those the learned judge believes
parties    events, segments, entities                      events: roles the rules left empty filled
                                                           by the learned filler
unnamed    events                                          events: parties told by the event's place
========== =============================================== ==========================================

The library functions `events.draft_events` (triggers, realis, roles) and `events.finish_events`
(coref, defaults, coding) call the same step functions as these stages. The judge decides on what
the text itself names, as it was trained, so `unnamed` runs after it. See `docs/pipeline.md`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from ..actors.user import apply_dated_roles
from ..events import EventBuilder, code_events, draft_roles, fill_defaults, find_candidates, mark_realis, merge_drafts
from ..events.party_words import without_currency_states
from ..events.role_cues import party
from ..events.setting import colony_rivals, foreign_power
from ..events.unnamed import fill_unnamed
from ..learned.judge import judged_types, probabilities, threshold_of
from ..learned.parties import Context, fill_parties, has_empty_role, thresholds_of
from ..spans import Entity, Event
from .base import LANGUAGE_CONFIG, Stage, doc_list, doc_text, doc_tokens, stage_factory
from .saved import SavedModel
from .spangroups import put, values


class TriggersStage(Stage):
    """Candidate trigger mentions: lexicon forms and phrases in each sentence (`find_candidates`)."""

    def process(self, doc: Doc) -> None:
        sentences = [s for s in doc_list(doc, "segments") if s.kind == "sentence"]
        put(doc, "triggers", find_candidates(doc_text(doc), sentences, doc_tokens(doc)))


class RealisStage(Stage):
    """Whether each candidate reports an event that happened (`mark_realis`)."""

    def process(self, doc: Doc) -> None:
        mentions = doc_list(doc, "mentions")
        mark_realis(mentions)
        put(doc, "triggers", mentions)  # again: a future threat is now a THREATEN


class RolesStage(Stage):
    """The arguments of each reported mention, as a draft event (`draft_roles`)."""

    def process(self, doc: Doc) -> None:
        builder = EventBuilder(
            doc_text(doc),
            segments=doc_list(doc, "segments"),
            citations=doc_list(doc, "citations"),
            entities=doc_list(doc, "entities"),
            places=doc_list(doc, "places"),
            times=doc_list(doc, "times"),
            reference_time=doc._.reference_time,
        )
        drafts, attributions = draft_roles(builder, doc_list(doc, "mentions"))
        doc._.country = builder.country
        doc._.drafts = drafts
        doc._.attributions = attributions


class CorefStage(Stage):
    """In-document coreference: the drafts of one event become one (`merge_drafts`)."""

    def process(self, doc: Doc) -> None:
        doc._.merged = merge_drafts(doc_list(doc, "drafts"))[0]


class DefaultsStage(Stage):
    """What the whole document adds to each event: figures, dead attackers, victims, answers."""

    def process(self, doc: Doc) -> None:
        doc._.filled = fill_defaults(
            doc_list(doc, "merged"),
            segments=doc_list(doc, "segments"),
            casualties=doc_list(doc, "casualties"),
            attributions=doc_list(doc, "attributions"),
            entities=doc_list(doc, "entities"),
            text=doc.text,
        )


class CodingStage(Stage):
    """The event records: ids, ACLED/CAMEO codes, confidence, and the user's dated roles."""

    def process(self, doc: Doc) -> None:
        events = code_events(doc_list(doc, "filled"), doc_id=doc._.doc_id)
        reference = doc._.reference_time
        apply_dated_roles(events, reference.date().isoformat() if reference is not None else None)
        doc._.events = events


make_triggers_stage = stage_factory(
    "peristiwa_triggers_v1", TriggersStage, assigns=["doc._.mentions"], requires=["doc._.segments"]
)


make_realis_stage = stage_factory(
    "peristiwa_realis_v1", RealisStage, assigns=["doc._.mentions"], requires=["doc._.mentions"]
)


make_roles_stage = stage_factory(
    "peristiwa_roles_v1",
    RolesStage,
    assigns=["doc._.drafts", "doc._.attributions"],
    requires=["doc._.mentions", "doc._.segments", "doc._.entities", "doc._.places", "doc._.times"],
)


make_coref_stage = stage_factory("peristiwa_coref_v1", CorefStage, assigns=["doc._.merged"], requires=["doc._.drafts"])


make_defaults_stage = stage_factory(
    "peristiwa_defaults_v1",
    DefaultsStage,
    assigns=["doc._.filled"],
    requires=["doc._.merged", "doc._.casualties", "doc._.attributions", "doc._.entities"],
)


make_coding_stage = stage_factory(
    "peristiwa_coding_v1", CodingStage, assigns=["doc._.events"], requires=["doc._.filled"]
)


class ComposedStage(Stage):
    """Several stages run as one: the two event stages before the split into sub-components
    (`peristiwa_events_v1`: triggers, realis, roles; `peristiwa_merge_v1`: coref, defaults,
    coding), kept so that pipelines saved with them, and installs whose entry points still name
    them, load."""

    def __init__(self, name: str, steps: tuple[Stage, ...], *, language: str, lang_dir: str) -> None:
        super().__init__(name, language=language, lang_dir=lang_dir)
        self.steps = steps

    def process(self, doc: Doc) -> None:
        for step in self.steps:
            step.process(doc)


@Language.factory(
    "peristiwa_events_v1",
    assigns=["doc._.mentions", "doc._.drafts", "doc._.attributions"],
    default_config=LANGUAGE_CONFIG,
)
def make_events_stage(nlp: Language, name: str, language: str, lang_dir: str) -> ComposedStage:
    steps = (TriggersStage(name), RealisStage(name), RolesStage(name))
    return ComposedStage(name, steps, language=language, lang_dir=lang_dir)


@Language.factory(
    "peristiwa_merge_v1", assigns=["doc._.merged", "doc._.filled", "doc._.events"], default_config=LANGUAGE_CONFIG
)
def make_merge_stage(nlp: Language, name: str, language: str, lang_dir: str) -> ComposedStage:
    steps = (CorefStage(name), DefaultsStage(name), CodingStage(name))
    return ComposedStage(name, steps, language=language, lang_dir=lang_dir)


class JudgeStage(SavedModel, Stage):
    """Keeps the events the learned judge believes; each gets its probability as confidence.
    A saved pipeline carries its judge (`SavedModel`)."""

    strings = False  # a text classifier (`SavedModel.strings`)

    def __init__(
        self,
        name: str,
        *,
        make_doc: Callable[[str], Doc],
        threshold: float | None,
        enabled: bool,
        language: str,
        lang_dir: str,
    ) -> None:
        super().__init__(name, language=language, lang_dir=lang_dir)
        self.make_doc = make_doc  # the pipeline's tokenizer, for each candidate's text
        self.load_packaged("judge", enabled=enabled, configured=threshold)

    def model_loaded(self) -> None:
        model = self.model
        stored = threshold_of(model) if model is not None else 0.0
        self.threshold = self.configured if self.configured is not None else stored
        self.types = judged_types(model) if model is not None else None

    def process(self, doc: Doc) -> None:
        events = doc_list(doc, "events")
        for event in events:  # the rule stages are done with the days they carried (the judge reads them)
            event.untie_date()
        if self.model is None or not events:
            return
        kept: list[Event] = []
        dropped: list[Event] = []
        for event, p in zip(events, probabilities(self.model, events, doc_text(doc), self.make_doc), strict=True):
            if self.types is not None and event.event_type not in self.types:
                kept.append(event)  # too rare in the corpus for the judge: the rules decide
                continue
            event.confidence = round(p, 3)
            (kept if p >= self.threshold else dropped).append(event)
        doc._.events = kept
        doc._.dropped = dropped


@Language.factory(
    "peristiwa_judge_v1",
    assigns=["doc._.events"],
    requires=["doc._.events"],
    default_config={"threshold": None, "enabled": True, **LANGUAGE_CONFIG},
)
def make_judge_stage(
    nlp: Language, name: str, threshold: float | None, enabled: bool, language: str, lang_dir: str
) -> JudgeStage:
    return JudgeStage(
        name, make_doc=nlp.make_doc, threshold=threshold, enabled=enabled, language=language, lang_dir=lang_dir
    )


class PartiesStage(SavedModel, Stage):
    """Fills the roles the rules left empty with the entity the learned filler believes
    (`learned.parties`); a saved pipeline carries its model (`SavedModel`)."""

    strings = False  # a text classifier (`SavedModel.strings`)

    def __init__(self, name: str, *, enabled: bool, language: str, lang_dir: str) -> None:
        super().__init__(name, language=language, lang_dir=lang_dir)
        self.load_packaged("parties", enabled=enabled, configured=None)

    def model_loaded(self) -> None:
        self.thresholds = thresholds_of(self.model) if self.model is not None else {}

    def process(self, doc: Doc) -> None:
        events = doc_list(doc, "events")
        if self.model is None or not has_empty_role(events):
            return  # the tokens and entities are only read where a role is empty
        # a state naming a currency ("30 miliar dolar AS") is no candidate, as for the rules (`EventBuilder`)
        entities = without_currency_states(doc_text(doc), doc_list(doc, "entities"))
        ctx = Context(doc_tokens(doc), doc_list(doc, "segments"), entities)
        fill_parties(self.model, self.thresholds, ctx, events, party)


@Language.factory(
    "peristiwa_parties_v1",
    assigns=["doc._.events"],
    requires=["doc._.events"],
    default_config={"enabled": True, **LANGUAGE_CONFIG},
)
def make_parties_stage(nlp: Language, name: str, enabled: bool, language: str, lang_dir: str) -> PartiesStage:
    return PartiesStage(name, enabled=enabled, language=language, lang_dir=lang_dir)


class UnnamedStage(Stage):
    """Parties the text leaves unnamed, told by where the event happened (`events.unnamed`)."""

    def process(self, doc: Doc) -> None:
        # "10 miliar dolar AS": a state naming a currency is no partner, rival or opponent, as for the
        # rules (`EventBuilder`) and the filler
        entities = without_currency_states(doc_text(doc), values(doc, "actors", Entity))
        partner = foreign_power(entities, doc._.country, unions=True)
        rivals = colony_rivals(entities)
        fill_unnamed(
            doc_list(doc, "events"), doc._.country, doc_text(doc), partner=partner, rivals=rivals, entities=entities
        )


make_unnamed_stage = stage_factory(
    "peristiwa_unnamed_v1", UnnamedStage, assigns=["doc._.events"], requires=["doc._.events"]
)
