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


def test_runtime_files_live_under_the_var_dir(tmp_path):
    """The beat schedule, the filesystem queue and the cache follow STILLMOTION_VAR_DIR (they
    used to land in the repository's var/ and control/ whatever it said)."""
    import json
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env |= {"STILLMOTION_VAR_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "saas.settings.local"}
    code = (
        "import json, django; django.setup(); from django.conf import settings as s; "
        "o = s.CELERY_BROKER_TRANSPORT_OPTIONS; print(json.dumps([str(s.CELERY_BEAT_SCHEDULE_FILENAME), "
        "o.get('data_folder_in'), o.get('control_folder'), s.CACHES['default'].get('LOCATION', '')]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, check=True
    ).stdout
    paths = json.loads(out.strip().splitlines()[-1])
    assert all(str(p).startswith(str(tmp_path)) for p in paths if p), paths
    assert paths[0] == str(tmp_path / "celerybeat-schedule")
