"""What every logistics import resolves names against (regions, item types, contests),
read once per import."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.models import Pemilihan, Referensi, Wilayah
from app.models.referensi import JENIS_LOGISTIK
from app.services.core.uow import UnitOfWork
from app.services.desk.wilayah import WilayahIndex
from app.services.importing.spec import RowProblem
from app.services.importing.values import CellError, text


@dataclass
class Lookups:
    """What every logistics import resolves names against, read once."""

    index: WilayahIndex
    jenis: dict[str, tuple[int, str]]  # code or lower name → (id, code)
    contests: dict[str, int]  # id, lower name, "gubernur", kab/kota code → id

    @classmethod
    def load(cls, uow: UnitOfWork) -> Lookups:
        jenis = {}
        for ref in uow.session.scalars(select(Referensi).where(Referensi.kind == JENIS_LOGISTIK)):
            jenis[ref.code.lower()] = jenis[ref.name.lower()] = (ref.id, ref.code)
        contests: dict[str, int] = {}
        for pid, name, kind, code in uow.session.execute(
            select(Pemilihan.id, Pemilihan.name, Pemilihan.kind, Wilayah.code)
            .join(Wilayah, Wilayah.id == Pemilihan.wilayah_id)
            .where(Pemilihan.archived.is_(False))
        ):
            contests[str(pid)] = contests[name.lower()] = contests[code] = pid
            if kind == "gubernur":
                contests["gubernur"] = contests["pilgub"] = pid
        return cls(WilayahIndex.load(uow), jenis, contests)

    def item(self, raw: object) -> tuple[int, str]:
        value = text(raw).lower().replace(" ", "_")
        found = self.jenis.get(value) or self.jenis.get(text(raw).lower())
        if found is None:
            raise RowProblem("barang", f"Barang '{raw}' tidak ada di daftar jenis logistik.")
        return found

    def contest(self, raw: object) -> int | None:
        value = text(raw)
        if not value:
            return None
        found = self.contests.get(value.lower()) or self.contests.get(value)
        if found is None:
            try:
                found = self.contests.get(self.index.match(value, level=2).code)
            except CellError:
                found = None
        if found is None:
            raise RowProblem(
                "pemilihan",
                f"Pemilihan '{value}' tidak dikenal: tulis 'gubernur', nama kab/kota, atau ID.",
            )
        return found
