"""Full-text index over clients and members, behind one interface for SQLite and PostgreSQL.

Whatever a user types is searched as text: the input is split into word tokens, and each token
becomes a quoted prefix term, so quotes, «ёлочки», ``*``, ``-``, ``AND``/``OR`` and brackets can
never form FTS syntax or raise an error.

SQLite: the FTS5 table keeps prefix indexes of 1–3 characters (migration 0007), so the first
letters typed resolve from one index term. Each entry's rowid names its client (migration 0008):
``rowid = key << ENTRY_BITS | entry number``, where ``key`` is the client's integer key in
``search_client`` (key, client_id, client name). The client list takes ``rowid >> ENTRY_BITS`` of
the matching entries — no content row and no per-entry lookup is read — and sorts the matching
keys by the name kept beside them, so only the first page's client rows are read (on 5,000
clients a one-letter search matches ~13,000 entries of ~3,500 clients). A client's entries are
one rowid range, so deleting them needs no scan of the index. Every write of the index goes
through this module, which keeps the two tables in step.

PostgreSQL (migration 0012): each entry's words, folded here in Python exactly as SQLite's
``unicode61`` tokenizer folds them (case, Latin accents) plus ё → е, are kept as a ``tsvector``
built from that list (``array_to_tsvector``: no server-side parsing, so the server's locale and
text search configurations play no part); a query is a ``tsquery`` of quoted prefix terms
(``'пет':* & 'ив':*``), answered by a GIN index.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections.abc import Iterable

from sqlalchemy import Connection, Engine, String, TextualSelect, bindparam, column, text

WORD_RE = re.compile(r"\w+", re.UNICODE)
MAX_TOKENS = 8
CLIENT_ID_COLUMN = column("client_id", String)
CLIENT_TABLE = "search_client"  # SQLite: client key → client_id, name (migration 0008)
ENTRY_BITS = 20  # rowid = key << ENTRY_BITS | entry number: room for 1M entries per client
MATCHING_KEYS_SQL = (
    f"SELECT rowid >> {ENTRY_BITS} FROM search_index WHERE search_index MATCH :search_q"
)


def query_tokens(user_text: str) -> list[str]:
    """Word tokens of the user's text, case-folded; ё becomes е (the index holds е-spellings)."""
    tokens = [t.casefold().replace("ё", "е") for t in WORD_RE.findall(user_text)]
    return [t for t in tokens if t.strip("_")][:MAX_TOKENS]


# ---- PostgreSQL: the words of an entry and of a query ------------------------------------
PG_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)  # unicode61's token characters: letters, digits
MAX_WORD = 200  # a tsvector lexeme must stay under 2 KB; nobody types a longer word


def _is_latin(c: str) -> bool:
    return c.isascii() or "\u00c0" <= c <= "\u024f" or "\u1e00" <= c <= "\u1eff"


def fold_word(word: str) -> str:
    """A word as both backends compare it: case-folded, ё → е, Latin letters without accents
    (café → cafe, as ``unicode61 remove_diacritics 2``); Cyrillic й stays й."""
    folded = word.casefold().replace("ё", "е")
    if folded.isascii():
        return folded[:MAX_WORD]
    kept: list[str] = []
    for c in unicodedata.normalize("NFKD", folded):
        if unicodedata.combining(c) and kept and _is_latin(kept[-1]):
            continue
        kept.append(c)
    return unicodedata.normalize("NFC", "".join(kept))[:MAX_WORD]


def document_words(*texts: str) -> list[str]:
    """The distinct folded words of an entry (its name and body), for the tsvector."""
    words = {fold_word(w) for w in PG_WORD_RE.findall(" ".join(t for t in texts if t))}
    return sorted(words)


def pg_query(tokens: Iterable[str]) -> str:
    """A tsquery of prefix terms, ANDed. Tokens hold word characters only, so quoting cannot be
    escaped; a token with underscores is its parts, as the index split them."""
    parts = [fold_word(p) for t in tokens for p in PG_WORD_RE.findall(t)]
    return " & ".join(f"'{p}':*" for p in parts) or "''"


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
    return _document("client", row.id, row.id, row.name, row.name, body)


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
    return _document("person", row.id, row.client_id, row.full_name, client_name, body)


