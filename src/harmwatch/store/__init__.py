"""The store: schema and migrations, one interface over SQLite and PostgreSQL, and the query layer."""

from harmwatch.store.engine import Store, open_store
from harmwatch.store.queries import Filters, Page, Result

__all__ = ["Filters", "Page", "Result", "Store", "open_store"]
