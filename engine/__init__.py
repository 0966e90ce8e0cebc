"""Stillmotion's engine: the six layers of one job as plain Python (no Django).

Plain dataclasses and file paths in and out, so each layer can be run, tested and timed alone.
The Django apps use the engine; the engine uses no app (an import-linter contract checks it).
"""
