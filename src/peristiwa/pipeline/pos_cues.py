"""Where the later stages read parts of speech, so the tagger need only tag there.

The clause tests read the tag of a trigger's words and of the words of its sentence
(`events.clauses`), and the casualty tests the tag of the words naming a group before a
casualty word (`quantities.casualties`). Both happen only in sentences with a trigger word of
the events lexicon or a casualty word of the phrase book, about a third of a news text's
sentences. The words come from the language data (`lang/<language>/events/triggers.yaml`,
`lang/<language>/quantities/casualties.yaml`); nothing here names a word.
"""

from __future__ import annotations

from ..events.lexicon import compiled_lexicon
from ..lang import language_cache
from ..quantities.lexicon import table
from ..quantities.phrasebook import lexicon as casualty_phrases


@language_cache
def pos_cue_words() -> frozenset[str]:
    """The lower-cased words (token keys) whose sentence a later stage reads tags in: the
    trigger records' forms and the first words of their phrases, and the first words of the
    casualty phrases."""
    triggers = compiled_lexicon()
    words = set(triggers.words)
    words.update(phrase[0] for phrase in triggers.phrases)
    words.update(phrase.split()[0] for phrase in casualty_phrases().phrases)
    named = table("casualties")["named"]
    words.update(str(phrase).lower().split()[0] for phrases in named.values() for phrase in phrases)
    return frozenset(words)
