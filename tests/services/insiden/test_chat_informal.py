"""Chat reports as people really write them (issue 23): informal category phrasing, messages
that are no incident, Indonesian time words, signature forms, place abbreviations, and a
property test: no proposed event time ever lies after the message was received."""

from __future__ import annotations

import json
import random
import shutil
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.services.core import pengaturan
from app.services.core.errors import ValidationError
from app.services.desk.wilayah import WilayahIndex
from app.services.insiden.chat import intake
from app.services.insiden.chat.extract import Extraction, extract
from app.services.insiden.chat.kategori import variants
from app.services.insiden.chat.pelapor import CUE, POST, SIGNATURE, reporter_for
from app.services.insiden.chat.rules import DEFAULT_RULES_PATH, KeywordRules, default_rules

WIB = ZoneInfo("Asia/Jakarta")
#: Monday 25 November 2024, 08.00 WIB, the morning after "malam Senin".
MONDAY = datetime(2024, 11, 25, 8, 0, tzinfo=WIB)
#: Wednesday 27 November 2024, voting day.
MORNING = datetime(2024, 11, 27, 8, 15, tzinfo=WIB)
EVENING = datetime(2024, 11, 27, 21, 0, tzinfo=WIB)


@pytest.fixture(scope="module")
def banten(tmp_path_factory: pytest.TempPathFactory, seeded_db_file: Path) -> WilayahIndex:
    """The seeded Banten regions, loaded once for this module."""
    from app.services.admin import opening as desk

    folder = tmp_path_factory.mktemp("laporan_chat_informal")
    shutil.copyfile(seeded_db_file, folder / "desk.sqlite")
    database = desk.prepare(f"sqlite:///{folder / 'desk.sqlite'}", folder / "backup")
    with database.uow() as uow:
        index = WilayahIndex.load(uow)
    database.dispose()
    return index


def run(text: str, index: WilayahIndex, at: datetime = MORNING) -> Extraction:
    return extract(text, index=index, rules=default_rules(), message_time=at, tz=WIB)


def local(found: Extraction) -> str:
    assert found.occurred_at is not None
    return found.occurred_at.astimezone(WIB).strftime("%Y-%m-%d %H:%M")


# --- time words -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("malam Senin ada bagi2 amplop", MONDAY, "2024-11-24 20:00"),  # Sunday night
        ("mlm Minggu jam 11 ada ribut", MONDAY, "2024-11-23 23:00"),  # Saturday night
        ("Senin malam ada ribut", EVENING, "2024-11-25 20:00"),  # Monday night
        ("malam Senin jam 1 dini hari", MONDAY, "2024-11-25 01:00"),  # after midnight
        ("setengah 8 tadi ada ribut", MORNING, "2024-11-27 07:30"),
        ("jam setengah 10 malam", MORNING, "2024-11-26 21:30"),
        ("jam 8 kurang seperempat", MORNING, "2024-11-27 07:45"),
        ("pukul 7 lewat 10 menit", MORNING, "2024-11-27 07:10"),
        ("2 jam yang lalu ada ribut", MORNING, "2024-11-27 06:15"),
        ("sejam yg lalu", MORNING, "2024-11-27 07:15"),
        ("30 menit lalu", MORNING, "2024-11-27 07:45"),
        ("setengah jam yang lalu", MORNING, "2024-11-27 07:45"),
        ("sejak subuh hujan deras", MORNING, "2024-11-27 04:30"),
        ("dari pagi listrik padam", EVENING, "2024-11-27 06:00"),
        ("jam 7an ada amplop", MORNING, "2024-11-27 07:00"),
        ("jam 7-an malam", MORNING, "2024-11-26 19:00"),
        ("pkl 08.25 WIB", MORNING, "2024-11-27 08:15"),  # a clock minutes ahead: the message
    ],
)
def test_time_words(banten: WilayahIndex, text: str, at: datetime, expected: str) -> None:
    found = run(text, banten, at)
    assert local(found) == expected
    assert found.occurred_on is None
    assert [s for s in found.spans if s.field == "waktu"]


