from __future__ import annotations

from PySide6.QtCore import Qt

from app.views.shell.main_window import MainWindow
from app.views.shell.pages import areas
from app.views.tahapan.page import TahapanPage


def test_title_marks_demo_data_and_names_the_agency(window):
    title = window.windowTitle()
    assert title.startswith("Desk Pilkada")
    assert "Badan Kesatuan Bangsa dan Politik Provinsi Banten" in title
    assert "DATA CONTOH" in title
    assert "Selasa, 26 November 2024 17.00 WIB" in title


def test_status_bar_names_database_and_user(window, ctx):
    assert window.db_label.text().startswith("SQLite:")
    assert str(ctx.db.sqlite_path) in window.db_label.text()
    assert "operator1" in window.user_label.text()


def test_every_area_opens_its_own_page(window, idle):
    keys = [a.key for a in areas()]
    assert keys == ["dasbor", "tahapan", "insiden", "logistik", "sosialisasi", "partisipasi",
                    "kerawanan", "laporan", "data", "pengaturan"]  # fmt: skip
    for area in areas():
        page = window.show_area(area.key)
        idle()
        assert window.stack.currentWidget() is page
        assert type(page).__name__.lower().startswith(area.key.replace("_", "")), area.key


def test_keyboard_navigation_switches_pages(window, qtbot, idle):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    idle()
    assert isinstance(window.stack.currentWidget(), TahapanPage)


def test_window_fits_the_common_office_laptop_screen(window):
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768
    assert window.width() <= 1366 and window.height() <= 768


def test_geometry_and_last_page_are_remembered(window, ctx, qtbot, idle):
    window.show_area("tahapan")
    idle()
    window.resize(1200, 700)
    window.close()
    again = MainWindow(ctx.settings, demo=True)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (1200, 700)
    again.attach(ctx)
    idle()
    assert isinstance(again.stack.currentWidget(), TahapanPage)


def test_the_demo_can_be_tried_as_every_role(window, idle, qtbot):
    """SPEC 12: a role chooser instead of the login; the status bar says which role acts,
    and pages are rebuilt with that role's rights (only the Pimpinan publishes briefs)."""
    from app.services.core.actor import PIMPINAN

    chooser = window.role_chooser
    assert chooser is not None and chooser.isVisible()
    roles = [chooser.box.itemText(i) for i in range(chooser.box.count())]
    assert roles == ["Operator", "Verifikator", "Pimpinan", "Administrator"]
    laporan = window.show_area("laporan")
    idle()
    assert not laporan._ctx.can("laporan.terbitkan")

    chooser.box.setCurrentIndex(chooser.box.findData(PIMPINAN))
    chooser.box.activated.emit(chooser.box.currentIndex())
    idle()
    assert "Pimpinan contoh (Pimpinan)" in window.user_label.text()
    laporan = window.show_area("laporan")
    idle()
    assert laporan._ctx.actor.role == PIMPINAN
    assert "Terbitkan" in laporan.issue_button.text().replace("&", "")
    assert laporan._ctx.can("laporan.terbitkan")
    assert window._settings.get("demo/role") == PIMPINAN
