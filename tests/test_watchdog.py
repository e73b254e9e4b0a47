"""systemd's notify protocol: READY=1 after the first frame, WATCHDOG=1 from the GUI thread's
loop while it turns (and not while it is stuck), STOPPING=1 after a shutdown; the same for
the headless hub's asyncio loop. A datagram socket in tmp plays the service manager; the
kernel stamps each datagram with the time it was sent, so the tests reason about when
pings were sent, not about when the test got round to reading them."""

from __future__ import annotations

import asyncio
import itertools
import os
import signal
import socket
import statistics
import struct
import subprocess
import sys
import time
import tomllib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow

from app import watchdog
from app.sim.server import Simulator
from app.watchdog import HeadlessWatchdog, Notifier

# Linux's value; Python's socket module does not name it on every build.
SO_TIMESTAMPNS = getattr(socket, "SO_TIMESTAMPNS", 35)
TIMESPEC = struct.Struct("@ll")
UCRED = struct.Struct("@iII")  # pid, uid, gid

USEC = 100_000  # a 100 ms watchdog: a ping every 50 ms
INTERVAL_S = USEC / 1_000_000 / 2


@dataclass(frozen=True)
class Datagram:
    text: str
    sent_at: float  # the kernel's wall-clock time of the send
    pid: int  # the sender, as systemd's NotifyAccess=main checks it


