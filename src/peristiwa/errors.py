"""The one exception hierarchy, with every message written here."""

from __future__ import annotations


class PeristiwaError(Exception):
    """Base class of every error peristiwa raises on purpose. `code` names the kind for machines
    (in a `Failure`, the CLI's error lines and the server's JSON errors)."""

    code = "error"


class InputError(PeristiwaError):
    """A document could not be read or is not usable text."""

    code = "bad_input"

    def __init__(self, where: str, why: str) -> None:
        self.where = where
        self.why = why
        super().__init__(f"{where}: {why}")


class StageError(PeristiwaError):
    """A pipeline stage failed on a document."""

    code = "stage_failed"

    def __init__(self, stage: str, doc_id: str | None, cause: BaseException) -> None:
        self.stage = stage
        self.doc_id = doc_id
        self.cause = cause
        super().__init__(f"stage {stage!r} failed on document {doc_id or '<unnamed>'}: {cause!r}")


class ResourceError(PeristiwaError):
    """A packaged resource (model, gazetteer, language data) is missing or malformed."""

    code = "resource_missing"

    def __init__(self, resource: str, why: str) -> None:
        super().__init__(f"resource {resource}: {why}")


class OptionError(PeristiwaError):
    """A user-supplied option has a bad value."""

    code = "bad_option"

    def __init__(self, option: str, value: object, why: str) -> None:
        super().__init__(f"option {option}={value!r}: {why}")


# Messages for InputError, kept together so that wording stays consistent.
EMPTY_DOCUMENT = "document is empty (no text after decoding)"
NOT_UTF8 = "not valid UTF-8 text (byte {byte:#04x} at offset {offset})"
BINARY = "looks like a binary file (contains NUL bytes), not text"
BAD_JSONL = "line {line}: not a JSON object ({why})"
BAD_FIELD = "line {line}: field {field!r} must be {kind}"
BAD_TIME = "reference time {value!r} is not an ISO 8601 date or datetime"
TIME_RANGE = "reference time {value!r} is outside the years {first}-{last}"
SURROGATE = "lone surrogate U+{point:04X} at character {offset} (not Unicode text)"
NUL_CHAR = "NUL character at character {offset} (binary data, not text)"
NOT_TEXT = "field {field!r} must be a string, not {kind}"


class StoreError(PeristiwaError):
    """The event store cannot be opened, or a request to it is not valid."""

    code = "store_error"

    def __init__(self, where: str, why: str) -> None:
        self.where = where
        self.why = why
        super().__init__(f"{where}: {why}")


class BudgetError(PeristiwaError):
    """A document used more than its time budget; its worker was stopped and replaced."""

    code = "over_budget"

    def __init__(self, doc_id: str | None, seconds: float) -> None:
        self.doc_id = doc_id
        self.seconds = seconds
        super().__init__(f"document {doc_id or '<unnamed>'}: over its budget of {seconds:g} s, stopped")


class WorkerError(PeristiwaError):
    """An error that a worker process reported for a document, carried back with its code."""

    def __init__(self, message: str, code: str | None) -> None:
        self.code = code or PeristiwaError.code
        super().__init__(message)
