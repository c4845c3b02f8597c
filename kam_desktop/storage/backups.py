"""Backups of the SQLite file: online copies, what a copy holds, restoring one.

A copy is made with SQLite's backup API, so it is a consistent snapshot even while the app
writes (WAL included) and never a half-copied file: it is written beside its final name and
renamed into place. A file is restored only after ``inspect_sqlite_file`` has recognised it as
one of ours (not another program's, not made by a newer KAM Desktop), and the database it
replaces is copied aside first, so a restore can itself be undone.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kam_desktop.domain.errors import DatabaseError
from kam_desktop.i18n import _
from kam_desktop.paths import data_dir
from kam_desktop.storage.sqlite_files import (
    busy_error,
    inspect_sqlite_file,
    read_only_connection,
)

log = logging.getLogger(__name__)

SUFFIX = ".kambackup"  # an ordinary SQLite file; the suffix keeps it apart from databases
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
# What a preview counts (every table exists from revision 0001 or 0003 on).
COUNTED = {"clients": "client", "people": "member", "proposals": "proposal"}


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """What a backup file holds, read without changing it."""

    path: Path
    taken_at: datetime  # the file's time (UTC)
    revision: str | None
    clients: int
    people: int
    proposals: int
    size: int  # bytes


def backup_folder() -> Path:
    """Where the copies go: automatic ones, those before a restore or a migration."""
    return data_dir() / "backups"


def _stamp(when: datetime | None = None) -> str:
    return (when or datetime.now(UTC)).strftime(STAMP_FORMAT)


def copy_database(source: Path, target: Path) -> Path:
    """An online copy of ``source`` at ``target`` (written aside, then renamed into place)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    src = read_only_connection(source)
    dest = sqlite3.connect(partial)
    try:
        src.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
    finally:
        dest.close()
        src.close()
    os.replace(partial, target)
    log.info("database %s copied to %s", source, target)
    return target


def backup_name(database: Path, reason: str, when: datetime | None = None) -> str:
    return f"{database.stem}.{_stamp(when)}.{reason}{SUFFIX}"


def stamp_of(name: str) -> datetime | None:
    """When a backup named by ``backup_name`` was made (None: not such a name). The name is
    what counts: a copied or downloaded file keeps it, not its modification time."""
    parts = name.split(".")
    for part in parts[1:-2] if name.endswith(SUFFIX) else []:
        try:
            return datetime.strptime(part, STAMP_FORMAT).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def read_info(path: Path) -> BackupInfo:
    """What ``path`` holds; raises DatabaseError when it is not a backup of ours."""
    if not path.is_file():
        raise DatabaseError(_("No backup file at {path}.").format(path=path))
    found = inspect_sqlite_file(path)
    if found.is_new:
        raise DatabaseError(_("{path} holds no KAM Desktop data.").format(path=path))
    conn = read_only_connection(path)
    try:
        counts = {
            key: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for key, table in COUNTED.items()
        }
    except sqlite3.Error:
        raise DatabaseError(_("{path} is not a KAM Desktop database.").format(path=path)) from None
    finally:
        conn.close()
    stat = path.stat()
    return BackupInfo(
        path,
        stamp_of(path.name) or datetime.fromtimestamp(stat.st_mtime, UTC),
        found.revision,
        counts["clients"],
        counts["people"],
        counts["proposals"],
        stat.st_size,
    )


def list_backups(folder: Path) -> list[BackupInfo]:
    """The readable backups in ``folder``, newest first (unreadable files are left out)."""
    found = []
    for path in folder.glob(f"*{SUFFIX}") if folder.is_dir() else []:
        try:
            found.append(read_info(path))
        except DatabaseError:
            log.warning("%s is not a readable backup; left out", path)
    return sorted(found, key=lambda info: (info.taken_at, info.path.name), reverse=True)


def prune(folder: Path, keep: int, stem: str) -> list[Path]:
    """Remove the automatic backups of ``stem`` beyond the newest ``keep``; returns them."""
    automatic = sorted(
        (p for p in folder.glob(f"{stem}.*.auto{SUFFIX}")),
        key=lambda p: p.name,  # the name starts with the UTC stamp: sorts by time
        reverse=True,
    )
    removed = automatic[keep:]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def restore(backup: Path, database: Path, folder: Path) -> Path | None:
    """Put ``backup`` in place of ``database``; returns the copy of what was there (None: the
    database was empty or missing).

    Nothing is touched unless the backup is one of ours. The current database (if any) is
    copied to ``folder`` first; the backup is then copied in with the backup API, so the
    database file is replaced whole (its WAL too) and other programs see a consistent file."""
    read_info(backup)  # raises for a file that is not ours
    kept = None
    if database.exists() and database.stat().st_size > 0:
        kept = copy_database(database, folder / backup_name(database, "before-restore"))
    src = read_only_connection(backup)
    dest = sqlite3.connect(database, timeout=5)
    try:
        src.backup(dest)
    except sqlite3.OperationalError as exc:  # another window or command holds it
        raise busy_error() from exc
    finally:
        dest.close()
        src.close()
    log.info("database %s restored from %s", database, backup)
    return kept
