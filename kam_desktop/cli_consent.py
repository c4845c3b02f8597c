"""``consent``: the people whose consent to keep their personal data is missing (no date and no
"how") or expired (older than the period of Settings → Today, or ``--months``) — the list a KAM
works through before an audit — as a table or ``--json``. Nothing is changed.

Heavy modules are imported inside the handler, so registering the verb costs nothing.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from kam_desktop.cli_agenda import iso_date
from kam_desktop.i18n import _

if TYPE_CHECKING:
    from kam_desktop.domain.consent import ConsentPerson
    from kam_desktop.services.database import Database

MAX_MONTHS = 120  # domain.consent.MAX_CONSENT_MONTHS, without importing it


def register(subparsers: argparse._SubParsersAction) -> None:
    consent = subparsers.add_parser(
        "consent",
        help=_("list people whose consent to keep personal data is missing or expired"),
        description=_(
            "List the people whose consent to keep their personal data is missing (neither a "
            "date nor how it was obtained) or expired (older than the period in Settings → "
            "Today, default 12 months), with their client and the consent date. Without "
            "--missing or --expired both are listed. Consent recorded without a date counts "
            "as recorded and never expires. Nothing is changed."
        ),
    )
    consent.add_argument(
        "--missing", action="store_true", help=_("people with no consent recorded")
    )
    consent.add_argument(
        "--expired", action="store_true", help=_("people whose consent is older than the period")
    )
    consent.add_argument(
        "--months",
        type=months_argument,
        metavar="N",
        help=_("the period in months (default: the setting; 0: nothing expires)"),
    )
    consent.add_argument(
        "--date", type=iso_date, metavar="YYYY-MM-DD", help=_("the day to check (default: today)")
    )
    consent.add_argument("--json", action="store_true", help=_("print a JSON array"))
    consent.set_defaults(handler=run_consent, create_db=False)


def months_argument(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if not 0 <= number <= MAX_MONTHS:
        raise argparse.ArgumentTypeError(
            _("expected a number of months from 0 to {max}: {value}").format(
                max=MAX_MONTHS, value=value
            )
        )
    return number


def person_as_json(person: ConsentPerson, months: int) -> dict[str, object]:
    from kam_desktop.domain.consent import valid_until

    data: dict[str, object] = {
        "state": person.state.value,
        "person": person.name,
        "person_id": person.member_id,
        "position": person.position,
        "client": person.client,
        "client_id": person.client_id,
        "consent_on": person.consent_on.isoformat() if person.consent_on else None,
        "consent_how": person.consent_how,
    }
    if person.consent_on is not None and months > 0:
        data["valid_until"] = valid_until(person.consent_on, months).isoformat()
    return data


def run_consent(args: argparse.Namespace, db: Database) -> int:
    from kam_desktop.cli_dossier import write_json
    from kam_desktop.domain.consent import ConsentState
    from kam_desktop.domain.errors import KamError
    from kam_desktop.services.consent import ConsentService

    service = ConsentService(db)
    months = service.months() if args.months is None else args.months
    if args.expired and months == 0:
        raise KamError(
            _("The consent period is 0 months (no reminder): give --months N to list expired.")
        )
    states = set()
    if args.missing or not args.expired:
        states.add(ConsentState.MISSING)
    if args.expired or not args.missing:
        states.add(ConsentState.EXPIRED)
    people = service.people(states, args.date, months)
    if args.json:
        write_json([person_as_json(person, months) for person in people])
        return 0
    if not people:
        print(_("Nobody: every person's consent is recorded and current."))
    labels = {ConsentState.MISSING: _("no consent"), ConsentState.EXPIRED: _("outdated")}
    for person in people:
        day = person.consent_on.isoformat() if person.consent_on else "—"
        print(f"{labels[person.state]:<12} {day:<10}  {person.name} — {person.client}")
    return 0
