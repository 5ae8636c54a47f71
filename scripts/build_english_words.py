"""Build `tests/data/english_words.txt`: English words, for the test that finds Indonesian word
literals in the code (an English word in a message or a label is not language data).

    python scripts/build_english_words.py [SHARED_DIR]

The words are those of the English sentences in `SHARED_DIR/data/english-plover` (PLOVER gold
standard records, CC BY-SA 4.0, Open Event Data Alliance; PETRARCH unit test records, MIT): a
word list only, no sentence is kept.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORD = re.compile(r"[a-z]{2,}")


def english_words(shared: Path) -> set[str]:
    folder = shared / "data" / "english-plover"
    words: set[str] = set()
    for record in json.loads((folder / "PLOVER_GSR_CAMEO.json").read_text(encoding="utf-8")):
        for key in ("text", "eventText", "context", "comment"):
            value = record.get(key)
            if isinstance(value, str):
                words.update(WORD.findall(value.lower()))
    for path in folder.glob("*.xml"):
        words.update(WORD.findall(path.read_text(encoding="utf-8", errors="replace").lower()))
    return words


def main() -> int:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    words = english_words(shared)
    out = ROOT / "tests" / "data" / "english_words.txt"
    header = "# English words from the PLOVER and PETRARCH English records (scripts/build_english_words.py)\n"
    out.write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
