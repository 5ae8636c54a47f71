"""A long fuzz campaign: many random inputs through `peristiwa.extract`, each checked for
no exception (but the InputError that NUL text must raise), offsets that index the text, a valid
`peristiwa/1` object and a time bound.

    .venv/bin/python benchmarks/fuzz_campaign.py --inputs 1000000 --jobs 2 [--seed 1] [--start N] \
        [--out benchmarks/results/fuzz.json]

Inputs come from four generators, in turn: random Unicode (any code point but surrogates, up to
300 characters), Indonesian news word soup (words, dates, clock times, numbers, names and
punctuation, up to 120 tokens), character-level mutations of windows of the texts in
`tests/data` (insert, delete, replace, duplicate), and structure soup (infobox rows, headings,
citation marks, brackets, line breaks). Every fifth input gets a random reference time. Failing
inputs are written beside the report (`fuzz-failures.jsonl`) so that each can become a test.
The CI runs the same checks on fewer inputs (tests/test_output.py, hypothesis).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TIME_LIMIT = 5.0  # seconds for one input of at most a few KB
WORDS = [
    "Polisi",
    "menangkap",
    "dua",
    "orang",
    "di",
    "Jakarta",
    "pada",
    "Senin",
    "Selasa",
    "Rabu",
    "Kamis",
    "Jumat",
    "Sabtu",
    "Minggu",
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
    "pukul",
    "WIB",
    "WITA",
    "WIT",
    "sedikitnya",
    "sekitar",
    "hampir",
    "tewas",
    "luka-luka",
    "ditahan",
    "menyerang",
    "membom",
    "berunjuk",
    "rasa",
    "demonstran",
    "Presiden",
    "Prabowo",
    "Jokowi",
    "TNI",
    "Polri",
    "KKB",
    "OPM",
    "Papua",
    "Puncak",
    "Ilaga",
    "Kabupaten",
    "Provinsi",
    "Distrik",
    "Kota",
    "kemarin",
    "lusa",
    "besok",
    "pekan",
    "lalu",
    "depan",
    "bulan",
    "tahun",
    "ini",
    "itu",
    "menurut",
    "kata",
    "ujar",
    "mengatakan",
    "mengecam",
    "menuntut",
    "meminta",
    "sepakat",
    "menandatangani",
    "perjanjian",
    "AS",
    "Irak",
    "Iran",
    "Israel",
    "Gaza",
    "Hamas",
    "ISIS",
    "tidak",
    "belum",
    "akan",
    "bukan",
    "setelah",
    "sebelum",
    "sejak",
    "hingga",
    "ke-82",
    "puluhan",
    "ratusan",
    "ribuan",
    "satu",
    "dua",
    "tiga",
    "sepuluh",
    "seratus",
    "1.000",
    "2,5",
    "juta",
]
PUNCT = [".", ",", ";", ":", "(", ")", '"', "'", "-", "–", "/", "\n", "\n\n", "\r\n", "[16]", "|", "==", "##"]


def _number(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return f"{rng.randint(0, 40)}/{rng.randint(0, 14)}/{rng.randint(0, 2100)}"
    if kind == 1:
        return f"{rng.randint(0, 30)}.{rng.randint(0, 70):02d}"
    if kind == 2:
        return f"({rng.randint(0, 40)}/{rng.randint(0, 14)})"
    if kind == 3:
        return str(rng.randint(0, 10 ** rng.randint(1, 12)))
    if kind == 4:
        return f"{rng.randint(1, 31)} {rng.choice(WORDS)} {rng.randint(1, 9999)}"
    return f"{rng.randint(0, 9)},{rng.randint(0, 99)}"


def _unicode(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randint(0, 300)):
        point = rng.choice((rng.randint(0, 0x7F), rng.randint(0, 0xFFFF), rng.randint(0, 0x10FFFF)))
        if 0xD800 <= point <= 0xDFFF:
            continue
        out.append(chr(point))
    return "".join(out)


def _soup(rng: random.Random) -> str:
    tokens = []
    for _ in range(rng.randint(0, 120)):
        pick = rng.random()
        tokens.append(rng.choice(WORDS) if pick < 0.6 else _number(rng) if pick < 0.8 else rng.choice(PUNCT))
    return " ".join(tokens)


def _mutate(rng: random.Random, texts: list[str]) -> str:
    source = rng.choice(texts)
    start = rng.randrange(max(1, len(source) - 50))
    chars = list(source[start : start + rng.randint(20, 1500)])
    for _ in range(rng.randint(1, 20)):
        if not chars:
            break
        at = rng.randrange(len(chars))
        op = rng.randrange(4)
        if op == 0:
            chars.insert(at, rng.choice(["\n", " ", ".", "(", ")", "0", "9", "/", "\u200b", "é", "🇮🇩"]))
        elif op == 1:
            del chars[at]
        elif op == 2:
            chars[at] = rng.choice(["\n", " ", "x", "1", "-", ":"])
        else:
            chars[at:at] = chars[at : at + rng.randint(1, 40)]
    return "".join(chars)


def _structure(rng: random.Random) -> str:
    rows = []
    for _ in range(rng.randint(1, 15)):
        kind = rng.randrange(5)
        if kind == 0:
            rows.append(f"{rng.choice(['Tanggal', 'Waktu', 'Lokasi', 'Korban', 'Pelaku'])} | {_soup(rng)[:80]}")
        elif kind == 1:
            rows.append(f"== {rng.choice(WORDS)} ==")
        elif kind == 2:
            rows.append(f"## {rng.choice(WORDS)}")
        elif kind == 3:
            rows.append(f"{rng.choice(WORDS).upper()}, KOMPAS.com - {_soup(rng)[:200]}")
        else:
            rows.append(_soup(rng)[:300] + rng.choice(["", "[1]", "[2][3]", " (AFP)"]))
    return "\n".join(rows)


def make_input(n: int, seed: int, texts: list[str]) -> tuple[str, str | None]:
    rng = random.Random(seed * 1_000_003 + n)
    text = (_unicode, _soup, lambda r: _mutate(r, texts), _structure)[n % 4](rng)
    ref = None
    if n % 5 == 0:
        day = f"{rng.randint(1000, 2999):04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        ref = f"{day}T{rng.randint(0, 23):02d}:00:00+07:00"
    return text, ref


def _spans(obj: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(obj, dict):
        if {"text", "start", "end"} <= obj.keys() and isinstance(obj["start"], int):
            found.append(obj)
        for value in obj.values():
            found.extend(_spans(value))
    elif isinstance(obj, list):
        for value in obj:
            found.extend(_spans(value))
    return found


_TEXTS: list[str] = []


def _init(texts: list[str]) -> None:
    _TEXTS.extend(texts)


def _validator() -> Any:
    """The `peristiwa/1` check: fastjsonschema's compiled validator when it is installed (about
    7x faster than jsonschema on these documents; the schema uses only draft-07 keywords), else
    the package's own jsonschema validation."""
    global _VALIDATE
    if _VALIDATE is None:
        from peristiwa.schema import schema, validate

        try:
            import fastjsonschema
        except ImportError:
            _VALIDATE = validate
        else:
            _VALIDATE = fastjsonschema.compile({**schema(), "$schema": "http://json-schema.org/draft-07/schema#"})
    return _VALIDATE


