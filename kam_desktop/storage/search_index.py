"""Full-text index over clients and members, behind one interface for SQLite and PostgreSQL.

Whatever a user types is searched as text: the input is split into word tokens, and each token
becomes a quoted prefix term, so quotes, «ёлочки», ``*``, ``-``, ``AND``/``OR`` and brackets can
never form FTS syntax or raise an error.

SQLite: the FTS5 table keeps prefix indexes of 1–3 characters (migration 0007), so the first
letters typed resolve from one index term instead of merging every word they begin. Beside it,
``search_owner`` maps each index entry (its rowid) to its client: the client list finds matching
clients through that narrow table instead of reading ``client_id`` out of the FTS content rows
(on 5,000 clients a one-letter search read ~13,000 of them, most of a keystroke's time). Every
write of the index goes through this module, which keeps the two in step.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import Connection, String, TextualSelect, bindparam, column, text

WORD_RE = re.compile(r"\w+", re.UNICODE)
MAX_TOKENS = 8
CLIENT_ID_COLUMN = column("client_id", String)
OWNER_TABLE = "search_owner"  # SQLite: FTS rowid → client_id (created by migration 0007)


def query_tokens(user_text: str) -> list[str]:
    """Word tokens of the user's text, case-folded; ё becomes е (the index holds е-spellings)."""
    tokens = [t.casefold().replace("ё", "е") for t in WORD_RE.findall(user_text)]
    return [t for t in tokens if t.strip("_")][:MAX_TOKENS]


def fts_match_expression(tokens: Iterable[str]) -> str:
    # Each token is quoted (it holds only word characters) and made a prefix term; terms AND.
    return " ".join(f'"{t}"*' for t in tokens)


def _join(*parts: object) -> str:
    return " ".join(str(p) for p in parts if p)


def _yo_spellings(*texts: str) -> str:
    """Words with ё spelled with е as well: unicode61 keeps ё and е apart, people type either."""
    words = WORD_RE.findall(" ".join(texts))
    return " ".join(w.replace("ё", "е").replace("Ё", "Е") for w in words if "ё" in w or "Ё" in w)


def client_document(row) -> dict[str, str]:
    tags = row.tags if isinstance(row.tags, list) else []
    body = _join(
        row.legal_name,
        row.tax_id,
        row.industry,
        row.region,
        row.website,
        " ".join(tags),
        row.strategy,
        row.weak_points,
        row.growth_areas,
        row.buying_process,
        row.competitors,
        row.reliability_notes,
    )
    body = _join(body, _yo_spellings(row.name, body))
    return {
        "kind": "client",
        "entity_id": row.id,
        "client_id": row.id,
        "name": row.name,
        "client_name": row.name,
        "body": body,
    }


def member_document(row, client_name: str, extra: str = "") -> dict[str, str]:
    body = _join(
        row.position,
        row.department,
        row.decision_style,
        row.hobbies,
        row.values,
        row.likes,
        row.dislikes,
        row.topics_to_avoid,
        row.notes,
        row.preferred_channel,
        extra,
    )
    body = _join(body, _yo_spellings(row.full_name, body))
    return {
        "kind": "person",
        "entity_id": row.id,
        "client_id": row.client_id,
        "name": row.full_name,
        "client_name": client_name,
        "body": body,
    }


def _tracks_owners(conn: Connection) -> bool:
    """True where the index has its owner table (SQLite from revision 0007 on; migrations before
    it rebuild the index with this module too)."""
    if conn.dialect.name != "sqlite":
        return False
    found = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :t"), {"t": OWNER_TABLE}
    )
    return found.first() is not None


def delete_client_entries(conn: Connection, client_id: str) -> None:
    if _tracks_owners(conn):
        # By the entries' rowids: the owner table needs no index of its own for this.
        conn.execute(
            text(
                f"DELETE FROM {OWNER_TABLE} WHERE entry IN "
                "(SELECT rowid FROM search_index WHERE client_id = :c)"
            ),
            {"c": client_id},
        )
    conn.execute(text("DELETE FROM search_index WHERE client_id = :c"), {"c": client_id})


INSERT_SQL = (
    "INSERT INTO search_index (kind, entity_id, client_id, name, client_name, body) "
    "VALUES (:kind, :entity_id, :client_id, :name, :client_name, :body)"
)
INSERT_WITH_ROWID_SQL = (
    "INSERT INTO search_index (rowid, kind, entity_id, client_id, name, client_name, body) "
    "VALUES (:rowid, :kind, :entity_id, :client_id, :name, :client_name, :body)"
)


def insert_entries(conn: Connection, docs: list[dict[str, str]]) -> None:
    if not docs:
        return
    if not _tracks_owners(conn):
        conn.execute(text(INSERT_SQL), docs)
        return
    # Rowids are given here so the owner rows can name them (one executemany, no per-row read).
    last = conn.execute(text(f"SELECT coalesce(max(entry), 0) FROM {OWNER_TABLE}")).scalar_one()
    rows = [{**doc, "rowid": last + n} for n, doc in enumerate(docs, start=1)]
    conn.execute(text(INSERT_WITH_ROWID_SQL), rows)
    conn.execute(
        text(f"INSERT INTO {OWNER_TABLE} (entry, client_id) VALUES (:rowid, :client_id)"), rows
    )


def _member_extras(conn: Connection, member_ids: list[str] | None = None) -> dict[str, str]:
    """Contacts and family names per member, so e-mails and relatives are findable too."""
    extras: dict[str, list[str]] = {}
    where = ""
    params: dict[str, object] = {}
    if member_ids is not None:
        where = " WHERE member_id IN :ids"
        params = {"ids": member_ids}
    for table, value_column in (("contact_point", "value"), ("family_member", "name")):
        stmt = text(f"SELECT member_id, {value_column} FROM {table}{where}")
        if member_ids is not None:
            stmt = stmt.bindparams(bindparam("ids", expanding=True))
        for member_id, value in conn.execute(stmt, params):
            extras.setdefault(member_id, []).append(value)
    return {k: " ".join(v) for k, v in extras.items()}


