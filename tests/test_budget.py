"""A document over its time budget is stopped in its worker; the next documents are served."""

from __future__ import annotations

import pytest

from peristiwa.api import Failure
from peristiwa.budget import BudgetedRunner, pipe_with_budget
from peristiwa.document import Document
from peristiwa.errors import BudgetError, OptionError
from peristiwa.ingest import Record

TEXT = "Polisi menangkap tiga orang di Jayapura pada Senin (29/12/2019) pukul 11.00 WIB."


def test_a_document_over_budget_fails_and_the_next_one_is_processed() -> None:
    with BudgetedRunner(budget_seconds=300) as runner:
        runner.warm()
        stopped = runner.run(Record(id="lambat", text=TEXT * 50), budget_seconds=0.0001)
        served = runner.run(Record(id="biasa", text=TEXT))
    assert isinstance(stopped, Failure)
    assert stopped.doc_id == "lambat" and "over its budget" in stopped.error
    assert stopped.code == BudgetError.code == "over_budget"
    assert isinstance(served, Document)
    assert served.events and served.text == TEXT


def test_pipe_with_budget_keeps_order_of_documents() -> None:
    records = [Record(id=str(n), text=TEXT) for n in range(3)]
    results = list(pipe_with_budget(records, budget_seconds=300))
    assert [r.doc_id for r in results] == ["0", "1", "2"]
    assert all(isinstance(r, Document) for r in results)


def test_a_budget_that_is_not_positive_is_an_option_error() -> None:
    with pytest.raises(OptionError):
        BudgetedRunner(budget_seconds=0)
