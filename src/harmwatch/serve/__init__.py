"""The web layer: a FastAPI app with server-rendered pages and a JSON API over the store.

Modules:
- `app`: `create_app(store, ServeConfig)`: middleware, static files, routers, error handlers.
- `api`: JSON routes under /api (incidents, articles, claims, quotes, actors, places, search, exports).
- `pages`: HTML pages (overview, incidents, incident, article, actors, map).
- `params`: the incident filters, validated into store Filters.
- `access`: who may read and write (API tokens).
- `security`: security headers and the request body limit.
- `errors`: one error body and the exception handlers.
- `highlight`: an article's text with its records marked, from escaped segments.
"""

from harmwatch.serve.app import ServeConfig, create_app

__all__ = ["ServeConfig", "create_app"]
