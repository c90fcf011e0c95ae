"""Actors under neutral names, and the outlet's framing of them.

Map of the package:
- `mentions`: actors found in the text, named by the registry, with every label the outlet used.
- `registry`: the actor registry (data/actors.json): named actors, states, demonyms, generic labels, sides.
- `framing`: loaded labels, scare quotes and hedges, each with its neutral wording.
"""

from harmwatch.extract.actors.framing import extract_framing
from harmwatch.extract.actors.mentions import extract_actors

__all__ = ["extract_actors", "extract_framing"]
