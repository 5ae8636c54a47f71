"""`peristiwa rules …`: the trigger records and what each adds to the score (ablation)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..errors import PeristiwaError
from ..files import atomic_text

if TYPE_CHECKING:
    from .ablate import Report
    from .redundancy import RedundancyReport

rules_app = typer.Typer(add_completion=False, no_args_is_help=True, help="The trigger rules and their effect.")
_err = Console(stderr=True)


@rules_app.command("list")
def list_command() -> None:
    """Every trigger record of triggers.yaml: id, type and number of surface forms (JSON lines)."""
    from .ablate import listing

    for row in listing():
        typer.echo(json.dumps(row, ensure_ascii=False))


@rules_app.command("ablate")
def ablate_command(
    gold: Annotated[list[Path], typer.Argument(help="Gold folders (NAME.txt + NAME.gold.json).")],
    record: Annotated[list[str] | None, typer.Option("--record", "-r", help="Only these records (repeatable).")] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write the JSON report here.")] = None,
    together: Annotated[bool, typer.Option("--together", help="Remove the --record records all at once.")] = False,
    judge: Annotated[
        bool, typer.Option("--judge/--no-judge", help="With the learned judge (as shipped) or the rules alone.")
    ] = True,
    redundant: Annotated[
        bool,
        typer.Option(
            "--redundant",
            help="Whether removing each record changes any output byte, with the judge and without: a record "
            "that fires but changes nothing is redundant (decide on tuning text, never on held-out sets).",
        ),
    ] = False,
) -> None:
    """Remove each trigger record in turn, rerun the event stages and rescore on GOLD: a
    record whose removal does not lower the score does not earn its place there."""
    from ..cli import fail
    from ..pipeline import build_pipeline
    from .ablate import ablate, gold_documents
    from .redundancy import redundancy

    try:
        docs = gold_documents(gold)
        nlp = build_pipeline(use_judge=judge or redundant)
        with _err.status("ablating…") as status:

            def done(r: str) -> None:
                status.update(f"ablated {escape(r)}")

            if redundant:
                found = redundancy(nlp, docs, records=record, progress=done)
            else:
                report = ablate(nlp, docs, records=record, together=together, progress=done)
    except PeristiwaError as err:
        raise fail(str(err)) from err
    if redundant:
        _write(output, found.to_json())
        _print_redundancy(found)
    else:
        _write(output, report.to_json())
        _print_ablation(report)


def _write(output: Path | None, data: dict[str, Any]) -> None:
    if output is not None:
        with atomic_text(output) as (sink, _):
            sink.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def _print_ablation(report: Report) -> None:
    data = report.to_json()
    table = Table(title=f"{report.documents} documents: event F1 {report.f1:.3f}, full-event F1 {report.full_f1:.3f}")
    for column in ("record", "docs", "Δtp", "Δfp", "ΔF1", "Δfull F1"):
        table.add_column(column)
    for e in report.effects:
        if e.documents:
            table.add_row(
                escape(e.record),
                str(e.documents),
                str(e.delta_tp),
                str(e.delta_fp),
                f"{e.delta_f1:+.4f}",
                f"{e.delta_full_f1:+.4f}",
            )
    Console().print(table)
    _err.print(
        f"{data['records_that_do_not_help']} of {data['records']} records do not help on this set; "
        f"{data['records_never_seen']} never occur in it"
    )


def _print_redundancy(report: RedundancyReport) -> None:
    table = Table(title=f"{report.documents} documents: event F1 {report.f1:.3f}, full-event F1 {report.full_f1:.3f}")
    for column in ("record", "docs", "candidates", "changed (judge)", "changed (rules)", "ΔF1", "verdict"):
        table.add_column(column)
    for f in report.findings:
        table.add_row(
            escape(f.effect.record),
            str(f.effect.documents),
            str(f.candidates),
            str(f.changed_judged),
            str(f.changed_rules),
            f"{f.effect.delta_f1:+.4f}",
            f.verdict,
        )
    Console().print(table)
    counts = report.to_json()["verdicts"]
    _err.print(
        ", ".join(f"{n} {verdict}" for verdict, n in counts.items())
        + f"; {len(report.removable)} can be removed together ({len(report.needed)} redundant ones are needed "
        "once the others are gone)"
    )
