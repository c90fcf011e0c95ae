"""`harmwatch extract` end to end: JSON Lines out, one error object per bad document, exit status."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

GOOD = """Clashes near the border

BAMAKO, June 2, 2021 - Gunmen killed at least 12 villagers in an attack on Tuesday, the regional governor said.

"They came at night," said Amadou Keita, a resident. "We ran into the fields."
"""


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "harmwatch.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_extract_keeps_going_after_bad_documents(tmp_path: Path):
    (tmp_path / "a_binary.txt").write_bytes(b"\x00\xff\x00\x10" * 100)
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_latin1.txt").write_bytes("Les forces armées ont tué déjà".encode("latin-1"))
    (tmp_path / "d_good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "e_huge.txt").write_text("Shelling continued. " * 1_000_000, encoding="utf-8")  # 20 MB
    result = run("extract", str(tmp_path))
    assert result.returncode == 1, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [("error" in x) for x in lines] == [True, True, True, False, True]
    assert [x["error"]["code"] for x in lines if "error" in x] == ["binary", "empty", "encoding", "too_large"]
    assert lines[3]["article"]["title"] == "Clashes near the border"
    assert "b_empty.txt" in result.stderr


def test_extract_all_good_exits_zero_and_reads_stdin():
    result = run("extract", "-", stdin=GOOD)
    assert result.returncode == 0, result.stderr
    (report,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert report["schema"] == "harmwatch.report/1"
    assert report["article"]["published"] == "2021-06-02"


def test_published_overrides_the_dateline_and_anchors_weekdays():
    # GOOD's dateline is Wednesday 2 June 2021; given Monday 14 June, "on Tuesday" is 8 June.
    undated = GOOD.replace("BAMAKO, June 2, 2021 - ", "")
    for text in (GOOD, undated):
        result = run("extract", "-", "--published", "2021-06-14", stdin=text)
        assert result.returncode == 0, result.stderr
        report = json.loads(result.stdout)
        assert report["article"]["published"] == "2021-06-14"
        days = {t["as_written"]: t["start"] for t in report["times"]}
        assert days["on Tuesday"] == "2021-06-08"


def test_usage_error_exit_two():
    assert run("extract").returncode == 2
