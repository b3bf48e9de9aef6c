"""Measure extraction against annotated articles: precision, recall and F1 per field.

The measures follow the eval contract of the project's design notes: figures match
on their count (each gold figure used once), strict figures also on qualifier, kind
and component; list fields are compared as normalized sets, micro-averaged.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from muster.article import Article

LIST_FIELDS = ("authorities", "invoked", "missions", "agencies", "commands", "places")
FIELDS = ("relevant", "figures", *LIST_FIELDS)
ATTRIBUTES = ("qualifier", "kind", "component")


def load_gold(folder: Path) -> dict[str, tuple[Article, dict]]:
    """Articles and their gold records from *.json files; ValueError names a bad file."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ValueError(f"{folder}: not a folder")
    gold = {}
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            article = Article(
                id=str(data["id"]), title=data.get("title") or "", text=data["text"], published=data.get("published")
            )
            gold[article.id] = (article, data["gold"])
        except (ValueError, KeyError, TypeError) as error:
            raise ValueError(f"{path}: not an annotated article ({error})") from None
    if not gold:
        raise ValueError(f"{folder}: no annotated *.json articles")
    return gold


def normalize(value) -> str:
    text = str(value).casefold().replace("u.s.", "us")
    return " ".join(w for w in re.sub(r"[^\w\s]", " ", text).split() if w != "the")


def _f1(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def _counts(figures) -> list[tuple[int, dict]]:
    out = []
    for figure in figures or []:
        try:
            out.append((int(figure["count"]), figure))
        except (KeyError, TypeError, ValueError):
            pass
    return out


def score(gold: dict[str, dict], predictions: dict[str, dict]) -> tuple[dict, list]:
    tally = {name: Counter() for name in (*FIELDS, "figures_strict")}
    attributes = {name: Counter() for name in ATTRIBUTES}
    errors = []
    for article_id, truth in gold.items():
        guess = predictions.get(article_id) or {}
        want, got = bool(truth.get("relevant")), bool(guess.get("relevant"))
        tally["relevant"].update(tp=want and got, fp=got and not want, fn=want and not got)
        if want != got:
            errors.append((article_id, "relevant", want, got))
        remaining = _counts(truth.get("figures"))
        predicted = _counts(guess.get("figures"))
        strict = lambda items: Counter((c, *(f.get(a) for a in ATTRIBUTES)) for c, f in items)  # noqa: E731
        strict_gold, strict_pred = strict(remaining), strict(predicted)
        for count, figure in predicted:
            position = next((i for i, (c, _) in enumerate(remaining) if c == count), None)
            if position is None:
                tally["figures"]["fp"] += 1
                errors.append((article_id, "figure not in gold", None, count))
                continue
            _, truth_figure = remaining.pop(position)
            tally["figures"]["tp"] += 1
            for name in ATTRIBUTES:
                same = truth_figure.get(name) == figure.get(name)
                attributes[name]["right" if same else "wrong"] += 1
                if not same:
                    errors.append((article_id, f"{count} {name}", truth_figure.get(name), figure.get(name)))
        tally["figures"]["fn"] += len(remaining)
        errors += [(article_id, "figure missed", count, None) for count, _ in remaining]
        both = sum((strict_gold & strict_pred).values())
        tally["figures_strict"].update(tp=both, fp=sum(strict_pred.values()) - both, fn=sum(strict_gold.values()) - both)
        for field in LIST_FIELDS:
            want_set = {normalize(v) for v in truth.get(field) or []}
            got_set = {normalize(v) for v in guess.get(field) or []}
            tally[field].update(tp=len(want_set & got_set), fp=len(got_set - want_set), fn=len(want_set - got_set))
            if want_set != got_set:
                errors.append((article_id, field, sorted(want_set - got_set), sorted(got_set - want_set)))
    report: dict = {"articles": len(gold), "fields": [*FIELDS, "figures_strict"]}
    for name, counts in tally.items():
        report[name] = _f1(counts["tp"], counts["fp"], counts["fn"])
    for name, counts in attributes.items():
        total = counts["right"] + counts["wrong"]
        report[f"figure_{name}_accuracy"] = round(counts["right"] / total, 4) if total else None
    report["overall"] = round(sum(report[f]["f1"] for f in FIELDS) / len(FIELDS), 4)
    return report, errors
