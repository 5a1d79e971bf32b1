"""Older spellings of Ukrainian and Estonian places, mapped to today's national transliteration.

Users type what they grew up with or what an old map says: Russian-era forms (``Kiev``,
``Kharkov``, ``Dnepropetrovsk``), Polish or German ones (``Lwów``, ``Lemberg``), the
Russian Cyrillic form run through the Ukrainian transliteration (``Киев`` → ``kyev``) and a
few common half-way spellings (``Kyyiv``). Keys are *folded* words (lower case, no
diacritics, Ukrainian Cyrillic already transliterated); values are the folded form of the
place's name in the 2010 national system. Multi-word names are keyed by their words joined
with one space.

Renamed places map to today's name (``Dnepropetrovsk`` → ``Dnipro``, ``Kirovograd`` →
``Kropyvnytskyi``): a user who types the old name wants the city, not the history lesson.

The table is kept by hand; add a row when a user's spelling does not find a place.
"""

from __future__ import annotations

__all__ = ["EXONYMS", "LONGEST_EXONYM"]

EXONYMS: dict[str, str] = {
    # Kyiv
    "kiev": "kyiv",
    "kyev": "kyiv",  # Киев (Russian Cyrillic) through the Ukrainian table
    "kijev": "kyiv",
    "kijow": "kyiv",
    "kiew": "kyiv",
    "kyyiv": "kyiv",
    "kiyv": "kyiv",
    "kyjiv": "kyiv",
    # oblast centres and large cities
    "kharkov": "kharkiv",
    "charkow": "kharkiv",
    "charkiw": "kharkiv",
    "odessa": "odesa",
    "lvov": "lviv",
    "lwow": "lviv",
    "lemberg": "lviv",
    "dnepr": "dnipro",
    "dnipropetrovsk": "dnipro",
    "dnepropetrovsk": "dnipro",
    "ekaterinoslav": "dnipro",
    "zaporozhye": "zaporizhzhia",
    "zaporozhe": "zaporizhzhia",  # Запорожье
    "zaporozhzhia": "zaporizhzhia",
    "zaporizhia": "zaporizhzhia",
    "zaporizhzhya": "zaporizhzhia",
    "zaporizhya": "zaporizhzhia",
    "nikolaev": "mykolaiv",
    "nikolayev": "mykolaiv",
    "nykolaev": "mykolaiv",  # Николаев
    "chernigov": "chernihiv",
    "chernyhov": "chernihiv",  # Чернигов
    "vinnitsa": "vinnytsia",
    "vinnitsya": "vinnytsia",
    "vinnytsya": "vinnytsia",
    "rovno": "rivne",
    "zhitomir": "zhytomyr",
    "zhytomir": "zhytomyr",
    "chernovtsy": "chernivtsi",
    "czernowitz": "chernivtsi",
    "ternopol": "ternopil",
    "tarnopol": "ternopil",
    "lugansk": "luhansk",
    "cherkassy": "cherkasy",
    "cherkasi": "cherkasy",
    "kirovograd": "kropyvnytskyi",
    "kirovohrad": "kropyvnytskyi",
    "ivano frankovsk": "ivano frankivsk",
    "uzhgorod": "uzhhorod",
    "khmelnitsky": "khmelnytskyi",
    "khmelnitskiy": "khmelnytskyi",
    "khmelnytsky": "khmelnytskyi",
    "krivoy rog": "kryvyi rih",
    "kryvoi rih": "kryvyi rih",
    "krivoi rog": "kryvyi rih",
    "kremenchug": "kremenchuk",
    "belaya tserkov": "bila tserkva",
    "bila tserkov": "bila tserkva",
    "kamenets podolsky": "kamianets podilskyi",
    "kamenets podolskiy": "kamianets podilskyi",
    "berdyansk": "berdiansk",
    "severodonetsk": "sievierodonetsk",
    "lisichansk": "lysychansk",
    "slavyansk": "sloviansk",
    "artemovsk": "bakhmut",
    "irpen": "irpin",
    "gostomel": "hostomel",
    "borispol": "boryspil",
    "feodosiya": "feodosiia",
    "evpatoria": "yevpatoriia",
    "evpatoriya": "yevpatoriia",
    "belgorod dnestrovsky": "bilhorod dnistrovskyi",
    "chernobyl": "chornobyl",
    "pripyat": "prypiat",
    "nezhin": "nizhyn",
    "glukhov": "hlukhiv",
    "akhtyrka": "okhtyrka",
    "lozovaya": "lozova",
    "izyum": "izium",
    "kupyansk": "kupiansk",
    "energodar": "enerhodar",
    "novaya kakhovka": "nova kakhovka",
    "ochakov": "ochakiv",
    "kolomyya": "kolomyia",
    "drogobych": "drohobych",
    "stryy": "stryi",
    "chortkov": "chortkiv",
    # Estonia: German and Russian forms
    "reval": "tallinn",
    "tallin": "tallinn",
    "tallyn": "tallinn",  # Таллин
    "dorpat": "tartu",
    "yuriev": "tartu",
    "iurev": "tartu",  # Юрьев
    "pernau": "parnu",
    "pernov": "parnu",
    "piarnu": "parnu",  # Пярну
    "fellin": "viljandi",
    "hapsal": "haapsalu",
    "arensburg": "kuressaare",
    "wesenberg": "rakvere",
}

LONGEST_EXONYM = max(len(key.split()) for key in EXONYMS)
