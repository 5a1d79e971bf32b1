"""Fixed tables behind the demo network: community skill pools, places, invented names, events, texts.

Pure data, kept apart from ``generate_demo.py`` so the generator reads as a process. Order
matters: the generator draws from these lists with a seeded random stream, so reordering an
entry changes the demo (and the byte-identity test says so).
"""

# Each community: its sector and skills (ESCO ones by English label, resolved through the
# bundled taxonomy so a typo fails loudly). Skills at even positions are what Estonian actors
# tend to offer, odd positions what Ukrainian actors offer: that asymmetry is what makes
# cross-border pairs complementary.
COMMUNITIES: dict[str, dict] = {
    "e-health": {
        "sector": "e-health",
        "share": 0.15,
        "egov": [
            "e-health-records",
            "telemedicine",
            "e-prescription",
            "digital-mental-health",
            "health-data-exchange",
            "rehabilitation-tech",
            "emergency-medical-dispatch",
        ],
        "esco": [
            "health informatics",
            "medical imaging technology",
            "healthcare data systems",
            "use e-health and mobile health technologies",
            "medical informatics",
            "transfer medical information",
            "health technology assessment",
        ],
    },
    "identity-data-exchange": {
        "sector": "digital identity",
        "share": 0.19,
        "egov": [
            "x-road",
            "digital-identity",
            "digital-signature",
            "base-registries",
            "interoperability",
            "e-residency",
            "trust-services",
            "land-registry",
            "once-only",
            "blockchain-registries",
            "population-register",
            "e-notary",
        ],
        "esco": [
            "manage standards for data exchange",
            "digital identity management",
            "inter-organisational middleware system",
            "decentralised identifiers",
            "web services",
            "distributed ledger technology",
            "ICT system integration",
        ],
    },
    "fintech-procurement-anticorruption": {
        "sector": "fintech",
        "share": 0.18,
        "egov": [
            "e-tax",
            "public-e-procurement",
            "open-banking",
            "anti-corruption-analytics",
            "fintech-payments",
            "asset-declarations",
            "aml-kyc",
            "e-auctions",
            "e-court",
            "spending-transparency",
            "legal-tech",
            "open-data",
        ],
        "esco": [
            "core banking software",
            "data mining",
            "business intelligence",
            "perform data mining",
            "smart contract",
            "use e-procurement",
            "audit techniques",
        ],
    },
    "mobile-services-ux": {
        "sector": "mobile services",
        "share": 0.18,
        "egov": [
            "proactive-services",
            "mobile-public-services",
            "e-voting",
            "mobile-ux",
            "state-portal",
            "service-design",
            "digital-accessibility",
            "public-chatbots",
            "e-participation",
            "veteran-services",
            "smart-city",
            "digital-social-services",
        ],
        "esco": [
            "human-computer interaction",
            "design user interface",
            "application usability",
            "create prototype of user experience solutions",
            "Swift (computer programming)",
            "Android (mobile operating systems)",
            "execute ICT user research activities",
        ],
    },
    "cybersecurity": {
        "sector": "cybersecurity",
        "share": 0.16,
        "egov": [
            "data-embassy",
            "public-cybersecurity",
            "pki",
            "incident-response",
            "gdpr-compliance",
            "counter-disinformation",
            "government-cloud",
            "critical-infrastructure",
            "cyber-hygiene",
        ],
        "esco": [
            "ICT security legislation",
            "perform ICT security testing",
            "information security strategy",
            "handle cybersecurity incidents",
            "cloud security and compliance",
            "conduct threat intelligence",
            "computer forensics",
        ],
    },
    "e-education": {
        "sector": "e-education",
        "share": 0.14,
        "egov": [
            "e-school",
            "crisis-distance-learning",
            "education-information-systems",
            "digital-skills-training",
            "e-exams",
            "teacher-digital-competence",
        ],
        "esco": [
            "learning management systems",
            "develop digital educational materials",
            "e-learning",
            "teach digital literacy",
            "design web-based courses",
            "apply blended learning",
        ],
    },
}
# Skills any IT actor may offer whatever its sector: noise the matcher has to see through.
GENERIC_SKILLS = [
    "Python (computer programming)",
    "Java (computer programming)",
    "JavaScript",
    "SQL",
    "cloud technologies",
    "DevOps",
    "machine learning",
    "natural language processing",
    "data analytics",
    "Agile development",
    "design cloud architecture",
    "PostgreSQL",
    "egov:ai-public-services",
    "egov:digital-transformation-strategy",
    "egov:regulatory-sandbox",
    "egov:geospatial-services",
    "egov:reconstruction-tech",
    "egov:govtech-procurement",
]

