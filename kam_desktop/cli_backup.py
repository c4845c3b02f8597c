"""``backup``, ``restore`` and ``backups``: copies of the database and putting one back.

A SQLite database is copied as a file (``.kambackup``); a server database (PostgreSQL), or a
target named ``….kamdossier``, gets a portable backup (every client, the shared side and the
settings), which ``restore`` rebuilds on either backend (``services/backups.py``).
``restore`` of a file copy never opens the database it replaces (it may be the damaged one):
it runs before the runner would open it. Heavy modules are imported inside the handlers.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kam_desktop.i18n import _

if TYPE_CHECKING:
    from kam_desktop.services.database import Database
    from kam_desktop.storage.backups import BackupInfo


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser(
        "backup",
        help=_("copy the database to a file (a consistent copy, even while it is in use)"),
        description=_(
            "Write a consistent copy of the database to FILE with SQLite's backup API; the "
            "window may keep working meanwhile. Restore it with the restore command. A server "
            "database (PostgreSQL), or a FILE named ….kamdossier, gets a portable backup "
            "instead: every client, the shared records and the settings, restorable into "
            "SQLite or PostgreSQL."
        ),
    )
    backup.add_argument("--out", required=True, metavar="FILE", help=_("the file to write"))
    _password_option(backup)
    backup.set_defaults(handler=run_backup, create_db=False)

    restore = subparsers.add_parser(
        "restore",
        help=_("put a backup in place of the database (the current one is kept aside first)"),
        description=_(
            "Replace the database with the backup FILE, after checking that FILE is a KAM "
            "Desktop database. The database replaced is first copied to the backup folder "
            "(its name says before-restore), so a restore can be undone the same way. A "
            "portable backup (.kamdossier) is restored into an SQLite file the same way, and "
            "into a server database only while it holds no clients."
        ),
    )
    restore.add_argument("file", metavar="FILE", help=_("the backup to restore"))
    _password_option(restore)
    restore.set_defaults(handler=run_restore, quick=quick_restore, create_db=True)

    listing = subparsers.add_parser(
        "backups",
        help=_("list the backups of the database in the backup folder"),
        description=_(
            "List the automatic backups (made at start and daily, the newest 14 kept) and "
            "those kept before a restore: date, clients, people, proposals, file."
        ),
    )
    listing.set_defaults(handler=run_backups, create_db=False)


def _password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-env",
        metavar="VAR",
        help=_("name of an environment variable holding the password (portable backups)"),
    )


def run_backup(args: argparse.Namespace, db: Database) -> int:
    from kam_desktop.cli_exchange import password_from_env
    from kam_desktop.services.backups import BackupService

    password = password_from_env(args.password_env)
    info = BackupService(db).backup_to(Path(args.out).expanduser(), password)
    print(_("Written: {path}").format(path=info.path) + "  " + describe(info))
    return 0


def quick_restore(args: argparse.Namespace) -> int:
    """The whole restore, before (and instead of) opening the database."""
    from kam_desktop.paths import database_file
    from kam_desktop.services.backups import (
        backup_kind,
        restore_database,
        sqlite_backup_on_server_error,
    )
    from kam_desktop.storage.backups import read_info

    backup = Path(args.file).expanduser()
    database = database_file(args.db)
    kind = backup_kind(backup)
    if kind == "portable":
        return _restore_portable(args, backup)
    if database is None:
        raise sqlite_backup_on_server_error()
    info = read_info(backup)  # refuses a file that is not one of ours, before anything
    kept = restore_database(database, backup)
    print(_("Restored {path}").format(path=database) + "  " + describe(info))
    if kept is not None:
        print(_("The database it replaced is kept at {path}").format(path=kept))
    return 0


def _restore_portable(args: argparse.Namespace, backup: Path) -> int:
    from kam_desktop.cli_exchange import password_from_env, say
    from kam_desktop.paths import masked_url
    from kam_desktop.services.backups import restore_portable

    password = password_from_env(args.password_env)
    result, kept = restore_portable(args.db, backup, password)
    where = masked_url(args.db) if args.db else _("the default database")
    say(_("Restored {path}").format(path=where) + "  " + result.summary())
    if kept is not None:
        print(_("The database it replaced is kept at {path}").format(path=kept))
    return 0


def run_restore(args: argparse.Namespace, db: Database) -> int:  # pragma: no cover
    raise AssertionError("restore runs before the database is opened (quick_restore)")


def run_backups(args: argparse.Namespace, db: Database) -> int:
    from kam_desktop.services.backups import BackupService, backup_folder

    found = BackupService(db).backups()
    if not found:
        print(_("No backups in {folder} yet.").format(folder=backup_folder()))
    for info in found:
        print(f"{info.taken_at:%Y-%m-%d %H:%M} UTC  {describe(info)}  {info.path}")
    return 0


def describe(info: BackupInfo) -> str:
    return _("clients: {clients}, people: {people}, proposals: {proposals}").format(
        clients=info.clients, people=info.people, proposals=info.proposals
    )
