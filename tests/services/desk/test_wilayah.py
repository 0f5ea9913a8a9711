"""Region matching against the seeded Banten list (SPEC 3 and 8)."""

from __future__ import annotations

from collections import defaultdict

import pytest
from sqlalchemy import event, select

from app.models import Wilayah
from app.services.desk.wilayah import WilayahIndex, WilayahRef, normalize_code, normalize_name
from app.services.importing.values import CellError


@pytest.fixture
def index(db) -> WilayahIndex:
    with db.uow() as uow:
        return WilayahIndex.load(uow, "36")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("36", "36"),
        ("3601", "36.01"),
        ("36.01", "36.01"),
        ("36 01", "36.01"),
        (" 360101 ", "36.01.01"),
        ("3601012001", "36.01.01.2001"),
        ("36.01.01.2001", "36.01.01.2001"),
        ("36 01 01 2001", "36.01.01.2001"),
        ("360", None),
        ("36010120", None),
        ("36.1", None),
        ("36.01.01.20.01", None),
        ("Lebak", None),
        ("36a1", None),
        ("", None),
    ],
)
def test_normalize_code(text: str, expected: str | None) -> None:
    assert normalize_code(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kabupaten Lebak", ("lebak", "kabupaten")),
        ("Kab. Lebak", ("lebak", "kabupaten")),
        ("Kab.Lebak", ("lebak", "kabupaten")),
        ("KAB LEBAK", ("lebak", "kabupaten")),
        ("Kota Adm. Tangerang", ("tangerang", "kota")),
        ("Kota Administrasi Tangerang", ("tangerang", "kota")),
        ("Kec. Labuan", ("labuan", "kecamatan")),
        ("Kel. Kota Baru", ("kota baru", "kelurahan")),
        ("Ds. Sumberjaya", ("sumberjaya", "desa")),
        ("Prov. Banten", ("banten", "provinsi")),
        ("  Cipocok   Jaya ", ("cipocok jaya", None)),
        ("Alang-alang", ("alang alang", None)),
        ("kota tangsel", ("tangerang selatan", "kota")),
        ("Tangsel", ("tangerang selatan", "kota")),
        ("Kelapa Dua", ("kelapa dua", None)),
    ],
)
def test_normalize_name(text: str, expected: tuple[str, str | None]) -> None:
    assert normalize_name(text) == expected


def test_load_uses_one_query(db) -> None:
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    with db.uow() as uow:
        uow.session.connection()  # open the connection before counting
        event.listen(db.engine, "before_cursor_execute", count)
        try:
            index = WilayahIndex.load(uow, "36")
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
    assert len(statements) == 1
    assert len(index) == 1 + 8 + 155 + 1552


def test_ref_has_code_level_kind_and_path(index: WilayahIndex) -> None:
    labuan = index.match("Labuan", level=3)
    assert isinstance(labuan, WilayahRef)
    assert (labuan.code, labuan.kind, labuan.path) == (
        "36.01.12",
        "kecamatan",
        "Kabupaten Pandeglang",
    )
    desa = index.children(labuan.code)[0]
    assert desa.path == "Kec. Labuan, Kabupaten Pandeglang"
    assert desa.level == 4 and desa.kind in {"desa", "kelurahan"}
    assert index.by_code("3601").name == "Kabupaten Pandeglang"
    assert index.by_code("36.99") is None


def test_codes_in_any_form(index: WilayahIndex) -> None:
    assert index.match("3601").code == "36.01"
    assert index.match("36 01 01").code == "36.01.01"
    assert index.match("3601012001").code == "36.01.01.2001"


def test_unknown_code_message(index: WilayahIndex) -> None:
    with pytest.raises(CellError) as error:
        index.match("3699")
    assert str(error.value) == "Kode wilayah 36.99 tidak ada dalam daftar Kemendagri."
    with pytest.raises(CellError, match="bukan kode wilayah yang sah"):
        index.match("360")


def test_code_at_wrong_level_or_outside_is_refused(index: WilayahIndex) -> None:
    with pytest.raises(CellError, match="Kode 36.01 adalah Kabupaten Pandeglang, bukan kecamatan"):
        index.match("36.01", level=3)
    with pytest.raises(CellError, match="tidak berada di Kabupaten Lebak"):
        index.match("36.01.01", within="36.02")


def test_kota_and_kabupaten_tangerang(index: WilayahIndex) -> None:
    assert index.match("Kota Tangerang").code == "36.71"
    assert index.match("Kab. Tangerang").code == "36.03"
    assert index.match("Kabupaten Tangerang").code == "36.03"
    assert index.match("kab.tangerang", level=2).code == "36.03"


