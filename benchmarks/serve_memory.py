"""Peak RSS of `peristiwa serve` (its own process and its worker) answering one hostile body:
a news clause repeated without full stops up to nearly the 5 MB body limit.

    .venv/bin/python benchmarks/serve_memory.py [--chars 4900000]

Prints the status, the answer's size, and each process's peak RSS (Linux, /proc VmHWM).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load_serve import free_port, wait_ready

CLAUSE = "Polisi menangkap tiga orang di Jayapura pada Senin (29/12/2019) pukul 11.00 WIB, "


def peak_mb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM"):
            return int(line.split()[1]) // 1024
    return -1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=4_900_000)
    args = parser.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "peristiwa.cli", "serve", "--port", str(port), "--timeout", "900"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_ready(base, process)
        text = (CLAUSE * (args.chars // len(CLAUSE) + 1))[: args.chars]
        request = urllib.request.Request(
            base + "/extract", data=json.dumps({"text": text}).encode(), headers={"content-type": "application/json"}
        )
        start = time.monotonic()
        with urllib.request.urlopen(request, timeout=1800) as answer:
            size, status = len(answer.read()), answer.status
        children = subprocess.run(["pgrep", "-P", str(process.pid)], capture_output=True, text=True).stdout.split()
        workers = [peak_mb(int(c)) for c in children]
        print(
            f"{args.chars} chars: status {status}, answer {size / 2**20:.0f} MB in {time.monotonic() - start:.0f} s; "
            f"peak RSS server {peak_mb(process.pid)} MB, child processes {workers} MB"
        )
    finally:
        process.terminate()
        process.wait(10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
