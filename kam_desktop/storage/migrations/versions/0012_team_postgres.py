"""Team mode on PostgreSQL: word search through a GIN index, and trigger functions that keep
Today's derived tables; on both backends, an index of consent dates for the renewal reminder

Revision ID: 0012_team_postgres
Revises: 0011_team_records
Create Date: 2026-12-01

PostgreSQL:
- ``search_index.words`` holds each entry's words as the search folds them (case, ё → е;
  ``storage/search_index.document_words``), as a ``tsvector`` built from that list — no text
  search configuration or server locale is involved, so Russian and English fold alike on any
  server. A GIN index answers prefix queries (``'пет':*``), one letter included.
- ``member_contact`` and ``client_contact`` (migration 0010) get PL/pgSQL trigger functions
  doing what 0010's SQLite triggers do, and are filled from the rows as they are.

Nothing a user wrote changes.
"""

from __future__ import annotations

import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0012_team_postgres"
down_revision = "0011_team_records"
branch_labels = None
depends_on = None

# A frozen copy of storage/search_index.document_words at this revision (a migration must not
# depend on code that may change later).
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _is_latin(c: str) -> bool:
    return c.isascii() or "\u00c0" <= c <= "\u024f" or "\u1e00" <= c <= "\u1eff"


def _fold(word: str) -> str:
    folded = word.casefold().replace("ё", "е")
    if folded.isascii():
        return folded
    kept: list[str] = []
    for c in unicodedata.normalize("NFKD", folded):
        if unicodedata.combining(c) and kept and _is_latin(kept[-1]):
            continue  # café → cafe, as SQLite's unicode61 (remove_diacritics 2) does
        kept.append(c)
    return unicodedata.normalize("NFC", "".join(kept))


def _words(*texts: str) -> list[str]:
    return [_fold(w) for w in _WORD.findall(" ".join(t for t in texts if t))]


LAST_ON_FUNCTION = """
CREATE OR REPLACE FUNCTION kam_member_last_on(wanted varchar) RETURNS date
LANGUAGE sql STABLE AS $$
  SELECT GREATEST(
    (SELECT last_contact_on FROM member WHERE id = wanted),
    (SELECT max(i.occurred_on) FROM interaction_member AS im
       JOIN interaction AS i ON i.id = im.interaction_id WHERE im.member_id = wanted))
$$
"""

CLIENT_RECOUNT_FUNCTION = """
CREATE OR REPLACE FUNCTION kam_client_recount(wanted varchar) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM client_contact WHERE client_id = wanted;
  INSERT INTO client_contact (client_id, last_on)
    SELECT wanted, max(occurred_on) FROM interaction WHERE client_id = wanted
    HAVING max(occurred_on) IS NOT NULL;
END $$
"""

# name → (table and events, body of the row trigger function)
TRIGGERS = {
    "kam_member_added": (
        "AFTER INSERT ON member",
        """
  INSERT INTO member_contact (member_id, client_id, client_status, influence, full_name, last_on)
  VALUES (NEW.id, NEW.client_id,
          coalesce((SELECT status FROM client WHERE id = NEW.client_id), ''),
          NEW.influence, NEW.full_name, kam_member_last_on(NEW.id))
  ON CONFLICT (member_id) DO UPDATE SET client_id = excluded.client_id,
    client_status = excluded.client_status, influence = excluded.influence,
    full_name = excluded.full_name, last_on = excluded.last_on;
  RETURN NULL;""",
    ),
    "kam_member_changed": (
        "AFTER UPDATE OF client_id, influence, full_name, last_contact_on ON member",
        """
  UPDATE member_contact SET client_id = NEW.client_id,
    client_status = coalesce((SELECT status FROM client WHERE id = NEW.client_id), ''),
    influence = NEW.influence, full_name = NEW.full_name, last_on = kam_member_last_on(NEW.id)
  WHERE member_id = NEW.id;
  RETURN NULL;""",
    ),
    "kam_client_status": (
        "AFTER UPDATE OF status ON client",
        """
  UPDATE member_contact SET client_status = NEW.status WHERE client_id = NEW.id;
  RETURN NULL;""",
    ),
    "kam_member_gone": (
        "AFTER DELETE ON member",
        """
  DELETE FROM member_contact WHERE member_id = OLD.id;
  RETURN NULL;""",
    ),
    "kam_took_part": (
        "AFTER INSERT ON interaction_member",
        """
  UPDATE member_contact SET last_on = GREATEST(last_on,
    (SELECT occurred_on FROM interaction WHERE id = NEW.interaction_id))
  WHERE member_id = NEW.member_id;
  RETURN NULL;""",
    ),
    "kam_part_gone": (
        "AFTER DELETE ON interaction_member",
        """
  UPDATE member_contact SET last_on = kam_member_last_on(OLD.member_id)
  WHERE member_id = OLD.member_id;
  RETURN NULL;""",
    ),
    "kam_part_moved": (
        "AFTER UPDATE ON interaction_member",
        """
  UPDATE member_contact SET last_on = kam_member_last_on(member_id)
  WHERE member_id IN (OLD.member_id, NEW.member_id);
  RETURN NULL;""",
    ),
    "kam_date_moved": (
        "AFTER UPDATE OF occurred_on ON interaction",
        """
  UPDATE member_contact SET last_on = kam_member_last_on(member_id)
  WHERE member_id IN (SELECT member_id FROM interaction_member WHERE interaction_id = NEW.id);
  RETURN NULL;""",
    ),
    "kam_client_contact_added": (
        "AFTER INSERT ON interaction",
        """
  IF NEW.occurred_on IS NOT NULL THEN
    INSERT INTO client_contact (client_id, last_on) VALUES (NEW.client_id, NEW.occurred_on)
    ON CONFLICT (client_id) DO UPDATE SET last_on = excluded.last_on
    WHERE excluded.last_on > client_contact.last_on;
  END IF;
  RETURN NULL;""",
    ),
    "kam_client_contact_gone": (
        "AFTER DELETE ON interaction",
        """
  PERFORM kam_client_recount(OLD.client_id);
  RETURN NULL;""",
    ),
    "kam_client_contact_moved": (
        "AFTER UPDATE OF occurred_on, client_id ON interaction",
        """
  PERFORM kam_client_recount(OLD.client_id);
  IF NEW.client_id <> OLD.client_id THEN
    PERFORM kam_client_recount(NEW.client_id);
  END IF;
  RETURN NULL;""",
    ),
}

