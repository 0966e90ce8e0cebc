"""Offline structural checks of the deployment files: Dockerfile, .dockerignore, compose.yaml,
deploy/env.example and deploy/keda-render-scaledobject.yaml.

No network, no containers, no Docker: it parses the files (PyYAML, already a dependency of the
app) and checks what the deployment relies on (docs/deploy.md). It is not a full compose-spec
validation; `--schema FILE` adds one when jsonschema and a copy of the compose-spec JSON schema
are at hand. scripts/check_deploy_files.sh runs this, plus `docker compose config -q` and
hadolint where they are installed. Exit 0 when clean, 1 with one line per problem.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent

APP_SERVICES = ("migrate", "web", "worker-light", "worker-render", "beat")
ONE_SHOTS = ("migrate", "createbuckets")
REQUIRED_SERVICES = (*APP_SERVICES, "postgres", "redis", "minio", "createbuckets")
REQUIRED_ENV = (
    "DATABASE_URL",
    "REDIS_URL",
    "DJANGO_SECRET_KEY",
    "DJANGO_ALLOWED_HOSTS",
    "SITE_URL",
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_S3_ENDPOINT_URL",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_S3_REGION_NAME",
)
# Named in env.example (compose sets them to the mounted files; outside compose, the operator).
REQUIRED_MENTIONS = ("C2PA_CERT_FILE", "C2PA_KEY_FILE")
SECRET_NAME = re.compile(r"(SECRET|PASSWORD|TOKEN|PRIVATE|_KEY$|_KEY_ID$)")
# Keys whose values are names or paths, not secrets.
NOT_SECRET = {"AWS_ACCESS_KEY_ID", "C2PA_KEY_PATH", "C2PA_KEY_FILE", "STRIPE_PUBLISHABLE_KEY"}
DURATION = re.compile(r"^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$")
INTERPOLATION = re.compile(r"\$\{([A-Z0-9_]+)(?:(:?[-?])([^}]*))?\}")


class Problems(list[str]):
    def check(self, condition: object, message: str) -> bool:
        if not condition:
            self.append(message)
        return bool(condition)


def hard_time_limit() -> int:
    """JOB_TIME_LIMIT_S's default from the settings, wherever they moved; 660 s otherwise."""
    pattern = re.compile(r"JOB_TIME_LIMIT_S\s*=\s*env_int\(\s*\"JOB_TIME_LIMIT_S\"\s*,\s*(\d+)")
    for path in sorted(ROOT.glob("saas/settings/*.py")):
        match = pattern.search(path.read_text())
        if match:
            return int(match.group(1))
    return 660


def resolve_default(value: str) -> str:
    """`${VAR:-default}` -> default (what compose uses when .env leaves VAR unset)."""
    return INTERPOLATION.sub(lambda m: m.group(3) if m.group(2) in (":-", "-") else "", value)


def seconds(value: object) -> float | None:
    if isinstance(value, int | float):
        return float(value)
    match = DURATION.match(resolve_default(str(value)).strip())
    if not match or not any(match.groups()):
        return None
    h, m, s, ms = (int(g) if g else 0 for g in match.groups())
    return h * 3600 + m * 60 + s + ms / 1000


def command_words(service: dict[str, Any]) -> list[str]:
    command = service.get("command") or []
    return command.split() if isinstance(command, str) else [str(word) for word in command]


def option(words: list[str], *names: str) -> str | None:
    for index, word in enumerate(words):
        for name in names:
            if word == name and index + 1 < len(words):
                return words[index + 1]
            if word.startswith(name + "="):
                return word.split("=", 1)[1]
    return None


# -- Dockerfile -----------------------------------------------------------------------------------
def dockerfile_instructions(text: str) -> list[tuple[str, str, int]]:
    """(INSTRUCTION, arguments, line) with continuations joined and comments dropped."""
    instructions: list[tuple[str, str, int]] = []
    buffer, start = "", 0
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not buffer and (not line or line.startswith("#")):
            continue
        if buffer and line.startswith("#"):
            continue
        if not buffer:
            start = number
        if line.endswith("\\"):
            buffer += line[:-1] + " "
            continue
        buffer += line
        word, _, rest = buffer.partition(" ")
        instructions.append((word.upper(), rest.strip(), start))
        buffer = ""
    return instructions


