from __future__ import annotations

from django import forms

from accounts.models import Workspace


class CheckoutForm(forms.Form):
    plan = forms.SlugField(required=False)
    pack = forms.SlugField(required=False)

    def clean(self) -> dict:
        data = super().clean() or {}
        if bool(data.get("plan")) == bool(data.get("pack")):
            raise forms.ValidationError("Choose a plan or a credit pack.")
        return data


class CreditAdjustForm(forms.Form):
    workspace = forms.ModelChoiceField(queryset=Workspace.objects.order_by("name"))
    credits = forms.IntegerField(
        help_text="Positive to grant, negative to remove.",
        min_value=-1_000_000,
        max_value=1_000_000,
    )
    reason = forms.CharField(
        max_length=300, help_text="Required. Kept on the ledger with your name.", strip=True
    )

    def clean_credits(self) -> int:
        credits = self.cleaned_data["credits"]
        if credits == 0:
            raise forms.ValidationError("Enter a non-zero number of credits.")
        return credits
