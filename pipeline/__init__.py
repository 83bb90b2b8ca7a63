"""memo: a local voice-note pipeline.

Files -> audio -> transcript -> extraction -> store -> search. Each stage lives in its own
module and hands dataclasses from `pipeline.records` to the next; `pipeline.ingest` composes
them and `pipeline.cli` is a thin shell over the library.
"""

__version__ = "0.1.0"
