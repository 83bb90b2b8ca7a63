"""The corrections the web pages make, until `corrections.py` offers them to CLI and web alike.

Each is one transaction through `Store`: rename a person (into an existing name it is a
`Store.merge`), fix the text of one transcript line (FTS follows through its triggers), and
dismiss a name that is not one. The pages call only these functions, so switching them to
`corrections.py` is a change of import.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .errors import NotFound, QueryError, StoreError
from .records import name_key


def _entity(store: Any, entity_id: int) -> dict[str, Any]:
    row = store.db.execute(
        "select id, kind, name, key from entities where id = ?", [entity_id]
    ).fetchone()
    if row is None:
        raise NotFound(f"no person or organisation with id {entity_id}")
    return dict(zip(("id", "kind", "name", "key"), row, strict=True))


def rename(store: Any, entity_id: int, new_name: str) -> int:
    """Give an entity a new name; the old one is kept as an alias. Returns its id after."""
    new_name = " ".join(new_name.split())
    key = name_key(new_name)
    if not key:
        raise QueryError("give the new name")
    e = _entity(store, entity_id)
    other = store.db.execute(
        "select id, name from entities where kind = ? and key = ? and id != ?",
        [e["kind"], key, entity_id],
    ).fetchone()
    if other is not None:
        store.merge(e["name"], other[1])
        return int(other[0])
    try:
        with store.db.atomic():
            store.db.execute(
                "update entities set name = ?, key = ? where id = ?", [new_name, key, entity_id]
            )
            if e["key"] != key:
                store.db.execute(
                    "insert or replace into aliases (kind, key, entity_id) values (?, ?, ?)",
                    [e["kind"], e["key"], entity_id],
                )
    except sqlite3.Error as err:
        raise StoreError(f"cannot write to the database: {err}") from err
    return entity_id


def fix_line(store: Any, memo_id: int, idx: int, text: str) -> None:
    """Replace the text of one transcript line; the memo's full text follows."""
    text = " ".join(text.split())
    if not text:
        raise QueryError("the corrected line is empty")
    try:
        with store.db.atomic():
            cur = store.db.execute(
                "update segments set text = ? where memo_id = ? and idx = ?",
                [text, memo_id, idx],
            )
            if not cur.rowcount:
                raise NotFound(f"memo {memo_id} has no line {idx}")
            joined = " ".join(
                r[0].strip()
                for r in store.db.execute(
                    "select text from segments where memo_id = ? order by idx", [memo_id]
                )
                if r[0] and r[0].strip()
            )
            store.db.execute("update memos set text = ? where id = ?", [joined, memo_id])
    except sqlite3.Error as err:
        raise StoreError(f"cannot write to the database: {err}") from err


def dismiss(store: Any, entity_id: int) -> None:
    """A name that is not one ("Monday" heard as a person): remove it from every memo."""
    _entity(store, entity_id)
    try:
        with store.db.atomic():
            run = store.db.execute
            run("delete from mentions where entity_id = ?", [entity_id])
            run("update followups set person_id = null where person_id = ?", [entity_id])
            run("delete from links where person_id = ?", [entity_id])
            run("update links set org_id = null where org_id = ?", [entity_id])
            run("delete from aliases where entity_id = ?", [entity_id])
            run("delete from entities where id = ?", [entity_id])
    except sqlite3.Error as err:
        raise StoreError(f"cannot write to the database: {err}") from err
