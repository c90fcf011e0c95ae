"""Who gives a figure: one name per claimant across articles, and what kind of source it is.

Claimant types (`claimant_type`):
- `party`: a side of the conflict (its government, army, ministries, armed groups) speaking about its own war;
- `un_ngo`: UN agencies, the Red Cross and Red Crescent, human-rights and monitoring groups, aid groups;
- `local_officials`: governors, mayors, councils, health directorates, hospitals, doctors, rescuers;
- `media`: an outlet in its own voice (no claimant named) or another news organisation;
- `unknown`: a named source none of the above fits (a witness, "activists", "sources").
"""

from __future__ import annotations

import re
from typing import Any

CLAIMANT_TYPES = ("party", "un_ngo", "local_officials", "media", "unknown")
OWN_VOICE = "(the outlet)"
"""Claimant name of a figure an outlet gives in its own voice when the outlet is not known."""

_KIND_TYPE = {
    "government": "party",
    "state_force": "party",
    "armed_group": "party",
    "igo": "un_ngo",
    "ngo": "un_ngo",
    "media": "media",
}
# Checked in this order: a "UN official" is the UN's, a "military official" the army's.
_WORDS: tuple[tuple[str, str], ...] = (
    (
        "un_ngo",
        r"united nations|\bun\b|unicef|unhcr|ocha|\bwho\b|world health|red cross|red crescent|observatory|"
        r"amnesty|human rights|médecins|medecins|doctors without|\bmsf\b|monitor|\bngo\b|charity|aid group|"
        r"relief|humanitarian",
    ),
    ("media", r"news agency|\bagency\b|television|\btv\b|newspaper|broadcaster|state media|\bmedia\b"),
    (
        "party",
        r"\barmy\b|military|armed forces|\bforces\b|defen[cs]e ministry|ministry|government|coalition|"
        r"militia|rebels?\b|insurgent|militants?\b|spokesm[ae]n for|commander|police|interior",
    ),
    (
        "local_officials",
        r"governor|mayor|council|directorate|civil defen[cs]e|hospital|doctor|medic|official|rescue|"
        r"health|paramedic|ambulance|emergency service|chief|administrator",
    ),
)
_PATTERNS = tuple((kind, re.compile(words, re.I)) for kind, words in _WORDS)
_TAIL = re.compile(r"\s*(?:,|\(|\bwho\b|\bwhich\b|\bput\b|\bsaid\b|\bsays\b|\btold\b).*$", re.S)


def claimant_key(
    speaker: dict[str, Any] | None, actors: dict[str, dict[str, Any]], outlet: str | None
) -> str:
    """The claimant's name, the same across articles: the actor's canonical name when the speaker is one,
    else the name as written without its appositive ("X, a monitoring group, put ..."); the outlet when
    the figure is the outlet's own."""
    if not speaker:
        return outlet or OWN_VOICE
    actor = _actor(speaker, actors)
    if actor and actor.get("kind") != "person" and actor.get("name"):
        return str(actor["name"])
    name = str(speaker.get("name") or speaker.get("organization") or "").strip()
    name = _TAIL.sub("", name).strip()
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
    return " ".join(name.split()) or "unnamed source"


def _actor(speaker: dict[str, Any], actors: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The speaker's actor: the linked one, else the organisation whose full name the written name holds
    ("a monitoring group in Britain, the Syrian Observatory for Human Rights, gave ..."); the longest wins."""
    linked = actors.get(speaker.get("actor_id") or "")
    if linked:
        return linked
    written = " ".join(str(speaker.get("name") or "").split()).casefold()
    named = [
        a
        for a in actors.values()
        if a.get("kind") != "person" and a.get("name") and str(a["name"]).casefold() in written
    ]
    return max(named, key=lambda a: (len(str(a["name"])), str(a["name"]))) if named else None


def claimant_type(speaker: dict[str, Any] | None, actors: dict[str, dict[str, Any]]) -> str:
    """One of CLAIMANT_TYPES for a claim's speaker (None: the outlet's own voice, so "media")."""
    if not speaker:
        return "media"
    kind = (_actor(speaker, actors) or {}).get("kind")
    if kind in _KIND_TYPE:
        return _KIND_TYPE[kind]
    name = _TAIL.sub("", str(speaker.get("name") or ""))  # "the governor, who ..." is no WHO figure
    text = " ".join([name, str(speaker.get("role") or ""), str(speaker.get("organization") or "")])
    for kind, pattern in _PATTERNS:
        if pattern.search(text):
            return kind
    return "unknown"


def perpetrator_name(actor: dict[str, Any] | None, label_used: str | None) -> str | None:
    """The perpetrator's canonical name, else the words the text used for it."""
    if actor and actor.get("name"):
        return str(actor["name"])
    label = " ".join(str(label_used or "").split())
    return label or None
