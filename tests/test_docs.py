"""The repository documents itself: README, the root notes and docs/ link only to files inside it."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
BARE_URL = re.compile(r"(?<![`\w])(?:https?|ftp)://(?!127\.0\.0\.1[:/]|localhost[:/])[^\s)>`]+")


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
    for target in LINK.findall(text):
        if re.match(r"[a-z][a-z0-9+.-]*:", target, re.I):
            outside.append(target)
            continue
        path = (doc.parent / target.split("#", 1)[0]).resolve()
        if not path.is_relative_to(ROOT) or not path.exists():
            outside.append(target)
    assert not outside, f"{doc.name} points outside the repository or at nothing: {outside}"


def _commands() -> dict[str, list[str]]:
    """Every command path ("db check") of the CLI and its long options."""
    from click import Group

    from harmwatch.cli import cli

    def walk(group: Group, prefix: str) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for name, command in group.commands.items():
            if isinstance(command, Group):
                found |= walk(command, f"{prefix}{name} ")
            else:
                found[f"{prefix}{name}"] = [o for p in command.params for o in p.opts if o.startswith("--")]
        return found

    return walk(cli, "")


def test_the_cli_reference_describes_every_command_and_its_options():
    # each option is looked for in the sections of docs/cli.md that name its command, not anywhere in the file
    sections = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8").split("\n## ")
    missing = []
    for name, options in _commands().items():
        own = [s for s in sections if f"harmwatch {name}" in s or f"`{name}" in s]
        if not own:
            missing.append(name)
        missing += [f"{name} {option}" for option in options if not any(option in s for s in own)]
    assert not missing, f"docs/cli.md does not describe: {missing}"


def test_nothing_documented_is_gone_from_the_cli():
    commands = _commands()
    known = {o for options in commands.values() for o in options} | {"--help", "--version"}
    first_words = {name.split()[0] for name in commands}
    gone = []
    for doc in [ROOT / "README.md", ROOT / "docs" / "cli.md"]:
        text = doc.read_text(encoding="utf-8")
        gone += [
            f"{doc.name}: {o}" for o in sorted(set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", text)) - known)
        ]
    for doc in documents():
        # a command written in code: `harmwatch NAME ...` in backticks or on a line of a code block
        for line in doc.read_text(encoding="utf-8").splitlines():
            for word in re.findall(r"(?:`|^\s*)harmwatch ([a-z][a-z-]*)", line):
                if word not in first_words:
                    gone.append(f"{doc.name}: harmwatch {word}")
    assert not gone, f"documented but not in the CLI: {gone}"


def test_no_tracked_file_points_readers_at_the_shared_folder_as_a_link():
    tracked = subprocess.run(
        ["git", "ls-files", "*.md"], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout.split()
    for name in tracked:
        text = (ROOT / name).read_text(encoding="utf-8")
        assert "](../shared" not in text and "](../../shared" not in text, name
