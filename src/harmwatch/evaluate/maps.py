"""Label maps between HarmWatch's vocabulary (ACLED names, SCHEMA.md enums) and the gold sets' labels.

The same judgement calls as the scorer's maps.py, kept in one place so a disagreement can be argued with.
"""

from __future__ import annotations

import re
from typing import Any

from harmwatch.evaluate.matching import fold, words

# ACLED sub_event_type -> event_type (SCHEMA.md), kept apart from the extractor's own table.
EVENT_TYPE = {
    **dict.fromkeys(
        ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"], "Battles"
    ),
    **dict.fromkeys(
        [
            "Chemical weapon",
            "Air/drone strike",
            "Suicide bomb",
            "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED",
            "Grenade",
        ],
        "Explosions/Remote violence",
    ),
    **dict.fromkeys(
        ["Sexual violence", "Attack", "Abduction/forced disappearance"], "Violence against civilians"
    ),
    **dict.fromkeys(
        ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"], "Protests"
    ),
    **dict.fromkeys(["Violent demonstration", "Mob violence"], "Riots"),
    **dict.fromkeys(
        [
            "Agreement",
            "Arrests",
            "Change to group/activity",
            "Disrupted weapons use",
            "Headquarters or base established",
            "Looting/property destruction",
            "Non-violent transfer of territory",
            "Other",
        ],
        "Strategic developments",
    ),
}

# CASE 2021 task 2 codes -> ACLED sub_event_type; the unseen (non-conflict) codes should yield no incident.
CASE2021 = {
    "AIR_STRIKE": "Air/drone strike",
    "ARMED_CLASH": "Armed clash",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SUIC_BOMB": "Suicide bomb",
    "GRENADE": "Grenade",
    "CHEM_WEAP": "Chemical weapon",
    "ATTACK": "Attack",
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "SEX_VIOL": "Sexual violence",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "PEACE_PROTEST": "Peaceful protest",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "VIOL_DEMONSTR": "Violent demonstration",
    "MOB_VIOL": "Mob violence",
    "ARREST": "Arrests",
    "AGREEMENT": "Agreement",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "DISR_WEAP": "Disrupted weapons use",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "OTHER": "Other",
}
CASE2021_UNSEEN = frozenset({"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"})

# MUC-4: ACLED sub_event_type -> acceptable MUC incident types ('BOMBING' is an attack with an explosive
# device; an aerial bombing is accepted as either).
MUC_TYPES = {
    "Remote explosive/landmine/IED": {"BOMBING"},
    "Suicide bomb": {"BOMBING"},
    "Grenade": {"BOMBING"},
    "Air/drone strike": {"ATTACK", "BOMBING"},
    "Shelling/artillery/missile attack": {"ATTACK"},
    "Armed clash": {"ATTACK"},
    "Attack": {"ATTACK"},
    "Chemical weapon": {"ATTACK"},
    "Sexual violence": {"ATTACK"},
    "Abduction/forced disappearance": {"KIDNAPPING"},
    "Looting/property destruction": {"ARSON", "ROBBERY"},
}

# FA-KES perpetrator category from an actor's names/labels (the first rule that fires), then side/country.
FAKES_ACTOR_KEYWORDS = [
    (
        "the organization of the islamic state in iraq and the levant - isis",
        r"\b(isis|isil|is|daesh|daish|islamic state)\b",
    ),
    (
        "al-nusra front",
        r"\b(nusra|jabhat|fateh al sham|fatah al sham|tahrir al sham|hts|al qaeda|al qaida|jaish al fateh)\b",
    ),
    (
        "self administration forces",
        r"\b(kurd\w*|ypg|ypj|sdf|pyd|asayish|self administration|syrian democratic forces)\b",
    ),
    (
        "international coalition forces",
        r"\b(coalition|us|u s|us led|u s led|american|pentagon|centcom|french|british)\b",
    ),
    # before 'army' and 'government': "Free Syrian Army", "anti-government rebels"
    (
        "armed opposition groups",
        r"\b(rebel\w*|opposition|insurgent\w*|fsa|free syrian army|jaish al islam|jaysh al islam|ahrar\w*|islamist\w*)\b",
    ),
    (
        "syrian government or russian troops",
        r"\b(regime|assad|government|syrian army|syrian arab army|saa|army|russia\w*|syrian air force|loyalist\w*|hezbollah)\b",
    ),
]
FAKES_ACTOR_SIDE = {
    "government": "syrian government or russian troops",
    "opposition": "armed opposition groups",
    "kurdish": "self administration forces",
    "coalition": "international coalition forces",
}
FAKES_ACTOR_COUNTRY = {
    "SY": "syrian government or russian troops",
    "RU": "syrian government or russian troops",
    "IR": "syrian government or russian troops",
    "US": "international coalition forces",
    "GB": "international coalition forces",
    "FR": "international coalition forces",
}