CITIES = {
    "EE": [("Tallinn", 60), ("Tartu", 24), ("Pärnu", 6), ("Narva", 5), ("Viljandi", 5)],
    "UA": [
        ("Kyiv", 45),
        ("Lviv", 18),
        ("Kharkiv", 10),
        ("Odesa", 8),
        ("Dnipro", 8),
        ("Vinnytsia", 6),
        ("Ivano-Frankivsk", 5),
    ],
}
# --- invented names -------------------------------------------------------------------------
EE_BRAND = (
    [
        "Digi",
        "Tark",
        "Pilve",
        "Sild",
        "Mõtte",
        "Andme",
        "Turva",
        "Kratt",
        "Laine",
        "Tähe",
        "Kodu",
        "Rahva",
        "Tule",
        "Mere",
        "Saare",
        "Metsa",
        "Valgus",
        "Kiir",
        "Vilu",
        "Põhja",
    ],
    ["lab", "tech", "ly", "soft", "works", "hub", "data", "sense", "bit", "ware", "flow", "io"],
)
UA_BRAND = (
    [
        "Мед",
        "Дата",
        "Кібер",
        "Смарт",
        "Еко",
        "Зір",
        "Лев",
        "Сокіл",
        "Ясен",
        "Калина",
        "Степ",
        "Вежа",
        "Берег",
        "Промінь",
        "Джерело",
        "Світ",
        "Поле",
        "Крок",
        "Явір",
        "Птах",
    ],
    ["лаб", "тех", "софт", "хаб", "нет", "дата", "сенс", "біт", "флоу", "ліфт", "сервіс", "вей"],
)
COMPANY_FORM = {
    "EE": (["Süsteemid", "Tarkvara", "Lahendused", "Digital", "Konsultatsioonid"], ["OÜ", "AS"]),
    "UA": (["Системи", "Софт", "Рішення", "Діджитал", "Консалтинг"], ["ТОВ"]),
}
INVESTOR_FORM = {
    "EE": ["{} Ventures", "{} Capital", "{} Fund", "{} Angels"],
    "UA": ["Фонд «{}»", "{} Капітал", "{} Інвест", "Клуб інвесторів «{}»"],
}
PUBLIC_BODIES = {  # community -> (Estonian, Ukrainian) invented national bodies
    "identity-data-exchange": (
        ["Digiriigi Arenduskeskus", "Registrite Koosvõime Amet"],
        ["Державне агентство реєстрових сервісів", "Центр обміну державними даними"],
    ),
    "e-health": (
        ["Digitervise Teenuskeskus", "Kaugmeditsiini Arendusbüroo"],
        ["Агенція цифрової медицини", "Національний офіс телемедицини"],
    ),
    "fintech-procurement-anticorruption": (
        ["Avaliku Raha Läbipaistvuse Amet", "Innovatsioonihangete Keskus"],
        ["Офіс прозорих закупівель", "Агенція аналітики публічних фінансів"],
    ),
    "mobile-services-ux": (
        ["Mobiilsete Riigiteenuste Büroo", "Teenusedisaini Kompetentsikeskus"],
        ["Міністерство цифрового розвитку громад", "Агенція мобільних державних послуг"],
    ),
    "cybersecurity": (
        ["Küberkerksuse Koordineerimiskeskus", "Riigipilve Haldusagentuur"],
        ["Служба кіберстійкості громад", "Агенція захисту державних даних"],
    ),
    "e-education": (
        ["Haridustehnoloogia Agentuur", "Digioskuste Arenduskeskus"],
        ["Агенція освітніх цифрових платформ", "Інститут цифрових навичок дорослих"],
    ),
}
MUNICIPAL = {"EE": "{} Linna Digiteenuste Büroo", "UA": "Муніципальне агентство цифрових сервісів м. {}"}
UA_CITY_NATIVE = {
    "Kyiv": "Київ",
    "Lviv": "Львів",
    "Kharkiv": "Харків",
    "Odesa": "Одеса",
    "Dnipro": "Дніпро",
    "Vinnytsia": "Вінниця",
    "Ivano-Frankivsk": "Івано-Франківськ",
}
UNIVERSITIES = {  # (name, city)
    "EE": [
        ("Tallinna Digiriigi Akadeemia", "Tallinn"),
        ("Tartu Andmeteaduse Kõrgkool", "Tartu"),
        ("Pärnu Avaliku Halduse Kolledž", "Pärnu"),
        ("Narva Tehnoloogiakõrgkool", "Narva"),
        ("Viljandi Disainiakadeemia", "Viljandi"),
        ("Tallinna Küberkaitse Instituut", "Tallinn"),
    ],
    "UA": [
        ("Київський інститут цифрового врядування", "Kyiv"),
        ("Львівська академія інформаційних технологій", "Lviv"),
        ("Харківський університет кібербезпеки", "Kharkiv"),
        ("Одеська школа цифрових послуг", "Odesa"),
        ("Дніпровський інститут даних", "Dnipro"),
        ("Вінницька академія електронного врядування", "Vinnytsia"),
        ("Київська школа медичної інформатики", "Kyiv"),
        ("Львівський коледж цифрової освіти", "Lviv"),
    ],
}
NGO_FORM = {"EE": ["{} Selts", "{} Ühing", "{} Klaster", "{} Koda"], "UA": ["ГО «{}»", "Асоціація «{}»"]}
NGO_TOPIC = {
    "EE": [
        "Avatud Andmete",
        "Kodanikutehnoloogia",
        "Digitervise",
        "Küberkaitse",
        "Haridustehnoloogia",
        "Tarkade Linnade",
        "E-riigi Sõprade",
        "Ligipääsetavuse",
        "Fintechi",
        "Õigustehnoloogia",
    ],
    "UA": [
        "Відкриті дані",
        "Цифрова громада",
        "Здоров'я онлайн",
        "Кіберщит",
        "Освіта онлайн",
        "Розумні міста",
        "Прозорість",
        "Доступність для всіх",
        "Фінтех Україна",
        "Право і технології",
        "Ветеранський хаб",
        "Відбудова разом",
    ],
}
FOREIGN = [  # (kind, country, city, name, community)
    ("investor", "FI", "Helsinki", "Nordic Bridge Fund", "identity-data-exchange"),
    ("investor", "LT", "Vilnius", "Baltic Frontier Capital", "fintech-procurement-anticorruption"),
    ("investor", "PL", "Warsaw", "Vistula GovTech Partners", "mobile-services-ux"),
    ("company", "FI", "Espoo", "Kaleva Civic Systems Oy", "e-education"),
    ("company", "PL", "Wrocław", "Odra Data Works", "cybersecurity"),
    ("company", "LT", "Kaunas", "Nemunas Health Tech", "e-health"),
]
BROKER_NAMES = {"ngo": "Eesti-Ukraina Digikoostöö Sihtasutus", "company": "Міст Діджитал Консалтинг"}

