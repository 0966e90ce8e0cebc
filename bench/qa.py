"""QA benchmark on the evaluation set: clips the QA stage (and its engine) never made.

The set comes from bench/qa_eval (four other generators, ten defect families at three
strengths, split dev/test by photo group). Build it first (about 13 CPU-minutes):

    .venv/bin/python bench/qa_eval/build.py [--out DIR] [--workers 2]

then score one split:

    .venv/bin/python bench/qa.py [--data DIR] [--split dev|test] [--errors] [--limit N]

DIR defaults to $STILLMOTION_VAR_DIR/qa_eval, else /tmp/stillmotion-qa-eval (as build.py).
`--split` defaults to test: the figures to report. Tune on dev only; `--errors` lists the
misclassified clips and refuses to run on test, so test stays untouched by tuning.

Printed (tables, no verdict): ROC AUC with the score as the ranking (faithful above defect),
the false-reject rate on faithful clips at the production threshold, recall per defect family
and per strength, false rejects per photo kind, and QA time per clip: decode and QA alone,
raw p50/p95, and per 3 s 720p clip (720p clips only, scaled by frame count to 72 frames);
wall time and CPU time (all threads of the process): on a shared, overloaded machine the CPU
time is the better estimate of what an idle core would take.
The photo's faces are found once per photo beforehand, as the pipeline does.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import cv2

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from engine.qa.assess import DEFAULT_THRESHOLD, ExpectedClip, assess
from engine.vision.faces import detect_faces
from engine.vision.frames import decode_clip

REFERENCE_FRAMES = 72  # a 3 s clip at 24 fps


def default_data() -> Path:
    var = os.environ.get("STILLMOTION_VAR_DIR")
    return Path(var) / "qa_eval" if var else Path("/tmp/stillmotion-qa-eval")


@dataclass
class Row:
    id: str
    family: str
    strength: int
    kind: str
    faithful: bool
    score: float
    passed: bool
    issues: list[str]
    parts: dict[str, float]
    decode_ms: float
    qa_ms: float
    decode_cpu_ms: float
    qa_cpu_ms: float
    frames: int
    is_720p: bool


def roc_auc(positives: list[float], negatives: list[float]) -> float:
    """Probability that a faithful clip scores above a defective one (ties count half)."""
    wins = 0.0
    for p in positives:
        for q in negatives:
            wins += 1.0 if p > q else 0.5 if p == q else 0.0
    return wins / max(1, len(positives) * len(negatives))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else 0.0


def score_split(data: Path, split: str, limit: int | None, threshold: float) -> list[Row]:
    items = [json.loads(line) for line in (data / "manifest.jsonl").read_text().splitlines()]
    items = [it for it in items if it["split"] == split][:limit]
    photos: dict[str, tuple] = {}
    rows: list[Row] = []
    for done, it in enumerate(items, 1):
        if it["photo"] not in photos:
            bgr = cv2.imread(str(data / it["photo"]), cv2.IMREAD_COLOR)
            photos[it["photo"]] = (bgr, detect_faces(bgr))
        photo_bgr, faces = photos[it["photo"]]
        o = it["ordered"]
        expected = ExpectedClip(o["width"], o["height"], o["frames"], o["duration_s"])
        t0, c0 = time.perf_counter(), time.process_time()
        decoded = decode_clip(data / it["clip"], expected_frames=expected.frames)
        t1, c1 = time.perf_counter(), time.process_time()
        report = assess(
            photo_bgr=photo_bgr,
            clip=decoded,
            expected=expected,
            photo_faces=faces,
            threshold=threshold,
        )
        t2, c2 = time.perf_counter(), time.process_time()
        rows.append(
            Row(
                id=it["id"],
                family=it["family"],
                strength=int(it["strength"]),
                kind=it["photo_kind"],
                faithful=it["label"] == "faithful",
                score=report.score,
                passed=report.passed,
                issues=report.issues,
                parts=report.parts,
                decode_ms=(t1 - t0) * 1000,
                qa_ms=(t2 - t1) * 1000,
                decode_cpu_ms=(c1 - c0) * 1000,
                qa_cpu_ms=(c2 - c1) * 1000,
                frames=decoded.frames,
                is_720p=min(decoded.width, decoded.height) == 720
                and max(decoded.width, decoded.height) == 1280,
            )
        )
        if done % 20 == 0:
            print(f"  {done}/{len(items)}", file=sys.stderr)
    return rows


def print_tables(rows: list[Row], split: str, threshold: float) -> None:
    good = [r for r in rows if r.faithful]
    bad = [r for r in rows if not r.faithful]
    rejected = [r for r in good if not r.passed]
    print(f"## QA on the {split} split: {len(good)} faithful, {len(bad)} defect clips")
    print(f"production threshold {threshold:.2f}\n")
    print("| measure | value |\n| --- | --- |")
    print(f"| ROC AUC (score as ranking) | {roc_auc([r.score for r in good], [r.score for r in bad]):.3f} |")  # fmt: skip
    print(f"| faithful falsely rejected | {len(rejected)}/{len(good)} ({100 * len(rejected) / max(1, len(good)):.1f} %) |")  # fmt: skip
    print(f"| defects caught (all families) | {sum(not r.passed for r in bad)}/{len(bad)} |\n")

    print("| family | caught | recall | s1 | s2 | s3 | max score |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    families: dict[str, list[Row]] = defaultdict(list)
    for r in bad:
        families[r.family].append(r)
    for family in sorted(families):
        hits = families[family]
        caught = sum(not r.passed for r in hits)
        by_strength = []
        for s in (1, 2, 3):
            level = [r for r in hits if r.strength == s]
            by_strength.append(f"{sum(not r.passed for r in level)}/{len(level)}")
        print(
            f"| {family} | {caught}/{len(hits)} | {caught / len(hits):.2f} | "
            f"{' | '.join(by_strength)} | {max(r.score for r in hits):.2f} |"
        )
    print()
    print("| photo kind | faithful | falsely rejected | min score |")
    print("| --- | --- | --- | --- |")
    kinds: dict[str, list[Row]] = defaultdict(list)
    for r in good:
        kinds[r.kind].append(r)
    for kind in sorted(kinds):
        group = kinds[kind]
        print(
            f"| {kind} | {len(group)} | {sum(not r.passed for r in group)} | "
            f"{min(r.score for r in group):.2f} |"
        )
    print()
    print("| time per clip (ms) | p50 | p95 | clips |")
    print("| --- | --- | --- | --- |")
    for name, values in (
        ("decode, as delivered", [r.decode_ms for r in rows]),
        ("QA after decode, as delivered", [r.qa_ms for r in rows]),
    ):
        print(f"| {name} | {statistics.median(values):.0f} | {percentile(values, 0.95):.0f} | {len(values)} |")  # fmt: skip
    hd = [r for r in rows if r.is_720p]
    if hd:
        for name, values in (
            ("decode, 3 s 720p", [r.decode_ms * REFERENCE_FRAMES / r.frames for r in hd]),
            ("QA after decode, 3 s 720p", [r.qa_ms * REFERENCE_FRAMES / r.frames for r in hd]),
            (
                "decode + QA, 3 s 720p",
                [(r.decode_ms + r.qa_ms) * REFERENCE_FRAMES / r.frames for r in hd],
            ),
            ("CPU: decode, 3 s 720p", [r.decode_cpu_ms * REFERENCE_FRAMES / r.frames for r in hd]),
            (
                "CPU: QA after decode, 3 s 720p",
                [r.qa_cpu_ms * REFERENCE_FRAMES / r.frames for r in hd],
            ),
        ):
            print(f"| {name} | {statistics.median(values):.0f} | {percentile(values, 0.95):.0f} | {len(values)} |")  # fmt: skip
    print(f"\nmachine load average when done: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")


def print_errors(rows: list[Row]) -> None:
    wrong = [r for r in rows if r.passed != r.faithful]
    print(f"\n## misclassified ({len(wrong)})\n")
    for r in sorted(wrong, key=lambda r: (r.family, r.id)):
        low = ", ".join(
            f"{k} {v:.2f}" for k, v in sorted(r.parts.items(), key=lambda kv: kv[1])[:3]
        )
        print(f"- {r.id} score {r.score:.2f} ({low}): {'; '.join(r.issues) or 'no issues'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data())
    parser.add_argument("--split", choices=("dev", "test"), default="test")
    parser.add_argument("--errors", action="store_true", help="list misclassified clips (dev)")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    args = parser.parse_args()
    if args.errors and args.split != "dev":
        parser.error("--errors is for the dev split only: looking at test errors is tuning on test")
    if not (args.data / "manifest.jsonl").is_file():
        parser.error(
            f"no evaluation set in {args.data}: build it with "
            f".venv/bin/python bench/qa_eval/build.py --out {args.data}"
        )
    rows = score_split(args.data, args.split, args.limit, args.threshold)
    print_tables(rows, args.split, args.threshold)
    if args.errors:
        print_errors(rows)


if __name__ == "__main__":
    main()
