"""User folders: the platform's, a chosen home (IMILA_DESK_HOME), or beside the program when it is portable."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app import paths


@pytest.fixture
def program(tmp_path, monkeypatch):
    """A fake installed program: its executable in ``tmp_path/imila-desk``; no home folder chosen."""
    folder = tmp_path / "imila-desk"
    folder.mkdir()
    monkeypatch.setattr(sys, "executable", str(folder / "imila-desk"))
    monkeypatch.delenv(paths.HOME_VARIABLE, raising=False)
    return folder


def test_the_platforms_folders_by_default(program):
    assert not paths.is_portable()
    for folder in (paths.user_data_dir(), paths.user_config_dir(), paths.user_log_dir()):
        assert "imila-desk" in folder.parts
        assert program not in folder.parents


def test_a_portable_file_beside_the_program_keeps_everything_beside_it(program):
    (program / "portable").write_text("")
    assert paths.is_portable()
    assert paths.user_data_dir() == program / "data"
    assert paths.user_config_dir() == program / "data" / "settings"
    assert paths.user_log_dir() == program / "data" / "logs"


def test_a_chosen_home_wins_over_portable(program, tmp_path, monkeypatch):
    (program / "portable").write_text("")
    monkeypatch.setenv(paths.HOME_VARIABLE, str(tmp_path / "home"))
    assert paths.user_data_dir() == Path(tmp_path / "home")
    assert paths.user_log_dir() == Path(tmp_path / "home" / "logs")


def test_nothing_is_created(program):
    (program / "portable").write_text("")
    paths.user_data_dir(), paths.user_config_dir(), paths.user_log_dir()
    assert not (program / "data").exists()
