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


def test_admin_edits_chat_keywords_and_bad_json_is_refused(qtbot, admin_ctx, idle):
    import json

    from app.services.insiden.chat import intake

    _window, page = _open(qtbot, admin_ctx, idle, "pengaturan")
    panel = page.keywords
    qtbot.waitUntil(lambda: panel.editor.toPlainText().strip().startswith("{"))
    panel.editor.setPlainText("{ bukan json")
    panel.save()
    idle()
    assert "JSON" in panel.result.text() or "json" in panel.result.text()
    data = json.loads(_rules_text(admin_ctx))
    data_text = json.dumps(data)
    panel.editor.setPlainText(data_text.replace('"amplop"', '"amplop", "uang bensin"', 1))
    panel.save()
    idle()
    assert panel.result.text() == "Tersimpan."
    with admin_ctx.db.uow("tester") as uow:
        assert "uang bensin" in intake.keyword_rules_text(uow)


def _rules_text(ctx) -> str:
    from app.services.insiden.chat import intake

    with ctx.db.uow("tester") as uow:
        return intake.keyword_rules_text(uow)


def test_operator_sees_the_keywords_read_only(qtbot, ctx, idle):
    _window, page = _open(qtbot, ctx, idle, "pengaturan")
    assert page.keywords.editor.isReadOnly()
    assert not page.keywords.save_button.isEnabled()


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
