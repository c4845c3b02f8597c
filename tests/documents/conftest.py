"""Fixtures for proposal documents: a database with the demo portfolio and its proposal."""

from __future__ import annotations

import pytest


@pytest.fixture
def demo_db(db):
    from kam_desktop.services.demo import load_demo

    load_demo(db)
    return db


@pytest.fixture
def proposals(demo_db):
    from kam_desktop.services.proposals import ProposalService

    return ProposalService(demo_db)


@pytest.fixture
def demo_proposal(proposals):
    from kam_desktop.services.demo_proposals import DEMO_PROPOSAL_ID

    return proposals.get(DEMO_PROPOSAL_ID)
