"""Word lists for casualty claims: harm predicates, victim nouns, and nouns that are never victims."""

from __future__ import annotations

from harmwatch.records import ClaimKind


def _kinds(table: dict[ClaimKind, str]) -> dict[tuple[str, ...], ClaimKind]:
    out: dict[tuple[str, ...], ClaimKind] = {}
    for kind, phrases in table.items():
        for phrase in phrases.split(";"):
            out[tuple(phrase.split())] = kind
    return out


# Harm predicates that follow the count: "12 people have been killed", "scores wounded".
AFTER = _kinds(
    {
        "killed_or_injured": "killed or wounded;killed or injured;killed and wounded;killed and injured;"
        "dead or wounded;dead or injured;dead and wounded;dead and injured;casualties",
        "killed": "killed;dead;died;die;dies;slain;murdered;massacred;executed;perished;martyred;assassinated;"
        "crucified;hanged;martyrs;fallen victim;fell victim;shot dead;shot to death;gunned down;mowed down;beheaded;burned to death;lost their lives;lost his life;lost her life;"
        "drowned;burned alive;burnt alive;buried alive;put to death;met their deaths;met their death;"
        "succumbed to their wounds;succumbed to their injuries;succumbed to wounds;succumbed to injuries;"
        "deaths;fatalities;bodies;corpses;dead bodies;death toll",
        "injured": "wounded;injured;hurt;maimed;injuries;wounds;sustained injuries;sustained wounds;suffered injuries;"
        "suffered wounds;sustained serious injuries;suffered serious injuries;sustained minor injuries;"
        "hospitalized;hospitalised",
        "missing": "missing;disappeared;unaccounted for",
        "abducted": "abducted;kidnapped;taken hostage;hostages",
        "detained": "detained;arrested;captured;taken prisoner;jailed;imprisoned;detainees",
        "displaced": "displaced;fled their homes;fled;forced to flee;forced from their homes;left homeless;"
        "homeless;uprooted",
    }
)
# Verbs that leave their object in a state told after it: "left 20 people wounded", "left him dead".
LEAVING = frozenset("left leaving leaves leave".split())
# Who a toll counts named without a predicate of harm: "the number of victims" is the number of the dead, as a
# toll tells it.
TOLL_VICTIMS: dict[str, ClaimKind] = {"victims": "killed"}
# The verbs that count those harmed, with them as subject: "the dead number 23", "those killed total 56".
NUMBER_VERBS = frozenset("number numbered numbers total totalled totaled totals".split())


def names_harmed(word: str) -> bool:
    """Whether one word names those harmed: a one-word predicate after a count ("killed", "dead") or a toll's
    victims ("victims")."""
    return (word,) in AFTER or word in TOLL_VICTIMS


