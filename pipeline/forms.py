"""Forms of the clip pages; `ClipSettingsForm` is the one place a form builds `JobOptions`."""

from __future__ import annotations

from django import forms

from engine.options import AUTO, DURATION_CHOICES, RATIO_CHOICES, RESOLUTION_CHOICES, JobOptions
from pipeline.models import JobStatus

PROMPT_EXAMPLES = [
    "Slow push in, clouds drift across the sky",
    "Make her hair blow gently in the wind",
    "Water ripples and shimmers, gentle pan right",
    "Candle flames flicker, handheld feel",
    "Make this photo come alive",
]
MAX_FILES_PER_SUBMIT = 20


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


class NewClipForm(ClipSettingsForm):
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
    field_order = ("photos", "prompt", "ratio", "duration_s", "resolution", "consent")

    def clean(self) -> dict[str, object]:
        data = super().clean()
        ids = [part for part in (data.get("kept_photos") or "").split(",") if part.strip()]
        if len(ids) > MAX_FILES_PER_SUBMIT:
            raise forms.ValidationError("Too many photos for one submission; use a batch.")
        data["kept_photo_ids"] = ids
        if not data.get("photos") and not ids and "photos" not in self.errors:
            self.add_error("photos", "Choose at least one photo.")
        return data


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
