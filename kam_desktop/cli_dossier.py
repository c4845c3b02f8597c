"""Dossier verbs: ``demo`` (fill a database with the demo portfolio) and ``search``.

Heavy modules are imported inside the handlers, so registering the verbs costs nothing.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from typing import TYPE_CHECKING

from kam_desktop.i18n import _

if TYPE_CHECKING:
    from kam_desktop.domain.dossier import SearchHit
    from kam_desktop.services.database import Database

NAME_WIDTH = 40  # long names are cut in the table; --json always has them whole


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser(
        "demo",
        help=_("fill the database with a demo portfolio"),
        description=_(
            "Load a demo portfolio of clients, decision groups, interactions and our team. "
            "Loading it again refreshes the demo records instead of duplicating them."
        ),
    )
    demo.add_argument(
        "--force",
        action="store_true",
        help=_("load the demo even if the database already holds other clients"),
    )
    demo.set_defaults(handler=run_demo, create_db=True, writes=True)

    search = subparsers.add_parser(
        "search",
        help=_("find clients and people by any part of their words"),
        description=_(
            "Find clients and decision-group members. Every word of TEXT must start a word "
            "of the name, position, notes, hobbies, e-mail… Case does not matter."
        ),
    )
    search.add_argument("text", nargs="+", metavar="TEXT", help=_("what to look for"))
    search.add_argument("--json", action="store_true", help=_("print a JSON array"))
    search.add_argument(
        "--limit",
        type=positive_int,
        default=200,
        metavar="N",
        help=_("at most N matches (default: 200)"),
    )
    search.set_defaults(handler=run_search, create_db=False)


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(
            _("expected a whole number above zero: {value}").format(value=value)
        )
    return number


def run_demo(args: argparse.Namespace, db: Database) -> int:
    from kam_desktop.domain.errors import KamError
    from kam_desktop.services.demo import load_demo, non_demo_client_count
    from kam_desktop.services.dossiers import DossierService

    others = non_demo_client_count(db)
    if others and not args.force:
        raise KamError(
            _(
                "The database already holds {count} clients of your own; add --force to load "
                "the demo portfolio next to them."
            ).format(count=others)
        )
    load_demo(db)
    total = DossierService(db).count_clients()
    print(_("Demo portfolio loaded; the database holds {count} clients.").format(count=total))
    return 0


def hit_as_json(hit: SearchHit) -> dict[str, str]:
    return {
        "type": hit.type,
        "id": hit.id,
        "name": hit.name,
        "client": hit.client,
        "client_id": hit.client_id,
        "detail": hit.detail,
    }


def run_search(args: argparse.Namespace, db: Database) -> int:
    from kam_desktop.services.dossiers import DossierService

    hits = DossierService(db).search(" ".join(args.text), limit=args.limit)
    if args.json:
        write_json([hit_as_json(h) for h in hits])
    else:
        write_table(hits)
    return 0


def write_json(data: object) -> None:
    from kam_desktop.domain.validation import printable

    # JSON stays valid on a console that cannot show Cyrillic: escape instead of failing.
    utf8 = (sys.stdout.encoding or "").lower().replace("-", "") == "utf8"
    # json escapes C0 controls itself; DEL, C1 and bidi controls get the same \\u escapes.
    if isinstance(data, list):
        # One element per line: json's C encoder (indent= falls back to the pure-Python one,
        # ~10× slower on a 7 MB agenda) and still a layout that diffs and greps well.
        encode = json.JSONEncoder(ensure_ascii=not utf8).encode  # one encoder for all
        body = ",\n".join("  " + encode(item) for item in data)
        text = f"[\n{body}\n]" if data else "[]"
    else:
        text = json.dumps(data, ensure_ascii=not utf8, indent=2)
    sys.stdout.write(printable(text) + "\n")


def _cell(text: str, width: int) -> str:
    from kam_desktop.domain.validation import printable

    text = " ".join(printable(text, keep_newlines=False).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def write_table(hits: list[SearchHit]) -> None:
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="replace")  # a console without Cyrillic shows «?»
    if not hits:
        print(_("Nothing found."))
        return
    kinds = {"client": _("client"), "person": _("person")}
    rows = [
        (kinds.get(h.type, h.type), _cell(h.name, NAME_WIDTH), _cell(h.client, NAME_WIDTH), h.id)
        for h in hits
    ]
    header = (_("Type"), _("Name"), _("Client"), _("ID"))
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
