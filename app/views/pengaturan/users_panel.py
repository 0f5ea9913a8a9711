"""User management (Administrator): list, add, change role or deactivate, reset password.
Users are never deleted: deactivating keeps their name on everything they did."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.admin import auth
from app.services.admin.auth import UserRow
from app.services.core.actor import ROLES
from app.services.core.changes import Changes
from app.views.shell.context import AppContext
from app.views.widgets.error_label import ErrorLabel
from app.views.widgets.list_table_model import ListTableModel
from app.views.widgets.texts import tr_args


class UserTableModel(ListTableModel[UserRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            (
                self.tr("Nama pengguna"),
                self.tr("Nama lengkap"),
                self.tr("Peran"),
                self.tr("Status"),
            ),
            parent,
        )

    def user(self, row: int) -> UserRow:
        return self.row_at(row)

    def cell(self, user: UserRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 3:
            if not user.active:
                return self.tr("nonaktif")
            if user.locked_until is not None:
                return self.tr("terkunci")
            return (
                self.tr("wajib ganti kata sandi") if user.must_change_password else self.tr("aktif")
            )
        return (user.username, user.full_name, user.role)[column]


class UserDialog(QDialog):
    """Add a user (with a temporary password) or edit one's name, role and status."""

    def __init__(
        self, ctx: AppContext, user: UserRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.error = ErrorLabel()
        self._ctx = ctx.reporting_to(self.error)
        self._user = user
        self.setWindowTitle(self.tr("Ubah pengguna") if user else self.tr("Tambah pengguna"))
        self.username = QLineEdit(user.username if user else "")
        self.username.setEnabled(user is None)
        self.full_name = QLineEdit(user.full_name if user else "")
        self.role = QComboBox()
        self.role.addItems(list(ROLES))
        if user:
            self.role.setCurrentText(user.role)
        self.active = QCheckBox(self.tr("Aktif (dapat masuk)"))
        self.active.setChecked(user.active if user else True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Nama lengkap"), self.full_name)
        form.addRow(self.tr("Peran"), self.role)
        if user:
            form.addRow("", self.active)
        else:
            form.addRow(self.tr("Kata sandi sementara"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self._user is None:
            self._ctx.submit(
                auth.create_user,
                username=self.username.text(),
                full_name=self.full_name.text(),
                role=self.role.currentText(),
                password=self.password.text(),
                on_done=lambda _c: self.accept(),
            )
        else:
            self._ctx.submit(
                auth.update_user,
                self._user.id,
                version=self._user.version,
                full_name=self.full_name.text(),
                role=self.role.currentText(),
                active=self.active.isChecked(),
                on_done=lambda _c: self.accept(),
            )


class ResetPasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = ErrorLabel()
        self._ctx = ctx.reporting_to(self.error)
        self._user = user
        self.setWindowTitle(tr_args(self.tr("Atur ulang kata sandi %1"), user.username))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        note = QLabel(
            self.tr(
                "Pengguna wajib mengganti kata sandi sementara ini saat masuk. Kunci akun ikut dibuka."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Atur ulang"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Kata sandi sementara"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        self._ctx.submit(
            auth.reset_password,
            self._user.id,
            password=self.password.text(),
            on_done=lambda _c: self.accept(),
        )


class UsersPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = UserTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = QPushButton(self.tr("Tambah pengguna…"))
        self.add_button.clicked.connect(self.add_user)
        self.edit_button = QPushButton(self.tr("Ubah…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.reset_button = QPushButton(self.tr("Atur ulang kata sandi…"))
        self.reset_button.clicked.connect(self.reset_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.dialog: QDialog | None = None
        self.reload()

    def reload(self) -> None:
        self._ctx.submit(auth.list_users, on_done=self.model.set_rows)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(auth.PENGGUNA):
            self.reload()

    def selected(self) -> UserRow | None:
        index = self.table.currentIndex()
        return self.model.user(index.row()) if index.isValid() else None

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_user(self) -> QDialog:
        return self._open(UserDialog(self._ctx, None, self))

    def edit_selected(self) -> QDialog | None:
        user = self.selected()
        return self._open(UserDialog(self._ctx, user, self)) if user else None

    def reset_selected(self) -> QDialog | None:
        user = self.selected()
        return self._open(ResetPasswordDialog(self._ctx, user, self)) if user else None
