"""Running muster commands in-process, and checks shared by the CLI tests."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from muster.cli import app

CONTRACT_KEYS = ("id", "relevant", "figures", "authorities", "invoked", "missions", "agencies", "commands", "places")


def invoke(*args: str, input: str | bytes | None = None):
    """Run one muster command; a crash fails the test with its own traceback, never as output."""
    result = CliRunner().invoke(app, [str(a) for a in args], input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert "Traceback" not in result.stdout
    assert "Traceback" not in result.stderr
    return result


def json_lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def evidence_problems(record: dict, article: dict) -> list[str]:
    """Every figure's and fact's evidence must point at its own words in the article's title or text."""
    problems = []
    items = [("figure", f) for f in record["figures"]] + [("fact", f) for f in record.get("facts", [])]
    for what, item in items:
        evidence = item["evidence"]
        field = evidence["field"]
        if field not in ("title", "text"):
            problems.append(f"{what} {item}: field {field!r}")
            continue
        source = article[field]
        if source[evidence["start"]:evidence["end"]] != evidence["text"]:
            problems.append(f"{what} span {evidence['start']}:{evidence['end']} is "
                            f"{source[evidence['start']:evidence['end']]!r}, not {evidence['text']!r}")
        start = evidence["sentence_start"]
        if source[start:start + len(evidence["sentence"])] != evidence["sentence"]:
            problems.append(f"{what} sentence at {start} is not {evidence['sentence'][:40]!r}...")
        if not start <= evidence["start"] <= evidence["end"] <= start + len(evidence["sentence"]):
            problems.append(f"{what} span {evidence['start']}:{evidence['end']} is outside its sentence")
    return problems
