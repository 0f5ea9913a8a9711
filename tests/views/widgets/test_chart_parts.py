"""What every chart shares: Indonesian numbers on axes, one short form of kab/kota names,
category names that fit their row, and the rest of the categories as one bar."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF

from app.views.widgets.chart_parts import NumberAxis, region_label


def test_axes_print_indonesian_thousands_and_decimals(qapp):
    axis = NumberAxis("left")
    assert axis.tickStrings([0, 1000, 3000, 12500], 1, 1000) == ["0", "1.000", "3.000", "12.500"]
    assert axis.tickStrings([0.5, 2.5], 1, 0.5) == ["0,5", "2,5"]


def test_one_short_form_of_kabkota_names():
    assert region_label("Kabupaten Pandeglang") == "Kab. Pandeglang"
    assert region_label("Kota Tangerang Selatan") == "Kota Tangerang Selatan"
    assert region_label("Kecamatan Cibaliung") == "Kecamatan Cibaliung"


@dataclass(frozen=True)
class _Category:
    name: str
    count: int
    group: str = "Konteks sosial politik"


def test_the_rest_of_the_categories_is_one_bar_named_apart_from_lainnya(qtbot):
    from app.views.dasbor.charts import CategoryChart

    chart = CategoryChart()
    qtbot.addWidget(chart)
    chart.resize(420, 300)
    rows = [_Category(f"Kategori {i}", 20 - i) for i in range(7)]
    rows += [_Category("Lainnya", 5), _Category("Konflik", 4), _Category("Hoaks", 3)]
    chart.set_rows(rows)
    bars = chart.bars()
    assert bars["3 kategori lain"] == 5 + 4 + 3
    assert "Lainnya" not in bars and len(bars) == 8
    assert sum(bars.values()) == sum(r.count for r in rows)
    assert chart.legend.text() == ""  # no "lainnya: 12" beside the bars
    assert "Lainnya: 5" in chart.hover_text(QPointF(1.0, 7.0))  # the last bar names its parts
