"""Exports: memos as files other tools read (Obsidian, Markdown, subtitles, text, JSON, CSV).

Everything here reads through `read.Reader` and renders its dataclasses; there is no SQL.
Rendering (`render`, one memo to one string) is kept apart from writing (`export_files`,
`write_csv`, `sync_vault`), so standard output, a folder and a vault share one rendering.

An Obsidian vault is a place the user writes too, so syncing one follows two rules:

- **The user's text is theirs.** Every note memo writes ends with `MARKER`; what stands
  below it is carried over untouched on every later sync. A note whose marker was removed
  is left alone entirely (reported as `kept`), since memo can no longer tell whose text is
  whose. Nothing is ever deleted.
- **Unchanged means untouched.** A note is written only when its text would change, so
  its modification time (and Obsidian's sync and history) only moves when something did.
  A recording is copied into the attachments folder once.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ExportError, QueryError
from .read import EntityDetail, MemoDetail, Reader, mmss

FORMATS = ("obsidian", "markdown", "srt", "vtt", "txt", "json", "csv")
# File name ending per format written one file per memo.
SUFFIXES = {"markdown": ".md", "srt": ".srt", "vtt": ".vtt", "txt": ".txt", "json": ".json"}
MARKER = "%% memo: your notes below this line are kept %%"
# Folders of an exported vault (inside the folder given as --to).
MEMO_DIR, PEOPLE_DIR, ORG_DIR = "Memos", "People", "Organisations"
# Where Obsidian puts attachments when the vault does not say (`.obsidian/app.json`).
DEFAULT_ATTACHMENTS = "attachments"
# The tag every memo note carries, so a vault search for #memo finds them all.
NOTE_TAG = "memo"
# Longest file name stem written (well under the 255 bytes most file systems allow).
MAX_NAME = 80

_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|#^\[\]]')
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {
    f"{p}{i}" for p in ("com", "lpt") for i in range(1, 10)
}


# -- selection --------------------------------------------------------------------------------


def select(
    reader: Reader,
    ids: Sequence[int] = (),
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    person: str | None = None,
    org: str | None = None,
    tag: str | None = None,
) -> list[int]:
    """The ids of the memos to export, oldest recorded first: `ids` if given (each must
    exist), else every memo the filters let through."""
    if ids:
        for memo_id in ids:
            reader.memo(memo_id)  # NotFound names the missing one
        chosen = set(ids)
        if not (since or until or person or org or tag):
            return list(dict.fromkeys(ids))
    else:
        chosen = None
    found = reader.memos(since=since, until=until, person=person, org=org, tag=tag)
    return [m.id for m in reversed(found) if chosen is None or m.id in chosen]


# -- names ------------------------------------------------------------------------------------


def safe_name(text: str, fallback: str) -> str:
    """`text` as a file name stem that works on Linux, macOS, Windows and in a wikilink:
    no path separators, no characters Obsidian links cannot hold, no reserved names."""
    name = _UNSAFE.sub(" ", text)
    name = re.sub(r"\s+", " ", name).strip().strip(".").strip()
    if len(name) > MAX_NAME:
        name = name[:MAX_NAME].rstrip(" .")
    if not name or name.lower().split(".")[0] in _WINDOWS_RESERVED:
        name = f"{name} {fallback}".strip() if name else fallback
    return name


def memo_stem(memo: MemoDetail | Any) -> str:
    """A memo's note and file name: its recording time and id, so it never moves."""
    when = (memo.recorded_at or "")[:16].replace("T", " ").replace(":", ".")
    return safe_name(f"{when} memo {memo.id}", f"memo {memo.id}")


# -- rendering one memo -----------------------------------------------------------------------


def render(memo: MemoDetail, fmt: str) -> str:
    """One memo as `markdown`, `srt`, `vtt`, `txt` or `json` text."""
    if fmt == "markdown":
        return render_markdown(memo)
    if fmt == "srt":
        return render_srt(memo)
    if fmt == "vtt":
        return render_vtt(memo)
    if fmt == "txt":
        return render_txt(memo)
    if fmt == "json":
        return json.dumps(memo.to_dict(), indent=2, ensure_ascii=False) + "\n"
    raise QueryError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")


