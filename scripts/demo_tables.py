"""Fixed tables behind the demo network: community skill pools, places, invented names, events.

Pure data, kept apart from ``generate_demo.py`` so the generator reads as a process. Order
matters: the generator draws from these lists with a seeded random stream, so reordering an
entry changes the demo (and the byte-identity test says so). Description phrases live in
``demo_texts.py``.

Organisation names say what the organisation does (an e-health start-up is called after health,
a cybersecurity NGO after defence). Ukrainian and Estonian public bodies and universities carry
an English name that translates their own (``State Data Exchange Centre`` — ``Центр обміну
державними даними``); brand names are written in Latin letters as their founders spell them.
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
# Start-up brands: a word of the community's field plus a suffix. Ukrainian ones as (Cyrillic, Latin).
EE_BRAND = {
    "e-health": ["Tervis", "Medi", "Hool", "Pulss", "Ravi", "Elu"],
    "identity-data-exchange": ["Andme", "Sild", "Võti", "Allkiri", "Register", "Side"],
    "fintech-procurement-anticorruption": ["Raha", "Hange", "Arve", "Maks", "Kassa", "Eelarve"],
    "mobile-services-ux": ["Teenus", "Mobi", "Kodanik", "Äpp", "Linna", "Rahva"],
    "cybersecurity": ["Turva", "Kilp", "Valve", "Kaitse", "Müür", "Kindlus"],
    "e-education": ["Kool", "Õpi", "Tarkus", "Harid", "Tunni", "Teadmus"],
}
EE_SUFFIX = ["lab", "tech", "ly", "soft", "works", "hub", "data", "sense", "bit", "ware", "flow", "io"]
UA_BRAND = {
    "e-health": [
        ("Мед", "Med"),
        ("Пульс", "Puls"),
        ("Здрав", "Zdrav"),
        ("Лікар", "Likar"),
        ("Кардіо", "Kardio"),
    ],
    "identity-data-exchange": [
        ("Дата", "Data"),
        ("Реєстр", "Reiestr"),
        ("Ключ", "Kliuch"),
        ("Шлюз", "Shliuz"),
    ],
    "fintech-procurement-anticorruption": [
        ("Фін", "Fin"),
        ("Тендер", "Tender"),
        ("Казна", "Kazna"),
        ("Облік", "Oblik"),
    ],
    "mobile-services-ux": [
        ("Смарт", "Smart"),
        ("Сервіс", "Servis"),
        ("Громада", "Hromada"),
        ("Портал", "Portal"),
    ],
    "cybersecurity": [("Кібер", "Kiber"), ("Щит", "Shchyt"), ("Варта", "Varta"), ("Бастіон", "Bastion")],
    "e-education": [("Освіта", "Osvita"), ("Знання", "Znannia"), ("Урок", "Urok"), ("Клас", "Klas")],
}
UA_SUFFIX = [
    ("лаб", "lab"),
    ("тех", "tech"),
    ("софт", "soft"),
    ("хаб", "hub"),
    ("нет", "net"),
    ("сенс", "sense"),
    ("флоу", "flow"),
    ("вей", "way"),
    ("ап", "up"),
    ("бот", "bot"),
]
COMPANY_FORM = {
    "EE": (["Süsteemid", "Tarkvara", "Lahendused", "Digital", "Konsultatsioonid"], ["OÜ", "AS"]),
    # (native, English): ТОВ «Медлаб Системи» is Medlab Systems LLC
    "UA": [
        ("Системи", "Systems"),
        ("Софт", "Software"),
        ("Рішення", "Solutions"),
        ("Діджитал", "Digital"),
        ("Консалтинг", "Consulting"),
    ],
}
INVESTOR_BRAND = {
    "EE": ["Põhja", "Tähe", "Laine", "Mere", "Saare", "Metsa", "Kiir", "Tule", "Valgus", "Kalju"],
    "UA": [
        ("Сокіл", "Sokil"),
        ("Ясен", "Yasen"),
        ("Калина", "Kalyna"),
        ("Степ", "Step"),
        ("Вежа", "Vezha"),
        ("Берег", "Bereh"),
        ("Промінь", "Promin"),
        ("Джерело", "Dzherelo"),
        ("Явір", "Yavir"),
    ],
}
INVESTOR_FORM = {
    "EE": ["{} Ventures", "{} Capital", "{} Fund", "{} Angels"],
    "UA": [
        ("Фонд «{}»", "{} Fund"),
        ("{} Капітал", "{} Capital"),
        ("{} Інвест", "{} Investments"),
        ("Клуб бізнес-ангелів «{}»", "{} Angel Club"),
    ],
}
# Investors' focus: the rounds they write cheques for (egov:investment-* concepts)
INVESTOR_STAGES = [
    ("pre-seed", "seed"),
    ("seed",),
    ("seed", "series-a"),
    ("series-a", "series-b"),
]
PUBLIC_BODIES = {  # community -> (Estonian, Ukrainian) invented national bodies as (English, native)
    "identity-data-exchange": (
        [
            ("Digital State Development Centre", "Digiriigi Arenduskeskus"),
            ("Registry Interoperability Authority", "Registrite Koosvõime Amet"),
        ],
        [
            ("State Agency for Registry Services", "Державне агентство реєстрових сервісів"),
            ("State Data Exchange Centre", "Центр обміну державними даними"),
        ],
    ),
    "e-health": (
        [
            ("Digital Health Service Centre", "Digitervise Teenuskeskus"),
            ("Telemedicine Development Office", "Kaugmeditsiini Arendusbüroo"),
        ],
        [
            ("Digital Medicine Agency", "Агенція цифрової медицини"),
            ("National Telemedicine Office", "Національний офіс телемедицини"),
        ],
    ),
    "fintech-procurement-anticorruption": (
        [
            ("Public Money Transparency Authority", "Avaliku Raha Läbipaistvuse Amet"),
            ("Innovation Procurement Centre", "Innovatsioonihangete Keskus"),
        ],
        [
            ("Transparent Procurement Office", "Офіс прозорих закупівель"),
            ("Public Finance Analytics Agency", "Агенція аналітики публічних фінансів"),
        ],
    ),
    "mobile-services-ux": (
        [
            ("Office for Mobile Public Services", "Mobiilsete Riigiteenuste Büroo"),
            ("Service Design Competence Centre", "Teenusedisaini Kompetentsikeskus"),
        ],
        [
            ("Agency for Digital Development of Communities", "Агенція цифрового розвитку громад"),
            ("Mobile Public Services Agency", "Агенція мобільних державних послуг"),
        ],
    ),
    "cybersecurity": (
        [
            ("Cyber Resilience Coordination Centre", "Küberkerksuse Koordineerimiskeskus"),
            ("State Cloud Agency", "Riigipilve Haldusagentuur"),
        ],
        [
            ("Community Cyber Resilience Service", "Служба кіберстійкості громад"),
            ("State Data Protection Agency", "Агенція захисту державних даних"),
        ],
    ),
    "e-education": (
        [
            ("Education Technology Agency", "Haridustehnoloogia Agentuur"),
            ("Digital Skills Development Centre", "Digioskuste Arenduskeskus"),
        ],
        [
            ("Digital Education Platforms Agency", "Агенція освітніх цифрових платформ"),
            ("Institute for Adult Digital Skills", "Інститут цифрових навичок дорослих"),
        ],
    ),
}
# city offices: (English, native) with the city's name in the form the language needs
MUNICIPAL = {
    "EE": ("{city} City Digital Services Office", "{city} Linna Digiteenuste Büroo"),
    "UA": ("{city} City Digital Services Agency", "Агенція цифрових послуг міста {genitive}"),
}
UA_CITY_NATIVE = {
    "Kyiv": "Київ",
    "Lviv": "Львів",
    "Kharkiv": "Харків",
    "Odesa": "Одеса",
    "Dnipro": "Дніпро",
    "Vinnytsia": "Вінниця",
    "Ivano-Frankivsk": "Івано-Франківськ",
}
UA_CITY_GENITIVE = {
    "Kyiv": "Києва",
    "Lviv": "Львова",
    "Kharkiv": "Харкова",
    "Odesa": "Одеси",
    "Dnipro": "Дніпра",
    "Vinnytsia": "Вінниці",
    "Ivano-Frankivsk": "Івано-Франківська",
}
UNIVERSITIES = {  # (English, native, city, community)
    "EE": [
        (
            "Tallinn Academy of Digital Governance",
            "Tallinna Digiriigi Akadeemia",
            "Tallinn",
            "identity-data-exchange",
        ),
        ("Tartu College of Data Science", "Tartu Andmeteaduse Kõrgkool", "Tartu", "e-health"),
        (
            "Pärnu College of Public Administration",
            "Pärnu Avaliku Halduse Kolledž",
            "Pärnu",
            "fintech-procurement-anticorruption",
        ),
        ("Narva College of Technology", "Narva Tehnoloogiakõrgkool", "Narva", "e-education"),
        ("Viljandi Academy of Design", "Viljandi Disainiakadeemia", "Viljandi", "mobile-services-ux"),
        ("Tallinn Institute of Cyber Defence", "Tallinna Küberkaitse Instituut", "Tallinn", "cybersecurity"),
    ],
    "UA": [
        (
            "Kyiv Institute of Digital Governance",
            "Київський інститут цифрового врядування",
            "Kyiv",
            "identity-data-exchange",
        ),
        (
            "Lviv Academy of Information Technologies",
            "Львівська академія інформаційних технологій",
            "Lviv",
            "mobile-services-ux",
        ),
        (
            "Kharkiv University of Cybersecurity",
            "Харківський університет кібербезпеки",
            "Kharkiv",
            "cybersecurity",
        ),
        ("Odesa School of Digital Services", "Одеська школа цифрових послуг", "Odesa", "mobile-services-ux"),
        (
            "Dnipro Data Institute",
            "Дніпровський інститут даних",
            "Dnipro",
            "fintech-procurement-anticorruption",
        ),
        (
            "Vinnytsia Academy of E-Government",
            "Вінницька академія електронного врядування",
            "Vinnytsia",
            "identity-data-exchange",
        ),
        ("Kyiv School of Medical Informatics", "Київська школа медичної інформатики", "Kyiv", "e-health"),
        ("Lviv College of Digital Education", "Львівський коледж цифрової освіти", "Lviv", "e-education"),
    ],
}
NGO_FORM = {
    "EE": ["{} Selts", "{} Ühing", "{} Klaster", "{} Koda"],
    "UA": [("ГО «{}»", "{} NGO"), ("Асоціація «{}»", "{} Association")],
}
NGO_TOPIC = {  # community -> topics (Estonian in the genitive the forms need; Ukrainian as (native, English))
    "EE": {
        "e-health": ["Digitervise", "Terviseandmete"],
        "identity-data-exchange": ["Avatud Andmete", "Andmevahetuse"],
        "fintech-procurement-anticorruption": ["Fintechi", "Õigustehnoloogia", "Läbipaistva Raha"],
        "mobile-services-ux": [
            "Kodanikutehnoloogia",
            "Tarkade Linnade",
            "E-riigi Sõprade",
            "Ligipääsetavuse",
        ],
        "cybersecurity": ["Küberkaitse", "Küberhügieeni"],
        "e-education": ["Haridustehnoloogia", "Digioskuste"],
    },
    "UA": {
        "e-health": [("Здоров'я онлайн", "Health Online"), ("Цифрова медицина", "Digital Medicine")],
        "identity-data-exchange": [("Відкриті дані", "Open Data"), ("Відкритий реєстр", "Open Registry")],
        "fintech-procurement-anticorruption": [
            ("Прозорість", "Transparency"),
            ("Фінтех Україна", "Fintech Ukraine"),
            ("Право і технології", "Law and Technology"),
        ],
        "mobile-services-ux": [
            ("Цифрова громада", "Digital Community"),
            ("Розумні міста", "Smart Cities"),
            ("Доступність для всіх", "Accessibility for All"),
            ("Ветеранський хаб", "Veterans Hub"),
            ("Відбудова разом", "Rebuilding Together"),
        ],
        "cybersecurity": [
            ("Кіберщит", "Cyber Shield"),
            ("Цифрова безпека", "Digital Security"),
            ("Інформаційна гігієна", "Information Hygiene"),
        ],
        "e-education": [("Освіта онлайн", "Education Online"), ("Цифрові навички", "Digital Skills")],
    },
}
FOREIGN = [  # (kind, country, city, name, community)
    ("investor", "FI", "Helsinki", "Nordic Bridge Fund", "identity-data-exchange"),
    ("investor", "LT", "Vilnius", "Baltic Frontier Capital", "fintech-procurement-anticorruption"),
    ("investor", "PL", "Warsaw", "Vistula GovTech Partners", "mobile-services-ux"),
    ("company", "FI", "Espoo", "Kaleva Civic Systems Oy", "e-education"),
    ("company", "PL", "Wrocław", "Odra Data Works", "cybersecurity"),
    ("company", "LT", "Kaunas", "Nemunas Health Tech", "e-health"),
]
# (English, native)
BROKER_NAMES = {
    "ngo": ("Estonian-Ukrainian Digital Cooperation Foundation", "Eesti-Ukraina Digikoostöö Sihtasutus"),
    "company": ("Mist Digital Consulting", "Міст Діджитал Консалтинг"),
}
# The two presidents' advisory councils behind the Sandbox (invented names): (country, English, native, city)
COUNCILS = [
    (
        "EE",
        "Presidential Council on Digital Society (Estonia)",
        "Vabariigi Presidendi digiühiskonna nõukoda",
        "Tallinn",
    ),
    (
        "UA",
        "Presidential Council on Digital Transformation (Ukraine)",
        "Рада з питань цифрової трансформації при Президентові України",
        "Kyiv",
    ),
]

# (name, kind, city, country, start, days, theme community or None, venue, agenda)
EVENTS = [
    (
        "Sandbox Kick-off Forum",
        "forum",
        "Tallinn",
        "EE",
        "2024-02-20",
        2,
        None,
        "Sadama Conference Centre",
        "The two councils open the Sandbox: priorities for 2024, first pilots, a matchmaking afternoon",
    ),
    (
        "Mobile Services Hackathon",
        "hackathon",
        "Kyiv",
        "UA",
        "2024-05-17",
        3,
        "mobile-services-ux",
        "Podil Innovation Hub, hall 2",
        "48 hours on proactive services for displaced families; demos and jury on Sunday",
    ),
    (
        "E-health Data Hackathon",
        "hackathon",
        "Tartu",
        "EE",
        "2024-09-13",
        3,
        "e-health",
        "Tartu Science Park, building B",
        "Prototypes for cross-border e-prescriptions and telemedicine triage",
    ),
    (
        "Cyber Resilience Forum",
        "forum",
        "Kyiv",
        "UA",
        "2024-11-21",
        2,
        "cybersecurity",
        "Arsenal Congress Hall",
        "Lessons from attacks on public registries; incident-response drills; CERT-to-CERT meetings",
    ),
    (
        "Data Exchange Workshop",
        "workshop",
        "Tallinn",
        "EE",
        "2025-03-11",
        2,
        "identity-data-exchange",
        "Ülemiste Tech Campus, room 4",
        "Connecting registries over X-Road and Trembita: security servers, catalogues, contracts",
    ),
    (
        "E-education Hackathon",
        "hackathon",
        "Lviv",
        "UA",
        "2025-05-23",
        3,
        "e-education",
        "Lviv IT Park, floor 3",
        "Tools for teaching when schools move online at a day's notice",
    ),
    (
        "Sandbox Annual Forum 2025",
        "conference",
        "Tallinn",
        "EE",
        "2025-06-10",
        2,
        None,
        "Sadama Conference Centre",
        "A year of pilots: results, what scaled and what did not; investors' panel; brokerage",
    ),
    (
        "Open Procurement Hackathon",
        "hackathon",
        "Kyiv",
        "UA",
        "2025-09-19",
        3,
        "fintech-procurement-anticorruption",
        "Podil Innovation Hub, hall 1",
        "Red-flag analytics on open procurement data; a prize from the Transparent Procurement Office",
    ),
    (
        "Reconstruction Tech Meetup",
        "meetup",
        "Warsaw",
        "PL",
        "2025-11-27",
        1,
        None,
        "Vistula Founders House",
        "Digital tools for rebuilding: permits, cadastre, donor reporting; investors meet founders",
    ),
    (
        "Cyber Defence Hackathon",
        "hackathon",
        "Tallinn",
        "EE",
        "2026-02-13",
        3,
        "cybersecurity",
        "Tallinn Institute of Cyber Defence, lab wing",
        "Blue-team exercise on a simulated municipal network",
    ),
    (
        "Sandbox Forum Kyiv 2026",
        "forum",
        "Kyiv",
        "UA",
        "2026-04-22",
        2,
        None,
        "Arsenal Congress Hall",
        "Market entry both ways (EE→UA, UA→EU), procurement rules, one-to-one meetings",
    ),
    (
        "Digital Identity Hackathon",
        "hackathon",
        "Tartu",
        "EE",
        "2026-06-05",
        3,
        "identity-data-exchange",
        "Tartu Science Park, building B",
        "Mobile ID wallets that work on both sides of the border",
    ),
]

DECISION_NOTES = {
    "suggested": ["Suggested by the matcher", "Shortlisted for the next forum"],
    "contacted": ["Intro e-mail sent", "Contacted through the council"],
    "met": ["Met at the hackathon", "Video call held, follow-up planned"],
    "agreement": ["Memorandum signed", "Joint pilot agreed", "Letter of intent signed"],
    "declined": ["No fit on their side", "They need something we do not offer", "Declined after first call"],
}
