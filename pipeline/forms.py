"""Forms of the clip pages; `ClipSettingsForm` is the one place a form builds `JobOptions`."""

from __future__ import annotations

import json

from django import forms

from engine.options import (
    AUTO,
    BRUSH_DIRECTIONS,
    BRUSH_PRESETS,
    DURATION_CHOICES,
    RATIO_CHOICES,
    RESOLUTION_CHOICES,
    InvalidOptions,
    JobOptions,
    brush_from_preset,
)
from engine.spec import MotionBrush, SpecError
from pipeline.models import JobStatus

PROMPT_EXAMPLES = [
    "Slow push in, clouds drift across the sky",
    "Make her hair blow gently in the wind",
    "Water ripples and shimmers, gentle pan right",
    "Candle flames flicker, handheld feel",
    "Make this photo come alive",
]
MAX_FILES_PER_SUBMIT = 20
# The canvas sends at most 64 + 2 x 8 + 16 points: a few kilobytes. Anything longer is refused
# before it is parsed.
MAX_BRUSH_CHARS = 20_000


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleImageField(forms.FileField):
    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault(
            "widget", MultipleFileInput(attrs={"accept": "image/*", "multiple": True})
        )
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def clean(self, data: object, initial: object = None) -> list[object]:
        files = data if isinstance(data, list | tuple) else [data] if data else []
        if not files and self.required:
            raise forms.ValidationError("Choose at least one photo.")
        if len(files) > MAX_FILES_PER_SUBMIT:
            raise forms.ValidationError(
                f"Upload at most {MAX_FILES_PER_SUBMIT} photos at once, or use a batch."
            )
        return [super(MultipleImageField, self).clean(f, initial) for f in files]


class ClipSettingsForm(forms.Form):
    """The settings every clip of a submission gets (new clip and batch pages)."""

    ratio = forms.ChoiceField(choices=RATIO_CHOICES, initial=AUTO, label="Aspect ratio")
    duration_s = forms.TypedChoiceField(
        choices=DURATION_CHOICES, coerce=int, initial=3, label="Length"
    )
    resolution = forms.ChoiceField(choices=RESOLUTION_CHOICES, initial="720p")
    consent = forms.BooleanField(
        required=False,
        label="I am the person pictured, or I have the consent of everyone pictured.",
    )

    def options(self) -> JobOptions:
        return JobOptions.from_dict(self.cleaned_data)


class MotionBrushFields(forms.Form):
    """The motion brush: the canvas writes `brush` (JSON, normalized photo coordinates);
    without a pointer, a region preset and a direction make the same kind of brush."""

    brush = forms.CharField(
        required=False, max_length=MAX_BRUSH_CHARS, widget=forms.HiddenInput, strip=True
    )
    brush_preset = forms.ChoiceField(
        required=False,
        label="Region that moves",
        choices=[("", "None (or paint it on the photo)")]
        + [(key, label) for key, (label, _) in BRUSH_PRESETS.items()],
    )
    brush_direction = forms.ChoiceField(
        required=False,
        label="Direction",
        initial="right",
        choices=[(key, label) for key, (label, _) in BRUSH_DIRECTIONS.items()],
    )

    def clean_brush(self) -> dict[str, object] | None:
        raw = self.cleaned_data.get("brush") or ""
        if not raw:
            return None
        try:
            brush = MotionBrush.from_dict(json.loads(raw))
        except json.JSONDecodeError:
            raise forms.ValidationError(
                "The motion brush could not be read; clear it and draw it again."
            ) from None
        except SpecError as exc:
            raise forms.ValidationError(exc.message) from None
        problem = brush.problem()
        if problem:
            raise forms.ValidationError(problem)
        return brush.to_dict()

    def chosen_brush(self) -> dict[str, object] | None:
        """The painted brush, else the preset's, else None (after is_valid)."""
        data = self.cleaned_data
        if data.get("brush"):
            return data["brush"]  # type: ignore[no-any-return]
        if data.get("brush_preset"):
            try:
                brush = brush_from_preset(
                    data["brush_preset"], data.get("brush_direction") or "right"
                )
            except InvalidOptions as exc:
                self.add_error("brush_preset", exc.message)
                return None
            return brush.to_dict()
        return None


class NewClipForm(MotionBrushFields, ClipSettingsForm):
    # Not required when the photos were already uploaded by a refused submission: their ids
    # come back in `kept_photos`, so nobody picks the files again.
    photos = MultipleImageField(label="Photos", required=False)
    kept_photos = forms.CharField(required=False, widget=forms.HiddenInput)
    prompt = forms.CharField(
        label="Describe the motion",
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "placeholder": PROMPT_EXAMPLES[0]}),
        help_text="Leave empty to “make this photo come alive”.",
    )
    field_order = (
        "photos",
        "prompt",
        "brush",
        "brush_preset",
        "brush_direction",
        "ratio",
        "duration_s",
        "resolution",
        "consent",
    )

    def clean(self) -> dict[str, object]:
        data = super().clean()
        ids = [part for part in (data.get("kept_photos") or "").split(",") if part.strip()]
        if len(ids) > MAX_FILES_PER_SUBMIT:
            raise forms.ValidationError("Too many photos for one submission; use a batch.")
        data["kept_photo_ids"] = ids
        if not data.get("photos") and not ids and "photos" not in self.errors:
            self.add_error("photos", "Choose at least one photo.")
        data["chosen_brush"] = self.chosen_brush() if "brush" not in self.errors else None
        return data

    def options(self) -> JobOptions:
        return JobOptions.from_dict(
            {**self.cleaned_data, "brush": self.cleaned_data["chosen_brush"]}
        )


class IntentPreviewForm(MotionBrushFields):
    """What the new-clip form sends, as the user types, to preview the parsed spec."""

    prompt = forms.CharField(max_length=1000, required=False)
    ratio = forms.ChoiceField(choices=RATIO_CHOICES, required=False)
    duration_s = forms.TypedChoiceField(choices=DURATION_CHOICES, coerce=int, required=False)
    resolution = forms.ChoiceField(choices=RESOLUTION_CHOICES, required=False)
    kept_photos = forms.CharField(required=False, max_length=40 * MAX_FILES_PER_SUBMIT)

    def options(self) -> JobOptions:
        data = self.cleaned_data
        return JobOptions.from_dict(
            {
                "ratio": data.get("ratio") or AUTO,
                "duration_s": data.get("duration_s") or None,
                "resolution": data.get("resolution") or "720p",
                "brush": self.chosen_brush(),
            }
        )

    def first_photo_id(self) -> str | None:
        ids = [p.strip() for p in (self.cleaned_data.get("kept_photos") or "").split(",")]
        return next((i for i in ids if i), None)


class QuoteForm(forms.Form):
    """What the job form sends to price itself as the user changes it."""

    duration_s = forms.TypedChoiceField(choices=DURATION_CHOICES, coerce=int)
    resolution = forms.ChoiceField(choices=RESOLUTION_CHOICES)
    count = forms.IntegerField(min_value=1, max_value=1000, required=False)


class RetryForm(forms.Form):
    prompt = forms.CharField(
        max_length=1000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


STATUS_FILTERS = [("", "All"), ("active", "In progress")] + [
    (s.value, s.label)
    for s in (
        JobStatus.DELIVERED,
        JobStatus.BLOCKED,
        JobStatus.FAILED,
        JobStatus.FAILED_QA,
        JobStatus.CANCELED,
    )
]


class JobFilterForm(forms.Form):
    status = forms.ChoiceField(choices=STATUS_FILTERS, required=False)
    since = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
