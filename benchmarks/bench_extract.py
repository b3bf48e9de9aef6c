#!/usr/bin/env python3
"""Extraction throughput benchmark: `muster extract` against a tokenization floor.

    .venv/bin/python benchmarks/bench_extract.py [--count 3000] [--muster PATH] [--keep]

Generates a synthetic corpus (see generate_corpus.py), then measures in one run:

- end to end: `muster extract FILE --json > /dev/null` as a child process pinned
  to one core, wall time with interpreter start and model loading included,
  because that is what a user waits for; and the child's peak resident memory;
- the floor: a bare `spacy.blank("en")` tokenizing the same texts in this
  process on the same core. No spaCy-based extractor can beat it, so the ratio
  says how much the extractor's own rules cost on top of the tokenizer;
- the targets (>= 300 articles/s, peak < 400 MB), each with PASS or FAIL.

It prints figures and never asserts: a failing `muster extract` is reported and
the floor is still measured, so the script is useful before the extractor works.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate_corpus import generate  # noqa: E402

TARGET_ARTICLES_PER_S = 300
TARGET_PEAK_MB = 400
STDERR_TAIL = 15
FLOOR_REPEATS = 3
SAMPLE_ARTICLES = 50


@dataclass
class Corpus:
    path: Path
    texts: list[str]
    words: int


@dataclass
class Timing:
    """One measured run; `error` is set instead of figures when it failed."""

    seconds: float = 0.0
    articles: int = 0
    words: int = 0
    tokens: int | None = None
    peak_mb: float | None = None
    error: str | None = None

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


# --- setup ----------------------------------------------------------------------------


def write_corpus(count: int, seed: int) -> Corpus:
    """Write the corpus to a temp .jsonl file and keep its texts for the floor."""
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", prefix="muster-bench-", suffix=".jsonl", delete=False
    )
    texts = []
    with handle:
        for article in generate(count, seed):
            texts.append(article["text"])
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    return Corpus(Path(handle.name), texts, sum(len(t.split()) for t in texts))


def find_muster(explicit: str | None) -> str | None:
    """The executable to time: --muster, else `muster` on PATH, else the repo's venv."""
    if explicit:
        return explicit
    on_path = shutil.which("muster")
    if on_path:
        return on_path
    venv = HERE.parent / ".venv" / "bin" / "muster"
    return str(venv) if venv.exists() else None


def pick_core() -> int | None:
    """CPU 0 if this process may use it, else the lowest allowed one; None where
    the platform cannot pin (macOS), in which case runs are unpinned."""
    if not hasattr(os, "sched_getaffinity"):
        return None
    allowed = os.sched_getaffinity(0)
    return 0 if 0 in allowed else min(allowed)


def maxrss_mb(ru_maxrss: int) -> float:
    """ru_maxrss is in kilobytes on Linux and in bytes on macOS; return MiB."""
    return ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else ru_maxrss / 1024


# --- end to end -------------------------------------------------------------------------


def pinned_command(command: list[str], core: int | None):
    """Prefix `taskset -c CORE` when available, else pin in the child before exec.

    One core for both sides keeps the comparison fair on a busy or many-core
    machine, and stops a multi-threaded extractor from looking faster than it is.
    Returns (command, preexec_fn).
    """
    if core is None:
        return command, None
    if shutil.which("taskset"):
        return ["taskset", "-c", str(core), *command], None
    return command, lambda: os.sched_setaffinity(0, {core})


def describe_pinning(core: int | None) -> str:
    if core is None:
        return "not pinned (no CPU affinity on this platform)"
    return f"CPU {core} ({'taskset' if shutil.which('taskset') else 'sched_setaffinity'})"


def run_extract(muster: str | None, corpus: Corpus, core: int | None) -> Timing:
    """Time `muster extract FILE --json` with stdout to /dev/null.

    os.wait4 gives the rusage of exactly this child (and its waited-for
    children), unlike RUSAGE_CHILDREN, which would mix in any earlier child.
    """
    if muster is None:
        return Timing(error="no muster executable: not on PATH, no .venv/bin/muster; use --muster")
    command, preexec = pinned_command([muster, "extract", str(corpus.path), "--json"], core)
    with tempfile.TemporaryFile("w+b") as err:
        start = time.perf_counter()
        try:
            child = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err, preexec_fn=preexec
            )
        except OSError as exc:
            return Timing(error=f"could not start {command[0]}: {exc}")
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        tail = err.read().decode("utf-8", errors="replace").splitlines()[-STDERR_TAIL:]
    if child.returncode != 0:
        message = f"`{' '.join(command)}` exited with {child.returncode} after {seconds:.1f} s"
        if tail:
            message += "\n" + "\n".join("    | " + line for line in tail)
        return Timing(error=message)
    return Timing(seconds, len(corpus.texts), corpus.words, peak_mb=maxrss_mb(usage.ru_maxrss))


def check_records(muster: str, corpus: Corpus) -> str:
    """Run extract untimed on the first SAMPLE_ARTICLES and count records that come back.

    The timed run sends its output to /dev/null, so on its own it cannot tell a
    fast extractor from one that silently skipped the file; this check can.
    """
    with corpus.path.open(encoding="utf-8") as source:
        lines = [line for _, line in zip(range(SAMPLE_ARTICLES), source)]
    wanted = {json.loads(line)["id"] for line in lines}
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".jsonl", delete=False) as sample:
        sample.writelines(lines)
    try:
        result = subprocess.run([muster, "extract", sample.name, "--json"], stdin=subprocess.DEVNULL,
                                capture_output=True, text=True)
    finally:
        os.unlink(sample.name)
    ids = set()
    for line in result.stdout.splitlines():
        try:
            ids.add(json.loads(line).get("id"))
        except (ValueError, AttributeError):
            continue
    found = len(ids & wanted)
    note = "" if found == len(wanted) else "   WARNING: the figures above may not measure real extraction"
    return f"{found} of {len(wanted)} sample articles came back as records{note}"


