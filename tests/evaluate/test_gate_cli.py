"""`harmwatch gate`: measures a set's sample against its minimums and, with --write, raises them."""

from __future__ import annotations

import json

from click.testing import CliRunner

from harmwatch.cli import cli


def test_gate_raises_the_minimums_of_the_seed_sample(shared, tmp_path) -> None:
    path = tmp_path / "minimums.json"
    entry = {"sample": None, "documents": 1, "minimums": {"quotes_found": 0, "quote_speaker_acc": 0.0}}
    path.write_text(json.dumps({"seed": entry}), encoding="utf-8")
    args = ["gate", "seed", "--minimums", str(path), "--data", str(shared / "eval")]

    written = CliRunner().invoke(cli, [*args, "--write"])
    assert written.exit_code == 0, written.output
    raised = json.loads(path.read_text(encoding="utf-8"))["seed"]["minimums"]
    assert raised["quotes_found"] >= 1 and 0.0 < raised["quote_speaker_acc"] <= 1.0

    # a minimum above what the sample measures fails the gate, and is not lowered by --write
    path.write_text(json.dumps({"seed": {**entry, "minimums": {"quotes_found": 999}}}), encoding="utf-8")
    failed = CliRunner().invoke(cli, [*args, "--write"])
    assert failed.exit_code == 1
    assert json.loads(failed.output.splitlines()[-1])["below"]["quotes_found"] < 999
    assert json.loads(path.read_text(encoding="utf-8"))["seed"]["minimums"]["quotes_found"] == 999
