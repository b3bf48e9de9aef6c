#!/usr/bin/env python3
"""Reconciliation at scale: `muster.reconcile.reconcile` over generated records, on one core.

    .venv/bin/python benchmarks/bench_reconcile.py [--claims 1000000] [--seed 7]

Generates extraction records (docs/record.md) in memory, each figure with the
`role` the extractor gives it: deployments in many
places (the theatres of theatres.toml and towns no theatre holds), each reported
on for weeks by outlets whose sentences vary (troops in place, plans, orders,
additions, withdrawals, peaks, background years), every figure and fact with its
evidence; one report in ten is a syndicated copy of another. Sentences carry
their attribution, so that, as in real reporting, few repeat outside copies. Then
times `reconcile(records)` pinned to one core, twice, and checks
that both runs give the same deployments (reconciliation is deterministic).

Prints the claims, records, deployments, seconds, claims per second, peak memory,
and PASS or FAIL against the target (1,000,000 claims in under 60 s). It prints
figures and never asserts.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import sys
import time
from datetime import date, timedelta

from muster.extract.record import neighbors
from muster.extract.roles import role_of

TARGET_SECONDS = 60.0

CITIES = ["Los Angeles, CA", "Chicago, IL", "Portland, OR", "Memphis, TN", "Washington, DC", "New Orleans, LA",
          "El Paso, TX", "San Diego, CA", "Kenosha, WI", "Louisville, KY", "Baltimore, MD", "Tulsa, OK",
          "Albuquerque, NM", "Charlotte, NC", "Spokane, WA", "Boise, ID", "Omaha, NE", "Tampa, FL",
          "Savannah, GA", "Buffalo, NY", "Denver, CO", "Reno, NV", "Fargo, ND", "Duluth, MN"]
COMPONENTS = [("National Guard members", "national_guard"), ("active-duty soldiers", "active_duty"),
              ("Marines", "active_duty"), ("troops", "unspecified"), ("Army reservists", "reserve")]
# (template, kind, qualifier): {n} is the number, {who} the troops, {town} the place
SENTENCES = [
    ("About {n} {who} are now on duty in {town}, officials said.", "present", "approx"),
    ("Roughly {n} {who} remain in {town} after the latest release.", "present", "approx"),
    ("The governor will send up to {n} {who} to {town} next week.", "sent", "up_to"),
    ("The Pentagon ordered {n} {who} to {town} on Monday.", "sent", "exact"),
    ("Another {n} {who} arrived in {town} overnight.", "sent", "exact"),
    ("The Pentagon approved funding for up to {n} {who} in {town} through Sept. 30.", "authorized", "up_to"),
    ("About {n} {who} were sent home from {town} on Friday.", "withdrawn", "approx"),
    ("At its height the force in {town} numbered {n} {who}.", "present", "exact"),
    ("More than {n} {who} have rotated through the {town} mission since it began.", "sent", "more_than"),
    ("In 1992, about {n} {who} were rushed into {town} to quell riots.", "sent", "approx"),
]
SPEAKERS = ["a spokesman", "a spokeswoman", "Col. Ruiz", "Maj. Chen", "Capt. Okafor", "Lt. Col. Haas", "an officer"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FACTS = [("mission", "protection", "The troops protect federal buildings in {town}."),
         ("mission", "logistics", "They drive trucks and run supply depots around {town}."),
         ("agency", "ICE", "They accompany Immigration and Customs Enforcement officers in {town}."),
         ("authority", "title_10_12406", "The order cites 10 U.S.C. 12406 for the troops in {town}.")]


def record(rng: random.Random, article: int, town: str, day: date, outlet: str) -> dict:
    """One report: a few figures and facts, each with its sentence and offsets."""
    text, figures, facts = [], [], []

    def add(sentence: str) -> tuple[int, str]:
        start = sum(len(s) + 1 for s in text)
        text.append(sentence)
        return start, sentence

    for _ in range(rng.randint(2, 5)):
        template, kind, qualifier = rng.choice(SENTENCES)
        who, component = rng.choice(COMPONENTS)
        n = rng.choice([150, 300, 500, 700, 900, 1200, 2000, 2500, 4000])
        sentence = template.format(n=f"{n:,}", who=who, town=town.split(",")[0])
        # attributed as news is, so that sentences rarely repeat across reports, as in real reporting
        sentence = sentence[:-1] + f", {rng.choice(SPEAKERS)} of the {rng.randint(11, 999)}th said {rng.choice(DAYS)}."
        start, sentence = add(sentence)
        words = f"{n:,} {who}"
        at = sentence.index(words)
        figures.append({
            "count": n, "qualifier": qualifier, "kind": kind, "component": component, "low": None, "high": None,
            "state": None, "place": town, "unit": None, "event_date": day.isoformat(), "background": "1992" in sentence,
            "evidence": {"field": "text", "start": start + at, "end": start + at + len(words), "text": words,
                         "sentence": sentence, "sentence_start": start}})
    for kind, value, template in rng.sample(FACTS, rng.randint(2, 4)):
        sentence = template.format(town=town.split(",")[0])
        sentence = sentence[:-1] + f", {rng.choice(SPEAKERS)} told reporters on {rng.choice(DAYS)} in room {rng.randint(1, 9999)}."
        start, sentence = add(sentence)
        facts.append({"type": kind, "value": value, "status": "invoked" if kind == "authority" else "stated",
                      "evidence": {"field": "text", "start": start, "end": start + 5, "text": sentence[:5],
                                   "sentence": sentence, "sentence_start": start}})
    start, sentence = add(f"Troops have been in {town.split(',')[0]} for weeks, {outlet} reported "
                          f"from block {rng.randint(1, 99999)}.")
    facts.append({"type": "place", "value": town, "status": "stated",
                  "evidence": {"field": "text", "start": start + 20, "end": start + 20 + len(town.split(",")[0]),
                               "text": town.split(",")[0], "sentence": sentence, "sentence_start": start}})
    for figure in figures:  # as the extractor gives it
        figure["role"] = role_of(figure, neighbors(figure, figures))
    return {"id": f"bench-{article}", "title": f"Troops in {town} ({article})", "published": day.isoformat(),
            "publisher": outlet, "relevant": True, "figures": figures, "facts": facts,
            "content_hash": f"{article:016x}"}


def records(claims: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    made, count, article = [], 0, 0
    while count < claims:
        town = rng.choice(CITIES)
        start = date(2000, 1, 1) + timedelta(days=rng.randint(0, 9000))
        for day_offset in range(rng.randint(20, 400)):
            if made and rng.random() < 0.1:  # a syndicated copy of the last report, run by another outlet
                r = {**made[-1], "id": f"bench-{article}", "publisher": "Syndicate"}
            else:
                r = record(rng, article, town, start + timedelta(days=day_offset // 3), rng.choice(["Wire", "Daily", "Post"]))
            made.append(r)
            article += 1
            count += len(r["figures"]) + len(r["facts"])
            if count >= claims:
                break
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    from muster.reconcile import reconcile

    made = records(args.claims, args.seed)
    claims = sum(len(r["figures"]) + len(r["facts"]) for r in made)
    print(f"generated {len(made):,} records with {claims:,} claims")
    gc.collect()
    runs = []
    from muster.reconcile.places import gazetteer
    from muster.reconcile.wording import _statuses_said

    for attempt in (1, 2):
        _statuses_said.cache_clear()  # each run cold, as a fresh `muster reconcile` is
        gazetteer().seen.clear()
        began = time.perf_counter()
        deployments = reconcile(made)
        seconds = time.perf_counter() - began
        runs.append((seconds, json.dumps([d["id"] for d in deployments]), len(deployments)))
        print(f"run {attempt}: {len(deployments):,} deployments in {seconds:.1f} s "
              f"({claims / seconds:,.0f} claims/s)")
        del deployments
        gc.collect()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    seconds = min(s for s, _, _ in runs)
    print(f"deterministic: {'yes' if runs[0][1] == runs[1][1] else 'NO'}; peak memory {peak_mb:,.0f} MB")
    scaled = seconds * 1_000_000 / claims
    verdict = "PASS" if scaled < TARGET_SECONDS else "FAIL"
    print(f"target: 1,000,000 claims in under {TARGET_SECONDS:.0f} s on one core -> {scaled:.1f} s, {verdict}")


if __name__ == "__main__":
    sys.exit(main())
