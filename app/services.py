"""The services a panel talks to, in one table: what each is called, where its settings
live, which of them are secrets, how its client is made and how `doctor` checks it.

Configuration, the settings screen, the session, diagnostics, the support bundle and
`doctor` all read this table; a new vendor is its client, its simulator and one entry here
(plus its probe in `state/report.py`). Nothing heavy is imported here: a client's module is
imported when the client is made.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.config import Config


@dataclass(frozen=True)
class SettingField:
    """One field of a service on the settings screen."""

    name: str
    kind: str  # text | secret | bool
    required: bool = False  # needed whenever the section is present


@dataclass(frozen=True)
class ServiceEntry:
    name: str  # key in health records, diagnostics and doctor's report
    section: str  # the configuration section: [yealink]
    label: str  # named inside an English sentence: "the PBX"
    secrets: tuple[str, ...]  # keys of the section that are secrets
    settings: tuple[SettingField, ...]  # what the settings screen edits
    required: bool  # the panel cannot run without it
    connect: Callable[[Any], Any]  # the section -> its client
    probe: Callable[[Config, list[dict[str, Any]]], Awaitable[dict[str, Any]]]

    def configured(self, config: Config) -> bool:
        return getattr(config, self.section, None) is not None

    def settings_of(self, config: Config) -> Any:
        return getattr(config, self.section)

    def address(self, config: Config) -> str:
        section = self.settings_of(config)
        return str(getattr(section, "url", None) or getattr(section, "broker", ""))

    def unverified(self, config: Config) -> bool:
        """Reached over TLS without checking the certificate."""
        section = self.settings_of(config)
        encrypted = self.address(config).startswith(("https://", "mqtts://"))
        return encrypted and not section.verify_tls


# --- clients, made on demand ----------------------------------------------------------------

def _yealink(section: Any) -> Any:
    from app.api.yealink.client import YealinkClient

    return YealinkClient(section.url, section.client_id, section.client_secret,
                         verify=section.tls_verify, request_timeout_s=section.timeout_s)


def _yeastar(section: Any) -> Any:
    from app.api.yeastar.client import YeastarClient

    return YeastarClient(section.url, section.client_id, section.client_secret,
                         verify=section.tls_verify, request_timeout_s=section.timeout_s)


def _portsip(section: Any) -> Any:
    from app.api.portsip.client import PortSipClient

    return PortSipClient(section.url, section.username, section.password, section.domain,
                         verify=section.tls_verify, request_timeout_s=section.timeout_s)


def _dingtalk(section: Any) -> Any:
    from app.api.dingtalk.client import DingTalkClient

    return DingTalkClient(section.url, section.app_key, section.app_secret,
                          section.operator_union_id, verify=section.tls_verify,
                          request_timeout_s=section.timeout_s)


# --- doctor's checks, in state/report.py (imported when doctor runs) ------------------------

async def _probe_yealink(config: Config, rooms: list[dict[str, Any]]) -> dict[str, Any]:
    from app.state.report import probe_yealink

    return await probe_yealink(config, rooms)


async def _probe_yeastar(config: Config, rooms: list[dict[str, Any]]) -> dict[str, Any]:
    from app.state.report import probe_yeastar

    return await probe_yeastar(config, rooms)


async def _probe_portsip(config: Config, rooms: list[dict[str, Any]]) -> dict[str, Any]:
    from app.state.report import probe_portsip

    return await probe_portsip(config, rooms)


async def _probe_dingtalk(config: Config, rooms: list[dict[str, Any]]) -> dict[str, Any]:
    from app.state.report import probe_dingtalk

    return await probe_dingtalk(config, rooms)


def _hub(section: Any) -> Any:
    from app.api.broker import BrokerLink

    return BrokerLink(section, client_id=f"roompanel-check-{section.panel_name}")


async def _probe_hub(config: Config, rooms: list[dict[str, Any]]) -> dict[str, Any]:
    from app.state.report import probe_hub

    return await probe_hub(config, rooms)


_ADDRESS = SettingField("url", "text", required=True)
_TLS = SettingField("verify_tls", "bool")

SERVICES: tuple[ServiceEntry, ...] = (
    ServiceEntry(
        "yealink", "yealink", "the control service", ("client_secret",),
        (_ADDRESS, SettingField("client_id", "text", required=True),
         SettingField("client_secret", "secret", required=True), _TLS),
        required=True, connect=_yealink, probe=_probe_yealink),
    ServiceEntry(
        "yeastar", "yeastar", "the PBX", ("client_secret",),
        (_ADDRESS, SettingField("client_id", "text", required=True),
         SettingField("client_secret", "secret", required=True)),
        required=False, connect=_yeastar, probe=_probe_yeastar),
    ServiceEntry(
        "portsip", "portsip", "the conference server", ("password",),
        (_ADDRESS, SettingField("username", "text", required=True),
         SettingField("password", "secret", required=True)),
        required=False, connect=_portsip, probe=_probe_portsip),
    ServiceEntry(
        "dingtalk", "dingtalk", "DingTalk", ("app_secret",),
        (SettingField("app_key", "text", required=True),
         SettingField("app_secret", "secret", required=True),
         SettingField("operator_union_id", "text", required=True)),
        required=False, connect=_dingtalk, probe=_probe_dingtalk),
    # The site hub's broker (the hub's own account, or a panel's on a site hub, which then
    # needs no service section at all); its password is a secret like the services'.
    ServiceEntry(
        "hub", "hub", "the site hub", ("password",),
        (SettingField("broker", "text", required=True), SettingField("site", "text",
                                                                     required=True),
         SettingField("username", "text"), SettingField("password", "secret"),
         SettingField("panel_id", "text")),
        required=False, connect=_hub, probe=_probe_hub),
)
SERVICE = {entry.name: entry for entry in SERVICES}
SECRET_KEYS = frozenset((entry.section, key) for entry in SERVICES for key in entry.secrets)


def configured(config: Config) -> list[ServiceEntry]:
    """The services this configuration uses, in the table's order."""
    return [entry for entry in SERVICES if entry.configured(config)]


def secrets_of(config: Config) -> list[str]:
    """Every secret value in a configuration (for the log's redactor)."""
    found = []
    for entry in configured(config):
        section = entry.settings_of(config)
        found += [str(getattr(section, key)) for key in entry.secrets if getattr(section, key)]
    return found
