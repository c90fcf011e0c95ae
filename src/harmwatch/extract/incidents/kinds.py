"""ACLED's interaction logic: which sub-event type a sentence's event words make, given who acts on whom.

The event words of a sentence (`words.find_triggers`) name candidate sub-types; ACLED's codebook decides
between them by the actors and what they do:
- protests: demonstrators who are not violent make a "Peaceful protest"; authorities who disperse or
  detain them make a "Protest with intervention"; authorities who kill, shoot or badly hurt them make
  "Excessive force against protesters"; demonstrators who throw stones, burn or clash make a "Violent
  demonstration"; an unorganised crowd that attacks people or property is "Mob violence".
- territory: forces of a state that retake a place make "Government regains territory", a non-state group
  that seizes one makes "Non-state actor overtakes territory", and control that changes hands without
  fighting (a withdrawal, a handover) is a "Non-violent transfer of territory".
- a device found, defused or intercepted before it did harm is "Disrupted weapons use"; rape and sexual
  assault are "Sexual violence" whatever other violence goes with them.
- strategic developments (agreements, bases set up, changes to a group) type a sentence only when no
  violent act does.
"""

from __future__ import annotations

import re
from functools import lru_cache

from harmwatch.extract.actors.registry import load_registry
from harmwatch.extract.incidents.words import Trigger

TERRITORY = "Non-state actor overtakes territory"  # the rule that finds a change of control
_VIOLENT_RANK = 10  # rules 0..10 name a violent act (chemical weapon .. attack)
_EXPLOSION_RANK = 8  # the rule for a bomb or explosion of no named kind
LOOTING = "Looting/property destruction"
CHANGE = "Change to group/activity"
# The generic event words that tell harm done to people (not "destroyed", "damaged", "hit").
_HARM_TO_PEOPLE = re.compile(
    r"kill(?:ed|ing|ings)?|dead|deaths?|died|wounded|injur(?:ed|ies)|casualties", re.I
)


# The generic event words that are verbs of killing and wounding: someone harmed the people they count.
_HARMING = re.compile(r"kill(?:ed|ing)|wounded|injured", re.I)


def _violence(text: str, triggers: list[Trigger], start: int, harm: re.Pattern[str]) -> str | None:
    """An "Attack" or, between armed actors, an "Armed clash", when one of the event words matches `harm`."""
    if not any(harm.fullmatch(t.text) for t in triggers):
        return None
    return "Armed clash" if armed_on_armed(text, triggers, start) else "Attack"


def looting_amid_violence(text: str, triggers: list[Trigger], start: int = 0) -> str | None:
    """ACLED codes looting and destruction of property only outside the context of other violence: with people
    killed or wounded in the same sentence ("torched five houses and killed a farmer") the violence is the
    event, an "Attack" or, between armed actors, an "Armed clash"; None when no one is harmed."""
    return _violence(text, triggers, start, _HARM_TO_PEOPLE)


def killing_of_members(text: str, triggers: list[Trigger], start: int = 0) -> str | None:
    """A verb of killing or wounding makes a sentence violence whatever nouns name its victims: "gunmen killed
    two porters and three recruits" is an "Attack" (or an "Armed clash"), not a change to a group, whose
    words ("recruits", "reinforcements", "deployed") there only name the people harmed. None without one."""
    return _violence(text, triggers, start, _HARMING)


