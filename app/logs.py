"""Logging for the panel: one line per state change, and never a secret."""

from __future__ import annotations

import logging
import os
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

# Query-string tokens (Yeastar puts its token in the URL) and header-style secrets.
_PATTERNS = [
    re.compile(r"(?i)((?:access_token|refresh_token|token|secret|password)=)([^&\s\"']+)"),
    re.compile(r"(?i)(\"(?:access_token|refresh_token|token|client_secret|password)\"\s*:\s*\")([^\"]+)"),
    # Header lines as HTTP writes them ("Token: ...", "Authorization: Bearer ..."), not prose.
    re.compile(r"\b(Token:\s*|Authorization:\s*(?:Bearer\s+)?)(\S+)"),
]


class SecretRedactor(logging.Filter):
    """Rewrites every record so known secrets and token-shaped values never reach a handler."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()

    def add_secret(self, value: str | None) -> None:
        if value and len(value) >= 4:
            self._secrets.add(value)

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        for pattern in _PATTERNS:
            text = pattern.sub(r"\1***", text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = self.redact(message)
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = self.redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        if redacted != message or record.args:
            record.msg, record.args = redacted, None
        return True


redactor = SecretRedactor()


LOG_FILE_BYTES = 2_000_000
LOG_FILES_KEPT = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class PrivateRotatingFileHandler(RotatingFileHandler):
    """Log files readable by their owner only (0600), rotated ones included: a room panel's
    log names its rooms, people's numbers and the site's services."""

    def _open(self) -> Any:
        stream = super()._open()
        os.chmod(self.baseFilename, 0o600)
        return stream


def default_log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("roompanel"))


def setup_logging(level: str = "INFO", log_dir: Path | None = None) -> None:
    """To stderr, and (for the panel) to rotating files in `log_dir`; both redacted."""
    handler: logging.Handler = logging.StreamHandler()
    handlers = [handler]
    if log_dir is not None:
        try:
            log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            handlers.append(PrivateRotatingFileHandler(log_dir / "roompanel.log",
                                                       maxBytes=LOG_FILE_BYTES,
                                                       backupCount=LOG_FILES_KEPT,
                                                       encoding="utf-8"))
        except OSError as exc:
            print(f"roompanel: cannot write logs to {log_dir}: {exc}", file=sys.stderr)
    for each in handlers:
        each.setFormatter(logging.Formatter(_FORMAT))
        each.addFilter(redactor)
    root = logging.getLogger()
    root.handlers[:] = handlers
    root.setLevel(level.upper())
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
