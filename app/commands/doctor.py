"""`roompanel doctor`: signs in to every configured service, reads what the panel would
show, and reports. Exit status 0 only if every service answered."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from app.config import Config
from app.secrets import keyring_words, secret_sources
from app.state.report import collect_report


def run_doctor(config: Config, *, as_json: bool) -> int:
    report = asyncio.run(collect_report(config))
    sources = secret_sources(config)
    if sources is not None:
        report["secrets_source"] = sources.as_json()
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    # A service left out for want of its secret was not checked: that is not a pass.
    missing = sources is not None and bool(sources.missing)
    return 0 if all(s["ok"] for s in report["services"].values()) and not missing else 1


def format_report(report: dict[str, Any]) -> str:
    lines = _secrets_lines(report.get("secrets_source"))
    for name, service in report["services"].items():
        mark = "OK  " if service["ok"] else "FAIL"
        detail = service["error"] or (
            f"{service['rooms_listed']} rooms listed" if "rooms_listed" in service
            else f"{service['extensions']} extensions, {service['active_calls']} active calls"
            if "extensions" in service else "answered")
        lines.append(f"[{mark}] {name} ({service['url']}): {detail}")
        if service.get("warning"):
            lines.append(f"       warning: {service['warning']}")
        for feature, state in service.get("features", {}).items():
            if not state.get("available", True):
                lines.append(f"       {feature}: off ({state.get('note', '')})")
    for room in report["rooms"]:
        lines.append("")
        lines.append(f"{room['name']}  ({room['id']})")
        lines.append("  macros:        " + (", ".join(m["name"] for m in room["macros"]) or "-"))
        for key, title in (("automations", "automations:   "),
                           ("auto_routings", "auto-routing:  ")):
            items = [f"{s['name']} [{'on' if s['enabled'] else 'off'}]" for s in room[key]]
            lines.append("  " + title + (", ".join(items) or "-"))
        names = {d["id"]: d["name"] for d in room["encoders"] + room["decoders"]}
        routes = [f"{names.get(r['source'], r['source'])} → {names.get(r['display'], r['display'])}"
                  f" ({r['signal']})" for r in room["routes"]]
        lines.append("  routes:        " + (", ".join(routes) or "-"))
        for call in room.get("calls", []):
            members = ", ".join(f"{m['number']} {m['status']}" for m in call["members"])
            lines.append(f"  call {call['call_id']}: {members}")
        offline = [d["name"] for d in room["encoders"] + room["decoders"]
                   if d["status"] != "online"]
        if offline:
            lines.append("  offline:       " + ", ".join(offline))
    return "\n".join(lines)


def _secrets_lines(sources: dict[str, Any] | None) -> list[str]:
    if not sources:
        return []
    words = {"environment": "the environment", "file": "the configuration file (0600)",
             "keyring": "the OS keyring"}
    used = [words[s] for s in words if s in sources["secrets"].values()]
    lines = ["secrets from " + (", ".join(used) or "nowhere")]
    for name in sources["missing"]:
        why = keyring_words(sources["keyring"])
        if sources["keyring_detail"]:
            why += f": {sources['keyring_detail']}"
        lines.append(f"[FAIL] {name.split('.', 1)[0]}: not checked: its secret {name} is "
                     f"missing ({why}); set {sources['variables'][name]}")
    return lines


__all__ = ["format_report", "run_doctor"]
