"""Benchmark `memo serve`: render time of every page on the 100,000-memo database.

    python -m bench.bench_web                   # 100,000 memos (bench_search's database)
    python -m bench.bench_web --memos 2000      # a quick run

Uses the synthetic database of `bench_search` (built once, cached under /tmp) and requests
each page through Starlette's TestClient, so a timing covers routing, the security
middleware, the library calls and the template: everything but the socket. Each page is
requested `--requests` times with varied ids, filters and queries, interleaved page by page;
p50/p95 go to the `web` section of docs/benchmarks.md (goal: p95 < 100 ms for every page).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import common  # noqa: E402
from bench.bench_search import build, cached, percentile, queries  # noqa: E402

GOAL_MS = 100.0


def page_urls(conn: sqlite3.Connection, rng: random.Random, n: int) -> dict[str, list[str]]:
    """n URLs per page, picked from what the database holds."""
    n_memos = conn.execute("select max(id) from memos").fetchone()[0]
    people = [r[0] for r in conn.execute("select id from entities where kind = 'person'")]
    busiest = [
        r[0]
        for r in conn.execute(
            "select entity_id from mentions m join entities e on e.id = m.entity_id "
            "where e.kind = 'person' group by entity_id order by count(*) desc limit 5"
        )
    ]
    orgs = [r[0] for r in conn.execute("select id from entities where kind = 'org'")]
    names = [r[0] for r in conn.execute("select name from entities where kind = 'person'")]
    cursors = [
        f"{r[0]}|{r[1]}"
        for r in conn.execute("select recorded_at, id from memos order by random() limit ?", [n])
    ]
    last = conn.execute("select max(recorded_at) from memos").fetchone()[0][:10]
    searches = [q for _, q, f in queries(conn, rng, n * 3) if not f][:n]
    pick = rng.choice
    return {
        "library": ["/"] * n,
        "library, deep page": [f"/?after={c}" for c in cursors],
        "library, by person": [f"/?person={pick(names)}" for _ in range(n)],
        "search": [f"/search?q={q}" for q in searches],
        "memo": [f"/memos/{rng.randint(1, n_memos)}" for _ in range(n)],
        "people": ["/people"] * n,
        "person": [f"/people/{pick(people)}" for _ in range(n)],
        "person, busiest": [f"/people/{pick(busiest)}" for _ in range(n)],
        "organisation": [f"/orgs/{pick(orgs)}" for _ in range(n)],
        "follow-ups": ["/followups"] * n,
        "digest": [f"/digest?until={last}"] * n,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memos", type=int, default=100_000, help="size of the database")
    parser.add_argument("--db", type=Path, help="database file (default: bench_search's)")
    parser.add_argument("--requests", type=int, default=40, help="requests per page")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--no-write", action="store_true", help="do not touch docs/benchmarks.md")
    args = parser.parse_args(argv)
    path = args.db or Path(f"/tmp/memo-bench-{args.memos}.db")
    if cached(path, args.memos, args.seed) is None:
        print(f"building {path} ({args.memos:,} memos)...", file=sys.stderr)
        build(path, args.memos, args.seed)

    from starlette.testclient import TestClient

    from pipeline.store import open_db
    from pipeline.web.app import Settings, create_app

    open_db(path).close()  # a cached database gets any migration added since it was built
    conn = sqlite3.connect(path)
    urls = page_urls(conn, random.Random(args.seed + 2), args.requests)
    conn.close()
    # Entered, the client keeps one event loop and its worker threads across requests, as
    # uvicorn does; each thread keeps its reader (and the aggregates that reader caches).
    with TestClient(
        create_app(Settings(str(path), Path("/tmp/memo-bench-web"))),
        base_url="http://127.0.0.1:8765",
    ) as client:
        load = os.getloadavg()[0]
        for batch in urls.values():  # warm the page cache and every code path once
            assert client.get(batch[0]).status_code == 200, batch[0]
        times: dict[str, list[float]] = {name: [] for name in urls}
        for i in range(args.requests):  # interleaved: page A, B, C, ... then again
            for name, batch in urls.items():
                t = time.perf_counter()
                r = client.get(batch[i])
                times[name].append((time.perf_counter() - t) * 1000)
                if r.status_code != 200:
                    raise RuntimeError(f"{batch[i]}: {r.status_code}")
    rows = [
        [name, len(ts), f"{percentile(ts, 50):.1f}", f"{percentile(ts, 95):.1f}", f"{max(ts):.0f}"]
        for name, ts in times.items()
    ]
    slow = [name for name, ts in times.items() if percentile(ts, 95) >= GOAL_MS]
    body = "\n".join(
        [
            "## memo serve: page render time",
            "",
            common.header(),
            f"{args.memos:,} synthetic memos (bench_search's database); each page requested "
            f"{args.requests} times through Starlette's TestClient (one event loop and its "
            "worker threads throughout, as under uvicorn), pages interleaved after one warm-up "
            "request each; "
            f"load average {load:.1f} on {os.cpu_count()} CPUs (a shared machine inflates "
            "these).",
            "",
            common.table(["page", "n", "p50 ms", "p95 ms", "max ms"], rows),
            "",
            f"Goal (p95 < {GOAL_MS:.0f} ms on every page): "
            + ("met." if not slow else f"not met by: {', '.join(slow)}."),
            *(
                [
                    "",
                    "Where the time goes on those pages: the read layer's aggregates over every "
                    "mention (`Reader.people`, `Reader.orgs`, `Reader.entity_by_id`, "
                    "`Reader.digest`), which `memo people`, `memo person` and `memo digest` "
                    "pay alike; the web layer adds a few ms (compare the memo and follow-ups "
                    "pages).",
                ]
                if slow
                else []
            ),
        ]
    )
    print(body)
    if not args.no_write:
        common.write_section("web", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
