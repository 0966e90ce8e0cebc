"""Forms of the publishing pages: publish a clip, auto-publish rules, who may publish."""

from __future__ import annotations

import zoneinfo
from datetime import datetime
from functools import lru_cache
from typing import Any

from django import forms

from accounts.models import Workspace
from batches.models import Batch
from publishing.limits import AccountLimits
from publishing.models import ConnectedAccount, Privacy, RuleScope, WhoMayPublish
from publishing.schedule import zone

LOCAL_INPUT_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]


@lru_cache(maxsize=1)
def time_zone_choices() -> list[tuple[str, str]]:
    names = sorted(
        z for z in zoneinfo.available_timezones() if "/" in z and not z.startswith("Etc/")
    )
    return [("UTC", "UTC"), *((z, z.replace("_", " ")) for z in names)]


def _hour_label(hour: int) -> str:
    return f"{hour:02d}:00"


class PublishForm(forms.Form):
    """One caption and schedule, posted to each chosen account with its own visibility."""

    WHEN_CHOICES = [("now", "Publish now"), ("later", "Schedule")]

    accounts = forms.MultipleChoiceField(
        label="Post to",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one account to post to."},
    )
    caption = forms.CharField(
        max_length=2200,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "placeholder": "What viewers read under the clip"}),
        help_text="An AI-generated label is added by each platform (and to Instagram captions).",
    )
    hashtags = forms.CharField(
        max_length=1000,
        required=False,
        widget=forms.TextInput(attrs={"placeholder": "#travel #cinemagraph"}),
        help_text="Separate with spaces. Up to 30.",
    )
    when = forms.ChoiceField(choices=WHEN_CHOICES, initial="now", widget=forms.RadioSelect)
    scheduled_for = forms.DateTimeField(
        required=False,
        input_formats=LOCAL_INPUT_FORMATS,
        label="Date and time",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    time_zone = forms.ChoiceField(label="Time zone", initial="UTC")

    def __init__(self, *args: Any, options: list[AccountLimits], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.options = options
        self.fields["accounts"].choices = [(str(o.account.pk), str(o.account)) for o in options]
        self.fields["time_zone"].choices = time_zone_choices()
        for option in options:
            choices = option.privacy_choices or [(Privacy.PRIVATE, Privacy.PRIVATE.label)]
            self.fields[self.privacy_field(option.account)] = forms.ChoiceField(
                choices=choices, initial=choices[0][0], label="Visibility", required=False
            )

    @staticmethod
    def privacy_field(account: ConnectedAccount) -> str:
        return f"privacy_{account.pk.hex}"

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("when") == "later":
            local = data.get("scheduled_for")
            if local is None:
                self.add_error("scheduled_for", "Pick the date and time to post.")
            else:
                naive = local.replace(tzinfo=None) if isinstance(local, datetime) else local
                data["scheduled_for"] = naive.replace(tzinfo=zone(data.get("time_zone") or "UTC"))
        else:
            data["scheduled_for"] = None
        return data

    def privacy_for(self, account: ConnectedAccount) -> str:
        return self.cleaned_data.get(self.privacy_field(account)) or Privacy.PUBLIC


class RuleForm(forms.Form):
    name = forms.CharField(max_length=120, required=False, label="Name")
    account = forms.ModelChoiceField(queryset=ConnectedAccount.objects.none(), label="Account")
    scope = forms.ChoiceField(choices=RuleScope.choices, label="Which clips")
    batch = forms.ModelChoiceField(
        queryset=Batch.objects.none(),
        required=False,
        label="Batch",
        help_text="Only for “Every clip of one batch”.",
    )
    caption_template = forms.CharField(
        max_length=2200,
        initial="{prompt}",
        label="Caption",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="{prompt} is the clip's prompt, {batch} the batch name.",
    )
    hashtags = forms.CharField(max_length=1000, required=False, label="Hashtags")
    privacy = forms.ChoiceField(choices=Privacy.choices, initial=Privacy.PUBLIC, label="Visibility")
    max_per_day = forms.IntegerField(min_value=1, max_value=50, initial=3, label="At most per day")
    hours = forms.TypedMultipleChoiceField(
        choices=[(h, _hour_label(h)) for h in range(24)],
        coerce=int,
        initial=[9, 13, 18],
        widget=forms.CheckboxSelectMultiple,
        label="Post during these hours",
        error_messages={"required": "Choose at least one hour to post in."},
    )
    time_zone = forms.ChoiceField(label="Time zone", initial="UTC")

    def __init__(self, *args: Any, workspace: Workspace, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["account"].queryset = ConnectedAccount.objects.filter(workspace=workspace)
        self.fields["batch"].queryset = Batch.objects.filter(workspace=workspace).order_by(
            "-created_at"
        )
        self.fields["time_zone"].choices = time_zone_choices()

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("scope") == RuleScope.ONE_BATCH and not data.get("batch"):
            self.add_error("batch", "Choose the batch this rule publishes.")
        return data


class PublishingSettingsForm(forms.Form):
    who_may_publish = forms.ChoiceField(
        choices=WhoMayPublish.choices, widget=forms.RadioSelect, label="Who may publish clips"
    )
