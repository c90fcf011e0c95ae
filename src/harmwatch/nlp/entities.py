"""EntityRuler fed from the offline gazetteer and the actor registry, run before the statistical NER."""

from __future__ import annotations

from spacy.language import Language


def add_entity_ruler(nlp: Language) -> None:
    """Placeholder until the gazetteer ruler lands: the statistical NER alone."""
    return None
