"""Speakers on hard sentences (issue 10, point 2), one shape each, on sentences written for these tests."""

from __future__ import annotations

import pytest

from harmwatch.config import Settings
from harmwatch.extract.quotes.direct import extract_quotes
from harmwatch.extract.quotes.marks import MARKS
from harmwatch.extract.quotes.people import find_people
from harmwatch.extract.quotes.speech import extract_statements
from harmwatch.ingest.text import make_article
from harmwatch.nlp import Parsed, parse
from harmwatch.records import Quote, Statement

# The first paragraph after a headline without a full stop parses poorly; every text starts after this one.
LEAD = "Headline of the story\n\nThe news came late on Friday.\n\n"


@pytest.fixture(scope="module")
def read(nlp):
    def run(text: str) -> tuple[Parsed, list[Quote], list[Statement]]:
        parsed = parse(make_article(LEAD + text, Settings()), nlp)
        people = find_people(parsed)
        quotes = extract_quotes(parsed, people)
        return parsed, quotes, extract_statements(parsed, people, quotes)

    return run


def _quote(quotes: list[Quote], start: str) -> Quote:
    return next(q for q in quotes if q.text.startswith(start))


def _mention(parsed: Parsed, q: Quote) -> str:
    assert q.speaker is not None and q.speaker.span is not None
    return parsed.text[q.speaker.span[0] : q.speaker.span[1]]


