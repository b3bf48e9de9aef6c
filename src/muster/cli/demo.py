"""`muster demo`: ingest the package's example articles and show what muster makes of them."""
from __future__ import annotations

from pathlib import Path

from rich.markup import escape

from muster.cli.app import app
from muster.cli.options import DbOption, open_store, out

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@app.command()
def demo(db: DbOption = None) -> None:
    """Ingest the bundled example articles, extract and reconcile them, and print each record
    with its evidence and the deployments they make.

    Example: muster demo
    """
    from muster.cli.deployments import interval_text
    from muster.cli.extract import print_record
    from muster.jobs import ingest as run_ingest
    from muster.jobs import reconcile_store

    with open_store("demo", db) as store:
        summary = run_ingest(store, [str(EXAMPLES)])
        deployments = reconcile_store(store).deployments
        out.print(f"[bold]muster demo[/bold]: {len(list(EXAMPLES.glob('*')))} example files from {escape(str(EXAMPLES))}")
        out.print(f"stored in {escape(store.url)}: new {summary.new}, duplicate {summary.duplicate}\n")
        for article in store.iter_articles():
            record = store.record(article.id)
            if record is not None:
                print_record(record)
    out.print(f"[bold]{len(deployments)} deployments[/bold] reconciled from these reports:")
    for deployment in deployments:
        questions = len(deployment.get("findings") or [])
        troops = interval_text(deployment["estimate"])
        out.print(
            f"  {deployment['id']}  {escape(deployment['name'])}: "
            + (f"{troops} troops at last report, " if troops else "no troop count, ")
            + f"{deployment['status']} ({deployment['first_report']} to {deployment['last_report']}, "
            f"{questions} legal questions)"
        )
    out.print("\nNext: [bold]muster status --as-of 2025-06-15[/bold], [bold]muster timeline ID[/bold]"
              " (legal questions are for review, not conclusions).")
