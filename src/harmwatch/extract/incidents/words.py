"""The words that name violent events, their weapons and their targets, typed with ACLED's taxonomy."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from harmwatch.records import Span

# ACLED's six event types and their 25 sub-event types (SCHEMA.md).
EVENT_TYPE = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}
SUB_EVENT_TYPES = tuple(EVENT_TYPE)

# What a force captures when it takes ground rather than people.
_PLACE_NOUN = (
    r"(?:towns?|city|cities|villages?|districts?|areas?|bases?|hills?|posts?|regions?|provinces?|territor(?:y|ies)|"
    r"airports?|border crossings?|neighbou?rhoods?|positions?|strongholds?)"
)
# The place a verb of taking has for its object, a few words on ("captured on Monday a key hill"), not one
# that only locates its object ("captured two fighters near the village").
_TAKEN_PLACE = (
    rf"(?:(?!(?:near|in|at|from|outside|around|inside|close|by|of|with)\b)\w+ ){{0,4}}?{_PLACE_NOUN}"
)

# (sub_event_type, weapon class or None, pattern), most specific first: in one sentence the first rule that
# fires types the event ("shells loaded with toxic gas" is a chemical attack, "a suicide car bomb" a suicide bomb).
_RULES: list[tuple[str, str | None, str]] = [
    (
        "Chemical weapon",
        "chemical",
        r"chemical (?:weapons? )?(?:attacks?|strikes?|bombs?|shells?|munitions|agents?)|chemical weapons?|"
        r"(?:toxic|poison(?:ous)?|nerve|chlorine|mustard|sarin) gas(?:es)?|chlorine|sarin|nerve agents?",
    ),
    (
        "Suicide bomb",
        "suicide",
        r"suicide (?:car |truck )?(?:bomb(?:ing|er)?s?|attacks?|attackers?|blasts?|vests?|belts?)|"
        r"(?:blew|blowing) (?:himself|herself|themselves) up|self-detonat\w+",
    ),
    (
        "Remote explosive/landmine/IED",
        "ied",
        r"(?:car|truck|roadside|parcel|letter|booby[- ]trapped (?:car|vehicle)|vehicle)[- ]bombs?|"
        r"improvised explosive devices?|\bIEDs?\b|land ?mines?|explosive devices?|booby[- ]traps?",
    ),
    (
        "Air/drone strike",
        "air_strike",
        r"air ?strikes?|air ?raids?|air attacks?|aerial (?:bombardment|bombing|attacks?|strikes?)|"
        r"drone (?:strikes?|attacks?)|barrel bombs?|war ?planes?|fighter jets?|jets|helicopter gunships?|choppers|"
        r"bombing raids?|cluster (?:bombs?|munitions)|air-dropped|airstrikes?",
    ),
    ("Grenade", "explosive", r"(?:hand |rocket-propelled )?grenades?|\bRPGs?\b"),
    (
        "Shelling/artillery/missile attack",
        "shelling",
        r"shell(?:ing|ed|s)?|artillery|bombard(?:ed|ing|ment|ments)?|tank (?:shells?|fire)|howitzers?|"
        r"projectiles?|heavy weapons",
    ),
    (
        "Shelling/artillery/missile attack",
        "mortar",
        r"mortars?(?: (?:shells?|rounds?|bombs?|fire|attacks?))?",
    ),
    (
        "Shelling/artillery/missile attack",
        "rocket",
        r"(?:katyusha |grad |ballistic |cruise |surface-to-surface )?(?:rockets?|missiles?)(?: (?:fire|attacks?))?",
    ),
    (
        "Remote explosive/landmine/IED",
        "explosive",
        r"bomb(?:s|ings?|ed)?|explosions?|blasts?|explosives|detonat\w+|dynamit\w+|exploded|went off",
    ),
    (
        "Armed clash",
        "firearm",
        r"clash(?:es|ed)?|fire ?fights?|gun ?battles?|battles?|fighting|exchanged fire|exchange of fire|"
        r"skirmish(?:es)?|ambush(?:ed|es)?|engaged in combat|shoot-?outs?|(?:fire|gun) ?exchanges?|"
        r"exchang(?:ed|ing) (?:\w+ )?(?:fire|gunfire)",
    ),
    (
        "Attack",
        "firearm",
        r"massacres?|massacred|executions?|executed|murder(?:s|ed)?|assassinat\w+|shot dead|gunned down|"
        r"machine-?gunned|opened fire|beheaded|behead\w*|shootings?|shot and killed|summarily|shot to death|"
        # a person shot (not an aircraft "shot down"), and the wounds a gun leaves, tell of shooting at people
        r"(?:(?<=was )|(?<=were )|(?<=been )|(?<=being ))shot(?! down)|(?:gunshot|bullet) wounds?",
    ),
    ("Abduction/forced disappearance", None, r"kidnap\w*|abduct\w*|taken hostage|hostages?"),
    # "captured" is read here first, a town's capture too: reading "captured <a place>" as territory moved no
    # CASE half-b snippet and turned one FA-KES perpetrator (EVALUATION.md, "Sub-event model, ninth round")
    ("Arrests", None, r"arrest(?:ed|s)?|detained|rounded up|captured"),
    (
        "Peaceful protest",
        None,
        r"protest(?:s|ed|ers|ing)?|demonstrat(?:ion|ions|ors)|sit-ins?|rall(?:y|ies|ied)|march(?:ed|es|ing|ers)|"
        r"picket(?:s|ed|ing)?|strikers|die-ins?|walk-?outs?|(?:general|hunger) strikes?|went on strike|"
        r"tear ?-?gas|water ?cannons?|pepper ?-?spray(?:ed)?|rubber bullets",
    ),
    (
        "Looting/property destruction",
        None,
        r"arson|set (?:fire|ablaze)|torched|torching|burned down|burnt down|looted|looting|sabotag\w+|set on fire|"
        r"plunder\w*|ransack\w*|(?:burn|burnt|burned|destroy|destroyed|razed|demolish\w*) (?:\w+ ){0,3}?(?:shops|houses|"
        r"homes|vehicles|cars|buildings|properties|property|stores|churches|mosques|schools)|destruction of "
        r"(?:\w+ ){0,2}?propert\w+",
    ),
    # The sub-types below come after the violent ones: a sentence's violent word types it first, and
    # `kinds.rule_type` then applies ACLED's interaction logic (who acts on whom) to the whole sentence.
    (
        "Sexual violence",
        None,
        r"rap(?:e|ed|es|ing|ists?)|gang-?rap\w*|sexual(?:ly)? (?:assault\w*|abus\w*|violence|exploit\w*|slavery)|"
        r"molest\w*|sex slaves?|abus(?:ed|ing) (?:\w+ ){0,3}?(?:women|girls|boys|children)",
    ),
    (
        "Violent demonstration",
        None,
        r"riot(?:s|ers?|ing|ed)?(?! (?:police|gear|squads?|control|officers|units?|shields?))|stone-?pelt\w*|pelt(?:ed|ing)|(?:threw|throwing|hurl(?:ed|ing)|pelted) "
        r"(?:\w+ ){0,2}?(?:stones|rocks|bricks|bottles|petrol bombs|molotov cocktails|firebombs)|"
        r"molotov cocktails?|petrol bombs?|burn(?:ed|ing|t)? (?:\w+ )?(?:tyres|tires)|vandali[sz]\w+",
    ),
    ("Mob violence", None, r"mobs?|lynch\w*|vigilantes?|angry crowds?|mob justice"),
    (
        "Disrupted weapons use",
        None,
        r"defus\w+|diffus(?:ed|ing)|bomb disposal|bomb squads?|(?:weapons?|arms|ammunition|explosives?|munitions) "
        r"(?:caches?|stash\w*|depots?|haul)|caches?|stash(?:es)? of|shot down|foiled|thwarted|"
        r"intercept(?:ed|s|ing)? (?:\w+ ){0,3}?(?:missiles?|rockets?|drones?|projectiles?|shells|weapons|"
        r"shipments?|consignments?)|"
        r"(?:seiz|recover|confiscat|found|discover|dismantl|destroy|neutrali[sz]|unearth)\w* "
        r"(?:\w+ ){0,6}?(?:weapons|arms|ammunition|ammunitions|explosives|munitions|rifles|firearms|guns|pistols|"
        r"devices?|ieds?|mines|cartridges)|(?:weapons|arms|ammunitions?|explosives|firearms|pistols|rifles|guns|"
        r"grenades|devices?|ieds?|mines) (?:\w+ ){0,6}?(?:were|was|been|being|is|are) (?:\w+ )?(?:seized|found|"
        r"discovered|recovered|confiscated|defused|destroyed|dismantled|unearthed)",
    ),
    (
        "Non-state actor overtakes territory",
        None,
        r"recaptur\w+|retook|retak(?:e|en|ing)|regain(?:ed|s|ing)? (?:full |complete |total )?control|"
        r"liberat(?:ed|ing|es) (?:\w+ ){0,3}?(?:towns?|city|cities|villages?|districts?|areas?|regions?|"
        r"provinces?|neighbou?rhoods?|territor(?:y|ies))|took back|taken back|"
        r"(?:seiz|tak|took|gain|assum|wrest)\w* (?:full |complete |total )?control|"
        rf"(?:seiz(?:ed|ing|es)|occup(?:ied|ying|ies|y)|freed|freeing|captur(?:ed|ing|es)) {_TAKEN_PLACE}|"
        r"won back|gain(?:ed|ing) ground|establish\w* control|advanc(?:ed|ing) (?:on|into|to)|"
        r"overr?an|overrun|fell to|(?:entered|stormed) "
        r"(?:the )?(?:town|city|village)|withdr(?:ew|awn|awal|aw|awing)|pull(?:ed|ing|s)? (?:out|back)|"
        r"handed over|hand(?:ing)? over|handover|took over|take over|taken over|evacuat(?:ion|ed) (?:deal|agreement)",
    ),
    (
        "Headquarters or base established",
        None,
        r"(?:set|setting|sets) up (?:\w+ ){0,4}?(?:base|bases|camp|camps|headquarters|outposts?|posts?|points?)|"
        r"(?:establish|creat|buil|build|open)\w* (?:\w+ ){0,6}?(?:bases?|camps?|headquarters|outposts?|barracks|"
        r"observation (?:points?|posts?)|military points?)|(?:bases?|camps?|headquarters|outposts?|points?|posts?) "
        r"(?:\w+ ){0,2}?(?:was|were|been|being) (?:established|set up|built|created|opened)",
    ),
    (
        "Agreement",
        None,
        # ACLED's codebook counts a surrender among agreements, not as a change to the group
        r"cease-?fires?|truces?|peace (?:deals?|agreements?|accords?|pacts?|treaty)|agreements?|accords?|"
        r"(?:signed|sign|reached|reach|struck|brokered) (?:\w+ ){0,3}?(?:deals?|pacts?|memorandum)|"
        r"prisoner (?:swaps?|exchanges?)|(?:swap|exchange) (?:\w+ )?of prisoners|reconciliation deals?|"
        r"surrender(?:ed|s)?|laid down (?:their )?arms",
    ),
    (
        "Change to group/activity",
        None,
        r"defect(?:ed|ion|ions|ing|s)?|merg(?:ed|er|e|ing)|pledg\w+ allegiance|new (?:leader|commander|chief)|"
        r"dissolv\w+|disband\w+|recruit\w*|renam\w+|rebrand\w+|deploy(?:ed|s|ing|ment)?|reinforce\w*|"
        r"mobili[sz]\w+|redeploy\w*|troop movements?|relocat\w+|"
        r"dispatch(?:ed|es|ing)|formed (?:a|an) (?:new )?\w+|sent reinforcements",
    ),
]
# Words that name an attack without saying how: they join the incident they refer to, or make an "Attack".
_GENERIC = (
    r"attack(?:s|ed|ing)?|assaults?|offensive|raids?|violence|kill(?:ed|ing|ings)?|dead|deaths?|died|"
    r"wounded|injur(?:ed|ies)|casualties|strikes?|hit|targeted|struck|destroyed|damaged"
)
# The opening word boundary is tested once for all rules, not once per rule at every character (same matches).
_SPECIFIC = re.compile(
    "\\b(?:" + "|".join(f"(?P<r{i}>(?:{p})\\b)" for i, (_s, _w, p) in enumerate(_RULES)) + ")", re.I
)
_GENERIC_RE = re.compile(rf"\b(?:{_GENERIC})\b", re.I)
# Violence that has not happened: a threat, a plan, what would or could be (a "would-be" bomber did act).
_UNREAL_WORDS = r"hypothetical|threat(?:en(?:ed|s)?)?|(?:would|could|might)(?!-)|plans?"
_UNREAL = re.compile(rf"\b(?:{_UNREAL_WORDS})\b", re.I)
# Mentions that are not events: a weapon talked about in general, a campaign, a ban, and unreal violence.
_NOT_EVENT = re.compile(
    r"\b(?:campaign|ban(?:s|ned)?|convention|stockpiles?|programme|program|arsenal|factory|depot|treaty|"
    rf"inspectors?|investigat\w+|prepar\w+|training|{_UNREAL_WORDS})\b",
    re.I,
)

# A whole war's toll ("the war, now in its ninth year, has killed some 200,000") is no incident.
WAR_TOLL = re.compile(
    r"\b(?:war|conflict|civil war|uprising|crisis|insurgency|revolution)\b[^.]{0,120}?"
    r"\b(?:since|began|started|erupted|broke out|claimed the lives|has killed|have been killed|has left)\b|"
    r"\bsince (?:the (?:start|beginning|outbreak)|(?:early |late |mid-)?(?:19|20)\d\d)\b",
    re.I,
)
# not "a war plane", "the war monitor", "war crimes"
_WAR = (
    r"(?:civil )?(?:war|conflict|uprising|rebellion|insurgency|revolution|turmoil)"
    r"(?![ -]?(?:planes?|jets?|craft|ships?|heads?|lords?|zones?|crimes?|monitors?|criminals?))"
)
# Further wordings of a war's toll, for counts: "have died in Syria's three-year war", "the death toll from
# the six-year conflict", "the war has claimed 300,000 lives", "... and millions forced to flee their homes".
WAR_TOLL_COUNT = re.compile(
    rf"\b(?:killed|died|dead|deaths|lives) (?:in|during|throughout) (?:the |\w+'?s )?(?:[\w-]+ ){{0,2}}?{_WAR}\b|"
    rf"\btoll (?:from|of|in) (?:the |\w+'?s )?(?:[\w-]+ ){{0,2}}?{_WAR}\b|"
    rf"\b{_WAR} (?:which |that )?(?:has|have|had) (?:so far |now |already )?"
    r"(?:claimed|killed|taken|left|cost|caused)\b|"
    r"\b(?:years|decades?) of (?:war|conflict|fighting|turmoil|violence|bloodshed)\b|"
    r"\bsince then\b|\bmillions\b[^.]{0,40}\b(?:displaced|flee|fled|forced|homeless|refugees)\b|"
    r"\bhalf (?:of )?(?:the|its) (?:\w+'?s )?(?:pre-war )?population\b",
    re.I,
)


def war_toll(sentence: str) -> bool:
    """Whether a sentence gives a whole war's toll rather than an event's."""
    return bool(WAR_TOLL.search(sentence) or WAR_TOLL_COUNT.search(sentence))


_TARGETS: list[tuple[str, str]] = [
    (
        "un",
        r"(?:U\.?N\.?|United Nations|UNICEF|UNHCR|UNRWA)(?:['’]s)? (?:offices?|buildings?|compound|headquarters|"
        r"convoys?|staff|workers|peacekeepers|base|schools?|facilit(?:y|ies)|premises|mission|vehicles?)|peacekeep\w+",
    ),
    (
        "medical",
        r"hospitals?|clinics?|medical|ambulances?|health (?:centre|center|facility)|paramedics?|doctors?",
    ),
    ("school", r"schools?|universit(?:y|ies)|kindergartens?|students|pupils"),
    ("aid", r"aid (?:convoy|workers?|trucks?|warehouse)s?|humanitarian (?:convoy|workers?)|relief"),
    ("residential", r"residential|neighbou?rhoods?|homes?|houses?|apartments?|buildings?|markets?|villages?"),
    (
        "infrastructure",
        r"power (?:station|plant|lines?|towers?|pylons?)|electric\w*|bridges?|water (?:station|plant)|pipelines?|"
        r"roads?|airport|refinery|oil fields?|dams?|bakery|bakeries",
    ),
    (
        "military",
        r"military (?:base|targets?|positions?|posts?|convoy|airport)|army (?:positions?|base|posts?|convoy|units?)|"
        r"soldiers|troops|checkpoints?|barracks|bases?|positions|police (?:station|post)s?|policemen",
    ),
    (
        "civilians",
        r"civilians?|residents|people|children|women|families|villagers|peasants|worshippers|mourners",
    ),
]
_TARGET_RES = [(kind, re.compile(rf"\b(?:{p})\b", re.I)) for kind, p in _TARGETS]


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word that names a violent event: its ACLED sub-type (None when generic) and its weapon class."""

    span: Span
    text: str
    sub_event_type: str | None
    weapon_class: str | None
    rank: int


