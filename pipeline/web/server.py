"""Run the app under uvicorn: pick the token, print the URL first, then serve."""

from __future__ import annotations

import sys
import threading
import webbrowser
from pathlib import Path

from ..errors import MemoError
from .app import Settings, create_app
from .security import is_loopback, new_token


def url_for(host: str, port: int, token: str | None) -> str:
    shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    shown = f"[{shown}]" if ":" in shown else shown
    return f"http://{shown}:{port}/" + (f"?token={token}" if token else "")


def serve(
    db_path: str,
    *,
    host: str = "127.0.0.1",
    port: int = 8765,
    token: str | None = None,
    read_only: bool = False,
    open_browser: bool = False,
    ingest_args: tuple[str, ...] = (),
) -> None:
    """Serve until Ctrl-C. The URL (with the token, if any) is the first line printed."""
    import uvicorn

    if not Path(db_path).is_file():
        raise MemoError(f"no database at {db_path} (run `memo ingest` first or pass --db)")
    if token is None and not is_loopback(host):
        token = new_token()
    settings = Settings(
        db_path=db_path,
        data_dir=Path(db_path).resolve().parent,
        token=token,
        read_only=read_only,
        ingest_args=ingest_args,
    )
    app = create_app(settings)
    url = url_for(host, port, token)
    print(url, flush=True)
    if host in ("0.0.0.0", "::"):
        print(
            "listening on every address: open it from another device with this machine's "
            "address in place of 127.0.0.1",
            file=sys.stderr,
            flush=True,
        )
    if open_browser:
        threading.Timer(1.0, webbrowser.open, [url]).start()
    config = uvicorn.Config(
        app, host=host, port=port, log_level="warning", access_log=False, lifespan="on"
    )
    uvicorn.Server(config).run()
