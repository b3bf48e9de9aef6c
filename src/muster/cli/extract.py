"""`muster extract` (the eval contract, no store needed) and `muster eval`."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from muster.article import Rejected
from muster.cli.app import app
from muster.cli.options import JsonOption, err, out, report_rejected


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or - for standard input, in any format ingest reads.")],
    json_output: JsonOption = False,
    workers: Annotated[int, typer.Option("--workers", min=0, help="Extract on a local Dask cluster of this many processes (0: in this process).")] = 0,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Extract on an existing Dask cluster at this address (tcp://host:8786).", show_default=False)] = None,
) -> None:
    """Extract deployment records from articles and print them, one per article.

    With --json, one JSON object per line (the eval contract): id, relevant, figures,
    authorities, invoked, missions, agencies, commands, places, and every fact's evidence.
    Output streams in input order: a large file never sits in memory whole.

    Example: muster extract examples/ --json > records.jsonl
    Example: muster extract archive.jsonl --json --workers 4 > records.jsonl
    """
    from muster.sources import read_inputs

    rejected: list[Rejected] = []

    def articles():
        for item in read_inputs(paths):
            if isinstance(item, Rejected):
                rejected.append(item)
                report_rejected([item])
            else:
                yield item

    if workers or scheduler:
        from muster.scale import extract_many

        records = extract_many(articles(), workers=workers or 2, scheduler=scheduler)
    else:
        from muster.extract import default_extractor

        extractor = default_extractor()
        records = (extractor.extract(article) for article in articles())
    for record in records:
        if json_output:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            print_record(record)
    sys.stdout.flush()
    if rejected:
        raise typer.Exit(1)


def print_record(record: dict) -> None:
    """A readable summary of one record, each figure with the sentence it came from."""
    from rich.markup import escape

    mark = "[green]deployment[/green]" if record["relevant"] else "[dim]not about a domestic deployment[/dim]"
    out.print(f"[bold]{escape(record['id'])}[/bold]  {escape(record.get('title') or '')}  ({record.get('published') or 'undated'})  {mark}")
    if not record["relevant"]:
        out.print()
        return
    for figure in record["figures"]:
        high = "∞" if figure["high"] is None else f"{figure['high']:,}"
        out.print(
            f"  [cyan]{figure['count']:>7,}[/cyan] {figure['qualifier']:<10} {figure['kind']:<10} {figure['component']:<14}"
            f" [{figure['low']:,}, {high}]  {figure['event_date'] or ''}"
        )
        out.print(f"          [dim]“{escape(figure['evidence']['sentence'].strip())}”[/dim]")
    for field in ("authorities", "invoked", "missions", "agencies", "commands", "places"):
        if record[field]:
            out.print(f"  {field:<12} {escape(', '.join(record[field]))}")
    out.print()


@app.command("eval")
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="A folder of annotated article files (*.json with a 'gold' record).")],
    show_errors: Annotated[bool, typer.Option("--show-errors", help="List every disagreement.")] = False,
    json_output: JsonOption = False,
) -> None:
    """Extract from annotated articles and print precision, recall and F1 per field.

    Example: muster eval my-annotations/ --show-errors
    """
    from muster.evaluate import load_gold, score
    from muster.extract import default_extractor

    try:
        gold = load_gold(gold_dir)
    except ValueError as error:
        err.print(f"muster eval: {error}", markup=False)
        raise typer.Exit(2)
    extractor = default_extractor()
    predictions = {}
    for article_id, (article, _) in gold.items():
        predictions[article_id] = extractor.extract(article)
    report, errors = score({k: g for k, (_, g) in gold.items()}, predictions)
    if show_errors:
        for article_id, what, want, got in errors:
            typer.echo(f"{article_id}\t{what}\tgold={want}\tpredicted={got}")  # tab-separated, as written
    if json_output:
        out.print(json.dumps(report), markup=False)
        return
    out.print(f"articles {report['articles']}", markup=False)
    for field in report["fields"]:
        s = report[field]
        out.print(f"{field:16} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}", markup=False)
    for name in ("qualifier", "kind", "component"):
        value = report[f"figure_{name}_accuracy"]
        out.print(f"figure {name:10} accuracy {'n/a' if value is None else f'{value:.3f}'}", markup=False)
    out.print(f"overall {report['overall']:.3f}", markup=False)
