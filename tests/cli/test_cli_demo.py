"""`muster demo` and the example articles the package ships."""
from __future__ import annotations

from muster.article import Article
from muster.cli.demo import EXAMPLES
from muster.sources import read_inputs
from muster.store import Store

from cli_helpers import evidence_problems, invoke, json_lines

# What each example is written to show: a domestic deployment, or a hard negative.
NEGATIVES = {"Pentagon orders 3,000 more soldiers to Poland as invasion fears grow", "example-police-nyc-2024-12"}


def example_articles() -> list[Article]:
    items = list(read_inputs([str(EXAMPLES)]))
    assert all(isinstance(item, Article) for item in items), [str(i) for i in items if not isinstance(i, Article)]
    return items


def test_examples_all_read_and_are_labelled_as_intended():
    articles = {article.id: article for article in example_articles()}
    assert len(articles) == 8
    assert {"example-border-2025-01", "example-border-2025-01-arrivals", "example-dc-2025-08"} <= set(articles)

    result = invoke("extract", EXAMPLES, "--json")

    assert result.exit_code == 0, result.stderr
    records = json_lines(result.stdout)
    assert {r["id"] for r in records} == set(articles)
    for record in records:
        article = articles[record["id"]]
        assert evidence_problems(record, {"title": article.title, "text": article.text}) == []
        negative = article.id in NEGATIVES or article.title in NEGATIVES
        assert record["relevant"] is not negative, (article.title, record["relevant"])


def test_demo_prints_records_with_evidence_and_runs_twice(tmp_path):
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    count = len(example_articles())

    first = invoke("demo", "--db", url)

    assert first.exit_code == 0, first.output
    assert f"new {count}, duplicate 0" in first.stdout
    with Store(url) as store:
        counts = store.counts()
        assert counts["articles"] == count
        sentences = [f["evidence"]["sentence"].strip() for a in store.iter_articles()
                     for f in (store.record(a.id) or {}).get("figures", [])]
    assert sentences, "the examples should give at least one figure"
    for sentence in sentences:
        assert f"“{sentence}”" in first.stdout
    assert "example-border-2025-01" in first.stdout
    assert "Fort Bliss" in first.stdout

    second = invoke("demo", "--db", url)

    assert second.exit_code == 0, second.output
    assert f"new 0, duplicate {count}" in second.stdout
    with Store(url) as store:
        assert store.counts() == counts
    # the records printed are the same the second time
    assert second.stdout.split("\n\n", 1)[1] == first.stdout.split("\n\n", 1)[1]


def test_demo_with_a_store_that_cannot_open(tmp_path):
    result = invoke("demo", "--db", "postgresql+psycopg://muster@127.0.0.1:1/none")
    assert result.exit_code == 2
    assert result.stderr.startswith("muster demo: cannot open the store:")
    assert len(result.stderr.strip().splitlines()) == 1


def test_demo_dates_every_example_and_gives_each_deployment_its_troops(tmp_path):
    result = invoke("demo", "--db", f"sqlite:///{tmp_path / 'demo.db'}")

    assert result.exit_code == 0, result.output
    assert "(undated)" not in result.stdout  # the text example's dateline gives its date
    assert "after Helene  (2024-10-02)" in result.stdout
    deployment_lines = [line for line in result.stdout.splitlines() if line.strip().startswith("dep-")]
    assert deployment_lines
    assert any("troops at last report" in line for line in deployment_lines)
