import pytest

from muster.article import Article
from muster.extract import default_extractor


@pytest.fixture(scope="session")
def extractor():
    return default_extractor()


@pytest.fixture(scope="session")
def extract(extractor):
    """Extract a record from a text written in the test (title optional)."""

    def run(text: str, title: str = "", published: str = "2025-06-11") -> dict:
        return extractor.extract(Article(id="t", title=title, text=text, published=published))

    return run
