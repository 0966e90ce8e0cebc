from __future__ import annotations

from django import forms

from accounts.models import FacePolicy, Role


class WorkspaceCreateForm(forms.Form):
    name = forms.CharField(max_length=80, label="Workspace name")


class WorkspaceSettingsForm(forms.Form):
    name = forms.CharField(max_length=80, label="Workspace name")
    brand_text = forms.CharField(
        max_length=40,
        required=False,
        label="Brand text on clips",
        help_text="Shown next to the “AI-generated” label, e.g. your studio’s name.",
    )
    face_policy = forms.ChoiceField(choices=FacePolicy.choices, label="Photos with real faces")
    qa_threshold = forms.FloatField(
        min_value=0.5,
        max_value=0.99,
        label="Quality threshold",
        help_text="Clips scoring below this are regenerated (at most twice). Default 0.80.",
        widget=forms.NumberInput(attrs={"step": "0.01"}),
    )


class InviteForm(forms.Form):
    email = forms.EmailField(label="Email address")
    role = forms.ChoiceField(
        choices=[(Role.MEMBER, "Member"), (Role.ADMIN, "Admin")], initial=Role.MEMBER
    )


class RoleForm(forms.Form):
    role = forms.ChoiceField(choices=[(Role.MEMBER, "Member"), (Role.ADMIN, "Admin")])


class DeleteWorkspaceForm(forms.Form):
    confirm_name = forms.CharField(label="Type the workspace name to confirm")

    def __init__(self, *args: object, workspace_name: str, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.workspace_name = workspace_name

    def clean_confirm_name(self) -> str:
        value = self.cleaned_data["confirm_name"].strip()
        if value != self.workspace_name:
            raise forms.ValidationError("That doesn't match the workspace name.")
        return value
