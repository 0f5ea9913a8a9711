"""Which database this PC uses: the embedded SQLite file or a shared PostgreSQL server.
Test the connection first; the choice is saved for this PC and used from the next start."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from app.services.core.db import check_connection, postgres_url
from app.services.core.errors import DomainError
from app.views.shell.context import AppContext
from app.views.widgets.texts import tr_args


class DatabasePanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        current = QLabel(tr_args(self.tr("Dipakai sekarang: %1"), ctx.desk.url_description))
        current.setWordWrap(True)
        self.embedded = QRadioButton(self.tr("SQLite bawaan di PC ini (satu PC, tanpa server)"))
        self.server = QRadioButton(self.tr("Server PostgreSQL bersama (beberapa PC satu desk)"))
        group = QButtonGroup(self)
        group.addButton(self.embedded)
        group.addButton(self.server)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Nama basis data"), self.database)
        form.addRow(self.tr("Pengguna"), self.user)
        form.addRow(self.tr("Kata sandi"), self.password)
        self.server_form = QWidget()
        self.server_form.setLayout(form)
        self.test_button = QPushButton(self.tr("Uji koneksi"))
        self.test_button.clicked.connect(self.test)
        self.save_button = QPushButton(self.tr("Simpan untuk PC ini"))
        self.save_button.clicked.connect(self.save)
        self.result = QLabel()
        self.result.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        note = QLabel(
            self.tr(
                "Sambungan baru dipakai setelah aplikasi dibuka ulang. Pada baris perintah, --db URL "
                "atau variabel DESK_PILKADA_DB_URL mengalahkan pilihan ini."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (current, self.embedded, self.server, self.server_form):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(note)
        layout.addStretch(1)
        self.embedded.toggled.connect(lambda on: self.server_form.setEnabled(not on))
        self._load(ctx.settings.get("db/url"))

    def _load(self, url: str) -> None:
        if not url.startswith("postgresql"):
            self.embedded.setChecked(True)
            return
        parsed = make_url(url)
        self.server.setChecked(True)
        self.host.setText(parsed.host or "")
        self.port.setValue(parsed.port or 5432)
        self.database.setText(parsed.database or "")
        self.user.setText(parsed.username or "")
        self.password.setText(parsed.password or "")

    def url(self) -> str:
        if self.embedded.isChecked():
            return ""
        return postgres_url(
            self.host.text().strip(), self.port.value(), self.database.text().strip(), self.user.text().strip(),
            self.password.text(),
        )  # fmt: skip

    def test(self) -> None:
        url = self.url()
        if not url:
            self.result.setText(self.tr("SQLite bawaan tidak perlu diuji."))
            return
        self.result.setText(self.tr("Menghubungi server…"))
        self.test_button.setEnabled(False)
        self._ctx.runner.run(lambda _r: check_connection(url), self._tested, self._tested)

    def _tested(self, outcome: object) -> None:
        self.test_button.setEnabled(True)
        if isinstance(outcome, BaseException) and not isinstance(outcome, DomainError):
            self._ctx.runner.failed.emit(outcome)
            return
        self.result.setText(str(outcome))

    def save(self) -> None:
        self._ctx.settings.set("db/url", self.url())
        self._ctx.settings.sync()
        self.result.setText(self.tr("Tersimpan. Buka ulang aplikasi untuk memakai sambungan ini."))