# ---- a description that contains the name ----------------------------------------------------------------
DESCRIPTIONS = [
    pytest.param(
        '"Nobody will take this valley from us," said a recording said to be that of Tariq Hamdi, '
        "the commander of the northern brigades.",
        "Nobody will take",
        "Tariq Hamdi",
        "commander of the northern brigades",
        "a recording said to be that of Tariq Hamdi, the commander of the northern brigades",
        id="recording_said_to_be_that_of_a_person",
    ),
    pytest.param(
        "The talks resumed in the capital. "
        '"The ceasefire must hold," Prime Minister Selim Barzani\'s office said in a statement.',
        "The ceasefire must hold",
        "Selim Barzani",
        "office",
        "Prime Minister Selim Barzani's office",
        id="a_persons_office_with_the_office_as_role",
    ),
    pytest.param(
        'The Kremlin\'s press office said in a statement: "No decision has been taken."',
        "No decision",
        "Kremlin",
        "press office",
        "The Kremlin's press office",
        id="an_organisations_press_office",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker", "role", "mention"), DESCRIPTIONS)
def test_speaker_named_inside_a_description(read, text, start, speaker, role, mention):
    parsed, quotes, _ = read(text)
    q = _quote(quotes, start)
    assert q.speaker is not None and (q.speaker.name, q.speaker.role) == (speaker, role)
    assert _mention(parsed, q) == mention


# ---- the same speaker after narration ----------------------------------------------------------------------
NARRATION = (
    "Relief agencies have struggled to reach the district since the only bridge was destroyed, and the roads "
    "that remain are mined in several places.\n\n"
)


@pytest.mark.parametrize(
    ("text", "start", "not_speaker"),
    [
        pytest.param(
            '"The shelling stopped at noon," said Idris Mahmoud, a local commander.\n\n'
            "The Red Crescent asked donors for more money on Tuesday.\n\n"
            '"It went on until the evening."',
            "It went on",
            "Red Crescent",
            id="quote_after_narration_about_an_organisation",
        ),
        pytest.param(
            'Leila Mansour spoke to the families. The rules forbid anyone from saying "the camp is a prison."',
            "the camp is a prison",
            "rules",
            id="a_gerund_after_from_does_not_speak_with_the_subject",
        ),
        pytest.param(
            'Karim Nasser met the mayor on Monday. "We will not move" is all the farmers told him, and the '
            "mayor said he understood.",
            "We will not move",
            "mayor",
            id="a_later_clause_with_a_reporting_verb_is_not_the_cue",
        ),
        pytest.param(
            'Karim Nasser toured the camp. "The wells are dry," Omar Haddad repaired the pump.',
            "The wells are dry",
            "Omar Haddad",
            id="a_verb_with_an_object_after_the_words_does_not_report_them",
        ),
    ],
)
def test_quote_is_not_given_to_the_wrong_phrase(read, text, start, not_speaker):
    _, quotes, _ = read(text)
    q = _quote(quotes, start)
    assert q.speaker is None or q.speaker.name != not_speaker


# ---- never a place or a perpetrator --------------------------------------------------------------------------
def test_officials_not_the_gunmen_are_the_source(read):
    _, quotes, statements = read(
        "Gunmen killed 14 villagers near the border on Sunday, officials said. "
        '"They came at night and burned the houses," a police officer said.'
    )
    source = next(s.source for s in statements if s.content.text.startswith("Gunmen killed"))
    assert source.name == "officials"
    q = _quote(quotes, "They came at night")
    assert q.speaker is not None and "gunmen" not in (q.speaker.name or "").lower()
    assert q.speaker.role == "police officer"


def test_clause_after_the_quote_is_not_its_cue(read):
    _, quotes, _ = read(
        'Most residents called the deal "a surrender dressed up as peace," while the army said the town was safe.'
    )
    q = _quote(quotes, "a surrender dressed")
    assert q.speaker is not None and (q.speaker.name or "").endswith("residents")


# ---- spans ---------------------------------------------------------------------------------------------------
SPAN_TEXTS = [
    '"We will rebuild," said Mayor Dalia Haddad. "The money is there."',
    '"Nobody came," a farmer said. "Not the army, not the aid groups."',
    '"They came at night," said a police officer in Kandahar, where gunmen killed 14 villagers.',
    'The spokesman, Rami Aziz, praised the rescuers and said: "They worked for three days without sleep."',
    'The shelling was, as one resident put it, "a rain of fire that never ended."',
]


@pytest.mark.parametrize(
    "text",
    SPAN_TEXTS,
    ids=[
        "cue_and_name_then_more",
        "cue_and_role_then_more",
        "role_in_a_place_where",
        "appositive_name_then_colon",
        "as_one_put_it",
    ],
)
def test_speaker_spans_stay_in_one_sentence_and_cross_no_mark(read, text):
    parsed, quotes, _ = read(text)
    assert quotes
    for q in quotes:
        if q.speaker is None or q.speaker.span is None:
            continue
        start, end = q.speaker.span
        assert not any(c in MARKS for c in parsed.text[start:end])
        first = parsed.doc.char_span(start, end, alignment_mode="expand")
        assert first is not None and first[0].sent == first[-1].sent


@pytest.mark.parametrize(
    ("text", "start", "mention"),
    [
        pytest.param(
            SPAN_TEXTS[3], "They worked", "The spokesman, Rami Aziz", id="subject_span_ends_at_its_own_verb"
        ),
        pytest.param(
            "Senator Ana Ruiz called on the government to act against the smuggling networks, a trade the "
            'Basque senator said is designed to "keep the border open for weapons."',
            "keep the border",
            "the Basque senator",
            id="relative_clause_keeps_its_own_cue",
        ),
        # no cue next to the marks: the one person the paragraph names speaks, and the mention is the
        # whole phrase that names them, apposition or relative clause included
        pytest.param(
            '"The pumps will run again by spring" unless the river floods first, said Omar Haddad, an '
            "engineer with the regional water board.",
            "The pumps will run",
            "Omar Haddad, an engineer with the regional water board",
            id="one_person_of_the_paragraph_with_an_apposition",
        ),
        pytest.param(
            '"Every family on this street has lost someone," Leila Mansour, a nurse who has worked at the '
            "clinic for ten years, tells visitors in an interview.",
            "Every family",
            "Leila Mansour, a nurse who has worked at the clinic for ten years",
            id="one_person_of_the_paragraph_with_a_relative_clause",
        ),
        # a thought under a reporting verb is the reporter's words: the reporting verb's subject, not the
        # pronoun, names the speaker
        pytest.param(
            "Karim Nasser spoke first. Nadia Farouk, the director of the clinic, said she thinks the ministry "
            'is "running out of time."',
            "running out",
            "Nadia Farouk, the director of the clinic",
            id="said_she_thinks",
        ),
        pytest.param(
            "Karim Nasser spoke first. The health minister told reporters that he believes the deal "
            '"will hold until spring."',
            "will hold",
            "The health minister",
            id="told_reporters_he_believes",
        ),
    ],
)
def test_speaker_mention_is_the_words_that_name_them(read, text, start, mention):
    parsed, quotes, _ = read(text)
    assert _mention(parsed, _quote(quotes, start)) == mention


# ---- the parse names the speaker ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ('Gunmen stormed what remained of the "safe zone for families" before dawn on Sunday.', "safe zone"),
        ('Turkey backed the "Free Syrian Army" rebels in the north during the offensive.', "Free Syrian"),
    ],
    ids=["unnamed_subject", "a_name_in_marks"],
)
def test_partial_quote_that_nobody_said_gets_no_speaker(read, text, start):
    _, quotes, _ = read(text)
    q = _quote(quotes, start)
    assert q.speaker is None or not q.speaker.name


