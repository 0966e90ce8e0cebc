"""What billing tells the apps above it, always after the transaction commits.

`credits_low` fires when a ledger write takes the balance below the low-credit threshold, and
`credits_restored` when one brings it back up; each carries `workspace_id` and `balance`.
"""

from __future__ import annotations

from django.dispatch import Signal

credits_low = Signal()
credits_restored = Signal()
