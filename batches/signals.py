"""What batches tell the apps above them, after commit. kwargs: batch_id."""

from __future__ import annotations

from django.dispatch import Signal

batch_completed = Signal()
