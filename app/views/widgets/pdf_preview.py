"""The real PDF pages in the app (Qt PDF module), with zoom, page count and printing
through the system printer dialog. Pages for the printer are rendered on the worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.wine import under_wine

try:  # PySide6-Pdf (Qt PDF); the preview says so when the module is missing
    if under_wine():  # Qt PDF aborts the process under Wine 8 (app/wine.py)
        raise ImportError("Qt PDF does not run under Wine")
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - depends on the installed wheels
    QPdfDocument = QPdfView = None

PRINT_DPI = 200


def render_pages(path: str, dpi: int = PRINT_DPI, progress=None) -> list[QImage]:
    """Every page of ``path`` as an image at ``dpi`` (runs on the worker thread). The
    document is a Qt object of this thread and is deleted here, a cancel included: the
    error's traceback, which goes to the GUI thread, does not carry it there."""
    document = QPdfDocument()
    try:
        document.load(path)
        images = []
        for page in range(document.pageCount()):
            if progress is not None:
                progress.report(page, document.pageCount(), "Menyiapkan halaman untuk dicetak…")
            points = document.pagePointSize(page)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            images.append(document.render(page, size))
        return images
    finally:
        document.close()
        del document


def paint(printer, images: list[QImage]) -> None:
    """Each page image onto a printer page, scaled to the printable area."""
    painter = QPainter(printer)
    try:
        for index, image in enumerate(images):
            if index:
                printer.newPage()
            area = painter.viewport()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(area.x(), area.y(), scaled.width(), scaled.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
    finally:
        painter.end()


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = ""
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.pages = QLabel()
        self.fit = QPushButton(self.tr("Sesuai lebar"))
        self.zoom_in = QPushButton("+")
        self.zoom_out = QPushButton("−")
        for button, tip in (
            (self.zoom_in, self.tr("Perbesar")),
            (self.zoom_out, self.tr("Perkecil")),
        ):
            button.setToolTip(tip)
            button.setFixedWidth(32)
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.pages)
        bar.addWidget(self.zoom_out)
        bar.addWidget(self.zoom_in)
        bar.addWidget(self.fit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        if QPdfDocument is None:
            self.document = self.view = None
            missing = QLabel(
                self.tr(
                    "Pratinjau PDF tidak tersedia: modul Qt PDF (paket PySide6-Pdf) tidak terpasang. "
                    "Berkas PDF tetap dibuat dan dapat disimpan atau dibuka dengan penampil PDF lain."
                )
            )
            missing.setWordWrap(True)
            layout.addWidget(missing, 1)
            for button in (self.fit, self.zoom_in, self.zoom_out):
                button.setEnabled(False)
            return
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        layout.addWidget(self.view, 1)
        self.fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(4.0, self.view.zoomFactor() * factor)))

    def show_file(self, path: str | Path, title: str) -> None:
        self.path = str(path)
        self.title.setText(title)
        if self.document is None:
            self.pages.setText("")
            return
        self.document.close()
        self.document.load(self.path)
        self.pages.setText(self.tr("%n halaman", "", self.document.pageCount()))

    def clear(self, title: str = "") -> None:
        self.path = ""
        self.title.setText(title)
        self.pages.setText("")
        if self.document is not None:
            self.document.close()

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def print_with(self, run: Callable, parent: QWidget) -> None:
        """The system printer dialog, then the pages rendered on the worker and painted."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if not self.path or self.document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title.text())
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        path = self.path
        run(
            lambda progress: render_pages(path, PRINT_DPI, progress),
            lambda images: paint(printer, images),
        )
