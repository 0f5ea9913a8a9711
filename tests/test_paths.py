"""Where the data folder is on Windows: per user in %LOCALAPPDATA%, all users in
%PROGRAMDATA% (told by the installer's marker next to the executable), never roaming, and
DESK_PILKADA_HOME above all."""

from __future__ import annotations

import sys
from pathlib import Path, PureWindowsPath

import pytest

from app import paths

FOLDERS = {
    paths.LOCAL_APPDATA: r"C:\Users\operator\AppData\Local",
    paths.COMMON_APPDATA: r"C:\ProgramData",
    "CSIDL_APPDATA": r"C:\Users\operator\AppData\Roaming",
}


def windows_dir(mode: str | None, env: dict[str, str] | None = None) -> PureWindowsPath:
    found = paths.locate_data_dir(
        env=env or {}, platform="win32", mode=mode, known_folder=FOLDERS.__getitem__
    )
    return PureWindowsPath(str(found).replace("/", "\\"))


def test_per_user_install_keeps_data_in_local_appdata_never_roaming():
    folder = windows_dir(paths.PER_USER)
    assert folder == PureWindowsPath(r"C:\Users\operator\AppData\Local\Kesbangpol\Desk Pilkada")
    assert "Roaming" not in folder.parts


def test_all_users_install_shares_one_folder_in_programdata():
    assert windows_dir(paths.ALL_USERS) == PureWindowsPath(
        r"C:\ProgramData\Kesbangpol\Desk Pilkada"
    )


def test_home_variable_wins_over_the_install_mode(tmp_path: Path):
    env = {paths.HOME_ENV: str(tmp_path / "desk")}
    assert (
        paths.locate_data_dir(env=env, platform="win32", mode=paths.ALL_USERS) == tmp_path / "desk"
    )


def test_marker_written_by_the_installer_selects_all_users(tmp_path: Path):
    (tmp_path / paths.INSTALL_MARKER).write_bytes(b"[install]\r\nmode=all-users\r\n")
    assert paths.install_mode(tmp_path) == paths.ALL_USERS
    assert windows_dir(paths.install_mode(tmp_path)).parts[:2] == ("C:\\", "ProgramData")


def test_marker_in_utf16_is_read_too(tmp_path: Path):
    (tmp_path / paths.INSTALL_MARKER).write_text("[install]\r\nmode=all-users\r\n", "utf-16")
    assert paths.install_mode(tmp_path) == paths.ALL_USERS


@pytest.mark.parametrize(
    "content", [None, b"[install]\r\nmode=per-user\r\n", b"", b"\x00\xffgarbage", b"mode=everyone"]
)
def test_without_an_all_users_marker_the_install_is_per_user(tmp_path: Path, content):
    if content is not None:
        (tmp_path / paths.INSTALL_MARKER).write_bytes(content)
    assert paths.install_mode(tmp_path) == paths.PER_USER


def test_frozen_program_reads_the_marker_next_to_its_executable(tmp_path: Path, monkeypatch):
    exe = tmp_path / "Desk Pilkada" / "DeskPilkada.exe"
    exe.parent.mkdir()
    exe.write_bytes(b"MZ")
    (exe.parent / paths.INSTALL_MARKER).write_bytes(b"[install]\r\nmode=all-users\r\n")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert paths.install_mode() == paths.ALL_USERS


def test_running_from_source_is_never_an_all_users_install(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert paths.program_dir() is None
    assert paths.install_mode() == paths.PER_USER


def test_unwritable_data_folder_gives_a_clear_message(tmp_path: Path, monkeypatch):
    from app.services.core.errors import DomainError

    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "data"))

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Access is denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(DomainError, match="tidak dapat dibuat") as caught:
        paths.data_dir()
    assert paths.HOME_ENV in str(caught.value)


def test_linux_keeps_the_platformdirs_user_folder(monkeypatch):
    monkeypatch.delenv(paths.HOME_ENV, raising=False)
    found = paths.locate_data_dir(env={}, platform="linux")
    assert found.name == "Desk Pilkada"