# --- floor ------------------------------------------------------------------------------


def tokenize_all(spacy, texts: list[str]) -> tuple[float, int]:
    """Seconds and token count for one pass of a fresh blank pipeline.

    Fresh each pass so the vocabulary and tokenizer cache start cold, as they
    do in the extractor's process.
    """
    nlp = spacy.blank("en")
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))
    return time.perf_counter() - start, tokens


def run_floor(corpus: Corpus, core: int | None) -> tuple[Timing, float]:
    """Tokenize every text with a bare spacy.blank("en") on the same core.

    The best of FLOOR_REPEATS passes: the floor is cheap, and taking the fastest
    pass keeps a stray background job from making the extractor look better.
    Import and the first pipeline creation are timed apart, not counted.
    """
    start = time.perf_counter()
    try:
        import spacy

        spacy.blank("en")
    except Exception as exc:  # spaCy missing or broken: say so, keep going
        return Timing(error=f"spaCy unavailable: {exc}"), 0.0
    load_seconds = time.perf_counter() - start
    previous = os.sched_getaffinity(0) if core is not None else None
    if core is not None:
        os.sched_setaffinity(0, {core})
    try:
        seconds, tokens = min(tokenize_all(spacy, corpus.texts) for _ in range(FLOOR_REPEATS))
    finally:
        if previous is not None:
            os.sched_setaffinity(0, previous)
    return Timing(seconds, len(corpus.texts), corpus.words, tokens=tokens), load_seconds


# --- report -----------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def print_setup(corpus: Corpus, seed: int, muster: str | None, pinning: str, kept: bool) -> None:
    size_mb = corpus.path.stat().st_size / (1024 * 1024)
    where = str(corpus.path) if kept else "temp file, deleted at exit"
    print("muster extraction benchmark")
    print(f"  corpus    {len(corpus.texts):,} articles, {corpus.words:,} words, "
          f"{size_mb:.1f} MB, seed {seed} ({where})")
    print(f"  muster    {muster or 'not found'}")
    print(f"  pinned    {pinning}")
    print()


def print_end_to_end(e2e: Timing, records: str | None) -> None:
    print("end to end: muster extract FILE --json > /dev/null (process start included)")
    if e2e.error:
        print(f"  FAILED: {e2e.error}")
    else:
        print(f"  wall time     {e2e.seconds:9.2f} s")
        print(f"  throughput    {e2e.articles_per_s:9.1f} articles/s  {e2e.words_per_s:12,.0f} words/s")
        print(f"  peak memory   {e2e.peak_mb:9.1f} MB (max RSS of the child)")
        print(f"  records       {records}")
    print()


def print_floor(floor: Timing, load_seconds: float) -> None:
    print(f'floor: spacy.blank("en") tokenization of the same texts, one process, one core, '
          f'best of {FLOOR_REPEATS}')
    if floor.error:
        print(f"  FAILED: {floor.error}")
    else:
        tokens_per_s = floor.tokens / floor.seconds if floor.seconds else 0.0
        print(f"  load          {load_seconds:9.2f} s (import + blank pipeline, not counted)")
        print(f"  wall time     {floor.seconds:9.2f} s")
        print(f"  throughput    {floor.articles_per_s:9.1f} articles/s  {floor.words_per_s:12,.0f} words/s"
              f"  {tokens_per_s:12,.0f} tokens/s")
    print()


def print_ratio_and_targets(e2e: Timing, floor: Timing) -> None:
    print("ratio")
    if e2e.error or floor.error or not floor.articles_per_s:
        print("  end to end / floor   n/a (one side was not measured)")
    else:
        ratio = e2e.articles_per_s / floor.articles_per_s
        print(f"  end to end / floor   {ratio:.3f} (extract takes {1 / ratio:.1f}x the time of bare tokenization)")
    print()
    print("targets")
    if e2e.error:
        print(f"  throughput  >= {TARGET_ARTICLES_PER_S} articles/s   {'n/a':>9}   NOT MEASURED")
        print(f"  peak memory <  {TARGET_PEAK_MB} MB           {'n/a':>9}   NOT MEASURED")
        return
    print(f"  throughput  >= {TARGET_ARTICLES_PER_S} articles/s   {e2e.articles_per_s:9.1f}   "
          f"{verdict(e2e.articles_per_s >= TARGET_ARTICLES_PER_S)}")
    print(f"  peak memory <  {TARGET_PEAK_MB} MB           {e2e.peak_mb:9.1f}   "
          f"{verdict(e2e.peak_mb < TARGET_PEAK_MB)}")


# --- main -------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=3000, help="articles to generate (default 3000)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--muster", help="muster executable (default: muster on PATH, else .venv/bin/muster)")
    parser.add_argument("--keep", action="store_true", help="keep the generated corpus and print its path")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    corpus = write_corpus(args.count, args.seed)
    try:
        muster = find_muster(args.muster)
        core = pick_core()
        e2e = run_extract(muster, corpus, core)
        records = None if e2e.error else check_records(muster, corpus)
        floor, load_seconds = run_floor(corpus, core)
        print_setup(corpus, args.seed, muster, describe_pinning(core), args.keep)
        print_end_to_end(e2e, records)
        print_floor(floor, load_seconds)
        print_ratio_and_targets(e2e, floor)
    finally:
        if not args.keep:
            corpus.path.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
