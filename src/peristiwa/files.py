"""Output files written atomically: into a temporary file beside the target, renamed over it only
when writing ended without an error. An interrupted run leaves the old file (or none), never a
truncated JSON or GeoJSON document; the standard library's `os.replace` is atomic on one file
system, which is why the temporary file sits in the target's directory."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

# The process's umask, read once: a finished file gets the permissions `open` would give it
# (mkstemp makes its file readable by the owner only).
_UMASK = os.umask(0o022)
os.umask(_UMASK)


class Commit:
    """Whether to put the finished file in place (`keep = False` discards it)."""

    def __init__(self) -> None:
        self.keep = True


@contextmanager
def atomic_text(path: Path) -> Iterator[tuple[IO[str], Commit]]:
    """A UTF-8 text stream whose contents replace `path` when the block ends without an error
    and `commit.keep` is still true."""
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    temp = Path(name)
    commit = Commit()
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle, commit
        if commit.keep:
            publish(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def publish(temp: Path, path: Path) -> None:
    """Put the finished temporary file `temp` in place of `path`, with the permissions `open`
    would have given it."""
    os.chmod(temp, 0o666 & ~_UMASK)
    os.replace(temp, path)


def same_file(a: Path, b: Path) -> bool:
    """Whether `a` and `b` name one existing file (through links and relative paths)."""
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False
