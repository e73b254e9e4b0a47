"""Route presets and automatic routing groups: a preset is applied, a group switched on or
off; each once, confirmed by reading its group again."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from app.api.errors import ServiceError
from app.api.yealink.client import YealinkClient
from app.state.commands import Commands, TaskSet
from app.state.notices import Notice, NoticeKind
from app.state.routing_data import RoutingData


class PresetCommands:
    def __init__(self, client: YealinkClient, data: RoutingData, *,
                 reread_group: Callable[[str], Awaitable[None]],
                 publish: Callable[[], None], notify: Callable[[Notice], None],
                 tasks: TaskSet) -> None:
        self._client = client
        self._data = data
        self._reread_group = reread_group
        self.presets: Commands[str] = Commands(publish, notify, tasks)
        self.autos: Commands[str] = Commands(publish, notify, tasks)

    def apply_preset(self, preset_id: str) -> bool:
        group_id = self._data.group_of_preset(preset_id)
        if group_id is None:
            return False
        name = self._data.preset_name(preset_id)

        async def apply() -> None:
            await self._client.apply_preset(group_id, preset_id)
            await self._reread_group(group_id)

        return self.presets.send(
            preset_id, apply,
            failed=lambda exc: Notice.of(NoticeKind.PRESET_FAILED, exc, preset=name))

    def set_auto_group(self, auto_id: str, enable: bool) -> bool:
        group_id = self._data.group_of_auto(auto_id)
        if group_id is None:
            return False
        name = self._data.auto_name(auto_id)

        async def switch() -> None:
            await self._client.set_auto_group_enabled(group_id, auto_id, enable)
            self._data.autos[group_id] = await self._client.list_auto_groups(group_id)

        def failed(exc: ServiceError) -> Notice:
            return Notice.of(NoticeKind.SWITCH_FAILED, exc, name=name, on="1" if enable else "")

        return self.autos.send(auto_id, switch, failed=failed, wish=enable)
