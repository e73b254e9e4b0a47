"""What `roompanel doctor` and the settings screen's "Test connection" report: every
configured service signed in to and read as the panel would, each checked by its probe
(named in the service table, `app/services.py`), as plain data.

Each service also says `tls` (whether its certificate is checked) and `features`: what of
it the panel can use, where a feature the service does not offer is off with a note while
the rest of the service works. One probe that fails, even unexpectedly, never stops the
others; the whole report gives up after `REPORT_WITHIN_S`."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from app.api.errors import NotOffered, ServiceError
from app.config import Config
from app.services import SERVICE, ServiceEntry, configured

log = logging.getLogger(__name__)

# A probe reads a few dozen answers, each bounded in time: this is a backstop.
REPORT_WITHIN_S = 120.0


async def collect_report(config: Config) -> dict[str, Any]:
    """`services`: one entry per configured service (`ok`, `error`, `url`, `tls`,
    `features`, ...); `rooms`: what each room would show. The control service is probed
    first: it lists the rooms the others report on."""
    rooms: list[dict[str, Any]] = []
    services: dict[str, Any] = {}
    for entry in configured(config):
        services[entry.name] = {**await _probe(entry, config, rooms),
                                **_tls_of(entry, config)}
    return {"services": services, "rooms": rooms}


async def _probe(entry: ServiceEntry, config: Config,
                 rooms: list[dict[str, Any]]) -> dict[str, Any]:
    url = entry.address(config)
    try:
        async with asyncio.timeout(REPORT_WITHIN_S):
            return await entry.probe(config, rooms)
    except TimeoutError:
        return {"ok": False, "url": url, "kind": "ServiceTimeout",
                "error": f"No answer within {REPORT_WITHIN_S:.0f} s"}
    except Exception as exc:
        log.debug("Probe of %s failed", entry.name, exc_info=exc)
        return {"ok": False, "url": url, "kind": type(exc).__name__,
                "error": f"Unexpected error while checking it ({type(exc).__name__})"}


def _tls_of(entry: ServiceEntry, config: Config) -> dict[str, Any]:
    section = entry.settings_of(config)
    if not entry.address(config).startswith(("https://", "mqtts://")):
        return {"tls": "none"}
    if entry.unverified(config):
        return {"tls": "not verified",
                "warning": "The certificate is not checked (verify_tls = false): anyone on "
                           "the network path could pose as this service"}
    return {"tls": "verified" + (f" against {section.ca_file}" if section.ca_file else "")}


async def probe_hub(config: Config, rooms: list[dict[str, Any]]) -> dict[str, Any]:
    """The broker answers, and the site's hub says it is online."""
    from app.state.fleet import read_fleet

    assert config.hub is not None
    try:
        panels, hub, _ = await read_fleet(config)
    except ConnectionError as exc:
        return {"ok": False, "error": f"Cannot reach the site's broker ({exc})",
                "url": config.hub.broker, "kind": "ServiceUnreachable"}
    online = hub is not None and hub.get("state") == "online"
    return {"ok": online, "url": config.hub.broker, "panels": len(panels),
            "error": None if online else "The site hub is offline" + (
                f" ({hub.get('reason')})" if hub and hub.get("reason") else "")}


async def probe_yealink(config: Config, rooms: list[dict[str, Any]]) -> dict[str, Any]:
    from app.state.session import PanelSession

    session = PanelSession(config)
    started = time.perf_counter()
    try:
        await session.load_rooms()
        wanted = session.rooms
        problem = None
        if config.panel.mode == "room" and config.panel.room:
            room = session.find_room(config.panel.room)
            wanted = [room] if room else []
            if room is None:
                problem = f"Configured room “{config.panel.room}” is not on the control service"
        for room in wanted:
            macros, monitors, routings = await asyncio.gather(
                session.client.list_macros(room.id),
                session.client.list_monitors(room.id),
                session.client.list_auto_routings(room.id),
            )
            rooms.append({
                "id": room.id,
                "name": room.name,
                "macros": [{"id": m.id, "name": m.name} for m in macros],
                "automations": [{"id": m.id, "name": m.name, "enabled": m.enable}
                                for m in monitors],
                "auto_routings": [{"id": r.id, "name": r.name, "enabled": r.enable}
                                  for r in routings],
                **await _av_report(session, room),
            })
        return {
            "ok": problem is None,
            "error": problem,
            "url": config.control.url,
            "rooms_listed": len(session.rooms),
            "elapsed_ms": round((time.perf_counter() - started) * 1000),
        }
    except ServiceError as exc:
        return {"ok": False, "error": exc.message, "url": config.control.url,
                "kind": type(exc).__name__}
    finally:
        await session.aclose()


