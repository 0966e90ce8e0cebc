"""Batches become their own app (the table stays), jobs keep the batch id only, and photos
remember the faces found in them."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("pipeline", "0003_protected_identities"),
    ]

    operations = [
        # Drop the database constraint first (the column and its index stay as they are) …
        migrations.AlterField(
            model_name="job",
            name="batch",
            field=models.ForeignKey(
                blank=True,
                null=True,
                db_constraint=False,
                on_delete=models.SET_NULL,
                related_name="jobs",
                to="pipeline.batch",
            ),
        ),
        # … then, in Django's state only, the foreign key becomes a plain UUID column of the
        # same name and the Batch model leaves this app (batches.0001 takes it over).
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(model_name="job", name="batch"),
                migrations.AddField(
                    model_name="job",
                    name="batch_id",
                    field=models.UUIDField(blank=True, db_index=True, null=True),
                ),
                migrations.DeleteModel(name="Batch"),
            ],
            database_operations=[],
        ),
        migrations.AddField(
            model_name="photo",
            name="face_boxes",
            field=models.JSONField(blank=True, null=True),
        ),
    ]
