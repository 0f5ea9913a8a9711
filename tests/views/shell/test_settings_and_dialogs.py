from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray

from app.services.desk.seeding import provinces
from app.services.importing.spec import RowError
from app.settings import Settings
from app.views.shell.first_run_dialog import FirstRunDialog
from app.views.widgets.row_error_model import RowErrorModel


def test_settings_have_typed_defaults_and_refuse_bad_values(qapp):
    settings = Settings()
    assert settings.get("ui/language") == "id"
    assert settings.get("db/url") == ""
    settings.set("ui/language", "en")
    assert Settings().get("ui/language") == "en"
    with pytest.raises(ValueError):
        settings.set("ui/language", "fr")
    settings.save_state("splitter", QByteArray(b"abc"))
    assert Settings().load_state("splitter") == QByteArray(b"abc")


def test_first_run_offers_every_province_and_defaults_to_banten(qtbot):
    dialog = FirstRunDialog(provinces())
    qtbot.addWidget(dialog)
    assert dialog.province.count() == 38
    assert dialog.province_code() == "36"
    assert "Banten" in dialog.province.currentText()


def test_row_error_model(qtmodeltester):
    model = RowErrorModel()
    model.set_errors(
        [
            RowError(3, "mulai", "Tanggal '31/02/2024' tidak ada di kalender."),
            RowError(7, "nama", "Wajib diisi."),
        ]
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(1, 2).data() == "Wajib diisi."
