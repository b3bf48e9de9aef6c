"""`muster reconcile`, `muster status`, `muster timeline`: deployments from the stored records."""
from __future__ import annotations

import json
import sys
from datetime import date
from typing import Annotated, Any, Optional

import typer
from rich import box
from rich.markup import escape
from rich.table import Table

from muster.cli.app import app
from muster.cli.options import DbOption, JsonOption, err, open_store, out


@app.command("reconcile")
def reconcile_command(db: DbOption = None) -> None:
    """Rebuild the deployments from every extracted record in the store, and show them.

    Reports are grouped by theatre, force and time; copies of one report count once.
    Replaces the stored deployments and their links to claims.

    Example: muster reconcile --db sqlite:///muster.db
    """
    from muster.jobs import reconcile_store
    from muster.reconcile import unplaced

    with open_store("reconcile", db) as store:
        result = reconcile_store(store)
    records, deployments, linked, waiting = result.records, result.deployments, result.linked, result.waiting
    copies = sum(len(s["copies"]) for d in deployments for s in d["sources"])
    table = Table(box=box.SIMPLE_HEAD, title="Deployments", title_justify="left")
    table.add_column("deployment", min_width=34)
    for name in ("status", "troops", "ceiling", "legal questions"):
        table.add_column(name)
    for d in deployments:
        table.add_row(
            f"{escape(d['name'])}\n[dim]{d['id']}  {d['first_report']} to {d['last_report']}, "
            f"{len(d['sources'])} reports[/dim]",
            d["status"], interval_text(d["estimate"]), interval_text(d["ceiling"]), str(len(d["findings"])),
        )
    if deployments:
        out.print(table)
    relevant = sum(1 for r in records if r.get("relevant"))
    out.print(f"{len(deployments)} deployments from {relevant} relevant records "
              f"({copies} syndicated copies counted once, {len(unplaced(records))} naming no place); "
              f"{linked} claims linked")
    if waiting:
        err.print(f"{waiting} stored articles are not extracted yet and were left out", markup=False)


