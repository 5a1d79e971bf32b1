<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Sandbox Matchmaker</source>
        <translation>Sandbox Matchmakerist</translation>
    </message>
    <message>
        <source>Sandbox Matchmaker %1</source>
        <translation>Sandbox Matchmaker %1</translation>
    </message>
    <message>
        <source>Partners, ties and hackathon teams for the Estonia–Ukraine Digital Society Sandbox, offline.</source>
        <translation>Partnerid, sidemed ja häkatoni meeskonnad Eesti–Ukraina digiühiskonna liivakastile, võrguühenduseta.</translation>
    </message>
    <message>
        <source>This service uses the ESCO classification of the European Commission.</source>
        <translation>See teenus kasutab Euroopa Komisjoni ESCO klassifikaatorit.</translation>
    </message>
    <message>
        <source>Sector codes follow NACE Rev. 2, the statistical classification of economic activities in the European Community (Eurostat).</source>
        <translation>Valdkonnakoodid järgivad NACE Rev. 2, Euroopa Ühenduse majandustegevusalade statistilist klassifikaatorit (Eurostat).</translation>
    </message>
</context>
<context>
    <name>ActorTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Nimi emakeeles</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Valdkonnad</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Search names, cities, sectors — any script (Ctrl+F)</source>
        <translation>Otsi nime, linna, valdkonda — mis tahes kirjas (Ctrl+F)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Kõik liigid</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Kõik riigid</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n osaleja</numerusform>
            <numerusform>%n osalejat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 shown</source>
        <translation>
            <numerusform>%n / %1 näidatud</numerusform>
            <numerusform>%n / %1 näidatud</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Nimi emakeeles</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Valdkonnad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kirjeldus</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Keeled</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Veebileht</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Suurus</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollid</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Nähtavus</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Pre-seed</source>
        <translation>Eelidufaas</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Idufaas</translation>
    </message>
    <message>
        <source>Series A</source>
        <translation>A-seeria</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Kasv</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Küps</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Avalik</translation>
    </message>
    <message>
        <source>Council only</source>
        <translation>Ainult nõukogule</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privaatne</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>JSON file (*.json)</source>
        <translation>JSON-fail (*.json)</translation>
    </message>
    <message>
        <source>CSV tables in a folder</source>
        <translation>CSV-tabelid kaustas</translation>
    </message>
    <message>
        <source>GEXF graph (*.gexf)</source>
        <translation>GEXF-graaf (*.gexf)</translation>
    </message>
    <message>
        <source>GraphML graph (*.graphml)</source>
        <translation>GraphML-graaf (*.graphml)</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import katkestati; midagi ei muudetud.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Avan %1…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Uus andmebaas</translation>
    </message>
    <message>
        <source>Matchmaker database (*.sqlite)</source>
        <translation>Matchmakeri andmebaas (*.sqlite)</translation>
    </message>
    <message>
        <source>That database is open; choose another file name.</source>
        <translation>See andmebaas on avatud; vali teine failinimi.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ava andmebaas</translation>
    </message>
    <message>
        <source>Matchmaker database (*.sqlite *.db);;All files (*)</source>
        <translation>Matchmakeri andmebaas (*.sqlite *.db);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Impordin %1…</translation>
    </message>
    <message>
        <source>Import complete: %1 added, %2 updated.</source>
        <translation>Import valmis: %1 lisatud, %2 uuendatud.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Interchange files (*.json *.csv)</source>
        <translation>Vahetusfailid (*.json *.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Ekspordin…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>Eksporditud %n fail.</numerusform>
            <numerusform>Eksporditud %n faili.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV tables to folder</source>
        <translation>Ekspordi CSV-tabelid kausta</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Share of new ties that cross the border, by year</source>
        <translation>Uute piiriüleste sidemete osakaal aastate kaupa</translation>
    </message>
    <message>
        <source>Cross-border share of participants&apos; new ties, year before vs after each event</source>
        <translation>Osalejate uute sidemete piiriülene osakaal aasta enne ja pärast sündmust</translation>
    </message>
    <message>
        <source>Sectors by country (actors)</source>
        <translation>Valdkonnad riigiti (osalejad)</translation>
    </message>
    <message>
        <source>Top cross-border brokers</source>
        <translation>Peamised piiriülesed vahendajad</translation>
    </message>
    <message>
        <source>Matches in the pipeline, by stage</source>
        <translation>Sobitused etappide kaupa</translation>
    </message>
    <message>
        <source>Who is in the network, by country</source>
        <translation>Kes on võrgustikus, riigiti</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Arvutan…</translation>
    </message>
    <message>
        <source>Could not compute the charts: %1</source>
        <translation>Graafikuid ei õnnestunud arvutada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n osaleja</numerusform>
            <numerusform>%n osalejat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sidet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of ties cross the border</source>
        <translation>%1 % sidemetest on piiriülesed</translation>
    </message>
    <message>
        <source>that year</source>
        <translation>sel aastal</translation>
    </message>
    <message>
        <source>all ties so far</source>
        <translation>kõik sidemed seni</translation>
    </message>
    <message>
        <source>before (%)</source>
        <translation>enne (%)</translation>
    </message>
    <message>
        <source>after (%)</source>
        <translation>pärast (%)</translation>
    </message>
    <message>
        <source>No actor links the two countries yet</source>
        <translation>Ükski osaleja ei ühenda veel kahte riiki</translation>
    </message>
    <message>
        <source>No outcomes recorded yet: record them in Matches</source>
        <translation>Tulemusi pole veel: märgi need vaates Sobitused</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sandbox Matchmaker</source>
        <translation>Sandbox Matchmaker</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Kataloog</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiil</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Sobitused</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Võrgustik</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Meeskonnad</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Ülevaade</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Could not load</source>
        <translation>Laadimine ebaõnnestus</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laadin…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Uus andmebaas…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ava…</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Hiljutised andmebaasid</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impordi…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspordi</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Seaded…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Välju</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muuda</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>&amp;Find actor</source>
        <translation>&amp;Otsi osalejat</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei salvestatud</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vaade</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Abi</translation>
    </message>
    <message>
        <source>&amp;About Sandbox Matchmaker</source>
        <translation>&amp;Sandbox Matchmakerist</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(pole)</translation>
    </message>
    <message>
        <source>This view is not available in this build.</source>
        <translation>See vaade pole selles versioonis saadaval.</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>ainult lugemiseks</translation>
    </message>
    <message>
        <source>not saving</source>
        <translation>ei salvesta</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Avatud ainult lugemiseks</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2.

You can look at everything and export it; edits and imports are off.</source>
        <translation>%1 on avatud ainult lugemiseks: %2.

Kõike saab vaadata ja eksportida; muutmine ja import on välja lülitatud.</translation>
    </message>
    <message>
        <source>Changes can no longer be saved</source>
        <translation>Muudatusi ei saa enam salvestada</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n osaleja</numerusform>
            <numerusform>%n osalejat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sidet</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Valmis</translation>
    </message>
</context>
<context>
    <name>MatchesView</name>
    <message>
        <source>Contacted</source>
        <translation>Võeti ühendust</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Kohtusid</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Kokkulepe</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Loobuti</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>tugev</translation>
    </message>
    <message>
        <source>good</source>
        <translation>hea</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>võimalik</translation>
    </message>
    <message>
        <source>Two-way fit</source>
        <translation>Vastastikune sobivus</translation>
    </message>
    <message>
        <source>Skills matched</source>
        <translation>Sobivad oskused</translation>
    </message>
    <message>
        <source>Partners in common</source>
        <translation>Ühised partnerid</translation>
    </message>
    <message>
        <source>Similar descriptions</source>
        <translation>Sarnased kirjeldused</translation>
    </message>
    <message>
        <source>Warm introduction</source>
        <translation>Soe tutvustus</translation>
    </message>
    <message>
        <source>Met at the same events</source>
        <translation>Samadel sündmustel</translation>
    </message>
    <message>
        <source>Well connected</source>
        <translation>Hästi seotud</translation>
    </message>
    <message>
        <source>Recently active</source>
        <translation>Hiljuti aktiivne</translation>
    </message>
    <message>
        <source>Same sector</source>
        <translation>Sama valdkond</translation>
    </message>
    <message>
        <source>Stage fits</source>
        <translation>Sobiv arenguetapp</translation>
    </message>
    <message>
        <source>Kinds that often partner</source>
        <translation>Sageli koostööd tegevad liigid</translation>
    </message>
    <message>
        <source>Across the border</source>
        <translation>Üle piiri</translation>
    </message>
    <message>
        <source>Popular with partners</source>
        <translation>Partnerite seas populaarne</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktiivsus</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Hiljutine aktiivsus</translation>
    </message>
    <message>
        <source>Activity × experience</source>
        <translation>Aktiivsus × kogemus</translation>
    </message>
    <message>
        <source>Recent partners in common</source>
        <translation>Hiljutised ühised partnerid</translation>
    </message>
    <message>
        <source>Rare partners in common</source>
        <translation>Harvinased ühised partnerid</translation>
    </message>
    <message>
        <source>Reached through the network</source>
        <translation>Võrgustiku kaudu leitav</translation>
    </message>
    <message>
        <source>Profile fit</source>
        <translation>Profiili sobivus</translation>
    </message>
    <message>
        <source>Like your past partners</source>
        <translation>Sarnane senistele partneritele</translation>
    </message>
    <message>
        <source>Countries that often tie up</source>
        <translation>Sageli seotud riigid</translation>
    </message>
    <message>
        <source>Same country</source>
        <translation>Sama riik</translation>
    </message>
    <message>
        <source>Ties to your country</source>
        <translation>Seosed sinu riigiga</translation>
    </message>
    <message>
        <source>Your ties to their country</source>
        <translation>Sinu seosed nende riigiga</translation>
    </message>
    <message>
        <source>Works with your kind</source>
        <translation>Koostöö sinu liigiga</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Soovitatud</translation>
    </message>
    <message>
        <source>Include my own country</source>
        <translation>Kaasa ka oma riik</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Kõik liigid</translation>
    </message>
    <message>
        <source>What the ranking weighs</source>
        <translation>Mida järjestus arvestab</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Sobitused</translation>
    </message>
    <message>
        <source>Select an actor to see partners who need what it offers and offer what it needs.</source>
        <translation>Vali osaleja, et näha partnereid, kes vajavad tema pakutavat ja pakuvad tema vajatavat.</translation>
    </message>
    <message>
        <source>Partners for %1</source>
        <translation>Partnerid: %1</translation>
    </message>
    <message>
        <source>Ranking partners…</source>
        <translation>Järjestan partnereid…</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s), best first</source>
        <translation>
            <numerusform>%n soovitus, parim eespool</numerusform>
            <numerusform>%n soovitust, parimad eespool</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not rank partners: %1</source>
        <translation>Partnereid ei õnnestunud järjestada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n recorded outcome(s) and formed partnerships.</source>
        <translation>
            <numerusform>Õpitud %n märgitud tulemusest ja sõlmitud partnerlustest.</numerusform>
            <numerusform>Õpitud %n märgitud tulemusest ja sõlmitud partnerlustest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Default weights: too few outcomes recorded yet to learn from (%n so far).</source>
        <translation>
            <numerusform>Vaikekaalud: õppimiseks on tulemusi veel liiga vähe (seni %n).</numerusform>
            <numerusform>Vaikekaalud: õppimiseks on tulemusi veel liiga vähe (seni %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvestan…</translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>Tulemus %1: %2</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Loading the network…</source>
        <translation>Laadin võrgustikku…</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Kogukond</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Colour actors by</source>
        <translation>Värvi osalejad</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Seoste arv</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Vahendatus</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>Same size</source>
        <translation>Sama suurus</translation>
    </message>
    <message>
        <source>Size actors by</source>
        <translation>Osalejate suurus</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kõik</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Valdkond</translation>
    </message>
    <message>
        <source>Tie kind</source>
        <translation>Sideme liik</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sündmus</translation>
    </message>
    <message>
        <source>Highlight only some actors</source>
        <translation>Tõsta esile ainult mõned osalejad</translation>
    </message>
    <message>
        <source>Which ones</source>
        <translation>Millised</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fookus</translation>
    </message>
    <message>
        <source>Show only the selected actor&apos;s neighbourhood</source>
        <translation>Näita ainult valitud osaleja naabruskonda</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Mahuta</translation>
    </message>
    <message>
        <source>Show the whole network (0)</source>
        <translation>Näita kogu võrgustikku (0)</translation>
    </message>
    <message>
        <source>Run layout</source>
        <translation>Paiguta</translation>
    </message>
    <message>
        <source>Arrange the network by its ties</source>
        <translation>Paiguta võrgustik sidemete järgi</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Värv:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Suurus:</translation>
    </message>
    <message>
        <source>Highlight:</source>
        <translation>Esiletõst:</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n osaleja</numerusform>
            <numerusform>%n osalejat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sidet</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not finish: %1</source>
        <translation>Ei õnnestunud lõpetada: %1</translation>
    </message>
    <message>
        <source>Finding communities…</source>
        <translation>Otsin kogukondi…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Peata</translation>
    </message>
    <message>
        <source>Stop the layout and keep the positions reached</source>
        <translation>Peata paigutus ja jäta saavutatud asukohad</translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <source>Edit %1</source>
        <translation>Muuda: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eemalda %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Lisa %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Muuda %1</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Select an actor in the directory or on the map.</source>
        <translation>Vali osaleja kataloogist või kaardilt.</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <extracomment>Fields that may hold more than this many characters get a multi-line editor. Shown first (a profile starts with who it is); the others follow in declaration order.</extracomment>
        <translation>komadega eraldatud</translation>
    </message>
    <message>
        <source>What the actor does, in its own words</source>
        <translation>Mida osaleja teeb, tema enda sõnadega</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Andmed</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Pakub</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Vajab</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Oskused</translation>
    </message>
    <message>
        <source>Ties, events and community</source>
        <translation>Sidemed, sündmused ja kogukond</translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sidet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n sündmus</numerusform>
            <numerusform>%n sündmust</numerusform>
        </translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation>Kogukond: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei salvestatud: %1</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Katkesta</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Katkestan…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Kaust</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-fail</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Seaded</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Nagu süsteemis</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hele</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tume</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Kõik liigid</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Kõik riigid</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Directory shows kind</source>
        <translation>Kataloog näitab liiki</translation>
    </message>
    <message>
        <source>Directory shows country</source>
        <translation>Kataloog näitab riiki</translation>
    </message>
</context>
<context>
    <name>SkillChip</name>
    <message>
        <source>Remove %1</source>
        <translation>Eemalda %1</translation>
    </message>
</context>
<context>
    <name>SkillChipBox</name>
    <message>
        <source>Add a skill (English, eesti, українська)…</source>
        <translation>Lisa oskus (English, eesti, українська)…</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>veel pole</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Outcome: %1</source>
        <translation>Tulemus: %1</translation>
    </message>
    <message>
        <source>Warm introduction: %1</source>
        <translation>Soe tutvustus: %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiil</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Näita kaardil</translation>
    </message>
</context>
<context>
    <name>TeamColumn</name>
    <message>
        <source>Drag a member to another team; tick to lock them to this team</source>
        <translation>Lohista liige teise meeskonda; märgi, et lukustada ta sellesse meeskonda</translation>
    </message>
</context>
<context>
    <name>TeamsView</name>
    <message>
        <source>Mix strangers</source>
        <translation>Sega võõraid</translation>
    </message>
    <message>
        <source>Use ties</source>
        <translation>Kasuta sidemeid</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Koosta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Katkesta</translation>
    </message>
    <message>
        <source>Challenges…</source>
        <translation>Väljakutsed…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Ekspordi CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-failid (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Ekspordi PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-failid (*.pdf)</translation>
    </message>
    <message>
        <source>Save teams</source>
        <translation>Salvesta meeskonnad</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sündmus</translation>
    </message>
    <message>
        <source>Team size from</source>
        <translation>Meeskonna suurus alates</translation>
    </message>
    <message>
        <source>to</source>
        <translation>kuni</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Sidemed</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seeme</translation>
    </message>
    <message>
        <source>No events in this network.</source>
        <translation>Selles võrgustikus pole sündmusi.</translation>
    </message>
    <message>
        <source>Loading participants…</source>
        <translation>Laadin osalejaid…</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n osaleja</numerusform>
            <numerusform>%n osalejat</numerusform>
        </translation>
    </message>
    <message>
        <source>Building teams…</source>
        <translation>Koostan meeskondi…</translation>
    </message>
    <message numerus="yes">
        <source>%n teams built</source>
        <translation>
            <numerusform>%n meeskond koostatud</numerusform>
            <numerusform>%n meeskonda koostatud</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the teams were not changed.</source>
        <translation>Katkestatud; meeskondi ei muudetud.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ebaõnnestus: %1</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Skoor %1</translation>
    </message>
    <message>
        <source>Covers: %1</source>
        <translation>Katab: %1</translation>
    </message>
    <message>
        <source>Lacks: %1</source>
        <translation>Puudub: %1</translation>
    </message>
    <message>
        <source>Unmet: %1</source>
        <translation>Täitmata: %1</translation>
    </message>
    <message>
        <source>Challenges file</source>
        <translation>Väljakutsete fail</translation>
    </message>
    <message>
        <source>Challenges (*.json *.csv)</source>
        <translation>Väljakutsed (*.json *.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n challenges loaded</source>
        <translation>
            <numerusform>%n väljakutse laaditud</numerusform>
            <numerusform>%n väljakutset laaditud</numerusform>
        </translation>
    </message>
    <message>
        <source>Export teams</source>
        <translation>Ekspordi meeskonnad</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Kirjutatud: %1</translation>
    </message>
    <message>
        <source>Teams saved.</source>
        <translation>Meeskonnad salvestatud.</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Vii %1 meeskonda %2</translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>Lukusta %1</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>Vabasta %1</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>Startup</source>
        <translation>Idufirma</translation>
    </message>
    <message>
        <source>IT company</source>
        <translation>IT-ettevõte</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Avalik asutus</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investor</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Ülikool</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>MTÜ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Isik</translation>
    </message>
    <message>
        <source>works at</source>
        <translation>töötab</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>liige</translation>
    </message>
    <message>
        <source>advises</source>
        <translation>nõustab</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>invested in</source>
        <translation>investeeris</translation>
    </message>
    <message>
        <source>mentored</source>
        <translation>mentorlus</translation>
    </message>
    <message>
        <source>co-founded</source>
        <translation>kaasasutaja</translation>
    </message>
    <message>
        <source>knows</source>
        <translation>tunneb</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>osaleja</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>korraldaja</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>esineja</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>jury</source>
        <translation>žürii</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>toetaja</translation>
    </message>
</context>
<context>
    <name>_Chart</name>
    <message>
        <source>No data yet</source>
        <translation>Andmeid veel pole</translation>
    </message>
</context>
</TS>
