"""`memo export`: every format read back with a real parser, an Obsidian vault that keeps
the user's text and leaves unchanged notes alone, `memo watch --export-to`, and one run on
real sample audio."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import frontmatter
import pytest
import srt
import webvtt
from click.testing import CliRunner
from test_read import make_memo

from conftest import SAMPLES
from pipeline import export
from pipeline.cli import cli
from pipeline.read import Reader
from pipeline.records import FollowUp, Link
from pipeline.store import Store

ROOT = Path(__file__).resolve().parent.parent
AUDIO = "20261118_173512.m4a"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Three memos with people, an organisation, follow-ups (one done) and real audio."""
    audio = tmp_path / "audio"
    audio.mkdir()
    shutil.copy(SAMPLES / AUDIO, audio / AUDIO)
    path = tmp_path / "memo.db"
    store = Store.open(path)
    store.save(
        make_memo(
            1,
            dt.datetime(2026, 11, 16, 9, 30),
            [
                "Met Kevin Brooks at the Post Office about the pilot.",
                'He said "safe --> guarding" twice.',
                "Email him the slides.",
            ],
            people=("Kevin Brooks",),
            orgs=("Post Office",),
            followups=(
                FollowUp("Email him the slides.", dt.date(2026, 11, 20), "Kevin Brooks", 2, 10.0),
                FollowUp("Book the room.", None, None, 0, 0.0),
            ),
            links=(Link("Kevin Brooks", "Post Office", "manager"),),
            path=str(audio / AUDIO),
        )
    )
    store.save(
        make_memo(
            2,
            dt.datetime(2026, 11, 18, 12, 0),
            ["Kevin Brooks/Helen: the pilot is approved.", "Call Helen next month."],
            people=("Kevin Brooks", "Helen: Marsh?"),
            followups=(FollowUp("Call Helen next month.", dt.date(2026, 12, 18), None, 1, 5.0),),
        )
    )
    store.save(make_memo(3, dt.datetime(2026, 11, 20, 8, 0), ["Nothing much about anyone."]))
    store.set_followup_status(3, "done")
    store.close()
    return path


def memo(db: Path, *args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["--db", str(db), *args])
    return r.exit_code, r.stdout, r.stderr


# -- one memo to standard output, every format read back ----------------------------------------


def test_srt_reads_back(db: Path) -> None:
    code, out, err = memo(db, "export", "1", "--format", "srt")
    assert code == 0, err
    subs = list(srt.parse(out))
    assert [s.content for s in subs] == [
        "Met Kevin Brooks at the Post Office about the pilot.",
        'He said "safe → guarding" twice.',
        "Email him the slides.",
    ]
    assert [s.start.total_seconds() for s in subs] == [0.0, 5.0, 10.0]
    assert [s.end.total_seconds() for s in subs] == [5.0, 10.0, 15.0]


def test_vtt_reads_back(db: Path, tmp_path: Path) -> None:
    code, out, err = memo(db, "export", "2", "--format", "vtt")
    assert code == 0, err
    captions = webvtt.from_buffer(__import__("io").StringIO(out)).captions
    assert [(c.start, c.end, c.text) for c in captions] == [
        ("00:00:00.000", "00:00:05.000", "Kevin Brooks/Helen: the pilot is approved."),
        ("00:00:05.000", "00:00:10.000", "Call Helen next month."),
    ]


