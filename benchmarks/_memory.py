"""Resident memory: the process's own peak, and a sampler that also sees worker processes."""

from __future__ import annotations

import importlib
import os
import resource
import sys
import threading
from types import TracebackType
from typing import Any


def peak_rss_mb(*, children: bool = False) -> float:
    """Peak RSS so far (MB) of this process, or of its largest finished child with `children`."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    peak = resource.getrusage(who).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _psutil() -> Any:
    try:
        return importlib.import_module("psutil")
    except ImportError:
        return None


def current_rss_mb() -> float | None:
    """This process's RSS now (MB), or None without psutil."""
    psutil = _psutil()
    if psutil is None:
        return None
    return round(float(psutil.Process(os.getpid()).memory_info().rss) / 2**20, 1)


class RssSampler:
    """Samples the RSS of this process and every descendant while active (needs psutil).

    `peak_total_mb` is the largest sum over all processes at one instant; `peak_child_mb` the
    largest single descendant. Without psutil both stay None. With `children=False` (a run in
    one process) descendants are not looked for: psutil finds them by reading every process of
    the machine (about 1.4 ms a sample here, 7 % of a core at 20 ms), CPU time that the sampler
    thread would add to the very process whose CPU time is measured.
    """

    def __init__(self, *, interval: float = 0.02, children: bool = True) -> None:
        self.interval = interval
        self.children = children
        self.peak_total_mb: float | None = None
        self.peak_self_mb: float | None = None
        self.peak_child_mb: float | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._psutil = _psutil()

    def _sample(self) -> None:
        psutil = self._psutil
        me = psutil.Process(os.getpid())
        while not self._stop.is_set():
            try:
                own = me.memory_info().rss
                kids = []
                for child in me.children(recursive=True) if self.children else ():
                    try:
                        kids.append(child.memory_info().rss)
                    except psutil.Error:
                        continue
            except psutil.Error:
                break
            self._record(own, kids)
            self._stop.wait(self.interval)

    def _record(self, own: int, kids: list[int]) -> None:
        mb = 2**20
        total = (own + sum(kids)) / mb
        self.peak_total_mb = round(max(self.peak_total_mb or 0.0, total), 1)
        self.peak_self_mb = round(max(self.peak_self_mb or 0.0, own / mb), 1)
        if kids:
            self.peak_child_mb = round(max(self.peak_child_mb or 0.0, max(kids) / mb), 1)

    def __enter__(self) -> RssSampler:
        if self._psutil is not None:
            self._thread = threading.Thread(target=self._sample, name="rss-sampler", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def as_dict(self) -> dict[str, float | None]:
        return {
            "peak_total_mb": self.peak_total_mb,
            "peak_self_mb": self.peak_self_mb,
            "peak_child_mb": self.peak_child_mb,
        }
