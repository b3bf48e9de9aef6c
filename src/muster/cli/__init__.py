"""The muster command line: thin commands over library code, one module per command family."""
from muster.cli.app import app

# Each import registers its commands on `app`.
from muster.cli import ingest as _ingest  # noqa: F401,E402
from muster.cli import extract as _extract  # noqa: F401,E402
from muster.cli import demo as _demo  # noqa: F401,E402
from muster.cli import deployments as _deployments  # noqa: F401,E402
from muster.cli import web as _web  # noqa: F401,E402


def main() -> None:
    app()


__all__ = ["app", "main"]
