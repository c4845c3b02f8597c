"""Sharing dossiers without the personal layer (``domain.dossier.PERSONAL_LAYER``).

A file written "without personal details" says so in its manifest (``"personal_layer": false``;
absent = the full layer, as every earlier file) and its records are in their *business form*:

- a member without the personal fields at all (absent = not shared, never "empty");
- a sent proposal's frozen copy (``snapshot``) with each addressee's ``values`` cut down to
  the words that chose the value blocks of that document (so it re-renders the same at the
  receiver's, without the person's own wording);
- every other record as it is (nothing personal in it).

An import of such a file compares and merges on the business form only, and keeps the
receiver's own personal values (services/exchange_apply.py). An exchange without the personal
layer notes the business forms in the ledger under ``business_id(record id)`` (same group),
and such a file's ``history`` holds the exporter's full states and business forms: theirs is
an update when it names my full state or my business form, as with full files. Full
exchanges note nothing more than before.
"""

from __future__ import annotations

import json
from typing import Any

from kam_desktop.domain.dossier import PERSONAL_LAYER
from kam_desktop.domain.proposal_context import context_from_json
from kam_desktop.domain.tailoring import recognise

MANIFEST_KEY = "personal_layer"
# The member fields of the file that form the personal layer (the same names as the domain's).
PERSONAL_KEYS = frozenset(PERSONAL_LAYER)
# Record kinds whose business form differs from the full one.
KINDS_WITH_PERSONAL = frozenset({"member", "proposal"})
_BUSINESS = "#business"  # "<id>#<form>": storage/sync_ledger.py forgets these with the record


def business_id(record_id: str) -> str:
    """The ledger entry of a record's business-form fingerprints."""
    return record_id + _BUSINESS


def business_member(record: dict) -> dict:
    """A member record of the file without its personal fields."""
    return {k: v for k, v in record.items() if k not in PERSONAL_KEYS}


def reduce_snapshot(snapshot: str | None) -> str | None:
    """A sent revision's frozen context with each addressee's ``values`` reduced to the words
    the value tags recognised (sorted, once each): what shaped the document, and no more.

    Reducing twice gives the same text; a snapshot with nothing to reduce comes back as is.
    Raises ``ValueError`` (or ``KeyError``/``TypeError``) on a snapshot that is not ours.
    """
    if not snapshot:
        return snapshot
    data: dict[str, Any] = json.loads(snapshot)
    tags = context_from_json(snapshot).tags
    changed = False
    for addressee in data["addressees"]:
        matches = recognise(str(addressee.get("values") or ""), tags, "values").values()
        words = ", ".join(sorted({word for match in matches for word in match.words}))
        if addressee.get("values", "") != words:
            addressee["values"] = words
            changed = True
    if not changed:
        return snapshot
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def business_proposal(record: dict) -> dict:
    """A proposal record of the file with its snapshot reduced (``reduce_snapshot``)."""
    snapshot = record.get("snapshot")
    reduced = reduce_snapshot(snapshot)
    return record if reduced == snapshot else {**record, "snapshot": reduced}


def business_record(kind: str, record: dict) -> dict:
    """The business form of any record of the file (unchanged for kinds with nothing personal)."""
    if kind == "member":
        return business_member(record)
    if kind == "proposal":
        return business_proposal(record)
    return record


def personal_fields_in(member: dict) -> list[str]:
    """The personal fields a member record of the file holds (sorted)."""
    return sorted(PERSONAL_KEYS & member.keys())


def snapshot_is_reduced(snapshot: str | None) -> bool:
    """True when a frozen copy holds no more of its addressees' values than the document used."""
    try:
        return reduce_snapshot(snapshot) == snapshot
    except (ValueError, KeyError, TypeError, AttributeError):
        return False


def carries_personal(manifest: dict) -> bool:
    """Does the file carry the personal layer? A manifest without the key: yes (older files)."""
    return manifest.get(MANIFEST_KEY, True) is not False
