"""Runs the simulated services on loopback, on an event loop of their own.

The simulator lives in a background thread so the panel under test (or the demo) talks to
it over real sockets exactly as it would to the vendors' servers, and a busy UI loop cannot
slow the simulator down (nor the other way round).
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import ssl
import tempfile
import threading
from collections.abc import Callable, Collection, Coroutine
from concurrent.futures import Future
from pathlib import Path
from typing import Any, TypeVar

from aiohttp import web

from app.sim.demo import demo_config_toml
from app.sim.dingtalk import DingTalkSim
from app.sim.portsip import PortSipSim
from app.sim.tls import SimCertificates, make_certificates
from app.sim.yealink import YealinkSim
from app.sim.yeastar import YeastarSim

log = logging.getLogger(__name__)
T = TypeVar("T")


class _ClientWentAway(logging.Filter):
    """A client that hangs up mid-answer is what fault tests do all day: not an error of
    the simulator's (aiohttp logs it with a traceback, from the simulator's thread)."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return not isinstance(error, ConnectionResetError)  # aiohttp's reset error is one


logging.getLogger("aiohttp.server").addFilter(_ClientWentAway())


class SimulatedService:
    """One vendor service on its own loopback port; can be taken off the network and back."""

    def __init__(self, name: str, app_factory: Callable[[], web.Application], port: int = 0):
        self.name = name
        self._app_factory = app_factory
        self.port = port
        self.ssl_context: ssl.SSLContext | None = None  # set: HTTPS (and WSS) only
        self._runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        scheme = "https" if self.ssl_context is not None else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    @property
    def online(self) -> bool:
        return self._runner is not None

    async def start(self) -> None:
        runner = web.AppRunner(self._app_factory(), access_log=None, handle_signals=False,
                               shutdown_timeout=0.5)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", self.port, reuse_address=True,
                           ssl_context=self.ssl_context)
        await site.start()
        if self.port == 0:
            server = site._server  # the bound socket is the only place the chosen port lives
            assert isinstance(server, asyncio.base_events.Server)
            self.port = server.sockets[0].getsockname()[1]
        self._runner = runner

    async def stop(self) -> None:
        """Close the listener and every open connection: clients see a dead service."""
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()


