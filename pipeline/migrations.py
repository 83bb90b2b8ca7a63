"""The database schema as numbered migrations, applied whenever a database is opened.

Evolve the schema by adding a migration at the end, never by editing one that has shipped.
sqlite-utils applies the pending ones in the order they are defined and records each by name,
so a database is never given a migration twice, whatever order it had them in (`m002_search`
was added after `m003_people` shipped and is defined in number order now).
Full-text search is set up the way `sqlite-utils enable-fts` does it (external-content FTS5
tables named `<table>_fts` with `_ai/_ad/_au` triggers), so sqlite-utils and Datasette find
and use it too.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("memo")

# Porter stemming over unicode61 so "referral" finds "referrals"; diacritics folded so
# "Zoe" finds "Zoë".
FTS_TOKENIZE = "porter unicode61 remove_diacritics 2"


@migrations()
def m001_initial(db: Database) -> None:
    db["memos"].create(
        {
            "id": int,
            "sha256": str,
            "path": str,
            "filename": str,
            "size_bytes": int,
            "recorded_at": str,
            "recorded_at_source": str,
            "ingested_at": str,
            "duration_s": float,
            "language": str,
            "language_probability": float,
            "model": str,
            "status": str,
            "error": str,
            "text": str,
        },
        pk="id",
        not_null={"sha256", "status"},
    )
    db["memos"].create_index(["sha256"], unique=True)
    db["memos"].create_index(["recorded_at"])
    db["memos"].create_index(["status"])

    db["segments"].create(
        {
            "id": int,
            "memo_id": int,
            "idx": int,
            "start_s": float,
            "end_s": float,
            "text": str,
            "avg_logprob": float,
            "no_speech_prob": float,
            "words": str,  # JSON list of [start, end, word, probability]
        },
        pk="id",
        foreign_keys=[("memo_id", "memos", "id")],
    )
    db["segments"].create_index(["memo_id", "idx"], unique=True)

    db["entities"].create(
        {"id": int, "kind": str, "name": str, "key": str},
        pk="id",
    )
    db["entities"].create_index(["kind", "key"], unique=True)

    db["mentions"].create(
        {
            "id": int,
            "memo_id": int,
            "entity_id": int,
            "segment_id": int,
            "start_s": float,
            "surface": str,
        },
        pk="id",
        foreign_keys=[
            ("memo_id", "memos", "id"),
            ("entity_id", "entities", "id"),
            ("segment_id", "segments", "id"),
        ],
    )
    db["mentions"].create_index(["memo_id"])
    db["mentions"].create_index(["entity_id"])

    db["followups"].create(
        {
            "id": int,
            "memo_id": int,
            "segment_id": int,
            "start_s": float,
            "text": str,
            "due_date": str,
            "person_id": int,
            "status": str,
        },
        pk="id",
        foreign_keys=[
            ("memo_id", "memos", "id"),
            ("segment_id", "segments", "id"),
            ("person_id", "entities", "id"),
        ],
    )
    db["followups"].create_index(["memo_id"])
    db["followups"].create_index(["status", "due_date"])

    # Which paths we have seen, with their size and mtime, so a rescan of a watched folder
    # does not have to re-hash files it already knows.
    db["files"].create(
        {
            "path": str,
            "size_bytes": int,
            "mtime_ns": int,
            "sha256": str,
            "seen_at": str,
        },
        pk="path",
    )
    db["files"].create_index(["sha256"])

    db["memos"].enable_fts(["filename", "text"], tokenize=FTS_TOKENIZE, create_triggers=True)
    db["segments"].enable_fts(["text"], tokenize=FTS_TOKENIZE, create_triggers=True)


@migrations()
def m002_search(db: Database) -> None:
    """`memo search --person/--org`: the memos that mention some entities, from the index
    alone (halves the time of a filtered search on a large database)."""
    db["mentions"].create_index(["entity_id", "memo_id"], if_not_exists=True)


@migrations()
def m003_people(db: Database) -> None:
    """Who works where, key phrases, the user's vocabulary, and merges that stick."""
    # A person tied to an organisation and/or a role in one memo ("head of sales at ...").
    db["links"].create(
        {"id": int, "memo_id": int, "person_id": int, "org_id": int, "role": str},
        pk="id",
        foreign_keys=[
            ("memo_id", "memos", "id"),
            ("person_id", "entities", "id"),
            ("org_id", "entities", "id"),
        ],
    )
    for column in ("memo_id", "person_id", "org_id"):
        db["links"].create_index([column])

    # Candidate key phrases per memo; ranked by TF-IDF over the whole table when read.
    db["topics"].create(
        {"memo_id": int, "phrase": str},
        pk=("memo_id", "phrase"),
        foreign_keys=[("memo_id", "memos", "id")],
    )
    db["topics"].create_index(["phrase"])

    # Words the user wants Whisper and spaCy to know ("Haringey"); kind makes it an entity.
    db["vocabulary"].create(
        {"id": int, "text": str, "key": str, "kind": str, "added_at": str}, pk="id"
    )
    db["vocabulary"].create_index(["key"], unique=True)

    # After `memo merge`, the merged name's key points at the entity it was merged into, so
    # the next memo that says it lands there too.
    db["aliases"].create(
        {"kind": str, "key": str, "entity_id": int},
        pk=("kind", "key"),
        foreign_keys=[("entity_id", "entities", "id")],
    )
    db["followups"].add_column("done_at", str)


