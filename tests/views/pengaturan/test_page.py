"""Roles in the UI, user management, the audit viewer and the database connection tab."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.services.admin import auth
from app.services.core.actor import ADMINISTRATOR, PIMPINAN, VERIFIKATOR, Actor
from app.services.tahapan import records as tahapan
from app.views.shell.main_window import MainWindow
from tests.views.conftest import make_ctx


@pytest.fixture
def admin_ctx(sqlite_db, runner):
    with sqlite_db.uow("tester") as uow:
        auth.create_first_admin(
            uow,
            username="admin",
            full_name="Admin Desk",
            password="admin-rahasia",
            confirm="admin-rahasia",
        )
    return make_ctx(sqlite_db, runner, "admin", ADMINISTRATOR)


def _open(qtbot, ctx, idle, area: str):
    window = MainWindow(ctx.settings, demo=ctx.desk.is_demo)
    qtbot.addWidget(window)
    window.show()
    window.attach(ctx)
    page = window.show_area(area)
    idle()
    return window, page


@pytest.mark.parametrize("role", [PIMPINAN, VERIFIKATOR])
def test_roles_that_may_not_edit_stages_see_why(qtbot, demo_db, runner, idle, role):
    ctx = make_ctx(demo_db, runner, "baca", role)
    _window, page = _open(qtbot, ctx, idle, "tahapan")
    page.select_stage(page.model.rows()[0].id)
    idle()
    assert not page.detail.save_button.isEnabled()
    assert not page.detail.add_note_button.isEnabled()
    assert not page.import_button.isEnabled()
    assert "Hanya Administrator atau Operator" in page.detail.save_button.toolTip()
    assert page.detail.read_only_note.isVisible()


def test_operator_sees_no_user_management_but_a_reason(qtbot, ctx, idle):
    _window, page = _open(qtbot, ctx, idle, "pengaturan")
    assert page.users is None and page.audit is None
    texts = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert texts[:2] == ["Pengguna dan peran", "Log audit"]
    assert "Hanya Administrator" in page.tabs.widget(0).findChild(type(page.database.result)).text()


def test_pimpinan_reads_the_audit_log(qtbot, demo_db, runner, idle):
    ctx = make_ctx(demo_db, runner, "kaban", PIMPINAN)
    _window, page = _open(qtbot, ctx, idle, "pengaturan")
    assert page.audit is not None and page.users is None


def test_admin_adds_a_user_who_must_change_the_password(qtbot, admin_ctx, idle, qtmodeltester):
    _window, page = _open(qtbot, admin_ctx, idle, "pengaturan")
    users = page.users
    qtbot.waitUntil(lambda: users.model.rowCount() == 1)
    dialog = users.add_user()
    dialog.username.setText("op")  # too short
    dialog.password.setText("sementara-1")
    dialog.save()
    idle()
    assert "3–64 karakter" in dialog.error.text()
    dialog.username.setText("operator.pandeglang")
    dialog.full_name.setText("Siti Operator")
    dialog.role.setCurrentText("Operator")
    dialog.save()
    idle()
    qtbot.waitUntil(lambda: users.model.rowCount() == 2)
    row = next(r for r in range(2) if users.model.user(r).username == "operator.pandeglang")
    assert users.model.index(row, 3).data() == "wajib ganti kata sandi"
    qtmodeltester.check(users.model)


def test_audit_viewer_shows_a_stage_edit_field_by_field_and_exports(
    qtbot, admin_ctx, idle, tmp_path, qtmodeltester
):
    with admin_ctx.db.uow(Actor("operator7", "Operator")) as uow:
        pemilihan = tahapan.list_pemilihan(uow)[0]
        stage = next(r for r in tahapan.list_tahapan(uow, pemilihan.id) if r.code == "T04")
    with admin_ctx.db.uow(Actor("operator7", "Operator")) as uow:
        tahapan.update_tahapan(
            uow,
            stage.id,
            version=stage.version,
            actual_start=date(2024, 4, 17),
            actual_end=None,
            progress=40,
        )
    _window, page = _open(qtbot, admin_ctx, idle, "pengaturan")
    viewer = page.audit
    viewer.who.setText("operator7")
    viewer.apply_filters()
    idle()
    qtbot.waitUntil(lambda: viewer.model.rowCount() == 1)
    row = viewer.rows()[0]
    assert row.action == "update"
    assert "progres: 0 → 40" in row.summary
    assert "mulai aktual: – → 2024-04-17" in row.summary
    assert viewer.model.index(0, 2).data() == "ubah"
    assert "1 catatan audit" in viewer.status.text()
    qtmodeltester.check(viewer.model)

    target = tmp_path / "audit.xlsx"
    viewer.export_to(target)
    idle()
    sheet = load_workbook(target).active
    assert [c.value for c in sheet[1]][:3] == ["Waktu", "Pengguna", "Aksi"]
    assert sheet.cell(2, 2).value == "operator7"
    viewer.who.setText("admin")
    viewer.action.setCurrentIndex(viewer.action.findData("export"))
    viewer.apply_filters()
    idle()
    qtbot.waitUntil(lambda: viewer.model.rowCount() == 1)  # the export itself was audited


def test_lazy_audit_table_loads_more_rows_as_you_scroll(qtbot, admin_ctx, idle):
    from app.services.core import audit

    with admin_ctx.db.uow("tester") as uow:
        for number in range(450):
            audit.record(uow.session, "pemuat", audit.LOGIN_FAILED, note=f"percobaan {number}")
        uow.commit()
    _window, page = _open(qtbot, admin_ctx, idle, "pengaturan")
    viewer = page.audit
    viewer.who.setText("pemuat")
    viewer.apply_filters()
    idle()
    assert viewer.model.rowCount() == 200 and viewer.model.total == 450
    assert viewer.model.canFetchMore()
    viewer.table.scrollToBottom()
    viewer.model.fetchMore()
    idle()
    assert viewer.model.rowCount() == 400
    viewer.model.fetchMore()
    idle()
    assert viewer.model.rowCount() == 450 and not viewer.model.canFetchMore()
    assert viewer.rows()[0].note == "percobaan 449"  # newest first


def test_database_tab_tests_a_connection_with_a_clear_message(qtbot, ctx, idle):
    _window, page = _open(qtbot, ctx, idle, "pengaturan")
    panel = page.database
    panel.server.setChecked(True)
    panel.host.setText("127.0.0.1")
    panel.port.setValue(1)
    panel.database.setText("desk")
    panel.user.setText("desk")
    panel.password.setText("p@ss/word")
    qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: panel.test_button.isEnabled() and "menolak sambungan" in panel.result.text(),
        timeout=15_000,
    )
    panel.save()
    assert ctx.settings.get("db/url").startswith(
        "postgresql+psycopg://desk:p%40ss%2Fword@127.0.0.1:1/desk"
    )


def test_admin_edits_chat_keywords_as_a_form(qtbot, admin_ctx, idle):
    """A section and a category, then one phrase per line: no JSON to write. A pair line
    without "=" is refused where it was typed."""
    from app.services.insiden.chat import intake

    _window, page = _open(qtbot, admin_ctx, idle, "pengaturan")
    panel = page.keywords
    qtbot.waitUntil(lambda: bool(panel.data))
    panel.section.setCurrentIndex(panel.section.findData("kategori"))
    panel.group.setCurrentIndex(panel.group.findData("PERUSAKAN_APK"))
    assert "baliho dirusak" in panel.editor.toPlainText().splitlines()
    panel.editor.setPlainText(panel.editor.toPlainText() + "\nbaliho paslon dirusak")
    panel.section.setCurrentIndex(panel.section.findData("singkatan"))
    assert "yg = yang" in panel.editor.toPlainText().splitlines()
    panel.editor.setPlainText(panel.editor.toPlainText() + "\nbkn bukan")
    panel.save()
    assert "kata = nilai" in panel.result.text()
    panel.editor.setPlainText(panel.editor.toPlainText().replace("bkn bukan", "bkn = bukan"))
    panel.save()
    idle()
    assert panel.result.text() == "Tersimpan."
    with admin_ctx.db.uow("tester") as uow:
        rules = intake.keyword_rules(uow)
    assert "baliho paslon dirusak" in dict(rules.categories)["PERUSAKAN_APK"]
    assert ("bkn", "bukan") in rules.abbreviations


def _rules_text(ctx) -> str:
    from app.services.insiden.chat import intake

    with ctx.db.uow("tester") as uow:
        return intake.keyword_rules_text(uow)


def test_operator_sees_the_keywords_read_only(qtbot, ctx, idle):
    _window, page = _open(qtbot, ctx, idle, "pengaturan")
    assert page.keywords.editor.isReadOnly()
    assert not page.keywords.save_button.isEnabled()
    # Disabled with the reason on the page, not only in a tooltip.
    why = "Hanya Administrator yang dapat mengubah pengaturan desk; peran Anda Operator."
    for panel in (page.keywords, page.desk_settings, page.referensi):
        assert not panel.why.isHidden() and panel.why.text() == why
    assert not page.referensi.add_button.isEnabled()
    texts = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Lainnya" not in texts and "Daftar referensi" in texts


def test_admin_adds_renames_and_deactivates_a_reference_item(qtbot, admin_ctx, idle):
    from sqlalchemy import select

    from app.models import AuditLog
    from app.models.referensi import KELOMPOK_SASARAN
    from app.services.desk import referensi

    _window, page = _open(qtbot, admin_ctx, idle, "pengaturan")
    panel = page.referensi
    assert panel.why.isHidden()
    panel.kind.setCurrentIndex(panel.kind.findData(KELOMPOK_SASARAN))
    idle()
    before = panel.model.rowCount()
    panel.name.setText("Tokoh pemuda")
    panel.add_button.click()
    idle()
    idle()
    assert "ditambahkan" in panel.result.text()
    assert panel.model.rowCount() == before + 1
    row = next(i for i, r in enumerate(panel.model.rows()) if r.name == "Tokoh pemuda")
    panel.table.selectRow(row)
    panel.name.setText("Tokoh pemuda dan karang taruna")
    panel.save_button.click()
    idle()
    idle()
    panel.table.selectRow(row)
    panel.active_button.click()
    idle()
    idle()
    with admin_ctx.db.uow("tester") as uow:
        item = next(r for r in referensi.list_items(uow, KELOMPOK_SASARAN) if r.code == "TOKOH_PEMUDA")
        audited = uow.session.scalars(select(AuditLog.username).where(AuditLog.entity == "referensi")).all()
    assert (item.name, item.active) == ("Tokoh pemuda dan karang taruna", False)
    assert panel.model.data(panel.model.index(row, 3)) == "nonaktif"
    assert audited.count("admin") == 3  # added, renamed, deactivated: each in the audit log


def test_the_interface_language_is_chosen_in_the_app(qtbot, ctx, idle):
    _window, page = _open(qtbot, ctx, idle, "pengaturan")
    assert page.language.currentData() == ctx.settings.get("ui/language") == "id"
    page.language.setCurrentIndex(page.language.findData("en"))
    try:
        assert ctx.settings.get("ui/language") == "en"
        assert "buka lagi" in page.language_note.text()
    finally:
        ctx.settings.set("ui/language", "id")


def test_admin_sets_the_lockout_time_used_by_login(qtbot, admin_ctx, idle):
    from app.services.core import pengaturan

    _window, page = _open(qtbot, admin_ctx, idle, "pengaturan")
    panel = page.desk_settings
    qtbot.waitUntil(lambda: panel.fields["lockout_minutes"].value() == 15)
    panel.fields["lockout_minutes"].setValue(45)
    panel.save()
    idle()
    assert panel.result.text() == "Tersimpan."
    with admin_ctx.db.uow("tester") as uow:
        assert pengaturan.get(uow, "lockout_minutes") == 45


def test_the_reference_list_names_are_in_the_translation_sources():
    """The names come from the service; the panel marks the same texts for lupdate."""
    from app.services.desk import referensi
    from app.views.pengaturan.referensi_panel import ReferensiPanel

    assert tuple(referensi.KIND_LABELS.values()) == ReferensiPanel.KIND_TEXTS
