"""Entry point of ``kam-desktop`` and ``python -m kam_desktop``.

Only the argument parser is imported up front; storage, services and Qt are imported by the
chosen verb (or the GUI), so the command line starts fast.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from kam_desktop.cli import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
