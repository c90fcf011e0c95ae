"""The reporting-verb lexicon and the small tables that speaker attribution shares."""

from __future__ import annotations

from spacy.tokens import Token

# Reporting verbs of news attribution (lemmas), after the cue lists of attribution corpora (PARC, PolNeAR):
# verbs of saying, of stance and of publication. Multi-word cues ("called on", "according to") are below.
SPEECH_VERBS = frozenset(
    """
    accuse acknowledge add admit advise affirm agree allege announce answer argue assert assure
    blame boast brief caution charge cite claim comment complain concede conclude condemn confirm contend
    counter decide declare decry demand deny describe disclose dismiss dispute echo emphasise emphasize
    estimate explain express grumble highlight indicate inform insist instruct joke lament learn maintain
    mention note notify object observe order plead pledge point post predict proclaim promise propose
    protest publish question quip reaffirm recall reckon recount reiterate reject remark remind reply
    report respond reveal say scoff signal slam speak speculate state stress suggest swear tell testify
    think threaten tout tweet underline urge vow warn write yell shout whisper lash blast criticize
    criticise praise hail welcome deplore denounce rebuke reassure confide concur believe ask rule
    insist mock ridicule read exclaim retort bark chant interject snap muse sigh scream cry
    """.split()
)

# Reporting verbs of thought, not utterance: in "X said she thinks "..."" the words are X's report, and X
# (the speaker of the clause that holds the thought) is the quote's speaker.
THOUGHT_VERBS = frozenset({"think", "believe", "reckon"})

# Verbs that are cues only with a particle or preposition: "called on X to", "pointed out".
PHRASAL_CUES = {"call": ("on", "for"), "point": ("out",), "lash": ("out",), "spell": ("out",)}

# "reports surfaced that ...": the subject is the source and the verb the cue.
NEWS_NOUNS = frozenset({"report", "news", "word", "rumor", "rumour", "account"})
NEWS_VERBS = frozenset({"surface", "emerge", "circulate", "say", "suggest", "indicate", "show"})

# Nouns that carry what someone said ("said a statement released by X", "according to an estimate by X").
DOCUMENT_NOUNS = frozenset(
    {
        "statement",
        "report",
        "estimate",
        "communique",
        "release",
        "letter",
        "tweet",
        "post",
        "video",
        "interview",
    }
)

# Nouns that carry a person's own voice or words: "a recording said to be that of X", "an audio message
# attributed to X", "a video of X" all speak with X's words.
VOICE_NOUNS = frozenset(
    {"recording", "audio", "voice", "message", "tape", "footage", "clip", "broadcast", "speech", "note"}
)
# A person's institution speaks for them: "X's office said" is X, with the office as role.
OFFICE_NOUNS = frozenset({"office", "campaign", "camp", "team", "bureau", "cabinet"})
# Verbs that hand words to their owner: "attributed to X".
ASCRIBING_VERBS = frozenset({"attribute", "ascribe", "credit"})

# Verbs that name what someone said only around a quote: what he called "a con", described as "a disaster".
NAMING_VERBS = frozenset(
    {"call", "describe", "label", "dub", "term", "brand", "refer", "characterize", "characterise"}
)

# Nouns that carry someone's words, with the speaker as possessor or "by X": Trump's claim that "...".
SPEECH_NOUNS = frozenset(
    """
    claim statement remark comment warning promise pledge word description accusation assertion tweet
    call view argument allegation charge suggestion question answer message speech interview letter
    """.split()
)

# Role nouns: a definite "the envoy" resolves to the person who carries that role in the article.
ROLE_WORDS = frozenset(
    """
    minister president envoy director secretary spokesman spokeswoman spokesperson official chief head
    leader commander general ambassador governor mayor senator representative congressman congresswoman
    chairman chairwoman chair adviser advisor premier chancellor judge officer colonel lieutenant captain
    sheikh king queen prince emir nominee candidate speaker deputy coordinator negotiator prosecutor attorney
    analyst aide manager founder executive ceo administrator inspector monitor mediator representative
    governor-general lawmaker legislator diplomat expert researcher professor doctor activist campaigner
    """.split()
)

# Person titles that give the gender of the name they precede.
GENDER_TITLES = {
    "mr": "male",
    "mr.": "male",
    "mrs": "female",
    "mrs.": "female",
    "ms": "female",
    "ms.": "female",
}

PRONOUN_GENDER = {
    "he": "male",
    "him": "male",
    "his": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
}
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it"})

# Common abbreviations of organisations in role phrases ("the top UN official").
ABBREVIATIONS = {
    "UN": "United Nations",
    "U.N.": "United Nations",
    "EU": "European Union",
    "E.U.": "European Union",
    "NATO": "NATO",
    "WHO": "World Health Organization",
    "ICRC": "International Committee of the Red Cross",
    "UNICEF": "UNICEF",
    "UNHCR": "UNHCR",
    "AU": "African Union",
    "OSCE": "OSCE",
}

# Descriptions that always name one body ("the global body said").
BODY_DESCRIPTIONS = {
    "global body": "United Nations",
    "world body": "United Nations",
    "world organization": "United Nations",
    "world organisation": "United Nations",
    "un body": "United Nations",
}

# Head nouns of a description that stands for the last organisation named ("the human rights group").
GROUP_NOUNS = frozenset(
    {"group", "organisation", "organization", "charity", "watchdog", "ngo", "agency", "body"}
)
MEDIA_NOUNS = frozenset(
    {"newspaper", "paper", "outlet", "daily", "network", "broadcaster", "channel", "magazine"}
)
MEDIA_WORDS = frozenset(
    {
        "post",
        "times",
        "news",
        "journal",
        "herald",
        "tribune",
        "press",
        "tv",
        "cnn",
        "bbc",
        "reuters",
        "gazette",
    }
)
STATE_WORDS = frozenset({"ministry", "army", "military", "government", "forces", "police", "department"})


def is_speech_verb(token: Token) -> bool:
    """A token that reports speech: a reporting verb, or a phrasal cue with its particle."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VBG", "VB"):
        return False
    lemma = token.lemma_.lower()
    if lemma in SPEECH_VERBS:
        return True
    particles = PHRASAL_CUES.get(lemma)
    if particles:
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return nxt is not None and nxt.lower_ in particles
    if lemma == "put":  # "as one resident put it"
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
    if lemma in NEWS_VERBS:
        return any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in NEWS_NOUNS for c in token.children
        )
    return False


def cue_end(token: Token) -> int:
    """End character of the cue that starts at `token` (the particle of "called on" included)."""
    lemma = token.lemma_.lower()
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is not None and lemma in PHRASAL_CUES and nxt.lower_ in PHRASAL_CUES[lemma]:
        return nxt.idx + len(nxt.text)
    return token.idx + len(token.text)
