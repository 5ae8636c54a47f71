"""``python -m peristiwa.corpus``: draw, build, count and check the annotated corpus."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import typer

from .agreement import agreement_report
from .baseline import score_splits
from .build import build
from .draw import cluster_ids, draw, write_draw
from .sources import load

app = typer.Typer(add_completion=False, help=__doc__)
SHARED = typer.Option(Path("../shared"), "--shared", help="the folder beside the project with corpus/ and gold/")
ANNOTATIONS = typer.Option(Path("corpus"), "--annotations", help="the repository's corpus/ folder")
SPLIT = typer.Option(["dev", "test"], "--split", help="splits to score (repeatable)")
JUDGE = typer.Option(True, "--judge/--no-judge", help="with the learned judge, or the rules' candidates only")
OUT = typer.Option(Path("build/corpus"), "--out", help="where the joined corpus is written")
TRIGGERS = typer.Option(
    "rules", "--triggers", help="candidate triggers: rules (the lexicon), model (the learned tagger) or both"
)


@app.command("draw")
def draw_command(shared: Path = SHARED, annotations: Path = ANNOTATIONS) -> None:
    """Redo the documented random draw into corpus/draw.json."""
    gold_dirs = [shared / "gold/dev", Path("tests/data/gold_blind"), Path("tests/data/gold_extra")]
    write_draw(draw(shared, gold_dirs, cluster_ids(annotations)), annotations / "draw.json")


@app.command("build")
def build_command(
    shared: Path = SHARED,
    annotations: Path = ANNOTATIONS,
    out: Path = OUT,
) -> None:
    """Join the annotations with their texts: OUT/SPLIT/SOURCE/NAME.txt + NAME.gold.json."""
    counts = build(shared, annotations, out)
    for split, by_source in counts.items():
        typer.echo(f"{split}: " + ", ".join(f"{k} {v}" for k, v in sorted(by_source.items())))


@app.command("stats")
def stats_command(shared: Path = SHARED, annotations: Path = ANNOTATIONS) -> None:
    """Documents, required and optional events by source and type (JSON)."""
    docs = load(shared, annotations)
    out: dict[str, Counter[str]] = {"documents": Counter(), "required": Counter(), "optional": Counter()}
    types: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    non_events: Counter[str] = Counter()
    for d in docs:
        out["documents"][d.source] += 1
        required = [e for e in d.gold["events"] if not e.get("optional")]
        empty[d.source] += not required
        for e in d.gold["events"]:
            out["optional" if e.get("optional") else "required"][d.source] += 1
        types.update(e["type"] for e in required)
        non_events.update(m.get("realis", "?") for m in d.non_events)
    report = {k: dict(v) for k, v in out.items()}
    report["without_required_events"] = dict(empty)
    report["required_by_type"] = dict(types.most_common())
    report["sentence_non_events_by_realis"] = dict(non_events)
    typer.echo(json.dumps(report, indent=1))


@app.command("evaluate")
def evaluate_command(
    out: Path = OUT,
    split: list[str] = SPLIT,
    judge: bool = JUDGE,
    triggers: str = TRIGGERS,
) -> None:
    """Run the system on a built corpus and score it, by split and source (JSON)."""
    report = score_splits(out, splits=tuple(split), use_judge=judge, triggers=triggers)
    typer.echo(json.dumps(report, indent=1))


@app.command("agreement")
def agreement_command(shared: Path = SHARED, annotations: Path = ANNOTATIONS) -> None:
    """Inter-annotator agreement on the double-annotated documents (JSON)."""
    typer.echo(json.dumps(agreement_report(shared, annotations), indent=1))


if __name__ == "__main__":
    app()
