"""``python -m bench [name ...]``: run benchmarks and print value, baseline, ratio."""

from __future__ import annotations

import importlib
import subprocess
import sys

#: Benchmarks in run order; later issues add theirs here.
BENCHMARKS = ["startup", "insiden", "dasbor", "logistik", "briefs", "importing", "scaling", "live", "peringatan"]


def main(argv: list[str]) -> int:
    quiet = "--tanpa-judul" in argv  # a child run: the parent printed the header
    argv = [a for a in argv if a != "--tanpa-judul"]
    names = argv or BENCHMARKS
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(f"Benchmark tidak dikenal: {', '.join(unknown)}. Pilihan: {', '.join(BENCHMARKS)}")
        return 2
    if not quiet:
        print(f"{'ukuran':<44} {'nilai':>13} | {'pembanding (run yang sama)':<34} {'nilai':>13} | rasio",
              flush=True)  # fmt: skip
    if len(names) > 1:
        # Each benchmark in a process of its own: peak memory (ru_maxrss) and the garbage
        # collector's state are then that benchmark's, not those of the ones run before.
        for name in names:
            done = subprocess.run([sys.executable, "-m", "bench", name, "--tanpa-judul"], check=False)
            if done.returncode:
                return done.returncode
        return 0
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        for figure in module.run():
            print(figure.line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