def test_markdown_json_and_txt_read_back(db: Path) -> None:
    code, out, err = memo(db, "export", "1")
    assert code == 0, err
    note = frontmatter.loads(out)
    assert note["memo_id"] == 1
    assert note["date"] == dt.datetime(2026, 11, 16, 9, 30)
    assert note["duration"] == "00:15"
    assert note["people"] == ["Kevin Brooks"]
    assert note["organisations"] == ["Post Office"]
    assert note["status"] == "done"
    assert "- [ ] Email him the slides. 📅 2026-11-20" in note.content
    assert '[00:05] He said "safe --> guarding" twice.' in note.content

    code, out, err = memo(db, "export", "1", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["id"] == 1 and len(data["segments"]) == 3
    assert [f["text"] for f in data["followups"]] == ["Book the room.", "Email him the slides."]

    code, out, _ = memo(db, "export", "3", "--format", "txt")
    assert out == "Nothing much about anyone.\n"


def test_export_errors_are_one_line(db: Path, tmp_path: Path) -> None:
    for args, message in [
        (["export", "--format", "srt"], "3 memos match: give --to FOLDER"),
        (["export", "1", "--format", "csv"], "--format csv writes a folder"),
        (["export", "9"], "no memo with id 9"),
        (["export", "--since", "2030-01-01", "--to", str(tmp_path / "x")], "no memos match"),
    ]:
        code, _out, err = memo(db, *args)
        assert code != 0
        assert message in err
        assert len(err.strip().splitlines()) == 1 or "Usage" in err
    (tmp_path / "file").write_text("x")
    code, _, err = memo(db, "export", "--format", "txt", "--to", str(tmp_path / "file"))
    assert code != 0 and "Traceback" not in err


# -- folders ----------------------------------------------------------------------------------


def test_csv_tables_read_back(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    code, _, err = memo(db, "export", "--format", "csv", "--to", str(out))
    assert code == 0, err
    with open(out / "memos.csv", newline="", encoding="utf-8") as f:
        memos = list(csv.DictReader(f))
    assert [m["id"] for m in memos] == ["1", "2", "3"]
    assert memos[1]["people"] == "Helen: Marsh?; Kevin Brooks"  # by first mention, then name
    assert memos[0]["text"].startswith("Met Kevin Brooks")
    with open(out / "people.csv", newline="", encoding="utf-8") as f:
        people = {p["name"]: p for p in csv.DictReader(f)}
    assert people["Kevin Brooks"]["memo_ids"] == "1; 2"
    assert people["Kevin Brooks"]["organisations"] == "Post Office"
    assert people["Post Office"]["kind"] == "org"
    with open(out / "followups.csv", newline="", encoding="utf-8") as f:
        followups = list(csv.DictReader(f))
    assert [(r["text"], r["due"], r["status"]) for r in followups] == [
        ("Email him the slides.", "2026-11-20", "open"),
        ("Call Helen next month.", "2026-12-18", "done"),
        ("Book the room.", "", "open"),
    ]


@pytest.mark.parametrize("fmt", ["markdown", "srt", "vtt", "txt", "json"])
def test_one_file_per_memo_and_unchanged_files_stay(db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / fmt
    code, stdout, err = memo(db, "export", "--format", fmt, "--to", str(out), "--person", "Kevin")
    assert code == 0, err
    assert "2 memos" in stdout and "2 written" in stdout
    files = sorted(out.iterdir())
    assert [f.name for f in files] == [
        f"2026-11-16 09.30 memo 1{export.SUFFIXES[fmt]}",
        f"2026-11-18 12.00 memo 2{export.SUFFIXES[fmt]}",
    ]
    before = [f.stat().st_mtime_ns for f in files]
    time.sleep(0.01)
    code, stdout, _ = memo(db, "export", "--format", fmt, "--to", str(out), "--person", "Kevin")
    assert "0 written, 2 unchanged" in stdout
    assert [f.stat().st_mtime_ns for f in files] == before


# -- Obsidian ---------------------------------------------------------------------------------


def vault_export(db: Path, vault: Path, *args: str) -> dict[str, list[str]]:
    code, out, err = memo(db, "export", "--format", "obsidian", "--to", str(vault), "--json", *args)
    assert code == 0, err
    return json.loads(out)


def test_obsidian_vault_notes(db: Path, tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    report = vault_export(db, vault)
    assert len(report["written"]) == 3 + 3  # three memos; Kevin, Helen, the Post Office
    assert report["missing_audio"] == [2, 3]

    note = frontmatter.load(vault / "Memos" / "2026-11-16 09.30 memo 1.md")
    assert note["people"] == ["Kevin Brooks"] and note["organisations"] == ["Post Office"]
    assert note["tags"] == ["memo"] and note["status"] == "done"
    assert note["duration"] == "00:15" and note["date"] == dt.datetime(2026, 11, 16, 9, 30)
    body = note.content
    assert "![[2026-11-16 09.30 memo 1.m4a]]" in body
    copied = vault / "attachments" / "2026-11-16 09.30 memo 1.m4a"
    assert copied.read_bytes() == (SAMPLES / AUDIO).read_bytes()
    assert "People: [[Kevin Brooks]]" in body and "Organisations: [[Post Office]]" in body
    assert "- [ ] Email him the slides. 📅 2026-11-20" in body
    assert "- [ ] Book the room." in body
    assert "[00:10] Email him the slides." in body
    assert body.rstrip().endswith(export.MARKER)

    done = frontmatter.load(vault / "Memos" / "2026-11-18 12.00 memo 2.md")
    assert "- [x] Call Helen next month. 📅 2026-12-18" in done.content
    # A name with characters a file or a wikilink cannot hold gets a safe note name.
    assert "[[Helen Marsh|Helen: Marsh?]]" in done.content
    assert (vault / "People" / "Helen Marsh.md").is_file()

    kevin = frontmatter.load(vault / "People" / "Kevin Brooks.md")
    assert kevin["type"] == "person" and kevin["organisations"] == ["Post Office"]
    assert kevin["roles"] == ["manager"]
    assert "- [[2026-11-16 09.30 memo 1]]: [00:00] Met Kevin Brooks" in kevin.content
    assert "- [[2026-11-18 12.00 memo 2]]" in kevin.content
    org = frontmatter.load(vault / "Organisations" / "Post Office.md")
    assert org["type"] == "organisation" and "[[2026-11-16 09.30 memo 1]]" in org.content


def test_obsidian_uses_the_vaults_attachment_folder(db: Path, tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    (vault / ".obsidian").mkdir(parents=True)
    (vault / ".obsidian" / "app.json").write_text('{"attachmentFolderPath": "Files/Audio"}')
    inside = vault / "Voice memos"  # exported into a folder of the vault
    vault_export(db, inside, "1")
    assert (vault / "Files" / "Audio" / "2026-11-16 09.30 memo 1.m4a").is_file()
    assert not (inside / "attachments").exists()
    assert (
        "![[2026-11-16 09.30 memo 1.m4a]]"
        in (inside / "Memos" / "2026-11-16 09.30 memo 1.md").read_text()
    )
    # "next to the note" is not a folder of its own: memo's own attachments folder.
    (vault / ".obsidian" / "app.json").write_text('{"attachmentFolderPath": "./"}')
    vault_export(db, inside, "1")
    assert (inside / "attachments" / "2026-11-16 09.30 memo 1.m4a").is_file()


def test_obsidian_rerun_keeps_user_text_and_leaves_unchanged_notes(
    db: Path, tmp_path: Path
) -> None:
    vault = tmp_path / "vault"
    vault_export(db, vault)
    note = vault / "Memos" / "2026-11-16 09.30 memo 1.md"
    other = vault / "Memos" / "2026-11-20 08.00 memo 3.md"
    kevin = vault / "People" / "Kevin Brooks.md"
    mine = "\nMy own thoughts: ring Kevin first.\n\n- [ ] my own task\n"
    note.write_text(note.read_text() + mine.lstrip("\n"))
    kevin.write_text(kevin.read_text() + "Likes early calls.\n")
    unmarked = vault / "People" / "Helen Marsh.md"
    unmarked.write_text("All mine now, no marker.\n")
    mtimes = {p: p.stat().st_mtime_ns for p in (vault / "Memos").iterdir()}
    audio_mtime = (vault / "attachments" / "2026-11-16 09.30 memo 1.m4a").stat().st_mtime_ns
    time.sleep(0.01)

    # Nothing changed in the database: nothing is written, nothing copied again.
    report = vault_export(db, vault)
    assert report["written"] == [] and report["copied"] == []
    assert report["kept"] == [str(unmarked)]
    assert {p: p.stat().st_mtime_ns for p in (vault / "Memos").iterdir()} == mtimes
    assert (vault / "attachments" / "2026-11-16 09.30 memo 1.m4a").stat().st_mtime_ns == audio_mtime

    # A follow-up is marked done: only memo 1's note and the notes listing it change.
    store = Store.open(db)
    store.set_followup_status(1, "done")
    store.close()
    report = vault_export(db, vault)
    org = vault / "Organisations" / "Post Office.md"
    assert sorted(report["written"]) == sorted(map(str, [note, kevin, org]))
    assert other.stat().st_mtime_ns == mtimes[other]
    text = note.read_text()
    assert "- [x] Email him the slides. 📅 2026-11-20" in text
    assert text.endswith(export.MARKER + mine)
    assert frontmatter.loads(text)["memo_id"] == 1  # still parses with the user's text
    assert kevin.read_text().endswith(export.MARKER + "\nLikes early calls.\n")
    assert unmarked.read_text() == "All mine now, no marker.\n"


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("Kevin Brooks", "Kevin Brooks"),
        ("AC/DC", "AC DC"),
        ("What? #1 [draft]", "What 1 draft"),
        ("..", "memo 7"),
        ("CON", "CON memo 7"),
        ("x" * 300, "x" * export.MAX_NAME),
        ("tab\there:now", "tab here now"),
    ],
)
def test_safe_names(name: str, stem: str) -> None:
    assert export.safe_name(name, "memo 7") == stem


@pytest.mark.slow
def test_watch_exports_each_memo_as_it_arrives(tmp_path: Path, tone_wav: Path) -> None:
    """The real `memo watch` (fake-free: tiny.en on a tone, so the memo is empty) keeps a
    vault in step: the backlog on start, and a file that arrives later."""
    folder, vault, db = tmp_path / "in", tmp_path / "vault", tmp_path / "w.db"
    folder.mkdir()
    shutil.copy(tone_wav, folder / "20261120_090000.wav")
    env = {**os.environ, "MEMO_DB": str(db)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "watch", str(folder), "--settle", "0.2",
         "--model", "tiny.en", "--export-to", str(vault)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        first = vault / "Memos" / "2026-11-20 09.00 memo 1.md"
        deadline = time.monotonic() + 120
        while not first.is_file() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert first.is_file()
        shutil.copy(tone_wav, folder / "20261121_100000.wav")
        # A copy with the same bytes is the same memo; make these differ.
        with open(folder / "20261121_100000.wav", "ab") as f:
            f.write(b"\0\0")
        second = vault / "Memos" / "2026-11-21 10.00 memo 2.md"
        while not second.is_file() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert second.is_file()
        assert frontmatter.load(second)["status"] == "empty"
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=60)
    assert "Traceback" not in err


@pytest.mark.real
@pytest.mark.slow
def test_export_real_sample_audio_end_to_end(tmp_path: Path) -> None:
    """Real audio, the real model and spaCy, the real CLI: ingest samples, export to a
    vault and to subtitles, read them back."""
    db = tmp_path / "real.db"
    env = {**os.environ, "MEMO_DB": str(db)}
    sample = SAMPLES / "Recording 2026-11-20 08.15.40.mp3"
    spoken = (SAMPLES / "Recording 2026-11-20 08.15.40.txt").read_text().split()
    run = [sys.executable, "-m", "pipeline"]
    subprocess.run([*run, "ingest", "--fast", str(sample)], cwd=ROOT, env=env, check=True)
    vault = tmp_path / "vault"
    subprocess.run(
        [*run, "export", "--format", "obsidian", "--to", str(vault)], cwd=ROOT, env=env, check=True
    )
    note = frontmatter.load(vault / "Memos" / "2026-11-20 08.15 memo 1.md")
    assert note["status"] == "done" and note["duration_s"] > 1
    assert (vault / "attachments" / "2026-11-20 08.15 memo 1.mp3").stat().st_size == (
        sample.stat().st_size
    )
    for person in note["people"]:
        assert (vault / "People" / f"{export.safe_name(person, '')}.md").is_file()
    out = subprocess.run(
        [*run, "export", "1", "--format", "srt"], cwd=ROOT, env=env, check=True,
        capture_output=True, text=True,
    ).stdout  # fmt: skip
    subs = list(srt.parse(out))
    assert subs and all(a.start <= b.start for a, b in itertools.pairwise(subs))
    words = " ".join(s.content for s in subs).lower()
    assert sum(w.strip(".,").lower() in words for w in spoken) > len(spoken) / 2


def test_export_library_without_click(db: Path, tmp_path: Path) -> None:
    with Reader.open(db) as reader:
        ids = export.select(reader, since=dt.date(2026, 11, 17))
        assert ids == [2, 3]
        assert export.select(reader, [3, 1]) == [3, 1]
        report = export.sync_vault(reader, ids, tmp_path / "v", tags=lambda i: ["School run", "7"])
    assert not report.kept
    assert frontmatter.load(tmp_path / "v" / "Memos" / "2026-11-20 08.00 memo 3.md")["tags"] == [
        "memo",
        "school-run",
    ]


@pytest.mark.parametrize("json_log", [False, True])
def test_watch_export_failure_is_a_warning(tmp_path: Path, json_log: bool) -> None:
    """An export that cannot be written is a warning line; the watcher goes on."""
    from pipeline.cli import _exporting, _watch_json_line, _watch_text_line
    from pipeline.watch import WatchEvent

    db = tmp_path / "w.db"
    Store.open(db).save(make_memo(1, dt.datetime(2026, 11, 20, 9), ["Hello there."]))
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the vault should be")
    seen: list[WatchEvent] = []
    printer = _watch_json_line if json_log else _watch_text_line

    def report(e: WatchEvent) -> None:
        seen.append(e)
        printer(e)

    on_event = _exporting(str(db), str(blocked), report)
    on_event(WatchEvent("file", status="new", memo_id=1, duration_s=1.0, elapsed_s=0.5))
    warnings = [e.message for e in seen if e.event == "warning"]
    assert len(warnings) == 2  # the start-up sync and the memo
    assert all("is a file: give a folder" in w for w in warnings)


def test_export_selects_by_tag(db: Path, tmp_path: Path) -> None:
    assert memo(db, "tag", "2", "idea")[0] == 0
    code, _, err = memo(
        db, "export", "--tag", "idea", "--format", "json", "--to", str(tmp_path / "j")
    )
    assert code == 0, err
    written = sorted(p.name for p in (tmp_path / "j").iterdir())
    assert len(written) == 1 and json.loads((tmp_path / "j" / written[0]).read_text())["id"] == 2
    code, _, err = memo(db, "export", "--tag", "nothing-has-this", "--format", "json")
    assert code == 1 and "no memos match" in err
