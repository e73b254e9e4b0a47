"""The shell tools against the simulator: doctor and invoke."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.logs import SecretRedactor
from app.sim.faults import Fault, FaultKind
from app.sim.server import Simulator


@pytest.fixture
def config_file(sim: Simulator, tmp_path: Path) -> Path:
    path = tmp_path / "panel.toml"
    path.write_text(sim.config_toml(), encoding="utf-8")
    return path


def test_doctor_json_lists_every_room_with_its_controls(
    config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["doctor", "--config", str(config_file), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["services"]["yealink"] == {**report["services"]["yealink"], "ok": True,
                                             "error": None}
    rooms = {room["name"]: room for room in report["rooms"]}
    assert set(rooms) >= {"Boardroom", "ห้องประชุมใหญ่ ชั้น 5", "第一会议室"}
    board = rooms["Boardroom"]
    assert board["id"] == "6a670bb3-65b1-44c0-ba90-d63f733aa188"
    assert {"id": "board-mac-6", "name": "All off"} in board["macros"]
    assert {"id": "board-mon-3", "name": "Shut down at 20:00", "enabled": True} in board[
        "automations"]
    assert {"id": "board-ar-1", "name": "Laptop to main display", "enabled": False} in board[
        "auto_routings"]


def test_doctor_fails_when_the_service_is_down(
    sim: Simulator, config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sim.take_offline()
    assert main(["doctor", "--config", str(config_file), "--json"]) == 1
    service = json.loads(capsys.readouterr().out)["services"]["yealink"]
    assert service["ok"] is False
    assert "Cannot reach the control service" in service["error"]


def test_doctor_text_report(config_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor", "--config", str(config_file)]) == 0
    out = capsys.readouterr().out
    assert "[OK  ] yealink" in out
    assert "Shut down at 20:00 [on]" in out


def test_invoke_by_names_fires_once(sim: Simulator, config_file: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["invoke", "--config", str(config_file), "--room", "第一会议室",
                 "--macro", "开始演示"]) == 0
    assert "Invoked “开始演示” in “第一会议室”" in capsys.readouterr().out
    assert len(sim.yealink.seen("/ctrl/macro/invoke")) == 1
    assert sim.call(lambda: sim.yealink.switch_state("第一会议室", "笔记本到主屏"))


def test_invoke_reports_a_refusal_and_does_not_retry(
    sim: Simulator, config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sim.call(lambda: sim.yealink.fail(Fault(FaultKind.HTTP_STATUS, path="invoke", status=500)))
    assert main(["invoke", "--config", str(config_file), "--room", "Boardroom",
                 "--macro", "board-mac-6"]) == 1
    assert "HTTP 500" in capsys.readouterr().err
    assert len(sim.yealink.seen("/ctrl/macro/invoke")) == 1


def test_invoke_unknown_macro_lists_the_choices(
    config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["invoke", "--config", str(config_file), "--room", "Huddle 3",
                 "--macro", "Party"]) == 1
    assert "“Share laptop”, “All off”" in capsys.readouterr().err


def test_bad_config_exits_2_naming_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('[yealink]\nurl = "https://x"\nclient_id = "a"\n')
    assert main(["doctor", "--config", str(path)]) == 2
    assert "yealink.client_secret: missing" in capsys.readouterr().err


def test_redaction_hides_tokens_and_known_secrets(caplog: Any) -> None:
    redactor = SecretRedactor()
    redactor.add_secret("s3cret-value")
    record = logging.LogRecord("t", logging.INFO, __file__, 1,
                               "GET /x?access_token=abc.def&y=1 secret %s Token: eyJhbGci",
                               ("s3cret-value",), None)
    redactor.filter(record)
    text = record.getMessage()
    assert "abc.def" not in text and "s3cret-value" not in text and "eyJhbGci" not in text
    assert "access_token=***" in text


def test_doctor_lists_devices_routes_and_presets(
    config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["doctor", "--config", str(config_file), "--json"]) == 0
    board = next(r for r in json.loads(capsys.readouterr().out)["rooms"]
                 if r["name"] == "Boardroom")
    assert {"id": "EN300_b5", "name": "Wireless cast", "mac": "241a0a000005",
            "status": "offline"} in board["encoders"]
    assert {d["name"] for d in board["decoders"]} >= {"Main display", "Projector"}
    assert {"source": "EN300_b1", "display": "DE300_b1", "signal": "Audio/Video"} in board[
        "routes"]
    assert {"id": "preset-board-1", "name": "Presentation", "applied": True} in board["presets"]


def test_route_sets_one_route_and_exits_0_once_confirmed(
    sim: Simulator, config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["route", "--config", str(config_file), "--room", "Boardroom",
                 "--source", "Ceiling camera", "--display", "Projector",
                 "--signal", "Video"]) == 0
    assert "confirmed" in capsys.readouterr().out
    assert sim.yealink.av.device("Projector").video_from == sim.yealink.av.device(
        "Ceiling camera").mac
    assert main(["route", "--config", str(config_file), "--room", "Boardroom",
                 "--display", "Main display", "--signal", "none"]) == 0
    assert sim.yealink.av.device("Main display").video_from is None


def test_route_to_an_offline_source_exits_1(
    config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["route", "--config", str(config_file), "--room", "Boardroom",
                 "--source", "Wireless cast", "--display", "Projector"]) == 1
    assert "Wireless cast is offline" in capsys.readouterr().err


def test_doctor_checks_the_pbx_and_lists_each_rooms_calls(
    sim: Simulator, config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    call = sim.call(lambda: sim.yeastar.ring("1001", "0812345678"))
    assert main(["doctor", "--config", str(config_file), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["services"]["yeastar"]["ok"] is True
    board = next(r for r in report["rooms"] if r["name"] == "Boardroom")
    assert board["calls"] == [{"call_id": call, "members": [
        {"number": "0812345678", "status": "RING"}, {"number": "1001", "status": "RING"}]}]
    assert sim.yeastar.valid_tokens == 0  # doctor revoked its token


def test_doctor_says_which_of_a_rooms_phones_the_pbx_does_not_have(
    sim: Simulator, config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sim.call(lambda: sim.yeastar.extensions.pop("1002"))  # renumbered on the PBX
    assert main(["doctor", "--config", str(config_file), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["services"]["yeastar"]["error"] == "Extensions not on the PBX: 1002"
    board = next(r for r in report["rooms"] if r["name"] == "Boardroom")
    assert board["phones"] == [
        {"number": "1001", "exists": True, "name": "Boardroom phone", "registered": None,
         "presence": None, "monitored": None},
        {"number": "1002", "exists": False, "name": None, "registered": None,
         "presence": None, "monitored": None}]


def test_doctor_fails_when_the_pbx_is_down(
    sim: Simulator, config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sim.take_offline("yeastar")
    assert main(["doctor", "--config", str(config_file), "--json"]) == 1
    service = json.loads(capsys.readouterr().out)["services"]["yeastar"]
    assert service["ok"] is False and "Cannot reach the PBX" in service["error"]


def test_doctor_reports_dingtalk_devices(
    sim: Simulator, config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sim.call(lambda: sim.dingtalk.set_status("1234", "projection"))
    assert main(["doctor", "--config", str(config_file), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["services"]["dingtalk"]["ok"] is True
    board = next(r for r in report["rooms"] if r["name"] == "Boardroom")
    assert board["devices"] == [{"id": "1234", "status": "projection", "share_code": "482915"}]


def test_doctor_reports_the_rooms_conference(
    sim: Simulator, config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["doctor", "--config", str(config_file), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["services"]["portsip"]["ok"] is True
    conference = next(r for r in report["rooms"] if r["name"] == "Boardroom")["conference"]
    assert (conference["status"], conference["locked"], conference["recording"]) == (
        "ON_CALL", False, False)
    assert [(p["name"], p["chairman"]) for p in conference["participants"]] == [
        ("Boardroom", True), ("Somchai", False), ("Li Wei", False)]


def test_doctor_lists_the_pbx_conferences_and_the_rooms_members(
    sim: Simulator, config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sim.call(lambda: sim.yeastar.conference("6400", ["1001", "1003"], "0898765432"))
    assert main(["doctor", "--config", str(config_file), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [c["number"] for c in report["services"]["yeastar"]["conferences"]] == [
        "6400", "6401", "6500"]
    thai = next(r for r in report["rooms"] if r["name"] == "ห้องประชุมใหญ่ ชั้น 5")
    assert thai["pbx_conference"]["status"] == "ON_CALL"
    assert {(p["number"], p["name"]) for p in thai["pbx_conference"]["participants"]} == {
        ("1001", "Boardroom phone"), ("1003", "ห้องประชุม 5 โทรศัพท์"), ("0898765432", "")}
