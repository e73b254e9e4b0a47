"""Shared fixtures: a Qt GUI application on an asyncio loop, and the simulator on loopback."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import

import asyncio
import gc
import tomllib
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, Protocol, TypeVar

import pytest
import qasync
from PySide6.QtGui import QGuiApplication

from app.api.backoff import Backoff
from app.config import Config, parse_config
from app.i18n import compile_translations
from app.sim.server import Simulator
from app.sim.yealink import YealinkSim
from app.ui import close_async_generators_on

T = TypeVar("T")
RUNNER = "test-runner"


@pytest.fixture(scope="session", autouse=True)
def no_os_keyring() -> None:
    """Tests see no OS keyring (as on CI) unless one sets its own."""
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())


@pytest.fixture(scope="session", autouse=True)
def translations() -> None:
    """The .qm files the language tests load, built from the .ts sources like bootstrap does."""
    compile_translations()


@pytest.fixture(scope="session")
def qapp_cls() -> type[QGuiApplication]:
    return QGuiApplication


@pytest.fixture(scope="session")
def event_loop_qt(qapp: QGuiApplication) -> Iterator[qasync.QEventLoop]:
    qapp.setQuitOnLastWindowClosed(False)
    # As in the app (app/gc_thread.py): cycles are collected on this thread only, never in
    # the simulator's, where freeing a Qt object breaks Qt. The runner collects after each run.
    gc.disable()
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    close_async_generators_on(loop)
    yield loop
    run_until_done(loop, asyncio.ensure_future(loop.shutdown_asyncgens(), loop=loop))
    loop.close()  # joins qasync's executor thread, which Qt would otherwise report
    gc.enable()


def run_until_done(loop: qasync.QEventLoop, task: asyncio.Future[Any]) -> None:
    task.add_done_callback(lambda _: loop.stop())
    loop.run_forever()


@pytest.fixture
def run(event_loop_qt: qasync.QEventLoop) -> Iterator[Callable[..., Any]]:
    """Run a coroutine on the Qt/asyncio loop, failing the test if it takes too long."""
    # asyncio.run() elsewhere (the CLI tests) leaves no current loop behind: restore ours.
    asyncio.set_event_loop(event_loop_qt)

    def runner(coro: Awaitable[T], timeout: float = 20.0) -> T:
        task = event_loop_qt.create_task(asyncio.wait_for(coro, timeout), name=RUNNER)
        # Not run_until_complete: qasync's processes Qt's events once more after the loop has
        # stopped, running asyncio callbacks with no running loop (httpx then breaks).
        run_until_done(event_loop_qt, task)
        gc.collect(0)
        try:
            return task.result()
        except TimeoutError:
            import sys
            for t in asyncio.all_tasks(event_loop_qt):
                t.print_stack(limit=6, file=sys.stderr)
            raise

    yield runner
    # Connection attempts a test abandoned must finish while the loop still runs.
    runner(settle())
    gc.collect()


@pytest.fixture
def sim() -> Iterator[Simulator]:
    simulator = Simulator(yealink=YealinkSim(long_poll_timeout_s=2.0))
    simulator.start()
    yield simulator
    simulator.stop()


@pytest.fixture
def config(sim: Simulator) -> Config:
    return config_for(sim)


def config_for(sim: Simulator, **panel: Any) -> Config:
    raw = tomllib.loads(sim.config_toml())
    raw["panel"].update(panel)
    return parse_config(raw, environ={})


class Closable(Protocol):
    async def close(self) -> None: ...


@pytest.fixture
def panels(sim: Simulator, run: Callable[..., Any]) -> Iterator[list[Closable]]:
    """The panels a test opens; closed after it (the call hook closes them first, while the
    loop can still run them)."""
    made: list[Closable] = []
    yield made
    for panel in made:
        run(panel.close())
    run(settle())


def fast_backoff() -> Backoff:
    """Retries within tens of milliseconds, so outage tests finish quickly."""
    return Backoff(base_s=0.02, cap_s=0.1)


async def settle(timeout: float = 2.0) -> None:
    """Let every task the test started finish, so none runs on after the test."""
    pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    pending = [t for t in pending if t.get_name() != RUNNER]
    if pending:
        _, still = await asyncio.wait(pending, timeout=timeout)
        for task in still:  # a background loop a test left behind
            task.cancel()
        if still:
            await asyncio.wait(still, timeout=timeout)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """Close what a test opened while the loop can still run it: pytest-qt processes Qt
    events right after the test, and asyncio work run from there has no loop."""
    try:
        return (yield)
    finally:
        funcargs = getattr(item, "funcargs", {})
        runner = funcargs.get("run")
        if runner is not None:
            for panel in funcargs.get("panels") or []:
                runner(panel.close())
            if funcargs.get("panels"):
                funcargs["panels"].clear()
            runner(settle())


async def until(predicate: Callable[[], bool], timeout: float = 5.0, what: str = "") -> None:
    """Wait for a condition the code under test will make true, or fail after `timeout`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what or predicate}")
        await asyncio.sleep(0.01)
