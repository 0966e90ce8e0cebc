"""Benchmark of the embedded motion engine (engine/motion). Prints tables; never fails.

    .venv/bin/python bench/motion.py [--runs 3] [--skip-memory] [--skip-others]
        [--skip-quality] [--skip-overlays] [--only-overlays snow,rain,...]

1. 3 s, 24 fps, 720x1280 push-in from a 12 MP JPEG: full engine vs the encoder alone on the
   same frames (the floor), vs MoviePy and ffmpeg's zoompan making the same clip.
2. The same clip with ONE overlay (each kind in turn), and with a brushed flow: full engine
   vs the encoder alone on that clip's own frames (overlays change what the encoder has to
   do, so each row has its own floor). Goal: within 1.25x of the floor.
3. Peak memory (ru_maxrss, in a subprocess) for 5 s 1080x1920 from a 24 MP JPEG.
4. Quality: borders, frame-difference smoothness, decode-back checks, for every move.
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from engine.motion import engine  # noqa: E402
from engine.motion.encode import ClipEncoder, decode_bgr_frames, probe  # noqa: E402
from engine.motion.engine import render  # noqa: E402
from engine.motion.overlays import OVERLAYS  # noqa: E402
from engine.spec import (  # noqa: E402
    BrushArrow,
    CameraMove,
    EffectKind,
    GenerationSpec,
    MotionBrush,
    RegionEffect,
    Resolution,
)

# The brushed row: the lower-left third of the photo flows right, one anchor in it.
BENCH_BRUSH = MotionBrush(
    region=((0.05, 0.55), (0.6, 0.55), (0.6, 0.95), (0.05, 0.95)),
    arrows=(BrushArrow(start=(0.15, 0.75), end=(0.35, 0.75)),),
    anchors=((0.5, 0.9),),
)


def make_photo(path: Path, width: int, height: int) -> Path:
    """A real photo (skimage astronaut) scaled up, with sensor-like grain so it encodes like one."""
    from skimage import data

    rgb = data.astronaut()
    big = cv2.resize(cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), (width, height), cv2.INTER_CUBIC)
    grain = np.random.default_rng(0).normal(0, 5, big.shape[:2]).astype(np.float32)
    big = np.clip(big.astype(np.float32) + grain[..., None], 0, 255).astype(np.uint8)
    cv2.imwrite(str(path), big, [cv2.IMWRITE_JPEG_QUALITY, 90])
    return path


def median_time(fn: Callable[[], object], runs: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def table(title: str, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=True)]
    print(f"\n## {title}\n")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print("| " + " | ".join("-" * w for w in widths) + " |")
    for row in rows:
        print("| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) + " |")


# -- competitors -------------------------------------------------------------------------
def moviepy_push_in(photo: Path, out: Path, spec: GenerationSpec) -> None:
    """How MoviePy-based generators do a Ken Burns push-in (resize per frame, composite)."""
    from moviepy import CompositeVideoClip, ImageClip

    out_w, out_h = spec.size
    img = cv2.imread(str(photo))
    h, w = img.shape[:2]
    crop_w = round(h * out_w / out_h)
    x0 = (w - crop_w) // 2
    # Pre-scale once to the output size (what the faster generators do).
    base = cv2.resize(img[:, x0 : x0 + crop_w], (out_w, out_h), interpolation=cv2.INTER_AREA)
    clip = (
        ImageClip(cv2.cvtColor(base, cv2.COLOR_BGR2RGB))
        .with_duration(spec.duration_s)
        .resized(lambda t: 1.0 + 0.19 * t / spec.duration_s)
        .with_position("center")
    )
    comp = CompositeVideoClip([clip], size=(out_w, out_h)).with_duration(spec.duration_s)
    comp.write_videofile(
        str(out),
        fps=spec.fps,
        codec="libx264",
        preset="veryfast",
        ffmpeg_params=["-crf", "23", "-pix_fmt", "yuv420p"],
        audio=False,
        logger=None,
    )


def zoompan_push_in(photo: Path, out: Path, spec: GenerationSpec) -> None:
    """ffmpeg's zoompan filter (imageio-ffmpeg's static binary)."""
    import imageio_ffmpeg

    out_w, out_h = spec.size
    n = spec.frame_count
    step = 0.19 / n
    vf = (
        f"crop=ih*{out_w}/{out_h}:ih,scale={round(out_w * 1.19)}:{round(out_h * 1.19)},"
        f"zoompan=z='min(zoom+{step:.5f},1.19)':d={n}:x='iw/2-(iw/zoom/2)':"
        f"y='ih/2-(ih/zoom/2)':s={out_w}x{out_h}:fps={spec.fps},format=yuv420p"
    )
    cmd = [
        imageio_ffmpeg.get_ffmpeg_exe(), "-y", "-loglevel", "error", "-i", str(photo),
        "-vf", vf, "-frames:v", str(n), "-c:v", "libx264", "-preset", "veryfast",
        "-crf", "23", "-movflags", "+faststart", str(out),
    ]  # fmt: skip
    subprocess.run(cmd, check=True)


# -- sections ----------------------------------------------------------------------------
def speed(tmp: Path, runs: int, others: bool) -> None:
    photo = make_photo(tmp / "12mp.jpg", 4000, 3000)
    spec = GenerationSpec(camera=CameraMove.PUSH_IN, duration_s=3.0, fps=24)
    out = tmp / "engine.mp4"
    results: list[engine.RenderResult] = []

    def run_engine() -> None:
        results.append(render(source=photo, spec=spec, out_path=out, poster_path=tmp / "p.jpg"))

    run_engine()  # warm-up (imports, first allocations)
    results.clear()
    t_engine, all_engine = median_time(run_engine, runs)
    # The engine's own frames, made ahead and held in memory, for the encoder-only floor.
    scene = engine.prepare_scene(photo, spec)
    frames = list(engine.generate_frames(scene, spec.frame_count))

    def run_encoder() -> None:
        w, h = spec.size
        with ClipEncoder(tmp / "floor.mp4", width=w, height=h, fps=spec.fps) as enc:
            for frame in frames:
                enc.write(frame.copy())

    t_floor, _ = median_time(run_encoder, runs)
    rows = [
        ["engine (render + encode, from JPEG)", f"{t_engine:.3f}", "1.00", "≤ 1.0 s"],
        ["encoder alone, same frames", f"{t_floor:.3f}", f"{t_engine / t_floor:.2f}", "≤ 1.25"],
    ]
    if others:
        t_mp, _ = median_time(lambda: moviepy_push_in(photo, tmp / "mp.mp4", spec), runs)
        t_zp, _ = median_time(lambda: zoompan_push_in(photo, tmp / "zp.mp4", spec), runs)
        rows.append(["MoviePy push-in", f"{t_mp:.3f}", f"{t_mp / t_engine:.2f}", "≥ 3"])
        rows.append(["ffmpeg zoompan push-in", f"{t_zp:.3f}", f"{t_zp / t_engine:.2f}", "≥ 1"])
    table(
        "Speed: 3 s 24 fps 720x1280 push-in from a 12 MP JPEG (median of "
        f"{runs}; ratio column = engine/encoder for the floor, other/engine for rivals)",
        ["what", "seconds", "ratio", "goal"],
        rows,
    )
    keys = ["load", "analyse", "render", "encode", "frames", "poster", "total"]
    stage_rows = [[k, f"{statistics.median(r.timings_ms[k] for r in results):.0f}"] for k in keys]
    table(
        "Engine stages, ms (render and encode overlap; 'frames' is their wall time)",
        ["stage", "ms"],
        stage_rows,
    )
    runs_text = ", ".join(f"{t:.3f}" for t in all_engine)
    print(f"\nengine runs: {runs_text} s; clip {out.stat().st_size // 1024} kB")


def encoder_floor(frames: list[np.ndarray], spec: GenerationSpec, out: Path, runs: int) -> float:
    """Median seconds for the encoder alone to encode `frames` (held in memory)."""

    def run_encoder() -> None:
        w, h = spec.size
        with ClipEncoder(out, width=w, height=h, fps=spec.fps) as enc:
            for frame in frames:
                enc.write(frame.copy())

    return median_time(run_encoder, runs)[0]


def overlay_speed(tmp: Path, runs: int, only: set[str] | None) -> None:
    photo = tmp / "12mp.jpg"
    if not photo.exists():
        make_photo(photo, 4000, 3000)
    base = GenerationSpec(camera=CameraMove.PUSH_IN, duration_s=3.0, fps=24)
    cases: list[tuple[str, GenerationSpec]] = [("none (plain push-in)", base)]
    cases += [
        (kind.value, base.with_changes(effects=(RegionEffect(kind),)))
        for kind in sorted(OVERLAYS, key=lambda k: k.value)
    ]
    cases.append(("brush (flow)", base.with_changes(brush=BENCH_BRUSH)))
    rows = []
    out = tmp / "overlay.mp4"
    for name, spec in cases:
        if only and name.split()[0] not in only:
            continue
        # The clip's own frames (as the encoder gets them) for its floor, and the CPU the
        # frame producer spends per frame on the path render() takes.
        scene = engine.prepare_scene(photo, spec)
        i420 = engine.fits_i420(scene)
        cpu = time.process_time()
        frames = [f.copy() for f in engine.generate_frames(scene, spec.frame_count)]
        if i420:
            scene = engine.prepare_scene(photo, spec)
            cpu = time.process_time()
            for _ in engine.generate_i420(scene, spec.frame_count, ring=6):
                pass
        frame_ms = (time.process_time() - cpu) * 1000 / spec.frame_count
        render(source=photo, spec=spec, out_path=out)  # warm-up
        # Engine and floor runs alternate, so each pair sees about the same machine load. CPU
        # seconds (all threads of this process) are a second measure that a busy machine
        # disturbs less than wall time.
        engine_s, floor_s, engine_cpu, floor_cpu = [], [], [], []
        for _ in range(runs):
            cpu = time.process_time()
            engine_s.append(
                median_time(lambda spec=spec: render(source=photo, spec=spec, out_path=out), 1)[0]
            )
            engine_cpu.append(time.process_time() - cpu)
            cpu = time.process_time()
            floor_s.append(encoder_floor(frames, spec, tmp / "floor.mp4", 1))
            floor_cpu.append(time.process_time() - cpu)
        del frames
        ratio = statistics.median(e / f for e, f in zip(engine_s, floor_s, strict=True))
        cpu_ratio = statistics.median(e / f for e, f in zip(engine_cpu, floor_cpu, strict=True))
        rows.append(
            [name, "i420" if i420 else "bgr", f"{statistics.median(engine_s):.3f}",
             f"{statistics.median(floor_s):.3f}", f"{ratio:.2f}", f"{cpu_ratio:.2f}",
             f"{frame_ms:.1f}", "≤ 1.25"]
        )  # fmt: skip
    table(
        "One overlay (or a brushed flow) on the 3 s 720x1280 push-in from a 12 MP JPEG "
        f"(median of {runs}; floor = encoder alone on that clip's frames; ratio = median of "
        "engine/floor wall time over alternating runs, cpu ratio the same in CPU seconds; "
        "frame ms = producer CPU per frame, no encoder running)",
        ["effect", "path", "engine s", "floor s", "ratio", "cpu ratio", "frame ms", "goal"],
        rows,
    )


_MEMORY_CHILD = """
import json, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from engine.motion.engine import render
from engine.spec import CameraMove, GenerationSpec, Resolution

