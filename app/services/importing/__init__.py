"""The import engine every register reuses: read a sheet, match headers tolerantly, parse
cells in the forms offices type, validate every row into a preview, and on confirmation
write all valid rows in one transaction. A register only declares its columns and rules
(its ``import_spec`` module, listed in ``services.registers``). No area is imported here."""
