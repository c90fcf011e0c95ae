"""A readable plain-text summary of a report, for `harmwatch demo`."""

from __future__ import annotations

from typing import Any


def _speaker(s: dict[str, Any] | None) -> str:
    if not s or not s.get("name"):
        return "(unattributed)"
    extra = ", ".join(x for x in (s.get("role"), s.get("organization")) if x)
    return f"{s['name']} ({extra})" if extra else s["name"]


def _count(c: dict[str, Any]) -> str:
    low, high, q = c.get("low"), c.get("high"), c.get("qualifier")
    if q == "vague":
        return f"'{c.get('as_written')}'" + (f" (>= {low})" if low else "")
    if low is not None and high is not None and low != high:
        return f"{low}-{high}"
    prefix = {"at_least": ">= ", "more_than": "> ", "about": "~", "up_to": "<= "}.get(q or "", "")
    value = low if low is not None else high
    return f"{prefix}{value}"


def summarise(report: dict[str, Any]) -> str:
    """Title, quotes with speakers, claims with claimants, incidents."""
    if "error" in report:
        return f"!! {report.get('input_id')}: {report['error']['message']}\n"
    art = report["article"]
    lines = [f"== {art.get('title') or '(untitled)'}  [{art.get('published') or 'undated'}]"]
    for q in report.get("quotes", []):
        text = q["text"] if len(q["text"]) < 90 else q["text"][:87] + "..."
        lines.append(f"  quote  {_speaker(q.get('speaker'))}: \u201c{text}\u201d")
    for s in report.get("statements", []):
        content = s["content"]["text"]
        content = content if len(content) < 80 else content[:77] + "..."
        lines.append(
            f"  says   {_speaker(s.get('source'))} {s['cue']['text'] if s.get('cue') else ''}: {content}"
        )
    for c in report.get("claims", []):
        who = _speaker(c.get("claimant")) if c.get("claimant") else "(outlet)"
        lines.append(
            f"  claim  {c['kind']} {_count(c['count'])} {c['victims']['type']} -- according to {who}"
        )
    for i in report.get("incidents", []):
        lines.append(f"  event  {i['event_type']} / {i['sub_event_type']}")
    return "\n".join(lines) + "\n"
