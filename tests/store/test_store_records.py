"""save_record and record(): claims and facts replaced as a whole, and read back as saved."""
from __future__ import annotations

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

import muster
from muster.store import RecordError, UnknownArticle
from muster.store.models import Deployment, DeploymentClaim, Fact

from store_data import BORDER, BORDER_TEXT, border_record, make_article


@pytest.fixture
def border_store(store):
    store.add_articles([BORDER, make_article(1)])
    return store


def test_record_round_trips(border_store):
    record = border_record()
    border_store.save_record(record)
    assert border_store.record("border-001") == record
    assert list(border_store.record("border-001")) == list(record)  # key order too


def test_saving_again_replaces_claims_and_facts(border_store):
    border_store.save_record(border_record())
    border_store.save_record(border_record())
    assert border_store.counts() | {"articles": 0} == {
        "articles": 0, "relevant": 1, "claims": 2, "facts": 4, "deployments": 0,
    }
    smaller = border_record()
    smaller["figures"] = smaller["figures"][:1]
    smaller["facts"] = []
    border_store.save_record(smaller)
    assert border_store.record("border-001") == smaller
    assert border_store.counts()["claims"] == 1 and border_store.counts()["facts"] == 0


def test_claims_and_facts_read_as_dicts_with_their_article(border_store):
    record = border_record()
    border_store.save_record(record)
    claims = border_store.claims("border-001")
    assert [c["count"] for c in claims] == [1500, 2500]
    assert all(c["article_id"] == "border-001" and isinstance(c["id"], int) for c in claims)
    for claim in claims:
        evidence = claim["evidence"]
        assert BORDER_TEXT[evidence["start"]:evidence["end"]] == evidence["text"]
    assert claims[0] | {"id": None, "article_id": None} == {"id": None, "article_id": None, **record["figures"][0]}
    facts = border_store.facts("border-001")
    assert [(f["type"], f["value"]) for f in facts] == [
        ("mission", "logistics"), ("mission", "transportation"), ("agency", "CBP"), ("place", "southern border"),
    ]
    assert border_store.claims("art-001") == [] and len(border_store.claims()) == 2
    assert len(border_store.facts()) == 4


def test_saving_marks_the_article_extracted(border_store):
    assert border_store.record("border-001") is None
    assert {a.id for a in border_store.iter_articles(only_unextracted=True)} == {"border-001", "art-001"}
    not_relevant = {"id": "art-001", "relevant": False, "figures": [], "facts": []}
    border_store.save_record(not_relevant, extractor_version="test-1")
    border_store.save_record(border_record())
    assert [a.id for a in border_store.iter_articles(only_unextracted=True)] == []
    assert border_store.get_article("art-001")["relevant"] is False
    assert border_store.get_article("art-001")["extractor_version"] == "test-1"
    assert border_store.get_article("border-001")["extractor_version"] == muster.__version__
    assert border_store.get_article("border-001")["extracted_at"] is not None
    assert border_store.counts()["relevant"] == 1
    assert border_store.record("art-001") == {
        "id": "art-001", "title": make_article(1).title, "published": "2025-01-22",
        "relevant": False, "figures": [], "facts": [],
    }


def test_keys_beyond_the_documented_ones_survive(border_store):
    record = border_record()
    record["confidence"] = 0.8
    record["figures"][0]["unit"] = "1st Armored Division"
    record["figures"][0]["confidence"] = 0.9
    record["figures"][0]["evidence"]["label"] = "FIGURE"
    record["facts"][0]["note"] = {"cue": "will provide"}
    border_store.save_record(record)
    assert border_store.record("border-001") == record


def test_unbounded_and_float_interval_ends(border_store):
    record = border_record()
    record["figures"][0] |= {"qualifier": "more_than", "low": 1501.0, "high": float("inf")}
    border_store.save_record(record)
    figure = border_store.record("border-001")["figures"][0]
    assert (figure["low"], figure["high"]) == (1501, None)
    assert isinstance(figure["low"], int)


def test_unicode_in_records_round_trips(store):
    text = "Soldats 🪖 à Los Ángeles: « environ 700 marines » — 国民警卫队."
    store.add_articles([make_article(9, id="fr-001", text=text)])
    words = "environ 700 marines"
    record = {
        "id": "fr-001", "title": make_article(9).title, "published": "2025-01-22", "relevant": True,
        "figures": [{
            "count": 700, "qualifier": "approx", "kind": "sent", "component": "active_duty",
            "low": 630, "high": 770, "state": None, "place": "Los Ángeles, CA",
            "event_date": "2025-06-09", "background": False,
            "evidence": {"field": "text", "start": text.index(words), "end": text.index(words) + len(words),
                         "text": words, "sentence": text, "sentence_start": 0},
        }],
        "places": ["Los Ángeles, CA"],
        "facts": [],
    }
    store.save_record(record)
    assert store.record("fr-001") == record


def test_unknown_article_is_refused(store):
    with pytest.raises(UnknownArticle):
        store.save_record(border_record())


@pytest.mark.parametrize("change, message", [
    (lambda r: r.pop("relevant"), "relevant"),
    (lambda r: r["figures"][0].pop("count"), "figure 1: missing 'count'"),
    (lambda r: r["figures"][1].update(low=3000), "figure 2: low 3000 is above high 2750"),
    (lambda r: r["figures"][0].update(event_date="last week"), "not an ISO date"),
    (lambda r: r["figures"][0].pop("evidence"), "missing 'evidence'"),
    (lambda r: r["facts"][0].update(status="maybe"), "fact 1: status 'maybe'"),
    (lambda r: r["facts"][2].update(type="weapon"), "fact 3: type 'weapon'"),
    (lambda r: r["facts"][3].update(lat="north"), "fact 4: lat"),
])
def test_malformed_records_are_refused_and_change_nothing(border_store, change, message):
    border_store.save_record(border_record())
    record = border_record()
    change(record)
    with pytest.raises(RecordError, match=message):
        border_store.save_record(record)
    assert border_store.record("border-001") == border_record()


def test_the_database_checks_fact_types_too(border_store):
    row = {
        "article_id": "border-001", "position": 0, "type": "weapon", "value": "x", "status": "stated",
        "evidence_field": "text", "evidence_start": 0, "evidence_end": 1, "evidence_text": "T",
    }
    with pytest.raises(IntegrityError):
        with border_store.session() as session:
            session.execute(insert(Fact), [row])
    assert border_store.counts()["facts"] == 0


def test_replacing_claims_drops_their_deployment_links(border_store):
    border_store.save_record(border_record())
    with border_store.session() as session:
        session.add(Deployment(id="dep-border-2025", name="Southern border 2025"))
        session.flush()
        session.add_all(DeploymentClaim(deployment_id="dep-border-2025", claim_id=c["id"])
                        for c in border_store.claims("border-001"))
    with border_store.session() as session:
        assert len(session.get(Deployment, "dep-border-2025").claims) == 2
    border_store.save_record(border_record())
    with border_store.session() as session:
        assert session.get(Deployment, "dep-border-2025").claims == []
    assert border_store.counts()["deployments"] == 1
