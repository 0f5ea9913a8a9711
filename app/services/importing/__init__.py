"""The import machinery every register reuses: read a sheet, match headers tolerantly,
parse cells in the forms offices type, validate every row into a preview, and on
confirmation write all valid rows in one transaction. A register only declares its
columns and rules (see ``tahapan_spec`` for the first one)."""
