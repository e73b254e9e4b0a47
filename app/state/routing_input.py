"""Which input a display shows: what the network brings it (the routed source, "lan in") or
the HDMI input of its own decoder ("hdmi input1"), set through the codec's video settings.

The document marks every field of a decoder's entry as required (`hdmiOut`,
`videoCaptureOut`, `autoSwitching`), so a change sends the other two as the codec last
reported them: a display is read before its input can be changed.
"""

from __future__ import annotations

from collections.abc import Callable

from app.api.errors import ServiceError
from app.api.yealink.av_models import CodecVideo
from app.api.yealink.client import YealinkClient
from app.state.commands import Commands, TaskSet
from app.state.notices import Notice, NoticeKind
from app.state.routing_data import RoutingData

NETWORK = "lan in"
LOCAL_HDMI = "hdmi input1"
INPUTS = (NETWORK, LOCAL_HDMI)


class InputCommands:
    def __init__(self, client: YealinkClient, data: RoutingData, *,
                 publish: Callable[[], None], notify: Callable[[Notice], None],
                 tasks: TaskSet) -> None:
        self._client = client
        self._data = data
        self._publish = publish
        self._notify = notify
        self.reported: dict[str, CodecVideo] = {}  # decoder id -> its video settings
        self._commands: Commands[str] = Commands(publish, notify, tasks)

    def shown(self, display_id: str) -> str | None:
        """The input as asked (while pending) or as last reported; None before a read."""
        reported = self.reported.get(display_id)
        current = reported.hdmi_out if reported is not None else None
        wished = self._commands.wish(display_id, current or "")
        return wished or current

    def pending(self, display_id: str) -> bool:
        return display_id in self._commands

    async def read(self, only: list[str] | None = None) -> None:
        decoders = [d.id for d in self._data.devices.values()
                    if d.is_decoder and d.online and (only is None or d.id in only)]
        if not decoders:
            return
        for item in await self._client.read_codec_video(decoders):
            if item.hdmi_out is not None:
                self.reported[item.id] = item

    def set_input(self, display_id: str, source: str) -> bool:
        display = self._data.devices.get(display_id)
        reported = self.reported.get(display_id)
        if display is None or reported is None or source not in INPUTS \
                or reported.hdmi_out == source:
            return False

        async def send() -> None:
            await self._client.set_codec_video([{
                "id": display_id, "hdmiOut": source,
                "videoCaptureOut": reported.video_capture_out or "none",
                "autoSwitching": reported.auto_switching or 0}])
            await self.read(only=[display_id])  # confirmed by the codec, not assumed

        def refused(exc: ServiceError) -> Notice:
            return Notice.of(NoticeKind.INPUT_FAILED, exc, display=display.name,
                             input="hdmi" if source == LOCAL_HDMI else "network")

        return self._commands.send(display_id, send, wish=source, failed=refused)