_PROTEST = re.compile(
    r"\b(?:protest\w*|demonstrat(?:ion|ions|ors?|ed|ing)|rall(?:y|ies|ied)|march(?:ed|es|ing|ers)|sit-ins?|"
    r"picket\w*|agitat\w+|chant\w*|placards?|slogans?|vigils?|(?:went|go|going|were) on strike)\b",
    re.I,
)
# Demonstrators who turn violent (a "Violent demonstration" whatever the police did in return).
_RIOT = re.compile(
    r"\b(?:riot(?!\s+(?:police|gear|squads?|control|officers|units?|shields?))\w*|stone-?pelt\w*|pelt(?:ed|ing)|(?:threw|throwing|hurl\w*) (?:\w+ ){0,2}?(?:stones|rocks|bricks|"
    r"bottles|petrol bombs|molotov cocktails|firebombs|objects)|molotov|petrol bombs?|firebomb\w*|vandali[sz]\w*|"
    r"torch(?:ed|ing)|set (?:\w+ ){0,3}?(?:on fire|ablaze|alight)|burn(?:ed|ing|t)? (?:\w+ )?(?:tyres|tires|cars|"
    r"vehicles|buildings|shops|effig\w+)|ransack\w*|loot\w*|smash\w*|(?:clash\w*|scuffl\w*) with (?:the )?"
    r"(?:police|security|troops|soldiers|officers|riot police)|"
    r"(?<!non-)(?<!non )violent (?:protests?|demonstrations?|rall(?:y|ies)|marches)|"  # not "non-violent"
    # a clash takes two sides: police "clashing with protesters" fight demonstrators who fight back
    r"(?:clash\w*|scuffl\w*|fight\w*|battl\w*) (?:\w+ ){0,2}?with (?:[\w-]+ ){0,3}?"
    r"(?:protesters|demonstrators|rioters|marchers))\b",
    re.I,
)
# Two sides fighting: told of a protest, the demonstrators are one of them ("clashes broke out between police
# and protesters", "there were scuffles"), which ACLED codes as a violent demonstration.
_CLASH = re.compile(r"\b(?:clash(?:es|ed|ing)?|scuffl(?:e|es|ed|ing)|skirmish(?:es|ed)?)\b", re.I)
_MOB = re.compile(
    r"\b(?:mobs?|lynch\w*|vigilantes?|angry (?:crowds?|residents|villagers)|mob justice)\b", re.I
)
# Authorities who kill or badly hurt demonstrators.
_FORCE = re.compile(
    r"\b(?:live (?:ammunition|bullets|fire|rounds)|opened fire|fired (?:on|at|into)|shot (?:dead|and killed)|"
    r"(?:were|was|been) (?:killed|shot|wounded|injured|beaten)|killing|killed|bullets|gunfire|violently|"
    r"brutal\w*|beat(?:en|ing)?|crack(?:ed)? ?down|bloody)\b",
    re.I,
)
# Authorities who stop, disperse or detain demonstrators without such force.
_INTERVENTION = re.compile(
    r"\b(?:dispers\w+|tear ?-?gas|water ?cannons?|pepper ?-?spray\w*|rubber bullets|batons?|baton-charg\w+|"
    r"broke up|break up|arrest\w*|detain\w*|rounded up|prevent\w*|block(?:ed|ing)|stopp?ed|cordon\w*|kettl\w+|"
    r"suppress\w*|banned|intervened|forcibly|removed|evicted|stun grenades?)\b",
    re.I,
)
_DISRUPTED_DONE = re.compile(
    r"\b(?:exploded|went off|detonated|blew up|killing|killed|wounding|wounded)\b", re.I
)
# Harm that no one inflicted: nature, disease, accidents. ACLED codes no event for them.
_DISASTER = re.compile(
    r"\b(?:earthquakes?|quakes?|tsunamis?|floods?|flooding|flooded|landslides?|mudslides?|cyclones?|hurricanes?|"
    r"typhoons?|tornado(?:es)?|storms?|droughts?|wildfires?|bushfires?|forest fires?|heatwaves?|avalanches?|"
    r"volcan\w+|eruptions?|epidemics?|pandemics?|outbreaks?|virus\w*|covid\w*|coronavirus|cholera|ebola|"
    r"infections?|infected|cases of)\b",
    re.I,
)
_ACCIDENT = re.compile(
    r"\b(?:accident\w*|crash\w*|collisions?|collided|derail\w*|capsiz\w+|collaps\w+|short[- ]circuit|"
    r"caught fire|gas (?:leak\w*|cylinders?|tanks?|containers?|explosions?|pipelines?)|boilers?|furnaces?|"
    r"(?:chemical|power|industrial|gas) plants?|factory|factories|warehouses?|refinery|tankers?|fireworks|"
    r"mine (?:collapse|explosion)|stampedes?)\b",
    re.I,
)
_TRANSFER = re.compile(
    r"\b(?:withdr(?:ew|awn|awal|aw|awing)|pull(?:ed|ing|s)? (?:out|back)|hand(?:ed|ing|s)? (?:over|back)|"
    r"handover|without (?:a )?(?:fight|resistance|fighting|a shot)|evacuat\w+|peaceful(?:ly)? (?:transfer|handover)|"
    r"(?:left|leaving|vacated|abandoned)|agreement|deal)\b",
    re.I,
)
_REGAIN = re.compile(
    r"\b(?:re-?captur\w+|retook|retak\w+|regain\w*|liberat(?:ed|ing|es)|took back|taken back|re-?took)\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[,;.]")