@app.command("status")
def status_command(
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="ISO date (default: today).", show_default=False)] = None,
    place: Annotated[Optional[str], typer.Option("--place", help="Only deployments at this place, theatre or state.",
                                                 show_default=False)] = None,
    json_output: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Deployments under way on a date: troops, ceiling, component, authorities, missions, newest sources.

    Reads the deployments `muster reconcile` stored, as reported up to that date.

    Example: muster status --as-of 2025-06-15 --place "Los Angeles"
    """
    from muster.answers import worded
    from muster.reconcile import status

    day = _date_option(as_of, "status")
    with open_store("status", db) as store:
        deployments = load_deployments(store)
    if not deployments:
        err.print("no deployments stored: run `muster reconcile` first", markup=False)
    found = status(deployments, as_of=day, place=place)
    for view in found:
        worded(view)
    if json_output:
        sys.stdout.write(json.dumps(found, ensure_ascii=False) + "\n")
        return
    if not found:
        out.print(f"no deployment under way on {day.isoformat()}" + (f" at {escape(place)}" if place else ""))
        return
    out.print(f"[bold]Deployments as of {day.isoformat()}[/bold]" + (f" at {escape(place)}" if place else ""))
    for d in found:
        out.print(f"\n[bold]{escape(d['name'])}[/bold]  [dim]{d['id']}[/dim]  {d['status'] or 'status not reported'}")
        out.print(f"  troops   {escape(d['answer'])}" + ("  [red]reports disagree[/red]" if d["conflicts"] else ""))
        if d["staleness"]:
            out.print(f"  [yellow]{escape(d['staleness'])}[/yellow]")
        out.print(f"  ceiling  {interval_text(d['ceiling']) or 'none reported'}")
        if d["authorities_invoked"] or d["missions"]:
            out.print(f"  under    {', '.join(d['authorities_invoked']) or 'no authority reported invoked'}"
                      f"; doing {', '.join(d['missions']) or 'missions not reported'}")
        for ev in d["evidence"]:
            out.print(f"  [dim]{ev['for']}, {ev['component'].replace('_', ' ')}: \u201c{escape(_one_line(ev['sentence']))}\u201d"
                      f" ({ev['article_id']}, {ev['published']})[/dim]")


@app.command("timeline")
def timeline_command(
    deployment_id: Annotated[str, typer.Argument(help="A deployment id (or a unique start of one).")],
    json_output: JsonOption = False,
    db: DbOption = None,
) -> None:
    """One deployment's history: troops and ceiling by date, the claims behind each, conflicts, legal questions.

    Example: muster timeline dep-2a731e87f112
    """
    with open_store("timeline", db) as store:
        deployments = load_deployments(store)
    matches = [d for d in deployments if d["id"] == deployment_id] or [
        d for d in deployments if d["id"].startswith(deployment_id)]
    if len(matches) != 1:
        reason = "no deployment" if not matches else f"{len(matches)} deployments"
        err.print(f"muster timeline: {reason} with id {deployment_id}", markup=False)
        raise typer.Exit(1)
    deployment = matches[0]
    if json_output:
        keep = ("id", "name", "theatre", "status", "first_report", "last_report", "estimate", "ceiling",
                "components", "command", "authorities", "missions", "timeline", "findings")
        sys.stdout.write(json.dumps({k: deployment.get(k) for k in keep}, ensure_ascii=False) + "\n")
        return
    print_timeline(deployment)


def print_timeline(deployment: dict[str, Any]) -> None:
    out.print(f"[bold]{escape(deployment['name'])}[/bold]  {deployment['id']}  ({deployment['status']})")
    table = Table(box=box.SIMPLE_HEAD)
    for name in ("date", "troops", "ceiling", "status"):
        table.add_column(name, no_wrap=name == "date")
    table.add_column("what changed", min_width=20)
    table.add_column("reports")
    for point in deployment["timeline"]:
        changes = "; ".join(
            f"{c['op']} {interval_text(c)}" + (f" {c['component']}" if c["component"] else "")
            + (f" ({c['state']})" if c["state"] else "")
            for c in point["changes"])
        troops = interval_text(point["present"]) + ("\n[red]reports disagree[/red]" if point["conflicts"] else "")
        table.add_row(point["date"], troops, interval_text(point["ceiling"]), point["status"] or "",
                      escape(changes), ", ".join(point["reports"]))
    out.print(table)
    for point in deployment["timeline"]:
        for conflict in point["conflicts"]:
            out.print(f"[red]{point['date']}: reports disagree on {conflict['quantity']}[/red]")
            for report in conflict["reports"]:
                sentences = " / ".join(_one_line(c["sentence"]) for c in report["claims"])
                out.print(f"  {interval_text(report)}  {report['article_id']}: {escape(sentences)}")
    for finding in deployment.get("findings", []):
        out.print(f"\n[bold]{escape(finding['title'])}[/bold]  ({'; '.join(finding['citations'])})")
        out.print(escape(finding["question"]))
        shown = {(t["article_id"], _one_line(t["sentence"])) for t in finding["triggers"]}
        for article_id, sentence in sorted(shown):
            out.print(f"  - {article_id}: {escape(sentence)}")
        out.print(f"[dim]{escape(finding['note'])}[/dim]")


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def interval_text(value: dict[str, Any] | None) -> str:
    """An interval as people read it: 1,500; 2,250-2,750; 4,001 or more."""
    if not value or value.get("low") is None:
        return ""
    low, high = value["low"], value["high"]
    if high is None:
        return f"{low:,} or more"
    if low == high:
        return f"{low:,}"
    return f"{low:,}-{high:,}"


def _date_option(value: str | None, command: str) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        err.print(f"muster {command}: --as-of must be an ISO date (2025-06-15), not {value!r}", markup=False)
        raise typer.Exit(2)


def load_deployments(store):
    """The stored deployments (kept here for callers of the CLI module; imported lazily so that
    commands which need no database start fast)."""
    from muster.store.deployments import load_deployments as load

    return load(store)
