"""Batches of hundreds of photos: Studio runs 100 at a time, Business 500."""

from django.db import migrations

SIZES = {"studio": (20, 100), "business": (100, 500)}


def forwards(apps, schema_editor):
    Plan = apps.get_model("billing", "Plan")
    for code, (old, new) in SIZES.items():
        # Only plans still on the shipped default; an operator's edit is kept.
        Plan.objects.filter(code=code, max_batch_size=old).update(max_batch_size=new)


def backwards(apps, schema_editor):
    Plan = apps.get_model("billing", "Plan")
    for code, (old, new) in SIZES.items():
        Plan.objects.filter(code=code, max_batch_size=new).update(max_batch_size=old)


class Migration(migrations.Migration):
    dependencies = [("billing", "0002_seed_plans_and_costs")]
    operations = [migrations.RunPython(forwards, backwards)]
