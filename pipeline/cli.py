"""The `memo` command: a thin shell over the library.

Each command parses options, calls one library function and prints. The package's own
errors become one-line messages; anything unexpected is one line too unless `--debug`.
Heavy libraries are imported inside the commands that need them, so `memo --help` and
`memo search` start instantly.
"""

from __future__ import annotations

import datetime as dt
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from . import __version__, config
from .errors import MemoError

if TYPE_CHECKING:
    import logging

    from .read import FollowUpItem, Reader
    from .store import Store

F = TypeVar("F", bound=Callable[..., Any])


class MemoGroup(click.Group):
    """Turns errors into one line (exit 1); `--debug` shows the traceback instead."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MemoError as e:
            if _debug(ctx):
                raise
            raise click.ClickException(str(e)) from None
        except (
            click.ClickException,
            click.exceptions.Exit,
            click.Abort,
            SystemExit,
            BrokenPipeError,  # the reader went away (`| head`): click closes quietly
        ):
            raise
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            _exit_without_waiting(130)
            sys.exit(130)
        except Exception as e:
            if _debug(ctx):
                raise
            first = str(e).splitlines()[0] if str(e) else ""
            raise click.ClickException(
                f"unexpected error: {type(e).__name__}: {first} (rerun with --debug for details)"
            ) from None


# Memo and follow-up ids: SQLite integers, so 99999999999999999999 is a usage error, not a crash.
ID = click.IntRange(1, 2**63 - 1)


def _exit_without_waiting(code: int) -> None:
    """End now if a transcription is still mid-window (`memo retry` on Ctrl-C): Python would
    otherwise wait for its thread at exit. Nothing is lost: memos are saved in one go."""
    if "pipeline.ingest" in sys.modules:
        from .cancel import exit_now
        from .ingest import threads_left

        if threads_left():
            exit_now(code)


def _debug(ctx: click.Context) -> bool:
    return bool((ctx.obj or {}).get("debug"))


# Commands that only read: they skip setting up logging (they log nothing worth a format,
# and importing `logging` is a noticeable share of their start-up).
READ_COMMANDS = {
    "list", "show", "search", "people", "person", "orgs", "topics", "followups", "digest",
    "models", "events",
}  # fmt: skip


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
    if debug or ctx.invoked_subcommand not in READ_COMMANDS:
        import logging

        logging.basicConfig(
            level=logging.DEBUG if debug else logging.WARNING,
            format="%(levelname)s %(name)s: %(message)s",
        )
        # A library's `warnings.warn` is a log record too, so `--json-log` stays JSON throughout.
        logging.captureWarnings(True)


def open_store(ctx: click.Context, *, create: bool = True) -> Store:
    """The write side; only write commands open it (sqlite-utils pulls in numpy)."""
    from .store import Store

    return Store.open(ctx.obj["db"], create=create)


def open_reader(ctx: click.Context, *, create: bool = False) -> Reader:
    """The read layer: plain sqlite3, so read commands start at once."""
    from .read import Reader

    return Reader.open(ctx.obj["db"], create=create)


def mmss(seconds: float | None) -> str:
    """`read.mmss`, imported on first use so that `memo --help` does not load the read layer."""
    from .read import mmss as fmt

    return fmt(seconds)


def echo_json(data: Any) -> None:
    """Print a result (or a list of results) as JSON: dataclasses by their `to_dict()`."""

    import json

    def plain(value: Any) -> Any:
        return value.to_dict() if hasattr(value, "to_dict") else value

    data = [plain(v) for v in data] if isinstance(data, list) else plain(data)
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


# -- options shared by several commands (one declaration each, as sqlite-utils does) ---------


def json_option(help: str = "Print JSON instead.") -> Callable[[F], F]:
    """`--json`, passed to the command as `as_json`."""
    return click.option("--json", "as_json", is_flag=True, help=help)


def ics_option(help: str) -> Callable[[F], F]:
    """`--ics FILE` (- for standard output), passed to the command as `ics_file`."""
    return click.option("--ics", "ics_file", type=click.File("wb"), help=help)


def period_options(
    since: str = "Recorded on or after: 2026-11-25, 2026-11, yesterday, last week.",
    until: str = "Recorded on or before (same forms as --since).",
) -> Callable[[F], F]:
    """`--since` and `--until`, as typed; `_day` turns them into days."""

    def decorate(f: F) -> F:
        f = click.option("--until", help=until)(f)
        return click.option("--since", help=since)(f)

    return decorate


def limit_option(default: int | None = 20) -> Callable[[F], F]:
    return click.option(
        "--limit",
        default=default,
        show_default=default is not None,
        type=click.IntRange(1, 1000 if default is not None else None),
        help=None if default is not None else "At most this many.",
    )


def name_filter_options(what: str = "memos") -> Callable[[F], F]:
    """`--person` and `--org`, resolved by `names.py` (aliases, titles, first names)."""

    def decorate(f: F) -> F:
        f = click.option("--org", help=f"Only {what} that mention this organisation.")(f)
        return click.option(
            "--person", help=f"Only {what} that mention this person (Kevin = Kevin Brooks)."
        )(f)

    return decorate


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--model", "-m", help="tiny.en, base, a CTranslate2 directory or a hub name.")
@click.option(
    "--language", default="auto", show_default=True, help="Spoken language code, or auto."
)
@click.option("--force", is_flag=True, help="Re-process files already in the database.")
@click.option("--fast", is_flag=True, help="The tiny.en model: quicker, more errors.")
@click.option(
    "--accurate",
    is_flag=True,
    help="Word-level times too, and long recordings decoded window by window: slower.",
)
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[str, ...],
    model: str | None,
    language: str,
    force: bool,
    fast: bool,
    accurate: bool,
) -> None:
    """Transcribe recordings (files or folders, recursively) into the database.

    Example: memo ingest ~/VoiceMemos/2026-11 extra.m4a
    """
    from .cancel import exit_now, handle_signals
    from .errors import Cancelled
    from .ingest import Ingestor, discover, threads_left
    from .transcribe import FAST_MODEL, PRESETS, WhisperTranscriber, plan_workers

    if fast and accurate:
        raise click.UsageError("choose one of --fast and --accurate")
    if fast and model:
        raise click.UsageError("--fast chooses the model (tiny.en); leave out --model")
    preset = "accurate" if accurate else "default"
    model = FAST_MODEL if fast else model
    found = discover(paths)
    files = found.files
    workers, threads = plan_workers(len(files))
    # Resolving the model here makes an unknown model an error before any work starts;
    # the weights themselves load only when the first new file needs them.
    transcriber = WhisperTranscriber(
        model, settings=PRESETS[preset], cpu_threads=threads, workers=workers
    )
    store = open_store(ctx)
    counts = {"new": 0, "known": 0, "empty": 0, "failed": len(found.missing), "retry": 0}
    for line in found.missing:
        click.echo(f"failed  {line}", err=True)
    for line in found.skipped:
        click.echo(f"skipped {line}", err=True)
    ingestor = Ingestor(
        store,
        transcriber=transcriber,
        model=model,
        language=None if language == "auto" else language,
        force=force,
    )
    tty = sys.stderr.isatty()
    steps = 1000  # bar steps per file, so one long recording moves the bar as it is transcribed
    stopped = False
    try:
        with (
            handle_signals(ingestor.cancel.cancel, exit_code=130),
            click.progressbar(
                length=len(files) * steps,
                label="ingesting",
                file=sys.stderr,
                item_show_func=lambda p: p,
                hidden=not tty,
            ) as bar,
        ):
            # Files transcribed at the same time report from their own threads.
            share: dict[str, float] = {}  # how much of each file is done, 0 to 1
            lock = threading.Lock()

            def advance(path: str, fraction: float) -> None:
                with lock:
                    share[path] = max(share.get(path, 0.0), fraction)
                    pos = int(steps * sum(share.values()))
                    if pos > bar.pos:
                        bar.update(pos - bar.pos, Path(path).name)

            def progress(path: Path, done: float, total: float) -> None:
                advance(str(path), min(0.999, done / total) if total > 0 else 0.0)

            ingestor.on_progress = progress
            try:
                for r in ingestor.ingest(files):
                    counts[r.status] += 1
                    line = _result_line(r)
                    with lock:
                        # On a terminal, clear the bar's line first; the bar redraws after.
                        click.echo(("\r\033[K" if tty else "") + line, err=True)
                    advance(r.path, 1.0)
            except Cancelled:
                stopped = True
    finally:
        # Stopped: a transcription mid-window is not waited for (the process ends below).
        ingestor.close(wait_s=0.2 if stopped else 60.0)
    retry = f", {counts['retry']} to retry" if counts["retry"] else ""
    click.echo(
        f"{counts['new']} new, {counts['known']} already known, "
        f"{counts['empty']} empty, {counts['failed']} failed{retry}  (database: {ctx.obj['db']})"
    )
    if stopped:
        click.echo("interrupted: the files not listed are done on the next run", err=True)
        store.close()
        if threads_left():
            exit_now(130)
        ctx.exit(130)
    if counts["failed"] or counts["retry"]:
        ctx.exit(1)


def _result_line(r: Any) -> str:
    from .ingest import printable

    name = printable(click.format_filename(r.path))
    if r.status == "failed":
        return f"failed  {name}: {r.error}"
    if r.status == "retry":
        return f"retry   {name}: {r.error}"
    if r.status == "known":
        return f"known   {name} (memo {r.memo_id})"
    extra = f", people: {', '.join(r.people)}" if r.people else ""
    return f"{r.status:<7} {name} (memo {r.memo_id}, {r.duration_s:.0f}s audio{extra})"


@cli.command("list")
@click.option("--status", type=click.Choice(["done", "empty", "failed"]), help="Only these.")
@period_options()
@name_filter_options()
@click.option("--tag", help="Only memos with this tag (see memo tag).")
@click.option(
    "--triage",
    type=click.Choice(["forward", "park", "undecided"]),
    help="Only memos marked so (see memo triage).",
)
@limit_option(None)
@json_option("Print a JSON array.")
@click.pass_context
def list_(
    ctx: click.Context,
    status: str | None,
    since: str | None,
    until: str | None,
    person: str | None,
    org: str | None,
    tag: str | None,
    triage: str | None,
    limit: int | None,
    as_json: bool,
) -> None:
    """List memos, most recently recorded first: when, how long, who, the first words, and
    the tags and triage mark.

    Example: memo list --since "last week" --person Kevin
    """
    if tag is not None:
        from .corrections import normalise_tag

        tag = normalise_tag(tag)
    with open_reader(ctx, create=True) as reader:
        memos = reader.memos(
            status=status,
            since=_day(since),
            until=_day(until, end=True),
            person=person,
            org=org,
            tag=tag,
            triage=triage,
            limit=limit,
        )
    if as_json:
        echo_json(memos)
        return
    for m in memos:
        click.echo(_memo_line(m) + _marks_text(m))
    if not memos:
        click.echo("no memos yet: try `memo ingest PATH`", err=True)


def _memo_line(m: Any) -> str:
    """One memo in `memo list`: when, how long, the file, who, and how it starts (or why it
    failed)."""
    when = m.recorded_at[:16].replace("T", " ")
    who = ", ".join([*m.people, *m.orgs])
    if m.status == "failed":
        about = f"failed: {m.error or 'unknown error'}"
    elif m.status == "empty":
        about = "empty: no speech"
    else:
        about = (f"{who}: " if who else "") + m.preview
    return f"{m.id:>5}  {when}  {mmss(m.duration_s)}  {m.filename}  {about}".rstrip()


@cli.command()
@click.argument("memo_id", type=ID)
@click.option("--at", "at", metavar="SECONDS", help="Centre on this moment: 75, 1:15, 1:02:03.")
@json_option("Print a JSON object.")
@click.pass_context
def show(ctx: click.Context, memo_id: int, at: str | None, as_json: bool) -> None:
    """Show one memo's transcript with [mm:ss] timestamps and what it mentions.

    With --at, only the segments around that moment, the one said then marked with >.

    Example: memo show 12 --at 1:15
    """
    with open_reader(ctx, create=True) as reader:
        memo = reader.memo(memo_id, at=_seconds(at) if at is not None else None)
    if as_json:
        echo_json(memo)
        return
    click.echo(
        f"memo {memo.id}  {memo.recorded_at.replace('T', ' ')}  {memo.path or memo.filename}"
    )
    click.echo(
        f"status {memo.status}  duration {mmss(memo.duration_s)}  "
        f"model {memo.model or '-'}  language {memo.language or '-'}"
    )
    if memo.error:
        click.echo(f"error: {memo.error}")
    if memo.tags or memo.triage:
        click.echo(_marks_text(memo).strip())
    click.echo()
    segments, focus = memo.segments, memo.focus
    first, last = memo.window()
    if first:
        click.echo(f"  ... {first} earlier segments")
    for i, seg in enumerate(segments[first:last], first):
        mark = ">" if i == focus else " " if focus is not None else ""
        click.echo(f"{mark}[{mmss(seg.start_s)}] {seg.text}")
    if last < len(segments):
        click.echo(f"  ... {len(segments) - last} later segments")
    if memo.entities:
        click.echo()
        for kind in ("person", "org", "place"):
            found = memo.names(kind)
            if found:
                click.echo(f"{kind}: {', '.join(found)}")
    if memo.followups:
        click.echo()
        for f in memo.followups:
            click.echo(f"follow-up: {f.text}" + (f" (due {f.due})" if f.due else ""))


@cli.command(context_settings={"ignore_unknown_options": True})
@click.argument("words", nargs=-1, required=True, metavar="QUERY")
@name_filter_options()
@period_options()
@limit_option()
@click.option("--memos", "one_per_memo", is_flag=True, help="One row per memo, its best moment.")
@json_option("Print a JSON array of hits.")
@click.pass_context
def search(
    ctx: click.Context,
    words: tuple[str, ...],
    person: str | None,
    org: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    one_per_memo: bool,
    as_json: bool,
) -> None:
    """Find the moment something was said, best matches first, grouped by memo.

    All words must be in one segment or its neighbours; "a phrase", prefix*, OR and
    -word work; case and accents do not matter.

    Example: memo search referral -scheme --person Kevin --since "last month"
    """
    # Unknown options are let through so that `-word` excludes; `--word` is still a typo.
    typos = [w for w in words if w.startswith("--") and len(w) > 2]
    if typos:
        raise click.NoSuchOption(typos[0])
    query = " ".join(words)

    bold = not as_json and sys.stdout.isatty()
    marks = (click.style("", bold=True, reset=False), "\x1b[22m") if bold else ("[", "]")
    with open_reader(ctx) as reader:
        hits = reader.search(
            query,
            person=person,
            org=org,
            since=_day(since),
            until=_day(until, end=True),
            limit=limit,
            memos=one_per_memo,
            highlight=marks,
        )
    if as_json:
        echo_json([h.to_dict() for h in hits])
        return
    for h in hits:
        close = f"  (close match: {h.variant})" if h.match == "close" else ""
        click.echo(
            f"#{h.memo_id:<5} {(h.recorded_at or '')[:16].replace('T', ' ')}  {h.filename}  "
            f"[{mmss(h.start_s)}]  {h.snippet}{close}"
        )
    if not hits:
        with open_reader(ctx) as reader:
            near = reader.suggest(query)
        hint = f"; nearest words in your memos: {', '.join(near)}" if near else ""
        click.echo(f"no matches{hint}", err=True)


@cli.command()
@click.argument("memo_id", type=ID)
@click.option("--at", "at", metavar="SECONDS", help="Start here: 75, 1:15 or 1:02:03.")
@click.pass_context
def play(ctx: click.Context, memo_id: int, at: str | None) -> None:
    """Play a memo's audio from a moment with the system's player (ffplay, mpv, vlc, ...).

    Without a player, prints the command that would play it.

    Example: memo play 12 --at 1:15
    """
    import contextlib
    import shlex
    import subprocess

    from .errors import NotFound, PlayerError

    with open_reader(ctx) as reader:
        path = reader.memo(memo_id).path
    if not path:
        raise NotFound(f"memo {memo_id} is a typed note: it has no audio")
    if not Path(path).is_file():
        raise NotFound(f"memo {memo_id}'s audio is gone from {path}")
    start = _seconds(at) if at else 0.0
    cmd = _player_command(path, start)
    if cmd is None:
        click.echo(f"no audio player found; to listen, run:\n  {shlex.join(_ffplay(path, start))}")
        return
    click.echo(f"playing {Path(path).name} from {mmss(start)} (Ctrl-C stops)", err=True)
    try:
        with contextlib.suppress(KeyboardInterrupt):
            # On a terminal the player's own messages (and mpv's status line) stay visible;
            # otherwise they are kept to give the reason if it fails.
            tty = sys.stderr.isatty()
            done = subprocess.run(
                cmd, check=False, stderr=None if tty else subprocess.PIPE, text=True
            )
            if done.returncode != 0:
                said = [line.strip() for line in (done.stderr or "").splitlines() if line.strip()]
                raise PlayerError(
                    f"{cmd[0]} could not play {Path(path).name} (exit status {done.returncode})"
                    + (f": {said[-1]}" if said else "")
                )
    except OSError as e:
        raise PlayerError(f"{cmd[0]} could not be started: {e.strerror or e}") from e


def _seconds(text: str) -> float:
    """`75`, `75.5`, `1:15` or `1:02:03` as seconds."""
    import re

    # Digits only (no 1e8, inf or nan); minutes and seconds after a colon below 60.
    if re.fullmatch(r"\d{1,7}(\.\d+)?|(\d{1,5}:)?\d{1,5}:[0-5]?\d(\.\d+)?", text.strip()):
        parts = [float(p) for p in text.strip().split(":")]
    else:
        parts = []
    if not parts or not all(p < 60 for p in parts[1:-1]):
        raise click.BadParameter(
            f"'{text}' is not a time: try 75, 1:15 or 1:02:03", param_hint="--at"
        )
    seconds = 0.0
    for p in parts:
        seconds = seconds * 60 + p
    return seconds


def _ffplay(path: str, start: float) -> list[str]:
    return ["ffplay", "-nodisp", "-autoexit", "-loglevel", "error", "-ss", f"{start:g}", path]


def _player_command(path: str, start: float) -> list[str] | None:
    """The first installed player that can start at `start`, as a command line."""
    import shutil

    players = {
        "mpv": lambda: ["mpv", "--no-video", f"--start={start:g}", path],
        "ffplay": lambda: _ffplay(path, start),
        "cvlc": lambda: ["cvlc", "--play-and-exit", f"--start-time={start:g}", path],
        "vlc": lambda: ["vlc", "--play-and-exit", f"--start-time={start:g}", path],
        "mplayer": lambda: ["mplayer", "-ss", f"{start:g}", path],
        "play": lambda: ["play", "-q", path, "trim", f"{start:g}"],  # sox
        "afplay": lambda: ["afplay", path] if start == 0 else None,  # macOS, cannot seek
    }
    for name, make in players.items():
        if shutil.which(name):
            cmd = make()
            if cmd:
                return cmd
    return None


@cli.command()
@json_option("Print a JSON array.")
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


@cli.command()
@click.argument("folders", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@click.option(
    "--settle",
    default=2.0,
    show_default=True,
    type=click.FloatRange(0),
    help="Seconds a file's size and mtime must stand still before it is taken.",
)
@click.option(
    "--rescan",
    default=60.0,
    show_default=True,
    type=click.FloatRange(1),
    help="Seconds between full rescans (sync and network folders lose events).",
)
@click.option("--model", "-m", help="tiny.en, base, a CTranslate2 directory or a hub name.")
@click.option(
    "--language", default="auto", show_default=True, help="Spoken language code, or auto."
)
@click.option(
    "--move-done",
    type=click.Path(file_okay=False),
    help="Move each file here (keeping its sub-folders) once its memo is stored.",
)
@click.option(
    "--move-failed",
    type=click.Path(file_okay=False),
    help="Move files that failed here, after their failed memo is stored.",
)
@click.option("--json-log", is_flag=True, help="Log one JSON object per line on stderr.")
@click.option(
    "--export-to",
    type=click.Path(file_okay=False),
    help="Keep this Obsidian folder in step (as memo export --format obsidian).",
)
@click.pass_context
def watch(
    ctx: click.Context,
    folders: tuple[str, ...],
    settle: float,
    rescan: float,
    model: str | None,
    language: str,
    move_done: str | None,
    move_failed: str | None,
    json_log: bool,
    export_to: str | None,
) -> None:
    """Watch folders and turn every recording that lands in them into a memo, once.

    Recordings already in the folders that the database does not know are done first. A file
    is taken once it has stopped changing; failures are stored and not retried in a loop (see
    `memo retry`). Runs until Ctrl-C or SIGTERM; one line per file on stderr.

    Example: memo watch ~/Sync/VoiceMemos --move-done ~/VoiceMemos/done
    """
    from .cancel import exit_now
    from .ingest import Ingestor, threads_left
    from .modelstore import resolve
    from .watch import Watcher

    for target in (move_done, move_failed):
        if target and any(
            Path(f).resolve().is_relative_to(Path(target).resolve()) for f in folders
        ):
            raise click.BadParameter(
                f"{target} contains a watched folder; pick a folder outside it",
                param_hint="--move-done/--move-failed",
            )
    resolve(model)  # an unknown model is an error before any work starts
    if json_log:
        import logging

        for handler in logging.getLogger().handlers:
            handler.setFormatter(_json_log_formatter())
    store = open_store(ctx)
    ingestor = Ingestor(store, model=model, language=None if language == "auto" else language)
    report = _watch_json_line if json_log else _watch_text_line
    if export_to:
        report = _exporting(ctx.obj["db"], export_to, report)
    watcher = Watcher(
        ingestor,
        folders,
        settle=settle,
        rescan=rescan,
        move_done=move_done,
        move_failed=move_failed,
        report=report,
    )
    try:
        watcher.run()
    finally:
        ingestor.close(wait_s=0.1)
        store.close()
    if threads_left():
        exit_now(0)  # a transcription given up mid-window is not waited for


def _exporting(db: str, vault: str, report: Callable[[Any], None]) -> Callable[[Any], None]:
    """`report`, and after each memo is committed its notes synced into `vault`.

    The watcher reports a file only once its memo is committed, so the read layer sees it.
    An export that fails is reported as a warning and the watcher goes on.
    """
    from . import export
    from .read import Reader
    from .watch import WatchEvent

    def warn(message: str) -> None:
        report(WatchEvent("warning", message=message))

    def sync(ids: list[int] | None) -> None:
        try:
            with Reader.open(db) as reader:
                chosen = export.select(reader) if ids is None else ids
                export.sync_vault(reader, chosen, vault)
        except (MemoError, OSError) as e:
            warn(f"export to {vault} failed: {e}")

    sync(None)  # memos already in the database, so the folder starts in step

    def on_event(e: Any) -> None:
        report(e)
        if e.event == "file" and e.memo_id is not None and e.status != "known":
            sync([e.memo_id])

    return on_event


def _watch_text_line(e: Any) -> None:
    from .ingest import printable

    stamp = e.time.strftime("%Y-%m-%d %H:%M:%S")
    name = printable(click.format_filename(e.name or e.path or ""))
    if e.event == "processing":
        return  # the "file" line that follows says it all
    if e.event == "file":
        if e.status == "failed":
            detail = e.error or "failed"
        elif e.status == "known":
            detail = f"memo {e.memo_id}, already known"
        else:
            people = f", people: {', '.join(e.people)}" if e.people else ""
            detail = f"memo {e.memo_id}, {e.duration_s:.0f}s audio in {e.elapsed_s:.1f}s{people}"
        if e.moved_to:
            detail += f", moved to {click.format_filename(e.moved_to)}"
        if e.queued:
            detail += f"  [{e.queued} queued]"
        line = f"{e.status:<7} {name}  {detail}"
    elif e.event == "error":
        line = f"error   {name}  {e.error}"
    elif e.event == "warning":
        line = f"warning {e.message}"
    else:
        line = e.message or e.event
    click.echo(f"{stamp}  {line}", err=True)


def _watch_json_line(e: Any) -> None:
    import json
    from dataclasses import asdict

    data = {k: v for k, v in asdict(e).items() if v is not None and v != ()}
    data["time"] = e.time.isoformat()
    if e.event == "file":
        data["people"] = list(e.people)
    click.echo(json.dumps(data, ensure_ascii=False), err=True)


def _json_log_formatter() -> logging.Formatter:
    """Library log records as JSON lines too, so `--json-log` output is JSON throughout.

    Defined on first use: read commands do not import `logging` at all.
    """
    import logging

    class JsonLogFormatter(logging.Formatter):
        def format(self, record: logging.LogRecord) -> str:
            import datetime as dt
            import json

            data = {
                "event": "log",
                "time": dt.datetime.fromtimestamp(record.created)
                .replace(microsecond=0)
                .isoformat(),
                "level": record.levelname.lower(),
                "logger": record.name,
                "message": record.getMessage(),
            }
            if record.exc_info:
                data["traceback"] = self.formatException(record.exc_info)
            return json.dumps(data, ensure_ascii=False)

    return JsonLogFormatter()


@cli.command()
@click.argument("memo_ids", nargs=-1, type=ID)
@click.option("--model", "-m", help="tiny.en, base, a CTranslate2 directory or a hub name.")
@click.option(
    "--language", default="auto", show_default=True, help="Spoken language code, or auto."
)
@click.pass_context
def retry(ctx: click.Context, memo_ids: tuple[int, ...], model: str | None, language: str) -> None:
    """Process failed memos again from the file each came from (all failed memos by default).

    Example: memo retry 12 15
    """
    from .ingest import Ingestor
    from .modelstore import resolve

    resolve(model)
    store = open_store(ctx, create=False)
    plan = store.reader.retry_plan(memo_ids)
    for memo_id, why in plan.skipped:
        click.echo(f"skipped memo {memo_id}: {why}", err=True)
    for m in plan.gone:
        click.echo(
            f"gone    memo {m.id}: {click.format_filename(m.path)} is no longer "
            "there (put the file back to retry it)",
            err=True,
        )
    problems = len(plan.skipped) + len(plan.gone)
    if not plan.todo and not plan.gone and not memo_ids:
        click.echo("no failed memos to retry", err=True)
        return
    ingestor = Ingestor(
        store, model=model, language=None if language == "auto" else language, force=True
    )
    counts = {"new": 0, "empty": 0, "failed": 0}
    try:
        for m in plan.todo:
            r = ingestor.ingest_file(Path(m.path))
            counts[r.status] = counts.get(r.status, 0) + 1
            line = _result_line(r)
            if r.memo_id is not None and r.memo_id != m.id:
                line += f"; the file has changed since memo {m.id}, which stays failed"
            click.echo(line, err=True)
            problems += r.status in ("failed", "retry")
    finally:
        ingestor.close()
    click.echo(
        f"{len(plan.todo) + len(plan.gone)} retried: {counts['new']} done, "
        f"{counts['empty']} empty, {counts['failed']} failed"
    )
    if problems:
        ctx.exit(1)


# -- people, organisations, follow-ups, topics, digest, vocabulary ----------------------------


def _day(text: str | None, *, end: bool = False, future: bool = False) -> dt.date | None:
    """A --since/--until/--due-before value as a day (dates.py's words: `last week`, ...)."""
    if text is None:
        return None
    from .dates import parse_day, parse_range

    today = dt.date.today()
    if future:
        return parse_day(text, today, future=True) or parse_range(text, today, future=True)[0]
    first, last = parse_range(text, today)
    return last if end else first


def _followup_line(f: FollowUpItem) -> str:
    due = f.due or "no date"
    person = f"  [{f.person}]" if f.person else ""
    done = "  (done)" if f.status == "done" else "  (overdue)" if f.overdue else ""
    return f"{f.id:>5}  {due:<10}  {f.text}{person}  (memo {f.memo_id}){done}"


@cli.command()
@click.option("--org", help="Only people linked to this organisation.")
@json_option("Print a JSON array.")
@click.pass_context
def people(ctx: click.Context, org: str | None, as_json: bool) -> None:
    """Everyone mentioned, with where they work, their roles and when they came up.

    Example: memo people --org "Post Office"
    """
    with open_reader(ctx) as reader:
        found = reader.people(org=org)
    if as_json:
        echo_json(found)
        return
    for p in found:
        about = ", ".join([*p.roles, *p.orgs])
        click.echo(
            f"{p.name}" + (f": {about}" if about else "") + f"  ({p.memos} memo"
            f"{'s' if p.memos != 1 else ''}, {(p.first_seen or '')[:10]} to "
            f"{(p.last_seen or '')[:10]})"
        )
    if not found:
        click.echo("no people yet" + (f" linked to {org}" if org else ""), err=True)


@cli.command()
@click.argument("name")
@json_option("Print a JSON object.")
@click.pass_context
def person(ctx: click.Context, name: str, as_json: bool) -> None:
    """Everything about one person (or organisation): memos, what was said, follow-ups.

    A first name or surname is enough when only one person has it.

    Example: memo person "Kevin Brooks"
    """
    with open_reader(ctx) as reader:
        d = reader.entity(name)
    if as_json:
        echo_json(d)
        return
    click.echo(d.name + ("" if d.kind == "person" else f"  ({d.kind})"))
    for label, values in (("roles", d.roles), ("organisations", d.orgs), ("people", d.people)):
        if values:
            click.echo(f"{label}: {', '.join(values)}")
    for m in d.memos:
        click.echo(f"\nmemo {m.memo_id}  {m.recorded_at[:16].replace('T', ' ')}  {m.filename}")
        for s in m.snippets:
            click.echo(f"  [{mmss(s.start_s)}] {s.text}")
    if d.followups:
        click.echo("\nfollow-ups:")
        for f in d.followups:
            click.echo(_followup_line(f))


@cli.command()
@json_option("Print a JSON array.")
@click.pass_context
def orgs(ctx: click.Context, as_json: bool) -> None:
    """Every organisation mentioned, with the people linked to it.

    Example: memo orgs --json
    """
    with open_reader(ctx) as reader:
        found = reader.orgs()
    if as_json:
        echo_json(found)
        return
    for o in found:
        who = f": {', '.join(o.people)}" if o.people else ""
        click.echo(f"{o.name}{who}  ({o.memos} memo{'s' if o.memos != 1 else ''})")
    if not found:
        click.echo("no organisations yet", err=True)


@cli.command()
@period_options("From this day: 2026-11-01, last week, monday, ...", "Up to this day (inclusive).")
@limit_option()
@json_option("Print a JSON array.")
@click.pass_context
def topics(
    ctx: click.Context, since: str | None, until: str | None, limit: int, as_json: bool
) -> None:
    """Key phrases of the memos, ranked by TF-IDF against the whole database.

    Example: memo topics --since "last week"
    """
    with open_reader(ctx) as reader:
        found = reader.topics(_day(since), _day(until, end=True), limit=limit)
    if as_json:
        echo_json(found)
        return
    for t in found:
        click.echo(f"{t.phrase}  (memos {', '.join(map(str, t.memo_ids))})")
    if not found:
        click.echo("no topics yet", err=True)


@cli.command()
@click.option("--all", "show_all", is_flag=True, help="Include the ones marked done.")
@click.option("--due-before", help="Only those due before this day: friday, 2026-12-01, ...")
@json_option("Print a JSON array.")
@ics_option("Write them to this iCalendar file as to-dos (- for standard output).")
@click.pass_context
def followups(
    ctx: click.Context, show_all: bool, due_before: str | None, as_json: bool, ics_file: Any
) -> None:
    """What you said you would do: open follow-ups, soonest due first, undated last.

    Those past their due day are marked (overdue); `--ics` writes them as calendar to-dos.

    Example: memo followups --due-before "next week"
    """
    with open_reader(ctx) as reader:
        found = reader.followups(include_done=show_all, due_before=_day(due_before, future=True))
    if ics_file is not None:
        from .ics import followups_ics

        _write_ics(ics_file, followups_ics(found), f"{len(found)} follow-ups")
        return
    if as_json:
        echo_json(found)
        return
    for f in found:
        click.echo(_followup_line(f))
    if not found:
        click.echo("nothing to follow up", err=True)


# -- events ------------------------------------------------------------------------------------


def _write_ics(file: Any, data: bytes, what: str) -> None:
    file.write(data)
    name = getattr(file, "name", "-")
    if name not in ("-", "<stdout>"):
        click.echo(f"{what} written to {name}", err=True)


@cli.command()
@click.option("--since", help="Happening on or after: 2026-12-01, today, next week, ...")
@click.option("--until", help="Happening on or before (same forms as --since).")
@json_option("Print a JSON array.")
@ics_option("Write them to this iCalendar file (- for standard output).")
@click.pass_context
def events(
    ctx: click.Context, since: str | None, until: str | None, as_json: bool, ics_file: Any
) -> None:
    """Dated happenings mentioned in memos that are not promises: a jumble sale, a meeting.

    Example: memo events --since today --ics ~/memo-events.ics
    """
    from .dates import parse_range

    today = dt.date.today()
    first = parse_range(since, today, future=True)[0] if since else None
    last = parse_range(until, today, future=True)[1] if until else None
    with open_reader(ctx) as reader:
        found = reader.events(first, last)
    if ics_file is not None:
        from .ics import events_ics

        _write_ics(ics_file, events_ics(found), f"{len(found)} events")
        return
    if as_json:
        echo_json(found)
        return
    for e in found:
        when = e.date + (f" {e.time}" if e.time else "")
        click.echo(f"{e.id:>5}  {when:<16}  {e.title}: {e.text}  (memo {e.memo_id})")
    if not found:
        click.echo("no events", err=True)


def _set_status(ctx: click.Context, followup_id: int, status: str, as_json: bool) -> None:
    from .corrections import set_done

    f = set_done(open_store(ctx, create=False), followup_id, status == "done")
    if as_json:
        echo_json(f)
    else:
        click.echo(_followup_line(f))


@cli.command()
@click.argument("followup_id", type=ID)
@json_option("Print the follow-up as JSON.")
@click.pass_context
def done(ctx: click.Context, followup_id: int, as_json: bool) -> None:
    """Mark a follow-up done.

    Example: memo done 3
    """
    _set_status(ctx, followup_id, "done", as_json)


@cli.command()
@click.argument("followup_id", type=ID)
@json_option("Print the follow-up as JSON.")
@click.pass_context
def reopen(ctx: click.Context, followup_id: int, as_json: bool) -> None:
    """Mark a follow-up open again.

    Example: memo reopen 3
    """
    _set_status(ctx, followup_id, "open", as_json)


@cli.command()
@click.argument("name")
@click.argument("into_name")
@json_option("Print what moved as JSON.")
@click.pass_context
def merge(ctx: click.Context, name: str, into_name: str, as_json: bool) -> None:
    """Merge one person (organisation, place) into another; the name is remembered.

    Example: memo merge "Kev" "Kevin Brooks"
    """
    from .corrections import merge as merge_names

    r = merge_names(open_store(ctx, create=False), name, into_name)
    if as_json:
        echo_json(r)
        return
    click.echo(
        f"merged {r.merged} into {r.into}: {r.mentions} mentions, {r.followups} follow-ups, "
        f"{r.links} links moved"
    )


@cli.command()
@period_options("First day (default: six days ago).", "Last day, inclusive (default: today).")
@json_option("Print a JSON object instead.")
@click.pass_context
def digest(ctx: click.Context, since: str | None, until: str | None, as_json: bool) -> None:
    """A Markdown report of the last 7 days: people, organisations, topics, follow-ups.

    Example: memo digest --since "last monday" > week.md
    """
    from .digest import default_period, render_markdown

    first, last = default_period(dt.date.today())
    with open_reader(ctx) as reader:
        d = reader.digest(_day(since) or first, _day(until, end=True) or last)
    if as_json:
        echo_json(d)
    else:
        click.echo(render_markdown(d), nl=False)


# -- export (pipeline/export.py) --------------------------------------------------------------


@cli.command("export")
@click.argument("memo_ids", nargs=-1, type=ID)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["obsidian", "markdown", "srt", "vtt", "txt", "json", "csv"]),
    default="markdown",
    show_default=True,
    help="obsidian: a vault folder of notes; csv: memos, people and follow-ups tables.",
)
@click.option(
    "--to",
    "to",
    type=click.Path(file_okay=False),
    help="Folder (or Obsidian vault) to write into; without it, one memo goes to stdout.",
)
@click.option("--tag", help="Only memos with this tag (see `memo tag`).")
@period_options()
@name_filter_options()
@json_option("Print what was written as JSON.")
@click.pass_context
def export_cmd(
    ctx: click.Context,
    memo_ids: tuple[int, ...],
    fmt: str,
    to: str | None,
    since: str | None,
    until: str | None,
    person: str | None,
    org: str | None,
    tag: str | None,
    as_json: bool,
) -> None:
    """Export memos (all, or these IDs, or a selection) as notes, subtitles or tables.

    Re-running updates only what changed; in an Obsidian vault the text you write below
    the line `%% memo: your notes below this line are kept %%` is kept.

    \b
    memo export --format obsidian --to ~/Vault/Memos --since "last week"
    memo export 12 --format srt > memo12.srt
    memo export --format csv --to tables/
    memo export --tag idea --format markdown --to ideas/
    """
    from . import export

    with open_reader(ctx) as reader:
        ids = export.select(
            reader,
            memo_ids,
            since=_day(since),
            until=_day(until, end=True),
            person=person,
            org=org,
            tag=tag,
        )
        if not ids:
            raise click.ClickException("no memos match: nothing to export")
        if to is None:
            if fmt in ("obsidian", "csv"):
                raise click.UsageError(f"--format {fmt} writes a folder: give --to FOLDER")
            if len(ids) > 1:
                raise click.UsageError(
                    f"{len(ids)} memos match: give --to FOLDER, or one memo ID for stdout"
                )
            click.echo(export.render(reader.memo(ids[0]), fmt), nl=False)
            return
        if fmt == "obsidian":
            report = export.sync_vault(reader, ids, to)
        elif fmt == "csv":
            report = export.write_csv(reader, ids, to)
        else:
            report = export.export_files(reader, ids, fmt, to)
    if as_json:
        echo_json(report)
    else:
        click.echo(f"{len(ids)} memos to {click.format_filename(to)}: {report.summary()}")