_REPORTED = re.compile(
    r"\b(?:said|says|say|told \w+|reported|announced|claimed|according to)(?: that)?\s", re.I
)
_SUBORDINATE = re.compile(r"\b(?<!such )(?<!well )(?:as|when|while|after|before|once|since|because)\s", re.I)
_STATE_WORDS = (
    r"army|armies|troops|soldiers|military|government forces|security forces|regime|police|national guard|"
    r"armed forces|special forces|commandos|marines|gendarmes?|pro-government|loyalist\w*|forces loyal"
)
_NONSTATE_WORDS = (
    r"rebels?|militants?|insurgents?|jihadists?|fighters|militias?|militiamen|gunmen|guerrillas?|terrorists?|"
    r"extremists?|separatists?|bandits|opposition|islamists?|tribesmen|armed groups?|armed men"
)


@lru_cache(maxsize=1)
def _actor_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words for state forces and for non-state armed groups: generic words and the registry's names."""
    state, nonstate = [_STATE_WORDS], [_NONSTATE_WORDS]
    for actor in load_registry():
        names = [re.escape(n) for n in (actor.name, *actor.aliases) if len(n) > 2]
        if actor.kind == "state_force":
            state += names
        elif actor.kind == "armed_group":
            nonstate += names
    return (
        re.compile(rf"\b(?:{'|'.join(state)})\b", re.I),
        re.compile(rf"\b(?:{'|'.join(nonstate)})\b", re.I),
    )


def actor_side(text: str, end: int) -> str | None:
    """'state' or 'nonstate': the kind of the armed actor named last before offset `end`, if any."""
    state, nonstate = _actor_patterns()
    s = [m.end() for m in state.finditer(text, 0, end)]
    n = [m.end() for m in nonstate.finditer(text, 0, end)]
    if not s and not n:
        return None
    return "state" if max(s, default=-1) > max(n, default=-1) else "nonstate"


def sides_named(text: str, begin: int = 0) -> list[str]:
    """'state' and/or 'nonstate': the kinds of armed actor named in `text` from offset `begin` on."""
    state, nonstate = _actor_patterns()
    return [
        side for side, pattern in (("state", state), ("nonstate", nonstate)) if pattern.search(text, begin)
    ]


def armed_on_armed(text: str, triggers: list[Trigger], start: int = 0) -> bool:
    """Whether an armed actor acts on another (ACLED's interaction logic makes that an "Armed clash", not an
    "Attack" on civilians): a state force or armed group named before an event word, and one named in the
    rest of its clause ("the army killed scores of militants", "fighters stormed a military camp").
    `start` is the text's offset in the article, as in the triggers' spans."""
    state, nonstate = _actor_patterns()
    for trigger in triggers:
        begin, end = trigger.span[0] - start, trigger.span[1] - start
        if actor_side(text, begin) is None:
            continue
        clause = _CLAUSE_END.split(text[end:], maxsplit=1)[0]
        if state.search(clause) or nonstate.search(clause):
            return True
    return False


def protest_type(text: str) -> str:
    """The Protests or Riots sub-type of a sentence about demonstrators or a crowd."""
    protest = bool(_PROTEST.search(text))
    if _MOB.search(text) and not protest:
        return "Mob violence"
    if _RIOT.search(text) or (protest and _CLASH.search(text)):
        return "Violent demonstration" if protest or not _MOB.search(text) else "Mob violence"
    if _FORCE.search(text):
        return "Excessive force against protesters"
    if _INTERVENTION.search(text):
        return "Protest with intervention"
    return "Peaceful protest"


def subject_side(text: str, end: int) -> str | None:
    """'state' or 'nonstate': the kind of the first armed actor of the clause that ends at offset `end` (its
    subject, in news English: "the army and allied militias took the town" is taken by the army)."""
    begin = max((m.end() for m in _CLAUSE_END.finditer(text, 0, end)), default=0)
    # a reported clause has a subject of its own: "a military spokesman said rebels took the town"; so has
    # one a conjunction opens, where a wire's lost commas no longer end the clause before it ("30 militants
    # killed as the army took the town")
    begin = max((m.end() for m in _REPORTED.finditer(text, begin, end)), default=begin)
    begin = max((m.end() for m in _SUBORDINATE.finditer(text, begin, end)), default=begin)
    state, nonstate = _actor_patterns()
    s, n = state.search(text, begin, end), nonstate.search(text, begin, end)
    if s is None and n is None:
        return None
    if s is None or n is None:
        return "state" if n is None else "nonstate"
    return "state" if s.start() < n.start() else "nonstate"


