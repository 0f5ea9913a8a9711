"""Printing a brief renders its pages on the worker (``pdf_preview.render_pages``)."""

from __future__ import annotations

import threading

import pytest

from app.services.core.errors import Cancelled
from app.services.core.progress import Progress
from app.views.widgets import pdf_preview

pytestmark = pytest.mark.skipif(pdf_preview.QPdfDocument is None, reason="Qt PDF not installed")


def _two_pages(path) -> str:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    for text in ("Halaman satu", "Halaman dua"):
        canvas.drawString(72, 720, text)
        canvas.showPage()
    canvas.save()
    return str(path)


def test_every_page_is_rendered_at_the_printer_s_resolution(tmp_path):
    images = pdf_preview.render_pages(_two_pages(tmp_path / "brief.pdf"), dpi=100)
    assert len(images) == 2
    assert images[0].width() == round(595.27 / 72 * 100)  # A4 width at 100 dpi


def test_a_cancelled_print_deletes_its_document_on_the_worker(tmp_path, monkeypatch):
    """The user cancels "Menyiapkan halaman untuk dicetak…": the error goes to the GUI
    thread, but the Qt document the worker made is deleted on the worker."""
    deleted_on: list[str] = []

    class Document(pdf_preview.QPdfDocument):
        def __init__(self) -> None:
            super().__init__()
            self.destroyed.connect(lambda: deleted_on.append(threading.current_thread().name))

    monkeypatch.setattr(pdf_preview, "QPdfDocument", Document)
    path = _two_pages(tmp_path / "brief.pdf")
    progress = Progress()
    progress.cancel()
    errors: list[BaseException] = []

    def work() -> None:
        try:
            pdf_preview.render_pages(path, 100, progress)
        except Cancelled as error:
            errors.append(error)  # kept, with its traceback, as the runner hands it on

    worker = threading.Thread(target=work, name="database worker")
    worker.start()
    worker.join()
    assert len(errors) == 1
    assert deleted_on == ["database worker"]