@cli.group()
def vocab() -> None:
    """Words and names Whisper and spaCy should know (names in memos are added by themselves).

    \b
    memo vocab add Haringey --kind place
    memo vocab list
    memo vocab remove Haringey
    """


@vocab.command("add")
@click.argument("words", nargs=-1, required=True)
@click.option(
    "--kind",
    type=click.Choice(["person", "org", "place"]),
    help="Also recognise it as this kind of name.",
)
@json_option("Print the words added as JSON.")
@click.pass_context
def vocab_add(ctx: click.Context, words: tuple[str, ...], kind: str | None, as_json: bool) -> None:
    """Add words or names (quote names with spaces).

    Example: memo vocab add "Siobhan Kearney" --kind person
    """
    store = open_store(ctx)
    added = [store.add_word(word, kind) for word in words]
    if as_json:
        echo_json(added)
        return
    for w in added:
        click.echo(f"added {w.text}" + (f" ({w.kind})" if w.kind else ""))


@vocab.command("list")
@json_option("Print a JSON array.")
@click.pass_context
def vocab_list(ctx: click.Context, as_json: bool) -> None:
    """List the user vocabulary.

    Example: memo vocab list --json
    """
    with open_reader(ctx, create=True) as reader:
        found = reader.words()
    if as_json:
        echo_json(found)
        return
    for w in found:
        click.echo(w.text + (f"  ({w.kind})" if w.kind else ""))
    if not found:
        click.echo("no words yet: try `memo vocab add Haringey`", err=True)


