"""Places geocoded offline (GeoNames through the gazetteer in harmwatch.geo).

Map of the package:
- `geocode`: `extract_places`, one place record per location, with its precision and qualifier.
- `mentions`: place mentions in the text, their qualifiers ("east", "government-held") and level cues, compound
  names the gazetteer lacks ("Kafr X": a place of its own, kept as written, never the X elsewhere), and
  `written_as_place`, whether the story writes a town's name as a place (then it names no person).
"""

from harmwatch.extract.places.geocode import extract_places

__all__ = ["extract_places"]
