"""Preview and commit: every row validated first, nothing written until the user confirms,
then all valid rows in one transaction.

Every cell is parsed, then checked against what its column can store (``Column.fits``),
so a row the preview calls valid is one the database takes, on SQLite and PostgreSQL
alike. Text numbers follow one convention per sheet (``numbers``). The preview's cost is
bounded whatever the file: the readers stop at the caps of ``limits``, only the first
``limits.ERRORS_KEPT`` row errors are kept (the rest are counted), and a cell's value is
shortened in every message."""

from __future__ import annotations

import hashlib
import inspect
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.services.core import audit
from app.services.core.actor import IMPOR
from app.services.core.errors import DomainError
from app.services.core.formatting import number
from app.services.core.progress import Progress
from app.services.core.uow import UnitOfWork
from app.services.importing import bulk, limits, numbers
from app.services.importing.columns import Column, match_headers
from app.services.importing.plan import LISTED, WritePlan, row_text, write_plan
from app.services.importing.reader import open_sheet
from app.services.importing.spec import ImportSpec, Outcome, RowError, RowProblem, ValidRow
from app.services.importing.values import CellError

PROGRESS_EVERY = 500


@dataclass
class Preview:
    jenis: str
    path: Path
    sha256: str
    total_rows: int
    valid: list[ValidRow[Any]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)
    #: How the sheet was read, for the user (blank runs skipped, where data resumed).
    warnings: list[str] = field(default_factory=list)
    #: Rows refused, and errors found but not kept in ``errors`` (past ERRORS_KEPT).
    rejected_rows: int = 0
    errors_not_kept: int = 0
    #: The first valid rows in the user's words, and what the import will write (``plan``).
    texts: dict[int, str] = field(default_factory=dict)
    plan: WritePlan = field(default_factory=WritePlan)

    @property
    def error_rows(self) -> int:
        return self.rejected_rows

    @property
    def has_errors(self) -> bool:
        return self.rejected_rows > 0

    def add_errors(self, row_errors: list[RowError]) -> None:
        """The errors of rows just refused (one row, or the rows of a check between rows)."""
        self.rejected_rows += len({e.row for e in row_errors})
        room = max(0, limits.ERRORS_KEPT - len(self.errors))
        self.errors.extend(_short(e) for e in row_errors[:room])
        self.errors_not_kept += max(0, len(row_errors) - room)


_QUOTED = re.compile("'([^']{" + str(limits.SHOWN_CHARS + 1) + ",})'")


