"""One base error and a few subclasses; each message says what happened and what to do.

Every error carries a short `code` (the failures table and the CLI's error objects show it); docs/cli.md
lists the codes.
"""


class HarmWatchError(Exception):
    """Base class of every error HarmWatch raises on purpose."""

    code = "error"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code


class InputError(HarmWatchError):
    """A document cannot be read or is not processable text (binary, empty, too large, bad encoding)."""

    code = "bad_input"


class UsageError(HarmWatchError):
    """A command was called with arguments that do not fit."""

    code = "usage"


class StoreError(HarmWatchError):
    """The store could not be opened, migrated or written."""

    code = "store"


class UnstorableReport(StoreError):
    """The store refused one report's rows (a value out of the column's range, say); the run goes on."""

    code = "unstorable"


class EvaluationError(HarmWatchError):
    """Evaluation data is missing or malformed."""

    code = "eval"
