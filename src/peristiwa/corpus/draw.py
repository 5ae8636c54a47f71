"""The documented random draw of texts to annotate.

Documents are stratified by how many conflict/political keywords they contain
(``lang/id/corpus/draw_keywords.txt``) and drawn with a fixed seed, so the draw is reproducible and
covers every topic: the low strata supply the sport, business and lifestyle articles that hold
no political event, the high strata the conflict reporting. The keywords decide only which
stratum a text is in; what the text holds is decided by its annotation.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, replace
from pathlib import Path

from ..lang import data_text

SEED = 20261203

#: (name, lowest hit count, highest hit count or None) of the Kompas strata.
KOMPAS_STRATA: tuple[tuple[str, int, int | None], ...] = (
    ("none", 0, 1),
    ("low", 2, 5),
    ("mid", 6, 14),
    ("high", 15, None),
)
KOMPAS_PER_STRATUM = 63
WIKI_STRATA: tuple[tuple[str, int, int | None], ...] = (("low", 0, 4), ("high", 5, None))
WIKI_PER_STRATUM = {"low": 15, "high": 32}
LEIPZIG_WITH_KEYWORD = 600
LEIPZIG_WITHOUT = 500
#: The second tranche, drawn after the first was annotated and held too few events for the
#: corpus's target (1,500 required events): only from what the first left, richer strata.
SECOND_KOMPAS = {"low": 20, "mid": 80, "high": 22}
SECOND_WIKI = {"high": 20}
SECOND_LEIPZIG_WITH_KEYWORD = 700
#: The third tranche (2026-12-05), drawn because the judge's learning curve still rose at the
#: full train split: the mid stratum's rest, and low and none articles for the topics (sport,
#: business, lifestyle) whose false events the judge must learn to drop. Articles of the
#: cluster gold (``corpus/clusters``) are left out, so its held-out half stays unseen.
THIRD_KOMPAS = {"mid": 38, "low": 60, "none": 40}
#: The fourth tranche (2026-12-05, the same day): the third raised the judge's dev F1 again, and
#: only the low and none strata of Kompas are left; with it the Wikipedia passages richest in
#: events that are left and as many poorer ones, and 250 more news sentences with a keyword. The
#: same exclusions as the third.
FOURTH_KOMPAS = {"low": 75}
FOURTH_WIKI = {"high": 10, "low": 10}
FOURTH_LEIPZIG_WITH_KEYWORD = 250
#: The fifth tranche (2026-12-05): the Kompas mid and high strata and the Wikipedia passages
#: richest in events are used up, and the judge's learning curve still rose, most on event-rich
#: text; so 500 more news sentences with a keyword, and 30 Kompas articles with no keyword at all
#: for the events per event-free text (0.16 on test against a goal of 0.1). The same exclusions.
FIFTH_LEIPZIG_WITH_KEYWORD = 500
FIFTH_KOMPAS = {"none": 30}
#: The sixth tranche (the same day): the fifth was annotated within the hour, so 750 more sentences
#: and 30 more articles without a keyword, for the judge's and the relevance classifier's data.
SIXTH_LEIPZIG_WITH_KEYWORD = 750
SIXTH_KOMPAS = {"none": 30}
#: The seventh tranche (the same day): the judge's learning curve on the sixth's corpus still rose
#: (dev candidate F1 0.565 / 0.585 / 0.589 / 0.600 at 25 / 50 / 75 / 100 % of train), so 1,000 more.
SEVENTH_LEIPZIG_WITH_KEYWORD = 1000
#: The eighth tranche (2026-12-05, the fourteenth session): the learning curve on the seventh's
#: corpus still rose by about 0.01 per quarter of the train split, so 1,000 more sentences.
EIGHTH_LEIPZIG_WITH_KEYWORD = 1000
#: The ninth tranche (2026-12-05, the fifteenth session): the news sentences are used up and the
#: curve still rose; Kompas, the stream the product codes, scored lowest (test 0.457), so the
#: Kompas articles left with 2-5 keyword hits (the 76 left of the low stratum).
NINTH_KOMPAS = {"low": 76}
#: The tenth tranche (2026-12-05, the sixteenth session): the events per event-free text were still
#: above the goal of 0.1 (Wikipedia 0.29 and Kompas 0.10 on test), and only the poorer strata are
#: left; so 60 Wikipedia passages with fewer than five keyword hits and 60 Kompas articles with none.
TENTH_KOMPAS = {"none": 60}
TENTH_WIKI = {"low": 60}
#: The eleventh tranche (2026-12-07, the twenty-fifth session): the events per event-free text on
#: test were 0.111 against the goal of 0.1, most of them in single news sentences (0.11), and the
#: Kompas articles without a keyword hold political stories the keywords miss; so 80 more Kompas
#: articles with none and 1,000 news sentences without a keyword (the first tranche's 500 were
#: the only ones).
ELEVENTH_KOMPAS = {"none": 80}
ELEVENTH_LEIPZIG_WITHOUT = 1000
#: The twelfth tranche (the same day): the eleventh's articles were annotated within minutes, so
#: the rest of the Kompas articles with no keyword and of the Wikipedia passages with fewer than
#: five (every text of both sources is then drawn, the cluster gold's articles aside).
TWELFTH_KOMPAS = {"none": 289}
TWELFTH_WIKI = {"low": 51}
#: gold texts of the project (dev, second set, held-out): nothing they share is drawn
SHINGLE = 60


@dataclass(frozen=True, slots=True)
class Drawn:
    source: str
    doc_id: str
    stratum: str
    hits: int
    tranche: int = 1


def keyword_pattern() -> re.Pattern[str]:
    text = data_text("corpus", "draw_keywords.txt")
    words = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


def _stratum(hits: int, strata: tuple[tuple[str, int, int | None], ...]) -> str:
    for name, low, high in strata:
        if hits >= low and (high is None or hits <= high):
            return name
    raise ValueError(f"no stratum for {hits} hits")


def _shingles(text: str) -> set[str]:
    flat = " ".join(text.split())
    return {flat[i : i + SHINGLE] for i in range(0, max(1, len(flat) - SHINGLE), SHINGLE // 2)}


def gold_shingles(gold_dirs: list[Path]) -> set[str]:
    out: set[str] = set()
    for d in gold_dirs:
        for f in sorted(d.glob("*.txt")):
            out |= _shingles(f.read_text(encoding="utf-8"))
    return out


def _overlaps_gold(text: str, gold: set[str]) -> bool:
    flat = " ".join(text.split())
    return any(flat[i : i + SHINGLE] in gold for i in range(0, max(1, len(flat) - SHINGLE)))


def _pools(shared: Path, gold_dirs: list[Path]) -> dict[tuple[str, str], list[Drawn]]:
    """Every candidate text, by (source, stratum), in a fixed order; texts sharing a
    passage with a gold text of the project are left out."""
    pattern = keyword_pattern()
    gold = gold_shingles(gold_dirs)
    pools: dict[tuple[str, str], list[Drawn]] = {}

    def add(d: Drawn) -> None:
        pools.setdefault((d.source, d.stratum), []).append(d)

    for ln in (shared / "corpus/kompas-2025/articles.jsonl").open(encoding="utf-8"):
        rec = json.loads(ln)
        if not _overlaps_gold(rec["text"], gold):
            hits = len(pattern.findall(rec["text"]))
            add(Drawn("kompas", rec["id"], _stratum(hits, KOMPAS_STRATA), hits))
    for f in sorted((shared / "corpus/indocoref/passages").glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        if not _overlaps_gold(text, gold):
            hits = len(pattern.findall(text))
            add(Drawn("wikipedia", "wiki-" + f.stem.split("-", 1)[0], _stratum(hits, WIKI_STRATA), hits))
    for ln in (shared / "corpus/leipzig-ind-news-2008/sentences.txt").open(encoding="utf-8"):
        num, _, sentence = ln.rstrip("\n").partition(" ")  # "NUMBER sentence"
        hits = len(pattern.findall(sentence))
        add(Drawn("leipzig", f"leipzig-{num}", "keyword" if hits else "other", hits))
    for (source, _), pool in pools.items():
        if source == "kompas":  # the others stay in file order
            pool.sort(key=lambda d: d.doc_id)
    return pools


def draw(shared: Path, gold_dirs: list[Path], exclude: frozenset[str] = frozenset()) -> list[Drawn]:
    """The twelve tranches of the draw, in order; the third and later never take an id in `exclude`."""
    pools = _pools(shared, gold_dirs)
    rng = random.Random(SEED)
    first: list[Drawn] = []
    for name, _, _ in KOMPAS_STRATA:
        pool = pools.get(("kompas", name), [])
        first += rng.sample(pool, min(KOMPAS_PER_STRATUM, len(pool)))
    for name, _, _ in WIKI_STRATA:
        pool = pools.get(("wikipedia", name), [])
        first += rng.sample(pool, min(WIKI_PER_STRATUM[name], len(pool)))
    first += rng.sample(pools[("leipzig", "keyword")], LEIPZIG_WITH_KEYWORD)
    first += rng.sample(pools[("leipzig", "other")], LEIPZIG_WITHOUT)

    taken = {d.doc_id for d in first}
    second = _later_tranche(pools, _wanted(SECOND_KOMPAS, SECOND_WIKI, SECOND_LEIPZIG_WITH_KEYWORD), taken, 2)
    taken |= {d.doc_id for d in second} | exclude
    later: list[Drawn] = []
    for tranche, wanted in enumerate(
        (
            _wanted(THIRD_KOMPAS),
            _wanted(FOURTH_KOMPAS, FOURTH_WIKI, FOURTH_LEIPZIG_WITH_KEYWORD),
            _wanted(FIFTH_KOMPAS, leipzig=FIFTH_LEIPZIG_WITH_KEYWORD),
            _wanted(SIXTH_KOMPAS, leipzig=SIXTH_LEIPZIG_WITH_KEYWORD),
            _wanted(leipzig=SEVENTH_LEIPZIG_WITH_KEYWORD),
            _wanted(leipzig=EIGHTH_LEIPZIG_WITH_KEYWORD),
            _wanted(NINTH_KOMPAS),
            _wanted(TENTH_KOMPAS, TENTH_WIKI),
            _wanted(ELEVENTH_KOMPAS, leipzig_other=ELEVENTH_LEIPZIG_WITHOUT),
            _wanted(TWELFTH_KOMPAS, TWELFTH_WIKI),
        ),
        start=3,
    ):
        drawn = _later_tranche(pools, wanted, taken, tranche)
        taken |= {d.doc_id for d in drawn}
        later += drawn
    return first + second + later


def _wanted(
    kompas: dict[str, int] | None = None,
    wiki: dict[str, int] | None = None,
    leipzig: int = 0,
    leipzig_other: int = 0,
) -> list[tuple[tuple[str, str], int]]:
    """How many texts a tranche takes of each (source, stratum): Kompas and Wikipedia by stratum,
    then news sentences with a keyword and without one."""
    wanted = [(("kompas", k), n) for k, n in (kompas or {}).items()]
    wanted += [(("wikipedia", k), n) for k, n in (wiki or {}).items()]
    wanted += [(("leipzig", "keyword"), leipzig)] if leipzig else []
    return wanted + ([(("leipzig", "other"), leipzig_other)] if leipzig_other else [])


def _later_tranche(
    pools: dict[tuple[str, str], list[Drawn]], wanted: list[tuple[tuple[str, str], int]], taken: set[str], tranche: int
) -> list[Drawn]:
    """Tranche `tranche` (seeded by its number): `n` texts of each (source, stratum) in `wanted`,
    none of them in `taken`."""
    rng = random.Random(SEED + tranche - 1)
    out: list[Drawn] = []
    for key, n in wanted:
        pool = [d for d in pools.get(key, []) if d.doc_id not in taken]
        out += [replace(d, tranche=tranche) for d in rng.sample(pool, min(n, len(pool)))]
    return out


def cluster_ids(annotations: Path) -> frozenset[str]:
    """The articles of the cluster gold, which the third tranche leaves out."""
    return frozenset(p.name.removesuffix(".gold.json") for p in (annotations / "clusters").glob("*.gold.json"))


def write_draw(drawn: list[Drawn], path: Path) -> None:
    rows = [
        {"source": d.source, "id": d.doc_id, "stratum": d.stratum, "hits": d.hits, "tranche": d.tranche} for d in drawn
    ]
    path.write_text(
        json.dumps({"seed": SEED, "documents": rows}, ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
    )
