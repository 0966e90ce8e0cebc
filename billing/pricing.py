"""What a clip costs in credits, from the operator-editable `CostRule` table."""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

from billing.errors import BillingRejected
from billing.models import ANY_PROVIDER, RESOLUTIONS, CostRule


def cost_rule_for(*, resolution: str, provider: str) -> CostRule:
    """The provider's own rule, else the `*` rule for the resolution."""
    if resolution not in RESOLUTIONS:
        raise BillingRejected(
            f"{resolution!r} is not a resolution we render. Choose one of {', '.join(RESOLUTIONS)}."
        )
    rules = {
        rule.provider: rule
        for rule in CostRule.objects.filter(
            resolution=resolution, provider__in=[provider, ANY_PROVIDER]
        )
    }
    rule = rules.get(provider) or rules.get(ANY_PROVIDER)
    if rule is None:
        raise BillingRejected(
            f"There is no price for {resolution} clips from {provider!r} yet. "
            "Choose another resolution or provider, or ask support."
        )
    return rule


def chain_cost(*, duration_s: float, resolution: str, providers: Sequence[str]) -> int:
    """The most a clip can cost when any of `providers` may end up rendering it (failover):
    what is held at submission. The delivering provider's own price is what is charged."""
    return max(
        job_cost(duration_s=duration_s, resolution=resolution, provider=name)
        for name in (providers or ["local"])
    )


def job_cost(*, duration_s: float, resolution: str, provider: str = "local") -> int:
    """Credits for one clip: seconds × rate, rounded up, never below the rule's minimum."""
    if duration_s <= 0:
        raise BillingRejected("A clip must last more than 0 seconds.")
    rule = cost_rule_for(resolution=resolution, provider=provider)
    # Decimal keeps 3 s × 0.75 at exactly 2.25 (→ 3), where floats could round up to 4.
    raw = Decimal(str(duration_s)) * rule.credits_per_second
    return max(int(rule.minimum_credits), math.ceil(raw))
