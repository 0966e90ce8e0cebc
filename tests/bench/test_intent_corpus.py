"""The intent evaluation corpus (bench/data/intent) is intact and its scorer counts right.

Uses train items only: no test-split prompt may appear in a unit test.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "bench" / "data" / "intent"


def _module(name: str):
    spec = importlib.util.spec_from_file_location(f"intent_{name}", DATA / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


def test_corpus_files_match_a_rebuild_and_validate():
    assert _module("make_intent_corpus").main(["--check"]) == 0


def test_scorer_gives_a_label_copy_full_marks_and_the_baseline_none():
    score = _module("score_intent")
    items = score.load("train")
    by_key = {(it["prompt"], tuple(sorted(it["image"].items()))): it for it in items}

    def oracle(prompt, image):
        it = by_key[(prompt, tuple(sorted(image.items())))]
        return {
            "camera": it["camera"],
            "effects": it["effects"],
            "notes": [{"code": c, "text": ""} for c in it["unsupported"]],
            "duration_s": it["duration_s"],
            "ratio": it["ratio"],
            "loop": it["loop"],
        }

    best = score.score(items, oracle)["all"]
    assert best["asked_for_coverage"] == 1.0
    assert best["camera_accuracy"] == best["effect_recall"] == best["effect_precision"] == 1.0
    assert best["forbidden_effect_rate"] == 0.0

    base = score.score(items, score.baseline_parse)["all"]
    assert base["effect_recall"] == 0.0
    assert base["unsupported_noted"] == 0.0
    assert base["forbidden_effect_rate"] == 0.0

    def greedy(prompt, image):  # every effect everywhere: forbidden effects must show up
        return {"camera": None, "effects": list(score_effects), "notes": []}

    score_effects = _module("make_intent_corpus").EFFECTS
    assert score.score(items, greedy)["all"]["forbidden_effect_rate"] > 0.5
