"""Intent benchmark: rule-parser latency per prompt, and LLM adapter round trips against
the local vendor fakes (so it measures our overhead, not a vendor's model).

    .venv/bin/python bench/intent.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from engine.intent.rules import ImageFacts, LlmConfig, interpret, parse_rules
from tests.fakes import anthropic as fake_anthropic
from tests.fakes import openai as fake_openai

PROMPTS = [
    "",
    "zoom in",
    "make the clouds drift and her hair blow in the wind",
    "dramatic pan left with waves crashing, 15s, vertical, loop",
    "slow push in on the perfume bottle, candles flickering in the background, 4:5",
    "bring this old photo of my grandmother to life, gentle, 5 seconds, square",
    "static camera, seamless loop of the waterfall and the leaves swaying, 16:9",
    "the dog wags its tail, handheld, 3 sec",
]
FACTS = ImageFacts(1080, 1350, faces=1, face_boxes=((340, 300, 400, 480),), has_sky=True)


def rules_table(repeats: int = 2000) -> None:
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


if __name__ == "__main__":
    rules_table()
    llm_table()