def _document(
    kind: str, entity_id: str, client_id: str, name: str, client_name: str, body: str
) -> dict[str, str]:
    """One index entry: the columns of ``search_index``."""
    return {
        "kind": kind,
        "entity_id": entity_id,
        "client_id": client_id,
        "name": name,
        "client_name": client_name,
        "body": body,
    }


def _keys_clients(conn: Connection) -> bool:
    """True where entry rowids name their client (SQLite from revision 0008 on; migrations
    before it rebuild the index with this module too, with plain rowids)."""
    if conn.dialect.name != "sqlite":
        return False
    found = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :t"), {"t": CLIENT_TABLE}
    )
    return found.first() is not None


_WORDS_KNOWN: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def _has_words(conn: Connection) -> bool:
    """True on PostgreSQL from revision 0012 on (the migrations before it rebuild the index with
    this module too, without the column). Remembered per engine once seen."""
    if conn.dialect.name != "postgresql":
        return False
    if _WORDS_KNOWN.get(conn.engine):
        return True
    found = conn.execute(
        text(
            "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = 'search_index' AND column_name = 'words'"
        )
    ).first()
    if found is not None:
        _WORDS_KNOWN[conn.engine] = True
    return found is not None


def _entry_range(key: int) -> dict[str, int]:
    """Bind parameters ``lo``/``hi``: the rowids the entries of client ``key`` may take."""
    return {"lo": key << ENTRY_BITS, "hi": ((key + 1) << ENTRY_BITS) - 1}


def delete_client_entries(conn: Connection, client_id: str) -> None:
    if not _keys_clients(conn):
        conn.execute(text("DELETE FROM search_index WHERE client_id = :c"), {"c": client_id})
        return
    key = conn.execute(
        text(f"SELECT key FROM {CLIENT_TABLE} WHERE client_id = :c"), {"c": client_id}
    ).scalar()
    if key is None:
        return
    # One rowid range: a DELETE by client_id would scan every content row of the index.
    conn.execute(
        text("DELETE FROM search_index WHERE rowid BETWEEN :lo AND :hi"), _entry_range(key)
    )
    conn.execute(text(f"DELETE FROM {CLIENT_TABLE} WHERE key = :k"), {"k": key})


INSERT_SQL = (
    "INSERT INTO search_index (kind, entity_id, client_id, name, client_name, body) "
    "VALUES (:kind, :entity_id, :client_id, :name, :client_name, :body)"
)
INSERT_WITH_WORDS_SQL = (
    "INSERT INTO search_index (kind, entity_id, client_id, name, client_name, body, words) "
    "VALUES (:kind, :entity_id, :client_id, :name, :client_name, :body, "
    "array_to_tsvector(CAST(:words AS text[])))"
)
INSERT_WITH_ROWID_SQL = (
    "INSERT INTO search_index (rowid, kind, entity_id, client_id, name, client_name, body) "
    "VALUES (:rowid, :kind, :entity_id, :client_id, :name, :client_name, :body)"
)


def insert_entries(conn: Connection, docs: list[dict[str, str]]) -> None:
    if not docs:
        return
    if _has_words(conn):
        with_words = [{**d, "words": document_words(d["name"], d["body"])} for d in docs]
        conn.execute(text(INSERT_WITH_WORDS_SQL), with_words)
        return
    if not _keys_clients(conn):
        conn.execute(text(INSERT_SQL), docs)
        return
    by_client: dict[str, list[dict[str, str]]] = {}
    for doc in docs:
        by_client.setdefault(doc["client_id"], []).append(doc)
    keys = _client_keys(conn, {c: group[0]["client_name"] for c, group in by_client.items()})
    rows: list[dict[str, object]] = []
    for client_id, group in by_client.items():
        key, first = keys[client_id]
        if first + len(group) > 1 << ENTRY_BITS:
            raise ValueError(f"too many search entries for client {client_id}")
        base = (key << ENTRY_BITS) + first
        rows.extend({**doc, "rowid": base + n} for n, doc in enumerate(group))
    conn.execute(text(INSERT_WITH_ROWID_SQL), rows)


