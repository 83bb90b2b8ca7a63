"""`create_app`: the Starlette app behind `memo serve`.

Routes parse the request, call one library function and render a template (or JSON): reads
go to `read.Reader` (what the CLI's read commands use) and every change goes through the same
library calls as the CLI. Pages are plain HTML that reads
without JavaScript; `static/app.js` adds playback from a moment and the live upload list.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from ..errors import AudioError, MemoError, NotFound, QueryError
from ..read import Reader, mmss
from . import media
from .security import Security, check_csrf, new_token
from .uploads import MAX_UPLOAD_BYTES, UploadError, Uploads, save

logger = logging.getLogger(__name__)

HERE = Path(__file__).parent
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"  # around matched words; never in a transcript
PAGE_SIZE = 50  # memos per page of the library
MEMO_STATUSES = ("done", "empty", "failed")
DIGEST_MEMOS = 500  # a week's memos, with their marks, on the digest page
ENTITY_MEMOS_SHOWN = 100  # a person's page lists their newest memos; the library has the rest


@dataclass(frozen=True)
class Settings:
    db_path: str
    data_dir: Path  # inbox/ and cache/ live here
    token: str | None = None  # None: loopback only, no token
    read_only: bool = False
    max_upload_bytes: int = MAX_UPLOAD_BYTES
    ingest_args: tuple[str, ...] = ()  # extra `memo ingest` options for uploads (tests: --fast)


class Readers:
    """One `Reader` (a read-only connection) per worker thread, opened on first use."""

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        self._local = threading.local()

    def get(self) -> Reader:
        reader = getattr(self._local, "reader", None)
        if reader is None:
            reader = self._local.reader = Reader.open(self.db_path)
        return reader


def create_app(settings: Settings) -> Starlette:
    """The app for one database. `settings.token` None means loopback-only, no token."""
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.filters["mmss"] = mmss
    env.filters["when"] = _when
    env.filters["marks"] = _marks
    env.globals["static_version"] = str(int((HERE / "static" / "app.js").stat().st_mtime))
    readers = Readers(settings.db_path)
    uploads = Uploads(settings.db_path, settings.ingest_args)

    def render(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
        context.setdefault("read_only", settings.read_only)
        context["csrf"] = request.app.state.csrf
        context["path"] = request.url.path
        return templates.TemplateResponse(request, name, context, status_code=status_code)

    @contextlib.contextmanager
    def writing() -> Iterator[Any]:
        from ..store import Store

        store = Store.open(settings.db_path, create=False)
        try:
            yield store
        finally:
            store.close()

    async def correct(change: Callable[[Any, Any], Any]) -> Any:
        """Run `change(corrections, store)` on a worker thread with its own write connection,
        so a correction (which may load spaCy) never blocks the event loop."""

        def work() -> Any:
            from .. import corrections

            with writing() as store:
                return change(corrections, store)

        return await run_in_threadpool(work)

    extractor_lock = threading.Lock()
    loaded: dict[str, Any] = {}

    def extractor() -> Any:
        """spaCy for re-extracting a corrected memo: loaded on the first fix, then kept."""
        with extractor_lock:
            if "spacy" not in loaded:
                from ..extract import SpacyExtractor

                loaded["spacy"] = SpacyExtractor()
            return loaded["spacy"]

    # -- reading ---------------------------------------------------------------------------

    def library(request: Request) -> Response:
        q = request.query_params
        filters = {
            k: q.get(k) or None
            for k in ("since", "until", "person", "org", "status", "tag", "triage")
        }
        if filters["status"] and filters["status"] not in MEMO_STATUSES:
            raise QueryError(f"status must be one of {', '.join(MEMO_STATUSES)}")
        memos = readers.get().memos(
            since=_day(filters["since"]),
            until=_day(filters["until"], end=True),
            person=filters["person"],
            org=filters["org"],
            status=filters["status"],
            tag=filters["tag"],
            triage=filters["triage"],
            after=_cursor(q.get("after")),
            limit=PAGE_SIZE + 1,
        )
        memos, more = memos[:PAGE_SIZE], len(memos) > PAGE_SIZE
        after = "|".join(map(str, memos[-1].cursor)) if more else None
        if request.url.path.startswith("/api/"):
            return _json({"memos": memos, "next": after})
        kept = {k: v for k, v in filters.items() if v}
        older = request.url.include_query_params(**kept, after=after) if after else None
        return render(request, "library.html", memos=memos, filters=filters, more=older)

    def search_page(request: Request) -> Response:
        q = request.query_params
        text = (q.get("q") or "").strip()
        filters = {k: q.get(k) or None for k in ("person", "org", "since", "until")}
        hits, error = [], None
        if text:
            try:
                hits = readers.get().search(
                    text,
                    person=filters["person"],
                    org=filters["org"],
                    since=_day(filters["since"]),
                    until=_day(filters["until"], end=True),
                    limit=_int(q.get("limit"), 20, 1, 1000),
                    memos=q.get("memos") in ("1", "on", "true"),
                    highlight=(MARK_OPEN, MARK_CLOSE),
                )
            except QueryError as e:
                if request.url.path.startswith("/api/"):
                    raise
                error = str(e)
        if request.url.path.startswith("/api/"):
            plain = [
                {**asdict(h), "snippet": h.snippet.replace(MARK_OPEN, "[").replace(MARK_CLOSE, "]")}
                for h in hits
            ]
            return JSONResponse(plain)
        return render(request, "search.html", q=text, hits=hits, error=error, filters=filters)

    def memo_page(request: Request) -> Response:
        start = _float(request.query_params.get("t"))
        memo = readers.get().memo(request.path_params["memo_id"], at=start)
        if request.url.path.startswith("/api/"):
            return _json(memo)
        focus = memo.focus
        current = memo.segments[focus].idx if focus is not None and memo.segments else None
        return render(request, "memo.html", memo=memo, start=start, current=current)

    def audio(request: Request) -> Response:
        source = readers.get().memo(request.path_params["memo_id"]).path
        try:
            path, media_type = media.playable(source, settings.data_dir / "cache")
        except AudioError as e:
            raise HTTPException(404, str(e)) from e
        return FileResponse(path, media_type=media_type, headers={"cache-control": "private"})

    def people(request: Request) -> Response:
        found = readers.get().people(org=request.query_params.get("org") or None)
        if request.url.path.startswith("/api/"):
            return _json(found)
        return render(request, "people.html", people=found, orgs=readers.get().orgs())

    def orgs(request: Request) -> Response:
        found = readers.get().orgs()
        if request.url.path.startswith("/api/"):
            return _json(found)
        return render(request, "people.html", people=None, orgs=found)

    def entity_page(request: Request) -> Response:
        kind = "person" if request.url.path.startswith(("/people", "/api/people")) else "org"
        api = request.url.path.startswith("/api/")
        detail = readers.get().entity_by_id(
            request.path_params["entity_id"], snippets=None if api else ENTITY_MEMOS_SHOWN
        )
        if detail.kind != kind:
            raise NotFound(f"no {kind} with id {detail.id}")
        if api:
            return _json(detail)
        return render(request, "entity.html", e=detail, shown=ENTITY_MEMOS_SHOWN)

    def followups(request: Request) -> Response:
        found = readers.get().followups(include_done=True)
        if request.url.path.startswith("/api/"):
            return _json(found)
        events = readers.get().events(since=dt.date.today())
        groups = {
            "overdue": [f for f in found if f.overdue],
            "open": [f for f in found if f.status == "open" and not f.overdue],
            "done": [f for f in found if f.status == "done"],
        }
        return render(request, "followups.html", groups=groups, events=events)

    def events(request: Request) -> Response:
        q = request.query_params
        return _json(readers.get().events(_day(q.get("since")), _day(q.get("until"), end=True)))

    def digest_page(request: Request) -> Response:
        from .. import digest

        q = request.query_params
        since, until = digest.default_period(dt.date.today())
        since = _day(q.get("since")) or since
        until = _day(q.get("until"), end=True) or until
        reader = readers.get()
        d = reader.digest(since, until)
        if request.url.path.startswith("/api/"):
            return _json(d)
        # The period's memos again as the library lists them: with first words, tags and marks.
        memos = reader.memos(since=since, until=until, status="done", limit=DIGEST_MEMOS)
        return render(request, "digest.html", d=d, memos=memos)

    def upload_page(request: Request) -> Response:
        jobs = uploads.jobs()
        if request.url.path.startswith("/api/"):
            return _json(jobs)
        return render(
            request, "upload.html", jobs=jobs, limit_mb=settings.max_upload_bytes // 2**20
        )

    # -- writing ---------------------------------------------------------------------------

    async def form_of(request: Request) -> Any:
        form = await request.form(max_files=100, max_fields=50)
        if not await check_csrf(request, form):
            raise HTTPException(403, "this form is stale or came from another site: reload")
        return form

    async def followup_status(request: Request) -> Response:
        form = await form_of(request)
        status = "done" if form.get("status") == "done" else "open"
        fid = request.path_params["followup_id"]

        item = await correct(lambda c, store: c.set_done(store, fid, status == "done"))
        if _wants_json(request):
            return _json(item)
        return _back(form, f"/memos/{item.memo_id}")

    async def rename_person(request: Request) -> Response:
        form = await form_of(request)
        new = str(form.get("name") or "").strip()
        ref = readers.get().entity_by_id(request.path_params["entity_id"])
        if not new:
            raise HTTPException(400, "give the new name")

        result = await correct(lambda c, store: c.rename(store, ref.name, new, entity_id=ref.id))
        return RedirectResponse(f"/people/{result.entity_id}", status_code=303)

    async def fix_line(request: Request) -> Response:
        form = await form_of(request)
        memo_id, idx = request.path_params["memo_id"], request.path_params["idx"]
        text = str(form.get("text") or "").strip()
        if not text:
            raise HTTPException(400, "the corrected line is empty")

        await correct(lambda c, store: c.fix_line(store, memo_id, idx, text, extractor=extractor()))
        return RedirectResponse(f"/memos/{memo_id}#line-{idx}", status_code=303)

    async def dismiss(request: Request) -> Response:
        form = await form_of(request)
        ref = readers.get().entity_by_id(request.path_params["entity_id"])

        await correct(lambda c, store: c.forget(store, ref.name, entity_id=ref.id))
        return _back(form, "/people")

    async def triage(request: Request) -> Response:
        form = await form_of(request)
        memo_id = request.path_params["memo_id"]
        mark = str(form.get("mark") or "")
        chosen = None if mark == "undecided" else mark

        result = await correct(lambda c, store: c.triage(store, memo_id, chosen))
        if _wants_json(request):
            return _json(result)
        return _back(form, f"/memos/{memo_id}")

    async def tags(request: Request) -> Response:
        form = await form_of(request)
        memo_id = request.path_params["memo_id"]
        add = [t for t in str(form.get("add") or "").replace(",", " ").split() if t]
        remove = [str(t) for t in form.getlist("remove") if t]

        after = await correct(lambda c, store: c.tag(store, memo_id, add=add, remove=remove))
        if _wants_json(request):
            return JSONResponse(list(after))
        return _back(form, f"/memos/{memo_id}")

    async def upload(request: Request) -> Response:
        form = await form_of(request)
        files = [f for f in form.getlist("files") if hasattr(f, "filename")]
        if not files:
            raise HTTPException(400, "choose one or more recordings to upload")
        inbox = settings.data_dir / "inbox"
        jobs = []
        for f in files:
            try:
                path = await run_in_threadpool(
                    save, f.file, f.filename or "", inbox, settings.max_upload_bytes
                )
                jobs.append(uploads.add(path))
            except UploadError as e:
                jobs.append(uploads.refused(f.filename or "?", str(e)))
        if _wants_json(request):
            return _json(jobs)
        return RedirectResponse("/upload", status_code=303)

    # -- errors ----------------------------------------------------------------------------

    async def on_error(request: Request, exc: Exception) -> Response:
        if isinstance(exc, HTTPException):
            status, message = exc.status_code, str(exc.detail)
        elif isinstance(exc, NotFound):
            status, message = 404, str(exc)
        elif isinstance(exc, QueryError):
            status, message = 400, str(exc)
        elif isinstance(exc, MemoError):
            status, message = 409 if "already" in str(exc) else 500, str(exc)
        else:
            logger.exception("error on %s", request.url.path)
            status, message = 500, "something went wrong (see the server's log)"
        if request.url.path.startswith("/api/") or _wants_json(request):
            return JSONResponse({"error": message}, status_code=status)
        return render(request, "error.html", status_code=status, message=message)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        uploads.stop()

    api = [
        Route("/api/memos", library),
        Route("/api/memos/{memo_id:int}", memo_page),
        Route("/api/search", search_page),
        Route("/api/people", people),
        Route("/api/people/{entity_id:int}", entity_page),
        Route("/api/orgs", orgs),
        Route("/api/orgs/{entity_id:int}", entity_page),
        Route("/api/followups", followups),
        Route("/api/events", events),
        Route("/api/digest", digest_page),
        Route("/api/uploads", upload_page),
    ]
    routes = [
        Route("/", library),
        Route("/search", search_page),
        Route("/memos/{memo_id:int}", memo_page),
        Route("/memos/{memo_id:int}/audio", audio),
        Route("/memos/{memo_id:int}/lines/{idx:int}", fix_line, methods=["POST"]),
        Route("/memos/{memo_id:int}/triage", triage, methods=["POST"]),
        Route("/memos/{memo_id:int}/tags", tags, methods=["POST"]),
        Route("/people", people),
        Route("/people/{entity_id:int}", entity_page),
        Route("/people/{entity_id:int}/rename", rename_person, methods=["POST"]),
        Route("/entities/{entity_id:int}/dismiss", dismiss, methods=["POST"]),
        Route("/orgs", orgs),
        Route("/orgs/{entity_id:int}", entity_page),
        Route("/followups", followups),
        Route("/followups/{followup_id:int}/status", followup_status, methods=["POST"]),
        Route("/digest", digest_page),
        Route("/upload", upload_page),
        Route("/upload", upload, methods=["POST"]),
        *api,
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={MemoError: on_error, HTTPException: on_error, Exception: on_error},
        lifespan=lifespan,
    )
    app.state.csrf = new_token()
    app.state.settings = settings
    app.state.uploads = uploads
    app.add_middleware(
        Security, token=settings.token, csrf=app.state.csrf, read_only=settings.read_only
    )
    return app


def _cursor(text: str | None) -> tuple[str, int] | None:
    """`?after=` as `Reader.memos` takes it: "recorded_at|id" of the last memo shown."""
    if not text:
        return None
    at, _, memo_id = text.rpartition("|")
    if not at or not memo_id.isdigit():
        raise QueryError(f"not a page of the library: after={text!r}")
    return at, int(memo_id)


def _json(data: Any) -> JSONResponse:
    return JSONResponse(_plain(data))


def _plain(data: Any) -> Any:
    if hasattr(data, "to_dict"):
        return data.to_dict()
    if hasattr(data, "__dataclass_fields__"):
        return asdict(data)
    if isinstance(data, list):
        return [_plain(d) for d in data]
    if isinstance(data, dict):
        return {k: _plain(v) for k, v in data.items()}
    return data


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


def _back(form: Any, default: str) -> Response:
    """Back to the page the form was on: a local path only, never another site."""
    target = str(form.get("next") or "")
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = default
    return RedirectResponse(target, status_code=303)


def _day(text: str | None, *, end: bool = False) -> dt.date | None:
    if not text:
        return None
    from ..dates import parse_range

    first, last = parse_range(text, dt.date.today())
    return last if end else first


def _int(text: str | None, default: int, lo: int, hi: int) -> int:
    try:
        return max(lo, min(hi, int(text))) if text else default
    except ValueError:
        return default


def _float(text: str | None) -> float | None:
    try:
        value = float(text) if text else None
    except ValueError:
        return None
    return value if value is not None and 0 <= value < 1e7 else None


def _when(recorded_at: str | None) -> str:
    return (recorded_at or "")[:16].replace("T", " ")


def _marks(snippet: str) -> Markup:
    """A snippet with its matched words in <mark>, everything else escaped."""
    return Markup(str(escape(snippet)).replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>"))
