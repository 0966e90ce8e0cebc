"""Local development and the two-command quick start: embedded defaults from base."""

from saas.settings.base import *  # noqa: F403
