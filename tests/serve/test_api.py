"""The JSON API over a store of composed articles: lists, filters, pagination, errors, detail views."""

from __future__ import annotations

from typing import Any

import pytest

from harmwatch.serve.params import MAX_PAGE_SIZE


def _error(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and {"code", "message"} <= set(body["error"])
    return body["error"]


def test_incident_list_pages_through_every_incident(client: Any) -> None:
    everything = client.get("/api/incidents").json()
    assert everything["total"] == 4 and len(everything["items"]) == 4
    seen = []
    for page in (1, 2, 3, 4):
        body = client.get("/api/incidents", params={"per_page": 1, "page": page}).json()
        assert body["pages"] == 4 and body["page"] == page and len(body["items"]) == 1
        seen.append(body["items"][0]["id"])
    assert seen == [i["id"] for i in everything["items"]]
    assert client.get("/api/incidents", params={"per_page": 1, "page": 9}).json()["items"] == []


def test_incidents_are_newest_first_with_the_contract_fields(client: Any) -> None:
    items = client.get("/api/incidents").json()["items"]
    dates = [i["date"] for i in items]
    assert dates == sorted(dates, reverse=True)
    first = items[0]
    assert {
        "id",
        "event_type",
        "sub_event_type",
        "date",
        "place",
        "perpetrators",
        "figures",
        "grade",
        "grade_reasons",
        "articles",
    } <= set(first)
    assert first["place"]["name"] == "Donetsk" and first["figures"]["killed"]["conservative"] == 7


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"event_type": "Explosions/Remote violence"}, {"Donetsk", "Idlib Governorate", "Idlib"}),
        ({"event_type": "air/drone strike"}, {"Idlib Governorate", "Idlib"}),
        ({"place": "NG"}, {"Zamfara", "Gusau"}),
        ({"date_from": "2021-01-01", "date_to": "2021-12-31"}, {"Zamfara", "Gusau"}),
        ({"claimant": "Ibrahim Sani"}, {"Zamfara", "Gusau"}),
        ({"q": "motorcycles"}, {"Zamfara", "Gusau"}),
        ({"actor": "no such actor anywhere"}, set()),
    ],
)
def test_filters_select_the_matching_incidents(
    client: Any, params: dict[str, str], expected: set[str]
) -> None:
    items = client.get("/api/incidents", params=params).json()["items"]
    places = {i["place"]["name"] for i in items}
    assert places <= expected and (places or not expected)


@pytest.mark.parametrize(
    ("params", "names"),
    [
        ({"min_killed": "-1"}, "min_killed"),
        ({"min_killed": "many"}, "min_killed"),
        ({"date_from": "31/02/2020"}, "date_from"),
        ({"event_type": "Picnic"}, "event_type"),
        ({"per_page": str(MAX_PAGE_SIZE + 1)}, "per_page"),
        ({"page": "0"}, "page"),
        ({"sort": "sideways"}, "sort"),
        ({"colour": "red"}, "colour"),
        ({"date_from": "2022-01-02", "date_to": "2022-01-01"}, "date_from is after date_to"),
    ],
)
def test_a_bad_filter_is_a_422_naming_it(client: Any, params: dict[str, str], names: str) -> None:
    error = _error(client.get("/api/incidents", params=params), 422)
    assert error["code"] == "invalid" and names in error["message"]


def test_one_incident_and_a_missing_one(client: Any) -> None:
    listed = client.get("/api/incidents").json()["items"][0]
    assert client.get(f"/api/incidents/{listed['id']}").json() == listed
    error = _error(client.get("/api/incidents/nothing-here"), 404)
    assert error["code"] == "not_found"


def test_articles_list_and_full_report(client: Any) -> None:
    body = client.get("/api/articles", params={"place": "Idlib"}).json()
    assert body["total"] == 1 and "text" not in body["items"][0]
    article_id = body["items"][0]["id"]
    report = client.get(f"/api/articles/{article_id}").json()
    assert report["schema"] == "harmwatch.report/1" and report["article"]["id"] == article_id
    assert report["quotes"] and report["claims"]
    _error(client.get("/api/articles/sha256:0000"), 404)