def _short(error: RowError) -> RowError:
    """A row error whose quoted cell values are shortened, and which fits on a screen."""
    reason = error.reason
    if len(reason) > limits.SHOWN_CHARS * 2:
        reason = _QUOTED.sub(lambda m: f"'{limits.shown(m.group(1))}'", reason)
        reason = limits.shown(reason, limits.REASON_CHARS)
    column = limits.shown(error.column, limits.SHOWN_CHARS)
    if reason is error.reason and column == error.column:
        return error
    return RowError(error.row, column, reason)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def preview(
    uow: UnitOfWork,
    spec: ImportSpec[Any],
    path: Path,
    options: dict[str, Any] | None = None,
    reporter: Progress | None = None,
) -> Preview:
    """Read and validate the whole file; writes nothing."""
    reporter = reporter or Progress()
    options = dict(options or {})
    path = Path(path)
    reporter.report(0, 0, f"Membaca {path.name}…")
    sheet = open_sheet(path, score=lambda cells: len(match_headers(spec.columns, cells).positions))
    match = match_headers(spec.columns, sheet.headers)
    by_key = {c.key: c for c in spec.columns}
    if match.missing:
        raise DomainError(missing_columns_message(match.missing, sheet.header_row, spec.title))
    for group in getattr(spec, "required_groups", ()):
        if not any(key in match.positions for key in group):
            names = " atau ".join(f"'{by_key[key].header}'" for key in group)
            raise DomainError(
                f"Tidak ada kolom {names} di baris judul (baris {sheet.header_row}); paling "
                f"sedikit satu diperlukan. Unduh templat {spec.title} untuk melihat nama kolomnya."
            )
    context = spec.load_context(uow, options)
    result = Preview(
        spec.jenis, path, file_sha256(path), 0, ignored_columns=_shown_names(match.ignored),
        options=options,
    )  # fmt: skip
    sheet_numbers = numbers.SheetNumbers()
    cells = _Cells([(by_key[key], index) for key, index in match.positions.items()],
                   sheet_numbers)  # fmt: skip
    required = [c for c in spec.columns if c.required]
    with numbers.reading(sheet_numbers):
        for sheet_row in sheet.rows:
            result.total_rows += 1
            if result.total_rows % PROGRESS_EVERY == 0:
                total = max(sheet.total, sheet_row.number)
                reporter.report(
                    sheet_row.number, total, f"Memeriksa baris {number(sheet_row.number)}…"
                )
            sheet_numbers.row = sheet_row.number
            row_errors = _check_row(spec, context, by_key, cells, required, sheet_row, result)
            if row_errors:
                result.add_errors(row_errors)
    result.warnings = list(sheet.warnings)
    if result.total_rows == 0:
        raise DomainError(f"Berkas {path.name} tidak berisi baris data di bawah judul kolom.")
    cross = spec.check_rows(context, result.valid)
    if cross:
        bad = {e.row for e in cross}
        result.valid = [v for v in result.valid if v.row not in bad]
        result.add_errors(sorted(cross, key=lambda e: e.row))
    result.errors.sort(key=lambda e: e.row)
    result.plan = write_plan(spec, context, result.valid, result.texts)
    return result


#: Parsed cells kept per column: a sheet repeats its categories, regions, TPS and dates
#: again and again, and each distinct value is read and checked once. Only short texts are
#: kept (what repeats is a name or a code), so what is kept stays small whatever the file.
MEMO_CELLS, MEMO_CHARS = 10_000, 200
#: A column whose first cells hardly repeat (names, chronologies) stops keeping them.
MEMO_TRIAL, MEMO_MIN_HITS = 2_000, 200
_MISSING = object()


class _Cells:
    """Reads a row's cells the way each column says (``check_raw``, ``parse``, ``fits``),
    remembering what each distinct cell gave, an error included. A text number's reading
    may depend on the sheet's number convention (``numbers``): what was remembered is
    forgotten when the sheet's convention becomes known."""

    def __init__(self, columns: list[tuple[Column, int]], sheet_numbers: numbers.SheetNumbers):
        self.columns = [(column, index, {}) for column, index in columns]
        self.sheet_numbers = sheet_numbers
        self.conventions = 0
        self.reads = 0

    def read(self, cells: list[object], row: int) -> tuple[dict[str, Any], list[RowError]]:
        values: dict[str, Any] = {}
        errors: list[RowError] = []
        width = len(cells)
        for column, index, memo in self.columns:
            raw = cells[index] if index < width else None
            if memo is None:
                found = self._parse(column, raw)
            else:
                if raw.__class__ is str:
                    key = raw if len(raw) <= MEMO_CHARS else _MISSING  # never kept
                else:
                    key = (raw.__class__, raw)  # 1, 1.0 and True are different cells
                found = memo.get(key, _MISSING)
                if found is _MISSING:
                    known = self.conventions
                    found = self._parse(column, raw)
                    if key is not _MISSING and known == self.conventions and len(memo) < MEMO_CELLS:
                        memo[key] = found
            if isinstance(found, CellError):
                errors.append(RowError(row, column.header, str(found)))
            values[column.key] = found
        self.reads += 1
        if self.reads == MEMO_TRIAL:
            self._drop_rare()
        return values, errors

    def _parse(self, column: Column, raw: object) -> Any:
        self.sheet_numbers.column = column.header
        try:
            column.check_raw(raw)
            value = column.parse(raw)
            column.fits(value)
        except CellError as error:
            value = error
        if len(self.sheet_numbers.seen) != self.conventions:
            self.conventions = len(self.sheet_numbers.seen)
            for _column, _index, memo in self.columns:
                if memo is not None:
                    memo.clear()
        return value

    def _drop_rare(self) -> None:
        """Columns whose values did not repeat in the first rows stop keeping them."""
        kept = []
        for column, index, memo in self.columns:
            if memo is not None and self.reads - len(memo) < MEMO_MIN_HITS:
                memo = None
            kept.append((column, index, memo))
        self.columns = kept


