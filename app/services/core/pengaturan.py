"""Desk-wide settings kept in the database, declared once with type, default and check.

Per-PC preferences (window layout, language, database URL) are in ``app.settings``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from app.models import Pengaturan
from app.services.briefs import rules as brief
from app.services.core import audit, history
from app.services.core.actor import PENGATURAN_UBAH, SISTEM
from app.services.core.changes import PENGATURAN, Changes
from app.services.core.clock import parse_instant
from app.services.core.errors import ConflictError, ValidationError
from app.services.logistik import settings as _logistik

if TYPE_CHECKING:
    from app.services.core.uow import UnitOfWork


@dataclass(frozen=True)
class DeskSetting:
    key: str
    label: str
    default: Any
    parse: Callable[[str], Any]
    check: Callable[[Any], str | None] = lambda _v: None


def _bool(text: str) -> bool:
    return text.strip().lower() in ("1", "true", "ya", "yes")


def _margin(value: float) -> str | None:
    return None if 0 <= value <= 100 else "Batas harus antara 0 dan 100 poin persen."


FIELDS: dict[str, DeskSetting] = {
    f.key: f
    for f in (
        DeskSetting("province_code", "Kode provinsi", "", str),
        DeskSetting("province_name", "Nama provinsi", "", str),
        DeskSetting("timezone", "Zona waktu", "Asia/Jakarta", str),
        DeskSetting("agency_name", "Nama instansi", "Badan Kesatuan Bangsa dan Politik", str),
        DeskSetting("is_demo", "Basis data contoh", False, _bool),
        DeskSetting("demo_as_of", "Saat acuan data contoh", None, parse_instant),
        DeskSetting("demo_version", "Versi isi data contoh", 0, int),
        DeskSetting(
            "lockout_minutes",
            "Lama akun terkunci setelah 5 kali gagal masuk (menit)",
            15,
            int,
            lambda v: None if 1 <= v <= 1440 else "Isi antara 1 dan 1440 menit.",
        ),
        DeskSetting(
            "duplicate_window_hours",
            "Jendela waktu peringatan insiden ganda (jam)",
            24,
            int,
            lambda v: None if 1 <= v <= 24 * 14 else "Isi antara 1 dan 336 jam.",
        ),
        DeskSetting(
            "attachment_max_mb",
            "Ukuran maksimum lampiran (MB)",
            20,
            int,
            lambda v: None if 1 <= v <= 500 else "Isi antara 1 dan 500 MB.",
        ),
        DeskSetting("chat_keywords", "Kata kunci laporan obrolan (JSON)", "", str),
        DeskSetting(
            "tahapan_risk_margin",
            "Batas keterlambatan progres tahapan (poin persen)",
            10.0,
            float,
            _margin,
        ),
        # Each area adds its settings below its own marker (areas are built in parallel).
        # -- logistik --
        DeskSetting(
            "logistik_batas_hari",
            "Batas tiba logistik per tingkat (hari sebelum pemungutan suara)",
            _logistik.DEFAULT_DEADLINE_DAYS,
            _logistik.parse_deadline_days,
            _logistik.check_deadline_days,
        ),
        DeskSetting(
            "logistik_aturan_per_tps",
            "Kebutuhan logistik per TPS (selain surat suara)",
            _logistik.DEFAULT_PER_TPS,
            _logistik.parse_per_tps,
            _logistik.check_per_tps,
        ),
        DeskSetting(
            "logistik_cadangan_persen",
            "Cadangan surat suara per TPS (persen)",
            _logistik.DEFAULT_RESERVE_PERCENT,
            float,
            lambda v: None if 0 <= v <= 20 else "Isi antara 0 dan 20 persen.",
        ),
        DeskSetting(
            "logistik_tingkat_ukur",
            "Tingkat tujuan yang dihitung untuk kesiapan logistik",
            _logistik.DEFAULT_MEASURED_LEVEL,
            str,
            lambda v: (
                None if v in _logistik.LEVELS[1:] else "Pilih KPU Kab/Kota, PPK, PPS, KPPS/TPS."
            ),
        ),
        # -- sosialisasi, partisipasi, kerawanan --
        DeskSetting(
            "partisipasi_penyebut",
            "Penyebut tingkat partisipasi (dpt atau dpt_dptb_dpk)",
            "dpt_dptb_dpk",
            str,
            lambda v: None if v in ("dpt", "dpt_dptb_dpk") else "Pilih 'dpt' atau 'dpt_dptb_dpk'.",
        ),
        *(
            DeskSetting(
                f"kerawanan_bobot_{severity}",
                f"Bobot insiden keparahan {severity} pada tekanan insiden",
                float(severity),
                float,
                lambda v: None if 0 <= v <= 100 else "Isi bobot antara 0 dan 100.",
            )
            for severity in (1, 2, 3, 4)
        ),
        # -- dasbor --
        *(
            DeskSetting(
                f"kesiapan_bobot_{part}",
                f"Bobot {label} pada indeks kesiapan",
                weight,
                float,
                lambda v: None if 0 <= v <= 100 else "Isi bobot antara 0 dan 100.",
            )
            for part, label, weight in (
                ("logistik", "kesiapan logistik", 40.0),
                ("tahapan", "tahapan tepat jadwal", 20.0),
                ("insiden", "beban insiden berat terbuka", 25.0),
                ("sosialisasi", "cakupan sosialisasi", 15.0),
            )
        ),
        DeskSetting(
            "kesiapan_poin_insiden",
            "Pengurang indeks per insiden Tinggi terbuka (Kritis dihitung dua kali)",
            5.0,
            float,
            lambda v: None if 0 <= v <= 100 else "Isi antara 0 dan 100 poin.",
        ),
        # -- peringatan --
        # Early warning (SPEC 15): windows, minimum counts and the chance below which a
        # count is unusual; the defaults are argued in services.peringatan.settings.
        DeskSetting("peringatan_dasar_hari", "Peringatan dini: masa pembanding (hari sebelum jendela)", 14, int,
                    lambda v: None if 7 <= v <= 60 else "Isi antara 7 dan 60 hari."),
        DeskSetting("peringatan_jendela_pendek_jam", "Peringatan dini: jendela lonjakan pendek (jam)", 24, int,
                    lambda v: None if 1 <= v <= 72 else "Isi antara 1 dan 72 jam."),
        DeskSetting("peringatan_jendela_panjang_jam", "Peringatan dini: jendela lonjakan panjang (jam)", 48, int,
                    lambda v: None if 1 <= v <= 168 else "Isi antara 1 dan 168 jam."),
        DeskSetting("peringatan_min_laporan", "Peringatan dini: jumlah laporan paling sedikit untuk lonjakan", 3, int,
                    lambda v: None if 2 <= v <= 100 else "Isi antara 2 dan 100 laporan."),
        DeskSetting("peringatan_peluang", "Peringatan dini: peluang peringatan keliru per pemeriksaan (satu banding N)", 100, int,
                    lambda v: None if 10 <= v <= 1_000_000 else "Isi N antara 10 dan 1.000.000."),
        DeskSetting("peringatan_titik_panas_min", "Peringatan dini: insiden paling sedikit untuk titik panas", 3, int,
                    lambda v: None if 2 <= v <= 100 else "Isi antara 2 dan 100 insiden."),
        DeskSetting("peringatan_titik_panas_jam", "Peringatan dini: jendela titik panas (jam)", 48, int,
                    lambda v: None if 1 <= v <= 168 else "Isi antara 1 dan 168 jam."),
        DeskSetting("peringatan_titik_panas_radius_km", "Peringatan dini: radius titik panas bila ada koordinat (km)", 1.0, float,
                    lambda v: None if 0.05 <= v <= 25 else "Isi antara 0,05 dan 25 km."),
        DeskSetting("peringatan_eskalasi_min", "Peringatan dini: insiden Tinggi/Kritis paling sedikit untuk eskalasi", 3, int,
                    lambda v: None if 2 <= v <= 100 else "Isi antara 2 dan 100 insiden."),
        DeskSetting("peringatan_fase_kategori", "Peringatan dini: kategori yang diperketat pada masa tenang dan hari pemungutan (kode, pisahkan dengan ;)",
                    "POLITIK_UANG;INTIMIDASI", str,
                    lambda v: None if all(p.strip().replace("_", "").isalnum() for p in v.split(";") if p.strip())
                    else "Tulis kode kategori dipisah titik koma, mis. POLITIK_UANG;INTIMIDASI."),
        DeskSetting("peringatan_fase_bobot", "Peringatan dini: bobot kategori tersebut pada masa tenang dan hari pemungutan", 1.5, float,
                    lambda v: None if 1 <= v <= 10 else "Isi bobot antara 1 dan 10."),
        DeskSetting("peringatan_fase_min", "Peringatan dini: laporan paling sedikit kategori tersebut pada masa tenang", 2, int,
                    lambda v: None if 1 <= v <= 100 else "Isi antara 1 dan 100 laporan."),
        DeskSetting("peringatan_logistik_laju_hari", "Peringatan dini: laju kesiapan logistik dihitung dari (hari terakhir)", 7, int,
                    lambda v: None if 1 <= v <= 30 else "Isi antara 1 dan 30 hari."),
        DeskSetting("peringatan_logistik_cakrawala_hari", "Peringatan dini: logistik diperiksa mulai (hari sebelum batas tiba)", 14, int,
                    lambda v: None if 1 <= v <= 90 else "Isi antara 1 dan 90 hari."),
        # -- laporan (brief) --
        # Empty kop lines, addressee and signer title are filled from the province name
        # when a brief is built (services.briefs.settings.province_defaults).
        DeskSetting("laporan_kop_pemerintah", "Kop: baris pemerintah", "", str, brief.line_problem),
        DeskSetting("laporan_kop_instansi", "Kop: nama instansi", "BADAN KESATUAN BANGSA DAN POLITIK", str, brief.line_problem),
        DeskSetting("laporan_kop_alamat", "Kop: alamat", "", str, brief.long_line_problem),
        DeskSetting("laporan_kop_telepon", "Kop: telepon", "", str, brief.line_problem),
        DeskSetting("laporan_kop_laman", "Kop: laman", "", str, brief.line_problem),
        DeskSetting("laporan_kop_email", "Kop: pos-el", "", str, brief.email_problem),
        DeskSetting("laporan_kop_kode_pos", "Kop: kode pos", "", str, brief.postal_problem),
        # PNG/JPEG as base64: kept in the database so every PC of the desk prints one kop.
        DeskSetting("laporan_logo", "Kop: logo", "", str, brief.logo_problem),
        DeskSetting("laporan_tempat", "Tempat penerbitan", "", str, brief.line_problem),
        DeskSetting("laporan_tujuan", "Tujuan laporan (Yth.)", "", str, brief.line_problem),
        DeskSetting("laporan_tujuan_di", "Tempat tujuan (di)", "", str, brief.line_problem),
        DeskSetting("laporan_ttd_jabatan", "Jabatan penanda tangan", "", str, brief.long_line_problem),
        DeskSetting("laporan_ttd_nama", "Nama penanda tangan", "", str, brief.line_problem),
        DeskSetting("laporan_ttd_pangkat", "Pangkat/golongan penanda tangan", "", str, brief.line_problem),
        DeskSetting("laporan_ttd_nip", "NIP penanda tangan", "", str, brief.nip_problem),
        DeskSetting("laporan_nomor_pola", "Pola nomor laporan", "{kode}/{nomor}/{unit}/{tahun}", str, brief.pattern_problem),
        DeskSetting("laporan_nomor_kode", "Kode klasifikasi nomor", "200.2", str, brief.number_part_problem),
        DeskSetting("laporan_nomor_unit", "Kode unit nomor", "Kesbangpol", str, brief.number_part_problem),
        DeskSetting("laporan_kertas", "Ukuran kertas", "F4", str, brief.paper_problem),
        DeskSetting("laporan_margin_atas", "Margin atas (cm)", 2.5, float, brief.margin_problem),
        DeskSetting("laporan_margin_bawah", "Margin bawah (cm)", 3.0, float, brief.margin_problem),
        DeskSetting("laporan_margin_kiri", "Margin kiri (cm)", 3.0, float, brief.margin_problem),
        DeskSetting("laporan_margin_kanan", "Margin kanan (cm)", 2.5, float, brief.margin_problem),
        DeskSetting("laporan_huruf_pt", "Ukuran huruf (pt)", 12, int, brief.font_size_problem),
        DeskSetting("laporan_spasi", "Spasi baris", 1.5, float, brief.spacing_problem),
        DeskSetting("laporan_klasifikasi", "Klasifikasi bawaan", "Biasa", str, brief.classification_problem),
        DeskSetting("laporan_tembusan", "Tembusan (satu per baris)", "", str, brief.lines_problem),
        DeskSetting("laporan_dasar", "Dasar laporan (satu per baris)", "", str, brief.lines_problem),
        # -- data (backup, exchange) --
        DeskSetting(
            "backup_keep",
            "Jumlah cadangan yang disimpan (per jenis cadangan)",
            10,
            int,
            lambda v: None if 1 <= v <= 365 else "Isi antara 1 dan 365.",
        ),
        DeskSetting("backup_second_dir", "Folder cadangan kedua (mis. drive jaringan)", "", str),
        DeskSetting(
            "desk_kabkota",
            "Kode kab/kota desk ini (kosong: desk provinsi)",
            "",
            str,
            lambda v: None
            if v == "" or (len(v) == 5 and v[2] == "." and v.replace(".", "").isdigit())
            else "Isi kode kab/kota Kemendagri, mis. 36.01, atau kosongkan untuk desk provinsi.",
        ),
    )
}


def _field(key: str) -> DeskSetting:
    try:
        return FIELDS[key]
    except KeyError:
        raise KeyError(f"unknown desk setting {key!r}") from None


def get(uow: UnitOfWork, key: str, as_of: datetime | None = None) -> Any:
    """A desk setting now, or as it was at a past instant ``as_of`` (SPEC 14: a brief for
    an earlier date uses the weights and thresholds of that date)."""
    field = _field(key)
    if as_of is not None:
        earlier = _settings_at(uow, as_of)
        if key in earlier:
            return field.default if earlier[key] == "" else field.parse(earlier[key])
    row = uow.session.get(Pengaturan, key)
    if row is None or row.value == "":
        return field.default
    return field.parse(row.value)


def _settings_at(uow: UnitOfWork, as_of: datetime) -> dict[str, str]:
    cache = uow.__dict__.setdefault("_settings_at", {})
    if as_of not in cache:
        cache[as_of] = history.settings_at(uow.session, as_of)
    return cache[as_of]


def get_all(uow: UnitOfWork) -> dict[str, Any]:
    stored = {r.key: r.value for r in uow.session.scalars(select(Pengaturan))}
    return {
        key: (f.parse(stored[key]) if stored.get(key, "") != "" else f.default)
        for key, f in FIELDS.items()
    }


#: Set when the database is created, never from the settings screen: changing them would
#: re-home the desk (province, time zone) or turn login off (the demo flags).
SYSTEM_KEYS = frozenset(
    {"province_code", "province_name", "timezone", "is_demo", "demo_as_of", "demo_version"}
)
CONFLICT = "Pengaturan '{label}' baru saja diubah di PC lain. Muat ulang lalu ulangi perubahan."


def put(uow: UnitOfWork, key: str, value: Any) -> None:
    """Stage a change in the caller's unit of work (the caller commits); audited. A change
    based on a value someone else has just replaced is refused, never silently lost."""
    uow.require(PENGATURAN_UBAH)
    field = _field(key)
    if key in SYSTEM_KEYS and uow.actor.role != SISTEM:
        raise ValidationError(
            f"{field.label} ditetapkan saat basis data dibuat dan tidak dapat diubah di sini."
        )
    problem = field.check(value) if value is not None else None
    if problem:
        raise ValidationError(f"{field.label}: {problem}", field=key)
    text = "" if value is None else (value.isoformat() if isinstance(value, date) else str(value))
    row = uow.session.get(Pengaturan, key)
    before = row.value if row is not None else ""
    if before == text:
        return
    if row is None:
        try:
            with uow.session.begin_nested():
                uow.session.add(Pengaturan(key=key, value=text))
        except IntegrityError:
            raise ConflictError(CONFLICT.format(label=field.label)) from None
    else:
        changed = uow.session.execute(
            update(Pengaturan)
            .where(Pengaturan.key == key, Pengaturan.value == before)
            .values(value=text)
        )
        if changed.rowcount != 1:
            raise ConflictError(CONFLICT.format(label=field.label))
        uow.session.expire(row)
    if key in ("timezone", "demo_as_of"):
        uow._desk_clock = None  # the desk clock of this unit of work changes with them
    audit.record(
        uow.session, uow.user, audit.SETTINGS, entity="pengaturan", changes={key: [before, text]}
    )


def save(uow: UnitOfWork, values: dict[str, Any]) -> Changes:
    """The settings screen's use case: several desk settings in one transaction."""
    for key, value in values.items():
        put(uow, key, value)
    uow.commit()
    return Changes.of(PENGATURAN, summary="Pengaturan desk disimpan.")
