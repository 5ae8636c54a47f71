"""``python -m peristiwa.training``: convert → train → evaluate → package."""

from __future__ import annotations

from peristiwa.training.run import main

if __name__ == "__main__":
    raise SystemExit(main())
