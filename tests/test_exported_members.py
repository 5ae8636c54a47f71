"""The public surface: `__all__` is complete and every name exists; CLI commands are documented."""

from __future__ import annotations

from pathlib import Path

import peristiwa
from peristiwa.cli import app

ROOT = Path(__file__).resolve().parent.parent


def test_exported_members_exist() -> None:
    for name in peristiwa.__all__:
        assert hasattr(peristiwa, name), name


def test_exported_members_include_the_api() -> None:
    assert {"extract", "pipe", "Document", "Record", "PeristiwaError"} <= set(peristiwa.__all__)


def test_docs_readme_documents_every_cli_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in app.registered_commands:
        name = command.name or (command.callback.__name__ if command.callback else "")
        assert f"peristiwa {name}" in readme, name


def test_docs_readme_starts_with_the_two_commands() -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    block = lines[lines.index("```bash") + 1 : lines.index("```bash") + 3]
    assert "pip install" in block[0] and "peristiwa extract examples/" in block[0]
    assert "pytest" in block[1]
    assert block[1].split()[-3:] == (ROOT / ".ci" / "run").read_text().strip().splitlines()[-1].split()[-3:]


def test_docs_readme_documents_every_store_command() -> None:
    from peristiwa.store.cli import store_app

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in store_app.registered_commands:
        assert f"peristiwa store {command.name}" in readme, command.name
