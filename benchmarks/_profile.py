"""A pyinstrument profile of the full pipeline, reduced to its hot spots.

Two lists: functions by *self* time anywhere (where the CPU actually goes, C calls charged to
their Python caller) and peristiwa's own functions by *inclusive* time (which of our functions
to look at first). pyinstrument is a benchmark-only dependency; without it the profile is skipped.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from _measure import REFERENCE_TIME

_HERE = Path(__file__).resolve().parent
_STARTUP_CHILD = """
import json, sys
sys.path.insert(0, sys.argv[1])
from pyinstrument import Profiler
from _profile import hot_spots
profiler = Profiler(interval=0.001)
profiler.start()
import peristiwa
peristiwa.extract(sys.stdin.read(), reference_time="2024-03-02")
profiler.stop()
print(json.dumps(hot_spots(profiler.last_session.root_frame(), top=int(sys.argv[2]))))
"""

_SRC = "peristiwa"


def _frames(frame: Any) -> Iterator[Any]:
    stack = [frame]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(node.children)


def _where(frame: Any) -> str:
    path = frame.file_path_short or frame.file_path or "?"
    return f"{path}:{frame.function}"


def _is_ours(frame: Any) -> bool:
    path = frame.file_path or ""
    return f"/{_SRC}/" in path.replace("\\", "/") and "/benchmarks/" not in path


def hot_spots(root: Any, *, top: int) -> dict[str, Any]:
    """Top functions by self time, and our functions by inclusive time (recursion counted once)."""
    total = root.time or 1e-9
    self_time: dict[str, float] = defaultdict(float)
    self_line: dict[str, int | None] = {}
    inclusive: dict[str, float] = defaultdict(float)
    stack: list[tuple[Any, frozenset[str]]] = [(root, frozenset())]
    unattributed = 0.0
    while stack:
        frame, above = stack.pop()
        key = _where(frame)
        if key.startswith("<thread>"):
            unattributed += frame.total_self_time
        elif not frame.is_synthetic:
            self_time[key] += frame.total_self_time
            self_line.setdefault(key, frame.line_no)
            if _is_ours(frame) and key not in above:
                inclusive[key] += frame.time
        for child in frame.children:
            stack.append((child, above | {key}))

    def rows(table: dict[str, float]) -> list[dict[str, Any]]:
        best = sorted(table.items(), key=lambda kv: kv[1], reverse=True)[:top]
        return [
            {"function": k, "line": self_line.get(k), "seconds": round(v, 4), "share": round(v / total, 4)}
            for k, v in best
        ]

    return {
        "total_s": round(total, 4),
        "unattributed_s": round(unattributed, 4),
        "by_self_time": rows(self_time),
        "ours_by_inclusive_time": rows(inclusive),
    }


def profile(texts: list[str], *, top: int = 10, html: Path | None = None) -> dict[str, Any]:
    """Profile `peristiwa.extract` over `texts` (pipeline already loaded)."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        return {"skipped": "pyinstrument is not installed (pip install pyinstrument)"}
    import peristiwa

    profiler = Profiler(interval=0.001)
    profiler.start()
    try:
        for text in texts:
            peristiwa.extract(text, reference_time=REFERENCE_TIME)
    finally:
        profiler.stop()
    if html is not None:
        html.parent.mkdir(parents=True, exist_ok=True)
        html.write_text(profiler.output_html(), encoding="utf-8")
    session = profiler.last_session
    if session is None:
        return {"skipped": "no samples recorded"}
    root = session.root_frame()
    if root is None:
        return {"skipped": "no samples recorded"}
    report = hot_spots(root, top=top)
    report["docs"] = len(texts)
    report["interval_s"] = 0.001
    if html is not None:
        report["html"] = str(html)
    return report


def profile_startup(text: str, *, top: int = 10) -> dict[str, Any]:
    """Profile a fresh interpreter's import + pipeline load + first document (in a subprocess)."""
    try:
        import pyinstrument  # noqa: F401
    except ImportError:
        return {"skipped": "pyinstrument is not installed (pip install pyinstrument)"}
    out = subprocess.run(
        [sys.executable, "-c", _STARTUP_CHILD, str(_HERE), str(top)],
        input=text,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if out.returncode != 0:
        lines = out.stderr.strip().splitlines()
        return {"error": lines[-1] if lines else f"exit {out.returncode}"}
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result