def _yaml(value: Any) -> str:
    """A YAML flow value: JSON strings and lists are valid YAML; ISO times stay unquoted
    so Obsidian reads them as dates."""
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d)?)?", value):
        return value
    return json.dumps(value, ensure_ascii=False)


def front_matter(fields: dict[str, Any]) -> str:
    lines = [f"{k}: {_yaml(v)}" for k, v in fields.items() if v is not None]
    return "---\n" + "\n".join(lines) + "\n---\n"


def _memo_fields(memo: MemoDetail, tags: Sequence[str]) -> dict[str, Any]:
    return {
        "memo_id": memo.id,
        "date": memo.recorded_at,
        "duration": mmss(memo.duration_s),
        "duration_s": round(memo.duration_s, 1) if memo.duration_s is not None else None,
        "people": memo.names("person"),
        "organisations": memo.names("org"),
        "places": memo.names("place"),
        "tags": list(tags),
        "status": memo.status,
        "source": memo.filename,
    }


def task_line(text: str, due: str | None, status: str, link: str = "") -> str:
    """A follow-up as a Tasks-plugin task: `- [ ] text 📅 2026-12-03` (`[x]` when done)."""
    box = "x" if status == "done" else " "
    words = " ".join(text.split())
    return f"- [{box}] {words}" + (f" {link}" if link else "") + (f" 📅 {due}" if due else "")


def _transcript(memo: MemoDetail) -> list[str]:
    if memo.status == "failed":
        return [f"*Could not be transcribed: {memo.error or 'unknown error'}*"]
    lines = [
        f"[{mmss(s.start_s)}] {' '.join(s.text.split())}" for s in memo.segments if s.text.strip()
    ]
    return lines or ["*No speech.*"]


def _finish_note(out: list[str], memo: MemoDetail) -> str:
    """A memo's note after its header lines: follow-ups as tasks, then the transcript."""
    out.append("")
    if memo.followups:
        out += ["## Follow-ups", ""]
        out += [task_line(f.text, f.due, f.status) for f in memo.followups]
        out.append("")
    out += ["## Transcript", "", *(line + "  " for line in _transcript(memo))]
    return "\n".join(out).rstrip() + "\n"


def _title(memo: MemoDetail) -> str:
    return f"{(memo.recorded_at or '')[:16].replace('T', ' ')} · memo {memo.id}"


def render_markdown(memo: MemoDetail) -> str:
    """A memo as portable Markdown: front matter, who, follow-ups as tasks, transcript."""
    out = [front_matter(_memo_fields(memo, [NOTE_TAG])), f"# {_title(memo)}", ""]
    out.append(
        f"Recording: `{memo.path}`" if memo.path else "Typed note (`memo note`): no recording."
    )
    for label, kind in (("People", "person"), ("Organisations", "org"), ("Places", "place")):
        if memo.names(kind):
            out.append(f"{label}: {', '.join(memo.names(kind))}")
    return _finish_note(out, memo)


def _cues(memo: MemoDetail) -> list[tuple[float, float, str]]:
    """Subtitle cues: one per segment, text on one line, never empty or zero-length."""
    cues = []
    for s in memo.segments:
        text = " ".join(s.text.split()).replace("-->", "→")
        if text:
            cues.append((s.start_s, max(s.end_s, s.start_s + 0.5), text))
    return cues


def _stamp(seconds: float, sep: str) -> str:
    ms = round(max(seconds, 0.0) * 1000)
    return (
        f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}{sep}{ms % 1000:03d}"
    )


def render_srt(memo: MemoDetail) -> str:
    blocks = [
        f"{i}\n{_stamp(a, ',')} --> {_stamp(b, ',')}\n{text}\n"
        for i, (a, b, text) in enumerate(_cues(memo), 1)
    ]
    return "\n".join(blocks)


def render_vtt(memo: MemoDetail) -> str:
    blocks = [f"{_stamp(a, '.')} --> {_stamp(b, '.')}\n{text}\n" for a, b, text in _cues(memo)]
    return "WEBVTT\n\n" + "\n".join(blocks)


def render_txt(memo: MemoDetail) -> str:
    return "\n".join(" ".join(s.text.split()) for s in memo.segments if s.text.strip()) + "\n"


