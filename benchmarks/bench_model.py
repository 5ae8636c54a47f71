"""Speed, load time and size of the packaged spaCy pipeline (``src/peristiwa/model``).

Runs on one thread over the indocoref passages (``<shared>/corpus/indocoref/passages``) and writes
``benchmarks/results/model.json``. Usage: ``python benchmarks/bench_model.py [--shared DIR] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import time
from importlib import resources
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import spacy

REPO = Path(__file__).resolve().parent.parent
RESULT = REPO / "benchmarks" / "results" / "model.json"
WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def model_path() -> Path:
    """Directory of the packaged model."""
    return Path(str(resources.files("peristiwa").joinpath("model")))


def dir_size(path: Path) -> int:
    """Total bytes of the files under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def run(*, shared: Path, repeat: int) -> dict[str, Any]:
    """Load time (best of 3), words/s (best of ``repeat`` passes) and size.

    ``words_per_second`` divides by the process CPU time, so it reads as one core's throughput even when
    the machine is shared; ``wall_words_per_second`` is the elapsed-time figure.
    """
    path = model_path()
    loads = []
    load_cpu = []
    for _ in range(3):
        start, cpu_start = time.perf_counter(), time.process_time()
        nlp = spacy.load(path)
        loads.append(time.perf_counter() - start)
        load_cpu.append(time.process_time() - cpu_start)
    folder = shared / "corpus" / "indocoref" / "passages"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    words = sum(len(WORD.findall(t)) for t in texts)
    tokens = 0
    passes = []
    cpu_passes = []
    for _ in range(repeat):
        start, cpu_start = time.perf_counter(), time.process_time()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
        passes.append(time.perf_counter() - start)
        cpu_passes.append(time.process_time() - cpu_start)
    best = min(passes)
    cpu_best = min(cpu_passes)
    start = time.process_time()
    with nlp.select_pipes(enable=["ner"]):  # the NER carries its own tok2vec
        for _ in nlp.pipe(texts, batch_size=64):
            pass
    ner_only = time.process_time() - start
    per_component: dict[str, float] = {}
    docs = [nlp.make_doc(t) for t in texts]
    for name, proc in nlp.pipeline:
        start = time.process_time()
        docs = list(proc.pipe(docs, batch_size=64))
        per_component[name] = round(time.process_time() - start, 3)
    return {
        "model": str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path),
        "pipeline": nlp.pipe_names,
        "corpus": {"texts": len(texts), "words": words, "tokens": tokens},
        "words_per_second": round(words / cpu_best),
        "tokens_per_second": round(tokens / cpu_best),
        "cpu_seconds_per_pass": round(cpu_best, 3),
        "ner_only_words_per_second": round(words / ner_only),
        "wall_words_per_second": round(words / best),
        "wall_seconds_per_pass": round(best, 3),
        "component_cpu_seconds": per_component,
        "load_seconds": round(min(loads), 3),
        "load_cpu_seconds": round(min(load_cpu), 3),
        "size_bytes": dir_size(path),
        "size_mb": round(dir_size(path) / 1e6, 2),
        "threads": 1,
        "machine": {
            "python": platform.python_version(),
            "spacy": spacy.__version__,
            "cpu": platform.processor(),
            "cores": os.cpu_count(),
        },
    }


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("PERISTIWA_SHARED", REPO.parent / "shared")))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--output", type=Path, default=RESULT)
    args = parser.parse_args()
    result = run(shared=args.shared, repeat=args.repeat)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
