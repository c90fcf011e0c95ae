"""API tokens: create one (its secret is returned once), revoke it, check a presented token.

A token reads `hw_<id>_<secret>`. The store keeps the id, to find the row, and the SHA-256 of the whole
token; a presented token is hashed and compared with `hmac.compare_digest`, so the comparison takes the
same time wherever the first differing character is. Neither the token nor its hash is ever logged.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import UTC, datetime

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from harmwatch.errors import UsageError
from harmwatch.store import schema
from harmwatch.store.engine import Store

NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,79}")
TOKEN = re.compile(r"hw_([0-9a-f]{16})_[A-Za-z0-9_-]{20,100}")
t = schema.api_tokens


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(store: Store, name: str) -> str:
    """A new token under NAME; the only time its secret exists outside the client is this return value."""
    if not NAME.fullmatch(name):
        raise UsageError(f"token name {name!r}: use 1-80 letters, digits, '.', '_' or '-'")
    token_id = secrets.token_hex(8)
    token = f"hw_{token_id}_{secrets.token_urlsafe(32)}"
    row = {"token_id": token_id, "token_hash": _digest(token), "created_at": datetime.now(UTC)}
    with store.engine.begin() as conn:
        old = conn.execute(select(t.c.revoked_at).where(t.c.name == name)).first()
        if old is not None and old.revoked_at is None:
            raise UsageError(f"a token named {name!r} exists; revoke it first or choose another name")
        try:
            if old is None:
                conn.execute(insert(t).values(name=name, **row))
            else:
                conn.execute(update(t).where(t.c.name == name).values(revoked_at=None, **row))
        except IntegrityError as e:  # a token id drawn twice: astronomically unlikely, but say so
            raise UsageError("could not create the token; try again") from e
    return token


def revoke_token(store: Store, name: str) -> bool:
    """Revoke the token named NAME; False when no live token has that name."""
    with store.engine.begin() as conn:
        result = conn.execute(
            update(t).where(t.c.name == name, t.c.revoked_at.is_(None)).values(revoked_at=datetime.now(UTC))
        )
        return bool(result.rowcount)


def token_names(store: Store) -> list[tuple[str, bool]]:
    """(name, live) of every token, by name."""
    with store.connect() as conn:
        rows = conn.execute(select(t.c.name, t.c.revoked_at).order_by(t.c.name))
        return [(r.name, r.revoked_at is None) for r in rows]


def check_token(store: Store, token: str | None) -> str | None:
    """The name of the live token presented, or None when it is missing, malformed, unknown or revoked."""
    if not token:
        return None
    m = TOKEN.fullmatch(token)
    if m is None:
        return None
    with store.connect() as conn:
        row = conn.execute(
            select(t.c.name, t.c.token_hash).where(t.c.token_id == m.group(1), t.c.revoked_at.is_(None))
        ).first()
    if row is None:
        return None
    return row.name if hmac.compare_digest(row.token_hash, _digest(token)) else None
