"""The model's NER and tagger in bounded windows of tokens, so that their memory does not grow with
the length of a document or of a sentence (the network's activations for a whole 100 KB text
without full stops took ~4 KB of memory per character). spaCy has no windowing of its own for a
CNN component; the loop is short. Windows end after a full stop or a line break near their end
when there is one; entities and tags are mapped back onto the document's own tokens, so offsets
stay those of the text. The tagger predicts UPOS into `token.tag_`; its wrapper also sets
`token.pos_` (what the packaged pipeline's attribute ruler does, at a tenth of its cost)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, cast

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, LOWER, NORM, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc, Span
from spacy.util import minibatch
from thinc.types import Ints2d

from ..lang import LANGUAGE, using_language
from ..tokens import unquote
from .base import doc_text
from .pos_cues import pos_cue_words

WINDOW_TOKENS = 1500  # tokens per window; a news paragraph is far shorter
_LOOK_BACK = 300  # how far back from a window's end to look for a sentence end
_ENDS = frozenset({".", "!", "?", ";"})


def windows(doc: Doc, size: int = WINDOW_TOKENS, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) token ranges covering `doc` (or its tokens `start` to `end`), each at most
    `size` tokens, cut after a sentence end or a line break when one is near the end of the
    window."""
    n = len(doc) if end is None else end
    while start < n:
        end = min(start + size, n)
        if end < n:
            for i in range(end - 1, max(start, end - _LOOK_BACK), -1):
                token = doc[i]
                if token.text in _ENDS or "\n" in token.whitespace_ or "\n" in token.text:
                    end = i + 1
                    break
        yield start, end
        start = end


_WINDOW_ATTRS = [IDX, LENGTH, SPACY, SENT_START, NORM]


def _window_doc(tokens: Span, rows: numpy.ndarray[Any, Any] | None = None) -> Doc:
    """A Doc of a window's tokens with what the model reads of them: text, spacing, the
    segmenter's sentence starts and the tokenizer's norms ("yg" → "yang"). `Span.as_doc` would
    copy the whole document's arrays for each window, quadratic in the document's length.
    `rows`: the document's `_WINDOW_ATTRS` array when the caller has it (read once per document)."""
    doc, start = tokens.doc, tokens.start
    # from the document's arrays: a Token object made per token and attribute cost more than the rest
    if rows is None:
        rows = doc.to_array(_WINDOW_ATTRS)
    part = rows[start : tokens.end]
    text = doc_text(doc)
    window = Doc(
        doc.vocab,
        words=[text[i : i + n] for i, n in part[:, 0:2].tolist()],
        spaces=[bool(x) for x in part[:, 2].tolist()],
        sent_starts=[1, *part[1:, 3].astype("int64").tolist()],  # 1 a start, -1 not one, 0 unknown
    )
    for i in numpy.flatnonzero(window.to_array([NORM]) != part[:, 4]).tolist():
        window[i].norm_ = doc[start + i].norm_
    return window


class WindowedComponent:
    """Wraps a spaCy component that sets `doc.ents`: short documents go through it whole (and in
    batches by `pipe`), long ones window by window."""

    def __init__(self, inner: Callable[[Doc], Doc], size: int = WINDOW_TOKENS) -> None:
        self.inner = inner
        self.size = size

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) <= self.size:
            return self.done(self.inner(doc))
        ents: list[Span] = []
        for start, part in self.parts(doc):
            ents.extend(Span(doc, start + e.start, start + e.end, label=e.label_) for e in part.ents)
        doc.ents = ents
        return doc

    def parts(self, doc: Doc) -> Iterator[tuple[int, Doc]]:
        """(first token, the inner component's output) of each window of a long `doc`: a new Doc
        of the window's tokens (Span.as_doc copies the whole document's arrays for each window:
        quadratic in the document's length)."""
        rows = doc.to_array(_WINDOW_ATTRS)
        for start, end in windows(doc, self.size):
            yield start, self.inner(_window_doc(doc[start:end], rows))

    def done(self, doc: Doc) -> Doc:
        """What follows the inner component on a whole document (nothing for the NER)."""
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128, **kwargs: Any) -> Iterator[Doc]:
        """Batch by batch (a stream is never held whole): short documents of a batch through the
        inner component's own `pipe`, long ones window by window, in their order."""
        inner_pipe = getattr(self.inner, "pipe", None)
        for batch in minibatch(docs, size=batch_size):  # type: ignore[no-untyped-call]
            if inner_pipe is not None and all(len(d) <= self.size for d in batch):
                yield from (self.done(d) for d in inner_pipe(batch, batch_size=batch_size, **kwargs))
            else:
                yield from (self(d) for d in batch)


