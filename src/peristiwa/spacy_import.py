"""spaCy imported without its command line.

`import spacy` runs `from .cli.info import info` (for `spacy.info`), and `spacy.cli` imports every
command: typer, weasel, httpx, the project and download code — about 0.23 s of CPU, an eighth of
a fresh process's first result, none of which extraction uses. `import_spacy()` imports spaCy
with a stand-in for `spacy.cli.info` whose `info` imports the real one when called, then takes
the stand-in out again: `spacy.info(...)` still works, and `import spacy.cli` or `spacy.cli` read
as an attribute (training, `spacy.cli.download`) imports the real command line when it is asked
for. Where spaCy is imported already, nothing is done.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

_INFO = "spacy.cli.info"


def _info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`: spaCy's own, imported on the first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _cli_on_demand(name: str) -> Any:
    """`spacy.cli`, read as an attribute of `spacy` before it was imported: imported then."""
    if name == "cli":
        return importlib.import_module("spacy.cli")
    raise AttributeError(f"module 'spacy' has no attribute {name!r}")


def import_spacy() -> None:
    """Import spaCy, leaving its command line for when it is used."""
    if "spacy" in sys.modules or _INFO in sys.modules:
        return
    stand_in = types.ModuleType(_INFO, "stands in for spaCy's `info` command while spaCy is imported")
    stand_in.info = _info  # type: ignore[attr-defined]
    sys.modules[_INFO] = stand_in
    try:
        import spacy
    finally:
        if sys.modules.get(_INFO) is stand_in:
            del sys.modules[_INFO]
    if not hasattr(spacy, "__getattr__"):
        spacy.__getattr__ = _cli_on_demand  # type: ignore[method-assign]
