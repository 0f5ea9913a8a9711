"""Benchmarks, run on demand (``python -m bench`` or ``python dev.py bench``), never in
the default test run. Each prints its figures next to a baseline measured in the same run
on the same machine, with the ratio; targets are ratios, so a slow machine does not lie."""
