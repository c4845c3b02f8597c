"""Command line: global options, verbs collected from the ``cli_*`` modules, error handling.

This module and the verb modules import no Qt and nothing heavy at import time, so
``--help`` and ``--version`` answer at once and scripts run on headless machines. A verb's
handler gets the opened ``Database``; every ``KamError`` it raises becomes one line on stderr
and exit code 2, any other exception one line pointing to the log (traceback there), exit 1.
A verb sets ``create_db`` (it may make a new database file) and ``writes`` (it changes the
database, so it is refused on a read-only one before doing anything).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from kam_desktop import __version__
from kam_desktop.i18n import _, set_language, system_language
from kam_desktop.paths import APP_SLUG

if TYPE_CHECKING:
    from kam_desktop.domain.errors import DatabaseError

log = logging.getLogger(__name__)

VERB_MODULES = (
    "kam_desktop.cli_dossier",
    "kam_desktop.cli_proposals",
    "kam_desktop.cli_exchange",
    "kam_desktop.cli_agenda",
    "kam_desktop.cli_send",
    "kam_desktop.cli_brief",
    "kam_desktop.cli_map",
    "kam_desktop.cli_backup",
    "kam_desktop.cli_personal",
    "kam_desktop.cli_consent",
    "kam_desktop.cli_erase",
)

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2  # bad argument, bad database file, unknown id: the user's input, not a bug
EXIT_INTERRUPTED = 130
# Pauses before trying a verb again while another process keeps the database locked (each
# attempt also waits the busy timeout, 5 s by default, on every statement).
BUSY_RETRY_PAUSES = (0.5, 1.5)


class UsageError(Exception):
    """A bad command line; raised instead of argparse's multi-line usage dump."""


class HelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, _("usage: ") if prefix is None else prefix)


class ArgumentParser(argparse.ArgumentParser):
    """argparse with translated section titles and one-line errors."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = _("arguments")
        self._optionals.title = _("options")
        self.add_argument("-h", "--help", action="help", help=_("show this help message and exit"))

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def database_argument(value: str) -> str:
    """``--db`` must name something: an empty value would silently mean the default file."""
    if not value.strip():
        raise argparse.ArgumentTypeError(_("give a database file path or URL"))
    return value


def build_parser() -> ArgumentParser:
    parser = ArgumentParser(
        prog=APP_SLUG,
        description=_(
            "KAM Desktop: decision-group dossiers and role-tailored commercial proposals. "
            "Without a command the application window opens."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_SLUG} {__version__}",
        help=_("show the version and exit"),
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=database_argument,
        help=_("database file or SQLAlchemy URL (default: the file in the user data folder)"),
    )
    subparsers = parser.add_subparsers(title=_("commands"), dest="verb", metavar="COMMAND")
    for name in VERB_MODULES:
        module = _verb_module(name)
        if module is not None:
            module.register(subparsers)
    return parser


def _verb_module(name: str):
    """A verb module, or None while it has not been written yet."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise


def _say(message: str) -> None:
    """One line on stderr, whatever the message holds."""
    from kam_desktop.domain.validation import printable  # names in a message stay text

    print(f"{APP_SLUG}: {' '.join(printable(message).split())}", file=sys.stderr)


def _configure_logging() -> Path | None:
    from kam_desktop.logsetup import configure_logging

    try:
        return configure_logging()
    except OSError as exc:  # an unwritable data dir must not stop a read-only command
        _say(_("Cannot write the log file: {error}").format(error=exc))
        return None


def _refuse_missing_database(db_arg: str | None) -> None:
    """Verbs that only read must not create an empty database from a mistyped path."""
    from kam_desktop.domain.errors import DatabaseError
    from kam_desktop.paths import database_file

    path = database_file(db_arg) if db_arg else None
    if path is not None and not path.exists() and path.parent.is_dir():
        raise DatabaseError(_("Database {path} does not exist.").format(path=path))


def _run_verb_once(args: argparse.Namespace) -> int:
    # A command's imports build ~10⁵ long-lived objects: with the default thresholds the cyclic
    # collector walks them over and over (~12 % of a cold render-proposal). Fewer, later passes.
    gc.set_threshold(5_000, 20, 20)
    from kam_desktop.services.database import Database

    db = Database.open(args.db)
    try:
        if getattr(args, "writes", False):
            db.require_writable()
        return int(args.handler(args, db) or EXIT_OK)
    finally:
        db.close()


