"""TLS settings: none for plain HTTP, one shared context for HTTPS, a CA file honoured."""

from __future__ import annotations

import ssl

from app.api.tls import verify_for


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
