"""TLS settings for the clients. Loading the system's CA store takes ~50 ms per context,
and httpx builds one for every client, even one that only ever speaks plain HTTP (a
simulator on loopback): so plain-HTTP services get none, and HTTPS ones share one."""

from __future__ import annotations

import functools
import ssl


def verify_for(url: str, verify: bool | str = True) -> bool | ssl.SSLContext:
    """httpx's `verify` for a service at `url`: False for plain HTTP (there is no TLS to
    verify), else a shared context (the system's CAs, or the CA file `verify` names)."""
    if url.startswith("http://") or verify is False:
        return False
    return _context(verify if isinstance(verify, str) else None)


@functools.cache
def _context(ca_file: str | None) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=ca_file)
