"""What the configuration file and the environment say, before anything validates it: the
file's default place and the `ROOMPANEL_<SECTION>__<KEY>` overrides. Standard library only,
so the panel's first frame can read its room's cache before pydantic is imported."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import platformdirs

ENV_PREFIX = "ROOMPANEL_"


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir("roompanel")) / "roompanel.toml"


def apply_environment(raw: Mapping[str, Any], environ: Mapping[str, str]) -> dict[str, Any]:
    merged: dict[str, Any] = {k: dict(v) if isinstance(v, dict) else v for k, v in raw.items()}
    # Only tables ([section]) take environment overrides; arrays of tables ([[rooms]]) do not.
    for name, value in environ.items():
        if not name.startswith(ENV_PREFIX) or "__" not in name:
            continue
        section, _, key = name[len(ENV_PREFIX):].lower().partition("__")
        if isinstance(merged.get(section), list):
            continue
        target = merged.setdefault(section, {})
        if isinstance(target, dict):
            target[key] = value
    return merged
