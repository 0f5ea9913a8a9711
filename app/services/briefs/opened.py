"""Buka dan verifikasi: a PDF the user chose (or the archived copy of a register entry)
checked the two ways an issued brief can be checked (SPEC 14) — its bytes against the
SHA-256 in the register (``register.verify``) and its figures rebuilt from the database as
of its snapshot against what it printed (``verify.check_figures``) — in one use case, the
same pair ``desk-pilkada brief --verifikasi`` runs.

Which brief a chosen file is: the register entry with the file's SHA-256; a changed file
matches none, so then the entry the user has selected, else the one whose archive file
name it carries (``Laporan-Harian-Desk-Pilkada_200.2-0007-….pdf``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.models.laporan import Laporan
from app.services.briefs import register, verify
from app.services.core.errors import NotFound
from app.services.core.progress import Progress
from app.services.core.uow import UnitOfWork


@dataclass(frozen=True)
class Opened:
    laporan_id: int
    number: str
    file: register.Verification
    figures: verify.FigureCheck

    @property
    def ok(self) -> bool:
        return self.file.ok and self.figures.ok


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def _which(uow: UnitOfWork, path: Path, selected: int | None) -> int:
    live = Laporan.archived.is_(False)
    found = uow.session.scalar(select(Laporan.id).where(live, Laporan.sha256 == _digest(path)))
    if found is None and selected is not None:
        found = selected
    if found is None:
        found = uow.session.scalar(select(Laporan.id).where(live, Laporan.file_name == path.name))
    if found is None:
        raise NotFound(
            f"Berkas {path.name} tidak cocok dengan laporan mana pun di register (SHA-256 dan "
            "nama berkasnya tidak dikenal). Pilih laporannya di register, lalu buka dan "
            "verifikasi berkas ini lagi."
        )
    return found


def open_and_verify(
    uow: UnitOfWork,
    path: str | Path | None = None,
    *,
    selected: int | None = None,
    reporter: Progress | None = None,
) -> Opened:
    """Verify ``path`` (None: the archived copy of ``selected``) and the figures of the
    brief it is."""
    reporter = reporter or Progress()
    if path is None:
        if selected is None:
            raise NotFound("Pilih laporan di register terlebih dahulu.")
        laporan_id = selected
    else:
        target = Path(path)
        if not target.is_file():
            raise NotFound(f"Berkas tidak ditemukan: {target}")
        laporan_id = _which(uow, target, selected)
    reporter.report(0, 2, "Memeriksa SHA-256 berkas…")
    file_check = register.verify(uow, laporan_id, path)
    reporter.report(1, 2, "Membangun ulang angka laporan per saat datanya…")
    figures = verify.check_figures(uow, laporan_id)
    reporter.report(2, 2, "")
    return Opened(laporan_id, file_check.number, file_check, figures)
