# The pipeline fixtures live in tests/fixtures_pipeline.py (shared with tests/e2e and others
# through pytest_plugins in tests/conftest.py); helpers are re-exported for old imports.
from tests.fixtures_pipeline import WorkerProcess, jpeg_bytes, wait_for

__all__ = ["WorkerProcess", "jpeg_bytes", "wait_for"]
