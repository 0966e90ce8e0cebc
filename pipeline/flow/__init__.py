"""The six layers of one job, in stage order: `runner` claims the job and walks it through
`parse` → `gate` → `render` ⇄ `verify` → `finalize` → `deliver`.

Each stage module reads what it needs from the `JobRun`, calls the engine, records its event
and returns a `Transition`; the runner (through `pipeline.services`) is what writes it. The
job row is the checkpoint: a worker that dies mid-job leaves a job that is resumed at its
stage, on the lane (Celery queue) that stage runs on.
"""