# Harm words that precede the count: "killing 12", "death toll rose to 45", "claimed the lives of 1,000".
BEFORE = _kinds(
    {
        "killed_or_injured": "death and injury of;deaths and injuries of;killed or wounded;killed and wounded;"
        "killing and wounding;killing or wounding;casualties",
        "killed": "killed;killing;killings;kill;kills;murder;murders;assassination;assassinations;assassinated;"
        "assassinating;massacre;execution;executions;martyrdom;toll;claiming;claimed;claims;claim;leaving dead;lives;deaths;death;bodies;corpses;executed;executing;"
        "massacred;slaughtered;murdered;murdering;beheading;beheadings;beheaded;execute;executes;slaughter;"
        "slaughters;behead;beheads;crucified;crucifies;crucifying;crucify;"
        "eliminated;eliminating;eliminates;eliminate;neutralized;neutralised;neutralizing;destroyed;destroying;"
        "gunned down;mowed down;shot dead;shooting dead;shoots dead;lost;losing;loses",
        "injured": "wound;wounded;wounding;injure;injured;injuring;injures;wounds;injury;injuries;maim;maimed;maiming;maims;"
        "hurt;hurts;hurting",
        "abducted": "kidnapped;kidnapping;abducted;abducting;kidnaps;abducts",
        "detained": "arrested;arresting;detained;detaining;arrests;detains;captured",
        "displaced": "displaced;displacing;displaces",
    }
)
# Military euphemisms for killing: a count only of people ("eliminated 75 militants", not "destroyed 5 tanks").
EUPHEMISMS = frozenset(
    "eliminated eliminating eliminates eliminate neutralized neutralised neutralizing destroyed destroying".split()
)
# Past forms that are also active verbs: "5,000 troops killed 20 people" is not a count of 5,000 killed.
ACTIVE = frozenset(
    "killed wounded injured kidnapped abducted arrested detained displaced captured executed massacred "
    "murdered hurt slain maimed".split()
)
# Adverbs of degree or manner before a harm participle: "seriously wounded", "brutally murdered"; with the
# intensifiers that grade them in turn ("somewhat seriously wounded", "very badly hurt").
DEGREES = frozenset(
    "slightly seriously severely critically badly gravely fatally mortally lightly moderately grievously "
    "brutally savagely summarily "
    "mercilessly cruelly "
    "very somewhat quite rather extremely".split()
)
# Nouns of harm whose `of` object is the victim: "the murder of the archbishop", "the death of five farmers".
HARM_NOUNS: dict[str, ClaimKind] = {
    **dict.fromkeys("death murder assassination killing execution martyrdom".split(), "killed"),
    **dict.fromkeys("wounding injuring injury maiming".split(), "injured"),
    **dict.fromkeys("kidnapping abduction".split(), "abducted"),
    **dict.fromkeys("arrest detention".split(), "detained"),
}
# Nouns of the agents of harm, whose `of` object is the victim too: "the killers of the three judges".
HARM_AGENTS: dict[str, ClaimKind] = {
    **dict.fromkeys("killer murderer assassin".split(), "killed"),
    **dict.fromkeys("kidnapper abductor".split(), "abducted"),
}
# Phrases that name a part of the count before them: "14 villagers, including six children", "among them".
INCLUDES: tuple[tuple[str, ...], ...] = (
    ("including",),
    ("among", "them"),
    ("among", "whom"),
    ("of", "whom"),
    ("of", "them"),
    ("most", "of", "them"),
)
# Verbs of reporting or counting whose complement "as" may open the predicate of those harmed: "three people were
# reported as wounded", "two guards are listed as missing", as "were reported killed" tells it without "as".
REPORTED_AS = frozenset("reported confirmed listed registered counted recorded documented described".split())
# Linking verbs whose complement is the state of those harmed, as "were" is: "12 persons resulted wounded" (the
# Spanish "resultaron heridos" in translation), "four people remain missing".
LINKING = frozenset("resulted remain remains remained".split())
# Relative pronouns that stand for those harmed before them: "the injured, who number 10".
RELATIVE_PRONOUNS = frozenset({"who", "which"})
# "get" is a passive auxiliary too: "five people got injured", "two guards have gotten killed".
GET_PASSIVE = frozenset("get gets got gotten getting".split())
# Words between the count (or its noun) and a following predicate; the passive verbs of saying and believing
# that raise a subject ("are said / estimated / understood / presumed to have been killed") are one class.
AUX = (
    frozenset(
        "have has had been be were was is are being who that reportedly also all so far already now allegedly "
        "said believed feared confirmed thought reported known to later among the of them whom either both "
        "estimated understood presumed assumed alleged likely "
        "were later since subsequently apparently initially recorded documented found left those".split()
    )
    | DEGREES
    | LINKING
    | GET_PASSIVE
)
# Modal verbs: before a perfect they state an estimate of what happened ("up to 90 people may have been killed"),
# so they join the auxiliaries there; before a bare verb they tell what might happen ("could die"), no harm.
MODALS = frozenset("may might could must would".split())
# Words allowed between a preceding harm word and the count, with the focus adverbs that may stand before a
# count ("injuring only two people", "killing just three").
FILLER = frozenset(
    "the a an of to at has have had rose risen climbed reached hit stood stands stand is was now increased "
    "jumped up putting put bringing brought raising raised reportedly another further additional least "
    "more than other others some around about nearly almost over claimed claiming cost costing all "
    "only just".split()
)
VICTIM_TYPES = {
    "civilians": "civilian civilians resident residents villager villagers inhabitant inhabitants peasant "
    "peasants passerby passersby passers worshipper worshippers worshiper worshipers pedestrian pedestrians "
    "shopper shoppers refugees refugee",
    "children": "child children kid kids boy boys girl girls infant infants baby babies minor minors "
    "toddler toddlers",
    "women": "woman women",
    "fighters": "fighter fighters militant militants rebel rebels insurgent insurgents terrorist terrorists "
    "jihadist jihadists gunman gunmen guerrilla guerrillas guerillas subversive subversives extremist "
    "extremists combatant combatants militiaman militiamen militia militias attacker attackers bomber "
    "bombers mercenaries mercenary",
    "soldiers": "soldier soldiers troop troops serviceman servicemen trooper troopers marine marines "
    "personnel conscript conscripts",
    "police": "police policeman policemen policewoman cop cops gendarmes",
    "people": "people persons person individuals individual others other ones",
}
VICTIM_TYPE = {w: t for t, ws in VICTIM_TYPES.items() for w in ws.split()}
# Verbs of losing: the men a force loses are its dead ("the army lost 200 soldiers"), a count only of armed men
# (`ARMED`), not "lost 3,000 residents" who fled, nor "lost two tanks".
LOSING = frozenset("lost losing loses".split())
ARMED = frozenset(w for w, t in VICTIM_TYPE.items() if t in ("soldiers", "fighters", "police")) | frozenset(
    "men officers guards bodyguards commanders".split()
)
# Person nouns of type "other": kept in `includes`. "father" is left out: in upper-case text it is mostly a priest's
# title before his name ("FATHER JUAN PEREZ"), which the lists of named victims read as a name word; after an
# article it is a parent (`ARTICLE_PERSONS`).
OTHER_PERSONS = frozenset(
    "paramedic paramedics journalist journalists worker workers doctor doctors nurse nurses member members "
    "student students teacher teachers pilgrim pilgrims relative relatives family families officer officers "
    "official officials guard guards agent agents prisoner prisoners detainee detainees employee employees "
    "staff volunteer volunteers farmer farmers fisherman fishermen protester protesters protestors "
    "demonstrator demonstrators man men youth youths teenager teenagers adult adults citizen citizens "
    "national nationals soldier's victims victim casualties leader leaders commander commanders priest "
    "priests mayor judge judges businessman businessmen driver drivers passenger passengers patient "
    "patients rescuer rescuers firefighter firefighters policemen bodyguard bodyguards wife husband son "
    "daughter brother sister mother sons daughters brothers sisters mothers fathers wives husbands pilot "
    "pilots parent parents sibling siblings cousin cousins uncle uncles aunt aunts nephew nephews niece "
    "nieces grandson grandsons granddaughter granddaughters grandchild grandchildren grandfather grandfathers "
    "grandmother grandmothers grandparents shepherd shepherds herder herders".split()
)
# Nouns of a person only after an article, titles before a name: "a father and his three children" are four,
# "Father Juan Perez" is one man named.
ARTICLE_PERSONS = frozenset({"father"})
# Nouns after a number that make it a count of something other than people.
NON_PERSON = frozenset(
    "year years month months week weeks day days hour hours minute minutes second seconds old km kilometres "
    "kilometers kilometre kilometer mile miles meter meters metre metres feet foot yards percent per cent % "
    "dollars dollar usd euros pounds lira liras pesos colones cents am pm gmt o'clock building buildings "
    "house houses home homes neighborhood neighborhoods neighbourhood neighbourhoods village villages town "
    "towns city cities district districts province provinces area areas region regions vehicle vehicles car "
    "cars truck trucks bus buses tank tanks attack attacks strike strikes airstrike airstrikes raid raids "
    "bomb bombs explosion explosions blast blasts rocket rockets shell shells missile missiles mortar mortars "
    "round rounds shot shots bullet bullets times time school schools hospital hospitals site sites point "
    "points incident incidents part parts floor floors vote votes seat seats ton tons tonnes hectares acres "
    "unit units carrier carriers station stations aircraft plane planes jet jets helicopter helicopters position positions checkpoint "
    "checkpoints base bases barrel barrels operation operations clash clashes battle battles front fronts "
    "largest biggest case cases article articles resolution resolutions point kg kilograms grams degrees "
    "dead-end fronts mosque mosques church churches bridge bridges shop shops office offices street streets "
    "road roads camp camps boat boats ship ships page pages hundredth st nd rd th million billion".split()
) | frozenset(
    # animals: "a shepherd and his 40 sheep died" counts no people
    "animal animals sheep goat goats cow cows cattle horse horses donkey donkeys mule mules camel camels dog dogs "
    "chicken chickens poultry livestock".split()
)
MONTHS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec".split()
)
# Words a count noun phrase may hold before its head: "six Syrian soldiers", "scores of civilians".
NOUN_STOP = frozenset(
    "and or in on at by from with after during when while as but that which who whom were was are is have "
    "has had been be will would could may might said says say according since before near inside outside "
    "into across against under over for to than including among due because mostly mainly most many some".split()
)

