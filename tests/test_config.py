"""Configuration: problems name the key; the environment overrides any key."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config import ConfigError, load_config, parse_config

GOOD = {
    "panel": {"mode": "room", "room": "Boardroom"},
    "yealink": {"url": "https://control.example.com/", "client_id": "id", "client_secret": "s"},
}


def test_a_good_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "panel.toml"
    path.write_text(
        '[panel]\nroom = "ห้องประชุม"\n[yealink]\nurl = "https://c.example"\n'
        'client_id = "a"\nclient_secret = "b"\n', encoding="utf-8")
    config = load_config(path, environ={})
    assert config.panel.room == "ห้องประชุม"
    assert config.panel.mode == "room"
    assert config.panel.refresh_interval_s == 60.0
    assert config.yealink.tls_verify is True


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda raw: raw["yealink"].pop("client_secret"), "yealink.client_secret: missing"),
        (lambda raw: raw.pop("yealink"), "yealink: missing"),
        (lambda raw: raw["panel"].update(mode="kiosk"), "panel.mode"),
        (lambda raw: raw["yealink"].update(url="control.example.com"), "yealink.url"),
        (lambda raw: raw["yealink"].update(verfy_tls=False), "yealink.verfy_tls: unknown key"),
        (lambda raw: raw["panel"].update(refresh_interval_s=1), "panel.refresh_interval_s"),
    ],
)
def test_a_problem_names_the_key(change, message: str) -> None:  # type: ignore[no-untyped-def]
    raw = {section: dict(values) for section, values in GOOD.items()}
    change(raw)
    with pytest.raises(ConfigError, match=message.replace(".", r"\.")):
        parse_config(raw, environ={})


def test_environment_overrides_any_key() -> None:
    config = parse_config(
        {section: dict(values) for section, values in GOOD.items()},
        environ={"ROOMPANEL_YEALINK__CLIENT_SECRET": "from-env",
                 "ROOMPANEL_PANEL__MODE": "operator",
                 "ROOMPANEL_YEALINK__VERIFY_TLS": "false",
                 "UNRELATED": "x"},
    )
    assert config.yealink.client_secret == "from-env"
    assert config.panel.mode == "operator"
    assert config.yealink.tls_verify is False


def test_secrets_can_come_only_from_the_environment() -> None:
    raw = {section: dict(values) for section, values in GOOD.items()}
    del raw["yealink"]["client_secret"]
    config = parse_config(raw, environ={"ROOMPANEL_YEALINK__CLIENT_SECRET": "env-only"})
    assert config.yealink.client_secret == "env-only"


def test_missing_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"No configuration file at .*--demo"):
        load_config(tmp_path / "absent.toml", environ={})


def test_broken_toml_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("[panel\nroom = 1\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path, environ={})


def test_missing_ca_file_is_named(tmp_path: Path) -> None:
    raw = {section: dict(values) for section, values in GOOD.items()}
    raw["yealink"]["ca_file"] = str(tmp_path / "nope.pem")
    with pytest.raises(ConfigError, match="ca_file"):
        parse_config(raw, environ={})
