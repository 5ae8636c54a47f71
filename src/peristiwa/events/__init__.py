"""The event stage: PLOVER triggers, their arguments, and one record per reported action.

Each step is one function, run by one pipeline stage (`peristiwa.pipeline.events`): candidate
triggers (`find_candidates`), their realis (`mark_realis`), argument roles (`draft_roles`),
coreference (`merge_drafts`), the document's defaults (`fill_defaults`) and the coded records
(`code_events`). `draft_events` and `finish_events` compose the first three and the last three.
"""

from .assemble import EventBuilder, draft_events, draft_roles, finish_events
from .attribution import find_attributions
from .detect import Mention, bound_scopes, find_candidates, find_mentions, mark_realis
from .merge import Draft, merge_drafts
from .records import FilledDraft, code_events, fill_defaults

__all__ = [
    "Draft",
    "EventBuilder",
    "FilledDraft",
    "Mention",
    "bound_scopes",
    "code_events",
    "draft_events",
    "draft_roles",
    "fill_defaults",
    "find_attributions",
    "find_candidates",
    "find_mentions",
    "finish_events",
    "mark_realis",
    "merge_drafts",
]