FILL_MEMBERS = (
    "INSERT INTO member_contact "
    "(member_id, client_id, client_status, influence, full_name, last_on) "
    "SELECT m.id, m.client_id, c.status, m.influence, m.full_name, "
    "GREATEST(m.last_contact_on, x.on_) "
    "FROM member AS m JOIN client AS c ON c.id = m.client_id "
    "LEFT JOIN (SELECT im.member_id AS member_id, max(i.occurred_on) AS on_ "
    "FROM interaction_member AS im JOIN interaction AS i ON i.id = im.interaction_id "
    "GROUP BY im.member_id) AS x ON x.member_id = m.id"
)
FILL_CLIENTS = (
    "INSERT INTO client_contact (client_id, last_on) "
    "SELECT client_id, max(occurred_on) FROM interaction "
    "WHERE occurred_on IS NOT NULL GROUP BY client_id"
)


def upgrade() -> None:
    # Renewal reminders read the oldest consents first, one range of this index.
    op.create_index("ix_member_consent_on", "member", ["consent_on"])
    if op.get_bind().dialect.name != "postgresql":
        return
    _search_words()
    op.execute("DELETE FROM member_contact")
    op.execute("DELETE FROM client_contact")
    op.execute(FILL_MEMBERS)
    op.execute(FILL_CLIENTS)
    op.execute(LAST_ON_FUNCTION)
    op.execute(CLIENT_RECOUNT_FUNCTION)
    for name, (on, body) in TRIGGERS.items():
        op.execute(
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            f"BEGIN{body}\nEND $$"
        )
        op.execute(f"CREATE TRIGGER {name} {on} FOR EACH ROW EXECUTE FUNCTION {name}()")


def _search_words() -> None:
    op.add_column("search_index", sa.Column("words", sa.dialects.postgresql.TSVECTOR()))
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT entity_id, name, body FROM search_index")).all()
    update = sa.text(
        "UPDATE search_index SET words = array_to_tsvector(CAST(:w AS text[])) WHERE entity_id = :e"
    )
    for start in range(0, len(rows), 1000):
        batch = rows[start : start + 1000]
        bind.execute(update, [{"e": r[0], "w": sorted(set(_words(r[1], r[2])))} for r in batch])
    op.execute("UPDATE search_index SET words = ''::tsvector WHERE words IS NULL")
    op.alter_column("search_index", "words", nullable=False)
    op.create_index("ix_search_index_words", "search_index", ["words"], postgresql_using="gin")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, (on, _body) in TRIGGERS.items():
            table = on.rsplit(" ON ", 1)[1]
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
        op.execute("DROP FUNCTION IF EXISTS kam_client_recount(varchar)")
        op.execute("DROP FUNCTION IF EXISTS kam_member_last_on(varchar)")
        op.drop_index("ix_search_index_words", table_name="search_index")
        op.drop_column("search_index", "words")
    op.drop_index("ix_member_consent_on", table_name="member")
