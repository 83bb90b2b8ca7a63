"""The package's own exceptions.

Everything a user can cause (bad audio, a missing model, an odd query) raises a `MemoError`
subclass with a one-line message that says what to do next. The CLI turns these into
one-line errors; anything else is a bug and shows a traceback only with `--debug`.
"""


class MemoError(Exception):
    """Base class for errors that are reported to the user as one line."""


class AudioError(MemoError):
    """A file could not be read or decoded as audio."""


class ModelNotFound(MemoError):
    """A Whisper model name or path could not be resolved to a CTranslate2 model."""


class StoreError(MemoError):
    """The database could not be opened or written."""


class QueryError(MemoError):
    """A search query or filter could not be understood."""


class NotFound(MemoError):
    """A memo, entity or follow-up id does not exist."""


class TransientError(StoreError):
    """A write failed for a reason that passes (the database stayed locked, the disk is full,
    an I/O error): never stored as a file's verdict, so the file is tried again later."""


class ForeignDatabase(StoreError):
    """The file is a SQLite database that memo does not own, or one from a newer memo."""


class Cancelled(MemoError):
    """Work was stopped on request (a signal, `memo watch` stopping); nothing of it was saved."""


class PlayerError(MemoError):
    """The audio player could not be started or stopped with an error."""


class ExportError(MemoError):
    """An export could not be written where it was asked to go."""
