from __future__ import annotations

from django.contrib import admin

from batches.models import Batch


@admin.register(Batch)
class BatchAdmin(admin.ModelAdmin):
    list_display = ("name", "workspace", "total", "credits", "created_at", "completed_at")
    search_fields = ("name", "workspace__name")
