"""``agenda``: the Today items (birthdays, expiring proposals, next steps, tenders, people to
get back in touch with, consents to renew) for a date and a horizon, as a table or ``--json``;
``--kind`` keeps some kinds only, as the Today page's «Show».

Heavy modules are imported inside the handler, so registering the verb costs nothing.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from kam_desktop.i18n import _

if TYPE_CHECKING:
    from kam_desktop.domain.agenda import AgendaItem
    from kam_desktop.services.database import Database

DEFAULT_DAYS = 14
MAX_DAYS = 366


def register(subparsers: argparse._SubParsersAction) -> None:
    agenda = subparsers.add_parser(
        "agenda",
        help=_("what to act on today: birthdays, expiring proposals, next steps, tenders"),
        description=_(
            "List the Today items for a date (default: today) and the days after it "
            "(default: 14): birthdays of people and their relatives, proposals that expire "
            "within 7 days or have expired, next steps due or overdue, tenders whose "
            "preparation has begun, and key people not contacted within their cadence; with "
            "--kind renew-consent, people whose consent to keep personal data is older than "
            "the period set (paperwork, left out by default)."
        ),
    )
    agenda.add_argument("--json", action="store_true", help=_("print a JSON array"))
    agenda.add_argument(
        "--date", type=iso_date, metavar="YYYY-MM-DD", help=_("the day to plan (default: today)")
    )
    agenda.add_argument(
        "--days",
        type=horizon_days,
        default=DEFAULT_DAYS,
        metavar="N",
        help=_("how many days ahead to look (default: 14)"),
    )
    agenda.add_argument(
        "--kind",
        action="append",
        metavar="KIND",
        help=_(
            "only items of this kind (repeat for more): birthday, proposal-expiring, "
            "proposal-expired, next-step, tender, stale-contact, renew-consent"
        ),
    )
    agenda.set_defaults(handler=run_agenda, check=check_agenda, create_db=False)


def check_agenda(args: argparse.Namespace) -> str | None:
    """An unknown kind is refused before the database opens."""
    from kam_desktop.domain.agenda import AgendaKind

    known = {kind.value for kind in AgendaKind}
    for value in args.kind or ():
        if value.strip() not in known:
            return _("unknown kind {value}; the kinds are: {kinds}").format(
                value=value, kinds=", ".join(kind.value for kind in AgendaKind)
            )
    return None


def iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("expected a date as YYYY-MM-DD: {value}").format(value=value)
        ) from None


def horizon_days(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if not 0 <= number <= MAX_DAYS:
        raise argparse.ArgumentTypeError(
            _("expected a number of days from 0 to {max}: {value}").format(
                max=MAX_DAYS, value=value
            )
        )
    return number


OPTIONAL_FIELDS = (
    "member_id",
    "proposal_id",
    "interaction_id",
    "step_id",
    "tender_id",
    "age",
)


def item_as_json(item: AgendaItem) -> dict[str, object]:
    data: dict[str, object] = {
        "kind": item.kind.value,
        "date": item.date.isoformat(),
        "title": item.title,
        "client": item.client,
        "client_id": item.client_id,
        "overdue": item.overdue,
    }
    for name in OPTIONAL_FIELDS:  # only what the item has (tens of thousands per agenda)
        value = getattr(item, name)
        if value is not None:
            data[name] = value
    if item.person:
        data["person"] = item.person
    data.update(item.extra)
    return data


def run_agenda(args: argparse.Namespace, db: Database) -> int:
    from kam_desktop.cli_dossier import write_json
    from kam_desktop.domain.agenda import AgendaKind
    from kam_desktop.services.agenda import AgendaService

    # Consent renewals are paperwork, not today's calls (and thousands on a big portfolio):
    # only when asked for, as the morning tray message leaves them out too.
    kinds = (
        {AgendaKind(value.strip()) for value in args.kind}
        if args.kind
        else set(AgendaKind) - {AgendaKind.RENEW_CONSENT}
    )
    items = AgendaService(db).items(args.date, args.days, kinds)
    if args.json:
        write_json([item_as_json(item) for item in items])
        return 0
    if not items:
        print(_("Nothing due in this period."))
    for item in items:
        mark = "!" if item.overdue else " "
        print(f"{mark} {item.date.isoformat()}  {item.kind.value:<18} {item.title} — {item.client}")
    return 0
