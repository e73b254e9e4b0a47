"""The panel's configuration: one TOML file, any key overridable from the environment.

`ROOMPANEL_<SECTION>__<KEY>` overrides `[section] key` (for secrets kept out of the file),
e.g. `ROOMPANEL_YEALINK__CLIENT_SECRET`. Any problem stops the app with a message that
names the key; the panel never starts half-configured. (A service whose secret is found
nowhere, its keyring locked say, is left out whole instead: `app/secrets.py`.)
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from app.config_env import apply_environment, default_config_path
from app.schedule import Schedule, normal_hours


class ConfigError(Exception):
    """The configuration cannot be used; the message says which key and why."""


def _http_url(value: str) -> str:
    if not value.startswith(("https://", "http://")):
        raise ValueError("must start with https:// (or http:// for a simulator)")
    return value.rstrip("/")


def _https_url(value: str) -> str:
    value = _http_url(value)
    host = (urlsplit(value).hostname or "").lower()
    if value.startswith("http://") and host not in LOOPBACK_HOSTS \
            and not host.startswith("127."):
        raise ValueError("must start with https:// (the service is HTTPS only; http:// is "
                         "for a simulator on this machine)")
    return value


LOOPBACK_HOSTS = frozenset({"localhost", "::1"})
# A service address: https:// (or http:// for a simulator), without a trailing slash.
ServiceUrl = Annotated[str, AfterValidator(_http_url)]
# A service whose document says HTTPS only: http:// only on this machine (a simulator).
SecureServiceUrl = Annotated[str, AfterValidator(_https_url)]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


LANGUAGES = ("en", "th", "zh_CN")
THEMES = ("dark", "light", "high_contrast")
MODES = ("room", "presenter", "operator")


# One weekday of the display schedule: "07:00-19:00", or "off" (dark all day).
DayHours = Annotated[str, AfterValidator(normal_hours)]


class ScheduleConfig(_Section):
    """`[panel.schedule]`: the hours the screen is on, every weekday named (app/schedule.py)."""

    mon: DayHours
    tue: DayHours
    wed: DayHours
    thu: DayHours
    fri: DayHours
    sat: DayHours
    sun: DayHours

    def schedule(self) -> Schedule:
        return Schedule.from_texts(self.model_dump())


class PanelConfig(_Section):
    # room: locked to one room; presenter: the same, routing and conference pages first;
    # operator: every room as tiles.
    mode: Literal["room", "presenter", "operator"] = "room"
    room: str | None = Field(default=None, description="Yealink space id or name (room mode)")
    refresh_interval_s: float = Field(default=60.0, ge=5.0, le=3600.0)
    language: Literal["en", "th", "zh_CN"] = "en"
    theme: Literal["dark", "light", "high_contrast"] = "dark"
    large_text: bool = False
    fullscreen: bool | None = None  # None: fullscreen in room and presenter modes
    hide_cursor: bool = False  # for touch panels
    dim_after_s: float = Field(default=120.0, ge=0.0, le=86_400.0)  # 0: never
    screensaver_after_s: float = Field(default=600.0, ge=0.0, le=86_400.0)  # 0: never
    # scrypt hash written by the settings screen or `roompanel set-pin`, never the PIN itself
    admin_pin_hash: str | None = Field(default=None, pattern=r"^scrypt\$")
    backlight: Path | None = None  # e.g. /sys/class/backlight/rpi_backlight, for dimming
    brightness: int = Field(default=100, ge=5, le=100)  # percent, awake
    dim_brightness: int = Field(default=20, ge=0, le=100)  # percent, dimmed
    schedule: ScheduleConfig | None = None  # None: no display schedule, always on

    @property
    def display_schedule(self) -> Schedule | None:
        return self.schedule.schedule() if self.schedule is not None else None

    @property
    def is_fullscreen(self) -> bool:
        return self.fullscreen if self.fullscreen is not None else self.mode != "operator"

    @property
    def locked_to_room(self) -> bool:
        return self.mode != "operator" and self.room is not None

    @field_validator("room")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value.strip() or None if value is not None else None


class ServiceSection(_Section):
    """What every service's section has: where it is and how its certificate is checked
    (`ca_file`: a private CA's certificates; `verify_tls = false` trusts any)."""

    url: ServiceUrl
    verify_tls: bool = True
    ca_file: Path | None = None
    # How long one request may take, answer included (a slow site link may want more).
    timeout_s: float = Field(default=10.0, ge=0.5, le=60.0)

    @model_validator(mode="after")
    def _ca_file_exists(self) -> ServiceSection:
        if self.ca_file is not None and not self.ca_file.is_file():
            raise ValueError(f"ca_file {self.ca_file} does not exist")
        return self

    @property
    def tls_verify(self) -> bool | str:
        """What the clients take: False, True (the system's CAs) or a CA file's path."""
        if not self.verify_tls:
            return False
        return str(self.ca_file) if self.ca_file else True


class YealinkConfig(ServiceSection):
    url: SecureServiceUrl
    client_id: str = Field(min_length=1)
    client_secret: str = Field(min_length=1)


class YeastarConfig(ServiceSection):
    client_id: str = Field(min_length=1)
    client_secret: str = Field(min_length=1)


class DingTalkConfig(ServiceSection):
    url: SecureServiceUrl = "https://api.dingtalk.com"
    app_key: str = Field(min_length=1)
    app_secret: str = Field(min_length=1)
    operator_union_id: str = Field(min_length=1)
    poll_interval_s: float = Field(default=30.0, ge=2.0, le=3600.0)


class PortSipConfig(ServiceSection):
    username: str = Field(min_length=1)
    password: str = Field(min_length=1)
    domain: str | None = None
    poll_interval_s: float = Field(default=3.0, ge=1.0, le=300.0)


def _broker_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("mqtt", "mqtts") or not parts.hostname:
        raise ValueError("must be mqtt://host[:port] or mqtts://host[:port]")
    return value.rstrip("/")


class HubConfig(_Section):
    """The site hub's broker. In a hub's configuration: its broker account. In a panel's
    configuration without vendor sections: the panel talks to the site only through it."""

    broker: Annotated[str, AfterValidator(_broker_url)]
    site: str = Field(pattern=r"^[A-Za-z0-9_-]{1,64}$")
    username: str | None = None
    password: str | None = None
    panel_id: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_.-]{1,64}$")
    verify_tls: bool = True
    ca_file: Path | None = None
    timeout_s: float = Field(default=10.0, ge=0.5, le=60.0)

    @property
    def host(self) -> str:
        return urlsplit(self.broker).hostname or ""

    @property
    def port(self) -> int:
        parts = urlsplit(self.broker)
        return parts.port or (8883 if parts.scheme == "mqtts" else 1883)

    @property
    def tls(self) -> bool:
        return self.broker.startswith("mqtts://")

    @property
    def panel_name(self) -> str:
        """This panel's id on the site: as configured, else the machine's name."""
        import socket

        return self.panel_id or socket.gethostname().split(".")[0] or "panel"