def rebuild_search_index(conn: Connection) -> None:
    """Fill the index from scratch (used by the migration that creates it)."""
    conn.execute(text("DELETE FROM search_index"))
    if _tracks_owners(conn):
        conn.execute(text(f"DELETE FROM {OWNER_TABLE}"))
    clients = conn.execute(text("SELECT * FROM client")).mappings().all()
    names = {}
    docs = []
    for c in clients:
        names[c["id"]] = c["name"]
        docs.append(client_document(_Row(c)))
    insert_entries(conn, docs)
    extras = _member_extras(conn)
    batch: list[dict[str, str]] = []
    for m in conn.execute(text("SELECT * FROM member")).mappings():
        batch.append(
            member_document(_Row(m), names.get(m["client_id"], ""), extras.get(m["id"], ""))
        )
        if len(batch) >= 2000:
            insert_entries(conn, batch)
            batch = []
    insert_entries(conn, batch)


class _Row:
    """Attribute access over a result mapping, with JSON columns decoded."""

    def __init__(self, mapping) -> None:
        self._m = mapping

    def __getattr__(self, name: str):
        value = self._m[name]
        if name == "tags" and isinstance(value, str):
            import json

            return json.loads(value or "[]")
        return value if value is not None else ""


def reindex_client(conn: Connection, client_row, member_rows) -> None:
    """Replace the index entries of one client and its members (after any save)."""
    delete_client_entries(conn, client_row.id)
    docs = [client_document(client_row)]
    for m in member_rows:
        extra = " ".join([c.value for c in m.contacts] + [f.name for f in m.family])
        docs.append(member_document(m, client_row.name, extra))
    insert_entries(conn, docs)


def search(conn: Connection, user_text: str, limit: int = 200) -> list[dict]:
    """Hits as dicts: kind, entity_id, client_id, name, client_name, body (best first)."""
    tokens = query_tokens(user_text)
    if not tokens:
        return []
    if conn.dialect.name == "sqlite":
        rows = conn.execute(
            text(
                "SELECT kind, entity_id, client_id, name, client_name, body FROM search_index "
                "WHERE search_index MATCH :q ORDER BY rank LIMIT :limit"
            ),
            {"q": fts_match_expression(tokens), "limit": limit},
        )
    else:
        # Each token must prefix a word somewhere in the document.
        clauses = []
        params: dict[str, object] = {"limit": limit}
        for i, token in enumerate(tokens):
            params[f"t{i}"] = _token_regex(token)
            clauses.append(f"(name || ' ' || body) ~* :t{i}")
        rows = conn.execute(
            text(
                "SELECT kind, entity_id, client_id, name, client_name, body FROM search_index "
                f"WHERE {' AND '.join(clauses)} ORDER BY kind, name LIMIT :limit"
            ),
            params,
        )
    return [dict(r._mapping) for r in rows]


def _token_regex(token: str) -> str:
    # PostgreSQL: the token must start a word (POSIX classes fold Unicode under ~*).
    return f"(^|[^[:alnum:]_]){re.escape(token)}"


def matching_client_ids_query(dialect: str, user_text: str) -> TextualSelect | None:
    """A subquery of the ids of clients whose own record or any member matches.

    Kept in SQL (not fetched into Python and passed back as a long ``IN`` list): on 5,000
    clients that round trip alone cost ~20 ms of a keystroke. None means "no filter".
    """
    tokens = query_tokens(user_text)
    if not tokens:
        return None
    if dialect == "sqlite":
        # Matching rowids come from the FTS index alone; their clients from the owner table.
        stmt = text(
            f"SELECT client_id FROM {OWNER_TABLE} WHERE entry IN "
            "(SELECT rowid FROM search_index WHERE search_index MATCH :search_q)"
        )
        return stmt.bindparams(search_q=fts_match_expression(tokens)).columns(CLIENT_ID_COLUMN)
    clauses = " AND ".join(f"(name || ' ' || body) ~* :search_t{i}" for i in range(len(tokens)))
    params = {f"search_t{i}": _token_regex(t) for i, t in enumerate(tokens)}
    stmt = text(f"SELECT client_id FROM search_index WHERE {clauses}").bindparams(**params)
    return stmt.columns(CLIENT_ID_COLUMN)


def matching_people(conn: Connection, user_text: str, client_ids: list[str]) -> dict[str, str]:
    """For each given client, the name of its best-matching person (clients without one are
    left out), so a list filtered by a hobby or a surname can say who matched."""
    tokens = query_tokens(user_text)
    if not tokens or not client_ids:
        return {}
    if conn.dialect.name == "sqlite":
        stmt = text(
            "SELECT client_id, name FROM search_index WHERE search_index MATCH :q "
            "AND kind = 'person' AND client_id IN :ids ORDER BY rank"
        ).bindparams(bindparam("ids", expanding=True))
        rows = conn.execute(stmt, {"q": fts_match_expression(tokens), "ids": client_ids})
        pairs = [(r[0], r[1]) for r in rows]
    else:
        wanted = set(client_ids)
        pairs = [
            (h["client_id"], h["name"])
            for h in search(conn, user_text, limit=100000)
            if h["kind"] == "person" and h["client_id"] in wanted
        ]
    found: dict[str, str] = {}
    for client_id, name in pairs:
        found.setdefault(client_id, name)
    return found
