"""Training path for peristiwa's Indonesian spaCy pipeline (tagger, parser, NER).

Run ``python -m peristiwa.training --shared /work/shared --output src/peristiwa/model``.
Training-only code: nothing here is imported by the run-time pipeline.
"""

from peristiwa.training.data import Sentence, read_conllu, read_ner_file

__all__ = ["Sentence", "read_conllu", "read_ner_file"]