@pytest.mark.parametrize(
    ("text", "at", "day"),
    [
        ("Jumat kmrn (22/11) ada baliho dicabutin", MORNING, "2024-11-22"),
        ("kemarin ada baliho dirusak", MORNING, "2024-11-26"),
        ("Hari Minggu tgl 24 Nov ada pembagian kaos", MORNING, "2024-11-24"),
        ("Selasa 26/11 ada amplop", MORNING, "2024-11-26"),
        ("Rabu 27/11 pukul 21.00 ada ribut", MORNING, "2024-11-27"),  # the hour is to come
    ],
)
def test_a_day_without_an_hour_leaves_the_hour_to_the_operator(
    banten: WilayahIndex, text: str, at: datetime, day: str
) -> None:
    found = run(text, banten, at)
    assert found.occurred_at is None
    assert found.occurred_on is not None and found.occurred_on.isoformat() == day


def test_a_day_still_to_come_is_no_incident_day(banten: WilayahIndex) -> None:
    found = run("tgl 28/11 ada rencana kampanye akbar", banten)
    assert found.occurred_at is None and found.occurred_on is None


def test_an_export_prefix_is_not_read_as_the_event_time(banten: WilayahIndex) -> None:
    text = "27/11/24 06.02 - Kades Cipaeh: semalem jam 11 posko dilempar batu OTK"
    found = run(text, banten, datetime(2024, 11, 27, 6, 2, tzinfo=WIB))
    assert local(found) == "2024-11-26 23:00"
    assert found.reporter_name == ""  # the prefix's sender is no signature
    assert all(span.start >= text.index("semalem") for span in found.spans)


# --- the property: never after the message ---------------------------------------------------

_DAY_WORDS = [
    "", "tadi", "td", "kemarin", "kmrn", "semalem", "semalam", "tadi malam", "hari ini",
    "malam Senin", "malam Minggu", "Jumat", "Senin malam", "2 hari lalu", "barusan",
    "pagi ini", "malam ini", "dini hari tadi", "sejak subuh", "dari pagi", "minggu lalu",
]  # fmt: skip
_PERIOD_WORDS = ["", "pagi", "siang", "sore", "malam", "subuh", "ba'da isya", "dini hari"]


def _clock_words(rng: random.Random) -> str:
    hour, minute = rng.randint(0, 24), rng.choice([0, 5, 15, 30, 45, 59])
    return rng.choice([
        "", f"jam {hour}", f"pukul {hour:02d}.{minute:02d}", f"pkl {hour}:{minute:02d}",
        f"jam {hour}an", f"setengah {hour}", f"jam {hour} kurang seperempat",
        f"jam {hour} lewat {minute}", f"{rng.randint(1, 5)} jam yang lalu",
        f"{rng.randint(1, 59)} menit lalu", f"{hour:02d}.{minute:02d} WIB",
        f"pukul {hour:02d}.{minute:02d} WITA", f"jam {hour} WIT",
    ])  # fmt: skip


def _date_words(rng: random.Random, at: datetime) -> str:
    day = at - timedelta(days=rng.randint(-2, 9))
    return rng.choice([
        "", f"{day:%d/%m}", f"({day:%d/%m})", f"tgl {day.day} Nov", f"{day:%d/%m/%Y}",
        f"{day:%d/%m/%y}",
    ])  # fmt: skip


def _message(rng: random.Random, at: datetime) -> str:
    parts = [
        rng.choice(["", "Lapor,", "Izin lapor ndan,", "Selamat pagi,"]),
        rng.choice(_DAY_WORDS), _date_words(rng, at), rng.choice(_PERIOD_WORDS),
        _clock_words(rng), rng.choice(["", "sekitar", "kurang lebih"]),
        rng.choice([
            "ada bagi2 amplop di Ds. Sukamaju Kec. Labuan", "baliho dirusak OTK di TPS 05",
            "ribut antar pendukung", "banjir merendam TPS 3", "kotak suara rusak",
        ]),
        rng.choice(["", _clock_words(rng), rng.choice(_PERIOD_WORDS)]),
    ]  # fmt: skip
    if rng.random() < 0.2:  # pasted with its export line, as phones write it
        parts.insert(0, f"{at:%d/%m/%y %H.%M} - Babinsa:")
    rng.shuffle(parts) if rng.random() < 0.3 else None
    return " ".join(part for part in parts if part)


