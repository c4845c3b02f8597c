"""Account-health rules on a client's share of our sales (DOMAIN.md), in one place.

Key clients typically bring 30–55 % of our sales; above 75 % for one client we are
mono-dependent (монозависимость), a risk the app flags in the list, the header and the form.
The gui formats these numbers into its messages instead of writing them out.
"""

from __future__ import annotations

from decimal import Decimal
from enum import Enum

MONO_DEPENDENCE_SHARE_PCT = 75  # above this share of our sales one client is a risk
KEY_CLIENT_SHARE_MIN_PCT = 30  # the usual share of a key client: 30–55 %, both ends included
KEY_CLIENT_SHARE_MAX_PCT = 55


class ShareBand(Enum):
    """Where a client's share of our sales falls."""

    UNKNOWN = "unknown"  # no share entered
    BELOW_KEY = "below_key"  # under the key-client band
    KEY = "key"  # the key-client band
    ABOVE_KEY = "above_key"  # over the band, not yet mono-dependent
    MONO_DEPENDENT = "mono_dependent"


def is_mono_dependent(share_pct: Decimal | int | None) -> bool:
    """More than ``MONO_DEPENDENCE_SHARE_PCT`` % of our sales come from one client."""
    return share_pct is not None and share_pct > MONO_DEPENDENCE_SHARE_PCT


def share_band(share_pct: Decimal | int | None) -> ShareBand:
    if share_pct is None:
        return ShareBand.UNKNOWN
    if is_mono_dependent(share_pct):
        return ShareBand.MONO_DEPENDENT
    if share_pct < KEY_CLIENT_SHARE_MIN_PCT:
        return ShareBand.BELOW_KEY
    if share_pct <= KEY_CLIENT_SHARE_MAX_PCT:
        return ShareBand.KEY
    return ShareBand.ABOVE_KEY
