"""The repository documents itself: README, the root notes and docs/ link only to files inside it."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
BARE_URL = re.compile(r"(?<![`\w])(?:https?|ftp)://(?!127\.0\.0\.1[:/]|localhost[:/])[^\s)>`]+")
# Written on other branches at the same time; their links are checked once those are merged.
ELSEWHERE = {"docs/incidents.md", "docs/serve.md"}


def documents() -> list[Path]:
    return sorted([*ROOT.glob("*.md"), *(ROOT / "docs").glob("*.md"), *(ROOT / "examples").glob("*.md")])


def test_the_documentation_is_there():
    names = {str(p.relative_to(ROOT)) for p in documents()}
    assert {
        "README.md",
        "docs/index.md",
        "docs/cli.md",
        "docs/report-format.md",
        "docs/evaluation.md",
    } <= names


@pytest.mark.parametrize("doc", documents(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_link_leaves_the_repository(doc):
    text = doc.read_text(encoding="utf-8")
    outside = [m.group(0) for m in BARE_URL.finditer(text)]
    pending = []
    for target in LINK.findall(text):
        if re.match(r"[a-z][a-z0-9+.-]*:", target, re.I):
            outside.append(target)
            continue
        path = (doc.parent / target.split("#", 1)[0]).resolve()
        if not path.is_relative_to(ROOT):
            outside.append(target)
        elif not path.exists():
            rel = str(path.relative_to(ROOT))
            (pending if rel in ELSEWHERE else outside).append(target)
    assert not outside, f"{doc.name} points outside the repository or at nothing: {outside}"
    if pending:
        pytest.skip(f"{doc.name} links to {pending}, written on another branch; checked once merged")


def test_the_cli_reference_names_every_command_and_option():
    from click import Group

    from harmwatch.cli import cli

    reference = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")

    def walk(group: Group, prefix: str) -> list[tuple[str, list[str]]]:
        found = []
        for name, command in group.commands.items():
            if isinstance(command, Group):
                found += walk(command, f"{prefix}{name} ")
            else:
                options = [o for p in command.params for o in p.opts if o.startswith("--")]
                found.append((f"{prefix}{name}", options))
        return found

    missing = [
        f"{name} {option}".strip()
        for name, options in walk(cli, "")
        for option in ["", *options]
        if not (
            option in reference if option else f"harmwatch {name}" in reference or f"`{name}" in reference
        )
    ]
    assert not missing, f"docs/cli.md does not mention: {missing}"


def test_no_tracked_file_points_readers_at_the_shared_folder_as_a_link():
    tracked = subprocess.run(
        ["git", "ls-files", "*.md"], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout.split()
    for name in tracked:
        text = (ROOT / name).read_text(encoding="utf-8")
        assert "](../shared" not in text and "](../../shared" not in text, name