def _client_keys(conn: Connection, names: dict[str, str]) -> dict[str, tuple[int, int]]:
    """client_id → (its key, its next free entry number); new clients get a key, and every
    client's name beside its key is brought up to date (the list sorts by it)."""
    found: dict[str, tuple[int, int]] = {}
    ids = list(names)
    lookup = text(f"SELECT client_id, key FROM {CLIENT_TABLE} WHERE client_id IN :ids")
    lookup = lookup.bindparams(bindparam("ids", expanding=True))
    for start in range(0, len(ids), 500):
        for client_id, key in conn.execute(lookup, {"ids": ids[start : start + 500]}):
            last = conn.execute(
                text("SELECT max(rowid) FROM search_index WHERE rowid BETWEEN :lo AND :hi"),
                _entry_range(key),
            ).scalar()
            found[client_id] = (key, 0 if last is None else (last & ((1 << ENTRY_BITS) - 1)) + 1)
    if found:
        conn.execute(
            text(f"UPDATE {CLIENT_TABLE} SET name = :name WHERE key = :key"),
            [{"key": key, "name": names[c]} for c, (key, _) in found.items()],
        )
    new = [c for c in ids if c not in found]
    if new:
        newest = text(f"SELECT coalesce(max(key), 0) FROM {CLIENT_TABLE}")
        last_key: int = conn.execute(newest).scalar_one()
        assigned = {c: (last_key + n, 0) for n, c in enumerate(new, start=1)}
        conn.execute(
            text(f"INSERT INTO {CLIENT_TABLE} (key, client_id, name) VALUES (:key, :c, :name)"),
            [{"key": key, "c": c, "name": names[c]} for c, (key, _) in assigned.items()],
        )
        found.update(assigned)
    return found


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
    if _keys_clients(conn):
        conn.execute(text(f"DELETE FROM {CLIENT_TABLE}"))
    clients = conn.execute(text("SELECT * FROM client")).mappings().all()
    names = {}
    docs = []
    for c in clients:
        names[c["id"]] = c["name"]
        docs.append(client_document(_Row(c)))
    insert_entries(conn, docs)
    extras = _member_extras(conn)
    batch: list[dict[str, str]] = []
    # By client, so each batch adds to few clients' rowid ranges.
    for m in conn.execute(text("SELECT * FROM member ORDER BY client_id")).mappings():
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
    elif _has_words(conn):
        rows = conn.execute(
            text(
                "SELECT kind, entity_id, client_id, name, client_name, body FROM search_index "
                "WHERE words @@ CAST(:q AS tsquery) ORDER BY kind, name LIMIT :limit"
            ),
            {"q": pg_query(tokens), "limit": limit},
        )
    else:
        rows = _regex_search(conn, tokens, limit)
    return [dict(r._mapping) for r in rows]


def _regex_search(conn: Connection, tokens: list[str], limit: int):
    # A PostgreSQL database before revision 0012 (only while it is being upgraded).
    clauses = []
    params: dict[str, object] = {"limit": limit}
    for i, token in enumerate(tokens):
        params[f"t{i}"] = _token_regex(token)
        clauses.append(f"(name || ' ' || body) ~* :t{i}")
    return conn.execute(
        text(
            "SELECT kind, entity_id, client_id, name, client_name, body FROM search_index "
            f"WHERE {' AND '.join(clauses)} ORDER BY kind, name LIMIT :limit"
        ),
        params,
    )


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
        # The matching entries' rowids name their clients' keys: no content row is read.
        stmt = text(f"SELECT client_id FROM {CLIENT_TABLE} WHERE key IN ({MATCHING_KEYS_SQL})")
        return stmt.bindparams(search_q=fts_match_expression(tokens)).columns(CLIENT_ID_COLUMN)
    if dialect == "postgresql":
        # OFFSET 0 keeps the match a subquery of its own, whose client ids PostgreSQL then joins
        # by hash. Pulled up into a semi-join, the client list's page walked the clients in name
        # order probing each one's entries (the planner expects nearly all to match): ~75 ms
        # instead of ~45 for «ива» on 5,000 clients, and every client for a rare word.
        stmt = text(
            "SELECT client_id FROM search_index WHERE words @@ CAST(:search_q AS tsquery) OFFSET 0"
        )
        return stmt.bindparams(search_q=pg_query(tokens)).columns(CLIENT_ID_COLUMN)
    clauses = " AND ".join(f"(name || ' ' || body) ~* :search_t{i}" for i in range(len(tokens)))
    params = {f"search_t{i}": _token_regex(t) for i, t in enumerate(tokens)}
    stmt = text(f"SELECT client_id FROM search_index WHERE {clauses}").bindparams(**params)
    return stmt.columns(CLIENT_ID_COLUMN)