async def probe_yeastar(config: Config, rooms: list[dict[str, Any]]) -> dict[str, Any]:
    report, calls, names = await _pbx_report(config, rooms)
    for entry in rooms:
        settings = config.room_settings(entry["id"], entry["name"])
        extensions = set(settings.extensions) if settings else set()
        if report["ok"] or names:
            # Registration, presence and event monitoring are told by the PBX's events only
            # (30007, 30009): a one-shot check cannot know them, and says so with null.
            entry["phones"] = [
                {"number": number, "exists": number in names, "name": names.get(number),
                 "registered": None, "presence": None, "monitored": None}
                for number in (settings.extensions if settings else [])]
        entry["calls"] = [
            {"call_id": call.call_id,
             "members": [{"number": m.number, "status": m.status} for m in call.members]}
            for call in calls
            if any(m.kind == "extension" and m.number in extensions for m in call.members)]
    return report


async def probe_dingtalk(config: Config, rooms: list[dict[str, Any]]) -> dict[str, Any]:
    assert config.dingtalk is not None
    client = SERVICE["dingtalk"].connect(config.dingtalk)
    errors: list[str] = []
    features: dict[str, Any] = {"meeting devices": {"available": True}}
    try:
        try:
            # The credentials are checked even when no room lists a device (or none could
            # be listed): "fine" must mean DingTalk answered.
            await client.access_token()
        except ServiceError as exc:
            return {"ok": False, "error": exc.message, "url": config.dingtalk.url,
                    "kind": type(exc).__name__}
        for entry in rooms:
            settings = config.room_settings(entry["id"], entry["name"])
            entry["devices"] = []
            for device_id in settings.dingtalk_devices if settings else []:
                try:
                    device = await client.get_device(device_id)
                except NotOffered as exc:
                    features["meeting devices"] = {"available": False, "note": exc.message}
                    entry["devices"].append({"id": device_id, "status": None,
                                             "share_code": None, "error": exc.message})
                    continue
                except ServiceError as exc:
                    errors.append(f"{device_id}: {exc.message}")
                    entry["devices"].append({"id": device_id, "status": None,
                                             "share_code": None, "error": exc.message})
                    continue
                entry["devices"].append({"id": device.device_id, "status": device.device_status,
                                         "share_code": device.share_code})
    finally:
        await client.aclose()
    return {"ok": not errors, "error": "; ".join(errors) or None, "url": config.dingtalk.url,
            "features": features}


async def probe_portsip(config: Config, rooms: list[dict[str, Any]]) -> dict[str, Any]:
    from app.api.portsip.models import display_name

    assert config.portsip is not None
    client = SERVICE["portsip"].connect(config.portsip)
    try:
        listed = await client.list_rooms()
        for entry in rooms:
            settings = config.room_settings(entry["id"], entry["name"])
            if settings is None or not settings.conference_room:
                continue
            status, people = await asyncio.gather(
                client.room_status(settings.conference_room),
                client.participants(settings.conference_room))
            entry["conference"] = {
                "id": settings.conference_room, "status": status.status,
                "locked": status.locked, "muted": status.muted, "recording": status.recording,
                "participants": [{"id": p.id, "name": display_name(p.display_name),
                                  "muted": p.muted, "chairman": p.chairman} for p in people]}
    except ServiceError as exc:
        return {"ok": False, "error": exc.message, "url": config.portsip.url,
                "kind": type(exc).__name__}
    finally:
        await client.aclose()
    return {"ok": True, "error": None, "url": config.portsip.url,
            "conference_rooms": len(listed)}


