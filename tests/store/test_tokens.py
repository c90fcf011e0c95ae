"""API tokens on both engines: created once, found by hash, revoked, re-created under the same name."""

from __future__ import annotations

from typing import Any

import pytest

from harmwatch.errors import UsageError
from harmwatch.store.tokens import check_token, create_token, revoke_token, token_names


def test_token_life_cycle(store: Any) -> None:
    token = create_token(store, "desk-1")
    assert token.startswith("hw_") and check_token(store, token) == "desk-1"
    altered = token[:-1] + ("B" if token[-1] == "A" else "A")  # one character changed, never the same token
    assert check_token(store, token + "x") is None and check_token(store, altered) is None
    assert check_token(store, None) is None and check_token(store, "Bearer nonsense") is None
    with pytest.raises(UsageError):
        create_token(store, "desk-1")
    with pytest.raises(UsageError):
        create_token(store, "no spaces allowed")
    assert revoke_token(store, "desk-1") and not revoke_token(store, "desk-1")
    assert check_token(store, token) is None
    again = create_token(store, "desk-1")
    assert again != token and check_token(store, again) == "desk-1" and check_token(store, token) is None
    assert token_names(store) == [("desk-1", True)]
