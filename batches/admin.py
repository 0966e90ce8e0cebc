from __future__ import annotations

from django.contrib import admin

from batches.models import Batch


@admin.register(Batch)
class BatchAdmin(admin.ModelAdmin):
    list_display = (
        "name",
        "workspace",
        "status",
        "total",
        "credits",
        "upload_bytes",
        "created_at",
        "completed_at",
    )
    list_filter = ("status",)
    search_fields = ("name", "workspace__name")
