"""The conference coordinator: reads, commands once, refusals become notices."""

from __future__ import annotations

from typing import Any

from app.api.portsip.client import PortSipClient
from app.api.portsip.models import display_name
from app.sim.portsip import PASSWORD, USERNAME
from app.sim.server import Simulator
from app.state.conference import ConferenceCoordinator
from app.state.notices import Notice
from app.viewmodels.phrases import phrase_notice


def test_display_names_from_sip_addresses() -> None:
    assert display_name('"Somchai"<sip:0812345678@pbx>') == "Somchai"
    assert display_name("<sip:0899@conf.example.com>") == "0899"
    assert display_name("Reception") == "Reception"


def test_reads_commands_and_refusals(sim: Simulator, run: Any) -> None:
    notices: list[Notice] = []

    async def scenario() -> None:
        client = PortSipClient(sim.portsip_url, USERNAME, PASSWORD)
        conference = ConferenceCoordinator(client, sim.portsip.board_id)
        conference.add_listener(lambda view: None, notices.append)
        assert await conference.refresh()
        assert conference.view.status == "ON_CALL"
        assert conference.view.participants[0].chairman  # the chairman comes first
        assert conference.room_action("lock")
        assert not conference.room_action("lock")  # a second tap while pending
        await conference.wait_for_commands()
        assert conference.view.locked
        conference.invite("0899")  # a locked room takes nobody
        await conference.wait_for_commands()
        sim.take_offline("portsip")
        assert not await conference.refresh()
        assert "Cannot reach" in conference.view.error
        assert conference.view.locked  # the last known state stays
        await client.aclose()

    run(scenario())
    assert len(sim.portsip.seen("/lock")) == 1
    assert [phrase_notice(n) for n in notices] == [
        "Could not invite 0899: The conference server refused: The conference room is locked"]
