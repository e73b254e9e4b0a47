"""Words for what the state layer reports as data: notices (a refused macro, a route that
did not take) and errors (why a service failed), in the panel's language.

Every sentence is a Qt translation (context "Notices"), so the Thai and Chinese catalogues
carry it; a service's own words (its refusal text, an HTTP status) are put inside the
translated sentence as they came. Without a translator installed, this is the English the
command line prints.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.state.directory import DirectoryView
from app.state.freshness import Health
from app.state.notices import Notice, NoticeKind, Problem

translate = QCoreApplication.translate


def fill(template: str, *values: str) -> str:
    """Qt's `%1`…`%9` placeholders, from the highest down so `%1` never eats `%10`."""
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", values[number - 1])
    return template


def phrase_duration(seconds: float) -> str:
    """A span read at a glance: "40 s", "12 min", "3 h 5 min", "2 d 4 h"."""
    whole = int(seconds)
    if whole < 60:
        return fill(translate("Notices", "%1 s"), str(whole))
    minutes = whole // 60
    if minutes < 60:
        return fill(translate("Notices", "%1 min"), str(minutes))
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return fill(translate("Notices", "%1 h %2 min"), str(hours), str(minutes))
    days, hours = divmod(hours, 24)
    return fill(translate("Notices", "%1 d %2 h"), str(days), str(hours))


def service_label(service: str) -> str:
    """The service as named inside a sentence."""
    labels = {
        "yealink": translate("Notices", "the control service"),
        "yeastar": translate("Notices", "the PBX"),
        "portsip": translate("Notices", "the conference server"),
        "dingtalk": translate("Notices", "DingTalk"),
        "hub": translate("Notices", "the site hub"),
    }
    return labels.get(service, service)


def _detail(detail: str) -> str:
    """Our own short reasons are translated; anything else is the service's and stays."""
    ours = {
        "connection refused": translate("Notices", "connection refused"),
        "no connection could be made": translate("Notices", "no connection could be made"),
        "the connection was dropped": translate("Notices", "the connection was dropped"),
        "not JSON": translate("Notices", "not JSON"),
        "no reason given": translate("Notices", "no reason given"),
    }
    prefix = "its certificate is not trusted: "
    if detail.startswith(prefix):
        return translate("Notices", "its certificate is not trusted: %1").replace(
            "%1", detail[len(prefix):])
    return ours.get(detail, detail)


def phrase_problem(problem: Problem) -> str:
    phrase = _problem_sentences(problem).get(problem.reason)
    return phrase() if phrase is not None else problem.message


def worded_reasons() -> frozenset[str]:
    """The reasons this module has a sentence for (a test checks it has one for each)."""
    return frozenset(_problem_sentences(Problem("yealink", "", "", "")))


def _problem_sentences(problem: Problem) -> dict[str, Callable[[], str]]:
    label = service_label(problem.service)
    start = label[:1].upper() + label[1:]  # the same label opening a sentence
    detail = _detail(problem.detail)
    return {
        "unreachable": lambda: fill(translate("Notices", "Cannot reach %1 (%2)"),
                                         label, detail),
        "shutting_down": lambda: translate("Notices", "The panel is shutting down"),
        "timeout": lambda: fill(translate("Notices", "%1 did not answer in time"), start),
        "server_failed": lambda: fill(translate("Notices", "%1 failed (%2)"), start,
                                           detail),
        "busy": lambda: fill(translate(
            "Notices", "%1 is busy and asked the panel to wait (%2)"), start, detail),
        "not_json": lambda: fill(translate(
            "Notices", "%1 sent an unreadable answer (not JSON)"), start),
        "unexpected": lambda: fill(translate(
            "Notices", "%1 sent an unexpected answer (%2)"), start, detail),
        "refused": lambda: fill(translate("Notices", "%1 refused: %2"), start, detail),
        "own_words": lambda: detail,
        "login_refused": lambda: fill(translate(
            "Notices", "%1 refused the panel's login (%2)"), start, detail),
        "app_refused": lambda: fill(translate(
            "Notices", "%1 refused the app credentials (%2)"), start, detail),
        "login_wait": lambda: fill(translate(
            "Notices", "%1 refused the panel's login; next attempt in %2 s"), start, detail),
        "session_expired": lambda: fill(translate(
            "Notices", "%1 session had expired; please try again"), start),
        "sign_in_refused": lambda: fill(translate(
            "Notices", "%1 refused the panel's sign-in"), start),
        "devices_slow": lambda: translate(
            "Notices", "The devices did not report their settings in time"),
        "loop_failed": lambda: fill(translate(
            "Notices", "Reading %1 stopped unexpectedly (%2); restarting"), label, detail),
        "too_large": lambda: fill(translate(
            "Notices", "%1 sent an answer too large to read (%2)"), start, detail),
        "too_slow": lambda: fill(translate("Notices", "%1 sent its answer too slowly"), start),
        "not_offered": lambda: fill(translate(
            "Notices", "%1 does not offer this to the panel (%2)"), start, detail),
        "hub_offline": lambda: fill(translate("Notices", "%1 is offline (%2)"), start,
                                    detail),
        "not_confirmed": lambda: fill(translate(
            "Notices", "%1 has not confirmed this for %2 min"), start, detail),
        "two_factor": lambda: fill(translate(
            "Notices", "%1 asks this account for a second sign-in factor; give the panel an "
            "account without two-factor sign-in"), start),
    }


