"""Blocks to PDF: kop naskah dinas, the head (Nomor, Sifat, Lampiran, Hal, Yth.), the
sections, the signature block and Tembusan, laid out with reportlab platypus.

Every text that did not come from this module passes through ``escape.markup``; figures
are formatted Indonesian style here and nowhere computed.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app import __version__
from app.services.briefs import blocks, charts, fonts, page, table_fit
from app.services.briefs.document import BriefDocument
from app.services.briefs.escape import markup
from app.services.briefs.request import NOTA
from app.services.core import formatting

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#: Longest text put in one table cell: a row taller than a page cannot be split.
CELL_LIMIT = 400
#: Tables of up to this many rows (header and totals included) are kept on one page.
KEEP_ROWS = 16
GRID = colors.HexColor("#555555")
HEADER_FILL = colors.HexColor("#e6e9ee")


class DoubleRule(Flowable):
    """The kop's thick line over a thin line."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width = width
        self.height = 5

    def draw(self) -> None:
        self.canv.setLineWidth(2.4)
        self.canv.line(0, 4, self.width, 4)
        self.canv.setLineWidth(0.8)
        self.canv.line(0, 0.6, self.width, 0.6)


class Styles:
    def __init__(self, size: float, spacing: float) -> None:
        def style(name: str, **kw) -> ParagraphStyle:
            base = {
                "fontName": fonts.FAMILY,
                "bulletFontName": fonts.FAMILY,
                "fontSize": size,
                "leading": size * spacing,
            }
            return ParagraphStyle(name, **(base | kw))

        small = size - 2
        tiny = max(7.0, size - 3)
        self.size = size
        self.body = style("body", alignment=TA_JUSTIFY)
        self.left = style("left", alignment=TA_LEFT)
        self.right = style("right", alignment=TA_RIGHT)
        self.center = style("center", alignment=TA_CENTER)
        self.title = style("title", fontName=fonts.BOLD, alignment=TA_CENTER, fontSize=size + 1,
                           leading=(size + 1) * 1.3)  # fmt: skip
        self.subtitle = style("subtitle", alignment=TA_CENTER, leading=size * 1.25)
        # Headings keep with what follows (``_keep_headings``): never stranded at the foot
        # of a page.
        self.section = style("section", fontName=fonts.BOLD, spaceBefore=size * 0.8,
                             spaceAfter=size * 0.3, leftIndent=0.75 * cm, firstLineIndent=-0.75 * cm)  # fmt: skip
        self.heading = style(
            "heading", fontName=fonts.BOLD, leftIndent=0.75 * cm, spaceBefore=size * 0.4
        )
        self.indented = style("indented", alignment=TA_JUSTIFY, leftIndent=0.75 * cm)
        self.indented_lead_in = style("indentedk", alignment=TA_JUSTIFY, leftIndent=0.75 * cm,
                                      spaceAfter=size * 0.3, keepWithNext=1)  # fmt: skip
        # List items are left-aligned: justified, an incident number or a list of names in a
        # short item stretches the other spaces of its line into gaps. Prose stays justified.
        self.item = style("item", alignment=TA_LEFT, leftIndent=1.5 * cm, bulletIndent=0.75 * cm)
        self.cell = style("cell", fontSize=tiny, leading=tiny * 1.2)
        self.cell_bold = style("cellb", fontName=fonts.BOLD, fontSize=tiny, leading=tiny * 1.2)
        self.cell_num = style("celln", fontSize=tiny, leading=tiny * 1.2, alignment=TA_RIGHT)
        self.caption = style("caption", fontSize=small, leading=small * 1.2, leftIndent=0.75 * cm,
                             textColor=colors.HexColor("#333333"), keepWithNext=1)  # fmt: skip
        self.kop1 = style("kop1", fontName=fonts.BOLD, fontSize=size + 2, leading=(size + 2) * 1.2,
                          alignment=TA_CENTER)  # fmt: skip
        self.kop2 = style("kop2", fontName=fonts.BOLD, fontSize=size + 4, leading=(size + 4) * 1.2,
                          alignment=TA_CENTER)  # fmt: skip
        self.kop3 = style("kop3", fontSize=small, leading=small * 1.25, alignment=TA_CENTER)


