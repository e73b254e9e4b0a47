"""Simulated devices, routing and codec endpoints of the central control ("Basic APIs" and
"Codec APIs"). Shares authentication and faults with `YealinkSim`, which mounts it."""

from __future__ import annotations

import itertools
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from app.sim.http import json_body
from app.sim.yealink_av_data import (
    CEC_POWER_ON,
    CEC_STANDBY,
    SimDevice,
    SimGroup,
    demo_groups,
)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
Envelope = Callable[..., web.Response]
SIGNALS = ("Audio/Video", "Video", "Audio")
AUDIO_ENTRY_KEYS = ("id", "analogAudioOut", "audioOutVolume")
DECODER_VIDEO_KEYS = ("id", "hdmiOut", "videoCaptureOut", "autoSwitching")
VIDEO_OUTS = ("none", "hdmi input1", "lan in")
# Polls a codec read answers with reqFinish 0 before it has the devices' settings.
CODEC_READ_POLLS_BEFORE_DONE = 1


class YealinkAvSim:
    def __init__(self, envelope: Envelope, groups: list[SimGroup] | None = None) -> None:
        self._envelope = envelope
        self.groups: dict[str, SimGroup] = {g.id: g for g in (groups or demo_groups())}
        self._codec_reads: dict[str, tuple[str, list[str], itertools.count[int]]] = {}
        self.route_changed_at: float = 0.0
        for group in self.groups.values():
            self._routes_changed(group)

    # --- admin API ---------------------------------------------------------------------------

    def group(self, name_or_id: str) -> SimGroup:
        for group in self.groups.values():
            if name_or_id in (group.id, group.name):
                return group
        raise KeyError(name_or_id)

    def add_group(self, group: SimGroup) -> SimGroup:
        self.groups[group.id] = group
        self._routes_changed(group)
        return group

    def device(self, name_or_id: str) -> SimDevice:
        for group in self.groups.values():
            for device in group.devices:
                if name_or_id in (device.id, device.name, device.mac):
                    return device
        raise KeyError(name_or_id)

    def set_online(self, device: str, online: bool) -> None:
        self.device(device).status = "online" if online else "offline"

    def route(self, group: str, source: str, display: str, signal: str = "Audio/Video") -> None:
        """Route as the web console would (the panel learns it by reading)."""
        sim_group = self.group(group)
        self._open(sim_group, self.device(source), self.device(display), signal)

    def routes_of(self, group: str) -> list[dict[str, str]]:
        return _routes(self.group(group))

    # --- routing rules -----------------------------------------------------------------------

    def _open(self, group: SimGroup, encoder: SimDevice, decoder: SimDevice, signal: str) -> None:
        if signal in ("Audio/Video", "Video"):
            decoder.video_from = encoder.mac
        if signal in ("Audio/Video", "Audio"):
            decoder.audio_from = encoder.mac
        self._routes_changed(group)

    def _close(self, group: SimGroup, encoder: SimDevice, decoder: SimDevice, signal: str) -> None:
        if signal in ("Audio/Video", "Video") and decoder.video_from == encoder.mac:
            decoder.video_from = None
        if signal in ("Audio/Video", "Audio") and decoder.audio_from == encoder.mac:
            decoder.audio_from = None
        self._routes_changed(group)

    def _routes_changed(self, group: SimGroup) -> None:
        self.route_changed_at = time.monotonic()
        current = {(r["transmitterMac"], r["receiverMac"], r["signal"]) for r in _routes(group)}
        for preset in group.presets:
            preset.applied = set(preset.routes) <= current
        if group.usb_mode == "Follow Video":
            group.usb_routes = {
                (d.video_from, d.mac) for d in group.devices if d.video_from is not None
            }

    # --- HTTP --------------------------------------------------------------------------------

    def routes(self, prefix: str, authed: Callable[[Handler], Handler]) -> list[web.RouteDef]:
        p = prefix
        return [
            web.get(f"{p}/devices/group", authed(self._groups)),
            web.post(f"{p}/devices/filter", authed(self._devices)),
            web.get(f"{p}/routing/av/real", authed(self._get_routes)),
            web.put(f"{p}/routing/av/real", authed(self._set_route)),
            web.get(f"{p}/routing/av/preset", authed(self._presets)),
            web.put(f"{p}/routing/av/preset/enable", authed(self._apply_preset)),
            web.get(f"{p}/routing/av/auto", authed(self._autos)),
            web.put(f"{p}/routing/av/auto/enable", authed(self._auto(True))),
            web.put(f"{p}/routing/av/auto/disable", authed(self._auto(False))),
            web.get(f"{p}/routing/usb", authed(self._get_usb)),
            web.put(f"{p}/routing/usb", authed(self._set_usb)),
            web.put(f"{p}/routing/usb/mode", authed(self._set_usb_mode)),
            web.put(f"{p}/devices/audio", authed(self._set_audio)),
            web.post(f"{p}/devices/audio", authed(self._start_codec_read("audio"))),
            web.get(f"{p}/devices/audio", authed(self._finish_codec_read("audio"))),
            web.put(f"{p}/devices/video/input", authed(self._set_video)),
            web.post(f"{p}/devices/video/input", authed(self._start_codec_read("video"))),
            web.get(f"{p}/devices/video/input", authed(self._finish_codec_read("video"))),
            web.get(f"{p}/devices/advanced/usb", authed(self._get_codec_usb)),
            web.put(f"{p}/devices/advanced/usb", authed(self._set_codec_usb)),
            web.put(f"{p}/devices/advanced/displayControl/test", authed(self._display_control)),
        ]

    def _refuse(self, message: str, status: int = 200) -> web.Response:
        return self._envelope(None, ret=-1, error=message, status=status)

    def _group_of(self, group_id: Any) -> SimGroup | None:
        return self.groups.get(str(group_id))

    async def _groups(self, request: web.Request) -> web.StreamResponse:
        return self._envelope({"list": [
            {"id": g.id, "name": g.name, "parentId": None, "level": 1, "type": 0,
             "createTime": 1705565760894, "modifyTime": 1705565760894}
            for g in self.groups.values()]}, ret=1)

    async def _devices(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        group = self._group_of(body.get("groupId"))
        if group is None:
            return self._refuse("groupId is required", 400) if "groupId" not in body \
                else self._refuse("Device group does not exist")
        return self._envelope({"list": [
            {"id": d.id, "name": d.name, "tag": "", "model": d.model, "type": d.type,
             "ipAddress": d.ip, "macAddress": d.mac, "firmwareVersion": "10.0.0.1",
             "groupId": group.id, "status": d.status,
             "createTime": 1705565760894, "modifyTime": 1705565760894}
            for d in group.devices]}, ret=1)

    async def _get_routes(self, request: web.Request) -> web.StreamResponse:
        group = self._group_of(request.query.get("groupId"))
        if group is None:
            return self._refuse("Device group does not exist")
        return self._envelope({"groupId": group.id, "routing": _routes(group)}, ret=1)

    async def _set_route(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        group = self._group_of(body.get("groupId"))
        if group is None:
            return self._refuse("Device group does not exist")
        missing = [k for k in ("transmitterMac", "transmitterIp", "receiverMac", "receiverIp",
                               "signal", "action") if not body.get(k)]
        if missing or body["signal"] not in SIGNALS or body["action"] not in ("open", "close"):
            return self._refuse(f"Invalid parameters: {', '.join(missing) or 'signal/action'}",
                                400)
        encoder = _by_mac(group, body["transmitterMac"], "encoder")
        decoder = _by_mac(group, body["receiverMac"], "decoder")
        if encoder is None or decoder is None:
            return self._refuse("Device is not in this group")
        if body["action"] == "open":
            for device in (encoder, decoder):
                if device.status != "online":
                    return self._refuse(f"Device {device.name} is offline")
            self._open(group, encoder, decoder, body["signal"])
        else:
            self._close(group, encoder, decoder, body["signal"])
        return self._envelope(None)

    async def _presets(self, request: web.Request) -> web.StreamResponse:
        group = self._group_of(request.query.get("groupId"))
        if group is None:
            return self._refuse("Device group does not exist")
        macs = {d.mac: d for d in group.devices}
        return self._envelope({"groupId": group.id, "presetList": [
            {"presetId": p.id, "name": p.name, "enable": 1 if p.applied else 0,
             "createTime": 1705565760894, "modifyTime": 1705565760894,
             "routing": [{"transmitterId": macs[t].id, "transmitterName": macs[t].name,
                          "transmitterType": "encoder", "transmitterMac": t,
                          "transmitterIp": macs[t].ip, "receiverId": macs[r].id,
                          "receiverName": macs[r].name, "receiverType": "decoder",
                          "receiverMac": r, "receiverIp": macs[r].ip, "signal": s}
                         for t, r, s in p.routes]}
            for p in group.presets]}, ret=1)

    async def _apply_preset(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        group = self._group_of(body.get("groupId"))
        preset = next((p for p in group.presets if p.id == body.get("presetId")), None) \
            if group else None
        if group is None or preset is None:
            return self._refuse("Preset does not exist")
        macs = {d.mac: d for d in group.devices}
        offline = [macs[m].name for t, r, _ in preset.routes for m in (t, r)
                   if macs[m].status != "online"]
        if offline:
            return self._refuse(f"Device {offline[0]} is offline")
        for t, r, signal in preset.routes:
            self._open(group, macs[t], macs[r], signal)
        return self._envelope({"presetId": preset.id}, ret=1)

    async def _autos(self, request: web.Request) -> web.StreamResponse:
        group = self._group_of(request.query.get("groupId"))
        if group is None:
            return self._refuse("Device group does not exist")
        return self._envelope({"groupId": group.id, "autoList": [
            {"autoId": a.id, "name": a.name, "enable": 1 if a.enable else 0,
             "createTime": 1705565760894, "modifyTime": 1705565760894, "routing": []}
            for a in group.autos]}, ret=1)

    def _auto(self, enable: bool) -> Handler:
        async def handler(request: web.Request) -> web.StreamResponse:
            body = await json_body(request)
            group = self._group_of(body.get("groupId"))
            auto = next((a for a in group.autos if a.id == body.get("autoId")), None) \
                if group else None
            if auto is None:
                return self._refuse("Automatic routing group does not exist")
            auto.enable = enable
            return self._envelope({"autoId": auto.id}, ret=1)

        return handler

    async def _get_usb(self, request: web.Request) -> web.StreamResponse:
        group = self._group_of(request.query.get("groupId"))
        if group is None:
            return self._refuse("Device group does not exist")
        return self._envelope({"groupId": group.id, "mode": group.usb_mode, "routing": [
            {"transmitterMac": t, "receiverMac": r} for t, r in sorted(group.usb_routes)]}, ret=1)

    async def _set_usb(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        group = self._group_of(body.get("groupId"))
        if group is None:
            return self._refuse("Device group does not exist")
        if body.get("mode") not in ("Follow Video", "Manual") or \
                not isinstance(body.get("routing"), list):
            return self._refuse("mode and routing are required", 400)
        if body["mode"] != group.usb_mode:
            return self._refuse(f"USB routing is in {group.usb_mode} mode")
        for route in body["routing"]:
            pair = (route.get("transmitterMac"), route.get("receiverMac"))
            if route.get("signal") == "None":
                group.usb_routes.discard(pair)
            else:
                # One USB host per receiver: connecting moves it.
                group.usb_routes = {p for p in group.usb_routes if p[1] != pair[1]} | {pair}
        return self._envelope(None)

    async def _set_usb_mode(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        group = self._group_of(body.get("groupId"))
        if group is None or body.get("mode") not in ("Follow Video", "Manual"):
            return self._refuse("groupId and mode are required", 400)
        group.usb_mode = body["mode"]
        if group.usb_mode == "Manual":
            group.usb_routes = {(r["transmitterMac"], r["receiverMac"])
                                for r in body.get("routing") or []}
        else:
            self._routes_changed(group)
        return self._envelope({"groupId": group.id}, ret=1)

    def _configure(self, body: dict[str, Any], apply: Callable[[SimDevice, dict[str, Any]], None]
                   ) -> web.Response:
        entries = list(body.get("singleList") or [])
        batch = body.get("batchConfig")
        if isinstance(batch, dict):
            entries += [{"id": device_id, **batch} for device_id in body.get("batchList") or []]
        if not entries:
            return self._refuse("Nothing to configure", 400)
        for entry in entries:
            try:
                device = self.device(str(entry.get("id")))
            except KeyError:
                return self._refuse(f"Device {entry.get('id')} does not exist")
            if device.status != "online":
                return self._refuse(f"Device {device.name} is offline")
            apply(device, entry)
        return self._envelope(None)

    async def _set_audio(self, request: web.Request) -> web.StreamResponse:
        def apply(device: SimDevice, entry: dict[str, Any]) -> None:
            if "analogAudioOut" in entry:
                device.analog_audio_out = int(entry["analogAudioOut"])
            if "audioOutVolume" in entry:
                device.volume = max(0, min(100, int(entry["audioOutVolume"])))

        body = await json_body(request)
        # The document marks all three required in every singleList entry, so a client
        # that sends only the field it changes must learn it here, not from a real device.
        for entry in body.get("singleList") or []:
            missing = [key for key in AUDIO_ENTRY_KEYS
                       if not isinstance(entry, dict) or key not in entry]
            if missing:
                return self._refuse(f"singleList entry lacks {', '.join(missing)}", 400)
        return self._configure(body, apply)

    async def _set_video(self, request: web.Request) -> web.StreamResponse:
        keys = {"lanOut": "lan_out", "lanOutSwitching": "lan_out_switching",
                "loopOut": "loop_out", "loopOutSwitching": "loop_out_switching",
                "hdmiOut": "hdmi_out", "videoCaptureOut": "video_capture_out",
                "autoSwitching": "auto_switching"}

        def apply(device: SimDevice, entry: dict[str, Any]) -> None:
            for wire, attribute in keys.items():
                if wire in entry:
                    setattr(device, attribute, entry[wire])

        body = await json_body(request)
        # Every field of a decoder's entry is marked required, and its two outputs take
        # only the document's values.
        for entry in body.get("singleList") or []:
            if not isinstance(entry, dict):
                return self._refuse("singleList entries are objects", 400)
            try:
                decoder = self.device(str(entry.get("id"))).type == "decoder"
            except KeyError:
                continue  # said by _configure
            if not decoder:
                continue
            missing = [k for k in DECODER_VIDEO_KEYS if k not in entry]
            if missing:
                return self._refuse(f"singleList entry lacks {', '.join(missing)}", 400)
            if entry["hdmiOut"] not in VIDEO_OUTS or entry["videoCaptureOut"] not in VIDEO_OUTS:
                return self._refuse("hdmiOut and videoCaptureOut take none, hdmi input1 or "
                                    "lan in", 400)
        return self._configure(body, apply)

    def _start_codec_read(self, kind: str) -> Handler:
        async def handler(request: web.Request) -> web.StreamResponse:
            body = await json_body(request)
            ids = body.get("list")
            if not isinstance(ids, list) or not ids:
                return self._refuse("list is required", 400)
            handle = str(uuid.uuid4())
            self._codec_reads[handle] = (kind, [str(i) for i in ids], itertools.count())
            return self._envelope({"handleId": handle}, ret=1)

        return handler

    def _finish_codec_read(self, kind: str) -> Handler:
        async def handler(request: web.Request) -> web.StreamResponse:
            read = self._codec_reads.get(request.query.get("handleId", ""))
            if read is None or read[0] != kind:
                return self._refuse("handleId does not exist")
            if next(read[2]) < CODEC_READ_POLLS_BEFORE_DONE:
                return self._envelope({"reqFinish": 0, "list": []}, ret=1)
            items = []
            for device_id in read[1]:
                try:
                    device = self.device(device_id)
                except KeyError:
                    continue
                items.append(_codec_item(device, kind))
            return self._envelope({"reqFinish": 1, "list": items}, ret=1)

        return handler

    async def _get_codec_usb(self, request: web.Request) -> web.StreamResponse:
        try:
            device = self.device(request.query.get("id", ""))
        except KeyError:
            return self._refuse("Device does not exist")
        return self._envelope({"usbMode": device.usb_mode, "usbSwitch": device.usb_switch,
                               "usbHost": device.usb_host}, ret=1)

    async def _set_codec_usb(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        if body.get("usbMode") not in ("transmitter", "receiver") or \
                body.get("usbSwitch") not in ("follow_video", "manual") or \
                body.get("usbHost") not in ("usb_host1", "usb_host2", "usb_c"):
            return self._refuse("usbMode, usbSwitch and usbHost are required", 400)
        for device_id in body.get("list") or []:
            device = self.device(str(device_id))
            device.usb_mode, device.usb_switch = body["usbMode"], body["usbSwitch"]
            device.usb_host = body["usbHost"]
        return self._envelope(None)

    async def _display_control(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        if body.get("controlType") not in ("Off", "CEC", "RS232", "IR") or \
                body.get("commandType") not in ("hex", "ascii") or \
                not body.get("commandString") or not body.get("list"):
            return self._refuse("controlType, commandType, commandString and list are required",
                                400)
        if body["controlType"] == "RS232" and not isinstance(body.get("serial"), dict):
            return self._refuse("serial is required for RS232", 400)
        for device_id in body["list"]:
            try:
                device = self.device(str(device_id))
            except KeyError:
                return self._refuse(f"Device {device_id} does not exist")
            if device.status != "online":
                return self._refuse(f"Device {device.name} is offline")
            device.display_commands.append(body["commandString"])
            if body["commandString"].strip().lower() == CEC_POWER_ON:
                device.display_on = True
            elif body["commandString"].strip().lower() == CEC_STANDBY:
                device.display_on = False
        return self._envelope(None)


def _by_mac(group: SimGroup, mac: str, kind: str) -> SimDevice | None:
    return next((d for d in group.devices if d.mac == mac and d.type == kind), None)


def _routes(group: SimGroup) -> list[dict[str, str]]:
    routes = []
    for decoder in group.devices:
        if decoder.type != "decoder":
            continue
        if decoder.video_from and decoder.video_from == decoder.audio_from:
            routes.append({"transmitterMac": decoder.video_from, "receiverMac": decoder.mac,
                           "signal": "Audio/Video"})
            continue
        if decoder.video_from:
            routes.append({"transmitterMac": decoder.video_from, "receiverMac": decoder.mac,
                           "signal": "Video"})
        if decoder.audio_from:
            routes.append({"transmitterMac": decoder.audio_from, "receiverMac": decoder.mac,
                           "signal": "Audio"})
    return routes


def _codec_item(device: SimDevice, kind: str) -> dict[str, Any]:
    base = {"id": device.id, "type": device.type, "name": device.name, "model": device.model}
    if kind == "audio":
        return {**base, "analogAudioOut": device.analog_audio_out,
                "audioOutVolume": device.volume}
    if device.type == "encoder":
        return {**base, "lanOut": device.lan_out, "lanOutSwitching": device.lan_out_switching,
                "loopOut": device.loop_out, "loopOutSwitching": device.loop_out_switching}
    return {**base, "hdmiOut": device.hdmi_out, "videoCaptureOut": device.video_capture_out,
            "autoSwitching": device.auto_switching}
