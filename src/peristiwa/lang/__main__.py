"""`python -m peristiwa.lang check [DIR ...]`: check language folders against the schemas.

Each DIR is a language folder (`src/peristiwa/lang/id`, or `<lang_dir>/<code>` of a second
language); every file or key that is missing, unknown or of the wrong type is printed, one a
line, and the exit status is 1. Without DIR the packaged languages and the stages' policy and
world data are checked."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .validate import Problem, check_language, check_stage_data, packaged_languages


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m peristiwa.lang", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check language folders (default: the packaged data)")
    check.add_argument("folders", nargs="*", type=Path, metavar="DIR", help="a language folder: <lang_dir>/<code>")
    args = parser.parse_args(argv)
    found: list[Problem] = []
    if args.folders:
        for folder in args.folders:
            if not folder.is_dir():
                parser.error(f"{folder} is not a folder")
            found += check_language(folder)
    else:
        for folder in packaged_languages():
            found += check_language(folder, f"lang/{folder.name}")
        found += check_stage_data()
    for problem in found:
        print(problem)
    if any(p.message.startswith("no schema") for p in found):
        print("a new file needs a schema: scripts/draft_data_schema.py drafts one", file=sys.stderr)
    checked = ", ".join(str(f) for f in args.folders) or "the packaged data"
    print(f"{checked}: {len(found)} problem{'' if len(found) == 1 else 's'}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
