"""The export engine: any register (its spec is listed in ``services.registers``) or any
filtered table a page hands over, to `.xlsx` or CSV (``table``), formula-like text
neutralised, audited (``writer``). Register exports use the import template's headers, so
an export imports back as the same records. No area is imported here."""
