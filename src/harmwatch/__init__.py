"""HarmWatch: source-attributed records of harm to civilians from conflict news."""

__version__ = "0.1.0"
EXTRACTOR_VERSION = __version__


def extract_report(text: str, **meta: object) -> object:
    """The typed report of one article (see harmwatch.api.extract_report); imports spaCy on first use."""
    from harmwatch.api import extract_report as run

    return run(text, **meta)  # type: ignore[arg-type]