def test_no_proposed_event_time_is_ever_after_the_message(banten: WilayahIndex) -> None:
    """A property over generated messages (seeded, so every run checks the same ones):
    whatever the words, the moment proposed is never after the message was received,
    and a day proposed without an hour is never after the day it was received."""
    rng = random.Random(23)
    rules = default_rules()
    start = datetime(2024, 11, 20, tzinfo=WIB)
    times = 0
    for _ in range(3000):
        at = start + timedelta(minutes=rng.randint(0, 14 * 24 * 60))
        text = _message(rng, at)
        found = extract(text, index=banten, rules=rules, message_time=at, tz=WIB)
        if found.occurred_at is not None:
            times += 1
            assert found.occurred_at <= at, (text, at, found.occurred_at)
        if found.occurred_on is not None:
            zone = ZoneInfo(found.time_zone)
            assert found.occurred_on <= at.astimezone(zone).date(), (text, at, found.occurred_on)
    assert times > 1500  # the generator does exercise the time words


def test_no_draft_is_ever_after_the_message(sqlite_db) -> None:
    """The same property for the drafts the operator sees, day-only times included."""
    rng = random.Random(11)
    start = datetime(2024, 11, 20, tzinfo=WIB)
    with sqlite_db.uow("tester") as uow:
        for _ in range(150):
            at = start + timedelta(minutes=rng.randint(0, 14 * 24 * 60))
            analysis = intake.analyse(uow, _message(rng, at), at.replace(tzinfo=None))
            draft = analysis.draft
            assert draft.reported_at is not None and draft.reported_at == at
            if draft.occurred_at is not None:
                assert draft.occurred_at <= at, (analysis.text, at, draft.occurred_at)


# --- category from informal phrasing ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "word"),
    [
        ("warga dikirimin saldo DANA 50rb sama timses", "POLITIK_UANG", "dikirim saldo"),
        ("ada yg ngasih duit 100rb per rumah", "POLITIK_UANG", "memberi uang"),
        ("timses transfer lewat OVO ke warga", "POLITIK_UANG", "transfer"),
        ("dikasih Rp 50.000 biar nyoblos 02", "POLITIK_UANG", "dikasih uang"),
        ("pak kades ngarahin warga pilih paslon 2", "NETRALITAS_ASN", "kades mengarahkan"),
        ("Camat ngumpulin RT RW buat menangin paslon", "NETRALITAS_ASN", "camat mengumpulkan"),
        (
            "di kantor desa dipajang foto paslon bupati",
            "NETRALITAS_ASN",
            "kantor desa dipajang foto paslon",
        ),
        (
            "Anggota KPPS TPS 14 Kel. Uwung Jaya Kec. Cibodas make kaos paslon 3",
            "NETRALITAS_PENYELENGGARA",
            "kpps memakai kaos",
        ),
        ("ketua KPPS pake pin paslon", "NETRALITAS_PENYELENGGARA", "kpps pakai pin"),
        ("orasi paslon di masjid Al Ikhlas", "KAMPANYE_TERLARANG", "orasi di masjid"),
        (
            "ada orasi dari caleg pendukung paslon walkot di masjid",
            "KAMPANYE_TERLARANG",
            "orasi ... di masjid",
        ),
        ("baliho paslon 02 disayat2 OTK", "PERUSAKAN_APK", "baliho disayat"),
        ("punya paslon kami dicabutin semua", "PERUSAKAN_APK", "dicabuti"),
        ("spanduk dirusakin orang", "PERUSAKAN_APK", "spanduk dirusak"),
        ("Banjir di TPS 4, logistik aman", "BENCANA", "banjir"),
        ("kotak suara aman, tp jalan ke TPS ketutup longsor", "BENCANA", "longsor"),
    ],
)
def test_informal_category(banten: WilayahIndex, text: str, code: str, word: str) -> None:
    found = run(text, banten)
    assert found.kategori_code == code
    assert found.kategori_words[0] == word  # the deciding phrase comes first
    assert [s for s in found.spans if s.field == "kategori"]