def phrase_health(health: Health) -> str:
    """Why a link is not live, in the panel's language (empty when live)."""
    if health.problem is None:
        return health.reason
    why = phrase_problem(health.problem)
    if health.notifications_only:
        return fill(translate("Notices", "Change notifications interrupted: %1"), why)
    return why


def phrase_directory(view: DirectoryView) -> str:
    """What the room list's screen says about the list (empty when all is well)."""
    if view.problem is not None and view.retrying:
        return fill(translate("Notices", "%1. Retrying…"), phrase_problem(view.problem))
    if view.problem is not None:
        return fill(translate("Notices", "Room list not updated: %1"),
                    phrase_problem(view.problem))
    if not view.loaded:
        return translate("Notices", "Connecting to the control service…")
    return "" if view.rooms else translate("Notices", "The control service lists no rooms.")


def feature_label(feature: str) -> str:
    """A feature of a service, as the diagnostics page names it."""
    return {
        "conferences": translate("Notices", "Conferences"),
        "codec audio": translate("Notices", "Volume and sound of displays"),
        "meeting devices": translate("Notices", "Meeting devices"),
    }.get(feature, feature)


def room_not_found(room: str) -> str:
    return fill(translate("Notices", "Room “%1” is not on the control service. Choose a room."),
                room)


def backlight_failed(device: str) -> str:
    return fill(translate("Notices", "Cannot set the display's backlight at %1 (see the log)"),
                device)


def _switched(params: dict[str, str]) -> str:
    if params.get("on"):
        return translate("Notices", "Could not switch “%1” on")
    return translate("Notices", "Could not switch “%1” off")


def _conference_action(action: str) -> str:
    return {
        "mute": translate("Notices", "Could not mute everyone"),
        "unmute": translate("Notices", "Could not unmute everyone"),
        "lock": translate("Notices", "Could not lock the conference"),
        "unlock": translate("Notices", "Could not unlock the conference"),
        "start_recording": translate("Notices", "Could not start recording"),
        "stop_recording": translate("Notices", "Could not stop recording"),
    }.get(action, action)


def _participant_action(action: str) -> str:
    return {
        "mute": translate("Notices", "Could not mute %1"),
        "unmute": translate("Notices", "Could not unmute %1"),
        "chairman": translate("Notices", "Could not make %1 the chairman"),
        "destroy": translate("Notices", "Could not remove %1"),
        "main_tile": translate("Notices", "Could not put %1 on the main tile"),
    }.get(action, action + " %1")


def _call_control(action: str) -> str:
    return {
        "hangup": translate("Notices", "Could not hang up the call with %1"),
        "hold": translate("Notices", "Could not hold the call with %1"),
        "resume": translate("Notices", "Could not resume the call with %1"),
        "mute": translate("Notices", "Could not mute the call with %1"),
        "unmute": translate("Notices", "Could not unmute the call with %1"),
        "answer": translate("Notices", "The room's phone could not answer the call from %1"),
        "park": translate("Notices", "Could not park the call with %1"),
        "transfer_complete": translate("Notices", "Could not complete the transfer of %1"),
        "transfer_abort": translate("Notices", "Could not cancel the transfer of %1"),
        "transfer_threeway": translate("Notices", "Could not join %1 and the consulted party"),
        "transfer_swap": translate("Notices", "Could not switch back to %1"),
    }.get(action, action + " %1")


