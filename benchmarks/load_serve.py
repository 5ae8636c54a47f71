"""Load test of `peristiwa serve`: N concurrent clients × M requests on loopback.

    .venv/bin/python benchmarks/load_serve.py [--clients 50] [--requests 20] [--size-kb 0] [--workers 1]
    .venv/bin/python benchmarks/load_serve.py --clients 100 --requests 1 --size-kb 20 --workers 2  # #17

Starts the server on a free loopback port, waits until the pipeline is loaded, then sends
POST /extract from `--clients` concurrent httpx clients (each `--requests` requests: sentences of
the packaged example, or with `--size-kb N` the example repeated to N KB) while another client
polls /health every 50 ms, and writes latencies (p50/p95/max) of both, throughput and errors to
`benchmarks/results/serve.json` (`--out` for another file). Exits 1 if any request failed.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import machine_info

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "serve.json"
EXAMPLE = ROOT / "src" / "peristiwa" / "serve" / "static" / "contoh-berita.txt"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_ready(base: str, process: subprocess.Popen[bytes], limit: float = 300.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited with code {process.returncode}")
        try:
            if httpx.get(base + "/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.3)
    raise SystemExit("server did not become ready")


async def client(base: str, texts: list[str], n: int, requests: int, latencies: list[float], errors: list[str]) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=300) as http:
        for k in range(requests):
            body = {"text": texts[(n + k) % len(texts)], "id": f"c{n}-{k}", "reference_time": "2024-03-05"}
            start = time.perf_counter()
            try:
                response = await http.post("/extract", json=body)
                if response.status_code != 200:
                    errors.append(f"{response.status_code}: {response.text[:200]}")
            except httpx.HTTPError as err:
                errors.append(repr(err))
            latencies.append(time.perf_counter() - start)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def health(base: str, done: asyncio.Event, latencies: list[float], errors: list[str]) -> None:
    """/health every 50 ms while the load runs: is the server still answering at once?"""
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        while not done.is_set():
            start = time.perf_counter()
            try:
                response = await http.get("/health")
                if response.status_code != 200:
                    errors.append(f"health {response.status_code}")
            except httpx.HTTPError as err:
                errors.append(f"health {err!r}")
            latencies.append(time.perf_counter() - start)
            await asyncio.sleep(0.05)


def _texts(size_kb: int) -> list[str]:
    example = EXAMPLE.read_text(encoding="utf-8")
    if not size_kb:
        return [line for line in example.splitlines() if len(line) > 40]
    text = example
    while len(text.encode("utf-8")) < size_kb * 1024:
        text += "\n\n" + example
    return [text[: size_kb * 1024]]


async def load(base: str, clients: int, requests: int, size_kb: int = 0) -> dict[str, object]:
    texts = _texts(size_kb)
    latencies: list[float] = []
    errors: list[str] = []
    health_latencies: list[float] = []
    done = asyncio.Event()
    poller = asyncio.create_task(health(base, done, health_latencies, errors))
    start = time.perf_counter()
    await asyncio.gather(*(client(base, texts, n, requests, latencies, errors) for n in range(clients)))
    wall = time.perf_counter() - start
    done.set()
    await poller
    return {
        "size_kb": size_kb or round(statistics.fmean(len(t.encode("utf-8")) for t in texts) / 1024, 2),
        "health": {
            "polls": len(health_latencies),
            "p50_s": round(statistics.median(health_latencies), 4) if health_latencies else None,
            "p95_s": round(percentile(health_latencies, 0.95), 4) if health_latencies else None,
            "max_s": round(max(health_latencies), 4) if health_latencies else None,
        },
        "clients": clients,
        "requests_per_client": requests,
        "requests": len(latencies),
        "errors": len(errors),
        "error_samples": errors[:5],
        "wall_s": round(wall, 3),
        "throughput_rps": round(len(latencies) / wall, 2),
        "latency_s": {
            "p50": round(statistics.median(latencies), 4),
            "p95": round(percentile(latencies, 0.95), 4),
            "max": round(max(latencies), 4),
            "mean": round(statistics.fmean(latencies), 4),
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--workers", type=int, default=1, help="server extraction worker processes")
    parser.add_argument("--size-kb", type=int, default=0, help="each request this many KB of text (0: sentences)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "peristiwa.cli",
            "serve",
            "--port",
            str(port),
            "--workers",
            str(args.workers),
            "--timeout",
            "300",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_ready(base, process)
        report = asyncio.run(load(base, args.clients, args.requests, args.size_kb))
    finally:
        process.terminate()
        process.wait(10)
    report["server_workers"] = args.workers
    report["machine"] = machine_info()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    latency = report["latency_s"]
    assert isinstance(latency, dict)
    print(
        f"{report['requests']} requests, {report['errors']} errors, {report['throughput_rps']} req/s, "
        f"p50 {latency['p50']} s, p95 {latency['p95']} s; /health p95 {report['health']} -> {args.out}"
    )
    return 1 if report["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