@vocab.command("remove")
@click.argument("words", nargs=-1, required=True)
@json_option("Print the words removed as JSON.")
@click.pass_context
def vocab_remove(ctx: click.Context, words: tuple[str, ...], as_json: bool) -> None:
    """Remove words from the user vocabulary.

    Example: memo vocab remove Haringey
    """
    store = open_store(ctx)
    for word in words:
        store.remove_word(word)
        if not as_json:
            click.echo(f"removed {word}")
    if as_json:
        echo_json(list(words))


# -- corrections, typed notes, tags and triage (pipeline/corrections.py, pipeline/notes.py) -----


def _marks_text(m: Any) -> str:
    """ "  #idea #school  [forward]" for a memo's tags and triage mark, or ""."""
    tags = " ".join(f"#{t}" for t in m.tags)
    mark = f"[{m.triage}]" if m.triage else ""
    text = " ".join(x for x in (tags, mark) if x)
    return f"  {text}" if text else ""


def _ids_text(ids: Any) -> str:
    return ", ".join(map(str, ids)) if ids else "none"


@cli.command("rename")
@click.argument("old")
@click.argument("new")
@json_option("Print what changed as JSON.")
@click.pass_context
def rename_cmd(ctx: click.Context, old: str, new: str, as_json: bool) -> None:
    """Correct a name: its memos' transcripts, search and later memos spell it the new way.

    The old spelling stays an alias (--person and memo person still find it by it). When
    someone is already called NEW, the two become one. A unique part is enough:
    `memo rename Rowlinson Rawlinson` renames Dan Rowlinson.

    Example: memo rename "Dan Rowlinson" "Dan Rawlinson"
    """
    from .corrections import rename

    r = rename(open_store(ctx, create=False), old, new)
    if as_json:
        echo_json(r)
        return
    verb = "merged" if r.merged else "renamed"
    click.echo(
        f"{verb} {r.old} {'into' if r.merged else 'to'} {r.new} ({r.kind}); "
        f"transcripts corrected: memos {_ids_text(r.memos_corrected)}"
    )