def test_claims_quotes_actors_places(client: Any) -> None:
    claims = client.get("/api/claims", params={"claimant": "police"}).json()
    assert claims["total"] >= 1 and all(c["claimant"]["name"].lower() == "police" for c in claims["items"])
    assert all(c["article_title"] for c in claims["items"])
    quotes = client.get("/api/quotes", params={"per_page": 2}).json()
    assert quotes["total"] >= 4 and len(quotes["items"]) == 2 and quotes["pages"] == -(-quotes["total"] // 2)
    actors = client.get("/api/actors").json()
    assert actors["total"] >= 1 and all(isinstance(a["labels"], dict) for a in actors["items"])
    places = client.get("/api/places").json()["items"]
    assert "Donetsk" in {p["name"] for p in places}


def test_search_articles_and_quotes(client: Any) -> None:
    found = client.get("/api/search", params={"q": "clinic director"}).json()
    assert found["total"] == 1 and "Idlib" in found["items"][0]["title"]
    quotes = client.get("/api/search", params={"q": "bread", "target": "quotes"}).json()
    assert quotes["total"] == 1 and "bread" in quotes["items"][0]["text"]
    _error(client.get("/api/search"), 422)
    _error(client.get("/api/search", params={"q": "x", "target": "everything"}), 422)


def test_a_nul_character_in_a_path_or_query_is_a_400(client: Any) -> None:
    # No store field can hold a NUL (PostgreSQL refuses one outright); it answered 500 from the search.
    for url in (
        "/api/search?q=%00",
        "/api/incidents?place=a%00b",
        "/api/incidents/inc%00",
        "/incidents?q=%00",
    ):
        response = client.get(url)
        assert response.status_code == 400 and response.json()["error"]["code"] == "bad_request", url
    assert client.get("/api/search", params={"q": "shelling"}).status_code == 200


def test_timeline_has_one_entry_per_week(client: Any) -> None:
    body = client.get("/api/stats/timeline").json()
    assert len(body["weeks"]) == len(body["incidents"]) and sum(body["incidents"]) == 4
    assert body["weeks"][0] <= "2019-05-20" <= body["weeks"][-1]
    assert all(len(series) == len(body["weeks"]) for series in body["killed"].values())


def test_openapi_and_offline_docs(client: Any) -> None:
    spec = client.get("/api/openapi.json").json()
    for path in (
        "/api/incidents",
        "/api/incidents/{incident_id}",
        "/api/articles",
        "/api/claims",
        "/api/quotes",
        "/api/actors",
        "/api/places",
        "/api/search",
        "/api/export.csv",
    ):
        assert path in spec["paths"]
    assert "post" in spec["paths"]["/api/articles"]
    docs = client.get("/api/docs").text
    assert '<script src="/vendor/swagger/swagger-ui-bundle.js"></script>' in docs and "http" not in docs
    assert client.get("/vendor/swagger/swagger-ui-bundle.js").status_code == 200


def test_security_headers_on_every_kind_of_response(client: Any) -> None:
    for response in (
        client.get("/"),
        client.get("/api/incidents"),
        client.get("/static/app.css"),
        client.get("/api/incidents/none"),
        client.get("/api/incidents", params={"page": "x"}),
        client.post("/api/articles", json={"text": "x"}),
    ):
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
        assert "frame-ancestors 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"


def test_an_unexpected_error_is_a_bare_500(client: Any, monkeypatch: pytest.MonkeyPatch, caplog: Any) -> None:
    secret = "postgresql://hw:hunter2-secret@127.0.0.1/db"

    def broken(*_: Any, **__: Any) -> Any:
        raise RuntimeError(f"could not reach {secret}")

    monkeypatch.setattr(client.app.state.store, "query", broken)
    with caplog.at_level("DEBUG"):
        response = client.get("/api/claims")
    assert _error(response, 500)["code"] == "internal"
    assert "hunter2" not in response.text and "hunter2" not in caplog.text
    assert response.headers["x-content-type-options"] == "nosniff"


def test_grade_names_match_the_aggregation_stage() -> None:
    from typing import get_args

    from harmwatch.aggregate import GRADES
    from harmwatch.serve.params import Grade

    assert set(get_args(Grade)) == set(GRADES)


def test_min_killed_grade_and_sort(client: Any) -> None:
    everything = client.get("/api/incidents").json()["items"]
    killed: dict[str, Any] = {
        i["id"]: (i["figures"].get("killed") or {}).get("conservative") for i in everything
    }
    at_least_7 = client.get("/api/incidents", params={"min_killed": 7}).json()["items"]
    assert {i["id"] for i in at_least_7} == {k for k, v in killed.items() if v is not None and v >= 7}
    grade = everything[0]["grade"]
    graded = client.get("/api/incidents", params={"grade": grade}).json()["items"]
    assert graded and all(i["grade"] == grade for i in graded)
    by_killed = client.get("/api/incidents", params={"sort": "-killed"}).json()["items"]
    figures = [killed[i["id"]] for i in by_killed if killed[i["id"]] is not None]
    assert figures == sorted(figures, reverse=True) and figures[0] == max(figures)
    oldest = client.get("/api/incidents", params={"sort": "date"}).json()["items"]
    assert [i["date"] for i in oldest] == sorted(i["date"] for i in everything)
