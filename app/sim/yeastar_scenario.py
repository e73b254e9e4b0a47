"""Plays calls on the simulated PBX so the demo shows live calls with nobody touching it:
an inbound call that rings, is answered, held, resumed and hung up; a call that is missed;
an outbound call that fails; a call from the codec that is transferred."""

from __future__ import annotations

import asyncio
import contextlib

from app.sim.portsip import PortSipSim
from app.sim.yeastar import YeastarSim


async def play_forever(pbx: YeastarSim, pace: float = 1.0,
                       conference: PortSipSim | None = None) -> None:
    async def wait(seconds: float) -> None:
        await asyncio.sleep(seconds * pace)

    while True:
        call = pbx.ring("1001", "0812345678", trunk="AIS SIP Trunk")
        await wait(6)
        with contextlib.suppress(KeyError):
            pbx.answer(call)
            await wait(12)
            pbx.set_status(call, "HOLD", number="1001")
            await wait(6)
            pbx.set_status(call, "ANSWERED", number="1001")
            await wait(10)
        pbx.end(call)
        await wait(5)
        missed = pbx.ring("1003", "+6621234567", trunk="TRUE SIP Trunk")
        await wait(10)
        pbx.end(missed)
        await wait(4)
        pbx.fail_call("1002", "0899999999", reason="BUSY")
        await wait(6)
        codec = pbx.ring("1004", "075512345678", trunk="China Telecom")
        await wait(4)
        with contextlib.suppress(KeyError):
            pbx.answer(codec)
            await wait(8)
            pbx.transfer(codec, "1004", "1002")  # the Chinese room hands it to the Boardroom
            await wait(10)
        pbx.end(codec)
        await wait(4)
        # One story: the PBX's conference call is the conference server's room filling up.
        bridge = pbx.conference("6400", ["1001", "1003"], "0898765432")
        guest = (conference.join(conference.board_id, '"Guest"<sip:0898765432@pbx>')
                 if conference else None)
        await wait(15)
        pbx.host_left("6400", "1001")
        await wait(3)
        pbx.end(bridge)
        if conference is not None and guest is not None:
            conference.leave(conference.board_id, guest)
        await wait(8)
