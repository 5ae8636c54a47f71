"""The project's annotated event corpus: real Indonesian news and encyclopedia text.

The texts belong to their publishers and stay in ``../shared/corpus``; the repository keeps
only the annotations (``corpus/`` at the project root: gold files without their text, and
sentence annotations as JSON lines), the documented random draw and the fixed splits.
:func:`load` joins the two, :func:`build` writes the joined corpus in the scorer's layout.
"""

from .build import build
from .sources import CorpusDoc, load

__all__ = ["CorpusDoc", "build", "load"]
