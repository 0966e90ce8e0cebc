from django.urls import path

from webhooks import pages

urlpatterns = [
    path("app/webhooks/", pages.endpoints, name="webhook_endpoints"),
    path("app/webhooks/docs/", pages.docs, name="webhook_docs"),
    path(
        "app/webhooks/<uuid:endpoint_id>/delete/",
        pages.endpoint_delete,
        name="webhook_endpoint_delete",
    ),
    path(
        "app/webhooks/<uuid:endpoint_id>/enable/",
        pages.endpoint_enable,
        name="webhook_endpoint_enable",
    ),
    path(
        "app/webhooks/<uuid:endpoint_id>/test/", pages.endpoint_test, name="webhook_endpoint_test"
    ),
    path(
        "app/webhooks/<uuid:endpoint_id>/deliveries/", pages.deliveries, name="webhook_deliveries"
    ),
    path(
        "app/webhooks/deliveries/<uuid:delivery_id>/redeliver/",
        pages.redeliver,
        name="webhook_redeliver",
    ),
]