class SpeedDial(_Section):
    name: str = Field(min_length=1)
    number: str = Field(pattern=r"^[0-9*#+]+$")


class SerialConfig(_Section):
    baud_rate: Literal[300, 600, 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200] = 9600
    data_bits: Literal[7, 8] = 8
    parity: Literal["none", "odd", "even"] = "none"
    stop_bits: Literal[1, 2] = 1
    flow_control: Literal["none", "dtr_dsr", "rts_cts", "xon_xoff"] = "none"

    def wire(self) -> dict[str, object]:
        return {"baudRate": self.baud_rate, "dataBits": self.data_bits, "parity": self.parity,
                "stopBits": self.stop_bits, "flowControl": self.flow_control}


class DisplayControlConfig(_Section):
    """The commands the codec sends to its display to switch it on and off."""

    control_type: Literal["CEC", "RS232", "IR"] = "CEC"
    command_type: Literal["hex", "ascii"] = "hex"
    on: str = Field(min_length=1)
    off: str = Field(min_length=1)
    serial: SerialConfig | None = None

    @model_validator(mode="after")
    def _serial_for_rs232(self) -> DisplayControlConfig:
        if self.control_type == "RS232" and self.serial is None:
            raise ValueError("serial settings are required when control_type is RS232")
        return self


