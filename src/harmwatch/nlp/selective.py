"""Parse only what needs parsing: the cheap components on the whole text, the tagger and parser on the sentences
that can hold a quote, a claim or an event.

en_core_web_sm 3.8 has two token encoders: the shared `tok2vec`, which only the `tagger` and the `parser`
listen to, and the NER's own. The `senter` (disabled in the model) has a small encoder of its own. So the whole
text gets the tokenizer, the senter with the paragraph breaks, the gazetteer ruler, the NER, the person fix and the
facility fix; the shared encoder, tagger, parser, attribute ruler and lemmatizer run only on the regions returned by
`select`.

A region is parsed as its own small document, with a few tokens of context on each side for the encoder (its
convolutions see four tokens either way, so the encoding of the region's tokens is the one the whole text
gives) and the paragraph breaks preset as sentence starts; its tags, lemmas and dependencies are then copied
into the whole-text document. Tokens outside every region keep no tag and no dependency (`token.dep_ == ""`,
each token its own head), have their lower-case form as lemma, and sentence starts from the senter.

The full parse (`select` None, `--full-parse`) is the same mechanism with one region per document and no senter:
both modes read a hard-wrapped sentence across its lines (nlp.wrap) and keep every line a sentence of the
document, so they differ only in what is left unparsed. On text without wrapped lines the full parse gives what
spaCy's own `nlp.pipe` gives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, MORPH, POS, SENT_START, TAG  # type: ignore[attr-defined]
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from harmwatch.nlp.wrap import wrapped_line_ends

Selector = Callable[[list[DocSpan]], list[bool]]
"""Sentences of a document -> whether each needs a parse."""

PARSE_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
# The shared encoder is a stack of four window-1 convolutions: a token's vector depends on four tokens either side.
_CONTEXT = 4
_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]


def regions(flags: list[bool], sentences: list[DocSpan]) -> list[tuple[int, int]]:
    """Token ranges of the runs of consecutive sentences flagged for parsing."""
    out: list[tuple[int, int]] = []
    for flag, sent in zip(flags, sentences, strict=True):
        if not flag:
            continue
        if out and out[-1][1] == sent.start:
            out[-1] = (out[-1][0], sent.end)
        else:
            out.append((sent.start, sent.end))
    return out


_FINAL = frozenset({".", "?", "!", ":", ";", '"', "]", "--"})


def _wrap_at(doc: Doc, i: int, wraps: frozenset[int]) -> bool:
    """Whether token i is a line break that only wraps a sentence (the line before it does not end one)."""
    token = doc[i]
    return token.text == "\n" and token.idx in wraps and i > 0 and doc[i - 1].text not in _FINAL


def whole_sentences(doc: Doc, spans: list[tuple[int, int]], wraps: frozenset[int]) -> list[tuple[int, int]]:
    """The regions widened over the wrapped lines of their sentences: in hard-wrapped text a line is not a
    sentence, and the parser must see the sentence's other lines to attach its words ("A MINE PROBABLY / LEFT
    BY THE REBELS"). The document's sentences stay its lines (what the extractors count by)."""
    if not wraps:
        return spans
    out: list[tuple[int, int]] = []
    for start, end in spans:
        while start > 1 and _wrap_at(doc, start - 1, wraps):
            start = doc[start - 2].sent.start
        while end < len(doc) and _wrap_at(doc, end - 1, wraps):
            end = doc[end].sent.end
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _parse_regions(
    nlp: Language, docs: list[Doc], spans: list[list[tuple[int, int]]], wraps: list[frozenset[int]]
) -> list[list[Doc]]:
    """Each document's regions parsed as small documents, in one batch per component (`wraps`: each document's
    wrapped line ends)."""
    padded: list[Doc] = []
    jobs: list[tuple[int, int, list[int]]] = []  # (offset of the region in its padded doc, length, presets)
    for doc, doc_spans, doc_wraps in zip(docs, spans, wraps, strict=True):
        for start, end in doc_spans:
            left = max(0, start - _CONTEXT)
            padded.append(doc[left : min(len(doc), end + _CONTEXT)].as_doc())
            presets = [1] + [int(paragraph_start(doc, i, doc_wraps)) for i in range(start + 1, end)]
            jobs.append((start - left, end - start, presets))
    small = []
    encoder: Any = nlp.get_pipe("tok2vec")
    for doc, (offset, length, presets) in zip(encoder.pipe(padded), jobs, strict=True):
        region = doc[offset : offset + length].as_doc()  # carries the encoder's output for its tokens
        region.from_array([SENT_START], numpy.array(presets, dtype="uint64"))
        small.append(region)
    for name in PARSE_COMPONENTS[1:]:
        component: Any = nlp.get_pipe(name)
        small = list(component.pipe(small))
    out: list[list[Doc]] = []
    it = iter(small)
    for doc_spans in spans:
        out.append([next(it) for _ in doc_spans])
    return out


