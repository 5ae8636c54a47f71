"""``python -m peristiwa.training``: convert → train → evaluate → package the spaCy model;
``python -m peristiwa.training events``: train the event judge on the annotated corpus;
``python -m peristiwa.training relevance``: train the document relevance classifier on the corpus;
``python -m peristiwa.training coreference``: train the learned event coreference on the corpus;
``python -m peristiwa.training parties``: train the filler of parties the rules left empty;
``python -m peristiwa.training triggers``: train the learned trigger tagger on the corpus;
``python -m peristiwa.training implicit``: the table of unnamed parties told by an event's place."""

from __future__ import annotations

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["events"]:
        from peristiwa.training.events import main as events_main

        raise SystemExit(events_main(sys.argv[2:]))
    if sys.argv[1:2] == ["relevance"]:
        from peristiwa.training.relevance import main as relevance_main

        raise SystemExit(relevance_main(sys.argv[2:]))
    if sys.argv[1:2] == ["coreference"]:
        from peristiwa.training.coreference import main as coreference_main

        raise SystemExit(coreference_main(sys.argv[2:]))
    if sys.argv[1:2] == ["parties"]:
        from peristiwa.training.parties import main as parties_main

        raise SystemExit(parties_main(sys.argv[2:]))
    if sys.argv[1:2] == ["triggers"]:
        from peristiwa.training.triggers import main as triggers_main

        raise SystemExit(triggers_main(sys.argv[2:]))
    if sys.argv[1:2] == ["implicit"]:
        from peristiwa.training.implicit import main as implicit_main

        raise SystemExit(implicit_main(sys.argv[2:]))
    from peristiwa.training.run import main

    raise SystemExit(main())
