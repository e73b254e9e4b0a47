"""The panel's configuration: one TOML file, any key overridable from the environment.

`ROOMPANEL_<SECTION>__<KEY>` overrides `[section] key` (for secrets kept out of the file),
e.g. `ROOMPANEL_YEALINK__CLIENT_SECRET`. Any problem stops the app with a message that
names the key; the panel never starts half-configured.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

ENV_PREFIX = "ROOMPANEL_"


class ConfigError(Exception):
    """The configuration cannot be used; the message says which key and why."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PanelConfig(_Section):
    mode: Literal["room", "operator"] = "room"
    room: str | None = Field(default=None, description="Yealink space id or name (room mode)")
    refresh_interval_s: float = Field(default=60.0, ge=5.0, le=3600.0)

    @field_validator("room")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value.strip() or None if value is not None else None


class YealinkConfig(_Section):
    url: str
    client_id: str = Field(min_length=1)
    client_secret: str = Field(min_length=1)
    verify_tls: bool = True
    ca_file: Path | None = None

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("https://", "http://")):
            raise ValueError("must start with https:// (or http:// for a simulator)")
        return value.rstrip("/")

    @model_validator(mode="after")
    def _ca_file_exists(self) -> YealinkConfig:
        if self.ca_file is not None and not self.ca_file.is_file():
            raise ValueError(f"ca_file {self.ca_file} does not exist")
        return self

    @property
    def tls_verify(self) -> bool | str:
        if not self.verify_tls:
            return False
        return str(self.ca_file) if self.ca_file else True


class Config(_Section):
    panel: PanelConfig = PanelConfig()
    yealink: YealinkConfig


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir("roompanel")) / "roompanel.toml"


def load_config(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Config:
    path = path or default_config_path()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"No configuration file at {path}. Copy resources/sample-config.toml there "
            "(or pass --config FILE), or try the demo with `roompanel --demo`."
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None
    return parse_config(raw, environ if environ is not None else os.environ, source=str(path))


def parse_config(raw: dict[str, Any], environ: Mapping[str, str], source: str = "config") -> Config:
    merged = _apply_environment(raw, environ)
    try:
        config = Config.model_validate(merged)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, source)) from None
    return config


def _apply_environment(raw: dict[str, Any], environ: Mapping[str, str]) -> dict[str, Any]:
    merged: dict[str, Any] = {k: dict(v) if isinstance(v, dict) else v for k, v in raw.items()}
    for name, value in environ.items():
        if not name.startswith(ENV_PREFIX) or "__" not in name:
            continue
        section, _, key = name[len(ENV_PREFIX):].lower().partition("__")
        target = merged.setdefault(section, {})
        if isinstance(target, dict):
            target[key] = value
    return merged


def _describe(exc: ValidationError, source: str) -> str:
    lines = [f"Configuration problem in {source}:"]
    for error in exc.errors():
        key = ".".join(str(part) for part in error["loc"])
        if error["type"] == "missing":
            lines.append(f"  {key}: missing (required)")
        elif error["type"] == "extra_forbidden":
            lines.append(f"  {key}: unknown key")
        else:
            lines.append(f"  {key}: {error['msg']}")
    return "\n".join(lines)