def check_dockerfile(problems: Problems) -> None:
    path = ROOT / "Dockerfile"
    if not problems.check(path.exists(), "Dockerfile: missing"):
        return
    instructions = dockerfile_instructions(path.read_text())
    first_from = next((i for i, ins in enumerate(instructions) if ins[0] == "FROM"), None)
    if not problems.check(first_from is not None, "Dockerfile: no FROM"):
        return
    problems.check(
        any(
            ins[0] == "ARG" and ins[1] == "BASE=python:3.11-slim"
            for ins in instructions[:first_from]
        ),
        "Dockerfile: `ARG BASE=python:3.11-slim` must come before the first FROM",
    )
    stages: list[list[tuple[str, str, int]]] = []
    for instruction in instructions[first_from:]:
        if instruction[0] == "FROM":
            stages.append([])
        stages[-1].append(instruction)
    problems.check(len(stages) >= 2, "Dockerfile: expected a builder and a runtime stage")
    for stage in stages:
        base = stage[0][1].split()[0]
        problems.check(
            base in ("${BASE}", "$BASE"),
            f"Dockerfile:{stage[0][2]}: FROM {base}: stages start FROM ${{BASE}} (substitutable)",
        )
    builder, runtime = stages[0], stages[-1]
    problems.check(
        any(
            ins[0] == "RUN"
            and "uv sync" in ins[1]
            and "--frozen" in ins[1]
            and "--no-dev" in ins[1]
            for ins in builder
        ),
        "Dockerfile: the builder must run `uv sync --frozen --no-dev`",
    )
    runtime_runs = " ".join(ins[1] for ins in runtime if ins[0] == "RUN")
    problems.check(
        "uv sync" not in runtime_runs and "pip install" not in runtime_runs,
        "Dockerfile: the runtime stage installs nothing (the venv comes from the builder)",
    )
    problems.check(
        any(
            ins[0] == "COPY" and "--from=builder" in ins[1] and "/app/.venv" in ins[1]
            for ins in runtime
        ),
        "Dockerfile: the runtime stage copies /app/.venv from the builder",
    )
    users = [ins[1].split(":")[0] for ins in runtime if ins[0] == "USER"]
    problems.check(
        users and users[-1] not in ("root", "0"),
        "Dockerfile: the runtime stage must end on a non-root USER",
    )
    problems.check(
        any(ins[0] == "EXPOSE" and "8000" in ins[1].split() for ins in runtime),
        "Dockerfile: EXPOSE 8000",
    )
    problems.check(
        any(ins[0] == "HEALTHCHECK" and "/healthz/live" in ins[1] for ins in runtime),
        "Dockerfile: a HEALTHCHECK on /healthz/live",
    )
    problems.check("collectstatic" in runtime_runs, "Dockerfile: collectstatic runs at build time")
    problems.check(
        any(
            ins[0] in ("CMD", "ENTRYPOINT") and "saas.wsgi:application" in ins[1] for ins in runtime
        ),
        "Dockerfile: the default command serves saas.wsgi:application",
    )
    for word, args, line in instructions:
        if word in ("ENV", "ARG"):
            for name in re.findall(r"([A-Za-z_][A-Za-z0-9_]*)=", args) or [args.split()[0]]:
                problems.check(
                    not SECRET_NAME.search(name.upper()) or name.upper() in NOT_SECRET,
                    f"Dockerfile:{line}: {word} {name}: no secret in the image's configuration",
                )
        if word == "RUN":
            for value in re.findall(r"DJANGO_SECRET_KEY=(\S+)", args):
                problems.check(
                    "not-a-secret" in value,
                    f"Dockerfile:{line}: the build-time DJANGO_SECRET_KEY must be a marked throwaway",
                )
        if word in ("COPY", "ADD"):
            problems.check(
                not re.search(r"(^|\s)(\S*/)?(\.env|secrets/|\S+\.pem|\S+\.key)(\s|$)", args),
                f"Dockerfile:{line}: {word} must not bring secrets into the image",
            )