# Verbs of receiving a wound and the nouns of wounds: "suffered serious injuries", "received three bullet wounds",
# "have gunshot wounds": the one who receives them is hurt.
RECEIVING = frozenset(
    "suffered suffering suffers suffer sustained sustaining sustains sustain received receiving receives receive "
    "had has have having".split()
)
WOUND_NOUNS = frozenset(
    "wound wounds injury injuries burns fracture fractures bruises lacerations concussion cuts".split()
)
# Nouns of wounds that also name a loss ("pay cuts"): a wound only with no modifier ("suffered cuts and bruises").
_BARE_WOUNDS = frozenset({"cuts"})
# Words before a participle that make it passive: "was killed yesterday" has no object, "were shot" is a blow.
PASSIVE_AUX = frozenset("was were is are be been being".split()) | GET_PASSIVE
# Kinds that name a status held rather than a harm done: "executed 15 detainees", "abducted six engineers and
# later killed them" tell killings of people who were held.
STATUS_KINDS: frozenset[ClaimKind] = frozenset({"detained", "abducted"})
# Words that end the modifiers of a wound or deny it: "suffered no injuries", "fatal wounds" tell no one hurt.
_NOT_MODIFIERS = NOUN_STOP | frozenset("no any fatal mortal without".split())
# Adverbs that spread the modifiers over those wounded and may stand before them: "suffered mostly minor injuries".
_SPREADING = frozenset("mostly mainly largely".split())


def wound_received(texts: list[str]) -> int:
    """How many of `texts` (lower-cased words, the first a verb of receiving) tell a wound received: the verb, at
    most three modifiers and a noun of wounds ("suffered" "serious" "injuries", "received" "three" "bullet"
    "wounds"), else 0."""
    if not texts or texts[0] not in RECEIVING:
        return 0
    for k in range(1, min(len(texts), 5)):
        if texts[k] in WOUND_NOUNS and (k == 1 or texts[k] not in _BARE_WOUNDS):
            return k + 1
        if texts[k] in _NOT_MODIFIERS and texts[k] not in _SPREADING:
            return 0
    return 0
