"""add_articles: deduplication, suffixed ids, one transaction per batch."""
from __future__ import annotations

import threading

import pytest

from muster.article import Article
from muster.store import IngestError, IngestResult, Store

from store_data import make_article


def test_second_run_is_all_duplicates(store):
    articles = [make_article(n) for n in range(1, 6)]
    first = store.add_articles(articles, batch_size=2)
    assert first == IngestResult(new=5, duplicate=0, ids=[a.id for a in articles])
    second = store.add_articles(articles, batch_size=2)
    assert (second.new, second.duplicate, second.ids) == (0, 5, [])
    assert store.counts()["articles"] == 5


def test_same_text_under_another_id_or_spacing_is_a_duplicate(store):
    store.add_articles([make_article(1)])
    copy = make_article(1, id="elsewhere", text="  ABOUT 100 national guard troops were sent\nto the "
                        "southern border on day 1.  ")
    result = store.add_articles([copy])
    assert (result.new, result.duplicate) == (0, 1)
    assert store.get_article("elsewhere") is None


def test_duplicates_within_one_batch(store):
    result = store.add_articles([make_article(1), make_article(1, id="copy"), make_article(2)])
    assert (result.new, result.duplicate, result.ids) == (2, 1, ["art-001", "art-002"])


def test_new_text_under_a_taken_id_gets_a_suffix(store):
    store.add_articles([make_article(1)])
    result = store.add_articles([
        make_article(1, text="A different report."),
        make_article(1, text="A third report."),
        make_article(1),  # the original again
    ])
    assert result.ids == ["art-001~2", "art-001~3"]
    assert result.renamed == [("art-001", "art-001~2"), ("art-001", "art-001~3")]
    assert result.duplicate == 1
    assert store.get_article("art-001~2")["text"] == "A different report."
    again = store.add_articles([make_article(1, text="A different report.")])
    assert (again.new, again.duplicate) == (0, 1)


def test_a_failing_iterator_rolls_back_its_batch_only(store):
    def articles():
        for n in range(1, 6):
            yield make_article(n)
        raise RuntimeError("feed broke")

    with pytest.raises(IngestError, match="feed broke") as caught:
        store.add_articles(articles(), batch_size=2)
    # batches (1, 2) and (3, 4) were stored; article 5 was in the failing batch
    assert caught.value.result.ids == ["art-001", "art-002", "art-003", "art-004"]
    assert isinstance(caught.value.__cause__, RuntimeError)
    assert [a.id for a in store.iter_articles()] == ["art-001", "art-002", "art-003", "art-004"]


def test_a_constraint_error_rolls_back_its_batch_only(store):
    store.add_articles([make_article(1), make_article(2)])
    bad = make_article(5, title=None)  # titles are NOT NULL
    with pytest.raises(IngestError) as caught:
        store.add_articles([make_article(3), make_article(4), bad], batch_size=3)
    assert caught.value.result == IngestResult()
    assert [a.id for a in store.iter_articles()] == ["art-001", "art-002"]
    # the store is still usable, and the good articles go in on a second try
    assert store.add_articles([make_article(3), make_article(4)]).new == 2


def test_items_that_are_not_articles_are_refused(store):
    with pytest.raises(IngestError) as caught:
        store.add_articles([make_article(1), {"id": "dict"}])
    assert isinstance(caught.value.__cause__, TypeError)
    assert store.counts()["articles"] == 0


def test_nul_characters_are_refused_on_every_backend(store):
    with pytest.raises(IngestError, match="NUL"):
        store.add_articles([make_article(1, text="bad \x00 byte")])


UNICODE = Article(
    id="ünï-côdé-001",
    title="Tropas de la Guardia Nacional llegan a la frontera — «ya están aquí»",
    text="Über 1.500 Soldaten 🪖 … 国民警卫队 … القوات … e\u0301 (decomposed) and 𝟏𝟓𝟎𝟎 in math digits.",
    published="2025-01-22T08:30:00-06:00",
    publisher="Périódico",
)


def test_unicode_round_trips(store):
    assert store.add_articles([UNICODE]).ids == [UNICODE.id]
    assert list(store.iter_articles()) == [UNICODE]
    stored = store.get_article(UNICODE.id)
    assert stored["title"] == UNICODE.title and stored["text"] == UNICODE.text
    assert stored["content_hash"] == UNICODE.content_hash


def test_get_article_gives_the_row_as_a_dict(store):
    article = make_article(1, published="2025-01-22T10:00:00Z")
    store.add_articles([article])
    stored = store.get_article(article.id)
    assert stored | {"ingested_at": None} == {
        **article.to_dict(),
        "content_hash": article.content_hash,
        "ingested_at": None,
        "relevant": None,
        "extracted_at": None,
        "extractor_version": None,
    }
    assert stored["ingested_at"].endswith("+00:00")
    assert store.get_article("missing") is None


def test_iter_articles_pages_in_id_order(store):
    store.add_articles([make_article(n) for n in (5, 3, 1, 4, 2)])
    assert [a.id for a in store.iter_articles(page_size=2)] == [f"art-00{n}" for n in range(1, 6)]


def test_concurrent_ingests_take_turns(db_url):
    articles = [make_article(n) for n in range(1, 31)]
    results, errors = [], []

    def ingest():
        try:
            with Store(db_url) as store:
                results.append(store.add_articles(articles, batch_size=4))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=ingest) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sum(r.new for r in results) == 30
    assert sum(r.duplicate for r in results) == 90
    with Store(db_url) as store:
        assert store.counts()["articles"] == 30
