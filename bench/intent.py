"""Intent benchmark: how often the rule parser's spec has what the prompt asked for, or a
note saying why not, on the labelled corpus in bench/data/intent (five languages); and the
parser's latency, and the LLM adapters' round trips against the local vendor fakes.

    .venv/bin/python bench/intent.py                 # the test split (the figure we report)
    .venv/bin/python bench/intent.py --split dev     # tune on train/dev, never on test
    .venv/bin/python bench/intent.py --latency       # parser latency and LLM round trips

It prints figures only; it never passes or fails.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from engine.intent.rules import (  # noqa: E402
    ImageFacts,
    LlmConfig,
    interpret,
    parse_rules,
    parse_rules_with_notes,
)

# The corpus photo's shape is not labelled; the parser only uses it for the default ratio,
# which the scorer never counts (it scores a ratio only when the prompt asks for one).
PHOTO_SIZE = (1080, 1350)


def _scorer() -> ModuleType:
    path = ROOT / "bench" / "data" / "intent" / "score_intent.py"
    spec = importlib.util.spec_from_file_location("score_intent", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[spec.name] = module  # type: ignore[union-attr]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def parse(prompt: str, image: dict) -> dict:
    """score_intent's parser interface, answered by our real rule parser (notes for the
    built-in engine, the renderer with no vendor key)."""
    facts = ImageFacts(
        *PHOTO_SIZE,
        faces=int(image.get("faces") or 0),
        has_sky=image.get("has_sky"),
        has_water=image.get("has_water"),
    )
    parsed = parse_rules_with_notes(prompt, facts)
    spec = parsed.spec
    return {
        "camera": spec.camera.value,
        "effects": [e.kind.value for e in spec.effects],
        "notes": [note.to_dict() for note in parsed.notes],
        "duration_s": spec.duration_s,
        "ratio": spec.ratio.value,
        "loop": spec.loop,
    }


FIELDS = [
    ("camera", "camera_accuracy", "camera_asked"),
    ("effect recall", "effect_recall", "effects_asked"),
    ("effect precision", "effect_precision", None),
    ("asked-for-or-noted", "asked_for_coverage", None),
    ("unsupported noted", "unsupported_noted", "unsupported_asked"),
    ("note precision", "note_precision", None),
    ("forbidden effect", "forbidden_effect_rate", None),
    ("duration", "duration_accuracy", "duration_asked"),
    ("ratio", "ratio_accuracy", "ratio_asked"),
    ("loop", "loop_accuracy", "loop_asked"),
]


def corpus_table(split: str) -> None:
    score = _scorer()
    items = score.load(split)
    started = time.perf_counter()
    result = score.score(items, parse)
    elapsed = time.perf_counter() - started
    langs = list(result)
    print(f"Intent corpus, split {split}: {len(items)} prompts, rule parser ({elapsed:.2f} s)\n")
    heads = [f"{lang} ({result[lang]['n']})" for lang in langs]
    print(f"{'field':<20}" + "".join(f"{head:>14}" for head in heads))
    for label, key, den in FIELDS:
        cells = []
        for lang in langs:
            value = result[lang][key]
            cell = "–" if value is None else f"{100 * value:.0f}%"
            if den is not None and value is not None:
                cell += f" /{result[lang][den]}"
            cells.append(f"{cell:>14}")
        print(f"{label:<20}" + "".join(cells))
    print(
        "\nasked-for-or-noted: share of prompts whose every asked camera move, effect and "
        "unsupported ask is in the spec or named by a note. forbidden effect: share of prompts "
        "whose spec has an effect the photo or the prompt rules out (lower is better). "
        "/k: what the rate is over."
    )


PROMPTS = [
    "",
    "zoom in",
    "make the clouds drift and her hair blow in the wind",
    "dramatic pan left with waves crashing, 15s, vertical, loop",
    "slow push in on the perfume bottle, candles flickering in the background, 4:5",
    "haz que las nubes se muevan, cámara fija, 5 segundos, en bucle",
    "fais tomber la neige doucement, pour les stories",
    "der Hund wedelt mit dem Schwanz, 3 Sek., hochkant",
]
FACTS = ImageFacts(1080, 1350, faces=1, face_boxes=((340, 300, 400, 480),), has_sky=True)


def rules_table(repeats: int = 500) -> None:
    print(f"{'rule parser, prompt':<72} {'mean µs':>8} {'p99 µs':>8}")
    for prompt in PROMPTS:
        samples = []
        for _ in range(repeats):
            started = time.perf_counter()
            parse_rules(prompt, FACTS)
            samples.append((time.perf_counter() - started) * 1e6)
        samples.sort()
        p99 = samples[int(len(samples) * 0.99)]
        print(f"{prompt[:70] or '(empty)':<72} {statistics.fmean(samples):>8.1f} {p99:>8.1f}")


def llm_table(repeats: int = 50) -> None:
    from tests.fakes import anthropic as fake_anthropic
    from tests.fakes import openai as fake_openai

    print(f"\n{'adapter (local fake)':<28} {'mean ms':>8} {'p95 ms':>8} {'parser':>10}")
    cases = [
        ("anthropic", fake_anthropic.FakeAnthropic(), fake_anthropic.API_KEY),
        ("openai", fake_openai.FakeOpenAI(), fake_openai.API_KEY),
    ]
    for provider, fake, key in cases:
        with fake:
            config = LlmConfig(api_key=key, base_url=fake.url)
            samples, parser = [], ""
            for _ in range(repeats):
                result = interpret(
                    prompt=PROMPTS[2], facts=FACTS, provider=provider, llm_config=config
                )
                samples.append(result.ms)
                parser = result.parser
            samples.sort()
            p95 = samples[int(len(samples) * 0.95)]
            print(f"{provider:<28} {statistics.fmean(samples):>8.2f} {p95:>8.2f} {parser:>10}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="test", choices=("train", "dev", "test", "all"))
    ap.add_argument("--latency", action="store_true", help="parser latency and LLM round trips")
    args = ap.parse_args(argv)
    if args.latency:
        rules_table()
        llm_table()
    else:
        corpus_table(args.split)
    return 0


if __name__ == "__main__":
    sys.exit(main())
