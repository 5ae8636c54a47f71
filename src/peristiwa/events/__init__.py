"""The event stage: PLOVER triggers, their arguments, and one record per reported action."""

from .assemble import draft_events, finish_events
from .attribution import find_attributions
from .detect import Mention, find_mentions
from .merge import Draft, merge_drafts

__all__ = ["Draft", "Mention", "draft_events", "find_attributions", "find_mentions", "finish_events", "merge_drafts"]