def test_a_reassured_subject_still_counts_when_nothing_else_is_reported(
    banten: WilayahIndex,
) -> None:
    found = run("logistik aman tapi ada warga pingsan", banten)
    assert found.kategori_code == "LAINNYA"
    alone = run("Lapor, surat suara kurang 20 lembar. Situasi aman.", banten)
    assert alone.kategori_code == "LOGISTIK" and not alone.not_incident


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("dicabutin", "dicabuti"), ("ngarahin", "mengarahkan"), ("nyuruh", "menyuruh"),
        ("ngarahkeun", "mengarahkan"), ("milih", "memilih"), ("ngebagiin", "membagikan"),
        ("spanduknya", "spanduk"),
    ],
)  # fmt: skip
def test_colloquial_forms(word: str, form: str) -> None:
    assert form in variants(word)


# --- not an incident -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Assalamualaikum wr wb. Selamat pagi rekan2 desk, semangat bertugas 💪", "salam"),
        ("Siap Ndan, dimonitor 🙏", "salam"),
        ("Terima kasih infonya pak", "salam"),
        ("Selamat pagi, situasi Kec. Sumur aman terkendali.", "aman"),
        ("Pemungutan suara di Ds. Sukamaju berjalan lancar, tidak ada kejadian menonjol.", "aman"),
        ("TPS 01-09 sdh dibuka jam 7, logistik lengkap. Aman lancar.", "aman"),
        ("SERANG, KOMPAS.com - Bawaslu menemukan 12 dugaan politik uang. Baca juga: ...", "berita"),
        ("Diteruskan\nKPU memastikan logistik tiba hari ini. (ANTARA)", "berita"),
        ("copas: Polres amankan pelaku politik uang. sumber: radarbanten.co.id", "berita"),
    ],
)
def test_not_an_incident_leaves_every_field_empty(
    banten: WilayahIndex, text: str, kind: str
) -> None:
    found = run(text, banten)
    assert found.not_incident == kind and found.not_incident_words
    assert found.kategori_code is None and found.occurred_at is None
    assert found.wilayah is None and found.wilayah_choices == []
    assert found.tps == "" and found.severity is None and found.reporter_name == ""
    assert {span.field for span in found.spans} == {"bukan_insiden"}


@pytest.mark.parametrize(
    "text",
    [
        "Selamat pagi, ada bagi2 amplop di Ds. Sukamaju",
        "TPS 31 terlambat buka krn ketua KPPS sakit. Situasi kondusif.",
        "Lapor, beredar video hoaks di grup WA, sdh kami laporkan. Situasi aman.",
        "Bentrok antar pendukung, skrg sdh aman terkendali",
        "Izin lapor, ada berita politik uang di Ds. X, mohon dicek kompas.com",
    ],
)
def test_a_report_with_a_reassurance_is_still_an_incident(banten: WilayahIndex, text: str) -> None:
    assert run(text, banten).not_incident == ""


def test_not_an_incident_draft_is_empty_with_the_remark(sqlite_db) -> None:
    with sqlite_db.uow("tester") as uow:
        analysis = intake.analyse(
            uow, "Siap, situasi Kec. Labuan aman terkendali 🙏", datetime(2024, 11, 27, 9, 0),
            sender="Camat Labuan",
        )  # fmt: skip
    assert analysis.remark.startswith("Tidak tampak sebagai laporan insiden")
    draft = analysis.draft
    assert draft.occurred_at is None and draft.wilayah_id is None and draft.kategori_id is None
    assert draft.tps == "" and draft.place_detail == "" and draft.reporter_phone == ""
    assert draft.chronology.startswith("Siap") and draft.reported_at is not None


