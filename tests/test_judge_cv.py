"""The judge's cross-validation splits the corpus by document, the same way every run."""

from __future__ import annotations

import random

import pytest

from peristiwa.errors import OptionError
from peristiwa.training.events import main as events_main
from peristiwa.training.judge_cv import FOLDS, folds_of

IDS = [f"kompas-2025-06-{i:03d}" for i in range(40)] + [f"leipzig-{i}" for i in range(23)]


def test_judge_cv_folds_are_the_same_whatever_the_order_of_the_documents() -> None:
    shuffled = IDS[:]
    random.Random(7).shuffle(shuffled)
    assert folds_of(IDS) == folds_of(shuffled)


def test_judge_cv_folds_give_each_document_one_fold_however_many_candidates_it_has() -> None:
    # a document is listed once per candidate; all its candidates fall in one fold
    repeated = [doc_id for doc_id in IDS for _ in range(3)]
    folds = folds_of(repeated)
    assert sorted(folds) == sorted(IDS)
    assert folds == folds_of(IDS)


def test_judge_cv_folds_are_even_and_change_with_the_seed() -> None:
    folds = folds_of(IDS)
    sizes = [list(folds.values()).count(k) for k in range(FOLDS)]
    assert max(sizes) - min(sizes) <= 1
    assert folds != folds_of(IDS, seed=1)


def test_judge_trained_on_dev_needs_a_threshold_chosen_elsewhere() -> None:
    with pytest.raises(OptionError):
        events_main(["--with-dev"])
