"""Command line: global options, verbs collected from the ``cli_*`` modules, error handling.

This module and the verb modules import no Qt and nothing heavy at import time, so
``--help`` and ``--version`` answer at once and scripts run on headless machines. A verb's
handler gets the opened ``Database``; every ``KamError`` it raises becomes one line on stderr
and exit code 2, any other exception one line pointing to the log (traceback there), exit 1.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from kam_desktop import __version__
from kam_desktop.i18n import _, set_language, system_language
from kam_desktop.paths import APP_SLUG

log = logging.getLogger(__name__)

VERB_MODULES = ("kam_desktop.cli_dossier", "kam_desktop.cli_proposals", "kam_desktop.cli_exchange")

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2  # bad argument, bad database file, unknown id: the user's input, not a bug
EXIT_INTERRUPTED = 130


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
    print(f"{APP_SLUG}: {' '.join(message.split())}", file=sys.stderr)


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
    from kam_desktop.paths import database_url
    from kam_desktop.storage.db import sqlite_file

    path = sqlite_file(database_url(db_arg)) if db_arg else None
    if path is not None and not path.exists() and path.parent.is_dir():
        raise DatabaseError(_("Database {path} does not exist.").format(path=path))


def run_verb(args: argparse.Namespace) -> int:
    """Open the database, run the verb's handler, close the database."""
    # A command's imports build ~10⁵ long-lived objects: with the default thresholds the cyclic
    # collector walks them over and over (~12 % of a cold render-proposal). Fewer, later passes.
    gc.set_threshold(5_000, 20, 20)
    from kam_desktop.services.database import Database

    if not getattr(args, "create_db", True):
        _refuse_missing_database(args.db)
    db = Database.open(args.db)
    try:
        return int(args.handler(args, db) or EXIT_OK)
    finally:
        db.close()


def run_gui(db_arg: str | None) -> int:
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
    except Exception as exc:
        log.exception("unexpected error in %s", args.verb or "gui")
        _say(
            _("Unexpected error: {error}. Details are in {log}").format(
                error=f"{type(exc).__name__}: {exc}", log=log_file or "-"
            )
        )
        return EXIT_UNEXPECTED
