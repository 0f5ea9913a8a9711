"""The page around the content: paper and margins, the classification mark at the top and
bottom of every page, ``Halaman x dari y``, the brief's number in the footer, the draft
mark of a preview, and the ``DATA CONTOH`` watermark of a demo brief.

Page totals are only known at the end, so the canvas keeps each page's state and draws
the marks when the document is saved (reportlab's two-pass "numbered canvas" pattern).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import cm, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from app.services.briefs import fonts
from app.services.briefs.escape import clean

WATERMARK = "DATA CONTOH"
DRAFT_MARK = "KONSEP — BELUM DITERBITKAN"


@dataclass(frozen=True)
class PageMarks:
    classification: str
    number: str
    draft: bool
    demo: bool
    font_size: float


class MarkedCanvas(Canvas):
    def __init__(self, *args, marks: PageMarks, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._marks = marks
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_marks(number, total)
            super().showPage()
        super().save()

    def _draw_marks(self, page: int, total: int) -> None:
        marks = self._marks
        width, height = self._pagesize
        size = max(8.0, marks.font_size - 2)
        mark = clean(marks.classification).upper()
        self.saveState()
        self.setFillColor(HexColor("#000000"))
        self.setFont(fonts.BOLD, size + 1)
        self.drawCentredString(width / 2, height - 1.2 * cm, mark)
        self.drawCentredString(width / 2, 0.9 * cm, mark)
        self.setFont(fonts.FAMILY, size)
        self.drawRightString(width - 1.5 * cm, 0.9 * cm, f"Halaman {page} dari {total}")
        if marks.number:
            self.drawString(1.5 * cm, 0.9 * cm, clean(marks.number))
        if marks.draft:
            self.setFillColor(HexColor("#b00020"))
            self.setFont(fonts.BOLD, size)
            self.drawString(1.5 * cm, height - 1.2 * cm, DRAFT_MARK)
        self.restoreState()


def _plain(_canvas: Canvas, _doc: BaseDocTemplate) -> None:
    pass


def _watermark(canvas: Canvas, _doc: BaseDocTemplate) -> None:
    """Under the content, on every page of a brief built from demo data."""
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(Color(0.55, 0.55, 0.55, alpha=0.22))
    canvas.setFont(fonts.BOLD, 78)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(50)
    canvas.drawCentredString(0, -26, WATERMARK)
    canvas.restoreState()


def document(
    target,
    *,
    paper_mm: tuple[float, float],
    margins_cm: tuple[float, float, float, float],
    marks: PageMarks,
    title: str,
    author: str,
    subject: str,
    keywords: str,
    creator: str,
) -> tuple[BaseDocTemplate, partial]:
    """The document template and the canvas maker to pass to ``build``."""
    top, bottom, left, right = (m * cm for m in margins_cm)
    pagesize = (paper_mm[0] * mm, paper_mm[1] * mm)
    doc = BaseDocTemplate(
        target,
        pagesize=pagesize,
        topMargin=top,
        bottomMargin=bottom,
        leftMargin=left,
        rightMargin=right,
        title=title,
        author=author,
        subject=subject,
        keywords=keywords,
        creator=creator,
        lang="id-ID",
        # Otherwise every page would also reference Helvetica, a font that is not embedded.
        initialFontName=fonts.FAMILY,
    )
    frame = Frame(left, bottom, pagesize[0] - left - right, pagesize[1] - top - bottom, id="isi",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    doc.addPageTemplates(
        [PageTemplate(id="halaman", frames=[frame], onPage=_watermark if marks.demo else _plain)]
    )
    return doc, partial(MarkedCanvas, marks=marks)
