"""Start the web server and a Celery worker (with beat) together; Ctrl-C stops both."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
ADDRESS = os.environ.get("STILLMOTION_ADDRESS", "127.0.0.1:8000")


def local_env(environ: dict[str, str], address: str) -> dict[str, str]:
    """The environment web and worker share: links (downloads, webhooks, the guides'
    examples) point at the address we serve on unless SITE_URL says otherwise."""
    env = {**environ, "DJANGO_SETTINGS_MODULE": "saas.settings.local", "PYTHONUNBUFFERED": "1"}
    env.setdefault("SITE_URL", f"http://{address}")
    return env


def main() -> int:
    env = local_env(dict(os.environ), ADDRESS)
    worker = subprocess.Popen(
        [
            str(VENV_BIN / "celery"),
            "-A",
            "saas",
            "worker",
            "--beat",  # its schedule file is CELERY_BEAT_SCHEDULE_FILENAME, in the var dir
            "-Q",
            "light,render",
            "--concurrency",
            "2",
            "--loglevel",
            "INFO",
        ],
        cwd=ROOT,
        env=env,
    )
    web = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", ADDRESS, "--noreload"], cwd=ROOT, env=env
    )
    print(f"\n  Stillmotion is starting on http://{ADDRESS}  (Ctrl-C stops web and worker)\n")
    children = [web, worker]

    def stop(*_: object) -> None:
        for child in children:
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    try:
        while all(child.poll() is None for child in children):
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        stop()
        for child in children:
            try:
                child.wait(timeout=15)
            except subprocess.TimeoutExpired:
                child.kill()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