class Simulator:
    """All simulated services, running in a daemon thread.

    `call(fn)` runs `fn` on the simulator's loop and returns its result, so tests and the
    demo can change state safely from any thread.

    `tls`: True serves every service over HTTPS (the PBX's socket over WSS), or name the
    services to; the certificate is made at `start()` and its CA is `tls_ca_file`.
    """

    def __init__(self, *, yealink: YealinkSim | None = None, yealink_port: int = 0,
                 yeastar: YeastarSim | None = None, yeastar_port: int = 0,
                 dingtalk: DingTalkSim | None = None, dingtalk_port: int = 0,
                 portsip: PortSipSim | None = None, portsip_port: int = 0,
                 tls: bool | Collection[str] = False) -> None:
        self.yealink = yealink or YealinkSim()
        self.yeastar = yeastar or YeastarSim()
        self.dingtalk = dingtalk or DingTalkSim()
        self.portsip = portsip or PortSipSim()
        self.services: dict[str, SimulatedService] = {
            "yealink": SimulatedService("yealink", self._yealink_app, yealink_port),
            "yeastar": SimulatedService("yeastar", self._yeastar_app, yeastar_port),
            "dingtalk": SimulatedService("dingtalk", self._dingtalk_app, dingtalk_port),
            "portsip": SimulatedService("portsip", self._portsip_app, portsip_port),
        }
        self._tls = set(self.services) if tls is True else set(tls or ())
        unknown = self._tls - set(self.services)
        if unknown:
            raise ValueError(f"no such service for tls: {', '.join(sorted(unknown))}")
        self._certificates: SimCertificates | None = None
        self._scenarios: list[asyncio.Future[None]] = []
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="simulator",
                                        daemon=True)

    def _yealink_app(self) -> web.Application:
        app = web.Application(middlewares=[self.yealink.middleware])
        app.add_routes(self.yealink.routes())
        return app

    def _yeastar_app(self) -> web.Application:
        app = web.Application(middlewares=[self.yeastar.middleware])
        app.add_routes(self.yeastar.routes())
        return app

    def _dingtalk_app(self) -> web.Application:
        app = web.Application(middlewares=[self.dingtalk.middleware])
        app.add_routes(self.dingtalk.routes())
        return app

    def _portsip_app(self) -> web.Application:
        app = web.Application(middlewares=[self.portsip.middleware])
        app.add_routes(self.portsip.routes())
        return app

    def play_scenarios(self, pace: float = 1.0) -> None:
        """Let the PBX play calls by itself (the demo)."""
        from app.sim.dingtalk import play_devices
        from app.sim.yeastar_scenario import play_forever

        async def start() -> None:
            self._scenarios.append(asyncio.ensure_future(
                play_forever(self.yeastar, pace, conference=self.portsip)))
            self._scenarios.append(asyncio.ensure_future(play_devices(self.dingtalk, pace)))

        self.run(start())

    def start(self) -> Simulator:
        if self._tls:
            self._certificates = make_certificates(Path(tempfile.mkdtemp(prefix="sim-tls-")))
            context = self._certificates.server_context()
            for name in self._tls:
                self.services[name].ssl_context = context
        self._thread.start()
        for service in self.services.values():
            self.run(service.start())
        return self

    def stop(self) -> None:
        if self._certificates is not None:
            shutil.rmtree(self._certificates.ca_file.parent, ignore_errors=True)
        if not self._thread.is_alive():
            return
        for service in self.services.values():
            self.run(service.stop())
        self.run(self._cancel_leftovers())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._loop.close()

    @property
    def tls_ca_file(self) -> str:
        """The CA a client must trust to reach the HTTPS services (while started)."""
        if self._certificates is None:
            raise RuntimeError("the simulator serves no TLS (or has not started)")
        return str(self._certificates.ca_file)

    async def _cancel_leftovers(self) -> None:
        # Handlers still sleeping in an injected delay would otherwise die with the loop.
        others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in others:
            task.cancel()
        await asyncio.gather(*others, return_exceptions=True)

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    @property
    def yealink_url(self) -> str:
        return self.services["yealink"].url

    @property
    def yeastar_url(self) -> str:
        return self.services["yeastar"].url

    @property
    def dingtalk_url(self) -> str:
        return self.services["dingtalk"].url

    @property
    def portsip_url(self) -> str:
        return self.services["portsip"].url

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 10.0) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    def call(self, fn: Callable[[], T], timeout: float = 10.0) -> T:
        future: Future[T] = Future()

        def invoke() -> None:
            try:
                future.set_result(fn())
            except BaseException as exc:  # handed to the caller's thread
                future.set_exception(exc)

        self._loop.call_soon_threadsafe(invoke)
        return future.result(timeout)

    def take_offline(self, name: str = "yealink") -> None:
        self.run(self.services[name].stop())

    def bring_online(self, name: str = "yealink") -> None:
        self.run(self.services[name].start())

    def config_toml(self) -> str:
        """A configuration file that points a panel at this simulator."""
        toml = demo_config_toml(
            self.yealink_url, self.yealink.client_id, self.yealink.client_secret,
            yeastar_url=self.yeastar_url, yeastar_id=self.yeastar.client_id,
            yeastar_secret=self.yeastar.client_secret, dingtalk_url=self.dingtalk_url,
            portsip_url=self.portsip_url, conference_room=self.portsip.board_id,
        )
        if self._certificates is None:
            return toml
        trust = f"\nca_file = '{self.tls_ca_file}'"  # a literal string: Windows paths
        return "\n".join(line + trust if line.startswith('url = "https://') else line
                         for line in toml.split("\n"))
