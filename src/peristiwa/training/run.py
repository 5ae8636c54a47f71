"""Whole training path: convert the shared data, train the UD and NER pipelines, evaluate, package.

Two pipelines are trained (tok2vec+tagger+parser on UD, tok2vec+ner on the NER union), each with its
own small CNN tok2vec, then merged into one pipeline with an attribute ruler mapping TAG (UPOS) to POS.
A third, a light tagger on UD with a smaller tok2vec of its own, is shipped disabled beside them as
`tagger_light`: what peristiwa's pipeline runs for parts of speech (`--light-only` adds it to the
packaged model as it is, without retraining the other two).
"""

from __future__ import annotations

import argparse
import json
import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, cast

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Tagger

from peristiwa.training import convert
from peristiwa.training.data import read_conllu, read_ner_file
from peristiwa.training.evaluate import examples_from_docs, examples_from_sentences, load_docbin, score

REPO = Path(__file__).resolve().parents[3]
UPOS = frozenset(
    {
        "ADJ",
        "ADP",
        "ADV",
        "AUX",
        "CCONJ",
        "DET",
        "INTJ",
        "NOUN",
        "NUM",
        "PART",
        "PRON",
        "PROPN",
        "PUNCT",
        "SCONJ",
        "SYM",
        "VERB",
        "X",
    }
)
SAMPLE_SIZE = 100
LIGHT_TAGGER = "tagger_light"
DESCRIPTION = (
    "Indonesian tagger (UPOS), dependency parser and NER (PER/ORG/LOC) for peristiwa, and a light UPOS "
    f"tagger ({LIGHT_TAGGER}, disabled: peristiwa's pipeline runs it); CNN tok2vec, no pretrained vectors."
)
SOURCES: list[dict[str, str]] = [
    {
        "name": "UD Indonesian-GSD (dev; test held out)",
        "url": "https://github.com/UniversalDependencies/UD_Indonesian-GSD",
        "license": "CC BY-SA 4.0",
    },
    {
        "name": "UD Indonesian-CSUI",
        "url": "https://github.com/UniversalDependencies/UD_Indonesian-CSUI",
        "license": "CC BY-SA 4.0",
    },
    {
        "name": "UD Indonesian-PUD (revised, Alfina et al. 2019)",
        "url": "https://github.com/UniversalDependencies/UD_Indonesian-PUD",
        "license": "CC BY-SA 4.0",
    },
    {
        "name": "idner-news-2k (Khairunnisa et al. 2020)",
        "url": "https://github.com/khairunnisaor/idner-news-2k",
        "license": "MIT, Copyright (c) 2020 khairunnisaor",
    },
    {
        "name": "IndoLEM NER-UI and NER-UGM (Koto et al. 2020; Gultom & Wibowo 2017; Fachri 2014)",
        "url": "https://github.com/indolem/indolem",
        "license": "CC BY 4.0",
    },
    {
        "name": "NERGrit via IndoNLU (Wilie et al. 2020)",
        "url": "https://github.com/grit-id/nergrit-corpus",
        "license": "MIT; all NERGRIT contributors and LICENSE must be included (see MODEL.md)",
    },
]


def _train_one(config: Path, output: Path, overrides: dict[str, Any]) -> None:
    from spacy.cli.train import train

    train(config, output, use_gpu=-1, overrides=overrides)


def train_pipelines(work: Path, *, names: tuple[str, ...], max_steps: int, jobs: int) -> None:
    """Train ``ud``, ``ner`` and/or ``tagger`` into ``<work>/output/<name>`` (in parallel when ``jobs`` > 1)."""
    corpus = work / "corpus"
    ud = {"paths.train": str(corpus / "ud-train.spacy"), "paths.dev": str(corpus / "ud-dev.spacy")}
    plans = {
        "ud": ud,
        "ner": {"paths.train": str(corpus / "ner-train.spacy"), "paths.dev": str(corpus / "ner-dev.spacy")},
        "tagger": ud,
    }
    with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = [
            pool.submit(
                _train_one,
                work / "configs" / f"{name}.cfg",
                work / "output" / name,
                {**paths, "training.max_steps": max_steps},
            )
            for name, paths in plans.items()
            if name in names
        ]
        for future in futures:
            future.result()