class WindowedTagger(WindowedComponent):
    """A tagger of UPOS tags through windows; its tags are also set as `token.pos_`. With `cues`,
    only the sentences that hold one of those words (lower-cased) are tagged — where the later
    stages read tags (`pos_cues`) — and the other tokens keep no tag. The light tagger's network
    sees one token on each side (MODEL.md), so each sentence is tagged with one more token on
    each side and gets the tags a whole-document run gives it."""

    def __init__(self, inner: Callable[[Doc], Doc], size: int = WINDOW_TOKENS, cues: frozenset[str] | None = None):
        super().__init__(inner, size)
        self.cues = cues
        self.cued_words: dict[int, bool] = {}  # a word's LOWER hash → whether it is a cue (`_cued`)

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128, **kwargs: Any) -> Iterator[Doc]:
        """Batch by batch: the parts to tag of every document of a batch through the inner
        component's `pipe` together, their tags written back."""
        inner_pipe = getattr(self.inner, "pipe", None)
        for batch in minibatch(docs, size=batch_size):  # type: ignore[no-untyped-call]
            jobs = [(doc, start, end, lo, hi) for doc in batch for start, end, lo, hi in self._parts(doc)]
            rows = {id(doc): doc.to_array(_WINDOW_ATTRS) for doc in batch}
            parts = [_window_doc(doc[start:end], rows[id(doc)]) for doc, start, end, _, _ in jobs]
            tagged = inner_pipe(parts, batch_size=batch_size, **kwargs) if inner_pipe else map(self.inner, parts)
            tags = {id(doc): numpy.zeros((len(doc), 1), dtype="uint64") for doc in batch}
            for (doc, start, _, lo, hi), part in zip(jobs, tagged, strict=True):
                tags[id(doc)][lo:hi] = part.to_array([TAG])[lo - start : hi - start].reshape(-1, 1)
            for doc in batch:
                doc.from_array([TAG], cast(Ints2d, tags[id(doc)]))
                yield self.done(doc)

    def _parts(self, doc: Doc) -> Iterator[tuple[int, int, int, int]]:
        """(start, end) of each Doc to run the tagger on and (lo, hi) of the tokens whose tags
        are kept: the whole document's windows, or the cued sentences with a token of context."""
        if self.cues is None:
            for start, end in windows(doc, self.size):
                yield start, end, start, end
            return
        for lo, hi in _runs(_cued(doc, self.cues, self.cued_words)):
            for a, b in windows(doc, self.size, lo, hi):
                yield max(a - 1, 0), min(b + 1, len(doc)), a, b

    def done(self, doc: Doc) -> Doc:
        """`token.pos_` from the tags; whitespace tokens (which the model tags too) as SPACE."""
        tags, spaces = doc.to_array([TAG]), doc.to_array([IS_SPACE]).astype(bool)
        kinds, where = numpy.unique(tags, return_inverse=True)
        strings = doc.vocab.strings
        ids = numpy.array([IDS.get(strings[int(h)], 0) if h else 0 for h in kinds], dtype="uint64")
        pos = ids[where].reshape(tags.shape)
        pos[spaces] = IDS["SPACE"]
        doc.from_array([POS], cast(Ints2d, pos))
        return doc


def _cued(doc: Doc, cues: frozenset[str], known: dict[int, bool] | None = None) -> list[tuple[int, int]]:
    """(start, end) token ranges of the sentences of `doc` holding a word of `cues`. Each word is
    looked up once by the hash of its lower case (`known` keeps the answers between documents),
    from the LOWER array rather than a Token object per token."""
    known = {} if known is None else known
    strings = doc.vocab.strings
    lowers = doc.to_array(LOWER).tolist()
    present = set(lowers)
    for word in present.difference(known):
        known[word] = unquote(strings[word]) in cues
    cued = {word for word in present if known[word]}  # the document's cue words
    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    return [(s.start, s.end) for s in sentences if not cued.isdisjoint(lowers[s.start : s.end])]


def _runs(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adjacent ranges joined (so a run of cued sentences is tagged as one text)."""
    out: list[tuple[int, int]] = []
    for start, end in ranges:
        if out and out[-1][1] == start:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


@Language.factory("peristiwa_windowed_ner_v1")
def make_windowed_ner(nlp: Language, name: str) -> WindowedComponent:
    """The model's NER (renamed `model_ner` and disabled) run through windows."""
    return WindowedComponent(nlp.get_pipe("model_ner"))


@Language.factory(
    "peristiwa_windowed_tagger_v1",
    default_config={"cued_only": True, "language": LANGUAGE, "lang_dir": ""},
)
def make_windowed_tagger(nlp: Language, name: str, cued_only: bool, language: str, lang_dir: str) -> WindowedTagger:
    """The model's light tagger (renamed `model_tagger` and disabled) run through windows; with
    `cued_only`, only in the sentences where later stages read tags (`pos_cues`)."""
    cues = None
    if cued_only:
        with using_language(language, lang_dir or None):
            cues = pos_cue_words()
    return WindowedTagger(nlp.get_pipe("model_tagger"), cues=cues)