def _check_row(
    spec: ImportSpec[Any],
    context: Any,
    by_key: dict[str, Column],
    cells: _Cells,
    required: list[Column],
    sheet_row: Any,
    result: Preview,
) -> list[RowError]:
    """Parse and check one row; a valid one goes into ``result.valid``."""
    values, row_errors = cells.read(sheet_row.cells, sheet_row.number)
    for column in required:
        if values.get(column.key) in (None, ""):
            row_errors.append(RowError(sheet_row.number, column.header, "Wajib diisi."))
    if row_errors:
        return row_errors
    try:
        record = spec.build_row(context, values)
    except RowProblem as problem:
        header = by_key[problem.column].header if problem.column in by_key else problem.column
        return [RowError(sheet_row.number, header, problem.reason)]
    except CellError as error:
        return [RowError(sheet_row.number, "", str(error))]
    result.valid.append(ValidRow(sheet_row.number, record))
    if len(result.texts) < LISTED:
        result.texts[sheet_row.number] = row_text(spec.columns, values)
    return []


def _shown_names(names: list[str]) -> list[str]:
    """Ignored headers for the preview: each shortened, at most a screenful."""
    shown = [limits.shown(n, 40) for n in names[: limits.WARNINGS_KEPT]]
    if len(names) > limits.WARNINGS_KEPT:
        shown.append(f"… dan {number(len(names) - limits.WARNINGS_KEPT)} lainnya")
    return shown


def missing_columns_message(missing: list[Column], header_row: int, title: str) -> str:
    """Names each missing column with the other names it is recognised by."""
    parts = []
    for column in missing:
        others = ", ".join(f"'{name}'" for name in column.synonyms)
        parts.append(f"'{column.header}'" + (f" (atau {others})" if others else ""))
    return (
        f"Kolom wajib tidak ditemukan di baris judul (baris {header_row}): {'; '.join(parts)}. "
        f"Unduh templat {title} untuk melihat nama kolom yang benar."
    )


def commit(
    uow: UnitOfWork, spec: ImportSpec[Any], checked: Preview, reporter: Progress | None = None
) -> Outcome:
    """Write every valid row of ``checked`` in one transaction (all or nothing). A cancel
    (through ``reporter``) before the final commit leaves the database untouched."""
    uow.require(IMPOR)
    reporter = reporter or Progress()
    if not checked.valid:
        raise DomainError("Tidak ada baris yang valid untuk diimpor.")
    total = len(checked.valid)
    reporter.report(0, total, "Menyimpan…")
    context = spec.load_context(uow, {**checked.options, "berkas": checked.path.name})
    records = [v.record for v in checked.valid]
    with bulk.roomy_cache(uow.session):
        if "reporter" in inspect.signature(spec.apply).parameters:
            outcome = spec.apply(uow, context, records, reporter=reporter)
        else:
            outcome = spec.apply(uow, context, records)
    reporter.report(total, total, "Menyelesaikan…")
    audit.record(
        uow.session,
        uow.user,
        audit.IMPORT,
        entity=spec.jenis,
        note=checked.path.name,
        changes={
            "sha256": checked.sha256,
            "baris_valid": len(checked.valid),
            "baris_ditolak": checked.error_rows,
            "baru": outcome.created,
            "diperbarui": outcome.updated,
            "sama": outcome.unchanged,
        },
    )
    uow.commit()
    return outcome
