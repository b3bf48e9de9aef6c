#!/usr/bin/env python3
"""API latency under load: the deployment list and timelines, 32 concurrent clients on loopback.

    .venv/bin/python benchmarks/make_store.py                 # once: 100,000 articles, 1,000,000 claims
    .venv/bin/python benchmarks/bench_api.py [--db URL] [--clients 32] [--requests 4000] [--timelines 500]
                                             [--workers 1]

Starts `muster serve` on a free loopback port as a child process, waits until it
answers, then:

1. cold: one client asks for each of `--timelines` deployments' timelines once,
   and for the list under each filter once (what the first reader after a
   `muster reconcile` waits);
2. load: `--clients` connections (HTTP/1.1 keep-alive, a small asyncio client so
   the load generator costs little of the machine's two cores) send
   `--requests` requests in all, half to /api/deployments (with filters and
   offsets in turn) and half to /api/deployments/{id}/timeline (the first two
   pages of each of those deployments in turn), and time each from the request's
   first byte to the response's last.

Prints p50/p95/p99 per endpoint and PASS or FAIL against the target
(p95 <= 50 ms), then stops the server. Bounded in requests and time; only
127.0.0.1 is contacted.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET_MS = 50.0
LIST_QUERIES = ["", "?status=under+way", "?component=national_guard", "?place=Texas", "?authority=title_32",
                "?since=2024-01-01", "?offset=50", "?place=border&limit=20", "?until=2020-06-30", "?offset=200&limit=100"]


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=f"sqlite:///{HERE / 'bench.db'}")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--requests", type=int, default=4000, help="requests in all, over both endpoints")
    parser.add_argument("--timelines", type=int, default=500,
                        help="deployments whose timelines are asked for (the newest N)")
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    parser.add_argument("--muster", default=str(Path(sys.executable).with_name("muster")))
    parser.add_argument("--max-seconds", type=float, default=300, help="stop the load after this long")
    return parser.parse_args(argv)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(args, port: int) -> subprocess.Popen:
    command = [args.muster, "serve", "--host", "127.0.0.1", "--port", str(port), "--db", args.db,
               "--workers", str(args.workers)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped: {server.stderr.read()[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/deployments?limit=1", timeout=600) as response:
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not answer within 10 minutes")


class Connection:
    """One keep-alive HTTP/1.1 connection; `get` returns (status, body length)."""

    def __init__(self, port: int):
        self.port = port
        self.reader = self.writer = None

    async def get(self, path: str) -> tuple[int, int]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        length = next((int(line.split(":", 1)[1]) for line in lines if line.lower().startswith("content-length:")), None)
        if length is None:
            raise RuntimeError(f"no Content-Length for {path}")
        await self.reader.readexactly(length)
        return status, length

    def close(self):
        if self.writer is not None:
            self.writer.close()


def deployments(port: int, wanted: int) -> tuple[list[dict], int]:
    """The first `wanted` deployments of the list (newest first), read page by page, and how many there are."""
    found, total = [], None
    while total is None or len(found) < min(wanted, total):
        url = f"http://127.0.0.1:{port}/api/deployments?limit=500&offset={len(found)}"
        with urllib.request.urlopen(url) as response:
            page = json.load(response)
        total = page["total"]
        if not page["items"]:
            break
        found += page["items"]
    return found[:wanted], total


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


async def cold(port: int, paths: list[str]) -> list[float]:
    connection = Connection(port)
    times = []
    for path in paths:
        started = time.perf_counter()
        status, _ = await connection.get(path)
        times.append((time.perf_counter() - started) * 1000)
        if status != 200:
            raise SystemExit(f"{path}: HTTP {status}")
    connection.close()
    return times


async def load(port: int, jobs: list[tuple[str, str]], clients: int, max_seconds: float) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {"list": [], "timeline": []}
    errors = []
    queue = iter(jobs)
    deadline = time.monotonic() + max_seconds

    async def client():
        connection = Connection(port)
        try:
            for endpoint, path in queue:
                if time.monotonic() > deadline:
                    return
                started = time.perf_counter()
                status, _ = await connection.get(path)
                results[endpoint].append((time.perf_counter() - started) * 1000)
                if status != 200:
                    errors.append(f"{path}: HTTP {status}")
        finally:
            connection.close()

    await asyncio.gather(*(client() for _ in range(clients)))
    if errors:
        print(f"{len(errors)} errors, first: {errors[0]}")
    return results


def report(name: str, times: list[float], target: float | None = TARGET_MS) -> bool:
    p50, p95, p99 = (percentile(times, p) for p in (50, 95, 99))
    verdict = "" if target is None else ("PASS" if p95 <= target else "FAIL")
    print(f"{name:<34} n={len(times):>6}  p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  p99 {p99:7.1f} ms  "
          f"max {max(times):7.1f} ms  {verdict}")
    return p95 <= (target or float("inf"))


def main(argv=None) -> int:
    args = parse_args(argv)
    port = free_port()
    started = time.perf_counter()
    server = start_server(args, port)
    print(f"server up in {time.perf_counter() - started:.1f} s (first list request included) "
          f"on {args.db}, {args.workers} worker(s), {os.cpu_count()} cores")
    try:
        chosen, total = deployments(port, args.timelines)
        ids = [d["id"] for d in chosen]
        print(f"{total} deployments; timelines of {len(ids)}, {sum(d['points'] for d in chosen):,} points, "
              f"{sum(d['figures'] for d in chosen):,} figures")
        list_paths = ["/api/deployments" + q for q in LIST_QUERIES]
        timeline_paths = [f"/api/deployments/{i}/timeline" + q for i in ids for q in ("", "?offset=20")]
        cold_list = asyncio.run(cold(port, list_paths))
        cold_timeline = asyncio.run(cold(port, [f"/api/deployments/{i}/timeline" for i in ids]))
        jobs = []
        for n in range(args.requests):
            if n % 2:
                jobs.append(("timeline", timeline_paths[(n // 2) % len(timeline_paths)]))
            else:
                jobs.append(("list", list_paths[(n // 2) % len(list_paths)]))
        loaded = time.perf_counter()
        results = asyncio.run(load(port, jobs, args.clients, args.max_seconds))
        elapsed = time.perf_counter() - loaded
        done = sum(len(v) for v in results.values())
        print(f"\ncold (one client, first request after start):")
        report("  /api/deployments (each filter)", cold_list, None)
        report("  /api/deployments/{id}/timeline", cold_timeline, None)
        print(f"\nunder load: {args.clients} clients, {done} requests in {elapsed:.1f} s ({done / elapsed:.0f} req/s)")
        ok = report("  /api/deployments", results["list"])
        ok = report("  /api/deployments/{id}/timeline", results["timeline"]) and ok
        print(f"\ntarget p95 <= {TARGET_MS:.0f} ms: {'PASS' if ok else 'FAIL'}")
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
