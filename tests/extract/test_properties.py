"""Properties that hold for any text: extraction never raises, and every span points at its words."""
from hypothesis import given, settings, strategies as st

from muster.article import Article

WORDS = st.sampled_from([
    "troops", "Guard", "National", "1,500", "up", "to", "about", "Marines", "border", "Texas", "El", "Paso",
    "Insurrection", "Act", "not", "invoke", "sent", "withdrawn", "the", ".", ",", "—", "\n\n", "CBP", "Fort",
    "Bliss", "2,000", "fifteen", "hundred", "of", "them", "$", "5", "Dec.", "15", "authorized", "arrests", "Title", "32",
    "\r", "\n", "Camp", "Selfridge", "Air Force Base", "N.C.", "D.C.", "Washington", "Gov.", "\"", "Task", "Force",
    "governor", "objected", "invasion", "Rockport", "In", "Elwood", "Ill.", "St.", "Paul", "sent", "home", "1.5k",
])
TEXTS = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=80).map(" ".join))


def check_spans(article: Article, record: dict) -> None:
    sources = {"text": article.text, "title": article.title}
    items = [f["evidence"] for f in record["figures"]] + [f["evidence"] for f in record["facts"]]
    for evidence in items:
        source = sources[evidence["field"]]
        assert 0 <= evidence["start"] <= evidence["end"] <= len(source)
        assert source[evidence["start"]:evidence["end"]] == evidence["text"]
        start = evidence["sentence_start"]
        assert source[start:start + len(evidence["sentence"])] == evidence["sentence"]
        assert start <= evidence["start"] and evidence["end"] <= start + len(evidence["sentence"])


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, title=st.text(max_size=60))
def test_extraction_never_raises_and_spans_point_at_their_words(extractor, text, title):
    article = Article(id="p", title=title, text=text, published="2025-01-01")
    record = extractor.extract(article)
    assert isinstance(record["relevant"], bool)
    for figure in record["figures"]:
        assert figure["low"] <= figure["count"] and (figure["high"] is None or figure["count"] <= figure["high"])
    check_spans(article, record)