@cli.command("fix")
@click.argument("memo_id", type=int)
@click.argument("old")
@click.argument("new")
@json_option("Print what changed as JSON.")
@click.pass_context
def fix_cmd(ctx: click.Context, memo_id: int, old: str, new: str, as_json: bool) -> None:
    """Correct words in one memo's transcript, then find its people and follow-ups again.

    Whole words, as written (case aside when not found as written). The fix is kept when
    the memo is processed again, and a corrected name joins the vocabulary.

    Example: memo fix 12 "Rowlinson" "Rawlinson"
    """
    from .corrections import fix_text

    r = fix_text(open_store(ctx, create=False), memo_id, old, new)
    if as_json:
        echo_json(r)
        return
    found = ", ".join([*r.people, *r.orgs]) or "no names"
    click.echo(
        f"memo {r.memo_id}: '{r.old}' -> '{r.new}' in {r.segments} segment"
        f"{'s' if r.segments != 1 else ''}; now {found}, {r.followups} follow-up"
        f"{'s' if r.followups != 1 else ''}"
    )


@cli.command("forget")
@click.argument("name", required=False)
@click.option("--undo", is_flag=True, help="Let a forgotten name be found again.")
@click.option("--list", "show_list", is_flag=True, help="List the forgotten names.")
@json_option("Print what changed as JSON.")
@click.pass_context
def forget_cmd(
    ctx: click.Context, name: str | None, undo: bool, show_list: bool, as_json: bool
) -> None:
    """Dismiss a name that is not a person, organisation or place; it never comes back.

    It is taken out of every memo and not stored again, on later memos or when a memo is
    processed again. The exact name is needed (see memo people, memo orgs).

    Example: memo forget WhatsApp
    """
    from .corrections import forget, unforget

    if show_list:
        with open_reader(ctx) as reader:
            found = reader.dismissed()
        if as_json:
            echo_json(found)
        for n in [] if as_json else found:
            click.echo(n)
        return
    store = open_store(ctx, create=False)
    if not name:
        raise click.UsageError("give the NAME to forget (or --list)")
    r = unforget(store, name) if undo else forget(store, name)
    if as_json:
        echo_json(r)
    elif undo:
        click.echo(f"{r.name} may be found again in memos processed from now on")
    else:
        click.echo(f"forgot {r.name} ({r.kind}): taken out of memos {_ids_text(r.memos)}")


