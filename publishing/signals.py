"""What publishing tells the apps above it (webhooks), after the transaction commits.

kwargs: publication_id, workspace_id, state ("published" or "failed").
"""

from __future__ import annotations

from django.dispatch import Signal

publication_finished = Signal()