EVENTS = [  # (name, kind, city, country, start, days, theme community or None)
    ("Sandbox Kick-off Forum", "forum", "Tallinn", "EE", "2024-02-20", 2, None),
    ("Mobile Services Hackathon", "hackathon", "Kyiv", "UA", "2024-05-17", 3, "mobile-services-ux"),
    ("E-health Data Hackathon", "hackathon", "Tartu", "EE", "2024-09-13", 3, "e-health"),
    ("Cyber Resilience Forum", "forum", "Kyiv", "UA", "2024-11-21", 2, "cybersecurity"),
    ("Data Exchange Workshop", "workshop", "Tallinn", "EE", "2025-03-11", 2, "identity-data-exchange"),
    ("E-education Hackathon", "hackathon", "Lviv", "UA", "2025-05-23", 3, "e-education"),
    ("Sandbox Annual Forum 2025", "conference", "Tallinn", "EE", "2025-06-10", 2, None),
    (
        "Open Procurement Hackathon",
        "hackathon",
        "Kyiv",
        "UA",
        "2025-09-19",
        3,
        "fintech-procurement-anticorruption",
    ),
    ("Reconstruction Tech Meetup", "meetup", "Warsaw", "PL", "2025-11-27", 1, None),
    ("Cyber Defence Hackathon", "hackathon", "Tallinn", "EE", "2026-02-13", 3, "cybersecurity"),
    ("Sandbox Forum Kyiv 2026", "forum", "Kyiv", "UA", "2026-04-22", 2, None),
    ("Digital Identity Hackathon", "hackathon", "Tartu", "EE", "2026-06-05", 3, "identity-data-exchange"),
]

