"""Times: dates and periods normalised against the dateline.

Map of the package:
- `resolve`: `extract_times`, one time record per expression, anchored to the dateline or absolute.
- `rules`: the patterns for time expressions and the date arithmetic that resolves them.
"""

from harmwatch.extract.times.resolve import extract_times

__all__ = ["extract_times"]
