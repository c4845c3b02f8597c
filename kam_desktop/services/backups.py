"""Backups of the SQLite database: on request, automatically (at start and daily), restored.

Automatic backups go to ``<data dir>/backups`` as ``<database>.<UTC stamp>.auto.kambackup``
(the copy made before a migration goes there too, as ``….before-<revision>.kambackup``);
only the newest ``keep`` of them are kept (setting ``backup.keep``, default 14). A backup asked
for (``backup --out FILE``) goes where it is asked, and so does nothing to the rotation. A
restore first copies the current database to the same folder (``…before-restore…``). The GUI
and the command line share all of it; nothing here imports Qt.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from kam_desktop.domain.errors import DatabaseError, ValidationError
from kam_desktop.i18n import _
from kam_desktop.services.database import Database
from kam_desktop.storage import backups
from kam_desktop.storage.backups import BackupInfo, backup_folder
from kam_desktop.storage.settings_store import read_setting, write_setting

SETTING_KEEP = "backup.keep"
DEFAULT_KEEP = 14
MAX_KEEP = 365
DAILY = timedelta(days=1)


def restore_database(database: Path, backup: Path) -> Path | None:
    """Put ``backup`` in place of the database file; returns the copy of the one replaced.
    Works without opening the database (it may be the damaged one being replaced)."""
    return backups.restore(backup, database, backup_folder())


class BackupService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _file(self) -> Path:
        if self.db.path is None:
            raise DatabaseError(_("Only a database file (SQLite) can be backed up this way."))
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
    def backup_to(self, target: Path) -> BackupInfo:
        """A copy of the database at ``target`` (never over the database itself)."""
        source = self._file()
        if target.resolve() == source.resolve():
            raise DatabaseError(_("A backup cannot replace the database it copies."))
        return backups.read_info(backups.copy_database(source, target))

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
