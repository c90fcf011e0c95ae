"""The FastAPI application: configuration, middleware, static files, routers."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import fastapi_offline
import xstatic.pkg.leaflet
import xstatic.pkg.leaflet_markercluster
from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from harmwatch import __version__
from harmwatch.config import Settings
from harmwatch.serve import api, errors, pages
from harmwatch.serve.access import require_read
from harmwatch.serve.security import BodyLimit, NoNul, SecurityHeaders
from harmwatch.store import Store

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class ServeConfig:
    read_token_required: bool = False
    """Reads (pages and API) need a live API token too."""
    max_body_bytes: int = 2_000_000
    """Largest request body accepted; larger ones get 413."""
    settings: Settings = Settings()


def create_app(store: Store, config: ServeConfig | None = None) -> FastAPI:
    """The dashboard and API over one store."""
    config = config or ServeConfig()
    app = FastAPI(
        title="HarmWatch API",
        version=__version__,
        description="Source-attributed records of harm to civilians: incidents, claims, quotes, actors.",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.config = config
    app.state.extract_lock = threading.Lock()
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals["version"] = __version__
    app.state.templates = templates
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.mount("/vendor/leaflet", StaticFiles(directory=xstatic.pkg.leaflet.BASE_DIR), name="leaflet")
    app.mount(
        "/vendor/markercluster",
        StaticFiles(directory=xstatic.pkg.leaflet_markercluster.BASE_DIR),
        name="markercluster",
    )
    swagger = Path(fastapi_offline.__file__).resolve().parent / "static"
    app.mount("/vendor/swagger", StaticFiles(directory=str(swagger)), name="swagger")
    basemap = resources.files("harmwatch").joinpath("data/countries-110m.geojson")
    app.state.basemap_path = str(basemap)
    app.include_router(api.router, dependencies=[Depends(require_read)])
    app.include_router(api.write_router)
    app.include_router(api.open_router)
    app.include_router(pages.router, dependencies=[Depends(require_read)])
    app.include_router(pages.open_router)
    errors.install(app)
    app.add_middleware(BodyLimit, max_bytes=config.max_body_bytes)
    app.add_middleware(NoNul)
    app.add_middleware(SecurityHeaders)
    return app
