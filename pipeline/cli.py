"""The `memo` command: a thin shell over the library.

Each command parses options, calls one library function and prints. The package's own
errors become one-line messages; anything unexpected is one line too unless `--debug`.
Heavy libraries are imported inside the commands that need them, so `memo --help` and
`memo search` start instantly.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

import click

from . import __version__, config
from .errors import MemoError
from .store import Store


class MemoGroup(click.Group):
    """Turns errors into one line (exit 1); `--debug` shows the traceback instead."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MemoError as e:
            if _debug(ctx):
                raise
            raise click.ClickException(str(e)) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except Exception as e:
            if _debug(ctx):
                raise
            first = str(e).splitlines()[0] if str(e) else ""
            raise click.ClickException(
                f"unexpected error: {type(e).__name__}: {first} (rerun with --debug for details)"
            ) from None


def _debug(ctx: click.Context) -> bool:
    return bool((ctx.obj or {}).get("debug"))


@click.group(cls=MemoGroup)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    help="Database file (default: $MEMO_DB or memo.db in the user data dir).",
)
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logging.")
@click.version_option(__version__, prog_name="memo")
@click.pass_context
def cli(ctx: click.Context, db_path: str | None, debug: bool) -> None:
    """memo: turn voice memos into a private, searchable memory.

    \b
    memo ingest ~/VoiceMemos        transcribe a folder of recordings
    memo search "pilot project"     find the moment something was said
    memo show 12                    read one memo with timestamps
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = str(config.db_path(db_path))
    ctx.obj["debug"] = debug
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


def open_store(ctx: click.Context, *, create: bool = True) -> Store:
    return Store.open(ctx.obj["db"], create=create)


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def mmss(seconds: float | None) -> str:
    s = int(seconds or 0)
    return (
        f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"
        if s >= 3600
        else f"{s // 60:02d}:{s % 60:02d}"
    )


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--model", "-m", help="tiny.en, base, a CTranslate2 directory or a hub name.")
@click.option(
    "--language", default="auto", show_default=True, help="Spoken language code, or auto."
)
@click.option("--force", is_flag=True, help="Re-process files already in the database.")
@click.pass_context
def ingest(
    ctx: click.Context, paths: tuple[str, ...], model: str | None, language: str, force: bool
) -> None:
    """Transcribe recordings (files or folders, recursively) into the database.

    Example: memo ingest ~/VoiceMemos/2026-11 extra.m4a
    """
    from .ingest import Ingestor, discover
    from .modelstore import resolve

    resolve(model)  # an unknown model is an error before any work starts
    files, missing = discover(paths)
    store = open_store(ctx)
    counts = {"new": 0, "known": 0, "empty": 0, "failed": len(missing)}
    for line in missing:
        click.echo(f"failed  {line}", err=True)
    ingestor = Ingestor(
        store, model=model, language=None if language == "auto" else language, force=force
    )
    tty = sys.stderr.isatty()
    try:
        with click.progressbar(
            length=len(files),
            label="ingesting",
            file=sys.stderr,
            show_pos=True,
            item_show_func=lambda p: p,
            hidden=not tty,
        ) as bar:
            for r in ingestor.ingest(files):
                counts[r.status] += 1
                line = _result_line(r)
                if tty:
                    # Clear the bar's line before the status line, then let it redraw.
                    click.echo("\r\033[K" + line, err=True)
                else:
                    click.echo(line, err=True)
                bar.update(1, Path(r.path).name)
    finally:
        ingestor.close()
    click.echo(
        f"{counts['new']} new, {counts['known']} already known, "
        f"{counts['empty']} empty, {counts['failed']} failed  (database: {ctx.obj['db']})"
    )
    if counts["failed"]:
        ctx.exit(1)


def _result_line(r: Any) -> str:
    name = click.format_filename(r.path)
    if r.status == "failed":
        return f"failed  {name}: {r.error}"
    if r.status == "known":
        return f"known   {name} (memo {r.memo_id})"
    extra = f", people: {', '.join(r.people)}" if r.people else ""
    return f"{r.status:<7} {name} (memo {r.memo_id}, {r.duration_s:.0f}s audio{extra})"


@cli.command("list")
@click.option("--status", type=click.Choice(["done", "empty", "failed"]), help="Only these.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.pass_context
def list_(ctx: click.Context, status: str | None, as_json: bool) -> None:
    """List memos, newest first.

    Example: memo list --status failed
    """
    memos = open_store(ctx).list_memos(status)
    if as_json:
        echo_json(memos)
        return
    for m in memos:
        detail = m["error"] if m["status"] == "failed" else f"{m['words']} words"
        click.echo(
            f"{m['id']:>5}  {m['recorded_at'][:16].replace('T', ' ')}  {m['status']:<6} "
            f"{mmss(m['duration_s'])}  {m['filename']}  ({detail})"
        )
    if not memos:
        click.echo("no memos yet: try `memo ingest PATH`", err=True)


@cli.command()
@click.argument("memo_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
@click.pass_context
def show(ctx: click.Context, memo_id: int, as_json: bool) -> None:
    """Show one memo's transcript with [mm:ss] timestamps and what it mentions.

    Example: memo show 12
    """
    memo = open_store(ctx).get_memo(memo_id)
    if as_json:
        echo_json(memo)
        return
    click.echo(f"memo {memo['id']}  {memo['recorded_at'].replace('T', ' ')}  {memo['path']}")
    click.echo(
        f"status {memo['status']}  duration {mmss(memo['duration_s'])}  "
        f"model {memo['model'] or '-'}  language {memo['language'] or '-'}"
    )
    if memo["error"]:
        click.echo(f"error: {memo['error']}")
    click.echo()
    for s in memo["segments"]:
        click.echo(f"[{mmss(s['start_s'])}] {s['text']}")
    if memo["entities"]:
        click.echo()
        for kind in ("person", "org", "place"):
            names = [e["name"] for e in memo["entities"] if e["kind"] == kind]
            if names:
                click.echo(f"{kind}: {', '.join(names)}")
    if memo.get("followups"):
        click.echo()
        for f in memo["followups"]:
            click.echo(f"follow-up: {f['text']}" + (f" (due {f['due']})" if f["due"] else ""))


@cli.command()
@click.argument("query")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of hits.")
@click.pass_context
def search(ctx: click.Context, query: str, limit: int, as_json: bool) -> None:
    """Full-text search over transcripts, best matches first.

    Example: memo search "pilot project"
    """
    from dataclasses import asdict

    from .search import search as run_search

    hits = run_search(open_store(ctx, create=False).db, query, limit=limit)
    if as_json:
        echo_json([asdict(h) for h in hits])
        return
    for h in hits:
        click.echo(
            f"memo {h.memo_id}  {h.recorded_at[:16].replace('T', ' ')}  "
            f"{Path(h.path).name}  [{mmss(h.start_s)}]  {h.snippet}"
        )
    if not hits:
        click.echo("no matches", err=True)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
def models(as_json: bool) -> None:
    """List the Whisper models available offline and which one is the default.

    Example: memo models --json
    """
    from dataclasses import asdict

    from .modelstore import available

    found = available()
    if as_json:
        echo_json(
            [
                {k: v for k, v in asdict(m).items() if k != "source"} | {"source": m.source}
                for m in found
            ]
        )
        return
    for m in found:
        size = f"{m.size_mb:.0f} MB" if m.size_mb else "not assembled yet"
        mark = "*" if m.default else " "
        click.echo(f"{mark} {m.name:<10} {size:>18}  {m.source:<8} {m.path}")


def main() -> None:
    cli(prog_name="memo")
