"""The share-of-sales rules (DOMAIN.md): key clients 30–55 %, over 75 % mono-dependent."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kam_desktop.domain.account_health import (
    KEY_CLIENT_SHARE_MAX_PCT,
    KEY_CLIENT_SHARE_MIN_PCT,
    MONO_DEPENDENCE_SHARE_PCT,
    ShareBand,
    is_mono_dependent,
    share_band,
)
from kam_desktop.domain.dossier import Client, ClientSummary
from kam_desktop.domain.enums import ClientStatus


def test_the_numbers_are_the_domain_s() -> None:
    assert (KEY_CLIENT_SHARE_MIN_PCT, KEY_CLIENT_SHARE_MAX_PCT) == (30, 55)
    assert MONO_DEPENDENCE_SHARE_PCT == 75


@pytest.mark.parametrize(
    ("share", "band"),
    [
        (None, ShareBand.UNKNOWN),
        (Decimal("0"), ShareBand.BELOW_KEY),
        (Decimal("29.99"), ShareBand.BELOW_KEY),
        (Decimal("30"), ShareBand.KEY),
        (Decimal("55"), ShareBand.KEY),
        (Decimal("55.01"), ShareBand.ABOVE_KEY),
        (Decimal("75"), ShareBand.ABOVE_KEY),
        (Decimal("75.01"), ShareBand.MONO_DEPENDENT),
        (150, ShareBand.MONO_DEPENDENT),
    ],
)
def test_share_bands(share: Decimal | int | None, band: ShareBand) -> None:
    assert share_band(share) is band
    assert is_mono_dependent(share) is (band is ShareBand.MONO_DEPENDENT)


def test_client_and_summary_ask_the_same_rule() -> None:
    for share in (None, Decimal("75"), Decimal("75.01")):
        summary = ClientSummary("c", "A", ClientStatus.KEY, "", "", 0, None, share)
        assert Client("A", sales_share_pct=share).is_mono_dependent() is is_mono_dependent(share)
        assert summary.is_mono_dependent() is is_mono_dependent(share)
