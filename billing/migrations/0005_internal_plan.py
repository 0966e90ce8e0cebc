"""The internal plan: unlimited clips for operator tools (the command line), never listed."""

from django.db import migrations


def forwards(apps, schema_editor):
    from billing.defaults import seed

    seed(apps)  # get_or_create: only the missing internal plan is added


class Migration(migrations.Migration):
    dependencies = [("billing", "0004_free_allowance_per_person")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