def assemble(work: Path) -> Language:
    """Merge the best UD and NER pipelines into one and add the TAG→POS attribute ruler."""
    nlp = spacy.load(work / "output" / "ud" / "model-best")
    ner_nlp = spacy.load(work / "output" / "ner" / "model-best")
    ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", name="ner", source=ner_nlp)
    nlp.add_pipe("attribute_ruler", after="tagger")
    ruler = cast(AttributeRuler, nlp.get_pipe("attribute_ruler"))
    tagger = cast(Tagger, nlp.get_pipe("tagger"))
    for tag in tagger.labels:
        if tag in UPOS:
            ruler.add([[{"TAG": tag}]], {"POS": tag})
    if (work / "output" / "tagger" / "model-best").is_dir():
        add_light_tagger(nlp, work)
    return nlp


def add_light_tagger(nlp: Language, work: Path) -> None:
    """Add (or replace) the light tagger of ``<work>/output/tagger``, with its own tok2vec, disabled:
    a full `spacy.load` of the model runs the full tagger; peristiwa's pipeline runs this one."""
    light = spacy.load(work / "output" / "tagger" / "model-best")
    light.replace_listeners("tok2vec", "tagger", ["model.tok2vec"])
    if LIGHT_TAGGER in nlp.component_names:
        nlp.remove_pipe(LIGHT_TAGGER)
    nlp.add_pipe("tagger", name=LIGHT_TAGGER, source=light)
    nlp.disable_pipe(LIGHT_TAGGER)


def score_light_tagger(nlp: Language, corpus: Path) -> dict[str, Any]:
    """The light tagger's UPOS accuracy on GSD test (its tags are UPOS: `tag_acc`)."""
    nlp.enable_pipe(LIGHT_TAGGER)
    try:
        with nlp.select_pipes(enable=[LIGHT_TAGGER]):
            return score(nlp, examples_from_docs(nlp, load_docbin(nlp, corpus / "ud-test.spacy")), keys=("tag_acc",))
    finally:
        nlp.disable_pipe(LIGHT_TAGGER)


def evaluate_all(nlp: Language, corpus: Path) -> dict[str, Any]:
    """Scores on the held-out splits (GSD test, NER-UI fold-1 test, idner-news-2k test)."""
    light = {"gsd-test-light": score_light_tagger(nlp, corpus)} if LIGHT_TAGGER in nlp.component_names else {}
    return light | {
        "gsd-test": score(
            nlp,
            examples_from_docs(nlp, load_docbin(nlp, corpus / "ud-test.spacy")),
            keys=("pos_acc", "tag_acc", "dep_uas", "dep_las"),
        ),
        "nerui-test": score(
            nlp,
            examples_from_docs(nlp, load_docbin(nlp, corpus / "nerui-test.spacy")),
            keys=("ents_p", "ents_r", "ents_f"),
        ),
        "idner-test": score(
            nlp,
            examples_from_docs(nlp, load_docbin(nlp, corpus / "idner-test.spacy")),
            keys=("ents_p", "ents_r", "ents_f"),
        ),
    }


def _head_blocks(path: Path, count: int, *, skip_comments: bool) -> str:
    blocks = path.read_text(encoding="utf-8").replace("\r\n", "\n").strip("\n").split("\n\n")
    kept = []
    for block in blocks[:count]:
        lines = [ln for ln in block.split("\n") if not (skip_comments and ln.startswith("#"))]
        kept.append("\n".join(lines))
    return "\n\n".join(kept) + "\n"


def write_samples(nlp: Language, shared: Path, samples: Path) -> dict[str, Any]:
    """Copy small fixed test samples to ``samples`` and record the model's scores on them."""
    samples.mkdir(parents=True, exist_ok=True)
    data = shared / "data"
    gsd = samples / "gsd-test-100.conllu"
    gsd.write_text(_head_blocks(data / convert.UD_TEST[0], SAMPLE_SIZE, skip_comments=False), encoding="utf-8")
    nerui = samples / "nerui-test-100.tsv"
    nerui.write_text(
        _head_blocks(data / convert.NER_TESTS["nerui-test"][1], SAMPLE_SIZE, skip_comments=False), encoding="utf-8"
    )
    expected = {
        "gsd-test-100": score(
            nlp, examples_from_sentences(nlp, read_conllu(gsd)), keys=("pos_acc", "tag_acc", "dep_uas", "dep_las")
        ),
        "nerui-test-100": score(
            nlp,
            examples_from_sentences(nlp, read_ner_file(nerui, dataset="nerui")),
            keys=("ents_p", "ents_r", "ents_f"),
        ),
    }
    for entry in expected.values():
        entry.pop("ents_per_type", None)
    (samples / "expected.json").write_text(json.dumps(expected, indent=2) + "\n", encoding="utf-8")
    return expected


