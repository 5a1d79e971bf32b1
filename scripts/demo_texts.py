"""Description texts of the demo's actors, in English, Estonian and Ukrainian.

A description is put together from an opening (who the actor is: several per kind and
language), a sentence on what it offers and one on what it looks for (several phrasings
each), so that six hundred actors do not read like six templates. Skill labels are placed
where the grammar takes a label as it is (after a colon, in a list), so Estonian and
Ukrainian labels need no case endings. Everything is drawn from the demo's one seeded stream.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from demo_tables import UA_CITY_GENITIVE, UA_CITY_NATIVE

if TYPE_CHECKING:
    from generate_demo import DemoBuilder

__all__ = ["describe"]

OPENINGS = {
    "en": {
        "startup": [
            "{name} is {a_stage} startup from {city}.",
            "Founded in {year} in {city}, {name} builds software for the public sector.",
            "{name} is a team of {team} in {city} building tools for government.",
            "{A_stage} company based in {city}, {name} turns public services into products people use.",
        ],
        "company": [
            "{name} is an IT company in {city} with {team} people working for public clients.",
            "Since {year}, {name} has delivered government IT projects from {city}.",
            "{name} designs, builds and runs information systems for the public sector.",
        ],
        "public_body": [
            "{name} develops and runs national e-services.",
            "As a public body in {city}, {name} is responsible for digital services people use every day.",
            "{name} is the public agency behind a set of digital services in {city}.",
        ],
        "investor": [
            "{name} invests in GovTech and digital-society startups.",
            "{name} backs founders who build for the public sector.",
            "Based in {city}, {name} writes cheques for teams that sell to governments.",
        ],
        "university": [
            "{name} teaches and researches digital government.",
            "{name} trains the engineers and officials who build e-government.",
        ],
        "ngo": [
            "{name} is a non-profit bringing together people who care about digital society.",
            "{name} is an association of practitioners and volunteers in {city}.",
        ],
        "person": [
            "{role} based in {city}.",
            "{role} with {years} years of experience.",
            "{role}; has worked on digital-state projects since {year}.",
        ],
    },
    "et": {
        "startup": [
            "{name} on {stage} idufirma {city_in}.",
            "{name} asutati {year}. aastal {city_in} ja teeb tarkvara avalikule sektorile.",
            "{name} on {team}-liikmeline meeskond {city_in}, mis ehitab riigile tööriistu.",
        ],
        "company": [
            "{name} on {city_gen} IT-ettevõte, mis teeb projekte avalikule sektorile.",
            "{name} arendab ja haldab riigi infosüsteeme; meeskonnas on {team} inimest.",
            "Alates {year}. aastast on {name} ehitanud e-riigi lahendusi.",
        ],
        "public_body": [
            "{name} arendab ja haldab riiklikke e-teenuseid.",
            "{name} vastutab digiteenuste eest, mida inimesed kasutavad iga päev.",
        ],
        "investor": [
            "{name} investeerib GovTechi ja digiühiskonna idufirmadesse.",
            "{name} toetab asutajaid, kes ehitavad lahendusi avalikule sektorile.",
        ],
        "university": [
            "{name} õpetab ja uurib digiriiki.",
            "{name} koolitab e-riigi insenere ja ametnikke.",
        ],
        "ngo": [
            "{name} on mittetulundusühing, mis koondab digiühiskonnast hoolivaid inimesi.",
            "{name} ühendab valdkonna praktikuid ja vabatahtlikke.",
        ],
        "person": [
            "{role} {city_in}.",
            "{role}, {years} aastat kogemust.",
            "{role}; teeb e-riigi projekte alates {year}. aastast.",
        ],
    },
    "uk": {
        "startup": [
            "{name} — стартап на етапі {stage} {city_from}.",
            "{name} заснували у {year} році {city_in}; команда створює цифрові рішення для держави.",
            "Команда з {team} осіб {city_in}, що будує інструменти для державних сервісів.",
        ],
        "company": [
            "{name} — ІТ-компанія {city_in}, що виконує проєкти для державних замовників.",
            "{name} розробляє та супроводжує державні інформаційні системи; у команді {team} фахівців.",
            "З {year} року {name} створює рішення для електронного урядування.",
        ],
        "public_body": [
            "{name} розвиває та адмініструє державні електронні послуги.",
            "{name} відповідає за цифрові послуги, якими громадяни користуються щодня.",
        ],
        "investor": [
            "{name} інвестує в GovTech-стартапи та проєкти цифрового суспільства.",
            "{name} підтримує засновників, які створюють рішення для публічного сектору.",
        ],
        "university": [
            "{name} навчає та досліджує цифрове врядування.",
            "{name} готує інженерів і посадовців для електронного урядування.",
        ],
        "ngo": [
            "{name} об'єднує людей, яким небайдуже цифрове суспільство.",
            "{name} — громадська організація практиків і волонтерів {city_in}.",
        ],
        "person": [
            "Працює {city_in}; сфера — {role}.",
            "{years} років досвіду; сфера — {role}.",
            "Сфера — {role}; займається проєктами цифрової держави з {year} року.",
        ],
    },
}
OFFERS = {
    "en": ["Strengths: {items}.", "Brings {items}.", "Offers partners {items}.", "Can help with {items}."],
    "et": [
        "Tugevused: {items}.",
        "Pakume: {items}.",
        "Saame aidata neis asjus: {items}.",
        "Kogemus: {items}.",
    ],
    "uk": [
        "Сильні сторони: {items}.",
        "Пропонуємо: {items}.",
        "Можемо допомогти з напрямами: {items}.",
        "Досвід: {items}.",
    ],
}
NEEDS = {
    "en": [
        "Looking for {items}.",
        "Seeks partners for {items}.",
        "Needs {items} to grow.",
        "Interested in {items} from across the border.",
    ],
    "et": [
        "Otsime: {items}.",
        "Otsime partnereid neis valdkondades: {items}.",
        "Kasvuks on vaja: {items}.",
        "Huvi pakuvad: {items}.",
    ],
    "uk": [
        "Шукаємо: {items}.",
        "Шукаємо партнерів за напрямами: {items}.",
        "Для зростання потрібні: {items}.",
        "Цікавлять: {items}.",
    ],
}
PERSON_OFFERS = {"en": "Experience in {items}.", "et": "Kogemus: {items}.", "uk": "Досвід: {items}."}
PERSON_NEEDS = {
    "en": "Wants to learn {items}.",
    "et": "Soovib õppida: {items}.",
    "uk": "Хоче розвиватися в напрямах: {items}.",
}
AND = {"en": "and", "et": "ja", "uk": "та"}
STAGE = {
    "en": {
        "idea": "idea-stage",
        "pre_seed": "pre-seed",
        "seed": "seed-stage",
        "series_a": "Series A",
        "growth": "growth-stage",
        "mature": "established",
    },
    "et": {
        "idea": "ideefaasis",
        "pre_seed": "eelkülvifaasis",
        "seed": "külvifaasis",
        "series_a": "A-ringi kaasanud",
        "growth": "kasvufaasis",
        "mature": "küps",
    },
    "uk": {
        "idea": "ідеї",
        "pre_seed": "pre-seed",
        "seed": "seed",
        "series_a": "раунду A",
        "growth": "зростання",
        "mature": "зрілості",
    },
}
ROLE = {
    "en": {
        "council_member": "Council member",
        "expert": "Expert",
        "founder": "Founder",
        "mentor": "Mentor",
        "investor": "Investor",
        "official": "Public official",
        "researcher": "Researcher",
        "developer": "Software developer",
        "designer": "Service designer",
    },
    "et": {
        "council_member": "Nõukogu liige",
        "expert": "Ekspert",
        "founder": "Asutaja",
        "mentor": "Mentor",
        "investor": "Investor",
        "official": "Ametnik",
        "researcher": "Teadur",
        "developer": "Tarkvaraarendaja",
        "designer": "Teenusedisainer",
    },
    "uk": {
        "council_member": "робота в консультативній раді",
        "expert": "експертиза",
        "founder": "підприємництво",
        "mentor": "менторство",
        "investor": "інвестиції",
        "official": "державне управління",
        "researcher": "дослідження",
        "developer": "розробка ПЗ",
        "designer": "дизайн послуг",
    },
}
EE_CITY_IN = {
    "Tallinn": "Tallinnas",
    "Tartu": "Tartus",
    "Pärnu": "Pärnus",
    "Narva": "Narvas",
    "Viljandi": "Viljandis",
}
EE_CITY_GEN = {"Tallinn": "Tallinna"}
UA_CITY_IN = {
    "Kyiv": "у Києві",
    "Lviv": "у Львові",
    "Kharkiv": "у Харкові",
    "Odesa": "в Одесі",
    "Dnipro": "у Дніпрі",
    "Vinnytsia": "у Вінниці",
    "Ivano-Frankivsk": "в Івано-Франківську",
}
FROM_BEFORE = {"Lviv": "зі"}  # зі Львова; з elsewhere


def _listing(labels: list[str], language: str) -> str:
    """``a, b and c``; with semicolons when a label holds an "and" itself (``x ja y; z``)."""
    if len(labels) == 1:
        return labels[0]
    conjunction = f" {AND[language]} "
    if any(conjunction in label or " і " in label or " и " in label for label in labels):
        return "; ".join(labels)
    return ", ".join(labels[:-1]) + conjunction + labels[-1]


def describe(demo: DemoBuilder, actor: dict, language: str) -> str:
    """A description of ``actor`` in ``language`` (``en``, ``et`` or ``uk``)."""
    rng = demo.rng
    kind, city = actor["kind"], actor["city"]
    offers = [s["skill"] if isinstance(s, dict) else s for s in actor["offers"]]
    needs = [s["skill"] if isinstance(s, dict) else s for s in actor["needs"]]
    rng.shuffle(offers)
    rng.shuffle(needs)
    name = actor["name"]
    if language == "uk" and actor["native_name"]:
        name = actor["native_name"]
    elif language == "et" and actor["native_name"] and actor["country"] == "EE":
        name = actor["native_name"]
    role = (actor["roles"] or ["expert"])[-1]
    fields = {
        "name": name,
        "city": UA_CITY_NATIVE.get(city, city) if language == "uk" else city,
        "city_in": EE_CITY_IN.get(city, city) if language == "et" else UA_CITY_IN.get(city, city),
        "city_gen": EE_CITY_GEN.get(city, city),
        "city_from": f"{FROM_BEFORE.get(city, 'з')} {UA_CITY_GENITIVE.get(city, city)}",
        "stage": STAGE[language].get(actor["stage"], STAGE[language]["seed"]),
        "year": rng.randint(2008, 2023),
        "years": rng.randint(4, 25),
        "team": {"1-10": rng.randint(3, 10), "11-50": rng.randint(11, 50)}.get(
            actor["size"], rng.randint(51, 250)
        ),
        "role": ROLE[language].get(role, ROLE[language]["expert"]),
    }
    article = "an" if fields["stage"][:1] in "aeiou" else "a"
    fields["a_stage"] = f"{article} {fields['stage']}"
    fields["A_stage"] = f"{article.capitalize()} {fields['stage']}"
    parts = [rng.choice(OPENINGS[language][kind]).format(**fields)]
    shown_offers = [demo.in_sentence(s, language) for s in offers[: rng.randint(1, 3)]]
    shown_needs = [demo.in_sentence(s, language) for s in needs[: rng.randint(1, 2)]]
    if kind == "person":
        if shown_offers:
            parts.append(PERSON_OFFERS[language].format(items=_listing(shown_offers, language)))
        if shown_needs and rng.random() < 0.6:
            parts.append(PERSON_NEEDS[language].format(items=_listing(shown_needs, language)))
    else:
        if shown_offers:
            parts.append(rng.choice(OFFERS[language]).format(items=_listing(shown_offers, language)))
        if shown_needs and rng.random() < 0.8:
            parts.append(rng.choice(NEEDS[language]).format(items=_listing(shown_needs, language)))
    return " ".join(parts)
