"""Quotes, reported speech and who said them.

Map of the package, by the record each part serves:
- `direct`: quoted words (direct and partial quotes) with their speaker; scare quotes for framing.
- `clauses`: where a quote's cue and speaker phrase are: next to the marks, or up the dependency parse.
- `speech`: reported speech without quotation marks ("X said that ...", "according to X"), and the pronoun
  speakers of quotes resolved again with the sources of that speech.
- `marks`: pairs quotation marks into quoted segments.
- `people`: the article's people (names, surnames, roles, organisations, gender) that speakers resolve to.
- `resolve`: a mention (name, surname, pronoun, title, description) -> the speaker it refers to.
- `roles`: roles and organisations from the words around a name.
- `cues`: the reporting-verb lexicon that every attribution rule shares.
"""

from harmwatch.extract.quotes.direct import extract_quotes, find_scare_quotes
from harmwatch.extract.quotes.people import find_people
from harmwatch.extract.quotes.speech import extract_statements, resolve_quote_pronouns

__all__ = [
    "extract_quotes",
    "extract_statements",
    "find_people",
    "find_scare_quotes",
    "resolve_quote_pronouns",
]
