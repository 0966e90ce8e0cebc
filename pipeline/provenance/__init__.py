"""Provenance layer implementation; import the public API from pipeline.stages.provenance."""
