"""Starts the built bundle in demo mode, waits until it shows the room screen, sends
SIGTERM and checks it exits cleanly (status 0, its simulator child gone too): offscreen,
then as a Wayland client of a headless weston (the way a kiosk compositor runs it).

Each run also plays systemd's part of a `Type=notify` unit with a watchdog: the panel must
say READY=1 (after a frame was really drawn and swapped, which is how the Wayland run knows
the compositor gave Qt a working surface), ping WATCHDOG=1, say STOPPING=1 on SIGTERM, all
from the bundle's own process (what NotifyAccess=main accepts).

    python packaging/smoke_test.py [dist/roompanel/roompanel]

weston comes from Debian's package (`scripts/bootstrap package` installs it).
"""

from __future__ import annotations

import contextlib
import os
import re
import select
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOM_ON_SCREEN = "Room on screen:"
TIMEOUT_S = 60
WATCHDOG_USEC = 2_000_000  # a ping a second
UCRED = struct.Struct("@iII")  # pid, uid, gid of a datagram's sender


def main() -> int:
    binary = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/roompanel/roompanel")
    if not smoke(binary, "offscreen", {"QT_QPA_PLATFORM": "offscreen"}):
        return 1
    try:
        with headless_weston() as wayland:
            if not smoke(binary, "wayland", wayland):
                return 1
    except WestonFailed as exc:
        print(f"smoke [wayland]: FAILED: {exc}")
        return 1
    print("smoke: OK")
    return 0


def smoke(binary: Path, label: str, platform_env: dict[str, str]) -> bool:
    """The bundle on one platform, up to the room screen and back down on SIGTERM."""
    with tempfile.TemporaryDirectory(prefix="roompanel-notify-") as scratch:
        manager = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        with manager:
            manager.bind(str(Path(scratch) / "notify"))
            manager.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
            manager.setblocking(False)
            env = {key: value for key, value in os.environ.items()
                   if key not in {"DISPLAY", "WAYLAND_DISPLAY", "WATCHDOG_PID"}}
            env.update(platform_env, NOTIFY_SOCKET=manager.getsockname(),
                       WATCHDOG_USEC=str(WATCHDOG_USEC))
            return _run(binary, label, env, manager)


def _run(binary: Path, label: str, env: dict[str, str], manager: socket.socket) -> bool:
    say = f"smoke [{label}]:"
    panel = subprocess.Popen([str(binary), "--demo", "--log-dir", f"build/smoke-logs/{label}"],
                             stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                             env=env, start_new_session=True)
    assert panel.stderr is not None
    deadline = time.monotonic() + TIMEOUT_S
    seen: list[str] = []
    told: list[tuple[str, int]] = []
    room_line = ""
    try:
        while time.monotonic() < deadline:
            told.extend(_datagrams(manager))
            texts = [text for text, _ in told]
            if room_line and "READY=1" in texts and "WATCHDOG=1" in texts:
                break
            ready, _, _ = select.select([panel.stderr.fileno(), manager.fileno()], [], [], 1.0)
            if panel.stderr.fileno() in ready:
                line = panel.stderr.readline()
                if not line:
                    break
                seen.append(line)
                if ROOM_ON_SCREEN in line:
                    room_line = line.strip()
            elif panel.poll() is not None:
                break
        texts = [text for text, _ in told]
        if not (room_line and "READY=1" in texts and "WATCHDOG=1" in texts):
            print(f"{say} FAILED: the room screen never came up (room line: {bool(room_line)}, "
                  f"systemd was told {texts}). Its log:\n" + "".join(seen[-40:]))
            return False
        print(f"{say} {room_line}")
        print(f"{say} systemd was told READY=1 after a frame, then WATCHDOG=1 "
              f"({texts.count('WATCHDOG=1')} pings so far)")
        panel.send_signal(signal.SIGTERM)
        # Read on while it shuts down: a full pipe would block its last log lines.
        _, rest = panel.communicate(timeout=20)
        seen.append(rest)
        told.extend(_datagrams(manager))
        print(f"{say} exit status {panel.returncode} after SIGTERM")
        problems = _shutdown_problems(panel, told)
        if problems:
            print(f"{say} FAILED ({'; '.join(problems)}). Its log:\n" + "".join(seen[-40:]))
            return False
        print(f"{say} OK")
        return True
    finally:
        if panel.poll() is None:
            os.killpg(panel.pid, signal.SIGKILL)
            panel.wait()


