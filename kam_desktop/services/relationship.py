"""The relationship map of a client: the chart, its kept layout, informal links, coverage.

The window's Map tab and ``kam-desktop map`` both come here. ``sheet`` reads everything the tab
shows in one unit of work (members, links, kept positions, role labels, the account warnings);
``export`` writes the same drawing the command line writes. Writes check that every member named
belongs to the client, so a stale window or a hand-made call cannot tie two clients together.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from kam_desktop.documents.map_renderer import MapDrawing, format_of, render
from kam_desktop.domain.coverage import AccountWarning, account_warnings, coverage_score
from kam_desktop.domain.dossier import Client, Member
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.domain.relationship_map import LinkKind, MemberLink, RelationshipMap, layout_map
from kam_desktop.files import write_atomically
from kam_desktop.i18n import _, current_language
from kam_desktop.services.agenda import AgendaService
from kam_desktop.services.database import Database
from kam_desktop.storage import client_store, cockpit_store, our_side_store

MAX_COORDINATE = 100_000.0  # a dragged node stays within reach of the automatic layout


@dataclass(frozen=True, slots=True)
class MapSheet:
    """What the Map tab shows for one client, read together."""

    client: Client
    members: list[Member]
    links: list[MemberLink]
    chart: RelationshipMap
    role_labels: dict[str, str]
    warnings: list[AccountWarning]

    @property
    def score(self) -> int:
        return coverage_score(self.warnings)

    def drawing(self, lang: str) -> MapDrawing:
        return MapDrawing(self.client.name, self.chart, self.role_labels, lang)


def _no_client(client_id: str) -> NotFoundError:
    return NotFoundError(_("No client with id {id}.").format(id=client_id))


class RelationshipService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- reading ---------------------------------------------------------------------------
    def chart(self, client_id: str) -> RelationshipMap:
        """The client's map: the tree by reports-to, links, and the positions the KAM kept."""
        with self.db.session() as s:
            self._require_client(s, client_id)
            return self._chart(s, client_id, self._members(s, client_id))

    def sheet(self, client_id: str, today: date | None = None, lang: str | None = None) -> MapSheet:
        """The map, the members, the links and the account warnings of one client."""
        lang = lang or current_language()
        rules = AgendaService(self.db).cadences()
        with self.db.session() as s:
            client = client_store.find_client(s, client_id)
            if client is None:
                raise _no_client(client_id)
            members = self._members(s, client_id)
            links = cockpit_store.links_of_client(s, client_id)
            kept = cockpit_store.map_positions(s, client_id)
            labels = self._role_labels(s, lang)
            contacts = cockpit_store.last_contacts(s, client_id) if members else {}
        chart = layout_map(members, links, kept)
        warnings = account_warnings(
            members,
            client.status,
            today or date.today(),
            contacts,
            lambda code: labels.get(code, code),
            rules,
            lang,
        )
        return MapSheet(client, members, links, chart, labels, warnings)

    def coverage(
        self, client_id: str, today: date | None = None, lang: str | None = None
    ) -> list[AccountWarning]:
        """What the decision group lacks (the same rules as the proposals' check)."""
        return self.sheet(client_id, today, lang).warnings

    def drawing(self, client_id: str, lang: str | None = None) -> MapDrawing:
        lang = lang or current_language()
        with self.db.session() as s:
            client = client_store.find_client(s, client_id)
            if client is None:
                raise _no_client(client_id)
            chart = self._chart(s, client_id, self._members(s, client_id))
            labels = self._role_labels(s, lang)
        return MapDrawing(client.name, chart, labels, lang)

    def links(self, client_id: str) -> list[MemberLink]:
        with self.db.session() as s:
            return cockpit_store.links_of_client(s, client_id)

    # ---- the layout --------------------------------------------------------------------------
    def keep_positions(self, client_id: str, positions: Mapping[str, tuple[float, float]]) -> None:
        """Remember where the KAM put these nodes; every id must be a member of the client."""
        cleaned: dict[str, tuple[float, float]] = {}
        for member_id, (x, y) in positions.items():
            if not (math.isfinite(x) and math.isfinite(y)):
                raise ValidationError({"position": _("A position must be a finite number.")})
            cleaned[member_id] = (_clamp(x), _clamp(y))
        with self.db.session() as s:
            self._require_client(s, client_id)
            self._require_members(s, client_id, cleaned)
            cockpit_store.keep_positions(s, cleaned)

    def reset_layout(self, client_id: str) -> None:
        """Forget the kept positions: the automatic tree again."""
        with self.db.session() as s:
            self._require_client(s, client_id)
            cockpit_store.forget_positions(s, client_id)

    # ---- informal links ------------------------------------------------------------------------
    def add_link(self, link: MemberLink) -> MemberLink:
        """Store an informal link between two different members of the link's client."""
        if link.from_member_id == link.to_member_id:
            raise ValidationError({"to_member_id": _("A person cannot be linked to themselves.")})
        kind = LinkKind(link.kind)
        with self.db.session() as s:
            self._require_client(s, link.client_id)
            self._require_members(s, link.client_id, [link.from_member_id, link.to_member_id])
            for known in cockpit_store.links_of_client(s, link.client_id):
                if _same_link(known, link.from_member_id, link.to_member_id, kind):
                    raise ValidationError({"to_member_id": _("These two are already linked so.")})
            stored = MemberLink(link.client_id, link.from_member_id, link.to_member_id, kind)
            stored.id = cockpit_store.add_link(s, stored)
        return stored

    def delete_link(self, link_id: str) -> MemberLink:
        """Remove a link; returns it (what an undo would put back)."""
        with self.db.session() as s:
            removed = cockpit_store.delete_link(s, link_id)
        if removed is None:
            raise NotFoundError(_("This link no longer exists; it may have been removed."))
        return removed

    # ---- files ----------------------------------------------------------------------------------
    def export(self, client_id: str, path: str | Path, lang: str | None = None) -> Path:
        """Write the map as PNG or PDF (by the file's extension), atomically."""
        target = Path(path)
        file_format = format_of(target)  # refuse a wrong name before reading anything
        data = render(self.drawing(client_id, lang), file_format)
        return write_atomically(target, data)

    # ---- helpers ----------------------------------------------------------------------------------
    @staticmethod
    def _require_client(s: Session, client_id: str) -> None:
        if not client_store.client_exists(s, client_id):
            raise _no_client(client_id)

    @staticmethod
    def _require_members(s: Session, client_id: str, member_ids: Iterable[str]) -> None:
        ids = set(member_ids)
        owners = client_store.member_clients(s, ids)
        if any(owners.get(member_id) != client_id for member_id in ids):
            raise ValidationError(
                {"member": _("Only people of this client's decision group can be on its map.")}
            )

    @staticmethod
    def _members(s: Session, client_id: str) -> list[Member]:
        return client_store.load_members(s, [client_id]).get(client_id, [])

    @staticmethod
    def _chart(s: Session, client_id: str, members: list[Member]) -> RelationshipMap:
        links = cockpit_store.links_of_client(s, client_id)
        kept = cockpit_store.map_positions(s, client_id)
        return layout_map(members, links, kept)

    @staticmethod
    def _role_labels(s: Session, lang: str) -> dict[str, str]:
        return {role.code: role.label(lang) for role in our_side_store.load_roles(s)}


def _clamp(value: float) -> float:
    return max(-MAX_COORDINATE, min(MAX_COORDINATE, float(value)))


def _same_link(known: MemberLink, a: str, b: str, kind: LinkKind) -> bool:
    if known.kind != kind:
        return False
    if (known.from_member_id, known.to_member_id) == (a, b):
        return True
    # "friendly with" has no direction: b friendly with a is the same link
    return kind == LinkKind.FRIENDLY and (known.from_member_id, known.to_member_id) == (b, a)