class RoomConfig(_Section):
    space: str = Field(min_length=1, description="Yealink space id or name")
    device_groups: list[str] = Field(default_factory=list, description="group ids or names")
    display_control: DisplayControlConfig | None = None
    extensions: list[str] = Field(default_factory=list, description="PBX extensions of the room")
    speed_dial: list[SpeedDial] = Field(default_factory=list)
    dingtalk_devices: list[str] = Field(default_factory=list)
    conference_room: str | None = None  # PortSIP conference room id
    pbx_conference: str | None = Field(default=None, pattern=r"^[0-9]+$",
                                       description="Yeastar conference number, e.g. 6400")
    # The conference's dial-in number and PIN shown on the room's panel only after the
    # admin PIN (a room whose callers must not learn the PIN from a passer-by).
    dial_in_behind_pin: bool = False

    @model_validator(mode="after")
    def _pbx_conference_needs_an_extension(self) -> RoomConfig:
        # The PBX places invitations with the call rights of one of the room's extensions.
        if self.pbx_conference and not self.extensions:
            raise ValueError("pbx_conference needs the room's extensions (to invite from)")
        return self


class RoutingConfig(_Section):
    # The document asks for "a certain time interval" between commands on one device.
    pacing_ms: int = Field(default=500, ge=0, le=10_000)
    refresh_interval_s: float = Field(default=2.0, ge=0.2, le=300.0)


class Config(_Section):
    panel: PanelConfig = PanelConfig()
    yealink: YealinkConfig | None = None
    hub: HubConfig | None = None
    routing: RoutingConfig = RoutingConfig()
    yeastar: YeastarConfig | None = None
    dingtalk: DingTalkConfig | None = None
    portsip: PortSipConfig | None = None
    rooms: list[RoomConfig] = Field(default_factory=list)

    @model_validator(mode="after")
    def _a_way_to_the_rooms(self) -> Config:
        if self.yealink is None and self.hub is None:
            raise ValueError("yealink: missing (required, unless a [hub] section says which "
                             "site hub this panel uses)")
        return self

    @property
    def through_hub(self) -> bool:
        """A panel of a site hub: it talks only to the broker, holding no vendor secret."""
        return self.yealink is None

    @property
    def control(self) -> YealinkConfig:
        """The control service's section (a panel on a hub has none)."""
        if self.yealink is None:
            raise ConfigError("This configuration has no [yealink] section")
        return self.yealink

    def room_settings(self, space_id: str, space_name: str) -> RoomConfig | None:
        for room in self.rooms:
            if room.space in (space_id, space_name):
                return room
        return None


def setup_config(panel: Mapping[str, Any] | None = None) -> Config:
    """What the panel runs on before it has a configuration it can start with: just enough to
    show the settings screen (first-run setup, or a secret to be given again); nothing is
    contacted. `panel`: the file's own [panel] section, kept when it is valid (its admin PIN
    guards the settings, its language and theme are the screen's)."""
    try:
        section = PanelConfig.model_validate(dict(panel)) if panel else PanelConfig()
    except ValidationError:
        section = PanelConfig()
    return Config(panel=section,
                  yealink=YealinkConfig(url="https://unconfigured.invalid", client_id="-",
                                        client_secret="-"))


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
    from app.secrets import parse_with_secrets

    return parse_with_secrets(raw, environ if environ is not None else os.environ,
                              source=str(path))


def parse_config(raw: dict[str, Any], environ: Mapping[str, str], source: str = "config") -> Config:
    merged = apply_environment(raw, environ)
    try:
        config = Config.model_validate(merged)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, source)) from None
    return config


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
