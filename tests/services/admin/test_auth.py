"""Login, lockout, passwords and user management (SPEC 9), on SQLite and PostgreSQL.

What a person at the desk notices: a new database asks for its first Administrator and
knows no default password; a wrong password, an unknown name and a locked account all get
the same refusal; locks expire; an Administrator manages users and nobody else can.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.models import AuditLog, Pengguna
from app.services.admin import auth
from app.services.core import pengaturan
from app.services.core.actor import ADMINISTRATOR, OPERATOR, PIMPINAN, VERIFIKATOR, Actor, Forbidden
from app.services.core.errors import DomainError, ValidationError
from tests.desk_time import pinned_now

ADMIN_PW = "Rahasia-Admin-2024"
USER_PW = "Sandi-Operator-1"
ADMIN = Actor("admin", ADMINISTRATOR, "Admin Desk")


# --- helpers -----------------------------------------------------------------------------


def _first_admin(db, username: str = "admin", password: str = ADMIN_PW) -> Actor:
    with db.uow() as uow:
        return auth.create_first_admin(
            uow, username=username, full_name="Admin Desk", password=password, confirm=password
        )


def _users(db, actor: Actor = ADMIN) -> dict[str, auth.UserRow]:
    with db.uow(actor) as uow:
        return {u.username: u for u in auth.list_users(uow)}


def _add_user(db, username: str, role: str = OPERATOR, password: str = USER_PW) -> auth.UserRow:
    with db.uow(ADMIN) as uow:
        auth.create_user(uow, username=username, full_name=username.title(), role=role,
                         password=password)  # fmt: skip
    return _users(db)[username.strip().lower()]


def _login(db, username: str, password: str) -> Actor:
    with db.uow() as uow:
        return auth.login(uow, username, password)


def _refusal(db, username: str, password: str) -> str:
    with pytest.raises(DomainError) as caught:
        _login(db, username, password)
    assert not isinstance(caught.value, Forbidden)
    return str(caught.value)


def _user_count(db) -> int:
    with db.uow() as uow:
        return uow.session.scalar(select(func.count(Pengguna.id)))


def _lock(db, username: str) -> None:
    for _ in range(auth.MAX_FAILED):
        assert _refusal(db, username, "salah-sekali") == auth.LOGIN_REFUSED


@pytest.fixture
def desk(db):
    """A seeded desk with its first Administrator and one operator."""
    _first_admin(db)
    _add_user(db, "operator1", OPERATOR)
    return db


# --- first run ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("username", "password"),
    [
        ("admin", "admin"),
        ("admin", "password"),
        ("admin", "admin123"),
        ("administrator", "administrator"),
        ("root", "root"),
        ("operator", "operator"),
        ("admin", ""),
    ],
)
def test_a_new_database_has_no_default_password(empty_db, username, password):
    with empty_db.uow() as uow:
        assert auth.needs_first_admin(uow)
    assert _refusal(empty_db, username, password) == auth.LOGIN_REFUSED
    with empty_db.uow() as uow:
        assert auth.needs_first_admin(uow)  # a failed attempt creates nobody


def test_first_admin_is_created_and_can_log_in(empty_db):
    actor = _first_admin(empty_db, username="  KepalaDesk ")
    assert actor == Actor("kepaladesk", ADMINISTRATOR, "Admin Desk")
    with empty_db.uow() as uow:
        assert not auth.needs_first_admin(uow)
    assert _login(empty_db, "kepaladesk", ADMIN_PW).role == ADMINISTRATOR


@pytest.mark.parametrize(
    ("username", "password", "confirm", "field", "message"),
    [
        ("admin", "pendek", "pendek", "password", "minimal 8 karakter"),
        ("admin", "1234567", "1234567", "password", "minimal 8 karakter"),
        ("admin", ADMIN_PW, ADMIN_PW + "x", "confirm", "Ulangan kata sandi tidak sama"),
        ("admin", " " + ADMIN_PW, " " + ADMIN_PW, "password", "tidak boleh diawali"),
        ("ab", ADMIN_PW, ADMIN_PW, "username", "Nama pengguna 3–64 karakter"),
        ("admin desk", ADMIN_PW, ADMIN_PW, "username", "Nama pengguna"),
        ("", ADMIN_PW, ADMIN_PW, "username", "Nama pengguna"),
    ],
)
def test_first_admin_input_is_checked(empty_db, username, password, confirm, field, message):
    with empty_db.uow() as uow, pytest.raises(ValidationError, match=message) as caught:
        auth.create_first_admin(
            uow, username=username, full_name="Admin", password=password, confirm=confirm
        )
    assert caught.value.field == field
    assert _user_count(empty_db) == 0


def test_first_admin_is_refused_once_users_exist(db):
    _first_admin(db)
    with db.uow() as uow, pytest.raises(DomainError, match="sudah dibuat"):
        auth.create_first_admin(
            uow, username="penyusup", full_name="", password="Penyusup-123", confirm="Penyusup-123"
        )
    assert _user_count(db) == 1
    assert _refusal(db, "penyusup", "Penyusup-123") == auth.LOGIN_REFUSED


# --- login -------------------------------------------------------------------------------


def test_login_with_the_right_password_returns_the_role(desk):
    admin = _login(desk, "ADMIN", ADMIN_PW)
    assert admin == Actor("admin", ADMINISTRATOR, "Admin Desk")
    operator = _login(desk, "  Operator1 ", USER_PW)
    assert (operator.username, operator.role, operator.full_name) == (
        "operator1",
        OPERATOR,
        "Operator1",
    )


def test_wrong_password_and_unknown_name_get_the_same_message(desk):
    wrong_password = _refusal(desk, "operator1", "bukan-sandinya")
    unknown_name = _refusal(desk, "tidakada", USER_PW)
    assert wrong_password == unknown_name == auth.LOGIN_REFUSED
    assert "Nama pengguna atau kata sandi salah" in auth.LOGIN_REFUSED


def test_five_wrong_passwords_lock_the_account(desk):
    _lock(desk, "operator1")
    # The right password is now refused, in words that do not give the lock away.
    assert _refusal(desk, "operator1", USER_PW) == auth.LOGIN_REFUSED
    assert _refusal(desk, "tidakada", USER_PW) == auth.LOGIN_REFUSED
    assert _users(desk)["operator1"].locked_until > pinned_now()
    # Other accounts are unaffected.
    assert _login(desk, "admin", ADMIN_PW).role == ADMINISTRATOR


def test_fewer_than_five_failures_do_not_lock_and_success_resets_the_count(desk):
    for _ in range(2):
        for _ in range(auth.MAX_FAILED - 1):
            _refusal(desk, "operator1", "salah-sekali")
        assert _login(desk, "operator1", USER_PW).role == OPERATOR
    assert _users(desk)["operator1"].locked_until is None


def test_the_lock_expires(desk):
    _lock(desk, "operator1")
    with desk.uow("sistem") as uow:
        user = uow.session.scalar(select(Pengguna).where(Pengguna.username == "operator1"))
        user.locked_until = pinned_now() - timedelta(seconds=1)
        uow.commit()
    assert _login(desk, "operator1", USER_PW).role == OPERATOR
    assert _users(desk)["operator1"].locked_until is None


@pytest.mark.parametrize("minutes", [None, 1, 45])
def test_lockout_minutes_come_from_the_desk_settings(desk, minutes):
    if minutes is not None:
        with desk.uow(ADMIN) as uow:
            pengaturan.put(uow, "lockout_minutes", minutes)
            uow.commit()
    expected = timedelta(minutes=minutes or 15)  # 15 minutes when never set
    before = pinned_now()
    _lock(desk, "operator1")
    after = pinned_now()
    locked_until = _users(desk)["operator1"].locked_until
    assert before + expected <= locked_until <= after + expected


def test_lockout_minutes_are_checked(desk):
    with desk.uow(ADMIN) as uow, pytest.raises(ValidationError, match="antara 1 dan 1440"):
        pengaturan.put(uow, "lockout_minutes", 0)


def test_an_inactive_user_cannot_log_in(desk):
    row = _users(desk)["operator1"]
    with desk.uow(ADMIN) as uow:
        auth.update_user(uow, row.id, version=row.version, full_name=row.full_name,
                         role=row.role, active=False)  # fmt: skip
    assert _refusal(desk, "operator1", USER_PW) == auth.LOGIN_REFUSED
    row = _users(desk)["operator1"]
    with desk.uow(ADMIN) as uow:
        auth.update_user(uow, row.id, version=row.version, full_name=row.full_name,
                         role=row.role, active=True)  # fmt: skip
    assert _login(desk, "operator1", USER_PW).role == OPERATOR


# --- passwords ---------------------------------------------------------------------------


def _change(db, actor: Actor, old: str, new: str, confirm: str | None = None):
    with db.uow(actor) as uow:
        return auth.change_password(
            uow, old=old, new=new, confirm=new if confirm is None else confirm
        )


def test_change_password_checks_the_old_one(desk):
    operator = _login(desk, "operator1", USER_PW)
    with pytest.raises(ValidationError, match="Kata sandi lama salah") as caught:
        _change(desk, operator, "tebakan-salah", "Sandi-Baru-2024")
    assert caught.value.field == "old"
    assert _login(desk, "operator1", USER_PW) == operator  # unchanged

    changes = _change(desk, operator, USER_PW, "Sandi-Baru-2024")
    assert "Kata sandi diganti" in changes.summary
    assert _refusal(desk, "operator1", USER_PW) == auth.LOGIN_REFUSED
    assert _login(desk, "operator1", "Sandi-Baru-2024") == operator


@pytest.mark.parametrize(
    ("new", "confirm", "message"),
    [
        ("pendek", "pendek", "minimal 8 karakter"),
        ("Sandi-Baru-2024", "Sandi-Baru-2025", "tidak sama"),
        (USER_PW, USER_PW, "harus berbeda"),
    ],
)
def test_change_password_checks_the_new_one(desk, new, confirm, message):
    operator = _login(desk, "operator1", USER_PW)
    with pytest.raises(ValidationError, match=message):
        _change(desk, operator, USER_PW, new, confirm)
    assert _login(desk, "operator1", USER_PW) == operator


def test_admin_reset_lifts_the_lock_and_forces_a_new_password(desk):
    _lock(desk, "operator1")
    row = _users(desk)["operator1"]
    with desk.uow(ADMIN) as uow:
        changes = auth.reset_password(uow, row.id, password="Sementara-123")
    assert "operator1" in changes.summary
    after = _users(desk)["operator1"]
    assert after.locked_until is None
    assert after.must_change_password
    operator = _login(desk, "operator1", "Sementara-123")
    with desk.uow() as uow:
        assert auth.must_change_password(uow, "operator1")
    _change(desk, operator, "Sementara-123", "Pilihan-Sendiri-9")
    with desk.uow() as uow:
        assert not auth.must_change_password(uow, "operator1")
    assert not _users(desk)["operator1"].must_change_password


def test_reset_password_checks_the_temporary_password(desk):
    row = _users(desk)["operator1"]
    with desk.uow(ADMIN) as uow, pytest.raises(ValidationError, match="minimal 8"):
        auth.reset_password(uow, row.id, password="123")
    assert _login(desk, "operator1", USER_PW).role == OPERATOR


def test_passwords_are_stored_as_argon2_hashes_only(desk):
    _change(desk, _login(desk, "operator1", USER_PW), USER_PW, "Sandi-Baru-2024")
    with desk.uow() as uow:
        hashes = uow.session.scalars(select(Pengguna.password_hash)).all()
        audit_text = " ".join(
            f"{c} {n}" for c, n in uow.session.execute(select(AuditLog.changes, AuditLog.note))
        )
    assert len(hashes) == 2
    for stored in hashes:
        assert stored.startswith("$argon2")
        for plain in (ADMIN_PW, USER_PW, "Sandi-Baru-2024"):
            assert plain not in stored
    for plain in (ADMIN_PW, USER_PW, "Sandi-Baru-2024"):
        assert plain not in audit_text
    assert len(set(hashes)) == 2  # salted


# --- user management ---------------------------------------------------------------------


def test_administrator_creates_and_lists_users(desk):
    _add_user(desk, "verif", VERIFIKATOR)
    _add_user(desk, "Pimpinan.Badan", PIMPINAN)
    users = _users(desk)
    assert sorted(users) == ["admin", "operator1", "pimpinan.badan", "verif"]
    assert users["verif"].role == VERIFIKATOR
    assert users["pimpinan.badan"].role == PIMPINAN
    assert users["verif"].active and users["verif"].must_change_password
    assert _login(desk, "pimpinan.badan", USER_PW).role == PIMPINAN


@pytest.mark.parametrize(
    ("username", "role", "password", "message"),
    [
        ("OPERATOR1", OPERATOR, USER_PW, "sudah dipakai"),
        ("operator2", "Superuser", USER_PW, "Peran 'Superuser' tidak dikenal"),
        ("operator2", OPERATOR, "pendek", "minimal 8"),
        ("x", OPERATOR, USER_PW, "Nama pengguna 3–64"),
    ],
)
def test_create_user_input_is_checked(desk, username, role, password, message):
    with desk.uow(ADMIN) as uow, pytest.raises(ValidationError, match=message):
        auth.create_user(uow, username=username, full_name="", role=role, password=password)
    assert sorted(_users(desk)) == ["admin", "operator1"]


def test_administrator_changes_a_users_role_and_name(desk):
    row = _users(desk)["operator1"]
    with desk.uow(ADMIN) as uow:
        auth.update_user(uow, row.id, version=row.version, full_name=" Siti Aminah ",
                         role=VERIFIKATOR, active=True)  # fmt: skip
    after = _users(desk)["operator1"]
    assert (after.full_name, after.role, after.version) == (
        "Siti Aminah",
        VERIFIKATOR,
        row.version + 1,
    )
    assert _login(desk, "operator1", USER_PW).role == VERIFIKATOR


@pytest.mark.parametrize("role", [OPERATOR, PIMPINAN, VERIFIKATOR])
def test_only_an_administrator_manages_users(desk, role):
    _add_user(desk, "orang", role)
    actor = _login(desk, "orang", USER_PW)
    target = _users(desk)["operator1"]
    calls = [
        lambda uow: auth.list_users(uow),
        lambda uow: auth.create_user(
            uow, username="baru", full_name="", role=ADMINISTRATOR, password=USER_PW
        ),  # fmt: skip
        lambda uow: auth.update_user(
            uow, target.id, version=target.version, full_name="", role=ADMINISTRATOR, active=True
        ),  # fmt: skip
        lambda uow: auth.reset_password(uow, target.id, password="Diambil-Alih-1"),
    ]
    for call in calls:
        with desk.uow(actor) as uow, pytest.raises(Forbidden) as caught:
            call(uow)
        message = str(caught.value)
        assert f"peran Anda {role}" in message
        assert "Hanya Administrator yang dapat mengelola pengguna" in message
    users = _users(desk)
    assert sorted(users) == ["admin", "operator1", "orang"]
    assert users["operator1"] == target
    assert _login(desk, "operator1", USER_PW).role == OPERATOR


@pytest.mark.parametrize(
    ("role", "active"), [(OPERATOR, True), (PIMPINAN, True), (ADMINISTRATOR, False)]
)
def test_the_last_active_administrator_stays(desk, role, active):
    row = _users(desk)["admin"]
    with (
        desk.uow(ADMIN) as uow,
        pytest.raises(ValidationError, match="sedikitnya satu Administrator"),
    ):
        auth.update_user(uow, row.id, version=row.version, full_name=row.full_name, role=role,
                         active=active)  # fmt: skip
    after = _users(desk)["admin"]
    assert (after.role, after.active, after.version) == (ADMINISTRATOR, True, row.version)
    assert _login(desk, "admin", ADMIN_PW).role == ADMINISTRATOR


def test_an_administrator_can_step_down_when_another_remains(desk):
    _add_user(desk, "admin2", ADMINISTRATOR)
    row = _users(desk)["admin"]
    with desk.uow(ADMIN) as uow:
        auth.update_user(uow, row.id, version=row.version, full_name=row.full_name,
                         role=PIMPINAN, active=True)  # fmt: skip
    assert _login(desk, "admin", ADMIN_PW).role == PIMPINAN
    # admin2 is now the only active Administrator and cannot leave.
    admin2 = _users(desk, Actor("admin2", ADMINISTRATOR))["admin2"]
    with desk.uow(Actor("admin2", ADMINISTRATOR)) as uow, pytest.raises(ValidationError):
        auth.update_user(uow, admin2.id, version=admin2.version, full_name="", role=ADMINISTRATOR,
                         active=False)  # fmt: skip


def test_an_inactive_administrator_can_be_edited(desk):
    _add_user(desk, "admin_lama", ADMINISTRATOR)
    row = _users(desk)["admin_lama"]
    with desk.uow(ADMIN) as uow:
        auth.update_user(uow, row.id, version=row.version, full_name=row.full_name,
                         role=ADMINISTRATOR, active=False)  # fmt: skip
    row = _users(desk)["admin_lama"]
    with desk.uow(ADMIN) as uow:  # the one active Administrator is untouched
        auth.update_user(uow, row.id, version=row.version, full_name="Admin Lama",
                         role=OPERATOR, active=False)  # fmt: skip
    assert _users(desk)["admin_lama"].role == OPERATOR


def test_parallel_wrong_passwords_lock_the_account_and_are_all_audited(db):
    """Guesses sent at the same moment get the same refusal, each is counted and audited,
    and the account ends up locked (no conflict message that would reveal the name)."""
    import threading

    from sqlalchemy import func, select

    from app.models import AuditLog, Pengguna

    with db.uow("tester") as uow:
        auth.create_first_admin(
            uow, username="kaban", full_name="", password="rahasia-kuat-1", confirm="rahasia-kuat-1"
        )
    barrier = threading.Barrier(8)
    answers: list[str] = []

    def guess() -> None:
        barrier.wait(timeout=10)
        with db.uow("sistem") as uow:
            try:
                auth.login(uow, "kaban", "tebakan-salah")
            except Exception as error:  # noqa: BLE001 - the message is what we check
                answers.append(str(error))

    threads = [threading.Thread(target=guess) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert answers == [auth.LOGIN_REFUSED] * 8
    with db.uow("tester") as uow:
        user = uow.session.scalar(select(Pengguna).where(Pengguna.username == "kaban"))
        assert user.locked_until is not None
        failed = uow.session.scalar(
            select(func.count(AuditLog.id)).where(AuditLog.action == "login_failed")
        )
    assert failed == 8
