"""The trigger lexicon: roots and phrases from `lang/id/events/triggers.yaml`, expanded to surface forms."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any

import yaml

from ..errors import ResourceError
from ..lang import data_mapping, data_name, data_yaml, language_cache
from ..lang.active import language_lru_cache
from ..resources import load_yaml
from ..tokens import Lexicon, key_of
from .morph import inflect, morphology, single

PLOVER_TYPES = frozenset(
    {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }
)


@dataclass(frozen=True, slots=True)
class TriggerSpec:
    """What a surface form (or phrase) means: type, modes, voice and the cues it needs."""

    event_type: str
    root: str
    voice: str  # active, passive, stative, middle, noun, base, phrase
    mode: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    requires_after: tuple[str, ...] = ()  # cues of which one must follow the form (who a hope is addressed to)
    subject_cues: tuple[str, ...] = ()  # cues of `requires` only on the subject's side (the crowd protesting)
    name_after: bool = False  # a name right after the form stands for the `requires` cues ("merebut Larsa")
    name_after_before: tuple[str, ...] = ()  # with `name_after`: only after one of these ("dalam Perang Banjar")
    name_after_in: tuple[str, ...] = ()  # with `name_after`: a name after one of these, anywhere ("perang di Gaza")
    unless: tuple[str, ...] = ()  # cue words of which none may occur within `window` (a later record's sense)
    window: int = 8
    unless_window: int | None = None  # how far the `unless` cues reach, where not `window`
    exclude_before: tuple[str, ...] = ()
    exclude_after: tuple[str, ...] = ()  # next words that give the form another sense ("setuju bahwa": an opinion)
    figurative_after: tuple[str, ...] = ()  # objects that make it a figure of speech ("perang melawan narkoba")
    object_of: tuple[str, ...] = ()  # verbs before a nominal form that make it a thing ("merakit bom")
    record: str = ""  # the record of triggers.yaml it comes from ("ASSAULT:serang"): see `record_ids`
    light: bool = False  # a light verb and the noun that names the act ("menyatakan dukungan"): see `_light_phrases`
    between_states: bool = False  # an event only when its named parties are of two states: see `assemble.of_two_states`


@dataclass(frozen=True, slots=True)
class Triggers:
    """The trigger forms: one-word forms, and phrases by their token keys."""

    words: dict[str, TriggerSpec]
    phrases: dict[tuple[str, ...], TriggerSpec]
    #: the phrases of two or more tokens, for matching at a token (longest first)
    table: Lexicon[TriggerSpec]
    #: later records of a one-word form that an earlier record has (in file order): tried when the
    #: earlier one's filters leave the form out ("dituntut … penjara" ACCUSE, else REQUEST)
    fallbacks: dict[str, tuple[TriggerSpec, ...]] = field(default_factory=dict)

    def specs_of(self, word: str) -> tuple[TriggerSpec, ...]:
        """The records of a one-word form, the first in file order first."""
        first = self.words.get(word)
        return () if first is None else (first, *self.fallbacks.get(word, ()))


def _data(name: str) -> Any:
    path = resources.files(__package__) / "data" / name
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise ResourceError(f"events/data/{name}", str(err)) from err


def _spec(event_type: str, entry: dict[str, Any], root: str, voice: str, record: str) -> TriggerSpec:
    return TriggerSpec(
        light=bool(entry.get("light")),
        event_type=event_type,
        root=root,
        voice=voice,
        mode=tuple(entry.get("mode") or ()),
        requires=tuple(entry.get("requires") or ()),
        requires_after=tuple(entry.get("requires_after") or ()),
        subject_cues=tuple(entry.get("subject_cues") or ()),
        name_after=bool(entry.get("name_after")),
        name_after_before=tuple(entry.get("name_after_before") or ()),
        name_after_in=tuple(entry.get("name_after_in") or ()),
        unless=tuple(entry.get("unless") or ()),
        window=int(entry.get("window", 8)),
        unless_window=int(entry["unless_window"]) if "unless_window" in entry else None,
        exclude_before=tuple(entry.get("exclude_before") or ()),
        exclude_after=tuple(entry.get("exclude_after") or ()),
        figurative_after=tuple(entry.get("figurative_after") or ()),
        object_of=tuple(entry.get("object_of") or ()),
        record=record,
        between_states=bool(entry.get("between_states")),
    )


def _records() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(record id, section, entry) of every record of triggers.yaml, in file order. The id is
    "TYPE:root" or "TYPE:the phrase" ("#2" on a second record of the same root)."""
    raw = data_yaml("events", "triggers.yaml")
    seen: set[str] = set()
    for key, entries in raw.items():
        event_type = key.removesuffix("_phrases")
        if event_type not in PLOVER_TYPES:
            raise ResourceError(data_name("events", "triggers.yaml"), f"unknown PLOVER type {key!r}")
        for entry in entries:
            name = str(entry["phrase"]).lower() if key.endswith("_phrases") else str(entry["root"])
            record, n = f"{event_type}:{name}", 1
            while record in seen:
                n += 1
                record = f"{event_type}:{name}#{n}"
            seen.add(record)
            yield record, key, entry


