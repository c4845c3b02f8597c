"""Backups of the SQLite database: on request, automatically (at start and daily), restored.

Automatic backups go to ``<data dir>/backups`` as ``<database>.<UTC stamp>.auto.kambackup``
(the copy made before a migration goes there too, as ``….before-<revision>.kambackup``);
only the newest ``keep`` of them are kept (setting ``backup.keep``, default 14). A backup asked
for (``backup --out FILE``) goes where it is asked, and so does nothing to the rotation. A
restore first copies the current database to the same folder (``…before-restore…``). The GUI
and the command line share all of it; nothing here imports Qt.

A database on a server (PostgreSQL) has no file to copy: its backup is a **portable backup**,
a ``.kamdossier`` holding every client, the whole shared side (team, custom roles, the whole
proposal library) and the settings table (``settings.json``, a member only backups carry). The
same is written from an SQLite file when the target's name ends in ``.kamdossier``. Restoring
one rebuilds the database from it, on any backend — so a team database moves to a laptop's
SQLite file and back: into an SQLite file through a fresh file swapped in whole (the current
one kept first, as for any restore), into a server database only when it holds no clients
(merging is what ``import`` does). What format 1 does not carry is not in it either
(``exchange/format1.NOT_EXPORTED_TABLES``: next steps, informal links, the map layout,
custom tags, the change and erasure logs).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from kam_desktop.domain.errors import DatabaseError, ValidationError
from kam_desktop.i18n import _
from kam_desktop.services.database import Database
from kam_desktop.storage import backups
from kam_desktop.storage.backups import BackupInfo, backup_folder
from kam_desktop.storage.settings_store import read_setting, write_setting
from kam_desktop.storage.sqlite_files import SQLITE_MAGIC

if TYPE_CHECKING:
    from kam_desktop.exchange.merge import ImportResult

SETTING_KEEP = "backup.keep"
DEFAULT_KEEP = 14
MAX_KEEP = 365
DAILY = timedelta(days=1)
PORTABLE_SUFFIX = ".kamdossier"


def restore_database(database: Path, backup: Path) -> Path | None:
    """Put ``backup`` in place of the database file; returns the copy of the one replaced.
    Works without opening the database (it may be the damaged one being replaced)."""
    return backups.restore(backup, database, backup_folder())


def backup_kind(path: Path) -> str:
    """``"sqlite"`` (a copy of a database file) or ``"portable"`` (a .kamdossier, plain or
    encrypted); DatabaseError for a file that is neither."""
    from kam_desktop.exchange.crypto import is_encrypted

    if not path.is_file():
        raise DatabaseError(_("No backup file at {path}.").format(path=path))
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(b"PK") or is_encrypted(head):
        return "portable"
    raise DatabaseError(_("{path} is not a KAM Desktop backup.").format(path=path))


def sqlite_backup_on_server_error() -> DatabaseError:
    return DatabaseError(
        _(
            "A copy of an SQLite database file cannot be restored into a server database. "
            "Write a portable backup from it first (kam-desktop --db THAT-FILE backup --out "
            "FILE.kamdossier), then restore or import that file here."
        )
    )


def restore_portable(
    db_arg: str | None, backup: Path, password: str | None = None
) -> tuple[ImportResult, Path | None]:
    """Rebuild the database ``db_arg`` names from the portable backup ``backup``; returns what
    was brought in and, for an SQLite file, the copy kept of the database it replaced."""
    from kam_desktop.paths import database_file
    from kam_desktop.services.exchange import ExchangeService, read_file

    data = read_file(backup)
    database = database_file(db_arg)
    if database is None:  # a server database: restored into only while it holds no clients
        db = Database.open(db_arg)
        try:
            db.require_writable()
            if not db.is_empty():
                raise DatabaseError(
                    _(
                        "The database already holds clients: a backup is restored only into a "
                        "database without any. To bring the backup's dossiers in beside them, "
                        "use import."
                    )
                )
            return ExchangeService(db).restore_backup(data, password), None
        finally:
            db.close()
    folder = backup_folder()
    folder.mkdir(parents=True, exist_ok=True)
    staging = folder / f".{database.stem}.restoring.sqlite3"
    _remove_sqlite_file(staging)
    try:
        db = Database.open(str(staging))
        try:
            result = ExchangeService(db).restore_backup(data, password)
        finally:
            db.close()
        kept = backups.restore(staging, database, folder)
    finally:
        _remove_sqlite_file(staging)
    return result, kept


def _remove_sqlite_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


class BackupService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _file(self) -> Path:
        if self.db.path is None:
            raise DatabaseError(
                _(
                    "Automatic backups are kept for a database file (SQLite) only; back a "
                    "server database up with backup --out FILE."
                )
            )
        return self.db.path

    # ---- settings ----------------------------------------------------------------------------
    def keep(self) -> int:
        with self.db.session() as s:
            stored = read_setting(s, SETTING_KEEP)
        try:
            kept = int(stored) if stored is not None else DEFAULT_KEEP
        except ValueError:
            return DEFAULT_KEEP  # a damaged setting must not stop the backups
        return kept if 1 <= kept <= MAX_KEEP else DEFAULT_KEEP

    def set_keep(self, count: int) -> None:
        if not 1 <= count <= MAX_KEEP:
            raise ValidationError({"keep": _("Keep from 1 to {max} backups.").format(max=MAX_KEEP)})
        with self.db.session() as s:
            write_setting(s, SETTING_KEEP, str(count))

    # ---- making them -------------------------------------------------------------------------
    def backup_to(self, target: Path, password: str | None = None) -> BackupInfo:
        """A copy of the database at ``target`` (never over the database itself): the SQLite
        file copied, or a portable backup for a server database or a ``.kamdossier`` name."""
        if self.db.path is None or target.suffix.lower() == PORTABLE_SUFFIX:
            return self.portable_backup_to(target, password)
        if password:
            raise DatabaseError(
                _(
                    "A copy of the database file cannot be encrypted: name the backup "
                    "….kamdossier to write a portable backup protected by the password."
                )
            )
        source = self._file()
        if target.resolve() == source.resolve():
            raise DatabaseError(_("A backup cannot replace the database it copies."))
        return backups.read_info(backups.copy_database(source, target))

    def portable_backup_to(self, target: Path, password: str | None = None) -> BackupInfo:
        """Every client, the shared side and the settings in one ``.kamdossier`` at ``target``
        (optionally encrypted); the database is not changed (no exchange is recorded)."""
        from kam_desktop.services.exchange import ExchangeService, write_atomically
        from kam_desktop.storage.revisions import head_revision

        if self.db.path is not None and target.resolve() == self.db.path.resolve():
            raise DatabaseError(_("A backup cannot replace the database it copies."))
        result = ExchangeService(self.db).export_archive(password=password, backup=True)
        write_atomically(target, result.data)
        counts = result.counts
        return BackupInfo(
            target,
            datetime.now(UTC),
            head_revision(),
            counts.get("clients", 0),
            counts.get("members", 0),
            counts.get("proposals", 0),
            len(result.data),
        )

    def automatic(self, now: datetime | None = None) -> Path:
        """An automatic backup now, then the oldest beyond ``keep`` removed."""
        source = self._file()
        folder = backup_folder()
        when = now or datetime.now(UTC)
        target = folder / backups.backup_name(source, "auto", when)
        while target.exists():  # two in one second («Back up now» twice): the next second
            when += timedelta(seconds=1)
            target = folder / backups.backup_name(source, "auto", when)
        backups.copy_database(source, target)
        backups.prune(folder, self.keep(), source.stem)
        return target

    def last_automatic(self) -> datetime | None:
        """When the newest automatic backup of this database was made (None: never)."""
        pattern = f"{self._file().stem}.*.auto{backups.SUFFIX}"
        stamps = [backups.stamp_of(path.name) for path in backup_folder().glob(pattern)]
        return max((s for s in stamps if s is not None), default=None)

    def automatic_if_due(self, now: datetime | None = None) -> Path | None:
        """The daily backup, when the last one is a day old or there is none (start-up and
        a timer while the app runs); None: not due, or the database is not a file."""
        if self.db.path is None or self.db.read_only:
            return None
        now = now or datetime.now(UTC)
        last = self.last_automatic()
        if last is not None and now - last < DAILY:
            return None
        return self.automatic(now)

    def backups(self) -> list[BackupInfo]:
        """The backups of this database in the backup folder, newest first."""
        stem = self._file().stem
        return [b for b in backups.list_backups(backup_folder()) if b.path.name.startswith(stem)]