def package(nlp: Language, output: Path, *, shared: Path, metrics: dict[str, Any], counts: dict[str, int]) -> None:
    """Write the merged pipeline with metrics, data hashes and licences in ``meta.json``."""
    data = shared / "data"
    nlp.meta.update(
        {
            "name": "peristiwa_id_core",
            "version": "0.1.0",
            "description": DESCRIPTION,
            "license": "CC BY-SA 4.0 (derived from UD Indonesian data); see sources",
            "author": "peristiwa",
            "sources": SOURCES,
            "performance": {
                f"{split}:{k}": v for split, s in metrics.items() for k, v in s.items() if isinstance(v, float)
            },
            "peristiwa": {
                "metrics": metrics,
                "corpus_sentences": counts,
                "data_sha256": {rel: convert.sha256(data / rel) for rel in convert.data_files()},
                "label_map": "src/peristiwa/training/ner_labels.tsv",
                "anchors": {"nerui-test:ents_f": 0.901, "nerugm:ents_f": 0.749, "note": "IndoLEM IndoBERT"},
            },
        }
    )
    if output.exists():
        shutil.rmtree(output)
    nlp.to_disk(output)


def package_light_only(work: Path, output: Path) -> dict[str, Any]:
    """Add the light tagger of ``<work>/output/tagger`` to the packaged model in ``output`` as it
    is (its other components are written back unchanged) and record its GSD-test accuracy."""
    nlp = spacy.load(output)
    add_light_tagger(nlp, work)
    scores = score_light_tagger(nlp, work / "corpus")
    nlp.meta["description"] = DESCRIPTION
    nlp.meta["peristiwa"]["metrics"]["gsd-test-light"] = scores
    nlp.meta["performance"]["gsd-test-light:tag_acc"] = scores["tag_acc"]
    staging = output.with_name(output.name + ".new")
    if staging.exists():
        shutil.rmtree(staging)
    nlp.to_disk(staging)
    shutil.rmtree(output)
    staging.rename(output)
    return scores


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(prog="python -m peristiwa.training", description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("--output", type=Path, default=REPO / "src" / "peristiwa" / "model")
    parser.add_argument("--work", type=Path, default=REPO / "training", help="configs/, corpus/, output/ live here")
    parser.add_argument("--samples", type=Path, default=REPO / "tests" / "data" / "model")
    parser.add_argument("--max-steps", type=int, default=6000)
    parser.add_argument("--jobs", type=int, default=2, help="train the pipelines in parallel")
    parser.add_argument(
        "--train",
        choices=("all", "ud", "ner", "tagger", "none"),
        default="all",
        help="which pipelines to (re)train; the others are reused from <work>/output/*/model-best",
    )
    parser.add_argument("--no-package", action="store_true", help="stop after training")
    parser.add_argument(
        "--light-only",
        action="store_true",
        help=f"only add the light tagger ({LIGHT_TAGGER}) to the model in --output (with --train tagger|none)",
    )
    args = parser.parse_args(argv)
    counts = convert.build_corpora(args.shared, args.work / "corpus")
    print("corpus sentences:", json.dumps(counts))
    if args.train != "none":
        names = ("ud", "ner", "tagger") if args.train == "all" else (args.train,)
        train_pipelines(args.work, names=names, max_steps=args.max_steps, jobs=args.jobs)
    if args.no_package:
        return 0
    if args.light_only:
        print(json.dumps(package_light_only(args.work, args.output)))
        return 0
    nlp = assemble(args.work)
    metrics = evaluate_all(nlp, args.work / "corpus")
    print(json.dumps(metrics, indent=2))
    metrics["samples"] = write_samples(nlp, args.shared, args.samples)
    package(nlp, args.output, shared=args.shared, metrics=metrics, counts=counts)
    print("model written to", args.output)
    return 0
