"""One file per addressee: names, formats, namesakes, and all files or none."""

from __future__ import annotations

import pytest

from kam_desktop.domain.dossier import Member
from kam_desktop.domain.errors import KamError
from kam_desktop.services.proposals import distinct_file_names, edition_file_name


def test_each_addressee_in_both_formats(proposals, demo_proposal, tmp_path):
    for file_format, magic in (("pdf", b"%PDF"), ("docx", b"PK")):
        folder = tmp_path / file_format
        folder.mkdir()
        paths = proposals.export_each_addressee(demo_proposal.id, folder, file_format)
        assert [p.name for p in paths] == [
            f"{demo_proposal.number} {name}.{file_format}"
            for name in ("Петров И. С", "Смирнова О. Н", "Кузнецов А. В", "Волков С. А")
        ]
        assert all(p.read_bytes().startswith(magic) for p in paths)


def test_namesakes_get_distinct_files(proposals, demo_proposal, dossiers, tmp_path):
    namesake = dossiers.save_member(
        Member("Петров Игорь Семёнович", demo_proposal.client_id, role_code="technical")
    )
    proposal = proposals.get(demo_proposal.id)
    proposal.addressee_ids.append(namesake.id)
    proposals.save(proposal)
    (tmp_path / "out").mkdir()
    paths = proposals.export_each_addressee(demo_proposal.id, tmp_path / "out", "docx")
    names = [p.name for p in paths]
    assert f"{demo_proposal.number} Петров И. С.docx" in names
    assert f"{demo_proposal.number} Петров И. С (2).docx" in names
    assert len(set(names)) == len(names) == 5


def test_a_failed_write_leaves_no_file_behind(proposals, demo_proposal, tmp_path):
    # the third file's name is taken by a folder: replacing it fails after two were written
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    (
        tmp_path / edition_file_name(demo_proposal.number, "Кузнецов Андрей Викторович", "pdf")
    ).mkdir()
    with pytest.raises(KamError):
        proposals.export_each_addressee(demo_proposal.id, tmp_path, "pdf")
    assert [p.name for p in tmp_path.iterdir()] == [f"{demo_proposal.number} Кузнецов А. В.pdf"]


def test_distinct_file_names():
    assert distinct_file_names(["a.pdf", "b.pdf", "A.pdf", "a.pdf"]) == [
        "a.pdf",
        "b.pdf",
        "A (2).pdf",
        "a (3).pdf",
    ]
