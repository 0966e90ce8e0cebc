"""Take over the `pipeline_batch` table from the pipeline app (state only: nothing moves)."""

import uuid

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("accounts", "0001_initial"),
        ("pipeline", "0004_batches_app_and_photo_faces"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Batch",
                    fields=[
                        (
                            "id",
                            models.UUIDField(
                                default=uuid.uuid4, editable=False, primary_key=True, serialize=False
                            ),
                        ),
                        ("name", models.CharField(blank=True, max_length=200)),
                        ("total", models.PositiveIntegerField(default=0)),
                        ("rejected", models.JSONField(blank=True, default=list)),
                        ("credits", models.PositiveIntegerField(default=0)),
                        ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                        ("completed_at", models.DateTimeField(blank=True, null=True)),
                        (
                            "created_by",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "workspace",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="batches",
                                to="accounts.workspace",
                            ),
                        ),
                    ],
                    options={"db_table": "pipeline_batch", "ordering": ("-created_at",)},
                ),
            ],
            database_operations=[],
        ),
    ]