# -- writing ----------------------------------------------------------------------------------


@dataclass
class ExportReport:
    """What an export did, path by path: `written` (new or changed), `unchanged`, `kept`
    (a note without the marker, left as the user has it) and `copied` recordings."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    copied: list[str] = field(default_factory=list)
    missing_audio: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {k: list(v) for k, v in vars(self).items()}

    def summary(self) -> str:
        parts = [
            f"{len(self.written)} written",
            f"{len(self.unchanged)} unchanged",
        ]
        if self.kept:
            parts.append(f"{len(self.kept)} kept as edited (no marker line)")
        if self.copied:
            parts.append(f"{len(self.copied)} recordings copied")
        if self.missing_audio:
            parts.append(f"{len(self.missing_audio)} recordings not found")
        return ", ".join(parts)


def _write_if_changed(path: Path, text: str, report: ExportReport) -> None:
    try:
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            report.unchanged.append(str(path))
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.memo-tmp")
        tmp.write_text(text, encoding="utf-8", newline="\n")
        tmp.replace(path)
    except OSError as e:
        raise ExportError(f"cannot write {path}: {e.strerror or e}") from e
    report.written.append(str(path))


def _folder(path: str | Path) -> Path:
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise ExportError(f"{p} is a file: give a folder to export into")
    try:
        p.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ExportError(f"cannot create {p}: {e.strerror or e}") from e
    return p


def export_files(reader: Reader, memo_ids: Iterable[int], fmt: str, to: str | Path) -> ExportReport:
    """One file per memo in `to`, named by `memo_stem`; unchanged files are not rewritten."""
    folder = _folder(to)
    report = ExportReport()
    for memo_id in memo_ids:
        memo = reader.memo(memo_id)
        _write_if_changed(folder / (memo_stem(memo) + SUFFIXES[fmt]), render(memo, fmt), report)
    return report


CSV_COLUMNS = {
    "memos": ["id", "recorded_at", "duration_s", "status", "filename", "path", "people",
              "organisations", "places", "followups", "text"],
    "people": ["id", "kind", "name", "organisations", "roles", "people", "memos", "memo_ids",
               "first_seen", "last_seen"],
    "followups": ["id", "memo_id", "text", "due", "person", "status", "overdue", "start_s",
                  "recorded_at"],
}  # fmt: skip


def csv_tables(reader: Reader, memo_ids: Sequence[int]) -> dict[str, list[dict[str, Any]]]:
    """The rows of memos.csv, people.csv (people and organisations) and followups.csv.

    Lists inside a cell are joined with "; ".
    """
    memos, entities = [], {}
    for memo_id in memo_ids:
        m = reader.memo(memo_id)
        memos.append(
            {
                "id": m.id,
                "recorded_at": m.recorded_at,
                "duration_s": m.duration_s,
                "status": m.status,
                "filename": m.filename,
                "path": m.path,
                "people": "; ".join(m.names("person")),
                "organisations": "; ".join(m.names("org")),
                "places": "; ".join(m.names("place")),
                "followups": len(m.followups),
                "text": m.text,
            }
        )
        for e in m.entities:
            if e.kind in ("person", "org"):
                entities.setdefault(e.id, set()).add(m.id)
    people = []
    for entity_id, ids in entities.items():
        d = reader.entity_by_id(entity_id)
        people.append(
            {
                "id": d.id,
                "kind": d.kind,
                "name": d.name,
                "organisations": "; ".join(d.orgs),
                "roles": "; ".join(d.roles),
                "people": "; ".join(d.people),
                "memos": len(ids),
                "memo_ids": "; ".join(str(i) for i in sorted(ids)),
                "first_seen": d.first_seen,
                "last_seen": d.last_seen,
            }
        )
    people.sort(key=lambda r: (r["kind"] != "person", r["name"].lower()))
    followups = [
        {k: v for k, v in f.to_dict().items() if k in CSV_COLUMNS["followups"]}
        for f in reader.followups(include_done=True, memo_ids=list(memo_ids))
    ]
    return {"memos": memos, "people": people, "followups": followups}


def write_csv(reader: Reader, memo_ids: Sequence[int], to: str | Path) -> ExportReport:
    """memos.csv, people.csv and followups.csv in `to` (UTF-8, a header row each)."""
    import csv
    import io

    folder = _folder(to)
    report = ExportReport()
    for name, rows in csv_tables(reader, memo_ids).items():
        buf = io.StringIO()
        writer = csv.DictWriter(buf, CSV_COLUMNS[name], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        _write_if_changed(folder / f"{name}.csv", buf.getvalue(), report)
    return report


# -- an Obsidian vault ------------------------------------------------------------------------


def attachments_folder(folder: Path) -> Path:
    """Where recordings go: the attachment folder of the vault `folder` is in (the nearest
    folder up with a `.obsidian` settings folder, when its "attachmentFolderPath" is a fixed
    folder), else `attachments` inside `folder`."""
    for root in (folder, *folder.parents):
        if (root / ".obsidian").is_dir():
            break
    else:
        return folder / DEFAULT_ATTACHMENTS
    try:
        settings = json.loads((root / ".obsidian" / "app.json").read_text(encoding="utf-8"))
        chosen = str(settings.get("attachmentFolderPath") or "")
    except (OSError, ValueError, AttributeError):
        chosen = ""
    chosen = chosen.strip().strip("/")
    if not chosen or chosen.startswith(".") or ".." in Path(chosen).parts:
        # "/" (the vault root) and "./" (next to each note) are not a place of their own.
        return folder / DEFAULT_ATTACHMENTS
    return root / chosen


def _with_user_text(path: Path, generated: str) -> str | None:
    """`generated`, the marker, and whatever the user wrote below it in the note at `path`.

    None when the note exists but its marker is gone: then it is the user's alone.
    """
    try:
        old = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return f"{generated}\n{MARKER}\n"
    except OSError as e:
        raise ExportError(f"cannot read {path}: {e.strerror or e}") from e
    _, sep, mine = old.partition(MARKER)
    if not sep:
        return None
    return f"{generated}\n{MARKER}{mine}"


def _sync_note(path: Path, generated: str, report: ExportReport) -> None:
    text = _with_user_text(path, generated)
    if text is None:
        report.kept.append(str(path))
    else:
        _write_if_changed(path, text, report)


def _entity_stem(name: str, entity_id: int, taken: dict[str, int]) -> str:
    stem = safe_name(name, f"entity {entity_id}")
    if taken.setdefault(stem.lower(), entity_id) != entity_id:
        stem = f"{stem} ({entity_id})"
    return stem


def _link(stem: str, shown: str | None = None) -> str:
    return f"[[{stem}|{shown}]]" if shown and shown != stem else f"[[{stem}]]"


def sync_vault(
    reader: Reader,
    memo_ids: Iterable[int],
    to: str | Path,
    *,
    tags: Callable[[int], Sequence[str]] | None = None,
) -> ExportReport:
    """Write (or update) the notes of these memos, and of the people and organisations they
    mention, in the Obsidian folder `to`.

    A memo note has front matter (date, duration, people, organisations, tags, status), an
    embed of a copy of the recording, the follow-ups as Tasks-plugin tasks, and the
    transcript with [mm:ss] times. A person or organisation note links back to every memo
    mentioning them whose note is in the folder. See the module docstring for what happens
    to the user's own text.
    """
    vault = _folder(to)
    report = ExportReport()
    attachments = attachments_folder(vault)
    memo_dir = vault / MEMO_DIR
    entity_names: dict[str, int] = {}
    touched: dict[int, str] = {}  # entity id -> note stem
    for memo_id in memo_ids:
        memo = reader.memo(memo_id)
        stem = memo_stem(memo)
        embed = _copy_recording(memo, attachments, stem, report)
        links = {
            e.id: _entity_stem(e.name, e.id, entity_names)
            for e in memo.entities
            if e.kind in ("person", "org")
        }
        touched.update(links)
        mine = [*memo.tags, *(tags(memo.id) if tags else ())]  # `memo tag`'s, and the caller's
        body = _memo_note(memo, embed, links, [NOTE_TAG, *mine])
        _sync_note(memo_dir / f"{stem}.md", body, report)
    for entity_id, stem in touched.items():
        d = reader.entity_by_id(entity_id)
        folder = PEOPLE_DIR if d.kind == "person" else ORG_DIR
        _sync_note(vault / folder / f"{stem}.md", _entity_note(d, memo_dir, entity_names), report)
    return report


def _copy_recording(
    memo: MemoDetail, attachments: Path, stem: str, report: ExportReport
) -> str | None:
    """Copy the recording into the attachments folder once; the name to embed it by, or
    None when the recording is gone.

    Embeds name the file alone (`![[2026-11-25 14.30 memo 12.m4a]]`), as Obsidian writes
    them by default: the name is unique to the memo, so it resolves wherever the
    attachments folder is in the vault.
    """
    if not memo.path:
        return None  # a typed note (`memo note`) has no recording
    source = Path(memo.path)
    name = f"{stem}{source.suffix.lower()}"
    target = attachments / name
    if target.is_file() and (
        not source.is_file() or target.stat().st_size == source.stat().st_size
    ):
        return name
    if not source.is_file():
        report.missing_audio.append(memo.id)
        return None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    except OSError as e:
        raise ExportError(f"cannot copy {source} to {target}: {e.strerror or e}") from e
    report.copied.append(str(target))
    return name


def _memo_note(
    memo: MemoDetail, embed: str | None, links: dict[int, str], tags: Sequence[str]
) -> str:
    fields = _memo_fields(memo, [safe_tag(t) for t in dict.fromkeys(tags) if safe_tag(t)])
    out = [front_matter(fields), f"# {_title(memo)}", ""]
    if embed:
        out.append(f"![[{embed}]]")
    else:
        gone = f"*Recording not found: `{memo.path}`*"
        out.append(gone if memo.path else "*Typed note: no recording.*")
    out.append("")
    for label, kind in (("People", "person"), ("Organisations", "org")):
        named = [_link(links[e.id], e.name) for e in memo.entities if e.kind == kind]
        if named:
            out.append(f"{label}: {', '.join(named)}")
    if memo.names("place"):
        out.append(f"Places: {', '.join(memo.names('place'))}")
    return _finish_note(out, memo)


def _entity_note(d: EntityDetail, memo_dir: Path, entity_names: dict[str, int]) -> str:
    kind = "person" if d.kind == "person" else "organisation"
    fields = {
        "type": kind,
        "name": d.name,
        "organisations": d.orgs or None,
        "roles": d.roles or None,
        "people": d.people or None,
        "first_seen": d.first_seen,
        "last_seen": d.last_seen,
        "tags": [f"{NOTE_TAG}-{kind}"],
    }
    out = [front_matter(fields), f"# {d.name}", ""]
    if d.roles:
        out.append(f"Roles: {', '.join(d.roles)}")
    for label, values in (("Organisations", d.orgs), ("People", d.people)):
        if values:
            out.append(f"{label}: {', '.join(_link(safe_name(v, v), v) for v in values)}")
    out += ["", "## Memos", ""]
    for ref in d.memos:
        stem = memo_stem(_Ref(ref.memo_id, ref.recorded_at))
        if not (memo_dir / f"{stem}.md").is_file():
            continue  # not exported (yet): no link to a note that is not there
        said = f": [{mmss(ref.snippets[0].start_s)}] {ref.snippets[0].text}" if ref.snippets else ""
        out.append(f"- {_link(stem)}{said}")
    if d.followups:
        out += ["", "## Follow-ups", ""]
        for f in d.followups:
            # Listed, not tasks: the task itself lives once, in the memo's note.
            stem = memo_stem(_Ref(f.memo_id, f.recorded_at or ""))
            done = "done: " if f.status == "done" else ""
            due = f"due {f.due}; " if f.due else ""
            out.append(f"- {done}{' '.join(f.text.split())} ({due}{_link(stem)})")
    return "\n".join(out).rstrip() + "\n"


@dataclass(frozen=True)
class _Ref:
    id: int
    recorded_at: str


def safe_tag(tag: str) -> str:
    """An Obsidian tag: no spaces or punctuation other than - _ /, not only digits."""
    t = re.sub(r"[^\w/-]+", "-", tag.strip().lstrip("#").lower()).strip("-")
    return "" if not t or t.isdigit() else t
