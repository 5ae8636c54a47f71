"""`import peristiwa` imports spaCy without its command line, which stays reachable (`peristiwa.spacy_import`).

Each test runs a fresh interpreter: in the test process spaCy is imported already."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"


def _fresh(code: str) -> object:
    out = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(SRC)!r})\n{code}"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_spacy_import_peristiwa_leaves_spacy_command_line_unimported() -> None:
    loaded = _fresh(
        "import json, peristiwa\n"
        "print(json.dumps(sorted(m for m in ('spacy.cli', 'spacy.cli.info', 'typer', 'weasel') if m in sys.modules)))"
    )
    assert loaded == []


def test_spacy_import_command_line_still_reachable_after_peristiwa() -> None:
    found = _fresh(
        "import json, peristiwa, spacy\n"
        "from spacy.cli.train import train\n"
        "from spacy.cli.info import info\n"
        "print(json.dumps([spacy.info()['spacy_version'] == spacy.__version__, spacy.cli.info is info,"
        " callable(train), 'spacy.cli.info' in sys.modules]))"
    )
    assert found == [True, True, True, True]


def test_spacy_import_nothing_done_when_spacy_came_first() -> None:
    found = _fresh(
        "import json, spacy, peristiwa\nprint(json.dumps(['spacy.cli' in sys.modules, spacy.info is spacy.cli.info]))"
    )
    assert found == [True, True]
