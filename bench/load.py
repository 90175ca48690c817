"""Bounded load test on loopback: a fixed request rate against `eventwire serve`, then latency.

The server runs as a subprocess, `eventwire serve` as a user would start it (one worker
process per core, access logs off). Requests are
sent open-loop on a fixed schedule, and each latency is measured from its scheduled time, so a
server that falls behind shows it in the tail instead of slowing the client down.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROUTES = [
    "/api/events?limit=50",
    "/api/events?country=BLR",
    "/api/merged-events",
    "/api/actors?limit=100",
    "/api/quotes",
    "/api/places",
    "/api/articles",
    "/api/search?q=troops",
    "/api/network",
    "/api/stats",
    "/",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: str, port: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "eventwire.cli", "serve", "--db", db, "--port", str(port)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_ready(base: str, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            if httpx.get(base + "/api/stats", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def article_routes(base: str) -> list[str]:
    """Detail pages of the stored articles, so those are loaded too."""
    items = httpx.get(base + "/api/articles", params={"limit": 20}).json()["items"]
    return [f"/api/articles/{item['id']}" for item in items]


async def one(client: httpx.AsyncClient, route: str, due: float) -> tuple[float, bool]:
    try:
        response = await client.get(route)
        ok = response.status_code == 200
    except httpx.HTTPError:
        ok = False
    return time.perf_counter() - due, ok


async def run(base: str, routes: list[str], rate: int, seconds: int) -> list[tuple[float, bool]]:
    """Start each request at its due time; only requests in flight exist as tasks."""
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        start = time.perf_counter()
        tasks = []
        for i in range(rate * seconds):
            due = start + i / rate
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            tasks.append(asyncio.create_task(one(client, routes[i % len(routes)], due)))
        return await asyncio.gather(*tasks)


def summary(samples: list[tuple[float, bool]], rate: int, seconds: int, wall: float) -> dict:
    latencies = sorted(latency * 1000 for latency, _ in samples)
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return {
        "rate_per_s": rate,
        "seconds": seconds,
        "requests": len(samples),
        "served_per_s": round(len(samples) / wall, 1),
        "errors": sum(not ok for _, ok in samples),
        "p50_ms": round(cuts[49], 1),
        "p95_ms": round(cuts[94], 1),
        "p99_ms": round(cuts[98], 1),
        "max_ms": round(latencies[-1], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default="eventwire.db")
    parser.add_argument("--rate", type=int, default=200, help="requests per second")
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--out", type=Path, help="also write the numbers here as JSON")
    args = parser.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(args.db, port)
    try:
        wait_ready(base)
        routes = ROUTES + article_routes(base)
        start = time.perf_counter()
        samples = asyncio.run(run(base, routes, args.rate, args.seconds))
        wall = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(timeout=30)
    result = summary(samples, args.rate, args.seconds, wall)
    print(json.dumps(result, indent=2))
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
