"""The batch upload form: many files (photos and zips) plus the settings every clip gets."""

from __future__ import annotations

from django import forms

from pipeline.forms import ClipSettingsForm, MultipleFileInput


class BatchFilesField(forms.FileField):
    """Many files in one input (photos and zips); each is checked later, one by one."""

    def clean(self, data: object, initial: object = None) -> list[object]:
        files = data if isinstance(data, list | tuple) else [data] if data else []
        if not files:
            raise forms.ValidationError("Choose photos, or a zip of photos.")
        return [super(BatchFilesField, self).clean(f, initial) for f in files]


class BatchForm(ClipSettingsForm):
    files = BatchFilesField(
        label="Photos, or a zip",
        widget=MultipleFileInput(attrs={"accept": "image/*,.zip", "multiple": True}),
        help_text=(
            "Many photos, or a zip of them. Add a CSV inside the zip (file, prompt, ratio, "
            "duration) to give each photo its own prompt."
        ),
    )
    name = forms.CharField(max_length=200, required=False, label="Batch name")
    prompt = forms.CharField(
        max_length=1000,
        required=False,
        label="Describe the motion (for every photo)",
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    field_order = ("files", "name", "prompt", "ratio", "duration_s", "resolution", "consent")
