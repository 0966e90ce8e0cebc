"""Render the QA evaluation set: photos, clips and DIR/manifest.jsonl (deterministic, seeded).

    .venv/bin/python bench/qa_eval/build.py [--out DIR] [--workers 2] [--seed N]
                                            [--only SUBSTRING] [--limit N]
                                            [--split dev] [--family NAME ...]

DIR defaults to $STILLMOTION_VAR_DIR/qa_eval, else /tmp/stillmotion-qa-eval. Clips are never
committed. Nothing here imports pipeline/ (no engine, no QA stage, no Django).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from multiprocessing import get_context
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402

from bench.qa_eval import defects, encode, faces, generators  # noqa: E402
from bench.qa_eval.photos import build_photos, photo_by_id, write_photo  # noqa: E402
from bench.qa_eval.plan import build_plan, delivered_shape  # noqa: E402
from bench.qa_eval.scene import Scene, SourceDefect, prepare  # noqa: E402

SOURCE_FAMILIES = ("elastic_warp", "identity_swap", "identity_drift")


def default_out() -> Path:
    var = os.environ.get("STILLMOTION_VAR_DIR")
    return Path(var) / "qa_eval" if var else Path("/tmp/stillmotion-qa-eval")


def _donor(spec: str) -> faces.Donor:
    kind, _, ref = spec.partition(":")
    donor = (
        faces.lfw_donor(int(ref))
        if kind == "lfw"
        else faces.photo_donor(f"photo_{ref}", photo_by_id(ref).image)
    )
    if donor is None:
        raise RuntimeError(f"donor {spec} has no detectable face")
    return donor


def _frames_for(photo_id: str, item: dict[str, Any], w: int, h: int, n: int, source=None):  # type: ignore[no-untyped-def]
    base = item["base"]
    work = prepare(photo_by_id(photo_id), w, h, base["zoom_max"])
    scene = Scene(work, base["fps"], n, base["seed"], natural=base["natural"], defect=source)
    return generators.render(scene, w, h, n, base["fps"], base), work.scale / base["zoom_max"]


def render_item(item: dict[str, Any], out_dir: str) -> dict[str, Any]:
    start = time.perf_counter()
    cv2.setNumThreads(1)
    base, family, level = item["base"], item["family"], item["strength"]
    w, h, n = delivered_shape(item)
    params: dict[str, Any] = dict(item["defect"])
    source = None
    if family in SOURCE_FAMILIES:
        d = item["defect"]
        source = SourceDefect(
            family=family,
            level=d["level"],
            onset=d["onset"],
            donor=_donor(d["donor"]) if "donor" in d else None,
            coverage=d.get("coverage", 1.0),
        )
    if family == "wrong_scene":
        other = item["defect"]["other_photo"]
        frames, upscale = _frames_for(other, item, w, h, n)
        if item["defect"]["mode"] == "cut":
            own, upscale = _frames_for(item["photo_id"], item, w, h, n)
            cut = round(item["defect"]["cut_at"] * n)
            frames = own[:cut] + frames[cut:]
            params["cut_frame"] = cut
    else:
        frames, upscale = _frames_for(item["photo_id"], item, w, h, n, source)
    frames = defects.add_grain(frames, base["grain"], base["seed"] + 1)
    if family in defects.FRAME_DEFECTS:
        # How much the photo was enlarged: texture lives at a coarser scale in the clip then.
        detail = min(3.0, max(1.0, upscale / 1.5))
        frames, extra = defects.apply(
            family, frames, level, base["seed"] + 2, base["fps"], detail=detail
        )
        params.update(defects.describe(extra))
    clip = Path(out_dir) / "clips" / f"{item['id']}.mp4"
    encode.encode(frames, clip, base["fps"], base)
    delivered = encode.probe(clip)
    photo = photo_by_id(item["photo_id"])
    return {
        "clip": f"clips/{item['id']}.mp4",
        "photo": f"photos/{photo.photo_id}.jpg",
        "photo_id": photo.photo_id,
        "photo_kind": photo.kind,
        "photo_tags": list(photo.tags),
        "photo_group": photo.group,
        "photo_has_face": photo.has_face,
        "split": item["split"],
        "label": item["label"],
        "family": family,
        "strength": level,
        "generator": f"{base['backend']}/{base['move']}",
        "ordered": item["ordered"],
        "delivered": delivered,
        "defect": params,
        "base": base,
        "id": item["id"],
        "render_s": round(time.perf_counter() - start, 2),
    }


def _init_worker() -> None:
    cv2.setNumThreads(1)
    build_photos()


def _work(args: tuple[dict[str, Any], str]) -> dict[str, Any]:
    return render_item(*args)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--out", type=Path, default=default_out())
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--only", default="", help="render only clip ids containing this text")
    ap.add_argument("--limit", type=int, default=0, help="render at most N clips (for trials)")
    # Extra tuning sets (another --seed) need only dev clips: rendering test ones wastes time
    # and leaves held-out clips lying around for a tuner.
    ap.add_argument("--split", choices=("dev", "test"), help="render only this split")
    ap.add_argument("--family", nargs="+", default=[], help="render only these families")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    out: Path = args.out
    (out / "clips").mkdir(parents=True, exist_ok=True)
    (out / "photos").mkdir(parents=True, exist_ok=True)
    for photo in build_photos():
        write_photo(photo, str(out / "photos" / f"{photo.photo_id}.jpg"))
    plan = build_plan(args.seed)
    if args.split:
        plan = [p for p in plan if p["split"] == args.split]
    if args.family:
        plan = [p for p in plan if p["family"] in args.family]
    if args.only:
        plan = [p for p in plan if args.only in p["id"]]
    if args.limit:
        plan = plan[: args.limit]
    print(f"rendering {len(plan)} clips to {out} with {args.workers} workers", flush=True)
    rows: list[dict[str, Any]] = []
    jobs = [(item, str(out)) for item in plan]
    if args.workers > 1:
        # spawn, not fork: OpenCV's and ONNX's thread pools do not survive a fork.
        with get_context("spawn").Pool(args.workers, initializer=_init_worker) as pool:
            for i, row in enumerate(pool.imap_unordered(_work, jobs, chunksize=1)):
                rows.append(row)
                if (i + 1) % 20 == 0:
                    print(f"  {i + 1}/{len(jobs)}  {time.perf_counter() - t0:.0f} s", flush=True)
    else:
        rows = [_work(j) for j in jobs]
    rows.sort(key=lambda r: r["id"])
    with open(out / "manifest.jsonl", "w") as fh:
        for row in rows:
            fh.write(json.dumps(row, sort_keys=True) + "\n")
    elapsed = time.perf_counter() - t0
    counts = Counter((r["split"], r["family"]) for r in rows)
    summary = {
        "clips": len(rows),
        "seconds": round(elapsed, 1),
        "counts": {f"{s}/{f}": c for (s, f), c in sorted(counts.items())},
        "seed": args.seed,
    }
    (out / "summary.json").write_text(json.dumps(summary, indent=2))
    print(_table(rows))
    print(f"{len(rows)} clips in {elapsed:.0f} s -> {out / 'manifest.jsonl'}")
    return 0


def _table(rows: list[dict[str, Any]]) -> str:
    fams = ["faithful", *sorted({r["family"] for r in rows} - {"faithful"})]
    lines = ["| family | dev | test |", "| --- | --- | --- |"]
    for f in fams:
        d = sum(1 for r in rows if r["family"] == f and r["split"] == "dev")
        t = sum(1 for r in rows if r["family"] == f and r["split"] == "test")
        lines.append(f"| {f} | {d} | {t} |")
    d = sum(1 for r in rows if r["split"] == "dev")
    t = sum(1 for r in rows if r["split"] == "test")
    lines.append(f"| all | {d} | {t} |")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
