"""A campus of many ordinary rooms for the operator console's tests and benchmark: each with
a few macros, automations and auto-routings, and a device group of its own (every seventh
room has a device offline)."""

from __future__ import annotations

import uuid

from app.sim.yealink_av_data import SimDevice, SimGroup
from app.sim.yealink_data import SimMacro, SimSpace, SimSwitch


def campus_room_name(number: int) -> str:
    return f"Room {number:03}"


def campus_spaces(count: int) -> list[SimSpace]:
    rooms = []
    for n in range(1, count + 1):
        prefix = f"c{n:03}"
        monitors = [SimSwitch(f"{prefix}-mon-{i}", name, on) for i, (name, on) in enumerate(
            [("Wake displays on occupancy", True), ("Shut down at 20:00", n % 3 != 0),
             ("Lights follow presentation", n % 2 == 0)], 1)]
        routings = [SimSwitch(f"{prefix}-ar-1", "Laptop to main display", False)]
        macros = [SimMacro(f"{prefix}-mac-1", "Start presentation", [(routings[0].id, True)]),
                  SimMacro(f"{prefix}-mac-2", "All off", [(routings[0].id, False),
                                                          (monitors[0].id, False)])]
        rooms.append(SimSpace(str(uuid.uuid5(uuid.NAMESPACE_URL, prefix)),
                              campus_room_name(n), macros, monitors, routings))
    return rooms


def campus_groups(count: int) -> list[SimGroup]:
    groups = []
    for n in range(1, count + 1):
        subnet = n % 250
        devices = [
            SimDevice(f"EN_c{n:03}", "Lectern laptop", "AVE300", "encoder",
                      f"10.70.{subnet}.11", f"26{n:04x}0a0001"),
            SimDevice(f"DE_c{n:03}", "Main display", "AVD300", "decoder",
                      f"10.70.{subnet}.101", f"56{n:04x}0b0001",
                      status="offline" if n % 7 == 0 else "online"),
        ]
        groups.append(SimGroup(str(uuid.uuid5(uuid.NAMESPACE_URL, f"group-{n}")),
                               campus_room_name(n), devices))
    return groups


def add_campus(yealink: object, count: int) -> None:
    """Adds `count` rooms and their device groups to a YealinkSim."""
    from app.sim.yealink import YealinkSim

    assert isinstance(yealink, YealinkSim)
    for space in campus_spaces(count):
        yealink.spaces[space.id] = space
    for group in campus_groups(count):
        yealink.av.add_group(group)
