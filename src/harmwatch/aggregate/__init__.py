"""Cross-article incidents: reports of one event from many articles joined, their claims compared.

Modules, in the order data passes through them:
- `features.py`: a report dict's incidents as self-contained `IncidentReport` records;
- `claimants.py`: one name per claimant and its type (party, UN/NGO, local officials, media, unknown);
- `score.py`: the block and the pair score of two reports;
- `cluster.py`: components of strong pairs, average linkage inside each, stable incident ids;
- `summary.py`: an incident's JSON object: figures by claimant, perpetrators by source, grade and reasons.
"""

from harmwatch.aggregate.cluster import Component, group, incident_id
from harmwatch.aggregate.features import IncidentReport, incident_reports, report_from_json, report_to_json
from harmwatch.aggregate.summary import GRADES, summarise

__all__ = [
    "GRADES",
    "Component",
    "IncidentReport",
    "group",
    "incident_id",
    "incident_reports",
    "report_from_json",
    "report_to_json",
    "summarise",
]
