"""Runs the panel window (against the configured services, or the built-in simulator)."""

from __future__ import annotations

import asyncio
import logging
import sys
import tomllib

from app.config import Config, parse_config

log = logging.getLogger(__name__)


def run_panel(config: Config | None) -> int:
    import qasync
    from PySide6.QtGui import QGuiApplication

    from app.state.session import PanelSession
    from app.ui import build_ui, install_quit_signals, run_event_loop
    from app.viewmodels.app import RpApp

    simulator = None
    if config is None:
        from app.sim.server import Simulator

        simulator = Simulator().start()
        config = parse_config(tomllib.loads(simulator.config_toml()), environ={}, source="demo")
        log.info("Demo: simulator running at %s", simulator.yealink_url)

    app = QGuiApplication(sys.argv)
    app.setApplicationName("roompanel")
    app.setOrganizationName("roompanel")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    _signal_timer = install_quit_signals(app)
    try:
        ui = build_ui(RpApp(PanelSession(config)))
        run_event_loop(app, ui)
    finally:
        if simulator is not None:
            simulator.stop()
    return 0
