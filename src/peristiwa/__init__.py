"""peristiwa: Indonesian political and conflict events, typed, sourced and geocoded, offline.

>>> import peristiwa
>>> doc = peristiwa.extract(text, reference_time="2024-03-02")
>>> doc.to_json()  # a `peristiwa/1` object
"""

from .loading import loading as _loading

with _loading():  # spaCy's import and ours make many long-lived objects (`peristiwa.loading`)
    from .spacy_import import import_spacy as _import_spacy

    _import_spacy()  # before any module of ours imports spaCy: without its command line
    from .about import SCHEMA, __version__
    from .api import Failure, extract, pipe
    from .document import Document
    from .errors import InputError, PeristiwaError, ResourceError, StageError
    from .ingest import Record

__all__ = [
    "SCHEMA",
    "Document",
    "Failure",
    "InputError",
    "PeristiwaError",
    "Record",
    "ResourceError",
    "StageError",
    "__version__",
    "extract",
    "pipe",
]
