"""The rooms the simulated central control starts with.

Each macro names the switches it flips, so invoking one visibly changes the room.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SimSwitch:
    id: str
    name: str
    enable: bool


@dataclass
class SimMacro:
    id: str
    name: str
    # (switch id, enable) pairs applied to the room's monitors and auto-routings
    effects: list[tuple[str, bool]] = field(default_factory=list)


@dataclass
class SimSpace:
    id: str
    name: str
    macros: list[SimMacro] = field(default_factory=list)
    monitors: list[SimSwitch] = field(default_factory=list)
    auto_routings: list[SimSwitch] = field(default_factory=list)
    create_time: int = 1_700_000_000_000
    modify_time: int = 1_700_000_000_000


def _space(prefix: str, space_id: str, name: str, macros: list[tuple[str, list[tuple[str, bool]]]],
           monitors: list[tuple[str, bool]], routings: list[tuple[str, bool]]) -> SimSpace:
    monitor_ids = {n: f"{prefix}-mon-{i}" for i, (n, _) in enumerate(monitors, 1)}
    routing_ids = {n: f"{prefix}-ar-{i}" for i, (n, _) in enumerate(routings, 1)}
    by_name = {**monitor_ids, **routing_ids}
    return SimSpace(
        id=space_id,
        name=name,
        macros=[
            SimMacro(f"{prefix}-mac-{i}", n, [(by_name[target], on) for target, on in fx])
            for i, (n, fx) in enumerate(macros, 1)
        ],
        monitors=[SimSwitch(monitor_ids[n], n, on) for n, on in monitors],
        auto_routings=[SimSwitch(routing_ids[n], n, on) for n, on in routings],
    )


def demo_spaces() -> list[SimSpace]:
    return [
        _space(
            "board", "6a670bb3-65b1-44c0-ba90-d63f733aa188", "Boardroom",
            macros=[
                ("Start presentation", [("Laptop to main display", True),
                                        ("Lights follow presentation", True)]),
                ("Video call", [("Camera follows speaker", True),
                                ("Laptop to main display", False)]),
                ("Wireless sharing", [("Wireless cast to side screens", True)]),
                ("Lights 50%", []),
                ("Welcome screen", [("Laptop to main display", False)]),
                ("All off", [("Laptop to main display", False),
                             ("Camera follows speaker", False),
                             ("Wireless cast to side screens", False),
                             ("Lights follow presentation", False),
                             ("Wake displays on occupancy", False)]),
            ],
            monitors=[("Wake displays on occupancy", True), ("Lights follow presentation", False),
                      ("Shut down at 20:00", True), ("Mute microphones after a call", True)],
            routings=[("Laptop to main display", False), ("Camera follows speaker", False),
                      ("Wireless cast to side screens", False)],
        ),
        _space(
            "th5", "04cc5185-d823-497b-97ae-dc1d934bd6f0", "ห้องประชุมใหญ่ ชั้น 5",
            macros=[
                ("เริ่มการนำเสนอ", [("แล็ปท็อปไปจอหลัก", True)]),
                ("ประชุมทางวิดีโอ", [("กล้องติดตามผู้พูด", True)]),
                ("ปิดทั้งหมด", [("แล็ปท็อปไปจอหลัก", False), ("กล้องติดตามผู้พูด", False),
                               ("เปิดจอเมื่อมีคนเข้าห้อง", False)]),
            ],
            monitors=[("เปิดจอเมื่อมีคนเข้าห้อง", True), ("ปิดระบบเวลา 20:00 น.", True)],
            routings=[("แล็ปท็อปไปจอหลัก", False), ("กล้องติดตามผู้พูด", False)],
        ),
        _space(
            "cn1", "29c29caa-19c1-43f2-a628-84211c6402f9", "第一会议室",
            macros=[
                ("开始演示", [("笔记本到主屏", True)]),
                ("视频会议", [("摄像机跟踪发言人", True)]),
                ("全部关闭", [("笔记本到主屏", False), ("摄像机跟踪发言人", False)]),
            ],
            monitors=[("有人时自动开屏", True), ("20:00 自动关机", True)],
            routings=[("笔记本到主屏", False), ("摄像机跟踪发言人", True)],
        ),
        _space(
            "huddle", "8f1d2c3b-4a5e-4f60-9b7a-1c2d3e4f5a6b", "Huddle 3",
            macros=[("Share laptop", [("HDMI to screen", True)]),
                    ("All off", [("HDMI to screen", False)])],
            monitors=[("Wake screen on occupancy", True)],
            routings=[("HDMI to screen", False)],
        ),
        _space(
            "train", "b7e6d5c4-b3a2-4190-8f7e-6d5c4b3a2918", "Training Room",
            macros=[("Class mode", [("Instructor to all screens", True)]),
                    ("Group work", [("Instructor to all screens", False)]),
                    ("All off", [("Instructor to all screens", False)])],
            monitors=[("Lights on occupancy", True), ("Projector off at 18:00", True)],
            routings=[("Instructor to all screens", False)],
        ),
    ]
