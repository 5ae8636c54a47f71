"""The spaCy pipeline: registered, versioned stages from segmentation to merged events."""

from .build import STAGES, build_pipeline, load_pipeline

__all__ = ["STAGES", "build_pipeline", "load_pipeline"]
