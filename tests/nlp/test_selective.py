"""Selective parsing: the whole text gets tokens, sentences and entities; only the sentences the extractors
need are tagged and parsed, exactly as the full parse does them; extractors still work on the rest."""

from __future__ import annotations

from harmwatch.config import Settings
from harmwatch.extract import extract_article
from harmwatch.extract.selection import selector
from harmwatch.ingest.text import make_article
from harmwatch.nlp import parse
from harmwatch.nlp.selective import lemma_guesser
from harmwatch.records import report_to_dict

# Composed for these tests: cue-free scene-setting sentences around a claim and a quote.
TEXT = (
    "Market town reopens\n\n"
    "The old stone bridge over the river Orin was painted green by volunteers from Lisbon. "
    "Artillery fire killed four farmers near the bridge on Monday, the regional governor Maria Costa said. "
    '"We saw the smoke from the hill," a teacher told reporters. '
    "The orchards along the valley are famous for their apricots.\n"
)


def sentences_by_start(doc):
    return {sent[0].text + " " + sent[1].text: sent for sent in doc.sents if len(sent) > 1}


def test_only_sentences_with_cues_are_parsed_and_entities_cover_everything(nlp):
    article = make_article(TEXT, Settings())
    doc = parse(article, nlp, selector(nlp)).doc
    sents = sentences_by_start(doc)
    assert all(t.dep_ for t in sents["Artillery fire"] if not t.is_space)
    assert all(t.dep_ for t in sents['" We'] if not t.is_space)
    assert all(t.dep_ for t in sents["The orchards"])  # next to a quote: the speaker may be named there
    # Nothing to attribute, count or type: no tags, no dependencies, each token its own head.
    assert not any(t.dep_ or t.tag_ or t.head is not t for t in sents["The old"])
    # The NER ran on the whole text, parsed or not.
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Lisbon") == "GPE" and labels.get("Maria Costa") == "PERSON"


def test_parsed_sentences_get_the_full_parse(nlp):
    article = make_article(TEXT, Settings())
    selective = parse(article, nlp, selector(nlp)).doc
    full = parse(article, nlp).doc
    for start in ("Artillery fire", '" We'):
        a, b = sentences_by_start(selective)[start], sentences_by_start(full)[start]
        assert (a.start, a.end) == (b.start, b.end)
        assert [(t.tag_, t.dep_, t.head.i, t.lemma_) for t in a] == [
            (t.tag_, t.dep_, t.head.i, t.lemma_) for t in b
        ]


def test_extraction_is_the_same_either_way_on_this_article(nlp):
    article = make_article(TEXT, Settings())
    selective = report_to_dict(extract_article(article, nlp))
    full = report_to_dict(extract_article(article, nlp, full_parse=True))
    assert selective == full
    assert selective["claims"] and selective["quotes"]


def test_lemmas_are_guessed_before_tagging(nlp):
    guess = lemma_guesser(nlp)
    assert "say" in guess("said") and "tell" in guess("told") and "wound" in guess("wounded")
    assert "kill" in guess("killing") and "civilian" in guess("civilians")


def test_selector_picks_numbers_cues_quotes_and_their_neighbours(nlp):
    text = (
        "Rain drifted over the hills. Nine of them came home. The river rose slowly. "
        "The coach was beaming. “A fine day,” he added. The stands emptied."
    )
    doc = nlp.get_pipe("senter")(nlp.make_doc(text))
    sents = list(doc.sents)
    flags = dict(zip([s[0].text + s[1].text for s in sents], selector(nlp)(sents), strict=True))
    assert flags == {
        "Raindrifted": False,
        "Nineof": True,  # a number word
        "Theriver": False,
        "Thecoach": True,  # before a quote
        "“A": True,
        "Thestands": True,  # after a quote
    }


def test_the_full_parse_is_spacys_own_pipeline_on_ordinary_text(nlp):
    # --full-parse runs through the selective machinery with one region per document: on text without
    # hard-wrapped lines it must give exactly what the loaded pipeline's nlp.pipe gives.
    texts = [TEXT, "Two rockets struck a school in the north.\n\nNo one was hurt, officials said later."]
    articles = [make_article(text, Settings()) for text in texts]
    for article, plain in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        full = parse(article, nlp).doc
        assert [(t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.is_sent_start) for t in full] == [
            (t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.is_sent_start) for t in plain
        ]
        assert [(e.start, e.end, e.label_) for e in full.ents] == [
            (e.start, e.end, e.label_) for e in plain.ents
        ]