def run_verb(args: argparse.Namespace) -> int:
    """Open the database, run the verb's handler, close the database.

    While another process holds the write lock, each statement waits (the busy timeout);
    if the lock outlasts that, the whole verb is tried again a few times before giving up.
    A verb writes in one transaction and prints only at the end, so a retry is safe.
    """
    from kam_desktop.domain.errors import DatabaseBusyError

    if not getattr(args, "create_db", True):
        _refuse_missing_database(args.db)
    quick = getattr(args, "quick", None)  # a read-only verb's way around SQLAlchemy, if any
    if quick is not None:
        done = quick(args)
        if done is not None:
            return done
    for pause in BUSY_RETRY_PAUSES:
        try:
            return _run_verb_once(args)
        except DatabaseBusyError:
            log.info("database busy; %s tried again in %.1f s", args.verb, pause)
            time.sleep(pause)
    return _run_verb_once(args)


def run_gui(db_arg: str | None) -> int:
    from kam_desktop.gui.qt_platform import start_problem

    # Qt aborts the process from C++ when its window cannot start: say why before that.
    problem = start_problem()
    if problem is not None:
        log.error("the window cannot start: %s", problem)
        _say(problem)
        return EXIT_USAGE
    try:
        from kam_desktop.gui.app import run_gui as start_gui
    except ImportError as exc:
        log.exception("the GUI cannot be imported")
        _say(_("The application window cannot start: {error}").format(error=exc))
        return EXIT_UNEXPECTED
    return start_gui(db_arg)


def _silence_stdout() -> None:
    # Python flushes stdout at exit; pointing it at devnull avoids a second BrokenPipeError.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _parse(parser: ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    args = parser.parse_args(argv)
    if args.verb is not None and not hasattr(args, "handler"):
        parser.error(_("the command {verb} has no handler").format(verb=args.verb))
    # A verb may check how its options combine, before anything opens the database.
    problem = args.check(args) if hasattr(args, "check") else None
    if problem:
        parser.error(problem)
    return args


def run(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the chosen verb (or the GUI); returns the process exit code."""
    from kam_desktop.domain.errors import KamError

    set_language(system_language())
    parser = build_parser()
    try:
        args = _parse(parser, argv)
    except UsageError as exc:
        _say(_("{error} (see {prog} --help)").format(error=exc, prog=APP_SLUG))
        return EXIT_USAGE
    log_file = _configure_logging()
    try:
        if args.verb is None:
            return run_gui(args.db)
        return run_verb(args)
    except KamError as exc:
        log.info("%s refused: %s", args.verb, exc)
        _say(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. `kam-desktop search … | head`: the reader has had enough
        _silence_stdout()
        return EXIT_OK
    except MemoryError:
        log.exception("out of memory in %s", args.verb)
        _say(_("Not enough memory for this command; the input is probably too large."))
        return EXIT_USAGE
    except OSError as exc:  # the environment's fault (a file, a disk), not a bug
        log.exception("system error in %s", args.verb)
        _say(_os_error_message(exc))
        return EXIT_USAGE
    except Exception as exc:
        known = _database_error(exc)
        if known is not None:
            log.info("%s refused: %s", args.verb, known, exc_info=True)
            _say(str(known))
            return EXIT_USAGE
        log.exception("unexpected error in %s", args.verb or "gui")
        _say(
            _("Unexpected error: {error}. Details are in {log}").format(
                error=_describe_unexpected(exc), log=log_file or "-"
            )
        )
        return EXIT_UNEXPECTED


def _database_error(exc: Exception) -> DatabaseError | None:
    """Our message for an SQLite failure the user can act on (busy, full, …), or None."""
    if not type(exc).__module__.startswith(("sqlalchemy", "sqlite3")):
        return None
    from kam_desktop.storage.sqlite_files import user_facing_error

    return user_facing_error(exc)


def _describe_unexpected(exc: Exception) -> str:
    # A database error's text quotes the SQL and its parameters (names, e-mails): log only.
    if type(exc).__module__.startswith(("sqlalchemy", "sqlite3")):
        return type(exc).__name__
    return f"{type(exc).__name__}: {exc}"


def _os_error_message(exc: OSError) -> str:
    if exc.filename is not None:
        return _("Cannot use {path}: {error}").format(
            path=exc.filename, error=exc.strerror or type(exc).__name__
        )
    return _("System error: {error}").format(error=exc.strerror or type(exc).__name__)
