"""docker-compose.yml and the Dockerfile are validated here (no Docker engine runs on this machine)."""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).parent.parent


def compose():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_services_healthchecks_and_dependencies():
    c = compose()
    services = c["services"]
    assert {"postgres", "mailpit", "scheduler", "web", "redis", "worker"} <= set(services)
    for name in ("postgres", "redis", "mailpit", "web"):
        assert services[name]["healthcheck"]["test"], name
    for app in ("scheduler", "web", "worker"):
        dep = services[app]["depends_on"]
        assert dep["postgres"]["condition"] == "service_healthy", app
    assert services["scheduler"]["command"][-1] == "run"
    assert services["worker"]["command"][-1] == "worker"
    assert "ports" not in services["worker"], "workers scale: no fixed host port"


def test_ports_are_bound_to_loopback_only():
    for name, svc in compose()["services"].items():
        for port in svc.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), (name, port)


def test_secrets_come_from_the_environment():
    text = (ROOT / "docker-compose.yml").read_text()
    c = compose()
    env = c["services"]["scheduler"]["environment"]
    assert set(env) >= {"DATABASE_URL", "SMTP_URL", "MAIL_FROM", "HUUNGHI_SECRET", "BASE_URL", "REDIS_URL"}
    assert env["HUUNGHI_SECRET"] == "${HUUNGHI_SECRET:?set HUUNGHI_SECRET}"
    assert "${POSTGRES_PASSWORD:?" in env["DATABASE_URL"]
    assert not re.search(r"(PASSWORD|SECRET):\s+[\"']?[A-Za-z0-9]{6,}[\"']?\s*$", text, re.M), "no literal secret"


def test_dockerfile():
    text = (ROOT / "Dockerfile").read_text()
    assert text.startswith("# huunghi") and "FROM python:3.11" in text
    assert "USER huunghi" in text and 'ENTRYPOINT ["huunghi"]' in text
    for path in re.findall(r"^COPY (\S+) ", text, re.M):
        assert (ROOT / path).exists(), path
