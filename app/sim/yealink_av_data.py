"""The simulated AV-over-IP devices: groups of encoders and decoders, their routes and codecs."""

from __future__ import annotations

from dataclasses import dataclass, field

# CEC opcodes the simulated displays understand (Image View On, Standby).
CEC_POWER_ON = "40 04"
CEC_STANDBY = "40 36"


@dataclass
class SimDevice:
    id: str
    name: str
    model: str
    type: str  # encoder | decoder
    ip: str
    mac: str
    status: str = "online"
    # decoder side
    video_from: str | None = None  # encoder MAC
    audio_from: str | None = None
    analog_audio_out: int = 1
    volume: int = 60
    display_on: bool = False
    hdmi_out: str = "lan in"
    video_capture_out: str = "none"
    auto_switching: int = 1
    # encoder side
    lan_out: str = "usb-c"
    lan_out_switching: int = 1
    loop_out: str = "usb-c"
    loop_out_switching: int = 1
    # USB codec settings
    usb_mode: str = "transmitter"
    usb_switch: str = "follow_video"
    usb_host: str = "usb_c"
    display_commands: list[str] = field(default_factory=list)


@dataclass
class SimPreset:
    id: str
    name: str
    routes: list[tuple[str, str, str]]  # (encoder MAC, decoder MAC, signal)
    applied: bool = False


@dataclass
class SimAutoGroup:
    id: str
    name: str
    enable: bool = False


@dataclass
class SimGroup:
    id: str
    name: str
    devices: list[SimDevice] = field(default_factory=list)
    presets: list[SimPreset] = field(default_factory=list)
    autos: list[SimAutoGroup] = field(default_factory=list)
    usb_mode: str = "Follow Video"
    usb_routes: set[tuple[str, str]] = field(default_factory=set)


def _devices(prefix: str, subnet: int, encoders: list[tuple[str, str]],
             decoders: list[tuple[str, str]]) -> list[SimDevice]:
    made = []
    for n, (name, model) in enumerate(encoders, 1):
        mac = f"24{subnet:02x}0a00{n:04x}"
        made.append(SimDevice(f"EN300_{prefix}{n}", name, model, "encoder",
                              f"10.60.{subnet}.{10 + n}", mac))
    for n, (name, model) in enumerate(decoders, 1):
        mac = f"54{subnet:02x}0b00{n:04x}"
        made.append(SimDevice(f"DE300_{prefix}{n}", name, model, "decoder",
                              f"10.60.{subnet}.{100 + n}", mac))
    return made


def matrix_group(group_id: str, name: str, sources: int, displays: int) -> SimGroup:
    """A large group for benchmarks: `sources` encoders and `displays` decoders."""
    return SimGroup(group_id, name, _devices(
        group_id[:4], 200,
        [(f"Source {n:02}", "VP59") for n in range(1, sources + 1)],
        [(f"Display {n:02}", "VP59") for n in range(1, displays + 1)],
    ))


def demo_groups() -> list[SimGroup]:
    board = SimGroup("1e65020e-6064-9bd0-1d6b-8de77400c884", "Boardroom", _devices("b", 26, [
        ("Lectern laptop", "AVE300"), ("Table HDMI 1", "AVE300"), ("Table HDMI 2", "AVE300"),
        ("Ceiling camera", "UVC86"), ("Wireless cast", "WPP30"),
    ], [
        ("Main display", "AVD300"), ("Left screen", "AVD300"), ("Right screen", "AVD300"),
        ("Projector", "AVD300"), ("Confidence monitor", "AVD300"),
    ]))
    macs = {d.name: d.mac for d in board.devices}
    board.devices[4].status = "offline"  # the wireless cast box is unplugged
    board.devices[0].display_on = False
    for device in board.devices:
        if device.type == "decoder" and device.name != "Projector":
            device.display_on = True
    main, left, right = macs["Main display"], macs["Left screen"], macs["Right screen"]
    laptop, hdmi1, camera = macs["Lectern laptop"], macs["Table HDMI 1"], macs["Ceiling camera"]
    for device in board.devices:  # the room starts as the "Presentation" preset left it
        if device.mac == main:
            device.video_from = device.audio_from = laptop
        elif device.mac in (left, right):
            device.video_from = laptop
    board.presets = [
        SimPreset("preset-board-1", "Presentation",
                  [(laptop, main, "Audio/Video"), (laptop, left, "Video"),
                   (laptop, right, "Video")]),
        SimPreset("preset-board-2", "Video call",
                  [(camera, main, "Video"), (hdmi1, left, "Audio/Video")]),
        SimPreset("preset-board-3", "Everyone shares",
                  [(hdmi1, left, "Audio/Video"), (macs["Table HDMI 2"], right, "Audio/Video")]),
    ]
    board.autos = [SimAutoGroup("auto-board-1", "Laptop plugged in: show on main display", True),
                   SimAutoGroup("auto-board-2", "Camera to confidence monitor in calls")]
    thai = SimGroup("2b7c1d9e-0a1b-4c2d-8e3f-4a5b6c7d8e9f", "ห้องประชุมใหญ่ ชั้น 5", _devices(
        "t", 27, [("แล็ปท็อปโพเดียม", "AVE300"), ("กล้องห้องประชุม", "UVC86")],
        [("จอหลัก", "AVD300"), ("โปรเจกเตอร์", "AVD300")]))
    thai.presets = [SimPreset("preset-th-1", "นำเสนอ",
                              [(thai.devices[0].mac, thai.devices[2].mac, "Audio/Video")])]
    chinese = SimGroup("3c8d2e0f-1b2c-4d3e-9f40-5b6c7d8e9fa0", "第一会议室", _devices(
        "c", 28, [("讲台电脑", "AVE300"), ("会议摄像机", "UVC86"), ("无线投屏", "WPP30")],
        [("主屏幕", "AVD300"), ("侧屏", "AVD300")]))
    chinese.autos = [SimAutoGroup("auto-cn-1", "插入电脑自动切换", True)]
    huddle = SimGroup("4d9e3f10-2c3d-4e4f-a051-6c7d8e9fa0b1", "Huddle 3", _devices(
        "h", 29, [("HDMI cable", "AVE300"), ("USB-C cable", "AVE300")],
        [("Screen", "AVD300")]))
    return [board, thai, chinese, huddle]
