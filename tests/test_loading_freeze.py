"""The tables built within `loading()` are kept out of later full collections (`gc.freeze`)."""

from __future__ import annotations

import gc

from peristiwa.loading import loading


def test_loading_freezes_the_objects_it_leaves_behind() -> None:
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    with loading():
        table = [{"kata": i} for i in range(1000)]
        with loading():  # a nested block freezes nothing yet
            assert gc.get_freeze_count() == 0
    assert gc.get_freeze_count() >= len(table)


def test_loading_restores_the_thresholds() -> None:
    before = gc.get_threshold()
    with loading():
        assert gc.get_threshold() != before
    assert gc.get_threshold() == before
