"""The desk's draft of a brief: what the Operator wrote for a brief (type, day, contest)
is there for the Pimpinan who opens the same brief later; two writers never overwrite
each other silently (issue 19)."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.briefs import drafts
from app.services.briefs.request import BriefRequest
from app.services.core.actor import OPERATOR, PIMPINAN, Actor
from app.services.core.errors import ConflictError

DAY = date(2024, 11, 26)
OPERATOR_ACTOR = Actor("operator1", OPERATOR, "Operator Satu")
PIMPINAN_ACTOR = Actor("kaban", PIMPINAN, "Kepala Badan")


def _request(**kw) -> BriefRequest:
    return BriefRequest(**({"jenis": "harian", "day": DAY} | kw))


def test_the_operators_conclusions_wait_for_the_pimpinan(db):
    with db.uow(OPERATOR_ACTOR) as uow:
        saved = drafts.save(uow, _request(kesimpulan="Situasi kondusif.", rekomendasi="Patroli.",
                                          sections=("dasar", "kesimpulan"), urgency="Segera"))  # fmt: skip
    with db.uow(PIMPINAN_ACTOR) as uow:
        found = drafts.load(uow, "harian", DAY)
        other_day = drafts.load(uow, "harian", date(2024, 11, 25))
        other_type = drafts.load(uow, "mingguan", DAY)
        other_contest = drafts.load(uow, "harian", DAY, 1)
    assert found is not None and found.version == saved.version
    assert (found.request.kesimpulan, found.request.rekomendasi) == (
        "Situasi kondusif.",
        "Patroli.",
    )
    assert found.request.sections == ("dasar", "kesimpulan") and found.request.urgency == "Segera"
    assert found.updated_by == "operator1"  # no user row kept in this test desk: the username
    assert other_day is None and other_type is None and other_contest is None


def test_nothing_is_stored_for_a_brief_nobody_wrote_for(db):
    with db.uow(OPERATOR_ACTOR) as uow:
        assert drafts.save(uow, _request()) is None
        assert drafts.load(uow, "harian", DAY) is None


def test_a_second_writer_is_told_not_overwritten(db):
    with db.uow(OPERATOR_ACTOR) as uow:
        first = drafts.save(uow, _request(kesimpulan="Versi operator."))
    with db.uow(PIMPINAN_ACTOR) as uow:
        second = drafts.save(uow, _request(kesimpulan="Versi pimpinan."), version=first.version)
    with db.uow(OPERATOR_ACTOR) as uow, pytest.raises(ConflictError, match="baru saja diubah"):
        drafts.save(uow, _request(kesimpulan="Operator lagi."), version=first.version)
    with db.uow(OPERATOR_ACTOR) as uow:
        assert drafts.load(uow, "harian", DAY).request.kesimpulan == "Versi pimpinan."
        assert drafts.save(uow, _request(kesimpulan="Lanjut."), version=second.version) is not None