def record_ids() -> list[str]:
    """Every trigger record's id, in file order."""
    return [record for record, _, _ in _records()]


@dataclass(frozen=True, slots=True)
class Example:
    """A sentence of a record's `examples` (it gives an event of the record's type from one of
    its forms) or `not` list (a form occurs, in a sense the record's filters leave out)."""

    text: str
    xfail: str = ""  # why the record misses it on good Indonesian: a finding for the rule owners


@dataclass(frozen=True, slots=True)
class RecordExamples:
    """A trigger record's examples, which are its tests (`tests/test_trigger_examples.py`)."""

    record: str
    event_type: str
    examples: tuple[Example, ...]
    not_examples: tuple[Example, ...]


def _examples(items: list[Any] | None) -> tuple[Example, ...]:
    return tuple(
        Example(str(item["text"]), str(item.get("xfail", ""))) if isinstance(item, dict) else Example(str(item))
        for item in items or ()
    )


def record_examples() -> list[RecordExamples]:
    """Every trigger record's `examples` and `not` sentences, in file order (the lexicon itself
    ignores them)."""
    return [
        RecordExamples(
            record=record,
            event_type=key.removesuffix("_phrases"),
            examples=_examples(entry.get("examples")),
            not_examples=_examples(entry.get("not")),
        )
        for record, key, entry in _records()
    ]


#: records left out of the lexicon (`without_records`), for ablations
_disabled: frozenset[str] = frozenset()


@contextmanager
def without_records(records: frozenset[str]) -> Iterator[None]:
    """The lexicon without `records` inside the block (one process; not thread-safe)."""
    global _disabled
    before, _disabled = _disabled, records
    try:
        yield
    finally:
        _disabled = before


def load_lexicon() -> Triggers:
    """The compiled lexicon (cached), without the records `without_records` leaves out."""
    return _compile(_disabled)


def compiled_lexicon() -> Triggers:
    """The compiled lexicon with every record (what an ablation leaves out included)."""
    return _compile(frozenset())


def _add_word(
    words: dict[str, TriggerSpec], fallbacks: dict[str, list[TriggerSpec]], form: str, spec: TriggerSpec
) -> None:
    """`form` means `spec`, unless an earlier record has it: then `spec` is its fallback."""
    if form in words:
        fallbacks.setdefault(form, []).append(spec)
    else:
        words[form] = spec


@language_cache
def light_verbs() -> frozenset[str]:
    """Every light verb of `light_verbs` (context.yaml), whatever its class."""
    return frozenset(str(verb).lower() for verbs in context_data()["light_verbs"].values() for verb in verbs)