def hwm_kb():  # VmHWM is per process image (ru_maxrss would inherit the parent's peak)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])

base = hwm_kb()
spec = GenerationSpec(camera=CameraMove.{move}, duration_s=5.0, resolution=Resolution.P1080)
start = time.perf_counter()
render(source=Path({photo!r}), spec=spec, out_path=Path({out!r}))
print(json.dumps({{"base_kb": base, "peak_kb": hwm_kb(), "seconds": time.perf_counter() - start}}))
"""


def memory(tmp: Path) -> None:
    photo = make_photo(tmp / "24mp.jpg", 6000, 4000)
    rows = []
    for move in ("PUSH_IN", "PARALLAX"):
        code = _MEMORY_CHILD.format(
            root=str(ROOT), photo=str(photo), out=str(tmp / "mem.mp4"), move=move
        )
        proc = subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True
        )
        data = json.loads(proc.stdout.strip().splitlines()[-1])
        rows.append(
            [
                move.lower(),
                f"{data['base_kb'] / 1024:.0f}",
                f"{data['peak_kb'] / 1024:.0f}",
                f"{data['seconds']:.2f}",
                "≤ 400 MB",
            ]
        )
    table(
        "Peak memory: 5 s 1080x1920 from a 24 MP JPEG (subprocess peak RSS, VmHWM)",
        ["move", "after imports MB", "peak MB", "seconds", "goal"],
        rows,
    )


def quality(tmp: Path) -> None:
    photo = make_photo(tmp / "q.jpg", 2000, 1500)
    rows = []
    cases = [(m, ()) for m in CameraMove] + [
        (CameraMove.PUSH_IN, (RegionEffect(kind=EffectKind.SWAY),)),
        (CameraMove.NONE, (RegionEffect(kind=EffectKind.BREATHING),)),
    ]
    for move, effects in cases:
        spec = GenerationSpec(
            camera=move, effects=effects, duration_s=3.0, resolution=Resolution.P720
        )
        out = tmp / f"q-{move.value}.mp4"
        boxes = [(680, 230, 400, 500)] if move in (CameraMove.PARALLAX, CameraMove.ORBIT) else []
        result = render(source=photo, spec=spec, out_path=out, subject_boxes=boxes)
        info = probe(out)
        frames = list(decode_bgr_frames(out))
        edges = min(
            min(f[:2].mean(), f[-2:].mean(), f[:, :2].mean(), f[:, -2:].mean()) for f in frames
        )
        diffs = np.array(
            [np.abs(a.astype(np.int16) - b).mean() for a, b in itertools.pairwise(frames)]
        )
        jerk = np.abs(np.diff(diffs)).max() / max(diffs.max(), 1e-6)
        ok = (
            info.frames == len(frames) == spec.frame_count
            and (info.width, info.height) == spec.size
            and abs(info.duration_s - spec.duration_s) < 0.02
        )
        name = move.value + ("+" + effects[0].kind.value if effects else "")
        rows.append(
            [
                name,
                "yes" if ok else "NO",
                f"{edges:.0f}",
                f"{diffs.mean():.2f}",
                f"{jerk:.2f}",
                f"{result.timings_ms['total']:.0f}",
            ]
        )
    table(
        "Quality, 3 s 720x1280 from a 3 MP photo (edge = darkest 2-px border mean, >30 = no "
        "black border; jerk = largest change of frame difference / largest difference)",
        ["move", "decodes ok", "edge", "mean frame diff", "jerk", "total ms"],
        rows,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-others", action="store_true")
    parser.add_argument("--skip-quality", action="store_true")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-overlays", action="store_true")
    parser.add_argument("--only-overlays", default="", help="comma-separated kinds (or brush)")
    args = parser.parse_args()
    only = {k.strip() for k in args.only_overlays.split(",") if k.strip()} or None
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        if not args.skip_speed:
            speed(tmp, args.runs, not args.skip_others)
        if not args.skip_overlays:
            overlay_speed(tmp, args.runs, only)
        if not args.skip_memory:
            memory(tmp)
        if not args.skip_quality:
            quality(tmp)


if __name__ == "__main__":
    main()
