"""What release 2 added to dossiers and proposals travels in .kamdossier files — and files
written by release 1 (without those fields) still import, with the defaults."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import date

from kam_desktop.domain.enums import Gender
from kam_desktop.domain.proposal import ProposalStatus, VatMode
from kam_desktop.services.demo_proposals import DEMO_PROPOSAL_ID
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.exchange import ExchangeService
from kam_desktop.services.proposals import ProposalService
from tests.exchange.conftest import tiny_png

RELEASE_2_MEMBER_KEYS = ("concerns", "gender")
RELEASE_2_COMPANY_KEYS = (
    "inn",
    "kpp",
    "ogrn",
    "bank_name",
    "settlement_account",
    "correspondent_account",
    "bik",
    "signature",
    "stamp",
)
RELEASE_2_PROPOSAL_KEYS = (
    "business_understanding",
    "goals",
    "vat_mode",
    "vat_exempt_reason",
    "payment_terms",
    "delivery_terms",
    "warranty",
    "tailoring",
)


def enrich(db) -> None:
    """The demo plus what it lacks: images, a gender override, a tailored, VAT-free proposal."""
    dossiers, proposals = DossierService(db), ProposalService(db)
    company = dossiers.our_company()
    company.signature_png, company.stamp_png = tiny_png(), tiny_png() + b"\x00"
    dossiers.save_our_company(company)
    p = proposals.get(DEMO_PROPOSAL_ID)
    member = dossiers.get_member(p.addressee_ids[0])
    member.gender = Gender.MALE
    dossiers.save_member(member)
    p.vat_mode, p.vat_exempt_reason = VatMode.WITHOUT, "УСН, ст. 346.11 НК РФ"
    p.tailoring = {p.addressee_ids[0]: {"part:finance": True}, "joint": {"x": False}}
    proposals.save(p)


def test_release_2_fields_round_trip(rich_db, other_db):
    enrich(rich_db)
    proposals = ProposalService(rich_db)
    sent = proposals.set_status(DEMO_PROPOSAL_ID, ProposalStatus.SENT, on=date.today())
    target = ExchangeService(other_db)
    target.apply_import(target.preview_import(ExchangeService(rich_db).export_archive().data))
    mine, theirs = DossierService(rich_db), DossierService(other_db)
    assert theirs.our_company() == mine.our_company()
    assert theirs.our_company().signature_png == tiny_png()
    person = mine.get_member(sent.addressee_ids[0])
    copy = theirs.get_member(person.id)
    assert (copy.gender, copy.concerns) == (Gender.MALE, person.concerns)
    assert [t.signs_proposals for t in theirs.team()] == [t.signs_proposals for t in mine.team()]
    arrived = ProposalService(other_db).get(DEMO_PROPOSAL_ID)
    assert arrived.vat_mode == VatMode.WITHOUT and arrived.tailoring == sent.tailoring
    assert arrived.issued_at == sent.issued_at
    # the frozen revision renders the same PDF on the colleague's machine
    assert ProposalService(other_db).render_pdf(DEMO_PROPOSAL_ID) == proposals.render_pdf(sent.id)


def _as_release_1(data: bytes) -> bytes:
    """The same export without what release 2 added (as the previous version wrote it)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    for name in list(members):
        if not name.endswith(".json") or name == "manifest.json":
            continue
        doc = json.loads(members[name])
        for member in doc.get("members", []):
            for key in RELEASE_2_MEMBER_KEYS:
                member.pop(key, None)
        if "client" in doc:
            doc["client"].pop("kpp", None)
        for proposal in doc.get("proposals", []):
            for key in RELEASE_2_PROPOSAL_KEYS:
                proposal.pop(key, None)
        if doc.get("company"):
            for key in RELEASE_2_COMPANY_KEYS:
                doc["company"].pop(key, None)
        for person in doc.get("team", []):
            person.pop("signs_proposals", None)
        for block in doc.get("arguments", []):
            block.pop("kind", None)
            block.pop("tags", None)
        members[name] = json.dumps(doc, ensure_ascii=False).encode()
    manifest = json.loads(members.pop("manifest.json"))
    manifest["files"] = {
        n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
        for n, d in members.items()
        if not n.startswith("attachments/") or "logo" in n
    }
    members = {n: d for n, d in members.items() if n in manifest["files"]}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in members.items():
            zf.writestr(name, body)
        zf.writestr("manifest.json", json.dumps(manifest))
    return buffer.getvalue()


def test_a_release_1_file_still_imports_with_the_defaults(rich_db, other_db):
    old = _as_release_1(ExchangeService(rich_db).export_archive().data)
    target = ExchangeService(other_db)
    preview = target.preview_import(old)
    assert not preview.conflicts
    target.apply_import(preview)
    arrived = ProposalService(other_db).get(DEMO_PROPOSAL_ID)
    assert arrived.vat_mode == VatMode.ON_TOP and arrived.tailoring == {}
    assert arrived.business_understanding == ""
    company = DossierService(other_db).our_company()
    assert company.inn == "" and company.signature_png is None
    assert all(
        not m.concerns
        for c in DossierService(other_db).list_clients()
        for m in DossierService(other_db).list_members(c.id)
    )


def test_a_record_without_release_2_data_keeps_its_release_1_fingerprint(rich_db):
    """Fields are written only when set, so an unchanged file from release 1 is not 'changed'."""
    data = ExchangeService(rich_db).export_archive().data
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        dossier = json.loads(next(zf.read(n) for n in zf.namelist() if n.startswith("clients/")))
    plain = [m for m in dossier["members"] if not m.get("concerns")]
    assert plain and all("concerns" not in m and "gender" not in m for m in plain)
