#!/usr/bin/env python3
"""A large synthetic store for the API benchmark: 100,000 articles, 1,000,000 claims.

    .venv/bin/python benchmarks/make_store.py [--db sqlite:///benchmarks/bench.db] [--articles 100000]
                                              [--claims-per-article 10] [--articles-per-deployment 100]

Rows are synthetic but shaped like muster's own: each article is a dated report
of a few sentences, each sentence holding one troop figure whose claim row
points at it (evidence offsets are true), with place, authority and mission
facts; deployments group consecutive reports of one theatre, and their
`summary` has the shape `muster reconcile` writes (sources, claims, facts, a
timeline with a point per report date, findings), linked to every claim in
`deployment_claims`; beside it, as reconcile saves them, its brief and its
timeline points with their figures' evidence (muster.store.deployment_views).
Bulk inserts through SQLAlchemy core (executemany), a transaction per batch.
Seeded: the same options give the same store.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import insert

from muster.store import Store, deployment_views
from muster.store.deployments import deployment_rows
from muster.store.models import Claim, Deployment, DeploymentClaim, DeploymentPoint, Fact, StoredArticle

NOTE = "This is a question for legal review, not a conclusion."
THEATRES = [  # (theatre id, name, place, kind, lat, lon, state)
    ("southern_border", "Southern border", "southern border", "border", 31.33, -111.07, None),
    ("los_angeles", "Los Angeles", "Los Angeles, CA", "city", 34.05, -118.24, "California"),
    ("washington_dc", "Washington DC", "Washington, DC", "district", 38.9, -77.04, "District of Columbia"),
    ("portland", "Portland", "Portland, OR", "city", 45.52, -122.68, "Oregon"),
    ("chicago", "Chicago", "Chicago, IL", "city", 41.88, -87.63, "Illinois"),
    ("new_orleans", "New Orleans and the Gulf Coast", "New Orleans, LA", "city", 29.95, -90.07, "Louisiana"),
    ("memphis", "Memphis", "Memphis, TN", "city", 35.15, -90.05, "Tennessee"),
    ("el_paso", "El Paso", "El Paso, TX", "city", 31.76, -106.49, "Texas"),
    ("northern_border", "Northern border", "northern border", "border", 49.0, -110.0, None),
    ("asheville", "Western North Carolina", "Asheville, NC", "city", 35.6, -82.55, "North Carolina"),
]
COMPONENTS = ["national_guard", "active_duty", "reserve", "unspecified"]
QUALIFIERS = [("exact", 1.0, 1.0), ("approx", 0.9, 1.1), ("up_to", 0.0, 1.0), ("at_least", 1.0, None),
              ("more_than", 1.0, None)]
KINDS = ["present", "sent", "authorized", "withdrawn"]
AUTHORITIES = [("title_32", "32 U.S.C. 502(f)"), ("title_10_12406", "10 U.S.C. 12406"),
               ("insurrection_act", "10 U.S.C. 251-255"), ("national_emergency", "50 U.S.C. 1631")]
MISSIONS = ["logistics", "detection_monitoring", "protection", "engineering", "transportation"]
VERBS = {"present": "are now deployed in", "sent": "will be sent to", "authorized": "are authorized for",
         "withdrawn": "will leave"}
HEDGES = {"exact": "", "approx": "about ", "up_to": "up to ", "at_least": "at least ", "more_than": "more than "}
NOUNS = {"national_guard": "National Guard troops", "active_duty": "active-duty soldiers",
         "reserve": "reservists", "unspecified": "troops"}
BATCH = 20000


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=f"sqlite:///{Path(__file__).resolve().parent / 'bench.db'}")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--claims-per-article", type=int, default=10)
    parser.add_argument("--articles-per-deployment", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    return parser.parse_args(argv)


def article_rows(index: int, rng: random.Random, theatre, day: date, n_claims: int):
    """One article, its claims and facts, with evidence offsets into its text."""
    theatre_id, name, place, kind, lat, lon, state = theatre
    article_id = f"bench-{index:07d}"
    title = f"{name}: troop numbers reported on {day.isoformat()} (report {index})"
    sentences, claims, facts = [], [], []
    offset = 0
    base = rng.choice([300, 500, 800, 1200, 1500, 2000, 2500, 4000, 5000])
    for position in range(n_claims):
        component = COMPONENTS[position % 4 if rng.random() < 0.5 else 0]
        qualifier, lo, hi = QUALIFIERS[rng.randrange(len(QUALIFIERS))]
        figure_kind = KINDS[0 if position == 0 else rng.randrange(len(KINDS))]
        count = max(10, int(base * rng.uniform(0.5, 1.5)) // 10 * 10)
        words = f"{HEDGES[qualifier]}{count:,} {NOUNS[component]}"
        sentence = f"Officials said {words} {VERBS[figure_kind]} {place} this week, according to the report."
        start = offset + len("Officials said ")
        claims.append({
            "article_id": article_id, "position": position, "count": count, "qualifier": qualifier,
            "kind": figure_kind, "component": component, "low": int(count * lo), "high": int(count * hi) if hi else None,
            "state": state if component == "national_guard" else None, "place": place, "unit": None,
            "event_date": day, "background": False, "evidence_field": "text", "evidence_start": start,
            "evidence_end": start + len(words), "evidence_text": words, "sentence": sentence,
            "sentence_start": offset, "extra": None,
        })
        sentences.append(sentence)
        offset += len(sentence) + 1
    authority, citation = AUTHORITIES[index % len(AUTHORITIES)]
    mission = MISSIONS[index % len(MISSIONS)]
    tail = [(f"The deployment in {place} was ordered under {authority.replace('_', ' ')}.", "authority", authority),
            (f"Troops will help with {mission.replace('_', ' ')} in {place}.", "mission", mission),
            (f"Reporters visited {place} on Tuesday.", "place", place)]
    for position, (sentence, fact_type, value) in enumerate(tail):
        at = sentence.index(value.replace("_", " ")) if fact_type != "authority" else sentence.index("under ") + 6
        length = len(value.replace("_", " "))
        facts.append({
            "article_id": article_id, "position": position, "type": fact_type, "value": value,
            "status": {"authority": "invoked", "mission": "stated", "place": "stated"}[fact_type],
            "citation": citation if fact_type == "authority" else None,
            "lat": lat if fact_type == "place" else None, "lon": lon if fact_type == "place" else None,
            "place_kind": kind if fact_type == "place" else None, "evidence_field": "text",
            "evidence_start": offset + at, "evidence_end": offset + at + length,
            "evidence_text": sentence[at:at + length], "sentence": sentence, "sentence_start": offset, "extra": None,
        })
        sentences.append(sentence)
        offset += len(sentence) + 1
    text = " ".join(sentences)
    article = {
        "id": article_id, "title": title, "text": text, "published": day, "published_text": day.isoformat(),
        "url": f"https://news.example/{article_id}", "publisher": f"Example Wire {index % 7}", "source": "make_store",
        "content_hash": hashlib.sha256(text.encode()).hexdigest(), "ingested_at": datetime.now(timezone.utc),
        "relevant": True, "extracted_at": datetime.now(timezone.utc), "extractor_version": "bench",
        "record_extra": {"title": title, "published": day.isoformat()},
    }
    return article, claims, facts


def summary(deployment_id: str, theatre, reports: list[tuple[dict, list[dict], list[dict]]]) -> dict:
    """A deployment summary in the shape `muster reconcile` writes."""
    theatre_id, name, place, kind, lat, lon, state = theatre
    first, last = reports[0][0]["published_text"], reports[-1][0]["published_text"]

    def ref(claim, article):
        return {"claim": f"{claim['article_id']}#f{claim['position']}", "article_id": claim["article_id"],
                "position": claim["position"], "published": article["published_text"], "publisher": article["publisher"],
                "sentence": claim["sentence"], "count": claim["count"], "qualifier": claim["qualifier"],
                "kind": claim["kind"], "component": claim["component"], "state": claim["state"], "place": claim["place"],
                "low": claim["low"], "high": claim["high"], "additional": False,
                "date": article["published_text"], "background": False, "part": False}

    claims, facts, timeline = [], [], []
    for article, article_claims, article_facts in reports:
        refs = [ref(c, article) for c in article_claims]
        claims += refs
        facts += [{"claim": f"{f['article_id']}#x{f['position']}", "article_id": f["article_id"],
                   "position": f["position"], "published": article["published_text"], "publisher": article["publisher"],
                   "sentence": f["sentence"], "type": f["type"], "value": f["value"], "status": f["status"],
                   "date": article["published_text"]} for f in article_facts]
        present = [r for r in refs if r["kind"] == "present"]
        ceiling = [r for r in refs if r["kind"] == "authorized"]
        day = article["published_text"]
        if timeline and timeline[-1]["date"] == day:
            point = timeline[-1]
        else:
            point = {"date": day, "present": None, "ceiling": None, "status": "under way", "parts": [],
                     "changes": [], "claims": [], "restated": [], "conflicts": [], "reports": []}
            timeline.append(point)
        point["claims"] += refs
        point["reports"].append(article["id"])
        if present:
            point["present"] = {"low": present[0]["low"], "high": present[0]["high"]}
            point["changes"].append({"op": "set", "component": None, "state": None, "low": present[0]["low"],
                                     "high": present[0]["high"], "claims": [present[0]["claim"]]})
        elif len(timeline) > 1:
            point["present"] = timeline[-2]["present"]
        if ceiling:
            point["ceiling"] = {"low": ceiling[0]["low"], "high": ceiling[0]["high"]}
            point["changes"].append({"op": "ceiling", "component": None, "state": None, "low": ceiling[0]["low"],
                                     "high": ceiling[0]["high"], "claims": [ceiling[0]["claim"]]})
        elif len(timeline) > 1:
            point["ceiling"] = timeline[-2]["ceiling"]
    components = sorted({c["component"] for c in claims if c["component"] != "unspecified"})
    invoked = sorted({f["value"] for f in facts if f["type"] == "authority"})
    findings = []
    if "title_10_12406" in invoked:
        trigger = next(f for f in facts if f["value"] == "title_10_12406")
        findings.append({"rule": "federalized_over_objection", "title": "Guard federalized", "question": "Was it lawful?",
                         "citations": ["10 U.S.C. 12406"], "deployment_id": deployment_id, "deployment": name,
                         "triggers": [{"article_id": trigger["article_id"], "sentence": trigger["sentence"],
                                       "published": trigger["published"], "fact": "authority",
                                       "value": "title_10_12406", "status": "invoked", "claim": trigger["claim"]}],
                         "absent": [], "note": NOTE})
    return {
        "id": deployment_id, "name": f"{name}, {first[:4]}, {deployment_id[-4:]}", "theatre": theatre_id,
        "theatre_name": name, "force": "guard", "components": components, "command": None, "start": first,
        "first_report": first, "last_report": last, "status": "under way" if last >= "2025-01-01" else "ended",
        "estimate": timeline[-1]["present"], "ceiling": timeline[-1]["ceiling"],
        "authorities": {"invoked": invoked, "mentioned": []},
        "missions": sorted({f["value"] for f in facts if f["type"] == "mission"}), "missions_denied": [],
        "agencies": [], "commands": [], "places": [place] + ([state] if state else []), "home_states": [],
        "conditions": [],
        "sources": [{"article_id": a["id"], "published": a["published_text"], "title": a["title"],
                     "publisher": a["publisher"], "copies": []} for a, _, _ in reports],
        "claims": claims, "facts": facts, "timeline": timeline, "findings": findings,
    }


def main(argv=None) -> int:
    args = parse_args(argv)
    rng = random.Random(args.seed)
    started = time.perf_counter()
    url = args.db
    if url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///"):])
        for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            stale.unlink(missing_ok=True)
    store = Store(url)
    counts = {"articles": 0, "claims": 0, "facts": 0, "deployments": 0, "points": 0, "links": 0}
    per = args.articles_per_deployment
    start_day = date(2018, 1, 1)
    claim_id = 0
    buffers = {name: [] for name in counts}

    def flush(force=False):
        if not force and len(buffers["claims"]) < BATCH:
            return
        with store.engine.begin() as connection:
            for name, model in (("articles", StoredArticle), ("claims", Claim), ("facts", Fact),
                                ("deployments", Deployment), ("points", DeploymentPoint), ("links", DeploymentClaim)):
                if buffers[name]:
                    connection.execute(insert(model), buffers[name])
                    counts[name] += len(buffers[name])
                    buffers[name].clear()
        print(f"\r{counts['articles']:,} articles, {counts['claims']:,} claims, {counts['deployments']:,} deployments "
              f"({time.perf_counter() - started:.0f} s)", end="", file=sys.stderr, flush=True)

    for group in range(0, args.articles, per):
        theatre = THEATRES[(group // per) % len(THEATRES)]
        first_day = start_day + timedelta(days=(group // per) * 3)
        deployment_id = "dep-" + hashlib.sha1(f"{theatre[0]}{group}".encode()).hexdigest()[:12]
        reports = []
        for index in range(group, min(group + per, args.articles)):
            day = first_day + timedelta(days=(index - group) * rng.choice([1, 1, 2, 3]) // 2)
            article, claims, facts = article_rows(index, rng, theatre, day, args.claims_per_article)
            reports.append((article, claims, facts))
            buffers["articles"].append(article)
            for claim in claims:
                claim_id += 1
                claim["id"] = claim_id
                buffers["links"].append({"deployment_id": deployment_id, "claim_id": claim_id})
            buffers["claims"] += claims
            buffers["facts"] += facts
        reports.sort(key=lambda r: r[0]["published_text"])
        built = summary(deployment_id, theatre, reports)
        # what `muster reconcile` saves beside the summary, evidence joined from the claims in hand
        claim_rows = {(c["article_id"], c["position"]): SimpleNamespace(**c) for _, claims, _ in reports for c in claims}
        coords = {theatre[2]: (theatre[4], theatre[5], theatre[3])}
        brief = deployment_views.brief(built, claim_rows, coords)
        timeline = deployment_views.timeline_points(built, claim_rows)
        row, points = deployment_rows(built, brief, timeline)
        buffers["deployments"].append(row)
        buffers["points"] += points
        flush()
    flush(force=True)
    print(file=sys.stderr)
    from muster.web.search import ensure_index

    indexed = time.perf_counter()
    ensure_index(store.engine)
    print(f"search index built in {time.perf_counter() - indexed:.0f} s", file=sys.stderr)
    store.close()
    print(f"{url}: {counts['articles']:,} articles, {counts['claims']:,} claims, {counts['facts']:,} facts, "
          f"{counts['deployments']:,} deployments ({counts['points']:,} timeline points), {counts['links']:,} claim links "
          f"in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
