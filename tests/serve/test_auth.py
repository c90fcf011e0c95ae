"""Writing needs a live token; tokens are stored hashed; reads can be closed; limits; secrets stay out of
responses, logs and error messages."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner

from harmwatch.serve import ServeConfig, create_app
from harmwatch.store import schema
from harmwatch.store.tokens import create_token, revoke_token
from loopback import loopback

TEXT = (
    "Mortar fire kills three in Kharkiv suburb\n\n"
    "Mortar rounds hit a residential street in a suburb of Kharkiv on Friday, killing three people, "
    "the regional governor said."
)


@pytest.fixture
def app_client(fresh_store: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(create_app(fresh_store, ServeConfig(max_body_bytes=50_000))) as c:
        yield c


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_writing_needs_a_live_token(app_client: Any, fresh_store: Any, nlp: Any) -> None:
    body = {"text": TEXT, "outlet": "Test Wire", "published": "2022-07-01T10:00:00"}
    response = app_client.post("/api/articles", json=body)
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    assert (
        app_client.post(
            "/api/articles", json=body, headers=_auth("hw_0123456789abcdef_" + "x" * 40)
        ).status_code
        == 401
    )
    token = create_token(fresh_store, "newsroom")
    created = app_client.post("/api/articles", json=body, headers=_auth(token))
    assert created.status_code == 201, created.text
    report = created.json()
    assert report["article"]["outlet"] == "Test Wire" and report["claims"]
    assert app_client.get(f"/api/articles/{report['article']['id']}").json() == report
    again = app_client.post("/api/articles", json=body, headers=_auth(token))
    assert again.status_code == 200
    assert revoke_token(fresh_store, "newsroom")
    assert app_client.post("/api/articles", json=body, headers=_auth(token)).status_code == 401


def test_html_bodies_and_bad_bodies(app_client: Any, fresh_store: Any, nlp: Any) -> None:
    token = create_token(fresh_store, "html")
    paragraphs = "".join(f"<p>{line}</p>" for line in TEXT.split("\n\n"))
    html = f"<html><head><title>Mortar fire</title></head><body><article>{paragraphs}</article></body></html>"
    assert app_client.post("/api/articles", json={"html": html}, headers=_auth(token)).status_code == 201
    for bad in ({}, {"text": TEXT, "html": html}, {"text": TEXT, "fetch": True}, {"text": 5}):
        response = app_client.post("/api/articles", json=bad, headers=_auth(token))
        assert response.status_code == 422, bad
    too_big = app_client.post("/api/articles", json={"text": "x" * 60_000}, headers=_auth(token))
    assert too_big.status_code == 413 and too_big.json()["error"]["code"] == "too_large"

    def chunks() -> Iterator[bytes]:
        for _ in range(10):
            yield b"y" * 10_000

    streamed = app_client.post("/api/articles", content=chunks(), headers=_auth(token))
    assert streamed.status_code == 413


def test_the_api_never_fetches_the_url_it_is_given(app_client: Any, fresh_store: Any, nlp: Any) -> None:
    from http.server import BaseHTTPRequestHandler

    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the http.server name)
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"<html><body><p>fetched</p></body></html>")

        def log_message(self, *_: Any) -> None:
            pass

    with loopback(Handler) as base:
        token = create_token(fresh_store, "nofetch")
        url = f"{base}/article"
        response = app_client.post("/api/articles", json={"text": TEXT, "url": url}, headers=_auth(token))
        assert response.status_code == 201 and response.json()["article"]["url"] == url
    assert hits == []


def test_the_store_keeps_only_a_hash(fresh_store: Any) -> None:
    token = create_token(fresh_store, "hashed")
    with fresh_store.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(schema.api_tokens.select())]
    secret = token.split("_", 2)[2]  # the secret may itself hold "_" (URL-safe base64)
    assert len(rows) == 1 and token not in str(rows) and secret not in str(rows)
    assert len(rows[0]["token_hash"]) == 64


def test_reads_can_require_a_token(fresh_store: Any) -> None:
    from fastapi.testclient import TestClient

    token = create_token(fresh_store, "reader")
    with TestClient(create_app(fresh_store, ServeConfig(read_token_required=True))) as c:
        for path in ("/api/incidents", "/api/export.csv", "/incidents", "/"):
            assert c.get(path).status_code == 401, path
            assert c.get(path, headers=_auth(token)).status_code == 200, path
        assert c.get("/api/openapi.json").status_code == 200


def test_a_browser_signs_in_to_read_and_its_cookie_never_writes(fresh_store: Any) -> None:
    from fastapi.testclient import TestClient

    token = create_token(fresh_store, "browser")
    with TestClient(create_app(fresh_store, ServeConfig(read_token_required=True))) as c:
        refused = c.get("/incidents", headers={"Accept": "text/html"})
        assert refused.status_code == 401 and 'href="/login?next=/incidents"' in refused.text
        form = c.get("/login?next=/incidents")
        assert form.status_code == 200 and 'name="token"' in form.text
        wrong = c.post("/login", data={"token": "hw_0123456789abcdef_" + "x" * 40, "next": "/incidents"})
        assert wrong.status_code == 401 and "harmwatch_token" not in wrong.headers.get("set-cookie", "")
        # Only a path on this server is a place to return to.
        away = c.post("/login", data={"token": token, "next": "//elsewhere.example/"}, follow_redirects=False)
        assert away.status_code == 303 and away.headers["location"] == "/"
        signed = c.post("/login", data={"token": token, "next": "/incidents"}, follow_redirects=False)
        assert signed.status_code == 303 and signed.headers["location"] == "/incidents"
        cookie = signed.headers["set-cookie"]
        assert "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()
        assert c.get("/incidents").status_code == 200 and c.get("/api/incidents").status_code == 200
        assert "Sign out" in c.get("/").text
        assert c.post("/api/articles", json={"text": TEXT}).status_code == 401
        revoke_token(fresh_store, "browser")
        assert c.get("/incidents").status_code == 401
        c.post("/logout")
        assert "harmwatch_token" not in c.cookies


def test_token_cli_prints_the_token_once_and_revokes(tmp_path: Any) -> None:
    from harmwatch.cli import cli
    from harmwatch.store import open_store
    from harmwatch.store.tokens import check_token

    db = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    created = runner.invoke(cli, ["token", "create", "ops", "--db", db])
    assert created.exit_code == 0, created.output
    token = created.stdout.strip()
    store = open_store(db)
    assert check_token(store, token) == "ops"
    listed = runner.invoke(cli, ["token", "list", "--db", db])
    assert "ops\tlive" in listed.output and token not in listed.output
    assert runner.invoke(cli, ["token", "create", "ops", "--db", db]).exit_code != 0
    assert runner.invoke(cli, ["token", "revoke", "ops", "--db", db]).exit_code == 0
    assert check_token(store, token) is None
    assert runner.invoke(cli, ["token", "revoke", "ops", "--db", db]).exit_code != 0


def test_no_secret_in_responses_logs_or_errors(
    app_client: Any, fresh_store: Any, caplog: pytest.LogCaptureFixture
) -> None:
    from harmwatch.errors import StoreError
    from harmwatch.store import open_store

    token = create_token(fresh_store, "secretive")
    wrong = token[:-4] + "AAAA"
    with caplog.at_level("DEBUG"):
        responses = [
            app_client.post("/api/articles", json={"text": 1}, headers=_auth(token)),
            app_client.post("/api/articles", json={}, headers=_auth(wrong)),
            app_client.get("/api/incidents", params={"page": "x"}, headers=_auth(wrong)),
        ]
        password = "pa55-w0rd-secret"
        for url in (
            f"postgresql://harm:{password}@127.0.0.1:1/harmwatch",
            f"nosuchdb://harm:{password}@127.0.0.1/harmwatch",
            f"postgresql://harm:{password}@[bad",
        ):
            with pytest.raises(StoreError) as raised:
                open_store(url)
            chain: list[BaseException] = []
            error: BaseException | None = raised.value
            while error is not None:
                chain.append(error)
                error = error.__cause__ or error.__context__
            assert all(password not in str(e) and password not in repr(e) for e in chain), url
        result = CliRunner().invoke(
            __import__("harmwatch.cli", fromlist=["cli"]).cli,
            ["db", "stats", "--db", f"postgresql://harm:{password}@127.0.0.1:1/harmwatch"],
        )
    assert result.exit_code != 0 and password not in result.output
    for response in responses:
        assert token not in response.text and wrong not in response.text
    for secret in (token, wrong, token.split("_", 2)[2], password):
        assert secret not in caplog.text
