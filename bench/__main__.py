"""``python -m bench [name ...]``: run benchmarks and print value, baseline, ratio."""

from __future__ import annotations

import importlib
import sys

#: Benchmarks in run order; later issues add theirs here.
BENCHMARKS = ["startup", "insiden", "dasbor", "logistik", "briefs", "importing", "scaling", "live", "peringatan"]


def main(argv: list[str]) -> int:
    names = argv or BENCHMARKS
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(f"Benchmark tidak dikenal: {', '.join(unknown)}. Pilihan: {', '.join(BENCHMARKS)}")
        return 2
    print(
        f"{'ukuran':<44} {'nilai':>13} | {'pembanding (run yang sama)':<34} {'nilai':>13} | rasio"
    )
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        for figure in module.run():
            print(figure.line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
