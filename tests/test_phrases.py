"""What the state layer reports as data is worded for the screen: every notice and every
error reason has a sentence, the English matches what logs and the command line print, and
the Thai and Chinese catalogues translate every sentence."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.api.errors import ENGLISH, Reason, said
from app.services import SERVICES, ServiceEntry
from app.state.notices import Notice, NoticeKind, Problem
from app.viewmodels.phrases import phrase_notice, phrase_problem, service_label, worded_reasons

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
from translations import missing

EVERY_PARAM = {"macro": "All off", "name": "Camera", "on": "1", "source": "Laptop",
               "display": "Projector", "device": "Laptop", "preset": "Lecture",
               "action": "mute", "remote": "0812345678", "number": "1002", "reason": "BUSY",
               "host": "1001", "conference": "6400", "input": "hdmi", "slot": "6000",
               "extension": "1001"}


@pytest.mark.parametrize("reason", list(Reason))
@pytest.mark.parametrize("entry", SERVICES, ids=lambda entry: entry.name)
def test_every_error_reads_on_screen_as_the_log_says_it(reason: Reason,
                                                        entry: ServiceEntry) -> None:
    message = said(reason, entry.label, "HTTP 503")
    problem = Problem(entry.name, reason.value, "HTTP 503", message)
    assert phrase_problem(problem) == message
    assert service_label(entry.name) == entry.label


@pytest.mark.parametrize("kind", list(NoticeKind))
def test_every_notice_has_a_sentence(kind: NoticeKind) -> None:
    why = Problem("yealink", Reason.OWN_WORDS.value, "Encoder offline", "Encoder offline")
    plain = phrase_notice(Notice(kind, dict(EVERY_PARAM)))
    assert plain and "%" not in plain
    assert phrase_notice(Notice(kind, dict(EVERY_PARAM), why)) == f"{plain}: Encoder offline"


def test_every_reason_has_a_sentence_in_english_and_on_screen() -> None:
    assert set(ENGLISH) == set(Reason)
    assert worded_reasons() == {reason.value for reason in Reason}


def test_the_catalogues_translate_every_sentence() -> None:
    assert missing() == []
