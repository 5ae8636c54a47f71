"""The model's NER in bounded windows: same names at the same offsets as on the whole text."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from peristiwa.pipeline import load_pipeline
from peristiwa.pipeline.windows import WINDOW_TOKENS, WindowedComponent, windows

TEXT = (
    "Presiden Joko Widodo meresmikan bendungan di Kabupaten Bogor pada Senin.\n"
    "Gubernur Anies Baswedan bertemu warga Jakarta Utara, sementara polisi menangkap tiga orang. "
) * 20


def test_windows_cover_the_document_in_order_and_end_at_sentence_ends() -> None:
    doc = load_pipeline().make_doc(TEXT)
    ranges = list(windows(doc, size=40))
    assert ranges[0][0] == 0 and ranges[-1][1] == len(doc)
    assert all(a[1] == b[0] for a, b in pairwise(ranges))
    assert all(0 < end - start <= 40 for start, end in ranges)
    last = [doc[end - 1] for _, end in ranges[:-1]]
    assert all(t.text == "." or "\n" in t.text + t.whitespace_ for t in last)


def test_windowed_names_have_the_offsets_of_the_whole_text() -> None:
    nlp = load_pipeline()
    if "model_ner" not in nlp.component_names:
        pytest.skip("no packaged model")
    model_ner = nlp.get_pipe("model_ner")
    whole = model_ner(nlp.make_doc(TEXT))
    windowed = WindowedComponent(model_ner, size=40)(nlp.make_doc(TEXT))
    names = {(e.start_char, e.end_char, e.label_) for e in windowed.ents}
    assert names and names == {(e.start_char, e.end_char, e.label_) for e in whole.ents}
    assert all(TEXT[s:e] for s, e, _ in names)


def test_a_text_over_spacys_default_limit_is_accepted() -> None:
    assert load_pipeline().max_length >= 5_000_000


def test_windowed_ner_pipe_streams_batch_by_batch() -> None:
    """A stream of documents is consumed one batch at a time, not read whole first."""
    vocab = Vocab()
    taken: list[int] = []

    def stream() -> Iterator[Doc]:
        for i in range(10):
            taken.append(i)
            yield Doc(vocab, words=["Polisi", "menangkap", "tersangka", str(i)])

    component = WindowedComponent(lambda d: d)
    out = component.pipe(stream(), batch_size=3)
    first = next(out)
    assert first[3].text == "0" and len(taken) == 3  # only the first batch was read
    assert [d[3].text for d in [first, *out]] == [str(i) for i in range(10)]


def test_windowed_ner_finds_the_entities_of_a_document_longer_than_a_window() -> None:
    """A text over the window size gets the same entities, window by window, as each of its
    windows would get alone (the windows keep the tokenizer's norms and sentence starts)."""
    nlp = load_pipeline()
    paragraph = "Presiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim di Jakarta pada Senin. "
    text = paragraph * 200  # about 2,800 tokens: two windows
    doc = nlp(text)
    assert len(doc) > WINDOW_TOKENS
    people = [e.text for e in doc.ents if e.label_ == "PER"]
    assert len(people) >= 380 and {"Joko Widodo", "Anwar Ibrahim"} <= set(people)
    first, second = people[: len(people) // 2], people[len(people) // 2 :]
    assert set(first) == set(second)  # the second window finds what the first one does
