"""A member's wedding anniversary (vCard ANNIVERSARY) is stored like a birthday."""

from __future__ import annotations

import pytest

from kam_desktop.domain.dossier import Birthday, Client, Member
from kam_desktop.domain.errors import ValidationError


def test_anniversary_round_trips_with_and_without_year(dossiers):
    client = dossiers.save_client(Client(name="Альфа"))
    saved = dossiers.save_member(
        Member("Петров Иван", client_id=client.id, anniversary=Birthday(21, 6, 1992))
    )
    assert dossiers.get_member(saved.id).anniversary == Birthday(21, 6, 1992)
    saved.anniversary = Birthday(29, 2)
    dossiers.save_member(saved)
    assert dossiers.get_member(saved.id).anniversary == Birthday(29, 2)


def test_impossible_anniversary_is_refused_at_the_field(dossiers):
    client = dossiers.save_client(Client(name="Альфа"))
    with pytest.raises(ValidationError) as error:
        dossiers.save_member(Member("Петров", client_id=client.id, anniversary=Birthday(31, 4)))
    assert set(error.value.errors) == {"anniversary"}