def _what(notice: Notice) -> str:
    """What happened, without why."""
    p = notice.params
    kind = NoticeKind
    sentences: dict[NoticeKind, Callable[[], str]] = {
        kind.MACRO_FAILED: lambda: fill(translate("Notices", "“%1” failed"), p["macro"]),
        kind.SWITCH_FAILED: lambda: fill(_switched(p), p["name"]),
        kind.ROUTE_FAILED: lambda: fill(translate("Notices", "Routing %1 to %2 failed"),
                                        p["source"], p["display"]),
        kind.CLEAR_FAILED: lambda: fill(translate("Notices", "Clearing %1 failed"),
                                        p["display"]),
        kind.UNROUTE_FAILED: lambda: fill(translate("Notices", "Removing %1 from %2 failed"),
                                          p["source"], p["display"]),
        kind.ROUTE_NOT_TAKEN: lambda: fill(translate(
            "Notices", "The route to %1 was accepted but has not taken effect yet"),
            p["display"]),
        kind.DEVICE_OFFLINE: lambda: fill(translate(
            "Notices", "%1 is offline and cannot be routed"), p["device"]),
        kind.DIFFERENT_GROUPS: lambda: fill(translate(
            "Notices", "%1 and %2 are in different device groups"), p["source"],
            p["display"]),
        kind.PRESET_FAILED: lambda: fill(translate("Notices", "Preset “%1” failed"),
                                         p["preset"]),
        kind.USB_MODE_FAILED: lambda: translate("Notices", "USB routing mode not changed"),
        kind.USB_NEEDS_MANUAL: lambda: translate(
            "Notices", "Switch USB routing to Manual to choose USB hosts"),
        kind.USB_ROUTE_FAILED: lambda: fill(translate("Notices", "USB routing to %1 failed"),
                                            p["display"]),
        kind.AUDIO_FAILED: lambda: fill(translate("Notices", "Audio of %1 not changed"),
                                        p["display"]),
        kind.DISPLAY_OFFLINE: lambda: fill(translate("Notices", "%1 is offline"),
                                           p["display"]),
        kind.POWER_SENT: lambda: fill(
            translate("Notices", "%1: “display on” sent") if p.get("on")
            else translate("Notices", "%1: “display off” sent"), p["display"]),
        kind.POWER_FAILED: lambda: fill(translate("Notices", "%1 did not take the command"),
                                        p["display"]),
        kind.CALL_CONTROL_FAILED: lambda: fill(_call_control(p["action"]), p["remote"]),
        kind.INPUT_FAILED: lambda: fill(translate(
            "Notices", "Could not switch %1 to its own HDMI input")
            if p.get("input") == "hdmi" else translate(
                "Notices", "Could not switch %1 back to the network source"), p["display"]),
        kind.TRANSFER_FAILED: lambda: fill(translate(
            "Notices", "Could not transfer the call with %1 to %2"), p["remote"], p["number"]),
        kind.ADD_MEMBER_FAILED: lambda: fill(translate(
            "Notices", "Could not add %2 to the call with %1"), p["remote"], p["number"]),
        kind.CALL_PARKED: lambda: fill(translate(
            "Notices", "%1 is parked on %2: dial %2 to pick it up"), p["remote"], p["slot"]),
        kind.PRESENCE_FAILED: lambda: fill(translate(
            "Notices", "Could not change the status of phone %1"), p["extension"]),
        kind.DIAL_FAILED: lambda: fill(translate("Notices", "Could not call %1"),
                                       p["number"]),
        kind.CALL_FAILED: lambda: fill(translate("Notices", "Call to %1 failed: %2"),
                                       p["number"], p["reason"]),
        kind.HOST_LEFT: lambda: fill(translate("Notices", "The host (%1) left conference %2"),
                                     p["host"], p["conference"]),
        kind.CONFERENCE_ACTION_FAILED: lambda: _conference_action(p["action"]),
        kind.LAYOUT_FAILED: lambda: translate("Notices", "Could not change the layout"),
        kind.INVITE_FAILED: lambda: fill(translate("Notices", "Could not invite %1"),
                                         p["number"]),
        kind.PARTICIPANT_ACTION_FAILED: lambda: fill(_participant_action(p["action"]),
                                                     p["name"]),
    }
    return sentences[notice.kind]()


def phrase_notice(notice: Notice) -> str:
    what = _what(notice)
    if notice.problem is None:
        return what
    return fill(translate("Notices", "%1: %2"), what, phrase_problem(notice.problem))
