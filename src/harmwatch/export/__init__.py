"""Exports: incidents as ACLED-compatible CSV or GeoJSON points, and full reports as JSON Lines.

Modules:
- `source`: incidents from the store, one page or a stream (the dashboard and the exports read here).
- `acled`: one incident -> one row of ACLED's columns followed by HarmWatch's own.
- `writers`: streaming CSV, GeoJSON and JSONL text generators; memory does not grow with the output.
"""

from harmwatch.export.writers import FORMATS, iter_export

__all__ = ["FORMATS", "iter_export"]
