"""Default plans, credit packs and cost rules. Operators change them in the admin afterwards;
Stripe price ids start empty (fill them in once the products exist in Stripe)."""

from django.db import migrations

from billing.defaults import seed


def forwards(apps, schema_editor):
    seed(apps)


def backwards(apps, schema_editor):
    apps.get_model("billing", "CostRule").objects.all().delete()
    apps.get_model("billing", "CreditPack").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("billing", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards)]
