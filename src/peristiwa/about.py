"""Package metadata: the one place the version is written."""

__version__ = "0.1.0"
SCHEMA = "peristiwa/1"
