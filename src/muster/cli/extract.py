"""`muster extract` (the eval contract, no store needed) and `muster eval`."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from muster.article import Article, Rejected
from muster.cli.app import app
from muster.cli.options import JsonOption, err, out, report_rejected


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or - for standard input, in any format ingest reads.")],
    json_output: JsonOption = False,
) -> None:
    """Extract deployment records from articles and print them, one per article.

    With --json, one JSON object per line (the eval contract): id, relevant, figures,
    authorities, invoked, missions, agencies, commands, places, and every fact's evidence.
    Output streams: a large file never sits in memory whole.

    Example: muster extract examples/ --json > records.jsonl
    """
    from muster.extract import default_extractor
    from muster.sources import read_inputs

    extractor = default_extractor()
    rejected: list[Rejected] = []
    for item in read_inputs(paths):
        if isinstance(item, Rejected):
            rejected.append(item)
            report_rejected([item])
            continue
        record = extractor.extract(item)
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
