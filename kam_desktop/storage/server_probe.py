"""One look at a server database without opening it as ours: version, tables, revision.

The team database dialog asks this before anything is migrated or written, so it connects
once with a short connect timeout, reads, and disconnects (no pool is kept).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool


@dataclass(frozen=True, slots=True)
class ServerLook:
    version: str  # "15.8", without the distributor's suffix
    tables: frozenset[str]
    revision: str | None  # alembic_version's row, if that table exists


def look_at_server(url: URL, timeout: int) -> ServerLook:
    """Raises what SQLAlchemy or the driver raise (``ImportError``: no driver)."""
    engine = create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": timeout})
    try:
        with engine.connect() as conn:
            version = str(conn.execute(text("SHOW server_version")).scalar() or "")
            tables = frozenset(inspect(conn).get_table_names())
            revision = None
            if "alembic_version" in tables:
                found = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                revision = str(found) if found is not None else None
    finally:
        engine.dispose()
    return ServerLook(version.split(" ")[0], tables, revision)
