"""A PostgreSQL failure the user can act on reaches them in our words, never the driver's."""

from __future__ import annotations

import pytest

from kam_desktop.domain.errors import DatabaseBusyError, DatabaseReadOnlyError, DiskFullError
from kam_desktop.storage.sqlite_files import user_facing_error


class ServerFailure(Exception):
    """What psycopg raises: an exception with the server's SQLSTATE."""

    def __init__(self, sqlstate: str) -> None:
        super().__init__("ERROR: could not serialize access due to concurrent update")
        self.sqlstate = sqlstate


class Wrapped(Exception):
    """What SQLAlchemy raises around it."""

    def __init__(self, orig: BaseException) -> None:
        super().__init__("(psycopg.errors…) [SQL: UPDATE member SET full_name='Петров' …]")
        self.orig = orig


@pytest.mark.parametrize("sqlstate", ["40001", "40P01", "55P03", "57014"])
def test_another_users_transaction_in_the_way_is_busy(sqlstate: str) -> None:
    error = user_facing_error(Wrapped(ServerFailure(sqlstate)))
    assert isinstance(error, DatabaseBusyError)
    assert "Петров" not in str(error) and "SQL" not in str(error)


@pytest.mark.parametrize(
    ("sqlstate", "kind"),
    [("53100", DiskFullError), ("25006", DatabaseReadOnlyError), ("42501", DatabaseReadOnlyError)],
)
def test_space_and_permissions_are_said_as_such(sqlstate: str, kind: type) -> None:
    assert isinstance(user_facing_error(Wrapped(ServerFailure(sqlstate))), kind)


@pytest.mark.parametrize("sqlstate", ["08006", "57P01"])
def test_a_lost_connection_is_said_so(sqlstate: str) -> None:
    error = user_facing_error(Wrapped(ServerFailure(sqlstate)))
    assert error is not None and "connection to the team database was lost" in str(error)


def test_a_programming_error_is_not_dressed_up() -> None:
    assert user_facing_error(Wrapped(ServerFailure("42P01"))) is None  # a bug: shown as one
