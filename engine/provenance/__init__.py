"""Provenance: the visible label, the invisible watermark, C2PA signing and reading."""