def fakes_actor(strings: list[str], side: str | None = None, country: str | None = None) -> str | None:
    """FA-KES perpetrator category of an actor described by names/labels, side and country (or None)."""
    text = " ".join(words(" ".join(s for s in strings if s)))
    for category, pattern in FAKES_ACTOR_KEYWORDS:
        if re.search(pattern, text):
            return category
    return FAKES_ACTOR_SIDE.get(side or "") or FAKES_ACTOR_COUNTRY.get(country or "")


# Cause of death from a weapon class or, failing that, the incident's sub_event_type.
FAKES_CAUSE_WEAPON = {
    "chemical": "chemical and toxic gases",
    "air_strike": "shelling",
    "shelling": "shelling",
    "rocket": "shelling",
    "mortar": "shelling",
    "explosive": "explosion",
    "ied": "explosion",
    "suicide": "explosion",
    "firearm": "shooting",
}
FAKES_CAUSE_SUBTYPE = {
    "Chemical weapon": "chemical and toxic gases",
    "Air/drone strike": "shelling",
    "Shelling/artillery/missile attack": "shelling",
    "Suicide bomb": "explosion",
    "Remote explosive/landmine/IED": "explosion",
    "Grenade": "explosion",
    "Armed clash": "shooting",
    # ACLED codes executions as 'Attack' (violence against civilians); FA-KES calls clashes 'shooting'.
    "Attack": "execution",
}


def fakes_cause(incident: dict[str, Any]) -> str | None:
    """FA-KES cause of death of an incident: from its first telling weapon, else from its sub type."""
    for w in incident.get("weapons") or []:
        if re.search(r"execut|behead|crucif", fold(w.get("label") or "")):
            return "execution"
        if w.get("class") in FAKES_CAUSE_WEAPON:
            return FAKES_CAUSE_WEAPON[w["class"]]
    return FAKES_CAUSE_SUBTYPE.get(incident.get("sub_event_type") or "")


# Syrian governorates as FA-KES names them, with spellings (compared letters-only, leading 'al' dropped).
GOVERNORATES = {
    "aleppo": ["aleppo", "halab", "alep"],
    "damascus": [
        "damascus",
        "dimashq",
        "rif dimashq",
        "reef damascus",
        "rural damascus",
        "damascus countryside",
        "damascus suburbs",
    ],
    "idlib": ["idlib", "idleb"],
    "deir ezzor": [
        "deir ezzor",
        "deir ez zor",
        "deir el zour",
        "deir al zor",
        "deir ez zour",
        "deir az zour",
        "deir ezour",
        "dayr az zawr",
        "deir el zor",
        "deir al zour",
    ],
    "hasakeh": ["hasakeh", "hasaka", "hasakah", "hassakeh", "hassake", "hasake", "hassakah", "hasseke"],
    "raqqa": ["raqqa", "raqa", "raqqah", "rakka"],
    "homs": ["homs", "hims"],
    "daraa": ["daraa", "dara a", "deraa", "dera a", "dar a"],
    "lattakia": ["lattakia", "latakia", "ladhiqiyah", "lattaquie"],
    "hama": ["hama", "hamah", "hamat"],
    "quneitra": ["quneitra", "qunaytirah", "kuneitra", "qunaitra"],
    "tartous": ["tartous", "tartus", "tortosa"],
    "sweida": ["sweida", "suwayda", "suwaida", "sweyda"],
}
# GeoNames admin1 codes for Syria (SY.01 ..), for a report that gives codes rather than names.
SY_ADMIN1 = {
    "01": "hasakeh",
    "02": "lattakia",
    "03": "quneitra",
    "04": "raqqa",
    "05": "sweida",
    "06": "daraa",
    "07": "deir ezzor",
    "08": "damascus",
    "09": "aleppo",
    "10": "hama",
    "11": "homs",
    "12": "idlib",
    "13": "damascus",
    "14": "tartous",
}


def place_key(name: str) -> str:
    """Letters-only place key, a leading Arabic article and a trailing 'governorate'/'province' dropped."""
    w = words(name)
    while w and w[0] in ("al", "ar", "as", "ad", "ash", "az", "el", "the"):
        w = w[1:]
    while w and w[-1] in ("governorate", "province", "muhafazat", "city"):
        w = w[:-1]
    return "".join(w)


_GOVERNORATE_KEYS = {place_key(alias): g for g, aliases in GOVERNORATES.items() for alias in aliases}


def governorate(name: str | None, country_code: str | None = None) -> str | None:
    """The FA-KES governorate a place name (or a Syrian admin1 code) stands for, or None."""
    if country_code in (None, "SY") and name and re.fullmatch(r"(SY\.)?\d\d", name.strip()):
        return SY_ADMIN1.get(name.strip()[-2:])
    return _GOVERNORATE_KEYS.get(place_key(name or ""))