def check_dockerignore(problems: Problems) -> None:
    path = ROOT / ".dockerignore"
    if not problems.check(path.exists(), ".dockerignore: missing"):
        return
    entries = {
        line.strip().rstrip("/")
        for line in path.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    for required in (".git", ".venv", "var", ".env", "deploy/secrets"):
        problems.check(required in entries, f".dockerignore: must exclude {required}")


# -- compose.yaml -------------------------------------------------------------------------------
def check_compose(problems: Problems, schema: Path | None) -> dict[str, Any]:
    path = ROOT / "compose.yaml"
    if not problems.check(path.exists(), "compose.yaml: missing"):
        return {}
    try:
        compose = yaml.safe_load(path.read_text())
    except yaml.YAMLError as exc:
        problems.append(f"compose.yaml: not YAML: {exc}")
        return {}
    if schema:
        check_schema(problems, compose, schema)
    services: dict[str, Any] = compose.get("services") or {}
    for name in REQUIRED_SERVICES:
        problems.check(name in services, f"compose.yaml: service {name} missing")

    for name, service in services.items():
        where = f"compose.yaml: {name}"
        health = service.get("healthcheck") or {}
        if name in ONE_SHOTS:
            problems.check(
                str(service.get("restart", "no")) == "no", f"{where}: a one-shot never restarts"
            )
        else:
            problems.check(
                health.get("test") and not health.get("disable"), f"{where}: needs a healthcheck"
            )
        depends = service.get("depends_on") or {}
        if not problems.check(
            isinstance(depends, dict), f"{where}: depends_on in the long form (with conditions)"
        ):
            continue
        for target, spec in depends.items():
            condition = (spec or {}).get("condition")
            if not problems.check(target in services, f"{where}: depends on unknown {target}"):
                continue
            if target in ONE_SHOTS:
                problems.check(
                    condition == "service_completed_successfully",
                    f"{where}: waits for one-shot {target} with service_completed_successfully",
                )
            else:
                target_health = services[target].get("healthcheck") or {}
                problems.check(
                    condition == "service_healthy"
                    and target_health.get("test")
                    and not target_health.get("disable"),
                    f"{where}: waits for {target} with service_healthy (and {target} has a healthcheck)",
                )
        for volume in service.get("volumes") or []:
            source = volume.split(":")[0] if isinstance(volume, str) else volume.get("source", "")
            if source and not source.startswith((".", "/", "$", "~")):
                problems.check(
                    source in (compose.get("volumes") or {}),
                    f"{where}: volume {source} is not declared under volumes:",
                )
        for secret in service.get("secrets") or []:
            source = secret if isinstance(secret, str) else secret.get("source")
            problems.check(
                source in (compose.get("secrets") or {}),
                f"{where}: secret {source} is not declared under secrets:",
            )
        environment = service.get("environment") or {}
        if isinstance(environment, list):
            environment = dict(item.split("=", 1) for item in environment if "=" in item)
        for key, value in environment.items():
            if SECRET_NAME.search(key) and key not in NOT_SECRET and key not in ("C2PA_KEY_FILE",):
                problems.check(
                    value is None
                    or INTERPOLATION.fullmatch(str(value))
                    or str(value).startswith("/run/secrets/"),
                    f"{where}: {key} must come from .env (${{...}}), never a literal in the file",
                )

    for name in APP_SERVICES:
        service = services.get(name) or {}
        environment = service.get("environment") or {}
        problems.check(
            environment.get("DJANGO_SETTINGS_MODULE") == "saas.settings.production",
            f"compose.yaml: {name} runs with DJANGO_SETTINGS_MODULE=saas.settings.production",
        )
        problems.check(service.get("env_file"), f"compose.yaml: {name} reads the .env file")
        problems.check(
            {"C2PA_CERT_FILE", "C2PA_KEY_FILE"} <= set(environment),
            f"compose.yaml: {name} gets C2PA_CERT_FILE and C2PA_KEY_FILE (mounted files)",
        )

    web = command_words(services.get("web") or {})
    problems.check(
        "gunicorn" in web and "saas.wsgi:application" in web,
        "compose.yaml: web runs gunicorn saas.wsgi:application",
    )
    problems.check(
        any(str(port).endswith(":8000") for port in (services.get("web") or {}).get("ports", [])),
        "compose.yaml: web publishes container port 8000",
    )
    for name, queue in (("worker-light", "light"), ("worker-render", "render")):
        words = command_words(services.get(name) or {})
        problems.check(
            words[:4] == ["celery", "-A", "saas", "worker"]
            and option(words, "-Q", "--queues") == queue,
            f"compose.yaml: {name} runs `celery -A saas worker -Q {queue}`",
        )
    render = services.get("worker-render") or {}
    words = command_words(render)
    problems.check(
        option(words, "--pool", "-P") == "prefork",
        "compose.yaml: worker-render uses --pool prefork",
    )
    problems.check(
        option(words, "--concurrency", "-c") == "${RENDER_CONCURRENCY:-2}",
        "compose.yaml: worker-render --concurrency ${RENDER_CONCURRENCY:-2}",
    )
    problems.check(
        option(words, "--max-tasks-per-child") is not None,
        "compose.yaml: worker-render sets --max-tasks-per-child",
    )
    limit = hard_time_limit()
    grace = seconds(render.get("stop_grace_period", "10s"))
    problems.check(
        grace is not None and grace >= limit,
        f"compose.yaml: worker-render stop_grace_period ({render.get('stop_grace_period')}) "
        f"must be >= the render's hard time limit ({limit} s)",
    )
    beat = command_words(services.get("beat") or {})
    problems.check(
        beat[:4] == ["celery", "-A", "saas", "beat"], "compose.yaml: beat runs celery -A saas beat"
    )
    replicas = ((services.get("beat") or {}).get("deploy") or {}).get("replicas", 1)
    problems.check(str(replicas) == "1", "compose.yaml: exactly one beat")
    images = {
        "postgres": r"postgres:(15|16)",
        "redis": r"redis:7",
        "minio": r"minio/minio",
        "createbuckets": r"minio/mc",
    }
    for name, pattern in images.items():
        image = resolve_default(str((services.get(name) or {}).get("image", "")))
        problems.check(
            re.match(pattern, image), f"compose.yaml: {name} image {image!r} (want {pattern})"
        )
    return compose


def check_schema(problems: Problems, compose: dict[str, Any], schema: Path) -> None:
    try:
        import jsonschema  # optional: not a dependency of the app
    except ImportError:
        problems.append("--schema given but jsonschema is not installed")
        return
    validator = jsonschema.Draft7Validator(json.loads(schema.read_text()))
    for error in validator.iter_errors(compose):
        location = ".".join(str(part) for part in error.absolute_path) or "(top)"
        problems.append(f"compose.yaml: schema: {location}: {error.message}")


# -- env.example ------------------------------------------------------------------------------------
def check_env_example(problems: Problems, compose: dict[str, Any]) -> None:
    path = ROOT / "deploy" / "env.example"
    if not problems.check(path.exists(), "deploy/env.example: missing"):
        return
    text = path.read_text()
    values: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition("=")
        if not problems.check(
            sep and re.fullmatch(r"[A-Z][A-Z0-9_]*", key),
            f"deploy/env.example:{number}: not KEY=VALUE",
        ):
            continue
        problems.check(
            " #" not in value, f"deploy/env.example:{number}: comments go on their own line"
        )
        values[key] = value
    for key in REQUIRED_ENV:
        problems.check(key in values, f"deploy/env.example: {key} missing")
    for key in REQUIRED_MENTIONS:
        problems.check(key in text, f"deploy/env.example: {key} not explained")
    for key, value in values.items():
        if SECRET_NAME.search(key) and key not in NOT_SECRET:
            problems.check(
                value == "", f"deploy/env.example: {key} is a secret: leave it empty (placeholder)"
            )
    # Every variable compose.yaml insists on (${VAR:?...}) is in the example.
    raw = (ROOT / "compose.yaml").read_text() if compose else ""
    for name, mode, _ in INTERPOLATION.findall(raw):
        if mode in (":?", "?"):
            problems.check(name in values, f"deploy/env.example: {name} (required by compose)")


# -- KEDA sample ------------------------------------------------------------------------------------
def check_keda(problems: Problems) -> None:
    path = ROOT / "deploy" / "keda-render-scaledobject.yaml"
    if not problems.check(path.exists(), f"{path.relative_to(ROOT)}: missing"):
        return
    where = "deploy/keda-render-scaledobject.yaml"
    try:
        documents = [doc for doc in yaml.safe_load_all(path.read_text()) if doc]
    except yaml.YAMLError as exc:
        problems.append(f"{where}: not YAML: {exc}")
        return
    by_kind = {doc.get("kind"): doc for doc in documents}
    deployment, scaled = by_kind.get("Deployment"), by_kind.get("ScaledObject")
    if not problems.check(deployment and scaled, f"{where}: needs a Deployment and a ScaledObject"):
        return
    problems.check(
        scaled["spec"]["scaleTargetRef"]["name"] == deployment["metadata"]["name"],
        f"{where}: the ScaledObject targets the Deployment",
    )
    triggers = scaled["spec"].get("triggers") or []
    redis = [t for t in triggers if t.get("type") == "redis"]
    problems.check(
        redis
        and redis[0]["metadata"].get("listName") == "render"
        and redis[0]["metadata"].get("listLength"),
        f"{where}: a redis trigger on listName render with a listLength",
    )
    pod = deployment["spec"]["template"]["spec"]
    limit = hard_time_limit()
    problems.check(
        int(pod.get("terminationGracePeriodSeconds", 30)) >= limit,
        f"{where}: terminationGracePeriodSeconds must be >= the hard time limit ({limit} s)",
    )
    words = [str(w) for w in (pod["containers"][0].get("command") or [])]
    problems.check(
        words[:4] == ["celery", "-A", "saas", "worker"] and option(words, "-Q") == "render",
        f"{where}: the container runs `celery -A saas worker -Q render`",
    )


def main() -> int:
    global ROOT
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schema", type=Path, help="compose-spec JSON schema to validate against")
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout to check (default: here)")
    args = parser.parse_args()
    ROOT = args.root.resolve()
    problems = Problems()
    check_dockerfile(problems)
    check_dockerignore(problems)
    compose = check_compose(problems, args.schema)
    check_env_example(problems, compose)
    check_keda(problems)
    for problem in problems:
        print(problem)
    print(f"deploy files: {len(problems)} problem(s)" if problems else "deploy files: ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
