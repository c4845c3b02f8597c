"""The words PostgreSQL's search index holds and the queries it is asked: folded in Python the
way SQLite's ``unicode61`` tokenizer folds them, so both backends find the same people."""

from __future__ import annotations

import pytest

from kam_desktop.storage.search_index import document_words, fold_word, pg_query, query_tokens


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("ПЕТРОВ", "петров"),
        ("Ёлкин", "елкин"),  # people type е for ё
        ("Café", "cafe"),  # Latin accents go, as with remove_diacritics 2
        ("Müller", "muller"),
        ("Йошкар", "йошкар"),  # й is a letter of its own in Russian, not и with a mark
        ("straße", "strasse"),  # case folding, not just lower()
    ],
)
def test_a_word_folds_as_sqlite_folds_it(word: str, folded: str) -> None:
    assert fold_word(word) == folded


def test_an_entry_is_its_distinct_words_split_where_unicode61_splits() -> None:
    words = document_words("Петров Иван", "иван_петров@mail.ru; +7 (912) 000-11-22 Ёж ёж")
    assert words == sorted({"петров", "иван", "mail", "ru", "7", "912", "000", "11", "22", "еж"})
    assert document_words("", "") == []


def test_a_very_long_word_is_cut_below_the_tsvector_limit() -> None:
    (word,) = document_words("я" * 5000)
    assert len(word.encode("utf-8")) < 2048


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("иВаН пЕТР", "'иван':* & 'петр':*"),
        ("ёлк", "'елк':*"),
        ("O'Connor", "'o':* & 'connor':*"),
        ("a_b", "'a':* & 'b':*"),
        ("'; DROP TABLE client; --", "'drop':* & 'table':* & 'client':*"),
    ],
)
def test_a_query_is_quoted_prefix_terms_only(typed: str, query: str) -> None:
    assert pg_query(query_tokens(typed)) == query
