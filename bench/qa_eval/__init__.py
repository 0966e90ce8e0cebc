"""The QA evaluation set: source photos, faithful clips from independent generators, defects.

Plain scripts, no Django, and nothing from pipeline/ (the set must not carry the fingerprints
of our own motion engine or QA stage). See README.md in this folder.
"""
