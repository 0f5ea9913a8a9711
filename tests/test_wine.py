"""Wine is told apart from Windows by ntdll's wine_get_version (app/wine.py): only under
Wine does the PDF preview stand down, because Qt PDF aborts the process there."""

from __future__ import annotations

import ctypes
import sys
from types import SimpleNamespace

import pytest

from app.wine import under_wine


@pytest.mark.parametrize(("ntdll", "expected"), [(SimpleNamespace(wine_get_version=1), True),
                                                 (SimpleNamespace(), False)])  # fmt: skip
def test_wine_is_recognised_by_its_ntdll(monkeypatch, ntdll, expected):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "WinDLL", lambda name: ntdll, raising=False)
    assert under_wine.__wrapped__() is expected


def test_other_systems_are_never_wine(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(
        ctypes, "WinDLL", lambda name: SimpleNamespace(wine_get_version=1), raising=False
    )
    assert under_wine.__wrapped__() is False