DESCRIPTIONS = {
    "en": {
        "startup": "{name} is a {stage} startup from {city} working on {s1} and {s2} for public services.",
        "company": "{name} is an IT company in {city} delivering {s1}, {s2} and {s3} projects for governments.",
        "public_body": "{name} runs public e-services and looks for partners in {n1}.",
        "investor": "{name} backs early-stage GovTech teams; its theses include {s1}.",
        "university": "{name} teaches and researches {s1} and {s2}.",
        "ngo": "{name} is a non-profit promoting {s1} and {s2} in the community.",
        "person": "{role} with hands-on experience in {s1} and {s2}; wants to learn {n1}.",
    },
    "et": {
        "startup": "{name} ({city}) on idufirma, mis arendab avalike teenuste jaoks lahendusi: {s1}, {s2}.",
        "company": "{name} ({city}) on IT-ettevõte, mis teeb riigile projekte valdkondades {s1} ja {s2}.",
        "public_body": "{name} pakub avalikke e-teenuseid ja otsib partnereid valdkonnas {n1}.",
        "investor": "{name} investeerib varajase faasi GovTech-meeskondadesse, fookuses {s1}.",
        "university": "{name} õpetab ja uurib valdkondi {s1} ja {s2}.",
        "ngo": "{name} on mittetulundusühing, mis edendab valdkondi {s1} ja {s2}.",
        "person": "Kogemus: {s1}, {s2}. Soovib õppida: {n1}.",
    },
    "uk": {
        "startup": "{name} — стартап із міста {city}, що створює рішення «{s1}» і «{s2}» для державних сервісів.",
        "company": "{name} — ІТ-компанія з міста {city}, що виконує для держави проєкти: {s1}, {s2}, {s3}.",
        "public_body": "{name} надає електронні державні послуги та шукає партнерів у напрямі «{n1}».",
        "investor": "{name} інвестує в GovTech-команди на ранніх етапах, зокрема в напрям «{s1}».",
        "university": "{name} навчає та досліджує напрями «{s1}» і «{s2}».",
        "ngo": "{name} — громадська організація, що розвиває напрями «{s1}» і «{s2}».",
        "person": "Досвід: {s1}, {s2}. Хоче розвиватися в напрямі «{n1}».",
    },
}
STAGE_TEXT = {
    "idea": "idea-stage",
    "pre_seed": "pre-seed",
    "seed": "seed-stage",
    "series_a": "Series A",
    "growth": "growth-stage",
    "mature": "established",
}
DECISION_NOTES = {
    "suggested": ["Suggested by the matcher", "Shortlisted for the next forum"],
    "contacted": ["Intro e-mail sent", "Contacted through the council"],
    "met": ["Met at the hackathon", "Video call held, follow-up planned"],
    "agreement": ["Memorandum signed", "Joint pilot agreed", "Letter of intent signed"],
    "declined": ["No fit on their side", "They need something we do not offer", "Declined after first call"],
}