# --- reporter ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "how"),
    [
        ("Ada amplop.\nRohmat Hidayat\n0857-2233-4455", "Rohmat Hidayat", SIGNATURE),
        ("Spanduk digunting OTK sore tadi - Asep, relawan demokrasi", "Asep", SIGNATURE),
        ("Ada amplop.\nPTPS Kademangan, Ibu Nurlela 0821-7788-9900",
         "PTPS Kademangan, Ibu Nurlela", SIGNATURE),
        ("Ada amplop.\nHormat kami,\nLurah Bagendung, Drs. Sumantri",
         "Lurah Bagendung, Drs. Sumantri", SIGNATURE),
        ("Ada amplop.\n\nDedi Kurniawan - pemantau JPPR\nWA 0812 4455 6677", "Dedi Kurniawan",
         SIGNATURE),
        ("Ada amplop.\nEko - Kasi Pemerintahan Kec. Serang", "Eko", SIGNATURE),
        ("Ada amplop.\nAsep Saepudin 0812-3456-7890", "Asep Saepudin", SIGNATURE),
        ("Ada amplop. Pelapor: Pak RT 03 (Sarip)", "Pak RT 03 (Sarip)", CUE),
        ("Baliho dirusak.\nKasi Trantib Kec. Menes", "Kasi Trantib Kec. Menes", POST),
        ("Ada ujaran kebencian. Sdh dikoordinasikan dgn Danramil dan Kapolsek", "", ""),
        ("Ada ujaran kebencian.\nSdh dikoordinasikan dgn Camat", "", ""),
        ("Pak kades ngarahin warga pilih paslon 2", "", ""),
        ("KPPS TPS 3 pake kaos paslon 01", "", ""),
    ],
)  # fmt: skip
def test_signature_forms(banten: WilayahIndex, text: str, name: str, how: str) -> None:
    found = run(text, banten)
    assert (found.reporter_name, found.reporter_how) == (name, how)
    assert [s.text for s in found.spans if s.field == "pelapor"] == ([name] if name else [])


@pytest.mark.parametrize(
    ("name", "how", "sender", "reporter"),
    [
        ("", "", "Camat Labuan", "Camat Labuan"),
        ("Budi", CUE, "Camat Labuan", "Budi"),  # "Pelapor: Budi": someone else
        ("Asep", SIGNATURE, "Relawan Pandeglang", "Asep"),  # signed by someone else
        ("Babinsa Koramil Kibin Serda Ujang", SIGNATURE, "Babinsa Kibin",
         "Babinsa Koramil Kibin Serda Ujang"),  # the sender's name in full
        ("Camat Kibin", SIGNATURE, "Babinsa Kibin Serda Ujang", "Babinsa Kibin Serda Ujang"),
        ("Kasi Trantib Kec. Menes", POST, "Kasi Trantib Menes", "Kasi Trantib Menes"),
        ("Kasi Trantib Kec. Menes", POST, "Dedi", "Dedi"),  # a closing post: the sender
        ("Asep", SIGNATURE, "+62 812-3456-7890", "Asep"),  # a number is no name
        ("Asep", SIGNATURE, "", "Asep"),  # pasted: no sender
    ],
)  # fmt: skip
def test_exported_chat_keeps_the_sender(name: str, how: str, sender: str, reporter: str) -> None:
    assert reporter_for(name, how, sender) == reporter


def test_pasted_export_line_gives_sender_and_time(sqlite_db) -> None:
    text = "27/11/24 06.02 - Kades Cipaeh: semalem jam 11 posko dilempar batu di Ds. Cipaeh"
    with sqlite_db.uow("tester") as uow:
        analysis = intake.analyse(uow, text)
    draft = analysis.draft
    assert draft.reported_at == datetime(2024, 11, 27, 6, 2, tzinfo=WIB)
    assert draft.occurred_at == datetime(2024, 11, 26, 23, 0, tzinfo=WIB)
    assert draft.reporter == "Kades Cipaeh"


