"""Exports people open in Excel: any register (``registry``, one line per register) or any
filtered table a page hands over, to `.xlsx` or CSV (``table``), formula-like text
neutralised, audited. Register exports use the import template's headers, so an export
imports back as the same records."""