def _table_style(commands: list) -> TableStyle:
    """Every cell in the brief's font, even an empty one (reportlab would set Helvetica,
    a font that is not embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.FAMILY), *commands])


def _p(text: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text), style)


def _value(value: object, decimals: int) -> str:
    if isinstance(value, bool) or value is None:
        return "" if value is None else ("ya" if value else "tidak")
    if isinstance(value, int):
        return formatting.number(value)
    if isinstance(value, float):
        return formatting.number(value, decimals)
    return str(value)


# -- kop and head ----------------------------------------------------------------------


def _fitted(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """One kop line on one line: the type shrinks (down to 70%) rather than wrap."""
    size = style.fontSize
    while size > style.fontSize * 0.7 and stringWidth(text, style.fontName, size) > width:
        size -= 0.5
    return _p(
        text, ParagraphStyle(style.name + "f", parent=style, fontSize=size, leading=size * 1.2)
    )


def _kop_fields(text: str, style: ParagraphStyle) -> Paragraph:
    """A kop line that wraps only between its fields ("Jalan Syech Nawawi Al Bantani" or
    "Pos-el desk@…" never break inside): fields are separated by ", " or " · "."""
    import re

    parts = re.split(r"(, | · )", text)
    html = "".join(
        markup(part) if index % 2 else markup(part).replace(" ", "&nbsp;")
        for index, part in enumerate(parts)
    )
    return Paragraph(html, style)


def kop(doc: BriefDocument, width: float, st: Styles) -> list[Flowable]:
    s = doc.settings
    logo_width = 2.4 * cm if s.logo else 0
    text_width = width - logo_width
    lines = [
        _fitted(s.kop_pemerintah, st.kop1, text_width),
        _fitted(s.kop_instansi, st.kop2, text_width),
    ]
    lines += [_kop_fields(text, st.kop3) for text in (s.kop_alamat, s.kop_kontak) if text]
    logo: Flowable | str = ""
    if s.logo:
        reader = ImageReader(io.BytesIO(s.logo))
        w, h = reader.getSize()
        scale = min((logo_width - 0.3 * cm) / w, 2.6 * cm / h)
        logo = Image(io.BytesIO(s.logo), width=w * scale, height=h * scale)
    table = Table([[logo, lines]], colWidths=[logo_width or 0.01, text_width])
    table.setStyle(_table_style([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (0, 0), "LEFT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))  # fmt: skip
    return [table, Spacer(1, 3), DoubleRule(width), Spacer(1, st.size * 0.8)]


def _fields(rows: list[tuple[str, str]], width: float, st: Styles, label_width: float) -> Table:
    data = [[_p(label, st.left), ":", _p(value, st.left)] for label, value in rows]
    table = Table(
        data, colWidths=[label_width, 0.4 * cm, width - label_width - 0.4 * cm], hAlign="LEFT"
    )
    table.setStyle(_table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (1, 0), (1, -1), fonts.FAMILY),
        ("FONTSIZE", (1, 0), (1, -1), st.size), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))  # fmt: skip
    return table


def _number_text(doc: BriefDocument) -> str:
    return doc.number or "(diberikan saat laporan diterbitkan)"


def head(doc: BriefDocument, width: float, st: Styles) -> list[Flowable]:
    s = doc.settings
    dated = (
        f"{s.place}, {formatting.medium_date(doc.issued_on)}"
        if s.place
        else formatting.medium_date(doc.issued_on)
    )
    story: list[Flowable] = [_p(dated, st.right), Spacer(1, st.size * 0.4)]
    story.append(_fields([("Nomor", _number_text(doc)), ("Sifat", doc.sifat), ("Lampiran", doc.lampiran),
                          ("Hal", doc.hal)], width * 0.72, st, 2.3 * cm))  # fmt: skip
    story.append(Spacer(1, st.size))
    story.append(_p(f"Yth. {s.addressee}", st.left))
    if s.addressee_place:
        story += [_p("di", st.left), Paragraph("&nbsp;" * 6 + markup(s.addressee_place), st.left)]
    story.append(Spacer(1, st.size))
    story.append(_p(doc.title.upper(), st.title))
    story.append(_p(f"Periode: {doc.period_text}", st.subtitle))
    for text in (doc.scope_text, doc.snapshot_text):
        if text:
            story.append(_p(text, st.subtitle))
    story.append(Spacer(1, st.size * 0.6))
    return story


_SMALL_WORDS = {"dan", "di", "ke", "dari", "untuk", "serta", "atau", "yang", "pada"}


def _title_case(text: str) -> str:
    """ "KEPALA BADAN KESATUAN BANGSA DAN POLITIK" → "Kepala Badan Kesatuan Bangsa dan Politik"."""
    if not text.isupper():
        return text
    words = text.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else w.capitalize() for i, w in enumerate(words))


def nota_head(doc: BriefDocument, width: float, st: Styles) -> list[Flowable]:
    """The Nota Dinas head (Tata Naskah Dinas): NOTA DINAS, then Kepada, Dari, Tembusan,
    Tanggal, Nomor, Sifat, Lampiran, Hal; the copies are named here, not at the foot."""
    s = doc.settings
    copies = "; ".join(line.strip().rstrip(";.") for line in s.tembusan) if s.tembusan else "-"
    story: list[Flowable] = [
        _p("NOTA DINAS", st.title),
        Spacer(1, st.size * 0.6),
        _fields(
            [
                ("Kepada", f"Yth. {s.addressee}"),
                ("Dari", _title_case(s.signer_title)),
                ("Tembusan", copies),
                ("Tanggal", formatting.medium_date(doc.issued_on)),
                ("Nomor", _number_text(doc)),
                ("Sifat", doc.sifat),
                ("Lampiran", doc.lampiran),
                ("Hal", doc.hal),
                *([("Data", doc.snapshot_text.removeprefix("Data "))] if doc.snapshot_text else []),
            ],
            width,
            st,
            2.7 * cm,
        ),  # fmt: skip
        Spacer(1, 4),
        DoubleRule(width),
        Spacer(1, st.size * 0.8),
    ]
    return story


# -- blocks ----------------------------------------------------------------------------


def _cell(value: object, decimals: int, st: Styles, bold: bool = False) -> Paragraph:
    numeric = isinstance(value, int | float) and not isinstance(value, bool)
    text = _value(value, decimals)
    if len(text) > CELL_LIMIT:
        text = text[: CELL_LIMIT - 1] + "…"
    style = st.cell_num if numeric else (st.cell_bold if bold else st.cell)
    content = markup(text)
    return Paragraph(f"<b>{content}</b>" if bold else content, style)


def table(block: blocks.Table, width: float, st: Styles) -> list[Flowable]:
    width -= 0.75 * cm
    count = len(block.columns)
    total = None if block.total is None else [_value(v, block.decimals) for v in block.total]
    col_widths = table_fit.fit_widths(
        [[_value(row[i], block.decimals) for row in block.rows] for i in range(count)],
        [str(c) for c in block.columns], total, block.widths or (1.0,) * count, width,
        font=fonts.FAMILY, bold=fonts.BOLD, size=st.cell.fontSize,
    )  # fmt: skip
    data = [[_cell(c, 0, st, bold=True) for c in block.columns]]
    data += [[_cell(v, block.decimals, st) for v in row] for row in block.rows]
    if block.total is not None:
        data.append([_cell(v, block.decimals, st, bold=True) for v in block.total])
    t = Table(data, colWidths=col_widths, repeatRows=1, hAlign="RIGHT")
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]  # fmt: skip
    if block.total is not None:
        style += [
            ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL),
            ("LINEABOVE", (0, -1), (-1, -1), 1.2, GRID),
        ]
    t.setStyle(_table_style(style))
    story: list[Flowable] = [_p(block.caption, st.caption)] if block.caption else []
    story.append(t)
    if len(data) <= KEEP_ROWS:  # a short table moves whole rather than leave a stub behind
        story = [KeepTogether(story)]
    return [*story, Spacer(1, st.size * 0.5)]


def key_values(block: blocks.KeyValues, width: float, st: Styles) -> list[Flowable]:
    data = [
        [_p(label, st.left), ":", _p(_value(value, 2), st.left)] for label, value in block.pairs
    ]
    t = Table(
        data,
        colWidths=[width * block.label_share - 0.75 * cm, 0.4 * cm,
                   width * (1 - block.label_share) - 0.4 * cm],
        hAlign="RIGHT",
    )
    t.setStyle(_table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (1, 0), (1, -1), fonts.FAMILY),
        ("FONTSIZE", (1, 0), (1, -1), st.size), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))  # fmt: skip
    return [t, Spacer(1, st.size * 0.4)]


def block_flowables(block: blocks.Block, width: float, st: Styles) -> list[Flowable]:
    if isinstance(block, blocks.Para):
        text = markup(block.text)
        if block.italic:
            text = f"<i>{text}</i>"
        if block.lead:
            text = f"<b>{markup(block.lead)}</b> {text}"
        if block.text.rstrip().endswith(":"):  # it introduces what follows: keep them together
            return [Paragraph(text, st.indented_lead_in)]
        return [Paragraph(text, st.indented), Spacer(1, st.size * 0.3)]
    if isinstance(block, blocks.Heading):
        return [_p(block.text, st.heading)]
    if isinstance(block, blocks.Bullets):
        items = []
        for index, item in enumerate(block.items, start=1):
            bullet = f"{index}." if block.numbered else "•"
            items.append(Paragraph(markup(item), st.item, bulletText=bullet))
        return [*items, Spacer(1, st.size * 0.3)]
    if isinstance(block, blocks.Table):
        return table(block, width, st)
    if isinstance(block, blocks.KeyValues):
        return key_values(block, width, st)
    if isinstance(block, blocks.Chart):
        chart = charts.drawing(block, width - 0.75 * cm, 6.2 * cm, st.size)
        chart.hAlign = "RIGHT"
        return [chart, Spacer(1, st.size * 0.5)]
    raise TypeError(f"unknown block {block!r}")


# -- signature and tembusan ------------------------------------------------------------


def signature(doc: BriefDocument, width: float, st: Styles) -> list[Flowable]:
    s = doc.settings
    name = s.signer_name or "(nama penanda tangan belum diisi di Pengaturan › Kop dan laporan)"
    lines = [_p(f"{s.signer_title},", st.center), Spacer(1, st.size * 4.5),
             Paragraph(f"<b><u>{markup(name)}</u></b>", st.center)]  # fmt: skip
    if s.signer_rank:
        lines.append(_p(s.signer_rank, st.center))
    if s.signer_nip:
        lines.append(_p(f"NIP. {s.signer_nip}", st.center))
    block = Table([["", lines]], colWidths=[width * 0.45, width * 0.55])
    block.setStyle(
        _table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    )
    return [Spacer(1, st.size), block]


def tembusan(doc: BriefDocument, st: Styles) -> list[Flowable]:
    if not doc.settings.tembusan:
        return []
    items = [_p("Tembusan:", st.left)]
    for index, line in enumerate(doc.settings.tembusan, start=1):
        items.append(Paragraph(markup(line), ParagraphStyle("t", parent=st.left, leftIndent=0.6 * cm),
                               bulletText=f"{index}."))  # fmt: skip
    return [Spacer(1, st.size), KeepTogether(items)]


# -- the document ----------------------------------------------------------------------


def _height(item: Flowable, width: float) -> float:
    """The height ``item`` takes at ``width`` (a group: its parts together)."""
    if isinstance(item, KeepTogether):
        return sum(_height(part, width) for part in item._content)  # noqa: SLF001
    try:
        return item.wrap(width, 10_000)[1]
    except Exception:  # noqa: BLE001 - a flowable that measures only on a page: assume tall
        return 10_000


def _keep_lead_ins(flow: list[Flowable], st: Styles) -> list[Flowable]:
    """A paragraph ending in ":" goes with the table or list it introduces (one group)."""
    kept: list[Flowable] = []
    index = 0
    while index < len(flow):
        item = flow[index]
        nxt = flow[index + 1] if index + 1 < len(flow) else None
        if isinstance(item, Paragraph) and item.style.name == st.indented_lead_in.name and nxt is not None:
            parts = nxt._content if isinstance(nxt, KeepTogether) else [nxt]  # noqa: SLF001
            kept.append(KeepTogether([item, *parts]))
            index += 2
            continue
        kept.append(item)
        index += 1
    return kept


def _keep_headings(flow: list[Flowable], width: float, st: Styles) -> list[Flowable]:
    """Before each heading, a conditional page break as tall as the heading and what it
    introduces, up to its first lines: a heading never stands at the foot of a page, and a
    long table after it still starts on the same page (it splits)."""
    headings = (st.section.name, st.heading.name)
    cap = 8 * st.size * st.section.leading / st.size
    kept: list[Flowable] = []
    for index, item in enumerate(flow):
        if isinstance(item, Paragraph) and item.style.name in headings:
            following = [f for f in flow[index + 1 : index + 3] if not isinstance(f, Spacer)]
            need = _height(item, width) + item.style.spaceBefore + item.style.spaceAfter
            for nxt in following[:1]:
                height = _height(nxt, width)
                need += height if height <= cap else cap
                if isinstance(nxt, Paragraph) and nxt.style.name in headings and len(following) > 1:
                    need += min(_height(following[1], width), cap)
            kept.append(CondPageBreak(need))
        kept.append(item)
    return kept


def story(doc: BriefDocument, width: float, st: Styles) -> list[Flowable]:
    flow = kop(doc, width, st)
    flow += nota_head(doc, width, st) if doc.jenis == NOTA else head(doc, width, st)
    # A Nota Dinas reads as a memo: its parts follow one another without section titles.
    numbered = len(doc.sections) > 1 and doc.jenis != NOTA
    for index, section in enumerate(doc.sections):
        if numbered:
            title = f"{LETTERS[index % 26]}.&nbsp;&nbsp;&nbsp;{markup(section.title)}"
            flow.append(Paragraph(title, st.section))
        for block in section.content.blocks:
            flow += block_flowables(block, width, st)
    flow = _keep_headings(_keep_lead_ins(flow, st), width, st)
    # The signature never stands alone: the closing paragraph goes with it.
    last: list[Flowable] = []
    while flow and isinstance(flow[-1], Spacer | Paragraph) and len(last) < 2:
        last.insert(0, flow.pop())
        if isinstance(last[0], Paragraph):
            break
    flow.append(KeepTogether([*last, *signature(doc, width, st)]))
    if doc.jenis != NOTA:  # a Nota Dinas names its copies in its head
        flow += tembusan(doc, st)
    return flow


def render(doc: BriefDocument) -> bytes:
    """The PDF bytes of ``doc``."""
    fonts.register()
    s = doc.settings
    st = Styles(s.font_size, s.spacing)
    buffer = io.BytesIO()
    marks = page.PageMarks(doc.classification, doc.number, doc.draft, doc.demo, s.font_size)
    title = f"{doc.title} — Nomor {doc.number}" if doc.number else f"{doc.title} (konsep)"
    template, canvasmaker = page.document(
        buffer,
        paper_mm=s.paper_mm,
        margins_cm=s.margins_cm,
        marks=marks,
        title=title,
        author=f"{s.agency_name} Provinsi {s.province_name}".strip(),
        subject=doc.hal,
        keywords=f"Desk Pilkada, {doc.jenis}, {doc.classification}",
        creator=f"Desk Pilkada {__version__}",
    )
    template.build(story(doc, template.width, st), canvasmaker=canvasmaker)
    return buffer.getvalue()
