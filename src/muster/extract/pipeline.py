"""The spaCy pipeline and the function that turns one article into one record.

    blank English tokenizer (+ abbreviation exceptions)
      -> sentencizer
      -> cue ruler over the lexicons (phrase matchers by lower and exact case) -> doc.user_data
    then plain functions read the doc: figures, facts, places, relevance -> record dict.

Articles with no military word at all skip spaCy entirely (a keyword scan decides).
"""
from __future__ import annotations


import spacy
from spacy.attrs import ORTH
from spacy.language import Language

from muster.article import Article
from muster.extract.attributes import annotate
from muster.extract.cues import get_index
from muster.extract.sentences import sentences
from muster.extract.dates import parse_published
from muster.extract.facts import find_facts
from muster.extract.figures import find_figures
from muster.extract.lexicon import load_lexicon
from muster.extract.places import PlaceMatcher, find_places
from muster.extract.prefilter import Prefilter
from muster.extract import ruler as _ruler  # noqa: F401  (registers the muster_cues factory)
from muster.extract import sentencizer as _sentencizer  # noqa: F401  (registers muster_sentencizer)
from muster.extract.record import build_record, empty_record
from muster.extract.relevance import is_relevant


def build_nlp() -> Language:
    lexicon = load_lexicon()
    nlp = spacy.blank("en")
    for abbreviation in lexicon.abbreviations:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("muster_sentencizer")
    ruler = nlp.add_pipe("muster_cues")
    ruler.add_patterns(lexicon.lower_patterns)
    ruler.add_patterns(lexicon.cased_patterns, cased=True)
    return nlp


class Pipeline:
    """Everything built once: the spaCy pipeline, the place matcher and the keyword prefilter."""

    def __init__(self) -> None:
        self.nlp = build_nlp()
        self.places = PlaceMatcher(self.nlp)
        self.prefilter = Prefilter.default()

    def extract(self, article: Article) -> dict:
        published = parse_published(article.published)
        if not self.prefilter.may_be_relevant(article.title + "\n" + article.text):
            return empty_record(article, published)
        text_doc = self.nlp(article.text)
        text_doc.user_data["muster_text"] = article.text
        title_doc = self.nlp(article.title) if article.title else None
        if title_doc is not None:
            title_doc.user_data["muster_text"] = article.title
        docs = [("text", text_doc)] + ([("title", title_doc)] if title_doc is not None else [])
        figures, facts, places = [], [], []
        abroad = leads_abroad(text_doc, title_doc)
        for field, doc in docs:
            found_places = find_places(doc, self.places, published.year if published else None)
            place_tokens = {i for p in found_places for i in range(p.start, p.end)}
            found = find_figures(doc, place_tokens, abroad)
            annotate(doc, found, found_places, self.places.gazetteer, published.year if published else None)
            figures += [(field, f) for f in found]
            facts += [(field, f) for f in find_facts(doc)]
            places += [(field, p) for p in found_places]
        relevant = is_relevant(text_doc, [f for fld, f in figures if fld == "text"], places)
        return build_record(article, published, relevant, figures, facts, places)


def leads_abroad(text_doc, title_doc) -> bool:
    """Does the headline or the lede put the story abroad ("U.S. troops in the Baltics to stay")?"""
    lede = sentences(text_doc)[:1]
    spans = ([title_doc[:]] if title_doc is not None and len(title_doc) else []) + lede
    for span in spans:
        if get_index(span.doc).in_range("FOREIGN", span.start, span.end):
            return True
    return False


def build_pipeline() -> Pipeline:
    return Pipeline()