def name_ordered_ids_query(
    dialect: str, user_text: str, descending: bool, limit: int | None, offset: int
) -> TextualSelect | None:
    """One page of the ids of matching clients by name (then id), or None where the caller
    sorts the client table itself (no text, or not SQLite).

    The names beside the keys are sorted, not the client rows: a one-letter search matches
    ~70 % of the clients, and reading their (wide) rows to sort them was most of a keystroke.
    """
    tokens = query_tokens(user_text)
    if not tokens or dialect != "sqlite":
        return None
    direction = "DESC" if descending else "ASC"
    stmt = text(
        f"SELECT client_id FROM {CLIENT_TABLE} WHERE key IN ({MATCHING_KEYS_SQL}) "
        f"ORDER BY name {direction}, client_id LIMIT :page_limit OFFSET :page_offset"
    )
    stmt = stmt.bindparams(
        search_q=fts_match_expression(tokens),
        page_limit=-1 if limit is None else limit,
        page_offset=offset,
    )
    return stmt.columns(CLIENT_ID_COLUMN)


def matching_people(conn: Connection, user_text: str, client_ids: list[str]) -> dict[str, str]:
    """For each given client, the name of its best-matching person (clients without one are
    left out), so a list filtered by a hobby or a surname can say who matched."""
    found = matching_members(conn, user_text, client_ids)
    return {client_id: name for client_id, (_member_id, name) in found.items()}


def matching_members(
    conn: Connection, user_text: str, client_ids: list[str]
) -> dict[str, tuple[str, str]]:
    """For each given client, (member id, name) of its best-matching person: opening the
    client from the list can then land on that person."""
    tokens = query_tokens(user_text)
    if not tokens or not client_ids:
        return {}
    if len(client_ids) == 1 and _keys_clients(conn):
        return _matching_member_of(conn, tokens, client_ids[0])
    if conn.dialect.name == "sqlite":
        stmt = text(
            "SELECT client_id, entity_id, name FROM search_index WHERE search_index MATCH :q "
            "AND kind = 'person' AND client_id IN :ids ORDER BY rank"
        ).bindparams(bindparam("ids", expanding=True))
        rows = conn.execute(stmt, {"q": fts_match_expression(tokens), "ids": client_ids})
        triples = [(r[0], r[1], r[2]) for r in rows]
    elif _has_words(conn):
        # The client filter first: its index narrows to a page's clients before any words.
        stmt = text(
            "SELECT client_id, entity_id, name FROM search_index WHERE client_id IN :ids "
            "AND kind = 'person' AND words @@ CAST(:q AS tsquery) ORDER BY name"
        ).bindparams(bindparam("ids", expanding=True))
        rows = conn.execute(stmt, {"q": pg_query(tokens), "ids": client_ids})
        triples = [(r[0], r[1], r[2]) for r in rows]
    else:
        wanted = set(client_ids)
        triples = [
            (h["client_id"], h["entity_id"], h["name"])
            for h in search(conn, user_text, limit=100000)
            if h["kind"] == "person" and h["client_id"] in wanted
        ]
    found: dict[str, tuple[str, str]] = {}
    for client_id, member_id, name in triples:
        found.setdefault(client_id, (member_id, name))
    return found


def _matching_member_of(
    conn: Connection, tokens: list[str], client_id: str
) -> dict[str, tuple[str, str]]:
    """One client (a row opened before the list looked up whom it found): its entries are one
    rowid range, so a one-letter search does not walk every matching entry (~90 ms → ~1 ms)."""
    key = conn.execute(
        text(f"SELECT key FROM {CLIENT_TABLE} WHERE client_id = :c"), {"c": client_id}
    ).scalar()
    if key is None:
        return {}
    row = conn.execute(
        text(
            "SELECT entity_id, name FROM search_index WHERE search_index MATCH :q "
            "AND rowid BETWEEN :lo AND :hi AND kind = 'person' ORDER BY rank LIMIT 1"
        ),
        {"q": fts_match_expression(tokens), **_entry_range(key)},
    ).first()
    return {client_id: (row[0], row[1])} if row is not None else {}
