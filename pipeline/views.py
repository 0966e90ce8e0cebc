"""Product pages: the landing page for visitors and the dashboard for members."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from accounts.decorators import active_workspace_required


def landing(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("dashboard")
    return render(request, "landing.html")


@active_workspace_required
def dashboard(request: HttpRequest) -> HttpResponse:
    return render(request, "pipeline/dashboard.html")
