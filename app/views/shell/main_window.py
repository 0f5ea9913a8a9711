"""The main window only assembles: navigation on the left, one page per area, a status
bar. Each page owns its widgets and talks to services through the AppContext."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QWidget,
)

from app import APP_NAME
from app.services.core.changes import Changes
from app.settings import Settings

if TYPE_CHECKING:
    from app.views.shell.context import AppContext
from app.views.shell import icons, shortcuts
from app.views.shell.page_stack import PageStack
from app.views.shell.pages import Area, areas
from app.views.widgets.texts import tr_args
from app.views.widgets.unsaved import has_unsaved, may_leave

GEOMETRY_KEY = "main_window/geometry"


class LoadingPage(QLabel):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)


class MainWindow(QMainWindow):
    page_shown = Signal(str)

    def __init__(self, settings: Settings, demo: bool) -> None:
        super().__init__()
        self._settings = settings
        self._ctx: AppContext | None = None
        self._areas: list[Area] = areas()
        self._pages: dict[str, QWidget] = {}
        self._demo = demo
        self.setObjectName("MainWindow")
        self.setWindowTitle(self._title(None))
        self.setMinimumSize(QSize(1000, 600))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.nav.setIconSize(QSize(20, 20))
        for area in self._areas:
            QListWidgetItem(icons.area(area.key), area.title, self.nav)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self._row = -1
        self.stack = PageStack()
        self._loading = LoadingPage(self.tr("Membuka basis data…"))
        self.stack.addWidget(self._loading)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        # A page that cannot shrink to the window (a small screen at 125% or 150%) scrolls
        # inside it; the window itself never grows past the screen.
        self.scroller = QScrollArea()
        self.scroller.setObjectName("pageScroller")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.stack)
        layout.addWidget(self.scroller, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel()
        self.user_label = QLabel()
        self.busy_label = QLabel()
        self.role_chooser: QWidget | None = None
        self.live = None  # the feed of other PCs' changes, once a database is open
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self._install_actions()
        geometry = settings.load_state(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry) or not self._on_screen():
            self._first_size()

    def _on_screen(self) -> bool:
        """The remembered window lies wholly on today's screen (which may be smaller, or
        scaled to 125% since: then the window starts afresh rather than hang off it)."""
        from PySide6.QtGui import QGuiApplication

        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen is None or screen.availableGeometry().contains(self.frameGeometry())

    def _first_size(self) -> None:
        """First start on this PC: fill a small screen (the 1366×768 office laptop), a
        comfortable window on a large one."""
        from PySide6.QtGui import QGuiApplication

        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        if available is not None and (available.width() <= 1600 or available.height() <= 900):
            self.setGeometry(available)
            self.setWindowState(Qt.WindowState.WindowMaximized)
        else:
            self.resize(1366, 768)

    def _install_actions(self) -> None:
        for index in range(len(self._areas)):
            action = QAction(self)
            action.setShortcut(shortcuts.page(index))
            action.triggered.connect(lambda _=False, i=index: self.nav.setCurrentRow(i))
            self.addAction(action)
        quit_action = QAction(self.tr("Keluar"), self)
        quit_action.setShortcut(shortcuts.key(shortcuts.QUIT))
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)

    def _title(self, ctx: AppContext | None) -> str:
        parts = [APP_NAME]
        if ctx is not None and ctx.desk.initialized:
            parts.append(f"{ctx.desk.agency_name} Provinsi {ctx.desk.province_name}")
        title = " — ".join(parts)
        if self._demo:
            marker = self.tr("DATA CONTOH")
            if ctx is not None and ctx.desk.demo_as_of:
                from app.services.core import formatting

                clock = ctx.desk.clock
                now = clock.now()
                marker += tr_args(
                    self.tr(" (per %1)"),
                    f"{formatting.long_date(now)} {formatting.date_time(now, clock.tz)[11:]}",
                )
            title += f" — {marker}"
        return title

    # -- composition -------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self._loading.setText(text)
        self.stack.setCurrentWidget(self._loading)

    def attach(self, ctx: AppContext) -> None:
        """The database is open: build pages on demand from now on."""
        self._ctx = ctx
        self._demo = ctx.desk.is_demo
        self.setWindowTitle(self._title(ctx))
        self.db_label.setText(ctx.desk.url_description)
        user = f"{ctx.actor.full_name or ctx.actor.username} ({ctx.actor.role})"
        self.user_label.setText(tr_args(self.tr("Pengguna: %1"), user))
        if ctx.desk.is_demo:
            self.user_label.setToolTip(
                self.tr("Data contoh: masuk tanpa kata sandi dengan peran yang dipilih.")
            )
            self._show_role_chooser(ctx)
        ctx.runner.changed.connect(self._on_changes)
        if self.live is None:
            from app.views.shell.live_feed import LiveFeed

            self.live = LiveFeed(ctx, self).start()
            self.statusBar().insertPermanentWidget(0, self.live.mark)
        # A bound method, not a lambda: Qt drops the connection when the window goes.
        ctx.runner.busy_changed.connect(self._show_busy)
        last = self._settings.get("ui/last_page")
        keys = [a.key for a in self._areas]
        row = keys.index(last) if last in keys else 0
        if self.nav.currentRow() == row:
            self._show_row(row)
        else:
            self.nav.setCurrentRow(row)

    def _show_role_chooser(self, ctx: AppContext) -> None:
        if self.role_chooser is None:
            from app.views.shell.demo_roles import RoleChooser

            self.role_chooser = RoleChooser(ctx.actor.role, self.switch_actor)
            self.statusBar().insertPermanentWidget(0, self.role_chooser)

    def switch_actor(self, actor) -> None:
        """Demo only: act as another role. Pages are rebuilt for that role's rights."""
        from dataclasses import replace

        if self._ctx is None or actor == self._ctx.actor:
            return
        if not self._may_drop_pages():
            if self.role_chooser is not None and hasattr(self.role_chooser, "show_role"):
                self.role_chooser.show_role(self._ctx.actor.role)
            return
        self._settings.set("demo/role", actor.role)
        old = self._ctx
        old.runner.changed.disconnect(self._on_changes)
        old.runner.busy_changed.disconnect(self._show_busy)
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
        self._row = -1
        self.attach(replace(old, actor=actor))

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def show_area(self, key: str) -> QWidget | None:
        """The area's page on screen; None when the page shown kept its unsaved work."""
        self.nav.setCurrentRow([a.key for a in self._areas].index(key))
        page = self._pages.get(key)
        return page if page is not None and self.stack.currentWidget() is page else None

    def navigate(self, key: str, filters: dict) -> None:
        """Open another area's page, filtered: the page applies what it understands
        (``apply_navigation(**filters)``), e.g. a region, a contest or a record to open."""
        page = self.show_area(key)
        if page is None:
            return
        apply = getattr(page, "apply_navigation", None)
        if apply is not None:
            apply(**filters)

    def _may_drop_pages(self) -> bool:
        """Every page may go (quit, another role): the page on screen is asked first; a
        page elsewhere with unsaved work is brought on screen before it asks."""
        current = self.stack.currentWidget()
        pages = sorted(self._pages.items(), key=lambda item: item[1] is not current)
        for key, page in pages:
            if page is not current and has_unsaved(page):
                self.nav.blockSignals(True)
                self.nav.setCurrentRow([a.key for a in self._areas].index(key))
                self.nav.blockSignals(False)
                self._show_row(self.nav.currentRow())
            if not may_leave(page):
                return False
        return True

    def _nav_changed(self, row: int) -> None:
        """Another page chosen: the page on screen keeps unsaved work unless the user
        drops it (the navigation then stays where it was)."""
        current = self.stack.currentWidget()
        if row != self._row and current in self._pages.values() and not may_leave(current):
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self._row)
            self.nav.blockSignals(False)
            return
        self._show_row(row)

    def _show_row(self, row: int) -> None:
        if self._ctx is None or row < 0:
            return
        self._row = row
        area = self._areas[row]
        page = self._pages.get(area.key)
        if page is None:
            page = area.factory(self._ctx)
            page.setObjectName(f"page_{area.key}")
            self._pages[area.key] = page
            if hasattr(page, "navigate_requested"):  # e.g. dashboard tiles open other pages
                page.navigate_requested.connect(self.navigate)
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self._settings.set("ui/last_page", area.key)
        self.page_shown.emit(area.key)

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Memproses…") if busy else "")

    def _on_changes(self, changes: Changes) -> None:
        if changes.summary:
            self.statusBar().showMessage(changes.summary, 5000)
        for page in self._pages.values():
            handler = getattr(page, "on_changes", None)
            if handler is not None:
                handler(changes)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Quitting (Ctrl+Q, the window's close button) asks first about unsaved work on
        any page, the one on screen first; the user may stay."""
        if not self._may_drop_pages():
            event.ignore()
            return
        if self.live is not None:
            self.live.stop()
        self._settings.save_state(GEOMETRY_KEY, self.saveGeometry())
        for page in self._pages.values():
            saver = getattr(page, "save_layout", None)
            if saver is not None:
                saver()
        self._settings.sync()
        super().closeEvent(event)
