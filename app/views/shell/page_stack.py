"""The stack of pages in the main window: one page on screen at a time, asking the room
that page needs and no more. Qt's own QStackedWidget asks room for its largest page, shown
or not (heights for a width included), so one wide page would make every page scroll
inside the window's scroll area, or the window grow past a small screen at 125%."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Signal
from PySide6.QtWidgets import QStackedLayout, QWidget


class _ShownPageLayout(QStackedLayout):
    """A stack that asks room for the page shown only (Qt's own asks for its largest
    page, shown or not, heights for a width included)."""

    def _shown(self) -> QWidget | None:
        return self.currentWidget()

    def sizeHint(self) -> QSize:  # noqa: N802
        page = self._shown()
        return page.sizeHint() if page is not None else QSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        page = self._shown()
        return (
            page.minimumSizeHint().expandedTo(page.minimumSize()) if page is not None else QSize()
        )

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        page = self._shown()
        return page is not None and page.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        page = self._shown()
        return page.heightForWidth(width) if page is not None else -1


class PageStack(QWidget):
    """The pages, one on screen at a time, inside the window's scroll area."""

    currentChanged = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self._layout = _ShownPageLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.currentChanged.connect(self._changed)

    def _changed(self, index: int) -> None:
        self._layout.invalidate()
        self.updateGeometry()
        QCoreApplication.postEvent(self, QEvent(QEvent.Type.LayoutRequest))
        self.currentChanged.emit(index)

    def addWidget(self, page: QWidget) -> int:  # noqa: N802
        return self._layout.addWidget(page)

    def removeWidget(self, page: QWidget) -> None:  # noqa: N802
        self._layout.removeWidget(page)

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802
        self._layout.setCurrentWidget(page)

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        return self._layout.currentWidget()

    def count(self) -> int:
        return self._layout.count()

    def widget(self, index: int) -> QWidget | None:
        return self._layout.widget(index)
