"""One base error and a few subclasses; each message says what happened and what to do."""


class HarmWatchError(Exception):
    """Base class of every error HarmWatch raises on purpose."""

    code = "error"


class InputError(HarmWatchError):
    """A document cannot be read or is not processable text (binary, empty, too large, bad encoding)."""

    code = "bad_input"

    def __init__(self, message: str, code: str = "bad_input") -> None:
        super().__init__(message)
        self.code = code


class UsageError(HarmWatchError):
    """A command was called with arguments that do not fit."""

    code = "usage"


class StoreError(HarmWatchError):
    """The store could not be opened, migrated or written."""

    code = "store"


class EvaluationError(HarmWatchError):
    """Evaluation data is missing or malformed."""

    code = "eval"
