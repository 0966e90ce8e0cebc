"""`make run` derives the site URL from the address it serves on."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _run_local():
    path = Path(__file__).resolve().parents[1] / "scripts" / "run_local.py"
    spec = importlib.util.spec_from_file_location("run_local", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_links_follow_the_served_address():
    env = _run_local().local_env({}, "127.0.0.1:8765")
    assert env["SITE_URL"] == "http://127.0.0.1:8765"


def test_an_explicit_site_url_wins():
    env = _run_local().local_env({"SITE_URL": "https://clips.example"}, "0.0.0.0:8000")
    assert env["SITE_URL"] == "https://clips.example"
