"""systemd's notify protocol (sd_notify(3)), spoken without libsystemd: one datagram of
`KEY=value` lines to the AF_UNIX socket named by $NOTIFY_SOCKET.

Under a `Type=notify` unit with `WatchdogSec=`, the panel says `READY=1` once its window has
drawn a frame, then `WATCHDOG=1` from the GUI thread's own loop at half the watchdog period:
a panel whose loop is stuck (a deadlock, a synchronous call that never returns) stops
pinging, and systemd kills and restarts it, where a process that merely exists would be left
frozen on the wall. The hub does the same from its asyncio loop, ready once it has started.
Without $NOTIFY_SOCKET (started by hand, by a desktop session) all of it does nothing.

This module imports no Qt, so the headless hub does not load it; the panel's part
(`install`) imports Qt only when called."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtQuick import QQuickWindow

log = logging.getLogger(__name__)


class Notifier:
    """Sends state changes to the service manager. A socket is opened per message (as
    sd_notify does): nothing is held between messages, so nothing can be leaked or go stale
    across a fork or an exec."""

    def __init__(self, address: str, *, watchdog_interval_s: float | None) -> None:
        self.address = address
        # How often to ping: half the manager's timeout, as sd_watchdog_enabled(3) advises,
        # so one late ping is not yet a missed one. None when no watchdog was asked for.
        self.watchdog_interval_s = watchdog_interval_s
        self._failed_before = False

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None,
                         pid: int | None = None) -> Notifier | None:
        """The notifier systemd asked for, or None when the process was not started by a
        `Type=notify` unit (or the socket is of a kind this module does not speak)."""
        env = os.environ if environ is None else environ
        raw = env.get("NOTIFY_SOCKET", "")
        if not raw:
            return None
        if raw.startswith("@"):
            # Linux's abstract namespace: the name starts with a NUL byte, not with "@".
            address = "\0" + raw[1:]
        elif raw.startswith("/"):
            address = raw
        else:
            # systemd also knows vsock:CID:PORT, for virtual machines; a panel never gets it.
            log.warning("NOTIFY_SOCKET %r is not a Unix socket: systemd will not hear from "
                        "this process", raw)
            return None
        return cls(address, watchdog_interval_s=_watchdog_interval_s(
            env, os.getpid() if pid is None else pid))

    def notify(self, *fields: str) -> bool:
        """Send `fields` (e.g. "READY=1") as one message; True if the socket took it.
        Never blocks: a ping that cannot be queued at once is dropped (the next one comes
        half a period later), rather than freezing the loop it speaks for."""
        message = "\n".join(fields).encode()
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.sendto(message, socket.MSG_DONTWAIT, self.address)
        except OSError as exc:
            # Said once: a service manager that went away would otherwise fill the log.
            level = logging.DEBUG if self._failed_before else logging.WARNING
            self._failed_before = True
            log.log(level, "could not tell systemd %s (%s)", " ".join(fields), exc)
            return False
        return True


def _watchdog_interval_s(environ: Mapping[str, str], pid: int) -> float | None:
    """Half of $WATCHDOG_USEC, when it is set for this process: $WATCHDOG_PID names the
    process the watchdog is meant for, and a child that inherited the variables (the demo's
    simulator, say) must not ping on its parent's behalf."""
    try:
        usec = int(environ.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    if usec <= 0:
        return None
    meant_for = environ.get("WATCHDOG_PID", "")
    if meant_for:
        try:
            if int(meant_for) != pid:
                return None
        except ValueError:
            return None
    return usec / 1_000_000 / 2


class ShutdownState(Protocol):
    """What the panel's watchdog reads of `ui.Lifecycle` when the loop ends: whether the
    panel shut down (rather than a test stopping the loop between runs) and whether it is
    about to start again in the same process."""

    done: asyncio.Event
    restart_requested: bool


def install(window: QQuickWindow, lifecycle: ShutdownState,
            environ: Mapping[str, str] | None = None) -> QObject | None:
    """Tells systemd the panel is ready after the window's first frame, and pings its
    watchdog from the GUI thread's loop while that loop runs. Call before the loop starts.
    Returns the object doing it (a child of the application: it lives as long as the loop
    can run), or None when no service manager is listening."""
    notifier = Notifier.from_environment(environ)
    if notifier is None:
        return None
    from app.panel_watchdog import PanelWatchdog

    return PanelWatchdog(notifier, window, lifecycle)


class HeadlessWatchdog:
    """The same for a process without a window (the site hub): READY=1 when told, WATCHDOG=1
    from a task on its asyncio loop, STOPPING=1 on the way out."""

    def __init__(self, notifier: Notifier | None) -> None:
        self._notifier = notifier
        self._pinger: asyncio.Task[None] | None = None

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> HeadlessWatchdog:
        return cls(Notifier.from_environment(environ))

    def start(self) -> None:
        """Ping while the running loop turns. Call from within that loop."""
        if self._notifier is None or self._notifier.watchdog_interval_s is None:
            return
        self._pinger = asyncio.get_running_loop().create_task(
            self._ping(self._notifier, self._notifier.watchdog_interval_s),
            name="systemd-watchdog")

    def ready_when_done(self, starting: asyncio.Future[None]) -> None:
        """READY=1 once `starting` has finished well (not if it failed or was cancelled:
        systemd's start timeout then deals with a process that never got going)."""
        def done(future: asyncio.Future[None]) -> None:
            if not future.cancelled() and future.exception() is None:
                self.ready()

        starting.add_done_callback(done)

    def ready(self) -> None:
        if self._notifier is not None:
            self._notifier.notify("READY=1")

    async def stop(self) -> None:
        if self._notifier is not None:
            self._notifier.notify("STOPPING=1")
        if self._pinger is not None:
            self._pinger.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._pinger
            self._pinger = None

    @staticmethod
    async def _ping(notifier: Notifier, interval_s: float) -> None:
        while True:
            notifier.notify("WATCHDOG=1")
            await asyncio.sleep(interval_s)
