"""Logging for the panel: one line per state change, and never a secret."""

from __future__ import annotations

import logging
import re

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


def setup_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(redactor)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
