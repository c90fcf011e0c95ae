"""Incidents typed with ACLED's taxonomy, with perpetrator, targets, weapons, place, time and figures.

Map of the package:
- `assemble`: `extract_incidents`, which finds event mentions and joins them into the article's incidents.
- `words`: the words that name events, weapons and targets, typed by ACLED event and sub-event type.
- `kinds`: ACLED's interaction logic: which of the 25 sub-types a sentence's event words make, given who acts
  on whom (protests, riots, territory, strategic developments), and harm no one inflicted (disasters).
- `classify`: the small linear model (data/event_types.json, `make model`) that decides a sentence's
  sub-type or that it tells of no conflict event, the rules' type favoured where it is unsure.
- `participants`: who carried an incident out, as the text says it, and how certain the text is.
- `agent_words`: the words around an event word that name an actor.
- `roles`: phrases naming who was hit, counted among the dead or tells of an event (never the perpetrator).
- `context`: the place and time of an incident, and the story's own place and date.
- `claims`: claims attached to the incident they count, and each incident's tally.
"""

from harmwatch.extract.incidents.assemble import extract_incidents

__all__ = ["extract_incidents"]
