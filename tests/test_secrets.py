"""No password or token in any message, log line or exception text of the CLI, the store or the fetcher."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import traceback
from collections.abc import Iterator

import pytest

from harmwatch.config import Settings
from harmwatch.errors import HarmWatchError, InputError, StoreError
from harmwatch.redact import redact_url, scrub
from reliability.server import hostile_server

SECRET = "Sup3r-s3cret-pw"
# Port 1 on loopback refuses at once: the store cannot be reached, and the error must not quote the password.
BAD_URLS = [
    f"postgresql://harm:{SECRET}@127.0.0.1:1/harmwatch",
    f"postgresql+psycopg://harm:{SECRET}@127.0.0.1:1/harmwatch?connect_timeout=2",
    f"postgresql://harm@127.0.0.1:1/harmwatch?password={SECRET}",
    f"postgresql://harm:{SECRET}@127.0.0.1:1/harmwatch?no_such_option=1",
    f"postgresql://harm:{SECRET}@[not-a-host/harmwatch",
    f"mysql://harm:{SECRET}@127.0.0.1:1/harmwatch",
]


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "harmwatch.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_a_failing_store_url_never_prints_its_password(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Title\n\nShelling hit the market on Monday, killing three people, officials said.\n")
    calls = [(("db", "stats", "--db", url), None) for url in BAD_URLS[2:]]
    calls += [
        (("db", "upgrade"), {"HARMWATCH_DB": BAD_URLS[0]}),
        (("ingest", str(doc), "--db", BAD_URLS[1]), None),
    ]
    for args, env in calls:
        result = _run(*args, env=env)
        said = result.stdout + result.stderr
        assert result.returncode == 2, said
        assert said.startswith("harmwatch: ") and "Traceback" not in said, said
        assert SECRET not in said, said
        assert "***" in said or "harm@" in said, said  # the URL is still shown, masked


@pytest.mark.parametrize("url", BAD_URLS)
def test_store_errors_and_their_chain_hold_no_password(url):
    from harmwatch.store import open_store

    with pytest.raises(StoreError) as caught:
        open_store(url)
    text = "".join(traceback.format_exception(caught.value))
    assert SECRET not in text
    assert "could not be migrated" in text or "cannot open" in text or "unsupported" in text


@pytest.fixture
def server() -> Iterator[str]:
    """host:port of the hostile test server (its /500 path answers HTTP 500)."""
    with hostile_server() as base:
        yield base.removeprefix("http://")


def test_fetch_errors_mask_credentials_and_tokens_in_urls(server, caplog):
    from harmwatch.ingest.feeds import read_url
    from harmwatch.ingest.fetch import Fetcher

    caplog.set_level(logging.DEBUG)
    urls = [f"http://reader:{SECRET}@{server}/500", f"http://{server}/500?token={SECRET}&page=2"]
    with Fetcher(Settings(), timeout=5) as fetcher:
        for url in urls:
            (failure,) = list(read_url(url, Settings(), fetcher))
            assert failure.code == "http_error"
            assert SECRET not in failure.input_id and SECRET not in failure.message
            assert "***" in failure.message
        with pytest.raises(InputError) as caught:  # nothing listens on port 1
            fetcher.get(f"http://reader:{SECRET}@127.0.0.1:1/feed")
    assert SECRET not in "".join(traceback.format_exception(caught.value))
    assert SECRET not in caplog.text


def test_scrub_masks_every_form_a_driver_may_echo():
    assert scrub(f"dsn: host=h password={SECRET} user=u") == "dsn: host=h password=*** user=u"
    assert scrub(f"dsn: password='{SECRET} x' user=u") == "dsn: password=*** user=u"
    assert redact_url(f"postgresql://u:{SECRET}@h/db") == "postgresql://u:***@h/db"
    assert redact_url(f"https://h/x?api_key={SECRET}&q=1") == "https://h/x?api_key=***&q=1"
    assert scrub(f"it said {SECRET}", [SECRET]) == "it said ***"
    assert redact_url("sqlite:///data/harmwatch.db") == "sqlite:///data/harmwatch.db"


def test_every_library_error_goes_through_one_base_class():
    assert issubclass(StoreError, HarmWatchError) and issubclass(InputError, HarmWatchError)
