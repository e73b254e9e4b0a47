"""A display's codec audio (volume and sound on/off) and its power, switched through the
display control commands configured for the room.

A volume slider sends a few requests a second while it is dragged and always its last value
(`LatestValueSender`); the slider stays where the finger left it. The service cannot read a
display's power back, so the panel only says the command was sent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from app.api.errors import ServiceError
from app.api.yealink.av_models import Device
from app.api.yealink.client import YealinkClient
from app.config import DisplayControlConfig
from app.state.commands import Commands, TaskSet
from app.state.notices import Notice, NoticeKind
from app.state.routing_data import RoutingData
from app.state.throttle import LatestValueSender

log = logging.getLogger(__name__)

VOLUME_SENDS_PER_S = 4


class AudioCommands:
    def __init__(self, client: YealinkClient, data: RoutingData,
                 control: DisplayControlConfig | None, *, publish: Callable[[], None],
                 notify: Callable[[Notice], None], tasks: TaskSet) -> None:
        self._client = client
        self._data = data
        self._control = control
        self._publish = publish
        self._notify = notify
        self._tasks = tasks
        self._audio_pending: set[str] = set()
        # Displays whose audio the codec has reported: a change to one not read yet reads
        # it first, since every request carries both settings.
        self._reported: set[str] = set()
        self._volume_senders: dict[str, LatestValueSender[int]] = {}
        self._power: Commands[str] = Commands(publish, notify, tasks)

    def audio_pending(self, display_id: str) -> bool:
        return display_id in self._audio_pending

    def power_pending(self, display_id: str) -> bool:
        return display_id in self._power

    async def wait_idle(self) -> None:
        for sender in self._volume_senders.values():
            await sender.wait_idle()

    async def read(self, only: list[str] | None = None) -> None:
        """The codec audio of the online displays (or of `only` those)."""
        decoders = [d.id for d in self._data.devices.values()
                    if d.is_decoder and d.online and (only is None or d.id in only)]
        if not decoders:
            return
        for item in await self._client.read_codec_audio(decoders):
            self._data.audio[item.id] = (item.audio_out_volume, item.analog_audio_out == 1)
            self._reported.add(item.id)

    # --- audio ---------------------------------------------------------------------------------

    def set_volume(self, display_id: str, volume: int) -> None:
        """Called for every step of a slider drag: a few requests per second go out, and the
        last value always does."""
        if display_id not in self._data.devices:
            return
        sender = self._volume_senders.get(display_id)
        if sender is None:
            async def send_volume(value: int, display: str = display_id) -> None:
                await self._send_audio(display, volume=value)

            sender = LatestValueSender(send_volume, min_interval_s=1 / VOLUME_SENDS_PER_S)
            self._volume_senders[display_id] = sender
        volume = max(0, min(100, volume))
        _, on = self._data.audio.get(display_id, (volume, True))
        self._data.audio[display_id] = (volume, on)  # the slider stays where the finger left it
        self._audio_pending.add(display_id)
        self._publish()
        sender.submit(volume)

    def set_audio_on(self, display_id: str, on: bool) -> bool:
        if display_id not in self._data.devices or display_id in self._audio_pending:
            return False
        volume, _ = self._data.audio.get(display_id, (0, on))
        self._data.audio[display_id] = (volume, on)
        self._audio_pending.add(display_id)
        self._publish()
        self._tasks.spawn(self._send_audio(display_id, audio_on=on))
        return True

    async def _send_audio(self, display_id: str, *, volume: int | None = None,
                          audio_on: bool | None = None) -> None:
        name = self._data.devices[display_id].name
        try:
            if display_id not in self._reported:
                await self.read(only=[display_id])
            current_volume, current_on = self._data.audio.get(display_id, (0, True))
            await self._client.set_codec_audio(
                display_id, volume=current_volume if volume is None else volume,
                audio_out=current_on if audio_on is None else audio_on)
            if not self._dragging(display_id) or audio_on is not None:
                await self.read(only=[display_id])
        except ServiceError as exc:
            self._notify(Notice.of(NoticeKind.AUDIO_FAILED, exc, display=name))
            self._tasks.spawn(self._reread(display_id))
        finally:
            if not self._dragging(display_id) or audio_on is not None:
                self._audio_pending.discard(display_id)
            self._publish()

    def _dragging(self, display_id: str) -> bool:
        sender = self._volume_senders.get(display_id)
        return sender is not None and sender.busy

    async def _reread(self, display_id: str) -> None:
        try:
            await self.read(only=[display_id])
        except ServiceError:
            self._data.audio.pop(display_id, None)
        self._publish()

    # --- display power -------------------------------------------------------------------------

    def set_power(self, display_id: str, on: bool) -> bool:
        control = self._control
        display = self._data.devices.get(display_id)
        if control is None or display is None or display_id in self._power:
            return False
        if not display.online:
            self._notify(Notice.of(NoticeKind.DISPLAY_OFFLINE, display=display.name))
            return False

        async def send() -> None:
            await self._client.send_display_command(
                [display.id], control_type=control.control_type,
                command_type=control.command_type, command=control.on if on else control.off,
                serial=control.serial.wire() if control.serial else None)
            self._notify(Notice.info(NoticeKind.POWER_SENT, display=display.name,
                                     on="1" if on else ""))

        return self._power.send(display_id, send, failed=lambda exc: self._refused(display, exc))

    @staticmethod
    def _refused(display: Device, exc: ServiceError) -> Notice:
        return Notice.of(NoticeKind.POWER_FAILED, exc, display=display.name)
