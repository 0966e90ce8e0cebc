"""Safety gate benchmark: the layered prompt classifier on the labelled corpus, the photo side,
and the gate's latency. Prints tables; never passes or fails.

    .venv/bin/python bench/safety.py                 # test split + paraphrase split + photo
    .venv/bin/python bench/safety.py --split dev     # one split (train, dev, test, paraphrase, fresh...)
    .venv/bin/python bench/safety.py --split dev --errors   # list the errors (not test/paraphrase/fresh)
    .venv/bin/python bench/safety.py --split extra_dev      # the extra set (make_extra.py)
    .venv/bin/python bench/safety.py --split extra14_dev    # round N (make_extraN.py, N = 3 ... 35;
                                                            # rounds 4-35 written blind)
    .venv/bin/python bench/safety.py --split fresh --no-photo   # the blind set (make_fresh.py)

1. Prompts (bench/data/safety/*.tsv, see its README): per policy category, recall (blocked at
   all), category recall (the reported category is the label or one in `also`) and precision
   (of the prompts reported as that category, how many have it as label or `also`); the benign
   false-positive rate; recall and false positives per language and per obfuscation; which
   layer decided; time per prompt, embedded layers only (rules + MiniLM + heads).
   The test, paraphrase and fresh splits are for reporting only: their errors are never
   listed, so nobody tunes on them (`--errors` refuses them). `fresh` was written blind (its
   author never saw the classifier or the other splits) and is only run when asked for.
2. The photo side: face detection on images that ship in wheels, the apparent-child heuristic
   on adult faces (no child photo ships offline, so only its false-positive side is measured),
   protected identities (enrolment photo, transforms, different people), open_nsfw scores.
3. The whole gate on a 12 MP photo + prompt, models loaded once: p50 / p95 wall and CPU, from
   the JPEG file (decode included) and from the decoded 12 MP array (`--gate`: this part only).
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from engine.motion.image import load_bgr
from engine.safety import screening as safety
from engine.safety.policy import PROMPT_CATEGORIES
from engine.vision.faces import detect_faces

DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA / "safety"
HELD_OUT = ("test", "paraphrase")  # what a run without --split reports
# The extra rounds on disk (make_extra*.py): "" for extra_, then 3, 4, 5 ...
ROUNDS = tuple(
    sorted(
        (
            p.name.removeprefix("extra").removesuffix("_train.tsv")
            for p in CORPUS.glob("extra*_train.tsv")
        ),
        key=lambda n: int(n or 0),
    )
)
SPLITS = (
    "train",
    "dev",
    *(f"extra{n}_{half}" for n in ROUNDS for half in ("train", "dev")),
    "lookalikes_train",
    "test",
    "paraphrase",
    "fresh",
)
# Reporting only: never tuned on, so their errors are never listed (extra5_dev onwards: the
# check sets of the blind rounds, kept untouched while the gate was fixed on their train halves).
REPORT_ONLY = (*HELD_OUT, "fresh", *(f"extra{n}_dev" for n in ROUNDS if n and int(n) >= 5))
WORKING_SIDE = 1600  # pipeline.flow.context.WORKING_SIDE: the photo as the gate stage sees it


def load(split: str) -> list[dict[str, str]]:
    with (CORPUS / f"{split}.tsv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * (len(ordered) - 1) + 0.5))]


def rate(num: int, den: int) -> str:
    return f"{num / den:.3f} ({num}/{den})" if den else "-"


def bench_split(split: str, *, show_errors: bool) -> None:
    rows = load(split)
    results = []
    times: list[float] = []
    cpu: list[float] = []
    load_before = os.getloadavg()[0]
    for row in rows:
        t0, c0 = time.perf_counter(), time.process_time()
        verdict = safety.classify_prompt(row["prompt"])
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
        results.append((row, verdict))
    harmful = [(r, v) for r, v in results if r["label"] != "benign"]
    benign = [(r, v) for r, v in results if r["label"] == "benign"]
    print(f"\n== prompts: {split} split, {len(rows)} prompts ({len(benign)} benign)")
    print(f"{'category':16} {'n':>4} {'recall':>15} {'category recall':>16} {'precision':>16}")
    for cat in (str(c) for c in PROMPT_CATEGORIES):
        mine = [(r, v) for r, v in harmful if r["label"] == cat]
        blocked = sum(not v.allowed for _, v in mine)
        right = sum(_right(r, v) for r, v in mine)
        reported = [(r, v) for r, v in results if v.category == cat]
        correct = sum(cat == r["label"] or cat in _also(r) for r, _ in reported)
        print(
            f"{cat:16} {len(mine):4d} {rate(blocked, len(mine)):>15} "
            f"{rate(right, len(mine)):>16} {rate(correct, len(reported)):>16}"
        )
    blocked_all = sum(not v.allowed for _, v in harmful)
    fps = [(r, v) for r, v in benign if not v.allowed]
    print(f"overall recall (harmful blocked): {rate(blocked_all, len(harmful))}")
    print(f"benign false-positive rate: {rate(len(fps), len(benign))}")
    by_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    by_obf: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row, verdict in results:
        for table, key in ((by_lang, row["lang"]), (by_obf, row["obfuscation"])):
            cell = table[key]
            if row["label"] == "benign":
                cell[2] += 1
                cell[3] += not verdict.allowed
            else:
                cell[0] += 1
                cell[1] += not verdict.allowed
    for title, table in (("language", by_lang), ("obfuscation", by_obf)):
        print(f"{title:12} {'recall':>17} {'benign FP':>15}")
        for key in sorted(table):
            n, b, nb, fp = table[key]
            print(f"{key:12} {rate(b, n):>17} {rate(fp, nb):>15}")
    layers = Counter(v.layer for _, v in results if not v.allowed)
    print("decided by: " + ", ".join(f"{k} {n}" for k, n in layers.most_common()))
    print(
        f"time per prompt (embedded layers): wall p50 {statistics.median(times):.1f} ms, "
        f"p95 {pct(times, 0.95):.1f} ms, max {max(times):.1f} ms; CPU p50 "
        f"{statistics.median(cpu):.1f} ms, p95 {pct(cpu, 0.95):.1f} ms (load average "
        f"{load_before:.1f} -> {os.getloadavg()[0]:.1f})"
    )
    if show_errors:
        for row, verdict in fps:
            print(f"  false positive [{verdict.category} by {verdict.layer}]: {row['prompt']}")
        for row, verdict in harmful:
            if verdict.allowed:
                print(f"  missed [{row['label']} {row['lang']}]: {row['prompt']}")
            elif not _right(row, verdict):
                print(f"  blocked as {verdict.category}, labelled {row['label']}: {row['prompt']}")


def _also(row: dict[str, str]) -> set[str]:
    return {a.strip() for a in row.get("also", "").split(",") if a.strip()}


def _right(row: dict[str, str], verdict: safety.PromptVerdict) -> bool:
    return verdict.category is not None and (
        verdict.category == row["label"] or str(verdict.category) in _also(row)
    )


# -- the photo side -------------------------------------------------------------------------
def base_images() -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    import matplotlib.cbook as cbook
    from skimage import data

    def bgr(img: np.ndarray) -> np.ndarray:
        return cv2.cvtColor(img, cv2.COLOR_GRAY2BGR if img.ndim == 2 else cv2.COLOR_RGB2BGR)

    hopper = cv2.imread(str(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)))
    faces = {"astronaut": bgr(data.astronaut()), "hopper": hopper, "camera": bgr(data.camera())}
    others = {
        "coffee": bgr(data.coffee()),
        "chelsea": bgr(data.chelsea()),
        "coins": bgr(data.coins()),
        "moon": bgr(data.moon()),
        "rocket": bgr(data.rocket()),
        "brick": bgr(data.brick()),
        "grass": bgr(data.grass()),
    }
    return faces, others


def transforms(img: np.ndarray) -> dict[str, np.ndarray]:
    h, w = img.shape[:2]
    rot = cv2.getRotationMatrix2D((w / 2, h / 2), 20, 1.0)
    return {
        "original": img,
        "small": cv2.resize(img, (w // 3, h // 3), interpolation=cv2.INTER_AREA),
        "rotated20": cv2.warpAffine(img, rot, (w, h), borderMode=cv2.BORDER_REFLECT),
        "dark": cv2.convertScaleAbs(img, alpha=0.35, beta=0),
        "blurred": cv2.GaussianBlur(img, (0, 0), 2.5),
        "large12mp": cv2.resize(img, (4000, 3000) if w >= h else (3000, 4000)),
    }


def two_faces(a: np.ndarray, b: np.ndarray, *, b_scale: float = 1.0) -> np.ndarray:
    height = 600
    ra = cv2.resize(a, (round(a.shape[1] * height / a.shape[0]), height))
    hb = round(height * b_scale)
    rb = cv2.resize(b, (round(b.shape[1] * hb / b.shape[0]), hb))
    rb = cv2.copyMakeBorder(rb, height - hb, 0, 0, 0, cv2.BORDER_CONSTANT, value=(128, 128, 128))
    return np.hstack([ra, rb])


def bench_faces() -> None:
    faces, others = base_images()
    hits, total, false_pos, neg_total = 0, 0, 0, 0
    misses: list[str] = []
    print("\n== face detection (YuNet int8, detect at 640 px long side)")
    for name, img in faces.items():
        for tname, timg in transforms(img).items():
            total += 1
            found = len(detect_faces(timg))
            hits += found >= 1
            if found < 1:
                misses.append(f"{name}/{tname}")
    pair = two_faces(faces["astronaut"], faces["hopper"])
    found_pair = len(detect_faces(pair))
    total += 1
    hits += found_pair >= 2
    for name, img in others.items():
        for tname, timg in transforms(img).items():
            neg_total += 1
            if detect_faces(timg):
                false_pos += 1
                misses.append(f"false face in {name}/{tname}")
    print(f"face images found: {hits}/{total} (two-faces frame: {found_pair} found)")
    print(f"non-face images with a false face: {false_pos}/{neg_total}")
    for m in misses:
        print(f"  {m}")


def bench_apparent_child() -> None:
    """Adults only: the heuristic's false-positive side. No photo of a child ships in any
    installed wheel, so how many children it catches is not measured here."""
    from skimage import data

    faces, _ = base_images()
    print("\n== apparent child (face proportion + relative size), adult faces only")
    flagged, total, ratios = 0, 0, []
    for name, img in faces.items():
        for tname, timg in transforms(img).items():
            boxes = detect_faces(timg)
            for box, child in zip(boxes, safety.apparent_child(boxes), strict=True):
                total += 1
                flagged += child
                ratios.append(safety.face_proportion(box))
                if child:
                    print(f"  flagged as a child: {name}/{tname}")
    lfw = data.lfw_subset()[:100]  # the first 100 are 25x25 adult face crops
    for crop in lfw:
        img = cv2.resize((crop * 255).astype(np.uint8), (200, 200), interpolation=cv2.INTER_CUBIC)
        boxes = detect_faces(cv2.cvtColor(img, cv2.COLOR_GRAY2BGR))
        for box, child in zip(boxes, safety.apparent_child(boxes), strict=True):
            total += 1
            flagged += child
            ratios.append(safety.face_proportion(box))
    for b_scale in (1.0, 0.6, 0.45):  # two adults, the second further from the camera
        pair = two_faces(faces["astronaut"], faces["hopper"], b_scale=b_scale)
        boxes = detect_faces(pair)
        kids = safety.apparent_child(boxes)
        print(f"  two adults, second at {b_scale:.2f} scale: {sum(kids)} of {len(boxes)} flagged")
    print(f"adult faces flagged as children: {rate(flagged, total)}")
    if ratios:
        print(
            f"eye-to-mouth / eye distance on adults: min {min(ratios):.2f}, "
            f"median {statistics.median(ratios):.2f}, max {max(ratios):.2f} "
            f"(threshold {safety.CHILD_FACE_RATIO})"
        )


def bench_identity() -> None:
    faces, _ = base_images()
    print("\n== protected identity (SFace cosine, threshold 0.5)")
    print("offline images: one photo each of Eileen Collins (skimage astronaut) and Grace")
    print("Hopper (matplotlib); no second, different photo of either ships in any wheel, so")
    print("'same person' below is the enrolment photo transformed, not a different photo.")
    enrolled = safety.embed_protected_face(faces["astronaut"], label="astronaut")
    policy = safety.SafetyPolicy(faces="allow", protected_embeddings=(enrolled,))
    for tname, timg in transforms(faces["astronaut"]).items():
        boxes = detect_faces(timg)
        sim, _ = safety._protected_match(timg, boxes, policy)
        print(f"  astronaut/{tname:10} similarity {sim:.2f}")
    for name in ("hopper", "camera"):
        boxes = detect_faces(faces[name])
        sim, _ = safety._protected_match(faces[name], boxes, policy)
        print(f"  different person {name:10} similarity {sim:.2f}")


def bench_nsfw() -> None:
    faces, others = base_images()
    print("\n== open_nsfw scores")
    for name, img in {**faces, **others}.items():
        print(f"  {name:10} {safety.nsfw_score(img):.3f}")
    proxy = cv2.imread(str(DATA / "unsafe_proxy.png"))
    frame = cv2.resize(proxy, (720, 1280), interpolation=cv2.INTER_CUBIC)
    print(f"  {'proxy':10} {safety.nsfw_score(frame):.3f}  (synthetic stand-in for explicit)")


def bench_gate() -> None:
    """The gate as a job meets it: a 12 MP JPEG decoded to the working size the stages use
    (`load_bgr(max_side=WORKING_SIDE)`, as `manage.py gate --image` and the worker do), then
    `check`; and, for comparison with earlier runs, `check` handed the 12 MP array itself."""
    faces, _ = base_images()
    photo = cv2.resize(faces["astronaut"], (4000, 3000), interpolation=cv2.INTER_CUBIC)
    jpeg = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, 92])[1].tobytes()
    protected = safety.embed_protected_face(faces["hopper"], label="hopper")
    policy = safety.SafetyPolicy(faces="allow", protected_embeddings=(protected,))
    prompt = "slow push in, make her hair blow in the wind"
    safety.check(prompt=prompt, image_bgr=photo, policy=policy)  # warm: models load once
    runs = 30
    print("\n== gate on a 12 MP photo (4000x3000, one face, one protected identity) + prompt")
    print(f"load average before: {' '.join(f'{v:.1f}' for v in os.getloadavg())}")
    cases = {
        "JPEG file -> load_bgr(1600) -> check": lambda p: safety.check(
            prompt=p, image_bgr=load_bgr(jpeg, max_side=WORKING_SIDE), policy=policy
        ),
        "12 MP array -> check": lambda p: safety.check(prompt=p, image_bgr=photo, policy=policy),
    }
    for name, run in cases.items():
        walls, cpus, parts = [], [], Counter[str]()
        for i in range(runs):
            t0, c0 = time.perf_counter(), time.process_time()
            # A different prompt each run, so no cache helps the prompt layers.
            verdict = run(f"{prompt}, take {i}")
            walls.append((time.perf_counter() - t0) * 1000)
            cpus.append((time.process_time() - c0) * 1000)  # every thread of the process
            parts.update(verdict.timings_ms)
        print(f"{name}: allowed={verdict.allowed} faces={verdict.faces}")
        print(
            f"  wall p50 {statistics.median(walls):.1f} ms, p95 {pct(walls, 0.95):.1f} ms, "
            f"max {max(walls):.1f} ms; CPU p50 {statistics.median(cpus):.1f} ms, "
            f"p95 {pct(cpus, 0.95):.1f} ms"
        )
        print("  mean per step: " + ", ".join(f"{k} {v / runs:.1f} ms" for k, v in parts.items()))
    print(f"load average after: {' '.join(f'{v:.1f}' for v in os.getloadavg())}")
    print(f"model loads in this process: {safety.loaded_model_count()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=SPLITS,
        default=None,
    )
    parser.add_argument(
        "--errors", action="store_true", help="list errors (not test/paraphrase/fresh)"
    )
    parser.add_argument("--no-photo", action="store_true", help="prompts only")
    parser.add_argument("--gate", action="store_true", help="only the 12 MP gate timing")
    args = parser.parse_args()
    if args.gate:
        bench_gate()
        return
    if args.errors and args.split in (*REPORT_ONLY, None):
        parser.error(
            "errors are listed for train and dev only: test, paraphrase and fresh stay unseen"
        )
    for split in [args.split] if args.split else list(HELD_OUT):
        bench_split(split, show_errors=args.errors)
    if not args.no_photo:
        bench_faces()
        bench_apparent_child()
        bench_identity()
        bench_nsfw()
        bench_gate()


if __name__ == "__main__":
    main()
