"""Score a prompt parser against the labelled intent corpus (train/dev/test.jsonl here).

    python bench/data/intent/score_intent.py --baseline                 # trivial parser, dev
    python bench/data/intent/score_intent.py --parser pkg.mod:func --split dev
    python bench/data/intent/score_intent.py --parser pkg.mod:func --split test   # final report only

The parser is a callable ``parse(prompt: str, image: dict) -> dict`` where ``image`` is
``{"has_sky": bool, "has_water": bool, "faces": int, "subject": str}`` and the result is::

    {
        "camera": "push_in" | ... | "none" | None,   # None: the prompt asked for no camera move
        "effects": ["sky_drift", "snow", ...],        # region effects and overlays put in the spec
        "notes": [{"code": "head_turn", "text": "..."}, ...],  # what could not be rendered
        "duration_s": float | None,
        "ratio": "9:16" | "1:1" | "4:5" | "16:9" | None,
        "loop": bool | None,
    }

A note's ``code`` is an unsupported code (head_turn, facial_expression, body_motion,
animal_motion, object_motion, transformation, new_objects) or an effect/camera code (e.g.
"sky_drift" when the prompt asks for moving clouds on a photo that has no sky).

The test split is for the final number only: never pick words or thresholds from it (so this
script will not list test failures).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("en", "es", "fr", "de", "pt")
SPLITS = ("train", "dev", "test")
IMAGE_KEYS = ("has_sky", "has_water", "faces", "subject")

Parse = Callable[[str, dict], dict]


def load(split: str = "dev") -> list[dict]:
    """Items of one split ("train", "dev", "test") or of all three ("all")."""
    names = SPLITS if split == "all" else (split,)
    items = []
    for name in names:
        if name not in SPLITS:
            raise ValueError(f"unknown split {name!r}")
        with open(HERE / f"{name}.jsonl", encoding="utf-8") as fh:
            items += [json.loads(line) for line in fh if line.strip()]
    return items


def baseline_parse(prompt: str, image: dict) -> dict:
    """Always a slow push-in, no effects, no notes, nothing else understood."""
    return {
        "camera": "push_in",
        "effects": [],
        "notes": [],
        "duration_s": None,
        "ratio": None,
        "loop": None,
    }


def _note_codes(notes: Iterable) -> set[str]:
    codes = set()
    for note in notes or ():
        if isinstance(note, str):
            codes.add(note)
        elif isinstance(note, dict) and note.get("code"):
            codes.add(str(note["code"]))
    return codes


class _Tally:
    def __init__(self) -> None:
        self.n = 0
        self.cam = [0, 0]  # correct, asked
        self.fx_hit = self.fx_gold = self.fx_pred = 0
        self.cover = 0
        self.uns = [0, 0]  # noted, asked
        self.notes = [0, 0]  # note codes that name an ask, all note codes
        self.forbidden = 0
        self.dur = [0, 0]
        self.ratio = [0, 0]
        self.loop = [0, 0]

    def add(self, item: dict, out: dict) -> None:
        self.n += 1
        cam = out.get("camera")
        pred_fx = set(out.get("effects") or ())
        notes = _note_codes(out.get("notes"))
        gold_fx = set(item["effects"])
        optional = set(item.get("optional_effects") or ())
        asked_uns = set(item["unsupported"])

        covered = True
        if item["camera"] is not None:
            self.cam[1] += 1
            ok = cam == item["camera"]
            self.cam[0] += ok
            covered &= ok or item["camera"] in notes
        self.fx_gold += len(gold_fx)
        self.fx_hit += len(pred_fx & gold_fx)
        self.fx_pred += len(pred_fx - optional)
        for code in gold_fx:
            covered &= code in pred_fx or code in notes
        for code in asked_uns:
            self.uns[1] += 1
            self.uns[0] += code in notes
            covered &= code in notes
        self.cover += covered
        asked = asked_uns | gold_fx | ({item["camera"]} if item["camera"] else set())
        self.notes[1] += len(notes)
        self.notes[0] += len(notes & asked)
        self.forbidden += bool(pred_fx & set(item["forbidden_effects"]))

        if item["duration_s"] is not None:
            self.dur[1] += 1
            d = out.get("duration_s")
            self.dur[0] += isinstance(d, (int, float)) and abs(float(d) - item["duration_s"]) < 0.05
        if item["ratio"] is not None:
            self.ratio[1] += 1
            self.ratio[0] += out.get("ratio") == item["ratio"]
        if item["loop"] is not None:
            self.loop[1] += 1
            self.loop[0] += out.get("loop") is item["loop"]

    def result(self) -> dict:
        def rate(num: int, den: int) -> float | None:
            return None if den == 0 else num / den

        return {
            "n": self.n,
            "camera_accuracy": rate(*self.cam),
            "camera_asked": self.cam[1],
            "effect_recall": rate(self.fx_hit, self.fx_gold),
            "effect_precision": rate(self.fx_hit, self.fx_pred),
            "effects_asked": self.fx_gold,
            "asked_for_coverage": rate(self.cover, self.n),
            "unsupported_noted": rate(*self.uns),
            "unsupported_asked": self.uns[1],
            "note_precision": rate(*self.notes),
            "forbidden_effect_rate": rate(self.forbidden, self.n),
            "duration_accuracy": rate(*self.dur),
            "duration_asked": self.dur[1],
            "ratio_accuracy": rate(*self.ratio),
            "ratio_asked": self.ratio[1],
            "loop_accuracy": rate(*self.loop),
            "loop_asked": self.loop[1],
        }


def score(items: list[dict], parse: Parse) -> dict:
    """Run ``parse`` on every item; metrics per language and overall ("all").

    camera_accuracy   share of prompts that asked for a camera move (or for a static camera,
                      label "none") whose parse has exactly that camera.
    effect_recall     asked effects present in the spec / asked effects (micro).
    effect_precision  spec effects that were asked / spec effects, not counting the
                      reasonable-but-not-asked ``optional_effects`` of vague prompts.
    asked_for_coverage share of prompts where every asked item (camera, each effect, each
                      unsupported ask) is in the spec or named by a note code.
    unsupported_noted unsupported asks named by a note / unsupported asks.
    note_precision    note codes naming something the prompt asked for / all note codes (a
                      parser that notes everything would otherwise get full coverage).
    forbidden_effect_rate share of prompts whose spec has a forbidden effect (should be ~0).
    duration/ratio/loop_accuracy  when the prompt asked for one.
    """
    tallies = {lang: _Tally() for lang in (*LANGS, "all")}
    for item in items:
        image = {k: item["image"][k] for k in IMAGE_KEYS}
        out = parse(item["prompt"], dict(image)) or {}
        tallies[item["lang"]].add(item, out)
        tallies["all"].add(item, out)
    return {lang: t.result() for lang, t in tallies.items() if t.n}


COLUMNS = [
    ("n", "n", None),
    ("camera", "camera_accuracy", "camera_asked"),
    ("fx recall", "effect_recall", "effects_asked"),
    ("fx precision", "effect_precision", None),
    ("coverage", "asked_for_coverage", None),
    ("unsupported noted", "unsupported_noted", "unsupported_asked"),
    ("note precision", "note_precision", None),
    ("forbidden", "forbidden_effect_rate", None),
    ("duration", "duration_accuracy", "duration_asked"),
    ("ratio", "ratio_accuracy", "ratio_asked"),
    ("loop", "loop_accuracy", "loop_asked"),
]


def markdown(result: dict) -> str:
    head = "| lang | " + " | ".join(c[0] for c in COLUMNS[1:]) + " |"
    lines = [head, "|---" * len(COLUMNS) + "|"]
    for lang, r in result.items():
        cells = []
        for _, key, den in COLUMNS[1:]:
            v = r[key]
            cell = "–" if v is None else f"{100 * v:.0f}%"
            if den is not None:
                cell += f" /{r[den]}"
            cells.append(cell)
        lines.append(f"| {lang} ({r['n']}) | " + " | ".join(cells) + " |")
    lines.append("")
    lines.append(
        "Percentages; `/k` = how many prompts (or asked effects / unsupported asks) the rate is over. "
        "coverage = every asked camera/effect/unsupported item is in the spec or named by a note."
    )
    return "\n".join(lines)


def failures(items: list[dict], parse: Parse, limit: int) -> list[str]:
    out = []
    for item in items:
        image = {k: item["image"][k] for k in IMAGE_KEYS}
        got = parse(item["prompt"], dict(image)) or {}
        notes = _note_codes(got.get("notes"))
        pred_fx = set(got.get("effects") or ())
        problems = []
        if item["camera"] is not None and got.get("camera") != item["camera"]:
            problems.append(f"camera {got.get('camera')} != {item['camera']}")
        missing = [c for c in item["effects"] if c not in pred_fx and c not in notes]
        missing += [c for c in item["unsupported"] if c not in notes]
        if missing:
            problems.append(f"not covered: {', '.join(missing)}")
        bad = pred_fx & set(item["forbidden_effects"])
        if bad:
            problems.append(f"forbidden: {', '.join(sorted(bad))}")
        if problems:
            out.append(f"{item['id']} [{item['lang']}] {item['prompt']!r}: " + "; ".join(problems))
        if len(out) >= limit:
            break
    return out


def _load_parser(spec: str) -> Parse:
    module, _, name = spec.partition(":")
    if not name:
        raise SystemExit("--parser wants module.path:function")
    return getattr(importlib.import_module(module), name)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    who = ap.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--baseline", action="store_true", help="score the trivial always-push_in parser"
    )
    who.add_argument(
        "--parser", metavar="MODULE:FUNC", help="score this parse(prompt, image) callable"
    )
    ap.add_argument("--split", default="dev", choices=(*SPLITS, "all"), help="default: dev")
    ap.add_argument("--json", action="store_true", help="print the result dict as JSON")
    ap.add_argument(
        "--failures", type=int, default=0, metavar="N", help="list N failures (not on test)"
    )
    args = ap.parse_args(argv)

    if args.parser:
        sys.path.insert(0, str(HERE.parents[2]))
        parse = _load_parser(args.parser)
        name = args.parser
    else:
        parse, name = baseline_parse, "baseline (always push_in, no effects, no notes)"
    items = load(args.split)
    result = score(items, parse)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"### Intent parser: {name} — split {args.split} ({len(items)} prompts)\n")
        print(markdown(result))
    if args.failures:
        if args.split in ("test", "all"):
            print("\nrefusing to list failures on test: tune on train/dev only", file=sys.stderr)
            return 2
        print()
        print(*failures(items, parse, args.failures), sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