async def _pbx_report(config: Config, rooms: list[dict[str, Any]]
                      ) -> tuple[dict[str, Any], list[Any], dict[str, str]]:
    assert config.yeastar is not None
    client = SERVICE["yeastar"].connect(config.yeastar)
    started = time.perf_counter()
    features: dict[str, Any] = {}
    conferences: list[Any] = []
    try:
        calls = await client.query_calls()
        extensions = await client.list_extensions()
        try:
            conferences = await client.list_conferences()
            features["conferences"] = {"available": True}
        except NotOffered as exc:
            # One feature off (a PBX without the module, an application without the right):
            # calls still work, and so does the rest of this report.
            features["conferences"] = {"available": False, "note": exc.message}
        for entry in rooms:
            settings = config.room_settings(entry["id"], entry["name"])
            if settings is not None and settings.pbx_conference \
                    and features["conferences"]["available"]:
                entry["pbx_conference"] = await _pbx_conference(
                    client, settings.pbx_conference, extensions)
    except ServiceError as exc:
        return ({"ok": False, "error": exc.message, "url": config.yeastar.url,
                 "kind": type(exc).__name__}, [], {})
    finally:
        await client.aclose()  # revokes the token: the PBX allows only 8
    wanted = {e for r in config.rooms for e in r.extensions}
    missing = sorted(wanted - set(extensions))
    return ({"ok": not missing,
             "error": f"Extensions not on the PBX: {', '.join(missing)}" if missing else None,
             "url": config.yeastar.url, "extensions": len(extensions), "active_calls": len(calls),
             "conferences": [{"number": c.number, "name": c.name} for c in conferences],
             "features": features,
             "elapsed_ms": round((time.perf_counter() - started) * 1000)}, calls, extensions)


async def _pbx_conference(client: Any, number: str, names: dict[str, str]) -> dict[str, Any]:
    ongoing = await client.ongoing_conference(number)
    members = ongoing.members if ongoing is not None else ()
    return {"number": number, "status": "ON_CALL" if members else "ONLINE",
            "participants": [{"id": m.channel_id, "number": m.number,
                              "name": names.get(m.number, "") if m.member_type == "ext" else "",
                              "status": m.member_status} for m in members]}


async def _av_report(session: Any, room: Any) -> dict[str, Any]:
    """Devices, routes (by device id) and presets of the room's device groups."""
    from app.state.routing import resolve_groups

    client = session.client
    groups, note = resolve_groups(await client.list_device_groups(), room.name,
                                  session.config.room_settings(room.id, room.name))
    encoders: list[dict[str, Any]] = []
    decoders: list[dict[str, Any]] = []
    routes: list[dict[str, Any]] = []
    presets: list[dict[str, Any]] = []
    for group in groups:
        devices, group_routes, group_presets = await asyncio.gather(
            client.list_devices(group.id), client.get_routes(group.id),
            client.list_presets(group.id))
        by_mac = {d.mac_address: d.id for d in devices}
        for device in devices:
            entry = {"id": device.id, "name": device.name, "mac": device.mac_address,
                     "status": device.status}
            (encoders if device.is_encoder else decoders).append(entry)
        routes += [{"source": by_mac.get(r.transmitter_mac, r.transmitter_mac),
                    "display": by_mac.get(r.receiver_mac, r.receiver_mac),
                    "signal": r.signal.value if r.signal else None} for r in group_routes]
        presets += [{"id": p.id, "name": p.name, "applied": p.applied} for p in group_presets]
    report: dict[str, Any] = {"encoders": encoders, "decoders": decoders, "routes": routes,
                              "presets": presets}
    if note:
        report["device_groups_note"] = note
    return report
