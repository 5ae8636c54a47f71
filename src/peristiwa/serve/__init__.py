"""HTTP API and web viewer (optional extra `serve`: fastapi, uvicorn).

    peristiwa serve --port 8000        # then open http://127.0.0.1:8000/

or from Python: `uvicorn.run(peristiwa.serve.create_app(), host="127.0.0.1")`.
"""

from __future__ import annotations

from dataclasses import replace

from .app import ExtractRequest, Settings, create_app
from .limits import default_allowed_hosts

__all__ = ["ExtractRequest", "Settings", "create_app", "run"]


def run(*, host: str = "127.0.0.1", port: int = 8000, settings: Settings | None = None) -> None:
    """Serve the API with uvicorn until interrupted (loopback only unless `host` says otherwise).
    Without `settings.allowed_hosts` the Host header must name `host` or a loopback name
    (anything, when `host` is every interface); a request must arrive whole within
    `settings.read_timeout` seconds."""
    import uvicorn

    from .timeouts import protocol_with_read_timeout

    conf = settings or Settings()
    if conf.allowed_hosts is None:
        conf = replace(conf, allowed_hosts=default_allowed_hosts(host))
    protocol = protocol_with_read_timeout(conf.read_timeout)
    uvicorn.run(create_app(settings=conf), host=host, port=port, log_level="info", http=protocol)
