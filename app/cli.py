"""`roompanel`: the panel, the demo, the simulator, and the installer's shell tools."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.config import Config
    from app.preview import Preview


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="roompanel",
        description="Touch-panel room control for Yealink AVoIP central control.",
    )
    parser.add_argument("--config", type=Path, help="configuration file (TOML)")
    parser.add_argument("--demo", action="store_true",
                        help="start the built-in simulator and show the panel against it")
    parser.add_argument(
        "--log-level",
        default=None,
        help="DEBUG, INFO, WARNING... (default: INFO for the panel, WARNING for tools)",
    )
    parser.add_argument("--log-dir", type=Path, default=None,
                        help="where the panel writes its rotating logs "
                             "(default: the platform's log directory)")
    parser.add_argument("--cache-dir", type=Path, default=None,
                        help="where the panel keeps its room's last confirmed state, to "
                             "draw it at once at start (default: the platform's cache "
                             "directory; the demo keeps none unless given one)")
    # For bench/startup.py: print when the room's data is first on screen, then quit.
    parser.add_argument("--quit-after-first-frame", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command")

    sim = commands.add_parser("sim", help="run the simulator alone and print a matching config")
    sim.add_argument("--port", type=int, default=0, help="Yealink port (default: any free port)")
    sim.add_argument("--pbx-port", type=int, default=0, help="Yeastar port (default: any)")
    sim.add_argument("--dingtalk-port", type=int, default=0, help="DingTalk port (default: any)")
    sim.add_argument("--portsip-port", type=int, default=0, help="PortSIP port (default: any)")
    sim.add_argument("--campus", type=int, default=0, metavar="N",
                     help="add N ordinary rooms (to try the operator console at scale)")
    # Run as the demo's child process: say when ready, stop when the parent goes away.
    sim.add_argument("--child", action="store_true", help=argparse.SUPPRESS)

    hub = commands.add_parser("hub", help="run the site hub: one session per service for "
                                          "every room, published on the site's broker")
    hub.add_argument("--config", type=Path, dest="sub_config")
    fleet = commands.add_parser("fleet", help="every panel of the site, from the broker")
    fleet.add_argument("--config", type=Path, dest="sub_config")
    fleet.add_argument("--json", action="store_true", help="print them as JSON")

    set_pin = commands.add_parser("set-pin", help="set the admin PIN of the settings screen")
    set_pin.add_argument("--config", type=Path, dest="sub_config")

    doctor = commands.add_parser("doctor", help="check every configured service and report")
    doctor.add_argument("--config", type=Path, dest="sub_config")
    doctor.add_argument("--json", action="store_true", help="print the report as JSON")

    invoke = commands.add_parser("invoke", help="invoke one macro of one room")
    invoke.add_argument("--config", type=Path, dest="sub_config")
    invoke.add_argument("--room", required=True, help="room id or name")
    invoke.add_argument("--macro", required=True, help="macro id or name")
    route = commands.add_parser("route", help="set one route; exit 0 once it is confirmed")
    route.add_argument("--config", type=Path, dest="sub_config")
    route.add_argument("--room", required=True, help="room id or name")
    route.add_argument("--source", help="encoder id or name (not needed with --signal none)")
    route.add_argument("--display", required=True, help="decoder id or name")
    route.add_argument("--signal", default="Audio/Video",
                       choices=["Audio/Video", "Video", "Audio", "none"])
    return parser


TOOLS = ("doctor", "invoke", "route", "set-pin", "fleet", "hub")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command not in TOOLS:
        return _main(args)
    # A tool never ends in a traceback: whatever it did not foresee is said in one line
    # (the traceback goes to the log, shown with --log-level DEBUG).
    try:
        return _main(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        import logging

        logging.getLogger("app.cli").debug("roompanel %s failed", args.command, exc_info=exc)
        print(f"roompanel {args.command}: unexpected error ({type(exc).__name__}: "
              f"{_redact(str(exc))[:300]})", file=sys.stderr)
        return 1


def _main(args: argparse.Namespace) -> int:
    config_path: Path | None = getattr(args, "sub_config", None) or args.config
    # A room panel draws its room from the cache first: before the configuration is
    # validated, before even the log is set up (see app/preview.py).
    preview = _preview(args, config_path) if args.command is None and not args.demo else None
    from app.logs import default_log_dir, setup_logging

    quiet_by_default = args.command in ("doctor", "invoke", "route", "sim", "set-pin",
                                        "fleet")
    # Only the panel keeps log files: the tools and the demo's simulator child print.
    log_dir = None if args.command else (args.log_dir or default_log_dir())
    setup_logging(args.log_level or ("WARNING" if quiet_by_default else "INFO"), log_dir)
    if preview is not None:
        import logging

        logging.getLogger("app.preview").info(
            "First frame from the cache: %s as confirmed at %s", preview.room_name,
            preview.confirmed_at)
    if args.command == "sim":
        from app.commands.sim import run_simulator

        return run_simulator(args.port, pbx_port=args.pbx_port,
                             dingtalk_port=args.dingtalk_port, portsip_port=args.portsip_port,
                             child=args.child, campus=args.campus)
    if args.command is None and args.demo:
        # The demo's services have new addresses every run: a cache would never match.
        return _restart_if_asked(_run_demo(quit_after_first_frame=args.quit_after_first_frame,
                                           log_dir=log_dir, cache_dir=args.cache_dir))

    from app.config import ConfigError

    try:
        if args.command == "doctor":
            from app.commands.doctor import run_doctor

            return run_doctor(_load(config_path), as_json=args.json)
        if args.command == "invoke":
            from app.commands.invoke import run_invoke

            return run_invoke(_load(config_path), room=args.room, macro=args.macro)
        if args.command == "route":
            from app.commands.route import run_route

            if args.signal != "none" and not args.source:
                print("roompanel route: --source is required unless --signal none",
                      file=sys.stderr)
                return 2
            return run_route(_load(config_path), room=args.room, source=args.source,
                             display=args.display, signal=args.signal)
        if args.command == "hub":
            from app.commands.hub import run_hub

            return run_hub(_load(config_path))
        if args.command == "fleet":
            from app.commands.hub import run_fleet

            return run_fleet(_load(config_path), as_json=args.json)
        if args.command == "set-pin":
            from app.commands.set_pin import run_set_pin

            return run_set_pin(config_path or default_config_path())
        from app.commands.panel import run_panel
        from app.config import setup_config
        from app.config_store import ConfigStore

        store = ConfigStore(config_path or default_config_path())
        if not store.path.exists():
            # First run: the settings screen writes the configuration (the file is not needed).
            print(f"roompanel: no configuration at {store.path}: opening the settings screen "
                  "to write one", file=sys.stderr)
            return _restart_if_asked(run_panel(setup_config(), store=store, log_dir=log_dir,
                                               first_run=True))
        from app.secrets import SecretMissing
        from app.state.snapshot_cache import default_cache_dir

        try:
            config = _load(config_path)
        except SecretMissing as exc:
            # A locked keyring never stops the panel: it opens on its settings screen (behind
            # its admin PIN), saying which secret to give.
            import logging

            logging.getLogger("app.cli").error("Not started: %s", exc)
            print(f"roompanel: {exc}: opening the settings screen", file=sys.stderr)
            if preview is not None:
                preview.close()
            return _restart_if_asked(run_panel(
                setup_config(store.read_panel()), store=store, log_dir=log_dir,
                first_run=True, setup_reason=str(exc)))
        return _restart_if_asked(run_panel(
            config, store=store, log_dir=log_dir,
            quit_after_first_frame=args.quit_after_first_frame,
            cache_dir=args.cache_dir or default_cache_dir(), preview=preview))
    except ConfigError as exc:
        print(f"roompanel: {exc}", file=sys.stderr)
        return 2


def _preview(args: argparse.Namespace, config_path: Path | None) -> Preview | None:
    import os

    from app.config_env import default_config_path as default
    from app.preview import show_cached_room
    from app.state.snapshot_cache import default_cache_dir

    path = config_path or default()
    if not path.is_file():
        return None
    preview = show_cached_room(path, args.cache_dir or default_cache_dir(), os.environ)
    if preview is not None and args.quit_after_first_frame:
        import resource

        # For bench/startup.py: when, and the memory the process needed for it.
        print(f"first-room-frame {preview.shown_at:.6f}", flush=True)
        peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"first-room-rss {peak_mib:.1f}", flush=True)
    return preview


def _redact(text: str) -> str:
    from app.logs import redactor

    return redactor.redact(text)


def _restart_if_asked(status: int) -> int:
    from app.commands.panel import RESTART, restart_process

    if status == RESTART:
        restart_process()  # does not return
    return status


def _run_demo(*, quit_after_first_frame: bool, log_dir: Path | None,
              cache_dir: Path | None) -> int:
    # The simulator starts first, so it comes up while the panel imports Qt.
    from app.sim.demo import DemoSimulatorProcess

    simulator = DemoSimulatorProcess()
    try:
        import tempfile
        import tomllib

        from app.commands.panel import run_panel
        from app.config import parse_config
        from app.config_store import ConfigStore

        text = simulator.config_toml()
        config = parse_config(tomllib.loads(text), environ={}, source="demo")
        with tempfile.TemporaryDirectory(prefix="roompanel-demo-") as scratch:
            # The demo's settings screen saves to a scratch copy, never to a real config.
            store = ConfigStore(Path(scratch) / "roompanel.toml", environ={})
            store.path.write_text(text, encoding="utf-8")
            return run_panel(config, before_start=simulator.wait_ready, store=store,
                             cache_dir=cache_dir,
                             log_dir=log_dir, quit_after_first_frame=quit_after_first_frame)
    finally:
        simulator.stop()


def _load(path: Path | None) -> Config:
    from app.config import load_config
    from app.services import secrets_of

    config = load_config(path)
    from app.logs import redactor

    for secret in secrets_of(config):
        redactor.add_secret(secret)
    return config


def default_config_path() -> Path:
    from app.config_env import default_config_path as default

    return default()


if __name__ == "__main__":
    sys.exit(main())
