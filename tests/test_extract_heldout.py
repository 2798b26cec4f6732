"""The extractor on the styles of channels its rules were not written from, one table per field.

Each row is a regression test of something the held-out set (tests/data/heldout/, scored against
tests/data/gold/heldout.json by tests/test_heldout_gold.py) showed kg getting wrong: wire
datelines, relative dates, Spanish wordings, honorifics... The sentences are written for these
tests, in the same styles; they are not the held-out posts, so the held-out set stays a fair measure.
"""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from kg.extract import resolve_years
from kg.models import Extraction
from test_extract_unseen import _extractor, make_post


def extract(text: str, language: str = "en", published: datetime | None = None) -> Extraction:
    lines = [line for line in text.split("\n")]
    post = make_post(lines, language=language, published=published)
    return next(resolve_years([_extractor().extract(post)]))


def _utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


# ------------------------------------------------------------------------------------------------
# Event type
# ------------------------------------------------------------------------------------------------

TYPES = [
    # Spanish: a language the cues did not have
    ("es_talks", "es", "🇨🇺🇨🇳 El canciller Bruno Rodríguez sostuvo conversaciones oficiales con su homólogo chino en "
                       "Pekín.", "Meeting"),
    ("es_received", "es", "El Presidente de Venezuela recibió en Miraflores al canciller de Irán.", "Meeting"),
    ("es_met", "es", "La vicecanciller se reunió con el embajador de Egipto en La Habana.", "Meeting"),
    ("es_phone", "es", "📞 El ministro conversó por teléfono con el canciller de Brasil.", "PhoneCall"),
    ("es_phone_noun", "es", "Conversación telefónica del canciller con su homólogo de Argentina", "PhoneCall"),
    ("es_arrived", "es", "Llegó a Caracas el primer ministro de Cuba para una visita de trabajo.", "Visit"),
    ("es_took_part", "es", "El presidente participó en la Cumbre de la CELAC en Tegucigalpa.", "MultilateralMeeting"),
    ("es_summit", "es", "Cumbre de jefes de Estado del ALBA-TCP en Caracas", "MultilateralMeeting"),
    ("es_statement", "es", "Declaración del Gobierno Revolucionario de Cuba", "Statement"),
    ("es_speech", "es", "Discurso del canciller en la Asamblea General de las Naciones Unidas", "Statement"),
    ("es_press", "es", "Conferencia de prensa del canciller sobre el bloqueo", "PressConference"),
    ("es_interview", "es", "Entrevista del embajador de Cuba al diario Granma", "Interview"),
]


@pytest.mark.parametrize("name, language, text, expected", TYPES, ids=[t[0] for t in TYPES])
def test_event_type(name, language, text, expected):
    assert extract(text, language).event.type == expected
