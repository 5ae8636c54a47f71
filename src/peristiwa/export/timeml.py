"""TimeML: each document's time expressions."""

from __future__ import annotations

from typing import IO

from ..document import Document


class TimemlWriter:
    """Each document's time expressions as TimeML (TIMEX3 type, value, mod in the text, the
    reference time as DCT). One document is one TimeML file; several are written as the
    `<TimeML>` children of a `<TimeMLCollection>` root."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.first: str | None = None
        self.count = 0

    def write(self, document: Document) -> None:
        from ..times.timeml import Timex, dct_value, to_timeml

        timexes = [Timex(t.start, t.end, t.type, t.value, t.mod) for t in document.times]
        xml = to_timeml(
            document.doc_id or "doc", document.text, timexes, dct_value(document.reference_time), declaration=False
        )
        self.count += 1
        if self.count == 1:
            self.first = xml
            return
        if self.count == 2:
            self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n<TimeMLCollection>\n' + (self.first or ""))
        self.stream.write(xml)

    def close(self) -> None:
        if self.count == 1:
            self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n' + (self.first or ""))
        elif self.count > 1:
            self.stream.write("</TimeMLCollection>\n")
