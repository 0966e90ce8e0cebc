from django.apps import AppConfig


class PipelineConfig(AppConfig):
    name = "pipeline"
    verbose_name = "Clips and jobs"

    def ready(self) -> None:
        from pipeline import receivers  # noqa: F401  (connects the receivers)