def test_bare_tangerang_is_ambiguous(index: WilayahIndex) -> None:
    with pytest.raises(CellError) as error:
        index.match("Tangerang", level=2)
    message = str(error.value)
    assert message.startswith("Nama 'Tangerang' ada di beberapa wilayah:")
    assert "Kabupaten Tangerang (36.03)" in message
    assert "Kota Tangerang (36.71)" in message
    assert "Kab./Kota" in message
    with pytest.raises(CellError, match=r"Kabupaten Tangerang \(36.03\), Kota Tangerang \(36.71\)"):
        index.match("Tangerang")  # without a level the largest regions are meant


def test_short_forms_and_case(index: WilayahIndex) -> None:
    assert index.match("kota tangsel").code == "36.74"
    assert index.match("Tangsel", level=2).code == "36.74"
    assert index.match("PANDEGLANG").code == "36.01"
    assert index.match("  kota   SERANG ", level=2, within="36").code == "36.73"


def test_misspelling_suggests(index: WilayahIndex) -> None:
    with pytest.raises(CellError) as error:
        index.match("Pandeglan")
    assert str(error.value) == (
        "Wilayah 'Pandeglan' tidak ditemukan. Mungkin maksud Anda: Kabupaten Pandeglang (36.01)?"
    )
    with pytest.raises(CellError) as error:
        index.match("Qwertyuiop", level=3)
    assert str(error.value) == "Wilayah 'Qwertyuiop' tidak ditemukan."


def test_kecamatan_within_and_level(index: WilayahIndex) -> None:
    labuan = index.match("Kec. Labuan", within="36.01")
    assert labuan.code.startswith("36.01.") and labuan.level == 3
    with pytest.raises(CellError, match="tidak ditemukan"):
        index.match("Labuan", level=3, within="36.02")
    # Desa Labuan lies in Kec. Labuan: the level decides which one is meant.
    desa = index.match("Labuan", level=4, within=labuan.code)
    assert desa.level == 4 and desa.code.startswith(labuan.code + ".")
    assert index.match("Labuan").level == 3
    # "Kota Baru" is a kelurahan in Kota Serang, not "Kota Baru" with a prefix.
    assert index.match("Kota Baru", level=4).code.startswith("36.73.")


def test_level_restriction(index: WilayahIndex) -> None:
    # Kota Serang (level 2) and Kec. Serang (level 3) share a name.
    assert index.match("Serang", level=3).code.startswith("36.73.")
    assert index.match("Kota Serang", level=2).code == "36.73"
    with pytest.raises(CellError):
        index.match("Sumberjaya", level=2)


def test_duplicate_desa_is_ambiguous_until_narrowed(db, index: WilayahIndex) -> None:
    with db.uow() as uow:
        rows = uow.session.execute(
            select(Wilayah.name, Wilayah.code).where(Wilayah.level == 4)
        ).all()
    by_name: dict[str, list[str]] = defaultdict(list)
    for name, code in rows:
        by_name[name].append(code)
    name, codes = next((n, sorted(c)) for n, c in sorted(by_name.items()) if len(c) == 2)
    kecamatan = [code.rpartition(".")[0] for code in codes]
    assert kecamatan[0] != kecamatan[1]

    with pytest.raises(CellError) as error:
        index.match(name, level=4)
    message = str(error.value)
    assert f"Nama '{name}' ada di beberapa wilayah:" in message
    for code in codes:
        assert code in message
    assert "Kec. " in message  # the kecamatan of each candidate is named

    assert index.match(name, level=4, within=kecamatan[1]).code == codes[1]
    assert index.match(f"Desa {name}", within=kecamatan[0]).code == codes[0]


def test_search_by_name_and_code(index: WilayahIndex) -> None:
    found = index.search("tangerang")
    codes = [ref.code for ref in found]
    assert {"36.03", "36.71", "36.74"} <= set(codes)
    assert [ref.level for ref in found] == sorted(ref.level for ref in found)
    assert len(found) <= 20
    assert index.search("TANGERANG", limit=2) == found[:2]

    by_code = index.search("36.01.01")
    assert by_code[0].code == "36.01.01"
    assert all(ref.code.startswith("36.01.01") for ref in by_code)
    assert index.search("3602")[0].code == "36.02"
    assert index.search("zzzz") == []


def test_children_and_descendants(index: WilayahIndex) -> None:
    assert {r.code for r in index.children("36")} == {
        "36.01", "36.02", "36.03", "36.04", "36.71", "36.72", "36.73", "36.74",
    }  # fmt: skip
    assert all(r.level == 3 for r in index.children("36.01"))
    assert len(index.descendant_codes("36")) == 8 + 155 + 1552
    assert all(code.startswith("36.01.") for code in index.descendant_codes("36.01"))
