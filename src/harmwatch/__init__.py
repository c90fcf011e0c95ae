"""HarmWatch: source-attributed records of harm to civilians from conflict news."""

__version__ = "0.1.0"
EXTRACTOR_VERSION = __version__
