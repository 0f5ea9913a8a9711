"""Login, passwords (Argon2) and user management (SPEC 9).

No default password exists: a new database asks for its first Administrator. After
``MAX_FAILED`` wrong passwords an account is locked for a while; the refusal message is
the same whether the name exists, the password is wrong, or the account is locked, so it
tells an outsider nothing.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, or_, select, update

from app.models import Pengguna
from app.services.core import audit, nomor, pengaturan
from app.services.core.actor import ADMINISTRATOR, PENGGUNA_KELOLA, ROLES, Actor
from app.services.core.changes import Changes
from app.services.core.errors import DomainError, ValidationError
from app.services.core.uow import UnitOfWork

MAX_FAILED = 5
MIN_PASSWORD = 8
PENGGUNA = "pengguna"
LOGIN_REFUSED = (
    "Nama pengguna atau kata sandi salah, atau akun sedang terkunci karena terlalu banyak "
    "percobaan gagal. Periksa lalu coba lagi, atau hubungi Administrator."
)

_hasher = PasswordHasher()


@functools.cache
def _dummy_hash() -> str:
    """Verified against when the name is unknown, so a wrong name takes as long as a wrong
    password. Made on first use: hashing is slow on purpose (~0,25 s), start-up need not wait."""
    return _hasher.hash("tidak-ada-pengguna-ini")


@dataclass(frozen=True)
class UserRow:
    id: int
    version: int
    username: str
    full_name: str
    role: str
    active: bool
    locked_until: datetime | None
    must_change_password: bool


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_new_password(password: str, confirm: str | None = None) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(f"Kata sandi minimal {MIN_PASSWORD} karakter.", field="password")
    if password.strip() != password or not password.strip():
        raise ValidationError(
            "Kata sandi tidak boleh diawali atau diakhiri spasi.", field="password"
        )
    if confirm is not None and confirm != password:
        raise ValidationError("Ulangan kata sandi tidak sama.", field="confirm")


def _check_username(username: str) -> str:
    name = username.strip().lower()
    if not (3 <= len(name) <= 64) or not all(c.isalnum() or c in "._-" for c in name):
        raise ValidationError(
            "Nama pengguna 3–64 karakter: huruf, angka, titik, garis bawah atau tanda hubung.",
            field="username",
        )
    return name


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValidationError(
            f"Peran '{role}' tidak dikenal. Pilihan: {', '.join(ROLES)}.", field="role"
        )


def needs_first_admin(uow: UnitOfWork) -> bool:
    return not uow.session.scalar(select(func.count(Pengguna.id)))


def create_first_admin(
    uow: UnitOfWork, *, username: str, full_name: str, password: str, confirm: str
) -> Actor:
    """Only on a database without users: there is no default password to fall back on."""
    name = _check_username(username)
    check_new_password(password, confirm)
    # Two PCs setting up one new server at once: the counter's row lock lets one through.
    if not needs_first_admin(uow) or nomor.next_value(uow, "administrator-pertama") > 1:
        raise DomainError("Administrator pertama sudah dibuat; masuk dengan akun yang ada.")
    user = Pengguna(
        username=name,
        full_name=full_name.strip(),
        role=ADMINISTRATOR,
        password_hash=hash_password(password),
    )
    uow.session.add(user)
    uow.commit()
    return Actor(user.username, user.role, user.full_name)


def _lockout(uow: UnitOfWork) -> timedelta:
    return timedelta(minutes=pengaturan.get(uow, "lockout_minutes"))


def login(uow: UnitOfWork, username: str, password: str) -> Actor:
    """Check the password; count failures and lock; record the outcome in the audit log.

    An attempt is counted (one atomic UPDATE, which also queues parallel attempts on the
    row lock) before the password is checked, so guesses sent at once cannot exceed
    ``MAX_FAILED`` before the lock, and no attempt ever ends in a conflict message."""
    name = username.strip().lower()
    user = uow.session.scalar(select(Pengguna).where(func.lower(Pengguna.username) == name))
    now = uow.now_utc()
    attempt = None
    if user is not None and user.active and user.password_hash:
        attempt = uow.session.execute(
            update(Pengguna)
            .where(
                Pengguna.id == user.id,
                or_(Pengguna.locked_until.is_(None), Pengguna.locked_until <= now),
            )
            .values(failed_attempts=Pengguna.failed_attempts + 1)
            .returning(Pengguna.failed_attempts, Pengguna.password_hash)
        ).first()
    if attempt is None or attempt[0] > MAX_FAILED:
        _verify(_dummy_hash(), password)  # unknown, inactive or locked: same time, same answer
        return _refuse(
            uow, name, note="akun terkunci" if attempt is not None or _locked(user, now) else ""
        )
    count, hashed = attempt
    if not _verify(hashed, password):
        if count >= MAX_FAILED:
            uow.session.execute(
                update(Pengguna)
                .where(Pengguna.id == user.id)
                .values(locked_until=now + _lockout(uow), failed_attempts=0)
            )
        return _refuse(uow, name)
    values: dict = {"failed_attempts": 0, "locked_until": None}
    if _hasher.check_needs_rehash(hashed):
        values["password_hash"] = hash_password(password)
    uow.session.execute(update(Pengguna).where(Pengguna.id == user.id).values(**values))
    audit.record(uow.session, user.username, audit.LOGIN, entity=PENGGUNA, entity_uid=user.uid)
    uow.commit()
    return Actor(user.username, user.role, user.full_name)


def _locked(user: Pengguna | None, now) -> bool:
    return bool(user and user.locked_until and user.locked_until > now)


def _refuse(uow: UnitOfWork, name: str, note: str = "") -> Actor:
    audit.record(uow.session, name, audit.LOGIN_FAILED, entity=PENGGUNA, note=note)
    uow.commit()
    raise DomainError(LOGIN_REFUSED)


def must_change_password(uow: UnitOfWork, username: str) -> bool:
    user = uow.session.scalar(select(Pengguna).where(Pengguna.username == username))
    return bool(user and user.must_change_password)


def _verify(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def change_password(uow: UnitOfWork, *, old: str, new: str, confirm: str) -> Changes:
    user = uow.session.scalar(select(Pengguna).where(Pengguna.username == uow.user))
    if user is None or not user.password_hash or not _verify(user.password_hash, old):
        raise ValidationError("Kata sandi lama salah.", field="old")
    check_new_password(new, confirm)
    if new == old:
        raise ValidationError("Kata sandi baru harus berbeda dari yang lama.", field="password")
    user.password_hash = hash_password(new)
    user.must_change_password = False
    uow.commit()
    return Changes.of(PENGGUNA, summary="Kata sandi diganti.")


# -- administration -------------------------------------------------------------------


def list_users(uow: UnitOfWork) -> list[UserRow]:
    uow.require(PENGGUNA_KELOLA)
    users = uow.session.scalars(select(Pengguna).order_by(Pengguna.username))
    return [
        UserRow(
            u.id,
            u.version,
            u.username,
            u.full_name,
            u.role,
            u.active,
            u.locked_until,
            u.must_change_password,
        )
        for u in users
    ]


def create_user(
    uow: UnitOfWork, *, username: str, full_name: str, role: str, password: str
) -> Changes:
    uow.require(PENGGUNA_KELOLA)
    name = _check_username(username)
    _check_role(role)
    check_new_password(password)
    if uow.session.scalar(select(Pengguna.id).where(func.lower(Pengguna.username) == name)):
        raise ValidationError(f"Nama pengguna '{name}' sudah dipakai.", field="username")
    uow.session.add(
        Pengguna(
            username=name,
            full_name=full_name.strip(),
            role=role,
            password_hash=hash_password(password),
            must_change_password=True,
        )
    )
    uow.commit()
    return Changes.of(PENGGUNA, summary=f"Pengguna {name} dibuat.")


def update_user(
    uow: UnitOfWork, user_id: int, *, version: int, full_name: str, role: str, active: bool
) -> Changes:
    uow.require(PENGGUNA_KELOLA)
    _check_role(role)
    user = uow.get(Pengguna, user_id, expected_version=version)
    losing_admin = (
        user.role == ADMINISTRATOR and user.active and (role != ADMINISTRATOR or not active)
    )
    if losing_admin and _active_admins(uow) <= 1:
        raise ValidationError("Harus tetap ada sedikitnya satu Administrator aktif.", field="role")
    user.full_name = full_name.strip()
    user.role = role
    user.active = active
    uow.commit()
    return Changes.of(PENGGUNA, summary=f"Pengguna {user.username} disimpan.")


def reset_password(uow: UnitOfWork, user_id: int, *, password: str) -> Changes:
    """Administrator sets a temporary password; it also lifts a lockout."""
    uow.require(PENGGUNA_KELOLA)
    check_new_password(password)
    user = uow.get(Pengguna, user_id)
    user.password_hash = hash_password(password)
    user.must_change_password = True
    user.failed_attempts = 0
    user.locked_until = None
    uow.commit()
    return Changes.of(PENGGUNA, summary=f"Kata sandi {user.username} diatur ulang.")


def _active_admins(uow: UnitOfWork) -> int:
    return (
        uow.session.scalar(
            select(func.count(Pengguna.id)).where(
                Pengguna.role == ADMINISTRATOR, Pengguna.active.is_(True)
            )
        )
        or 0
    )
