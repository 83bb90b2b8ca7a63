"""Benchmarks and accuracy evaluation for memo (`make bench`, `make eval`).

`python -m bench` runs the ingest benchmarks (`bench_ingest`) and then every other harness
present here (`bench_search`, `bench_watch`, `eval_extract`); `python -m bench.eval` measures
word error rate on real speech. Each writes its own section of docs/benchmarks.md with the
command, the machine and the date (see `common.write_section`).
"""