@cli.command("tag", context_settings={"ignore_unknown_options": True})
@click.argument("memo_id", type=int)
@click.argument("tags", nargs=-1, metavar="[TAG|+TAG|-TAG]...")
@click.option("--remove", "removed", multiple=True, metavar="TAG", help="Take this tag off.")
@json_option("Print the memo's tags as JSON.")
@click.pass_context
def tag_cmd(
    ctx: click.Context, memo_id: int, tags: tuple[str, ...], removed: tuple[str, ...], as_json: bool
) -> None:
    """Tag a memo: TAG or +TAG adds, -TAG (or --remove TAG) takes off; prints its tags.

    Tags are lower case; "#School run" is school-run. With no tags, shows the memo's tags.

    Example: memo tag 12 idea school -draft
    """
    from .corrections import tag

    typos = [t for t in tags if t.startswith("--") and len(t) > 2]
    if typos:
        raise click.NoSuchOption(typos[0])
    add = [t.removeprefix("+") for t in tags if not t.startswith("-")]
    remove = [t[1:] for t in tags if t.startswith("-")] + list(removed)
    now = tag(open_store(ctx, create=False), memo_id, add, remove)
    if as_json:
        echo_json(list(now))
        return
    click.echo(f"memo {memo_id}: " + (" ".join(f"#{t}" for t in now) or "no tags"))


