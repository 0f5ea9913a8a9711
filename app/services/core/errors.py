"""Domain errors: mistakes a user can cause, each with a message in Bahasa Indonesia.

Views show ``str(error)``; the CLI prints it and exits 1. Anything else is a bug and goes
to the log with its traceback.
"""

from __future__ import annotations


class DomainError(Exception):
    """A refusal the user can understand and act on."""


class NotFound(DomainError):
    pass


class ValidationError(DomainError):
    """Bad input; ``field`` names the form field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ConflictError(DomainError):
    """Someone else saved the same record first (optimistic locking)."""


class Cancelled(DomainError):
    def __init__(self, message: str = "Dibatalkan oleh pengguna.") -> None:
        super().__init__(message)


class DatabaseUnavailable(DomainError):
    pass


class CellError(DomainError):
    """One bad cell of an imported sheet (or a bad name of a region); the import engine
    adds the row and column."""


#: The operating system's reasons in Indonesian, for messages that say why a file could not
#: be read or written ("Berkas … tidak dapat ditulis: izin ditolak").
_OS_REASONS = {
    "ENOENT": "berkas atau folder tidak ditemukan",
    "EACCES": "izin ditolak",
    "EPERM": "tindakan tidak diizinkan",
    "EISDIR": "yang dipilih adalah folder, bukan berkas",
    "ENOTDIR": "bagian jalurnya bukan folder",
    "ENOSPC": "ruang disk penuh",
    "EDQUOT": "kuota disk habis",
    "EROFS": "disk atau folder hanya dapat dibaca",
    "EEXIST": "berkas sudah ada",
    "EBUSY": "berkas sedang dipakai program lain",
    "ETXTBSY": "berkas sedang dipakai program lain",
    "ENAMETOOLONG": "nama berkas terlalu panjang",
    "EINVAL": "nama atau jalur berkas tidak sah",
    "EMFILE": "terlalu banyak berkas terbuka",
    "EIO": "kesalahan baca/tulis perangkat",
    "ENXIO": "perangkat tidak tersedia",
    "ENODEV": "perangkat tidak tersedia",
    "EAGAIN": "sumber daya sementara tidak tersedia; coba lagi",
    "ETIMEDOUT": "waktu habis",
    "ECONNREFUSED": "sambungan ditolak",
    "EHOSTUNREACH": "komputer tujuan tidak dapat dijangkau",
    "ENETUNREACH": "jaringan tidak dapat dijangkau",
    "EFBIG": "berkas terlalu besar",
    "ELOOP": "terlalu banyak tautan simbolis",
}
#: Windows reports locked files and bad names with its own codes (``winerror``).
_WINERRORS = {
    32: "berkas sedang dipakai program lain",
    33: "sebagian berkas dikunci program lain",
    5: "izin ditolak",
    3: "folder tidak ditemukan",
    2: "berkas tidak ditemukan",
    123: "nama atau jalur berkas tidak sah",
    112: "ruang disk penuh",
    53: "alamat jaringan tidak ditemukan",
    1326: "nama pengguna atau kata sandi jaringan salah",
}


def os_reason(error: BaseException) -> str:
    """Why an operating-system call failed, in Indonesian (the errno's name when unknown)."""
    import errno

    winerror = getattr(error, "winerror", None)
    if winerror in _WINERRORS:
        return _WINERRORS[winerror]
    code = getattr(error, "errno", None)
    if isinstance(code, int):
        name = errno.errorcode.get(code, "")
        if name in _OS_REASONS:
            return _OS_REASONS[name]
        if name:
            return f"kesalahan sistem {name}"
    strerror = getattr(error, "strerror", None)
    return strerror or str(error)
