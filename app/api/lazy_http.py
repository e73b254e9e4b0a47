"""The one httpx client a service client talks through: made on its first request (its TLS
context and httpcore's import need not hold up the first screen), or one a test injects,
which then stays the test's to close."""

from __future__ import annotations

from typing import Any

import httpx

from app.api.tls import verify_for


class LazyHttp:
    def __init__(self, url: str, *, timeout_s: float, verify: bool | str = True,
                 headers: dict[str, str] | None = None,
                 injected: httpx.AsyncClient | None = None) -> None:
        self.options: dict[str, Any] = {"verify": verify_for(url, verify),
                                        "timeout": httpx.Timeout(timeout_s)}
        if headers:
            self.options["headers"] = headers
        self._injected = injected
        self._own: httpx.AsyncClient | None = None

    @property
    def client(self) -> httpx.AsyncClient:
        if self._injected is not None:
            return self._injected
        if self._own is None:
            self._own = httpx.AsyncClient(**self.options)
        return self._own

    async def aclose(self) -> None:
        if self._own is not None:
            await self._own.aclose()