def paragraph_start(doc: Doc, i: int, wraps: frozenset[int] = frozenset()) -> bool:
    """Whether token i opens a paragraph (it follows a line break): a sentence starts there whatever the parser says.
    A break among `wraps` (nlp.wrap.wrapped_line_ends: a hard-wrapped line's end inside a sentence) opens none."""
    if i == 0:
        return True
    prev = doc[i - 1]
    if prev.is_space:
        return "\n" in prev.text and not (prev.text == "\n" and prev.idx in wraps)
    return "\n" in prev.text_with_ws and prev.idx + len(prev.text) not in wraps


def _merge(doc: Doc, spans: list[tuple[int, int]], parsed: list[Doc]) -> None:
    """Copy the regions' tags, lemmas, dependencies and sentence starts into the whole-text document; every
    line break still starts a sentence (a wrapped line's words keep their heads on the lines around it)."""
    sent_starts: Any = doc.to_array([SENT_START]).astype("uint64")
    values: Any = numpy.zeros((len(doc), len(_ATTRS)), dtype="uint64")
    values[:, _ATTRS.index(LEMMA)] = doc.to_array([LOWER])
    for (start, end), region in zip(spans, parsed, strict=True):
        values[start:end] = region.to_array(_ATTRS)
        starts = region.to_array([SENT_START])
        for i in range(start + 1, end):
            if paragraph_start(doc, i):
                starts[i - start] = 1
        sent_starts[start:end] = starts
    doc.from_array(_ATTRS, values)
    # Setting heads made each unparsed token a sentence of its own: restore the senter's starts there.
    doc.from_array([SENT_START], sent_starts)


def pipe_selective(
    nlp: Language, texts: Iterable[str], select: Selector | None, batch_size: int = 32
) -> Iterator[tuple[Doc, int]]:
    """(document, number of tokens parsed) for each text: whole-text components everywhere, parse where selected.
    With `select` None every token is parsed (the full parse), by the same mechanism: one region per document,
    so hard-wrapped text is read across its wrapped lines in both modes."""
    whole = [(name, proc) for name, proc in nlp.pipeline if name not in PARSE_COMPONENTS]
    senter = nlp.get_pipe("senter")
    batch: list[str] = []
    for text in texts:
        batch.append(text)
        if len(batch) >= batch_size:
            yield from _run(nlp, batch, select, senter, whole)
            batch = []
    if batch:
        yield from _run(nlp, batch, select, senter, whole)


def _run(
    nlp: Language, texts: list[str], select: Selector | None, senter: Any, whole: list[tuple[str, Any]]
) -> Iterator[tuple[Doc, int]]:
    docs = [nlp.make_doc(t) for t in texts]
    if select is not None:  # the senter's sentences are what the selector chooses among
        docs = list(senter.pipe(docs))
    before = [proc for name, proc in whole if name == "paragraph_sentences"]
    for proc in before:
        docs = [proc(doc) for doc in docs]  # type: ignore[operator]
    spans = []
    wraps = []
    for doc in docs:
        if select is None:
            found = [(0, len(doc))] if len(doc) else []
        else:
            sentences = list(doc.sents)
            found = regions(select(sentences), sentences) if sentences else []
        wraps.append(wrapped_line_ends(doc.text) if found else frozenset())
        spans.append(whole_sentences(doc, found, wraps[-1]))
    parsed = _parse_regions(nlp, docs, spans, wraps)
    for doc, doc_spans, regions_parsed in zip(docs, spans, parsed, strict=True):
        _merge(doc, doc_spans, regions_parsed)
    for name, proc in whole:
        if name != "paragraph_sentences":
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]  # type: ignore[operator]
    for doc, doc_spans in zip(docs, spans, strict=True):
        yield doc, sum(end - start for start, end in doc_spans)


def lemma_guesser(nlp: Language) -> Callable[[str], frozenset[str]]:
    """Every lemma the model's rule lemmatizer could give a lower-case word as a verb, noun or adjective: what a
    sentence may mean before it is tagged ("said" -> {"said", "say", "sai"}), a superset of the real lemma."""
    lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    rules = lookups.get_table("lemma_rules")
    exceptions = lookups.get_table("lemma_exc")
    tables = [(rules.get(pos, []), exceptions.get(pos, {})) for pos in ("verb", "noun", "adj")]
    memo: dict[str, frozenset[str]] = {}

    def guess(word: str) -> frozenset[str]:
        found = memo.get(word)
        if found is None:
            out = {word}
            for pos_rules, pos_exceptions in tables:
                out.update(pos_exceptions.get(word, ()))
                out.update(word[: len(word) - len(old)] + new for old, new in pos_rules if word.endswith(old))
            found = memo[word] = frozenset(out)
        return found

    return guess
