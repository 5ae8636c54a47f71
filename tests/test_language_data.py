"""Indonesian lives in data files, not in code: no Indonesian word literal or word-bearing regex
in a `.py` file outside the language package (`peristiwa/lang/`).

A word counts as Indonesian when it appears in the package's own language data (the string
values of its YAML files and its word lists, in the language package `lang/` and in the stages'
`data/` folders, names of actors left out) and is neither an English word
(`tests/data/english_words.txt`, built by `scripts/build_english_words.py`) nor an identifier the
code uses. Docstrings are documentation and are not scanned.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import yaml

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "peristiwa"
ENGLISH = Path(__file__).parent / "data" / "english_words.txt"
NOT_INDONESIAN = Path(__file__).parent / "data" / "not_indonesian.txt"
WORD = re.compile(r"[a-z]{2,}")
ESCAPE = re.compile(r"\\[A-Za-z]")
#: folders whose data are names (actors) or corpus selection lists, not the language
NOT_LANGUAGE = {"actors", "corpus"}


#: keys whose values are notes in English, not Indonesian vocabulary (an example's xfail reason)
_NOTE_KEYS = frozenset({"xfail"})


def _leaves(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in _NOTE_KEYS:
                yield from _leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item)
    elif isinstance(value, str):
        yield value


@cache
def indonesian_words() -> frozenset[str]:
    words: set[str] = set()
    for path in PACKAGE.rglob("*"):
        parts = set(path.relative_to(PACKAGE).parts)
        if not parts & {"data", "lang"} or NOT_LANGUAGE & parts:
            continue
        if path.suffix == ".txt":
            leaves: list[str] = [path.read_text(encoding="utf-8")]
        elif path.suffix == ".yaml":
            leaves = list(_leaves(yaml.safe_load(path.read_text(encoding="utf-8"))))
        else:
            continue
        for leaf in leaves:
            words.update(WORD.findall(leaf.lower()))
    english = _word_list(ENGLISH) | _word_list(NOT_INDONESIAN)
    return frozenset(words - english - _identifiers())


def _word_list(path: Path) -> set[str]:
    lines = (line.split("#", 1)[0] for line in path.read_text(encoding="utf-8").splitlines())
    return {word for line in lines for word in line.split()}


def _code_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "lang" not in p.relative_to(PACKAGE).parts)


@cache
def _identifiers() -> frozenset[str]:
    names: set[str] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = getattr(node, "id", None) or getattr(node, "attr", None) or getattr(node, "arg", None)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                name = node.name
            if isinstance(name, str):
                names.update(name.lower().split("_"))
    return frozenset(names)


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def word_literals(path: Path) -> list[tuple[int, str, list[str]]]:
    """(line, literal, its Indonesian words) for each Indonesian-bearing string constant."""
    vocabulary = indonesian_words()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            plain = ESCAPE.sub(" ", node.value).lower()  # r"\bkemarin\b" holds the word kemarin
            words = [w for w in WORD.findall(plain) if w in vocabulary]
            if words:
                found.append((node.lineno, node.value, words))
    return sorted(found)


def test_the_language_data_is_indonesian_and_large_enough_to_check_against() -> None:
    words = indonesian_words()
    assert {"yang", "serang", "pukul", "kemarin", "tewas"} <= words
    assert not {"the", "attack", "killed"} & words


def test_a_word_literal_is_found_and_a_docstring_or_message_is_not(tmp_path: Path) -> None:
    code = tmp_path / "sample.py"
    code.write_text(
        '"""Finds \'kemarin\' (a docstring)."""\nCUE = r"\\bkemarin\\b"\nMESSAGE = "the file was not found"\n',
        encoding="utf-8",
    )
    assert word_literals(code) == [(2, r"\bkemarin\b", ["kemarin"])]


def test_no_indonesian_word_literal_in_code_outside_the_language_package() -> None:
    found = [
        f"{path.relative_to(PACKAGE).as_posix()}:{line}: {literal[:70]!r} ({', '.join(words)})"
        for path in _code_files()
        for line, literal, words in word_literals(path)
    ]
    assert not found, f"{len(found)} Indonesian literals in code (move them to the language data):\n" + "\n".join(found)


def test_an_examples_xfail_note_in_english_is_not_taken_for_indonesian_vocabulary() -> None:
    example = {"text": "Orang tak dikenal menembak warga di Intan Jaya.", "xfail": "read as negated"}
    assert list(_leaves([example, "Polisi menangkap dua orang."])) == [
        "Orang tak dikenal menembak warga di Intan Jaya.",
        "Polisi menangkap dua orang.",
    ]


def _lists(value: object) -> Iterator[list[object]]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _lists(item)
    elif isinstance(value, list):
        yield value
        for item in value:
            yield from _lists(item)


def test_no_word_list_holds_a_bare_yes_or_no_that_yaml_reads_as_a_boolean() -> None:
    # YAML 1.1 reads a bare `no`, `yes`, `on` or `off` as a boolean: "no" (the abbreviation of
    # "nomor") in a guard list once became False and its guard never fired
    found = []
    for path in sorted(PACKAGE.rglob("*.yaml")):
        for words in _lists(yaml.safe_load(path.read_text(encoding="utf-8"))):
            if any(isinstance(w, bool) for w in words) and any(isinstance(w, str) for w in words):
                found.append(f"{path.relative_to(PACKAGE)}: {words[:8]}")
    assert found == []
