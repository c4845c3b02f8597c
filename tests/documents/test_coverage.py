"""The coverage check before sending: what the dossier says is missing (warnings never block)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from kam_desktop.domain.coverage import CoverageCode
from kam_desktop.domain.enums import Attitude
from kam_desktop.domain.proposal import ProposalStatus
from kam_desktop.services.dossiers import DossierService


def codes(warnings) -> list[str]:
    return [w.code.value for w in warnings]


def test_the_demo_proposal_covers_its_group(proposals, demo_proposal):
    assert proposals.warnings(demo_proposal) == []


def test_an_influential_member_left_out_is_named(proposals, demo_proposal, demo_db):
    dossiers = DossierService(demo_db)
    financier = dossiers.get_member(demo_proposal.addressee_ids[2])
    p = replace(
        demo_proposal, addressee_ids=[i for i in demo_proposal.addressee_ids if i != financier.id]
    )
    warnings = proposals.warnings(p, "ru")
    assert codes(warnings) == [CoverageCode.INFLUENTIAL_NOT_ADDRESSED.value]
    assert warnings[0].member_id == financier.id
    assert warnings[0].message == (
        "Кузнецов Андрей Викторович (финансист, влияние 4) не среди адресатов."
    )


def test_a_sceptic_without_answers_figures_without_readers_and_short_validity(
    proposals, demo_proposal, demo_db
):
    dossiers = DossierService(demo_db)
    executive = dossiers.get_member(demo_proposal.addressee_ids[0])
    executive.attitude = Attitude.OPPONENT  # no concerns recorded for him
    dossiers.save_member(executive)
    p = replace(
        demo_proposal,
        addressee_ids=demo_proposal.addressee_ids[:2],
        valid_until=demo_proposal.issue_date + timedelta(days=5),
    )
    found = codes(proposals.warnings(p, "en"))
    assert CoverageCode.SCEPTIC_WITHOUT_ANSWERS.value in found
    assert CoverageCode.FIGURES_WITHOUT_READER.value in found
    assert CoverageCode.SHORT_VALIDITY.value in found
    proposals.set_min_validity_days(3)
    assert CoverageCode.SHORT_VALIDITY.value not in codes(proposals.warnings(p))


def test_no_signatory_and_no_requisites(proposals, demo_proposal, demo_db):
    dossiers = DossierService(demo_db)
    company = dossiers.our_company()
    company.inn = company.settlement_account = ""
    dossiers.save_our_company(company)
    p = replace(demo_proposal, signatory_id=None)
    assert codes(proposals.warnings(p)) == [
        CoverageCode.NO_SIGNATORY.value,
        CoverageCode.NO_REQUISITES.value,
    ]


def test_warnings_never_block_sending(proposals, demo_proposal):
    p = proposals.save(replace(demo_proposal, addressee_ids=demo_proposal.addressee_ids[:1]))
    assert proposals.warnings(p)
    assert proposals.set_status(p.id, ProposalStatus.SENT).status == ProposalStatus.SENT
