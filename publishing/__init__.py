"""Layer 6: publishing delivered clips to TikTok, YouTube Shorts and Instagram Reels.

- `platforms/`  plain-Python clients (no Django) and their wire rules
- `models`      connected accounts (tokens encrypted by `vault`), publications, rules
- `connect`     the OAuth flows, `state` bound to the session, the user and the workspace
- `services`    every write: accounts, who may publish, publications, auto-publish rules
- `tokens`      refresh ahead of expiry under the account's row lock, saved before use
- `publisher`   one publication's durable walk to published (claim, resume, never twice)
- `budgets`     request budgets below the platforms' limits, shared by all workers
- `limits`      what each platform allows, shown before submit and checked on create
- `schedule`    posting times spread over chosen hours, at most N a day
- `tasks`       thin Celery entry points on the light queue; `receivers` / `signals`
"""