def _light_phrases(entry: dict[str, Any], record: str) -> list[tuple[str, ...]]:
    """The trigger phrases of a noun that names an act told by a light verb: each verb of the
    record's classes (`light_verbs` of context.yaml) before the noun, or before the noun with the
    possessive "-nya" ("menyatakan dukungannya"). The noun alone is none ("soal dukungan")."""
    classes = context_data()["light_verbs"]
    noun = key_of(str(entry["phrase"]).lower())
    nouns = [noun, (*noun[:-1], noun[-1] + morphology().clitic)]
    out: list[tuple[str, ...]] = []
    for name in entry["light"]:
        if name not in classes:
            raise ResourceError(data_name("events", "triggers.yaml"), f"{record}: unknown light verb class {name!r}")
        out += [(*key_of(str(verb).lower()), *n) for verb in classes[name] for n in nouns]
    return out


@language_lru_cache(maxsize=8)
def _compile(disabled: frozenset[str]) -> Triggers:
    words: dict[str, TriggerSpec] = {}
    fallbacks: dict[str, list[TriggerSpec]] = {}
    phrases: dict[tuple[str, ...], TriggerSpec] = {}
    for record, key, entry in _records():
        if record in disabled:
            continue
        event_type = key.removesuffix("_phrases")
        if key.endswith("_phrases") and entry.get("light"):
            spec = _spec(event_type, entry, str(entry["phrase"]).lower(), "phrase", record)
            phrases.update(dict.fromkeys(_light_phrases(entry, record), spec))
            continue
        if key.endswith("_phrases"):
            tokens = key_of(str(entry["phrase"]).lower())
            # a phrase of a light verb ("menyatakan keberatan") is told by the verb's subject
            phrases[tokens] = replace(
                _spec(event_type, entry, " ".join(tokens), "phrase", record), light=tokens[0] in light_verbs()
            )
            if len(tokens) == 1:  # a phrase of one token ("huru-hara") is looked up as a word
                _add_word(words, fallbacks, tokens[0], phrases[tokens])
            continue
        root = str(entry["root"])
        forms = inflect(root, families=tuple(entry.get("families") or ("active", "passive", "noun")))
        only = set(entry.get("only") or ())
        if only:
            forms = {f: v for f, v in forms.items() if f in only or single(f) in only}
            for form in sorted(only - set(forms)):  # sorted: the table's order is no hash seed's
                forms[form] = "base" if form == root else "active"
        excluded = set(entry.get("exclude") or ())
        forms = {f: v for f, v in forms.items() if f not in excluded and single(f) not in excluded}
        for form, voice in forms.items():  # looked up lower-cased; an acronym root keeps its capitals
            _add_word(words, fallbacks, form.lower(), _spec(event_type, entry, root, voice, record))
    table: Lexicon[TriggerSpec] = Lexicon()
    for tokens, spec in phrases.items():
        if len(tokens) > 1:
            table.add(tokens, spec)
    return Triggers(
        words=words, phrases=phrases, table=table, fallbacks={w: tuple(specs) for w, specs in fallbacks.items()}
    )


@language_cache
def context_data() -> dict[str, Any]:
    """The event rules' words (negation, modality, mode cues: `lang/id/events/context.yaml`) and
    their policy (PLOVER type, sector and mode choices: `events/data/policy.yaml`), in one mapping;
    a key in both is an error."""
    words = data_mapping("events", "context.yaml")
    policy = _data("policy.yaml")
    if not isinstance(policy, dict):
        raise ResourceError("events/data/policy.yaml", "expected a mapping")
    both = sorted(set(words) & set(policy))
    if both:
        raise ResourceError("events/data/policy.yaml", f"keys also in the language data: {', '.join(both)}")
    return {**words, **policy}


def implicit_data() -> dict[str, dict[str, Any]]:
    """The unnamed-party table of `data/implicit.yaml`, by role and type."""
    loaded = _data("implicit.yaml") or {}
    if not isinstance(loaded, dict):
        raise ResourceError("events/data/implicit.yaml", "expected a mapping")
    return {role: dict(loaded.get(role) or {}) for role in ("actor", "recipient")}
