"""TLS: none for plain HTTP, one shared context for HTTPS, a CA file honoured; and said
plainly: a certificate the panel does not trust is named as such (not as a network fault),
every service takes `ca_file`, and it applies to the PBX's event socket too."""

from __future__ import annotations

import json
import ssl
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import fast_backoff, until

from app.api.errors import ServiceUnreachable
from app.api.tls import verify_for
from app.api.yealink.client import YealinkClient
from app.cli import main
from app.config import parse_config
from app.services import SERVICE, configured
from app.sim.server import Simulator
from app.state.calls import CallBook


def test_plain_http_builds_no_tls_context() -> None:
    assert verify_for("http://127.0.0.1:8080") is False


def test_https_shares_one_context_and_verifies_by_default() -> None:
    first, second = verify_for("https://a.example"), verify_for("https://b.example", True)
    assert isinstance(first, ssl.SSLContext) and first is second
    assert first.verify_mode is ssl.CERT_REQUIRED and first.check_hostname


def test_https_without_verification_is_said_explicitly() -> None:
    assert verify_for("https://control.example", False) is False


def test_a_private_ca_file_gets_its_own_context() -> None:
    import certifi

    context = verify_for("https://control.example", certifi.where())
    assert isinstance(context, ssl.SSLContext) and context is not verify_for("https://x")


@pytest.fixture
def tls_sim() -> Iterator[Simulator]:
    simulator = Simulator(tls=True)
    simulator.start()
    yield simulator
    simulator.stop()


def test_an_untrusted_certificate_is_named_not_taken_for_a_network_fault(
        tls_sim: Simulator, run: Any) -> None:
    async def scenario() -> str:
        async with YealinkClient(tls_sim.yealink_url, tls_sim.yealink.client_id,
                                 tls_sim.yealink.client_secret, read_retries=0) as client:
            with pytest.raises(ServiceUnreachable) as caught:
                await client.list_spaces()
            return caught.value.message

    message = run(scenario())
    assert "certificate is not trusted" in message
    assert "unable to get local issuer certificate" in message or "self" in message


def test_every_service_and_the_event_socket_trust_a_private_ca(tls_sim: Simulator,
                                                               run: Any) -> None:
    config = parse_config(tomllib.loads(tls_sim.config_toml()), environ={})
    assert config.yeastar is not None and config.yeastar.ca_file is not None

    async def scenario() -> None:
        for entry in configured(config):
            assert entry.address(config).startswith("https://"), entry.name
        pbx = SERVICE["yeastar"].connect(config.yeastar)
        book = CallBook(pbx, {"board": ["1001"]}, backoff_factory=fast_backoff)
        book.start()
        try:
            await until(lambda: book.available, 5.0, "events over wss:// with the private CA")
        finally:
            await book.aclose()

    run(scenario())


def test_doctor_names_the_certificate_and_passes_with_the_ca(
        tls_sim: Simulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    checked = "\n".join(line for line in tls_sim.config_toml().splitlines()
                        if line != "verify_tls = false")  # the demo's own shortcut
    trusted = tmp_path / "trusted.toml"
    trusted.write_text(checked, encoding="utf-8")
    assert main(["doctor", "--config", str(trusted), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert all(s["tls"].startswith("verified against") for s in report["services"].values())

    untrusted = tmp_path / "untrusted.toml"
    untrusted.write_text("\n".join(line for line in checked.splitlines()
                                   if not line.startswith("ca_file")), encoding="utf-8")
    assert main(["doctor", "--config", str(untrusted), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    for name, service in report["services"].items():
        assert "certificate is not trusted" in service["error"], name
