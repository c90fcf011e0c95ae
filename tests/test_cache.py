"""The derived-table cache: built once, read back by later callers, never half-written, rebuilt when stale."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from harmwatch import cache


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HARMWATCH_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("HARMWATCH_NO_CACHE", raising=False)
    return tmp_path


def test_built_once_then_loaded(folder: Path) -> None:
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"Idlib": 1, "Homs": 2}

    assert cache.cached("demo", build) == {"Idlib": 1, "Homs": 2}
    assert cache.cached("demo", build) == {"Idlib": 1, "Homs": 2}
    assert len(calls) == 1
    assert [p.name for p in folder.iterdir()] == [f"demo-{cache.cache_key()}.pickle"]


def test_stale_key_is_rebuilt_and_pruned(folder: Path) -> None:
    # Other keys' tables (other checkouts sharing the folder) are kept, the newest few only.
    stale = [folder / f"demo-{n:016d}.pickle" for n in range(cache.KEEP_OTHER_KEYS + 2)]
    for age, path in enumerate(stale):
        path.write_bytes(b"stale")
        os.utime(path, (1_000_000 - age, 1_000_000 - age))  # the first is the newest
    assert cache.cached("demo", lambda: [1, 2, 3]) == [1, 2, 3]
    kept = sorted(p.name for p in folder.iterdir())
    newest = sorted(p.name for p in stale[: cache.KEEP_OTHER_KEYS])
    assert kept == sorted([f"demo-{cache.cache_key()}.pickle", *newest])


def test_corrupt_file_is_rebuilt(folder: Path) -> None:
    (folder / f"demo-{cache.cache_key()}.pickle").write_bytes(b"\x80\x05not a pickle")
    assert cache.cached("demo", lambda: "fresh") == "fresh"
    assert cache.cached("demo", lambda: "other") == "fresh"


def test_unwritable_folders_build_in_memory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where a folder should be")
    monkeypatch.setattr(cache, "cache_dirs", lambda: [blocked / "sub"])
    assert cache.cached("demo", lambda: 7) == 7


def test_concurrent_writers_never_expose_a_partial_file(folder: Path) -> None:
    big = list(range(200_000))
    seen: list[object] = []
    errors: list[BaseException] = []

    def writer() -> None:
        for _ in range(5):
            cache._write("race", big)

    def reader() -> None:
        try:
            for _ in range(50):
                found, value = cache._read("race")
                if found:
                    seen.append(value == big)
        except BaseException as e:  # noqa: BLE001 - collected and asserted below
            errors.append(e)

    threads = [threading.Thread(target=writer) for _ in range(3)] + [threading.Thread(target=reader)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert all(seen)
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no temporary file left behind