@cli.command("tags")
@json_option("Print a JSON array.")
@click.pass_context
def tags_cmd(ctx: click.Context, as_json: bool) -> None:
    """Every tag in use, with how many memos carry it.

    Example: memo tags
    """
    with open_reader(ctx) as reader:
        found = reader.tags()
    if as_json:
        echo_json(found)
        return
    for t in found:
        click.echo(f"#{t.tag}  ({t.memos} memo{'s' if t.memos != 1 else ''})")
    if not found:
        click.echo("no tags yet: try `memo tag ID idea`", err=True)


TRIAGE_WORDS = {"forward": "take forward", "park": "parked", None: "undecided"}


@cli.command("triage")
@click.argument("memo_id", type=int)
@click.argument("mark", type=click.Choice(["forward", "park", "undecided", "clear"]))
@json_option("Print the mark as JSON.")
@click.pass_context
def triage_cmd(ctx: click.Context, memo_id: int, mark: str, as_json: bool) -> None:
    """Sort a memo: take it forward, park it, or leave it undecided again (clear).

    `memo list --triage forward|park|undecided` lists them.

    Example: memo triage 12 forward
    """
    from .corrections import triage

    r = triage(
        open_store(ctx, create=False), memo_id, None if mark in ("undecided", "clear") else mark
    )
    if as_json:
        echo_json(r)
        return
    click.echo(f"memo {r.memo_id}: {TRIAGE_WORDS[r.mark]}")


