"""Errors of the jobs layer, in words a person understands."""


class PipelineError(Exception):
    """Base: the message is shown to the user as is."""


class UploadRejected(PipelineError):
    pass


class JobRejected(PipelineError):
    """A submission that can't be queued (bad option, suspended workspace, …)."""


class JobNotCancelable(PipelineError):
    pass
