"""What the pipeline tells the apps above it (batches, webhooks, publishing).

Sent after the transaction that ended the job commits, so a receiver always reads the final
row; receivers run independently (`send_robust`), so one failing never stops another.
"""

from __future__ import annotations

from django.dispatch import Signal

# kwargs: job_id, workspace_id, status, batch_id (None outside batches)
job_finished = Signal()
