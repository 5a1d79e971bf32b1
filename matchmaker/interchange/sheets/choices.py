"""The words of the closed vocabularies (kind, stage, size, visibility) as people write them in a sheet.

A registration form offers ``Startup``, ``Ülikool`` or ``Університет`` where the store keeps
``startup`` and ``university``. Each code is found by itself, by its English words, or by the
Estonian and Ukrainian ones, compared folded (case, diacritics and script do not matter).

>>> choice_code("kind", "Ülikool"), choice_code("kind", "Громадська організація"), choice_code("kind", "public body")
('university', 'ngo', 'public_body')
>>> choice_code("stage", "Series A"), choice_code("size", "11–50"), choice_code("kind", "spaceship") is None
('series_a', '11-50', True)
"""

from __future__ import annotations

from functools import cache

from matchmaker.actor_fields import ACTOR_FIELD
from matchmaker.textnorm import fold

__all__ = ["CHOICE_WORDS", "choice_code"]

CHOICE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "kind": {
        "startup": ("start-up", "start up", "idufirma", "iduettevõte", "стартап"),
        "company": ("business", "firm", "enterprise", "ettevõte", "firma", "äriühing", "компанія",
                    "підприємство", "фірма", "бізнес"),
        "public_body": ("public body", "public sector", "government", "ministry", "agency", "municipality",
                        "avalik asutus", "avalik sektor", "riigiasutus", "ministeerium", "omavalitsus",
                        "державний орган", "державна установа", "міністерство", "орган влади",
                        "публічний сектор", "громада"),
        "investor": ("investor", "fund", "venture capital", "vc", "investeerija", "fond", "інвестор", "фонд"),
        "university": ("university", "academia", "research institute", "ülikool", "kõrgkool",
                       "teadusasutus", "університет", "заклад вищої освіти", "виш", "науковий інститут"),
        "ngo": ("ngo", "non-profit", "nonprofit", "association", "mtü", "mittetulundusühing", "sihtasutus",
                "го", "громадська організація", "неприбуткова організація", "благодійний фонд"),
        "person": ("individual", "private person", "expert", "isik", "eraisik", "особа", "фізична особа",
                   "експерт"),
    },
    "stage": {
        "idea": ("idee", "ідея"),
        "pre_seed": ("pre-seed", "preseed", "eelkülv", "пре-сід", "пресід"),
        "seed": ("külv", "сід", "посівна"),
        "series_a": ("series a", "seeria a", "раунд a", "серія a"),
        "growth": ("scale-up", "scaleup", "kasv", "kasvufaas", "зростання", "масштабування"),
        "mature": ("established", "küps", "зрілий", "зріла"),
    },
    "size": {},  # its codes are what people write ("11-50"); an en dash folds the same
    "visibility": {
        "public": ("avalik", "публічний", "відкритий"),
        "council": ("council only", "nõukogu", "ainult nõukogule", "рада", "лише для ради"),
        "private": ("privaatne", "приватний"),
    },
}  # fmt: skip


@cache
def _index(field: str) -> dict[str, str]:
    words: dict[str, str] = {}
    for code in ACTOR_FIELD[field].choices:
        for word in (code, code.replace("_", " "), *CHOICE_WORDS.get(field, {}).get(code, ())):
            words.setdefault(fold(word), code)
    return words


def choice_code(field: str, text: str) -> str | None:
    """The code of choice field ``field`` that ``text`` names, or None."""
    return _index(field).get(fold(text))