@migrations()
def m005_decisions(db: Database) -> None:
    """What the user decided, kept apart from the rows re-processing rebuilds.

    Re-processing a memo (`memo ingest --force`, `memo fix`) deletes and rebuilds segments,
    mentions, links, topics and follow-ups; these tables are only written by the user's
    corrections and are read back while rebuilding, so nothing decided is lost.
    """
    # Transcript corrections, applied in id order before extraction: one memo's (`memo fix`),
    # or every memo's (memo_id null: a renamed name's old spelling, `memo rename`).
    db["text_fixes"].create(
        {"id": int, "memo_id": int, "old": str, "new": str, "source": str, "created_at": str},
        pk="id",
        foreign_keys=[("memo_id", "memos", "id")],
        not_null={"old", "new"},
    )
    db["text_fixes"].create_index(["memo_id"])
    # Names that are not people, organisations or places (`memo forget`): never stored again.
    db["dismissed"].create({"key": str, "name": str, "kind": str, "created_at": str}, pk="key")
    # Done/open as the user set it, found again by memo and normalised text; the follow-up
    # keeps its id when it comes back.
    db["followup_decisions"].create(
        {
            "memo_id": int,
            "key": str,
            "text": str,
            "followup_id": int,
            "status": str,
            "done_at": str,
            "decided_at": str,
        },
        pk=("memo_id", "key"),
        foreign_keys=[("memo_id", "memos", "id")],
    )
    db["memo_tags"].create(
        {"memo_id": int, "tag": str, "added_at": str},
        pk=("memo_id", "tag"),
        foreign_keys=[("memo_id", "memos", "id")],
    )
    db["memo_tags"].create_index(["tag", "memo_id"])
    # "forward" (take it forward) or "park"; no row is undecided.
    db["triage"].create(
        {"memo_id": int, "mark": str, "decided_at": str},
        pk="memo_id",
        foreign_keys=[("memo_id", "memos", "id")],
        not_null={"mark"},
    )
    db["triage"].create_index(["mark"])


@migrations()
def m006_events(db: Database) -> None:
    """Dated happenings said in a memo that are not promises: `memo events`, `--ics`."""
    db["events"].create(
        {
            "id": int,
            "memo_id": int,
            "segment_id": int,
            "start_s": float,
            "text": str,
            "date": str,  # ISO day
            "time": str,  # "HH:MM" when said, else null
            "kind": str,  # the head noun: "meeting", "sale", "concert"
            "title": str,  # "board meeting", "jumble sale"
        },
        pk="id",
        foreign_keys=[("memo_id", "memos", "id"), ("segment_id", "segments", "id")],
    )
    db["events"].create_index(["memo_id"])
    db["events"].create_index(["date"])


@migrations()
def m007_read_indexes(db: Database) -> None:
    """Covering indexes for the read layer's aggregates over every mention (`memo people`,
    `memo orgs`, the digest): which entities a memo mentions without reading mentions' rows,
    and a memo's recording time by id without reading its (large) row."""
    db["mentions"].create_index(["memo_id", "entity_id"], if_not_exists=True)
    db["memos"].create_index(["id", "recorded_at"], if_not_exists=True)


def applied_names(db: Database) -> list[str]:
    """The memo migrations recorded in `db`, in the order they ran."""
    return [m.name for m in migrations.applied(db)]


def unknown(db: Database) -> list[str]:
    """Migrations recorded in `db` that this version does not have: a newer memo wrote it."""
    known = {m.name for m in migrations._migrations}
    return [name for name in applied_names(db) if name not in known]


def apply(db: Database) -> None:
    """Bring `db` up to the latest schema.

    Only when something is pending, and then under the write lock taken up front (`db` is a
    `store.MemoDatabase`): two processes opening a new database at once do not both migrate.
    """
    if not migrations.pending(db):
        return
    with db.atomic():  # the nested per-migration transactions become savepoints in this one
        migrations.apply(db)
