"""Usage errors exit 2; the installed `muster` script runs end to end through real pipes."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cli_data import EXTRACT_ARTICLES
from cli_helpers import invoke


@pytest.mark.parametrize(
    "args",
    [
        ["ingest"],
        ["extract"],
        ["eval"],
        ["ingest", "--no-such-flag", "x"],
        ["extract", "x", "--json=yes"],
        ["no-such-command"],
    ],
    ids=["ingest-no-path", "extract-no-path", "eval-no-folder", "unknown-flag", "flag-value", "unknown-command"],
)
def test_usage_errors_exit_2(args):
    result = invoke(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.strip()


@pytest.mark.parametrize("command", ["ingest", "extract", "eval", "demo"])
def test_each_command_has_help(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.stdout


def installed_script() -> str:
    beside = Path(sys.executable).with_name("muster")
    found = str(beside) if beside.exists() else shutil.which("muster")
    if not found:
        pytest.skip("the muster script is not installed in this environment")
    return found


def test_installed_script_extracts_from_a_pipe(tmp_path):
    lines = "".join(json.dumps(article) + "\n" for article in EXTRACT_ARTICLES)
    done = subprocess.run(
        [installed_script(), "extract", "-", "--json"],
        input=lines.encode("utf-8"), capture_output=True, timeout=120, cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert done.stderr == b""
    records = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [r["id"] for r in records] == [a["id"] for a in EXTRACT_ARTICLES]
    assert not list(tmp_path.iterdir()), "extract must not write a store or any file"