_VALIDATE: Any = None


def check(args: tuple[int, int]) -> dict[str, Any] | None:
    """None when input `n` passes; else what went wrong, with the input."""
    import peristiwa
    from peristiwa.errors import InputError

    validate = _validator()

    n, seed = args
    text, ref = make_input(n, seed, _TEXTS)
    began = time.process_time()
    try:
        data = peristiwa.extract(text, reference_time=ref).to_json()
    except InputError as err:
        if "\x00" in text or not text.strip():
            return None
        return {"n": n, "kind": "input_error", "error": str(err), "text": text, "reference_time": ref}
    except Exception as err:
        return {"n": n, "kind": "crash", "error": repr(err), "text": text, "reference_time": ref}
    spent = time.process_time() - began
    bad = [s for s in _spans(data) if s["text"] != text[s["start"] : s["end"]]]
    if bad:
        return {"n": n, "kind": "offset", "error": str(bad[0]), "text": text, "reference_time": ref}
    try:
        validate(data)
    except Exception as err:
        return {"n": n, "kind": "schema", "error": str(err)[:300], "text": text, "reference_time": ref}
    if spent > TIME_LIMIT:
        return {"n": n, "kind": "slow", "error": f"{spent:.1f} s", "text": text, "reference_time": ref}
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", type=int, default=0, help="first input number (to go on with a stopped campaign)")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "fuzz.json")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data").rglob("*.txt"))]
    texts = [t for t in texts if t.strip()] or ["Polisi menangkap dua orang di Jakarta pada Senin (3/3/2025)."]
    began = time.time()
    failures: list[dict[str, Any]] = []
    kinds: dict[str, int] = {}
    done = 0
    with multiprocessing.get_context("fork").Pool(args.jobs, initializer=_init, initargs=(texts,)) as pool:
        for result in pool.imap_unordered(
            check, ((n, args.seed) for n in range(args.start, args.start + args.inputs)), chunksize=64
        ):
            done += 1
            if result is not None:
                failures.append(result)
                kinds[result["kind"]] = kinds.get(result["kind"], 0) + 1
            if done % 10_000 == 0:
                print(f"{done} inputs, {len(failures)} failures, {time.time() - began:.0f} s", file=sys.stderr)
            if done % 50_000 == 0:  # a stopped campaign leaves what it has checked so far
                _report(args, done, failures, kinds, began, complete=False)
    report = _report(args, done, failures, kinds, began, complete=True)
    print(json.dumps(report))
    return 1 if failures else 0


def _report(
    args: argparse.Namespace,
    done: int,
    failures: list[dict[str, Any]],
    kinds: dict[str, int],
    began: float,
    *,
    complete: bool,
) -> dict[str, Any]:
    report = {
        "inputs": done,
        "planned": args.inputs,
        "first_input": args.start,
        "complete": complete,
        "seed": args.seed,
        "jobs": args.jobs,
        "failures": len(failures),
        "by_kind": kinds,
        "wall_s": round(time.time() - began, 1),
        "time_limit_s": TIME_LIMIT,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    if failures:
        with (args.out.parent / "fuzz-failures.jsonl").open("w", encoding="utf-8") as out:
            for failure in failures:
                out.write(json.dumps(failure, ensure_ascii=False) + "\n")
    return report


if __name__ == "__main__":
    sys.exit(main())
