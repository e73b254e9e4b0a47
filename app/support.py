"""The support bundle an installer sends when something is wrong: the logs (secrets
redacted once more on the way out), the configuration without its secrets, versions, and
how each service has been answering. One zip file."""

from __future__ import annotations

import json
import os
import platform
import sys
import time
import zipfile
from dataclasses import asdict
from importlib import metadata
from pathlib import Path
from typing import Any

import tomli_w

from app.api.health import all_health
from app.logs import redactor
from app.secrets import without_secrets


def app_version() -> str:
    try:
        return metadata.version("roompanel")
    except metadata.PackageNotFoundError:
        return "unknown"


def versions() -> dict[str, str]:
    from PySide6 import QtCore
    from PySide6 import __version__ as pyside_version

    return {"roompanel": app_version(), "python": sys.version.split()[0],
            "pyside6": pyside_version, "qt": QtCore.qVersion(),
            "platform": platform.platform()}


def health_report() -> dict[str, Any]:
    report = {}
    for name, health in all_health().items():
        entry = asdict(health)
        entry["latencies_ms"] = list(health.latencies_ms)
        entry["median_latency_ms"] = health.median_latency_ms
        entry["state"] = health.state
        report[name] = entry
    return report


def write_support_bundle(target_dir: Path, raw_config: dict[str, Any], log_dir: Path | None,
                         extra: dict[str, Any] | None = None) -> Path:
    target_dir.mkdir(parents=True, exist_ok=True)
    path = target_dir / time.strftime("roompanel-support-%Y%m%d-%H%M%S.zip")
    # For its owner only from the first byte: the logs in it say a lot about the site.
    private = os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb")
    with private, zipfile.ZipFile(private, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("versions.json", json.dumps(versions(), indent=2))
        bundle.writestr("config.toml", tomli_w.dumps(without_secrets(raw_config)))
        bundle.writestr("services.json", json.dumps(
            {"health": health_report(), **(extra or {})}, indent=2, ensure_ascii=False,
            default=str))
        for log_file in sorted(log_dir.glob("roompanel.log*")) if log_dir else []:
            text = log_file.read_text(encoding="utf-8", errors="replace")
            bundle.writestr(f"logs/{log_file.name}",
                            "\n".join(redactor.redact(line) for line in text.splitlines()))
    return path