def test_a_day_only_draft_is_that_day(sqlite_db) -> None:
    with sqlite_db.uow("tester") as uow:
        analysis = intake.analyse(uow, "Jumat kmrn (22/11) ada amplop", datetime(2024, 11, 27, 9))
    assert analysis.extraction.occurred_on is not None
    assert analysis.draft.occurred_at == datetime(2024, 11, 22, 0, 0, tzinfo=WIB)


# --- places -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kel. Pd. Kacang Timur Kec. Pd. Aren ada amplop", "36.74.03.1007"),
        ("ada amplop di Pd. Aren", "36.74.03"),
        ("Ds. Kp. Besar Kec. Teluknaga banjir", "36.03.13.2013"),
        ("Kp. Baru Ds. Sukamaju Kec. Labuan ada amplop", "36.01.12.2014"),  # Kp. a hamlet
        ("ada amplop di Kec. Cp. Jaya", "36.73.05"),  # the one name that fits
        ("Ds. Pd. Kahuru Kec. Ciomas tinta kurang", "36.04.27.2004"),
        ("Jl. Raya Serpong depan Kel. Pakulonan APK masih terpasang", "36.74.02.1001"),
    ],
)
def test_place_abbreviations(banten: WilayahIndex, text: str, code: str) -> None:
    found = run(text, banten)
    assert found.wilayah is not None, [r.code for r in found.wilayah_choices]
    assert found.wilayah.code == code


def test_an_abbreviated_name_shared_by_several_places_is_offered(banten: WilayahIndex) -> None:
    found = run("ada amplop di Ds. Sk. Jaya", banten)
    assert found.wilayah is None
    assert len(found.wilayah_choices) >= 2
    assert {ref.name for ref in found.wilayah_choices} == {"Sukajaya"}


# --- the rules ---------------------------------------------------------------------------------


def test_groups_and_any_words_in_the_rules() -> None:
    rules = KeywordRules.from_json(json.dumps({
        "kelompok": {"pejabat": ["kades", "Kepala Desa"]},
        "kategori": {"NETRALITAS_ASN": ["@pejabat mengarahkan", "orasi ... di masjid"]},
        "keparahan": {}, "awalan_wilayah": {},
    }))  # fmt: skip
    assert dict(rules.expanded_categories())["NETRALITAS_ASN"] == (
        "kades mengarahkan", "kepala desa mengarahkan", "orasi ... di masjid",
    )  # fmt: skip
    assert KeywordRules.from_json(rules.to_json()) == rules


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"kategori": {"X": ["@tidak_ada kata"]}}, "belum ada di bagian kelompok"),
        ({"kelompok": {"Nama Besar": ["a"]}, "kategori": {"X": ["a"]}}, "Nama kelompok"),
        ({"kategori": {"X": ["... a"]}}, "di antara dua kata"),
        ({"kategori": {"X": ["..."]}}, "kosong"),
        ({"kategori": {"X": ["a"]}, "bukan_insiden": {"lain": ["a"]}}, "bukan_insiden"),
        ({"kategori": {"X": ["a"]}, "singkatan_tempat": {"p d": "pondok"}}, "satu kata"),
    ],
)
def test_rules_refuse_bad_new_sections(data: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        KeywordRules.from_json(json.dumps({"keparahan": {}, "awalan_wilayah": {}, **data}))


def test_a_desk_s_saved_rules_get_the_new_sections_from_the_defaults(sqlite_db) -> None:
    old = json.loads(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    for key in ("penenang", "bukan_insiden", "singkatan_tempat", "kelompok"):
        old.pop(key)
    old["kategori"] = {
        code: [p for p in phrases if "@" not in p] for code, phrases in old["kategori"].items()
    }
    old["kategori"]["POLITIK_UANG"].append("uang bensin")
    with sqlite_db.uow("tester") as uow:
        pengaturan.put(uow, "chat_keywords", json.dumps(old))
        uow.commit()
        rules = intake.keyword_rules(uow)
    assert "uang bensin" in dict(rules.categories)["POLITIK_UANG"]  # the desk's own words
    assert rules.not_incident and rules.reassurances and rules.place_abbreviations
