"""The Typer application that every command module registers on."""
import typer

app = typer.Typer(
    name="muster",
    help="Keep a sourced, reconciled record of US military deployments at home from news reports.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)