@cli.command("note")
@click.argument("text", nargs=-1, required=True)
@click.option(
    "--at",
    "at",
    metavar="DATETIME",
    help="When it is from: 2026-11-25 14:30, yesterday 9:15 (default: now).",
)
@json_option("Print the memo as memo show --json does.")
@click.pass_context
def note_cmd(ctx: click.Context, text: tuple[str, ...], at: str | None, as_json: bool) -> None:
    """Add a typed note: a memo without audio, searched and understood like the others.

    TEXT is the words (quotes optional), or - to read them from standard input. The same
    text at the same time is one memo, however often it is added.

    Example: memo note --at "yesterday 17:30" Met Kevin Brooks, email him on Friday
    """
    from .notes import add_note, parse_when

    body = sys.stdin.read() if text == ("-",) else " ".join(text)
    when = parse_when(at) if at is not None else None
    store = open_store(ctx)
    r = add_note(store, body, at=when)
    if as_json:
        echo_json(store.get_memo(r.memo_id))
        return
    if not r.new:
        click.echo(f"already memo {r.memo_id} (the same note at the same time)")
        return
    people = f" (people: {', '.join(r.people)})" if r.people else ""
    click.echo(f"added memo {r.memo_id}{people}")


# -- memo serve ---------------------------------------------------------------------------------


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535))
@click.option("--token", help="Required on every request (generated off loopback when not given).")
@click.option("--read-only", is_flag=True, help="Browse and listen only: refuse every change.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in a web browser.")
@click.pass_context
def serve(
    ctx: click.Context,
    host: str,
    port: int,
    token: str | None,
    read_only: bool,
    open_browser: bool,
) -> None:
    """Browse, search, listen and fix memos in a web browser; prints its URL first.

    On 127.0.0.1 only this machine can connect. Any other address (e.g. 0.0.0.0 for a
    phone on the same network) needs the token, which is part of the printed URL.

    Example: memo serve --host 0.0.0.0 --port 8765
    """
    from .web.server import serve as run_server

    run_server(
        ctx.obj["db"],
        host=host,
        port=port,
        token=token,
        read_only=read_only,
        open_browser=open_browser,
    )


def main() -> None:
    cli(prog_name="memo")