class FakeServiceManager:
    """The service manager's end of $NOTIFY_SOCKET."""

    def __init__(self, address: str) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(address)
        self.sock.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
        self.sock.setblocking(False)
        self.received: list[Datagram] = []

    def read(self) -> list[Datagram]:
        """Everything sent so far, in order."""
        ancillary = socket.CMSG_SPACE(TIMESPEC.size) + socket.CMSG_SPACE(UCRED.size)
        while True:
            try:
                data, messages, _flags, _ = self.sock.recvmsg(4096, ancillary)
            except BlockingIOError:
                return self.received
            sent_at, pid = float("nan"), -1
            for level, kind, payload in messages:
                if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS:
                    seconds, nanoseconds = TIMESPEC.unpack(payload[:TIMESPEC.size])
                    sent_at = seconds + nanoseconds / 1e9
                elif level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS:
                    pid = UCRED.unpack(payload[:UCRED.size])[0]
            self.received.append(Datagram(data.decode(), sent_at, pid))

    def texts(self) -> list[str]:
        """Every field said so far, one message's fields after another."""
        return [line for d in self.read() for line in d.text.split("\n")]

    def pings(self) -> list[Datagram]:
        return [d for d in self.read() if d.text == "WATCHDOG=1"]

    async def wait_for(self, enough: Callable[[], bool], timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not enough():
            assert time.monotonic() < deadline, f"got only {self.texts()}"
            await asyncio.sleep(0.005)

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def manager(tmp_path: Path) -> Iterator[FakeServiceManager]:
    fake = FakeServiceManager(str(tmp_path / "notify"))
    yield fake
    fake.close()


@pytest.fixture
def window(qapp: QGuiApplication) -> Iterator[QQuickWindow]:
    made = QQuickWindow()
    made.resize(200, 100)
    yield made
    made.close()
    made.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def install(window: QQuickWindow) -> Iterator[Callable[..., QObject | None]]:
    """`watchdog.install` on the test's window; what it made (a child of the application,
    which outlives the test) is deleted after the test."""
    made: list[QObject] = []

    def installer(lifecycle: FakeLifecycle, environ: dict[str, str]) -> QObject | None:
        installed = watchdog.install(window, lifecycle, environ=environ)
        if installed is not None:
            made.append(installed)
        return installed

    yield installer
    for installed in made:
        installed.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@dataclass
class FakeLifecycle:
    done: asyncio.Event = field(default_factory=asyncio.Event)
    restart_requested: bool = False


def environ_for(manager: FakeServiceManager, **more: str) -> dict[str, str]:
    return {"NOTIFY_SOCKET": manager.sock.getsockname(), **more}


def busy(seconds: float) -> None:
    """The GUI thread stuck in a synchronous call (a hung read, a runaway computation)."""
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        pass


# --- the protocol ------------------------------------------------------------------------


def test_without_notify_socket_nothing_is_sent(window: QQuickWindow) -> None:
    assert Notifier.from_environment({}) is None
    assert watchdog.install(window, FakeLifecycle(), environ={}) is None
    assert HeadlessWatchdog.from_environment({})._notifier is None


def test_the_watchdog_interval_is_half_the_managers_and_only_for_its_process() -> None:
    def interval(**env: str) -> float | None:
        notifier = Notifier.from_environment({"NOTIFY_SOCKET": "/run/x", **env}, pid=42)
        assert notifier is not None
        return notifier.watchdog_interval_s

    assert interval(WATCHDOG_USEC="30000000") == 15.0
    assert interval(WATCHDOG_USEC="30000000", WATCHDOG_PID="42") == 15.0
    # Inherited by a child (the demo's simulator): not the child's watchdog.
    assert interval(WATCHDOG_USEC="30000000", WATCHDOG_PID="41") is None
    assert interval() is None
    assert interval(WATCHDOG_USEC="0") is None
    assert interval(WATCHDOG_USEC="soon") is None
    assert Notifier.from_environment({"NOTIFY_SOCKET": "vsock:2:9"}) is None


def test_a_message_reaches_an_abstract_socket() -> None:
    name = f"roompanel-test-{uuid.uuid4().hex}"
    fake = FakeServiceManager("\0" + name)
    try:
        notifier = Notifier.from_environment({"NOTIFY_SOCKET": "@" + name})
        assert notifier is not None
        assert notifier.notify("READY=1", "STATUS=up")
        assert [d.text for d in fake.read()] == ["READY=1\nSTATUS=up"]
        assert fake.received[0].pid == os.getpid()
    finally:
        fake.close()


def test_a_manager_gone_is_logged_not_raised(tmp_path: Path,
                                            caplog: pytest.LogCaptureFixture) -> None:
    notifier = Notifier(str(tmp_path / "nobody-listens"), watchdog_interval_s=None)
    assert not notifier.notify("WATCHDOG=1")
    assert not notifier.notify("WATCHDOG=1")
    warnings = [r for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1  # once, not once a ping


# --- the panel: the GUI thread's loop ------------------------------------------------------


def test_ready_comes_after_the_first_frame(manager: FakeServiceManager, window: QQuickWindow,
                                          install: Callable[..., QObject | None],
                                          run: Callable[..., Any]) -> None:
    installed = install(FakeLifecycle(), environ_for(manager))
    assert installed is not None
    frames: list[float] = []
    window.frameSwapped.connect(lambda: frames.append(time.time()),
                                Qt.ConnectionType.DirectConnection)

    async def scenario() -> None:
        for _ in range(5):  # turns of the loop with no frame drawn: nothing to say yet
            await asyncio.sleep(0)
        assert manager.texts() == []
        window.show()
        await manager.wait_for(lambda: "READY=1" in manager.texts())
        # Frames keep coming; READY is said once.
        window.update()
        await manager.wait_for(lambda: len(frames) >= 2)

    run(scenario())
    ready = [d for d in manager.read() if d.text.startswith("READY=1")]
    assert len(ready) == 1
    assert ready[0].sent_at >= frames[0]
    assert ready[0].pid == os.getpid()
    # The panel is the service's main process even when a kiosk compositor started it.
    assert ready[0].text == f"READY=1\nMAINPID={os.getpid()}"
    # No watchdog was asked for ($WATCHDOG_USEC unset): no ping.
    assert manager.pings() == []


def test_pings_come_while_the_loop_runs_and_stop_while_it_is_stuck(
        manager: FakeServiceManager, install: Callable[..., QObject | None],
        run: Callable[..., Any]) -> None:
    installed = install(FakeLifecycle(), environ_for(manager, WATCHDOG_USEC=str(USEC)))
    assert installed is not None
    stuck: list[float] = []

    async def scenario() -> None:
        await manager.wait_for(lambda: len(manager.pings()) >= 4)
        started = time.time()
        busy(10 * INTERVAL_S)
        stuck.extend([started, time.time()])
        await manager.wait_for(lambda: len([p for p in manager.pings()
                                            if p.sent_at > stuck[1]]) >= 3)

    run(scenario())
    started, ended = stuck
    pings = [p.sent_at for p in manager.pings()]
    before = [t for t in pings if t <= started]
    during = [t for t in pings if started < t < ended]
    after = [t for t in pings if t >= ended]
    assert during == []
    assert len(before) >= 4 and len(after) >= 3
    # The silence spans the whole block: systemd would have seen no ping for that long.
    assert min(after) - max(before) >= ended - started
    # While the loop runs, pings come every half period (a coarse Qt timer, a busy machine).
    gaps = [b - a for a, b in itertools.pairwise(before)]
    assert 0.8 * INTERVAL_S <= statistics.median(gaps) <= 4 * INTERVAL_S
    assert all(p.pid == os.getpid() for p in manager.pings())


@pytest.mark.parametrize(("shut_down", "restarting", "said"), [
    (True, False, ["STOPPING=1"]),
    # Started again in place (same pid): systemd must keep waiting for its READY=1.
    (True, True, []),
    # The loop ended with the panel still up (a test between two runs): nothing to say.
    (False, False, []),
])
def test_stopping_is_said_once_the_panel_has_shut_down(
        manager: FakeServiceManager, install: Callable[..., QObject | None],
        run: Callable[..., Any], shut_down: bool, restarting: bool, said: list[str]) -> None:
    lifecycle = FakeLifecycle(restart_requested=restarting)
    install(lifecycle, environ_for(manager))
    if shut_down:
        lifecycle.done.set()
    run(asyncio.sleep(0))
    assert manager.texts() == said


def test_the_panel_process_tells_systemd(sim: Simulator, tmp_path: Path,
                                         manager: FakeServiceManager) -> None:
    """`roompanel` as systemd starts it: ready after its first frame, pinging from its own
    pid (NotifyAccess=main), stopping on SIGTERM."""
    config = tmp_path / "panel.toml"
    config.write_text(sim.config_toml(), encoding="utf-8")
    panel = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "--config", str(config), "--log-dir",
         str(tmp_path / "logs")],
        env={**{k: v for k, v in os.environ.items() if k != "WATCHDOG_PID"},
             "QT_QPA_PLATFORM": "offscreen", "NOTIFY_SOCKET": manager.sock.getsockname(),
             "WATCHDOG_USEC": "400000"},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 30
        while len(manager.pings()) < 3 or "READY=1" not in manager.texts():
            assert panel.poll() is None, panel.stdout.read() if panel.stdout else ""
            assert time.monotonic() < deadline, f"got only {manager.texts()}"
            time.sleep(0.05)
        panel.send_signal(signal.SIGTERM)
        output, _ = panel.communicate(timeout=20)
    finally:
        if panel.poll() is None:
            panel.kill()
    assert panel.returncode == 0, output
    texts = manager.texts()
    assert texts.count("READY=1") == 1
    assert texts[-1] == "STOPPING=1"
    assert {d.pid for d in manager.read()} == {panel.pid}


# --- the hub: a headless asyncio loop ------------------------------------------------------


def test_the_hub_is_ready_once_started_and_pings_from_its_loop(
        manager: FakeServiceManager) -> None:
    stuck: list[float] = []

    async def hub() -> None:
        keeper = HeadlessWatchdog.from_environment(environ_for(manager,
                                                               WATCHDOG_USEC=str(USEC)))
        keeper.start()
        starting: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        keeper.ready_when_done(starting)
        await manager.wait_for(lambda: len(manager.pings()) >= 3)
        assert "READY=1" not in manager.texts()
        starting.set_result(None)
        await manager.wait_for(lambda: "READY=1" in manager.texts())
        started = time.time()
        busy(10 * INTERVAL_S)
        stuck.extend([started, time.time()])
        await manager.wait_for(lambda: len([p for p in manager.pings()
                                            if p.sent_at > stuck[1]]) >= 2)
        await keeper.stop()

    asyncio.run(hub())
    texts = manager.texts()
    assert texts[-1] == "STOPPING=1"
    assert texts.count("READY=1") == 1
    pings = [p.sent_at for p in manager.pings()]
    assert [t for t in pings if stuck[0] < t < stuck[1]] == []


def test_the_hub_process_tells_systemd(sim: Simulator, tmp_path: Path,
                                       manager: FakeServiceManager) -> None:
    """`roompanel hub` as systemd starts it: ready once it follows the site's rooms, pinging
    from its own pid, stopping on SIGTERM."""
    import tomli_w
    from mosquitto import running_broker

    for broker in running_broker(tmp_path):
        raw = tomllib.loads(sim.config_toml())
        raw["hub"] = {"broker": broker.url, "site": "hq", "timeout_s": 2.0}
        config = tmp_path / "site.toml"
        config.write_text(tomli_w.dumps(raw), encoding="utf-8")
        hub = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "hub", "--config", str(config)],
            env={**{k: v for k, v in os.environ.items() if k != "WATCHDOG_PID"},
                 "NOTIFY_SOCKET": manager.sock.getsockname(), "WATCHDOG_USEC": "400000"},
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            deadline = time.monotonic() + 30
            while len(manager.pings()) < 2 or "READY=1" not in manager.texts():
                assert hub.poll() is None, hub.stdout.read() if hub.stdout else ""
                assert time.monotonic() < deadline, f"got only {manager.texts()}"
                time.sleep(0.05)
            hub.send_signal(signal.SIGTERM)
            output, _ = hub.communicate(timeout=20)
        finally:
            if hub.poll() is None:
                hub.kill()
        assert hub.returncode == 0, output
    texts = manager.texts()
    assert texts.count("READY=1") == 1
    assert texts[-1] == "STOPPING=1"
    assert {d.pid for d in manager.read()} == {hub.pid}


def test_a_hub_that_failed_to_start_is_never_ready(manager: FakeServiceManager) -> None:
    async def hub() -> None:
        keeper = HeadlessWatchdog.from_environment(environ_for(manager))
        starting: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        keeper.ready_when_done(starting)
        starting.set_exception(ConnectionError("no broker"))
        await asyncio.sleep(0)
        await keeper.stop()
        assert isinstance(starting.exception(), ConnectionError)

    asyncio.run(hub())
    assert manager.texts() == ["STOPPING=1"]