def test_name_before_the_colon_beats_a_pronoun_after_the_quote(read):
    parsed, quotes, _ = read(
        'Senator Rosa Delgado questioned the general: "Where did the fuel go?" she asked. "Nobody can say."'
    )
    q = _quote(quotes, "Where did the fuel go")
    assert q.speaker is not None and q.speaker.name == "Rosa Delgado"
    assert _mention(parsed, q).endswith("Rosa Delgado")


def test_object_pronoun_gives_no_gender_to_the_subject(nlp):
    parsed = parse(make_article(LEAD + "Senator Rosa Delgado scolded him in public.", Settings()), nlp)
    person = next(p for p in find_people(parsed) if p.name == "Rosa Delgado")
    assert person.gender != "male"


# ---- shapes where only the speaker's name is checked -----------------------------------------------------
# quotes signed with a dash; the second paragraph opens with a closing curly mark, as scraped text sometimes does
SIGNED = (
    "Readers sent us their views on the ceasefire.\n\n"
    "\u201cNobody here believes it will hold past the winter.\u201d \u2015 Lina Sabbagh\n\n"
    "\u201dWe buried two cousins last month and nobody has been held to account.\u201d \u2015 Karim Tarawneh"
)
SHAPES = [
    # never a place or a perpetrator: a place and a perpetrator after the cue are not the speaker
    pytest.param(
        '"They came at night," said a police officer in Kandahar, where gunmen killed 14 villagers on Sunday.',
        "They came at night",
        "police officer in Kandahar",
        None,
        None,
        id="place_and_perpetrator_after_the_cue",
    ),
    pytest.param(
        'In Mosul, the governor told reporters: "The bridge will reopen next month."',
        "The bridge will reopen",
        "governor",
        None,
        None,
        id="place_before_the_speaker",
    ),
    pytest.param(SPAN_TEXTS[4], "a rain of fire", "one resident", None, None, id="as_someone_put_it"),
    pytest.param(
        'An audio message attributed to Tariq Hamdi said: "Our fighters are ready."',
        "Our fighters",
        "Tariq Hamdi",
        None,
        None,
        id="message_attributed_to_a_person",
    ),
    pytest.param(
        "A recording said to be that of Tariq Hamdi appeared online on Thursday. "
        '"We will not leave the valley," the voice on the recording said.',
        "We will not leave",
        "Tariq Hamdi",
        None,
        None,
        id="the_recording_later_refers_back_to_its_owner",
    ),
    pytest.param(
        '"The shelling stopped at noon," said Idris Mahmoud, a local commander. '
        "Amal Younes, a nurse at the clinic, disagreed with that account. "
        '"It went on until the evening."',
        "It went on",
        "Amal Younes",
        None,
        None,
        id="quote_after_a_narrating_sentence_takes_its_subject",
    ),
    pytest.param(
        'The vote was postponed again. Said Farid Qasimi: "Nobody in this city trusts the count."',
        "Nobody in this city",
        "Farid Qasimi",
        None,
        None,
        id="inverted_cue_before_a_colon",
    ),
    pytest.param(
        'In a statement, Governor Leila Hamdan said: "Our teams reached the town at dawn," adding that two '
        "volunteers were wounded.",
        "Our teams",
        "Leila Hamdan",
        None,
        None,
        id="adding_takes_the_subject_of_its_clause",
    ),
    pytest.param(
        'Judge Selma Okafor likened the new checkpoints to "a wall around the whole district."',
        "a wall around",
        "Selma Okafor",
        None,
        None,
        id="partial_quote_takes_the_named_subject_of_its_clause",
    ),
    pytest.param(
        'Over the past year, Minister Omar Saleh said, most farmers have come to believe "that the dam will '
        'never be finished."',
        "that the dam",
        "Omar Saleh",
        None,
        None,
        id="reporting_aside_over_the_clause",
    ),
    pytest.param(
        "Mayor Dalia Haddad dismissed the criticism, saying anyone who complains about the water "
        '"has not seen the villages upstream."',
        "has not seen",
        "Dalia Haddad",
        None,
        None,
        id="verb_of_a_relative_clause_before_the_quote_is_no_cue",
    ),
    pytest.param(
        SIGNED,
        "Nobody here believes",
        "Lina Sabbagh",
        None,
        None,
        id="quote_signed_with_a_dash",
    ),
    pytest.param(
        SIGNED,
        "We buried two",
        "Karim Tarawneh",
        None,
        None,
        id="closing_mark_that_opens_a_paragraph",
    ),
    pytest.param(
        'Colonel Idris Mahmoud toured the front on Monday. "Our lines are holding," Mahmoud said.\n\n'
        + NARRATION
        + '"We expect the road to open within a week," he said.',
        "We expect the road",
        "Idris Mahmoud",
        "pronoun",
        "said",
        id="pronoun_after_a_paragraph_of_narration",
    ),
    pytest.param(
        'Colonel Idris Mahmoud toured the front on Monday. "Our lines are holding," Mahmoud said.\n\n'
        + NARRATION
        + '"We need engineers more than we need soldiers."',
        "We need engineers",
        "Idris Mahmoud",
        "continuation",
        None,
        id="quote_paragraph_after_narration_continues_the_last_speaker",
    ),
    pytest.param(
        "Health Minister Nadia Farouk visited the hospital in the morning.\n\n"
        + NARRATION
        + 'The minister added: "Fuel and medicine will arrive within two days."',
        "Fuel and medicine",
        "Nadia Farouk",
        "title",
        "added",
        id="role_noun_and_colon_across_paragraphs",
    ),
    pytest.param(
        "Mayor Dalia Haddad thanked the volunteers and said the city has what it needs: "
        '"Water, bread and patience."',
        "Water, bread",
        "Dalia Haddad",
        None,
        "said",
        id="colon_clause_prefers_its_reporting_verb",
    ),
    pytest.param(
        "The army chief, General Karim Aswad, was quoted by state media as saying: "
        '"The operation will go on until the last village is retaken."',
        "The operation will go on",
        "Karim Aswad",
        None,
        "saying",
        id="quoted_as_saying",
    ),
    # a quote inside the quote ends it: the cue after the marks is still the quote's, not the narrator's
    pytest.param(
        "Karim Nasser met the mayor on Monday. "
        "\"They told us to call it 'a temporary measure,' \" said Omar Haddad, a farmer from the valley.",
        "They told us",
        "Omar Haddad",
        "explicit",
        "said",
        id="quote_inside_a_quote_then_the_cue_straight_marks",
    ),
    pytest.param(
        "Karim Nasser met the mayor on Monday. "
        "“They told us to call it ‘a temporary measure,’ ” Omar Haddad, a farmer from the valley, said.",
        "They told us",
        "Omar Haddad",
        "explicit",
        "said",
        id="quote_inside_a_quote_then_the_cue_curly_marks",
    ),
    # the sentence goes on past the marks and ends with its reporting clause: that clause is the cue
    pytest.param(
        "Karim Nasser met the mayor on Monday. "
        '"The bridge will not open this year" unless money arrives, said Omar Haddad, a farmer.',
        "The bridge will not",
        "Omar Haddad",
        "explicit",
        "said",
        id="sentence_goes_on_past_the_marks_to_an_inverted_cue",
    ),
    pytest.param(
        "Karim Nasser met the mayor on Monday. "
        '"The bridge is a disgrace" to everyone in the valley, Omar Haddad wrote in a letter.',
        "The bridge is",
        "Omar Haddad",
        "explicit",
        "wrote",
        id="sentence_goes_on_past_the_marks_to_a_subject_and_cue",
    ),
    # a gerund after a preposition of manner or time speaks with its verb's subject
    pytest.param(
        'Leila Mansour spoke to the families. Rana Aziz continued by saying, "The shelters are full."',
        "The shelters are full",
        "Rana Aziz",
        "explicit",
        "saying",
        id="verb_by_saying",
    ),
    pytest.param(
        "Leila Mansour spoke to the families. Rana Aziz calmed the room by interjecting, "
        '"Nobody is leaving tonight."',
        "Nobody is leaving",
        "Rana Aziz",
        "explicit",
        "interjecting",
        id="verb_and_object_by_interjecting",
    ),
    # a cue that opens the next quote is not the cue of a quote that ended its sentence before it
    pytest.param(
        'Karim Nasser replied: "No, I meant the governor." A surprised Omar Haddad quipped, '
        '"Then we agree on nothing."',
        "No, I meant",
        "Karim Nasser",
        "explicit",
        "replied",
        id="next_quotes_cue_after_a_colon_quote",
    ),
    pytest.param(
        'Leila Mansour answers Omar Haddad with, "Why now? We asked in May." Haddad then writes back, '
        '"Because the money came."',
        "Why now?",
        "Leila Mansour",
        "explicit",
        "answers",
        id="next_quotes_cue_after_an_exchange",
    ),
    # a quote that ends its sentence keeps the cue before it over a reporting verb in the next sentence
    pytest.param(
        'Leila Mansour spoke first. Karim Nasser, angry, answered: "What difference does it make now?" '
        "His critics cited it as proof of his contempt.",
        "What difference",
        "Karim Nasser",
        "explicit",
        "answered",
        id="colon_quote_then_a_reporting_verb_in_the_next_sentence",
    ),
    pytest.param(
        'Leila Mansour spoke first. Karim Nasser told the council: "The wells are dry." '
        "Omar Haddad disputed that figure.",
        "The wells are dry",
        "Karim Nasser",
        "explicit",
        "told",
        id="told_then_a_name_disputing_in_the_next_sentence",
    ),
    # a subject and a verb with nothing in the object's place, right after the words, report them
    pytest.param(
        'Omar Haddad spoke to the crowd for an hour. "Will the road be rebuilt before the rains?" '
        "Leila Mansour pressed.",
        "Will the road",
        "Leila Mansour",
        "explicit",
        "pressed",
        id="subject_and_verb_outside_the_lexicon_after_a_question",
    ),
    pytest.param(
        'Karim Nasser spoke of the harvest. "The valley will never be sold," an angry Omar Haddad retorted.',
        "The valley will never",
        "Omar Haddad",
        "explicit",
        "retorted",
        id="subject_and_verb_outside_the_lexicon_after_a_comma",
    ),
    pytest.param(
        'Karim Nasser met the families. "Rebuild the school first," opined the Valley Herald.',
        "Rebuild the school",
        "Valley Herald",
        "explicit",
        "opined",
        id="inverted_verb_outside_the_lexicon_and_subject",
    ),
    # a source set before a colon as a label: after a dash that ends a summary, or after "from"
    pytest.param(
        'Turnout in the north fell sharply - Dana Reyes: "Fewer than half of the voters came out."',
        "Fewer than half",
        "Dana Reyes",
        "explicit",
        ":",
        id="name_after_a_dash_labels_the_quote",
    ),
    pytest.param(
        'The south held steady. More from Dana Reyes and Omar Saleh: "Nobody expected the coast to move."',
        "Nobody expected",
        "Dana Reyes",
        "explicit",
        ":",
        id="name_after_from_labels_the_quote",
    ),
    pytest.param(
        'Karim Nasser spoke in Hama - the old capital: "We will rebuild the market."',
        "We will rebuild",
        "Karim Nasser",
        "explicit",
        "spoke",
        id="a_description_after_a_dash_is_no_label",
    ),
    # a signature on the paragraph after a quote that ends its own, as fact checks print a claim
    pytest.param(
        'Karim Nasser spoke at the debate.\n\n"Our schools have lost a third of their teachers."\n\n'
        "- Omar Haddad.\n\nThe figure is too high.",
        "Our schools",
        "Omar Haddad",
        "explicit",
        "-",
        id="signature_on_the_next_paragraph",
    ),
    # words in marks inside what another reporting verb reports are that verb's speaker's
    pytest.param(
        'Karim Nasser spoke first. Omar Haddad said the governor called on residents to be "calm and patient."',
        "calm and patient",
        "Omar Haddad",
        "explicit",
        "said",
        id="cue_inside_a_reported_clause_gives_way_to_the_outer_verb",
    ),
    pytest.param(
        'Karim Nasser spoke first. Dana Reyes said the town would hold, and Omar Haddad vowed to "rebuild every '
        'house by spring."',
        "rebuild every house",
        "Omar Haddad",
        "explicit",
        "vowed",
        id="a_coordinate_clause_with_its_own_subject_keeps_its_cue",
    ),
    pytest.param(
        'Karim Nasser spoke first. Investigators say that the pilot told one officer, "I never saw the tower."',
        "I never saw",
        "Investigators",
        None,
        "say",
        id="cue_before_a_comma_inside_a_reported_clause_gives_way_to_the_outer_verb",
    ),
    pytest.param(
        "Karim Nasser spoke first. Dana Reyes argued that the dam was safe, while Omar Haddad said that the "
        '"water is already rising."',
        "water is already",
        "Omar Haddad",
        "explicit",
        "said",
        id="a_while_clause_with_its_own_subject_keeps_its_cue",
    ),
    pytest.param(
        "Karim Nasser spoke first. Omar Haddad replied with words that could have come from Karim Nasser "
        'himself: "Do not lecture me about the budget."',
        "Do not lecture",
        "Omar Haddad",
        "explicit",
        "replied",
        id="from_inside_a_clause_is_no_label",
    ),
    # a passive reporting verb: the agent speaks, the subject is spoken to
    pytest.param(
        'Karim Nasser spoke first. Omar Haddad was asked by the host, Leila Mansour, "Will the road be '
        'rebuilt?"',
        "Will the road",
        "Leila Mansour",
        "explicit",
        "asked",
        id="passive_reporting_verb_with_an_agent",
    ),
    # the reporting verb that ends the clause after the words, tagged as a noun ("the two write.")
    pytest.param(
        'Karim Nasser spoke first. "You seem to have picked a new rule out of thin air," the two write.',
        "You seem to have",
        "two",
        "unresolved",
        "write",
        id="reporting_verb_tagged_as_a_noun",
    ),
    # a name and a long apposition before the verb, which the parser hangs inside the quote
    pytest.param(
        'Karim Nasser spoke first. "It is not the position that all is well," Dana Reyes, a senior adviser '
        "to the mayor, said at a meeting in the city hall.",
        "It is not the position",
        "Dana Reyes",
        "explicit",
        "said",
        id="name_and_long_apposition_before_the_cue",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker", "resolution", "cue"), SHAPES)
def test_speaker_of_a_hard_shape(read, text, start, speaker, resolution, cue):
    _, quotes, _ = read(text)
    q = _quote(quotes, start)
    assert q.speaker is not None and q.speaker.name == speaker
    assert resolution is None or q.speaker.resolution == resolution
    assert cue is None or (q.cue is not None and q.cue.text == cue)