def find_triggers(text: str, start: int = 0) -> list[Trigger]:
    """Event words in `text` (offsets shifted by `start`), specific ones and generic ones."""
    if not start:
        return list(_triggers(text))
    return [dataclasses.replace(t, span=(start + t.span[0], start + t.span[1])) for t in _triggers(text)]


@lru_cache(maxsize=1024)
def _triggers(text: str) -> tuple[Trigger, ...]:
    """find_triggers at offset 0, remembered: the selector and several extractors ask about the same sentence."""
    out: list[Trigger] = []
    taken: list[Span] = []
    for m in _SPECIFIC.finditer(text):
        rank = m.lastindex - 1 if m.lastindex else 0
        sub, weapon, _pattern = _RULES[rank]
        out.append(Trigger(m.span(), m.group(0), sub, weapon, rank))
        taken.append(m.span())
    for m in _GENERIC_RE.finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            out.append(Trigger(m.span(), m.group(0), None, None, len(_RULES)))
    return tuple(sorted(out, key=lambda t: t.span))


def not_an_event(sentence: str) -> bool:
    """Whether a sentence talks about weapons or attacks in general, or a war's toll, rather than one event."""
    return bool(_NOT_EVENT.search(sentence) or WAR_TOLL.search(sentence))


def unreal(sentence: str) -> bool:
    """Whether a sentence tells of violence that has not happened: a threat, a plan, what would or could be."""
    return bool(_UNREAL.search(sentence))


def targets_in(text: str) -> list[tuple[str, str]]:
    """(label, kind) of the targets a sentence names, most specific kind first."""
    out = []
    for kind, pattern in _TARGET_RES:
        m = pattern.search(text)
        if m:
            out.append((m.group(0), kind))
    return out
