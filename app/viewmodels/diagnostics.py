"""The diagnostics page: each service's connection state, last success, last error and
request latency; where the secrets came from (and a service left out for want of its
secret); the app's version; a button that writes a support bundle."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement

from app.secrets import SecretSources, env_name
from app.state.features import features_off
from app.state.service_status import service_statuses
from app.viewmodels.phrases import feature_label, phrase_problem
from app.viewmodels.qml_types import uncreatable

QML_IMPORT_NAME = "RoomPanel.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)


@QmlElement
@uncreatable("Owned by RpApp")
class RpDiagnostics(QObject):
    changed = Signal()

    def __init__(self, configured: list[str], *, unverified: frozenset[str] = frozenset(),
                 version: Callable[[], str],
                 event_stream: Callable[[], tuple[bool, str]] | None,
                 write_bundle: Callable[[], Path | None],
                 secrets: SecretSources | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._configured = configured  # in the service table's order
        self._secrets = secrets or SecretSources()
        self._unverified = unverified  # HTTPS services whose certificate is not checked
        self._version = version
        self._event_stream = event_stream
        self._write_bundle = write_bundle
        self._services: list[dict[str, Any]] = []
        self._bundle_path = ""
        self._bundle_error = ""
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)
        self.refresh()

    def activate(self) -> None:
        self.refresh()
        self._timer.start()

    def deactivate(self) -> None:
        self._timer.stop()

    @Property(str, constant=True)
    def version(self) -> str:
        return self._version()  # read from the package's metadata when the page shows

    @Property(list, notify=changed)
    def services(self) -> list[dict[str, Any]]:
        return self._services

    # QStringList, not list: QML (and qmllint) then know it as list<string>, with its length.
    @Property("QStringList", constant=True)  # type: ignore[arg-type]
    def secretSources(self) -> list[str]:
        """environment | file | keyring: where this configuration's secrets came from."""
        return self._secrets.used

    @Property("QStringList", constant=True)  # type: ignore[arg-type]
    def secretsMissing(self) -> list[str]:
        """"section.key" of each secret found nowhere (its service is left out)."""
        return self._secrets.missing

    @Property(str, constant=True)
    def keyringState(self) -> str:
        """unused | read | locked | failed | no_answer | none"""
        return self._secrets.keyring

    @Property(str, notify=changed)
    def bundlePath(self) -> str:
        return self._bundle_path

    @Property(str, notify=changed)
    def bundleError(self) -> str:
        return self._bundle_error

    @Slot()
    def refresh(self) -> None:
        rows = []
        for status in service_statuses(self._configured):
            state, detail = status.state, ""
            if status.service == "yeastar" and self._event_stream is not None:
                up, reason = self._event_stream()
                if not up and state == "ok":
                    state = "failing"
                detail = "" if up else reason
            latency = status.median_latency_ms
            rows.append({
                "service": status.service, "state": state,
                "lastSuccess": _when(status.last_success),
                "lastError": status.last_error,
                "lastErrorAt": _when(status.last_error_at),
                "latencyMs": -1 if latency is None else round(latency),
                "requests": status.requests,
                "failures": status.failures,
                "tlsUnverified": status.service in self._unverified,
                "featuresOff": "\n".join(
                    f"{feature_label(off.feature)}: {phrase_problem(off.problem)}"
                    for off in features_off(status.service) if off.problem is not None),
                "detail": detail, "secretVariable": ""})
        rows += [_left_out(name) for name in self._secrets.missing]
        if rows != self._services:
            self._services = rows
            self.changed.emit()

    @Slot()
    def writeSupportBundle(self) -> None:
        try:
            path = self._write_bundle()
        except OSError as exc:
            log.error("Could not write the support bundle: %s", exc)
            self._bundle_path, self._bundle_error = "", str(exc.strerror or exc)
        else:
            if path is None:
                return  # the panel is closing
            log.info("Support bundle written to %s", path)
            self._bundle_path, self._bundle_error = str(path), ""
        self.changed.emit()


def _left_out(secret: str) -> dict[str, Any]:
    """The row of a service not signed in to: its secret is missing."""
    section, key = secret.split(".", 1)
    return {"service": section, "state": "missing", "lastSuccess": "", "lastError": "",
            "lastErrorAt": "", "latencyMs": -1, "requests": 0, "failures": 0,
            "tlsUnverified": False, "featuresOff": "", "detail": "",
            "secretVariable": env_name(section, key)}


def _when(stamp: float | None) -> str:
    if stamp is None:
        return ""
    moment = datetime.fromtimestamp(stamp)
    if time.time() - stamp < 86_400:
        return moment.strftime("%H:%M:%S")
    return moment.strftime("%Y-%m-%d %H:%M")
