"""Document relevance: does a text report a political or conflict event at all?

Sport, business, entertainment, health and crime between private persons use the words of
attacks, arrests and meetings ("Persib menyerang", "polisi menangkap pencuri"); the rules code
them, and the judge, which sees one sentence and the headline, lets some through. This
classifier reads the beginning of the whole text (a bag of words and word pairs, a spaCy
`textcat` in its own small pipeline shipped in ``peristiwa/relevance/``, given the pipeline's
own tokens) and gives the
probability that the text reports at least one political or conflict event. The policy the
stage applies with it, chosen on the corpus's dev split, is in that pipeline's ``meta.json``.

Only documents are judged: a text shorter than `MIN_CHARS` (a sentence or two) is left to the
event judge, which already reads all of it (on the corpus's sentences a relevance classifier
added nothing to the judge).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc

from ..tokens import doc_text
from .packaged import load_model, packaged_model

LABEL = "RELEVANT"
OTHER = "IRRELEVANT"
#: characters of the text's beginning the classifier reads (0: the whole text; whole words)
CHARS = 0
#: texts shorter than this are not judged (the judge alone decides on their events)
MIN_CHARS = 400


@dataclass(frozen=True, slots=True)
class Policy:
    """What the stage does with a document's relevance `p` and each event's judge confidence:
    below `drop_below`, every event of the document goes; below `strict_below`, an event stays
    only when its confidence is at least `strict_confidence`."""

    drop_below: float = 0.0
    strict_below: float = 0.0
    strict_confidence: float = 0.0

    def keeps(self, relevance: float, confidence: float) -> bool:
        if relevance < self.drop_below:
            return False
        return relevance >= self.strict_below or confidence >= self.strict_confidence


def relevance_path() -> Path | None:
    """The packaged relevance classifier, if this install ships one."""
    return packaged_model("relevance")


load_relevance = load_model


def chars_of(nlp: Language) -> int:
    return int(nlp.meta.get("peristiwa", {}).get("chars", CHARS))


def min_chars_of(nlp: Language) -> int:
    return int(nlp.meta.get("peristiwa", {}).get("min_chars", MIN_CHARS))


def policy_of(nlp: Language) -> Policy:
    """The policy stored with the model (no effect when it stores none)."""
    stored = nlp.meta.get("peristiwa", {}).get("policy", {})
    return Policy(**{k: float(v) for k, v in stored.items()})


def document_doc(doc: Doc, chars: int = CHARS) -> Doc:
    """What the classifier reads of a document: its words (white space left out) that end
    within its first `chars` characters (0: all), as a Doc of the pipeline's own tokens. The
    model is given Docs, never text: its pipeline's tokenizer is not used, so peristiwa has
    one tokenizer, and no word is looked up again."""
    text = doc_text(doc)  # the words read from its IDX and LENGTH arrays, not Token by Token
    spans = [(i, i + n) for i, n in doc.to_array([IDX, LENGTH]).tolist()]
    words = [text[a:b] for a, b in spans if not text[a:b].isspace() and (chars <= 0 or b <= chars)]
    return Doc(doc.vocab, words=words)


def probability(nlp: Language, doc: Doc) -> float | None:
    """P(the text of `doc` reports at least one political or conflict event); None for a text
    too short to be judged."""
    if len(doc_text(doc)) < min_chars_of(nlp):
        return None
    return float(nlp(document_doc(doc, chars_of(nlp))).cats.get(LABEL, 0.0))