def _shutdown_problems(panel: subprocess.Popen[str], told: list[tuple[str, int]]) -> list[str]:
    problems = []
    leftovers = _group_members(panel.pid)
    if panel.returncode != 0 or leftovers:
        problems.append(f"status {panel.returncode}, processes left: {leftovers}")
    if told[-1][0] != "STOPPING=1":
        problems.append(f"its last word to systemd was {told[-1][0]!r}, not STOPPING=1")
    senders = {pid for _, pid in told}
    if senders != {panel.pid}:
        problems.append(f"systemd heard from {senders}, not only the main process "
                        f"{panel.pid} (NotifyAccess=main would drop the others)")
    return problems


def _datagrams(manager: socket.socket) -> list[tuple[str, int]]:
    """Each field the panel told systemd since the last call, with the sender's pid."""
    got: list[tuple[str, int]] = []
    while True:
        try:
            data, ancillary, _, _ = manager.recvmsg(4096, socket.CMSG_SPACE(UCRED.size))
        except BlockingIOError:
            return got
        pid = next((UCRED.unpack(payload[:UCRED.size])[0] for level, kind, payload in ancillary
                    if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS), -1)
        got.extend((field, pid) for field in data.decode().split("\n"))


class WestonFailed(RuntimeError):
    pass


@contextlib.contextmanager
def headless_weston() -> Iterator[dict[str, str]]:
    """A headless weston (no display, no GPU: it composites in software) with its kiosk
    shell, which shows one application fullscreen, as cage does on a panel. Yields what a
    Wayland client needs to find it."""
    weston = shutil.which("weston")
    if weston is None:
        raise WestonFailed("weston is not installed (apt-get install weston; "
                           "scripts/bootstrap package installs it)")
    version = subprocess.run([weston, "--version"], capture_output=True, text=True,
                             check=False).stdout
    found = re.search(r"(\d+)\.\d+", version)
    major = int(found.group(1)) if found else 0
    # Weston 11 named its backends and shells without the module file name; older ones
    # take the file name. Both are tried, the likelier first.
    short = ["--backend=headless", "--shell=kiosk"]
    files = ["--backend=headless-backend.so", "--shell=kiosk-shell.so"]
    spellings = [short, files] if major >= 11 else [files, short]
    # Wayland wants a private runtime directory (mode 0700) for its socket.
    with tempfile.TemporaryDirectory(prefix="roompanel-wayland-") as runtime:
        os.chmod(runtime, 0o700)
        display = "roompanel-smoke"
        failures = []
        for options in spellings:
            log_path = Path(runtime) / "weston.log"
            compositor = subprocess.Popen(
                [weston, *options, f"--socket={display}", "--idle-time=0",
                 f"--log={log_path}"],
                env={**os.environ, "XDG_RUNTIME_DIR": runtime}, stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
            try:
                if _wait_for_socket(Path(runtime) / display, compositor):
                    print(f"smoke [wayland]: {version.strip()} {' '.join(options)}")
                    yield {"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": display,
                           "XDG_RUNTIME_DIR": runtime}
                    return
                log = log_path.read_text(errors="replace") if log_path.exists() else ""
                failures.append(f"{' '.join(options)}: {log[-2000:]}")
            finally:
                compositor.terminate()
                try:
                    compositor.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    compositor.kill()
                    compositor.wait()
        raise WestonFailed("weston did not start:\n" + "\n".join(failures))


def _wait_for_socket(path: Path, compositor: subprocess.Popen[bytes]) -> bool:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and compositor.poll() is None:
        if path.exists():
            return True
        time.sleep(0.05)
    return False


def _group_members(group: int) -> list[int]:
    """Processes still in the panel's process group (its simulator child, say). The panel
    waits for its child before it exits, so none may be left."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.getpgid(int(entry.name)) == group:
                    found.append(int(entry.name))
            except ProcessLookupError:
                continue
    return found


if __name__ == "__main__":
    sys.exit(main())