def territory_type(text: str, trigger: Trigger, violent: bool, start: int = 0) -> str:
    """Who took control of a place, and whether by fighting. `start` is the text's offset in the article.
    ACLED's codebook decides by who takes it: forces of a state regain territory, any other armed group
    overtakes it."""
    if not violent and _TRANSFER.search(text):
        return "Non-violent transfer of territory"
    side = subject_side(text, trigger.span[0] - start) or actor_side(text, trigger.span[0] - start)
    if side is None and _REGAIN.search(trigger.text):
        return "Government regains territory"
    if side is None:  # "X fell to the rebels": the actor comes after the verb
        side = actor_side(text, len(text))
    return "Government regains territory" if side == "state" else "Non-state actor overtakes territory"


# Words of the explosion rule that name a device someone made or set rather than the blast itself: a bomb or
# a dynamite charge is a weapon wherever it went off ("the train hit a dynamite charge").
_DEVICE = re.compile(r"bomb(?:s|ed|ings?)?|explosives|dynamit\w+", re.I)


def weak_harm(specific: list[Trigger]) -> bool:
    """Whether a sentence's typed event words name no weapon or act beyond an explosion, a blast and not a bomb
    or explosives someone set (or there are none): harm that nature or an accident may have done as well as an
    attacker."""
    return all(t.rank == _EXPLOSION_RANK and not _DEVICE.fullmatch(t.text) for t in specific)


def no_one_inflicted(text: str, specific: list[Trigger]) -> bool:
    """Whether a sentence's harm comes from nature, disease or an accident: a disaster word with no weapon
    word beyond an explosion ("a boiler exploded", "the quake killed 40")."""
    cue = _DISASTER.search(text) or _ACCIDENT.search(text)
    return bool(cue) and weak_harm(specific)


# What opens a clause about an earlier act: "a device was found and defused after explosions killed 200".
_EARLIER = re.compile(r"\b(?:after|following)\b", re.I)


def _own_clauses(text: str, trigger: Trigger, start: int) -> str:
    """The sentence up to a clause about an earlier act that follows the event word, if any."""
    after = _EARLIER.search(text, trigger.span[1] - start)
    return text[: after.start()] if after else text


def rule_type(text: str, triggers: list[Trigger], start: int = 0) -> str | None:
    """The ACLED sub-event type a sentence's event words make (None: no typed event word).
    `triggers` are `find_triggers(text, start)`."""
    specific = [t for t in triggers if t.sub_event_type]
    if not specific or no_one_inflicted(text, specific):
        return None
    best = min(specific, key=lambda t: t.rank)
    violent = best.rank <= _VIOLENT_RANK
    by_sub = {t.sub_event_type: t for t in sorted(specific, key=lambda t: t.rank, reverse=True)}
    # a change of control trumps the fighting that brought it, not the strikes and shelling told with it
    if TERRITORY in by_sub and best.rank > _EXPLOSION_RANK:
        return territory_type(text, by_sub[TERRITORY], violent, start)
    if "Disrupted weapons use" in by_sub and not _DISRUPTED_DONE.search(
        _own_clauses(text, by_sub["Disrupted weapons use"], start)
    ):
        return "Disrupted weapons use"
    crowd = {"Peaceful protest", "Violent demonstration", "Mob violence"} & by_sub.keys()
    if crowd or (_PROTEST.search(text) and best.sub_event_type in ("Arrests", "Attack", "Armed clash")):
        return protest_type(text)
    if "Sexual violence" in by_sub:
        return "Sexual violence"
    # a ceasefire or a deal is the event; the fighting it ends or follows is its background
    if "Agreement" in by_sub and {t.sub_event_type for t in specific if t.rank <= _VIOLENT_RANK} == {
        "Armed clash"
    }:
        return "Agreement"
    if violent:
        return best.sub_event_type
    if best.sub_event_type == LOOTING and (amid := looting_amid_violence(text, triggers, start)):
        return amid
    if CHANGE in by_sub and best.rank >= 11 and (harm := killing_of_members(text, triggers, start)):
        return harm
    for sub in ("Headquarters or base established", "Agreement", CHANGE):
        if sub in by_sub and best.rank >= 11:
            return sub
    return best.sub_event_type


_CUES = {
    "protest": _PROTEST,
    "riot": _RIOT,
    "mob": _MOB,
    "force": _FORCE,
    "intervention": _INTERVENTION,
    "transfer": _TRANSFER,
    "regain": _REGAIN,
    "done": _DISRUPTED_DONE,
    "disaster": _DISASTER,
    "accident": _ACCIDENT,
}


def cues(text: str) -> list[str]:
    """The names of the interaction cues a sentence holds (protest, riot, mob, force, ...)."""
    return [name for name, pattern in _CUES.items() if pattern.search(text)]
