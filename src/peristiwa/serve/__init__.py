"""HTTP API and web viewer (optional extra `serve`: fastapi, uvicorn).

    peristiwa serve --port 8000        # then open http://127.0.0.1:8000/

or from Python: `uvicorn.run(peristiwa.serve.create_app(), host="127.0.0.1")`.
"""

from __future__ import annotations

from .app import ExtractRequest, Settings, create_app

__all__ = ["ExtractRequest", "Settings", "create_app", "run"]


def run(*, host: str = "127.0.0.1", port: int = 8000, settings: Settings | None = None) -> None:
    """Serve the API with uvicorn until interrupted (loopback only unless `host` says otherwise)."""
    import uvicorn

    uvicorn.run(create_app(settings=settings), host=host, port=port, log_level="info")
