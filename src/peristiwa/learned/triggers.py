"""The learned trigger tagger (issue 15): a small spaCy tagger over the pipeline's own tokens that
labels each token with the PLOVER type of the event it triggers, or `OUTSIDE`.

It is trained by ``python -m peristiwa.training triggers`` from the corpus's train split and
shipped in `peristiwa/trigger_tagger/`. Its mentions go through the same realis, argument, merging
and judging stages as the lexicon's (`peristiwa.pipeline.build_pipeline(triggers=...)`): "model"
replaces the lexicon's candidates by the tagger's, "both" adds the tagger's where no lexicon
candidate stands. A run of tokens with one type is one trigger; its record is
``LEARNED:<TYPE>``, its voice read from its first word like a lexicon phrase's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np
from spacy.language import Language
from spacy.pipeline import Tagger
from spacy.tokens import Doc

from ..events.clauses import phrase_voice
from ..events.detect import Mention, add_modes
from ..events.lexicon import TriggerSpec
from ..spans import Segment, Span
from ..tokens import Token, within

#: the label of a token that triggers no event
OUTSIDE = "O"
#: the record of a learned mention's spec: ``LEARNED:ASSAULT``
RECORD_PREFIX = "LEARNED"


def tag_probabilities(model: Language, tokens: Sequence[Token]) -> tuple[list[str], np.ndarray]:
    """The tagger's labels and, for each token, the probability of each label (rows sum to 1)."""
    tagger = model.get_pipe("tagger")
    assert isinstance(tagger, Tagger)
    doc = Doc(model.vocab, words=[t.text for t in tokens], spaces=[t.space for t in tokens])
    scores = np.asarray(tagger.model.predict([doc])[0], dtype="float32")
    scores = np.exp(scores - scores.max(axis=1, keepdims=True))
    return list(tagger.labels), scores / scores.sum(axis=1, keepdims=True)


def token_types(model: Language, tokens: Sequence[Token], threshold: float = 0.0) -> list[str]:
    """Each token's most probable label; `OUTSIDE` where that label's probability is under
    `threshold`."""
    if not tokens:
        return []
    labels, probs = tag_probabilities(model, tokens)
    best = probs.argmax(axis=1)
    return [labels[k] if probs[i, k] >= threshold else OUTSIDE for i, k in enumerate(best)]


def learned_mentions(
    model: Language, text: str, sentences: list[Segment], tokens: Sequence[Token], threshold: float = 0.0
) -> list[Mention]:
    """The tagger's trigger mentions in `sentences`, in text order, each holding its sentence's
    tokens like the lexicon's (`events.find_candidates`)."""
    if not tokens or not sentences:
        return []
    types = token_types(model, tokens, threshold)
    index = {t.start: i for i, t in enumerate(tokens)}
    out: list[Mention] = []
    for sentence in sentences:
        toks = within(tokens, sentence.start, sentence.end)
        if not toks:
            continue
        base = index[toks[0].start]
        i = 0
        while i < len(toks):
            label = types[base + i]
            if label == OUTSIDE:
                i += 1
                continue
            last = i
            while last + 1 < len(toks) and types[base + last + 1] == label:
                last += 1
            out.append(_mention(text, sentence, toks, i, last, label))
            i = last + 1
    return out


def _mention(text: str, sentence: Segment, toks: list[Token], first: int, last: int, label: str) -> Mention:
    start, end = toks[first].start, toks[last].end
    spec = TriggerSpec(event_type=label, root=toks[first].lower, voice="phrase", record=f"{RECORD_PREFIX}:{label}")
    mention = Mention(
        spec=spec,
        event_type=label,
        trigger=Span(text[start:end], start, end),
        sentence=sentence,
        tokens=toks,
        index=first,
        last=last,
    )
    mention.spec = replace(spec, voice=phrase_voice(mention))  # it acts as its first word does
    add_modes(mention)
    return mention


def combined(rules: list[Mention], learned: list[Mention]) -> list[Mention]:
    """The lexicon's mentions and the tagger's that overlap none of them, in text order."""
    added = [m for m in learned if not any(r.start < m.end and m.start < r.end for r in rules)]
    return sorted([*rules, *added], key=lambda m: (m.start, m.end))
