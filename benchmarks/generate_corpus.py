#!/usr/bin/env python3
"""Generate a synthetic news corpus for muster's extraction benchmark.

    python benchmarks/generate_corpus.py --count 3000 --seed 1 --out corpus.jsonl

Writes JSON Lines, one article a line: {"id", "title", "published", "text"},
with paragraphs of about 600 words separated by blank lines.

The mix is fixed, one in five each, so throughput figures are comparable
between runs: in every block of five consecutive articles, one reports a
domestic military deployment (border, city or storm), one mentions troops,
the Guard or the military without a domestic deployment (abroad, recruiting,
veterans, police surges, metaphorical "troops"), and three are ordinary local
news with numbers, places and police. The extractor's cost depends on how
often its rules fire, so the mix matters as much as the word count.

Article i depends only on (seed, i): a longer run starts with the same articles
as a shorter one. Pure standard library.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_templates as T  # noqa: E402

TARGET_WORDS = (520, 640)
SLICES = ["deployment", "military_other", "ordinary", "ordinary", "ordinary"]
TOPICS = {
    "deployment": T.DEPLOYMENT_TOPICS,
    "military_other": T.MILITARY_OTHER_TOPICS,
    "ordinary": T.ORDINARY_TOPICS,
}
_FIELD = re.compile(r"\{(\w+)\}")


# --- fresh random values --------------------------------------------------------


def troop_count(rng: random.Random) -> str:
    """A troop figure as reporters write it: mostly round, sometimes not."""
    roll = rng.random()
    if roll < 0.55:
        n = rng.randrange(2, 51) * 100
    elif roll < 0.8:
        n = rng.randrange(4, 40) * 50
    elif roll < 0.92:
        n = rng.randrange(120, 6000)
    else:
        n = rng.randrange(6, 16) * 1000
    return f"{n:,}"


def hedged(rng: random.Random, ctx: dict, components: list[str]) -> str:
    """"up to 1,500 Guard troops": a hedge, a count and a component phrase."""
    hedge = rng.choice(T.HEDGES)
    phrase = f"{troop_count(rng)} {rng.choice(components)}"
    return f"{hedge} {phrase}" if hedge else phrase


def person(rng: random.Random) -> str:
    return f"{rng.choice(T.FIRST_NAMES)} {rng.choice(T.LAST_NAMES)}"


def money(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return f"${rng.randrange(11, 990) / 10:g} million"
    return f"${rng.randrange(11, 99) / 10:g} billion"


def official_role(rng: random.Random) -> str:
    return rng.choice([
        "A senior defense official",
        "A Pentagon spokesman",
        f"Pentagon press secretary {person(rng)}",
        f"{rng.choice(T.RANKS)} {rng.choice(T.LAST_NAMES)}, a spokesman for the mission,",
        "A Homeland Security official who spoke on condition of anonymity",
    ])


def other_city(rng: random.Random, ctx: dict) -> str:
    city, _ = rng.choice(T.METRO_CITIES + T.STORM_CITIES)
    return city


FILLERS = {
    "troops": lambda rng, ctx: hedged(rng, ctx, T.GUARD + T.ACTIVE + T.RESERVE + T.UNSPECIFIED),
    "hedge_troops": lambda rng, ctx: hedged(rng, ctx, T.GUARD + T.ACTIVE + T.UNSPECIFIED),
    "guard_troops": lambda rng, ctx: hedged(rng, ctx, T.GUARD),
    "active_troops": lambda rng, ctx: hedged(rng, ctx, T.ACTIVE),
    "guard_kind": lambda rng, ctx: rng.choice(T.GUARD),
    "active_kind": lambda rng, ctx: rng.choice(T.ACTIVE),
    "n": lambda rng, ctx: troop_count(rng),
    "name": lambda rng, ctx: person(rng),
    "last": lambda rng, ctx: rng.choice(T.LAST_NAMES),
    "rank": lambda rng, ctx: rng.choice(T.RANKS),
    "official_role": lambda rng, ctx: official_role(rng),
    "org": lambda rng, ctx: rng.choice(T.ORGS),
    "city2": other_city,
    "city3": other_city,
    "mission": lambda rng, ctx: rng.choice(T.MISSIONS),
    "mission2": lambda rng, ctx: rng.choice(T.MISSIONS),
    "money": lambda rng, ctx: money(rng),
    "money_small": lambda rng, ctx: f"${rng.randrange(5, 51) * 1000:,}",
    "num": lambda rng, ctx: f"{rng.randrange(100, 20000):,}",
    "officers": lambda rng, ctx: f"{rng.randrange(4, 90) * 100:,}",
    "small": lambda rng, ctx: str(rng.randrange(2, 10)),
    "small2": lambda rng, ctx: str(rng.randrange(10, 31)),
    "pct": lambda rng, ctx: str(rng.randrange(2, 36)),
    "age": lambda rng, ctx: str(rng.randrange(19, 81)),
    "days": lambda rng, ctx: str(rng.randrange(20, 121)),
    "temp": lambda rng, ctx: str(rng.randrange(98, 119)),
    "inches": lambda rng, ctx: str(rng.randrange(2, 16)),
    "mph": lambda rng, ctx: str(rng.randrange(75, 151)),
    "score": lambda rng, ctx: f"{rng.randrange(14, 42)}-{rng.randrange(3, 14)}",
    "day": lambda rng, ctx: str(rng.randrange(1, 29)),
    "hour": lambda rng, ctx: str(rng.randrange(5, 8)),
    "year_old": lambda rng, ctx: str(ctx["year"] - rng.randrange(1, 11)),
}


# --- one article ------------------------------------------------------------------


def published_date(rng: random.Random) -> dt.date:
    """A date between 2018 and 2025, the span the real corpus covers."""
    start = dt.date(2018, 1, 1)
    return start + dt.timedelta(days=rng.randrange((dt.date(2025, 12, 31) - start).days))


def home_city(rng: random.Random, topic: str) -> tuple[str, str]:
    """Border stories happen in border towns and storm stories on the coast."""
    if topic == "border":
        return rng.choice(T.BORDER_CITIES)
    if topic == "storm":
        return rng.choice(T.STORM_CITIES)
    return rng.choice(T.METRO_CITIES + T.STORM_CITIES + T.BORDER_CITIES)


def article_context(rng: random.Random, topic: str, published: dt.date) -> dict:
    """Values fixed for one article, so its city, governor and agency stay put."""
    city, state = home_city(rng, topic)
    weekday, weekday2 = rng.sample(T.WEEKDAYS, 2)
    rival, team = rng.sample(T.TEAMS, 2)
    return {
        "city": city,
        "state": state,
        "st": T.STATES[state],
        "city_state": f"{city}, {state}",
        "state2": rng.choice([s for s in T.STATES if s != state]),
        "governor": f"Gov. {person(rng)}",
        "mayor": person(rng),
        "chief": person(rng),
        "base": rng.choice(T.BASES),
        "unit": rng.choice(T.UNITS),
        "agency": rng.choice(T.AGENCIES),
        "command": rng.choice(T.COMMANDS),
        "authority": rng.choice(T.AUTHORITIES),
        "authority2": rng.choice(T.AUTHORITIES),
        "reason": rng.choice(T.REASONS),
        "foreign": rng.choice(T.FOREIGN),
        "team": team,
        "rival": rival,
        "company": rng.choice(T.COMPANIES),
        "weekday": weekday,
        "weekday2": weekday2,
        "month": rng.choice(T.MONTHS),
        "season": rng.choice(T.SEASONS),
        "year": published.year,
        "sport": rng.choice(T.SPORTS),
    }


def fill(template: str, ctx: dict, rng: random.Random) -> str:
    """Replace each {field}: the article's fixed value if it has one, else a fresh one.

    Filled values may hold fields of their own ("members of the {state} National
    Guard"), so the result is filled again until no field is left.
    """
    def value(match: re.Match) -> str:
        name = match.group(1)
        if name in ctx:
            return str(ctx[name])
        return FILLERS[name](rng, ctx)

    for _ in range(3):
        template = _FIELD.sub(value, template)
        if "{" not in template:
            break
    return template


def sentence_case(text: str) -> str:
    """Capitalise the first letter: hedged fields ("up to 500 ...") open some sentences."""
    for i, char in enumerate(text):
        if char.isalpha():
            return text[:i] + char.upper() + text[i + 1:]
        if char.isdigit():
            break
    return text


class Deck:
    """Templates dealt without repeats until the deck runs out, then reshuffled.

    Drawing with replacement would repeat sentences inside one article far more
    often than a reporter does.
    """

    def __init__(self, templates: list[str], rng: random.Random):
        self.templates = list(templates)
        self.rng = rng
        self.cards: list[str] = []

    def draw(self) -> str:
        if not self.cards:
            self.cards = self.templates[:]
            self.rng.shuffle(self.cards)
        return self.cards.pop()


def body_decks(slice_: str, topic: str, rng: random.Random) -> list[tuple[Deck, float]]:
    """Where body sentences come from, with weights: mostly on topic, some filler."""
    generic = Deck(T.BODY["generic"], rng)
    if slice_ == "deployment":
        return [(Deck(T.BODY["deployment"] + T.BODY[topic], rng), 0.75), (generic, 0.25)]
    shared = T.BODY["military_misc"] if slice_ == "military_other" else T.BODY["civic"]
    return [(Deck(T.BODY[topic], rng), 0.45), (Deck(shared, rng), 0.25), (generic, 0.30)]


def paragraphs(slice_: str, topic: str, ctx: dict, rng: random.Random) -> list[str]:
    """A lead paragraph, then paragraphs of two to four sentences up to ~600 words."""
    target = rng.randint(*TARGET_WORDS)
    lead = sentence_case(fill(rng.choice(T.LEADS[topic]), ctx, rng))
    result, words = [lead], len(lead.split())
    decks = body_decks(slice_, topic, rng)
    weights = [w for _, w in decks]
    while words < target:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            deck = rng.choices(decks, weights)[0][0]
            sentences.append(sentence_case(fill(deck.draw(), ctx, rng)))
        paragraph = " ".join(sentences)
        result.append(paragraph)
        words += len(paragraph.split())
    return result


def slice_of(index: int, seed: int) -> str:
    """Which slice article `index` falls in: each block of five is a shuffle of SLICES."""
    order = SLICES[:]
    random.Random(f"{seed}:block:{index // 5}").shuffle(order)
    return order[index % 5]


def make_article(index: int, seed: int) -> dict:
    """Article number `index` of the stream for `seed`; the same every time."""
    rng = random.Random(f"{seed}:article:{index}")
    slice_ = slice_of(index, seed)
    topic = rng.choice(TOPICS[slice_])
    published = published_date(rng)
    ctx = article_context(rng, topic, published)
    return {
        "id": f"bench-{seed}-{index:06d}",
        "title": sentence_case(fill(rng.choice(T.TITLES[topic]), ctx, rng)),
        "published": published.isoformat(),
        "text": "\n\n".join(paragraphs(slice_, topic, ctx, rng)),
    }


def generate(count: int, seed: int = 0):
    """Yield `count` articles of the stream for `seed`."""
    for index in range(count):
        yield make_article(index, seed)


def write_corpus(out, count: int, seed: int = 0) -> int:
    """Write `count` articles as JSON Lines to an open text file; return the word count."""
    words = 0
    for article in generate(count, seed):
        words += len(article["text"].split())
        out.write(json.dumps(article, ensure_ascii=False) + "\n")
    return words


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=3000, help="articles to write (default 3000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--out", help="output file (default: standard output)")
    args = parser.parse_args(argv)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as out:
            write_corpus(out, args.count, args.seed)
        return
    try:
        write_corpus(sys.stdout, args.count, args.seed)
        sys.stdout.flush()
    except BrokenPipeError:  # `| head` closed the pipe early; not an error
        sys.stderr.close()


if __name__ == "__main__":
    main()
